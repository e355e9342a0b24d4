//! Quick PolNeAR scoring of the quotes stage after the actors stage (segment + actors + quotes;
//! the events and tone stages, which the quotes do not read, are left out):
//! `cargo run --release -p newsgraph-quotes --example polnear -- DIR [train|dev] [errors] [preds] [noactors]`.
//! The real evaluation is `newsgraph eval quotes`, which runs the whole pipeline; the scores are
//! the same, as the quote stage reads only the segmentation and the actor mentions.

use newsgraph_core::{segment, Article, Record, Stage};
use newsgraph_quotes::eval::{errors, load_polnear, score_doc, QuoteScores};
use newsgraph_quotes::QuoteStage;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = args.get(1).map(String::as_str).unwrap_or("../shared/eval/quotes/polnear");
    let split = args.get(2).map(String::as_str).unwrap_or("train");
    let show_errors = args.iter().skip(3).any(|a| a == "errors");
    let no_actors = args.iter().skip(3).any(|a| a == "noactors");
    let show_preds = args.iter().skip(3).any(|a| a == "preds");
    let docs = match load_polnear(std::path::Path::new(dir), split) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let actors = if no_actors {
        None
    } else {
        match newsgraph_actors::ActorStage::load(true, &[], &[]) {
            Ok(a) => Some(a),
            Err(e) => {
                eprintln!("actors stage: {e}");
                std::process::exit(2);
            }
        }
    };
    let stage = QuoteStage::new();
    let mut total = QuoteScores::default();
    let mut stage_time = std::time::Duration::ZERO;
    for d in &docs {
        let doc = segment::segment(Article::from_body(d.text.clone()));
        let mut rec = Record::new(&doc);
        if let Some(a) = &actors {
            a.run(&doc, &mut rec);
        }
        let t = std::time::Instant::now();
        stage.run(&doc, &mut rec);
        stage_time += t.elapsed();
        total.add(&score_doc(d, &rec.quotes));
        if show_preds {
            for q in &rec.quotes {
                let sp = q.speaker.as_ref().map_or("", |s| s.text.as_str());
                let cue = q.cue.as_ref().map_or("", |c| c.text.as_str());
                println!("{}\tPRED\t{}-{}\t{:?}\tcue[{cue}]\tspk[{sp}]", d.id, q.start, q.end, q.kind);
            }
        }
        if show_errors {
            for e in errors(d, &rec.quotes) {
                println!("{}\t{e}", d.id);
            }
        }
    }
    println!("PolNeAR {split}: {} docs; quote stage {:.1} ms", total.docs, stage_time.as_secs_f64() * 1000.0);
    print!("{}", total.table());
}
