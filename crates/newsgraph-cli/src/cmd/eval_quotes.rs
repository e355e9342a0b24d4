//! `newsgraph eval quotes --polnear DIR`: quote content, cue and source P/R/F1 on PolNeAR.
//!
//! Glue only: loading and scoring live in `newsgraph_quotes::eval`. Every article runs through
//! the whole pipeline (`newsgraph::Pipeline`), so the quotes stage sees the actors stage's mentions.

use super::ExitStatus;
use anyhow::Context;
use newsgraph::{Pipeline, PipelineConfig};
use newsgraph_core::{segment, Article, Record};
use newsgraph_quotes::eval::{errors, load_polnear, score_doc, ErrorItem, QuoteScores};
use rayon::prelude::*;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Arguments.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The PolNeAR directory (the corpus root, its `data/`, or a split folder), e.g. ../shared/eval/quotes/polnear.
    #[arg(long, value_name = "DIR")]
    pub polnear: PathBuf,
    /// Which split to score.
    #[arg(long, default_value = "dev", value_parser = ["dev", "train", "test"])]
    pub split: String,
    /// Print per-article scores.
    #[arg(long)]
    pub per_doc: bool,
    /// Print every error, one per line, prefixed with the article id: MISS (gold attribution not
    /// found), SPURIOUS (no gold attribution there), BOUND (content boundaries differ), SPEAKER.
    #[arg(long)]
    pub errors: bool,
}

/// Runs the evaluation.
pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    let docs = load_polnear(&args.polnear, &args.split).with_context(|| format!("loading PolNeAR {}", args.split))?;
    anyhow::ensure!(!docs.is_empty(), "no annotated articles in {} ({})", args.polnear.display(), args.split);
    let pipeline = Pipeline::new(&PipelineConfig::default()).context("building the pipeline")?;
    // Each stage is timed, so the quote stage's share of the pipeline's time is reported too.
    let names: Vec<&'static str> = pipeline.stages().iter().map(|s| s.name()).collect();
    let per: Vec<(QuoteScores, Vec<ErrorItem>, Vec<Duration>)> = docs
        .par_iter()
        .map(|d| {
            let mut times = vec![Duration::ZERO; names.len() + 1];
            let t = Instant::now();
            let doc = segment::segment(Article::from_body(d.text.clone()));
            times[0] = t.elapsed();
            let mut record = Record::new(&doc);
            for (i, stage) in pipeline.stages().iter().enumerate() {
                let t = Instant::now();
                stage.run(&doc, &mut record);
                times[i + 1] = t.elapsed();
            }
            let errs = if args.errors { errors(d, &record.quotes) } else { Vec::new() };
            (score_doc(d, &record.quotes), errs, times)
        })
        .collect();
    let mut stage_time = vec![Duration::ZERO; names.len() + 1];
    for (_, _, t) in &per {
        for (acc, x) in stage_time.iter_mut().zip(t) {
            *acc += *x;
        }
    }
    let mut total = QuoteScores::default();
    for (d, (s, errs, _)) in docs.iter().zip(&per) {
        total.add(s);
        for e in errs {
            println!("{}\t{e}", d.id);
        }
        if args.per_doc {
            println!(
                "{:<60} content-overlap F1 {:.3}  speaker {}/{}",
                d.id,
                s.content_overlap.f1(),
                s.speaker_correct,
                s.speaker_total
            );
        }
    }
    let gold: usize = docs.iter().map(|d| d.attributions.len()).sum();
    println!(
        "PolNeAR {} ({} articles, {} gold attributions; first annotator in sort order per article)",
        args.split, total.docs, gold
    );
    print!("{}", total.table());
    let all: Duration = stage_time.iter().sum();
    let share = |d: Duration| if all.is_zero() { 0.0 } else { 100.0 * d.as_secs_f64() / all.as_secs_f64() };
    let mut line = format!("time (CPU, all threads): segment {:.1}%", share(stage_time[0]));
    for (name, d) in names.iter().zip(&stage_time[1..]) {
        line.push_str(&format!(", {name} {:.1}%", share(*d)));
    }
    println!("{line} of {:.1} ms", all.as_secs_f64() * 1000.0);
    Ok(ExitStatus::Success)
}
