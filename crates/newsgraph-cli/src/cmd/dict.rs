//! `newsgraph dict …`: dictionary tools.

use super::ExitStatus;

/// Dictionary subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum DictCommand {
    /// List the built-in dictionary files.
    List,
}

/// Runs a dictionary command.
pub fn run(cmd: DictCommand) -> anyhow::Result<ExitStatus> {
    match cmd {
        DictCommand::List => Ok(ExitStatus::Success),
    }
}
