//! Compact JSON output, byte for byte what `serde_json::to_writer` writes, but faster.
//!
//! Records are mostly strings (the body, every mention's text, field names), and serde_json
//! escapes a string one byte at a time through its `Formatter`. [`write_compact`] is a
//! serde `Serializer` into a `Vec<u8>` that scans strings 32 bytes at a time for the
//! bytes that need escaping (`"`, `\`, controls) and copies the runs between them whole.
//! Small pieces are gathered in a fixed staging buffer and reach the `Vec` in one copy
//! (see `Out`).
//! Numbers are written as serde_json writes them (integers in plain decimal, as `itoa` does,
//! floats by serde_json itself), so the output is identical; the tests compare both on every
//! kind of value.
//!
//! Most of a record is small structs of short fields, so the common pieces avoid `memcpy`
//! calls and per-byte work: the serializer's methods inline into each type's derived
//! `Serialize` code, where a field name is a constant and `,"name":` folds into one or two
//! word stores; strings of up to 16 bytes, integers below 10^8, `null` and `0.0` are written
//! with word stores too.
//!
//! ```
//! let value = serde_json::json!({"text": "said \"no\"\n", "start": 3, "score": 0.25, "list": [null, true]});
//! let mut out = Vec::new();
//! newsgraph_core::json::write_compact(&mut out, &value).unwrap();
//! assert_eq!(out, serde_json::to_vec(&value).unwrap());
//! ```

use serde::ser::{self, Serialize};

/// The error type (serde_json's, so callers handle one kind).
pub type Error = serde_json::Error;

/// Appends `value` as compact JSON (exactly `serde_json::to_writer`'s output) to `out`.
pub fn write_compact<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) -> Result<(), Error> {
    let mut ser = Compact { out: Out::new(out) };
    let result = value.serialize(&mut ser);
    ser.out.flush();
    result
}

/// The serializer: the output to append to.
struct Compact<'a> {
    out: Out<'a>,
}

/// Bytes of the staging buffer of [`Out`].
const STAGE: usize = 1024;

/// The output: a `Vec<u8>`, with small writes gathered in a fixed staging buffer first.
///
/// Most of a record is small pieces (a field name, a short string, a number), each a word
/// store or two. Appended to the `Vec` one by one, every piece costs a capacity check, a
/// reload of the `Vec`'s pointer and length and a store of the new length (and a truncation
/// for a piece shorter than the word stored). Here a piece costs one comparison of the fill
/// level with a constant, one store at a known place and the new level; the staging buffer
/// goes to the `Vec` in one copy when full, and long strings (the body) go straight to it.
struct Out<'a> {
    /// Bytes of `buf` in use.
    len: usize,
    buf: [u8; STAGE],
    vec: &'a mut Vec<u8>,
}

impl<'a> Out<'a> {
    fn new(vec: &'a mut Vec<u8>) -> Self {
        Out { len: 0, buf: [0; STAGE], vec }
    }

    /// Moves the staged bytes to the `Vec`.
    #[inline(never)]
    fn flush(&mut self) {
        self.vec.extend_from_slice(&self.buf[..self.len]);
        self.len = 0;
    }

    /// The `Vec` with everything staged moved to it, for writes straight to it.
    #[inline]
    fn vec(&mut self) -> &mut Vec<u8> {
        if self.len > 0 {
            self.flush();
        }
        self.vec
    }

    /// Appends the low `n` bytes of `x` (`n <= 8`), lowest first: one 8-byte store and a
    /// shorter advance, instead of a `memcpy` call for a few bytes.
    #[inline(always)]
    fn put_word(&mut self, x: u64, n: usize) {
        debug_assert!(n <= 8);
        let mut at = self.len;
        if at > STAGE - 8 {
            self.flush();
            at = 0;
        }
        self.buf[at..at + 8].copy_from_slice(&x.to_le_bytes());
        self.len = at + n;
    }

    #[inline(always)]
    fn push(&mut self, c: u8) {
        self.put_word(u64::from(c), 1);
    }

    #[inline(always)]
    fn extend_from_slice(&mut self, b: &[u8]) {
        let at = self.len;
        if b.len() <= STAGE - at {
            self.buf[at..at + b.len()].copy_from_slice(b);
            self.len = at + b.len();
        } else {
            self.extend_slow(b);
        }
    }

    #[cold]
    #[inline(never)]
    fn extend_slow(&mut self, b: &[u8]) {
        self.flush();
        if b.len() <= STAGE {
            self.buf[..b.len()].copy_from_slice(b);
            self.len = b.len();
        } else {
            self.vec.extend_from_slice(b);
        }
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// `0.0`, how serde_json writes a positive zero float, as a word for [`put_word`].
const ZERO: u64 = 0x30_2e_30;

/// The high bit of each byte of `x` that is below 0x20, `"` or `\`. Exact for the lowest such
/// byte (bytes above it can be flagged by the borrow of the subtractions), so
/// `trailing_zeros() / 8` is the position of the first byte to escape.
#[inline(always)]
fn escape_mask(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Per byte, the high bit of `c - 0x20` says `c < 0x20`, that of `(c ^ q) - 1` says `c == q`,
    // for a byte `c` without its high bit set; the three share that last test (`q < 0x80`).
    let below_space = x.wrapping_sub(ONES * 0x20);
    let quote = (x ^ (ONES * b'"' as u64)).wrapping_sub(ONES);
    let backslash = (x ^ (ONES * b'\\' as u64)).wrapping_sub(ONES);
    (below_space | quote | backslash) & !x & HIGH
}

/// Eight bytes of `b` from `i` as one number (`i + 8 <= b.len()`).
#[inline(always)]
fn load8(b: &[u8], i: usize) -> u64 {
    let mut a = [0u8; 8];
    a.copy_from_slice(&b[i..i + 8]);
    u64::from_le_bytes(a)
}

/// Four bytes of `b` from `i` as one number (`i + 4 <= b.len()`).
#[inline(always)]
fn load4(b: &[u8], i: usize) -> u64 {
    let mut a = [0u8; 4];
    a.copy_from_slice(&b[i..i + 4]);
    u64::from(u32::from_le_bytes(a))
}

/// The length of a prefix of `b` (eight bytes or more) without a byte to escape: `b.len()` when
/// no byte needs escaping, else at most the position of the first that does. Sixteen bytes at a
/// time, the tail by an overlapping load (no copy into a padded buffer, which costs a `memcpy`
/// call per string).
#[inline]
fn clean_prefix(b: &[u8]) -> usize {
    let n = b.len();
    debug_assert!(n >= 8);
    let mut i = skip_clean(b, 0);
    while i + 16 <= n {
        if escape_mask(load8(b, i)) | escape_mask(load8(b, i + 8)) != 0 {
            return i;
        }
        i += 16;
    }
    if i + 8 <= n {
        if escape_mask(load8(b, i)) != 0 {
            return i;
        }
        i += 8;
    }
    // The last eight bytes overlap bytes already found clean.
    if i == n || escape_mask(load8(b, n - 8)) == 0 {
        n
    } else {
        i
    }
}

/// A position from `i` on, in steps of 32 bytes, before which `b[i..]` has no byte to escape:
/// the start of the first 32 bytes that may have one, or of the last fewer than 32 bytes.
/// Four words at a time, without bounds checks (the compiler turns them into vector operations).
#[inline(always)]
fn skip_clean(b: &[u8], mut i: usize) -> usize {
    let word = |c: &[u8]| {
        let mut a = [0u8; 8];
        a.copy_from_slice(c);
        u64::from_le_bytes(a)
    };
    for c in b.get(i..).unwrap_or(&[]).chunks_exact(32) {
        let m = escape_mask(word(&c[..8]))
            | escape_mask(word(&c[8..16]))
            | escape_mask(word(&c[16..24]))
            | escape_mask(word(&c[24..]));
        if m != 0 {
            break;
        }
        i += 32;
    }
    i
}

/// Writes `s` as a JSON string, quotes included, escaped as serde_json escapes it.
///
/// Strings of up to 16 bytes without anything to escape (most field values: codes, names,
/// mention texts) are written with a few word stores and no `memcpy` call; longer ones are
/// checked eight bytes at a time and copied whole; strings with bytes to escape take
/// [`write_escaped`].
#[inline(always)]
fn write_str(out: &mut Out<'_>, s: &str) {
    let b = s.as_bytes();
    let n = b.len();
    if n <= 16 {
        write_short(out, b);
    } else {
        write_long(out, b);
    }
}

/// [`write_str`] for a string of at most 16 bytes.
#[inline(always)]
fn write_short(out: &mut Out<'_>, b: &[u8]) {
    const QUOTE: u64 = b'"' as u64;
    let n = b.len();
    if n >= 8 {
        let (x, y) = (load8(b, 0), load8(b, n - 8));
        if escape_mask(x) | escape_mask(y) == 0 {
            if n <= 14 {
                // The opening quote and the first n - 7 bytes, then the last seven bytes and
                // the closing quote: two words.
                out.put_word(QUOTE | x << 8, n - 6);
                out.put_word(y >> 8 | QUOTE << 56, 8);
            } else {
                out.push(b'"');
                out.put_word(x, n - 8);
                out.put_word(y, 8);
                out.push(b'"');
            }
            return;
        }
    } else if n >= 4 {
        let (x, y) = (load4(b, 0), load4(b, n - 4));
        if escape_mask(x | y << 32) == 0 {
            out.put_word(QUOTE | x << 8, n - 3);
            out.put_word(y | QUOTE << 32, 5);
            return;
        }
    } else {
        // Up to three bytes: the quotes and the bytes in one word.
        let mut w = QUOTE;
        let mut ok = true;
        for (i, &c) in b.iter().enumerate() {
            ok &= ESCAPE[usize::from(c)] == 0;
            w |= u64::from(c) << (8 * (i + 1));
        }
        if ok {
            out.put_word(w | QUOTE << (8 * (n + 1)), n + 2);
            return;
        }
    }
    write_quoted_escaped(out, b, 0);
}

/// [`write_str`] for a string of more than 16 bytes.
#[inline]
fn write_long(out: &mut Out<'_>, b: &[u8]) {
    let clean = clean_prefix(b);
    if clean < b.len() {
        return write_quoted_escaped(out, b, clean);
    }
    let at = out.len;
    if b.len() + 2 <= STAGE - at {
        // Into the staging buffer (a quotation, a long name).
        out.buf[at] = b'"';
        out.buf[at + 1..at + 1 + b.len()].copy_from_slice(b);
        out.buf[at + 1 + b.len()] = b'"';
        out.len = at + b.len() + 2;
    } else {
        // Straight to the `Vec` (the body).
        let v = out.vec();
        v.reserve(b.len() + 2);
        v.push(b'"');
        v.extend_from_slice(b);
        v.push(b'"');
    }
}

/// A string with bytes to escape, quotes included, none of them in `b[..clean]`.
#[inline(never)]
fn write_quoted_escaped(out: &mut Out<'_>, b: &[u8], clean: usize) {
    let v = out.vec();
    v.reserve(b.len() + 2);
    v.push(b'"');
    write_escaped(v, b, clean);
    v.push(b'"');
}

/// Writes a field name and the colon after it (`"name":`), after a comma unless it is the
/// first field. Field names are constants, so once this is inlined into a type's `Serialize`
/// code the checks and the byte shuffling fold away: a name of up to 12 bytes becomes one or
/// two word stores.
#[inline(always)]
fn write_key(out: &mut Out<'_>, key: &str, comma: bool) {
    let b = key.as_bytes();
    let n = b.len();
    let total = n + 3 + usize::from(comma);
    if total <= 16 && b.iter().all(|&c| ESCAPE[usize::from(c)] == 0) {
        let mut a = [0u8; 16];
        let mut i = 0;
        if comma {
            a[0] = b',';
            i = 1;
        }
        a[i] = b'"';
        a[i + 1..i + 1 + n].copy_from_slice(b);
        a[i + 1 + n] = b'"';
        a[i + 2 + n] = b':';
        let lo = load8(&a, 0);
        if total <= 8 {
            out.put_word(lo, total);
        } else {
            out.put_word(lo, 8);
            out.put_word(load8(&a, 8), total - 8);
        }
    } else {
        if comma {
            out.push(b',');
        }
        write_str(out, key);
        out.push(b':');
    }
}

/// The body of a string that has bytes to escape. Clean runs are copied whole, found eight
/// bytes at a time; each byte to escape is located exactly from the mask (its lowest flagged
/// byte), not by stepping towards it one byte at a time. `b[..clean]` is known to need no
/// escapes.
fn write_escaped(out: &mut Vec<u8>, b: &[u8], clean: usize) {
    let n = b.len();
    let mut start = 0;
    let mut i = clean;
    loop {
        // Clean stretches 32 bytes at a time, then eight.
        i = skip_clean(b, i);
        if i + 8 > n {
            break;
        }
        let m = escape_mask(load8(b, i));
        if m == 0 {
            i += 8;
            continue;
        }
        let j = i + (m.trailing_zeros() / 8) as usize;
        out.extend_from_slice(&b[start..j]);
        write_escape(out, b[j]);
        i = j + 1;
        // Escapes come in runs (a body's "\n\n" between paragraphs): the bytes right after one
        // are looked up at once rather than by another scan and an empty copy.
        while let Some(&c) = b.get(i) {
            if ESCAPE[usize::from(c)] == 0 {
                break;
            }
            write_escape(out, c);
            i += 1;
        }
        start = i;
    }
    // Fewer than eight bytes left.
    while i < n {
        let c = b[i];
        if ESCAPE[usize::from(c)] != 0 {
            out.extend_from_slice(&b[start..i]);
            write_escape(out, c);
            start = i + 1;
        }
        i += 1;
    }
    out.extend_from_slice(&b[start..]);
}

/// The escape of each byte: 0 none, `u` a `\u00XX` escape, else the letter after `\`.
const ESCAPE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 0x20 {
        t[i] = b'u';
        i += 1;
    }
    t[0x08] = b'b';
    t[0x09] = b't';
    t[0x0a] = b'n';
    t[0x0c] = b'f';
    t[0x0d] = b'r';
    t[b'"' as usize] = b'"';
    t[b'\\' as usize] = b'\\';
    t
};

/// Writes the escape of `c` (a byte that needs one) as serde_json writes it.
#[inline]
fn write_escape(out: &mut Vec<u8>, c: u8) {
    let e = ESCAPE[usize::from(c)];
    if e == b'u' {
        out.extend_from_slice(&[b'\\', b'u', b'0', b'0', HEX[usize::from(c >> 4)], HEX[usize::from(c & 0xf)]]);
    } else {
        out.extend_from_slice(&[b'\\', e]);
    }
}

/// The two ASCII digits of each number below 100, first digit in the low byte.
const PAIRS: [u16; 100] = {
    let mut t = [0u16; 100];
    let mut i = 0;
    while i < 100 {
        t[i] = (b'0' as u16 + (i % 10) as u16) << 8 | (b'0' as u16 + (i / 10) as u16);
        i += 1;
    }
    t
};

/// Writes an integer in decimal, as serde_json does (with `itoa`). Numbers below 10^8 (every
/// byte offset and index in practice) are built two digits at a time in one word and written
/// with one store.
#[inline]
fn write_u64(out: &mut Out<'_>, v: u64) {
    if v >= 100_000_000 {
        return write_u64_long(out, v);
    }
    let mut v = v as u32;
    let (mut w, mut n) = (0u64, 0usize);
    while v >= 100 {
        w = w << 16 | u64::from(PAIRS[(v % 100) as usize]);
        v /= 100;
        n += 2;
    }
    if v >= 10 {
        w = w << 16 | u64::from(PAIRS[v as usize]);
        n += 2;
    } else {
        w = w << 8 | u64::from(b'0' + v as u8);
        n += 1;
    }
    out.put_word(w, n);
}

/// Writes `v` as serde_json does when it is a short decimal, `±i.dddd` with at most four digits
/// after the point and `0.001 <= |v| < 10^9`, and says whether it did (else nothing is written).
///
/// serde_json writes a float as the shortest decimal that reads back as the same float, in fixed
/// notation in this range (`60.0`, `53.3981`, `-6.25`). When `v` is the float nearest to
/// `k / 10^4` for an integer `k` (checked exactly: `k / 10^4` in floating point is correctly
/// rounded), that decimal reads back as `v`, and it is the only decimal with at most four digits
/// after the point that does (floats here are less than `10^-6` apart, such decimals at least
/// `10^-4`), so it is the shortest one: `k / 10^4` without its trailing zeros (one kept).
#[inline]
fn write_short_decimal_f64(out: &mut Out<'_>, v: f64) -> bool {
    let a = v.abs();
    if !(1e-3..1e9).contains(&a) {
        return false;
    }
    // The nearest integer to `a * 10^4` (by a conversion, not a call of `round`; a tie rounded
    // either way is no short decimal anyway); the check below is what makes the output exact.
    let k = (a * 1e4 + 0.5) as i64;
    if k as f64 / 1e4 != a {
        return false;
    }
    write_scaled(out, v < 0.0, k as u64, 10_000);
    true
}

/// [`write_short_decimal_f64`] for an `f32` (written as serde_json writes an `f32`: the shortest
/// decimal that reads back as the same `f32`), with at most two digits after the point and
/// `0.01 <= |v| < 10^5`, where `f32`s are less than `0.008` apart.
#[inline]
fn write_short_decimal_f32(out: &mut Out<'_>, v: f32) -> bool {
    let a = v.abs();
    if !(1e-2..1e5).contains(&a) {
        return false;
    }
    // `k` is below 2^24, so exact as an `f32`; the division is correctly rounded.
    let k = (f64::from(a) * 100.0 + 0.5) as i64;
    if k as f32 / 100.0 != a {
        return false;
    }
    write_scaled(out, v < 0.0, k as u64, 100);
    true
}

/// Writes `k / scale` (`scale` 100 or 10^4) in fixed notation with a minus sign when `negative`,
/// the fraction without trailing zeros but with at least one digit.
#[inline]
fn write_scaled(out: &mut Out<'_>, negative: bool, k: u64, scale: u64) {
    if negative {
        out.push(b'-');
    }
    write_u64(out, k / scale);
    let mut frac = (k % scale) as usize;
    if frac == 0 {
        out.put_word(u64::from(u16::from_le_bytes(*b".0")), 2);
        return;
    }
    // Four fraction digits (two for an `f32`'s scale of 100, padded with zeros), then the
    // trailing zeros dropped.
    if scale == 100 {
        frac *= 100;
    }
    let w = u64::from(b'.') | u64::from(PAIRS[frac / 100]) << 8 | u64::from(PAIRS[frac % 100]) << 24;
    let n = if frac.is_multiple_of(1000) {
        2
    } else if frac.is_multiple_of(100) {
        3
    } else if frac.is_multiple_of(10) {
        4
    } else {
        5
    };
    out.put_word(w, n);
}

#[inline(never)]
fn write_u64_long(out: &mut Out<'_>, v: u64) {
    out.extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
}

#[inline]
fn write_i64(out: &mut Out<'_>, v: i64) {
    if v < 0 {
        out.push(b'-');
    }
    write_u64(out, v.unsigned_abs());
}

fn write_u128(out: &mut Out<'_>, v: u128) {
    out.extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
}

/// A compound value (array or object) being written: whether the next item is the first.
struct Compound<'s, 'a> {
    ser: &'s mut Compact<'a>,
    first: bool,
    /// Closing byte, `]` or `}`.
    close: u8,
    /// Whether an enum variant's payload is being written (then `}` closes the wrapper too).
    variant: bool,
}

impl Compound<'_, '_> {
    #[inline(always)]
    fn comma(&mut self) {
        if self.first {
            self.first = false;
        } else {
            self.ser.out.push(b',');
        }
    }
    #[inline(always)]
    fn end(self) {
        self.ser.out.push(self.close);
        if self.variant {
            self.ser.out.push(b'}');
        }
    }
}

impl<'s, 'a> ser::Serializer for &'s mut Compact<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'s, 'a>;
    type SerializeTuple = Compound<'s, 'a>;
    type SerializeTupleStruct = Compound<'s, 'a>;
    type SerializeTupleVariant = Compound<'s, 'a>;
    type SerializeMap = Compound<'s, 'a>;
    type SerializeStruct = Compound<'s, 'a>;
    type SerializeStructVariant = Compound<'s, 'a>;

    #[inline]
    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        if v {
            self.out.put_word(u64::from(u32::from_le_bytes(*b"true")), 4);
        } else {
            self.out.put_word(u64::from_le_bytes(*b"false\0\0\0"), 5);
        }
        Ok(())
    }
    #[inline]
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    #[inline]
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    #[inline]
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    #[inline]
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        write_i64(&mut self.out, v);
        Ok(())
    }
    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        self.out.extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
        Ok(())
    }
    #[inline]
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    #[inline]
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    #[inline]
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    #[inline]
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        write_u64(&mut self.out, v);
        Ok(())
    }
    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        write_u128(&mut self.out, v);
        Ok(())
    }
    #[inline]
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        if v == 0.0 && v.is_sign_positive() {
            self.out.put_word(ZERO, 3);
            return Ok(());
        }
        if write_short_decimal_f32(&mut self.out, v) {
            return Ok(());
        }
        // serde_json's own float formatting (and `null` for NaN and infinities).
        serde_json::to_writer(self.out.vec(), &v)
    }
    #[inline]
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        if v == 0.0 && v.is_sign_positive() {
            self.out.put_word(ZERO, 3);
            return Ok(());
        }
        if write_short_decimal_f64(&mut self.out, v) {
            return Ok(());
        }
        serde_json::to_writer(self.out.vec(), &v)
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        write_str(&mut self.out, v.encode_utf8(&mut [0u8; 4]));
        Ok(())
    }
    #[inline(always)]
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        write_str(&mut self.out, v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        use ser::SerializeSeq;
        let mut seq = self.serialize_seq(Some(v.len()))?;
        for b in v {
            seq.serialize_element(b)?;
        }
        SerializeSeq::end(seq)
    }
    #[inline]
    fn serialize_none(self) -> Result<(), Error> {
        self.out.put_word(u64::from(u32::from_le_bytes(*b"null")), 4);
        Ok(())
    }
    #[inline]
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    #[inline]
    fn serialize_unit(self) -> Result<(), Error> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_none()
    }
    #[inline(always)]
    fn serialize_unit_variant(self, _name: &'static str, _index: u32, variant: &'static str) -> Result<(), Error> {
        // Inlined into each arm of an enum's `Serialize` code, where `variant` is a constant.
        write_str(&mut self.out, variant);
        Ok(())
    }
    #[inline]
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _name: &'static str, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.out.push(b'{');
        write_str(&mut self.out, variant);
        self.out.push(b':');
        value.serialize(&mut *self)?;
        self.out.push(b'}');
        Ok(())
    }
    #[inline]
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'s, 'a>, Error> {
        self.out.push(b'[');
        Ok(Compound { ser: self, first: true, close: b']', variant: false })
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'s, 'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<Compound<'s, 'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'s, 'a>, Error> {
        self.out.push(b'{');
        write_str(&mut self.out, variant);
        self.out.extend_from_slice(b":[");
        Ok(Compound { ser: self, first: true, close: b']', variant: true })
    }
    #[inline]
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'s, 'a>, Error> {
        self.out.push(b'{');
        Ok(Compound { ser: self, first: true, close: b'}', variant: false })
    }
    #[inline]
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Compound<'s, 'a>, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'s, 'a>, Error> {
        self.out.push(b'{');
        write_str(&mut self.out, variant);
        self.out.extend_from_slice(b":{");
        Ok(Compound { ser: self, first: true, close: b'}', variant: true })
    }
    fn collect_str<T: ?Sized + std::fmt::Display>(self, value: &T) -> Result<(), Error> {
        self.serialize_str(&value.to_string())
    }
}

impl ser::SerializeSeq for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    #[inline]
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.comma();
        value.serialize(&mut *self.ser)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self);
        Ok(())
    }
}

impl ser::SerializeTuple for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self);
        Ok(())
    }
}

impl ser::SerializeTupleStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self);
        Ok(())
    }
}

impl ser::SerializeTupleVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self);
        Ok(())
    }
}

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), Error> {
        self.comma();
        key.serialize(MapKey { out: &mut self.ser.out })?;
        self.ser.out.push(b':');
        Ok(())
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.ser)
    }
    #[inline]
    fn serialize_entry<K: ?Sized + Serialize, V: ?Sized + Serialize>(&mut self, key: &K, value: &V) -> Result<(), Error> {
        self.comma();
        key.serialize(MapKey { out: &mut self.ser.out })?;
        self.ser.out.push(b':');
        value.serialize(&mut *self.ser)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self);
        Ok(())
    }
}

impl ser::SerializeStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    #[inline(always)]
    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        if self.first {
            self.first = false;
            write_key(&mut self.ser.out, key, false);
        } else {
            write_key(&mut self.ser.out, key, true);
        }
        value.serialize(&mut *self.ser)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self);
        Ok(())
    }
}

impl ser::SerializeStructVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        ser::SerializeStruct::serialize_field(self, key, value)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self);
        Ok(())
    }
}

fn key_must_be_a_string() -> Error {
    ser::Error::custom("key must be a string")
}

/// Map keys: strings, or what serde_json turns into strings (numbers, booleans, chars,
/// unit variants); anything else is an error, as in serde_json.
struct MapKey<'a, 'b> {
    out: &'a mut Out<'b>,
}

impl MapKey<'_, '_> {
    fn quoted(self, f: impl FnOnce(&mut Out<'_>)) -> Result<(), Error> {
        self.out.push(b'"');
        f(self.out);
        self.out.push(b'"');
        Ok(())
    }
}

impl ser::Serializer for MapKey<'_, '_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = ser::Impossible<(), Error>;
    type SerializeTuple = ser::Impossible<(), Error>;
    type SerializeTupleStruct = ser::Impossible<(), Error>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = ser::Impossible<(), Error>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        write_str(self.out, v);
        Ok(())
    }
    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.quoted(|o| o.extend_from_slice(if v { b"true" } else { b"false" }))
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.quoted(|o| write_i64(o, i64::from(v)))
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.quoted(|o| write_i64(o, i64::from(v)))
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.quoted(|o| write_i64(o, i64::from(v)))
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.quoted(|o| write_i64(o, v))
    }
    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        self.quoted(|o| o.extend_from_slice(itoa::Buffer::new().format(v).as_bytes()))
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.quoted(|o| write_u64(o, u64::from(v)))
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.quoted(|o| write_u64(o, u64::from(v)))
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.quoted(|o| write_u64(o, u64::from(v)))
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.quoted(|o| write_u64(o, v))
    }
    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        self.quoted(|o| write_u128(o, v))
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        if !v.is_finite() {
            return Err(ser::Error::custom("float key must be finite (got NaN or +/-inf)"));
        }
        let v_out = self.out.vec();
        v_out.push(b'"');
        serde_json::to_writer(&mut *v_out, &v)?;
        v_out.push(b'"');
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        if !v.is_finite() {
            return Err(ser::Error::custom("float key must be finite (got NaN or +/-inf)"));
        }
        let v_out = self.out.vec();
        v_out.push(b'"');
        serde_json::to_writer(&mut *v_out, &v)?;
        v_out.push(b'"');
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        write_str(self.out, v.encode_utf8(&mut [0u8; 4]));
        Ok(())
    }
    fn serialize_bytes(self, _v: &[u8]) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_none(self) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, _value: &T) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit(self) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit_variant(self, _name: &'static str, _index: u32, variant: &'static str) -> Result<(), Error> {
        write_str(self.out, variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _name: &'static str, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple_struct(self, _name: &'static str, _len: usize) -> Result<Self::SerializeTupleStruct, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Self::SerializeStruct, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(key_must_be_a_string())
    }
    fn collect_str<T: ?Sized + std::fmt::Display>(self, value: &T) -> Result<(), Error> {
        self.serialize_str(&value.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde::Serialize;
    use serde_json::json;
    use std::collections::BTreeMap;

    fn same<T: Serialize + ?Sized>(v: &T) {
        let mut ours = Vec::new();
        let a = write_compact(&mut ours, v).map(|_| ours);
        let b = serde_json::to_vec(v);
        match (a, b) {
            (Ok(a), Ok(b)) => assert_eq!(String::from_utf8_lossy(&a), String::from_utf8_lossy(&b)),
            (Err(_), Err(_)) => {}
            (a, b) => panic!("ours {a:?}, serde_json {b:?}"),
        }
    }

    #[derive(Serialize)]
    #[serde(rename_all = "lowercase")]
    enum E {
        Unit,
        New(u8),
        Tuple(u8, String),
        Struct { a: Option<f32>, b: Vec<()> },
    }

    #[derive(Serialize)]
    struct S<'a> {
        s: &'a str,
        c: char,
        n: i64,
        u: u128,
        i: i128,
        f: f64,
        g: f32,
        o: Option<bool>,
        e: Vec<E>,
        t: (u8, &'a str),
        #[serde(with = "serde_bytes_like")]
        bytes: &'a [u8],
        #[serde(flatten)]
        rest: BTreeMap<String, serde_json::Value>,
    }

    mod serde_bytes_like {
        pub fn serialize<S: serde::Serializer>(b: &&[u8], s: S) -> Result<S::Ok, S::Error> {
            s.serialize_bytes(b)
        }
    }

    #[test]
    fn equals_serde_json_table() {
        for s in ["", "a", "\"", "\\", "\n\t\r\u{8}\u{c}\u{1}\u{1f}\u{7f}", "héllo — “quotes”", "01234567\"89abcdef\\", "a\u{0}b"]
        {
            same(s);
        }
        for f in [0.0, -0.0, 1.0, 0.1, 1e300, -2.5e-10, f64::NAN, f64::INFINITY, 123456789.125] {
            same(&f);
            same(&(f as f32));
        }
        same(&json!({"a": [1, -2, 3.5, null, true, false, {"b": "c\n"}], "": {}, "x": []}));
        same(&E::Unit);
        same(&E::New(3));
        same(&E::Tuple(1, "x\"".into()));
        same(&E::Struct { a: Some(0.3), b: vec![(), ()] });
        let mut rest = BTreeMap::new();
        rest.insert("extra".into(), json!([1.5, "two"]));
        same(&S {
            s: "body\n\"q\"",
            c: '"',
            n: i64::MIN,
            u: u128::MAX,
            i: i128::MIN,
            f: -0.000123,
            g: 7.1,
            o: None,
            e: vec![E::Unit, E::New(0)],
            t: (9, "t"),
            bytes: &[0, 255],
            rest,
        });
        let mut keys: BTreeMap<i32, u8> = BTreeMap::new();
        keys.insert(-3, 1);
        keys.insert(40, 2);
        same(&keys);
        let mut bkeys: BTreeMap<bool, u8> = BTreeMap::new();
        bkeys.insert(true, 1);
        same(&bkeys);
        let mut ckeys: BTreeMap<char, u8> = BTreeMap::new();
        ckeys.insert('\n', 1);
        same(&ckeys);
        let mut bad: BTreeMap<Vec<u8>, u8> = BTreeMap::new();
        bad.insert(vec![1], 1);
        same(&bad);
        same(&Some(u64::MAX));
        same(&[i8::MIN as i64, i16::MAX as i64, 0]);
    }

    #[test]
    fn every_escape_at_every_position() {
        // Short strings, and long ones with an escape anywhere in the word-at-a-time loops and their tails.
        for n in (1..=20).chain([31, 32, 33, 63, 64, 65, 70, 71, 72, 73, 95, 96, 97, 100, 103, 104, 130]) {
            for p in 0..n {
                for c in [0u8, 0x08, b'\t', b'\n', 0x0c, b'\r', 0x1f, b'"', b'\\', b' ', 0x7f] {
                    let mut b = vec![b'a'; n];
                    b[p] = c;
                    same(std::str::from_utf8(&b).unwrap());
                }
            }
        }
    }

    #[test]
    fn two_escapes_and_wide_chars_at_every_position() {
        // Every length across the short and word-scan paths, escapes next to each other and next
        // to multi-byte characters.
        for n in 0..=24 {
            for p in 0..n {
                for q in p..n {
                    for (c, d) in [("\n", "\""), ("é", "\\"), ("\u{1}", "€"), ("\t", "\t")] {
                        let mut s = String::new();
                        for k in 0..n {
                            s.push_str(if k == p {
                                c
                            } else if k == q {
                                d
                            } else {
                                "x"
                            });
                        }
                        same(s.as_str());
                        // Appended after other output, as in a record.
                        let mut out = b"{\"k\":".to_vec();
                        staged(&mut out, |o| write_str(o, &s));
                        assert_eq!(out[5..], serde_json::to_vec(&s).unwrap()[..], "{s:?}");
                    }
                }
            }
        }
    }

    /// Field names of every length around the one-word fast path, with and without escapes.
    #[derive(Serialize, Clone)]
    struct Keys {
        #[serde(rename = "")]
        k0: u8,
        k: u8,
        #[serde(rename = "ab\"")]
        k3: u8,
        #[serde(rename = "abcde")]
        k5: u8,
        #[serde(rename = "abcdef")]
        k6: u8,
        #[serde(rename = "é")]
        k2: u8,
        #[serde(rename = "\n")]
        nl: u8,
        #[serde(rename = "a\\bcdefghijklmnopq")]
        long: u8,
        #[serde(rename = "abcdefghijklmnopqrstuvwxyz")]
        longer: (),
    }

    #[test]
    fn field_names_equal_serde_json() {
        same(&Keys { k0: 0, k: 1, k3: 2, k5: 3, k6: 4, k2: 5, nl: 6, long: 7, longer: () });
        same(&vec![Keys { k0: 9, k: 8, k3: 7, k5: 6, k6: 5, k2: 4, nl: 3, long: 2, longer: () }; 3]);
    }

    #[test]
    fn integers_equal_itoa() {
        let mut vals = vec![0u64, u64::MAX, u64::MAX - 1];
        let mut p = 1u64;
        while let Some(q) = p.checked_mul(10) {
            vals.extend([p - 1, p, p + 1, 2 * p - 1]);
            p = q;
        }
        vals.extend(0..100_000);
        vals.extend((0..40_000).map(|i| 99_990_000 + i));
        for v in vals {
            let mut out = b"x".to_vec();
            staged(&mut out, |o| write_u64(o, v));
            assert_eq!(&out[1..], itoa::Buffer::new().format(v).as_bytes());
            for i in [v as i64, (v as i64).wrapping_neg()] {
                out.truncate(1);
                staged(&mut out, |o| write_i64(o, i));
                assert_eq!(&out[1..], itoa::Buffer::new().format(i).as_bytes());
            }
        }
        same(&[i64::MIN, i64::MAX, -1, 0]);
        same(&[u8::MAX as u64, u16::MAX as u64, u32::MAX as u64]);
        same(&(i8::MIN, i16::MIN, i32::MIN, u8::MAX, u16::MAX, u32::MAX, usize::MAX, isize::MIN));
    }

    /// Every float the short-decimal paths take or refuse near their limits, and every short
    /// decimal in a wide range, written as serde_json writes it.
    #[test]
    fn short_decimals_equal_serde_json() {
        let check64 = |v: f64| {
            let mut out = b"x".to_vec();
            Compact { out: Out::new(&mut out) }.serialize_f64_for_test(v);
            assert_eq!(&out[1..], &serde_json::to_vec(&v).unwrap()[..], "{v:?}");
        };
        let check32 = |v: f32| {
            let mut out = b"x".to_vec();
            Compact { out: Out::new(&mut out) }.serialize_f32_for_test(v);
            assert_eq!(&out[1..], &serde_json::to_vec(&v).unwrap()[..], "{v:?}");
        };
        // Every multiple of 10^-4 up to 100 and every multiple of 10^-2 up to 3000, both signs.
        for k in 0..1_000_000i64 {
            check64(k as f64 / 1e4);
            check64(-(k as f64) / 1e4);
        }
        for k in 0..300_000i32 {
            check32(k as f32 / 100.0);
            check32(-(k as f32) / 100.0);
            check64(f64::from(k) / 100.0);
        }
        // Near the limits, large values with few decimals, and values that are not short decimals.
        let mut seed = 1u64;
        for i in 0..200_000u64 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let unit = (seed >> 11) as f64 / (1u64 << 53) as f64;
            let scale = 10f64.powi((i % 16) as i32 - 5);
            let v = unit * scale;
            check64(v);
            check64((v * 1e4).round() / 1e4);
            check64((v * 100.0).round() / 100.0);
            check64(v.round());
            check32(v as f32);
            check32(((v * 100.0).round() / 100.0) as f32);
            check32(((v * 10.0).round() / 10.0) as f32);
        }
        for v in
            [1e-3, 0.00099999, 0.0015, 1e9, 999_999_999.999_9, 999_999_999.0, 1e9 - 1e-4, 123_456_789.123_4, 5e-324, f64::MAX]
        {
            check64(v);
            check64(-v);
        }
        for v in [0.01f32, 0.0099, 0.015, 1e5, 99_999.99, 99_999.0, 65_536.01, 16_777_216.0, 1e-45, f32::MAX] {
            check32(v);
            check32(-v);
        }
    }

    impl Compact<'_> {
        fn serialize_f64_for_test(&mut self, v: f64) {
            ser::Serializer::serialize_f64(&mut *self, v).unwrap();
            self.out.flush();
        }
        fn serialize_f32_for_test(&mut self, v: f32) {
            ser::Serializer::serialize_f32(&mut *self, v).unwrap();
            self.out.flush();
        }
    }

    /// Runs `f` on an [`Out`] that appends to `v`, then moves what it staged to `v`.
    fn staged(v: &mut Vec<u8>, f: impl FnOnce(&mut Out<'_>)) {
        let mut out = Out::new(v);
        f(&mut out);
        out.flush();
    }

    /// Every piece (field name, short and long string, number, escape) written across the end
    /// of the staging buffer, and strings that fill it exactly or do not fit.
    #[test]
    fn pieces_across_the_staging_buffer() {
        #[derive(Serialize)]
        struct Piece<'a> {
            text: &'a str,
            start: usize,
            score: f64,
            code: Option<&'a str>,
        }
        for fill in 0..140 {
            let mut pad: Vec<String> = vec!["p".repeat(100); 9];
            pad.push("q".repeat(fill));
            for text in ["", "abc", "abcdefghijklmnop", "a long mention text of some length", "esc\"aped\n text here", "é字"] {
                let pieces: Vec<Piece> = (0..12)
                    .map(|i| Piece { text, start: 1_000 * i + fill, score: -6.25, code: (i % 2 == 0).then_some("RUSGOV") })
                    .collect();
                same(&(&pad, &pieces, "tail"));
            }
        }
        for n in [STAGE - 3, STAGE - 2, STAGE - 1, STAGE, STAGE + 1, 3 * STAGE] {
            let long = "w".repeat(n);
            let mut escaped = "e".repeat(n);
            escaped.push('\n');
            same(&[long.as_str(), "x", long.as_str(), escaped.as_str(), "y", escaped.as_str()]);
            same(&("ab", long.as_str(), 42u8));
        }
    }

    #[test]
    fn short_strings_every_length() {
        // Every length around the word paths, clean and with one byte to escape at each end.
        for n in 0..=40 {
            let s: String = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH"[..n].to_string();
            same(s.as_str());
            same(&format!("\"{s}"));
            same(&format!("{s}\\"));
            same(&format!("é{s}"));
            same(&format!("{s}字"));
            same(&[s.as_str(), "", s.as_str()]);
        }
    }

    proptest! {
        #[test]
        fn short_strings_equal_serde_json(s in "(\\PC|[\u{0}-\u{1f}\"\\\\]){0,17}") {
            same(s.as_str());
        }

        #[test]
        fn small_numbers_equal_serde_json(u in 0u64..1_000_000_000, i in -1_000_000_000i64..1_000_000_000, f in -1e9f64..1e9) {
            same(&(u, i, f, f as f32, u as usize));
        }

        #[test]
        fn strings_equal_serde_json(s in "(\\PC|[\u{0}-\u{1f}\"\\\\]|[a-z ]{0,12}){0,40}") {
            same(s.as_str());
        }

        #[test]
        fn sequences_of_mixed_values_equal_serde_json(
            items in proptest::collection::vec(("(\\PC|[\u{0}-\u{1f}\"\\\\]){0,20}|[a-z \n]{0,700}", any::<u32>(), -1e6f64..1e6), 0..60)
        ) {
            same(&items);
        }

        #[test]
        fn numbers_equal_serde_json(f in any::<f64>(), g in any::<f32>(), i in any::<i64>(), u in any::<u64>()) {
            same(&(f, g, i, u));
        }
    }
}
