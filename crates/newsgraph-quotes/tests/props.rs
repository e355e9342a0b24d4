//! Property: any text gives quotes whose spans lie in the body on char boundaries; never a panic.

use newsgraph_core::{segment, Article, Record, Stage};
use newsgraph_quotes::QuoteStage;
use proptest::prelude::*;

mod common;

fn check(text: &str) {
    let doc = segment::segment(Article::from_body(text.to_string()));
    let mut rec = Record::new(&doc);
    QuoteStage::new().run(&doc, &mut rec);
    let body = &rec.body;
    for q in &rec.quotes {
        assert!(q.start <= q.end && q.end <= body.len());
        assert!(body.is_char_boundary(q.start) && body.is_char_boundary(q.end));
        // (Session 15: a quotation split by its medial frame is one quote whose text joins the
        // pieces without the frame: its words are the span's, in order.)
        let slice = &body[q.start..q.end];
        assert!(common::span_holds(slice, &q.text), "{slice:?} / {:?}", q.text);
        if let Some(s) = &q.speaker {
            assert!(s.start <= s.end && s.end <= body.len() && body.is_char_boundary(s.start) && body.is_char_boundary(s.end));
            assert_eq!(&body[s.start..s.end], s.text);
        }
        if let Some(c) = &q.cue {
            assert!(c.start <= c.end && c.end <= body.len());
            assert_eq!(&body[c.start..c.end], c.text);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]
    #[test]
    fn any_text_is_safe(s in "\\PC{0,300}") {
        check(&s);
    }

    #[test]
    fn quote_heavy_text_is_safe(parts in proptest::collection::vec(prop_oneof![
        Just("\""), Just("'"), Just("“"), Just("”"), Just("‘"), Just("’"), Just("''"), Just("«"), Just("»"),
        Just(" said "), Just(" he said"), Just(", "), Just(". "), Just(": "), Just("\n\n"), Just("according to "),
        Just("Reuters"), Just("The minister"), Just("we will win"), Just("é"), Just("that "), Just(" told reporters "),
        Just("state news agency IRNA"), Just("in a statement"), Just(", adding that "),
    ], 0..40)) {
        check(&parts.concat());
    }
}

#[test]
fn edge_inputs() {
    for t in
        ["", "\"", "''", "\"\"", "“”", "said", "\"a\" said", ": \"", "\n\n\"", "'s", "according to", "\"x,\" said", "x said \""]
    {
        check(t);
    }
    // Found by `quote_heavy_text_is_safe`: a participle continuation right after a leading comma.
    for t in [", , adding that , he said\n\n", ", adding that it rained, he said", ",, saying so, she said"] {
        check(t);
    }
}

#[test]
fn odd_actor_mentions_are_safe() {
    use newsgraph_core::model::{ActorKind, ActorMention};
    let text = "\"We will win,\" he said. Officials said the vote was delayed.";
    let doc = segment::segment(Article::from_body(text.to_string()));
    let mut rec = Record::new(&doc);
    let m = |start, end, refers_to| ActorMention {
        text: String::new(),
        start,
        end,
        code: None,
        full_code: None,
        kind: ActorKind::Person,
        name: None,
        role: None,
        affiliation: None,
        refers_to,
    };
    // Out of range, inverted, self-referring and cyclic mentions.
    rec.actors = vec![m(15, 17, Some(1)), m(0, 999, Some(0)), m(30, 20, None), m(15, 17, Some(7))];
    QuoteStage::new().run(&doc, &mut rec);
    assert!(!rec.quotes.is_empty());
}
