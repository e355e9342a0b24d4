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
            // What `p.display().to_string()` gives (invalid UTF-8 as U+FFFD, one per invalid
            // sequence), without the formatting machinery: it is asked once per input.
            Input::File(p) => p.to_string_lossy().into_owned(),
        }
    }
}

/// Extensions read when walking a directory.
fn is_article_file(p: &Path) -> bool {
    InputFormat::from_path(p).is_some()
}

/// A directory entry's file name, what `DirEntry::file_name` gives: on Unix the bytes after the
/// last `/` of its path (`dir/name`), found without parsing the path into components.
fn entry_name(e: &walkdir::DirEntry) -> &std::ffi::OsStr {
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
                // By file name, as walkdir's `sort_by_file_name`: the entries sorted together are
                // one directory's, whose paths are that directory's path (the same bytes for all
                // of them) joined with their names, so comparing the paths compares the names,
                // without finding where each name starts (a directory of a thousand files is
                // sorted with some twenty thousand comparisons).
                .sort_by(|a, b| a.path().as_os_str().cmp(b.path().as_os_str()))
                .into_iter()
                .filter_entry(|e| e.depth() == 0 || !entry_name(e).to_str().is_some_and(|n| n.starts_with('.')));
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
        Input::File(p) => match read_file(p, opts.max_bytes) {
            Ok(b) => b,
            Err(kind) => return vec![Err(IngestError::new(name, kind))],
        },
    };
    let format = format.or_else(|| match input {
        Input::File(p) => InputFormat::from_path(p),
        Input::Stdin => None,
    });
    ingest::ingest_vec(bytes, format, &name, opts)
}

/// A file's bytes, unless it is larger than `max_bytes`. The file is opened once and its size
/// taken from the open file (one `fstat`), where `fs::metadata` and then `fs::read` looked the
/// path up twice and asked for the size twice.
fn read_file(p: &Path, max_bytes: u64) -> Result<Vec<u8>, IngestErrorKind> {
    let io = |e: std::io::Error| IngestErrorKind::Io(e.to_string());
    let file = std::fs::File::open(p).map_err(io)?;
    let size = file.metadata().map_err(io)?.len();
    if size > max_bytes {
        return Err(IngestErrorKind::TooLarge { size, limit: max_bytes });
    }
    // The size is a hint: a file that grows while it is read (or has no size, as a FIFO) is read
    // up to one byte past the limit, and ingest rejects it as too large.
    let mut buf = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(max_bytes.saturating_add(1)).read_to_end(&mut buf).map_err(io)?;
    Ok(buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_name_is_the_file_name() {
        let dir = std::env::temp_dir().join(format!("newsgraph-sort-name-{}", std::process::id()));
        let sub = dir.join("b.dir");
        std::fs::create_dir_all(&sub).unwrap();
        for name in ["z.txt", "a b.txt", "é.txt", ".hidden", "A.TXT", "a.txt.bak"] {
            std::fs::write(dir.join(name), "x").unwrap();
        }
        std::fs::write(sub.join("c.txt"), "x").unwrap();
        for root in [dir.clone(), PathBuf::from(format!("{}/", dir.display())), dir.join("."), sub.join("..")] {
            for e in walkdir::WalkDir::new(&root).into_iter().flatten() {
                assert_eq!(entry_name(&e), e.file_name(), "{}", e.path().display());
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn read_checks_the_size_of_the_open_file() {
        let dir = std::env::temp_dir().join(format!("newsgraph-read-size-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("a.txt");
        std::fs::write(&path, "Title\n\nBody text.").unwrap();
        let input = Input::File(path.clone());
        let opts = |max_bytes| IngestOptions { default_date: None, max_bytes };
        let article = read(&input, None, &opts(17)).remove(0).unwrap();
        assert_eq!(article.body, "Body text.");
        assert_eq!(article.origin.as_deref(), Some(input.name().as_str()));
        match read(&input, None, &opts(16)).remove(0) {
            Err(e) => assert!(matches!(e.kind, IngestErrorKind::TooLarge { size: 17, limit: 16 }), "{e:?}"),
            Ok(a) => panic!("{a:?}"),
        }
        assert!(matches!(
            read(&Input::File(dir.join("missing.txt")), None, &opts(17)).remove(0),
            Err(IngestError { kind: IngestErrorKind::Io(_), .. })
        ));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn expand_sorts_as_walkdir_sorts_by_file_name() {
        let dir = std::env::temp_dir().join(format!("newsgraph-expand-order-{}", std::process::id()));
        let names =
            ["b.txt", "a.txt", "a b.txt", "ab.txt", "a-b.txt", "A.txt", "é.txt", "e.txt", "z.json", ".hidden.txt", "x.bak"];
        for sub in ["", "a", "a b", "a.txt.d", "Z", ".git"] {
            std::fs::create_dir_all(dir.join(sub)).unwrap();
            for name in names {
                std::fs::write(dir.join(sub).join(name), "x").unwrap();
            }
        }
        for root in [dir.clone(), PathBuf::from(format!("{}/", dir.display())), dir.join("a").join("..")] {
            let expected: Vec<Input> = walkdir::WalkDir::new(&root)
                .sort_by_file_name()
                .into_iter()
                .filter_entry(|e| e.depth() == 0 || !e.file_name().to_str().is_some_and(|n| n.starts_with('.')))
                .flatten()
                .filter(|e| e.file_type().is_file() && is_article_file(e.path()))
                .map(|e| Input::File(e.into_path()))
                .collect();
            let (got, errors) = expand(std::slice::from_ref(&root));
            assert!(errors.is_empty());
            assert_eq!(got.len(), 5 * 9, "{got:?}");
            assert_eq!(got, expected);
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
