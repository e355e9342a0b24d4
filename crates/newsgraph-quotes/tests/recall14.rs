//! Session 14 (recall): constructions whose attribution the reported-speech pass missed or
//! read with the wrong content. One row per construction: the text, then the quotes expected
//! as (content, kind, speaker text, cue text). Sentences written for these tests.

use newsgraph_core::model::QuoteKind;

mod common;
use common::{check, Want};

use QuoteKind::Indirect;

#[test]
fn object_relative_clause_table() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "\"which\" with a pronoun subject: the clause, not the words after it",
            "The mayor turned against the port deal, which he once supported, and backed the new levy.",
            &[("which he once supported", Indirect, Some("he"), Some("supported"))],
        ),
        (
            "\"which\" with a name and a quoted complement",
            "The fishing treaty, which Ruiz had called a \"disaster\", was renewed on Monday.",
            &[("which Ruiz had called a \"disaster\"", Indirect, Some("Ruiz"), Some("called"))],
        ),
        (
            "\"whom\" with \"described as\"",
            "Police escorted the marchers, whom the chief described as peaceful, to the square.",
            &[("whom the chief described as peaceful", Indirect, Some("the chief"), Some("described as"))],
        ),
        (
            "\"something\" after a comma with a speech verb and a clause",
            "The council could close the gap by June, something union leaders argue is possible.",
            &[("something union leaders argue is possible", Indirect, Some("union leaders"), Some("argue"))],
        ),
        (
            "\"that\" before a clause that lacks its subject",
            "The strike, a walkout that company managers said could cut profits, ended on Friday.",
            &[("that company managers said could cut profits", Indirect, Some("company managers"), Some("said"))],
        ),
        (
            "a main clause after the relative one opens with a subject and is read",
            "The plan, which he once praised, collapsed, but the minister said talks would resume.",
            &[
                ("which he once praised", Indirect, Some("he"), Some("praised")),
                ("talks would resume", Indirect, Some("the minister"), Some("said")),
            ],
        ),
        (
            "a subject phrase with a prepositional phrase",
            "The vote hurt Ana Ruiz, who many in the party leadership had backed in the hope of a deal.",
            &[(
                "who many in the party leadership had backed in the hope of a deal",
                Indirect,
                Some("many in the party leadership"),
                Some("backed"),
            )],
        ),
        (
            "the clause ends before \"according to\"",
            "The minister resigned, which the premier accepted according to a statement on Monday.",
            &[("which the premier accepted", Indirect, Some("the premier"), Some("accepted"))],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}

#[test]
fn not_object_relative_table() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "\"that\" opening a verb's clause stays the complementizer",
            "Ruiz said that he supported the levy.",
            &[("that he supported the levy", Indirect, Some("Ruiz"), Some("said"))],
        ),
        ("\"that\" with a bare object gap is no statement", "It was the fourth night in a row that students protested.", &[]),
        ("a generic \"you\" is nobody", "The trains, which you see on the platform, run every hour.", &[]),
        (
            "a passive inside the clause has no speaker (the evidential reading, as before)",
            "The bill, which the Senate is expected to pass next week, cuts taxes.",
            &[("the Senate is expected to pass next week, cuts taxes", Indirect, None, Some("is expected"))],
        ),
        (
            "a capitalised \"Who\" is a name",
            "The firm Who Cares said on Monday it had run out of stock.",
            &[("it had run out of stock", Indirect, Some("Cares"), Some("said"))],
        ),
        (
            "a relative after a preposition is left alone (read as before)",
            "The report, in which he said the mine was safe, was published.",
            &[("the mine was safe, was published", Indirect, Some("he"), Some("said"))],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}

#[test]
fn gerund_adjunct_table() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "\"by\" and a gerund cue: a second statement of the same subject",
            "The minister defended the curfew by citing a survey of shop owners.",
            &[
                ("the curfew", Indirect, Some("The minister"), Some("defended")),
                ("a survey of shop owners", Indirect, Some("The minister"), Some("citing")),
            ],
        ),
        (
            "\"before\" and a gerund cue",
            "Ruiz had endorsed Lopez and Park before backing Chen.",
            &[("Lopez and Park", Indirect, Some("Ruiz"), Some("endorsed")), ("Chen", Indirect, Some("Ruiz"), Some("backing"))],
        ),
        (
            "the gerund's subject is the clause's subject, not the phrase before \"by\"",
            "Okafor surprised the council by declaring he would not run again.",
            &[("he would not run again", Indirect, Some("Okafor"), Some("declaring"))],
        ),
        (
            "a speech verb's clause keeps its gerund (the inner subject's)",
            "Ruiz said he won the seat by attacking the mayor.",
            &[("he won the seat by attacking the mayor", Indirect, Some("Ruiz"), Some("said"))],
        ),
        (
            "perception is no statement",
            "The mayor praised the crews after seeing the flood damage.",
            &[("the crews after seeing the flood damage", Indirect, Some("The mayor"), Some("praised"))],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}
