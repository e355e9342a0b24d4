//! Amounts (GKG V2.1AMOUNTS): a number with what it counts.
//!
//! Recognised, within one sentence:
//!
//! * digits, with `,` thousands and `.` decimals: `1,000`, `3.5`; a letter scale glued on: `10m`, `2bn`, `5k`;
//! * number words: `one` … `nineteen`, `twenty` … `ninety`, `twenty-five`, `a dozen`, `a hundred`;
//! * a scale after the number: `hundred`, `thousand`, `million`, `billion`, `trillion`, `m`, `bn`;
//! * vague plurals before `of`: `dozens of` (12), `hundreds of` (100), `thousands of` (1,000),
//!   `tens of thousands of` (10,000), `millions of` (1,000,000), `billions of`: the lower bound;
//! * currency before (`$`, `US$`, `€`, `£`, `¥`) or after (`dollars`, `euros`, `yuan`, …): the object is the
//!   ISO 4217 code (`USD`); `percent`, `per cent`, `%`: the object is `percent`;
//! * otherwise the object is the noun phrase that follows: up to three words, ending at a function word,
//!   after a plural noun, or before a participle ("1,000 police officers", "two civilians were killed" →
//!   "civilians", "thousands of ethnic Russians"). A number without an object is not an amount.
//!
//! Years (a bare 1000–2100), clock times, ordinals and day numbers next to a month name are skipped.

use newsgraph_core::model::{Amount, Document, Token, TokenKind};

/// Up to 15 ASCII bytes of `w`, lowercased, on the stack; `None` for longer or non-ASCII words (no number
/// word, scale or vague plural is either).
struct Lower {
    buf: [u8; 15],
    len: usize,
}

impl Lower {
    #[inline]
    fn new(w: &str) -> Option<Lower> {
        let b = w.as_bytes();
        if b.len() > 15 || !b.is_ascii() {
            return None;
        }
        let mut buf = [0u8; 15];
        for (d, s) in buf.iter_mut().zip(b) {
            *d = s.to_ascii_lowercase();
        }
        Some(Lower { buf, len: b.len() })
    }

    #[inline]
    fn bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

/// `zero` … `nineteen`, `dozen`.
fn unit_word(l: &[u8]) -> Option<f64> {
    Some(match l {
        b"zero" => 0.0,
        b"one" => 1.0,
        b"two" => 2.0,
        b"three" => 3.0,
        b"four" => 4.0,
        b"five" => 5.0,
        b"six" => 6.0,
        b"seven" => 7.0,
        b"eight" => 8.0,
        b"nine" => 9.0,
        b"ten" => 10.0,
        b"eleven" => 11.0,
        b"twelve" => 12.0,
        b"thirteen" => 13.0,
        b"fourteen" => 14.0,
        b"fifteen" => 15.0,
        b"sixteen" => 16.0,
        b"seventeen" => 17.0,
        b"eighteen" => 18.0,
        b"nineteen" => 19.0,
        b"dozen" => 12.0,
        _ => return None,
    })
}

/// `twenty` … `ninety`.
fn tens_word(l: &[u8]) -> Option<f64> {
    Some(match l {
        b"twenty" => 20.0,
        b"thirty" => 30.0,
        b"forty" => 40.0,
        b"fifty" => 50.0,
        b"sixty" => 60.0,
        b"seventy" => 70.0,
        b"eighty" => 80.0,
        b"ninety" => 90.0,
        _ => return None,
    })
}

/// Scale words after a number (`million`, `bn`, `k`).
fn scale_word(l: &[u8]) -> Option<f64> {
    Some(match l {
        b"hundred" => 1e2,
        b"thousand" => 1e3,
        b"million" | b"m" | b"mn" => 1e6,
        b"billion" | b"bn" | b"b" => 1e9,
        b"trillion" | b"tn" => 1e12,
        b"k" => 1e3,
        _ => return None,
    })
}

/// Vague plurals before `of` and their lower bound.
fn vague_word(l: &[u8]) -> Option<f64> {
    Some(match l {
        b"dozens" => 12.0,
        b"scores" => 20.0,
        b"hundreds" => 100.0,
        b"thousands" => 1e3,
        b"millions" => 1e6,
        b"billions" => 1e9,
        b"tens" => 10.0,
        _ => return None,
    })
}

/// Every word [`unit_word`], [`tens_word`] and [`vague_word`] know.
const NUMBER_WORDS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "dozen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "tens",
];

/// For each first letter `a`…`z`, a bit per length of the [`NUMBER_WORDS`] that start with it.
const FIRST_LETTER_LENGTHS: [u16; 26] = {
    let mut m = [0u16; 26];
    let mut i = 0;
    while i < NUMBER_WORDS.len() {
        let w = NUMBER_WORDS[i].as_bytes();
        m[(w[0] - b'a') as usize] |= 1 << w.len();
        i += 1;
    }
    m
};

/// For each pair of first letters, a bit per length of the [`NUMBER_WORDS`] that start with them:
/// the first letter alone lets through very common words ("the" like "two", "from" like "four"),
/// the first two letters almost none.
const FIRST_TWO_LENGTHS: [[u16; 26]; 26] = {
    let mut m = [[0u16; 26]; 26];
    let mut i = 0;
    while i < NUMBER_WORDS.len() {
        let w = NUMBER_WORDS[i].as_bytes();
        m[(w[0] - b'a') as usize][(w[1] - b'a') as usize] |= 1 << w.len();
        i += 1;
    }
    m
};

/// For each triple of first letters, a bit per length of the [`NUMBER_WORDS`] that start with
/// them (every one has at least three letters): "there", "their", "these", "those" start like
/// "three", "thirty" or "thousands" by their first two letters, but by three like none of them.
static FIRST_THREE_LENGTHS: [[[u16; 26]; 26]; 26] = {
    let mut m = [[[0u16; 26]; 26]; 26];
    let mut i = 0;
    while i < NUMBER_WORDS.len() {
        let w = NUMBER_WORDS[i].as_bytes();
        m[(w[0] - b'a') as usize][(w[1] - b'a') as usize][(w[2] - b'a') as usize] |= 1 << w.len();
        i += 1;
    }
    m
};

/// Whether the word `w` of 3 to 15 bytes starting with the lower-case letters `f` and `s` (its
/// first two bytes with bit 0x20 set) has a third letter and a length that some of the
/// [`NUMBER_WORDS`] starting with `f` and `s` have ([`FIRST_THREE_LENGTHS`]).
#[inline(always)]
fn third_letter_fits(f: u8, s: u8, w: &[u8]) -> bool {
    let Some(&t) = w.get(2) else { return false };
    let t = t | 0x20;
    t.is_ascii_lowercase()
        && FIRST_THREE_LENGTHS[usize::from(f.wrapping_sub(b'a')) % 26][usize::from(s.wrapping_sub(b'a')) % 26]
            [usize::from(t - b'a')]
            >> (w.len() & 15)
            & 1
            != 0
}

/// A quick filter: false when `w` cannot be a number word or vague plural (no hyphenated forms).
#[inline]
fn maybe_number_word(w: &[u8]) -> bool {
    let [f, s, ..] = *w else { return false };
    let (f, s) = (f | 0x20, s | 0x20);
    f.is_ascii_lowercase()
        && s.is_ascii_lowercase()
        && w.len() < 16
        && FIRST_LETTER_LENGTHS[usize::from(f - b'a')] >> w.len() & 1 != 0
        && FIRST_TWO_LENGTHS[usize::from(f - b'a')][usize::from(s - b'a')] >> w.len() & 1 != 0
        && third_letter_fits(f, s, w)
}

/// A quick filter for "twenty-five": 9 ("forty-one") to 13 bytes ("seventy-seven"), 15 with U+2011 as the hyphen,
/// starting with the first letter of a tens word.
#[inline]
fn maybe_hyphenated(w: &str) -> bool {
    (9..=15).contains(&w.len())
        && matches!(w.as_bytes()[0] | 0x20, b't' | b'f' | b's' | b'e' | b'n')
        && w.bytes().any(|c| c == b'-' || c >= 0x80)
}

/// Looks `w` up, ASCII case-insensitively, with one of the tables above.
#[inline]
fn lookup(table: fn(&[u8]) -> Option<f64>, w: &str) -> Option<f64> {
    table(Lower::new(w)?.bytes())
}

const CURRENCY_SYMBOLS: &[(&str, &str)] =
    &[("$", "USD"), ("US$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₹", "INR"), ("₽", "RUB")];
const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("yen", "JPY"),
    ("rupees", "INR"),
    ("roubles", "RUB"),
    ("rubles", "RUB"),
    ("hryvnias", "UAH"),
    ("pesos", "MXN"),
    ("reais", "BRL"),
    ("francs", "CHF"),
    ("riyals", "SAR"),
    ("shekels", "ILS"),
    ("naira", "NGN"),
    ("rand", "ZAR"),
];
/// A bit per first letter of the [`MONTHS`] (bit 0 for `a`): most words next to a number start
/// otherwise, and are no month without being packed and searched for.
const MONTH_FIRST_LETTERS: u32 = {
    let mut m = 0u32;
    let mut i = 0;
    while i < MONTHS.len() {
        m |= 1 << (MONTHS[i].as_bytes()[0] - b'a');
        i += 1;
    }
    m
};

/// A bit per length (`CURRENCY_SHAPES[0]`) and per first letter (`CURRENCY_SHAPES[1]`, bit 0 for
/// `a`) of the [`CURRENCY_WORDS`].
const CURRENCY_SHAPES: [u32; 2] = {
    let (mut lens, mut firsts) = (0u32, 0u32);
    let mut i = 0;
    while i < CURRENCY_WORDS.len() {
        let w = CURRENCY_WORDS[i].0.as_bytes();
        lens |= 1 << w.len();
        firsts |= 1 << (w[0] - b'a');
        i += 1;
    }
    [lens, firsts]
};

/// False when `w` is none of the [`CURRENCY_WORDS`] (of either case) by its length and first
/// letter: most words after a number are not, and leave without eighteen compares.
#[inline]
fn may_be_currency_word(w: &str) -> bool {
    let b = w.as_bytes();
    let f = b.first().map_or(0, |&c| c | 0x20);
    b.len() < 32 && CURRENCY_SHAPES[0] >> b.len() & 1 != 0 && f.is_ascii_lowercase() && CURRENCY_SHAPES[1] >> (f - b'a') & 1 != 0
}

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];
/// Words that end (or never start) an object phrase.
const STOP: &[&str] = &[
    "a",
    "an",
    "the",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "by",
    "with",
    "and",
    "or",
    "but",
    "as",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "being",
    "have",
    "has",
    "had",
    "said",
    "says",
    "say",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "must",
    "should",
    "shall",
    "do",
    "did",
    "does",
    "who",
    "whom",
    "whose",
    "which",
    "that",
    "this",
    "these",
    "those",
    "per",
    "percent",
    "am",
    "pm",
    "a.m.",
    "p.m.",
    "than",
    "more",
    "less",
    "fewer",
    "over",
    "under",
    "about",
    "around",
    "nearly",
    "almost",
    "some",
    "other",
    "others",
    "their",
    "its",
    "his",
    "her",
    "our",
    "my",
    "your",
    "they",
    "them",
    "it",
    "he",
    "she",
    "we",
    "i",
    "you",
    "there",
    "here",
    "when",
    "where",
    "while",
    "after",
    "before",
    "since",
    "until",
    "into",
    "onto",
    "out",
    "up",
    "down",
    "off",
    "then",
    "also",
    "not",
    "no",
    "each",
    "every",
    "all",
    "both",
    "either",
    "neither",
    "so",
    "such",
    "if",
    "because",
    "through",
    "during",
    "between",
    "among",
    "against",
    "without",
    "within",
    "across",
    "behind",
    "beyond",
    "ago",
    "later",
    "earlier",
    "times",
    "time",
    "percentage",
    "points",
    "point",
    "last",
    "next",
    "first",
    "second",
    "third",
    "years",
    "year",
    "days",
    "day",
    "hours",
    "hour",
    "minutes",
    "minute",
    "weeks",
    "week",
    "months",
    "month",
    "am",
    "o'clock",
    "st",
    "nd",
    "rd",
    "th",
    "to",
    "inches",
    "per",
];
/// Nouns that end an object phrase though they are not written with `-s`.
const PLURAL_NOUNS: &[&str] =
    &["people", "men", "women", "children", "personnel", "livestock", "cattle", "sheep", "fish", "troops"];

fn number_word(w: &str) -> Option<f64> {
    if maybe_number_word(w.as_bytes()) {
        if let Some(v) = lookup(unit_word, w).or_else(|| lookup(tens_word, w)) {
            return Some(v);
        }
    }
    if !maybe_hyphenated(w) {
        return None;
    }
    let (a, b) = w.split_once(['-', '‑'])?;
    Some(lookup(tens_word, a)? + lookup(unit_word, b).filter(|&v| (1.0..10.0).contains(&v))?)
}

/// Parses a digit token: `1,000`, `3.5`, `10m`. Returns the value, the glued scale and whether it was a plain
/// integer without separators (a possible year).
fn parse_digits(t: &str) -> Option<(f64, bool)> {
    // Most digit tokens are plain integers ("2023", "15"): up to 15 digits their value is exact
    // in an `f64`, as the float parser would give it, without the parser.
    let b = t.as_bytes();
    if (1..=15).contains(&b.len()) && b.iter().all(u8::is_ascii_digit) {
        let v = b.iter().fold(0u64, |v, &c| v * 10 + u64::from(c - b'0'));
        return Some((v as f64, true));
    }
    parse_digits_general(t)
}

/// [`parse_digits`] of any token, through the float parser.
fn parse_digits_general(t: &str) -> Option<(f64, bool)> {
    let split = t.find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.')).unwrap_or(t.len());
    let (num, suffix) = t.split_at(split);
    if num.is_empty() || num.ends_with([',', '.']) {
        return None;
    }
    // Commas must group thousands.
    if num.contains(',') {
        let int = num.split('.').next().unwrap_or("");
        let groups: Vec<&str> = int.split(',').collect();
        if groups[0].is_empty() || groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3) {
            return None;
        }
    }
    // (Without commas, the number parses as it is: no copy.)
    let v: f64 = if num.contains(',') { num.replace(',', "").parse().ok()? } else { num.parse().ok()? };
    let mult = if suffix.is_empty() { 1.0 } else { lookup(scale_word, suffix)? };
    let plain = suffix.is_empty() && !num.contains([',', '.']);
    Some((v * mult, plain))
}

/// Finds the amounts in `doc`.
pub fn find_amounts(doc: &Document) -> Vec<Amount> {
    let body = doc.body();
    let bytes = body.as_bytes();
    let mut out = Vec::new();
    for s in &doc.sentences {
        let toks = doc.tokens.get(s.token_range()).unwrap_or(&[]);
        // Fast exit: most tokens cannot start an amount. Most words tell by their first byte
        // and length, punctuation by its first byte (every currency symbol starts with `$`,
        // `U`, 0xC2 or 0xE2), quotes and dashes by their kind: skipped in one tight loop.
        let next = |k: usize| {
            toks.get(k..)?
                .iter()
                .position(|t| match t.kind {
                    TokenKind::Word => !word_cannot_start_quick(bytes, t.start, t.end),
                    TokenKind::Punct => matches!(bytes.get(t.start), Some(b'$' | b'U' | 0xC2 | 0xE2)),
                    TokenKind::Quote | TokenKind::Dash => false,
                    TokenKind::Number => true,
                })
                .map(|d| k + d)
        };
        sentence_amounts(body, toks, next, &mut out);
    }
    out
}

/// [`find_amounts`] given, for each sentence of `doc` in order, the indices (in the sentence's
/// tokens, ascending) of the tokens that may start an amount: sentence `i`'s are
/// `starts[ends[i - 1]..ends[i]]` (from 0 for the first). Any superset of the tokens that can
/// start one gives the same amounts; the tone pass ([`crate::tone::ToneLexicon::sentence_counts_marking`])
/// collects them while it looks every word up anyway, so the tokens are not scanned again here.
pub fn find_amounts_at(doc: &Document, starts: &[u32], ends: &[u32]) -> Vec<Amount> {
    let body = doc.body();
    let mut out = Vec::new();
    let mut from = 0usize;
    for (s, &end) in doc.sentences.iter().zip(ends) {
        let toks = doc.tokens.get(s.token_range()).unwrap_or(&[]);
        let end = (end as usize).clamp(from, starts.len());
        let mine = &starts[from..end];
        from = end;
        // The first listed token at or after `k`.
        let mut at = 0usize;
        let next = |k: usize| {
            while at < mine.len() && (mine[at] as usize) < k {
                at += 1;
            }
            let c = *mine.get(at)? as usize;
            (c < toks.len()).then_some(c)
        };
        sentence_amounts(body, toks, next, &mut out);
    }
    out
}

/// The amounts of one sentence (its tokens `toks`), appended to `out`. `next(k)` is the first
/// token at or after `k` that may start an amount (or any token before it that cannot, which
/// is skipped here), `None` when there is none.
#[inline(always)]
fn sentence_amounts(body: &str, toks: &[Token], mut next: impl FnMut(usize) -> Option<usize>, out: &mut Vec<Amount>) {
    let text = |k: usize| toks.get(k).and_then(|t| body.get(t.start..t.end)).unwrap_or("");
    let kind = |k: usize| toks.get(k).map(|t| t.kind);
    // Two tokens are adjacent within a phrase when only spaces separate them.
    let glued = |a: usize, b: usize| match (toks.get(a), toks.get(b)) {
        // (Bytes: every byte of a character other than ' ' differs from b' '.)
        (Some(x), Some(y)) => body.get(x.end..y.start).is_some_and(|g| g.bytes().all(|c| c == b' ')),
        _ => false,
    };
    let bytes = body.as_bytes();
    let mut k = 0;
    while k < toks.len() {
        match next(k) {
            Some(c) if c >= k => k = c,
            Some(_) => {}
            None => break,
        }
        let Some(tk) = toks.get(k) else { break };
        // The others by their bytes, without the character-boundary checks of a `str` span.
        if cannot_start(tk.kind, bytes.get(tk.start..tk.end).unwrap_or(b"")) {
            k += 1;
            continue;
        }
        let w = body.get(tk.start..tk.end).unwrap_or("");
        if !may_start(tk.kind, w) {
            k += 1;
            continue;
        }
        // "a"/"A" is one of the most common words, and starts an amount only as "a dozen",
        // "a hundred" or "a thousand" ([`amount_at`] finds nothing otherwise): skip the call.
        if is_article_a(w)
            && !{
                let next = text(k + 1);
                ["dozen", "hundred", "thousand"].iter().any(|x| x.eq_ignore_ascii_case(next))
            }
        {
            k += 1;
            continue;
        }
        let Some(found) = amount_at(k, &text, &kind, &glued) else {
            k += 1;
            continue;
        };
        let (first, last, amount, object) = found;
        if let (Some(a), Some(b)) = (toks.get(first), toks.get(last)) {
            if let Some(t) = body.get(a.start..b.end) {
                out.push(Amount { text: t.to_string(), start: a.start, end: b.end, amount, object });
            }
        }
        k = last + 1;
    }
}

/// The words that may start an amount by themselves, lower-case: "us" (for "US$"), "a" (for
/// "a dozen"), and the [`NUMBER_WORDS`]. An ASCII word without a hyphen can start one only
/// when it is one of these, in any case (hyphenated number words are 9 bytes or longer).
pub(crate) fn start_words() -> impl Iterator<Item = &'static str> {
    ["us", "a"].into_iter().chain(NUMBER_WORDS.iter().copied())
}

/// False when the word token `w` (its bytes) cannot start an amount; true says nothing.
#[inline]
pub(crate) fn word_may_start(w: &[u8]) -> bool {
    !cannot_start(TokenKind::Word, w)
}

/// Whether the ASCII word of `n` bytes (9 to 15) `x` (its bytes from the lowest, zeros above)
/// may be a hyphenated number word ("twenty-five", [`maybe_hyphenated`]): a hyphen in it, and
/// its first letter that of a tens word.
#[inline(always)]
pub(crate) fn maybe_hyphenated_packed(x: u128) -> bool {
    const ONES: u128 = 0x0101_0101_0101_0101_0101_0101_0101_0101;
    const HIGH: u128 = ONES << 7;
    // A zero byte of `x ^ '-'…` is a hyphen (the zeros above the word turn into 0x2d).
    // The first letter first: it turns most words away.
    matches!(x as u8 | 0x20, b't' | b'f' | b's' | b'e' | b'n') && {
        let d = x ^ (ONES * u128::from(b'-'));
        d.wrapping_sub(ONES) & !d & HIGH != 0
    }
}

/// [`NUMBER_WORDS`] as packed lower-case keys ([`crate::tone::short_key`]), sorted.
fn number_word_keys() -> &'static [u128] {
    static KEYS: std::sync::OnceLock<Vec<u128>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        let mut k: Vec<u128> = NUMBER_WORDS.iter().filter_map(|w| crate::tone::short_key(w.as_bytes())).collect();
        k.sort_unstable();
        k
    })
}

/// `number_word(w).is_some() || lookup(vague_word, w).is_some()`, for a word that passes
/// [`maybe_number_word`]: one packed key searched among [`NUMBER_WORDS`] when the word is ASCII
/// without a hyphen (then it is a number word exactly when it is one of them, whatever its case).
#[inline]
fn number_or_vague_word(w: &str) -> bool {
    let b = w.as_bytes();
    match crate::tone::short_key(b) {
        // (No key of the table has a hyphen: a word in it has none.)
        Some(k) if is_number_word_key(k) => true,
        Some(_) if !b.contains(&b'-') => false,
        _ => number_word(w).is_some() || lookup(vague_word, w).is_some(),
    }
}

/// Slots of [`number_word_table`] (a power of two, over twice the number of keys).
const NUMBER_SLOTS: usize = 128;

/// The home slot of a packed key in [`number_word_table`].
#[inline(always)]
fn number_slot(k: u128) -> usize {
    ((k as u64 ^ (k >> 64) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 57) as usize & (NUMBER_SLOTS - 1)
}

/// [`number_word_keys`] in an open-addressing table (0 marks a free slot; no key is 0).
fn number_word_table() -> &'static [u128; NUMBER_SLOTS] {
    static TABLE: std::sync::OnceLock<[u128; NUMBER_SLOTS]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [0u128; NUMBER_SLOTS];
        for &k in number_word_keys().iter().take(NUMBER_SLOTS / 2).filter(|&&k| k != 0) {
            let mut i = number_slot(k);
            while t[i] != 0 && t[i] != k {
                i = (i + 1) & (NUMBER_SLOTS - 1);
            }
            t[i] = k;
        }
        t
    })
}

/// `number_word_keys().binary_search(&k).is_ok()`, by one probe of [`number_word_table`]
/// (at most half full, so a free slot ends every search).
#[inline]
fn is_number_word_key(k: u128) -> bool {
    let t = number_word_table();
    let mut i = number_slot(k);
    loop {
        let s = t[i];
        if s == k {
            return k != 0;
        }
        if s == 0 {
            return false;
        }
        i = (i + 1) & (NUMBER_SLOTS - 1);
    }
}

/// [`MONTHS`] as packed lower-case keys ([`crate::tone::short_key`]), sorted.
fn month_keys() -> &'static [u128] {
    static KEYS: std::sync::OnceLock<Vec<u128>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        let mut k: Vec<u128> = MONTHS.iter().filter_map(|w| crate::tone::short_key(w.as_bytes())).collect();
        k.sort_unstable();
        k
    })
}

/// `MONTHS.iter().any(|m| m.eq_ignore_ascii_case(w))`: every month name is lower-case ASCII of
/// 3 to 9 bytes, so `w` is one exactly when its packed lower-case key is among theirs.
#[inline]
fn is_month(w: &str) -> bool {
    (3..=9).contains(&w.len())
        && w.as_bytes().first().is_some_and(|&c| {
            let f = c | 0x20;
            f.is_ascii_lowercase() && MONTH_FIRST_LETTERS >> (f - b'a') & 1 != 0
        })
        && crate::tone::short_key(w.as_bytes()).is_some_and(|k| month_keys().binary_search(&k).is_ok())
}

/// [`STOP`] as packed lower-case keys ([`crate::tone::short_key`]), sorted, without repeats.
fn stop_keys() -> &'static [u128] {
    static KEYS: std::sync::OnceLock<Vec<u128>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        let mut k: Vec<u128> = STOP.iter().filter_map(|w| crate::tone::short_key(w.as_bytes())).collect();
        k.sort_unstable();
        k.dedup();
        k
    })
}

/// `STOP.contains(&w.to_ascii_lowercase().as_str())`: one packed lower-case key searched among
/// the sorted keys of [`STOP`] (every stop word is lower-case ASCII of at most 15 bytes, so a
/// word that does not pack is none).
#[inline]
fn is_stop_lower(w: &str) -> bool {
    crate::tone::short_key(w.as_bytes()).is_some_and(|k| stop_keys().binary_search(&k).is_ok())
}

/// `w.to_ascii_lowercase().ends_with(suffix)` for a lower-case ASCII `suffix`, without the copy.
#[inline]
fn ends_lower(w: &str, suffix: &str) -> bool {
    let (w, s) = (w.as_bytes(), suffix.as_bytes());
    w.len() >= s.len() && w[w.len() - s.len()..].eq_ignore_ascii_case(s)
}

/// `PLURAL_NOUNS.contains(&w.to_ascii_lowercase().as_str())`, without the copy.
#[inline]
fn is_plural_noun(w: &str) -> bool {
    PLURAL_NOUNS.iter().any(|p| p.eq_ignore_ascii_case(w))
}

/// For each first byte, a bit per length `n` (below 16) of the words that may start an amount
/// with it: "US", "a", the [`NUMBER_WORDS`] (either case) and hyphenated number words (9 to
/// 15 bytes, see [`maybe_hyphenated`]). A word whose bit is clear passes [`cannot_start`]; the
/// bits are a superset of what it lets through (a test checks every byte and length).
const WORD_START_LENGTHS: [u16; 256] = {
    let mut m = [0u16; 256];
    m[b'U' as usize] |= 1 << 2;
    m[b'a' as usize] |= 1 << 1;
    m[b'A' as usize] |= 1 << 1;
    let mut i = 0;
    while i < NUMBER_WORDS.len() {
        let w = NUMBER_WORDS[i].as_bytes();
        m[w[0] as usize] |= 1 << w.len();
        m[(w[0] - 0x20) as usize] |= 1 << w.len();
        i += 1;
    }
    let hy = [b't', b'f', b's', b'e', b'n'];
    let mut j = 0;
    while j < hy.len() {
        let mut n = 9;
        while n <= 15 {
            m[hy[j] as usize] |= 1 << n;
            m[(hy[j] - 0x20) as usize] |= 1 << n;
            n += 1;
        }
        j += 1;
    }
    m
};

/// True when a word token at `start..end` of `bytes` cannot start an amount by its length and
/// first byte ([`WORD_START_LENGTHS`]) or, for 3 to 8 bytes (only number words are that long
/// among the words that may start an amount), its first two letters ([`FIRST_TWO_LENGTHS`]:
/// "the" starts like "two", "that" like "tens", but neither like a number word) and then its
/// first three ([`third_letter_fits`]: "their" like none); false says nothing.
#[inline(always)]
fn word_cannot_start_quick(bytes: &[u8], start: usize, end: usize) -> bool {
    let n = end.wrapping_sub(start);
    let (Some(&b), true) = (bytes.get(start), n < 16) else { return n != 0 };
    if WORD_START_LENGTHS[usize::from(b)] >> n & 1 == 0 {
        return true;
    }
    if !(3..=8).contains(&n) {
        return false;
    }
    let Some(&c) = bytes.get(start + 1) else { return false };
    let (f, s) = (b | 0x20, c | 0x20);
    !(f.is_ascii_lowercase() && s.is_ascii_lowercase())
        || FIRST_TWO_LENGTHS[usize::from(f - b'a')][usize::from(s - b'a')] >> n & 1 == 0
        // The few words left ("their", "these", "first") by their third letter.
        || bytes.get(start..end).is_some_and(|w| !third_letter_fits(f, s, w))
}

/// "a" or "A", which starts an amount only before "dozen", "hundred" or "thousand".
#[inline]
fn is_article_a(w: &str) -> bool {
    // One byte that is 'a' or 'A' (no other byte ORs with 0x20 to 'a').
    matches!(*w.as_bytes(), [c] if c | 0x20 == b'a')
}

/// True when a token of kind `kind` and bytes `w` cannot start an amount: then [`may_start`] is
/// false for it (and for the empty text, which stands in for a span that is not a `str`).
/// Every token passes here: the byte filters of [`may_start`] alone, without string compares.
#[inline(always)]
fn cannot_start(kind: TokenKind, w: &[u8]) -> bool {
    match kind {
        TokenKind::Number => false,
        TokenKind::Word => {
            !(w == b"US"
                || matches!(*w, [c] if c | 0x20 == b'a')
                || maybe_number_word(w)
                || (9..=15).contains(&w.len())
                    && matches!(w[0] | 0x20, b't' | b'f' | b's' | b'e' | b'n')
                    && w.iter().any(|&c| c == b'-' || c >= 0x80))
        }
        TokenKind::Punct => !matches!(w.first(), Some(b'$' | b'U' | 0xC2 | 0xE2)),
        _ => true,
    }
}

/// Can a token of kind `kind` and text `w` start an amount? Runs for every token: inlined, and
/// most words leave at the length and first-letters filters without a string compare.
#[inline(always)]
fn may_start(kind: TokenKind, w: &str) -> bool {
    match kind {
        TokenKind::Number => true,
        TokenKind::Word => {
            w.as_bytes() == b"US"
                || is_article_a(w)
                || maybe_number_word(w.as_bytes()) && number_or_vague_word(w)
                || maybe_hyphenated(w) && number_word(w).is_some()
        }
        // Every currency symbol starts with `$`, `U` (US$), 0xC2 (£, ¥) or 0xE2 (€, ₹, ₽): commas
        // and full stops, the most common tokens, stop at that one byte.
        TokenKind::Punct => {
            matches!(w.as_bytes().first(), Some(b'$' | b'U' | 0xC2 | 0xE2)) && CURRENCY_SYMBOLS.iter().any(|(sym, _)| *sym == w)
        }
        _ => false,
    }
}

type Found = (usize, usize, f64, String);

fn amount_at<'a>(
    k: usize,
    text: &dyn Fn(usize) -> &'a str,
    kind: &dyn Fn(usize) -> Option<TokenKind>,
    glued: &dyn Fn(usize, usize) -> bool,
) -> Option<Found> {
    let w = text(k);
    if !kind(k).is_some_and(|kd| may_start(kd, w)) {
        return None;
    }
    // Currency symbol first.
    let mut first = k;
    let mut currency: Option<&str> = None;
    let mut i = k;
    if let Some(&(_, code)) = CURRENCY_SYMBOLS.iter().find(|(sym, _)| *sym == w) {
        currency = Some(code);
        i = k + 1;
        if !matches!(kind(i), Some(TokenKind::Number)) || !glued(k, i) {
            return None;
        }
    } else if w == "US" && text(k + 1) == "$" && matches!(kind(k + 2), Some(TokenKind::Number)) {
        currency = Some("USD");
        i = k + 2;
    }
    // The number.
    let mut value;
    let mut plain_int = false;
    let mut vague = false;
    match kind(i) {
        Some(TokenKind::Number) => {
            let (v, plain) = parse_digits(text(i))?;
            value = v;
            plain_int = plain;
        }
        Some(TokenKind::Word) => {
            let t = text(i);
            if let Some(v) = lookup(vague_word, t) {
                // "tens of thousands of", "hundreds of thousands of"
                let mut j = i + 1;
                if !text(j).eq_ignore_ascii_case("of") {
                    return None;
                }
                value = v;
                if let Some(v2) = lookup(vague_word, text(j + 1)).filter(|_| text(j + 2).eq_ignore_ascii_case("of")) {
                    value *= v2;
                    j += 2;
                }
                vague = true;
                i = j; // points at the last "of"
            } else if (t == "a" || t == "A") && {
                let next = text(i + 1);
                ["dozen", "hundred", "thousand"].iter().any(|x| x.eq_ignore_ascii_case(next))
            } {
                value = lookup(unit_word, text(i + 1)).or_else(|| lookup(scale_word, text(i + 1)))?;
                i += 1;
            } else {
                value = number_word(t)?;
                // "twenty five"
                if lookup(tens_word, t).is_some() && glued(i, i + 1) {
                    if let Some(u) = lookup(unit_word, text(i + 1)).filter(|&u| (1.0..10.0).contains(&u)) {
                        value += u;
                        i += 1;
                    }
                }
                // "one of the", "one another", "no one"
                if value == 1.0 && {
                    let next = text(i + 1);
                    ["of", "another", "day", "such"].iter().any(|x| x.eq_ignore_ascii_case(next))
                } {
                    return None;
                }
            }
        }
        _ => return None,
    }
    let mut last = i;
    // Day numbers and years next to a month name.
    if plain_int {
        let prev = if first > 0 { text(first - 1) } else { "" };
        let next = text(i + 1);
        if is_month(prev) || is_month(next) {
            return None;
        }
    }
    // Scales: "3.5 million", "two hundred thousand".
    if !vague {
        while glued(last, last + 1) {
            match lookup(scale_word, text(last + 1)).filter(|_| text(last + 1).len() > 2 || currency.is_some()) {
                Some(s) => {
                    value *= s;
                    last += 1;
                    plain_int = false;
                }
                None => break,
            }
        }
    }
    if currency.is_some() {
        return Some((first, last, value, currency.unwrap_or_default().to_string()));
    }
    // Compared case-insensitively (every listed word is lower-case ASCII): no lower-case copies.
    let next = text(last + 1);
    if next == "%" || next.eq_ignore_ascii_case("percent") {
        return Some((first, last + 1, value, "percent".into()));
    }
    if next.eq_ignore_ascii_case("per") && text(last + 2).eq_ignore_ascii_case("cent") {
        return Some((first, last + 2, value, "percent".into()));
    }
    if let Some(&(_, code)) =
        may_be_currency_word(next).then(|| CURRENCY_WORDS.iter().find(|(w, _)| w.eq_ignore_ascii_case(next))).flatten()
    {
        if glued(last, last + 1) {
            return Some((first, last + 1, value, code.to_string()));
        }
    }
    if plain_int && (1000.0..=2100.0).contains(&value) {
        return None; // a year
    }
    // The object: up to three words after the number.
    let mut words: Vec<&str> = Vec::new();
    let mut j = last;
    while words.len() < 3 && glued(j, j + 1) && matches!(kind(j + 1), Some(TokenKind::Word)) {
        let t = text(j + 1);
        if is_stop_lower(t) || t.contains('.') && t.len() <= 4 {
            break;
        }
        if !words.is_empty() && (ends_lower(t, "ed") || ends_lower(t, "ing")) && t.len() > 4 {
            break;
        }
        words.push(t);
        j += 1;
        let plural = (ends_lower(t, "s") && !ends_lower(t, "ss") && t.len() > 3) || is_plural_noun(t);
        if plural {
            break;
        }
    }
    // A lone "-ed"/"-ing" word is a verb ("39 died"), not an object.
    if words.len() == 1 && {
        let l = words[0];
        (ends_lower(l, "ed") || ends_lower(l, "ing")) && !is_plural_noun(l)
    } {
        words.clear();
    }
    if words.is_empty() {
        return None;
    }
    if first == k && !vague && w.eq_ignore_ascii_case("one") && words.len() == 1 && words[0].eq_ignore_ascii_case("another") {
        return None;
    }
    first = first.min(k);
    Some((first, j, value, words.join(" ")))
}

#[cfg(test)]
mod tests {
    proptest::proptest! {
        #[test]
        fn cannot_start_is_a_sound_filter(w in "(\\PC|[a-zA-Z$-]){0,16}") {
            for kind in [TokenKind::Word, TokenKind::Number, TokenKind::Quote, TokenKind::Dash, TokenKind::Punct] {
                proptest::prop_assert!(!(cannot_start(kind, w.as_bytes()) && may_start(kind, &w)));
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn plain_integers_parse_as_the_float_parser_does(t in "[0-9]{1,20}|[0-9,.]{1,8}[a-zA-Z]{0,2}|\\PC{0,4}") {
            let (a, b) = (parse_digits(&t), parse_digits_general(&t));
            proptest::prop_assert_eq!(a.map(|(v, p)| (v.to_bits(), p)), b.map(|(v, p)| (v.to_bits(), p)));
        }
    }

    #[test]
    fn currency_word_filter_is_sound() {
        for (w, _) in CURRENCY_WORDS {
            for v in [w.to_string(), w.to_ascii_uppercase(), w[..1].to_ascii_uppercase() + &w[1..]] {
                assert!(may_be_currency_word(&v), "{v}");
            }
        }
        for w in ["", "a", "people", "of", "killed", "Dollars!", "\u{e9}uros", "percent", "years", "x".repeat(40).as_str()] {
            let listed = CURRENCY_WORDS.iter().any(|(c, _)| c.eq_ignore_ascii_case(w));
            assert!(may_be_currency_word(w) || !listed, "{w}");
        }
        assert!(
            !may_be_currency_word("killed")
                && !may_be_currency_word("troops")
                && !may_be_currency_word("of")
                && !may_be_currency_word("")
        );
    }

    proptest::proptest! {
        #[test]
        fn currency_word_filter_never_drops_one(w in "(\\PC|[dDeEyYrRoOlLsS]){0,9}") {
            if CURRENCY_WORDS.iter().any(|(c, _)| c.eq_ignore_ascii_case(&w)) {
                proptest::prop_assert!(may_be_currency_word(&w));
            }
        }
    }

    #[test]
    fn three_letter_filter_keeps_every_number_word() {
        let lens = |f: &[u8]| -> Vec<usize> {
            NUMBER_WORDS.iter().filter(|w| w.as_bytes()[..3].eq_ignore_ascii_case(f)).map(|w| w.len()).collect()
        };
        for w in NUMBER_WORDS {
            for v in [w.to_string(), w.to_ascii_uppercase(), w[..1].to_ascii_uppercase() + &w[1..]] {
                assert!(maybe_number_word(v.as_bytes()), "{v}");
                assert!(!word_cannot_start_quick(v.as_bytes(), 0, v.len()) || v.len() > 8, "{v}");
                assert!(may_start(TokenKind::Word, &v), "{v}");
            }
        }
        for w in ["their", "there", "these", "those", "think", "first", "found", "since", "Thursday", "Minister"] {
            assert!(!maybe_number_word(w.as_bytes()), "{w}");
            assert!(word_cannot_start_quick(w.as_bytes(), 0, w.len()), "{w}");
        }
        // Every three letters (either case) and length: the filter passes exactly the prefixes
        // and lengths of number words.
        for f in b'a'..=b'z' {
            for s in b'a'..=b'z' {
                for t in b'a'..=b'z' {
                    let want = lens(&[f, s, t]);
                    for n in 3..=15 {
                        let mut w = vec![f, s, t.to_ascii_uppercase()];
                        w.resize(n, b'x');
                        assert_eq!(third_letter_fits(f, s, &w), want.contains(&n), "{w:?}");
                    }
                }
            }
        }
        assert!(!third_letter_fits(b't', b'h', b"th"));
        assert!(!third_letter_fits(b't', b'h', b"th\xc3\xa9"));
    }

    #[test]
    fn quick_word_filter_implies_cannot_start() {
        // Every first byte and length, with filler bytes of several kinds after it.
        let fillers: [&[u8]; 5] = [b"x", b"-", b"\xc3\xa9", b"E", b"0"];
        for b in 0..=255u8 {
            for n in 0..20usize {
                for f in fillers {
                    let mut w = vec![b];
                    while w.len() < n {
                        w.extend_from_slice(f);
                    }
                    w.truncate(n);
                    let mut body = w.clone();
                    body.extend_from_slice(b" tail");
                    if word_cannot_start_quick(&body, 0, w.len()) {
                        assert!(cannot_start(TokenKind::Word, &w), "{w:?}");
                    }
                }
            }
        }
        // Every pair of first bytes, at the lengths the second byte decides.
        for b in 0..=255u8 {
            for c in 0..=255u8 {
                for n in [2usize, 3, 5, 8, 9] {
                    let mut w = vec![b, c];
                    w.resize(n, b'o');
                    if word_cannot_start_quick(&w, 0, n) {
                        assert!(cannot_start(TokenKind::Word, &w), "{w:?}");
                    }
                }
            }
        }
        for w in NUMBER_WORDS.iter().map(|w| w.to_string()).chain(["US".into(), "a".into(), "A".into(), "Twenty-five".into()]) {
            assert!(!word_cannot_start_quick(w.as_bytes(), 0, w.len()), "{w}");
            let u = w.to_ascii_uppercase();
            assert!(!word_cannot_start_quick(u.as_bytes(), 0, u.len()), "{u}");
        }
        // Empty spans, spans outside the body and reversed ones are skipped, as the full check
        // skips the empty text that stands for them.
        assert!(cannot_start(TokenKind::Word, b""));
        assert!(word_cannot_start_quick(b"abc", 5, 7));
        assert!(word_cannot_start_quick(b"abc", 2, 1));
        assert!(word_cannot_start_quick(b"abc", 2, 2));
    }

    #[test]
    fn number_word_table_equals_the_sorted_keys() {
        assert!(number_word_keys().len() <= NUMBER_SLOTS / 2);
        let words =
            NUMBER_WORDS.iter().copied().chain(STOP.iter().copied()).chain(["", "x", "Two", "TWENTY", "twenty-one", "tens"]);
        for w in words {
            for v in [w.to_string(), w.to_ascii_uppercase()] {
                if let Some(k) = crate::tone::short_key(v.as_bytes()) {
                    assert_eq!(is_number_word_key(k), number_word_keys().binary_search(&k).is_ok(), "{v:?}");
                }
            }
        }
        assert!(!is_number_word_key(0));
    }

    proptest::proptest! {
        #[test]
        fn number_word_table_matches_on_random_keys(w in "[a-zA-Z-]{1,15}", k in proptest::num::u128::ANY) {
            if let Some(key) = crate::tone::short_key(w.as_bytes()) {
                proptest::prop_assert_eq!(is_number_word_key(key), number_word_keys().binary_search(&key).is_ok());
            }
            proptest::prop_assert_eq!(is_number_word_key(k), k != 0 && number_word_keys().binary_search(&k).is_ok());
        }
    }

    #[test]
    fn months_by_key_equal_the_list() {
        for m in MONTHS {
            assert!((3..=9).contains(&m.len()) && m.bytes().all(|b| b.is_ascii_lowercase()), "{m}");
        }
        let words = MONTHS.iter().map(|m| m.to_string()).chain(MONTHS.iter().map(|m| m.to_ascii_uppercase())).chain(
            ["", "May", "MAY", "mayo", "ma", "Sept.", "sep", "decembers", "d\u{e9}c", "jan\u{301}", "2020", "Junе"]
                .map(String::from),
        );
        for w in words {
            assert_eq!(is_month(&w), MONTHS.iter().any(|m| m.eq_ignore_ascii_case(&w)), "{w:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn months_by_key_match(w in "(\\PC|[a-zA-Z.]){0,10}") {
            proptest::prop_assert_eq!(is_month(&w), MONTHS.iter().any(|m| m.eq_ignore_ascii_case(&w)));
        }

        #[test]
        fn glued_bytes_equal_glued_chars(g in "[ \u{a0}\u{2000}x]{0,4}") {
            proptest::prop_assert_eq!(g.bytes().all(|c| c == b' '), g.chars().all(|c| c == ' '));
        }
    }

    #[test]
    fn punctuation_skipped_by_first_byte_cannot_start() {
        for b in 0..=255u8 {
            if !matches!(b, b'$' | b'U' | 0xC2 | 0xE2) {
                for w in [vec![b], vec![b, b'$'], vec![b, 0xC2, 0xA3]] {
                    assert!(cannot_start(TokenKind::Punct, &w), "{w:?}");
                }
            }
        }
        for (sym, _) in CURRENCY_SYMBOLS {
            assert!(matches!(sym.as_bytes()[0], b'$' | b'U' | 0xC2 | 0xE2), "{sym}");
        }
    }

    #[test]
    fn stop_words_by_key_equal_the_list() {
        for w in STOP {
            assert!(is_stop_lower(w), "{w}");
            assert!(is_stop_lower(&w.to_ascii_uppercase()), "{w}");
        }
        for w in
            ["", "A", "The", "THE", "tHe", "theme", "thex", "a.m", "O'Clock", "o’clock", "percentages", "é", "per cent", "inch"]
        {
            assert_eq!(is_stop_lower(w), STOP.contains(&w.to_ascii_lowercase().as_str()), "{w:?}");
        }
    }

    #[test]
    fn case_insensitive_helpers_equal_lower_case_copies() {
        let words = [
            "", "s", "S", "ss", "Bass", "ARMED", "armed", "Killing", "ing", "é", "éd", "ÉED", "People", "PEOPLE", "peoples",
            "troops",
        ];
        for w in words {
            let l = w.to_ascii_lowercase();
            for suf in ["s", "ss", "ed", "ing"] {
                assert_eq!(ends_lower(w, suf), l.ends_with(suf), "{w:?} {suf}");
            }
            assert_eq!(is_plural_noun(w), PLURAL_NOUNS.contains(&l.as_str()), "{w:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn stop_words_by_key_match(w in "(\\PC|[a-zA-Z.']){0,12}") {
            proptest::prop_assert_eq!(is_stop_lower(&w), STOP.contains(&w.to_ascii_lowercase().as_str()));
        }

        #[test]
        fn ends_lower_matches(w in "(\\PC|[a-zA-Z]){0,8}", suf in "s|ss|ed|ing") {
            proptest::prop_assert_eq!(ends_lower(&w, &suf), w.to_ascii_lowercase().ends_with(suf.as_str()));
        }

        #[test]
        fn quick_word_filter_is_sound(w in "(\\PC|[a-zA-Z$-]){0,16}") {
            if word_cannot_start_quick(w.as_bytes(), 0, w.len()) {
                proptest::prop_assert!(cannot_start(TokenKind::Word, w.as_bytes()));
            }
        }
    }

    #[test]
    fn cannot_start_implies_not_may_start() {
        let words = [
            "",
            "a",
            "A",
            "US",
            "us",
            "two",
            "Two",
            "TWENTY",
            "twenty-five",
            "Twenty\u{2011}five",
            "forty-one",
            "seventy-seven",
            "dozens",
            "thousands",
            "million",
            "hundred",
            "the",
            "said",
            "$",
            "US$",
            "\u{a3}",
            "\u{20ac}",
            "\u{20b9}",
            ",",
            ".",
            "U",
            "\u{e9}t\u{e9}",
            "fifteen-letters",
            "nine-tenths",
            "half",
            "several",
            "few",
            "many",
            "score",
            "ninety-nine",
            "s\u{e9}ptimo",
            "x",
            "\u{2014}",
            "3.5",
        ];
        let kinds = [TokenKind::Word, TokenKind::Number, TokenKind::Quote, TokenKind::Dash, TokenKind::Punct];
        for w in words {
            for kind in kinds {
                if cannot_start(kind, w.as_bytes()) {
                    assert!(!may_start(kind, w), "{kind:?} {w:?}");
                }
            }
        }
    }

    use super::*;
    use newsgraph_core::{segment, Article};

    /// The tokens of each sentence of `body` that [`may_start`] an amount (but an "a" that
    /// starts none), and those the tone
    /// pass marks ([`crate::tone::ToneLexicon::sentence_counts_marking`]), by sentence.
    fn starts_and_marks(lex: &crate::tone::ToneLexicon, body: &str) -> (Vec<Vec<u32>>, Vec<Vec<u32>>) {
        let doc = segment::segment(Article::from_body(body.into()));
        let (mut starts, mut ends) = (Vec::new(), Vec::new());
        lex.sentence_counts_marking(&doc, &mut starts, &mut ends);
        assert_eq!(ends.len(), doc.sentences.len());
        let mut from = 0;
        let mut marked = Vec::new();
        let mut want = Vec::new();
        for (s, &end) in doc.sentences.iter().zip(&ends) {
            marked.push(starts[from..end as usize].to_vec());
            from = end as usize;
            let toks = &doc.tokens[s.token_range()];
            let text = |k: usize| toks.get(k).and_then(|t| body.get(t.start..t.end)).unwrap_or("");
            // (An "a" that is not "a dozen", "a hundred" or "a thousand" is skipped anyway.)
            let w: Vec<u32> = (0..toks.len())
                .filter(|&k| may_start(toks[k].kind, text(k)))
                .filter(|&k| {
                    !is_article_a(text(k)) || ["dozen", "hundred", "thousand"].iter().any(|x| x.eq_ignore_ascii_case(text(k + 1)))
                })
                .map(|k| k as u32)
                .collect();
            want.push(w);
        }
        (want, marked)
    }

    /// Every token that may start an amount is marked by the tone pass (of any lexicon), and the
    /// amounts found from the marks are those found by scanning every token.
    fn check_marks(body: &str) {
        let custom = crate::tone::ToneLexicon::parse("one\tpos\nus\tself\ngood\tpos\n").unwrap();
        for lex in [crate::tone::ToneLexicon::builtin(), crate::tone::ToneLexicon::default(), custom] {
            let (want, marked) = starts_and_marks(&lex, body);
            for (w, m) in want.iter().zip(&marked) {
                assert!(m.windows(2).all(|p| p[0] < p[1]), "{body:?}: {m:?}");
                for k in w {
                    assert!(m.contains(k), "{body:?}: token {k} not marked ({w:?} vs {m:?})");
                }
            }
            let doc = segment::segment(Article::from_body(body.into()));
            let (mut starts, mut ends) = (Vec::new(), Vec::new());
            lex.sentence_counts_marking(&doc, &mut starts, &mut ends);
            assert_eq!(find_amounts_at(&doc, &starts, &ends), find_amounts(&doc), "{body:?}");
        }
    }

    #[test]
    fn marked_tokens_cover_every_start() {
        let bodies = [
            "",
            "1",
            "two",
            "Two",
            "US$5 million was paid. The US paid $3bn, \u{20ac}4 and \u{a3}2; a dozen A Dozen a thousand.",
            "Twenty-five people and forty\u{2011}two others; SEVENTY-SEVEN troops, Ninety-nine-ninety.",
            "Thousands of people, tens of thousands of troops, hundreds of millions of dollars.",
            "one of them, one another, no one; eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen.",
            "Seventeen seventeen SEVENTEEN thousands THOUSANDS twenty-one twenty-",
            "\u{3b1}\u{3b2} 3\u{a0}million caf\u{e9}s, \u{e9}one two\u{301} three \u{1F600} 4",
            "An extraordinarily-long-hyphenated-word, twenty five dollars, 5 per cent, 7% and 10m.",
            "a",
            "us",
            "fifteen",
            "Ends on a number word: twenty-five",
        ];
        for body in bodies {
            check_marks(body);
        }
    }

    proptest::proptest! {
        #[test]
        fn marked_tokens_cover_every_start_on_random_text(
            body in "(\\PC|[ .,$%]|[0-9]{1,4}|one|Two|US|a|A|dozen|twenty|-|five|seventeen|thousands|of|people|\u{2011}|\u{20ac}|\u{a3}){0,40}"
        ) {
            check_marks(&body);
        }
    }

    fn amounts(text: &str) -> Vec<(String, f64, String)> {
        let doc = segment::segment(Article::from_body(text.to_string()));
        find_amounts(&doc).into_iter().map(|a| (a.text, a.amount, a.object)).collect()
    }

    #[test]
    #[allow(clippy::type_complexity)]
    fn amount_parsing_table() {
        let table: &[(&str, &[(&str, f64, &str)])] = &[
            ("The bank lent $100 million to Kenya.", &[("$100 million", 1e8, "USD")]),
            ("A fine of €2.4 billion was imposed.", &[("€2.4 billion", 2.4e9, "EUR")]),
            ("Some 1,000 police officers were deployed.", &[("1,000 police officers", 1000.0, "police officers")]),
            ("Two civilians were killed.", &[("Two civilians", 2.0, "civilians")]),
            ("The rebels shelled the town, killing two civilians.", &[("two civilians", 2.0, "civilians")]),
            ("Thousands of ethnic Russians fled.", &[("Thousands of ethnic Russians", 1000.0, "ethnic Russians")]),
            ("Inflation rose 3.5 percent in May.", &[("3.5 percent", 3.5, "percent")]),
            ("Unemployment fell to 4.2% last year.", &[("4.2%", 4.2, "percent")]),
            ("Growth was 2 per cent.", &[("2 per cent", 2.0, "percent")]),
            ("Twenty-five soldiers died.", &[("Twenty-five soldiers", 25.0, "soldiers")]),
            ("They sent forty five tanks.", &[("forty five tanks", 45.0, "tanks")]),
            (
                "Forty-one people and sixty\u{2011}six horses.",
                &[("Forty-one people", 41.0, "people"), ("sixty\u{2011}six horses", 66.0, "horses")],
            ),
            (
                "SEVENTEEN boats, seventy-seven cars and thousands of bikes.",
                &[
                    ("SEVENTEEN boats", 17.0, "boats"),
                    ("seventy-seven cars", 77.0, "cars"),
                    ("thousands of bikes", 1000.0, "bikes"),
                ],
            ),
            ("Dozens of people gathered.", &[("Dozens of people", 12.0, "people")]),
            ("Tens of thousands of protesters marched.", &[("Tens of thousands of protesters", 1e4, "protesters")]),
            ("The deal is worth 5 billion dollars.", &[("5 billion dollars", 5e9, "USD")]),
            ("It raised £10m for charity.", &[("£10m", 1e7, "GBP")]),
            ("One of the men was arrested.", &[]),
            ("The 1973 building collapsed.", &[]),
            ("It happened on January 4, 2019.", &[]),
            ("The vote is on 4 March.", &[]),
            ("A total of 39 are confirmed dead.", &[]),
            ("At least 39 died.", &[]),
            ("The explosion occurred at 6am.", &[]),
            (
                "He has three children and a dozen horses.",
                &[("three children", 3.0, "children"), ("a dozen horses", 12.0, "horses")],
            ),
        ];
        for (text, want) in table {
            let got = amounts(text);
            let want: Vec<(String, f64, String)> = want.iter().map(|(a, v, o)| (a.to_string(), *v, o.to_string())).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn number_words_table() {
        let table: &[(&str, Option<f64>)] = &[
            ("one", Some(1.0)),
            ("One", Some(1.0)),
            ("NINETEEN", Some(19.0)),
            ("dozen", Some(12.0)),
            ("ninety", Some(90.0)),
            ("forty-one", Some(41.0)),
            ("Seventy-Seven", Some(77.0)),
            ("twenty\u{2011}two", Some(22.0)),
            ("twenty-ten", None),
            ("twenty-", None),
            ("-one", None),
            ("on", None),
            ("ones", None),
            ("the", None),
            ("", None),
            ("ёne", None),
            ("seventy-seventy", None),
        ];
        for (w, want) in table {
            assert_eq!(number_word(w), *want, "{w:?}");
        }
        // The quick filter passes every listed word.
        for w in NUMBER_WORDS {
            assert!(maybe_number_word(w.as_bytes()) && maybe_number_word(w.to_uppercase().as_bytes()), "{w}");
        }
    }

    #[test]
    fn number_word_keys_are_the_tables() {
        // Every word of the tables is in NUMBER_WORDS and back.
        for w in NUMBER_WORDS {
            let l = w.as_bytes();
            assert!(unit_word(l).or(tens_word(l)).or(vague_word(l)).is_some(), "{w}");
        }
        let words = [
            "one",
            "One",
            "ONE",
            "twenty",
            "Twenty",
            "dozens",
            "Hundreds",
            "tens",
            "ten",
            "scores",
            "zero",
            "on",
            "onE",
            "tw",
            "twentyone",
            "twenty-one",
            "Twenty-One",
            "forty‑two",
            "thousand",
            "hundred",
            "a",
            "the",
            "évery",
            "nine",
            "ninety",
        ];
        for w in words {
            let want = number_word(w).is_some() || lookup(vague_word, w).is_some();
            assert_eq!(
                maybe_number_word(w.as_bytes()) && number_or_vague_word(w),
                maybe_number_word(w.as_bytes()) && want,
                "{w}"
            );
        }
    }

    #[test]
    fn digits() {
        assert_eq!(parse_digits("1,000"), Some((1000.0, false)));
        assert_eq!(parse_digits("1973"), Some((1973.0, true)));
        assert_eq!(parse_digits("2bn"), Some((2e9, false)));
        assert_eq!(parse_digits("1,00"), None);
        assert_eq!(parse_digits("6am"), None);
        assert_eq!(parse_digits("12,"), None);
    }
}
