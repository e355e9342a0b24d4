//! Output codes: the conventions the stage writes its codes in (`data/codes.txt`).
//!
//! A domestic actor is a country (or region) code plus one role at most: stacked roles
//! keep the one that takes precedence (`ISRGOVMIL` → `ISRGOV`, `MLIMILGOV` → `MLIGOV`,
//! `RUSMILSPY` → `RUSSPY`), Phoenix role aliases are folded (`YEMINSHTH` → `YEMREB`), and
//! organisation and region suffixes are dropped (`PSEREBHMS` → `PSEREB`, `PSEGZS` → `PSE`).
//! International codes are written as the longest prefix listed (`IGOUNOPKOUFL` → `IGOUNO`).

use crate::cues::HashMap;
use std::sync::OnceLock;

/// The number of 3-letter codes of capitals (`AAA` to `ZZZ`).
const CODES3: usize = 26 * 26 * 26;

/// The place of a 3-letter code of capitals among all of them (`AAA` 0, `ZZZ` the last);
/// `None` for any other three bytes.
#[inline]
fn code_index(c: [u8; 3]) -> Option<usize> {
    let [a, b, d] = c.map(|x| usize::from(x.wrapping_sub(b'A')));
    (a < 26 && b < 26 && d < 26).then_some((a * 26 + b) * 26 + d)
}

/// A set of 3-letter codes of capitals (the codes of countries and regions), one bit each: a
/// test is an index (a hash probe costs several times more, and the stage asks once or twice
/// per mention). Other codes are never members.
#[derive(Debug, Clone)]
pub(crate) struct CodeSet {
    bits: Box<[u64]>,
}

impl Default for CodeSet {
    fn default() -> Self {
        CodeSet { bits: vec![0; CODES3.div_ceil(64)].into_boxed_slice() }
    }
}

impl CodeSet {
    /// Is `c` in the set?
    #[inline]
    pub fn contains(&self, c: &[u8; 3]) -> bool {
        code_index(*c).is_some_and(|i| self.bits.get(i >> 6).is_some_and(|w| w >> (i & 63) & 1 != 0))
    }
}

impl FromIterator<[u8; 3]> for CodeSet {
    fn from_iter<I: IntoIterator<Item = [u8; 3]>>(iter: I) -> Self {
        let mut set = CodeSet::default();
        for i in iter.into_iter().filter_map(code_index) {
            if let Some(w) = set.bits.get_mut(i >> 6) {
                *w |= 1 << (i & 63);
            }
        }
        set
    }
}

/// The conventions, read once from `data/codes.txt`.
#[derive(Debug, Default)]
pub(crate) struct Conventions {
    /// Role codes, in order of precedence (index 0 first).
    roles: Vec<[u8; 3]>,
    /// Phoenix role codes folded onto a role ("INS" → "REB").
    aliases: HashMap<[u8; 3], [u8; 3]>,
    /// International prefixes and their output codes, longest first.
    international: Vec<(String, String)>,
    /// What [`Conventions::role`] answers, by [`code_index`] of the chunk: 0 for none, else the
    /// role's precedence plus one (the role is `roles[precedence]`): an index instead of an
    /// alias probe and a scan of the roles.
    role_at: Box<[u8]>,
}

const CODES: &str = include_str!("../data/codes.txt");

fn tri(s: &str) -> Option<[u8; 3]> {
    let b = s.as_bytes();
    (b.len() == 3 && b.iter().all(u8::is_ascii_uppercase)).then(|| [b[0], b[1], b[2]])
}

/// The conventions, parsed on first use.
pub(crate) fn conventions() -> &'static Conventions {
    static C: OnceLock<Conventions> = OnceLock::new();
    C.get_or_init(|| {
        let mut c = Conventions::default();
        let mut section = "";
        for line in CODES.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(s) = line.strip_prefix('[').and_then(|s| s.strip_suffix(']')) {
                section = s;
                continue;
            }
            let mut cols = line.split('\t').map(str::trim);
            let (a, b) = (cols.next().unwrap_or(""), cols.next().unwrap_or(""));
            match section {
                "roles" => c.roles.extend(tri(a)),
                "role_aliases" => {
                    if let (Some(a), Some(b)) = (tri(a), tri(b)) {
                        c.aliases.insert(a, b);
                    }
                }
                "international" if !a.is_empty() && !b.is_empty() => c.international.push((a.to_string(), b.to_string())),
                _ => {}
            }
        }
        c.international.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        let mut role_at = vec![0u8; CODES3];
        for chunk in c.roles.iter().chain(c.aliases.keys()) {
            let place = code_index(*chunk).and_then(|i| role_at.get_mut(i));
            // (Precedences past 254 cannot be written: such a role is found by the lists.)
            if let (Some(x), Some((i, _))) = (place, c.role_slow(*chunk)) {
                *x = u8::try_from(i + 1).unwrap_or(0);
            }
        }
        c.role_at = role_at.into_boxed_slice();
        c
    })
}

impl Conventions {
    /// The role a 3-letter chunk stands for, with its precedence (lower first).
    #[inline]
    fn role(&self, chunk: [u8; 3]) -> Option<(usize, [u8; 3])> {
        let at = code_index(chunk).and_then(|i| self.role_at.get(i)).copied().unwrap_or(0);
        match at {
            0 if self.roles.len() < 255 => None,
            0 => self.role_slow(chunk),
            n => {
                let i = usize::from(n) - 1;
                self.roles.get(i).map(|&r| (i, r))
            }
        }
    }

    /// [`Conventions::role`] from the lists: the alias folded, then the role's place.
    fn role_slow(&self, chunk: [u8; 3]) -> Option<(usize, [u8; 3])> {
        let r = self.aliases.get(&chunk).copied().unwrap_or(chunk);
        self.roles.iter().position(|x| *x == r).map(|i| (i, r))
    }

    /// Is `code` a bare role code ("GOV", "CVL"), with no country?
    #[cfg(test)]
    pub fn is_role(&self, code: &str) -> bool {
        tri(code).is_some_and(|c| self.role(c).is_some())
    }

    /// Is `code` made of role codes only ("GOV", "GOVMED"), or empty (an unidentified
    /// attacker)? Such a code takes its country from the context.
    pub fn is_bare(&self, code: &str) -> bool {
        code.len().is_multiple_of(3)
            && code.is_ascii()
            && code.as_bytes().chunks_exact(3).all(|c| self.role([c[0], c[1], c[2]]).is_some())
    }

    /// Is `code` already written in the conventions? (A cheap test that spares most codes
    /// an allocation: a bare country, or a country and one role.)
    pub fn is_canonical(&self, code: &str, countries: &CodeSet) -> bool {
        let b = code.as_bytes();
        match b.len() {
            3 => tri(code).is_some_and(|c| countries.contains(&c) || self.role(c).is_some_and(|(_, r)| r == c)),
            6 => {
                tri(&code[..3]).is_some_and(|c| countries.contains(&c))
                    && tri(&code[3..]).is_some_and(|c| self.role(c).is_some_and(|(_, r)| r == c))
            }
            _ => false,
        }
    }

    /// The code written in the conventions. `countries`: the 3-letter codes of countries
    /// and regions, which may start a domestic code.
    pub fn canonical(&self, code: &str, countries: &CodeSet) -> String {
        if code.contains('/') || code.len() < 3 || !code.is_ascii() {
            return code.to_string();
        }
        if let Some((_, out)) = self.international.iter().find(|(p, _)| code.starts_with(p.as_str())) {
            return out.clone();
        }
        let b = code.as_bytes();
        let head = [b[0], b[1], b[2]];
        let domestic = countries.contains(&head);
        if !domestic && self.role(head).is_none() {
            return code.to_string(); // IGO…, NGO…, religions: as written
        }
        if !code.len().is_multiple_of(3) {
            return code.to_string();
        }
        let start = if domestic { 3 } else { 0 };
        let best =
            b[start..].chunks_exact(3).filter_map(|c| self.role([c[0], c[1], c[2]])).min_by_key(|(i, _)| *i).map(|(_, r)| r);
        let mut out = String::with_capacity(6);
        if domestic {
            out.push_str(&code[..3]);
        }
        if let Some(r) = best {
            out.extend(r.iter().map(|&x| x as char));
        }
        if out.is_empty() {
            code.to_string()
        } else {
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cues::HashSet;

    /// The precomputed roles answer what the lists do, for every chunk of capitals.
    #[test]
    fn role_equals_role_slow() {
        let c = conventions();
        let mut found = 0;
        for a in b'A'..=b'Z' {
            for b in b'A'..=b'Z' {
                for d in b'A'..=b'Z' {
                    assert_eq!(c.role([a, b, d]), c.role_slow([a, b, d]));
                    found += usize::from(c.role([a, b, d]).is_some());
                }
            }
        }
        assert!(found >= c.roles.len() && c.role([b'-', b'-', b'-']).is_none());
        // Chunks with bytes that are no capitals (the table has no place for them).
        for x in [b'@', b'[', b'a', b'g', b'z', b'0', b'-', 0, 0x80, 0xff] {
            for chunk in [[x, b'O', b'V'], [b'G', x, b'V'], [b'G', b'O', x], [x, x, x]] {
                assert_eq!(c.role(chunk), c.role_slow(chunk), "{chunk:?}");
            }
        }
    }

    /// [`CodeSet`] holds what a hash set of the same codes holds, for every three bytes of a
    /// small alphabet (capitals at both ends of the range, their neighbours, lower case).
    #[test]
    fn code_set_equals_hash_set() {
        let alphabet = [b'A', b'B', b'M', b'Y', b'Z', b'@', b'[', b'a', b'z', b'0', 0, 0xc3];
        let mut next = crate::test_rng(5);
        for round in 0..50 {
            let members: Vec<[u8; 3]> = (0..round * 3)
                .map(|_| [alphabet[next(alphabet.len())], alphabet[next(alphabet.len())], alphabet[next(alphabet.len())]])
                .collect();
            let set: CodeSet = members.iter().copied().collect();
            let capitals: HashSet<[u8; 3]> = members.iter().copied().filter(|c| c.iter().all(u8::is_ascii_uppercase)).collect();
            for &a in &alphabet {
                for &b in &alphabet {
                    for &d in &alphabet {
                        assert_eq!(set.contains(&[a, b, d]), capitals.contains(&[a, b, d]), "{:?}", [a, b, d]);
                    }
                }
            }
        }
        let all: CodeSet = [*b"AAA", *b"ZZZ"].into_iter().collect();
        assert!(all.contains(b"AAA") && all.contains(b"ZZZ") && !all.contains(b"ZZY") && !all.contains(b"AAB"));
    }

    #[test]
    fn canonical_codes() {
        let countries: CodeSet =
            ["ISR", "MLI", "RUS", "PSE", "YEM", "SDN", "USA", "KOR", "EUR"].iter().filter_map(|c| tri(c)).collect();
        let c = conventions();
        for (code, want) in [
            ("ISR", "ISR"),
            ("ISRGOVMIL", "ISRGOV"),
            ("MLIMILGOV", "MLIGOV"),
            ("RUSMILSPY", "RUSSPY"),
            ("USAGOVMED", "USAMED"),
            ("USAGOVBUS", "USABUS"),
            ("PSEREBHMS", "PSEREB"),
            ("PSEGZS", "PSE"),
            ("YEMINSHTH", "YEMREB"),
            ("SDNREBRSF", "SDNREB"),
            ("ISRSET", "ISRCVL"),
            ("KORGOVELI", "KORELI"),
            ("EURGOV", "EURGOV"),
            ("GOVMED", "MED"),
            ("GOV", "GOV"),
            ("OPPLEG", "OPP"),
            ("IGOUNOPKOUFL", "IGOUNO"),
            ("IGOUNOSCR", "IGOUNO"),
            ("IGOUNOWFP", "IGOUNOWFP"),
            ("IGOEUREEC", "IGOEUREEC"),
            ("NGOHRIHRW", "NGOHRI"),
            ("NGOHRIAMN", "NGOHRIAMN"),
            ("MOSSHI", "MOSSHI"),
            ("FRO/BIL", "FRO/BIL"),
            ("---GOV", "---GOV"),
            ("", ""),
            ("é", "é"),
        ] {
            assert_eq!(c.canonical(code, &countries), want, "{code}");
            if c.is_canonical(code, &countries) {
                assert_eq!(code, want, "{code} is not canonical");
            }
        }
        assert!(c.is_role("CVL") && c.is_role("INS") && !c.is_role("USA") && !c.is_role("GOVMIL"));
    }
}
