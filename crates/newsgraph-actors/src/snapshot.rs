//! A compact binary form of the built-in dictionaries and of the matcher compiled from them,
//! so that both are built once, by `build.rs` (with this same code: `dict.rs`, `matcher.rs`,
//! `cues.rs`), rather than at every start-up: reading it back allocates what the dictionary
//! and the matcher hold, without parsing TSV lines, tokenising names, lower-casing keys,
//! interning words or hashing them (the lexicon's and the trie's tables are stored slot by
//! slot).
//!
//! Little-endian integers; every string is an offset and a length into one string pool at
//! the end (UTF-8, checked once). [`decode`] checks every length, tag and index and gives
//! `None` for anything malformed (the caller then builds from the TSV files, as before).
//! The data files stay the source of truth: build.rs rewrites the snapshot whenever they
//! (or the code that reads them) change, and a test checks that the snapshot equals what
//! the files give at run time.

use crate::dict::{Agent, AgentCode, Codes, Dated, Dictionary, Entry, EntryKind, Name, NameForm, Origin, Problem};
use crate::matcher::{EdgeTable, Engine, Lex, LexSlot, LexTable, Lexicon, Matcher, NameRef, Refs, WordCase, WordTrie, NO};
use std::sync::Arc;

/// "NGA" and a format version.
const MAGIC: u32 = 0x4e47_4101;

/// Writes a snapshot (build.rs and the tests).
#[allow(dead_code)]
struct Writer {
    out: Vec<u8>,
    pool: String,
    /// File names of origins, by index.
    files: Vec<Arc<str>>,
}

#[allow(dead_code)]
impl Writer {
    fn u8(&mut self, x: u8) {
        self.out.push(x);
    }
    fn u32(&mut self, x: u32) {
        self.out.extend_from_slice(&x.to_le_bytes());
    }
    fn u64(&mut self, x: u64) {
        self.out.extend_from_slice(&x.to_le_bytes());
    }
    fn len(&mut self, n: usize) {
        self.u32(u32::try_from(n).unwrap_or(u32::MAX));
    }
    fn bool(&mut self, b: bool) {
        self.u8(u8::from(b));
    }
    fn str(&mut self, s: &str) {
        self.len(self.pool.len());
        self.len(s.len());
        self.pool.push_str(s);
    }
    fn opt_str(&mut self, s: Option<&str>) {
        self.bool(s.is_some());
        if let Some(s) = s {
            self.str(s);
        }
    }
    fn opt_u32(&mut self, x: Option<u32>) {
        self.bool(x.is_some());
        if let Some(x) = x {
            self.u32(x);
        }
    }
    fn origin(&mut self, o: &Origin) {
        let i = match self.files.iter().position(|f| **f == *o.file) {
            Some(i) => i,
            None => {
                self.files.push(o.file.clone());
                self.files.len() - 1
            }
        };
        self.len(i);
        self.len(o.line);
    }
    fn lex(&mut self, l: &Lex) {
        self.u32(l.word);
        self.u32(l.cues);
        self.u32(l.surname);
    }

    fn dictionary(&mut self, d: &Dictionary) {
        self.len(d.entries.len());
        for e in &d.entries {
            self.str(&e.name);
            self.u8(kind_tag(e.kind));
            self.opt_str(e.org_kind.as_deref());
            self.opt_str(e.codes.default.as_deref());
            self.opt_str(e.codes.default_role.as_deref());
            self.len(e.codes.dated.len());
            for x in &e.codes.dated {
                self.opt_u32(x.from);
                self.opt_u32(x.until);
                self.opt_str(x.code.as_deref());
                self.opt_str(x.role.as_deref());
                self.origin(&x.origin);
            }
            self.len(e.names.len());
            for n in &e.names {
                self.str(&n.text);
                self.u8(form_tag(n.form));
                self.origin(&n.origin);
                self.bool(n.acronym);
            }
            self.origin(&e.origin);
            self.bool(e.petrarch);
        }
        self.len(d.agents.len());
        for a in &d.agents {
            self.str(&a.term);
            self.len(a.forms.len());
            for f in &a.forms {
                self.str(f);
            }
            let (tag, code) = match &a.code {
                AgentCode::Suffix(c) => (0, c),
                AgentCode::Prefix(c) => (1, c),
                AgentCode::Standalone(c) => (2, c),
            };
            self.u8(tag);
            self.str(code);
            self.origin(&a.origin);
        }
        self.len(d.problems.len());
        for p in &d.problems {
            self.origin(&p.origin);
            self.str(&p.message);
        }
    }

    /// The matcher of a word trie (`None`: another engine, which has no snapshot).
    fn matcher(&mut self, m: &Matcher) -> Option<()> {
        let t = match &m.engine {
            Engine::Words(t) => t,
            Engine::Empty | Engine::Bytes(_) => return None,
        };
        let slots = &m.lex.fast.slots;
        self.len(slots.len());
        self.len(slots.iter().filter(|s| s.used).count());
        for (i, s) in slots.iter().enumerate().filter(|(_, s)| s.used) {
            self.len(i);
            self.u64(s.lo);
            self.u64(s.hi);
            self.lex(&s.lex);
        }
        // The long words in a fixed order (the map's own order is the hasher's).
        let mut long: Vec<(&str, &Lex)> = m.lex.long.iter().map(|(k, l)| (&**k, l)).collect();
        long.sort_unstable_by_key(|&(k, _)| k);
        self.len(long.len());
        for (k, l) in long {
            self.str(k);
            self.lex(l);
        }
        self.len(t.roots.len());
        t.roots.iter().for_each(|&r| self.u32(r));
        self.len(t.pattern_at.len());
        t.pattern_at.iter().for_each(|&p| self.u32(p));
        self.len(t.edges.slots.len());
        self.u32(t.edges.bits);
        self.len(t.edges.slots.iter().filter(|s| s.0 != 0).count());
        for (i, &(k, v)) in t.edges.slots.iter().enumerate().filter(|(_, s)| s.0 != 0) {
            self.len(i);
            self.u64(k);
            self.u32(v);
        }
        self.len(m.refs.len());
        for r in &m.refs {
            self.opt_u32(r.agent);
            self.len(r.names.len());
            for n in &r.names {
                self.u32(n.entry);
                self.u8(form_tag(n.form));
                self.bool(n.acronym);
                self.bool(n.the);
                self.bool(n.case.is_some());
                let c = n.case.unwrap_or_default();
                self.u64(c.capital);
                self.u64(c.upper);
            }
        }
        Some(())
    }
}

/// The snapshot of a dictionary and the matcher compiled from it (empty when the matcher
/// has no snapshot form: see [`Writer::matcher`]). Layout: the magic number, the pool's
/// length, the table of origin file names, the dictionary, the matcher, then the pool.
#[allow(dead_code)]
pub(crate) fn encode(d: &Dictionary, m: &Matcher) -> Vec<u8> {
    let mut w = Writer { out: Vec::new(), pool: String::new(), files: Vec::new() };
    w.dictionary(d);
    if w.matcher(m).is_none() {
        return Vec::new();
    }
    let body = std::mem::take(&mut w.out);
    for f in std::mem::take(&mut w.files) {
        w.str(&f);
    }
    let files = std::mem::take(&mut w.out);
    let mut out = Vec::with_capacity(12 + files.len() + body.len() + w.pool.len());
    out.extend_from_slice(&MAGIC.to_le_bytes());
    out.extend_from_slice(&u32::try_from(w.pool.len()).unwrap_or(u32::MAX).to_le_bytes());
    out.extend_from_slice(&u32::try_from(files.len() / 8).unwrap_or(u32::MAX).to_le_bytes());
    out.extend_from_slice(&files);
    out.extend_from_slice(&body);
    out.extend_from_slice(w.pool.as_bytes());
    out
}

fn kind_tag(k: EntryKind) -> u8 {
    match k {
        EntryKind::Country => 0,
        EntryKind::Region => 1,
        EntryKind::Igo => 2,
        EntryKind::Person => 3,
        EntryKind::Organization => 4,
        EntryKind::Group => 5,
    }
}

fn form_tag(f: NameForm) -> u8 {
    match f {
        NameForm::Name => 0,
        NameForm::Demonym => 1,
        NameForm::Capital => 2,
        NameForm::Place => 3,
    }
}

fn form_of(t: u8) -> Option<NameForm> {
    Some(match t {
        0 => NameForm::Name,
        1 => NameForm::Demonym,
        2 => NameForm::Capital,
        3 => NameForm::Place,
        _ => return None,
    })
}

struct Reader<'a> {
    b: &'a [u8],
    pool: &'a str,
    /// The file names of origins (read before anything that has an origin).
    files: Vec<Arc<str>>,
}

impl<'a> Reader<'a> {
    fn bytes(&mut self, n: usize) -> Option<&'a [u8]> {
        let (h, t) = (self.b.get(..n)?, self.b.get(n..)?);
        self.b = t;
        Some(h)
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.bytes(1)?[0])
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.bytes(4)?.try_into().ok()?))
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.bytes(8)?.try_into().ok()?))
    }
    fn len(&mut self) -> Option<usize> {
        self.u32().map(|n| n as usize)
    }
    /// A count of items of at least `min` bytes each: never more than the bytes left allow
    /// (so that a corrupt count cannot ask for a huge allocation).
    fn count(&mut self, min: usize) -> Option<usize> {
        let n = self.len()?;
        (n.checked_mul(min)? <= self.b.len()).then_some(n)
    }
    fn bool(&mut self) -> Option<bool> {
        match self.u8()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
    fn str(&mut self) -> Option<&'a str> {
        let (at, n) = (self.len()?, self.len()?);
        self.pool.get(at..at.checked_add(n)?)
    }
    fn string(&mut self) -> Option<String> {
        self.str().map(String::from)
    }
    fn opt_string(&mut self) -> Option<Option<String>> {
        Some(if self.bool()? { Some(self.string()?) } else { None })
    }
    fn opt_u32(&mut self) -> Option<Option<u32>> {
        Some(if self.bool()? { Some(self.u32()?) } else { None })
    }
    fn origin(&mut self) -> Option<Origin> {
        let i = self.len()?;
        let file = self.files.get(i)?.clone();
        Some(Origin { file, line: self.len()? })
    }
    fn lex(&mut self) -> Option<Lex> {
        Some(Lex { word: self.u32()?, cues: self.u32()?, surname: self.u32()? })
    }

    fn dictionary(&mut self) -> Option<Dictionary> {
        let n = self.count(8)?;
        let mut entries = Vec::with_capacity(n);
        for _ in 0..n {
            let name = self.string()?;
            let kind = match self.u8()? {
                0 => EntryKind::Country,
                1 => EntryKind::Region,
                2 => EntryKind::Igo,
                3 => EntryKind::Person,
                4 => EntryKind::Organization,
                5 => EntryKind::Group,
                _ => return None,
            };
            let org_kind = self.opt_string()?;
            let (default, default_role) = (self.opt_string()?, self.opt_string()?);
            let k = self.count(4)?;
            let mut dated = Vec::with_capacity(k);
            for _ in 0..k {
                let (from, until) = (self.opt_u32()?, self.opt_u32()?);
                let (code, role) = (self.opt_string()?, self.opt_string()?);
                dated.push(Dated { from, until, code, role, origin: self.origin()? });
            }
            let k = self.count(8)?;
            let mut names = Vec::with_capacity(k);
            for _ in 0..k {
                let text = self.string()?;
                let form = form_of(self.u8()?)?;
                let origin = self.origin()?;
                names.push(Name { text, form, origin, acronym: self.bool()? });
            }
            let origin = self.origin()?;
            let codes = Codes { default, default_role, dated };
            entries.push(Entry { name, kind, org_kind, codes, names, origin, petrarch: self.bool()? });
        }
        let n = self.count(8)?;
        let mut agents = Vec::with_capacity(n);
        for _ in 0..n {
            let term = self.string()?;
            let k = self.count(8)?;
            let mut forms = Vec::with_capacity(k);
            for _ in 0..k {
                forms.push(self.string()?);
            }
            let code = match (self.u8()?, self.string()?) {
                (0, c) => AgentCode::Suffix(c),
                (1, c) => AgentCode::Prefix(c),
                (2, c) => AgentCode::Standalone(c),
                _ => return None,
            };
            agents.push(Agent { term, forms, code, origin: self.origin()? });
        }
        let n = self.count(8)?;
        let mut problems = Vec::with_capacity(n);
        for _ in 0..n {
            let origin = self.origin()?;
            problems.push(Problem { origin, message: self.string()? });
        }
        Some(Dictionary { entries, agents, problems })
    }

    /// The matcher, its indices checked against the dictionary `d` (entries, agents).
    fn matcher(&mut self, d: &Dictionary) -> Option<Matcher> {
        let empty = LexSlot { lo: 0, hi: 0, lex: Lex { word: NO, cues: 0, surname: NO }, used: false };
        let size = self.len()?;
        // A power of two, at most twice the bytes left (a used slot takes more than 2 bytes).
        if !size.is_power_of_two() || size / 2 > self.b.len() {
            return None;
        }
        let mut slots = vec![empty; size];
        for _ in 0..self.count(32)? {
            let i = self.len()?;
            let (lo, hi, lex) = (self.u64()?, self.u64()?, self.lex()?);
            *slots.get_mut(i)? = LexSlot { lo, hi, lex, used: true };
        }
        let n = self.count(20)?;
        let mut long = crate::cues::HashMap::default();
        long.reserve(n);
        for _ in 0..n {
            let k = self.str()?;
            long.insert(k.into(), self.lex()?);
        }
        let lex = Lexicon::frozen(long, LexTable { slots });
        let n = self.count(4)?;
        let roots = (0..n).map(|_| self.u32()).collect::<Option<Vec<u32>>>()?;
        let n = self.count(4)?;
        let pattern_at = (0..n).map(|_| self.u32()).collect::<Option<Vec<u32>>>()?;
        let size = self.len()?;
        let bits = self.u32()?;
        if !size.is_power_of_two() || size / 2 > self.b.len() || size.trailing_zeros() != bits || bits >= 63 {
            return None;
        }
        let mut edges = vec![(0u64, NO); size];
        for _ in 0..self.count(16)? {
            let i = self.len()?;
            let (k, v) = (self.u64()?, self.u32()?);
            *edges.get_mut(i)? = (k, v);
        }
        let n = self.count(5)?;
        let mut refs = Vec::with_capacity(n);
        for _ in 0..n {
            let agent = self.opt_u32()?;
            if agent.is_some_and(|a| a as usize >= d.agents.len()) {
                return None;
            }
            let k = self.count(24)?;
            let mut names = Vec::with_capacity(k);
            for _ in 0..k {
                let entry = self.u32()?;
                if entry as usize >= d.entries.len() {
                    return None;
                }
                let form = form_of(self.u8()?)?;
                let (acronym, the, has_case) = (self.bool()?, self.bool()?, self.bool()?);
                let c = WordCase { capital: self.u64()?, upper: self.u64()? };
                names.push(NameRef { entry, form, acronym, case: has_case.then_some(c), the });
            }
            refs.push(Refs { names, agent });
        }
        // Every pattern a node ends, and every surname, names something that exists.
        if pattern_at.iter().any(|&p| p != NO && p as usize >= refs.len()) {
            return None;
        }
        let surnames = lex.fast.slots.iter().map(|s| &s.lex).chain(lex.long.values());
        if surnames.map(|l| l.surname).any(|e| e != NO && e as usize >= d.entries.len()) {
            return None;
        }
        let engine = Engine::Words(WordTrie { roots, edges: EdgeTable { slots: edges, bits }, pattern_at });
        Some(Matcher { lex, engine, refs })
    }
}

/// Reads a snapshot written by [`encode`] (`None`: empty or malformed).
pub(crate) fn decode(bytes: &[u8]) -> Option<(Dictionary, Matcher)> {
    let mut r = Reader { b: bytes, pool: "", files: Vec::new() };
    if r.u32()? != MAGIC {
        return None;
    }
    let n = r.len()?;
    let (body, pool) = r.b.split_at_checked(r.b.len().checked_sub(n)?)?;
    r.b = body;
    r.pool = std::str::from_utf8(pool).ok()?;
    let n = r.count(8)?;
    r.files = (0..n).map(|_| r.str().map(Arc::from)).collect::<Option<_>>()?;
    let d = r.dictionary()?;
    let m = r.matcher(&d)?;
    r.b.is_empty().then_some((d, m))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The dictionaries and matcher as start-up built them before the snapshot.
    fn from_files() -> (Dictionary, Matcher) {
        let d = Dictionary::load(&crate::builtin_sources(), false).expect("built-in dictionaries");
        let m = Matcher::new(&d);
        (d, m)
    }

    #[test]
    fn snapshot_equals_the_files() {
        let (d, m) = from_files();
        let (sd, sm) = decode(crate::BUILTIN_SNAPSHOT).expect("build.rs wrote a snapshot that reads");
        assert!(d.entries.len() > 1000 && d.agents.len() > 100, "the built-in dictionaries are in the snapshot");
        assert_eq!(sd.entries, d.entries);
        assert_eq!(sd.agents, d.agents);
        assert_eq!(sd.problems, d.problems);
        // The matcher's tables slot by slot (and the dictionary again), as written.
        assert_eq!(encode(&sd, &sm), encode(&d, &m));
        assert_eq!(encode(&d, &m), crate::BUILTIN_SNAPSHOT);
    }

    #[test]
    fn snapshot_lexicon_answers_as_the_built_one() {
        let (_, m) = from_files();
        let (_, sm) = decode(crate::BUILTIN_SNAPSHOT).expect("snapshot");
        let words = ["", "he", "said", "minister", "the", "'s", "of", "putin", "united", "states", "xyzzy", "a-b"];
        let long = m.lex.long.keys().take(20).map(|k| k.to_string()).collect::<Vec<_>>();
        for w in words.iter().copied().chain(long.iter().map(|s| s.as_str())) {
            let (a, b) = (m.lex.get(w), sm.lex.get(w));
            assert_eq!(a.map(|l| (l.word, l.cues, l.surname)), b.map(|l| (l.word, l.cues, l.surname)), "{w:?}");
        }
    }

    #[test]
    fn a_damaged_snapshot_reads_as_none_or_whole_never_panics() {
        let blob = crate::BUILTIN_SNAPSHOT;
        assert!(decode(&[]).is_none() && decode(&blob[..3]).is_none());
        let mut next = crate::test_rng(31);
        for _ in 0..40 {
            assert!(decode(&blob[..next(blob.len())]).is_none(), "a cut snapshot is not read");
        }
        for _ in 0..40 {
            let mut b = blob.to_vec();
            for _ in 0..1 + next(4) {
                let i = next(b.len());
                b[i] ^= 1 << next(8);
            }
            let _ = decode(&b);
            // Large lengths and indices where the counts are read.
            let mut b = blob.to_vec();
            let i = next(b.len() - 4);
            b[i..i + 4].copy_from_slice(&u32::MAX.to_le_bytes());
            let _ = decode(&b);
        }
    }
}
