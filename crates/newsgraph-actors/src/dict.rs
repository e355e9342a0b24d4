//! The dictionary model: entries (countries, regions, IGOs, organisations, people),
//! agents, and date-restricted codes, plus the loader of newsgraph's own TSV files.
//!
//! The formats are documented in `docs/dictionaries.md`. Every entry and name keeps
//! the file and line it came from, for `newsgraph dict check` and error messages.

use crate::Error;
use newsgraph_core::model::ActorKind;
use std::sync::Arc;

/// Where something was read: file name and 1-based line.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Origin {
    /// File name (as given, or `builtin:countries.tsv`).
    pub file: Arc<str>,
    /// 1-based line number.
    pub line: usize,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// The dictionary file formats newsgraph reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// `CODE NAME ALIASES DEMONYMS CAPITALS`.
    Countries,
    /// `CODE NAMES [DEMONYMS]`: adjectives in DEMONYMS are actors only with an agent.
    Regions,
    /// `CODE NAME ALIASES`.
    Igos,
    /// `TERM CODE NOTE`.
    Agents,
    /// `CODE KIND NAME ALIASES`.
    Organizations,
    /// `NAME ALIASES CODE FROM UNTIL ROLE`.
    People,
    /// `COUNTRY_CODE NAME ALIASES`: places inside a country (cities, states, provinces).
    Places,
    /// A PETRARCH / TABARI `.actors` file.
    PetrarchActors,
    /// A PETRARCH / TABARI `.agents` file.
    PetrarchAgents,
}

impl Format {
    /// The format of a built-in file, from its file name (`countries.tsv` → `Countries`).
    pub fn from_file_name(name: &str) -> Option<Format> {
        let base = name.rsplit(['/', '\\']).next().unwrap_or(name).to_ascii_lowercase();
        Some(match base.as_str() {
            "countries.tsv" => Format::Countries,
            "regions.tsv" => Format::Regions,
            "igos.tsv" => Format::Igos,
            "agents.tsv" => Format::Agents,
            "organizations.tsv" => Format::Organizations,
            "people.tsv" => Format::People,
            "places.tsv" => Format::Places,
            b if b.ends_with(".agents.txt") || b.ends_with("agents.txt") => Format::PetrarchAgents,
            b if b.ends_with(".actors.txt") || b.ends_with("actors.txt") => Format::PetrarchActors,
            _ => return None,
        })
    }
}

/// One dictionary text to load.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    /// Name used in messages (a path, or `builtin:countries.tsv`).
    pub name: &'a str,
    /// The file's text.
    pub text: &'a str,
    /// Its format.
    pub format: Format,
}

/// What an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntryKind {
    /// A country.
    Country,
    /// A region or bloc.
    Region,
    /// An international governmental organisation.
    Igo,
    /// A named person.
    Person,
    /// A company, outlet, party or NGO.
    Organization,
    /// An armed or militant group.
    Group,
}

impl EntryKind {
    /// The output kind.
    pub fn actor_kind(self) -> ActorKind {
        match self {
            EntryKind::Country => ActorKind::Country,
            EntryKind::Region => ActorKind::Region,
            EntryKind::Igo => ActorKind::Igo,
            EntryKind::Person => ActorKind::Person,
            EntryKind::Organization => ActorKind::Organization,
            EntryKind::Group => ActorKind::Group,
        }
    }
}

/// How a name refers to its entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameForm {
    /// The canonical name or an alias.
    Name,
    /// A demonym ("Chinese").
    Demonym,
    /// A capital city, standing for the government ("Beijing said").
    Capital,
    /// A place inside a country ("Texas"): the country's code when it acts, none after "in".
    Place,
}

/// A code valid during a period (both ends inclusive, dates as `YYYYMMDD` numbers).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dated {
    /// First day, or open.
    pub from: Option<u32>,
    /// Last day, or open.
    pub until: Option<u32>,
    /// The code during the period (None: no code, e.g. an actor that ceased to exist).
    pub code: Option<String>,
    /// The role during the period ("president").
    pub role: Option<String>,
    /// Where it was written.
    pub origin: Origin,
}

impl Dated {
    fn contains(&self, date: u32) -> bool {
        self.from.is_none_or(|f| date >= f) && self.until.is_none_or(|u| date <= u)
    }
}

/// An entry's codes: a default plus date-restricted ones (the first that covers the date wins).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Codes {
    /// The code when no restriction applies.
    pub default: Option<String>,
    /// The role when no restriction applies.
    pub default_role: Option<String>,
    /// Date-restricted codes in file order.
    pub dated: Vec<Dated>,
}

impl Codes {
    /// The code and role for an article dated `date` (`YYYYMMDD`): the first dated row that
    /// covers the date, else the default row.
    ///
    /// Without a date the article is taken to be current: the open-ended row (empty UNTIL)
    /// that starts last, if any; else the default row, which in the dictionaries describes
    /// the person after (or outside) every dated term — "Former President" → `USAELI`;
    /// else the most recent dated row. (The default row is usually *not* the current code
    /// of someone in office: Wang Yi's default is `CHNELI`, his open row `CHNGOV`.)
    pub fn at(&self, date: Option<u32>) -> (Option<&str>, Option<&str>) {
        let hit = match date {
            Some(d) => self.dated.iter().find(|x| x.contains(d)),
            None => {
                let open = self.dated.iter().filter(|x| x.until.is_none()).max_by_key(|x| x.from.unwrap_or(0));
                match open {
                    Some(x) => Some(x),
                    None if self.default.is_some() || self.default_role.is_some() => None,
                    None => self.dated.iter().max_by_key(|x| (x.until.unwrap_or(u32::MAX), x.from.unwrap_or(0))),
                }
            }
        };
        match hit {
            Some(x) => (x.code.as_deref(), x.role.as_deref()),
            None => (self.default.as_deref(), self.default_role.as_deref()),
        }
    }
}

/// One name of an entry, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    /// The name as written in the dictionary ("United States", "U.S.").
    pub text: String,
    /// Name, demonym or capital.
    pub form: NameForm,
    /// Where it was written.
    pub origin: Origin,
    /// Written in capitals ("UN", "NATO"): the text must be in capitals too.
    pub acronym: bool,
}

/// A named actor: country, region, IGO, organisation or person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Canonical name ("China", "Wang Yi").
    pub name: String,
    /// What it is.
    pub kind: EntryKind,
    /// The organisation kind column (`group`, `party`, `company`, `media`, `ngo`), when given.
    pub org_kind: Option<String>,
    /// Codes.
    pub codes: Codes,
    /// Every name that refers to the entry.
    pub names: Vec<Name>,
    /// Where the entry starts.
    pub origin: Origin,
    /// From a PETRARCH file (names matched without the acronym rule).
    pub petrarch: bool,
}

/// How an agent code combines with an actor code.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AgentCode {
    /// `~GOV`: appended (`CHN` + `GOV` → `CHNGOV`).
    Suffix(String),
    /// `NGO~`: prepended (`NGO` + `ARN` → `NGOARN`).
    Prefix(String),
    /// International generic codes (`IGO…`, `NGO`, `NGM`, `MNC`, `INT`, `UIS`) in newsgraph's
    /// agents file: they stand on their own ("Senegalese peacekeepers" → `IGOPKO`).
    Standalone(String),
}

impl AgentCode {
    /// Parses `~GOV`, `GOV` (suffix) or `NGO~` (prefix).
    pub fn parse(s: &str) -> Option<AgentCode> {
        let s = s.trim();
        // `~` alone: an agent with no role of its own ("gunmen": the actor it belongs to, or
        // the country of the place where it acts).
        if s == "~" {
            return Some(AgentCode::Suffix(String::new()));
        }
        if let Some(p) = s.strip_suffix('~') {
            let p = p.trim();
            return valid_code(p).then(|| AgentCode::Prefix(p.to_ascii_uppercase()));
        }
        let p = s.strip_prefix('~').unwrap_or(s).trim();
        valid_code(p).then(|| AgentCode::Suffix(p.to_ascii_uppercase()))
    }
    /// Parses a code of newsgraph's agents file: like [`AgentCode::parse`], except that
    /// international generic codes stand on their own.
    pub fn parse_tsv(s: &str) -> Option<AgentCode> {
        let t = s.trim();
        let plain = t.to_ascii_uppercase();
        if valid_code(&plain) && (plain.starts_with("IGO") || matches!(plain.as_str(), "NGO" | "NGM" | "MNC" | "INT" | "UIS")) {
            return Some(AgentCode::Standalone(plain));
        }
        AgentCode::parse(t)
    }
    /// The bare code.
    pub fn code(&self) -> &str {
        match self {
            AgentCode::Suffix(c) | AgentCode::Prefix(c) | AgentCode::Standalone(c) => c,
        }
    }
    /// Combines with an actor code (PETRARCH's rule: no doubling; `A/B` codes combine part by part).
    pub fn apply(&self, actor: &str) -> String {
        // The parts written one after the other into one string (no string per part).
        let mut out = String::with_capacity(actor.len() + self.code().len());
        for (i, a) in actor.split('/').enumerate() {
            if i > 0 {
                out.push('/');
            }
            match self {
                AgentCode::Suffix(c) if a.ends_with(c.as_str()) => out.push_str(a),
                AgentCode::Suffix(c) => {
                    out.push_str(a);
                    out.push_str(c);
                }
                AgentCode::Prefix(c) if a.starts_with(c.as_str()) => out.push_str(a),
                AgentCode::Prefix(c) => {
                    out.push_str(c);
                    out.push_str(a);
                }
                AgentCode::Standalone(c) => out.push_str(c),
            }
        }
        out
    }
}

fn valid_code(c: &str) -> bool {
    !c.is_empty() && c.len() <= 40 && c.chars().all(|ch| ch.is_ascii_alphanumeric() || matches!(ch, '-' | '+' | '#' | '/' | '_'))
}

/// A generic agent ("foreign minister" → `~GOV`, "troops" → `~MIL`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agent {
    /// The term as written ("foreign minister").
    pub term: String,
    /// Every form matched (the term and its plurals).
    pub forms: Vec<String>,
    /// Its code.
    pub code: AgentCode,
    /// Where it was written.
    pub origin: Origin,
}

/// A problem found while loading (a malformed line in a built-in file, a duplicate).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where.
    pub origin: Origin,
    /// What.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.origin, self.message)
    }
}

/// Everything loaded: entries and agents, in load order.
#[derive(Debug, Clone, Default)]
pub struct Dictionary {
    /// Named actors.
    pub entries: Vec<Entry>,
    /// Agents.
    pub agents: Vec<Agent>,
    /// Malformed lines skipped in lenient mode.
    pub problems: Vec<Problem>,
}

/// The built-in dictionary sources, given the texts of the files of `data/actors/` in the
/// order of build.rs's `FILES` (countries, regions, IGOs, agents, organisations, people):
/// [`crate::builtin_sources`] embeds them, build.rs reads them to compile the snapshot.
pub(crate) fn builtin_sources_of(texts: [&'static str; 6]) -> Vec<Source<'static>> {
    let [countries, regions, igos, agents, organizations, people] = texts;
    vec![
        Source { name: "builtin:countries.tsv", text: countries, format: Format::Countries },
        Source { name: "builtin:regions.tsv", text: regions, format: Format::Regions },
        Source { name: "builtin:igos.tsv", text: igos, format: Format::Igos },
        Source { name: "builtin:agents.tsv", text: agents, format: Format::Agents },
        Source { name: "builtin:organizations.tsv", text: organizations, format: Format::Organizations },
        Source { name: "builtin:people.tsv", text: people, format: Format::People },
        Source { name: "builtin:places.tsv", text: include_str!("../data/places.tsv"), format: Format::Places },
        Source { name: "builtin:igos_extra.tsv", text: include_str!("../data/igos_extra.tsv"), format: Format::Igos },
        Source { name: CONVENTIONS_AGENTS, text: include_str!("../data/agents_conventions.tsv"), format: Format::Agents },
    ]
}

/// The built-in agents that recode terms of `agents.tsv` to the labelling conventions
/// (loaded last: its terms replace the same terms there, deliberately).
pub const CONVENTIONS_AGENTS: &str = "builtin:agents_conventions.tsv";

impl Dictionary {
    /// Loads sources in order. `strict`: a malformed line is an error; otherwise it is
    /// skipped and recorded in [`Dictionary::problems`].
    pub fn load(sources: &[Source<'_>], strict: bool) -> Result<Dictionary, Error> {
        let mut d = Dictionary::default();
        for s in sources {
            d.add(s, strict)?;
        }
        Ok(d)
    }

    /// Adds one source.
    pub fn add(&mut self, src: &Source<'_>, strict: bool) -> Result<(), Error> {
        let mut problems = Vec::new();
        match src.format {
            Format::PetrarchActors => crate::petrarch::read_actors(src, self, &mut problems),
            Format::PetrarchAgents => crate::petrarch::read_agents(src, self, &mut problems),
            _ => read_tsv(src, self, &mut problems),
        }
        if strict {
            if let Some(p) = problems.into_iter().next() {
                return Err(Error::Dictionary { path: p.origin.file.to_string().into(), line: p.origin.line, reason: p.message });
            }
        } else {
            self.problems.extend(problems);
        }
        Ok(())
    }
}

/// Splits a `;`-separated list column.
fn list<'a>(col: Option<&&'a str>) -> Vec<&'a str> {
    col.map(|c| split_on(c, b';').map(trim).filter(|s| !s.is_empty()).collect()).unwrap_or_default()
}

/// `s.trim()`, at once when `s` starts and ends with a visible ASCII character (most columns).
#[inline]
fn trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(a), Some(b)) if a.is_ascii_graphic() && b.is_ascii_graphic() => s,
        _ => s.trim(),
    }
}

/// `s.split(sep as char)` for an ASCII separator, byte by byte: the pieces of dictionary
/// lines and keys are short, and `str::split` sets up a `memchr` search for each one.
pub(crate) fn split_on(s: &str, sep: u8) -> SplitOn<'_> {
    SplitOn { s, at: 0, sep, done: false }
}

/// The first `b` in `hay`, eight bytes at a time.
#[inline]
fn find_byte(hay: &[u8], b: u8) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let pat = ONES * u64::from(b);
    let mut chunks = hay.chunks_exact(8);
    for (k, c) in chunks.by_ref().enumerate() {
        let x = c.try_into().map_or(0, u64::from_le_bytes) ^ pat;
        // The high bit of the first zero byte (the first `b`) is the lowest one set: a borrow
        // can only set bits above a zero byte.
        let zero = x.wrapping_sub(ONES) & !x & HIGH;
        if zero != 0 {
            return Some(8 * k + (zero.trailing_zeros() / 8) as usize);
        }
    }
    let done = hay.len() - chunks.remainder().len();
    chunks.remainder().iter().position(|&c| c == b).map(|i| done + i)
}

/// The iterator of [`split_on`].
pub(crate) struct SplitOn<'a> {
    s: &'a str,
    /// Where the next piece starts.
    at: usize,
    sep: u8,
    done: bool,
}

impl<'a> Iterator for SplitOn<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        if self.done {
            return None;
        }
        let rest = self.s.as_bytes().get(self.at..).unwrap_or(&[]);
        // An ASCII separator is a whole character: the pieces end on character boundaries.
        let (end, next) = match find_byte(rest, self.sep) {
            Some(i) => (self.at + i, self.at + i + 1),
            None => {
                self.done = true;
                (self.s.len(), self.s.len())
            }
        };
        let piece = self.s.get(self.at..end).unwrap_or("");
        self.at = next;
        Some(piece)
    }
}

fn col<'a>(cols: &[&'a str], i: usize) -> &'a str {
    cols.get(i).map(|s| trim(s)).unwrap_or("")
}

/// Parses `YYYY-MM-DD` (or `YYYYMMDD`) into a `YYYYMMDD` number, checking the day.
pub fn parse_iso_date(s: &str) -> Option<u32> {
    let s = s.trim();
    // Eight ASCII digits once the dashes are dropped (read as a number on the way).
    let (mut n, mut digits) = (0u32, 0);
    for b in s.bytes().filter(|&b| b != b'-') {
        if !b.is_ascii_digit() || digits == 8 {
            return None;
        }
        n = n * 10 + u32::from(b - b'0');
        digits += 1;
    }
    if digits != 8 {
        return None;
    }
    // Only digits and dashes are left, so byte positions are safe.
    if s.contains('-') && !(s.len() == 10 && &s[4..5] == "-" && &s[7..8] == "-") {
        return None;
    }
    valid_ymd(n).then_some(n)
}

/// Checks that a `YYYYMMDD` number names a real day.
pub(crate) fn valid_ymd(n: u32) -> bool {
    let (y, m, d) = (n / 10000, n / 100 % 100, n % 100);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    d >= 1 && d <= days
}

fn acronym(name: &str) -> bool {
    // At least two letters, all upper case (counted without collecting them).
    let mut letters = 0;
    for c in name.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

fn make_name(text: &str, form: NameForm, origin: &Origin, petrarch: bool) -> Name {
    Name { text: text.to_string(), form, origin: origin.clone(), acronym: !petrarch && acronym(text) }
}

fn code_ok(code: &str) -> bool {
    valid_code(code)
}

/// Reads one of newsgraph's TSV formats.
fn read_tsv(src: &Source<'_>, d: &mut Dictionary, problems: &mut Vec<Problem>) {
    let file: Arc<str> = Arc::from(src.name);
    let (min_cols, max_cols, header): (usize, usize, &[&str]) = match src.format {
        Format::Countries => (2, 5, &["code", "name", "aliases", "demonyms", "capitals"]),
        Format::Regions => (2, 3, &["code", "names", "demonyms"]),
        Format::Igos | Format::Places => (2, 3, &["code", "name", "aliases"]),
        Format::Agents => (2, 3, &["term", "code", "note"]),
        Format::Organizations => (3, 4, &["code", "kind", "name", "aliases"]),
        Format::People => (3, 6, &["name", "aliases", "code", "from", "until", "role"]),
        Format::PetrarchActors | Format::PetrarchAgents => return,
    };
    // People rows are grouped by NAME into one entry.
    let mut person_index: newsgraph_core::fxhash::FxHashMap<&str, usize> = Default::default();
    // One column buffer for all lines.
    let mut cols: Vec<&str> = Vec::with_capacity(max_cols + 1);
    // Lines as `str::lines` gives them, and one more (empty, skipped) after a last newline.
    for (i, raw) in split_on(src.text, b'\n').enumerate() {
        let line = raw.trim_end_matches(['\r', '\n']);
        if trim(line).is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let origin = Origin { file: file.clone(), line: i + 1 };
        cols.clear();
        cols.extend(split_on(line, b'\t'));
        // A header row: its first columns are the header's names (any case), without allocating.
        if cols.len() >= header.len() && cols.iter().zip(header).all(|(c, h)| trim(c).eq_ignore_ascii_case(h)) {
            continue;
        }
        let mut bad = |m: String| problems.push(Problem { origin: origin.clone(), message: m });
        if cols.len() < min_cols || cols.len() > max_cols {
            bad(format!(
                "expected {}{} TAB-separated columns ({}), found {}",
                min_cols,
                if max_cols > min_cols { format!("–{max_cols}") } else { String::new() },
                header.join(" ").to_uppercase(),
                cols.len()
            ));
            continue;
        }
        match src.format {
            Format::Countries | Format::Igos | Format::Regions | Format::Places => {
                let code = col(&cols, 0).to_ascii_uppercase();
                if !code_ok(&code) {
                    bad(format!("invalid code {:?}", col(&cols, 0)));
                    continue;
                }
                let (names, kind) = match src.format {
                    Format::Regions => (list(cols.get(1)), EntryKind::Region),
                    Format::Igos | Format::Places => {
                        let mut v = vec![col(&cols, 1)];
                        v.extend(list(cols.get(2)));
                        (v, if src.format == Format::Igos { EntryKind::Igo } else { EntryKind::Region })
                    }
                    _ => {
                        let mut v = vec![col(&cols, 1)];
                        v.extend(list(cols.get(2)));
                        (v, EntryKind::Country)
                    }
                };
                let Some(canonical) = names.first().filter(|n| !n.is_empty()).map(|n| n.to_string()) else {
                    bad("missing name".into());
                    continue;
                };
                let form = if src.format == Format::Places { NameForm::Place } else { NameForm::Name };
                let mut all: Vec<Name> = names.iter().map(|n| make_name(n, form, &origin, false)).collect();
                if src.format == Format::Regions {
                    all.extend(list(cols.get(2)).iter().map(|n| make_name(n, NameForm::Demonym, &origin, false)));
                }
                if src.format == Format::Countries {
                    all.extend(list(cols.get(3)).iter().map(|n| make_name(n, NameForm::Demonym, &origin, false)));
                    all.extend(list(cols.get(4)).iter().map(|n| make_name(n, NameForm::Capital, &origin, false)));
                }
                d.entries.push(Entry {
                    name: canonical,
                    kind,
                    org_kind: None,
                    codes: Codes { default: Some(code), ..Default::default() },
                    names: all,
                    origin,
                    petrarch: false,
                });
            }
            Format::Organizations => {
                let code = col(&cols, 0).to_ascii_uppercase();
                let okind = col(&cols, 1).to_ascii_lowercase();
                let kind = match okind.as_str() {
                    "group" => EntryKind::Group,
                    "party" | "company" | "media" | "ngo" | "agency" => EntryKind::Organization,
                    _ => {
                        bad(format!("unknown KIND {:?} (group, party, company, media, ngo or agency)", col(&cols, 1)));
                        continue;
                    }
                };
                if !code_ok(&code) {
                    bad(format!("invalid code {:?}", col(&cols, 0)));
                    continue;
                }
                let name = col(&cols, 2);
                if name.is_empty() {
                    bad("missing name".into());
                    continue;
                }
                let mut names = vec![make_name(name, NameForm::Name, &origin, false)];
                names.extend(list(cols.get(3)).iter().map(|n| make_name(n, NameForm::Name, &origin, false)));
                d.entries.push(Entry {
                    name: name.to_string(),
                    kind,
                    org_kind: Some(okind),
                    codes: Codes { default: Some(code), ..Default::default() },
                    names,
                    origin,
                    petrarch: false,
                });
            }
            Format::Agents => {
                let term = col(&cols, 0);
                if term.is_empty() {
                    bad("missing term".into());
                    continue;
                }
                let Some(code) = AgentCode::parse_tsv(col(&cols, 1)) else {
                    bad(format!("invalid agent code {:?} (GOV, ~GOV or NGO~)", col(&cols, 1)));
                    continue;
                };
                // Plurals are lines of their own in newsgraph's agents file.
                let forms = vec![term.to_string()];
                d.agents.push(Agent { term: term.to_string(), forms, code, origin });
            }
            Format::People => {
                let name = col(&cols, 0);
                if name.is_empty() {
                    bad("missing name".into());
                    continue;
                }
                let code = col(&cols, 2).to_ascii_uppercase();
                if !code.is_empty() && !code_ok(&code) {
                    bad(format!("invalid code {:?}", col(&cols, 2)));
                    continue;
                }
                let (from_s, until_s) = (col(&cols, 3), col(&cols, 4));
                let from = if from_s.is_empty() { None } else { parse_iso_date(from_s) };
                let until = if until_s.is_empty() { None } else { parse_iso_date(until_s) };
                if (!from_s.is_empty() && from.is_none()) || (!until_s.is_empty() && until.is_none()) {
                    bad(format!("invalid date in FROM/UNTIL ({from_s:?}, {until_s:?}): use YYYY-MM-DD"));
                    continue;
                }
                if let (Some(f), Some(u)) = (from, until) {
                    if u < f {
                        bad(format!("UNTIL {until_s} is before FROM {from_s}"));
                        continue;
                    }
                }
                let role = Some(col(&cols, 5)).filter(|r| !r.is_empty()).map(String::from);
                let code = (!code.is_empty()).then_some(code);
                let idx = *person_index.entry(name).or_insert_with(|| {
                    d.entries.push(Entry {
                        name: name.to_string(),
                        kind: EntryKind::Person,
                        org_kind: None,
                        codes: Codes::default(),
                        names: vec![make_name(name, NameForm::Name, &origin, false)],
                        origin: origin.clone(),
                        petrarch: false,
                    });
                    d.entries.len() - 1
                });
                let e = &mut d.entries[idx];
                for a in list(cols.get(1)) {
                    if !e.names.iter().any(|n| n.text == a) {
                        e.names.push(make_name(a, NameForm::Name, &origin, false));
                    }
                }
                if from.is_none() && until.is_none() {
                    if e.codes.default.is_some() {
                        bad(format!("second default row (no FROM/UNTIL) for {name}"));
                        continue;
                    }
                    e.codes.default = code;
                    e.codes.default_role = role;
                } else {
                    e.codes.dated.push(Dated { from, until, code, role, origin });
                }
            }
            Format::PetrarchActors | Format::PetrarchAgents => {}
        }
    }
}

/// PETRARCH's regular plural of a whole agent phrase: `Y` → `IES`, `S` → `SES`, else `+S`.
pub(crate) fn with_plurals_petrarch(term: &str) -> Vec<String> {
    let mut v = vec![term.to_string()];
    let upper = term.chars().last().is_some_and(char::is_uppercase);
    let (ies, es, s) = if upper { ("IES", "ES", "S") } else { ("ies", "es", "s") };
    let plural = match term.chars().last() {
        Some('Y' | 'y') => format!("{}{ies}", &term[..term.len() - 1]),
        Some('S' | 's') => format!("{term}{es}"),
        Some(c) if c.is_alphabetic() => format!("{term}{s}"),
        _ => return v,
    };
    v.push(plural);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`AgentCode::apply`] gives what splitting on `/`, combining each part and joining with
    /// `/` gives (codes with and without parts, empty ones, doubled affixes, non-ASCII text).
    #[test]
    fn apply_equals_split_join() {
        let reference = |code: &AgentCode, actor: &str| -> String {
            actor
                .split('/')
                .map(|a| match code {
                    AgentCode::Suffix(c) if a.ends_with(c.as_str()) => a.to_string(),
                    AgentCode::Suffix(c) => format!("{a}{c}"),
                    AgentCode::Prefix(c) if a.starts_with(c.as_str()) => a.to_string(),
                    AgentCode::Prefix(c) => format!("{c}{a}"),
                    AgentCode::Standalone(c) => c.clone(),
                })
                .collect::<Vec<_>>()
                .join("/")
        };
        let pieces = ["", "/", "USA", "GOV", "USAGOV", "IGO", "MIL", "É", "//", "GOVUSA", "x"];
        let mut next = crate::test_rng(5);
        for _ in 0..3000 {
            let actor: String = (0..next(5)).map(|_| pieces[next(pieces.len())]).collect();
            let c = pieces[next(pieces.len())].to_string();
            let code = match next(3) {
                0 => AgentCode::Suffix(c),
                1 => AgentCode::Prefix(c),
                _ => AgentCode::Standalone(c),
            };
            assert_eq!(code.apply(&actor), reference(&code, &actor), "{code:?} {actor:?}");
        }
    }

    /// [`find_byte`] against a scan, the byte at every place of haystacks of 0 to 40 bytes.
    #[test]
    fn find_byte_equals_position() {
        for n in 0..40 {
            for at in 0..=n {
                for fill in [b'a', 0x80, 0xff, 0x08, 0x0a] {
                    let mut hay = vec![fill; n];
                    if at < n {
                        hay[at] = b'\t';
                    }
                    if at + 3 < n {
                        hay[at + 3] = b'\t';
                    }
                    for b in [b'\t', fill, b'\n'] {
                        assert_eq!(find_byte(&hay, b), hay.iter().position(|&c| c == b), "{hay:?} {b}");
                    }
                }
            }
        }
    }

    #[test]
    fn trim_equals_str_trim() {
        for t in ["", " ", "a", " a", "a ", "\u{a0}a", "a\u{3000}", "é", " é ", "\t#x\t", "ab cd", "\r", "x\n", "\u{85}"] {
            assert_eq!(trim(t), t.trim(), "{t:?}");
        }
    }

    /// [`split_on`] gives what `str::split` gives, empty pieces, non-ASCII text and empty
    /// input included.
    #[test]
    fn split_on_equals_split() {
        let alphabet = ["a", "\t", ";", " ", "é", "日", "\n", "\r", "xy", ""];
        let mut next = crate::test_rng(5);
        for _ in 0..5000 {
            let s: String = (0..next(12)).map(|_| alphabet[next(alphabet.len())]).collect();
            for sep in [b'\t', b';', b' ', b'\n'] {
                let a: Vec<&str> = split_on(&s, sep).collect();
                let b: Vec<&str> = s.split(sep as char).collect();
                assert_eq!(a, b, "{s:?} {sep}");
            }
        }
    }

    #[test]
    fn dates() {
        assert_eq!(parse_iso_date("2024-02-29"), Some(20240229));
        assert_eq!(parse_iso_date("2023-02-29"), None);
        assert_eq!(parse_iso_date("20230131"), Some(20230131));
        assert_eq!(parse_iso_date("2023-1-31"), None);
        assert_eq!(parse_iso_date("nonsense"), None);
    }

    /// The former implementation, for comparison.
    fn parse_iso_date_reference(s: &str) -> Option<u32> {
        let s = s.trim();
        let digits: String = s.chars().filter(|c| *c != '-').collect();
        if digits.len() != 8 || !digits.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        if s.contains('-') && !(s.len() == 10 && &s[4..5] == "-" && &s[7..8] == "-") {
            return None;
        }
        let n: u32 = digits.parse().ok()?;
        valid_ymd(n).then_some(n)
    }

    proptest::proptest! {
        #[test]
        fn dates_as_before(s in "[ 0-9\\-é٣]{0,12}", t in "(19|20)[0-9]{2}-?[01][0-9]-?[0-3][0-9]") {
            proptest::prop_assert_eq!(parse_iso_date(&s), parse_iso_date_reference(&s));
            proptest::prop_assert_eq!(parse_iso_date(&t), parse_iso_date_reference(&t));
        }

        #[test]
        fn acronyms_as_before(s in "[A-Za-zÉé .0-9]{0,6}") {
            let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
            proptest::prop_assert_eq!(acronym(&s), letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()));
        }
    }

    #[test]
    fn agent_codes() {
        assert_eq!(AgentCode::parse("~GOV").unwrap().apply("CHN"), "CHNGOV");
        assert_eq!(AgentCode::parse("GOV").unwrap().apply("USAGOV"), "USAGOV");
        assert_eq!(AgentCode::parse(" NGO~").unwrap().apply("ARN"), "NGOARN");
        assert_eq!(AgentCode::parse("~GOV").unwrap().apply("FRO/BIL"), "FROGOV/BILGOV");
        // `~` alone: no role of its own (an unidentified attacker is the actor it belongs to).
        assert_eq!(AgentCode::parse("~").unwrap().apply("PSEREB"), "PSEREB");
        assert!(AgentCode::parse("~~").is_none());
        assert_eq!(AgentCode::parse_tsv("IGOPKO").unwrap().apply("SEN"), "IGOPKO");
        assert_eq!(AgentCode::parse_tsv("GOVMIL").unwrap().apply("USA"), "USAGOVMIL");
    }

    #[test]
    fn people_rows_group_and_pick_by_date() {
        let text =
            "# people\nJoe Biden\tBiden;President Biden\tUSAELI\t\t\t\nJoe Biden\t\tUSAGOV\t2021-01-20\t2025-01-20\tpresident\n";
        let d = Dictionary::load(&[Source { name: "p.tsv", text, format: Format::People }], true).unwrap();
        assert_eq!(d.entries.len(), 1);
        let e = &d.entries[0];
        assert_eq!(e.names.len(), 3);
        assert_eq!(e.codes.at(Some(20220101)), (Some("USAGOV"), Some("president")));
        assert_eq!(e.codes.at(Some(20260101)).0, Some("USAELI"));
        assert_eq!(e.codes.at(None).0, Some("USAELI"));
    }

    #[test]
    fn undated_articles_prefer_the_current_row() {
        // Wang Yi: default (former) code first in the file, an old term, a current open term.
        let text = "Wang Yi\t\tCHNELI\t\t\tofficial\n\
                    Wang Yi\t\tCHNGOV\t2013-03-16\t2022-12-30\tForeign Minister\n\
                    Wang Yi\t\tCHNGOV\t2022-12-30\t\tDirector\n\
                    Old Man\t\tXXXGOV\t2001-01-01\t2005-01-01\tminister\n\
                    Old Man\t\tXXXGOV\t2008-01-01\t2010-01-01\tprime minister\n\
                    Only Default\t\tYYYELI\t\t\t\n";
        let d = Dictionary::load(&[Source { name: "p.tsv", text, format: Format::People }], true).unwrap();
        let wang = &d.entries[0].codes;
        assert_eq!(wang.at(Some(20180101)), (Some("CHNGOV"), Some("Foreign Minister"))); // inside a term
        assert_eq!(wang.at(Some(20240101)), (Some("CHNGOV"), Some("Director"))); // inside the open term
        assert_eq!(wang.at(Some(20000101)), (Some("CHNELI"), Some("official"))); // before every term
        assert_eq!(wang.at(None), (Some("CHNGOV"), Some("Director"))); // undated: the current row
        let old = &d.entries[1].codes;
        assert_eq!(old.at(Some(20090101)).1, Some("prime minister"));
        assert_eq!(old.at(Some(20200101)).0, None); // after every term, no default
        assert_eq!(old.at(None), (Some("XXXGOV"), Some("prime minister"))); // undated: the most recent row
        assert_eq!(d.entries[2].codes.at(None).0, Some("YYYELI"));
        assert_eq!(d.entries[2].codes.at(Some(20200101)).0, Some("YYYELI"));
    }

    #[test]
    fn malformed_lines_name_file_and_line() {
        let text = "CHN\tChina\n\nBAD LINE WITHOUT TABS\n";
        let err = Dictionary::load(&[Source { name: "c.tsv", text, format: Format::Countries }], true).unwrap_err();
        assert!(err.to_string().starts_with("c.tsv:3:"), "{err}");
        let d = Dictionary::load(&[Source { name: "c.tsv", text, format: Format::Countries }], false).unwrap();
        assert_eq!(d.entries.len(), 1);
        assert_eq!(d.problems.len(), 1);
    }
}
