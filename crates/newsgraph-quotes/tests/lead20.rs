//! Session 20 (lead): the outlet before a reporting verb is read whole. Sentences written for
//! these tests.

use newsgraph_core::model::{CitedSource, SourceKind};

mod common;
use common::run;

fn sources(text: &str) -> Vec<(String, SourceKind)> {
    run(text).sources.into_iter().map(|CitedSource { name, kind }| (name, kind)).collect()
}

#[test]
fn an_outlet_before_its_reporting_verb_is_named_whole() {
    use SourceKind::*;
    let rows: &[(&str, &str, &[(&str, SourceKind)])] = &[
        (
            "a three-word name ending in an outlet word",
            "The talks stalled. The Los Angeles Times reported that the deal was off.",
            &[("Los Angeles Times", Media)],
        ),
        (
            "a name with a place inside it",
            "The talks stalled. The New York Times reported that the deal was off.",
            &[("New York Times", Media)],
        ),
        (
            "without its article",
            "The talks stalled. The Wall Street Journal reports that the deal was off.",
            &[("Wall Street Journal", Media)],
        ),
        (
            "a weekday inside the name",
            "The talks stalled. The Sunday Times reported that the deal was off.",
            &[("Sunday Times", Media)],
        ),
    ];
    for (name, text, want) in rows {
        let want: Vec<(String, SourceKind)> = want.iter().map(|(n, k)| (n.to_string(), *k)).collect();
        assert_eq!(sources(text), want, "{name}: {text}");
    }
}
