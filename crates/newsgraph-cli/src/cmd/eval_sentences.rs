//! `newsgraph eval sentences --gum DIR`: sentence boundary precision/recall on GUM.

use super::ExitStatus;
use anyhow::Context;
use newsgraph_core::eval::{conllu_sentences, score_sentences, Prf};
use std::path::PathBuf;

/// Arguments.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The GUM directory (its `dep/*.conllu` files are read), e.g. ../shared/corpora/gum-news.
    #[arg(long, value_name = "DIR")]
    pub gum: PathBuf,
    /// Print each wrong boundary with its context.
    #[arg(long)]
    pub errors: bool,
}

/// Runs the evaluation.
pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    let dir = if args.gum.join("dep").is_dir() { args.gum.join("dep") } else { args.gum.clone() };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "conllu"))
        .collect();
    files.sort();
    anyhow::ensure!(!files.is_empty(), "no .conllu files in {}", dir.display());
    let (mut all, mut inner) = (Prf::default(), Prf::default());
    let mut docs = 0;
    for f in &files {
        let text = std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?;
        for doc in conllu_sentences(&text) {
            docs += 1;
            let (p, errs) = score_sentences(&doc, false);
            all.add(p);
            let (p, _) = score_sentences(&doc, true);
            inner.add(p);
            if args.errors {
                for (off, what) in errs {
                    let lo = doc.text.floor_char_boundary(off.saturating_sub(50));
                    let hi = doc.text.ceil_char_boundary((off + 30).min(doc.text.len()));
                    println!("{what:>6} {}@{off}: {:?} | {:?}", doc.id, &doc.text[lo..off], &doc.text[off..hi]);
                }
            }
        }
    }
    println!("GUM sentence boundaries ({docs} documents, {} files)", files.len());
    println!("{:<28} {:>9} {:>9} {:>9} {:>7} {:>5} {:>5}", "", "precision", "recall", "F1", "tp", "fp", "fn");
    for (name, p) in [("all boundaries", all), ("inside paragraphs", inner)] {
        println!("{name:<28} {:>9.4} {:>9.4} {:>9.4} {:>7} {:>5} {:>5}", p.precision(), p.recall(), p.f1(), p.tp, p.fp, p.fn_);
    }
    Ok(ExitStatus::Success)
}
