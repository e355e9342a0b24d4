//! Session 17 (helper): wrong speakers and false statements found by reading real news
//! (Wikinews). Each rule is called from one place in `extract.rs`; see docs/quotes.md,
//! "Session 17: quality on real news (helper)". (Kept out of line: they run rarely, and
//! inlined they only grow the large `reported` and `extract`.)

use super::{Frame, Pair};
use crate::lexicon::word;
use newsgraph_core::model::ActorKind;

/// Forms of "be" that make a following participle passive.
fn be_form(w: &str) -> bool {
    matches!(w, "is" | "are" | "was" | "were" | "be" | "been" | "being")
}

impl<'a> super::Ctx<'a> {
    /// Session 17: `A said, "First sentence." B said, "Second one."`: a quotation that is a
    /// closed sentence (it ends with a full stop, question or exclamation mark) and has a frame
    /// of its own before it (`A said, "…`), followed by a frame that opens the next quotation
    /// (`B said, "…` or `B said: "…`), is A's; the frame after it is the next quotation's. The
    /// driver took the frame after first, so the first quotation was B's ("Cardinal Marc
    /// Ouellet said, "…?" Archbishop Charles Scicluna said, "…"" gave both to Scicluna). `after`
    /// is the frame found after `p`, `next` the quotation after `p`. Not for a quotation ending
    /// in a comma (`"…," B said, "…"`: a medial frame, B's both).
    #[inline(never)]
    pub(super) fn frame_opens_next(&self, p: &Pair, after: &Frame, next: Option<&Pair>, headline: bool) -> bool {
        let Some(q) = next else { return false };
        if p.open == 0 || p.close_first == 0 || !matches!(self.text(p.close_first - 1), "." | "?" | "!") {
            return false;
        }
        // The frame after ends at a comma or colon right before the next opening mark.
        let fe = after.region.1;
        let opens = fe > 0 && q.open == fe && matches!(self.text(fe - 1), "," | ":")
            || q.open == fe + 1 && matches!(self.text(fe), "," | ":");
        if !opens || self.sent(q.open) != self.sent(fe.saturating_sub(1)) {
            return false;
        }
        // The quotation's own frame, closed by a comma or colon before its opening mark.
        matches!(self.text(p.open - 1), "," | ":")
            && self.frame_before(p, headline).is_some_and(|f| f.speaker.is_some() && f.cue.is_some())
    }

    /// Session 17: a passive participle cue, `k` its first token: a form of "be" right before
    /// it (over adverbs in "-ly" and "not", "never", "also"): "the fire's cause had not been
    /// officially stated", "… and is reported to be in critical condition". Its subject is what
    /// was said (or what was done), never who said it.
    #[inline(never)]
    pub(super) fn passive_participle(&self, k: usize, lo: usize) -> bool {
        let w = self.low(k);
        if !(w.ends_with("ed") || matches!(w, "told" | "said" | "thought" | "known" | "seen" | "shown" | "found" | "heard")) {
            return false;
        }
        let mut j = k;
        while j > lo {
            j -= 1;
            let x = self.low(j);
            if be_form(x) {
                return true;
            }
            if !(self.is_word(j) && (x.ends_with("ly") && x.len() > 3 || matches!(x, "not" | "n't" | "never" | "also"))) {
                return false;
            }
        }
        false
    }
}

impl<'a> super::Ctx<'a> {
    /// Session 17: the words between a passive's subject (ending at `e`) and its "be" (`b`)
    /// hold a comma, a dash or a coordinated verb, and no relative pronoun ("The victim, a
    /// student, was taken to hospital and is reported to …", "The central bank, which has held
    /// rates near zero, is expected to act …"): the subject is apart from its passive, which
    /// is still a passive (not "Trump, who was asked about it, said …": the relative clause's
    /// own passive).
    #[inline(never)]
    pub(super) fn subject_apart(&self, e: usize, b: usize) -> bool {
        (e..b).any(|j| !self.is_word(j) || matches!(self.low(j), "and" | "but" | "or"))
            && !(e..b).any(|j| matches!(self.low(j), "who" | "whom" | "whose" | "which" | "that"))
    }
}

impl<'a> super::Ctx<'a> {
    /// Session 17: a speaker whose phrase is a common noun ("his father", "the government's
    /// lawyer", "Shapiro's widow") followed by an appositive that names a person ("…," said his
    /// father, Abdullah Kurdi, following …; "Shapiro's widow, former tennis player Pam Shriver,
    /// said …"): the speaker is that person (the name was none, or the possessor's). The
    /// appositive runs from the comma after `np` to the next comma or full stop (at most eight
    /// words) and ends in two or more capitalised words that the actors stage reads as a
    /// person, and it is no subset or example ("others, including Fox News reporter Jennifer
    /// Griffin,"). The speaker's text stays `np`'s.
    #[inline(never)]
    pub(super) fn appositive_person(
        &self,
        np: &super::Np,
        last_named: &Option<(std::borrow::Cow<'_, str>, Option<usize>)>,
    ) -> Option<newsgraph_core::model::Speaker> {
        let (s, e) = (np.start, np.end);
        if e == 0 || e <= s || e + 3 >= self.n() || self.text(e) != "," || self.is_cap(e - 1) || !self.is_word(e - 1) {
            return None;
        }
        if e == s + 1 && self.is_pronoun(s) {
            return None;
        }
        let a = e + 1;
        let close = (a..(a + 9).min(self.n())).find(|&j| !self.is_word(j))?;
        if !matches!(self.text(close), "," | "." | ";") || close < a + 2 {
            return None;
        }
        // A subset or an example is no apposition ("many generals, including President Grant,").
        let first = self.low(a);
        if !self.is_cap(a)
            && (first.ends_with("ing")
                || matches!(
                    first,
                    "such" | "like" | "among" | "especially" | "notably" | "particularly" | "mostly" | "except" | "even"
                ))
        {
            return None;
        }
        // Two or more capitalised words end the appositive; none is a determiner or a clause word.
        if !(self.is_cap(close - 1) && self.is_cap(close - 2))
            || (a..close).any(|j| self.has(j, word::DETERMINERS | word::CLAUSE_WORDS) || self.is_pronoun(j))
        {
            return None;
        }
        let app = super::Np { start: a, end: close, appositive: None };
        let mut sp = self.speaker(&app, last_named);
        let person = sp.actor.and_then(|i| self.actors.get(i)).is_some_and(|m| m.kind == ActorKind::Person);
        if !person || sp.name.is_none() {
            return None;
        }
        let span = self.span(s, e);
        sp.text = span.slice(self.body).to_string();
        (sp.start, sp.end) = (span.start, span.end);
        Some(sp)
    }
}
