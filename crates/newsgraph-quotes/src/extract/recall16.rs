//! Session 16 (helper): attributions the rules missed, in shapes that are common in news
//! English. Each rule is called from one place in `extract.rs`; see docs/quotes.md, "Session
//! 16: recall (helper)". (Kept out of line: they run rarely, and inlined they only grow the
//! large `reported`.)

use super::{CueClass, Frame, Np};
use crate::lexicon::word;
use newsgraph_core::model::{Span, TokenKind};

impl<'a> super::Ctx<'a> {
    /// Session 16: "content according to X." with no comma before the cue ("Clinton leads
    /// Sanders by 271 delegates according to a count by The Associated Press.", "Both companies
    /// have been in operation since the 1970s according to USA Today."): the words from the
    /// clause's start to the cue are the content, the phrase after it the source. `k` is the
    /// cue's first token, `after` the token after it, `np` the phrase read after it (up to
    /// `np_end`, the first comma or `end`). Only when the phrase runs to the end of the sentence
    /// (or an adjunct closes it: "on Thursday"), the words before the cue open the sentence (or
    /// a clause after a semicolon) and the word before the cue can end a clause (no "and",
    /// "that", preposition or auxiliary: "and according to the ministry he died …" is an
    /// opening frame of the next clause).
    #[inline(never)]
    #[allow(clippy::too_many_arguments)]
    pub(super) fn prep_without_comma(
        &self,
        k: usize,
        after: usize,
        lo: usize,
        end: usize,
        np: Option<&Np>,
        np_end: usize,
        used: &[bool],
    ) -> Option<(Span, Frame, CueClass)> {
        let np = np?;
        if k < lo + 3 || after >= np_end {
            return None;
        }
        // The phrase runs to the end of the sentence, or to a comma before a participle or a
        // relative clause about the content ("… were injured according to health officials,
        // ranging in age from …").
        if np_end < end
            && !(self.text(np_end) == ","
                && np_end + 2 < end
                && !self.is_cap(np_end + 1)
                && (self.low(np_end + 1).ends_with("ing") || self.low(np_end + 1) == "which"))
        {
            return None;
        }
        let end = np_end;
        // The clause opens the sentence (or follows a semicolon or an opening parenthesis).
        let opens = lo == 0 || self.sent(lo - 1) != self.sent(lo) || matches!(self.text(lo - 1), ";" | "(");
        if !opens || (lo..k).any(|j| used.get(j).copied().unwrap_or(true)) {
            return None;
        }
        // The word before the cue ends a clause: a word, a number, a per cent sign, or a closing
        // mark or parenthesis after one.
        let p = k - 1;
        let closing = matches!(self.kind(p), TokenKind::Quote) || matches!(self.text(p), ")" | "%");
        if !(self.is_word(p) || closing) {
            return None;
        }
        if self.is_word(p)
            && !self.is_cap(p)
            && (self.dangling(p)
                || self.has(p, word::AUX | word::DETERMINERS)
                || matches!(
                    self.low(p),
                    "but"
                        | "nor"
                        | "so"
                        | "yet"
                        | "that"
                        | "which"
                        | "who"
                        | "whom"
                        | "whose"
                        | "where"
                        | "when"
                        | "while"
                        | "as"
                        | "than"
                        | "how"
                        | "what"
                        | "why"
                        | "if"
                        | "because"
                        | "not"
                        | "each"
                        | "all"
                        | "only"
                        | "even"
                        | "just"
                ))
        {
            return None;
        }
        // The phrase after the cue runs to the end of the sentence, or an adjunct closes it.
        // ("according to a count by The Associated Press": a short phrase is the source whole.)
        let tail = np.appositive.map_or(np.end, |a| self.token_after(a.end));
        let whole;
        let (np, tail) = if tail >= end || self.rest_is_adjunct(tail, end) {
            (np, tail)
        } else if end <= after + 10 && (after..end).all(|j| self.is_word(j) || self.text(j) == ".") {
            whole = Np { start: after, end, appositive: None };
            (&whole, end)
        } else {
            return None;
        };
        // The phrase can be a source: a capitalised word, a role or source noun ("health
        // officials", "a count by …", "NDRRMC data"); not "according to plan".
        let source = (np.start..tail.min(end)).any(|j| {
            self.is_cap(j)
                || self.has(j, word::ROLE_NOUNS)
                || matches!(
                    self.low(j),
                    "data"
                        | "figures"
                        | "records"
                        | "estimates"
                        | "count"
                        | "tally"
                        | "study"
                        | "research"
                        | "researchers"
                        | "reports"
                        | "media"
                        | "documents"
                        | "filings"
                        | "polls"
                        | "surveys"
                        | "census"
                        | "forecasters"
                        | "scientists"
                        | "investigators"
                        | "organizers"
                        | "organisers"
                )
        });
        if !source {
            return None;
        }
        // At least two words of content.
        if (lo..k).filter(|&j| self.is_word(j)).count() < 2 {
            return None;
        }
        let frame =
            Frame { speaker: Some(np.clone()), cue: Some(self.span(k, after)), region: (k, end), prep: true, extra: None };
        Some((self.span(lo, k), frame, CueClass::Prep))
    }

    /// Session 16: an absolute "with" clause that reports its own statement ("The ban took
    /// effect on Monday, with officials saying it was needed …"; "… denied it happened, with
    /// Lewandowski taking … to call Fields …"; "… shrugged off the decision, with three in 10
    /// saying …"): inside a content read after its cue (`ct0..ct1`), the first comma followed by
    /// "with", a subject (a noun phrase or a poll share opening right after "with") and an
    /// "-ing" speech, stance or thought cue within ten tokens. Returns the comma: the content
    /// ends before it, and the clause is read again as a statement of its own.
    #[inline(never)]
    pub(super) fn with_clause(&self, ct0: usize, ct1: usize, quoted: &[bool]) -> Option<usize> {
        let q = |j: usize| quoted.get(j).copied().unwrap_or(false);
        let j = (ct0 + 1..ct1.saturating_sub(4)).find(|&j| self.text(j) == "," && self.low(j + 1) == "with" && !q(j))?;
        let s0 = j + 2;
        // The first "-ing" word after the subject, before any punctuation.
        let k = (s0 + 1..(s0 + 10).min(ct1)).take_while(|&t| self.is_word(t)).find(|&t| self.low(t).ends_with("ing"))?;
        if q(k) || k + 3 > ct1 {
            return None;
        }
        self.cue_at(k, |c| matches!(c, CueClass::Verb | CueClass::Object | CueClass::Thought))?;
        let np = self
            .np_left(k, s0)
            .filter(|np| np.start == s0)
            .or_else(|| self.share_subject(j + 1, s0, k))
            .or_else(|| self.n_in_m(s0, k))?;
        // (The subject ends at the cue, past adverbs: "with officials also saying".)
        let gap_ok = (np.end..k).all(|t| self.has(t, word::AUX) || self.low(t).ends_with("ly"));
        gap_ok.then_some(j)
    }

    /// Session 16: a poll share "three in 10", "one out of five" (after an optional "about",
    /// "nearly", "almost", "roughly", "more than") filling `s0..k`.
    fn n_in_m(&self, s0: usize, k: usize) -> Option<Np> {
        let num = |t: usize| {
            self.kind(t) == TokenKind::Number
                || matches!(self.low(t), "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten")
        };
        let mut a = s0;
        while a < k && matches!(self.low(a), "about" | "nearly" | "almost" | "roughly" | "more" | "than" | "fewer" | "less") {
            a += 1;
        }
        let shaped = a + 3 <= k
            && num(a)
            && (self.low(a + 1) == "in" && num(a + 2) && a + 3 == k
                || self.low(a + 1) == "out" && self.low(a + 2) == "of" && a + 4 == k && num(a + 3));
        shaped.then_some(Np { start: s0, end: k, appositive: None })
    }

    /// Session 16: a speech verb's content that opens with an adjunct and goes on with "that"
    /// ("said at a church in Cleveland that …", "said on NBC's "Meet the Press" on Sunday that
    /// …", "said earlier on Friday during a news conference that …") or a subject pronoun ("said
    /// in an interview with the magazine he was open to …"): the content starts there; the
    /// adjunct (where, when, in which medium) is the frame's. `ct0..ct1` are the
    /// content's tokens. Only when the words between hold no verb, auxiliary, clause word or
    /// cue, and no "and" or "or" (so "that" is the complementizer, not a relative pronoun: "said
    /// at a meeting that was held …", "rejected at the inception of the Republic, and that the
    /// court has since repudiated" are left whole).
    #[inline(never)]
    pub(super) fn adjunct_before_that(&self, ct0: usize, ct1: usize, quoted: &[bool]) -> Option<usize> {
        if !matches!(
            self.low(ct0),
            "in" | "at" | "on" | "during" | "with" | "earlier" | "last" | "this" | "for" | "over" | "via" | "late" | "before"
        ) || self.is_cap(ct0) && ct0 > 0 && self.sent(ct0 - 1) != self.sent(ct0)
        {
            return None;
        }
        // ("this week", "last month"; not "explained this in the past, minus the assertion that …".)
        if matches!(self.low(ct0), "this" | "last")
            && !matches!(
                self.low(ct0 + 1),
                "week"
                    | "month"
                    | "year"
                    | "weekend"
                    | "morning"
                    | "afternoon"
                    | "evening"
                    | "spring"
                    | "summer"
                    | "fall"
                    | "winter"
            )
        {
            return None;
        }
        let q = |j: usize| quoted.get(j).copied().unwrap_or(false);
        let stop = (ct0 + 22).min(ct1.saturating_sub(3));
        for t in ct0 + 1..stop {
            if q(t) {
                continue;
            }
            if !self.is_word(t) {
                if matches!(self.text(t), ";" | ":" | "(" | ")" | "—" | "–" | "--") {
                    return None;
                }
                continue;
            }
            if self.is_cap(t) {
                continue;
            }
            // (An infinitive or a participle clause: "agreed in principle to admit X …, ending a
            // process that began …" has no adjunct before its "that".)
            if self.low(t) == "to" && self.is_word(t + 1) && !self.is_cap(t + 1) && !self.has(t + 1, word::DETERMINERS)
                || self.low(t).ends_with("ing") && self.text(t - 1) == ","
            {
                return None;
            }
            if self.low(t) == "that" {
                // (A relative "that": "that was held", "that would end …".)
                let next = t + 1;
                if self.has(next, word::AUX) && !self.is_pronoun(next)
                    || self.cue_at(next, |_| true).is_some()
                    || !self.is_cap(next) && self.low(next).ends_with("ed")
                {
                    return None;
                }
                return (t > ct0 + 1).then_some(t);
            }
            // A subject pronoun after the adjunct opens the content too ("told reporters in
            // Washington she will …", "said in an interview with the magazine he was open to …").
            // (After a name or a time word, before an auxiliary: not "on the message he felt …",
            // "under review, we have …".)
            if matches!(self.low(t), "he" | "she" | "they" | "we" | "i")
                && t > ct0 + 1
                && (self.is_cap(t - 1)
                    || matches!(self.low(t - 1), "morning" | "afternoon" | "evening" | "night" | "week" | "month" | "year"))
                && self.has(t + 1, word::AUX)
                && t + 3 <= ct1
            {
                return Some(t);
            }
            if matches!(
                self.low(t),
                "is" | "are"
                    | "was"
                    | "were"
                    | "be"
                    | "been"
                    | "being"
                    | "has"
                    | "have"
                    | "had"
                    | "will"
                    | "would"
                    | "can"
                    | "could"
                    | "should"
                    | "may"
                    | "might"
                    | "must"
                    | "do"
                    | "does"
                    | "did"
                    | "not"
                    | "who"
                    | "which"
                    | "what"
                    | "whether"
                    | "if"
                    | "because"
                    | "where"
                    | "while"
                    | "although"
                    | "though"
                    | "but"
                    | "and"
                    | "or"
                    | "he"
                    | "she"
                    | "they"
                    | "we"
                    | "i"
                    | "it"
                    | "you"
            ) || self.cue_at(t, |c| matches!(c, CueClass::Verb | CueClass::Thought | CueClass::Object)).is_some()
            {
                return None;
            }
        }
        None
    }
}
