//! Quick throughput check (the criterion bench is the reference):
//! `cargo run --release -p newsgraph-actors --example throughput -- FILE.txt…`
//! Each file is one article; prints MB/s for dictionary matching and for the whole stage
//! (`--stage` first: the whole stage only).

use newsgraph_actors::ActorStage;
use newsgraph_core::{segment, Article};
use std::time::Instant;

fn main() {
    let t = Instant::now();
    let stage = ActorStage::load(true, &[], &[]).expect("built-in dictionaries load");
    eprintln!("load: {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
    // `--stage`: time the whole stage only (for profiling it alone).
    let stage_only = std::env::args().nth(1).is_some_and(|a| a == "--stage");
    let docs: Vec<_> = std::env::args()
        .skip(1)
        .filter(|a| a != "--stage")
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .map(|s| segment::segment(Article::from_body(s)))
        .collect();
    let bytes: usize = docs.iter().map(|d| d.body().len()).sum();
    let matching = |d: &newsgraph_core::Document| stage.dictionary_hits(d);
    let full = |d: &newsgraph_core::Document| stage.actors(d).len();
    type Run<'a> = (&'a str, &'a dyn Fn(&newsgraph_core::Document) -> usize);
    let runs: [Run; 2] = [("dictionary matching", &matching), ("actors stage", &full)];
    for (name, f) in runs.into_iter().skip(usize::from(stage_only)) {
        let rounds = 20;
        let (t, cpu0) = (Instant::now(), cpu_seconds());
        let mut n = 0;
        for _ in 0..rounds {
            n = docs.iter().map(f).sum::<usize>();
        }
        let s = t.elapsed().as_secs_f64() / rounds as f64;
        let cpu = cpu_seconds().zip(cpu0).map(|(b, a)| (b - a) / rounds as f64);
        let per_cpu = cpu.map(|c| format!("{:>8.1} MB per CPU-second", bytes as f64 / c / 1e6)).unwrap_or_default();
        println!(
            "{name:<20} {:>8.1} MB/s wall {per_cpu}  ({n} hits/mentions, {:.2} MB)",
            bytes as f64 / s / 1e6,
            bytes as f64 / 1e6
        );
    }
}

/// CPU time of this thread (user + system), from `/proc/thread-self/stat` (Linux; 10 ms ticks).
/// On a busy machine wall time understates what one core does; this does not.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let (utime, stime): (f64, f64) = (f.get(11)?.parse().ok()?, f.get(12)?.parse().ok()?);
    Some((utime + stime) / 100.0)
}
