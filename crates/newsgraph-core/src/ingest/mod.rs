//! Ingest: bytes in, [`Article`]s out.
//!
//! Supported inputs: plain text, HTML, a JSON object or array of objects,
//! JSON Lines, and CSV with a header (`url,date,title,text[,source]`, the layout
//! of the Wikinews corpus). One input can hold many articles (JSONL, CSV, JSON
//! arrays); each record succeeds or fails on its own, and a failure names the
//! input and its line.
//!
//! Invalid UTF-8 is decoded lossily (U+FFFD) with a warning on the article, as
//! long as the input is still mostly text; an input with NUL bytes or mostly
//! undecodable bytes is rejected as binary.

mod html;
mod records;
mod text;

pub use html::parse_html;
pub use records::{parse_csv, parse_json, parse_jsonl};
pub use text::{clean_body, parse_plain_text, BodyParts};

use crate::error::{IngestError, IngestErrorKind};
use crate::model::Article;
use std::borrow::Cow;
use std::path::Path;

/// An input format newsgraph reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InputFormat {
    /// Plain text: first non-empty line is the headline.
    Text,
    /// An HTML page: main content is extracted.
    Html,
    /// A JSON object, or an array of objects.
    Json,
    /// One JSON object a line.
    Jsonl,
    /// CSV with a header row.
    Csv,
}

impl InputFormat {
    /// Guesses the format from a file extension (`.txt`, `.html`, `.json`, `.jsonl`, `.csv`, …).
    pub fn from_path(path: &Path) -> Option<InputFormat> {
        // Compared ignoring ASCII case, without building the lower-case extension (asked once
        // or twice per file of a directory).
        const EXTENSIONS: [(&str, InputFormat); 9] = [
            ("txt", InputFormat::Text),
            ("text", InputFormat::Text),
            ("html", InputFormat::Html),
            ("htm", InputFormat::Html),
            ("xhtml", InputFormat::Html),
            ("json", InputFormat::Json),
            ("jsonl", InputFormat::Jsonl),
            ("ndjson", InputFormat::Jsonl),
            ("csv", InputFormat::Csv),
        ];
        let ext = path.extension()?.as_encoded_bytes();
        EXTENSIONS.iter().find(|(e, _)| ext.eq_ignore_ascii_case(e.as_bytes())).map(|&(_, f)| f)
    }

    /// Parses a `--input-format` name.
    pub fn from_name(name: &str) -> Option<InputFormat> {
        Some(match name.to_ascii_lowercase().as_str() {
            "text" | "txt" | "plain" => InputFormat::Text,
            "html" | "htm" => InputFormat::Html,
            "json" => InputFormat::Json,
            "jsonl" | "ndjson" => InputFormat::Jsonl,
            "csv" => InputFormat::Csv,
            _ => return None,
        })
    }

    /// Guesses the format from the first bytes (used for stdin and unknown extensions).
    pub fn sniff(text: &str) -> InputFormat {
        let t = text.trim_start_matches('\u{feff}').trim_start();
        let lower: String = t.chars().take(200).collect::<String>().to_ascii_lowercase();
        if lower.starts_with("<!doctype html")
            || lower.starts_with("<html")
            || lower.starts_with("<?xml") && lower.contains("<html")
        {
            InputFormat::Html
        } else if t.starts_with('[') {
            InputFormat::Json
        } else if t.starts_with('{') {
            // Several objects on several lines are JSON Lines; one object is JSON.
            let mut lines = t.lines().filter(|l| !l.trim().is_empty());
            let first = lines.next().unwrap_or("");
            let second = lines.next();
            if second.is_some_and(|l| l.trim_start().starts_with('{')) && serde_json::from_str::<serde_json::Value>(first).is_ok()
            {
                InputFormat::Jsonl
            } else {
                InputFormat::Json
            }
        } else if lower.starts_with("url,") || lower.starts_with("\"url\",") {
            InputFormat::Csv
        } else {
            InputFormat::Text
        }
    }
}

/// Options that apply to every input.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Date to use when the input gives none (`YYYY-MM-DD`).
    pub default_date: Option<String>,
    /// Inputs larger than this are rejected (bytes).
    pub max_bytes: u64,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions { default_date: None, max_bytes: 256 * 1024 * 1024 }
    }
}

/// The number of control bytes other than `\n`, `\r`, `\t` and form feed. Thirty-two bytes at
/// a time are checked for any byte below 0x20 (a reduction the compiler turns into a few vector
/// compares); the chunks that have one (in text, those with a line break) are checked for a
/// control byte by a second reduction (vector compares too, some 35 instructions), and only
/// those that have one are counted, eight bytes at a time.
fn control_bytes(b: &[u8]) -> usize {
    let is_control = |c: &u8| *c < 0x20 && !matches!(c, b'\n' | b'\r' | b'\t' | 0x0c);
    let (chunks, rest) = b.as_chunks::<32>();
    let mut n = 0;
    for c in chunks {
        if c.iter().fold(0u8, |acc, &x| acc | u8::from(x < 0x20)) != 0 && has_control(c) {
            n += count_controls(c);
        }
    }
    n + rest.iter().filter(|c| is_control(c)).count()
}

/// Whether 32 bytes hold a control byte ([`control_bytes`]). Written as a reduction of flags
/// combined with `&` (not `&&`, and not `matches!`, which the compiler turns into a branch per
/// byte) so that it compiles to vector compares.
#[inline]
fn has_control(c: &[u8; 32]) -> bool {
    let flag =
        |x: u8| u8::from(x < 0x20) & u8::from(x != b'\n') & u8::from(x != b'\r') & u8::from(x != b'\t') & u8::from(x != 0x0c);
    c.iter().fold(0u8, |acc, &x| acc | flag(x)) != 0
}

/// [`control_bytes`] of 32 bytes that have a byte below 0x20: the bytes below 0x20 of each word,
/// found exactly (no borrow crosses a byte), looked at one by one (in text, one or two line breaks).
#[inline(never)]
fn count_controls(c: &[u8; 32]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut n = 0;
    for w in c.as_chunks::<8>().0 {
        let x = u64::from_le_bytes(*w);
        let mut below = !((x | HIGH).wrapping_sub(ONES * 0x20)) & !x & HIGH;
        while below != 0 {
            let c = (x >> (below.trailing_zeros() - 7)) as u8;
            n += usize::from(!matches!(c, b'\n' | b'\r' | b'\t' | 0x0c));
            below &= below - 1;
        }
    }
    n
}

/// Decodes bytes as UTF-8, lossily when needed. Returns the text and an optional warning,
/// or an error when the bytes are binary.
pub fn decode(bytes: &[u8], origin: &str) -> Result<(String, Option<String>), IngestError> {
    decode_text(bytes, origin).map(|(text, warning)| (text.into_owned(), warning))
}

/// [`decode`], borrowing the text from `bytes` when they are valid UTF-8 (the usual file): the
/// parsers read the text and build their own strings, so it is never copied whole. Validated
/// by `simdutf8` (vector code chosen at run time), whose answer for valid or invalid bytes is
/// the standard library's.
fn decode_text<'b>(bytes: &'b [u8], origin: &str) -> Result<(Cow<'b, str>, Option<String>), IngestError> {
    const BOM: &[u8] = b"\xEF\xBB\xBF";
    let b = bytes.strip_prefix(BOM).unwrap_or(bytes);
    if b.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(IngestError::new(origin, IngestErrorKind::Empty));
    }
    // A NUL is a control byte: the usual text, without any, is not searched for one.
    let controls = control_bytes(b);
    if controls > 0 {
        if let Some(pos) = memchr::memchr(0, b) {
            return Err(IngestError::new(origin, IngestErrorKind::Binary(format!("NUL byte at offset {pos}"))));
        }
    }
    match simdutf8::basic::from_utf8(b) {
        Ok(s) => valid_text(s, controls, origin),
        Err(_) => decode_lossy(b, origin).map(|(text, warning)| (Cow::Owned(text), warning)),
    }
}

/// Valid UTF-8 text with `controls` control bytes ([`control_bytes`]), unless they are too many.
fn valid_text<'b>(s: &'b str, controls: usize, origin: &str) -> Result<(Cow<'b, str>, Option<String>), IngestError> {
    if controls * 20 > s.len().max(1) {
        return Err(IngestError::new(origin, IngestErrorKind::Binary(format!("{controls} control bytes"))));
    }
    Ok((Cow::Borrowed(s), None))
}

/// Bytes that are not valid UTF-8: decoded lossily with a warning, or rejected as binary.
fn decode_lossy(bytes: &[u8], origin: &str) -> Result<(String, Option<String>), IngestError> {
    let text = String::from_utf8_lossy(bytes).into_owned();
    let bad = text.chars().filter(|&c| c == '\u{fffd}').count();
    let total = text.chars().count().max(1);
    if bad * 10 > total {
        return Err(IngestError::new(
            origin,
            IngestErrorKind::Binary(format!("{bad} of {total} characters are not valid UTF-8")),
        ));
    }
    let warning = format!("invalid UTF-8: {bad} byte sequence(s) replaced with U+FFFD");
    Ok((text, Some(warning)))
}

/// Reads one input's bytes into articles. Multi-record formats return one result per record.
pub fn ingest_bytes(
    bytes: &[u8],
    format: Option<InputFormat>,
    origin: &str,
    opts: &IngestOptions,
) -> Vec<Result<Article, IngestError>> {
    ingest_slice(bytes, format, origin, opts)
}

/// [`ingest_bytes`] of bytes the caller hands over (a file just read): the same articles.
pub fn ingest_vec(
    bytes: Vec<u8>,
    format: Option<InputFormat>,
    origin: &str,
    opts: &IngestOptions,
) -> Vec<Result<Article, IngestError>> {
    ingest_slice(&bytes, format, origin, opts)
}

fn ingest_slice(
    bytes: &[u8],
    format: Option<InputFormat>,
    origin: &str,
    opts: &IngestOptions,
) -> Vec<Result<Article, IngestError>> {
    if bytes.len() as u64 > opts.max_bytes {
        return vec![Err(IngestError::new(
            origin,
            IngestErrorKind::TooLarge { size: bytes.len() as u64, limit: opts.max_bytes },
        ))];
    }
    let looks_html = format == Some(InputFormat::Html) || (format.is_none() && sniff_html_bytes(bytes));
    if looks_html && simdutf8::basic::from_utf8(bytes).is_err() {
        if let Some((text, label)) = decode_declared_charset(bytes) {
            let mut article = parse_html(&text, origin);
            if let Ok(a) = &mut article {
                a.warnings.push(format!("decoded from the page's declared charset {label}"));
                if a.date.is_none() {
                    a.date.clone_from(&opts.default_date);
                }
                a.origin = Some(origin.to_string());
            }
            return vec![article];
        }
    }
    let (text, warning) = match decode_text(bytes, origin) {
        Ok(t) => t,
        Err(e) => return vec![Err(e)],
    };
    let format = format.unwrap_or_else(|| InputFormat::sniff(&text));
    let mut results = match format {
        InputFormat::Text => vec![parse_plain_text(&text, origin)],
        InputFormat::Html => vec![parse_html(&text, origin)],
        InputFormat::Json => parse_json(&text, origin),
        InputFormat::Jsonl => parse_jsonl(&text, origin),
        InputFormat::Csv => parse_csv(&text, origin),
    };
    for article in results.iter_mut().flatten() {
        if let Some(w) = &warning {
            article.warnings.push(w.clone());
        }
        if article.date.is_none() {
            article.date.clone_from(&opts.default_date);
        }
        if article.origin.is_none() {
            article.origin = Some(origin.to_string());
        }
    }
    results
}

fn sniff_html_bytes(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(512)];
    let lower = String::from_utf8_lossy(head).to_ascii_lowercase();
    let t = lower.trim_start_matches('\u{feff}').trim_start();
    t.starts_with("<!doctype html") || t.starts_with("<html")
}

/// Decodes a non-UTF-8 HTML page with the charset its `<meta>` declares (windows-1252, ISO-8859-x, Shift_JIS, …).
fn decode_declared_charset(bytes: &[u8]) -> Option<(String, &'static str)> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let label: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    let encoding = encoding_rs::Encoding::for_label(label.as_bytes())?;
    if encoding == encoding_rs::UTF_8 {
        return None;
    }
    let (text, _, _) = encoding.decode(bytes);
    Some((text.into_owned(), encoding.name()))
}

/// Normalises a date field to `YYYY-MM-DD` when it starts with one (ISO dates and RFC 3339 timestamps).
pub fn normalize_date(raw: &str) -> Option<String> {
    let raw = raw.trim();
    let head = raw.get(..10)?;
    chrono::NaiveDate::parse_from_str(head, "%Y-%m-%d").ok().map(|d| d.format("%Y-%m-%d").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_bytes_equal_bytewise() {
        let reference = |b: &[u8]| b.iter().filter(|&&c| c < 0x20 && !matches!(c, b'\n' | b'\r' | b'\t' | 0x0c)).count();
        for n in 0..40 {
            for p in 0..n {
                for c in 0..=255u8 {
                    let mut b = vec![b'a'; n];
                    b[p] = c;
                    assert_eq!(control_bytes(&b), reference(&b), "{b:?}");
                    b[n - 1] = 0x01;
                    b[0] = c;
                    assert_eq!(control_bytes(&b), reference(&b), "{b:?}");
                }
            }
        }
        // Many bytes below 0x20 (and around it, and above 0x7f) in one chunk.
        let alphabet: Vec<u8> = (0..0x22).chain([b'a', 0x7f, 0x80, 0x9f, 0xa0, 0xff]).collect();
        let mut seed = 3u64;
        for _ in 0..20000 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let n = (seed >> 58) as usize;
            let mut x = seed;
            let b: Vec<u8> = (0..n)
                .map(|_| {
                    x = x.wrapping_mul(6364136223846793005).wrapping_add(1);
                    alphabet[((x >> 33) % alphabet.len() as u64) as usize]
                })
                .collect();
            assert_eq!(control_bytes(&b), reference(&b), "{b:?}");
        }
    }

    #[test]
    fn owned_bytes_ingest_as_borrowed() {
        let inputs: Vec<Vec<u8>> = vec![
            b"Title\n\nBody text here. More.".to_vec(),
            b"\xEF\xBB\xBFTitle\r\n\r\nBody with a byte-order mark.".to_vec(),
            b"Title\n\nBad \xff\xfe UTF-8 in a long enough text to stay mostly text.".to_vec(),
            b"\xff\xfe\xfd\xfc".to_vec(),
            b"".to_vec(),
            b"  \n\t ".to_vec(),
            b"\xEF\xBB\xBF".to_vec(),
            b"a\x00b".to_vec(),
            b"\x01\x02\x03\x04 text".to_vec(),
            "Ünïcödé title\n\n字 body — “quoted”.".as_bytes().to_vec(),
            b"{\"text\": \"Body one.\"}\n{\"text\": \"Body two.\"}\n".to_vec(),
            b"<html><body><article><h1>T</h1><p>Some paragraph text that is long enough.</p></article></body></html>".to_vec(),
            b"<html><head><meta charset=\"iso-8859-1\"></head><body><p>S\xe3o Paulo</p></body></html>".to_vec(),
        ];
        let opts = IngestOptions { default_date: Some("2024-01-02".into()), max_bytes: 1 << 20 };
        let small = IngestOptions { default_date: None, max_bytes: 8 };
        for bytes in inputs {
            for format in [None, Some(InputFormat::Text), Some(InputFormat::Html), Some(InputFormat::Jsonl)] {
                for opts in [&opts, &small] {
                    let borrowed = ingest_bytes(&bytes, format, "x.txt", opts);
                    let owned = ingest_vec(bytes.clone(), format, "x.txt", opts);
                    assert_eq!(format!("{borrowed:?}"), format!("{owned:?}"), "{bytes:?} {format:?}");
                }
            }
            assert_eq!(format!("{:?}", decode(&bytes, "x")), format!("{:?}", decode_reference(&bytes, "x")), "{bytes:?}");
        }
    }

    /// [`decode`] as it was written before `simdutf8` (the standard library's validation, the
    /// owned text copied): the reference.
    fn decode_reference(bytes: &[u8], origin: &str) -> Result<(String, Option<String>), IngestError> {
        const BOM: &[u8] = b"\xEF\xBB\xBF";
        let b = bytes.strip_prefix(BOM).unwrap_or(bytes);
        if b.iter().all(|b| b.is_ascii_whitespace()) {
            return Err(IngestError::new(origin, IngestErrorKind::Empty));
        }
        if let Some(pos) = memchr::memchr(0, b) {
            return Err(IngestError::new(origin, IngestErrorKind::Binary(format!("NUL byte at offset {pos}"))));
        }
        let controls = b.iter().filter(|&&c| c < 0x20 && !matches!(c, b'\n' | b'\r' | b'\t' | 0x0c)).count();
        match std::str::from_utf8(b) {
            Ok(s) if controls * 20 > s.len().max(1) => {
                Err(IngestError::new(origin, IngestErrorKind::Binary(format!("{controls} control bytes"))))
            }
            Ok(s) => Ok((s.to_string(), None)),
            Err(_) => decode_lossy(b, origin),
        }
    }

    #[test]
    fn decode_equals_reference() {
        // Valid and broken UTF-8 of every length, long enough for the vector code (64 bytes and
        // more) and short: sequences cut anywhere, overlong forms, surrogates, stray bytes.
        let pieces: [&[u8]; 16] = [
            b"a",
            b" ",
            b"\n",
            b"word ",
            "é".as_bytes(),
            "字".as_bytes(),
            "😀".as_bytes(),
            b"\xe2\x80",
            b"\x80",
            b"\xc0\xaf",
            b"\xed\xa0\x80",
            b"\xf4\x90\x80\x80",
            b"\xff",
            b"\x01",
            b"\t",
            b"\xEF\xBB\xBF",
        ];
        let mut seed = 17u64;
        for round in 0..20000 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let n = (seed >> 57) as usize + if round % 4 == 0 { 40 } else { 0 };
            let mut x = seed;
            let mut b = Vec::new();
            for _ in 0..n {
                x = x.wrapping_mul(6364136223846793005).wrapping_add(1);
                // Mostly valid text, so that the valid and the lossy paths are both taken.
                let k = ((x >> 33) % 64) as usize;
                b.extend_from_slice(pieces[if k < pieces.len() { k } else { k % 7 }]);
            }
            assert_eq!(format!("{:?}", decode(&b, "x")), format!("{:?}", decode_reference(&b, "x")), "{b:?}");
        }
    }

    #[test]
    fn declared_latin1_charset_is_honoured() {
        let mut page = b"<html><head><meta charset=\"iso-8859-1\"><title>T</title></head><body><article><h1>Talks</h1>".to_vec();
        for _ in 0..4 {
            page.extend_from_slice(b"<p>The minister travelled to S\xe3o Paulo on Monday to meet officials from the regional government and business leaders.</p>");
        }
        page.extend_from_slice(b"</article></body></html>");
        let a = ingest_bytes(&page, None, "p.html", &IngestOptions::default()).remove(0).unwrap();
        assert!(a.body.contains("São Paulo"), "{}", a.body);
        assert!(a.warnings.iter().any(|w| w.contains("windows-1252") || w.contains("ISO-8859")), "{:?}", a.warnings);
    }
}
