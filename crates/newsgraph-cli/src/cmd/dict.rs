//! `newsgraph dict …`: dictionary tools.

use super::ExitStatus;
use anyhow::{bail, Context};
use newsgraph_actors::check::{check, Severity};
use newsgraph_actors::{builtin_sources, Dictionary, Format, Source};
use std::path::PathBuf;

/// Dictionary subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum DictCommand {
    /// List the built-in dictionary files.
    List,
    /// Validate dictionary files (the built-in ones when none are given): malformed lines,
    /// duplicate and conflicting entries, each with file and line. Exit status 1 when
    /// anything is found.
    #[command(after_help = "\
The format comes from the file name: countries.tsv, regions.tsv, igos.tsv, agents.tsv,
organizations.tsv, people.tsv (newsgraph's formats), *.actors.txt or *.agents.txt (PETRARCH's),
or from --format.

Examples:
  newsgraph dict check
  newsgraph dict check data/actors/people.tsv
  newsgraph dict check my.actors.txt my.agents.txt
  newsgraph dict check --format petrarch-actors Phoenix.Countries.actors")]
    Check(CheckArgs),
}

/// Arguments of `dict check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Files to check; all of them are checked together, so duplicates across files are found.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// The format of every FILE, instead of guessing it from the name.
    #[arg(long, value_enum)]
    pub format: Option<FormatArg>,
    /// Report conflicts and malformed lines only, not duplicates.
    #[arg(long)]
    pub no_duplicates: bool,
}

/// Dictionary formats, for `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FormatArg {
    /// countries.tsv
    Countries,
    /// regions.tsv
    Regions,
    /// igos.tsv
    Igos,
    /// agents.tsv
    Agents,
    /// organizations.tsv
    Organizations,
    /// people.tsv
    People,
    /// PETRARCH .actors
    PetrarchActors,
    /// PETRARCH .agents
    PetrarchAgents,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Countries => Format::Countries,
            FormatArg::Regions => Format::Regions,
            FormatArg::Igos => Format::Igos,
            FormatArg::Agents => Format::Agents,
            FormatArg::Organizations => Format::Organizations,
            FormatArg::People => Format::People,
            FormatArg::PetrarchActors => Format::PetrarchActors,
            FormatArg::PetrarchAgents => Format::PetrarchAgents,
        }
    }
}

/// Runs a dictionary command.
pub fn run(cmd: DictCommand) -> anyhow::Result<ExitStatus> {
    match cmd {
        DictCommand::List => {
            for s in builtin_sources() {
                let d = Dictionary::load(&[s], false)?;
                println!("{:<28} {:>6} entries {:>6} agents {:>6} bytes", s.name, d.entries.len(), d.agents.len(), s.text.len());
            }
            Ok(ExitStatus::Success)
        }
        DictCommand::Check(args) => run_check(args),
    }
}

fn run_check(args: CheckArgs) -> anyhow::Result<ExitStatus> {
    let mut texts: Vec<(String, String, Format)> = Vec::new();
    for f in &args.files {
        let text = std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?;
        let name = f.display().to_string();
        let format = match args.format {
            Some(x) => x.into(),
            None => match Format::from_file_name(&name) {
                Some(x) => x,
                None => bail!(
                    "cannot tell the format of {name}: name it countries.tsv, regions.tsv, igos.tsv, agents.tsv, \
                     organizations.tsv, people.tsv, *.actors.txt or *.agents.txt, or give --format"
                ),
            },
        };
        texts.push((name, text, format));
    }
    let sources: Vec<Source<'_>> = if texts.is_empty() {
        builtin_sources()
    } else {
        texts.iter().map(|(n, t, f)| Source { name: n, text: t, format: *f }).collect()
    };
    let findings: Vec<_> =
        check(&sources).into_iter().filter(|f| !(args.no_duplicates && f.severity == Severity::Duplicate)).collect();
    for f in &findings {
        println!("{f}");
    }
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let files = sources.iter().filter(|s| !s.text.is_empty()).count();
    eprintln!(
        "{} file(s) checked: {} malformed line(s), {} conflict(s), {} duplicate(s)",
        files,
        count(Severity::Malformed),
        count(Severity::Conflict),
        count(Severity::Duplicate)
    );
    Ok(if findings.is_empty() { ExitStatus::Success } else { ExitStatus::Rejected })
}
