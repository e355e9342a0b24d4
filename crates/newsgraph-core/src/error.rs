//! Errors the core stages return. Every error names the input it concerns.

use thiserror::Error;

/// Why an input could not become an article.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum IngestErrorKind {
    /// The input holds no text at all (or only whitespace).
    #[error("empty input")]
    Empty,
    /// The input looks like binary data, not text.
    #[error("binary data, not text ({0})")]
    Binary(String),
    /// The input is larger than the configured limit.
    #[error("input is {size} bytes, over the limit of {limit} bytes")]
    TooLarge {
        /// Size of the input.
        size: u64,
        /// The configured limit.
        limit: u64,
    },
    /// A JSON document or JSON Lines record could not be parsed.
    #[error("malformed JSON: {0}")]
    Json(String),
    /// A record lacks a field newsgraph needs.
    #[error("record has no `{0}` field (or it is empty)")]
    MissingField(String),
    /// A CSV row could not be read.
    #[error("malformed CSV: {0}")]
    Csv(String),
    /// An HTML page had no article body that could be extracted.
    #[error("no article text found in HTML ({0})")]
    Html(String),
    /// A record's body is empty after cleaning.
    #[error("no body text")]
    NoBody,
    /// The input format could not be determined.
    #[error("unknown input format ({0}); use --input-format")]
    UnknownFormat(String),
    /// Reading the input failed.
    #[error("cannot read: {0}")]
    Io(String),
}

/// An input that could not be ingested: where, and why.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[error("{origin}: {kind}")]
pub struct IngestError {
    /// The input: a path, `-` for stdin, with `:LINE` for a record in a multi-record file.
    pub origin: String,
    /// The reason.
    pub kind: IngestErrorKind,
}

impl IngestError {
    /// Builds an error for `origin`.
    pub fn new(origin: impl Into<String>, kind: IngestErrorKind) -> Self {
        IngestError { origin: origin.into(), kind }
    }
}
