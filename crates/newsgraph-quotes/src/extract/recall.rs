//! Session 14 (recall): attributions the reported-speech pass missed entirely, or read with the
//! wrong content, because of their structure (not their vocabulary).

use super::{Frame, Np};
use crate::lexicon::{word, CueClass};
use newsgraph_core::model::Span;

/// Prepositions (a relative pronoun after one, "in which …", opens no object relative; a
/// phrase opening with one is no subject).
fn preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "of"
            | "to"
            | "for"
            | "on"
            | "at"
            | "by"
            | "with"
            | "from"
            | "about"
            | "under"
            | "into"
            | "over"
            | "through"
            | "during"
            | "among"
            | "against"
            | "between"
    )
}

/// Words before a relative pronoun that make it no relative clause of a noun ("in which …",
/// "know which …", "and which …"): prepositions, a few verbs taking a question clause,
/// conjunctions, "be" and demonstratives.
fn not_antecedent(w: &str) -> bool {
    preposition(w)
        || matches!(
            w,
            "know"
                | "knows"
                | "knew"
                | "decide"
                | "decided"
                | "choose"
                | "see"
                | "ask"
                | "asked"
                | "wonder"
                | "and"
                | "or"
                | "but"
                | "is"
                | "was"
                | "are"
                | "were"
                | "be"
                | "that"
                | "this"
        )
}

/// Irregular past tenses that a subject phrase may have swallowed ("Obama spent much of his
/// presidency fighting for").
fn past_verb(w: &str) -> bool {
    matches!(
        w,
        "spent"
            | "made"
            | "took"
            | "gave"
            | "got"
            | "went"
            | "came"
            | "found"
            | "led"
            | "won"
            | "lost"
            | "left"
            | "put"
            | "set"
            | "kept"
            | "held"
            | "brought"
            | "thought"
            | "told"
            | "said"
            | "saw"
            | "became"
            | "began"
            | "ran"
            | "paid"
            | "sent"
            | "built"
            | "knew"
            | "wrote"
            | "spoke"
            | "chose"
    )
}

impl<'a> super::Ctx<'a> {
    /// Session 14: an object relative clause with a subject and a cue of its own ("the trade
    /// bill, which he once supported, …", "the marchers, whom he described as "peaceful," …",
    /// "…, something Sanders aides argue is possible", "a strike that company executives said
    /// could affect earnings"): the relative pronoun is the object of the cue, so the clause,
    /// from the pronoun to its end, is the content (PolNeAR marks the pronoun, or the clause
    /// when the cue has a complement), and the clause's subject `np` the speaker. Before, the
    /// words after the cue were read as its object ("which he once supported, and embraced the
    /// tariffs" gave the content "and embraced the tariffs").
    ///
    /// `k..after` is the cue, `np` its subject (found by the subject rules), `lo..end` the
    /// clause being read. "that" is read only before a clause that lacks its subject (a modal
    /// or a finite "be", "have", "do" right after a speech or thought cue: "a strike that
    /// executives said could …"), as "that" after a noun also opens a noun's clause ("the fact
    /// that he supported the bill").
    #[allow(clippy::too_many_arguments)]
    pub(super) fn object_relative(
        &self,
        k: usize,
        after: usize,
        np: &Np,
        lo: usize,
        end: usize,
        class: CueClass,
        used: &[bool],
        quoted: &[bool],
    ) -> Option<(Span, Frame, CueClass)> {
        if !matches!(class, CueClass::Verb | CueClass::Object | CueClass::Thought) || np.start >= k || np.start <= lo {
            return None;
        }
        // (A cheap test first: a relative word at or just before the subject, or a preposition
        // the subject rules stopped at.)
        let rel_word = |j: usize| matches!(self.low(j), "which" | "whom" | "who" | "that" | "something");
        let stopped =
            |j: usize| preposition(self.low(j)) || self.has(j, word::DETERMINERS) || matches!(self.low(j), "most" | "few");
        if !(rel_word(np.start - 1) || rel_word(np.start) || stopped(np.start - 1)) {
            return None;
        }
        // (A passive cue, "which the Senate is expected to …", has no speaker here.)
        if matches!(self.low(k), "is" | "are" | "was" | "were" | "be" | "been" | "being") {
            return None;
        }
        // (The subject rules may take the pronoun into the phrase: "whom the chief described".)
        let np = &if np.end > np.start + 1 && matches!(self.low(np.start), "which" | "whom" | "who" | "something") {
            Np { start: np.start + 1, end: np.end, appositive: None }
        } else {
            np.clone()
        };
        // ("who many in the Republican establishment had backed": the subject rules took the
        // phrase's last noun; the subject starts after the pronoun, a few plain words back.)
        // (Only past a preposition or determiner, where the subject rules stopped: "many in |
        // the …", "most | Whigs", "her | campaign".)
        let back = np.start > 2 && stopped(np.start - 1);
        let np = &(np.start.saturating_sub(4)..if back { np.start } else { 0 })
            .rev()
            .find(|&j| matches!(self.low(j), "which" | "whom" | "who") && !self.is_cap(j))
            .filter(|&j| {
                j + 1 < np.start
                    && (self.has(j + 1, word::DETERMINERS)
                        || matches!(self.low(j + 1), "many" | "most" | "some" | "few" | "several"))
                    && (j + 1..np.start).all(|t| {
                        self.is_word(t)
                            && !self.has(t, word::AUX)
                            && self.cue_at(t, |_| true).is_none()
                            && !self.low(t).ends_with("ed")
                    })
            })
            .map_or_else(|| np.clone(), |j| Np { start: j + 1, end: np.end, appositive: None });
        let r = np.start.checked_sub(1)?;
        if r <= lo || used.get(r).copied().unwrap_or(true) || quoted.get(r).copied().unwrap_or(false) {
            return None;
        }
        // (A capital is a name: "Who Gives a Crap said …".)
        let rel = self.low(r);
        if !matches!(rel, "which" | "whom" | "who" | "that" | "something") || self.is_cap(r) {
            return None;
        }
        // (A generic "you" in talk is nobody's statement: "which you see on the station".)
        if self.low(np.start) == "you" {
            return None;
        }
        // The subject: a short noun phrase that is no relative or interrogative word itself.
        if np.end > np.start + 6 || matches!(self.low(np.start), "which" | "who" | "whom" | "that" | "what") {
            return None;
        }
        // ("who through his office declined": a prepositional phrase is no subject.)
        if preposition(self.low(np.start)) {
            return None;
        }
        // No verb inside the subject ("those who named a candidate said …", "which included
        // staff members suggesting …": the subject rules' phrase there holds the clause's verb).
        if (np.start..np.end).any(|j| {
            let w = self.low(j);
            !self.is_cap(j) && (w.ends_with("ed") || w.ends_with("ing") || self.finite_verb(j) || past_verb(w))
        }) {
            return None;
        }
        // Between the subject and the cue: auxiliaries and adverbs only ("which he had once
        // supported"), no form of "be" (a passive: "which the Senate is expected to vote on").
        if k > np.end + 3
            || (np.end..k).any(|j| {
                !self.is_word(j)
                    || !(self.has(j, word::AUX) || self.low(j).ends_with("ly") || self.adverb(j))
                    || matches!(self.low(j), "is" | "are" | "was" | "were" | "be" | "been" | "being" | "'s" | "’s")
            })
        {
            return None;
        }
        // The antecedent: a comma or dash, or a noun (no preposition, verb or conjunction).
        let prev = r - 1;
        let after_mark = matches!(self.text(prev), "," | "—" | "–" | "-");
        let noun_before = self.is_word(prev)
            && !self.has(prev, word::AUX)
            && !not_antecedent(self.low(prev))
            && self.cue_at(prev, |_| true).is_none()
            && !(rel == "that" && self.is_cap(prev));
        match rel {
            "something" if !after_mark => return None,
            _ if !(after_mark || noun_before) => return None,
            _ => {}
        }
        // "that" only before a clause that lacks its subject ("a strike that executives said
        // could …", "a system that he said has favored …"): after a noun, "that" also opens the
        // noun's own clause ("the fact that he supported the bill"), and a bare "that you can
        // tell." or "the fourth night that Serbians protested;" is no statement in the news.
        if rel == "that" && !(matches!(class, CueClass::Verb | CueClass::Thought) && after < end && self.finite_verb(after)) {
            return None;
        }
        // The clause ends at the first punctuation outside quotation marks.
        // (Or at "according to …": "which the president accepted according to a statement".)
        let stop = (after..end)
            .find(|&j| {
                matches!(self.text(j), "," | ";" | ":" | "—" | "–" | "(" | ")" | "-") && !quoted.get(j).copied().unwrap_or(false)
                    || self.low(j) == "according" && self.low(j + 1) == "to"
            })
            .unwrap_or(end);
        // ("which he said.": nothing after the cue for a speech verb is fine, the pronoun is its
        // object; but a thought cue needs its clause.)
        if class == CueClass::Thought && stop <= after {
            return None;
        }
        // After the clause, the main clause goes on with its predicate ("…, which he once
        // supported, was passed", "…, and has embraced …"): no statement is read there before a
        // later comma that opens a clause with a subject ("…, collapsed, but Ruiz said …").
        let opens_clause = |p: usize| {
            let mut next = p + 1;
            while next < end && matches!(self.low(next), "and" | "but" | "while" | "yet" | "," | "-" | "—" | "–") {
                next += 1;
            }
            next < end
                && self.is_word(next)
                && (self.is_cap(next) && self.cue_at(next, |_| true).is_none()
                    || self.has(next, word::DETERMINERS)
                    || matches!(self.low(next), "he" | "she" | "they" | "we" | "i" | "it"))
        };
        let resume = if stop >= end || opens_clause(stop) {
            after
        } else {
            (stop + 1..end)
                .find(|&j| {
                    matches!(self.text(j), "," | ";" | "—" | "–") && !quoted.get(j).copied().unwrap_or(false) && opens_clause(j)
                })
                .unwrap_or(end)
        };
        let frame = Frame {
            speaker: Some(np.clone()),
            cue: Some(self.span(k, after)),
            region: (np.start, resume),
            prep: false,
            extra: None,
        };
        Some((self.span(r, stop), frame, class))
    }

    /// Session 14: a gerund cue in a "by", "before" or "after" adjunct inside the content of an
    /// object or stance cue ("He defended the ban by citing a poll …", "Coleman endorsed Graham
    /// before backing Rubio"): the same subject's second statement, as a participle after a
    /// comma is. Returns, as `coordinated_second` does, the last token of the first content,
    /// the second cue's first token and length, and the second content's first token. Not in
    /// a clause with a subject of its own ("said he won by attacking …": the gerund is the
    /// inner subject's).
    pub(super) fn adjunct_gerund(
        &self,
        ct0: usize,
        ct1: usize,
        class: CueClass,
        quoted: &[bool],
    ) -> Option<(usize, usize, usize, usize)> {
        if !matches!(class, CueClass::Object | CueClass::Thought | CueClass::Verb) {
            return None;
        }
        let q = |j: usize| quoted.get(j).copied().unwrap_or(false);
        // (Walked over the cue hits only: the gerund is a cue.)
        let last = ct1.saturating_sub(1);
        let mut v = ct0 + 3;
        let j = loop {
            v = self.next_hit(v, last);
            if v >= last {
                return None;
            }
            let j = v - 1;
            if self.low(v).ends_with("ing")
                && !self.is_cap(v)
                && matches!(self.low(j), "by" | "before" | "after")
                && !q(j)
                && self.is_word(j - 1)
            {
                break j;
            }
            v += 1;
        };
        // A speech verb's content before the adjunct must be an object, not a clause: no
        // subject pronoun or finite verb in it ("defended the ban by citing …", not "said he won
        // by attacking …").
        if class == CueClass::Verb
            && (ct0..j)
                .any(|t| self.finite_verb(t) || matches!(self.low(t), "he" | "she" | "they" | "we" | "i" | "it" | "that" | "you"))
        {
            return None;
        }
        let v = j + 1;
        // ("after seeing the damage": perception, no statement.)
        if matches!(self.low(v), "seeing" | "watching" | "hearing" | "looking") {
            return None;
        }
        let (_, len) = self.cue_at(v, |c| matches!(c, CueClass::Verb | CueClass::Object | CueClass::Thought))?;
        if self.continue_to(v, v + len) {
            return None;
        }
        let mut c = v + len;
        if c < ct1 && self.low(c) == "that" {
            c += 1;
        }
        (c < ct1 && self.is_word(c) && j > ct0 + 1).then_some((j - 1, v, len, c))
    }

    /// Session 14: the subject of a gerund cue in a "by", "before" or "after" adjunct ("Ryan
    /// surprised the party by declaring he …"): the clause's main subject (the subject rules
    /// took "Ryan surprised the party").
    pub(super) fn adjunct_gerund_subject(&self, k: usize, s0: usize, quoted: &[bool]) -> Option<Np> {
        if k < s0 + 3 || !self.low(k).ends_with("ing") || !matches!(self.low(k - 1), "by" | "before" | "after") {
            return None;
        }
        // (Only inside a clause that opened with its subject: no comma right before.)
        if !self.is_word(k - 2) {
            return None;
        }
        self.main_subject(s0, k - 1, quoted).filter(|np| {
            np.end < k - 1
                && self.is_word(np.end)
                && !(np.start..np.end).any(|j| {
                    let w = self.low(j);
                    !self.is_cap(j) && (w.ends_with("ed") || self.finite_verb(j) || past_verb(w))
                })
        })
    }

    /// A few adverbs that stand between a subject and its verb with no "-ly" ("he once
    /// supported", "she later said").
    fn adverb(&self, j: usize) -> bool {
        matches!(
            self.low(j),
            "once"
                | "also"
                | "still"
                | "never"
                | "later"
                | "since"
                | "now"
                | "long"
                | "often"
                | "first"
                | "then"
                | "even"
                | "already"
                | "not"
                | "n't"
                | "previously"
                | "repeatedly"
        )
    }
}
