//! Session 17 (helper): wrong speakers found on real news, one table row each: the text, then
//! the quotes expected as (content, kind, speaker text, cue text). Sentences written for these
//! tests.

use newsgraph_core::model::{ActorKind, ActorMention, QuoteKind};

mod common;
use common::{check, got, mention_at, run_with, Want};

use QuoteKind::{Direct, Indirect};

#[test]
fn a_frame_that_opens_the_next_quotation_is_not_the_first_ones() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "two framed quotations in a row",
            "Cardinal Marc Ouellet said, \"Priests must follow strict rules.\" Archbishop Charles Scicluna said, \"Bishops are not exempt.\"",
            &[
                ("Priests must follow strict rules.", Direct, Some("Cardinal Marc Ouellet"), Some("said")),
                ("Bishops are not exempt.", Direct, Some("Archbishop Charles Scicluna"), Some("said")),
            ],
        ),
        (
            "a question, then a pronoun's frame",
            "The coach said, \"Why should we wait?\" She then stated, \"We play on Sunday.\"",
            &[
                ("Why should we wait?", Direct, Some("The coach"), Some("said")),
                ("We play on Sunday.", Direct, Some("She"), Some("stated")),
            ],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}

#[test]
fn a_medial_frame_still_frames_both_pieces() {
    // Guards (right before this session too): a quotation ending in a comma, or a quotation
    // with no frame of its own, takes the frame after it.
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "a medial frame",
            "\"Priests must follow strict rules,\" Archbishop Charles Scicluna said, \"and bishops too.\"",
            &[("Priests must follow strict rules and bishops too.", Direct, Some("Archbishop Charles Scicluna"), Some("said"))],
        ),
        (
            "a colon frame",
            "The minister said, \"Why should we wait?\" Her deputy said: \"We should not.\"",
            &[
                ("Why should we wait?", Direct, Some("The minister"), Some("said")),
                ("We should not.", Direct, Some("Her deputy"), Some("said")),
            ],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}

#[test]
fn the_subject_of_a_passive_speech_verb_is_no_speaker() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "a passive coordinated with another verb",
            "The driver, a local man, was taken to hospital and is reported to be in a stable condition.",
            &[(
                "The driver, a local man, was taken to hospital and is reported to be in a stable condition",
                Indirect,
                None,
                Some("is reported"),
            )],
        ),
        ("a passive closing a sentence", "As of Monday night, the cause of the blaze had not been officially stated.", &[]),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}

#[test]
fn a_passive_next_to_its_subject_keeps_its_reading() {
    // Guards (right before this session too).
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "an adverb between subject and passive",
            "Adamowicz subsequently was announced to have died.",
            &[("Adamowicz subsequently was announced to have died", Indirect, None, Some("was announced"))],
        ),
        (
            "an auxiliary between subject and passive",
            "He has been alleged to have taken bribes.",
            &[("He has been alleged to have taken bribes", Indirect, None, Some("been alleged"))],
        ),
        (
            "a closing frame in the active",
            "The bridge will reopen in May, the mayor said.",
            &[("The bridge will reopen in May", Indirect, Some("the mayor"), Some("said"))],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}

#[test]
fn a_common_noun_speaker_takes_the_person_named_in_its_appositive() {
    // Each text is given the person mentions the actors stage finds for it.
    let rows: &[(&str, &str, &str)] = &[
        ("\"It is very hard for me,\" said his father, Abdullah Kurdi, after the ceremony.", "Abdullah Kurdi", "his father"),
        ("Shapiro's widow, former tennis player Pam Shriver, said her husband never met him.", "Pam Shriver", "Shapiro's widow"),
        (
            "It is not for the Court to decide, argued the government's lawyer, Richard Keen.",
            "Richard Keen",
            "the government's lawyer",
        ),
    ];
    for (text, name, speaker) in rows {
        let rec = run_with(text, vec![person(text, name)]);
        let sp = rec.quotes.first().and_then(|q| q.speaker.as_ref());
        assert_eq!(sp.map(|s| s.text.as_str()), Some(*speaker), "{text}: {:?}", got(&rec));
        assert_eq!(sp.and_then(|s| s.name.as_deref()), Some(*name), "{text}: {:?}", got(&rec));
    }
}

#[test]
fn a_subset_or_example_is_no_appositive() {
    // Guard (right before this session too): "including" names one of many, not the speaker.
    let text = "Many generals, including President Ulysses Grant, believed that the war was lost.";
    let rec = run_with(text, vec![person(text, "Ulysses Grant")]);
    let sp = rec.quotes.first().and_then(|q| q.speaker.as_ref());
    assert_eq!(sp.map(|s| s.text.as_str()), Some("Many generals"), "{:?}", got(&rec));
    assert_eq!(sp.and_then(|s| s.name.as_deref()), None, "{:?}", got(&rec));
}

fn person(text: &str, name: &str) -> ActorMention {
    let start = text.find(name).expect("the name is in the text");
    mention_at(text, start, name.len(), ActorKind::Person, name, None)
}
