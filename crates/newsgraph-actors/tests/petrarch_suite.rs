//! Loads PETRARCH's validation dictionaries from `../shared` (skipped when missing) and
//! codes the unit-test sentences' actors. Run with `--nocapture` to see every sentence.

use newsgraph_actors::{ActorStage, Options};
use newsgraph_core::{segment, Article};
use std::path::PathBuf;

fn shared() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/events/petrarch2");
    p.join("PETR.Validate.actors.txt").is_file().then_some(p)
}

#[test]
fn validation_dictionaries_load_and_code_the_unit_sentences() {
    let Some(dir) = shared() else {
        eprintln!("skipped: ../shared/eval/events/petrarch2 not found");
        return;
    };
    let stage = ActorStage::load(false, &[dir.join("PETR.Validate.actors.txt")], &[dir.join("PETR.Validate.agents.txt")])
        .expect("the validation dictionaries load")
        .with_options(Options { petrarch_compat: true });
    assert!(stage.dictionary().entries.len() > 100, "{}", stage.dictionary().entries.len());
    assert!(stage.dictionary().agents.len() > 80);
    let Ok(jsonl) = std::fs::read_to_string(dir.join("PETR.UnitTest.records.jsonl")) else { return };
    let (mut found, mut wanted) = (0, 0);
    for line in jsonl.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = v["text"].as_str().unwrap_or("");
        let date = v["date"].as_str().unwrap_or("");
        let mut a = Article::from_body(text.to_string());
        if date.len() == 8 {
            a.date = Some(format!("{}-{}-{}", &date[..4], &date[4..6], &date[6..]));
        }
        let doc = segment::segment(a);
        let actors = stage.actors(&doc);
        let codes: Vec<String> = actors
            .iter()
            .filter_map(|m| m.code.clone())
            .flat_map(|c| c.split('/').map(String::from).collect::<Vec<_>>())
            .collect();
        let mut missing = Vec::new();
        for e in v["expected"].as_array().into_iter().flatten() {
            for k in ["sourcecode", "targetcode"] {
                if let Some(c) = e[k].as_str() {
                    if c.chars().all(|x| x.is_ascii_uppercase() || x == '-' || x == '#') && !c.is_empty() {
                        wanted += 1;
                        if codes.iter().any(|x| x == c) {
                            found += 1;
                        } else {
                            missing.push(c.to_string());
                        }
                    }
                }
            }
        }
        if !missing.is_empty() {
            println!(
                "{} {:?}\n   got {:?}\n   missing {:?}",
                v["id"],
                text,
                actors.iter().map(|m| (m.text.clone(), m.code.clone())).collect::<Vec<_>>(),
                missing
            );
        }
    }
    println!("expected actor codes found: {found}/{wanted}");
    assert!(found * 10 >= wanted * 7, "{found}/{wanted}");
}

#[test]
fn phoenix_dictionaries_load_with_their_unreadable_lines_skipped() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/events/phoenix");
    if !dir.join("Phoenix.Countries.actors.txt").is_file() {
        eprintln!("skipped: ../shared/eval/events/phoenix not found");
        return;
    }
    let actors: Vec<PathBuf> =
        ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"]
            .iter()
            .map(|f| dir.join(f))
            .collect();
    let stage = ActorStage::load(false, &actors, &[dir.join("Phoenix.agents.txt")]).expect("Phoenix dictionaries load");
    assert!(stage.dictionary().entries.len() > 10_000, "{}", stage.dictionary().entries.len());
    assert!(!stage.problems().is_empty(), "the unreadable lines are listed");
    let mut a = Article::from_body("Chinese Foreign Minister Wang Yi met Russian troops in Syria.".to_string());
    a.date = Some("2014-06-01".into());
    let actors = stage.actors(&segment::segment(a));
    assert!(actors.iter().any(|m| m.code.as_deref().is_some_and(|c| c.starts_with("CHN"))), "{actors:?}");
}
