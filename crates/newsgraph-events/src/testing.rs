//! A tiny table-driven actor tagger, for tests and for evaluating this stage on its own
//! while the actors stage is elsewhere: phrases → CAMEO actor codes, longest match first,
//! case-insensitive, plus pronouns ("it", "he", "they") that refer to the previous mention.

use newsgraph_core::model::{ActorKind, ActorMention, Document, TokenKind};
use std::collections::HashMap;

/// Phrase → code table.
#[derive(Debug, Clone, Default)]
pub struct TableTagger {
    /// First lowercase word → (all words, code, prefix match on the last word).
    by_first: HashMap<String, Vec<(Vec<String>, String, bool)>>,
    /// Tag pronouns as coreferent mentions.
    pub pronouns: bool,
}

impl TableTagger {
    /// A tagger from `(phrase, code)` pairs; phrases are words separated by spaces.
    pub fn new(table: &[(&str, &str)]) -> Self {
        let mut t = TableTagger { pronouns: true, ..Default::default() };
        for (p, c) in table {
            t.add(p, c, false);
        }
        t
    }

    /// Adds a phrase; `prefix` lets the last word match any word it starts ("Argentin" → "Argentina").
    pub fn add(&mut self, phrase: &str, code: &str, prefix: bool) {
        let words: Vec<String> = phrase.split_whitespace().map(str::to_lowercase).collect();
        let Some(first) = words.first().cloned() else { return };
        self.by_first.entry(first).or_default().push((words, code.to_string(), prefix));
    }

    /// Number of phrases.
    pub fn len(&self) -> usize {
        self.by_first.values().map(Vec::len).sum()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }

    /// Tags a document.
    pub fn tag(&self, doc: &Document) -> Vec<ActorMention> {
        let body = doc.body();
        let lower: Vec<String> = doc.tokens.iter().map(|t| body.get(t.start..t.end).unwrap_or("").to_lowercase()).collect();
        let mut out: Vec<ActorMention> = Vec::new();
        let mut i = 0;
        while i < lower.len() {
            let mut best: Option<(usize, &str)> = None;
            let cands: Vec<&(Vec<String>, String, bool)> = self
                .by_first
                .get(&lower[i])
                .into_iter()
                .flatten()
                .chain(
                    self.by_first
                        .iter()
                        .filter(|(k, _)| lower[i].starts_with(k.as_str()) && **k != lower[i])
                        .flat_map(|(_, v)| v.iter()),
                )
                .collect();
            for (words, code, prefix) in cands {
                let l = words.len();
                if i + l > lower.len() || doc.tokens[i].kind != TokenKind::Word {
                    continue;
                }
                let ok = (0..l).all(|k| {
                    if k + 1 == l && *prefix {
                        lower[i + k].starts_with(&words[k])
                    } else {
                        lower[i + k] == words[k]
                    }
                });
                if ok && best.is_none_or(|(bl, _)| l > bl) {
                    best = Some((l, code));
                }
            }
            if let Some((l, code)) = best {
                let (s, e) = (doc.tokens[i].start, doc.tokens[i + l - 1].end);
                if !code.is_empty() && code != "---" {
                    out.push(ActorMention {
                        text: body[s..e].to_string(),
                        start: s,
                        end: e,
                        code: Some(code.to_string()),
                        full_code: None,
                        kind: ActorKind::Country,
                        name: None,
                        role: None,
                        affiliation: None,
                        refers_to: None,
                    });
                }
                i += l;
                continue;
            }
            if self.pronouns && matches!(lower[i].as_str(), "it" | "he" | "she" | "they") {
                if let Some(prev) = out.len().checked_sub(1) {
                    let t = doc.tokens[i];
                    let root = out[prev].refers_to.unwrap_or(prev);
                    out.push(ActorMention {
                        text: body[t.start..t.end].to_string(),
                        start: t.start,
                        end: t.end,
                        code: None,
                        full_code: None,
                        kind: ActorKind::Country,
                        name: None,
                        role: None,
                        affiliation: None,
                        refers_to: Some(root),
                    });
                }
            }
            i += 1;
        }
        out
    }
}
