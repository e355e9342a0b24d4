//! GKG layer throughput on the Wikinews corpus (`../shared/corpora/wikinews-en/*.csv`; skipped when missing).
//!
//! `cargo bench -p newsgraph-gkg` reports MB/s of article text for the tone, places and amounts parts,
//! the whole gkg stage, and, for comparison, the events stage (no gkg part may cost more than it).
//! Records are first filled by the actors and quotes stages (and events, for the gkg stage), as in the
//! pipeline. Each benchmark first checks its counts, so a fast wrong answer fails.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsgraph::{Pipeline, PipelineConfig};
use newsgraph_core::{segment, Article, Document, Record, Stage};
use newsgraph_gkg::GkgStage;
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
        let Some(ti) = headers.iter().position(|h| h == "text") else { continue };
        for rec in r.records().flatten() {
            docs.push(segment::segment(Article::from_body(rec.get(ti).unwrap_or("").to_string())));
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
    let pipeline = Pipeline::new(&PipelineConfig::default()).expect("pipeline builds");
    let stages = pipeline.stages();
    let events_stage = stages.iter().find(|s| s.name() == "events").expect("an events stage");
    // Records as the events stage sees them (actors, quotes), and as the gkg stage sees them (+ events).
    let before_events: Vec<Record> = docs
        .iter()
        .map(|d| {
            let mut r = Record::new(d);
            for s in stages.iter().take_while(|s| s.name() != "events") {
                s.run(d, &mut r);
            }
            r
        })
        .collect();
    let before_gkg: Vec<Record> = docs
        .iter()
        .zip(&before_events)
        .map(|(d, r)| {
            let mut r = r.clone();
            events_stage.run(d, &mut r);
            r
        })
        .collect();
    let gkg = GkgStage::new();

    // Counts first.
    let (mut locations, mut amounts, mut words) = (0usize, 0usize, 0u64);
    for (d, r) in docs.iter().zip(&before_gkg) {
        let mut r = r.clone();
        gkg.run(d, &mut r);
        locations += r.locations.len();
        amounts += r.amounts.len();
        words += u64::from(r.tone.map_or(0, |t| t.word_count));
    }
    eprintln!("{} articles, {:.2} MB, {words} words, {locations} locations, {amounts} amounts", docs.len(), bytes as f64 / 1e6);
    assert!(words as usize >= 100 * docs.len(), "too few words: {words}");
    assert!(locations >= 5 * docs.len(), "too few locations: {locations} for {} articles", docs.len());
    assert!(amounts >= docs.len(), "too few amounts: {amounts} for {} articles", docs.len());

    let mut g = c.benchmark_group("gkg");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(20);
    let run = |f: &dyn Fn(&Document, &mut Record), recs: &[Record]| {
        let mut n = 0usize;
        for (d, r) in docs.iter().zip(recs) {
            let mut r = r.clone();
            f(d, &mut r);
            n += r.locations.len() + r.amounts.len() + r.events.len();
        }
        n
    };
    g.bench_function("clone_only", |b| b.iter(|| run(&|_, _| {}, &before_gkg)));
    g.bench_function("tone", |b| b.iter(|| run(&|d, r| gkg.run_tone(d, r), &before_gkg)));
    g.bench_function("places", |b| b.iter(|| run(&|d, r| gkg.run_places(d, r), &before_gkg)));
    g.bench_function("amounts", |b| b.iter(|| run(&|d, r| gkg.run_amounts(d, r), &before_gkg)));
    g.bench_function("gkg_stage", |b| b.iter(|| run(&|d, r| gkg.run(d, r), &before_gkg)));
    g.bench_function("events_stage", |b| b.iter(|| run(&|d, r| events_stage.run(d, r), &before_events)));
    g.finish();

    let mut g = c.benchmark_group("gkg_load");
    g.sample_size(10);
    g.bench_function("gazetteer_build", |b| {
        b.iter(|| {
            newsgraph_gkg::places::Gazetteer::from_sources(
                &[newsgraph_gkg::places::BUILTIN_LANDMARKS, newsgraph_gkg::places::BUILTIN_GAZETTEER],
                newsgraph_gkg::places::BUILTIN_STOPNAMES,
            )
            .map(|g| g.len())
        })
    });
    g.bench_function("lexicon_build", |b| b.iter(|| newsgraph_gkg::tone::ToneLexicon::builtin().len()));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
