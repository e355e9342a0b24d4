//! The quote stage's share of the pipeline's time, on PolNeAR's dev texts (or any directory of
//! `.txt` articles given with `NEWSGRAPH_QUOTES_BENCH=DIR`); skipped when none are found.
//!
//! Three measurements: segmentation alone, segmentation + quotes, and the quote stage alone on
//! pre-segmented documents. The stage must stay under 20% of the pipeline's time.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsgraph_core::{segment, Article, Record, Stage};
use newsgraph_quotes::QuoteStage;
use std::path::PathBuf;

fn corpus() -> Vec<String> {
    let dir = std::env::var_os("NEWSGRAPH_QUOTES_BENCH")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/quotes/polnear/data/dev/text"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| rd.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect())
        .unwrap_or_default();
    files.sort();
    files.into_iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect()
}

fn bench(c: &mut Criterion) {
    let texts = corpus();
    if texts.is_empty() {
        eprintln!("no articles found; set NEWSGRAPH_QUOTES_BENCH");
        return;
    }
    let stage = QuoteStage::new();
    let bytes: usize = texts.iter().map(String::len).sum();
    let docs: Vec<_> = texts.iter().map(|t| segment::segment(Article::from_body(t.clone()))).collect();
    // A fast wrong answer must fail: PolNeAR dev yields well over 1,000 quotes.
    let count: usize = docs
        .iter()
        .map(|d| {
            let mut r = Record::new(d);
            stage.run(d, &mut r);
            r.quotes.len()
        })
        .sum();
    if std::env::var_os("NEWSGRAPH_QUOTES_BENCH").is_none() {
        assert!(count > 1000, "expected > 1000 quotes on PolNeAR dev, got {count}");
    }
    let mut g = c.benchmark_group("quotes");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("segment", |b| {
        b.iter(|| texts.iter().map(|t| segment::segment(Article::from_body(t.clone())).tokens.len()).sum::<usize>())
    });
    g.bench_function("segment+quotes", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| {
                    let d = segment::segment(Article::from_body(t.clone()));
                    let mut r = Record::new(&d);
                    stage.run(&d, &mut r);
                    r.quotes.len()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("quotes-stage-only", |b| b.iter(|| docs.iter().map(|d| stage.extract(d, &[]).0.len()).sum::<usize>()));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
