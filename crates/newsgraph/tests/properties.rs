//! Property tests for the whole pipeline: any text gives a record whose every span
//! (sentences, actors, quotes, speakers, cues, events, triggers) is in bounds and on
//! char boundaries, and whose `text` fields match the body.

use newsgraph::{Article, Pipeline, PipelineConfig, Record};
use proptest::prelude::*;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new(&PipelineConfig::default()).expect("built-in dictionaries load"))
}

fn check(r: &Record) {
    let body = r.body.as_str();
    let ok = |a: usize, b: usize| a <= b && b <= body.len() && body.is_char_boundary(a) && body.is_char_boundary(b);
    for s in r.sentences.iter().chain(&r.paragraphs) {
        assert!(ok(s.start, s.end));
    }
    for a in &r.actors {
        assert!(ok(a.start, a.end));
        assert_eq!(&body[a.start..a.end], a.text);
        assert!(a.refers_to.is_none_or(|i| i < r.actors.len()));
    }
    for q in &r.quotes {
        assert!(ok(q.start, q.end));
        if let Some(s) = &q.speaker {
            assert!(ok(s.start, s.end));
        }
        if let Some(c) = &q.cue {
            assert!(ok(c.start, c.end));
        }
    }
    for e in &r.events {
        assert!(ok(e.sentence.start, e.sentence.end));
        for t in &e.trigger {
            assert!(ok(t.start, t.end));
            assert_eq!(&body[t.start..t.end], t.text);
        }
        assert!(e.source_mention.is_none_or(|i| i < r.actors.len()));
        assert!(e.target_mention.is_none_or(|i| i < r.actors.len()));
    }
    serde_json::to_string(r).expect("record serialises");
}

fn newsish() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        "Russia",
        "Russia's",
        "Chinese",
        "Foreign Minister",
        "troops",
        "the U.N.",
        "Washington",
        "Mr. Stano",
        "Peter Stano",
        " said",
        " told reporters",
        " according to",
        " Reuters",
        " attacked",
        " imposed sanctions on",
        " met",
        " talks with",
        " did not",
        " will",
        " threatened to",
        " he",
        " she",
        ",",
        ".",
        " ",
        "\"",
        "“",
        "”",
        "'",
        "’",
        "—",
        "\n\n",
        "?",
        "that",
        "é",
        "字",
        "🙂",
        "(",
        ")",
        "Iran",
        "Israel",
        " condemned",
        " refused to",
        " a",
        " spokesman",
        " Kyiv",
        " and",
    ]);
    prop::collection::vec(atoms, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    #[test]
    fn pipeline_spans_hold_on_newsish_text(text in newsish()) {
        if !text.trim().is_empty() {
            check(&pipeline().analyze(Article::from_body(text)));
        }
    }

    #[test]
    fn pipeline_spans_hold_on_any_unicode(text in "\\PC{1,200}") {
        check(&pipeline().analyze(Article::from_body(text)));
    }
}
