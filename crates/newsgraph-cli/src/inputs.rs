//! Expanding the command line's inputs: files, directories (recursively), and `-`.

use newsgraph_core::ingest::{self, IngestOptions, InputFormat};
use newsgraph_core::{Article, IngestError, IngestErrorKind};
use std::io::Read;
use std::path::{Path, PathBuf};

/// One input to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// Standard input.
    Stdin,
    /// A file.
    File(PathBuf),
}

impl Input {
    /// The name used in messages.
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::File(p) => p.display().to_string(),
        }
    }
}

/// Extensions read when walking a directory.
fn is_article_file(p: &Path) -> bool {
    InputFormat::from_path(p).is_some()
}

/// A directory entry's file name, what walkdir's `sort_by_file_name` compares. An entry read
/// from a directory has the path `dir/name`, so on Unix its name is the bytes after the last
/// `/`, found without parsing the path into components as `DirEntry::file_name` does (sorting
/// a directory of a thousand files asks some twenty thousand times).
fn sort_name(e: &walkdir::DirEntry) -> &std::ffi::OsStr {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let path = e.path().as_os_str().as_bytes();
        let name = path.iter().rposition(|&c| c == b'/').map_or(path, |i| &path[i + 1..]);
        if !matches!(name, b"" | b"." | b"..") {
            return std::ffi::OsStr::from_bytes(name);
        }
    }
    e.file_name()
}

/// Expands paths: directories are walked recursively (sorted, hidden files skipped) and
/// keep only files with a known extension; files named explicitly are always read.
pub fn expand(paths: &[PathBuf]) -> (Vec<Input>, Vec<IngestError>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            inputs.push(Input::Stdin);
        } else if p.is_dir() {
            let walker = walkdir::WalkDir::new(p)
                .sort_by(|a, b| sort_name(a).cmp(sort_name(b)))
                .into_iter()
                .filter_entry(|e| e.depth() == 0 || !e.file_name().to_str().is_some_and(|n| n.starts_with('.')));
            for entry in walker {
                match entry {
                    Ok(e) if e.file_type().is_file() && is_article_file(e.path()) => inputs.push(Input::File(e.into_path())),
                    Ok(_) => {}
                    Err(e) => errors.push(IngestError::new(p.display().to_string(), IngestErrorKind::Io(e.to_string()))),
                }
            }
        } else if p.exists() {
            inputs.push(Input::File(p.clone()));
        } else {
            errors.push(IngestError::new(p.display().to_string(), IngestErrorKind::Io("no such file or directory".into())));
        }
    }
    (inputs, errors)
}

/// Reads and ingests one input.
pub fn read(input: &Input, format: Option<InputFormat>, opts: &IngestOptions) -> Vec<Result<Article, IngestError>> {
    let name = input.name();
    let bytes = match input {
        Input::Stdin => {
            let mut buf = Vec::new();
            if let Err(e) = std::io::stdin().lock().take(opts.max_bytes + 1).read_to_end(&mut buf) {
                return vec![Err(IngestError::new(name, IngestErrorKind::Io(e.to_string())))];
            }
            buf
        }
        Input::File(p) => {
            match std::fs::metadata(p) {
                Ok(m) if m.len() > opts.max_bytes => {
                    return vec![Err(IngestError::new(name, IngestErrorKind::TooLarge { size: m.len(), limit: opts.max_bytes }))]
                }
                Err(e) => return vec![Err(IngestError::new(name, IngestErrorKind::Io(e.to_string())))],
                _ => {}
            }
            match std::fs::read(p) {
                Ok(b) => b,
                Err(e) => return vec![Err(IngestError::new(name, IngestErrorKind::Io(e.to_string())))],
            }
        }
    };
    let format = format.or_else(|| match input {
        Input::File(p) => InputFormat::from_path(p),
        Input::Stdin => None,
    });
    ingest::ingest_vec(bytes, format, &name, opts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_name_is_the_file_name() {
        let dir = std::env::temp_dir().join(format!("newsgraph-sort-name-{}", std::process::id()));
        let sub = dir.join("b.dir");
        std::fs::create_dir_all(&sub).unwrap();
        for name in ["z.txt", "a b.txt", "é.txt", ".hidden", "A.TXT", "a.txt.bak"] {
            std::fs::write(dir.join(name), "x").unwrap();
        }
        std::fs::write(sub.join("c.txt"), "x").unwrap();
        for root in [dir.clone(), PathBuf::from(format!("{}/", dir.display())), dir.join("."), sub.join("..")] {
            for e in walkdir::WalkDir::new(&root).into_iter().flatten() {
                assert_eq!(sort_name(&e), e.file_name(), "{}", e.path().display());
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
