//! Session 20 (helper): recall. Two places where a listed cue took the wrong clause; see
//! docs/quotes.md, "Session 20: recall (helper)". Each rule is called from one place in
//! `extract.rs`.

use crate::lexicon::word;
use newsgraph_core::model::TokenKind;

impl<'a> super::Ctx<'a> {
    /// True when "to" at `c` opens an infinitive ("told residents to stay home", "urged the
    /// party to unite"), not a prepositional phrase ("said to reporters", "told the crowd to
    /// cheers"): a lower-case word follows that is no determiner, pronoun, number or plural
    /// noun ("to reporters"; a verb ending in "-ss", "to discuss", is kept). After an infinitive
    /// the content starts at "to", so a later "that" ("… so that the roads could be cleared",
    /// "… and tried to show that …") is not the cue's clause.
    pub(super) fn infinitive_to(&self, c: usize) -> bool {
        let v = c + 1;
        if self.low(c) != "to" || v >= self.n() || !self.is_word(v) || self.is_cap(v) || self.sent(v) != self.sent(c) {
            return false;
        }
        let w = self.low(v);
        // ("continued to assert that …", "went on to explain that …": an infinitive that is a
        // cue itself has the clause.)
        !self.has(v, word::DETERMINERS)
            && !self.is_pronoun(v)
            && !matches!(
                w,
                "his"
                    | "its"
                    | "their"
                    | "our"
                    | "my"
                    | "your"
                    | "that"
                    | "this"
                    | "these"
                    | "those"
                    | "police"
                    | "staff"
                    | "media"
                    | "press"
            )
            && !w.starts_with(|ch: char| ch.is_ascii_digit())
            && (!w.ends_with('s') || w.ends_with("ss"))
            && self.cue_at(v, |_| true).is_none()
    }

    /// True when a closing frame's cue at `c` (its end) is followed by a clause of its own, a
    /// subject pronoun and a finite verb ("…had “been friends for some time,” he claimed they
    /// had never met"): that cue reports the clause after it, not the quotation before it, which
    /// lies inside the sentence's first clause. (`own_that_clause` reads the same with "that".)
    pub(super) fn own_bare_clause(&self, c: usize, hi: usize) -> bool {
        let c = self.skip_time(c, hi);
        c + 2 < hi
            && matches!(self.low(c), "he" | "she" | "it" | "they" | "we" | "i")
            && self.is_word(c + 1)
            && (self.has(c + 1, word::AUX) || self.low(c + 1).ends_with("ed"))
    }

    /// The token after the comma at `j` and the closing marks right after it: a comma inside a
    /// quotation's closing mark ("… had “been friends for some time,” he claimed they …") ends
    /// the clause as a bare comma does, so the next clause's subject starts after the mark.
    pub(super) fn after_comma_marks(&self, j: usize, end: usize) -> usize {
        let mut q = j + 1;
        if self.text(j) == "," {
            while q < end.min(j + 3) && self.kind(q) == TokenKind::Quote {
                q += 1;
            }
        }
        q
    }

    /// `Bush: "The mission is …"` after another sentence of its paragraph (a transcript's
    /// turns: `Clinton: "…" Bush: "…"`), or after a dash (`Turnout is up - Michael P. McDonald:
    /// "…"`): a name right before the colon that introduces a quotation of at least three words.
    /// The headline rule (`frame_before`) reads this only at a paragraph's start. The name is
    /// capitalised throughout and, when one word, is the last word of a name met earlier in the
    /// article ("Jeb Bush" … "Bush:"), so that a capitalised label ("Result:", "Update:") is none.
    /// `p` is the token before the colon, `lo` the frame's first token.
    pub(super) fn name_colon_frame(&self, p: usize, lo: usize, words: usize) -> Option<super::Frame> {
        if words < 3 {
            return None;
        }
        let np = self.np_left(p + 1, lo)?;
        if np.end != p + 1 || np.end - np.start > 4 || !(np.start..np.end).all(|j| self.is_cap(j) || !self.is_word(j)) {
            return None;
        }
        let s = np.start;
        let dash = s > lo && matches!(self.text(s - 1), "-" | "–" | "—");
        let sentence_start = s == lo && s > 0 && self.sent(s - 1) != self.sent(s) && self.para(s - 1) == self.para(s);
        if !(dash || sentence_start) || self.newsroom_label(np.start, np.end) {
            return None;
        }
        if np.end == s + 1 && !(1..s).any(|j| self.low(j) == self.low(s) && self.is_cap(j - 1) && self.is_word(j - 1)) {
            return None;
        }
        Some(super::Frame { speaker: Some(np), cue: Some(self.span(p + 1, p + 2)), region: (s, p + 2), prep: false, extra: None })
    }
}
