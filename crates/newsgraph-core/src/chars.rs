//! Character classes for hot loops: the same answers as [`char::is_alphabetic`] and
//! [`char::is_alphanumeric`], without walking the Unicode tables for the scripts news text uses most.
//!
//! The standard library answers ASCII at once but searches its tables for every other character
//! (several hundred instructions each), which shows on text in Devanagari, Cyrillic, Arabic or with
//! accented Latin names. Here characters below U+1000 are answered from constant bitmaps of the standard
//! library's own answers, and General Punctuation (U+2000–U+206F: curly quotes,
//! dashes, special spaces), which holds no letters or digits, is answered directly; everything else
//! falls through to the standard library.

/// Characters below this code point are looked up in the bitmaps.
const TABLE_END: u32 = 0x1000;

/// Which characters below [`TABLE_END`] are alphabetic and numeric, one bit each: the standard
/// library's answers written out as constants (building them at start-up asked the standard
/// library about 4,096 characters, several million instructions per process). The test
/// `same_answers_as_std` checks every bit against the standard library, so a toolchain with a
/// newer Unicode version shows a difference at once.
#[rustfmt::skip]
const ALPHABETIC: [u64; TABLE_END as usize / 64] = [
    0x0000000000000000, 0x07fffffe07fffffe, 0x0420040000000000, 0xff7fffffff7fffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000501f0003ffc3,
    0x0000000000000000, 0xbcdffff800000020, 0xfffffffbffffd740, 0xffbfffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xfffffffffffffc03, 0xffffffffffffffff,
    0xfffeffffffffffff, 0xffffffff027fffff, 0xbfff0000000001ff, 0x000787ffffff00b6,
    0xffffffff07ff0000, 0xffffc000feffffff, 0xffffffffffffffff, 0x9c00e1fe1fefffff,
    0xffffffffffff0000, 0xffffffffffffe000, 0x0003ffffffffffff, 0x043007fffffffc00,
    0x00001ffffcffffff, 0xffff07ff01ffffff, 0xffffffff0080feff, 0xffff03f8fff003ff,
    0xefffffffffffffff, 0xfffe000fffe1dfff, 0xe3c5fdfffff99fef, 0x1003000fb080599f,
    0xc36dfdfffff987ee, 0x003f00005e021987, 0xe3edfdfffffbbfee, 0x1e00000f00011bbf,
    0xe3edfdfffff99fee, 0x0002000fb0c0199f, 0xc3ffc718d63dc7ec, 0x0000000000811dc7,
    0xe3fffdfffffddfff, 0x0000000f37601ddf, 0xe3effdfffffddfef, 0x000e000f70601ddf,
    0xe7fffffffffddfff, 0xfc00000f80f05ddf, 0x2ffbfffffc7fffee, 0x000c0000ff5f807f,
    0x07fffffffffffffe, 0x000000000000207f, 0x3bffffaffffff7d6, 0x00000000f000205f,
    0x0000000000000001, 0xfffe1ffffffffeff, 0x1ffffffffeffff0f, 0x0000000000000000,
];

#[rustfmt::skip]
const NUMERIC: [u64; TABLE_END as usize / 64] = [
    0x03ff000000000000, 0x0000000000000000, 0x720c000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x000003ff00000000, 0x0000000000000000, 0x03ff000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x00000000000003ff,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000ffc000000000, 0x0000000000000000, 0x03f0ffc000000000,
    0x0000000000000000, 0x0000ffc000000000, 0x0000000000000000, 0x0000ffc000000000,
    0x0000000000000000, 0x00fcffc000000000, 0x0000000000000000, 0x0007ffc000000000,
    0x0000000000000000, 0x7f00ffc000000000, 0x0000000000000000, 0x0000ffc000000000,
    0x0000000000000000, 0x01ffffc07f000000, 0x0000000000000000, 0x0000ffc000000000,
    0x0000000000000000, 0x0000000003ff0000, 0x0000000000000000, 0x0000000003ff0000,
    0x000fffff00000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
];

struct Tables {
    alphabetic: [u64; TABLE_END as usize / 64],
    numeric: [u64; TABLE_END as usize / 64],
}

#[inline(always)]
fn tables() -> &'static Tables {
    static T: Tables = Tables { alphabetic: ALPHABETIC, numeric: NUMERIC };
    &T
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
