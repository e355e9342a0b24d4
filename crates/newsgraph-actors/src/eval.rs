//! Scoring actor mentions against GUM's gold entities (`coref_tsv`, WebAnno TSV 3.2).
//!
//! GUM annotates every entity mention as a full noun phrase with a type (`person`,
//! `organization`, `place`, …). Named-entity recognisers find *named* mentions, so the
//! gold set here is the person, organisation and place mentions that are **named**: the
//! first word after a leading determiner is capitalised and is not a pronoun, and a
//! sentence-initial word counts only when the document also writes it capitalised
//! elsewhere or the next word of the mention is capitalised too ("Officials said" at the
//! start of a sentence is not a name; "Peter Stano said" is).
//!
//! A predicted mention matches a gold mention of the same class when their spans
//! overlap; each gold and each prediction is matched at most once (greedily, by
//! overlap ratio). Precision = matched predictions / predictions, recall = matched gold
//! / gold. `exact` additionally requires the prediction to equal the gold span once a
//! leading determiner and a trailing possessive `'s` are removed from the gold span.
//! Gold offsets are Unicode code points; they are converted to bytes here.

use crate::{ActorStage, How, Mention};
use newsgraph_core::eval::Prf;
use newsgraph_core::model::ActorKind;
use newsgraph_core::{segment, Article};
use std::collections::HashSet;

/// The three classes scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    /// GUM `person`; newsgraph persons; spaCy PERSON.
    Person,
    /// GUM `organization`; newsgraph organisations, groups and IGOs; spaCy ORG.
    Organization,
    /// GUM `place`; newsgraph countries (not demonyms), capitals and regions; spaCy GPE, LOC, FAC.
    Place,
}

impl Class {
    /// All classes, in report order.
    pub const ALL: [Class; 3] = [Class::Person, Class::Organization, Class::Place];
    /// Lowercase name.
    pub fn name(self) -> &'static str {
        match self {
            Class::Person => "person",
            Class::Organization => "organization",
            Class::Place => "place",
        }
    }
}

/// A gold or predicted mention: a byte span and a class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Class.
    pub class: Class,
}

/// One GUM document rebuilt from `coref_tsv`.
#[derive(Debug, Clone, Default)]
pub struct GoldDoc {
    /// File stem ("GUM_news_afghan").
    pub id: String,
    /// Text: tokens at their gold offsets, sentences on lines of their own.
    pub text: String,
    /// Named gold mentions of the three classes.
    pub gold: Vec<Span>,
    /// Every gold mention of the three classes (named or not), for reference.
    pub all: Vec<Span>,
}

struct Tok {
    start: usize,
    end: usize,
    sentence_initial: bool,
    entities: Vec<(String, Option<String>)>,
}

/// Parses one `coref_tsv` file.
pub fn parse_coref_tsv(id: &str, tsv: &str) -> GoldDoc {
    let mut text = String::new();
    let mut chars = 0usize; // code points written so far
    let mut toks: Vec<Tok> = Vec::new();
    let mut new_sentence = false;
    for line in tsv.lines() {
        if line.starts_with("#Text=") {
            new_sentence = true;
            continue;
        }
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 4 {
            continue;
        }
        let Some((a, _b)) = cols[1].split_once('-') else { continue };
        let Ok(a) = a.parse::<usize>() else { continue };
        let word = cols[2];
        if a < chars {
            continue; // overlapping or out-of-order token: skip
        }
        let gap = a - chars;
        for i in 0..gap {
            text.push(if new_sentence && i == gap - 1 && !toks.is_empty() { '\n' } else { ' ' });
        }
        if new_sentence && gap == 0 && !toks.is_empty() {
            // Sentences always start a line, even with no gap in the offsets.
            text.push('\n');
        }
        chars = a + word.chars().count() + usize::from(new_sentence && gap == 0 && !toks.is_empty());
        let start = text.len();
        text.push_str(word);
        let end = text.len();
        let entities = if cols[3] == "_" {
            Vec::new()
        } else {
            cols[3]
                .split('|')
                .map(|e| match e.split_once('[') {
                    Some((t, rest)) => (t.to_string(), Some(rest.trim_end_matches(']').to_string())),
                    None => (e.to_string(), None),
                })
                .collect()
        };
        toks.push(Tok { start, end, sentence_initial: new_sentence, entities });
        new_sentence = false;
    }
    // Gather spans: (type, id) → first and last token.
    let mut spans: Vec<(String, usize, usize)> = Vec::new();
    let mut by_id: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (i, t) in toks.iter().enumerate() {
        for (ty, id) in &t.entities {
            match id {
                Some(id) => {
                    let key = format!("{ty}[{id}]");
                    match by_id.get(&key) {
                        Some(&k) => spans[k].2 = i,
                        None => {
                            by_id.insert(key, spans.len());
                            spans.push((ty.clone(), i, i));
                        }
                    }
                }
                None => spans.push((ty.clone(), i, i)),
            }
        }
    }
    // Words written capitalised somewhere other than at a sentence start.
    let caps: HashSet<&str> = toks
        .iter()
        .filter(|t| !t.sentence_initial && text[t.start..t.end].chars().next().is_some_and(char::is_uppercase))
        .map(|t| &text[t.start..t.end])
        .collect();
    let mut doc = GoldDoc { id: id.to_string(), ..Default::default() };
    for (ty, a, b) in spans {
        let class = match ty.as_str() {
            "person" => Class::Person,
            "organization" => Class::Organization,
            "place" => Class::Place,
            _ => continue,
        };
        let span = Span { start: toks[a].start, end: toks[b].end, class };
        doc.all.push(span);
        let mut first = a;
        while first < b && matches!(text[toks[first].start..toks[first].end].to_lowercase().as_str(), "the" | "a" | "an") {
            first += 1;
        }
        let w = &text[toks[first].start..toks[first].end];
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        let pronoun = matches!(w, "I" | "We" | "You" | "He" | "She" | "They" | "It" | "Me" | "Us" | "Him" | "Her" | "Them");
        let next_cap =
            first < b && text[toks[first + 1].start..toks[first + 1].end].chars().next().is_some_and(char::is_uppercase);
        let ok_initial = !toks[first].sentence_initial || caps.contains(w) || next_cap;
        if capital && !pronoun && ok_initial {
            doc.gold.push(span);
        }
    }
    doc.text = text;
    doc
}

/// The class a newsgraph mention is scored as, if any.
fn class_of(m: &Mention) -> Option<Class> {
    // An agent compound that names an institution ("the Indonesian Navy", "the State Department").
    let institution =
        m.role.as_deref().and_then(|r| r.rsplit(' ').next()).is_some_and(|h| crate::cues::cues().org_heads.contains(h));
    if m.how == How::Agent && institution && m.inner.is_some() {
        return Some(Class::Organization);
    }
    match (m.kind, m.how) {
        (_, How::Pronoun | How::RoleNoun | How::Agent) => None,
        (ActorKind::Person, _) => Some(Class::Person),
        (ActorKind::Organization | ActorKind::Group | ActorKind::Igo, _) => Some(Class::Organization),
        (ActorKind::Country | ActorKind::Region, How::Demonym) => None,
        (ActorKind::Country | ActorKind::Region, _) => Some(Class::Place),
        (ActorKind::Agent, _) => None,
    }
}

/// newsgraph's named mentions in a GUM document, as scored spans. The named actor inside
/// a compound ("Russia" in "Russia's foreign minister") counts as a mention of its own.
pub fn newsgraph_predictions(stage: &ActorStage, doc: &GoldDoc) -> Vec<Span> {
    let d = segment::segment(Article::from_body(doc.text.clone()));
    let ms = stage.mentions(&d);
    let tok = |t0: usize, t1: usize| (d.tokens[t0].start, d.tokens[t1 - 1].end);
    let mut out = Vec::new();
    for m in &ms {
        if let Some(c) = class_of(m) {
            let (start, end) = tok(m.t0, m.t1);
            out.push(Span { start, end, class: c });
        }
        if let Some((a0, a1, kind, form)) = m.inner {
            use crate::dict::{EntryKind, NameForm};
            let c = match (kind, form) {
                (_, NameForm::Demonym) => None,
                (EntryKind::Country | EntryKind::Region, _) => Some(Class::Place),
                (EntryKind::Igo | EntryKind::Organization | EntryKind::Group, _) => Some(Class::Organization),
                (EntryKind::Person, _) => Some(Class::Person),
            };
            if let Some(c) = c {
                let (start, end) = tok(a0, a1);
                // The compound itself may already be a mention of that class (a titled person is not a place).
                out.push(Span { start, end, class: c });
            }
        }
    }
    out
}

/// spaCy entities (`{"text","label","start","end"}`, code-point offsets) as scored spans.
pub fn spacy_predictions(doc: &GoldDoc, entities: &serde_json::Value) -> Vec<Span> {
    let byte_of = char_to_byte(&doc.text);
    let mut out = Vec::new();
    for e in entities.as_array().into_iter().flatten() {
        let class = match e["label"].as_str().unwrap_or("") {
            "PERSON" => Class::Person,
            "ORG" => Class::Organization,
            "GPE" | "LOC" | "FAC" => Class::Place,
            _ => continue,
        };
        let (Some(s), Some(t)) = (e["start"].as_u64(), e["end"].as_u64()) else { continue };
        let (s, t) = (s as usize, t as usize);
        if s >= t || t >= byte_of.len() {
            continue;
        }
        out.push(Span { start: byte_of[s], end: byte_of[t], class });
    }
    out
}

/// Byte offset of every code point (and of the end).
fn char_to_byte(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    v.push(text.len());
    v
}

/// Scores of one system on one document or a corpus.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Scores {
    /// Overlap matching, per class (in [`Class::ALL`] order).
    pub overlap: [Prf; 3],
    /// Exact matching, per class.
    pub exact: [Prf; 3],
}

impl Scores {
    /// Adds another document's counts.
    pub fn add(&mut self, o: &Scores) {
        for i in 0..3 {
            self.overlap[i].add(o.overlap[i]);
            self.exact[i].add(o.exact[i]);
        }
    }
}

/// A gold span without a leading determiner or a trailing possessive.
fn core(text: &str, s: Span) -> (usize, usize) {
    let mut a = s.start;
    let mut b = s.end;
    let t = &text[a..b];
    for det in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if t.starts_with(det) && b - a > det.len() {
            a += det.len();
            break;
        }
    }
    let t = &text[a..b];
    for poss in [" 's", " '", "'s", " ’s"] {
        if t.ends_with(poss) && b - a > poss.len() {
            b -= poss.len();
            break;
        }
    }
    (a, b)
}

/// Scores predictions against a document's named gold mentions. Returns the scores and
/// the unmatched predictions and gold mentions (for error listings).
pub fn score(doc: &GoldDoc, preds: &[Span]) -> (Scores, Vec<Span>, Vec<Span>) {
    let mut sc = Scores::default();
    let mut fps = Vec::new();
    let mut fns = Vec::new();
    // Identical predictions count once.
    let mut preds: Vec<Span> = preds.to_vec();
    preds.sort_by_key(|p| (p.start, p.end, p.class));
    preds.dedup();
    for (ci, class) in Class::ALL.iter().enumerate() {
        let gold: Vec<Span> = doc.gold.iter().copied().filter(|g| g.class == *class).collect();
        let pred: Vec<Span> = preds.iter().copied().filter(|p| p.class == *class).collect();
        let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
        for (pi, p) in pred.iter().enumerate() {
            for (gi, g) in gold.iter().enumerate() {
                let inter = p.end.min(g.end) as isize - p.start.max(g.start) as isize;
                if inter > 0 {
                    let union = p.end.max(g.end) - p.start.min(g.start);
                    pairs.push((inter as f64 / union as f64, pi, gi));
                }
            }
        }
        pairs.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal));
        let (mut pu, mut gu) = (vec![false; pred.len()], vec![false; gold.len()]);
        let mut exact = 0;
        for (_, pi, gi) in pairs {
            if pu[pi] || gu[gi] {
                continue;
            }
            pu[pi] = true;
            gu[gi] = true;
            if core(&doc.text, gold[gi]) == (pred[pi].start, pred[pi].end) {
                exact += 1;
            }
        }
        let tp = pu.iter().filter(|x| **x).count();
        sc.overlap[ci] = Prf { tp, fp: pred.len() - tp, fn_: gold.len() - tp };
        sc.exact[ci] = Prf { tp: exact, fp: pred.len() - exact, fn_: gold.len() - exact };
        fps.extend(pred.iter().zip(&pu).filter(|(_, u)| !**u).map(|(p, _)| *p));
        fns.extend(gold.iter().zip(&gu).filter(|(_, u)| !**u).map(|(g, _)| *g));
    }
    (sc, fps, fns)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TSV: &str = "#FORMAT=WebAnno TSV 3.2\n\n#Text=Peter Stano met officials in Brazil .\n\
1-1\t0-5\tPeter\tperson[1]\t_\n1-2\t6-11\tStano\tperson[1]\t_\n1-3\t12-15\tmet\t_\t_\n\
1-4\t16-25\tofficials\tperson\t_\n1-5\t26-28\tin\t_\t_\n1-6\t29-35\tBrazil\tplace\t_\n1-7\t36-37\t.\t_\t_\n\n\
#Text=He left the United States .\n2-1\t38-40\tHe\tperson\t_\n2-2\t41-45\tleft\t_\t_\n\
2-3\t46-49\tthe\tplace[2]\t_\n2-4\t50-56\tUnited\tplace[2]\t_\n2-5\t57-63\tStates\tplace[2]\t_\n2-6\t64-65\t.\t_\t_\n";

    #[test]
    fn reads_gold_and_scores() {
        let d = parse_coref_tsv("t", TSV);
        assert_eq!(d.text, "Peter Stano met officials in Brazil .\nHe left the United States .");
        let names: Vec<&str> = d.gold.iter().map(|g| &d.text[g.start..g.end]).collect();
        assert_eq!(names, ["Peter Stano", "Brazil", "the United States"]);
        let preds = [
            Span { start: 0, end: 11, class: Class::Person },
            Span { start: 29, end: 35, class: Class::Person }, // wrong class
            Span { start: 50, end: 63, class: Class::Place },
        ];
        let (s, fps, fns) = score(&d, &preds);
        assert_eq!(s.overlap[0], Prf { tp: 1, fp: 1, fn_: 0 });
        assert_eq!(s.overlap[2], Prf { tp: 1, fp: 0, fn_: 1 });
        assert_eq!(s.exact[2].tp, 1, "'the' is not part of the exact core");
        assert_eq!(fps.len(), 1);
        assert_eq!(fns.len(), 1);
    }
}
