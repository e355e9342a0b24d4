//! Segmentation: paragraphs → sentences → tokens, all byte spans into the body.
//!
//! Rules, not a model: a sentence ends at `.`, `!`, `?` or `…` (with any closing
//! quotes and brackets after it) when the next token can start a sentence. A period
//! that belongs to an abbreviation (`Mr.`, `Gen.`, `U.S.`, initials such as `J. R.`)
//! stays inside its token; titles never end a sentence, and other abbreviations end
//! one only before an ordinary sentence starter ("… in the U.S. The talks …").
//! Paragraphs always end sentences. Abbreviations are a data file
//! (`data/segment/abbreviations.txt`).

use crate::model::{Article, Document, Sentence, Span, Token, TokenKind};
use std::sync::OnceLock;

/// Whether an abbreviation can end a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Abbrev {
    /// Titles and the like: never sentence-final.
    Never,
    /// May end a sentence before a sentence starter.
    Maybe,
}

/// The abbreviations of up to eight bytes, each packed into a word (little-endian, zero-padded):
/// what [`tokenize`] looks up for an ASCII word before a period, without hashing a string.
fn short_abbreviations() -> &'static crate::fxhash::FxHashMap<u64, Abbrev> {
    static SHORT: OnceLock<crate::fxhash::FxHashMap<u64, Abbrev>> = OnceLock::new();
    SHORT.get_or_init(|| {
        abbreviations()
            .iter()
            .filter(|(a, _)| (1..=8).contains(&a.len()) && !a.as_bytes().contains(&0))
            .map(|(a, &kind)| (pack_word(a.as_bytes()), kind))
            .collect()
    })
}

/// The longest abbreviation, in bytes.
fn longest_abbreviation() -> usize {
    static LONGEST: OnceLock<usize> = OnceLock::new();
    *LONGEST.get_or_init(|| abbreviations().keys().map(String::len).max().unwrap_or(0))
}

/// Up to eight bytes as a little-endian word padded with zeros.
fn pack_word(b: &[u8]) -> u64 {
    let mut a = [0u8; 8];
    let n = b.len().min(8);
    a[..n].copy_from_slice(&b[..n]);
    u64::from_le_bytes(a)
}

/// Whether the ASCII word `bytes[start..end]` (one to eight bytes, no NUL) is an abbreviation:
/// the same answer as looking the word up in [`abbreviations`]. The word is packed with one load
/// of eight bytes from `start` when the text is long enough, else byte by byte.
#[inline]
fn is_short_abbreviation(bytes: &[u8], start: usize, end: usize) -> bool {
    let n = end - start;
    debug_assert!((1..=8).contains(&n));
    let key = match bytes.get(start..start + 8) {
        Some(w) => {
            let mut a = [0u8; 8];
            a.copy_from_slice(w);
            u64::from_le_bytes(a) & (u64::MAX >> (64 - 8 * n as u32))
        }
        None => pack_word(&bytes[start..end]),
    };
    short_abbreviations().contains_key(&key)
}

fn abbreviations() -> &'static crate::fxhash::FxHashMap<String, Abbrev> {
    static ABBR: OnceLock<crate::fxhash::FxHashMap<String, Abbrev>> = OnceLock::new();
    ABBR.get_or_init(|| {
        let mut m = crate::fxhash::FxHashMap::default();
        for line in include_str!("../../../data/segment/abbreviations.txt").lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            match line.strip_suffix('!') {
                Some(a) => m.insert(a.to_string(), Abbrev::Never),
                None => m.insert(line.to_string(), Abbrev::Maybe),
            };
        }
        m
    })
}

/// Words that commonly open a sentence; after an ambiguous abbreviation ("U.S.", "Inc.")
/// one of these starts a new sentence.
const STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "But",
    "And",
    "In",
    "On",
    "At",
    "For",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "My",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "As",
    "Since",
    "However",
    "Meanwhile",
    "Some",
    "Many",
    "Most",
    "One",
    "Two",
    "Three",
    "Officials",
    "According",
    "Last",
    "Earlier",
    "Later",
    "Also",
    "Still",
    "Yet",
    "So",
    "Now",
    "Then",
    "Other",
    "Both",
    "No",
    "Not",
    "What",
    "Who",
    "Why",
    "How",
    "Under",
    "With",
    "Among",
    "Despite",
];

/// Is `c` a quotation mark?
pub fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»' | '„' | '‟' | '‹' | '›' | '`')
}

fn is_dash_char(c: char) -> bool {
    matches!(c, '—' | '–' | '‒' | '―')
}

#[inline]
fn is_word_char(c: char) -> bool {
    crate::chars::is_alphanumeric(c) || matches!(c, '\u{300}'..='\u{36f}')
}

/// The character at byte `pos` of `text` (a char boundary) and its length; ASCII without decoding.
#[inline]
fn char_at(text: &str, pos: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(pos)?;
    if b < 0x80 {
        return Some((b as char, 1));
    }
    let c = text.get(pos..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// The high bit of each byte of `x` (eight bytes of text) that is not an ASCII letter or digit:
/// exact for the lowest such byte, so `trailing_zeros() / 8` is the length of the run of
/// letters and digits (eight when there is none).
#[inline(always)]
fn alnum_stops(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    // Per byte, the high bit of `b + (0x80 - lo)` says `b >= lo` for an ASCII byte. Only a
    // non-ASCII byte can carry into the next byte, and it stops the run itself (`| x`), so
    // the lowest stop byte is exact.
    let z = x | (ONES * 0x20); // ASCII letters folded to lower case
    let letter = z.wrapping_add(ONES * u64::from(0x80 - b'a')) & !z.wrapping_add(ONES * u64::from(0x7f - b'z'));
    let digit = x.wrapping_add(ONES * u64::from(0x80 - b'0')) & !x.wrapping_add(ONES * u64::from(0x7f - b'9'));
    (!(letter | digit) | x) & HIGH
}

/// Length of the run of ASCII letters and digits at the start of `b`. Most words end within
/// eight bytes, nearly all within sixteen: those are measured with one or two loads and no
/// loop; longer runs (from their ninth byte) and the last few bytes of the text take
/// [`ascii_alnum_run_long`].
#[inline(always)]
fn ascii_alnum_run(b: &[u8]) -> usize {
    match b.split_first_chunk::<8>() {
        Some((w, rest)) => {
            let stop = alnum_stops(u64::from_le_bytes(*w));
            if stop != 0 {
                return (stop.trailing_zeros() / 8) as usize;
            }
            // Words of nine to sixteen bytes ("government", "international") with one more load.
            if let Some(w) = rest.first_chunk::<8>() {
                let stop = alnum_stops(u64::from_le_bytes(*w));
                if stop != 0 {
                    return 8 + (stop.trailing_zeros() / 8) as usize;
                }
            }
            8 + ascii_alnum_run_long(rest)
        }
        None => ascii_alnum_run_long(b),
    }
}

/// [`ascii_alnum_run`] eight bytes at a time, the last few one by one.
#[inline(never)]
fn ascii_alnum_run_long(b: &[u8]) -> usize {
    let mut i = 0;
    while let Some(w) = b.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let stop = alnum_stops(u64::from_le_bytes(*w));
        if stop != 0 {
            return i + (stop.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    i + b[i..].iter().position(|c| !c.is_ascii_alphanumeric()).unwrap_or(b.len() - i)
}

/// Splits `text` into tokens (byte spans).
pub fn tokenize(text: &str) -> Vec<Token> {
    tokenize_with(text, true, &mut Vec::new())
}

/// Whether a token whose last byte is `b` may end a sentence: it ends in `.`, `!`, `?` or `…`
/// (whose last byte is 0xA6; other characters ending in that byte are ruled out later).
#[inline(always)]
fn may_end_sentence(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | 0xa6)
}

/// Byte classes for the tokenizer's fast paths, one table lookup per byte instead of a chain of
/// comparisons: bit flags of [`BYTE_CLASS`].
const SPACE: u8 = 1;
/// An ASCII letter or digit.
const ALNUM: u8 = 2;
/// An ASCII digit.
const DIGIT: u8 = 4;
/// ASCII that can neither continue a word nor join it to the next one: a word ends before it
/// (ASCII other than the apostrophe, hyphen, underscore, ampersand, period and comma).
const ENDS_WORD: u8 = 8;
/// ASCII punctuation that is a token of its own on the fast path (all but the apostrophe and
/// hyphen, which need the general rules; a period still needs the ellipsis check).
const PUNCT: u8 = 16;
/// A straight double quote or backtick: a [`TokenKind::Quote`] of one byte.
const QUOTE: u8 = 32;

/// The class bits of every byte (see [`SPACE`] and the constants after it).
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        let mut k = 0;
        if c == b' ' || c == b'\n' {
            k |= SPACE;
        }
        if c.is_ascii_alphanumeric() {
            k |= ALNUM;
        }
        if c.is_ascii_digit() {
            k |= DIGIT;
        }
        if c.is_ascii() && !matches!(c, b'\'' | b'-' | b'_' | b'&' | b'.' | b',') {
            k |= ENDS_WORD;
        }
        if c.is_ascii_punctuation() && !matches!(c, b'\'' | b'-') {
            k |= PUNCT;
        }
        if matches!(c, b'"' | b'`') {
            k |= QUOTE;
        }
        t[b] = k;
        b += 1;
    }
    t
};

#[inline(always)]
fn class(b: u8) -> u8 {
    BYTE_CLASS[usize::from(b)]
}

/// [`tokenize`], with or without the fast paths for common tokens (the tests check that both
/// give the same tokens). The indices of the tokens that [`may_end_sentence`] are appended to
/// `ends`, so that sentence splitting visits only those.
#[inline(always)]
fn tokenize_with(text: &str, fast: bool, ends: &mut Vec<usize>) -> Vec<Token> {
    let bytes = text.as_bytes();
    // News text has about one token in five bytes; a third leaves room for denser text without
    // regrowing (and copying) the vector.
    let mut tokens = Vec::with_capacity(text.len() / 3 + 8);
    let longest_abbr = longest_abbreviation().min(8);
    let mut pos = 0;
    'tokens: while let Some(&b) = bytes.get(pos) {
        // Spaces and newlines: the most common bytes between tokens.
        let k = class(b);
        if k & SPACE != 0 {
            pos += 1;
            continue;
        }
        // Fast paths for the common tokens, with the same result as the general code in
        // `general_token`: an ASCII word (with inner hyphens and apostrophes between ASCII
        // letters and digits) that ends at a space or at ASCII punctuation that cannot continue
        // it, a word (not a number) before a possessive "'s", a comma or a period that no
        // letter follows, and one-byte ASCII punctuation other than the apostrophe and hyphen
        // (which need the general rules) and an ellipsis.
        if fast && k & ALNUM != 0 {
            // Word after word (each after its space) in a loop of its own, with fewer values
            // live than in the loop over every token.
            let (mut b, mut k) = (b, k);
            'words: loop {
                let number = k & DIGIT != 0;
                let kind = if number { TokenKind::Number } else { TokenKind::Word };
                let mut end = pos + ascii_alnum_run(&bytes[pos..]);
                // What follows the letters and digits decides; inner joiners between ASCII letters
                // and digits continue the word and are decided again after the next run.
                let next = loop {
                    let Some(&n) = bytes.get(end) else {
                        tokens.push(Token { start: pos, end, kind });
                        break end;
                    };
                    if class(n) & ENDS_WORD != 0 {
                        tokens.push(Token { start: pos, end, kind });
                        if n != b' ' {
                            break end;
                        }
                        // A space after the word is passed at once rather than by another turn,
                        // and a word after it (the commonest case) is taken up at once.
                        if let Some(&c) = bytes.get(end + 1) {
                            if class(c) & ALNUM != 0 {
                                (pos, b, k) = (end + 1, c, class(c));
                                continue 'words;
                            }
                        }
                        break end + 1;
                    }
                    let after = bytes.get(end + 1).copied();
                    match n {
                        // As in the general rules: a hyphen, ampersand or underscore before a letter
                        // or digit joins ("ten-year", "AT&T"), and so does an apostrophe before a
                        // letter that does not start a possessive "'s" ("don't").
                        b'-' | b'&' | b'_' if after.is_some_and(|c| c.is_ascii_alphanumeric()) => {}
                        b'\''
                            if after.is_some_and(|c| c.is_ascii_alphabetic())
                                && (!matches!(after, Some(b's' | b'S'))
                                    || bytes.get(end + 2).is_some_and(|c| c.is_ascii_alphanumeric())) => {}
                        // A possessive "'s" after a word (not a number) before ASCII that is not a
                        // letter or digit: a token of its own.
                        b'\''
                            if !number
                                && matches!(after, Some(b's' | b'S'))
                                && bytes.get(end + 2).is_none_or(|c| c.is_ascii() && !c.is_ascii_alphanumeric()) =>
                        {
                            tokens.push(Token { start: pos, end, kind: TokenKind::Word });
                            tokens.push(Token { start: end, end: end + 2, kind: TokenKind::Word });
                            break end + 2;
                        }
                        // A comma joins only digits ("1,000"): after a word it is a token of its own.
                        b',' if !number => {
                            tokens.push(Token { start: pos, end, kind: TokenKind::Word });
                            tokens.push(Token { start: end, end: end + 1, kind: TokenKind::Punct });
                            break end + 1 + usize::from(after == Some(b' '));
                        }
                        // A period that no letter follows is not inside a dotted acronym; it joins
                        // the word when the word is a single capital (an initial) or an abbreviation.
                        b'.' if !number && after.is_none_or(|c| c.is_ascii() && !c.is_ascii_alphabetic()) => {
                            let n = end - pos;
                            let joins = (n == 1 && b.is_ascii_uppercase())
                                || (n <= longest_abbr && is_short_abbreviation(bytes, pos, end))
                                || (n > 8 && n <= longest_abbreviation() && abbreviations().contains_key(&text[pos..end]));
                            if joins {
                                ends.push(tokens.len());
                                tokens.push(Token { start: pos, end: end + 1, kind: TokenKind::Word });
                                break end + 1 + usize::from(after == Some(b' '));
                            }
                            tokens.push(Token { start: pos, end, kind: TokenKind::Word });
                            break end;
                        }
                        // Anything else (non-ASCII after the word, number separators, dotted
                        // acronyms): the general rules, from the start of the word.
                        _ => break pos,
                    }
                    end += 1 + ascii_alnum_run(&bytes[end + 1..]);
                };

                if next == pos {
                    // The general rules, for this word.
                    break;
                }
                pos = next;
                match bytes.get(pos) {
                    Some(&c) if class(c) & ALNUM != 0 => (b, k) = (c, class(c)),
                    _ => continue 'tokens,
                }
            }
        } else if fast && k & PUNCT != 0 && (b != b'.' || bytes.get(pos + 1..pos + 3) != Some(b"..")) {
            let kind = if k & QUOTE != 0 { TokenKind::Quote } else { TokenKind::Punct };
            if may_end_sentence(b) {
                ends.push(tokens.len());
            }
            tokens.push(Token { start: pos, end: pos + 1, kind });
            pos += 1 + usize::from(bytes.get(pos + 1) == Some(&b' '));
            continue;
        }
        match general_token(text, pos, &mut tokens, ends, fast) {
            Some(next) => pos = next,
            None => break,
        }
    }
    tokens
}

/// The general tokenizer rules for the character at byte `i` of `text` (a char boundary): pushes
/// its token (if it starts one) to `tokens`, and the token's index to `ends` when it
/// [`may_end_sentence`]; returns where the next token may start. Kept out of the fast loop of
/// [`tokenize_with`] (which it serves for the rare tokens) so that the loop keeps its values in
/// registers.
#[inline(never)]
fn general_token(text: &str, i: usize, tokens: &mut Vec<Token>, ends: &mut Vec<usize>, fast: bool) -> Option<usize> {
    let bytes = text.as_bytes();
    let (c, clen) = char_at(text, i)?;
    if c.is_whitespace() {
        return Some(i + clen);
    }
    if is_word_char(c) {
        let numeric_start = c.is_ascii_digit();
        let mut end = i + clen;
        let mut all_digits = numeric_start;
        // Consume the word with inner apostrophes, hyphens, periods and number separators.
        loop {
            // ASCII letters and digits: the common case (looked for only when the next byte is
            // one, so that words in other scripts go character by character without it).
            if fast {
                // Word characters of three bytes (Devanagari, CJK, …), decoded in place rather
                // than one `char_at` and one turn of this loop each: the same as the turns below
                // would do with them (no digit run, not ASCII, a word character: taken).
                while let Some(&[b0, b1, b2]) = bytes.get(end..end + 3).and_then(|w| w.first_chunk::<3>()) {
                    if b0 & 0xf0 != 0xe0 {
                        break;
                    }
                    let cp = u32::from(b0 & 0x0f) << 12 | u32::from(b1 & 0x3f) << 6 | u32::from(b2 & 0x3f);
                    if !char::from_u32(cp).is_some_and(is_word_char) {
                        break;
                    }
                    all_digits = false;
                    end += 3;
                }
            }
            let rest = bytes.get(end..).unwrap_or(&[]);
            let run = if rest.first().is_some_and(u8::is_ascii_alphanumeric) { ascii_alnum_run(rest) } else { 0 };
            if all_digits {
                all_digits = rest[..run].iter().all(u8::is_ascii_digit);
            }
            end += run;
            let Some((n, nlen)) = char_at(text, end) else { break };
            // ASCII that can neither continue the word nor join it to the next one
            // (spaces, most punctuation): the word ends here.
            if n.is_ascii() && !matches!(n, '\'' | '-' | '_' | '&' | '.' | ',') {
                break;
            }
            if is_word_char(n) {
                all_digits &= n.is_ascii_digit();
                end += nlen;
                continue;
            }
            let next2 = char_at(text, end + nlen).map(|(x, _)| x);
            let inner = match n {
                '\'' | '’' => next2.is_some_and(crate::chars::is_alphabetic) && !is_possessive_s(&text[end..]),
                // "al-Assad", "AT&T", and underscores that join words ("Dol_Amroth").
                '-' | '‑' | '&' | '_' => next2.is_some_and(is_word_char),
                '.' | ',' if all_digits => next2.is_some_and(|x| x.is_ascii_digit()),
                '.' => {
                    // Dotted acronyms: U.S., U.N.; a single letter then a period then a letter and a period.
                    let word = &text[i..end];
                    next2.is_some_and(crate::chars::is_alphabetic)
                        && word.chars().rev().take_while(|&ch| crate::chars::is_alphabetic(ch)).count() == 1
                        && text[end + 1..].chars().nth(1).is_some_and(|x| x == '.')
                }
                _ => false,
            };
            if inner {
                end += nlen;
            } else {
                break;
            }
        }
        // A trailing period joins the token for abbreviations, initials and dotted acronyms.
        if bytes.get(end) == Some(&b'.') {
            let word = &text[i..end];
            let single_upper = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            let dotted = word.contains('.') && word.chars().filter(|&c| crate::chars::is_alphabetic(c)).count() <= 6;
            if single_upper || dotted || abbreviations().contains_key(word) {
                end += 1;
            }
        }
        let kind = if numeric_start { TokenKind::Number } else { TokenKind::Word };
        if may_end_sentence(bytes[end - 1]) {
            ends.push(tokens.len());
        }
        tokens.push(Token { start: i, end, kind });
        return Some(end);
    }
    if is_possessive_s(&text[i..]) && tokens.last().is_some_and(|t: &Token| t.end == i && t.kind == TokenKind::Word) {
        let end = i + clen + 1;
        tokens.push(Token { start: i, end, kind: TokenKind::Word });
        return Some(end);
    }
    let mut end = i + clen;
    let kind = if is_quote_char(c) {
        TokenKind::Quote
    } else if is_dash_char(c) {
        TokenKind::Dash
    } else if c == '-' && bytes.get(end) == Some(&b'-') {
        end += 1;
        TokenKind::Dash
    } else if c == '-' && (i == 0 || bytes[i - 1] == b' ') && bytes.get(end).is_none_or(|b| *b == b' ') {
        TokenKind::Dash
    } else if c == '.' && text[end..].starts_with("..") {
        end += 2;
        TokenKind::Punct
    } else {
        TokenKind::Punct
    };
    if may_end_sentence(bytes[end - 1]) {
        ends.push(tokens.len());
    }
    tokens.push(Token { start: i, end, kind });
    Some(end)
}

/// `'s` or `’s` followed by a non-letter: a possessive clitic.
fn is_possessive_s(s: &str) -> bool {
    let mut it = s.chars();
    matches!(it.next(), Some('\'' | '’')) && matches!(it.next(), Some('s' | 'S')) && !it.next().is_some_and(char::is_alphanumeric)
}

/// Paragraph spans: blocks separated by blank lines (or by any newline when the body has no blank lines).
pub fn paragraphs(body: &str) -> Vec<Span> {
    let bytes = body.as_bytes();
    // Paragraphs of news text run to a few hundred bytes: room for them without regrowing.
    let mut out = Vec::with_capacity(body.len() / 128 + 1);
    // A blank line: a newline right after another one, found by visiting the newlines (in news
    // text, the blank lines themselves) rather than by building a substring searcher.
    let blank = memchr::memchr_iter(b'\n', bytes).any(|at| bytes.get(at + 1) == Some(&b'\n'));
    let sep_len = if blank { 2 } else { 1 };
    let mut push = |start: usize, end: usize| {
        let part = &body[start..end];
        // Without a call when the paragraph starts (ends) with ASCII that is not white space.
        let trimmed_start = match part.as_bytes().first() {
            Some(c) if c.is_ascii_graphic() => start,
            _ => start + (part.len() - part.trim_start().len()),
        };
        let trimmed_end = match part.as_bytes().last() {
            Some(c) if c.is_ascii_graphic() => end,
            _ => start + part.trim_end().len(),
        };
        if trimmed_end > trimmed_start {
            out.push(Span::new(trimmed_start, trimmed_end));
        }
    };
    let mut pos = 0;
    if blank {
        // Every "\n\n" that does not overlap the last one taken (as `memmem::find_iter` gives
        // them, left to right): each newline followed by another, searched for from the byte
        // after the last newline, or after the pair just taken (one starting inside it would
        // overlap it).
        let mut from = 0;
        while let Some(p) = bytes.get(from..).and_then(|rest| memchr::memchr(b'\n', rest)) {
            let at = from + p;
            if bytes.get(at + 1) == Some(&b'\n') && at >= pos {
                push(pos, at);
                pos = at + sep_len;
            }
            from = (at + 1).max(pos);
        }
    } else {
        for at in memchr::memchr_iter(b'\n', bytes) {
            push(pos, at);
            pos = at + sep_len;
        }
    }
    push(pos, body.len());
    out
}

fn closing_quote(text: &str, t: &Token) -> bool {
    let c = text[t.start..].chars().next().unwrap_or(' ');
    match c {
        '”' | '’' | '»' | '›' => true,
        '"' | '\'' => {
            // A straight quote closes when it follows a non-space character.
            t.start > 0 && !text[..t.start].ends_with(char::is_whitespace)
        }
        _ => false,
    }
}

/// Can token `t` start a sentence?
fn can_start(text: &str, t: &Token) -> bool {
    let c = text[t.start..].chars().next().unwrap_or(' ');
    c.is_uppercase() || c.is_ascii_digit() || is_quote_char(c) || matches!(c, '(' | '[' | '¿' | '¡' | '•' | '*')
}

/// Sentence spans within one paragraph, given the paragraph's tokens `toks[range]` and the
/// indices of those that [`may_end_sentence`] (`candidates`, increasing, inside `range`): every
/// other token is passed over without being looked at.
fn split_sentences(
    text: &str,
    tokens: &[Token],
    range: std::ops::Range<usize>,
    candidates: &[usize],
    paragraph: usize,
    out: &mut Vec<Sentence>,
) {
    let abbr = abbreviations();
    let mut start_tok = range.start;
    // Tokens before `i` have been dealt with.
    let mut i = range.start;
    let bytes = text.as_bytes();
    for &c in candidates {
        if c < i {
            continue;
        }
        i = c;
        let t = &tokens[i];
        let terminal = match t.kind {
            TokenKind::Punct => {
                matches!(&bytes[t.start..t.end], b"." | b"!" | b"?" | b"\xe2\x80\xa6" | b"..." | b"?!" | b"!?")
            }
            TokenKind::Word if t.end > t.start && bytes[t.end - 1] == b'.' => {
                let s = &text[t.start..t.end];
                let stem = &s[..s.len() - 1];
                let single_initial = stem.chars().count() == 1 && stem.chars().all(char::is_uppercase);
                // Short stems (most: "Mr", "U.S") are looked up packed, without hashing a string.
                let kind = if (1..=8).contains(&stem.len()) && !stem.as_bytes().contains(&0) {
                    short_abbreviations().get(&pack_word(stem.as_bytes())).copied()
                } else {
                    abbr.get(stem).copied()
                };
                match kind {
                    Some(Abbrev::Never) => false,
                    _ if single_initial => false,
                    _ => {
                        // Ambiguous abbreviation or acronym: ends the sentence before a sentence starter.
                        let next = tokens[i + 1..range.end].iter().next();
                        match next {
                            None => true,
                            Some(n) => {
                                let w = &text[n.start..n.end];
                                STARTERS.contains(&w) || n.kind == TokenKind::Quote && t.end < n.start
                            }
                        }
                    }
                }
            }
            _ => false,
        };
        if !terminal {
            i += 1;
            continue;
        }
        // Absorb further terminal punctuation, closing quotes and brackets.
        let mut j = i + 1;
        while j < range.end {
            let n = &tokens[j];
            let ns = &text[n.start..n.end];
            let absorb = matches!(ns, "." | "!" | "?" | "…" | ")" | "]")
                || (n.kind == TokenKind::Quote
                    && n.start == tokens[j - 1].end
                    && (closing_quote(text, n) || j + 1 == range.end || tokens[j + 1].start > n.end));
            if absorb {
                j += 1;
            } else {
                break;
            }
        }
        let boundary = j == range.end || {
            let n = &tokens[j];
            n.start > tokens[j - 1].end && can_start(text, n)
        };
        if boundary {
            out.push(Sentence {
                start: tokens[start_tok].start,
                end: tokens[j - 1].end,
                paragraph,
                token_start: start_tok,
                token_end: j,
            });
            start_tok = j;
        }
        i = j;
    }
    if start_tok < range.end {
        out.push(Sentence {
            start: tokens[start_tok].start,
            end: tokens[range.end - 1].end,
            paragraph,
            token_start: start_tok,
            token_end: range.end,
        });
    }
}

/// Segments an article's body into paragraphs, sentences and tokens.
pub fn segment(article: Article) -> Document {
    let body = article.body.as_str();
    let paragraphs = paragraphs(body);
    // Room for the sentence-end candidates and the sentences of dense text (a period every 32
    // bytes, a sentence every 12 tokens) without regrowing and copying them.
    let mut ends = Vec::with_capacity(body.len() / 32 + 4);
    let tokens = tokenize_with(body, true, &mut ends);
    let mut sentences = Vec::with_capacity(tokens.len() / 12 + 1);
    let mut t = 0;
    // The candidates (`ends`) of the paragraphs before this one have been passed.
    let mut e = 0;
    for (pi, p) in paragraphs.iter().enumerate() {
        while t < tokens.len() && tokens[t].start < p.start {
            t += 1;
        }
        let first = t;
        // Token ends increase, so the tokens from `first` that end inside the paragraph are a
        // prefix: found by binary search instead of a step per token.
        t = first + tokens[first..].partition_point(|tok| tok.end <= p.end);
        while e < ends.len() && ends[e] < first {
            e += 1;
        }
        let e_first = e;
        while e < ends.len() && ends[e] < t {
            e += 1;
        }
        if t > first {
            split_sentences(body, &tokens, first..t, &ends[e_first..e], pi, &mut sentences);
        }
    }
    Document { article, paragraphs, sentences, tokens }
}

/// Convenience: sentence spans of a plain text.
pub fn sentence_spans(text: &str) -> Vec<Span> {
    segment(Article::from_body(text.to_string())).sentences.iter().map(Sentence::span).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        sentence_spans(text).into_iter().map(|s| s.slice(text)).collect()
    }

    fn toks(text: &str) -> Vec<&str> {
        tokenize(text).into_iter().map(|t| &text[t.start..t.end]).collect()
    }

    #[test]
    fn sentence_table() {
        let cases: &[(&str, &[&str])] = &[
            ("Mr. Smith went to Washington. He met Gen. Jones.", &["Mr. Smith went to Washington.", "He met Gen. Jones."]),
            ("The U.S. Senate voted. The U.N. agreed.", &["The U.S. Senate voted.", "The U.N. agreed."]),
            ("Aid went to the U.S. The rest stayed.", &["Aid went to the U.S.", "The rest stayed."]),
            (
                "J. R. Smith said prices rose 3.5 percent. Sales hit 1,000 units.",
                &["J. R. Smith said prices rose 3.5 percent.", "Sales hit 1,000 units."],
            ),
            ("\"We will go,\" he said. \"It is over.\"", &["\"We will go,\" he said.", "\"It is over.\""]),
            ("“Is it over?” she asked. “Yes.”", &["“Is it over?” she asked.", "“Yes.”"]),
            ("\"Who knows?\" said the envoy.", &["\"Who knows?\" said the envoy."]),
            ("He lives at No. 10 Downing St. in London.", &["He lives at No. 10 Downing St. in London."]),
            ("Talks ended — for now. Both sides left.", &["Talks ended — for now.", "Both sides left."]),
            ("It rose (to 5%). Then it fell.", &["It rose (to 5%).", "Then it fell."]),
            ("The firm, Acme Inc. The other.", &["The firm, Acme Inc.", "The other."]),
        ];
        for (text, want) in cases {
            assert_eq!(&sents(text), want, "{text}");
        }
    }

    #[test]
    fn token_table() {
        assert_eq!(toks("Russia's troops"), vec!["Russia", "'s", "troops"]);
        assert_eq!(toks("don't stop"), vec!["don't", "stop"]);
        assert_eq!(toks("U.S.-led talks"), vec!["U.S.", "-", "led", "talks"]);
        assert_eq!(toks("$1,000.50 and 3.5%"), vec!["$", "1,000.50", "and", "3.5", "%"]);
        assert_eq!(toks("Mr. Stano—said"), vec!["Mr.", "Stano", "—", "said"]);
        assert_eq!(toks("al-Assad"), vec!["al-Assad"]);
        assert_eq!(toks("Dol_Amroth _x y_"), vec!["Dol_Amroth", "_", "x", "y", "_"]);
        assert_eq!(toks("“Yes,” he"), vec!["“", "Yes", ",", "”", "he"]);
        assert_eq!(toks("end..."), vec!["end", "..."]);
    }

    #[test]
    fn ascii_alnum_run_equals_bytewise() {
        let reference = |b: &[u8]| b.iter().position(|c| !c.is_ascii_alphanumeric()).unwrap_or(b.len());
        for n in 0..=20 {
            for p in 0..=n {
                for stop in 0..=255u8 {
                    let mut b: Vec<u8> = (0..n).map(|i| b"aZ09mM5xQ"[i % 9]).collect();
                    if p < n {
                        b[p] = stop;
                    }
                    assert_eq!(ascii_alnum_run(&b), reference(&b), "{b:?}");
                    // Every alphanumeric and boundary byte in the last position too.
                    if n > 0 {
                        b[n - 1] = stop;
                        assert_eq!(ascii_alnum_run(&b), reference(&b), "{b:?}");
                    }
                }
            }
        }
        for s in
            ["", "é", "abcdefghé", "abcdefgh ", "Zz09@[`{/:", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!"]
        {
            assert_eq!(ascii_alnum_run(s.as_bytes()), reference(s.as_bytes()), "{s:?}");
        }
    }

    fn fast_equals_general(text: &str) {
        let (mut fast_ends, mut general_ends) = (Vec::new(), Vec::new());
        let tokens = tokenize_with(text, true, &mut fast_ends);
        assert_eq!(tokens, tokenize_with(text, false, &mut general_ends), "{text:?}");
        // The sentence-end candidates are exactly the tokens whose last byte may end one.
        let want: Vec<usize> =
            tokens.iter().enumerate().filter(|(_, t)| may_end_sentence(text.as_bytes()[t.end - 1])).map(|(i, _)| i).collect();
        assert_eq!(fast_ends, want, "{text:?}");
        assert_eq!(general_ends, want, "{text:?}");
    }

    #[test]
    fn fast_paths_table() {
        for text in [
            "",
            " ",
            "a",
            "A.",
            "U.S. and U.N. said, \"no\" (at 3.5%) — Mr. Smith's aide-de-camp AT&T Dol_Amroth 1,000.50 x.",
            "end... don't 'quoted' `tick` \t\r\u{b}\u{c}\u{0} tab",
            "Ünïcödé naïve café 字 🙂 Россия Kyiv’s “curly” — –",
            // Words of three-byte characters, alone and mixed with ASCII, digits and joiners.
            "भारत के प्रधानमंत्री ने कहा। 東京都 abcनमस्ते नमस्ते123 क‑ख क-ख क’s १२३४ ₹100 字.",
            "word\u{301}s abc123def 123abc 9. 1,2 3.4.5 a-b- -c ---- -- - . .. ....",
            "'s 's' x's x'y ’s ’S O'Neill rock'n'roll",
            "J. R. Smith, Gen. Jones; No. 10 Downing St.; e.g. i.e. etc.",
            // Words before commas and periods: abbreviations of every length, at the very end
            // of the text (fewer than eight bytes left), before a letter, quote or digit.
            "Messrs. Inc. Corp.,Co. approx. Thurs. Sept. Monday. said, A. a. Z.x U.S.A. 3a. a3. 1,000, x,y",
            "Mr.",
            "Inc.",
            "Messrs.",
            "Dr.Smith Gen.\u{201d} St.\" Mt.1 Ft.é Jr..  Sr... No.. end.",
            "approxim. Incorporated. ABCDEFGHI. abcdefgh. abcdefgh, a,",
            // Inner joiners and possessives on the fast path: before letters, digits, other
            // joiners, non-ASCII and the end of the text.
            "ten-year-old 92-year-old 1990's Ivan's Ivan'S Ivan'sx Ivan's. Ivan's, Ivan'sé Ivan's’ don't rock'n'roll",
            "AT&T Q&A Dol_Amroth a-b-c a--b a-'b a'-b a' b a'1 1'a x-é x&é x_é x'é it's it'S it'",
            "the U.S.-led al-Assad's aide-de-camp's Mr.'s 3-1,000 3-1. ten-year. ten-year, e-mail.com",
            "Ivan's",
            "Ivan'",
            "Ivan-",
            "a'sb",
            "it's ",
        ] {
            fast_equals_general(text);
        }
    }

    proptest::proptest! {
        #[test]
        fn fast_paths_equal_general_on_news_text(parts in proptest::collection::vec(proptest::sample::select(vec![
            "U.S.", "Mr.", " ", "\n", "\n\n", ".", "?", "!", "\"", "“", "”", "'", "’", "—", "–", "-", "--", "3.5", "1,000",
            "said", "The", "é", "字", "🙂", "(", ")", "...", "…", "J.", "'s", ",", ":", "\u{301}", "\r\n", "\t", "&", "_", "`",
            "abc", "ABCDEFGHIJ", "x1", "42", "\u{0}", "a.b.", "#", "$", "%", "Inc", "Messrs", "approx", "St", "Gen",
            "Monday", "x", "A", "e.g", "Gens", "Co", "No", "s", "S", "t", "9", "don", "year",
            "नमस्ते", "क", "ा", "字", "‑", "\u{2028}", "\u{feff}", "ab\u{300}", "\u{e000}", "₹", "internationally",
        ]), 0..60)) {
            fast_equals_general(&parts.concat());
        }

        #[test]
        fn fast_paths_equal_general_on_any_text(text in "\\PC{0,80}") {
            fast_equals_general(&text);
        }
    }

    #[test]
    fn short_abbreviations_equal_the_map() {
        // Every abbreviation is found packed (at the end of a text and with text after it), and
        // words that are not abbreviations are not.
        for a in abbreviations().keys().filter(|a| a.len() <= 8 && a.bytes().all(|c| c.is_ascii_alphanumeric())) {
            let t = format!("{a}.");
            assert!(is_short_abbreviation(t.as_bytes(), 0, a.len()), "{a}");
            let t = format!("x {a}. More text follows here.");
            assert!(is_short_abbreviation(t.as_bytes(), 2, 2 + a.len()), "{a}");
        }
        for w in ["said", "Monday", "M", "Mrs1", "Gens2", "Inco", "In", "Messrsx", "x"] {
            let t = format!("{w}. And more.");
            assert!(!is_short_abbreviation(t.as_bytes(), 0, w.len()), "{w}");
            assert!(!is_short_abbreviation(w.as_bytes(), 0, w.len()), "{w}");
        }
    }

    #[test]
    fn general_punctuation_has_no_word_chars() {
        // is_word_char skips the Unicode tables for U+2000..U+206F; that must not change its answer.
        for c in ('\u{2000}'..='\u{206f}').chain(['\u{2070}', '\u{2071}', '\u{207f}', 'é', '\u{301}', 'ß', '٣']) {
            assert_eq!(is_word_char(c), c.is_alphanumeric() || matches!(c, '\u{300}'..='\u{36f}'), "{c:?}");
        }
    }

    #[test]
    fn paragraph_table() {
        // (body, paragraphs as text): split on blank lines, else on newlines; trimmed; empty parts dropped.
        let cases: &[(&str, &[&str])] = &[
            ("", &[]),
            ("One.", &["One."]),
            ("One.\n\nTwo.", &["One.", "Two."]),
            ("One.\n\n\nTwo.\n\n", &["One.", "Two."]),
            ("One.\n\n\n\nTwo.", &["One.", "Two."]),
            (" A \nB\n\nC ", &["A \nB", "C"]),
            ("A\nB\n \nC", &["A", "B", "C"]),
            ("\n\n", &[]),
        ];
        for (body, want) in cases {
            let got: Vec<&str> = paragraphs(body).into_iter().map(|p| p.slice(body)).collect();
            assert_eq!(&got, want, "{body:?}");
        }
    }

    #[test]
    fn paragraph_splits_equal_memmem() {
        // The blank-line search as it was first written (with `memmem`): the reference.
        let reference = |body: &str| -> Vec<Span> {
            let mut out = Vec::new();
            let blank = memchr::memmem::find(body.as_bytes(), b"\n\n").is_some();
            let sep_len = if blank { 2 } else { 1 };
            let mut push = |start: usize, end: usize| {
                let part = &body[start..end];
                let trimmed_start = start + (part.len() - part.trim_start().len());
                let trimmed_end = start + part.trim_end().len();
                if trimmed_end > trimmed_start {
                    out.push(Span::new(trimmed_start, trimmed_end));
                }
            };
            let mut pos = 0;
            if blank {
                for at in memchr::memmem::find_iter(body.as_bytes(), b"\n\n") {
                    if at >= pos {
                        push(pos, at);
                        pos = at + sep_len;
                    }
                }
            } else {
                for at in memchr::memchr_iter(b'\n', body.as_bytes()) {
                    push(pos, at);
                    pos = at + sep_len;
                }
            }
            push(pos, body.len());
            out
        };
        let pieces = ["\n", "\n\n", "\n\n\n", " ", "a", "B.", "é", "\u{a0}", "\r"];
        let mut seed = 5u64;
        for _ in 0..20000 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let mut x = seed;
            let body: String = (0..(seed >> 59))
                .map(|_| {
                    x = x.wrapping_mul(6364136223846793005).wrapping_add(1);
                    pieces[((x >> 33) % pieces.len() as u64) as usize]
                })
                .collect();
            assert_eq!(paragraphs(&body), reference(&body), "{body:?}");
        }
    }

    #[test]
    fn paragraphs_never_share_a_sentence() {
        let text = "First para without stop\n\nSecond one.";
        assert_eq!(sents(text), vec!["First para without stop", "Second one."]);
    }
}
