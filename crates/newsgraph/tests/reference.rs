//! The brief's reference sentence, end to end: every layer must agree on who is involved,
//! who said what according to whom, and who did what to whom, with the words that gave
//! each event code.

use newsgraph::ingest::{ingest_bytes, IngestOptions, InputFormat};
use newsgraph::{Pipeline, PipelineConfig};

const ARTICLE: &str = "Brazil criticises US steel tariffs\n\n\
Brazil has criticised the tariffs Washington imposed on its steel. \
\u{201c}We will take this to the WTO,\u{201d} said Mauro Vieira, Brazil's foreign minister, according to Ag\u{ea}ncia Brasil.\n";

fn record() -> newsgraph::model::Record {
    let pipeline = Pipeline::new(&PipelineConfig::default()).expect("dictionaries load");
    let opts = IngestOptions { default_date: Some("2025-07-20".into()), ..Default::default() };
    let mut articles = ingest_bytes(ARTICLE.as_bytes(), Some(InputFormat::Text), "reference.txt", &opts);
    assert_eq!(articles.len(), 1);
    pipeline.analyze(articles.remove(0).expect("reference article ingests"))
}

#[test]
fn actors() {
    let r = record();
    let code_of = |text: &str| r.actors.iter().find(|a| a.text == text).and_then(|a| a.code.clone());
    assert_eq!(code_of("Brazil").as_deref(), Some("BRA"));
    assert!(code_of("Washington").is_some_and(|c| c.starts_with("USA")), "{:?}", code_of("Washington"));
    let vieira = r.actors.iter().find(|a| a.text == "Mauro Vieira").expect("Mauro Vieira is found");
    assert_eq!(vieira.code.as_deref(), Some("BRAGOV"));
    assert!(vieira.role.as_deref().is_some_and(|role| role.eq_ignore_ascii_case("foreign minister")), "{:?}", vieira.role);
}

#[test]
fn quote_speaker_and_source() {
    let r = record();
    let q = r.quotes.iter().find(|q| q.text == "We will take this to the WTO").expect("the direct quote is found");
    let speaker = q.speaker.as_ref().expect("the quote has a speaker");
    assert_eq!(speaker.name.as_deref(), Some("Mauro Vieira"));
    assert_eq!(speaker.code.as_deref(), Some("BRAGOV"));
    assert!(q.sources.iter().any(|s| s.name == "Ag\u{ea}ncia Brasil"), "{:?}", q.sources);
    assert!(r.sources.iter().any(|s| s.name == "Ag\u{ea}ncia Brasil"));
}

#[test]
fn events_with_their_triggers() {
    let r = record();
    let find = |src: &str, tgt: &str, code: &str| {
        r.events.iter().find(|e| e.source.starts_with(src) && e.target.starts_with(tgt) && e.code == code)
    };
    let criticize = find("BRA", "USA", "111").unwrap_or_else(|| panic!("BRA->USA 111 in {:#?}", r.events));
    assert!(criticize.trigger.iter().any(|t| t.text.starts_with("criticis")), "{:?}", criticize.trigger);
    let sanction = find("USA", "BRA", "163").unwrap_or_else(|| panic!("USA->BRA 163 in {:#?}", r.events));
    assert!(sanction.trigger.iter().any(|t| t.text == "imposed" || t.text == "tariffs"), "{:?}", sanction.trigger);
    // every trigger points at its own words in the body
    for e in &r.events {
        for t in &e.trigger {
            assert_eq!(r.body.get(t.start..t.end), Some(t.text.as_str()), "trigger span of {e:?}");
        }
    }
}
