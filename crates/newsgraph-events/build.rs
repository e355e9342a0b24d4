//! Embeds every `data/verbs/*.txt` file of the workspace as the built-in verb dictionary.

use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/verbs");
    println!("cargo:rerun-if-changed={}", dir.display());
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
}
