//! The gazetteer's tables, computed from its text: the rows, one pattern per distinct name with
//! the places it stands for, and the patterns grouped by first word.
//!
//! Shared by `places.rs` (gazetteers given as text) and `build.rs`, which computes the tables of
//! the built-in gazetteer at compile time and writes them in the compact form [`encode`] makes,
//! so that start-up only copies them (parsing 1.8 MB of TSV took ~100 M instructions).
//! Standard library only: `build.rs` compiles this file too.

use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};

/// Row kinds, as written in the first column; a row's kind is its index here.
pub const KINDS: [&str; 5] = ["country", "adm1", "capital", "city", "landmark"];

/// One gazetteer row.
#[derive(Debug, Clone, PartialEq)]
pub struct Row<'a> {
    /// Index into [`KINDS`].
    pub kind: u8,
    /// Name (trimmed).
    pub name: &'a str,
    /// ISO 3166-1 alpha-3 code, zeros when none.
    pub country: [u8; 3],
    /// First-level division code (trimmed).
    pub adm1: &'a str,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// Population.
    pub population: u64,
}

/// A malformed row: 1-based line and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: &'static str,
}

/// Bytes that are part of a word: ASCII letters and digits, `_`, and every byte of a non-ASCII character.
const WORD_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80;
        b += 1;
    }
    t
};

/// Whether `bytes[i]` is part of a word (`WORD_BYTES`), except the bytes of the
/// punctuation that news text writes against a name without a space (session 16): the curly
/// quotes “ ” ‘ ’ (U+201C, U+201D, U+2018, U+2019) and the en and em dashes (U+2013, U+2014):
/// “Paris”, Paris’s and Paris–Berlin hold the name Paris. Names that hold these characters
/// ("Xi’an", "Rosemont–La Petite-Patrie") still match: [`first_word`] splits the gazetteer's
/// names by the same rule, and the whole name is compared byte for byte. `i` in range.
#[inline]
pub fn word_byte_at(bytes: &[u8], i: usize) -> bool {
    let b = bytes[i];
    if b < 0x80 {
        return WORD_BYTES[usize::from(b)];
    }
    // The three bytes E2 80 xx of such a character, wherever `i` lies among them.
    let mark = |x: Option<&u8>| matches!(x, Some(0x93 | 0x94 | 0x98 | 0x99 | 0x9C | 0x9D));
    let boundary = match b {
        0xE2 => bytes.get(i + 1) == Some(&0x80) && mark(bytes.get(i + 2)),
        0x80 => i >= 1 && bytes[i - 1] == 0xE2 && mark(bytes.get(i + 1)),
        0x93 | 0x94 | 0x98 | 0x99 | 0x9C | 0x9D => i >= 2 && bytes[i - 2] == 0xE2 && bytes[i - 1] == 0x80,
        _ => false,
    };
    !boundary
}

/// The first word of a name (empty when it starts with a non-word byte).
#[inline]
pub fn first_word(p: &[u8]) -> &[u8] {
    &p[..(0..p.len()).find(|&i| !word_byte_at(p, i)).unwrap_or(p.len())]
}

/// The key of a first word in the first-word table: its Fx hash (newsgraph-core's hasher,
/// which `build.rs` compiles too). Two words with the same hash share a group of candidates;
/// every candidate is checked against the text in full.
#[inline]
pub fn word_hash(w: &[u8]) -> u64 {
    let mut h = crate::fxhash::FxHasher::default();
    h.write(w);
    h.finish()
}

/// [`word_hash`] of words of every length from 0 to 40 bytes, combined: the tables `build.rs`
/// wrote hold first-word hashes, usable only when the crate hashes as `build.rs` did.
pub fn hasher_check() -> u64 {
    let text = b"Abcdefghijklmnopqrstuvwxyz0123456789_\xc3\xa9\xe2\x80\x99";
    (0..=text.len()).fold(0u64, |acc, n| acc.rotate_left(7) ^ word_hash(&text[..n]))
}

/// The strings of the places of `rows`: the pattern text of `names` (every name is a pattern)
/// with the division codes (each once) and any other name after it, and, per row, the
/// (offset, length) of its name and of its division code in them.
pub fn place_strings(rows: &[Row<'_>], names: &Names) -> (String, Vec<[u32; 4]>) {
    let mut strings = names.pattern_text.clone();
    let mut adm1_at: HashMap<&str, u32> = HashMap::new();
    let pattern_at: HashMap<&str, u32> =
        names.patterns.iter().map(|&(a, b)| (&names.pattern_text[a as usize..b as usize], a)).collect();
    let mut at = Vec::with_capacity(rows.len());
    for r in rows {
        let name_at = pattern_at.get(r.name).copied().unwrap_or_else(|| {
            let at = strings.len() as u32;
            strings.push_str(r.name);
            at
        });
        let adm1 = *adm1_at.entry(r.adm1).or_insert_with(|| {
            let at = strings.len() as u32;
            strings.push_str(r.adm1);
            at
        });
        at.push([name_at, r.name.len() as u32, adm1, r.adm1.len() as u32]);
    }
    (strings, at)
}

/// Splits a line on tabs into the first `N` fields; returns them and the total number of fields.
#[inline]
fn tab_fields<const N: usize>(line: &str) -> ([&str; N], usize) {
    let mut f = [""; N];
    let mut n = 0;
    let mut start = 0;
    for (i, &b) in line.as_bytes().iter().enumerate() {
        if b == b'\t' {
            if n < N {
                f[n] = &line[start..i];
            }
            n += 1;
            start = i + 1;
        }
    }
    if n < N {
        f[n] = &line[start..];
    }
    (f, n + 1)
}

/// Powers of ten that are exact in an `f64`.
const POW10: [f64; 16] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/// `s.parse::<f64>()`, with a fast path for plain decimals (`-12.3456`, as the gazetteer writes
/// coordinates): at most 15 digits make an integer `m` exact in an `f64`, and `m / 10^k` with
/// `k <= 15` is then one correctly rounded division, the same value the standard parser gives
/// (Clinger's fast path). Anything else (exponents, `+`, `inf`, `.5`, `5.`, long mantissas)
/// goes to the standard parser.
pub fn parse_f64(s: &str) -> Result<f64, std::num::ParseFloatError> {
    let (neg, b) = match s.as_bytes() {
        [b'-', rest @ ..] => (true, rest),
        all => (false, all),
    };
    // At most 15 digits and a dot, so that `m` below is exact.
    if b.is_empty() || b.len() > 16 {
        return s.parse();
    }
    let mut m: u64 = 0;
    let mut dot = None;
    for (i, &c) in b.iter().enumerate() {
        if c.is_ascii_digit() {
            m = m * 10 + u64::from(c - b'0');
        } else if c == b'.' && dot.is_none() && i > 0 && i + 1 < b.len() {
            dot = Some(i);
        } else {
            return s.parse();
        }
    }
    if b.len() - usize::from(dot.is_some()) > 15 {
        return s.parse();
    }
    let v = m as f64 / POW10[dot.map_or(0, |i| b.len() - i - 1)];
    Ok(if neg { -v } else { v })
}

/// `str::trim` without its Unicode scan when both ends are ASCII and not white space (almost
/// every field).
#[inline]
fn trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(&a), Some(&b)) if (b'!'..=b'~').contains(&a) && (b'!'..=b'~').contains(&b) => s,
        _ => s.trim(),
    }
}

/// Parses gazetteer rows, appending to `rows`; `surfaces` gets every (name or alias, row index).
pub fn parse_rows<'a>(text: &'a str, rows: &mut Vec<Row<'a>>, surfaces: &mut Vec<(&'a str, u32)>) -> Result<(), RowError> {
    for (i, line) in text.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |message: &'static str| RowError { line: i + 1, message };
        let (f, nf) = tab_fields::<8>(line);
        if nf < 7 {
            return Err(err("expected kind, name, country, adm1, lat, lon, population[, aliases]"));
        }
        let Some(kind) = KINDS.iter().position(|k| *k == f[0]) else {
            return Err(err("unknown kind"));
        };
        let mut country = [0u8; 3];
        if !f[2].is_empty() {
            if f[2].len() != 3 || !f[2].is_ascii() {
                return Err(err("country must be ISO 3166-1 alpha-3"));
            }
            country.copy_from_slice(f[2].as_bytes());
        }
        let lat = parse_f64(f[4]).map_err(|_| err("bad latitude"))?;
        let lon = parse_f64(f[5]).map_err(|_| err("bad longitude"))?;
        let population: u64 = f[6].parse().unwrap_or(0);
        let id = rows.len() as u32;
        let name = trim(f[1]);
        if name.is_empty() {
            return Err(err("empty name"));
        }
        surfaces.push((name, id));
        if nf > 7 {
            for a in f[7].split('|').map(trim).filter(|a| !a.is_empty()) {
                surfaces.push((a, id));
            }
        }
        rows.push(Row { kind: kind as u8, name, country, adm1: trim(f[3]), lat, lon, population });
    }
    Ok(())
}

/// Distinct names and the places each stands for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Names {
    /// Distinct surface forms in first-seen order: byte ranges into `pattern_text`.
    pub patterns: Vec<(u32, u32)>,
    /// The surface forms, one after the other.
    pub pattern_text: String,
    /// Surface form `n` stands for places `name_ids[name_start[n]..name_start[n + 1]]`.
    pub name_start: Vec<u32>,
    /// Place indices, ascending for each surface form.
    pub name_ids: Vec<u32>,
}

/// One pattern per distinct surface string (first-seen order) and each pattern's places,
/// ascending and without repeats. `surfaces` come in ascending place order (as [`parse_rows`]
/// gives them), so counting fills each pattern's bucket in order and a repeat is the bucket's
/// last entry: the same as sorting and deduplicating (pattern, place) pairs, without the sort.
pub fn names<S: BuildHasher + Default>(surfaces: &[(&str, u32)]) -> Names {
    let mut index: HashMap<&str, u32, S> = HashMap::with_capacity_and_hasher(surfaces.len(), S::default());
    let mut patterns = Vec::new();
    let mut pattern_text = String::with_capacity(surfaces.iter().map(|(s, _)| s.len()).sum());
    let mut pattern_of = Vec::with_capacity(surfaces.len());
    for &(s, _) in surfaces {
        let next = patterns.len() as u32;
        let p = *index.entry(s).or_insert_with(|| {
            let start = pattern_text.len() as u32;
            pattern_text.push_str(s);
            patterns.push((start, pattern_text.len() as u32));
            next
        });
        pattern_of.push(p as usize);
    }
    let mut last = vec![u32::MAX; patterns.len()];
    let mut name_start = vec![0u32; patterns.len() + 1];
    for (&p, &(_, id)) in pattern_of.iter().zip(surfaces) {
        if std::mem::replace(&mut last[p], id) != id {
            name_start[p + 1] += 1;
        }
    }
    for i in 1..name_start.len() {
        name_start[i] += name_start[i - 1];
    }
    let mut name_ids = vec![0u32; name_start[patterns.len()] as usize];
    let mut fill: Vec<u32> = name_start[..patterns.len()].to_vec();
    last.fill(u32::MAX);
    for (&p, &(_, id)) in pattern_of.iter().zip(surfaces) {
        if std::mem::replace(&mut last[p], id) != id {
            name_ids[fill[p] as usize] = id;
            fill[p] += 1;
        }
    }
    Names { patterns, pattern_text, name_start, name_ids }
}

/// The patterns grouped by a key of their first word (patterns without one are left out):
/// `(key, start, end)` ranges of the returned order, in which each group lists its patterns
/// longest first (then in pattern order). Groups are laid out in the order of their first
/// pattern, so the result does not depend on the hasher.
pub fn group_by_first_word<K, S>(names: &Names, key: impl Fn(&[u8]) -> K) -> (Vec<(K, u32, u32)>, Vec<u32>)
where
    K: std::hash::Hash + Eq + Clone,
    S: BuildHasher + Default,
{
    let text = names.pattern_text.as_bytes();
    // Key -> group number (in first-seen order); each pattern's group.
    let mut group_of_key: HashMap<K, u32, S> = HashMap::with_capacity_and_hasher(names.patterns.len(), S::default());
    let mut groups: Vec<(K, u32, u32)> = Vec::new();
    let mut group_of = Vec::with_capacity(names.patterns.len());
    for &(a, b) in &names.patterns {
        let w = first_word(&text[a as usize..b as usize]);
        if w.is_empty() {
            group_of.push(u32::MAX);
            continue;
        }
        let k = key(w);
        let g = *group_of_key.entry(k.clone()).or_insert_with(|| {
            groups.push((k, 0, 0));
            groups.len() as u32 - 1
        });
        groups[g as usize].2 += 1;
        group_of.push(g);
    }
    // Lay the groups out one after the other, fill them in pattern order, sort each.
    let mut total = 0u32;
    for g in &mut groups {
        let n = g.2;
        (g.1, g.2) = (total, total);
        total += n;
    }
    let mut order = vec![0u32; total as usize];
    for (i, &g) in group_of.iter().enumerate() {
        if let Some(g) = groups.get_mut(g as usize) {
            order[g.2 as usize] = i as u32;
            g.2 += 1;
        }
    }
    for &(_, a, b) in &groups {
        order[a as usize..b as usize].sort_unstable_by_key(|&i| {
            let (s, e) = names.patterns[i as usize];
            (std::cmp::Reverse(e - s), i)
        });
    }
    (groups, order)
}

/// The bit of byte `c` in a group's [`next_bytes`] mask: its low six bits (upper-case and
/// lower-case letters fall on different bits).
#[inline(always)]
pub fn next_byte_bit(c: u8) -> u64 {
    1 << (c & 63)
}

/// For each group of `order` (`(key, start, end)`, as [`group_by_first_word`] gives them), the
/// bits ([`next_byte_bit`]) of the byte two past the first word of each of its names that has
/// at least two bytes after that word: the first byte of its next word ("New York": `Y`;
/// "Al-Quds": `Q`). A name found at a word of a text has that word as its first word, so where
/// the byte two past the text's word is none of these, only the group's names of at most one
/// byte more than the word ("Paris", "St.") can match there.
pub fn next_bytes<K>(names: &Names, groups: &[(K, u32, u32)], order: &[u32]) -> Vec<u64> {
    let text = names.pattern_text.as_bytes();
    groups
        .iter()
        .map(|(_, a, b)| {
            let group = order.get(*a as usize..*b as usize).unwrap_or_default();
            group.iter().fold(0, |m, &i| {
                let p = names.patterns.get(i as usize).and_then(|&(s, e)| text.get(s as usize..e as usize));
                // (A pattern out of range cannot be checked: every byte may follow.)
                let Some(p) = p else { return u64::MAX };
                m | p.get(first_word(p).len() + 1).map_or(0, |&c| next_byte_bit(c))
            })
        })
        .collect()
}

/// The compact form of the built-in tables: little-endian `u32`s and `u64`s, then text.
pub mod encoding {
    use super::{Names, Row};

    /// Marks the format (and its version).
    pub const MAGIC: u32 = 0x4e47_5a33;
    /// Bytes per place: kind, country (3), name and division as (offset, length) `u32`s into
    /// the strings, latitude and longitude bits and population as `u64`s.
    pub const PLACE_BYTES: usize = 4 + 4 * 4 + 3 * 8;
    /// Bytes per first-word group: its key ([`super::word_hash`]), its range of the order and
    /// its [`super::next_bytes`] mask.
    pub const GROUP_BYTES: usize = 8 + 2 * 4 + 8;

    /// Writes rows, names and first-word groups (`(key, start, end)`, ranges of `order`): a
    /// header (magic; [`super::hasher_check`] as a `u64`; numbers of places, patterns, name
    /// ids, groups and order entries; lengths of the pattern text and of all strings as
    /// `u32`s), then the places ([`PLACE_BYTES`] each), patterns, `name_start`, `name_ids`,
    /// groups ([`GROUP_BYTES`] each), order, and the strings ([`super::place_strings`]).
    #[allow(dead_code)] // build.rs and the tests
    pub fn encode(rows: &[Row<'_>], names: &Names, groups: &[(u64, u32, u32)], order: &[u32]) -> Vec<u8> {
        let mut out = Vec::new();
        let u32s = |out: &mut Vec<u8>, v: &[u32]| v.iter().for_each(|x| out.extend_from_slice(&x.to_le_bytes()));
        let (strings, place_words) = super::place_strings(rows, names);
        out.extend_from_slice(&MAGIC.to_le_bytes());
        out.extend_from_slice(&super::hasher_check().to_le_bytes());
        u32s(
            &mut out,
            &[
                rows.len() as u32,
                names.patterns.len() as u32,
                names.name_ids.len() as u32,
                groups.len() as u32,
                order.len() as u32,
                names.pattern_text.len() as u32,
                strings.len() as u32,
            ],
        );
        for (r, w) in rows.iter().zip(&place_words) {
            out.push(r.kind);
            out.extend_from_slice(&r.country);
            u32s(&mut out, w);
            for x in [r.lat.to_bits(), r.lon.to_bits(), r.population] {
                out.extend_from_slice(&x.to_le_bytes());
            }
        }
        for &(a, b) in &names.patterns {
            u32s(&mut out, &[a, b]);
        }
        u32s(&mut out, &names.name_start);
        u32s(&mut out, &names.name_ids);
        for (&(k, a, b), next) in groups.iter().zip(super::next_bytes(names, groups, order)) {
            out.extend_from_slice(&k.to_le_bytes());
            u32s(&mut out, &[a, b]);
            out.extend_from_slice(&next.to_le_bytes());
        }
        u32s(&mut out, order);
        out.extend_from_slice(strings.as_bytes());
        out
    }

    /// Reads what [`encode`] wrote: `None` past the end (the reader of the tables checks
    /// ranges and indices).
    pub struct Reader<'a> {
        b: &'a [u8],
    }

    impl<'a> Reader<'a> {
        /// Starts at the beginning of `b`.
        pub fn new(b: &'a [u8]) -> Self {
            Reader { b }
        }
        /// The next `n` bytes.
        pub fn bytes(&mut self, n: usize) -> Option<&'a [u8]> {
            let (h, t) = (self.b.get(..n)?, self.b.get(n..)?);
            self.b = t;
            Some(h)
        }
        /// The next `u32`.
        pub fn u32(&mut self) -> Option<u32> {
            let b = self.bytes(4)?;
            Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        }
        /// The next `u64`.
        pub fn u64(&mut self) -> Option<u64> {
            let b = self.bytes(8)?;
            Some(u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]))
        }
        /// The next `n` `u32`s.
        pub fn u32s(&mut self, n: usize) -> Option<Vec<u32>> {
            let b = self.bytes(n.checked_mul(4)?)?;
            // (Chunks of a size known to the compiler: a plain copy, even where the collect is
            // not inlined; `chunks_exact(4)`'s was, in some builds, a 7-instruction loop per
            // `u32`: 1.5 M of the gazetteer's start-up.)
            let (words, _) = b.as_chunks::<4>();
            Some(words.iter().map(|&c| u32::from_le_bytes(c)).collect())
        }
        /// True when everything was read.
        pub fn is_empty(&self) -> bool {
            self.b.is_empty()
        }
    }
}
