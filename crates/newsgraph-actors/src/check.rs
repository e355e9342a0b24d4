//! `newsgraph dict check`: malformed lines, duplicate and conflicting entries.
//!
//! Two names are the same when they normalise to the same token key (case, accents,
//! periods and hyphens ignored: "U.S." = "US", "al-Qaeda" = "Al Qaeda"). A name given
//! twice with the same code is a *duplicate*; with different codes, a *conflict* — the
//! matcher can only give one of them (the later file wins, then the first line).

use crate::dict::{Dictionary, NameForm, Problem, Source};
use crate::matcher::pattern_key;
use std::collections::HashMap;

/// What a check found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Duplicate, conflict or malformed line.
    pub severity: Severity,
    /// Where, and what.
    pub problem: Problem,
}

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// A line that could not be read.
    Malformed,
    /// The same name with two different codes (or the same code given twice for one actor kind).
    Conflict,
    /// The same name twice with the same code.
    Duplicate,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let s = match self.severity {
            Severity::Malformed => "error",
            Severity::Conflict => "conflict",
            Severity::Duplicate => "duplicate",
        };
        write!(f, "{}: {s}: {}", self.problem.origin, self.problem.message)
    }
}

fn describe(code: Option<&str>) -> String {
    code.map(|c| format!("[{c}]")).unwrap_or_else(|| "[no code]".into())
}

/// An entry's codes in short: the default, then dated codes with their periods.
fn describe_codes(c: &crate::dict::Codes) -> String {
    let mut parts: Vec<String> = c.default.iter().cloned().collect();
    parts.extend(c.dated.iter().map(|d| format!("{} {}", d.code.as_deref().unwrap_or("-"), period(d.from, d.until))));
    if parts.is_empty() {
        "[no code]".into()
    } else {
        format!("[{}]", parts.join("; "))
    }
}

/// Loads `sources` leniently and reports every malformed line, duplicate and conflict.
pub fn check(sources: &[Source<'_>]) -> Vec<Finding> {
    let mut out = Vec::new();
    let d = match Dictionary::load(sources, false) {
        Ok(d) => d,
        Err(e) => {
            // Lenient loading does not fail; keep the error anyway.
            out.push(Finding {
                severity: Severity::Malformed,
                problem: Problem {
                    origin: crate::dict::Origin { file: std::sync::Arc::from("?"), line: 0 },
                    message: e.to_string(),
                },
            });
            return out;
        }
    };
    out.extend(d.problems.iter().cloned().map(|problem| Finding { severity: Severity::Malformed, problem }));
    check_dictionary(&d, &mut out);
    out.sort_by(|a, b| {
        (a.problem.origin.file.as_ref(), a.problem.origin.line, a.severity).cmp(&(
            b.problem.origin.file.as_ref(),
            b.problem.origin.line,
            b.severity,
        ))
    });
    out
}

fn check_dictionary(d: &Dictionary, out: &mut Vec<Finding>) {
    // Names: key → (entry, name index) first seen.
    let mut seen: HashMap<String, (usize, usize)> = HashMap::new();
    for (ei, e) in d.entries.iter().enumerate() {
        let mut own: HashMap<String, usize> = HashMap::new();
        for (ni, n) in e.names.iter().enumerate() {
            let key = pattern_key(&n.text);
            if key.trim().is_empty() {
                continue;
            }
            if let Some(&first) = own.get(&key) {
                let f = &e.names[first];
                // Spelling variants that normalise alike ("Brasília", "Brasilia") are deliberate;
                // the same text written twice is not.
                if f.text.to_lowercase() == n.text.to_lowercase() && (f.form == n.form || f.form != NameForm::Capital) {
                    out.push(Finding {
                        severity: Severity::Duplicate,
                        problem: Problem {
                            origin: n.origin.clone(),
                            message: format!("{:?} is listed twice for {} (first at {})", n.text, e.name, f.origin),
                        },
                    });
                }
                continue;
            }
            own.insert(key.clone(), ni);
            match seen.get(&key) {
                None => {
                    seen.insert(key, (ei, ni));
                }
                Some(&(fe, fnm)) => {
                    let other = &d.entries[fe];
                    let on = &other.names[fnm];
                    let (c1, c2) = (&other.codes.default, &e.codes.default);
                    let same = c1 == c2
                        && other.codes.dated.len() == e.codes.dated.len()
                        && other
                            .codes
                            .dated
                            .iter()
                            .zip(&e.codes.dated)
                            .all(|(a, b)| (a.from, a.until, &a.code) == (b.from, b.until, &b.code));
                    let severity = if same { Severity::Duplicate } else { Severity::Conflict };
                    if same && on.text.to_lowercase() != n.text.to_lowercase() {
                        continue;
                    }
                    out.push(Finding {
                        severity,
                        problem: Problem {
                            origin: n.origin.clone(),
                            message: format!(
                                "{:?} names {} {} here and {} {} at {}",
                                n.text,
                                e.name,
                                describe_codes(&e.codes),
                                other.name,
                                describe_codes(&other.codes),
                                on.origin
                            ),
                        },
                    });
                }
            }
        }
        // Dated codes that overlap with different codes.
        let dated = &e.codes.dated;
        for (i, a) in dated.iter().enumerate() {
            for b in &dated[i + 1..] {
                // Periods that only share their boundary day (one ends the day the next begins) do not conflict.
                let overlap =
                    a.from.unwrap_or(0) < b.until.unwrap_or(u32::MAX) && b.from.unwrap_or(0) < a.until.unwrap_or(u32::MAX);
                if overlap && a.code != b.code && !e.petrarch {
                    out.push(Finding {
                        severity: Severity::Conflict,
                        problem: Problem {
                            origin: b.origin.clone(),
                            message: format!(
                                "{}: period {} overlaps the period at {} with another code ({} vs {})",
                                e.name,
                                period(b.from, b.until),
                                a.origin,
                                describe(b.code.as_deref()),
                                describe(a.code.as_deref())
                            ),
                        },
                    });
                }
            }
        }
    }
    // Agents.
    let mut aseen: HashMap<String, usize> = HashMap::new();
    for (ai, a) in d.agents.iter().enumerate() {
        let mut own = std::collections::HashSet::new();
        for f in &a.forms {
            let key = pattern_key(f);
            if key.trim().is_empty() || !own.insert(key.clone()) {
                continue;
            }
            match aseen.get(&key) {
                None => {
                    aseen.insert(key, ai);
                }
                Some(&first) => {
                    let o = &d.agents[first];
                    // The conventions file recodes earlier terms on purpose.
                    if a.origin.file.as_ref() == crate::dict::CONVENTIONS_AGENTS && o.origin.file != a.origin.file {
                        aseen.insert(key, ai);
                        continue;
                    }
                    let severity = if o.code == a.code { Severity::Duplicate } else { Severity::Conflict };
                    let same_text = o.forms.iter().any(|x| x.to_lowercase() == f.to_lowercase());
                    if severity == Severity::Duplicate && !same_text {
                        continue; // a spelling variant ("vice-minister", "vice minister")
                    }
                    out.push(Finding {
                        severity,
                        problem: Problem {
                            origin: a.origin.clone(),
                            message: format!("agent {:?} [{}] here and [{}] at {}", f, a.code.code(), o.code.code(), o.origin),
                        },
                    });
                }
            }
        }
    }
}

fn period(from: Option<u32>, until: Option<u32>) -> String {
    let d =
        |x: Option<u32>| x.map(|v| format!("{:04}-{:02}-{:02}", v / 10000, v / 100 % 100, v % 100)).unwrap_or_else(|| "…".into());
    format!("{}–{}", d(from), d(until))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dict::Format;

    #[test]
    fn duplicates_and_conflicts_name_file_and_line() {
        let countries = "CHN\tChina\tPRC\tChinese\tBeijing\nTWN\tTaiwan\tRepublic of China;PRC\tTaiwanese\tTaipei\nCHN\tChina again\tChina\t\t\n";
        let agents = "official\tGOV\t\nofficial\tGOV\t\ntroops\tMIL\t\ntroops\tCOP\t\nbroken line\n";
        let people = "A B\t\tUSAGOV\t2020-01-01\t2021-01-01\t\nA B\t\tUSALEG\t2020-06-01\t\t\n";
        let f = check(&[
            Source { name: "countries.tsv", text: countries, format: Format::Countries },
            Source { name: "agents.tsv", text: agents, format: Format::Agents },
            Source { name: "people.tsv", text: people, format: Format::People },
        ]);
        let lines: Vec<String> = f.iter().map(|x| x.to_string()).collect();
        let has = |s: &str| lines.iter().any(|l| l.starts_with(s));
        assert!(
            has("countries.tsv:2: conflict: \"PRC\" names Taiwan [TWN] here and China [CHN] at countries.tsv:1"),
            "{lines:#?}"
        );
        assert!(has("countries.tsv:3: duplicate: \"China\""), "{lines:#?}");
        assert!(has("agents.tsv:2: duplicate: agent \"official\""), "{lines:#?}");
        assert!(has("agents.tsv:4: conflict: agent \"troops\" [COP] here and [MIL] at agents.tsv:3"), "{lines:#?}");
        assert!(has("agents.tsv:5: error:"), "{lines:#?}");
        assert!(has("people.tsv:2: conflict: A B: period"), "{lines:#?}");
    }
}
