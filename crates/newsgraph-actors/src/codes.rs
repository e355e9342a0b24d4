//! Output codes: the conventions the stage writes its codes in (`data/codes.txt`).
//!
//! A domestic actor is a country (or region) code plus one role at most: stacked roles
//! keep the one that takes precedence (`ISRGOVMIL` → `ISRGOV`, `MLIMILGOV` → `MLIGOV`,
//! `RUSMILSPY` → `RUSSPY`), Phoenix role aliases are folded (`YEMINSHTH` → `YEMREB`), and
//! organisation and region suffixes are dropped (`PSEREBHMS` → `PSEREB`, `PSEGZS` → `PSE`).
//! International codes are written as the longest prefix listed (`IGOUNOPKOUFL` → `IGOUNO`).

use crate::cues::{HashMap, HashSet};
use std::sync::OnceLock;

/// The conventions, read once from `data/codes.txt`.
#[derive(Debug, Default)]
pub(crate) struct Conventions {
    /// Role codes, in order of precedence (index 0 first).
    roles: Vec<[u8; 3]>,
    /// Phoenix role codes folded onto a role ("INS" → "REB").
    aliases: HashMap<[u8; 3], [u8; 3]>,
    /// International prefixes and their output codes, longest first.
    international: Vec<(String, String)>,
    /// What [`Conventions::role`] answers, for every chunk it answers something for (a role
    /// or an alias): one probe instead of an alias probe and a scan of the roles.
    role_of: HashMap<[u8; 3], (usize, [u8; 3])>,
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
        let chunks: Vec<[u8; 3]> = c.roles.iter().chain(c.aliases.keys()).copied().collect();
        for chunk in chunks {
            if let Some(x) = c.role_slow(chunk) {
                c.role_of.insert(chunk, x);
            }
        }
        c
    })
}

impl Conventions {
    /// The role a 3-letter chunk stands for, with its precedence (lower first).
    #[inline]
    fn role(&self, chunk: [u8; 3]) -> Option<(usize, [u8; 3])> {
        self.role_of.get(&chunk).copied()
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
    pub fn is_canonical(&self, code: &str, countries: &HashSet<[u8; 3]>) -> bool {
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
    pub fn canonical(&self, code: &str, countries: &HashSet<[u8; 3]>) -> String {
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
    }

    #[test]
    fn canonical_codes() {
        let countries: HashSet<[u8; 3]> =
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
