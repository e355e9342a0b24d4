//! Compact JSON output, byte for byte what `serde_json::to_writer` writes, but faster.
//!
//! Records are mostly strings (the body, every mention's text, field names), and serde_json
//! escapes a string one byte at a time through its `Formatter`. [`write_compact`] is a
//! serde `Serializer` into a `Vec<u8>` that scans strings eight bytes at a time for the
//! bytes that need escaping (`"`, `\`, controls) and copies the runs between them whole.
//! Numbers use the same formatting as serde_json (integers with `itoa`, floats by
//! serde_json itself), so the output is identical; the tests compare both on every kind of
//! value.
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
    value.serialize(&mut Compact { out })
}

/// The serializer: a `Vec<u8>` to append to.
struct Compact<'a> {
    out: &'a mut Vec<u8>,
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// The high bit of each byte of `x` that is below 0x20, `"` or `\`. Exact for the lowest such
/// byte (bytes above it can be flagged by the borrow of the subtractions), so
/// `trailing_zeros() / 8` is the position of the first byte to escape.
#[inline(always)]
fn escape_mask(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has_zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let below_space = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
    below_space | has_zero(x ^ (ONES * b'"' as u64)) | has_zero(x ^ (ONES * b'\\' as u64))
}

/// Eight bytes of `b` from `i` as one number (`i + 8 <= b.len()`).
#[inline(always)]
fn load8(b: &[u8], i: usize) -> u64 {
    let mut a = [0u8; 8];
    a.copy_from_slice(&b[i..i + 8]);
    u64::from_le_bytes(a)
}

/// Whether no byte of `b` needs escaping: eight bytes at a time, the tail by an overlapping
/// load (no copy into a padded buffer, which costs a `memcpy` call per string).
#[inline]
fn clean(b: &[u8]) -> bool {
    let n = b.len();
    if n >= 8 {
        let mut i = 0;
        while i + 8 <= n {
            if escape_mask(load8(b, i)) != 0 {
                return false;
            }
            i += 8;
        }
        return i == n || escape_mask(load8(b, n - 8)) == 0;
    }
    if n >= 4 {
        let load4 = |i: usize| {
            let mut a = [0u8; 4];
            a.copy_from_slice(&b[i..i + 4]);
            u64::from(u32::from_le_bytes(a))
        };
        return escape_mask(load4(0) | load4(n - 4) << 32) == 0;
    }
    b.iter().all(|&c| ESCAPE[usize::from(c)] == 0)
}

/// Writes `s` as a JSON string, quotes included, escaped as serde_json escapes it.
///
/// Small enough to inline: most calls are field names, constant strings whose check folds
/// away at compile time, and short clean texts copied whole.
#[inline]
fn write_str(out: &mut Vec<u8>, s: &str) {
    let b = s.as_bytes();
    out.reserve(b.len() + 2);
    out.push(b'"');
    if clean(b) {
        out.extend_from_slice(b);
    } else {
        write_escaped(out, b);
    }
    out.push(b'"');
}

/// The body of a string that has bytes to escape. Clean runs are copied whole, found eight
/// bytes at a time; each byte to escape is located exactly from the mask (its lowest flagged
/// byte), not by stepping towards it one byte at a time.
#[cold]
fn write_escaped(out: &mut Vec<u8>, b: &[u8]) {
    let n = b.len();
    let mut start = 0;
    let mut i = 0;
    while i + 8 <= n {
        let m = escape_mask(load8(b, i));
        if m == 0 {
            i += 8;
            continue;
        }
        let j = i + (m.trailing_zeros() / 8) as usize;
        out.extend_from_slice(&b[start..j]);
        write_escape(out, b[j]);
        i = j + 1;
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

/// Writes an integer in decimal (itoa, as serde_json does).
#[inline]
fn write_u64(out: &mut Vec<u8>, v: u64) {
    out.extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
}

#[inline]
fn write_i64(out: &mut Vec<u8>, v: i64) {
    out.extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
}

fn write_u128(out: &mut Vec<u8>, v: u128) {
    out.extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
}

/// A compound value (array or object) being written: whether the next item is the first.
struct Compound<'s, 'a> {
    ser: &'s mut Compact<'a>,
    first: bool,
    /// Closing bytes (`]`, `}`, or `]}` / `}}` for an enum variant's payload).
    close: &'static [u8],
}

impl Compound<'_, '_> {
    #[inline]
    fn comma(&mut self) {
        if self.first {
            self.first = false;
        } else {
            self.ser.out.push(b',');
        }
    }
    #[inline]
    fn end(self) {
        self.ser.out.extend_from_slice(self.close);
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

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out.extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        write_i64(self.out, v);
        Ok(())
    }
    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        self.out.extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        write_u64(self.out, v);
        Ok(())
    }
    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        write_u128(self.out, v);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        // serde_json's own float formatting (and `null` for NaN and infinities).
        serde_json::to_writer(&mut *self.out, &v)
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        serde_json::to_writer(&mut *self.out, &v)
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        write_str(self.out, v.encode_utf8(&mut [0u8; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        write_str(self.out, v);
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
    fn serialize_none(self) -> Result<(), Error> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_none()
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
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.out.push(b'{');
        write_str(self.out, variant);
        self.out.push(b':');
        value.serialize(&mut *self)?;
        self.out.push(b'}');
        Ok(())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'s, 'a>, Error> {
        self.out.push(b'[');
        Ok(Compound { ser: self, first: true, close: b"]" })
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
        write_str(self.out, variant);
        self.out.extend_from_slice(b":[");
        Ok(Compound { ser: self, first: true, close: b"]}" })
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'s, 'a>, Error> {
        self.out.push(b'{');
        Ok(Compound { ser: self, first: true, close: b"}" })
    }
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
        write_str(self.out, variant);
        self.out.extend_from_slice(b":{");
        Ok(Compound { ser: self, first: true, close: b"}}" })
    }
    fn collect_str<T: ?Sized + std::fmt::Display>(self, value: &T) -> Result<(), Error> {
        self.serialize_str(&value.to_string())
    }
}

impl ser::SerializeSeq for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
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
        key.serialize(MapKey { out: self.ser.out })?;
        self.ser.out.push(b':');
        Ok(())
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
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
    #[inline]
    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.comma();
        write_str(self.ser.out, key);
        self.ser.out.push(b':');
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
struct MapKey<'a> {
    out: &'a mut Vec<u8>,
}

impl MapKey<'_> {
    fn quoted(self, f: impl FnOnce(&mut Vec<u8>)) -> Result<(), Error> {
        self.out.push(b'"');
        f(self.out);
        self.out.push(b'"');
        Ok(())
    }
}

impl ser::Serializer for MapKey<'_> {
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
        self.out.push(b'"');
        serde_json::to_writer(&mut *self.out, &v)?;
        self.out.push(b'"');
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        if !v.is_finite() {
            return Err(ser::Error::custom("float key must be finite (got NaN or +/-inf)"));
        }
        self.out.push(b'"');
        serde_json::to_writer(&mut *self.out, &v)?;
        self.out.push(b'"');
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
        for n in 1..=20 {
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
                        write_str(&mut out, &s);
                        assert_eq!(out[5..], serde_json::to_vec(&s).unwrap()[..], "{s:?}");
                    }
                }
            }
        }
    }

    proptest! {
        #[test]
        fn strings_equal_serde_json(s in "(\\PC|[\u{0}-\u{1f}\"\\\\]|[a-z ]{0,12}){0,40}") {
            same(s.as_str());
        }

        #[test]
        fn numbers_equal_serde_json(f in any::<f64>(), g in any::<f32>(), i in any::<i64>(), u in any::<u64>()) {
            same(&(f, g, i, u));
        }
    }
}
