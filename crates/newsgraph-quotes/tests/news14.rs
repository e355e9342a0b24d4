//! Session 14 (helper): constructions found wrong on real news, one table row each: the text,
//! then the quotes expected as (content, kind, speaker text, cue text). Sentences written for
//! these tests.

use newsgraph_core::model::{ActorKind, ActorMention, QuoteKind};

mod common;
use common::{check, got, run, run_with, Want};

use QuoteKind::{Direct, Indirect};

#[test]
fn session_14_real_news_table() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "a possessive subject after a subordinator",
            "If your neighbour says, \"The water is safe,\" ask to see the test.",
            &[("The water is safe", Direct, Some("your neighbour"), Some("says"))],
        ),
        (
            "a restrictive relative clause with a cue inside the subject",
            "The lawyers who argued the appeal said the ruling was unfair.",
            &[("the ruling was unfair", Indirect, Some("The lawyers"), Some("said"))],
        ),
        (
            "a two-word cue inside a relative clause in the subject",
            "Delegates who voted against the motion said it would raise fees.",
            &[("it would raise fees", Indirect, Some("Delegates"), Some("said"))],
        ),
        (
            "a cue word after a possessive and own is a noun",
            "At her own request, the minister said she would leave office in June.",
            &[("she would leave office in June", Indirect, Some("the minister"), Some("said"))],
        ),
        (
            "a participle reducing a relative clause in an opening phrase",
            "For reasons further stated below, the tribunal said the claim must fail.",
            &[("the claim must fail", Indirect, Some("the tribunal"), Some("said"))],
        ),
        (
            "an object after a verb is no inverted speaker (appositive subject)",
            "The current president of the republic, Hanna Oduya, expressed her sadness at the news.",
            &[("her sadness at the news", Indirect, Some("Hanna Oduya"), Some("expressed"))],
        ),
        (
            "an object phrase naming no one after a stance verb",
            "The governor of the province, Marta Quispe, declared a state of emergency.",
            &[("a state of emergency", Indirect, Some("Marta Quispe"), Some("declared"))],
        ),
        (
            "a clause after said is no inverted speaker",
            "In a radio interview, Dr Carl Ortega, a retail expert from Lyon University, said the stores refill the shelves every night.",
            &[("the stores refill the shelves every night", Indirect, Some("Dr Carl Ortega"), Some("said"))],
        ),
        (
            "an inverted frame with a role noun is still read",
            "The bridge will stay closed until spring, said the mayor.",
            &[("The bridge will stay closed until spring", Indirect, Some("the mayor"), Some("said"))],
        ),
        (
            "an inverted frame with a document is still read",
            "The findings are preliminary, reads the statement.",
            &[("The findings are preliminary", Indirect, Some("the statement"), Some("reads"))],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}

#[test]
fn session_14_no_speaker_from_a_manner_or_a_reason() {
    // None of these names who spoke: a participle is never an inverted cue ("citing X" gives
    // the reason), and "by" before a gerund or a time is no agent.
    let rows = [
        "In Lyon, which was due to vote on Sunday, Mayor Ana Ruiz postponed it, citing the storm.",
        "The schedule was decided by voting in the spring.",
        "Some residents responded by throwing stones at the van.",
        "The utility estimated by 9 pm, there would be enough pressure in the pipes.",
    ];
    for text in rows {
        let rec = run(text);
        for q in &rec.quotes {
            let sp = q.speaker.as_ref().map(|s| s.text.as_str()).unwrap_or("");
            assert!(!matches!(sp, "the storm" | "voting" | "throwing stones" | "9 pm"), "{text}: {:?}", got(&rec));
        }
    }
}

fn mention(text: &str, body: &str, kind: ActorKind, name: &str) -> ActorMention {
    let start = body.find(text).expect("mention in text");
    common::mention_at(body, start, text.len(), kind, name, None)
}

#[test]
fn a_person_of_a_place_is_the_person() {
    // "Businessman Don Ortega of West Virginia": the state says where he is from; the speaker
    // is Ortega.
    let text = "Businessman Don Ortega of West Virginia said he would run again.";
    let actors = vec![
        mention("Don Ortega", text, ActorKind::Person, "Don Ortega"),
        mention("West Virginia", text, ActorKind::Region, "West Virginia"),
    ];
    let rec = run_with(text, actors);
    let sp = rec.quotes[0].speaker.as_ref().expect("a speaker");
    assert_eq!(sp.text, "Businessman Don Ortega of West Virginia");
    assert_eq!(sp.name.as_deref(), Some("Don Ortega"), "{sp:?}");

    // "President Ana Ruiz of Peru" too (a country).
    let text = "President Ana Ruiz of Peru said the border would reopen.";
    let actors =
        vec![mention("Ana Ruiz", text, ActorKind::Person, "Ana Ruiz"), mention("Peru", text, ActorKind::Country, "Peru")];
    let rec = run_with(text, actors);
    let sp = rec.quotes[0].speaker.as_ref().expect("a speaker");
    assert_eq!(sp.name.as_deref(), Some("Ana Ruiz"), "{sp:?}");

    // With no person or organisation before it, the place stays the speaker's name
    // ("Officials of Peru").
    let text = "Officials of Peru said the border would reopen.";
    let rec = run_with(text, vec![mention("Peru", text, ActorKind::Country, "Peru")]);
    let sp = rec.quotes[0].speaker.as_ref().expect("a speaker");
    assert_eq!(sp.name.as_deref(), Some("Peru"), "{sp:?}");
}

#[test]
fn a_question_reports_no_statement() {
    // An auxiliary or modal before the subject in a sentence ending with a question mark (an
    // interviewer's question) asks; it reports nothing.
    for text in [
        "Why do you think the harvest failed this year?",
        "Did they say anything about the fire?",
        "Could you tell us more about the new vaccine?",
        "Had the league ever warned you about the rule?",
    ] {
        let rec = run(text);
        assert!(rec.quotes.is_empty(), "{text}: {:?}", got(&rec));
    }
    // A statement with a question mark but no inversion is still read.
    check(
        "a declarative sentence ending with a question mark",
        "She said the bridge would reopen in May, but when?",
        &[("the bridge would reopen in May, but when", Indirect, Some("She"), Some("said"))],
    );
}

#[test]
fn a_discourse_marker_or_hedge_reports_no_thought() {
    // A parenthetical "you know," / "you see," inside the sentence, and "as far as I know," /
    // "as we know it,": the words after the comma are the speaker's own, not what anyone knows.
    for text in [
        "At the end of the season, you know, some players are simply tired.",
        "The farm was small and you know, there was never enough water for the goats.",
        "Because, you see, the old bridge had been closed for years.",
        "As far as I know, there is no other road into the valley.",
        "As we know it, the old market was never rebuilt after the flood.",
    ] {
        let rec = run(text);
        assert!(rec.quotes.is_empty(), "{text}: {:?}", got(&rec));
    }
    // A knowing subject with a clause is still read, and so is an opening "You know, …".
    check(
        "a thought cue with a clause",
        "The farmers know the river will flood again this spring.",
        &[("the river will flood again this spring", Indirect, Some("The farmers"), Some("know"))],
    );
    check(
        "an opening you know",
        "You know, the river will flood again this spring.",
        &[("the river will flood again this spring", Indirect, Some("You"), Some("know"))],
    );
}

#[test]
fn an_opening_time_phrase_before_a_medial_according_to_is_no_quote_of_its_own() {
    // The phrase before a medial "according to X," is a time or place phrase, not a subject: one
    // quote, running from it over the frame, not the phrase alone as a second quote.
    check(
        "an opening time phrase",
        "Before the pandemic, according to the health agency, the crisis killed 400 people in the province.",
        &[(
            "Before the pandemic, according to the health agency, the crisis killed 400 people in the province",
            Indirect,
            Some("the health agency"),
            Some("according to"),
        )],
    );
    check(
        "an opening year",
        "In 2019, according to the ministry, exports fell by a third.",
        &[("In 2019, according to the ministry, exports fell by a third", Indirect, Some("the ministry"), Some("according to"))],
    );
}
