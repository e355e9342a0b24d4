//! The cue and source lexicons (`data/quotes/cues.txt`, `data/quotes/sources.tsv`, and the
//! crate's `data/attribution-cues.txt`) and the word lists of the rules (the crate's
//! `data/words.txt`).
//!
//! All are parsed once when the stage is built. The format is documented in the
//! header of each file and in `docs/quotes.md`.

use newsgraph_core::fxhash::short_words;
use newsgraph_core::model::SourceKind;
use std::collections::HashMap as StdHashMap;
use std::hash::{BuildHasherDefault, Hasher};

pub use newsgraph_core::fxhash::FxHasher;

type HashMap<K, V> = StdHashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A hasher for [`pack`]ed word keys: one folded 64×64→128-bit multiply.
#[derive(Default, Clone, Copy)]
pub struct PackedHasher {
    hash: u64,
}

impl Hasher for PackedHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut fx = FxHasher::with_state(self.hash);
        fx.write(bytes);
        self.hash = fx.finish();
    }
    fn write_u64(&mut self, x: u64) {
        let m = u128::from(x ^ self.hash) * 0x9E37_79B9_7F4A_7C15u128;
        self.hash = (m >> 64) as u64 ^ m as u64;
    }
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A table of [`pack`]ed word keys: open addressing with linear probing, at most a quarter full,
/// indexed by the top bits of one multiply (cheaper per lookup than a general hash map; one
/// lookup is made per word token). `EMPTY_KEY` marks a free slot: no packed key has a byte with
/// its high bit set.
#[derive(Debug, Clone)]
struct PackedTable<V> {
    keys: Vec<u64>,
    vals: Vec<V>,
    /// 64 minus log2 of the slot count.
    shift: u32,
}

const EMPTY_KEY: u64 = u64::MAX;

impl<V> Default for PackedTable<V> {
    fn default() -> Self {
        PackedTable { keys: Vec::new(), vals: Vec::new(), shift: 63 }
    }
}

impl<V: Copy + Default> PackedTable<V> {
    /// The table of `entries` (a later entry for the same key replaces an earlier one).
    fn build(entries: &[(u64, V)]) -> Self {
        // At most a quarter full: a missing word (most lookups) ends its probe sooner.
        let cap = (entries.len() * 4).next_power_of_two().max(8);
        let mut t = PackedTable { keys: vec![EMPTY_KEY; cap], vals: vec![V::default(); cap], shift: 64 - cap.trailing_zeros() };
        for &(k, v) in entries {
            let mut i = t.slot(k);
            while let Some(&key) = t.keys.get(i) {
                if key == EMPTY_KEY || key == k {
                    t.keys[i] = k;
                    t.vals[i] = v;
                    break;
                }
                i = (i + 1) & (cap - 1);
            }
        }
        t
    }

    #[inline]
    fn slot(&self, k: u64) -> usize {
        (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize & self.keys.len().wrapping_sub(1)
    }

    #[inline]
    fn get(&self, k: u64) -> Option<&V> {
        let mask = self.keys.len().wrapping_sub(1);
        let mut i = self.slot(k);
        loop {
            let key = *self.keys.get(i)?;
            if key == k && k != EMPTY_KEY {
                return self.vals.get(i);
            }
            if key == EMPTY_KEY {
                return None;
            }
            i = (i + 1) & mask;
        }
    }
}

/// A table of [`pack16`]ed word keys (words of 9 to 15 bytes), as [`PackedTable`]: linear
/// probing, at most a quarter full, `[EMPTY_KEY, _]` marking a free slot.
#[derive(Debug, Clone)]
struct PackedTable16<V> {
    keys: Vec<[u64; 2]>,
    vals: Vec<V>,
    shift: u32,
}

impl<V> Default for PackedTable16<V> {
    fn default() -> Self {
        PackedTable16 { keys: Vec::new(), vals: Vec::new(), shift: 63 }
    }
}

impl<V: Copy + Default> PackedTable16<V> {
    /// The table of `entries` (a later entry for the same key replaces an earlier one).
    fn build(entries: &[([u64; 2], V)]) -> Self {
        let cap = (entries.len() * 4).next_power_of_two().max(8);
        let mut t =
            PackedTable16 { keys: vec![[EMPTY_KEY, 0]; cap], vals: vec![V::default(); cap], shift: 64 - cap.trailing_zeros() };
        for &(k, v) in entries {
            let mut i = t.slot(k);
            while let Some(&key) = t.keys.get(i) {
                if key[0] == EMPTY_KEY || key == k {
                    t.keys[i] = k;
                    t.vals[i] = v;
                    break;
                }
                i = (i + 1) & (cap - 1);
            }
        }
        t
    }

    #[inline]
    fn slot(&self, k: [u64; 2]) -> usize {
        ((k[0] ^ k[1].rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
            & self.keys.len().wrapping_sub(1)
    }

    #[inline]
    fn get(&self, k: [u64; 2]) -> Option<&V> {
        let mask = self.keys.len().wrapping_sub(1);
        let mut i = self.slot(k);
        loop {
            let key = *self.keys.get(i)?;
            if key == k && k[0] != EMPTY_KEY {
                return self.vals.get(i);
            }
            if key[0] == EMPTY_KEY {
                return None;
            }
            i = (i + 1) & mask;
        }
    }
}

/// An ASCII word of 9 to 15 bytes as two `u64` words: its first eight bytes and the rest
/// (little-endian, zero-padded; words hold no NUL byte, so the key is unique); `None` for
/// other words.
#[inline]
pub fn pack16(word: &str) -> Option<[u64; 2]> {
    let b = word.as_bytes();
    if !(9..=15).contains(&b.len()) {
        return None;
    }
    let (lo, hi) = short_words(b)?;
    ((lo | hi) & 0x8080_8080_8080_8080 == 0).then_some([lo, hi])
}

/// An ASCII word of 1 to 8 bytes as a `u64` key (its bytes, little-endian, zero-padded; words
/// hold no NUL byte, so the key is unique); `None` for longer or non-ASCII words.
#[inline]
pub fn pack(word: &str) -> Option<u64> {
    let key = load8(word.as_bytes())?;
    // ASCII: no byte with its high bit set.
    (key & 0x8080_8080_8080_8080 == 0).then_some(key)
}

/// Bytes of 1 to 8 bytes as a `u64` (little-endian, zero-padded, any byte values); `None` for
/// an empty or longer slice. The low word of core's [`short_words`], which loads the bytes
/// with overlapping word loads rather than a shift per byte.
#[inline]
pub fn load8(b: &[u8]) -> Option<u64> {
    match b.len() {
        1..=8 => short_words(b).map(|(lo, _)| lo),
        _ => None,
    }
}

/// Whether `b` is all ASCII, and (if so) whether it holds an ASCII capital letter: eight bytes
/// at a time for words of up to 8 bytes, byte by byte beyond.
#[inline]
pub fn ascii_upper(b: &[u8]) -> (bool, bool) {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let Some(w) = load8(b) else {
        let (or, upper) = b.iter().fold((0u8, false), |(o, u), &c| (o | c, u | c.is_ascii_uppercase()));
        return (or < 0x80, upper);
    };
    if w & HIGH != 0 {
        return (false, false);
    }
    // Bytes below 0x80 (and the zero padding): adding 0x3F sets the high bit from 'A' (0x41)
    // up, adding 0x25 from '[' (0x5B) up, with no carry between bytes.
    let upper = w.wrapping_add(0x3F3F_3F3F_3F3F_3F3F) & !w.wrapping_add(0x2525_2525_2525_2525) & HIGH != 0;
    (true, upper)
}

/// The [`TokenIndex::lookup_with_second`] key of a cue with no packed second word (no packed
/// key has a byte with its high bit set).
pub const NO_SECOND: u64 = u64::MAX;

/// The token lists a word is marked for ([`Entry::mark`]), besides its cues and word lists.
pub mod mark {
    /// "asked".
    pub const ASKED: u8 = 1;
    /// The verbs after an outlet's name that make it a cited source: "reported", "reports",
    /// "said", "quoted", "cited".
    pub const REPORT: u8 = 2;
    /// ";".
    pub const SEMI: u8 = 3;
    /// The marked words.
    pub const WORDS: [(&str, u8); 7] = [
        ("asked", ASKED),
        ("reported", REPORT),
        ("reports", REPORT),
        ("said", REPORT),
        ("quoted", REPORT),
        ("cited", REPORT),
        (";", SEMI),
    ];
}

/// A key of any word, for the second-word filter of [`TokenIndex`]: its [`pack`]ed key when it
/// packs, else a hash of its bytes with the high bit set (which no packed key has) and the low
/// bit clear (never [`NO_SECOND`]). Equal words have equal keys; unequal words may share one
/// only when neither packs.
#[inline]
pub(crate) fn word_key(word: &str) -> u64 {
    match pack(word) {
        Some(k) => k,
        None => {
            let mut h = FxHasher::default();
            h.write(word.as_bytes());
            h.finish() & !1 | 1 << 63
        }
    }
}

/// The bit of a second word's [`word_key`] in [`Entry::seconds`].
#[inline]
pub(crate) fn second_bit(key: u64) -> u64 {
    1 << (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 58)
}

/// What the [`TokenIndex`] holds for a word.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Entry {
    /// Its cues, longest first: `ids[at..at + n]` (and their second words in `second`).
    at: u32,
    n: u32,
    /// Its one-word cues, in the same order: `open_ids[open_at..open_at + open_n]` (the only
    /// ones that can match when the next word's [`word_key`] is not among `seconds`).
    open_at: u32,
    open_n: u32,
    /// [`second_bit`] of the [`word_key`] of the second word of each of its cues.
    pub(crate) seconds: u64,
    /// Its [`word`] bits.
    pub(crate) flags: u8,
    /// Its [`mark`] (0: none).
    pub(crate) mark: u8,
}

impl Entry {
    /// The number of cues starting with the word.
    #[inline]
    pub(crate) fn n_cues(&self) -> u32 {
        self.n
    }
}

/// One lookup per token for everything the rules ask about a word: the cues starting with it
/// (longest first), the [`word`] bits of the word lists it is in and its [`mark`]. Built from
/// a [`Cues`] and a [`WordLists`] when the stage is built.
#[derive(Debug, Clone, Default)]
pub struct TokenIndex {
    /// Words that [`pack`] into a `u64`.
    packed: PackedTable<Entry>,
    /// Words that [`pack16`] into two words.
    packed16: PackedTable16<Entry>,
    /// The other words.
    long: HashMap<Box<str>, Entry>,
    /// Cue indices into the [`Cues`], grouped by first word, longest first.
    ids: Vec<u32>,
    /// Per entry of `ids`: its cue's second word [`pack`]ed, or [`NO_SECOND`] (a one-word cue,
    /// or a second word that does not pack), to reject most multi-word cues with one compare.
    second: Vec<u64>,
    /// Per entry of `ids`: the [`word_key`] of its cue's second word, or [`NO_SECOND`] for a
    /// one-word cue.
    second_key: Vec<u64>,
    /// The entries of `ids` of one-word cues, grouped as `ids`.
    open_ids: Vec<u32>,
    /// Bit `len` (capped at 63) of `first_len[first byte]`: some key has that first byte and length.
    first_len: Vec<u64>,
}

impl TokenIndex {
    /// Indexes the first words of `cues` and the words of `words`.
    pub fn new(cues: &Cues, words: &WordLists) -> Self {
        let mut groups: StdHashMap<&str, (Vec<u32>, u8)> = StdHashMap::new();
        for (i, c) in cues.cues.iter().enumerate() {
            if let Some(w) = c.words.first() {
                groups.entry(w.as_str()).or_default().0.push(i as u32);
            }
        }
        for (w, &f) in &words.all {
            groups.entry(w).or_default().1 |= f;
        }
        for (w, _) in mark::WORDS {
            groups.entry(w).or_default();
        }
        let mut out = TokenIndex { first_len: vec![0; 256], ..Default::default() };
        let mut packed = Vec::new();
        let mut packed16 = Vec::new();
        for (w, (mut ids, flags)) in groups {
            ids.sort_by_key(|&i| std::cmp::Reverse(cues.cues[i as usize].words.len()));
            let second: Vec<u64> =
                ids.iter().map(|&i| cues.cues[i as usize].words.get(1).and_then(|w| pack(w)).unwrap_or(NO_SECOND)).collect();
            let second_key: Vec<u64> =
                ids.iter().map(|&i| cues.cues[i as usize].words.get(1).map_or(NO_SECOND, |w| word_key(w))).collect();
            let entry = Entry {
                at: out.ids.len() as u32,
                n: ids.len() as u32,
                open_at: out.open_ids.len() as u32,
                open_n: second_key.iter().filter(|&&k| k == NO_SECOND).count() as u32,
                seconds: second_key.iter().filter(|&&k| k != NO_SECOND).fold(0, |b, &k| b | second_bit(k)),
                flags,
                mark: mark::WORDS.iter().find(|(m, _)| *m == w).map_or(0, |&(_, m)| m),
            };
            out.open_ids.extend(ids.iter().zip(&second_key).filter(|(_, &k)| k == NO_SECOND).map(|(&i, _)| i));
            out.second.extend(second);
            out.second_key.extend(second_key);
            out.ids.extend(ids);
            match (pack(w), pack16(w)) {
                (Some(k), _) => packed.push((k, entry)),
                (None, Some(k)) => packed16.push((k, entry)),
                (None, None) => {
                    out.long.insert(w.into(), entry);
                }
            }
            if let Some(&f) = w.as_bytes().first() {
                out.first_len[usize::from(f)] |= 1u64 << w.len().min(63);
            }
        }
        out.packed = PackedTable::build(&packed);
        out.packed16 = PackedTable16::build(&packed16);
        out
    }

    /// The cue indices (into the [`Cues`], longest first) starting with `word` (lower-cased),
    /// and its [`word`] bits.
    #[inline]
    pub fn lookup(&self, word: &str) -> (&[u32], u8) {
        let (ids, _, flags) = self.lookup_with_second(word);
        (ids, flags)
    }

    /// As [`TokenIndex::lookup`], with each cue's second word [`pack`]ed (parallel to the cue
    /// indices; [`NO_SECOND`] for a one-word cue or a second word that does not pack). A cue
    /// whose key is not [`NO_SECOND`] can match only where the next word packs to that key.
    #[inline]
    pub fn lookup_with_second(&self, word: &str) -> (&[u32], &[u64], u8) {
        let b = word.as_bytes();
        let pass =
            b.first().is_some_and(|&f| self.first_len.get(usize::from(f)).copied().unwrap_or(0) & (1u64 << b.len().min(63)) != 0);
        if !pass {
            return (&[], &[], 0);
        }
        match pack(word) {
            Some(k) => self.lookup_packed(k),
            None => match pack16(word) {
                Some(k) => self.lookup_packed16(k),
                None => self.entry(self.long.get(word)),
            },
        }
    }

    /// As [`TokenIndex::lookup_packed`] for a word of 9 to 15 ASCII bytes given as its
    /// [`pack16`]ed key (lower-cased).
    #[inline]
    pub fn lookup_packed16(&self, key: [u64; 2]) -> (&[u32], &[u64], u8) {
        self.entry(self.packed16.get(key))
    }

    /// As [`TokenIndex::lookup_with_second`] for a word given as its [`pack`]ed key (a word of
    /// 1 to 8 ASCII bytes, lower-cased): one table probe, no prefilter (the table holds only
    /// the words that pass it).
    #[inline]
    pub fn lookup_packed(&self, key: u64) -> (&[u32], &[u64], u8) {
        self.entry(self.packed.get(key))
    }

    /// The entry of a word given as its [`pack`]ed key (as [`TokenIndex::lookup_packed`]).
    #[inline]
    pub(crate) fn entry_packed(&self, key: u64) -> Option<&Entry> {
        self.packed.get(key)
    }

    /// The entry of a word given as its [`pack16`]ed key (as [`TokenIndex::lookup_packed16`]).
    #[inline]
    pub(crate) fn entry_packed16(&self, key: [u64; 2]) -> Option<&Entry> {
        self.packed16.get(key)
    }

    /// The entry of a word (lower-cased; as [`TokenIndex::lookup_with_second`]).
    #[inline]
    pub(crate) fn entry_of(&self, word: &str) -> Option<&Entry> {
        let b = word.as_bytes();
        let pass =
            b.first().is_some_and(|&f| self.first_len.get(usize::from(f)).copied().unwrap_or(0) & (1u64 << b.len().min(63)) != 0);
        if !pass {
            return None;
        }
        match pack(word) {
            Some(k) => self.packed.get(k),
            None => match pack16(word) {
                Some(k) => self.packed16.get(k),
                None => self.long.get(word),
            },
        }
    }

    /// An entry's cue indices (longest first) and their packed second words.
    #[inline]
    pub(crate) fn cues_of(&self, e: &Entry) -> (&[u32], &[u64]) {
        let r = e.at as usize..e.at as usize + e.n as usize;
        match (self.ids.get(r.clone()), self.second.get(r)) {
            (Some(ids), Some(second)) => (ids, second),
            _ => (&[], &[]),
        }
    }

    /// An entry's cue indices and the [`word_key`]s of their second words ([`NO_SECOND`] for a
    /// one-word cue).
    #[inline]
    pub(crate) fn cue_keys_of(&self, e: &Entry) -> (&[u32], &[u64]) {
        let r = e.at as usize..e.at as usize + e.n as usize;
        match (self.ids.get(r.clone()), self.second_key.get(r)) {
            (Some(ids), Some(keys)) => (ids, keys),
            _ => (&[], &[]),
        }
    }

    /// An entry's one-word cue indices, in the same order.
    #[inline]
    pub(crate) fn open_cues_of(&self, e: &Entry) -> &[u32] {
        self.open_ids.get(e.open_at as usize..e.open_at as usize + e.open_n as usize).unwrap_or(&[])
    }

    /// The cue indices, packed second words and word bits of a table entry.
    #[inline]
    fn entry(&self, hit: Option<&Entry>) -> (&[u32], &[u64], u8) {
        match hit {
            // Most words in the table start no cue (they are in a word list).
            Some(e) if e.n == 0 => (&[], &[], e.flags),
            Some(e) => {
                let (ids, second) = self.cues_of(e);
                (ids, second, e.flags)
            }
            None => (&[], &[], 0),
        }
    }
}

/// The built-in cue file.
pub const BUILTIN_CUES: &str = include_str!("../../../data/quotes/cues.txt");
/// The built-in cues beyond speech (stance, topic and intention verbs), added after
/// [`BUILTIN_CUES`].
pub const BUILTIN_ATTRIBUTION_CUES: &str = include_str!("../data/attribution-cues.txt");
/// The built-in word lists of the extraction rules.
pub const BUILTIN_WORDS: &str = include_str!("../data/words.txt");
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
    /// A noun cue with its complement ("claim that", "call for", "criticism of") after a
    /// possessor, who is the source: "Trump's claim that …", "her support for …".
    Noun,
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
            "noun" => CueClass::Noun,
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

    /// The cues whose first word is `word` (lower-cased), longest first (most words fail the
    /// first-byte-and-length prefilter without hashing).
    pub fn starting_with(&self, word: &str) -> impl Iterator<Item = &Cue> {
        let b = word.as_bytes();
        let pass =
            b.first().is_some_and(|&f| self.first_len.get(usize::from(f)).copied().unwrap_or(0) & (1u64 << b.len().min(63)) != 0);
        let ids = if pass { self.by_first.get(word).map_or(&[][..], |v| v.as_slice()) } else { &[][..] };
        ids.iter().map(|&i| &self.cues[i])
    }

    /// The cue with index `i` (from [`TokenIndex::lookup`]).
    pub fn get(&self, i: usize) -> Option<&Cue> {
        self.cues.get(i)
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
    /// Bit `len` (capped at 63) of `first_len[first byte]`: some name's first word has that
    /// first byte and length (most capitalised words are no name's first word: no hashing).
    first_len: Vec<u64>,
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
        let mut first_len = vec![0u64; 256];
        for (i, (w, _)) in names.iter().enumerate() {
            by_first.entry(w[0].clone()).or_default().push(i);
            if let Some(&f) = w[0].as_bytes().first() {
                first_len[usize::from(f)] |= 1u64 << w[0].len().min(63);
            }
        }
        Ok(Sources { names, by_first, first_len })
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
        let first = word(0);
        let b = first.as_bytes();
        let pass =
            b.first().is_some_and(|&f| self.first_len.get(usize::from(f)).copied().unwrap_or(0) & (1u64 << b.len().min(63)) != 0);
        if !pass {
            return None;
        }
        let ids = self.by_first.get(first)?;
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

/// A set of lower-cased words.
#[derive(Debug, Clone, Default)]
pub struct WordSet(std::collections::HashSet<Box<str>, BuildHasherDefault<FxHasher>>);

impl WordSet {
    /// True when `word` (lower-cased) is in the set.
    pub fn contains(&self, word: &str) -> bool {
        self.0.contains(word)
    }
    /// Number of words.
    pub fn len(&self) -> usize {
        self.0.len()
    }
    /// True when the set is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The word lists the extraction rules consult, one `[section]` each in `data/words.txt`
/// (the format is described in that file's header).
#[derive(Debug, Clone, Default)]
pub struct WordLists {
    /// `[aux]`: words skipped between a subject and its cue ("has", "also", "reportedly").
    pub aux: WordSet,
    /// `[np-stop]`: words that end a speaker noun phrase.
    pub np_stop: WordSet,
    /// `[sentence-adverbs]`: adverbs opening a sentence before its subject ("However, …").
    pub sentence_adverbs: WordSet,
    /// `[not-speaker]`: capitalised words that never start a speaker ("Having", months).
    pub not_speaker: WordSet,
    /// `[determiners]`: determiners that may open a speaker noun phrase.
    pub determiners: WordSet,
    /// `[role-nouns]`: heads of anonymous speakers ("spokesman", "officials").
    pub role_nouns: WordSet,
    /// `[clause-words]`: words that end a loose subject ("Six in 10 voters say").
    pub clause_words: WordSet,
    /// Every word with the bits of the lists it is in.
    all: HashMap<Box<str>, u8>,
    /// Bit `len` (capped at 63) of `first_len[first byte]`: some word has that first byte and length.
    first_len: Vec<u64>,
}

/// Bits of [`WordLists::flags`], one per list.
pub mod word {
    /// `[aux]`.
    pub const AUX: u8 = 1;
    /// `[np-stop]`.
    pub const NP_STOP: u8 = 1 << 1;
    /// `[sentence-adverbs]`.
    pub const SENTENCE_ADVERBS: u8 = 1 << 2;
    /// `[not-speaker]`.
    pub const NOT_SPEAKER: u8 = 1 << 3;
    /// `[determiners]`.
    pub const DETERMINERS: u8 = 1 << 4;
    /// `[role-nouns]`.
    pub const ROLE_NOUNS: u8 = 1 << 5;
    /// `[clause-words]`.
    pub const CLAUSE_WORDS: u8 = 1 << 6;
}

impl WordLists {
    /// The lists `word` (lower-cased) is in, as [`word`] bits: one lookup for all of them, done
    /// once per token.
    pub fn flags(&self, w: &str) -> u8 {
        let b = w.as_bytes();
        // Prefilter on the first byte and the length, as for cues: most words skip the hash.
        let pass =
            b.first().is_some_and(|&f| self.first_len.get(usize::from(f)).copied().unwrap_or(0) & (1u64 << b.len().min(63)) != 0);
        if pass {
            self.all.get(w).copied().unwrap_or(0)
        } else {
            0
        }
    }

    /// Parses a word-list file; every section must be known, and all must be present.
    pub fn parse(text: &str) -> Result<Self, LexiconError> {
        let mut out = WordLists::default();
        let mut current: Option<&mut WordSet> = None;
        let mut seen = 0u8;
        for (n, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            if let Some(sec) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                let (bit, set) = match sec.trim() {
                    "aux" => (0, &mut out.aux),
                    "np-stop" => (1, &mut out.np_stop),
                    "sentence-adverbs" => (2, &mut out.sentence_adverbs),
                    "not-speaker" => (3, &mut out.not_speaker),
                    "determiners" => (4, &mut out.determiners),
                    "role-nouns" => (5, &mut out.role_nouns),
                    "clause-words" => (6, &mut out.clause_words),
                    _ => return Err(LexiconError { line: n + 1, reason: format!("unknown section [{sec}]") }),
                };
                seen |= 1 << bit;
                current = Some(set);
                continue;
            }
            let Some(set) = current.as_mut() else {
                return Err(LexiconError { line: n + 1, reason: "word before any [section]".into() });
            };
            for w in line.split_whitespace() {
                set.0.insert(w.to_lowercase().into_boxed_str());
            }
        }
        if seen != 0x7f {
            return Err(LexiconError { line: 0, reason: "a section is missing".into() });
        }
        for (bit, set) in [
            (word::AUX, &out.aux),
            (word::NP_STOP, &out.np_stop),
            (word::SENTENCE_ADVERBS, &out.sentence_adverbs),
            (word::NOT_SPEAKER, &out.not_speaker),
            (word::DETERMINERS, &out.determiners),
            (word::ROLE_NOUNS, &out.role_nouns),
            (word::CLAUSE_WORDS, &out.clause_words),
        ] {
            for w in &set.0 {
                *out.all.entry(w.clone()).or_default() |= bit;
            }
        }
        out.first_len = vec![0; 256];
        for w in out.all.keys() {
            if let Some(&f) = w.as_bytes().first() {
                out.first_len[usize::from(f)] |= 1u64 << w.len().min(63);
            }
        }
        Ok(out)
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
    fn attribution_cues_parse_and_keep_the_speech_classes() {
        let mut c = Cues::parse(BUILTIN_CUES).unwrap();
        c.add(BUILTIN_ATTRIBUTION_CUES).unwrap();
        assert_eq!(
            c.longest(&["talked", "about", "jobs"], |_| true).unwrap(),
            (c.longest(&["talked", "about"], |_| true).unwrap().0, 2)
        );
        assert_eq!(c.longest(&["supported", "it"], |_| true).unwrap().0.class, CueClass::Object);
        assert_eq!(c.longest(&["plans"], |_| true).unwrap().0.class, CueClass::Thought);
        assert_eq!(c.longest(&["claim", "that"], |_| true).unwrap().0.class, CueClass::Noun);
        // "said" is a speech verb in the first file; nothing in the second changes that.
        assert_eq!(c.longest(&["said"], |_| true).unwrap().0.class, CueClass::Verb);
    }

    #[test]
    fn builtin_sources_parse() {
        let s = Sources::parse(BUILTIN_SOURCES).unwrap();
        assert!(s.len() > 50);
        assert_eq!(s.longest(&["ABC", "News", "said"]), Some((2, SourceKind::Media)));
        assert_eq!(s.longest(&["Reuters"]), Some((1, SourceKind::Agency)));
    }

    #[test]
    fn builtin_words_parse() {
        let w = WordLists::parse(BUILTIN_WORDS).unwrap();
        assert!(w.aux.contains("reportedly") && w.np_stop.contains("because") && w.role_nouns.contains("spokesman"));
        assert!(w.determiners.contains("the") && w.not_speaker.contains("having") && w.clause_words.contains("which"));
        assert!(!w.role_nouns.contains("said"));
        let also = w.flags("also");
        assert_eq!(
            also & (word::AUX | word::NP_STOP | word::SENTENCE_ADVERBS),
            word::AUX | word::NP_STOP | word::SENTENCE_ADVERBS
        );
        assert_eq!(also & word::ROLE_NOUNS, 0);
        assert_eq!(w.flags("said"), 0);
        assert!(WordLists::parse("[aux]\nalso").is_err(), "missing sections");
        assert!(WordLists::parse("also").is_err());
        assert!(WordLists::parse("[verbs]\nsaid").is_err());
    }

    #[test]
    fn token_index_agrees_with_the_lexicons() {
        assert_eq!(pack("said"), Some(u64::from_le_bytes(*b"said\0\0\0\0")));
        assert_eq!(pack("spokesman"), None, "longer than 8 bytes");
        assert_eq!(pack("déclaré"), None, "not ASCII");
        assert_eq!(pack(""), None);
        let mut cues = Cues::parse(BUILTIN_CUES).unwrap();
        cues.add(BUILTIN_ATTRIBUTION_CUES).unwrap();
        cues.add("[verb]\nspokesman said\nsaid so\n").unwrap();
        let words = WordLists::parse(BUILTIN_WORDS).unwrap();
        let index = TokenIndex::new(&cues, &words);
        for w in ["said", "told", "according", "also", "spokesman", "the", "because", "zebra", "", "déclaré", "reportedly"] {
            let (ids, flags) = index.lookup(w);
            assert_eq!(flags, words.flags(w), "{w}");
            let want: Vec<*const Cue> = cues.starting_with(w).map(|c| c as *const Cue).collect();
            let got: Vec<*const Cue> = ids.iter().filter_map(|&i| cues.get(i as usize)).map(|c| c as *const Cue).collect();
            assert_eq!(got.len(), want.len(), "{w}");
            // Longest first, like `starting_with`.
            let lens: Vec<usize> = ids.iter().filter_map(|&i| cues.get(i as usize)).map(|c| c.words.len()).collect();
            assert!(lens.windows(2).all(|p| p[0] >= p[1]), "{w}");
        }
        assert!(!index.lookup("said").0.is_empty() && !index.lookup("spokesman").0.is_empty());
    }

    #[test]
    fn word_keys_are_packed_keys_or_hashes_apart_from_them() {
        for w in ["said", "a", "reported", "spokesman", "broadcaster", "déclaré", "", "DÉCLARÉ", "abcdefghijklmnopq"] {
            let k = word_key(w);
            // (The same word in another string.)
            assert_eq!(k, word_key(&w.chars().collect::<String>()), "{w}");
            assert_ne!(k, NO_SECOND, "{w}");
            match pack(w) {
                Some(p) => assert_eq!(k, p, "{w}"),
                // No packed key has its high bit set.
                None => assert!(k >> 63 == 1, "{w}"),
            }
        }
        assert_ne!(word_key("broadcaster"), word_key("broadcasters"));
        assert_ne!(word_key("déclaré"), word_key("déclarée"));
    }

    /// The second-word filter of the cue candidates: each cue's second-word key is the
    /// [`word_key`] of its second word (one-word cues: [`NO_SECOND`], and listed among the open
    /// cues, in order), and its bit is in the entry's `seconds`.
    #[test]
    fn second_word_keys_cover_every_multiword_cue() {
        let mut cues = Cues::parse(BUILTIN_CUES).unwrap();
        cues.add(BUILTIN_ATTRIBUTION_CUES).unwrap();
        cues.add("[verb]\nthe broadcaster said\nspokesperson déclaré\nabcdefghijklmnopq said so\n").unwrap();
        let words = WordLists::parse(BUILTIN_WORDS).unwrap();
        let index = TokenIndex::new(&cues, &words);
        let mut firsts: Vec<String> = cues.iter().filter_map(|c| c.words.first().cloned()).collect();
        firsts.sort();
        firsts.dedup();
        let mut multi = 0;
        for w in &firsts {
            let e = index.entry_of(w).unwrap_or_else(|| panic!("{w}"));
            let (ids, keys) = index.cue_keys_of(e);
            assert_eq!(ids, index.lookup(w).0, "{w}");
            assert_eq!(ids.len(), keys.len(), "{w}");
            let mut open = Vec::new();
            for (&id, &k) in ids.iter().zip(keys) {
                let c = cues.get(id as usize).unwrap();
                match c.words.get(1) {
                    Some(second) => {
                        multi += 1;
                        assert_eq!(k, word_key(second), "{w} {second}");
                        assert_ne!(e.seconds & second_bit(k), 0, "{w} {second}");
                    }
                    None => {
                        assert_eq!(k, NO_SECOND, "{w}");
                        open.push(id);
                    }
                }
            }
            assert_eq!(index.open_cues_of(e), open.as_slice(), "{w}");
        }
        assert!(multi > 100, "{multi}");
    }

    #[test]
    fn token_index_agrees_on_every_listed_word() {
        assert_eq!(pack16("spokesman"), Some([u64::from_le_bytes(*b"spokesma"), u64::from(b'n')]));
        assert_eq!(pack16("abcdefgh"), None, "8 bytes: pack");
        assert_eq!(pack16("abcdefghijklmnop"), None, "16 bytes");
        assert_eq!(pack16("spokeswomän"), None, "not ASCII");
        let mut cues = Cues::parse(BUILTIN_CUES).unwrap();
        cues.add(BUILTIN_ATTRIBUTION_CUES).unwrap();
        cues.add("[verb]\nspokesperson said\nabcdefghijklmnopq said\n").unwrap();
        let words = WordLists::parse(BUILTIN_WORDS).unwrap();
        let index = TokenIndex::new(&cues, &words);
        let mut all: Vec<String> = cues.iter().filter_map(|c| c.words.first().cloned()).collect();
        all.extend(words.all.keys().map(|w| w.to_string()));
        // Near misses of every length (one byte added, dropped or changed).
        let near: Vec<String> = all
            .iter()
            .flat_map(|w| [format!("{w}s"), w.chars().skip(1).collect(), format!("x{}", &w[w.len().min(1)..])])
            .collect();
        all.extend(near);
        all.extend(["", "a", "abcdefghijklmno", "abcdefghijklmnop", "spokeswomän"].map(String::from));
        for w in &all {
            let (ids, flags) = index.lookup(w);
            assert_eq!(flags, words.flags(w), "{w}");
            assert_eq!(ids.len(), cues.starting_with(w).count(), "{w}");
            let (ids2, _, flags2) = index.lookup_with_second(w);
            assert_eq!((ids2, flags2), (ids, flags), "{w}");
            if let Some(k) = pack(w) {
                assert_eq!(index.lookup_packed(k).0, ids, "{w}");
            }
            if let Some(k) = pack16(w) {
                assert_eq!(index.lookup_packed16(k).0, ids, "{w}");
            }
        }
    }

    #[test]
    fn sources_first_word_filter_drops_no_name() {
        let s = Sources::parse(BUILTIN_SOURCES).unwrap();
        // The reference: the first (longest) name, in list order, that starts the words.
        let reference = |words: &[&str]| {
            s.names
                .iter()
                .find(|(w, _)| !words.is_empty() && w.len() <= words.len() && w.iter().zip(words).all(|(a, b)| a == b))
                .map(|(w, k)| (w.len(), *k))
        };
        let mut probes: Vec<Vec<String>> = s.names.iter().map(|(w, _)| w.clone()).collect();
        probes.extend(s.names.iter().map(|(w, _)| w.iter().map(|x| x.to_lowercase()).collect()));
        probes.extend(s.names.iter().map(|(w, _)| vec![format!("{}s", w[0])]));
        for odd in ["", "The", "the", "Zzzz", "É", "Reuters", "REUTERS", "New", "York", "Times"] {
            probes.push(vec![odd.to_string(), "Times".to_string()]);
        }
        for p in &probes {
            let words: Vec<&str> = p.iter().map(String::as_str).collect();
            assert_eq!(s.longest(&words), reference(&words), "{words:?}");
        }
        assert!(s.longest(&["Reuters"]).is_some());
    }

    #[test]
    fn bad_files_are_errors() {
        assert!(Cues::parse("[nope]\nsaid").is_err());
        assert!(Sources::parse("Reuters").is_err());
        assert!(Sources::parse("Reuters\tblog").is_err());
    }
}
