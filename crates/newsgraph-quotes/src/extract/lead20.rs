//! Session 20 (lead): the outlet before a reporting verb is read whole. See docs/quotes.md,
//! "Session 20: cited sources (lead)".

use crate::lexicon::word;
use newsgraph_core::model::SourceKind;

/// Month names, lower-cased: a time word before an outlet's name ("On March Reuters …" is rare,
/// "in May The Times …" is not) is not part of it once a shorter name is found.
const MONTHS: &[&str] =
    &["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

impl<'a> super::Ctx<'a> {
    /// The outlet that ends just before the reporting verb at `k` ("The New York Times
    /// reported", "the Wall Street Journal reports"): its first token, length and kind. The
    /// longest run of capitalised words before `k` that is an outlet ([`Ctx::outlet_at`]),
    /// read leftwards from `k` and stopped at an article ("The" is not part of the name: "Global
    /// Times", not "The Global Times"), at a lower-case word, and at a weekday or month before a
    /// name already found ("on Monday Irish Times reported"; "The Sunday Times reported" keeps
    /// its day). The shortest run was read before: "York Times", "Street Journal", "Angeles
    /// Times".
    pub(super) fn outlet_before(&self, k: usize) -> Option<(usize, usize, SourceKind)> {
        let lo = k.saturating_sub(8);
        let mut best = None;
        for j in (lo..k).rev() {
            if !self.is_cap(j) || matches!(self.text(j), "The" | "THE") {
                break;
            }
            let low = self.low(j);
            if best.is_some() && (super::WEEKDAYS.contains(&low) || MONTHS.contains(&low)) {
                break;
            }
            if let Some((l, kind)) = self.outlet_at(j, k).filter(|&(l, _)| j + l == k) {
                best = Some((j, l, kind));
            }
        }
        // An agency phrase before a name ("state news agency Kelpa reported") starts at a
        // lower-case cue: the shortest outlet ending at `k`, as read before.
        best.or_else(|| (lo..k).rev().find_map(|j| self.outlet_at(j, k).filter(|&(l, _)| j + l == k).map(|(l, kd)| (j, l, kd))))
    }

    /// The end of a noun phrase `start..end` (within `..hi`) that closes on a place after "in",
    /// "of" or "from" and is followed by the place's state or country between commas: "according
    /// to police in Baytown, Texas, the driver …" ended the phrase at "Baytown", and "Texas, the
    /// driver …" became the content. The phrase runs over ", Texas" when one to three
    /// capitalised words follow the comma and are followed by a comma, a full stop, a closing
    /// parenthesis or the end.
    pub(super) fn place_apposition(&self, start: usize, end: usize, hi: usize) -> usize {
        if end + 2 > hi || end < start + 3 || self.text(end) != "," || !self.is_cap(end - 1) {
            return end;
        }
        // The place: capitalised words back to "in", "of" or "from" inside the phrase.
        let mut j = end - 1;
        while j > start && self.is_cap(j) {
            j -= 1;
        }
        if j == start || !matches!(self.low(j), "in" | "of" | "from") || j + 1 == end {
            return end;
        }
        let a = end + 1;
        let mut b = a;
        while b < hi && b - a < 3 && self.is_cap(b) && self.is_word(b) {
            b += 1;
        }
        if b == a || self.is_pronoun(a) {
            return end;
        }
        if b == hi || matches!(self.text(b), "," | "." | ")") {
            b
        } else {
            end
        }
    }

    /// "Typhoon Phanfone continued westward", "Talks continued on Monday": "continue" before a
    /// lower-case word other than "to", "that", a determiner and a gerund is the verb of going on, not the speech verb
    /// of ""…," he continued" or "He continued: "…"" (which a mark, a comma or the sentence's
    /// end follows). "continued to …" is [`Ctx::continue_to`]'s.
    pub(super) fn continue_going_on(&self, k: usize, after: usize) -> bool {
        matches!(self.low(k), "continue" | "continues" | "continued")
            && after == k + 1
            && after < self.n()
            && self.is_word(after)
            && !self.is_cap(after)
            && !matches!(self.low(after), "to" | "that")
            // ("continued his claims about …", "continued the criticism" keep their object.)
            && !self.has(after, word::DETERMINERS)
            // ("continued delivering his stump speech": the gerund is the act.)
            && !self.low(after).ends_with("ing")
    }

    /// "Welker received near-universal praise for …", "the plan drew sharp criticism": a cue
    /// word at `k` after a verb of receiving (over up to two lower-case modifiers) is a noun,
    /// its subject the one praised or criticised, not the speaker. (Not "face", "draw": "on
    /// their face seemed", "Democrats draw plan to …".)
    pub(super) fn received_noun(&self, k: usize, lo: usize) -> bool {
        // (An adverb, "receiving reportedly …", is an evidential cue of its own.)
        if self.low(k).ends_with("ly") {
            return false;
        }
        let mut j = k;
        for _ in 0..3 {
            if j <= lo {
                return false;
            }
            j -= 1;
            let w = self.low(j);
            if matches!(
                w,
                "received"
                    | "receive"
                    | "receives"
                    | "receiving"
                    | "drew"
                    | "drawn"
                    | "won"
                    | "win"
                    | "wins"
                    | "earned"
                    | "earn"
                    | "earns"
                    | "attracted"
                    | "attract"
                    | "attracts"
                    | "faced"
                    | "facing"
                    | "garnered"
                    | "sparked"
                    | "prompted"
                    | "provoked"
            ) {
                return true;
            }
            if !self.is_word(j) || self.is_cap(j) || self.has(j, word::DETERMINERS) && !matches!(w, "much" | "some") {
                return false;
            }
        }
        false
    }

    /// "US Special Representative for Iran Brian Hook", "Special Rapporteur on Torture Alice
    /// Edwards": "for" or "on" at `j` inside a capitalised title before a name, after an
    /// office's head noun, joins the title ([`Ctx::np_left`] joined it after an organisation's
    /// head only: the speaker was "Iran Brian Hook").
    pub(super) fn title_joiner(&self, j: usize, lo: usize, e: usize) -> bool {
        j > lo
            && j + 1 < e
            && matches!(self.low(j), "for" | "on")
            && self.is_cap(j - 1)
            && TITLE_HEADS.contains(&self.low(j - 1))
            && (j + 1..e).all(|x| self.is_cap(x))
    }
}

/// Heads of offices named with "for" or "on" ("Special Representative for Iran", "Envoy for
/// Syria", "Rapporteur on Torture", "Commissioner for Human Rights").
const TITLE_HEADS: &[&str] = &[
    "representative",
    "envoy",
    "minister",
    "secretary",
    "commissioner",
    "coordinator",
    "rapporteur",
    "adviser",
    "advisor",
    "ambassador",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "undersecretary",
    "under-secretary",
];
