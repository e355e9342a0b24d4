//! The extraction rules: quotation marks → direct quotes with their frames, then reported
//! speech sentence by sentence, then speakers and cited sources.
//!
//! Everything works on the segmenter's tokens (byte spans), so every output span lies on
//! token boundaries, inside the body.

use crate::fast;
use crate::lexicon::{word, Cue, CueClass, Cues, Sources, TokenIndex};
use newsgraph_core::model::{
    ActorKind, ActorMention, CitedSource, Document, Quote, QuoteKind, SourceKind, Span, Speaker, TextSpan, TokenKind,
};
use std::borrow::Cow;
use std::cell::Cell;

mod fixes15;
mod lead18;
mod lead19;
mod lead20;
mod nested;
mod news;
mod quality17;
mod quality18;
mod recall;
mod recall16;
mod recall18;
mod recall19;
mod recall20;
mod split19;

/// Pronouns that can be speakers, with whether they refer to a person (resolved to the
/// last named speaker).
const PRONOUNS: &[&str] = &["he", "she", "they", "i", "we", "it", "who", "you"];
/// The length of the longest of [`PRONOUNS`].
const PRONOUN_MAX_LEN: usize = {
    let mut m = 0;
    let mut i = 0;
    while i < PRONOUNS.len() {
        if PRONOUNS[i].len() > m {
            m = PRONOUNS[i].len();
        }
        i += 1;
    }
    m
};

/// Quantifiers that stand for people as a clause's subject ("Many believe …").
const QUANTIFIERS: &[&str] = &[
    "few",
    "many",
    "some",
    "most",
    "all",
    "both",
    "others",
    "several",
    "none",
    "everyone",
    "nobody",
    "someone",
    "anyone",
    "everybody",
];

/// Days of the week (time adjuncts around a cue).
/// Things that carry words: "issued a statement saying …", "sent a letter urging …".
const MESSAGES: &[&str] = &[
    "statement",
    "statements",
    "letter",
    "letters",
    "email",
    "emails",
    "e-mail",
    "e-mails",
    "message",
    "messages",
    "ad",
    "ads",
    "advertisement",
    "advertisements",
    "commercial",
    "commercials",
    "video",
    "videos",
    "petition",
    "petitions",
    "release",
    "tweet",
    "tweets",
    "post",
    "memo",
    "note",
    // (Session 18: "issued a report claiming …", "issued a warning urging …".)
    "report",
    "warning",
    "op-ed",
    "article",
    "column",
    "mailer",
    "mailers",
    "appeal",
];

/// Participles that after a form of "be" name a state of the subject, who holds the stance
/// ("is convinced that", "is assured of winning", "are focused on"): no passive of a speech verb.
const STATIVE: &[&str] = &[
    "determined",
    "convinced",
    "worried",
    "concerned",
    "prepared",
    "assured",
    "focused",
    "opposed",
    "committed",
    "interested",
    "pleased",
    "disappointed",
    "surprised",
    "frustrated",
    "satisfied",
    "troubled",
    "alarmed",
    "dismayed",
    "puzzled",
    "inclined",
    "poised",
    "divided",
    "united",
    "engaged",
    "involved",
    "impressed",
    "tired",
    "scared",
    "shocked",
    "outraged",
    "delighted",
    "thrilled",
    "excited",
    "relieved",
    "annoyed",
    "confused",
    "embarrassed",
    "offended",
    "stunned",
    "dedicated",
    "devoted",
    "obsessed",
    "resigned",
    "inspired",
    "motivated",
];

/// Head nouns of organisations named with "to", "for" or "on" ("Committee to Protect
/// Journalists", "Center for Food Safety", "Commission on International Religious Freedom").
const ORG_HEADS: &[&str] = &[
    "committee",
    "commission",
    "center",
    "centre",
    "campaign",
    "coalition",
    "council",
    "foundation",
    "alliance",
    "society",
    "association",
    "institute",
    "fund",
    "network",
    "movement",
    "project",
    "league",
    "union",
    "partnership",
    "initiative",
    "office",
    "agency",
    "doctors",
    "reporters",
];

const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Phrases in the frame that name a document source ("said in a statement").
/// A word with a contracted auxiliary ("we'll", "they're", "i've", "you'd", "i'm").
fn contraction(l: &str) -> bool {
    // Each suffix is an apostrophe (' or ’, whose last byte is 0x99) and one or two letters: a
    // word with neither byte two or three from its end (most words) has none of them.
    let b = l.as_bytes();
    let mark = |k: usize| b.len().checked_sub(k).and_then(|i| b.get(i)).is_some_and(|&c| c == b'\'' || c == 0x99);
    (mark(2) || mark(3))
        && ["'ll", "'re", "'ve", "'d", "'m", "’ll", "’re", "’ve", "’d", "’m"].iter().any(|x| l.ends_with(x) && l.len() > x.len())
}

fn is_terminal(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "…" | "..." | "?!" | "!?")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Both,
    Neither,
}

/// A pair of quotation marks and what lies between them.
#[derive(Debug, Clone)]
struct Pair {
    /// Token index of the opening mark.
    open: usize,
    /// Token index of the closing mark (its last token for `''`).
    close: usize,
    /// First token of the closing mark.
    close_first: usize,
    /// The content span (trimmed, without marks and trailing comma).
    content: Span,
    /// Number of word tokens inside.
    words: usize,
    /// Spans more than one paragraph.
    multi_para: bool,
}

/// A speaker noun phrase found in the text.
#[derive(Debug, Clone)]
struct Np {
    /// Token range.
    start: usize,
    end: usize,
    /// Appositive role/affiliation text after the NP ("a Pinellas sheriff's detective").
    appositive: Option<Span>,
}

/// Attribution found for a quotation.
#[derive(Debug, Clone)]
struct Frame {
    speaker: Option<Np>,
    cue: Option<Span>,
    /// Token range of the whole frame (speaker + cue + adjuncts), to scan for sources.
    region: (usize, usize),
    prep: bool,
    /// A second piece of content: the rest of the sentence after a medial frame ("Loyalty, he
    /// noted, has long been …": same cue, so one attribution), or a participle clause after a
    /// closing frame ("…, Hollande said, noting that …": its own cue, the participle).
    extra: Option<(Span, Option<Span>)>,
}

/// A second statement found next to a framed quotation (a participle's clause, a coordinated
/// speech verb): `mixed` when it holds a quotation of two words or more.
fn second_statement(
    body: &str,
    content: Span,
    cue: Span,
    inner: bool,
    speaker: Option<Speaker>,
    sources: Vec<CitedSource>,
) -> Quote {
    Quote {
        text: content.slice(body).to_string(),
        start: content.start,
        end: content.end,
        kind: if inner { QuoteKind::Mixed } else { QuoteKind::Indirect },
        speaker,
        cue: Some(TextSpan::from_span(body, cue)),
        sources,
    }
}

/// A speech verb coordinated after a quotation: (cue, content, end token, the pronoun before the
/// verb, the source of a closing "according to").
type Coordinated = (Span, Span, usize, Option<usize>, Option<Np>);

/// Per-document working state.
struct Ctx<'a> {
    doc: &'a Document,
    body: &'a str,
    /// Per token: its text (a slice of `body`, sliced once here rather than at every rule's
    /// look), its lower-cased text (a slice of one buffer), the [`word`] bits of the word lists
    /// it is in and whether it is a word starting with a capital letter.
    facts: Vec<fast::Fact<'a>>,
    /// Sentence and paragraph index of each token (`u32::MAX`: none; half the memory of `usize`
    /// to fill; indexes are below 2^31 - 1, so [`Ctx::sent`] widens them by sign extension).
    /// (One table of pairs: one entry written per token, not two.)
    sent_para: Vec<(u32, u32)>,
    cues: &'a Cues,
    sources: &'a Sources,
    actors: &'a [ActorMention],
    /// Paragraphs written in Title Case (headlines), where capitalised cues are cues: 0 not yet
    /// known, 1 no, 2 yes ([`Ctx::is_title_para`] works a paragraph out when a rule first asks,
    /// which only a capitalised cue inside a sentence does: most paragraphs are never counted).
    title_para: Vec<Cell<u8>>,
    /// The sentences are in paragraph order, so a paragraph's sentences are one run of them.
    sents_by_para: bool,
    /// The cues matching at each token, longest first: `hits[hit_at[i]..hit_at[i + 1]]`
    /// (computed once, as the rules ask for cues at the same tokens many times).
    hits: Vec<(&'a Cue, usize)>,
    hit_at: Vec<u32>,
    /// The actor mentions are in text order (by start offset).
    actors_sorted: bool,
    /// The actors stage found at least one person.
    has_person: bool,
    /// (byte, the first mention starting at or after it), where [`update_names`] last stopped.
    actors_from: Cell<(usize, usize)>,
    /// The tokens "asked", and those of the verbs of outlets ("reported", "said", …), in order.
    asked_at: Vec<usize>,
    report_at: Vec<usize>,
    /// The semicolons, in order.
    semi_at: Vec<usize>,
    /// The quotation marks, in order.
    quote_at: Vec<usize>,
}

impl<'a> Ctx<'a> {
    /// The body with its ASCII letters lower-cased ([`fast::lower_body`]); the tokens with
    /// non-ASCII capitals are lower-cased one by one by [`Ctx::new`].
    fn lower_case(doc: &Document) -> String {
        fast::lower_body(doc)
    }

    #[allow(clippy::too_many_arguments)]
    fn new(
        doc: &'a Document,
        lowbuf: &'a str,
        low_extra: &'a mut String,
        cues: &'a Cues,
        index: &TokenIndex,
        sources: &'a Sources,
        actors: &'a [ActorMention],
    ) -> Self {
        let body = doc.body();
        let n = doc.tokens.len();
        // One pass over the tokens: texts, lower-cased texts, capitalisation, the word lists each
        // word is in and the cues starting at it (one packed-key lookup each).
        let fast::TokenFacts { facts, hits, hit_at, asked_at, report_at, semi_at, quote_at } =
            fast::token_facts(doc, lowbuf, low_extra, cues, index);
        // Indexes of 2^31 - 1 and over (never met: a document holds far fewer) read as "none".
        let small = |v: usize| u32::try_from(v).ok().filter(|&v| v < i32::MAX as u32).unwrap_or(u32::MAX);
        // Sentences in token order without overlaps (as the segmenter makes them) write the
        // tables run by run, each entry once, rather than over a fill with "none".
        const NONE: (u32, u32) = (u32::MAX, u32::MAX);
        let mut sent_para: Vec<(u32, u32)> = Vec::with_capacity(n);
        let mut in_order = true;
        for (si, s) in doc.sentences.iter().enumerate() {
            let r = s.token_range();
            let r = r.start.min(n)..r.end.min(n);
            if r.start >= r.end {
                continue;
            }
            if r.start < sent_para.len() {
                in_order = false;
                break;
            }
            sent_para.resize(r.start, NONE);
            sent_para.resize(r.end, (small(si), small(s.paragraph)));
        }
        sent_para.resize(n, NONE);
        if !in_order {
            sent_para.fill(NONE);
            for (si, s) in doc.sentences.iter().enumerate() {
                // The sentence's tokens below `n`, filled as slices.
                let r = s.token_range();
                let r = r.start.min(n)..r.end.min(n);
                if let Some(d) = sent_para.get_mut(r) {
                    d.fill((small(si), small(s.paragraph)));
                }
            }
        }
        // Title Case paragraphs are worked out when first asked about ([`Ctx::is_title_para`]).
        let title_para = vec![Cell::new(0u8); doc.paragraphs.len()];
        let sents_by_para = doc.sentences.windows(2).all(|w| w[0].paragraph <= w[1].paragraph);
        let actors_sorted = actors.windows(2).all(|w| w[0].start <= w[1].start);
        let has_person = actors.iter().any(|m| m.kind == ActorKind::Person);
        Ctx {
            doc,
            body,
            facts,
            sent_para,
            cues,
            sources,
            actors,
            title_para,
            sents_by_para,
            hits,
            hit_at,
            actors_sorted,
            has_person,
            actors_from: Cell::new((0, 0)),
            asked_at,
            report_at,
            semi_at,
            quote_at,
        }
    }

    fn n(&self) -> usize {
        self.doc.tokens.len()
    }
    /// Token text; "" past the end, so rules can look ahead without bounds checks.
    fn text(&self, i: usize) -> &'a str {
        self.facts.get(i).map_or("", |f| f.text)
    }
    fn low(&self, i: usize) -> &str {
        self.facts.get(i).map_or("", |f| f.low)
    }
    fn kind(&self, i: usize) -> TokenKind {
        self.doc.tokens.get(i).map_or(TokenKind::Punct, |t| t.kind)
    }
    fn sent(&self, i: usize) -> usize {
        // Sign extension maps the `u32::MAX` marker to `usize::MAX` without a branch.
        self.sent_para.get(i).map_or(usize::MAX, |&(s, _)| s as i32 as usize)
    }
    fn para(&self, i: usize) -> usize {
        self.sent_para.get(i).map_or(usize::MAX, |&(_, p)| p as i32 as usize)
    }
    fn is_word(&self, i: usize) -> bool {
        // (One bounds check: `kind` answers `Punct` past the end.)
        self.doc.tokens.get(i).is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
    }
    fn is_cap(&self, i: usize) -> bool {
        self.facts.get(i).is_some_and(|f| f.cap)
    }
    fn span(&self, a: usize, b: usize) -> Span {
        // Token range a..b (b exclusive) → byte span.
        if a >= b || b > self.n() {
            return Span::new(0, 0);
        }
        Span::new(self.doc.tokens[a].start, self.doc.tokens[b - 1].end)
    }
    /// True when token `i` is in the word list `bit` ([`word`]).
    fn has(&self, i: usize, bit: u8) -> bool {
        self.facts.get(i).is_some_and(|f| f.wflags & bit != 0)
    }
    /// The first token in `k..end` where a cue starts (`end` when none; `k` itself when `k >= end`).
    /// `hit_at` never decreases, so a run of tokens without hits keeps one value.
    fn next_hit(&self, k: usize, end: usize) -> usize {
        if k >= end {
            return k;
        }
        match (self.hit_at.get(k), self.hit_at.get(k + 1..=end)) {
            // Equal at both ends: no hits in between.
            (Some(&base), Some(rest)) if rest.last() == Some(&base) => end,
            // (The entries never decrease: those equal to `base` come first.)
            (Some(&base), Some(rest)) => k + rest.partition_point(|&v| v == base),
            _ => k,
        }
    }
    /// Whether paragraph `p` is written in Title Case (a headline): 70% of its (first 40) words
    /// of 4+ bytes capitalised, counted over the tokens of its sentences; worked out on the first
    /// question and kept.
    fn is_title_para(&self, p: usize) -> bool {
        let Some(known) = self.title_para.get(p) else { return false };
        if known.get() != 0 {
            return known.get() == 2;
        }
        let n = self.n();
        let sents = &self.doc.sentences;
        // The paragraph's sentences: one run when they are in paragraph order.
        let run = if self.sents_by_para {
            sents.partition_point(|s| s.paragraph < p)..sents.partition_point(|s| s.paragraph <= p)
        } else {
            0..sents.len()
        };
        let (mut words, mut caps_n) = (0usize, 0usize);
        for st in sents.get(run).unwrap_or(&[]).iter().filter(|s| s.paragraph == p) {
            let r = st.token_range();
            let r = r.start.min(n)..r.end.min(n);
            let (toks, facts) = (self.doc.tokens.get(r.clone()).unwrap_or(&[]), self.facts.get(r).unwrap_or(&[]));
            // (Counted in locals, without a branch per token.) Counting stops once 13 of the words
            // are not capitalised: with at most 41 words counted, 70% is then out of reach
            // (10·caps ≥ 7·words would need 3·words ≥ 10·(words − caps) ≥ 130), so the paragraph
            // is not Title Case whatever follows.
            for (t, f) in toks.iter().zip(facts) {
                let upper = f.cap;
                if words > 40 || words - caps_n > 12 {
                    break;
                }
                let long = t.kind == TokenKind::Word && t.end - t.start > 3;
                words += usize::from(long);
                caps_n += usize::from(long & upper);
            }
        }
        let title = words > 0 && caps_n * 10 >= words * 7;
        known.set(1 + u8::from(title));
        title
    }
    /// The cue starting at token `i`, if any, restricted by class; returns (cue, token count).
    fn cue_at(&self, i: usize, want: impl Fn(CueClass) -> bool) -> Option<(&'a Cue, usize)> {
        let (a, b) = match (self.hit_at.get(i), self.hit_at.get(i + 1)) {
            (Some(&a), Some(&b)) if a < b => (a as usize, b as usize),
            _ => return None,
        };
        // (No hit of a wanted class: the tests below cannot make one. Most calls ask for one
        // class, so this returns before working out the context.)
        if !self.hits.get(a..b).is_some_and(|h| h.iter().any(|(c, _)| want(c.class))) {
            return None;
        }
        // A capitalised cue inside a sentence is a name or a title word ("Islamic State", "Trump Said").
        // (After a colon a capital opens a clause: "…: According to X, …" keeps its cue.)
        if self.is_cap(i)
            && i > 0
            && self.sent(i) == self.sent(i - 1)
            && self.kind(i - 1) != TokenKind::Quote
            && !self.is_title_para(self.para(i))
        {
            let after_colon = self.text(i - 1) == ":";
            if !after_colon {
                return None;
            }
            return self.hits[a..b].iter().find(|(c, _)| c.class == CueClass::Prep && want(c.class)).copied();
        }
        // After a determiner or a possessive a cue word is a noun ("his remarks", "the report", "Editor's note").
        let noun_slot = i > 0
            && matches!(
                self.low(i - 1),
                "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "our"
                    | "my"
                    | "your"
                    | "'s"
                    | "’s"
                    | "this"
                    | "these"
                    | "those"
                    | "whose"
            )
            // Round 16a: "he's said" ("'s" for "has" after a personal pronoun) is a verb.
            && !(i > 1 && matches!(self.low(i - 1), "'s" | "’s") && self.contracted_has_subject(i, 0).is_some());
        // "an urgent request from …": after an article and a lower-case word, a cue in its base
        // form is a noun (a singular subject would take "requests" or "requested").
        let noun_slot = noun_slot
            || i > 1
                && matches!(self.low(i - 2), "a" | "an")
                && self.is_word(i - 1)
                && !self.is_cap(i - 1)
                && !self.has(i - 1, word::AUX)
                // ("a third say", "a majority believe": a share of people is a plural subject.)
                && !matches!(self.low(i - 1), "third" | "quarter" | "fifth" | "majority" | "minority" | "few" | "lot")
                // (Session 18: "issued a statement saying …" is a participle.)
                && !self.message_participle(i)
                && {
                    let w = self.low(i);
                    !w.ends_with('s')
                        && !w.ends_with("ed")
                        && !matches!(
                            w,
                            "said"
                                | "told"
                                | "wrote"
                                | "thought"
                                | "felt"
                                | "knew"
                                | "saw"
                                | "spoke"
                                | "heard"
                                | "held"
                                | "put"
                                | "read"
                                | "made"
                                | "gave"
                                | "took"
                                | "found"
                        )
                };
        // Session 18: "No claims of …", "amid reports of …", "the five demands of …", "The
        // initial reports were …" (`lead18.rs`).
        let noun_slot = noun_slot || self.noun_use(i);
        // "a flash flood warning issued …", "the orange warning applied …": after an article and
        // lower-case words, a cue in "-ing" followed by a verb is a noun of a compound.
        let noun_slot = noun_slot || self.ing_noun(i);
        // "a widely read column", "the much criticized plan": after an article and an adverb, a
        // participle is an adjective.
        let noun_slot = noun_slot
            || i > 1
                && matches!(self.low(i - 2), "a" | "an" | "the")
                && !self.is_cap(i - 1)
                && (self.low(i - 1).ends_with("ly") || matches!(self.low(i - 1), "much" | "well" | "often" | "little"));
        // "a more challenging role", "the most damning account": after a degree word and before
        // a plain word an "-ing" cue is an adjective (not "with most saying they …", "more
        // warning that …"). (Verbs only: a `[medium]` or `[document]` noun keeps its cue.)
        let adjective = i > 0
            && i + 1 < self.n()
            && matches!(self.low(i - 1), "more" | "most" | "less" | "least" | "very" | "too" | "quite" | "rather")
            && self.low(i).ends_with("ing")
            && self.sent(i + 1) == self.sent(i)
            && self.is_word(i + 1)
            && !self.is_cap(i + 1)
            && !self.is_pronoun(i + 1)
            && !self.has(i + 1, word::DETERMINERS | word::AUX | word::NP_STOP);
        // "among pledged Green Party delegates", "the other observed systems": a participle
        // after a preposition or "other" and before a noun is an adjective.
        // (Tested last, and only for a one-word verb cue.)
        self.hits[a..b].iter().find(|(c, _)| want(c.class)).copied().filter(|(c, len)| {
            !((noun_slot
                || matches!(c.class, CueClass::Verb | CueClass::Object | CueClass::Thought)
                    && (adjective || *len == 1 && self.participle_adjective(i)))
                && *len == 1)
                // "his campaign for the nomination", "Kasich's campaign for": a phrase cue whose
                // first word is a plain form after a determiner or a possessive is a noun too (a
                // `[noun]` cue keeps it).
                && !(noun_slot
                    && *len > 1
                    && matches!(c.class, CueClass::Verb | CueClass::Object | CueClass::Thought)
                    && self.plain_form(i))
                && !self.participle_after_preposition_or_count(i)
                && !self.add_to(i)
        })
    }

    /// A lower-case part of a personal name ("Abdullah al-Jahafi", "Osama bin Laden", "Ursula
    /// von der Leyen").
    fn name_particle(&self, j: usize) -> bool {
        let l = self.low(j);
        matches!(
            l,
            "bin" | "ibn" | "al" | "el" | "de" | "van" | "von" | "der" | "den" | "da" | "di" | "du" | "del" | "dos" | "la" | "le"
        ) || ["al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-"]
            .iter()
            .any(|p| l.starts_with(p) && self.text(j).get(p.len()..).is_some_and(|r| r.starts_with(char::is_uppercase)))
    }

    /// True when the "-ed" word at `i` follows a preposition or an adjective-like determiner
    /// ("other", "no", "various") and comes before a plain word of the same sentence: a finite
    /// verb cannot follow either, so the participle is an adjective ("Amongst reported
    /// incidents", "among pledged delegates", "some of the other observed systems").
    fn participle_adjective(&self, i: usize) -> bool {
        if i == 0 || i + 1 >= self.n() || !self.low(i).ends_with("ed") || self.sent(i + 1) != self.sent(i) {
            return false;
        }
        let before = matches!(
            self.low(i - 1),
            "of" | "in"
                | "on"
                | "at"
                | "among"
                | "amongst"
                | "from"
                | "with"
                | "without"
                | "within"
                | "about"
                | "into"
                | "onto"
                | "upon"
                | "for"
                | "over"
                | "under"
                | "between"
                | "through"
                | "throughout"
                | "during"
                | "despite"
                | "against"
                | "toward"
                | "towards"
                | "across"
                | "amid"
                | "amidst"
                | "including"
                | "other"
                | "no"
                | "various"
                | "numerous"
        );
        before
            && self.is_word(i - 1)
            && self.is_word(i + 1)
            && !self.is_pronoun(i + 1)
            && !self.has(i + 1, word::DETERMINERS | word::AUX | word::NP_STOP | word::CLAUSE_WORDS)
            && !self.low(i + 1).starts_with(['\'', '’'])
    }

    /// "a majority of pledged delegates", "leads by 271 pledged delegates": a past participle
    /// right after a preposition or a count is an adjective (a finite verb needs a subject there;
    /// a year is a time adjunct: "Obama in 2012 said").
    fn participle_after_preposition_or_count(&self, i: usize) -> bool {
        i > 0 && self.low(i).ends_with("ed") && !self.is_cap(i - 1) && {
            let p = self.low(i - 1);
            matches!(p, "of" | "in" | "for" | "with" | "by" | "from" | "on" | "at")
                || p.bytes().all(|b| b.is_ascii_digit())
                    && !(p.len() == 4 && (p.starts_with("19") || p.starts_with("20")))
                    // ("News 12 reported": a number closing a name.)
                    && !(i > 1 && self.is_cap(i - 2))
        }
    }

    /// "adding to her delegate lead", "only added to the confusion": "add to" is "increase".
    fn add_to(&self, i: usize) -> bool {
        self.low(i).starts_with("add")
            && matches!(self.low(i), "add" | "adds" | "added" | "adding")
            && i + 1 < self.n()
            && self.low(i + 1) == "to"
    }

    /// True when tokens `a..b` before a colon are a newsroom label, not a speaker: "Breaking:",
    /// "Correction:", "Contributing:", "Editor's Note:", "The Latest:". (An interviewer's "Q:"
    /// stays: PolNeAR annotates the questions of an interview.)
    fn newsroom_label(&self, a: usize, b: usize) -> bool {
        let first = if self.low(a) == "the" && b > a + 1 { a + 1 } else { a };
        let w = self.low(first);
        let one = b == first + 1;
        (one || self.low(b - 1) == "note" || self.low(b - 1) == "notice")
            && matches!(
                w,
                "breaking"
                    | "revealed"
                    | "exclusive"
                    | "update"
                    | "updated"
                    | "correction"
                    | "corrections"
                    | "contributing"
                    | "email"
                    | "e-mail"
                    | "look"
                    | "watch"
                    | "boom"
                    | "video"
                    | "photos"
                    | "related"
                    | "latest"
                    | "editor"
                    | "editors"
                    | "note"
                    | "paid"
            )
    }

    /// The first comma in `from..end` (not quoted) followed by "but" and a subject ("…, but
    /// critics point to …", "…, but he …"), or by "and" and a personal pronoun ("…, and she
    /// …"): a new clause starts after it.
    fn new_clause_after(&self, from: usize, end: usize, quoted: &[bool]) -> Option<usize> {
        (from..end.saturating_sub(3)).find(|&j| {
            if self.text(j) != "," || quoted.get(j).copied().unwrap_or(false) {
                return false;
            }
            let c0 = j + 2;
            let personal = matches!(self.low(c0), "he" | "she" | "they" | "we" | "i");
            match self.low(j + 1) {
                "but" => {
                    personal
                        || self.has(c0, word::DETERMINERS) && !self.has(c0, word::AUX)
                        || self.is_cap(c0) && self.is_word(c0) && self.cue_at(c0, |_| true).is_none()
                }
                "and" => personal,
                _ => false,
            }
        })
    }

    /// The form of the verb at `i`: 0 plain ("push"), 1 "-s" ("pushes"), 2 past ("pushed",
    /// "said"), 3 "-ing".
    fn verb_form(&self, i: usize) -> u8 {
        let w = self.low(i);
        if w.ends_with("ing") {
            3
        } else if w.ends_with("ed") || !self.plain_form(i) {
            2
        } else if w.ends_with('s') && !w.ends_with("ss") {
            1
        } else {
            0
        }
    }

    /// True when the word at `i` is a plain form (no "-ed", "-ing", or listed irregular past):
    /// after a determiner it can only be a noun ("his campaign for", "the push for").
    fn plain_form(&self, i: usize) -> bool {
        let w = self.low(i);
        !w.ends_with("ed")
            && !w.ends_with("ing")
            && !matches!(w, "said" | "told" | "wrote" | "thought" | "felt" | "knew" | "saw" | "spoke" | "heard" | "made" | "took")
    }

    /// True when the "-ing" word at `i` closes a noun phrase opened by an article ("a flash
    /// flood warning", "the orange warning") and a verb follows it ("… warning issued by",
    /// "… warning put a damper on"): it is a noun, not a participle.
    fn ing_noun(&self, i: usize) -> bool {
        if !self.low(i).ends_with("ing") || i + 1 >= self.n() || self.sent(i + 1) != self.sent(i) {
            return false;
        }
        let Some(art) = (i.saturating_sub(3)..i).rev().find(|&j| matches!(self.low(j), "a" | "an" | "the")) else {
            return false;
        };
        let words_ok = (art + 1..i).all(|j| {
            self.is_word(j) && !self.is_cap(j) && !self.has(j, word::AUX) && !self.low(j).ends_with("ly") && !self.is_pronoun(j)
        });
        let next = self.low(i + 1);
        let verb_next = self.is_word(i + 1)
            && !self.is_cap(i + 1)
            && (next.ends_with("ed")
                || next.ends_with("ing") && next != "during"
                || self.has(i + 1, word::AUX)
                || matches!(next, "put" | "set" | "cut" | "hit" | "led" | "came" | "went" | "left" | "forced" | "kept"));
        words_ok && art + 1 < i && verb_next
    }

    /// True when tokens `i` and `i + 1` are two touching straight single quotes (`''`), which
    /// some outlets use as a double quotation mark.
    fn doubled(&self, i: usize) -> bool {
        i + 1 < self.n()
            && self.text(i) == "'"
            && self.text(i + 1) == "'"
            && self.doc.tokens[i].end == self.doc.tokens[i + 1].start
    }

    fn quote_role(&self, i: usize) -> (Family, Role) {
        let t = &self.doc.tokens[i];
        let c = self.body[t.start..].chars().next().unwrap_or(' ');
        let prev = self.body[..t.start].chars().next_back();
        let doubled = self.doubled(i);
        let next_at = if doubled { self.doc.tokens[i + 1].end } else { t.end };
        let next = self.body[next_at..].chars().next();
        let prev_open = prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | '/' | '{'));
        let next_space = next.is_none_or(char::is_whitespace);
        let straight = |fam| {
            if prev_open && !next_space {
                (fam, Role::Open)
            } else if !prev_open {
                (fam, Role::Close)
            } else {
                (fam, Role::Neither)
            }
        };
        match c {
            '“' | '«' | '„' => (Family::Double, Role::Open),
            '”' | '»' => {
                // Some texts use ” for both; treat a ” after a space and before a letter as opening.
                if prev_open && next.is_some_and(char::is_alphanumeric) {
                    (Family::Double, Role::Both)
                } else {
                    (Family::Double, Role::Close)
                }
            }
            // Round 16a: `… 'a flight to quality,' " he said`: a nested single quotation closed
            // before the double one with a space between.
            '"' if next_space && self.spaced_close(t.start) => (Family::Double, Role::Close),
            '"' => straight(Family::Double),
            '‘' => (Family::Single, if next_space { Role::Neither } else { Role::Open }),
            '’' => {
                if prev_open && !next_space {
                    (Family::Single, Role::Open)
                } else {
                    (Family::Single, Role::Close)
                }
            }
            '\'' if doubled => straight(Family::Double),
            '\'' => straight(Family::Single),
            _ => (Family::Single, Role::Neither),
        }
    }

    /// Pairs quotation marks, paragraph by paragraph; an unclosed double quote continues into
    /// the next paragraph when that one opens with a quotation mark.
    fn pairs(&self) -> Vec<Pair> {
        let mut out = Vec::new();
        let mut open: Option<(usize, Family, bool)> = None; // (token, family, crossed a paragraph)
        let n = self.n();
        let mut i = 0;
        // The first of `quote_at` at or after `i` (`i` never goes back).
        let mut q = 0;
        while i < n {
            while self.quote_at.get(q).is_some_and(|&m| m < i) {
                q += 1;
            }
            let next_mark = self.quote_at.get(q).copied().unwrap_or(n);
            if open.is_none() && next_mark != i {
                // Nothing open and no mark here: nothing happens until the next quotation mark.
                i = next_mark;
                continue;
            }
            if open.is_some() && next_mark != i {
                // Inside a quotation: nothing happens before the next mark or the paragraph's
                // last token.
                let limit = next_mark.min(n - 1);
                let paras = self.sent_para.get(i..=limit).unwrap_or(&[]);
                i += paras.windows(2).position(|p| p[0].1 != p[1].1).unwrap_or(limit - i);
            }
            let para = self.para(i);
            if self.kind(i) == TokenKind::Quote {
                let (fam, role) = self.quote_role(i);
                let w = if self.doubled(i) { 2 } else { 1 };
                match open {
                    Some((o, f, multi)) if f == fam && matches!(role, Role::Close | Role::Both) => {
                        // `,'''`: a single quotation closing with the double one (two single
                        // marks); the third mark belongs to the close.
                        let triple = w == 2
                            && i + 2 < n
                            && self.text(i + 2) == "'"
                            && self.doc.tokens[i + 1].end == self.doc.tokens[i + 2].start;
                        let last = if triple { i + 2 } else { i + w - 1 };
                        if let Some(p) = self.make_pair(o, i, last, multi) {
                            out.push(p);
                        }
                        open = None;
                        if triple {
                            i += 1;
                        }
                    }
                    // A new double opening mark restarts an unclosed double quote and overrides an unclosed single one.
                    Some(_) if role == Role::Open && fam == Family::Double => open = Some((i, fam, false)),
                    Some(_) => {}
                    None if matches!(role, Role::Open | Role::Both) => open = Some((i, fam, false)),
                    None => {}
                }
                if w == 2 && i + 1 < n && self.para(i + 1) == para {
                    i += 1;
                }
            }
            // Paragraph end with an open quote: continue or drop.
            let last_in_para = i + 1 >= n || self.para(i + 1) != para;
            if last_in_para {
                if let Some((o, f, _)) = open {
                    let next = i + 1;
                    let reopens = f == Family::Double
                        && next < n
                        && self.kind(next) == TokenKind::Quote
                        && matches!(self.quote_role(next), (Family::Double, Role::Open | Role::Both))
                        && self.text(i) != ":";
                    if reopens {
                        open = Some((o, f, true));
                        i += 2;
                        continue;
                    }
                    open = None;
                }
            }
            i += 1;
        }
        out
    }

    fn make_pair(&self, open: usize, close_first: usize, close: usize, multi_para: bool) -> Option<Pair> {
        let ow = if self.doubled(open) { 2 } else { 1 };
        if close_first <= open + ow {
            return None;
        }
        let mut a = open + ow;
        let mut b = close_first;
        // Trailing commas and dashes inside the marks are not content.
        while b > a && matches!(self.text(b - 1), "," | "—" | "–" | "-" | ";") {
            b -= 1;
        }
        while a < b && matches!(self.text(a), "," | "…" | "...") {
            a += 1;
        }
        if a >= b {
            return None;
        }
        let words = (a..b).filter(|&j| self.is_word(j)).count();
        if words == 0 {
            return None;
        }
        Some(Pair { open, close, close_first, content: self.span(a, b), words, multi_para })
    }

    // ---------- noun phrases ----------

    fn is_pronoun(&self, i: usize) -> bool {
        // (A word longer than every pronoun skips the list.)
        self.is_word(i) && self.low(i).len() <= PRONOUN_MAX_LEN && PRONOUNS.contains(&self.low(i))
    }

    fn np_word_ok(&self, i: usize) -> bool {
        if i >= self.n() {
            return false;
        }
        match self.kind(i) {
            TokenKind::Word => {
                let l = self.low(i);
                if l == "'s" || l == "’s" {
                    return true;
                }
                !self.has(i, word::NP_STOP | word::NOT_SPEAKER | word::SENTENCE_ADVERBS)
                    // (Round 16c: "the WHO": a pronoun spelled as an acronym is a name.)
                    && (!self.is_pronoun(i) || l.len() > 2 && self.text(i).bytes().all(|b| b.is_ascii_uppercase()))
                    // ("We'll see …", "They're …": a pronoun with a contracted auxiliary is no name.)
                    && !contraction(l)
                    && !self.negated_do(i)
                    && (self.cue_at(i, |c| c == CueClass::Verb).is_none() || self.is_cap(i))
            }
            TokenKind::Number => true,
            TokenKind::Punct => matches!(self.text(i), "&" | "."),
            _ => false,
        }
    }

    /// Noun phrase ending just before token `end` (exclusive), scanning left but not before `lo`.
    fn np_left(&self, end: usize, lo: usize) -> Option<Np> {
        if end == 0 || end <= lo {
            return None;
        }
        let mut e = end;
        let mut skipped = 0;
        while e > lo && skipped < 3 {
            let l = self.low(e - 1);
            if self.is_word(e - 1)
                && (self.has(e - 1, word::AUX)
                    || (l.ends_with("ly") && l.len() > 4 && !self.is_cap(e - 1))
                    || self.negated_do(e - 1))
            {
                e -= 1;
                skipped += 1;
            } else {
                break;
            }
        }
        if e <= lo {
            return None;
        }
        if self.is_pronoun(e - 1) {
            return Some(Np { start: e - 1, end: e, appositive: None });
        }
        // A quantifier standing for people at the clause's start: "few believe …", "Both think …".
        if QUANTIFIERS.contains(&self.low(e - 1))
            && (e - 1 == lo || matches!(self.low(e - 2), "," | ";" | "but" | "and" | "—" | "–" | "while" | "though"))
        {
            return Some(Np { start: e - 1, end: e, appositive: None });
        }
        // A percentage standing for people at the clause's start: "42% say …", "…, and 26 percent
        // said …" (with its "of" phrase through `with_head`: "30 percent of residents").
        if e >= lo + 2
            && matches!(self.low(e - 1), "%" | "percent")
            && self.kind(e - 2) == TokenKind::Number
            && (e - 2 == lo || matches!(self.low(e - 3), "," | ";" | "but" | "and" | "—" | "–" | "while" | "though"))
        {
            return Some(Np { start: e - 2, end: e, appositive: None });
        }
        let mut s = e;
        while s > lo && e - s < 9 {
            let j = s - 1;
            if self.np_word_ok(j) {
                s -= 1;
                continue;
            }
            // "Secretary of State John Kerry", "Burton and Nick": joiners between capitalised words.
            if matches!(self.low(j), "of" | "and") && j > lo && self.is_cap(j - 1) && self.is_cap(j + 1) {
                s -= 1;
                continue;
            }
            // "The Committee to Protect Journalists", "Center for Food Safety": an organisation's
            // name with "to", "for" or "on" after its head noun.
            if matches!(self.low(j), "to" | "for" | "on")
                && j > lo
                && self.is_cap(j + 1)
                && ORG_HEADS.contains(&self.low(j - 1))
                && self.is_cap(j - 1)
                && (j + 1..e).all(|x| self.is_cap(x))
            {
                s -= 1;
                continue;
            }
            // Session 20: "Special Representative for Iran Brian Hook" (`lead20.rs`).
            if self.title_joiner(j, lo, e) {
                s -= 1;
                continue;
            }
            break;
        }
        // Lower-case words before a determiner belong to something else ("established a ...").
        if let Some(d) = (s..e).find(|&j| self.has(j, word::DETERMINERS) && !self.is_cap(j) || self.is_cap(j)) {
            // Keep from the first determiner or capitalised word, unless the head is a role noun
            // preceded only by lower-case words ("senior officials said").
            let head_role = self.has(e - 1, word::ROLE_NOUNS);
            if !head_role || d > s && self.is_cap(d) {
                s = s.max(d.min(e - 1));
            }
        }
        if s >= e {
            return None;
        }
        // A phrase of lower-case words needs a role noun head ("officials") or a determiner.
        let any_cap = (s..e).any(|j| self.is_cap(j) && !self.has(j, word::DETERMINERS));
        // ("those surveyed say", "those polled said": a demonstrative before a participle.)
        let demonstrative = s > lo && s + 1 == e && self.low(s - 1) == "those" && self.low(s).ends_with("ed");
        if !any_cap && !self.has(e - 1, word::ROLE_NOUNS) && !self.has(s, word::DETERMINERS) && !demonstrative {
            return None;
        }
        if self.has(e - 1, word::DETERMINERS) || self.kind(e - 1) != TokenKind::Word {
            return None;
        }
        // A demonstrative opens the phrase: "That official said", "these voters say" ("that" only
        // where it cannot be a conjunction: at the clause's start).
        if s > lo && !self.has(s, word::DETERMINERS) {
            let d = s - 1;
            let clause_start = d == lo || !self.is_word(d - 1);
            if matches!(self.low(d), "this" | "these" | "those") || self.low(d) == "that" && clause_start {
                s = d;
            }
        }
        Some(Np { start: s, end: e, appositive: None })
    }

    /// A noun phrase that is the object of a preposition after its head ("Officials in the
    /// province", "the mayor of Lyon") grows to the head when the head starts the clause: the
    /// speaker is the head, never the object of its modifier.
    fn with_head(&self, np: Np, lo: usize) -> Np {
        let mut np = np;
        for _ in 0..2 {
            let prep = |j: usize| {
                matches!(
                    self.low(j),
                    "in" | "of" | "from" | "at" | "for" | "with" | "across" | "on" | "off" | "around" | "inside" | "outside"
                )
            };
            if np.start < lo + 2 || !prep(np.start - 1) {
                break;
            }
            // "officials on and off the island": two coordinated prepositions share the object.
            let mut p = np.start - 1;
            if p >= lo + 3 && self.low(p - 1) == "and" && prep(p - 2) {
                p -= 2;
            }
            let Some(head) = self.np_left(p, lo) else { break };
            let clause_start = head.start == lo
                || !self.is_word(head.start - 1)
                || matches!(self.low(head.start - 1), "and" | "but" | "that" | "while" | "because" | "when" | "as");
            if !clause_start || self.is_pronoun(head.start) || head.end != p {
                break;
            }
            np = Np { start: head.start, end: np.end, appositive: np.appositive };
        }
        np
    }

    /// The subject of a cue at token `k`: the noun phrase just before it, or the one before an
    /// appositive or relative clause ("Sanders, who …, said"), or the sentence's subject for a
    /// coordinated verb ("Clinton celebrated … and said").
    fn subject_left(&self, k: usize, lo: usize) -> Option<Np> {
        // Round 16a: "He's said he will …" ("'s" for "has").
        if let Some(np) = self.contracted_has_subject(k, lo) {
            return Some(np);
        }
        // "Gov. Ana Ruiz (D-OR), said": a comma after a party label is no appositive; the cue's
        // subject is read as without it.
        if k >= lo + 4 && self.text(k - 1) == "," && self.text(k - 2) == ")" {
            let open = (lo..k - 2).rev().take(6).find(|&j| self.text(j) == "(");
            if open.is_some_and(|o| {
                o > lo && {
                    let t = self.text(o + 1);
                    let party = t.strip_prefix(['D', 'R', 'I']).unwrap_or("x");
                    party.starts_with(['-', '–']) || party.is_empty() && matches!(self.text(o + 2), "-" | "–")
                }
            }) {
                return self.subject_left(k - 1, lo);
            }
        }
        // Session 12: "Rep. Tom Okafor, R-Utah, told …": a party-and-state label between commas is
        // no speaker; the cue's subject is the name before it.
        if k >= lo + 4 && self.text(k - 1) == "," {
            if let Some(c) = (k.saturating_sub(6).max(lo + 1)..k - 1).rev().find(|&j| self.text(j) == ",") {
                if c + 1 < k - 1 && self.party_label(c + 1, k - 1) {
                    return self.subject_left(c, lo);
                }
            }
        }
        if let Some(np) = self.message_sender(k, lo) {
            return Some(np);
        }
        if let Some(np) = self.intro_gerund_subject(k, lo) {
            return Some(np);
        }
        if let Some(np) = self.np_left(k, lo) {
            // "Current and former officials who spoke with The Huffington Post said": the noun
            // phrase is the object inside a relative clause; the subject is before "who".
            if np.start > lo + 2 && matches!(self.low(np.start - 1), "with" | "to" | "for" | "by" | "at" | "from" | "about") {
                let rel = (lo + 1..np.start - 1)
                    .rev()
                    .take(8)
                    .take_while(|&j| self.text(j) != ",")
                    .find(|&j| matches!(self.low(j), "who" | "that"));
                if let Some(subj) = rel.and_then(|r| self.np_left(r, lo)) {
                    return Some(subj);
                }
            }
            let mut np = self.with_head(np, lo);
            // "Allies have in the past said", "Gowdy earlier in the day touted", "Trump at the time
            // said": a time adjunct between the subject and its cue.
            let time_head = matches!(
                self.low(np.end - 1),
                "past" | "time" | "day" | "morning" | "afternoon" | "evening" | "night" | "week" | "month" | "year" | "moment"
            );
            if time_head && np.start >= lo + 2 && matches!(self.low(np.start - 1), "in" | "at" | "on" | "during" | "over" | "for")
            {
                let mut e = np.start - 1;
                while e > lo
                    && self.is_word(e - 1)
                    && (self.has(e - 1, word::AUX) || matches!(self.low(e - 1), "earlier" | "later"))
                {
                    e -= 1;
                }
                // The subject may end in a parenthesis ("Chairman Trey Gowdy (R-S.C.) earlier in
                // the day touted") or be a looser phrase ("Gore's close friends and allies have in
                // the past said"); the time phrase itself is never the speaker.
                let subj = self.np_left(e, lo).map(|n| self.with_head(n, lo)).or_else(|| {
                    if e > lo + 1 && self.text(e - 1) == ")" {
                        let open = (lo..e - 1).rev().take(10).find(|&j| self.text(j) == "(")?;
                        self.np_left(open, lo)
                    } else {
                        self.loose_np_left(e, lo)
                    }
                });
                if let Some(subj) = subj {
                    np = subj;
                }
            }
            // "Zucker, who in the past has voiced …": the phrase is an adjunct after the subject.
            // (Session 13: also after "which", and "within": "Rhodesia, which within a few years
            // declared …" gave the speaker "a few years".)
            if np.start >= lo + 2
                && matches!(
                    self.low(np.start - 1),
                    "in" | "within"
                        | "during"
                        | "through"
                        | "throughout"
                        | "since"
                        | "over"
                        | "at"
                        | "on"
                        | "after"
                        | "before"
                        | "for"
                )
                && (self.is_pronoun(np.start - 2) && self.low(np.start - 2) != "it" || self.low(np.start - 2) == "which")
            {
                return Some(Np { start: np.start - 2, end: np.start - 1, appositive: None });
            }
            return Some(np);
        }
        // A participle closing the clause: "Perez hammered Trump, calling him …".
        if k > lo + 2 && self.text(k - 1) == "," && self.low(k).ends_with("ing") {
            if let Some(np) = self.main_subject(lo, k, &[]) {
                return Some(np);
            }
        }
        // A time adjunct between subject and cue: "Sanders on Tuesday said", "Trump last week said".
        let mut t = k;
        while t > lo && self.is_word(t - 1) && self.has(t - 1, word::AUX) {
            t -= 1;
        }
        let timed = if t > lo + 1 && WEEKDAYS.contains(&self.low(t - 1)) {
            Some(if matches!(self.low(t - 2), "on" | "late" | "early") { t - 2 } else { t - 1 })
        } else if t > lo + 2
            && matches!(self.low(t - 2), "last" | "this" | "earlier" | "later")
            && matches!(self.low(t - 1), "week" | "month" | "year" | "weekend")
        {
            Some(t - 2)
        } else if t > lo + 1 && matches!(self.low(t - 1), "yesterday" | "today" | "tonight") {
            Some(t - 1)
        } else {
            None
        };
        if let Some(np) = timed.and_then(|e| {
            self.np_left(e, lo).or_else(|| {
                // "Sen. Bernie Sanders (I-Vt.) on Saturday criticized".
                let open = (e > lo + 1 && self.text(e - 1) == ")")
                    .then(|| (lo..e - 1).rev().take(10).find(|&j| self.text(j) == "("))??;
                self.np_left(open, lo)
            })
        }) {
            return Some(np);
        }
        let mut e = k;
        while e > lo && self.is_word(e - 1) && self.has(e - 1, word::AUX) {
            e -= 1;
        }
        if e <= lo + 1 {
            return None;
        }
        // "Okoro, a fellow at …, recently put it": an adverb after the appositive's comma.
        if e > lo + 2 && self.text(e - 2) == "," && !self.is_cap(e - 1) && self.low(e - 1).ends_with("ly") {
            e -= 1;
        }
        match self.text(e - 1) {
            "," => {
                // "One of the authors of that report, Ari Fleischer, said": the name between the commas.
                if let Some(np) = self.np_left(e - 1, lo).filter(|np| {
                    np.start > lo
                        && self.text(np.start - 1) == ","
                        && (np.start..np.end)
                            .all(|j| self.is_cap(j) || self.text(j) == "." || self.name_particle(j) && j > np.start)
                }) {
                    if !self.state_after_city(np.start, lo) {
                        return Some(np);
                    }
                    // "A woman in Worcester, Massachusetts, told him …": the head before the city.
                    if let Some(city) = self.np_left(np.start - 1, lo) {
                        let city_start = city.start;
                        let head = self.with_head(city, lo);
                        if head.start < city_start {
                            return Some(Np { start: head.start, end: np.end, appositive: None });
                        }
                    }
                }
                // Try up to three earlier commas: "Sanders, meanwhile, who …, said".
                let commas: Vec<usize> = (lo..e - 1).rev().take(40).filter(|&j| self.text(j) == ",").collect();
                // (Two more past a "City, State" pair: "Ana Ruiz, 59, of Dover, Del., who …, said".)
                let reach = if commas.iter().take(3).any(|&c| self.state_after_city(c + 1, lo)) { 5 } else { 3 };
                let commas: Vec<usize> = commas.into_iter().take(reach).collect();
                commas.into_iter().find_map(|c2| {
                    // "Rep. Elijah Cummings (D-Md.), chair of …, said": skip the parenthesis.
                    let c2 = if c2 > lo && self.text(c2 - 1) == ")" {
                        (lo..c2 - 1).rev().take(20).find(|&j| self.text(j) == "(")?
                    } else {
                        c2
                    };
                    let np = self.np_left(c2, lo)?;
                    let nxt = self.low(c2 + 1);
                    let ok = !matches!(nxt, "and" | "but" | "or" | "so" | "then");
                    // ("As Dana Okoro, a fellow at …, put it: …": "as" opens the clause.)
                    let open = np.start == lo || !self.is_word(np.start - 1) || self.low(np.start - 1) == "as";
                    // ("… ago that Michael Bloomberg, who …, said": a subordinator opens the clause.)
                    let open = open || self.subordinator_before(np.start);
                    (ok && open && !self.state_after_city(np.start, lo)).then_some(np)
                })
            }
            ")" => {
                let open = (lo..e - 1).rev().take(20).find(|&j| self.text(j) == "(")?;
                self.np_left(open, lo)
            }
            // "Jason Sims — a teacher from Mount Pleasant — says".
            "—" | "–" | "--" => {
                let d = (lo..e - 1).rev().take(20).find(|&j| matches!(self.text(j), "—" | "–" | "--"))?;
                self.np_left(d, lo).filter(|np| np.start == lo || !self.is_word(np.start - 1))
            }
            // Coordinated verbs: "Clinton celebrated … and said", "Sullivan put off deciding … but said".
            // The main clause's subject replaces it when that one skips an introductory phrase
            // the other took for the subject ("A month later, he toured … and said").
            "and" | "but" => {
                self.sentence_subject(lo, e).map(|np| self.main_subject(lo, e, &[]).filter(|m| m.start > np.start).unwrap_or(np))
            }
            _ => self.loose_np_left(e, lo),
        }
    }

    /// A participle cue after a message that is the object of a verb: "The senator emailed
    /// supporters saying …", "she issued a statement Tuesday calling on …", "sent out a text
    /// message to supporters saying …": the verb's subject sent it, and is the speaker (not the
    /// message or its addressees).
    fn message_sender(&self, k: usize, lo: usize) -> Option<Np> {
        if k < lo + 3 || !self.low(k).ends_with("ing") || self.is_cap(k) {
            return None;
        }
        let mut j = k;
        // A time adjunct: "Tuesday", "this week", "on Monday night".
        let mut n = 0;
        while j > lo + 2 && n < 3 {
            let l = self.low(j - 1);
            if WEEKDAYS.contains(&l)
                || matches!(l, "week" | "month" | "morning" | "night" | "evening" | "afternoon" | "today" | "yesterday")
                || n > 0 && matches!(l, "this" | "last" | "on" | "late" | "earlier")
            {
                j -= 1;
                n += 1;
            } else {
                break;
            }
        }
        // The addressees: "to supporters", "to his backers".
        if let Some(t) = (j.saturating_sub(4).max(lo + 1)..j).rev().find(|&t| self.low(t) == "to") {
            if (t + 1..j).all(|x| self.is_word(x) && !self.is_cap(x)) && t + 1 < j {
                j = t;
            }
        }
        let h = j.checked_sub(1)?;
        let head = self.low(h);
        let addressees = matches!(head, "supporters" | "backers" | "donors" | "members");
        if !MESSAGES.contains(&head) && !addressees {
            return None;
        }
        let verb_like = |m: usize| {
            let l = self.low(m);
            !self.is_cap(m)
                && self.is_word(m)
                && if addressees {
                    matches!(l, "emailed" | "e-mailed" | "texted" | "wrote" | "messaged")
                } else {
                    l.ends_with("ed") || matches!(l, "sent" | "wrote" | "put" | "ran" | "sends" | "writes" | "puts" | "runs")
                }
        };
        // Modifiers of the message: "a", "her", "fundraising", "national newspaper".
        let mut v = h;
        while v > lo + 1 && h - v < 4 {
            let m = v - 1;
            let l = self.low(m);
            if verb_like(m) || l == "out" {
                break;
            }
            let modifier = self.has(m, word::DETERMINERS)
                || matches!(l, "his" | "her" | "its" | "their" | "our" | "new" | "text")
                || self.is_word(m) && !self.is_cap(m) && !l.ends_with("ed") && !self.has(m, word::AUX) && l != "to";
            if !modifier || self.cue_at(m, |_| true).is_some() && !matches!(l, "text" | "news") {
                break;
            }
            v -= 1;
        }
        let mut verb = v.checked_sub(1)?;
        if self.low(verb) == "out" && verb > lo {
            verb -= 1;
        }
        if !verb_like(verb) || verb <= lo {
            return None;
        }
        self.subject_left(verb, lo)
    }

    /// Skips a time adjunct right after a cue ("said Wednesday", "said on Tuesday", "said last
    /// week", "said Thursday night"), which is not part of the reported content.
    fn skip_time(&self, c: usize, end: usize) -> usize {
        let mut j = c;
        if matches!(self.low(j), "on" | "late" | "early") && WEEKDAYS.contains(&self.low(j + 1)) {
            j += 1;
        }
        if WEEKDAYS.contains(&self.low(j)) {
            j += 1;
            if matches!(self.low(j), "morning" | "afternoon" | "evening" | "night") {
                j += 1;
            }
        } else if matches!(self.low(j), "last" | "this" | "earlier" | "later")
            && matches!(
                self.low(j + 1),
                // (Session 13: "said last night", "said this morning".)
                "week"
                    | "month"
                    | "year"
                    | "weekend"
                    | "spring"
                    | "summer"
                    | "fall"
                    | "winter"
                    | "night"
                    | "morning"
                    | "afternoon"
                    | "evening"
            )
        {
            j += 2;
        } else if matches!(self.low(j), "yesterday" | "today" | "tonight") {
            j += 1;
            // Round 16c: "said yesterday morning the road …" (session 13: "yesterday night").
            if matches!(self.low(j), "morning" | "afternoon" | "evening" | "night") && self.low(j - 1) != "tonight" {
                j += 1;
            }
        }
        if j < end && self.text(j) == "," && j > c {
            j += 1;
        }
        if j + 2 < end {
            j
        } else {
            c
        }
    }

    /// The token after a medium adjunct at `c` ("on Facebook", "via Twitter", "on social media",
    /// "on state television", "over the radio"), when more content follows it.
    fn skip_medium(&self, c: usize, end: usize) -> Option<usize> {
        if !matches!(self.low(c), "on" | "via" | "over") {
            return None;
        }
        let medium = |l: &str| {
            matches!(
                l,
                "facebook"
                    | "twitter"
                    | "instagram"
                    | "youtube"
                    | "telegram"
                    | "tiktok"
                    | "weibo"
                    | "wechat"
                    | "linkedin"
                    | "media"
                    | "television"
                    | "tv"
                    | "radio"
                    | "website"
                    | "blog"
            )
        };
        // Up to three words before the medium: "on state television", "on its official website".
        let m = (c + 1..(c + 5).min(end)).take_while(|&j| self.is_word(j)).find(|&j| medium(self.low(j)))?;
        let ok = (c + 1..m).all(|j| {
            !self.is_cap(j) && !self.has(j, word::AUX | word::CLAUSE_WORDS)
                || matches!(self.low(j), "its" | "his" | "her" | "their")
        });
        (ok && m + 3 < end).then_some(m + 1)
    }

    /// A relative clause with its own cue in the content tokens `ct0..ct1`: `, who <cue> X`,
    /// `, which he <cue> X`, `, in which she <cue> X`. Returns (content, cue, speaker, comma).
    fn relative_attribution(&self, ct0: usize, ct1: usize, quoted: &[bool]) -> Option<(Span, Span, Np, usize)> {
        let mut j = ct0 + 2;
        while j + 4 < ct1 {
            if self.text(j) != "," {
                j += 1;
                continue;
            }
            let r = if self.low(j + 1) == "in" && self.low(j + 2) == "which" { j + 2 } else { j + 1 };
            // Round 17a: an object relative with a subject of its own ("…, which the probe said
            // were …", "…, who he blasted as …", "…, whom she described as …").
            let object_np = if r == j + 1 { self.relative_object_subject(r, ct1, quoted) } else { None };
            let (spk, mut v) = match (self.low(r), object_np.as_ref()) {
                (_, Some((np, v))) => (np.start, *v),
                ("who", _) => (r, r + 1),
                ("which", _) if self.is_pronoun(r + 1) && self.low(r + 1) != "it" => (r + 1, r + 2),
                _ => {
                    j += 1;
                    continue;
                }
            };
            let spk_end = object_np.as_ref().map_or(spk + 1, |(np, _)| np.end);
            while v < ct1 && self.has(v, word::AUX) {
                v += 1;
            }
            let cue = self
                .cue_at(v, |c| matches!(c, CueClass::Verb | CueClass::Object | CueClass::Thought))
                .filter(|_| !self.is_cap(v) && !quoted.get(v).copied().unwrap_or(false));
            if let Some((_, len)) = cue {
                let mut c = v + len;
                if self.low(c) == "that" {
                    c += 1;
                }
                // "which he claimed as …": the relative pronoun is the object, part of the content.
                let start = if self.low(r) == "which" && self.low(r - 1) != "in" || object_np.is_some() { r } else { c };
                let stop = (c..ct1).find(|&x| matches!(self.text(x), "," | ";" | "—" | "–")).unwrap_or(ct1);
                if stop >= c + 3 {
                    let content = if start == r {
                        Span::new(self.doc.tokens[r].start, self.doc.tokens[stop - 1].end)
                    } else {
                        self.span(c, stop)
                    };
                    return Some((content, self.span(v, v + len), Np { start: spk, end: spk_end, appositive: None }, j));
                }
            }
            j += 1;
        }
        None
    }

    /// Past a dateline: "ORLANDO, Fla. (Reuters) - President …", "New York (AFP) – Vice …".
    fn skip_dateline(&self, lo: usize, k: usize) -> usize {
        match (lo + 1..(lo + 10).min(k)).find(|&j| matches!(self.text(j), "-" | "—" | "–") && self.text(j - 1) == ")") {
            Some(d) => d + 1,
            None => lo,
        }
    }

    /// Past a time adjunct opening a clause without a comma ("On Tuesday she …", "Last week
    /// Trump …"), when a pronoun or a capitalised word follows.
    fn skip_leading_time(&self, lo: usize, k: usize) -> usize {
        let mut j = lo;
        if matches!(self.low(j), "on" | "late" | "early") && WEEKDAYS.contains(&self.low(j + 1)) {
            j += 2;
        } else if WEEKDAYS.contains(&self.low(j)) {
            j += 1;
        } else if matches!(self.low(j), "last" | "earlier" | "later" | "this")
            && matches!(self.low(j + 1), "week" | "month" | "year" | "weekend")
        {
            j += 2;
        } else {
            return lo;
        }
        if matches!(self.low(j), "morning" | "afternoon" | "evening" | "night") {
            j += 1;
        }
        if j < k && (self.is_pronoun(j) || self.is_cap(j)) {
            j
        } else {
            lo
        }
    }

    /// A capitalised participle or "Having" opening an introductory phrase ("Standing before
    /// the crowd, …", "Arriving at the scene, …").
    fn intro_participle(&self, i: usize) -> bool {
        let l = self.low(i);
        self.is_cap(i) && (l.len() > 5 && l.ends_with("ing") || self.has(i, word::NOT_SPEAKER))
    }

    /// The subject opening a clause at `lo` for a coordinated verb: a pronoun, or a short
    /// phrase of capitalised words ("Sen. Rand Paul"), not running into the first verb.
    fn sentence_subject(&self, lo: usize, e: usize) -> Option<Np> {
        let mut lo = lo;
        while lo < e && matches!(self.low(lo), "and" | "but" | "so" | "yet" | "still" | "meanwhile" | ",") {
            lo += 1;
        }
        // A sentence adverb: "However, he …".
        if lo + 1 < e && self.text(lo + 1) == "," && (self.has(lo, word::SENTENCE_ADVERBS) || WEEKDAYS.contains(&self.low(lo))) {
            lo += 2;
        }
        lo = self.skip_dateline(lo, e);
        lo = self.skip_leading_time(lo, e);
        // An introductory phrase: "In an interview with the Journal, Trump … and said",
        // "Standing before …, Trump … and read".
        if !self.is_cap(lo) || self.has(lo, word::NP_STOP) || self.intro_participle(lo) {
            if let Some(c) = (lo + 1..(lo + 15).min(e)).find(|&j| self.text(j) == ",") {
                lo = self.past_intro_place(c, e);
            }
        }
        let np = self.np_right(lo, e)?;
        if self.is_pronoun(np.start) {
            return Some(np);
        }
        if !self.is_cap(np.start) {
            return None;
        }
        // Keep the capitalised run (with "of", abbreviations and possessives inside it).
        let mut end = np.start;
        while end < np.end && (self.is_cap(end) || matches!(self.low(end), "of" | "." | "'s" | "’s") && end > np.start) {
            end += 1;
        }
        // A determiner alone is no subject: the whole noun phrase is ("The ad, entitled …,
        // features … and talking about …").
        if end == np.start + 1 && self.has(np.start, word::DETERMINERS) {
            return (np.end > end).then_some(Np { appositive: None, ..np });
        }
        (end - np.start <= 5).then_some(Np { start: np.start, end, appositive: None })
    }

    /// The subject of the sentence's main clause, for a participle clause closing it ("Perez
    /// hammered Trump, calling him …"): past a leading quotation, a dateline and an introductory
    /// phrase ("A month later, he …"), a pronoun or a name with its title ("Democratic
    /// presidential candidate Sen. Bernie Sanders (I-Vt.)"), or a short noun phrase.
    fn main_subject(&self, s0: usize, k: usize, quoted: &[bool]) -> Option<Np> {
        let mut lo = s0;
        while lo < k
            && (quoted.get(lo).copied().unwrap_or(false)
                || self.kind(lo) == TokenKind::Quote
                || matches!(self.text(lo), "," | "—" | "–" | "-" | ";"))
        {
            lo += 1;
        }
        while lo < k && matches!(self.low(lo), "and" | "but" | "so" | "yet" | "still" | "meanwhile" | "then" | "also") {
            lo += 1;
        }
        lo = self.skip_dateline(lo, k);
        // An introductory phrase: "More recently, …", "A month later, …", "On Tuesday, …", "Here in Columbia, …".
        // A phrase opened by a preposition may be longer and hold a cue word ("In a widely read
        // column in the day before the debate, two speechwriters …").
        let prep_first = matches!(
            self.low(lo),
            "in" | "at" | "on" | "during" | "after" | "before" | "since" | "under" | "amid" | "despite" | "following" | "as"
        );
        let reach = if prep_first { 20 } else { 12 };
        if let Some(c) = (lo + 1..(lo + reach).min(k)).find(|&j| self.text(j) == ",") {
            let first = self.low(lo);
            let last = self.low(c - 1);
            let intro = self.has(lo, word::NP_STOP | word::SENTENCE_ADVERBS)
                || WEEKDAYS.contains(&first)
                || first.ends_with("ly")
                || matches!(first, "more" | "most" | "here" | "there" | "speaking" | "like" | "unlike" | "despite" | "amid")
                || matches!(
                    first,
                    "besides" | "back" | "along" | "overall" | "with" | "without" | "throughout" | "across" | "among"
                )
                || self.intro_participle(lo)
                || WEEKDAYS.contains(&last)
                || matches!(
                    last,
                    "later"
                        | "ago"
                        | "earlier"
                        | "recently"
                        | "week"
                        | "month"
                        | "year"
                        | "night"
                        | "morning"
                        | "day"
                        | "weekend"
                );
            let verb =
                !prep_first && (lo..c).any(|j| self.cue_at(j, |x| matches!(x, CueClass::Verb | CueClass::Object)).is_some());
            if intro && !verb && c + 1 < k {
                lo = self.past_intro_place(c, k);
            }
        }
        lo = self.skip_leading_time(lo, k);
        if lo >= k {
            return None;
        }
        if self.is_pronoun(lo) {
            return Some(Np { start: lo, end: lo + 1, appositive: None });
        }
        // (Session 12: "hundred" and "-eed" words are no past tenses: "Several hundred people".)
        let verb_like = |j: usize| {
            let l = self.low(j);
            self.has(j, word::NP_STOP)
                || l.ends_with("ed") && !l.ends_with("eed") && l != "hundred"
                || self.cue_at(j, |_| true).is_some() && !self.is_cap(j)
        };
        // Session 12: a count opening the subject ("Hundreds of workers", "Dozens of farmers")
        // takes its "of" phrase as a determiner does.
        let count = matches!(
            self.low(lo),
            "hundreds" | "thousands" | "dozens" | "millions" | "scores" | "tens" | "some" | "many" | "most" | "several"
        );
        let det = self.has(lo, word::DETERMINERS) || count;
        if !self.is_cap(lo) && !det {
            return None;
        }
        let mut e = lo;
        let mut last_good = None;
        while e < k && e - lo < 14 {
            if self.is_cap(e) || self.kind(e) == TokenKind::Number && e > lo {
                last_good = Some(e + 1);
            } else if matches!(self.text(e), "." | "'s" | "’s") && e > lo
                || matches!(self.low(e), "of") && (self.is_cap(e + 1) || count && e == lo + 1)
            {
            } else if self.text(e) == "(" {
                // "(I-Vt.)" after a name.
                let close = (e + 1..(e + 8).min(k)).find(|&j| self.text(j) == ")");
                match close {
                    Some(c) if last_good == Some(e) => {
                        last_good = Some(c + 1);
                        e = c;
                    }
                    _ => break,
                }
            } else if self.kind(e) == TokenKind::Word
                && !verb_like(e)
                && (self.has(e, word::DETERMINERS) || e == lo || !self.is_cap(e))
            {
                // Lower-case title words ("presidential candidate") or a noun head ("the board").
                if self.has(e, word::ROLE_NOUNS) || det {
                    last_good = Some(e + 1);
                }
            } else {
                break;
            }
            e += 1;
        }
        let end = last_good?;
        (end > lo).then_some(Np { start: lo, end, appositive: None })
    }

    /// A looser subject: the words before `e` back to a clause boundary ("Six in 10 voters",
    /// "most of them", "Some advocates for stem cell research").
    fn loose_np_left(&self, e: usize, lo: usize) -> Option<Np> {
        let mut s = e;
        while s > lo && e - s < 10 {
            let j = s - 1;
            let ok = match self.kind(j) {
                TokenKind::Word => {
                    !self.has(j, word::CLAUSE_WORDS)
                        && self.cue_at(j, |c| matches!(c, CueClass::Verb | CueClass::Object | CueClass::Thought)).is_none()
                }
                TokenKind::Number => true,
                TokenKind::Punct => matches!(self.text(j), "%" | "&"),
                _ => false,
            };
            if !ok {
                break;
            }
            s -= 1;
        }
        if s >= e || self.kind(e - 1) == TokenKind::Punct || self.has(e - 1, word::DETERMINERS) && e - s == 1 {
            return None;
        }
        // It must look like a subject: a name, a number, a determiner, or a plural or role noun head.
        let head = self.low(e - 1);
        let plausible = (s..e).any(|j| self.is_cap(j) || self.kind(j) == TokenKind::Number)
            || self.has(s, word::DETERMINERS)
            || self.has(e - 1, word::ROLE_NOUNS)
            || head.ends_with('s') && !head.ends_with("ss");
        if !plausible
            || head.ends_with("ing")
            || head.ends_with("ly")
            || WEEKDAYS.contains(&head)
            || e - s == 1 && self.has(e - 1, word::NOT_SPEAKER)
        {
            return None;
        }
        // The subject must start the clause.
        if s > lo && !matches!(self.text(s - 1), "," | ";" | ":" | "—" | "–" | "(") && !self.has(s - 1, word::CLAUSE_WORDS) {
            return None;
        }
        Some(Np { start: s, end: e, appositive: None })
    }

    /// Noun phrase starting at token `start`, scanning right but not past `hi`.
    fn np_right(&self, start: usize, hi: usize) -> Option<Np> {
        if start >= hi || start >= self.n() {
            return None;
        }
        if self.is_pronoun(start) {
            return Some(Np { start, end: start + 1, appositive: None });
        }
        let mut e = start;
        // Eight words, or up to twelve in a capitalised name ("Johns Hopkins Center for Systems
        // Science and Engineering").
        while e < hi && (e - start < 8 || e - start < 12 && self.is_cap(e)) {
            if self.np_word_ok(e) && !(self.text(e) == "." && e > start) {
                e += 1;
                continue;
            }
            if matches!(self.low(e), "of" | "and") && e > start && self.is_cap(e - 1) && e + 1 < hi && self.is_cap(e + 1) {
                e += 1;
                continue;
            }
            // Session 14: "for" inside an institution's name, after its head word ("the Centers
            // for Disease Control", "Johns Hopkins Center for Systems Science").
            if self.low(e) == "for" && e > start && institution_head(self.text(e - 1)) && e + 1 < hi && self.is_cap(e + 1) {
                e += 1;
                continue;
            }
            // Round 16c: a day or a month after an article ("a Wednesday editorial", "a March
            // 2019 report").
            if e > start
                && matches!(self.low(e - 1), "a" | "an" | "the")
                && self.is_cap(e)
                && (WEEKDAYS.contains(&self.low(e)) || self.has(e, word::NOT_SPEAKER))
            {
                e += 1;
                continue;
            }
            break;
        }
        // A name cut at the length limit ends at a word, not at its connector.
        while e - start >= 8 && self.is_cap(e - 2) && matches!(self.low(e - 1), "of" | "and" | "for") {
            e -= 1;
        }
        // Session 19: an outlet's name runs on over a time word ("according to USA Today").
        let e = self.outlet_through(start, e, hi);
        // Session 20: "police in Baytown, Texas" (`lead20.rs`).
        let e = self.place_apposition(start, e, hi);
        if e == start {
            return None;
        }
        // Round 16c: an article alone ("According to the WHO" before the acronym was a name) is
        // no noun phrase.
        if e == start + 1 && matches!(self.low(start), "a" | "an" | "the") && !self.is_cap(start) {
            return None;
        }
        let any_cap = (start..e).any(|j| self.is_cap(j));
        if !any_cap && !self.has(e - 1, word::ROLE_NOUNS) && !self.has(start, word::DETERMINERS) {
            return None;
        }
        let appositive = self.appositive(e, hi);
        Some(Np { start, end: e, appositive })
    }

    /// ", a Pinellas sheriff's detective who …" after a name: the role phrase.
    fn appositive(&self, e: usize, hi: usize) -> Option<Span> {
        if e + 1 >= hi || self.text(e) != "," {
            return None;
        }
        let a = e + 1;
        if !(self.has(a, word::DETERMINERS) || self.is_cap(a)) || self.is_pronoun(a) {
            return None;
        }
        let mut b = a;
        while b < hi && b - a < 14 {
            let t = self.text(b);
            if matches!(self.kind(b), TokenKind::Quote | TokenKind::Dash) || matches!(t, "," | "." | ";" | ":" | "(" | ")") {
                break;
            }
            if matches!(self.low(b), "who" | "which" | "that" | "when" | "after" | "before" | "said" | "told") {
                break;
            }
            b += 1;
        }
        (b > a + 1).then(|| self.span(a, b))
    }

    // ---------- frames around quotation marks ----------

    /// `"…," X said` / `"…," said X, a …` after the closing mark.
    fn frame_after(&self, pair: &Pair) -> Option<Frame> {
        if let Some(f) = self.dash_signature(pair) {
            return Some(f);
        }
        let n = self.n();
        let mut i = pair.close + 1;
        let para = self.para(pair.close);
        let in_para = |j: usize| j < n && self.para(j) == para;
        if in_para(i) && matches!(self.text(i), "," | "—" | "–") {
            i += 1;
        }
        if !in_para(i) || !self.is_word(i) {
            return None;
        }
        let last = self.text(pair.close_first - 1);
        let ends_sentence = is_terminal(last);
        // A full sentence closing its line is not framed by the next line ("…right now."\n
        // Spokesman X added, "…"): that line has its own quotation.
        if ends_sentence && self.line_ends_at(pair.close + 1) {
            return None;
        }
        let hi = (i..n).take_while(|&j| in_para(j)).last().map_or(i, |j| j + 1);
        // Inverted: said X.
        // (A participle opening the next clause is no inverted cue: in "Calling it a disaster,
        // the mayor …" the word after it is its object, not a speaker.)
        if let Some((cue, len)) = self.cue_at(i, |c| matches!(c, CueClass::Verb | CueClass::Object)) {
            if (cue.class == CueClass::Verb || cue.class == CueClass::Object) && !self.low(i).ends_with("ing") {
                let np = self.np_right(i + len, hi)?;
                if ends_sentence && !is_terminal(last) {
                    return None;
                }
                // Session 12: `Mr. Ortega, citing "…," said the party could win …`: a finite verb
                // right after the noun phrase makes it the subject of the cue's clause, not an
                // inverted speaker (the quotation is the object of a participle before it).
                if np.appositive.is_none() && self.finite_verb(np.end) {
                    return None;
                }
                let end = self.frame_end(np.end, hi);
                return Some(Frame {
                    speaker: Some(np),
                    cue: Some(self.span(i, i + len)),
                    region: (i, end),
                    prep: false,
                    extra: None,
                });
            }
        }
        // Subject first: X said. Find a verb cue within 9 tokens.
        let mut j = i;
        while j < hi && j - i < 10 {
            if j > i {
                if let Some((_, len)) = self.cue_at(j, |c| c == CueClass::Verb) {
                    // (Round 16c: with its head before a preposition when the frame closes the
                    // sentence: `"…," the pitch on Kickstarter says.`, `"…," officials in Kyiv
                    // said.`; not `"…," 75 percent of Democrats said yes`.)
                    let np = self.title_before_name(self.np_left(j, i)?, i);
                    let closes = matches!(self.text(self.skip_time(j + len, hi + 3).min(hi)), "." | "," | ";" | "");
                    let np = if np.start != i && closes { self.with_head(np, i) } else { np };
                    if np.start != i && !(self.is_word(i) && (i..np.start).all(|k| self.has(k, word::AUX))) {
                        return None;
                    }
                    // Round 16a: `Citing "…," the aide told POLITICO that …`: a cue with a "that"
                    // clause of its own does not frame a quotation inside the sentence before it.
                    let o = pair.open;
                    if o > 0 && self.is_word(o - 1) && self.sent(o - 1) == self.sent(o) && self.own_that_clause(j + len, hi) {
                        return None;
                    }
                    if o > 0 && self.is_word(o - 1) && self.sent(o - 1) == self.sent(o) && self.own_bare_clause(j + len, hi) {
                        return None;
                    }
                    // After a full stop the next sentence must continue the frame ("He said so.").
                    // ("…?" Clinton asks as …: a question or exclamation is framed by what follows.)
                    // A pronoun too: "She says it underscores …" has its own content, and the
                    // quotation before it is not what she says.
                    if ends_sentence && !matches!(last, "?" | "!") && self.sent(j) != self.sent(pair.close) {
                        let mut after = j + len;
                        if self.is_pronoun(np.start) && after < hi {
                            after = self.skip_time(after, hi + 3).min(hi);
                        }
                        if after < hi && !matches!(self.text(after), "." | "," | ":" | ";") {
                            return None;
                        }
                        if after < hi && self.text(after) == "," && self.next_sentence_goes_on(after, hi) {
                            return None;
                        }
                    }
                    let end = self.frame_end(j + len, hi);
                    return Some(Frame {
                        speaker: Some(np),
                        cue: Some(self.span(j, j + len)),
                        region: (i, end),
                        prep: false,
                        extra: None,
                    });
                }
            }
            let t = self.text(j);
            if t == "," && j > i && (self.is_cap(i) || matches!(self.low(i), "the" | "a" | "an")) {
                // `"…" Jim Bennett, 57, said.` / `"…" Briggs, a spokesman for Sanders, said.`
                if let Some(c2) = (j + 1..(j + 24).min(hi)).find(|&k| self.text(k) == ",") {
                    if let Some((_, len)) = self.cue_at(c2 + 1, |c| c == CueClass::Verb) {
                        if let Some(np) = self.np_left(j, i).filter(|np| np.start == i) {
                            let end = self.frame_end(c2 + 1 + len, hi);
                            let np = Np { appositive: Some(self.span(j + 1, c2)), ..np };
                            return Some(Frame {
                                speaker: Some(np),
                                cue: Some(self.span(c2 + 1, c2 + 1 + len)),
                                region: (i, end),
                                prep: false,
                                extra: None,
                            });
                        }
                    }
                }
                if let Some(f) = self.long_appositive_frame(i, j, hi, ends_sentence && !matches!(last, "?" | "!")) {
                    return Some(f);
                }
                break;
            }
            // `"…," Sen. Ana Ruiz (D-Ore.) said.`: a party label between the name and its cue.
            if t == "(" && j > i {
                if let Some(f) = self.party_label_frame(j, i, hi) {
                    return Some(f);
                }
            }
            if matches!(t, "," | "." | ";" | ":" | "?" | "!") || self.kind(j) == TokenKind::Quote {
                break;
            }
            j += 1;
        }
        // `"…," since …, said X.`: the frame closes the sentence after an aside.
        let sent_end = (i..hi).find(|&k| self.sent(k) != self.sent(i)).unwrap_or(hi);
        let mut k = i + 1;
        while k + 1 < sent_end && k < i + 30 {
            if self.text(k) == "," && !ends_sentence {
                if let Some((_, len)) = self.cue_at(k + 1, |c| c == CueClass::Verb) {
                    if let Some(np) = self.np_right(k + 1 + len, sent_end) {
                        let tail = np.appositive.map_or(np.end, |a| self.token_after(a.end));
                        if self.rest_is_adjunct(tail, sent_end) || self.low(tail) == "who" || self.text(tail) == "," {
                            let end = self.frame_end(np.end, hi);
                            return Some(Frame {
                                speaker: Some(np),
                                cue: Some(self.span(k + 1, k + 1 + len)),
                                region: (k + 1, end),
                                prep: false,
                                extra: None,
                            });
                        }
                    }
                }
            }
            if self.kind(k) == TokenKind::Quote {
                break;
            }
            k += 1;
        }
        // "…," according to X.
        if let Some((_, len)) = self.cue_at(i, |c| c == CueClass::Prep) {
            let np = self.np_right(i + len, hi)?;
            let end = self.frame_end(np.end, hi);
            return Some(Frame {
                speaker: Some(np),
                cue: Some(self.span(i, i + len)),
                region: (i, end),
                prep: true,
                extra: None,
            });
        }
        if matches!(last, "," | "?" | "!") {
            return self.unlisted_frame_after(i, hi);
        }
        None
    }

    /// A share of people as the subject of a clause after a comma ("…, while 9 percent found
    /// …", "…, and three-quarters said …", "…, but about 4 in 10 want …"): the words `c0..k`
    /// before the cue at `k` hold a number or a fraction word and nothing else but a few
    /// lower-case modifiers. `j` is the comma (or the conjunction after it).
    fn share_subject(&self, j: usize, c0: usize, k: usize) -> Option<Np> {
        let mut k = k;
        while k > c0 && self.is_word(k - 1) && self.has(k - 1, word::AUX) {
            k -= 1;
        }
        if k <= c0
            || k - c0 > 5
            // (`j == c0`: the share opens the clause, "Nearly a third say …".)
            || !(j == c0
                || self.text(j) == ","
                || j > 0 && self.text(j - 1) == ","
                || j > 1 && self.kind(j - 1) == TokenKind::Quote && self.text(j - 2) == ",")
        {
            return None;
        }
        let share = |t: usize| {
            self.kind(t) == TokenKind::Number
                || matches!(
                    self.low(t),
                    "percent"
                        | "half"
                        | "third"
                        | "thirds"
                        | "quarter"
                        | "quarters"
                        | "three-quarters"
                        | "two-thirds"
                        | "majority"
                )
        };
        // After "of" the people counted: "49 percent of Republicans", "55 percent of all voters".
        let of = (c0..k).find(|&t| self.low(t) == "of").unwrap_or(k);
        let ok = (c0..k).all(|t| {
            share(t)
                || t > of && self.is_word(t) && !self.has(t, word::DETERMINERS | word::AUX) && !self.is_pronoun(t)
                || self.is_word(t)
                    && (!self.is_cap(t) || t == j)
                    && matches!(
                        self.low(t),
                        "about"
                            | "only"
                            | "just"
                            | "nearly"
                            | "almost"
                            | "roughly"
                            | "more"
                            | "than"
                            | "in"
                            | "a"
                            | "of"
                            | "them"
                            | "those"
                            | "the"
                            | "over"
                            | "under"
                            | "fewer"
                            | "less"
                    )
                || self.text(t) == "%"
        });
        // A bare number is not a share of people ("…, 37 confirmed cases"): a fraction word or
        // "N in 10" is needed.
        let fraction = (c0..k).any(|t| share(t) && self.kind(t) != TokenKind::Number)
            || (c0 + 2..k)
                .any(|t| self.low(t - 1) == "in" && self.kind(t) == TokenKind::Number && self.kind(t - 2) == TokenKind::Number);
        (ok && fraction && !self.has(k - 1, word::DETERMINERS)).then_some(Np { start: c0, end: k, appositive: None })
    }

    /// Lines of an interview transcript: `WALLACE: text` or `"PENCE: text` at the start of a
    /// line, the label one to three words in capitals. Only when the article has at least three
    /// such lines with two labels (a transcript, not a "NOTE:" or "UPDATE:" line). Returns
    /// ((label start, label end), colon, content end) in tokens; the content runs to the line's
    /// end, without a quotation mark closing it.
    fn transcript_lines(&self) -> Vec<((usize, usize), usize, usize)> {
        let n = self.n();
        let mut out: Vec<((usize, usize), usize, usize)> = Vec::new();
        let caps = |j: usize| {
            self.is_word(j) && self.is_cap(j) && self.text(j).len() >= 2 && !self.text(j).bytes().any(|b| b.is_ascii_lowercase())
        };
        // Only paragraph starts are looked at (transcripts put a blank line between turns): an
        // optional quotation mark, one to three words in capitals, a colon.
        for para in &self.doc.paragraphs {
            let mut a = self.token_after(para.start);
            if a < n && self.kind(a) == TokenKind::Quote {
                a += 1;
            }
            let mut c = a;
            while c < n && c - a < 3 && caps(c) && !(c > a && self.line_ends_at(c)) {
                c += 1;
            }
            if c == a || c >= n || self.text(c) != ":" || self.line_ends_at(c) || out.last().is_some_and(|l| c < l.2) {
                continue;
            }
            if self.line_ends_at(c + 1)
                || matches!(self.low(a), "update" | "note" | "editor" | "video" | "photo" | "watch" | "correction" | "related")
            {
                continue;
            }
            let mut end = c + 1;
            while end < n && !self.line_ends_at(end) {
                end += 1;
            }
            let mut c1 = end;
            while c1 > c + 1 && self.kind(c1 - 1) == TokenKind::Quote {
                c1 -= 1;
            }
            if c1 > c + 2 {
                out.push(((a, c), c, c1));
            }
        }
        let label = |l: &((usize, usize), usize, usize)| self.span(l.0 .0, l.0 .1).slice(self.body);
        let distinct = out.first().is_some_and(|f| out.iter().any(|l| label(l) != label(f)));
        if out.len() < 3 || !distinct {
            out.clear();
        }
        out
    }

    /// `"…," Sen. Ana Ruiz (D-Ore.) said`: the name from `i` to the parenthesis at `open`, a
    /// party label ("D-Ore.", "R-TX", "I-Vt.") inside it, and a speech verb right after it.
    fn party_label_frame(&self, open: usize, i: usize, hi: usize) -> Option<Frame> {
        let close = (open + 1..(open + 8).min(hi)).find(|&j| self.text(j) == ")")?;
        if !self.party_label_at(open) {
            return None;
        }
        let (_, len) = self.cue_at(close + 1, |c| c == CueClass::Verb)?;
        let np = self
            .np_left(open, i)
            .map(|np| self.title_before_name(np, i))
            .filter(|np| np.start == i && (np.start..np.end).any(|k| self.is_cap(k)))?;
        let end = self.frame_end(close + 1 + len, hi);
        Some(Frame {
            speaker: Some(np),
            cue: Some(self.span(close + 1, close + 1 + len)),
            region: (i, end),
            prep: false,
            extra: None,
        })
    }

    /// Does the "(" at `open` start a party label ("(D-Ore.)", "(R - Iowa)", "(R., Iowa)")?
    fn party_label_at(&self, open: usize) -> bool {
        if open + 2 >= self.n() {
            return false;
        }
        let party = self.text(open + 1).strip_prefix(['D', 'R', 'I']).unwrap_or("x");
        if party.starts_with(['-', '–']) {
            return true;
        }
        let mut j = open + 2;
        if party.is_empty() && self.text(j) == "." && j + 1 < self.n() {
            j += 1;
        }
        (party.is_empty() || party == ".") && matches!(self.text(j), "-" | "–" | ",")
    }

    /// The comma closing an opening subordinate clause ("As he explained the plan, …", "While
    /// Ruiz said that …, the unions …") whose subject starts at `subj` (right after the sentence's
    /// first word, the subordinator, at `s0`), searched from the content's start `c` to `end`.
    fn subordinate_end(&self, subj: usize, s0: usize, c: usize, end: usize, quoted: &[bool]) -> Option<usize> {
        // ("As the Post reported on Tuesday, …" is a comment clause, the rest its content: "as"
        // only with an object after the cue, "As he explained the plan, …".)
        if self.low(s0) == "as" && !(self.has(c, word::DETERMINERS) || is_possessive_determiner(self.low(c))) {
            return None;
        }
        if subj != s0 + 1
            || !matches!(
                self.low(s0),
                "as" | "when"
                    | "while"
                    | "after"
                    | "before"
                    | "because"
                    | "since"
                    | "although"
                    | "though"
                    | "once"
                    | "until"
                    | "whereas"
                    | "whenever"
            )
        {
            return None;
        }
        (c + 1..end).find(|&j| self.text(j) == "," && !quoted.get(j).copied().unwrap_or(false))
    }

    /// Session 12: a speech verb closing an opening phrase or clause right before its comma ("In a
    /// story he sometimes told, Ruiz said …", "When asked, she said …", "After Ruiz spoke, the
    /// hall …"): the verb has no content of its own there (its object is the phrase's noun or
    /// nothing); the clause after the comma has its own subject and verb.
    fn opening_phrase_cue(&self, s0: usize, k: usize, after: usize) -> bool {
        // (A passive keeps its reading: "When the diagnosis was confirmed, …" is an attribution
        // without a source, as PolNeAR marks it.)
        self.text(after) == ","
            && k > s0 + 1
            && !matches!(self.low(k - 1), "was" | "were" | "is" | "are" | "been" | "be" | "being")
            && matches!(
                self.low(s0),
                "in" | "on"
                    | "at"
                    | "during"
                    | "after"
                    | "before"
                    | "with"
                    | "from"
                    | "for"
                    | "by"
                    | "over"
                    | "when"
                    | "while"
                    | "once"
                    | "until"
                    | "since"
                    | "because"
                    | "although"
                    | "though"
                    | "whenever"
            )
            && !(s0..k).any(|j| matches!(self.text(j), "," | ";" | ":") || self.kind(j) == TokenKind::Quote)
    }

    /// Is the cue at `k` a participle ("saying") right after a capitalised noun phrase `np` that
    /// closes a prepositional phrase ("outside Portland, Ore.", "in Kyiv")? Such a phrase is an
    /// adjunct of the clause before it, whose subject speaks.
    fn participle_after_place(&self, k: usize, np: Option<&Np>) -> bool {
        let Some(np) = np else { return false };
        if !self.low(k).ends_with("ing") || np.end != k || !self.is_cap(np.start) {
            return false;
        }
        // "Portland, Ore.": the city before the comma belongs to the phrase.
        let mut b = np.start;
        if b >= 2 && self.text(b - 1) == "," && self.is_cap(b - 2) {
            b -= 2;
            while b > 0 && self.is_cap(b - 1) {
                b -= 1;
            }
        }
        if b == 0 || self.person_in(self.span(np.start, np.end)) {
            return false;
        }
        // ("from" also comes before a sender, "a letter from Ruiz saying …": only before a place
        // the actors stage found, a US state or "D.C.".)
        match self.low(b - 1) {
            "in" | "at" | "outside" | "inside" | "near" | "across" | "around" | "through" | "throughout" => true,
            "from" => self.is_place(np.start, np.end),
            _ => false,
        }
    }

    /// Are tokens `s..e` a place: a country or region the actors stage found, a US state, or "D.C."?
    fn is_place(&self, s: usize, e: usize) -> bool {
        let span = self.span(s, e);
        self.text(s) == "D.C."
            || e == s + 1 && US_STATES.contains(&self.text(s))
            || self
                .actors
                .iter()
                .any(|m| m.start == span.start && m.end == span.end && matches!(m.kind, ActorKind::Country | ActorKind::Region))
    }

    /// Whether the actors stage has a person mention overlapping `span`.
    fn person_in(&self, span: Span) -> bool {
        self.actors.iter().any(|m| m.kind == ActorKind::Person && m.start <= m.end && m.span().overlaps(span))
    }

    /// Is token `j` a modal or a finite form of "be", "have" or "do" ("could", "was", "has")?
    fn finite_verb(&self, j: usize) -> bool {
        matches!(
            self.low(j),
            "could"
                | "would"
                | "will"
                | "can"
                | "may"
                | "might"
                | "should"
                | "must"
                | "shall"
                | "is"
                | "are"
                | "was"
                | "were"
                | "has"
                | "have"
                | "had"
                | "does"
                | "did"
                | "do"
        )
    }

    /// Are tokens `a..b` a party-and-state label ("R-Utah", "D-N.Y.", "I - Vt.") with nothing else?
    fn party_label(&self, a: usize, b: usize) -> bool {
        if b <= a || b - a > 6 {
            return false;
        }
        let rest = self.text(a).strip_prefix(['D', 'R', 'I']).unwrap_or("x");
        let state_from = match rest.strip_prefix(['-', '–']) {
            // "R-Utah" as one token: a capital after the dash.
            Some(s) if s.starts_with(|c: char| c.is_ascii_uppercase()) => a + 1,
            // "R - Utah" / "R-" "Utah".
            Some("") => a + 1,
            None if rest.is_empty() && a + 1 < b && matches!(self.text(a + 1), "-" | "–") => a + 2,
            _ => return false,
        };
        let one_token = state_from == a + 1 && rest.len() > 1;
        (one_token || state_from < b && self.is_cap(state_from)) && (state_from..b).all(|j| self.is_cap(j) || self.text(j) == ".")
    }

    /// "…, Sen. Ana Ruiz (R-Iowa) told reporters": the "(" of a party label closing just before
    /// the cue at `k`, after the word `lo + 1` at least.
    fn party_label_before(&self, k: usize, lo: usize) -> Option<usize> {
        if k < lo + 4 || self.text(k - 1) != ")" {
            return None;
        }
        let open = (lo + 1..k - 1).rev().take(6).find(|&j| self.text(j) == "(")?;
        self.party_label_at(open).then_some(open)
    }

    /// `, adding (that) …` / `, saying …` at the end of a quotation's frame: (cue, content) of a
    /// second statement by the frame's speaker. Only when the clause runs to the end of the
    /// sentence with no quotation mark in it (a quotation after the participle is a split quote).
    /// A quotation inside the clause ("…, adding that it was "a mistake."") is part of it: the
    /// content then runs to the sentence's end, and the returned token ends it (those
    /// quotations are not read again).
    fn participle_statement(&self, f: &Frame) -> Option<(Span, Span, usize)> {
        let cue = f.cue?;
        let (from, mut end) = (self.token_after(cue.end), f.region.1);
        let j = (from..end).find(|&j| self.text(j) == "," && self.low(j + 1).ends_with("ing"))?;
        // An object cue too: `"…," Ruiz said, referring to the new levy.`
        let (_, len) = self.cue_at(j + 1, |c| matches!(c, CueClass::Verb | CueClass::Object))?;
        let mut c = j + 1 + len;
        if self.low(c) == "that" {
            c += 1;
        }
        if end < self.n() && self.kind(end) == TokenKind::Quote && end >= c + 2 && self.is_word(c) {
            // Up to the end of the sentence, a closing mark included.
            let sent = self.sent(c);
            let mut e = end;
            while e < self.n() && self.sent(e) == sent && self.para(e) == self.para(c) {
                e += 1;
            }
            if e > end + 1 && is_terminal(self.text(e - 1)) {
                e -= 1;
            }
            end = e;
        } else if end >= self.n() || !is_terminal(self.text(end)) {
            return None;
        }
        if c + 3 > end || !self.is_word(c) {
            return None;
        }
        Some((self.span(j + 1, j + 1 + len), self.span(c, end), end))
    }

    /// `X called the plan "a disgrace," but said he would …` / `… "a good day" and said …` /
    /// `… "a feat" - but he said …`: a speech verb coordinated after a quotation whose frame
    /// comes before it is a second statement of the sentence, by the frame's speaker or the
    /// pronoun before the verb. Returns (cue, content, end token, pronoun token).
    fn coordinated_after_quote(&self, pair: &Pair) -> Option<Coordinated> {
        let n = self.n();
        let mut j = pair.close + 1;
        if j < n && matches!(self.text(j), "," | "-" | "—" | "–" | "--") {
            j += 1;
        }
        if j + 4 >= n || !matches!(self.low(j), "and" | "but") || self.para(j) != self.para(pair.close) {
            return None;
        }
        let mut v = j + 1;
        let pronoun = (self.is_pronoun(v) && matches!(self.low(v), "he" | "she" | "they" | "we" | "i")).then_some(v);
        if pronoun.is_some() {
            v += 1;
        }
        while v < n && self.is_word(v) && matches!(self.low(v), "also" | "then" | "later" | "again" | "has" | "had" | "have") {
            v += 1;
        }
        let (_, len) = self.cue_at(v, |c| c == CueClass::Verb)?;
        let mut c = v + len;
        let sent = self.sent(v);
        let mut e = c;
        while e < n && self.sent(e) == sent && self.para(e) == self.para(v) {
            e += 1;
        }
        while e > c && (is_terminal(self.text(e - 1)) || self.kind(e - 1) == TokenKind::Quote) {
            e -= 1;
        }
        // "… but told reporters (on Monday) that …": past the addressee.
        if matches!(self.low(v), "told" | "tells") {
            c = (c..(c + 8).min(e)).find(|&t| self.low(t) == "that")?;
        }
        if c < e && self.low(c) == "that" {
            c += 1;
        }
        if c + 3 > e
            || !self.is_word(c)
            || (c..e).any(|t| self.kind(t) == TokenKind::Quote && t + 1 < e && self.is_word(t + 1) && self.is_cap(t + 1))
        {
            return None;
        }
        // `… and said the talks were "useful," according to a readout`: the cited source closing
        // the sentence is no part of the content.
        let mut source = None;
        let mut ce = e;
        if let Some((j, np)) = (c + 3..e).find_map(|j| {
            if self.text(j) != "," {
                return None;
            }
            // `…,” according to`: the closing mark stays with the content.
            let at = if j + 1 < e && self.kind(j + 1) == TokenKind::Quote { j + 2 } else { j + 1 };
            let (_, pl) = self.cue_at(at, |k| k == CueClass::Prep)?;
            Some((if at == j + 2 { j + 2 } else { j }, self.np_right(at + pl, e)?))
        }) {
            ce = j;
            source = Some(np);
        }
        Some((self.span(v, v + len), self.span(c, ce), e, pronoun, source))
    }

    /// `"…," said Ana Ruiz, a nurse, who said she …`: a relative clause with its own cue after a
    /// quotation's frame is a statement of its own, the relative pronoun its speaker (as PolNeAR
    /// marks it). Returns (cue, content, the pronoun's token).
    fn relative_after_frame(&self, f: &Frame) -> Option<(Span, Span, usize)> {
        let cue = f.cue?;
        let (from, end) = (self.token_after(cue.end), f.region.1);
        let j = (from..end).find(|&j| self.text(j) == "," && self.low(j + 1) == "who")?;
        let mut v = j + 2;
        while v < end && self.is_word(v) && (self.has(v, word::AUX) || self.low(v).ends_with("ly") && !self.is_cap(v)) {
            v += 1;
        }
        let (cue2, len) = self.cue_at(v, |c| matches!(c, CueClass::Verb | CueClass::Object | CueClass::Thought))?;
        let mut c = v + len;
        if c < end && self.low(c) == "that" {
            c += 1;
        }
        if cue2.class == CueClass::Thought
            && !(self.low(c - 1) == "to" || matches!(self.low(c), "to") || self.low(v + len) == "that")
        {
            return None;
        }
        (c + 2 <= end && self.is_word(c)).then(|| (self.span(v, v + len), self.span(c, end), j + 1))
    }

    /// A line break (or the end of the text or paragraph) between token `e - 1` and token `e`.
    fn line_ends_at(&self, e: usize) -> bool {
        if e >= self.n() || e == 0 || self.para(e) != self.para(e - 1) {
            return true;
        }
        let (a, b) = (self.doc.tokens[e - 1].end, self.doc.tokens[e].start);
        self.body.get(a..b).is_some_and(|gap| gap.contains('\n'))
    }

    /// `"…" ― Sonya Herridge` / `"…"— Pamela Padilla, 34, teacher`: a dash after the closing
    /// mark and a name that ends its line sign the quotation (a list of voices). The cue is the
    /// dash.
    fn dash_signature(&self, pair: &Pair) -> Option<Frame> {
        let d = pair.close + 1;
        if d + 1 >= self.n() || self.kind(d) != TokenKind::Dash || self.line_ends_at(d) || !self.is_cap(d + 1) {
            return None;
        }
        let s = d + 1;
        let n = self.n();
        let mut e = s;
        while e < n && e - s < 6 && !(e > s && self.line_ends_at(e)) {
            let initial =
                e > s && matches!(self.text(e), "." | "-") && e + 1 < n && !self.line_ends_at(e + 1) && self.is_cap(e + 1);
            if !(self.is_cap(e) || initial) {
                break;
            }
            e += 1;
        }
        if e == s || e - s > 5 || self.has(s, word::DETERMINERS) || self.is_pronoun(s) {
            return None;
        }
        // The line may go on with a short appositive ("…, 34, teacher") and a full stop.
        let mut t = e;
        let mut appositive = None;
        if !self.line_ends_at(t) && self.text(t) == "," {
            let a = t + 1;
            let mut b = a;
            while b < self.n() && b - a < 12 && !self.line_ends_at(b) {
                b += 1;
            }
            if !self.line_ends_at(b) || b == a {
                return None;
            }
            if is_terminal(self.text(b - 1)) {
                b -= 1;
            }
            if b > a {
                appositive = Some(self.span(a, b));
            }
            t = b;
        }
        if !self.line_ends_at(t) && is_terminal(self.text(t)) {
            t += 1;
        }
        if !self.line_ends_at(t) {
            return None;
        }
        Some(Frame {
            speaker: Some(Np { start: s, end: e, appositive }),
            cue: Some(self.span(d, d + 1)),
            region: (d, t),
            prep: false,
            extra: None,
        })
    }

    /// `"…," Trump barked` / `"…!" beamed Donald Hartley`: after a quotation that ends in a
    /// comma, `?` or `!`, a name (or pronoun, or short noun phrase) next to a past-tense verb
    /// frames the quotation even when the verb is not in the cue list.
    fn unlisted_frame_after(&self, i: usize, hi: usize) -> Option<Frame> {
        let verb_like = |v: usize| {
            let l = self.low(v);
            self.kind(v) == TokenKind::Word
                && !self.is_cap(v)
                && l.len() > 3
                && (l.ends_with("ed") || l.ends_with("es") && !l.ends_with("ies") || l == "wrote" || l == "went")
                && !self.has(v, word::NP_STOP)
        };
        let name_end = |s: usize| -> Option<usize> {
            if self.is_pronoun(s) {
                return Some(s + 1);
            }
            if !self.is_cap(s) {
                return None;
            }
            let mut e = s;
            while e < hi && (self.is_cap(e) || e > s && matches!(self.low(e), "." | "'s" | "’s")) {
                e += 1;
            }
            (e - s <= 5).then_some(e)
        };
        // Inverted: a verb then a name.
        if verb_like(i) {
            let e = name_end(i + 1)?;
            if self.is_pronoun(i + 1) {
                return None;
            }
            let np = Np { start: i + 1, end: e, appositive: self.appositive(e, hi) };
            let end = self.frame_end(e, hi);
            return Some(Frame { speaker: Some(np), cue: Some(self.span(i, i + 1)), region: (i, end), prep: false, extra: None });
        }
        // Subject first, possibly with an appositive: `"…," Trump, the GOP front-runner, told …`.
        let (np_end, v) = if let Some(e) = name_end(i) {
            if self.text(e) == "," {
                let c2 = (e + 1..(e + 16).min(hi)).find(|&k| self.text(k) == ",")?;
                (e, c2 + 1)
            } else {
                (e, e)
            }
        } else if matches!(self.low(i), "the" | "a" | "an") {
            let v = (i + 1..(i + 6).min(hi)).find(|&v| verb_like(v))?;
            if (i + 1..v).any(|k| !self.is_word(k) || self.has(k, word::NP_STOP)) {
                return None;
            }
            (v, v)
        } else {
            return None;
        };
        if !verb_like(v) {
            return None;
        }
        let appositive = (v > np_end).then(|| self.span(np_end + 1, v - 1));
        let np = Np { start: i, end: np_end, appositive };
        let end = self.frame_end(v + 1, hi);
        Some(Frame { speaker: Some(np), cue: Some(self.span(v, v + 1)), region: (i, end), prep: false, extra: None })
    }

    /// The end (exclusive token) of the frame's adjuncts: up to the sentence's end, a comma
    /// before a quotation mark, or a quotation mark.
    fn frame_end(&self, from: usize, hi: usize) -> usize {
        let mut j = from;
        while j < hi {
            if self.kind(j) == TokenKind::Quote || is_terminal(self.text(j)) {
                break;
            }
            j += 1;
        }
        j
    }

    /// `X said: "…"` / `X told reporters, "…"` before the opening mark.
    fn frame_before(&self, pair: &Pair, headline: bool) -> Option<Frame> {
        let o = pair.open;
        if o == 0 {
            return None;
        }
        // A paragraph that ends with a colon introduces a quotation opening the next one
        // ("Cruz continued:" / "“You look at …”"): the frame is that paragraph's last sentence.
        let (para, sent) = if self.text(o - 1) == ":" && self.para(o - 1) != self.para(o) {
            (self.para(o - 1), self.sent(o - 1))
        } else {
            (self.para(o), self.sent(o))
        };
        let mut lo = o;
        while lo > 0 && self.para(lo - 1) == para && (self.sent(lo - 1) == sent || lo == o) && o - lo < 25 {
            lo -= 1;
        }
        let mut p = o - 1;
        let mark = self.text(p);
        let mut colon = false;
        if matches!(mark, ":" | "," | "—" | "–") {
            colon = mark == ":";
            if p == 0 || p <= lo {
                return None;
            }
            p -= 1;
        } else if self.low(p) == "that" {
            if p == 0 || p <= lo {
                return None;
            }
            p -= 1;
        }
        // Look back up to 6 tokens for a verb cue ending the frame (objects and adjuncts allowed between).
        let mut k = p + 1;
        let stop = lo.max(p.saturating_sub(7));
        while k > stop {
            k -= 1;
            if matches!(self.text(k), "," | ";" | "." | "?" | "!") || self.kind(k) == TokenKind::Quote {
                break;
            }
            let Some((cue, len)) = self.cue_at(k, |c| matches!(c, CueClass::Verb | CueClass::Object)) else { continue };
            if k + len > p + 1 {
                continue;
            }
            // Only short objects between the cue and the mark ("told reporters", "said on Tuesday").
            let gap = p + 1 - (k + len);
            if gap > 5 || (gap > 0 && !colon && mark != "," && cue.class == CueClass::Verb && gap > 3) {
                continue;
            }
            // A fragment in running text ("declared a "no-fly zone"") is not a direct quotation;
            // `she said "If they …"` (a capitalised quotation right after the cue) is.
            let right_after = k + len == o;
            let capital = pair.content.slice(self.body).chars().next().is_some_and(char::is_uppercase);
            if !colon
                && mark != ","
                && cue.class == CueClass::Verb
                && !quotation_like(self, pair)
                && !(right_after && capital && pair.words >= 3)
            {
                return None;
            }
            let speaker = self.subject_left(k, lo).or_else(|| self.possessed_subject(k, lo));
            // Round 16a: a participle after a comma takes the clause's subject, past an
            // introductory phrase ("A month later, …, O'Rourke defended …, saying that "…"").
            // Session 12: so does one right after a place in a prepositional phrase ("Hundreds
            // rallied outside Portland, Ore. saying, "…"": not "Ore.").
            let speaker = if self.participle_after_comma(k) || self.participle_after_place(k, speaker.as_ref()) {
                let s0 = self.doc.sentences.get(self.sent(k)).map_or(lo, |s| s.token_start);
                self.main_subject(s0, k, &[]).or(speaker)
            } else {
                speaker
            };
            // Passive: `… were described by Johnson as a "…"`: the agent speaks.
            let passive = k > lo
                && self.low(k + len) == "by"
                && matches!(self.low(k - 1), "was" | "were" | "is" | "are" | "been" | "being");
            let speaker = if passive {
                self.np_right(k + len + 1, p + 1).filter(|np| self.passive_agent_ok(np)).or(speaker)
            } else {
                speaker
            };
            // Inverted: `said Mr. X: "…"`: the speaker follows the cue.
            let speaker = speaker.or_else(|| if colon { self.np_right(k + len, p + 1) } else { None });
            let mut from = speaker.as_ref().map_or(k, |np| np.start.min(k));
            // `De Blasio said the move … and said, "…"`: the subject's first statement is not
            // part of this frame (the reported-speech pass reads it).
            if cue.class == CueClass::Verb
                && k > from + 2
                && (matches!(self.low(k - 1), "and" | "but") || self.text(k - 1) == "," && self.low(k).ends_with("ing"))
                && speaker.as_ref().is_some_and(|np| (np.end..k - 1).any(|j| self.cue_at(j, |c| c == CueClass::Verb).is_some()))
            {
                from = k - 1;
            }
            // Round 16a: the same for a stance verb before an object cue or a participle ("Paul said
            // the plan … and called him "…"", "Carson endorsed Trump …, calling him "…"").
            if from + 2 < k && self.first_statement_before(cue.class, k, speaker.as_ref()) {
                from = k - 1;
            }
            return Some(Frame { speaker, cue: Some(self.span(k, k + len)), region: (from, o), prep: false, extra: None });
        }
        // "According to X, "…"".
        if mark == "," {
            for k in lo..p {
                if let Some((_, len)) = self.cue_at(k, |c| c == CueClass::Prep) {
                    let np = self.np_right(k + len, p + 1);
                    return Some(Frame {
                        speaker: np,
                        cue: Some(self.span(k, k + len)),
                        region: (lo, o),
                        prep: true,
                        extra: None,
                    });
                }
            }
        }
        // `Trump boomed: "…"`: any verb before a colon that introduces a quotation.
        if colon && p > lo && self.kind(p) == TokenKind::Word && !self.is_cap(p) && pair.words >= 2 {
            if let Some(np) = self.subject_left(p, lo) {
                // (Round 16c: not a noun after an article or a preposition: "addressed the
                // public:", "released a statement:", "the sport of rugby:".)
                if np.end == p && !self.dangling(p - 1) {
                    return Some(Frame {
                        speaker: Some(np.clone()),
                        cue: Some(self.span(p, p + 1)),
                        region: (np.start, o),
                        prep: false,
                        extra: None,
                    });
                }
            }
        }
        // Round 16c: `Edwards addressed the public: "…"`, `The campaign released a statement: "…"`:
        // a past-tense verb and its object (an article and one word) before the colon.
        if colon
            && p > lo + 2
            && pair.words >= 2
            && self.kind(p) == TokenKind::Word
            && !self.is_cap(p)
            && matches!(self.low(p - 1), "a" | "an" | "the")
            && self.is_word(p - 2)
            && !self.is_cap(p - 2)
            && (self.low(p - 2).ends_with("ed") || !self.plain_form(p - 2))
        {
            if let Some(np) = self.subject_left(p - 2, lo).filter(|np| np.end == p - 2) {
                return Some(Frame {
                    speaker: Some(np.clone()),
                    cue: Some(self.span(p - 2, p - 1)),
                    region: (np.start, o),
                    prep: false,
                    extra: None,
                });
            }
        }
        // Headline style: `Trump: "…"`.
        if colon && headline {
            let np = self.np_left(p + 1, lo)?;
            if np.start == lo {
                return Some(Frame {
                    speaker: Some(np),
                    cue: Some(self.span(p + 1, p + 2)),
                    region: (lo, o),
                    prep: false,
                    extra: None,
                });
            }
        }
        if colon {
            return self.name_colon_frame(p, lo, pair.words);
        }
        None
    }

    // ---------- reported speech ----------

    /// Reported speech in sentence `si`; tokens flagged in `used` are direct-quote material.
    fn reported(&self, si: usize, from: usize, used: &[bool], quoted: &[bool]) -> Option<(Span, Frame, CueClass)> {
        let s = &self.doc.sentences[si];
        let (lo, hi) = (s.token_start.max(from), s.token_end.min(self.n()));
        // Session 13: the clause after a statement that ended at a semicolon starts after it
        // (the content was "; his death").
        let lo = if lo < hi && self.text(lo) == ";" { lo + 1 } else { lo };
        // Session 14 (nested): a sentence inside parentheses, "(… , Mr. Madden said.)", is read
        // without them (`paren_sentence`).
        let (lo, paren) = self.paren_sentence(lo, hi);
        if hi <= lo + 3 {
            return None;
        }
        // Content ends before the final punctuation (and closing marks), or at a semicolon.
        let mut end = hi;
        while end > lo
            && (is_terminal(self.text(end - 1))
                || self.kind(end - 1) == TokenKind::Quote && !used[end - 1]
                || paren && self.text(end - 1) == ")")
        {
            end -= 1;
        }
        // (From the document's list of semicolons.)
        let first = self.semi_at.partition_point(|&j| j < lo + 4);
        let semi = self
            .semi_at
            .get(first..)
            .unwrap_or(&[])
            .iter()
            .copied()
            .take_while(|&j| j < end)
            .find(|&j| !quoted.get(j).copied().unwrap_or(false));
        if let Some(semi) = semi {
            end = semi;
        }
        // `Marco Rubio: I'm not interested in being vice president`: a name and a colon open the paragraph.
        if from <= s.token_start && (s.token_start == 0 || self.para(s.token_start - 1) != self.para(s.token_start)) {
            if let Some(c) = (lo + 1..(lo + 5).min(end)).find(|&j| self.text(j) == ":") {
                // Not when the words after the colon have their own subject and speech verb
                // ("The Latest: Vega tells voters she is with them").
                let own = (c + 2..(c + 9).min(end)).any(|k| {
                    self.cue_at(k, |x| x == CueClass::Verb).is_some()
                        && self.np_left(k, c + 1).is_some_and(|np| np.start == c + 1)
                });
                if let Some(np) = self
                    .np_left(c, lo)
                    .filter(|np| np.start == lo && self.is_cap(np.end - 1) && !own && !self.newsroom_label(np.start, np.end))
                {
                    if end > c + 3 && !used[c + 1] {
                        let frame = Frame {
                            speaker: Some(np),
                            cue: Some(self.span(c, c + 1)),
                            region: (lo, c + 1),
                            prep: false,
                            extra: None,
                        };
                        return Some((self.span(c + 1, end), frame, CueClass::Verb));
                    }
                }
            }
        }
        if from <= s.token_start {
            if let Some(r) = self.medium_or_asked(lo, end, used) {
                return Some(r);
            }
            if let Some(r) = self.in_view(lo, end, used) {
                return Some(r);
            }
            if let Some(r) = self.medium_finding(lo, end, used) {
                return Some(r);
            }
        }
        // A frame closing the sentence governs all of it: "Trump plans to …, Carson said." is
        // Carson's statement, and PolNeAR nests no attribution inside another.
        let mut k = if used[lo] { end } else { lo + 3 };
        // Session 17 (gate): the verb cues at which this loop's `trailing_frame` gave `None`
        // (token, cue length; the first eight). `trailing_frame` reads nothing of the cue but its
        // class, and the main loop below calls it with the same `lo` and `end`, so at a verb cue
        // of the same token and length it would give `None` again: it is not called there.
        let mut no_frame = [(usize::MAX, 0usize); 8];
        let mut no_frames = 0;
        while k < end {
            k = self.next_hit(k, end);
            if k >= end {
                break;
            }
            // A closing or medial frame has a comma just before its speaker or inverted cue.
            if self.hit_at.get(k) == self.hit_at.get(k + 1) || used[k] || quoted.get(k).copied().unwrap_or(false) {
                k += 1;
                continue;
            }
            // (The comma test is cheaper than the cue lookup, and without a comma no cue here counts.)
            if !(k.saturating_sub(7)..k).any(|j| self.text(j) == ",") {
                k += 1;
                continue;
            }
            match self.cue_at(k, |c| c == CueClass::Verb) {
                Some((cue, len)) => {
                    match self.trailing_frame(k, len, lo, end, cue) {
                        Some(r) if !used[lo] && r.0.start == self.span(lo, lo + 1).start => return Some(r),
                        Some(_) => {}
                        None => {
                            if let Some(slot) = no_frame.get_mut(no_frames) {
                                *slot = (k, len);
                                no_frames += 1;
                            }
                        }
                    }
                    k += len;
                }
                _ => k += 1,
            }
        }
        let mut k = lo;
        while k < end {
            k = self.next_hit(k, end);
            if k >= end {
                break;
            }
            // Cues inside quotation marks belong to the quoted speaker's words, not to the article.
            // (No cue starts at a token without hits: skip it before the possessor test.)
            if self.hit_at.get(k) == self.hit_at.get(k + 1) || used[k] || quoted.get(k).copied().unwrap_or(false) {
                k += 1;
                continue;
            }
            // Noun cues only after a possessor ("his plans to …"; "Trump plans to …" is a verb).
            let possessor = k > lo && matches!(self.low(k - 1), "'s" | "’s" | "his" | "her" | "their" | "its" | "my" | "our");
            // Session 19: "raised serious doubts about …" (`recall19.rs`).
            let possessor = possessor || self.light_verb(k, lo).is_some();
            // Round 15a: "Two-thirds support reducing …", "I support him" (the base form is not
            // listed: it is mostly a noun).
            if !possessor && self.low(k) == "support" {
                if let Some(r) = self.support_verb(k, lo, end, used) {
                    return Some(r);
                }
            }
            let Some((cue, len)) = self.cue_at(k, |c| {
                matches!(c, CueClass::Verb | CueClass::Object | CueClass::Thought | CueClass::Prep | CueClass::Evidential)
                    || possessor && c == CueClass::Noun
            }) else {
                k += 1;
                continue;
            };
            let after = k + len;
            if self.continue_to(k, after) || self.continue_going_on(k, after) || self.received_noun(k, lo) {
                k = after;
                continue;
            }
            // Session 19: "has been critical of …" (`recall19.rs`).
            if cue.class == CueClass::Object && self.stance_only(k) {
                if let Some(r) = self.stance_adjective(k, after, lo, end, used) {
                    return Some(r);
                }
                k = after;
                continue;
            }
            // Session 14: "At his own request", "The lawyers who argued the appeal said".
            // (Session 15: "1,124 pledged delegates".)
            if matches!(cue.class, CueClass::Verb | CueClass::Object | CueClass::Thought)
                && (self.not_the_clause_cue(k, lo, end)
                    || self.count_participle(k, len)
                    || len == 1 && self.naming_called(k, lo, end)
                    || self.action_cue(k, end))
            {
                k = after;
                continue;
            }
            // Round 17b: "…, as the mayor noted on Tuesday." (the comment clause's "as" is the object).
            if matches!(cue.class, CueClass::Verb | CueClass::Thought) {
                if let Some(r) = self.as_comment_clause(k, len, cue.class, lo, end, used) {
                    return Some(r);
                }
                // Session 13: "Twitter disallowed comments and likes", "the ministry rejected
                // claims of …": a cue word that is also a plural noun, right after a past-tense
                // verb, is that verb's object.
                if self.put_it_object(k, after, end)
                    || self.opening_phrase_cue(s.token_start, k, after)
                    || self.object_of_past_tense(k, len, lo)
                {
                    k = after;
                    continue;
                }
            }
            if cue.class == CueClass::Noun {
                if let Some(r) = self.noun_cue(k, after, lo, end, used).or_else(|| self.light_noun_cue(k, after, lo, end, used)) {
                    return Some(r);
                }
                k = after;
                continue;
            }
            if cue.class == CueClass::Evidential {
                // Round 15a: "support" is read by `support_verb` above, or not at all.
                if self.low(k) == "support" {
                    k = after;
                    continue;
                }
                // Round 15a: "seen as", "regarded by" are read only in the passive.
                if matches!(self.low(k), "seen" | "regarded" | "perceived") {
                    if let Some(r) = self.passive_view(k, after, lo, end, used) {
                        return Some(r);
                    }
                    k = after;
                    continue;
                }
                if let Some(r) = self.evidential(k, after, lo, end, used) {
                    return Some(r);
                }
                k = after;
                continue;
            }
            if cue.class == CueClass::Prep {
                // "According to X, content" / "content, according to X."
                let np_end = (after..end).find(|&j| self.text(j) == ",").unwrap_or(end);
                // (Session 20: "according to police in Baytown, Texas, …": `lead20.rs`.)
                let np_end = self.place_apposition(after, np_end, end);
                let np = self.np_right(after, np_end).map(|np| self.with_agent(np, np_end)).or_else(|| {
                    // "according to exit polls conducted for …": everything up to the comma.
                    let mut e = np_end.min(after + 12);
                    // Round 16c: a phrase cut at twelve words ends before a dangling preposition
                    // or article ("Commissioner James Rovella of the Connecticut Department of").
                    if e < np_end {
                        while e > after + 1 && self.dangling(e - 1) {
                            e -= 1;
                        }
                    }
                    (e > after && self.is_word(after)).then_some(Np { start: after, end: e, appositive: None })
                });
                // ("…: According to X, content": a colon opens the clause too.)
                // ("but, according to X, content": a conjunction and its comma open the clause.)
                let conj = k == lo + 2 && self.text(lo + 1) == "," && matches!(self.low(lo), "but" | "and" | "yet" | "so");
                // Round 15a: "That's according to a new poll by …": the demonstrative (the previous
                // sentence's news) is the content, as PolNeAR marks it.
                if k == lo + 2
                    && matches!(self.low(lo), "that" | "this")
                    && matches!(self.low(lo + 1), "'s" | "’s" | "is" | "was")
                    && np.is_some()
                    && !used[lo]
                {
                    let np_end = np.as_ref().map_or(after, |n| n.end);
                    return Some((
                        self.span(lo, lo + 1),
                        Frame {
                            speaker: np,
                            cue: Some(self.span(lo + 1, after)),
                            region: (lo + 1, np_end.max(after)),
                            prep: true,
                            extra: None,
                        },
                        cue.class,
                    ));
                }
                if k == lo || k == lo + 1 && self.text(lo) != "," || k > lo + 1 && self.text(k - 1) == ":" || conj {
                    // Session 14: "According to his wife, Amanda, he died …": a name in commas
                    // after a noun phrase of no capitals is the source, the phrase its role.
                    if let Some((name, r)) = np.as_ref().and_then(|n| self.name_in_commas(n, np_end, end)) {
                        let content = self.span(r + 1, end);
                        return Some((
                            content,
                            Frame {
                                speaker: Some(name),
                                cue: Some(self.span(k, after)),
                                region: (k, r),
                                prep: true,
                                extra: None,
                            },
                            cue.class,
                        ));
                    }
                    if np_end + 1 < end {
                        let content = self.span(np_end + 1, end);
                        return Some((
                            content,
                            Frame { speaker: np, cue: Some(self.span(k, after)), region: (k, np_end), prep: true, extra: None },
                            cue.class,
                        ));
                    }
                } else if k > lo && self.text(k - 1) == "," && np_end + 4 < end && self.opening_adjunct(lo, k - 1) {
                    // Session 14 (round two): "Before the pandemic, according to X, the crisis …":
                    // an opening time or place phrase is no piece of its own; the content runs
                    // from it over the frame to the end, as PolNeAR marks it.
                    let content = self.span(lo, end);
                    return Some((
                        content,
                        Frame { speaker: np, cue: Some(self.span(k, after)), region: (k, np_end), prep: true, extra: None },
                        cue.class,
                    ));
                } else if k > lo
                    && self.text(k - 1) == ","
                    && np_end + 4 < end
                    && !self.rest_is_adjunct(np_end + 1, end)
                    && !self.opens_subordinate(np_end + 1)
                {
                    // Medial: "Fundraising, according to the campaign, has surged …": the words on
                    // both sides are the content, two pieces of one attribution.
                    let first = self.span(lo, k - 1);
                    let rest = self.span(np_end + 1, end);
                    return Some((
                        first,
                        Frame {
                            speaker: np,
                            cue: Some(self.span(k, after)),
                            region: (k, np_end + 1),
                            prep: true,
                            extra: Some((rest, None)),
                        },
                        cue.class,
                    ));
                } else if k > lo + 2 && self.text(k - 1) == "," {
                    let content = self.span(lo, k - 1);
                    return Some((
                        content,
                        Frame { speaker: np, cue: Some(self.span(k, after)), region: (k, end), prep: true, extra: None },
                        cue.class,
                    ));
                } else if k > lo + 3 && self.kind(k - 1) == TokenKind::Quote && self.comma_before(k).is_some() {
                    // `She compared it to a "root canal," according to her memoir.`: the comma
                    // inside the closing mark; the content runs to the mark.
                    let content = self.span(lo, k);
                    return Some((
                        content,
                        Frame { speaker: np, cue: Some(self.span(k, after)), region: (k, end), prep: true, extra: None },
                        cue.class,
                    ));
                } else if let Some(r) = self.prep_without_comma(k, after, lo, end, np.as_ref(), np_end, used) {
                    // Session 16: "… since the 1970s according to USA Today." (`recall16.rs`).
                    return Some(r);
                }
                k = after;
                continue;
            }
            // Participle clause: "Trump fired back, saying (that) content": the sentence's subject speaks.
            // ("…, perhaps recognizing that …": an adverb may stand between the comma and the participle.)
            let adverb_before = k > lo + 1
                && self.text(k - 2) == ","
                && !self.is_cap(k - 1)
                && (self.has(k - 1, word::SENTENCE_ADVERBS) || self.low(k - 1) == "perhaps" || self.low(k - 1).ends_with("ly"));
            if matches!(cue.class, CueClass::Verb | CueClass::Object | CueClass::Thought)
                && self.low(k).ends_with("ing")
                && k > s.token_start + 2
                && k > lo
                && (self.text(k - 1) == "," || adverb_before || self.quoted_comma_participle(k, s.token_start))
            {
                let s0 = s.token_start;
                // "… were described by Johnson as …, saying he …": a passive main clause's agent.
                let subject = self
                    .passive_agent(s0, k)
                    .or_else(|| self.main_subject(s0, k, quoted))
                    .or_else(|| self.sentence_subject(s0, k))
                    .or_else(|| self.loose_np_left(k - 1, s0).filter(|n| n.start == s0));
                if let Some(np) = subject {
                    let mut c = after;
                    if let Some(obj) = self.np_right(c, end).filter(|_| matches!(self.low(k), "telling" | "asking" | "urging")) {
                        c = obj.end;
                    }
                    if end > c + 2 && !used[c] {
                        let content = self.span(c, end);
                        let frame =
                            Frame { speaker: Some(np), cue: Some(self.span(k, after)), region: (k, c), prep: false, extra: None };
                        return Some((content, frame, cue.class));
                    }
                }
            }
            // Round 15a: "X is seen as …", "X was viewed by some as …".
            if let Some(r) = self.passive_view(k, after, lo, end, used) {
                return Some(r);
            }
            // Passive: "The plan was criticized by Miller", "a practice opposed by unions".
            if let Some(r) = self.passive(k, after, lo, end) {
                return Some(r);
            }
            // Trailing frame: "content, X said ." / "content, said X."
            // (Not again at a verb cue where the loop above found none: `no_frame`.)
            let tried = cue.class == CueClass::Verb && no_frame.get(..no_frames).is_some_and(|t| t.contains(&(k, len)));
            if let Some(r) = (!tried).then(|| self.trailing_frame(k, len, lo, end, cue)).flatten() {
                return Some(r);
            }
            // "No deaths were reported in …", "Nothing was said about …": a negative subject of a
            // passive speech verb (no "by" agent, read above) is no speaker. (Other passive
            // subjects are left alone: PolNeAR marks "a curfew was announced" as an attribution.)
            if cue.class == CueClass::Verb
                && len == 1
                && k > lo
                && matches!(self.low(k - 1), "was" | "were" | "is" | "are" | "been" | "being" | "be")
                && (self.low(k).ends_with("ed") || matches!(self.low(k), "told" | "said"))
                && self
                    .subject_left(k, lo)
                    .is_some_and(|np| matches!(self.low(np.start), "no" | "nothing" | "none" | "nobody" | "neither"))
            {
                k = after;
                continue;
            }
            let subject = self
                .adjunct_gerund_subject(k, s.token_start, quoted)
                .or_else(|| self.subject_past_relative(k, lo))
                .or_else(|| self.which_subject(k, lo, cue.class))
                .or_else(|| self.subject_left(k, lo))
                .or_else(|| self.possessed_subject(k, lo))
                .or_else(|| self.chain_subject(k, lo).filter(|np| np.start == lo || self.plausible_speaker(np)))
                .or_else(|| self.clause_subject(k, lo, end, cue.class))
                // A share of poll respondents opening the clause: "Nearly a third say …".
                .or_else(|| self.share_subject(lo, lo, k))
                .or_else(|| {
                    // The main verb after a parenthetical that had its own statement: "Priebus, in the
                    // wake of a poll showing …, told Fox News that …".
                    // (`…, who calls him a “fraud,” said …`: the comma inside the closing mark.)
                    let comma = |k: usize| {
                        self.text(k - 1) == ","
                            || self.kind(k - 1) == TokenKind::Quote && k > s.token_start + 3 && self.text(k - 2) == ","
                    };
                    (k == lo && k > s.token_start + 2 && comma(k) && cue.class == CueClass::Verb)
                        .then(|| self.main_subject(s.token_start, k, quoted))
                        .flatten()
                });
            // ("12 votes in favor, …", "in praise of": after "in" a cue word is a noun and the
            // phrase before it no subject; a gerund stays a verb, "… joined him in calling for …".)
            let subject = subject.filter(|np| !(self.low(np.end - 1) == "in" && np.end == k && !self.low(k).ends_with("ing")));
            // ("Who supports …?": a question's interrogative subject is no speaker.)
            let subject = subject.filter(|np| !self.interrogative_subject(np));
            // Session 14: "Why do you think …?", "Did they say anything?": a question.
            if subject.as_ref().is_some_and(|np| self.asked_not_said(np, k)) {
                k = after;
                continue;
            }
            // Round 16a: "In a video message posted to Twitter, Warren …": a participle after a
            // noun phrase inside an opening prepositional phrase is no statement.
            let subject = subject.filter(|np| !self.opening_phrase_participle(np, k, lo));
            if let Some(np) = subject {
                // Session 14: "the bill, which he once supported, …": an object relative clause.
                if let Some(r) = self.object_relative(k, after, &np, lo, end, cue.class, used, quoted) {
                    return Some(r);
                }
                // (A subject after its cue, from `intro_gerund_subject`: the content ends at the
                // comma before it.)
                let end = if np.start > k && self.text(np.start - 1) == "," { end.min(np.start - 1) } else { end };
                let mut c = after;
                if cue.class == CueClass::Verb
                    && len == 1
                    && matches!(
                        self.low(k),
                        "told"
                            | "tells"
                            | "tell"
                            | "telling"
                            | "asked"
                            | "asks"
                            | "informed"
                            | "assured"
                            | "reminded"
                            | "urged"
                            | "warned"
                    )
                {
                    // Skip the addressee.
                    if let Some(obj) = self.np_right(c, end) {
                        c = self.addressee_end(c, obj.end);
                    } else if c < end && self.is_pronoun(c) || matches!(self.low(c), "him" | "her" | "them" | "us" | "me") {
                        c += 1;
                    }
                }
                // Adjuncts: "on Tuesday", "in a statement" (document phrase), a comma.
                if let Some((_, dl)) = self.cue_at(c, |x| x == CueClass::Document) {
                    c += dl;
                    // Session 14: "said in a report published on Tuesday that …": the
                    // document's participle modifier is no content; the clause starts at "that".
                    if matches!(
                        self.low(c),
                        "published"
                            | "released"
                            | "issued"
                            | "posted"
                            | "sent"
                            | "filed"
                            | "dated"
                            | "signed"
                            | "shared"
                            | "circulated"
                    ) {
                        if let Some(t) =
                            (c + 1..(c + 9).min(end)).take_while(|&j| self.text(j) != ",").find(|&j| self.low(j) == "that")
                        {
                            c = t;
                        }
                    }
                }
                c = self.skip_time(c, end);
                // "announced on Facebook on Tuesday there were …": the medium is no content.
                if let Some(m) = self.skip_medium(c, end) {
                    c = self.skip_time(m, end);
                }
                while c < end && matches!(self.text(c), "," | ":") {
                    c += 1;
                }
                let has_that = c < end && self.low(c) == "that";
                if cue.class == CueClass::Thought {
                    // A cue that ends in "to" ("vowed to") has its infinitive already.
                    let ok = has_that
                        || self.low(after - 1) == "to" && c < end && self.is_word(c)
                        || c < end
                            && (self.is_pronoun(c)
                                || self.is_cap(c)
                                || self.kind(c) == TokenKind::Number
                                || matches!(
                                    self.low(c),
                                    "the"
                                        | "him"
                                        | "them"
                                        | "us"
                                        | "me"
                                        | "there"
                                        | "to"
                                        | "a"
                                        | "an"
                                        | "both"
                                        | "no"
                                        | "more"
                                        | "most"
                                        | "many"
                                        | "some"
                                        | "few"
                                        | "his"
                                        | "her"
                                        | "their"
                                        | "its"
                                        | "what"
                                        | "how"
                                        | "why"
                                        | "whether"
                                        | "if"
                                        | "this"
                                        | "these"
                                        | "those"
                                        | "all"
                                ));
                    // "They believe other senators would …", "Polls show working-class whites
                    // could …": a clause whose subject opens with a plain word, known by its
                    // auxiliary within a few words (no punctuation between).
                    // (Not a passive "was found guilty", an infinitive "the deadline to seek …", a
                    // noun before a comma "The show, which is …", nor "you know, …" in talk.)
                    let ok = ok
                        || c < end
                            && c == after
                            && self.is_word(c)
                            && !self.has(c, word::AUX)
                            && !matches!(
                                self.low(k.wrapping_sub(1)),
                                "to" | "was" | "were" | "is" | "are" | "be" | "been" | "being" | "you"
                            )
                            && !self.low(c).starts_with(['\'', '’'])
                            // ("as far as I know, …", "as we see it")
                            && !(k >= 2 && self.low(k - 2) == "as")
                            && !matches!(
                                self.low(c),
                                "and" | "or" | "but" | "nor" | "so" | "well" | "off" | "up" | "out" | "like" | "enough" | "for"
                                    | "in" | "on" | "at" | "of" | "by" | "with" | "as" | "about" | "into" | "over" | "back"
                                    | "which" | "who" | "whom" | "yet" | "not" | "also" | "just" | "really"
                            )
                            && (c + 1..(c + 6).min(end))
                                .take_while(|&j| self.is_word(j))
                                .any(|j| self.has(j, word::AUX) && !self.is_cap(j) && self.low(j) != "not");
                    // Round 16a: "Developers see golf courses as wasted space".
                    let ok = ok || self.sees_as(k, c, end);
                    // Session 14 (round two): "…, you know, …", "as far as I know, …".
                    let ok = ok && !self.thought_as_marker(&np, k, after);
                    // (Session 15: "I think …" in an interview's talk.)
                    let ok = ok && !self.interview_talk(&np);
                    if !ok {
                        k = after;
                        continue;
                    }
                }
                // "said, with the benefit of hindsight, that …": the content starts at "that".
                if c < end && !self.is_pronoun(c) && self.low(c) != "that" {
                    if let Some(t) = (c + 1..(c + 9).min(end)).find(|&j| self.low(j) == "that" && self.text(j - 1) == ",") {
                        c = t;
                    } else if cue.class == CueClass::Verb
                        && matches!(
                            self.low(c),
                            "after" | "during" | "at" | "in" | "on" | "before" | "while" | "when" | "from" | "to"
                        )
                        && !self.infinitive_to(c)
                    {
                        // "said after a lunch on Tuesday that …", "told reporters in Iowa that …".
                        if let Some(t) = (c + 1..(c + 12).min(end))
                            .take_while(|&j| !matches!(self.text(j), "," | ";") && self.kind(j) != TokenKind::Quote)
                            .find(|&j| self.low(j) == "that")
                        {
                            c = t;
                        }
                    }
                }
                // Session 12: "As he explained the plan, the crowd cheered": a cue inside an opening
                // subordinate clause says no more than that clause; its content ends at its comma.
                let sub_end = self.subordinate_end(np.start, s.token_start, c, end, quoted);
                let end = sub_end.unwrap_or(end);
                // Content starting with a preposition ("responded to the tweet") or a gerund is kept:
                // PolNeAR annotates it as content more often than not (measured on train).
                let adjunct =
                    matches!(self.low(c), "while" | "after" | "before" | "during" | "when" | "as" | "since" | "because");
                // Short contents ("declined to comment", "supported Trump", "I think so") count
                // when the subject is a noun phrase next to the cue.
                // (So does a content cut at an opening subordinate clause's comma: "While
                // Democrats pushed for new talks, …".)
                let short = end > c && sub_end.is_some() && self.is_word(c)
                    || end > c
                        && np.end + 3 >= k
                        && self.is_word(c)
                        && (cue.class != CueClass::Object
                            || matches!(self.low(c), "to" | "so" | "that" | "him" | "her" | "them" | "it")
                            || (c..end).any(|j| self.is_cap(j)));
                if (end > c + 2 || short) && !used[c] && !adjunct && !matches!(self.text(c), "." | ";" | "?") {
                    // "vowed to stay …": the infinitive's "to" opens the content, not the cue.
                    let (cue_end, c) = if cue.class == CueClass::Thought && c == after && len > 1 && self.low(after - 1) == "to" {
                        (after - 1, after - 1)
                    } else {
                        (after, c)
                    };
                    // A passive speech verb: its subject is what was said, not who said it.
                    match self.passive_statement(k, len, &np, c, end) {
                        Some(Some(r)) if !used[np.start] => return Some(r),
                        Some(_) => {
                            k = after;
                            continue;
                        }
                        None => {}
                    }
                    let content = self.span(c, end);
                    let region = (np.start, c);
                    return Some((
                        content,
                        Frame { speaker: Some(np), cue: Some(self.span(k, cue_end)), region, prep: false, extra: None },
                        cue.class,
                    ));
                }
            }
            k = after;
        }
        if from <= s.token_start {
            if let Some(r) = self.medium_closing(lo, end, used) {
                return Some(r);
            }
            if let Some(r) = self.fallback(lo, end, used, quoted) {
                return Some(r);
            }
            if let Some(r) = self.bare_frame_next(si, lo, end, used, quoted) {
                return Some(r);
            }
        }
        // "The voters were worried; most said they were …": with no statement before a
        // semicolon, the clause after it is read on its own.
        match semi {
            Some(j) if j + 4 < hi => self.reported(si, j + 1, used, quoted),
            _ => None,
        }
    }

    /// Whether [`Ctx::reported`] can find a statement in sentence `si`: only when a cue starts
    /// in it, the next sentence can be a bare frame (`bare_frame_next`: 3 to 12 tokens ending
    /// in ".", with a verb cue between its first and last token), a colon is among its first
    /// tokens (`Name: …` opening a paragraph) or it opens with "In" or "Asked"
    /// (`medium_or_asked`, `in_view`); every other rule of `reported` starts at a cue hit. (Its
    /// start may move over a semicolon and an opening parenthesis: two tokens.)
    fn may_report(&self, si: usize) -> bool {
        let n = self.n();
        let sents = &self.doc.sentences;
        let Some(s) = sents.get(si) else { return false };
        let (lo, hi) = (s.token_start.min(n), s.token_end.min(n));
        // (`hit_at` never decreases: a cue starts in `a..b` when its entries there differ.)
        let hit_in = |a: usize, b: usize| a < b && self.hit_at.get(a) != self.hit_at.get(b);
        if hit_in(lo, hi) {
            return true;
        }
        // Session 19: the next sentence only as `bare_frame_next` reads it (its first tests,
        // made there before any other, on the same bounds), not any next sentence with a cue:
        // most are longer than a bare frame.
        let bare_frame = sents.get(si + 1).is_some_and(|x| {
            // (A start past the tokens gives no frame there either.)
            let (t0, t1) = (x.token_start.min(n), x.token_end.min(n));
            t1 >= t0 + 3 && t1 <= t0 + 12 && hit_in(t0 + 1, t1 - 1) && self.text(t1 - 1) == "."
        });
        if bare_frame {
            return true;
        }
        (lo + 1..(lo + 7).min(hi)).any(|j| self.text(j) == ":")
            || (lo..(lo + 3).min(hi)).any(|j| matches!(self.low(j), "in" | "asked"))
    }

    /// "Trump has a decisive lead in the polls.", "… he fell to 10 percent in the latest CNN/ORC
    /// poll released Wednesday": a closing "in" phrase whose noun is a `[medium]` cue (a poll, a
    /// survey) is the source of the clause before it, "in" the cue (as a sentence opening with
    /// it already is). Only found at a medium cue's token, so sentences without one cost nothing.
    fn medium_closing(&self, lo: usize, end: usize, used: &[bool]) -> Option<(Span, Frame, CueClass)> {
        let mut m = self.next_hit(lo + 4, end);
        while m < end {
            if self.cue_at(m, |c| c == CueClass::Medium).is_some() {
                break;
            }
            m = self.next_hit(m + 1, end);
        }
        if m >= end {
            return None;
        }
        // "in" at most five words before the noun, with no punctuation, verb, "of" or "to"
        // between ("in this field of study", "in Chile to study").
        let i = (m.saturating_sub(6).max(lo + 3)..m).rev().find(|&j| self.low(j) == "in")?;
        if (i + 1..m).any(|j| {
            !self.is_word(j) && self.kind(j) != TokenKind::Number || self.has(j, word::AUX) || matches!(self.low(j), "of" | "to")
        }) {
            return None;
        }
        // The phrase runs to the end of the sentence (its own modifiers: "released Wednesday").
        let stop = (m + 1..end).find(|&j| matches!(self.text(j), "," | ";" | "—" | "–" | "(")).unwrap_or(end);
        if stop < end && !self.rest_is_adjunct(stop + 1, end) {
            return None;
        }
        if stop > m + 4
            || (m + 1..stop).any(|j| self.has(j, word::AUX) || matches!(self.low(j), "to" | "and" | "or"))
            || (lo..i).any(|j| used[j])
            || !self.is_word(i - 1)
            || i < lo + 4
        {
            return None;
        }
        let np = Np { start: i + 1, end: stop, appositive: None };
        let frame = Frame { speaker: Some(np), cue: Some(self.span(i, i + 1)), region: (i, end), prep: true, extra: None };
        Some((self.span(lo, i), frame, CueClass::Prep))
    }

    /// "In the governor's view, …", "In her words, …", "In his eyes, …" opening a sentence: the
    /// possessor holds the view (speaker), the rest of the sentence is the content, "In" the cue
    /// (as PolNeAR marks it).
    fn in_view(&self, lo: usize, end: usize, used: &[bool]) -> Option<(Span, Frame, CueClass)> {
        if self.low(lo) != "in" || used[lo] {
            return None;
        }
        let comma = (lo + 2..(lo + 9).min(end)).find(|&j| self.text(j) == ",")?;
        let noun = self.low(comma - 1);
        if !matches!(noun, "view" | "views" | "words" | "eyes" | "opinion" | "estimation" | "judgment" | "judgement" | "mind") {
            return None;
        }
        let poss = comma - 2;
        let (s0, s1) = if matches!(self.low(poss), "his" | "her" | "their" | "its" | "my" | "our") {
            (poss, poss + 1)
        } else if matches!(self.low(poss), "'s" | "’s" | "'" | "’")
            || self.text(poss).ends_with("s'")
            || self.text(poss).ends_with("s’")
        {
            (lo + 1, poss + 1)
        } else {
            return None;
        };
        if s0 <= lo || end < comma + 4 || used[comma + 1] {
            return None;
        }
        let frame = Frame {
            speaker: Some(Np { start: s0, end: s1, appositive: None }),
            cue: Some(self.span(lo, lo + 1)),
            region: (lo, comma + 1),
            prep: true,
            extra: None,
        };
        Some((self.span(comma + 1, end), frame, CueClass::Prep))
    }

    /// A cue the frame rules could not read, in a sentence with no statement yet: the words
    /// after it are the content and the clause's words before it the speaker ("That person said
    /// …", "Mr. Obama, whose ratings have risen, now says …"), or, when the cue closes the
    /// sentence after a comma, the words before the comma are the content and those between the
    /// comma and the cue the speaker ("…, a source close to him said.").
    fn fallback(&self, lo: usize, end: usize, used: &[bool], quoted: &[bool]) -> Option<(Span, Frame, CueClass)> {
        let free = |j: usize| !used[j] && !quoted.get(j).copied().unwrap_or(false);
        let mut k = lo;
        while k < end {
            k = self.next_hit(k, end);
            if k >= end {
                break;
            }
            // No cue starts at `k` (the common case): skip it before the closure and lookups.
            if self.hit_at.get(k) == self.hit_at.get(k + 1) || !free(k) {
                k += 1;
                continue;
            }
            let Some((cue, len)) = self.cue_at(k, |c| matches!(c, CueClass::Verb | CueClass::Object | CueClass::Thought)) else {
                k += 1;
                continue;
            };
            let after = k + len;
            // A cue word used as a noun ("a request", "an urgent request from …") is no verb.
            if self.put_it_object(k, after, end)
                || self.object_of_past_tense(k, len, lo)
                || self.continue_to(k, after)
                || self.continue_going_on(k, after)
                || self.received_noun(k, lo)
                || k > lo && matches!(self.low(k - 1), "a" | "an" | "the")
                || len == 1 && self.naming_called(k, lo, end)
                || self.action_cue(k, end)
                // (Session 19: a stance adjective is read after a copula only: `recall19.rs`.)
                || self.stance_only(k)
                || k > lo + 1
                    && matches!(self.low(k - 2), "a" | "an")
                    && !self.is_cap(k - 1)
                    && !self.has(k - 1, word::ROLE_NOUNS)
            {
                k = after;
                continue;
            }
            // The clause's start: the last comma, semicolon or dash before the cue.
            let c0 = (lo..k).rev().find(|&j| matches!(self.text(j), "," | ";" | "—" | "–" | ":")).map_or(lo, |j| j + 1);
            if after + 3 >= end && c0 > lo + 3 && k > c0 && k - c0 <= 10 && (lo..c0 - 1).all(free) {
                // A closing frame: "…, a source close to him said."
                if cue.class != CueClass::Verb || !self.rest_is_adjunct(after, end) {
                    return None;
                }
                // Session 17: "…, the cause had not been officially stated.": a passive.
                if self.passive_participle(k, c0) {
                    return None;
                }
                let speaker =
                    self.np_left(k, c0).filter(|np| np.start == c0).or_else(|| self.loose_np_left(k, c0)).or_else(|| {
                        // "a source close to him": the words from a determiner or a name to the cue.
                        ((self.has(c0, word::DETERMINERS) || self.is_cap(c0)) && (c0..k).all(|j| self.is_word(j))).then_some(Np {
                            start: c0,
                            end: k,
                            appositive: None,
                        })
                    })?;
                let content = self.span(lo, c0 - 1);
                let frame =
                    Frame { speaker: Some(speaker), cue: Some(self.span(k, end)), region: (c0, end), prep: false, extra: None };
                return Some((content, frame, cue.class));
            }
            let mut c = after;
            while c < end && matches!(self.text(c), "," | ":") {
                c += 1;
            }
            if cue.class == CueClass::Thought && !(c < end && matches!(self.low(c), "that" | "to")) {
                k = after;
                continue;
            }
            let adjunct = matches!(self.low(c), "while" | "after" | "before" | "during" | "when" | "as" | "since" | "because");
            if c + 2 < end && !adjunct && (c..end).all(free) {
                let speaker = self
                    .np_left(k, c0)
                    .or_else(|| self.subject_left(k, lo))
                    .or_else(|| self.chain_subject(k, c0.max(lo)))
                    .or_else(|| self.main_subject(lo, k, quoted))
                    .filter(|np| np.end == k || self.plausible_speaker(np))
                    .filter(|np| !self.interrogative_subject(np))
                    // Session 14: "Could you tell us …?": a question.
                    .filter(|np| !self.asked_not_said(np, k));
                let Some(speaker) = speaker else {
                    k = after;
                    continue;
                };
                // A passive speech verb: its subject is no speaker ("A curfew was announced …").
                match self.passive_statement(k, len, &speaker, c, end) {
                    Some(Some(r)) if free(speaker.start) => return Some(r),
                    Some(_) => {
                        k = after;
                        continue;
                    }
                    None => {}
                }
                let speaker = Some(speaker);
                let region = (speaker.as_ref().map_or(k, |n| n.start), c);
                let frame = Frame { speaker, cue: Some(self.span(k, after)), region, prep: false, extra: None };
                return Some((self.span(c, end), frame, cue.class));
            }
            k = after;
        }
        None
    }

    /// A subject found far from its cue is kept when it looks like one: a personal pronoun,
    /// or a capitalised word that is not a sentence adverb, a preposition or a demonstrative.
    fn plausible_speaker(&self, np: &Np) -> bool {
        let first = self.low(np.start);
        if self.is_pronoun(np.start) {
            return matches!(first, "he" | "she" | "they" | "we" | "i");
        }
        let last = np.end - 1;
        if np.end - np.start > 6 || !(self.is_cap(last) || self.has(last, word::ROLE_NOUNS)) {
            return false;
        }
        if self.has_actor(self.span(np.start, np.end)) {
            return true;
        }
        (np.start..np.end).filter(|&j| self.is_cap(j)).count() >= 2
            && np.end - np.start <= 6
            && !self.has(np.start, word::SENTENCE_ADVERBS | word::NP_STOP | word::NOT_SPEAKER)
            && !matches!(
                first,
                "it" | "that"
                    | "this"
                    | "there"
                    | "these"
                    | "those"
                    | "by"
                    | "across"
                    | "in"
                    | "on"
                    | "at"
                    | "for"
                    | "with"
                    | "from"
                    | "after"
                    | "before"
                    | "despite"
                    | "rather"
                    | "perhaps"
                    | "while"
                    | "when"
                    | "as"
                    | "if"
            )
            && self.text(np.end).ne(",")
    }

    /// A passive cue with its agent: "The bill, opposed by House Republicans, never became
    /// law" → content "The bill", speaker "House Republicans". The content is the noun phrase
    /// before the cue (past "was", "were", "been", "is", "are" and a comma).
    fn passive(&self, k: usize, after: usize, lo: usize, end: usize) -> Option<(Span, Frame, CueClass)> {
        if after + 1 >= end || self.low(after) != "by" || !self.low(k).ends_with("ed") {
            return None;
        }
        let agent = self.np_right(after + 1, end).or_else(|| {
            // "by local fishermen": lower-case words up to punctuation or a clause word.
            let e = (after + 1..end.min(after + 7)).find(|&j| !self.is_word(j) || self.has(j, word::CLAUSE_WORDS)).unwrap_or(end);
            (e > after + 1 && (e == end || !self.is_word(e))).then_some(Np { start: after + 1, end: e, appositive: None })
        })?;
        // Session 14: "protested by shouting", "estimated by 9 pm": a manner or a time.
        if self.by_manner(agent.start) {
            return None;
        }
        let mut e = k;
        while e > lo
            && (matches!(self.low(e - 1), "was" | "were" | "been" | "is" | "are" | "being" | "be" | ",")
                || self.low(e - 1).ends_with("ly")
                || self.perfect_or_modal_before_be(e))
        {
            e -= 1;
        }
        let c0 = (lo..e).rev().find(|&j| matches!(self.text(j), "," | ";" | "—" | "–" | ":")).map_or(lo, |j| j + 1);
        let s = (c0..e).find(|&j| self.is_word(j) && !matches!(self.low(j), "and" | "but" | "so" | "yet"))?;
        // "…, whose wording was agreed by negotiators": a relative clause, not a statement.
        if matches!(self.low(s), "whose" | "which" | "who" | "whom" | "that") {
            return None;
        }
        if s >= e || e - s > 12 || (s..e).any(|j| self.kind(j) == TokenKind::Quote) {
            return None;
        }
        let region = (k, agent.end);
        let frame = Frame { speaker: Some(agent), cue: Some(self.span(k, after + 1)), region, prep: false, extra: None };
        Some((self.span(s, e), frame, CueClass::Object))
    }

    /// True when `np` is the interrogative subject of a question ("Who supports …?", "What
    /// explains …?"): the word opens the sentence, which ends in a question mark.
    fn interrogative_subject(&self, np: &Np) -> bool {
        let Some(s) = self.doc.sentences.get(self.sent(np.start)) else { return false };
        let (s0, hi) = (s.token_start, s.token_end.min(self.n()));
        np.end == np.start + 1
            && matches!(self.low(np.start), "who" | "what" | "which" | "whom")
            && (np.start == s0 || np.start == s0 + 1 && self.kind(s0) == TokenKind::Quote)
            && (hi.saturating_sub(3)..hi).any(|j| self.text(j) == "?")
    }

    /// A passive speech verb ("A curfew was announced", "Trump is expected to speak", "It was
    /// reported that …") with its subject `np` (an agent after "by" is read by `passive`): the
    /// subject is not the speaker. `Some(None)`: no statement (a state after the participle,
    /// "39 are confirmed dead", "she was observed standing in the river"); `Some(Some(_))`: the
    /// clause from its subject is the content, with no speaker; `None`: not a passive.
    fn passive_statement(&self, k: usize, len: usize, np: &Np, c: usize, end: usize) -> Option<Option<(Span, Frame, CueClass)>> {
        let be = |j: usize| matches!(self.low(j), "is" | "are" | "was" | "were" | "be" | "been" | "being");
        // The participle: the cue's first word after "was" ("was reported"), or its second word
        // when the cue holds the form of "be" ("is expected").
        let (b, p) = if len > 1 && be(k) {
            (k, k + 1)
        } else {
            let mut b = k.checked_sub(1)?;
            if b > np.end
                && self.is_word(b)
                && (self.low(b).ends_with("ly") || matches!(self.low(b), "also" | "not" | "never" | "now"))
            {
                b -= 1;
            }
            (b, k)
        };
        let w = self.low(p);
        let participle =
            w.ends_with("ed") || matches!(w, "told" | "said" | "thought" | "known" | "seen" | "shown" | "found" | "heard");
        // Session 17: a subject apart from its passive ("The victim, a student, was taken to
        // hospital and is reported to be …") is no speaker either.
        let apart = b > np.end && self.subject_apart(np.end, b);
        if b < np.end || !be(b) || !participle || !apart && (np.end..b).any(|j| !self.is_word(j)) || STATIVE.contains(&w) {
            return None;
        }
        let after = k + len;
        // A state after the participle is no statement: "are confirmed dead", "were reported
        // missing", "was observed standing in the river".
        let next = self.low(after);
        if after < end
            && (next.ends_with("ing") && self.is_word(after) && !self.is_cap(after)
                || matches!(next, "dead" | "alive" | "missing" | "injured" | "wounded" | "killed" | "hurt" | "unharmed"))
        {
            return Some(None);
        }
        // What was observed or found, with no agent and no clause, is no statement ("Life has not
        // been observed in any habitat", "The formation … has never been observed till date").
        let perceived =
            matches!(w, "observed" | "seen" | "found" | "discovered" | "spotted" | "detected" | "noticed" | "witnessed");
        if perceived && !matches!(next, "to" | "that" | "as" | "by") {
            return Some(None);
        }
        // "It was reported that …": the clause after "that"; else the clause from the subject.
        // (`c`: where the content after the cue starts.)
        let c = if self.low(np.start) == "it" && np.end == np.start + 1 { c } else { np.start };
        // "Pigs are considered unclean by Muslims", "X has been attacked on the speeches by Y": an
        // agent later in the clause is the speaker; the content ends before it.
        // (Not "expected to pass by Bermuda": "by" after an infinitive's verb is no agent.)
        // (Round 16c: "to" before an addressee is no infinitive: "was reported to the police by
        // the night guard".)
        let by = (after..end.min(after + 10))
            .take_while(|&j| {
                !matches!(self.text(j), "," | ";" | "to")
                    || self.low(j) == "by"
                    || self.low(j) == "to" && (self.has(j + 1, word::DETERMINERS) || self.is_cap(j + 1))
            })
            .find(|&j| self.low(j) == "by");
        let agent = by.and_then(|j| {
            self.np_right(j + 1, end).or_else(|| {
                let e = (j + 1..end.min(j + 7)).find(|&i| !self.is_word(i) || self.has(i, word::CLAUSE_WORDS)).unwrap_or(end);
                (e > j + 1 && (e == end || !self.is_word(e))).then_some(Np { start: j + 1, end: e, appositive: None })
            })
        });
        // With no agent, some passives say what was done to the subject, not what anyone said:
        // a recipient of speech with nothing said after it ("Putin was briefed, and flew …"), a
        // subjunctive "be" after a noun ("ordered that ballots be accepted until …"), a naming
        // ("I have been called a lot of names").
        if agent.is_none() {
            let recipient = matches!(w, "briefed" | "informed" | "notified" | "told" | "asked" | "advised" | "warned" | "urged")
                && !matches!(next, "to" | "that" | "about" | "of" | "on" | "whether" | "if" | "how" | "what" | "why")
                // ("I've been told you can't …": a clause without "that".)
                && !self.is_pronoun(after);
            let subjunctive =
                self.low(b) == "be" && b > 0 && self.is_word(b - 1) && !self.has(b - 1, word::AUX) && self.low(b - 1) != "to";
            let naming = w == "called" && (self.has(after, word::DETERMINERS) || self.is_cap(after));
            // Round 16c: a negated report with nothing said after it ("Protests are not reported
            // in Mosul"), and a report made to an addressee with no agent ("The abuse is reported
            // to the church's elders"): no statement.
            let negated = w == "reported"
                && (b + 1..p).any(|j| matches!(self.low(j), "not" | "n't" | "never"))
                && !matches!(next, "to" | "that" | "as" | "whether" | "if" | "how" | "what" | "why" | "when" | "where");
            let addressee = next == "to"
                && (self.has(after + 1, word::DETERMINERS) || self.is_cap(after + 1))
                && !(after..end).any(|j| self.low(j) == "by");
            if recipient || subjunctive || naming || negated || addressee {
                return Some(None);
            }
        }
        let (stop, region_end) = match (&agent, by) {
            (Some(a), Some(j)) => (j, a.end),
            _ => (end, after),
        };
        // (The region holds the subject too: the rest of the sentence is not read again from it.)
        let frame =
            Frame { speaker: agent, cue: Some(self.span(b, after)), region: (c.min(b), region_end), prep: false, extra: None };
        Some((stop > c + 1).then(|| (self.span(c, stop), frame, CueClass::Evidential)))
    }

    /// The subject before a chain of verbs ending at the cue at `k`: "Sanders has long
    /// admired …", "Bernie Sanders is struggling to demonstrate …", "Republicans continue to
    /// warn that …".
    fn chain_subject(&self, k: usize, lo: usize) -> Option<Np> {
        let mut j = k;
        while j > lo && k - j < 5 {
            let i = j - 1;
            let w = self.low(i);
            let verbish = self.has(i, word::AUX)
                || w.ends_with("ly")
                || w.ends_with("ed")
                || w.ends_with("ing")
                || w.ends_with("n't")
                || matches!(
                    w,
                    "to" | "not"
                        | "also"
                        | "still"
                        | "never"
                        | "long"
                        | "once"
                        | "again"
                        | "already"
                        | "even"
                        | "just"
                        | "now"
                        | "continue"
                        | "continues"
                        | "want"
                        | "wants"
                        | "seem"
                        | "seems"
                        | "try"
                        | "tries"
                        | "went"
                        | "go"
                        | "goes"
                        | "began"
                        | "begin"
                        | "begins"
                        | "decided"
                );
            if !self.is_word(i) || self.is_cap(i) || self.has(i, word::DETERMINERS) || self.is_pronoun(i) || !verbish {
                break;
            }
            j -= 1;
        }
        if j == k || j <= lo {
            return None;
        }
        // "Further observations are needed to learn …", "the tools were used to show …": the
        // subject of a passive of purpose is the means, not the one who learns or shows.
        if (j + 1..k.saturating_sub(1)).any(|t| {
            self.low(t + 1) == "to"
                && matches!(self.low(t - 1), "is" | "are" | "was" | "were" | "be" | "been" | "being")
                && matches!(self.low(t), "needed" | "required" | "used" | "designed" | "intended" | "meant")
        }) {
            return None;
        }
        self.np_left(j, lo).or_else(|| self.subject_left(j, lo))
    }

    /// A subject the noun-phrase rules could not read ("Some advocates for stem cell research
    /// said …", "One of the authors of that report, Ari Fleischer, said …"): the words from the
    /// clause's start (past an introductory phrase) to a speech verb that introduces a clause.
    fn clause_subject(&self, k: usize, lo: usize, end: usize, class: CueClass) -> Option<Np> {
        if !matches!(class, CueClass::Verb | CueClass::Thought) || k <= lo || k + 2 >= end {
            return None;
        }
        let mut e = k;
        while e > lo && self.is_word(e - 1) && self.has(e - 1, word::AUX) {
            e -= 1;
        }
        let mut s = lo;
        while s < e && matches!(self.low(s), "and" | "but" | "so" | "yet" | "still" | "meanwhile" | "," | "indeed" | "however") {
            s += 1;
        }
        // An introductory phrase: "In an interview on Tuesday, …", "When asked about it, …".
        if s < e && (self.has(s, word::NP_STOP) || self.has(s, word::SENTENCE_ADVERBS) || self.low(s).ends_with("ly")) {
            let c = (s + 1..e).find(|&j| self.text(j) == ",")?;
            s = c + 1;
        }
        // "Just over a quarter, 26 percent, say …".
        if e > s + 1 && self.text(e - 1) == "," {
            e -= 1;
        }
        if s >= e || e - s > 20 || !self.is_word(s) || self.kind(e - 1) == TokenKind::Punct && self.text(e - 1) != ")" {
            return None;
        }
        // What follows must be reported content: "that", or a clause starting with a subject.
        let next = self.low(k + self.cue_at(k, |_| true).map_or(1, |(_, l)| l));
        let clause = next == "that"
            || class == CueClass::Verb
                && (self.is_pronoun(k + 1) || self.is_cap(k + 1) || matches!(next, "the" | "there" | "a" | "an"));
        if !clause {
            return None;
        }
        // No other clause inside: no verb cue, no relative or complement word at its edges.
        if (s..e).any(|j| {
            !self.is_cap(j) && self.cue_at(j, |c| matches!(c, CueClass::Verb | CueClass::Thought | CueClass::Object)).is_some()
                || matches!(self.low(j), "that" | "because" | "if" | "when" | ";" | ":")
                || self.kind(j) == TokenKind::Quote
        }) {
            return None;
        }
        Some(Np { start: s, end: e, appositive: None })
    }

    /// The question after "asked" at `k`: from the question word ("whether", "if", "about", "why",
    /// "to") past an optional "by X" and short adjuncts ("in May", "on Twitter"), to the next comma,
    /// quotation mark or the end of the sentence. Returns the content and the asker ("by X").
    fn question_put(&self, k: usize) -> Option<(Span, Option<Np>)> {
        let si = self.sent(k);
        let end = self.doc.sentences.get(si)?.token_end.min(self.n());
        let mut j = k + 1;
        let mut by = None;
        if self.low(j) == "by" {
            let np = self.np_right(j + 1, end)?;
            j = np.end;
            by = Some(np);
        }
        // Short adjuncts: "in May", "on Fox News", "at the business conference", "Thursday".
        let q = (j..(j + 8).min(end)).find(|&x| {
            matches!(self.low(x), "whether" | "if" | "about" | "why" | "what" | "how" | "who" | "which" | "when" | "where" | "to")
        })?;
        if (j..q).any(|x| !self.is_word(x)) {
            return None;
        }
        let c = if self.low(q) == "about" { q + 1 } else { q };
        let mut e = c;
        while e < end
            && !matches!(self.text(e), "," | ";" | ":")
            && self.kind(e) != TokenKind::Quote
            && !is_terminal(self.text(e))
        {
            e += 1;
        }
        (e > c + 1).then(|| (self.span(c, e), by))
    }

    /// "Trump's claim that …", "her support for …": a noun cue after a possessor, who is the
    /// source; the content runs to the next comma or the end of the sentence.
    fn noun_cue(&self, k: usize, after: usize, lo: usize, end: usize, used: &[bool]) -> Option<(Span, Frame, CueClass)> {
        if k <= lo || after + 1 >= end || used[after] || used[k] {
            return None;
        }
        let mut cue_start = k;
        let speaker = match self.low(k - 1) {
            "'s" | "’s" => self.np_left(k - 1, lo)?,
            "his" | "her" | "their" | "its" | "my" | "our" => {
                // "Clinton has tried to explain her support for …": the clause's subject, and the
                // verb phrase before the noun is part of the cue.
                // Else the subject of the verb phrase just before the possessive, found as a
                // cue's subject is ("Sanders, who …, has toned down his criticism of …").
                let verb = (k.saturating_sub(7).max(lo + 1)..k - 1)
                    .rev()
                    .take_while(|&j| self.is_word(j) && !self.is_cap(j) && !matches!(self.low(j), "that" | "which" | "who"))
                    .last();
                match self.sentence_subject(lo, k - 1).filter(|np| np.end < k - 1 && k - 1 - np.end <= 6) {
                    // ("Contrary to his claim that …": a preposition after the words is no verb phrase.)
                    Some(np)
                        if (np.end..k - 1).all(|j| self.is_word(j) && !self.is_cap(j))
                            && !matches!(self.low(np.end), "to" | "of" | "in" | "with" | "for" | "from" | "at" | "on" | "by") =>
                    {
                        cue_start = np.end;
                        np
                    }
                    _ => match verb.and_then(|v| self.subject_left(v, lo).map(|np| (v, np))) {
                        Some((v, np))
                            if np.end <= v
                                && !matches!(self.low(v), "to" | "of" | "in" | "with" | "for" | "from" | "at" | "on" | "by") =>
                        {
                            cue_start = v;
                            np
                        }
                        _ => Np { start: k - 1, end: k, appositive: None },
                    },
                }
            }
            _ => return None,
        };
        // After "that" or "to" a clause; after "for", "of", "on" … a noun phrase, which ends at
        // the verb ("Ortiz's call for new elections was ignored").
        let clause = matches!(self.low(after - 1), "that" | "to");
        let mut e = after;
        while e < end
            && e - after < 25
            && !matches!(self.text(e), "," | ";" | "—" | "–" | "(")
            && !used[e]
            && (clause || e == after || !self.has(e, word::NP_STOP))
        {
            e += 1;
        }
        if e <= after {
            return None;
        }
        let frame = Frame {
            speaker: Some(speaker.clone()),
            cue: Some(self.span(cue_start, after)),
            region: (speaker.start, after),
            prep: false,
            extra: None,
        };
        Some((self.span(after, e), frame, CueClass::Noun))
    }

    /// "In the latest poll, Clinton led …" (a [medium] noun cited at the start of the sentence:
    /// the noun phrase is the source) and "Asked whether …, X said …" (the question is content
    /// of its own, with no speaker in the clause).
    fn medium_or_asked(&self, lo: usize, end: usize, used: &[bool]) -> Option<(Span, Frame, CueClass)> {
        // Only sentences opening with "In" or "Asked" (tested before the comma search).
        if !matches!(self.low(lo), "in" | "asked") {
            return None;
        }
        let comma = (lo + 2..(lo + 20).min(end)).find(|&j| self.text(j) == ",")?;
        if comma + 3 >= end || used[lo] || used[comma + 1] {
            return None;
        }
        match self.low(lo) {
            "in" => {
                let medium = (lo + 1..comma).any(|j| {
                    let avail = comma - j;
                    self.cues.longest_with(avail, |x| self.low(j + x), |c| c == CueClass::Medium).is_some()
                });
                // "In an interview, Trump said …" leaves the speech verb to the ordinary rules.
                let verb =
                    (comma + 1..end).any(|j| self.cue_at(j, |c| matches!(c, CueClass::Verb | CueClass::Thought)).is_some());
                if !medium || verb || !self.has(lo + 1, word::DETERMINERS) && !self.is_cap(lo + 1) {
                    return None;
                }
                let np = Np { start: lo + 1, end: comma, appositive: None };
                // "In the latest poll, conducted in May, Clinton led …": past the participle phrase.
                let mut c = comma + 1;
                if self.low(c).ends_with("ed") && !self.is_cap(c) {
                    if let Some(c2) = (c + 1..(c + 10).min(end)).find(|&j| self.text(j) == ",") {
                        c = c2 + 1;
                    }
                }
                if c + 2 >= end {
                    return None;
                }
                let frame =
                    Frame { speaker: Some(np), cue: Some(self.span(lo, lo + 1)), region: (lo, c), prep: true, extra: None };
                Some((self.span(c, end), frame, CueClass::Prep))
            }
            "asked"
                if matches!(self.low(lo + 1), "about" | "if" | "whether" | "why" | "what" | "how" | "when" | "who" | "to")
                    || (lo + 2..comma).any(|j| matches!(self.low(j), "about" | "if" | "whether" | "why")) =>
            {
                let c0 = (lo + 1..comma).find(|&j| {
                    matches!(self.low(j), "about" | "if" | "whether" | "why" | "what" | "how" | "when" | "who" | "to")
                })?;
                let c0 = if self.low(c0) == "about" { c0 + 1 } else { c0 };
                if c0 >= comma {
                    return None;
                }
                let frame = Frame { speaker: None, cue: Some(self.span(lo, lo + 1)), region: (lo, c0), prep: false, extra: None };
                Some((self.span(c0, comma), frame, CueClass::Verb))
            }
            _ => None,
        }
    }

    /// "Sanders appears to have a slight lead": the clause from its subject; "It seems unfair
    /// to …": what follows the cue.
    fn evidential(&self, k: usize, after: usize, lo: usize, end: usize, used: &[bool]) -> Option<(Span, Frame, CueClass)> {
        let next = self.low(after);
        // An evidential adverb ("X is reportedly spending …") marks the whole clause as reported
        // by someone the writer does not name: no speaker.
        let adverb = self.low(k).ends_with("ly");
        // Only before "to" or an adjective-like word ("appears certain"), not "seemed, …".
        let complement = adverb || next == "to" || self.is_word(after) && !self.is_cap(after) && !self.has(after, word::NP_STOP);
        if after + 1 >= end || used[k] || !complement {
            return None;
        }
        let mut s = k;
        while s > lo
            && self.is_word(s - 1)
            && !matches!(
                self.low(s - 1),
                "that"
                    | "but"
                    | "because"
                    | "if"
                    | "while"
                    | "when"
                    | "although"
                    | "though"
                    | "and"
                    | "so"
                    | "as"
                    | "which"
                    | "after"
                    | "before"
                    | "since"
                    | "until"
                    | "where"
            )
        {
            s -= 1;
        }
        let frame = Frame { speaker: None, cue: Some(self.span(k, after)), region: (k, after), prep: false, extra: None };
        if s == k || matches!(self.low(s), "it" | "this" | "there") && s + 1 == k {
            // "Reportedly, the …": the comma after a sentence adverb is not content.
            let c = if matches!(next, "that" | ",") { after + 1 } else { after };
            return (end > c + 2).then(|| (self.span(c, end), frame, CueClass::Evidential));
        }
        // "Rubio seemed to urge …": a named or pronoun subject is whom the appearance is about;
        // "… seems credible to me": the one it seems so to.
        let to = (after..end.min(after + 4)).find(|&j| {
            self.low(j) == "to" && (self.is_pronoun(j + 1) || matches!(self.low(j + 1), "me" | "us" | "him" | "her" | "them"))
        });
        let speaker = if adverb {
            None
        } else if let Some(j) = to.filter(|&j| self.low(j + 2) != "to" && j + 2 <= end) {
            Some(Np { start: j + 1, end: j + 2, appositive: None })
        } else {
            self.np_left(k, s).map(|np| self.with_head(np, s)).filter(|np| {
                np.start == s
                    && (self.is_pronoun(np.start) && self.low(np.start) != "it"
                        || self.is_cap(np.start) && self.is_cap(np.end - 1)
                        || self.plausible_speaker(np))
            })
        };
        Some((self.span(s, end), Frame { speaker, ..frame }, CueClass::Evidential))
    }

    /// A closing, inverted or medial frame at the cue `k` (`trailing_frame_rules`), tried only
    /// when a comma stands in `lo + 1..k`.
    fn trailing_frame(&self, k: usize, len: usize, lo: usize, end: usize, cue: &Cue) -> Option<(Span, Frame, CueClass)> {
        // Session 17 (gate): every frame `trailing_frame_rules` reads needs a comma token in
        // `lo + 1..k`: the inverted frame one at `comma_before(k)` after `lo + 2`, the closing
        // and medial frames one at `comma_before(b)` after `lo`, where `b` is at or before the
        // speaker's first token (`np_left` and `short_np_after_comma` end their phrase at or
        // before `k`); every other path there returns `None`. So without one the answer is
        // `None` before the phrase searches (a cue with no comma before it in its clause is the
        // common case: "Officials said on Tuesday …"). Test
        // `trailing_frame_needs_a_comma_before_its_cue`.
        if !(lo + 1..k).any(|j| self.text(j) == ",") {
            return None;
        }
        self.trailing_frame_rules(k, len, lo, end, cue)
    }

    fn trailing_frame_rules(&self, k: usize, len: usize, lo: usize, end: usize, cue: &Cue) -> Option<(Span, Frame, CueClass)> {
        let after = k + len;
        // "…, said X[, appositive]."
        // The comma may sit inside a closing quotation mark: `… "strategic," said Jeffery Hemsley`.
        let comma = self.comma_before(k);
        // A thought cue frames a statement only after it ("…, her allies believe.", "His lead,
        // they believe, is safe."), never before its subject ("…, believes X").
        // It closes its clause: a comma or the sentence's end follows it.
        if cue.class == CueClass::Thought
            && (comma.is_some() || after < end && !matches!(self.text(after), "," | "." | ";" | "?" | "!"))
        {
            return None;
        }
        // "…, Tad Devine, told The Huffington Post": the word after "told" is the addressee.
        let tell = matches!(self.low(k), "told" | "tells" | "tell" | "telling");
        // A naming verb takes an object and its name ("His partner, Lawrence Cole, called the deal
        // a mistake"): never an inverted cue before its speaker.
        let naming = matches!(self.low(k), "called" | "calls" | "call" | "calling" | "dubbed" | "labeled" | "labelled");
        if let Some(comma) = comma.filter(|&c| c > lo + 2 && !tell && !naming) {
            // "Cummings (D-Md.), chair of …, said X": the sentence's subject speaks, X is content.
            if self.subject_left(k, lo).is_some_and(|np| {
                np.start == lo
                    || np.start > lo + 1
                        && np.start < lo + 8
                        && self.text(np.start - 1) == ","
                        && (matches!(self.low(lo), "on" | "in" | "at" | "after" | "last" | "earlier" | "later")
                            || self.has(lo, word::SENTENCE_ADVERBS)
                            || WEEKDAYS.contains(&self.low(lo)))
            }) {
                return None;
            }
            let np = self.np_right(after, end)?;
            // Session 14: "…, citing the health crisis", "…, expressed his sadness".
            if !self.inverted_speaker(k, &np) {
                return None;
            }
            let tail = np.appositive.map_or(np.end, |a| self.token_after(a.end));
            // "…, said Mr. Sperling, but she has …": a new clause follows the frame.
            let clause = self.text(tail) == "," && matches!(self.low(tail + 1), "but" | "and" | "while" | "though" | "although");
            if self.rest_is_adjunct(tail, end) || self.speaker_tail(tail, end) || clause {
                let content = self.span(lo, comma);
                let region = (k, if clause { tail + 1 } else { end });
                return Some((
                    content,
                    Frame { speaker: Some(np), cue: Some(self.span(k, after)), region, prep: false, extra: None },
                    cue.class,
                ));
            }
            // "…, said Ana Ruiz, an analyst at Lyon Bank, who notes that …": a relative clause
            // about the speaker with a cue of its own; the scan goes on at "who".
            if let Some(who) = self.relative_with_cue(tail, end) {
                let content = self.span(lo, comma);
                return Some((
                    content,
                    Frame { speaker: Some(np), cue: Some(self.span(k, after)), region: (k, who), prep: false, extra: None },
                    cue.class,
                ));
            }
            return None;
        }
        // "…, X said[ adjuncts]." and medial "A, X said, B."
        // (A party label between the name and the cue: the name ends before it.)
        let name_end = self.party_label_before(k, lo).unwrap_or(k);
        let mut np = self.np_left(name_end, lo).or_else(|| self.short_np_after_comma(name_end, lo))?;
        // Session 17: "…, the fire's cause had not been officially stated.": a passive.
        if self.passive_participle(k, lo) {
            return None;
        }
        // "…, veteran Republicans said": lower-case words between the comma and the name.
        if self.comma_before(np.start).is_none() {
            if let Some(wide) = self.short_np_after_comma(np.start, lo) {
                np.start = wide.start;
            }
        }
        let mut b = np.start;
        while b > lo && self.is_word(b - 1) && self.has(b - 1, word::AUX) {
            b -= 1;
        }
        // `… investment," Ben Carson said`: the comma inside the closing mark.
        let b = match self.comma_before(b) {
            Some(c) if c > lo => c + 1,
            _ => return None,
        };
        // A thought cue after a lower-case singular word is a noun of a compound ("morning
        // shows", "health-care plan"); "they think", "Sanders hopes", "aides believe" are verbs.
        if cue.class == CueClass::Thought && np.end > np.start {
            let head = np.end - 1;
            // "…, the poll found.": a past-tense cue after a determiner's noun is a verb.
            let past = matches!(self.low(np.start), "the" | "a" | "an" | "this" | "that" | "its" | "their" | "his" | "her")
                && np.end > np.start + 1
                && (self.low(k).ends_with("ed") || matches!(self.low(k), "found" | "thought" | "felt" | "knew" | "saw"));
            if !(self.is_pronoun(head) || self.is_cap(head) || self.low(head).ends_with('s') || past) {
                return None;
            }
            // "…, you know, …", "…, I think, …", "whom we knew": a speaker's hedge inside
            // talk, or a relative clause, not a statement of its own.
            if (np.start..np.end).any(|j| matches!(self.low(j), "i" | "you" | "we" | "who" | "whom" | "which" | "that")) {
                return None;
            }
        }
        let frame = Frame { speaker: Some(np), cue: Some(self.span(k, after)), region: (b, end), prep: false, extra: None };
        // After the cue: its addressee ("told them", "told The Huffington Post") and adjuncts
        // ("on Tuesday in Paris"), then a comma.
        let mut c = after;
        if tell {
            if let Some(obj) = self.np_right(c, end) {
                c = obj.end;
            } else if matches!(self.low(c), "him" | "her" | "them" | "us" | "me" | "reporters") {
                c += 1;
            }
            // "…, officials told state media.", "…, she told local radio on Monday.": plain
            // words after (or instead of) the addressee's noun phrase belong to it.
            if let Some(e) = self.plain_addressee(c, end) {
                c = e;
            }
        }
        // "After the event, Mr. X said Mr. Y …": a short introductory phrase opened by a
        // preposition or a participle ("Speaking about the film, …") is no content of a closing frame (a capitalised word after the cue reads
        // as an adjunct).
        // (Session 15: words inside parentheses do not count, `short_intro`.)
        let intro = (b <= lo + 11 || self.short_intro(lo, b))
            && (matches!(self.low(lo), "after" | "before" | "during" | "at" | "on" | "in" | "following" | "since")
                || self.low(lo).ends_with("ing") && self.low(lo).len() > 5)
            && self.text(b - 1) == ","
            && (lo + 1..b - 1).all(|j| {
                self.cue_at(j, |_| true).is_none()
                    && self.text(j) != ","
                    && !self.has(j, word::AUX)
                    && (self.is_cap(j) || !self.low(j).ends_with("ed"))
            });
        if intro {
            return None;
        }
        // "…, Obama told his advisers as he labored over …": a time clause after the cue is no
        // content; the scan goes on at it (it may hold a statement of its own).
        if b > lo + 3 && c > k + 1 && c + 2 < end && matches!(self.low(c), "as" | "when" | "while" | "before" | "after") {
            return Some((self.span(lo, b - 1), Frame { region: (b, c), ..frame }, cue.class));
        }
        let plain = |frame: Frame| (b > lo + 3 && self.rest_is_adjunct(c, end)).then(|| (self.span(lo, b - 1), frame, cue.class));
        let Some(comma) = (c..(c + 9).min(end)).find(|&j| self.text(j) == ",") else { return plain(frame) };
        if !(c == comma || self.rest_is_adjunct(c, comma)) || comma + 2 >= end {
            return plain(frame);
        }
        let rest = comma + 1;
        let first = self.low(rest);
        // "…, Hennessey said, and with …": a new clause; the loop scans it again.
        if matches!(first, "and" | "but" | "or" | "so" | "yet" | "while" | "whereas" | "although" | "though") {
            let frame = Frame { region: (b, rest), ..frame };
            return (b > lo + 3).then(|| (self.span(lo, b - 1), frame, cue.class));
        }
        // "…, Hollande said Tuesday, noting that …": a second statement with its own cue.
        if let Some((_, l2)) = self.cue_at(rest, |c| c == CueClass::Verb).filter(|_| first.ends_with("ing")) {
            let mut c2 = rest + l2;
            if self.low(c2) == "that" {
                c2 += 1;
            }
            if c2 + 2 >= end || b <= lo + 3 {
                return plain(frame);
            }
            let extra = Some((self.span(c2, end), Some(self.span(rest, rest + l2))));
            return Some((self.span(lo, b - 1), Frame { extra, ..frame }, cue.class));
        }
        if matches!(first, "according" | "who" | "which" | "citing") || self.is_pronoun(rest) && first != "it" {
            return plain(frame);
        }
        // Medial: "This campaign, he says, is different." One statement in two pieces, one cue.
        let extra = Some((self.span(rest, end), None));
        Some((self.span(lo, b - 1), Frame { region: (b, comma + 1), extra, ..frame }, cue.class))
    }

    /// The end of a short lower-case addressee after a closing "told" ("…, officials told state
    /// media.", "…, he told local radio on Monday."): up to four plain lower-case words (no
    /// auxiliary or clause word) that reach the sentence's end or an adjunct.
    fn plain_addressee(&self, c: usize, end: usize) -> Option<usize> {
        let e = (c..end.min(c + 5))
            .find(|&j| !self.is_word(j) || self.is_cap(j) || self.has(j, word::AUX | word::NP_STOP | word::CLAUSE_WORDS))
            .unwrap_or(end.min(c + 5));
        (e > c && e <= c + 4 && (e == end || self.rest_is_adjunct(e, end) || self.speech_participle_after_comma(e, end)))
            .then_some(e)
    }

    /// Round 16c: a lower-case word that cannot end a noun phrase: a preposition, an article or
    /// a conjunction ("the Speaker of", "addressed the", "a system of").
    fn dangling(&self, j: usize) -> bool {
        !self.is_cap(j)
            && matches!(
                self.low(j),
                "of" | "to"
                    | "in"
                    | "for"
                    | "on"
                    | "at"
                    | "by"
                    | "from"
                    | "with"
                    | "about"
                    | "the"
                    | "a"
                    | "an"
                    | "and"
                    | "or"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
            )
    }

    /// Round 16c: a comma and an "-ing" speech verb at `e` ("…, officials told state media,
    /// adding that …"): a second statement of the same speaker follows, so the words before the
    /// comma are all the addressee.
    fn speech_participle_after_comma(&self, e: usize, end: usize) -> bool {
        e + 2 < end
            && self.text(e) == ","
            && self.low(e + 1).ends_with("ing")
            && self.cue_at(e + 1, |c| c == CueClass::Verb).is_some()
    }

    /// "…, donors said", "…, former rival says": a few plain words between a comma and the cue
    /// `k` (after skipping auxiliaries), as the speaker of a closing frame.
    fn short_np_after_comma(&self, k: usize, lo: usize) -> Option<Np> {
        let mut e = k;
        while e > lo && self.is_word(e - 1) && self.has(e - 1, word::AUX) {
            e -= 1;
        }
        let s = (lo..e).rev().take(6).find(|&j| !self.is_word(j) || self.has(j, word::NP_STOP) && self.low(j) != "of")?;
        let s = s + 1;
        let plain = |j: usize| self.cue_at(j, |_| true).is_none() || self.is_cap(j);
        (s < e && self.comma_before(s).is_some() && (s..e).all(plain) && self.kind(e - 1) == TokenKind::Word).then_some(Np {
            start: s,
            end: e,
            appositive: None,
        })
    }

    /// The comma just before token `k`, also inside a closing quotation mark (`,"` or `,''`).
    fn comma_before(&self, k: usize) -> Option<usize> {
        let mut j = k.checked_sub(1)?;
        if self.kind(j) == TokenKind::Quote {
            if j > 0 && self.kind(j - 1) == TokenKind::Quote && self.doubled(j - 1) {
                j -= 1;
            }
            // Only a closing mark: `… " a resident said` (a stray mark) is not one.
            if !matches!(self.quote_role(j).1, Role::Close) {
                return None;
            }
            j = j.checked_sub(1)?;
        }
        (self.text(j) == ",").then_some(j)
    }

    /// After an inverted cue's speaker ("…, said Mindy Romero"): a long appositive or relative
    /// clause about the speaker (", director of …, Center for …", "who …") with no statement of its own.
    fn speaker_tail(&self, tail: usize, end: usize) -> bool {
        if tail >= end {
            return true;
        }
        if end - tail > 30
            || !(self.text(tail) == ","
                || matches!(self.low(tail), "who" | "whose" | "of" | "from" | "at" | "with")
                // Round 16a: "…, said X, an official with the board that oversees it."
                || self.low(tail) == "that" && self.relative_that(tail))
        {
            return false;
        }
        !(tail..end).any(|j| {
            self.low(j) == "that" && !self.relative_that(j)
                || self.kind(j) == TokenKind::Quote
                || !self.is_cap(j) && self.cue_at(j, |c| matches!(c, CueClass::Verb | CueClass::Thought)).is_some()
        })
    }

    /// "The tax cut will hurt farmers. Ruiz told reporters.": a plain sentence followed, in its
    /// paragraph, by a sentence that is only a frame (a name or pronoun, a speech verb, its
    /// addressee and adjuncts) is that frame's statement. Sentence `si` has no statement and no
    /// quotation of its own (`lo..end` its words); the frame's tokens become the region.
    fn bare_frame_next(
        &self,
        si: usize,
        lo: usize,
        end: usize,
        used: &[bool],
        quoted: &[bool],
    ) -> Option<(Span, Frame, CueClass)> {
        let next = self.doc.sentences.get(si + 1)?;
        let (t0, t1) = (next.token_start, next.token_end.min(self.n()));
        if t1 < t0 + 3 || t1 > t0 + 12 || end < lo + 4 || self.text(t1 - 1) != "." || self.para(t0) != self.para(lo) {
            return None;
        }
        let (k, len) = (t0 + 1..t1 - 1).find_map(|k| self.cue_at(k, |c| c == CueClass::Verb).map(|(_, len)| (k, len)))?;
        // (The name right before the verb: "He was also praised in the West." is a passive.)
        let np = self.np_left(k, t0).filter(|np| {
            np.start == t0
                && np.end == k
                && (matches!(self.low(t0), "he" | "she" | "they")
                    || self.is_cap(np.end - 1) && (np.end > np.start + 1 || self.has_actor(self.span(np.start, np.end))))
        })?;
        let mut c = k + len;
        if matches!(self.low(k), "told" | "tells") {
            if let Some(obj) = self.np_right(c, t1 - 1) {
                c = obj.end;
            } else if matches!(self.low(c), "him" | "her" | "them" | "us" | "me" | "reporters") {
                c += 1;
            }
        }
        // Nothing after the cue but a time or place adjunct ("on Tuesday", "in Paris").
        let adjunct = c + 1 == t1
            || matches!(
                self.low(c),
                "on" | "in" | "at" | "during" | "after" | "last" | "this" | "earlier" | "later" | "today" | "yesterday"
            ) && (c + 1..t1 - 1).all(|j| self.is_word(j) && self.cue_at(j, |_| true).is_none() && !self.has(j, word::AUX));
        if !adjunct {
            return None;
        }
        // (Last, as the dearest test: no quotation, question or colon in either sentence.)
        if (lo..t1).any(|j| used[j] || quoted.get(j).copied().unwrap_or(false) || self.kind(j) == TokenKind::Quote)
            || (lo..end).any(|j| matches!(self.text(j), "?" | ":"))
        {
            return None;
        }
        let frame = Frame { speaker: Some(np), cue: Some(self.span(k, k + len)), region: (t0, t1), prep: false, extra: None };
        Some((self.span(lo, end), frame, CueClass::Verb))
    }

    /// The agent of a passive main clause before a participle at `k` ("The plans were described
    /// by Johnson as a mandate, saying …"): a name or pronoun after "by" that follows a form of
    /// "be" and a past participle.
    fn passive_agent(&self, s0: usize, k: usize) -> Option<Np> {
        let by = (s0 + 3..k.saturating_sub(1)).find(|&j| {
            self.low(j) == "by"
                && self.low(j - 1).ends_with("ed")
                && matches!(self.low(j - 2), "was" | "were" | "been" | "is" | "are" | "being")
        })?;
        let np = self.np_right(by + 1, k)?;
        (self.is_cap(np.start) && self.is_cap(np.end - 1) || self.is_pronoun(np.start) && np.end == np.start + 1).then_some(np)
    }

    /// A relative clause opening at `tail` (", who notes that …", "who says …") whose verb,
    /// within three words, is a speech or thought cue: the token of "who".
    fn relative_with_cue(&self, tail: usize, end: usize) -> Option<usize> {
        let who = if self.text(tail) == "," { tail + 1 } else { tail };
        if who + 2 >= end || self.low(who) != "who" {
            return None;
        }
        (who + 1..(who + 4).min(end))
            .take_while(|&j| self.is_word(j))
            .any(|j| self.cue_at(j, |c| matches!(c, CueClass::Verb | CueClass::Thought)).is_some())
            .then_some(who)
    }

    fn token_after(&self, byte: usize) -> usize {
        self.doc.tokens.partition_point(|t| t.start < byte)
    }

    /// [`Ctx::token_after`] for a byte of the sentence of tokens `lo..hi` (a statement's bounds
    /// or its cue): when token `lo` starts before `byte` and token `hi - 1` at or after it, the
    /// answer is one of that sentence's tokens, found by a search of them alone.
    fn token_after_in(&self, byte: usize, lo: usize, hi: usize) -> usize {
        let toks = &self.doc.tokens;
        match (toks.get(lo..hi), hi.checked_sub(1).and_then(|h| toks.get(h))) {
            (Some(s), Some(last)) if s.first().is_some_and(|t| t.start < byte) && byte <= last.start => {
                lo + s.partition_point(|t| t.start < byte)
            }
            _ => self.token_after(byte),
        }
    }

    /// True when tokens `from..end` are only adjuncts of a cue (time, place, "in a statement",
    /// "on Twitter"), not a new clause.
    /// Does token `j` open a relative or subordinate clause ("…, according to officials, some
    /// of whom were hurt", "…, although it has slipped since")? After a medial "according to X,"
    /// such a clause is the writer's addition, not the rest of the attributed statement.
    fn opens_subordinate(&self, j: usize) -> bool {
        let first = self.low(j);
        matches!(
            first,
            "who"
                | "whom"
                | "whose"
                | "which"
                | "although"
                | "though"
                | "while"
                | "whereas"
                | "because"
                | "since"
                | "as"
                | "but"
                | "despite"
                | "including"
                | "unlike"
        ) || matches!(first, "some" | "many" | "most" | "all" | "none" | "one" | "several" | "both" | "half" | "each" | "few")
            && self.low(j + 1) == "of"
            && matches!(self.low(j + 2), "whom" | "which")
    }

    fn rest_is_adjunct(&self, from: usize, end: usize) -> bool {
        if from >= end {
            return true;
        }
        if end - from > 10 {
            return false;
        }
        let first = self.low(from);
        if !(matches!(
            first,
            "in" | "on"
                | "at"
                | "during"
                | "after"
                | "before"
                | "late"
                | "early"
                | "last"
                | "this"
                | ","
                | "to"
                | "from"
                | "when"
                | "while"
                | "citing"
                | "adding"
                | "according"
        ) || self.is_cap(from)
            || matches!(
                first,
                "monday"
                    | "tuesday"
                    | "wednesday"
                    | "thursday"
                    | "friday"
                    | "saturday"
                    | "sunday"
                    | "today"
                    | "yesterday"
                    | "tonight"
            )
            || matches!(first, "earlier" | "later"))
        {
            return false;
        }
        // "said The Donald is just getting started": a capitalised subject and its verb are a clause.
        if self.is_cap(from) && (from + 1..end).any(|j| self.is_word(j) && self.has(j, word::AUX)) {
            return false;
        }
        !(from..end).any(|j| self.low(j) == "that")
    }

    // ---------- speakers and sources ----------

    fn speaker(&self, np: &Np, last_named: &Option<(Cow<'_, str>, Option<usize>)>) -> Speaker {
        // Session 17: "said his father, Abdullah Kurdi, …": the appositive's person.
        if let Some(sp) = self.appositive_person(np, last_named) {
            return sp;
        }
        // Round 16c: a speaker's phrase does not end in a preposition, an article or a
        // conjunction ("Emergencies Minister Yevgeny Zinichev of", "the authors of the").
        let mut trimmed_end = np.end;
        while trimmed_end > np.start + 1 && self.dangling(trimmed_end - 1) {
            trimmed_end -= 1;
        }
        let trimmed = Np { start: np.start, end: trimmed_end, appositive: np.appositive };
        // A place that is the second half of "in City, Country" is not the speaker: the noun
        // phrase before the preposition is ("Officials in Paris, France, said" → "Officials in
        // Paris, France", not "France"), and its name, role and actor are the head's.
        if let Some((full, head)) = self.city_pair_speaker(&trimmed) {
            let mut sp = self.speaker(&head, last_named);
            let span = self.span(full.start, full.end);
            sp.text = span.slice(self.body).to_string();
            (sp.start, sp.end) = (span.start, span.end);
            return sp;
        }
        let np = &trimmed;
        let span = self.span(np.start, np.end);
        let text = span.slice(self.body).to_string();
        let mut sp = Speaker {
            text,
            start: span.start,
            end: span.end,
            name: None,
            code: None,
            role: None,
            affiliation: None,
            actor: None,
        };
        // Session 13: "I'd say …", "We'll argue …": a pronoun with a contracted auxiliary is
        // that pronoun (it was the name "I'd"); the speaker's span ends at the apostrophe.
        let contracted = (np.end == np.start + 1 && contraction(self.low(np.start)))
            .then(|| {
                let low = self.low(np.start);
                let stem = &low[..low.find(['\'', '’'])?];
                PRONOUNS.contains(&stem).then_some(stem)
            })
            .flatten();
        if let Some(stem) = contracted {
            sp.end = sp.start + stem.len();
            sp.text.truncate(stem.len());
        }
        // (A relative "which"/"that" standing for the noun before it is a pronoun too: no role.)
        let pronoun = np.end == np.start + 1
            && (self.is_pronoun(np.start)
                || contracted.is_some()
                || matches!(self.low(np.start), "his" | "her" | "their" | "its" | "my" | "our" | "which" | "that"));
        if pronoun {
            // A relative pronoun after a comma stands for the noun phrase before it ("the Navy,
            // who told …", "Toronto Police, which indicated …"): name, role, code and actor are
            // that phrase's, not the last named person's.
            // ("WHO" in capitals is the World Health Organization.)
            let relative_word = matches!(self.low(np.start), "who" | "which" | "that") && self.text(np.start) != "WHO";
            let relative = relative_word && np.start >= 2 && self.text(np.start - 1) == ",";
            let s0 = self.doc.sentences.get(self.sent(np.start)).map_or(np.start, |x| x.token_start);
            // Past an appositive: "Mark Hay, a marine ecologist at GT, who …" stands for Mark Hay.
            let past_appositive = |ante: Np| {
                let c = (s0..ante.start).rev().take(12).find(|&j| self.text(j) == ",");
                c.filter(|&c| c > s0 && matches!(self.low(c + 1), "a" | "an")).and_then(|c| self.np_left(c, s0)).unwrap_or(ante)
            };
            // Session 13: a restrictive relative stands for the noun phrase right before it
            // ("community members who feel …", "Fields' lawyers who argued …"), and a relative
            // pronoun with no noun phrase before it ("Who supports …?", "people like me who
            // say") names nobody: neither is the last person named.
            if relative_word {
                let ante = if relative {
                    self.np_left(np.start - 1, s0).map(past_appositive)
                } else if np.start > s0 && self.text(np.start - 1) != "," {
                    self.np_left(np.start, s0).filter(|a| !self.is_pronoun(a.start) || a.end > a.start + 1)
                } else {
                    None
                };
                if let Some(ante) = ante {
                    let a = self.speaker(&ante, last_named);
                    (sp.name, sp.code, sp.role, sp.affiliation, sp.actor) = (a.name, a.code, a.role, a.affiliation, a.actor);
                }
                return sp;
            }
            // Session 13: a "he" or "she" that the actors stage (which knows given names' gender)
            // left unlinked is not the last person named: "She" after a
            // paragraph about David Turpin was his statement.
            // (Only for a person the stage knows, named in an earlier sentence: it does not link
            // every pronoun in the sentence that names the person, "Lavrov, …, thanked Beijing for
            // what he called …".)
            let sentence = self.doc.sentences.get(self.sent(np.start));
            let named_here = |name: &str| {
                sentence.is_some_and(|x| {
                    self.actors.iter().any(|m| m.start >= x.start && m.end <= sp.start && m.name.as_deref() == Some(name))
                })
            };
            let left_unlinked = matches!(self.low(np.start), "he" | "she")
                && last_named.as_ref().is_some_and(|(name, actor)| actor.is_some() && !named_here(name))
                && !self.has_actor(Span::new(sp.start, sp.end));
            if !left_unlinked
                && matches!(contracted.unwrap_or(self.low(np.start)), "he" | "she" | "who" | "i" | "his" | "her" | "my")
            {
                if let Some((name, actor)) = last_named {
                    sp.name = Some(name.to_string());
                    sp.actor = *actor;
                }
            }
        } else {
            // A common-noun head with a prepositional modifier ("European diplomats in Beijing",
            // "A spokesperson for the U.S. State Department"): role and name come from the head;
            // the modifier's capitalised words are the affiliation.
            let modifier = (np.start + 1..np.end).find(|&p| {
                matches!(self.low(p), "in" | "of" | "from" | "at" | "for" | "with" | "across")
                    && (!self.is_cap(p - 1) || p - 1 == np.start && self.has(p - 1, word::ROLE_NOUNS))
            });
            let full_end = np.end;
            let np = &Np { start: np.start, end: modifier.unwrap_or(np.end), appositive: np.appositive };
            if let Some(p) = modifier {
                let aff: Vec<&str> = (p + 1..full_end)
                    .filter(|&j| self.is_cap(j) && !self.has(j, word::DETERMINERS))
                    .map(|j| self.text(j))
                    .collect();
                if !aff.is_empty() {
                    sp.affiliation = Some(aff.join(" "));
                }
            }
            // Name: the last run of capitalised words; role: lower-case words before it or the head.
            let mut e = np.end;
            while e > np.start && !self.is_cap(e - 1) {
                e -= 1;
            }
            let mut s = e;
            while s > np.start && (self.is_cap(s - 1) || self.text(s - 1) == "." && s - 1 > np.start) {
                s -= 1;
            }
            // Session 14: an institution's name runs over its connectors ("Centers for Disease
            // Control and Prevention", "Ministry of Health"), not a person's title and name.
            let mut s2 = s;
            while s2 > np.start + 1 && matches!(self.low(s2 - 1), "for" | "of" | "and") && self.is_cap(s2 - 2) {
                s2 -= 1;
                while s2 > np.start && self.is_cap(s2 - 1) {
                    s2 -= 1;
                }
            }
            if s2 < s && (s2..e).any(|j| institution_head(self.text(j))) {
                s = s2;
            }
            if s > np.start && self.is_cap(s) && self.has(s, word::DETERMINERS) {
                s += 1;
            }
            // A capitalised role noun alone ("Diplomats in …" at a sentence's start) is no name.
            let head_cap = e == np.end && s < e && !(e - s == 1 && self.has(s, word::ROLE_NOUNS));
            if head_cap {
                // (Session 15: "the University of Bristol and UC Davis" is named by the first.)
                let nm = self.span(s, self.first_institution(s, e).unwrap_or(e)).slice(self.body);
                let nm = nm.strip_prefix("The ").unwrap_or(nm);
                sp.name = Some(nm.to_string());
                // Role: lower-case run just before the name ("foreign minister Sergei Lavrov").
                let mut r = s;
                while r > np.start
                    && !self.is_cap(r - 1)
                    && !self.has(r - 1, word::DETERMINERS)
                    && self.kind(r - 1) == TokenKind::Word
                    && self.low(r - 1) != "'s"
                    && self.low(r - 1) != "’s"
                {
                    r -= 1;
                }
                // A preposition inside a capitalised name ("The Kenya Commission on Human
                // Rights") is no role.
                let joiner = (r..s).all(|j| matches!(self.low(j), "of" | "on" | "for" | "and" | "in" | "at"));
                // Session 13: "a poll published by NBC News": the participle and "by" are no part
                // of the role ("poll", not "poll published by").
                let mut re = s;
                if re > r + 1 && self.low(re - 1) == "by" {
                    re -= 1;
                    if re > r + 1 && self.low(re - 1).ends_with("ed") {
                        re -= 1;
                    }
                }
                if r < s && !joiner {
                    sp.role = Some(self.span(r, re).slice(self.body).to_string());
                    let aff: Vec<&str> = (np.start..r)
                        .filter(|&j| self.is_cap(j) && !self.has(j, word::DETERMINERS))
                        .map(|j| self.text(j))
                        .collect();
                    if !aff.is_empty() {
                        sp.affiliation = Some(aff.join(" "));
                    }
                }
            } else {
                // Anonymous: role is the lower-case head; affiliation the capitalised words.
                let mut r = np.end;
                while r > np.start
                    && !self.is_cap(r - 1)
                    && !self.has(r - 1, word::DETERMINERS)
                    && self.kind(r - 1) == TokenKind::Word
                    && self.low(r - 1) != "'s"
                    && self.low(r - 1) != "’s"
                {
                    r -= 1;
                }
                // Session 13: a capitalised role noun opening the sentence ("Officials said …") is
                // the role, not an affiliation.
                if r == np.end && self.has(np.end - 1, word::ROLE_NOUNS) {
                    r -= 1;
                }
                if r < np.end {
                    sp.role = Some(self.span(r, np.end).slice(self.body).to_string());
                }
                let aff: Vec<&str> =
                    (np.start..r).filter(|&j| self.is_cap(j) && !self.has(j, word::DETERMINERS)).map(|j| self.text(j)).collect();
                if !aff.is_empty() {
                    sp.affiliation = Some(aff.join(" "));
                }
            }
        }
        if let Some(a) = np.appositive {
            let ap = &self.body[a.start..a.end];
            let words: Vec<&str> = ap.split_whitespace().collect();
            let caps: Vec<&str> = words
                .iter()
                .skip(1)
                .copied()
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                .map(|w| w.trim_end_matches("'s").trim_end_matches("’s"))
                .collect();
            let mut role: Vec<&str> =
                words.iter().skip(1).copied().filter(|w| !w.chars().next().is_some_and(char::is_uppercase)).collect();
            // Session 13: "an economist at the Getulio Vargas Foundation": the role does not end
            // in the preposition and article before the name ("economist", not "economist at the").
            while role.len() > 1
                && role.last().is_some_and(|w| {
                    matches!(*w, "at" | "the" | "of" | "for" | "in" | "on" | "a" | "an" | "to" | "from" | "with" | "and" | "by")
                })
            {
                role.pop();
            }
            if !role.is_empty() {
                sp.role = Some(role.join(" "));
            }
            if !caps.is_empty() {
                sp.affiliation = Some(caps.join(" "));
            }
        }
        self.attach_actor(&mut sp);
        // Round 16c: a name does not open with a preposition or a sentence opener, nor with
        // descriptive words ("Regarding Ashodaya", "Tanzanian-born ex-Muslim Zara Kay").
        if let Some(n) = sp.name.as_deref() {
            let t = tidy_name(n);
            if t.len() != n.len() {
                sp.name = Some(t.to_string());
            }
        }
        sp
    }

    /// Fills actor fields from the actors stage when a mention covers the speaker.
    /// Whether the actors stage has a mention overlapping `span`.
    fn has_actor(&self, span: Span) -> bool {
        let (from, to) = if self.actors_sorted {
            let to = self.actors.partition_point(|m| m.start < span.end);
            (self.actors[..to].partition_point(|m| m.start + 400 < span.start), to)
        } else {
            (0, self.actors.len())
        };
        self.actors[from..to].iter().any(|m| m.start <= m.end && m.span().overlaps(span))
    }

    /// The speaker phrase `np` widened over "HEAD in City, " (and that head) when `np` is only the place after
    /// the comma of a "City, Country" or "City, State" pair ("France", "Germany", "Ohio", "D.C.")
    /// that follows a locative preposition: "Officials in Paris, France" ("officials in Munich,
    /// Germany", "a statement at his golf club outside Washington, D.C."). `None` when `np` is
    /// not such a place, the city is a date ("As of Tuesday, Ohio"), or no noun phrase heads it.
    fn city_pair_speaker(&self, np: &Np) -> Option<(Np, Np)> {
        let (s, e) = (np.start, np.end);
        if e > s + 2 || s < 4 || self.text(s - 1) != "," || !self.is_cap(s - 2) {
            return None;
        }
        if !self.is_place(s, e) {
            return None;
        }
        // The city: up to three capitalised words before the comma, after a locative preposition.
        let mut c = s - 1;
        while c > 0 && s - 1 - c < 3 && self.is_cap(c - 1) {
            c -= 1;
        }
        if c < 2 || (c..s - 1).any(|j| WEEKDAYS.contains(&self.low(j))) {
            return None;
        }
        if !matches!(self.low(c - 1), "in" | "of" | "at" | "outside" | "near" | "from") {
            return None;
        }
        let s0 = self.doc.sentences.get(self.sent(s)).map_or(c - 1, |x| x.token_start);
        let head = self.np_left(c - 1, s0)?;
        // The head is a plain noun phrase of the sentence, not a possession ("his golf club
        // outside Washington, D.C." is where the speaker was, not who spoke).
        if head.end != c - 1
            || matches!(self.low(head.end - 1), "as" | "of" | "and")
            || (head.start..head.end).any(|j| self.text(j) == "." || is_possessive_determiner(self.low(j)))
        {
            return None;
        }
        Some((Np { start: head.start, end: e, appositive: None }, head))
    }

    /// The mention `idx` refers to, following `refers_to` (at most a few hops, never a cycle).
    fn antecedent(&self, mut idx: usize) -> usize {
        let mut hops = 0;
        while let Some(r) = self.actors[idx].refers_to {
            if r >= self.actors.len() || r == idx || hops > 8 {
                break;
            }
            idx = r;
            hops += 1;
        }
        idx
    }

    fn attach_actor(&self, sp: &mut Speaker) {
        let span = Span::new(sp.start, sp.end);
        // In text order, only mentions starting before the speaker's end can overlap it (a
        // mention containing the speaker starts at most a few hundred bytes before it).
        let (from, to) = if self.actors_sorted {
            let to = self.actors.partition_point(|m| m.start < span.end);
            (self.actors[..to].partition_point(|m| m.start + 400 < span.start), to)
        } else {
            (0, self.actors.len())
        };
        let best = self.actors[from..to]
            .iter()
            .enumerate()
            .map(|(i, m)| (i + from, m))
            // Mentions with inverted spans (a bug upstream) are ignored rather than trusted.
            .filter(|(_, m)| m.start <= m.end)
            .filter(|(_, m)| m.span().overlaps(span) && span.contains(m.span()) || m.span().contains(span))
            // A possessive determiner opening a longer speaker is the possessor, not the speaker
            // ("His wife Mary", "their lawyer"): its name is not the speaker's.
            .filter(|(_, m)| {
                !(m.start == span.start
                    && m.end < span.end
                    && self.body.get(m.start..m.end).is_some_and(is_possessive_determiner))
            })
            .max_by_key(|(_, m)| (m.end == span.end, matches!(m.kind, ActorKind::Person), m.end - m.start));
        // Session 14: "Don Blankenship of West Virginia" is Blankenship, not the state.
        let best = best.map(|(i, m)| self.speaker_before_place(i, span, from, to).map_or((i, m), |p| (p, &self.actors[p])));
        let Some((idx, _)) = best else {
            // The possessor ("His associates" → Alexei Navalny) is the speaker's affiliation.
            let possessor = self.actors[from..to].iter().position(|m| {
                m.start == span.start && m.end < span.end && self.body.get(m.start..m.end).is_some_and(is_possessive_determiner)
            });
            if let Some(p) = possessor {
                let m = &self.actors[self.antecedent(p + from)];
                if sp.affiliation.is_none() {
                    sp.affiliation.clone_from(&m.name);
                }
            }
            return;
        };
        // Session 12: "Professor Carl Lipo of Binghamton University": the person before "of"
        // (or "at", "from") is the speaker and the organisation after it their affiliation.
        let (idx, org) = match self.person_of_org(idx, span) {
            Some(p) => (p, Some(idx)),
            None => (idx, None),
        };
        let idx = self.antecedent(idx);
        let m = &self.actors[idx];
        sp.actor = Some(idx);
        if m.name.is_some() {
            sp.name.clone_from(&m.name);
        }
        // A person's affiliation does not hold their own name or title (the capitalised words
        // of "FBI director Christopher Wray", "Judge Miller's statement"): those words are taken
        // out, and what is left is kept when it is more than one word or an acronym ("FBI").
        if m.kind == ActorKind::Person && m.affiliation.is_none() {
            if let (Some(name), Some(aff)) = (m.name.as_deref(), sp.affiliation.as_deref()) {
                let role = |w: &str| {
                    [m.role.as_deref(), sp.role.as_deref()]
                        .iter()
                        .flatten()
                        .any(|r| r.split(' ').any(|x| x.eq_ignore_ascii_case(w)))
                };
                let rest: Vec<&str> = aff
                    .split(' ')
                    .filter(|w| {
                        !name.split(' ').any(|x| x == *w) && !role(w) && !WEEKDAYS.contains(&w.to_ascii_lowercase().as_str())
                    })
                    .collect();
                if rest.len() != aff.split(' ').count() {
                    let acronym = |w: &str| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase() || c == '.');
                    sp.affiliation = (rest.len() > 1 || rest.first().is_some_and(|w| acronym(w))).then(|| rest.join(" "));
                }
            }
        }
        if let Some(o) = org {
            let o = &self.actors[o];
            if m.affiliation.is_none() {
                sp.affiliation = o.name.clone().or_else(|| self.body.get(o.start..o.end).map(str::to_string));
            }
        }
        sp.code.clone_from(&m.code);
        if m.role.is_some() {
            sp.role.clone_from(&m.role);
        }
        if m.affiliation.is_some() {
            sp.affiliation.clone_from(&m.affiliation);
        }
    }

    /// For the organisation mention `org` inside the speaker `span`, a person mention in the same
    /// span right before it, joined by "of", "at" or "from" (and "the"): "Professor Carl Lipo of
    /// Binghamton University", "Mike Ryan of the World Health Organization".
    fn person_of_org(&self, org: usize, span: Span) -> Option<usize> {
        let o = self.actors.get(org)?;
        if !matches!(o.kind, ActorKind::Organization | ActorKind::Igo | ActorKind::Agent | ActorKind::Group) {
            return None;
        }
        let p = (0..org).rev().take(4).find(|&i| {
            let m = &self.actors[i];
            m.kind == ActorKind::Person && m.end > span.start && m.start <= m.end && m.end <= o.start
        })?;
        let gap = self.body.get(self.actors[p].end..o.start)?.trim().to_ascii_lowercase();
        matches!(gap.as_str(), "of" | "of the" | "at" | "at the" | "from" | "from the").then_some(p)
    }

    /// Cited sources in the frame's tokens `a..b`, plus the speaker when it is an outlet.
    fn frame_sources(&self, frame: &Frame, out: &mut Vec<CitedSource>) {
        let (a, b) = (frame.region.0.min(self.n()), frame.region.1.min(self.n()));
        let mut j = a;
        while j < b {
            // Neither a cue nor a capital at `j`: no document cue and no outlet start there.
            if !self.is_cap(j) && self.hit_at.get(j) == self.hit_at.get(j + 1) {
                j += 1;
                continue;
            }
            if let Some((_, dl)) = self.cue_at(j, |c| c == CueClass::Document) {
                let sp = self.span(j + 1, j + dl);
                push_source(out, sp.slice(self.body), SourceKind::Document);
                j += dl;
                continue;
            }
            if let Some((dl, kind)) = self.outlet_at(j, b) {
                push_source(out, self.span(j, j + dl).slice(self.body), kind);
                j += dl;
                continue;
            }
            j += 1;
        }
        if let Some(cue) = frame.cue {
            self.medium_sources(cue, a, out);
        }
        if frame.prep {
            if let Some(np) = &frame.speaker {
                let has_outlet = (np.start..np.end).any(|j| self.outlet_at(j, np.end).is_some());
                // ("according to which …": a relative pronoun names no source.)
                let relative = matches!(self.low(np.start), "which" | "whom" | "whose" | "that");
                if !has_outlet && !self.is_pronoun(np.start) && !relative {
                    let span = self.span(np.start, np.end);
                    // Session 14: an outlet the actors stage knows (a media code, "CBS" →
                    // USAMED) is the source, as media.
                    let outlet = self.actors.iter().find(|m| {
                        m.start >= span.start
                            && m.end <= span.end
                            && m.kind == ActorKind::Organization
                            && m.code.as_deref().is_some_and(|c| c.len() >= 6 && c.get(3..6) == Some("MED"))
                    });
                    match outlet {
                        Some(m) => {
                            let agency = m.text.ends_with("Agency") || m.text.ends_with("Press");
                            push_source(out, &m.text, if agency { SourceKind::Agency } else { SourceKind::Media });
                        }
                        None => push_source(out, span.slice(self.body), self.np_source_kind(np)),
                    }
                }
            }
        }
    }

    /// Session 14: where a statement was made, as a cited source. (a) "on" + a social network
    /// or broadcast in or just after the cue ("said on Twitter", "wrote on Facebook", "said on
    /// state television", "told CNN on Sunday" is (b)'s), and (b) an opening phrase of the
    /// cue's sentence that names the outlet spoken to ("Speaking to the BBC, the mayor said …",
    /// "In an interview with Der Spiegel, …"). Both are media.
    fn medium_sources(&self, cue: Span, in_frame: usize, out: &mut Vec<CitedSource>) {
        // The sentence from a token of the frame (a table read, not a search).
        let Some(sent) = self.doc.sentences.get(self.sent(in_frame)) else { return };
        let end = sent.token_end.min(self.n());
        // (a) "on" in the cue or within five words after it, before its clause ("that", a
        // comma or a quotation mark). Most frames have no " on " in the bytes there: only those
        // look for the cue's tokens.
        let near = self.body.as_bytes().get(cue.start..(cue.end + 40).min(sent.end)).unwrap_or(&[]);
        let on = memchr::memchr_iter(b'o', near)
            .any(|i| i > 0 && near.get(i - 1) == Some(&b' ') && near.get(i + 1..i + 3) == Some(b"n ".as_slice()));
        if on {
            let c0 = self.token_after(cue.start);
            // (The cue is a few tokens: walked, not searched.)
            let mut c1 = c0;
            while c1 < end && self.doc.tokens.get(c1).is_some_and(|t| t.start < cue.end) {
                c1 += 1;
            }
            let window = (c0 + 1..(c1 + 5).min(end))
                .take_while(|&j| j < c1 || self.low(j) != "that" && self.text(j) != "," && self.kind(j) != TokenKind::Quote);
            if let Some(on) = window.clone().find(|&j| self.low(j) == "on") {
                let j = on + 1;
                if self.is_cap(j) && platform(self.text(j)) {
                    let l = if self.text(j) == "Truth" && self.text(j + 1) == "Social" { 2 } else { 1 };
                    push_source(out, self.span(j, j + l).slice(self.body), SourceKind::Media);
                } else if let Some((_, al)) = self.cue_at(j, |c| c == CueClass::Agency).filter(|_| !self.is_cap(j + 1)) {
                    // "said on state television" (no name after the phrase).
                    push_source(out, self.span(j, j + al).slice(self.body), SourceKind::Media);
                } else if let Some((l, kind)) = self.outlet_at(j, end) {
                    push_source(out, self.span(j, j + l).slice(self.body), kind);
                }
            }
        }
        // (b) The opening phrase, up to its comma, before the cue.
        let s0 = sent.token_start;
        let opens = matches!(
            (self.low(s0), self.low(s0 + 1), self.low(s0 + 2)),
            ("speaking" | "talking", "to" | "with" | "on", _)
                | ("in", "an" | "a", "interview" | "interviews")
                | ("in", "comments" | "remarks", "to")
                | ("writing", "in" | "for" | "on", _)
                | ("appearing", "on", _)
                | ("interviewed", "by" | "on", _)
        );
        if !opens {
            return;
        }
        let before_cue = self.token_after(cue.start).min(end);
        let Some(comma) = (s0 + 2..before_cue).find(|&j| self.text(j) == ",") else { return };
        let mut j = s0 + 2;
        while j < comma {
            if let Some((l, kind)) = self.outlet_at(j, comma) {
                push_source(out, self.span(j, j + l).slice(self.body), kind);
                j += l;
            } else {
                j += 1;
            }
        }
    }

    /// Session 14: a name of one to four capitalised words between the comma at `comma` (after
    /// the noun phrase `np`, which has no capital) and the next comma, with at least two words of
    /// the clause after it: the name, with `np` as its appositive, and the second comma.
    fn name_in_commas(&self, np: &Np, comma: usize, end: usize) -> Option<(Np, usize)> {
        if comma >= end
            || np.end != comma
            || self.text(comma) != ","
            || (np.start..np.end).any(|j| self.is_cap(j))
            || self.is_pronoun(np.start)
            || self.np_source_kind(np) != SourceKind::Official
        {
            return None;
        }
        let a = comma + 1;
        let mut r = a;
        while r < end && r - a < 4 && self.is_cap(r) && self.is_word(r) && !self.is_pronoun(r) && self.low(r) != "the" {
            r += 1;
        }
        // The clause after the name opens with its subject ("…, Amanda, he died"), not with a
        // modifier of the name ("…, Trump, now operating from …, is").
        let subject_next = r + 1 < end && (self.is_cap(r + 1) || self.is_pronoun(r + 1) || self.has(r + 1, word::DETERMINERS));
        (r > a && r + 2 < end && self.text(r) == "," && subject_next)
            .then(|| (Np { start: a, end: r, appositive: Some(self.span(np.start, np.end)) }, r))
    }

    /// Session 14: the kind of a source named by a noun phrase with no outlet in it ("according
    /// to X"): its head word (the last word before a preposition or participle that starts a
    /// modifier: "data from the Gun Violence Archive", "videos posted on social media") names a
    /// document or the press; anything else (a person, an office, an organisation) is official.
    fn np_source_kind(&self, np: &Np) -> SourceKind {
        let mut head = np.start;
        for j in np.start..np.end {
            if j > np.start
                && !self.is_cap(j)
                && (matches!(self.low(j), "of" | "from" | "by" | "on" | "in" | "at" | "for" | "about")
                    || self.low(j).ends_with("ed") && self.kind(j) == TokenKind::Word)
            {
                break;
            }
            head = j;
        }
        // A capitalised head is a name ("the Post"), not a common noun.
        if self.is_cap(head) {
            return SourceKind::Official;
        }
        head_source_kind(self.low(head)).unwrap_or(SourceKind::Official)
    }

    /// A known outlet, an outlet-like name ("… News", "… Times"), or a name after an agency
    /// phrase ("state news agency IRNA"), starting at token `j`.
    fn outlet_at(&self, j: usize, hi: usize) -> Option<(usize, SourceKind)> {
        // An outlet starts at a capital or at an agency cue: most tokens are neither.
        if !self.is_cap(j) && (!self.is_word(j) || self.hit_at.get(j) == self.hit_at.get(j + 1)) {
            return None;
        }
        if let Some((_, al)) = self.cue_at(j, |c| c == CueClass::Agency) {
            let s = j + al;
            let mut e = s;
            while e < hi && self.is_cap(e) {
                e += 1;
            }
            if e > s {
                let _ = s;
                return Some((e - j, self.agency_phrase_kind(j, al)));
            }
        }
        if !self.is_cap(j) {
            return None;
        }
        let end = (j + 6).min(hi).max(j);
        if let Some(hit) = self.sources.longest_with(end - j, |k| self.text(j + k)) {
            return Some(hit);
        }
        // Capitalised run ending in an outlet word.
        let mut e = j;
        while e < end && self.is_cap(e) {
            e += 1;
        }
        if e > j + 1 {
            let last = self.text(e - 1);
            if matches!(
                last,
                "News"
                    | "Times"
                    | "Post"
                    | "Journal"
                    | "Herald"
                    | "Tribune"
                    | "Gazette"
                    | "Daily"
                    | "TV"
                    | "Radio"
                    | "Press"
                    | "Telegraph"
                    | "Chronicle"
                    | "Observer"
                    | "Monitor"
                    | "Bulletin"
                    | "Inquirer"
                    | "Mail"
                    | "Express"
                    | "Mirror"
                    | "Magazine"
                    | "Examiner"
                    | "Courier"
                    | "Dispatch"
                    | "Sentinel"
                    | "Register"
                    | "Insider"
                    | "Weekly"
                    | "Broadcasting"
                    | "Newswire"
                    | "Sun"
                    | "Star"
            ) {
                let kind = if last == "Press" { SourceKind::Agency } else { SourceKind::Media };
                return Some((e - j, kind));
            }
        }
        // Session 14: a name before a word for its medium ("Time magazine", "the Kathimerini
        // newspaper"): the name, without an article (found from the next word), is the outlet.
        let medium = |m: usize| matches!(self.low(m), "magazine" | "newspaper" | "tabloid" | "daily" | "broadcaster" | "weekly");
        let mut m = e;
        while m < hi && medium(m) {
            m += 1;
        }
        // ("the Greek daily Kathimerini", "Hungarian daily newspaper Magyar Nemzet": the name
        // follows the medium words, after an adjective.)
        if m > e && e > j && self.low(j) != "the" && !self.is_cap(m) {
            return Some((e - j, SourceKind::Media));
        }
        None
    }

    /// Round 15a. "A new poll shows Sanders leading …", "The inquiry found virtually nothing …",
    /// "…, campaign records show.": a finding verb ("show", "found", "suggests", "indicated",
    /// "revealed") whose subject ends in a `[medium]` noun (poll, survey, records, report, data)
    /// reports what the medium says; its object need not be a clause ("showed things a little
    /// differently") and its subject need no determiner ("Polls show …", "records show").
    /// Only tried at a medium noun (found among the sentence's cue hits), then at the word after it.
    fn medium_finding(&self, lo: usize, end: usize, used: &[bool]) -> Option<(Span, Frame, CueClass)> {
        let finding = |j: usize| {
            matches!(
                self.low(j),
                "show"
                    | "shows"
                    | "showed"
                    | "shown"
                    | "find"
                    | "finds"
                    | "found"
                    | "suggest"
                    | "suggests"
                    | "suggested"
                    | "indicate"
                    | "indicates"
                    | "indicated"
                    | "reveal"
                    | "reveals"
                    | "revealed"
            )
        };
        // A medium noun at `j` and its length, after a determiner too ("the data", "a poll"):
        // the hits themselves, without `cue_at`'s noun-slot test (made for verbs).
        let medium = |j: usize| match (self.hit_at.get(j), self.hit_at.get(j + 1)) {
            (Some(&a), Some(&b)) if a < b => {
                self.hits[a as usize..b as usize].iter().find(|(c, _)| c.class == CueClass::Medium).map(|&(_, l)| l)
            }
            _ => None,
        };
        let mut m = self.next_hit(lo, end);
        while m < end {
            let Some(l) = medium(m) else {
                m = self.next_hit(m + 1, end);
                continue;
            };
            // "has shown", "have also found": auxiliaries between the noun and the verb.
            let h = m + l;
            let mut k = h;
            while k < end && k < h + 2 && matches!(self.low(k), "has" | "have" | "had" | "also" | "clearly" | "consistently") {
                k += 1;
            }
            if k >= end || !finding(k) || used[k] || self.is_cap(k) {
                m = self.next_hit(m + 1, end);
                continue;
            }
            // Its modifiers: words, numbers and possessives back to the clause's start
            // ("a Quinnipiac University poll", "campaign and corporate records", "One influential 2009 paper").
            let mut s = m;
            while s > lo
                && s + 8 > m
                && (self.is_word(s - 1) || self.kind(s - 1) == TokenKind::Number || matches!(self.text(s - 1), "/" | "-"))
                && !self.is_pronoun(s - 1)
                && !matches!(
                    self.low(s - 1),
                    "that"
                        | "which"
                        | "who"
                        | "but"
                        | "while"
                        | "as"
                        | "because"
                        | "if"
                        | "when"
                        | "where"
                        | "after"
                        | "since"
                        | "in"
                        | "on"
                        | "of"
                        | "by"
                        | "with"
                        | "for"
                        | "from"
                        | "to"
                        | "at"
                        | "than"
                        | "and"
                        | "or"
                )
                && self.cue_at(s - 1, |c| matches!(c, CueClass::Verb | CueClass::Thought | CueClass::Object)).is_none()
            {
                s -= 1;
            }
            // "campaign and corporate records": "and" between two lower-case modifiers.
            while s >= lo + 2 && self.low(s - 1) == "and" && self.is_word(s - 2) && !self.is_cap(s - 2) && s < m {
                let t = s - 2;
                if (t..s - 1).all(|j| self.is_word(j)) && t > lo && matches!(self.text(t - 1), "," | ";") || t == lo {
                    s = t;
                } else {
                    break;
                }
            }
            let np = Np { start: s, end: h, appositive: None };
            let after = k + 1;
            let cue = Some(self.span(h, after));
            let clause_start = s == lo
                || matches!(self.text(s - 1), "," | ";" | ":" | "—" | "–")
                || matches!(self.low(s - 1), "but" | "and" | "yet" | "so")
                    && (s - 1 == lo || matches!(self.text(s - 2), "," | ";"));
            // ("…, polls revealed Trump strengthening": a name after the verb is its object.)
            let closing = after >= end || self.rest_is_adjunct(after, end) && !self.is_cap(after);
            if closing && s > lo + 3 && self.text(s - 1) == "," && !(lo..s).any(|j| used[j]) {
                // "…, records show.": the words before the comma.
                let frame = Frame { speaker: Some(np), cue, region: (s, end), prep: false, extra: None };
                return Some((self.span(lo, s - 1), frame, CueClass::Thought));
            }
            if clause_start && !closing && after + 1 < end && !used[after] && self.text(after) != "," {
                let c = after;
                let frame = Frame { speaker: Some(np), cue, region: (s, c), prep: false, extra: None };
                return Some((self.span(c, end), frame, CueClass::Thought));
            }
            m = self.next_hit(m + 1, end);
        }
        None
    }

    /// Round 15a. "Rubio is seen as the candidate with the best chance …", "The DNC, which is
    /// widely viewed as aligned with Clinton, …", "the change was seen by some as a demotion":
    /// a perception verb in the passive (after a form of "be") attributes the whole clause, its
    /// subject included, to people the writer does not name, or to the agent after "by"
    /// (PolNeAR annotates the clause as content; the subject is what is seen, not a speaker).
    fn passive_view(&self, k: usize, after: usize, lo: usize, end: usize, used: &[bool]) -> Option<(Span, Frame, CueClass)> {
        if !matches!(self.low(k), "seen" | "viewed" | "regarded" | "considered" | "perceived") || after >= end {
            return None;
        }
        // The form of "be" before it, past one adverb ("is widely seen").
        let mut b = k;
        if b > lo + 1 && self.low(b - 1).ends_with("ly") && !self.is_cap(b - 1) {
            b -= 1;
        }
        // (Finite forms and "been" only: "can be seen as", "to be viewed as", "being seen as" are
        // mostly the writer's own hedges, not attributions in PolNeAR.)
        if b <= lo + 1 || !matches!(self.low(b - 1), "is" | "are" | "was" | "were" | "been" | "'s" | "’s") {
            return None;
        }
        let be = b - 1;
        // "seen by some as": the agent up to "as".
        let mut c = k + 1;
        let mut agent = None;
        if self.low(c) == "by" {
            let e = (c + 1..end.min(c + 8)).find(|&j| self.low(j) == "as")?;
            agent = (e > c + 1).then_some(Np { start: c + 1, end: e, appositive: None });
            c = e;
        }
        // "seen as …"; "considered" also before a plain complement ("is considered an asset").
        if !(self.low(c) == "as"
            || self.low(k) == "considered" && agent.is_none() && self.is_word(c) && !self.has(c, word::CLAUSE_WORDS))
            || c + 1 >= end
            || used[c]
        {
            return None;
        }
        // The clause's start: the last comma, semicolon, colon or dash before "be" (a quotation
        // in between is not read here).
        let c0 = (lo..be).rev().find(|&j| matches!(self.text(j), "," | ";" | "—" | "–" | ":")).map_or(lo, |j| j + 1);
        let mut s0 = c0;
        // Past a conjunction or subordinator opening the clause ("Since the base has long been
        // considered …", "if Twitter is seen as …").
        while s0 < be
            && matches!(
                self.low(s0),
                "and"
                    | "but"
                    | "so"
                    | "yet"
                    | "since"
                    | "because"
                    | "although"
                    | "though"
                    | "while"
                    | "if"
                    | "when"
                    | "as"
                    | "after"
                    | "before"
                    | "whereas"
                    | "until"
                    | "unless"
            )
        {
            s0 += 1;
        }
        // "… presided over what was widely considered a sham": the clause is an object.
        if (s0..be).any(|j| matches!(self.low(j), "what" | "whatever" | "whose")) {
            return None;
        }
        if s0 >= be
            || be - s0 > 14
            || (s0..be).any(|j| {
                used[j]
                    || self.kind(j) == TokenKind::Quote
                    || !self.is_word(j)
                        && self.kind(j) != TokenKind::Number
                        && !matches!(self.text(j), "'s" | "’s" | "-" | "." | "&")
            })
        {
            return None;
        }
        // ("…, has been widely regarded as …": the subject is before the comma, not read here.)
        if self.has(s0, word::AUX) {
            return None;
        }
        // "It is considered rude to …", "what is seen as …": no clause of its own.
        if matches!(self.low(s0), "it" | "this" | "there" | "what" | "whatever") && s0 + 1 == be {
            return None;
        }
        // The content ends at the first comma or dash outside quotation marks ("Rubio is seen as
        // …, although …", "… are seen as opportunities for Sanders, largely because …").
        let mut open = false;
        let e = (c..end)
            .find(|&j| {
                if self.kind(j) == TokenKind::Quote {
                    open = !open;
                }
                !open && matches!(self.text(j), "," | "—" | "–" | "-" | ";")
            })
            .unwrap_or(end);
        // ("Cows are considered sacred by Hindus and …": an agent after the complement is not read.)
        if e < c + 2 || agent.is_none() && (c..e).any(|j| self.low(j) == "by") {
            return None;
        }
        let cue_end = if self.low(c) == "as" { c + 1 } else { c };
        let frame = Frame { speaker: agent, cue: Some(self.span(be, cue_end)), region: (be, cue_end), prep: false, extra: None };
        Some((self.span(s0, e), frame, CueClass::Evidential))
    }

    /// Round 15a. "support" as a verb, which the lists leave out (it is mostly a noun: "his
    /// support", "support for", "strong support among"): after a subject pronoun, a modal, an
    /// adverb, a share of people ("Two-thirds support …", "most support …") or a plural name or
    /// role noun ("Millennials support …", "senators support …"), and before its object. The
    /// content is the object, as for the `[object]` cues. (Not after "not": "could not support
    /// him", "does not support those" are mostly not stances.)
    fn support_verb(&self, k: usize, lo: usize, end: usize, used: &[bool]) -> Option<(Span, Frame, CueClass)> {
        // (Not in a question: "Would they support him?")
        if k <= lo || k + 1 >= end || used[k] || used[k + 1] || !self.is_word(k + 1) || end < self.n() && self.text(end) == "?" {
            return None;
        }
        let prev = self.low(k - 1);
        let verb = matches!(prev, "i" | "we" | "they" | "who")
            || matches!(
                prev,
                "would"
                    | "will"
                    | "can"
                    | "could"
                    | "should"
                    | "might"
                    | "may"
                    | "must"
                    | "do"
                    | "did"
                    | "also"
                    | "still"
                    | "now"
                    | "all"
                    | "both"
                    | "thirds"
                    | "quarters"
                    | "half"
                    | "most"
                    | "many"
                    | "some"
            )
            || prev.ends_with("ly") && !self.is_cap(k - 1) && prev.len() > 4
            || prev.ends_with('s') && self.is_word(k - 1) && (self.is_cap(k - 1) || self.has(k - 1, word::ROLE_NOUNS));
        // The object: not a preposition, conjunction or verb ("support for", "support among").
        let next = self.low(k + 1);
        let object = !matches!(
            next,
            "for"
                | "from"
                | "among"
                | "of"
                | "in"
                | "on"
                | "to"
                | "and"
                | "or"
                | "with"
                | "as"
                | "at"
                | "by"
                | "behind"
                | "over"
                | "is"
                | "was"
                | "are"
                | "were"
                | "has"
                | "had"
                | "have"
                | "would"
                | "will"
                | "could"
                | "grew"
                | "that"
                | "which"
                | "but"
                | "than"
        ) && !self.has(k + 1, word::AUX);
        if !object {
            return None;
        }
        // Round 16a: a longer subject noun phrase that opens the clause ("A growing number of
        // Democratic senators support …", "Men under 35 support …").
        if !verb && !self.support_after_clause_subject(k, lo) {
            return None;
        }
        let np = self.subject_left(k, lo).or_else(|| self.share_subject(lo, lo, k)).or_else(|| {
            if verb {
                None
            } else {
                self.loose_clause_subject(k, lo)
            }
        })?;
        let cue = Some(self.span(k, k + 1));
        let region = (np.start.min(k), k + 1);
        let frame = Frame { speaker: Some(np), cue, region, prep: false, extra: None };
        Some((self.span(k + 1, end), frame, CueClass::Object))
    }

    /// Round 15a. "The union, which endorsed Ms. Ruiz in May, is …": "which" after a comma, as
    /// the subject of the cue at `k` (past auxiliaries and an adverb: "which has long opposed"),
    /// is the speaker, as PolNeAR marks it ("who" already was, as a pronoun); the statement then
    /// ends with the clause, as for "who".
    fn which_subject(&self, k: usize, lo: usize, class: CueClass) -> Option<Np> {
        let mut j = k;
        while j > lo + 2 && k - j < 3 && (self.has(j - 1, word::AUX) || self.low(j - 1).ends_with("ly") && !self.is_cap(j - 1)) {
            // ("which was denounced by …", "which is expected to …": a passive has no speaker here.)
            if matches!(self.low(j - 1), "is" | "was" | "are" | "were" | "be" | "been" | "being") {
                return None;
            }
            j -= 1;
        }
        if j < lo + 2 {
            return None;
        }
        // "an outfit that endorsed Sanders": "that" after a plain noun (not after a verb, where it
        // opens a clause: "said that", "so that").
        // (Speech and stance verbs only: "the rats that continued to …", "a door that has writing
        // in …", "bans that aims to …" are no statements.)
        let that = self.low(j - 1) == "that"
            && matches!(class, CueClass::Verb | CueClass::Object)
            && !(j < k && self.low(k).ends_with("ing"))
            // ("the rats that continued to use …": a chain of verbs, not a statement.)
            && self.low(k + 1) != "to"
            && self.is_word(j - 2)
            && !self.is_cap(j - 2)
            && !self.has(j - 2, word::AUX | word::NP_STOP)
            && self.cue_at(j - 2, |_| true).is_none()
            && !self.low(j - 2).ends_with("ed")
            && !matches!(
                self.low(j - 2),
                "so" | "such" | "now" | "given" | "fact" | "sure" | "clear" | "true" | "concern" | "hope" | "like"
            );
        if that {
            // PolNeAR marks the noun phrase before "that" as the source ("an outfit that …").
            return Some(self.np_left(j - 1, lo).filter(|np| np.end == j - 1).map(|np| self.with_head(np, lo)).unwrap_or(Np {
                start: j - 1,
                end: j,
                appositive: None,
            }));
        }
        (self.low(j - 1) == "which" && self.text(j - 2) == "," && matches!(class, CueClass::Verb | CueClass::Object))
            .then_some(Np { start: j - 1, end: j, appositive: None })
    }

    /// Round 16a. `… a defense of “New York values,” saying the city …`: the participle at `k`
    /// follows a comma inside the closing mark of a fragment quoted in running text (the
    /// sentence starting at `s0` does not open with the quotation), and is read as after a
    /// plain comma, with the sentence's subject.
    /// Round 16a. "Developers see golf courses as wasted space", "Germany views itself as a
    /// leader": an active perception verb (`k`) whose object (from `c`, a plain word) is
    /// followed by "as" within a few words of the same clause: a stance, the object and its
    /// complement the content (the thought cues otherwise need a clause after them).
    fn sees_as(&self, k: usize, c: usize, end: usize) -> bool {
        matches!(self.low(k), "see" | "sees" | "saw" | "views" | "viewed" | "regards" | "regarded" | "considers")
            && k > 0
            && !matches!(self.low(k - 1), "to" | "was" | "were" | "is" | "are" | "be" | "been" | "being" | "you" | "not")
            && !self.low(k - 1).ends_with("n't")
            && !self.low(k - 1).ends_with("n’t")
            && c < end
            && self.is_word(c)
            && self.low(c) != "as"
            // (Not a comparison: "see their incomes go up by as much as …".)
            && (c + 1..(c + 7).min(end)).take_while(|&j| self.is_word(j)).any(|j| {
                self.low(j) == "as"
                    && !matches!(self.low(j - 1), "by" | "much" | "many" | "well" | "long" | "soon" | "far" | "such")
                    && !self.is_pronoun(j - 1)
            })
    }

    /// Round 16a. "support" at `k` after a subject noun phrase of two words or more that opens
    /// the clause (at `lo`) and ends right before it, and before an object that is not a verb
    /// form ("Republican support remains strong" is a noun).
    fn support_after_clause_subject(&self, k: usize, lo: usize) -> bool {
        let next = self.low(k + 1);
        if next.ends_with("ed") || next.ends_with("s") && !self.is_cap(k + 1) || self.has(k - 1, word::AUX | word::DETERMINERS) {
            return false;
        }
        self.subject_left(k, lo)
            .is_some_and(|np| np.end == k && np.start + 2 <= k && np.start == lo && !self.is_pronoun(np.start))
            || self.loose_clause_subject(k, lo).is_some()
    }

    /// Round 16a. "About two-thirds of Republican primary voters in all five states voting
    /// Tuesday support …": the whole clause before the verb at `k` as its subject, when it opens
    /// with a capital, holds no punctuation, auxiliary or speech verb and is at most 14 tokens.
    fn loose_clause_subject(&self, k: usize, lo: usize) -> Option<Np> {
        (k >= lo + 3
            && k <= lo + 14
            && self.is_cap(lo)
            && !self.is_pronoun(lo)
            && !self.has(lo, word::NP_STOP | word::SENTENCE_ADVERBS)
            && (lo..k).all(|j| {
                (self.is_word(j) || self.kind(j) == TokenKind::Number)
                    && !self.has(j, word::AUX)
                    && self.low(j) != "to"
                    && self.cue_at(j, |c| c == CueClass::Verb).is_none()
            }))
        .then_some(Np { start: lo, end: k, appositive: None })
    }

    /// Round 16a. Whether the text before byte `at` ends with punctuation, a closing single mark
    /// and a space (`,' "`, `.’ "`): a straight double mark there closes (Washington Post style).
    fn spaced_close(&self, at: usize) -> bool {
        let mut it = self.body[..at].chars().rev();
        it.next() == Some(' ') && matches!(it.next(), Some('\'' | '’')) && matches!(it.next(), Some(',' | '.' | '?' | '!'))
    }

    /// Round 16a. "He's said he will fight on", "she's predicting a win": "'s" for "has" or
    /// "is" between a personal pronoun and a participle cue at `k`; the pronoun is the subject.
    /// (Not a passive: "he's expected to", "it's said to be".)
    fn contracted_has_subject(&self, k: usize, lo: usize) -> Option<Np> {
        let ok = k >= lo + 2
            && matches!(self.low(k - 1), "'s" | "’s")
            && matches!(self.low(k - 2), "he" | "she" | "who")
            && (self.low(k).ends_with("ed")
                || self.low(k).ends_with("ing")
                || matches!(self.low(k), "said" | "told" | "written"))
            && !matches!(self.low(k), "expected" | "supposed" | "believed" | "considered" | "reported" | "alleged" | "rumored")
            && (self.low(k).ends_with("ing") || self.low(k + 1) != "to");
        ok.then(|| Np { start: k - 2, end: k - 1, appositive: None })
    }

    /// Round 16a. A frame before a quotation whose cue at `k` is coordinated ("and called", "but
    /// said") or a participle after a comma, with a speech or stance cue between its subject and
    /// it: the subject's first statement is read by the reported-speech pass, not swallowed by
    /// the frame. (Speech verb frames after a speech verb were already handled.)
    fn first_statement_before(&self, class: CueClass, k: usize, speaker: Option<&Np>) -> bool {
        matches!(class, CueClass::Verb | CueClass::Object)
            && k > 0
            && (matches!(self.low(k - 1), "and" | "but") || self.text(k - 1) == "," && self.low(k).ends_with("ing"))
            && speaker.is_some_and(|np| {
                np.end + 1 < k
                    && (np.end..k - 1)
                        .any(|j| !self.is_cap(j) && self.cue_at(j, |c| matches!(c, CueClass::Verb | CueClass::Object)).is_some())
            })
    }

    /// Round 16a. The first token of a direct quotation's frame inside a content `c0..c1` that
    /// opens with a comma or "and"/"but" before the frame's cue (set by `first_statement_before`).
    fn frame_inside(&self, c0: usize, c1: usize, used: &[bool]) -> Option<usize> {
        let u = (c0 + 2..c1).find(|&j| used[j])?;
        (matches!(self.low(u), "," | "and" | "but") && u + 1 < c1 && used[u + 1] && self.cue_at(u + 1, |_| true).is_some())
            .then_some(u)
    }

    /// Round 16a. An "-ing" word right after a comma ("…, calling it …").
    fn participle_after_comma(&self, k: usize) -> bool {
        k > 0 && self.text(k - 1) == "," && self.low(k).ends_with("ing")
    }

    /// Round 16a. "that" at `j` opening a relative clause after a noun ("the Board of Governors
    /// that oversees them"): a plain noun before it and a plain verb in "-s" or "-ed" after it
    /// that is no cue.
    fn relative_that(&self, j: usize) -> bool {
        let next = self.low(j + 1);
        j > 0
            && self.is_word(j - 1)
            && !self.has(j - 1, word::AUX | word::NP_STOP)
            && self.cue_at(j - 1, |_| true).is_none()
            && self.is_word(j + 1)
            && !self.is_cap(j + 1)
            && (next.ends_with('s') || next.ends_with("ed"))
            && !self.has(j + 1, word::AUX | word::NP_STOP | word::DETERMINERS)
            && self.cue_at(j + 1, |_| true).is_none()
    }

    /// Round 16a. The noun phrase `np` before the cue at `k` follows a preposition opening the
    /// clause (`lo`) and opens with a determiner, and the cue is a past participle: "In a video
    /// message posted to Twitter, …", "On a call arranged by …" (a reduced relative).
    fn opening_phrase_participle(&self, np: &Np, k: usize, lo: usize) -> bool {
        np.start == lo + 1
            && np.end == k
            && matches!(self.low(lo), "in" | "on" | "at" | "with" | "by" | "from" | "through" | "via" | "during" | "after")
            && self.has(np.start, word::DETERMINERS)
            && self.low(k).ends_with("ed")
    }

    /// Round 16a. After a cue ending at `c`: an addressee ("told POLITICO", "told him") and a
    /// time adjunct, then "that" and at least two more words before `hi`.
    fn own_that_clause(&self, c: usize, hi: usize) -> bool {
        let mut c = c;
        if let Some(np) = self.np_right(c, hi).filter(|np| np.end < hi && self.low(np.end) == "that") {
            c = np.end;
        } else if matches!(self.low(c), "him" | "her" | "them" | "us" | "me" | "reporters") {
            c += 1;
        }
        let c = self.skip_time(c, hi);
        // (Not a relative clause: "told the crowd that had gathered …".)
        c + 2 < hi && self.low(c) == "that" && !self.has(c + 1, word::AUX) && !self.relative_that(c)
    }

    fn quoted_comma_participle(&self, k: usize, s0: usize) -> bool {
        k > s0 + 3 && self.kind(k - 1) == TokenKind::Quote && self.kind(s0) != TokenKind::Quote && self.comma_before(k).is_some()
    }

    // ---------- round 16b: speakers next to titles, places and clause openers ----------

    /// Lower-case title words opening a quotation's frame before a name (`"…," former Florida
    /// governor Jeb Bush said`, `"…," spokesman Jeff Bechdel said`): `np_left` keeps only the
    /// name, since lower-case words before a capitalised one may end another phrase; right after
    /// the closing mark at `i` nothing else can precede the subject, so the phrase grows back to
    /// `i`. Up to four plain lower-case words (no verb, pronoun, clause word or adverb).
    fn title_before_name(&self, np: Np, i: usize) -> Np {
        let ok = np.start > i
            && np.start - i <= 4
            && self.is_cap(np.start)
            && (i..np.start).all(|j| {
                self.kind(j) == TokenKind::Word
                    && !self.is_cap(j)
                    && self.np_word_ok(j)
                    && !self.has(j, word::DETERMINERS | word::AUX | word::CLAUSE_WORDS)
                    && !self.low(j).ends_with("ly")
            });
        if ok {
            Np { start: i, ..np }
        } else {
            np
        }
    }

    /// `"…," Ana Ruiz, 67, a retired nurse from Dover, Del., said.`: a frame whose appositive
    /// holds commas of its own. `i` starts the subject, `j` is the comma after it; the cue is the
    /// first verb cue right after a later comma of the same sentence, with no quotation mark
    /// between (the one-comma case is read before). After a quotation that closed its sentence
    /// (`full_stop`) the frame must close its own: "…order." His opponent, Biden, in a message,
    /// accused Trump of "…" is a new statement.
    fn long_appositive_frame(&self, i: usize, j: usize, hi: usize, full_stop: bool) -> Option<Frame> {
        let np = self.np_left(j, i).filter(|np| np.start == i)?;
        let mut commas = 0;
        let mut k = j + 1;
        while k < hi && k < j + 30 && self.sent(k) == self.sent(j) {
            if self.kind(k) == TokenKind::Quote || matches!(self.text(k), ";" | ":" | "(" | ")") {
                return None;
            }
            if self.text(k) == "," {
                commas += 1;
                if let Some((_, len)) = self.cue_at(k + 1, |c| c == CueClass::Verb) {
                    // (The first comma was tried by the caller.)
                    if commas < 2 {
                        return None;
                    }
                    let after = k + 1 + len;
                    let sent_end = (after..hi).find(|&x| self.sent(x) != self.sent(k)).unwrap_or(hi);
                    if full_stop
                        && !(after >= sent_end || matches!(self.text(after), "." | ",") || self.rest_is_adjunct(after, sent_end))
                    {
                        return None;
                    }
                    let end = self.frame_end(k + 1 + len, hi);
                    let np = Np { appositive: Some(self.span(j + 1, k)), ..np };
                    return Some(Frame {
                        speaker: Some(np),
                        cue: Some(self.span(k + 1, k + 1 + len)),
                        region: (i, end),
                        prep: false,
                        extra: None,
                    });
                }
            } else if self.cue_at(k, |c| c == CueClass::Verb).is_some() && !self.is_cap(k) {
                // A verb inside the aside: a clause, not an appositive.
                return None;
            }
            k += 1;
        }
        None
    }

    /// `"…." He said, twice, that he was …`: a frame in the sentence after a full quotation
    /// whose comma (at `c`) leads on to a clause of its own ("that …", a subject and verb) is a new
    /// statement, not the quotation's frame. Kept: "He said, adding …", "she said, on Tuesday."
    fn next_sentence_goes_on(&self, c: usize, hi: usize) -> bool {
        let end = (c + 1..hi).find(|&x| self.sent(x) != self.sent(c)).unwrap_or(hi);
        if c + 1 >= end || self.low(c + 1).ends_with("ing") || self.kind(c + 1) == TokenKind::Quote {
            return false;
        }
        (c + 1..end).any(|x| self.low(x) == "that" || self.kind(x) == TokenKind::Word && self.has(x, word::AUX))
            && !self.rest_is_adjunct(c + 1, end)
    }

    /// A gerund cue right after a preposition opening the clause ("In defending himself …,
    /// Trump offered …", "Besides attacking the former president, Mr. Trump asserted …", "Since
    /// announcing …, Johnson has risen …"): the preposition is no speaker; the subject of the main
    /// clause after the next comma is (a pronoun, or a noun phrase opening with a capital or a
    /// determiner).
    fn intro_gerund_subject(&self, k: usize, lo: usize) -> Option<Np> {
        if k == 0 || k != lo + 1 || !self.low(k).ends_with("ing") {
            return None;
        }
        if !matches!(
            self.low(k - 1),
            "in" | "after" | "before" | "since" | "besides" | "by" | "while" | "when" | "upon" | "on" | "without" | "despite"
        ) {
            return None;
        }
        let n = self.n();
        let c = (k + 1..(k + 30).min(n)).take_while(|&x| self.sent(x) == self.sent(k)).find(|&x| self.text(x) == ",")?;
        if c + 1 >= n || self.sent(c + 1) != self.sent(k) {
            return None;
        }
        let hi = (c + 1..(c + 12).min(n)).take_while(|&x| self.sent(x) == self.sent(k)).last()? + 1;
        let np = self.np_right(c + 1, hi)?;
        if self.is_cap(np.start) && !self.has(np.start, word::DETERMINERS) {
            // A name: its capitalised run ("Trump offered insights" → "Trump").
            let mut end = np.start + 1;
            while end < np.end && (self.is_cap(end) || matches!(self.low(end), "." | "of" | "'s" | "’s")) {
                end += 1;
            }
            return Some(Np { start: np.start, end, appositive: None });
        }
        (self.is_pronoun(np.start) || self.has(np.start, word::DETERMINERS)).then_some(np)
    }

    /// Does a subordinating word open the clause just before token `s` ("that", "because",
    /// "when", "although" …)? Then a noun phrase at `s` starts that clause.
    fn subordinator_before(&self, s: usize) -> bool {
        s > 0
            && matches!(
                self.low(s - 1),
                "that" | "because" | "when" | "while" | "although" | "though" | "if" | "since" | "after" | "before" | "whereas"
            )
    }

    /// Is the noun phrase starting at `s` the second half of a "City, State" pair ("in Flint,
    /// Mich.", "at a rally in Wilmington, N.C.", "from Aurora, Colorado")? Then it is a place, not
    /// the subject: a comma before it, and before that a capitalised run (up to three words)
    /// after a place preposition.
    fn state_after_city(&self, s: usize, lo: usize) -> bool {
        if s < lo + 3 || self.text(s - 1) != "," || !self.is_cap(s - 2) {
            return false;
        }
        let mut j = s - 2;
        while j > lo && s - 2 - j < 4 && (self.is_cap(j - 1) || self.text(j - 1) == ".") {
            j -= 1;
        }
        j > lo
            && matches!(self.low(j - 1), "in" | "of" | "from" | "at" | "near" | "outside" | "to")
            && self.state_shape(s, self.n())
    }

    /// Does a state's name start at `s` ("Ohio", "Mich.", "N.C.", "New Hampshire"), up to the
    /// next comma (before `hi`)? One capitalised word, two after "New", "North", "South", "West"
    /// or "Rhode", or initials with dots; never a person's name ("Lawrence B. Cummings").
    fn state_shape(&self, s: usize, hi: usize) -> bool {
        let Some(c) = (s..(s + 6).min(hi)).find(|&x| self.text(x) == ",") else { return false };
        let words: Vec<usize> = (s..c).filter(|&x| self.text(x) != ".").collect();
        if words.is_empty()
            || !words.iter().all(|&x| self.is_cap(x))
            || (s..c).any(|x| self.kind(x) == TokenKind::Punct && self.text(x) != ".")
        {
            return false;
        }
        let initials =
            words.iter().all(|&x| self.text(x).trim_end_matches('.').chars().filter(|ch| ch.is_alphabetic()).count() <= 2);
        // An abbreviation with its dot ("Mich.", "Calif.", "N.C.").
        let dotted = c > s + 1 && self.text(c - 1) == "." || self.text(c - 1).ends_with('.');
        match words.len() {
            1 => dotted || US_STATES.contains(&self.text(words[0])),
            2 => {
                initials && dotted
                    || matches!(self.text(words[0]), "New" | "North" | "South" | "West" | "Rhode")
                        && matches!(
                            self.text(words[1]),
                            "Hampshire" | "Jersey" | "Mexico" | "York" | "Carolina" | "Dakota" | "Virginia" | "Island"
                        )
            }
            _ => initials && dotted && words.len() <= 3,
        }
    }

    /// Past the state of a "City, State," pair closing an introductory phrase at the comma `c`
    /// ("Speaking in Salem, New Hampshire, Trump …"), and past a time adjunct after it ("At an
    /// event in Ames, Iowa, on Sunday, Mrs. Clinton …"): the token where the subject starts, or
    /// `c + 1`.
    fn past_intro_place(&self, c: usize, k: usize) -> usize {
        let mut lo = c + 1;
        if c < 2 || !self.is_cap(c - 1) {
            return lo;
        }
        // The intro's last words: a capitalised run after a place preposition.
        let mut j = c - 1;
        while j > 0 && c - 1 - j < 3 && (self.is_cap(j - 1) || self.text(j - 1) == ".") {
            j -= 1;
        }
        if j == 0 || !matches!(self.low(j - 1), "in" | "of" | "from" | "at" | "near" | "outside") {
            return lo;
        }
        // The state: capitalised words (and abbreviation dots) up to the next comma.
        let Some(c2) = (lo..(lo + 6).min(k)).find(|&x| self.text(x) == ",") else { return lo };
        if !self.state_shape(lo, k) || c2 + 1 >= k {
            return lo;
        }
        lo = c2 + 1;
        // ", on Sunday,", ", last week,".
        if let Some(c3) = (lo..(lo + 4).min(k)).find(|&x| self.text(x) == ",") {
            let timed = (lo..c3).any(|x| {
                WEEKDAYS.contains(&self.low(x)) || matches!(self.low(x), "week" | "month" | "year" | "weekend" | "night")
            });
            if timed && matches!(self.low(lo), "on" | "last" | "this" | "late" | "early" | "earlier") && c3 + 1 < k {
                lo = c3 + 1;
            }
        }
        lo
    }

    /// Round 17b: a comment clause "as X said" ("…, as the mayor noted on Tuesday.", "As The
    /// Post's Ruth Marcus puts it, …", "The road, as the engineers warned, has failed"): "as"
    /// stands for the verb's object, so the clause around it is the content and X the speaker.
    /// The cue at `k` (`len` tokens) has no object of its own: punctuation, or only an adjunct
    /// ("in April", "on Tuesday", "after the vote"), follows it; "as" opens the sentence or
    /// follows a comma, a dash or a parenthesis (not "such as", "as … as"). Intransitive verbs
    /// ("As he spoke, …") and question verbs are time clauses, not comments.
    fn as_comment_clause(
        &self,
        k: usize,
        len: usize,
        class: CueClass,
        lo: usize,
        end: usize,
        used: &[bool],
    ) -> Option<(Span, Frame, CueClass)> {
        if matches!(
            self.low(k),
            "spoke"
                | "speaks"
                | "speak"
                | "speaking"
                | "talked"
                | "talks"
                | "talk"
                | "testified"
                | "testifies"
                | "campaigned"
                | "tweeted"
                | "asked"
                | "asks"
                | "answered"
                | "responded"
                | "replied"
                | "chanted"
                | "shouted"
                | "yelled"
                | "joked"
                | "laughed"
                | "listened"
                | "watched"
        ) {
            return None;
        }
        // "as" at most eight words before the cue, with no punctuation between.
        let a = (k.saturating_sub(9).max(lo)..k)
            .rev()
            .take_while(|&j| !matches!(self.text(j), "," | ";" | ":" | "—" | "–" | "(" | ")") && self.kind(j) != TokenKind::Quote)
            .find(|&j| self.low(j) == "as")?;
        if a + 1 >= k || used[a] {
            return None;
        }
        // (At the sentence's start, not where a scan after an earlier statement begins.)
        let starts = lo == 0 || self.sent(lo - 1) != self.sent(lo);
        let opens = starts && (a == lo || a == lo + 1 && matches!(self.low(lo), "and" | "but" | "yet" | "so"));
        // (Also a comma inside a closing mark: `the race "is a dead heat," as Cruz said …`.)
        let after_punct = a > lo
            && (matches!(self.text(a - 1), "," | "—" | "–" | "-" | "(")
                || a > lo + 1 && self.kind(a - 1) == TokenKind::Quote && self.text(a - 2) == ",");
        if !(opens || after_punct) {
            return None;
        }
        let mut c = k + len;
        // "as first reported by the Times": a passive with its agent.
        let by = if self.low(c - 1) == "by" { Some(c) } else { (c < end && self.low(c) == "by").then_some(c + 1) };
        let np = if let Some(b) = by {
            if !(a + 1..k).all(|j| self.has(j, word::AUX) || self.low(j).ends_with("ly")) {
                return None;
            }
            let np = self.np_right(b, end)?;
            c = np.appositive.map_or(np.end, |s| self.token_after(s.end));
            np
        } else {
            let np = self.np_left(k, a + 1)?;
            // "as columnist Jonathan Chait noted": a lower-case title before the name belongs to it.
            if np.start > a + 1
                && !(a + 1..np.start).all(|j| self.is_word(j) && !self.has(j, word::AUX) && self.cue_at(j, |_| true).is_none())
            {
                return None;
            }
            Np { start: a + 1, ..np }
        };
        // "as I said", "as we know", "as you can see": a speaker's own aside in talk, not a
        // statement to report.
        if (np.start..np.end).any(|j| matches!(self.low(j), "if" | "well" | "i" | "we" | "you")) {
            return None;
        }
        // After the cue: "it" ("as he puts it", "as she sees it"), adverbs, then an adjunct or
        // the clause's end.
        if c < end && self.low(c) == "it" && matches!(self.low(k), "puts" | "see" | "sees" | "saw" | "tells" | "told") {
            c += 1;
        }
        let cue_end = if by.is_some() { k + len } else { c };
        while c < end && (self.low(c).ends_with("ly") || matches!(self.low(c), "later" | "earlier" | "again" | "before" | "once"))
        {
            c += 1;
        }
        let stop = (c..end).find(|&j| matches!(self.text(j), "," | ";" | "—" | "–" | "-" | ")")).unwrap_or(end);
        if stop > c
            && !(self.rest_is_adjunct(c, stop)
                || stop <= c + 14
                    && matches!(self.low(c), "in" | "on" | "at" | "after" | "before" | "during" | "while" | "when" | "last")
                    && !(c..stop).any(|j| self.low(j) == "that" || self.kind(j) == TokenKind::Quote)
                // "a few days later", "two weeks ago".
                || stop <= c + 5 && matches!(self.low(stop - 1), "later" | "ago" | "earlier"))
        {
            return None;
        }
        let frame = |region: (usize, usize), extra: Option<(Span, Option<Span>)>| Frame {
            speaker: Some(np.clone()),
            cue: Some(self.span(k, cue_end)),
            region,
            prep: false,
            extra,
        };
        let free = |x: usize, y: usize, min: usize| y >= x + min && !(x..y).any(|j| used[j]);
        if opens {
            // "As The Post's Ruth Marcus puts it, Obama is trying …".
            if stop < end && self.text(stop) == "," && free(stop + 1, end, 3) {
                return Some((self.span(stop + 1, end), frame((lo, stop + 1), None), class));
            }
            return None;
        }
        let before = a - 1;
        // (A comma inside a closing mark: the content runs through the mark.)
        let cend = if self.kind(before) == TokenKind::Quote { a } else { before };
        // Medial: "The result, as he later explained, was a bubble": two pieces, one cue; not
        // when a new clause follows ("…, as many believe, and Democrats allege, …").
        // (Between dashes too: `traffic "ground to a halt" — as the decision put it — at …`.)
        let dash = |j: usize| matches!(self.text(j), "—" | "–" | "-");
        let medial = stop + 1 < end
            && (self.text(stop) == "," || dash(stop) && dash(before))
            && !matches!(self.low(stop + 1), "and" | "but" | "or" | "while" | "which" | "who")
            && free(stop + 1, end, 1);
        // A short introductory phrase before the comment is no content ("In another incident,
        // as Biden remarked, …").
        // (Nor is a lone word: "Yet, as Mr. Bown observed, …", "Well, as he said, …".)
        let intro = before <= lo + 1
            || before <= lo + 4
                && matches!(
                    self.low(lo),
                    "in" | "on" | "at" | "after" | "for" | "by" | "with" | "during" | "since" | "because" | "so"
                );
        if medial && intro && free(stop + 1, end, 3) {
            return Some((self.span(stop + 1, end), frame((before, stop + 1), None), class));
        }
        if medial && free(lo, before, 1) {
            let extra = Some((self.span(stop + 1, end), None));
            return Some((self.span(lo, cend), frame((before, stop + 1), extra), class));
        }
        if !free(lo, before, 3) {
            // "That's because, as he puts it, "the best thing …" is …": the words after it.
            if stop + 4 < end && before <= lo + 3 && !(lo..before).any(|j| used[j]) && free(stop + 1, end, 3) {
                return Some((self.span(stop + 1, end), frame((lo, stop + 1), None), class));
            }
            return None;
        }
        Some((self.span(lo, cend), frame((before, stop.max(c)), None), class))
    }

    /// Round 17b: "He put it in the bank": "put it" at `k` (cue end `after`) is a speech cue only
    /// as a comment ("as she put it"), before a colon or a comma, or with a manner adverb ("put
    /// it bluntly", "put it this way").
    fn put_it_object(&self, k: usize, after: usize, end: usize) -> bool {
        matches!(self.low(k), "put" | "puts")
            && after < end
            && !(matches!(self.text(after), ":" | "," | "." | "—")
                || self.low(after).ends_with("ly")
                || matches!(self.low(after), "this" | "that" | "another" | "best" | "differently"))
    }

    /// A second statement of the same speaker inside the content tokens `ct0..ct1`: "…, adding
    /// that …", "… and said …", "refused to comment but said …", "… and called himself …"
    /// (an object cue in the main cue's form), and (round 17a) a cue after an auxiliary, a
    /// negation or an adverb ("… but did not recommend …", "… and has repeatedly described him
    /// as …"). `main` is the first token of the statement's cue. Returns the last token of the
    /// first content, the second cue's first token and length, and the second content's first
    /// token.
    #[inline(always)]
    fn coordinated_second(
        &self,
        ct0: usize,
        ct1: usize,
        main: Option<usize>,
        quoted: &[bool],
    ) -> Option<(usize, usize, usize, usize)> {
        let q = |j: usize| quoted.get(j).copied().unwrap_or(false);
        let mut j = ct0 + 1;
        while j + 2 < ct1 {
            // (Only a comma, a dash, "and", "but" or "while" starts one: one byte test first.)
            if !matches!(self.low(j).as_bytes().first(), Some(b',' | b'-' | 0xE2 | b'a' | b'b' | b'w')) {
                j += 1;
                continue;
            }
            // "…, adding …" or a coordinated speech verb: "refused to comment but said …".
            // (Round 17a: also after a dash, "… — saying the campaign chose not to …".)
            let participle =
                (self.text(j) == "," || matches!(self.text(j), "—" | "–" | "-" | "--")) && self.low(j + 1).ends_with("ing");
            // "…, while (also) suggesting that …": a participle after "while" is the same
            // speaker's second statement.
            let while_ing = self.low(j) == "while"
                && (self.low(j + 1).ends_with("ing") || self.low(j + 1) == "also" && self.low(j + 2).ends_with("ing"));
            let participle = participle || while_ing;
            let coordinated = matches!(self.low(j), "but" | "and");
            if !(participle || coordinated) {
                j += 1;
                continue;
            }
            // "and also said", "but later called".
            let v = if (coordinated || while_ing) && matches!(self.low(j + 1), "also" | "then" | "later" | "again") {
                j + 2
            } else {
                j + 1
            };
            // "… and called himself pro-choice": an object cue coordinated by "and", in the
            // main cue's form (not "has said they would expand … and push for …", whose "push"
            // belongs to the inner clause).
            let and_object = self.low(j) == "and" && main.is_some_and(|m| self.verb_form(m) == self.verb_form(j + 1));
            let classes = |c: CueClass| {
                c == CueClass::Verb
                    || (participle || self.low(j) == "but") && matches!(c, CueClass::Object | CueClass::Thought)
                    || and_object && c == CueClass::Object
            };
            let found = (!q(v))
                .then(|| self.cue_at(v, classes))
                .flatten()
                .filter(|(cue, _)| {
                    coordinated && self.low(j) == "but"
                        || participle
                        || cue.class == CueClass::Verb
                        || and_object && cue.class == CueClass::Object
                })
                .map(|(_, len)| (v, len))
                // (Session 13: "… and continued to attack others" is no second statement.)
                .filter(|&(v, len)| !self.continue_to(v, v + len))
                .or_else(|| if coordinated && !participle { self.coordinated_after_aux(j, ct1, main, quoted) } else { None });
            if let Some((v, len)) = found {
                let e = if self.text(j - 1) == "," { j.saturating_sub(2) } else { j - 1 };
                let mut c = v + len;
                // "… but told The Huffington Post on Monday that …": past the addressee.
                if matches!(self.low(v), "told" | "tells" | "telling") {
                    if let Some(t) = (c..(c + 8).min(ct1)).find(|&t| self.low(t) == "that" && !q(t)) {
                        c = t;
                    }
                }
                if c < ct1 && self.low(c) == "that" {
                    c += 1;
                }
                if c + 2 < ct1 && e >= ct0 {
                    return Some((e, v, len, c));
                }
            }
            j += 1;
        }
        None
    }

    /// Round 17a: a cue after "and"/"but" at `j` and up to four auxiliaries, negations or
    /// adverbs ("but did not recommend", "and has repeatedly characterized", "and even
    /// questioned"). After "and" the first auxiliary agrees in tense with the main cue at
    /// `main` ("said … and has pledged" may be an inner clause's verb; "says … and has
    /// championed" is the speaker's), and the cue is a speech or object verb.
    fn coordinated_after_aux(&self, j: usize, ct1: usize, main: Option<usize>, quoted: &[bool]) -> Option<(usize, usize)> {
        let skippable = |t: usize| {
            self.is_word(t) && !self.is_cap(t) && (self.has(t, word::AUX) || self.low(t).ends_with("ly") || self.low(t) == "now")
        };
        let mut v = j + 1;
        while v < ct1 && v < j + 5 && skippable(v) {
            v += 1;
        }
        if v == j + 1 || v >= ct1 || quoted.get(v).copied().unwrap_or(false) {
            return None;
        }
        // After a speech or thought cue the content is a clause with a verb of its own: without a
        // comma the coordinated verb continues that clause ("PBS revealed that the prince
        // accepted responsibility but did not say he ordered it": the prince did not say).
        let comma = self.text(j - 1) == "," || j > 1 && self.kind(j - 1) == TokenKind::Quote && self.text(j - 2) == ",";
        if !comma && main.is_some_and(|m| self.cue_at(m, |c| matches!(c, CueClass::Verb | CueClass::Thought)).is_some()) {
            return None;
        }
        let but = self.low(j) == "but";
        // A verb among the skipped words ("did not", "has repeatedly"); with only adverbs ("but
        // now", "and even") the cue itself must be finite, so that "supporting but not
        // endorsing" and "… but just want to …" (an inner clause's verb) are not read.
        let aux = (j + 1..v).any(|t| self.aux_tense(t) != 0 || matches!(self.low(t), "be" | "been" | "being"));
        if !aux && !matches!(self.verb_form(v), 1 | 2) {
            return None;
        }
        // ("… and is asked to comment …": a passive.)
        if matches!(self.low(v - 1), "is" | "are" | "was" | "were" | "be" | "been" | "being") {
            return None;
        }
        if !but || aux {
            let m = main?;
            // (The main cue's own auxiliary: "has said … and has …".)
            let tense = |i: usize| match self.aux_tense(i) {
                0 => match self.verb_form(i) {
                    2 => 1,
                    1 => 2,
                    0 => 4,
                    _ => 0,
                },
                t => t,
            };
            // (The first auxiliary after the conjunction, or the cue itself: "and even questioned".)
            let own = (j + 1..v).map(|t| self.aux_tense(t)).find(|&t| t != 0).unwrap_or_else(|| tense(v));
            // (An auxiliary before the main cue: "has called for … and has expressed …".)
            let main = if m > 0 && self.aux_tense(m - 1) != 0 { self.aux_tense(m - 1) } else { tense(m) };
            if main & own == 0 {
                return None;
            }
        }
        if but && (j.saturating_sub(12)..j).any(|t| self.low(t) == "only" && t > 0 && self.low(t - 1) == "not") {
            // ("is not only trying … but has also sought …": one statement.)
            return None;
        }
        let (_, len) =
            self.cue_at(v, |c| c == CueClass::Verb || c == CueClass::Object || but && aux && c == CueClass::Thought)?;
        Some((v, len))
    }

    /// Round 17a: the subject of an object relative clause opened by "which", "who" or "whom"
    /// at `r` ("which the probe said …", "which French President X blamed for …", "who he
    /// blasted as …", "whom she described as …"): a personal pronoun, or a noun phrase opened
    /// by a determiner or a capital, ending at a cue (past auxiliaries). Returns the subject
    /// and the token after it.
    fn relative_object_subject(&self, r: usize, ct1: usize, quoted: &[bool]) -> Option<(Np, usize)> {
        if !matches!(self.low(r), "which" | "who" | "whom") {
            return None;
        }
        let s = r + 1;
        if s + 2 >= ct1 {
            return None;
        }
        if matches!(self.low(s), "he" | "she" | "they" | "we" | "i") {
            // ("which he …" is read as before.)
            return (self.low(r) != "which").then_some((Np { start: s, end: s + 1, appositive: None }, s + 1));
        }
        if !(self.has(s, word::DETERMINERS) || self.is_cap(s)) || self.has(s, word::AUX) {
            return None;
        }
        for v in s + 1..(s + 8).min(ct1) {
            if !self.is_word(v) || quoted.get(v).copied().unwrap_or(false) {
                return None;
            }
            if self.is_cap(v) {
                continue;
            }
            let mut w = v;
            while w < ct1 && self.has(w, word::AUX) {
                w += 1;
            }
            if self.cue_at(w, |c| matches!(c, CueClass::Verb | CueClass::Object | CueClass::Thought)).is_some() {
                let np = self.np_right(s, v).filter(|np| np.end == v)?;
                return Some((np, v));
            }
            if w > v {
                return None;
            }
        }
        None
    }

    /// Round 17a: the end of a content `ct0..ct1` at a closing parenthesis opened before it
    /// ("(Trump said he would consider it.)"), past the punctuation before the parenthesis; none
    /// when the content's parentheses are balanced or it would be left empty.
    fn closing_paren_end(&self, ct0: usize, ct1: usize) -> Option<usize> {
        let mut depth = 0usize;
        for j in ct0..ct1 {
            match self.text(j) {
                "(" => depth += 1,
                ")" if depth == 0 => {
                    let mut e = j;
                    while e > ct0 && (is_terminal(self.text(e - 1)) || self.text(e - 1) == ",") {
                        e -= 1;
                    }
                    return (e > ct0).then_some(e);
                }
                ")" => depth -= 1,
                _ => {}
            }
        }
        None
    }

    /// The tenses a finite auxiliary at `i` may have, as bits: 1 past, 2 third person present, 4
    /// plain present (0 for any other word).
    fn aux_tense(&self, i: usize) -> u8 {
        match self.low(i) {
            "had" | "did" | "was" | "were" | "would" | "could" | "might" | "should" => 1,
            "has" | "does" | "is" => 2,
            "have" | "do" | "are" => 4,
            "will" | "can" | "may" | "must" => 6,
            _ => 0,
        }
    }

    /// Session 12 (hand check): a negated "do" as one token ("don't", "didn't", "doesn't", with
    /// either apostrophe) between a subject and its cue: "I don't think …", "They really didn't
    /// expect …". It is no part of the subject (the speaker was "I don't").
    fn negated_do(&self, i: usize) -> bool {
        let l = self.low(i);
        let stem = l.strip_suffix("n't").or_else(|| l.strip_suffix("n’t"));
        matches!(stem, Some("do" | "does" | "did")) && self.is_word(i)
    }

    /// Session 12 (hand check): a reported content that opens with a coordinating conjunction
    /// and a new subject right after a word cue (a comma between them at most) is a clause of its
    /// own, not what was said: "Nobody asked and nobody wants to", "two members opposed, and one
    /// supported". (A second verb after the conjunction may share the object: "endorsed and has
    /// raised money for Ruiz" is kept.)
    fn conjunction_content(&self, ct0: usize, cue: Option<Span>) -> bool {
        let Some(cue) = cue else { return false };
        if !matches!(self.low(ct0), "and" | "or" | "but" | "nor") || ct0 + 1 >= self.n() {
            return false;
        }
        let after = self.token_after(cue.end);
        if !(ct0 == after || ct0 == after + 1 && self.text(after) == ",") || !self.is_word(after.saturating_sub(1)) {
            return false;
        }
        let j = ct0 + 1;
        self.is_pronoun(j)
            || self.is_cap(j)
            || self.has(j, word::DETERMINERS)
            || QUANTIFIERS.contains(&self.low(j))
            || matches!(
                self.low(j),
                "nobody"
                    | "no"
                    | "none"
                    | "everyone"
                    | "everybody"
                    | "someone"
                    | "somebody"
                    | "nothing"
                    | "when"
                    | "if"
                    | "while"
            )
    }

    /// Session 13: the one-word cue at `k` is a plural noun that is the object of the past tense
    /// before it ("Twitter disallowed comments and likes", "the ministry rejected claims of …"),
    /// not a verb with the words before it as its subject.
    fn object_of_past_tense(&self, k: usize, len: usize, lo: usize) -> bool {
        len == 1 && k > lo && self.plural_noun_cue(k) && self.past_tense_before(k)
    }

    /// Session 13: "continued to attack others": "continue" before "to" and a verb that is no
    /// cue is an aspect verb, not the speech verb of "he continued, …" ("continued to question
    /// whether …" stays a statement).
    fn continue_to(&self, k: usize, after: usize) -> bool {
        if !(matches!(self.low(k), "continue" | "continues" | "continued" | "continuing")
            && after == k + 1
            && self.low(after) == "to")
        {
            return false;
        }
        // (The cue list holds inflected forms: "question" is a cue as "questioned" is.)
        let next = self.low(after + 1);
        let cue = |w: &str| {
            self.cues.starting_with(w).any(|c| matches!(c.class, CueClass::Verb | CueClass::Object | CueClass::Thought))
        };
        !(cue(next) || ["s", "es", "d", "ed"].iter().any(|suffix| cue(&format!("{next}{suffix}"))))
    }

    /// Session 13: a cue word that is also a plural noun ("comments", "claims", "reports", …).
    fn plural_noun_cue(&self, k: usize) -> bool {
        matches!(
            self.low(k),
            "comments"
                | "claims"
                | "reports"
                | "calls"
                | "plans"
                | "promises"
                | "demands"
                | "requests"
                | "questions"
                | "accounts"
                | "pledges"
                | "vows"
                | "threats"
                | "warnings"
                | "remarks"
                | "statements"
        )
    }

    /// Session 13: the token before `k` is a lower-case past tense ("disallowed", "rejected"),
    /// not after a determiner ("the alleged claims" is read by the noun rules). ("The tribe has
    /// plans to …" stays a statement of intent.)
    fn past_tense_before(&self, k: usize) -> bool {
        let w = self.low(k - 1);
        w.len() > 4
            && w.ends_with("ed")
            && !self.is_cap(k - 1)
            && !self.has(k - 1, word::AUX)
            && !(k >= 2 && self.has(k - 2, word::DETERMINERS))
    }

    /// Session 12 (hand check): the token after `i` ends its sentence (a final punctuation mark,
    /// or `i` is the sentence's last token): a quotation closed before the full stop (`… in
    /// "early spring".`) belongs to the content, closing mark included.
    fn ends_sentence_after(&self, i: usize) -> bool {
        i + 1 >= self.n() || self.sent(i + 1) != self.sent(i) || is_terminal(self.text(i + 1))
    }

    /// Session 12 (hand check): a source phrase with a participle and its agent ("a statement
    /// released by the ministry", "a poll published by the Ledger") runs through the agent; it
    /// ended at the participle ("a statement released").
    fn with_agent(&self, np: Np, hi: usize) -> Np {
        let e = np.end;
        if e + 1 >= hi || e <= np.start + 1 || self.low(e) != "by" || self.is_cap(e - 1) {
            return np;
        }
        let l = self.low(e - 1);
        if !(l.ends_with("ed") || matches!(l, "written" | "taken" | "drawn" | "given" | "made" | "run" | "put out")) {
            return np;
        }
        // (Session 13: an agent with a possessive determiner, "released by her family", as one
        // with an article.)
        let agent = self.np_right(e + 1, hi).or_else(|| {
            let words = (e + 2..hi).take_while(|&j| self.is_word(j) && !self.has(j, word::NP_STOP)).count();
            (e + 2 < hi && is_possessive_determiner(self.text(e + 1)) && (1..=3).contains(&words)).then_some(Np {
                start: e + 1,
                end: e + 2 + words,
                appositive: None,
            })
        });
        match agent {
            Some(agent) if self.is_word(agent.start) => Np { start: np.start, end: agent.end, appositive: agent.appositive },
            _ => np,
        }
    }
}

/// One-word names of US states, the second half of a "City, State" pair.
const US_STATES: &[&str] = &[
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "Wisconsin",
    "Wyoming",
];

/// Round 16c: a name without the words an upstream stage may have taken with it from the
/// sentence: a leading preposition or opener ("Regarding Ashodaya" → "Ashodaya", "Following
/// Marrero"), and descriptive words before a capitalised name: a word starting in lower case or
/// with a lower-case part after a hyphen ("Tanzanian-born ex-Muslim Zara Kay" → "Zara Kay").
/// The last word always stays.
/// "his", "her", "its", "their", "my", "our", "your" (any case).
fn is_possessive_determiner(w: &str) -> bool {
    ["his", "her", "its", "their", "my", "our", "your"].iter().any(|p| w.eq_ignore_ascii_case(p))
}

fn tidy_name(name: &str) -> &str {
    let mut rest = name;
    loop {
        let Some((first, tail)) = rest.split_once(' ') else { return rest };
        // (No allocation: the word lower-cased in a small buffer and matched as bytes.)
        let mut buf = [0u8; 10];
        let opener = first.len() <= buf.len() && {
            let b = &mut buf[..first.len()];
            b.copy_from_slice(first.as_bytes());
            b.make_ascii_lowercase();
            matches!(
                &*b,
                b"regarding"
                    | b"following"
                    | b"according"
                    | b"concerning"
                    | b"despite"
                    | b"after"
                    | b"before"
                    | b"writing"
                    | b"speaking"
                    | b"asked"
                    | b"unlike"
                    | b"amid"
                    | b"among"
                    | b"during"
                    | b"with"
                    | b"without"
                    | b"for"
                    | b"by"
                    | b"from"
                    | b"in"
                    | b"on"
                    | b"at"
                    | b"as"
                    | b"when"
                    | b"while"
                    | b"though"
                    | b"although"
                    | b"if"
            )
        };
        // ("Man-kei Tam" is a name: only listed words after a hyphen describe.)
        let descriptive = first.starts_with(|c: char| c.is_lowercase())
            || first.bytes().any(|c| c == b'-')
                && first.split('-').skip(1).any(|part| {
                    matches!(
                        part,
                        "born"
                            | "based"
                            | "led"
                            | "backed"
                            | "owned"
                            | "run"
                            | "old"
                            | "author"
                            | "developer"
                            | "founder"
                            | "creator"
                            | "director"
                            | "chair"
                            | "chairman"
                            | "host"
                            | "leader"
                            | "star"
                            | "writer"
                    )
                });
        let tail = tail.trim_start();
        // (Only while a capitalised word follows: the name itself.)
        if (opener || descriptive) && tail.split(' ').any(|w| w.starts_with(|c: char| c.is_uppercase())) {
            rest = tail;
        } else {
            return rest;
        }
    }
}

fn push_source(out: &mut Vec<CitedSource>, name: &str, kind: SourceKind) {
    let name = name.trim();
    if name.is_empty() || lead19::pronoun_name(name) || out.iter().any(|s| s.name == name) {
        return;
    }
    out.push(CitedSource { name: name.to_string(), kind });
}

/// Does the quoted content look like a quotation rather than a scare quote, title or nickname?
fn quotation_like(ctx: &Ctx, p: &Pair) -> bool {
    let content = p.content.slice(ctx.body);
    if p.words >= 6 {
        // Long Title Case without a verb-like lower-case word is a title ("The Art of the Deal").
        return !title_case(content);
    }
    let starts_upper = content.chars().next().is_some_and(char::is_uppercase);
    let ends_terminal = content.ends_with(['.', '!', '?', '…']);
    let opens_sentence =
        p.open == 0 || ctx.sent(p.open) != ctx.sent(p.open.wrapping_sub(1)) || matches!(ctx.text(p.open - 1), ":");
    p.words >= 3 && starts_upper && (ends_terminal || opens_sentence) && !title_case(content)
}

fn title_case(s: &str) -> bool {
    if s.ends_with(['.', '!', '?']) {
        return false;
    }
    let small = ["of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with", "by", "or"];
    let mut words = 0;
    for w in s.split_whitespace() {
        if !(small.contains(&w) || w.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())) {
            return false;
        }
        words += 1;
    }
    words >= 2
}

/// Speaker, cue and sources shared by the parts of a split or follow-on quotation.
type Attribution = (Option<Speaker>, Option<TextSpan>, Vec<CitedSource>);

/// A copy of the speaker, cue and sources of quote `i` (the attribution it was given), so the
/// pair loop keeps an index to the quote instead of its own copies of them.
fn attribution_of(quotes: &[(usize, Quote)], i: usize) -> Attribution {
    quotes.get(i).map_or((None, None, Vec::new()), |(_, q)| (q.speaker.clone(), q.cue.clone(), q.sources.clone()))
}

/// Runs extraction on one document. Returns the quotes and the article-level sources.
pub fn extract(
    doc: &Document,
    cues: &Cues,
    index: &TokenIndex,
    sources: &Sources,
    actors: &[ActorMention],
) -> (Vec<Quote>, Vec<CitedSource>) {
    let lowbuf = Ctx::lower_case(doc);
    let mut low_extra = String::new();
    let ctx = Ctx::new(doc, &lowbuf, &mut low_extra, cues, index, sources, actors);
    let n = ctx.n();
    let mut used = vec![false; n];
    let pairs = ctx.pairs();
    // (Sized for the quotations and a statement in every fourth sentence: growing a vector of
    // quotes copies them all.)
    let mut quotes: Vec<(usize, Quote)> = Vec::with_capacity(pairs.len() + doc.sentences.len() / 4 + 4); // (first token, quote)
    let mut article_sources: Vec<CitedSource> = Vec::new();
    let mut last_named: Option<(Cow<'_, str>, Option<usize>)> = None;
    // The previous attributed direct quote: (paragraph, its index in `quotes`), whose speaker,
    // cue and sources a follow-on quote takes.
    let mut prev: Option<(usize, usize)> = None;
    // A split quote's first half (index in `quotes`), whose attribution the second half takes.
    let mut carry: Option<usize> = None;
    let first_para_end = doc.paragraphs.first().map_or(0, |p| p.end);
    // Named speakers and people-like names seen so far, for pronouns: collect capitalised runs lazily.
    let mut name_scan = 0usize;

    // Interview transcripts: lines opened by a speaker label ("WALLACE: …", "JOEL BENENSON: …").
    let mut lines = ctx.transcript_lines();
    // (Session 15: Wikinews' "((Name)) …" turns.)
    if lines.is_empty() {
        let asked;
        (lines, asked) = ctx.interview_lines();
        for (a, b) in asked {
            mark(&mut used, a, b);
        }
    }
    // The lines' token ranges, from the opening mark before a label.
    let transcript: Vec<(usize, usize)> = lines
        .iter()
        .map(|&(l, _, e)| (if l.0 > 0 && ctx.kind(l.0 - 1) == TokenKind::Quote { l.0 - 1 } else { l.0 }, e))
        .collect();
    for &(label, colon, end) in &lines {
        let (c0, c1) = (colon + 1, end);
        let content = ctx.span(c0, c1);
        let np = Np { start: label.0, end: label.1, appositive: None };
        let speaker = Some(ctx.speaker(&np, &None));
        mark(&mut used, label.0, end);
        quotes.push((
            c0,
            Quote {
                text: content.slice(ctx.body).to_string(),
                start: content.start,
                end: content.end,
                kind: QuoteKind::Direct,
                speaker,
                cue: Some(TextSpan::from_span(ctx.body, ctx.span(colon, colon + 1))),
                sources: Vec::new(),
            },
        ));
    }

    // Quotations before this token are inside a statement already read ("…, adding that …").
    let mut skip_to = 0usize;
    let mut pi = 0;
    while pi < pairs.len() {
        let p = pairs[pi].clone();
        pi += 1;
        if p.open < skip_to || transcript.iter().any(|&(a, b)| a <= p.open && p.open < b) {
            // A split quote's second half read inside a participle's statement ("…," X told Y,
            // noting that he and his wife, "…"): the next quotation is no second half.
            if p.open < skip_to {
                carry = None;
            }
            continue;
        }
        let para = ctx.para(p.open);
        // Update the last named person from capitalised two-word names before this quote.
        update_names(&ctx, &mut name_scan, p.open, &mut last_named);
        // `Name: "…"` opening a paragraph (or the headline).
        let headline = ctx.doc.tokens[p.open].start < first_para_end
            || p.open >= 2 && ctx.text(p.open - 1) == ":" && {
                let para_start = ctx.doc.paragraphs.get(ctx.para(p.open)).map_or(0, |s| s.start);
                ctx.token_after(para_start) + 5 >= p.open
            };
        let split = carry.take();
        let (frame, kind) = if let Some(first) = split {
            // Second half of a split quote: same speaker and cue.
            let (sp, cue, srcs) = attribution_of(&quotes, first);
            let q = Quote {
                text: p.content.slice(ctx.body).to_string(),
                start: p.content.start,
                end: p.content.end,
                kind: QuoteKind::Direct,
                speaker: sp,
                cue,
                sources: srcs,
            };
            mark(&mut used, p.open, p.close + 1);
            quotes.push((p.open, q));
            prev = Some((para, quotes.len() - 1));
            continue;
        } else {
            let mut after = ctx.frame_after(&p);
            // Session 17: `A said, "…." B said, "…"`: the frame after opens the next quotation.
            if after.as_ref().is_some_and(|f| ctx.frame_opens_next(&p, f, pairs.get(pi), headline)) {
                after = None;
            }
            let s0 = ctx.doc.sentences.get(ctx.sent(p.open)).map_or(p.open, |s| s.token_start);
            // Words before the opening mark in its sentence: a frame after the quotation frames
            // the whole sentence ("Trump plans to … "capital investment," Carson said"), which
            // is reported speech with a quoted fragment, left to the reported-speech pass.
            let inside = (s0..p.open).filter(|&j| ctx.is_word(j)).count() >= 3
                && !matches!(ctx.text(p.open - 1), ":" | ",")
                && !(s0..p.open).any(|j| {
                    // ("to chants of "…"": a cue word before "of" is a noun.)
                    used[j] || ctx.cue_at(j, |c| c == CueClass::Verb).is_some() && ctx.low(j + 1) != "of"
                });
            let signed =
                after.as_ref().is_some_and(|f| f.cue.is_some_and(|c| ctx.kind(ctx.token_after(c.start)) == TokenKind::Dash));
            if after.is_some() && inside && !signed {
                continue;
            }
            let before = if after.is_none() { ctx.frame_before(&p, headline) } else { None };
            match (after, before) {
                (Some(f), _) => (Some(f), QuoteKind::Direct),
                (None, Some(f)) => {
                    let obj = f.cue.as_ref().and_then(|c| {
                        let k = ctx.token_after(c.start);
                        ctx.cue_at(k, |x| x == CueClass::Object)
                    });
                    let partial = obj.is_some() && !quotation_like(&ctx, &p);
                    // "Clinton said she opposes "accounting gimmicks"": the object cue is inside
                    // the content of a speech verb before it; the reported-speech pass reads it.
                    // (Round 16a: a speech verb between the frame's own subject and its participle
                    // cue is the subject's first statement, not an outer one: "Vega praised the
                    // mayor, calling the plan "a fine start"".)
                    let outer_end = match (&f.speaker, f.cue) {
                        (Some(np), Some(c)) if ctx.participle_after_comma(ctx.token_after(c.start)) => np.start.min(f.region.0),
                        _ => f.region.0,
                    };
                    let nested = partial
                        && (s0..outer_end)
                            .any(|j| !used[j] && ctx.cue_at(j, |c| c == CueClass::Verb).is_some() && !ctx.is_cap(j));
                    if nested {
                        continue;
                    }
                    // Session 18: a quoted name after "called" ("a song called "Day after Day"").
                    if obj.is_some() && f.cue.is_some_and(|c| ctx.naming_called(ctx.token_after(c.start), s0, p.close)) {
                        continue;
                    }
                    if partial && p.words < 2 {
                        (None, QuoteKind::Partial)
                    } else {
                        (Some(f), if partial { QuoteKind::Partial } else { QuoteKind::Direct })
                    }
                }
                _ => (None, QuoteKind::Direct),
            }
        };
        if let Some(f) = frame {
            let speaker = f.speaker.as_ref().map(|np| ctx.speaker(np, &last_named));
            if let Some(sp) = &speaker {
                if sp.name.is_some() && !ctx.is_pronoun(ctx.token_after(sp.start)) {
                    last_named = Some((Cow::Owned(sp.name.clone().unwrap_or_default()), sp.actor));
                }
            }
            let cue = f.cue.map(|c| TextSpan::from_span(ctx.body, c));
            let mut srcs = Vec::new();
            ctx.frame_sources(&f, &mut srcs);
            if let Some(np) = &f.speaker {
                let at_start = ctx.outlet_at(np.start, np.end);
                if let Some((l, kind)) = at_start.or_else(|| ctx.outlet_at(np.end.saturating_sub(1), np.end)) {
                    let s0 = if at_start.is_some() { np.start } else { np.end - 1 };
                    push_source(&mut srcs, ctx.span(s0, s0 + l).slice(ctx.body), kind);
                }
            }
            mark(&mut used, p.open, p.close + 1);
            mark(&mut used, f.region.0, f.region.1);
            // Split quote: the frame is followed by ", "…"".
            let fe = f.region.1;
            let split_here = fe < n
                && ctx.kind(fe) == TokenKind::Quote
                && pairs.get(pi).is_some_and(|q| q.open == fe)
                && fe > 0
                && ctx.text(fe - 1) == ",";
            let split_after_comma = fe + 1 < n && ctx.text(fe) == "," && pairs.get(pi).is_some_and(|q| q.open == fe + 1);
            let q = Quote {
                text: p.content.slice(ctx.body).to_string(),
                start: p.content.start,
                end: p.content.end,
                kind,
                speaker,
                cue,
                sources: srcs,
            };
            quotes.push((p.open, q));
            let main = quotes.len() - 1;
            if split_here || split_after_comma {
                carry = Some(main);
            }
            // `"…," the mayor said, adding that …`: the participle's clause is a second
            // statement by the same speaker, with the participle as its cue.
            if let Some((cue2, c2, e2)) = ctx.participle_statement(&f) {
                let inner = pairs.iter().any(|q| c2.contains(q.content) && q.words >= 2);
                skip_to = skip_to.max(e2);
                mark(&mut used, p.close + 1, e2);
                let (speaker, srcs) =
                    quotes.get(main).map_or((None, Vec::new()), |(_, q)| (q.speaker.clone(), q.sources.clone()));
                quotes.push((ctx.token_after(c2.start), second_statement(ctx.body, c2, cue2, inner, speaker, srcs)));
            }
            // `X called it "a disgrace," but said …`: a coordinated speech verb after a
            // quotation framed before it.
            let coordinated = if f.region.1 == p.open { ctx.coordinated_after_quote(&p) } else { None };
            if let Some((cue2, c2, e2, pronoun, source)) = coordinated {
                let inner = pairs.iter().any(|q| c2.contains(q.content) && q.words >= 2);
                skip_to = skip_to.max(e2);
                mark(&mut used, p.close + 1, e2);
                let (speaker, mut srcs) = match pronoun {
                    Some(t) => (Some(ctx.speaker(&Np { start: t, end: t + 1, appositive: None }, &last_named)), Vec::new()),
                    None => quotes.get(main).map_or((None, Vec::new()), |(_, q)| (q.speaker.clone(), q.sources.clone())),
                };
                if let Some(np) = source {
                    let kind = ctx.outlet_at(np.start, np.end).map_or(SourceKind::Official, |(_, k)| k);
                    push_source(&mut srcs, ctx.span(np.start, np.end).slice(ctx.body), kind);
                }
                quotes.push((ctx.token_after(c2.start), second_statement(ctx.body, c2, cue2, inner, speaker, srcs)));
            }
            if let Some((cue2, c2, who)) = ctx.relative_after_frame(&f) {
                let np = Np { start: who, end: who + 1, appositive: None };
                quotes.push((
                    ctx.token_after(c2.start),
                    Quote {
                        text: c2.slice(ctx.body).to_string(),
                        start: c2.start,
                        end: c2.end,
                        kind: QuoteKind::Indirect,
                        speaker: Some(ctx.speaker(&np, &last_named)),
                        cue: Some(TextSpan::from_span(ctx.body, cue2)),
                        sources: Vec::new(),
                    },
                ));
            }
            prev = Some((para, main));
            continue;
        }
        if kind == QuoteKind::Partial {
            continue;
        }
        // No frame: a follow-on quote, a quote with no speaker, or not a quotation at all.
        if !quotation_like(&ctx, &p) && !p.multi_para {
            continue;
        }
        let whole_sentence = p.open == 0 || ctx.sent(p.open) != ctx.sent(p.open - 1) || ctx.para(p.open) != ctx.para(p.open - 1);
        if !whole_sentence {
            continue;
        }
        let follow = prev
            .filter(|&(pp, _)| para <= pp + 1 && para >= pp)
            .filter(|&(_, i)| quotes.get(i).is_none_or(|(_, q)| !line_between(ctx.body, q.end, ctx.doc.tokens[p.open].start)));
        let (speaker, cue, srcs) = match follow {
            Some((_, i)) => attribution_of(&quotes, i),
            None => (None, None, Vec::new()),
        };
        let has_speaker = speaker.is_some();
        mark(&mut used, p.open, p.close + 1);
        let q = Quote {
            text: p.content.slice(ctx.body).to_string(),
            start: p.content.start,
            end: p.content.end,
            kind: QuoteKind::Direct,
            speaker,
            cue,
            sources: srcs,
        };
        quotes.push((p.open, q));
        if has_speaker {
            prev = Some((para, quotes.len() - 1));
        }
    }

    // Questions put to someone: "when asked whether …", "Asked by Matt Lauer about …, she said".
    // (The "asked" tokens were listed in one pass.)
    for &k in &ctx.asked_at {
        // The frame of a direct quotation runs to the end of its sentence, so `used` is not
        // checked here: only whether "asked" is inside quotation marks.
        if pairs.iter().any(|p| p.open < k && k < p.close) {
            continue;
        }
        let starts = k == 0 || ctx.sent(k - 1) != ctx.sent(k);
        if !(starts || matches!(ctx.low(k.wrapping_sub(1)), "when" | "while" | "after" | "being" | "," | "if")) {
            continue;
        }
        if let Some((content, by)) = ctx.question_put(k) {
            let c0 = ctx.token_after(content.start);
            let c1 = ctx.token_after(content.end);
            let speaker = by.map(|np| ctx.speaker(&np, &None));
            let kind = if pairs.iter().any(|p| content.contains(p.content) && p.words >= 2) {
                QuoteKind::Mixed
            } else {
                QuoteKind::Indirect
            };
            quotes.push((
                c0,
                Quote {
                    text: content.slice(ctx.body).to_string(),
                    start: content.start,
                    end: content.end,
                    kind,
                    speaker,
                    cue: Some(TextSpan::from_span(ctx.body, ctx.span(k, k + 1))),
                    sources: Vec::new(),
                },
            ));
            mark(&mut used, k, c1);
        }
    }

    // Reported speech, sentence by sentence.
    let mut name_scan = 0usize;
    let mut last_named: Option<(Cow<'_, str>, Option<usize>)> = None;
    let mut quoted = vec![false; n];
    for p in pairs.iter().filter(|p| p.words >= 3) {
        mark(&mut quoted, p.open, p.close + 1);
    }
    // (With the actors stage's person mentions in text order, the `update_names` calls of the
    // sentences are only listed here, and made at once by `update_names_to` where a statement
    // needs the last name: most sentences have none.)
    let defer_names = ctx.has_person && ctx.actors_sorted;
    let mut name_uptos: Vec<usize> = Vec::new();
    for si in 0..doc.sentences.len() {
        let s = &doc.sentences[si];
        let (lo, hi) = (s.token_start.min(n), s.token_end.min(n));
        if lo >= hi {
            continue;
        }
        if defer_names {
            name_uptos.push(lo);
        } else {
            update_names(&ctx, &mut name_scan, lo, &mut last_named);
        }
        if !ctx.may_report(si) {
            continue;
        }
        // Skip sentences that are mostly direct quotation.
        // (a quotation closing the sentence leaves its opening to reported speech: "Carson said he
        // saw no need to change anything, telling Stephanopoulos that "…"").
        let (s_used, s_toks) = (used.get(lo..hi).unwrap_or(&[]), doc.tokens.get(lo..hi).unwrap_or(&[]));
        // (Counted in bytes, 255 flags at a time: one vector add for many flags.)
        let used_count: usize = s_used.chunks(255).map(|c| usize::from(c.iter().fold(0u8, |a, &u| a + u8::from(u)))).sum();
        let mostly_quoted = used_count * 2 > hi - lo;
        // (The words before the first used token are counted only when they matter.)
        let open_words = || {
            s_used
                .iter()
                .zip(s_toks)
                .take_while(|(&u, _)| !u)
                .filter(|(_, t)| matches!(t.kind, TokenKind::Word | TokenKind::Number))
                .count()
        };
        if mostly_quoted && open_words() < 6 {
            continue;
        }
        let mut from = lo;
        while let Some((content, frame, class)) = ctx.reported(si, from, &used, &quoted) {
            update_names_to(&ctx, &mut name_scan, &name_uptos, &mut last_named);
            name_uptos.clear();
            let ct0 = ctx.token_after_in(content.start, lo, hi);
            let mut ct1 = ctx.token_after_in(content.end, lo, hi);
            // (The content's first bounds and their tokens, looked up again below only if moved.)
            let first_bounds = (content, ct0, ct1);
            let mut content = content;
            // Session 16: "said at a rally in Ohio on Monday that …" (`recall16.rs`).
            let ct0 = match (class == CueClass::Verb && frame.region.1 <= ct0 && ct0 <= frame.region.1 + 1)
                .then(|| ctx.adjunct_before_that(ct0, ct1, &quoted))
                .flatten()
            {
                Some(t) => {
                    content = Span::new(ctx.doc.tokens[t].start, content.end);
                    t
                }
                None => ct0,
            };
            // In a sentence that is mostly a quotation, the statement ends where the quotation
            // starts (the quotation has its own attribution).
            if mostly_quoted {
                if let Some(u) = (ct0..ct1).find(|&j| used[j]) {
                    let mut e = u;
                    while e > ct0 && !ctx.is_word(e - 1) {
                        e -= 1;
                    }
                    if e < ct0 + 3 {
                        break;
                    }
                    content = Span::new(content.start, ctx.doc.tokens[e - 1].end);
                    ct1 = e;
                }
            }
            // Round 16a: the content ends before a quotation's frame that starts inside it ("Carson
            // endorsed Trump at …, calling him "…"": the frame is ", calling").
            // (Only in a sentence with a quotation's frame in it.)
            if let Some(u) = (used_count > 0).then(|| ctx.frame_inside(ct0, ct1, &used)).flatten() {
                content = Span::new(content.start, ctx.doc.tokens[u - 1].end);
                ct1 = u;
            }
            // Round 17a: a statement inside parentheses ends at the closing one ("(Trump said he
            // would consider it.)").
            // (A byte search first: most contents have no parenthesis.)
            // (`memchr`: ")" is one byte, never inside another character's bytes.)
            if let Some(e) =
                memchr::memchr(b')', content.slice(ctx.body).as_bytes()).and_then(|_| ctx.closing_paren_end(ct0, ct1))
            {
                content = Span::new(content.start, ctx.doc.tokens[e - 1].end);
                ct1 = e;
            }
            // A later clause with its own speaker and cue ends this content: "X said A, but Y said B."
            let mut next_from = None;
            // A statement inside a subordinate clause opening the sentence ends with that clause:
            // "Though she never mentioned Ruiz by name, Vega cast her rival as …".
            if matches!(
                ctx.low(lo),
                "though" | "although" | "while" | "when" | "if" | "because" | "after" | "before" | "since" | "whereas" | "once"
            ) && frame.region.0 > lo
                && !(lo..frame.region.0).any(|j| matches!(ctx.text(j), "," | ";"))
            {
                if let Some(j) = (ct0 + 1..ct1).find(|&j| ctx.text(j) == "," && !quoted.get(j).copied().unwrap_or(false)) {
                    if j + 3 < ct1 {
                        content = Span::new(content.start, ctx.doc.tokens[j - 1].end);
                        next_from = Some(j + 1);
                    }
                }
            }
            // A relative clause's statement ends with the clause: "Sanders, who on Tuesday endorsed
            // Vega, said Wednesday …" (the main verb after the comma is the sentence's own).
            let relative = frame.speaker.as_ref().is_some_and(|np| {
                np.end == np.start + 1
                    && np.start > lo
                    && (matches!(ctx.low(np.start), "who" | "which") && ctx.text(np.start - 1) == ","
                        || ctx.low(np.start) == "that" && ctx.is_word(np.start - 1))
                    || np.end < frame.region.1 && ctx.low(np.end) == "that" && ctx.is_word(np.end - 1) && class != CueClass::Verb
            });
            if relative && next_from.is_none() {
                let verb_at = |v: usize| {
                    v < ct1
                        && !ctx.is_cap(v)
                        && (ctx.has(v, word::AUX) || ctx.cue_at(v, |_| true).is_some() || ctx.low(v).ends_with("ed"))
                };
                let close = (ct0 + 1..ct1).find(|&j| {
                    matches!(ctx.text(j), "," | "—" | "–") && !quoted.get(j).copied().unwrap_or(false) && verb_at(j + 1)
                });
                // The clause may end with a quotation whose comma is inside the marks: "Mason, who
                // calls the senator a “fraud,” said …".
                let close_quoted = (ct0 + 1..close.unwrap_or(ct1))
                    .find(|&j| j + 2 < ct1 && ctx.text(j) == "," && ctx.kind(j + 1) == TokenKind::Quote && verb_at(j + 2));
                // Round 16c: ", which …," after a sentence opening with no verb ("Toronto Police,
                // which indicated …, face allegations …", "Unlike G20, which focuses on economics,
                // G7 meetings …"): the main clause comes after the relative one, which ends at its
                // first comma.
                let close = close.or_else(|| {
                    let np = frame.speaker.as_ref()?;
                    let comma_rel = np.end == np.start + 1
                        && np.start > lo + 1
                        && matches!(ctx.low(np.start), "who" | "which")
                        && ctx.text(np.start - 1) == ",";
                    if !comma_rel || close_quoted.is_some() {
                        return None;
                    }
                    // (The cheap tests first; the cue lookup last.)
                    let verbless = (lo..np.start - 1).all(|j| {
                        !matches!(ctx.text(j), "," | ";" | ":")
                            && !ctx.has(j, word::AUX)
                            && (ctx.is_cap(j) || !ctx.low(j).ends_with("ed"))
                            && ctx.cue_at(j, |_| true).is_none()
                    });
                    if !verbless {
                        return None;
                    }
                    // (Not a comma inside a list: "concerns over Trump's views on Israel, his support
                    // for torture and …".)
                    (ct0 + 2..ct1.saturating_sub(2))
                        .find(|&j| ctx.text(j) == "," && !quoted.get(j).copied().unwrap_or(false))
                        .filter(|&j| {
                            !matches!(
                                ctx.low(j + 1),
                                "his" | "her" | "its" | "their" | "and" | "or" | "including" | "such" | "as"
                            )
                        })
                });
                if let Some(j) = close_quoted {
                    content = Span::new(content.start, ctx.doc.tokens[j + 1].end);
                    next_from = Some(j + 2);
                } else if let Some(j) = close {
                    content = Span::new(content.start, ctx.doc.tokens[j - 1].end);
                    next_from = Some(j + 1);
                }
            }
            for j in ct0 + 1..if next_from.is_some() { ct0 } else { ct1 } {
                let free = || !quoted.get(j).copied().unwrap_or(false);
                // (One match on the lower-cased word; "," and ";" are their own lower-cased texts.)
                let (opens, bare_and) = match ctx.low(j) {
                    "," | ";" | "but" => (true, false),
                    // A subordinate clause with its own subject and cue ("… as he urges …", "…
                    // because she worries …") is its own attribution, not part of this content.
                    "because" | "as" | "when" | "while" | "although" | "though" | "since" | "after" => (free(), false),
                    // "… most strongly opposed and Obama said he would have vetoed it": a clause
                    // after a bare "and" with its own named or pronoun subject and cue.
                    "and" => {
                        let bare = ctx.text(j - 1) != "," && free();
                        (bare, bare)
                    }
                    _ => (false, false),
                };
                if !opens {
                    continue;
                }
                let q = ctx.after_comma_marks(j, ct1);
                let c0 = if matches!(ctx.low(q), "but" | "and" | "while" | "whereas") { q + 1 } else { q };
                let contrast = matches!(ctx.low(c0 - 1), "while" | "whereas");
                let clause = (c0..(c0 + 8).min(ct1)).find_map(|k| {
                    let (cue, len) = ctx
                        .cue_at(k, |c| matches!(c, CueClass::Verb | CueClass::Object | CueClass::Thought))
                        .filter(|_| k > c0 && !quoted.get(k).copied().unwrap_or(false))?;
                    // In a time clause ("… when they offered a reward", "… as it plans a
                    // merger") a thought cue is an act, not a statement, unless "to" or
                    // "that" follows it.
                    if cue.class == CueClass::Thought
                        && matches!(ctx.low(j), "when" | "as" | "while" | "since" | "after")
                        && !(ctx.low(k + len - 1) == "to" || matches!(ctx.low(k + len), "to" | "that"))
                    {
                        return None;
                    }
                    // A share of poll respondents after a comma: "…, while 9 percent said …",
                    // "…, and about 4 in 10 want …" (any cue class: a poll's answers).
                    if let Some(np) = ctx.share_subject(j, c0, k) {
                        return Some(np);
                    }
                    // (Round 17a: after "but" too, "…, but attorneys for the department said …".)
                    let but = ctx.low(c0 - 1) == "but";
                    let np = ctx.np_left(k, c0).filter(|np| np.start == c0).or_else(|| {
                        if contrast || but {
                            ctx.subject_left(k, c0).filter(|np| np.start == c0)
                        } else {
                            None
                        }
                    })?;
                    if bare_and && !(ctx.is_pronoun(np.start) || ctx.is_cap(np.start)) {
                        return None;
                    }
                    // (Round 17a: a role noun names a speaker as a name does: "…, but critics point
                    // to …", "…, and his spokesman declined to …".)
                    let role = np.end == k && ctx.has(k - 1, word::ROLE_NOUNS);
                    // A stance or thought cue ends the content only after a pronoun or a name; after
                    // a contrastive "while" any subject opens a clause of its own ("…, while male
                    // voters backed Vega").
                    (cue.class == CueClass::Verb
                        || class != CueClass::Verb && (ctx.is_pronoun(np.start) || ctx.is_cap(np.start) || role)
                        || contrast)
                        .then_some(np)
                });
                if clause.is_some() && j > ct0 + 2 {
                    // (The comma before "but" or a subordinator is not content.)
                    let e = if ctx.text(j - 1) == "," { j - 1 } else { j };
                    let e = ctx.before_even(e, ct0);
                    // (A comma inside a closing mark: the content keeps both.)
                    let e = if q > j + 1 { q } else { e };
                    content = Span::new(content.start, ctx.doc.tokens[e - 1].end);
                    next_from = Some(c0);
                    break;
                }
                // The sentence's main verb after a parenthetical: "Mr. X, citing …, said …".
                // (Session 12: also with the comma inside a closing mark, `citing "…," said …`;
                // the mark then ends the content.)
                // (A closing mark may be two tokens: `''`.)
                let mut v = j + 1;
                while ctx.text(j) == "," && v < j + 3 && ctx.kind(v) == TokenKind::Quote {
                    v += 1;
                }
                if ctx.text(j) == ","
                    && j > ct0 + 1
                    && frame.region.0 > lo
                    && !ctx.low(v).ends_with("ing")
                    && !quoted.get(v).copied().unwrap_or(false)
                    && ctx.cue_at(v, |c| c == CueClass::Verb).is_some()
                    && (lo..frame.region.0).any(|t| ctx.text(t) == ",")
                    && ctx.main_subject(lo, v, &quoted).is_some()
                {
                    content = Span::new(content.start, ctx.doc.tokens[if v > j + 1 { v - 1 } else { j - 1 }].end);
                    next_from = Some(v);
                    break;
                }
            }
            // Session 16: "…, with officials saying …" (`recall16.rs`).
            // (A byte search first: few contents hold ", with".)
            if next_from.is_none() && frame.region.1 <= ct0 && holds_comma_with(content.slice(ctx.body).as_bytes()) {
                if let Some(j) = ctx.with_clause(ct0, ct1, &quoted) {
                    content = Span::new(content.start, ctx.doc.tokens[j - 1].end);
                    next_from = Some(j + 1);
                }
            }
            // A content after its cue ends where ", but" opens a clause with a subject of its own
            // ("Saudi officials deny any links, but critics point to …"; after a stance or
            // thought cue also ", and" with a pronoun: "… favors the tax, and he says …"): the
            // rest is the writer's narration, read again for its own statement.
            // (Not before a closing frame: "A, but B, a source said." is all the source's.)
            if next_from.is_none()
                && matches!(class, CueClass::Object | CueClass::Thought | CueClass::Verb)
                && frame.region.1 <= ct0
            {
                // (After a speech verb only ", but", never after a colon: "…, and they were
                // investigating" and an answer after "NG:" go on with the same voice.)
                let speech = class == CueClass::Verb;
                let colon = frame.cue.is_some_and(|c| c.slice(ctx.body) == ":");
                if let Some(j) =
                    ctx.new_clause_after(ct0 + 2, ct1, &quoted).filter(|&j| !(colon || speech && ctx.low(j + 1) == "and"))
                {
                    content = Span::new(content.start, ctx.doc.tokens[j - 1].end);
                    next_from = Some(j + 2);
                }
            }
            let (span0, t0, t1) = first_bounds;
            let ct0 = if content.start == span0.start { t0 } else { ctx.token_after_in(content.start, lo, hi) };
            let mut ct1 = if content.end == span0.end { t1 } else { ctx.token_after_in(content.end, lo, hi) };
            // "Clinton plans to visit Charlotte, according to a campaign aide": the cited source
            // closing the sentence is who the statement is attributed to.
            let mut frame = frame;
            if !frame.prep {
                let acc = (ct0 + 3..ct1).find_map(|j| {
                    if ctx.text(j) != "," {
                        return None;
                    }
                    let (_, len) = ctx.cue_at(j + 1, |c| c == CueClass::Prep)?;
                    let s0 = j + 1 + len;
                    // Round 17a: a longer phrase with no comma in it is the source too ("according
                    // to a campaign official who was not authorized to speak publicly", "according
                    // to press reports").
                    let long = |s0: usize| {
                        (s0 < ct1
                            && ct1 <= s0 + 20
                            && ctx.is_word(s0)
                            && !(s0..ct1).any(|t| !ctx.is_word(t) && ctx.kind(t) != TokenKind::Number && ctx.text(t) != "."))
                        .then_some((j, Np { start: s0, end: ct1, appositive: None }))
                    };
                    let Some(np) = ctx.np_right(s0, ct1).map(|np| ctx.with_agent(np, ct1)) else { return long(s0) };
                    let tail = np.appositive.map_or(np.end, |a| ctx.token_after(a.end));
                    if tail >= ct1 || ctx.rest_is_adjunct(tail, ct1) {
                        Some((j, np))
                    } else {
                        // "according to two people familiar with the talks": the whole tail.
                        (ct1 <= s0 + 10).then_some((j, Np { start: s0, end: ct1, appositive: None })).or_else(|| long(s0))
                    }
                });
                if let Some((j, np)) = acc {
                    content = Span::new(content.start, ctx.doc.tokens[j - 1].end);
                    frame.region = (frame.region.0.min(j + 1), frame.region.1.max(ct1));
                    frame.speaker = Some(np);
                    ct1 = j;
                }
            }
            // A quotation opened inside the content and closed after its last word ("… is "a
            // gift to landlords."): the content runs to the end of the quotation.
            if let Some(p) = pairs.iter().find(|p| {
                p.open >= ct0
                    && p.open < ct1
                    && p.close_first >= ct1
                    && p.close_first <= ct1 + 2
                    && (p.content.end > content.end || p.content.end == content.end && ctx.ends_sentence_after(p.close))
                    && !used[p.close]
                    && class != CueClass::Object
            }) {
                content = Span::new(content.start, ctx.doc.tokens[p.close].end);
            }
            // (Only the first two quotations inside are looked at: the rules ask whether there is
            // none, one or more, and read the first; no vector is collected.)
            let mut inner =
                pairs.iter().filter(|p| content.contains(p.content) && p.words >= 2 && !title_case(p.content.slice(ctx.body)));
            let (first_inner, more_inner) = (inner.next(), inner.next().is_some());
            // The quotation inside when it is the only one.
            let only_inner = first_inner.filter(|_| !more_inner);
            // Session 12: a content that is one quotation and nothing else (`citing "strong
            // numbers,"`) is that quotation, a partial one.
            let whole = only_inner.filter(|p| p.open == ct0 && p.close + 1 >= ct1);
            let kind = if whole.is_some_and(|p| quotation_like(&ctx, p)) {
                QuoteKind::Direct
            } else if only_inner.is_some() && (class == CueClass::Object || whole.is_some()) {
                QuoteKind::Partial
            } else if first_inner.is_some() {
                QuoteKind::Mixed
            } else {
                QuoteKind::Indirect
            };
            let content = match (kind == QuoteKind::Partial || whole.is_some(), only_inner) {
                (true, Some(p)) => p.content,
                _ => content,
            };
            let mut speaker = frame.speaker.as_ref().map(|np| ctx.speaker(np, &last_named));
            let mut cue = frame.cue.map(|c| TextSpan::from_span(ctx.body, c));
            let mut srcs = Vec::new();
            ctx.frame_sources(&frame, &mut srcs);
            if let Some(np) = &frame.speaker {
                if let Some((l, kind)) = ctx.outlet_at(np.start, np.end) {
                    push_source(&mut srcs, ctx.span(np.start, np.start + l).slice(ctx.body), kind);
                }
            }
            mark(&mut used, ct0, ct1);
            // "…, adding that …" / "…, saying …": a second statement by the same speaker.
            let mut content = content;
            let mut second = None;
            // A relative clause with its own cue inside the content ("…, who cites them as …",
            // "…, which he claimed as …", "…, in which she called for …"): its own attribution,
            // with the relative pronoun (or the clause's pronoun) as its speaker.
            let mut relative = None;
            if kind != QuoteKind::Partial {
                relative = ctx.relative_attribution(ct0, ct1, &quoted);
                if let Some((_, _, _, comma)) = relative {
                    content = Span::new(content.start, ctx.doc.tokens[comma - 1].end);
                    ct1 = comma;
                }
            }
            if kind != QuoteKind::Partial {
                let main = frame.cue.map(|c| ctx.token_after_in(c.start, lo, hi));
                // (Session 14: or a gerund cue after "by", "before", "after": `adjunct_gerund`.)
                if let Some((e, v, len, c)) = ctx
                    .coordinated_second(ct0, ct1, main, &quoted)
                    .or_else(|| ctx.adjunct_gerund(ct0, ct1, class, &quoted))
                    .or_else(|| ctx.and_thought_second(ct0, ct1, main, &quoted))
                {
                    second = Some((Span::new(ctx.doc.tokens[c].start, content.end), ctx.span(v, v + len), c));
                    content = Span::new(content.start, ctx.doc.tokens[e].end);
                }
            }
            // A reporter's credit line ("Lerer reported from Los Angeles.", "Additional reporting
            // by …") is no attribution.
            let credit = cue.as_ref().is_some_and(|c| c.text.get(..6).is_some_and(|w| w.eq_ignore_ascii_case("report")))
                && matches!(ctx.low(ct0), "from" | "by");
            // Session 12: "Nobody asked and nobody wants to": no content after the cue.
            let coordinated = kind == QuoteKind::Indirect && ctx.conjunction_content(ct0, frame.cue);
            // (A piece that is all a direct quotation read already is not read again: `…, Spicer
            // said, adding, "…"`.)
            let extra = frame.extra.filter(|(piece, _)| {
                let (p0, p1) = (ctx.token_after(piece.start), ctx.token_after(piece.end));
                !(p0..p1).filter(|&j| ctx.is_word(j)).all(|j| used.get(j).copied().unwrap_or(false))
            });
            // (Speaker, cue and sources are read again below only by the extra piece's and the
            // second statements' quotes: without those they are moved into this quote, not cloned.)
            let later = extra.is_some() || second.is_some();
            let q = Quote {
                text: content.slice(ctx.body).to_string(),
                start: content.start,
                end: content.end,
                kind,
                speaker: if later { speaker.clone() } else { speaker.take() },
                cue: if later { cue.clone() } else { cue.take() },
                sources: if later { srcs.clone() } else { std::mem::take(&mut srcs) },
            };
            if !credit && !coordinated {
                quotes.push((ct0, q));
            }
            if let Some((piece, own_cue)) = extra {
                let (p0, p1) = (ctx.token_after(piece.start), ctx.token_after(piece.end));
                let kind2 = if pairs.iter().any(|p| piece.contains(p.content) && p.words >= 2) {
                    QuoteKind::Mixed
                } else {
                    QuoteKind::Indirect
                };
                let q = Quote {
                    text: piece.slice(ctx.body).to_string(),
                    start: piece.start,
                    end: piece.end,
                    kind: kind2,
                    speaker: speaker.clone(),
                    cue: own_cue.map(|c| TextSpan::from_span(ctx.body, c)).or_else(|| cue.clone()),
                    sources: srcs.clone(),
                };
                quotes.push((p0, q));
                mark(&mut used, p0, p1);
                ct1 = ct1.max(p1);
            }
            if let Some((c2, cue2, np2, comma)) = relative {
                let q = Quote {
                    text: c2.slice(ctx.body).to_string(),
                    start: c2.start,
                    end: c2.end,
                    kind: if pairs.iter().any(|p| c2.contains(p.content) && p.words >= 2) {
                        QuoteKind::Mixed
                    } else {
                        QuoteKind::Indirect
                    },
                    speaker: Some(ctx.speaker(&np2, &last_named)),
                    cue: Some(TextSpan::from_span(ctx.body, cue2)),
                    sources: Vec::new(),
                };
                quotes.push((comma + 1, q));
            }
            // Round 17a: the second statement may hold a third ("…, calling it "…" and asserting
            // that …"), read the same way (a few at most).
            let mut rounds = 0;
            while let Some((c2, cue2, t2)) = second {
                rounds += 1;
                let third = (rounds < 4)
                    .then(|| ctx.coordinated_second(t2, ctx.token_after(c2.end), Some(ctx.token_after(cue2.start)), &quoted))
                    .flatten();
                second = third.map(|(_, v, len, c)| (Span::new(ctx.doc.tokens[c].start, c2.end), ctx.span(v, v + len), c));
                let c2 = match third {
                    Some((e, _, _, _)) => Span::new(c2.start, ctx.doc.tokens[e].end),
                    None => c2,
                };
                let kind2 = if pairs.iter().any(|p| c2.contains(p.content) && p.words >= 2) {
                    QuoteKind::Mixed
                } else {
                    QuoteKind::Indirect
                };
                let q = Quote {
                    text: c2.slice(ctx.body).to_string(),
                    start: c2.start,
                    end: c2.end,
                    kind: kind2,
                    speaker: speaker.clone(),
                    cue: Some(TextSpan::from_span(ctx.body, cue2)),
                    sources: srcs.clone(),
                };
                quotes.push((t2, q));
            }
            // Another statement may follow in the same sentence ("Asked whether …, Sanders said …";
            // "… ; Smith said …"): go on after the content and the frame.
            mark(&mut used, frame.region.0, frame.region.1);
            let rest = if frame.region.1 >= ct1 { frame.region.1 } else { ct1 };
            let next_from = next_from.or_else(|| (rest + 4 < hi).then_some(rest));
            match next_from {
                Some(f) if f > from => from = f,
                _ => break,
            }
        }
    }

    quotes.sort_by_key(|(t, q)| (*t, q.start));
    // Quotations with no frame take the speaker of the statement just before them (same or
    // previous paragraph), including reported speech: `X said … . "…"`.
    for i in 1..quotes.len() {
        if quotes[i].1.speaker.is_some() || quotes[i].1.kind != QuoteKind::Direct {
            continue;
        }
        let para = ctx.para(quotes[i].0);
        let prev =
            quotes[..i].iter().rev().find(|(t, q)| q.speaker.is_some() && ctx.para(*t) + 1 >= para && ctx.para(*t) <= para);
        let prev = prev.filter(|(_, p)| !line_between(ctx.body, p.end, quotes[i].1.start));
        if let Some((_, p)) = prev {
            let sp = p.speaker.clone();
            let srcs = p.sources.clone();
            // Only the speaker: a quotation the direct pass left unattributed is scored as an
            // attribution of its own in PolNeAR, so it does not share the cue (measured on train).
            quotes[i].1.speaker = sp;
            quotes[i].1.sources = srcs;
        }
    }
    // Session 15: a quotation split by its medial frame is one quote.
    ctx.join_split_quotes(&mut quotes);
    let quotes: Vec<Quote> = quotes.into_iter().map(|(_, q)| q).collect();
    for q in &quotes {
        for s in &q.sources {
            push_source(&mut article_sources, &s.name, s.kind);
        }
    }
    // Outlets that report: "the Global Times reported", "Reuters reports".
    // (The reporting verbs were listed in one pass.)
    for &k in &ctx.report_at {
        if k == 0 || !ctx.is_cap(k - 1) {
            continue;
        }
        // The outlet is a run of capitalised words ending just before (session 20: the longest,
        // without its article: `lead20.rs`).
        if let Some((j, l, kind)) = ctx.outlet_before(k) {
            if kind == SourceKind::Agency || kind == SourceKind::Media {
                push_source(&mut article_sources, ctx.span(j, j + l).slice(ctx.body), kind);
            }
        }
    }
    lead19::merge_outlet_names(&mut article_sources);
    (quotes, article_sources)
}

/// A capitalised head word of an institution's name that "for" may follow inside the name
/// ("Center for …", "Institute for …", "Committee for …").
fn institution_head(w: &str) -> bool {
    matches!(
        w,
        "Center"
            | "Centers"
            | "Centre"
            | "Centres"
            | "Institute"
            | "Institutes"
            | "Council"
            | "Committee"
            | "Commission"
            | "Foundation"
            | "Fund"
            | "Office"
            | "Agency"
            | "Association"
            | "Society"
            | "Coalition"
            | "Alliance"
            | "Campaign"
            | "Network"
            | "Organization"
            | "Organisation"
            | "Union"
            | "League"
            | "Movement"
            | "Project"
            | "Program"
            | "Programme"
            | "Trust"
            | "Bureau"
            | "Department"
            | "Ministry"
            | "School"
            | "College"
            | "Academy"
            | "Federation"
            | "Partnership"
            | "Initiative"
            | "University"
            | "Conference"
            | "Court"
            | "Assembly"
            | "Authority"
            | "Administration"
            | "Bank"
            | "Board"
            | "Corporation"
            | "Museum"
            | "Hospital"
            | "Chamber"
            | "Tribunal"
            | "Directorate"
            | "Secretariat"
            | "Service"
            | "Services"
            | "Government"
    )
}

/// A social network or video site named after "on" ("said on Twitter", "in a post on X").
fn platform(w: &str) -> bool {
    matches!(
        w,
        "Twitter"
            | "X"
            | "Facebook"
            | "Instagram"
            | "Telegram"
            | "YouTube"
            | "TikTok"
            | "Weibo"
            | "WeChat"
            | "LinkedIn"
            | "Threads"
            | "Bluesky"
            | "Reddit"
            | "Snapchat"
            | "WhatsApp"
            | "Mastodon"
            | "Truth"
            | "VKontakte"
    )
}

/// The kind of source a cited noun phrase's head word names when it is no known outlet: a
/// document ("a recent report", "data from …", "videos posted …") or the press ("state media",
/// "local newspapers"). `None` for people and organisations (an official source).
fn head_source_kind(head: &str) -> Option<SourceKind> {
    match head {
        "report" | "reports" | "study" | "studies" | "poll" | "polls" | "survey" | "surveys" | "data" | "statement"
        | "statements" | "tweet" | "tweets" | "post" | "posts" | "video" | "videos" | "footage" | "document" | "documents"
        | "records" | "figures" | "statistics" | "estimate" | "estimates" | "census" | "analysis" | "letter" | "memo"
        | "filing" | "filings" | "transcript" | "transcripts" | "tally" | "results" | "research" | "findings" | "testimony"
        | "complaint" | "indictment" | "lawsuit" | "ruling" | "release" | "message" | "messages" | "email" | "emails"
        | "article" | "articles" | "website" | "book" | "paper" | "papers" | "assessment" | "audit" | "count" | "projections"
        | "forecast" | "model" | "calculations" => Some(SourceKind::Document),
        "media" | "press" | "newspaper" | "newspapers" | "television" | "tv" | "radio" | "broadcaster" | "broadcasters"
        | "magazine" | "tabloid" | "tabloids" | "outlet" | "outlets" | "news" => Some(SourceKind::Media),
        _ => None,
    }
}

/// Whether a whole line of text lies between byte offsets `a` and `b`: in articles whose
/// paragraphs are single lines (no blank line between them) the segmenter keeps them as one
/// paragraph, and a quotation two lines after another is not its follow-on.
fn line_between(body: &str, a: usize, b: usize) -> bool {
    let Some(gap) = body.get(a.min(b)..b) else { return false };
    // The whole lines are between the first and the last line break.
    match (gap.find('\n'), gap.rfind('\n')) {
        (Some(f), Some(l)) if f < l => !gap[f..l].trim().is_empty(),
        _ => false,
    }
}

fn mark(used: &mut [bool], a: usize, b: usize) {
    let b = b.min(used.len());
    if a < b {
        used[a..b].iter_mut().for_each(|u| *u = true);
    }
}

/// Whether `hay` holds the bytes ", with" (as `memchr::memmem::find(hay, b", with").is_some()`,
/// which builds its searcher again at each call): each comma is tested for the five bytes after
/// it, and any occurrence starts at a comma.
fn holds_comma_with(hay: &[u8]) -> bool {
    memchr::memchr_iter(b',', hay).any(|i| hay.get(i + 1..i + 6) == Some(b" with"))
}

/// Tracks the last person-like name (two or more capitalised words, or an actor mention of a
/// person) before token `upto`, for resolving pronouns.
fn update_names<'a>(ctx: &Ctx<'a>, scan: &mut usize, upto: usize, last: &mut Option<(Cow<'a, str>, Option<usize>)>) {
    let upto = upto.min(ctx.n());
    if ctx.has_person {
        let lo = ctx.doc.tokens.get(*scan).map_or(usize::MAX, |t| t.start);
        let hi = ctx.doc.tokens.get(upto).map_or(ctx.body.len(), |t| t.start);
        // Mentions come in text order from the actors stage: look only at those in lo..hi
        // (a scan of all of them per call is quadratic in long articles).
        // (Where the previous call stopped, when it stopped at `lo`: callers go forward.)
        let first = match ctx.actors_from.get() {
            _ if !ctx.actors_sorted => 0,
            (b, p) if b == lo => p,
            _ => ctx.actors.partition_point(|m| m.start < lo),
        };
        let mut stop = ctx.actors.len();
        for (i, m) in ctx.actors.iter().enumerate().skip(first) {
            if ctx.actors_sorted && m.start >= hi {
                stop = i;
                break;
            }
            if m.kind == ActorKind::Person && m.start >= lo && m.end <= hi {
                let mut idx = i;
                if let Some(r) = m.refers_to.filter(|&r| r < ctx.actors.len()) {
                    idx = r;
                }
                let a: &'a ActorMention = &ctx.actors[idx];
                let name = a.name.as_deref().unwrap_or(a.text.as_str());
                *last = Some((Cow::Borrowed(name), Some(idx)));
            }
        }
        // The mentions before `stop` start before `hi` (those before `first` before `lo`).
        if ctx.actors_sorted && lo <= hi {
            ctx.actors_from.set((hi, stop.max(first)));
        }
        *scan = upto;
        return;
    }
    let mut j = *scan;
    while j < upto {
        if ctx.is_cap(j) && j + 1 < upto && ctx.is_cap(j + 1) {
            let mut e = j;
            while e < upto && ctx.is_cap(e) {
                e += 1;
            }
            let starts_sentence = j == 0 || ctx.sent(j) != ctx.sent(j - 1);
            let s = if starts_sentence && ctx.has(j, word::DETERMINERS) { j + 1 } else { j };
            let after_det = s > 0 && matches!(ctx.low(s - 1), "a" | "an" | "the" | "of" | "in" | "at" | "from");
            if e - s >= 2 && !after_det && !(s..e).any(|k| ctx.sources.longest(&[ctx.text(k)]).is_some()) {
                let name = ctx.span(s, e).slice(ctx.body);
                let first = ctx.low(s);
                if !matches!(first, "the" | "in" | "on" | "but" | "and" | "as") {
                    *last = Some((Cow::Borrowed(name), None));
                }
            }
            j = e;
            continue;
        }
        j += 1;
    }
    *scan = upto.max(*scan);
}

/// [`update_names`] called with each of `uptos` in turn (as the reported-speech pass calls it at
/// each sentence): the same `last` and `scan`, without walking the actor mentions of every
/// piece. Each call reads the person mentions starting in its piece `[T(scan), T(upto))` (`T` a
/// token's first byte) and ending by the piece's end, and keeps the last one; so after all of
/// them `last` is the last such mention over the pieces (their bounds in order), found here
/// from the end. Only for mentions in text order and bounds in order; else the calls are made.
fn update_names_to<'a>(ctx: &Ctx<'a>, scan: &mut usize, uptos: &[usize], last: &mut Option<(Cow<'a, str>, Option<usize>)>) {
    let Some(&end) = uptos.last() else { return };
    // The pieces' bounds: `T(scan)` (as `update_names` reads it), then each upto's `T`.
    let byte = |u: usize| ctx.doc.tokens.get(u.min(ctx.n())).map_or(ctx.body.len(), |t| t.start);
    let b0 = ctx.doc.tokens.get(*scan).map_or(usize::MAX, |t| t.start);
    let mut bk = b0;
    let in_order = uptos.iter().all(|&u| {
        let b = byte(u);
        let ok = bk <= b;
        bk = b;
        ok
    });
    if !(ctx.has_person && ctx.actors_sorted && in_order) {
        for &u in uptos {
            update_names(ctx, scan, u, last);
        }
        return;
    }
    let k = uptos.len();
    let bound = |i: usize| if i == 0 { b0 } else { uptos.get(i - 1).map_or(ctx.body.len(), |&u| byte(u)) };
    // (The first mention at or after `b0`: kept by the last call when it ended there, as
    // `update_names` keeps it.)
    let a = match ctx.actors_from.get() {
        (b, first) if b == b0 => first,
        _ => ctx.actors.partition_point(|m| m.start < b0),
    };
    let z = ctx.actors.partition_point(|m| m.start < bk);
    ctx.actors_from.set((bk, z));
    // The piece of each mention, walked back with the mentions (their starts never increase):
    // piece `p` is `[bound(p), bound(p + 1))`, the last one whose start is at or before it.
    let mut p = k - 1;
    for i in (a..z).rev() {
        let Some(m) = ctx.actors.get(i) else { break };
        if m.kind != ActorKind::Person {
            continue;
        }
        while p > 0 && bound(p) > m.start {
            p -= 1;
        }
        if m.end <= bound(p + 1) {
            let idx = m.refers_to.filter(|&r| r < ctx.actors.len()).unwrap_or(i);
            let a: &'a ActorMention = &ctx.actors[idx];
            let name = a.name.as_deref().unwrap_or(a.text.as_str());
            *last = Some((Cow::Borrowed(name), Some(idx)));
            break;
        }
    }
    *scan = end.min(ctx.n());
}

/// The per-document tables and scans sped up against the simple versions they replace.
#[cfg(test)]
mod table_tests {
    use super::*;
    use crate::lexicon::{self, WordLists};
    use newsgraph_core::{segment, Article};

    const TEXTS: [&str; 9] = [
        "",
        "\"We will take this to the WTO,\" said Mauro Vieira.\n\n“It is over,” he added. 'Fine,' she said.",
        "WORLD LEADERS MEET IN PARIS FOR CLIMATE TALKS\n\nThe Prime Minister Said On Monday That Talks Went Well\n\nOfficials said the talks went well, according to Reuters.",
        "“A quotation running on\n\n“into the next paragraph,” said the mayor. ‘Single ’quoted’ words’ and ''doubled'' marks.",
        "Un «guillemet» et „Anführung“ — İstanbul’s mayor TOLD REPORTERS that it’s over; \"unclosed\n\nnext \"",
        "x\ny\n\n\"Quoted,\" he added, noting that they would refuse to comment but said no.\n\n\"\n\n\"",
        "A Title Case Headline About Quotes\nBy Staff\n\nThe story \"begins\" here, \"and ends\" there.",
        "'''\"''\"'\"\" \" ' ’ ‘ “ ” « » „",
        "Sen. Ana Ruiz (D-Ore.) said: \"Yes.\" Then: \"No,\" and \"maybe\"\n\"across a line\" too.",
    ];

    fn with_ctx(doc: &Document, f: impl FnOnce(&Ctx)) {
        let mut cues = Cues::parse(lexicon::BUILTIN_CUES).unwrap();
        cues.add(lexicon::BUILTIN_ATTRIBUTION_CUES).unwrap();
        let words = WordLists::parse(lexicon::BUILTIN_WORDS).unwrap();
        let index = TokenIndex::new(&cues, &words);
        let sources = Sources::parse(lexicon::BUILTIN_SOURCES).unwrap();
        let lowbuf = Ctx::lower_case(doc);
        let mut extra = String::new();
        let ctx = Ctx::new(doc, &lowbuf, &mut extra, &cues, &index, &sources, &[]);
        f(&ctx);
    }

    /// The documents of [`TEXTS`], and copies with their sentences reversed, overlapping or
    /// out of range (which the segmenter never makes).
    fn docs() -> Vec<Document> {
        let mut out = Vec::new();
        for t in TEXTS {
            let doc = segment::segment(Article::from_body(t.to_string()));
            let mut rev = doc.clone();
            rev.sentences.reverse();
            let mut odd = doc.clone();
            if let Some(s) = odd.sentences.first().cloned() {
                let mut s2 = s.clone();
                s2.token_end += 2;
                s2.token_start = s2.token_start.saturating_sub(1);
                odd.sentences.push(s2);
                let mut s3 = s;
                s3.token_start = 10_000;
                s3.token_end = 10_005;
                s3.paragraph = 0;
                odd.sentences.insert(0, s3);
            }
            out.extend([doc, rev, odd]);
        }
        out
    }

    /// The sentence and paragraph of each token, filled sentence by sentence.
    fn reference_tables(doc: &Document) -> (Vec<u32>, Vec<u32>) {
        let n = doc.tokens.len();
        let small = |v: usize| u32::try_from(v).ok().filter(|&v| v < i32::MAX as u32).unwrap_or(u32::MAX);
        let (mut sent_of, mut para_of) = (vec![u32::MAX; n], vec![u32::MAX; n]);
        for (si, s) in doc.sentences.iter().enumerate() {
            let r = s.token_range();
            let r = r.start.min(n)..r.end.min(n);
            if let Some(d) = sent_of.get_mut(r.clone()) {
                d.fill(small(si));
            }
            if let Some(d) = para_of.get_mut(r) {
                d.fill(small(s.paragraph));
            }
        }
        (sent_of, para_of)
    }

    /// Title Case paragraphs counted eagerly, sentence by sentence.
    fn reference_titles(ctx: &Ctx) -> Vec<bool> {
        let doc = ctx.doc;
        let n = doc.tokens.len();
        let mut counts = vec![(0usize, 0usize); doc.paragraphs.len()];
        for st in &doc.sentences {
            let Some(c) = counts.get_mut(st.paragraph) else { continue };
            let r = st.token_range();
            let r = r.start.min(n)..r.end.min(n);
            let (mut words, mut caps) = *c;
            for j in r {
                if words > 40 || words - caps > 12 {
                    break;
                }
                let t = &doc.tokens[j];
                let long = t.kind == TokenKind::Word && t.end - t.start > 3;
                words += usize::from(long);
                caps += usize::from(long && ctx.is_cap(j));
            }
            *c = (words, caps);
        }
        counts.iter().map(|&(words, caps)| words > 0 && caps * 10 >= words * 7).collect()
    }

    /// A pair's fields, to compare.
    type PairFields = (usize, usize, usize, Span, usize, bool);

    /// Quotation-mark pairing read token by token.
    fn reference_pairs(ctx: &Ctx) -> Vec<PairFields> {
        let mut out = Vec::new();
        let mut open: Option<(usize, Family, bool)> = None;
        let n = ctx.n();
        let mut i = 0;
        while i < n {
            if open.is_none() && ctx.kind(i) != TokenKind::Quote {
                i += 1;
                continue;
            }
            let para = ctx.para(i);
            if ctx.kind(i) == TokenKind::Quote {
                let (fam, role) = ctx.quote_role(i);
                let w = if ctx.doubled(i) { 2 } else { 1 };
                match open {
                    Some((o, f, multi)) if f == fam && matches!(role, Role::Close | Role::Both) => {
                        let triple = w == 2
                            && i + 2 < n
                            && ctx.text(i + 2) == "'"
                            && ctx.doc.tokens[i + 1].end == ctx.doc.tokens[i + 2].start;
                        let last = if triple { i + 2 } else { i + w - 1 };
                        if let Some(p) = ctx.make_pair(o, i, last, multi) {
                            out.push((p.open, p.close, p.close_first, p.content, p.words, p.multi_para));
                        }
                        open = None;
                        if triple {
                            i += 1;
                        }
                    }
                    Some(_) if role == Role::Open && fam == Family::Double => open = Some((i, fam, false)),
                    Some(_) => {}
                    None if matches!(role, Role::Open | Role::Both) => open = Some((i, fam, false)),
                    None => {}
                }
                if w == 2 && i + 1 < n && ctx.para(i + 1) == para {
                    i += 1;
                }
            }
            let last_in_para = i + 1 >= n || ctx.para(i + 1) != para;
            if last_in_para {
                if let Some((o, f, _)) = open {
                    let next = i + 1;
                    let reopens = f == Family::Double
                        && next < n
                        && ctx.kind(next) == TokenKind::Quote
                        && matches!(ctx.quote_role(next), (Family::Double, Role::Open | Role::Both))
                        && ctx.text(i) != ":";
                    if reopens {
                        open = Some((o, f, true));
                        i += 2;
                        continue;
                    }
                    open = None;
                }
            }
            i += 1;
        }
        out
    }

    #[test]
    fn tables_and_pairs_match_the_simple_versions() {
        let mut pairs_seen = 0;
        for doc in docs() {
            with_ctx(&doc, |ctx| {
                let (sent_of, para_of) = reference_tables(&doc);
                let (got_sent, got_para): (Vec<u32>, Vec<u32>) = ctx.sent_para.iter().copied().unzip();
                assert_eq!(got_sent, sent_of, "{:?}", doc.body());
                assert_eq!(got_para, para_of, "{:?}", doc.body());
                let titles = reference_titles(ctx);
                // Asked in two orders: the answers are kept.
                for p in (0..titles.len()).rev().chain(0..titles.len() + 2) {
                    assert_eq!(ctx.is_title_para(p), titles.get(p).copied().unwrap_or(false), "{:?} {p}", doc.body());
                }
                let got: Vec<PairFields> =
                    ctx.pairs().into_iter().map(|p| (p.open, p.close, p.close_first, p.content, p.words, p.multi_para)).collect();
                assert_eq!(got, reference_pairs(ctx), "{:?}", doc.body());
                pairs_seen += got.len();
            });
        }
        assert!(pairs_seen > 10, "{pairs_seen}");
    }

    /// [`Ctx::may_report`] skips no sentence in which [`Ctx::reported`] finds a statement.
    #[test]
    fn may_report_is_false_only_where_reported_finds_nothing() {
        // Sentences whose statement needs no cue of their own (a name and a colon, "In his view",
        // "Asked about …", a bare frame in the next sentence), and sentences with none at all.
        let texts = [
            "Marco Rubio: I'm not interested in being vice president.\n\nThe weather was cold and the roads were icy.",
            "In his view, the plan is a fine start for the city.\n\nIn the end, the roads were icy.",
            "Asked about the budget, the mayor declined to comment on Tuesday.",
            "The new park would cost four million dollars over ten years. Mayor Vega said.\n\nThe river rose overnight.",
            "The river rose overnight; the bridge was closed for hours; the town was quiet again.",
            "(The talks resumed after a week, Mr. Madden said.) The roads were icy and the schools were shut.",
            "The council met on Tuesday. The budget passed by two votes. The park opens in May.",
            "In a statement, the ministry described the attack as a crime. Polls show Vega ahead.",
            // (Session 19: a bare frame of 12 tokens, the longest read; a next sentence with a cue
            // but longer than a bare frame, and one that ends in no full stop, gate theirs.)
            "The new park would cost four million dollars over ten years. Mayor Ana Vega told reporters in Paris late on Tuesday night.",
            "The new park would cost four million dollars over ten years. Mayor Ana Vega told reporters at the town hall in Paris late on Tuesday night.",
            "The new park would cost four million dollars over ten years. Mayor Ana Vega told reporters!",
        ];
        let mut docs = docs();
        docs.extend(texts.iter().map(|t| segment::segment(Article::from_body(t.to_string()))));
        let (mut gated, mut found_without_hit) = (0, 0);
        for doc in &docs {
            with_ctx(doc, |ctx| {
                let n = ctx.n();
                let (used, quoted) = (vec![false; n], vec![false; n]);
                for (si, s) in doc.sentences.iter().enumerate() {
                    let lo = s.token_start.min(n);
                    let found = ctx.reported(si, lo, &used, &quoted).is_some();
                    if !ctx.may_report(si) {
                        gated += 1;
                        assert!(!found, "{:?} sentence {si}", doc.body());
                    }
                    let hi = s.token_end.min(n);
                    if found && ctx.next_hit(lo, hi) >= hi {
                        found_without_hit += 1;
                    }
                }
            });
        }
        assert!(gated > 5, "{gated}");
        // (Statements found in sentences with no cue of their own, by the colon, "In his view" or
        // next-sentence rules: `may_report` must not gate them.)
        assert!(found_without_hit >= 2, "{found_without_hit}");
    }

    /// [`Ctx::trailing_frame`]'s gate: [`Ctx::trailing_frame_rules`] finds no frame at a cue
    /// with no comma between the clause's first token and the cue, and the gated function gives
    /// the same answer as the rules everywhere.
    #[test]
    fn trailing_frame_needs_a_comma_before_its_cue() {
        // Closing, inverted and medial frames (a comma far before the cue, a comma inside a
        // closing quotation mark, a party label), and cues with no comma before them.
        let texts = [
            "The plan will cost more than expected, the head of the regional transport authority for the northern counties said.",
            "The bridge will stay closed until March, said Ana Ruiz, a spokeswoman for the city.",
            "This campaign, he says, is different from the last one.",
            "The deal was \"strategic,\" said Jeffery Hemsley on Tuesday.",
            "The levy is unfair to farmers, Sen. Ana Ruiz (D-Ore.) told reporters.",
            "Officials said on Tuesday that the bridge would open in May.",
            "The mayor told reporters the budget was balanced.",
            "Most voters believe the tax is too high; the council said it would review it.",
            "After the vote the mayor said nothing about the park.",
            "Prices rose again, analysts believe.",
        ];
        let mut docs = docs();
        docs.extend(texts.iter().map(|t| segment::segment(Article::from_body(t.to_string()))));
        let (mut gated, mut found) = (0, 0);
        for doc in &docs {
            with_ctx(doc, |ctx| {
                let n = ctx.n();
                for s in &doc.sentences {
                    let (s0, hi) = (s.token_start.min(n), s.token_end.min(n));
                    for lo in s0..(s0 + 3).min(hi) {
                        for end in [hi, hi.saturating_sub(1)] {
                            for k in lo..end {
                                let want = |c| matches!(c, CueClass::Verb | CueClass::Object | CueClass::Thought);
                                let Some((cue, len)) = ctx.cue_at(k, want) else { continue };
                                let rules = ctx.trailing_frame_rules(k, len, lo, end, cue);
                                if !(lo + 1..k).any(|j| ctx.text(j) == ",") {
                                    gated += 1;
                                    assert!(rules.is_none(), "{:?} cue {k} from {lo}: {rules:?}", doc.body());
                                } else if rules.is_some() {
                                    found += 1;
                                }
                                let gate = ctx.trailing_frame(k, len, lo, end, cue);
                                assert_eq!(format!("{gate:?}"), format!("{rules:?}"), "{:?} cue {k}", doc.body());
                            }
                        }
                    }
                }
            });
        }
        assert!(gated > 10, "{gated}");
        assert!(found > 5, "{found}");
    }

    /// [`Ctx::token_after_in`] is [`Ctx::token_after`] for every byte, in every sentence's range
    /// and in ranges outside the tokens or empty.
    #[test]
    fn token_after_in_is_token_after() {
        for doc in docs() {
            with_ctx(&doc, |ctx| {
                let n = ctx.n();
                let len = doc.body().len();
                let mut ranges: Vec<(usize, usize)> = doc.sentences.iter().map(|s| (s.token_start, s.token_end)).collect();
                ranges.extend([(0, n), (0, 0), (n, n + 3), (2, 1), (n.saturating_sub(2), n + 1)]);
                for (lo, hi) in ranges {
                    for byte in 0..len + 3 {
                        assert_eq!(ctx.token_after_in(byte, lo, hi), ctx.token_after(byte), "{:?} {lo}..{hi} {byte}", doc.body());
                    }
                }
            });
        }
    }

    /// [`Ctx::next_hit`] against a token-by-token scan, for every start and end (past the
    /// tokens too).
    #[test]
    fn next_hit_is_the_first_token_with_a_cue() {
        let mut hits_seen = 0;
        for doc in docs() {
            with_ctx(&doc, |ctx| {
                let n = ctx.n();
                let has_hit = |j: usize| ctx.hit_at.get(j).is_some_and(|a| ctx.hit_at.get(j + 1).is_some_and(|b| a != b));
                hits_seen += (0..n).filter(|&j| has_hit(j)).count();
                for k in 0..n + 3 {
                    for end in 0..n + 3 {
                        let want = if k >= end {
                            k
                        } else if end > n {
                            // (Past the table: `k` itself, as before.)
                            k
                        } else {
                            (k..end).find(|&j| has_hit(j)).unwrap_or(end)
                        };
                        assert_eq!(ctx.next_hit(k, end), want, "{:?} {k} {end}", doc.body());
                    }
                }
            });
        }
        assert!(hits_seen > 10, "{hits_seen}");
    }

    /// [`contraction`]'s test of the bytes two and three from the end drops no word the suffix
    /// list takes, and [`PRONOUN_MAX_LEN`] bounds every pronoun.
    #[test]
    fn contraction_and_pronoun_shortcuts_agree_with_the_lists() {
        let slow = |l: &str| {
            ["'ll", "'re", "'ve", "'d", "'m", "’ll", "’re", "’ve", "’d", "’m"].iter().any(|x| l.ends_with(x) && l.len() > x.len())
        };
        let words = [
            "",
            "'",
            "’",
            "d",
            "m",
            "'d",
            "’m",
            "'ll",
            "’ve",
            "we'll",
            "they're",
            "i've",
            "you'd",
            "i'm",
            "we’ll",
            "they’re",
            "i’ve",
            "you’d",
            "i’m",
            "it's",
            "it’s",
            "o'neill",
            "rock'n'roll",
            "ill",
            "well",
            "said",
            "café",
            "x’’m",
            "a'b'c'd",
            "’’",
            "™m",
            "\u{2019}ll",
            "naïve",
        ];
        for w in words {
            assert_eq!(contraction(w), slow(w), "{w:?}");
        }
        // Every apostrophe, one or two letters after it, and longer words.
        for a in ["'", "’", "‘", "™", ""] {
            for tail in ["l", "ll", "re", "ve", "d", "m", "s", "lll", "dm"] {
                for head in ["", "x", "we", "they"] {
                    let w = format!("{head}{a}{tail}");
                    assert_eq!(contraction(&w), slow(&w), "{w:?}");
                }
            }
        }
        assert!(PRONOUNS.iter().all(|p| p.len() <= PRONOUN_MAX_LEN));
        assert!(PRONOUNS.iter().any(|p| p.len() == PRONOUN_MAX_LEN));
    }

    /// `update_names_to` leaves `last` and `scan` as the `update_names` calls it stands for do:
    /// person mentions inside a sentence, running over a sentence's end (read by neither piece),
    /// inverted, referring to another mention, beside mentions of no person, with none found
    /// (`last` kept); bounds as the reported-speech pass gives them (each sentence's first token,
    /// all at once or a few at a time), repeated, and out of order or past the end (where the
    /// calls are made). It fails with the mention's own piece end not tested.
    #[test]
    fn update_names_to_is_update_names_called_in_turn() {
        let text = "Ana Ruiz said so. Then Bo Li spoke, and Ruiz left.\n\nMr. Carl Smith agreed. He said it was over. The end.";
        let doc = segment::segment(Article::from_body(text.to_string()));
        let n = doc.tokens.len();
        let at = |w: &str| doc.tokens.iter().position(|t| text.get(t.start..t.end) == Some(w)).unwrap();
        let mention = |a: usize, b: usize, kind: ActorKind, refers_to: Option<usize>| {
            let (start, end) = (doc.tokens[a].start, doc.tokens[b - 1].end);
            ActorMention {
                text: text.get(start.min(end)..end.max(start)).unwrap_or("").into(),
                start,
                end,
                code: None,
                full_code: None,
                kind,
                name: (kind == ActorKind::Person && a.is_multiple_of(2)).then(|| format!("name {a}")),
                role: None,
                affiliation: None,
                refers_to,
            }
        };
        let person = |a: usize, b: usize| mention(a, b, ActorKind::Person, None);
        let (ana, bo, carl, he) = (at("Ana"), at("Bo"), at("Carl"), at("He"));
        // (The second "Ruiz", in the second sentence.)
        let ruiz = doc.tokens.iter().rposition(|t| text.get(t.start..t.end) == Some("Ruiz")).unwrap();
        let so = at("so");
        let mut inverted = person(bo, bo + 2);
        (inverted.start, inverted.end) = (inverted.end, inverted.start);
        let sets: Vec<Vec<ActorMention>> = vec![
            vec![person(ana, ana + 2), person(bo, bo + 2), person(ruiz, ruiz + 1), person(carl, carl + 2)],
            // "so. Then Bo": over the first sentence's end.
            vec![person(ana, ana + 2), person(so, bo + 2)],
            vec![person(ana, ana + 2), mention(bo, bo + 2, ActorKind::Organization, None), person(he, he + 1)],
            vec![person(ana, ana + 2), inverted.clone(), mention(ruiz, ruiz + 1, ActorKind::Person, Some(0))],
            vec![
                mention(ana, ana + 2, ActorKind::Organization, None),
                person(carl, carl + 2),
                mention(he, he + 1, ActorKind::Person, Some(9)),
            ],
            vec![person(so, n)],
        ];
        let starts: Vec<usize> = doc.sentences.iter().map(|s| s.token_start.min(n)).collect();
        let mut seqs: Vec<Vec<usize>> = vec![starts.clone(), vec![n - 1], vec![3, 3, 3], vec![5, 2, 9], vec![n + 4], vec![]];
        for k in 1..starts.len() {
            seqs.push(starts[..k].to_vec());
            seqs.push(starts[k..].to_vec());
        }
        let mut cues = Cues::parse(lexicon::BUILTIN_CUES).unwrap();
        cues.add(lexicon::BUILTIN_ATTRIBUTION_CUES).unwrap();
        let words = WordLists::parse(lexicon::BUILTIN_WORDS).unwrap();
        let index = TokenIndex::new(&cues, &words);
        let sources = Sources::parse(lexicon::BUILTIN_SOURCES).unwrap();
        let lowbuf = Ctx::lower_case(&doc);
        let mut checked = 0;
        for actors in &sets {
            let mut extra = String::new();
            let ctx = Ctx::new(&doc, &lowbuf, &mut extra, &cues, &index, &sources, actors);
            for uptos in &seqs {
                for scan0 in [0, 2, starts.get(1).copied().unwrap_or(0)] {
                    let before: Option<(Cow<'_, str>, Option<usize>)> = Some((Cow::Borrowed("before"), None));
                    let (mut s1, mut l1) = (scan0, before.clone());
                    for &u in uptos {
                        update_names(&ctx, &mut s1, u, &mut l1);
                    }
                    let (mut s2, mut l2) = (scan0, before.clone());
                    update_names_to(&ctx, &mut s2, uptos, &mut l2);
                    assert_eq!((s1, &l1), (s2, &l2), "{actors:?} {uptos:?} {scan0}");
                    checked += usize::from(l1 != before);
                }
            }
        }
        // (Some calls find a name.)
        assert!(checked > 20, "{checked}");
    }
}
