//! # newsgraph-events
//!
//! The events stage: CAMEO event coding on raw text, with the evidence for every code.
//!
//! For each sentence the stage finds dictionary verbs and event nouns (the **triggers**),
//! picks the most specific matching pattern of the verb dictionary, finds the source and
//! target among the actor mentions the actors stage wrote (subject/object positions,
//! passive voice, appositives, relative clauses, compound actors, coreference through
//! `refers_to`), applies the meaning modifiers (negation, refusal → 12x, threats → 13x,
//! intentions → 03x/13x, conditionals and questions → hypothetical, reported speech →
//! `reported_by`) and writes [`Event`](newsgraph_core::model::Event)s with CAMEO code,
//! root, GDELT QuadClass, GDELT Goldstein score and PLOVER type.
//!
//! Dictionaries are data: the built-in verb dictionary is `data/verbs/*.txt` (format in
//! `data/verbs/README.md`), the code table `data/cameo/codes.tsv`, the PLOVER map
//! `data/cameo/plover.tsv`, the modifier cues `crates/newsgraph-events/data/cues.txt`.
//! PETRARCH-format verb dictionaries load with [`EventStage::load`].
//!
//! ```
//! use newsgraph_events::EventStage;
//! let stage = EventStage::from_texts(&["VERB attack | attacks attacked\n  190  *\n"], &[]).unwrap();
//! assert_eq!(stage.dictionary().len(), 1);
//! ```
#![deny(missing_docs)]

pub mod codebook;
pub mod dict;
mod engine;
pub mod eval;
mod medium;
pub mod modifiers;
pub mod testing;

pub use codebook::{CameoCode, Codebook};
pub use dict::VerbDictionary;
use dict::WordId;
pub use engine::{CommaRules, EventOptions};

use newsgraph_core::fxhash;
use newsgraph_core::model::{Document, Event, Record};
use newsgraph_core::Stage;
use std::path::{Path, PathBuf};

include!(concat!(env!("OUT_DIR"), "/builtin_verbs.rs"));

/// The built-in dictionary ([`BUILTIN_VERBS`], each file added in order, then optimized),
/// compiled by `build.rs` and encoded by `VerbDictionary::encode`: start-up decodes it instead
/// of parsing a megabyte of patterns. Empty when the files did not compile (then they are
/// parsed at run time, and the error is reported as before).
const BUILTIN_SNAPSHOT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin_verbs.bin"));

/// Errors loading verb dictionaries.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A dictionary file could not be read or parsed.
    #[error("{path}: {reason}")]
    Dictionary {
        /// File.
        path: PathBuf,
        /// Why.
        reason: String,
    },
}

/// The events stage.
pub struct EventStage {
    dict: VerbDictionary,
    flags: Vec<u32>,
    /// The id of each one-byte ASCII word: that of its lower-case form (as the engine would
    /// look it up), filled once the dictionary is complete.
    byte_ids: Box<[WordId; 128]>,
    ids: engine::Ids,
    codebook: Codebook,
    opts: EventOptions,
    base: Event,
    /// Whether every word of `dict` is ASCII.
    ascii_words: bool,
}

impl EventStage {
    /// Loads the built-in verb dictionary (unless `builtin` is false) plus PETRARCH-format verb files.
    ///
    /// A file is read as newsgraph's own format when its first entry line starts with
    /// `VERB ` or `NOUN `, and as a PETRARCH verb dictionary otherwise.
    pub fn load(builtin: bool, verb_files: &[PathBuf]) -> Result<Self, Error> {
        let mut dict =
            if builtin { VerbDictionary::decode_lazy(BUILTIN_SNAPSHOT).unwrap_or_default() } else { VerbDictionary::new() };
        if builtin && dict.is_empty() {
            // No snapshot: parse the files (the same dictionary, or the same error).
            for (name, text) in BUILTIN_VERBS {
                dict.add_newsgraph(text)
                    .map_err(|e| Error::Dictionary { path: Path::new("data/verbs").join(name), reason: e.to_string() })?;
            }
        }
        for p in verb_files {
            let text = std::fs::read_to_string(p).map_err(|e| Error::Dictionary { path: p.clone(), reason: e.to_string() })?;
            add_any(&mut dict, &text).map_err(|e| Error::Dictionary { path: p.clone(), reason: e.to_string() })?;
        }
        Ok(Self::from_dictionary(dict))
    }

    /// Builds a stage from dictionary texts: newsgraph-format and PETRARCH-format.
    pub fn from_texts(newsgraph: &[&str], petrarch: &[&str]) -> Result<Self, dict::ParseError> {
        let mut dict = VerbDictionary::new();
        for t in newsgraph {
            dict.add_newsgraph(t)?;
        }
        for t in petrarch {
            dict.add_petrarch(t)?;
        }
        Ok(Self::from_dictionary(dict))
    }

    /// Builds a stage around a compiled dictionary (the cue words are added to it).
    pub fn from_dictionary(mut dict: VerbDictionary) -> Self {
        let mut pairs = Vec::new();
        for (fl, words) in modifiers::cue_sections() {
            for w in words {
                pairs.push((dict.intern(w), fl));
            }
        }
        let ids = engine::Ids {
            poss_s: dict.intern("'s"),
            that: dict.intern("that"),
            on: dict.intern("on"),
            upon: dict.intern("upon"),
            for_: dict.intern("for"),
            with: dict.intern("with"),
            against: dict.intern("against"),
            curfew: dict.intern("curfew"),
            emergency: dict.intern("emergency"),
            martial: dict.intern("martial"),
        };
        dict.optimize();
        let mut flags = vec![0u32; dict.word_count()];
        for (id, fl) in pairs {
            flags[id as usize] |= fl;
        }
        // (Per entry once: an entry has many forms.)
        let protest: Vec<bool> = dict.entries.iter().map(dict::Entry::may_protest).collect();
        for (&id, forms) in &dict.forms {
            if let Some(f) = flags.get_mut(id as usize) {
                *f |= modifiers::flag::TRIG;
                if forms.iter().any(|form| protest.get(form.entry as usize).copied().unwrap_or(false)) {
                    *f |= modifiers::flag::IMPLIED;
                }
            }
        }
        for id in [ids.curfew, ids.emergency, ids.martial] {
            if let Some(f) = flags.get_mut(id as usize) {
                *f |= modifiers::flag::IMPLIED;
            }
        }
        let ascii_words = dict.all_words_ascii();
        let byte_ids = Box::new(std::array::from_fn(|c| {
            let c = [(c as u8).to_ascii_lowercase()];
            std::str::from_utf8(&c).map_or(dict::UNKNOWN, |w| dict.word(w))
        }));
        EventStage {
            ascii_words,
            dict,
            flags,
            byte_ids,
            ids,
            codebook: Codebook::builtin(),
            opts: EventOptions::default(),
            base: engine::event_defaults(),
        }
    }

    /// Sets the coding options.
    pub fn with_options(mut self, opts: EventOptions) -> Self {
        self.opts = opts;
        self
    }

    /// The options in force.
    pub fn options(&self) -> EventOptions {
        self.opts
    }

    /// The compiled verb dictionary.
    pub fn dictionary(&self) -> &VerbDictionary {
        &self.dict
    }

    /// The CAMEO codebook.
    pub fn codebook(&self) -> &Codebook {
        &self.codebook
    }

    /// Codes the events of a document given its actor mentions (what [`Stage::run`] does).
    pub fn code(&self, doc: &Document, actors: &[newsgraph_core::model::ActorMention]) -> Vec<Event> {
        self.code_with(doc, actors, self.opts)
    }

    /// Like [`EventStage::code`] with other options.
    pub fn code_with(&self, doc: &Document, actors: &[newsgraph_core::model::ActorMention], opts: EventOptions) -> Vec<Event> {
        let mut out = Vec::new();
        let engine = engine::Engine {
            dict: &self.dict,
            ascii_words: self.ascii_words,
            flags: &self.flags,
            byte_ids: &self.byte_ids,
            ids: self.ids,
            codebook: &self.codebook,
            opts,
            base: &self.base,
            skip_no_dyad: true,
        };
        engine.code_document(doc, actors, &mut out);
        out
    }
}

fn add_any(dict: &mut VerbDictionary, text: &str) -> Result<(), dict::ParseError> {
    let first = text.lines().map(str::trim_end).find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#')).unwrap_or("");
    if first.starts_with("VERB ") || first.starts_with("NOUN ") {
        dict.add_newsgraph(text)
    } else {
        dict.add_petrarch(text)
    }
}

impl Stage for EventStage {
    fn name(&self) -> &'static str {
        "events"
    }
    fn run(&self, doc: &Document, record: &mut Record) {
        let events = self.code(doc, &record.actors);
        record.events = events;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_dictionary_loads() {
        let st = EventStage::load(true, &[]).unwrap();
        eprintln!(
            "built-in: {} files, {} entries, {} lemmas",
            BUILTIN_VERBS.len(),
            st.dictionary().len(),
            st.dictionary().lemma_count()
        );
        assert_eq!(st.dictionary().is_empty(), BUILTIN_VERBS.is_empty());
    }

    /// A dictionary's whole content, for comparisons (forms by first word).
    fn dump(d: &VerbDictionary) -> String {
        let mut forms: Vec<_> = d.forms.iter().collect();
        forms.sort_by_key(|(k, _)| **k);
        let words: Vec<_> = (0..d.word_count() as u32)
            .map(|id| {
                let w: Vec<String> = d.words_for_tests().filter(|(_, i)| *i == id).map(|(w, _)| w).collect();
                w.join("|")
            })
            .collect();
        format!("{:?}\n{forms:?}\n{words:?}", d.entries)
    }

    #[test]
    fn builtin_snapshot_is_the_parsed_dictionary() {
        let mut parsed = VerbDictionary::new();
        for (_, text) in BUILTIN_VERBS {
            parsed.add_newsgraph(text).unwrap();
        }
        parsed.optimize();
        // The snapshot is read back optimized (sorted alternatives and masks), as parsed.
        let decoded = VerbDictionary::decode(BUILTIN_SNAPSHOT).expect("build.rs wrote the snapshot");
        // Start-up's lazy decoding gives the same dictionary, entry by entry, and the protest
        // flags stored in the snapshot are those worked out from the patterns.
        let lazy = VerbDictionary::decode_lazy(BUILTIN_SNAPSHOT).expect("build.rs wrote the snapshot");
        assert!(lazy.entries.iter().zip(&decoded.entries).all(|(l, d)| l.may_protest() == d.may_protest()));
        assert!(lazy.entries.iter().any(dict::Entry::may_protest) && !lazy.entries.iter().all(dict::Entry::may_protest));
        assert!(dump(&lazy) == dump(&decoded), "the lazily decoded snapshot differs");
        assert!(decoded.entries.iter().flat_map(|e| e.patterns()).all(|p| p.optimized));
        assert!(dump(&parsed) == dump(&decoded), "the snapshot differs from the parsed files");
        // Later dictionaries are optimized on top of it as if everything had been parsed.
        let extra = "VERB zork | zorks | zorked\n  042 * with|against|on $\n  ---  + ... * by\n  043 * peace|new ties ... to $\n";
        let (mut a, mut b) = (parsed.clone(), decoded);
        a.add_newsgraph(extra).unwrap();
        b.add_newsgraph(extra).unwrap();
        let petr = "--- RESTORE [064] ---\nRESTORE\n- * TIES|RELATIONS [064]\n- % * ^ $ [0641:0642]\n";
        a.add_petrarch(petr).unwrap();
        b.add_petrarch(petr).unwrap();
        assert!(b.entries.iter().flat_map(|e| e.patterns()).any(|p| !p.optimized));
        let mut fresh = VerbDictionary::new();
        for (_, text) in BUILTIN_VERBS {
            fresh.add_newsgraph(text).unwrap();
        }
        fresh.add_newsgraph(extra).unwrap();
        fresh.add_petrarch(petr).unwrap();
        for d in [&mut a, &mut b, &mut fresh] {
            d.optimize();
        }
        assert!(b.entries.iter().flat_map(|e| e.patterns()).all(|p| p.optimized));
        assert!(dump(&fresh) == dump(&a) && dump(&fresh) == dump(&b), "optimizing in steps differs");
        // Round trip, and malformed input refused.
        let blob = parsed.encode();
        assert_eq!(blob, BUILTIN_SNAPSHOT);
        assert!(VerbDictionary::decode(&blob[..blob.len() - 1]).is_none());
        assert!(VerbDictionary::decode(&blob[..blob.len() / 2]).is_none());
        assert!(VerbDictionary::decode(&[]).is_none());
        let mut bad = blob.clone();
        bad[4..8].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(VerbDictionary::decode(&bad).is_none());
    }

    /// [`dict::Entry::possible_patterns`] of `e`, and the reference: its patterns whose masks
    /// let `bloom` through.
    fn possible_both(e: &dict::Entry, bloom: &[u64; 4]) -> (String, String) {
        let got: Vec<&dict::Pattern> = e.possible_patterns(bloom).collect();
        let want: Vec<&dict::Pattern> = e.patterns().iter().filter(|p| dict::masks_pass(&p.masks, bloom)).collect();
        (format!("{got:?}"), format!("{want:?}"))
    }

    #[test]
    fn patterns_one_by_one_are_the_decoded_patterns() {
        // Each entry of the lazily decoded snapshot, read pattern by pattern (a fresh
        // dictionary each time, so that the one-by-one path decodes first), against the list
        // decoded whole; and the patterns the masks let through, for word masks with no word,
        // every word, and words of the entry's own patterns.
        let lazy = VerbDictionary::decode_lazy(BUILTIN_SNAPSHOT).expect("build.rs wrote the snapshot");
        let whole = VerbDictionary::decode_lazy(BUILTIN_SNAPSHOT).expect("build.rs wrote the snapshot");
        let mut some = 0;
        for (l, w) in lazy.entries.iter().zip(&whole.entries) {
            let mut own = [0u64; 4];
            if let Some(m) = w.patterns().first().and_then(|p| p.masks.first()) {
                own = *m;
            }
            for bloom in [[0u64; 4], [u64::MAX; 4], own] {
                let (got, want) = possible_both(l, &bloom);
                assert!(got == want, "{}", l.lemma);
                some += usize::from(got.len() > 2 && bloom == own);
            }
            assert_eq!(l.pattern_count(), w.patterns().len());
            for (i, p) in w.patterns().iter().enumerate() {
                assert!(format!("{:?}", l.pattern_at(i)) == format!("{:?}", Some(p)), "{} {i}", l.lemma);
            }
            assert!(l.pattern_at(w.patterns().len()).is_none());
        }
        assert!(some > 0);
        // Parsed (not encoded) entries, and a dictionary stored without masks (decoded one by
        // one, then optimized), give the same.
        let mut d = VerbDictionary::new();
        d.add_newsgraph("VERB x | xs\n  042 * on|at $\n  043 * with $\n  ---  + ... * by\n").unwrap();
        let leaked: &'static [u8] = Box::leak(d.encode().into_boxed_slice());
        let unoptimized = VerbDictionary::decode_lazy(leaked).unwrap();
        d.optimize();
        let e = &d.entries[0];
        let on = d.word("on");
        let (i, bit) = dict::word_bit(on);
        let mut bloom = [0u64; 4];
        bloom[i] |= bit;
        for b in [[0u64; 4], [u64::MAX; 4], bloom] {
            let (got, want) = possible_both(e, &b);
            assert_eq!(got, want);
            let (got2, _) = possible_both(&unoptimized.entries[0], &b);
            assert_eq!(got2, got);
        }
        assert_eq!(e.possible_patterns(&bloom).count(), 1);
    }

    #[test]
    fn possible_patterns_for_sparse_word_masks() {
        // `possible_patterns` of every built-in entry against the reference (every pattern's
        // masks tested) for word masks made of the entry's own first masks (one, and two 70
        // patterns apart) and sparse random ones (8 and 40 words, as a clause gives).
        let lazy = VerbDictionary::decode_lazy(BUILTIN_SNAPSHOT).expect("build.rs wrote the snapshot");
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let (mut nonempty, mut big) = (0, 0);
        for e in &lazy.entries {
            let firsts: Vec<[u64; 4]> = e.patterns().iter().filter_map(|p| p.masks.first().copied()).collect();
            let mut blooms: Vec<[u64; 4]> = Vec::new();
            for i in [0, 1, 63, 64, 65, firsts.len().saturating_sub(1)] {
                if let Some(&m) = firsts.get(i) {
                    blooms.push(m);
                    if let Some(&o) = firsts.get(i + 70) {
                        blooms.push([m[0] | o[0], m[1] | o[1], m[2] | o[2], m[3] | o[3]]);
                    }
                }
            }
            for bits in [8, 40] {
                let mut b = [0u64; 4];
                for _ in 0..bits {
                    let (i, bit) = dict::word_bit(next() as u32);
                    b[i] |= bit;
                }
                blooms.push(b);
            }
            big += usize::from(firsts.len() > 64);
            for b in blooms {
                let (got, want) = possible_both(e, &b);
                assert!(got == want, "{}", e.lemma);
                nonempty += usize::from(want.len() > 2);
            }
        }
        assert!(nonempty > 100 && big > 0, "{nonempty} {big}");
    }

    #[test]
    fn stored_blocks_are_those_of_the_first_masks() {
        // The blocks build.rs stored for every built-in entry are those `pattern_blocks` makes
        // from the entry's patterns' first masks (what the pattern loop relies on to skip a
        // pattern without testing its masks).
        let lazy = VerbDictionary::decode_lazy(BUILTIN_SNAPSHOT).expect("build.rs wrote the snapshot");
        let mut two = 0;
        for e in &lazy.entries {
            let firsts: Vec<Option<[u64; 4]>> =
                e.patterns().iter().map(|p| p.masks.first().copied().filter(|_| p.optimized)).collect();
            let (blocks, sets) = e.blocks_for_tests().expect("encoded");
            let (want_blocks, want_sets) = dict::pattern_blocks(&firsts);
            assert_eq!(blocks, want_blocks, "{}", e.lemma);
            assert_eq!(sets, want_sets, "{}", e.lemma);
            two += usize::from(blocks.len() > 1);
        }
        assert!(two > 0);
    }

    #[test]
    fn pattern_loop_visits_the_blocks_of_the_clause_words() {
        // An entry of 70 patterns (two blocks), one word each (`w0` … `w69`) but a pattern
        // without a literal (always visited) in each block: the patterns `possible_patterns`
        // gives for a clause of one or two of the words, in order; and the same entry stored
        // without masks (every pattern always visited, then tested).
        let mut text = String::from("VERB zork | zorks\n");
        for i in 0..70 {
            let pattern = match i {
                5 | 66 => "+ * $".to_string(),
                _ => format!("* w{i} $"),
            };
            text.push_str(&format!("  0{:02} {pattern}\n", 10 + i % 80));
        }
        let mut d = VerbDictionary::new();
        d.add_newsgraph(&text).unwrap();
        let plain: &'static [u8] = Box::leak(d.encode().into_boxed_slice());
        d.optimize();
        let leaked: &'static [u8] = Box::leak(d.encode().into_boxed_slice());
        let lazy = VerbDictionary::decode_lazy(leaked).unwrap();
        let unoptimized = VerbDictionary::decode_lazy(plain).unwrap();
        let bloom_of = |words: &[&str]| {
            let mut b = [0u64; 4];
            for w in words {
                let (i, bit) = dict::word_bit(d.word(w));
                b[i] |= bit;
            }
            b
        };
        let texts = |e: &dict::Entry, b: &[u64; 4]| e.possible_patterns(b).map(|p| p.text.to_string()).collect::<Vec<_>>();
        for words in [&["w3"][..], &["w64"], &["w69", "w1"], &[], &["zork"]] {
            let b = bloom_of(words);
            let got = texts(&lazy.entries[0], &b);
            // (Two words may share a mask bit: a word's pattern comes out for the other.)
            let want: Vec<String> =
                d.entries[0].patterns().iter().filter(|p| dict::masks_pass(&p.masks, &b)).map(|p| p.text.to_string()).collect();
            assert_eq!(got, want, "{words:?}");
            assert_eq!(texts(&unoptimized.entries[0], &b), want, "{words:?}");
            assert!(want.iter().filter(|t| t.starts_with('+')).count() == 2);
            for w in words.iter().filter(|w| w.starts_with('w')) {
                assert!(got.iter().any(|t| t.split_whitespace().any(|x| x == *w)), "{w}");
            }
        }
        assert_eq!(lazy.entries[0].blocks_for_tests().unwrap().0.len(), 2);
    }

    #[test]
    fn snapshot_round_trips_petrarch_dictionaries() {
        let mut d = VerbDictionary::new();
        d.add_petrarch(
            "&TIES\n+DIPLOMATIC RELATIONS\n+TIES\n\n--- RESTORE [064] ---\nRESTORE\n- * &TIES [064]\n- % * ^ $ [0641:0642]\n",
        )
        .unwrap();
        d.add_newsgraph("VERB x | xs\n  ---  * ... on|at $\n").unwrap();
        d.add_newsgraph("VERB réunir | réunit | réuni\n  043 * à|avec $\n  040 * ∅ ... 会谈 $\n").unwrap();
        let e = VerbDictionary::decode(&d.encode()).unwrap();
        assert_eq!(dump(&d), dump(&e));
        assert_eq!(EventStage::from_dictionary(e).dictionary().len(), 3);
        // Optimized, with masks: read back optimized; every truncation refused.
        d.optimize();
        let blob = d.encode();
        let e = VerbDictionary::decode(&blob).unwrap();
        // Decoded lazily (from static bytes): the same.
        let leaked: &'static [u8] = Box::leak(blob.clone().into_boxed_slice());
        let lazy = VerbDictionary::decode_lazy(leaked).unwrap();
        assert_eq!(dump(&d), dump(&lazy));
        assert!(lazy.entries.iter().zip(&e.entries).all(|(l, d)| l.may_protest() == d.may_protest()));
        // A pattern section that does not decode (a pattern text that is not UTF-8): refused
        // by `decode`; `decode_lazy` reads only the framing, and the entry has no patterns.
        let mut bad = blob.clone();
        // (The last occurrence: the word list, before the entries, holds the word too.)
        let at = bad.windows(6).rposition(|w| w == "会谈".as_bytes()).unwrap();
        bad[at] = 0xFF;
        assert!(VerbDictionary::decode(&bad).is_none());
        let lazy = VerbDictionary::decode_lazy(Box::leak(bad.into_boxed_slice())).unwrap();
        for e in &lazy.entries {
            assert_eq!(e.patterns().is_empty(), &*e.lemma == "réunir", "{}", e.lemma);
        }
        assert!(e.entries.iter().flat_map(|e| e.patterns()).all(|p| p.optimized));
        assert!(e.entries.iter().flat_map(|e| e.patterns()).any(|p| !p.masks.is_empty()));
        assert_eq!(dump(&d), dump(&e));
        for cut in 0..blob.len() {
            assert!(VerbDictionary::decode(&blob[..cut]).is_none());
        }
    }

    #[test]
    fn missing_file_is_an_error() {
        assert!(EventStage::load(false, &[PathBuf::from("/nonexistent/verbs.txt")]).is_err());
    }
}
