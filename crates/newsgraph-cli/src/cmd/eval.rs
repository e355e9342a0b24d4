//! `newsgraph eval …`: scores against evaluation sets. One module per set.

use super::ExitStatus;

/// Evaluation subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum EvalCommand {
    /// Sentence boundaries against GUM's gold sentences (CoNLL-U).
    Sentences(super::eval_sentences::Args),
    /// Person, organisation and place mentions against GUM's gold entities (coref_tsv).
    Actors(super::eval_actors::Args),
    /// PETRARCH's unit-test records, coded from the text only.
    Petrarch(super::eval_petrarch::Args),
    /// Event precision/recall per CAMEO root on a labelled dev set (JSONL).
    Events(super::eval_events::Args),
    /// HTML main-content extraction (article-extraction-benchmark, trafilatura's evaluation set).
    Html(super::eval_html::Args),
    /// Quotations (content, cue, source) against PolNeAR's attributions.
    Quotes(super::eval_quotes::Args),
    /// Places (named GPE/LOC-like places) against GUM's news documents, optionally next to spaCy.
    Places(super::eval_places::Args),
    /// Article tone against the gdelt-regkg peer's (Pearson r per V2Tone figure).
    Tone(super::eval_tone::Args),
}

/// Runs an evaluation.
pub fn run(cmd: EvalCommand) -> anyhow::Result<ExitStatus> {
    match cmd {
        EvalCommand::Sentences(a) => super::eval_sentences::run(a),
        EvalCommand::Actors(a) => super::eval_actors::run(a),
        EvalCommand::Petrarch(a) => super::eval_petrarch::run(a),
        EvalCommand::Events(a) => super::eval_events::run(a),
        EvalCommand::Html(a) => super::eval_html::run(a),
        EvalCommand::Quotes(a) => super::eval_quotes::run(a),
        EvalCommand::Places(a) => super::eval_places::run(a),
        EvalCommand::Tone(a) => super::eval_tone::run(a),
    }
}
