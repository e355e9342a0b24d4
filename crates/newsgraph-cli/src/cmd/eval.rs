//! `newsgraph eval …`: scores against evaluation sets. One module per set.

use super::ExitStatus;

/// Evaluation subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum EvalCommand {
    /// Sentence boundaries against GUM's gold sentences (CoNLL-U).
    Sentences(super::eval_sentences::Args),
    /// PETRARCH's unit-test records, coded from the text only.
    Petrarch(super::eval_petrarch::Args),
    /// Event precision/recall per CAMEO root on a labelled dev set (JSONL).
    Events(super::eval_events::Args),
    /// HTML main-content extraction (article-extraction-benchmark, trafilatura's evaluation set).
    Html(super::eval_html::Args),
    /// Quotations (content, cue, source) against PolNeAR's attributions.
    Quotes(super::eval_quotes::Args),
}

/// Runs an evaluation.
pub fn run(cmd: EvalCommand) -> anyhow::Result<ExitStatus> {
    match cmd {
        EvalCommand::Sentences(a) => super::eval_sentences::run(a),
        EvalCommand::Petrarch(a) => super::eval_petrarch::run(a),
        EvalCommand::Events(a) => super::eval_events::run(a),
        EvalCommand::Html(a) => super::eval_html::run(a),
        EvalCommand::Quotes(a) => super::eval_quotes::run(a),
    }
}
