//! Session 18 (lead): a social-media platform named as the place where something was said or
//! posted ("praised Mendez on Twitter", "criticized the decision via Twitter", "wrote Trump on
//! Twitter") is the medium, not a source or target of the event. The actors stage codes the
//! platform as a company (a mention like any other), so the event coder would take it as the
//! target ("Trump hailed the report on Twitter" gave USA→Twitter 051) or the source.

use newsgraph_core::model::ActorMention;

/// Platforms people post on. (Not "X": a letter too common to read as the platform.) A `match`
/// on the text: the compiler switches on the length first, so most mentions cost one compare.
fn is_platform(text: &str) -> bool {
    matches!(
        text,
        "Twitter"
            | "Facebook"
            | "Instagram"
            | "YouTube"
            | "TikTok"
            | "Telegram"
            | "Weibo"
            | "WeChat"
            | "WhatsApp"
            | "Snapchat"
            | "Reddit"
            | "LinkedIn"
            | "Truth Social"
            | "Threads"
            | "Bluesky"
            | "Mastodon"
            | "Parler"
            | "Gab"
            | "VKontakte"
    )
}

/// Whether mention `m` of `body` is a platform after "on", "via" or "through" ("called on
/// Twitter to …" excepted: there the platform is who is called on).
pub(crate) fn is_medium(body: &str, m: &ActorMention) -> bool {
    if !is_platform(&m.text) {
        return false;
    }
    let mut words = body.get(..m.start).unwrap_or("").split_whitespace().rev();
    let prep = words.next().unwrap_or("");
    if !(prep.eq_ignore_ascii_case("on") || prep.eq_ignore_ascii_case("via") || prep.eq_ignore_ascii_case("through")) {
        return false;
    }
    let verb = words.next().unwrap_or("").to_ascii_lowercase();
    !(prep.eq_ignore_ascii_case("on") && matches!(verb.as_str(), "call" | "calls" | "called" | "calling"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(body: &str, text: &str) -> ActorMention {
        let start = body.find(text).unwrap();
        ActorMention {
            text: text.to_string(),
            start,
            end: start + text.len(),
            code: None,
            full_code: None,
            kind: newsgraph_core::model::ActorKind::Organization,
            name: None,
            role: None,
            affiliation: None,
            refers_to: None,
        }
    }

    #[test]
    fn a_platform_after_on_or_via_is_the_medium() {
        let rows = [
            ("Trump hailed the report on Twitter.", "Twitter", true),
            ("She criticized the decision via Facebook.", "Facebook", true),
            ("\"We will win,\" wrote the minister on Telegram.", "Telegram", true),
            // Who is called on, not where.
            ("The senator called on Twitter to remove the post.", "Twitter", false),
            // A platform as a company, and a news outlet after "on".
            ("Regulators fined Facebook on Monday.", "Facebook", false),
            ("He said on Fox News that he would run.", "Fox News", false),
        ];
        for (body, text, want) in rows {
            assert_eq!(is_medium(body, &mention(body, text)), want, "{body}");
        }
    }
}
