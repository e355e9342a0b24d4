//! Session 18 (helper): recall. Constructions that hid a cue we already list; see
//! docs/quotes.md, "Session 18: recall (helper)". Each rule is called from one place in
//! `extract.rs`.

impl<'a> super::Ctx<'a> {
    /// "Police issued a statement saying …", "the group released a report claiming …", "sent
    /// a letter urging …": an "-ing" cue right after "a"/"an" and a message noun is a
    /// participle that reports the message's content (`message_sender` finds who sent it), not
    /// a noun of the phrase ("an urgent request" is). `i` is the cue's token.
    pub(super) fn message_participle(&self, i: usize) -> bool {
        i > 1 && self.low(i).ends_with("ing") && super::MESSAGES.contains(&self.low(i - 1))
    }
}
