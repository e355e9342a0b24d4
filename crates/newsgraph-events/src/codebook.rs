//! The CAMEO code table (name, GDELT Goldstein score, GDELT QuadClass) and the
//! CAMEO → PLOVER map, compiled from `data/cameo/codes.tsv` and `data/cameo/plover.tsv`.

use std::collections::HashMap;

const CODES_TSV: &str = include_str!("../../../data/cameo/codes.tsv");
const PLOVER_TSV: &str = include_str!("../../../data/cameo/plover.tsv");

/// One CAMEO event code.
#[derive(Debug, Clone, PartialEq)]
pub struct CameoCode {
    /// The code ("163").
    pub code: String,
    /// Its CAMEO name.
    pub name: String,
    /// GDELT's Goldstein scale score.
    pub goldstein: f32,
    /// GDELT QuadClass 1–4.
    pub quad_class: u8,
    /// PLOVER type, when the map gives one.
    pub plover_type: Option<String>,
    /// PLOVER mode, when the map gives one.
    pub plover_mode: Option<String>,
}

/// The CAMEO codebook: every code newsgraph can emit.
#[derive(Debug, Clone)]
pub struct Codebook {
    codes: HashMap<String, CameoCode>,
}

impl Codebook {
    /// The built-in table (311 codes).
    pub fn builtin() -> Self {
        let mut codes = HashMap::new();
        for line in CODES_TSV.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 4 || !f[0].bytes().all(|b| b.is_ascii_digit()) || f[0].is_empty() {
                continue;
            }
            let (Ok(goldstein), Ok(quad_class)) = (f[2].parse(), f[3].parse()) else { continue };
            codes.insert(
                f[0].to_string(),
                CameoCode {
                    code: f[0].to_string(),
                    name: f[1].to_string(),
                    goldstein,
                    quad_class,
                    plover_type: None,
                    plover_mode: None,
                },
            );
        }
        for line in PLOVER_TSV.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 2 || line.starts_with('#') {
                continue;
            }
            if let Some(c) = codes.get_mut(f[0]) {
                c.plover_type = Some(f[1].to_string());
                c.plover_mode = f.get(2).filter(|m| !m.is_empty()).map(|m| m.to_string());
            }
        }
        Codebook { codes }
    }

    /// Looks a code up.
    pub fn get(&self, code: &str) -> Option<&CameoCode> {
        self.codes.get(code)
    }

    /// Number of codes.
    pub fn len(&self) -> usize {
        self.codes.len()
    }

    /// True when the table is empty (never for the built-in one).
    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }

    /// All codes, unordered.
    pub fn iter(&self) -> impl Iterator<Item = &CameoCode> {
        self.codes.values()
    }
}

/// The CAMEO root of a code: its first two characters ("1312" → "13").
pub fn root(code: &str) -> &str {
    code.get(..2).unwrap_or(code)
}

/// The root as a number, when the code starts with two digits.
pub fn root_num(code: &str) -> Option<u8> {
    root(code).parse().ok()
}

/// True for an act that two parties do with each other, so that "X and Y <act>" with no
/// other party means X→Y and Y→X: agreeing or intending to cooperate, meet or settle (030, 031x,
/// 036, 037), consulting by phone, at a third place or in negotiation (040, 041, 044, 046),
/// diplomatic and material cooperation and signed agreements (050, 057, 060–064), a ceasefire
/// (0871), and fighting (190, 193, 194). Not the one-sided acts of the same roots (a visit, a
/// pledge of aid, praise, an apology) nor statements, demands, refusals, threats or blows that
/// have one doer ("Barr and Ross refused to hand over the documents": no event between them).
pub fn is_mutual_act(code: &str) -> bool {
    matches!(
        code,
        "030"
            | "031"
            | "0311"
            | "0312"
            | "0313"
            | "0314"
            | "036"
            | "037"
            | "040"
            | "041"
            | "044"
            | "046"
            | "050"
            | "057"
            | "060"
            | "061"
            | "062"
            | "063"
            | "064"
            | "0871"
            | "190"
            | "193"
            | "194"
    )
}

/// GDELT QuadClass for a root (1: 01–05, 2: 06–09, 3: 10–14, 4: 15–20).
pub fn quad_of_root(root: u8) -> u8 {
    match root {
        1..=5 => 1,
        6..=9 => 2,
        10..=14 => 3,
        15..=20 => 4,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn table_has_all_311_codes_and_twenty_roots() {
        let cb = Codebook::builtin();
        assert_eq!(cb.len(), 311);
        for r in 1..=20 {
            assert!(cb.get(&format!("{r:02}")).is_some(), "root {r}");
        }
        for c in cb.iter() {
            assert_eq!(c.quad_class, quad_of_root(root_num(&c.code).unwrap()), "{}", c.code);
            assert!((-10.0..=10.0).contains(&c.goldstein));
        }
        assert_eq!(cb.get("163").unwrap().goldstein, -8.0);
        assert_eq!(cb.get("057").unwrap().plover_type.as_deref(), Some("SUPPORT"));
    }

    /// Compares our table with GDELT's lookup files when the shared evaluation data exists.
    #[test]
    fn matches_gdelt_table_when_present() {
        let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/events/cameo/cameo_codes_goldstein_quad.tsv");
        let Ok(text) = std::fs::read_to_string(&p) else {
            eprintln!("skipped: {} missing", p.display());
            return;
        };
        let cb = Codebook::builtin();
        let mut n = 0;
        for line in text.lines().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 8 {
                continue;
            }
            let ours = cb.get(f[0]).unwrap_or_else(|| panic!("missing {}", f[0]));
            assert_eq!(ours.goldstein, f[5].parse::<f32>().unwrap(), "goldstein {}", f[0]);
            assert_eq!(ours.quad_class, f[7].parse::<u8>().unwrap(), "quad {}", f[0]);
            n += 1;
        }
        assert_eq!(n, 311);
    }

    /// Checks our CAMEO→PLOVER types against the PLOVER project's table when present.
    #[test]
    fn plover_types_match_reference_when_present() {
        let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/events/plover/CAMEO2PLOVER-2021.txt");
        let Ok(text) = std::fs::read_to_string(&p) else {
            eprintln!("skipped: {} missing", p.display());
            return;
        };
        let cb = Codebook::builtin();
        // A code may be listed twice (root 08 is both CONCEDE and RETREAT): any listed type agrees.
        let mut reference: std::collections::BTreeMap<&str, Vec<&str>> = Default::default();
        for line in text.lines() {
            let Some((code, rest)) = line.split_once(':') else { continue };
            if code.is_empty() || !code.bytes().all(|b| b.is_ascii_digit()) {
                continue;
            }
            let ty = rest.split(['#', ',']).next().unwrap_or("").trim();
            if !ty.is_empty() {
                reference.entry(code).or_default().push(ty);
            }
        }
        let (mut agree, mut total) = (0, 0);
        for (code, types) in reference {
            let Some(ours) = cb.get(code) else { continue };
            total += 1;
            let ours = ours.plover_type.as_deref().unwrap_or("");
            assert!(types.contains(&ours), "PLOVER type for {code}: ours {ours:?}, reference {types:?}");
            agree += 1;
        }
        assert!(total > 250 && agree == total);
    }
}
