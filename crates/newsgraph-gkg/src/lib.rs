//! # newsgraph-gkg
//!
//! The GDELT Global Knowledge Graph layer: **tone** (the seven V2Tone figures, per article, per
//! sentence and per event), **places** (countries, first-level divisions, cities and landmarks with
//! country code, ADM1 code and coordinates; per event, the GDELT-style action location) and
//! **amounts** ("$100 million", "1,000 police officers"). Persons and organisations come from the
//! actors stage and are listed by the exporter.
//!
//! The stage runs last, after actors, quotes and events, and fills [`Record::tone`],
//! [`Record::locations`], [`Record::amounts`], and [`Event::tone`](newsgraph_core::model::Event::tone)
//! and [`Event::location`](newsgraph_core::model::Event::location) of every event. Per-sentence tone
//! goes in the record's `sentence_tone` layer: one `tone` figure per sentence, in sentence order.
//!
//! ```
//! use newsgraph_core::{segment, Article, Record, Stage};
//! use newsgraph_gkg::GkgStage;
//! let doc = segment::segment(Article::from_body("Shelling killed two civilians in Donetsk, Ukraine.".into()));
//! let mut record = Record::new(&doc);
//! GkgStage::new().run(&doc, &mut record);
//! assert!(record.tone.unwrap().tone < 0.0);
//! assert_eq!(record.locations[0].name, "Donetsk, Ukraine");
//! assert_eq!(record.amounts[0].object, "civilians");
//! ```
//!
//! Definitions, data files and their licences: `docs/gkg.md`.
#![deny(missing_docs)]

pub mod amounts;
pub mod eval;
pub mod places;
pub mod tone;

// `places_table.rs` (compiled by build.rs too) hashes with `crate::fxhash`.
use newsgraph_core::fxhash;
use newsgraph_core::model::{Document, Location, LocationKind, Record};
use newsgraph_core::Stage;
use places::Gazetteer;
use tone::ToneLexicon;

/// How many sentences on each side of an event's sentence count towards its tone.
pub const EVENT_TONE_RADIUS: usize = 1;

/// The GKG stage: tone, places and amounts.
#[derive(Debug)]
pub struct GkgStage {
    lexicon: ToneLexicon,
}

impl Default for GkgStage {
    fn default() -> Self {
        Self::new()
    }
}

impl GkgStage {
    /// Builds the stage with the built-in lexicon. The gazetteer is loaded on first use, once per process.
    pub fn new() -> Self {
        GkgStage { lexicon: ToneLexicon::builtin() }
    }

    /// Builds the stage with a given tone lexicon.
    pub fn with_lexicon(lexicon: ToneLexicon) -> Self {
        GkgStage { lexicon }
    }

    /// The tone lexicon.
    pub fn lexicon(&self) -> &ToneLexicon {
        &self.lexicon
    }

    /// Runs only the tone part.
    pub fn run_tone(&self, doc: &Document, record: &mut Record) {
        let counts = self.lexicon.sentence_counts(doc);
        Self::put_tone(doc, record, &counts);
    }

    /// Fills the record's tone, sentence tones and event tones from the counts per sentence.
    fn put_tone(doc: &Document, record: &mut Record, counts: &[tone::ToneCounts]) {
        let mut total = tone::ToneCounts::default();
        for c in counts {
            total.add(c);
        }
        record.tone = Some(total.tone());
        let per: Vec<serde_json::Value> =
            counts.iter().map(|c| serde_json::Value::from((f64::from(c.tone().tone) * 100.0).round() / 100.0)).collect();
        record.layers.insert("sentence_tone".into(), serde_json::Value::Array(per));
        for ev in &mut record.events {
            let i = doc.sentence_at(ev.sentence.start).unwrap_or(0);
            ev.tone = (!counts.is_empty()).then(|| tone::window(counts, i, EVENT_TONE_RADIUS).tone().tone);
        }
    }

    /// Runs only the places part.
    pub fn run_places(&self, doc: &Document, record: &mut Record) {
        let gaz = Gazetteer::builtin();
        let body = doc.body();
        let resolved = gaz.resolve(body, doc.article.dateline.as_deref(), &record.actors);
        record.locations = resolved.mentions.iter().map(|m| gaz.location(body, m)).collect();
        for ev in &mut record.events {
            let pos = ev.trigger.first().map_or(ev.sentence.start, |t| t.start);
            // The record's location of that mention (built above, in the order of the mentions).
            let sentence = (ev.sentence.start, ev.sentence.end);
            let capital =
                |j: usize| resolved.mentions.get(j).is_some_and(|m| gaz.place(m.place).kind == places::PlaceKind::Capital);
            let nearest = resolved.nearest_index(sentence, pos);
            ev.location = nearest.map(|k| more_specific(body, &record.locations, k, sentence, pos, capital)).and_then(|k| {
                record.locations.get(k).cloned().or_else(|| resolved.mentions.get(k).map(|m| gaz.location(body, m)))
            });
        }
    }

    /// Runs only the amounts part.
    pub fn run_amounts(&self, doc: &Document, record: &mut Record) {
        record.amounts = amounts::find_amounts(doc);
    }
}

impl Stage for GkgStage {
    fn name(&self) -> &'static str {
        "gkg"
    }

    fn run(&self, doc: &Document, record: &mut Record) {
        // The tone pass looks every word up and marks, on the way, the tokens that may start an
        // amount: the amounts part visits only those (the same amounts as `run_amounts`).
        let (mut starts, mut ends) = (Vec::new(), Vec::with_capacity(doc.sentences.len()));
        let counts = self.lexicon.sentence_counts_marking(doc, &mut starts, &mut ends);
        Self::put_tone(doc, record, &counts);
        self.run_places(doc, record);
        record.amounts = amounts::find_amounts_at(doc, &starts, &ends);
    }
}

/// Location `k` (nearest an event's trigger at byte `pos` in its sentence `sentence`), or, when
/// `k` is a country named in that sentence, the nearest place in the sentence inside that
/// country that is more specific (a region, a city, a landmark): "Sudan's army attacked villages
/// in North Darfur" happened in North Darfur. A place in another country is not taken ("Russia
/// shelled Kharkiv" near "Russia" stays there: which country's place is meant is the nearest's
/// call). A national capital only after a locative preposition ("urged the authorities in
/// Tbilisi"): bare, it is most often its government ("Caracas said it would not recognise
/// it", "talks with Washington"), not where the event happened (`capital(j)`: location `j` is a
/// national capital).
fn more_specific(
    body: &str,
    locations: &[Location],
    k: usize,
    sentence: (usize, usize),
    pos: usize,
    capital: impl Fn(usize) -> bool,
) -> usize {
    let Some(near) = locations.get(k) else { return k };
    if near.kind != LocationKind::Country || near.start < sentence.0 || near.end > sentence.1 || near.country.is_none() {
        return k;
    }
    let distance = |l: &Location| if l.start >= pos { l.start - pos } else { pos.saturating_sub(l.end) };
    locations
        .iter()
        .enumerate()
        .filter(|(_, l)| l.start >= sentence.0 && l.end <= sentence.1)
        .filter(|(_, l)| l.kind != LocationKind::Country && l.country == near.country)
        .filter(|&(j, l)| !capital(j) || places::after_locative(body, l.start))
        .min_by_key(|(_, l)| distance(l))
        .map_or(k, |(j, _)| j)
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsgraph_core::model::{Event, Modality, Span, TextSpan};
    use newsgraph_core::{segment, Article};
    use proptest::prelude::*;

    fn event(body: &str, sentence: Span, trigger: &str) -> Event {
        let t = body.find(trigger).unwrap();
        Event {
            source: "RUS".into(),
            target: "UKR".into(),
            code: "190".into(),
            root: "19".into(),
            quad_class: 4,
            goldstein: -10.0,
            plover: None,
            negated: false,
            modality: Modality::Asserted,
            sentence,
            trigger: vec![TextSpan::from_span(body, Span::new(t, t + trigger.len()))],
            source_mention: None,
            target_mention: None,
            reported_by: None,
            tone: None,
            location: None,
        }
    }

    #[test]
    fn events_get_tone_and_location() {
        let body = "Ukraine and Russia held peace talks in Geneva. Russian forces attacked Kharkiv overnight, killing two. \
                    The weather was mild.";
        let doc = segment::segment(Article::from_body(body.into()));
        let mut record = Record::new(&doc);
        let s1 = doc.sentences[1].span();
        let s2 = doc.sentences[2].span();
        record.events.push(event(body, s1, "attacked"));
        record.events.push(event(body, s2, "was"));
        GkgStage::new().run(&doc, &mut record);
        let e = &record.events[0];
        assert_eq!(e.location.as_ref().unwrap().text, "Kharkiv");
        assert!(e.tone.unwrap() < 0.0);
        // No place in the third sentence: the article's main place (first of the most mentioned).
        assert_eq!(record.events[1].location.as_ref().unwrap().text, "Ukraine");
        assert_eq!(record.layers["sentence_tone"].as_array().unwrap().len(), 3);
    }

    #[test]
    fn event_locations_are_the_nearest_mentions_locations() {
        let body = "Talks in Geneva and Paris went on. Shelling hit Kharkiv, then Donetsk, Ukraine. \
                    Nothing else happened. Officials in Kyiv and Lviv met.";
        let doc = segment::segment(Article::from_body(body.into()));
        let mut record = Record::new(&doc);
        let mut want = Vec::new();
        let gaz = Gazetteer::builtin();
        let resolved = gaz.resolve(body, None, &[]);
        for (si, trigger) in [(0, "Talks"), (0, "went"), (1, "Shelling"), (1, "then"), (1, "Ukraine"), (2, "Nothing"), (3, "met")]
        {
            let span = doc.sentences[si].span();
            let ev = event(body, span, trigger);
            let pos = ev.trigger[0].start;
            let locations: Vec<_> = resolved.mentions.iter().map(|m| gaz.location(body, m)).collect();
            let k = resolved.nearest_index((span.start, span.end), pos);
            let capital =
                |j: usize| resolved.mentions.get(j).is_some_and(|m| gaz.place(m.place).kind == places::PlaceKind::Capital);
            let k = k.map(|k| more_specific(body, &locations, k, (span.start, span.end), pos, capital));
            want.push(k.map(|k| locations[k].clone()));
            record.events.push(ev);
        }
        GkgStage::new().run(&doc, &mut record);
        let got: Vec<_> = record.events.iter().map(|e| e.location.clone()).collect();
        assert_eq!(got, want);
        assert!(got.iter().filter(|l| l.is_some()).count() >= 5);
    }

    #[test]
    fn an_event_nearest_a_country_happens_at_the_more_specific_place_in_it() {
        // (text, trigger, where the event happened)
        let cases = [
            ("Sudan's army attacked three villages in Darfur on Monday.", "attacked", "Darfur"),
            ("Officials said Ukraine's army shelled Kharkiv overnight.", "army", "Kharkiv"),
            // Another country's place is not the country's.
            ("Officials said France protested in Kharkiv overnight.", "protested", "France"),
            // A country alone stays.
            ("Officials said Sudan's army attacked three villages.", "attacked", "Sudan"),
            // A bare capital is most often the government; after "in" it is a place.
            ("Venezuela was ordered to stop, in a ruling Caracas rejected.", "ordered", "Venezuela"),
            ("Georgia was warned that the authorities in Tbilisi must act.", "warned", "Tbilisi"),
        ];
        for (body, trigger, want) in cases {
            let doc = segment::segment(Article::from_body(body.into()));
            let mut record = Record::new(&doc);
            let span = doc.sentences[0].span();
            record.events.push(event(body, span, trigger));
            GkgStage::new().run(&doc, &mut record);
            let got = record.events[0].location.as_ref().map(|l| l.text.as_str());
            assert_eq!(got.map(|t| t.trim_end_matches("'s")), Some(want), "{body}");
        }
    }

    /// The stage (one tone pass that marks the tokens the amounts part visits) fills the record
    /// as its parts run one by one do.
    fn check_stage_equals_parts(body: &str) {
        let doc = segment::segment(Article::from_body(body.into()));
        let stage = GkgStage::new();
        let mut whole = Record::new(&doc);
        stage.run(&doc, &mut whole);
        let mut parts = Record::new(&doc);
        stage.run_tone(&doc, &mut parts);
        stage.run_places(&doc, &mut parts);
        stage.run_amounts(&doc, &mut parts);
        assert_eq!(serde_json::to_string(&whole).unwrap(), serde_json::to_string(&parts).unwrap(), "{body:?}");
    }

    #[test]
    fn stage_equals_its_parts() {
        for body in [
            "",
            "Shelling killed two civilians in Donetsk, Ukraine. US$5 million and a dozen trucks arrived.",
            "Twenty-five people, forty\u{2011}two troops and thousands of refugees fled; a 3.5% rise. A thousand.",
            "\u{3b1}\u{3b2} \u{20ac}4 caf\u{e9}s in Paris, Texas \u{2014} one of them, 2019 ended; a",
        ] {
            check_stage_equals_parts(body);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        #[test]
        fn stage_equals_its_parts_on_random_text(body in "(\\PC|[ $\u{20ac}%,.0-9]|Paris|Kyiv|a|A|two|Twenty-five|dozen|million|thousands of){0,60}") {
            check_stage_equals_parts(&body);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        #[test]
        fn never_panics_and_spans_are_valid(body in "(\\PC|[ $€£%,.0-9]|Paris|Kyiv|Georgia|two|million|thousands of){0,60}") {
            let doc = segment::segment(Article::from_body(body.clone()));
            let mut record = Record::new(&doc);
            GkgStage::new().run(&doc, &mut record);
            for l in &record.locations {
                prop_assert!(l.start <= l.end && l.end <= body.len());
                prop_assert!(body.is_char_boundary(l.start) && body.is_char_boundary(l.end));
                prop_assert_eq!(&body[l.start..l.end], l.text.as_str());
            }
            for a in &record.amounts {
                prop_assert!(a.start <= a.end && a.end <= body.len());
                prop_assert!(body.is_char_boundary(a.start) && body.is_char_boundary(a.end));
                prop_assert_eq!(&body[a.start..a.end], a.text.as_str());
            }
            let t = record.tone.unwrap();
            prop_assert!(t.tone.is_finite() && t.polarity >= 0.0 && t.polarity <= 200.0);
        }
    }
}
