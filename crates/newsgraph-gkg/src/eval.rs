//! Place evaluation on GUM's news documents (`coref_tsv/*.tsv`, WebAnno TSV 3.2).
//!
//! Gold places are GUM entities of type `place` that are **named**: they carry a Wikipedia identity
//! and at least one capitalised token ("Washington D.C.", "the United States"; not "the capital"
//! or "their home", which GUM also marks). A leading "the" and a trailing "'s" are not part of the
//! gold span. The text is GUM's tokenised text (tokens at their TSV offsets, one sentence a line),
//! so offsets are Unicode code points; newsgraph's byte spans are converted here.
//!
//! Two scores: **exact** (same span) and **overlap** (spans share a character; one-to-one, greedy
//! in text order). Nested gold places ("the DAR Constitution Hall in Washington D.C." around
//! "Washington D.C.") are all kept, so a system that finds only the inner name loses recall on the outer.

use std::collections::BTreeMap;
use std::path::Path;

/// One GUM document.
#[derive(Debug, Clone)]
pub struct GumDoc {
    /// Document name (`GUM_news_afghan`).
    pub id: String,
    /// Text: tokens at their offsets, sentences on separate lines.
    pub text: String,
    /// Gold named places: `(start, end)` in code points.
    pub places: Vec<(usize, usize)>,
}

/// Errors loading GUM.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// Reading a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The error.
        source: std::io::Error,
    },
}

/// Loads every `*.tsv` under `dir/coref_tsv` (or `dir` itself), sorted by name.
pub fn load_gum(dir: &Path) -> Result<Vec<GumDoc>, EvalError> {
    let sub = dir.join("coref_tsv");
    let dir = if sub.is_dir() { sub } else { dir.to_path_buf() };
    let io = |p: &Path, e| EvalError::Io { path: p.display().to_string(), source: e };
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .map_err(|e| io(&dir, e))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    names.sort();
    let mut docs = Vec::new();
    for p in names {
        let tsv = std::fs::read_to_string(&p).map_err(|e| io(&p, e))?;
        let id = p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        docs.push(parse_webanno(&id, &tsv));
    }
    Ok(docs)
}

struct Ent {
    start: usize,
    end: usize,
    tokens: Vec<(usize, usize, String)>,
    named: bool,
}

/// Parses one WebAnno TSV 3.2 document.
pub fn parse_webanno(id: &str, tsv: &str) -> GumDoc {
    let mut chars: Vec<char> = Vec::new();
    let mut ents: BTreeMap<String, Ent> = BTreeMap::new();
    let mut last_sentence = String::new();
    for line in tsv.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 4 || line.starts_with('#') {
            continue;
        }
        let Some((s, e)) = f[1].split_once('-').and_then(|(a, b)| Some((a.parse::<usize>().ok()?, b.parse::<usize>().ok()?)))
        else {
            continue;
        };
        if e < s || e > s + 1000 {
            continue;
        }
        let sentence = f[0].split('-').next().unwrap_or("").to_string();
        while chars.len() < s {
            chars.push(' ');
        }
        if sentence != last_sentence && !last_sentence.is_empty() && s > 0 {
            chars[s - 1] = '\n';
        }
        last_sentence = sentence;
        let tok: Vec<char> = f[2].chars().collect();
        chars.truncate(s);
        chars.extend(tok.iter().take(e - s));
        while chars.len() < e {
            chars.push(' ');
        }
        let types: Vec<&str> = f[3].split('|').collect();
        let idents: Vec<&str> = f.get(6).map(|x| x.split('|').collect()).unwrap_or_default();
        for (n, t) in types.iter().enumerate() {
            let (ty, key) = match t.split_once('[') {
                Some((ty, rest)) => (ty, rest.trim_end_matches(']').to_string()),
                None => (*t, format!("{}@{}", t, f[0])),
            };
            if ty != "place" {
                continue;
            }
            // The identity of this entity: the one with the same [key], else the one at the same position.
            let ident = idents
                .iter()
                .find(|i| i.ends_with(&format!("[{key}]")))
                .or_else(|| idents.get(n).filter(|i| !i.contains('[')))
                .copied()
                .unwrap_or("_");
            let ent = ents.entry(key).or_insert(Ent { start: s, end: e, tokens: Vec::new(), named: false });
            ent.start = ent.start.min(s);
            ent.end = ent.end.max(e);
            ent.tokens.push((s, e, f[2].to_string()));
            ent.named |= ident != "_" && !ident.is_empty();
        }
    }
    let mut places = Vec::new();
    for ent in ents.values() {
        if !ent.named || !ent.tokens.iter().any(|(_, _, t)| t.chars().next().is_some_and(char::is_uppercase)) {
            continue;
        }
        let mut toks = ent.tokens.clone();
        toks.sort();
        toks.dedup();
        if toks.len() > 1 && toks[0].2.eq_ignore_ascii_case("the") {
            toks.remove(0);
        }
        if toks.len() > 1 && matches!(toks.last().map(|t| t.2.as_str()), Some("'s" | "’s" | "'")) {
            toks.pop();
        }
        if let (Some(a), Some(b)) = (toks.first(), toks.last()) {
            places.push((a.0, b.1));
        }
    }
    places.sort();
    places.dedup();
    GumDoc { id: id.to_string(), text: chars.into_iter().collect(), places }
}

/// Converts a byte span in `text` to a code-point span.
pub fn byte_to_char_span(text: &str, start: usize, end: usize) -> (usize, usize) {
    let c = |b: usize| text.get(..b.min(text.len())).map_or(0, |s| s.chars().count());
    (c(start), c(end))
}

/// Counts for precision and recall.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Prf {
    /// Predicted spans matched.
    pub tp_pred: usize,
    /// Predicted spans.
    pub pred: usize,
    /// Gold spans matched.
    pub tp_gold: usize,
    /// Gold spans.
    pub gold: usize,
}

impl Prf {
    /// Adds another count.
    pub fn add(&mut self, o: &Prf) {
        self.tp_pred += o.tp_pred;
        self.pred += o.pred;
        self.tp_gold += o.tp_gold;
        self.gold += o.gold;
    }
    /// Precision.
    pub fn precision(&self) -> f64 {
        if self.pred == 0 {
            0.0
        } else {
            self.tp_pred as f64 / self.pred as f64
        }
    }
    /// Recall.
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            0.0
        } else {
            self.tp_gold as f64 / self.gold as f64
        }
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
}

/// Exact and overlap scores of one document.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PlaceScores {
    /// Same span.
    pub exact: Prf,
    /// Spans overlap (one-to-one).
    pub overlap: Prf,
}

impl PlaceScores {
    /// Adds another document's scores.
    pub fn add(&mut self, o: &PlaceScores) {
        self.exact.add(&o.exact);
        self.overlap.add(&o.overlap);
    }
}

/// Scores predicted code-point spans against gold spans.
pub fn score(gold: &[(usize, usize)], pred: &[(usize, usize)]) -> PlaceScores {
    let mut pred: Vec<(usize, usize)> = pred.to_vec();
    pred.sort();
    pred.dedup();
    let exact_hits = pred.iter().filter(|p| gold.contains(p)).count();
    let exact = Prf { tp_pred: exact_hits, pred: pred.len(), tp_gold: exact_hits, gold: gold.len() };
    // Overlap, one-to-one: exact pairs first, then the first unused overlapping gold in text order.
    let mut used = vec![false; gold.len()];
    let mut matched = vec![false; pred.len()];
    for (pi, p) in pred.iter().enumerate() {
        if let Some(gi) = gold.iter().position(|g| g == p) {
            if !used[gi] {
                used[gi] = true;
                matched[pi] = true;
            }
        }
    }
    for (pi, p) in pred.iter().enumerate() {
        if matched[pi] {
            continue;
        }
        // Prefer the smallest overlapping gold span.
        let best = gold
            .iter()
            .enumerate()
            .filter(|(gi, g)| !used[*gi] && g.0 < p.1 && p.0 < g.1)
            .min_by_key(|(_, g)| g.1 - g.0)
            .map(|(gi, _)| gi);
        if let Some(gi) = best {
            used[gi] = true;
            matched[pi] = true;
        }
    }
    let tp = matched.iter().filter(|m| **m).count();
    let overlap = Prf { tp_pred: tp, pred: pred.len(), tp_gold: tp, gold: gold.len() };
    PlaceScores { exact, overlap }
}

/// Spans of spaCy entities with the given labels from a `run_spacy_peer.py` JSON line.
pub fn spacy_spans(line: &serde_json::Value, labels: &[&str]) -> Vec<(usize, usize)> {
    line.get("entities")
        .and_then(|e| e.as_array())
        .map(|ents| {
            ents.iter()
                .filter(|e| e.get("label").and_then(|l| l.as_str()).is_some_and(|l| labels.contains(&l)))
                .filter_map(|e| Some((e.get("start")?.as_u64()? as usize, e.get("end")?.as_u64()? as usize)))
                .collect()
        })
        .unwrap_or_default()
}

/// Parses a GDELT `V1.5TONE` field (seven comma-separated figures; GDELT's eighth, the count of
/// words with a tone score, is ignored).
pub fn parse_v15tone(field: &str) -> Option<[f64; 7]> {
    let v: Vec<f64> = field.split(',').map(|x| x.trim().parse().ok()).collect::<Option<Vec<f64>>>()?;
    (v.len() >= 7).then(|| [v[0], v[1], v[2], v[3], v[4], v[5], v[6]])
}

/// Pearson's correlation coefficient (0 when either side is constant or the lengths differ).
pub fn pearson(a: &[f64], b: &[f64]) -> f64 {
    if a.len() != b.len() || a.len() < 2 {
        return 0.0;
    }
    let n = a.len() as f64;
    let (ma, mb) = (a.iter().sum::<f64>() / n, b.iter().sum::<f64>() / n);
    let (mut sab, mut saa, mut sbb) = (0.0, 0.0, 0.0);
    for (x, y) in a.iter().zip(b) {
        sab += (x - ma) * (y - mb);
        saa += (x - ma) * (x - ma);
        sbb += (y - mb) * (y - mb);
    }
    if saa == 0.0 || sbb == 0.0 {
        0.0
    } else {
        sab / (saa.sqrt() * sbb.sqrt())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TSV: &str = "#FORMAT=WebAnno TSV 3.2\n\n#Text=Protests in the United States and Kabul 's capital\n\
1-1\t0-8\tProtests\tevent[1]\tnew[1]\t_\t_\t_\t_\t_\t\n\
1-2\t9-11\tin\t_\t_\t_\t_\t_\t_\t_\t\n\
1-3\t12-15\tthe\tplace[2]\tnew[2]\t_\tUnited_States[2]\t_\t_\t_\t\n\
1-4\t16-22\tUnited\tplace[2]\tnew[2]\t_\tUnited_States[2]\t_\t_\t_\t\n\
1-5\t23-29\tStates\tplace[2]\tnew[2]\t_\tUnited_States[2]\t_\t_\t_\t\n\
1-6\t30-33\tand\t_\t_\t_\t_\t_\t_\t_\t\n\
1-7\t34-39\tKabul\tplace[3]\tnew[3]\t_\tKabul[3]\t_\t_\t_\t\n\
1-8\t40-42\t's\tplace[3]\tnew[3]\t_\tKabul[3]\t_\t_\t_\t\n\
\n#Text=the capital\n\
2-1\t43-46\tthe\tplace[4]\tnew[4]\t_\tKabul[4]\t_\t_\t_\t\n\
2-2\t47-54\tcapital\tplace[4]\tnew[4]\t_\tKabul[4]\t_\t_\t_\t\n";

    #[test]
    fn parses_named_places() {
        let d = parse_webanno("x", TSV);
        assert_eq!(d.places, vec![(16, 29), (34, 39)]);
        let c: Vec<char> = d.text.chars().collect();
        assert_eq!(c[16..29].iter().collect::<String>(), "United States");
        assert_eq!(c[42], '\n');
    }

    #[test]
    #[allow(clippy::type_complexity)]
    fn scoring_table() {
        // (gold, pred, exact tp, overlap tp)
        let table: &[(&[(usize, usize)], &[(usize, usize)], usize, usize)] = &[
            (&[(0, 5)], &[(0, 5)], 1, 1),
            (&[(0, 5)], &[(0, 3)], 0, 1),
            (&[(0, 5)], &[(6, 9)], 0, 0),
            (&[(0, 20), (10, 15)], &[(10, 15)], 1, 1),
            (&[(0, 5)], &[(0, 2), (3, 5)], 0, 1),
        ];
        for (g, p, e, o) in table {
            let s = score(g, p);
            assert_eq!((s.exact.tp_pred, s.overlap.tp_pred), (*e, *o), "{g:?} {p:?}");
        }
    }

    #[test]
    fn pearson_and_v15tone() {
        assert!((pearson(&[1.0, 2.0, 3.0], &[2.0, 4.0, 6.0]) - 1.0).abs() < 1e-12);
        assert!((pearson(&[1.0, 2.0, 3.0], &[3.0, 2.0, 1.0]) + 1.0).abs() < 1e-12);
        assert_eq!(pearson(&[1.0, 1.0], &[1.0, 2.0]), 0.0);
        assert_eq!(parse_v15tone("-1.5,2,3.5,5.5,20,1,400,380"), Some([-1.5, 2.0, 3.5, 5.5, 20.0, 1.0, 400.0]));
        assert_eq!(parse_v15tone("1,2"), None);
    }

    #[test]
    fn byte_spans_convert() {
        assert_eq!(byte_to_char_span("é Kyiv", 3, 7), (2, 6));
        assert_eq!(byte_to_char_span("abc", 1, 99), (1, 3));
    }
}
