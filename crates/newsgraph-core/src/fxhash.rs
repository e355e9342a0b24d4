//! A small, fast, non-cryptographic hasher for the word tables every stage looks up once per
//! token (the rustc "Fx" mixing step: rotate, xor, multiply, eight bytes at a time). The keys
//! are our own dictionary words, so hash flooding is not a concern; don't use it for maps keyed
//! by untrusted input that lives long.

use std::hash::{BuildHasherDefault, Hasher};

/// The hasher.
#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    /// A hasher whose state starts at `state` (for hashers that fall back to this one).
    #[inline]
    pub const fn with_state(state: u64) -> Self {
        FxHasher(state)
    }

    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(tail_word(rest) ^ ((rest.len() as u64) << 59));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    /// Two words (packed short-word keys are `u128`), rather than sixteen bytes through `write`.
    #[inline]
    fn write_u128(&mut self, i: u128) {
        self.add(i as u64);
        self.add((i >> 64) as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The 1 to 7 bytes of `b` as a little-endian word padded with zeros: the same value as a
/// copy into a zeroed `[u8; 8]`, without the copy of variable length (a call to `memcpy` for
/// every short key hashed: every word-table lookup of every stage ends here).
#[inline(always)]
fn tail_word(b: &[u8]) -> u64 {
    let n = b.len();
    debug_assert!((1..8).contains(&n));
    if n >= 4 {
        let load4 = |i: usize| {
            let mut a = [0u8; 4];
            a.copy_from_slice(&b[i..i + 4]);
            u64::from(u32::from_le_bytes(a))
        };
        // Two overlapping loads; the overlapping bytes are equal, so `|` keeps them.
        load4(0) | load4(n - 4) << ((n - 4) * 8)
    } else {
        // 1 to 3 bytes: first, middle and last (some of them the same byte).
        u64::from(b[0]) | u64::from(b[n / 2]) << (n / 2 * 8) | u64::from(b[n - 1]) << ((n - 1) * 8)
    }
}

/// Builds [`FxHasher`]s for the standard collections.
pub type FxBuildHasher = BuildHasherDefault<FxHasher>;
/// A `HashMap` with [`FxHasher`].
pub type FxHashMap<K, V> = std::collections::HashMap<K, V, FxBuildHasher>;
/// A `HashSet` with [`FxHasher`].
pub type FxHashSet<K> = std::collections::HashSet<K, FxBuildHasher>;

/// A byte string of at most 15 bytes as two little-endian words (the bytes in order from the
/// lowest, then zeros), or `None` when it is longer: the body of a packed short key, without
/// hashing or copying. Built from overlapping word loads rather than a copy into a buffer (a
/// copy of variable length followed by a 16-byte load stalls store forwarding).
#[inline(always)]
pub fn short_words(b: &[u8]) -> Option<(u64, u64)> {
    let n = b.len();
    let load8 = |i: usize| {
        let mut a = [0u8; 8];
        a.copy_from_slice(&b[i..i + 8]);
        u64::from_le_bytes(a)
    };
    Some(match n {
        0 => (0, 0),
        1..=7 => (tail_word(b), 0),
        8 => (load8(0), 0),
        9..=15 => (load8(0), load8(n - 8) >> ((16 - n) * 8)),
        _ => return None,
    })
}

/// The words of [`short_words`] and the length `n` as one key: the length in the highest byte.
#[inline(always)]
pub fn short_key(lo: u64, hi: u64, n: usize) -> u128 {
    u128::from(lo) | u128::from(hi | (n as u64) << 56) << 64
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    #[test]
    fn map_works() {
        let mut m: FxHashMap<Box<str>, u8> = FxHashMap::default();
        for (i, w) in ["a", "attack", "attacked", "ceasefire-violation", ""].iter().enumerate() {
            m.insert((*w).into(), i as u8);
        }
        assert_eq!(m.get("attacked"), Some(&2));
        assert_eq!(m.get(""), Some(&4));
        assert_eq!(m.get("attacks"), None);
    }

    #[test]
    fn tail_word_equals_padded_copy() {
        let bytes = b"abcdefg\xff\x80";
        for a in 0..bytes.len() {
            for n in 1..8 {
                let Some(b) = bytes.get(a..a + n) else { continue };
                let mut w = [0u8; 8];
                w[..n].copy_from_slice(b);
                assert_eq!(tail_word(b), u64::from_le_bytes(w), "{b:?}");
            }
        }
    }

    #[test]
    fn short_words_equal_padded_copy() {
        let bytes = b"abcdefghijklmnopq\xff\x80";
        for n in 0..bytes.len() {
            let b = &bytes[..n];
            let mut w = [0u8; 16];
            let got = short_words(b);
            if n > 15 {
                assert_eq!(got, None);
                continue;
            }
            w[..n].copy_from_slice(b);
            let lo = u64::from_le_bytes(w[..8].try_into().unwrap());
            let hi = u64::from_le_bytes(w[8..].try_into().unwrap());
            assert_eq!(got, Some((lo, hi)), "{b:?}");
        }
    }

    #[test]
    fn tail_length_is_mixed_in() {
        // "a" and "a\0" pad to the same eight bytes; the tail length keeps them apart.
        let h = |s: &[u8]| FxBuildHasher::default().hash_one(s);
        assert_ne!(h(b"a"), h(b"a\0"));
    }
}
