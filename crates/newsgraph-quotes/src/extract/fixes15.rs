//! Session 15 (helper): wrong quotes, speakers and spans found on real news (Wikinews). Each rule
//! is called from one place in `extract.rs`; see docs/quotes.md, "Session 15: real news (helper)".
//! (The rules are kept out of line: they run rarely, and inlined they only grow the large
//! `reported` and `extract`.)

use crate::lexicon::word;
use newsgraph_core::model::{Quote, QuoteKind, Span, TokenKind};

/// Interview turns as (label tokens, cue token, end token), and the interviewer's turns' token
/// ranges.
type Lines = (Vec<((usize, usize), usize, usize)>, Vec<(usize, usize)>);

impl<'a> super::Ctx<'a> {
    /// Session 15: a quotation or statement split by a medial frame ("The economy, the minister
    /// said, is recovering."; "“We will not,” he said, “give up.”") is one quote: the pieces
    /// that share one cue and one speaker, with the frame between them inside one sentence
    /// (the frame opens and closes with a comma or a dash), become one quote whose `start` is
    /// the first piece's and `end` the last piece's, and whose `text` is the pieces joined by a
    /// space, without the frame ("The economy is recovering", "We will not give up."). `quotes`
    /// is in text order; a follow-on quotation after a full stop (`"…," he said. "…"`) is left
    /// as a quote of its own.
    #[inline(never)]
    pub(super) fn join_split_quotes(&self, quotes: &mut Vec<(usize, Quote)>) {
        // Each quote is compared with the last one kept (`dedup_by` passes the later one first)
        // and joined to it when the frame splits them; the quotes are moved only when one is
        // joined (session 16: they were all moved into a new vector, a few hundred bytes each).
        quotes.dedup_by(|(_, q), (_, prev)| {
            if !self.frame_splits(prev, q) {
                return false;
            }
            let mut text = prev.text.trim_end_matches([',', ' ', '—', '–']).to_string();
            if self.opener_piece(prev) {
                text.push(',');
            }
            text.push(' ');
            text.push_str(q.text.trim_start());
            prev.text = text;
            prev.end = q.end;
            if prev.kind != q.kind {
                prev.kind = QuoteKind::Mixed;
            }
            for s in std::mem::take(&mut q.sources) {
                if !prev.sources.iter().any(|x| x.name == s.name) {
                    prev.sources.push(s);
                }
            }
            true
        });
    }

    /// Whether the first piece `a` of a split quote is a sentence opener that keeps its comma
    /// when the pieces are joined ("However, this study …", "Overall, the presence …", "Since
    /// their discovery, over four thousand …"; not "The economy is recovering"): a sentence
    /// adverb, a word in "-ly", or a preposition opening a phrase of at most six words, followed
    /// by a comma in the text.
    fn opener_piece(&self, a: &Quote) -> bool {
        let after = self.body.get(a.end..).unwrap_or("").trim_start_matches(['"', '“', '”', '\'', '‘', '’']);
        if !after.starts_with(',') && !a.text.ends_with(',') {
            return false;
        }
        let t = self.token_after(a.start);
        let words = (t..self.token_after(a.end)).filter(|&j| self.is_word(j)).count();
        let w = self.low(t);
        self.has(t, word::SENTENCE_ADVERBS)
            || words <= 2 && (w.ends_with("ly") || matches!(w, "overall" | "first" | "second" | "finally" | "again" | "longer"))
            || words <= 6
                && matches!(
                    w,
                    "on" | "in"
                        | "at"
                        | "since"
                        | "for"
                        | "after"
                        | "before"
                        | "during"
                        | "unlike"
                        | "despite"
                        | "under"
                        | "with"
                        | "without"
                        | "from"
                        | "over"
                        | "until"
                        | "as"
                        | "like"
                        | "beyond"
                        | "amid"
                        | "following"
                )
    }

    /// Whether `b` is the rest of `a` after a medial frame: same cue (between them), same
    /// speaker, one sentence, and the gap is `, FRAME,` (commas or dashes, quotation marks).
    fn frame_splits(&self, a: &Quote, b: &Quote) -> bool {
        let (Some(ca), Some(cb)) = (a.cue.as_ref(), b.cue.as_ref()) else { return false };
        if ca.start != cb.start || ca.end != cb.end || a.end > ca.start || cb.end > b.start || a.start >= a.end {
            return false;
        }
        let same_speaker = match (&a.speaker, &b.speaker) {
            (Some(x), Some(y)) => x.start == y.start && x.end == y.end,
            (None, None) => true,
            _ => false,
        };
        if !same_speaker || a.kind == QuoteKind::Partial || b.kind == QuoteKind::Partial {
            return false;
        }
        let Some(gap) = self.body.get(a.end..b.start) else { return false };
        if gap.len() > 160 || gap.contains('\n') {
            return false;
        }
        let marks: &[char] = &['"', '“', '”', '\'', '‘', '’', ' '];
        let g = gap.trim_matches(marks);
        let opens = g.starts_with([',', '—', '–']) || a.text.trim_end().ends_with([',', '—', '–']);
        let closes = g.ends_with([',', '—', '–']);
        if !opens || !closes {
            return false;
        }
        // A capitalised second piece opens a new sentence of the quotation ("“We are ready,” the
        // coach said, adding, “The team has trained …”"): two quotes, as the text has them.
        let first = b.text.trim_start_matches(marks);
        if first.starts_with(|c: char| c.is_uppercase()) && !first.starts_with("I ") && !first.starts_with("I'") {
            return false;
        }
        let (ta, tb) = (self.token_after(a.start), self.token_after(b.start));
        self.sent(ta) == self.sent(tb) && self.para(ta) == self.para(tb)
    }

    /// Session 15: the capitalised name `s..e` of a speaker that the connector rule ran over an
    /// "and" joining two institutions ("the University of Bristol and UC Davis"): the token of
    /// that "and", so that the name is the first institution's (the one the actors stage
    /// codes). Only when the words after "and" open with an acronym ("UC Davis", "MIT") or an
    /// institution's head word ("and University College London"); "Centers for Disease Control
    /// and Prevention", "Department of Health and Human Services" stay whole.
    #[inline(never)]
    pub(super) fn first_institution(&self, s: usize, e: usize) -> Option<usize> {
        let k = (s + 2..e.saturating_sub(1)).find(|&k| self.low(k) == "and")?;
        if !(s..k).any(|j| super::institution_head(self.text(j))) || !self.is_cap(k + 1) {
            return None;
        }
        let w = self.text(k + 1);
        let acronym = w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase() || c == '.' || c == '&');
        (acronym || super::institution_head(w)).then_some(k)
    }
}

impl<'a> super::Ctx<'a> {
    /// Session 15: an interview written as turns opened by a label in double parentheses
    /// ("((Zara Kay)) I am good, thanks.", "((WN)) Can you tell us something about yourself?"),
    /// Wikinews' layout: each turn is what its labelled speaker said, one direct quote, like a
    /// transcript's `WALLACE: …` line (the lines are returned in `transcript_lines`' form: the
    /// label's tokens, the closing parenthesis as the cue, the end of the turn). Paragraphs
    /// with no label between two labelled ones continue the turn before it (one quote over
    /// them). Empty unless at
    /// least three turns with two labels or more: one "((…))" is an aside. The interviewer's
    /// turns (the label whose turns end in a question mark at least half the time: "((WN))
    /// Can you tell us …?") are no quotes: their token ranges come second, to be read as used.
    #[inline(never)]
    pub(super) fn interview_lines(&self) -> Lines {
        let n = self.n();
        let mut out: Vec<((usize, usize), usize, usize)> = Vec::new();
        // (paragraph, label, closing parenthesis) of each labelled turn.
        let mut turns: Vec<(usize, (usize, usize), usize)> = Vec::new();
        // (Most documents have no such paragraph: the bytes are looked at before any token.)
        if self.doc.paragraphs.iter().filter(|p| self.opens_label(p)).nth(2).is_none() {
            return (out, Vec::new());
        }
        for (pi, para) in self.doc.paragraphs.iter().enumerate() {
            if !self.opens_label(para) {
                continue;
            }
            let a = self.token_after(para.start);
            if a + 4 >= n || self.text(a) != "(" || self.text(a + 1) != "(" {
                continue;
            }
            let Some(c) = (a + 2..(a + 10).min(n - 1)).find(|&j| self.text(j) == ")") else { continue };
            if c == a + 2 || self.text(c + 1) != ")" || !(a + 2..c).all(|j| self.is_word(j) || self.text(j) == ".") {
                continue;
            }
            if !self.is_cap(a + 2) || self.line_ends_at(c + 2) || self.para(c + 2) != pi {
                continue;
            }
            turns.push((pi, (a + 2, c), c + 1));
        }
        let label = |l: (usize, usize)| self.span(l.0, l.1).slice(self.body);
        let distinct = turns.first().is_some_and(|f| turns.iter().any(|t| label(t.1) != label(f.1)));
        if turns.len() < 3 || !distinct {
            return (out, Vec::new());
        }
        let para_end = |pi: usize| {
            let e = self.doc.paragraphs.get(pi).map_or(0, |p| p.end);
            self.token_after(e).min(n)
        };
        // Each turn's paragraph end, found once (`asks` and the turn's quote read it).
        let ends: Vec<usize> = turns.iter().map(|t| para_end(t.0)).collect();
        // Whether a turn (its paragraph's end `e`) ends in a question mark; whether a label is the
        // interviewer's (counted in one pass: (label, turns, questions) per label, a handful of
        // labels).
        let asks = |e: usize| {
            (e > 0)
                .then(|| (0..e).rev().take(4).find(|&j| self.kind(j) != TokenKind::Quote))
                .flatten()
                .is_some_and(|j| self.text(j) == "?")
        };
        let mut per_label: Vec<(&str, usize, usize)> = Vec::new();
        for (t, &e) in turns.iter().zip(&ends) {
            let l = label(t.1);
            let q = usize::from(asks(e));
            match per_label.iter_mut().find(|x| x.0 == l) {
                Some(x) => (x.1, x.2) = (x.1 + 1, x.2 + q),
                None => per_label.push((l, 1, q)),
            }
        }
        let interviewer = |l: (usize, usize)| per_label.iter().any(|x| x.0 == label(l) && 2 * x.2 >= x.1);
        let mut asked: Vec<(usize, usize)> = Vec::new();
        for (ti, (&(pi, lab, close), &own_end)) in turns.iter().zip(&ends).enumerate() {
            if interviewer(lab) {
                // (The turn's first token, `token_after` of its paragraph's start: the label starts
                // two tokens after it, past "((".)
                asked.push((lab.0 - 2, own_end));
                continue;
            }
            // Paragraphs up to the next labelled turn continue this one: the quote runs over them.
            let next = turns.get(ti + 1).map_or(pi + 1, |t| t.0);
            let end = (pi + 1..next).rev().map(para_end).find(|&e| e > 0).unwrap_or(own_end).max(own_end);
            out.push((lab, close, end));
        }
        (out, asked)
    }

    /// Session 15: in an interview laid out as turns (`interview_lines`),
    /// a thought cue ("think", "know", "want", "see") whose subject is "I", "we" or "you" outside
    /// the turns (the introduction, the last answer's later paragraphs) is talk, not a
    /// statement reported: "I think it's important to …", "we know that some planets …", "You
    /// see the majority rule …". News text reports thoughts in the third person or inside
    /// quotation marks.
    #[inline(never)]
    pub(super) fn interview_talk(&self, np: &super::Np) -> bool {
        if np.end != np.start + 1 || !matches!(self.low(np.start), "i" | "we" | "you") {
            return false;
        }
        // (Three paragraphs opening with "((", looked for outward from this one: in an
        // interview they are near; the check runs only for these subjects.)
        let paras = &self.doc.paragraphs;
        let here = self.para(np.start).min(paras.len());
        let before = paras[..here].iter().rev().filter(|p| self.opens_label(p)).take(3).count();
        before == 3 || paras[here..].iter().filter(|p| self.opens_label(p)).take(3 - before).count() == 3 - before
    }

    /// Whether paragraph `p`'s text opens with "((" (after spaces).
    fn opens_label(&self, p: &Span) -> bool {
        self.body.get(p.start..p.end).is_some_and(|t| t.trim_start().starts_with("(("))
    }
}

impl<'a> super::Ctx<'a> {
    /// Session 15: a cue word in "-ed" between a number and a plural noun is an adjective, not
    /// a speech verb ("a total of 1,124 pledged delegates" had the content "delegates" and the
    /// speaker "a reported total of 1,124"). The cue lookup's
    /// `participle_after_preposition_or_count` knows plain digits ("400 reported cases"), not a
    /// number with a comma.
    #[inline(never)]
    pub(super) fn count_participle(&self, k: usize, len: usize) -> bool {
        if len != 1 || k == 0 || !self.low(k).ends_with("ed") {
            return false;
        }
        let noun = self.low(k + 1);
        self.kind(k - 1) == TokenKind::Number
            && self.is_word(k + 1)
            && !self.is_cap(k + 1)
            && noun.len() > 3
            && noun.ends_with('s')
            && !noun.ends_with("ss")
            && !self.has(k + 1, word::AUX | word::CLAUSE_WORDS | word::NP_STOP)
    }

    /// Session 15: an opening phrase before a closing frame's comma is short enough to be an
    /// introduction ("At 2:45 a.m. local time (0645 UTC), his office said, he died …") when
    /// its words outside parentheses are at most ten: a time given in two zones is still a
    /// time phrase. (Before, the parenthesis made it long, and the phrase was read as the
    /// whole statement, without the clause after the frame.)
    #[inline(never)]
    pub(super) fn short_intro(&self, lo: usize, b: usize) -> bool {
        if b > lo + 24 || !(lo..b).any(|j| self.text(j) == "(") {
            return false;
        }
        let mut depth = 0usize;
        let mut outside = 0usize;
        for j in lo..b {
            match self.text(j) {
                "(" => depth += 1,
                ")" => depth = depth.saturating_sub(1),
                _ if depth == 0 => outside += 1,
                _ => {}
            }
        }
        depth == 0 && outside <= 11
    }
}
