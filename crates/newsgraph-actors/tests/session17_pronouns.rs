//! Session 17: which of two people a "he"/"she" means. The subject of a clause, not a name
//! aside: in an opening subordinate clause, a possessive, a prepositional object. Small
//! articles written here.

mod common;
use newsgraph_core::model::{ActorKind, ActorMention};

use common::run;

/// The person the `nth` (from 0) mention whose text is `text` names.
fn named<'m>(ms: &'m [ActorMention], text: &str, nth: usize) -> Option<&'m str> {
    ms.iter().filter(|m| m.text == text && m.kind == ActorKind::Person).nth(nth).and_then(|m| m.name.as_deref())
}

/// Runs each (article, pronoun, which of its mentions, the person it should name) case over
/// the built-in dictionaries.
fn check(cases: &[(&str, &str, usize, &str)]) {
    let s = common::builtin();
    for &(text, pronoun, nth, want) in cases {
        let ms = run(&s, text);
        assert_eq!(named(&ms, pronoun, nth), Some(want), "{text}\n{ms:#?}");
    }
}

#[test]
fn a_pronoun_means_the_subject_not_a_name_aside() {
    // (article, the pronoun's text, which of its mentions, the person it should name)
    let cases: &[(&str, &str, usize, &str)] = &[
        // An opening subordinate clause: its subject is not the main clause's.
        (
            "When Senator Thomas Reyes resigned in 1995, David Okafor joined the race to replace him. \
             He went on to serve for twenty years.",
            "He",
            0,
            "David Okafor",
        ),
        // A possessive and a prepositional object are no subjects.
        ("As Thomas Reyes's deputy, David Okafor ran the office for a decade. He retired in May.", "He", 0, "David Okafor"),
        (
            "Prime Minister Anna Kowalski met with President Maria Lopez on Tuesday. She denounced the border deal.",
            "She",
            0,
            "Anna Kowalski",
        ),
        // "According to X" names the speaker.
        (
            "According to Paul Meyer, the plan that John Ross wrote will fail. He spoke to reporters in Berlin.",
            "He",
            0,
            "Paul Meyer",
        ),
        // In the pronoun's own sentence, the subject nearest before it.
        (
            "Peter Hall met John Ross on Monday. Hall criticised Ross, and Ross replied that he had done nothing wrong.",
            "he",
            0,
            "John Ross",
        ),
    ];
    check(cases);
}

#[test]
fn a_kinship_word_before_a_name_gives_its_gender() {
    // (article, the pronoun's text, which of its mentions, the person it should name)
    let cases: &[(&str, &str, usize, &str)] = &[
        ("Gloria Okonjo was born in 1924. Her father, Reginald Okonjo, died when she was one.", "she", 0, "Gloria Okonjo"),
        (
            "Tony Brandt worked for the agency for decades. His wife Jonna Brandt said he could pass for anyone.",
            "he",
            0,
            "Tony Brandt",
        ),
    ];
    check(cases);
}

#[test]
fn a_speaker_pronoun_after_a_reported_clause_means_the_first_speaker() {
    // Session 18: "He said Zelensky is …; …, he added": the pronoun that speaks again is the
    // first speaker, not the subject of the clause he reported. A pronoun inside a reported
    // clause keeps that clause's subject.
    let cases: &[(&str, &str, usize, &str)] = &[
        (
            "Mark Dale resigned on Friday. He said Peter Holm is \"an honest man\"; however, \"I had to go\", he added.",
            "he",
            0,
            "Mark Dale",
        ),
        ("Former adviser Mark Dale predicted Peter Holm would run again if he lost the vote.", "he", 0, "Peter Holm"),
    ];
    check(cases);
}
