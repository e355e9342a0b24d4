//! Session 14: statements whose content holds another cue keep one quote (the outer one: the
//! nested-attribution rule was not merged), and a sentence inside parentheses is read. One row
//! per construction: the text, then the quotes
//! expected as (content, speaker text, cue text). Sentences written for these tests.

use newsgraph_core::{segment, Article, Record, Stage};
use newsgraph_quotes::QuoteStage;

type Want<'a> = (&'a str, &'a str, &'a str);

fn run(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let doc = segment::segment(Article::from_body(text.to_string()));
    let mut rec = Record::new(&doc);
    QuoteStage::new().run(&doc, &mut rec);
    for q in &rec.quotes {
        assert_eq!(&rec.body[q.start..q.end], q.text, "span and text agree: {text}");
    }
    rec.quotes
        .iter()
        .map(|q| (q.text.clone(), q.speaker.as_ref().map(|s| s.text.clone()), q.cue.as_ref().map(|c| c.text.clone())))
        .collect()
}

fn check(rows: &[(&str, &str, &[Want])]) {
    for (name, text, want) in rows {
        let w: Vec<_> = want.iter().map(|(c, s, cue)| (c.to_string(), Some(s.to_string()), Some(cue.to_string()))).collect();
        assert_eq!(run(text), w, "{name}: {text}");
    }
}

#[test]
fn not_nested_table() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "passive report with an infinitive",
            "The agency said the attacker is reported to have fled the city.",
            &[("the attacker is reported to have fled the city", "The agency", "said")],
        ),
        (
            "thought verb with an object, not a clause",
            "He said that his brother wants a new car and a boat for the summer.",
            &[("that his brother wants a new car and a boat for the summer", "He", "said")],
        ),
        (
            "first person inside the content: the speaker's own view, no statement of its own",
            "The coach said we believe the team can win the cup this year.",
            &[("we believe the team can win the cup this year", "The coach", "said")],
        ),
        (
            "a subject that names no people",
            "The minister said the blast showed that the old dam could not hold much longer.",
            &[("the blast showed that the old dam could not hold much longer", "The minister", "said")],
        ),
        (
            "a past participle is no clause",
            "The mayor said the council ordered a review of rules adopted under the old charter.",
            &[("the council ordered a review of rules adopted under the old charter", "The mayor", "said")],
        ),
        (
            "a pronoun opening the content is the outer speaker",
            "Harold Mason said he does not believe the effort will fail this year.",
            &[("he does not believe the effort will fail this year", "Harold Mason", "said")],
        ),
        (
            "a relative clause with that is left to the object relatives",
            "The mayor said it was a plan that the council said would cut costs.",
            &[("it was a plan that the council said would cut costs", "The mayor", "said")],
        ),
        (
            "speech verb with a preposition after it",
            "The senator said the minister spoke about the budget at length on Monday.",
            &[("the minister spoke about the budget at length on Monday", "The senator", "said")],
        ),
    ];
    check(rows);
}

#[test]
fn parenthetical_frame_table() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "closing frame inside parentheses",
            "The new rules would cut costs. (The French are big fans of the show, Mr. Madden said.)",
            &[("The French are big fans of the show", "Mr. Madden", "said")],
        ),
        (
            "closing frame inside parentheses, then a sentence",
            "The talks went well. (The deal could be signed next week, a ministry spokesman said.) Markets rose.",
            &[("The deal could be signed next week", "a ministry spokesman", "said")],
        ),
        (
            "opening frame inside parentheses",
            "The talks went well. (The minister said the deal could be signed next week.)",
            &[("the deal could be signed next week", "The minister", "said")],
        ),
    ];
    check(rows);
}
