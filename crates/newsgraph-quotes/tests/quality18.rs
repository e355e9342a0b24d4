//! Session 18 (helper): "called" (or "dubbed") naming what comes before it is no speech. One
//! table row each: the text, then the quotes expected as (content, kind, speaker text, cue
//! text). Sentences written for these tests.

use newsgraph_core::model::QuoteKind;

mod common;
use common::{check, Want};

use QuoteKind::{Indirect, Partial};

#[test]
fn a_naming_is_no_statement() {
    let rows: &[(&str, &str, &[Want])] = &[
        ("a name after a noun", "The crew pretended to work on a film called Harbour Lights.", &[]),
        ("a determiner's name", "The valley is home to a small deer called the pudu and a fox called the culpeo.", &[]),
        ("a lower-case term", "She then cut the genes into small circular rings called plasmids, which she grew in yeast.", &[]),
        ("a name, then an apposition", "He joined a lab at three colleges called BirdNet, a bird-song archive, in May.", &[]),
        ("the name ends at a preposition", "The sugars are split into smaller units called monomers by using an enzyme.", &[]),
        ("a quoted title", "Her stage name came from a song called \"Rain on Monday,\" which she loved.", &[]),
        ("a quoted title after dubbed", "The navy began a programme dubbed \"Blue Shield 2030\" in 2019.", &[]),
        ("a passive over an adverb", "The lungfish is sometimes called a living fossil because it has changed little.", &[]),
        ("a passive of a quoted term", "Instead, they are called \"island nationals\" on their passports.", &[]),
        ("an appositive", "He was freed on licence, also called parole, and lives in Leeds.", &[]),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}

#[test]
fn calling_something_something_stays_speech() {
    // Guards: a second complement after the object (a determiner or a quotation mark), a
    // pronoun object, a role noun before the cue, an object relative, a quotation mark after a
    // preposition, and a particle.
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "a determiner's second complement",
            "After the vote, the president called the claim a distraction.",
            &[("the claim a distraction", Indirect, Some("the president"), Some("called"))],
        ),
        (
            "a quoted second complement",
            "Weeks later the campaign called the story \"completely false.\"",
            &[("completely false.", Partial, Some("the campaign"), Some("called"))],
        ),
        (
            "a pronoun object",
            "In a letter, two former judges called it a grave mistake.",
            &[("it a grave mistake", Indirect, Some("two former judges"), Some("called"))],
        ),
        (
            "a role noun, no mark",
            "On Monday, opposition lawmakers called the budget reckless.",
            &[("the budget reckless", Indirect, Some("opposition lawmakers"), Some("called"))],
        ),
        (
            "an object relative",
            "The decision drew what the local paper called \"a storm of anger\" from residents.",
            &[("a storm of anger", Partial, Some("the local paper"), Some("called"))],
        ),
        (
            "a quoted complement after a preposition",
            "On Friday the old farmer called traders from the city \"thieves\" on air.",
            &[("traders from the city \"thieves\" on air", Indirect, Some("the old farmer"), Some("called"))],
        ),
        (
            "called for",
            "In the capital, thousands of students called for new elections.",
            &[("new elections", Indirect, Some("thousands of students"), Some("called for"))],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}

#[test]
fn a_cue_word_used_for_an_act_is_no_statement() {
    let rows: &[(&str, &str, &[Want])] = &[
        ("responded by and a gerund", "Some fans responded by throwing bottles onto the pitch.", &[]),
        ("contended for", "The senator contended for her party's nomination last year.", &[]),
        ("appealed a decision", "The club's lawyers appealed the ruling to the High Court on Friday.", &[]),
        ("an offer of money", "The businessman offered $2 million to the winner of the race.", &[]),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}

#[test]
fn the_same_words_as_speech_stay() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "appealed for",
            "The mayor appealed for calm after the riots.",
            &[("calm after the riots", Indirect, Some("The mayor"), Some("appealed for"))],
        ),
        (
            "responded that",
            "The minister responded that the plan was already funded.",
            &[("that the plan was already funded", Indirect, Some("The minister"), Some("responded"))],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}
