//! # newsgraph-gkg
//!
//! The gkg stage. (Work in progress.)
#![deny(missing_docs)]

use newsgraph_core::model::{Document, Record};
use newsgraph_core::Stage;

/// The gkg stage.
#[derive(Default)]
pub struct GkgStage {}

impl GkgStage {
    /// Builds the stage.
    pub fn new() -> Self {
        GkgStage {}
    }
}

impl Stage for GkgStage {
    fn name(&self) -> &'static str {
        "gkg"
    }
    fn run(&self, _doc: &Document, _record: &mut Record) {}
}
