//! Session 14: the kind of a cited source named by its head word, outlets named by their medium
//! ("Time magazine"), institutions whose names hold "for", and a name in commas after a
//! kinship or role phrase ("according to his wife, Amanda, …"). Sentences written for these tests.

use newsgraph_core::model::SourceKind::{self, Document, Media, Official};
use newsgraph_core::{segment, Article, Record, Stage};
use newsgraph_quotes::QuoteStage;

mod common;
use common::run;

fn sources(rec: &Record) -> Vec<(&str, SourceKind)> {
    rec.sources.iter().map(|s| (s.name.as_str(), s.kind)).collect()
}

#[test]
fn source_kind_from_the_head_word() {
    let rows: &[(&str, (&str, SourceKind))] = &[
        ("According to a recent report by the think tank, exports fell by a third.", ("a recent report", Document)),
        ("According to local reports, the bridge was closed before dawn.", ("local reports", Document)),
        ("According to data from the Harbour Authority, traffic doubled in May.", ("data from the Harbour Authority", Document)),
        (
            "According to videos posted on social media, the crowd broke through the gate.",
            ("videos posted on social media", Document),
        ),
        ("According to a statement released by the club, the coach resigned.", ("a statement released by the club", Document)),
        ("According to Bolivian state media, the miners ended their strike.", ("Bolivian state media", Media)),
        ("According to local newspapers, the mayor left town on Friday.", ("local newspapers", Media)),
        // People and offices stay official sources; a capitalised head is a name, not a noun.
        ("According to the harbour master, the ferry left an hour late.", ("the harbour master", Official)),
        ("According to the Post, the ferry left an hour late.", ("the Post", Official)),
    ];
    for (text, want) in rows {
        let rec = run(text);
        let got = sources(&rec);
        assert!(got.contains(want), "{text}: want {want:?} in {got:?}");
        assert!(rec.quotes.iter().any(|q| q.sources.iter().any(|s| (s.name.as_str(), s.kind) == *want)), "{text}: per quote");
    }
}

#[test]
fn outlets_named_by_their_medium() {
    let rows: &[(&str, Option<(&str, SourceKind)>)] = &[
        ("On Monday, Vista magazine announced its choice of the architect as its person of the year.", Some(("Vista", Media))),
        ("According to the Lakeside Bulletin, the storm cut power to four villages.", Some(("Lakeside Bulletin", Media))),
        // The name after the medium words is the outlet, not the adjective before them.
        ("The Danish daily newspaper Nordposten reported that the minister would resign.", None),
    ];
    for (text, want) in rows {
        let rec = run(text);
        let got = sources(&rec);
        match want {
            Some(w) => assert!(got.contains(w), "{text}: want {w:?} in {got:?}"),
            None => assert!(!got.iter().any(|(n, _)| *n == "Danish"), "{text}: {got:?}"),
        }
    }
}

#[test]
fn institution_names_keep_their_for() {
    let rows: &[(&str, &str, &str)] = &[
        (
            "According to the Centers for Disease Control and Prevention, one child in a thousand falls seriously ill.",
            "the Centers for Disease Control and Prevention",
            "Centers for Disease Control and Prevention",
        ),
        (
            "The Court of Appeals of Nordland said the ruling would stand.",
            "The Court of Appeals of Nordland",
            "Court of Appeals of Nordland",
        ),
        (
            "According to the Institute for Coastal Studies, the dunes lost a metre of sand.",
            "the Institute for Coastal Studies",
            "Institute for Coastal Studies",
        ),
    ];
    for (text, speaker, name) in rows {
        let rec = run(text);
        let q = rec.quotes.first().unwrap_or_else(|| panic!("{text}: no quote"));
        let sp = q.speaker.as_ref().unwrap_or_else(|| panic!("{text}: no speaker"));
        assert_eq!(sp.text, *speaker, "{text}");
        assert_eq!(sp.name.as_deref(), Some(*name), "{text}");
        if text.starts_with("According") {
            assert!(sources(&rec).contains(&(*speaker, Official)), "{text}: {:?}", sources(&rec));
        }
    }
}

#[test]
fn name_in_commas_after_a_role_phrase() {
    let text = "According to his sister, Marta, the climber reached the summit on Tuesday.";
    let rec = run(text);
    let q = rec.quotes.first().unwrap_or_else(|| panic!("{text}: no quote"));
    assert_eq!(q.text, "the climber reached the summit on Tuesday");
    let sp = q.speaker.as_ref().unwrap_or_else(|| panic!("{text}: no speaker"));
    assert_eq!(sp.name.as_deref(), Some("Marta"));
    assert_eq!(sp.role.as_deref(), Some("sister"));
    // A name that the clause goes on to describe is its subject, not a source.
    let text = "According to official figures, Herrera, now in his third term, remains popular.";
    let rec = run(text);
    let q = rec.quotes.first().unwrap_or_else(|| panic!("{text}: no quote"));
    assert!(q.text.starts_with("Herrera"), "{text}: {:?}", q.text);
    assert_eq!(q.speaker.as_ref().map(|s| s.text.as_str()), Some("official figures"));
    assert!(sources(&rec).contains(&("official figures", Document)), "{:?}", sources(&rec));
}

#[test]
fn where_the_statement_was_made() {
    let rows: &[(&str, &str, (&str, SourceKind))] = &[
        ("The ministry said on Twitter that the crossing had reopened.", "that the crossing had reopened", ("Twitter", Media)),
        ("The mayor wrote on Facebook that the bridge was safe.", "that the bridge was safe", ("Facebook", Media)),
        ("The company said in a post on X that its servers were back.", "that its servers were back", ("X", Media)),
        (
            "The governor said on state television that the curfew would end.",
            "that the curfew would end",
            ("state television", Media),
        ),
        ("Speaking to the BBC, the harbour master said the wall had held.", "the wall had held", ("BBC", Media)),
        (
            "In an interview with Der Spiegel, the chancellor said the coalition was stable.",
            "the coalition was stable",
            ("Der Spiegel", Media),
        ),
        // The document's participle is no part of the statement.
        (
            "The agency said in a report published on Tuesday that prices had risen.",
            "that prices had risen",
            ("a report", Document),
        ),
    ];
    for (text, content, want) in rows {
        let rec = run(text);
        let q = rec.quotes.first().unwrap_or_else(|| panic!("{text}: no quote"));
        assert_eq!(q.text, *content, "{text}");
        let got: Vec<(&str, SourceKind)> = q.sources.iter().map(|s| (s.name.as_str(), s.kind)).collect();
        assert!(got.contains(want), "{text}: want {want:?} in {got:?}");
    }
    // "on" + a weekday is no medium.
    let rec = run("The minister said on Monday that the port would stay open.");
    assert!(rec.sources.is_empty(), "{:?}", rec.sources);
}

#[test]
fn an_outlet_the_actors_stage_knows() {
    use newsgraph_core::model::{ActorKind, ActorMention};
    let text = "According to Kestrel Radio North, the strike ended at dawn.";
    let doc = segment::segment(Article::from_body(text.to_string()));
    let mut rec = Record::new(&doc);
    let start = text.find("Kestrel").unwrap_or(0);
    let mention = |code: &str| ActorMention {
        text: "Kestrel Radio North".into(),
        start,
        end: start + "Kestrel Radio North".len(),
        code: Some(code.into()),
        full_code: None,
        kind: ActorKind::Organization,
        name: Some("Kestrel Radio North".into()),
        role: None,
        affiliation: None,
        refers_to: None,
    };
    // A media code (country + MED): the outlet is a media source.
    rec.actors = vec![mention("GBRMED")];
    QuoteStage::new().run(&doc, &mut rec);
    assert!(sources(&rec).contains(&("Kestrel Radio North", Media)), "{:?}", sources(&rec));
    // Any other organisation stays an official source.
    let mut rec = Record::new(&doc);
    rec.actors = vec![mention("GBRBUS")];
    QuoteStage::new().run(&doc, &mut rec);
    assert!(sources(&rec).contains(&("Kestrel Radio North", Official)), "{:?}", sources(&rec));
}
