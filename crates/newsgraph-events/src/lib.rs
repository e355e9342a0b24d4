//! # newsgraph-events
//!
//! The events stage: fills `events` in the record. (Work in progress.)
#![deny(missing_docs)]

use newsgraph_core::model::{Document, Record};
use newsgraph_core::Stage;
use std::path::PathBuf;

/// Errors loading verb dictionaries.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A dictionary file could not be read or parsed.
    #[error("{path}: {reason}")]
    Dictionary {
        /// File.
        path: PathBuf,
        /// Why.
        reason: String,
    },
}

/// The events stage.
pub struct EventStage {}

impl EventStage {
    /// Loads the built-in verb dictionary (unless `builtin` is false) plus PETRARCH-format verb files.
    pub fn load(_builtin: bool, _verb_files: &[PathBuf]) -> Result<Self, Error> {
        Ok(EventStage {})
    }
}

impl Stage for EventStage {
    fn name(&self) -> &'static str {
        "events"
    }
    fn run(&self, _doc: &Document, _record: &mut Record) {}
}
