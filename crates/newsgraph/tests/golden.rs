//! Golden tests: the record for each example article in `examples/articles/` is a reviewed
//! snapshot (`tests/snapshots/`); any change in output shows as a diff.
//!
//! To review changes: `cargo insta review` (or `INSTA_UPDATE=always cargo test -p newsgraph
//! --test golden` and read the `git diff`).

use newsgraph::ingest::{ingest_bytes, IngestOptions, InputFormat};
use newsgraph::{Pipeline, PipelineConfig};
use std::path::PathBuf;

#[test]
fn example_articles() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/articles");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("examples/articles exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| InputFormat::from_path(p).is_some())
        .collect();
    files.sort();
    assert!(files.len() >= 12, "expected at least 12 example inputs, found {}", files.len());
    let pipeline = Pipeline::new(&PipelineConfig::default()).expect("dictionaries load");
    let opts = IngestOptions { default_date: Some("2025-06-01".into()), ..Default::default() };
    for f in files {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        let bytes = std::fs::read(&f).unwrap();
        for (i, result) in ingest_bytes(&bytes, InputFormat::from_path(&f), &name, &opts).into_iter().enumerate() {
            let article = result.unwrap_or_else(|e| panic!("example {name} must ingest: {e}"));
            let record = pipeline.analyze(article);
            let snap = if i == 0 { name.clone() } else { format!("{name}-{i}") };
            insta::assert_json_snapshot!(snap, record);
        }
    }
}
