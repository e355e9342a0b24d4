//! Session 18 (recall): attributions the reported-speech pass missed. One row per
//! construction: the text, then the quotes expected as (content, kind, speaker text, cue text).
//! Sentences written for these tests.

use newsgraph_core::model::QuoteKind;

mod common;
use common::{check, Want};

use QuoteKind::Indirect;

/// "X issued a statement saying …": the "-ing" cue after "a"/"an" and a message noun is a
/// participle (it was read as a noun, "an urgent request", and the sentence gave nothing).
#[test]
fn message_participle_table() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "a statement saying",
            "Police issued a statement saying two men had been arrested.",
            &[("two men had been arrested", Indirect, Some("Police"), Some("saying"))],
        ),
        (
            "a statement confirming that",
            "The mayor's office released a statement confirming that the bridge would reopen.",
            &[("that the bridge would reopen", Indirect, Some("The mayor's office"), Some("confirming"))],
        ),
        (
            "a letter urging",
            "The union sent a letter urging members to reject the offer.",
            &[("members to reject the offer", Indirect, Some("The union"), Some("urging"))],
        ),
        (
            "a report claiming",
            "The group issued a report claiming the river was polluted.",
            &[("the river was polluted", Indirect, Some("The group"), Some("claiming"))],
        ),
        (
            "a warning urging",
            "Health officials issued a warning urging residents to stay indoors.",
            &[("residents to stay indoors", Indirect, Some("Health officials"), Some("urging"))],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}

/// What the message rule leaves alone.
#[test]
fn message_participle_not_table() {
    let rows: &[(&str, &str, &[Want])] = &[
        ("a noun in \"-ing\" after an adjective", "The shop sold a print of an old saying about patience.", &[]),
        ("a message noun with no participle", "The council heard a statement from the mayor.", &[]),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}

/// Cue-list additions (data/attribution-cues.txt, "Session 18"): stance adjectives and verbs
/// before a "that" clause, participles after a comma, base forms with "that".
#[test]
fn new_cues_table() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "a stance adjective before a clause",
            "Local leaders are hopeful that the factory will stay open.",
            &[("that the factory will stay open", Indirect, Some("Local leaders"), Some("are hopeful"))],
        ),
        (
            "\"were optimistic\" before a clause",
            "The senator's advisers were optimistic that he would win in Ohio.",
            &[("that he would win in Ohio", Indirect, Some("The senator's advisers"), Some("were optimistic"))],
        ),
        (
            "\"calculated that\"",
            "The Harbour Group has calculated that the plan would cost $3 billion.",
            &[("the plan would cost $3 billion", Indirect, Some("The Harbour Group"), Some("calculated that"))],
        ),
        (
            "\"projected that\"",
            "A study by the agency projected that sea levels would rise by a metre.",
            &[("sea levels would rise by a metre", Indirect, Some("the agency"), Some("projected that"))],
        ),
        (
            "\"mused that\"",
            "Ruiz mused that the council might never agree.",
            &[("the council might never agree", Indirect, Some("Ruiz"), Some("mused that"))],
        ),
        (
            "a participle after a comma: \"cautioning\"",
            "The economist backed the plan, cautioning that growth would slow.",
            &[
                ("the plan", Indirect, Some("The economist"), Some("backed")),
                ("growth would slow", Indirect, Some("The economist"), Some("cautioning")),
            ],
        ),
        (
            "\"demanding that\" after a comma",
            "Hundreds of workers marched downtown, demanding that the mayor resign.",
            &[("the mayor resign", Indirect, Some("Hundreds of workers"), Some("demanding that"))],
        ),
        (
            "\"raised concerns that\"",
            "The minister raised concerns that taxes would rise.",
            &[("taxes would rise", Indirect, Some("The minister"), Some("raised concerns that"))],
        ),
        (
            "\"alleging\" after a comma",
            "Ruiz sued the company, alleging it had hidden the losses.",
            &[("it had hidden the losses", Indirect, Some("Ruiz"), Some("alleging"))],
        ),
        (
            "\"complaining\" after a comma",
            "Residents met with the mayor, complaining that the buses were late.",
            &[("that the buses were late", Indirect, Some("Residents"), Some("complaining"))],
        ),
        (
            "a base form with \"that\": \"concede that\"",
            "Republican strategists concede that the race will be close.",
            &[("the race will be close", Indirect, Some("Republican strategists"), Some("concede that"))],
        ),
        (
            "a base form with \"that\": \"contend that\"",
            "Critics contend that the law is too broad.",
            &[("the law is too broad", Indirect, Some("Critics"), Some("contend that"))],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}

/// Forms listed only with "that", and adjectives: no statement without the clause.
#[test]
fn new_cues_not_table() {
    let rows: &[(&str, &str, &[Want])] = &[
        ("\"conceding\" an election", "The senator, conceding the race, left the stage.", &[]),
        ("a calculated risk", "The coach took a calculated risk in the final minute.", &[]),
        ("\"testifying\" before a committee", "The chief was testifying before the committee on Tuesday.", &[]),
        ("\"maintaining\" roads", "Crews are maintaining the roads through the winter.", &[]),
        ("\"optimistic about\" is no clause", "Local leaders are optimistic about the harvest.", &[]),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}
