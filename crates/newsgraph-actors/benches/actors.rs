//! Dictionary load and matching throughput on the Wikinews corpus
//! (`../shared/corpora/wikinews-en/*.csv`; skipped when missing).
//!
//! `cargo bench -p newsgraph-actors` reports MB/s of article text for
//! - `dictionary_matching`: normalising the tokens and running the name and agent automata;
//! - `actors_stage`: the whole stage (matching, composition, people, coreference);
//! - `load_builtin`: the built-in dictionaries and their matcher, decoded from the snapshot
//!   build.rs writes (what start-up does);
//! - `load_from_files`: the same parsed from the TSV files and compiled (start-up before the
//!   snapshot, and still the work when user dictionaries are added).
//!
//! Each benchmark first checks its count of matches, so a fast wrong answer fails.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsgraph_actors::ActorStage;
use newsgraph_core::{segment, Article, Document};
use std::path::PathBuf;

fn corpus() -> Vec<Document> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/wikinews-en");
    let mut docs = Vec::new();
    let Ok(rd) = std::fs::read_dir(&dir) else { return docs };
    let mut files: Vec<PathBuf> = rd.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "csv")).collect();
    files.sort();
    for f in files {
        let Ok(mut r) = csv::Reader::from_path(&f) else { continue };
        let headers = r.headers().cloned().unwrap_or_default();
        let col = |name: &str| headers.iter().position(|h| h == name);
        let (Some(ti), Some(di)) = (col("text"), col("date")) else { continue };
        for rec in r.records().flatten() {
            let mut a = Article::from_body(rec.get(ti).unwrap_or("").to_string());
            a.date = rec.get(di).map(|d| d.chars().take(10).collect());
            docs.push(segment::segment(a));
        }
    }
    docs
}

fn bench(c: &mut Criterion) {
    let docs = corpus();
    if docs.is_empty() {
        eprintln!("skipped: ../shared/corpora/wikinews-en not found");
        return;
    }
    let bytes: usize = docs.iter().map(|d| d.body().len()).sum();
    let stage = ActorStage::load(true, &[], &[]).expect("built-in dictionaries load");

    // Counts first: a fast wrong answer must fail.
    let hits: usize = docs.iter().map(|d| stage.dictionary_hits(d)).sum();
    let mentions: usize = docs.iter().map(|d| stage.actors(d).len()).sum();
    eprintln!("{} articles, {:.2} MB, {hits} dictionary hits, {mentions} mentions", docs.len(), bytes as f64 / 1e6);
    if stage.dictionary().entries.len() > 1000 {
        // With the full built-in dictionaries: several hits and mentions per article.
        assert!(hits >= 10 * docs.len(), "too few dictionary hits: {hits} for {} articles", docs.len());
        assert!(mentions >= 8 * docs.len(), "too few mentions: {mentions} for {} articles", docs.len());
    }

    let mut g = c.benchmark_group("actors");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(20);
    g.bench_function("dictionary_matching", |b| b.iter(|| docs.iter().map(|d| stage.dictionary_hits(d)).sum::<usize>()));
    g.bench_function("actors_stage", |b| b.iter(|| docs.iter().map(|d| stage.actors(d).len()).sum::<usize>()));
    g.finish();

    let mut g = c.benchmark_group("load");
    g.sample_size(10);
    g.bench_function("load_builtin", |b| b.iter(|| ActorStage::load(true, &[], &[]).map(|s| s.dictionary().entries.len())));
    g.bench_function("load_from_files", |b| {
        b.iter(|| {
            let d =
                newsgraph_actors::Dictionary::load(&newsgraph_actors::builtin_sources(), false).expect("built-in dictionaries");
            ActorStage::with_dictionary(d, newsgraph_actors::Options::default()).dictionary().entries.len()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
