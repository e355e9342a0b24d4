//! HTML pages: main-content extraction.
//!
//! Placeholder until the HTML extraction work lands: the page is rejected with a clear error.

use crate::error::{IngestError, IngestErrorKind};
use crate::model::Article;

/// Extracts the article from an HTML page.
pub fn parse_html(_html: &str, origin: &str) -> Result<Article, IngestError> {
    Err(IngestError::new(origin, IngestErrorKind::Html("HTML extraction is not available in this build".into())))
}
