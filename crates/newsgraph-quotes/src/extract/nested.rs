//! Session 14: a sentence wholly inside parentheses ("(…, Mr. Madden said.)") is read without
//! them. (The session's nested-attribution rule, "X said that the minister believes …" read as a
//! second statement of the minister, was measured and not merged: PolNeAR marks few such
//! attributions, so it lowered dev F1 0.8072 -> 0.8059, and reporting the inner claim as the
//! minister's own statement would misattribute it; see docs/quotes.md.)

impl<'a> super::Ctx<'a> {
    /// Session 14: a sentence wholly inside parentheses ("(The French are big fans of the show,
    /// Mr. Madden said.)"): its first token after the opening one, and whether it is one (the
    /// closing parenthesis is then trimmed with the final punctuation). Only when the sentence
    /// opens with "(" and its last token is ")".
    pub(super) fn paren_sentence(&self, lo: usize, hi: usize) -> (usize, bool) {
        if lo + 4 < hi && self.text(lo) == "(" && self.text(hi - 1) == ")" && !(lo + 1..hi - 1).any(|j| self.text(j) == ")") {
            (lo + 1, true)
        } else {
            (lo, false)
        }
    }
}
