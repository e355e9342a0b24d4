//! Embeds every `data/verbs/*.txt` file of the workspace as the built-in verb dictionary, and
//! compiles it once here (with the crate's own `src/dict.rs`) into `builtin_verbs.bin`, which
//! start-up decodes instead of parsing the text (see `src/dict_snapshot.rs`).

use std::path::Path;

// What `src/dict.rs` needs from the crate: `crate::fxhash` (newsgraph-core's hasher, std only).
#[allow(dead_code)]
#[path = "../newsgraph-core/src/fxhash.rs"]
mod fxhash;

#[allow(dead_code, unused_imports)]
#[path = "src/dict.rs"]
mod dict;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/verbs");
    println!("cargo:rerun-if-changed={}", dir.display());
    for f in ["src/dict.rs", "src/dict_snapshot.rs", "src/word_table.rs", "../newsgraph-core/src/fxhash.rs"] {
        println!("cargo:rerun-if-changed={f}");
    }
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.flatten()
                .filter_map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    (name.ends_with(".txt") && name.as_bytes().first().is_some_and(u8::is_ascii_digit)).then_some(name)
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut code =
        String::from("/// The built-in verb dictionary files: (name, text).\npub const BUILTIN_VERBS: &[(&str, &str)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", dir.join(f).display());
        code.push_str(&format!("    ({f:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/../../data/verbs/{f}\"))),\n"));
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("builtin_verbs.rs");
    std::fs::write(out, code).unwrap();

    // The compiled dictionary, as `EventStage::load` builds it from the files (in the same
    // order), optimized (sorting alternatives is idempotent, so the run-time `optimize` keeps
    // it). Empty when a file does not parse: the crate then parses at run time and reports it.
    let mut d = dict::VerbDictionary::new();
    let ok = files.iter().all(|f| std::fs::read_to_string(dir.join(f)).is_ok_and(|text| d.add_newsgraph(&text).is_ok()));
    let blob = if ok && !d.is_empty() {
        d.optimize();
        d.encode()
    } else {
        Vec::new()
    };
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("builtin_verbs.bin");
    std::fs::write(out, blob).unwrap();
}
