//! Embeds the built-in actor dictionaries (`data/actors/*.tsv` at the workspace root).
//!
//! The files are written by hand and may not all exist yet: a missing file embeds as
//! empty text instead of failing the build, so the workspace always compiles.

use std::path::PathBuf;

const FILES: &[(&str, &str)] = &[
    ("COUNTRIES", "countries.tsv"),
    ("REGIONS", "regions.tsv"),
    ("IGOS", "igos.tsv"),
    ("AGENTS", "agents.tsv"),
    ("ORGANIZATIONS", "organizations.tsv"),
    ("PEOPLE", "people.tsv"),
];

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let dir = manifest.join("../../data/actors");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut out = String::new();
    for (name, file) in FILES {
        let path = dir.join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        if path.is_file() {
            let abs = path.canonicalize().unwrap_or(path);
            out.push_str(&format!("pub(crate) const {name}: &str = include_str!({:?});\n", abs.display().to_string()));
        } else {
            out.push_str(&format!("pub(crate) const {name}: &str = \"\";\n"));
        }
    }
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("builtin.rs");
    std::fs::write(dest, out).expect("writing builtin.rs");
}
