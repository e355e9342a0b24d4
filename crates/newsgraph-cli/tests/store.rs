//! The corpus commands end to end: ingest, re-ingest, kill -9 mid-ingest and resume,
//! export in the GDELT layouts and read back, query and stats.

use newsgraph_store::export::{ColumnType, GDELT_EVENTS_COLUMNS, GDELT_GKG_COLUMNS, GDELT_MENTIONS_COLUMNS};
use newsgraph_store::{Counts, Store};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsgraph"))
}

fn tmpdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("newsgraph-store-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn examples() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/articles")
}

fn run(args: &[&str]) -> Output {
    let out = bin().args(args).output().expect("run newsgraph");
    assert!(out.status.code().is_some_and(|c| c <= 1), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    out
}

fn counts(db: &Path) -> Counts {
    Store::open(db).unwrap().counts().unwrap()
}

#[test]
fn ingest_reingest_export_query() {
    let d = tmpdir("examples");
    let db = d.join("n.db");
    let dbs = db.to_str().unwrap();
    let ex = examples();
    let out = run(&["ingest", ex.to_str().unwrap(), "--db", dbs, "--quiet"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let first = counts(&db);
    assert!(first.articles >= 14, "{first:?}");
    // Re-ingesting stores nothing twice.
    let out = run(&["ingest", ex.to_str().unwrap(), "--db", dbs, "--quiet"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("stored 0 articles"));
    assert_eq!(counts(&db), first);
    assert!(Store::open(&db).unwrap().check().unwrap().is_empty());

    // Every GDELT layout reads back with its column list and types.
    for (format, columns, rows) in [
        ("gdelt-events", &GDELT_EVENTS_COLUMNS[..], first.events),
        ("gdelt-mentions", &GDELT_MENTIONS_COLUMNS[..], first.event_mentions),
        ("gdelt-gkg", &GDELT_GKG_COLUMNS[..], first.articles),
    ] {
        let out = run(&["export", "--db", dbs, "--format", format]);
        let text = String::from_utf8(out.stdout).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        if format != "gdelt-mentions" {
            assert_eq!(lines.len() as u64, rows, "{format}");
        } else {
            assert!(lines.len() as u64 <= rows, "{format}");
        }
        for line in lines {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), columns.len(), "{format}: {line}");
            for (f, (name, ty)) in fields.iter().zip(columns) {
                assert!(ty.accepts(f), "{format} column {name} ({ty:?}) has {f:?}");
            }
        }
    }
    // Parquet reads back with one row per merged event.
    let pq = d.join("events.parquet");
    run(&["export", "--db", dbs, "--format", "parquet", "--out", pq.to_str().unwrap()]);
    let file = std::fs::File::open(&pq).unwrap();
    let reader = parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(file).unwrap().build().unwrap();
    let n: usize = reader.map(|b| b.unwrap().num_rows()).sum();
    assert_eq!(n as u64, first.events);
    // JSONL: one event per line, each with its mentions.
    let out = run(&["export", "--db", dbs, "--format", "jsonl"]);
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(!v["mentions"].as_array().unwrap().is_empty());
    }
    // Queries and stats run and print.
    for args in [
        vec!["query", "events", "--db", dbs, "--format", "json"],
        vec!["query", "quotes", "--db", dbs, "--format", "csv"],
        vec!["query", "actors", "--db", dbs],
        vec!["stats", "--db", dbs],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
    }
    let out = run(&["stats", "--db", dbs, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["counts"]["articles"].as_u64(), Some(first.articles));
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn kill_9_mid_ingest_then_resume_gives_exact_counts() {
    let d = tmpdir("kill");
    let corpus = d.join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    let base = std::fs::read_to_string(examples().join("01-brazil-wto-tariffs.txt")).unwrap();
    for i in 0..1500 {
        // Each article differs, so each has its own content hash.
        let text = base.replacen("Brazil has criticised", &format!("In report {i}, Brazil has criticised"), 1);
        std::fs::write(corpus.join(format!("a{i:05}.txt")), text).unwrap();
    }
    let (killed, clean) = (d.join("killed.db"), d.join("clean.db"));
    let mut child = bin()
        .args(["ingest", corpus.to_str().unwrap(), "--db", killed.to_str().unwrap(), "--quiet", "--batch", "20"])
        .spawn()
        .unwrap();
    // Wait until some batches are committed, then kill -9 (SIGKILL) in the middle of the run.
    let started = Instant::now();
    loop {
        std::thread::sleep(Duration::from_millis(20));
        let n = Store::open(&killed).ok().and_then(|s| s.counts().ok()).map(|c| c.articles).unwrap_or(0);
        if n >= 40 || started.elapsed() > Duration::from_secs(120) {
            break;
        }
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let partial = counts(&killed);
    assert!(partial.articles < 1500, "the run was killed before it finished ({partial:?})");
    assert!(Store::open(&killed).unwrap().check().unwrap().is_empty());
    // Resume, and compare with an uninterrupted run.
    run(&["ingest", corpus.to_str().unwrap(), "--db", killed.to_str().unwrap(), "--quiet"]);
    run(&["ingest", corpus.to_str().unwrap(), "--db", clean.to_str().unwrap(), "--quiet"]);
    let (resumed, whole) = (counts(&killed), counts(&clean));
    assert_eq!(resumed.articles, 1500);
    assert_eq!(resumed, whole);
    assert!(Store::open(&killed).unwrap().check().unwrap().is_empty());
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn gdelt_column_lists_match_the_codebook_files_when_present() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/events/gdelt");
    let read = |f: &str| -> Option<Vec<(String, String)>> {
        let text = std::fs::read_to_string(dir.join(f)).ok()?;
        Some(
            text.lines()
                .skip(1)
                .map(|l| {
                    let c: Vec<&str> = l.split('\t').collect();
                    (c[1].to_string(), c[2].to_string())
                })
                .collect(),
        )
    };
    let ty = |t: ColumnType| match t {
        ColumnType::Integer => "INTEGER",
        ColumnType::Float => "FLOAT",
        ColumnType::String => "STRING",
    };
    for (file, ours) in
        [("gdelt2_events_columns.tsv", &GDELT_EVENTS_COLUMNS[..]), ("gdelt2_mentions_columns.tsv", &GDELT_MENTIONS_COLUMNS[..])]
    {
        let Some(theirs) = read(file) else {
            eprintln!("{} not found; skipping", dir.display());
            return;
        };
        let ours: Vec<(String, String)> = ours.iter().map(|(n, t)| (n.to_string(), ty(*t).to_string())).collect();
        assert_eq!(ours, theirs, "{file}");
    }
}
