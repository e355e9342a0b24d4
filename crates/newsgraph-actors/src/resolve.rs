//! From dictionary hits to actor mentions: composition (actor + agent), people (titles,
//! "said", appositions), capitals, and in-article coreference.

use crate::cues::{bit, cues, gender_of, Cues, Gender, HashMap};
use crate::dict::{parse_iso_date, AgentCode, Dictionary, EntryKind, NameForm};
use crate::matcher::{bit_set, next_set, Hit, Matcher, Normalised, WordCase, ACRONYM, CAPITALISED, WORD};
use crate::Options;
use newsgraph_core::chars::is_alphabetic;
use newsgraph_core::model::{ActorKind, Document, Token, TokenKind};
use std::borrow::Cow;

/// How a mention was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum How {
    /// A dictionary name (country, region, IGO, organisation, person).
    Name,
    /// A demonym ("Chinese").
    Demonym,
    /// A capital standing for its government ("Beijing said").
    Capital,
    /// A capital or place named as a place ("in Washington"): coded with its country.
    Place,
    /// An agent, with or without an actor ("Russian troops", "officials").
    Agent,
    /// A person found by cues (a title, "said", an apposition) or named with a title.
    Person,
    /// A later full or short mention of a person already named ("Stano", "Mr. Stano").
    Repeat,
    /// A role noun standing for a person named before ("the spokesman"), or an apposition.
    RoleNoun,
    /// A pronoun ("he", "she").
    Pronoun,
    /// A capitalised name not in any dictionary, typed by its head word ("Irving Police
    /// Department", "Constitution Hall") or an unknown acronym ("NASA"): no code. Unknown
    /// places are kept out of the `actors` output.
    Unknown,
}

/// A mention with what the stage knows about it (richer than the output type).
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// First token.
    pub t0: usize,
    /// One past the last token.
    pub t1: usize,
    /// Output kind.
    pub kind: ActorKind,
    /// CAMEO code.
    pub code: Option<String>,
    /// Canonical name.
    pub name: Option<String>,
    /// Role or title.
    pub role: Option<String>,
    /// Affiliation.
    pub affiliation: Option<String>,
    /// Index (in the mention list) of the first full mention this one refers to.
    pub refers_to: Option<usize>,
    /// How it was found.
    pub how: How,
    /// The named actor inside a compound (token range and kind), e.g. "Russia" in "Russia's foreign minister".
    pub inner: Option<(usize, usize, EntryKind, NameForm)>,
}

#[derive(Debug, Clone, Copy)]
enum ItemKind {
    Entry(u32, NameForm),
    Agent(u32),
    /// An unknown name: organisation (true) or place (false).
    Unknown(bool),
}

#[derive(Debug, Clone, Copy)]
struct Item {
    t0: usize,
    t1: usize,
    kind: ItemKind,
}

/// A person named in the article, for coreference.
#[derive(Debug, Clone)]
struct Known {
    root: usize,
    name: String,
    tokens: Vec<String>,
    /// [`word_bits`] of `tokens`: a list of words whose bits are not all here is not among them.
    bits: u64,
    entry: Option<u32>,
    code: Option<String>,
    role: Option<String>,
    affiliation: Option<String>,
    gender: Option<Gender>,
    last_sentence: usize,
    /// How often the article has named the person so far (the first mention, repeats and
    /// surnames that went to them): a surname shared by two people goes to the one named most.
    mentions: u32,
    /// Other roles the article gives the person ("a European Commission spokesman").
    roles: Vec<String>,
}

/// The result of composing a chain of items.
#[derive(Debug, Clone, Default)]
struct Chain<'s> {
    t0: usize,
    t1: usize,
    code: Option<String>,
    /// Borrowed from the text when it is already lower case.
    role: Option<Cow<'s, str>>,
    affiliation: Option<String>,
    actor: Option<(usize, usize, u32, NameForm)>,
    agents: usize,
    /// The entry of a lone item (no agent).
    single: Option<(u32, NameForm)>,
    /// The last word of the last agent ("minister").
    head: Option<Cow<'s, str>>,
}

pub(crate) struct Resolver<'a> {
    dict: &'a Dictionary,
    matcher: &'a Matcher,
    opts: &'a Options,
    cues: &'static Cues,
    body: &'a str,
    norm: &'a Normalised,
    tokens: &'a [Token],
    date: Option<u32>,
    items: Vec<Item>,
    /// Item index starting at each token (`NONE` for none, and past the last token when a
    /// longer document left the buffer longer).
    item_at: Vec<u32>,
    out: Vec<Mention>,
    known: Vec<Known>,
    /// Apposition ranges waiting for their chain: (t0, t1, known index).
    appositions: Vec<(usize, usize, usize)>,
    /// By document word id ([`Normalised::ids`]): how often each capitalised word occurs in
    /// the document, and how often it stands alone mid-sentence (`u32::MAX`: it is also part
    /// of a longer name somewhere).
    cap_counts: Vec<(u32, u32)>,
    /// Bit `t`: an item starts at token `t`, or the token is capitalised or pronoun-like
    /// (what the main loop of [`Resolver::run`] looks at).
    look: Vec<u64>,
    /// A buffer for [`Resolver::unknown_names`].
    covered: Vec<u32>,
    /// Dictionary actors inside unknown names, in token order.
    nested: Vec<Item>,
    /// (first token, paragraph) of each sentence, in token order.
    sent_para: Vec<(usize, usize)>,
    /// Codes of countries and regions (what may start a domestic code).
    countries: &'a crate::codes::CodeSet,
    /// The article's dateline, when it has one.
    dateline: Option<&'a str>,
    /// Tokens of lone surnames taken as dictionary people ([`Resolver::surname_items`]), in order.
    surname_at: Vec<usize>,
    /// The [`Known::bits`] of every person in `known`, or-ed ([`find_in_known`] reads it).
    known_bits: u64,
}

const NONE: u32 = u32::MAX;

/// Per-token buffers of a [`Resolver`], kept between the documents of a thread.
#[derive(Default)]
struct Bufs {
    item_at: Vec<u32>,
    cap_counts: Vec<(u32, u32)>,
    look: Vec<u64>,
    covered: Vec<u32>,
}

thread_local! {
    static BUFS: std::cell::RefCell<Bufs> = std::cell::RefCell::new(Bufs::default());
}

/// Takes the thread's buffers (empty ones when they are in use).
fn take_bufs() -> Bufs {
    BUFS.with(|b| b.try_borrow_mut().map(|mut b| std::mem::take(&mut *b)).unwrap_or_default())
}

/// Gives buffers back to the thread.
fn give_bufs(bufs: Bufs) {
    BUFS.with(|b| {
        if let Ok(mut b) = b.try_borrow_mut() {
            *b = bufs;
        }
    });
}

impl<'a> Resolver<'a> {
    pub fn new(
        dict: &'a Dictionary,
        matcher: &'a Matcher,
        opts: &'a Options,
        doc: &'a Document,
        norm: &'a Normalised,
        countries: &'a crate::codes::CodeSet,
    ) -> Self {
        let date = doc.article.date.as_deref().and_then(|d| parse_iso_date(d.get(..10).unwrap_or(d)));
        let mut bufs = take_bufs();
        Resolver {
            dict,
            matcher,
            opts,
            cues: cues(),
            body: doc.body(),
            norm,
            tokens: &doc.tokens,
            date,
            items: Vec::new(),
            item_at: {
                // All `NONE` between documents (`run` unsets what it set): only a longer
                // document's tail is written here.
                let mut v = std::mem::take(&mut bufs.item_at);
                debug_assert!(v.iter().all(|&k| k == NONE));
                if v.len() < doc.tokens.len() + 1 {
                    v.resize(doc.tokens.len() + 1, NONE);
                }
                v
            },
            out: Vec::new(),
            known: Vec::new(),
            appositions: Vec::new(),
            cap_counts: std::mem::take(&mut bufs.cap_counts),
            look: std::mem::take(&mut bufs.look),
            covered: std::mem::take(&mut bufs.covered),
            nested: Vec::new(),
            sent_para: {
                let mut v: Vec<(usize, usize)> = doc.sentences.iter().map(|s| (s.token_start, s.paragraph)).collect();
                if !v.is_sorted() {
                    v.sort_unstable();
                }
                v
            },
            countries,
            dateline: doc.article.dateline.as_deref(),
            surname_at: Vec::new(),
            known_bits: 0,
        }
    }

    fn text(&self, t: usize) -> &'a str {
        self.tokens.get(t).and_then(|x| self.body.get(x.start..x.end)).unwrap_or("")
    }

    /// Is token `t`'s key in one of the cue lists `bits` ([`bit`])?
    #[inline]
    fn cue(&self, t: usize, bits: u32) -> bool {
        self.norm.cues(t) & bits != 0
    }

    /// The honorific at `t` ("Mr." → `Some(Some(Male))`), with the gender it gives.
    fn honorific(&self, t: usize) -> Option<Option<Gender>> {
        let b = self.norm.cues(t);
        (b & bit::HONORIFIC != 0).then(|| gender_of(b, bit::HONORIFIC_M, bit::HONORIFIC_F))
    }

    /// The normalised (lower-case, folded) text of token `t`.
    #[inline]
    fn lower(&self, t: usize) -> &'a str {
        self.norm.key(t)
    }

    fn span_text(&self, t0: usize, t1: usize) -> &'a str {
        if t0 >= t1 || t1 > self.tokens.len() {
            return "";
        }
        self.body.get(self.tokens[t0].start..self.tokens[t1 - 1].end).unwrap_or("")
    }

    /// Is token `t` written like part of a proper name?
    fn capitalised(&self, t: usize) -> bool {
        self.norm.flags(t) & CAPITALISED != 0
    }

    /// The case rule for a dictionary name on `t0..t1`: an acronym ("UN", "WHO") must be
    /// in capitals; a one-word name must be capitalised; a name of several words must
    /// not be all lower case unless it holds a word of its own that is not a name
    /// ("the world body") — in practice: any case.
    fn case_ok(&self, t0: usize, t1: usize, acronym: bool) -> bool {
        let words = (t0..t1).filter(|&t| self.text(t).chars().any(is_alphabetic)).count();
        if words >= 2 && !acronym {
            return true;
        }
        let mut any = false;
        for t in t0..t1 {
            let s = self.text(t);
            if !s.chars().any(is_alphabetic) {
                continue;
            }
            if acronym {
                if s.chars().any(char::is_lowercase) {
                    return false;
                }
                any = true;
                continue;
            }
            if self.capitalised(t) {
                any = true;
            } else if !self.cue(t, bit::FUNCTION) {
                return false;
            }
        }
        any
    }

    /// The case rule of newsgraph's own dictionaries, word by word: what the dictionary
    /// writes capitalised must be capitalised in the text, what it writes in capitals (an
    /// acronym) must be in capitals, and what it writes in lower case may be in any case
    /// ("UN refugee agency", "Gulf states", "blue helmets").
    fn word_case_ok(&self, t0: usize, t1: usize, wc: WordCase) -> bool {
        for (i, t) in (t0..t1).enumerate().take(64) {
            let bit = 1u64 << i;
            if wc.upper & bit != 0 {
                if self.text(t).chars().any(char::is_lowercase) {
                    return false;
                }
            } else if wc.capital & bit != 0 && !self.capitalised(t) {
                return false;
            }
        }
        true
    }

    fn collect_items(&mut self, norm: &Normalised) {
        let mut hits: Vec<Hit> = Vec::new();
        self.matcher.find(norm, &mut hits);
        let mut items: Vec<Item> = Vec::with_capacity(hits.len());
        for h in &hits {
            self.take_hit(norm, *h, &mut items, 0);
        }
        self.items = items;
    }

    /// Turns a hit into an item when its case fits. When it does not, shorter names inside
    /// it may ("the U.N. secretary-general": not the alias "U.N. Secretary-General", but "U.N."
    /// and the agent "secretary-general").
    fn take_hit(&self, norm: &Normalised, h: Hit, items: &mut Vec<Item>, depth: usize) {
        let refs = self.matcher.refs(h.pattern);
        // Read only for a name written with "the" (few are).
        let the_before = || h.t0 > 0 && self.lower(h.t0 - 1) == "the";
        let pick = refs.names.iter().find(|r| {
            (!r.the || the_before())
                && match r.case {
                    Some(wc) => self.word_case_ok(h.t0, h.t1, wc),
                    None => self.case_ok(h.t0, h.t1, r.acronym),
                }
        });
        if let Some(r) = pick {
            // A name written with "the" ("the Balkans") takes it back.
            let t0 = if r.the && items.last().is_none_or(|it: &Item| it.t1 < h.t0) { h.t0 - 1 } else { h.t0 };
            items.push(Item { t0, t1: h.t1, kind: ItemKind::Entry(r.entry, r.form) });
        } else if let Some(a) = refs.agent {
            items.push(Item { t0: h.t0, t1: h.t1, kind: ItemKind::Agent(a) });
        } else if h.t1 > h.t0 + 1 && depth < 4 {
            let mut sub = Vec::new();
            self.matcher.find_in(norm, h.t0, h.t1 - 1, &mut sub);
            for x in sub {
                self.take_hit(norm, x, items, depth + 1);
            }
            let from = items.last().map_or(h.t0, |it| it.t1.max(h.t0)).max(h.t0 + 1);
            if from < h.t1 {
                let mut rest = Vec::new();
                self.matcher.find_in(norm, from, h.t1, &mut rest);
                for x in rest {
                    self.take_hit(norm, x, items, depth + 1);
                }
            }
        }
    }

    /// Can token `t` be part of a run of capitalised words ([`Resolver::unknown_names`]): a
    /// capitalised word (`cap_words`: the flags' test in one bit), not "'S", in no person's
    /// item (`covered`: the item at each token)? Inlined (a closure's call costs more than
    /// the tests).
    #[inline(always)]
    fn run_token(&self, covered: &[u32], t: usize) -> bool {
        let person = || {
            let k = covered[t];
            k != u32::MAX && self.entry_kind(&self.items[k as usize]) == Some(EntryKind::Person)
        };
        bit_set(&self.norm.cap_words, t) && !self.is_apostrophe_s(t) && !person()
    }

    /// Is token `t`'s key "'s" ("'S", "’S")? (A cue bit: no key to read.)
    #[inline]
    fn is_apostrophe_s(&self, t: usize) -> bool {
        self.cue(t, bit::APOSTROPHE_S)
    }

    /// Is token `t` an all-capitals word of two letters or more ("NASA", "DAB")?
    fn acronym(&self, t: usize) -> bool {
        self.norm.flags(t) & ACRONYM != 0 && !currency_amount(self.text(t))
    }

    /// Adds unknown organisations and places: capitalised runs typed by their head word,
    /// and unknown acronyms. They replace dictionary names inside them ("Saudi Gazette").
    fn unknown_names(&mut self, sentences: &[(usize, usize)]) {
        let n = self.tokens.len();
        // All `u32::MAX` between documents (what is set below is unset before the items
        // change): only a longer document's tail is written here.
        let mut covered = std::mem::take(&mut self.covered);
        debug_assert!(covered.iter().all(|&k| k == u32::MAX));
        if covered.len() < n {
            covered.resize(n, u32::MAX);
        }
        for (k, it) in self.items.iter().enumerate() {
            for c in covered.iter_mut().take(it.t1.min(n)).skip(it.t0) {
                *c = k as u32;
            }
        }
        let cap_words = &self.norm.cap_words;
        let mut extra: Vec<Item> = Vec::new();
        for &(s0, s1) in sentences {
            // Is the sentence a headline in capitals? Counted only when asked (rarely), and
            // once per sentence.
            let mut is_headline: Option<bool> = None;
            let mut headline = || {
                *is_headline.get_or_insert_with(|| {
                    // (The flags say both: `WORD` is the token kind's.)
                    let flags = self.norm.flags_in(s0, s1);
                    let words = flags.iter().filter(|&&f| f & WORD != 0).count();
                    let shouting = flags.iter().filter(|&&f| f & ACRONYM != 0).count();
                    shouting >= 3 && shouting * 5 >= words * 3
                })
            };
            let mut t = s0;
            loop {
                // `Resolver::run_token` holds only for capitalised words: skip to the next one.
                t = next_set(cap_words, t);
                if t >= s1 {
                    break;
                }
                if !self.run_token(&covered, t) {
                    t += 1;
                    continue;
                }
                let mut start = t;
                let mut e = t + 1;
                loop {
                    if e < s1 && self.run_token(&covered, e) {
                        e += 1;
                        continue;
                    }
                    // A known name does not run on through a preposition ("U.N. Security
                    // Council on Wednesday"), nor does a name through "on" + a date word.
                    let after_name = covered[e - 1] != u32::MAX && {
                        let it = &self.items[covered[e - 1] as usize];
                        it.t1 == e && matches!(it.kind, ItemKind::Entry(..))
                    };
                    let date_next = e + 1 < s1 && self.cue(e + 1, bit::DATE_WORD);
                    // Session 12: a person's name does not run on through "of" into an
                    // organisation ("Jo Anne Van Tilburg of the University of California"; session
                    // 15: "Jo Roe for Food Standards Agency"): a
                    // given name and at least one more word before it, and no link word
                    // ("Church of Jesus Christ of …" is one name).
                    let person_before = || {
                        e >= start + 2
                            && matches!(self.lower(e), "of" | "for")
                            && (start..e - 1).any(|x| self.cue(x, bit::GIVEN))
                            && (start..e).all(|x| !self.cue(x, bit::NAME_LINK) && self.text(x) != "-")
                            && !self.cue(e - 1, bit::ORG_HEAD | bit::PLACE_HEAD | bit::PREFIX_HEAD)
                    };
                    if e + 1 < s1 && !after_name && !date_next && self.cue(e, bit::NAME_LINK) && !person_before() {
                        let mut f = e + 1;
                        if f < s1 && self.lower(f) == "the" {
                            f += 1;
                        }
                        if f < s1 && self.run_token(&covered, f) {
                            e = f + 1;
                            continue;
                        }
                    }
                    if e + 1 < s1 && self.text(e) == "-" && self.run_token(&covered, e + 1) {
                        e += 2;
                        continue;
                    }
                    break;
                }
                let end = e;
                t = e;
                // "Members of the Church of Scientology": a plural role noun that starts the
                // run only because it starts the sentence is not part of the name.
                let is_head = |x: usize| {
                    (self.cue(x, bit::PREFIX_HEAD) || (self.cue(x, bit::ORG_HEAD) && self.lower(x) != "district"))
                        && x + 1 < end
                        && self.cue(x + 1, bit::HEAD_LINK)
                };
                if start == s0
                    && end > start + 2
                    && self.lower(start + 1) == "of"
                    && self.lower(start).ends_with('s')
                    && !self.lower(start).ends_with("ss")
                    && !is_head(start)
                {
                    start += 2;
                }
                // Leading words that are not names ("The", "In"), but not a head word that
                // starts the name ("University of …", "Church of …").
                while start < end && self.cue(start, bit::NOT_NAME) && !is_head(start) {
                    start += 1;
                }
                if start >= end {
                    continue;
                }
                // Leave alone a run that one dictionary item covers exactly.
                let k = covered[start];
                if k != u32::MAX && self.items[k as usize].t0 == start && self.items[k as usize].t1 == end {
                    continue;
                }
                if end - start == 1 {
                    let usable = k == u32::MAX && !self.cue(start, bit::NOT_NAME | bit::HONORIFIC);
                    // An unknown acronym ("NASA"), or a name the article repeats mid-sentence and
                    // never writes in lower case ("Scientology").
                    let repeated = start > s0
                        && self.cap_count(start).is_some_and(|v| v.1 != u32::MAX && v.1 >= 3)
                        && !self.seen_lower(start)
                        && !self.cue(start, bit::GIVEN | bit::SPEECH | bit::FUNCTION);
                    if usable && (self.acronym(start) || repeated) && !headline() {
                        extra.push(Item { t0: start, t1: end, kind: ItemKind::Unknown(true) });
                    } else if usable && !self.acronym(start) && self.town_of(&covered, start, s0, s1) {
                        extra.push(Item { t0: start, t1: end, kind: ItemKind::Unknown(false) });
                    }
                    continue;
                }
                let mut class = if self.cue(end - 1, bit::ORG_HEAD) {
                    Some(true)
                } else if self.cue(end - 1, bit::PLACE_HEAD) {
                    Some(false)
                } else {
                    None
                };
                if class.is_none() {
                    for x in start..end - 1 {
                        // "University of …", "Foundation for …", "Council on …": an
                        // organisation head word before a preposition heads the name.
                        let head = self.cue(x, bit::PREFIX_HEAD) || (self.cue(x, bit::ORG_HEAD) && self.lower(x) != "district");
                        if head && self.cue(x + 1, bit::HEAD_LINK) {
                            let w = self.lower(x);
                            class = Some(
                                !self.cue(x, bit::PLACE_HEAD)
                                    && !matches!(
                                        w,
                                        "gulf" | "bay" | "isle" | "cape" | "mount" | "lake" | "port" | "city" | "sea" | "strait"
                                    ),
                            );
                            break;
                        }
                    }
                }
                // A title with a country is the dictionaries' business ("U.S. State Department" → USAGOV).
                let has_agent = (start..end)
                    .any(|x| covered[x] != u32::MAX && matches!(self.items[covered[x] as usize].kind, ItemKind::Agent(_)));
                let has_actor = (start..end).any(|x| covered[x] != u32::MAX && self.is_actor(&self.items[covered[x] as usize]));
                // Items must lie wholly inside the run.
                let clean = (start..end).all(|x| {
                    covered[x] == u32::MAX || {
                        let it = self.items[covered[x] as usize];
                        it.t0 >= start && it.t1 <= end
                    }
                });
                // …unless the run holds a capitalised word no dictionary knows ("University of
                // Southern Indiana", "Greek Orthodox Church"): then it is a name of its own.
                let unknown_word = (start..end)
                    .any(|x| covered[x] == u32::MAX && self.capitalised(x) && !self.cue(x, bit::FUNCTION | bit::MODIFIER));
                if let Some(org) = class.filter(|_| clean && (!(has_agent && has_actor) || unknown_word)) {
                    extra.push(Item { t0: start, t1: end, kind: ItemKind::Unknown(org) });
                }
            }
        }
        for it in &self.items {
            for c in covered.iter_mut().take(it.t1.min(n)).skip(it.t0) {
                *c = u32::MAX;
            }
        }
        if !extra.is_empty() {
            let overlaps = Overlaps::new(&extra);
            // The items an unknown name overlaps leave the list (in place); named actors inside
            // an unknown name ("Texas" in "University of Texas") stay known as its inner actor.
            let mut items = std::mem::take(&mut self.items);
            let mut nested = Vec::new();
            items.retain(|it| {
                let keep = !overlaps.any(it.t0, it.t1);
                if !keep && self.is_actor(it) {
                    nested.push(*it);
                }
                keep
            });
            self.nested = nested;
            items.extend(extra);
            items.sort_by_key(|i| i.t0);
            self.items = items;
        }
        for (k, it) in self.items.iter().enumerate() {
            self.item_at[it.t0] = k as u32;
        }
        self.covered = covered;
    }

    /// A one-word place, country or organisation name that is part of a person's name is
    /// not that actor: after a given name ("John Tory" is Toronto's mayor, not the Tories;
    /// "George Washington"), or before an unknown capitalised word when the pair is followed
    /// by a verb of saying ("Paris Hilton said", "Chad Smith said"). The pair must be the
    /// whole capitalised run, and its last word no organisation or place head ("George
    /// Washington University", "Jordan River"); or after an unknown capitalised word when the
    /// pair is followed by a verb of saying ("Valeska Paris told"). The dictionary item is
    /// dropped; the person rules then read the run as a name.
    fn person_names_over_places(&mut self, sentences: &[(usize, usize)]) {
        let mut drop: Vec<usize> = Vec::new();
        let mut si = 0;
        for (k, it) in self.items.iter().enumerate() {
            if it.t1 != it.t0 + 1 || !matches!(it.kind, ItemKind::Entry(..)) || !self.is_actor(it) {
                continue;
            }
            let t = it.t0;
            while si < sentences.len() && sentences[si].1 <= t {
                si += 1;
            }
            let Some(&(s0, s1)) = sentences.get(si).filter(|s| s.0 <= t) else { continue };
            let name_word = |x: usize| {
                x >= s0
                    && x < s1
                    && self.tokens[x].kind == TokenKind::Word
                    && self.capitalised(x)
                    && !self.acronym(x)
                    && !self.cue(x, bit::NOT_NAME | bit::HONORIFIC | bit::FUNCTION | bit::ORG_HEAD | bit::PLACE_HEAD)
            };
            let free = |x: usize| {
                let j = self.items.partition_point(|o| o.t0 <= x);
                !(j > 0 && self.items[j - 1].t1 > x)
            };
            let cap_at = |x: usize| x >= s0 && x < s1 && self.tokens[x].kind == TokenKind::Word && self.capitalised(x);
            // A capitalised word before the given name that is no title makes a longer name.
            let longer_name = t >= s0 + 2 && cap_at(t - 2) && !self.cue(t - 2, bit::HONORIFIC) && !self.title_at(t - 2);
            // Given name + the item, and nothing capitalised after: "John Tory said".
            let after_given =
                t > s0 && name_word(t - 1) && self.cue(t - 1, bit::GIVEN) && free(t - 1) && !cap_at(t + 1) && !longer_name;
            // The item + an unknown capitalised word + a verb of saying: "Chad Smith said".
            let before_surname = !after_given
                && t + 2 < s1
                && name_word(t + 1)
                && free(t + 1)
                && !self.seen_lower(t + 1)
                && !cap_at(t + 2)
                && self.cue(t + 2, bit::SPEECH)
                && (t == s0 || !cap_at(t - 1));
            // Session 15: an unknown capitalised word + the item + a verb of saying, the pair
            // the whole capitalised run and not the sentence's first words (whose capitals tell
            // nothing), the item not in capitals ("Listed US states"): "member Valeska Paris
            // told".
            let after_unknown = !after_given
                && !before_surname
                && t > s0 + 1
                && !self.acronym(t)
                && name_word(t - 1)
                && free(t - 1)
                && !self.seen_lower(t - 1)
                && !cap_at(t - 2)
                && t + 1 < s1
                && self.cue(t + 1, bit::SPEECH);
            if after_given || before_surname || after_unknown {
                drop.push(k);
            }
        }
        if drop.is_empty() {
            return;
        }
        let mut k = 0;
        self.items.retain(|_| {
            k += 1;
            drop.binary_search(&(k - 1)).is_err()
        });
    }

    /// Lone surnames of dictionary people ("Putin said", "talks with Lavrov"): a word that is
    /// the surname of exactly one dictionary person, capitalised, standing alone (no capitalised
    /// word next to it but a title: "President Tolvik") and never written in lower case in the
    /// document, becomes that person. At the start of a sentence it must also stand alone
    /// mid-sentence elsewhere in the document, or be followed by a verb of saying ("Trump
    /// warned"), so that a capitalised common word does not fire. An earlier full mention of
    /// another person with that surname wins (see `emit_chain`).
    fn surname_items(&mut self, sentences: &[(usize, usize)]) {
        if self.norm.surnames.is_empty() {
            return;
        }
        let mut added = Vec::new();
        let mut si = 0;
        for &(t, e) in &self.norm.surnames {
            while si < sentences.len() && sentences[si].1 <= t {
                si += 1;
            }
            let Some(&(s0, s1)) = sentences.get(si).filter(|s| s.0 <= t) else { continue };
            let cap_word = |x: usize| self.tokens[x].kind == TokenKind::Word && self.capitalised(x);
            let lone_elsewhere = self.cap_count(t).is_some_and(|v| v.1 != u32::MAX && v.1 >= 1);
            let ok = self.tokens[t].kind == TokenKind::Word
                && self.capitalised(t)
                && !self.acronym(t)
                && !self.inside_item(t)
                && self.items.binary_search_by_key(&t, |it| it.t0).is_err()
                && (t == s0 || !cap_word(t - 1) || self.title_at(t - 1))
                && (t + 1 >= s1 || !cap_word(t + 1))
                && (t > s0 || lone_elsewhere || (t + 1 < s1 && self.cue(t + 1, bit::SPEECH)))
                && !self.seen_lower(t);
            if ok {
                added.push(Item { t0: t, t1: t + 1, kind: ItemKind::Entry(e, NameForm::Name) });
            }
        }
        if !added.is_empty() {
            self.surname_at.extend(added.iter().map(|it| it.t0));
            self.items.extend(added);
            self.items.sort_by_key(|i| i.t0);
        }
    }

    /// Session 13: an unknown capitalised word after a locative word and before ", " + a
    /// country or place name that a comma or the sentence's end closes is a town of that
    /// place ("from Irving, Texas, was", "in Evansville, Indiana."). The closing comma keeps
    /// out "At Acme, China is a key market".
    fn town_of(&self, covered: &[u32], t: usize, s0: usize, s1: usize) -> bool {
        if t == s0 || t + 2 >= s1 || self.text(t + 1) != "," {
            return false;
        }
        if !(self.cue(t - 1, bit::LOCATIVE) || self.lower(t - 1) == "from") {
            return false;
        }
        let k = covered[t + 2];
        if k == u32::MAX {
            return false;
        }
        let it = self.items[k as usize];
        let place = it.t0 == t + 2
            && matches!(it.kind, ItemKind::Entry(_, NameForm::Name | NameForm::Place | NameForm::Capital))
            && matches!(self.entry_kind(&it), Some(EntryKind::Country | EntryKind::Region));
        place && (it.t1 >= s1 || matches!(self.text(it.t1), "," | "." | ";" | ")"))
    }

    /// Is token `t` an honorific or the end of an agent item ("Mr.", "President")?
    fn title_at(&self, t: usize) -> bool {
        let k = self.items.partition_point(|it| it.t0 <= t);
        self.honorific(t).is_some() || (k > 0 && self.items[k - 1].t1 == t + 1 && Self::is_agent(&self.items[k - 1]))
    }

    /// The document word id of token `t`.
    #[inline]
    fn id(&self, t: usize) -> usize {
        self.norm.id(t)
    }

    /// (occurrences capitalised, lone mid-sentence occurrences) of token `t`'s word, when it is
    /// capitalised somewhere in the document.
    fn cap_count(&self, t: usize) -> Option<(u32, u32)> {
        self.cap_counts.get(self.id(t)).copied().filter(|v| v.0 > 0)
    }

    /// Does the document write token `t`'s word capitalised somewhere and also in lower case?
    fn seen_lower(&self, t: usize) -> bool {
        self.norm.lower_seen.get(self.id(t)).copied().unwrap_or(false) && self.cap_count(t).is_some()
    }

    /// Is token `t` inside (not at the start of) a dictionary item?
    fn inside_item(&self, t: usize) -> bool {
        let k = self.items.partition_point(|it| it.t0 <= t);
        k > 0 && self.items[k - 1].t1 > t
    }

    fn entry_kind(&self, it: &Item) -> Option<EntryKind> {
        match it.kind {
            ItemKind::Entry(e, _) => Some(self.dict.entries[e as usize].kind),
            ItemKind::Agent(_) | ItemKind::Unknown(_) => None,
        }
    }

    fn is_actor(&self, it: &Item) -> bool {
        self.entry_kind(it).is_some_and(|k| k != EntryKind::Person)
    }

    fn is_agent(it: &Item) -> bool {
        matches!(it.kind, ItemKind::Agent(_))
    }

    fn entry_code(&self, e: u32, form: NameForm) -> (Option<String>, Option<String>) {
        let (c, r) = self.dict.entries[e as usize].codes.at(self.date);
        let _ = form;
        (c.map(String::from), r.map(String::from))
    }

    /// May the tokens `g0..g1` stand between `prev` and an agent?
    fn gap_ok(&self, prev: &Item, g0: usize, g1: usize) -> bool {
        if g0 == g1 {
            return true;
        }
        let possessive = self.is_actor(prev) && self.lower(g0) == "'s";
        let start = if possessive { g0 + 1 } else { g0 };
        let n = g1 - start;
        if n == 0 {
            return possessive;
        }
        if n > 3 || self.lower(g1 - 1) == "and" {
            return false;
        }
        (start..g1).all(|t| {
            let w = self.lower(t);
            let tok = &self.tokens[t];
            if tok.kind != TokenKind::Word {
                return false;
            }
            if self.cue(t, bit::MODIFIER) {
                return true;
            }
            // After a possessive, any adjective-like word except verbs of saying and function words.
            possessive
                && !self.cue(t, bit::SPEECH)
                && !matches!(
                    w,
                    "the"
                        | "a"
                        | "an"
                        | "of"
                        | "to"
                        | "in"
                        | "on"
                        | "at"
                        | "for"
                        | "with"
                        | "by"
                        | "from"
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "has"
                        | "have"
                        | "had"
                        | "will"
                        | "would"
                        | "that"
                        | "which"
                        | "who"
                        | "said"
                        | "as"
                        | "but"
                        | "or"
                        | "not"
                )
        })
    }

    /// Builds the chain of items starting at item `k` (within `end` tokens).
    fn chain(&self, k: usize, end: usize) -> (Chain<'a>, usize) {
        let first = self.items[k];
        let mut has_actor = self.is_actor(&first);
        let mut last = k;
        if self.entry_kind(&first) != Some(EntryKind::Person) {
            while last + 1 < self.items.len() {
                let prev = self.items[last];
                let next = self.items[last + 1];
                if next.t1 > end || self.entry_kind(&next) == Some(EntryKind::Person) {
                    break;
                }
                let linked = if Self::is_agent(&next) {
                    self.gap_ok(&prev, prev.t1, next.t0)
                } else if has_actor {
                    false
                } else if prev.t1 == next.t0 {
                    true
                } else if Self::is_agent(&prev) {
                    // "the government of Gondor", "soldiers from Gondor" (and, for PETRARCH, "lawmakers in Fornost").
                    let w = self.lower(prev.t1);
                    let prep = w == "of" || w == "from" || (self.opts.petrarch_compat && w == "in");
                    let gap = next.t0 - prev.t1;
                    prep && (gap == 1 || (gap == 2 && self.lower(prev.t1 + 1) == "the"))
                } else {
                    false
                };
                if !linked {
                    break;
                }
                has_actor |= self.is_actor(&next);
                last += 1;
            }
        }
        let mut c = Chain { t0: first.t0, t1: self.items[last].t1, ..Default::default() };
        // The chain's items are `k..=last`.
        let members = &self.items[k..=last];
        let actor = members.iter().copied().find(|it| self.is_actor(it));
        let agents = || members.iter().filter(|it| Self::is_agent(it));
        c.agents = agents().count();
        if c.agents == 0 {
            // A lone item: its callers read only `single`, `actor` and the range (the mention
            // takes its code and names from the entry), so neither code nor affiliation is made.
            if let Some(ItemKind::Entry(e, form)) = actor.map(|a| a.kind) {
                c.actor = actor.map(|a| (a.t0, a.t1, e, form));
            }
            if let ItemKind::Entry(e, form) = first.kind {
                c.single = Some((e, form));
            }
            return (c, last + 1);
        }
        if let Some(a) = actor {
            if let ItemKind::Entry(e, form) = a.kind {
                c.actor = Some((a.t0, a.t1, e, form));
                let entry = &self.dict.entries[e as usize];
                // Organisations as written ("European Commission", though it shares the EU's
                // entry); countries by their name ("Chinese" → China).
                c.affiliation = Some(match entry.kind {
                    EntryKind::Igo | EntryKind::Organization | EntryKind::Group => {
                        let t0 = if self.lower(a.t0) == "the" && a.t1 > a.t0 + 1 { a.t0 + 1 } else { a.t0 };
                        self.name_string(t0, a.t1)
                    }
                    _ => entry.name.clone(),
                });
                c.code = self.entry_code(e, form).0;
            }
        } else if let ItemKind::Entry(e, form) = first.kind {
            c.code = self.entry_code(e, form).0;
        }
        let actor_kind = actor.and_then(|a| self.entry_kind(&a));
        for (i, ag) in agents().enumerate() {
            let ItemKind::Agent(id) = ag.kind else { continue };
            let code = &self.dict.agents[id as usize].code;
            c.code = match (&c.code, actor.is_some()) {
                (Some(cur), _) if own_code_wins(actor_kind, code) => Some(cur.clone()),
                (Some(cur), _) => Some(code.apply(cur)),
                (None, true) => None,
                (None, _) if matches!(code, AgentCode::Standalone(_)) => Some(code.code().to_string()),
                (None, false) if i == 0 => {
                    Some(if self.opts.petrarch_compat { format!("---{}", code.code()) } else { code.code().to_string() })
                }
                (None, false) => None,
            };
        }
        // "former security officials": CAMEO codes former office holders as elites (ELI).
        let former = (c.t0 > 0 && self.lower(c.t0 - 1) == "former")
            || (c.t0..c.t1).any(|t| self.item_at[t] == NONE && self.lower(t) == "former" && !self.inside_item(t));
        if former {
            let base = actor.and_then(|a| match a.kind {
                ItemKind::Entry(e, f) => self.entry_code(e, f).0,
                ItemKind::Agent(_) | ItemKind::Unknown(_) => None,
            });
            let eli = AgentCode::Suffix("ELI".into());
            c.code = match base {
                Some(b) => Some(eli.apply(&b)),
                None if actor.is_some() => None,
                None if self.opts.petrarch_compat => Some("---ELI".into()),
                None => Some("ELI".into()),
            };
        }
        // Role: the agents' words, with modifiers right before the first one.
        let (first_agent, last_agent) = (agents().next().copied(), agents().next_back().copied());
        let a0 = first_agent.map_or(c.t0, |a| a.t0);
        let mut r0 = a0;
        while r0 > c.t0 && self.cue(r0 - 1, bit::MODIFIER) && self.item_at[r0 - 1] == NONE {
            r0 -= 1;
        }
        let r1 = last_agent.map(|a| a.t1).unwrap_or(a0);
        let role_end = if actor.is_some_and(|a| a.t0 >= r1) { r1 } else { r1.max(a0) };
        c.role = Some(lower_cow(self.span_text(r0, role_end)));
        c.head = last_agent.map(|a| lower_cow(self.text(a.t1 - 1)));
        (c, last + 1)
    }

    /// A name at `t`: a dictionary person (its item index) or a run of capitalised tokens.
    fn name_at(&self, t: usize, end: usize) -> Option<(usize, Option<usize>)> {
        if t >= end {
            return None;
        }
        let k = self.item_at[t];
        if k != NONE {
            let it = self.items[k as usize];
            return (self.entry_kind(&it) == Some(EntryKind::Person) && it.t1 <= end).then_some((it.t1, Some(k as usize)));
        }
        self.cap_run(t, end).map(|e| (e, None))
    }

    /// A run of capitalised name tokens starting at `t` (not dictionary items), at most 5 words.
    fn cap_run(&self, t: usize, end: usize) -> Option<usize> {
        // A capitalised word (`cap_words`: the flags' test in one bit; its text is not "'s",
        // which has no capital), in no item, not in capitals.
        let word = |t: usize| {
            t < end && self.item_at[t] == NONE && bit_set(&self.norm.cap_words, t) && {
                // A capitalised token has a letter (its first, or one after a hyphen).
                debug_assert!(self.text(t).chars().any(is_alphabetic) && self.text(t) != "'s");
                !self.acronym(t)
            }
        };
        if !word(t) || self.cue(t, bit::NOT_NAME | bit::HONORIFIC) {
            return None;
        }
        let mut e = t + 1;
        let mut words = 1;
        while e < end && words < 5 {
            if word(e) && !self.cue(e, bit::NOT_NAME) {
                e += 1;
                words += 1;
            } else if e + 1 < end
                && self.item_at[e] == NONE
                && self.cue(e, bit::FUNCTION)
                // A person's name holds particles ("Faisal bin Farhan", "Ludwig van
                // Beethoven"), not prepositions (session 15: "Lydia Roe for Food Standards").
                && !matches!(self.lower(e), "'s" | "and" | "of" | "the" | "for" | "on" | "in" | "upon" | "at")
                && word(e + 1)
                && !self.cue(e + 1, bit::NOT_NAME)
            {
                e += 2;
                words += 1;
            } else {
                break;
            }
        }
        // Session 13: a run cut short by a capitalised word that never ends a person's name
        // ("the National Information System", "the World Cup", "the Nobel Prize", "the Peace
        // Corps") is the start of another kind of name, not a person's (a date word may follow
        // a name: "questioned Jane Roe Tuesday"; so may "I" in an interview's turns, and
        // compass words are surnames too: "Kanye West"; session 15: a picture credit's label
        // may follow a caption's name: "… Val Demings Image: Jane Roe.").
        if word(e)
            && self.cue(e, bit::NOT_NAME)
            && !self.cue(e, bit::FUNCTION | bit::DATE_WORD)
            && !matches!(
                self.lower(e),
                "i" | "north" | "south" | "east" | "west" | "new" | "image" | "photo" | "photograph" | "credit"
            )
        {
            return None;
        }
        Some(e)
    }

    /// The text of tokens `t0..t1` with each run of white space made one space.
    fn name_string(&self, t0: usize, t1: usize) -> String {
        squeeze_spaces(self.span_text(t0, t1))
    }

    /// An earlier person this name (or one word of it) refers to.
    fn find_known(&self, t0: usize, t1: usize) -> Option<usize> {
        if self.known.is_empty() {
            return None;
        }
        let mut buf = [""; 8];
        let mut n = 0;
        let mut more: Vec<&str> = Vec::new();
        for w in (t0..t1).filter(|&t| self.capitalised(t)).map(|t| self.lower(t)).filter(|w| w.len() > 1) {
            if n < buf.len() {
                buf[n] = w;
                n += 1;
            } else {
                if more.is_empty() {
                    more.extend_from_slice(&buf);
                }
                more.push(w);
            }
        }
        let toks: &[&str] = if more.is_empty() { &buf[..n] } else { &more };
        find_in_known(&self.known, self.known_bits, toks)
    }

    fn push(&mut self, m: Mention) -> usize {
        self.out.push(m);
        self.out.len() - 1
    }

    /// Of the people `cand` accepts, all last named in sentence `si`, the one a pronoun at token
    /// `before` most likely means: the subject of a clause, not a name "aside" in an opening
    /// subordinate clause ("When Mfume resigned, Cummings joined the race. He …" is Cummings), a
    /// possessive ("as Obama's vice president, he …") or a prepositional object ("met with
    /// President Trump, where he …", "Black Voices for Trump", "such as Sanders"; "according to
    /// X" is no aside). In an earlier sentence, the first
    /// such subject (its main clause's); in the pronoun's own sentence, the nearest before it
    /// ("Biden attacked Trump … to which Trump claimed he …"). The later-registered when every
    /// mention is aside (as before session 17).
    fn subject_of(&self, si: usize, sentences: &[(usize, usize)], before: usize, cand: impl Fn(&Known) -> bool) -> usize {
        let (a0, a1) = sentences.get(si).copied().unwrap_or((0, 0));
        let own = before < a1;
        // ("…, he added": the pronoun is a speaker; see `reported` below.)
        let frame_pronoun = own && before + 1 < a1 && self.cue(before + 1, bit::SPEECH);
        let a1 = a1.min(before);
        let opening = a0 < a1
            && matches!(
                self.lower(a0),
                "when"
                    | "after"
                    | "before"
                    | "while"
                    | "although"
                    | "though"
                    | "because"
                    | "since"
                    | "if"
                    | "once"
                    | "until"
                    | "as"
            );
        // The end of the opening clause: its first comma.
        let clause_end = if opening { (a0 + 1..a1).find(|&t| self.lower(t) == ",").unwrap_or(a0) } else { a0 };
        // Session 18: for a pronoun that is itself a speaker ("…, he added"), the subject of a
        // clause reported after a speech verb earlier in its sentence is aside ("He said Zelensky
        // is …; …, he added" is the first "He"); not a speaker in a closing frame ("…," said
        // Zelensky). A pronoun inside the reported clause keeps its subject ("Bannon predicted
        // Trump would run again if he lost" is Trump), and so does one in a later sentence.
        let reported = |m: &Mention| {
            if !frame_pronoun {
                return false;
            }
            let mut v = m.t0;
            if v > a0 + 1 && self.lower(v - 1) == "that" {
                v -= 1;
            }
            v > a0 + 1 && self.cue(v - 1, bit::SPEECH) && self.lower(v - 2).chars().next().is_some_and(|c| c.is_alphanumeric())
        };
        let aside = |m: &Mention| {
            reported(m)
                || m.t0 < clause_end
                || (m.t1 < a1 && self.is_apostrophe_s(m.t1))
                || (m.t0 > a0 && {
                    let before = |k: usize| if m.t0 >= a0 + k { self.lower(m.t0 - k) } else { "" };
                    match before(1) {
                        "of" | "for" | "with" | "by" | "from" | "against" | "about" | "like" | "at" | "in" | "on" | "than" => {
                            true
                        }
                        // "According to Sufianov, …" names the speaker.
                        "to" => before(2) != "according",
                        "as" => before(2) == "such",
                        _ => false,
                    }
                })
        };
        // The sentence's mentions (the list is in token order).
        let from = self.out.partition_point(|m| m.t0 < a0);
        let mentions = self.out.get(from..).unwrap_or(&[]).iter().take_while(|m| m.t0 < a1);
        let mut best: Option<(usize, usize)> = None;
        for m in mentions.filter(|m| !aside(m)) {
            let root = m.refers_to.unwrap_or(usize::MAX);
            let Some(k) = self.known.iter().position(|kn| {
                (kn.root == root || self.out.get(kn.root).is_some_and(|r| r.t0 == m.t0 && m.refers_to.is_none())) && cand(kn)
            }) else {
                continue;
            };
            // The first in an earlier sentence; the nearest (last) in the pronoun's own.
            if best.is_none() || own {
                best = Some((k, m.t0));
            }
        }
        match best {
            Some((k, _)) => k,
            None => self.known.iter().enumerate().filter(|(_, k)| cand(k)).map(|(i, _)| i).next_back().unwrap_or(0),
        }
    }

    /// The gender a kinship word right before a person's name gives them ("his mother Nettie
    /// Baker", "Her father, Reginald Vanderbilt, …"; not "the son of …", whose name is another's).
    fn kin_before(&self, t0: usize) -> Option<Gender> {
        let mut k = t0.checked_sub(1)?;
        if self.lower(k) == "," {
            k = k.checked_sub(1)?;
        }
        match self.lower(k) {
            "father" | "son" | "husband" | "brother" | "grandfather" | "grandson" | "uncle" | "nephew" | "stepfather"
            | "stepson" | "widower" | "boyfriend" => Some(Gender::Male),
            "mother" | "daughter" | "wife" | "sister" | "grandmother" | "granddaughter" | "aunt" | "niece" | "stepmother"
            | "stepdaughter" | "widow" | "girlfriend" => Some(Gender::Female),
            _ => None,
        }
    }

    /// Registers (or finds) the person behind mention `idx`; returns the known index.
    fn remember(&mut self, idx: usize, entry: Option<u32>, gender: Option<Gender>, sentence: usize) -> usize {
        let existing = match entry {
            Some(e) => self.known.iter().position(|k| k.entry == Some(e)),
            None => {
                let name = self.out[idx].name.as_deref().unwrap_or("");
                self.known.iter().position(|k| k.name.eq_ignore_ascii_case(name))
            }
        };
        if let Some(k) = existing {
            let root = self.known[k].root;
            if root != idx {
                self.out[idx].refers_to = Some(root);
                if self.out[idx].how == How::Person {
                    self.out[idx].how = How::Repeat;
                }
            }
            self.known[k].last_sentence = sentence;
            self.known[k].mentions += 1;
            if self.known[k].gender.is_none() {
                self.known[k].gender = gender;
            }
            return k;
        }
        let m = &self.out[idx];
        let name = m.name.clone().unwrap_or_default();
        let tokens = name_keys(&name);
        let bits = word_bits(tokens.iter().map(String::as_str));
        self.known_bits |= bits;
        let first = tokens.first().map_or("", String::as_str);
        // A given name's gender, or (session 15) a gendered title that opens a dictionary name
        // ("Pope Francis", "King Charles III", "Queen Rania").
        let gender = gender
            .or_else(|| self.cues.given.get(first).copied().flatten())
            .or_else(|| self.cues.honorifics.get(first).copied().flatten())
            .or_else(|| self.kin_before(m.t0));
        self.known.push(Known {
            root: idx,
            name,
            tokens,
            bits,
            entry,
            code: m.code.clone(),
            role: m.role.clone(),
            affiliation: m.affiliation.clone(),
            gender,
            last_sentence: sentence,
            mentions: 1,
            roles: Vec::new(),
        });
        self.known.len() - 1
    }

    fn refer(&mut self, t0: usize, t1: usize, k: usize, how: How, sentence: usize) -> usize {
        let kn = &self.known[k];
        let m = Mention {
            t0,
            t1,
            kind: ActorKind::Person,
            code: kn.code.clone(),
            name: Some(kn.name.clone()),
            role: kn.role.clone(),
            affiliation: kn.affiliation.clone(),
            refers_to: Some(kn.root),
            how,
            inner: None,
        };
        self.known[k].last_sentence = sentence;
        self.known[k].mentions += 1;
        self.push(m)
    }

    /// Extends a role with its complement: "representative" + "to the UN".
    fn role_extension(&self, c: &mut Chain<'a>, end: usize) {
        let Some(role) = &c.role else { return };
        // The cheap test first: most roles are not followed by "to", "of" or "for".
        if c.t1 >= end {
            return;
        }
        match self.lower(c.t1) {
            "to" => {}
            "of" | "for" => return self.portfolio_extension(c, end),
            _ => return,
        }
        let head = last_word(role);
        if !self.cues.role_extension.contains(head) {
            return;
        }
        let mut t = c.t1 + 1;
        if t < end && self.lower(t) == "the" && self.item_at.get(t).copied().unwrap_or(NONE) == NONE {
            t += 1;
        }
        let k = self.item_at.get(t).copied().unwrap_or(NONE);
        if k == NONE {
            return;
        }
        let it = self.items[k as usize];
        if !self.is_actor(&it) || it.t1 > end {
            return;
        }
        let ext = self.span_text(c.t1, it.t1);
        c.role = Some(Cow::Owned(concat(&[role.as_ref(), " ", ext])));
        c.t1 = it.t1;
    }

    /// Session 15: "Egypt's Minister of Health Khaled Abdel Ghaffar", "the secretary for
    /// foreign affairs Jane Roe": a portfolio (words of the `portfolios` list, joined by "and")
    /// between a title that takes a complement and a name of two words or more joins the role
    /// ("minister of health"), and the chain ends where the name starts, so that the name is
    /// the title's. Without a name after it the role is left as it was ("the Minister of
    /// Health said": the dictionaries' entries code the common ones).
    fn portfolio_extension(&self, c: &mut Chain<'a>, end: usize) {
        let Some(role) = &c.role else { return };
        if !self.cues.role_extension.contains(last_word(role)) {
            return;
        }
        let mut t = c.t1 + 1;
        if t < end && self.lower(t) == "the" {
            t += 1;
        }
        let p0 = t;
        let portfolio = |x: usize| x < end && !self.inside_item(x) && self.cues.portfolios.contains(self.lower(x));
        while portfolio(t) || (t > p0 && t < end && self.lower(t) == "and" && portfolio(t + 1)) {
            t += 1;
        }
        if t == p0 {
            return;
        }
        let Some((n1, item)) = self.name_at(t, end) else { return };
        if item.is_none() && n1 < t + 2 {
            return;
        }
        let ext = lower_cow(self.span_text(c.t1, t));
        c.role = Some(Cow::Owned(concat(&[role.as_ref(), " ", ext.as_ref()])));
        c.t1 = t;
    }

    /// After a name ending at `t`: ", a European Commission spokesman …," — the item range of the apposition.
    fn apposition(&self, t: usize, end: usize) -> Option<(usize, usize)> {
        if t >= end || self.text(t) != "," {
            return None;
        }
        let mut a = t + 1;
        if a < end && matches!(self.lower(a), "a" | "an" | "the") {
            a += 1;
        }
        let mut b = a;
        while b < end && b < a + 12 {
            let w = self.text(b);
            if w == "," || w == "." || w == ";" || self.tokens[b].kind == TokenKind::Quote || self.cue(b, bit::SPEECH) {
                break;
            }
            b += 1;
        }
        // It must hold an agent.
        let last_agent = (a..b).rev().find_map(|x| {
            let k = self.item_at[x];
            (k != NONE && Self::is_agent(&self.items[k as usize])).then(|| self.items[k as usize].t1)
        })?;
        // Session 15: and no other person: ", Ohio senator Mark Holt, …" in a list is the next
        // person, titled, not this one's apposition (a name of two words or more, or a dictionary
        // person, right after the agent; not a title's words before "of": ", the Chief
        // Technology Officer of Red Hat").
        let titled_next = self.name_at(last_agent, b).is_some_and(|(e, item)| {
            (item.is_some() || e >= last_agent + 2) && (e >= self.tokens.len() || self.lower(e) != "of")
        });
        (!titled_next).then_some((a, b))
    }

    /// Is the token at `t` a subject-like "he"/"she"?
    fn pronoun(&self, t: usize, s0: usize, end: usize) -> Option<Gender> {
        // Keys of two or three bytes only (a token's segment is ` key `).
        let key_len = self.norm.start(t + 1).zip(self.norm.start(t)).map_or(0, |(b, a)| b - a);
        if !(4..=5).contains(&key_len) {
            return None;
        }
        let w = self.lower(t);
        let g = match w {
            "he" => Gender::Male,
            "she" => Gender::Female,
            "his" if t == s0 => Gender::Male,
            "her" if t == s0 => Gender::Female,
            _ => return None,
        };
        if t == s0 || w == "his" || w == "her" {
            return Some(g);
        }
        let prev = self.lower(t - 1);
        let prev_ok = matches!(
            prev,
            "," | "and"
                | "but"
                | "that"
                | "when"
                | "as"
                | "because"
                | "while"
                | "after"
                | "before"
                | "if"
                | "since"
                | "where"
                | "though"
                | "although"
                | "\""
                | "'"
                | "  "
        ) || self.cue(t - 1, bit::SPEECH);
        let next_ok = t + 1 < end && {
            let n = self.lower(t + 1);
            self.cue(t + 1, bit::SPEECH)
                || matches!(n, "has" | "had" | "was" | "is" | "will" | "would" | "could" | "also" | "did" | "does" | "can")
        };
        (prev_ok || next_ok).then_some(g)
    }

    fn emit_chain(&mut self, c: Chain<'a>, sentence: usize, s0: usize, end: usize) -> usize {
        let inner = c.actor.map(|(a0, a1, e, f)| (a0, a1, self.dict.entries[e as usize].kind, f));
        // Lone dictionary item.
        if let Some((e, form)) = c.single {
            let entry = &self.dict.entries[e as usize];
            // A one-word place or name that is a word of a person's name met before ("Paris" after "Valeska Paris").
            let lone_surname = entry.kind == EntryKind::Person && self.surname_at.binary_search(&c.t0).is_ok();
            if (entry.kind != EntryKind::Person || lone_surname) && c.t1 == c.t0 + 1 {
                if let Some(k) = self.find_known(c.t0, c.t1) {
                    self.refer(c.t0, c.t1, k, How::Repeat, sentence);
                    return c.t1;
                }
            }
            // "Iranian and American negotiators", "Russia and China's foreign ministers": the
            // agent of the last actor of the list is each one's.
            if let Some((suffix, role)) = self.shared_agent(e, form, c.t1, end) {
                let (code, _) = self.entry_code(e, form);
                let m = Mention {
                    t0: c.t0,
                    t1: c.t1,
                    kind: ActorKind::Agent,
                    code: code.map(|x| format!("{x}{suffix}")),
                    name: None,
                    role,
                    affiliation: Some(entry.name.clone()),
                    refers_to: None,
                    how: How::Agent,
                    inner: Some((c.t0, c.t1, entry.kind, form)),
                };
                self.push(m);
                return c.t1;
            }
            // A region's adjective alone ("European markets", "Asian economy") is not an
            // actor; with an agent it composes ("European officials" → EURGOV).
            if entry.kind == EntryKind::Region && form == NameForm::Demonym {
                return c.t1;
            }
            let (code, role) = self.entry_code(e, form);
            let mut m = Mention {
                t0: c.t0,
                t1: c.t1,
                kind: entry.kind.actor_kind(),
                code,
                name: Some(entry.name.clone()),
                role,
                affiliation: None,
                refers_to: None,
                how: How::Name,
                inner: None,
            };
            match form {
                NameForm::Demonym => m.how = How::Demonym,
                // A place named as a place ("in Kharkiv", "visited Kyiv") is coded with its
                // country; a capital that acts ("Moscow said") stands for the government.
                NameForm::Place => {
                    if self.locative_before(c.t0, s0) {
                        m.how = How::Place;
                    }
                }
                NameForm::Capital => {
                    m.affiliation = Some(entry.name.clone());
                    if self.locative_before(c.t0, s0) {
                        m.how = How::Place;
                        m.name = Some(self.name_string(c.t0, c.t1));
                    } else {
                        m.how = How::Capital;
                        m.code = m.code.map(|x| AgentCode::Suffix("GOV".into()).apply(&x));
                    }
                }
                NameForm::Name => {}
            }
            let idx = self.push(m);
            if entry.kind == EntryKind::Person {
                let hon = (c.t0 > s0).then(|| self.honorific(c.t0 - 1)).flatten().flatten();
                let k = self.remember(idx, Some(e), hon, sentence);
                if self.out[idx].refers_to.is_none() {
                    self.after_name(c.t1, end, k, idx);
                }
            }
            return c.t1;
        }
        // Weapons stand for armed forces only with a country ("Russian drones"), and a number
        // of people before "of" leaves the mention to what follows ("thousands of villagers").
        if c.actor.is_none() {
            let head = c.head.as_deref().unwrap_or("");
            let of_next = c.t1 < end && self.lower(c.t1) == "of";
            if self.cues.bound_agents.contains(head) || (of_next && self.cues.crowd_numbers.contains(head)) {
                return c.t1;
            }
        }
        let mut c = c;
        self.role_extension(&mut c, end);
        // "Foreign Minister Wang Yi", "Chinese Foreign Minister Wang Yi" — but not "the firm Secunia".
        let institution = c.role.as_deref().map(last_word).is_some_and(|h| self.cues.org_heads.contains(h));
        let titled = if institution { None } else { self.name_at(c.t1, end) };
        // Session 16: a name after a lower-case word for an organisation ("the insurer
        // Allianz", "the charity Sea-Eye") is the organisation, of the kind the word says.
        if institution && c.t1 > c.t0 && !self.capitalised(c.t1 - 1) {
            if let Some((n1, None)) = self.name_at(c.t1, end) {
                // (One word: a longer name is read as an unknown organisation already, and its
                // repeats refer to it.)
                if n1 == c.t1 + 1 && self.find_known(c.t1, n1).is_none() {
                    let m = Mention {
                        t0: c.t1,
                        t1: n1,
                        kind: ActorKind::Organization,
                        code: c.code.clone(),
                        name: Some(self.name_string(c.t1, n1)),
                        role: c.role.as_deref().map(str::to_owned),
                        affiliation: c.affiliation.clone(),
                        refers_to: None,
                        how: How::Name,
                        inner: None,
                    };
                    self.push(m);
                    return n1;
                }
            }
        }
        // Session 16: a capitalised role word that is no title, mid-sentence, before one more
        // capitalised word makes the name of a thing, not a title and a surname: "the Iran
        // Hostage Crisis", "the Intelligence Star", "Business Insider" (titles are honorifics:
        // "Defence Secretary Hegseth"; a given name opens a person's name: "Christian …").
        // Neither a person nor the role's agent.
        if let Some((n1, None)) = titled {
            let head = c.t1 - 1;
            let given = self.cue(head, bit::GIVEN) && c.t0 == head && c.actor.is_none();
            let shape =
                n1 == c.t1 + 1 && self.capitalised(head) && !self.cue(head, bit::HONORIFIC) && !self.cue(c.t1, bit::HONORIFIC);
            // "led by Christian Vosslund": the role word is the person's given name (at the
            // start of a sentence only for a person met before).
            if shape && given {
                if let Some(k) = self.find_known(head, n1) {
                    self.refer(head, n1, k, How::Repeat, sentence);
                    return n1;
                }
            }
            if shape && head > s0 && self.find_known(c.t1, n1).is_none() {
                if !given {
                    return n1;
                }
                return self.unknown_person(head, n1, sentence, end);
            }
        }
        let pre_apposition = if !institution && titled.is_none() && c.t1 < end && self.text(c.t1) == "," {
            self.name_at(c.t1 + 1, end).filter(|(e, item)| {
                let long = item.is_some() || e - (c.t1 + 1) >= 2 || self.find_known(c.t1 + 1, *e).is_some();
                let after_ok = *e >= end || {
                    let w = self.text(*e);
                    w == "," || w == "." || w == ";" || self.cue(*e, bit::SPEECH) || !self.capitalised(*e)
                };
                long && after_ok
            })
        } else {
            None
        };
        let person = titled.map(|x| (c.t1, x)).or(pre_apposition.map(|x| (c.t1 + 1, x)));
        if let Some((n0, (n1, item))) = person {
            let singular = c.head.as_deref().is_some_and(|r| !r.ends_with('s') || r.ends_with("ss"));
            if singular || item.is_some() {
                let mut m = Mention {
                    t0: c.t0,
                    t1: n1,
                    kind: ActorKind::Person,
                    code: c.code.clone(),
                    name: Some(self.name_string(n0, n1)),
                    role: c.role.as_deref().map(str::to_owned),
                    affiliation: c.affiliation.clone(),
                    refers_to: None,
                    how: How::Person,
                    inner,
                };
                let mut entry = None;
                let mut gender = None;
                if let Some(k) = item {
                    if let ItemKind::Entry(e, form) = self.items[k].kind {
                        let en = &self.dict.entries[e as usize];
                        let (code, role) = self.entry_code(e, form);
                        m.name = Some(en.name.clone());
                        // What the text says wins: a title with its country ("Chinese Foreign
                        // Minister Wang Yi" → CHNGOV, "Dagolath's Deputy Prime Minister Telemar" →
                        // DAGGOV). A bare title ("President Biden") takes the person's dated code.
                        // "former President X", "ex-minister X": an elite of the person's
                        // country, whatever office the dictionary gives for the date.
                        if c.actor.is_none() && self.former_title(&c) {
                            m.code = self.eli_of(code.as_deref()).or(m.code);
                        } else if c.actor.is_none() && (code.is_some() || m.code.is_none()) {
                            m.code = code;
                        }
                        if m.role.is_none() {
                            m.role = role;
                        }
                        entry = Some(e);
                    }
                } else if let Some(k) = self.find_known(n0, n1) {
                    // "Foreign Minister Yi" after "Wang Yi".
                    m.name = Some(self.known[k].name.clone());
                    m.refers_to = Some(self.known[k].root);
                    m.how = How::Repeat;
                    if c.actor.is_none() && self.former_title(&c) {
                        m.code = self.eli_of(self.known[k].code.as_deref()).or(m.code);
                    } else if m.code.is_none() || c.actor.is_none() {
                        m.code = self.known[k].code.clone();
                    }
                    self.push(m);
                    self.known[k].last_sentence = sentence;
                    self.known[k].mentions += 1;
                    return n1;
                }
                if let Some(r) = &c.role {
                    gender = self.cues.honorifics.get(r.as_ref()).copied().flatten();
                }
                let idx = self.push(m);
                let k = self.remember(idx, entry, gender, sentence);
                self.after_name(n1, end, k, idx);
                return n1;
            }
        }
        // "the spokesman" for a person named before.
        if c.actor.is_none() && c.t0 > s0 && self.lower(c.t0 - 1) == "the" {
            if let Some(role) = &c.role {
                let head = role_stem(last_word(role));
                // (The sentence test first: it is cheap, and both tests are pure.)
                let near = |k: &Known| sentence.wrapping_sub(k.last_sentence) <= 6;
                // Session 15: a person the article gave this whole role ("the Prime Minister"
                // after "Prime Minister of Slovakia Igor Matovič") before one whose role only
                // holds its head word ("Minister of Economy Richard Sulík").
                let whole = |r: &String| {
                    r.len() >= role.len()
                        && r.as_bytes()[..role.len()].eq_ignore_ascii_case(role.as_bytes())
                        && (r.len() == role.len() || r.as_bytes()[role.len()] == b' ')
                };
                let k = (role.contains(' '))
                    .then(|| self.known.iter().rposition(|k| near(k) && k.role.iter().chain(&k.roles).any(whole)))
                    .flatten()
                    .or_else(|| {
                        // A head word under "vice", "deputy", "former" … is another office: "the
                        // president" is not the vice president.
                        let holds_head = |r: &String| {
                            let mut prev = "";
                            r.split_whitespace().any(|w| {
                                let hit = role_stem_is(w, &head) && !other_office(prev);
                                prev = w;
                                hit
                            })
                        };
                        self.known.iter().rposition(|k| near(k) && k.role.iter().chain(&k.roles).any(holds_head))
                    });
                if let Some(k) = k {
                    let idx = self.refer(c.t0 - 1, c.t1, k, How::RoleNoun, sentence);
                    // "the former prime minister": the person, as an elite of their country.
                    if self.former_title(&c) {
                        let eli = self.eli_of(self.out[idx].code.as_deref()).or_else(|| c.code.clone());
                        self.out[idx].code = eli;
                    }
                    return c.t1;
                }
            }
        }
        let kind = ActorKind::Agent;
        let antecedent = self.national_antecedent(&c, s0);
        let mut m = Mention {
            t0: c.t0,
            t1: c.t1,
            kind,
            code: c.code.clone(),
            name: None,
            role: c.role.as_deref().map(str::to_owned),
            affiliation: c.affiliation.clone(),
            refers_to: None,
            how: How::Agent,
            inner,
        };
        if let Some(a) = antecedent {
            let prev = &self.out[a];
            m.code = prev.code.clone();
            m.affiliation = prev.affiliation.clone();
            m.refers_to = Some(a);
        }
        let idx = self.push(m);
        // An apposition of a person named just before.
        if let Some(p) = self.appositions.iter().position(|&(a, b, _)| c.t0 >= a && c.t1 <= b) {
            let (_, _, k) = self.appositions.remove(p);
            let kn = self.known[k].clone();
            let m = &mut self.out[idx];
            m.refers_to = Some(kn.root);
            m.kind = ActorKind::Person;
            m.name = Some(kn.name.clone());
            m.how = How::RoleNoun;
            return c.t1;
        }
        self.spread_forward(&c, idx, end).unwrap_or(c.t1)
    }

    /// Is a country or region entry?
    fn national(&self, e: u32) -> bool {
        matches!(self.dict.entries[e as usize].kind, EntryKind::Country | EntryKind::Region)
    }

    /// The separators of a list after token `t`: `,`, "and", "or" (and how many
    /// coordinators among them). `None` when there is none.
    fn list_gap(&self, mut t: usize, end: usize) -> Option<(usize, usize, bool)> {
        let (start, mut coord, mut comma) = (t, 0, false);
        while t < end && t < start + 2 {
            match self.lower(t) {
                "and" | "or" | "&" => coord += 1,
                "," => comma = true,
                _ => break,
            }
            t += 1;
        }
        (t > start).then_some((t, coord, comma))
    }

    /// The agent a coordinated list of actors shares with its last member: after the actor
    /// `e` ending at `t`, a list ("Russian, Chinese and Iranian officials", "Russia and
    /// China's foreign ministers") whose last member composes with an agent. Demonyms share
    /// any agent; country names only a plural one after a possessive. Returns the suffix the
    /// agent gives the last member's code ("GOV") and the role.
    fn shared_agent(&self, e: u32, form: NameForm, t: usize, end: usize) -> Option<(String, Option<String>)> {
        if !self.national(e) || !matches!(form, NameForm::Demonym | NameForm::Name) {
            return None;
        }
        let mut t = t;
        let mut coords = 0;
        for members in 0..6 {
            let (next, coord, comma) = self.list_gap(t, end)?;
            if coord > 1 {
                return None;
            }
            coords += coord;
            let k = self.item_at.get(next).copied().filter(|&k| k != NONE)? as usize;
            let ItemKind::Entry(e2, f2) = self.items[k].kind else { return None };
            if !self.national(e2) || f2 != form {
                return None;
            }
            let (c2, _) = self.chain(k, end);
            if c2.agents == 0 {
                // Another member of the list ("Chinese" in "Russian, Chinese and Iranian").
                if c2.single.is_none() || coord > 0 {
                    return None;
                }
                t = c2.t1;
                continue;
            }
            let (a0, a1, ae, _) = c2.actor?;
            // Two members are joined by "and"/"or" alone ("Iranian and American", not "…, and").
            if coords == 0 || (members == 0 && comma) || a0 != c2.t0 || ae != e2 {
                return None;
            }
            if form == NameForm::Name {
                let plural = c2.head.as_deref().is_some_and(plural_head);
                if !plural || self.lower(a1) != "'s" {
                    return None;
                }
            }
            let base = self.entry_code(e2, f2).0?;
            let suffix = c2.code.as_deref()?.strip_prefix(base.as_str())?;
            return (!suffix.is_empty() && suffix.bytes().all(|b| b.is_ascii_uppercase()))
                .then(|| (suffix.to_string(), c2.role.map(Cow::into_owned)));
        }
        None
    }

    /// "the foreign ministers of Estonia, Latvia and Lithuania": the countries listed after
    /// a plural agent's own one are each that agent ("Latvia" → `LVAGOV`). Pushes their
    /// mentions and returns where the list ends.
    fn spread_forward(&mut self, c: &Chain, idx: usize, end: usize) -> Option<usize> {
        let (a0, a1, e, form) = c.actor?;
        if a0 <= c.t0 || a1 != c.t1 || form != NameForm::Name || !self.national(e) || !c.head.as_deref().is_some_and(plural_head)
        {
            return None;
        }
        let base = self.entry_code(e, form).0?;
        let suffix = self.out[idx].code.as_deref()?.strip_prefix(base.as_str())?.to_string();
        if suffix.is_empty() || !suffix.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        let mut t = c.t1;
        let mut members: Vec<(usize, usize, u32)> = Vec::new();
        let mut last_coord = None;
        while members.len() < 8 {
            let Some((next, coord, _)) = self.list_gap(t, end) else { break };
            let Some(k) = self.item_at.get(next).copied().filter(|&k| k != NONE) else { break };
            let ItemKind::Entry(e2, NameForm::Name) = self.items[k as usize].kind else { break };
            if !self.national(e2) {
                break;
            }
            let (c2, _) = self.chain(k as usize, end);
            if c2.agents > 0 || c2.single.is_none() {
                break;
            }
            members.push((c2.t0, c2.t1, e2));
            if coord > 0 {
                last_coord = Some(members.len());
                break;
            }
            t = c2.t1;
        }
        let n = last_coord?;
        let role = self.out[idx].role.clone();
        for &(t0, t1, e2) in &members[..n] {
            let entry = &self.dict.entries[e2 as usize];
            let code = self.entry_code(e2, NameForm::Name).0.map(|x| format!("{x}{suffix}"));
            let m = Mention {
                t0,
                t1,
                kind: ActorKind::Agent,
                code,
                name: None,
                role: role.clone(),
                affiliation: Some(entry.name.clone()),
                refers_to: None,
                how: How::Agent,
                inner: Some((t0, t1, entry.kind, NameForm::Name)),
            };
            self.push(m);
        }
        Some(members[n - 1].1)
    }

    /// Is the chain's title a former office ("former president", "ex-minister", "former
    /// Foreign Minister"): its composed code is an elite (`ELI`)?
    fn former_title(&self, c: &Chain) -> bool {
        c.agents > 0 && c.code.as_deref().is_some_and(|x| x == "ELI" || x == "---ELI")
    }

    /// The elite code of the country a person's code starts with ("RUSGOV" → `RUSELI`);
    /// `None` when the code has no country (an IGO official).
    fn eli_of(&self, code: Option<&str>) -> Option<String> {
        let b = code?.as_bytes();
        let head = [*b.first()?, *b.get(1)?, *b.get(2)?];
        self.countries.contains(&head).then(|| concat(&[&String::from_utf8_lossy(&head), "ELI"]))
    }

    /// How many earlier mentions [`Resolver::national_antecedent`] and the paragraph's country
    /// in [`Resolver::context_countries`] read back, within the paragraph: far more than a news paragraph holds (tens), few enough that one paragraph of
    /// a hundred thousand sentences stays linear.
    const NATIONAL_ANTECEDENT_WINDOW: usize = 512;

    /// How many sentences [`Resolver::paragraph_and_start`] walks back to its paragraph's start.
    const PARAGRAPH_START_WALK: usize = 64;

    /// "Brazil's foreign ministry said … The ministry added": a definite agent with no actor
    /// of its own refers back to the national agent of the same paragraph whose role ends
    /// with the same words ("ministry" ↔ "foreign ministry"), when exactly one country's
    /// agent qualifies. Anything less precise keeps the bare code.
    fn national_antecedent(&self, c: &Chain, s0: usize) -> Option<usize> {
        if c.actor.is_some() || c.agents == 0 || c.t0 <= s0 || self.lower(c.t0 - 1) != "the" {
            return None;
        }
        let role = c.role.as_deref()?;
        let code = c.code.as_deref()?;
        // Not "the former officials" (ELI) nor PETRARCH's "---GOV" forms: bare codes only.
        if code.starts_with("---") || code.contains("ELI") {
            return None;
        }
        let para = self.paragraph_of(c.t0);
        let mut found: Option<usize> = None;
        // (At most the last `NATIONAL_ANTECEDENT_WINDOW` mentions: a paragraph of thousands of
        // sentences, as in a malformed or machine-made input, made this loop quadratic.)
        for (i, m) in self.out.iter().enumerate().rev().take(Self::NATIONAL_ANTECEDENT_WINDOW) {
            if self.paragraph_of(m.t0) != para {
                break;
            }
            let national = m.how == How::Agent
                && m.refers_to.is_none()
                && m.inner.is_some_and(|x| x.2 == EntryKind::Country)
                && m.code.is_some();
            // `r` is the role or ends with " " + role.
            let same_role = m.role.as_deref().is_some_and(|r| {
                r == role
                    || (r.len() > role.len() && r.ends_with(role) && r.as_bytes().get(r.len() - role.len() - 1) == Some(&b' '))
            });
            if national && same_role {
                match found {
                    Some(f) if self.out[f].code != m.code => return None, // two countries: ambiguous
                    _ => found = Some(i),
                }
            }
        }
        found
    }

    /// Does a word before token `t` make the name there a place ("in Kyiv", "visited Kyiv")?
    /// "to" and "from" do only after a word of movement within four words ("flew to Kabul",
    /// "returned from Moscow"), not in "a message to Moscow" or "calls from Washington".
    fn locative_before(&self, t: usize, s0: usize) -> bool {
        if t <= s0 {
            return false;
        }
        let w = self.lower(t - 1);
        if !self.cue(t - 1, bit::LOCATIVE) {
            return false;
        }
        if w != "to" && w != "from" {
            return true;
        }
        (t.saturating_sub(6).max(s0)..t - 1).any(|x| self.cue(x, bit::MOTION))
    }

    /// The paragraph of token `t` (0 when the document has no paragraphs).
    fn paragraph_of(&self, t: usize) -> usize {
        let k = self.sent_para.partition_point(|&(t0, _)| t0 <= t);
        if k == 0 {
            0
        } else {
            self.sent_para[k - 1].1
        }
    }

    /// The paragraph of token `t` ([`Resolver::paragraph_of`]), and a token `p0 <= t` such
    /// that every token from `p0` to `t` is in that paragraph too.
    fn paragraph_and_start(&self, t: usize) -> (usize, usize) {
        let k = self.sent_para.partition_point(|&(t0, _)| t0 <= t);
        if k == 0 {
            // Before the first sentence: paragraph 0, as every token before it.
            return (0, 0);
        }
        let para = self.sent_para[k - 1].1;
        // The first of the sentences before `t` that are all in the paragraph (at most
        // `PARAGRAPH_START_WALK` back: any start within the paragraph will do, and a paragraph of
        // a hundred thousand sentences made the walk quadratic).
        let mut i = k - 1;
        let floor = i.saturating_sub(Self::PARAGRAPH_START_WALK);
        while i > floor && self.sent_para[i - 1].1 == para {
            i -= 1;
        }
        // Tokens before the first sentence are in paragraph 0.
        let p0 = if i == 0 && para == 0 { 0 } else { self.sent_para[i].0 };
        (para, p0)
    }

    /// After a person's name: take role, affiliation and code from an apposition.
    fn after_name(&mut self, t: usize, end: usize, k: usize, idx: usize) {
        let Some((a, b)) = self.apposition(t, end) else { return };
        // Compose the apposition's first chain to read its code and role.
        let Some(first) = (a..b).find(|&x| self.item_at[x] != NONE) else { return };
        let (mut c, _) = self.chain(self.item_at[first] as usize, b);
        if c.agents == 0 {
            return;
        }
        // Session 15: a plural is no apposition of one person ("… President Donald Trump,
        // protesters in Hong Kong, and …" is a list).
        if c.head.as_deref().is_some_and(plural_head) {
            return;
        }
        self.role_extension(&mut c, b);
        let undated = self.date.is_none();
        let m = &mut self.out[idx];
        // The apposition's code ("a European Commission spokesman" → IGOEUREEC) fills a missing
        // code, and, with no article date to pick a dictionary period, wins over the default.
        if m.code.is_none() || (undated && c.actor.is_some() && c.code.is_some()) {
            m.code = c.code.clone();
        }
        if m.role.is_none() {
            m.role = c.role.as_deref().map(str::to_owned);
        }
        if m.affiliation.is_none() {
            m.affiliation = c.affiliation.clone();
        }
        let (code, role, aff) = (m.code.clone(), m.role.clone(), m.affiliation.clone());
        let kn = &mut self.known[k];
        kn.code = code;
        kn.role = role;
        kn.affiliation = aff;
        kn.roles.extend(c.role.map(Cow::into_owned));
        self.appositions.push((a, b, k));
    }

    /// Runs over the document.
    pub fn run(mut self, sentences: &[(usize, usize)]) -> Vec<Mention> {
        self.collect_items(self.norm);
        // Per document word id: (occurrences capitalised, lone mid-sentence occurrences or
        // u32::MAX once seen inside a longer run of capitalised words). (Whether the word is
        // also written in lower case is the normaliser's `lower_seen`.)
        let mut counts = std::mem::take(&mut self.cap_counts);
        counts.clear();
        counts.resize(self.norm.n_ids, (0, 0));
        // Capitalised words only (the bits of `cap_words`), with the capitalisation of the
        // previous and next token at hand, and the start of the next sentence.
        let recs = self.norm.toks();
        let cap_words = &self.norm.cap_words;
        let mut next_sentence = 0;
        let start_of = |i: usize| sentences.get(i).map_or(usize::MAX, |s| s.0);
        let mut next_start = start_of(0);
        for (w, &bits) in cap_words.iter().enumerate() {
            // Bit `i`: is token `64 w + i - 1` (`before`), `64 w + i + 1` (`after`) a capitalised word?
            let before_bits = bits << 1 | w.checked_sub(1).and_then(|p| cap_words.get(p)).map_or(0, |p| p >> 63);
            let after_bits = bits >> 1 | cap_words.get(w + 1).map_or(0, |n| n << 63);
            let mut x = bits;
            while x != 0 {
                let i = x.trailing_zeros();
                let t = w * 64 + i as usize;
                x &= x - 1;
                let Some(rec) = recs.get(t) else { break };
                // Does a sentence start at `t`?
                while next_start < t {
                    next_sentence += 1;
                    next_start = start_of(next_sentence);
                }
                let initial = next_start == t;
                let id = rec.id as usize;
                if id >= counts.len() {
                    continue;
                }
                let before = before_bits >> i & 1 != 0;
                let next_cap = after_bits >> i & 1 != 0;
                let e = &mut counts[id];
                e.0 += 1;
                let alone = (t == 0 || !before || initial) && !next_cap;
                if !alone {
                    // Part of a longer name somewhere ("Andy Warhol"): never counted as a lone name.
                    e.1 = u32::MAX;
                } else if !initial && e.1 != u32::MAX {
                    e.1 += 1;
                }
            }
        }
        self.cap_counts = counts;
        self.surname_items(sentences);
        self.person_names_over_places(sentences);
        self.unknown_names(sentences);
        // Most mentions are an item's (a mention is large: growing the list copies them all).
        self.out.reserve(self.items.len() + self.items.len() / 2 + 8);
        // The tokens the loop below looks at: item starts, capitalised and pronoun-like tokens.
        let mut look = std::mem::take(&mut self.look);
        look.clear();
        look.extend_from_slice(&self.norm.look);
        for it in &self.items {
            if let Some(x) = look.get_mut(it.t0 >> 6) {
                *x |= 1 << (it.t0 & 63);
            }
        }
        self.look = look;

        for (si, &(s0, s1)) in sentences.iter().enumerate() {
            let mut t = s0;
            loop {
                // Every other token is no item start and `neither_capitalised_nor_pronoun`.
                t = next_set(&self.look, t);
                if t >= s1 {
                    break;
                }
                let k = self.item_at[t];
                if k != NONE {
                    let it = self.items[k as usize];
                    if it.t1 > s1 {
                        t += 1;
                        continue;
                    }
                    if let ItemKind::Unknown(org) = it.kind {
                        let inner = self.nested.iter().find(|x| x.t0 >= it.t0 && x.t1 <= it.t1).and_then(|x| match x.kind {
                            ItemKind::Entry(e, f) => Some((x.t0, x.t1, self.dict.entries[e as usize].kind, f)),
                            _ => None,
                        });
                        self.push(Mention {
                            t0: it.t0,
                            t1: it.t1,
                            kind: if org { ActorKind::Organization } else { ActorKind::Region },
                            code: None,
                            name: Some(self.name_string(it.t0, it.t1)),
                            role: None,
                            affiliation: None,
                            refers_to: None,
                            how: How::Unknown,
                            inner,
                        });
                        t = it.t1;
                        continue;
                    }
                    let (c, _) = self.chain(k as usize, s1);
                    let next = self.emit_chain(c, si, s0, s1);
                    t = next.max(t + 1);
                    continue;
                }
                // Most tokens: neither capitalised (what an honorific, a name must be) nor a
                // pronoun ("he", "she", "his", "her": what `pronoun` reads).
                if self.norm.neither_capitalised_nor_pronoun(t) {
                    t += 1;
                    continue;
                }
                // Honorific + name: "Mr. Stano", "Dr. Tedros Adhanom".
                if let Some(g) = self.honorific(t) {
                    if self.capitalised(t) {
                        if let Some((n1, item)) = self.name_at(t + 1, s1) {
                            t = self.titled_person(t, t + 1, n1, item, g, si, s1);
                            continue;
                        }
                    }
                }
                // `cap_run` starts with this test; most tokens fail it, so skip the call.
                if self.capitalised(t) {
                    if let Some(n1) = self.cap_run(t, s1) {
                        t = self.bare_name(t, n1, si, s0, s1);
                        continue;
                    }
                }
                if let Some(g) = self.pronoun(t, s0, s1) {
                    // Session 12: the compatible person mentioned last (by sentence, then the later
                    // known), not the one first named last: "Professor Muyembe … Mike Ryan said …
                    // According to Muyembe, … he told the press" is Muyembe.
                    let ok = |k: &Known| k.gender.is_none_or(|x| x == g) && si - k.last_sentence <= 3;
                    let last = self.known.iter().filter(|k| ok(k)).map(|k| k.last_sentence).max();
                    let k = last.and_then(|ls| {
                        let mut same =
                            self.known.iter().enumerate().filter(|(_, k)| ok(k) && k.last_sentence == ls).map(|(i, _)| i);
                        let first = same.next()?;
                        // Session 17: two people in that sentence: its subject.
                        Some(match same.next() {
                            None => first,
                            Some(_) => self.subject_of(ls, sentences, t, |k| ok(k) && k.last_sentence == ls),
                        })
                    });
                    if let Some(k) = k {
                        // The nearest person must be compatible, or the pronoun is ambiguous.
                        let nearest =
                            self.known.iter().enumerate().max_by_key(|(_, x)| (x.last_sentence, x.root)).map(|(i, _)| i);
                        if nearest == Some(k) || self.known[k].gender == Some(g) {
                            if self.known[k].gender.is_none() {
                                self.known[k].gender = Some(g);
                            }
                            self.refer(t, t + 1, k, How::Pronoun, si);
                        }
                    }
                }
                t += 1;
            }
        }
        self.context_countries(sentences);
        // Unset what `unknown_names` set (the items do not change after it), for the next document.
        for it in &self.items {
            if let Some(k) = self.item_at.get_mut(it.t0) {
                *k = NONE;
            }
        }
        give_bufs(Bufs {
            item_at: std::mem::take(&mut self.item_at),
            cap_counts: std::mem::take(&mut self.cap_counts),
            look: std::mem::take(&mut self.look),
            covered: std::mem::take(&mut self.covered),
        });
        self.out
    }

    /// The country a mention's code starts with ("KENGOV" → KEN; places are coded with
    /// their country), when it starts with one.
    fn country_of(&self, m: &Mention) -> Option<[u8; 3]> {
        let b = m.code.as_deref()?.as_bytes();
        let head = [*b.first()?, *b.get(1)?, *b.get(2)?];
        self.countries.contains(&head).then_some(head)
    }

    /// The country of the first dictionary place in the article's dateline ("KYIV" → UKR).
    fn dateline_country(&self) -> Option<[u8; 3]> {
        let d = self.dateline?;
        let toks = newsgraph_core::segment::tokenize(d);
        let norm = self.matcher.normalise(d, &toks);
        let mut hits = Vec::new();
        self.matcher.find(&norm, &mut hits);
        hits.iter().flat_map(|h| &self.matcher.refs(h.pattern).names).find_map(|r| {
            let e = &self.dict.entries[r.entry as usize];
            if !matches!(e.kind, EntryKind::Country | EntryKind::Region) {
                return None;
            }
            let b = e.codes.default.as_deref()?.as_bytes();
            let head = [*b.first()?, *b.get(1)?, *b.get(2)?];
            self.countries.contains(&head).then_some(head)
        })
    }

    /// Bare agents ("police", "the government", "protesters", "gunmen") and organisations
    /// named after their kind word ("the firm Saba", session 16) take their country from the
    /// context, in this order (the first rule that gives one country wins):
    ///
    /// 1. the phrase: "police in Lagos", "students from Tbilisi", "workers across France";
    /// 2. the sentence, when every country named in it is the same one;
    /// 3. the sentence's places named as places ("… in Dhaka"), when they agree;
    /// 4. the nearest actor with a country earlier in the sentence ("Sweden halted aid to
    ///    Mali after the junta …" → MLI);
    /// 5. the paragraph, when every country named earlier in it is the same one;
    /// 6. the dateline ("KYIV —");
    /// 7. the article's dominant country: more than half of its mentions with a country.
    ///
    /// An agent with no role of its own ("gunmen", code `~`) is only its country, and has no
    /// code without one. Refugees keep `REF` when nothing says where they are.
    fn context_countries(&mut self, sentences: &[(usize, usize)]) {
        let conv = crate::codes::conventions();
        let bare = |m: &Mention| {
            m.refers_to.is_none()
                && (matches!(m.how, How::Agent | How::Person) || (m.kind == ActorKind::Organization && m.role.is_some()))
                && m.code.as_deref().is_some_and(|c| conv.is_bare(c))
        };
        if !self.out.iter().any(bare) {
            return;
        }
        let sent_of = |t: usize| sentences.partition_point(|&(s0, _)| s0 <= t).saturating_sub(1);
        let all_countries: Vec<Option<[u8; 3]>> = self.out.iter().map(|m| self.country_of(m)).collect();
        // (Session 16: a named organisation — an outlet, a company, a state agency — reports on
        // or acts in other countries: "the CIA concluded that the crown prince …", "Reuters
        // reported that police …". Its country says nothing of the agents in its sentence or
        // paragraph; it still counts towards the article's dominant country.)
        let countries: Vec<Option<[u8; 3]>> =
            all_countries.iter().zip(&self.out).map(|(&c, m)| if m.kind == ActorKind::Organization { None } else { c }).collect();
        // Mentions in text order, to find those of a sentence by binary search.
        let mut order: Vec<usize> = (0..self.out.len()).collect();
        // (Mentions are pushed in text order but for a few: the stable sort only then.)
        if !self.out.is_sorted_by_key(|m| m.t0) {
            order.sort_by_key(|&j| self.out[j].t0);
        }
        let t0s: Vec<usize> = order.iter().map(|&j| self.out[j].t0).collect();
        let at = |t: usize| t0s.partition_point(|&x| x < t);
        let mut article: Option<Option<[u8; 3]>> = None;
        let mut dateline: Option<Option<[u8; 3]>> = None;
        for i in 0..self.out.len() {
            if !bare(&self.out[i]) {
                continue;
            }
            let m = &self.out[i];
            let si = sent_of(m.t0);
            let (s0, s1) = sentences.get(si).copied().unwrap_or((0, self.tokens.len()));
            let sentence = &order[at(s0)..at(s1)];
            let before = &order[..at(m.t0)];
            let others = || sentence.iter().copied().filter(|&j| j != i);
            // 1. "police in Lagos", "the government of Kenya" (when not composed already).
            let mut found = None;
            let mut t = m.t1;
            if t < s1 && matches!(self.lower(t), "in" | "from" | "of" | "across" | "at" | "throughout" | "inside") {
                t += 1;
                if t < s1 && self.lower(t) == "the" {
                    t += 1;
                }
                found = order.get(at(t)).filter(|_| t0s.get(at(t)) == Some(&t)).and_then(|&j| countries[j]);
            }
            // A named person's country is not guessed from the sentence ("Foreign Minister
            // Yi Wang met Brazil's president"): only the phrase and the article's dateline.
            let person = m.how == How::Person;
            // 2. One country in the sentence.
            if found.is_none() && !person {
                found = one(others().filter_map(|j| countries[j]));
            }
            // 3. The sentence's places agree.
            if found.is_none() && !person {
                found = one(others().filter(|&j| self.out[j].how == How::Place).filter_map(|j| countries[j]));
            }
            // 4. The nearest actor with a country before it in the sentence.
            if found.is_none() && !person {
                found = before.iter().rev().take_while(|&&j| self.out[j].t0 >= s0).find_map(|&j| countries[j]);
            }
            // 5. One country named earlier in the paragraph.
            if found.is_none() && !person {
                let (para, p0) = self.paragraph_and_start(m.t0);
                // Mentions from `p0` on are in the paragraph without looking it up.
                found = one(before
                    .iter()
                    .rev()
                    .take(Self::NATIONAL_ANTECEDENT_WINDOW)
                    .take_while(|&&j| self.out[j].t0 >= p0 || self.paragraph_of(self.out[j].t0) == para)
                    .filter_map(|&j| countries[j]));
            }
            // 6. The dateline.
            if found.is_none() {
                found = *dateline.get_or_insert_with(|| self.dateline_country());
            }
            // 7. The article's dominant country.
            if found.is_none() && !person {
                found = *article.get_or_insert_with(|| {
                    let mut counts: HashMap<[u8; 3], usize> = HashMap::default();
                    for c in all_countries.iter().flatten() {
                        *counts.entry(*c).or_insert(0) += 1;
                    }
                    let total: usize = counts.values().sum();
                    counts
                        .into_iter()
                        .max_by_key(|&(c, n)| (n, std::cmp::Reverse(c)))
                        .filter(|&(_, n)| 2 * n > total)
                        .map(|(c, _)| c)
                });
            }
            let m = &mut self.out[i];
            let code = m.code.take().unwrap_or_default();
            m.code = match found {
                // (Every code of `self.countries` is three ASCII capitals.)
                Some(c) => Some(concat(&[std::str::from_utf8(&c).unwrap_or(""), &code])),
                None if code.is_empty() => None,
                None => Some(code),
            };
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn titled_person(
        &mut self,
        h: usize,
        n0: usize,
        n1: usize,
        item: Option<usize>,
        g: Option<Gender>,
        si: usize,
        s1: usize,
    ) -> usize {
        if let Some(k) = item {
            // "Mr. Biden": a dictionary person with an honorific.
            if let ItemKind::Entry(e, form) = self.items[k].kind {
                let en = &self.dict.entries[e as usize];
                let (code, role) = self.entry_code(e, form);
                let m = Mention {
                    t0: h,
                    t1: n1,
                    kind: ActorKind::Person,
                    code,
                    name: Some(en.name.clone()),
                    role,
                    affiliation: None,
                    refers_to: None,
                    how: How::Name,
                    inner: None,
                };
                let idx = self.push(m);
                self.remember(idx, Some(e), g, si);
                return n1;
            }
        }
        if let Some(k) = self.find_known(n0, n1) {
            self.refer(h, n1, k, How::Repeat, si);
            if self.known[k].gender.is_none() {
                self.known[k].gender = g;
            }
            return n1;
        }
        let hon = self.lower(h);
        let is_title = !matches!(hon, "mr" | "mrs" | "ms" | "miss" | "mx" | "dr" | "sir" | "dame" | "honorable" | "honourable");
        let m = Mention {
            t0: h,
            t1: n1,
            kind: ActorKind::Person,
            code: None,
            name: Some(self.name_string(n0, n1)),
            role: is_title.then(|| hon.to_string()),
            affiliation: None,
            refers_to: None,
            how: How::Person,
            inner: None,
        };
        let idx = self.push(m);
        let k = self.remember(idx, None, g, si);
        self.after_name(n1, s1, k, idx);
        n1
    }

    /// A capitalised run with no title: a person when cues say so.
    fn bare_name(&mut self, n0: usize, n1: usize, si: usize, s0: usize, s1: usize) -> usize {
        if let Some(k) = self.find_known(n0, n1) {
            self.refer(n0, n1, k, How::Repeat, si);
            return n1;
        }
        let words = (n0..n1).filter(|&t| self.capitalised(t)).count();
        if words < 2 {
            return n1.max(n0 + 1);
        }
        let next = if n1 < s1 { self.lower(n1) } else { "" };
        let prev = if n0 > s0 { self.lower(n0 - 1) } else { "" };
        let said_after = self.cues.speech.contains(next);
        let said_before = self.cues.speech.contains(prev) || (n0 >= s0 + 2 && prev == "to" && self.lower(n0 - 2) == "according");
        let apposition = self.apposition(n1, s1).is_some();
        let is_org = |t: usize| {
            let k = self.items.partition_point(|it| it.t0 <= t);
            k > 0 && self.items[k - 1].t1 > t && {
                let it = self.items[k - 1];
                matches!(it.kind, ItemKind::Unknown(true))
                    || matches!(self.entry_kind(&it), Some(EntryKind::Organization | EntryKind::Group | EntryKind::Igo))
            }
        };
        let org_possessive = n0 >= s0 + 2 && prev == "'s" && is_org(n0 - 2);
        let of_org = n1 + 1 < s1 && matches!(next, "of" | "from") && {
            let f = if self.lower(n1 + 1) == "the" { n1 + 2 } else { n1 + 1 };
            f < s1 && is_org(f)
        };
        // Weak cues (a given name, a surname used alone elsewhere) need words that the
        // document never writes in lower case.
        let name_like = (n0..n1).all(|t| !self.seen_lower(t));
        let surname = words >= 2 && name_like && self.cap_count(n1 - 1).map_or(0, |v| v.0) >= 2;
        let given_name = self.cue(n0, bit::GIVEN);
        let given = given_name;
        let first_is_sentence_start = n0 == s0;
        // Session 15: a run after "at" or "in" names a place or an institution, not a person
        // ("Dr. Jane Roe at Saint Francis said"), unless it opens with a given name.
        if matches!(prev, "at" | "in") && !given && next != "'s" {
            return n1.max(n0 + 1);
        }
        let cue = said_after || said_before || apposition || given || org_possessive || of_org || surname;
        if words < 2 || !cue || (first_is_sentence_start && !said_after && !apposition && !given && !surname) {
            return n1.max(n0 + 1);
        }
        self.unknown_person(n0, n1, si, s1)
    }

    /// A person no dictionary knows, named by tokens `t0..t1` (no title): registered for later
    /// mentions, and the words after the name read as its apposition. Returns `t1`.
    fn unknown_person(&mut self, t0: usize, t1: usize, sentence: usize, end: usize) -> usize {
        let m = Mention {
            t0,
            t1,
            kind: ActorKind::Person,
            code: None,
            name: Some(self.name_string(t0, t1)),
            role: None,
            affiliation: None,
            refers_to: None,
            how: How::Person,
            inner: None,
        };
        let idx = self.push(m);
        let k = self.remember(idx, None, None, sentence);
        self.after_name(t1, end, k, idx);
        t1
    }
}

/// Does an organisation's own code win over composing it with agent `code`? CAMEO codes a
/// group's leaders, spokesmen and fighters with the group's code ("a Hamas spokesman" →
/// `PSEREBHMS`, not `PSEREBHMSGOV`), an IGO's officials and peacekeepers with the IGO's
/// ("UN peacekeepers" → the UN's code, not `IGOPKOIGOUNO`), and a company's or party's
/// spokesman or officials with its own.
fn own_code_wins(actor: Option<EntryKind>, code: &AgentCode) -> bool {
    let c = code.code();
    match actor {
        // An IGO's officials, courts, investigators and troops are the IGO ("the EU's top
        // court" → the EU's code, "U.N. investigators" → the UN's).
        Some(EntryKind::Igo) => true,
        Some(EntryKind::Group) => matches!(c, "GOV" | "ELI" | "MIL" | "REB" | "INS") || c.starts_with("IGO"),
        Some(EntryKind::Organization) => matches!(c, "GOV" | "ELI"),
        _ => false,
    }
}

/// `s` lower-cased, as [`str::to_lowercase`] does (ASCII text in one simple pass).
fn lower_case(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_lowercase()
    } else {
        s.to_lowercase()
    }
}

/// The keys of a name's words, less one-letter ones and "'s" (what [`Known::tokens`] holds).
fn name_keys(name: &str) -> Vec<String> {
    // Session 18: a name of ASCII letters and spaces (most names) is its words lower-cased,
    // what the tokenizer and `push_key` make of it, without them.
    if name.bytes().all(|c| c.is_ascii_alphabetic() || c == b' ') {
        return name.split(' ').filter(|w| w.len() > 1).map(str::to_ascii_lowercase).collect();
    }
    // Each word's key in one buffer; only the kept ones are copied out.
    let mut key = String::new();
    newsgraph_core::segment::tokenize(name)
        .iter()
        .filter_map(|t| {
            key.clear();
            crate::matcher::push_key(&mut key, name.get(t.start..t.end).unwrap_or(""));
            (key.len() > 1 && key != "'s").then(|| key.clone())
        })
        .collect()
}

/// One bit per word (of 64, from a hash of the word), or-ed: equal lists of words have equal
/// bits, and the bits of a word in a list are among the list's.
fn word_bits<'w>(words: impl IntoIterator<Item = &'w str>) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    words.into_iter().fold(0, |bits, w| {
        let h = match newsgraph_core::fxhash::short_words(w.as_bytes()) {
            // Up to 15 bytes (most words): their two words and the length, two multiplications.
            Some((lo, hi)) => ((lo ^ w.len() as u64).wrapping_mul(K).rotate_left(26) ^ hi).wrapping_mul(K),
            None => w.bytes().fold(w.len() as u64, |h, b| (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(K)),
        };
        bits | 1 << (h >> 58)
    })
}

/// The person of `known` that the name words `toks` refer to: the first with exactly these
/// words, else (for one or two words) the last whose words include them all. `union`: the
/// people's [`Known::bits`], or-ed.
fn find_in_known(known: &[Known], union: u64, toks: &[&str]) -> Option<usize> {
    if toks.is_empty() {
        return None;
    }
    // The bits rule out most people without comparing a word.
    let bits = word_bits(toks.iter().copied());
    // Session 18: one or two words name only a person whose words hold them all (both rules
    // below), so none when a word's bit is in nobody's name ("Russia", most lone places and
    // organisations): no scan of the people.
    if toks.len() <= 2 && bits & !union != 0 {
        return None;
    }
    if let Some(i) = known
        .iter()
        .position(|k| k.bits == bits && k.tokens.len() == toks.len() && k.tokens.iter().zip(toks.iter()).all(|(a, b)| a == b))
    {
        return Some(i);
    }
    if toks.len() > 2 {
        // A fuller form of a name met before: "Elijah Eugene Cummings" after "Elijah Cummings"
        // (the same first and last word, every word of the shorter name in the longer one).
        return known.iter().position(|k| {
            k.tokens.len() >= 2
                && k.tokens.len() < toks.len()
                && k.bits & !bits == 0
                && k.tokens.first().is_some_and(|w| w == toks[0])
                && k.tokens.last().is_some_and(|w| Some(&w.as_str()) == toks.last())
                && k.tokens.iter().all(|x| toks.contains(&x.as_str()))
        });
    }
    // A part of a longer name ("Biden" after "Joe Biden" and "Hunter Biden"): the person named
    // most so far; of those named as often, the one met first (news introduces the person it is
    // about first, then relatives and namesakes: "his mother Nettie Baker").
    let mut best: Option<usize> = None;
    for (i, k) in known.iter().enumerate() {
        let part = bits & !k.bits == 0 && k.tokens.len() > toks.len() && toks.iter().all(|w| k.tokens.iter().any(|x| x == w));
        if part && best.is_none_or(|b| known[b].mentions < k.mentions) {
            best = Some(i);
        }
    }
    best
}

/// A currency code written onto its amount ("SEK9", "USD910", "GBP738" in "SEK9 million"):
/// three capitals, then only digits. Not an acronym of an organisation.
fn currency_amount(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() > 3 && b[..3].iter().all(u8::is_ascii_uppercase) && b[3..].iter().all(u8::is_ascii_digit)
}

/// What follows the last space of `s` (all of `s` when it has none): `s.rsplit(' ').next()`,
/// by a byte search.
fn last_word(s: &str) -> &str {
    match s.as_bytes().iter().rposition(|&b| b == b' ') {
        Some(i) => s.get(i + 1..).unwrap_or(""),
        None => s,
    }
}

/// The pieces one after the other (as `format!` would write them, without its machinery).
fn concat(pieces: &[&str]) -> String {
    let mut s = String::with_capacity(pieces.iter().map(|p| p.len()).sum());
    for p in pieces {
        s.push_str(p);
    }
    s
}

/// `s` lower-cased like [`lower_case`], borrowed when that changes nothing (ASCII without capitals).
fn lower_cow(s: &str) -> Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(lower_case(s))
    }
}

/// A role word without case and gendered endings: "Spokeswoman", "spokesperson" → "spokes".
fn role_stem(w: &str) -> String {
    let w = lower_case(w);
    for suffix in ["woman", "women", "person", "people", "man", "men"] {
        if let Some(stem) = w.strip_suffix(suffix) {
            if stem.len() >= 3 {
                return stem.to_string();
            }
        }
    }
    w
}

/// `s`'s words (split on white space) joined by single spaces, without a list of them.
fn squeeze_spaces(s: &str) -> String {
    // Most names: printable ASCII words one space apart, nothing to squeeze (a byte test
    // each, where the split decodes characters and tests them for Unicode white space).
    let mut space = true;
    let plain = s.bytes().all(|c| {
        let ok = if c == b' ' { !space } else { (b'!'..=b'~').contains(&c) };
        space = c == b' ';
        ok
    });
    if (plain && !space) || s.is_empty() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Is `role_stem(w) == stem`? Without allocating for an ASCII word.
fn role_stem_is(w: &str, stem: &str) -> bool {
    if !w.is_ascii() {
        return role_stem(w) == stem;
    }
    for suffix in ["woman", "women", "person", "people", "man", "men"] {
        let Some(cut) = w.len().checked_sub(suffix.len()) else { continue };
        if cut >= 3 && w.get(cut..).is_some_and(|tail| tail.eq_ignore_ascii_case(suffix)) {
            // `stem` is lower case: equal to `w`'s start lower-cased.
            return w.get(..cut).is_some_and(|s| s.eq_ignore_ascii_case(stem) && !stem.bytes().any(|b| b.is_ascii_uppercase()));
        }
    }
    w.eq_ignore_ascii_case(stem) && !stem.bytes().any(|b| b.is_ascii_uppercase())
}

/// A plural agent head ("ministers", "officials", "police"): one that a list of countries can share.
/// A word before a title that makes it another office ("vice president", "deputy minister",
/// "former president").
fn other_office(w: &str) -> bool {
    ["vice", "deputy", "former", "assistant", "ex", "under", "associate"].iter().any(|o| w.eq_ignore_ascii_case(o))
}

fn plural_head(h: &str) -> bool {
    (h.ends_with('s') && !h.ends_with("ss")) || matches!(h, "police" | "people" | "military" | "militaries" | "forces")
}

/// The one value an iterator gives, if it gives any and never another.
fn one(mut it: impl Iterator<Item = [u8; 3]>) -> Option<[u8; 3]> {
    let first = it.next()?;
    it.all(|c| c == first).then_some(first)
}

/// Sentences as token ranges (the whole text as one when the document has none).
pub(crate) fn sentence_ranges(doc: &Document) -> Vec<(usize, usize)> {
    let n = doc.tokens.len();
    // (Room for all first: a filtered collect grows the list one sentence at a time.)
    let mut v: Vec<(usize, usize)> = Vec::with_capacity(doc.sentences.len().max(1));
    v.extend(doc.sentences.iter().map(|s| (s.token_start.min(n), s.token_end.min(n))).filter(|(a, b)| a < b));
    if v.is_empty() && n > 0 {
        v.push((0, n));
    }
    // Keep them ordered and disjoint whatever the segmenter gave (it gives them in order).
    if !v.is_sorted() {
        v.sort();
    }
    let mut last = 0;
    v.retain_mut(|r| {
        r.0 = r.0.max(last);
        let keep = r.0 < r.1;
        if keep {
            last = r.1;
        }
        keep
    });
    v
}

/// Whether a token range overlaps any of a list of ranges: the ranges sorted by start, with
/// the largest end so far, so that a question is one binary search (not a scan of the list).
struct Overlaps {
    /// (start, largest end of this range and every range that starts before it).
    by_start: Vec<(usize, usize)>,
}

impl Overlaps {
    fn new(ranges: &[Item]) -> Overlaps {
        let mut by_start: Vec<(usize, usize)> = ranges.iter().map(|x| (x.t0, x.t1)).collect();
        by_start.sort_unstable();
        let mut end = 0;
        for r in &mut by_start {
            end = end.max(r.1);
            r.1 = end;
        }
        Overlaps { by_start }
    }

    /// Some range given to [`Overlaps::new`] overlaps `t0..t1`: `x.t0 < t1 && t0 < x.t1`.
    fn any(&self, t0: usize, t1: usize) -> bool {
        // The ranges that start before `t1` are a prefix; one of them ends after `t0` when the
        // largest end of the prefix does.
        let k = self.by_start.partition_point(|r| r.0 < t1);
        k > 0 && self.by_start[k - 1].1 > t0
    }
}

#[cfg(test)]
mod overlaps_tests {
    use super::*;

    /// [`find_in_known`] finds what the plain scans (no bits) find: equal word lists first,
    /// then the last list holding one or two words, on random lists over a small vocabulary.
    #[test]
    fn find_in_known_equals_scan() {
        let reference = |known: &[Known], toks: &[&str]| -> Option<usize> {
            if toks.is_empty() {
                return None;
            }
            if let Some(i) =
                known.iter().position(|k| k.tokens.len() == toks.len() && k.tokens.iter().zip(toks.iter()).all(|(a, b)| a == b))
            {
                return Some(i);
            }
            if toks.len() > 2 {
                return known.iter().position(|k| {
                    k.tokens.len() >= 2
                        && k.tokens.len() < toks.len()
                        && k.tokens[0] == toks[0]
                        && k.tokens[k.tokens.len() - 1] == toks[toks.len() - 1]
                        && k.tokens.iter().all(|x| toks.contains(&x.as_str()))
                });
            }
            let parts = known
                .iter()
                .enumerate()
                .filter(|(_, k)| k.tokens.len() > toks.len() && toks.iter().all(|w| k.tokens.iter().any(|x| x == w)));
            parts.max_by_key(|&(i, k)| (k.mentions, std::cmp::Reverse(i))).map(|(i, _)| i)
        };
        let vocab = ["wang", "yi", "putin", "vladimir", "", "é", "o'neil", "ab", "ba", "biden", "joe"];
        let mut next = crate::test_rng(21);
        let mut words = |n: usize| -> Vec<String> { (0..n).map(|_| vocab[next(vocab.len())].to_string()).collect() };
        // A registered person with these name words, `mentions` times mentioned.
        let person = |root: usize, tokens: Vec<String>, mentions: u32| Known {
            root,
            name: String::new(),
            bits: word_bits(tokens.iter().map(String::as_str)),
            tokens,
            entry: None,
            code: None,
            role: None,
            affiliation: None,
            gender: None,
            last_sentence: 0,
            mentions,
            roles: Vec::new(),
        };
        let mut found = 0;
        for round in 0..2000 {
            let known: Vec<Known> =
                (0..round % 7).map(|i| person(i, words(1 + (i * 7 + round) % 4), (i * 3 + round) as u32 % 4)).collect();
            let q = words(round % 5);
            let toks: Vec<&str> = q.iter().map(String::as_str).collect();
            let want = reference(&known, &toks);
            found += usize::from(want.is_some());
            let union = known.iter().fold(0, |u, k| u | k.bits);
            assert_eq!(find_in_known(&known, union, &toks), want, "{toks:?}");
        }
        assert!(found > 100, "{found}");
        // The or-ed bits rule out one or two words only: a fuller form may hold a word that is
        // in nobody's name ("Elijah Eugene Cummings" after "Elijah Cummings").
        let known = [person(0, vec!["elijah".to_string(), "cummings".to_string()], 1)];
        let union = known[0].bits;
        for (toks, want) in [
            (&["elijah", "eugene", "cummings"][..], Some(0)),
            (&["cummings"][..], Some(0)),
            (&["elijah", "cummings"][..], Some(0)),
            (&["eugene"][..], None),
            (&["eugene", "cummings"][..], None),
        ] {
            assert_eq!(find_in_known(&known, union, toks), want, "{toks:?}");
            assert_eq!(reference(&known, toks), want, "{toks:?}");
        }
    }

    /// [`Resolver::paragraph_and_start`] gives [`Resolver::paragraph_of`], and a start from
    /// which every token up to `t` is in that paragraph; also with paragraph numbers out of
    /// order and tokens before the first sentence.
    #[test]
    fn paragraph_start_equals_scan() {
        let stage = crate::ActorStage::from_sources(&[], Options::default()).expect("no sources");
        let mut next = crate::test_rng(11);
        let words = ["Alpha", "beta.", "Gamma said", "\n\n", "delta", "\n", "é.", "?"];
        for round in 0..300 {
            // (The first rounds: one paragraph of some 200 sentences, past the walk's bound.)
            let len = if round < 4 { 400 } else { next(40) };
            let words: &[&str] = if round < 4 { &words[..2] } else { &words };
            let body: String = (0..len).map(|_| words[next(words.len())]).collect::<Vec<_>>().join(" ");
            let mut doc = newsgraph_core::segment::segment(newsgraph_core::Article::from_body(body));
            if round % 3 == 1 {
                // Paragraph numbers in any order.
                for s in doc.sentences.iter_mut() {
                    s.paragraph = next(3);
                }
            }
            if round % 3 == 2 && !doc.sentences.is_empty() {
                // The first sentence starting after the first token.
                let n = doc.tokens.len();
                doc.sentences[0].token_start = (doc.sentences[0].token_start + 1).min(n);
            }
            let norm = stage.matcher.normalise(doc.body(), &doc.tokens);
            let r = Resolver::new(&stage.dict, &stage.matcher, &stage.options, &doc, &norm, &stage.countries);
            for t in 0..doc.tokens.len() + 2 {
                let (para, p0) = r.paragraph_and_start(t);
                assert_eq!(para, r.paragraph_of(t), "{t}");
                assert!(p0 <= t, "{t} {p0}");
                assert!((p0..=t).all(|x| r.paragraph_of(x) == para), "{t} {p0}");
            }
        }
    }

    /// [`lower_cow`] gives what [`str::to_lowercase`] does, and borrows only unchanged text.
    #[test]
    fn lower_cow_equals_to_lowercase() {
        for s in [
            "",
            " ",
            "officials",
            "Officials",
            "foreign minister",
            "Foreign Minister",
            "ÉTAT",
            "état",
            "ministre\u{a0}d'état",
            "İstanbul",
            "ΣΟΦΙΑ",
            "x-Ray",
            "123",
            "\u{0}",
            "ﬃ",
        ] {
            let c = lower_cow(s);
            assert_eq!(c, s.to_lowercase(), "{s:?}");
            if let Cow::Borrowed(b) = c {
                assert_eq!(b, s, "{s:?}");
                assert!(s.is_ascii(), "{s:?}");
            }
        }
    }

    /// [`name_keys`] gives what keying every word and then dropping the short ones does.
    #[test]
    fn name_keys_equals_key_then_filter() {
        let reference = |s: &str| -> Vec<String> {
            newsgraph_core::segment::tokenize(s)
                .iter()
                .map(|t| {
                    let mut k = String::new();
                    crate::matcher::push_key(&mut k, &s[t.start..t.end]);
                    k
                })
                .filter(|w| w.len() > 1 && w != "'s")
                .collect()
        };
        for s in [
            "",
            " ",
            "Wang Yi",
            "J. R. R. Tolkien",
            "O'Neil's",
            "Jean-Luc Picard",
            "José Ñúñez",
            "Ødegaard  's",
            "A",
            "'s",
            "x\u{a0}Y",
            "ΣΟΦΙΑ Παπά",
            "İ",
        ] {
            assert_eq!(name_keys(s), reference(s), "{s:?}");
        }
        // The fast path (ASCII letters and spaces) on random names, spaces anywhere.
        let mut next = crate::test_rng(18);
        for _ in 0..3000 {
            let s: String = (0..next(14)).map(|_| b"aBz Q  mXy"[next(10)] as char).collect();
            assert_eq!(name_keys(&s), reference(&s), "{s:?}");
        }
    }

    /// [`squeeze_spaces`] joins the words as a list of them would.
    #[test]
    fn squeeze_spaces_equals_join() {
        for s in [
            "",
            " ",
            "a",
            " a ",
            "Wang  Yi",
            "Wang\nYi",
            "a\u{a0}b",
            "\t x \u{2003} y\r\n",
            "é  ü",
            "Mr. X",
            "Wang Yi",
            "Wang Yi ",
            " Wang Yi",
            "a\u{1}b",
            "a\u{7f} b",
            "a\u{b}b",
            "a\u{c}b",
            "x~ !y",
        ] {
            assert_eq!(squeeze_spaces(s), s.split_whitespace().collect::<Vec<_>>().join(" "), "{s:?}");
        }
    }

    /// [`last_word`] is the last piece of a split on spaces.
    #[test]
    fn last_word_equals_rsplit() {
        for s in ["", " ", "minister", "foreign minister", "foreign minister ", " x", "a  b", "é ü", "vice-president"] {
            assert_eq!(last_word(s), s.rsplit(' ').next().unwrap_or(""), "{s:?}");
        }
    }

    /// [`role_stem_is`] answers what comparing [`role_stem`]'s result does.
    #[test]
    fn role_stem_is_equals_role_stem() {
        let words = [
            "",
            "man",
            "men",
            "woman",
            "Spokeswoman",
            "spokesman",
            "SPOKESPERSON",
            "spokespeople",
            "chairman",
            "Chairwoman",
            "chair",
            "ombudsman",
            "wo",
            "woMAN",
            "xman",
            "xyzmen",
            "minister",
            "Ministerin",
            "Frauenminister",
            "Sprecherin",
            "porte-parole",
            "ÉLU",
            "élu",
            "spokesmän",
            "Ωman",
            "İman",
        ];
        let stems: Vec<String> =
            words.iter().map(|w| role_stem(w)).chain(["spokes", "SPOKES", "chair", "é"].map(String::from)).collect();
        for w in words {
            for st in &stems {
                assert_eq!(role_stem_is(w, st), role_stem(w) == *st, "{w:?} {st:?}");
            }
        }
    }

    #[test]
    fn overlaps_equals_scan() {
        let mut next = crate::test_rng(7);
        let item = |t0, t1| Item { t0, t1, kind: ItemKind::Unknown(false) };
        for _ in 0..2000 {
            let ranges: Vec<Item> = (0..next(4)).map(|_| (next(12), next(12))).map(|(a, b)| item(a, b)).collect();
            let o = Overlaps::new(&ranges);
            for t0 in 0..14 {
                for t1 in 0..14 {
                    let want = ranges.iter().any(|x| x.t0 < t1 && t0 < x.t1);
                    assert_eq!(o.any(t0, t1), want, "{t0} {t1}");
                }
            }
        }
    }
}
