//! The cue and source lexicons: `data/quotes/cues.txt` and `data/quotes/sources.tsv`.
//!
//! Both are parsed once when the stage is built. The format is documented in the
//! header of each file and in `docs/quotes.md`.

use newsgraph_core::model::SourceKind;
use std::collections::HashMap as StdHashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A small, fast, non-cryptographic hasher (the Fx hash of rustc) for the word-keyed lookups
/// done once per token; the keys are our own lexicon words, so hash flooding is not a concern.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.hash = (self.hash.rotate_left(5) ^ v).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.hash = (self.hash.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }
    fn finish(&self) -> u64 {
        self.hash
    }
}

type HashMap<K, V> = StdHashMap<K, V, BuildHasherDefault<FxHasher>>;

/// The built-in cue file.
pub const BUILTIN_CUES: &str = include_str!("../../../data/quotes/cues.txt");
/// The built-in source-name file.
pub const BUILTIN_SOURCES: &str = include_str!("../../../data/quotes/sources.tsv");

/// What a cue does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueClass {
    /// A speech verb or phrase: "said", "told reporters".
    Verb,
    /// A verb whose content is its object: "called", "described as".
    Object,
    /// A cognition verb: reported content only before a clause.
    Thought,
    /// The speaker follows: "according to".
    Prep,
    /// A document named as the source: "in a statement".
    Document,
    /// A phrase before an outlet's name: "state news agency".
    Agency,
    /// An evidential verb with no speaker: the writer reports an appearance ("Sanders appears
    /// to have a slight lead"); the content is the clause around it.
    Evidential,
    /// A noun naming a source document or survey, cited as "In a new poll, …" or "in an
    /// interview, …" at the start of a sentence: the noun phrase is the source.
    Medium,
}

impl CueClass {
    fn from_section(s: &str) -> Option<Self> {
        Some(match s {
            "verb" => CueClass::Verb,
            "object" => CueClass::Object,
            "thought" => CueClass::Thought,
            "prep" => CueClass::Prep,
            "document" => CueClass::Document,
            "agency" => CueClass::Agency,
            "evidential" => CueClass::Evidential,
            "medium" => CueClass::Medium,
            _ => return None,
        })
    }
}

/// One cue: its lower-cased words and its class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// Lower-cased words, as the segmenter tokenises them.
    pub words: Vec<String>,
    /// What the cue does.
    pub class: CueClass,
}

/// An error in a lexicon file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {reason}")]
pub struct LexiconError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

/// Splits a cue phrase into words the way the segmenter would tokenise it.
fn cue_words(phrase: &str) -> Vec<String> {
    newsgraph_core::segment::tokenize(phrase).iter().map(|t| phrase[t.start..t.end].to_lowercase()).collect()
}

/// The cue lexicon: cues indexed by their first word.
#[derive(Debug, Clone, Default)]
pub struct Cues {
    by_first: HashMap<String, Vec<usize>>,
    cues: Vec<Cue>,
    /// Prefilter: bit `len` (capped at 63) of `first_len[first byte]` is set when some cue's
    /// first word starts with that byte and has that length; most words fail it without hashing.
    first_len: Vec<u64>,
}

impl Cues {
    /// Parses a cue file (format in `data/quotes/cues.txt`).
    pub fn parse(text: &str) -> Result<Self, LexiconError> {
        let mut out = Cues::default();
        out.add(text)?;
        Ok(out)
    }

    /// Adds the cues of another file in the same format.
    pub fn add(&mut self, text: &str) -> Result<(), LexiconError> {
        let mut class = CueClass::Verb;
        for (n, raw) in text.lines().enumerate() {
            let line = raw.split(" #").next().unwrap_or("").trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(sec) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                class = CueClass::from_section(sec.trim())
                    .ok_or_else(|| LexiconError { line: n + 1, reason: format!("unknown section [{sec}]") })?;
                continue;
            }
            let words = cue_words(line);
            if words.is_empty() {
                return Err(LexiconError { line: n + 1, reason: format!("no words in cue {line:?}") });
            }
            if self.cues.iter().any(|c| c.words == words && c.class == class) {
                continue;
            }
            if self.first_len.is_empty() {
                self.first_len = vec![0; 256];
            }
            let w0 = words[0].as_bytes();
            self.first_len[usize::from(w0[0])] |= 1u64 << w0.len().min(63);
            self.by_first.entry(words[0].clone()).or_default().push(self.cues.len());
            self.cues.push(Cue { words, class });
        }
        // Longest first, so the first match at a position is the longest.
        for v in self.by_first.values_mut() {
            v.sort_by_key(|&i| std::cmp::Reverse(self.cues[i].words.len()));
        }
        Ok(())
    }

    /// Number of cues.
    pub fn len(&self) -> usize {
        self.cues.len()
    }

    /// True when there are no cues.
    pub fn is_empty(&self) -> bool {
        self.cues.is_empty()
    }

    /// All cues.
    pub fn iter(&self) -> impl Iterator<Item = &Cue> {
        self.cues.iter()
    }

    /// The longest cue starting at `words[0]`, matching `words` (lower-cased) as a prefix,
    /// restricted to classes accepted by `want`. Returns the cue and its length in words.
    pub fn longest<'a, F>(&'a self, words: &[&str], want: F) -> Option<(&'a Cue, usize)>
    where
        F: Fn(CueClass) -> bool,
    {
        self.longest_with(words.len(), |i| words[i], want)
    }

    /// Like [`Cues::longest`], reading the `avail` next words through `word(i)` without
    /// collecting them.
    pub fn longest_with<'a, 'w, W, F>(&'a self, avail: usize, word: W, want: F) -> Option<(&'a Cue, usize)>
    where
        W: Fn(usize) -> &'w str,
        F: Fn(CueClass) -> bool,
    {
        if avail == 0 {
            return None;
        }
        let ids = self.by_first.get(word(0))?;
        ids.iter()
            .map(|&i| &self.cues[i])
            .find(|c| want(c.class) && c.words.len() <= avail && c.words.iter().enumerate().all(|(k, a)| a == word(k)))
            .map(|c| (c, c.words.len()))
    }

    /// True when some cue of any class starts with `word` (lower-cased).
    pub fn starts_with(&self, word: &str) -> bool {
        let b = word.as_bytes();
        let Some(&f) = b.first() else { return false };
        let mask = self.first_len.get(usize::from(f)).copied().unwrap_or(0);
        mask & (1u64 << b.len().min(63)) != 0 && self.by_first.contains_key(word)
    }
}

/// Known outlet and agency names.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    /// (words, kind), longest first.
    names: Vec<(Vec<String>, SourceKind)>,
    /// Indexes into `names` by first word.
    by_first: HashMap<String, Vec<usize>>,
}

impl Sources {
    /// Parses a `NAME<TAB>KIND` file.
    pub fn parse(text: &str) -> Result<Self, LexiconError> {
        let mut names = Vec::new();
        for (n, raw) in text.lines().enumerate() {
            let line = raw.trim_end();
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let (name, kind) =
                line.split_once('\t').ok_or_else(|| LexiconError { line: n + 1, reason: "expected NAME<TAB>KIND".into() })?;
            let kind = match kind.trim() {
                "media" => SourceKind::Media,
                "agency" => SourceKind::Agency,
                "document" => SourceKind::Document,
                "official" => SourceKind::Official,
                k => return Err(LexiconError { line: n + 1, reason: format!("unknown kind {k:?}") }),
            };
            let words: Vec<String> =
                newsgraph_core::segment::tokenize(name).iter().map(|t| name[t.start..t.end].to_string()).collect();
            if !words.is_empty() {
                names.push((words, kind));
            }
        }
        names.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, (w, _)) in names.iter().enumerate() {
            by_first.entry(w[0].clone()).or_default().push(i);
        }
        Ok(Sources { names, by_first })
    }

    /// The longest known name that starts `words` (case-sensitive), with its length in words.
    pub fn longest(&self, words: &[&str]) -> Option<(usize, SourceKind)> {
        self.longest_with(words.len(), |i| words[i])
    }

    /// Like [`Sources::longest`], reading the `avail` next words through `word(i)`.
    pub fn longest_with<'w, W: Fn(usize) -> &'w str>(&self, avail: usize, word: W) -> Option<(usize, SourceKind)> {
        if avail == 0 {
            return None;
        }
        let ids = self.by_first.get(word(0))?;
        ids.iter()
            .map(|&i| &self.names[i])
            .find(|(w, _)| w.len() <= avail && w.iter().enumerate().all(|(k, a)| a == word(k)))
            .map(|(w, k)| (w.len(), *k))
    }

    /// Number of names.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// True when there are no names.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_cues_parse_and_are_many() {
        let c = Cues::parse(BUILTIN_CUES).unwrap();
        assert!(c.len() >= 150, "{} cues", c.len());
        let (cue, n) = c.longest(&["said", "in", "a", "statement", "on"], |_| true).unwrap();
        assert_eq!(n, 4);
        assert_eq!(cue.class, CueClass::Verb);
        assert_eq!(c.longest(&["according", "to", "x"], |_| true).unwrap().0.class, CueClass::Prep);
    }

    #[test]
    fn builtin_sources_parse() {
        let s = Sources::parse(BUILTIN_SOURCES).unwrap();
        assert!(s.len() > 50);
        assert_eq!(s.longest(&["ABC", "News", "said"]), Some((2, SourceKind::Media)));
        assert_eq!(s.longest(&["Reuters"]), Some((1, SourceKind::Agency)));
    }

    #[test]
    fn bad_files_are_errors() {
        assert!(Cues::parse("[nope]\nsaid").is_err());
        assert!(Sources::parse("Reuters").is_err());
        assert!(Sources::parse("Reuters\tblog").is_err());
    }
}
