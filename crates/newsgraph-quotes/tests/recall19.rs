//! Session 19 (recall): attributions the reported-speech pass missed. One row per
//! construction: the text, then the quotes expected as (content, kind, speaker text, cue text).
//! Sentences written for these tests.

use newsgraph_core::model::QuoteKind;

mod common;
use common::{check, Want};

use QuoteKind::Indirect;

/// A stance adjective and its preposition after a copula ("has been critical of …"): the
/// copula's subject holds the position, the preposition's object is the content.
#[test]
fn stance_adjective_table() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "\"has been critical of\"",
            "The union has been critical of the merger.",
            &[("the merger", Indirect, Some("The union"), Some("been critical of"))],
        ),
        (
            "an adverb before the adjective",
            "The senator is deeply skeptical of the new tariffs.",
            &[("the new tariffs", Indirect, Some("The senator"), Some("is deeply skeptical of"))],
        ),
        (
            "\"remain wary of\"",
            "Residents remain wary of the company's assurances.",
            &[("the company's assurances", Indirect, Some("Residents"), Some("remain wary of"))],
        ),
        (
            "\"was dismissive of\"",
            "The minister was dismissive of the report.",
            &[("the report", Indirect, Some("The minister"), Some("was dismissive of"))],
        ),
        (
            "\"are supportive of\"",
            "Most farmers are supportive of the water plan.",
            &[("the water plan", Indirect, Some("Most farmers"), Some("are supportive of"))],
        ),
        (
            "\"has been outspoken about\"",
            "Ms. Okafor has been outspoken about police funding.",
            &[("police funding", Indirect, Some("Ms. Okafor"), Some("been outspoken about"))],
        ),
        (
            "a name joined by \"and\" stays in the content",
            "The group is critical of the Department of Health and Human Services.",
            &[("the Department of Health and Human Services", Indirect, Some("The group"), Some("is critical of"))],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}

/// What the stance rule leaves alone.
#[test]
fn stance_adjective_not_table() {
    let rows: &[(&str, &str, &[Want])] = &[
        ("no copula: an adjective phrase", "Critics wary of the deal met on Friday.", &[]),
        ("\"it is critical\" has no holder", "It is critical of course to finish the road.", &[]),
        ("\"vocal in\" is not listed", "The birds are most vocal in the morning.", &[]),
        ("a feeling is no position", "Local leaders are optimistic about the harvest.", &[]),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}

/// A message noun of the `[noun]` list carried by a light verb, with no possessor ("raised
/// serious doubts about …"): the verb's subject is the source.
#[test]
fn light_noun_table() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "\"raised serious doubts about\"",
            "The governor raised serious doubts about the merger.",
            &[("the merger", Indirect, Some("The governor"), Some("raised serious doubts about"))],
        ),
        (
            "\"made an impassioned call for\"",
            "The senator made an impassioned call for new elections.",
            &[("new elections", Indirect, Some("The senator"), Some("made an impassioned call for"))],
        ),
        (
            "\"delivered a spirited defense of\"",
            "The mayor delivered a spirited defense of the budget.",
            &[("the budget", Indirect, Some("The mayor"), Some("delivered a spirited defense of"))],
        ),
        (
            "\"offered rare praise for\"",
            "The coach offered rare praise for the referees.",
            &[("the referees", Indirect, Some("The coach"), Some("offered rare praise for"))],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}

/// What the light-noun rule leaves alone.
#[test]
fn light_noun_not_table() {
    let rows: &[(&str, &str, &[Want])] = &[
        ("an armed attack", "Rebels mounted a fresh attack on the town.", &[]),
        ("\"amid mounting questions\"", "Shares fell amid mounting questions about the audit.", &[]),
        ("a decision is no statement", "The board made a quick decision to close the plant.", &[]),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}
