//! Evaluation helpers shared by the `newsgraph eval` commands.

use crate::segment::sentence_spans;

/// Precision, recall and F1 from counts.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Prf {
    /// True positives.
    pub tp: usize,
    /// False positives.
    pub fp: usize,
    /// False negatives.
    pub fn_: usize,
}

impl Prf {
    /// Precision.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    /// Recall.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    /// F1.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    /// Adds counts.
    pub fn add(&mut self, o: Prf) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// A document rebuilt from CoNLL-U: its text and the byte offsets where gold sentences end.
#[derive(Debug, Clone, Default)]
pub struct GoldSentences {
    /// Document id (`# newdoc id`).
    pub id: String,
    /// Text: sentences of a paragraph joined by a space, paragraphs by a blank line.
    pub text: String,
    /// Byte offsets of gold sentence ends.
    pub ends: Vec<usize>,
}

/// Rebuilds documents and gold sentence boundaries from CoNLL-U (`# text =` lines, `# newpar`).
pub fn conllu_sentences(conllu: &str) -> Vec<GoldSentences> {
    let mut docs: Vec<GoldSentences> = Vec::new();
    let mut new_par = true;
    for line in conllu.lines() {
        if let Some(id) = line.strip_prefix("# newdoc id = ") {
            docs.push(GoldSentences { id: id.trim().to_string(), ..Default::default() });
            new_par = true;
        } else if line.starts_with("# newpar") {
            new_par = true;
        } else if let Some(t) = line.strip_prefix("# text = ") {
            if docs.is_empty() {
                docs.push(GoldSentences::default());
            }
            let d = docs.last_mut().expect("a document");
            if !d.text.is_empty() {
                d.text.push_str(if new_par { "\n\n" } else { " " });
            }
            d.text.push_str(t.trim());
            d.ends.push(d.text.len());
            new_par = false;
        }
    }
    docs
}

/// Scores newsgraph's sentence boundaries (sentence end offsets) against gold ones.
/// Boundaries at the very end of a paragraph are trivially right and are not counted,
/// so the score measures in-paragraph decisions only when `inner_only` is true.
pub fn score_sentences(doc: &GoldSentences, inner_only: bool) -> (Prf, Vec<(usize, &'static str)>) {
    let ours: Vec<usize> = sentence_spans(&doc.text).iter().map(|s| s.end).collect();
    let para_end = |e: usize| e == doc.text.len() || doc.text[e..].starts_with("\n\n");
    let filt = |v: &[usize]| -> std::collections::BTreeSet<usize> {
        v.iter().copied().filter(|e| !inner_only || !para_end(*e)).collect()
    };
    let (gold, mine) = (filt(&doc.ends), filt(&ours));
    let mut prf = Prf::default();
    let mut errors = Vec::new();
    for e in &mine {
        if gold.contains(e) {
            prf.tp += 1;
        } else {
            prf.fp += 1;
            errors.push((*e, "extra"));
        }
    }
    for e in gold.difference(&mine) {
        prf.fn_ += 1;
        errors.push((*e, "missed"));
    }
    (prf, errors)
}
