//! Session 15: titles with a portfolio, people whose surname is a place, and person names
//! that do not run on through a preposition. Small articles written here.

mod common;
use newsgraph_core::model::{ActorKind, ActorMention};

use common::{run, stage, stage_from};

fn people(ms: &[ActorMention]) -> Vec<&str> {
    ms.iter().filter(|m| m.kind == ActorKind::Person).filter_map(|m| m.name.as_deref()).collect()
}

fn mention<'m>(ms: &'m [ActorMention], text: &str) -> &'m ActorMention {
    ms.iter().find(|m| m.text == text).unwrap_or_else(|| panic!("no mention {text:?} in {ms:#?}"))
}

#[test]
fn a_portfolio_between_title_and_name_joins_the_role() {
    let s = stage();
    // (text, mention text, name, code, role)
    let cases: &[(&str, &str, &str, Option<&str>, &str)] = &[
        (
            "Nigeria's Minister of Health Adaeze Okafor said the clinics were ready.",
            "Nigeria's Minister of Health Adaeze Okafor",
            "Adaeze Okafor",
            Some("NGAGOV"),
            "minister of health",
        ),
        (
            "On Monday the Minister for Foreign Affairs and Trade Tomas Rell met the envoy.",
            "Minister for Foreign Affairs and Trade Tomas Rell",
            "Tomas Rell",
            Some("GOV"),
            "minister for foreign affairs and trade",
        ),
        (
            "The U.S. minister of the interior Dale Korver visited the dam.",
            "U.S. minister of the interior Dale Korver",
            "Dale Korver",
            Some("USAGOV"),
            "minister of the interior",
        ),
    ];
    for &(text, span, name, code, role) in cases {
        let ms = run(&s, text);
        let m = mention(&ms, span);
        assert_eq!(m.name.as_deref(), Some(name), "{text}");
        assert_eq!(m.code.as_deref(), code, "{text}");
        assert_eq!(m.role.as_deref(), Some(role), "{text}");
        assert_eq!(m.kind, ActorKind::Person, "{text}");
    }
}

#[test]
fn a_portfolio_without_a_name_after_it_leaves_the_role_alone() {
    let s = stage();
    for text in [
        "Nigeria's Minister of Health said the clinics were ready.",
        "Nigeria's Minister of Health told the clinics to stay open.",
    ] {
        let ms = run(&s, text);
        assert!(people(&ms).is_empty(), "{text}: {:?}", people(&ms));
        let m = mention(&ms, "Nigeria's Minister");
        assert_eq!(m.role.as_deref(), Some("minister"), "{text}");
    }
}

#[test]
fn a_place_that_is_a_surname_before_a_verb_of_saying_is_the_person() {
    let s = stage();
    let text = "Former volunteer Marisol Washington told the inquiry she was never paid. Washington said she left in May.";
    let ms = run(&s, text);
    assert!(people(&ms).contains(&"Marisol Washington"), "{:#?}", ms);
    assert!(ms.iter().all(|m| m.code.as_deref() != Some("USA") && m.code.as_deref() != Some("USAGOV")), "{ms:#?}");
    // Not at a sentence's start (its capitals tell nothing), nor for a name in capitals.
    for (text, place) in [
        ("Listed US states said little about the members.", "US"),
        ("Northbound Washington traffic said to be slow.", "Washington"),
    ] {
        let ms = run(&s, text);
        let m = mention(&ms, place);
        assert_eq!(m.code.as_deref().map(|c| &c[..3]), Some("USA"), "{text}: {ms:#?}");
    }
}

#[test]
fn a_persons_name_does_not_run_on_through_a_preposition() {
    let s = stage();
    let cases: &[(&str, &str, &[&str])] = &[
        ("\"We are testing the water,\" said Lydia Whitfield for Coastal Water Services.", "Lydia Whitfield", &[]),
        ("Dr. Lena Ostrova at Saint Brigid said the wards were full.", "Lena Ostrova", &["Saint Brigid"]),
        ("The critics praised Jonah Pell in Harbour Lights, his first film.", "Jonah Pell", &["Harbour Lights"]),
    ];
    for &(text, person, not_people) in cases {
        let ms = run(&s, text);
        let ps = people(&ms);
        assert!(ps.contains(&person), "{text}: {ps:?}");
        for np in not_people {
            assert!(!ps.contains(np), "{text}: {np} is a person: {ps:?}");
        }
        assert!(ps.iter().all(|p| !p.contains(" for ") && !p.contains(" at ") && !p.contains(" in ")), "{text}: {ps:?}");
    }
}

#[test]
fn the_whole_title_finds_its_holder_before_a_title_sharing_its_head() {
    let s = stage_from("NGA\tNigeria\t\tNigerian\tAbuja\n", "minister\tGOV\t\nprime minister\tGOV\t\n", "");
    let text = "On Monday Prime Minister Ayo Bello met the unions. Minister of Health Kemi Ade said clinics were open. \
                Later the prime minister said the talks would go on.";
    let ms = run(&s, text);
    let m = mention(&ms, "the prime minister");
    assert_eq!(m.name.as_deref(), Some("Ayo Bello"), "{ms:#?}");
}

#[test]
fn a_plural_after_a_name_is_no_apposition_of_the_person() {
    let s = stage();
    let text = "The panel heard Nigeria's minister Ayo Bello, officials from Abuja, and two judges.";
    let ms = run(&s, text);
    let m = mention(&ms, "officials from Abuja");
    assert_eq!(m.name, None, "{ms:#?}");
    assert_eq!(m.kind, ActorKind::Agent, "{ms:#?}");
    // A singular one still is: the person takes the role.
    let ms = run(&s, "The panel heard Ayo Bello, a minister from Abuja, on Monday.");
    let m = mention(&ms, "Ayo Bello");
    assert_eq!(m.role.as_deref(), Some("minister"), "{ms:#?}");
}

#[test]
fn a_gendered_title_in_a_dictionary_name_gives_the_persons_gender() {
    let s = stage_from("NGA\tNigeria\t\tNigerian\tAbuja\n", "", "King Odeni\t\tNGAGOV\t\t\tKing of Nigeria\n");
    let text = "Greta Lund met King Odeni in Abuja on Monday. Her visit ended a year of talks.";
    let ms = run(&s, text);
    let m = mention(&ms, "Her");
    assert_eq!(m.name.as_deref(), Some("Greta Lund"), "{ms:#?}");
}

#[test]
fn time_zones_are_no_organisations() {
    let s = stage();
    let text = "The storm reached the coast at 14:00 UTC. By 18:00 UTC it had weakened, and at 21:00 UTC it turned north.";
    let ms = run(&s, text);
    assert!(ms.iter().all(|m| m.text != "UTC"), "{ms:#?}");
}

#[test]
fn the_president_is_not_the_vice_president() {
    let s = stage_from("NGA\tNigeria\t\tNigerian\tAbuja\n", "president\tGOV\t\nvice president\tGOV\t\n", "");
    let text = "President Ayo Bello spoke first. Vice President Kemi Ade spoke after him. \
                Later the president said the talks would go on.";
    let ms = run(&s, text);
    let m = mention(&ms, "the president");
    assert_eq!(m.name.as_deref(), Some("Ayo Bello"), "{ms:#?}");
}

#[test]
fn a_picture_credits_label_is_no_name() {
    let s = stage();
    let text = "Delegates met in the hall. Image: Oksana Melnyk.\n\nThe panel sat at noon. Image: Oksana Melnyk.\n\n\
                Senator Brannoc Tavish Image: Jane Roe.\n\nThe vote was close. Image: Oksana Melnyk.";
    let ms = run(&s, text);
    assert!(ms.iter().all(|m| m.text != "Image"), "{ms:#?}");
    assert!(people(&ms).contains(&"Brannoc Tavish"), "{ms:#?}");
}

#[test]
fn a_kenyan_cabinet_secretary_with_a_portfolio_with_the_builtin_dictionaries() {
    let s = common::builtin();
    let text = "Kenya's Cabinet Secretary for Health Wanjiru Kamau opened the clinic on Monday.";
    let ms = run(&s, text);
    let m = mention(&ms, "Kenya's Cabinet Secretary for Health Wanjiru Kamau");
    assert_eq!(m.name.as_deref(), Some("Wanjiru Kamau"), "{ms:#?}");
    assert_eq!(m.code.as_deref(), Some("KENGOV"), "{ms:#?}");
    assert_eq!(m.role.as_deref(), Some("cabinet secretary for health"), "{ms:#?}");
}

#[test]
fn a_titled_person_after_a_comma_is_the_next_person_not_an_apposition() {
    let s = stage();
    let text = "The list named Jane Roe, Nigerian minister Mark Holt, and Kemi Ade.";
    let ms = run(&s, text);
    let m = mention(&ms, "Jane Roe");
    assert_eq!(m.role, None, "{ms:#?}");
    assert_eq!(m.code, None, "{ms:#?}");
    let m = mention(&ms, "Nigerian minister Mark Holt");
    assert_eq!(m.name.as_deref(), Some("Mark Holt"), "{ms:#?}");
    // An apposition without a name after its agent still is one.
    let ms = run(&s, "Ayo Bello, a Nigerian minister, said the talks would go on.");
    assert_eq!(mention(&ms, "Ayo Bello").role.as_deref(), Some("minister"), "{ms:#?}");
}

#[test]
fn a_capitalised_title_before_of_still_makes_an_apposition() {
    let s = stage();
    let ms = run(&s, "Ayo Bello, the minister Delivery Officer of Abuja, said the talks would go on.");
    assert_eq!(mention(&ms, "Ayo Bello").role.as_deref(), Some("minister"), "{ms:#?}");
}

#[test]
fn spoken_answers_in_a_transcript_are_no_organisations() {
    let s = stage();
    let text = "Q: Did the plan work? A: Yeah, it did. Q: And the money? A: Yeah, all of it. \
                Q: Will you stay? A: Yeah, for now. Q: Any regrets? A: Okay, maybe one. Q: Which? A: Okay, the timing.\n\n\
                Q: Anything else? A: Okay, no.";
    let ms = run(&s, text);
    assert!(ms.iter().all(|m| m.text != "Yeah" && m.text != "Okay"), "{ms:#?}");
}
