//! Session 19 (helper): one content span holding two attributions. One row per construction:
//! the text, then the quotes expected as (content, kind, speaker text, cue text). Sentences
//! written for these tests.

use newsgraph_core::model::QuoteKind;

mod common;
use common::{check, Want};

use QuoteKind::Indirect;

/// A verb after "and" whose cue is a thought or intention cue ("refused to", "offered to",
/// "warn that") is the same speaker's second statement: the first content ends before "and".
#[test]
fn and_thought_second_table() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "an object, then \"and refused to\"",
            "Mayor Jane Smith questioned the council's commitment to reform and refused to back the new budget plan.",
            &[
                ("the council's commitment to reform", Indirect, Some("Mayor Jane Smith"), Some("questioned")),
                ("to back the new budget plan", Indirect, Some("Mayor Jane Smith"), Some("refused")),
            ],
        ),
        (
            "an object, then \"and offered to\"",
            "The governor praised the firefighters' quick response and offered to put them in charge of the recovery effort.",
            &[
                ("the firefighters' quick response", Indirect, Some("The governor"), Some("praised")),
                ("to put them in charge of the recovery effort", Indirect, Some("The governor"), Some("offered")),
            ],
        ),
        (
            "a clause, then \", and warn that\"",
            "Critics fear that the city has already missed its chance, and warn that relying on tourism is not a workable strategy.",
            &[
                ("that the city has already missed its chance", Indirect, Some("Critics"), Some("fear")),
                ("relying on tourism is not a workable strategy", Indirect, Some("Critics"), Some("warn")),
            ],
        ),
        (
            "an object, then \", and planned to\"",
            "The school praised the volunteers, and planned to honor them at the spring fair.",
            &[
                ("the volunteers", Indirect, Some("The school"), Some("praised")),
                ("to honor them at the spring fair", Indirect, Some("The school"), Some("planned")),
            ],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}

/// What the "and" rule leaves alone: a clause's own coordinated verb.
#[test]
fn and_thought_second_not_table() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "a clause, then a bare \"and wanted\" (the inner subject's)",
            "The actress said she was tired of the old parties and wanted a candidate without corporate money.",
            &[(
                "she was tired of the old parties and wanted a candidate without corporate money",
                Indirect,
                Some("The actress"),
                Some("said"),
            )],
        ),
        (
            "\", and learned\" closing a list of the inner subject's verbs",
            "Officials said a ranger saw the hunters near the river, decided to question them, and learned they had set the trap.",
            &[(
                "a ranger saw the hunters near the river, decided to question them, and learned they had set the trap",
                Indirect,
                Some("Officials"),
                Some("said"),
            )],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}

/// A later clause with its own subject and cue ends the content: "even" before the
/// subordinator is not content, and ", whereas" opens a contrast as ", while" does.
#[test]
fn clause_boundary_table() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "\", even as\"",
            "The mayor said he will support the final budget, even as he has criticized the council's spending plans.",
            &[
                ("he will support the final budget", Indirect, Some("The mayor"), Some("said")),
                ("the council's spending plans", Indirect, Some("he"), Some("criticized")),
            ],
        ),
        (
            "\", whereas\"",
            "The coach said the team would win easily, whereas the owner said the season was already lost.",
            &[
                ("the team would win easily", Indirect, Some("The coach"), Some("said")),
                ("the season was already lost", Indirect, Some("the owner"), Some("said")),
            ],
        ),
    ];
    for (name, text, want) in rows {
        check(name, text, want);
    }
}
