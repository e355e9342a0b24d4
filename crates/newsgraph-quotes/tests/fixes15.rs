//! Session 15 (helper): constructions found wrong on real news, one table row each: the text,
//! then the quotes expected as (content, kind, speaker text, cue text). Sentences written for
//! these tests.

use newsgraph_core::model::QuoteKind;

mod common;
use common::{check, got, run, span_holds, Want};

use QuoteKind::{Direct, Indirect};

#[test]
fn a_quotation_split_by_its_frame_is_one_quote() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "a medial frame in reported speech",
            "The harvest, the farmers said, was the worst in a decade.",
            &[("The harvest was the worst in a decade", Indirect, Some("the farmers"), Some("said"))],
        ),
        (
            "a medial frame between two halves of a quotation",
            "“We will not,” the mayor said, “close the market this winter.”",
            &[("We will not close the market this winter.", Direct, Some("the mayor"), Some("said"))],
        ),
        (
            "a medial according to",
            "The new line, according to the transport agency, will open in May.",
            &[("The new line will open in May", Indirect, Some("the transport agency"), Some("according to"))],
        ),
        (
            "a sentence adverb keeps its comma when the halves are joined",
            "“However,” she said, “the figures are still too thin to judge.”",
            &[("However, the figures are still too thin to judge.", Direct, Some("she"), Some("said"))],
        ),
        (
            "a second half that opens a new sentence stays a quote of its own",
            "“We are ready,” the captain said, adding, “The crew has trained all year.”",
            &[
                ("We are ready", Direct, Some("the captain"), Some("said")),
                ("The crew has trained all year.", Direct, Some("the captain"), Some("said")),
            ],
        ),
        (
            "a quotation after the frame's full stop stays a quote of its own",
            "“We lost the first game,” Okafor said. “we will win the next one.”",
            &[
                ("We lost the first game", Direct, Some("Okafor"), Some("said")),
                ("we will win the next one.", Direct, Some("Okafor"), Some("said")),
            ],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}

#[test]
fn the_joined_quote_spans_both_halves() {
    let text = "The harvest, the farmers said, was the worst in a decade.";
    let rec = run(text);
    assert_eq!(rec.quotes.len(), 1, "{:?}", got(&rec));
    let q = &rec.quotes[0];
    assert_eq!((q.start, q.end), (0, text.find(" in a decade").unwrap() + " in a decade".len()));
    assert!(span_holds(&text[q.start..q.end], &q.text));
    assert!(!q.text.contains("farmers"));
}

#[test]
fn coordinated_institutions_are_not_one_name() {
    let rows: &[(&str, &str)] = &[
        ("Scientists at the University of Bristol and UC Davis said the stripes deter flies.", "University of Bristol"),
        (
            "The Centers for Disease Control and Prevention said the outbreak had slowed.",
            "Centers for Disease Control and Prevention",
        ),
        ("The Department of Health and Human Services said the rule would change.", "Department of Health and Human Services"),
    ];
    for (text, want) in rows {
        let rec = run(text);
        let name = rec.quotes.first().and_then(|q| q.speaker.as_ref()).and_then(|s| s.name.clone());
        assert_eq!(name.as_deref(), Some(*want), "{text}");
    }
}

#[test]
fn an_interview_in_labelled_turns() {
    let text = "Wikinews spoke with the farmer Ana Ruiz about the drought.\n\n\
((WN)) How long has the drought lasted?\n\n\
((Ana Ruiz)) I think it started three years ago. We want rain more than anything.\n\n\
((WN)) What will you do next?\n\n\
((Ana Ruiz)) We know the wells are drying up.\n\n\
So we plan to dig deeper, I believe the council will help.\n\n\
((WN)) Thank you for your time?\n\n\
((Ana Ruiz)) Thank you.\n\n\
Honestly, I think the rain will come back.";
    let rec = run(text);
    let g = got(&rec);
    let want: Vec<(String, QuoteKind, Option<String>, Option<String>)> = [
        "I think it started three years ago. We want rain more than anything.",
        "We know the wells are drying up.\n\nSo we plan to dig deeper, I believe the council will help.",
        "Thank you.",
    ]
    .iter()
    .map(|c| (c.to_string(), Direct, Some("Ana Ruiz".to_string()), Some(")".to_string())))
    .collect();
    // The turns are the interviewee's, one direct quote each (paragraphs with no label
    // continue the turn before them); the interviewer's questions are no quotes; "I think" after
    // the last turn is talk, no statement.
    assert_eq!(g, want, "{text}");

    // Two labelled paragraphs are no interview: the thought cue is read as before.
    let text = "The mayor spoke.\n\n((Note)) Updated on Monday.\n\n((Note)) Corrected on Tuesday.\n\nWe think the bridge will reopen in May.";
    let g = got(&run(text));
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(g[0].2.as_deref(), Some("We"), "{g:?}");
}

#[test]
fn session_15_sampled_real_news_table() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "a participle between a number with a comma and a plural noun is an adjective",
            "The wins left her with a reported total of 1,240 pledged delegates.",
            &[],
        ),
        (
            "an opening time phrase with a parenthesis before a medial frame is no content",
            "At 2:45 a.m. local time (0645 UTC), his office said, he died at the hospital.",
            &[("he died at the hospital", Indirect, Some("his office"), Some("said"))],
        ),
        (
            "a number inside the subject before a speech verb (unchanged)",
            "The 1,240 members reported that the bridge was unsafe.",
            &[("that the bridge was unsafe", Indirect, Some("The 1,240 members"), Some("reported"))],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}
