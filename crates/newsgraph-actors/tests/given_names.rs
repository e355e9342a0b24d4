//! The given-name list (`data/given_names.tsv`): its format, the words it must not hold, and
//! people it lets the stage find with no other cue (no title, no verb of saying, no apposition).

mod common;
use newsgraph_actors::ActorStage;
use newsgraph_core::model::ActorKind;
use std::collections::HashSet;

const GIVEN: &str = include_str!("../data/given_names.tsv");

use common::{run, stage};

fn people(stage: &ActorStage, text: &str) -> Vec<String> {
    run(stage, text).into_iter().filter(|m| m.kind == ActorKind::Person).map(|m| m.text).collect()
}

#[test]
fn every_line_is_a_lowercase_name_and_a_gender_and_no_name_repeats() {
    let mut seen = HashSet::new();
    let mut n = 0;
    for (i, line) in GIVEN.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 2, "line {}: NAME<TAB>GENDER: {line:?}", i + 1);
        let name = cols[0];
        assert!(!name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase()), "line {}: {name:?}", i + 1);
        assert!(matches!(cols[1], "m" | "f" | "-"), "line {}: gender {:?}", i + 1, cols[1]);
        assert!(seen.insert(name), "line {}: {name} twice", i + 1);
        n += 1;
    }
    assert!(n > 1500, "{n} names");
}

#[test]
fn words_that_are_mostly_not_names_stay_out() {
    // Common capitalised non-names, sentence starters and places that are also given names.
    let names: HashSet<&str> = GIVEN.lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.split('\t').next()).collect();
    for w in [
        "will", "may", "june", "april", "august", "grace", "hope", "faith", "joy", "rose", "summer", "art", "said", "sun",
        "moon", "china", "paris", "georgia", "jordan", "chad", "israel", "victoria", "florence", "sydney", "austin", "houston",
        "carolina", "salem", "sofia", "milan", "santiago", "roman", "islam", "can", "per", "al", "abu", "ira", "sandy", "miles",
        "rocky", "padma", "bandar", "sultan", "sheikh", "khan", "singh",
    ] {
        assert!(!names.contains(w), "{w} is in the given-name list");
    }
}

#[test]
fn a_given_name_alone_marks_an_unknown_person() {
    // No title, no verb of saying, no apposition: only the given name says these are people.
    let s = stage();
    let rows: &[(&str, &[&str])] = &[
        ("The prize went to Siobhan Kearney and Dmytro Kovalenko last year.", &["Siobhan Kearney", "Dmytro Kovalenko"]),
        ("Investigators questioned Oksana Melnyk about the contracts.", &["Oksana Melnyk"]),
        ("The film stars Kwame Boateng and Chioma Eze in the leading roles.", &["Kwame Boateng", "Chioma Eze"]),
        ("Police arrested Tariq Haddad near the border on Monday.", &["Tariq Haddad"]),
        ("The report was written by Sebastien Morel and Giulia Ferraro.", &["Sebastien Morel", "Giulia Ferraro"]),
        ("Voters in the district backed Mitt Romney in the primary.", &["Mitt Romney"]),
        ("The hospital named Rajesh Iyer as its new director.", &["Rajesh Iyer"]),
    ];
    for (text, want) in rows {
        let got = people(&s, text);
        for w in *want {
            assert!(got.iter().any(|g| g == w), "{text}: want person {w:?}, got {got:?}");
        }
    }
}

#[test]
fn a_given_name_does_not_make_a_person_of_a_country() {
    // The added names leave alone what the dictionaries know and plain sentences.
    let s = stage();
    let got = run(&s, "Nigerian officials met American diplomats in Abuja on Monday.");
    assert!(got.iter().all(|m| m.kind != ActorKind::Person), "{got:?}");
    let got = people(&s, "Grace Period Ends For Borrowers As Rates Rise.");
    assert!(got.is_empty(), "{got:?}");
}
