//! Prints the actor mentions of a text: `cargo run -p newsgraph-actors --example show -- FILE [YYYY-MM-DD]`.

use newsgraph_actors::ActorStage;
use newsgraph_core::{segment, Article};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let text = std::fs::read_to_string(args.get(1).expect("a file")).expect("readable");
    let stage = ActorStage::load(true, &[], &[]).expect("built-in dictionaries load");
    let mut a = Article::from_body(text);
    a.date = args.get(2).cloned();
    let doc = segment::segment(a);
    for (i, m) in stage.mentions(&doc).iter().enumerate() {
        let (s, e) = (doc.tokens[m.t0].start, doc.tokens[m.t1 - 1].end);
        println!(
            "{i:>3} {:?} {:?} {:?} code={:?} name={:?} role={:?} aff={:?} ref={:?}",
            &doc.body()[s..e],
            m.kind,
            m.how,
            m.code,
            m.name,
            m.role,
            m.affiliation,
            m.refers_to
        );
    }
}
