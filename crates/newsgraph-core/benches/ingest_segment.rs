//! Ingest + segment throughput (MB/s) on the Wikinews corpus.
//!
//! `NEWSGRAPH_WIKINEWS=DIR` points at the corpus (default `../../../shared/corpora/wikinews-en`
//! relative to this crate); the benchmark is skipped when it is missing.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsgraph_core::ingest::{ingest_bytes, IngestOptions, InputFormat};
use newsgraph_core::segment::segment;
use std::path::PathBuf;

fn corpus() -> Vec<Vec<u8>> {
    let dir = std::env::var_os("NEWSGRAPH_WIKINEWS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/wikinews-en"));
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|rd| rd.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "csv")).collect())
        .unwrap_or_default();
    files.sort();
    files.into_iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

fn bench(c: &mut Criterion) {
    let files = corpus();
    if files.is_empty() {
        eprintln!("wikinews corpus not found; set NEWSGRAPH_WIKINEWS");
        return;
    }
    let bytes: usize = files.iter().map(Vec::len).sum();
    let opts = IngestOptions::default();
    // The corpus has 295 articles; a fast wrong answer must fail.
    let count: usize = files.iter().map(|f| ingest_bytes(f, Some(InputFormat::Csv), "bench", &opts).len()).sum();
    assert_eq!(count, 295, "expected 295 Wikinews articles");
    let mut g = c.benchmark_group("wikinews");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("ingest+segment", |b| {
        b.iter(|| {
            let mut sentences = 0;
            for f in &files {
                for a in ingest_bytes(f, Some(InputFormat::Csv), "bench", &opts).into_iter().flatten() {
                    sentences += segment(a).sentences.len();
                }
            }
            assert!(sentences > 5000);
            sentences
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
