//! `newsgraph eval html --benchmark DIR [--trafilatura DIR]`: HTML main-content extraction scores.
//!
//! `--benchmark`: the article-extraction-benchmark (`ground-truth.json`, `html/{id}.html[.gz]`), scored with its
//! own metric (word 4-gram shingles, P and R averaged over pages, F1 of the averages).
//! `--trafilatura`: trafilatura's evaluation set (`evaldata_en_subset.json` or `evaldata_full.json`, pages in
//! `html-en/` or beside the JSON file), scored by `with`/`without` snippets. The scoring is in
//! `newsgraph_core::eval_html`.

use super::ExitStatus;
use anyhow::Context;
use newsgraph_core::eval_html::{
    maybe_gunzip, parse_ground_truth, parse_snippet_cases, ExtractionSummary, ShingleScore, SnippetScore,
};
use newsgraph_core::ingest::{ingest_bytes, IngestOptions, InputFormat};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Arguments.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The article-extraction-benchmark directory, e.g. ../shared/eval/extraction/article-extraction-benchmark.
    #[arg(long, value_name = "DIR")]
    pub benchmark: Option<PathBuf>,
    /// trafilatura's evaluation directory, e.g. ../shared/eval/extraction/trafilatura-eval.
    #[arg(long, value_name = "DIR")]
    pub trafilatura: Option<PathBuf>,
    /// Print each page's scores, worst first.
    #[arg(long)]
    pub pages: bool,
}

/// Runs the evaluation.
pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    anyhow::ensure!(args.benchmark.is_some() || args.trafilatura.is_some(), "give --benchmark DIR and/or --trafilatura DIR");
    if let Some(dir) = &args.benchmark {
        benchmark(dir, args.pages)?;
    }
    if let Some(dir) = &args.trafilatura {
        trafilatura(dir, args.pages)?;
    }
    Ok(ExitStatus::Success)
}

/// Reads a page (`NAME` or `NAME.gz`) and extracts its body; `None` when newsgraph rejects the page.
fn extract(path: &Path) -> anyhow::Result<Option<String>> {
    let gz = PathBuf::from(format!("{}.gz", path.display()));
    let file = if path.exists() { path.to_path_buf() } else { gz };
    let bytes = std::fs::read(&file).with_context(|| format!("reading {}", file.display()))?;
    let bytes = maybe_gunzip(bytes).with_context(|| format!("decompressing {}", file.display()))?;
    let name = file.display().to_string();
    let article = ingest_bytes(&bytes, Some(InputFormat::Html), &name, &IngestOptions::default()).into_iter().next();
    Ok(article.and_then(Result::ok).map(|a| a.body))
}

fn benchmark(dir: &Path, pages: bool) -> anyhow::Result<()> {
    let gt_path = dir.join("ground-truth.json");
    let json = std::fs::read_to_string(&gt_path).with_context(|| format!("reading {}", gt_path.display()))?;
    let gold = parse_ground_truth(&json).map_err(anyhow::Error::msg).with_context(|| format!("parsing {}", gt_path.display()))?;
    let start = Instant::now();
    let results: Vec<(ShingleScore, bool)> = gold
        .par_iter()
        .map(|g| {
            let body = extract(&dir.join("html").join(format!("{}.html", g.id)))?;
            Ok((ShingleScore::compare(&g.body, body.as_deref().unwrap_or("")), body.is_none()))
        })
        .collect::<anyhow::Result<_>>()?;
    let elapsed = start.elapsed().as_secs_f64();
    let mut summary = ExtractionSummary::default();
    results.iter().for_each(|(s, _)| summary.add(*s));
    let rejected = results.iter().filter(|(_, r)| *r).count();
    if pages {
        let mut order: Vec<usize> = (0..gold.len()).collect();
        order.sort_by(|&a, &b| results[a].0.f1().total_cmp(&results[b].0.f1()));
        println!("{:>9} {:>9} {:>9}  page", "precision", "recall", "F1");
        for i in order {
            let (s, rej) = results[i];
            let url = gold[i].url.as_deref().unwrap_or("");
            let mark = if rej { " (rejected)" } else { "" };
            println!("{:>9.3} {:>9.3} {:>9.3}  {} {url}{mark}", s.precision(), s.recall(), s.f1(), gold[i].id);
        }
    }
    println!(
        "article-extraction-benchmark: {} pages, {rejected} rejected, {elapsed:.1} s ({:.0} pages/s on {} threads)",
        summary.pages,
        summary.pages as f64 / elapsed.max(1e-9),
        rayon::current_num_threads()
    );
    println!("{:<26} {:>9} {:>9} {:>9}", "", "precision", "recall", "F1");
    println!("{:<26} {:>9.4} {:>9.4} {:>9.4}", "article body (shingles)", summary.precision(), summary.recall(), summary.f1());
    Ok(())
}

fn trafilatura(dir: &Path, pages: bool) -> anyhow::Result<()> {
    let json_path = ["evaldata_en_subset.json", "evaldata_full.json", "evaldata.json"]
        .iter()
        .map(|f| dir.join(f))
        .find(|p| p.exists())
        .with_context(|| format!("no evaldata_*.json in {}", dir.display()))?;
    let json = std::fs::read_to_string(&json_path).with_context(|| format!("reading {}", json_path.display()))?;
    let cases =
        parse_snippet_cases(&json).map_err(anyhow::Error::msg).with_context(|| format!("parsing {}", json_path.display()))?;
    let html_dir =
        [dir.join("html-en"), dir.join("html"), dir.to_path_buf()].into_iter().find(|d| d.is_dir()).unwrap_or_default();
    let locate = |file: &str| {
        let p = html_dir.join(file.trim_end_matches(".gz"));
        let gz = PathBuf::from(format!("{}.gz", p.display()));
        (p.exists() || gz.exists()).then_some(p)
    };
    let start = Instant::now();
    let results: Vec<Option<(SnippetScore, bool, String)>> = cases
        .par_iter()
        .map(|c| {
            let Some(path) = locate(&c.file) else { return Ok(None) };
            let body = extract(&path)?;
            let mut detail = String::new();
            if pages {
                let (missing, wrong) = c.errors(body.as_deref());
                missing.iter().for_each(|m| detail.push_str(&format!("    missing: {m:?}\n")));
                wrong.iter().for_each(|w| detail.push_str(&format!("    unwanted: {w:?}\n")));
            }
            Ok(Some((SnippetScore::score(c, body.as_deref()), body.is_none(), detail)))
        })
        .collect::<anyhow::Result<_>>()?;
    let elapsed = start.elapsed().as_secs_f64();
    let mut total = SnippetScore::default();
    let (mut scored, mut rejected) = (0, 0);
    for (c, r) in cases.iter().zip(&results) {
        let Some((s, rej, detail)) = r else { continue };
        scored += 1;
        rejected += usize::from(*rej);
        total.add(*s);
        if pages && (s.fn_ > 0 || s.fp > 0) {
            println!("tp {} fn {} fp {} tn {}  {} {}", s.tp, s.fn_, s.fp, s.tn, c.file, c.url);
            print!("{detail}");
        }
    }
    println!(
        "trafilatura evaluation ({}): {scored} pages scored, {} without a page file, {rejected} rejected, {elapsed:.1} s",
        json_path.file_name().and_then(|f| f.to_str()).unwrap_or(""),
        cases.len() - scored
    );
    println!("{:<26} {:>9} {:>9} {:>9} {:>9}", "", "precision", "recall", "F1", "accuracy");
    println!(
        "{:<26} {:>9.4} {:>9.4} {:>9.4} {:>9.4}",
        "with/without snippets",
        total.precision(),
        total.recall(),
        total.f1(),
        total.accuracy()
    );
    Ok(())
}
