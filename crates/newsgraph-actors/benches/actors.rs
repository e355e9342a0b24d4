//! Placeholder until the actors benchmark is written.
fn main() {}
