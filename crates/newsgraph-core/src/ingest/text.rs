//! Plain-text articles: headline, byline, dateline, stray fragments, paragraphs.

use crate::error::{IngestError, IngestErrorKind};
use crate::model::{Article, Dropped};
use std::borrow::Cow;
use std::sync::OnceLock;

/// The parts of a cleaned article text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BodyParts {
    /// Headline (first non-empty line), when asked for.
    pub title: Option<String>,
    /// Byline without "By".
    pub byline: Option<String>,
    /// Dateline ("GENEVA", "KYIV, Ukraine, March 3 (Reuters)").
    pub dateline: Option<String>,
    /// Paragraphs joined by a blank line.
    pub body: String,
    /// Removed fragments.
    pub dropped: Vec<Dropped>,
}

struct Labels {
    /// For each first byte `b` (ASCII lower case), the exact labels and the prefixes that start
    /// with it (the prefixes with the empty one, which starts every text); at 256, those for an
    /// empty text. A fragment is compared only with these (a handful), not with every label.
    by_first: Vec<(Vec<String>, Vec<String>)>,
    /// The first bytes of the labels (exact ones and prefixes), bit `b` of word `b / 64`.
    first_bytes: [u64; 4],
    /// Whether some label is empty (and so matches whatever the first byte).
    has_empty: bool,
}

impl Labels {
    /// Whether a fragment whose lower-case form starts with the byte `b` (after trimming) may
    /// match a label: `false` means it matches none.
    fn may_start_with(&self, b: u8) -> bool {
        self.has_empty || self.first_bytes[usize::from(b >> 6)] >> (b & 63) & 1 != 0
    }
}

/// The labels of `data/ingest/boilerplate.txt`, lower case: the exact ones and the prefixes.
fn label_lists() -> (Vec<String>, Vec<String>) {
    let mut exact = Vec::new();
    let mut prefixes = Vec::new();
    for line in include_str!("../../../../data/ingest/boilerplate.txt").lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line.strip_suffix('*') {
            Some(p) => prefixes.push(p.to_lowercase()),
            None => exact.push(line.to_lowercase()),
        }
    }
    (exact, prefixes)
}

fn labels() -> &'static Labels {
    static LABELS: OnceLock<Labels> = OnceLock::new();
    LABELS.get_or_init(|| {
        let (exact, prefixes) = label_lists();
        let mut first_bytes = [0u64; 4];
        let mut has_empty = false;
        for l in exact.iter().chain(&prefixes) {
            match l.as_bytes().first() {
                Some(&b) => {
                    let b = b.to_ascii_lowercase();
                    first_bytes[usize::from(b >> 6)] |= 1 << (b & 63);
                }
                None => has_empty = true,
            }
        }
        let first = |l: &String| l.as_bytes().first().map_or(256, |b| usize::from(b.to_ascii_lowercase()));
        let by_first = (0..=256)
            .map(|k| {
                let exact_k = exact.iter().filter(|x| first(x) == k).cloned().collect();
                let prefixes_k = prefixes.iter().filter(|p| p.is_empty() || first(p) == k).cloned().collect();
                (exact_k, prefixes_k)
            })
            .collect();
        Labels { by_first, first_bytes, has_empty }
    })
}

/// Parses a plain-text article: the first non-empty line is the headline.
pub fn parse_plain_text(text: &str, origin: &str) -> Result<Article, IngestError> {
    let parts = clean_body(text, true);
    if parts.body.trim().is_empty() {
        return Err(IngestError::new(origin, IngestErrorKind::NoBody));
    }
    let mut article = Article::from_body(parts.body);
    article.title = parts.title;
    article.byline = parts.byline;
    article.dateline = parts.dateline;
    article.dropped = parts.dropped;
    Ok(article)
}

/// Splits raw text into paragraphs (blank-line separated, or one a line when the text
/// has no blank lines), reflowing hard-wrapped lines.
#[cfg(test)]
fn paragraphs(raw: &str) -> Vec<String> {
    let text = unix_newlines(raw);
    let (joined, spans) = joined_paragraphs(&text);
    spans.into_iter().map(|r| joined[r].to_string()).collect()
}

/// The paragraphs of a text without `\r`, written where they end up: one after the other in one
/// string, separated by a blank line (the body, when ingest drops nothing), with each one's
/// place in it. Each line is copied once, from the text to the body (a paragraph is not built in
/// a string of its own and copied again by a join).
///
/// A paragraph is its trimmed lines joined by a space, with blank runs collapsed line by line:
/// `collapse_spaces` of the joined lines (the joining space sits between two non-blank
/// characters, and the ends are already trimmed), without joining first.
fn joined_paragraphs(text: &str) -> (String, Vec<std::ops::Range<usize>>) {
    let has_blank = lines(text).skip_while(|l| trim_line(l).is_empty()).any(|l| trim_line(l).is_empty());
    let mut body = String::with_capacity(text.len());
    let mut spans = Vec::new();
    let mut runs = Runs::new(text);
    // Where the paragraph being written starts in `body`.
    let mut start: Option<usize> = None;
    for line in lines(text) {
        let t = trim_line(line);
        if t.is_empty() {
            // A blank line ends the paragraph (in a text without any, every line is one).
            if let Some(s) = start.take() {
                spans.push(s..body.len());
            }
            continue;
        }
        if start.is_some() && has_blank {
            body.push(' ');
        } else {
            if let Some(s) = start.take() {
                spans.push(s..body.len());
            }
            if !body.is_empty() {
                body.push_str("\n\n");
            }
            start = Some(body.len());
        }
        runs.push_line(&mut body, t);
    }
    if let Some(s) = start {
        spans.push(s..body.len());
    }
    (body, spans)
}

/// `line.trim()`, without a call for the usual line: empty (between paragraphs), or starting and
/// ending with ASCII that is not white space.
#[inline]
fn trim_line(line: &str) -> &str {
    match (line.as_bytes().first(), line.as_bytes().last()) {
        (None, _) => line,
        (Some(f), Some(l)) if f.is_ascii_graphic() && l.is_ascii_graphic() => line,
        _ => line.trim(),
    }
}

/// Which lines of a text hold a run of blanks to collapse (a tab, or two spaces in a row), for
/// lines visited in order: the text is searched for tabs once, and for two spaces only from
/// the line that starts after the last pair found, so that a line before the next pair is
/// passed without a search of its own.
struct Runs<'a> {
    text: &'a str,
    /// Whether the text has a tab at all.
    tabs: bool,
    /// The start of the first pair of spaces at or after the start of the last line looked at,
    /// or the length of the text when there is none.
    next_pair: usize,
    /// Where the search that found `next_pair` started.
    searched_from: usize,
}

impl<'a> Runs<'a> {
    fn new(text: &'a str) -> Self {
        let b = text.as_bytes();
        Runs {
            text,
            tabs: memchr::memchr(b'\t', b).is_some(),
            next_pair: double_space().find(b).unwrap_or(b.len()),
            searched_from: 0,
        }
    }

    /// Whether `line` (a piece of the text, lines asked for in order) has a run to collapse.
    fn has_run(&mut self, line: &str) -> bool {
        let b = line.as_bytes();
        if self.tabs && memchr::memchr(b'\t', b).is_some() {
            return true;
        }
        // Where the line lies in the text: a line from elsewhere is searched on its own.
        let start = (line.as_ptr() as usize).wrapping_sub(self.text.as_ptr() as usize);
        if start.checked_add(b.len()).is_none_or(|end| end > self.text.len()) || start < self.searched_from {
            return double_space().find(b).is_some();
        }
        if self.next_pair < start {
            self.next_pair = double_space().find(&self.text.as_bytes()[start..]).map_or(self.text.len(), |p| start + p);
            self.searched_from = start;
        }
        self.next_pair + 2 <= start + b.len()
    }

    /// Appends `line` (a trimmed line of the text, lines asked for in order) to `out` with runs
    /// of spaces and tabs as one space, as [`push_collapsed_with`] does.
    ///
    /// In a text without tabs the runs are the pairs of spaces [`Runs::has_run`] finds, and the
    /// search goes on from the end of each run: every pair is found once, by one search (not
    /// again by a search of the line, and no search looks at a line with no pair left), and the
    /// text between runs is copied whole.
    fn push_line(&mut self, out: &mut String, line: &str) {
        if !self.has_run(line) {
            out.push_str(line);
            return;
        }
        let start = (line.as_ptr() as usize).wrapping_sub(self.text.as_ptr() as usize);
        if self.tabs || start < self.searched_from || start.checked_add(line.len()).is_none_or(|end| end > self.text.len()) {
            push_collapsed_with(out, line, self.tabs);
            return;
        }
        let (text, b) = (self.text, self.text.as_bytes());
        let end = start + line.len();
        let mut i = start;
        // Every search starts at the start of the text, of a trimmed line or right after a run,
        // never after a space, so the first pair it finds starts its run. A trimmed line ends in
        // a character that is not a space, so a run inside it ends inside it.
        while self.next_pair + 2 <= end {
            let j = self.next_pair;
            let mut k = j + 2;
            while k < end && b[k] == b' ' {
                k += 1;
            }
            out.push_str(&text[i..j]);
            out.push(' ');
            i = k;
            self.next_pair = double_space().find(&b[k..]).map_or(b.len(), |p| k + p);
            self.searched_from = k;
        }
        out.push_str(&text[i..end]);
    }

    /// `line` (trimmed) with runs of spaces and tabs as one space: borrowed when it has none.
    #[cfg(test)]
    fn collapsed<'l>(&mut self, line: &'l str) -> Cow<'l, str> {
        if self.has_run(line) {
            let mut out = String::with_capacity(line.len());
            push_collapsed_with(&mut out, line, self.tabs);
            Cow::Owned(out)
        } else {
            Cow::Borrowed(line)
        }
    }
}

/// The pieces of `text` between newlines, as `text.split('\n')` gives them, found with the
/// `memchr` crate's vectorised search (the standard library's `char` searcher looks at a
/// word or two at a time, which shows on a whole article). An empty line (a newline right
/// after the last) is taken without a search: articles separate paragraphs with runs of them.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let b = text.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start > text.len() {
            return None;
        }
        let end = match b.get(start) {
            Some(b'\n') => start,
            _ => memchr::memchr(b'\n', &b[start..]).map_or(text.len(), |p| start + p),
        };
        let line = &text[start..end];
        start = end + 1;
        Some(line)
    })
}

/// `\r\n` and lone `\r` as `\n`; borrowed when the text has no `\r`.
fn unix_newlines(raw: &str) -> std::borrow::Cow<'_, str> {
    if memchr::memchr(b'\r', raw.as_bytes()).is_none() {
        std::borrow::Cow::Borrowed(raw)
    } else {
        std::borrow::Cow::Owned(raw.replace("\r\n", "\n").replace('\r', "\n"))
    }
}

/// A searcher for two spaces, built once: `memmem::find` builds one on every call, which costs
/// more than the search itself on a line of text.
fn double_space() -> &'static memchr::memmem::Finder<'static> {
    static FINDER: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    FINDER.get_or_init(|| memchr::memmem::Finder::new(b"  "))
}

/// Runs of spaces and tabs as one space, then trimmed.
fn collapse_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_collapsed(&mut out, s);
    match out.trim() {
        t if t.len() == out.len() => out,
        t => t.to_string(),
    }
}

/// Appends `s` with runs of spaces and tabs as one space (not trimmed). Copies the text between
/// runs that need changing (a tab, or two blanks in a row) whole, finding them with `memchr`.
fn push_collapsed(out: &mut String, s: &str) {
    push_collapsed_with(out, s, true);
}

/// [`push_collapsed`], told whether `s` may hold a tab (`false`: it has none, known from a
/// search of the whole text, and is not searched for one again).
fn push_collapsed_with(out: &mut String, s: &str, tabs: bool) {
    let b = s.as_bytes();
    let blank = |c: u8| c == b' ' || c == b'\t';
    let mut next_tab = if tabs { memchr::memchr(b'\t', b).unwrap_or(b.len()) } else { b.len() };
    let mut next_double = double_space().find(b).unwrap_or(b.len());
    let mut i = 0;
    while i < b.len() {
        // The next run that needs changing starts at or before the next tab or double space
        // (each found again only once passed).
        if next_tab < i {
            next_tab = memchr::memchr(b'\t', &b[i..]).map_or(b.len(), |p| i + p);
        }
        if next_double < i {
            next_double = double_space().find(&b[i..]).map_or(b.len(), |p| i + p);
        }
        let mut j = next_tab.min(next_double);
        if j >= b.len() {
            break;
        }
        while j > i && b[j - 1] == b' ' {
            j -= 1;
        }
        let mut k = j;
        while k < b.len() && blank(b[k]) {
            k += 1;
        }
        out.push_str(&s[i..j]);
        out.push(' ');
        i = k;
    }
    out.push_str(&s[i..]);
}

/// Cleans an article text: optional headline, byline, dateline, stray fragments.
pub fn clean_body(raw: &str, headline: bool) -> BodyParts {
    let mut parts = BodyParts::default();
    let text = unix_newlines(raw);
    let (joined, spans) = if headline {
        // The headline is the first non-empty *line*, even when the byline follows without a blank line.
        let mut rest_start = 0usize;
        for line in lines(&text) {
            rest_start += line.len() + 1;
            if !line.trim().is_empty() {
                parts.title = Some(collapse_spaces(line));
                break;
            }
        }
        let rest = joined_paragraphs(text.get(rest_start.min(text.len())..).unwrap_or(""));
        // A text of one line ("Brazil criticised the tariffs.") is its own body as well as its
        // headline, rather than an article with no body (paragraphs are never blank).
        if rest.1.is_empty() {
            joined_paragraphs(&text)
        } else {
            rest
        }
    } else {
        joined_paragraphs(&text)
    };
    // The paragraphs, borrowed from the joined text: that text is the body unless one of them
    // is dropped or changed below.
    let mut blocks: Vec<Cow<'_, str>> = spans.into_iter().map(|r| Cow::Borrowed(&joined[r])).collect();
    let mut changed = false;

    // Byline: a short "By …" line near the top.
    if let Some(i) = blocks.iter().take(3).position(|b| is_byline(b)) {
        let b = blocks.remove(i);
        parts.byline = Some(b[3..].trim().trim_end_matches('.').to_string());
        changed = true;
    }
    // A date-only first paragraph ("Friday, January 4, 2019") is the dateline.
    if blocks.first().is_some_and(|b| is_date_line(b)) {
        parts.dateline = Some(blocks.remove(0).into_owned());
        changed = true;
    }
    if let Some(first) = blocks.first_mut() {
        if let Some((dateline, rest)) = split_dateline(first) {
            let dl = match parts.dateline.take() {
                Some(d) => format!("{dateline}; {d}"),
                None => dateline,
            };
            parts.dateline = Some(dl);
            *first = Cow::Owned(rest);
            changed = true;
        }
    }
    if blocks.first().is_some_and(|b| b.is_empty()) {
        blocks.remove(0);
        changed = true;
    }
    // Stray one-line fragments between paragraphs.
    let n = blocks.len();
    let mut kept = Vec::with_capacity(n);
    for (i, b) in blocks.into_iter().enumerate() {
        if let Some(reason) = stray_reason(&b, i, n) {
            parts.dropped.push(Dropped { text: b.into_owned(), reason });
            changed = true;
        } else {
            kept.push(b);
        }
    }
    parts.body = if changed {
        // `kept.join("\n\n")`, of borrowed and owned paragraphs.
        let mut body = String::with_capacity(kept.iter().map(|k| k.len() + 2).sum());
        for (i, k) in kept.iter().enumerate() {
            if i > 0 {
                body.push_str("\n\n");
            }
            body.push_str(k);
        }
        body
    } else {
        drop(kept);
        joined
    };
    parts
}

fn is_byline(b: &str) -> bool {
    let Some(rest) = b.strip_prefix("By ").or_else(|| b.strip_prefix("BY ")) else { return false };
    let words = rest.split_whitespace().count();
    words <= 14 && rest.chars().next().is_some_and(char::is_uppercase) && !rest.trim_end().ends_with(['!', '?'])
}

fn is_date_line(b: &str) -> bool {
    if b.len() > 60 || b.ends_with('.') || b.split_whitespace().count() > 6 {
        return false;
    }
    // A year is a run of exactly four ASCII digits (lower-casing changes no digit and no run).
    if !b.as_bytes().split(|c| !c.is_ascii_digit()).any(|d| d.len() == 4) {
        return false;
    }
    // The month names are ASCII: in ASCII text they are found ignoring ASCII case (the same as
    // in its lower-case form), without building that form.
    if b.is_ascii() {
        has_month_name(b.as_bytes(), true)
    } else {
        has_month_name(b.to_lowercase().as_bytes(), false)
    }
}

/// Whether `text` contains the (English, lower-case) name of a month: `text` is lower case, or
/// ASCII compared ignoring ASCII case when `fold`. Only the positions that hold a month's first
/// letter are looked at, each against the months with that letter.
fn has_month_name(text: &[u8], fold: bool) -> bool {
    (0..text.len()).any(|i| {
        let first = if fold { text[i].to_ascii_lowercase() } else { text[i] };
        let months: &[&str] = match first {
            b'j' => &["january", "june", "july"],
            b'f' => &["february"],
            b'm' => &["march", "may"],
            b'a' => &["april", "august"],
            b's' => &["september"],
            b'o' => &["october"],
            b'n' => &["november"],
            b'd' => &["december"],
            _ => return false,
        };
        months.iter().any(|m| {
            text.get(i..i + m.len()).is_some_and(|w| if fold { w.eq_ignore_ascii_case(m.as_bytes()) } else { w == m.as_bytes() })
        })
    })
}

/// Splits a "CITY — text" or "CITY, Month Day (Agency) - text" dateline off a paragraph.
fn split_dateline(p: &str) -> Option<(String, String)> {
    // The characters that start before byte 120: up to the first character boundary from 120 on.
    let window = if p.len() <= 120 { p.len() } else { (120..p.len()).find(|&i| p.is_char_boundary(i)).unwrap_or(p.len()) };
    let head = &p[..window];
    let (pos, sep) = first_dateline_separator(head)?;
    let prefix = p[..pos].trim().trim_end_matches(',');
    if prefix.is_empty() || prefix.len() > 90 || prefix.split_whitespace().count() > 12 {
        return None;
    }
    // The first word group must be a place in capitals: "GENEVA", "NEW YORK", "ST. LOUIS".
    let first: String = prefix.chars().take_while(|c| !matches!(c, ',' | '(')).collect();
    let letters: Vec<char> = first.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 2 || letters.iter().any(|c| c.is_lowercase()) {
        return None;
    }
    if prefix.contains(". ") && !first.contains(". ") {
        return None;
    }
    let rest = p[pos + sep.len()..].trim_start().to_string();
    if rest.is_empty() {
        return None;
    }
    Some((prefix.to_string(), rest))
}

/// What can separate a dateline from the text, in order of preference at one position.
const DATELINE_SEPARATORS: [&str; 6] = [" — ", "—", " – ", "–", " -- ", " - "];

/// The first position in `head` where a dateline separator starts, and that separator: what
/// searching for each separator and taking the leftmost gives (no two separators start at
/// the same byte), in one pass over the spaces and dash lead bytes instead of six searches.
fn first_dateline_separator(head: &str) -> Option<(usize, &'static str)> {
    let b = head.as_bytes();
    memchr::memchr2_iter(b' ', 0xe2, b)
        .find_map(|i| DATELINE_SEPARATORS.iter().find(|s| b[i..].starts_with(s.as_bytes())).map(|s| (i, *s)))
}

fn stray_reason(b: &str, index: usize, count: usize) -> Option<String> {
    if count < 2 {
        return None;
    }
    if b.len() > 240 {
        return None;
    }
    // Many paragraphs start with a letter or digit no label starts with: then only the
    // all-capitals test below applies. The words are counted only once a test needs them.
    let l = labels();
    if let Some(&f) = b.as_bytes().first() {
        if f.is_ascii_alphanumeric() && !l.may_start_with(f.to_ascii_lowercase()) {
            return capitals_fragment(b, index, count);
        }
    }
    let ascii = b.is_ascii();
    // The same for a fragment with non-ASCII text: the first character of the lower-case form
    // compared below (trimmed) is that of the first character of the fragment that is not white
    // space, unless the fragment is only white space and the characters trimmed from its end.
    // Without a label that starts with it, the fragment's lower-case form is not built.
    if !ascii {
        if let Some(c) = b.trim_start().chars().next().filter(|c| !matches!(c, '.' | ':' | '!')) {
            let first = c.to_lowercase().next().unwrap_or(c);
            let mut utf8 = [0u8; 4];
            let f = first.encode_utf8(&mut utf8).as_bytes()[0];
            if !l.may_start_with(f.to_ascii_lowercase()) {
                return if b.len() > 90 { None } else { capitals_fragment(b, index, count) };
            }
        }
    }
    // Labels are lower case: an ASCII fragment is compared with them ignoring ASCII case (the
    // same as comparing its lower-case form), without building that form.
    let lower = if ascii { String::new() } else { b.to_lowercase() };
    let lower = if ascii { b } else { lower.as_str() };
    let lower = lower.trim_end_matches(['.', ':', '!']).trim();
    let equal = |text: &str, label: &str| {
        if ascii {
            text.eq_ignore_ascii_case(label) && !has_ascii_upper(label)
        } else {
            text == label
        }
    };
    // `equal` needs equal first bytes ignoring ASCII case (and an exact label equal lengths):
    // only the labels with the fragment's first byte are compared.
    let (exact, prefixes) = &l.by_first[lower.as_bytes().first().map_or(256, |b| usize::from(b.to_ascii_lowercase()))];
    // A teaser ("READ MORE: Why the talks failed") can carry a headline-length link text.
    if prefixes.iter().any(|p| lower.get(..p.len()).is_some_and(|head| equal(head, p))) {
        let words = word_count(b);
        return (1..=30).contains(&words).then(|| "link teaser or page prompt".to_string());
    }
    if b.len() > 90 {
        return None;
    }
    if exact.iter().any(|x| x.len() == lower.len() && equal(lower, x)) {
        let words = word_count(b);
        return (1..=10).contains(&words).then(|| "advertisement or page label".to_string());
    }
    capitals_fragment(b, index, count)
}

/// The last test of [`stray_reason`] (for a fragment of at most 240 bytes): an all-capitals
/// fragment of one to four words without sentence punctuation between two paragraphs. The
/// letters are looked at first, up to the first that is not upper case (in a paragraph, within
/// its first word), and the words are counted only for a fragment in capitals.
fn capitals_fragment(b: &str, index: usize, count: usize) -> Option<String> {
    let inner = index > 0 && index + 1 < count;
    if !inner || b.ends_with(['.', '"', '”']) {
        return None;
    }
    let mut letters = 0usize;
    for c in b.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return None;
        }
        letters += 1;
    }
    (letters >= 2 && (1..=4).contains(&word_count(b))).then(|| "all-capitals fragment between paragraphs".to_string())
}

fn has_ascii_upper(s: &str) -> bool {
    s.bytes().any(|c| c.is_ascii_uppercase())
}

/// `b.split_whitespace().count()`; ASCII text eight bytes at a time.
fn word_count(b: &str) -> usize {
    if !b.is_ascii() {
        return b.split_whitespace().count();
    }
    let bytes = b.as_bytes();
    let mut chunks = bytes.chunks_exact(8);
    let mut words = 0;
    // Whether the byte before the chunk is white space (the start of the text counts as such).
    let mut space_before = true;
    for c in &mut chunks {
        let mut a = [0u8; 8];
        a.copy_from_slice(c);
        let space = ascii_space_mask(u64::from_le_bytes(a));
        // A word starts at a byte that is not white space after one that is.
        let starts = !space & (space << 8 | u64::from(space_before) << 7) & HIGH;
        words += starts.count_ones() as usize;
        space_before = space >> 63 != 0;
    }
    for &c in chunks.remainder() {
        let space = matches!(c, b'\t'..=b'\r' | b' ');
        words += usize::from(space_before && !space);
        space_before = space;
    }
    words
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = ONES * 0x80;

/// The high bit of each byte of `x` (eight ASCII bytes) that is white space: `\t` to `\r` or a space.
#[inline]
fn ascii_space_mask(x: u64) -> u64 {
    const LOW: u64 = ONES * 0x7f;
    // Exact per byte: no sum carries into the next byte for ASCII.
    let is_space = !((((x ^ (ONES * 0x20)) & LOW) + LOW) | (x ^ (ONES * 0x20))) & HIGH;
    let at_least_tab = x + ONES * (0x80 - 0x09);
    let past_return = x + ONES * (0x80 - 0x0e);
    (is_space | (at_least_tab & !past_return)) & HIGH
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`collapse_spaces`] as it was written first (one char at a time): the reference.
    fn collapse_spaces_reference(s: &str) -> String {
        collapse_spaces_reference_untrimmed(s).trim().to_string()
    }

    #[test]
    fn trim_line_equals_trim() {
        for l in
            ["", " ", "a", " a", "a ", "\u{a0}a", "a\u{a0}", "é", "a é", "é a", "\ta\t", "ab", "a b", "\u{2003}", "x\u{3000}"]
        {
            assert_eq!(trim_line(l), l.trim(), "{l:?}");
        }
    }

    #[test]
    fn date_lines_equal_reference() {
        // `is_date_line` as it was first written: the reference.
        const MONTHS: [&str; 12] = [
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
        ];
        let reference = |b: &str| {
            if b.len() > 60 || b.split_whitespace().count() > 6 {
                return false;
            }
            let lower = b.to_lowercase();
            let has_month = MONTHS.iter().any(|m| lower.contains(m));
            let has_year = lower.split(|c: char| !c.is_ascii_digit()).any(|d| d.len() == 4);
            has_month && has_year && !b.ends_with('.')
        };
        let cases = [
            "Friday, January 4, 2019",
            "FRIDAY, JANUARY 4, 2019",
            "Monday, 3 March 2024",
            "May 2020",
            "The mayor 2020",
            "Juneteenth 1865",
            "Sept 2019",
            "December 31, 20199",
            "December 31, 201",
            "Friday, January 4, 2019.",
            "Ünïcödé Décembre 2019",
            "İstanbul, 12 Ağustos 2019 August",
            "ÉTÉ SEPTEMBER 2019",
            "a b c d e f g january 2019",
            "novembernovember 2019 x",
            "jul 2019",
            "2019-01-04 janua",
            "",
            "june",
            "1999 OCTOBER",
            "\u{130}june 2019",
        ];
        for c in cases {
            assert_eq!(is_date_line(c), reference(c), "{c:?}");
        }
        for t in
            random_texts(&["jan", "uary", "june", "JULY", "May", " ", "2019", "1", "İ", "é", ".", "dec", "ember"], 11, 4000, 60)
        {
            assert_eq!(is_date_line(&t), reference(&t), "{t:?}");
        }
    }

    #[test]
    fn collapse_spaces_equals_reference() {
        let cases = ["", " ", "a", "a  b", " a \t b\t\tc  ", "\u{a0} x  \u{2003}", "é  ü\t", "a \tb", "a\t b", "  \t  ", "x y z"];
        for c in cases {
            assert_eq!(collapse_spaces(c), collapse_spaces_reference(c), "{c:?}");
        }
        let alphabet = [" ", "\t", "a", "é", "\u{a0}", "bc"];
        let mut seed = 7u64;
        for _ in 0..5000 {
            let mut s = String::new();
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let n = (seed >> 60) as usize;
            for k in 0..n {
                s.push_str(alphabet[((seed >> (k * 4 % 56)) % 6) as usize]);
            }
            assert_eq!(collapse_spaces(&s), collapse_spaces_reference(&s), "{s:?}");
        }
    }

    /// `count` pseudo-random texts of fewer than `2^(64 - len_shift)` pieces of `alphabet` each, from `seed`
    /// (a fixed linear congruential sequence, so every run checks the same texts).
    fn random_texts(alphabet: &[&str], seed: u64, count: usize, len_shift: u32) -> Vec<String> {
        let mut seed = seed;
        (0..count)
            .map(|_| {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                let n = (seed >> len_shift) as usize;
                let mut x = seed;
                let mut s = String::new();
                for _ in 0..n {
                    x = x.wrapping_mul(6364136223846793005).wrapping_add(1);
                    s.push_str(alphabet[((x >> 33) % alphabet.len() as u64) as usize]);
                }
                s
            })
            .collect()
    }

    /// [`paragraphs`] as it was written first (join the lines, then collapse): the reference.
    fn paragraphs_reference(raw: &str) -> Vec<String> {
        let text = raw.replace("\r\n", "\n").replace('\r', "\n");
        let has_blank = text.split('\n').skip_while(|l| l.trim().is_empty()).any(|l| l.trim().is_empty());
        let mut out = Vec::new();
        if has_blank {
            let mut cur: Vec<&str> = Vec::new();
            for line in text.split('\n') {
                let t = line.trim();
                if t.is_empty() {
                    if !cur.is_empty() {
                        out.push(cur.join(" "));
                        cur.clear();
                    }
                } else {
                    cur.push(t);
                }
            }
            if !cur.is_empty() {
                out.push(cur.join(" "));
            }
        } else {
            out.extend(text.split('\n').map(str::trim).filter(|l| !l.is_empty()).map(|l| l.to_string()));
        }
        out.into_iter().map(|p| collapse_spaces_reference(&p)).collect()
    }

    #[test]
    fn paragraphs_equal_reference() {
        let alphabet = [" ", "\t", "a", "é", "\u{a0}", "bc", "\n", "\n\n", "\r\n", " \n", "\u{2003}"];
        for s in random_texts(&alphabet, 11, 20000, 59) {
            assert_eq!(paragraphs(&s), paragraphs_reference(&s), "{s:?}");
        }
        // Without tabs (the runs are pairs of spaces, each found once): runs at line ends, at
        // the start of the text, across lines, and many in one line.
        let alphabet = [" ", "  ", "   ", "a", "é", "\u{a0}", "bc", "\n", "\n\n", " \n", "\n ", "\u{2003}"];
        for s in random_texts(&alphabet, 23, 20000, 58) {
            assert_eq!(paragraphs(&s), paragraphs_reference(&s), "{s:?}");
        }
    }

    /// [`stray_reason`] as it was written first (lower-case copy, collected letters): the reference.
    fn stray_reason_reference(b: &str, index: usize, count: usize) -> Option<String> {
        if count < 2 || b.len() > 240 {
            return None;
        }
        let words = b.split_whitespace().count();
        if words == 0 || words > 30 {
            return None;
        }
        let lower = b.to_lowercase();
        let lower = lower.trim_end_matches(['.', ':', '!']).trim();
        static LISTS: OnceLock<(Vec<String>, Vec<String>)> = OnceLock::new();
        let (exact, prefixes) = LISTS.get_or_init(label_lists);
        if prefixes.iter().any(|p| lower.starts_with(p.as_str())) {
            return Some("link teaser or page prompt".to_string());
        }
        if words > 10 || b.len() > 90 {
            return None;
        }
        if exact.iter().any(|x| x == lower) {
            return Some("advertisement or page label".to_string());
        }
        let inner = index > 0 && index + 1 < count;
        let letters: Vec<char> = b.chars().filter(|c| c.is_alphabetic()).collect();
        if inner && words <= 4 && letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) && !b.ends_with(['.', '"', '”'])
        {
            return Some("all-capitals fragment between paragraphs".to_string());
        }
        None
    }

    #[test]
    fn stray_reason_equals_reference() {
        let cases = [
            "",
            " ",
            "Advertisement",
            "ADVERTISEMENT.",
            "advertisement:",
            " Share this article! ",
            "READ MORE: Why the talks failed",
            "Read more",
            "Read mor",
            "read more\u{a0}about it",
            "RELATED: İstanbul talks",
            "İSTANBUL",
            "ÉTATS UNIS",
            "NEW YORK",
            "NEW YORK.",
            "“QUOTE”",
            "A",
            "Ad\u{2003}",
            "\u{b}Subscribe\u{b}",
            "Σ ADVERTISEMENT",
            "Getty Images",
            "GETTY IMAGES",
            "Kyiv’s Watch",
            "WATCH: the video",
            "one two three four five six seven eight nine ten eleven",
            "a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f",
            "X-RAY NEWS",
            "NATO SUMMIT 2024",
            "9 ADVERTISEMENT",
            "Zürich",
            "ZÜRICH TALKS",
            "Quoted.",
            "QUIET\u{a0}PLEASE",
            "“Advertisement”",
            "«SHARE»",
            "\u{212a}EEP READING",
            "\u{212a}",
            "Ädvertisement",
            "ΣHARE THIS",
            "  ÉTATS  ",
            "…",
            ".:! É",
            "«ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ ÉÉÉ»",
            "ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ ÉÉÉ",
        ];
        for b in cases {
            for (i, n) in [(0, 1), (0, 3), (1, 3), (2, 3)] {
                assert_eq!(stray_reason(b, i, n), stray_reason_reference(b, i, n), "{b:?} {i} {n}");
            }
        }
        let alphabet = [
            " ", "\t", "a", "A", "é", "É", "\u{a0}", "read", "MORE", ":", ".", "!", "ad", "Share", "x", "\u{3000}", "\u{b}", "\"",
        ];
        for s in random_texts(&alphabet, 5, 20000, 60) {
            assert_eq!(word_count(&s), s.split_whitespace().count(), "{s:?}");
            assert_eq!(stray_reason(&s, 1, 3), stray_reason_reference(&s, 1, 3), "{s:?}");
            assert_eq!(stray_reason(&s, 0, 3), stray_reason_reference(&s, 0, 3), "{s:?}");
        }
        // Fragments with non-ASCII text, whose first character decides whether the lower-case
        // form is built: letters whose lower case is ASCII (the Kelvin sign) or longer (İ),
        // quotation marks, trimmed punctuation, and long all-capitals runs.
        let alphabet = [
            " ",
            "\u{a0}",
            "«",
            "“",
            "”",
            "\u{212a}",
            "İ",
            "Σ",
            "É",
            "ÉÉÉÉÉÉÉÉÉÉ",
            "Ad",
            "ad",
            "SHARE",
            "share",
            "read more",
            "READ MORE:",
            ".",
            ":",
            "!",
            "x",
            "\"",
        ];
        for s in random_texts(&alphabet, 9, 40000, 60) {
            for (i, n) in [(0, 3), (1, 3)] {
                assert_eq!(stray_reason(&s, i, n), stray_reason_reference(&s, i, n), "{s:?} {i} {n}");
            }
        }
    }

    #[test]
    fn runs_equal_direct_search() {
        // Lines asked for in order (trimmed or not, empty or not) and a string from elsewhere:
        // the answer is whether the line itself holds a tab or two spaces in a row.
        let alphabet = [" ", "  ", "\t", "\n", "\n\n", "a", "é", "\u{a0}", "bc", " \n "];
        for s in random_texts(&alphabet, 13, 20000, 58) {
            let mut runs = Runs::new(&s);
            for (k, line) in lines(&s).enumerate() {
                let t = if k % 2 == 0 { line.trim() } else { line };
                let direct = |x: &str| x.contains('\t') || x.contains("  ");
                assert_eq!(runs.has_run(t), direct(t), "{s:?} {t:?}");
                let other = format!("x{t}");
                assert_eq!(runs.has_run(&other), direct(&other), "{s:?} {other:?}");
                assert_eq!(runs.collapsed(t), collapse_spaces_reference_untrimmed(t), "{s:?} {t:?}");
            }
        }
    }

    /// [`collapse_spaces_reference`] without the trimming.
    fn collapse_spaces_reference_untrimmed(s: &str) -> String {
        let mut out = String::new();
        let mut prev_space = false;
        for c in s.chars() {
            if c == ' ' || c == '\t' {
                if !prev_space {
                    out.push(' ');
                }
                prev_space = true;
            } else {
                out.push(c);
                prev_space = false;
            }
        }
        out
    }

    #[test]
    fn lines_and_word_count_equal_std() {
        let alphabet = [" ", "\t", "\n", "\n\n", "a", "é", "\u{a0}", "\u{b}", "\u{c}", "\r", "word", "\u{1f}", "\u{21}", "x y"];
        for s in random_texts(&alphabet, 3, 20000, 58) {
            assert_eq!(lines(&s).collect::<Vec<_>>(), s.split('\n').collect::<Vec<_>>(), "{s:?}");
            assert_eq!(word_count(&s), s.split_whitespace().count(), "{s:?}");
        }
        for b in 0..=127u8 {
            let s: String = (0..20).map(|i| if i % 3 == 0 { b as char } else { 'a' }).collect();
            assert_eq!(word_count(&s), s.split_whitespace().count(), "{b}");
        }
        assert_eq!(lines("").collect::<Vec<_>>(), vec![""]);
    }

    #[test]
    fn dateline_separator_equals_leftmost_search() {
        let reference =
            |head: &str| DATELINE_SEPARATORS.iter().filter_map(|s| head.find(s).map(|i| (i, *s))).min_by_key(|(i, _)| *i);
        let alphabet = [" ", "—", "–", "-", "--", "a", "é", "\u{2012}", "\u{e2}", "KYIV", ",", "\n"];
        for s in random_texts(&alphabet, 9, 20000, 59) {
            assert_eq!(first_dateline_separator(&s), reference(&s), "{s:?}");
        }
    }

    #[test]
    fn headline_byline_dateline() {
        let raw = "Brazil takes tariff fight to WTO\n\nBy Ana Souza\n\nBRASILIA — Brazil has criticised the tariffs.\n\nAdvertisement\n\nMore text here.";
        let p = clean_body(raw, true);
        assert_eq!(p.title.as_deref(), Some("Brazil takes tariff fight to WTO"));
        assert_eq!(p.byline.as_deref(), Some("Ana Souza"));
        assert_eq!(p.dateline.as_deref(), Some("BRASILIA"));
        assert_eq!(p.body, "Brazil has criticised the tariffs.\n\nMore text here.");
        assert_eq!(p.dropped.len(), 1);
        assert_eq!(p.dropped[0].text, "Advertisement");
    }

    #[test]
    fn one_line_text_is_its_own_body() {
        for raw in [
            "Brazil criticised the tariffs.",
            "\n\n  Brazil criticised the tariffs.  \n\n",
            "Brazil criticised the tariffs.\n\n \n",
        ] {
            let p = clean_body(raw, true);
            assert_eq!(p.title.as_deref(), Some("Brazil criticised the tariffs."), "{raw:?}");
            assert_eq!(p.body, "Brazil criticised the tariffs.", "{raw:?}");
        }
        // A headline with a body keeps the body alone.
        let p = clean_body("Tariffs\nBrazil criticised the tariffs.", true);
        assert_eq!((p.title.as_deref(), p.body.as_str()), (Some("Tariffs"), "Brazil criticised the tariffs."));
        assert_eq!(clean_body("", true).body, "");
    }

    #[test]
    fn agency_dateline() {
        let cases = [
            (
                "KYIV, Ukraine, March 3 (Reuters) - Ukraine said on Monday.",
                "KYIV, Ukraine, March 3 (Reuters)",
                "Ukraine said on Monday.",
            ),
            ("NAIROBI, May 12 (AFP) – Kenya's president said.", "NAIROBI, May 12 (AFP)", "Kenya's president said."),
            ("NEW YORK (AP) — The U.N. said.", "NEW YORK (AP)", "The U.N. said."),
        ];
        for (input, dl, rest) in cases {
            let (d, r) = split_dateline(input).unwrap_or_else(|| panic!("no dateline in {input}"));
            assert_eq!((d.as_str(), r.as_str()), (dl, rest));
        }
    }

    #[test]
    fn no_false_datelines() {
        for input in [
            "The talks — which began in May — ended.",
            "Officials said the U.N. - backed plan failed.",
            "Mr. Smith - the envoy - arrived.",
        ] {
            assert_eq!(split_dateline(input), None, "{input}");
        }
    }

    #[test]
    fn date_line_paragraph() {
        let p = clean_body("Friday, January 4, 2019\n\n\nAn apartment building collapsed.", false);
        assert_eq!(p.dateline.as_deref(), Some("Friday, January 4, 2019"));
        assert_eq!(p.body, "An apartment building collapsed.");
    }

    #[test]
    fn hard_wrapped_lines_reflow() {
        let p = clean_body("Title\n\nThe minister said\nthe talks failed.\n\nSecond paragraph.", true);
        assert_eq!(p.body, "The minister said the talks failed.\n\nSecond paragraph.");
    }

    #[test]
    fn read_more_teaser_dropped() {
        let p = clean_body(
            "T\n\nFirst para.\n\nREAD MORE: Why the talks between the two governments collapsed after three rounds in Geneva\n\nLast para.",
            true,
        );
        assert_eq!(p.body, "First para.\n\nLast para.");
        assert_eq!(p.dropped[0].reason, "link teaser or page prompt");
    }
}
