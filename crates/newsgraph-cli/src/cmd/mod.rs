//! One module per subcommand.

pub mod analyze;
pub mod dict;
pub mod eval;
pub mod eval_actors;
pub mod eval_events;
pub mod eval_html;
pub mod eval_petrarch;
pub mod eval_places;
pub mod eval_quotes;
pub mod eval_sentences;
pub mod eval_tone;
pub mod export;
pub mod ingest;
pub mod pretty;
pub mod query;

/// How a command ended, as an exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum ExitStatus {
    /// Everything went well.
    Success = 0,
    /// Some inputs were rejected (each named on stderr).
    Rejected = 1,
    /// Usage or fatal error.
    #[allow(dead_code)]
    Error = 2,
}
