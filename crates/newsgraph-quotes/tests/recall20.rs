//! Session 20 (recall): listed cues that took the wrong clause, and a name before a colon. One
//! row per construction: the text, then the quotes expected as (content, kind, speaker text,
//! cue text). Sentences written for these tests.

use newsgraph_core::model::QuoteKind;

mod common;
use common::{check, Want};

use QuoteKind::{Direct, Indirect, Mixed};

/// After an infinitive ("told residents to stay home", "pledged to stay"), a later "that" is
/// not the cue's clause: the content starts at "to".
#[test]
fn infinitive_table() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "\"so that\" after the infinitive",
            "The mayor told residents to stay home so that the roads could be cleared.",
            &[("to stay home so that the roads could be cleared", Indirect, Some("The mayor"), Some("told"))],
        ),
        (
            "an addressee, then the infinitive",
            "The governor urged lawmakers to pass the budget so that schools could open on time.",
            &[("to pass the budget so that schools could open on time", Indirect, Some("The governor"), Some("urged"))],
        ),
        (
            "a demonstrative \"that\" in the infinitive's phrase",
            "The coach has pledged to stay with the team through that season.",
            &[("to stay with the team through that season", Indirect, Some("The coach"), Some("pledged"))],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}

/// What the infinitive rule leaves alone: "to" before a noun phrase, and an infinitive that is
/// a cue itself.
#[test]
fn infinitive_not_table() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "\"said to reporters … that\"",
            "The mayor said to reporters on Tuesday that the roads were clear.",
            &[("that the roads were clear", Indirect, Some("The mayor"), Some("said"))],
        ),
        (
            "an infinitive that is a cue",
            "The chairman continued to insist that the vote had been fair.",
            &[("that the vote had been fair", Indirect, Some("The chairman"), Some("continued"))],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}

/// A quotation inside a clause, then a comma and a cue with a clause of its own: the cue
/// reports its clause, and the first content ends at the quotation's closing mark.
#[test]
fn own_clause_after_quotation_table() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "a pronoun and a modal after the cue",
            "Although the senator admitted to reporters that the bill had “serious flaws,” she argued it should still pass.",
            &[
                ("that the bill had “serious flaws", Mixed, Some("the senator"), Some("admitted")),
                ("it should still pass", Indirect, Some("she"), Some("argued")),
            ],
        ),
        (
            "the first content keeps the closing mark",
            "The mayor conceded that the roads had “not been ready,” he claimed they were clear now.",
            &[
                ("that the roads had “not been ready,”", Mixed, Some("The mayor"), Some("conceded")),
                ("they were clear now", Indirect, Some("he"), Some("claimed")),
            ],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}

/// A closing frame with no clause after its cue still frames the quotation.
#[test]
fn own_clause_not_table() {
    let rows: &[(&str, &str, &[Want])] = &[
        ("a plain closing frame", "“We will win,” she said.", &[("We will win", Direct, Some("she"), Some("said"))]),
        (
            "a time adjunct after the cue",
            "“The plan is a disaster,” he said on Monday.",
            &[("The plan is a disaster", Direct, Some("he"), Some("said"))],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}

/// A name and a colon before a quotation, after another sentence of the paragraph or after a
/// dash (the headline rule reads only a paragraph's start).
#[test]
fn name_colon_table() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "a transcript's second turn",
            "The debate went on.\n\nAnna Lopez spoke first. Then came the reply. Lopez: “We will not give up the fight.”",
            &[("We will not give up the fight.", Direct, Some("Lopez"), Some(":"))],
        ),
        (
            "a full name after a dash",
            "The debate went on.\n\nPolls are tightening - Mark Chen: “Nobody can call this race yet.”",
            &[("Nobody can call this race yet.", Direct, Some("Mark Chen"), Some(":"))],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}

/// What the colon rule leaves alone: a capitalised label, and one word never met as a name.
#[test]
fn name_colon_not_table() {
    let rows: &[(&str, &str, &[Want])] = &[
        ("a label", "The debate went on.\n\nThe count is in. Result: “Nobody won the race at all.”", &[]),
        (
            "a one-word name not met before",
            "The debate went on.\n\nThe vote is over. Smith: “We won the race fair and square.”",
            &[],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}
