//! # newsgraph-quotes
//!
//! The quotes stage: who said what, according to whom. It fills [`Record::quotes`] and the
//! article-level [`Record::sources`].
//!
//! ## What it finds
//! - **Direct quotations** between straight or curly, double or single quotation marks, with
//!   the cue before (`X said: "…"`) or after (`"…," X said`, `"…," said X, a …`), split
//!   quotations (`"…," X said, "…"`), several sentences, several paragraphs (a paragraph that
//!   leaves a quotation open continues in the next one when it reopens with a mark), and
//!   follow-on quotations with no cue (same speaker as the quotation just before).
//! - **Partial quotations**: a quoted fragment that is the object of a cue ("described Russia
//!   as its "most important strategic partner"") is `partial`; reported speech that contains a
//!   quoted fragment is `mixed`.
//! - **Reported speech**: "X said (that) …", "X told reporters …", "…, X said.",
//!   "according to X, …", and cognition verbs before a clause ("X believes that …"), with the
//!   content span.
//! - **Attributions beyond speech**: intentions and stances ("plans to", "endorsed"),
//!   evidentials with no speaker ("the minister seems to …"), surveys cited at the start of
//!   a sentence ("In the latest poll, …"), "Asked whether …, X said …", and a closing
//!   "…, according to X" as the statement's source.
//! - Scare quotes, titles and nicknames in quotation marks ("no-fly zone") are not quotations:
//!   without a cue, a quoted span must look like a sentence (three words or more, a capital
//!   start, ending a sentence or standing alone), and Title Case spans are titles.
//! - **Speakers**: the subject of the cue (a name, "an Indian army spokesman", "officials", a
//!   pronoun), or the name after an inverted cue; pronouns resolve to the last named person.
//!   When the actors stage found a mention at the speaker's span, its name, CAMEO code, role
//!   and affiliation are used (following `refers_to`).
//! - **Cited sources**: "according to Reuters", "the Global Times reported", "state news
//!   agency IRNA", "in a statement", per quote and for the article.
//!
//! The cue verbs are a data file (`data/quotes/cues.txt`, with the stance, topic, intention and
//! noun cues in this crate's `data/attribution-cues.txt`), as are the outlet names
//! (`data/quotes/sources.tsv`) and the word lists of the rules (this crate's `data/words.txt`);
//! all are documented in their headers and in `docs/quotes.md`.
//!
//! ```
//! use newsgraph_core::{segment, Article, Record, Stage};
//! use newsgraph_quotes::QuoteStage;
//! let doc = segment::segment(Article::from_body("\"We will take this to the WTO,\" said Mauro Vieira, the foreign minister.".into()));
//! let mut record = Record::new(&doc);
//! QuoteStage::new().run(&doc, &mut record);
//! let q = &record.quotes[0];
//! assert_eq!(q.text, "We will take this to the WTO");
//! assert_eq!(q.speaker.as_ref().unwrap().text, "Mauro Vieira");
//! assert_eq!(q.cue.as_ref().unwrap().text, "said");
//! ```
#![deny(missing_docs)]

pub mod eval;
mod extract;
mod fast;
pub mod lexicon;

pub use lexicon::{Cue, CueClass, Cues, LexiconError, Sources, WordLists};
use newsgraph_core::model::{ActorMention, CitedSource, Document, Quote, Record};
use newsgraph_core::Stage;

/// The quotes stage. Build it once; it is `Send + Sync` and shared by all threads.
#[derive(Debug, Clone)]
pub struct QuoteStage {
    cues: Cues,
    sources: Sources,
    /// One lookup per token for the cues and the word lists (`data/words.txt`).
    index: lexicon::TokenIndex,
}

impl Default for QuoteStage {
    fn default() -> Self {
        Self::new()
    }
}

impl QuoteStage {
    /// Builds the stage with the built-in cue and source lists.
    pub fn new() -> Self {
        // The built-in files are tested to parse.
        let mut cues = Cues::parse(lexicon::BUILTIN_CUES).unwrap_or_default();
        // Tested to parse too; a cue already in BUILTIN_CUES keeps its class there.
        let _ = cues.add(lexicon::BUILTIN_ATTRIBUTION_CUES);
        let sources = Sources::parse(lexicon::BUILTIN_SOURCES).unwrap_or_default();
        let words = WordLists::parse(lexicon::BUILTIN_WORDS).unwrap_or_default();
        let index = lexicon::TokenIndex::new(&cues, &words);
        QuoteStage { cues, sources, index }
    }

    /// Builds the stage with extra cue files (format of `data/quotes/cues.txt`) added to the
    /// built-in ones.
    pub fn with_cues(extra: &[&str]) -> Result<Self, LexiconError> {
        let mut s = Self::new();
        for text in extra {
            s.cues.add(text)?;
        }
        let words = WordLists::parse(lexicon::BUILTIN_WORDS).unwrap_or_default();
        s.index = lexicon::TokenIndex::new(&s.cues, &words);
        Ok(s)
    }

    /// The cue lexicon.
    pub fn cues(&self) -> &Cues {
        &self.cues
    }

    /// Extracts quotes and article-level sources from a document, given the actor mentions
    /// of the actors stage (may be empty).
    pub fn extract(&self, doc: &Document, actors: &[ActorMention]) -> (Vec<Quote>, Vec<CitedSource>) {
        extract::extract(doc, &self.cues, &self.index, &self.sources, actors)
    }
}

impl Stage for QuoteStage {
    fn name(&self) -> &'static str {
        "quotes"
    }
    fn run(&self, doc: &Document, record: &mut Record) {
        let (quotes, sources) = self.extract(doc, &record.actors);
        record.quotes = quotes;
        for s in sources {
            if !record.sources.contains(&s) {
                record.sources.push(s);
            }
        }
    }
}
