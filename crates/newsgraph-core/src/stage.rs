//! The one trait every analysis stage implements.

use crate::model::{Document, Record};

/// An analysis stage: reads the segmented [`Document`] and the [`Record`] that earlier
/// stages filled, and adds its own layer to the record. The article (metadata and body) is read
/// from the document: the record's copy may still be empty while the stages run (the pipeline
/// moves it in afterwards).
///
/// Stages are built once (dictionaries loaded, matchers compiled) and are then
/// shared by every worker thread, so they are `Send + Sync` and take `&self`.
pub trait Stage: Send + Sync {
    /// A short name for timings and messages ("actors", "quotes", "events").
    fn name(&self) -> &'static str;
    /// Runs the stage on one document.
    fn run(&self, doc: &Document, record: &mut Record);
}
