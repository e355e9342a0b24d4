//! User dictionaries on top of the built-in ones: the built-in dictionary comes from the
//! build-time snapshot, the user's files are added at run time and the matcher is compiled
//! again, so both the user's names and the built-in names are found.

use newsgraph_actors::ActorStage;
use newsgraph_core::{segment, Article};

fn codes(stage: &ActorStage, text: &str) -> Vec<(String, Option<String>)> {
    let doc = segment::segment(Article::from_body(text.to_string()));
    stage.actors(&doc).into_iter().map(|a| (a.text, a.code)).collect()
}

#[test]
fn user_actors_and_agents_join_the_builtin_dictionary() {
    let dir = std::env::temp_dir().join(format!("newsgraph-actors-user-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let actors = dir.join("test.actors.txt");
    let agents = dir.join("test.agents.txt");
    std::fs::write(&actors, "FORNOST_ALLIANCE [FNA]\n+FORNOST_PACT\n").expect("write actors");
    std::fs::write(&agents, "LAMPLIGHTER [~GOV]\n").expect("write agents");
    let text = "The Fornost Alliance met China's lamplighters on Tuesday. Germany said nothing.";

    let builtin = ActorStage::load(true, &[], &[]).expect("built-in dictionaries load");
    let with_user =
        ActorStage::load(true, std::slice::from_ref(&actors), std::slice::from_ref(&agents)).expect("user dictionaries load");
    let user_only = ActorStage::load(false, &[actors], &[agents]).expect("user dictionaries alone load");
    let _ = std::fs::remove_dir_all(&dir);

    let has =
        |v: &[(String, Option<String>)], text: &str, code: &str| v.iter().any(|(t, c)| t == text && c.as_deref() == Some(code));
    let b = codes(&builtin, text);
    assert!(has(&b, "Germany", "DEU") && !has(&b, "Fornost Alliance", "FNA"), "{b:?}");
    let w = codes(&with_user, text);
    assert!(has(&w, "Germany", "DEU") && has(&w, "Fornost Alliance", "FNA"), "{w:?}");
    assert!(has(&w, "China's lamplighters", "CHNGOV") && !has(&b, "China's lamplighters", "CHNGOV"), "the user's agent: {w:?}");
    let u = codes(&user_only, text);
    assert!(has(&u, "Fornost Alliance", "FNA") && !u.iter().any(|(t, _)| t == "Germany"), "{u:?}");
    assert!(with_user.dictionary().entries.len() == builtin.dictionary().entries.len() + 1);
}
