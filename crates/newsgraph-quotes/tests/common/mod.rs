//! What the construction tables share: run the quote stage on a text (with the actors stage's
//! mentions given by hand, or none) and compare its quotes with a table row.
#![allow(dead_code)] // Each test file uses the helpers it needs.

use newsgraph_core::model::{ActorKind, ActorMention, CitedSource, QuoteKind, SourceKind};
use newsgraph_core::{segment, Article, Record, Stage};
use newsgraph_quotes::QuoteStage;

/// A quote expected: (content, kind, speaker text, cue text).
pub type Want<'a> = (&'a str, QuoteKind, Option<&'a str>, Option<&'a str>);

/// The quote stage's record for `text`, after the given actor mentions.
pub fn run_with(text: &str, actors: Vec<ActorMention>) -> Record {
    let doc = segment::segment(Article::from_body(text.to_string()));
    let mut rec = Record::new(&doc);
    rec.actors = actors;
    QuoteStage::new().run(&doc, &mut rec);
    rec
}

/// The quote stage's record for `text`, with no actor mentions.
pub fn run(text: &str) -> Record {
    run_with(text, Vec::new())
}

/// The record's quotes as (content, kind, speaker text, cue text).
pub fn got(rec: &Record) -> Vec<(String, QuoteKind, Option<String>, Option<String>)> {
    rec.quotes
        .iter()
        .map(|q| (q.text.clone(), q.kind, q.speaker.as_ref().map(|s| s.text.clone()), q.cue.as_ref().map(|c| c.text.clone())))
        .collect()
}

/// Asserts that `text` gives exactly the quotes `want`, each span slicing to its text.
pub fn check(name: &str, text: &str, want: &[Want]) {
    let rec = run(text);
    let g = got(&rec);
    let w: Vec<_> =
        want.iter().map(|(c, k, s, cue)| (c.to_string(), *k, s.map(str::to_string), cue.map(str::to_string))).collect();
    assert_eq!(g, w, "{name}: {text}");
    for q in &rec.quotes {
        assert!(span_holds(&rec.body[q.start..q.end], &q.text), "{name}: span and text agree");
    }
}

/// Whether a quote's span `slice` holds its `text`: the same, or (a quotation split by its
/// medial frame, joined without the frame: session 15) the text's words in order.
pub fn span_holds(slice: &str, text: &str) -> bool {
    let mut rest = slice;
    slice == text
        || text.split(' ').filter(|w| !w.is_empty()).all(|w| {
            let w = w.trim_end_matches(',');
            match rest.find(w) {
                Some(i) => {
                    rest = &rest[i + w.len()..];
                    true
                }
                None => false,
            }
        })
}

/// An actor mention of `body[start..start + len]` as the actors stage would give it: a kind, a
/// name, and the mention it repeats, if any.
pub fn mention_at(body: &str, start: usize, len: usize, kind: ActorKind, name: &str, refers_to: Option<usize>) -> ActorMention {
    ActorMention {
        text: body[start..start + len].into(),
        start,
        end: start + len,
        code: None,
        full_code: None,
        kind,
        name: Some(name.into()),
        role: None,
        affiliation: None,
        refers_to,
    }
}

/// Cited sources expected of an article: (name, kind).
pub type Sources<'a> = &'a [(&'a str, SourceKind)];

/// The article-level cited sources of `text` against a table row.
pub fn check_sources(name: &str, text: &str, want: Sources) {
    let got: Vec<(String, SourceKind)> = run(text).sources.into_iter().map(|CitedSource { name, kind }| (name, kind)).collect();
    let want: Vec<(String, SourceKind)> = want.iter().map(|(n, k)| (n.to_string(), *k)).collect();
    assert_eq!(got, want, "{name}: {text}");
}
