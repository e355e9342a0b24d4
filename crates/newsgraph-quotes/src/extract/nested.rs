//! Session 14 (nested): an attribution nested inside another's content ("Kerry said that the
//! minister believes the talks will fail", "…, which analysts say could slow growth"). PolNeAR
//! marks both the outer and the inner attribution; the outer one is kept as it is and the inner
//! one is read as an extra statement.

use super::Np;
use crate::lexicon::{word, CueClass};
use newsgraph_core::model::Span;

/// Words after which a subject opens a clause of its own inside a content.
fn opens_clause(w: &str) -> bool {
    matches!(
        w,
        "that" | "," | ";" | "—" | "–" | "but" | "and" | "while" | "though" | "although" | "because" | "as" | "since" | "so"
    )
}

/// Pronouns that name nobody as a speaker ("it says", "you think", "there").
fn empty_subject(w: &str) -> bool {
    matches!(w, "it" | "you" | "this" | "that" | "there" | "what" | "which" | "these" | "those")
}

impl<'a> super::Ctx<'a> {
    /// Where a clause starts at token `c0` (after a cue), within `..end`: at `c0` when it is
    /// "that", or when a modal or a finite "be/have/do" follows a few words of subject with no
    /// punctuation between; after an addressee, at its
    /// "that" ("told the board that …"). `None` for an object ("ordered checks on …",
    /// "hailed him a hero").
    fn clause_at(&self, c0: usize, end: usize) -> Option<usize> {
        // ("said to have …": a passive report, or an infinitive of intention.)
        if c0 + 2 > end || !self.is_word(c0) || self.low(c0) == "to" {
            return None;
        }
        if self.low(c0) == "that" {
            return Some(c0);
        }
        for j in c0..(c0 + 5).min(end) {
            // (No conjunction or pronoun of a relative clause in the subject: "wants a convention
            // and I have to go", "want something they can …".)
            if !self.is_word(j) || matches!(self.low(j), "and" | "or" | "something" | "what" | "anything" | "everything") {
                return None;
            }
            let w = self.low(j);
            if j > c0 && w == "that" && j + 2 < end {
                return Some(j);
            }
            // (Not a past tense: "ordered a study of measures permitted under …" is an object.)
            if j > c0 && self.finite_verb(j) {
                return Some(c0);
            }
        }
        None
    }

    /// Session 14: a speech or thought cue with its own subject inside the content `ct0..ct1`
    /// of a reported statement: "[that] the minister believes the talks will fail", "…, and
    /// 39 have said they support Sanders". Returns the inner content (from after the cue to the
    /// end of the outer content), the cue and the inner subject.
    ///
    /// The subject opens the content or follows "that", a comma, a semicolon, a dash or a
    /// conjunction, and names people (a name or actor, a role noun, a pronoun, a share); not
    /// "it", "you", "I", "we", a relative pronoun (object relatives are `object_relative`'s) or
    /// a personal pronoun opening the content (mostly the outer speaker). No "be" between the
    /// subject and the cue (a passive), and a clause after the cue (`clause_at`).
    pub(super) fn nested_attribution(&self, ct0: usize, ct1: usize, quoted: &[bool]) -> Option<(Span, Span, Np)> {
        let ct1 = ct1.min(self.n());
        let mut k = self.next_hit(ct0 + 1, ct1);
        while k < ct1 {
            let here = k;
            k = self.next_hit(k + 1, ct1);
            if quoted.get(here).copied().unwrap_or(true) || self.is_cap(here) {
                continue;
            }
            let Some((_, len)) = self.cue_at(here, |c| matches!(c, CueClass::Verb | CueClass::Thought)) else {
                continue;
            };
            let after = here + len;
            // At least three words of content after the cue, inside the outer content.
            if after + 3 > ct1 {
                continue;
            }
            let Some(c0) = self.clause_at(after, ct1) else { continue };
            let Some(np) = self.np_left(here, ct0) else { continue };
            // The subject opens a clause: the content's start, or after "that", a comma, a
            // conjunction.
            // ("a finish that he said defied expectations": "that" after a word inside the
            // content opens a relative clause, `object_relative`'s.)
            let opens = np.start == ct0
                || np.start > ct0
                    && opens_clause(self.low(np.start - 1))
                    && !(self.low(np.start - 1) == "that" && np.start - 1 > ct0 && self.is_word(np.start - 2));
            let first_person = matches!(self.low(np.start), "i" | "we");
            // ("Mason said he does not believe …": a pronoun opening the content is mostly the
            // outer speaker, whose statement this is already.)
            let at_start = np.start == ct0 || np.start == ct0 + 1 && self.low(ct0) == "that";
            let first_person = first_person || at_start && self.is_pronoun(np.start);
            if !opens || np.end > np.start + 6 || empty_subject(self.low(np.start)) || first_person {
                continue;
            }
            // Only auxiliaries and adverbs between the subject and the cue ("have said", "actually
            // thinks"); no form of "be" (a passive: "the attacker is reported to have …", "the
            // injuries were discovered …").
            if (np.end..here).any(|j| {
                !(self.has(j, word::AUX) || self.low(j).ends_with("ly") || self.negated_do(j) || self.low(j) == "not")
                    || matches!(self.low(j), "is" | "are" | "was" | "were" | "be" | "been" | "being" | "'s" | "’s")
            }) {
                continue;
            }
            // The subject names people: a name or an actor, a role noun ("police", "officials",
            // "sources"), a pronoun or a share of people ("several", "others"); not "the attack
            // showed that …", "the law argued …".
            let head = np.end - 1;
            let people = self.has_actor(self.span(np.start, np.end))
                || (np.start..np.end).any(|j| self.is_cap(j))
                || self.has(head, word::ROLE_NOUNS)
                || self.is_pronoun(np.start)
                || matches!(
                    self.low(head),
                    "several" | "many" | "most" | "some" | "others" | "few" | "both" | "percent" | "people"
                );
            if !people {
                continue;
            }
            // (A subject holding a verb is no subject: "the plan he proposed".)
            if (np.start..np.end).any(|j| !self.is_cap(j) && (self.finite_verb(j) || self.low(j).ends_with("ed"))) {
                continue;
            }
            let content = Span::new(self.doc.tokens[c0].start, self.doc.tokens[ct1 - 1].end);
            return Some((content, self.span(here, after), np));
        }
        None
    }

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
