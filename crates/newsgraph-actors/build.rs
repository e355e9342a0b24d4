//! Embeds the built-in actor dictionaries (`data/actors/*.tsv` at the workspace root), and
//! compiles them once here into `builtin_actors.bin` (the dictionary and its matcher), which
//! start-up decodes instead of parsing the files and compiling the matcher (see
//! `src/snapshot.rs`).
//!
//! The files are written by hand and may not all exist yet: a missing file embeds as
//! empty text instead of failing the build, so the workspace always compiles.
//!
//! The snapshot is made with the crate's own code (`src/dict.rs`, `src/petrarch.rs`,
//! `src/cues.rs`, `src/matcher.rs`, `src/snapshot.rs`, compiled into this script) and
//! newsgraph-core (a build-dependency: the tokenizer and the types it writes), so that it is
//! exactly what run time would build; `snapshot_equals_the_files` in `src/lib.rs` checks it.

use std::path::PathBuf;

// The crate's modules, compiled into this script, name the crate `crate` (this script) and
// newsgraph-core `newsgraph_core` (a build-dependency).

#[allow(dead_code, unused_imports, clippy::all)]
#[path = "src/cues.rs"]
mod cues;
#[allow(dead_code, unused_imports, clippy::all)]
#[path = "src/dict.rs"]
mod dict;
#[allow(dead_code, unused_imports, clippy::all)]
#[path = "src/matcher.rs"]
mod matcher;
#[allow(dead_code, unused_imports, clippy::all)]
#[path = "src/petrarch.rs"]
mod petrarch;
#[allow(dead_code, unused_imports, clippy::all)]
#[path = "src/snapshot.rs"]
mod snapshot;

/// What `src/dict.rs` reports (the crate's `Error`, as far as loading uses it).
#[allow(dead_code)]
#[derive(Debug)]
enum Error {
    Dictionary { path: PathBuf, line: usize, reason: String },
}

/// The files of `data/actors/`, in the order `dict::builtin_sources_of` takes their texts.
const FILES: [&str; 6] = ["countries.tsv", "regions.tsv", "igos.tsv", "agents.tsv", "organizations.tsv", "people.tsv"];

/// The code that the snapshot is made with (besides the data files).
const CODE: &[&str] = &[
    "src/cues.rs",
    "src/dict.rs",
    "src/matcher.rs",
    "src/petrarch.rs",
    "src/snapshot.rs",
    "data/cues.txt",
    "data/given_names.tsv",
    "data/places.tsv",
    "data/igos_extra.tsv",
    "data/agents_conventions.tsv",
    "../../data/segment/abbreviations.txt",
];

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let dir = manifest.join("../../data/actors");
    println!("cargo:rerun-if-changed={}", dir.display());
    for f in CODE {
        println!("cargo:rerun-if-changed={}", manifest.join(f).display());
    }
    let mut out = String::from(
        "/// The texts of `data/actors/` (see `dict::builtin_sources_of`).\npub(crate) const TEXTS: [&str; 6] = [\n",
    );
    let mut texts: Vec<String> = Vec::new();
    for file in FILES {
        let path = dir.join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        if path.is_file() {
            let abs = path.canonicalize().unwrap_or(path);
            out.push_str(&format!("    include_str!({:?}),\n", abs.display().to_string()));
            texts.push(std::fs::read_to_string(&abs).unwrap_or_default());
        } else {
            out.push_str("    \"\",\n");
            texts.push(String::new());
        }
    }
    out.push_str("];\n");
    std::fs::write(out_dir.join("builtin.rs"), out).expect("writing builtin.rs");
    std::fs::write(out_dir.join("builtin_actors.bin"), snapshot_of(texts)).expect("writing builtin_actors.bin");
}

/// The snapshot of the built-in dictionaries as `ActorStage::load` reads them (empty when
/// they do not load: start-up then reads the files and reports the problem).
fn snapshot_of(texts: Vec<String>) -> Vec<u8> {
    // The texts live as long as the script (the sources borrow them for `'static`).
    let texts: Vec<&'static str> = texts.into_iter().map(|t| &*Box::leak(t.into_boxed_str())).collect();
    let Ok(texts) = <[&'static str; 6]>::try_from(texts) else { return Vec::new() };
    match dict::Dictionary::load(&dict::builtin_sources_of(texts), false) {
        Ok(d) => snapshot::encode(&d, &matcher::Matcher::new(&d)),
        Err(_) => Vec::new(),
    }
}
