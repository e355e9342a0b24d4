//! Session 13: named mentions on news English. A capitalised run that goes on into a word
//! that never ends a person's name ("Cup", "Prize", "System", "Accords", "Corps") is no
//! person, with or without a title word before it. Small articles written here.

mod common;
use newsgraph_actors::{ActorStage, Format, Options, Source};
use newsgraph_core::model::{ActorKind, ActorMention};
use newsgraph_core::{segment, Article};

use common::{run, stage};

fn of_kind(ms: &[ActorMention], kind: ActorKind) -> Vec<String> {
    ms.iter().filter(|m| m.kind == kind).map(|m| m.text.clone()).collect()
}

#[test]
fn names_of_events_awards_and_systems_are_no_people() {
    let s = stage();
    let cases: &[&str] = &[
        "Fans gathered for the Harbour Cup final. Organisers of the Harbour Cup said tickets sold out.",
        "The agency launched the Coastal Permit Information System in 2019. Staff said the Coastal Permit Information System was slow.",
        "The Lantern Prize went to a poet from Abuja. The Lantern Prize jury met in May.",
        "Delegates signed the Marlow Accords in June. Critics of the Marlow Accords said little changed.",
        "Both sides signed the Orlen Treaty in 1921. The Orlen Treaty still holds.",
    ];
    for text in cases {
        let ms = run(&s, text);
        let people = of_kind(&ms, ActorKind::Person);
        assert!(people.is_empty(), "{text}: people {people:?}");
    }
}

#[test]
fn a_title_word_before_such_a_name_makes_no_person() {
    let s = stage();
    let cases: &[&str] = &[
        // "youth" and "minister" are agents; the capitalised run after them is no name.
        "The Youth Risk Behaviour Survey System was used to find the data.",
        "The minister praised Riverside Corps volunteers. Riverside Corps said it would return in May.",
        "The minister handed the Kestrel Award to a nurse. The Kestrel Award is given each spring.",
    ];
    for text in cases {
        let ms = run(&s, text);
        let people = of_kind(&ms, ActorKind::Person);
        assert!(people.is_empty(), "{text}: people {people:?}");
    }
}

#[test]
fn people_are_still_found_next_to_such_words() {
    let s = stage();
    let cases: &[(&str, &str)] = &[
        // A repeated full name with no other cue.
        ("Officials met Brannoc Tavish in Abuja, and Brannoc Tavish signed the paper.", "Brannoc Tavish"),
        // A date word after the name does not end the person.
        ("Investigators questioned Oksana Melnyk Tuesday about the missing funds.", "Oksana Melnyk"),
        // A verb of saying; "war" later in lower case changes nothing.
        ("Kemi Adeyola said the war was over.", "Kemi Adeyola"),
    ];
    for (text, person) in cases {
        let ms = run(&s, text);
        assert!(of_kind(&ms, ActorKind::Person).iter().any(|p| p == person), "{text}: no person {person}: {ms:?}");
    }
}

#[test]
fn a_town_before_its_state_or_country_is_a_place() {
    const PLACES: &str = "USA\tOhio\t\nUSA\tNevada\t\n";
    const COUNTRIES: &str = "USA\tUnited States\tU.S.;US\tAmerican\tWashington\nCHN\tChina\t\tChinese\tBeijing\n";
    let s = ActorStage::from_sources(
        &[
            Source { name: "countries.tsv", text: COUNTRIES, format: Format::Countries },
            Source { name: "places.tsv", text: PLACES, format: Format::Places },
        ],
        Options::default(),
    )
    .expect("fixtures load");
    let found: &[(&str, &str)] = &[
        ("A farmer from Millbrook, Ohio, won the prize.", "Millbrook"),
        ("The plant in Dorset Falls, Nevada.", "Nevada"),
        ("The fair opened in Carrow, Nevada.", "Carrow"),
        ("Workers in Tanyuan, China, went on strike.", "Tanyuan"),
    ];
    // Unknown places are the stage's own mentions (the eval's places), not output actors.
    let places = |text: &str| -> Vec<String> {
        let doc = segment::segment(Article::from_body(text.to_string()));
        s.mentions(&doc)
            .into_iter()
            .filter(|m| matches!(m.kind, ActorKind::Region | ActorKind::Country))
            .filter_map(|m| m.name)
            .collect()
    };
    for (text, place) in found {
        let p = places(text);
        assert!(p.iter().any(|x| x == place), "{text}: no place {place}: {p:?}");
    }
    // No comma after the country, no locative word before: not a town.
    let not: &[(&str, &str)] = &[("At Acme, China is a key market.", "Acme"), ("Mr Harlow, Ohio's senator, spoke.", "Harlow")];
    for (text, word) in not {
        let p = places(text);
        assert!(!p.iter().any(|x| x == word), "{text}: {word} made a place: {p:?}");
    }
}
