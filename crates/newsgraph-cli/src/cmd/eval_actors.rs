//! `newsgraph eval actors --gum DIR`: person, organisation and place mentions against GUM's
//! gold entities (`coref_tsv`), optionally next to spaCy's (the peer's JSON lines).
//! The scoring lives in `newsgraph_actors::eval`; this is glue.

use super::ExitStatus;
use anyhow::Context;
use newsgraph_actors::eval::{newsgraph_predictions, parse_coref_tsv, score, spacy_predictions, Class, GoldDoc, Scores};
use newsgraph_actors::ActorStage;
use std::collections::HashMap;
use std::path::PathBuf;

/// Arguments.
#[derive(Debug, clap::Args)]
#[command(after_help = "\
Examples:
  newsgraph eval actors --gum ../shared/corpora/gum-news
  newsgraph eval actors --gum ../shared/corpora/gum-news --write-texts /tmp/gum-txt
  python run_spacy_peer.py /tmp/gum-txt --ner-only > /tmp/spacy.jsonl
  newsgraph eval actors --gum ../shared/corpora/gum-news --spacy /tmp/spacy.jsonl")]
pub struct Args {
    /// The GUM directory (its `coref_tsv/*.tsv` files are read), e.g. ../shared/corpora/gum-news.
    #[arg(long, value_name = "DIR")]
    pub gum: PathBuf,
    /// spaCy peer output (JSON lines with `file` and `entities`) for the texts written by --write-texts.
    #[arg(long, value_name = "FILE")]
    pub spacy: Option<PathBuf>,
    /// Write each document's text to DIR/<id>.txt (the input for the spaCy peer) and stop.
    #[arg(long, value_name = "DIR")]
    pub write_texts: Option<PathBuf>,
    /// Extra PETRARCH actor dictionaries.
    #[arg(long, value_name = "FILE")]
    pub actors: Vec<PathBuf>,
    /// Extra PETRARCH agent dictionaries.
    #[arg(long, value_name = "FILE")]
    pub agents: Vec<PathBuf>,
    /// Print newsgraph's missed and extra mentions.
    #[arg(long)]
    pub errors: bool,
}

fn read_gold(dir: &std::path::Path) -> anyhow::Result<Vec<GoldDoc>> {
    let dir = if dir.join("coref_tsv").is_dir() { dir.join("coref_tsv") } else { dir.to_path_buf() };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
        .collect();
    files.sort();
    anyhow::ensure!(!files.is_empty(), "no .tsv files in {}", dir.display());
    files
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?;
            let id = f.file_stem().and_then(|s| s.to_str()).unwrap_or("").to_string();
            Ok(parse_coref_tsv(&id, &text))
        })
        .collect()
}

fn print_table(name: &str, s: &Scores) {
    for (i, c) in Class::ALL.iter().enumerate() {
        let (o, e) = (s.overlap[i], s.exact[i]);
        println!(
            "{name:<10} {:<13} {:>9.3} {:>9.3} {:>9.3} {:>9.3} {:>9.3} {:>6} {:>6} {:>6}",
            c.name(),
            o.precision(),
            o.recall(),
            o.f1(),
            e.precision(),
            e.recall(),
            o.tp,
            o.fp,
            o.fn_
        );
    }
}

/// Runs the evaluation.
pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    let docs = read_gold(&args.gum)?;
    if let Some(out) = &args.write_texts {
        std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
        for d in &docs {
            let p = out.join(format!("{}.txt", d.id));
            std::fs::write(&p, &d.text).with_context(|| format!("writing {}", p.display()))?;
        }
        eprintln!("wrote {} texts to {}", docs.len(), out.display());
        return Ok(ExitStatus::Success);
    }
    let stage = ActorStage::load(true, &args.actors, &args.agents)?;
    let spacy: Option<HashMap<String, serde_json::Value>> = match &args.spacy {
        None => None,
        Some(p) => {
            let text = std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
            let mut m = HashMap::new();
            for line in text.lines() {
                let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else { continue };
                if let Some(f) = v["file"].as_str() {
                    let stem = f.rsplit('/').next().unwrap_or(f).trim_end_matches(".txt").to_string();
                    m.insert(stem, v["entities"].clone());
                }
            }
            Some(m)
        }
    };
    let (mut ours, mut theirs) = (Scores::default(), Scores::default());
    let mut golds = 0;
    let t = std::time::Instant::now();
    for d in &docs {
        golds += d.gold.len();
        let preds = newsgraph_predictions(&stage, d);
        let (s, fps, fns) = score(d, &preds);
        ours.add(&s);
        if args.errors {
            for p in fps {
                println!("extra  {} {:<12} {:?}", d.id, p.class.name(), &d.text[p.start..p.end]);
            }
            for g in fns {
                println!("missed {} {:<12} {:?}", d.id, g.class.name(), &d.text[g.start..g.end]);
            }
        }
        if let Some(sp) = spacy.as_ref().and_then(|m| m.get(&d.id)) {
            let (s, _, _) = score(d, &spacy_predictions(d, sp));
            theirs.add(&s);
        }
    }
    let elapsed = t.elapsed();
    println!("GUM named mentions ({} documents, {golds} gold person/organization/place mentions)", docs.len());
    println!(
        "{:<10} {:<13} {:>9} {:>9} {:>9} {:>9} {:>9} {:>6} {:>6} {:>6}",
        "system", "class", "P", "R", "F1", "P exact", "R exact", "tp", "fp", "fn"
    );
    print_table("newsgraph", &ours);
    if spacy.is_some() {
        print_table("spaCy", &theirs);
    }
    eprintln!("newsgraph: {:.1} ms for {} documents", elapsed.as_secs_f64() * 1e3, docs.len());
    Ok(ExitStatus::Success)
}
