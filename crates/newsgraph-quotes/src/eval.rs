//! Scoring quotes against PolNeAR (Political News Attribution Relations).
//!
//! PolNeAR ships brat standoff files: `T` lines with `Source`, `Cue` and `Content` spans
//! (possibly discontinuous, `a b;c d`) and `E` lines tying them into one attribution.
//! Offsets count Unicode code points; they are converted to byte offsets here, at the edge.
//!
//! Some articles were annotated by several annotators (one `.ann` file each, named
//! `ARTICLE_ANNOTATOR.ann`); we score against the file whose annotator id sorts first.
//!
//! Matching (all one-to-one, greedy by largest overlap):
//! - **content exact**: same span after trimming whitespace, quotation marks and the
//!   punctuation `, . : ; ? !` at both ends, and a leading "that ";
//! - **content overlap**: the spans share at least one byte;
//! - **cue**: predicted and gold cue spans overlap;
//! - **source**: predicted speaker span and gold source span overlap.
//!
//! Predicted quotes that share a cue span (split quotes, follow-on quotes) are merged into
//! one attribution covering them all, as PolNeAR annotates them as one attribution with a
//! discontinuous content. Speaker accuracy counts, over content-overlap matches whose gold
//! attribution has a source, how often the predicted speaker overlaps that source.

use newsgraph_core::eval::Prf;
use newsgraph_core::model::{Quote, Span};
use std::path::{Path, PathBuf};

/// Errors reading PolNeAR.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A file or directory could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The directory layout is not PolNeAR's.
    #[error("{0}: no PolNeAR text/ and attributions/ directories for this split")]
    Layout(PathBuf),
}

/// One gold attribution, as byte spans into the article text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GoldAttribution {
    /// Content span (first to last fragment).
    pub content: Option<Span>,
    /// Cue span (first to last fragment).
    pub cue: Option<Span>,
    /// Source span (first to last fragment).
    pub source: Option<Span>,
}

/// One gold article.
#[derive(Debug, Clone, Default)]
pub struct GoldDoc {
    /// Article file stem.
    pub id: String,
    /// The annotator whose file is used.
    pub annotator: String,
    /// Article text (the body analysed).
    pub text: String,
    /// Attributions.
    pub attributions: Vec<GoldAttribution>,
}

/// Converts code-point offsets to byte offsets for `text`.
pub struct CharToByte {
    bytes: Vec<usize>,
}

impl CharToByte {
    /// Builds the table.
    pub fn new(text: &str) -> Self {
        let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        bytes.push(text.len());
        CharToByte { bytes }
    }
    /// Byte offset of code point `c` (clamped to the end).
    pub fn byte(&self, c: usize) -> usize {
        self.bytes.get(c).copied().unwrap_or_else(|| *self.bytes.last().unwrap_or(&0))
    }
}

/// Parses one brat `.ann` file for `text`.
pub fn parse_ann(ann: &str, text: &str) -> Vec<GoldAttribution> {
    let map = CharToByte::new(text);
    let mut spans: std::collections::HashMap<&str, (&str, Span)> = std::collections::HashMap::new();
    for line in ann.lines() {
        let mut parts = line.split('\t');
        let (Some(id), Some(desc)) = (parts.next(), parts.next()) else { continue };
        if !id.starts_with('T') {
            continue;
        }
        let mut d = desc.splitn(2, ' ');
        let (Some(label), Some(offs)) = (d.next(), d.next()) else { continue };
        let mut lo = usize::MAX;
        let mut hi = 0;
        for frag in offs.split(';') {
            let mut it = frag.split_whitespace().filter_map(|x| x.parse::<usize>().ok());
            if let (Some(a), Some(b)) = (it.next(), it.next()) {
                lo = lo.min(a);
                hi = hi.max(b);
            }
        }
        if lo <= hi && lo != usize::MAX {
            spans.insert(id, (label, Span::new(map.byte(lo), map.byte(hi))));
        }
    }
    let mut out = Vec::new();
    for line in ann.lines() {
        let mut parts = line.split('\t');
        let (Some(id), Some(desc)) = (parts.next(), parts.next()) else { continue };
        if !id.starts_with('E') {
            continue;
        }
        let mut g = GoldAttribution::default();
        for arg in desc.split_whitespace() {
            let Some((role, tid)) = arg.split_once(':') else { continue };
            let Some((_, span)) = spans.get(tid) else { continue };
            match role {
                "Content" => g.content = Some(*span),
                "Cue" => g.cue = Some(*span),
                "Source" => g.source = Some(*span),
                _ => {}
            }
        }
        if g.content.is_some() {
            out.push(g);
        }
    }
    out.sort_by_key(|g| g.content.map(|s| (s.start, s.end)));
    out
}

/// Loads a PolNeAR split (`train`, `dev`, `test`) from the corpus root, its `data/` folder,
/// or the split folder itself.
pub fn load_polnear(dir: &Path, split: &str) -> Result<Vec<GoldDoc>, EvalError> {
    let candidates = [dir.join("data").join(split), dir.join(split), dir.to_path_buf()];
    let root = candidates
        .iter()
        .find(|d| d.join("text").is_dir() && d.join("attributions").is_dir())
        .ok_or_else(|| EvalError::Layout(dir.to_path_buf()))?;
    let text_dir = root.join("text");
    let ann_dir = root.join("attributions");
    let mut anns: Vec<String> = std::fs::read_dir(&ann_dir)
        .map_err(io(&ann_dir))?
        .flatten()
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .filter(|n| n.ends_with(".ann"))
        .collect();
    anns.sort();
    let mut texts: Vec<String> = std::fs::read_dir(&text_dir)
        .map_err(io(&text_dir))?
        .flatten()
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .filter(|n| n.ends_with(".txt"))
        .collect();
    texts.sort();
    let mut docs = Vec::new();
    for t in texts {
        let stem = t.trim_end_matches(".txt");
        // First annotator in sort order: `STEM_ANNOTATOR.ann`.
        let Some(ann) = anns.iter().find(|a| a.strip_prefix(stem).is_some_and(|r| r.starts_with('_') && !r[1..].contains('_')))
        else {
            continue;
        };
        let tp = text_dir.join(&t);
        let ap = ann_dir.join(ann);
        let text = std::fs::read_to_string(&tp).map_err(io(&tp))?;
        let ann_text = std::fs::read_to_string(&ap).map_err(io(&ap))?;
        let annotator = ann.trim_end_matches(".ann").rsplit('_').next().unwrap_or("").to_string();
        let attributions = parse_ann(&ann_text, &text);
        docs.push(GoldDoc { id: stem.to_string(), annotator, text, attributions });
    }
    Ok(docs)
}

/// One predicted attribution (quotes sharing a cue merged).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Predicted {
    /// Content span.
    pub content: Span,
    /// Cue span.
    pub cue: Option<Span>,
    /// Speaker span.
    pub source: Option<Span>,
    /// Speaker text and resolved name, for the same-name speaker score.
    pub name: Option<String>,
}

/// Merges quotes that share a cue span into single attributions.
pub fn predicted(quotes: &[Quote]) -> Vec<Predicted> {
    let mut out: Vec<Predicted> = Vec::new();
    for q in quotes {
        let cue = q.cue.as_ref().map(|c| c.span());
        let source = q.speaker.as_ref().map(|s| Span::new(s.start, s.end));
        let content = Span::new(q.start, q.end);
        if let Some(p) = out.iter_mut().rev().find(|p| cue.is_some() && p.cue == cue) {
            p.content = Span::new(p.content.start.min(content.start), p.content.end.max(content.end));
            continue;
        }
        let name = q.speaker.as_ref().map(|s| format!("{} {}", s.text, s.name.as_deref().unwrap_or("")));
        out.push(Predicted { content, cue, source, name });
    }
    out
}

/// Scores for a set of articles.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct QuoteScores {
    /// Content spans, exact after normalisation.
    pub content_exact: Prf,
    /// Content spans, any overlap.
    pub content_overlap: Prf,
    /// Cue spans, overlap.
    pub cue: Prf,
    /// Source (speaker) spans, overlap.
    pub source: Prf,
    /// Content-overlap matches whose gold attribution has a source.
    pub speaker_total: usize,
    /// …of which the predicted speaker overlaps the gold source.
    pub speaker_correct: usize,
    /// …of which the predicted speaker overlaps the gold source or names the same person
    /// (another mention: the gold source's last word appears in our speaker's text or name).
    pub speaker_same_name: usize,
    /// Articles scored.
    pub docs: usize,
}

impl QuoteScores {
    /// Adds another set of counts.
    pub fn add(&mut self, o: &QuoteScores) {
        self.content_exact.add(o.content_exact);
        self.content_overlap.add(o.content_overlap);
        self.cue.add(o.cue);
        self.source.add(o.source);
        self.speaker_total += o.speaker_total;
        self.speaker_correct += o.speaker_correct;
        self.speaker_same_name += o.speaker_same_name;
        self.docs += o.docs;
    }
    /// Speaker accuracy over matched attributions.
    pub fn speaker_accuracy(&self) -> f64 {
        if self.speaker_total == 0 {
            0.0
        } else {
            self.speaker_correct as f64 / self.speaker_total as f64
        }
    }
    /// The table printed by `newsgraph eval quotes`.
    pub fn table(&self) -> String {
        let mut s = format!("{:<22} {:>9} {:>9} {:>9} {:>6} {:>6} {:>6}\n", "", "precision", "recall", "F1", "tp", "fp", "fn");
        for (name, p) in [
            ("content (exact)", self.content_exact),
            ("content (overlap)", self.content_overlap),
            ("cue (overlap)", self.cue),
            ("source (overlap)", self.source),
        ] {
            s.push_str(&format!(
                "{name:<22} {:>9.4} {:>9.4} {:>9.4} {:>6} {:>6} {:>6}\n",
                p.precision(),
                p.recall(),
                p.f1(),
                p.tp,
                p.fp,
                p.fn_
            ));
        }
        s.push_str(&format!(
            "speaker accuracy on matched quotes: {:.4} ({}/{}) span overlap; {:.4} ({}/{}) span or same name\n",
            self.speaker_accuracy(),
            self.speaker_correct,
            self.speaker_total,
            if self.speaker_total == 0 { 0.0 } else { self.speaker_same_name as f64 / self.speaker_total as f64 },
            self.speaker_same_name,
            self.speaker_total
        ));
        s
    }
}

/// Normalised content span: trims whitespace, quote marks, `, . : ; ? !` and a leading "that ".
pub fn normalize(text: &str, span: Span) -> Span {
    let (mut a, mut b) = (span.start.min(text.len()), span.end.min(text.len()));
    if a > b || !text.is_char_boundary(a) || !text.is_char_boundary(b) {
        return span;
    }
    let trim = |c: char| {
        c.is_whitespace() || newsgraph_core::segment::is_quote_char(c) || matches!(c, ',' | '.' | ':' | ';' | '?' | '!')
    };
    loop {
        let s = &text[a..b];
        let t = s.trim_start_matches(trim);
        let t = t.strip_prefix("that ").unwrap_or(t);
        let na = b - t.len();
        let t = t.trim_end_matches(trim);
        let nb = na + t.len();
        if na == a && nb == b {
            break;
        }
        a = na;
        b = nb;
    }
    Span::new(a, b)
}

/// True when the gold source's last word (not a pronoun) appears among the words of `ours`.
fn same_name(gold: &str, ours: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
    };
    let g = words(gold);
    let Some(last) = g.last() else { return false };
    let pronoun = ["he", "she", "they", "i", "we", "it", "who", "you", "his", "her", "their"].contains(&last.as_str());
    !pronoun && last.chars().next().is_some_and(char::is_alphabetic) && words(ours).contains(last)
}

/// Greedy one-to-one matching by overlap size; returns (gold index, predicted index) pairs.
fn match_overlap(gold: &[Span], pred: &[Span]) -> Vec<(usize, usize)> {
    let mut cands: Vec<(usize, usize, usize)> = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        for (j, p) in pred.iter().enumerate() {
            if g.overlaps(*p) {
                let ov = g.end.min(p.end) - g.start.max(p.start);
                cands.push((ov, i, j));
            }
        }
    }
    cands.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut gu, mut pu) = (vec![false; gold.len()], vec![false; pred.len()]);
    let mut out = Vec::new();
    for (_, i, j) in cands {
        if !gu[i] && !pu[j] {
            gu[i] = true;
            pu[j] = true;
            out.push((i, j));
        }
    }
    out
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> EvalError + '_ {
    move |source| EvalError::Io { path: path.to_path_buf(), source }
}

fn prf(matched: usize, gold: usize, pred: usize) -> Prf {
    Prf { tp: matched, fp: pred - matched, fn_: gold - matched }
}

/// Scores one article's quotes against its gold attributions.
pub fn score_doc(gold: &GoldDoc, quotes: &[Quote]) -> QuoteScores {
    let text = gold.text.as_str();
    let preds = predicted(quotes);
    let gc: Vec<Span> = gold.attributions.iter().filter_map(|g| g.content).collect();
    let pc: Vec<Span> = preds.iter().map(|p| p.content).collect();
    let mut s = QuoteScores { docs: 1, ..Default::default() };

    let gn: Vec<Span> = gc.iter().map(|g| normalize(text, *g)).collect();
    let pn: Vec<Span> = pc.iter().map(|p| normalize(text, *p)).collect();
    let mut used = vec![false; pn.len()];
    let mut exact = 0;
    for g in &gn {
        if let Some(j) = (0..pn.len()).find(|&j| !used[j] && pn[j] == *g) {
            used[j] = true;
            exact += 1;
        }
    }
    s.content_exact = prf(exact, gn.len(), pn.len());

    let m = match_overlap(&gc, &pc);
    s.content_overlap = prf(m.len(), gc.len(), pc.len());
    let gold_with_content: Vec<&GoldAttribution> = gold.attributions.iter().filter(|g| g.content.is_some()).collect();
    for (i, j) in &m {
        if let Some(gsrc) = gold_with_content[*i].source {
            s.speaker_total += 1;
            if preds[*j].source.is_some_and(|ps| ps.overlaps(gsrc)) {
                s.speaker_correct += 1;
                s.speaker_same_name += 1;
            } else if same_name(gsrc.slice(text), preds[*j].name.as_deref().unwrap_or("")) {
                s.speaker_same_name += 1;
            }
        }
    }

    let gcue: Vec<Span> = gold.attributions.iter().filter_map(|g| g.cue).collect();
    let mut pcue: Vec<Span> = preds.iter().filter_map(|p| p.cue).collect();
    pcue.dedup();
    s.cue = prf(match_overlap(&gcue, &pcue).len(), gcue.len(), pcue.len());

    let gsrc: Vec<Span> = gold.attributions.iter().filter_map(|g| g.source).collect();
    let psrc: Vec<Span> = preds.iter().filter_map(|p| p.source).collect();
    s.source = prf(match_overlap(&gsrc, &psrc).len(), gsrc.len(), psrc.len());
    s
}

/// One line of the error listing: what kind of error, and the spans involved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorItem {
    /// `MISS` (gold attribution with no overlapping prediction), `TAKEN` (missed, but a prediction
    /// matched to another gold attribution overlaps it), `SPURIOUS` (prediction with no
    /// overlapping gold), `BOUND` (overlap match, content not exact) or `SPEAKER` (overlap match,
    /// speaker does not overlap the gold source).
    pub kind: &'static str,
    /// Gold content, cue and source text (empty when none).
    pub gold: [String; 3],
    /// Predicted content, cue and speaker text (empty when none).
    pub ours: [String; 3],
    /// Byte spans of the gold and predicted contents.
    pub spans: [Option<Span>; 2],
}

impl std::fmt::Display for ErrorItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let one = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        write!(f, "{}", self.kind)?;
        if !self.gold[0].is_empty() {
            let at = self.spans[0].map_or(String::new(), |s| format!("{}-{}", s.start, s.end));
            write!(f, "\tG{at}[{}] cue[{}] src[{}]", one(&self.gold[0]), one(&self.gold[1]), one(&self.gold[2]))?;
        }
        if !self.ours[0].is_empty() {
            let at = self.spans[1].map_or(String::new(), |s| format!("{}-{}", s.start, s.end));
            write!(f, "\tP{at}[{}] cue[{}] spk[{}]", one(&self.ours[0]), one(&self.ours[1]), one(&self.ours[2]))?;
        }
        Ok(())
    }
}

/// The errors of one article, for `newsgraph eval quotes --errors`: missed and spurious
/// attributions, content boundaries that differ, and wrong speakers (the same matching as
/// [`score_doc`]).
pub fn errors(gold: &GoldDoc, quotes: &[Quote]) -> Vec<ErrorItem> {
    let text = gold.text.as_str();
    let sl = |s: Option<Span>| s.map_or(String::new(), |s| s.slice(text).to_string());
    let preds = predicted(quotes);
    let golds: Vec<&GoldAttribution> = gold.attributions.iter().filter(|g| g.content.is_some()).collect();
    let gc: Vec<Span> = golds.iter().filter_map(|g| g.content).collect();
    let pc: Vec<Span> = preds.iter().map(|p| p.content).collect();
    let m = match_overlap(&gc, &pc);
    let g_of = |g: &GoldAttribution| [sl(g.content), sl(g.cue), sl(g.source)];
    let p_of = |p: &Predicted| [sl(Some(p.content)), sl(p.cue), sl(p.source)];
    let mut out = Vec::new();
    for (i, g) in golds.iter().enumerate() {
        if !m.iter().any(|(a, _)| *a == i) {
            match pc.iter().find(|p| p.overlaps(gc[i])) {
                Some(p) => out.push(ErrorItem {
                    kind: "TAKEN",
                    gold: g_of(g),
                    ours: preds.iter().find(|q| q.content == *p).map(p_of).unwrap_or_default(),
                    spans: [g.content, Some(*p)],
                }),
                None => out.push(ErrorItem { kind: "MISS", gold: g_of(g), ours: Default::default(), spans: [g.content, None] }),
            }
        }
    }
    for (j, p) in preds.iter().enumerate() {
        if !m.iter().any(|(_, b)| *b == j) {
            out.push(ErrorItem { kind: "SPURIOUS", gold: Default::default(), ours: p_of(p), spans: [None, Some(p.content)] });
        }
    }
    for &(i, j) in &m {
        let (g, p) = (golds[i], &preds[j]);
        if let Some(gc) = g.content {
            if normalize(text, gc) != normalize(text, p.content) {
                out.push(ErrorItem { kind: "BOUND", gold: g_of(g), ours: p_of(p), spans: [g.content, Some(p.content)] });
            }
        }
        if let Some(gs) = g.source {
            if !p.source.is_some_and(|ps| ps.overlaps(gs)) {
                out.push(ErrorItem { kind: "SPEAKER", gold: g_of(g), ours: p_of(p), spans: [g.content, Some(p.content)] });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_points_become_bytes() {
        let text = "“Hé,” she said.";
        let ann =
            "T1\tContent 1 3\tHé\nT2\tCue 10 14\tsaid\nT3\tSource 6 9\tshe\nE1\tAttribution:T2 Content:T1 Cue:T2 Source:T3\n";
        let g = parse_ann(ann, text);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].content.unwrap().slice(text), "Hé");
        assert_eq!(g[0].cue.unwrap().slice(text), "said");
        assert_eq!(g[0].source.unwrap().slice(text), "she");
    }

    #[test]
    fn discontinuous_content_spans_first_to_last() {
        let text = "\"A,\" he said, \"B.\"";
        let ann = "T1\tContent 1 3;15 17\tA, B.\nE1\tAttribution:T1 Content:T1\n";
        let g = parse_ann(ann, text);
        assert_eq!(g[0].content.unwrap().slice(text), "A,\" he said, \"B.");
    }

    #[test]
    fn normalization_trims_marks_and_that() {
        let t = "he said that \"it is over.\"";
        let s = normalize(t, Span::new(8, t.len()));
        assert_eq!(s.slice(t), "it is over");
    }

    #[test]
    fn errors_list_misses_spurious_and_bounds() {
        let text = "He said the vote was rigged. She laughed. Trump said it was over.";
        let gold = GoldDoc {
            text: text.to_string(),
            attributions: vec![
                GoldAttribution { content: Some(Span::new(8, 27)), cue: Some(Span::new(3, 7)), source: Some(Span::new(0, 2)) },
                GoldAttribution { content: Some(Span::new(53, 64)), cue: None, source: None },
            ],
            ..Default::default()
        };
        let q = |s: usize, e: usize| Quote {
            text: text[s..e].to_string(),
            start: s,
            end: e,
            kind: newsgraph_core::model::QuoteKind::Indirect,
            speaker: None,
            cue: None,
            sources: Vec::new(),
        };
        let e = errors(&gold, &[q(12, 27), q(30, 41)]);
        let kinds: Vec<&str> = e.iter().map(|x| x.kind).collect();
        assert_eq!(kinds, ["MISS", "SPURIOUS", "BOUND", "SPEAKER"]);
        assert!(e[0].to_string().contains("G53-64[it was over]"));
    }

    #[test]
    fn garbage_ann_lines_are_ignored() {
        let g = parse_ann("T1\tContent x y\n\nE1\tnothing\nfoo\tbar baz\nT2\tCue 99 120\tx", "short");
        assert!(g.is_empty());
    }
}
