//! Session 19 (helper): one content span holding two attributions. Where a second attribution
//! starts inside a content already found, the first content ends before it, and the second is
//! read as its own statement when its cue is listed. See docs/quotes.md, "Session 19: one span,
//! two attributions (helper)". Each rule is called from one place in `extract.rs`.

use super::{is_possessive_determiner, CueClass};
use crate::lexicon::word;

impl<'a> super::Ctx<'a> {
    /// A coordinated verb of the same subject whose cue is a thought or intention cue ("…
    /// questioned the plan and refused to back it", "… fear that … and warn that …", "…
    /// praised the crews and offered to …"): `coordinated_second` reads a speech verb after
    /// "and" but not these. The verb agrees in form with the main cue at `main` (both past,
    /// both "-s", both plain or both "-ing") and is followed by "to", "that" or a clause-opening
    /// word, as a thought cue is. Returns, as `coordinated_second` does, the last token of the
    /// first content, the second cue's first token and length, and the second content's first
    /// token.
    pub(super) fn and_thought_second(
        &self,
        ct0: usize,
        ct1: usize,
        main: Option<usize>,
        quoted: &[bool],
    ) -> Option<(usize, usize, usize, usize)> {
        let m = main?;
        // (A byte search first: most contents hold no " and ".)
        if ct1 <= ct0 + 4 {
            return None;
        }
        let (b0, b1) = (self.doc.tokens.get(ct0)?.start, self.doc.tokens.get(ct1 - 1)?.end);
        let hay = self.body.as_bytes().get(b0..b1)?;
        // (At each "d", the bytes around it: a `memmem` searcher would be built at each call.)
        if !memchr::memchr_iter(b'd', hay).any(|i| i >= 3 && hay.get(i - 3..i + 2) == Some(b" and ")) {
            return None;
        }
        let q = |j: usize| quoted.get(j).copied().unwrap_or(false);
        let form = self.verb_form(m);
        let mut j = ct0 + 1;
        while j + 3 < ct1 {
            if self.low(j) != "and" || q(j) {
                j += 1;
                continue;
            }
            let v = if matches!(self.low(j + 1), "also" | "then" | "later" | "again") { j + 2 } else { j + 1 };
            if v + 2 >= ct1 || q(v) || !self.is_word(v) || self.is_cap(v) || self.verb_form(v) != form {
                j += 1;
                continue;
            }
            // When the content is a clause, without a comma the verb after "and" is its
            // subject's ("said she was tired of it and wanted a change");
            // after a comma, "and" + "-ing" closes a list of gerunds ("…, increasing class
            // sizes and offering …").
            let comma = self.text(j - 1) == ",";
            let clause = self.clause_content(ct0, j);
            if clause && !comma || comma && form == 3 {
                j += 1;
                continue;
            }
            // ("and" closing a list of verbs is the list's subject's: "officials said a
            // constable saw them, decided to question them, and learned …", "admitting …,
            // switching …, increasing … and offering …".)
            if (ct0 + 1..j - 1).any(|t| self.text(t) == "," && self.verb_form(t + 1) == form && !self.is_cap(t + 1)) {
                j += 1;
                continue;
            }
            if let Some((_, len)) = self.cue_at(v, |c| c == CueClass::Thought) {
                let mut c = v + len;
                if c < ct1 && self.low(c) == "that" {
                    c += 1;
                }
                let e = if self.text(j - 1) == "," { j.saturating_sub(2) } else { j - 1 };
                if c + 2 < ct1 && e >= ct0 && !self.continue_to(v, v + len) {
                    return Some((e, v, len, c));
                }
            }
            j += 1;
        }
        None
    }

    /// The end of a content before a subordinate clause opened at `j` ("… he will support the
    /// budget, even as he has criticized …"): the clause's "even" and the comma before it are
    /// not content. `e` is the token after the content as found (`j` or the comma before it).
    pub(super) fn before_even(&self, e: usize, ct0: usize) -> usize {
        if e > ct0 + 2 && self.low(e - 1) == "even" {
            if self.text(e - 2) == "," {
                return e - 2;
            }
            return e - 1;
        }
        e
    }

    /// Does the content `ct0..j` read as a clause (it opens with or follows "that", opens with
    /// "whether" or a question word, or holds a finite auxiliary, a subject pronoun or a past
    /// form after a noun: "the candidate knew …") rather than a noun phrase ("questioned the
    /// council's commitment to reform")?
    fn clause_content(&self, ct0: usize, j: usize) -> bool {
        matches!(self.low(ct0), "that" | "whether" | "if" | "how" | "what" | "why" | "when")
            || ct0 > 0 && self.low(ct0 - 1) == "that"
            || (ct0..j).any(|t| {
                self.aux_tense(t) != 0
                    || matches!(self.low(t), "he" | "she" | "they" | "we" | "i" | "it" | "you")
                    || t > ct0
                        && self.verb_form(t) == 2
                        && self.is_word(t)
                        && !self.is_cap(t)
                        && self.is_word(t - 1)
                        && !self.has(t - 1, word::DETERMINERS)
                        && !is_possessive_determiner(self.low(t - 1))
            })
    }
}
