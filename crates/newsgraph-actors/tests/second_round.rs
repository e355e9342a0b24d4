//! Adjectives of regions, per-word case of dictionary names, an organisation's own code,
//! and definite agents referring back to a national agent. Small fixtures written here.

use newsgraph_actors::{ActorStage, Format, Options, Source};
use newsgraph_core::model::ActorMention;
use newsgraph_core::{segment, Article};

const COUNTRIES: &str = "BRA\tBrazil\t\tBrazilian\tBrasília\nUSA\tUnited States\tU.S.\tAmerican\tWashington\n";
const REGIONS: &str = "EUR\tEurope;Europeans;European countries\tEuropean\nPGS\tPersian Gulf;Gulf states\n";
const IGOS: &str =
    "IGOEUREEC\tEuropean Commission\t\nIGOUNOREFHCR\tUNHCR\tUN refugee agency\nIGOUNO\tUnited Nations\tUN;the UN\n";
const AGENTS: &str =
    "officials\tGOV\t\nforeign ministry\tGOV\t\nministry\tGOV\t\nspokesman\tGOV\t\ngovernment\tGOV\t\npeacekeepers\tIGOPKO~\t\n";
const ORGS: &str = "PSEREBHMS\tgroup\tHamas\t\n";

fn actors(text: &str) -> Vec<ActorMention> {
    let stage = ActorStage::from_sources(
        &[
            Source { name: "countries.tsv", text: COUNTRIES, format: Format::Countries },
            Source { name: "regions.tsv", text: REGIONS, format: Format::Regions },
            Source { name: "igos.tsv", text: IGOS, format: Format::Igos },
            Source { name: "agents.tsv", text: AGENTS, format: Format::Agents },
            Source { name: "organizations.tsv", text: ORGS, format: Format::Organizations },
        ],
        Options::default(),
    )
    .unwrap();
    stage.actors(&segment::segment(Article::from_body(text.into())))
}

fn find<'a>(ms: &'a [ActorMention], text: &str) -> Option<&'a ActorMention> {
    ms.iter().find(|m| m.text == text)
}

#[test]
fn region_adjectives_need_an_agent() {
    let ms = actors("European markets fell. European officials met. The European Commission said Europeans agreed.");
    assert!(find(&ms, "European").is_none(), "{ms:#?}");
    assert_eq!(find(&ms, "European officials").and_then(|m| m.code.as_deref()), Some("EURGOV"));
    assert_eq!(find(&ms, "European Commission").and_then(|m| m.code.as_deref()), Some("IGOEUREEC"));
    assert_eq!(find(&ms, "Europeans").and_then(|m| m.code.as_deref()), Some("EUR"));
}

#[test]
fn lower_case_dictionary_words_match_in_any_case() {
    let ms = actors("The UN refugee agency said Gulf states would help. The gulf states did not.");
    assert_eq!(find(&ms, "UN refugee agency").and_then(|m| m.code.as_deref()), Some("IGOUNOREFHCR"), "{ms:#?}");
    assert_eq!(find(&ms, "Gulf states").and_then(|m| m.code.as_deref()), Some("PGS"));
    // "Gulf" is written capitalised in the dictionary.
    assert!(find(&ms, "gulf states").is_none());
}

#[test]
fn an_organisations_own_code_wins() {
    let ms = actors("A Hamas spokesman said the truce held. UN peacekeepers arrived.");
    assert_eq!(find(&ms, "Hamas spokesman").and_then(|m| m.code.as_deref()), Some("PSEREBHMS"), "{ms:#?}");
    assert_eq!(find(&ms, "UN peacekeepers").and_then(|m| m.code.as_deref()), Some("IGOUNO"));
}

#[test]
fn definite_agents_refer_back_to_a_national_agent() {
    let ms = actors(
        "Brazil's foreign ministry said on Monday it would respond. The ministry said talks would continue.\n\n\
         The ministry declined to comment. U.S. officials and Brazilian officials met. The officials said nothing.",
    );
    let first = ms.iter().position(|m| m.text == "Brazil's foreign ministry").unwrap();
    let back: Vec<&ActorMention> = ms.iter().filter(|m| m.text == "ministry").collect();
    assert_eq!(back.len(), 2, "{ms:#?}");
    assert_eq!(back[0].code.as_deref(), Some("BRAGOV"));
    assert_eq!(back[0].refers_to, Some(first));
    // Another paragraph: no antecedent, but the article is about Brazil (its dominant country).
    assert_eq!(back[1].code.as_deref(), Some("BRAGOV"));
    assert_eq!(back[1].refers_to, None);
    // Two countries' officials in the paragraph: the article's dominant country decides.
    let officials: Vec<&ActorMention> = ms.iter().filter(|m| m.text == "officials").collect();
    assert_eq!(officials.last().and_then(|m| m.code.as_deref()), Some("BRAGOV"));
    // With no dominant country, the bare code stays.
    let ms = actors("U.S. officials and Brazilian officials met.\n\nThe officials said nothing.");
    let officials: Vec<&ActorMention> = ms.iter().filter(|m| m.text == "officials").collect();
    assert_eq!(officials.last().and_then(|m| m.code.as_deref()), Some("GOV"), "{ms:#?}");
}
