//! textacy's direct-quotation cases (chartbeat-labs/textacy, Apache-2.0), read from
//! `../shared/eval/quotes/textacy-direct-quotations/cases.json` when it exists; skipped otherwise.
//! textacy extracts quotations in marks, so we compare our quotes whose content holds
//! quotation marks (direct, partial, mixed); reported speech without marks is not compared.

use newsgraph_core::model::QuoteKind;
use newsgraph_core::{segment, Article, Record, Stage};
use newsgraph_quotes::QuoteStage;
use std::path::PathBuf;

fn cases() -> Option<serde_json::Value> {
    let p = std::env::var_os("NEWSGRAPH_TEXTACY_CASES").map(PathBuf::from).unwrap_or_else(|| {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/quotes/textacy-direct-quotations/cases.json")
    });
    let text = std::fs::read_to_string(p).ok()?;
    serde_json::from_str(&text).ok()
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty() && *w != "and").map(str::to_string).collect()
}

fn quotes(text: &str) -> Vec<(Vec<String>, String, String)> {
    let doc = segment::segment(Article::from_body(text.to_string()));
    let mut rec = Record::new(&doc);
    QuoteStage::new().run(&doc, &mut rec);
    rec.quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct || rec.body[q.start.saturating_sub(1)..q.end].contains(['"', '“', '«', '\'']))
        .filter(|q| q.kind != QuoteKind::Indirect)
        .map(|q| {
            let sp = q.speaker.as_ref().map(|s| words(&s.text)).unwrap_or_default();
            (sp, q.cue.as_ref().map(|c| c.text.clone()).unwrap_or_default(), q.text.clone())
        })
        .collect()
}

fn strip(s: &str) -> String {
    s.trim_matches(|c: char| newsgraph_core::segment::is_quote_char(c) || c == ',' || c.is_whitespace())
        .trim_end_matches(',')
        .to_string()
}

#[test]
fn textacy_direct_quotation_cases() {
    let Some(c) = cases() else {
        eprintln!("textacy cases not found; skipped");
        return;
    };
    let mut n = 0;
    for key in ["direct_quotations_en", "direct_quotations_es"] {
        for case in c[key].as_array().into_iter().flatten() {
            let text = case["text"].as_str().unwrap_or_default();
            let got = quotes(text);
            let want: Vec<(Vec<String>, String, String)> = case["expected"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|e| {
                    let sp: Vec<String> =
                        e[0].as_array().into_iter().flatten().filter_map(|x| x.as_str()).map(str::to_string).collect();
                    let cue: Vec<&str> = e[1].as_array().into_iter().flatten().filter_map(|x| x.as_str()).collect();
                    (sp, cue.join(" "), strip(e[2].as_str().unwrap_or_default()))
                })
                .collect();
            let got: Vec<_> = got.into_iter().map(|(s, c, t)| (s, c, strip(&t))).collect();
            assert_eq!(got, want, "{key}: {text}");
            n += 1;
        }
    }
    for case in c["speaker_adjustment_en"].as_array().into_iter().flatten() {
        let text = case["text"].as_str().unwrap_or_default();
        let want: Vec<String> = case["expected_speaker_tokens"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|x| x.as_str())
            .map(str::to_string)
            .collect();
        let got: Vec<String> = quotes(text).into_iter().flat_map(|(s, _, _)| s).collect();
        assert_eq!(got, want, "speaker_adjustment_en: {text}");
        n += 1;
    }
    assert!(n >= 14, "{n} cases");
}
