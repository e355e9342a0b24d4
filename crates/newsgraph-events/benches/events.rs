//! Events-stage and whole-pipeline throughput (sentences/s) on the Wikinews corpus.
//!
//! `NEWSGRAPH_WIKINEWS=DIR` points at the corpus (default `../../../shared/corpora/wikinews-en`
//! relative to this crate); the benchmark is skipped when it is missing.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsgraph_core::ingest::{ingest_bytes, IngestOptions, InputFormat};
use newsgraph_core::model::ActorMention;
use newsgraph_core::segment::segment;
use newsgraph_core::{Article, Document};
use newsgraph_events::EventStage;
use std::path::PathBuf;

/// (records read, articles ingested without error).
fn corpus() -> (usize, Vec<Article>) {
    let dir = std::env::var_os("NEWSGRAPH_WIKINEWS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/wikinews-en"));
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|rd| rd.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "csv")).collect())
        .unwrap_or_default();
    files.sort();
    let opts = IngestOptions::default();
    let results: Vec<_> = files
        .into_iter()
        .filter_map(|p| std::fs::read(p).ok())
        .flat_map(|b| ingest_bytes(&b, Some(InputFormat::Csv), "bench", &opts))
        .collect();
    (results.len(), results.into_iter().flatten().collect())
}

fn bench(c: &mut Criterion) {
    let (records, articles) = corpus();
    if records == 0 {
        eprintln!("wikinews corpus not found; set NEWSGRAPH_WIKINEWS");
        return;
    }
    // The corpus has 295 articles; a fast wrong answer must fail.
    assert_eq!(records, 295, "expected 295 Wikinews articles");
    let docs: Vec<Document> = articles.iter().cloned().map(segment).collect();
    let sentences: usize = docs.iter().map(|d| d.sentences.len()).sum();
    assert!(sentences > 5000, "{sentences} sentences");
    let actors_stage = newsgraph_actors::ActorStage::load(true, &[], &[]).unwrap();
    let actors: Vec<Vec<ActorMention>> = docs.iter().map(|d| actors_stage.actors(d)).collect();
    let stage = EventStage::load(true, &[]).unwrap();
    let events: usize = docs.iter().zip(&actors).map(|(d, a)| stage.code(d, a).len()).sum();
    eprintln!(
        "wikinews: {} articles, {sentences} sentences, {} actor mentions, {events} events",
        docs.len(),
        actors.iter().map(Vec::len).sum::<usize>()
    );
    let mut g = c.benchmark_group("wikinews");
    g.throughput(Throughput::Elements(sentences as u64));
    g.bench_function("events stage (sentences)", |b| {
        b.iter(|| {
            let n: usize = docs.iter().zip(&actors).map(|(d, a)| stage.code(d, a).len()).sum();
            assert_eq!(n, events);
            n
        })
    });
    let pipeline = newsgraph::Pipeline::new(&newsgraph::PipelineConfig::default()).unwrap();
    g.sample_size(10);
    g.bench_function("whole pipeline (sentences)", |b| {
        b.iter(|| {
            let n: usize = articles.iter().map(|a| pipeline.analyze(a.clone()).sentences.len()).sum();
            assert_eq!(n, sentences);
            n
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
