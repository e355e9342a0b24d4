//! Dictionary matching: every name and agent form is compiled once into an
//! Aho–Corasick automaton over *normalised token text*.
//!
//! A document is normalised token by token: each token becomes ` key ` (its text
//! lower-cased, folded to ASCII, periods dropped, hyphens split), so a pattern can only
//! match whole tokens: every match starts and ends on a token boundary. Matching is
//! leftmost-longest. Case is checked afterwards against the original text (a proper
//! name must be capitalised; an acronym such as "UN" must be in capitals).

use crate::dict::{Dictionary, NameForm};
use aho_corasick::{AhoCorasick, MatchKind};
use newsgraph_core::model::Token;
use std::collections::HashMap;

/// One way a normalised name refers to an entry.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NameRef {
    pub entry: u32,
    pub form: NameForm,
    pub acronym: bool,
}

/// Compiled automata.
pub(crate) struct Matcher {
    names: Option<AhoCorasick>,
    name_refs: Vec<Vec<NameRef>>,
    agents: Option<AhoCorasick>,
    agent_refs: Vec<u32>,
}

/// A match, as a token range `t0..t1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub t0: usize,
    pub t1: usize,
    pub pattern: usize,
}

/// Appends the key of one token (no separators).
pub(crate) fn push_key(out: &mut String, tok: &str) {
    for c in tok.chars() {
        if c.is_ascii() {
            match c {
                '.' => {}
                '-' => out.push_str("  "),
                ' ' | '\t' | '\n' | '\r' => {}
                c => out.push(c.to_ascii_lowercase()),
            }
            continue;
        }
        match c {
            '’' | '‘' | '`' | 'ʼ' => out.push('\''),
            '‑' | '‐' | '–' | '—' => out.push_str("  "),
            _ => {
                let a = any_ascii::any_ascii_char(c);
                if a.is_empty() {
                    out.extend(c.to_lowercase());
                } else {
                    for b in a.chars() {
                        if b != ' ' && b != '.' {
                            out.push(b.to_ascii_lowercase());
                        }
                    }
                }
            }
        }
    }
}

/// The normalised form of a dictionary phrase, tokenised like a document.
pub(crate) fn pattern_key(phrase: &str) -> String {
    let toks = newsgraph_core::segment::tokenize(phrase);
    let mut s = String::with_capacity(phrase.len() + 2 * toks.len());
    for t in &toks {
        s.push(' ');
        push_key(&mut s, &phrase[t.start..t.end]);
        s.push(' ');
    }
    s
}

/// A document's normalised text and the offset where each token's segment starts.
pub(crate) struct Normalised {
    pub text: String,
    pub starts: Vec<usize>,
}

impl Normalised {
    pub fn new(body: &str, tokens: &[Token]) -> Normalised {
        let mut text = String::with_capacity(body.len() + tokens.len() * 2);
        let mut starts = Vec::with_capacity(tokens.len() + 1);
        for t in tokens {
            starts.push(text.len());
            text.push(' ');
            push_key(&mut text, body.get(t.start..t.end).unwrap_or(""));
            text.push(' ');
        }
        starts.push(text.len());
        Normalised { text, starts }
    }

    /// The token range of a match on `start..end`, when it lies on token boundaries.
    fn tokens(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let t0 = self.starts.binary_search(&start).ok()?;
        let t1 = self.starts.binary_search(&end).ok()?;
        (t1 > t0).then_some((t0, t1))
    }
}

fn build(keys: &[String]) -> Option<AhoCorasick> {
    if keys.is_empty() {
        return None;
    }
    AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(keys).ok()
}

impl Matcher {
    /// Compiles every name and agent form. Later sources take precedence over earlier
    /// ones for the same normalised name (user files over built-in ones).
    pub fn new(d: &Dictionary) -> Matcher {
        let mut rank: HashMap<&str, usize> = HashMap::new();
        for e in &d.entries {
            let n = rank.len();
            rank.entry(e.origin.file.as_ref()).or_insert(n);
        }
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut keys: Vec<String> = Vec::new();
        let mut refs: Vec<Vec<(usize, NameRef)>> = Vec::new();
        for (i, e) in d.entries.iter().enumerate() {
            let r = rank[e.origin.file.as_ref()];
            for n in &e.names {
                let k = pattern_key(&n.text);
                if k.trim().is_empty() {
                    continue;
                }
                let slot = *index.entry(k.clone()).or_insert_with(|| {
                    keys.push(k);
                    refs.push(Vec::new());
                    keys.len() - 1
                });
                refs[slot].push((r, NameRef { entry: i as u32, form: n.form, acronym: n.acronym }));
            }
        }
        // Later files first; within a file, the order written.
        let name_refs = refs
            .into_iter()
            .map(|mut v| {
                v.sort_by_key(|(r, x)| (std::cmp::Reverse(*r), x.entry));
                v.into_iter().map(|(_, x)| x).collect()
            })
            .collect();
        let names = build(&keys);

        let mut aindex: HashMap<String, usize> = HashMap::new();
        let mut akeys: Vec<String> = Vec::new();
        let mut agent_refs: Vec<u32> = Vec::new();
        for (i, a) in d.agents.iter().enumerate() {
            for f in &a.forms {
                let k = pattern_key(f);
                if k.trim().is_empty() {
                    continue;
                }
                match aindex.get(&k) {
                    // A later file replaces an earlier one's agent.
                    Some(&slot) => {
                        if d.agents[agent_refs[slot] as usize].origin.file != a.origin.file {
                            agent_refs[slot] = i as u32;
                        }
                    }
                    None => {
                        aindex.insert(k.clone(), akeys.len());
                        akeys.push(k);
                        agent_refs.push(i as u32);
                    }
                }
            }
        }
        Matcher { names, name_refs, agents: build(&akeys), agent_refs }
    }

    /// The candidates for a name pattern, best first.
    pub fn name_refs(&self, pattern: usize) -> &[NameRef] {
        &self.name_refs[pattern]
    }

    /// The agent a pattern stands for.
    pub fn agent(&self, pattern: usize) -> u32 {
        self.agent_refs[pattern]
    }

    fn find(ac: Option<&AhoCorasick>, n: &Normalised, out: &mut Vec<Hit>) {
        let Some(ac) = ac else { return };
        for m in ac.find_iter(&n.text) {
            if let Some((t0, t1)) = n.tokens(m.start(), m.end()) {
                out.push(Hit { t0, t1, pattern: m.pattern().as_usize() });
            }
        }
    }

    /// Name matches, in text order.
    pub fn names(&self, n: &Normalised, out: &mut Vec<Hit>) {
        Self::find(self.names.as_ref(), n, out)
    }

    /// Agent matches, in text order.
    pub fn agents(&self, n: &Normalised, out: &mut Vec<Hit>) {
        Self::find(self.agents.as_ref(), n, out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys() {
        assert_eq!(pattern_key("U.S."), " us ");
        assert_eq!(pattern_key("al-Qaeda"), " al  qaeda ");
        assert_eq!(pattern_key("Al Qaeda"), " al  qaeda ");
        assert_eq!(pattern_key("Côte d’Ivoire"), " cote  d'ivoire ");
        assert_eq!(pattern_key("Russia's"), " russia  's ");
        assert_eq!(pattern_key("Erdoğan"), " erdogan ");
    }
}
