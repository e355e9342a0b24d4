//! Record formats: JSON, JSON Lines and CSV.
//!
//! A record's fields: `text` (also `body`, `content`) is required; `url`, `date`
//! (also `published`, `datePublished`), `title` (also `headline`), `source`
//! (also `outlet`, `publisher`) and `byline` (also `author`) are read when present;
//! every other field is kept in [`Article::extra`].

use super::normalize_date;
use super::text::clean_body;
use crate::error::{IngestError, IngestErrorKind};
use crate::model::Article;
use serde_json::{Map, Value};

const TEXT_KEYS: [&str; 3] = ["text", "body", "content"];
const TITLE_KEYS: [&str; 2] = ["title", "headline"];
const DATE_KEYS: [&str; 4] = ["date", "published", "datePublished", "published_at"];
const SOURCE_KEYS: [&str; 3] = ["source", "outlet", "publisher"];
const BYLINE_KEYS: [&str; 2] = ["byline", "author"];
const URL_KEYS: [&str; 2] = ["url", "link"];

fn take_str(map: &mut Map<String, Value>, keys: &[&str]) -> Option<String> {
    for k in keys {
        if let Some(v) = map.get(*k) {
            let s = match v {
                Value::String(s) => s.trim().to_string(),
                Value::Number(n) => n.to_string(),
                _ => continue,
            };
            map.remove(*k);
            if !s.is_empty() {
                return Some(s);
            }
        }
    }
    None
}

/// Builds an article from one record's fields.
pub(crate) fn article_from_map(mut map: Map<String, Value>, origin: &str) -> Result<Article, IngestError> {
    let Some(text) = take_str(&mut map, &TEXT_KEYS) else {
        return Err(IngestError::new(origin, IngestErrorKind::MissingField("text".into())));
    };
    let title = take_str(&mut map, &TITLE_KEYS);
    let parts = clean_body(&text, false);
    if parts.body.trim().is_empty() {
        return Err(IngestError::new(origin, IngestErrorKind::NoBody));
    }
    let mut article = Article::from_body(parts.body);
    article.title = title;
    article.url = take_str(&mut map, &URL_KEYS);
    let raw_date = take_str(&mut map, &DATE_KEYS);
    article.date = raw_date.as_deref().and_then(normalize_date);
    if let (Some(raw), None) = (&raw_date, &article.date) {
        article.warnings.push(format!("date {raw:?} is not YYYY-MM-DD; ignored"));
        map.insert("date".into(), Value::String(raw.clone()));
    }
    article.source = take_str(&mut map, &SOURCE_KEYS);
    article.byline = take_str(&mut map, &BYLINE_KEYS).or(parts.byline);
    article.dateline = parts.dateline;
    article.dropped = parts.dropped;
    article.extra = map;
    Ok(article)
}

/// Parses a JSON document: one object, or an array of objects.
pub fn parse_json(text: &str, origin: &str) -> Vec<Result<Article, IngestError>> {
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return vec![Err(IngestError::new(origin, IngestErrorKind::Json(e.to_string())))],
    };
    match value {
        Value::Object(map) => vec![article_from_map(map, origin)],
        Value::Array(items) => items
            .into_iter()
            .enumerate()
            .map(|(i, v)| {
                let o = format!("{origin}[{i}]");
                match v {
                    Value::Object(map) => article_from_map(map, &o),
                    _ => Err(IngestError::new(o, IngestErrorKind::Json("array item is not an object".into()))),
                }
            })
            .collect(),
        _ => vec![Err(IngestError::new(origin, IngestErrorKind::Json("expected an object or an array of objects".into())))],
    }
}

/// Parses JSON Lines: one object a line; blank lines are skipped; a bad line is an
/// error named `origin:LINE` and the other lines go on.
pub fn parse_jsonl(text: &str, origin: &str) -> Vec<Result<Article, IngestError>> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let o = format!("{origin}:{}", i + 1);
        out.push(match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(map)) => article_from_map(map, &o),
            Ok(_) => Err(IngestError::new(o, IngestErrorKind::Json("line is not a JSON object".into()))),
            Err(e) => Err(IngestError::new(o, IngestErrorKind::Json(e.to_string()))),
        });
    }
    if out.is_empty() {
        out.push(Err(IngestError::new(origin, IngestErrorKind::Empty)));
    }
    out
}

/// Parses CSV with a header row naming the fields (`url,date,title,text`, …).
pub fn parse_csv(text: &str, origin: &str) -> Vec<Result<Article, IngestError>> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(h) => h.iter().map(|h| h.trim().to_string()).collect::<Vec<_>>(),
        Err(e) => return vec![Err(IngestError::new(origin, IngestErrorKind::Csv(e.to_string())))],
    };
    if !headers.iter().any(|h| TEXT_KEYS.contains(&h.as_str())) {
        return vec![Err(IngestError::new(origin, IngestErrorKind::MissingField("text (CSV header)".into())))];
    }
    let mut out = Vec::new();
    for row in reader.records() {
        match row {
            Ok(rec) => {
                let line = rec.position().map(|p| p.line()).unwrap_or(0);
                let o = format!("{origin}:{line}");
                let map: Map<String, Value> =
                    headers.iter().zip(rec.iter()).map(|(h, v)| (h.clone(), Value::String(v.to_string()))).collect();
                out.push(article_from_map(map, &o));
            }
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                out.push(Err(IngestError::new(format!("{origin}:{line}"), IngestErrorKind::Csv(e.to_string()))));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_bad_line_is_named_and_others_go_on() {
        let text = "{\"title\":\"A\",\"text\":\"One.\",\"date\":\"2024-05-01T10:00:00Z\",\"section\":\"world\"}\n{bad json\n\n{\"title\":\"C\"}\n{\"text\":\"Three.\"}\n";
        let out = parse_jsonl(text, "wire.jsonl");
        assert_eq!(out.len(), 4);
        let a = out[0].as_ref().unwrap();
        assert_eq!(a.date.as_deref(), Some("2024-05-01"));
        assert_eq!(a.extra.get("section"), Some(&Value::String("world".into())));
        let e = out[1].as_ref().unwrap_err();
        assert_eq!(e.origin, "wire.jsonl:2");
        assert!(matches!(e.kind, IngestErrorKind::Json(_)));
        let e = out[2].as_ref().unwrap_err();
        assert_eq!(e.origin, "wire.jsonl:4");
        assert_eq!(e.kind, IngestErrorKind::MissingField("text".into()));
        assert!(out[3].is_ok());
    }

    #[test]
    fn csv_wikinews_layout() {
        let text = "url,date,title,text\nhttp://x/1,2019-01-04,Title one,\"Friday, January 4, 2019\n\n\nBody one.\"\nhttp://x/2,2019-01-05,Title two,Body two.\n";
        let out = parse_csv(text, "w.csv");
        assert_eq!(out.len(), 2);
        let a = out[0].as_ref().unwrap();
        assert_eq!(a.body, "Body one.");
        assert_eq!(a.dateline.as_deref(), Some("Friday, January 4, 2019"));
        assert_eq!(a.url.as_deref(), Some("http://x/1"));
        assert_eq!(out[1].as_ref().unwrap().title.as_deref(), Some("Title two"));
    }

    #[test]
    fn json_array_and_non_object() {
        let out = parse_json("[{\"text\":\"A.\"}, 3]", "a.json");
        assert!(out[0].is_ok());
        assert_eq!(out[1].as_ref().unwrap_err().origin, "a.json[1]");
        assert!(parse_json("{oops", "b.json")[0].is_err());
    }
}
