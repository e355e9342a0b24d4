//! `newsgraph eval …`: scores against evaluation sets. One module per set.

use super::ExitStatus;

/// Evaluation subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum EvalCommand {
    /// Sentence boundaries against GUM's gold sentences (CoNLL-U).
    Sentences(super::eval_sentences::Args),
}

/// Runs an evaluation.
pub fn run(cmd: EvalCommand) -> anyhow::Result<ExitStatus> {
    match cmd {
        EvalCommand::Sentences(a) => super::eval_sentences::run(a),
    }
}
