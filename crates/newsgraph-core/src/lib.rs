//! # newsgraph-core
//!
//! The document model of newsgraph and its text stages: **ingest** (bytes →
//! [`Article`]) and **segment** ([`Article`] → [`Document`] with paragraphs,
//! sentences and tokens as byte spans into the body).
//!
//! Later stages (actors, quotes, events, tone and places) live in their own crates
//! and read a [`Document`]; their output types are defined here in [`model`] so
//! that every stage and the output schema agree on one shape.
//!
//! ```
//! use newsgraph_core::{ingest, segment};
//! let opts = ingest::IngestOptions::default();
//! let text = b"Brazil takes tariff fight to WTO\n\nBRASILIA \xe2\x80\x94 Brazil has criticised the tariffs. Mr. Vieira spoke.";
//! let article = ingest::ingest_bytes(text, Some(ingest::InputFormat::Text), "example.txt", &opts)
//!     .remove(0)
//!     .unwrap();
//! assert_eq!(article.dateline.as_deref(), Some("BRASILIA"));
//! let doc = segment::segment(article);
//! assert_eq!(doc.sentences.len(), 2);
//! ```
#![deny(missing_docs)]

pub mod chars;
pub mod error;
pub mod eval;
pub mod eval_html;
pub mod fxhash;
pub mod ingest;
pub mod json;
pub mod model;
pub mod segment;
pub mod stage;

pub use error::{IngestError, IngestErrorKind};
pub use model::{Article, Document, Record, Span};
pub use stage::Stage;
