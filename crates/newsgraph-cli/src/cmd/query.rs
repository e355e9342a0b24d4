//! `newsgraph query events|quotes|actors` and `newsgraph stats`.

use super::ExitStatus;
use crate::output;
use newsgraph_store::query::{self, ActorFilter, EventFilter, QuoteFilter, Table};
use std::io::Write;
use std::path::PathBuf;

/// Output formats for query results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// An aligned text table.
    Table,
    /// A JSON array of objects.
    Json,
    /// CSV with a header row.
    Csv,
}

/// What to query.
#[derive(Debug, clap::Subcommand)]
pub enum What {
    /// Merged events (most mentioned first).
    Events {
        /// Source actor code prefix (CHN matches CHNGOV).
        #[arg(long)]
        actor: Option<String>,
        /// Target actor code prefix.
        #[arg(long)]
        target: Option<String>,
        /// CAMEO code prefix (11 matches 111, 112, …).
        #[arg(long)]
        code: Option<String>,
        /// CAMEO root code (19).
        #[arg(long)]
        root: Option<String>,
    },
    /// Quotes (newest first).
    Quotes {
        /// Speaker name contains this.
        #[arg(long)]
        speaker: Option<String>,
        /// Speaker's actor code prefix.
        #[arg(long)]
        actor: Option<String>,
        /// Full-text search over quote text (SQLite FTS5 syntax: words, "phrases", OR, NOT).
        #[arg(long)]
        text: Option<String>,
    },
    /// Actors (most mentioned first).
    Actors {
        /// Actor code prefix.
        #[arg(long)]
        code: Option<String>,
        /// Kind: country, region, igo, person, organization, agent, group.
        #[arg(long)]
        kind: Option<String>,
        /// Name contains this.
        #[arg(long)]
        name: Option<String>,
    },
}

/// Arguments of `newsgraph query`.
#[derive(Debug, clap::Args)]
#[command(after_help = "\
Examples:
  newsgraph query events --actor RUS --root 19 --since 2025-01-01
  newsgraph query quotes --text '\"red line\"' --format json
  newsgraph query actors --kind person --limit 20")]
pub struct Args {
    #[command(subcommand)]
    what: What,
    /// The database file.
    #[arg(long, global = true, default_value = "newsgraph.db", value_name = "FILE")]
    db: PathBuf,
    /// First day (YYYY-MM-DD).
    #[arg(long, global = true)]
    since: Option<String>,
    /// Last day (YYYY-MM-DD).
    #[arg(long, global = true)]
    until: Option<String>,
    /// Maximum rows.
    #[arg(long, global = true, default_value_t = 50)]
    limit: usize,
    /// Output format.
    #[arg(long, short, global = true, value_enum, default_value_t = Format::Table)]
    format: Format,
}

/// Runs a query.
pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    let store = super::export::open_existing(&args.db)?;
    let since = super::analyze::parse_date(args.since.as_deref())?;
    let until = super::analyze::parse_date(args.until.as_deref())?;
    let table = match args.what {
        What::Events { actor, target, code, root } => {
            query::events(&store, &EventFilter { actor, target, code, root, since, until, limit: args.limit })?
        }
        What::Quotes { speaker, actor, text } => {
            query::quotes(&store, &QuoteFilter { speaker, actor, text, since, until, limit: args.limit })?
        }
        What::Actors { code, kind, name } => query::actors(&store, &ActorFilter { code, kind, name, limit: args.limit })?,
    };
    let mut out = output::open(None)?;
    print_table(&mut out, &table, args.format)?;
    out.flush()?;
    Ok(ExitStatus::Success)
}

/// Arguments of `newsgraph stats`.
#[derive(Debug, clap::Args)]
pub struct StatsArgs {
    /// The database file.
    #[arg(long, default_value = "newsgraph.db", value_name = "FILE")]
    db: PathBuf,
    /// Rows in the "top" lists.
    #[arg(long, default_value_t = 10)]
    top: usize,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    format: Format,
}

/// Runs `newsgraph stats`.
pub fn stats(args: StatsArgs) -> anyhow::Result<ExitStatus> {
    let store = super::export::open_existing(&args.db)?;
    let counts = store.counts()?;
    let mut out = output::open(None)?;
    let sections = query::stats(&store, args.top)?;
    if args.format == Format::Json {
        let v = serde_json::json!({
            "counts": counts,
            "sections": sections.iter().map(|(n, t)| serde_json::json!({"name": n, "rows": t.to_objects()})).collect::<Vec<_>>(),
        });
        serde_json::to_writer_pretty(&mut out, &v)?;
        writeln!(out)?;
    } else {
        writeln!(
            out,
            "{} articles, {} actor mentions, {} quotes, {} events from {} event mentions\n",
            counts.articles, counts.actors, counts.quotes, counts.events, counts.event_mentions
        )?;
        for (name, t) in &sections {
            writeln!(out, "## {name}")?;
            print_table(&mut out, t, args.format)?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    Ok(ExitStatus::Success)
}

fn cell(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn print_table(out: &mut dyn Write, t: &Table, format: Format) -> anyhow::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &t.to_objects())?;
            writeln!(out)?;
        }
        Format::Csv => {
            let esc = |s: String| {
                if s.contains([',', '"', '\n']) {
                    format!("\"{}\"", s.replace('"', "\"\""))
                } else {
                    s
                }
            };
            writeln!(out, "{}", t.columns.join(","))?;
            for r in &t.rows {
                writeln!(out, "{}", r.iter().map(|v| esc(cell(v))).collect::<Vec<_>>().join(","))?;
            }
        }
        Format::Table => {
            const MAX: usize = 60;
            let cells: Vec<Vec<String>> = t
                .rows
                .iter()
                .map(|r| {
                    r.iter()
                        .map(|v| {
                            let s = cell(v).replace('\n', " ");
                            if s.chars().count() > MAX {
                                s.chars().take(MAX - 1).collect::<String>() + "…"
                            } else {
                                s
                            }
                        })
                        .collect()
                })
                .collect();
            let mut widths: Vec<usize> = t.columns.iter().map(|c| c.chars().count()).collect();
            for r in &cells {
                for (w, c) in widths.iter_mut().zip(r) {
                    *w = (*w).max(c.chars().count());
                }
            }
            let line = |vals: &[String]| -> String {
                vals.iter().zip(&widths).map(|(v, w)| format!("{v:<w$}")).collect::<Vec<_>>().join("  ").trim_end().to_string()
            };
            writeln!(out, "{}", line(&t.columns))?;
            writeln!(out, "{}", widths.iter().map(|w| "─".repeat(*w)).collect::<Vec<_>>().join("  "))?;
            for r in &cells {
                writeln!(out, "{}", line(r))?;
            }
            if t.rows.is_empty() {
                writeln!(out, "(no rows)")?;
            }
        }
    }
    Ok(())
}
