//! `code` is written as a country plus one role; `full_code` keeps what the dictionary said
//! when the two differ, and is absent otherwise (built-in dictionaries).

use newsgraph_actors::{ActorStage, Options};
use newsgraph_core::{segment, Article};

fn codes(text: &str, petrarch_compat: bool) -> Vec<(String, Option<String>, Option<String>)> {
    let stage = ActorStage::load(true, &[], &[]).expect("built-in dictionaries load").with_options(Options { petrarch_compat });
    let mut a = Article::from_body(text.to_string());
    a.date = Some("2025-06-01".into());
    let doc = segment::segment(a);
    stage.actors(&doc).into_iter().map(|m| (m.text, m.code, m.full_code)).collect()
}

#[test]
fn full_code_beside_the_one_role_code() {
    let rows = [
        // (sentence, mention, code, full_code)
        ("Hamas said on Monday it had accepted the proposal.", "Hamas", "PSEREB", Some("PSEREBHMS")),
        ("Israel's defence minister rejected the proposal.", "Israel's defence minister", "ISRGOV", Some("ISRGOVMIL")),
        ("Brazil rejected the proposal.", "Brazil", "BRA", None),
    ];
    for (text, mention, code, full) in rows {
        let got = codes(text, false);
        let m = got.iter().find(|(t, _, _)| t == mention).unwrap_or_else(|| panic!("{mention:?} in {got:?}"));
        assert_eq!(m.1.as_deref(), Some(code), "{text}");
        assert_eq!(m.2.as_deref(), full, "{text}");
    }
}

#[test]
fn petrarch_mode_keeps_the_dictionary_code() {
    let got = codes("Hamas said on Monday it had accepted the proposal.", true);
    let m = got.iter().find(|(t, _, _)| t == "Hamas").expect("Hamas is found");
    assert_eq!(m.1.as_deref(), Some("PSEREBHMS"));
    assert_eq!(m.2, None);
}
