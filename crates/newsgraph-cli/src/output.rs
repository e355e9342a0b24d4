//! Output helpers: where records go, and how a closed pipe is recognised.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

/// Opens `--out FILE` or stdout, buffered.
pub fn open(out: Option<&Path>) -> anyhow::Result<Box<dyn Write>> {
    Ok(match out {
        Some(p) => Box::new(BufWriter::new(File::create(p).map_err(|e| anyhow::anyhow!("cannot create {}: {e}", p.display()))?)),
        None => Box::new(BufWriter::with_capacity(1 << 16, io::stdout().lock())),
    })
}

/// True when the error chain holds a broken pipe (the reader went away: `| head`).
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<io::Error>().is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<serde_json::Error>().is_some_and(|e| e.io_error_kind() == Some(io::ErrorKind::BrokenPipe))
    })
}
