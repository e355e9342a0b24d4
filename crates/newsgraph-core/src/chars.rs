//! Character classes for hot loops: the same answers as [`char::is_alphabetic`] and
//! [`char::is_alphanumeric`], without walking the Unicode tables for the scripts news text uses most.
//!
//! The standard library answers ASCII at once but searches its tables for every other character
//! (several hundred instructions each), which shows on text in Devanagari, Cyrillic, Arabic or with
//! accented Latin names. Here characters below U+1000 are answered from bitmaps built once per process
//! from the standard library's own answers, and General Punctuation (U+2000–U+206F: curly quotes,
//! dashes, special spaces), which holds no letters or digits, is answered directly; everything else
//! falls through to the standard library.

use std::sync::OnceLock;

/// Characters below this code point are looked up in the bitmaps.
const TABLE_END: u32 = 0x1000;

struct Tables {
    alphabetic: [u64; TABLE_END as usize / 64],
    numeric: [u64; TABLE_END as usize / 64],
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = Tables { alphabetic: [0; TABLE_END as usize / 64], numeric: [0; TABLE_END as usize / 64] };
        for cp in 0..TABLE_END {
            let Some(c) = char::from_u32(cp) else { continue };
            let (w, bit) = ((cp / 64) as usize, 1u64 << (cp % 64));
            if c.is_alphabetic() {
                t.alphabetic[w] |= bit;
            }
            if c.is_numeric() {
                t.numeric[w] |= bit;
            }
        }
        t
    })
}

#[inline]
fn bit(map: &[u64], cp: u32) -> bool {
    map[(cp / 64) as usize] >> (cp % 64) & 1 != 0
}

/// Same as [`char::is_alphabetic`].
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x80 {
        c.is_ascii_alphabetic()
    } else if cp < TABLE_END {
        bit(&tables().alphabetic, cp)
    } else if (0x2000..0x2070).contains(&cp) {
        false
    } else {
        c.is_alphabetic()
    }
}

/// Same as [`char::is_alphanumeric`].
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x80 {
        c.is_ascii_alphanumeric()
    } else if cp < TABLE_END {
        let t = tables();
        bit(&t.alphabetic, cp) || bit(&t.numeric, cp)
    } else if (0x2000..0x2070).contains(&cp) {
        false
    } else {
        c.is_alphanumeric()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_answers_as_std() {
        // Every character up to the end of the Basic Multilingual Plane, and a few beyond.
        for cp in (0..0x1_0000).chain([0x1_0400, 0x1_d400, 0x1_f600, 0x2_0000, 0x10_ffff]) {
            let Some(c) = char::from_u32(cp) else { continue };
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?} U+{cp:04X}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?} U+{cp:04X}");
        }
    }
}
