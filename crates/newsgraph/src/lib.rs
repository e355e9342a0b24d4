//! # newsgraph
//!
//! The pipeline: ingest → segment → actors → quotes → events → tone/places, one
//! [`Record`] (schema `newsgraph/1`) per article. Stages are built once by
//! [`Pipeline::new`] and shared by every thread.
//!
//! ```
//! use newsgraph::{Pipeline, PipelineConfig};
//! use newsgraph_core::Article;
//! let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
//! let record = pipeline.analyze(Article::from_body("Brazil criticised the tariffs.".into()));
//! assert_eq!(record.schema, "newsgraph/1");
//! assert_eq!(record.sentences.len(), 1);
//! ```
#![deny(missing_docs)]

pub use newsgraph_core as core;
pub use newsgraph_core::{ingest, model, segment, Article, Document, Record, Stage};
use std::path::PathBuf;

/// What the pipeline loads.
#[derive(Debug, Clone, Default)]
pub struct PipelineConfig {
    /// PETRARCH-format actor dictionaries to add (`--actors`).
    pub actor_files: Vec<PathBuf>,
    /// PETRARCH-format agent dictionaries to add (`--agents`).
    pub agent_files: Vec<PathBuf>,
    /// PETRARCH-format verb dictionaries to add (`--verbs`).
    pub verb_files: Vec<PathBuf>,
    /// Use only the given files, not the built-in dictionaries.
    pub replace_builtin: bool,
}

/// Errors building the pipeline.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Actor dictionaries failed to load.
    #[error(transparent)]
    Actors(#[from] newsgraph_actors::Error),
    /// Verb dictionaries failed to load.
    #[error(transparent)]
    Events(#[from] newsgraph_events::Error),
}

/// The analysis pipeline.
pub struct Pipeline {
    stages: Vec<Box<dyn Stage>>,
}

impl Pipeline {
    /// Builds every stage, loading dictionaries once. The actor and verb dictionaries and the
    /// gazetteer (otherwise built on first use) load on separate threads, so start-up takes the
    /// longest of them rather than their sum when more than one core is free.
    pub fn new(cfg: &PipelineConfig) -> Result<Self, Error> {
        let builtin = !cfg.replace_builtin;
        let (actors, events) = std::thread::scope(|s| {
            let gazetteer = s.spawn(|| {
                newsgraph_gkg::places::Gazetteer::builtin();
            });
            let actors = s.spawn(|| newsgraph_actors::ActorStage::load(builtin, &cfg.actor_files, &cfg.agent_files));
            let events = newsgraph_events::EventStage::load(builtin, &cfg.verb_files);
            let actors = actors.join().unwrap_or_else(|p| std::panic::resume_unwind(p));
            // A panic while building the gazetteer resurfaces on its first use.
            let _ = gazetteer.join();
            (actors, events)
        });
        let stages: Vec<Box<dyn Stage>> = vec![
            Box::new(actors?),
            Box::new(newsgraph_quotes::QuoteStage::new()),
            Box::new(events?),
            Box::new(newsgraph_gkg::GkgStage::new()),
        ];
        Ok(Pipeline { stages })
    }

    /// The stages in order.
    pub fn stages(&self) -> &[Box<dyn Stage>] {
        &self.stages
    }

    /// Segments and analyses one article. The same record as [`Pipeline::analyze_document`]
    /// gives, but the article's metadata and body are moved into it after the stages (which read
    /// them from the document), not copied.
    pub fn analyze(&self, article: Article) -> Record {
        let doc = segment::segment(article);
        let mut record = Record::for_stages(&doc);
        self.run_stages(&doc, &mut record);
        record.set_article(doc.article);
        record
    }

    /// Analyses an already segmented document.
    pub fn analyze_document(&self, doc: &Document) -> Record {
        let mut record = Record::new(doc);
        self.run_stages(doc, &mut record);
        record
    }

    fn run_stages(&self, doc: &Document, record: &mut Record) {
        for stage in &self.stages {
            stage.run(doc, record);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn analyze_moves_the_article_in_as_analyze_document_copies_it() {
        let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
        for text in [
            "Brazil criticised the tariffs.",
            "Talks in Geneva\n\nGENEVA — Iran's foreign minister said on Monday, \"We will not accept new sanctions.\"\n\nBy Jane Doe",
            "Headline only",
        ] {
            let mut article = Article::from_body(text.to_string());
            article.title = Some("A title".into());
            article.date = Some("2024-03-01".into());
            article.warnings.push("a warning".into());
            let copied = pipeline.analyze_document(&segment::segment(article.clone()));
            let moved = pipeline.analyze(article);
            assert_eq!(moved, copied, "{text:?}");
            assert_eq!(moved.body, text);
        }
    }
}
