//! Session 18 (lead): reported speech after a verb of telling with no "that", whose addressee
//! ran on into the reported clause's subject. One table row each: the text, then the quotes
//! expected as (content, kind, speaker text, cue text). Sentences written for these tests.

use newsgraph_core::model::QuoteKind;

mod common;
use common::{check, Want};

use QuoteKind::Indirect;

#[test]
fn the_reported_clause_keeps_its_subject_after_the_addressee() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "a name, then a number's noun phrase",
            "Jana Novak, a spokeswoman for the fire service, told the Associated Press four victims were from one family.",
            &[("four victims were from one family", Indirect, Some("Jana Novak"), Some("told"))],
        ),
        (
            "a name, then a determiner's noun phrase",
            "Governor Ana Reyes told CNN Philippines the towns damaged were mostly in the north.",
            &[("the towns damaged were mostly in the north", Indirect, Some("Governor Ana Reyes"), Some("told"))],
        ),
        (
            "a hyphenated agency name",
            "A police spokesman told Agence France-Presse the driver is in intensive care.",
            &[("the driver is in intensive care", Indirect, Some("A police spokesman"), Some("told"))],
        ),
        (
            "a lower-case addressee, then a name",
            "The mayor told local media Kowalski's heart was restarted by doctors.",
            &[("Kowalski's heart was restarted by doctors", Indirect, Some("The mayor"), Some("told"))],
        ),
        (
            "a name, then plain plural words",
            "A port official told The Coastal Post radio warnings were sent to fishing boats.",
            &[("radio warnings were sent to fishing boats", Indirect, Some("A port official"), Some("told"))],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}

#[test]
fn an_addressee_that_nothing_splits_is_left_alone() {
    // Guards: a "that" clause, an addressee the cue already holds ("told reporters"), and a
    // noun phrase with no mark of where the addressee ends.
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "a that clause",
            "The minister told the BBC that the talks had failed.",
            &[("that the talks had failed", Indirect, Some("The minister"), Some("told the BBC"))],
        ),
        (
            "told reporters",
            "The minister told reporters the budget was balanced.",
            &[("the budget was balanced", Indirect, Some("The minister"), Some("told reporters"))],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}

#[test]
fn a_cue_word_used_as_a_noun_is_no_verb() {
    // Each text has one statement read right (the guard that the sentence is read at all) and
    // a cue word used as a noun, which gave a quote whose "speaker" was a determiner or a
    // preposition's phrase.
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "after a negative determiner",
            "No claims of responsibility were made on Monday, but the police said they had a suspect.",
            &[("they had a suspect", Indirect, Some("the police"), Some("said"))],
        ),
        (
            "after a number, before of",
            "It was one of the five demands of the strikers, who have marched since June. The union said the talks would resume.",
            &[("the talks would resume", Indirect, Some("The union"), Some("said"))],
        ),
        (
            "after a preposition",
            "The president won, but amid reports of violence and fraud, observers stayed away. The mayor said the count was fair.",
            &[("the count was fair", Indirect, Some("The mayor"), Some("said"))],
        ),
        (
            "a plural noun before its verb",
            "The initial reports were of drone attacks, but the ministry said missiles were used.",
            &[("missiles were used", Indirect, Some("the ministry"), Some("said"))],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}

#[test]
fn a_verb_cue_in_an_object_relative_is_still_a_verb() {
    // Guards: "-s" verbs before a modal or "were" in an object relative, quantifier subjects.
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "an object relative",
            "Golf courses face a slump that the foundation predicts will last for years.",
            &[("that the foundation predicts will last for years", Indirect, Some("the foundation"), Some("predicts"))],
        ),
        (
            "a quantifier subject",
            "The miners met the owners on Monday. All said the mine was unsafe.",
            &[("the mine was unsafe", Indirect, Some("All"), Some("said"))],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}
