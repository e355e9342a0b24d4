//! `newsgraph ingest`: analyse articles into the embedded event database.

use super::ExitStatus;
use crate::inputs::{self, Input};
use anyhow::Context;
use newsgraph::Pipeline;
use newsgraph_core::Record;
use newsgraph_store::Store;
use rayon::prelude::*;
use std::io::IsTerminal;
use std::path::PathBuf;

/// Arguments of `newsgraph ingest`.
#[derive(Debug, clap::Args)]
#[command(after_help = "\
Examples:
  newsgraph ingest examples/articles
  newsgraph ingest ../shared/corpora/wikinews-en --db wikinews.db

Re-running on the same inputs stores nothing twice; a run that was killed is completed by running it again.")]
pub struct Args {
    /// Files or directories (read recursively) to ingest; `-` reads standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// The database file.
    #[arg(long, default_value = "newsgraph.db", value_name = "FILE")]
    pub db: PathBuf,
    /// Articles per transaction.
    #[arg(long, default_value_t = 256)]
    pub batch: usize,
    /// No progress bar.
    #[arg(long, short)]
    pub quiet: bool,
    /// Input and dictionary options, as for `newsgraph analyze`.
    #[command(flatten)]
    pub input: super::analyze::InputArgs,
}

/// Runs the command.
pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    let (opts, format) = args.input.ingest_options()?;
    let pipeline = Pipeline::new(&args.input.pipeline_config()).context("loading dictionaries")?;
    let mut store = Store::open(&args.db).with_context(|| format!("opening {}", args.db.display()))?;
    let (inputs, errors) = inputs::expand(&args.paths);
    let mut rejected = errors.len();
    for e in &errors {
        eprintln!("newsgraph: rejected {e}");
    }
    let started = std::time::Instant::now();
    let bar = if args.quiet || !std::io::stderr().is_terminal() {
        indicatif::ProgressBar::hidden()
    } else {
        let b = indicatif::ProgressBar::new(inputs.len() as u64);
        b.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} inputs · {per_sec} · ETA {eta} {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        b
    };
    let (mut stored, mut skipped, mut mentions) = (0usize, 0usize, 0usize);
    // Analysis is parallel; the single writer stores each chunk in one transaction.
    for chunk in inputs.chunks(args.batch.max(1)) {
        let results: Vec<Vec<Result<Option<Record>, String>>> = chunk
            .par_iter()
            .map(|input: &Input| {
                inputs::read(input, format, &opts)
                    .into_iter()
                    .map(|r| match r {
                        // Skip analysis of articles that are already stored.
                        Ok(a) => match store_contains(&args.db, &a.id, a.url.as_deref()) {
                            true => Ok(None),
                            false => Ok(Some(pipeline.analyze(a))),
                        },
                        Err(e) => Err(e.to_string()),
                    })
                    .collect()
            })
            .collect();
        let mut records = Vec::new();
        for r in results.into_iter().flatten() {
            match r {
                Ok(Some(rec)) => records.push(rec),
                Ok(None) => skipped += 1,
                Err(msg) => {
                    bar.suspend(|| eprintln!("newsgraph: rejected {msg}"));
                    rejected += 1;
                }
            }
        }
        let report = store.store_batch(&records).context("storing a batch")?;
        stored += report.stored;
        skipped += report.skipped;
        mentions += report.event_mentions;
        bar.inc(chunk.len() as u64);
    }
    bar.finish_and_clear();
    let secs = started.elapsed().as_secs_f64();
    let counts = store.counts()?;
    eprintln!(
        "newsgraph: stored {stored} articles ({skipped} already stored, {rejected} rejected), {mentions} event mentions in {secs:.1}s ({:.0} articles/s); {} now holds {} articles, {} events",
        stored as f64 / secs.max(1e-9),
        args.db.display(),
        counts.articles,
        counts.events
    );
    Ok(if rejected > 0 { ExitStatus::Rejected } else { ExitStatus::Success })
}

thread_local! {
    static READER: std::cell::RefCell<Option<(PathBuf, Store)>> = const { std::cell::RefCell::new(None) };
}

/// Checks, from a worker thread, whether an article is already stored (one read connection per thread).
fn store_contains(db: &std::path::Path, id: &str, url: Option<&str>) -> bool {
    READER.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.as_ref().is_none_or(|(p, _)| p != db) {
            *slot = Store::open(db).ok().map(|s| (db.to_path_buf(), s));
        }
        slot.as_ref().is_some_and(|(_, s)| s.contains(id, url).unwrap_or(false))
    })
}
