//! The per-token facts the rules read (texts, lower-cased texts, capitals, word-list bits and
//! the cues starting at each token), built in one pass over the tokens.
//!
//! A token with no capital is its own lower-cased text; an ASCII token with capitals is a slice
//! of one copy of the body with its ASCII letters lowered (the same length and character
//! boundaries as the body, so a token's range in the body is its range there); the few
//! non-ASCII tokens with capitals are lower-cased one by one into a second buffer.

use crate::lexicon::{load8, mark as marked, pack, second_bit, word_key, Cue, Cues, Entry, TokenIndex, NO_SECOND};
use newsgraph_core::fxhash::short_words;
use newsgraph_core::model::{Document, Token, TokenKind};

const HIGH: u64 = 0x8080_8080_8080_8080;

/// The body with its ASCII letters lower-cased.
pub(crate) fn lower_body(doc: &Document) -> String {
    doc.body().to_ascii_lowercase()
}

/// The high bit of each byte of `w` that is an ASCII capital, for `w` with no byte of 0x80 or
/// over: adding 0x3F sets the high bit from 'A' (0x41) up, adding 0x25 from '[' (0x5B) up, with
/// no carry between bytes. (Shifted right by 2, it is the 0x20 that lower-cases each capital.)
#[inline]
fn upper_bytes(w: u64) -> u64 {
    w.wrapping_add(0x3F3F_3F3F_3F3F_3F3F) & !w.wrapping_add(0x2525_2525_2525_2525) & HIGH
}

/// `c.is_uppercase()`, without its table lookup for ASCII, Latin-1 (whose capitals are U+00C0
/// to U+00DE but U+00D7), the scripts without case from Hebrew to Myanmar (U+0590 to U+109F:
/// Arabic, Devanagari, …), the General Punctuation block (U+2000 to U+206F: quotation marks,
/// dashes), CJK (U+3000 to U+9FFF) and Hangul syllables (U+AC00 to U+D7AF): most non-ASCII
/// tokens.
#[inline]
fn is_upper(c: char) -> bool {
    match c {
        '\0'..='\u{7F}' => c.is_ascii_uppercase(),
        '\u{80}'..='\u{FF}' => matches!(c, '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{DE}'),
        '\u{0590}'..='\u{109F}' | '\u{2000}'..='\u{206F}' | '\u{3000}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' => false,
        _ => c.is_uppercase(),
    }
}

/// The bytes of token text `b` (of 1 to 8 bytes, at byte `at` of the body `bytes`) as a
/// little-endian word padded with zeros, as [`load8`]: one 8-byte load from the body, masked to
/// the token's length, except within 8 bytes of its end. `None` for other lengths.
#[inline(always)]
fn short_token(bytes: &[u8], at: usize, b: &[u8]) -> Option<u64> {
    let len = b.len();
    if len.wrapping_sub(1) >= 8 {
        return None;
    }
    match bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        Some(c) => Some(u64::from_le_bytes(*c) & u64::MAX >> (64 - 8 * len)),
        None => load8(b),
    }
}

/// The bytes of token text `b` (of 9 to 15 bytes, at byte `at` of the body `bytes`) as two
/// little-endian words, as [`short_words`]: two 8-byte loads from the body, the second masked,
/// except within 16 bytes of its end.
#[inline(always)]
fn mid_token(bytes: &[u8], at: usize, b: &[u8]) -> Option<(u64, u64)> {
    let len = b.len();
    if !(9..=15).contains(&len) {
        return None;
    }
    match bytes.get(at..).and_then(<[u8]>::first_chunk::<16>) {
        Some(c) => {
            let (lo, hi) = c.split_at(8);
            let word = |h: &[u8]| h.first_chunk::<8>().map_or(0, |w| u64::from_le_bytes(*w));
            Some((word(lo), word(hi) & u64::MAX >> (128 - 8 * len)))
        }
        None => short_words(b),
    }
}

/// What [`token_facts`] finds at one token: the facts the rules read most, side by side (one
/// entry written per token, in one loop, rather than one entry in each of four tables).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Fact<'a> {
    /// The token's text (a slice of the body; "" for a token outside it).
    pub text: &'a str,
    /// Its lower-cased text.
    pub low: &'a str,
    /// The word-list bits of a word token.
    pub wflags: u8,
    /// A word or number starting with a capital letter.
    pub cap: bool,
}

/// What [`token_facts`] computes, per token.
pub(crate) struct TokenFacts<'a> {
    /// The text, lower-cased text, word-list bits and capital of each token.
    pub facts: Vec<Fact<'a>>,
    /// The cues matching at each token, longest first: `hits[hit_at[i]..hit_at[i + 1]]`.
    pub hits: Vec<(&'a Cue, usize)>,
    /// See `hits` (`n + 1` entries).
    pub hit_at: Vec<u32>,
    /// The tokens whose lower-cased text is "asked", in order.
    pub asked_at: Vec<usize>,
    /// The semicolons, in order.
    pub semi_at: Vec<usize>,
    /// The quotation marks (tokens of kind [`TokenKind::Quote`]), in order.
    pub quote_at: Vec<usize>,
    /// The tokens whose lower-cased text is "reported", "reports", "said", "quoted" or "cited"
    /// (verbs after an outlet's name that make it a cited source: "Reuters reported"), in order.
    pub report_at: Vec<usize>,
}

/// The verbs after an outlet's name that make it a cited source ("Reuters reported"), as
/// listed by [`mark`].
#[cfg(test)]
const REPORT_VERBS: [&str; 5] = ["reported", "reports", "said", "quoted", "cited"];

/// The packed key of a word of 1 to 8 ASCII bytes (as [`pack`], in a constant).
const fn key(w: &str) -> u64 {
    let b = w.as_bytes();
    let mut k = 0u64;
    let mut i = 0;
    while i < b.len() && i < 8 {
        k |= (b[i] as u64) << (8 * i);
        i += 1;
    }
    k
}

const ASKED: u64 = key("asked");
const REPORTED: u64 = key("reported");
const REPORTS: u64 = key("reports");
const SAID: u64 = key("said");
const QUOTED: u64 = key("quoted");
const CITED: u64 = key("cited");
const SEMI: u64 = key(";");

/// The token lists of [`TokenFacts`] that [`mark`] fills.
#[derive(Default)]
struct Marks {
    asked: Vec<usize>,
    report: Vec<usize>,
    semi: Vec<usize>,
}

/// A 6-bit hash of a packed key.
const fn mark_slot(key: u64) -> u64 {
    key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 58
}

/// Bit [`mark_slot`] of each key that [`mark`] records: most other keys miss them all.
const MARK_SLOTS: u64 = 1 << mark_slot(ASKED)
    | 1 << mark_slot(REPORTED)
    | 1 << mark_slot(REPORTS)
    | 1 << mark_slot(SAID)
    | 1 << mark_slot(QUOTED)
    | 1 << mark_slot(CITED)
    | 1 << mark_slot(SEMI);

/// Records token `i` in `marks` for its index entry's [`marked`] kind (the same lists as
/// [`mark`]: the index holds the marked words).
#[inline]
fn mark_entry(e: &Entry, i: usize, marks: &mut Marks) {
    match e.mark {
        0 => {}
        marked::ASKED => marks.asked.push(i),
        marked::REPORT => marks.report.push(i),
        marked::SEMI => marks.semi.push(i),
        _ => {}
    }
}

/// Records token `i` in `marks` when its lower-cased packed key is "asked", one of the
/// reporting verbs ("reported", "reports", "said", "quoted", "cited") or ";".
#[inline]
fn mark(key: u64, i: usize, marks: &mut Marks) {
    if MARK_SLOTS >> mark_slot(key) & 1 == 0 {
        return;
    }
    match key {
        ASKED => marks.asked.push(i),
        REPORTED | REPORTS | SAID | QUOTED | CITED => marks.report.push(i),
        SEMI => marks.semi.push(i),
        _ => {}
    }
}

/// Word tokens with cues starting with them: (token, its index entry).
type Cands<'i> = Vec<(usize, &'i Entry)>;

/// The per-token facts of `doc`, given its [`lower_body`] `lowbody`; the lower-cased texts of
/// non-ASCII tokens with capitals are written to `extra`.
#[inline(never)]
pub(crate) fn token_facts<'a>(
    doc: &'a Document,
    lowbody: &'a str,
    extra: &'a mut String,
    cues: &'a Cues,
    index: &TokenIndex,
) -> TokenFacts<'a> {
    let body = doc.body();
    let bytes = body.as_bytes();
    let n = doc.tokens.len();
    // (One entry pushed per token: its text is cut out of the body here, not in a pass of its own.)
    let mut facts: Vec<Fact<'a>> = Vec::with_capacity(n);
    let mut cands: Cands = Vec::with_capacity(n / 2 + 1);
    // Tokens with a non-ASCII byte (lower-cased after the loop).
    let mut wide: Vec<usize> = Vec::new();
    let mut marks = Marks::default();
    let mut quote_at: Vec<usize> = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        let s: &'a str = body.get(t.start..t.end).unwrap_or("");
        // The common token, an ASCII word or mark of up to 8 bytes, here; the others (longer,
        // non-ASCII) in `rare_token`, out of this loop (fewer values live across it).
        let fact = match short_token(bytes, t.start, s.as_bytes()) {
            Some(w) if w & HIGH == 0 => {
                let upper = upper_bytes(w);
                // The lower-cased key: 0x20 added to each capital.
                let key = w | upper >> 2;
                let mut wf = 0u8;
                let word = t.kind == TokenKind::Word;
                if word {
                    // (The index holds the marked words, with their mark.)
                    if let Some(e) = index.entry_packed(key) {
                        wf = e.flags;
                        mark_entry(e, i, &mut marks);
                        if e.n_cues() != 0 {
                            cands.push((i, e));
                        }
                    }
                } else {
                    // (A quotation mark is no word.)
                    if t.kind == TokenKind::Quote {
                        quote_at.push(i);
                    }
                    mark(key, i, &mut marks);
                }
                // The first byte is the lowest.
                let cap = (word || t.kind == TokenKind::Number) && upper & 0x80 != 0;
                let low = if upper == 0 { s } else { lowbody.get(t.start..t.end).unwrap_or("") };
                Fact { text: s, low, wflags: wf, cap }
            }
            _ => rare_token(i, t, s, bytes, lowbody, index, &mut cands, &mut wide, &mut quote_at),
        };
        facts.push(fact);
    }
    if !wide.is_empty() {
        wide_tokens(doc, &wide, &mut facts, &mut cands, extra, index);
        // A non-ASCII token may lower-case to ASCII ("AS\u{212A}ED" with a Kelvin sign).
        let lens = [marks.asked.len(), marks.report.len(), marks.semi.len()];
        for &i in &wide {
            let low = facts.get(i).map_or("", |f| f.low);
            if let Some(key) = pack(low) {
                mark(key, i, &mut marks);
            }
        }
        for (list, len) in [&mut marks.asked, &mut marks.report, &mut marks.semi].into_iter().zip(lens) {
            if list.len() > len {
                list.sort_unstable();
            }
        }
    }
    let low_of = |i: usize| facts.get(i).map_or("", |f| f.low);
    let mut hits: Vec<(&'a Cue, usize)> = Vec::with_capacity(cands.len());
    // Written up to each candidate with hits once they are found (the candidates are in token
    // order, so each entry once; most candidates have none, and the entries of a run of tokens
    // without hits are one value, written at the next hit), then to the end.
    let mut hit_at: Vec<u32> = Vec::with_capacity(n + 1);
    for (i, e) in cands {
        let before = hits.len();
        let avail = (i + 6).min(n) - i;
        // The next word's key, to skip cues whose second word differs (most of those starting
        // with "the", "in", "is", "was", …) without comparing strings.
        let next = word_key(low_of(i + 1));
        let mut try_cue = |id: u32| {
            let Some(c) = cues.get(id as usize) else { return };
            let len = c.words.len();
            if len <= avail && c.words.iter().enumerate().skip(1).all(|(k, w)| low_of(i + k) == w.as_str()) {
                hits.push((c, len));
            }
        };
        if e.seconds & second_bit(next) != 0 {
            let (ids, second) = index.cue_keys_of(e);
            for (&id, &sk) in ids.iter().zip(second) {
                if sk != NO_SECOND && sk != next {
                    continue;
                }
                try_cue(id);
            }
        } else {
            // The next word is none of the second words: only the one-word cues can match
            // (in the same order).
            for &id in index.open_cues_of(e) {
                try_cue(id);
            }
        }
        if hits.len() > before {
            let gap = (i + 1).saturating_sub(hit_at.len());
            hit_at.extend(std::iter::repeat_n(before as u32, gap));
        }
    }
    let gap = (n + 1).saturating_sub(hit_at.len());
    hit_at.extend(std::iter::repeat_n(hits.len() as u32, gap));
    let Marks { asked: asked_at, report: report_at, semi: semi_at } = marks;
    TokenFacts { facts, hits, hit_at, asked_at, semi_at, report_at, quote_at }
}

/// [`token_facts`] for a token that is not ASCII of 1 to 8 bytes: 9 to 15 or more ASCII bytes
/// (looked up as such), or with a non-ASCII byte (listed in `wide`, lower-cased and looked up
/// after the loop); a quotation mark is listed in `quote_at`.
#[allow(clippy::too_many_arguments)]
#[inline(never)]
fn rare_token<'a, 'i>(
    i: usize,
    t: &Token,
    s: &'a str,
    bytes: &[u8],
    lowbody: &'a str,
    index: &'i TokenIndex,
    cands: &mut Cands<'i>,
    wide: &mut Vec<usize>,
    quote_at: &mut Vec<usize>,
) -> Fact<'a> {
    let b = s.as_bytes();
    let word = t.kind == TokenKind::Word;
    let word_or_number = word || t.kind == TokenKind::Number;
    if t.kind == TokenKind::Quote {
        quote_at.push(i);
    }
    let mut wf = 0u8;
    let (low, cp) = match mid_token(bytes, t.start, b) {
        Some((lo, hi)) if (lo | hi) & HIGH == 0 => {
            let (ul, uh) = (upper_bytes(lo), upper_bytes(hi));
            if word {
                if let Some(e) = index.entry_packed16([lo | ul >> 2, hi | uh >> 2]) {
                    wf = e.flags;
                    if e.n_cues() != 0 {
                        cands.push((i, e));
                    }
                }
            }
            (if ul | uh == 0 { s } else { lowbody.get(t.start..t.end).unwrap_or("") }, word_or_number && ul & 0x80 != 0)
        }
        _ if b.is_ascii() => {
            let low = if b.iter().any(u8::is_ascii_uppercase) { lowbody.get(t.start..t.end).unwrap_or("") } else { s };
            if word {
                if let Some(e) = index.entry_of(low) {
                    wf = e.flags;
                    if e.n_cues() != 0 {
                        cands.push((i, e));
                    }
                }
            }
            (low, word_or_number && b.first().is_some_and(u8::is_ascii_uppercase))
        }
        _ => {
            wide.push(i);
            // (Quotation marks and dashes are neither words nor numbers: no case lookup.)
            let cp = word_or_number
                && match b.first() {
                    Some(c) if c.is_ascii() => c.is_ascii_uppercase(),
                    _ => s.chars().next().is_some_and(is_upper),
                };
            (s, cp)
        }
    };
    Fact { text: s, low, wflags: wf, cap: cp }
}

/// The tokens `wide` (with a non-ASCII byte, in order): lower-cased into `extra` when they hold
/// a capital, then looked up (word tokens) and their cue candidates merged into `cands`.
fn wide_tokens<'a, 'i>(
    doc: &Document,
    wide: &[usize],
    facts: &mut [Fact<'a>],
    cands: &mut Cands<'i>,
    extra: &'a mut String,
    index: &'i TokenIndex,
) {
    let mut ranges = Vec::new();
    for &i in wide {
        let s = facts.get(i).map_or("", |f| f.text);
        if s.chars().any(is_upper) {
            let a = extra.len();
            extra.push_str(&s.to_lowercase());
            ranges.push((i, a, extra.len()));
        }
    }
    let extra: &'a String = extra;
    for (i, a, b) in ranges {
        if let Some(f) = facts.get_mut(i) {
            f.low = extra.get(a..b).unwrap_or("");
        }
    }
    let before = cands.len();
    for &i in wide {
        if doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word) {
            if let Some(f) = facts.get_mut(i) {
                if let Some(e) = index.entry_of(f.low) {
                    f.wflags = e.flags;
                    if e.n_cues() != 0 {
                        cands.push((i, e));
                    }
                }
            }
        }
    }
    if cands.len() > before {
        cands.sort_unstable_by_key(|c| c.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::WordLists;
    use newsgraph_core::{segment, Article};
    use proptest::prelude::*;

    /// The reference: each token sliced, lower-cased and looked up on its own.
    #[allow(clippy::type_complexity)]
    fn reference<'a>(
        doc: &'a Document,
        cues: &'a Cues,
        index: &TokenIndex,
    ) -> (Vec<String>, Vec<String>, Vec<bool>, Vec<u8>, Vec<Vec<(usize, usize)>>) {
        let body = doc.body();
        let texts: Vec<String> = doc.tokens.iter().map(|t| body.get(t.start..t.end).unwrap_or("").to_string()).collect();
        // Lower-cased when it holds a capital (ASCII or not), as is otherwise.
        let lower: Vec<String> =
            texts.iter().map(|s| if s.chars().any(char::is_uppercase) { s.to_lowercase() } else { s.clone() }).collect();
        let cap = doc
            .tokens
            .iter()
            .zip(&texts)
            .map(|(t, s)| {
                matches!(t.kind, TokenKind::Word | TokenKind::Number) && s.chars().next().is_some_and(char::is_uppercase)
            })
            .collect();
        let mut flags = Vec::new();
        let mut hits = Vec::new();
        for (i, t) in doc.tokens.iter().enumerate() {
            let mut here = Vec::new();
            let mut f = 0;
            if t.kind == TokenKind::Word {
                let (ids, fl) = index.lookup(&lower[i]);
                f = fl;
                for &id in ids {
                    let c = cues.get(id as usize).unwrap();
                    let len = c.words.len();
                    if i + len <= lower.len() && len <= 6 && c.words.iter().enumerate().all(|(k, w)| lower[i + k] == *w) {
                        here.push((id as usize, len));
                    }
                }
            }
            flags.push(f);
            hits.push(here);
        }
        (texts, lower, cap, flags, hits)
    }

    fn check(doc: &Document) {
        let cues = {
            let mut c = Cues::parse(crate::lexicon::BUILTIN_CUES).unwrap();
            c.add(crate::lexicon::BUILTIN_ATTRIBUTION_CUES).unwrap();
            c
        };
        let words = WordLists::parse(crate::lexicon::BUILTIN_WORDS).unwrap();
        let index = TokenIndex::new(&cues, &words);
        let buf = lower_body(doc);
        let mut extra = String::new();
        let f = token_facts(doc, &buf, &mut extra, &cues, &index);
        let (texts, lower, cap, flags, hits) = reference(doc, &cues, &index);
        assert_eq!(f.facts.iter().map(|x| x.text).collect::<Vec<_>>(), texts);
        assert_eq!(f.facts.iter().map(|x| x.low).collect::<Vec<_>>(), lower);
        assert_eq!(f.facts.iter().map(|x| x.cap).collect::<Vec<_>>(), cap);
        assert_eq!(f.facts.iter().map(|x| x.wflags).collect::<Vec<_>>(), flags);
        assert_eq!(f.hit_at.len(), doc.tokens.len() + 1);
        // The table never decreases, from 0 to the number of hits.
        assert_eq!(f.hit_at.first(), Some(&0));
        assert_eq!(f.hit_at.last(), Some(&(f.hits.len() as u32)));
        assert!(f.hit_at.windows(2).all(|w| w[0] <= w[1]));
        let asked: Vec<usize> = (0..lower.len()).filter(|&i| lower[i] == "asked").collect();
        assert_eq!(f.asked_at, asked);
        let report: Vec<usize> = (0..lower.len()).filter(|&i| REPORT_VERBS.contains(&lower[i].as_str())).collect();
        assert_eq!(f.report_at, report);
        let semi: Vec<usize> = (0..lower.len()).filter(|&i| lower[i] == ";").collect();
        assert_eq!(f.semi_at, semi);
        let quote: Vec<usize> = (0..lower.len()).filter(|&i| doc.tokens[i].kind == TokenKind::Quote).collect();
        assert_eq!(f.quote_at, quote);
        for (i, want) in hits.iter().enumerate() {
            let got: Vec<(usize, usize)> = f.hits[f.hit_at[i] as usize..f.hit_at[i + 1] as usize]
                .iter()
                .map(|(c, len)| (cues.iter().position(|x| std::ptr::eq(x, *c)).unwrap(), *len))
                .collect();
            assert_eq!(&got, want, "token {i}");
        }
    }

    fn check_text(text: &str) {
        check(&segment::segment(Article::from_body(text.to_string())));
    }

    #[test]
    fn agrees_with_the_reference_on_varied_texts() {
        for t in [
            "",
            " ",
            "\"We will take this to the WTO,\" said Mauro Vieira, the foreign minister.",
            "ÉLYSÉE officials SAID on Monday: «Nous» — İstanbul’s mayor TOLD REPORTERS that it’s over.",
            "According to the Ministry, he told reporters in a statement that Straße and ΣΊΣΥΦΟΣ were closed.",
            "Ǆungla Ⅻ ǅ ß ﬁ \u{130}\u{130}\u{130}\u{130}\u{130} said SAID Said sAiD",
            "x\ny\n\n\"Quoted,\" he added, noting that they would refuse to comment but said no.",
            "Reuters REPORTED, AP Reports, Asked: \"asked\" QUOTED cited Cited SAID; Saïd reporteds quote “Said”.",
            "A Spokesperson REPORTEDLY said, according to SPOKESWOMAN Accordingly-Long-Hyphenated words, AS\u{212A}ED.",
        ] {
            check_text(t);
        }
    }

    #[test]
    fn long_non_ascii_and_quote_tokens_agree_with_the_reference() {
        // The tokens read out of the main loop (`rare_token`: 9 to 15 ASCII bytes, longer,
        // non-ASCII) and quotation marks, straight and curly, between short ASCII tokens; cues
        // and marked words of each length and case among them.
        for t in [
            "ACCORDING to the Spokeswoman, \"Quoted\" said “Yes” — Counterintelligence officials REPORTEDLY said",
            "Internationalisation-of-the-supply-chain said «non» Ölfeld-SAID İstanbul ’s 1990S 2020s A4 ASKED",
            "\"\" '' “” «» 123456789012 ABCDEFGHIJKLMNOP abcdefghijklmnop according ACCORDING Accordingly to",
            "Broadcaster BROADCASTER said; Spokesperson SPOKESPERSON told reporters; “said” ‘cited’ \"reports\"",
        ] {
            check_text(t);
        }
    }

    #[test]
    fn hit_table_around_candidates_without_cues() {
        // Runs of words that start cues but none here ("the", "a", "in", "is" before other
        // words) before, between and after cues, and cues at the first and last tokens: the
        // table entries between two hits keep one value, written when the later hit is found.
        for t in [
            "the a in the said",
            "said the a in the",
            "The report said in a statement the in a the",
            "in the a the according to the a in in in said",
            "the",
            "said",
            "in",
            "a an the in is was\n\nthe report said, according to the the",
            "Le rapport «the» said İn the ÉLYSÉE is was in a statement",
        ] {
            check_text(t);
        }
    }

    #[test]
    fn is_upper_is_char_is_uppercase() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(is_upper(c), c.is_uppercase(), "{c:?}");
        }
    }

    #[test]
    fn tokens_outside_the_body_or_off_boundaries_are_empty() {
        let mut doc = segment::segment(Article::from_body("Élan said so. Ölfeld".to_string()));
        doc.tokens.push(Token { start: 1, end: 2, kind: TokenKind::Word });
        doc.tokens.push(Token { start: 3, end: 200, kind: TokenKind::Word });
        doc.tokens.push(Token { start: 0, end: 2, kind: TokenKind::Word });
        check(&doc);
    }

    /// [`short_token`] and [`mid_token`] are [`load8`] and [`short_words`] of the token's bytes,
    /// at any place in the body (the end of the body within 8 or 16 bytes or not).
    fn check_loads(body: &[u8]) {
        for at in 0..=body.len() {
            for len in 0..=16 {
                let Some(b) = body.get(at..at + len) else { continue };
                assert_eq!(short_token(body, at, b), load8(b), "{body:?} {at} {len}");
                let want = if (9..=15).contains(&len) { short_words(b) } else { None };
                assert_eq!(mid_token(body, at, b), want, "{body:?} {at} {len}");
            }
        }
    }

    #[test]
    fn token_loads_agree_with_load8_and_short_words() {
        for t in [
            "",
            "a",
            "said",
            "abcdefgh",
            "abcdefghi",
            "Spokesperson said",
            "x y ÉLYSÉE «Nous» SAID; İstanbul’s 0123456789abcdefghij",
        ] {
            check_loads(t.as_bytes());
        }
        check_loads(&[0xFF, 0x80, 0, 1, 0x7F, 0xC3, 0xA9, 0x41, 0x5A, 0x5B, 0x60, 0x61, 0x7A, 0x7B, 0x40, 0x20, 0x0A, 0xE2]);
    }

    proptest! {
        #[test]
        fn token_loads_agree_on_any_bytes(b in proptest::collection::vec(any::<u8>(), 0..40)) {
            check_loads(&b);
        }

        #[test]
        fn agrees_with_the_reference_on_any_text(s in "\\PC{0,200}") {
            check_text(&s);
        }

        #[test]
        fn agrees_with_the_reference_on_cue_heavy_text(parts in proptest::collection::vec(prop_oneof![
            Just("said"), Just("Said"), Just("SAID"), Just("told"), Just("reporters"), Just("according"), Just("to"),
            Just("in"), Just("a"), Just("statement"), Just("É"), Just("Ölfeld"), Just("İ"), Just("\""), Just("“"),
            Just("’s"), Just(","), Just("."), Just("\n\n"), Just(" "), Just("the"), Just("WTO"), Just("Spokesperson"),
            Just("REPORTEDLY"), Just("Accordingly"), Just("abcdefghijklmnoP"), Just("AS\u{212A}ED"), Just("Reported"), Just("asked"), Just("CITED"), Just("quoted"), Just(";"),
            // Cues whose second word does not pack (longer than 8 bytes or not ASCII).
            Just("broadcaster"), Just("Broadcaster"), Just("déclaré"), Just("DÉCLARÉ"), Just("is"), Just("was"), Just("determined"),
            Just("convinced"), Just("made"), Just("clear"), Just("newspaper"), Just("told"), Just("journalists"),
        ], 0..40)) {
            check_text(&parts.join(" "));
        }
    }
}
