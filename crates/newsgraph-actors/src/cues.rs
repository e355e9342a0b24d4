//! Word lists that cue mentions, read once from `data/cues.txt` and `data/given_names.tsv`
//! (in this crate; embedded in the binary).

use std::collections::{HashMap as StdHashMap, HashSet as StdHashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FNV-1a: a fast hash for the short word keys looked up for every token.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map keyed by words, hashed with FNV.
pub(crate) type HashMap<K, V> = StdHashMap<K, V, BuildHasherDefault<Fnv>>;
/// A set of words, hashed with FNV.
pub(crate) type HashSet<K> = StdHashSet<K, BuildHasherDefault<Fnv>>;

/// A person's gender as far as the text tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Gender {
    Male,
    Female,
}

/// The cue lists.
#[derive(Debug, Default)]
pub(crate) struct Cues {
    pub honorifics: HashMap<String, Option<Gender>>,
    pub speech: HashSet<String>,
    pub function: HashSet<String>,
    pub modifiers: HashSet<String>,
    pub locative: HashSet<String>,
    pub not_names: HashSet<String>,
    pub role_extension: HashSet<String>,
    pub org_heads: HashSet<String>,
    pub place_heads: HashSet<String>,
    pub prefix_heads: HashSet<String>,
    pub date_words: HashSet<String>,
    pub motion: HashSet<String>,
    pub bound_agents: HashSet<String>,
    pub crowd_numbers: HashSet<String>,
    pub given: HashMap<String, Option<Gender>>,
}

const CUES: &str = include_str!("../data/cues.txt");
const GIVEN: &str = include_str!("../data/given_names.tsv");

fn gender(s: Option<&str>) -> Option<Gender> {
    match s.map(str::trim) {
        Some("m") => Some(Gender::Male),
        Some("f") => Some(Gender::Female),
        _ => None,
    }
}

/// The cue lists, parsed on first use.
pub(crate) fn cues() -> &'static Cues {
    static C: OnceLock<Cues> = OnceLock::new();
    C.get_or_init(|| {
        let mut c = Cues::default();
        let mut section = String::new();
        for line in CUES.lines() {
            let line = line.trim_end();
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            if let Some(s) = line.strip_prefix('[').and_then(|s| s.strip_suffix(']')) {
                section = s.to_string();
                continue;
            }
            let mut cols = line.split('\t');
            // Stored as token keys (lower case, folded, periods dropped, hyphens split), as the matcher writes them.
            let mut word = String::new();
            crate::matcher::push_key(&mut word, cols.next().unwrap_or("").trim());
            let g = gender(cols.next());
            match section.as_str() {
                "honorifics" => {
                    c.honorifics.insert(word, g);
                }
                "speech" => {
                    c.speech.insert(word);
                }
                "function" => {
                    c.function.insert(word);
                }
                "modifiers" => {
                    c.modifiers.insert(word);
                }
                "locative" => {
                    c.locative.insert(word);
                }
                "not_names" => {
                    c.not_names.insert(word);
                }
                "role_extension" => {
                    c.role_extension.insert(word);
                }
                "org_heads" => {
                    c.org_heads.insert(word);
                }
                "place_heads" => {
                    c.place_heads.insert(word);
                }
                "prefix_heads" => {
                    c.prefix_heads.insert(word);
                }
                "date_words" => {
                    c.date_words.insert(word);
                }
                "motion" => {
                    c.motion.insert(word);
                }
                "bound_agents" => {
                    c.bound_agents.insert(word);
                }
                "crowd_numbers" => {
                    c.crowd_numbers.insert(word);
                }
                _ => {}
            }
        }
        for line in GIVEN.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let name = cols.next().unwrap_or("").trim().to_lowercase();
            c.given.insert(name, gender(cols.next()));
        }
        c
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_section_is_filled() {
        let c = super::cues();
        assert!(c.honorifics.contains_key("mr") && c.speech.contains("said") && c.function.contains("of"));
        assert!(c.modifiers.contains("senior") && c.locative.contains("in") && c.not_names.contains("the"));
        assert!(c.role_extension.contains("representative") && c.given.contains_key("peter"));
        assert!(c.org_heads.contains("department") && c.place_heads.contains("hall") && c.prefix_heads.contains("university"));
        assert!(c.date_words.contains("wednesday") && c.date_words.contains("may"));
        assert!(c.motion.contains("flew") && c.motion.contains("flight"));
        assert!(c.bound_agents.contains("drones") && c.crowd_numbers.contains("thousands"));
        assert_eq!(c.honorifics["mrs"], Some(super::Gender::Female));
    }
}
