//! Session 14 (helper): rules found by reading quotes on real news (Wikinews) by hand. Each is
//! a small test called from one place in `extract.rs`; see docs/quotes.md, "Session 14: real
//! news (helper)".

use super::{CueClass, Np};
use crate::lexicon::word;
use newsgraph_core::model::{ActorKind, Span};

impl<'a> super::Ctx<'a> {
    /// The speaker mention chosen for `span` is a place that ends the speaker after "of", "in",
    /// "from" or "at" ("Businessman Don Blankenship of West Virginia", "President Hassan
    /// Rouhani of Iran", "An Al Jazeera reporter in Kenya"): where the place says where the
    /// speaker is from, the speaker is the mention before it (a person first, else the longest
    /// other mention inside the span). `None` keeps the choice.
    pub(super) fn speaker_before_place(&self, best: usize, span: Span, from: usize, to: usize) -> Option<usize> {
        let b = self.actors.get(best)?;
        if !matches!(b.kind, ActorKind::Country | ActorKind::Region) || b.start <= span.start || b.end != span.end {
            return None;
        }
        let before = self.body.get(span.start..b.start)?.trim_end();
        let before = before.strip_suffix(" the").unwrap_or(before);
        let w = before.rsplit(' ').next()?;
        if !matches!(w, "of" | "in" | "from" | "at") {
            return None;
        }
        // "The Supreme Court of Puerto Rico", "the Mayor of Birmingham": a place after "of" that
        // names an office's or body's jurisdiction is no speaker's home; only a mention that
        // ends before the preposition can be chosen, and a person or an outlet is needed.
        let prep_at = span.start + before.len() - w.len();
        (from..to)
            .filter(|&i| i != best)
            .filter(|&i| {
                let m = &self.actors[i];
                m.start <= m.end
                    && m.start >= span.start
                    && m.end <= prep_at
                    && matches!(m.kind, ActorKind::Person | ActorKind::Organization)
            })
            .max_by_key(|&i| {
                let m = &self.actors[i];
                (matches!(m.kind, ActorKind::Person), m.end - m.start)
            })
    }

    /// A passive's agent after "by" that is a manner or a time, not who spoke: a gerund
    /// ("protested by shouting", "decided by voting", "responded by throwing things"), a clock
    /// time ("estimated by 9 pm") or an amount ("cut by 30 percent"; "rejected by 64 percent of
    /// the voters" is an agent).
    pub(super) fn by_manner(&self, j: usize) -> bool {
        if j >= self.n() {
            return false;
        }
        if self.kind(j) == newsgraph_core::model::TokenKind::Number {
            let next = if j + 1 < self.n() { self.low(j + 1) } else { "" };
            let share = matches!(next, "percent" | "%" | "per") && (j + 2 >= self.n() || self.low(j + 2) != "of");
            return share || matches!(next, "pm" | "am" | "p.m." | "a.m." | "o'clock");
        }
        self.is_word(j) && !self.is_cap(j) && self.low(j).len() > 5 && self.low(j).ends_with("ing")
    }

    /// The noun phrase `np` after an inverted cue at `k` ("…, said X", "…, wrote X") can be
    /// its speaker: a participle never inverts ("…, citing the health crisis"), and a phrase
    /// that names no one ("…, expressed his sadness", "…, declared a state of emergency") is
    /// the verb's object, the words before the comma its subject.
    pub(super) fn inverted_speaker(&self, k: usize, np: &Np) -> bool {
        if self.low(k).ends_with("ing") {
            return false;
        }
        if np.end <= np.start {
            return false;
        }
        let head = np.end - 1;
        // ("said a source close to the campaign", "said the man who …": a role or person noun
        // anywhere in the phrase.)
        let person = |j: usize| {
            self.has(j, word::ROLE_NOUNS)
                || matches!(
                    self.low(j),
                    "man"
                        | "woman"
                        | "men"
                        | "women"
                        | "person"
                        | "father"
                        | "mother"
                        | "son"
                        | "daughter"
                        | "wife"
                        | "husband"
                        | "brother"
                        | "sister"
                        | "friend"
                        | "friends"
                        | "neighbor"
                        | "neighbour"
                        | "observer"
                        | "observers"
                        | "witness"
                        | "witnesses"
                        | "victim"
                        | "family"
                )
        };
        self.plausible_speaker(np)
            || (np.start..np.end).any(person)
            || self.is_pronoun(np.start)
            || (np.start..np.end).any(|j| self.is_cap(j) && !self.has(j, word::DETERMINERS))
            || self.cue_at(head, |c| matches!(c, CueClass::Document | CueClass::Medium)).is_some()
            || self.has_actor(self.span(np.start, np.end))
    }

    /// A cue word at `k` that is a noun or part of the subject, not the clause's speech verb:
    /// after "own" and a possessive ("At his own request, …"); a past participle reducing a
    /// relative clause inside an opening prepositional phrase ("For reasons further stated
    /// below, …", "In remarks prepared for the dinner, …"); or the verb of a restrictive
    /// relative clause inside the subject of a later speech verb ("The lawyers who argued the
    /// appeal said …", "Representatives who voted against the bill said …").
    pub(super) fn not_the_clause_cue(&self, k: usize, lo: usize, end: usize) -> bool {
        if k >= lo + 2 && self.low(k - 1) == "own" && super::is_possessive_determiner(self.low(k - 2)) {
            return true;
        }
        // (The caller has read a verb, object or thought cue at `k`.)
        self.reduced_relative_in_opening(k, lo)
            || k > lo && self.text(k - 1) == "who" && self.relative_before_cue(k, lo, end).is_some()
    }

    /// "For reasons further stated below, …": `k` is a past participle after a plain noun (and
    /// at most two adverbs) that follows a preposition opening the clause at `lo`, and a comma
    /// closes the phrase within a few words.
    fn reduced_relative_in_opening(&self, k: usize, lo: usize) -> bool {
        if k < lo + 2 || !matches!(self.low(lo), "for" | "in" | "on" | "at" | "with" | "by" | "from" | "under" | "despite") {
            return false;
        }
        let l = self.low(k);
        if !(l.ends_with("ed") || matches!(l, "said" | "told" | "written" | "given" | "made")) {
            return false;
        }
        let mut j = k;
        let mut adverbs = 0;
        while j > lo + 1 && adverbs < 2 && matches!(self.low(j - 1), "further" | "also" | "previously" | "already" | "earlier")
            || j > lo + 1 && adverbs < 2 && self.low(j - 1).ends_with("ly") && self.low(j - 1).len() > 4 && !self.is_cap(j - 1)
        {
            j -= 1;
            adverbs += 1;
        }
        // The phrase between the preposition and the participle: plain words, no verb, no comma.
        if j <= lo + 1 || j - lo > 6 {
            return false;
        }
        let plain = (lo + 1..j)
            .all(|i| self.is_word(i) && !self.has(i, word::AUX) && !self.is_pronoun(i) && self.cue_at(i, |_| true).is_none());
        let noun = self.low(j - 1);
        plain
            && !noun.ends_with("ly")
            && !noun.ends_with("ed")
            && !self.is_cap(j - 1)
            && (k + 1..(k + 8).min(self.n())).take_while(|&i| self.sent(i) == self.sent(k)).any(|i| self.text(i) == ",")
    }

    /// "The lawyers who argued the appeal said …": the verb at `k` follows a restrictive "who"
    /// after a noun phrase, and a speech verb follows within the clause (no comma, quotation
    /// mark or clause word between) with the relative clause as its subject. Returns that
    /// later verb's position. (A plural noun that is also a cue, "made controversial
    /// comments", is no later verb.)
    fn relative_before_cue(&self, k: usize, lo: usize, end: usize) -> Option<usize> {
        // ("Who Gives a Crap": a capitalised "Who" is a name.)
        if k < lo + 2 || self.text(k - 1) != "who" || !self.is_word(k - 2) || self.has(k - 2, word::DETERMINERS) {
            return None;
        }
        if !self.is_word(k)
            || self.is_cap(k)
            || self.has(k, word::DETERMINERS | word::AUX | word::CLAUSE_WORDS)
            || self.is_pronoun(k)
        {
            return None;
        }
        self.np_left(k - 1, lo).filter(|np| np.end == k - 1)?;
        let mut j = k + 1;
        while j < end && j < k + 10 {
            // (A pronoun, auxiliary or modal opens a clause of the relative verb's own: "critics
            // who say he should condemn …".)
            if !self.is_word(j)
                || self.has(j, word::CLAUSE_WORDS | word::AUX)
                || self.is_pronoun(j)
                || self.finite_verb(j)
                || matches!(self.low(j), "that" | "and" | "or" | "but" | "who")
            {
                return None;
            }
            if j > k + 1 && self.cue_at(j, |c| c == CueClass::Verb).is_some() && !self.is_cap(j) && !self.plural_noun_cue(j) {
                return Some(j);
            }
            j += 1;
        }
        None
    }

    /// The subject of the speech verb at `k` when a restrictive "who" clause stands between it
    /// and its noun phrase ("The lawyers who argued the appeal said …"): the noun phrase
    /// before "who".
    pub(super) fn subject_past_relative(&self, k: usize, lo: usize) -> Option<Np> {
        // (Only a lower-case "who" counts; the body's text is compared, no lower-casing.)
        let w = (k.saturating_sub(10).max(lo + 1)..k.saturating_sub(2)).rev().find(|&j| self.text(j) == "who")?;
        if self.relative_before_cue(w + 1, lo, k + 1) != Some(k) {
            return None;
        }
        let np = self.np_left(w, lo).filter(|np| np.end == w)?;
        Some(self.with_head(np, lo))
    }

    /// "If your friend says, …", "when my doctor told me …": a possessive determiner and one
    /// plain noun right before the cue at `k`, opening the clause (at `lo`, or after a
    /// subordinator or a comma), which the noun-phrase reader does not take ("your" is no
    /// speaker determiner, "friend" no role noun).
    pub(super) fn possessed_subject(&self, k: usize, lo: usize) -> Option<Np> {
        if k < lo + 2 || !super::is_possessive_determiner(self.low(k - 2)) {
            return None;
        }
        let n = k - 1;
        let noun = self.is_word(n)
            && !self.is_cap(n)
            && !self.has(n, word::AUX | word::CLAUSE_WORDS | word::NP_STOP)
            && !self.is_pronoun(n)
            && self.cue_at(n, |_| true).is_none()
            && self.low(n) != "own";
        let opens = k - 2 == lo
            || matches!(self.low(k - 3), "if" | "when" | "whenever" | "because" | "while" | "unless" | "once")
            // ("and your friend says", not "Rajamma and her husband told": a name before "and"
            // shares the subject.)
            || k >= lo + 4 && matches!(self.low(k - 3), "and" | "but") && self.is_word(k - 4) && !self.is_cap(k - 4)
            || matches!(self.text(k - 3), "," | ":" | ";");
        (noun && opens).then_some(Np { start: k - 2, end: k, appositive: None })
    }

    /// "Why do you think that might be?", "Did they say anything?", "Could you tell us more
    /// about it?", "Had the federation ever warned you …?": the subject `np` of the cue at `k`
    /// follows an auxiliary or modal (or opens with one) in a sentence that ends with a
    /// question mark. A question asks what someone says or thinks; it reports no statement.
    pub(super) fn asked_not_said(&self, np: &Np, k: usize) -> bool {
        let Some(s) = self.doc.sentences.get(self.sent(k)) else { return false };
        let (s0, mut e) = (s.token_start, s.token_end.min(self.n()));
        while e > s0 + 1 && matches!(self.kind(e - 1), newsgraph_core::model::TokenKind::Quote) {
            e -= 1;
        }
        if e <= s0 || self.text(e - 1) != "?" {
            return false;
        }
        let aux = |j: usize| self.is_word(j) && self.finite_verb(j);
        np.start < k && (aux(np.start) || np.start > s0 && aux(np.start - 1))
    }
}

impl<'a> super::Ctx<'a> {
    /// Round two: a thought cue at `k` (ending before `after`) that is a discourse marker or a
    /// hedge, not what someone thinks or knows: a parenthetical "you know," or "you see," inside
    /// the sentence ("at the end, you know, some rats …", "Because, you know, how could you …",
    /// "and you know, there's …") and "as far as I know," / "as we know it," ("As far as I know,
    /// there's no other animal …"). The words after the comma are the speaker's own. An opening
    /// "You know, I got in trouble" is kept: PolNeAR reads it as the content of "know".
    pub(super) fn thought_as_marker(&self, np: &Np, k: usize, after: usize) -> bool {
        if after + 1 >= self.n() || np.end != np.start + 1 {
            return false;
        }
        let comma = self.text(after) == ",";
        let medial_you = self.low(np.start) == "you"
            && np.start > 0
            && self.sent(np.start - 1) == self.sent(k)
            && matches!(self.low(np.start - 1), "," | "and" | "but" | "so" | "because" | "or" | "like" | "—" | "–");
        let hedge = self.is_pronoun(np.start)
            && (k >= 2 && self.low(k - 2) == "as" || k >= 4 && self.low(k - 4) == "as" && self.low(k - 3) == "far");
        // ("as we know it, …": the hedge's own object before the comma.)
        medial_you && comma || hedge && (comma || self.low(after) == "it" && self.text(after + 1) == ",")
    }

    /// Round two: are tokens `lo..e` an opening time or place phrase ("Before the pandemic",
    /// "In 2019", "Last year", "On Tuesday", "In the first quarter") and nothing else: a
    /// preposition or time word first, then at most six plain words or numbers, no verb, no
    /// cue. ("Fundraising, according to …, has surged": a subject, not such a phrase.)
    pub(super) fn opening_adjunct(&self, lo: usize, e: usize) -> bool {
        if e <= lo || e - lo > 7 || e > self.n() {
            return false;
        }
        let opens = matches!(
            self.low(lo),
            "before" | "after" | "in" | "on" | "at" | "during" | "since" | "by" | "until" | "last" | "earlier" | "later"
        ) || self.kind(lo) == newsgraph_core::model::TokenKind::Number && e == lo + 1;
        opens
            && (lo + 1..e).all(|j| {
                (self.is_word(j) || self.kind(j) == newsgraph_core::model::TokenKind::Number)
                    && !self.has(j, word::AUX | word::CLAUSE_WORDS)
                    && !self.finite_verb(j)
                    && !self.low(j).ends_with("ed")
                    && !self.low(j).ends_with("ing")
                    && self.cue_at(j, |_| true).is_none()
            })
    }
}
