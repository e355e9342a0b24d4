//! `newsgraph`: the command-line tool. Glue only: every capability lives in a library crate.

mod cmd;
mod inputs;
mod output;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// newsgraph reads news articles and turns them into structured, checkable records:
/// actors with CAMEO codes, quotations with speakers and sources, and CAMEO-coded events
/// with the words that triggered them.
#[derive(Parser)]
#[command(name = "newsgraph", version, about, long_about = None, after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

const EXAMPLES: &str = "\
Examples:
  newsgraph analyze examples/articles                 analyse a directory (JSON, one object per article)
  newsgraph analyze story.txt --format pretty         a readable summary of one article
  cat story.html | newsgraph analyze - --input-format html
  newsgraph analyze corpus.csv --format jsonl --out records.jsonl --date 2025-03-01
  newsgraph eval sentences --gum ../shared/corpora/gum-news";

#[derive(Subcommand)]
enum Command {
    /// Analyse articles and print one record (schema newsgraph/1) per article.
    Analyze(cmd::analyze::Args),
    /// Score newsgraph against evaluation sets.
    #[command(subcommand)]
    Eval(cmd::eval::EvalCommand),
    /// Analyse articles into the embedded event database (idempotent, resumable).
    Ingest(cmd::ingest::Args),
    /// Export events, mentions or GKG rows from the database (GDELT layouts, JSONL, Parquet).
    Export(cmd::export::Args),
    /// Query events, quotes or actors in the database.
    Query(cmd::query::Args),
    /// Corpus statistics: counts by day and root code, top dyads, top speakers.
    Stats(cmd::query::StatsArgs),
    /// Work with dictionaries.
    #[command(subcommand)]
    Dict(cmd::dict::DictCommand),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = match cli.command {
        Command::Analyze(args) => cmd::analyze::run(args),
        Command::Eval(c) => cmd::eval::run(c),
        Command::Ingest(a) => cmd::ingest::run(a),
        Command::Export(a) => cmd::export::run(a),
        Command::Query(a) => cmd::query::run(a),
        Command::Stats(a) => cmd::query::stats(a),
        Command::Dict(c) => cmd::dict::run(c),
    };
    match result {
        Ok(status) => ExitCode::from(status as u8),
        Err(err) => {
            if output::is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("newsgraph: error: {err}");
            for cause in err.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            ExitCode::from(2)
        }
    }
}
