//! Session 19 (helper): recall. Two constructions around cues we already list, or list in the
//! "Session 19" block of `data/attribution-cues.txt`; see docs/quotes.md, "Session 19: recall
//! (helper)". The rules are called from `reported` (`extract.rs`): `stance_adjective` at an
//! `[object]` cue, `light_verb` where the possessor test is, `light_noun_cue` after `noun_cue`.

use super::{CueClass, Frame};
use crate::lexicon::word;
use newsgraph_core::model::{Span, TokenKind};

/// Adjectives that, after a copula and before their preposition ("critical of", "skeptical
/// about"), state a position the subject holds: "The union has been critical of the plan". They
/// are listed as `[object]` cues with their prepositions; read only after a copula. (Feelings,
/// "optimistic about", "upbeat about", are left out: session 18 kept them out as no statements.)
fn stance_adjective_word(w: &str) -> bool {
    matches!(
        w,
        "critical"
            | "skeptical"
            | "sceptical"
            | "dismissive"
            | "supportive"
            | "wary"
            | "distrustful"
            | "mistrustful"
            | "suspicious"
            | "contemptuous"
            | "scornful"
            | "disdainful"
            | "vocal"
            | "outspoken"
            | "scathing"
            | "complimentary"
            | "doubtful"
            | "adamant"
            | "unapologetic"
            | "effusive"
    )
}

/// Words between a copula and a stance adjective: "has been sharply critical of", "is deeply
/// skeptical of", "was more upbeat about", "were not enthusiastic about".
fn degree_word(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ly"))
        || matches!(
            w,
            "very"
                | "so"
                | "too"
                | "more"
                | "most"
                | "less"
                | "least"
                | "not"
                | "n't"
                | "also"
                | "long"
                | "still"
                | "even"
                | "quite"
        )
}

/// Verbs that carry a message noun: "raised serious doubts about", "made an impassioned call
/// for", "delivered a spirited defense of". The noun's complement is the content, the verb's
/// subject the source.
fn light_verb_word(w: &str) -> bool {
    matches!(
        w,
        "raise"
            | "raises"
            | "raised"
            | "raising"
            | "express"
            | "expresses"
            | "expressed"
            | "expressing"
            | "voice"
            | "voices"
            | "voiced"
            | "voicing"
            | "reiterate"
            | "reiterates"
            | "reiterated"
            | "reiterating"
            | "make"
            | "makes"
            | "made"
            | "making"
            | "deliver"
            | "delivers"
            | "delivered"
            | "delivering"
            | "issue"
            | "issues"
            | "issued"
            | "issuing"
            | "offer"
            | "offers"
            | "offered"
            | "offering"
            | "mount"
            | "mounts"
            | "mounted"
            | "level"
            | "levels"
            | "leveled"
            | "levelled"
            | "leveling"
            | "levelling"
            | "aired"
            | "lodged"
            | "registered"
    )
}

/// The message nouns of `[noun]` cues that a light verb can carry (not "attack", which is also
/// an armed one, nor "plan", "decision", "focus", which are no statements).
fn light_noun_word(w: &str) -> bool {
    matches!(
        w,
        "questions"
            | "concerns"
            | "concern"
            | "doubts"
            | "criticism"
            | "criticisms"
            | "call"
            | "calls"
            | "support"
            | "opposition"
            | "praise"
            | "endorsement"
            | "defense"
            | "defence"
            | "rejection"
            | "condemnation"
            | "denunciation"
            | "case"
            | "argument"
            | "claim"
            | "claims"
            | "assertion"
            | "allegation"
            | "allegations"
            | "accusation"
            | "accusations"
            | "warning"
            | "warnings"
            | "complaint"
            | "complaints"
            | "comments"
            | "remarks"
            | "demand"
            | "demands"
            | "promise"
            | "pledge"
            | "vow"
            | "prediction"
            | "predictions"
            | "suggestion"
            | "push"
            | "proposal"
            | "proposals"
            | "assessment"
            | "statement"
            | "announcement"
            | "admission"
            | "denial"
    )
}

impl<'a> super::Ctx<'a> {
    /// True when the `[object]` cue at `k` is one of [`stance_adjective_word`] (read only by
    /// [`Self::stance_adjective`]).
    pub(super) fn stance_only(&self, k: usize) -> bool {
        stance_adjective_word(self.low(k))
    }

    /// "The union has been critical of the plan", "Residents remain wary of the company's
    /// assurances", "The minister was dismissive of the report": a stance adjective and its
    /// preposition (the cue `k..after`) after a copula; the copula's subject is the source, the
    /// preposition's object the content.
    pub(super) fn stance_adjective(
        &self,
        k: usize,
        after: usize,
        lo: usize,
        end: usize,
        used: &[bool],
    ) -> Option<(Span, Frame, CueClass)> {
        if !self.stance_only(k) || k <= lo + 1 || after >= end || used[k] || used[after] {
            return None;
        }
        let mut c = k - 1;
        let mut skipped = 0;
        while c > lo && skipped < 3 && self.is_word(c) && degree_word(self.low(c)) {
            c -= 1;
            skipped += 1;
        }
        if !matches!(
            self.low(c),
            "is" | "was"
                | "are"
                | "were"
                | "be"
                | "been"
                | "being"
                | "'s"
                | "’s"
                | "'re"
                | "’re"
                | "remain"
                | "remains"
                | "remained"
                | "become"
                | "becomes"
                | "became"
                | "grew"
                | "grown"
                | "seem"
                | "seems"
                | "seemed"
                | "appeared"
                | "sounded"
                | "stayed"
        ) {
            return None;
        }
        // ("It is critical of …" has no one behind it; "there are skeptical …" is no copula.)
        let np = self.subject_left(c, lo).filter(|np| np.end <= c && !matches!(self.low(np.start), "it" | "there" | "this"))?;
        let e = self.complement_end(after, end, used)?;
        let frame =
            Frame { region: (np.start, after), speaker: Some(np), cue: Some(self.span(c, after)), prep: false, extra: None };
        Some((self.span(after, e), frame, CueClass::Object))
    }

    /// The light verb before the `[noun]` cue at `k` ("raised serious doubts about": the token of
    /// "raised"), over at most three lower-case words (an article, adjectives).
    pub(super) fn light_verb(&self, k: usize, lo: usize) -> Option<usize> {
        if !self.noun_hit(k) || !light_noun_word(self.low(k)) {
            return None;
        }
        let mut j = k;
        while j > lo && k - j < 4 {
            j -= 1;
            let w = self.low(j);
            if light_verb_word(w) {
                // (Not "a raised concern"; not "amid mounting questions": the verb has a subject.)
                return (j > lo && !matches!(self.low(j - 1), "a" | "an" | "the" | "amid" | "of" | "with")).then_some(j);
            }
            if !self.is_word(j)
                || self.is_cap(j)
                || self.has(j, word::AUX)
                || matches!(
                    w,
                    "of" | "to"
                        | "for"
                        | "on"
                        | "about"
                        | "in"
                        | "at"
                        | "by"
                        | "with"
                        | "that"
                        | "and"
                        | "or"
                        | "but"
                        | "which"
                        | "who"
                )
            {
                return None;
            }
        }
        None
    }

    /// "The governor raised serious doubts about the merger", "The senator made an impassioned
    /// call for new elections": a `[noun]` cue (`k..after`) carried by a light verb
    /// ([`Self::light_verb`]) with no possessor; the verb's subject is the source, the noun's
    /// complement the content.
    pub(super) fn light_noun_cue(
        &self,
        k: usize,
        after: usize,
        lo: usize,
        end: usize,
        used: &[bool],
    ) -> Option<(Span, Frame, CueClass)> {
        let v = self.light_verb(k, lo)?;
        if after >= end || used[after] || used[v] {
            return None;
        }
        let np = self.subject_left(v, lo).filter(|np| np.end <= v && !matches!(self.low(np.start), "it" | "there"))?;
        let e = self.complement_end(after, end, used)?;
        let frame =
            Frame { region: (np.start, after), speaker: Some(np), cue: Some(self.span(v, after)), prep: false, extra: None };
        Some((self.span(after, e), frame, CueClass::Noun))
    }

    /// Whether a `[noun]` cue starts at token `k` (the hits are looked at before the words).
    fn noun_hit(&self, k: usize) -> bool {
        match (self.hit_at.get(k), self.hit_at.get(k + 1)) {
            (Some(&a), Some(&b)) if a < b => {
                self.hits.get(a as usize..b as usize).is_some_and(|h| h.iter().any(|(c, _)| c.class == CueClass::Noun))
            }
            _ => false,
        }
    }

    /// Where the complement of a cue ending in a preposition or "that"/"to" (at `after`) ends, as
    /// `noun_cue` reads it: a clause runs to punctuation, a noun phrase also stops at a word of
    /// `np-stop` ("the plan was dropped"). `None` when it is empty.
    fn complement_end(&self, after: usize, end: usize, used: &[bool]) -> Option<usize> {
        let clause = matches!(self.low(after - 1), "that" | "to");
        let mut e = after;
        while e < end
            && e - after < 25
            && !matches!(self.text(e), "," | ";" | "—" | "–" | "(" | ":")
            && !used[e]
            && (clause || e == after || !self.has(e, word::NP_STOP) || self.name_and(e))
        {
            e += 1;
        }
        if e <= after || !self.is_word(after) {
            return None;
        }
        // (A phrase cut inside a quotation, at a comma before its closing mark: `a defense of
        // the “harbour plan,” saying …`, is not read: its span would hold one mark of two.)
        if (after..e).filter(|&j| self.kind(j) == TokenKind::Quote).count() % 2 == 1 {
            return None;
        }
        // "… has been critical of the council and said …": a coordinated cue after the noun
        // phrase is a second statement; the content runs on to it, so that the driver's
        // `coordinated_second` reads it (and cuts this content before "and").
        if e + 1 < end && matches!(self.low(e), "and" | "but") && !used[e] {
            let v = if matches!(self.low(e + 1), "also" | "then" | "later" | "again") { e + 2 } else { e + 1 };
            if self.cue_at(v, |c| matches!(c, CueClass::Verb | CueClass::Object | CueClass::Thought)).is_some() {
                let stop = (e..end).find(|&j| used[j] || matches!(self.text(j), ";" | "(")).unwrap_or(end);
                return Some(stop);
            }
        }
        Some(e)
    }

    /// "the National Institute of Allergy and Infectious Diseases": "and"/"or" between two
    /// capitalised words joins one name, not two clauses.
    fn name_and(&self, e: usize) -> bool {
        matches!(self.low(e), "and" | "or" | "&") && e > 0 && self.is_cap(e - 1) && self.is_cap(e + 1)
    }
}
