//! Queries over the store: events, quotes and actors with filters, and corpus statistics.
//!
//! Results are [`Table`]s (column names + rows of JSON values) so that the command line
//! can print them as a table, JSON or CSV without knowing their shape.

use crate::{Result, Store};
use rusqlite::types::{ToSql, ValueRef};
use serde_json::Value;

/// A query result: column names and rows.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Table {
    /// Column names.
    pub columns: Vec<String>,
    /// Rows, one value per column.
    pub rows: Vec<Vec<Value>>,
}

impl Table {
    /// Rows as JSON objects keyed by column name.
    pub fn to_objects(&self) -> Vec<serde_json::Map<String, Value>> {
        self.rows.iter().map(|r| self.columns.iter().cloned().zip(r.iter().cloned()).collect()).collect()
    }
}

/// Filters for `query events`.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    /// Source actor code prefix (`CHN` matches `CHNGOV`).
    pub actor: Option<String>,
    /// Target actor code prefix.
    pub target: Option<String>,
    /// CAMEO code prefix (`11` matches 111, 112, …).
    pub code: Option<String>,
    /// CAMEO root (`19`).
    pub root: Option<String>,
    /// First day (inclusive).
    pub since: Option<String>,
    /// Last day (inclusive).
    pub until: Option<String>,
    /// Maximum rows.
    pub limit: usize,
}

/// Filters for `query quotes`.
#[derive(Debug, Clone, Default)]
pub struct QuoteFilter {
    /// Speaker name or text contains this (case-insensitive).
    pub speaker: Option<String>,
    /// Speaker's actor code prefix.
    pub actor: Option<String>,
    /// Full-text query over quote text (SQLite FTS5 syntax).
    pub text: Option<String>,
    /// First article day.
    pub since: Option<String>,
    /// Last article day.
    pub until: Option<String>,
    /// Maximum rows.
    pub limit: usize,
}

/// Filters for `query actors`.
#[derive(Debug, Clone, Default)]
pub struct ActorFilter {
    /// Actor code prefix.
    pub code: Option<String>,
    /// Kind (`person`, `country`, …).
    pub kind: Option<String>,
    /// Name contains this (case-insensitive).
    pub name: Option<String>,
    /// Maximum rows.
    pub limit: usize,
}

fn like_prefix(s: &str) -> String {
    format!("{}%", s.replace('%', "").replace('_', "\\_"))
}

fn run(store: &Store, sql: &str, args: &[Box<dyn ToSql>]) -> Result<Table> {
    let mut st = store.connection().prepare(sql)?;
    let columns: Vec<String> = st.column_names().map(|s| s.to_string()).collect();
    let n = columns.len();
    let params: Vec<&dyn ToSql> = args.iter().map(|b| b.as_ref()).collect();
    let mut rows = st.query(params.as_slice())?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let mut row = Vec::with_capacity(n);
        for i in 0..n {
            row.push(match r.get_ref(i)? {
                ValueRef::Null => Value::Null,
                ValueRef::Integer(x) => Value::from(x),
                ValueRef::Real(x) => serde_json::Number::from_f64(x).map(Value::Number).unwrap_or(Value::Null),
                ValueRef::Text(t) => Value::String(String::from_utf8_lossy(t).into_owned()),
                ValueRef::Blob(_) => Value::String("<blob>".into()),
            });
        }
        out.push(row);
    }
    Ok(Table { columns, rows: out })
}

/// Merged events, most mentioned first.
pub fn events(store: &Store, f: &EventFilter) -> Result<Table> {
    let mut sql = String::from(
        "SELECT e.id, e.day, e.source, e.source_name, e.target, e.target_name, e.code, e.quad_class, e.goldstein,
                e.num_mentions, e.num_sources, e.num_articles,
                (SELECT CAST(substr(CAST(a.body AS BLOB), m.sentence_start + 1, m.sentence_end - m.sentence_start) AS TEXT)
                   FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = e.id LIMIT 1) AS evidence
           FROM events e WHERE 1=1",
    );
    let mut args: Vec<Box<dyn ToSql>> = Vec::new();
    let mut add = |cond: &str, v: String, sql: &mut String| {
        args.push(Box::new(v));
        sql.push_str(&format!(" AND {cond} ?{}", args.len()));
    };
    if let Some(a) = &f.actor {
        add("e.source LIKE", like_prefix(a), &mut sql);
    }
    if let Some(t) = &f.target {
        add("e.target LIKE", like_prefix(t), &mut sql);
    }
    if let Some(c) = &f.code {
        add("e.code LIKE", like_prefix(c), &mut sql);
    }
    if let Some(r) = &f.root {
        add("e.root =", format!("{:0>2}", r), &mut sql);
    }
    if let Some(s) = &f.since {
        add("e.day >=", s.clone(), &mut sql);
    }
    if let Some(u) = &f.until {
        add("e.day <=", u.clone(), &mut sql);
    }
    sql.push_str(&format!(" ORDER BY e.num_mentions DESC, e.day DESC, e.id LIMIT {}", f.limit.max(1)));
    run(store, &sql, &args)
}

/// Quotes, newest articles first.
pub fn quotes(store: &Store, f: &QuoteFilter) -> Result<Table> {
    let mut sql = String::from(
        "SELECT a.date, coalesce(q.speaker_name, q.speaker) AS speaker, q.speaker_code, q.speaker_role, q.kind, q.text,
                q.cue, q.sources, a.title, a.url
           FROM quotes q JOIN articles a ON a.id = q.article_id WHERE 1=1",
    );
    let mut args: Vec<Box<dyn ToSql>> = Vec::new();
    let mut add = |cond: &str, v: String, sql: &mut String| {
        args.push(Box::new(v));
        let n = args.len();
        sql.push_str(&format!(" AND {}", cond.replace("?N", &format!("?{n}"))));
    };
    if let Some(t) = &f.text {
        add("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?N)", t.clone(), &mut sql);
    }
    if let Some(s) = &f.speaker {
        add("(lower(q.speaker_name) LIKE ?N OR lower(q.speaker) LIKE ?N)", format!("%{}%", s.to_lowercase()), &mut sql);
    }
    if let Some(a) = &f.actor {
        add("q.speaker_code LIKE ?N", like_prefix(a), &mut sql);
    }
    if let Some(s) = &f.since {
        add("a.date >= ?N", s.clone(), &mut sql);
    }
    if let Some(u) = &f.until {
        add("a.date <= ?N", u.clone(), &mut sql);
    }
    sql.push_str(&format!(" ORDER BY a.date DESC, a.id, q.idx LIMIT {}", f.limit.max(1)));
    run(store, &sql, &args)
}

/// Actors, most mentioned first (one row per code, kind and name).
pub fn actors(store: &Store, f: &ActorFilter) -> Result<Table> {
    let mut sql = String::from(
        "SELECT coalesce(name, text) AS name, code, kind, count(*) AS mentions, count(DISTINCT article_id) AS articles,
                max(role) AS role
           FROM actors WHERE refers_to IS NULL",
    );
    let mut args: Vec<Box<dyn ToSql>> = Vec::new();
    if let Some(c) = &f.code {
        args.push(Box::new(like_prefix(c)));
        sql.push_str(&format!(" AND code LIKE ?{}", args.len()));
    }
    if let Some(k) = &f.kind {
        args.push(Box::new(k.to_lowercase()));
        sql.push_str(&format!(" AND kind = ?{}", args.len()));
    }
    if let Some(n) = &f.name {
        args.push(Box::new(format!("%{}%", n.to_lowercase())));
        sql.push_str(&format!(" AND lower(coalesce(name, text)) LIKE ?{}", args.len()));
    }
    sql.push_str(&format!(" GROUP BY coalesce(name, text), code, kind ORDER BY mentions DESC, name LIMIT {}", f.limit.max(1)));
    run(store, &sql, &args)
}

/// Corpus statistics: counts by day and by root code, top dyads and top speakers.
pub fn stats(store: &Store, top: usize) -> Result<Vec<(String, Table)>> {
    let top = top.max(1);
    Ok(vec![
        (
            "articles and events by day".into(),
            run(
                store,
                "SELECT coalesce(a.date, '') AS day, count(*) AS articles,
                        (SELECT count(*) FROM events e WHERE e.day = coalesce(a.date, '')) AS events
                   FROM articles a GROUP BY coalesce(a.date, '') ORDER BY day",
                &[],
            )?,
        ),
        (
            "events by root code".into(),
            run(
                store,
                "SELECT root, count(*) AS events, sum(num_mentions) AS mentions, round(avg(goldstein), 2) AS mean_goldstein
                   FROM events GROUP BY root ORDER BY root",
                &[],
            )?,
        ),
        (
            "top dyads".into(),
            run(
                store,
                &format!(
                    "SELECT source, target, count(*) AS events, sum(num_mentions) AS mentions FROM events
                      WHERE target != '' GROUP BY source, target ORDER BY mentions DESC, events DESC LIMIT {top}"
                ),
                &[],
            )?,
        ),
        (
            "top speakers".into(),
            run(
                store,
                &format!(
                    "SELECT coalesce(speaker_name, speaker) AS speaker, max(speaker_code) AS code, count(*) AS quotes
                       FROM quotes WHERE speaker IS NOT NULL GROUP BY coalesce(speaker_name, speaker)
                      ORDER BY quotes DESC LIMIT {top}"
                ),
                &[],
            )?,
        ),
    ])
}
