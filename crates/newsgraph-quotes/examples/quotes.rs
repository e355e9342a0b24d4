//! Prints the quotes newsgraph finds in a text file (or the text given as arguments).
//! `cargo run -p newsgraph-quotes --example quotes -- FILE`

use newsgraph_core::{segment, Article, Record, Stage};
use newsgraph_quotes::QuoteStage;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let text = match std::fs::read_to_string(args.first().map(String::as_str).unwrap_or("")) {
        Ok(t) => t,
        Err(_) => args.join(" "),
    };
    let doc = segment::segment(Article::from_body(text));
    let mut rec = Record::new(&doc);
    QuoteStage::new().run(&doc, &mut rec);
    for q in &rec.quotes {
        let sp = q.speaker.as_ref().map_or(String::new(), |s| format!("{} ({:?})", s.text, s.name));
        println!("{:?} [{}] [{}] {:?} {:?}", q.kind, sp, q.cue.as_ref().map_or("", |c| c.text.as_str()), q.text, q.sources);
    }
    println!("sources: {:?}", rec.sources);
}
