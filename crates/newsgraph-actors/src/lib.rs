//! # newsgraph-actors
//!
//! The actors stage: fills `actors` in the record. (Work in progress.)
#![deny(missing_docs)]

use newsgraph_core::model::{Document, Record};
use newsgraph_core::Stage;
use std::path::PathBuf;

/// Errors loading actor dictionaries.
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

/// The actors stage.
pub struct ActorStage {}

impl ActorStage {
    /// Loads the built-in dictionaries (unless `builtin` is false) plus PETRARCH-format actor and agent files.
    pub fn load(_builtin: bool, _actor_files: &[PathBuf], _agent_files: &[PathBuf]) -> Result<Self, Error> {
        Ok(ActorStage {})
    }
}

impl Stage for ActorStage {
    fn name(&self) -> &'static str {
        "actors"
    }
    fn run(&self, _doc: &Document, _record: &mut Record) {}
}
