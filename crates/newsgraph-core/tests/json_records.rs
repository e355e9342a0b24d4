//! `json::write_compact` on whole `newsgraph/1` records equals `serde_json::to_vec`, byte for
//! byte: a table of hand-made records that use every field (present and absent, empty and
//! long strings, escapes, non-ASCII, large numbers, special floats), and random records.

use newsgraph_core::json::write_compact;
use newsgraph_core::model::*;
use proptest::prelude::*;
use serde_json::json;

fn same<T: serde::Serialize>(v: &T) {
    let mut ours = b"prefix".to_vec();
    write_compact(&mut ours, v).unwrap();
    let theirs = serde_json::to_vec(v).unwrap();
    assert_eq!(String::from_utf8_lossy(&ours[6..]), String::from_utf8_lossy(&theirs));
}

fn actor(text: &str, start: usize, some: bool) -> ActorMention {
    let opt = |s: &str| some.then(|| s.to_string());
    ActorMention {
        text: text.into(),
        start,
        end: start + text.len(),
        code: opt("BRAGOV"),
        full_code: opt("BRAGOVMIL"),
        kind: if some { ActorKind::Person } else { ActorKind::Igo },
        name: opt("Mauro \"the minister\" Vieira"),
        role: opt("foreign minister"),
        affiliation: opt("Brasília"),
        refers_to: some.then_some(start / 3),
    }
}

fn location(text: &str, lat: f64, lon: f64) -> Location {
    Location {
        text: text.into(),
        start: 7,
        end: 7 + text.len(),
        name: format!("{text}, Ukraine"),
        kind: LocationKind::Landmark,
        country: Some("UKR".into()),
        adm1: None,
        lat,
        lon,
    }
}

fn event(tone: Option<f32>, location: Option<Location>, goldstein: f32) -> Event {
    Event {
        source: "RUSGOV".into(),
        target: String::new(),
        code: "163".into(),
        root: "16".into(),
        quad_class: 4,
        goldstein,
        plover: Some(Plover { kind: "ACCUSE".into(), mode: None }),
        negated: tone.is_some(),
        modality: Modality::Hypothetical,
        sentence: Span::new(0, 1_234_567_890),
        trigger: vec![TextSpan { text: "threatened\tto".into(), start: 3, end: 16 }],
        source_mention: Some(0),
        target_mention: None,
        reported_by: tone.map(|_| "UKR".into()),
        tone,
        location,
    }
}

fn record(body: &str) -> Record {
    let mut article = Article::from_body(body.to_string());
    article.title = Some("Title — “curly” \"straight\" \\ back".into());
    article.source = Some(String::new());
    let doc = newsgraph_core::segment::segment(article);
    Record::new(&doc)
}

#[test]
fn hand_made_records_equal_serde_json() {
    let bodies = [
        "",
        "A.",
        "Brazil criticised the tariffs.\n\nMr. Vieira said: \"We will respond.\"",
        "Ünïcödé — 字 🙂 text\twith\u{1}controls\r\nand \u{7f} DEL.",
    ];
    for body in bodies {
        let mut r = record(body);
        same(&r);
        r.actors = vec![
            actor("Vieira", 40, true),
            actor("", 0, false),
            actor("the Organisation of the United Nations", 99_999_999, true),
        ];
        r.quotes = vec![
            Quote {
                text: "We will respond.".into(),
                start: 53,
                end: 69,
                kind: QuoteKind::Mixed,
                speaker: Some(Speaker {
                    text: "he".into(),
                    start: 1,
                    end: 3,
                    name: Some("Vieira".into()),
                    code: None,
                    role: None,
                    affiliation: Some("é".into()),
                    actor: Some(100_000_000),
                }),
                cue: Some(TextSpan { text: "said".into(), start: 45, end: 49 }),
                sources: vec![CitedSource { name: "Agência Brasil".into(), kind: SourceKind::Agency }],
            },
            Quote {
                text: "x\"".into(),
                start: usize::MAX - 1,
                end: usize::MAX,
                kind: QuoteKind::Direct,
                speaker: None,
                cue: None,
                sources: vec![],
            },
        ];
        r.sources = vec![CitedSource { name: "in a statement".into(), kind: SourceKind::Document }];
        r.events = vec![
            event(None, None, -10.0),
            event(Some(-3.5294116), Some(location("Donetsk", 48.0159, 37.8028)), 1.9),
            event(Some(0.0), Some(location("", -0.0, 1e-7)), f32::NAN),
        ];
        r.tone = Some(Tone {
            tone: -6.818182,
            positive: 1.7857143,
            negative: 8.603896,
            polarity: 10.38961,
            activity_density: 0.0,
            self_group_density: -0.0,
            word_count: u32::MAX,
        });
        r.locations = vec![location("Kyiv", 50.45, 30.5234), location("Gaza Strip", f64::INFINITY, 1e300)];
        r.amounts = vec![Amount { text: "$100 million".into(), start: 0, end: 12, amount: 1e8, object: "USD".into() }];
        r.layers.insert("sentence_tone".into(), json!([0.0, -1.25, 3, null, "x\n"]));
        r.layers.insert("nested".into(), json!({"a": {"b": [true, false]}, "": 1.5}));
        r.article.dropped = vec![Dropped { text: "ADVERTISEMENT".into(), reason: "ad label".into() }];
        r.article.warnings = vec!["invalid UTF-8 replaced".into()];
        r.article.extra.insert("feed".into(), json!({"id": 7, "tags": ["a", "b"]}));
        same(&r);
        // Each part alone.
        same(&r.actors);
        same(&r.quotes);
        same(&r.events);
        same(&r.tone);
        same(&r.article);
    }
}

#[test]
fn articles_documents_and_tokens_equal_serde_json() {
    let mut a = Article::from_body("Body \"quoted\".\n\nMore.".into());
    a.origin = Some("in.txt:3".into());
    a.url = Some("https://example.com/a?b=c&d=\\e".into());
    same(&a);
    let doc = newsgraph_core::segment::segment(a);
    same(&doc.tokens);
    same(&doc.sentences);
    same(&doc.paragraphs);
}

fn text() -> impl Strategy<Value = String> {
    "(\\PC|[\u{0}-\u{1f}\"\\\\]|[a-zA-Z ]{0,20}){0,6}"
}

fn number() -> impl Strategy<Value = usize> {
    prop_oneof![0usize..10, 0usize..1000, 0usize..200_000_000, any::<usize>()]
}

fn float() -> impl Strategy<Value = f64> {
    prop_oneof![Just(0.0), Just(-0.0), -200.0f64..200.0, any::<f64>()]
}

prop_compose! {
    fn arb_actor()(text in text(), start in number(), code in proptest::option::of(text()), name in proptest::option::of(text()),
                   refers_to in proptest::option::of(number()), kind in 0usize..7) -> ActorMention {
        let kinds = [ActorKind::Country, ActorKind::Region, ActorKind::Igo, ActorKind::Person, ActorKind::Organization,
                     ActorKind::Agent, ActorKind::Group];
        ActorMention { end: start / 2, text, start, full_code: code.clone(), code, kind: kinds[kind], role: name.clone(),
                       name, affiliation: None, refers_to }
    }
}

prop_compose! {
    fn arb_location()(text in text(), start in number(), lat in float(), lon in float(), country in proptest::option::of(text()))
                      -> Location {
        Location { name: text.clone(), text, start, end: start, kind: LocationKind::City, country, adm1: None, lat, lon }
    }
}

prop_compose! {
    fn arb_record()(body in text(), actors in prop::collection::vec(arb_actor(), 0..4),
                    locations in prop::collection::vec(arb_location(), 0..3),
                    spans in prop::collection::vec((number(), number()), 0..4),
                    tone in proptest::option::of((any::<f32>(), any::<u32>())),
                    amounts in prop::collection::vec((text(), float()), 0..3),
                    layer in proptest::option::of(prop::collection::vec(float(), 0..4))) -> Record {
        let mut r = record(&body);
        r.actors = actors;
        r.locations = locations;
        r.paragraphs = spans.iter().map(|&(a, b)| Span { start: a, end: b }).collect();
        r.tone = tone.map(|(t, n)| Tone { tone: t, positive: t.abs(), word_count: n, ..Tone::default() });
        r.amounts = amounts.into_iter().map(|(t, x)| Amount { text: t.clone(), start: 0, end: 1, amount: x, object: t }).collect();
        r.events = r.locations.iter().map(|l| event(Some(l.lat as f32), Some(l.clone()), l.lon as f32)).collect();
        if let Some(v) = layer {
            r.layers.insert("sentence_tone".into(), json!(v));
        }
        r
    }
}

proptest! {
    #[test]
    fn random_records_equal_serde_json(r in arb_record()) {
        same(&r);
    }
}
