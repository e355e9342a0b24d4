//! Word lists that cue mentions, read once from `data/cues.txt` and `data/given_names.tsv`
//! (in this crate; embedded in the binary).

use newsgraph_core::fxhash::FxBuildHasher;
use std::collections::{HashMap as StdHashMap, HashSet as StdHashSet};
use std::sync::OnceLock;

/// A map keyed by words, hashed with core's Fx hash.
pub(crate) type HashMap<K, V> = StdHashMap<K, V, FxBuildHasher>;
/// A set of words, hashed with core's Fx hash.
pub(crate) type HashSet<K> = StdHashSet<K, FxBuildHasher>;

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
    /// A minister's portfolio words ("of Health", "for Foreign Affairs"): read only after a
    /// [`role_extension`](Cues::role_extension) title and "of"/"for", so no cue bit.
    pub portfolios: HashSet<String>,
    pub org_heads: HashSet<String>,
    pub place_heads: HashSet<String>,
    pub prefix_heads: HashSet<String>,
    pub date_words: HashSet<String>,
    pub motion: HashSet<String>,
    pub bound_agents: HashSet<String>,
    pub crowd_numbers: HashSet<String>,
    pub given: HashMap<String, Option<Gender>>,
}

/// Cue bits of a word (see [`Cues::bits`]): which lists hold it.
pub(crate) mod bit {
    pub const HONORIFIC: u32 = 1 << 0;
    pub const HONORIFIC_M: u32 = 1 << 1;
    pub const HONORIFIC_F: u32 = 1 << 2;
    pub const SPEECH: u32 = 1 << 3;
    pub const FUNCTION: u32 = 1 << 4;
    pub const MODIFIER: u32 = 1 << 5;
    pub const LOCATIVE: u32 = 1 << 6;
    pub const NOT_NAME: u32 = 1 << 7;
    pub const ROLE_EXTENSION: u32 = 1 << 8;
    pub const ORG_HEAD: u32 = 1 << 9;
    pub const PLACE_HEAD: u32 = 1 << 10;
    pub const PREFIX_HEAD: u32 = 1 << 11;
    pub const DATE_WORD: u32 = 1 << 12;
    pub const MOTION: u32 = 1 << 13;
    pub const BOUND_AGENT: u32 = 1 << 14;
    pub const CROWD_NUMBER: u32 = 1 << 15;
    pub const GIVEN: u32 = 1 << 16;
    pub const GIVEN_M: u32 = 1 << 17;
    pub const GIVEN_F: u32 = 1 << 18;
    /// "he", "she", "his", "her": set by the matcher (no list), for the resolver's token
    /// flags (see `matcher::PRONOUN`); no list's bit, so not a cue in the lists' sense.
    pub const PRONOUN: u32 = 1 << 19;
    /// A word some dictionary pattern starts with: set by the matcher (no list), for the
    /// token flags its search skips by (see `matcher::STARTS`).
    pub const PATTERN_START: u32 = 1 << 20;
    /// A word that joins two runs of capitalised words into one name ("Bank of England",
    /// "Council on Foreign Relations", "Fondation de France": [`NAME_LINKS`]): set by the
    /// matcher (no list), so that the resolver tests a bit instead of comparing the key.
    pub const NAME_LINK: u32 = 1 << 21;
    /// A word after which an organisation head word heads a name ("University of …",
    /// "Foundation for …", "Council on …": [`HEAD_LINKS`]): set by the matcher (no list).
    pub const HEAD_LINK: u32 = 1 << 22;
    /// The possessive "'s" ("'S", "’S": every token whose key is "'s"): set by the matcher (no
    /// list), so that runs of capitalised words test a bit instead of reading the key.
    pub const APOSTROPHE_S: u32 = 1 << 23;
    /// The words of [`NAME_LINK`].
    pub const NAME_LINKS: [&str; 7] = ["of", "on", "for", "de", "du", "del", "al"];
    /// The words of [`HEAD_LINK`].
    pub const HEAD_LINKS: [&str; 3] = ["of", "on", "for"];
    /// The bits no list sets ([`PRONOUN`], [`PATTERN_START`], [`NAME_LINK`], [`HEAD_LINK`],
    /// [`APOSTROPHE_S`]).
    pub const NOT_LISTED: u32 = PRONOUN | PATTERN_START | NAME_LINK | HEAD_LINK | APOSTROPHE_S;
}

/// The gender that the bits `any | m | f` of a word give (for honorifics and given names).
pub(crate) fn gender_of(bits: u32, m: u32, f: u32) -> Option<Gender> {
    if bits & m != 0 {
        Some(Gender::Male)
    } else if bits & f != 0 {
        Some(Gender::Female)
    } else {
        None
    }
}

impl Cues {
    /// Every word of every list with its bit (see [`bit`]), to precompute once per token
    /// what the lists say about it.
    pub fn bits(&self) -> Vec<(&str, u32)> {
        let mut v: Vec<(&str, u32)> = Vec::new();
        let g = |g: &Option<Gender>, m: u32, f: u32| match g {
            Some(Gender::Male) => m,
            Some(Gender::Female) => f,
            None => 0,
        };
        for (w, x) in &self.honorifics {
            v.push((w, bit::HONORIFIC | g(x, bit::HONORIFIC_M, bit::HONORIFIC_F)));
        }
        for (w, x) in &self.given {
            v.push((w, bit::GIVEN | g(x, bit::GIVEN_M, bit::GIVEN_F)));
        }
        let sets: [(&HashSet<String>, u32); 13] = [
            (&self.speech, bit::SPEECH),
            (&self.function, bit::FUNCTION),
            (&self.modifiers, bit::MODIFIER),
            (&self.locative, bit::LOCATIVE),
            (&self.not_names, bit::NOT_NAME),
            (&self.role_extension, bit::ROLE_EXTENSION),
            (&self.org_heads, bit::ORG_HEAD),
            (&self.place_heads, bit::PLACE_HEAD),
            (&self.prefix_heads, bit::PREFIX_HEAD),
            (&self.date_words, bit::DATE_WORD),
            (&self.motion, bit::MOTION),
            (&self.bound_agents, bit::BOUND_AGENT),
            (&self.crowd_numbers, bit::CROWD_NUMBER),
        ];
        for (set, b) in sets {
            v.extend(set.iter().map(|w| (w.as_str(), b)));
        }
        v
    }
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
                "portfolios" => {
                    c.portfolios.insert(word);
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
        assert!(c.portfolios.contains("health") && c.portfolios.contains("affairs"));
        assert!(c.org_heads.contains("department") && c.place_heads.contains("hall") && c.prefix_heads.contains("university"));
        assert!(c.date_words.contains("wednesday") && c.date_words.contains("may"));
        assert!(c.motion.contains("flew") && c.motion.contains("flight"));
        assert!(c.bound_agents.contains("drones") && c.crowd_numbers.contains("thousands"));
        assert_eq!(c.honorifics["mrs"], Some(super::Gender::Female));
    }
}
