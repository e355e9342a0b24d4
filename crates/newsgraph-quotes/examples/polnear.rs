//! Quick PolNeAR scoring of the quotes stage alone (segment + quotes, no actors stage):
//! `cargo run --release -p newsgraph-quotes --example polnear -- DIR [train|dev] [errors]`.
//! The real evaluation is `newsgraph eval quotes`, which runs the whole pipeline.

use newsgraph_core::{segment, Article, Record, Stage};
use newsgraph_quotes::eval::{load_polnear, score_doc, QuoteScores};
use newsgraph_quotes::QuoteStage;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = args.get(1).map(String::as_str).unwrap_or("../shared/eval/quotes/polnear");
    let split = args.get(2).map(String::as_str).unwrap_or("train");
    let errors = args.get(3).is_some();
    let docs = match load_polnear(std::path::Path::new(dir), split) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let stage = QuoteStage::new();
    let mut total = QuoteScores::default();
    for d in &docs {
        let doc = segment::segment(Article::from_body(d.text.clone()));
        let mut rec = Record::new(&doc);
        stage.run(&doc, &mut rec);
        let s = score_doc(d, &rec.quotes);
        total.add(&s);
        if errors {
            let t = &d.text;
            for g in &d.attributions {
                let c = g.content.unwrap_or_default();
                let hit = rec.quotes.iter().any(|q| q.start < c.end && c.start < q.end);
                if !hit {
                    println!(
                        "MISS {}: [{}] [{}] {:?}",
                        d.id,
                        g.source.map_or("", |s| s.slice(t)),
                        g.cue.map_or("", |s| s.slice(t)),
                        c.slice(t)
                    );
                }
            }
            for q in &rec.quotes {
                let hit = d.attributions.iter().any(|g| g.content.is_some_and(|c| q.start < c.end && c.start < q.end));
                let sp = q.speaker.as_ref().map_or("", |s| s.text.as_str());
                let cue = q.cue.as_ref().map_or("", |s| s.text.as_str());
                if !hit {
                    println!("EXTRA {}: {:?} [{}] [{}] {:?}", d.id, q.kind, sp, cue, q.text);
                } else {
                    let g =
                        d.attributions.iter().find(|g| g.content.is_some_and(|c| q.start < c.end && c.start < q.end)).unwrap();
                    let (gn, qn) = (
                        newsgraph_quotes::eval::normalize(t, g.content.unwrap_or_default()),
                        newsgraph_quotes::eval::normalize(t, newsgraph_core::Span::new(q.start, q.end)),
                    );
                    if gn != qn {
                        println!("EXACT {}: gold {:?}\n      ours {:?}", d.id, gn.slice(t), qn.slice(t));
                    }
                    if let Some(gs) = g.source {
                        let ok = q.speaker.as_ref().is_some_and(|s| s.start < gs.end && gs.start < s.end);
                        if !ok {
                            println!(
                                "SPK {}: gold [{}] ours [{}] cue [{}] {:?} @{} {} {}",
                                d.id,
                                gs.slice(t),
                                sp,
                                cue,
                                q.text.chars().take(80).collect::<String>(),
                                gs.start,
                                q.speaker.as_ref().map_or(0, |s| s.start),
                                q.start
                            );
                        }
                    }
                }
            }
        }
    }
    println!("{} docs", total.docs);
    print!("{}", total.table());
}
