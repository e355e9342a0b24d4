//! Session 18 (helper): "called" naming something, read as speech on real news (Wikinews). See
//! docs/quotes.md, "Session 18: quality on real news (helper)". (Out of line: it runs only at
//! the cue word "called".)

use crate::lexicon::word;
use newsgraph_core::model::TokenKind;

/// Words before "called" that are no noun of a noun phrase naming something: pronouns,
/// relative and function words, adverbs that sit between a subject and its verb.
fn not_a_noun(w: &str) -> bool {
    w.ends_with("ly")
        || matches!(
            w,
            "he" | "she"
                | "they"
                | "it"
                | "we"
                | "i"
                | "you"
                | "who"
                | "whom"
                | "which"
                | "that"
                | "what"
                | "this"
                | "these"
                | "those"
                | "one"
                | "and"
                | "or"
                | "but"
                | "then"
                | "also"
                | "once"
                | "later"
                | "never"
                | "not"
                | "n't"
                | "first"
                | "often"
                | "sometimes"
                | "still"
                | "even"
                | "just"
                | "already"
                | "again"
                | "since"
                | "ever"
                | "too"
                | "both"
                | "all"
                | "each"
                | "others"
                | "some"
                | "many"
                | "most"
                | "who's"
        )
}

/// Forms of "be" that make a following participle passive.
/// (Not "been": "has been called the "Trump of the East"" reports what others said.)
fn be_form(w: &str) -> bool {
    matches!(w, "is" | "are" | "was" | "were")
}

impl<'a> super::Ctx<'a> {
    /// "a species called the guanaco", "circular DNA sequences called plasmids", "a song called
    /// "Day after Day"", "a research group at four universities called FurScience", "is
    /// sometimes called a living fossil", "…, also called parole": "called" names what comes
    /// before it; nobody said anything. The cue word `k` (one token) is such a naming when
    /// - "is", "are", "was" or "were" stands before it (over adverbs: "are called", "was
    ///   commonly called", "is sometimes called") and no "by" (an agent) follows in its clause
    ///   ("has been called" is left: it reports what others said); or
    /// - it follows ", also" / ", sometimes" (an appositive: "…, also called parole, …"); or
    /// - the word before it is a lower-case noun (no pronoun, adverb or function word; no
    ///   relative word a few words back: "what the paper called "fury"" is speech), and one
    ///   noun phrase follows with no second complement: a quoted name right after "called" (and
    ///   an optional "a"/"the"), or plain words up to the clause's end, with no determiner or
    ///   quotation mark after its first word ("the president called the notion a "waste of
    ///   time"", "the campaign called the statement "false"" are speech). A role noun before
    ///   "called" ("officials", "the group", "critics") keeps the cue unless a quoted name
    ///   follows at once ("the experts called it unlikely"; "critics called the move
    ///   unconstitutional" has no mark of a second complement). The noun phrase ends at a
    ///   clause's end; after a preposition only a quotation mark counts ("smaller molecules
    ///   called peptides by using a chemical …" names; "called immigrants from Mexico
    ///   "rapists"" is speech).
    ///
    /// "dubbed" the same ("a programme dubbed "Zrinyi 2026""). Not particle uses ("called for",
    /// "called on", "called off", "called into question": other cues or actions), nor a pronoun
    /// or possessive object ("called it …", "called its actions defensive").
    #[inline(never)]
    pub(super) fn naming_called(&self, k: usize, lo: usize, end: usize) -> bool {
        if k <= lo || k + 1 >= end || !matches!(self.low(k), "called" | "dubbed") {
            return false;
        }
        let a = k + 1;
        let next = self.low(a);
        if matches!(
            next,
            "for"
                | "on"
                | "into"
                | "off"
                | "upon"
                | "out"
                | "in"
                | "up"
                | "back"
                | "to"
                | "it"
                | "him"
                | "her"
                | "them"
                | "this"
                | "that"
                | "these"
                | "those"
                | "us"
                | "me"
                | "you"
                | "his"
                | "their"
                | "its"
                | "our"
                | "my"
                | "your"
                | "himself"
                | "herself"
                | "themselves"
                | "itself"
        ) {
            return false;
        }
        // A passive: "be" before the cue, over adverbs ("is sometimes called"); no agent.
        let mut j = k;
        let mut steps = 0;
        while j > lo && steps < 3 {
            j -= 1;
            steps += 1;
            let x = self.low(j);
            if be_form(x) {
                let stop = end.min(a + 12);
                return !(a..stop).take_while(|&i| !matches!(self.text(i), ";" | "." | "?" | "!")).any(|i| self.low(i) == "by");
            }
            if !(self.is_word(j) && (x.ends_with("ly") || matches!(x, "sometimes" | "often" | "also" | "now" | "still"))) {
                break;
            }
        }
        let p = k - 1;
        // An appositive: "…, also called parole, …".
        if p > lo && matches!(self.low(p), "also" | "sometimes" | "often") && self.text(p - 1) == "," {
            return true;
        }
        if self.kind(p) != TokenKind::Word || self.is_cap(p) || self.is_pronoun(p) || self.has(p, word::AUX) {
            return false;
        }
        let pw = self.low(p);
        if not_a_noun(pw) || pw == "'s" || pw == "’s" {
            return false;
        }
        // An object relative: "what the paper called …", "which the firm called …".
        let mut j = p;
        let mut steps = 0;
        while j > lo && steps < 5 {
            j -= 1;
            steps += 1;
            if !self.is_word(j) {
                break;
            }
            if matches!(self.low(j), "what" | "which" | "that" | "whom" | "who") {
                return false;
            }
        }
        let det = |i: usize| matches!(self.low(i), "a" | "an" | "the");
        let quote = |i: usize| self.kind(i) == TokenKind::Quote;
        let mut j = a;
        if det(j) {
            j += 1;
        }
        if j < end && quote(j) {
            return true;
        }
        if self.has(p, word::ROLE_NOUNS) {
            return false;
        }
        let stop = end.min(a + 10);
        let mut first = true;
        // After a preposition a determiner starts its object ("peptides by using a chemical"),
        // but a quotation mark still marks a second complement ("called immigrants from Mexico
        // "rapists"").
        let mut prep = false;
        while j < stop {
            if quote(j) || !first && !prep && det(j) {
                return false;
            }
            prep |= matches!(
                self.low(j),
                "by" | "in" | "on" | "at" | "with" | "from" | "to" | "into" | "for" | "as" | "during" | "between" | "of"
            );
            if !self.is_word(j)
                || matches!(
                    self.low(j),
                    "and" | "but" | "or" | "which" | "who" | "that" | "when" | "because" | "before" | "after" | "while"
                )
            {
                break;
            }
            first = false;
            j += 1;
        }
        true
    }
}

impl<'a> super::Ctx<'a> {
    /// A cue word used for an act, not speech, told by the word after it: "Some protesters
    /// responded by throwing things" ("responded by" and a gerund), "contended for the party's
    /// nomination" (competed), "The legal team appealed the decision to the court" ("appealed"
    /// with a determiner's or possessive's object: a legal act; "appealed for calm", "appealed
    /// to residents to …" stay speech), and "offered US$1 million to …" (an offer of money).
    /// (Not a negated "respond to" — "did not respond to a request for comment" — which PolNeAR
    /// marks as an attribution: measured, train overlap tp −18, and left.)
    #[inline(never)]
    pub(super) fn action_cue(&self, k: usize, end: usize) -> bool {
        if k + 1 >= end {
            return false;
        }
        let w = self.low(k);
        let next = self.low(k + 1);
        match w {
            "respond" | "responds" | "responded" | "responding" => {
                next == "by" && k + 2 < end && self.is_word(k + 2) && self.low(k + 2).ends_with("ing")
            }
            "contend" | "contends" | "contended" | "contending" => next == "for",
            "appeal" | "appeals" | "appealed" | "appealing" => {
                matches!(next, "the" | "a" | "an" | "his" | "her" | "their" | "its" | "this" | "that" | "these" | "those")
            }
            "offer" | "offers" | "offered" | "offering" => {
                let t = self.text(k + 1);
                t.starts_with(['$', '£', '€'])
                    || t.starts_with("US$")
                    || t == "US" && self.text(k + 2).starts_with('$')
                    || self.kind(k + 1) == TokenKind::Number
            }
            _ => false,
        }
    }
}
