//! Scoring HTML main-content extraction against two public benchmarks.
//!
//! - **article-extraction-benchmark** (Zyte): a gold `articleBody` per page. Each text is tokenised into
//!   words (`\w+`, as the benchmark's own `evaluate.py` does), cut into word 4-gram shingles, and the two
//!   multisets compared: true positives are shared shingles, false positives shingles only the extraction has,
//!   false negatives shingles only the gold has. The three counts are normalised to sum to 1 for the page, so
//!   long pages weigh no more than short ones. Precision and recall are averaged over pages (a page whose
//!   denominator is 0 counts 0), and F1 is taken of the two averages. [`ShingleScore`], [`ExtractionSummary`].
//! - **trafilatura's evaluation set**: per page, snippets the extraction should contain (`with`) and snippets it
//!   should not (`without`). A `with` snippet found is a true positive, one missing a false negative; a `without`
//!   snippet found is a false positive, one absent a true negative. Whitespace is collapsed on both sides before the
//!   substring test. [`SnippetScore`].
//!
//! Reading the files (and gunzipping them, [`maybe_gunzip`]) is here too, so the command stays glue.

use std::collections::HashMap;
use std::io::Read;

/// Words as the benchmark's `\w+` sees them: runs of letters, digits and `_`.
pub fn words(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let w = c.is_alphanumeric() || c == '_';
        match (w, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// The multiset of word `n`-gram shingles of a text. A text of fewer than `n` words (but at least one)
/// is one shorter shingle, as in the benchmark.
pub fn shingles(text: &str, n: usize) -> HashMap<Vec<&str>, usize> {
    let toks = words(text);
    let mut out = HashMap::new();
    let n = n.max(1);
    for i in 0..toks.len().saturating_sub(n).saturating_add(1).max(1) {
        let end = (i + n).min(toks.len());
        if i < end {
            *out.entry(toks[i..end].to_vec()).or_insert(0) += 1;
        }
    }
    out
}

/// One page's shingle comparison, normalised so that `tp + fp + fn_ == 1` (all 0 when both texts are empty).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ShingleScore {
    /// Share of shingles in both texts.
    pub tp: f64,
    /// Share of shingles only in the extraction.
    pub fp: f64,
    /// Share of shingles only in the gold text.
    pub fn_: f64,
}

impl ShingleScore {
    /// Compares an extraction with the gold text using word 4-gram shingles.
    pub fn compare(gold: &str, predicted: &str) -> Self {
        let (g, p) = (shingles(gold, 4), shingles(predicted, 4));
        let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
        for (k, &gc) in &g {
            let pc = p.get(k).copied().unwrap_or(0);
            tp += gc.min(pc);
            fn_ += gc.saturating_sub(pc);
        }
        for (k, &pc) in &p {
            fp += pc.saturating_sub(g.get(k).copied().unwrap_or(0));
        }
        let s = (tp + fp + fn_) as f64;
        if s == 0.0 {
            return ShingleScore::default();
        }
        ShingleScore { tp: tp as f64 / s, fp: fp as f64 / s, fn_: fn_ as f64 / s }
    }
    /// This page's precision (0 when nothing was extracted).
    pub fn precision(&self) -> f64 {
        if self.tp + self.fp > 0.0 {
            self.tp / (self.tp + self.fp)
        } else {
            0.0
        }
    }
    /// This page's recall (0 when the gold is empty).
    pub fn recall(&self) -> f64 {
        if self.tp + self.fn_ > 0.0 {
            self.tp / (self.tp + self.fn_)
        } else {
            0.0
        }
    }
    /// This page's F1.
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

/// Precision and recall averaged over pages, as the article-extraction-benchmark reports them.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ExtractionSummary {
    /// Pages scored.
    pub pages: usize,
    /// Sum of per-page precision.
    pub precision_sum: f64,
    /// Sum of per-page recall.
    pub recall_sum: f64,
}

impl ExtractionSummary {
    /// Adds one page.
    pub fn add(&mut self, s: ShingleScore) {
        self.pages += 1;
        self.precision_sum += s.precision();
        self.recall_sum += s.recall();
    }
    /// Mean precision over pages.
    pub fn precision(&self) -> f64 {
        self.precision_sum / self.pages.max(1) as f64
    }
    /// Mean recall over pages.
    pub fn recall(&self) -> f64 {
        self.recall_sum / self.pages.max(1) as f64
    }
    /// F1 of the mean precision and mean recall.
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
}

/// One gold page of the article-extraction-benchmark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldArticle {
    /// The page id (the HTML file is `html/{id}.html.gz`).
    pub id: String,
    /// The gold article body.
    pub body: String,
    /// The page URL, when given.
    pub url: Option<String>,
}

/// Reads `ground-truth.json` (`{id: {"articleBody": …, "url": …}}`), sorted by id.
pub fn parse_ground_truth(json: &str) -> Result<Vec<GoldArticle>, String> {
    let v: serde_json::Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let obj = v.as_object().ok_or("ground truth is not a JSON object")?;
    let mut out: Vec<GoldArticle> = obj
        .iter()
        .map(|(id, item)| GoldArticle {
            id: id.clone(),
            body: item.get("articleBody").and_then(|b| b.as_str()).unwrap_or("").to_string(),
            url: item.get("url").and_then(|u| u.as_str()).map(str::to_string),
        })
        .collect();
    out.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(out)
}

/// Decompresses gzip data (recognised by its magic bytes); other bytes are returned as they are.
pub fn maybe_gunzip(bytes: Vec<u8>) -> std::io::Result<Vec<u8>> {
    if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::with_capacity(bytes.len() * 4);
        flate2::read::MultiGzDecoder::new(bytes.as_slice()).read_to_end(&mut out)?;
        Ok(out)
    } else {
        Ok(bytes)
    }
}

/// One page of trafilatura's evaluation set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnippetCase {
    /// The page URL (the key in the JSON file).
    pub url: String,
    /// The HTML file name.
    pub file: String,
    /// Snippets the extraction must contain.
    pub with: Vec<String>,
    /// Snippets it must not contain.
    pub without: Vec<String>,
}

/// Reads an `evaldata_*.json` file (`{url: {"file": …, "with": […], "without": […]}}`), sorted by file name.
pub fn parse_snippet_cases(json: &str) -> Result<Vec<SnippetCase>, String> {
    let v: serde_json::Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let obj = v.as_object().ok_or("evaluation data is not a JSON object")?;
    let strings = |x: Option<&serde_json::Value>| -> Vec<String> {
        x.and_then(|a| a.as_array())
            .map(|a| a.iter().filter_map(|s| s.as_str()).map(str::to_string).collect())
            .unwrap_or_default()
    };
    let mut out: Vec<SnippetCase> = obj
        .iter()
        .filter_map(|(url, item)| {
            Some(SnippetCase {
                url: url.clone(),
                file: item.get("file")?.as_str()?.to_string(),
                with: strings(item.get("with")),
                without: strings(item.get("without")),
            })
        })
        .collect();
    out.sort_by(|a, b| a.file.cmp(&b.file));
    Ok(out)
}

impl SnippetCase {
    /// The snippets scored wrong: `with` snippets missing from the extraction, and `without` snippets found in it.
    pub fn errors(&self, extracted: Option<&str>) -> (Vec<&str>, Vec<&str>) {
        let text = extracted.map(collapse).unwrap_or_default();
        let found = |w: &str| !text.is_empty() && text.contains(&collapse(w));
        let missing = self.with.iter().map(String::as_str).filter(|w| !found(w)).collect();
        let wrong = self.without.iter().map(String::as_str).filter(|w| found(w)).collect();
        (missing, wrong)
    }
}

/// Snippet counts (trafilatura's evaluation).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SnippetScore {
    /// `with` snippets found.
    pub tp: usize,
    /// `with` snippets missing.
    pub fn_: usize,
    /// `without` snippets found.
    pub fp: usize,
    /// `without` snippets absent.
    pub tn: usize,
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl SnippetScore {
    /// Scores one extraction (`None`: the extractor returned nothing).
    pub fn score(case: &SnippetCase, extracted: Option<&str>) -> Self {
        let text = extracted.map(collapse).unwrap_or_default();
        let mut s = SnippetScore::default();
        for w in &case.with {
            let w = collapse(w);
            if !text.is_empty() && text.contains(&w) {
                s.tp += 1;
            } else {
                s.fn_ += 1;
            }
        }
        for w in &case.without {
            let w = collapse(w);
            if !text.is_empty() && text.contains(&w) {
                s.fp += 1;
            } else {
                s.tn += 1;
            }
        }
        s
    }
    /// Adds counts.
    pub fn add(&mut self, o: SnippetScore) {
        self.tp += o.tp;
        self.fn_ += o.fn_;
        self.fp += o.fp;
        self.tn += o.tn;
    }
    /// Precision over all snippets.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    /// Recall over all snippets.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    /// Accuracy: snippets handled right.
    pub fn accuracy(&self) -> f64 {
        ratio(self.tp + self.tn, self.tp + self.tn + self.fp + self.fn_)
    }
    /// F1.
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_like_python_w() {
        assert_eq!(words("It's 3.5 km — naïve_x!"), ["It", "s", "3", "5", "km", "naïve_x"]);
    }

    #[test]
    fn short_texts_are_one_shingle() {
        assert_eq!(shingles("a b", 4).len(), 1);
        assert_eq!(shingles("", 4).len(), 0);
        assert_eq!(shingles("a b c d e", 4).len(), 2);
    }

    #[test]
    fn shingle_score_table() {
        let gold = "one two three four five six";
        let exact = ShingleScore::compare(gold, gold);
        assert_eq!((exact.precision(), exact.recall()), (1.0, 1.0));
        // Extra words: 3 gold shingles, 3 + 2 predicted.
        let extra = ShingleScore::compare(gold, "one two three four five six seven eight");
        assert!((extra.tp - 0.6).abs() < 1e-9 && (extra.fp - 0.4).abs() < 1e-9 && extra.fn_ == 0.0);
        let none = ShingleScore::compare(gold, "");
        assert_eq!((none.precision(), none.recall(), none.fn_), (0.0, 0.0, 1.0));
        assert_eq!(ShingleScore::compare("", ""), ShingleScore::default());
        let mut sum = ExtractionSummary::default();
        sum.add(exact);
        sum.add(none);
        assert_eq!((sum.precision(), sum.recall()), (0.5, 0.5));
    }

    #[test]
    fn snippets_counted() {
        let case = SnippetCase {
            url: "u".into(),
            file: "f".into(),
            with: vec!["main  text".into(), "missing".into()],
            without: vec!["Subscribe".into(), "cookie".into()],
        };
        let s = SnippetScore::score(&case, Some("The main\ntext here. Subscribe"));
        assert_eq!(s, SnippetScore { tp: 1, fn_: 1, fp: 1, tn: 1 });
        assert_eq!(SnippetScore::score(&case, None), SnippetScore { tp: 0, fn_: 2, fp: 0, tn: 2 });
        assert_eq!(case.errors(Some("The main\ntext here. Subscribe")), (vec!["missing"], vec!["Subscribe"]));
    }

    #[test]
    fn gunzip_passthrough() {
        assert_eq!(maybe_gunzip(b"plain".to_vec()).unwrap(), b"plain");
    }
}
