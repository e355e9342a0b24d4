//! `newsgraph eval places --gum DIR`: place precision/recall on GUM's news documents.
//!
//! Glue only: loading and scoring live in `newsgraph_gkg::eval`. Every document runs through the
//! whole pipeline, so the places resolver sees the actors stage's person mentions.
//! `--write-texts DIR` writes the documents as `.txt` files for the spaCy peer
//! (`run_spacy_peer.py DIR > spacy.jsonl`); `--spacy-output spacy.jsonl` scores its GPE and LOC
//! entities on the same gold places.

use super::ExitStatus;
use anyhow::Context;
use newsgraph::{Pipeline, PipelineConfig};
use newsgraph_core::Article;
use newsgraph_gkg::eval::{byte_to_char_span, load_gum, score, spacy_spans, PlaceScores};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::PathBuf;

/// Arguments.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The GUM news folder (holding `coref_tsv/`), e.g. ../shared/corpora/gum-news.
    #[arg(long, value_name = "DIR")]
    pub gum: PathBuf,
    /// Write each document's text to DIR/<doc>.txt (input for the spaCy peer) and exit.
    #[arg(long, value_name = "DIR")]
    pub write_texts: Option<PathBuf>,
    /// Output of `run_spacy_peer.py` on the texts from --write-texts: its GPE and LOC entities are scored too.
    #[arg(long, value_name = "FILE")]
    pub spacy_output: Option<PathBuf>,
    /// Print per-document scores.
    #[arg(long)]
    pub per_doc: bool,
    /// Print newsgraph's misses (`-`) and spurious places (`+`), exact match, per document.
    #[arg(long)]
    pub errors: bool,
}

fn row(name: &str, s: &PlaceScores) -> String {
    format!(
        "{name:<22} exact P {:.3} R {:.3} F1 {:.3}   overlap P {:.3} R {:.3} F1 {:.3}   ({} predicted)\n",
        s.exact.precision(),
        s.exact.recall(),
        s.exact.f1(),
        s.overlap.precision(),
        s.overlap.recall(),
        s.overlap.f1(),
        s.exact.pred
    )
}

/// Runs the evaluation.
pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    let docs = load_gum(&args.gum).with_context(|| format!("loading GUM from {}", args.gum.display()))?;
    anyhow::ensure!(!docs.is_empty(), "no coref_tsv documents in {}", args.gum.display());
    if let Some(dir) = &args.write_texts {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        for d in &docs {
            let p = dir.join(format!("{}.txt", d.id));
            std::fs::write(&p, &d.text).with_context(|| format!("writing {}", p.display()))?;
        }
        eprintln!("{} texts written to {}", docs.len(), dir.display());
        return Ok(ExitStatus::Success);
    }
    let pipeline = Pipeline::new(&PipelineConfig::default()).context("building the pipeline")?;
    let preds: Vec<Vec<(usize, usize)>> = docs
        .par_iter()
        .map(|d| {
            let record = pipeline.analyze(Article::from_body(d.text.clone()));
            record.locations.iter().map(|l| byte_to_char_span(&record.body, l.start, l.end)).collect()
        })
        .collect();
    let ours: Vec<PlaceScores> = docs.iter().zip(&preds).map(|(d, p)| score(&d.places, p)).collect();
    if args.errors {
        for (d, pred) in docs.iter().zip(&preds) {
            let chars: Vec<char> = d.text.chars().collect();
            let span = |&(s, e): &(usize, usize)| chars.get(s..e).map(|c| c.iter().collect::<String>()).unwrap_or_default();
            let missed: Vec<String> = d.places.iter().filter(|g| !pred.contains(g)).map(span).collect();
            let spurious: Vec<String> = pred.iter().filter(|p| !d.places.contains(p)).map(span).collect();
            println!("{}\n  - {}\n  + {}", d.id, missed.join(" | "), spurious.join(" | "));
        }
    }
    let mut spacy: Option<HashMap<String, Vec<(usize, usize)>>> = None;
    if let Some(f) = &args.spacy_output {
        let text = std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?;
        let mut m = HashMap::new();
        for line in text.lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else { continue };
            if let Some(file) = v.get("file").and_then(|x| x.as_str()) {
                m.insert(file.trim_end_matches(".txt").to_string(), spacy_spans(&v, &["GPE", "LOC"]));
            }
        }
        spacy = Some(m);
    }
    let mut total = PlaceScores::default();
    let mut total_spacy = PlaceScores::default();
    for (d, s) in docs.iter().zip(&ours) {
        total.add(s);
        let sp = spacy.as_ref().map(|m| score(&d.places, m.get(&d.id).map_or(&[][..], |v| v.as_slice())));
        if let Some(sp) = &sp {
            total_spacy.add(sp);
        }
        if args.per_doc {
            print!("{}", row(&d.id, s));
            if let Some(sp) = &sp {
                print!("{}", row("  spaCy GPE+LOC", sp));
            }
        }
    }
    let gold: usize = docs.iter().map(|d| d.places.len()).sum();
    println!("GUM news: {} documents, {} gold named places", docs.len(), gold);
    print!("{}", row("newsgraph", &total));
    if spacy.is_some() {
        print!("{}", row("spaCy GPE+LOC", &total_spacy));
    }
    Ok(ExitStatus::Success)
}
