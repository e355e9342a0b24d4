//! Session 20 (lead): the outlet before a reporting verb is read whole. See docs/quotes.md,
//! "Session 20: cited sources (lead)".

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
        best
    }
}
