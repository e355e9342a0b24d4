//! The word → id table of a [`super::VerbDictionary`]. The event coder looks up every token of
//! every sentence here, most of them missing: words of 1 to 15 bytes (nearly all) are packed
//! with their length into one `u128` ([`crate::fxhash::short_key`]) and found by open
//! addressing in a table at most half full, where one probe is one multiply and, mostly, one
//! or two compares of two words in one cache line: no string hashing, no pointer to follow to
//! the key's bytes, no `memcmp`. Longer words (and the empty word) are in a string-keyed map.
//!
//! Compiled by `build.rs` too (through `dict.rs`): only `std` and `crate::fxhash`.

use std::collections::HashMap;

use super::{FxBuild, WordId, UNKNOWN};

/// One slot: a packed key (0: free) and its id.
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    lo: u64,
    hi: u64,
    id: WordId,
}

/// Interned words and their ids (ids are given in order: `0..len()`).
#[derive(Debug, Clone)]
pub(crate) struct WordTable {
    /// Slots for the packed short words; a power of two, at most half of them used.
    slots: Box<[Slot]>,
    /// 64 − log2(slots): the shift that turns a 64-bit hash into a slot.
    shift: u32,
    /// Number of used slots.
    short: usize,
    /// Words that do not pack: longer than 15 bytes, or empty.
    long: HashMap<Box<str>, WordId, FxBuild>,
}

impl Default for WordTable {
    fn default() -> Self {
        WordTable::with_capacity(0)
    }
}

/// The packed key of `w` as two words, or `None` for a word that is empty or longer than 15
/// bytes.
#[inline(always)]
fn pack(w: &[u8]) -> Option<(u64, u64)> {
    if w.is_empty() {
        return None;
    }
    let (lo, hi) = crate::fxhash::short_words(w)?;
    let k = crate::fxhash::short_key(lo, hi, w.len());
    Some((k as u64, (k >> 64) as u64))
}

/// The word packed by [`pack`].
fn unpack(lo: u64, hi: u64) -> String {
    let n = (hi >> 56) as usize;
    let mut b = [0u8; 16];
    b[..8].copy_from_slice(&lo.to_le_bytes());
    b[8..].copy_from_slice(&hi.to_le_bytes());
    String::from_utf8_lossy(&b[..n.min(15)]).into_owned()
}

impl WordTable {
    /// A table with room for `n` words without growing.
    pub(crate) fn with_capacity(n: usize) -> Self {
        let slots = (n * 2).next_power_of_two().max(16);
        WordTable {
            slots: vec![Slot::default(); slots].into_boxed_slice(),
            shift: 64 - slots.trailing_zeros(),
            short: 0,
            long: HashMap::default(),
        }
    }

    /// Number of words.
    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.short + self.long.len()
    }

    /// The home slot of a packed key: the two halves mixed, then a folded multiply (the high
    /// and low halves of the 128-bit product xored, so that every key bit reaches the top
    /// bits), the top bits kept.
    #[inline(always)]
    fn home(&self, lo: u64, hi: u64) -> usize {
        let x = lo ^ hi.rotate_left(29);
        let m = u128::from(x) * 0x9E37_79B9_7F4A_7C15;
        ((m as u64 ^ (m >> 64) as u64) >> self.shift) as usize
    }

    /// The slot holding the packed key, or the free slot that ends its probe.
    #[inline(always)]
    fn find(&self, lo: u64, hi: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = self.home(lo, hi);
        // At most half full: a free slot ends every probe. (`hi` is never 0: it holds the length.)
        loop {
            let s = &self.slots[i];
            if (s.lo == lo && s.hi == hi) || s.hi == 0 {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    /// The id of `w`, or [`UNKNOWN`].
    #[inline]
    pub(crate) fn get(&self, w: &str) -> WordId {
        match pack(w.as_bytes()) {
            Some((lo, hi)) => {
                let s = &self.slots[self.find(lo, hi)];
                if s.hi == 0 {
                    UNKNOWN
                } else {
                    s.id
                }
            }
            None => self.long.get(w).copied().unwrap_or(UNKNOWN),
        }
    }

    /// The id of the word of `n` bytes (1 to 15) packed by [`crate::fxhash::short_words`] into
    /// `lo` and `hi`, or [`UNKNOWN`]: [`WordTable::get`] without the packing.
    #[inline(always)]
    pub(crate) fn get_packed(&self, lo: u64, hi: u64, n: usize) -> WordId {
        debug_assert!((1..16).contains(&n));
        let k = crate::fxhash::short_key(lo, hi, n);
        let s = &self.slots[self.find(k as u64, (k >> 64) as u64)];
        if s.hi == 0 {
            UNKNOWN
        } else {
            s.id
        }
    }

    /// Adds `w` with `id` unless it is there; returns false when it was.
    pub(crate) fn insert(&mut self, w: &str, id: WordId) -> bool {
        let Some((lo, hi)) = pack(w.as_bytes()) else {
            if self.long.contains_key(w) {
                return false;
            }
            self.long.insert(w.into(), id);
            return true;
        };
        let i = self.find(lo, hi);
        if self.slots[i].hi != 0 {
            return false;
        }
        self.slots[i] = Slot { lo, hi, id };
        self.short += 1;
        if self.short * 2 > self.slots.len() {
            self.grow();
        }
        true
    }

    /// Doubles the slots.
    fn grow(&mut self) {
        let old = std::mem::take(&mut self.slots);
        let n = old.len() * 2;
        self.slots = vec![Slot::default(); n].into_boxed_slice();
        self.shift = 64 - n.trailing_zeros();
        for s in old.iter().filter(|s| s.hi != 0) {
            let i = self.find(s.lo, s.hi);
            self.slots[i] = *s;
        }
    }

    /// Reserves room for `n` more words.
    pub(crate) fn reserve(&mut self, n: usize) {
        let want = ((self.short + n) * 2).next_power_of_two();
        if self.short == 0 && self.slots.len() < want {
            // Nothing to move: allocated once at the final size.
            let long = std::mem::take(&mut self.long);
            *self = WordTable { long, ..WordTable::with_capacity(self.short + n) };
        }
        while self.slots.len() < want {
            self.grow();
        }
    }

    /// Every word and its id, in no particular order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (String, WordId)> + '_ {
        let short = self.slots.iter().filter(|s| s.hi != 0).map(|s| (unpack(s.lo, s.hi), s.id));
        short.chain(self.long.iter().map(|(w, &id)| (w.to_string(), id)))
    }
}

impl super::VerbDictionary {
    /// The id of a lowercase word of `n` bytes (1 to 15) packed by
    /// [`crate::fxhash::short_words`] into `lo` and `hi`, or [`UNKNOWN`]: the same as
    /// [`super::VerbDictionary::word`] on its text.
    #[inline(always)]
    pub(crate) fn word_packed(&self, lo: u64, hi: u64, n: usize) -> WordId {
        self.words.get_packed(lo, hi, n)
    }

    /// Whether every interned word is ASCII (then no word with a non-ASCII character in its
    /// lower-case form has an id).
    #[allow(dead_code)] // not used by build.rs, which compiles this file too
    pub(crate) fn all_words_ascii(&self) -> bool {
        self.words.all_ascii()
    }
}

impl WordTable {
    /// Whether every word is ASCII.
    #[allow(dead_code)]
    fn all_ascii(&self) -> bool {
        const HIGH: u64 = 0x8080_8080_8080_8080;
        // The length byte at the top of `hi` is below 16.
        self.slots.iter().all(|s| (s.lo | s.hi) & HIGH == 0) && self.long.keys().all(|w| w.is_ascii())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_of_every_length_round_trip() {
        let words: Vec<String> = (0..40).map(|n| (0..n).map(|i| (b'a' + (i * 7 % 26) as u8) as char).collect()).collect();
        let mut t = WordTable::default();
        for (i, w) in words.iter().enumerate() {
            assert!(t.insert(w, i as WordId));
            assert!(!t.insert(w, 99));
        }
        for extra in ["é", "naïve", "ça-va", "’s", "ab\u{0}"] {
            assert_eq!(t.get(extra), UNKNOWN);
        }
        assert_eq!(t.len(), words.len());
        for (i, w) in words.iter().enumerate() {
            assert_eq!(t.get(w), i as WordId, "{w:?}");
        }
        let mut all: Vec<(String, WordId)> = t.iter().collect();
        all.sort_by_key(|&(_, id)| id);
        let want: Vec<(String, WordId)> = words.iter().cloned().zip(0..).collect();
        assert_eq!(all, want);
        assert_eq!(t.get("b"), UNKNOWN);
        assert_eq!(t.get("abcdefghijklmnopqrstuvwxyz"), UNKNOWN);
    }

    #[test]
    fn many_words_and_reserve() {
        let mut t = WordTable::default();
        t.reserve(1000);
        for i in 0..5000u32 {
            assert!(t.insert(&format!("w{i}é"), i));
        }
        for i in 0..5000u32 {
            assert_eq!(t.get(&format!("w{i}é")), i);
        }
        assert_eq!(t.get("w5000é"), UNKNOWN);
        assert_eq!(t.len(), 5000);
    }
}
