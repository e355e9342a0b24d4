//! Session 16: a surname shared by two people in one article goes to the one the article
//! names most, not to the one it met last. Small articles written here.

mod common;
use newsgraph_core::model::{ActorKind, ActorMention};

use common::run;

/// A stage over one country, one agent and the given people rows.
fn stage_with_people(people: &str) -> newsgraph_actors::ActorStage {
    use newsgraph_actors::{ActorStage, Format, Options, Source};
    let sources = [
        Source { name: "countries.tsv", text: "USA\tUnited States\tU.S.;US\tAmerican\tWashington\n", format: Format::Countries },
        Source { name: "agents.tsv", text: "minister\tGOV\t\n", format: Format::Agents },
        Source { name: "people.tsv", text: people, format: Format::People },
    ];
    ActorStage::from_sources(&sources, Options::default()).expect("fixtures load")
}

/// The person name of the last mention whose text is `text`.
fn last_named<'m>(ms: &'m [ActorMention], text: &str) -> Option<&'m str> {
    ms.iter().rev().find(|m| m.text == text && m.kind == ActorKind::Person).and_then(|m| m.name.as_deref())
}

#[test]
fn a_shared_surname_goes_to_the_person_named_most() {
    let s = stage_with_people("");
    // (article, the surname, the person it should name)
    let cases: &[(&str, &str, &str)] = &[
        (
            "Mayor Clara Venn opened the bridge on Monday. Clara Venn thanked the workers. \
             Her brother, Tom Venn, who built it, was there. Venn said the town had waited ten years.",
            "Venn",
            "Clara Venn",
        ),
        // Named as often: the one met first (the one the article is about).
        (
            "Senator Clara Venn spoke first. The engineer Tom Venn spoke next. Venn said the plan would pass.",
            "Venn",
            "Clara Venn",
        ),
        // The one named most may be the one met last.
        (
            "Senator Clara Venn spoke first. The engineer Tom Venn spoke next. Tom Venn spoke again. \
             Venn said the plan would pass.",
            "Venn",
            "Tom Venn",
        ),
    ];
    for &(text, surname, want) in cases {
        let ms = run(&s, text);
        assert_eq!(last_named(&ms, surname), Some(want), "{text}\n{ms:#?}");
    }
}

#[test]
fn a_dictionary_surname_goes_to_the_person_named_most() {
    let s = stage_with_people("Ana Ruiz\t\tUSAGOV\t\t\tSecretary of Labor\n");
    let text = "Ana Ruiz visited the plant. Ana Ruiz spoke to the workers. Her son Marco Ruiz drove her. \
                Ruiz said the plant would stay open.";
    let ms = run(&s, text);
    assert_eq!(last_named(&ms, "Ruiz"), Some("Ana Ruiz"), "{ms:#?}");
}

#[test]
fn honorable_is_a_courtesy_title_not_a_name() {
    let s = common::stage();
    let ms = run(&s, "The Honorable Ruth Kamau said the court would sit on Monday.");
    let m = ms.iter().find(|m| m.kind == ActorKind::Person).expect("a person");
    assert_eq!(m.name.as_deref(), Some("Ruth Kamau"), "{ms:#?}");
    assert_eq!(m.role, None, "{ms:#?}");
}

#[test]
fn a_fuller_form_of_a_name_is_the_same_person() {
    let s = stage_with_people("");
    let text = "Representative Dana Holt died on Sunday. Dana Marie Holt, first elected in 1996, was 68. \
                Holt chaired the committee.";
    let ms = run(&s, text);
    let holt = ms.iter().find(|m| m.text == "Representative Dana Holt").expect("the first mention");
    assert_eq!(holt.name.as_deref(), Some("Dana Holt"), "{ms:#?}");
    assert_eq!(holt.role.as_deref(), Some("representative"), "{ms:#?}");
    let full = ms.iter().find(|m| m.text == "Dana Marie Holt").expect("the fuller form");
    assert_eq!(full.name.as_deref(), Some("Dana Holt"), "{ms:#?}");
    assert!(full.refers_to.is_some(), "{ms:#?}");
    // Another middle word does not make two different people one.
    let ms = run(&s, "Dana Holt spoke first. Mark Dana Holt spoke next.");
    let other = ms.iter().find(|m| m.text == "Mark Dana Holt").expect("the second person");
    assert_eq!(other.refers_to, None, "{ms:#?}");
}
