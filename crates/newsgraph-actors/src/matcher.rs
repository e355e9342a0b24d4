//! Dictionary matching: every name and agent form is compiled once into an
//! Aho–Corasick automaton over *normalised token text*.
//!
//! A document is normalised token by token: each token becomes ` key ` (its text
//! lower-cased, folded to ASCII, periods dropped, hyphens and underscores split), and a pattern the same
//! way (` united  states `), so a pattern can only match whole tokens: every match starts
//! and ends on a token boundary, and no valid match hides behind one that ends inside a
//! word. Matching is leftmost-longest. Case is checked afterwards against the original
//! text (a proper name must be capitalised; an acronym such as "UN" must be in capitals).

use crate::dict::{Dictionary, NameForm};
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use newsgraph_core::model::{Token, TokenKind};
use std::collections::HashMap;

/// One way a normalised name refers to an entry.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NameRef {
    pub entry: u32,
    pub form: NameForm,
    pub acronym: bool,
    /// The case the dictionary writes, word by word (bit `i`: the name's `i`-th token), for
    /// newsgraph's own files: a word written capitalised must be capitalised in the text,
    /// a word written in capitals (an acronym: "UN") must be in capitals, a word written in
    /// lower case ("refugee agency", "blue helmets") may be in any case. `None`: PETRARCH
    /// names (written in capitals whatever they are), checked by the older whole-name rule.
    pub case: Option<WordCase>,
    /// The name starts with "the" ("the Balkans"), compiled without it (see [`Hit`]).
    pub the: bool,
}

/// Per-word case requirements of a dictionary name (bit `i`: token `i` of the name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct WordCase {
    /// Tokens that must be capitalised.
    pub capital: u64,
    /// Tokens that must have no lower-case letter.
    pub upper: u64,
}

impl WordCase {
    /// Reads the case of each token of a dictionary phrase.
    pub fn of(phrase: &str) -> WordCase {
        let mut w = WordCase::default();
        for (i, t) in newsgraph_core::segment::tokenize(phrase).iter().enumerate().take(64) {
            let s = &phrase[t.start..t.end];
            let letters = s.chars().filter(|c| c.is_alphabetic()).count();
            let Some(first) = s.chars().find(|c| c.is_alphabetic()) else { continue };
            if letters >= 2 && !s.chars().any(char::is_lowercase) {
                w.upper |= 1 << i;
            } else if first.is_uppercase() {
                w.capital |= 1 << i;
            }
        }
        w
    }
}

/// What a normalised pattern stands for: names (best first), and at most one agent.
#[derive(Debug, Clone, Default)]
pub(crate) struct Refs {
    pub names: Vec<NameRef>,
    pub agent: Option<u32>,
}

/// The compiled matcher over every name and agent form.
pub(crate) struct Matcher {
    /// Every word of a pattern or a cue list: its id in the word trie and its cue bits.
    lex: Lexicon,
    engine: Engine,
    refs: Vec<Refs>,
}

/// What the matcher knows of one word.
#[derive(Debug, Clone, Copy)]
struct Lex {
    /// Id in the word trie (`NO`: in no pattern).
    word: u32,
    /// Cue bits ([`crate::cues::bit`]).
    cues: u32,
    /// The dictionary person whose surname the word is, when exactly one person's is and the
    /// word is no cue word (`NO`: none, or ambiguous).
    surname: u32,
}

/// Words to [`Lex`]: words of up to 15 bytes packed into a `u128` (no string to follow and
/// compare: one probe), longer ones as strings.
#[derive(Default)]
struct Lexicon {
    short: HashMap<u128, Lex, std::hash::BuildHasherDefault<IntHash>>,
    long: crate::cues::HashMap<Box<str>, Lex>,
}

/// A word of up to 15 bytes as one number (bytes, then the length in the last byte).
#[inline]
fn pack(w: &str) -> Option<u128> {
    let (lo, hi) = newsgraph_core::fxhash::short_words(w.as_bytes())?;
    Some(newsgraph_core::fxhash::short_key(lo, hi, w.len()))
}

impl Lexicon {
    #[inline]
    fn get(&self, w: &str) -> Option<&Lex> {
        match pack(w) {
            Some(k) => self.short.get(&k),
            None => self.long.get(w),
        }
    }

    fn entry(&mut self, w: &str) -> &mut Lex {
        let new = Lex { word: NO, cues: 0, surname: NO };
        match pack(w) {
            Some(k) => self.short.entry(k).or_insert(new),
            None => self.long.entry(w.into()).or_insert(new),
        }
    }
}

/// Marks the surnames of dictionary people in the lexicon: the last word of every name of
/// several words ("Vladimir Putin", "President Putin" → `putin`), when it belongs to one
/// person only, has three letters or more, is not a generational suffix ("Jr.") and is no
/// cue word (given names, function words, titles…). A word two people share is ambiguous.
fn add_surnames(d: &Dictionary, lex: &mut Lexicon) {
    const AMBIGUOUS: u32 = NO - 1;
    let mut seen: HashMap<String, u32> = HashMap::new();
    for (i, e) in d.entries.iter().enumerate() {
        if e.kind != crate::dict::EntryKind::Person {
            continue;
        }
        for n in &e.names {
            let toks = newsgraph_core::segment::tokenize(&n.text);
            if toks.len() < 2 {
                continue;
            }
            let Some(last) = toks.last().and_then(|t| n.text.get(t.start..t.end)) else { continue };
            let mut key = String::new();
            push_key(&mut key, last);
            let plain = key.len() >= 3 && key.bytes().all(|b| b.is_ascii_lowercase() || b == b'\'');
            if !plain || matches!(key.as_str(), "jr" | "sr" | "ii" | "iii" | "iv") {
                continue;
            }
            let slot = seen.entry(key).or_insert(i as u32);
            if *slot != i as u32 {
                *slot = AMBIGUOUS;
            }
        }
    }
    for (w, e) in seen {
        if e == AMBIGUOUS || lex.get(&w).is_some_and(|l| l.cues != 0) {
            continue;
        }
        lex.entry(&w).surname = e;
    }
}

/// How patterns are searched.
enum Engine {
    /// No patterns.
    Empty,
    /// A trie over interned words (the usual case): see [`WordTrie`].
    Words(WordTrie),
    /// Byte-level Aho–Corasick, for pattern sets the word trie cannot express exactly
    /// (a name whose key starts or ends with a space: a leading hyphen or an empty token).
    Bytes(AhoCorasick),
}

/// A hasher for integer keys (multiply–rotate, as in rustc's FxHash).
#[derive(Default, Clone, Copy)]
struct IntHash(u64);

impl std::hash::Hasher for IntHash {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }
    fn write_u64(&mut self, i: u64) {
        self.0 = (self.0.rotate_left(5) ^ i).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_u32(&mut self, i: u32) {
        self.write_u64(u64::from(i));
    }
    fn write_u128(&mut self, i: u128) {
        self.write_u64(i as u64);
        self.write_u64((i >> 64) as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type IntMap<V> = HashMap<u64, V, std::hash::BuildHasherDefault<IntHash>>;

/// Exactly what byte-level leftmost-longest Aho–Corasick finds on the normalised text, found
/// word by word. The normalised text is a sequence of words (runs of non-space bytes)
/// separated by runs of spaces; a pattern ` w1  w2 ` (one leading and one trailing space)
/// can match only where a word starts, and matches there exactly when the text's next
/// words are `w1`, `w2`, … with the same runs of spaces between them. Leftmost-longest
/// over bytes is then leftmost-longest over words, and the search resumes at the word
/// after a match (gaps between words are at least two spaces).
struct WordTrie {
    /// Node reached from the root by word id (`NO`: no pattern starts with it).
    roots: Vec<u32>,
    /// (node << 32 | gap << 24 | word) → child node.
    edges: IntMap<u32>,
    /// Pattern ending at each node (`NO`: none).
    pattern_at: Vec<u32>,
}

const NO: u32 = u32::MAX;
/// What the lexicon knows of a word it does not hold.
const UNKNOWN: Lex = Lex { word: NO, cues: 0, surname: NO };
const MAX_WORDS: u32 = 1 << 24;

/// The words of a pattern key and the run of spaces before each (after the first):
/// `None` when the key does not have exactly one space at each end.
fn split_words(key: &str) -> Option<Vec<(u32, &str)>> {
    let b = key.as_bytes();
    if b.len() < 3 || b[0] != b' ' || b[1] == b' ' || b[b.len() - 1] != b' ' || b[b.len() - 2] == b' ' {
        return None;
    }
    let mut out = Vec::new();
    let mut gap = 0u32;
    for (i, w) in key.split(' ').enumerate() {
        if w.is_empty() {
            gap += 1;
            continue;
        }
        // `split` gives one empty piece per extra space; the gap is the number of spaces.
        out.push((if i == 1 { 0 } else { gap + 1 }, w));
        gap = 0;
    }
    Some(out)
}

impl WordTrie {
    /// Interns the patterns' words into `lex` (ids `0..n`).
    fn new(keys: &[String], lex: &mut Lexicon) -> Option<WordTrie> {
        let mut n_words = 0u32;
        let mut t = WordTrie { roots: Vec::new(), edges: IntMap::default(), pattern_at: vec![NO] };
        for (p, k) in keys.iter().enumerate() {
            let ws = split_words(k)?;
            let mut node = 0u32;
            for (i, (gap, w)) in ws.into_iter().enumerate() {
                if gap > 255 {
                    return None;
                }
                let l = lex.entry(w);
                if l.word == NO {
                    l.word = n_words;
                    n_words += 1;
                }
                let id = l.word;
                if id >= MAX_WORDS {
                    return None;
                }
                let next = t.pattern_at.len() as u32;
                let slot = if i == 0 {
                    if t.roots.len() <= id as usize {
                        t.roots.resize(id as usize + 1, NO);
                    }
                    &mut t.roots[id as usize]
                } else {
                    t.edges.entry(u64::from(node) << 32 | u64::from(gap) << 24 | u64::from(id)).or_insert(NO)
                };
                if *slot == NO {
                    *slot = next;
                    t.pattern_at.push(NO);
                }
                node = *slot;
            }
            t.pattern_at[node as usize] = p as u32;
        }
        t.roots.resize(n_words as usize, NO);
        Some(t)
    }

    /// Leftmost-longest matches among the words `ws` (byte start, byte end, word id).
    fn find(&self, ws: &[(usize, usize, u32)], mut report: impl FnMut(usize, usize, usize)) {
        let mut i = 0;
        while i < ws.len() {
            let (s, _, id) = ws[i];
            let mut node = if id == NO { NO } else { self.roots[id as usize] };
            if node == NO {
                i += 1;
                continue;
            }
            let mut best = (self.pattern_at[node as usize], i);
            let mut j = i;
            while j + 1 < ws.len() {
                let (a, _, id) = ws[j + 1];
                let gap = a - ws[j].1;
                if id == NO || gap > 255 {
                    break;
                }
                match self.edges.get(&(u64::from(node) << 32 | (gap as u64) << 24 | u64::from(id))) {
                    Some(&c) => node = c,
                    None => break,
                }
                j += 1;
                if self.pattern_at[node as usize] != NO {
                    best = (self.pattern_at[node as usize], j);
                }
            }
            if best.0 == NO {
                i += 1;
                continue;
            }
            let end = ws[best.1].1 + 1;
            report(s - 1, end, best.0 as usize);
            // Resume where the match ends, as a byte search would.
            i = best.1 + 1;
            while i < ws.len() && ws[i].0 <= end {
                i += 1;
            }
        }
    }
}

/// A match, as a token range `t0..t1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub t0: usize,
    pub t1: usize,
    pub pattern: usize,
}

/// Appends the key of one token (no separators).
pub(crate) fn push_key(out: &mut String, tok: &str) {
    if tok.is_ascii() {
        let b = tok.as_bytes();
        if !b.iter().any(|&c| matches!(c, b'.' | b'-' | b'_' | b' ' | b'\t' | b'\n' | b'\r' | b'A'..=b'Z')) {
            out.push_str(tok);
            return;
        }
        for &c in b {
            match c {
                b'.' | b'\t' | b'\n' | b'\r' | b' ' => {}
                b'-' | b'_' => out.push_str("  "),
                c => out.push(c.to_ascii_lowercase() as char),
            }
        }
        return;
    }
    for c in tok.chars() {
        if c.is_ascii() {
            match c {
                '.' => {}
                '-' | '_' => out.push_str("  "),
                ' ' | '\t' | '\n' | '\r' => {}
                c => out.push(c.to_ascii_lowercase()),
            }
            continue;
        }
        match c {
            '’' | '‘' | '`' | 'ʼ' => out.push('\''),
            '‑' | '‐' | '–' | '—' => out.push_str("  "),
            _ => {
                let a = any_ascii::any_ascii_char(c);
                if a.is_empty() {
                    out.extend(c.to_lowercase());
                } else {
                    for b in a.chars() {
                        if b != ' ' && b != '.' {
                            out.push(b.to_ascii_lowercase());
                        }
                    }
                }
            }
        }
    }
}

/// The normalised form of a dictionary phrase, tokenised like a document.
pub(crate) fn pattern_key(phrase: &str) -> String {
    let toks = newsgraph_core::segment::tokenize(phrase);
    let mut s = String::with_capacity(phrase.len() + 2 * toks.len());
    for t in &toks {
        s.push(' ');
        push_key(&mut s, &phrase[t.start..t.end]);
        s.push(' ');
    }
    s
}

/// A document's normalised text and the offset where each token's segment starts.
pub(crate) struct Normalised {
    pub text: String,
    pub starts: Vec<usize>,
    /// Cue bits of each token's key ([`crate::cues::bit`]).
    pub cues: Vec<u32>,
    /// Cue bits of an empty key (a punctuation token), also for tokens out of range.
    pub empty_cues: u32,
    /// The words of `text`: byte start, byte end, word id (`NO`: in no pattern).
    words: Vec<(usize, usize, u32)>,
    /// Tokens whose key is the surname of exactly one dictionary person: (token, entry).
    pub surnames: Vec<(usize, u32)>,
    /// Case flags of each token ([`CAPITALISED`], [`ACRONYM`]).
    pub flags: Vec<u8>,
    /// A document-local id of each token's key: equal keys, equal ids (`0..n_ids`).
    pub ids: Vec<u32>,
    /// The number of distinct keys.
    pub n_ids: usize,
}

/// Case flag: first letter upper case, or a capitalised part after a hyphen ("al-Assad").
pub(crate) const CAPITALISED: u8 = 1;
/// Case flag: a word of 2+ letters, none lower case, starting with a letter.
pub(crate) const ACRONYM: u8 = 2;

/// Case flags of a token: capitalised (first letter upper case, or a capitalised part
/// after a hyphen: "al-Assad"), acronym (a word of 2+ letters, none lower case).
pub(crate) fn case_flags(s: &str, kind: TokenKind) -> u8 {
    if s.is_ascii() {
        return case_flags_ascii(s.as_bytes(), kind);
    }
    let mut f = 0;
    let mut first = None;
    let (mut letters, mut lower) = (0, false);
    for c in s.chars() {
        if newsgraph_core::chars::is_alphabetic(c) {
            first.get_or_insert(c.is_uppercase());
            letters += 1;
            lower |= c.is_lowercase();
        }
    }
    let hyphen_cap = || s.split(['-', '‑']).skip(1).any(|p| p.chars().next().is_some_and(char::is_uppercase));
    if first == Some(true) || (first == Some(false) && s.contains(['-', '‑']) && hyphen_cap()) {
        f |= CAPITALISED;
    }
    let starts_alpha = s.chars().next().is_some_and(newsgraph_core::chars::is_alphabetic);
    if kind == TokenKind::Word && letters >= 2 && !lower && starts_alpha {
        f |= ACRONYM;
    }
    f
}

/// [`case_flags`] of an ASCII token, in one pass.
fn case_flags_ascii(b: &[u8], kind: TokenKind) -> u8 {
    let mut first = None;
    let (mut letters, mut lower, mut hyphen) = (0u32, false, false);
    for &c in b {
        if c.is_ascii_alphabetic() {
            first.get_or_insert(c.is_ascii_uppercase());
            letters += 1;
            lower |= c.is_ascii_lowercase();
        } else if c == b'-' {
            hyphen = true;
        }
    }
    flags_of(b, kind, first, letters, lower, hyphen)
}

#[inline]
fn flags_of(b: &[u8], kind: TokenKind, first: Option<bool>, letters: u32, lower: bool, hyphen: bool) -> u8 {
    let mut f = 0;
    let hyphen_cap = || b.split(|&c| c == b'-').skip(1).any(|p| p.first().is_some_and(u8::is_ascii_uppercase));
    if first == Some(true) || (first == Some(false) && hyphen && hyphen_cap()) {
        f |= CAPITALISED;
    }
    if kind == TokenKind::Word && letters >= 2 && !lower && b.first().is_some_and(u8::is_ascii_alphabetic) {
        f |= ACRONYM;
    }
    f
}

/// Byte classes for [`push_key_flags`].
const LOWER: u8 = 1;
const UPPER: u8 = 2;
const HYPHEN: u8 = 4;
/// `.` or ASCII white space: dropped from keys.
const DROPPED: u8 = 8;
const NON_ASCII: u8 = 16;
const BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = if c.is_ascii_lowercase() {
            LOWER
        } else if c.is_ascii_uppercase() {
            UPPER
        } else if c == b'-' || c == b'_' {
            HYPHEN
        } else if matches!(c, b'.' | b' ' | b'\t' | b'\n' | b'\r') {
            DROPPED
        } else if c >= 0x80 {
            NON_ASCII
        } else {
            0
        };
        i += 1;
    }
    t
};

/// [`push_key`] and [`case_flags`] of one token, in one pass over an ASCII token; also
/// whether the key may hold a space (a hyphen or dash split the token).
#[inline]
fn push_key_flags(out: &mut String, tok: &str, kind: TokenKind) -> (u8, bool) {
    let b = tok.as_bytes();
    // Classes of all bytes, and the number of letters, without branches.
    let (mut all, mut letters) = (0u8, 0u32);
    for &c in b {
        let k = BYTE_CLASS[usize::from(c)];
        all |= k;
        letters += u32::from(k & (LOWER | UPPER) != 0);
    }
    if all & NON_ASCII != 0 {
        push_key(out, tok);
        return (case_flags(tok, kind), true);
    }
    if all & (HYPHEN | DROPPED) == 0 {
        // The key is the token, lower-cased.
        let n = out.len();
        out.push_str(tok);
        if all & UPPER != 0 {
            if let Some(tail) = out.get_mut(n..) {
                tail.make_ascii_lowercase();
            }
        }
    } else {
        push_key(out, tok);
    }
    let first =
        (all & (LOWER | UPPER) != 0).then(|| b.iter().find(|&&c| c.is_ascii_alphabetic()).is_some_and(u8::is_ascii_uppercase));
    (flags_of(b, kind, first, letters, all & LOWER != 0, all & HYPHEN != 0), all & HYPHEN != 0)
}

/// The common case of [`push_key_flags`] and [`pack`] in one pass: a token of 1 to 15 ASCII
/// bytes with no hyphen, underscore, period or white space, whose key is the token
/// lower-cased. Returns the packed key (as [`pack`] gives it), the token's case flags (as
/// [`case_flags`] gives them), and whether the token has an upper-case letter. `None`: any
/// other token.
#[inline]
fn plain_key(b: &[u8], kind: TokenKind) -> Option<(u128, u8, bool)> {
    let n = b.len();
    if n == 0 || n > 15 {
        return None;
    }
    let mut buf = [0u8; 16];
    let (mut all, mut letters) = (0u8, 0u32);
    for (d, &c) in buf.iter_mut().zip(b) {
        let k = BYTE_CLASS[usize::from(c)];
        all |= k;
        letters += u32::from(k & (LOWER | UPPER) != 0);
        // `UPPER << 4` is 0x20: an upper-case ASCII letter to lower case.
        *d = c | ((k & UPPER) << 4);
    }
    if all & (HYPHEN | DROPPED | NON_ASCII) != 0 {
        return None;
    }
    // The case of the first letter (usually the first byte).
    let first = b.iter().map(|&c| BYTE_CLASS[usize::from(c)] & (LOWER | UPPER)).find(|&l| l != 0).unwrap_or(0);
    buf[15] = n as u8;
    let mut f = 0;
    if first == UPPER {
        f |= CAPITALISED;
    }
    if kind == TokenKind::Word && letters >= 2 && all & LOWER == 0 && BYTE_CLASS[usize::from(b[0])] & (LOWER | UPPER) != 0 {
        f |= ACRONYM;
    }
    Some((u128::from_le_bytes(buf), f, all & UPPER != 0))
}

/// Reusable buffers of [`Matcher::normalise`] (one set per thread).
#[derive(Default)]
struct Scratch {
    text: String,
    starts: Vec<usize>,
    cues: Vec<u32>,
    words: Vec<(usize, usize, u32)>,
    surnames: Vec<(usize, u32)>,
    flags: Vec<u8>,
    ids: Vec<u32>,
    /// Keys of up to 15 bytes (packed) to document ids and what the lexicon knows of them,
    /// for the current document only (small enough to stay in cache).
    short_ids: HashMap<u128, (u32, Lex), std::hash::BuildHasherDefault<IntHash>>,
    /// Longer keys to document ids and lexicon entries.
    long_ids: crate::cues::HashMap<Box<str>, (u32, Lex)>,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

impl Normalised {
    /// The normalised text alone (no word ids, no cue bits).
    #[cfg(test)]
    pub fn new(body: &str, tokens: &[Token]) -> Normalised {
        let mut text = String::with_capacity(body.len() + tokens.len() * 2);
        let mut starts = Vec::with_capacity(tokens.len() + 1);
        for t in tokens {
            starts.push(text.len());
            text.push(' ');
            push_key(&mut text, body.get(t.start..t.end).unwrap_or(""));
            text.push(' ');
        }
        starts.push(text.len());
        Normalised {
            text,
            starts,
            cues: Vec::new(),
            empty_cues: 0,
            words: Vec::new(),
            surnames: Vec::new(),
            flags: Vec::new(),
            ids: Vec::new(),
            n_ids: 0,
        }
    }

    /// Gives the buffers back for the next document of this thread.
    pub fn recycle(self) {
        SCRATCH.with(|s| {
            if let Ok(mut s) = s.try_borrow_mut() {
                // Keep the larger buffers (another document may have used them meanwhile).
                if s.text.capacity() < self.text.capacity() {
                    s.text = self.text;
                    s.starts = self.starts;
                    s.cues = self.cues;
                    s.words = self.words;
                    s.surnames = self.surnames;
                    s.flags = self.flags;
                    s.ids = self.ids;
                }
            }
        });
    }

    /// The token range of a match on `start..end`, when it lies on token boundaries.
    fn tokens(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let t0 = self.starts.binary_search(&start).ok()?;
        let t1 = self.starts.binary_search(&end).ok()?;
        (t1 > t0).then_some((t0, t1))
    }
}

fn build(keys: &[String]) -> Option<AhoCorasick> {
    if keys.is_empty() {
        return None;
    }
    // Measured on the Wikinews corpus with the built-in dictionaries (~30k patterns): the
    // contiguous NFA (1 MB) searches faster than the DFA (20 MB, cache misses) and builds 10× faster.
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(keys)
        .or_else(|_| AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(keys))
        .ok()
}

impl Matcher {
    /// Compiles every name and agent form into one automaton. Later sources take
    /// precedence over earlier ones for the same normalised name (user files over
    /// built-in ones).
    pub fn new(d: &Dictionary) -> Matcher {
        let mut rank: HashMap<&str, usize> = HashMap::new();
        for e in &d.entries {
            let n = rank.len();
            rank.entry(e.origin.file.as_ref()).or_insert(n);
        }
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut keys: Vec<String> = Vec::new();
        let mut ranked: Vec<Vec<(usize, NameRef)>> = Vec::new();
        let mut agents: Vec<Option<u32>> = Vec::new();
        let mut slot_of =
            |k: String, keys: &mut Vec<String>, ranked: &mut Vec<Vec<(usize, NameRef)>>, agents: &mut Vec<Option<u32>>| {
                *index.entry(k.clone()).or_insert_with(|| {
                    keys.push(k);
                    ranked.push(Vec::new());
                    agents.push(None);
                    keys.len() - 1
                })
            };
        for (i, e) in d.entries.iter().enumerate() {
            let r = rank[e.origin.file.as_ref()];
            for n in &e.names {
                // "the Balkans" is compiled as "Balkans" and takes its "the" back after
                // matching, so that a leading "the" cannot hide a longer name that starts
                // on the next word ("the UN refugee agency": "the UN" would win leftmost).
                let (text, the) = match n.text.get(..4) {
                    Some(p) if p.eq_ignore_ascii_case("the ") && n.text.len() > 4 => (n.text[4..].trim_start(), true),
                    _ => (n.text.as_str(), false),
                };
                let k = pattern_key(text);
                if k.trim().is_empty() {
                    continue;
                }
                let slot = slot_of(k, &mut keys, &mut ranked, &mut agents);
                let case = (!e.petrarch).then(|| WordCase::of(text));
                ranked[slot].push((r, NameRef { entry: i as u32, form: n.form, acronym: n.acronym, case, the }));
            }
        }
        for (i, a) in d.agents.iter().enumerate() {
            for f in &a.forms {
                let k = pattern_key(f);
                if k.trim().is_empty() {
                    continue;
                }
                let slot = slot_of(k, &mut keys, &mut ranked, &mut agents);
                match agents[slot] {
                    // A later file replaces an earlier one's agent; within a file the first wins.
                    Some(prev) if d.agents[prev as usize].origin.file == a.origin.file => {}
                    _ => agents[slot] = Some(i as u32),
                }
            }
        }
        // Later files first; within a file, the order written.
        let refs = ranked
            .into_iter()
            .zip(agents)
            .map(|(mut v, agent)| {
                v.sort_by_key(|(r, x)| (std::cmp::Reverse(*r), x.entry));
                Refs { names: v.into_iter().map(|(_, x)| x).collect(), agent }
            })
            .collect();
        let mut lex = Lexicon::default();
        for (w, b) in crate::cues::cues().bits() {
            lex.entry(w).cues |= b;
        }
        let engine = match WordTrie::new(&keys, &mut lex) {
            _ if keys.is_empty() => Engine::Empty,
            Some(w) => Engine::Words(w),
            None => build(&keys).map_or(Engine::Empty, Engine::Bytes),
        };
        add_surnames(d, &mut lex);
        Matcher { lex, engine, refs }
    }

    /// What a pattern stands for.
    pub fn refs(&self, pattern: usize) -> &Refs {
        &self.refs[pattern]
    }

    /// Every match, in text order.
    pub fn find(&self, n: &Normalised, out: &mut Vec<Hit>) {
        self.search(n, 0, n.text.len(), out);
    }

    /// Every match inside tokens `t0..t1`, in text order (to look again inside a longest
    /// match that the case check rejected).
    pub fn find_in(&self, n: &Normalised, t0: usize, t1: usize, out: &mut Vec<Hit>) {
        let (Some(&a), Some(&b)) = (n.starts.get(t0), n.starts.get(t1)) else { return };
        if a < b {
            self.search(n, a, b, out);
        }
    }

    /// Normalises a document: each token's key (see [`push_key`]) in one text, with the
    /// cue bits, case flags and document word id of each token and the word ids of the text
    /// (one lexicon lookup per distinct key of the document). Buffers are reused from the
    /// thread's last document.
    pub fn normalise(&self, body: &str, tokens: &[Token]) -> Normalised {
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut s) => self.normalise_into(body, tokens, &mut s),
            Err(_) => self.normalise_into(body, tokens, &mut Scratch::default()),
        })
    }

    /// One lexicon probe per distinct key of the document: the lexicon is large (every
    /// pattern and cue word), so a probe is often a cache miss, while the table of the
    /// document's own keys stays in cache (a document has about three tokens per distinct
    /// key). The table is emptied for each document rather than kept for the run: a table
    /// of every word seen in a run grows as large as the lexicon, and as slow.
    fn normalise_into(&self, body: &str, tokens: &[Token], s: &mut Scratch) -> Normalised {
        let mut text = std::mem::take(&mut s.text);
        let mut starts = std::mem::take(&mut s.starts);
        let mut cues = std::mem::take(&mut s.cues);
        let mut words = std::mem::take(&mut s.words);
        let mut surnames = std::mem::take(&mut s.surnames);
        let mut flags = std::mem::take(&mut s.flags);
        let mut ids = std::mem::take(&mut s.ids);
        starts.clear();
        text.clear();
        cues.clear();
        words.clear();
        surnames.clear();
        flags.clear();
        ids.clear();
        s.short_ids.clear();
        s.long_ids.clear();
        text.reserve(body.len() + tokens.len() * 2);
        starts.reserve(tokens.len() + 1);
        cues.reserve(tokens.len());
        words.reserve(tokens.len());
        flags.reserve(tokens.len());
        ids.reserve(tokens.len());
        let empty_cues = self.lex.get("").map_or(0, |l| l.cues);
        let mut n_ids = 0u32;
        for (ti, t) in tokens.iter().enumerate() {
            let seg = text.len();
            starts.push(seg);
            text.push(' ');
            let raw = body.get(t.start..t.end).unwrap_or("");
            if let Some((k, f, upper)) = plain_key(raw.as_bytes(), t.kind) {
                // Most tokens: a plain word, its key the word lower-cased (one pass, one probe).
                text.push_str(raw);
                if upper {
                    if let Some(tail) = text.get_mut(seg + 1..) {
                        tail.make_ascii_lowercase();
                    }
                }
                let end = text.len();
                flags.push(f);
                let (id, lex) = *s.short_ids.entry(k).or_insert_with(|| {
                    n_ids += 1;
                    (n_ids - 1, self.lex.short.get(&k).copied().unwrap_or(UNKNOWN))
                });
                ids.push(id);
                cues.push(lex.cues);
                if lex.surname != NO {
                    surnames.push((ti, lex.surname));
                }
                words.push((seg + 1, end, lex.word));
                text.push(' ');
                continue;
            }
            let (f, spaced) = push_key_flags(&mut text, raw, t.kind);
            flags.push(f);
            let end = text.len();
            let key = text.get(seg + 1..end).unwrap_or("");
            let (id, lex) = match pack(key) {
                Some(k) => *s.short_ids.entry(k).or_insert_with(|| {
                    n_ids += 1;
                    (n_ids - 1, self.lex.short.get(&k).copied().unwrap_or(UNKNOWN))
                }),
                None => match s.long_ids.get(key) {
                    Some(&x) => x,
                    None => {
                        let x = (n_ids, self.lex.long.get(key).copied().unwrap_or(UNKNOWN));
                        s.long_ids.insert(key.into(), x);
                        n_ids += 1;
                        x
                    }
                },
            };
            ids.push(id);
            cues.push(if key.is_empty() { empty_cues } else { lex.cues });
            if lex.surname != NO && !key.is_empty() {
                surnames.push((ti, lex.surname));
            }
            let one_word = !spaced || !key.as_bytes().contains(&b' ');
            if !key.is_empty() && one_word {
                words.push((seg + 1, end, lex.word));
            } else {
                // A hyphenated token ("al-Qaeda" → "al  qaeda"): one word per part.
                let mut i = seg + 1;
                for w in key.split(' ') {
                    if !w.is_empty() {
                        words.push((i, i + w.len(), self.lex.get(w).map_or(NO, |l| l.word)));
                    }
                    i += w.len() + 1;
                }
            }
            text.push(' ');
        }
        starts.push(text.len());
        Normalised { text, starts, cues, empty_cues, words, surnames, flags, ids, n_ids: n_ids as usize }
    }

    /// Matches on `n.text[a..b]` (`a`, `b`: token starts) that lie on token boundaries.
    fn search(&self, n: &Normalised, a: usize, b: usize, out: &mut Vec<Hit>) {
        let Some(text) = n.text.get(a..b) else { return };
        let mut push = |s: usize, e: usize, p: usize| {
            if let Some((t0, t1)) = n.tokens(s, e) {
                out.push(Hit { t0, t1, pattern: p });
            }
        };
        match &self.engine {
            Engine::Empty => {}
            Engine::Words(w) => {
                let i = n.words.partition_point(|x| x.0 < a);
                let j = n.words.partition_point(|x| x.0 < b);
                w.find(n.words.get(i..j).unwrap_or(&[]), push);
            }
            Engine::Bytes(ac) => {
                for m in ac.find_iter(text) {
                    push(a + m.start(), a + m.end(), m.pattern().as_usize());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_only_whole_tokens() {
        let body = "China, Russia and al-Qaeda; Chinatown.";
        let toks = newsgraph_core::segment::tokenize(body);
        let n = Normalised::new(body, &toks);
        let ac = build(&[pattern_key("China"), pattern_key("Russia"), pattern_key("al Qaeda"), pattern_key("al")]).unwrap();
        let got: Vec<&str> = ac
            .find_iter(&n.text)
            .filter_map(|m| n.tokens(m.start(), m.end()))
            .map(|(a, b)| &body[toks[a].start..toks[b - 1].end])
            .collect();
        assert_eq!(got, ["China", "Russia", "al-Qaeda"]);
    }

    /// The word trie finds exactly what byte-level Aho–Corasick finds, hyphens, dashes and
    /// punctuation included (names that start or end inside a hyphenated word are rejected
    /// by both, and hide the same shorter names).
    #[test]
    fn word_trie_equals_byte_search() {
        let vocab = ["al", "Qaeda", "United", "States", "led", "-", "—", ".", "U.S.", "the", "Saudi", "Arabia", "x", "'s"];
        let names = [
            "al Qaeda",
            "al-Qaeda",
            "al",
            "Qaeda",
            "United States",
            "States",
            "Saudi",
            "Saudi Arabia",
            "Arabia-led",
            "U.S.",
            "the United States",
            "United States-led",
            "x - x",
            "x — x",
            "x's",
            "'s",
            "led",
        ];
        // Distinct keys, as `Matcher::new` compiles them.
        let mut keys: Vec<String> = Vec::new();
        for k in names.iter().map(|n| pattern_key(n)) {
            if !keys.contains(&k) {
                keys.push(k);
            }
        }
        let engines = |keys: &[String]| {
            let mut lex = Lexicon::default();
            let trie = WordTrie::new(keys, &mut lex).expect("regular patterns");
            let words = Matcher { lex, engine: Engine::Words(trie), refs: Vec::new() };
            let bytes = Matcher { lex: Lexicon::default(), engine: Engine::Bytes(build(keys).unwrap()), refs: Vec::new() };
            (words, bytes)
        };
        let (words, bytes) = engines(&keys);
        let mut seed = 12345u64;
        let mut next = |n: usize| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        for _ in 0..3000 {
            let mut body = String::new();
            for _ in 0..next(12) {
                body.push_str(vocab[next(vocab.len())]);
                body.push_str(["", " ", "-", " ", ", "][next(5)]);
            }
            let toks = newsgraph_core::segment::tokenize(&body);
            let n = words.normalise(&body, &toks);
            let (mut a, mut b) = (Vec::new(), Vec::new());
            words.find(&n, &mut a);
            bytes.find(&n, &mut b);
            assert_eq!(a, b, "{body:?}");
            if toks.len() > 2 {
                let (t0, t1) = (next(toks.len()), next(toks.len()));
                let (mut a, mut b) = (Vec::new(), Vec::new());
                words.find_in(&n, t0.min(t1), t0.max(t1), &mut a);
                bytes.find_in(&n, t0.min(t1), t0.max(t1), &mut b);
                assert_eq!(a, b, "{body:?} {t0} {t1}");
            }
        }
        // A name whose key starts with a space cannot be searched word by word.
        assert!(WordTrie::new(&[pattern_key("-x")], &mut Lexicon::default()).is_none());
    }

    #[test]
    fn push_key_flags_equals_push_key_and_case_flags() {
        let toks = [
            "",
            "a",
            "A",
            "al-Assad",
            "AL-ASSAD",
            "U.S.",
            "u.s",
            "Mr.",
            "McDonald",
            "NATO",
            "NATO's",
            "x-Ray",
            "-",
            "--",
            "'s",
            "3rd",
            "1,000",
            "COVID-19",
            "Zürich",
            "ÉTATS",
            "d’Ivoire",
            "a\tb",
            "e.g.",
            "iPhone",
            "X",
            "AB-cd",
            "ab-CD",
            "Kyiv—Moscow",
        ];
        for t in toks {
            for kind in [TokenKind::Word, TokenKind::Number, TokenKind::Punct] {
                let (mut a, mut b) = (String::from("x"), String::from("x"));
                let (f, spaced) = push_key_flags(&mut a, t, kind);
                push_key(&mut b, t);
                assert_eq!(a, b, "{t:?}");
                assert_eq!(f, case_flags(t, kind), "{t:?} {kind:?}");
                assert!(spaced || !a.contains(' '), "{t:?}");
            }
        }
    }

    /// Word ids are per document (first occurrence first), whatever the thread's word cache
    /// holds from earlier documents.
    #[test]
    fn ids_do_not_depend_on_earlier_documents() {
        let lex = Lexicon::default();
        let m = Matcher { lex, engine: Engine::Empty, refs: Vec::new() };
        let docs = ["China and Russia met in China.", "Russia, not China: Russia said so. India", "China China"];
        for _ in 0..2 {
            for d in docs {
                let toks = newsgraph_core::segment::tokenize(d);
                let cached = m.normalise(d, &toks);
                let fresh = m.normalise_into(d, &toks, &mut Scratch::default());
                assert_eq!(cached.ids, fresh.ids, "{d}");
                assert_eq!(cached.n_ids, fresh.n_ids, "{d}");
                assert_eq!(cached.text, fresh.text, "{d}");
                assert_eq!(cached.flags, fresh.flags, "{d}");
                cached.recycle();
            }
        }
    }

    #[test]
    fn plain_key_equals_push_key_flags_and_pack() {
        let toks = [
            "",
            "a",
            "A",
            "al-Assad",
            "U.S.",
            "Mr.",
            "McDonald",
            "NATO",
            "NATO's",
            "'s",
            "3rd",
            "1,000",
            "COVID19",
            "Zürich",
            "iPhone",
            "X",
            "x",
            "AB",
            "A1",
            "1A",
            "abcdefghijklmno",
            "ABCDEFGHIJKLMNO",
            "abcdefghijklmnop",
            "a b",
            "a_b",
            "@",
            "O'Neil",
            "[",
            "`",
            "{",
            "Z",
            "z",
            "e.g",
            "AbC",
            "aBC",
        ];
        for t in toks {
            for kind in [TokenKind::Word, TokenKind::Number, TokenKind::Punct] {
                let mut a = String::new();
                let (f, _) = push_key_flags(&mut a, t, kind);
                match plain_key(t.as_bytes(), kind) {
                    Some((k, pf, upper)) => {
                        assert_eq!(Some(k), pack(&a), "{t:?}");
                        assert_eq!(pf, f, "{t:?} {kind:?}");
                        assert_eq!(upper, t.bytes().any(|c| c.is_ascii_uppercase()), "{t:?}");
                        assert!(!a.is_empty() && !a.contains(' '), "{t:?}");
                    }
                    None => assert!(
                        t.is_empty() || t.len() > 15 || !t.is_ascii() || t.contains(['-', '_', '.', ' ', '\t', '\n', '\r']),
                        "{t:?}"
                    ),
                }
            }
        }
        // Every single byte and pair of ASCII bytes.
        for x in 0u8..128 {
            for y in 0u8..128 {
                for t in [vec![x], vec![x, y], vec![b'A', x, y]] {
                    let t = std::str::from_utf8(&t).unwrap();
                    if let Some((k, pf, _)) = plain_key(t.as_bytes(), TokenKind::Word) {
                        let mut a = String::new();
                        let (f, _) = push_key_flags(&mut a, t, TokenKind::Word);
                        assert_eq!((Some(k), pf), (pack(&a), f), "{t:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn pack_is_bytes_then_length() {
        let words = ["", "a", "ab", "abc", "abcd", "abcde", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmno", "zürich"];
        for w in words {
            let mut a = [0u8; 16];
            a[..w.len()].copy_from_slice(w.as_bytes());
            a[15] = w.len() as u8;
            assert_eq!(pack(w), Some(u128::from_le_bytes(a)), "{w}");
        }
        assert_eq!(pack("abcdefghijklmnop"), None);
    }

    #[test]
    fn keys() {
        assert_eq!(pattern_key("U.S."), " us ");
        assert_eq!(pattern_key("al-Qaeda"), " al  qaeda ");
        assert_eq!(pattern_key("Al Qaeda"), " al  qaeda ");
        assert_eq!(pattern_key("Dol_Amroth"), " dol  amroth ");
        assert_eq!(pattern_key("Côte d’Ivoire"), " cote  d'ivoire ");
        assert_eq!(pattern_key("Russia's"), " russia  's ");
        assert_eq!(pattern_key("Erdoğan"), " erdogan ");
    }
}
