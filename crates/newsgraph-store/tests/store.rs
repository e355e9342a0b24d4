//! Store tests on hand-built records: idempotence, event merging, exports read back.

use newsgraph_core::model::*;
use newsgraph_store::export::{self, DateRange};
use newsgraph_store::query::{self, EventFilter, QuoteFilter};
use newsgraph_store::Store;

fn record(body: &str, date: &str, outlet: &str, url: Option<&str>, events: &[(&str, &str, &str)]) -> Record {
    let mut a = Article::from_body(body.to_string());
    a.date = Some(date.to_string());
    a.source = Some(outlet.to_string());
    a.url = url.map(str::to_string);
    a.title = Some("Title".into());
    let doc = newsgraph_core::segment::segment(a);
    let mut r = Record::new(&doc);
    r.actors.push(ActorMention {
        text: "Brazil".into(),
        start: 0,
        end: 6,
        code: Some("BRA".into()),
        full_code: None,
        kind: ActorKind::Country,
        name: Some("Brazil".into()),
        role: None,
        affiliation: None,
        refers_to: None,
    });
    r.quotes.push(Quote {
        text: "We will take this to the WTO".into(),
        start: 0,
        end: 6,
        kind: QuoteKind::Direct,
        speaker: Some(Speaker {
            text: "Mauro Vieira".into(),
            start: 0,
            end: 6,
            name: Some("Mauro Vieira".into()),
            code: Some("BRAGOV".into()),
            role: Some("foreign minister".into()),
            affiliation: Some("Brazil".into()),
            actor: None,
        }),
        cue: Some(TextSpan { text: "said".into(), start: 0, end: 4 }),
        sources: vec![CitedSource { name: "Agência Brasil".into(), kind: SourceKind::Agency }],
    });
    r.tone = Some(Tone { tone: -2.5, word_count: 10, ..Default::default() });
    for (s, t, c) in events {
        r.events.push(Event {
            source: s.to_string(),
            target: t.to_string(),
            code: c.to_string(),
            root: c[..2].to_string(),
            quad_class: 3,
            goldstein: -2.0,
            plover: None,
            negated: false,
            modality: Modality::Asserted,
            sentence: r.sentences[0],
            trigger: vec![TextSpan { text: "Brazil".into(), start: 0, end: 6 }],
            source_mention: Some(0),
            target_mention: None,
            reported_by: None,
            tone: None,
            location: None,
        });
    }
    r
}

#[test]
fn same_event_in_two_outlets_merges_and_reingest_changes_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let a =
        record("Brazil criticised the tariffs.", "2025-03-04", "Reuters", Some("https://a.example/1"), &[("BRA", "USA", "111")]);
    let b = record(
        "Brazil criticised U.S. tariffs again.",
        "2025-03-04",
        "AFP",
        None,
        &[("BRA", "USA", "111"), ("USA", "BRA", "163")],
    );
    let c = record("Brazil criticised them a day later.", "2025-03-05", "AFP", None, &[("BRA", "USA", "111")]);
    let rep = store.store_batch(&[a.clone(), b.clone(), c.clone()]).unwrap();
    assert_eq!((rep.stored, rep.skipped, rep.event_mentions), (3, 0, 4));
    let counts = store.counts().unwrap();
    assert_eq!((counts.articles, counts.events, counts.event_mentions), (3, 3, 4));
    let t = query::events(&store, &EventFilter { code: Some("11".into()), limit: 10, ..Default::default() }).unwrap();
    let rows = t.to_objects();
    assert_eq!(rows.len(), 2);
    // Evidence is cut by byte offsets, so text after non-ASCII characters stays aligned.
    assert_eq!(rows[1]["evidence"], "Brazil criticised them a day later.");
    assert_eq!(rows[0]["num_mentions"], 2);
    assert_eq!(rows[0]["num_sources"], 2);
    assert_eq!(rows[0]["day"], "2025-03-04");
    // Same content again, and a different body under an already stored URL: nothing stored.
    let mut same_url = record("Different text.", "2025-03-06", "Reuters", Some("https://a.example/1"), &[]);
    same_url.article.id = content_id(&same_url.body);
    let rep = store.store_batch(&[a, b, c, same_url]).unwrap();
    assert_eq!((rep.stored, rep.skipped), (0, 4));
    assert_eq!(store.counts().unwrap(), counts);
    assert!(store.check().unwrap().is_empty());
}

#[test]
fn gdelt_layouts_have_exact_column_counts() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .store_batch(&[
            record(
                "Brazil criticised the tariffs.\tTabbed.",
                "2025-03-04",
                "Reuters",
                Some("https://a.example/1"),
                &[("BRAGOV", "IGOUNO", "111")],
            ),
            record("Brazil again.", "2025-03-05", "AFP", None, &[("BRA", "USA", "163")]),
        ])
        .unwrap();
    let range = DateRange::default();
    for (name, cols, rows) in [("events", 61, 2), ("mentions", 16, 2), ("gkg", 27, 2)] {
        let mut buf = Vec::new();
        let n = match name {
            "events" => export::gdelt_events(&store, &range, &mut buf),
            "mentions" => export::gdelt_mentions(&store, &range, &mut buf),
            _ => export::gdelt_gkg(&store, &range, &mut buf),
        }
        .unwrap();
        assert_eq!(n, rows, "{name}");
        let text = String::from_utf8(buf).unwrap();
        for line in text.lines() {
            assert_eq!(line.split('\t').count(), cols, "{name}: {line}");
        }
        if name == "events" {
            let first: Vec<&str> = text.lines().next().unwrap().split('\t').collect();
            assert_eq!(first[1], "20250304");
            assert_eq!(first[5], "BRAGOV");
            assert_eq!(first[7], "BRA");
            assert_eq!(first[12], "GOV");
            assert_eq!(first[15], "IGOUNO");
            assert_eq!(first[18], "UNO");
            assert_eq!(first[22], "IGO");
            assert_eq!(first[26], "111");
            assert_eq!(first[28], "11");
            assert_eq!(first[60], "https://a.example/1");
        }
    }
    let range = DateRange { since: Some("2025-03-05".into()), until: None };
    let mut buf = Vec::new();
    assert_eq!(export::gdelt_events(&store, &range, &mut buf).unwrap(), 1);
}

#[test]
fn jsonl_and_parquet_exports() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .store_batch(&[record("Brazil criticised the tariffs.", "2025-03-04", "Reuters", None, &[("BRA", "USA", "111")])])
        .unwrap();
    let mut buf = Vec::new();
    assert_eq!(export::jsonl(&store, &DateRange::default(), &mut buf).unwrap(), 1);
    let v: serde_json::Value = serde_json::from_slice(&buf).unwrap();
    assert_eq!(v["mentions"][0]["sentence"]["text"], "Brazil criticised the tariffs.");
    let mut pq = Vec::new();
    assert_eq!(export::parquet(&store, &DateRange::default(), &mut pq).unwrap(), 1);
    assert_eq!(&pq[..4], b"PAR1");
    let t = query::quotes(&store, &QuoteFilter { text: Some("WTO".into()), limit: 5, ..Default::default() }).unwrap();
    assert_eq!(t.rows.len(), 1);
    assert_eq!(t.to_objects()[0]["speaker"], "Mauro Vieira");
    let stats = query::stats(&store, 5).unwrap();
    assert_eq!(stats.len(), 4);
}

#[test]
fn actor_code_split() {
    use newsgraph_store::export::split_actor_code;
    let (c, k, t) = split_actor_code("RUSMILREB");
    assert_eq!((c.as_str(), k.as_str(), t[0].as_str(), t[1].as_str()), ("RUS", "", "MIL", "REB"));
    let (c, k, t) = split_actor_code("IGOEUREEC");
    assert_eq!((c.as_str(), k.as_str(), t[0].as_str(), t[1].as_str()), ("", "EUR", "IGO", "EEC"));
    let (c, _, _) = split_actor_code("");
    assert_eq!(c, "");
}
