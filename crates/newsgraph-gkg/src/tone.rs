//! GDELT V2Tone figures from a word lexicon.
//!
//! The seven figures follow the GDELT GKG 2.1 codebook (field V1.5TONE):
//!
//! | figure | definition here |
//! |---|---|
//! | `tone` | `positive − negative` (range −100…+100, usually −10…+10) |
//! | `positive` | 100 × positive words / words |
//! | `negative` | 100 × negative words / words (a positive number) |
//! | `polarity` | 100 × (positive + negative words) / words: the share of words that matched the tonal dictionary |
//! | `activity_density` | 100 × activity words / words |
//! | `self_group_density` | 100 × self/group pronouns (I, me, my, we, us, our, …) / words |
//! | `word_count` | the number of word tokens ([`TokenKind::Word`]) |
//!
//! A word listed as both positive and negative counts in both. Words are matched whole and
//! case-insensitively; there is no negation handling (GDELT has none either).
//!
//! The lexicon is `data/tone/lexicon.tsv`, generated from the hand-written stems in
//! `data/tone/seeds.txt` by `data/tone/build_lexicon.py`; see `docs/gkg.md`.

use newsgraph_core::fxhash::FxHashMap;
use newsgraph_core::model::{Document, TokenKind, Tone};

/// The built-in lexicon (`word<TAB>classes`).
pub const BUILTIN_LEXICON: &str = include_str!("../../../data/tone/lexicon.tsv");

const POS: u8 = 1;
const NEG: u8 = 2;
const ACT: u8 = 4;
const SELF: u8 = 8;
/// The four classes above.
const CLASSES: u8 = POS | NEG | ACT | SELF;
/// Not a class: marks, in [`ShortTable`], the words that may start an amount by themselves
/// ([`crate::amounts::start_words`]), so that the tone pass, which looks every word up anyway,
/// also finds the tokens the amounts part has to look at ([`ToneLexicon::sentence_counts_marking`]).
const AMOUNT_START: u8 = 16;

/// Word counts behind a [`Tone`]; they add up across sentences.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ToneCounts {
    /// Words.
    pub words: u32,
    /// Positive words.
    pub positive: u32,
    /// Negative words.
    pub negative: u32,
    /// Activity words.
    pub activity: u32,
    /// Self/group pronouns.
    pub self_group: u32,
}

impl ToneCounts {
    /// Adds another count.
    pub fn add(&mut self, o: &ToneCounts) {
        self.words += o.words;
        self.positive += o.positive;
        self.negative += o.negative;
        self.activity += o.activity;
        self.self_group += o.self_group;
    }

    /// The seven V2Tone figures. No words gives all zeros.
    pub fn tone(&self) -> Tone {
        if self.words == 0 {
            return Tone::default();
        }
        let pct = |n: u32| (100.0 * f64::from(n) / f64::from(self.words)) as f32;
        let positive = pct(self.positive);
        let negative = pct(self.negative);
        Tone {
            tone: positive - negative,
            positive,
            negative,
            polarity: pct(self.positive + self.negative),
            activity_density: pct(self.activity),
            self_group_density: pct(self.self_group),
            word_count: self.words,
        }
    }
}

/// A tone lexicon: word → classes.
#[derive(Debug, Clone, Default)]
pub struct ToneLexicon {
    words: FxHashMap<Box<str>, u8>,
    /// The ASCII words of `words` up to 15 bytes, keyed by [`short_key`]: no string hashing or comparing
    /// for most lookups.
    short: ShortTable,
    /// Whether some word of `words` is not ASCII (the built-in lexicon has none).
    non_ascii: bool,
}

/// Packed short keys ([`short_key`]) → classes: open addressing with linear probing in a table at
/// most half full. Every word of every article is looked up here, most of them missing, and a
/// general hash map costs several times more per lookup (its hasher over two words, control-byte
/// groups, the probe sequence) than one multiply and, mostly, one or two key compares.
#[derive(Debug, Clone)]
struct ShortTable {
    /// Keys by slot; 0 (the key of the empty word, never in a slot) marks a free slot.
    keys: Box<[u128]>,
    /// Classes by slot.
    bits: Box<[u8]>,
    /// 64 − log2(slots): the shift that turns a 64-bit hash into a slot.
    shift: u32,
    /// Classes of the empty word, if the lexicon lists it.
    empty: u8,
    /// One bit per [`FILTER_BITS`]-bit prefix of the mixed hashes ([`mix`]) of the keys' folded
    /// forms ([`fold_of_key`]): a clear bit says that no key folds to that prefix, so most words
    /// (nearly nine in ten miss the lexicon) leave after one load, before they are lower-cased
    /// and probed for.
    filter: Box<[u64; FILTER_WORDS]>,
}

/// Log2 of the number of bits in [`ShortTable::filter`] (8 KiB).
const FILTER_BITS: u32 = 16;

/// Number of `u64`s in [`ShortTable::filter`]: a fixed size, so that a bit of a hash's top
/// [`FILTER_BITS`] bits is read without a bounds check.
const FILTER_WORDS: usize = (1 << FILTER_BITS) / 64;

/// The hash of a packed key: its two halves mixed, multiplied. Its top bits pick the home slot
/// and the filter bit.
#[inline(always)]
fn mix(k: u128) -> u64 {
    let x = (k as u64) ^ ((k >> 64) as u64).rotate_left(29);
    x.wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

impl Default for ShortTable {
    fn default() -> Self {
        ShortTable::new(std::iter::empty())
    }
}

impl ShortTable {
    /// The table of `entries` and of the words that may start an amount (with [`AMOUNT_START`]).
    fn new(entries: impl Iterator<Item = (u128, u8)>) -> Self {
        let starts = crate::amounts::start_words().filter_map(|w| Some((short_key(w.as_bytes())?, AMOUNT_START)));
        let entries: Vec<(u128, u8)> = entries.chain(starts).collect();
        let slots = (entries.len() * 2).next_power_of_two().max(16);
        let mut t = ShortTable {
            keys: vec![0; slots].into_boxed_slice(),
            bits: vec![0; slots].into_boxed_slice(),
            shift: 64 - slots.trailing_zeros(),
            empty: 0,
            filter: Box::new([0u64; FILTER_WORDS]),
        };
        for (k, b) in entries {
            if k == 0 {
                t.empty |= b;
                continue;
            }
            let mut i = t.slot(k);
            while t.keys[i] != 0 && t.keys[i] != k {
                i = (i + 1) & (slots - 1);
            }
            t.keys[i] = k;
            t.bits[i] |= b;
            let f = (mix(fold_of_key(k)) >> (64 - FILTER_BITS)) as usize;
            t.filter[f / 64] |= 1 << (f % 64);
        }
        t
    }

    /// The home slot of `k`: the top bits of its [`mix`].
    #[inline(always)]
    fn slot(&self, k: u128) -> usize {
        (mix(k) >> self.shift) as usize
    }

    #[inline(always)]
    fn get(&self, k: u128) -> u8 {
        if k == 0 {
            return self.empty;
        }
        if !self.may_hold(fold_of_key(k)) {
            return 0;
        }
        self.probe(k)
    }

    /// False when no key has the folded form `folded` ([`fold_key`], [`fold_of_key`]).
    #[inline(always)]
    fn may_hold(&self, folded: u128) -> bool {
        self.may_hold_mixed(mix(folded))
    }

    /// [`Self::may_hold`] of the folded form whose [`mix`] is `h`.
    #[inline(always)]
    fn may_hold_mixed(&self, h: u64) -> bool {
        let f = (h >> (64 - FILTER_BITS)) as usize;
        self.filter[f / 64] >> (f % 64) & 1 != 0
    }

    /// The classes of key `k` (not 0), without the filter.
    #[inline(always)]
    fn probe(&self, k: u128) -> u8 {
        let mask = self.keys.len() - 1;
        let mut i = self.slot(k);
        // The table is at most half full, so a free slot ends every probe.
        loop {
            let s = self.keys[i];
            if s == k {
                return self.bits[i];
            }
            if s == 0 {
                return 0;
            }
            i = (i + 1) & mask;
        }
    }
}

/// An ASCII word of at most 15 bytes, lowercased, packed with its length into one integer: the
/// bytes in order from the lowest, zeros, and the length in the highest byte. Built from
/// overlapping word loads and lower-cased eight bytes at a time.
#[inline(always)]
pub(crate) fn short_key(word: &[u8]) -> Option<u128> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let n = word.len();
    let (lo, hi) = newsgraph_core::fxhash::short_words(word)?;
    if (lo | hi) & HIGH != 0 {
        return None;
    }
    // ASCII upper case to lower case: add 0x20 to the bytes in 'A'..='Z' (no byte has its
    // high bit set here, so no carries between bytes).
    let lower = |x: u64| {
        let upper = (x + ONES * (0x80 - u64::from(b'A'))) & !(x + ONES * (0x80 - u64::from(b'['))) & HIGH;
        x | upper >> 2
    };
    Some(newsgraph_core::fxhash::short_key(lower(lo), lower(hi), n))
}

/// The [`short_key`] of `bytes[start..end]` when that is a non-empty ASCII word of at most 15
/// bytes ending on a character boundary (so that it is also a valid `str` span) and at least 16
/// bytes of `bytes` start at `start`; `None` otherwise (the caller then takes the general path).
#[cfg(test)]
fn body_short_key(bytes: &[u8], start: usize, end: usize) -> Option<u128> {
    body_word(bytes, start, end).map(|(x, n)| lower_key(x, n))
}

const ONES: u128 = 0x0101_0101_0101_0101_0101_0101_0101_0101;

/// The bytes of `bytes[start..end]` (zeros above them) and its length when that is a non-empty
/// ASCII word of at most 15 bytes and at least 16 bytes of `bytes` start at `start`; `None`
/// otherwise. `bytes` is a `str`'s: the word is then that `str`'s span `start..end`.
#[inline(always)]
fn body_word(bytes: &[u8], start: usize, end: usize) -> Option<(u128, usize)> {
    const HIGH: u128 = 0x8080_8080_8080_8080_8080_8080_8080_8080;
    let n = end.wrapping_sub(start);
    if n.wrapping_sub(1) >= 15 {
        return None; // empty, longer than 15 bytes, or end < start
    }
    let chunk: &[u8; 16] = bytes.get(start..)?.first_chunk()?;
    // The word's bytes, zeros above them.
    let x = u128::from_le_bytes(*chunk) & BYTE_MASKS[n & 15];
    // Not ASCII. (An ASCII word of a `str` starts and ends on character boundaries: a
    // continuation byte follows only a non-ASCII byte.)
    if x & HIGH != 0 {
        return None;
    }
    Some((x, n))
}

/// The [`short_key`] of the ASCII word of `n` bytes (1 to 15) `x` ([`body_word`]).
#[inline(always)]
fn lower_key(x: u128, n: usize) -> u128 {
    const HIGH: u128 = 0x8080_8080_8080_8080_8080_8080_8080_8080;
    let upper = (x + ONES * (0x80 - u128::from(b'A'))) & !(x + ONES * (0x80 - u128::from(b'['))) & HIGH;
    (x | upper >> 2) | (n as u128) << 120
}

/// The folded form of the ASCII word of `n` bytes (1 to 15) `x`: bit 0x20 set in each of its
/// bytes, the length above. Two words that differ only in case fold alike (so do a few others,
/// `@` and `` ` ``: a filter only), and a word folds as its lower-case form does: as its key
/// folds ([`fold_of_key`]). Two instructions, where lower-casing takes a dozen.
#[inline(always)]
fn fold_key(x: u128, n: usize) -> u128 {
    x | ((ONES * 0x20) & BYTE_MASKS[n & 15]) | (n as u128) << 120
}

/// The folded form ([`fold_key`]) of the word of a [`short_key`] (its length in the top byte).
#[inline(always)]
fn fold_of_key(k: u128) -> u128 {
    k | ((ONES * 0x20) & BYTE_MASKS[(k >> 120) as usize & 15])
}

/// `BYTE_MASKS[n]`: the low `n` bytes of a `u128` set.
const BYTE_MASKS: [u128; 16] = {
    let mut m = [0u128; 16];
    let mut n = 1;
    while n < 16 {
        m[n] = (1u128 << (8 * n)) - 1;
        n += 1;
    }
    m
};

/// `MASKS_8[n]`: the low `n` bytes of a `u64` set (`n` up to 8).
const MASKS_8: [u64; 9] = {
    let mut m = [0u64; 9];
    let mut n = 1;
    while n < 9 {
        m[n] = u64::MAX >> (64 - 8 * n);
        n += 1;
    }
    m
};

/// `FOLD_8[n]`: bit 0x20 of each of the low `n` bytes.
const FOLD_8: [u64; 9] = {
    let mut m = [0u64; 9];
    let mut n = 1;
    while n < 9 {
        m[n] = 0x2020_2020_2020_2020 & MASKS_8[n];
        n += 1;
    }
    m
};

/// `mix(fold_key(x, n))` for a word of `n` bytes, 1 to 8, `x` ([`fold_key`], [`mix`]) in one
/// register: the high half of the folded form is the length alone (in its top byte), which the
/// rotation in [`mix`] moves to bit 21.
#[inline(always)]
fn mix_folded_8(x: u64, n: usize) -> u64 {
    ((x | FOLD_8[n]) ^ (n as u64) << 21).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// The counts of a sentence from the number of its words by class set (`hist[bits]`).
#[inline]
fn counts_from_histogram(hist: &[u32; 16]) -> ToneCounts {
    let mut c = ToneCounts::default();
    for (bits, &n) in hist.iter().enumerate() {
        c.words += n;
        c.positive += n * u32::from(bits as u8 & POS != 0);
        c.negative += n * u32::from(bits as u8 & NEG != 0);
        c.activity += n * u32::from(bits as u8 & ACT != 0);
        c.self_group += n * u32::from(bits as u8 & SELF != 0);
    }
    c
}

/// A malformed lexicon line.
#[derive(Debug, thiserror::Error)]
#[error("tone lexicon line {line}: {message}")]
pub struct LexiconError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl ToneLexicon {
    /// The built-in lexicon.
    pub fn builtin() -> Self {
        Self::parse(BUILTIN_LEXICON).unwrap_or_default()
    }

    /// Parses `word<TAB>classes` lines (`pos`, `neg`, `act`, `self`, comma-separated); `#` starts a comment.
    pub fn parse(text: &str) -> Result<Self, LexiconError> {
        let mut words = FxHashMap::default();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (word, classes) =
                line.split_once('\t').ok_or_else(|| LexiconError { line: i + 1, message: "expected word<TAB>classes".into() })?;
            let mut bits = 0u8;
            for c in classes.split(',').map(str::trim).filter(|c| !c.is_empty()) {
                bits |= match c {
                    "pos" => POS,
                    "neg" => NEG,
                    "act" => ACT,
                    "self" => SELF,
                    other => return Err(LexiconError { line: i + 1, message: format!("unknown class {other:?}") }),
                };
            }
            *words.entry(word.trim().to_lowercase().into_boxed_str()).or_insert(0) |= bits;
        }
        let short = ShortTable::new(words.iter().filter_map(|(w, &bits)| Some((short_key(w.as_bytes())?, bits))));
        let non_ascii = words.keys().any(|w| !w.is_ascii());
        Ok(ToneLexicon { words, short, non_ascii })
    }

    /// Number of words in the lexicon.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when the lexicon is empty.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The classes of one word. Inlined into the word loop: most words take the packed-key path,
    /// a few instructions, and the string path (long or non-ASCII words) is kept out of line so
    /// that its registers and stack frame are not paid for on every word.
    #[inline(always)]
    fn classes(&self, word: &str, buf: &mut String) -> u8 {
        match short_key(word.as_bytes()) {
            Some(k) => self.short.get(k) & CLASSES,
            None => self.classes_long(word, buf),
        }
    }

    /// [`Self::classes`] of a word longer than 15 bytes or not ASCII.
    #[inline(never)]
    fn classes_long(&self, word: &str, buf: &mut String) -> u8 {
        let b = word.as_bytes();
        // The lower-case form is the lower cases of the characters one after the other (’ as
        // '): when one of them is not ASCII, neither is the form, and a lexicon of ASCII words
        // does not list it. One character tells for most non-Latin words, without lower-casing
        // and hashing the whole word.
        if !self.non_ascii && !b.is_ascii() {
            if let Some(c) = word.chars().find(|&c| !c.is_ascii() && c != '\u{2019}') {
                if c.to_lowercase().any(|l| !l.is_ascii()) {
                    return 0;
                }
            }
        }
        let w = if !b.iter().any(|&c| c.is_ascii_uppercase() || !c.is_ascii()) {
            word
        } else if b.is_ascii() {
            buf.clear();
            buf.push_str(word);
            buf.make_ascii_lowercase();
            buf.as_str()
        } else {
            buf.clear();
            for c in word.chars() {
                match c {
                    '\u{2019}' => buf.push('\''),
                    c => buf.extend(c.to_lowercase()),
                }
            }
            buf.as_str()
        };
        self.words.get(w).copied().unwrap_or(0)
    }

    /// Counts the words of a text given as word strings.
    pub fn count_words<'a>(&self, words: impl IntoIterator<Item = &'a str>) -> ToneCounts {
        let mut c = ToneCounts::default();
        let mut buf = String::new();
        for w in words {
            c.words += 1;
            let bits = self.classes(w, &mut buf);
            c.positive += u32::from(bits & POS != 0);
            c.negative += u32::from(bits & NEG != 0);
            c.activity += u32::from(bits & ACT != 0);
            c.self_group += u32::from(bits & SELF != 0);
        }
        c
    }

    /// Counts per sentence of `doc` (word tokens only): the same as [`Self::count_words`] over the
    /// sentence's word tokens that are valid spans of the body.
    ///
    /// Most words are ASCII and at most 15 bytes: their packed key comes from one 16-byte load of
    /// the body at the word's start, masked to its length, and their classes go into a histogram
    /// by class set, summed into the four counts once per sentence.
    pub fn sentence_counts(&self, doc: &Document) -> Vec<ToneCounts> {
        let body = doc.body();
        let mut buf = String::new();
        doc.sentences
            .iter()
            .map(|s| {
                let toks = doc.tokens.get(s.token_range()).unwrap_or(&[]);
                let mut hist = [0u32; 16];
                for t in toks {
                    if t.kind != TokenKind::Word {
                        continue;
                    }
                    let Some(bits) = self.span_classes(body, t.start, t.end, &mut buf) else { continue };
                    hist[usize::from(bits & CLASSES)] += 1;
                }
                counts_from_histogram(&hist)
            })
            .collect()
    }

    /// [`Self::sentence_counts`], and the tokens that may start an amount, for
    /// [`crate::amounts::find_amounts_at`]: for each sentence in order, the indices of those
    /// among its tokens are appended to `starts`, then the length of `starts` to `ends`.
    ///
    /// (Strictly, of those that may start one, all but an "a" that is not followed by a word of
    /// 5, 7 or 8 bytes, which [`crate::amounts::find_amounts_at`] would skip anyway.)
    /// A word's lookup tells whether it may start one ([`AMOUNT_START`]); a hyphenated number
    /// word ("twenty-five") by a test of its packed bytes; a word off the packed paths by the
    /// amounts part's own filter. Every number does, and punctuation by its first byte (every
    /// currency symbol starts with `$`, `U`, 0xC2 or 0xE2). The amounts part then visits only
    /// these instead of scanning every token again.
    pub fn sentence_counts_marking(&self, doc: &Document, starts: &mut Vec<u32>, ends: &mut Vec<u32>) -> Vec<ToneCounts> {
        let body = doc.body();
        let bytes = body.as_bytes();
        let mut buf = String::new();
        doc.sentences
            .iter()
            .map(|s| {
                let toks = doc.tokens.get(s.token_range()).unwrap_or(&[]);
                let mut hist = [0u32; 16];
                for (k, t) in toks.iter().enumerate() {
                    // (Tests in order of frequency, not a jump table: most tokens are words.)
                    let start = if t.kind == TokenKind::Word {
                        let Some(bits) = self.span_bits(body, t.start, t.end, &mut buf) else { continue };
                        hist[usize::from(bits & CLASSES)] += 1;
                        // (A word of one byte that may start an amount is "a" or "A", which
                        // starts one only before "dozen", "hundred" or "thousand".)
                        bits & AMOUNT_START != 0
                            && (t.end.wrapping_sub(t.start) != 1
                                || toks.get(k + 1).is_some_and(|u| matches!(u.end.wrapping_sub(u.start), 5 | 7 | 8)))
                    } else {
                        t.kind == TokenKind::Number
                            || t.kind == TokenKind::Punct && matches!(bytes.get(t.start), Some(b'$' | b'U' | 0xC2 | 0xE2))
                    };
                    if start {
                        starts.push(k as u32);
                    }
                }
                ends.push(starts.len() as u32);
                counts_from_histogram(&hist)
            })
            .collect()
    }

    /// The classes of the word `start..end` of `body`, `None` when that is no valid `str` span.
    #[inline(always)]
    fn span_classes(&self, body: &str, start: usize, end: usize, buf: &mut String) -> Option<u8> {
        self.span_bits(body, start, end, buf).map(|b| b & CLASSES)
    }

    /// The classes of the word `start..end` of `body` with [`AMOUNT_START`] when it may start an
    /// amount, `None` when that is no valid `str` span.
    ///
    /// A word of 1 to 15 ASCII bytes with 16 bytes of the body from its start ([`body_word`])
    /// is looked up by its packed key, its folded form first: most words are not in the
    /// lexicon, and leave without being lower-cased. Most words have at most 8 bytes: those
    /// take one register ([`mix_folded_8`]).
    #[inline(always)]
    fn span_bits(&self, body: &str, start: usize, end: usize, buf: &mut String) -> Option<u8> {
        let bytes = body.as_bytes();
        let n = end.wrapping_sub(start);
        if n.wrapping_sub(1) < 8 {
            if let Some(chunk) = bytes.get(start..).and_then(<[u8]>::first_chunk::<16>) {
                let [a, b, c, d, e, f, g, h, ..] = *chunk;
                let x = u64::from_le_bytes([a, b, c, d, e, f, g, h]) & MASKS_8[n];
                // Not ASCII: the general path below. (An ASCII word starts and ends on character
                // boundaries: a continuation byte follows only a non-ASCII byte.)
                if x & 0x8080_8080_8080_8080 == 0 {
                    if !self.short.may_hold_mixed(mix_folded_8(x, n)) {
                        return Some(0);
                    }
                    return Some(self.short.probe(lower_key(u128::from(x), n)));
                }
            }
        } else if let Some((x, n)) = body_word(bytes, start, end) {
            let hyphenated = if crate::amounts::maybe_hyphenated_packed(x) { AMOUNT_START } else { 0 };
            if !self.short.may_hold(fold_key(x, n)) {
                return Some(hyphenated);
            }
            return Some(self.short.probe(lower_key(x, n)) | hyphenated);
        }
        body.get(start..end).map(|w| {
            let start = if crate::amounts::word_may_start(w.as_bytes()) { AMOUNT_START } else { 0 };
            self.classes(w, buf) | start
        })
    }

    /// Counts for a plain text split on anything that is not a letter, digit or apostrophe.
    pub fn count_text(&self, text: &str) -> ToneCounts {
        self.count_words(
            text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || c == '-'))
                .map(|w| w.trim_matches(|c| c == '\'' || c == '-' || c == '\u{2019}'))
                .filter(|w| w.chars().any(char::is_alphabetic)),
        )
    }
}

/// Sums the counts of sentences `i − radius ..= i + radius` (clamped).
pub fn window(counts: &[ToneCounts], i: usize, radius: usize) -> ToneCounts {
    let mut c = ToneCounts::default();
    if counts.is_empty() {
        return c;
    }
    let i = i.min(counts.len() - 1);
    for s in &counts[i.saturating_sub(radius)..=(i + radius).min(counts.len() - 1)] {
        c.add(s);
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(words: u32, positive: u32, negative: u32, activity: u32, self_group: u32) -> ToneCounts {
        ToneCounts { words, positive, negative, activity, self_group }
    }

    #[test]
    fn tone_arithmetic_table() {
        // (counts, tone, positive, negative, polarity, activity, self/group)
        let table = [
            (counts(0, 0, 0, 0, 0), 0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
            (counts(100, 5, 3, 2, 1), 2.0, 5.0, 3.0, 8.0, 2.0, 1.0),
            (counts(50, 0, 5, 5, 0), -10.0, 0.0, 10.0, 10.0, 10.0, 0.0),
            (counts(4, 1, 1, 0, 2), 0.0, 25.0, 25.0, 50.0, 0.0, 50.0),
            (counts(8, 8, 0, 0, 0), 100.0, 100.0, 0.0, 100.0, 0.0, 0.0),
        ];
        for (c, tone, pos, neg, pol, act, sg) in table {
            let t = c.tone();
            let close = |a: f32, b: f32| (a - b).abs() < 1e-4;
            assert!(close(t.tone, tone), "{c:?} tone {}", t.tone);
            assert!(close(t.positive, pos) && close(t.negative, neg) && close(t.polarity, pol), "{c:?} {t:?}");
            assert!(close(t.activity_density, act) && close(t.self_group_density, sg), "{c:?} {t:?}");
            assert_eq!(t.word_count, c.words);
        }
    }

    #[test]
    fn lexicon_counts_table() {
        let lex = ToneLexicon::parse("good\tpos\nbad\tneg\nattack\tneg,act\nwe\tself\nmixed\tpos,neg\n").unwrap();
        // (text, words, positive, negative, activity, self/group)
        let table = [
            ("", 0, 0, 0, 0, 0),
            ("We had a good day", 5, 1, 0, 0, 1),
            ("Bad BAD bad.", 3, 0, 3, 0, 0),
            ("They attack; we attack back", 5, 0, 2, 2, 1),
            ("a mixed result", 3, 1, 1, 0, 0),
        ];
        for (text, w, p, n, a, s) in table {
            assert_eq!(lex.count_text(text), counts(w, p, n, a, s), "{text:?}");
        }
    }

    #[test]
    fn builtin_lexicon_is_large_and_parses() {
        assert!(ToneLexicon::parse(BUILTIN_LEXICON).is_ok());
        assert!(ToneLexicon::builtin().len() > 3000);
    }

    #[test]
    fn short_and_long_words_match_alike() {
        let lex = ToneLexicon::parse("good\tpos\nextraordinarily\tpos\ncafé\tpos\nit's\tself\nfifteen-letters\tneg\n").unwrap();
        // (word, classes): ASCII up to 15 bytes goes through the packed keys, the rest through strings.
        let table = [
            ("good", POS),
            ("GOOD", POS),
            ("goods", 0),
            ("goo", 0),
            ("extraordinarily", POS),
            ("Extraordinarily", POS),
            ("fifteen-letters", NEG),
            ("Café", POS),
            ("CAFÉ", POS),
            ("it's", SELF),
            ("It\u{2019}s", SELF),
            ("", 0),
        ];
        let mut buf = String::new();
        for (w, want) in table {
            assert_eq!(lex.classes(w, &mut buf), want, "{w:?}");
        }
    }

    #[test]
    fn short_key_is_lowercased_bytes_then_length() {
        let words = [
            "",
            "a",
            "Z",
            "ab",
            "ABC",
            "abcd",
            "AbCdE",
            "@[`{",
            "abcdefgh",
            "ABCDEFGHI",
            "It's-Fifteen-15",
            "café",
            "0123456789abcdef",
        ];
        for w in words {
            let b = w.as_bytes();
            let want = (b.len() <= 15 && b.is_ascii()).then(|| {
                let mut a = [0u8; 16];
                for (d, c) in a.iter_mut().zip(b) {
                    *d = c.to_ascii_lowercase();
                }
                a[15] = b.len() as u8;
                u128::from_le_bytes(a)
            });
            assert_eq!(short_key(b), want, "{w:?}");
        }
        // Every ASCII byte in every position.
        for c in 0u8..128 {
            for n in 1..=15 {
                for p in 0..n {
                    let mut w = vec![b'x'; n];
                    w[p] = c;
                    let mut a = [0u8; 16];
                    for (d, c) in a.iter_mut().zip(&w) {
                        *d = c.to_ascii_lowercase();
                    }
                    a[15] = n as u8;
                    assert_eq!(short_key(&w), Some(u128::from_le_bytes(a)));
                }
            }
        }
    }

    #[test]
    fn short_table_equals_hash_map() {
        // Keys that share home slots, the empty word's key 0, and missing keys.
        let mut seed = 1u64;
        let mut map = std::collections::HashMap::new();
        for i in 0..3000u64 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let k = if i % 7 == 0 { u128::from(i) } else { u128::from(seed) << (i % 64) | u128::from(i) };
            map.insert(k, (seed >> 60) as u8 | 1);
        }
        map.insert(0, SELF);
        let t = ShortTable::new(map.iter().map(|(&k, &b)| (k, b)));
        for (&k, &b) in &map {
            assert_eq!(t.get(k), b, "{k:x}");
        }
        for k in 3000..6000u128 {
            assert_eq!(t.get(k << 70 | 1), map.get(&(k << 70 | 1)).copied().unwrap_or(0));
        }
        assert_eq!(ShortTable::default().get(0), 0);
        assert_eq!(ShortTable::default().get(12345), 0);
    }

    #[test]
    fn words_fold_as_their_keys() {
        // Every ASCII byte in every position of words of every length: the folded text is the
        // folded key, and case does not change it.
        for c in 0u8..128 {
            for n in 1..=15usize {
                for p in 0..n {
                    let mut w = vec![b'Q'; n];
                    w[p] = c;
                    let mut body = w.clone();
                    body.extend_from_slice(&[b' '; 16]);
                    let (x, m) = body_word(&body, 0, n).unwrap();
                    assert_eq!(m, n);
                    let k = short_key(&w).unwrap();
                    assert_eq!(lower_key(x, n), k);
                    assert_eq!(fold_key(x, n), fold_of_key(k), "{w:?}");
                    let lower: Vec<u8> = w.iter().map(u8::to_ascii_lowercase).collect();
                    let (y, _) = body_word(&[&lower[..], &[b' '; 16]].concat(), 0, n).unwrap();
                    assert_eq!(fold_key(y, n), fold_key(x, n));
                }
            }
        }
    }

    #[test]
    fn bad_lines_are_errors() {
        assert!(ToneLexicon::parse("good").is_err());
        assert!(ToneLexicon::parse("good\tnice").is_err());
    }

    #[test]
    fn window_clamps() {
        let c = [counts(10, 1, 0, 0, 0), counts(10, 0, 1, 0, 0), counts(10, 0, 0, 1, 0)];
        assert_eq!(window(&c, 0, 1), counts(20, 1, 1, 0, 0));
        assert_eq!(window(&c, 1, 1), counts(30, 1, 1, 1, 0));
        assert_eq!(window(&c, 9, 1), counts(20, 0, 1, 1, 0));
        assert_eq!(window(&[], 0, 1), ToneCounts::default());
    }

    /// The classes [`ToneLexicon::sentence_counts`] finds for the span `s..e` of `body`: the
    /// in-place packed key, else the string path; `None` where the span is no valid `str` span.
    fn span_classes(lex: &ToneLexicon, body: &str, s: usize, e: usize) -> Option<u8> {
        lex.span_classes(body, s, e, &mut String::new())
    }

    proptest::proptest! {
        /// The one-register hash of a folded word of at most 8 bytes is that of its packed form.
        #[test]
        fn mix_folded_8_is_mix_of_fold_key(x in proptest::num::u64::ANY, n in 1usize..=8) {
            let x = x & MASKS_8[n] & 0x7F7F_7F7F_7F7F_7F7F;
            proptest::prop_assert_eq!(mix_folded_8(x, n), mix(fold_key(u128::from(x), n)));
            proptest::prop_assert_eq!(u128::from(MASKS_8[n]), BYTE_MASKS[n] & u128::from(u64::MAX));
        }
    }

    #[test]
    fn in_place_keys_equal_string_lookups_on_every_span() {
        let lex = ToneLexicon::parse("good\tpos\nbad\tneg\nwe\tself\ncafé\tpos\nz\tact\nfifteen-letters\tneg\n").unwrap();
        let bodies = [
            "",
            "good",
            "We had a GOOD day, not a bad one; fifteen-letters fifteen-letters.",
            "café Café bad\u{e9} b\u{e9}d good\u{2019}s z Z zz",
            "\u{3b1}\u{3b2}good\u{3b3} bad\u{1F600}we \u{a0}z\u{a0}good     ",
            "0123456789abcdefGOOD0123456789abcdef\t\n\r@[`{",
        ];
        for body in bodies {
            let mut buf = String::new();
            for s in 0..=body.len() + 1 {
                for e in 0..=body.len() + 1 {
                    let want = body.get(s..e).map(|w| lex.classes(w, &mut buf));
                    assert_eq!(span_classes(&lex, body, s, e), want, "{body:?} {s}..{e}");
                    if let Some(k) = body_short_key(body.as_bytes(), s, e) {
                        assert_eq!(Some(k), short_key(&body.as_bytes()[s..e]), "{body:?} {s}..{e}");
                    }
                }
            }
        }
    }

    #[test]
    fn sentence_counts_equal_counting_the_words() {
        use newsgraph_core::{segment, Article};
        let lex = ToneLexicon::builtin();
        let bodies = [
            "",
            "Good.",
            "We welcomed the agreement. They attacked the town, killing two; our allies condemned the attack!",
            "Les cafés de Paris étaient PLEINS. Ça va? The crisis deepened \u{2014} officials said it\u{2019}s bad.",
            "An extraordinarily-long-hyphenated-word and U.S. officials. \u{3b1}\u{3b2}\u{3b3} \u{1F600} ok",
        ];
        for body in bodies {
            let doc = segment::segment(Article::from_body(body.into()));
            let got = lex.sentence_counts(&doc);
            assert_eq!(got.len(), doc.sentences.len());
            for (s, c) in doc.sentences.iter().zip(&got) {
                let toks = &doc.tokens[s.token_range()];
                let want = lex.count_words(
                    toks.iter().filter(|t| t.kind == TokenKind::Word).filter_map(|t| doc.body().get(t.start..t.end)),
                );
                assert_eq!(*c, want, "{body:?}");
            }
        }
    }

    /// [`ToneLexicon::classes`] the plain way: the word lower-cased character by character (’ as
    /// '), looked up by string.
    fn reference_classes(lex: &ToneLexicon, w: &str) -> u8 {
        let mut l = String::new();
        for c in w.chars() {
            match c {
                '\u{2019}' => l.push('\''),
                c => l.extend(c.to_lowercase()),
            }
        }
        lex.words.get(l.as_str()).copied().unwrap_or(0)
    }

    #[test]
    fn non_ascii_words_equal_the_reference() {
        let ascii = ToneLexicon::parse("good\tpos\nit's\tself\nk\tact\nextraordinarily\tpos\n").unwrap();
        let mixed = ToneLexicon::parse("good\tpos\ncafé\tpos\nстрах\tneg\ni\u{307}x\tact\n").unwrap();
        assert!(!ascii.non_ascii && mixed.non_ascii);
        let words = [
            "",
            "good",
            "Good",
            "It\u{2019}s",
            "IT\u{2019}S",
            "\u{2019}",
            "\u{212a}",
            "\u{212a}\u{212a}",
            "Café",
            "CAFÉ",
            "Страх",
            "СТРАХ",
            "\u{130}x",
            "हम",
            "और",
            "Extraordinarily",
            "EXTRAORDINARILY\u{2019}",
            "gOOd\u{2019}",
            "\u{1F600}",
            "a\u{300}",
        ];
        let mut buf = String::new();
        for lex in [&ascii, &mixed] {
            for w in words {
                assert_eq!(lex.classes(w, &mut buf), reference_classes(lex, w), "{w:?}");
            }
        }
        // The Kelvin sign lower-cases to an ASCII 'k'; ’ to '.
        assert_eq!(ascii.classes("\u{212a}", &mut buf), ACT);
        assert_eq!(ascii.classes("IT\u{2019}S", &mut buf), SELF);
        assert_eq!(mixed.classes("СТРАХ", &mut buf), NEG);
        assert_eq!(mixed.classes("\u{130}X", &mut buf), ACT);
    }

    proptest::proptest! {
        #[test]
        fn classes_equal_the_reference(w in "(\\PC|[a-zA-Z'\u{2019}\u{212a}\u{130}]){0,20}") {
            let ascii = ToneLexicon::parse("good\tpos\nit's\tself\nk\tact\nkk\tneg\n").unwrap();
            let mixed = ToneLexicon::parse("good\tpos\ncafé\tpos\ni\u{307}\tact\n").unwrap();
            let mut buf = String::new();
            for lex in [&ascii, &mixed] {
                proptest::prop_assert_eq!(lex.classes(&w, &mut buf), reference_classes(lex, &w));
            }
        }

        #[test]
        fn in_place_keys_match_on_random_text(body in "(\\PC|[ a-zA-Z'.,-]){0,40}", s in 0usize..48, e in 0usize..48) {
            let lex = ToneLexicon::parse("good\tpos\nbad\tneg\nwe\tself\n").unwrap();
            let mut buf = String::new();
            let want = body.get(s..e).map(|w| lex.classes(w, &mut buf));
            proptest::prop_assert_eq!(span_classes(&lex, &body, s, e), want);
        }
    }
}
