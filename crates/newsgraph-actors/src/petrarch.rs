//! Importer for PETRARCH / TABARI actor and agent dictionaries.
//!
//! Actors (`.actors.txt`):
//!
//! ```text
//! UNITED_STATES  [USA]            # primary phrase and default code
//! +U.S.                           # synonyms share the entry's codes
//! SAM_GAMGEE [HOB]
//!     [HOBGOV 20121109-20130119]  # an indented code line: date-restricted code
//!     [HOBELI >20130119]          # after (strictly) that day; `<` before
//! ZIMBABWE
//!     [RHO <790606]               # YYMMDD: 00–30 → 20YY, else 19YY
//!     [ZBW]                       # an undated code line sets the default
//! ```
//!
//! Agents (`.agents.txt`):
//!
//! ```text
//! !PERSON! = MAN, MEN, WOMAN, WOMEN        # a substitution set
//! CONGRESS!PERSON! [~LEG]                  # expands to CONGRESSMAN, CONGRESSMEN, …
//! POLICE {} [~COP]                         # {}: no plural
//! ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]   # explicit plural
//! FOREIGN_MINISTER [~GOV]                  # regular plural: +S, +ES after S, Y → IES
//! HUMAN_RIGHTS_BODY [NGO~]                 # a prefix agent: NGO + actor
//! ```
//!
//! `_` and spaces both join words (matched as consecutive words); a trailing `_` is
//! ignored. Comments: lines starting with `#` or `<!`, `<!-- … -->` blocks (which may
//! span lines), and ` #` or `;` to the end of a line. `---STOP---` ends a file.
//! Dated codes are tried in file order; the first that covers the article's date wins.

use crate::dict::{
    valid_ymd, with_plurals_petrarch, Agent, AgentCode, Codes, Dated, Dictionary, Entry, EntryKind, Name, NameForm, Origin,
    Problem, Source,
};
use std::sync::Arc;

/// Yields `(line number, content)` for every non-comment line, comments removed.
fn lines<'a>(text: &'a str) -> impl Iterator<Item = (usize, &'a str)> + 'a {
    let mut in_comment = false;
    text.lines().enumerate().filter_map(move |(i, raw)| {
        let mut line = raw.trim_end_matches('\r');
        if in_comment {
            match line.find("-->") {
                Some(p) => {
                    in_comment = false;
                    line = &line[p + 3..];
                    if line.trim().is_empty() {
                        return None;
                    }
                }
                None => return None,
            }
        }
        if line.contains("---STOP---") {
            in_comment = true; // nothing after a STOP line is read
            return None;
        }
        let t = line.trim_start();
        if t.starts_with('#') || t.is_empty() {
            return None;
        }
        if t.starts_with("<!") {
            if !t.contains("-->") && t.starts_with("<!--") {
                in_comment = true;
            }
            return None;
        }
        // Inline comments: " #" or "\t#", and the legacy ";".
        let mut cut = line.len();
        let b = line.as_bytes();
        for (k, c) in line.char_indices() {
            if (c == '#' && k > 0 && (b[k - 1] == b' ' || b[k - 1] == b'\t' || b[k - 1] == b']')) || c == ';' {
                cut = k;
                break;
            }
        }
        let content = &line[..cut];
        (!content.trim().is_empty()).then_some((i + 1, content))
    })
}

/// `ARNOR_` → `ARNOR`; `GAZA_CITY` → `GAZA CITY`.
fn phrase(s: &str) -> String {
    s.replace('_', " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `GAZA CITY` → `Gaza City`.
fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            if w.contains('.') {
                return w.to_string();
            }
            let mut out = String::new();
            for (i, part) in w.split('-').enumerate() {
                if i > 0 {
                    out.push('-');
                }
                let mut cs = part.chars();
                if let Some(f) = cs.next() {
                    out.extend(f.to_uppercase());
                    out.push_str(&cs.as_str().to_lowercase());
                }
            }
            out
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A PETRARCH date: `YYYYMMDD`, or `YYMMDD` with 00–30 → 20YY.
fn petr_date(s: &str) -> Option<u32> {
    let s = s.trim();
    if !s.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let n: u32 = match s.len() {
        8 => s.parse().ok()?,
        6 => {
            let yy: u32 = s[..2].parse().ok()?;
            let rest: u32 = s[2..].parse().ok()?;
            (if yy <= 30 { 2000 + yy } else { 1900 + yy }) * 10000 + rest
        }
        _ => return None,
    };
    valid_ymd(n).then_some(n)
}

/// One `[CODE restriction]` block.
enum Block {
    Default(String),
    Dated(Option<u32>, Option<u32>, String),
}

fn parse_block(inner: &str) -> Result<Block, String> {
    let inner = inner.trim();
    let (code, rest) = match inner.find(char::is_whitespace) {
        Some(p) => (&inner[..p], inner[p..].trim()),
        None => (inner, ""),
    };
    // A date glued to the code ("[RHO<790606]").
    let (code, rest) = match code.find(['<', '>']) {
        Some(p) if rest.is_empty() => (&code[..p], &code[p..]),
        _ => (code, rest),
    };
    let code = code.trim().to_ascii_uppercase();
    if code.is_empty() || !code.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '+' | '#' | '/' | '~' | '_')) {
        return Err(format!("invalid code {code:?}"));
    }
    if rest.is_empty() {
        return Ok(Block::Default(code));
    }
    let bad = || format!("cannot read the date restriction {rest:?} (use <YYYYMMDD, >YYYYMMDD or YYYYMMDD-YYYYMMDD)");
    if let Some(d) = rest.strip_prefix('<') {
        let d = petr_date(d).ok_or_else(bad)?;
        return Ok(Block::Dated(None, Some(d - 1), code));
    }
    if let Some(d) = rest.strip_prefix('>') {
        let d = petr_date(d).ok_or_else(bad)?;
        return Ok(Block::Dated(Some(d + 1), None, code));
    }
    if let Some((a, b)) = rest.split_once('-') {
        let (a, b) = (petr_date(a).ok_or_else(bad)?, petr_date(b).ok_or_else(bad)?);
        if b < a {
            return Err(format!("end date before start date in {rest:?}"));
        }
        return Ok(Block::Dated(Some(a), Some(b), code));
    }
    Err(bad())
}

/// Splits `NAME [A][B 9901-...]` into the name part and the bracket contents.
fn split_blocks(line: &str) -> Result<(&str, Vec<&str>), String> {
    let Some(first) = line.find('[') else { return Ok((line, Vec::new())) };
    let mut blocks = Vec::new();
    let mut rest = &line[first..];
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find(']') else { return Err("missing ']'".into()) };
        blocks.push(&rest[open + 1..open + close]);
        rest = &rest[open + close + 1..];
    }
    Ok((&line[..first], blocks))
}

fn kind_of(code: Option<&str>) -> EntryKind {
    let Some(c) = code else { return EntryKind::Organization };
    if c.starts_with("IGO") {
        EntryKind::Igo
    } else if c.len() == 3 && c.chars().all(|x| x.is_ascii_alphabetic()) {
        EntryKind::Country
    } else if ["REB", "MIL", "INS", "UAF", "SEP"].iter().any(|g| c.get(3..).is_some_and(|r| r.contains(g))) {
        EntryKind::Group
    } else {
        EntryKind::Organization
    }
}

/// Reads an actor dictionary into `d`.
pub(crate) fn read_actors(src: &Source<'_>, d: &mut Dictionary, problems: &mut Vec<Problem>) {
    let file: Arc<str> = Arc::from(src.name);
    let mut current: Option<usize> = None;
    let finish = |d: &mut Dictionary, cur: Option<usize>| {
        if let Some(i) = cur {
            let e = &mut d.entries[i];
            let first = e.codes.default.clone().or_else(|| e.codes.dated.iter().find_map(|x| x.code.clone()));
            e.kind = kind_of(first.as_deref());
        }
    };
    for (ln, line) in lines(src.text) {
        let origin = Origin { file: file.clone(), line: ln };
        let indented = line.starts_with([' ', '\t']);
        let t = line.trim();
        if indented && t.starts_with('[') {
            let Some(i) = current else {
                problems.push(Problem { origin, message: "code line without an actor above it".into() });
                continue;
            };
            match split_blocks(t) {
                Ok((_, blocks)) => {
                    for b in blocks {
                        match parse_block(b) {
                            Ok(Block::Default(c)) => {
                                let codes = &mut d.entries[i].codes;
                                if codes.default.is_none() {
                                    codes.default = Some(c);
                                } else {
                                    problems
                                        .push(Problem { origin: origin.clone(), message: format!("second default code [{c}]") });
                                }
                            }
                            Ok(Block::Dated(from, until, c)) => d.entries[i].codes.dated.push(Dated {
                                from,
                                until,
                                code: Some(c),
                                role: None,
                                origin: origin.clone(),
                            }),
                            Err(m) => problems.push(Problem { origin: origin.clone(), message: m }),
                        }
                    }
                }
                Err(m) => problems.push(Problem { origin, message: m }),
            }
            continue;
        }
        if let Some(syn) = t.strip_prefix('+') {
            let Some(i) = current else {
                problems.push(Problem { origin, message: "synonym without an actor above it".into() });
                continue;
            };
            let name = phrase(split_blocks(syn).map(|x| x.0).unwrap_or(syn));
            if name.is_empty() {
                problems.push(Problem { origin, message: "empty synonym".into() });
                continue;
            }
            d.entries[i].names.push(Name { text: name, form: NameForm::Name, origin, acronym: false });
            continue;
        }
        // A primary phrase, with or without codes.
        finish(d, current);
        current = None;
        let (name_part, blocks) = match split_blocks(t) {
            Ok(x) => x,
            Err(m) => {
                problems.push(Problem { origin, message: m });
                continue;
            }
        };
        let name = phrase(name_part);
        if name.is_empty() {
            problems.push(Problem { origin, message: "missing actor phrase".into() });
            continue;
        }
        let mut codes = Codes::default();
        for b in blocks {
            match parse_block(b) {
                Ok(Block::Default(c)) if codes.default.is_none() => codes.default = Some(c),
                Ok(Block::Default(c)) => {
                    problems.push(Problem { origin: origin.clone(), message: format!("second default code [{c}]") })
                }
                Ok(Block::Dated(from, until, c)) => {
                    codes.dated.push(Dated { from, until, code: Some(c), role: None, origin: origin.clone() })
                }
                Err(m) => problems.push(Problem { origin: origin.clone(), message: m }),
            }
        }
        d.entries.push(Entry {
            name: title_case(&name),
            kind: EntryKind::Organization,
            org_kind: None,
            codes,
            names: vec![Name { text: name, form: NameForm::Name, origin: origin.clone(), acronym: false }],
            origin,
            petrarch: true,
        });
        current = Some(d.entries.len() - 1);
    }
    finish(d, current);
}

/// Reads an agent dictionary into `d`.
pub(crate) fn read_agents(src: &Source<'_>, d: &mut Dictionary, problems: &mut Vec<Problem>) {
    let file: Arc<str> = Arc::from(src.name);
    let mut sets: std::collections::HashMap<String, Vec<String>> = std::collections::HashMap::new();
    for (ln, line) in lines(src.text) {
        let origin = Origin { file: file.clone(), line: ln };
        let t = line.trim();
        if t.contains('!') && t.contains('=') && !t.contains('[') {
            // !MARKER! = A, B, C
            let mut parts = t.splitn(2, '=');
            let marker = parts.next().unwrap_or("").trim();
            let items = parts.next().unwrap_or("");
            let Some(m) =
                marker.strip_prefix('!').and_then(|m| m.strip_suffix('!')).filter(|m| !m.is_empty() && !m.contains('!'))
            else {
                problems.push(Problem { origin, message: format!("substitution set marker {marker:?} is not !NAME!") });
                continue;
            };
            let list: Vec<String> = items.split(',').map(|x| x.trim().to_string()).filter(|x| !x.is_empty()).collect();
            if list.is_empty() {
                problems.push(Problem { origin, message: format!("substitution set !{m}! is empty") });
                continue;
            }
            sets.insert(m.to_string(), list);
            continue;
        }
        let (agent_part, blocks) = match split_blocks(t) {
            Ok(x) => x,
            Err(m) => {
                problems.push(Problem { origin, message: m });
                continue;
            }
        };
        let Some(block) = blocks.first() else {
            problems.push(Problem { origin, message: "agent without a [code]".into() });
            continue;
        };
        let Some(code) = AgentCode::parse(block) else {
            problems.push(Problem { origin, message: format!("invalid agent code [{}] (use ~GOV or NGO~)", block.trim()) });
            continue;
        };
        let agent_part = agent_part.trim();
        let (forms, term): (Vec<String>, String) = if agent_part.contains('!') {
            match expand(agent_part, &sets) {
                Ok(v) => {
                    let v: Vec<String> = v.iter().map(|x| phrase(x)).collect();
                    let term = v.first().cloned().unwrap_or_default();
                    (v, term)
                }
                Err(m) => {
                    problems.push(Problem { origin, message: m });
                    continue;
                }
            }
        } else if let Some(open) = agent_part.find('{') {
            let Some(close) = agent_part[open..].find('}') else {
                problems.push(Problem { origin, message: "missing '}'".into() });
                continue;
            };
            let term = phrase(&agent_part[..open]);
            let plural = phrase(&agent_part[open + 1..open + close]);
            let mut v = vec![term.clone()];
            if !plural.is_empty() {
                v.push(plural);
            }
            (v, term)
        } else {
            let term = phrase(agent_part);
            (with_plurals_petrarch(&term), term)
        };
        if term.is_empty() {
            problems.push(Problem { origin, message: "missing agent phrase".into() });
            continue;
        }
        d.agents.push(Agent { term: term.to_lowercase(), forms, code, origin });
    }
}

/// Expands every `!MARKER!` in `s` with its substitution set.
fn expand(s: &str, sets: &std::collections::HashMap<String, Vec<String>>) -> Result<Vec<String>, String> {
    let Some(a) = s.find('!') else { return Ok(vec![s.to_string()]) };
    let Some(b) = s[a + 1..].find('!').map(|b| a + 1 + b) else {
        return Err(format!("substitution marker in {s:?} is not closed"));
    };
    let marker = &s[a + 1..b];
    let Some(items) = sets.get(marker) else { return Err(format!("substitution set !{marker}! is not defined above")) };
    let mut out = Vec::new();
    for it in items {
        for rest in expand(&s[b + 1..], sets)? {
            out.push(format!("{}{}{}", &s[..a], it, rest));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dict::Format;

    const ACTORS: &str = "<!-- TEST ACTORS\n  a comment that spans\n  lines -->\n\
ARNOR_ [ARN]\n+ARNORIAN # demonym\nGONDOR [GON]\n+MINAS_TIRITH\n\
THE_SHIRE [FRO/BIL/SAM]\n\
TOM_BOMBADIL [WLD]\n\t[WLDGOV 20050101-20051231] # in office\n\t[WLDELI >20051231]\n\
OLD_KINGDOM\n\t[OKD <911226]\n\
RHUDAUR\n\t[RHU <790606]\n\t[RHD]#late default\n\
# a comment line\nWHITE_TOWER [GONGOV] ; legacy comment\n---STOP---\nNOT_READ [XXX]\n";

    const AGENTS: &str = "!PERSON! = MAN, MEN, WOMAN, WOMEN\n\
FOREIGN_MINISTER [~GOV]\nPOLICE {} [ ~COP]\nGOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\nCONGRESS!PERSON! [~LEG]\n\
AUTHORITY [~GOV]\nRIGHTS_BODY [NGO~]\nBROKEN [\n";

    fn load() -> (Dictionary, Vec<Problem>) {
        let mut d = Dictionary::default();
        let mut p = Vec::new();
        read_actors(&Source { name: "t.actors.txt", text: ACTORS, format: Format::PetrarchActors }, &mut d, &mut p);
        read_agents(&Source { name: "t.agents.txt", text: AGENTS, format: Format::PetrarchAgents }, &mut d, &mut p);
        (d, p)
    }

    #[test]
    fn actors() {
        let (d, p) = load();
        let names: Vec<&str> = d.entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Arnor", "Gondor", "The Shire", "Tom Bombadil", "Old Kingdom", "Rhudaur", "White Tower"]);
        assert_eq!(d.entries[0].names[1].text, "ARNORIAN");
        assert_eq!(d.entries[1].names[1].text, "MINAS TIRITH");
        let tom = &d.entries[3].codes;
        assert_eq!(tom.at(Some(20040101)).0, Some("WLD"));
        assert_eq!(tom.at(Some(20050601)).0, Some("WLDGOV"));
        assert_eq!(tom.at(Some(20051231)).0, Some("WLDGOV"));
        assert_eq!(tom.at(Some(20060101)).0, Some("WLDELI"));
        let old = &d.entries[4].codes;
        assert_eq!(old.at(Some(19911225)).0, Some("OKD"));
        assert_eq!(old.at(Some(19911226)).0, None);
        let rh = &d.entries[5].codes;
        assert_eq!(rh.at(Some(19790605)).0, Some("RHU"));
        assert_eq!(rh.at(Some(19790606)).0, Some("RHD"));
        assert_eq!(d.entries[6].codes.default.as_deref(), Some("GONGOV"));
        assert_eq!(d.entries[0].origin.line, 4);
        assert!(p.iter().all(|x| x.origin.file.as_ref() == "t.agents.txt"), "{p:?}");
    }

    #[test]
    fn agents() {
        let (d, p) = load();
        let forms = |t: &str| d.agents.iter().find(|a| a.term == t).map(|a| a.forms.clone()).unwrap_or_default();
        assert_eq!(forms("foreign minister"), ["FOREIGN MINISTER", "FOREIGN MINISTERS"]);
        assert_eq!(forms("police"), ["POLICE"]);
        assert_eq!(forms("golden goose"), ["GOLDEN GOOSE", "GOLDEN GEESE"]);
        assert_eq!(forms("authority"), ["AUTHORITY", "AUTHORITIES"]);
        assert_eq!(forms("congressman"), ["CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN", "CONGRESSWOMEN"]);
        assert_eq!(d.agents.iter().find(|a| a.term == "rights body").unwrap().code, AgentCode::Prefix("NGO".into()));
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].origin.line, 8);
    }

    #[test]
    fn dates() {
        assert_eq!(petr_date("790606"), Some(19790606));
        assert_eq!(petr_date("090120"), Some(20090120));
        assert_eq!(petr_date("20100931"), None);
        assert_eq!(petr_date("2010"), None);
    }
}
