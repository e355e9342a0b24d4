//! The `--format pretty` summary: what a journalist reads first.

use newsgraph_core::Record;
use std::io::Write;

/// Writes a readable summary of one record.
pub fn write(out: &mut dyn Write, r: &Record) -> std::io::Result<()> {
    let a = &r.article;
    writeln!(out, "━━ {}", a.title.as_deref().unwrap_or("(untitled)"))?;
    let mut meta = Vec::new();
    if let Some(d) = &a.date {
        meta.push(d.clone());
    }
    if let Some(s) = &a.source {
        meta.push(s.clone());
    }
    if let Some(b) = &a.byline {
        meta.push(format!("by {b}"));
    }
    if let Some(d) = &a.dateline {
        meta.push(format!("dateline {d}"));
    }
    meta.push(format!("id {}", &a.id[..12.min(a.id.len())]));
    writeln!(out, "   {}", meta.join(" · "))?;
    writeln!(out, "   {} paragraphs, {} sentences", r.paragraphs.len(), r.sentences.len())?;
    for d in &a.dropped {
        writeln!(out, "   dropped {:?} ({})", d.text, d.reason)?;
    }
    for w in &a.warnings {
        writeln!(out, "   warning: {w}")?;
    }
    if !r.actors.is_empty() {
        writeln!(out, "Actors:")?;
        for m in &r.actors {
            let mut line = format!("  {:<28} {:<12} {:?}", m.text, m.code.as_deref().unwrap_or("-"), m.kind);
            if let Some(role) = &m.role {
                line.push_str(&format!(" role={role}"));
            }
            if let Some(aff) = &m.affiliation {
                line.push_str(&format!(" of={aff}"));
            }
            if let Some(i) = m.refers_to {
                line.push_str(&format!(" → {}", r.actors.get(i).map(|x| x.text.as_str()).unwrap_or("?")));
            }
            writeln!(out, "{line}")?;
        }
    }
    if !r.quotes.is_empty() {
        writeln!(out, "Quotes:")?;
        for q in &r.quotes {
            let who = q.speaker.as_ref().map(|s| s.name.clone().unwrap_or_else(|| s.text.clone())).unwrap_or_else(|| "?".into());
            let text: String = q.text.chars().take(100).collect();
            let ell = if q.text.chars().count() > 100 { "…" } else { "" };
            writeln!(out, "  [{:?}] {who}: “{text}{ell}”", q.kind)?;
            for s in &q.sources {
                writeln!(out, "      according to {} ({:?})", s.name, s.kind)?;
            }
        }
    }
    if !r.events.is_empty() {
        writeln!(out, "Events:")?;
        for e in &r.events {
            let trig: Vec<&str> = e.trigger.iter().map(|t| t.text.as_str()).collect();
            let target = if e.target.is_empty() { "-" } else { e.target.as_str() };
            writeln!(
                out,
                "  {} → {} {} (quad {}, goldstein {:+.1}, {:?}{}) «{}»",
                e.source,
                target,
                e.code,
                e.quad_class,
                e.goldstein,
                e.modality,
                if e.negated { ", negated" } else { "" },
                trig.join(" … ")
            )?;
        }
    }
    writeln!(out)
}
