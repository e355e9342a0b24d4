//! Agents shared by a coordinated list of countries, former office holders as elites of
//! their country, and lone surnames of dictionary people. Small fixtures written here.

use newsgraph_actors::{ActorStage, Format, Options, Source};
use newsgraph_core::model::ActorMention;
use newsgraph_core::{segment, Article};

const COUNTRIES: &str = "EST\tEstonia\t\tEstonian\tTallinn\n\
LVA\tLatvia\t\tLatvian\tRiga\n\
LTU\tLithuania\t\tLithuanian\tVilnius\n\
IRN\tIran\t\tIranian\tTehran\n\
USA\tUnited States\tU.S.\tAmerican\tWashington\n\
RUS\tRussia\t\tRussian\tMoscow\n\
CHN\tChina\t\tChinese\tBeijing\n";
const REGIONS: &str = "EUR\tEurope\tEuropean\n";
const AGENTS: &str = "foreign minister\tGOV\t\nforeign ministers\tGOV\t\nnegotiators\tGOV\t\nofficials\tGOV\t\n\
president\tGOV\t\npresidents\tGOV\t\ntroops\tMIL\t\nformer president\tELI\t\nex-minister\tELI\t\n\
minister\tGOV\t\n";
// Made-up people: Maren Tolvik (Estonian president from 2020), two Bergs (ambiguous), Ella Stone.
const PEOPLE: &str = "Maren Tolvik\tPresident Tolvik\tESTGOV\t2020-01-01\t\tPresident\n\
Maren Tolvik\tPresident Tolvik\tESTELI\t\t\tFormer President\n\
Anna Berg\t\tLVAGOV\t2019-01-01\t\tMinister\n\
Ola Berg\t\tLTUGOV\t2019-01-01\t\tMinister\n\
Ella Stone\t\tUSAGOV\t2019-01-01\t\tMinister\n\
Ivo Raudsepp\t\tRUSGOV\t2018-01-01\t\tMinister\n";

fn actors_on(text: &str, date: Option<&str>) -> Vec<ActorMention> {
    let stage = ActorStage::from_sources(
        &[
            Source { name: "countries.tsv", text: COUNTRIES, format: Format::Countries },
            Source { name: "regions.tsv", text: REGIONS, format: Format::Regions },
            Source { name: "agents.tsv", text: AGENTS, format: Format::Agents },
            Source { name: "people.tsv", text: PEOPLE, format: Format::People },
        ],
        Options::default(),
    )
    .unwrap();
    let mut a = Article::from_body(text.into());
    a.date = date.map(String::from);
    stage.actors(&segment::segment(a))
}

fn actors(text: &str) -> Vec<ActorMention> {
    actors_on(text, Some("2024-05-01"))
}

/// The code of the mention written `text` (the first one).
fn code<'a>(ms: &'a [ActorMention], text: &str) -> Option<&'a str> {
    ms.iter().find(|m| m.text == text).and_then(|m| m.code.as_deref())
}

#[test]
fn an_agent_spreads_over_coordinated_countries() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "The foreign ministers of Estonia, Latvia and Lithuania met on Monday.",
            &[("foreign ministers of Estonia", "ESTGOV"), ("Latvia", "LVAGOV"), ("Lithuania", "LTUGOV")],
        ),
        ("Iranian and American negotiators resumed talks.", &[("Iranian", "IRNGOV"), ("American negotiators", "USAGOV")]),
        (
            "Russian, Chinese and Iranian officials met.",
            &[("Russian", "RUSGOV"), ("Chinese", "CHNGOV"), ("Iranian officials", "IRNGOV")],
        ),
        ("Russia and China's foreign ministers spoke.", &[("Russia", "RUSGOV"), ("China's foreign ministers", "CHNGOV")]),
        ("The presidents of Russia and China signed a deal.", &[("presidents of Russia", "RUSGOV"), ("China", "CHNGOV")]),
        ("Estonian and Latvian troops trained together.", &[("Estonian", "ESTMIL"), ("Latvian troops", "LVAMIL")]),
        ("European and American officials met.", &[("European", "EURGOV"), ("American officials", "USAGOV")]),
    ];
    for (text, want) in cases {
        let ms = actors(text);
        for (mention, c) in *want {
            assert_eq!(code(&ms, mention), Some(*c), "{text}: {mention}\n{ms:#?}");
        }
    }
}

#[test]
fn an_agent_does_not_spread_without_a_list() {
    let cases: &[(&str, &str, &str)] = &[
        // A singular office of one country.
        ("The foreign minister of Estonia and Latvia signed the treaty.", "Latvia", "LVA"),
        ("Russia and China's president spoke.", "Russia", "RUS"),
        // Not a list: the country is its own actor.
        ("The foreign ministers of Estonia met in Latvia.", "Latvia", "LVA"),
        ("The foreign ministers of Estonia arrived, Latvia said.", "Latvia", "LVA"),
        ("Iranian oil and American negotiators were discussed.", "Iranian", "IRN"),
        // Two adjectives joined by a comma and "and" are not a pair.
        ("Talks were held in Iranian, and American negotiators left.", "Iranian", "IRN"),
    ];
    for (text, mention, c) in cases {
        let ms = actors(text);
        assert_eq!(code(&ms, mention), Some(*c), "{text}: {mention}\n{ms:#?}");
    }
}

#[test]
fn former_office_holders_are_elites_of_their_country() {
    let cases: &[(&str, &str, &str)] = &[
        // The dictionary says Tolvik is president in 2024; "former" says otherwise.
        ("Police questioned former President Maren Tolvik on Monday.", "former President Maren Tolvik", "ESTELI"),
        ("Police questioned former President Tolvik on Monday.", "former President Tolvik", "ESTELI"),
        ("Ivo Raudsepp left. Reporters met ex-minister Raudsepp on Monday.", "ex-minister Raudsepp", "RUSELI"),
        ("Maren Tolvik arrived. The former president said little.", "The former president", "ESTELI"),
        // No "former": the dated code.
        ("Police questioned President Maren Tolvik on Monday.", "President Maren Tolvik", "ESTGOV"),
        // A country in the title wins.
        ("Police questioned former Latvian President Maren Tolvik.", "Latvian President Maren Tolvik", "LVAELI"),
    ];
    for (text, mention, c) in cases {
        let ms = actors(text);
        assert_eq!(code(&ms, mention), Some(*c), "{text}: {mention}\n{ms:#?}");
    }
}

#[test]
fn lone_surnames_of_dictionary_people() {
    // (text, mention, expected code, expected name)
    let found: &[(&str, &str, &str, &str)] = &[
        ("Analysts said Tolvik would not back down.", "Tolvik", "ESTGOV", "Maren Tolvik"),
        ("Tolvik warned Latvia on Monday.", "Tolvik", "ESTGOV", "Maren Tolvik"),
        ("Reporters asked Raudsepp about the talks.", "Raudsepp", "RUSGOV", "Ivo Raudsepp"),
    ];
    for (text, mention, c, name) in found {
        let ms = actors(text);
        let m = ms.iter().find(|m| m.text == *mention).unwrap_or_else(|| panic!("{text}\n{ms:#?}"));
        assert_eq!(m.code.as_deref(), Some(*c), "{text}\n{ms:#?}");
        assert_eq!(m.name.as_deref(), Some(*name), "{text}\n{ms:#?}");
    }
    // The code is the one valid on the article's date.
    let ms = actors_on("Analysts said Tolvik would not back down.", Some("2015-03-01"));
    assert_eq!(code(&ms, "Tolvik"), Some("ESTELI"), "{ms:#?}");
    let not_found: &[(&str, &str)] = &[
        // Two dictionary people are called Berg.
        ("Analysts said Berg would not back down.", "Berg"),
        // Sentence-initial, no verb of saying, never alone mid-sentence.
        ("Stone walls surround the town.", "Stone"),
        // The document writes the word in lower case.
        ("A stone hit the car. Police said Stone was not hurt.", "Stone"),
        // Part of a longer name.
        ("Analysts said Peter Tolvik would not back down.", "Tolvik"),
    ];
    for (text, mention) in not_found {
        let ms = actors(text);
        assert!(ms.iter().all(|m| m.text != *mention || m.code.is_none()), "{text}\n{ms:#?}");
    }
    // An earlier full mention of someone else with that surname wins.
    let ms = actors("Peter Tolvik, a farmer, said the harvest was poor. Tolvik added that prices fell.");
    let lone = ms.iter().find(|m| m.text == "Tolvik").unwrap_or_else(|| panic!("{ms:#?}"));
    assert_eq!(lone.name.as_deref(), Some("Peter Tolvik"), "{ms:#?}");
    assert_ne!(lone.code.as_deref(), Some("ESTGOV"), "{ms:#?}");
    // A later lone surname refers back to the first.
    let ms = actors("Reporters met Raudsepp on Monday. Officials said Raudsepp left.");
    let both: Vec<&ActorMention> = ms.iter().filter(|m| m.text == "Raudsepp").collect();
    assert_eq!(both.len(), 2, "{ms:#?}");
    assert_eq!(both[1].refers_to, ms.iter().position(|m| m.text == "Raudsepp"), "{ms:#?}");
}
