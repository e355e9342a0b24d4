//! `newsgraph eval quotes --polnear DIR`: quote content, cue and source P/R/F1 on PolNeAR.
//!
//! Glue only: loading and scoring live in `newsgraph_quotes::eval`. Every article runs through
//! the whole pipeline (`newsgraph::Pipeline`), so the quotes stage sees the actors stage's mentions.

use super::ExitStatus;
use anyhow::Context;
use newsgraph::{Pipeline, PipelineConfig};
use newsgraph_core::Article;
use newsgraph_quotes::eval::{load_polnear, score_doc, QuoteScores};
use rayon::prelude::*;
use std::path::PathBuf;

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
}

/// Runs the evaluation.
pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    let docs = load_polnear(&args.polnear, &args.split).with_context(|| format!("loading PolNeAR {}", args.split))?;
    anyhow::ensure!(!docs.is_empty(), "no annotated articles in {} ({})", args.polnear.display(), args.split);
    let pipeline = Pipeline::new(&PipelineConfig::default()).context("building the pipeline")?;
    let per: Vec<QuoteScores> = docs
        .par_iter()
        .map(|d| {
            let record = pipeline.analyze(Article::from_body(d.text.clone()));
            score_doc(d, &record.quotes)
        })
        .collect();
    let mut total = QuoteScores::default();
    for (d, s) in docs.iter().zip(&per) {
        total.add(s);
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
    Ok(ExitStatus::Success)
}
