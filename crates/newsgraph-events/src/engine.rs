//! The clause analyser: a TABARI-style shallow parser over tokens, actor spans and the
//! verb dictionary. For each sentence it finds triggers (dictionary verbs and event
//! nouns), picks the most specific matching pattern, finds the source (subject) and
//! target (object or `$` slot) with passive voice, appositives, relative clauses,
//! compound actors and coreference, applies the meaning modifiers and writes events.

use crate::codebook::{self, Codebook};
use crate::dict::{CodeSpec, PTok, Pos, VerbDictionary, WordId, UNKNOWN};
use crate::modifiers::{self, flag};
use newsgraph_core::model::{ActorMention, Document, Event, Modality, Plover, Span, TextSpan, TokenKind};

const NONE: u32 = u32::MAX;
/// How far (tokens) the subject search looks back.
const SUBJECT_WINDOW: usize = 40;
/// How far (tokens) the object search looks ahead.
const OBJECT_WINDOW: usize = 25;
/// How far (tokens) after a comma or coordinator the verb of a new clause may come (its subject).
const NEW_CLAUSE_SUBJECT: usize = 8;

/// Options that change what is coded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventOptions {
    /// Drop events without a target (PETRARCH's `require_dyad`, default true).
    pub require_dyad: bool,
    /// Turn refused, threatened and intended acts into their 12x/13x/03x codes (default
    /// true). PETRARCH dictionaries carry such codes in their own patterns, so the
    /// PETRARCH suite runs with this off; modality and negation are still marked.
    pub modifier_codes: bool,
    /// A compound source without a target acts on each other ("X and Y held talks" → X→Y, Y→X;
    /// default true). PETRARCH does this only through `%` patterns, so its suite runs with this off.
    pub compound_reciprocal: bool,
    /// An actor after a locative preposition ("fighting in Russia", "a rally near X") is a
    /// place, not the default object (default true). PETRARCH takes the first noun phrase of
    /// the verb phrase whatever its preposition, so its suite runs with this off.
    pub locatives: bool,
    /// PETRARCH's comma-delimited clause deletion (off by default; [`CommaRules::petrarch`]
    /// gives PETRARCH's defaults). Each sentence is coded through a token view without the
    /// deleted clauses; triggers and mentions keep their original spans.
    pub commas: CommaRules,
    /// A passive verb without a `by` agent is coded as active, its subject the source
    /// ("X was criticized over its dispute with Y" → X→Y), as PETRARCH does (default false:
    /// the subject of an agentless passive is its target and there is no source).
    pub agentless_passive_active: bool,
    /// Implied targets (default true; off for PETRARCH): a protest (root 14) with no stated
    /// target (and a verb trigger) is against the source's own government (`TURCVL` → `TURGOV`).
    pub implied_targets: bool,
    /// PETRARCH's verb-phrase scope (default false): a coded verb's phrase runs from the verb
    /// to the end of its clause, subordinate clauses included ([`Engine::vp_end`]); verbs
    /// inside it are not coded on their own, its target is the first actor in it (speech
    /// verbs included), and its source is the first actor after the last comma before it.
    pub verb_phrases: bool,
    /// Mark negated ("did not attack") and hypothetical ("may attack", "if … attacks")
    /// events (default true). PETRARCH has no such marking: its dictionaries code negation and
    /// modals through their own patterns ("- NEITHER * [081]", "- MAY BE * [172]"), so its
    /// suite runs with this off and every matched event is asserted.
    pub uncertainty: bool,
}

impl Default for EventOptions {
    fn default() -> Self {
        EventOptions {
            require_dyad: true,
            modifier_codes: true,
            compound_reciprocal: true,
            locatives: true,
            commas: CommaRules::OFF,
            agentless_passive_active: false,
            implied_targets: true,
            verb_phrases: false,
            uncertainty: true,
        }
    }
}

/// PETRARCH's comma-clause deletion limits, in words (tokens starting with a letter): an
/// internal clause between two commas of `min..=max` words, the final clause (last comma to
/// the closing punctuation) of `emin..=emax` words and the opening clause (start to first
/// comma) of `bmin..=bmax` words are not coded. A max of 0 turns that rule off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommaRules {
    /// Internal clause, minimum words.
    pub min: u16,
    /// Internal clause, maximum words (0: off).
    pub max: u16,
    /// Opening clause, minimum words.
    pub bmin: u16,
    /// Opening clause, maximum words (0: off).
    pub bmax: u16,
    /// Final clause, minimum words.
    pub emin: u16,
    /// Final clause, maximum words (0: off).
    pub emax: u16,
}

impl CommaRules {
    /// No deletion.
    pub const OFF: CommaRules = CommaRules { min: 0, max: 0, bmin: 0, bmax: 0, emin: 0, emax: 0 };

    /// PETRARCH's defaults: internal 2–8, final 2–8, opening off.
    pub fn petrarch() -> Self {
        CommaRules { min: 2, max: 8, bmin: 0, bmax: 0, emin: 2, emax: 8 }
    }

    /// Whether any rule is on.
    pub fn active(&self) -> bool {
        self.max > 0 || self.bmax > 0 || self.emax > 0
    }
}

/// An actor inside the sentence being coded.
#[derive(Debug, Clone, Copy)]
struct Act {
    /// Index in `record.actors`.
    mention: usize,
    /// Token range in the sentence (relative).
    start: usize,
    end: usize,
    /// Index of the mention that carries the code (after following `refers_to`).
    coded: usize,
    /// For a possessive pronoun ("its"): the actor to use when the antecedent is the
    /// event's own source ("the tariffs Washington imposed on its steel"); else `NONE`.
    alt: u32,
    /// For a bare country listed after "the ambassadors of X": the act whose role it shares
    /// ("the ambassadors of Arnor, Osgiliath and Gondor" → OSGGOV, GONGOV); else `NONE`.
    agent: u32,
    /// For an agent without a country coordinated with one that has it ("Danish media and
    /// government", "lawmakers and officials in Fornost"): the act whose country it takes.
    country: u32,
}

/// Per-sentence working arrays, reused across sentences.
#[derive(Default)]
pub(crate) struct Scratch {
    lower: String,
    ids: Vec<WordId>,
    /// Each token's [`suffixes`], from [`Engine::prepare`]'s first pass for its second.
    sfx: Vec<u8>,
    flags: Vec<u32>,
    punct: Vec<u8>,
    actor_at: Vec<u32>,
    acts: Vec<Act>,
    trig: Vec<bool>,
    lower_initial: Vec<bool>,
    participle: Vec<bool>,
    past: Vec<bool>,
    pron_at: Vec<u32>,
    /// Reduced view → original sentence-relative token (empty: the view is the sentence).
    map: Vec<usize>,
    keep: Vec<bool>,
    /// The sentence start and first mention (in start order) of the last [`Engine::prepare`].
    last_start: usize,
    mention_from: usize,
}

/// A thread's working arrays for [`Engine::code_document`], reused across documents.
#[derive(Default)]
struct DocScratch {
    sc: Scratch,
    bufs: SeqBufs,
    /// Mention indices sorted by start, longest first.
    order: Vec<usize>,
}

impl DocScratch {
    /// The largest capacity (in elements) kept for the next document.
    const KEEP: usize = 1 << 16;
}

/// The token sequences a candidate's patterns are matched against, reused across triggers.
#[derive(Default)]
struct SeqBufs {
    /// The tokens before the trigger, nearest first.
    rev_pre: Vec<usize>,
    /// The tokens after the trigger (passive: the subject region first).
    post: Vec<usize>,
    /// The word mask of the last clause (`left..right`) of the sentence being coded: the
    /// triggers of a short sentence share their clause (`None` at each sentence's start).
    clause_mask: Option<(usize, usize, [u64; 4])>,
    /// The sentence's "according to" (a report word before "to"), for [`Engine::reporter`]:
    /// found on its first call for the sentence (`according_found`, false at each sentence's
    /// start).
    according: Vec<usize>,
    according_found: bool,
}

/// Slot bindings and literal tokens of one pattern match.
#[derive(Default, Clone)]
struct Binds {
    source: Option<usize>,
    target: Option<usize>,
    compound: Option<usize>,
    lits: Vec<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    Refuse,
    Threat,
    Intend,
    /// "urged X to V": the act is what was appealed for (02x); the addressee is the target.
    Appeal,
    /// "demanded that X V": the act is what was demanded (10x); X is the target.
    Demand,
}

/// An event candidate before the overlap resolution.
struct Cand {
    /// Tokens that gave the code (trigger, literals, cue verbs), sentence-relative.
    tokens: Vec<usize>,
    /// Tokens this candidate claims (no other candidate may use them as its trigger).
    claims: Vec<usize>,
    trigger: (usize, usize),
    priority: (u8, u8, u16),
    events: Vec<(Vec<usize>, Vec<usize>, String, bool)>,
    negated: bool,
    modality: Modality,
    reported_by: Option<usize>,
    /// The trigger is a verb entry (implied targets need one: a noun is often background).
    verb: bool,
    /// A noun coded through an object relative clause ("the sanctions the EU imposed"): an
    /// event of its own even as the object of a comment.
    relative: bool,
    /// PETRARCH (`verb_phrases`): nothing but adverbs follows the verb in its phrase ("…, an
    /// official said today."), so there is no noun phrase for an uncoded target either and a
    /// one-actor event is not coded.
    bare: bool,
}

/// Word ids the engine compares with, interned at load time.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ids {
    pub poss_s: WordId,
    pub that: WordId,
    pub on: WordId,
    pub upon: WordId,
    pub for_: WordId,
    pub with: WordId,
    pub against: WordId,
    /// Domestic measures whose unstated target is the source's own people or country.
    pub curfew: WordId,
    pub emergency: WordId,
    pub martial: WordId,
}

pub(crate) struct Engine<'a> {
    pub dict: &'a VerbDictionary,
    /// Whether every word of `dict` is ASCII ([`VerbDictionary::all_words_ascii`]).
    pub ascii_words: bool,
    pub flags: &'a [u32],
    /// The id of every one-byte ASCII token (that of its lower-case form), worked out once
    /// ([`crate::EventStage::byte_ids`]): punctuation and "a" are about a sixth of the tokens.
    pub byte_ids: &'a [WordId; 128],
    pub ids: Ids,
    pub codebook: &'a Codebook,
    pub opts: EventOptions,
    pub base: &'a Event,
    /// Skip the sentences [`Engine::codes_no_dyad`] tells cannot give an event (true; false
    /// only in the test that checks that skipping them changes nothing).
    pub skip_no_dyad: bool,
}

struct Sent<'s> {
    ids: &'s [WordId],
    flags: &'s [u32],
    punct: &'s [u8],
    actor_at: &'s [u32],
    acts: &'s [Act],
    trig: &'s [bool],
    lower_initial: &'s [bool],
    participle: &'s [bool],
    /// A word in -ed ("arrested", "sanctioned"): a verb form, even of a noun entry.
    past: &'s [bool],
    /// Token → pronoun act (possessive pronouns, only for `$` slots).
    pron_at: &'s [u32],
    /// Reduced view → original token (empty: no clause was deleted).
    map: &'s [usize],
}

impl Sent<'_> {
    fn n(&self) -> usize {
        self.ids.len()
    }
    fn f(&self, i: usize) -> u32 {
        self.flags[i]
    }
    fn is(&self, i: usize, fl: u32) -> bool {
        self.flags[i] & fl != 0
    }
    fn p(&self, i: usize) -> u8 {
        self.punct[i]
    }
    /// Ends a clause for the subject and object searches.
    fn hard_boundary(&self, i: usize) -> bool {
        matches!(self.punct[i], b';' | b':' | b'.' | b'?' | b'!')
    }
    fn actor(&self, i: usize) -> Option<usize> {
        let a = self.actor_at[i];
        (a != NONE).then_some(a as usize)
    }
    fn pron(&self, i: usize) -> Option<usize> {
        let a = self.pron_at.get(i).copied().unwrap_or(NONE);
        (a != NONE).then_some(a as usize)
    }
}

/// A word of 1 to 15 ASCII bytes lower-cased and packed as [`newsgraph_core::fxhash::short_words`]
/// packs it (what [`VerbDictionary::word_packed`] looks up), or `None` for any other word.
#[inline(always)]
fn lower_ascii_short(b: &[u8]) -> Option<(u64, u64)> {
    if b.is_empty() {
        return None;
    }
    let (lo, hi) = newsgraph_core::fxhash::short_words(b)?;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    if (lo | hi) & HIGH != 0 {
        return None;
    }
    // Every byte is below 0x80, so adding below 0x80 carries into no other byte: the high
    // bit of `x + 0x3F` is set from 'A' on, that of `x + 0x25` after 'Z'.
    let lower = |x: u64| {
        let upper = (x.wrapping_add(0x3F3F_3F3F_3F3F_3F3F) & !x.wrapping_add(0x2525_2525_2525_2525)) & HIGH;
        x | upper >> 2
    };
    Some((lower(lo), lower(hi)))
}

/// [`suffixes`] bits: ends in "n't" (a negation).
const SFX_NT: u8 = 1;
/// Longer than 4 bytes and ends in "ly" (an adverb, when nothing else).
const SFX_LY: u8 = 2;
/// Longer than 5 bytes and ends in "ing" (a participle).
const SFX_ING: u8 = 4;
/// Longer than 4 bytes and ends in "ed" (a past form).
const SFX_ED: u8 = 8;

/// The suffix bits of a lower-case word.
fn suffixes(lower: &[u8]) -> u8 {
    let n = lower.len();
    let mut s = 0;
    if lower.ends_with(b"n't") {
        s |= SFX_NT;
    }
    if n > 4 && lower.ends_with(b"ly") {
        s |= SFX_LY;
    }
    if n > 5 && lower.ends_with(b"ing") {
        s |= SFX_ING;
    }
    if n > 4 && lower.ends_with(b"ed") {
        s |= SFX_ED;
    }
    s
}

/// [`suffixes`] of the lower-case word of `n` bytes (1 to 15) packed into `lo` and `hi`
/// ([`lower_ascii_short`]), from its last four bytes.
#[inline(always)]
fn suffixes_packed(lo: u64, hi: u64, n: usize) -> u8 {
    let x = u128::from(lo) | u128::from(hi) << 64;
    // The last four bytes, the last one highest (zeros first when shorter).
    let tail = if n >= 4 { (x >> (8 * (n - 4))) as u32 } else { (x as u32).checked_shl(8 * (4 - n) as u32).unwrap_or(0) };
    let three = |w: &[u8; 3]| u32::from_le_bytes([0, w[0], w[1], w[2]]);
    let two = |w: &[u8; 2]| u32::from_le_bytes([0, 0, w[0], w[1]]);
    let mut s = 0;
    if n >= 3 && tail & 0xFFFF_FF00 == three(b"n't") {
        s |= SFX_NT;
    }
    if n > 4 && tail & 0xFFFF_0000 == two(b"ly") {
        s |= SFX_LY;
    }
    if n > 5 && tail & 0xFFFF_FF00 == three(b"ing") {
        s |= SFX_ING;
    }
    if n > 4 && tail & 0xFFFF_0000 == two(b"ed") {
        s |= SFX_ED;
    }
    s
}

/// [`suffixes`] of the lower-case form of the word `tb` (1 to 15 ASCII bytes), as the first
/// pass of [`Engine::prepare`] works it out ([`suffixes_of_packed`]).
#[cfg(test)]
fn suffixes_short(tb: &[u8]) -> u8 {
    lower_ascii_short(tb).map_or(0, |(lo, hi)| suffixes_of_packed(tb, lo, hi))
}

/// [`suffixes`] of the lower-case form of the word `tb` (1 to 15 ASCII bytes), which
/// [`lower_ascii_short`] has packed into `lo` and `hi`, worked out ([`suffixes_packed`]) only
/// when the last byte tells that there may be one: every suffix of [`suffixes`] ends in `t`,
/// `y`, `g` or `d` (of either case), and most words end otherwise.
#[inline(always)]
fn suffixes_of_packed(tb: &[u8], lo: u64, hi: u64) -> u8 {
    // `| 0x20` maps only 't'/'T' to 't' (and so on for 'y', 'g', 'd').
    match tb.last().map(|&c| c | 0x20) {
        Some(b't' | b'y' | b'g' | b'd') => suffixes_packed(lo, hi, tb.len()),
        _ => 0,
    }
}

/// Whether `text` contains " of " or " in " (one pass over the bytes: mention texts are short,
/// and two substring searches cost more to set up than this scan).
fn of_or_in(text: &str) -> bool {
    text.as_bytes().windows(4).any(|w| w[0] == b' ' && w[3] == b' ' && matches!([w[1], w[2]], [b'o', b'f'] | [b'i', b'n']))
}

fn resolve(actors: &[ActorMention], mut i: usize) -> Option<usize> {
    for _ in 0..8 {
        let m = actors.get(i)?;
        if m.code.as_deref().is_some_and(|c| !c.is_empty()) {
            return Some(i);
        }
        i = m.refers_to?;
    }
    None
}

impl Engine<'_> {
    /// Codes every sentence of `doc`, reading `actors`.
    ///
    /// The working arrays are the thread's, reused from document to document (most documents
    /// would otherwise grow each of them from empty).
    pub fn code_document(&self, doc: &Document, actors: &[ActorMention], out: &mut Vec<Event>) {
        thread_local! {
            static WORK: std::cell::RefCell<DocScratch> = std::cell::RefCell::new(DocScratch::default());
        }
        // (Re-entered, which nothing does now: fresh arrays.)
        let done = WORK.try_with(|w| match w.try_borrow_mut() {
            Ok(mut w) => {
                self.code_document_with(doc, actors, out, &mut w);
                // Arrays grown by a huge sentence are not kept.
                if w.sc.ids.capacity() > DocScratch::KEEP || w.order.capacity() > DocScratch::KEEP {
                    *w = DocScratch::default();
                }
                true
            }
            Err(_) => false,
        });
        if done != Ok(true) {
            self.code_document_with(doc, actors, out, &mut DocScratch::default());
        }
    }

    fn code_document_with(&self, doc: &Document, actors: &[ActorMention], out: &mut Vec<Event>, w: &mut DocScratch) {
        let DocScratch { sc, bufs, order } = w;
        (sc.last_start, sc.mention_from) = (0, 0);
        // Mentions sorted by start, longest first, for the per-sentence mapping.
        order.clear();
        order.extend((0..actors.len()).filter(|&i| actors[i].start < actors[i].end));
        order.sort_by_key(|&i| (actors[i].start, std::cmp::Reverse(actors[i].end)));
        let order = &order[..];
        let body = doc.body();
        for (si, s) in doc.sentences.iter().enumerate() {
            let (t0, t1) = (s.token_start.min(doc.tokens.len()), s.token_end.min(doc.tokens.len()));
            if t0 >= t1 {
                continue;
            }
            // (Clause deletion may remove every trigger or actor.)
            if !self.prepare(doc, body, t0, t1, actors, order, sc) || !sc.trig.contains(&true) || sc.acts.is_empty() {
                continue;
            }
            let sent = Sent {
                ids: &sc.ids,
                flags: &sc.flags,
                punct: &sc.punct,
                actor_at: &sc.actor_at,
                acts: &sc.acts,
                trig: &sc.trig,
                lower_initial: &sc.lower_initial,
                participle: &sc.participle,
                past: &sc.past,
                pron_at: &sc.pron_at,
                map: &sc.map,
            };
            self.code_sentence(doc, body, si, t0, &sent, actors, out, bufs);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn prepare(
        &self,
        doc: &Document,
        body: &str,
        t0: usize,
        t1: usize,
        actors: &[ActorMention],
        order: &[usize],
        sc: &mut Scratch,
    ) -> bool {
        let n = t1 - t0;
        sc.acts.clear();
        sc.pron_at.clear();
        // Actor mentions inside the sentence, mapped to token ranges first: a sentence without
        // one is not coded (`code_document` skips it), and its words need not be looked up.
        let (s_start, s_end) = (doc.tokens[t0].start, doc.tokens[t1 - 1].end);
        // The first mention not before the sentence: sentences come in order, so it is found
        // by walking on from the previous sentence's (a search when they do not).
        let first = if s_start >= sc.last_start {
            let mut f = sc.mention_from;
            while f < order.len() && actors[order[f]].start < s_start {
                f += 1;
            }
            f
        } else {
            order.partition_point(|&i| actors[i].start < s_start)
        };
        (sc.mention_from, sc.last_start) = (first, s_start);
        if order.get(first).is_none_or(|&mi| actors[mi].start >= s_end) {
            return false;
        }
        sc.actor_at.clear();
        sc.actor_at.resize(n, NONE);
        for &mi in &order[first..] {
            let m = &actors[mi];
            if m.start >= s_end {
                break;
            }
            // (Session 18: "… on Twitter" is where, not who.)
            if crate::medium::is_medium(body, m) {
                continue;
            }
            let Some(coded) = resolve(actors, mi) else { continue };
            let toks = &doc.tokens[t0..t1];
            let a = toks.partition_point(|t| t.end <= m.start);
            let b = toks.partition_point(|t| t.start < m.end);
            if a >= b || b > n || (a..b).any(|k| sc.actor_at[k] != NONE) {
                continue;
            }
            let idx = sc.acts.len() as u32;
            sc.actor_at[a..b].fill(idx);
            sc.acts.push(Act { mention: mi, start: a, end: b, coded, alt: NONE, agent: NONE, country: NONE });
        }
        if sc.acts.is_empty() || (self.skip_no_dyad && self.codes_no_dyad(actors, &sc.acts, true)) {
            return false;
        }
        // Two passes over the tokens. The first looks every word up (its id and flags: whether
        // the sentence has a trigger and may give an event), and keeps what else the second pass
        // needs of the word's bytes (while they are at hand): whether it starts lower-case, its
        // first byte (in `punct` for now) and its suffixes. About half of the sentences stop
        // there. The second fills the other per-token arrays, only for the sentences that go on.
        // Every per-token array is written at index `k`: sized once, rather than grown by a
        // push (and its capacity check) per token and array.
        sc.ids.clear();
        sc.ids.resize(n, UNKNOWN);
        sc.flags.clear();
        sc.flags.resize(n, 0);
        sc.sfx.clear();
        sc.sfx.resize(n, 0);
        sc.punct.clear();
        sc.punct.resize(n, 0);
        sc.lower_initial.clear();
        sc.lower_initial.resize(n, false);
        let mut any_trig = false;
        // The flags of all the words (for `flag::IMPLIED`).
        let mut any_raw = 0;
        let toks = &doc.tokens[t0..t1];
        let bytes = body.as_bytes();
        {
            // Sliced to `n`: indexing by `k < n` needs no bounds checks.
            let (ids, flags, actor_at) = (&mut sc.ids[..n], &mut sc.flags[..n], &sc.actor_at[..n]);
            let (sfxs, firsts, lower_initial) = (&mut sc.sfx[..n], &mut sc.punct[..n], &mut sc.lower_initial[..n]);
            for k in 0..n {
                let t = &toks[k];
                // Most tokens are short ASCII words: lower-cased and packed in two registers, and
                // looked up packed ([`lower_ascii_short`]). (An ASCII byte range starts and ends
                // on character boundaries: it is the token's text.) The others take the slow path.
                let tb = bytes.get(t.start..t.end).unwrap_or_default();
                let (id, initial_lower, first, sfx) = match tb {
                    // One ASCII byte (punctuation, "a"): the id from the table; no suffix is
                    // one byte long.
                    &[c] if c.is_ascii() => (self.byte_ids[usize::from(c)], c.is_ascii_lowercase(), c, 0),
                    _ => match lower_ascii_short(tb) {
                        Some((lo, hi)) => {
                            // (`lower_ascii_short` packs 1 to 15 bytes: `tb` is not empty.)
                            let first = tb.first().copied().unwrap_or(b'?');
                            (
                                self.dict.word_packed(lo, hi, tb.len()),
                                first.is_ascii_lowercase(),
                                first,
                                suffixes_of_packed(tb, lo, hi),
                            )
                        }
                        None => self.token_slow(body.get(t.start..t.end).unwrap_or(""), &mut sc.lower),
                    },
                };
                sfxs[k] = sfx;
                firsts[k] = first;
                lower_initial[k] = initial_lower;
                // (The raw flags for now: the second pass keeps the word's own.)
                let raw = if id == UNKNOWN { 0 } else { self.flags.get(id as usize).copied().unwrap_or(0) };
                any_raw |= raw;
                ids[k] = id;
                flags[k] = raw;
                // A word inside a mention is not a trigger.
                any_trig |= raw & flag::TRIG != 0 && actor_at[k] == NONE;
            }
        }
        // Without a trigger nothing is coded; nor is anything when every actor has one code
        // and no word could make an implied target ([`Self::codes_no_dyad`]).
        if !any_trig || (any_raw & flag::IMPLIED == 0 && self.skip_no_dyad && self.codes_no_dyad(actors, &sc.acts, false)) {
            return false;
        }
        sc.trig.clear();
        sc.trig.resize(n, false);
        sc.participle.clear();
        sc.participle.resize(n, false);
        sc.past.clear();
        sc.past.resize(n, false);
        let (flags, punct, trig) = (&mut sc.flags[..n], &mut sc.punct[..n], &mut sc.trig[..n]);
        let (participle, past, sfxs) = (&mut sc.participle[..n], &mut sc.past[..n], &sc.sfx[..n]);
        let actor_at = &sc.actor_at[..n];
        for k in 0..n {
            let t = &toks[k];
            let sfx = sfxs[k];
            let raw = flags[k];
            let mut fl = raw & !(flag::TRIG | flag::IMPLIED);
            if sfx & SFX_NT != 0 {
                fl |= flag::NEG;
            }
            // "-ly" adverbs ("fiercely opposed", "strongly condemned").
            if sfx & SFX_LY != 0 && fl == 0 && t.kind == TokenKind::Word {
                fl |= flag::ADV;
            }
            participle[k] = sfx & SFX_ING != 0;
            past[k] = sfx & SFX_ED != 0;
            flags[k] = fl;
            // (The first pass left the token's first byte there.)
            if !matches!(t.kind, TokenKind::Punct | TokenKind::Dash | TokenKind::Quote) {
                punct[k] = 0;
            }
            // A word inside a mention is not a trigger.
            trig[k] = raw & flag::TRIG != 0 && actor_at[k] == NONE;
        }
        self.merge_adjacent(actors, sc);
        sc.map.clear();
        if self.opts.commas.active() && sc.punct.contains(&b',') {
            self.delete_comma_clauses(doc, body, t0, sc);
        }
        Self::distribute_agents(actors, sc);
        self.possessives(sc, any_raw & flag::POSS != 0);
        true
    }

    /// Whether no event can come out of a sentence whose actors are `acts` (before
    /// [`Self::merge_adjacent`], without the pronoun acts): when an event needs a target
    /// ([`EventOptions::require_dyad`]) and every act carries the same code `C` (one code, no
    /// `/`), each source and target is `C` (pronoun acts take an act's code;
    /// [`Self::distribute_agents`] changes no code of acts that all have one code: an agent
    /// needs a six-letter head and a three-letter member, a country a `---` code and one
    /// without), and an event from `C` to `C` is not coded; only an implied target
    /// ([`implied_target`]) could be another code. `implied`: whether the sentence may have
    /// one as far as its words go (false when no word has [`flag::IMPLIED`]: no protest code
    /// and no domestic measure; the modifier codes make 14x or 133 only of a 14x code); then
    /// none comes unless `C` has a country. Most sentences naming one country or person are
    /// such, and are not looked at further.
    fn codes_no_dyad(&self, actors: &[ActorMention], acts: &[Act], implied: bool) -> bool {
        if !self.opts.require_dyad {
            return false;
        }
        let code = |a: &Act| actors[a.coded].code.as_deref().unwrap_or("");
        let Some(first) = acts.first().map(code) else { return true };
        !first.contains('/')
            && acts[1..].iter().all(|a| code(a) == first)
            && !(implied && self.opts.implied_targets && implied_country(first).is_some())
    }

    /// A token that is not 1 to 15 ASCII bytes (or an empty one): its id, whether it starts
    /// lower-case, its first byte (`?` when empty) and its [`suffixes`] (of its lower-case
    /// form, built in `lower`).
    #[cold]
    #[inline(never)]
    fn token_slow(&self, text: &str, lower_buf: &mut String) -> (WordId, bool, u8, u8) {
        if self.ascii_words && !text.is_ascii() {
            if let Some(r) = Self::token_non_ascii(text) {
                return r;
            }
        }
        let lower: &str = if text.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
            text
        } else {
            lower_buf.clear();
            if text.is_ascii() {
                lower_buf.push_str(text);
                lower_buf.make_ascii_lowercase();
            } else {
                for c in text.chars() {
                    lower_buf.extend(c.to_lowercase());
                }
                // Curly apostrophes as straight ones.
                if lower_buf.contains('\u{2019}') {
                    *lower_buf = lower_buf.replace('\u{2019}', "'");
                }
            }
            lower_buf
        };
        let initial_lower = text.chars().next().is_some_and(char::is_lowercase);
        (self.dict.word(lower), initial_lower, text.bytes().next().unwrap_or(b'?'), suffixes(lower.as_bytes()))
    }

    /// [`Self::token_slow`] of a non-ASCII word for a dictionary of ASCII words, without
    /// lower-casing the whole word, when one character tells: the lower-case form is the lower
    /// cases of the characters one after the other (’ as '), so a character whose lower case is
    /// not ASCII puts a non-ASCII character in the form (no word of the dictionary: the id is
    /// [`UNKNOWN`]), and the last character's lower case ends the form (no suffix of [`suffixes`]
    /// unless it ends in `t`, `y`, `g` or `d`). `None` when the word needs the full path.
    fn token_non_ascii(text: &str) -> Option<(WordId, bool, u8, u8)> {
        let c = text.chars().find(|&c| !c.is_ascii() && c != '\u{2019}')?;
        if c.to_lowercase().all(|l| l.is_ascii()) {
            return None;
        }
        let last = text.chars().next_back()?;
        let end = if last == '\u{2019}' { '\'' } else { last.to_lowercase().last()? };
        if matches!(end, 't' | 'y' | 'g' | 'd') {
            return None;
        }
        let initial_lower = text.chars().next().is_some_and(char::is_lowercase);
        Some((UNKNOWN, initial_lower, text.bytes().next().unwrap_or(b'?'), 0))
    }

    /// "The ambassadors of Arnor, Osgiliath and Gondor", "lawmakers in Fornost and Gondor": the
    /// agent of the first member ("ambassadors of Arnor" → `ARNGOV`) also applies to the bare
    /// countries listed after it (`OSG` → `OSGGOV`, `GON` → `GONGOV`).
    fn distribute_agents(actors: &[ActorMention], sc: &mut Scratch) {
        let code = |a: &Act| actors[a.coded].code.as_deref().unwrap_or("");
        let bare = |c: &str| c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase());
        // "Danish media and government": `---GOV` next to `DNKMED` through "and" takes `DNK`.
        for i in 0..sc.acts.len() {
            let c = code(&sc.acts[i]);
            if !(c.len() == 6 && c.starts_with("---")) {
                continue;
            }
            let joined = |a: &Act, b: &Act| {
                a.end < b.start
                    && b.start - a.end <= 2
                    && (a.end..b.start).any(|k| sc.flags[k] & flag::COORD != 0)
                    && (a.end..b.start).all(|k| sc.punct[k] == b',' || sc.flags[k] & (flag::COORD | flag::DET) != 0)
            };
            let countried = |a: &Act| {
                let c = code(a);
                c.len() >= 6 && !c.starts_with("---") && !c.contains('/') && c.bytes().all(|b| b.is_ascii_uppercase())
            };
            let (me, prev, next) = (sc.acts[i], i.checked_sub(1).map(|p| sc.acts[p]), sc.acts.get(i + 1).copied());
            if let Some(p) = prev.filter(|p| joined(p, &me) && countried(p)) {
                let _ = p;
                sc.acts[i].country = (i - 1) as u32;
            } else if let Some(nx) = next.filter(|nx| joined(&me, nx) && countried(nx)) {
                let _ = nx;
                sc.acts[i].country = (i + 1) as u32;
            }
        }
        let mut i = 0;
        while i + 1 < sc.acts.len() {
            let head = sc.acts[i];
            let hc = code(&head);
            let text = actors[head.mention].text.as_str();
            let agent_of = hc.len() == 6
                && hc.bytes().all(|b| b.is_ascii_uppercase())
                && of_or_in(text)
                && text.rsplit(' ').next().is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
            if !agent_of {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            let mut saw_coord = false;
            let mut members = Vec::new();
            while j < sc.acts.len() {
                let (prev_end, next) = (sc.acts[j - 1].end, sc.acts[j]);
                let between = prev_end..next.start;
                let joins = !between.is_empty()
                    && between.clone().all(|k| sc.punct[k] == b',' || sc.flags[k] & (flag::COORD | flag::DET) != 0);
                if !joins || !bare(code(&next)) {
                    break;
                }
                saw_coord |= between.clone().any(|k| sc.flags[k] & flag::COORD != 0);
                members.push(j);
                j += 1;
                if saw_coord {
                    break;
                }
            }
            if saw_coord {
                for m in members {
                    sc.acts[m].agent = i as u32;
                }
            }
            i = j;
        }
    }

    /// PETRARCH's comma-clause deletion ([`CommaRules`]): marks the deleted tokens and
    /// compacts the per-token arrays into a reduced view, `sc.map` leading back to the
    /// original positions. Commas inside a mention or between two listed actors ("X, Y and Z")
    /// do not delimit clauses.
    fn delete_comma_clauses(&self, doc: &Document, body: &str, t0: usize, sc: &mut Scratch) {
        let r = self.opts.commas;
        let n = sc.ids.len();
        let word = |k: usize| {
            doc.tokens
                .get(t0 + k)
                .and_then(|t| body.get(t.start..t.end))
                .and_then(|w| w.chars().next())
                .is_some_and(char::is_alphabetic)
        };
        // A list comma: an actor before it and another after it, past at most three
        // determiners, coordinators or lowercase modifiers ("Mordor, the awful Fornost, and …").
        let listed = |k: usize| {
            if k == 0 || sc.actor_at[k - 1] == NONE {
                return false;
            }
            let mut m = k + 1;
            while m < n && m <= k + 3 && sc.actor_at[m] == NONE {
                let f = sc.flags[m];
                let modifier = sc.punct[m] == 0 && !sc.trig[m] && f & !flag::ADV == 0 && sc.lower_initial[m];
                if !(f & (flag::DET | flag::COORD) != 0 || modifier) {
                    return false;
                }
                m += 1;
            }
            m < n && sc.actor_at[m] != NONE
        };
        let commas: Vec<usize> = (0..n).filter(|&k| sc.punct[k] == b',' && sc.actor_at[k] == NONE && !listed(k)).collect();
        if commas.is_empty() {
            return;
        }
        // The closing punctuation (and quotes after it) end the final clause.
        let mut kend = n;
        while kend > 0 && matches!(sc.punct[kend - 1], b'.' | b'?' | b'!' | b'"' | b'\'') {
            kend -= 1;
        }
        sc.keep.clear();
        sc.keep.resize(n, true);
        let count = |keep: &[bool], a: usize, b: usize| (a..b.min(n)).filter(|&k| keep[k] && word(k)).count() as u16;
        let within = |k: u16, lo: u16, hi: u16| hi > 0 && k >= lo && k <= hi;
        let first = commas[0];
        if within(count(&sc.keep, 0, first), r.bmin, r.bmax) {
            sc.keep[..first].fill(false);
        }
        let last = commas[commas.len() - 1];
        if last < kend && within(count(&sc.keep, last + 1, kend), r.emin, r.emax) {
            sc.keep[last + 1..kend].fill(false);
        }
        if r.max > 0 {
            for w in commas.windows(2) {
                let (a, b) = (w[0], w[1]);
                if sc.keep[a] && within(count(&sc.keep, a + 1, b), r.min, r.max) {
                    sc.keep[a..b].fill(false);
                }
            }
        }
        // A comma left with no words before it (or after it, at the end) goes too.
        if let Some(&c) = commas.iter().find(|&&c| sc.keep[c]) {
            if count(&sc.keep, 0, c) == 0 {
                sc.keep[c] = false;
            }
        }
        if let Some(&c) = commas.iter().rev().find(|&&c| sc.keep[c]) {
            if count(&sc.keep, c + 1, kend) == 0 {
                sc.keep[c] = false;
            }
        }
        if sc.keep.iter().all(|&k| k) {
            return;
        }
        // Compact.
        let mut newpos = vec![NONE as usize; n + 1];
        let mut w = 0;
        for (k, pos) in newpos.iter_mut().enumerate().take(n) {
            if sc.keep[k] {
                *pos = w;
                sc.map.push(k);
                sc.ids[w] = sc.ids[k];
                sc.flags[w] = sc.flags[k];
                sc.punct[w] = sc.punct[k];
                sc.trig[w] = sc.trig[k];
                sc.lower_initial[w] = sc.lower_initial[k];
                sc.participle[w] = sc.participle[k];
                sc.past[w] = sc.past[k];
                w += 1;
            }
        }
        sc.ids.truncate(w);
        sc.flags.truncate(w);
        sc.punct.truncate(w);
        sc.trig.truncate(w);
        sc.lower_initial.truncate(w);
        sc.participle.truncate(w);
        sc.past.truncate(w);
        let keep = &sc.keep;
        sc.acts.retain(|a| (a.start..a.end).all(|k| keep[k]));
        for a in sc.acts.iter_mut() {
            let (s0, e0) = (newpos[a.start], newpos[a.end - 1] + 1);
            a.start = s0;
            a.end = e0;
        }
        sc.actor_at.clear();
        sc.actor_at.resize(w, NONE);
        for (i, a) in sc.acts.iter().enumerate() {
            for k in a.start..a.end {
                sc.actor_at[k] = i as u32;
            }
        }
    }

    /// Possessive pronouns outside mentions ("on its steel") become pronoun acts after the
    /// real ones, usable only by `$` slots: the antecedent is the nearest earlier actor, and
    /// `alt` the one before it with another code (used when the antecedent is the source).
    /// `any`: whether a word of the sentence has [`flag::POSS`] (none has when false).
    fn possessives(&self, sc: &mut Scratch, any: bool) {
        sc.pron_at.resize(sc.ids.len(), NONE);
        let real = sc.acts.len();
        if real == 0 || !any {
            return;
        }
        for k in 0..sc.ids.len() {
            if sc.flags[k] & flag::POSS == 0 || sc.actor_at[k] != NONE {
                continue;
            }
            let Some(ant) = sc.acts[..real].iter().rposition(|a| a.end <= k) else { continue };
            let a = sc.acts[ant];
            let alt = sc.acts[..ant].iter().rposition(|b| b.coded != a.coded).map_or(NONE, |i| i as u32);
            sc.pron_at[k] = sc.acts.len() as u32;
            sc.acts.push(Act { mention: a.mention, start: k, end: k + 1, coded: a.coded, alt, agent: NONE, country: NONE });
        }
    }

    /// Two mentions with nothing between them are one noun phrase ("Bree Prime Minister" +
    /// "Romendacil", "Kenyan President" + "William Ruto"): when one code extends the other
    /// (`BRE` → `BREGOV`), the phrase is one actor carrying the more specific code.
    fn merge_adjacent(&self, actors: &[ActorMention], sc: &mut Scratch) {
        if sc.acts.len() < 2 {
            return;
        }
        let code = |a: &Act| actors[a.coded].code.as_deref().unwrap_or("");
        let mut w = 0;
        for r in 1..sc.acts.len() {
            let (x, y) = (sc.acts[w], sc.acts[r]);
            // (Most acts are not adjacent: their codes are not compared.)
            let merge = if x.end != y.start {
                None
            } else {
                let (cx, cy) = (code(&x), code(&y));
                let related = !cx.is_empty()
                    && !cy.is_empty()
                    && !cx.contains('/')
                    && !cy.contains('/')
                    && (cx.starts_with(cy) || cy.starts_with(cx));
                // "Ithilen's evil minister" + "Calimehtar": a title with a role before a name coded
                // with a bare country is one actor, the title's.
                let titled = cx.len() >= 6 && cy.len() == 3 && !cy.contains('/') && !cx.contains('/');
                (related || titled).then_some(titled || cy.len() <= cx.len())
            };
            if let Some(keep_x) = merge {
                let keep = if keep_x { x } else { y };
                sc.acts[w] = Act {
                    mention: keep.mention,
                    start: x.start,
                    end: y.end,
                    coded: keep.coded,
                    alt: NONE,
                    agent: NONE,
                    country: NONE,
                };
                continue;
            }
            w += 1;
            sc.acts[w] = y;
        }
        if w + 1 == sc.acts.len() {
            // Nothing merged: `actor_at` already holds each act's index.
            return;
        }
        sc.acts.truncate(w + 1);
        for (i, a) in sc.acts.iter().enumerate() {
            for k in a.start..a.end {
                sc.actor_at[k] = i as u32;
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn code_sentence(
        &self,
        doc: &Document,
        body: &str,
        si: usize,
        t0: usize,
        s: &Sent,
        actors: &[ActorMention],
        out: &mut Vec<Event>,
        bufs: &mut SeqBufs,
    ) {
        let n = s.n();
        let question = (0..n).rev().find(|&i| s.p(i) != 0 && s.p(i) != b'"' && s.p(i) != b'\'').is_some_and(|i| s.p(i) == b'?');
        // What the candidates of the sentence work out once.
        bufs.clause_mask = None;
        bufs.according_found = false;
        let mut cands: Vec<Cand> = Vec::new();
        // Verbs that matched a code (with or without an event), for PETRARCH's verb-phrase scope.
        let mut heads: Vec<(usize, usize)> = Vec::new();
        let mut i = 0;
        while i < n {
            if !s.trig[i] {
                i += 1;
                continue;
            }
            let Some(list) = self.dict.forms.get(&s.ids[i]) else {
                i += 1;
                continue;
            };
            // Longest form; verb/noun choice by the preceding word.
            let mut best: Option<(usize, u32)> = None;
            let noun_ctx = i > 0 && (s.is(i - 1, flag::DET) || s.ids[i - 1] == self.ids.poss_s);
            for f in list.iter() {
                let len = 1 + f.rest.len();
                if i + len > n || (0..f.rest.len()).any(|k| s.ids[i + 1 + k] != f.rest[k] || s.actor(i + 1 + k).is_some()) {
                    continue;
                }
                let pos = self.dict.entries[f.entry as usize].pos;
                // "an attack", "the meeting": after a determiner a verb entry is not a verb.
                if pos == Pos::Verb && noun_ctx && f.rest.is_empty() {
                    continue;
                }
                let fits = (pos == Pos::Noun) == noun_ctx;
                let better = match best {
                    None => true,
                    Some((bl, be)) => {
                        let bpos = self.dict.entries[be as usize].pos;
                        len > bl || (len == bl && fits && (bpos == Pos::Noun) != noun_ctx)
                    }
                };
                if better {
                    best = Some((len, f.entry));
                }
            }
            if let Some((len, entry)) = best {
                self.candidate(s, i, i + len, entry as usize, question, &mut cands, &mut heads, bufs);
            }
            i += 1;
        }
        if self.opts.verb_phrases && heads.len() > 1 {
            // PETRARCH resumes its search for verbs after the end of a coded verb's phrase:
            // a verb inside it ("…, almost five years after crowds burned down its embassy",
            // "said 54 civilians were killed") is not coded on its own.
            let mut scopes: Vec<(usize, usize)> = Vec::new();
            for &(ha, hb) in &heads {
                if scopes.iter().any(|&(x, y)| ha > x && ha < y) {
                    continue;
                }
                scopes.push((ha, self.vp_end(s, hb, n)));
            }
            cands.retain(|c| !scopes.iter().any(|&(x, y)| c.trigger.0 > x && c.trigger.0 < y));
        }
        if cands.is_empty() {
            return;
        }
        // Overlaps: complements of cue verbs first, then verbs, then specificity.
        let mut idx: Vec<usize> = (0..cands.len()).collect();
        idx.sort_by(|&a, &b| cands[b].priority.cmp(&cands[a].priority).then(cands[a].trigger.0.cmp(&cands[b].trigger.0)));
        let mut used = vec![false; n];
        let sent_span = doc.sentences[si].span();
        let start_len = out.len();
        // Ends of accepted verb candidates whose act is a comment on its object (roots 01,
        // 11, 12: "condemned the detention of X"): an event noun heading that object is the
        // topic of the comment, not an event of its own.
        let mut topic_from: Vec<usize> = Vec::new();
        // Ends of accepted verb events: "travel to X next week for talks with Y" — an event
        // noun after "for" is the purpose of that act, not an event of its own.
        let mut purpose_from: Vec<usize> = Vec::new();
        for ci in idx {
            let c = &cands[ci];
            if (c.trigger.0..c.trigger.1).any(|k| used[k]) {
                continue;
            }
            for &k in &c.claims {
                if k < n {
                    used[k] = true;
                }
            }
            if c.events.is_empty() {
                continue;
            }
            // "condemned Iran's decision to suspend cooperation", "rejected an offer by Kenya
            // to mediate": a verb completing a noun that heads the object of a comment (roots
            // 01, 05, 11, 12) is the comment's topic, not an event of its own.
            if c.verb
                && self.noun_complement(s, c.trigger.0).is_some_and(|nk| {
                    cands.iter().any(|o| {
                        o.verb
                            && o.trigger.1 <= nk
                            && o.events.iter().any(|(_, _, code, _)| matches!(codebook::root(code), "01" | "05" | "11" | "12"))
                            && self.heads_object(s, o.trigger.1, nk)
                    })
                })
            {
                // Event nouns heading its own object ("to suspend cooperation") go with it.
                topic_from.push(c.trigger.1);
                continue;
            }
            if c.verb {
                if c.events.iter().any(|(_, _, code, _)| matches!(codebook::root(code), "01" | "11" | "12")) {
                    topic_from.push(c.trigger.1);
                }
                purpose_from.push(c.trigger.1);
            } else if !c.relative
                && (topic_from.iter().any(|&e| self.heads_object(s, e, c.trigger.0))
                    || purpose_from.iter().any(|&e| self.purpose_of(s, e, c.trigger.0)))
            {
                continue;
            }
            let map = s.map;
            let trigger = if map.is_empty() {
                spans_of(body, doc, t0, &c.tokens)
            } else {
                let orig: Vec<usize> = c.tokens.iter().filter_map(|&k| map.get(k).copied()).collect();
                spans_of(body, doc, t0, &orig)
            };
            let reported_by = c.reported_by.and_then(|a| actors[s.acts[a].coded].code.clone());
            for (srcs, tgts, code, _) in &c.events {
                for &sa in srcs {
                    let tlist: Vec<Option<usize>> =
                        if tgts.is_empty() { vec![None] } else { tgts.iter().map(|&t| Some(t)).collect() };
                    for ta in tlist {
                        // A mention may carry several codes ("FRO/BIL"): one event per code pair.
                        let src_owned = act_code(actors, s.acts, sa);
                        let src_all: &str = &src_owned;
                        let tgt_owned = ta.map(|t| act_code(actors, s.acts, t));
                        // A noun is often background ("the crackdown"), but not a domestic
                        // measure with its light verb ("imposed a curfew").
                        let measure = self.domestic_measure(s, &c.tokens);
                        let light_verb = c.tokens.len() > c.trigger.1 - c.trigger.0;
                        let implied =
                            if ta.is_none() && (c.verb || (measure.is_some() && light_verb)) && self.opts.implied_targets {
                                implied_target(&src_owned, code, measure)
                            } else {
                                None
                            };
                        let tgt_all: &str = tgt_owned.as_deref().or(implied.as_deref()).unwrap_or("");
                        for src_code in src_all.split('/') {
                            for tgt_code in tgt_all.split('/') {
                                if src_code.is_empty()
                                    || (tgt_code.is_empty() && (self.opts.require_dyad || c.bare))
                                    || src_code == tgt_code
                                {
                                    continue;
                                }
                                let dup = out[start_len..]
                                    .iter()
                                    .any(|e| e.source == src_code && e.target == tgt_code && e.code == *code);
                                if dup {
                                    continue;
                                }
                                let (sm, tm) = (s.acts[sa].mention, ta.map(|t| s.acts[t].mention));
                                out.push(self.event(
                                    code,
                                    src_code.to_string(),
                                    tgt_code.to_string(),
                                    c,
                                    sent_span,
                                    &trigger,
                                    sm,
                                    tm,
                                    reported_by.clone(),
                                ));
                            }
                        }
                    }
                }
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn event(
        &self,
        code: &str,
        source: String,
        target: String,
        c: &Cand,
        sentence: Span,
        trigger: &[TextSpan],
        src_m: usize,
        tgt_m: Option<usize>,
        reported_by: Option<String>,
    ) -> Event {
        let info = self.codebook.get(code);
        let root = codebook::root(code).to_string();
        let quad =
            info.map(|i| i.quad_class).unwrap_or_else(|| codebook::root_num(code).map(codebook::quad_of_root).unwrap_or(0));
        Event {
            source,
            target,
            code: code.to_string(),
            root,
            quad_class: quad,
            goldstein: info.map(|i| i.goldstein).unwrap_or(0.0),
            plover: info.and_then(|i| i.plover_type.as_ref().map(|t| Plover { kind: t.clone(), mode: i.plover_mode.clone() })),
            negated: c.negated,
            modality: c.modality,
            sentence,
            trigger: trigger.to_vec(),
            source_mention: Some(src_m),
            target_mention: tgt_m,
            reported_by,
            ..self.base.clone()
        }
    }

    /// The domestic measure named in an event's evidence words ("curfew", "state of
    /// emergency", "martial law"), for [`implied_target`].
    fn domestic_measure(&self, s: &Sent, tokens: &[usize]) -> Option<Measure> {
        tokens.iter().filter_map(|&k| s.ids.get(k)).find_map(|&id| {
            if id == self.ids.curfew {
                Some(Measure::Curfew)
            } else if id == self.ids.emergency || id == self.ids.martial {
                Some(Measure::Emergency)
            } else {
                None
            }
        })
    }

    /// Builds the candidate for the trigger `a..b` of `entry`.
    #[allow(clippy::too_many_arguments)]
    fn candidate(
        &self,
        s: &Sent,
        a: usize,
        b: usize,
        entry: usize,
        question: bool,
        cands: &mut Vec<Cand>,
        heads: &mut Vec<(usize, usize)>,
        bufs: &mut SeqBufs,
    ) {
        let e = &self.dict.entries[entry];
        let n = s.n();
        // A noun entry's verb form ("were arrested", "sanctioned X") is a verb unless a
        // determiner or a possessive makes it a noun's modifier ("the arrested men").
        let noun_ctx = a > 0 && (s.is(a - 1, flag::DET) || s.ids[a - 1] == self.ids.poss_s);
        let pos = if e.pos == Pos::Noun && b == a + 1 && s.past[a] && !noun_ctx { Pos::Verb } else { e.pos };
        // Clause limits for the pattern sequences.
        let mut left = a;
        while left > 0 && !s.hard_boundary(left - 1) && a - left < SUBJECT_WINDOW {
            left -= 1;
        }
        let mut right = b;
        while right < n && !s.hard_boundary(right) && right - b < OBJECT_WINDOW {
            right += 1;
        }
        // Passive voice: a be-auxiliary (adverbs allowed) before a verb not in -ing.
        let mut passive_aux = None;
        // "is attacking", "were fighting": progressive, not passive.
        let ing = s.participle[a] || (b > a + 1 && s.participle[b - 1]);
        if pos == Pos::Verb && !ing {
            let mut j = a;
            while j > left {
                j -= 1;
                if s.is(j, flag::ADV) || s.is(j, flag::NEG) {
                    continue;
                }
                if s.is(j, flag::BE) {
                    passive_aux = Some(j);
                }
                break;
            }
        }
        let mut by_agent: Option<(usize, usize)> = None; // token range of "by X"
        if passive_aux.is_some() && self.opts.agentless_passive_active && !(b..right).any(|k| s.is(k, flag::BY)) {
            passive_aux = None;
        }
        // The tokens before the trigger (nearest first) and after it, for the patterns.
        let SeqBufs { rev_pre, post: post_seq, clause_mask, according, according_found } = bufs;
        rev_pre.clear();
        post_seq.clear();
        if let Some(aux) = passive_aux {
            for k in b..right {
                if s.is(k, flag::BY) {
                    let mut m = k + 1;
                    while m < right && s.is(m, flag::DET) && s.actor(m).is_none() {
                        m += 1;
                    }
                    if let Some(act) = (m < right).then(|| s.actor(m)).flatten() {
                        by_agent = Some((k, s.acts[act].end));
                    }
                    break;
                }
            }
            // Subject region (the logical object) then the words after the verb, without "by X".
            let subj_start = self.subject_region_start(s, aux, left);
            post_seq.extend(subj_start..aux);
            post_seq.extend((b..right).filter(|k| by_agent.is_none_or(|(x, y)| *k < x || *k >= y)));
            rev_pre.extend((left..subj_start).rev());
        } else {
            rev_pre.extend((left..a).rev());
            post_seq.extend(b..right);
        }

        // The clause's word mask: a pattern with a literal position none of whose words occurs
        // cannot match. (The same clause as the sentence's previous trigger: its mask.)
        let bloom = match *clause_mask {
            Some((l, r, m)) if (l, r) == (left, right) => m,
            _ => {
                let mut m = [0u64; 4];
                for &id in &s.ids[left..right] {
                    let (i, bit) = crate::dict::word_bit(id);
                    m[i] |= bit;
                }
                *clause_mask = Some((left, right, m));
                m
            }
        };
        // The most specific matching pattern.
        let mut chosen: Option<(&CodeSpec, Binds, MatchKey)> = None;
        let mut binds = Binds::default();
        // An object relative clause on an event noun: "the tariffs (that) Washington imposed on
        // its steel" is "Washington imposed tariffs on its steel". Only patterns with words
        // before the trigger (the light verb) are tried, with that verb as the word before.
        let mut rel_src: Option<(Vec<usize>, bool)> = None;
        if pos == Pos::Noun && passive_aux.is_none() {
            if let Some((g, v, neg)) = self.object_relative(s, b, right) {
                let rev_pre = [v];
                let post: Vec<usize> = (v + 1..right).collect();
                for p in e.possible_patterns(&bloom).filter(|p| p.pre.iter().any(|t| matches!(t, PTok::Words(_)))) {
                    binds.source = None;
                    binds.target = None;
                    binds.compound = None;
                    binds.lits.clear();
                    let ok = self.match_seq(s, &p.post, 0, &post, 0, false, &mut binds)
                        && self.match_seq(s, &p.pre, 0, &rev_pre, 0, true, &mut binds);
                    if ok && binds.source.is_none() {
                        let k = match_key(p, &binds, a, b);
                        if chosen.as_ref().is_none_or(|(_, _, ck)| k > *ck) {
                            chosen = Some((&p.code, binds.clone(), k));
                        }
                    }
                }
                if chosen.is_some() {
                    rel_src = Some((g, neg));
                }
            }
        }
        // (Patterns whose masks rule them out are not looked at, nor decoded: `possible_patterns`;
        // none is when the relative clause has given the code.)
        if rel_src.is_none() {
            for p in e.possible_patterns(&bloom) {
                binds.source = None;
                binds.target = None;
                binds.compound = None;
                binds.lits.clear();
                let ok = self.match_seq(s, &p.post, 0, post_seq, 0, false, &mut binds)
                    && self.match_seq(s, &p.pre, 0, rev_pre, 0, true, &mut binds);
                if ok {
                    let k = match_key(p, &binds, a, b);
                    if chosen.as_ref().is_none_or(|(_, _, ck)| k > *ck) {
                        chosen = Some((&p.code, binds.clone(), k));
                    }
                }
            }
        }
        let (code, binds, spec) = match chosen {
            Some((c, bd, k)) => (c, bd, k.0),
            None => match &e.default {
                Some(d) => (d, Binds::default(), 0),
                None => return,
            },
        };
        let mut tokens: Vec<usize> = (a..b).collect();
        tokens.extend(binds.lits.iter().copied());
        tokens.sort_unstable();
        tokens.dedup();
        let lo = tokens.first().copied().unwrap_or(a).min(a);
        let hi = tokens.last().map(|t| t + 1).unwrap_or(b).max(b);
        // "A suicide bomber killed …", "a roadside bomb struck …": an event noun heading the
        // subject of a violent verb names the act; the verb is evidence that it happened.
        // The noun's words join the evidence (and are claimed), not the verb's span.
        // In the passive, the noun heads the `by` agent ("was hit by an Israeli airstrike").
        let noun = match (pos, passive_aux, by_agent) {
            (Pos::Verb, None, _) => self.subject_event_noun(s, a, left, code, spec),
            (Pos::Verb, Some(_), Some((bk, ae))) => {
                (ae..=(ae + 2).min(right)).find_map(|x| self.subject_event_noun(s, x, bk + 1, code, spec))
            }
            _ => None,
        };
        let code = match noun {
            Some((nc, ntoks)) => {
                tokens.extend(ntoks);
                tokens.sort_unstable();
                tokens.dedup();
                nc
            }
            None => code,
        };
        let claims_base = tokens.clone();
        let is_report_verb = s.is(a, flag::REPORT);
        let priority_pos = if pos == Pos::Verb && !is_report_verb { 1 } else { 0 };
        let codes: Vec<(String, bool)> = match code {
            CodeSpec::NoEvent => {
                cands.push(Cand {
                    tokens,
                    claims: claims_base,
                    trigger: (a, b),
                    priority: (0, priority_pos, spec),
                    events: Vec::new(),
                    negated: false,
                    modality: Modality::Asserted,
                    reported_by: None,
                    verb: false,
                    relative: false,
                    bare: false,
                });
                return;
            }
            CodeSpec::Code(c) => vec![(c.to_string(), false)],
            CodeSpec::Pair(x, y) => vec![(x.to_string(), false), (y.to_string(), true)],
        };
        if pos == Pos::Verb && self.opts.verb_phrases {
            // A modal ("should", "will") is not a verb phrase's head in PETRARCH's parse.
            if s.is(a, flag::WILL | flag::MAY) {
                return;
            }
            heads.push((a, b));
        }

        // Meaning modifiers before the head.
        let head = if passive_aux.is_some() { lo.min(passive_aux.unwrap_or(lo)) } else { lo };
        let (mut negated, mut cue, mut cue_tok, mut modal_will, mut modal_may) = (false, None, None, false, false);
        let mut addressee: Vec<usize> = Vec::new();
        // A noun entry, or a verb entry's spelling used as a noun: a determiner within the
        // three words before the trigger, with only plain words after it ("a nationwide strike").
        let nominal = pos == Pos::Noun
            || (1..=3).take_while(|&d| head >= left + d).any(|d| {
                s.is(head - d, flag::DET)
                    && s.actor(head - d).is_none()
                    && (head - d + 1..head).all(|m| s.f(m) == 0 && !s.trig[m])
            });
        let mut j = head;
        let mut steps = 0;
        while j > left && steps < 8 {
            steps += 1;
            let k = j - 1;
            let f = s.f(k);
            if s.actor(k).is_some() {
                break;
            }
            if f & flag::NEG != 0 {
                negated = true;
                if f & flag::WILL != 0 {
                    modal_will = true; // won't
                }
                if f & flag::MAY != 0 {
                    modal_may = true; // can't
                }
            } else if f & flag::WILL != 0 {
                modal_will = true;
            } else if f & flag::MAY != 0 {
                modal_may = true;
            } else if f & flag::TO != 0 {
                // "<cue verb> to VERB"
                let mut c = k;
                while c > left && s.is(c - 1, flag::ADV) {
                    c -= 1;
                }
                if c == left {
                    break;
                }
                let v = c - 1;
                // "urged X to V", "called on X to V", "appealed to X to V": an appeal whose content is V.
                if let (Some(act), true) = (s.actor(v), self.opts.modifier_codes) {
                    let group = self.group_backward(s, act, left);
                    let gs = group.iter().map(|&g| s.acts[g].start).min().unwrap_or(s.acts[act].start);
                    if let Some(cv) = self.appeal_verb(s, gs, left) {
                        cue = Some(Cue::Appeal);
                        cue_tok = Some(cv);
                        addressee = group;
                        j = cv;
                        continue;
                    }
                    break;
                }
                let fv = s.f(v);
                if fv & flag::REFUSE != 0 {
                    cue = Some(Cue::Refuse);
                } else if fv & flag::THREAT != 0 {
                    cue = Some(Cue::Threat);
                } else if fv & flag::FAIL != 0 {
                    negated = true;
                } else if fv & flag::INTEND != 0 || fv & flag::BE != 0 {
                    cue = Some(Cue::Intend);
                } else {
                    break;
                }
                cue_tok = Some(v);
                j = v;
                continue;
            } else if pos == Pos::Noun && k > left && s.is(k - 1, flag::TO) && f == 0 && !s.trig[k] {
                // "urged X to hold talks", "plans to send aid": a light verb between "to" and the noun.
                j = k;
                continue;
            } else if nominal
                && f == 0
                && !s.trig[k]
                && s.p(k) == 0
                && (k.saturating_sub(2).max(left)..k).any(|d| s.is(d, flag::DET) && s.actor(d).is_none())
            {
                // An adjective between the determiner and the noun: "threatened a nationwide strike".
            } else if f & (flag::AUX | flag::ADV) == 0 && !(nominal && f & flag::DET != 0) {
                // A noun right after a threat verb: "threatened sanctions".
                if nominal && f & flag::THREAT != 0 {
                    cue = Some(Cue::Threat);
                    cue_tok = Some(k);
                }
                break;
            }
            j = k;
        }
        // Conditionals anywhere before the head in the sentence part up to a hard boundary.
        let conditional = (left..head).any(|k| s.is(k, flag::COND));
        let hypothetical = question || conditional || (modal_may && cue.is_none());

        // Source and target.
        let mut srcs: Vec<usize>;
        let mut tgts: Vec<usize>;
        if let Some((g, neg)) = &rel_src {
            negated |= *neg;
            srcs = g.clone();
            tgts = binds.target.map(|x| self.group_forward(s, x, right)).unwrap_or_default();
            if tgts.is_empty() {
                tgts = self.object(s, hi, right, &srcs);
            }
        } else if let Some(c) = binds.compound {
            let group = self.group_forward(s, c, right);
            srcs = group.clone();
            tgts = group;
        } else {
            srcs = binds.source.map(|x| self.group_forward(s, x, right)).unwrap_or_default();
            tgts = binds.target.map(|x| self.group_forward(s, x, right)).unwrap_or_default();
        }
        if passive_aux.is_some() {
            if srcs.is_empty() {
                if let Some((k, _)) = by_agent {
                    let mut m = k + 1;
                    while s.actor(m).is_none() {
                        m += 1;
                    }
                    if let Some(x) = s.actor(m) {
                        srcs = self.group_forward(s, x, right);
                    }
                }
            }
            if tgts.is_empty() {
                tgts = self.subject(s, passive_aux.unwrap_or(head), left);
            }
        } else if cue == Some(Cue::Appeal) {
            srcs = self.subject(s, cue_tok.unwrap_or(head), left);
            tgts = addressee;
        } else {
            if srcs.is_empty() {
                srcs = self.subject(s, cue_tok.unwrap_or(head).min(head), left);
            }
            // PETRARCH: the first actor in the verb's phrase, speech verbs included.
            if tgts.is_empty() && self.opts.verb_phrases {
                tgts = self.object_in_phrase(s, hi, self.vp_end(s, hi, right), right, &srcs);
            }
            // Speech verbs take their target from a `$` slot only: what follows is the statement.
            if tgts.is_empty() && !is_report_verb {
                tgts = self.object(s, hi, right, &srcs);
            }
            // The pattern's words after the trigger may follow the object ("allowed that X
            // isn't a really pleasant place"): the first actor between them is the target.
            if tgts.is_empty() && !is_report_verb {
                if let Some(&l) = binds.lits.iter().filter(|&&k| k >= b).min() {
                    if let Some(k) = (b..l).find(|&k| s.actor(k).is_some_and(|x| !srcs.contains(&x))) {
                        tgts = s.actor(k).map(|x| self.group_forward(s, x, l)).unwrap_or_default();
                    }
                }
            }
        }
        // "demanded that X V": X is the target of a demand whose content is V.
        if cue.is_none() && self.opts.modifier_codes && binds.source.is_none() && !srcs.is_empty() {
            let st = srcs.iter().map(|&g| s.acts[g].start).min().unwrap_or(head);
            if st >= left + 2 && s.ids[st - 1] == self.ids.that && s.is(st - 2, flag::DEMAND | flag::APPEAL) {
                cue = Some(Cue::Demand);
                cue_tok = Some(st - 2);
                tgts = std::mem::take(&mut srcs);
                srcs = self.subject(s, st - 2, left);
            }
        }
        // A possessive pronoun target whose antecedent is the source: the actor before it.
        for t in tgts.iter_mut() {
            let a = s.acts[*t];
            if a.alt != NONE && srcs.iter().any(|&x| s.acts[x].coded == a.coded) {
                *t = a.alt as usize;
            }
        }
        // "accused X of V-ing", "denied reports that X V-ed": V is only alleged.
        let alleged = cue.is_none() && self.alleged(s, head, left);
        if srcs.is_empty() {
            return;
        }
        if tgts.iter().all(|t| srcs.contains(t)) && binds.compound.is_none() {
            tgts.clear();
        }
        // "X and Y signed a declaration at the White House", "met on the sidelines of the G20
        // summit": with a compound source, an actor found only in an adjunct after a
        // cooperative or verbal act (not its direct object, not after with/to/for/against) is
        // where or about what they acted, not the other party; they act on each other.
        if srcs.len() >= 2
            && self.opts.compound_reciprocal
            && binds.target.is_none()
            && cue.is_none()
            && tgts.first().is_some_and(|&t| self.adjunct_actor(s, t, hi))
            && codes.iter().all(|(c, _)| matches!(codebook::root(c), "01" | "03" | "04" | "05" | "06"))
        {
            tgts.clear();
        }
        // "X and Y held talks": a compound source with no target acts on each other, when the act
        // is one two parties do together ("X and Y refused to testify" is two refusals, to no one).
        if tgts.is_empty()
            && srcs.len() >= 2
            && self.opts.compound_reciprocal
            && codes.iter().all(|(c, _)| codebook::is_mutual_act(c))
        {
            tgts = srcs.clone();
        }

        // Reported speech.
        if !*according_found {
            according.clear();
            according.extend((1..s.n()).filter(|&k| s.is(k - 1, flag::REPORT) && s.is(k, flag::TO)).map(|k| k - 1));
            *according_found = true;
        }
        let (reported_by, report_tok) = self.reporter(s, head, hi, &srcs, according);
        // "would not lift", "won't release": a refusal of a cooperative act (CAMEO 12x).
        if negated
            && modal_will
            && cue.is_none()
            && self.opts.modifier_codes
            && codes.iter().all(|(c, _)| modifiers::is_cooperative_act(c))
        {
            cue = Some(Cue::Refuse);
            negated = false;
        }
        let (hypothetical, alleged) = if self.opts.uncertainty {
            (hypothetical, alleged)
        } else {
            negated = false;
            (false, false)
        };
        let mut modality = if hypothetical || alleged {
            Modality::Hypothetical
        } else if cue == Some(Cue::Threat) {
            Modality::Threatened
        } else if cue == Some(Cue::Intend) || modal_will {
            Modality::Intended
        } else if report_tok.is_some() {
            Modality::Reported
        } else {
            Modality::Asserted
        };
        let events: Vec<(Vec<usize>, Vec<usize>, String, bool)> = codes
            .into_iter()
            .map(|(c, back)| {
                let code = match (cue, negated) {
                    _ if !self.opts.modifier_codes => c,
                    (Some(Cue::Refuse), false) => modifiers::reject_code(&c),
                    (Some(Cue::Threat), false) => modifiers::threat_code(&c),
                    (Some(Cue::Appeal), false) => modifiers::appeal_code(&c),
                    (Some(Cue::Demand), false) => modifiers::demand_code(&c),
                    (Some(Cue::Intend), false) | (None, false) if modality == Modality::Intended => {
                        if modifiers::is_cooperative_act(&c) {
                            modifiers::intent_code(&c)
                        } else if modifiers::is_material_conflict(&c) {
                            modifiers::threat_code(&c)
                        } else {
                            c
                        }
                    }
                    _ => c,
                };
                if back {
                    (tgts.clone(), srcs.clone(), code, true)
                } else {
                    (srcs.clone(), tgts.clone(), code, false)
                }
            })
            .collect();
        if matches!(cue, Some(Cue::Refuse | Cue::Appeal | Cue::Demand)) && !negated && modality == Modality::Intended {
            modality = Modality::Asserted;
        }
        let mut claims = claims_base;
        if let Some(ct) = cue_tok {
            tokens.push(ct);
            claims.push(ct);
        }
        // The speech verb of a reported event is not an event of its own, except without
        // `require_dyad`, where a one-actor statement ("…, an official said") is one.
        if let Some(rt) = report_tok.filter(|_| self.opts.require_dyad) {
            claims.push(rt);
        }
        tokens.sort_unstable();
        cands.push(Cand {
            tokens,
            claims,
            trigger: (a, b),
            priority: (u8::from(cue_tok.is_some()), priority_pos, spec),
            events,
            negated,
            modality,
            reported_by,
            verb: pos == Pos::Verb,
            relative: rel_src.is_some(),
            bare: self.opts.verb_phrases && (hi..self.vp_end(s, hi, right)).all(|k| s.is(k, flag::ADV) || s.p(k) != 0),
        });
    }

    /// Whether the noun at `noun` heads the object that starts after a verb ending at `end`:
    /// only determiners, a possessive actor ("Russia's") and up to three plain words between.
    fn heads_object(&self, s: &Sent, end: usize, noun: usize) -> bool {
        if noun < end || noun - end > 5 {
            return false;
        }
        let mut plain = 0;
        for k in end..noun {
            if s.is(k, flag::DET) || s.actor(k).is_some() || s.ids[k] == self.ids.poss_s {
                continue;
            }
            if s.f(k) != 0 || s.trig[k] || s.p(k) != 0 {
                return false;
            }
            plain += 1;
        }
        plain <= 3
    }

    /// The noun that a verb at `a` completes through "to" ("a decision to suspend", "an offer
    /// by Kenya to mediate", "the decision by X and Y to upgrade"): a plain word before
    /// "to", or before a `by` agent before it. A cue verb before "to" ("refused to", "urged
    /// X to") is no noun.
    fn noun_complement(&self, s: &Sent, a: usize) -> Option<usize> {
        if a < 2 || !s.is(a - 1, flag::TO) {
            return None;
        }
        let mut k = a - 2;
        let mut steps = 0;
        while steps < 8 && k > 0 && (s.actor(k).is_some() || s.is(k, flag::COORD) || s.p(k) == b',') {
            k -= 1;
            steps += 1;
        }
        if steps > 0 {
            if !s.is(k, flag::BY) || k == 0 {
                return None;
            }
            k -= 1;
        }
        if s.actor(k).is_some() || s.p(k) != 0 {
            return None;
        }
        // A cue word is a noun after a determiner ("an offer", "a U.N. request").
        let after_det = (k.saturating_sub(3)..k).rev().any(|d| {
            (s.is(d, flag::DET) || s.ids[d] == self.ids.poss_s)
                && (d + 1..k).all(|m| s.actor(m).is_some() || (s.f(m) == 0 && s.p(m) == 0))
        });
        (s.f(k) == 0 || after_det).then_some(k)
    }

    /// Whether the noun at `noun` heads a purpose adjunct ("for talks", "for a meeting") of
    /// the verb ending at `end`: "for" within three words before the noun (determiners, a
    /// possessive and plain words between), and at most eight words, with no punctuation,
    /// subordinator or other trigger, between the verb and "for".
    fn purpose_of(&self, s: &Sent, end: usize, noun: usize) -> bool {
        if noun <= end {
            return false;
        }
        let Some(f) = (noun.saturating_sub(4).max(end)..noun).rev().find(|&k| s.ids[k] == self.ids.for_) else {
            return false;
        };
        let np_ok = (f + 1..noun).all(|k| {
            s.is(k, flag::DET)
                || s.ids[k] == self.ids.poss_s
                || (s.f(k) == 0 && !s.trig[k] && s.p(k) == 0 && s.actor(k).is_none())
        });
        np_ok && f - end <= 8 && (end..f).all(|k| s.p(k) == 0 && !s.is(k, flag::SUBORD | flag::REL) && !s.trig[k])
    }

    /// The code of an event noun heading the subject of the violent verb at `a` (roots 18–20)
    /// when it is more specific than the verb's own: the noun's best pattern within the
    /// subject noun phrase ("A suicide bomber killed" → `1831` from `suicide *`), with the
    /// tokens that gave it. The verb's code must come from its default, or rank below the
    /// noun's ([`crate::dict::code_rank`]); the noun's code must be in roots 18–20 as well.
    fn subject_event_noun<'d>(
        &'d self,
        s: &Sent,
        a: usize,
        left: usize,
        code: &CodeSpec,
        spec: u16,
    ) -> Option<(&'d CodeSpec, Vec<usize>)> {
        let CodeSpec::Code(vc) = code else { return None };
        if !matches!(codebook::root_num(vc), Some(18..=20)) {
            return None;
        }
        // The word before the verb (over auxiliaries, adverbs, negation) ends the noun phrase.
        let mut end = a;
        while end > left && s.is(end - 1, flag::AUX | flag::ADV | flag::NEG | flag::WILL | flag::MAY) {
            end -= 1;
        }
        // The head noun ends the noun phrase right before the verb; it may be the subject
        // mention itself ("a suicide bomber" is an actor of its own).
        let mut found = None;
        for k in (left..end).rev().take(3) {
            if s.hard_boundary(k) || s.p(k) != 0 || s.is(k, flag::SUBORD | flag::REL | flag::REPORT) {
                break;
            }
            let Some(list) = self.dict.forms.get(&s.ids[k]) else { continue };
            if let Some(f) =
                list.iter().find(|f| k + 1 + f.rest.len() == end && (0..f.rest.len()).all(|j| s.ids[k + 1 + j] == f.rest[j]))
            {
                found = Some((k, f));
            }
            break;
        }
        let (k, f) = found?;
        let ne = &self.dict.entries[f.entry as usize];
        let nb = k + 1 + f.rest.len();
        // The noun phrase: back to its determiner, an actor or a boundary.
        let mut st = k;
        while st > left && end - st < 6 {
            let p = st - 1;
            if s.hard_boundary(p) || s.p(p) != 0 || s.is(p, flag::SUBORD | flag::REL | flag::REPORT) {
                break;
            }
            st -= 1;
            if s.is(p, flag::DET) {
                break;
            }
        }
        let pre: Vec<usize> = (st..k).rev().collect();
        let post: Vec<usize> = Vec::new();
        let mut binds = Binds::default();
        let mut best: Option<(&CodeSpec, Vec<usize>, MatchKey)> = None;
        for p in (0..ne.pattern_count()).filter_map(|i| ne.pattern_at(i)) {
            if p.pre.iter().chain(p.post.iter()).any(|t| matches!(t, PTok::Source | PTok::Target | PTok::Compound)) {
                continue;
            }
            binds.lits.clear();
            let ok = self.match_seq(s, &p.post, 0, &post, 0, false, &mut binds)
                && self.match_seq(s, &p.pre, 0, &pre, 0, true, &mut binds);
            if ok {
                let key = match_key(p, &binds, k, nb);
                if best.as_ref().is_none_or(|(_, _, bk)| key > *bk) {
                    best = Some((&p.code, binds.lits.clone(), key));
                }
            }
        }
        let (nc, lits) = match best {
            Some((c, l, _)) => (c, l),
            None => (ne.default.as_ref()?, Vec::new()),
        };
        let CodeSpec::Code(ncs) = nc else { return None };
        if !matches!(codebook::root_num(ncs), Some(18..=20)) || **ncs == **vc {
            return None;
        }
        if spec != 0 && crate::dict::code_rank(nc) <= crate::dict::code_rank(code) {
            return None;
        }
        let mut toks: Vec<usize> = (k..nb).collect();
        toks.extend(lits);
        Some((nc, toks))
    }

    /// Matches pattern tokens against a token sequence (reversed for the part before the trigger).
    #[allow(clippy::too_many_arguments)]
    fn match_seq(&self, s: &Sent, toks: &[PTok], ti: usize, seq: &[usize], si: usize, rev: bool, b: &mut Binds) -> bool {
        if ti == toks.len() {
            return true;
        }
        let tok = if rev { &toks[toks.len() - 1 - ti] } else { &toks[ti] };
        match tok {
            PTok::Gap(g) => {
                // A gap before words of single-word alternatives only (most gaps): a position
                // whose word is not one of them cannot continue the match, so it is skipped
                // without the call.
                let next =
                    if ti + 1 < toks.len() { Some(if rev { &toks[toks.len() - 2 - ti] } else { &toks[ti + 1] }) } else { None };
                let singles_next = match next {
                    Some(PTok::Words(alts)) if alts.multi().is_empty() => Some(alts.singles()),
                    _ => None,
                };
                for k in 0..=(*g as usize) {
                    if si + k > seq.len() {
                        break;
                    }
                    if k > 0 && s.hard_boundary(seq[si + k - 1]) {
                        break;
                    }
                    if let Some(alts) = singles_next {
                        if si + k >= seq.len() || !has_single(alts, s.ids[seq[si + k]]) {
                            continue;
                        }
                    }
                    if self.match_seq(s, toks, ti + 1, seq, si + k, rev, b) {
                        return true;
                    }
                }
                false
            }
            PTok::Words(alts) => {
                // Alternatives are sorted (`Alts`): single words by id (binary search), then
                // the multi-word ones.
                if si < seq.len() {
                    let w = s.ids[seq[si]];
                    if has_single(alts.singles(), w) {
                        let mark = b.lits.len();
                        b.lits.push(seq[si]);
                        if self.match_seq(s, toks, ti + 1, seq, si + 1, rev, b) {
                            return true;
                        }
                        b.lits.truncate(mark);
                    }
                }
                for alt in alts.multi() {
                    let l = alt.len();
                    if l == 0 || si + l > seq.len() {
                        continue;
                    }
                    let ok = (0..l).all(|j| {
                        let w = if rev { alt[l - 1 - j] } else { alt[j] };
                        s.ids[seq[si + j]] == w
                    });
                    if ok {
                        let mark = b.lits.len();
                        b.lits.extend(seq[si..si + l].iter().copied());
                        if self.match_seq(s, toks, ti + 1, seq, si + l, rev, b) {
                            return true;
                        }
                        b.lits.truncate(mark);
                    }
                }
                false
            }
            PTok::Phrase => {
                // Determiners, then an actor mention (whole) or one word; never a boundary.
                let mut k = si;
                while k < seq.len() && s.is(seq[k], flag::DET) && s.actor(seq[k]).is_none() {
                    k += 1;
                }
                if k >= seq.len() || s.hard_boundary(seq[k]) || s.p(seq[k]) != 0 {
                    return false;
                }
                let next = match s.actor(seq[k]) {
                    Some(act) => {
                        let (st, en) = (s.acts[act].start, s.acts[act].end);
                        let mut m = k;
                        while m < seq.len() && seq[m] >= st && seq[m] < en {
                            m += 1;
                        }
                        m.max(k + 1)
                    }
                    None => k + 1,
                };
                self.match_seq(s, toks, ti + 1, seq, next, rev, b)
            }
            PTok::Source | PTok::Target | PTok::Compound => {
                // The slot's actor: up to two determiners may come first. A possessive pronoun
                // fills a target slot when no actor follows it ("imposed on its steel").
                let mut hit: Option<(usize, usize)> = None;
                let mut pron: Option<(usize, usize)> = None;
                for k in (si..).take(3) {
                    if k >= seq.len() {
                        break;
                    }
                    if let Some(act) = s.actor(seq[k]) {
                        hit = Some((k, act));
                        break;
                    }
                    if pron.is_none() && matches!(tok, PTok::Target) && !rev {
                        pron = s.pron(seq[k]).map(|a| (k, a));
                    }
                    if !s.is(seq[k], flag::DET) {
                        break;
                    }
                }
                let Some((k, act)) = hit.or(pron) else { return false };
                let len = s.acts[act].end - s.acts[act].start;
                let next = (k + len).min(seq.len());
                let saved = (b.source, b.target, b.compound);
                match tok {
                    PTok::Source => b.source = Some(act),
                    // A compound after the trigger is a (compound) target: "agrees with %".
                    PTok::Target | PTok::Compound if !rev => b.target = Some(act),
                    PTok::Target => b.target = Some(act),
                    _ => {
                        if self.group_forward(s, act, s.n()).len() < 2 {
                            return false;
                        }
                        b.compound = Some(act)
                    }
                }
                if self.match_seq(s, toks, ti + 1, seq, next, rev, b) {
                    return true;
                }
                (b.source, b.target, b.compound) = saved;
                false
            }
        }
    }

    /// An object relative clause after an event noun ending at `b`: "(that|which) (the) Y
    /// (has|had|not …) V": the subject group Y, the verb V and whether it is negated.
    fn object_relative(&self, s: &Sent, b: usize, right: usize) -> Option<(Vec<usize>, usize, bool)> {
        let mut k = b;
        if k < right && (s.is(k, flag::REL) || s.ids[k] == self.ids.that) && s.actor(k).is_none() {
            k += 1;
        }
        let mut dets = 0;
        while k < right && dets < 2 && s.is(k, flag::DET) && s.actor(k).is_none() {
            k += 1;
            dets += 1;
        }
        let act = s.actor(k.min(right.saturating_sub(1))).filter(|&a| k < right && s.acts[a].start == k)?;
        let g = self.group_forward(s, act, right);
        let mut v = g.iter().map(|&x| s.acts[x].end).max().unwrap_or(s.acts[act].end);
        let mut neg = false;
        let mut steps = 0;
        while v < right && steps < 3 && s.is(v, flag::AUX | flag::ADV | flag::NEG) && s.actor(v).is_none() {
            neg |= s.is(v, flag::NEG);
            v += 1;
            steps += 1;
        }
        (v < right && s.p(v) == 0 && s.actor(v).is_none() && s.lower_initial[v]).then_some((g, v, neg))
    }

    /// The appeal verb before an addressee starting at `gs`: "urged X", "appealed to X", "called on X".
    fn appeal_verb(&self, s: &Sent, gs: usize, left: usize) -> Option<usize> {
        let mut p = gs;
        // Determiners before the addressee ("urged the two sides to").
        while p > left && s.is(p - 1, flag::DET) && s.actor(p - 1).is_none() {
            p -= 1;
        }
        if p == left {
            return None;
        }
        let v = p - 1;
        if s.is(v, flag::APPEAL) {
            return Some(v);
        }
        let prep = s.ids[v];
        let is_prep = prep == self.ids.on || prep == self.ids.upon || s.is(v, flag::TO);
        if is_prep && v > left && s.is(v - 1, flag::APPEAL | flag::CALL) {
            return Some(v - 1);
        }
        None
    }

    /// "accused X of V-ing", "denied reports that X V-ed", "blamed X for V-ing": an allegation
    /// or denial cue, then of/for/that, before the head in the same clause.
    fn alleged(&self, s: &Sent, head: usize, left: usize) -> bool {
        let mut link = false;
        let mut k = head;
        let mut steps = 0;
        while k > left && steps < 14 {
            steps += 1;
            k -= 1;
            if s.hard_boundary(k) || s.p(k) == b',' || (s.is(k, flag::COORD) && !s.participle[head]) || s.is(k, flag::SUBORD) {
                return false;
            }
            if s.is(k, flag::ALLEGE_LINK) {
                link = true;
            }
            if s.is(k, flag::ALLEGE) {
                return link;
            }
        }
        false
    }

    /// Where the subject of a verb whose auxiliary or head is at `at` begins.
    fn subject_region_start(&self, s: &Sent, at: usize, left: usize) -> usize {
        let mut k = at;
        while k > left {
            let p = k - 1;
            if s.p(p) == b',' || s.is(p, flag::SUBORD) || s.is(p, flag::REPORT) || s.is(p, flag::REL) || s.trig[p] && p + 1 < at {
                break;
            }
            k -= 1;
        }
        k
    }

    /// The subject: the nearest actor (and those coordinated with it) before `head`,
    /// skipping appositives and relative clauses set off by commas.
    fn subject(&self, s: &Sent, head: usize, left: usize) -> Vec<usize> {
        let mut k = head;
        // Skip auxiliaries, adverbs and negation right before the verb.
        while k > left && s.is(k - 1, flag::AUX | flag::ADV | flag::NEG | flag::WILL | flag::MAY) && s.actor(k - 1).is_none() {
            k -= 1;
        }
        // VP coordination ("X met Y and signed"): the subject of the earlier verb.
        if k > left && s.is(k - 1, flag::COORD) {
            let mut p = k - 1;
            while p > left && !s.trig[p - 1] {
                if s.hard_boundary(p - 1) {
                    break;
                }
                p -= 1;
            }
            if p > left && s.trig[p - 1] {
                return self.subject(s, p - 1, left);
            }
        }
        // "X struck Y, killing Z", "…, rebuffing calls from …": a participle clause after a
        // comma has the subject of the clause's first verb (not after a determiner: a noun).
        if !self.opts.verb_phrases && k == head && s.participle[head] && k > left + 1 && s.p(k - 1) == b',' {
            if let Some(f) = (left..k - 1).find(|&p| s.trig[p] && s.actor(p).is_none() && !self.after_determiner(s, p)) {
                let subj = self.subject(s, f, left);
                if !subj.is_empty() {
                    return subj;
                }
            }
        }
        // "X, the Y of Z, said": a comma right before the verb closes an appositive.
        if k > left && s.p(k - 1) == b',' {
            let mut p = k - 1;
            while p > left && s.p(p - 1) != b',' && !s.hard_boundary(p - 1) {
                p -= 1;
            }
            if p > left && s.p(p - 1) == b',' {
                k = p - 1;
            }
        }
        // PETRARCH looks back to the last comma: one right before the verb (an appositive or a
        // deleted comma clause) does not count.
        while self.opts.verb_phrases && k > left && s.p(k - 1) == b',' {
            k -= 1;
        }
        let mut i = k;
        let mut steps = 0;
        while i > left && steps < SUBJECT_WINDOW {
            steps += 1;
            i -= 1;
            // "(EU)", "(AFP)": skip a parenthesis.
            if s.p(i) == b')' {
                let mut p = i;
                while p > left && s.p(p) != b'(' && i - p < 12 {
                    p -= 1;
                }
                i = p;
                continue;
            }
            if s.hard_boundary(i) || (self.opts.verb_phrases && s.p(i) == b',') {
                break;
            }
            if let Some(act) = s.actor(i) {
                // "ministers meeting in Cairo denounced …": a place after a locative
                // preposition is where the subject is, not the subject; one after "to" is
                // where it goes ("is expected to travel to Washington … for meetings with …").
                let start = s.acts[act].start;
                if self.opts.locatives && start > left && s.is(start - 1, flag::LOC) {
                    i = start;
                    continue;
                }
                let group = self.group_backward(s, act, left);
                if self.opts.verb_phrases {
                    // PETRARCH: the first actor after the last comma before the verb.
                    let gs = group.iter().map(|&g| s.acts[g].start).min().unwrap_or(start);
                    let mut first = None;
                    let mut p = gs;
                    while p > left && s.p(p - 1) != b',' && !s.hard_boundary(p - 1) && !s.is(p - 1, flag::SUBORD) {
                        p -= 1;
                        if let Some(e) = s.actor(p) {
                            first = Some(e);
                            p = s.acts[e].start;
                        }
                    }
                    if let Some(e) = first {
                        return self.group_forward(s, e, gs);
                    }
                }
                return group;
            }
            if s.is(i, flag::SUBORD) && i + 1 < k {
                break;
            }
        }
        Vec::new()
    }

    /// The object: the first actor after `from` in the clause, not a source.
    fn object(&self, s: &Sent, from: usize, right: usize, srcs: &[usize]) -> Vec<usize> {
        let mut i = from;
        while i < right {
            if let Some(act) = s.actor(i) {
                if !(srcs.contains(&act) || (self.opts.locatives && self.after_locative(s, i, from))) {
                    return self.group_forward(s, act, right);
                }
                i = s.acts[act].end;
                continue;
            }
            // The next verb ends the object search, but not a participle modifying a noun ("the roads leading into").
            if s.is(i, flag::SUBORD | flag::REL | flag::REPORT)
                || (s.trig[i] && i > from + 1 && !s.is(i - 1, flag::DET) && !s.participle[i])
            {
                break;
            }
            if s.p(i) == b',' {
                break;
            }
            i += 1;
        }
        Vec::new()
    }

    /// Whether the act `t` after a trigger ending at `hi` stands in an adjunct: neither the
    /// direct object (determiners only between) nor after with, to, for or against.
    fn adjunct_actor(&self, s: &Sent, t: usize, hi: usize) -> bool {
        let mut k = s.acts[t].start;
        while k > hi && s.is(k - 1, flag::DET) && s.actor(k - 1).is_none() {
            k -= 1;
        }
        if k <= hi {
            return false;
        }
        let w = s.ids[k - 1];
        !(s.is(k - 1, flag::TO) || w == self.ids.with || w == self.ids.for_ || w == self.ids.against)
    }

    /// PETRARCH's target: the first actor in `from..end` (the verb's phrase) whose code is
    /// not a source's, else the first other actor; with the actors coordinated with it
    /// (up to `right`).
    fn object_in_phrase(&self, s: &Sent, from: usize, end: usize, right: usize, srcs: &[usize]) -> Vec<usize> {
        let mut other = None;
        let mut i = from;
        while i < end {
            if let Some(act) = s.actor(i) {
                if !srcs.contains(&act) {
                    if !srcs.iter().any(|&x| s.acts[x].coded == s.acts[act].coded) {
                        return self.group_forward(s, act, right);
                    }
                    other.get_or_insert(act);
                }
                i = s.acts[act].end.max(i + 1);
                continue;
            }
            i += 1;
        }
        other.map(|act| self.group_forward(s, act, right)).unwrap_or_default()
    }

    /// Whether the word at `i` follows a determiner or a possessive "'s", with at most two
    /// plain words (adjectives) between ("the talks", "a brief private visit"): a noun.
    fn after_determiner(&self, s: &Sent, i: usize) -> bool {
        let mut k = i;
        for _ in 0..3 {
            if k == 0 {
                return false;
            }
            k -= 1;
            if (s.is(k, flag::DET) || s.ids[k] == self.ids.poss_s) && s.actor(k).is_none() {
                return true;
            }
            if s.f(k) != 0 || s.trig[k] || s.p(k) != 0 || s.actor(k).is_some() {
                return false;
            }
        }
        false
    }

    /// Where the phrase of a verb ending at `from` ends (exclusive, at most `right`), as
    /// PETRARCH's parse tree would have it: at hard punctuation, or at a comma or coordinator
    /// after which a new clause starts (a verb within a short subject's reach, with no
    /// subordinator, relative pronoun, "to", comma or coordinator before it: "…, a senior
    /// official said", "… and signed"). A clause
    /// after a subordinator ("…, almost five years after crowds burned down its embassy") stays
    /// inside the phrase.
    fn vp_end(&self, s: &Sent, from: usize, right: usize) -> usize {
        let right = right.min(s.n());
        let mut k = from;
        while k < right {
            if s.hard_boundary(k) {
                return k;
            }
            if s.p(k) == b',' || (s.is(k, flag::COORD) && s.actor(k).is_none()) {
                let mut m = k + 1;
                while m < right && m <= k + NEW_CLAUSE_SUBJECT && !s.hard_boundary(m) {
                    if s.is(m, flag::SUBORD | flag::REL | flag::TO | flag::COORD) || s.p(m) == b',' {
                        break;
                    }
                    let verb = (s.trig[m] && s.actor(m).is_none() && !self.after_determiner(s, m)) || s.is(m, flag::REPORT);
                    if verb {
                        return k;
                    }
                    m += 1;
                }
            }
            k += 1;
        }
        right
    }

    /// An actor at `i` after a locative preposition that directly follows the trigger
    /// ("troops fighting in Russia's Kursk region"), determiners and lowercase modifiers
    /// allowed between: a place adjunct, not the object. Inside a noun phrase ("a mission in
    /// Haiti", "positions in southern Lebanon") the place stays the object.
    fn after_locative(&self, s: &Sent, i: usize, from: usize) -> bool {
        let mut k = i;
        while k > from && (s.is(k - 1, flag::DET) || self.modifier_word(s, k - 1)) && !s.is(k - 1, flag::LOC) {
            k -= 1;
        }
        k == from + 1 && s.is(from, flag::LOC)
    }

    /// The actor `a` plus those coordinated after it ("X, Y and Z").
    fn group_forward(&self, s: &Sent, a: usize, right: usize) -> Vec<usize> {
        let mut g = vec![a];
        let mut end = s.acts[a].end;
        loop {
            let mut k = end;
            let mut saw = false;
            while k < right.min(s.n()) && (s.p(k) == b',' || s.is(k, flag::COORD) || (saw && s.is(k, flag::DET))) {
                saw = true;
                k += 1;
            }
            if !saw || k >= s.n() {
                break;
            }
            match s.actor(k) {
                Some(b) if s.acts[b].start == k && !g.contains(&b) => {
                    // "X, the Y of Z," is an appositive, not a list: require "and"/"or" somewhere ahead.
                    g.push(b);
                    end = s.acts[b].end;
                }
                _ => break,
            }
        }
        if g.len() > 1 && !(s.acts[a].end..end).any(|k| s.is(k, flag::COORD)) {
            g.truncate(1);
        }
        g
    }

    /// A lowercase word that may stand between a determiner and an actor ("the evil awful Gondor").
    fn modifier_word(&self, s: &Sent, i: usize) -> bool {
        s.punct[i] == 0 && s.actor(i).is_none() && !s.trig[i] && s.flags[i] & !(flag::ADV) == 0 && s.lower_initial[i]
    }

    /// The actor `a` plus those coordinated before it.
    fn group_backward(&self, s: &Sent, a: usize, left: usize) -> Vec<usize> {
        let mut g = vec![a];
        let mut start = s.acts[a].start;
        let mut saw_coord = false;
        loop {
            let mut k = start;
            let mut saw = false;
            let mut adjectives = 0;
            while k > left
                && (s.p(k - 1) == b','
                    || s.is(k - 1, flag::COORD)
                    || s.is(k - 1, flag::DET)
                    || (!saw && adjectives < 3 && self.modifier_word(s, k - 1)))
            {
                if s.is(k - 1, flag::COORD) {
                    saw_coord = true;
                }
                if s.p(k - 1) == b',' || s.is(k - 1, flag::COORD) {
                    saw = true;
                } else if !s.is(k - 1, flag::DET) {
                    adjectives += 1;
                }
                k -= 1;
            }
            if !saw || k == 0 || k <= left {
                break;
            }
            match s.actor(k - 1) {
                Some(b) if s.acts[b].end == k && !g.contains(&b) => {
                    g.push(b);
                    start = s.acts[b].start;
                }
                _ => break,
            }
        }
        if !saw_coord {
            g.truncate(1);
        }
        g.reverse();
        g
    }

    /// Reported speech: (speaker actor, cue token) when the event sits in someone's statement.
    /// `according`: the tokens `k` of the sentence with [`flag::REPORT`] before [`flag::TO`],
    /// in order (worked out once per sentence by [`Self::code_sentence`]).
    fn reporter(&self, s: &Sent, head: usize, hi: usize, srcs: &[usize], according: &[usize]) -> (Option<usize>, Option<usize>) {
        let n = s.n();
        let src_start = srcs.iter().map(|&a| s.acts[a].start).min().unwrap_or(head);
        // "according to X"
        for &k in according {
            if !(src_start..hi).contains(&k) {
                let mut m = k + 2;
                while m < n && s.is(m, flag::DET) {
                    m += 1;
                }
                return (if m < n { s.actor(m) } else { None }, Some(k));
            }
        }
        // "X said (that) <event>": the cue before the event's source.
        for k in (0..src_start.min(head)).rev() {
            if s.hard_boundary(k) {
                break;
            }
            if s.is(k, flag::REPORT) && !s.is(k, flag::AUX) {
                let sp = self.subject(s, k, 0);
                return (sp.first().copied(), Some(k));
            }
        }
        // "<event>, X said." / "<event>, said X."
        let mut k = hi;
        while k < n && s.p(k) != b',' && !s.hard_boundary(k) {
            k += 1;
        }
        if k < n && s.p(k) == b',' {
            let mut m = k + 1;
            let mut seen_actor = None;
            while m < n && m < k + 12 && !s.hard_boundary(m) {
                if let Some(a) = s.actor(m) {
                    seen_actor.get_or_insert(a);
                    m = s.acts[a].end;
                    continue;
                }
                if s.is(m, flag::REPORT) {
                    let after = (m + 1 < n).then(|| s.actor(m + 1)).flatten();
                    return (seen_actor.or(after), Some(m));
                }
                if s.p(m) == b',' {
                    // skip an appositive of the speaker
                }
                m += 1;
            }
        }
        (None, None)
    }
}

/// Whether `w` is one of the single-word alternatives `singles` ([`crate::dict::Alts::singles`],
/// sorted by id).
#[inline(always)]
fn has_single(singles: &[WordId], w: WordId) -> bool {
    singles.binary_search(&w).is_ok()
}

/// How good a pattern match is, compared in this order (the first difference decides, then
/// the earlier pattern in the file): the pattern's specificity (content words 2, prepositions
/// 1, slots 1), the code's specificity ([`crate::dict::code_rank`]: `1831` over `183` over
/// `180`), the matched span in words (trigger and literal words).
type MatchKey = (u16, u8, usize);

fn match_key(p: &crate::dict::Pattern, binds: &Binds, a: usize, b: usize) -> MatchKey {
    let lo = binds.lits.iter().copied().min().unwrap_or(a).min(a);
    let hi = binds.lits.iter().map(|&t| t + 1).max().unwrap_or(b).max(b);
    (p.specificity, crate::dict::code_rank(&p.code), hi - lo)
}

/// What a domestic measure in an event's evidence words restricts: a curfew its people,
/// a state of emergency or martial law its country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Measure {
    Curfew,
    Emergency,
}

/// The implied target of a one-actor event ([`EventOptions::implied_targets`]): a domestic
/// source's own government for a protest (root 14); for a government, police, military,
/// legislative or judicial source's curfew its people (`CVL`), for its state of emergency or
/// martial law its country.
fn implied_target(source: &str, code: &str, measure: Option<Measure>) -> Option<String> {
    let country = implied_country(source)?;
    // A protest, or a threatened one (133 "threaten political dissent, protest").
    match code {
        c if c.starts_with("14") || c == "133" => Some(format!("{country}GOV")),
        // "declared martial law", "lifted the curfew", "refused to lift the state of emergency":
        // imposed on, or eased for, the source's own people (curfew) or country. Only a
        // government, police or military source imposes them.
        _ if !matches!(source.get(3..6), Some("GOV" | "COP" | "MIL" | "LEG" | "JUD")) => None,
        _ if measure == Some(Measure::Curfew) => Some(format!("{country}CVL")),
        _ if measure == Some(Measure::Emergency) => Some(country.to_string()),
        _ => None,
    }
}

/// The country of a source that may have an implied target ([`implied_target`] is `None`
/// for every code and measure when this is `None`): a source of one code, at least six
/// letters, whose first three are a country (not a role, `IGO`, `NGO` or `---`).
fn implied_country(source: &str) -> Option<&str> {
    if source.contains('/') || source.len() < 6 {
        return None;
    }
    let country = source.get(..3)?;
    if !country.bytes().all(|b| b.is_ascii_uppercase()) || matches!(country, "IGO" | "NGO" | "---") {
        return None;
    }
    // A bare role ("CVLOPP") has no country.
    if crate::eval::is_role_code(country) {
        return None;
    }
    Some(country)
}

/// The code of an act: its mention's code, plus the role of the agent it is listed after.
fn act_code<'a>(actors: &'a [ActorMention], acts: &[Act], i: usize) -> std::borrow::Cow<'a, str> {
    let a = acts[i];
    let c = actors[a.coded].code.as_deref().unwrap_or("");
    if let Some(other) = acts.get(a.country as usize).and_then(|g| actors[g.coded].code.as_deref()) {
        if let (Some(prefix), Some(role)) = (other.get(..other.len().saturating_sub(3)), c.get(3..)) {
            return std::borrow::Cow::Owned(format!("{prefix}{role}"));
        }
    }
    match acts.get(a.agent as usize).and_then(|g| actors[g.coded].code.as_deref()).and_then(|g| g.get(3..)) {
        Some(role) if a.agent != NONE => std::borrow::Cow::Owned(format!("{c}{role}")),
        _ => std::borrow::Cow::Borrowed(c),
    }
}

/// Fields later stages fill (tone, location), left at their defaults.
pub(crate) fn event_defaults() -> Event {
    serde_json::from_value(serde_json::json!({
        "source": "", "target": "", "code": "", "root": "", "quad_class": 0, "goldstein": 0.0, "plover": null,
        "negated": false, "modality": "asserted", "sentence": {"start": 0, "end": 0}, "trigger": [],
        "source_mention": null, "target_mention": null, "reported_by": null
    }))
    .expect("the Event schema has defaults for every later-stage field")
}

/// Merges the given sentence-relative tokens into contiguous spans.
fn spans_of(body: &str, doc: &Document, t0: usize, toks: &[usize]) -> Vec<TextSpan> {
    let mut out: Vec<TextSpan> = Vec::new();
    let mut prev: Option<usize> = None;
    for &k in toks {
        let Some(t) = doc.tokens.get(t0 + k) else { continue };
        match (prev, out.last_mut()) {
            (Some(p), Some(last)) if p + 1 == k => {
                last.end = t.end;
                last.text = body.get(last.start..last.end).unwrap_or("").to_string();
            }
            _ => out.push(TextSpan::from_span(body, Span::new(t.start, t.end))),
        }
        prev = Some(k);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The reference: the word's lower-case form, packed, for a word of 1 to 15 ASCII bytes.
    fn reference(w: &str) -> Option<(u64, u64)> {
        if w.is_empty() || w.len() > 15 || !w.is_ascii() {
            return None;
        }
        newsgraph_core::fxhash::short_words(w.to_lowercase().as_bytes())
    }

    fn dictionary() -> VerbDictionary {
        let mut d = VerbDictionary::new();
        for w in ["attack", "n't", "a", "said", "fifteen-letters", "sixteen-letters!", "'s", "u.s.", "z", "@"] {
            d.intern(w);
        }
        d
    }

    #[test]
    fn lower_ascii_short_examples() {
        let d = dictionary();
        for w in ["", "A", "Attack", "ATTACK", "attack", "N'T", "@", "[", "`", "{", "Z", "z", "U.S.", "Fifteen-Letters"] {
            assert_eq!(lower_ascii_short(w.as_bytes()), reference(w), "{w:?}");
            if let Some((lo, hi)) = lower_ascii_short(w.as_bytes()) {
                assert_eq!(d.word_packed(lo, hi, w.len()), d.word(&w.to_lowercase()), "{w:?}");
            }
        }
        for w in ["Sixteen-Letters!", "Çà", "naïve", "’s", "é"] {
            assert_eq!(lower_ascii_short(w.as_bytes()), None, "{w:?}");
        }
        assert_ne!(d.word("attack"), UNKNOWN);
        let (lo, hi) = lower_ascii_short(b"ATTACK").unwrap();
        assert_eq!(d.word_packed(lo, hi, 6), d.word("attack"));
        for (w, want) in [
            ("n't", SFX_NT),
            ("Don't", SFX_NT),
            ("nt", 0),
            ("only", 0),
            ("Early", SFX_LY),
            ("bring", 0),
            ("Going", 0),
            ("Making", SFX_ING),
            ("red", 0),
            ("Used", 0),
            ("Armed", SFX_ED),
            ("WOULDN'T", SFX_NT),
            ("d", 0),
        ] {
            let (lo, hi) = lower_ascii_short(w.as_bytes()).unwrap();
            assert_eq!(suffixes_packed(lo, hi, w.len()), want, "{w:?}");
            assert_eq!(suffixes(w.to_lowercase().as_bytes()), want, "{w:?}");
        }
    }

    /// `token_slow` of `w` with the non-ASCII shortcut (`fast`) or without.
    fn token_slow_with(stage: &crate::EventStage, w: &str, fast: bool) -> (WordId, bool, u8, u8) {
        let engine = Engine {
            dict: &stage.dict,
            ascii_words: fast,
            flags: &stage.flags,
            byte_ids: &stage.byte_ids,
            ids: stage.ids,
            codebook: &stage.codebook,
            opts: stage.opts,
            base: &stage.base,
            skip_no_dyad: true,
        };
        engine.token_slow(w, &mut String::new())
    }

    fn small_stage() -> crate::EventStage {
        crate::EventStage::from_texts(&["VERB attack | attacks attacked\n  190  *\n  - * kill\n  190  *\n"], &[]).unwrap()
    }

    #[test]
    fn one_byte_ids_equal_the_packed_lookup() {
        // A dictionary with one-byte words of either case and punctuation, and the built-in one.
        let small = crate::EventStage::from_texts(&["VERB a | , | X | ;\n  190  *\n"], &[]).unwrap();
        let builtin = crate::EventStage::load(true, &[]).unwrap();
        for stage in [&small, &builtin] {
            for c in 0u8..128 {
                let want = lower_ascii_short(&[c]).map_or(UNKNOWN, |(lo, hi)| stage.dict.word_packed(lo, hi, 1));
                assert_eq!(stage.byte_ids[usize::from(c)], want, "{c}");
            }
        }
        for w in ["a", "A", ",", "x", "X", ";"] {
            let id = small.byte_ids[usize::from(w.as_bytes()[0])];
            assert!(id != UNKNOWN && id == small.dict.word(&w.to_lowercase()), "{w}");
        }
        assert_eq!(small.byte_ids[usize::from(b'b')], UNKNOWN);
    }

    #[test]
    fn non_ascii_tokens_equal_the_full_path() {
        let stage = small_stage();
        assert!(stage.ascii_words);
        // The built-in dictionary takes the shortcut too.
        assert!(crate::EventStage::load(true, &[]).unwrap().ascii_words);
        let words = [
            "हम",
            "और",
            "Café",
            "CAFÉ",
            "naïve",
            "Don\u{2019}t",
            "DON\u{2019}T",
            "it\u{2019}s",
            "\u{2019}",
            "\u{212a}",
            "\u{212a}illed",
            "ÉTATS-UNIS",
            "Überly",
            "naïvely",
            "Ärmed",
            "brïng",
            "\u{130}ng",
            "z\u{130}",
            "Ζ\u{3a3}",
            "\u{1F600}",
            "a\u{300}d",
            "ATTACK\u{2019}",
        ];
        for w in words {
            assert_eq!(token_slow_with(&stage, w, true), token_slow_with(&stage, w, false), "{w:?}");
        }
    }

    /// The built-in dictionary's events of `text` (actors from a table of codes that are
    /// alike, carry a role, several codes or none of a country), with the sentences
    /// [`Engine::codes_no_dyad`] turns away skipped, and coded.
    fn events_with_and_without_skip(stage: &crate::EventStage, text: &str, opts: EventOptions) -> (Vec<Event>, Vec<Event>) {
        use newsgraph_core::{segment, Article};
        let doc = segment::segment(Article::from_body(text.to_string()));
        let actors = test_tagger().tag(&doc);
        let run = |skip: bool| {
            let mut out = Vec::new();
            test_engine(stage, opts, skip).code_document(&doc, &actors, &mut out);
            out
        };
        (run(true), run(false))
    }

    /// The events of `text` as [`events_with_and_without_skip`] codes it (skipping), with
    /// working arrays of its own rather than the thread's.
    fn events_fresh(stage: &crate::EventStage, text: &str, opts: EventOptions) -> Vec<Event> {
        use newsgraph_core::{segment, Article};
        let doc = segment::segment(Article::from_body(text.to_string()));
        let actors = test_tagger().tag(&doc);
        let mut out = Vec::new();
        test_engine(stage, opts, true).code_document_with(&doc, &actors, &mut out, &mut DocScratch::default());
        out
    }

    fn test_engine(stage: &crate::EventStage, opts: EventOptions, skip: bool) -> Engine<'_> {
        Engine {
            dict: &stage.dict,
            ascii_words: stage.ascii_words,
            flags: &stage.flags,
            byte_ids: &stage.byte_ids,
            ids: stage.ids,
            codebook: &stage.codebook,
            opts,
            base: &stage.base,
            skip_no_dyad: skip,
        }
    }

    /// The actors of [`events_with_and_without_skip`].
    fn test_tagger() -> crate::testing::TableTagger {
        crate::testing::TableTagger::new(&[
            ("Iran", "IRN"),
            ("Tehran", "IRN"),
            ("Iraq", "IRQ"),
            ("Iraqi police", "IRQCOP"),
            ("Iraqi government", "IRQGOV"),
            ("Baghdad", "IRQGOV"),
            ("protesters", "CVL"),
            ("Iranian protesters", "IRNCVL"),
            ("United Nations", "IGOUNO"),
            ("rebels", "REBOPP"),
            ("the ministry", "---GOV"),
            ("Frodo", "FRO/BIL"),
            ("Bilbo", "BIL"),
        ])
    }

    fn builtin_stage() -> &'static crate::EventStage {
        static STAGE: std::sync::OnceLock<crate::EventStage> = std::sync::OnceLock::new();
        STAGE.get_or_init(|| crate::EventStage::load(true, &[]).unwrap())
    }

    /// PETRARCH's suite's options ([`crate::eval::Record::options`] of a record without
    /// configuration).
    const PETRARCH: EventOptions = EventOptions {
        require_dyad: true,
        modifier_codes: false,
        compound_reciprocal: false,
        locatives: false,
        commas: CommaRules { min: 2, max: 8, bmin: 0, bmax: 0, emin: 2, emax: 8 },
        agentless_passive_active: true,
        implied_targets: false,
        verb_phrases: true,
        uncertainty: false,
    };

    /// Tokens off the packed path (curly apostrophes, non-ASCII and long words) give the
    /// second pass of `prepare` their first byte, case and suffixes in their own place: the
    /// same events (negation, modality, actors) as the same sentences with straight
    /// apostrophes and short ASCII words, wherever those tokens stand.
    #[test]
    fn slow_tokens_keep_their_place() {
        let stage = builtin_stage();
        for (slow, fast) in [
            ("Iran didn\u{2019}t attack Iraq.", "Iran didn't attack Iraq."),
            ("Iran won\u{2019}t attack Iraq.", "Iran won't attack Iraq."),
            ("Caf\u{e9} owners said Iran didn\u{2019}t attack Iraq.", "Cafe owners said Iran didn't attack Iraq."),
            (
                "Iran\u{2019}s counterinsurgency-minded government condemned Iraq, Tehran didn\u{2019}t deny.",
                "Iran's counterinsurgency government condemned Iraq, Tehran didn't deny.",
            ),
            (
                "Iraqi police arrested protesters at the caf\u{e9}; Iran condemned Iraq.",
                "Iraqi police arrested protesters at the cafe; Iran condemned Iraq.",
            ),
            (
                "Iran threatened to attack Iraq \u{2014} Baghdad accused Iran.",
                "Iran threatened to attack Iraq - Baghdad accused Iran.",
            ),
        ] {
            let key = |events: Vec<Event>| -> Vec<_> {
                events.into_iter().map(|e| (e.source, e.target, e.code, e.negated, e.modality)).collect()
            };
            let (got, _) = events_with_and_without_skip(stage, slow, EventOptions::default());
            let (want, _) = events_with_and_without_skip(stage, fast, EventOptions::default());
            assert!(!want.is_empty(), "{fast:?}");
            assert_eq!(key(got), key(want), "{slow:?}");
        }
    }

    #[test]
    fn skipped_sentences_give_no_event() {
        let stage = builtin_stage();
        for text in [
            "Iran attacked Tehran. Iraqi police protested. Iran condemned Iraq.",
            "Iranian protesters marched against the government. They rallied in Tehran.",
            "Iraqi police imposed a curfew. The ministry declared martial law. Baghdad declared a state of emergency.",
            "Frodo attacked Frodo. Frodo met Bilbo. Bilbo praised Frodo and it thanked him.",
            "Protesters demonstrated. Rebels attacked rebels. The United Nations condemned the United Nations.",
            "Iraqi police threatened to protest. Iran and Tehran held talks.",
        ] {
            for opts in [EventOptions::default(), EventOptions { implied_targets: false, ..EventOptions::default() }, PETRARCH] {
                let (skipped, coded) = events_with_and_without_skip(stage, text, opts);
                assert_eq!(skipped, coded, "{text:?}");
            }
        }
        // The words that may make an implied target are flagged, others not.
        let flagged = |w: &str| stage.flags[stage.dict.word(w) as usize] & flag::IMPLIED != 0;
        assert!(flagged("protested") && flagged("curfew") && flagged("martial") && flagged("emergency"));
        assert!(!flagged("attacked") && !flagged("the") && !flagged("praised"));
        // One actor codes an event with an implied target.
        let text = "Iranian protesters marched against the government.";
        let (skipped, _) = events_with_and_without_skip(stage, text, EventOptions::default());
        assert_eq!(skipped.len(), 1, "{skipped:?}");
    }

    #[test]
    fn sentences_are_coded_as_alone() {
        // What the candidates of a sentence share (the clause's word mask, the "according to"
        // positions) starts afresh at each sentence: two sentences of the same length, one
        // after the other, give the events that each gives alone (each coded with working
        // arrays of its own).
        let stage = builtin_stage();
        let key = |evs: Vec<Event>| -> Vec<String> {
            evs.into_iter()
                .map(|e| format!("{} {} {} {:?} {:?}", e.source, e.target, e.code, e.modality, e.reported_by))
                .collect()
        };
        let pairs = [
            ("Iran attacked Iraq, according to Baghdad.", "Iraq attacked Iran, Bilbo said on Monday."),
            ("Iran threatened Iraq on Tuesday morning.", "Iran threatened Iraq with new sanctions."),
            ("Iran met Iraq on Monday.", "Iran met with Iraq today."),
            ("Iran accused Iraq of spying.", "Iran accused Iraq of lying."),
            ("Iraqi police arrested Iranian protesters.", "Iraqi police attacked Iran again."),
            ("Iran and Iraq signed a deal.", "Iran and Iraq held talks."),
        ];
        let (mut reported, mut coded) = (0, 0);
        for (a, b) in pairs {
            for opts in [EventOptions::default(), PETRARCH] {
                let alone_a = key(events_fresh(stage, a, opts));
                let alone_b = key(events_fresh(stage, b, opts));
                let both = key(events_fresh(stage, &format!("{a} {b}"), opts));
                coded += usize::from(!alone_a.is_empty() && !alone_b.is_empty());
                reported += alone_a.iter().filter(|e| e.ends_with("Some(\"IRQGOV\")")).count();
                assert_eq!(both, [alone_a, alone_b].concat(), "{a} {b}");
            }
        }
        assert!(reported > 0 && coded >= 6, "{reported} {coded}");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(96))]
        /// Skipping the sentences whose actors all carry one code changes no event, under the
        /// default options, PETRARCH's, and without implied targets or modifier codes.
        #[test]
        fn skipping_one_code_sentences_changes_nothing(
            words in prop::collection::vec(prop::sample::select(vec![
                "Iran", "Tehran", "Iraq", "Iraqi police", "Iraqi government", "Baghdad", "protesters", "Iranian protesters",
                "United Nations", "rebels", "the ministry", "Frodo", "Bilbo", "it", "they", "its", "attacked", "protested",
                "marched", "against", "imposed", "a", "curfew", "declared", "martial", "law", "state", "of", "emergency",
                "threatened", "to", "refused", "strike", "held", "talks", "with", "met", "condemned", "accused", "urged",
                "demanded", "that", "and", "the", "was", "by", "said", "not", "will", ",", ".", "?", "\u{e9}",
            ]), 0..30),
            which in 0usize..3,
        ) {
            let stage = builtin_stage();
            let text = words.join(" ");
            let opts = match which {
                0 => EventOptions::default(),
                1 => EventOptions { implied_targets: false, modifier_codes: false, ..EventOptions::default() },
                _ => PETRARCH,
            };
            let (skipped, coded) = events_with_and_without_skip(stage, &text, opts);
            prop_assert_eq!(skipped, coded);
        }
    }

    proptest! {
        #[test]
        fn non_ascii_tokens_match_the_full_path(w in "(\\PC|[a-zA-Z'\u{2019}\u{212a}\u{130}]){1,12}") {
            let stage = small_stage();
            prop_assert_eq!(token_slow_with(&stage, &w, true), token_slow_with(&stage, &w, false));
        }

        /// Every byte value below 0x80 in every position, and any other text: the packed
        /// lower-case form is the reference's, and its lookup is the string lookup's.
        #[test]
        fn lower_ascii_short_is_the_reference(w in "[\\x00-\\x7f]{0,17}|\\PC{0,6}|[a-zA-Z'.-]{1,16}") {
            let d = dictionary();
            prop_assert_eq!(lower_ascii_short(w.as_bytes()), reference(&w));
            if let Some((lo, hi)) = lower_ascii_short(w.as_bytes()) {
                prop_assert_eq!(d.word_packed(lo, hi, w.len()), d.word(&w.to_lowercase()));
                prop_assert_eq!(suffixes_packed(lo, hi, w.len()), suffixes(w.to_lowercase().as_bytes()));
            }
        }

        /// The alternatives of a pattern position as `Alts` keeps them: the multi-word ones
        /// and the single-word lookup are those of the sorted list of alternatives (multi-word
        /// ones first, then the others, empty ones included, by their first word, as a binary
        /// search over the boxed alternatives found them).
        #[test]
        fn alternatives_lookups_are_the_reference(
            raw in prop::collection::vec(prop::collection::vec(0u32..40, 0..4), 0..12),
            w in prop::sample::select(vec![0u32, 1, 5, 17, 39, 40, 41, UNKNOWN]),
        ) {
            let mut alts = raw.clone();
            alts.sort_by(|a, b| (a.len() <= 1).cmp(&(b.len() <= 1)).then_with(|| a.cmp(b)));
            alts.dedup();
            let alts: Vec<Box<[WordId]>> = alts.into_iter().map(Vec::into_boxed_slice).collect();
            let multi = alts.iter().take_while(|a| a.len() > 1).count();
            let packed = crate::dict::Alts::new(raw.into_iter().map(Vec::into_boxed_slice).collect());
            prop_assert_eq!(packed.multi(), &alts[..multi]);
            prop_assert_eq!(packed.len(), alts.len());
            let want = alts[multi..].binary_search_by(|a| a.first().copied().unwrap_or(UNKNOWN).cmp(&w)).is_ok();
            prop_assert_eq!(has_single(packed.singles(), w), want);
            // Without empty alternatives, that is membership.
            if alts.iter().all(|a| !a.is_empty()) {
                prop_assert_eq!(want, alts[multi..].iter().any(|a| a[0] == w));
            }
        }

        /// Words made of the suffixes' letters, of every length.
        #[test]
        fn suffixes_packed_is_the_reference(w in "[nNtT'lLyYiIgGeEdDx]{1,15}") {
            let (lo, hi) = lower_ascii_short(w.as_bytes()).unwrap();
            prop_assert_eq!(suffixes_packed(lo, hi, w.len()), suffixes(w.to_lowercase().as_bytes()));
        }

        /// The one-pass scan is the two substring searches.
        #[test]
        fn of_or_in_is_contains(w in "[ oOfinN\u{e9}x]{0,12}|\\PC{0,10}") {
            prop_assert_eq!(of_or_in(&w), w.contains(" of ") || w.contains(" in "));
        }

        /// The last-byte shortcut gives the full computation's bits on every ASCII word,
        /// including ones ending in the suffix letters' neighbours (`T` − 0x20 = `4`, …).
        #[test]
        fn suffixes_short_is_the_reference(w in "[nNtT'lLyYiIgGeEdDx4Y9GDTt$@]{1,15}|[\\x00-\\x7f]{1,15}") {
            if lower_ascii_short(w.as_bytes()).is_some() {
                prop_assert_eq!(suffixes_short(w.as_bytes()), suffixes(w.to_ascii_lowercase().as_bytes()));
            }
        }
    }
}
