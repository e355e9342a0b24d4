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

    /// Segments and analyses one article.
    pub fn analyze(&self, article: Article) -> Record {
        let doc = segment::segment(article);
        self.analyze_document(&doc)
    }

    /// Analyses an already segmented document.
    pub fn analyze_document(&self, doc: &Document) -> Record {
        let mut record = Record::new(doc);
        for stage in &self.stages {
            stage.run(doc, &mut record);
        }
        record
    }
}
