//! `newsgraph analyze`: articles in, one `newsgraph/1` record per article out.

use super::ExitStatus;
use crate::inputs::{self, Input};
use crate::output;
use anyhow::{bail, Context};
use newsgraph::{Pipeline, PipelineConfig};
use newsgraph_core::ingest::{IngestOptions, InputFormat};
use newsgraph_core::Record;
use rayon::prelude::*;
use std::io::Write;
use std::path::PathBuf;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Pretty-printed JSON, one object per article, one after the other.
    Json,
    /// JSON Lines: one compact object per line.
    Jsonl,
    /// A readable summary for people.
    Pretty,
}

/// Arguments of `newsgraph analyze`.
#[derive(Debug, clap::Args)]
#[command(after_help = "\
Examples:
  newsgraph analyze examples/articles
  newsgraph analyze story.txt --format pretty
  newsgraph analyze wire.jsonl --format jsonl --out records.jsonl
  curl -s https://… | newsgraph analyze - --input-format html

Exit status: 0 all inputs analysed, 1 some inputs rejected (each named on stderr), 2 usage or fatal error.")]
pub struct Args {
    /// Files or directories (read recursively) to analyse; `-` reads standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = Format::Json)]
    pub format: Format,
    /// Write the output to FILE instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Input and dictionary options, shared with `newsgraph ingest`.
    #[command(flatten)]
    pub input: InputArgs,
}

/// Options for reading inputs and loading dictionaries, shared by `analyze` and `ingest`.
#[derive(Debug, clap::Args)]
pub struct InputArgs {
    /// Article date (YYYY-MM-DD) for inputs that carry none; picks date-restricted actor codes.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// Input format, instead of guessing from the extension or content: text, html, json, jsonl, csv.
    #[arg(long, value_name = "FORMAT")]
    pub input_format: Option<String>,
    /// Extra actor dictionary in PETRARCH's format (repeatable).
    #[arg(long, value_name = "FILE")]
    pub actors: Vec<PathBuf>,
    /// Extra agent dictionary in PETRARCH's format (repeatable).
    #[arg(long, value_name = "FILE")]
    pub agents: Vec<PathBuf>,
    /// Extra verb dictionary in PETRARCH's format (repeatable).
    #[arg(long, value_name = "FILE")]
    pub verbs: Vec<PathBuf>,
    /// Use only the dictionaries given with --actors/--agents/--verbs, not the built-in ones.
    #[arg(long)]
    pub no_builtin: bool,
    /// Reject inputs larger than this many megabytes.
    #[arg(long, default_value_t = 256, value_name = "MB")]
    pub max_mb: u64,
}

impl InputArgs {
    /// Builds the pipeline configuration from the dictionary flags.
    pub fn pipeline_config(&self) -> PipelineConfig {
        PipelineConfig {
            actor_files: self.actors.clone(),
            agent_files: self.agents.clone(),
            verb_files: self.verbs.clone(),
            replace_builtin: self.no_builtin,
        }
    }

    /// Ingest options (`--date`, `--max-mb`) and the forced input format (`--input-format`), validated.
    pub fn ingest_options(&self) -> anyhow::Result<(IngestOptions, Option<InputFormat>)> {
        let opts = IngestOptions { default_date: parse_date(self.date.as_deref())?, max_bytes: self.max_mb * 1024 * 1024 };
        Ok((opts, parse_format(self.input_format.as_deref())?))
    }
}

/// Parses `--date`.
pub fn parse_date(date: Option<&str>) -> anyhow::Result<Option<String>> {
    match date {
        None => Ok(None),
        Some(d) => match newsgraph_core::ingest::normalize_date(d) {
            Some(n) if n.len() == d.trim().len() => Ok(Some(n)),
            _ => bail!("--date {d:?} is not a date in the form YYYY-MM-DD"),
        },
    }
}

/// Parses `--input-format`.
pub fn parse_format(name: Option<&str>) -> anyhow::Result<Option<InputFormat>> {
    match name {
        None => Ok(None),
        Some(n) => InputFormat::from_name(n)
            .map(Some)
            .with_context(|| format!("--input-format {n:?}: expected text, html, json, jsonl or csv")),
    }
}

enum Outcome {
    /// The rendered record (serialised on the worker thread, written in order by the main thread).
    Rendered(Vec<u8>),
    Rejected(String),
}

/// Runs the command.
pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    let (opts, format) = args.input.ingest_options()?;
    let pipeline = Pipeline::new(&args.input.pipeline_config()).context("loading dictionaries")?;
    let (inputs, expand_errors) = inputs::expand(&args.paths);
    let mut rejected = 0usize;
    for e in &expand_errors {
        eprintln!("newsgraph: rejected {e}");
        rejected += 1;
    }
    if inputs.iter().filter(|i| **i == Input::Stdin).count() > 1 {
        bail!("`-` (standard input) can be given only once");
    }
    let mut out = output::open(args.out.as_deref())?;
    // Chunks keep memory flat on large directories while rayon keeps every core busy;
    // results are written in input order, so output is deterministic. A chunk is analysed
    // on a producer thread while this thread writes the one before it: writing is mostly
    // system time (some 0.3 s per 200 MB of JSONL into a file), which would otherwise leave
    // the workers idle between chunks. The channel holds one chunk, so at most three are in
    // memory (written, waiting, being analysed).
    const CHUNK: usize = 64;
    let analyse = |chunk: &[Input]| -> Vec<Vec<Outcome>> {
        chunk
            .par_iter()
            .map(|input| {
                inputs::read(input, format, &opts)
                    .into_iter()
                    .map(|r| match r {
                        Ok(article) => {
                            let record = pipeline.analyze(article);
                            // A record's JSON is six to twelve times its body (its spans, texts
                            // and codes): reserved at once, not regrown (and copied) on the way.
                            let mut buf = Vec::with_capacity(record.body.len() * 12 + 4096);
                            match write_record(&mut buf, &record, args.format) {
                                Ok(()) => Outcome::Rendered(buf),
                                Err(e) => Outcome::Rejected(format!("{}: cannot render: {e}", input.name())),
                            }
                        }
                        Err(e) => Outcome::Rejected(e.to_string()),
                    })
                    .collect()
            })
            .collect()
    };
    std::thread::scope(|scope| -> anyhow::Result<()> {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Vec<Outcome>>>(1);
        let inputs = &inputs;
        let analyse = &analyse;
        scope.spawn(move || {
            for chunk in inputs.chunks(CHUNK) {
                // The writer has stopped (a write failed): analysing the rest is wasted.
                if tx.send(analyse(chunk)).is_err() {
                    break;
                }
            }
        });
        // On an error, `rx` is dropped on return and the producer stops at its next chunk.
        for results in rx {
            for outcome in results.into_iter().flatten() {
                match outcome {
                    Outcome::Rendered(bytes) => out.write_all(&bytes)?,
                    Outcome::Rejected(msg) => {
                        eprintln!("newsgraph: rejected {msg}");
                        rejected += 1;
                    }
                }
            }
        }
        Ok(())
    })?;
    out.flush()?;
    // The dictionaries and automata live until the process exits: freeing them one allocation
    // at a time (some 12 M instructions) would only hand memory back that exiting releases anyway.
    std::mem::forget(pipeline);
    Ok(if rejected > 0 { ExitStatus::Rejected } else { ExitStatus::Success })
}

/// Renders one record into `out`. A concrete `Vec<u8>` (not a `dyn Write`) lets serde_json's many
/// small writes inline into plain appends. Never inlined, so that profiles show it as a stage.
#[inline(never)]
fn write_record(out: &mut Vec<u8>, record: &Record, format: Format) -> anyhow::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, record)?;
            out.push(b'\n');
        }
        Format::Jsonl => {
            // serde_json's compact output, byte for byte, with strings escaped faster.
            newsgraph_core::json::write_compact(out, record)?;
            out.push(b'\n');
        }
        Format::Pretty => crate::cmd::pretty::write(out, record)?,
    }
    Ok(())
}
