//! Property tests: any bytes or any Unicode text give articles or clear errors, never a
//! panic, and every span is in bounds and on char boundaries.

use newsgraph_core::ingest::{ingest_bytes, IngestOptions, InputFormat};
use newsgraph_core::segment::segment;
use newsgraph_core::Document;
use proptest::prelude::*;

const FORMATS: [Option<InputFormat>; 6] = [
    None,
    Some(InputFormat::Text),
    Some(InputFormat::Html),
    Some(InputFormat::Json),
    Some(InputFormat::Jsonl),
    Some(InputFormat::Csv),
];

fn check(doc: &Document) {
    let body = doc.body();
    let ok = |a: usize, b: usize| a <= b && b <= body.len() && body.is_char_boundary(a) && body.is_char_boundary(b);
    for p in &doc.paragraphs {
        assert!(ok(p.start, p.end), "paragraph {p:?}");
    }
    let mut last = 0;
    for s in &doc.sentences {
        assert!(ok(s.start, s.end) && s.start >= last, "sentence {s:?}");
        assert!(s.token_start < s.token_end && s.token_end <= doc.tokens.len());
        last = s.end;
    }
    for t in &doc.tokens {
        assert!(ok(t.start, t.end) && t.start < t.end, "token {t:?}");
    }
}

fn run(bytes: &[u8]) {
    let opts = IngestOptions::default();
    for f in FORMATS {
        for r in ingest_bytes(bytes, f, "prop", &opts) {
            match r {
                Ok(a) => {
                    assert!(!a.body.trim().is_empty());
                    check(&segment(a));
                }
                Err(e) => assert!(e.to_string().starts_with("prop"), "error names the input: {e}"),
            }
        }
    }
}

/// Text made of the characters that matter to segmentation.
fn newsish() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        "U.S.", "Mr.", "Gen.", " ", "\n", "\n\n", ".", "?", "!", "\"", "“", "”", "'", "’", "—", "–", "-", "3.5", "1,000", "said",
        "The", "Kyiv", "é", "ß", "字", "🙂", "(", ")", "...", "…", "J.", "R.", "'s", ",", ":", "\u{301}", "\r\n", "\t", "By ",
        "GENEVA", "<p>", "</p>", "{", "}", "[", "]", "\\",
    ]);
    prop::collection::vec(atoms, 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        run(&bytes);
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,300}") {
        run(text.as_bytes());
    }

    #[test]
    fn newsish_text_never_panics(text in newsish()) {
        run(text.as_bytes());
    }
}

#[test]
fn regression_inputs() {
    for input in ["\"", "U.S.", "a.\"", "\n\n\"\n\n", "By \n", "—", "A —", "GENEVA —", "x'", "'s", "a 's", "1.", ".1", "..."]
    {
        run(input.as_bytes());
    }
}
