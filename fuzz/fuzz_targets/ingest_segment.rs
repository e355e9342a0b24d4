//! Arbitrary bytes through every ingest format and the segmenter: no panic, and every
//! paragraph, sentence and token span lies inside the body on char boundaries, in order.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph_core::ingest::{ingest_bytes, IngestOptions, InputFormat};
use newsgraph_core::segment::segment;

const FORMATS: [Option<InputFormat>; 6] = [
    None,
    Some(InputFormat::Text),
    Some(InputFormat::Html),
    Some(InputFormat::Json),
    Some(InputFormat::Jsonl),
    Some(InputFormat::Csv),
];

fn check_span(body: &str, start: usize, end: usize, what: &str) {
    assert!(start <= end && end <= body.len(), "{what} {start}..{end} outside body of {} bytes", body.len());
    assert!(body.is_char_boundary(start) && body.is_char_boundary(end), "{what} {start}..{end} not on char boundaries");
}

fuzz_target!(|data: &[u8]| {
    let opts = IngestOptions::default();
    for format in FORMATS {
        for article in ingest_bytes(data, format, "fuzz", &opts).into_iter().flatten() {
            let doc = segment(article);
            let body = doc.body();
            for p in &doc.paragraphs {
                check_span(body, p.start, p.end, "paragraph");
            }
            for (i, s) in doc.sentences.iter().enumerate() {
                check_span(body, s.start, s.end, "sentence");
                assert!(s.token_start <= s.token_end && s.token_end <= doc.tokens.len(), "sentence {i} token range");
                assert!(s.paragraph < doc.paragraphs.len().max(1), "sentence {i} paragraph index");
            }
            let mut prev_end = 0;
            for t in &doc.tokens {
                check_span(body, t.start, t.end, "token");
                assert!(t.start >= prev_end, "tokens overlap or go backwards at {}", t.start);
                prev_end = t.end;
            }
        }
    }
});
