//! Scoring actor mentions against GUM's gold entities (placeholder).
