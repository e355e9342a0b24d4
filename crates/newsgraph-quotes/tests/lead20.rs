//! Session 20 (lead): the outlet before a reporting verb is read whole. Sentences written for
//! these tests.

use newsgraph_core::model::{QuoteKind, SourceKind};

mod common;
use common::{check, check_sources, Sources, Want};

use QuoteKind::{Direct, Indirect};

#[test]
fn an_outlet_before_its_reporting_verb_is_named_whole() {
    use SourceKind::*;
    let rows: &[(&str, &str, Sources)] = &[
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
        check_sources(name, text, want);
    }
}

#[test]
fn a_place_and_its_state_after_according_to_are_the_source() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "a town and its state",
            "According to police in Baytown, Texas, the driver had been stopped twice before.",
            &[("the driver had been stopped twice before", Indirect, Some("police"), Some("According to"))],
        ),
        (
            "a city and its country",
            "According to officials in Lyon, France, the plant will close in May.",
            &[("the plant will close in May", Indirect, Some("officials"), Some("According to"))],
        ),
        (
            "a name after the comma opens the content",
            "According to officials in Kabul, Taliban fighters attacked the post.",
            &[("Taliban fighters attacked the post", Indirect, Some("officials"), Some("According to"))],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}

#[test]
fn continue_as_going_on_is_no_cue() {
    let rows: &[(&str, &str, &[Want])] = &[
        ("a direction", "The storm continued westward on Thursday, toward the coast.", &[]),
        ("a preposition", "Protests over the verdict continued across the country.", &[]),
        (
            "the speech verb after a quotation",
            "\"We will not stop,\" she continued.",
            &[("We will not stop", Direct, Some("she"), Some("continued"))],
        ),
        (
            "an object after a possessive",
            "The senator continued his attacks on the trade deal.",
            &[("his attacks on the trade deal", Indirect, Some("The senator"), Some("continued"))],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}

#[test]
fn a_cue_word_after_a_verb_of_receiving_is_a_noun() {
    let rows: &[(&str, &str, &[Want])] = &[
        ("received praise", "The goalkeeper received near-universal praise for her saves.", &[]),
        ("drew criticism", "The new rules drew sharp criticism from farmers.", &[]),
        ("won praise", "The mayor won praise for the new park.", &[]),
        (
            "the verb itself stays a cue",
            "The coach praised the referees for their calm.",
            &[("the referees for their calm", Indirect, Some("The coach"), Some("praised"))],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}

#[test]
fn an_office_named_with_for_is_part_of_the_speakers_title() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "Representative for a country",
            "At a conference in Riyadh, US Special Representative for Iran Brian Hook said the talks had failed.",
            &[("the talks had failed", Indirect, Some("Special Representative for Iran Brian Hook"), Some("said"))],
        ),
        (
            "Rapporteur on a subject",
            "In Geneva on Monday, UN Special Rapporteur on Torture Alice Edwards said the report was late.",
            &[("the report was late", Indirect, Some("UN Special Rapporteur on Torture Alice Edwards"), Some("said"))],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}
