//! `newsgraph eval events FILE`: event precision/recall per CAMEO root on a labelled dev set,
//! JSON Lines `{"id","date","text","events":[{"source","target","code"}]}`, coded by the whole pipeline.

use super::ExitStatus;
use anyhow::Context;
use newsgraph::{Pipeline, PipelineConfig};
use newsgraph_core::Article;
use newsgraph_events::eval::{triples, DevRecord, DevScore, Prf, Triple};
use std::path::PathBuf;

/// Arguments.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The dev set (JSON Lines), e.g. eval/events-dev.jsonl.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Print every sentence whose events differ from the gold ones.
    #[arg(long)]
    pub errors: bool,
}

/// Runs the evaluation.
pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    let text = std::fs::read_to_string(&args.file).with_context(|| format!("reading {}", args.file.display()))?;
    let pipeline = Pipeline::new(&PipelineConfig::default())?;
    // Actor codes compared under the dev set's convention (country + one role, organisation
    // suffixes dropped; eval/README.md); the raw string comparison is printed too.
    let mut score = DevScore::normalized();
    let mut raw = DevScore::default();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let rec: DevRecord = serde_json::from_str(line).with_context(|| format!("{}:{}", args.file.display(), i + 1))?;
        let mut a = Article::from_body(rec.text.clone());
        a.date = rec.date.clone();
        let record = pipeline.analyze(a);
        let got = triples(&record.events);
        if args.errors {
            let mut g = rec.events.clone();
            let mut o = got.clone();
            g.sort();
            o.sort();
            if g != o {
                let show = |v: &[Triple]| {
                    v.iter().map(|t| format!("{}>{}:{}", t.source, t.target, t.code)).collect::<Vec<_>>().join(" ")
                };
                println!("{:<10} gold [{}] got [{}]\n           {}", rec.id, show(&g), show(&o), rec.text);
            }
        }
        score.add(&rec.events, &got);
        raw.add(&rec.events, &got);
    }
    println!("Events dev set: {} sentences ({})", score.records, args.file.display());
    println!("{:<18} {:>9} {:>7} {:>7} {:>5} {:>5} {:>5}", "", "precision", "recall", "F1", "tp", "fp", "fn");
    let row = |name: &str, p: &Prf| {
        println!("{name:<18} {:>9.3} {:>7.3} {:>7.3} {:>5} {:>5} {:>5}", p.precision(), p.recall(), p.f1(), p.tp, p.fp, p.fn_);
    };
    for (root, p) in &score.per_root {
        row(&format!("root {root}"), p);
    }
    row("all (root level)", &score.root_level);
    row("all (full code)", &score.code_level);
    row("root, any actors", &score.root_only);
    println!("actor codes compared as raw strings:");
    row("all (root level)", &raw.root_level);
    row("all (full code)", &raw.code_level);
    Ok(ExitStatus::Success)
}
