//! Session 18 (lead): reported speech whose addressee runs on into the reported clause. See
//! docs/quotes.md, "Session 18: the addressee and the reported clause (lead)". (Out of line: it
//! runs only after a verb of telling with a noun phrase after it.)

use crate::lexicon::word;

impl<'a> super::Ctx<'a> {
    /// "told the Associated Press four victims were from one family", "told CNN Philippines the
    /// towns damaged were …", "told local media Adamowicz's heart was restarted": with no
    /// "that", the noun phrase read after a verb of telling (`c..oe`) ran on from the addressee
    /// into the subject of the reported clause, so the content began at its verb ("were from one
    /// family"). When a finite verb follows that noun phrase, the addressee is only its leading
    /// part: a name (capitalised words after an optional "the"), or plain lower-case words
    /// ("reporters", "local media", "the crowd") up to a capitalised word, a determiner or a
    /// number. Returns where the reported clause starts, or `oe` when there is no such split
    /// ("told the court documents were forged" stays as it was: nothing marks where the
    /// addressee ends).
    #[inline(never)]
    pub(super) fn addressee_end(&self, c: usize, oe: usize) -> usize {
        if oe >= self.n() || !finite(self.low(oe)) {
            return oe;
        }
        let mut j = c;
        if j < oe && self.low(j) == "the" {
            j += 1;
        }
        if j >= oe {
            return oe;
        }
        if self.is_cap(j) {
            // A name, hyphenated parts included ("Agence France-Presse").
            while j < oe && (self.is_cap(j) || self.text(j) == "-" && j + 1 < oe && self.is_cap(j + 1)) {
                j += 1;
            }
        } else {
            while j < oe
                && self.is_word(j)
                && !self.is_cap(j)
                && !self.has(j, word::DETERMINERS)
                && !opens_noun_phrase(self.low(j))
                && !self.is_number(j)
            {
                j += 1;
            }
        }
        // The clause's subject: at least one word, which starts like a noun phrase.
        if j > c && j < oe && self.is_word(j) {
            j
        } else {
            oe
        }
    }

    /// "No claims of responsibility were reported", "one of the five demands of the protesters",
    /// "The initial reports were of drone attacks", "amid reports of violence", "Per request of
    /// the prime minister": a one-word cue word that is a noun here, not a verb with a subject
    /// before it (`cue_at`'s noun slot, which already has the determiners and possessives
    /// right before the cue). Read here: after "no", "every", "per", "amid" or "despite", after
    /// a number when "of" or "for" follows, and as a plural noun before its verb at the opening
    /// of a clause (below). Not read: other prepositions ("a blizzard of tweets he sent denouncing …",
    /// "centers on comments Clinton made attacking …", "in favor of": PolNeAR marks such noun
    /// phrases as attributions, and our rules read some of them), "By reports, …" (an
    /// unnamed source's statement), quantifiers that stand alone ("All said …", "Some say …").
    #[inline(never)]
    pub(super) fn noun_use(&self, k: usize) -> bool {
        if k == 0 || self.low(k).ends_with("ing") {
            return false;
        }
        // "The initial reports were of drone attacks", "Its demands have grown": a plural noun
        // before its clause's verb. Only where the clause opens with a determiner and at most
        // two lower-case words before the cue word: an "-s" verb may be followed by "were" or
        // "are" in a relative clause, with or without its relative word ("measures the Treasury
        // says are needed", "arms which he says were destroyed", "weapons the army claims were
        // destroyed").
        let l = self.low(k);
        if l.ends_with('s') && !l.ends_with("ss") && k + 1 < self.n() && plural_finite(self.low(k + 1)) {
            // The clause's opening: the sentence's first token or one after a comma, semicolon
            // or colon, one to three tokens before the cue word.
            let opening = |c: usize| c == 0 || self.sent(c - 1) != self.sent(c) || matches!(self.text(c - 1), "," | ";" | ":");
            let determiner = |c: usize| {
                matches!(
                    self.low(c),
                    "the" | "a" | "an" | "no" | "its" | "their" | "our" | "his" | "her" | "these" | "those" | "such"
                )
            };
            if (k.saturating_sub(3)..k)
                .any(|c| opening(c) && determiner(c) && (c + 1..k).all(|j| self.is_word(j) && !self.is_cap(j)))
            {
                return true;
            }
        }
        let before = self.low(k - 1);
        if matches!(before, "no" | "every" | "per" | "amid" | "despite") {
            return true;
        }
        (self.is_number(k - 1)
            || matches!(before, "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"))
            && k + 1 < self.n()
            && matches!(self.low(k + 1), "of" | "for")
    }

    fn is_number(&self, t: usize) -> bool {
        self.kind(t) == super::TokenKind::Number
    }
}

/// A finite verb that can follow a clause's subject.
fn finite(w: &str) -> bool {
    plural_finite(w) || matches!(w, "is" | "was" | "has" | "does")
}

/// A finite verb that can follow a plural subject (not a verb's "-s" form: "reports were").
fn plural_finite(w: &str) -> bool {
    matches!(
        w,
        "were" | "are" | "have" | "had" | "will" | "would" | "could" | "can" | "may" | "might" | "should" | "must" | "do" | "did"
    )
}

/// A word that opens a new noun phrase after a plain addressee ("told the crowd the officers
/// were …", "told reporters four people were …"), besides the lexicon's `[determiners]`.
fn opens_noun_phrase(w: &str) -> bool {
    matches!(w, "no" | "most" | "all" | "this" | "these" | "those" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten")
}
