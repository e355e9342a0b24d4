//! `newsgraph export`: GDELT 2.0 Events/Mentions/GKG layouts, JSONL and Parquet.

use super::ExitStatus;
use crate::output;
use anyhow::Context;
use newsgraph_store::export::{self, DateRange};
use newsgraph_store::Store;
use std::io::Write;
use std::path::PathBuf;

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// GDELT 2.0 Events: 61 tab-separated columns, no header.
    GdeltEvents,
    /// GDELT 2.0 Mentions: 16 columns.
    GdeltMentions,
    /// GDELT GKG 2.1: 27 columns, one row per article.
    GdeltGkg,
    /// One merged event per line with its mentions and evidence.
    Jsonl,
    /// Merged events as Parquet (needs --out).
    Parquet,
}

/// Arguments of `newsgraph export`.
#[derive(Debug, clap::Args)]
#[command(after_help = "\
Examples:
  newsgraph export --format gdelt-events --out events.tsv
  newsgraph export --format parquet --out events.parquet --since 2025-01-01")]
pub struct Args {
    /// Output format.
    #[arg(long, short, value_enum)]
    pub format: Format,
    /// The database file.
    #[arg(long, default_value = "newsgraph.db", value_name = "FILE")]
    pub db: PathBuf,
    /// First day (YYYY-MM-DD, inclusive).
    #[arg(long)]
    pub since: Option<String>,
    /// Last day (YYYY-MM-DD, inclusive).
    #[arg(long)]
    pub until: Option<String>,
    /// Write to FILE instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// Opens an existing database (never creates one by accident).
pub fn open_existing(db: &std::path::Path) -> anyhow::Result<Store> {
    anyhow::ensure!(db.exists(), "{}: no such database (run `newsgraph ingest` first, or give --db)", db.display());
    Store::open(db).with_context(|| format!("opening {}", db.display()))
}

/// Runs the command.
pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    let store = open_existing(&args.db)?;
    let range = DateRange {
        since: super::analyze::parse_date(args.since.as_deref())?,
        until: super::analyze::parse_date(args.until.as_deref())?,
    };
    let n = if args.format == Format::Parquet {
        let path = args.out.as_ref().context("--format parquet needs --out FILE")?;
        let file = std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
        export::parquet(&store, &range, file)?
    } else {
        let mut out = output::open(args.out.as_deref())?;
        let n = match args.format {
            Format::GdeltEvents => export::gdelt_events(&store, &range, &mut out)?,
            Format::GdeltMentions => export::gdelt_mentions(&store, &range, &mut out)?,
            Format::GdeltGkg => export::gdelt_gkg(&store, &range, &mut out)?,
            Format::Jsonl => export::jsonl(&store, &range, &mut out)?,
            Format::Parquet => unreachable!("handled above"),
        };
        out.flush()?;
        n
    };
    if args.out.is_some() {
        eprintln!("newsgraph: exported {n} rows");
    }
    Ok(ExitStatus::Success)
}
