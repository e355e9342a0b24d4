//! Evaluation: PETRARCH's unit-test records (coded from `<Text>` only, never `<Parse>`)
//! and labelled dev sets (`{"id","date","text","events":[{"source","target","code"}]}`).

use crate::{CommaRules, EventOptions};
use newsgraph_core::model::{Event, Modality};
use serde::Deserialize;
use std::collections::BTreeMap;

/// A (source, target, code) triple.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
pub struct Triple {
    /// Source actor code.
    pub source: String,
    /// Target actor code.
    #[serde(default)]
    pub target: String,
    /// CAMEO code.
    pub code: String,
}

/// One PETRARCH unit-test record.
#[derive(Debug, Clone, PartialEq)]
pub struct PetrarchRecord {
    /// Record id ("DEMO-00").
    pub id: String,
    /// Category ("DEMO", "VERB", …).
    pub category: String,
    /// Date `YYYYMMDD`.
    pub date: String,
    /// The sentence text.
    pub text: String,
    /// `<Config>` options in force for this record (cumulative, as PETRARCH reads them).
    pub config: BTreeMap<String, String>,
    /// Expected events.
    pub expected: Vec<Triple>,
}

impl PetrarchRecord {
    /// PETRARCH's `require_dyad` (default true).
    pub fn require_dyad(&self) -> bool {
        self.config.get("require_dyad").is_none_or(|v| !v.eq_ignore_ascii_case("false"))
    }

    /// PETRARCH's comma-clause deletion limits: its defaults (internal 2–8, final 2–8,
    /// opening off) with the record's `comma_*` options applied (a value that is not a
    /// number is ignored, as PETRARCH does).
    pub fn comma_rules(&self) -> CommaRules {
        let mut r = CommaRules::petrarch();
        for (k, v) in &self.config {
            let Ok(x) = v.trim().parse::<u16>() else { continue };
            match k.as_str() {
                "comma_min" => r.min = x,
                "comma_max" => r.max = x,
                "comma_bmin" => r.bmin = x,
                "comma_bmax" => r.bmax = x,
                "comma_emin" => r.emin = x,
                "comma_emax" => r.emax = x,
                _ => {}
            }
        }
        r
    }

    /// The coding options PETRARCH's suite runs under for this record: its `require_dyad`
    /// and comma rules, and PETRARCH's behaviour (codes from the dictionary's own patterns, no
    /// implied reciprocity, no locative exception).
    pub fn options(&self) -> EventOptions {
        EventOptions {
            require_dyad: self.require_dyad(),
            modifier_codes: false,
            compound_reciprocal: false,
            locatives: false,
            commas: self.comma_rules(),
            agentless_passive_active: true,
            implied_targets: false,
            verb_phrases: true,
            uncertainty: false,
        }
    }
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    while let Some(i) = rest.find(name) {
        let after = &rest[i + name.len()..];
        let before_ok = i == 0 || rest.as_bytes()[i - 1].is_ascii_whitespace();
        let t = after.trim_start();
        if before_ok && t.starts_with('=') {
            let t = t[1..].trim_start();
            let q = t.chars().next()?;
            if q == '"' || q == '\'' {
                let end = t[1..].find(q)?;
                return Some(unescape(&t[1..1 + end]));
            }
        }
        rest = &rest[i + name.len()..];
    }
    None
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
}

fn strip_comments(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("<!--") {
        out.push_str(&rest[..i]);
        match rest[i..].find("-->") {
            Some(j) => rest = &rest[i + j + 3..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Parses PETRARCH's validation XML. `<Parse>` is never read.
pub fn parse_petrarch_xml(xml: &str) -> Vec<PetrarchRecord> {
    let xml = strip_comments(xml);
    let mut out = Vec::new();
    let mut config: BTreeMap<String, String> = BTreeMap::new();
    let mut pos = 0;
    while pos < xml.len() {
        let Some(lt) = xml[pos..].find('<') else { break };
        let start = pos + lt;
        let Some(gt) = xml[start..].find('>') else { break };
        let tag = &xml[start + 1..start + gt];
        pos = start + gt + 1;
        if tag.starts_with("Config") {
            if let (Some(o), Some(v)) = (attr(tag, "option"), attr(tag, "value")) {
                config.insert(o, v);
            }
        } else if tag.starts_with("Sentence ") || tag == "Sentence" {
            let end = xml[pos..].find("</Sentence>").map(|e| pos + e).unwrap_or(xml.len());
            let inner = &xml[pos..end];
            let mut rec = PetrarchRecord {
                id: attr(tag, "id").unwrap_or_default(),
                category: attr(tag, "category").unwrap_or_default(),
                date: attr(tag, "date").unwrap_or_default(),
                text: String::new(),
                config: config.clone(),
                expected: Vec::new(),
            };
            let mut p = 0;
            while let Some(i) = inner[p..].find('<') {
                let s = p + i;
                let Some(g) = inner[s..].find('>') else { break };
                let t = &inner[s + 1..s + g];
                p = s + g + 1;
                if t.starts_with("EventCoding") {
                    if let (Some(src), Some(code)) = (attr(t, "sourcecode"), attr(t, "eventcode")) {
                        rec.expected.push(Triple { source: src, target: attr(t, "targetcode").unwrap_or_default(), code });
                    }
                } else if t.starts_with("Config") {
                    if let (Some(o), Some(v)) = (attr(t, "option"), attr(t, "value")) {
                        rec.config.insert(o, v);
                    }
                } else if t == "Text" {
                    let e = inner[p..].find("</Text>").map(|e| p + e).unwrap_or(inner.len());
                    rec.text = unescape(&inner[p..e]).split_whitespace().collect::<Vec<_>>().join(" ");
                    p = e;
                } else if t == "Parse" {
                    // Never read: skip to its end.
                    p = inner[p..].find("</Parse>").map(|e| p + e).unwrap_or(inner.len());
                }
            }
            out.push(rec);
            pos = (end + "</Sentence>".len()).min(xml.len());
        }
    }
    out
}

/// Whether an event counts as coded (not negated, not hypothetical).
pub fn counts(e: &Event) -> bool {
    !e.negated && e.modality != Modality::Hypothetical
}

/// The events of a record as triples (those that [`counts`]).
pub fn triples(events: &[Event]) -> Vec<Triple> {
    events
        .iter()
        .filter(|e| counts(e))
        .map(|e| Triple { source: e.source.clone(), target: e.target.clone(), code: e.code.clone() })
        .collect()
}

/// Like [`triples`], written as PETRARCH writes them: a missing actor is `---`.
pub fn petrarch_triples(events: &[Event]) -> Vec<Triple> {
    let dash = |s: &str| if s.is_empty() { "---".to_string() } else { s.to_string() };
    triples(events).into_iter().map(|t| Triple { source: dash(&t.source), target: dash(&t.target), code: t.code }).collect()
}

/// Found / missed / extra counts of one comparison.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Records.
    pub records: usize,
    /// Records whose events are exactly the expected ones.
    pub correct: usize,
    /// Expected events.
    pub expected: usize,
    /// Expected events found.
    pub found: usize,
    /// Expected events missed.
    pub missed: usize,
    /// Events coded that were not expected.
    pub extra: usize,
}

impl Tally {
    /// Adds another tally.
    pub fn add(&mut self, o: Tally) {
        self.records += o.records;
        self.correct += o.correct;
        self.expected += o.expected;
        self.found += o.found;
        self.missed += o.missed;
        self.extra += o.extra;
    }
}

/// Compares coded triples with expected ones (as multisets).
pub fn compare(expected: &[Triple], got: &[Triple]) -> Tally {
    let mut left: Vec<&Triple> = got.iter().collect();
    let mut found = 0;
    for e in expected {
        if let Some(i) = left.iter().position(|g| *g == e) {
            left.remove(i);
            found += 1;
        }
    }
    let missed = expected.len() - found;
    Tally {
        records: 1,
        correct: usize::from(missed == 0 && left.is_empty()),
        expected: expected.len(),
        found,
        missed,
        extra: left.len(),
    }
}

/// One labelled dev-set line.
#[derive(Debug, Clone, Deserialize)]
pub struct DevRecord {
    /// Id.
    #[serde(default)]
    pub id: String,
    /// Date.
    #[serde(default)]
    pub date: Option<String>,
    /// Text.
    pub text: String,
    /// Gold events.
    #[serde(default)]
    pub events: Vec<Triple>,
}

/// True positives, false positives and false negatives.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Prf {
    /// True positives.
    pub tp: usize,
    /// False positives.
    pub fp: usize,
    /// False negatives.
    pub fn_: usize,
}

impl Prf {
    /// Precision (1 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    /// Recall (1 when nothing was expected).
    pub fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
    /// F1.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// CAMEO role codes that may follow a country code (or stand alone) in a domestic actor code
/// (the list [`is_role_code`] matches, kept for its test).
#[cfg(test)]
const ROLE_CODES: &[&str] = &[
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "SPY", "CVL", "BUS", "MED", "LAB", "EDU", "HLH", "REF", "AGR", "ENV", "HRI",
    "ELI", "PTY", "UAF", "CRM", "IMG", "INS", "SEP", "MOD", "RAD", "RES",
];

/// Whether a three-letter code is a CAMEO role ("GOV", "CVL", …) rather than a country.
///
/// (A match on the bytes, a decision tree on the three letters: the coder asks this for the
/// source of every sentence it looks at, and a search of a list compares strings.)
pub fn is_role_code(c: &str) -> bool {
    matches!(
        c.as_bytes(),
        b"GOV"
            | b"MIL"
            | b"COP"
            | b"JUD"
            | b"LEG"
            | b"OPP"
            | b"REB"
            | b"SPY"
            | b"CVL"
            | b"BUS"
            | b"MED"
            | b"LAB"
            | b"EDU"
            | b"HLH"
            | b"REF"
            | b"AGR"
            | b"ENV"
            | b"HRI"
            | b"ELI"
            | b"PTY"
            | b"UAF"
            | b"CRM"
            | b"IMG"
            | b"INS"
            | b"SEP"
            | b"MOD"
            | b"RAD"
            | b"RES"
    )
}

/// An actor code under the dev set's convention (`eval/README.md`, "Actor codes"): a domestic
/// actor is its country plus at most one role ("PSEREBHMS" → "PSEREB", "USAGOVMIL" →
/// "USAGOV"), a bare role keeps only its first role ("CVLOPP" → "CVL"); IGO and NGO codes
/// (`IGOUNOWFP`, `NGOHRIAMN`) and the empty code are kept as they are.
pub fn normalize_actor(code: &str) -> &str {
    if code.len() <= 6 && !code.get(..3).is_some_and(is_role_code) {
        return code;
    }
    match code.get(..3) {
        Some("IGO" | "NGO") | None => code,
        Some(p) if is_role_code(p) => p,
        Some(_) => code.get(..6).unwrap_or(code),
    }
}

/// A triple with both actor codes under [`normalize_actor`].
pub fn normalize_triple(t: &Triple) -> Triple {
    Triple {
        source: normalize_actor(&t.source).to_string(),
        target: normalize_actor(&t.target).to_string(),
        code: t.code.clone(),
    }
}

/// Precision/recall per CAMEO root and overall, at two levels.
#[derive(Debug, Clone, Default)]
pub struct DevScore {
    /// Per root, matching (source, target, root).
    pub per_root: BTreeMap<String, Prf>,
    /// Overall, matching (source, target, root).
    pub root_level: Prf,
    /// Overall, matching (source, target, full code).
    pub code_level: Prf,
    /// Overall, matching the root only (actors ignored): separates coding from actor errors.
    pub root_only: Prf,
    /// Records scored.
    pub records: usize,
    /// Compare actor codes under [`normalize_actor`] (the dev set's convention) rather than as raw strings.
    pub normalize: bool,
}

impl DevScore {
    /// A score that compares actor codes under the dev set's convention ([`normalize_actor`]).
    pub fn normalized() -> Self {
        DevScore { normalize: true, ..Default::default() }
    }

    /// Adds one record's gold and coded triples.
    pub fn add(&mut self, gold: &[Triple], got: &[Triple]) {
        if self.normalize {
            let g: Vec<Triple> = gold.iter().map(normalize_triple).collect();
            let o: Vec<Triple> = got.iter().map(normalize_triple).collect();
            self.normalize = false;
            self.add(&g, &o);
            self.normalize = true;
            return;
        }
        self.records += 1;
        let t = compare(gold, got);
        self.code_level.tp += t.found;
        self.code_level.fn_ += t.missed;
        self.code_level.fp += t.extra;
        let root = |t: &Triple| Triple {
            source: t.source.clone(),
            target: t.target.clone(),
            code: t.code.get(..2).unwrap_or(&t.code).to_string(),
        };
        let mut left: Vec<Triple> = got.iter().map(root).collect();
        for g in gold.iter().map(root) {
            let e = self.per_root.entry(g.code.clone()).or_default();
            if let Some(i) = left.iter().position(|x| *x == g) {
                left.remove(i);
                e.tp += 1;
                self.root_level.tp += 1;
            } else {
                e.fn_ += 1;
                self.root_level.fn_ += 1;
            }
        }
        for x in left {
            self.per_root.entry(x.code.clone()).or_default().fp += 1;
            self.root_level.fp += 1;
        }
        let mut roots: Vec<&str> = got.iter().map(|t| t.code.get(..2).unwrap_or(&t.code)).collect();
        for g in gold {
            let r = g.code.get(..2).unwrap_or(&g.code);
            if let Some(i) = roots.iter().position(|x| *x == r) {
                roots.remove(i);
                self.root_only.tp += 1;
            } else {
                self.root_only.fn_ += 1;
            }
        }
        self.root_only.fp += roots.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_role_code_matches_the_list() {
        let mut words: Vec<String> = vec![String::new(), "G".into(), "GO".into(), "GOVX".into(), "gov".into(), "GÖV".into()];
        for a in b'A'..=b'Z' {
            for b in b'A'..=b'Z' {
                for c in b'A'..=b'Z' {
                    words.push(String::from_utf8(vec![a, b, c]).unwrap());
                }
            }
        }
        words.extend(ROLE_CODES.iter().flat_map(|r| [r.to_string(), format!("{r} "), r[..2].to_string(), r.to_lowercase()]));
        for w in &words {
            assert_eq!(is_role_code(w), ROLE_CODES.contains(&w.as_str()), "{w:?}");
        }
        assert_eq!(words[6..6 + 26 * 26 * 26].iter().filter(|w| is_role_code(w)).count(), ROLE_CODES.len());
    }

    fn t(s: &str, tg: &str, c: &str) -> Triple {
        Triple { source: s.into(), target: tg.into(), code: c.into() }
    }

    #[test]
    fn parses_records_with_config_and_no_parse() {
        let xml = r#"<Validation><!-- <Sentence id="X"> --><Config option="require_dyad" value="False"></Config>
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor restored ties
with Gondor &amp; friends.
</Text>
<Parse>(ROOT (S (NP (NNP Nope))))</Parse>
</Sentence>
<Sentence date="19950101" id="DEMO-01" category="DEMO"><EventCoding noevents = "True"></EventCoding><Text>Nothing.</Text></Sentence>"#;
        let r = parse_petrarch_xml(xml);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].text, "Arnor restored ties with Gondor & friends.");
        assert_eq!(r[0].expected, vec![t("ARN", "GON", "064")]);
        assert!(!r[0].require_dyad());
        assert!(r[1].expected.is_empty());
    }

    #[test]
    fn compare_and_dev_score() {
        let c = compare(&[t("A", "B", "064"), t("B", "A", "033")], &[t("A", "B", "064"), t("A", "B", "111")]);
        assert_eq!((c.found, c.missed, c.extra, c.correct), (1, 1, 1, 0));
        let mut d = DevScore::default();
        d.add(&[t("A", "B", "0641")], &[t("A", "B", "064")]);
        assert_eq!(d.per_root["06"].tp, 1);
        assert_eq!(d.code_level.tp, 0);
        assert!((d.root_level.precision() - 1.0).abs() < 1e-9);
    }

    #[test]
    fn actor_codes_under_the_dev_convention() {
        for (raw, norm) in [
            ("PSEREBHMS", "PSEREB"),
            ("USAGOVMIL", "USAGOV"),
            ("RUS", "RUS"),
            ("RUSGOV", "RUSGOV"),
            ("CVLOPP", "CVL"),
            ("GOV", "GOV"),
            ("IGOUNOWFP", "IGOUNOWFP"),
            ("NGOHRIAMN", "NGOHRIAMN"),
            ("", ""),
            ("IRNGOVELI", "IRNGOV"),
        ] {
            assert_eq!(normalize_actor(raw), norm, "{raw}");
        }
        let mut raw = DevScore::default();
        let mut norm = DevScore::normalized();
        for d in [&mut raw, &mut norm] {
            d.add(&[t("PSEREB", "ISR", "190")], &[t("PSEREBHMS", "ISR", "190")]);
        }
        assert_eq!((raw.root_level.tp, norm.root_level.tp), (0, 1));
    }
}

/// PETRARCH discard phrases (`PETR.Validate.discards.txt`): a sentence containing one is not coded.
#[derive(Debug, Clone, Default)]
pub struct Discards {
    phrases: Vec<Vec<String>>,
}

impl Discards {
    /// Parses a discards file (`+` marks story-level discards; both apply to the sentence here).
    pub fn parse(text: &str) -> Self {
        let phrases = text
            .lines()
            .map(|l| l.split('#').next().unwrap_or("").trim().trim_start_matches('+').trim())
            .filter(|l| !l.is_empty() && !l.starts_with('<'))
            .map(|l| l.split([' ', '_']).filter(|w| !w.is_empty()).map(str::to_lowercase).collect())
            .collect();
        Discards { phrases }
    }

    /// True when `text` contains a discard phrase (whole words, case-insensitive).
    pub fn matches(&self, text: &str) -> bool {
        let words: Vec<String> =
            text.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
        self.phrases.iter().any(|p| !p.is_empty() && words.windows(p.len()).any(|w| w == p.as_slice()))
    }
}

/// One record's outcome.
#[derive(Debug, Clone)]
pub struct RecordOutcome {
    /// Record id.
    pub id: String,
    /// Category.
    pub category: String,
    /// The comparison.
    pub tally: Tally,
    /// Expected triples.
    pub expected: Vec<Triple>,
    /// Coded triples.
    pub got: Vec<Triple>,
}

/// The PETRARCH suite's result.
#[derive(Debug, Clone, Default)]
pub struct PetrarchReport {
    /// Per category, in file order of first appearance.
    pub per_category: Vec<(String, Tally)>,
    /// All records.
    pub total: Tally,
    /// Every record's outcome.
    pub records: Vec<RecordOutcome>,
}

/// Codes every record with `code` (text → coded triples) and scores it.
pub fn run_petrarch(
    records: &[PetrarchRecord],
    discards: &Discards,
    mut code: impl FnMut(&PetrarchRecord) -> Vec<Triple>,
) -> PetrarchReport {
    let mut rep = PetrarchReport::default();
    for r in records {
        let got = if discards.matches(&r.text) { Vec::new() } else { code(r) };
        let tally = compare(&r.expected, &got);
        match rep.per_category.iter_mut().find(|(c, _)| *c == r.category) {
            Some((_, t)) => t.add(tally),
            None => rep.per_category.push((r.category.clone(), tally)),
        }
        rep.total.add(tally);
        rep.records.push(RecordOutcome {
            id: r.id.clone(),
            category: r.category.clone(),
            tally,
            expected: r.expected.clone(),
            got,
        });
    }
    rep
}

/// Reads PETRARCH records from the XML file or its JSONL conversion
/// (`{"id","category","date","config","text","expected":[{"sourcecode","targetcode","eventcode"}]}`).
pub fn read_petrarch_records(text: &str) -> Result<Vec<PetrarchRecord>, String> {
    if text.trim_start().starts_with('<') {
        return Ok(parse_petrarch_xml(text));
    }
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("line {}: {e}", i + 1))?;
        let s = |k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("").to_string();
        let config = v
            .get("config")
            .and_then(|c| c.as_object())
            .map(|o| o.iter().map(|(k, x)| (k.clone(), x.as_str().unwrap_or("").to_string())).collect())
            .unwrap_or_default();
        let expected = v
            .get("expected")
            .and_then(|e| e.as_array())
            .into_iter()
            .flatten()
            .filter_map(|e| {
                let g = |k: &str| e.get(k).and_then(|x| x.as_str()).map(str::to_string);
                Some(Triple { source: g("sourcecode")?, target: g("targetcode").unwrap_or_default(), code: g("eventcode")? })
            })
            .collect();
        out.push(PetrarchRecord { id: s("id"), category: s("category"), date: s("date"), text: s("text"), config, expected });
    }
    Ok(out)
}

#[cfg(test)]
mod suite_tests {
    use super::*;

    #[test]
    fn discards_and_runner() {
        let d = Discards::parse("# c\nYEARS LATER\n+Manchester United # x\n");
        assert!(d.matches("It came years later."));
        assert!(d.matches("manchester united won"));
        assert!(!d.matches("Manchester City won"));
        let recs = read_petrarch_records(
            r#"{"id":"A-1","category":"A","date":"19950101","config":{"require_dyad":"False"},"text":"x","expected":[{"sourcecode":"X","targetcode":"Y","eventcode":"010"}]}"#,
        )
        .unwrap();
        assert!(!recs[0].require_dyad());
        let rep = run_petrarch(&recs, &d, |_| vec![Triple { source: "X".into(), target: "Y".into(), code: "010".into() }]);
        assert_eq!(rep.total.correct, 1);
        assert_eq!(rep.per_category[0].0, "A");
    }
}
