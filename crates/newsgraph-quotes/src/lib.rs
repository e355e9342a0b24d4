//! # newsgraph-quotes
//!
//! The quotes stage. (Work in progress.)
#![deny(missing_docs)]

use newsgraph_core::model::{Document, Record};
use newsgraph_core::Stage;

/// The quotes stage.
#[derive(Default)]
pub struct QuoteStage {}

impl QuoteStage {
    /// Builds the stage.
    pub fn new() -> Self {
        QuoteStage {}
    }
}

impl Stage for QuoteStage {
    fn name(&self) -> &'static str {
        "quotes"
    }
    fn run(&self, _doc: &Document, _record: &mut Record) {}
}
