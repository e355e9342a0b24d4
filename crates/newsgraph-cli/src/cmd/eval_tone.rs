//! `newsgraph eval tone DIR --peer-output FILE`: correlation of newsgraph's article tone with a peer's.
//!
//! DIR holds `.txt` articles (first line the headline); FILE is the JSON Lines output of the
//! gdelt-regkg peer (`run_regkg_peer.py DIR`) on the same folder, whose `V1.5TONE` field carries the
//! GDELT tone figures. newsgraph's tone here counts the headline and the body, as the peer reads the
//! whole file. Glue only: counting is `newsgraph_gkg::tone`, statistics `newsgraph_gkg::eval`.

use super::ExitStatus;
use anyhow::Context;
use newsgraph_core::ingest::{ingest_bytes, IngestOptions, InputFormat};
use newsgraph_core::segment;
use newsgraph_gkg::eval::{parse_v15tone, pearson};
use newsgraph_gkg::tone::ToneLexicon;
use std::collections::HashMap;
use std::path::PathBuf;

/// Arguments.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder of `.txt` articles.
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// The peer's JSON Lines output on DIR (`file` and `V1.5TONE` fields).
    #[arg(long, value_name = "FILE")]
    pub peer_output: PathBuf,
}

/// Runs the comparison.
pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    let text = std::fs::read_to_string(&args.peer_output).with_context(|| format!("reading {}", args.peer_output.display()))?;
    let mut peer: HashMap<String, [f64; 7]> = HashMap::new();
    for line in text.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        if let (Some(f), Some(t)) = (v.get("file").and_then(|x| x.as_str()), v.get("V1.5TONE").and_then(|x| x.as_str())) {
            if let Some(t) = parse_v15tone(t) {
                peer.insert(f.to_string(), t);
            }
        }
    }
    let lex = ToneLexicon::builtin();
    let opts = IngestOptions::default();
    let mut names: Vec<_> = std::fs::read_dir(&args.dir)
        .with_context(|| format!("reading {}", args.dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    let (mut ours, mut theirs): (Vec<[f64; 7]>, Vec<[f64; 7]>) = (Vec::new(), Vec::new());
    for p in names {
        let name = p.file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let Some(t) = peer.get(&name) else { continue };
        let bytes = std::fs::read(&p).with_context(|| format!("reading {}", p.display()))?;
        let Some(Ok(article)) = ingest_bytes(&bytes, Some(InputFormat::Text), &name, &opts).into_iter().next() else { continue };
        let mut counts = lex.count_text(article.title.as_deref().unwrap_or(""));
        let doc = segment::segment(article);
        for c in lex.sentence_counts(&doc) {
            counts.add(&c);
        }
        let tone = counts.tone();
        ours.push([
            f64::from(tone.tone),
            f64::from(tone.positive),
            f64::from(tone.negative),
            f64::from(tone.polarity),
            f64::from(tone.activity_density),
            f64::from(tone.self_group_density),
            f64::from(tone.word_count),
        ]);
        theirs.push(*t);
    }
    anyhow::ensure!(!ours.is_empty(), "no article of {} is in {}", args.dir.display(), args.peer_output.display());
    println!("{} articles; Pearson r between newsgraph and the peer, figure by figure:", ours.len());
    let figures = ["tone", "positive", "negative", "polarity", "activity_density", "self_group_density", "word_count"];
    for (i, f) in figures.iter().enumerate() {
        let a: Vec<f64> = ours.iter().map(|x| x[i]).collect();
        let b: Vec<f64> = theirs.iter().map(|x| x[i]).collect();
        let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
        println!("  {f:<20} r = {:+.3}   mean newsgraph {:8.3}  peer {:8.3}", pearson(&a, &b), mean(&a), mean(&b));
    }
    Ok(ExitStatus::Success)
}
