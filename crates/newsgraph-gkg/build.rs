//! Computes the tables of the built-in gazetteer (`data/places/landmarks.tsv`, then
//! `data/places/gazetteer.tsv`) at compile time, with the same code the crate uses for
//! gazetteers given as text (`src/places_table.rs`, first words keyed by their Fx hash), and
//! writes them in compact form to `$OUT_DIR/gazetteer.bin` for `Gazetteer::builtin`. If the files do not parse, it writes an
//! empty file and the crate parses the text at run time instead (and reports the error there).

// What `src/places_table.rs` needs from the crate: `crate::fxhash` (newsgraph-core's hasher, std only).
#[allow(dead_code)]
#[path = "../newsgraph-core/src/fxhash.rs"]
mod fxhash;

#[allow(dead_code)]
#[path = "src/places_table.rs"]
mod places_table;

use std::collections::hash_map::RandomState;
use std::path::Path;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&manifest).join("../../data/places");
    println!("cargo:rerun-if-changed=src/places_table.rs");
    println!("cargo:rerun-if-changed=../newsgraph-core/src/fxhash.rs");
    let mut texts = Vec::new();
    for f in ["landmarks.tsv", "gazetteer.tsv"] {
        let path = dir.join(f);
        println!("cargo:rerun-if-changed={}", path.display());
        texts.push(std::fs::read_to_string(&path).unwrap_or_default());
    }
    let mut rows = Vec::new();
    let mut surfaces = Vec::new();
    let parsed = texts.iter().try_for_each(|t| places_table::parse_rows(t, &mut rows, &mut surfaces));
    let blob = match parsed {
        Ok(()) => {
            let names = places_table::names::<RandomState>(&surfaces);
            // Grouped by first-word hash, as `Gazetteer::from_sources` groups them.
            let (groups, order) = places_table::group_by_first_word::<u64, RandomState>(&names, places_table::word_hash);
            places_table::encoding::encode(&rows, &names, &groups, &order)
        }
        Err(_) => Vec::new(),
    };
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("gazetteer.bin");
    std::fs::write(out, blob).expect("writing gazetteer.bin");
}
