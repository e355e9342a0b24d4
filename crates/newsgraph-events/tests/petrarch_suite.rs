//! PETRARCH's unit-test suite from `../shared` (skipped when missing): coded from the text
//! only with the validation dictionaries; guards against regressions of the overall score.

use newsgraph_core::{segment, Article};
use newsgraph_events::eval::{petrarch_triples, read_petrarch_records, run_petrarch, Discards};
use newsgraph_events::EventStage;
use std::path::PathBuf;

#[test]
fn unit_test_suite_when_present() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/events/petrarch2");
    let Ok(xml) = std::fs::read_to_string(dir.join("PETR.UnitTest.records.xml")) else {
        eprintln!("skipped: {} missing", dir.display());
        return;
    };
    let file = |n: &str| dir.join(format!("PETR.Validate.{n}.txt"));
    let actors = newsgraph_actors::ActorStage::load(false, &[file("actors")], &[file("agents")])
        .unwrap()
        .with_options(newsgraph_actors::Options { petrarch_compat: true });
    let events = EventStage::load(false, &[file("verbs")]).unwrap();
    let discards = Discards::parse(&std::fs::read_to_string(file("discards")).unwrap_or_default());
    let records = read_petrarch_records(&xml).unwrap();
    assert_eq!(records.len(), 284);
    let rep = run_petrarch(&records, &discards, |r| {
        let mut a = Article::from_body(r.text.clone());
        if r.date.len() == 8 && r.date.is_ascii() {
            a.date = Some(format!("{}-{}-{}", &r.date[..4], &r.date[4..6], &r.date[6..]));
        }
        let doc = segment::segment(a);
        let m = actors.actors(&doc);
        petrarch_triples(&events.code_with(&doc, &m, r.options()))
    });
    let t = rep.total;
    eprintln!(
        "PETRARCH suite: expected {} found {} missed {} extra {} correct {}/{}",
        t.expected, t.found, t.missed, t.extra, t.correct, t.records
    );
    assert!(t.found * 100 >= t.expected * 89, "found {} of {}", t.found, t.expected);
    assert!(t.extra * 100 <= t.records * 11, "extra {}", t.extra);
}
