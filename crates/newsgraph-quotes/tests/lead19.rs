//! Session 19 (lead): cited sources as a reader would list them, and the passive cue's agent.
//! Sentences written for these tests.

use newsgraph_core::model::{QuoteKind, SourceKind};

mod common;
use common::{check, check_sources, Sources, Want};

use QuoteKind::{Indirect, Partial};

#[test]
fn article_sources_name_each_outlet_once_with_its_kind() {
    use SourceKind::*;
    let rows: &[(&str, &str, Sources)] = &[
        (
            "an outlet's name over a time word",
            "Both firms have traded since the 1970s, according to USA Today.",
            &[("USA Today", Media)],
        ),
        (
            "a newspaper ending in Sun, at the end of a sentence",
            "The vote was delayed, according to the Baltimore Sun.",
            &[("Baltimore Sun", Media)],
        ),
        ("a daily is media", "The minister resigned on Monday, The Daily Telegraph reported.", &[("Daily Telegraph", Media)]),
        ("a newspaper phrase is media", "The vote was close, the newspaper Le Monde reported.", &[("Le Monde", Media)]),
        (
            "a news agency phrase is an agency",
            "The vote was close, state news agency Kelpa reported.",
            &[("news agency Kelpa", Agency)],
        ),
        ("a pronoun is no source", "According to him, it was the largest operation in the region.", &[]),
        ("a possessive is no source", "In his view, the doctors at home are as good as any.", &[]),
    ];
    for (name, text, want) in rows {
        check_sources(name, text, want);
    }
}

#[test]
fn the_agent_of_a_passive_cue_speaks() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "the subject before a perfect's auxiliaries",
            "Moreno has been described by the Daily Hive as a \"squirrel whisperer\", for her bond with the animals.",
            &[("Moreno", Indirect, Some("the Daily Hive"), Some("described by"))],
        ),
        (
            "a common noun agent before a quotation",
            "The plan was described by the minister as a \"historic step\" for the region.",
            &[("historic step", Partial, Some("the minister"), Some("described"))],
        ),
        (
            "a name agent before a quotation",
            "The plan was described by Ana Silva as a \"historic step\" for the region.",
            &[("historic step", Partial, Some("Ana Silva"), Some("described"))],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}
