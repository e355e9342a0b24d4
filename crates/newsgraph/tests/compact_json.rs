//! `newsgraph_core::json::write_compact` (what `newsgraph analyze --format jsonl` writes) is
//! byte for byte `serde_json::to_writer` on real records: every example article, and the
//! bench corpus when it has been generated (`target/bench-ingest/corpus-1000`).

use newsgraph::ingest::{ingest_bytes, IngestOptions, InputFormat};
use newsgraph::{Pipeline, PipelineConfig};
use std::path::{Path, PathBuf};

fn inputs(dir: &Path, limit: usize) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.flatten().map(|e| e.path()).filter(|p| InputFormat::from_path(p).is_some()).collect())
        .unwrap_or_default();
    files.sort();
    files.truncate(limit);
    files
}

#[test]
fn compact_output_equals_serde_json() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = inputs(&root.join("examples/articles"), usize::MAX);
    assert!(files.len() >= 12);
    files.extend(inputs(&root.join("target/bench-ingest/corpus-1000"), 200));
    let pipeline = Pipeline::new(&PipelineConfig::default()).expect("dictionaries load");
    let opts = IngestOptions::default();
    let (mut ours, mut n) = (Vec::new(), 0);
    for f in files {
        let bytes = std::fs::read(&f).unwrap();
        for article in ingest_bytes(&bytes, InputFormat::from_path(&f), &f.display().to_string(), &opts).into_iter().flatten() {
            let record = pipeline.analyze(article);
            ours.clear();
            newsgraph::core::json::write_compact(&mut ours, &record).unwrap();
            let theirs = serde_json::to_vec(&record).unwrap();
            assert!(ours == theirs, "{}: compact JSON differs from serde_json's", f.display());
            n += 1;
        }
    }
    assert!(n >= 12);
}
