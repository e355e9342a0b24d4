//! Property: any text gives mentions whose spans are in bounds, on character
//! boundaries, ordered, and whose `refers_to` points to an earlier mention. Never a panic.

use newsgraph_actors::ActorStage;
use newsgraph_core::{segment, Article};
use proptest::prelude::*;
use std::sync::OnceLock;

fn stage() -> &'static ActorStage {
    static S: OnceLock<ActorStage> = OnceLock::new();
    S.get_or_init(|| ActorStage::load(true, &[], &[]).expect("built-in dictionaries load"))
}

fn check(text: &str, date: Option<String>) {
    let mut a = Article::from_body(text.to_string());
    a.date = date;
    let doc = segment::segment(a);
    let out = stage().actors(&doc);
    let mut last_end = 0;
    for (i, m) in out.iter().enumerate() {
        assert!(m.start < m.end && m.end <= text.len(), "in bounds: {m:?}");
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end), "char boundaries: {m:?}");
        assert_eq!(&text[m.start..m.end], m.text);
        assert!(m.start >= last_end, "ordered and disjoint");
        last_end = m.end;
        if let Some(r) = m.refers_to {
            assert!(r < i, "refers to an earlier mention");
        }
    }
}

// Words the stage reacts to, mixed with noise, so the interesting paths run.
const WORDS: &[&str] = &[
    "Chinese",
    "Foreign",
    "Minister",
    "Wang",
    "Yi",
    "said",
    ",",
    "a",
    "European",
    "Commission",
    "spokesman",
    "Peter",
    "Stano",
    "Mr.",
    "he",
    "He",
    "she",
    "the",
    "Russia",
    "'s",
    "’s",
    "troops",
    "Washington",
    "in",
    "U.S.",
    "UN",
    "Zhang",
    "Jun",
    "to",
    "former",
    "officials",
    "of",
    "from",
    "\"",
    "“",
    "—",
    "-",
    "al-Qaeda",
    "Ərdoğan",
    "北京",
    "Ünïcödé",
    ".",
    "\n\n",
    "permanent",
    "representative",
    "President",
    "Biden",
    "Trump",
    "police",
    "Kyiv",
    "İstanbul",
    "ß",
    "Dr.",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_text(s in "\\PC{0,300}") {
        check(&s, None);
    }

    #[test]
    fn word_salad(idx in proptest::collection::vec(0..WORDS.len(), 0..60), sep in prop::sample::select(vec![" ", "", "  ", "\n"]),
                  date in prop::option::of("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        let text: Vec<&str> = idx.iter().map(|&i| WORDS[i]).collect();
        check(&text.join(sep), date);
    }
}

#[test]
fn odd_inputs() {
    for t in ["", " ", "'s", "\u{0}", "Mr.", "Mr. ,", "He", ", said", "The spokesman", "A\u{301}b\u{301}", "U.S.U.N.", "'s'S's"] {
        check(t, Some("not a date".into()));
    }
}
