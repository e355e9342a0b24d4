//! Session 19 (lead): cited sources as a reader would list them. See docs/quotes.md, "Session
//! 19: cited sources (lead)". A pronoun is no cited source; an outlet's name is not cut at a word
//! that ends other noun phrases ("USA Today"); what an agency phrase introduces is a news agency
//! only when the phrase says so ("the newspaper Le Monde" is media); and the article's list names
//! an outlet once ("The Daily Telegraph" and "Daily Telegraph").

use newsgraph_core::model::{CitedSource, SourceKind};

impl<'a> super::Ctx<'a> {
    /// The end of a noun phrase `start..end` read from `start` (within `..hi`) that stopped
    /// inside an outlet's name: "according to USA Today" read "USA" (the phrase stops at
    /// "Today", a time word) and "USA" became the speaker and a cited source of its own. When
    /// an outlet ([`Ctx::outlet_at`]: a known outlet or a capitalised run ending in an outlet
    /// word) starts at the phrase's first word, or after its article, and runs past `end`, the
    /// phrase runs to the outlet's end.
    pub(super) fn outlet_through(&self, start: usize, end: usize, hi: usize) -> usize {
        let first = if start < end && self.low(start) == "the" { start + 1 } else { start };
        if first >= end || !self.is_cap(first) {
            return end;
        }
        match self.outlet_at(first, hi) {
            Some((len, _)) if first + len > end => first + len,
            _ => end,
        }
    }

    /// "has been", "had been", "will be", "could be": the word before token `e` is a perfect's
    /// or a modal's auxiliary of the passive "be" at `e`. The content of a passive cue with its
    /// agent is the subject before the auxiliaries ("Mancini has been described by the Daily
    /// Hive as …" → "Mancini", not "Mancini has").
    pub(super) fn perfect_or_modal_before_be(&self, e: usize) -> bool {
        e >= 1
            && match self.low(e) {
                "been" => matches!(self.low(e - 1), "has" | "have" | "had"),
                "be" => matches!(
                    self.low(e - 1),
                    "will" | "would" | "may" | "might" | "can" | "could" | "should" | "must" | "shall" | "to"
                ),
                _ => false,
            }
    }

    /// The agent after "by" of a passive cue before a quotation ("… were described by Johnson as
    /// a "…""): a name, or a common noun phrase after an article or a possessive ("by the
    /// minister", "by his lawyers"), but not a manner or a time ("by shouting", "by 9 pm").
    pub(super) fn passive_agent_ok(&self, np: &super::Np) -> bool {
        if self.is_cap(np.start) && self.is_cap(np.end - 1) {
            return true;
        }
        np.end > np.start + 1
            && matches!(self.low(np.start), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "some" | "many")
            && !self.by_manner(np.start + 1)
    }

    /// The kind of the name after the [agency] phrase at `j` (`len` tokens): a news agency
    /// when the phrase ends in "agency" ("state news agency IRNA"), else media ("the newspaper
    /// Le Monde", "state television CCTV", "the daily Kommersant", "The Daily Telegraph").
    pub(super) fn agency_phrase_kind(&self, j: usize, len: usize) -> SourceKind {
        if len > 0 && self.low(j + len - 1) == "agency" {
            SourceKind::Agency
        } else {
            SourceKind::Media
        }
    }
}

/// A personal or possessive pronoun is no cited source: "According to him, …" and "In his view,
/// …" name the speaker (found by the speaker rules), not a source the article cites.
pub(super) fn pronoun_name(name: &str) -> bool {
    name.len() <= 5
        && matches!(
            name.to_ascii_lowercase().as_str(),
            "he" | "him"
                | "his"
                | "she"
                | "her"
                | "hers"
                | "they"
                | "them"
                | "their"
                | "it"
                | "its"
                | "we"
                | "us"
                | "our"
                | "i"
                | "me"
                | "my"
                | "you"
                | "your"
        )
}

/// The article's list of cited sources with each outlet named once: a name that is another
/// listed name after an article or lower-case words ("The Daily Telegraph" and "Daily
/// Telegraph", "the newspaper Le Monde" and "Le Monde") is dropped for the shorter name, which
/// takes the kind of the pair's media or agency entry. Names are compared whole words at the end.
pub(super) fn merge_outlet_names(sources: &mut Vec<CitedSource>) {
    if sources.len() < 2 {
        return;
    }
    let mut drop = vec![false; sources.len()];
    for i in 0..sources.len() {
        for k in 0..sources.len() {
            if i == k || drop[k] {
                continue;
            }
            let (long, short) = (&sources[i].name, &sources[k].name);
            if long.len() > short.len()
                && long.ends_with(short.as_str())
                && prefix_is_descriptor(&long[..long.len() - short.len()])
            {
                drop[i] = true;
                if matches!(sources[i].kind, SourceKind::Media | SourceKind::Agency)
                    && !matches!(sources[k].kind, SourceKind::Media | SourceKind::Agency)
                {
                    sources[k].kind = sources[i].kind;
                }
                break;
            }
        }
    }
    let mut keep = drop.iter().map(|d| !d);
    sources.retain(|_| keep.next().unwrap_or(true));
}

/// `prefix` (the part of a longer name before a shorter one) is an article or lower-case words
/// ending in a space: "The ", "the newspaper ", "state news agency ".
fn prefix_is_descriptor(prefix: &str) -> bool {
    let Some(words) = prefix.strip_suffix(' ') else { return false };
    !words.is_empty()
        && words.split(' ').all(|w| w == "The" || (!w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(name: &str, kind: SourceKind) -> CitedSource {
        CitedSource { name: name.to_string(), kind }
    }

    /// Sources as (name, kind) pairs.
    type Names<'a> = &'a [(&'a str, SourceKind)];

    #[test]
    fn outlets_named_once() {
        use SourceKind::*;
        let rows: &[(Names, Names)] = &[
            (&[("The Daily Telegraph", Media), ("Daily Telegraph", Media)], &[("Daily Telegraph", Media)]),
            (&[("the newspaper Le Monde", Media), ("Le Monde", Media)], &[("Le Monde", Media)]),
            (&[("state news agency IRNA", Agency), ("IRNA", Official)], &[("IRNA", Agency)]),
            // Another name, a capitalised prefix, a word cut in two: both stay.
            (&[("New York Times", Media), ("York Times", Media)], &[("New York Times", Media), ("York Times", Media)]),
            (&[("BBC News", Media), ("News", Media)], &[("BBC News", Media), ("News", Media)]),
            (&[("the reports", Document), ("reports", Document)], &[("reports", Document)]),
            (&[("Reuters", Agency), ("the Guardian", Media)], &[("Reuters", Agency), ("the Guardian", Media)]),
        ];
        for (given, want) in rows {
            let mut s: Vec<CitedSource> = given.iter().map(|(n, k)| src(n, *k)).collect();
            merge_outlet_names(&mut s);
            let want: Vec<CitedSource> = want.iter().map(|(n, k)| src(n, *k)).collect();
            assert_eq!(s, want, "{given:?}");
        }
    }

    #[test]
    fn pronouns_are_no_source() {
        for p in ["him", "his", "Her", "they", "its"] {
            assert!(pronoun_name(p), "{p}");
        }
        for n in ["Reuters", "the report", "Hiss", "Itsy", "officials"] {
            assert!(!pronoun_name(n), "{n}");
        }
    }
}
