//! Verb dictionaries: newsgraph's own format (`data/verbs/*.txt`) and PETRARCH's
//! `.verbs.txt` format, both compiled into one [`VerbDictionary`]: words interned to
//! ids, surface forms in a hash map keyed by their first (lowercase) word.
//!
//! `build.rs` compiles this file (and `dict_snapshot.rs`) on its own to build the built-in
//! dictionary at compile time: it may use only `std`, `memchr` and `crate::fxhash`.

use std::collections::HashMap;

// `crate::fxhash` is `newsgraph_core::fxhash` (build.rs, which compiles this file to build the
// built-in dictionary, includes that file as its own module).
pub use crate::fxhash::FxHasher;

/// Hash-map builder with [`FxHasher`].
pub type FxBuild = crate::fxhash::FxBuildHasher;

// Encoding and decoding (`VerbDictionary::encode`, `VerbDictionary::decode`).
#[path = "dict_snapshot.rs"]
mod snapshot;

// The word → id table.
#[path = "word_table.rs"]
mod word_table;
use word_table::WordTable;

/// An interned lowercase word.
pub type WordId = u32;

/// The id of a word no dictionary contains.
pub const UNKNOWN: WordId = u32::MAX;

/// What a pattern is made of.
#[derive(Debug, Clone, PartialEq)]
pub enum PTok {
    /// One of these word sequences (a literal, `a|b` alternatives or a synset).
    Words(Alts),
    /// Skip 0..=n tokens.
    Gap(u8),
    /// The source actor slot (`+`).
    Source,
    /// The target actor slot (`$`).
    Target,
    /// A compound actor (`%`, PETRARCH): events between its members.
    Compound,
    /// PETRARCH's `^`: skip one noun phrase (determiners, then an actor mention or one word).
    Phrase,
}

/// The alternatives of a literal pattern position, sorted and deduplicated as the matcher needs
/// them: the multi-word ones (rare) in order, and the others as one flat array of ids, in id
/// order (binary search), so that most positions are one allocation and one array.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Alts {
    /// The alternatives of more than one word, sorted, without repeats.
    multi: Box<[Box<[WordId]>]>,
    /// The first word of each other alternative, in the order `sort_alternatives` gives
    /// them ([`UNKNOWN`] for an empty alternative, which sorts first).
    singles: Box<[WordId]>,
}

impl Alts {
    /// The alternatives `alts`, sorted (multi-word ones first, then the others by first word,
    /// without repeats) and split.
    pub fn new(mut alts: Vec<Box<[WordId]>>) -> Self {
        sort_alternatives(&mut alts);
        let multi = if alts.first().is_some_and(|a| a.len() > 1) { alts.partition_point(|a| a.len() > 1) } else { 0 };
        let singles = alts[multi..].iter().map(|a| a.first().copied().unwrap_or(UNKNOWN)).collect();
        alts.truncate(multi);
        Alts { multi: alts.into_boxed_slice(), singles }
    }

    /// From parts as [`Alts::new`] makes them (`singles` as [`Alts::singles`] gives them).
    pub(crate) fn from_parts(multi: Box<[Box<[WordId]>]>, singles: Box<[WordId]>) -> Self {
        Alts { multi, singles }
    }

    /// The alternatives of more than one word, sorted.
    #[inline(always)]
    pub fn multi(&self) -> &[Box<[WordId]>] {
        &self.multi
    }

    /// The single-word alternatives by id, for a binary search ([`UNKNOWN`] first for an
    /// empty alternative).
    #[inline(always)]
    pub fn singles(&self) -> &[WordId] {
        &self.singles
    }

    /// Number of alternatives.
    pub fn len(&self) -> usize {
        self.multi.len() + self.singles.len()
    }

    /// True when there is none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The first word of every alternative, `None` when one is empty.
    fn first_words(&self) -> Option<impl Iterator<Item = WordId> + '_> {
        (!self.singles.contains(&UNKNOWN)).then(|| self.multi.iter().map(|a| a[0]).chain(self.singles.iter().copied()))
    }
}

/// What a pattern codes.
#[derive(Debug, Clone, PartialEq)]
pub enum CodeSpec {
    /// `---`: the words are not an event.
    NoEvent,
    /// One event code.
    Code(Box<str>),
    /// PETRARCH `a:b`: `a` from source to target and `b` back.
    Pair(Box<str>, Box<str>),
}

/// One compiled pattern of an entry.
#[derive(Debug, Clone)]
pub struct Pattern {
    /// Tokens before the trigger, left to right.
    pub pre: Vec<PTok>,
    /// Tokens after the trigger, left to right.
    pub post: Vec<PTok>,
    /// The code.
    pub code: CodeSpec,
    /// Number of literal words and slots: the most specific match wins.
    pub specificity: u16,
    /// The pattern as written, for messages.
    pub text: Box<str>,
    /// A quick filter set by [`VerbDictionary::optimize`]: per literal position, a 256-bit
    /// mask of the first words of its alternatives ([`word_bit`]). The pattern cannot match a
    /// clause whose word mask misses any of them.
    pub masks: Box<[[u64; 4]]>,
    /// Set by [`VerbDictionary::optimize`] (and by the snapshot of an optimized dictionary):
    /// `masks` is filled, so `optimize` skips the pattern. (The alternatives are sorted as
    /// they are made: [`Alts::new`].)
    pub optimized: bool,
}

/// Prepositions and particles: a pattern position made only of these counts 1 toward a
/// pattern's specificity, a content word 2 (`143 one-day *` outweighs `190 * against $`
/// only by code specificity, see [`code_rank`]).
pub const FUNCTION_WORDS: &[&str] = &[
    "about", "across", "against", "among", "at", "between", "by", "for", "from", "in", "into", "of", "on", "onto", "over",
    "through", "to", "toward", "towards", "upon", "with", "within",
];

/// How specific a code is, for ties between equally specific patterns: 2 for a four-digit
/// code, 1 for a three-digit code not ending in 0, 0 for a root's "not specified" code
/// (`190`); `---` (an exception written on purpose) ranks 3.
pub fn code_rank(code: &CodeSpec) -> u8 {
    let c: &str = match code {
        CodeSpec::NoEvent => return 3,
        CodeSpec::Code(c) | CodeSpec::Pair(c, _) => c,
    };
    if c.len() >= 4 {
        2
    } else if c.ends_with('0') {
        0
    } else {
        1
    }
}

/// The 256-bit mask word and bit of a word id (for [`Pattern::masks`]).
#[inline]
pub fn word_bit(id: WordId) -> (usize, u64) {
    let h = id.wrapping_mul(0x9E37_79B1) >> 24;
    ((h >> 6) as usize & 3, 1u64 << (h & 63))
}

/// Part of speech of an entry's trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pos {
    /// A verb.
    Verb,
    /// An event noun ("sanctions", "talks").
    Noun,
}

/// A dictionary entry: a lemma, its patterns and its default code.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The lemma.
    pub lemma: Box<str>,
    /// Verb or noun.
    pub pos: Pos,
    /// The code of `*` alone (or PETRARCH's block code), if any.
    pub default: Option<CodeSpec>,
    /// The other patterns, in file order ([`Entry::patterns`]).
    patterns: Patterns,
}

/// An entry's patterns: compiled (parsed from text, or decoded), or still encoded in the
/// built-in snapshot and decoded on first use. Start-up then decodes only the words, the
/// entries' heads and the forms; a run decodes the patterns of the entries it meets (most
/// entries are never triggered by a given corpus).
#[derive(Clone, Default)]
struct Patterns {
    /// The patterns, when `encoded` is `None`.
    owned: Vec<Pattern>,
    encoded: Option<Encoded>,
}

/// An entry's patterns in the built-in snapshot.
#[derive(Clone)]
struct Encoded {
    /// The entry's pattern section of the snapshot (`snapshot::decode_patterns`).
    bytes: &'static [u8],
    /// The snapshot's word count (every id read is below it).
    words: u32,
    /// [`Entry::may_protest`], worked out when the snapshot was made.
    protest: bool,
    /// All the patterns, decoded ([`Entry::patterns`]).
    decoded: std::sync::OnceLock<Vec<Pattern>>,
    /// The patterns one by one ([`Entry::possible_patterns`], [`Entry::pattern_at`]).
    index: std::sync::OnceLock<PatternIndex>,
}

/// An encoded entry's patterns as the engine reads them: their masks read at once, each
/// pattern's body (its tokens, code and text: most of the decoding, and its allocations) decoded
/// on its own when its masks first let it through. Most patterns of a matched entry are ruled
/// out by their masks in every clause of a corpus and are never decoded.
///
/// The pattern loop does not visit every pattern: the patterns come in blocks of 64 (pattern
/// `64 * k + j` is bit `j` of block `k`), and a block holds, per bit of the 256-bit word mask
/// set in some pattern's first mask, the set of its patterns whose first mask has that bit
/// ([`PatternBlock`], made by build.rs and stored in the snapshot: nothing to build at run
/// time). The patterns of a block whose first mask shares a bit with a clause's word mask are
/// the union of the sets of the clause's bits; only those (and the patterns without a first
/// mask) are visited.
#[derive(Clone, Default)]
struct PatternIndex {
    /// Each pattern's body: a byte range of the section.
    bodies: Box<[(u32, u32)]>,
    /// Each pattern's masks: a byte range of the section (read where they are, [`masks_pass_le`]);
    /// `None` for one stored without (not optimized: its masks are made when it is decoded).
    ranges: Box<[Option<(u32, u32)>]>,
    /// Each pattern's test once its block has let it through ([`PossiblePatterns`]).
    filters: Box<[FilterKind]>,
    /// The patterns by block and first-mask bit (see above): block `k` holds patterns
    /// `64 * k..64 * k + 64`.
    blocks: Box<[PatternBlock]>,
    /// The blocks' pattern sets, block by block, each block's in the order of its `union` bits:
    /// little-endian `u64`s, read in the snapshot where they are (nothing to copy when the
    /// entry is first met).
    sets: &'static [u8],
    decoded: Box<[std::sync::OnceLock<Option<Pattern>>]>,
}

/// Up to 64 consecutive patterns of an entry, by the bits of their first masks (see
/// [`PatternIndex`]; [`pattern_blocks`] makes them).
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
pub(crate) struct PatternBlock {
    /// The patterns that have no first mask (no literal position, or stored without masks):
    /// always visited.
    pub(crate) always: u64,
    /// The union of the block's first masks.
    pub(crate) union: [u64; 4],
    /// Where the sets of word `i` of `union` start in [`PatternIndex::sets`]: one set per bit
    /// of `union[i]`, in bit order.
    pub(crate) base: [u32; 4],
}

/// The blocks of [`PatternIndex`] for patterns whose first masks are `firsts` (`None` for a
/// pattern without one: always visited), and their sets, one per bit of each block's union in
/// bit order (as [`PatternBlock::base`] reads them), numbered from 0. By construction, a
/// pattern is in the set of bit `b` exactly when its first mask has bit `b`.
pub(crate) fn pattern_blocks(firsts: &[Option<[u64; 4]>]) -> (Vec<PatternBlock>, Vec<u64>) {
    let (mut blocks, mut sets) = (Vec::new(), Vec::new());
    for chunk in firsts.chunks(64) {
        let mut block = PatternBlock::default();
        let mut by_bit = [0u64; 256];
        for (j, f) in chunk.iter().enumerate() {
            match f {
                None => block.always |= 1 << j,
                Some(m) => {
                    for (i, &w) in m.iter().enumerate() {
                        block.union[i] |= w;
                        let mut w = w;
                        while w != 0 {
                            by_bit[i * 64 + w.trailing_zeros() as usize] |= 1 << j;
                            w &= w - 1;
                        }
                    }
                }
            }
        }
        for (base, bits) in block.base.iter_mut().zip(by_bit.chunks_exact(64)) {
            *base = u32::try_from(sets.len()).unwrap_or(u32::MAX);
            sets.extend(bits.iter().copied().filter(|&set| set != 0));
        }
        blocks.push(block);
    }
    (blocks, sets)
}

/// A pattern's test once its block has let it through ([`PossiblePatterns`]).
#[derive(Clone, Copy)]
enum FilterKind {
    /// No literal position: nothing rules the pattern out.
    Always,
    /// The first mask shares a bit with the clause's (its block said so); then the other
    /// positions' masks: this byte range of the section.
    Masks(u32, u32),
    /// Stored without masks: decoded (and optimized) to get them.
    Decode,
}

/// Whether a pattern with `masks` ([`Pattern::masks`]) may match a clause whose word mask is
/// `bloom`: each literal position has a word in it.
#[inline]
pub(crate) fn masks_pass(masks: &[[u64; 4]], bloom: &[u64; 4]) -> bool {
    masks.iter().all(|m| hits(m, bloom))
}

/// [`masks_pass`] of masks as the snapshot stores them (32 bytes a mask: four little-endian
/// `u64`s).
#[inline(always)]
fn masks_pass_le(masks: &[u8], bloom: &[u64; 4]) -> bool {
    masks.chunks_exact(32).all(|m| hits(&mask_le(m), bloom))
}

/// A mask from its 32 stored bytes ([`masks_pass_le`]).
#[inline(always)]
fn mask_le(m: &[u8]) -> [u64; 4] {
    let w = |i: usize| m.get(i * 8..i * 8 + 8).and_then(|b| b.try_into().ok()).map_or(0, u64::from_le_bytes);
    [w(0), w(1), w(2), w(3)]
}

/// Whether the mask `m` and the word mask `bloom` share a bit. (A branch per word: most masks
/// have their bits in one word, and stopping at the first hit measured cheaper than or-ing
/// all four.)
#[inline(always)]
fn hits(m: &[u64; 4], bloom: &[u64; 4]) -> bool {
    (0..4).any(|i| m[i] & bloom[i] != 0)
}

impl Encoded {
    fn get(&self) -> &[Pattern] {
        self.decoded.get_or_init(|| {
            // The built-in snapshot decodes whole (`builtin_snapshot_is_the_parsed_dictionary`
            // decodes every entry with the same reader): the empty fallback is never taken.
            let mut v = snapshot::decode_patterns(self.bytes, self.words as usize).unwrap_or_default();
            v.iter_mut().filter(|p| !p.optimized).for_each(optimize_pattern);
            v
        })
    }

    fn index(&self) -> &PatternIndex {
        self.index.get_or_init(|| {
            // (As in `get`: the built-in snapshot decodes whole.)
            let Some(snapshot::Indexed { bodies, ranges, blocks, sets }) =
                snapshot::index_patterns(self.bytes, self.words as usize)
            else {
                return PatternIndex::default();
            };
            let decoded = (0..bodies.len()).map(|_| std::sync::OnceLock::new()).collect();
            // (The blocks were made from the same first masks, bytes `a..a + 32`: `pattern_blocks`.)
            let filters = ranges
                .iter()
                .map(|r| match *r {
                    Some((a, b)) if a == b => FilterKind::Always,
                    Some((a, b)) => FilterKind::Masks(a.saturating_add(32).min(b), b),
                    None => FilterKind::Decode,
                })
                .collect();
            PatternIndex {
                bodies: bodies.into_boxed_slice(),
                ranges: ranges.into_boxed_slice(),
                filters,
                blocks: blocks.into_boxed_slice(),
                sets: self.bytes.get(sets.0 as usize..sets.1 as usize).unwrap_or_default(),
                decoded,
            }
        })
    }

    /// Pattern `i`, decoded on first use (`None` when out of range or malformed).
    fn pattern(&self, i: usize) -> Option<&Pattern> {
        self.pattern_in(self.index(), i)
    }

    /// [`Self::pattern`] with the index at hand.
    fn pattern_in<'a>(&'a self, x: &'a PatternIndex, i: usize) -> Option<&'a Pattern> {
        x.decoded
            .get(i)?
            .get_or_init(|| {
                let (s, e) = *x.bodies.get(i)?;
                let range = *x.ranges.get(i)?;
                let masks = match range {
                    Some((a, b)) => self.bytes.get(a as usize..b as usize)?.chunks_exact(32).map(mask_le).collect(),
                    None => Box::default(),
                };
                let body = self.bytes.get(s as usize..e as usize)?;
                let mut p = snapshot::decode_body(body, self.words as usize, range.is_some(), masks)?;
                if !p.optimized {
                    optimize_pattern(&mut p);
                }
                Some(p)
            })
            .as_ref()
    }
}

/// The iterator of [`Entry::possible_patterns`].
pub struct PossiblePatterns<'a> {
    bloom: &'a [u64; 4],
    of: Source<'a>,
}

/// Where [`PossiblePatterns`] reads the patterns: the patterns themselves, or an encoded
/// entry's blocks ([`PatternIndex`]).
enum Source<'a> {
    Owned(std::slice::Iter<'a, Pattern>),
    Encoded(&'a Encoded, &'a PatternIndex, Walk),
}

/// Where [`PossiblePatterns`] is in an encoded entry's blocks.
struct Walk {
    /// The next block.
    block: usize,
    /// The patterns of the current block still to visit (bit `j`: pattern `first + j`).
    left: u64,
    /// The current block's first pattern.
    first: usize,
}

impl<'a> Iterator for PossiblePatterns<'a> {
    type Item = &'a Pattern;

    // (Inlined into the engine's pattern loop, where the iterator's state stays in registers.)
    #[inline(always)]
    fn next(&mut self) -> Option<&'a Pattern> {
        let bloom = self.bloom;
        match &mut self.of {
            Source::Owned(it) => it.find(|p| masks_pass(&p.masks, bloom)),
            Source::Encoded(e, x, w) => loop {
                while w.left != 0 {
                    let i = w.first + w.left.trailing_zeros() as usize;
                    w.left &= w.left - 1;
                    match x.filters.get(i) {
                        // In the block's sets of the clause's bits: the first mask passes.
                        Some(FilterKind::Masks(a, b)) => {
                            if !masks_pass_le(e.bytes.get(*a as usize..*b as usize).unwrap_or_default(), bloom) {
                                continue;
                            }
                        }
                        Some(FilterKind::Always) => {}
                        Some(FilterKind::Decode) => match e.pattern_in(x, i) {
                            Some(p) if masks_pass(&p.masks, bloom) => return Some(p),
                            _ => continue,
                        },
                        None => continue,
                    }
                    if let Some(p) = e.pattern_in(x, i) {
                        return Some(p);
                    }
                }
                // The next block: its patterns without a first mask, and those whose first mask
                // has a bit of the clause's word mask (the sets of the bits of `bloom & union`).
                // A pattern left out has a first mask that shares no bit with `bloom`, so
                // `masks_pass` is false for it: skipping it is what testing it would give.
                let block = x.blocks.get(w.block)?;
                w.first = w.block * 64;
                w.block += 1;
                let mut left = block.always;
                for ((&b, &union), &base) in bloom.iter().zip(&block.union).zip(&block.base) {
                    let mut m = b & union;
                    while m != 0 {
                        let below = union & ((1u64 << m.trailing_zeros()) - 1);
                        let k = (base as usize + below.count_ones() as usize) * 8;
                        left |= x.sets.get(k..k + 8).and_then(|b| b.try_into().ok()).map_or(0, u64::from_le_bytes);
                        m &= m - 1;
                    }
                }
                w.left = left;
            },
        }
    }
}

impl std::fmt::Debug for Patterns {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // As the list itself: an encoded entry prints as the decoded one.
        self.get().fmt(f)
    }
}

impl Patterns {
    #[inline]
    fn get(&self) -> &[Pattern] {
        match &self.encoded {
            None => &self.owned,
            Some(e) => e.get(),
        }
    }
}

impl Entry {
    /// An entry with compiled patterns.
    pub fn new(lemma: Box<str>, pos: Pos, default: Option<CodeSpec>, patterns: Vec<Pattern>) -> Self {
        Entry { lemma, pos, default, patterns: Patterns { owned: patterns, encoded: None } }
    }

    /// An entry whose patterns are the pattern section `bytes` of the built-in snapshot (see
    /// [`Patterns`]), of a snapshot of `words` words.
    fn encoded(lemma: Box<str>, pos: Pos, default: Option<CodeSpec>, bytes: &'static [u8], words: u32, protest: bool) -> Self {
        let encoded =
            Some(Encoded { bytes, words, protest, decoded: std::sync::OnceLock::new(), index: std::sync::OnceLock::new() });
        Entry { lemma, pos, default, patterns: Patterns { owned: Vec::new(), encoded } }
    }

    /// The patterns other than `*` alone, in file order (decoded from the built-in snapshot on
    /// first use).
    #[inline]
    pub fn patterns(&self) -> &[Pattern] {
        self.patterns.get()
    }

    /// Number of patterns (as [`Entry::patterns`] lists them).
    pub fn pattern_count(&self) -> usize {
        match &self.patterns.encoded {
            None => self.patterns.owned.len(),
            Some(e) => e.index().bodies.len(),
        }
    }

    /// The `i`-th pattern of [`Entry::patterns`]; an encoded entry decodes only that one (once).
    pub fn pattern_at(&self, i: usize) -> Option<&Pattern> {
        match &self.patterns.encoded {
            None => self.patterns.owned.get(i),
            Some(e) => e.pattern(i),
        }
    }

    /// The patterns of [`Entry::patterns`], in order, whose masks ([`Pattern::masks`]) do not
    /// rule them out for a clause whose word mask is `bloom` (each literal position has a word
    /// whose [`word_bit`] is set). An encoded entry reads only the masks of the others: it
    /// decodes a pattern when its masks first let it through.
    pub fn possible_patterns<'a>(&'a self, bloom: &'a [u64; 4]) -> PossiblePatterns<'a> {
        let of = match &self.patterns.encoded {
            None => Source::Owned(self.patterns.owned.iter()),
            Some(e) => {
                let x = e.index();
                Source::Encoded(e, x, Walk { block: 0, left: 0, first: 0 })
            }
        };
        PossiblePatterns { bloom, of }
    }

    /// An encoded entry's blocks and their sets as [`pattern_blocks`] gives them (`None` for
    /// an entry not encoded), for tests.
    #[cfg(test)]
    pub(crate) fn blocks_for_tests(&self) -> Option<(Vec<PatternBlock>, Vec<u64>)> {
        let x = self.patterns.encoded.as_ref()?.index();
        let sets = x.sets.chunks_exact(8).map(|b| u64::from_le_bytes(b.try_into().unwrap())).collect();
        Some((x.blocks.to_vec(), sets))
    }

    /// The patterns, to change them (an encoded list is decoded first).
    pub fn patterns_mut(&mut self) -> &mut Vec<Pattern> {
        if let Some(e) = self.patterns.encoded.take() {
            self.patterns.owned = e.get().to_vec();
        }
        &mut self.patterns.owned
    }

    /// Whether the entry has a protest code (14x, or 133 "threaten to protest"), of a pattern
    /// or its default, either way of a pair: the only codes the engine's `implied_target` gives
    /// a target for without a domestic measure, once the modifier codes are applied (they make
    /// 14x or 133 only of a 14x code: `modifiers::threat_code`). An encoded entry answers from the snapshot, without
    /// decoding its patterns.
    pub fn may_protest(&self) -> bool {
        match &self.patterns.encoded {
            Some(e) => e.protest,
            None => self.may_protest_decoded(),
        }
    }

    /// [`Entry::may_protest`] worked out from the patterns.
    fn may_protest_decoded(&self) -> bool {
        let protest = |c: &str| c.starts_with("14") || c == "133";
        let spec = |c: &CodeSpec| match c {
            CodeSpec::NoEvent => false,
            CodeSpec::Code(c) => protest(c),
            CodeSpec::Pair(x, y) => protest(x) || protest(y),
        };
        self.default.as_ref().is_some_and(spec) || self.patterns().iter().any(|p| spec(&p.code))
    }
}

/// Fills a pattern's [`Pattern::masks`] (see [`VerbDictionary::optimize`]), in the order of
/// its literal positions.
fn optimize_pattern(p: &mut Pattern) {
    optimize_pattern_ranked(p, &[]);
}

/// Fills a pattern's [`Pattern::masks`], the position whose words are the fewest literal
/// positions' words of the dictionary first (`uses`: per word id, in how many literal
/// positions of the dictionary it is a first word; an id past its end counts 0). The mask
/// test is a conjunction (every literal position needs one of its words in the clause), so
/// the order changes only which mask rules a pattern out first, never whether one does: the
/// engine's pattern loop tests the first mask inline and follows a range for the others only
/// when it passes. A word that many patterns need ("to", "with", "on") is in most clauses; a
/// word few need ("aid", "ceasefire") is in few, so testing it first rules out more patterns at
/// the first test. With `uses` empty the order is the positions' own.
fn optimize_pattern_ranked(p: &mut Pattern, uses: &[u32]) {
    // (The alternatives are sorted as they are made: `Alts::new`.)
    let masks = p.pre.iter().chain(p.post.iter()).filter_map(|t| match t {
        PTok::Words(alts) if !alts.is_empty() => {
            let mut m = [0u64; 4];
            let mut score = 0u64;
            // Reversed matching ("before *") needs every word too, so the first one is enough.
            for w in alts.first_words()? {
                let (i, bit) = word_bit(w);
                m[i] |= bit;
                score = score.saturating_add(u64::from(uses.get(w as usize).copied().unwrap_or(0)));
            }
            Some((score, m))
        }
        _ => None,
    });
    let mut ranked: Vec<(u64, [u64; 4])> = masks.collect();
    // Stable: equal scores (all of them without `uses`) keep the positions' order.
    ranked.sort_by_key(|&(score, _)| score);
    // Collected from an exact-size iterator, so that the boxed slice is the vector's
    // allocation (no shrink).
    p.masks = ranked.iter().map(|&(_, m)| m).collect::<Vec<_>>().into_boxed_slice();
    p.optimized = true;
}

/// A surface form: the words after the first and the entry it belongs to.
#[derive(Debug, Clone)]
pub struct Form {
    /// Words after the first one.
    pub rest: Box<[WordId]>,
    /// Index into [`VerbDictionary::entries`].
    pub entry: u32,
}

/// A compiled verb dictionary.
#[derive(Debug, Clone, Default)]
pub struct VerbDictionary {
    words: WordTable,
    /// Entries.
    pub entries: Vec<Entry>,
    /// Forms keyed by their first word.
    pub forms: HashMap<WordId, Vec<Form>, FxBuild>,
}

/// Why a dictionary line was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

impl VerbDictionary {
    /// An empty dictionary.
    pub fn new() -> Self {
        Self::default()
    }

    /// Interns a lowercase word.
    pub fn intern(&mut self, w: &str) -> WordId {
        // Lowercase ASCII words (almost all): no allocation.
        if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
            return self.intern_lower(w);
        }
        self.intern_lower(&w.to_lowercase())
    }

    fn intern_lower(&mut self, lw: &str) -> WordId {
        let id = self.words.get(lw);
        if id != UNKNOWN {
            return id;
        }
        let id = self.words.len() as WordId;
        self.words.insert(lw, id);
        id
    }

    /// The id of a lowercase word, or [`UNKNOWN`].
    #[inline]
    pub fn word(&self, lower: &str) -> WordId {
        self.words.get(lower)
    }

    /// Prepares the patterns for matching: the word masks of [`Pattern::masks`]. (The
    /// alternatives of every literal position are already sorted and deduplicated, single
    /// words in id order for a binary search: [`Alts::new`].) Matching results do not depend
    /// on it.
    /// (Patterns still encoded in the built-in snapshot are optimized as they are decoded.)
    ///
    /// Each pattern's masks come rarest position first: the position whose words the fewest
    /// literal positions of the dictionary use (`optimize_pattern_ranked`), a proxy for how
    /// rare they are in news text that needs no word counts of a corpus.
    pub fn optimize(&mut self) {
        let mut uses = vec![0u32; self.words.len()];
        for p in self.entries.iter().filter(|e| e.patterns.encoded.is_none()).flat_map(|e| &e.patterns.owned) {
            for t in p.pre.iter().chain(p.post.iter()) {
                if let PTok::Words(alts) = t {
                    for w in alts.first_words().into_iter().flatten() {
                        if let Some(c) = uses.get_mut(w as usize) {
                            *c = c.saturating_add(1);
                        }
                    }
                }
            }
        }
        for e in &mut self.entries {
            if e.patterns.encoded.is_none() {
                e.patterns.owned.iter_mut().filter(|p| !p.optimized).for_each(|p| optimize_pattern_ranked(p, &uses));
            }
        }
    }

    /// The interned words and their ids, for tests.
    #[cfg(test)]
    pub(crate) fn words_for_tests(&self) -> impl Iterator<Item = (String, WordId)> + '_ {
        self.words.iter()
    }

    /// Number of interned words (word ids are `0..word_count()`).
    pub fn word_count(&self) -> usize {
        self.words.len()
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Number of distinct lemmas.
    pub fn lemma_count(&self) -> usize {
        let mut s: Vec<(&str, Pos)> = self.entries.iter().map(|e| (&*e.lemma, e.pos)).collect();
        s.sort_by(|a, b| a.0.cmp(b.0).then((a.1 as u8).cmp(&(b.1 as u8))));
        s.dedup();
        s.len()
    }

    fn add_form(&mut self, words: &[&str], entry: u32) {
        let ids: Vec<WordId> = words.iter().map(|w| self.intern(w)).collect();
        let Some((&first, rest)) = ids.split_first() else { return };
        let list = self.forms.entry(first).or_default();
        if !list.iter().any(|f| f.entry == entry && *f.rest == *rest) {
            list.push(Form { rest: rest.into(), entry });
        }
    }

    fn push_entry(&mut self, entry: Entry, forms: &[Vec<String>]) {
        let id = self.entries.len() as u32;
        self.entries.push(entry);
        for f in forms {
            let words: Vec<&str> = f.iter().map(String::as_str).collect();
            self.add_form(&words, id);
        }
    }

    /// Adds newsgraph-format text (see `data/verbs/README.md`).
    pub fn add_newsgraph(&mut self, text: &str) -> Result<(), ParseError> {
        let mut cur: Option<(Entry, Vec<Vec<String>>)> = None;
        // The same literal position ("hold|holds|held|holding") recurs in many patterns of a
        // file: intern its words once (the first time, in order, so word ids are as without
        // the cache) and reuse the ids and its specificity weight.
        let mut positions: TokenCache<'_> = TokenCache::default();
        for (i, raw) in lines(text).enumerate() {
            let line_no = i + 1;
            let line = strip_comment(raw);
            if line.trim().is_empty() {
                continue;
            }
            let err = |reason: String| ParseError { line: line_no, reason };
            let indented = line.starts_with([' ', '\t']);
            if !indented {
                let (head, forms) = match line.split_once('|') {
                    Some((h, f)) => (h.trim(), f.trim()),
                    None => (line.trim(), ""),
                };
                let (kind, lemma) = head
                    .split_once(char::is_whitespace)
                    .ok_or_else(|| err(format!("expected `VERB lemma` or `NOUN lemma`, got {head:?}")))?;
                let pos = match kind {
                    "VERB" => Pos::Verb,
                    "NOUN" => Pos::Noun,
                    _ => return Err(err(format!("expected VERB or NOUN, got {kind:?}"))),
                };
                if let Some((e, f)) = cur.take() {
                    self.push_entry(e, &f);
                }
                let lemma_words: Vec<String> = split_ws(lemma).map(str::to_lowercase).collect();
                let mut all = inflections(&lemma_words, pos);
                let k = lemma_words.len();
                let toks: Vec<String> = split_ws(forms).map(str::to_lowercase).collect();
                if k > 1
                    && !toks.is_empty()
                    && toks.chunks_exact(k).remainder().is_empty()
                    && toks.chunks(k).all(|c| c[1..] == lemma_words[1..])
                {
                    all.extend(toks.chunks(k).map(|c| c.to_vec()));
                } else {
                    for t in toks {
                        let mut f = vec![t];
                        f.extend(lemma_words[1..].iter().cloned());
                        all.push(f);
                    }
                }
                let entry = Entry::new(lemma_words.join(" ").into(), pos, None, Vec::new());
                cur = Some((entry, all));
            } else {
                let Some((entry, _)) = cur.as_mut() else {
                    return Err(err("pattern line before any VERB/NOUN line".into()));
                };
                let t = line.trim();
                let (code, pat) = t.split_once(char::is_whitespace).unwrap_or((t, "*"));
                let code = parse_code(code).ok_or_else(|| err(format!("bad code {code:?}")))?;
                let pat = pat.trim();
                if pat == "*" {
                    entry.default = Some(code);
                    continue;
                }
                let p = self.compile_newsgraph_pattern(pat, code, &mut positions).map_err(err)?;
                let Some((entry, _)) = cur.as_mut() else { unreachable!() };
                entry.patterns_mut().push(p);
            }
        }
        if let Some((e, f)) = cur.take() {
            self.push_entry(e, &f);
        }
        Ok(())
    }

    fn compile_newsgraph_pattern<'t>(
        &mut self,
        pat: &'t str,
        code: CodeSpec,
        cache: &mut TokenCache<'t>,
    ) -> Result<Pattern, String> {
        let toks: Vec<&str> = split_ws(pat).collect();
        let star = toks.iter().position(|t| *t == "*").ok_or_else(|| format!("pattern without `*`: {pat:?}"))?;
        let mut spec = 0u16;
        let mut conv = |this: &mut Self, t: &'t str| -> PTok {
            match t {
                "$" => {
                    spec += 1;
                    PTok::Target
                }
                "+" => {
                    spec += 1;
                    PTok::Source
                }
                "%" => {
                    spec += 1;
                    PTok::Compound
                }
                "..." => PTok::Gap(4),
                _ => {
                    let (weight, ids) = cache.entry(t).or_insert_with(|| {
                        // A position of prepositions only ("at|on|against") is weak evidence of the code.
                        let alts = t.split('|').filter(|a| !a.is_empty());
                        let weight = if alts.clone().all(is_function_word) { 1 } else { 2 };
                        (weight, alts.map(|a| this.intern(a)).collect())
                    });
                    spec += *weight;
                    PTok::Words(Alts::new(ids.iter().map(|&id| Box::new([id]) as Box<[WordId]>).collect()))
                }
            }
        };
        // One spare place each for the gaps below.
        let mut pre: Vec<PTok> = Vec::with_capacity(star + 1);
        pre.extend(toks[..star].iter().map(|t| conv(self, t)));
        let mut post: Vec<PTok> = Vec::with_capacity(toks.len() - star);
        post.extend(toks[star + 1..].iter().map(|t| conv(self, t)));
        // A little slack next to the trigger for determiners and adjectives
        // ("imposed tough new sanctions on").
        if matches!(pre.last(), Some(PTok::Words(_))) {
            pre.push(PTok::Gap(2));
        }
        if matches!(post.first(), Some(PTok::Words(_))) {
            post.insert(0, PTok::Gap(2));
        }
        Ok(Pattern { pre, post, code, specificity: spec, text: pat.into(), masks: Box::default(), optimized: false })
    }

    /// Adds PETRARCH-format verb dictionary text (`PETR.Validate.verbs.txt`, `CAMEO.verbpatterns.*.txt`).
    pub fn add_petrarch(&mut self, text: &str) -> Result<(), ParseError> {
        // Synsets first (they may be used before they are defined).
        let mut synsets: HashMap<String, Vec<String>> = HashMap::new();
        let mut cur_syn: Option<String> = None;
        let mut in_comment = false;
        let mut lines: Vec<(usize, &str)> = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let t = raw.trim();
            if in_comment {
                if t.contains("-->") {
                    in_comment = false;
                }
                continue;
            }
            if t.starts_with("<!--") {
                in_comment = !t.contains("-->");
                continue;
            }
            let l = strip_comment(raw).trim();
            if l.is_empty() {
                continue;
            }
            if let Some(name) = l.strip_prefix('&') {
                // "&PREPOSIT1_": a trailing '_' is not part of the name used in patterns.
                let name = name.split_whitespace().next().unwrap_or("").trim_end_matches('_').to_string();
                synsets.entry(name.clone()).or_default();
                cur_syn = Some(name);
                continue;
            }
            if l.starts_with("---") {
                cur_syn = None;
            }
            if let (Some(s), Some(item)) = (&cur_syn, l.strip_prefix('+')) {
                synsets.entry(s.clone()).or_default().push(item.trim().to_string());
                continue;
            }
            cur_syn = None;
            lines.push((i + 1, l));
        }
        let mut syn_ids: HashMap<String, Vec<Box<[WordId]>>> = HashMap::new();
        let names: Vec<String> = synsets.keys().cloned().collect();
        for n in names {
            let mut out = Vec::new();
            expand_synset(&n, &synsets, &mut Vec::new(), &mut out);
            let mut ids: Vec<Box<[WordId]>> = Vec::new();
            for item in out {
                let words = join_contractions(item.split(['_', ' ']).filter(|w| !w.is_empty()).map(str::to_lowercase).collect());
                if words.is_empty() {
                    continue;
                }
                ids.push(words.iter().map(|w| self.intern(w)).collect());
                let mut pl = words.clone();
                if let Some(last) = pl.last_mut() {
                    *last = plural(last);
                }
                ids.push(pl.iter().map(|w| self.intern(w)).collect());
            }
            syn_ids.insert(n, ids);
        }

        // Blocks.
        struct Block {
            code: Option<CodeSpec>,
            verbs: Vec<(Vec<Vec<String>>, Option<CodeSpec>, String)>,
            patterns: Vec<Pattern>,
        }
        let mut blocks: Vec<Block> = Vec::new();
        for (line_no, l) in lines {
            let err = |reason: String| ParseError { line: line_no, reason };
            if let Some(rest) = l.strip_prefix("---") {
                let code = bracket_code(rest).and_then(|c| parse_code(&c));
                blocks.push(Block { code, verbs: Vec::new(), patterns: Vec::new() });
                continue;
            }
            let Some(block) = blocks.last_mut() else {
                continue; // stray lines before the first block are ignored, as PETRARCH does
            };
            if let Some(p) = l.strip_prefix('-') {
                let code =
                    bracket_code(p).and_then(|c| parse_code(&c)).ok_or_else(|| err(format!("pattern without [code]: {l:?}")))?;
                let body = p.split('[').next().unwrap_or("");
                if let Some(pat) = compile_petrarch_pattern(self, body, code, &syn_ids) {
                    block.patterns.push(pat);
                }
                continue;
            }
            // A verb line: WORD {FORMS} [CODE]
            let code = bracket_code(l).and_then(|c| parse_code(&c));
            let head = l.split(['{', '[']).next().unwrap_or("").trim();
            let irregular: Vec<&str> = match (l.find('{'), l.find('}')) {
                (Some(a), Some(b)) if a < b => l[a + 1..b].split_whitespace().collect(),
                _ => Vec::new(),
            };
            if head.is_empty() {
                continue;
            }
            let (words, headi) = petrarch_words(head);
            if words.is_empty() {
                continue;
            }
            let mut forms = Vec::new();
            // Regular forms of the head word.
            for infl in word_inflections(&words[headi], Pos::Verb) {
                let mut f = words.clone();
                f[headi] = infl;
                forms.push(f);
            }
            for irr in irregular {
                let (w, _) = petrarch_words(irr);
                if !w.is_empty() {
                    forms.push(w);
                }
            }
            let lemma = words.join(" ");
            block.verbs.push((forms, code, lemma));
        }
        // A verb defined in several blocks ("--- SHOT [---]" with "*_AND_WOUND", then "--- SHOT
        // [223]" with "+ WAS * DEAD IN $") is one entry: the patterns of all its blocks, in
        // file order, and the first real code as its default.
        let mut seen: HashMap<String, usize> = HashMap::new();
        for b in blocks {
            for (forms, code, lemma) in b.verbs {
                let default = code.or(b.code.clone());
                if let Some(&id) = seen.get(&lemma) {
                    let e = &mut self.entries[id];
                    e.patterns_mut().extend(b.patterns.iter().cloned());
                    if matches!(e.default, None | Some(CodeSpec::NoEvent)) && !matches!(default, None | Some(CodeSpec::NoEvent)) {
                        e.default = default;
                    }
                    for f in &forms {
                        let words: Vec<&str> = f.iter().map(String::as_str).collect();
                        self.add_form(&words, id as u32);
                    }
                    continue;
                }
                seen.insert(lemma.clone(), self.entries.len());
                let entry = Entry::new(lemma.into(), Pos::Verb, default, b.patterns.clone());
                self.push_entry(entry, &forms);
            }
        }
        Ok(())
    }
}

fn expand_synset(name: &str, all: &HashMap<String, Vec<String>>, stack: &mut Vec<String>, out: &mut Vec<String>) {
    if stack.iter().any(|s| s == name) {
        return;
    }
    let Some(items) = all.get(name) else { return };
    stack.push(name.to_string());
    for it in items {
        if let Some(inner) = it.strip_prefix('&') {
            expand_synset(inner.trim(), all, stack, out);
        } else {
            out.push(it.clone());
        }
    }
    stack.pop();
}

/// Splits a PETRARCH multiword (`WIRE_+TAP`) into lowercase words and the index of the head (`+`) word.
fn petrarch_words(s: &str) -> (Vec<String>, usize) {
    let mut head = 0;
    let mut words = Vec::new();
    for (i, w) in s.split(['_', ' ']).filter(|w| !w.is_empty()).enumerate() {
        if w.starts_with('+') && i > 0 {
            head = i;
        }
        let w = w.trim_start_matches('+');
        if !w.is_empty() {
            words.push(w.to_lowercase());
        }
    }
    let before = words.len();
    let words = join_contractions(words);
    let head = head.saturating_sub(before - words.len()).min(words.len().saturating_sub(1));
    (words, head)
}

/// PETRARCH writes contractions as TreeBank splits them ("DID N'T", "WO N'T", "CA N'T");
/// newsgraph's tokens keep them whole ("didn't", "won't", "can't").
fn join_contractions(words: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for w in words {
        match out.last_mut() {
            Some(prev) if w == "n't" || w == "n\u{2019}t" => prev.push_str("n't"),
            _ => out.push(w),
        }
    }
    out
}

fn compile_petrarch_pattern(
    d: &mut VerbDictionary,
    body: &str,
    code: CodeSpec,
    syn: &HashMap<String, Vec<Box<[WordId]>>>,
) -> Option<Pattern> {
    let mut toks: Vec<PTok> = Vec::new();
    let mut spec = 0u16;
    let mut star: Option<usize> = None;
    for (ci, chunk) in body.split_whitespace().enumerate() {
        if ci > 0 {
            toks.push(PTok::Gap(8));
        }
        // Split the chunk on '_' but keep '&SYN' names intact (they may contain '_' only at their ends).
        let mut parts: Vec<String> = Vec::new();
        for p in chunk.split('_') {
            if p.is_empty() {
                continue;
            }
            // `+RST` inside a chunk means the source slot followed by a word in PETRARCH's compounds; keep simple.
            parts.push(p.to_string());
        }
        for p in parts {
            match p.as_str() {
                "*" => {
                    star = Some(toks.len());
                    toks.push(PTok::Gap(0));
                }
                // TABARI/PETRARCH: `$` is the source, `+` the target ("+ * MONEY $": the
                // phrase after "money" gave it to the subject; "* EID AT ^ WITH +").
                "$" => {
                    spec += 1;
                    toks.push(PTok::Source)
                }
                "+" => {
                    spec += 1;
                    toks.push(PTok::Target)
                }
                "%" => {
                    spec += 1;
                    toks.push(PTok::Compound)
                }
                "^" => {
                    spec += 1;
                    toks.push(PTok::Phrase)
                }
                s if s.starts_with('&') => {
                    let alts = syn.get(s[1..].trim_end_matches('_')).cloned().unwrap_or_default();
                    spec += 2;
                    toks.push(PTok::Words(Alts::new(alts)));
                }
                s => {
                    let w = s.trim_matches(|c: char| c == '+' || c == '^' || c == '=');
                    if w.is_empty() || w.contains(['{', '}', '(', ')', '|', '<', '>']) {
                        continue;
                    }
                    spec += 2;
                    toks.push(PTok::Words(Alts::new(vec![vec![d.intern(w)].into_boxed_slice()])));
                }
            }
        }
    }
    let star = star?;
    let mut pre: Vec<PTok> = toks[..star].to_vec();
    let mut post: Vec<PTok> = toks[star + 1..].to_vec();
    // Gaps next to the trigger come from spaces; keep them, drop leading/trailing ones.
    while matches!(pre.first(), Some(PTok::Gap(_))) {
        pre.remove(0);
    }
    while matches!(post.last(), Some(PTok::Gap(_))) {
        post.pop();
    }
    if pre.is_empty() && post.is_empty() && spec == 0 {
        // `- * [code]` is the default.
        return Some(Pattern {
            pre,
            post,
            code,
            specificity: 0,
            text: body.trim().into(),
            masks: Box::default(),
            optimized: false,
        });
    }
    Some(Pattern { pre, post, code, specificity: spec, text: body.trim().into(), masks: Box::default(), optimized: false })
}

/// Literal pattern positions already compiled in one file: the text of the position, its
/// specificity weight and the ids of its alternatives.
type TokenCache<'t> = HashMap<&'t str, (u16, Vec<WordId>), FxBuild>;

/// `FUNCTION_WORDS.contains(&w)`, as one `match` (called for every alternative of a pattern).
fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "about"
            | "across"
            | "against"
            | "among"
            | "at"
            | "between"
            | "by"
            | "for"
            | "from"
            | "in"
            | "into"
            | "of"
            | "on"
            | "onto"
            | "over"
            | "through"
            | "to"
            | "toward"
            | "towards"
            | "upon"
            | "with"
            | "within"
    )
}

/// Sorts and deduplicates the alternatives of a literal position for [`VerbDictionary::optimize`]:
/// multi-word ones first, then by ids. Equal alternatives are equal slices, so an unstable sort
/// gives the same order as a stable one; most positions are single words already in order.
fn sort_alternatives(alts: &mut Vec<Box<[WordId]>>) {
    if alts.iter().all(|a| a.len() == 1) {
        if !alts.windows(2).all(|w| w[0][0] < w[1][0]) {
            alts.sort_unstable_by_key(|a| a[0]);
            alts.dedup();
        }
        return;
    }
    alts.sort_unstable_by(|a, b| (a.len() <= 1).cmp(&(b.len() <= 1)).then_with(|| a.cmp(b)));
    alts.dedup();
}

/// Exactly `str::split_whitespace`, faster on ASCII text (the dictionaries are ASCII, and this
/// runs over every pattern line at start-up): ASCII white space is `\t`..=`\r` and space, all
/// bytes `<= b' '`, so a word is skipped eight bytes at a time while no byte is that small.
fn split_ws(s: &str) -> SplitWs<'_> {
    if s.is_ascii() {
        SplitWs::Ascii(s, 0)
    } else {
        SplitWs::Other(s.split_whitespace())
    }
}

enum SplitWs<'a> {
    /// The text and the position reached.
    Ascii(&'a str, usize),
    Other(std::str::SplitWhitespace<'a>),
}

#[inline]
fn is_ascii_ws(b: u8) -> bool {
    b == b' ' || (b'\t'..=b'\r').contains(&b)
}

impl<'a> Iterator for SplitWs<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let (s, pos) = match self {
            SplitWs::Ascii(s, pos) => (*s, pos),
            SplitWs::Other(it) => return it.next(),
        };
        let b = s.as_bytes();
        let mut i = *pos;
        while i < b.len() && is_ascii_ws(b[i]) {
            i += 1;
        }
        let start = i;
        // Eight bytes (all ASCII) at a time to the first byte `<= b' '` (the "has less than" bit
        // trick: the lowest flagged byte is exact), then byte by byte (to the end of the line, or
        // past a control character that is not white space).
        while let Some(chunk) = b.get(i..i + 8) {
            let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            let small = x.wrapping_sub(0x2121_2121_2121_2121) & !x & 0x8080_8080_8080_8080;
            if small != 0 {
                i += (small.trailing_zeros() / 8) as usize;
                break;
            }
            i += 8;
        }
        while i < b.len() && !is_ascii_ws(b[i]) {
            i += 1;
        }
        *pos = i;
        (start < i).then(|| s.get(start..i)).flatten()
    }
}

/// Drops a `#` comment: a `#` at the start of the line or after white space (`[###]` is a code).
fn strip_comment(s: &str) -> &str {
    let b = s.as_bytes();
    // `memchr` skips to the next `#` (most lines have none).
    for i in memchr::memchr_iter(b'#', b) {
        if i == 0 || b[i - 1].is_ascii_whitespace() {
            return &s[..i];
        }
    }
    s
}

/// Exactly `str::lines`, finding the line ends with `memchr` (faster on a megabyte of
/// dictionary text): split at `\n`, drop a `\r` before it, no empty line after a final `\n`.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    let mut ends = memchr::memchr_iter(b'\n', text.as_bytes());
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let Some(end) = ends.next() else {
            let line = &text[start..];
            start = text.len();
            return Some(line);
        };
        let line = &text[start..end];
        start = end + 1;
        Some(line.strip_suffix('\r').unwrap_or(line))
    })
}

fn bracket_code(s: &str) -> Option<String> {
    let a = s.find('[')?;
    let b = s[a..].find(']')? + a;
    Some(s[a + 1..b].trim().to_string())
}

fn parse_code(c: &str) -> Option<CodeSpec> {
    let c = c.trim();
    if c.is_empty() {
        return None;
    }
    if c == "---" {
        return Some(CodeSpec::NoEvent);
    }
    if let Some((a, b)) = c.split_once(':') {
        return Some(CodeSpec::Pair(a.trim().into(), b.trim().into()));
    }
    if c.chars().any(char::is_whitespace) {
        return None;
    }
    // Codes that are not CAMEO-like (PETRARCH's test markers `+++`, `###`, `abc`) code nothing.
    if !c.as_bytes()[0].is_ascii_digit() {
        return Some(CodeSpec::NoEvent);
    }
    Some(CodeSpec::Code(c.into()))
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// English plural of a noun (regular rules).
pub fn plural(w: &str) -> String {
    let b = w.as_bytes();
    if w.ends_with('s') || w.ends_with('x') || w.ends_with('z') || w.ends_with("ch") || w.ends_with("sh") {
        format!("{w}es")
    } else if b.len() > 1 && w.ends_with('y') && !is_vowel(b[b.len() - 2]) {
        format!("{}ies", &w[..w.len() - 1])
    } else {
        format!("{w}s")
    }
}

/// Regular inflections of a single word (the word itself included).
pub fn word_inflections(w: &str, pos: Pos) -> Vec<String> {
    let mut out = vec![w.to_string()];
    if !w.is_ascii() || w.len() < 2 {
        return out;
    }
    let b = w.as_bytes();
    let n = b.len();
    out.push(plural(w));
    if pos == Pos::Noun {
        return out;
    }
    let last = b[n - 1];
    if last == b'e' {
        out.push(format!("{w}d"));
        out.push(format!("{}ing", &w[..n - 1]));
    } else if last == b'y' && !is_vowel(b[n - 2]) {
        out.push(format!("{}ied", &w[..n - 1]));
        out.push(format!("{w}ing"));
    } else {
        out.push(format!("{w}ed"));
        out.push(format!("{w}ing"));
        // Consonant doubling (ban → banned, commit → committed).
        if n >= 3 && !is_vowel(last) && is_vowel(b[n - 2]) && !is_vowel(b[n - 3]) && !matches!(last, b'w' | b'x' | b'y') {
            out.push(format!("{w}{}ed", last as char));
            out.push(format!("{w}{}ing", last as char));
        }
    }
    out
}

/// Inflected forms of a (possibly multiword) lemma: verbs inflect the first word, nouns the last.
fn inflections(words: &[String], pos: Pos) -> Vec<Vec<String>> {
    if words.is_empty() {
        return Vec::new();
    }
    let i = if pos == Pos::Verb { 0 } else { words.len() - 1 };
    word_inflections(&words[i], pos)
        .into_iter()
        .map(|w| {
            let mut f = words.to_vec();
            f[i] = w;
            f
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newsgraph_format() {
        let mut d = VerbDictionary::new();
        d.add_newsgraph(
            "# comment\nVERB impose | imposes imposed imposing\n  172  *\n  163  * sanctions on $\n  ---  * curfew ... on\nNOUN sanctions | sanction\n  163  impose|imposed * on $\nVERB pull out | pulls out pulled out\n  166  *\n",
        )
        .unwrap();
        assert_eq!(d.len(), 3);
        assert_eq!(d.entries[0].default, Some(CodeSpec::Code("172".into())));
        assert_eq!(d.entries[0].patterns().len(), 2);
        assert_eq!(d.entries[0].patterns()[1].code, CodeSpec::NoEvent);
        let pulled = d.word("pulled");
        assert!(d.forms[&pulled].iter().any(|f| f.rest.len() == 1 && f.entry == 2));
        assert!(d.add_newsgraph("  163 *\n").is_err());
        assert!(d.add_newsgraph("VERB x\n  1a2b3 * $ x\n").is_ok());
        assert!(d.add_newsgraph("ADJ x\n").is_err());
    }

    #[test]
    fn petrarch_format() {
        let mut d = VerbDictionary::new();
        d.add_petrarch(
            "<!-- header -->\n&TIES\n+DIPLOMATIC RELATIONS\n+TIES\n\n--- RESTORE [064] ---\nRESTORE # x\n- * &TIES [064]\n- * FULL_&TIES  [0641]\n\n--- LEAVE [032:033] ---\nLEAVE {LEFT LEAVING}\n- NOT * [---]\n\n--- WIRE [1711] ---\nWIRE_+TAP {WIRE_+TAPPED}\n",
        )
        .unwrap();
        assert_eq!(d.len(), 3);
        assert_eq!(d.entries[1].default, Some(CodeSpec::Pair("032".into(), "033".into())));
        assert!(d.forms.contains_key(&d.word("left")));
        assert!(d.forms.contains_key(&d.word("restored")));
        assert!(d.forms[&d.word("wire")].iter().any(|f| f.rest.len() == 1));
        let p = &d.entries[0].patterns()[0];
        match &p.post[1] {
            PTok::Words(alts) => assert_eq!(alts.len(), 4),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn masks_come_rarest_position_first() {
        // "to" and "over" are the words of three literal positions each, "aid" and "ceasefire"
        // of one: a pattern's masks start with its rarest position, whatever its place in the
        // pattern; equal counts keep the positions' order; a pattern without literal words has
        // no mask. Without the dictionary's counts (`optimize_pattern`) the order is the
        // positions' own.
        let mut d = VerbDictionary::new();
        d.add_newsgraph(
            "VERB give | gives gave given giving\n  070 * to $ over aid\n  071 * to $\n  072 $ over * to\n  073 * over ceasefire\n  074 * $\n",
        )
        .unwrap();
        d.optimize();
        let mask = |w: &str| {
            let (i, bit) = word_bit(d.word(w));
            let mut m = [0u64; 4];
            m[i] |= bit;
            m
        };
        let got = |k: usize| d.entries[0].patterns()[k].masks.to_vec();
        assert_eq!(got(0), vec![mask("aid"), mask("to"), mask("over")]);
        assert_eq!(got(1), vec![mask("to")]);
        assert_eq!(got(2), vec![mask("over"), mask("to")]);
        assert_eq!(got(3), vec![mask("ceasefire"), mask("over")]);
        assert!(got(4).is_empty());
        let mut p = d.entries[0].patterns()[0].clone();
        optimize_pattern(&mut p);
        assert_eq!(p.masks.to_vec(), vec![mask("to"), mask("over"), mask("aid")]);
    }

    #[test]
    fn function_word_match_is_the_list() {
        for w in FUNCTION_WORDS {
            assert!(is_function_word(w), "{w}");
        }
        for w in ["", "a", "the", "At", "onto ", "withinx", "towar"] {
            assert_eq!(is_function_word(w), FUNCTION_WORDS.contains(&w), "{w:?}");
        }
    }

    #[test]
    fn split_ws_is_split_whitespace() {
        for s in ["", " ", "a", " a  b\t\tc \n", "x\u{a0}y\u{3000}z", "\u{b}v\u{c}w\rq", "é è\u{2028}ü", "a\u{1c}b", "  *  "] {
            assert_eq!(split_ws(s).collect::<Vec<_>>(), s.split_whitespace().collect::<Vec<_>>(), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn split_ws_matches_std(s in "[ a-c\t\n\u{b}\u{c}\r\u{85}\u{a0}\u{2000}\u{3000}é]{0,24}") {
            proptest::prop_assert_eq!(split_ws(&s).collect::<Vec<_>>(), s.split_whitespace().collect::<Vec<_>>());
        }
    }

    proptest::proptest! {
        #[test]
        fn strip_comment_matches_bytewise(s in "[ a#\t\u{b}é]{0,16}") {
            let b = s.as_bytes();
            let want = (0..b.len()).find(|&i| b[i] == b'#' && (i == 0 || b[i - 1].is_ascii_whitespace())).map_or(&s[..], |i| &s[..i]);
            proptest::prop_assert_eq!(strip_comment(&s), want);
        }

        #[test]
        fn lines_match_std(s in "[a\r\n]{0,12}") {
            proptest::prop_assert_eq!(lines(&s).collect::<Vec<_>>(), s.lines().collect::<Vec<_>>());
        }

        #[test]
        fn split_ws_matches_std_ascii(s in "[ a-c\t\n\u{b}\u{c}\r\u{1}\u{1f}!~]{0,40}") {
            proptest::prop_assert_eq!(split_ws(&s).collect::<Vec<_>>(), s.split_whitespace().collect::<Vec<_>>());
        }
    }

    #[test]
    fn inflection() {
        assert!(word_inflections("ban", Pos::Verb).contains(&"banned".to_string()));
        assert!(word_inflections("impose", Pos::Verb).contains(&"imposing".to_string()));
        assert!(word_inflections("deny", Pos::Verb).contains(&"denied".to_string()));
        assert_eq!(plural("crisis"), "crisises");
    }
}
