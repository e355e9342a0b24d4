//! Exports in the layouts event-data users already load.
//!
//! - `gdelt-events`: GDELT 2.0 Events, 61 tab-separated columns, no header.
//! - `gdelt-mentions`: GDELT 2.0 Mentions, 16 columns.
//! - `gdelt-gkg`: GDELT GKG 2.1, 27 columns.
//! - `jsonl`: one merged event per line with all its mentions and their evidence.
//! - `parquet`: merged events, schema in [`parquet_schema`].
//!
//! Fields newsgraph does not compute are left empty, as GDELT leaves them. Offsets in
//! the GDELT layouts are counted in characters, as GDELT counts them (newsgraph's own
//! records use bytes). Geographic country and ADM1 codes are left empty: GDELT writes
//! FIPS 10-4 codes and newsgraph keeps ISO 3166 codes (they are in the JSONL export).

use crate::{Result, Store};
use newsgraph_core::model::{Location, LocationKind, Record};
use rusqlite::{params, Row};
use std::io::Write;
use std::sync::Arc;

/// Date bounds (inclusive, `YYYY-MM-DD`).
#[derive(Debug, Clone, Default)]
pub struct DateRange {
    /// First day.
    pub since: Option<String>,
    /// Last day.
    pub until: Option<String>,
}

impl DateRange {
    fn lo(&self) -> &str {
        self.since.as_deref().unwrap_or("")
    }
    fn hi(&self) -> &str {
        self.until.as_deref().unwrap_or("9999-99-99")
    }
}

/// Removes tabs and newlines, which would break the TSV layouts.
fn clean(s: &str) -> String {
    s.chars().map(|c| if matches!(c, '\t' | '\n' | '\r') { ' ' } else { c }).collect()
}

fn ymd(day: &str) -> String {
    day.replace('-', "")
}

fn fraction_date(day: &str) -> String {
    match chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d") {
        Ok(d) => {
            use chrono::Datelike;
            format!("{:.4}", d.year() as f64 + (d.ordinal() as f64 / 365.0))
        }
        Err(_) => String::new(),
    }
}

const GROUP_PREFIXES: [&str; 5] = ["IGO", "NGO", "IMG", "MNC", "NGM"];

/// Splits a CAMEO actor code into GDELT's country, known-group and type columns.
pub fn split_actor_code(code: &str) -> (String, String, [String; 3]) {
    let groups: Vec<&str> =
        (0..code.len()).step_by(3).filter_map(|i| code.get(i..(i + 3).min(code.len()))).filter(|g| g.len() == 3).collect();
    let mut types: [String; 3] = Default::default();
    let Some(first) = groups.first() else { return (String::new(), String::new(), types) };
    if GROUP_PREFIXES.contains(first) {
        types[0] = first.to_string();
        let known = groups.get(1).map(|g| g.to_string()).unwrap_or_default();
        for (slot, g) in types.iter_mut().skip(1).zip(groups.iter().skip(2)) {
            *slot = g.to_string();
        }
        (String::new(), known, types)
    } else {
        for (slot, g) in types.iter_mut().zip(groups.iter().skip(1)) {
            *slot = g.to_string();
        }
        (first.to_string(), String::new(), types)
    }
}

fn geo_type(kind: LocationKind) -> &'static str {
    match kind {
        LocationKind::Country => "1",
        LocationKind::Adm1 => "5",
        LocationKind::City | LocationKind::Landmark => "4",
    }
}

fn char_offset(body: &str, byte: i64) -> String {
    let b = (byte.max(0) as usize).min(body.len());
    let b = body.floor_char_boundary(b);
    body[..b].chars().count().to_string()
}

struct EventRow {
    id: i64,
    day: String,
    source: String,
    target: String,
    code: String,
    root: String,
    quad: i64,
    goldstein: f64,
    plover: Option<String>,
    source_name: Option<String>,
    target_name: Option<String>,
    mentions: i64,
    sources: i64,
    articles: i64,
    tone: Option<f64>,
    first_article: String,
    location: Option<String>,
    added_at: String,
    url: Option<String>,
    root_event: bool,
}

const EVENT_SELECT: &str = "SELECT e.id, e.day, e.source, e.target, e.code, e.root, e.quad_class, e.goldstein, e.plover_type,
    e.source_name, e.target_name, e.num_mentions, e.num_sources, e.num_articles, e.avg_tone, e.first_article_id, e.location,
    e.added_at, a.url,
    coalesce((SELECT min(m.sentence_id) FROM event_mentions m WHERE m.event_id = e.id AND m.article_id = e.first_article_id), 0)
  FROM events e JOIN articles a ON a.id = e.first_article_id
  WHERE e.day >= ?1 AND e.day <= ?2 ORDER BY e.id";

fn event_row(r: &Row<'_>) -> rusqlite::Result<EventRow> {
    Ok(EventRow {
        id: r.get(0)?,
        day: r.get(1)?,
        source: r.get(2)?,
        target: r.get(3)?,
        code: r.get(4)?,
        root: r.get(5)?,
        quad: r.get(6)?,
        goldstein: r.get(7)?,
        plover: r.get(8)?,
        source_name: r.get(9)?,
        target_name: r.get(10)?,
        mentions: r.get(11)?,
        sources: r.get(12)?,
        articles: r.get(13)?,
        tone: r.get(14)?,
        first_article: r.get(15)?,
        location: r.get(16)?,
        added_at: r.get(17)?,
        url: r.get(18)?,
        root_event: r.get::<_, i64>(19)? == 1,
    })
}

fn events(store: &Store, range: &DateRange) -> Result<Vec<EventRow>> {
    let mut st = store.connection().prepare(EVENT_SELECT)?;
    let rows = st.query_map(params![range.lo(), range.hi()], event_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

fn actor_columns(code: &str, name: Option<&str>) -> Vec<String> {
    let (country, known, types) = split_actor_code(code);
    let mut cols = vec![code.to_string(), clean(&name.unwrap_or("").to_uppercase()), country, known];
    cols.extend([String::new(), String::new(), String::new()]); // ethnic, religion 1, religion 2
    cols.extend(types);
    cols
}

/// Writes GDELT 2.0 Events rows (61 columns). Returns the number of rows.
pub fn gdelt_events(store: &Store, range: &DateRange, out: &mut dyn Write) -> Result<usize> {
    let mut n = 0;
    for e in events(store, range)? {
        let mut cols: Vec<String> = Vec::with_capacity(61);
        let day = ymd(&e.day);
        cols.push(e.id.to_string());
        cols.push(day.clone());
        cols.push(day.get(..6).unwrap_or("").to_string());
        cols.push(day.get(..4).unwrap_or("").to_string());
        cols.push(fraction_date(&e.day));
        cols.extend(actor_columns(&e.source, e.source_name.as_deref()));
        cols.extend(actor_columns(&e.target, e.target_name.as_deref()));
        cols.push(if e.root_event { "1" } else { "0" }.to_string());
        cols.push(e.code.clone());
        cols.push(e.code.get(..3).unwrap_or(&e.code).to_string());
        cols.push(e.root.clone());
        cols.push(e.quad.to_string());
        cols.push(format!("{:.1}", e.goldstein));
        cols.push(e.mentions.to_string());
        cols.push(e.sources.to_string());
        cols.push(e.articles.to_string());
        cols.push(e.tone.map(|t| format!("{t:.6}")).unwrap_or_default());
        // Actor1Geo and Actor2Geo: not computed.
        cols.extend(std::iter::repeat_n(String::new(), 16));
        let loc: Option<Location> = e.location.as_deref().and_then(|l| serde_json::from_str(l).ok());
        match loc {
            Some(l) => cols.extend([
                geo_type(l.kind).to_string(),
                clean(&l.name),
                String::new(),
                String::new(),
                String::new(),
                format!("{:.4}", l.lat),
                format!("{:.4}", l.lon),
                String::new(),
            ]),
            None => cols.extend(std::iter::repeat_n(String::new(), 8)),
        }
        cols.push(e.added_at.clone());
        cols.push(clean(e.url.as_deref().unwrap_or("")));
        debug_assert_eq!(cols.len(), 61);
        writeln!(out, "{}", cols.join("\t"))?;
        n += 1;
    }
    Ok(n)
}

fn domain(url: &str) -> String {
    let rest = url.split_once("://").map(|x| x.1).unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    host.trim_start_matches("www.").to_string()
}

/// Writes GDELT 2.0 Mentions rows (16 columns). Returns the number of rows.
pub fn gdelt_mentions(store: &Store, range: &DateRange, out: &mut dyn Write) -> Result<usize> {
    let mut st = store.connection().prepare(
        "SELECT m.event_id, e.added_at, a.added_at, a.url, a.source, a.id, m.sentence_id, m.source_offset, m.target_offset,
                m.action_offset, a.body, a.tone
           FROM event_mentions m JOIN events e ON e.id = m.event_id JOIN articles a ON a.id = m.article_id
          WHERE e.day >= ?1 AND e.day <= ?2 ORDER BY m.event_id, a.added_at, m.article_id, m.idx",
    )?;
    let mut rows = st.query(params![range.lo(), range.hi()])?;
    let mut n = 0;
    while let Some(r) = rows.next()? {
        let url: Option<String> = r.get(3)?;
        let source: Option<String> = r.get(4)?;
        let id: String = r.get(5)?;
        let body: String = r.get(10)?;
        let off = |v: Option<i64>| v.map(|b| char_offset(&body, b)).unwrap_or_default();
        let tone: Option<f64> = r.get(11)?;
        let cols = [
            r.get::<_, i64>(0)?.to_string(),
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            if url.is_some() { "1" } else { "2" }.to_string(),
            clean(&source.or_else(|| url.as_deref().map(domain)).unwrap_or_default()),
            clean(url.as_deref().unwrap_or(&id)),
            r.get::<_, i64>(6)?.to_string(),
            off(r.get(7)?),
            off(r.get(8)?),
            off(r.get(9)?),
            "1".to_string(),
            String::new(),
            body.chars().count().to_string(),
            tone.map(|t| format!("{t:.6}")).unwrap_or_default(),
            String::new(),
            String::new(),
        ];
        writeln!(out, "{}", cols.join("\t"))?;
        n += 1;
    }
    Ok(n)
}

/// Writes GDELT GKG 2.1 rows (27 columns), one per article. Returns the number of rows.
pub fn gdelt_gkg(store: &Store, range: &DateRange, out: &mut dyn Write) -> Result<usize> {
    let mut st = store.connection().prepare(
        "SELECT rowid, added_at, record FROM articles WHERE coalesce(date, '') >= ?1 AND coalesce(date, '') <= ?2 ORDER BY rowid",
    )?;
    let mut rows = st.query(params![range.lo(), range.hi()])?;
    let mut n = 0;
    while let Some(row) = rows.next()? {
        let rowid: i64 = row.get(0)?;
        let added_at: String = row.get(1)?;
        let record: Record = serde_json::from_str(&row.get::<_, String>(2)?)?;
        writeln!(out, "{}", gkg_columns(&record, rowid, &added_at).join("\t"))?;
        n += 1;
    }
    Ok(n)
}

/// The 27 GKG 2.1 columns for one record.
pub fn gkg_columns(r: &Record, rowid: i64, added_at: &str) -> Vec<String> {
    let body = r.body.as_str();
    let a = &r.article;
    let co = |b: usize| char_offset(body, b as i64);
    let date = a.date.as_deref().map(|d| format!("{}000000", ymd(d))).unwrap_or_else(|| added_at.to_string());
    let names = |kind: newsgraph_core::model::ActorKind| -> (Vec<String>, Vec<String>) {
        let mut v1 = Vec::new();
        let mut v2 = Vec::new();
        for m in r.actors.iter().filter(|m| m.kind == kind && m.refers_to.is_none()) {
            let name = clean(m.name.as_deref().unwrap_or(&m.text)).replace([';', ','], " ");
            if !v1.contains(&name) {
                v1.push(name.clone());
            }
            v2.push(format!("{name},{}", co(m.start)));
        }
        (v1, v2)
    };
    use newsgraph_core::model::ActorKind;
    let (p1, p2) = names(ActorKind::Person);
    let (mut o1, mut o2) = names(ActorKind::Organization);
    for k in [ActorKind::Igo, ActorKind::Group] {
        let (a1, a2) = names(k);
        for x in a1 {
            if !o1.contains(&x) {
                o1.push(x);
            }
        }
        o2.extend(a2);
    }
    let loc_clean = |s: &str| clean(s).replace(['#', ';'], " ");
    let locations1: Vec<String> =
        r.locations.iter().map(|l| format!("{}#{}###{:.4}#{:.4}#", geo_type(l.kind), loc_clean(&l.name), l.lat, l.lon)).collect();
    let locations2: Vec<String> = r
        .locations
        .iter()
        .map(|l| format!("{}#{}####{:.4}#{:.4}##{}", geo_type(l.kind), loc_clean(&l.name), l.lat, l.lon, co(l.start)))
        .collect();
    let tone = r
        .tone
        .map(|t| {
            format!(
                "{},{},{},{},{},{},{}",
                t.tone, t.positive, t.negative, t.polarity, t.activity_density, t.self_group_density, t.word_count
            )
        })
        .unwrap_or_default();
    let word_count = r.tone.map(|t| t.word_count as usize).unwrap_or_else(|| body.split_whitespace().count());
    let quotations: Vec<String> = r
        .quotes
        .iter()
        .filter(|q| matches!(q.kind, newsgraph_core::model::QuoteKind::Direct | newsgraph_core::model::QuoteKind::Partial))
        .map(|q| {
            let verb = q.cue.as_ref().map(|c| clean(&c.text)).unwrap_or_default().replace(['|', '#'], " ");
            format!("{}|{}|{}|{}", co(q.start), q.text.chars().count(), verb, clean(&q.text).replace(['|', '#'], " "))
        })
        .collect();
    let all_names: Vec<String> = r
        .actors
        .iter()
        .filter(|m| m.refers_to.is_none() && m.kind != ActorKind::Agent)
        .map(|m| format!("{},{}", clean(&m.text).replace([';', ','], " "), co(m.start)))
        .collect();
    let amounts: Vec<String> =
        r.amounts.iter().map(|x| format!("{},{},{}", x.amount, clean(&x.object).replace([';', ','], " "), co(x.start))).collect();
    let join = |v: &[String]| if v.is_empty() { String::new() } else { v.join(";") + ";" };
    let url = a.url.clone();
    let extras = a.title.as_deref().map(|t| format!("<PAGE_TITLE>{}</PAGE_TITLE>", clean(t))).unwrap_or_default();
    vec![
        format!("{added_at}-{rowid}"),
        date,
        if url.is_some() { "1" } else { "2" }.to_string(),
        clean(&a.source.clone().or_else(|| url.as_deref().map(domain)).unwrap_or_default()),
        clean(url.as_deref().unwrap_or(&a.id)),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        join(&locations1),
        join(&locations2),
        join(&p1),
        join(&p2),
        join(&o1),
        join(&o2),
        tone,
        String::new(),
        format!("wc:{word_count}"),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        quotations.join("#"),
        join(&all_names),
        join(&amounts),
        String::new(),
        extras,
    ]
}

/// Writes one merged event per line, with every mention and its evidence. Returns the number of events.
pub fn jsonl(store: &Store, range: &DateRange, out: &mut dyn Write) -> Result<usize> {
    let mut mentions = store.connection().prepare(
        "SELECT m.article_id, a.url, a.source, a.title, m.sentence_id, m.sentence_start, m.sentence_end, a.body, m.trigger,
                m.modality, m.reported_by
           FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ?1 ORDER BY a.added_at, m.article_id, m.idx",
    )?;
    let mut n = 0;
    for e in events(store, range)? {
        let ms = mentions.query_map(params![e.id], |r| {
            let body: String = r.get(7)?;
            let (s, t) = (r.get::<_, i64>(5)? as usize, r.get::<_, i64>(6)? as usize);
            let sentence = body.get(s..t).unwrap_or("").to_string();
            let trigger: serde_json::Value = serde_json::from_str(&r.get::<_, String>(8)?).unwrap_or(serde_json::Value::Null);
            Ok(serde_json::json!({
                "article_id": r.get::<_, String>(0)?,
                "url": r.get::<_, Option<String>>(1)?,
                "outlet": r.get::<_, Option<String>>(2)?,
                "title": r.get::<_, Option<String>>(3)?,
                "sentence_id": r.get::<_, i64>(4)?,
                "sentence": {"text": sentence, "start": s, "end": t},
                "trigger": trigger,
                "modality": r.get::<_, String>(9)?,
                "reported_by": r.get::<_, Option<String>>(10)?,
            }))
        })?;
        let ms: Vec<serde_json::Value> = ms.collect::<rusqlite::Result<_>>()?;
        let location: Option<serde_json::Value> = e.location.as_deref().and_then(|l| serde_json::from_str(l).ok());
        let v = serde_json::json!({
            "id": e.id, "day": e.day, "source": e.source, "source_name": e.source_name, "target": e.target,
            "target_name": e.target_name, "code": e.code, "root": e.root, "quad_class": e.quad, "goldstein": e.goldstein,
            "plover": e.plover, "num_mentions": e.mentions, "num_sources": e.sources, "num_articles": e.articles,
            "avg_tone": e.tone, "first_article_id": e.first_article, "source_url": e.url, "location": location,
            "added_at": e.added_at, "mentions": ms,
        });
        serde_json::to_writer(&mut *out, &v)?;
        out.write_all(b"\n")?;
        n += 1;
    }
    Ok(n)
}

/// The Parquet schema of the events export.
pub fn parquet_schema() -> arrow_schema::Schema {
    use arrow_schema::{DataType, Field};
    arrow_schema::Schema::new(vec![
        Field::new("id", DataType::Int64, false),
        Field::new("day", DataType::Utf8, false),
        Field::new("source", DataType::Utf8, false),
        Field::new("source_name", DataType::Utf8, true),
        Field::new("target", DataType::Utf8, false),
        Field::new("target_name", DataType::Utf8, true),
        Field::new("code", DataType::Utf8, false),
        Field::new("root", DataType::Utf8, false),
        Field::new("quad_class", DataType::Int32, false),
        Field::new("goldstein", DataType::Float64, false),
        Field::new("plover_type", DataType::Utf8, true),
        Field::new("num_mentions", DataType::Int64, false),
        Field::new("num_sources", DataType::Int64, false),
        Field::new("num_articles", DataType::Int64, false),
        Field::new("avg_tone", DataType::Float64, true),
        Field::new("first_article_id", DataType::Utf8, false),
        Field::new("source_url", DataType::Utf8, true),
        Field::new("added_at", DataType::Utf8, false),
    ])
}

/// Writes merged events as Parquet. Returns the number of rows.
pub fn parquet<W: Write + Send>(store: &Store, range: &DateRange, out: W) -> Result<usize> {
    use arrow_array::{ArrayRef, Float64Array, Int32Array, Int64Array, RecordBatch, StringArray};
    let rows = events(store, range)?;
    let schema = Arc::new(parquet_schema());
    let s = |f: &dyn Fn(&EventRow) -> Option<String>| -> ArrayRef { Arc::new(rows.iter().map(f).collect::<StringArray>()) };
    let cols: Vec<ArrayRef> = vec![
        Arc::new(rows.iter().map(|e| e.id).collect::<Int64Array>()),
        s(&|e| Some(e.day.clone())),
        s(&|e| Some(e.source.clone())),
        s(&|e| e.source_name.clone()),
        s(&|e| Some(e.target.clone())),
        s(&|e| e.target_name.clone()),
        s(&|e| Some(e.code.clone())),
        s(&|e| Some(e.root.clone())),
        Arc::new(rows.iter().map(|e| e.quad as i32).collect::<Int32Array>()),
        Arc::new(rows.iter().map(|e| e.goldstein).collect::<Float64Array>()),
        s(&|e| e.plover.clone()),
        Arc::new(rows.iter().map(|e| e.mentions).collect::<Int64Array>()),
        Arc::new(rows.iter().map(|e| e.sources).collect::<Int64Array>()),
        Arc::new(rows.iter().map(|e| e.articles).collect::<Int64Array>()),
        Arc::new(rows.iter().map(|e| e.tone).collect::<Float64Array>()),
        s(&|e| Some(e.first_article.clone())),
        s(&|e| e.url.clone()),
        s(&|e| Some(e.added_at.clone())),
    ];
    let batch = RecordBatch::try_new(schema.clone(), cols).map_err(|e| crate::Error::Parquet(e.to_string()))?;
    let mut writer = parquet::arrow::ArrowWriter::try_new(out, schema, None).map_err(|e| crate::Error::Parquet(e.to_string()))?;
    writer.write(&batch).map_err(|e| crate::Error::Parquet(e.to_string()))?;
    writer.close().map_err(|e| crate::Error::Parquet(e.to_string()))?;
    Ok(rows.len())
}

/// The type of a GDELT column, as the codebooks give it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnType {
    /// An integer (or empty).
    Integer,
    /// A decimal number (or empty).
    Float,
    /// Text.
    String,
}

impl ColumnType {
    /// True when `field` is a valid value of this type (empty is valid: GDELT leaves fields empty).
    pub fn accepts(&self, field: &str) -> bool {
        match self {
            ColumnType::Integer => field.is_empty() || field.parse::<i64>().is_ok(),
            ColumnType::Float => field.is_empty() || field.parse::<f64>().is_ok(),
            ColumnType::String => !field.contains(['\t', '\n']),
        }
    }
}

/// GDELT column names and types, in order.
pub const GDELT_EVENTS_COLUMNS: [(&str, ColumnType); 61] = [
    ("GLOBALEVENTID", ColumnType::Integer),
    ("SQLDATE", ColumnType::Integer),
    ("MonthYear", ColumnType::Integer),
    ("Year", ColumnType::Integer),
    ("FractionDate", ColumnType::Float),
    ("Actor1Code", ColumnType::String),
    ("Actor1Name", ColumnType::String),
    ("Actor1CountryCode", ColumnType::String),
    ("Actor1KnownGroupCode", ColumnType::String),
    ("Actor1EthnicCode", ColumnType::String),
    ("Actor1Religion1Code", ColumnType::String),
    ("Actor1Religion2Code", ColumnType::String),
    ("Actor1Type1Code", ColumnType::String),
    ("Actor1Type2Code", ColumnType::String),
    ("Actor1Type3Code", ColumnType::String),
    ("Actor2Code", ColumnType::String),
    ("Actor2Name", ColumnType::String),
    ("Actor2CountryCode", ColumnType::String),
    ("Actor2KnownGroupCode", ColumnType::String),
    ("Actor2EthnicCode", ColumnType::String),
    ("Actor2Religion1Code", ColumnType::String),
    ("Actor2Religion2Code", ColumnType::String),
    ("Actor2Type1Code", ColumnType::String),
    ("Actor2Type2Code", ColumnType::String),
    ("Actor2Type3Code", ColumnType::String),
    ("IsRootEvent", ColumnType::Integer),
    ("EventCode", ColumnType::String),
    ("EventBaseCode", ColumnType::String),
    ("EventRootCode", ColumnType::String),
    ("QuadClass", ColumnType::Integer),
    ("GoldsteinScale", ColumnType::Float),
    ("NumMentions", ColumnType::Integer),
    ("NumSources", ColumnType::Integer),
    ("NumArticles", ColumnType::Integer),
    ("AvgTone", ColumnType::Float),
    ("Actor1Geo_Type", ColumnType::Integer),
    ("Actor1Geo_FullName", ColumnType::String),
    ("Actor1Geo_CountryCode", ColumnType::String),
    ("Actor1Geo_ADM1Code", ColumnType::String),
    ("Actor1Geo_ADM2Code", ColumnType::String),
    ("Actor1Geo_Lat", ColumnType::Float),
    ("Actor1Geo_Long", ColumnType::Float),
    ("Actor1Geo_FeatureID", ColumnType::String),
    ("Actor2Geo_Type", ColumnType::Integer),
    ("Actor2Geo_FullName", ColumnType::String),
    ("Actor2Geo_CountryCode", ColumnType::String),
    ("Actor2Geo_ADM1Code", ColumnType::String),
    ("Actor2Geo_ADM2Code", ColumnType::String),
    ("Actor2Geo_Lat", ColumnType::Float),
    ("Actor2Geo_Long", ColumnType::Float),
    ("Actor2Geo_FeatureID", ColumnType::String),
    ("ActionGeo_Type", ColumnType::Integer),
    ("ActionGeo_FullName", ColumnType::String),
    ("ActionGeo_CountryCode", ColumnType::String),
    ("ActionGeo_ADM1Code", ColumnType::String),
    ("ActionGeo_ADM2Code", ColumnType::String),
    ("ActionGeo_Lat", ColumnType::Float),
    ("ActionGeo_Long", ColumnType::Float),
    ("ActionGeo_FeatureID", ColumnType::String),
    ("DATEADDED", ColumnType::Integer),
    ("SOURCEURL", ColumnType::String),
];

/// GDELT column names and types, in order.
pub const GDELT_MENTIONS_COLUMNS: [(&str, ColumnType); 16] = [
    ("GLOBALEVENTID", ColumnType::Integer),
    ("EventTimeDate", ColumnType::Integer),
    ("MentionTimeDate", ColumnType::Integer),
    ("MentionType", ColumnType::Integer),
    ("MentionSourceName", ColumnType::String),
    ("MentionIdentifier", ColumnType::String),
    ("SentenceID", ColumnType::Integer),
    ("Actor1CharOffset", ColumnType::Integer),
    ("Actor2CharOffset", ColumnType::Integer),
    ("ActionCharOffset", ColumnType::Integer),
    ("InRawText", ColumnType::Integer),
    ("Confidence", ColumnType::Integer),
    ("MentionDocLen", ColumnType::Integer),
    ("MentionDocTone", ColumnType::Float),
    ("MentionDocTranslationInfo", ColumnType::String),
    ("Extras", ColumnType::String),
];

/// GDELT column names and types, in order.
pub const GDELT_GKG_COLUMNS: [(&str, ColumnType); 27] = [
    ("GKGRECORDID", ColumnType::String),
    ("DATE", ColumnType::Integer),
    ("SourceCollectionIdentifier", ColumnType::Integer),
    ("SourceCommonName", ColumnType::String),
    ("DocumentIdentifier", ColumnType::String),
    ("Counts", ColumnType::String),
    ("V2Counts", ColumnType::String),
    ("Themes", ColumnType::String),
    ("V2Themes", ColumnType::String),
    ("Locations", ColumnType::String),
    ("V2Locations", ColumnType::String),
    ("Persons", ColumnType::String),
    ("V2Persons", ColumnType::String),
    ("Organizations", ColumnType::String),
    ("V2Organizations", ColumnType::String),
    ("V2Tone", ColumnType::String),
    ("Dates", ColumnType::String),
    ("GCAM", ColumnType::String),
    ("SharingImage", ColumnType::String),
    ("RelatedImages", ColumnType::String),
    ("SocialImageEmbeds", ColumnType::String),
    ("SocialVideoEmbeds", ColumnType::String),
    ("Quotations", ColumnType::String),
    ("AllNames", ColumnType::String),
    ("Amounts", ColumnType::String),
    ("TranslationInfo", ColumnType::String),
    ("Extras", ColumnType::String),
];
