//! `newsgraph eval petrarch RECORDS --dictionaries DIR`: PETRARCH's unit-test suite, coded
//! from each record's `<Text>` only (never `<Parse>`), honouring its `<Config>` options.

use super::ExitStatus;
use anyhow::Context;
use newsgraph_core::{segment, Article};
use newsgraph_events::eval::{petrarch_triples, read_petrarch_records, run_petrarch, Discards, Tally};
use newsgraph_events::EventStage;
use std::path::PathBuf;

/// Arguments.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The records: PETR.UnitTest.records.xml (or its .jsonl conversion).
    #[arg(value_name = "RECORDS")]
    pub records: PathBuf,
    /// Directory holding PETR.Validate.{verbs,actors,agents,discards}.txt.
    #[arg(long, value_name = "DIR")]
    pub dictionaries: PathBuf,
    /// Print every record that was not coded exactly as expected.
    #[arg(long)]
    pub errors: bool,
}

/// Runs the suite.
pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    let text = std::fs::read_to_string(&args.records).with_context(|| format!("reading {}", args.records.display()))?;
    let records = read_petrarch_records(&text).map_err(|e| anyhow::anyhow!("{}: {e}", args.records.display()))?;
    let dir = &args.dictionaries;
    let file = |n: &str| dir.join(format!("PETR.Validate.{n}.txt"));
    let actors = newsgraph_actors::ActorStage::load(false, &[file("actors")], &[file("agents")])
        .with_context(|| format!("loading actors and agents from {}", dir.display()))?
        .with_options(newsgraph_actors::Options { petrarch_compat: true });
    let events = EventStage::load(false, &[file("verbs")]).with_context(|| format!("loading verbs from {}", dir.display()))?;
    let discards = match std::fs::read_to_string(file("discards")) {
        Ok(t) => Discards::parse(&t),
        Err(_) => Discards::default(),
    };
    let report = run_petrarch(&records, &discards, |r| {
        let mut a = Article::from_body(r.text.clone());
        if r.date.len() == 8 && r.date.is_ascii() {
            a.date = Some(format!("{}-{}-{}", &r.date[..4], &r.date[4..6], &r.date[6..]));
        }
        let doc = segment::segment(a);
        let mentions = actors.actors(&doc);
        petrarch_triples(&events.code_with(&doc, &mentions, r.options()))
    });
    if args.errors {
        for r in report.records.iter().filter(|r| r.tally.correct == 0) {
            let show = |v: &[newsgraph_events::eval::Triple]| {
                v.iter().map(|t| format!("{}>{}:{}", t.source, t.target, t.code)).collect::<Vec<_>>().join(" ")
            };
            println!("{:<14} expected [{}] got [{}]", r.id, show(&r.expected), show(&r.got));
            // The text and the actor mentions the events stage saw, to tell actor errors from verb errors.
            if let Some(rec) = records.iter().find(|x| x.id == r.id) {
                let doc = segment::segment(Article::from_body(rec.text.clone()));
                let ms = actors.actors(&doc);
                let shown: Vec<String> = ms.iter().map(|m| format!("{}[{}]", m.text, m.code.as_deref().unwrap_or("-"))).collect();
                println!(
                    "               {}\n               actors: {}",
                    rec.text.split_whitespace().collect::<Vec<_>>().join(" "),
                    shown.join(" ")
                );
            }
        }
        println!();
    }
    println!("PETRARCH unit tests ({} records, from <Text> only)", records.len());
    println!(
        "{:<12} {:>8} {:>9} {:>6} {:>6} {:>8} {:>8}",
        "category", "expected", "found", "missed", "extra", "records", "correct"
    );
    let line = |name: &str, t: &Tally| {
        let pct = if t.expected == 0 { 100.0 } else { 100.0 * t.found as f64 / t.expected as f64 };
        println!(
            "{name:<12} {:>8} {:>4} {:>3.0}% {:>6} {:>6} {:>8} {:>8}",
            t.expected, t.found, pct, t.missed, t.extra, t.records, t.correct
        );
    };
    for (c, t) in &report.per_category {
        line(c, t);
    }
    line("TOTAL", &report.total);
    Ok(ExitStatus::Success)
}
