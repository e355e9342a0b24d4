//! The document model and the output schema `newsgraph/1`.
//!
//! Every annotation is a byte span (`start..end`) into [`Article::body`], the text
//! newsgraph analysed. The JSON record carries `body` itself, so every span can be
//! checked by slicing it. External gold sets that count Unicode code points are
//! converted at the edge, in evaluation code, never here.
//!
//! The record printed by `newsgraph analyze` is [`Record`]; `docs/schema.md`
//! documents every field.

use serde::{Deserialize, Serialize};

/// The schema identifier written in every [`Record`].
pub const SCHEMA: &str = "newsgraph/1";

/// A half-open byte range `start..end` into an article body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// Creates a span; `start <= end` is the caller's promise.
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }
    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start >= self.end
    }
    /// The text this span covers in `text`.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
    /// True when `other` lies inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// A span together with the text it covers, as written in JSON output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSpan {
    /// The covered text, `body[start..end]`.
    pub text: String,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl TextSpan {
    /// Builds a text span by slicing `body`.
    pub fn from_span(body: &str, span: Span) -> Self {
        TextSpan { text: span.slice(body).to_string(), start: span.start, end: span.end }
    }
    /// The bare span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Something ingest removed from the body, with the reason (e.g. an ad label).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dropped {
    /// The removed text.
    pub text: String,
    /// Why it was removed.
    pub reason: String,
}

/// One news article after ingest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Article {
    /// Content hash of the body (BLAKE3, 32 hex digits): same text, same id.
    pub id: String,
    /// Where the article came from, when known.
    pub url: Option<String>,
    /// The outlet (publisher or agency), when known.
    pub source: Option<String>,
    /// Publication date `YYYY-MM-DD`, when known (or given with `--date`).
    pub date: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Byline without the leading "By".
    pub byline: Option<String>,
    /// Dateline ("GENEVA", "KYIV, Ukraine, March 3 (Reuters)").
    pub dateline: Option<String>,
    /// The input this article came from (a path, `-`, `path:line`), for messages.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
    /// The body text every span points into. Paragraphs are separated by a blank line.
    pub body: String,
    /// Fragments ingest dropped from the body (ad labels, "READ MORE" lines).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dropped: Vec<Dropped>,
    /// Warnings raised while reading the input (e.g. invalid UTF-8 replaced).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// Input fields newsgraph does not interpret, kept as given (JSON inputs).
    #[serde(default, skip_serializing_if = "serde_json::Map::is_empty")]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl Article {
    /// Builds an article from a body, computing its content id.
    pub fn from_body(body: String) -> Self {
        let id = content_id(&body);
        Article { id, body, ..Default::default() }
    }
    /// Recomputes the content id after the body changed.
    pub fn rehash(&mut self) {
        self.id = content_id(&self.body);
    }
}

/// The content hash newsgraph uses as an article id: BLAKE3 of the body, 128 bits in hex.
pub fn content_id(body: &str) -> String {
    let hash = blake3::hash(body.as_bytes());
    hash.to_hex()[..32].to_string()
}

/// What kind of token a [`Token`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// Letters, possibly with inner apostrophes, hyphens or dots (U.S., don't, al-Assad).
    Word,
    /// Digits, possibly with inner `.`/`,` (3.5, 1,000).
    Number,
    /// A quotation mark, straight or curly, single or double.
    Quote,
    /// A dash: em, en, or a spaced hyphen.
    Dash,
    /// Any other punctuation or symbol.
    Punct,
}

/// A token: a byte span with its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Kind of token.
    pub kind: TokenKind,
}

impl Token {
    /// The token's span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A sentence: a span plus the index range of its tokens in [`Document::tokens`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Index of the paragraph holding the sentence.
    #[serde(skip)]
    pub paragraph: usize,
    /// First token index (inclusive).
    #[serde(skip)]
    pub token_start: usize,
    /// Last token index (exclusive).
    #[serde(skip)]
    pub token_end: usize,
}

impl Sentence {
    /// The sentence's span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
    /// Token index range.
    pub fn token_range(&self) -> std::ops::Range<usize> {
        self.token_start..self.token_end
    }
}

/// An article with its segmentation: what every analysis stage reads.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The article; spans point into `article.body`.
    pub article: Article,
    /// Paragraph spans.
    pub paragraphs: Vec<Span>,
    /// Sentences in order.
    pub sentences: Vec<Sentence>,
    /// Tokens in order.
    pub tokens: Vec<Token>,
}

impl Document {
    /// The body text.
    pub fn body(&self) -> &str {
        &self.article.body
    }
    /// The text of token `i`.
    pub fn token_text(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        &self.article.body[t.start..t.end]
    }
    /// The index of the sentence containing byte `pos`, if any.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= pos);
        (i < self.sentences.len() && self.sentences[i].start <= pos).then_some(i)
    }
}

/// What an actor mention refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    /// A country, by name, demonym or capital ("Brazil", "Chinese", "Washington").
    Country,
    /// A region or bloc ("the West", "Gulf states").
    Region,
    /// An international governmental organisation.
    Igo,
    /// A person, named or resolved.
    Person,
    /// A company, outlet, party or NGO.
    Organization,
    /// A generic agent ("troops", "the foreign minister", "protesters").
    Agent,
    /// An armed or militant group.
    Group,
}

/// One mention of an actor in the body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorMention {
    /// The mention's text.
    pub text: String,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// CAMEO actor code (`BRA`, `CHNGOV`, `IGOUNO`), when one could be given: a country plus
    /// one role at most, as event data codes actors (`docs/dictionaries.md`, "Output codes").
    pub code: Option<String>,
    /// The dictionary's full code when `code` is its shortened one-role form: a known group or
    /// stacked roles (Hamas: `code` `PSEREB`, `full_code` `PSEREBHMS`; a defence minister:
    /// `ISRGOV`, `ISRGOVMIL`). Absent when the two are the same.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_code: Option<String>,
    /// What the mention is.
    pub kind: ActorKind,
    /// Canonical name ("Brazil", "Mauro Vieira").
    pub name: Option<String>,
    /// Role or title for people and agents ("foreign minister").
    pub role: Option<String>,
    /// Affiliation as written or resolved ("Brazil", "European Commission").
    pub affiliation: Option<String>,
    /// Index in `actors` of the full mention this one refers to (short names, titles, pronouns).
    pub refers_to: Option<usize>,
}

impl ActorMention {
    /// The mention's span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Direct, partial, indirect or mixed quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words inside quotation marks, attributed.
    Direct,
    /// A quoted fragment embedded in reported speech.
    Partial,
    /// Reported speech without quotation marks ("X said that …").
    Indirect,
    /// Reported speech that contains a quoted fragment.
    Mixed,
}

/// Who said a quotation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// The speaker mention's text ("Mauro Vieira", "he", "an army spokesman").
    pub text: String,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Resolved canonical name.
    pub name: Option<String>,
    /// CAMEO actor code.
    pub code: Option<String>,
    /// Role or title.
    pub role: Option<String>,
    /// Affiliation.
    pub affiliation: Option<String>,
    /// Index of the actor mention in `actors`, when the speaker is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<usize>,
}

/// Kind of a cited source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// A newspaper, broadcaster or website.
    Media,
    /// A news agency (Reuters, AFP, Xinhua, IRNA).
    Agency,
    /// A document: statement, report, communique.
    Document,
    /// An official or office cited as a source.
    Official,
}

/// A source the article cites ("according to Agência Brasil", "in a statement").
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CitedSource {
    /// Name as written.
    pub name: String,
    /// What kind of source.
    pub kind: SourceKind,
}

/// A quotation or reported statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The content, without the quotation marks.
    pub text: String,
    /// First byte of the content.
    pub start: usize,
    /// One past the last byte of the content.
    pub end: usize,
    /// Direct, partial, indirect or mixed.
    pub kind: QuoteKind,
    /// Who said it, when found.
    pub speaker: Option<Speaker>,
    /// The cue ("said", "according to", "told reporters").
    pub cue: Option<TextSpan>,
    /// Sources cited for this quote.
    pub sources: Vec<CitedSource>,
}

/// Whether an event is a fact, an intention, a threat, a report or a hypothesis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// Stated as having happened or happening.
    Asserted,
    /// An intention or plan ("will hold talks").
    Intended,
    /// A threat ("threatened to impose sanctions").
    Threatened,
    /// Reported by someone else ("Iran said the US attacked").
    Reported,
    /// A condition or question.
    Hypothetical,
}

/// The PLOVER type and mode mapped from the CAMEO code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plover {
    /// PLOVER event type (e.g. `ACCUSE`).
    #[serde(rename = "type")]
    pub kind: String,
    /// PLOVER mode, when the map gives one.
    pub mode: Option<String>,
}

/// A CAMEO-coded event with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Source actor code (who acts).
    pub source: String,
    /// Target actor code (to whom); empty when there is none.
    pub target: String,
    /// CAMEO event code ("163").
    pub code: String,
    /// CAMEO root ("16").
    pub root: String,
    /// GDELT QuadClass 1–4.
    pub quad_class: u8,
    /// Goldstein scale score (GDELT's table).
    pub goldstein: f32,
    /// PLOVER type and mode.
    pub plover: Option<Plover>,
    /// True when the event is negated ("did not attack").
    pub negated: bool,
    /// Asserted, intended, threatened, reported or hypothetical.
    pub modality: Modality,
    /// The sentence holding the event.
    pub sentence: Span,
    /// The words that gave the code.
    pub trigger: Vec<TextSpan>,
    /// Index in `actors` of the source mention.
    pub source_mention: Option<usize>,
    /// Index in `actors` of the target mention.
    pub target_mention: Option<usize>,
    /// Code of the actor whose statement reports the event, for reported events.
    pub reported_by: Option<String>,
    /// Tone of the text around the event (GDELT AvgTone scale), set by the tone stage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tone: Option<f32>,
    /// Where the event happened (GDELT ActionGeo), set by the places stage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
}

/// The seven GDELT V2Tone figures for a text (GKG 2.1 codebook).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Default)]
pub struct Tone {
    /// Positive score minus negative score (−100…+100, usually −10…+10).
    pub tone: f32,
    /// Percentage of words that are positive.
    pub positive: f32,
    /// Percentage of words that are negative.
    pub negative: f32,
    /// Percentage of words that carry emotion (positive or negative).
    pub polarity: f32,
    /// Percentage of words that are active words.
    pub activity_density: f32,
    /// Percentage of words that are pronouns (self/group reference).
    pub self_group_density: f32,
    /// Number of words.
    pub word_count: u32,
}

/// What kind of place a [`Location`] is (GDELT's geographic resolution).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LocationKind {
    /// A country (GDELT type 1).
    Country,
    /// A first-level division: state, province, region (GDELT types 2/5).
    Adm1,
    /// A city or town (GDELT types 3/4).
    City,
    /// A landmark or well-known area ("the Gaza Strip", "Crimea", "the Donbas").
    Landmark,
}

/// A place mentioned in the article, resolved to coordinates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// The mention's text.
    pub text: String,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Canonical name ("Donetsk, Donetsk Oblast, Ukraine").
    pub name: String,
    /// Country, first-level division, city or landmark.
    pub kind: LocationKind,
    /// ISO 3166-1 alpha-3 country code (CAMEO country codes are the same for most countries).
    pub country: Option<String>,
    /// First-level administrative division code (e.g. `UA-14`), when known.
    pub adm1: Option<String>,
    /// Latitude (WGS84).
    pub lat: f64,
    /// Longitude (WGS84).
    pub lon: f64,
}

/// A numeric amount with what it counts (GKG Amounts): "$100 million", "1,000 police officers".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Amount {
    /// The mention's text.
    pub text: String,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The value (100000000 for "$100 million").
    pub amount: f64,
    /// What is counted or the unit ("USD", "police officers", "civilians").
    pub object: String,
}

/// Article metadata as written in the record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleMeta {
    /// Content id.
    pub id: String,
    /// URL.
    pub url: Option<String>,
    /// Outlet.
    pub source: Option<String>,
    /// Date `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Byline.
    pub byline: Option<String>,
    /// Dateline.
    pub dateline: Option<String>,
    /// Fragments dropped from the body.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dropped: Vec<Dropped>,
    /// Input warnings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// Unknown input fields, kept.
    #[serde(default, skip_serializing_if = "serde_json::Map::is_empty")]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl From<&Article> for ArticleMeta {
    fn from(a: &Article) -> Self {
        ArticleMeta {
            id: a.id.clone(),
            url: a.url.clone(),
            source: a.source.clone(),
            date: a.date.clone(),
            title: a.title.clone(),
            byline: a.byline.clone(),
            dateline: a.dateline.clone(),
            dropped: a.dropped.clone(),
            warnings: a.warnings.clone(),
            extra: a.extra.clone(),
        }
    }
}

/// One analysed article: the `newsgraph/1` record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// Article metadata.
    pub article: ArticleMeta,
    /// The body every span points into.
    pub body: String,
    /// Paragraph spans.
    pub paragraphs: Vec<Span>,
    /// Sentence spans.
    pub sentences: Vec<Span>,
    /// Actor mentions.
    pub actors: Vec<ActorMention>,
    /// Quotations and reported statements.
    pub quotes: Vec<Quote>,
    /// Sources the article cites.
    pub sources: Vec<CitedSource>,
    /// CAMEO events.
    pub events: Vec<Event>,
    /// GDELT V2Tone figures for the whole article, set by the tone stage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tone: Option<Tone>,
    /// Places mentioned, with coordinates.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub locations: Vec<Location>,
    /// Amounts mentioned.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub amounts: Vec<Amount>,
    /// Further layers (tone, locations, amounts) added by later stages, keyed by name.
    #[serde(flatten)]
    pub layers: serde_json::Map<String, serde_json::Value>,
}

impl From<Article> for ArticleMeta {
    /// [`ArticleMeta::from`] an article, moving its fields instead of copying them.
    fn from(a: Article) -> Self {
        ArticleMeta {
            id: a.id,
            url: a.url,
            source: a.source,
            date: a.date,
            title: a.title,
            byline: a.byline,
            dateline: a.dateline,
            dropped: a.dropped,
            warnings: a.warnings,
            extra: a.extra,
        }
    }
}

impl Record {
    /// An empty record for a segmented document: the stages fill the rest.
    pub fn new(doc: &Document) -> Self {
        let mut record = Record::for_stages(doc);
        record.article = ArticleMeta::from(&doc.article);
        record.body = doc.article.body.clone();
        record
    }

    /// [`Record::new`] without the article: its metadata and body are left empty, for a caller
    /// that owns the document and moves them in with [`Record::set_article`] once the stages have
    /// run (stages read the article from the [`Document`]), instead of copying the body.
    pub fn for_stages(doc: &Document) -> Self {
        Record {
            schema: SCHEMA.to_string(),
            article: ArticleMeta {
                id: String::new(),
                url: None,
                source: None,
                date: None,
                title: None,
                byline: None,
                dateline: None,
                dropped: Vec::new(),
                warnings: Vec::new(),
                extra: serde_json::Map::new(),
            },
            body: String::new(),
            paragraphs: doc.paragraphs.clone(),
            sentences: doc.sentences.iter().map(Sentence::span).collect(),
            actors: Vec::new(),
            quotes: Vec::new(),
            sources: Vec::new(),
            events: Vec::new(),
            tone: None,
            locations: Vec::new(),
            amounts: Vec::new(),
            layers: serde_json::Map::new(),
        }
    }

    /// Moves the article's metadata and body into the record: what [`Record::new`] copies from
    /// the document's article.
    pub fn set_article(&mut self, mut article: Article) {
        self.body = std::mem::take(&mut article.body);
        self.article = ArticleMeta::from(article);
    }
}
