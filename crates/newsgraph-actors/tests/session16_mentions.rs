//! Session 16: a surname shared by two people in one article goes to the one the article
//! names most, not to the one it met last. Small articles written here.

mod common;
use newsgraph_core::model::{ActorKind, ActorMention};

use common::run;

/// A stage over one country, one agent and the given people rows.
fn stage_with_people(people: &str) -> newsgraph_actors::ActorStage {
    common::stage_from("USA\tUnited States\tU.S.;US\tAmerican\tWashington\n", "minister\tGOV\t\n", people)
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

#[test]
fn a_named_state_agency_has_its_country_and_role() {
    let s = common::builtin();
    // (text, mention, code)
    let cases: &[(&str, &str, &str)] = &[
        ("The FBI said the suspect had acted alone.", "FBI", "USACOP"),
        ("Officials at the Central Intelligence Agency declined to comment.", "Central Intelligence Agency", "USASPY"),
        ("According to MI6, the network had been dismantled.", "MI6", "GBRSPY"),
        ("The Shin Bet arrested two men in Hebron.", "Shin Bet", "ISRSPY"),
        ("The SBU said it had detained an informant.", "SBU", "UKRSPY"),
        ("The State Department said talks would resume.", "State Department", "USAGOV"),
    ];
    for &(text, span, code) in cases {
        let ms = run(&s, text);
        let m = ms.iter().find(|m| m.text == span).unwrap_or_else(|| panic!("no {span:?} in {ms:#?}"));
        assert_eq!(m.code.as_deref(), Some(code), "{text}");
        assert_eq!(m.kind, ActorKind::Organization, "{text}");
    }
    // A body other states share is not taken for one state's.
    let ms = run(&s, "The Ukrainian Security Service said the plot had been foiled.");
    assert!(ms.iter().all(|m| !m.code.as_deref().is_some_and(|c| c.starts_with("GBR"))), "{ms:#?}");
}

#[test]
fn planets_and_currency_amounts_are_no_actors() {
    let s = common::stage();
    let text = "The probe left Earth in May. It will reach Jupiter in 2031. Near Jupiter it will \
                study the moons. Scientists on Earth will watch. Jupiter has 95 moons, and Earth one. \
                The prize is worth SEK9 million (USD910 thousand).";
    let ms = run(&s, text);
    let names: Vec<&str> = ms.iter().map(|m| m.text.as_str()).collect();
    for w in ["Earth", "Jupiter", "SEK9", "USD910"] {
        assert!(!names.contains(&w), "{w} in {ms:#?}");
    }
}

#[test]
fn a_capitalised_role_word_before_one_word_is_no_title() {
    let s = common::builtin();
    for text in [
        "He had planned the rescue during the Iran Hostage Crisis of 1979.",
        "In 1997 he received the Intelligence Star for his work.",
    ] {
        let ms = run(&s, text);
        assert!(ms.iter().all(|m| m.kind != ActorKind::Person && m.kind != ActorKind::Agent), "{text}\n{ms:#?}");
    }
    // Titles still take a surname alone.
    for (text, name) in [
        ("On Monday Defence Secretary Marlowe met the generals.", "Marlowe"),
        ("Talks ended when Prime Minister Okafor left.", "Okafor"),
        // A given name opens a person's name, at every mention.
        (
            "The study was led by Christian Vosslund of the institute. Christian Vosslund said more work was needed.",
            "Christian Vosslund",
        ),
        // An honorific after the role word is a title of its own.
        ("Yesterday United States House of Representatives Speaker Mara Quill confirmed the vote.", "Mara Quill"),
    ] {
        let ms = run(&s, text);
        let people: Vec<_> = ms.iter().filter(|m| m.kind == ActorKind::Person).collect();
        assert!(!people.is_empty() && people.iter().all(|m| m.name.as_deref() == Some(name)), "{text}\n{ms:#?}");
        assert!(people.iter().all(|m| m.role.as_deref() != Some("christian")), "{text}\n{ms:#?}");
    }
}

#[test]
fn an_organisation_word_before_a_name_is_no_title() {
    let s = common::builtin();
    for text in
        ["The ship was renamed by the German charity Mare-Lux on Sunday.", "The broadcasting watchdog Telvana fined the channel."]
    {
        let ms = run(&s, text);
        assert!(ms.iter().all(|m| m.kind != ActorKind::Person), "{text}\n{ms:#?}");
    }
    // A one-word name after the word is the organisation.
    let ms = run(&s, "The claims were paid by the insurer Veltra last year.");
    assert!(ms.iter().any(|m| m.text == "Veltra" && m.kind == ActorKind::Organization), "{ms:#?}");
}
