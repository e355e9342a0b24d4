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
    /// Reads the case of each token (`toks`) of a dictionary phrase.
    pub fn of_tokens(phrase: &str, toks: &[Token]) -> WordCase {
        let mut w = WordCase::default();
        for (i, t) in toks.iter().enumerate().take(64) {
            let s = phrase.get(t.start..t.end).unwrap_or("");
            if s.is_ascii() {
                // The same tests on bytes (an ASCII letter is alphabetic, and has a case).
                let b = s.as_bytes();
                let letters = b.iter().filter(|c| c.is_ascii_alphabetic()).count();
                let Some(&first) = b.iter().find(|c| c.is_ascii_alphabetic()) else { continue };
                if letters >= 2 && !b.iter().any(u8::is_ascii_lowercase) {
                    w.upper |= 1 << i;
                } else if first.is_ascii_uppercase() {
                    w.capital |= 1 << i;
                }
                continue;
            }
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
    pub(crate) lex: Lexicon,
    pub(crate) engine: Engine,
    pub(crate) refs: Vec<Refs>,
}

/// What the matcher knows of one word.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Lex {
    /// Id in the word trie (`NO`: in no pattern).
    pub(crate) word: u32,
    /// Cue bits ([`crate::cues::bit`]).
    pub(crate) cues: u32,
    /// The dictionary person whose surname the word is, when exactly one person's is and the
    /// word is no cue word (`NO`: none, or ambiguous).
    pub(crate) surname: u32,
}

/// Words to [`Lex`]: words of up to 15 bytes packed into a `u128` (no string to follow and
/// compare: one probe), longer ones as strings.
#[derive(Default)]
pub(crate) struct Lexicon {
    /// Words of up to 15 bytes while the lexicon is built (empty in a lexicon read from a
    /// snapshot: `fast` holds them).
    short: HashMap<u128, Lex, std::hash::BuildHasherDefault<IntHash>>,
    pub(crate) long: crate::cues::HashMap<Box<str>, Lex>,
    /// `short` again, for the lookups of the normaliser (filled by [`Lexicon::freeze`]).
    pub(crate) fast: LexTable,
    /// A number of its own once frozen (0 before), by which the normaliser's cache knows whose
    /// answers it holds ([`Cache`]).
    pub(crate) serial: u64,
}

/// The last [`Lexicon::serial`] given.
static SERIALS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// A new [`Lexicon::serial`] (never 0).
fn next_serial() -> u64 {
    SERIALS.fetch_add(1, std::sync::atomic::Ordering::Relaxed).wrapping_add(1).max(1)
}

/// A slot of [`LexTable`].
#[derive(Clone, Copy)]
pub(crate) struct LexSlot {
    pub(crate) lo: u64,
    pub(crate) hi: u64,
    pub(crate) lex: Lex,
    pub(crate) used: bool,
}

/// Packed keys ([`pack`], as two words) to what the lexicon knows of them: open addressing
/// with linear probing on [`key_hash`], at most half full. A probe is a few
/// instructions (the general hash map's is several times more).
#[derive(Default)]
pub(crate) struct LexTable {
    /// A power of two of slots (or none).
    pub(crate) slots: Vec<LexSlot>,
}

impl LexTable {
    fn new(keys: impl ExactSizeIterator<Item = (u128, Lex)>) -> LexTable {
        let size = (2 * keys.len()).max(16).next_power_of_two();
        let mut slots = vec![LexSlot { lo: 0, hi: 0, lex: UNKNOWN, used: false }; size];
        for (k, lex) in keys {
            let (lo, hi) = (k as u64, (k >> 64) as u64);
            let mut i = (key_hash(lo, hi) >> 32) as usize & (size - 1);
            while slots[i].used {
                i = (i + 1) & (size - 1);
            }
            slots[i] = LexSlot { lo, hi, lex, used: true };
        }
        LexTable { slots }
    }

    /// What the lexicon knows of the key `lo`, `hi` (as [`pack`] packs it).
    #[inline(always)]
    fn get(&self, lo: u64, hi: u64) -> Lex {
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = (key_hash(lo, hi) >> 32) as usize & mask;
        while let Some(s) = self.slots.get(i) {
            if !s.used {
                break;
            }
            if s.lo == lo && s.hi == hi {
                return s.lex;
            }
            i = (i + 1) & mask;
        }
        UNKNOWN
    }

    /// The lexicon's entry for the key `lo`, `hi` (`None`: the lexicon does not hold it).
    fn find(&self, lo: u64, hi: u64) -> Option<&Lex> {
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = (key_hash(lo, hi) >> 32) as usize & mask;
        while let Some(s) = self.slots.get(i).filter(|s| s.used) {
            if s.lo == lo && s.hi == hi {
                return Some(&s.lex);
            }
            i = (i + 1) & mask;
        }
        None
    }
}

/// A word of up to 15 bytes as one number (bytes, then the length in the last byte).
#[inline]
fn pack(w: &str) -> Option<u128> {
    let (lo, hi) = newsgraph_core::fxhash::short_words(w.as_bytes())?;
    Some(newsgraph_core::fxhash::short_key(lo, hi, w.len()))
}

impl Lexicon {
    #[inline]
    pub(crate) fn get(&self, w: &str) -> Option<&Lex> {
        match pack(w) {
            // Once frozen, `fast` holds what `short` does (a lexicon read from a snapshot has
            // only `fast`).
            Some(k) if !self.fast.slots.is_empty() => self.fast.find(k as u64, (k >> 64) as u64),
            Some(k) => self.short.get(&k),
            None => self.long.get(w),
        }
    }

    /// A frozen lexicon from its tables (a snapshot's: see `snapshot.rs`).
    pub(crate) fn frozen(long: crate::cues::HashMap<Box<str>, Lex>, fast: LexTable) -> Lexicon {
        Lexicon { short: HashMap::default(), long, fast, serial: next_serial() }
    }

    /// Fills the table of the normaliser's lookups: once every word is in.
    fn freeze(&mut self) {
        self.fast = LexTable::new(self.short.iter().map(|(&k, &l)| (k, l)));
        self.serial = next_serial();
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
/// `found`: the key of each person's name's last word ([`surname_key`]) and the person.
fn add_surnames(found: Vec<(String, u32)>, lex: &mut Lexicon) {
    const AMBIGUOUS: u32 = NO - 1;
    let mut seen: HashMap<String, u32> = HashMap::with_capacity(found.len());
    for (key, i) in found {
        let slot = seen.entry(key).or_insert(i);
        if *slot != i {
            *slot = AMBIGUOUS;
        }
    }
    for (w, e) in seen {
        if e == AMBIGUOUS || lex.get(&w).is_some_and(|l| l.cues & !crate::cues::bit::NOT_LISTED != 0) {
            continue;
        }
        lex.entry(&w).surname = e;
    }
}

/// The surname key of a dictionary person's name `text` (tokenised: `toks`) for
/// [`add_surnames`]: the key of its last word, when it has two words or more and the key is
/// plain (three letters or more, or apostrophes) and no generational suffix.
fn surname_key(text: &str, toks: &[Token]) -> Option<String> {
    if toks.len() < 2 {
        return None;
    }
    let last = toks.last().and_then(|t| text.get(t.start..t.end))?;
    let mut key = String::new();
    push_key(&mut key, last);
    let plain = key.len() >= 3 && key.bytes().all(|b| b.is_ascii_lowercase() || b == b'\'');
    (plain && !matches!(key.as_str(), "jr" | "sr" | "ii" | "iii" | "iv")).then_some(key)
}

/// How patterns are searched.
pub(crate) enum Engine {
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
        // The product's high bits are mixed, its low bits hardly (they depend only on the
        // key's low bits: a word id, for the trie's edges), and the table picks its bucket
        // with the low bits: bring the high bits down (as rustc-hash does).
        self.0.rotate_left(26)
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
pub(crate) struct WordTrie {
    /// Node reached from the root by word id (`NO`: no pattern starts with it).
    pub(crate) roots: Vec<u32>,
    /// (node << 32 | gap << 24 | word) → child node.
    pub(crate) edges: EdgeTable,
    /// Pattern ending at each node (`NO`: none).
    pub(crate) pattern_at: Vec<u32>,
}

pub(crate) const NO: u32 = u32::MAX;
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
    for (i, w) in crate::dict::split_on(key, b' ').enumerate() {
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
        let mut t = WordTrie { roots: Vec::new(), edges: EdgeTable::default(), pattern_at: vec![NO] };
        let mut edges: IntMap<u32> = IntMap::default();
        // About one edge per pattern (most have one or two words), a node per edge or root.
        edges.reserve(keys.len());
        t.pattern_at.reserve(2 * keys.len());
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
                    edges.entry(u64::from(node) << 32 | u64::from(gap) << 24 | u64::from(id)).or_insert(NO)
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
        t.edges = EdgeTable::new(&edges);
        Some(t)
    }

    /// Gives the words that start a pattern the cue bit [`crate::cues::bit::PATTERN_START`].
    fn mark_starts(&self, lex: &mut Lexicon) {
        let starts = |l: &Lex| self.roots.get(l.word as usize).is_some_and(|&r| r != NO);
        for l in lex.short.values_mut().chain(lex.long.values_mut()) {
            if starts(l) {
                l.cues |= crate::cues::bit::PATTERN_START;
            }
        }
    }

    /// Leftmost-longest matches among the words of tokens `t0..t1` of `n`, reported as the
    /// first word's start and token, the last word's end and token, and the pattern.
    fn find(&self, n: &Normalised, t0: usize, t1: usize, mut report: impl FnMut(usize, u32, usize, u32, usize)) {
        let mut c = n.cursor(t0);
        // The tokens of one word that starts no pattern are skipped by their bits (`starts`).
        let toks = n.toks.get(..t1.min(n.len())).unwrap_or(&[]);
        loop {
            c.t = next_set(&n.starts, c.t).min(toks.len());
            // Most candidates: a token of one word followed by tokens of one word, whose words
            // are two spaces apart.
            if let Some(x) = toks.get(c.t).filter(|x| x.word != SPLIT) {
                if let Some(found) = self.plain_run(toks, c.t, x.word) {
                    let Some((p, last)) = found else {
                        c.t += 1;
                        continue;
                    };
                    let (s, e) = (x.start + 1, n.start(last + 1).map_or(0, |y| y.wrapping_sub(1)));
                    report(s, c.t as u32, e, last as u32, p as usize);
                    c.t = last + 1;
                    continue;
                }
            }
            let Some((start, first_end, id, first)) = n.next_word(&mut c, t1) else { break };
            // (A word in no pattern, `NO`, has no root.)
            let Some(&root) = self.roots.get(id as usize) else { continue };
            if root == NO {
                continue;
            }
            let mut node = root;
            // The longest match so far: pattern, last word's end and token, and where it leaves the walk.
            let mut best = (self.pattern(node), first_end, first, c);
            let (mut d, mut prev_end) = (c, first_end);
            while let Some((s, e, w, t)) = n.next_word(&mut d, t1) {
                let gap = s.wrapping_sub(prev_end);
                if w == NO || gap > 255 {
                    break;
                }
                node = self.edges.get(u64::from(node) << 32 | (gap as u64) << 24 | u64::from(w));
                if node == NO {
                    break;
                }
                prev_end = e;
                let p = self.pattern(node);
                if p != NO {
                    best = (p, e, t, d);
                }
            }
            let (p, end, last, after) = best;
            if p == NO {
                continue;
            }
            report(start, first, end, last, p as usize);
            // Resume where the match ends, as a byte search would.
            c = after;
            loop {
                let mut e = c;
                match n.next_word(&mut e, t1) {
                    Some(w) if w.0 <= end + 1 => c = e,
                    _ => break,
                }
            }
        }
    }

    /// The longest match that starts with the word `word` of token `t` when the walk meets
    /// only tokens of one word (`toks`: the tokens searched): `Some(Some((pattern, last
    /// token)))`, `Some(None)` when there is none, `None` when the walk meets another token
    /// (the caller walks word by word).
    #[inline]
    fn plain_run(&self, toks: &[Tok], t: usize, word: u32) -> Option<Option<(u32, usize)>> {
        let Some(&root) = self.roots.get(word as usize) else { return Some(None) };
        let mut node = root;
        let mut best = (self.pattern(node), t);
        let mut j = t + 1;
        while let Some(y) = toks.get(j) {
            if y.word == SPLIT {
                return None;
            }
            if y.word == NO {
                break;
            }
            // Consecutive one-word segments: ` a  b `, a gap of two spaces.
            node = self.edges.get(u64::from(node) << 32 | 2 << 24 | u64::from(y.word));
            if node == NO {
                break;
            }
            let p = self.pattern(node);
            if p != NO {
                best = (p, j);
            }
            j += 1;
        }
        Some((best.0 != NO).then_some(best))
    }

    /// The pattern ending at `node` (`NO`: none).
    #[inline]
    fn pattern(&self, node: u32) -> u32 {
        self.pattern_at.get(node as usize).copied().unwrap_or(NO)
    }
}

/// The trie's edges (keys `node << 32 | gap << 24 | word`, never 0: node 0 is the root, no
/// edge leaves it) to child nodes: open addressing with linear probing, at most half full.
#[derive(Default)]
pub(crate) struct EdgeTable {
    /// A power of two of (key, child) slots, key 0 for an empty one (or none).
    pub(crate) slots: Vec<(u64, u32)>,
    /// log2 of the number of slots.
    pub(crate) bits: u32,
}

impl EdgeTable {
    fn new(edges: &IntMap<u32>) -> EdgeTable {
        let size = (2 * edges.len()).max(16).next_power_of_two();
        let bits = size.trailing_zeros();
        let mut t = EdgeTable { slots: vec![(0, NO); size], bits };
        for (&k, &v) in edges {
            let mut i = t.slot(k);
            while t.slots[i].0 != 0 {
                i = (i + 1) & (size - 1);
            }
            t.slots[i] = (k, v);
        }
        t
    }

    /// The first slot to probe for `key` (the high bits of a multiplicative hash).
    #[inline(always)]
    fn slot(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 1 >> (63 - self.bits)) as usize
    }

    /// The child of `key` (`NO`: no such edge).
    #[inline]
    fn get(&self, key: u64) -> u32 {
        if key == 0 {
            return NO;
        }
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = self.slot(key) & mask;
        while let Some(&(k, v)) = self.slots.get(i) {
            if k == key {
                return v;
            }
            if k == 0 {
                break;
            }
            i = (i + 1) & mask;
        }
        NO
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
        // Runs between dropped bytes and hyphens as slices, lower-cased in place at the end.
        let from = out.len();
        let mut last = 0;
        for (i, &c) in b.iter().enumerate() {
            match c {
                b'.' | b'\t' | b'\n' | b'\r' | b' ' | b'-' | b'_' => {
                    out.push_str(tok.get(last..i).unwrap_or(""));
                    if matches!(c, b'-' | b'_') {
                        out.push_str("  ");
                    }
                    last = i + 1;
                }
                _ => {}
            }
        }
        out.push_str(tok.get(last..).unwrap_or(""));
        if let Some(tail) = out.get_mut(from..) {
            tail.make_ascii_lowercase();
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
    key_of_tokens(phrase, &newsgraph_core::segment::tokenize(phrase))
}

/// [`pattern_key`], of a phrase already tokenised.
fn key_of_tokens(phrase: &str, toks: &[Token]) -> String {
    let mut s = String::with_capacity(phrase.len() + 2 * toks.len());
    for t in toks {
        s.push(' ');
        push_key(&mut s, phrase.get(t.start..t.end).unwrap_or(""));
        s.push(' ');
    }
    s
}

/// What normalising records of one token.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Tok {
    /// Where the token's segment (` key `) starts in the normalised text.
    pub start: usize,
    /// Cue bits of the token's key ([`crate::cues::bit`]).
    pub cues: u32,
    /// A document-local id of the token's key: equal keys, equal ids (`0..n_ids`).
    pub id: u32,
    /// The key's word id in the word trie when the key is one word (`NO`: in no pattern);
    /// [`SPLIT`] when the key is empty or holds spaces (its words, if any, are in
    /// [`Normalised::split`]).
    pub word: u32,
}

/// [`Tok::word`] of a token whose key is not one word.
const SPLIT: u32 = NO - 1;

/// A word of the normalised text: byte start, byte end, word id (`NO`: in no pattern), token.
type Word = (usize, usize, u32, u32);

/// Where a walk over the words of a [`Normalised`] stands: the next token, and the next
/// entry of [`Normalised::split`].
#[derive(Clone, Copy)]
struct Cursor {
    t: usize,
    k: usize,
}

/// What normalising records of a document: each token's record and flags, and the keys.
///
/// The normalised text (` key ` per token, see [`push_key`]) is not written: a token's
/// [`Tok::start`] is where its segment would start in it (so that two tokens' starts give the
/// key's length), and each distinct key is written once, in `keys`. [`Normalised::text`] makes
/// the text when it is asked for (the byte-level search).
pub(crate) struct Normalised {
    /// The document's distinct keys, one after the other, in the order of their ids.
    keys: String,
    /// By document id: where the key starts in `keys`.
    key_at: Vec<usize>,
    /// The normalised text, once made.
    text: std::cell::OnceCell<String>,
    /// One record per token, then one more whose `start` is the text's length (and whose cue
    /// bits are `empty_cues`, id `NO`).
    toks: Vec<Tok>,
    /// Flags of each token ([`CAPITALISED`], [`ACRONYM`], [`WORD`], [`PRONOUN`]).
    flags: Vec<u8>,
    /// Cue bits of an empty key (a punctuation token), also for tokens out of range.
    pub empty_cues: u32,
    /// The words of the tokens whose key is not one word ([`SPLIT`]), in text order (the
    /// other tokens' words are their keys, with [`Tok::word`]).
    split: Vec<Word>,
    /// Tokens whose key is the surname of exactly one dictionary person: (token, entry).
    pub surnames: Vec<(usize, u32)>,
    /// The number of distinct keys.
    pub n_ids: usize,
    /// By document id: is the key some word token's that is not capitalised?
    pub lower_seen: Vec<bool>,
    /// Bit `t` (bit `t % 64` of word `t / 64`): token `t` is capitalised, or its key is a
    /// pronoun's (see [`Normalised::neither_capitalised_nor_pronoun`]).
    pub look: Vec<u64>,
    /// Bit `t`: token `t` is a capitalised word ([`TokenKind::Word`]).
    pub cap_words: Vec<u64>,
    /// Bit `t`: the search stops at token `t` ([`STARTS`]): its key's word starts a pattern,
    /// or its key holds several words.
    starts: Vec<u64>,
}

/// The first set bit of `bits` at `from` or after (`usize::MAX` when there is none).
#[inline]
pub(crate) fn next_set(bits: &[u64], from: usize) -> usize {
    let mut w = from >> 6;
    let Some(&first) = bits.get(w) else { return usize::MAX };
    let mut x = first & (u64::MAX << (from & 63));
    loop {
        if x != 0 {
            return w * 64 + x.trailing_zeros() as usize;
        }
        w += 1;
        match bits.get(w) {
            Some(&y) => x = y,
            None => return usize::MAX,
        }
    }
}

/// Is bit `t` of `bits` set (false out of range)?
#[inline]
pub(crate) fn bit_set(bits: &[u64], t: usize) -> bool {
    bits.get(t >> 6).is_some_and(|w| w >> (t & 63) & 1 != 0)
}

/// Case flag: first letter upper case, or a capitalised part after a hyphen ("al-Assad").
pub(crate) const CAPITALISED: u8 = 1;
/// Case flag: a word of 2+ letters, none lower case, starting with a letter.
pub(crate) const ACRONYM: u8 = 2;
/// Token flag: a word ([`TokenKind::Word`]).
pub(crate) const WORD: u8 = 4;
/// Token flag: the key is a pronoun's ("he", "she", "his", "her": the cue bit
/// [`crate::cues::bit::PRONOUN`], which [`pronoun_flag`] moves here).
const PRONOUN: u8 = 8;

/// Token flag: the search stops at the token: its key's word starts a pattern (the cue bit
/// [`crate::cues::bit::PATTERN_START`]), or its key holds several words (its words are in
/// [`Normalised::split`], which the search's cursor must walk in step). Keys with no word (a
/// period's) and words that start no pattern are passed by.
const STARTS: u8 = 16;

/// [`PRONOUN`] and [`STARTS`] from a token's cue bits: one shift and a mask per token.
#[inline(always)]
fn cue_flags(cues: u32) -> u8 {
    use crate::cues::bit;
    const SHIFT: u32 = bit::PRONOUN.trailing_zeros() - PRONOUN.trailing_zeros();
    const _: () = assert!(bit::PRONOUN >> SHIFT == PRONOUN as u32 && bit::PATTERN_START >> SHIFT == STARTS as u32);
    (cues >> SHIFT) as u8 & (PRONOUN | STARTS)
}

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

/// Eight copies of a byte value.
const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of each byte of a word.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// Of a word of ASCII bytes (none above 0x7f): the high bit of each byte that is `c` or
/// more (`c` at most 0x80). The sums stay below 0x100, so no carry crosses a byte.
#[inline(always)]
fn at_least(x: u64, c: u8) -> u64 {
    x.wrapping_add(ONES * u64::from(0x80 - c)) & HIGH
}

/// Of a word of ASCII bytes: the high bit of each upper-case letter, of each lower-case
/// letter, and of each byte that keeps a token off the plain path (white space and other
/// control bytes, `-`, `.`, `_`).
#[inline(always)]
fn classes(x: u64) -> (u64, u64, u64) {
    let upper = at_least(x, b'A') & !at_least(x, b'Z' + 1);
    let lower = at_least(x, b'a') & !at_least(x, b'z' + 1);
    let special = !at_least(x, b'!') | (at_least(x, b'-') & !at_least(x, b'/')) | (at_least(x, b'_') & !at_least(x, b'`'));
    (upper, lower, special & HIGH)
}

/// The case flags of a plain token from the high bits of its upper-case and lower-case
/// letters (first eight bytes).
#[inline(always)]
fn word_flags(upper: u64, lower: u64, kind: TokenKind) -> u8 {
    let letters = upper | lower;
    // The lowest letter bit is the first letter's.
    let mut f = u8::from(upper & letters & letters.wrapping_neg() != 0) * CAPITALISED;
    if kind == TokenKind::Word && letters & letters.wrapping_sub(1) != 0 && lower == 0 && letters & 0x80 != 0 {
        f |= ACRONYM;
    }
    f
}

/// Eight bytes of `body` from `at` (zeros past its end).
#[inline(always)]
fn load8(body: &[u8], at: usize) -> u64 {
    match body.get(at..at.wrapping_add(8)) {
        Some(w) => w.try_into().map_or(0, u64::from_le_bytes),
        None => {
            let mut buf = [0u8; 8];
            let w = body.get(at..).unwrap_or(&[]);
            let k = w.len().min(8);
            buf[..k].copy_from_slice(&w[..k]);
            u64::from_le_bytes(buf)
        }
    }
}

/// [`raw_token`]'s and [`plain_key`]'s sixteen bytes of `body` from `start` near the body's end (zeros past it);
/// `None` when the token `start..end` is not in range.
#[inline(never)]
fn tail16(body: &[u8], start: usize, end: usize) -> Option<(u64, u64)> {
    (end <= body.len()).then(|| (load8(body, start), load8(body, start.wrapping_add(8))))
}

/// Sixteen bytes from `start` as two words, with one test of range (a token of at most 15
/// bytes is in range when they are); near the body's end, the token's bytes and zeros past
/// them ([`tail16`]). `None`: out of range.
#[inline(always)]
fn load16(body: &[u8], start: usize, end: usize) -> Option<(u64, u64)> {
    match body.get(start..start.wrapping_add(16)).and_then(|w| <&[u8; 16]>::try_from(w).ok()) {
        Some(w) => {
            let (mut a, mut b) = ([0u8; 8], [0u8; 8]);
            a.copy_from_slice(&w[..8]);
            b.copy_from_slice(&w[8..]);
            Some((u64::from_le_bytes(a), u64::from_le_bytes(b)))
        }
        None => tail16(body, start, end),
    }
}

/// The token `body[start..end]` of 1 to 15 bytes (any bytes) and its kind as two words: its
/// bytes (zeros after them), then the length and the kind in the last byte (never 0, so that
/// `hi == 0` can mark an empty slot of [`Cache::raw`]). `None`: a longer or empty token, or
/// one out of range.
#[inline(always)]
fn raw_token(body: &[u8], start: usize, end: usize, kind: TokenKind) -> Option<(u64, u64)> {
    let n = end.wrapping_sub(start);
    if n.wrapping_sub(1) >= 15 {
        return None;
    }
    let (x, y) = load16(body, start, end)?;
    let (a, b) = KEEP[n & 15];
    Some((x & a, y & b | (n as u64 | (kind as u64) << 4) << 56))
}

/// The first `n` bytes of sixteen, as two masks (by `n`, 0 to 15).
const KEEP: [(u64, u64); 16] = {
    let mut t = [(0u64, 0u64); 16];
    let mut n = 1;
    while n < 16 {
        t[n] = if n <= 8 { (u64::MAX >> (64 - 8 * n), 0) } else { (u64::MAX, u64::MAX >> (128 - 8 * n)) };
        n += 1;
    }
    t
};

/// The common case of [`push_key_flags`] and [`pack`], eight bytes at a time: the token
/// `body[start..end]` of 1 to 15 ASCII bytes with no hyphen, underscore, period, white
/// space or other control byte, whose key is the token lower-cased. Returns the key's bytes
/// as two words (as [`pack`] gives them, without the length), the length, and the token's
/// case flags (as [`case_flags`] gives them). `None`: any other token (also one out of range).
#[inline(always)]
fn plain_key(body: &[u8], start: usize, end: usize, kind: TokenKind) -> Option<(u64, u64, usize, u8)> {
    let n = end.wrapping_sub(start);
    if n.wrapping_sub(1) >= 15 {
        return None;
    }
    let (x0, y0) = load16(body, start, end)?;
    if n <= 8 {
        // The bytes after the token are masked off.
        let valid = u64::MAX >> (64 - 8 * n);
        let x = x0 & valid;
        if x & HIGH != 0 {
            return None;
        }
        // Most tokens: letters, lower case but perhaps the first (capitalised: no acronym,
        // whatever the kind, as a lower-case letter follows or the token is one letter).
        let y = x | 0x20;
        if all_lower(y, valid) {
            return Some((y, 0, n, u8::from(x & 0x20 == 0) * CAPITALISED));
        }
        let (upper, lower, special) = classes(x);
        if special & valid != 0 {
            return None;
        }
        // `0x80 >> 2` is 0x20: an upper-case ASCII letter to lower case.
        return Some((x | upper >> 2, 0, n, word_flags(upper, lower, kind)));
    }
    let valid = u64::MAX >> (128 - 8 * n);
    let (x, y) = (x0, y0 & valid);
    if (x | y) & HIGH != 0 {
        return None;
    }
    // Letters, lower case but perhaps the first (see above).
    let x1 = x | 0x20;
    if all_lower(x1, u64::MAX) && all_lower(y, valid) {
        return Some((x1, y, n, u8::from(x & 0x20 == 0) * CAPITALISED));
    }
    let (u0, l0, s0) = classes(x);
    let (u1, l1, s1) = classes(y);
    if s0 | (s1 & valid) != 0 {
        return None;
    }
    let (a, b) = (u0 | l0, u1 | l1);
    let first_upper = if a != 0 { u0 & a & a.wrapping_neg() != 0 } else { u1 & b & b.wrapping_neg() != 0 };
    let two = a & a.wrapping_sub(1) != 0 || b & b.wrapping_sub(1) != 0 || (a != 0 && b != 0);
    let mut f = u8::from(first_upper) * CAPITALISED;
    if kind == TokenKind::Word && two && l0 | l1 == 0 && a & 0x80 != 0 {
        f |= ACRONYM;
    }
    Some((x | u0 >> 2, y | u1 >> 2, n, f))
}

/// Is every byte of `x` that `valid` keeps (its bytes all ones or all zeros, the kept ones
/// first) an ASCII lower-case letter? (`x`: ASCII bytes, zeros where `valid` has none.)
#[inline(always)]
fn all_lower(x: u64, valid: u64) -> bool {
    at_least(x, b'a') & !at_least(x, b'z' + 1) == valid & HIGH
}

/// A plain key as [`pack`] packs it.
#[cfg(test)]
fn packed(lo: u64, hi: u64, n: usize) -> u128 {
    newsgraph_core::fxhash::short_key(lo, hi, n)
}

/// Reusable buffers of [`Matcher::normalise`] (one set per thread).
#[derive(Default)]
struct Scratch {
    /// The keys of the document, as bytes while they are written.
    keys: Vec<u8>,
    key_at: Vec<usize>,
    /// The key of the current token (tokens off the cached path).
    key: String,
    toks: Vec<Tok>,
    flags: Vec<u8>,
    split: Vec<Word>,
    surnames: Vec<(usize, u32)>,
    /// What earlier documents of this thread taught (tokens and keys of up to 15 bytes).
    cache: Cache,
    /// Hyphenated tokens of earlier documents (their key entries are `cache`'s).
    splits: SplitCache,
    /// Keys of more than 15 bytes to document ids and lexicon entries.
    long_ids: crate::cues::HashMap<Box<str>, (u32, Lex)>,
    lower_seen: Vec<bool>,
    look: Vec<u64>,
    cap_words: Vec<u64>,
    starts: Vec<u64>,
}

/// The hash of a key or token packed as two words, for the tables of this module.
#[inline(always)]
fn key_hash(lo: u64, hi: u64) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    (lo.wrapping_mul(K).rotate_left(26) ^ hi).wrapping_mul(K)
}

/// A key of up to 15 bytes that a document of the thread had.
#[derive(Clone, Copy)]
struct KeyEntry {
    /// The key as [`pack`] packs it, as two words (its length in the last byte).
    lo: u64,
    hi: u64,
    /// What the lexicon knows of the key (of the empty key: word [`SPLIT`], the empty key's
    /// cue bits, no surname: what a token with no key records).
    lex: Lex,
    /// The last document that had the key ([`Cache::stamp`]; 0: none), and its id there.
    stamp: u32,
    id: u32,
}

/// A token of up to 15 bytes whose key is one word or empty, as [`raw_token`] packs it.
#[derive(Clone, Copy, Default)]
struct RawSlot {
    /// The token (`hi == 0`: an empty slot).
    lo: u64,
    hi: u64,
    /// Its key's entry in [`Cache::keys`].
    key: u32,
    /// Its flags, as the token records them ([`CAPITALISED`], [`ACRONYM`], [`WORD`],
    /// [`PRONOUN`], [`STARTS`]).
    flags: u8,
}

/// What normalising the thread's documents taught, kept from one document to the next: each
/// token of up to 15 bytes whose key is one word or empty (its bytes and kind) to its flags and
/// its key, each key to what the lexicon knows of it and its id in the current document. A
/// token met before costs one probe of `raw`: no classifying of bytes, no key written, no
/// lexicon probe; a key met before in another document, no lexicon probe. The tables hold one
/// lexicon's answers (`serial`), and are emptied between documents once they are larger than
/// [`Cache::LIMIT`] (a table kept small stays in cache).
#[derive(Default)]
struct Cache {
    /// The lexicon the entries come from ([`Lexicon::serial`]; 0: none).
    serial: u64,
    /// The current document's stamp (never 0 once started).
    stamp: u32,
    keys: Vec<KeyEntry>,
    /// Open addressing over `keys` by [`key_hash`] (indices into `keys`, `NO`: empty); a
    /// power of two of slots, at most half full.
    key_slots: Vec<u32>,
    /// Open addressing on [`key_hash`] of the token; a power of two of slots, at most half full.
    raw: Vec<RawSlot>,
    /// The number of tokens in `raw`.
    raw_len: usize,
}

/// Hyphenated tokens of up to 15 bytes whose key packs ("al-Qaeda" → "al  qaeda"), kept from
/// one document to the next with the [`Cache`] whose key entries they name (session 20). Not
/// in [`Cache::raw`], whose hits the normaliser's loop takes without looking for words; a
/// table of its own, so that the loop's [`Cache`] stays as it was.
#[derive(Default)]
struct SplitCache {
    /// By the token's bytes and kind, as [`raw_token`] packs them.
    tokens: crate::cues::HashMap<(u64, u64), SplitToken>,
    /// The words of the tokens: (offset in the key, length, word id).
    words: Vec<(u32, u32, u32)>,
}

/// A hyphenated token of a [`SplitCache`]: its key's entry in [`Cache::keys`], its flags (as
/// the token records them, with [`STARTS`]), and its words (`words[at..at + n]`).
#[derive(Clone, Copy)]
struct SplitToken {
    key: u32,
    flags: u8,
    at: u32,
    n: u32,
}

impl Cache {
    /// The most keys or tokens kept for the next document.
    const LIMIT: usize = 1 << 15;
    /// The least number of slots of a table.
    const MIN: usize = 1 << 10;

    /// Starts a document normalised with the lexicon `serial` (0: a lexicon that is not
    /// frozen, whose answers are not kept).
    fn start(&mut self, serial: u64) {
        if serial == 0 || serial != self.serial || self.keys.len() > Self::LIMIT || self.raw_len > Self::LIMIT {
            self.serial = serial;
            self.keys.clear();
            self.key_slots.clear();
            self.key_slots.resize(Self::MIN, NO);
            self.raw.clear();
            self.raw.resize(Self::MIN, RawSlot::default());
            self.raw_len = 0;
            self.stamp = 1;
            return;
        }
        self.stamp = self.stamp.wrapping_add(1);
        if self.stamp == 0 {
            for e in &mut self.keys {
                e.stamp = 0;
            }
            self.stamp = 1;
        }
    }

    /// The slot of the token `lo`, `hi` (as [`raw_token`] packs it), if it is in the table.
    #[inline(always)]
    fn raw_get(&self, lo: u64, hi: u64) -> Option<RawSlot> {
        let mask = self.raw.len().wrapping_sub(1);
        let mut i = (key_hash(lo, hi) >> 32) as usize & mask;
        while let Some(s) = self.raw.get(i) {
            if s.lo == lo && s.hi == hi {
                return Some(*s);
            }
            if s.hi == 0 {
                break;
            }
            i = (i + 1) & mask;
        }
        None
    }

    /// Adds the token `lo`, `hi` (not in the table).
    fn raw_insert(&mut self, lo: u64, hi: u64, key: u32, flags: u8) {
        if (self.raw_len + 1) * 2 > self.raw.len() {
            let size = (self.raw.len() * 2).max(Self::MIN);
            let old = std::mem::replace(&mut self.raw, vec![RawSlot::default(); size]);
            self.raw_len = 0;
            for s in old.into_iter().filter(|s| s.hi != 0) {
                self.raw_put(s);
            }
        }
        self.raw_put(RawSlot { lo, hi, key, flags });
    }

    /// Puts `s` into the first free slot of its probe (the table has room).
    fn raw_put(&mut self, s: RawSlot) {
        let mask = self.raw.len().wrapping_sub(1);
        let mut i = (key_hash(s.lo, s.hi) >> 32) as usize & mask;
        while let Some(x) = self.raw.get_mut(i) {
            if x.hi == 0 {
                *x = s;
                self.raw_len += 1;
                return;
            }
            i = (i + 1) & mask;
        }
    }

    /// The entry of the key `lo`, `hi` (as [`pack`] packs it), added with what `lexicon` knows
    /// of it the first time (`empty_cues`: the cue bits of the empty key).
    fn key_entry(&mut self, lo: u64, hi: u64, lexicon: &LexTable, empty_cues: u32) -> u32 {
        let mask = self.key_slots.len().wrapping_sub(1);
        let mut i = (key_hash(lo, hi) >> 32) as usize & mask;
        while let Some(&k) = self.key_slots.get(i) {
            if k == NO {
                break;
            }
            if self.keys.get(k as usize).is_some_and(|e| e.lo == lo && e.hi == hi) {
                return k;
            }
            i = (i + 1) & mask;
        }
        let lex = if lo == 0 && hi == 0 { Lex { word: SPLIT, cues: empty_cues, surname: NO } } else { lexicon.get(lo, hi) };
        let k = self.keys.len() as u32;
        self.keys.push(KeyEntry { lo, hi, lex, stamp: 0, id: 0 });
        if self.keys.len() * 2 > self.key_slots.len() {
            // Twice the slots, every entry placed again.
            let size = (self.key_slots.len() * 2).max(Self::MIN);
            self.key_slots.clear();
            self.key_slots.resize(size, NO);
            for (j, e) in self.keys.iter().enumerate() {
                let mut i = (key_hash(e.lo, e.hi) >> 32) as usize & (size - 1);
                while let Some(x) = self.key_slots.get_mut(i) {
                    if *x == NO {
                        *x = j as u32;
                        break;
                    }
                    i = (i + 1) & (size - 1);
                }
            }
        } else if let Some(x) = self.key_slots.get_mut(i) {
            *x = k;
        }
        k
    }
}

/// The running state of [`Matcher::normalise_into`] that [`Matcher::other_token`] updates.
struct Other {
    /// Where the next token's segment starts (in the normalised text, which is not written).
    pos: usize,
    /// Distinct keys so far.
    n_ids: u32,
    /// Where the next key starts in the keys' buffer.
    kpos: usize,
    /// Cue bits of the empty key.
    empty_cues: u32,
}

/// The buffers [`Matcher::other_token`] writes besides the scratch tables.
struct Parts<'a> {
    keys: &'a mut Vec<u8>,
    key_at: &'a mut Vec<usize>,
    key: &'a mut String,
    split: &'a mut Vec<Word>,
    surnames: &'a mut Vec<(usize, u32)>,
    cache: &'a mut Cache,
    splits: &'a mut SplitCache,
    long_ids: &'a mut crate::cues::HashMap<Box<str>, (u32, Lex)>,
}

/// Writes a key of up to 15 bytes (packed: `lo`, `hi`) at `*kpos` of the keys' buffer, and
/// where it starts at the end of `key_at` (its id's place).
#[inline(always)]
fn add_key(keys: &mut Vec<u8>, key_at: &mut Vec<usize>, kpos: &mut usize, lo: u64, hi: u64) {
    let at = *kpos;
    // Sixteen bytes at once (the bytes after the key are overwritten by the next one, or cut).
    if keys.len() < at + 16 {
        keys.resize(2 * keys.len() + 64, 0);
    }
    if let Some(w) = keys.get_mut(at..at + 16).and_then(|w| <&mut [u8; 16]>::try_from(w).ok()) {
        w[..8].copy_from_slice(&lo.to_le_bytes());
        w[8..].copy_from_slice(&hi.to_le_bytes());
    }
    key_at.push(at);
    *kpos = at + (hi >> 56) as usize;
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

impl Normalised {
    /// The normalised text alone (no word ids, no cue bits).
    #[cfg(test)]
    pub fn new(body: &str, tokens: &[Token]) -> Normalised {
        let mut text = String::with_capacity(body.len() + tokens.len() * 2);
        let mut toks = Vec::with_capacity(tokens.len() + 1);
        for t in tokens {
            toks.push(Tok { start: text.len(), cues: 0, id: NO, word: SPLIT });
            text.push(' ');
            push_key(&mut text, body.get(t.start..t.end).unwrap_or(""));
            text.push(' ');
        }
        toks.push(Tok { start: text.len(), cues: 0, id: NO, word: SPLIT });
        Normalised {
            keys: String::new(),
            key_at: Vec::new(),
            text: text.into(),
            toks,
            flags: vec![0; tokens.len()],
            empty_cues: 0,
            split: Vec::new(),
            surnames: Vec::new(),
            n_ids: 0,
            lower_seen: Vec::new(),
            look: Vec::new(),
            cap_words: Vec::new(),
            starts: Vec::new(),
        }
    }

    /// The normalised text: ` key ` for each token, made the first time it is asked for.
    pub fn text(&self) -> &str {
        self.text.get_or_init(|| {
            let mut s = String::with_capacity(self.toks.last().map_or(0, |x| x.start));
            for t in 0..self.len() {
                s.push(' ');
                s.push_str(self.key(t));
                s.push(' ');
            }
            s
        })
    }

    /// Gives the buffers back for the next document of this thread.
    pub fn recycle(self) {
        SCRATCH.with(|s| {
            if let Ok(mut s) = s.try_borrow_mut() {
                // Keep the larger buffers (another document may have used them meanwhile).
                if s.toks.capacity() < self.toks.capacity() {
                    s.keys = self.keys.into_bytes();
                    s.key_at = self.key_at;
                    s.toks = self.toks;
                    s.flags = self.flags;
                    s.split = self.split;
                    s.surnames = self.surnames;
                    s.lower_seen = self.lower_seen;
                    s.look = self.look;
                    s.cap_words = self.cap_words;
                    s.starts = self.starts;
                }
            }
        });
    }

    /// The number of tokens.
    #[inline]
    pub fn len(&self) -> usize {
        self.toks.len().saturating_sub(1)
    }

    /// The records of the tokens.
    #[inline]
    pub fn toks(&self) -> &[Tok] {
        self.toks.get(..self.len()).unwrap_or(&[])
    }

    /// Is token `t` neither capitalised nor a pronoun ("he", "she", "his", "her")? False out
    /// of range.
    #[inline]
    pub fn neither_capitalised_nor_pronoun(&self, t: usize) -> bool {
        self.flags.get(t).is_some_and(|f| f & (CAPITALISED | PRONOUN) == 0)
    }

    /// The key of token `t` (its segment without the spaces around it; empty out of range).
    #[inline]
    pub fn key(&self, t: usize) -> &str {
        match self.toks.get(t..t.wrapping_add(2)) {
            Some([a, b]) if b.start > a.start + 2 => {
                // The key's length from the segments' starts, where it starts from its id.
                let at = self.key_at.get(a.id as usize).copied().unwrap_or(usize::MAX);
                self.keys.get(at..at.saturating_add(b.start - a.start - 2)).unwrap_or("")
            }
            _ => "",
        }
    }

    /// Where token `t`'s segment starts in the text (`t` up to the number of tokens: the
    /// text's length).
    #[inline]
    pub fn start(&self, t: usize) -> Option<usize> {
        self.toks.get(t).map(|x| x.start)
    }

    /// Cue bits of token `t`'s key (`empty_cues` out of range).
    #[inline]
    pub fn cues(&self, t: usize) -> u32 {
        self.toks.get(t).map_or(self.empty_cues, |x| x.cues)
    }

    /// The flags of tokens `t0..t1` (those in range).
    #[inline]
    pub fn flags_in(&self, t0: usize, t1: usize) -> &[u8] {
        let t1 = t1.min(self.flags.len());
        self.flags.get(t0.min(t1)..t1).unwrap_or(&[])
    }

    /// Case flags of token `t` (0 out of range).
    #[inline]
    pub fn flags(&self, t: usize) -> u8 {
        self.flags.get(t).copied().unwrap_or(0)
    }

    /// The document id of token `t`'s key (`usize::MAX` out of range).
    #[inline]
    pub fn id(&self, t: usize) -> usize {
        if t < self.len() {
            self.toks.get(t).map_or(usize::MAX, |x| x.id as usize)
        } else {
            usize::MAX
        }
    }

    /// A walk over the words of tokens `t` and after.
    #[inline]
    fn cursor(&self, t: usize) -> Cursor {
        Cursor { t, k: self.split.partition_point(|w| (w.3 as usize) < t) }
    }

    /// The next word at `c` of a token before `end` (and moves `c` past it).
    #[inline]
    fn next_word(&self, c: &mut Cursor, end: usize) -> Option<Word> {
        while c.t < end {
            let t = c.t;
            let (Some(x), Some(y)) = (self.toks.get(t), self.toks.get(t + 1)) else { return None };
            if x.word != SPLIT {
                // The key is one word: the segment less its two spaces.
                c.t = t + 1;
                return Some((x.start + 1, y.start.wrapping_sub(1), x.word, t as u32));
            }
            if let Some(&w) = self.split.get(c.k).filter(|w| w.3 as usize == t) {
                c.k += 1;
                return Some(w);
            }
            c.t = t + 1;
        }
        None
    }

    /// The token range of a match on `start..end`, when it lies on token boundaries.
    fn tokens(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let t0 = self.toks.binary_search_by_key(&start, |x| x.start).ok()?;
        let t1 = self.toks.binary_search_by_key(&end, |x| x.start).ok()?;
        (t1 > t0).then_some((t0, t1))
    }
}

/// The bit sets the resolver reads, gathered from the token flags eight at a time: `look`
/// (capitalised or pronoun tokens), `cap_words` (capitalised words), `starts` (where the search
/// stops), and by document id whether the key is some word token's that is not capitalised
/// (`lower_seen`). The vectors are the scratch's, reused.
#[inline(never)]
fn token_sets(flags: &[u8], toks: &[Tok], n_ids: usize, s: &mut Scratch) -> (Vec<u64>, Vec<u64>, Vec<u64>, Vec<bool>) {
    let mut look = std::mem::take(&mut s.look);
    let mut cap_words = std::mem::take(&mut s.cap_words);
    let mut starts = std::mem::take(&mut s.starts);
    let mut lower_seen = std::mem::take(&mut s.lower_seen);
    look.clear();
    cap_words.clear();
    starts.clear();
    lower_seen.clear();
    lower_seen.resize(n_ids, false);
    // Bit 0 of each byte: the low bit of the eight bytes as eight bits (byte `i` to bit `i`).
    const GATHER: u64 = 0x0102_0408_1020_4080;
    let gather = |x: u64| (x & ONES).wrapping_mul(GATHER) >> 56;
    for (w, chunk) in flags.chunks(64).enumerate() {
        let (mut l, mut c, mut st, mut low) = (0u64, 0u64, 0u64, 0u64);
        let eights = chunk.chunks_exact(8);
        let rest = eights.remainder();
        let mut add = |i: usize, x: u64| {
            // CAPITALISED is bit 0, WORD bit 2, PRONOUN bit 3, STARTS bit 4.
            l |= gather(x | x >> 3) << (8 * i);
            c |= gather(x & x >> 2) << (8 * i);
            st |= gather(x >> 4) << (8 * i);
            low |= gather(!x & x >> 2) << (8 * i);
        };
        for (i, eight) in eights.enumerate() {
            add(i, eight.try_into().map_or(0, u64::from_le_bytes));
        }
        if !rest.is_empty() {
            let x = rest.iter().rev().fold(0u64, |x, &b| x << 8 | u64::from(b));
            add(chunk.len() / 8, x);
        }
        look.push(l);
        cap_words.push(c);
        starts.push(st);
        while low != 0 {
            let t = w * 64 + low.trailing_zeros() as usize;
            low &= low - 1;
            if let Some(x) = toks.get(t).and_then(|r| lower_seen.get_mut(r.id as usize)) {
                *x = true;
            }
        }
    }
    // A last word, always: the resolver reads bits up to the number of tokens.
    if flags.len().is_multiple_of(64) {
        look.push(0);
        cap_words.push(0);
        starts.push(0);
    }
    (look, cap_words, starts, lower_seen)
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
        // (Fx-hashed maps, only looked up: their order does not matter.)
        let mut rank: crate::cues::HashMap<&str, usize> = Default::default();
        for e in &d.entries {
            let n = rank.len();
            rank.entry(e.origin.file.as_ref()).or_insert(n);
        }
        // Room for every form (most keys are distinct).
        let forms =
            d.entries.iter().map(|e| e.names.len()).sum::<usize>() + d.agents.iter().map(|a| a.forms.len()).sum::<usize>();
        let mut index: crate::cues::HashMap<String, usize> = Default::default();
        index.reserve(forms);
        let mut keys: Vec<String> = Vec::with_capacity(forms);
        let mut ranked: Vec<Vec<(usize, NameRef)>> = Vec::with_capacity(forms);
        let mut agents: Vec<Option<u32>> = Vec::with_capacity(forms);
        let mut slot_of =
            |k: String, keys: &mut Vec<String>, ranked: &mut Vec<Vec<(usize, NameRef)>>, agents: &mut Vec<Option<u32>>| {
                // One hash of the key, whether it is new or not.
                match index.entry(k) {
                    std::collections::hash_map::Entry::Occupied(o) => *o.get(),
                    std::collections::hash_map::Entry::Vacant(v) => {
                        keys.push(v.key().clone());
                        ranked.push(Vec::new());
                        agents.push(None);
                        *v.insert(keys.len() - 1)
                    }
                }
            };
        // The rank of the last entry's file (entries of a file come one after the other).
        let mut last_rank: Option<(&str, usize)> = None;
        // Surname keys of people's names, with their entry (see `add_surnames`).
        let mut surnames: Vec<(String, u32)> = Vec::new();
        for (i, e) in d.entries.iter().enumerate() {
            let file = e.origin.file.as_ref();
            let r = match last_rank {
                Some((f, r)) if std::ptr::eq(f, file) => r,
                _ => rank[file],
            };
            last_rank = Some((file, r));
            for n in &e.names {
                // "the Balkans" is compiled as "Balkans" and takes its "the" back after
                // matching, so that a leading "the" cannot hide a longer name that starts
                // on the next word ("the UN refugee agency": "the UN" would win leftmost).
                let (text, the) = match n.text.get(..4) {
                    Some(p) if p.eq_ignore_ascii_case("the ") && n.text.len() > 4 => (n.text[4..].trim_start(), true),
                    _ => (n.text.as_str(), false),
                };
                let toks = newsgraph_core::segment::tokenize(text);
                if e.kind == crate::dict::EntryKind::Person {
                    // The surname is read from the name as written ("the" included).
                    let key = if the {
                        surname_key(&n.text, &newsgraph_core::segment::tokenize(&n.text))
                    } else {
                        surname_key(text, &toks)
                    };
                    surnames.extend(key.map(|k| (k, i as u32)));
                }
                let k = key_of_tokens(text, &toks);
                if k.trim().is_empty() {
                    continue;
                }
                let slot = slot_of(k, &mut keys, &mut ranked, &mut agents);
                let case = (!e.petrarch).then(|| WordCase::of_tokens(text, &toks));
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
        for w in ["he", "she", "his", "her"] {
            lex.entry(w).cues |= crate::cues::bit::PRONOUN;
        }
        for w in crate::cues::bit::NAME_LINKS {
            lex.entry(w).cues |= crate::cues::bit::NAME_LINK;
        }
        for w in crate::cues::bit::HEAD_LINKS {
            lex.entry(w).cues |= crate::cues::bit::HEAD_LINK;
        }
        lex.entry("'s").cues |= crate::cues::bit::APOSTROPHE_S;
        let engine = match WordTrie::new(&keys, &mut lex) {
            _ if keys.is_empty() => Engine::Empty,
            Some(w) => Engine::Words(w),
            None => build(&keys).map_or(Engine::Empty, Engine::Bytes),
        };
        add_surnames(surnames, &mut lex);
        if let Engine::Words(w) = &engine {
            w.mark_starts(&mut lex);
        }
        lex.freeze();
        Matcher { lex, engine, refs }
    }

    /// What a pattern stands for.
    pub fn refs(&self, pattern: usize) -> &Refs {
        &self.refs[pattern]
    }

    /// Every match, in text order.
    pub fn find(&self, n: &Normalised, out: &mut Vec<Hit>) {
        self.search(n, 0, n.len(), out);
    }

    /// Every match inside tokens `t0..t1`, in text order (to look again inside a longest
    /// match that the case check rejected).
    pub fn find_in(&self, n: &Normalised, t0: usize, t1: usize, out: &mut Vec<Hit>) {
        if t0 < t1 {
            self.search(n, t0, t1, out);
        }
    }

    /// Normalises a document: each token's key (see [`push_key`]), with the cue bits, case
    /// flags and document word id of each token and the word ids of the keys. Buffers and
    /// what earlier documents of the thread taught ([`Cache`]) are reused.
    pub fn normalise(&self, body: &str, tokens: &[Token]) -> Normalised {
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut s) => self.normalise_into(body, tokens, &mut s),
            Err(_) => self.normalise_into(body, tokens, &mut Scratch::default()),
        })
    }

    /// Most tokens were met before (in this document or an earlier one of the thread): one
    /// probe of the cache's token table gives their flags and key entry, and the key entry
    /// their cue bits, word and document id (given the first time the document has the key).
    /// The others go through [`Matcher::other_token`].
    fn normalise_into(&self, body: &str, tokens: &[Token], s: &mut Scratch) -> Normalised {
        let mut keys = std::mem::take(&mut s.keys);
        let mut key_at = std::mem::take(&mut s.key_at);
        let mut key = std::mem::take(&mut s.key);
        let mut toks = std::mem::take(&mut s.toks);
        let mut flags = std::mem::take(&mut s.flags);
        let mut split = std::mem::take(&mut s.split);
        let mut surnames = std::mem::take(&mut s.surnames);
        let mut long_ids = std::mem::take(&mut s.long_ids);
        // The cache as a local: its fields stay in registers, not behind `s`.
        let mut cache = std::mem::take(&mut s.cache);
        let mut splits = std::mem::take(&mut s.splits);
        key_at.clear();
        split.clear();
        surnames.clear();
        long_ids.clear();
        cache.start(self.lex.serial);
        let stamp = cache.stamp;
        // Emptied with the cache (whose key entries they name: a new cache starts at stamp 1)
        // and once as large as it may grow.
        if stamp == 1 || splits.words.len() > Cache::LIMIT || splits.tokens.len() > Cache::LIMIT {
            splits.tokens.clear();
            splits.words.clear();
        }
        let empty_cues = self.lex.get("").map_or(0, |l| l.cues);
        // What the buffers hold from the last document is overwritten before it is kept:
        // every record and flag, every byte of the keys up to their final length.
        toks.resize(tokens.len() + 1, Tok::default());
        toks.truncate(tokens.len() + 1);
        flags.resize(tokens.len(), 0);
        flags.truncate(tokens.len());
        let bytes = body.as_bytes();
        let mut st = Other { pos: 0, n_ids: 0, kpos: 0, empty_cues };
        // One pass writes the records, the words and each token's flags; the bit sets the
        // resolver reads are gathered from the flags afterwards.
        for (ti, ((t, rec), fl)) in tokens.iter().zip(toks.iter_mut()).zip(flags.iter_mut()).enumerate() {
            let hit = match raw_token(bytes, t.start, t.end, t.kind) {
                Some((lo, hi)) => cache.raw_get(lo, hi),
                None => None,
            };
            if let Some(slot) = hit {
                if let Some(e) = cache.keys.get_mut(slot.key as usize) {
                    if e.stamp != stamp {
                        // The document's first token with this key.
                        e.stamp = stamp;
                        e.id = st.n_ids;
                        st.n_ids += 1;
                        add_key(&mut keys, &mut key_at, &mut st.kpos, e.lo, e.hi);
                    }
                    *rec = Tok { start: st.pos, cues: e.lex.cues, id: e.id, word: e.lex.word };
                    if e.lex.surname != NO {
                        surnames.push((ti, e.lex.surname));
                    }
                    st.pos += (e.hi >> 56) as usize + 2;
                }
                *fl = slot.flags;
                continue;
            }
            let parts = Parts {
                keys: &mut keys,
                key_at: &mut key_at,
                key: &mut key,
                split: &mut split,
                surnames: &mut surnames,
                cache: &mut cache,
                splits: &mut splits,
                long_ids: &mut long_ids,
            };
            *fl = self.other_token(body, t, ti, rec, parts, &mut st);
        }
        s.cache = cache;
        s.splits = splits;
        s.long_ids = long_ids;
        let (pos, n_ids) = (st.pos, st.n_ids);
        if let Some(last) = toks.last_mut() {
            *last = Tok { start: pos, cues: empty_cues, id: NO, word: SPLIT };
        }
        keys.truncate(st.kpos);
        let (look, cap_words, starts, lower_seen) = token_sets(&flags, &toks, n_ids as usize, s);
        s.key = key;
        // Every key is a `str`, or ASCII: the check never fails.
        let keys = String::from_utf8(keys).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        Normalised {
            keys,
            key_at,
            text: std::cell::OnceCell::new(),
            toks,
            flags,
            empty_cues,
            split,
            surnames,
            n_ids: n_ids as usize,
            lower_seen,
            look,
            cap_words,
            starts,
        }
    }

    /// [`Matcher::normalise_into`] for a token the cache does not give (met for the first
    /// time, a key of several words, a token of more than 15 bytes, out of range…): its key,
    /// flags and record, and its key's id (the first time the document has the key). A token
    /// of up to 15 bytes whose key is one word or empty joins the cache. Returns the token's
    /// flags.
    #[inline(never)]
    #[allow(clippy::too_many_arguments)]
    fn other_token(&self, body: &str, t: &Token, ti: usize, rec: &mut Tok, p: Parts<'_>, st: &mut Other) -> u8 {
        let Parts { keys, key_at, key, split, surnames, cache, splits, long_ids } = p;
        let pos = st.pos;
        let bytes = body.as_bytes();
        if let Some((lo, hi, n, f)) = plain_key(bytes, t.start, t.end, t.kind) {
            // Most tokens met for the first time: a plain word, its key the word lower-cased.
            let hi = hi | (n as u64) << 56;
            let e = cache.key_entry(lo, hi, &self.lex.fast, st.empty_cues);
            let Some(x) = cache.keys.get_mut(e as usize) else { return 0 };
            if x.stamp != cache.stamp {
                x.stamp = cache.stamp;
                x.id = st.n_ids;
                st.n_ids += 1;
                add_key(keys, key_at, &mut st.kpos, lo, hi);
            }
            let lex = x.lex;
            *rec = Tok { start: pos, cues: lex.cues, id: x.id, word: lex.word };
            if lex.surname != NO {
                surnames.push((ti, lex.surname));
            }
            st.pos = pos + n + 2;
            let f = f | (u8::from(t.kind == TokenKind::Word) * WORD) | cue_flags(lex.cues);
            if let Some((lo, hi)) = raw_token(bytes, t.start, t.end, t.kind) {
                cache.raw_insert(lo, hi, e, f);
            }
            return f;
        }
        let raw = raw_token(bytes, t.start, t.end, t.kind);
        if let Some(h) = raw.and_then(|r| splits.tokens.get(&r).copied()) {
            // A hyphenated token met before (session 20): what the branch at the end made of
            // it then, without its key written again and its words looked up again.
            if let Some(x) = cache.keys.get_mut(h.key as usize) {
                if x.stamp != cache.stamp {
                    x.stamp = cache.stamp;
                    x.id = st.n_ids;
                    st.n_ids += 1;
                    add_key(keys, key_at, &mut st.kpos, x.lo, x.hi);
                }
                let lex = x.lex;
                *rec = Tok { start: pos, cues: lex.cues, id: x.id, word: SPLIT };
                if lex.surname != NO {
                    surnames.push((ti, lex.surname));
                }
                st.pos = pos + (x.hi >> 56) as usize + 2;
                let words = splits.words.get(h.at as usize..(h.at + h.n) as usize).unwrap_or(&[]);
                for &(off, len, word) in words {
                    let i = pos + 1 + off as usize;
                    split.push((i, i + len as usize, word, ti as u32));
                }
                return h.flags;
            }
        }
        key.clear();
        let (f, spaced) = push_key_flags(key, body.get(t.start..t.end).unwrap_or(""), t.kind);
        let (entry, id, lex) = match pack(key) {
            Some(k) => {
                let (lo, hi) = (k as u64, (k >> 64) as u64);
                let e = cache.key_entry(lo, hi, &self.lex.fast, st.empty_cues);
                match cache.keys.get_mut(e as usize) {
                    Some(x) => {
                        if x.stamp != cache.stamp {
                            x.stamp = cache.stamp;
                            x.id = st.n_ids;
                            st.n_ids += 1;
                            add_key(keys, key_at, &mut st.kpos, lo, hi);
                        }
                        (Some(e), x.id, x.lex)
                    }
                    None => (None, NO, UNKNOWN),
                }
            }
            None => {
                let (id, lex) = match long_ids.get(key.as_str()) {
                    Some(&x) => x,
                    None => {
                        let x = (st.n_ids, self.lex.long.get(key.as_str()).copied().unwrap_or(UNKNOWN));
                        long_ids.insert(key.as_str().into(), x);
                        st.n_ids += 1;
                        key_at.push(st.kpos);
                        keys.truncate(st.kpos);
                        keys.extend_from_slice(key.as_bytes());
                        st.kpos = keys.len();
                        x
                    }
                };
                (None, id, lex)
            }
        };
        let cues = if key.is_empty() { st.empty_cues } else { lex.cues };
        *rec = Tok { start: pos, cues, id, word: SPLIT };
        if lex.surname != NO && !key.is_empty() {
            surnames.push((ti, lex.surname));
        }
        st.pos = pos + key.len() + 2;
        let f = f | (u8::from(t.kind == TokenKind::Word) * WORD) | cue_flags(cues);
        if !spaced || !key.as_bytes().contains(&b' ') {
            // One word, or none (a period): the search passes a token with no word by.
            if !key.is_empty() {
                rec.word = lex.word;
            }
            if let (Some((lo, hi)), Some(e)) = (raw_token(bytes, t.start, t.end, t.kind), entry) {
                cache.raw_insert(lo, hi, e, f);
            }
            f
        } else {
            // A hyphenated token ("al-Qaeda" → "al  qaeda"): one word per part. The search
            // stops at it (it walks its words with the cursor's index into `split`).
            let first = split.len();
            let mut i = pos + 1;
            for w in crate::dict::split_on(key, b' ') {
                if !w.is_empty() {
                    split.push((i, i + w.len(), self.lex.get(w).map_or(NO, |l| l.word), ti as u32));
                }
                i += w.len() + 1;
            }
            let f = f | STARTS;
            // Kept for the token's next time, when its key has an entry (is 15 bytes or less).
            if let (Some(r), Some(e)) = (raw, entry) {
                let at = splits.words.len() as u32;
                let words = split.get(first..).unwrap_or(&[]);
                splits.words.extend(words.iter().map(|w| ((w.0 - pos - 1) as u32, (w.1 - w.0) as u32, w.2)));
                splits.tokens.insert(r, SplitToken { key: e, flags: f, at, n: words.len() as u32 });
            }
            f
        }
    }

    /// Matches inside tokens `t0..t1` (on the normalised text from token `t0`'s start to token
    /// `t1`'s) that lie on token boundaries.
    fn search(&self, n: &Normalised, t0: usize, t1: usize, out: &mut Vec<Hit>) {
        let (Some(a), Some(b)) = (n.start(t0), n.start(t1)) else { return };
        if a > b {
            return;
        }
        match &self.engine {
            Engine::Empty => {}
            Engine::Words(w) => {
                w.find(n, t0, t1, |s, t0, e, t1, p| {
                    let s = s.wrapping_sub(1);
                    // The words' tokens, when the match starts at the first word's token and
                    // ends at the last one's (else: where the match's bytes say).
                    let (t0, t1) = (t0 as usize, t1 as usize + 1);
                    if n.start(t0) == Some(s) && n.start(t1) == Some(e + 1) {
                        out.push(Hit { t0, t1, pattern: p });
                    } else if let Some((t0, t1)) = n.tokens(s, e + 1) {
                        out.push(Hit { t0, t1, pattern: p });
                    }
                });
            }
            Engine::Bytes(ac) => {
                let Some(text) = n.text().get(a..b) else { return };
                for m in ac.find_iter(text) {
                    if let Some((t0, t1)) = n.tokens(a + m.start(), a + m.end()) {
                        out.push(Hit { t0, t1, pattern: m.pattern().as_usize() });
                    }
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
            .find_iter(n.text())
            .filter_map(|m| n.tokens(m.start(), m.end()))
            .map(|(a, b)| &body[toks[a].start..toks[b - 1].end])
            .collect();
        assert_eq!(got, ["China", "Russia", "al-Qaeda"]);
    }

    /// The word trie finds exactly what byte-level Aho–Corasick finds, hyphens, dashes and
    /// punctuation included (names that start or end inside a hyphenated word are rejected
    /// by both, and hide the same shorter names).
    /// The cache's tables, used before any document started them (empty: they find nothing
    /// and grow on the first insert), then growing far past their first size: each finds
    /// what it was given and nothing else; a new document keeps them, another lexicon empties
    /// them, and the stamp's wrap clears the keys' ids.
    #[test]
    fn cache_tables() {
        let mut c = Cache::default();
        let lexicon = LexTable::new([(pack("china").unwrap(), Lex { word: 7, cues: 3, surname: 9 })].into_iter());
        assert!(c.raw_get(1, 1).is_none());
        let k = pack("china").unwrap();
        let e = c.key_entry(k as u64, (k >> 64) as u64, &lexicon, 5);
        assert_eq!((c.keys[e as usize].lex.word, c.keys[e as usize].lex.cues), (7, 3));
        let empty = c.key_entry(0, 0, &lexicon, 5);
        let l = c.keys[empty as usize].lex;
        assert_eq!((l.word, l.cues, l.surname), (SPLIT, 5, NO));
        c.raw_insert(1, 1, e, 4);
        assert_eq!(c.raw_get(1, 1).map(|s| (s.key, s.flags)), Some((e, 4)));
        // Many keys and tokens (the tables grow several times).
        let mut next = crate::test_rng(3);
        let words: Vec<(u64, u64)> = (0..5000).map(|i| (next(1 << 30) as u64, i as u64 + 1)).collect();
        for (i, &(lo, hi)) in words.iter().enumerate() {
            let e = c.key_entry(lo, hi, &lexicon, 5);
            assert_eq!(c.key_entry(lo, hi, &lexicon, 5), e);
            c.raw_insert(lo, hi << 8 | 1, e, i as u8);
        }
        assert!(c.raw.len() >= 10_000 && c.key_slots.len() >= 10_000);
        for (i, &(lo, hi)) in words.iter().enumerate() {
            let s = c.raw_get(lo, hi << 8 | 1).expect("a token added");
            assert_eq!((c.keys[s.key as usize].lo, c.keys[s.key as usize].hi, s.flags), (lo, hi, i as u8));
            assert!(c.raw_get(lo, hi << 8 | 2).is_none() && c.raw_get(lo ^ 1 << 40, hi << 8 | 1).is_none());
        }
        assert_eq!(c.keys.len(), 5002);
        // Documents of one lexicon keep the tables; the stamp's wrap clears the ids.
        c.start(42);
        assert!(c.raw_get(1, 1).is_none() && c.keys.is_empty() && c.stamp == 1);
        let e = c.key_entry(k as u64, (k >> 64) as u64, &lexicon, 5);
        c.raw_insert(1, 1, e, 4);
        c.keys[e as usize].stamp = 1;
        c.start(42);
        assert!(c.raw_get(1, 1).is_some() && c.stamp == 2);
        c.stamp = u32::MAX;
        c.keys[e as usize].stamp = u32::MAX;
        c.start(42);
        assert_eq!((c.stamp, c.keys[e as usize].stamp), (1, 0));
        assert!(c.raw_get(1, 1).is_some());
        // Another lexicon, or one not frozen: empty tables.
        c.start(43);
        assert!(c.raw_get(1, 1).is_none() && c.keys.is_empty());
        c.raw_insert(1, 1, 0, 4);
        c.start(0);
        assert!(c.raw_get(1, 1).is_none());
    }

    /// The normaliser's table finds what the lexicon's map holds, and nothing else (the empty
    /// key and keys that differ in one word included; an empty table finds nothing).
    #[test]
    fn lex_table_equals_map() {
        assert_eq!(LexTable::default().get(0, 0).word, NO);
        let mut lex = Lexicon::default();
        let words: Vec<String> = (0..3000).map(|i| format!("w{}", i * 7919 % 100_003)).collect();
        for (i, w) in words.iter().enumerate() {
            lex.entry(w).word = i as u32;
        }
        lex.entry("").cues = 5;
        lex.entry("abcdefghijklmno").surname = 9;
        lex.freeze();
        let probes = words.iter().map(String::as_str).chain(["", "w", "x1", "abcdefghijklmno", "abcdefghijklmnp", "w00"]);
        for w in probes {
            let k = pack(w).unwrap();
            let (a, b) = (lex.fast.get(k as u64, (k >> 64) as u64), lex.get(w).copied().unwrap_or(UNKNOWN));
            assert_eq!((a.word, a.cues, a.surname), (b.word, b.cues, b.surname), "{w:?}");
        }
    }

    /// The trie's edge table finds what the map it is built from holds, and nothing else
    /// (keys that share a word id or a node, key 0, an empty table).
    #[test]
    fn edge_table_equals_map() {
        assert_eq!(EdgeTable::default().get(5), NO);
        assert_eq!(EdgeTable::new(&IntMap::default()).get(5), NO);
        let mut next = crate::test_rng(5);
        let mut map: IntMap<u32> = IntMap::default();
        for i in 0..5000u32 {
            let (node, gap, word) = (1 + next(300) as u64, [2, 2, 2, 4, 6][next(5)] as u64, next(40) as u64);
            map.insert(node << 32 | gap << 24 | word, i);
        }
        let t = EdgeTable::new(&map);
        for (&k, &v) in &map {
            assert_eq!(t.get(k), v, "{k:x}");
        }
        for _ in 0..20000 {
            let k = (next(400) as u64) << 32 | (next(8) as u64) << 24 | next(50) as u64;
            assert_eq!(t.get(k), map.get(&k).copied().unwrap_or(NO), "{k:x}");
        }
        assert_eq!(t.get(0), NO);
    }

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
            trie.mark_starts(&mut lex);
            lex.freeze();
            let words = Matcher { lex, engine: Engine::Words(trie), refs: Vec::new() };
            let bytes = Matcher { lex: Lexicon::default(), engine: Engine::Bytes(build(keys).unwrap()), refs: Vec::new() };
            (words, bytes)
        };
        let (words, bytes) = engines(&keys);
        let mut next = crate::test_rng(12345);
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
                assert_eq!(cached.toks, fresh.toks, "{d}");
                assert_eq!(cached.flags, fresh.flags, "{d}");
                assert_eq!(cached.n_ids, fresh.n_ids, "{d}");
                assert_eq!(cached.text(), fresh.text(), "{d}");
                cached.recycle();
            }
        }
    }

    /// [`raw_token`] packs a token's bytes, length and kind as the simple way does, and
    /// gives nothing for a token that is empty, longer than 15 bytes or out of range.
    #[test]
    fn raw_token_equals_simple_packing() {
        let simple = |body: &[u8], start: usize, end: usize, kind: TokenKind| {
            let t = body.get(start..end).filter(|t| (1..=15).contains(&t.len()))?;
            let mut a = [0u8; 16];
            a[..t.len()].copy_from_slice(t);
            a[15] = t.len() as u8 | (kind as u8) << 4;
            let x = u128::from_le_bytes(a);
            Some((x as u64, (x >> 64) as u64))
        };
        let alphabet = ["a", "Z", "q", "'", "-", ".", " ", "0", "é", "’", "日", "\u{1}", "\u{7f}"];
        let mut next = crate::test_rng(99);
        let mut seen: HashMap<(u64, u64), Vec<u8>> = HashMap::new();
        for _ in 0..20000 {
            let mut body = String::new();
            for _ in 0..next(40) {
                body.push_str(alphabet[next(alphabet.len())]);
            }
            let b = body.as_bytes();
            let (x, y) = (next(b.len() + 3), next(b.len() + 20));
            let kind = [TokenKind::Word, TokenKind::Number, TokenKind::Quote, TokenKind::Dash, TokenKind::Punct][next(5)];
            for (start, end) in [(x.min(y), x.max(y)), (x, y), (x, x + 1), (b.len().saturating_sub(1), b.len())] {
                let got = raw_token(b, start, end, kind);
                assert_eq!(got, simple(b, start, end, kind), "{body:?} {start} {end}");
                // Distinct tokens, distinct packings (and never an empty slot's `hi`).
                if let Some(k) = got {
                    assert_ne!(k.1, 0);
                    let mut t = b[start..end].to_vec();
                    t.push(kind as u8);
                    assert_eq!(seen.entry(k).or_insert_with(|| t.clone()), &t, "{body:?} {start} {end}");
                }
            }
        }
        assert_eq!(raw_token(b"abc", usize::MAX - 1, usize::MAX, TokenKind::Word), None);
        assert_eq!(raw_token(b"abc", 2, 1, TokenKind::Word), None);
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
        // Each token alone, and followed by bytes that must not count.
        for t in toks {
            for tail in ["", " ", "Ab-c.d xyzXYZ é", "\u{80}\u{80}\u{80}\u{80}\u{80}\u{80}\u{80}\u{80}"] {
                let body = format!("{t}{tail}");
                for kind in [TokenKind::Word, TokenKind::Number, TokenKind::Punct] {
                    check_plain_key(&body, 0, t.len(), kind);
                }
            }
        }
        // Every single byte and pair of ASCII bytes.
        for x in 0u8..128 {
            for y in 0u8..128 {
                for t in [vec![x], vec![x, y], vec![b'A', x, y], vec![b'a', b'B', b'c', b'D', b'e', b'F', b'g', b'H', x, y]] {
                    let t = std::str::from_utf8(&t).unwrap();
                    check_plain_key(t, 0, t.len(), TokenKind::Word);
                }
            }
        }
        // Random tokens of 0 to 20 bytes anywhere in a body, also out of range.
        let alphabet = ["a", "Z", "q", "M", "'", "-", "_", ".", " ", "\t", "0", "9", "é", "Ö", "’", "@", "\u{1}", "\u{7f}"];
        let mut next = crate::test_rng(99);
        for _ in 0..20000 {
            let mut body = String::new();
            for _ in 0..next(30) {
                body.push_str(alphabet[next(alphabet.len())]);
            }
            let (a, b) = (next(body.len() + 3), next(body.len() + 3));
            let kind = [TokenKind::Word, TokenKind::Number, TokenKind::Punct][next(3)];
            check_plain_key(&body, a.min(b), a.max(b), kind);
            check_plain_key(&body, a, b, kind);
        }
    }

    /// [`plain_key`] on `body[start..end]` gives what [`push_key_flags`] and [`pack`] give,
    /// or `None` for a token off the plain path.
    fn check_plain_key(body: &str, start: usize, end: usize, kind: TokenKind) {
        let t = body.get(start..end).unwrap_or("");
        let mut a = String::new();
        let (f, _) = push_key_flags(&mut a, t, kind);
        match plain_key(body.as_bytes(), start, end, kind) {
            Some((lo, hi, n, pf)) => {
                assert_eq!(Some(packed(lo, hi, n)), pack(&a), "{body:?} {start} {end}");
                assert_eq!(n, t.len(), "{body:?} {start} {end}");
                assert_eq!(pf, f, "{body:?} {start} {end} {kind:?}");
                assert!(!a.is_empty() && !a.contains(' '), "{t:?}");
            }
            None => assert!(
                t.is_empty() || t.len() > 15 || !t.is_ascii() || t.contains(['-', '_', '.']) || t.bytes().any(|c| c < b'!'),
                "{body:?} {start} {end}"
            ),
        }
    }

    /// [`WordCase::of_tokens`] (with its ASCII path) against the tests on characters.
    #[test]
    fn word_case_equals_char_tests() {
        let simple = |phrase: &str| {
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
        };
        let alphabet = ["a", "B", "UN", "x1", "É", "é", "日", "-", ".", " ", "'", "3", "Mc", "ß", "ǅ"];
        let mut next = crate::test_rng(17);
        for _ in 0..5000 {
            let phrase: String = (0..next(10)).map(|_| alphabet[next(alphabet.len())]).collect();
            let toks = newsgraph_core::segment::tokenize(&phrase);
            assert_eq!(WordCase::of_tokens(&phrase, &toks), simple(&phrase), "{phrase:?}");
        }
    }

    /// The surnames the matcher marks (keys gathered while compiling the names) are what
    /// reading every person's names once more gives, on the built-in dictionaries.
    #[test]
    fn surnames_equal_a_second_reading() {
        let d = Dictionary::load(&crate::builtin_sources(), false).expect("built-in dictionaries");
        let m = Matcher::new(&d);
        const AMBIGUOUS: u32 = NO - 1;
        let mut seen: HashMap<String, u32> = HashMap::new();
        for (i, e) in d.entries.iter().enumerate().filter(|(_, e)| e.kind == crate::dict::EntryKind::Person) {
            for n in &e.names {
                let toks = newsgraph_core::segment::tokenize(&n.text);
                let Some(t) = toks.last().filter(|_| toks.len() >= 2) else { continue };
                let mut key = String::new();
                push_key(&mut key, &n.text[t.start..t.end]);
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
        let want: HashMap<&str, u32> = seen
            .iter()
            .filter(|(w, &e)| e != AMBIGUOUS && m.lex.get(w).is_none_or(|l| l.cues & !crate::cues::bit::NOT_LISTED == 0))
            .map(|(w, &e)| (w.as_str(), e))
            .collect();
        assert!(want.len() > 100, "{}", want.len());
        let got: HashMap<&str, u32> = m
            .lex
            .long
            .iter()
            .map(|(w, l)| (&**w, l.surname))
            .chain(seen.keys().map(|w| (w.as_str(), m.lex.get(w).map_or(NO, |l| l.surname))))
            .filter(|&(_, e)| e != NO)
            .collect();
        assert_eq!(got, want);
        // No other word of the lexicon is marked.
        let marked = m.lex.short.values().chain(m.lex.long.values()).filter(|l| l.surname != NO).count();
        assert_eq!(marked, want.len());
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

    /// What [`Matcher::normalise`] gives, computed the simple way: each token's key by
    /// [`push_key`], flags by [`case_flags`], ids by first occurrence, one word per part of a key.
    /// Normalised text, token records, case flags, words and surnames.
    type Parts = (String, Vec<Tok>, Vec<u8>, Vec<(usize, usize, u32, u32)>, Vec<(usize, u32)>);

    fn reference(m: &Matcher, body: &str, tokens: &[Token]) -> Parts {
        let empty_cues = m.lex.get("").map_or(0, |l| l.cues);
        let (mut text, mut toks, mut flags, mut words, mut surnames) =
            (String::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let mut ids: HashMap<String, u32> = HashMap::new();
        for (ti, t) in tokens.iter().enumerate() {
            let raw = body.get(t.start..t.end).unwrap_or("");
            let mut key = String::new();
            push_key(&mut key, raw);
            let lex = m.lex.get(&key).copied().unwrap_or(UNKNOWN);
            let n = ids.len() as u32;
            let id = *ids.entry(key.clone()).or_insert(n);
            let start = text.len();
            let cues = if key.is_empty() { empty_cues } else { lex.cues };
            let word = if key.is_empty() || key.contains(' ') { SPLIT } else { lex.word };
            toks.push(Tok { start, cues, id, word });
            flags.push(case_flags(raw, t.kind));
            if lex.surname != NO && !key.is_empty() {
                surnames.push((ti, lex.surname));
            }
            let mut i = start + 1;
            for w in key.split(' ') {
                if !w.is_empty() {
                    words.push((i, i + w.len(), m.lex.get(w).map_or(NO, |l| l.word), ti as u32));
                }
                i += w.len() + 1;
            }
            text.push(' ');
            text.push_str(&key);
            text.push(' ');
        }
        toks.push(Tok { start: text.len(), cues: empty_cues, id: NO, word: SPLIT });
        (text, toks, flags, words, surnames)
    }

    /// Normalising (plain path, periods, tokens seen before, the key table growing and kept
    /// between documents) gives what the simple way gives, on documents of every kind.
    #[test]
    fn normalise_equals_reference() {
        let d = Dictionary::load(&crate::builtin_sources(), false).expect("built-in dictionaries");
        let m = Matcher::new(&d);
        let vocab = [
            "China",
            "U.S.",
            "al-Qaeda",
            "Putin",
            "Lavrov",
            "he",
            "She",
            ".",
            "...",
            "“",
            "”",
            "’s",
            "'s",
            "नहीं",
            "बहुत",
            "Zürich",
            "COVID-19",
            "said",
            "the",
            "The",
            "—",
            "–",
            "abcdefghijklmnopq",
            "ABCDEFGHIJKLMNOP",
            "Mr.",
            "NATO",
            "x",
            "1,000",
            "3.5",
            "e.g.",
            "\t",
            "Secretary-General",
            "WHO",
            "iPhone",
            "Côte",
            "d’Ivoire",
            "ÉTATS",
            "-",
            "_",
            "Foreign",
            "Minister",
            "spokesman",
            "abcdefgh",
            "ABCDEFGHI",
            "O'Neil",
            "@",
            "Ω",
            "日本",
            "\u{7f}",
            // Keys that look like a pronoun's from tokens off the plain path, before or after the
            // same key from a plain token.
            "H.E.",
            "S.H",
            "h-s",
            "hé",
            "HE",
            // Keys of two or three bytes that start with `h` or `s` and are no pronoun's.
            "has",
            "Her",
            "she",
            "him",
            "so",
            // Keys the resolver tests by a cue bit ("of", "'s"), in any case, and near misses.
            "of",
            "Of",
            "OF",
            "on",
            "For",
            "de",
            "du",
            "Del",
            "al",
            "al-",
            "offer",
            "’S",
            "'S",
            "s",
            "ons",
        ];
        let mut next = crate::test_rng(7);
        let mut docs: Vec<String> = vec![String::new(), " ".into(), ".".into(), "China".into()];
        for _ in 0..400 {
            let mut body = String::new();
            for _ in 0..next(60) {
                body.push_str(vocab[next(vocab.len())]);
                body.push_str(["", " ", " ", ", ", "\n", "-"][next(6)]);
            }
            docs.push(body);
        }
        // Many distinct keys: the table grows within the document.
        docs.push((0..3000).map(|i| format!("w{i} W{i} ")).collect());
        docs.push("China Russia".into());
        // Token counts around the bit sets' word and byte boundaries.
        for n in [7, 8, 9, 63, 64, 65, 127, 128, 129] {
            docs.push((0..n).map(|i| ["He ", "he ", "said ", "Putin ", "his "][i % 5]).collect());
        }
        // More distinct tokens than the cache keeps for the next document.
        docs.insert(200, (0..Cache::LIMIT + 10).map(|i| format!("v{i} ")).collect());
        // Every fifth document normalised with another lexicon (the thread's cache must not
        // give one matcher's answers to the other).
        let other = Matcher::new(&Dictionary::default());
        let (mut known_words, mut lone_surnames, mut cue_words) = (0, 0, 0);
        for (k, body) in docs.iter().enumerate() {
            let m = if k % 5 == 4 { &other } else { &m };
            let toks = newsgraph_core::segment::tokenize(body);
            let n = m.normalise(body, &toks);
            let (text, recs, case, words, surnames) = reference(m, body, &toks);
            known_words += words.iter().filter(|w| w.2 != NO).count();
            lone_surnames += surnames.len();
            cue_words += recs.iter().filter(|r| r.cues != 0).count();
            assert_eq!(n.text(), text, "{body:?}");
            assert_eq!(n.toks, recs, "{body:?}");
            let got: Vec<u8> = (0..toks.len()).map(|t| n.flags(t) & (CAPITALISED | ACRONYM)).collect();
            assert_eq!(got, case, "{body:?}");
            // The words, walked from every token (as a search inside a range starts).
            let mut c = n.cursor(0);
            let walked: Vec<Word> = std::iter::from_fn(|| n.next_word(&mut c, toks.len())).collect();
            assert_eq!(walked, words, "{body:?}");
            for t0 in [0, 1, toks.len() / 2, toks.len().saturating_sub(1), toks.len()] {
                let mut c = n.cursor(t0);
                let t1 = (t0 + 7).min(toks.len());
                let got: Vec<Word> = std::iter::from_fn(|| n.next_word(&mut c, t1)).collect();
                let want: Vec<Word> = words.iter().copied().filter(|w| (t0..t1).contains(&(w.3 as usize))).collect();
                assert_eq!(got, want, "{body:?} {t0}..{t1}");
            }
            assert_eq!(n.surnames, surnames, "{body:?}");
            assert_eq!(n.n_ids, recs.iter().filter(|r| r.id != NO).map(|r| r.id as usize + 1).max().unwrap_or(0), "{body:?}");
            // What the resolver looks at, token by token and key by key.
            let mut lower_seen = vec![false; n.n_ids];
            for (i, t) in toks.iter().enumerate() {
                let cap = case[i] & CAPITALISED != 0;
                let key = &text[recs[i].start + 1..recs[i + 1].start - 1];
                assert_eq!(n.key(i), key, "{body:?} {i}");
                let pronoun = matches!(key, "he" | "she" | "his" | "her");
                assert_eq!(bit_set(&n.look, i), cap || pronoun, "{body:?} {i}");
                assert_eq!(bit_set(&n.look, i), !n.neither_capitalised_nor_pronoun(i), "{body:?} {i}");
                assert_eq!(bit_set(&n.cap_words, i), cap && t.kind == TokenKind::Word, "{body:?} {i}");
                // The matcher's own cue bits stand for exactly their keys.
                let has = |b: u32| n.cues(i) & b != 0;
                assert_eq!(has(crate::cues::bit::NAME_LINK), crate::cues::bit::NAME_LINKS.contains(&key), "{body:?} {i}");
                assert_eq!(has(crate::cues::bit::HEAD_LINK), crate::cues::bit::HEAD_LINKS.contains(&key), "{body:?} {i}");
                assert_eq!(has(crate::cues::bit::APOSTROPHE_S), key == "'s", "{body:?} {i}");
                assert_eq!(n.flags_in(i, i + 1), [n.flags(i)], "{body:?} {i}");
                assert_eq!(n.flags(i) & WORD != 0, t.kind == TokenKind::Word, "{body:?} {i}");
                if !cap && t.kind == TokenKind::Word {
                    lower_seen[recs[i].id as usize] = true;
                }
            }
            assert!(!bit_set(&n.look, toks.len()) && !bit_set(&n.cap_words, toks.len()));
            assert!(n.look.len() > toks.len() / 64 && n.cap_words.len() > toks.len() / 64, "{body:?}");
            assert!(!n.neither_capitalised_nor_pronoun(toks.len()) && n.flags(toks.len()) == 0);
            assert_eq!(n.flags_in(0, usize::MAX).len(), toks.len(), "{body:?}");
            assert!(n.flags_in(toks.len(), toks.len() + 3).is_empty() && n.flags_in(3, 1).is_empty(), "{body:?}");
            // No key past the last token (nor for an index that would overflow).
            for t in [toks.len(), toks.len() + 1, usize::MAX - 1, usize::MAX] {
                assert_eq!(n.key(t), "", "{body:?} {t}");
            }
            assert_eq!(n.lower_seen, lower_seen, "{body:?}");
            n.recycle();
        }
        // The documents hold dictionary words, surnames and cue words.
        assert!(known_words > 100 && lone_surnames > 10 && cue_words > 100, "{known_words} {lone_surnames} {cue_words}");
    }

    /// [`next_set`] and [`bit_set`] against a scan, on sparse, dense and empty sets.
    #[test]
    fn next_set_equals_scan() {
        let mut seed = 3u64;
        let mut next = |n: u64| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        for _ in 0..500 {
            let len = next(5) as usize;
            let density = next(64) + 1;
            let bits: Vec<u64> = (0..len).map(|_| (0..64).fold(0u64, |w, i| w | u64::from(next(density) == 0) << i)).collect();
            let set = |t: usize| t < 64 * len && bits[t / 64] >> (t % 64) & 1 != 0;
            for from in 0..64 * len + 70 {
                assert_eq!(bit_set(&bits, from), set(from));
                let want = (from..64 * len).find(|&t| set(t)).unwrap_or(usize::MAX);
                assert_eq!(next_set(&bits, from), want, "{from}");
            }
        }
        assert_eq!(next_set(&[], 0), usize::MAX);
        assert_eq!(next_set(&[1], usize::MAX), usize::MAX);
    }

    /// [`push_key`] against the simple way: character by character.
    #[test]
    fn push_key_equals_char_by_char() {
        fn simple(out: &mut String, tok: &str) {
            for c in tok.chars() {
                match c {
                    '.' | ' ' | '\t' | '\n' | '\r' => {}
                    '-' | '_' | '‑' | '‐' | '–' | '—' => out.push_str("  "),
                    c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
                    '’' | '‘' | 'ʼ' => out.push('\''),
                    c => {
                        let a = any_ascii::any_ascii_char(c);
                        if a.is_empty() {
                            out.extend(c.to_lowercase());
                        } else {
                            out.extend(a.chars().filter(|&b| b != ' ' && b != '.').map(|b| b.to_ascii_lowercase()));
                        }
                    }
                }
            }
        }
        let alphabet =
            ["a", "Z", "Q", "x", ".", "-", "_", " ", "\t", "\n", "\r", "'", "`", "0", "é", "Ö", "’", "—", "日", "ß", "İ"];
        let mut next = crate::test_rng(11);
        for i in 0..20000 {
            let mut tok = String::new();
            for _ in 0..next(12) {
                tok.push_str(alphabet[next(if i % 2 == 0 { 11 } else { alphabet.len() })]);
            }
            // After text already in the buffer (lower-casing must not reach back into it).
            let (mut a, mut b) = (String::from("É-X"), String::from("É-X"));
            push_key(&mut a, &tok);
            simple(&mut b, &tok);
            assert_eq!(a, b, "{tok:?}");
        }
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
