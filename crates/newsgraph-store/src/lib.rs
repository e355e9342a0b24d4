//! # newsgraph-store
//!
//! The embedded event database (SQLite, WAL mode). Articles go in as analysed
//! [`Record`]s; the store keeps articles, actor mentions, quotes, cited sources, event
//! mentions, and **events merged across articles** the way GDELT merges them.
//!
//! ## Idempotence and crash safety
//!
//! An article is identified by its content hash ([`Record::article`]`.id`) and, when it
//! has one, its URL: storing an article whose id or URL is already present stores
//! nothing. Every batch of articles is written in one transaction together with the
//! event merging it causes, so a process killed at any moment (even `kill -9`) leaves
//! the database as it was after the last committed batch, and a rerun completes it.
//!
//! ## Event merging
//!
//! Event mentions with the same **day** (the article's publication date), **source
//! actor code**, **target actor code** and **CAMEO event code** are one event, as in
//! GDELT (the window is one calendar day; articles without a date merge under an empty
//! day). Negated and hypothetical mentions are stored as mentions but are not merged
//! into events. Each event carries `num_mentions`, `num_sources` (distinct outlets; an
//! article without an outlet counts as its own), `num_articles`, the mean tone of the
//! mentioning articles, and the first article that mentioned it; every event keeps its
//! mentions with their evidence (sentence and trigger words).

#![deny(missing_docs)]

pub mod export;
pub mod query;

use newsgraph_core::model::{Modality, Record};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use std::collections::BTreeSet;
use std::path::Path;

/// Errors from the store.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// SQLite failed.
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// Serialising a record failed.
    #[error("serialising: {0}")]
    Json(#[from] serde_json::Error),
    /// Writing an export failed.
    #[error("writing: {0}")]
    Io(#[from] std::io::Error),
    /// Writing Parquet failed.
    #[error("parquet: {0}")]
    Parquet(String),
    /// The database was made by a newer newsgraph.
    #[error("database schema version {0} is newer than this newsgraph supports ({SCHEMA_VERSION})")]
    SchemaTooNew(i64),
}

/// Result alias.
pub type Result<T> = std::result::Result<T, Error>;

/// The schema version kept in SQLite's `user_version`.
pub const SCHEMA_VERSION: i64 = 1;

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS articles (
    id        TEXT PRIMARY KEY,      -- content hash of the body
    url       TEXT,
    source    TEXT,                  -- outlet
    date      TEXT,                  -- YYYY-MM-DD
    title     TEXT,
    byline    TEXT,
    dateline  TEXT,
    body      TEXT NOT NULL,
    tone      REAL,                  -- GDELT V2Tone tone, when computed
    record    TEXT NOT NULL,         -- the full newsgraph/1 record (JSON)
    added_at  TEXT NOT NULL          -- YYYYMMDDHHMMSS, UTC
);
CREATE UNIQUE INDEX IF NOT EXISTS articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE INDEX IF NOT EXISTS articles_date ON articles(date);

CREATE TABLE IF NOT EXISTS actors (
    article_id  TEXT NOT NULL REFERENCES articles(id),
    idx         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    code        TEXT,
    kind        TEXT NOT NULL,
    name        TEXT,
    role        TEXT,
    affiliation TEXT,
    refers_to   INTEGER,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX IF NOT EXISTS actors_code ON actors(code);

CREATE TABLE IF NOT EXISTS quotes (
    id           INTEGER PRIMARY KEY,
    article_id   TEXT NOT NULL REFERENCES articles(id),
    idx          INTEGER NOT NULL,
    text         TEXT NOT NULL,
    start        INTEGER NOT NULL,
    end          INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    speaker      TEXT,
    speaker_name TEXT,
    speaker_code TEXT,
    speaker_role TEXT,
    speaker_affiliation TEXT,
    cue          TEXT,
    sources      TEXT NOT NULL,      -- JSON array of {name, kind}
    UNIQUE (article_id, idx)
);
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(text, speaker, content='quotes', content_rowid='id');

CREATE TABLE IF NOT EXISTS sources (
    article_id TEXT NOT NULL REFERENCES articles(id),
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    PRIMARY KEY (article_id, name)
);

CREATE TABLE IF NOT EXISTS events (
    id               INTEGER PRIMARY KEY,   -- GLOBALEVENTID
    day              TEXT NOT NULL,         -- YYYY-MM-DD or '' when unknown
    source           TEXT NOT NULL,
    target           TEXT NOT NULL,
    code             TEXT NOT NULL,
    root             TEXT NOT NULL,
    quad_class       INTEGER NOT NULL,
    goldstein        REAL NOT NULL,
    plover_type      TEXT,
    source_name      TEXT,
    target_name      TEXT,
    num_mentions     INTEGER NOT NULL DEFAULT 0,
    num_sources      INTEGER NOT NULL DEFAULT 0,
    num_articles     INTEGER NOT NULL DEFAULT 0,
    avg_tone         REAL,
    first_article_id TEXT NOT NULL,
    location         TEXT,                  -- JSON of the first mention's location
    added_at         TEXT NOT NULL,
    UNIQUE (day, source, target, code)
);
CREATE INDEX IF NOT EXISTS events_source ON events(source);
CREATE INDEX IF NOT EXISTS events_target ON events(target);
CREATE INDEX IF NOT EXISTS events_code ON events(code);

CREATE TABLE IF NOT EXISTS event_mentions (
    article_id     TEXT NOT NULL REFERENCES articles(id),
    idx            INTEGER NOT NULL,
    event_id       INTEGER REFERENCES events(id),   -- NULL for negated/hypothetical mentions
    source         TEXT NOT NULL,
    target         TEXT NOT NULL,
    code           TEXT NOT NULL,
    negated        INTEGER NOT NULL,
    modality       TEXT NOT NULL,
    reported_by    TEXT,
    sentence_id    INTEGER NOT NULL,                 -- 1-based, as GDELT's SentenceID
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    trigger        TEXT NOT NULL,                    -- JSON array of {text, start, end}
    source_offset  INTEGER,
    target_offset  INTEGER,
    action_offset  INTEGER,
    tone           REAL,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX IF NOT EXISTS event_mentions_event ON event_mentions(event_id);
"#;

/// The embedded database.
pub struct Store {
    conn: Connection,
}

/// What storing a batch did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BatchReport {
    /// Articles stored.
    pub stored: usize,
    /// Articles skipped because their id or URL was already stored.
    pub skipped: usize,
    /// Event mentions stored.
    pub event_mentions: usize,
}

/// Counts of what the database holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    /// Articles.
    pub articles: u64,
    /// Actor mentions.
    pub actors: u64,
    /// Quotes.
    pub quotes: u64,
    /// Merged events.
    pub events: u64,
    /// Event mentions.
    pub event_mentions: u64,
}

/// Current UTC time as GDELT writes it: `YYYYMMDDHHMMSS`.
pub fn now_stamp() -> String {
    chrono::Utc::now().format("%Y%m%d%H%M%S").to_string()
}

impl Store {
    /// Opens (creating if needed) the database at `path`, in WAL mode.
    pub fn open(path: &Path) -> Result<Store> {
        let conn = Connection::open(path)?;
        Self::init(conn)
    }

    /// An in-memory database (tests).
    pub fn open_in_memory() -> Result<Store> {
        Self::init(Connection::open_in_memory()?)
    }

    fn init(conn: Connection) -> Result<Store> {
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        // WAL: readers never block the writer; a killed writer loses only its open transaction.
        let _mode: String = conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))?;
        conn.execute_batch("PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;")?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            return Err(Error::SchemaTooNew(version));
        }
        conn.execute_batch(SCHEMA)?;
        conn.execute_batch(&format!("PRAGMA user_version={SCHEMA_VERSION}"))?;
        Ok(Store { conn })
    }

    /// The underlying connection (read-only use: queries and exports).
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// True when an article with this id (or this URL) is already stored.
    pub fn contains(&self, id: &str, url: Option<&str>) -> Result<bool> {
        let hit: Option<i64> = self
            .conn
            .query_row("SELECT 1 FROM articles WHERE id = ?1 OR (?2 IS NOT NULL AND url = ?2) LIMIT 1", params![id, url], |r| {
                r.get(0)
            })
            .optional()?;
        Ok(hit.is_some())
    }

    /// Stores a batch of records in one transaction, merging their events.
    pub fn store_batch(&mut self, records: &[Record]) -> Result<BatchReport> {
        let added_at = now_stamp();
        let tx = self.conn.transaction()?;
        let mut report = BatchReport::default();
        let mut touched = BTreeSet::new();
        for r in records {
            let exists: Option<i64> = tx
                .query_row(
                    "SELECT 1 FROM articles WHERE id = ?1 OR (?2 IS NOT NULL AND url = ?2) LIMIT 1",
                    params![r.article.id, r.article.url],
                    |row| row.get(0),
                )
                .optional()?;
            if exists.is_some() {
                report.skipped += 1;
                continue;
            }
            report.event_mentions += insert_record(&tx, r, &added_at, &mut touched)?;
            report.stored += 1;
        }
        refresh_events(&tx, &touched)?;
        tx.commit()?;
        Ok(report)
    }

    /// Counts of stored rows.
    pub fn counts(&self) -> Result<Counts> {
        let c = |table: &str| -> Result<u64> {
            Ok(self.conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get::<_, i64>(0))? as u64)
        };
        Ok(Counts {
            articles: c("articles")?,
            actors: c("actors")?,
            quotes: c("quotes")?,
            events: c("events")?,
            event_mentions: c("event_mentions")?,
        })
    }

    /// Checks the database's internal consistency (SQLite's integrity check, and every
    /// merged event's counts against its mentions). Returns the problems found.
    pub fn check(&self) -> Result<Vec<String>> {
        let mut problems = Vec::new();
        let ok: String = self.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        if ok != "ok" {
            problems.push(format!("integrity_check: {ok}"));
        }
        let mut stmt = self.conn.prepare(
            "SELECT e.id, e.num_mentions, (SELECT count(*) FROM event_mentions m WHERE m.event_id = e.id) FROM events e",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?, r.get::<_, i64>(2)?)))?;
        for row in rows {
            let (id, stored, actual) = row?;
            if stored != actual {
                problems.push(format!("event {id}: num_mentions {stored} but {actual} mentions"));
            }
        }
        Ok(problems)
    }
}

fn kind_name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

/// Inserts one article's rows; returns the number of event mentions.
fn insert_record(tx: &Transaction<'_>, r: &Record, added_at: &str, touched: &mut BTreeSet<i64>) -> Result<usize> {
    let a = &r.article;
    let tone = r.tone.map(|t| t.tone);
    tx.execute(
        "INSERT INTO articles (id, url, source, date, title, byline, dateline, body, tone, record, added_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![a.id, a.url, a.source, a.date, a.title, a.byline, a.dateline, r.body, tone, serde_json::to_string(r)?, added_at],
    )?;
    {
        let mut st = tx.prepare_cached(
            "INSERT INTO actors (article_id, idx, text, start, end, code, kind, name, role, affiliation, refers_to)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        )?;
        for (i, m) in r.actors.iter().enumerate() {
            st.execute(params![
                a.id,
                i as i64,
                m.text,
                m.start as i64,
                m.end as i64,
                m.code,
                kind_name(&m.kind),
                m.name,
                m.role,
                m.affiliation,
                m.refers_to.map(|x| x as i64)
            ])?;
        }
    }
    {
        let mut st = tx.prepare_cached(
            "INSERT INTO quotes (article_id, idx, text, start, end, kind, speaker, speaker_name, speaker_code, speaker_role,
                                 speaker_affiliation, cue, sources)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        )?;
        let mut fts = tx.prepare_cached("INSERT INTO quotes_fts (rowid, text, speaker) VALUES (?1, ?2, ?3)")?;
        for (i, q) in r.quotes.iter().enumerate() {
            let s = q.speaker.as_ref();
            st.execute(params![
                a.id,
                i as i64,
                q.text,
                q.start as i64,
                q.end as i64,
                kind_name(&q.kind),
                s.map(|s| s.text.clone()),
                s.and_then(|s| s.name.clone()),
                s.and_then(|s| s.code.clone()),
                s.and_then(|s| s.role.clone()),
                s.and_then(|s| s.affiliation.clone()),
                q.cue.as_ref().map(|c| c.text.clone()),
                serde_json::to_string(&q.sources)?
            ])?;
            let rowid = tx.last_insert_rowid();
            let speaker = s.map(|s| s.name.clone().unwrap_or_else(|| s.text.clone())).unwrap_or_default();
            fts.execute(params![rowid, q.text, speaker])?;
        }
    }
    {
        let mut st = tx.prepare_cached("INSERT OR IGNORE INTO sources (article_id, name, kind) VALUES (?1, ?2, ?3)")?;
        for s in &r.sources {
            st.execute(params![a.id, s.name, kind_name(&s.kind)])?;
        }
    }
    let day = a.date.clone().unwrap_or_default();
    let mut mentions = 0;
    for (i, e) in r.events.iter().enumerate() {
        let mergeable = !e.negated && e.modality != Modality::Hypothetical;
        let event_id = if mergeable {
            let name =
                |m: Option<usize>| m.and_then(|i| r.actors.get(i)).map(|m| m.name.clone().unwrap_or_else(|| m.text.clone()));
            tx.execute(
                "INSERT INTO events (day, source, target, code, root, quad_class, goldstein, plover_type, source_name, target_name,
                                     first_article_id, location, added_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
                 ON CONFLICT (day, source, target, code) DO NOTHING",
                params![
                    day,
                    e.source,
                    e.target,
                    e.code,
                    e.root,
                    e.quad_class as i64,
                    e.goldstein as f64,
                    e.plover.as_ref().map(|p| p.kind.clone()),
                    name(e.source_mention),
                    name(e.target_mention),
                    a.id,
                    e.location.as_ref().map(serde_json::to_string).transpose()?,
                    added_at
                ],
            )?;
            let id: i64 = tx.query_row(
                "SELECT id FROM events WHERE day = ?1 AND source = ?2 AND target = ?3 AND code = ?4",
                params![day, e.source, e.target, e.code],
                |row| row.get(0),
            )?;
            touched.insert(id);
            Some(id)
        } else {
            None
        };
        let sentence_id = r.sentences.iter().position(|s| s.start == e.sentence.start).map(|p| p as i64 + 1).unwrap_or(0);
        let offset = |m: Option<usize>| m.and_then(|i| r.actors.get(i)).map(|m| m.start as i64);
        tx.execute(
            "INSERT INTO event_mentions (article_id, idx, event_id, source, target, code, negated, modality, reported_by,
                                         sentence_id, sentence_start, sentence_end, trigger, source_offset, target_offset,
                                         action_offset, tone)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
            params![
                a.id,
                i as i64,
                event_id,
                e.source,
                e.target,
                e.code,
                e.negated,
                kind_name(&e.modality),
                e.reported_by,
                sentence_id,
                e.sentence.start as i64,
                e.sentence.end as i64,
                serde_json::to_string(&e.trigger)?,
                offset(e.source_mention),
                offset(e.target_mention),
                e.trigger.first().map(|t| t.start as i64),
                e.tone.map(f64::from)
            ],
        )?;
        mentions += 1;
    }
    Ok(mentions)
}

/// Recomputes the merged counts of the touched events from their mentions.
fn refresh_events(tx: &Transaction<'_>, touched: &BTreeSet<i64>) -> Result<()> {
    let mut st = tx.prepare_cached(
        "UPDATE events SET
            num_mentions = (SELECT count(*) FROM event_mentions m WHERE m.event_id = events.id),
            num_articles = (SELECT count(DISTINCT m.article_id) FROM event_mentions m WHERE m.event_id = events.id),
            num_sources  = (SELECT count(DISTINCT coalesce(a.source, a.id)) FROM event_mentions m
                              JOIN articles a ON a.id = m.article_id WHERE m.event_id = events.id),
            avg_tone     = (SELECT avg(a.tone) FROM articles a WHERE a.id IN
                              (SELECT m.article_id FROM event_mentions m WHERE m.event_id = events.id))
         WHERE id = ?1",
    )?;
    for id in touched {
        st.execute(params![id])?;
    }
    Ok(())
}
