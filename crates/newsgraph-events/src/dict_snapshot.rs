//! A compact binary form of a [`VerbDictionary`], so that the built-in dictionary is compiled
//! once, by `build.rs` (with this same code), rather than at every start-up: reading it back
//! only allocates what the dictionary holds, without parsing text or interning words.
//!
//! Little-endian `u32`s; strings as a length and UTF-8 bytes. [`VerbDictionary::decode`]
//! checks every length, tag and id and gives `None` for anything malformed. A pattern that
//! [`VerbDictionary::optimize`] has prepared is stored with its masks (as `u64`s) and read back
//! as prepared, so that `optimize` skips it at start-up; build.rs optimizes before encoding.
//!
//! An entry's patterns are one section, after its byte length (and whether the entry may give
//! a protest code, [`Entry::may_protest`]): [`VerbDictionary::decode_lazy`], which start-up
//! uses on the built-in snapshot, skips the sections and leaves each to be decoded when its
//! entry is first matched ([`decode_patterns`]).
//!
//! A section ends with its patterns' blocks ([`super::PatternIndex`], made by
//! [`super::pattern_blocks`] from the patterns' first masks): per block of 64 patterns, the
//! patterns without a first mask and the union of the first masks (five `u64`s); then the
//! blocks' sets, block by block, one `u64` set of patterns per bit of the union in bit order.

use super::{Alts, CodeSpec, Entry, Form, PTok, Pattern, PatternBlock, Pos, VerbDictionary, WordId, UNKNOWN};

const MAGIC: u32 = 0x4e47_5635;

#[allow(dead_code)] // build.rs and the tests
struct Writer(Vec<u8>);

#[allow(dead_code)]
impl Writer {
    fn u32(&mut self, x: usize) {
        self.0.extend_from_slice(&(x as u32).to_le_bytes());
    }
    fn str(&mut self, s: &str) {
        self.u32(s.len());
        self.0.extend_from_slice(s.as_bytes());
    }
    fn ids(&mut self, ids: &[WordId]) {
        self.u32(ids.len());
        ids.iter().for_each(|&i| self.u32(i as usize));
    }
    fn code(&mut self, c: Option<&CodeSpec>) {
        match c {
            None => self.0.push(0),
            Some(CodeSpec::NoEvent) => self.0.push(1),
            Some(CodeSpec::Code(a)) => {
                self.0.push(2);
                self.str(a);
            }
            Some(CodeSpec::Pair(a, b)) => {
                self.0.push(3);
                self.str(a);
                self.str(b);
            }
        }
    }
    fn toks(&mut self, toks: &[PTok]) {
        self.u32(toks.len());
        for t in toks {
            match t {
                PTok::Words(alts) => {
                    self.0.push(0);
                    self.u32(alts.multi().len());
                    alts.multi().iter().for_each(|a| self.ids(a));
                    self.ids(alts.singles());
                }
                PTok::Gap(n) => self.0.extend_from_slice(&[1, *n]),
                PTok::Source => self.0.push(2),
                PTok::Target => self.0.push(3),
                PTok::Compound => self.0.push(4),
                PTok::Phrase => self.0.push(5),
            }
        }
    }
}

struct Reader<'a> {
    b: &'a [u8],
    /// Number of words: every id read must be below it.
    words: usize,
}

impl<'a> Reader<'a> {
    fn bytes(&mut self, n: usize) -> Option<&'a [u8]> {
        let (h, t) = (self.b.get(..n)?, self.b.get(n..)?);
        self.b = t;
        Some(h)
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.bytes(1)?[0])
    }
    fn u32(&mut self) -> Option<usize> {
        let b = self.bytes(4)?;
        Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    }
    /// A count, checked against what is left (every item takes at least a byte).
    fn len(&mut self) -> Option<usize> {
        let n = self.u32()?;
        (n <= self.b.len()).then_some(n)
    }
    fn u64(&mut self) -> Option<u64> {
        let b = self.bytes(8)?;
        Some(u64::from_le_bytes(b.try_into().ok()?))
    }
    /// A pattern's prepared flag and masks (see the module docs).
    fn masks(&mut self) -> Option<(bool, Box<[[u64; 4]]>)> {
        Some(match self.u8()? {
            0 => (false, Box::default()),
            1 => {
                let n = self.len()?;
                let mut v = Vec::with_capacity(n);
                for _ in 0..n {
                    v.push([self.u64()?, self.u64()?, self.u64()?, self.u64()?]);
                }
                (true, v.into_boxed_slice())
            }
            _ => return None,
        })
    }
    /// The blocks of a section of `n` patterns (see the module docs), with each block's
    /// [`PatternBlock::base`] worked out, and their sets as they are stored (little-endian
    /// `u64`s, read where they are: [`super::PatternIndex`]'s `sets`). (Bits of patterns past
    /// `n`, which a well-formed section has not, are kept: the pattern loop finds no pattern
    /// there.)
    fn blocks(&mut self, n: usize) -> Option<(Vec<PatternBlock>, &'a [u8])> {
        let count = n.div_ceil(64);
        let mut blocks = Vec::with_capacity(count);
        let mut sets = 0usize;
        for _ in 0..count {
            let always = self.u64()?;
            let union = [self.u64()?, self.u64()?, self.u64()?, self.u64()?];
            let mut base = [0u32; 4];
            for (b, m) in base.iter_mut().zip(&union) {
                *b = u32::try_from(sets).ok()?;
                sets += m.count_ones() as usize;
            }
            blocks.push(PatternBlock { always, union, base });
        }
        Some((blocks, self.bytes(sets.checked_mul(8)?)?))
    }
    fn str(&mut self) -> Option<&'a str> {
        let n = self.u32()?;
        std::str::from_utf8(self.bytes(n)?).ok()
    }
    fn id(&mut self) -> Option<WordId> {
        let i = self.u32()?;
        (i < self.words).then_some(i as WordId)
    }
    fn ids(&mut self) -> Option<Box<[WordId]>> {
        // Sized exactly (collecting into an `Option` would grow, then shrink, the allocation).
        // All the ids' bytes at once, then one bound check per id.
        let n = self.len()?;
        let b = self.bytes(n.checked_mul(4)?)?;
        let mut v = Vec::with_capacity(n);
        for c in b.chunks_exact(4) {
            let i = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
            if i as usize >= self.words {
                return None;
            }
            v.push(i as WordId);
        }
        Some(v.into_boxed_slice())
    }
    /// [`Self::ids`] of single-word alternatives, which may also be [`UNKNOWN`] (an empty
    /// alternative).
    fn singles(&mut self) -> Option<Box<[WordId]>> {
        let n = self.len()?;
        let b = self.bytes(n.checked_mul(4)?)?;
        let mut v = Vec::with_capacity(n);
        for c in b.chunks_exact(4) {
            let i = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
            if i as usize >= self.words && i != UNKNOWN {
                return None;
            }
            v.push(i as WordId);
        }
        Some(v.into_boxed_slice())
    }
    fn code(&mut self) -> Option<Option<CodeSpec>> {
        Some(match self.u8()? {
            0 => None,
            1 => Some(CodeSpec::NoEvent),
            2 => Some(CodeSpec::Code(self.str()?.into())),
            3 => Some(CodeSpec::Pair(self.str()?.into(), self.str()?.into())),
            _ => return None,
        })
    }
    fn toks(&mut self) -> Option<Vec<PTok>> {
        let n = self.len()?;
        // Sized exactly (the gaps the compiler adds next to the trigger are already stored, and
        // nothing is added after decoding), so an empty side allocates nothing.
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(match self.u8()? {
                0 => {
                    // The multi-word alternatives (mostly none: no allocation), then the
                    // single words in one array, as `Alts::new` sorted them.
                    let n = self.len()?;
                    let mut multi = Vec::with_capacity(n);
                    for _ in 0..n {
                        let a = self.ids()?;
                        if a.len() < 2 {
                            return None;
                        }
                        multi.push(a);
                    }
                    PTok::Words(Alts::from_parts(multi.into_boxed_slice(), self.singles()?))
                }
                1 => PTok::Gap(self.u8()?),
                2 => PTok::Source,
                3 => PTok::Target,
                4 => PTok::Compound,
                5 => PTok::Phrase,
                _ => return None,
            });
        }
        Some(v)
    }
}

impl VerbDictionary {
    /// The dictionary in compact form (see the module docs).
    #[allow(dead_code)] // build.rs and the tests
    pub(crate) fn encode(&self) -> Vec<u8> {
        let mut w = Writer(Vec::new());
        w.u32(MAGIC as usize);
        let mut words: Vec<(String, WordId)> = self.words.iter().collect();
        words.sort_unstable_by_key(|&(_, id)| id);
        w.u32(words.len());
        words.iter().for_each(|(k, _)| w.str(k));
        w.u32(self.entries.len());
        for e in &self.entries {
            w.str(&e.lemma);
            w.0.push(match e.pos {
                Pos::Verb => 0,
                Pos::Noun => 1,
            });
            w.code(e.default.as_ref());
            w.0.push(u8::from(e.may_protest()));
            let mut section = Writer(Vec::new());
            section.u32(e.patterns().len());
            for p in e.patterns() {
                // The body after its byte length, so that a reader can step over it.
                let mut body = Writer(Vec::new());
                body.toks(&p.pre);
                body.toks(&p.post);
                body.code(Some(&p.code));
                body.u32(usize::from(p.specificity));
                body.str(&p.text);
                section.u32(body.0.len());
                section.0.extend_from_slice(&body.0);
                if p.optimized {
                    section.0.push(1);
                    section.u32(p.masks.len());
                    p.masks.iter().flatten().for_each(|m| section.0.extend_from_slice(&m.to_le_bytes()));
                } else {
                    section.0.push(0);
                }
            }
            let firsts: Vec<Option<[u64; 4]>> =
                e.patterns().iter().map(|p| p.masks.first().copied().filter(|_| p.optimized)).collect();
            let (blocks, sets) = super::pattern_blocks(&firsts);
            for b in &blocks {
                section.0.extend_from_slice(&b.always.to_le_bytes());
                b.union.iter().for_each(|m| section.0.extend_from_slice(&m.to_le_bytes()));
            }
            sets.iter().for_each(|s| section.0.extend_from_slice(&s.to_le_bytes()));
            w.u32(section.0.len());
            w.0.extend_from_slice(&section.0);
        }
        // Forms by first word, in word order (only looked up by key).
        let mut firsts: Vec<WordId> = self.forms.keys().copied().collect();
        firsts.sort_unstable();
        w.u32(firsts.len());
        for first in firsts {
            let list = &self.forms[&first];
            w.u32(first as usize);
            w.u32(list.len());
            for f in list {
                w.u32(f.entry as usize);
                w.ids(&f.rest);
            }
        }
        w.0
    }

    /// Reads what [`VerbDictionary::encode`] wrote; `None` when anything is off.
    #[allow(dead_code)] // the tests
    pub(crate) fn decode(b: &[u8]) -> Option<VerbDictionary> {
        Self::decode_in(b, None)
    }

    /// [`VerbDictionary::decode`], leaving every entry's patterns encoded in `b` until they
    /// are first used (see the module docs): only the words, the entries' heads and the forms
    /// are read now. The sections are checked when they are decoded; an entry whose section
    /// does not decode has no patterns (the built-in snapshot decodes whole: a test decodes it
    /// with [`VerbDictionary::decode`], which checks every section).
    pub(crate) fn decode_lazy(b: &'static [u8]) -> Option<VerbDictionary> {
        Self::decode_in(b, Some(b))
    }

    /// [`VerbDictionary::decode`]; `lazy` is `b` itself when the pattern sections are kept
    /// encoded.
    fn decode_in(b: &[u8], lazy: Option<&'static [u8]>) -> Option<VerbDictionary> {
        let mut r = Reader { b, words: 0 };
        if r.u32()? != MAGIC as usize {
            return None;
        }
        let mut d = VerbDictionary::new();
        let n_words = r.len()?;
        d.words.reserve(n_words);
        for id in 0..n_words {
            if !d.words.insert(r.str()?, id as WordId) {
                return None;
            }
        }
        r.words = n_words;
        let n_entries = r.len()?;
        d.entries.reserve(n_entries);
        for _ in 0..n_entries {
            let lemma = r.str()?.into();
            let pos = match r.u8()? {
                0 => Pos::Verb,
                1 => Pos::Noun,
                _ => return None,
            };
            let default = r.code()?;
            let protest = match r.u8()? {
                0 => false,
                1 => true,
                _ => return None,
            };
            let n = r.len()?;
            let start = b.len() - r.b.len();
            let section = r.bytes(n)?;
            d.entries.push(match lazy {
                Some(all) => {
                    Entry::encoded(lemma, pos, default, all.get(start..start + n)?, u32::try_from(n_words).ok()?, protest)
                }
                None => Entry::new(lemma, pos, default, decode_patterns(section, n_words)?),
            });
        }
        let n_firsts = r.len()?;
        d.forms.reserve(n_firsts);
        for _ in 0..n_firsts {
            let first = r.id()?;
            let n = r.len()?;
            let mut list = Vec::with_capacity(n);
            for _ in 0..n {
                let entry = r.u32()?;
                if entry >= n_entries {
                    return None;
                }
                list.push(Form { rest: r.ids()?, entry: entry as u32 });
            }
            if d.forms.insert(first, list).is_some() {
                return None;
            }
        }
        r.b.is_empty().then_some(d)
    }
}

/// The patterns of one entry's section of the snapshot (see the module docs), of a snapshot of
/// `words` words; `None` when anything is off.
pub(super) fn decode_patterns(b: &[u8], words: usize) -> Option<Vec<Pattern>> {
    let mut r = Reader { b, words };
    let n = r.len()?;
    let mut patterns = Vec::with_capacity(n);
    for _ in 0..n {
        let len = r.u32()?;
        let body = r.bytes(len)?;
        let (optimized, masks) = r.masks()?;
        patterns.push(decode_body(body, words, optimized, masks)?);
    }
    // (The blocks serve only the engine's pattern loop over an encoded entry: checked, not kept.)
    r.blocks(n)?;
    r.b.is_empty().then_some(patterns)
}

/// One pattern of a section: its body (`b`: the tokens, code, specificity and text, as
/// [`VerbDictionary::encode`] wrote them) and its masks, read before.
pub(super) fn decode_body(b: &[u8], words: usize, optimized: bool, masks: Box<[[u64; 4]]>) -> Option<Pattern> {
    let mut r = Reader { b, words };
    let (pre, post) = (r.toks()?, r.toks()?);
    let code = r.code()??;
    let specificity = u16::try_from(r.u32()?).ok()?;
    let text = r.str()?.into();
    r.b.is_empty().then_some(Pattern { pre, post, code, specificity, text, masks, optimized })
}

/// What [`index_patterns`] reads of a section.
pub(super) struct Indexed {
    /// Each pattern's body, a byte range of the section.
    pub(super) bodies: Vec<(u32, u32)>,
    /// Each pattern's masks, a byte range of the section (32 bytes a mask: four little-endian
    /// `u64`s); `None` for a pattern stored without them.
    pub(super) ranges: Vec<Option<(u32, u32)>>,
    /// The patterns' blocks (see the module docs).
    pub(super) blocks: Vec<PatternBlock>,
    /// Their sets: a byte range of the section.
    pub(super) sets: (u32, u32),
}

/// A section's patterns with their bodies left encoded (see [`super::PatternIndex`]): each
/// pattern's body and its masks as byte ranges of `b` (read where they are: nothing is copied)
/// and the blocks; `None` when anything is off.
pub(super) fn index_patterns(b: &[u8], words: usize) -> Option<Indexed> {
    let mut r = Reader { b, words };
    let n = r.len()?;
    let (mut bodies, mut ranges) = (Vec::with_capacity(n), Vec::with_capacity(n));
    for _ in 0..n {
        let len = r.u32()?;
        let start = b.len() - r.b.len();
        r.bytes(len)?;
        bodies.push((u32::try_from(start).ok()?, u32::try_from(start + len).ok()?));
        ranges.push(match r.u8()? {
            0 => None,
            1 => {
                let m = r.len()?;
                let from = b.len() - r.b.len();
                r.bytes(m.checked_mul(32)?)?;
                Some((u32::try_from(from).ok()?, u32::try_from(b.len() - r.b.len()).ok()?))
            }
            _ => return None,
        });
    }
    let (blocks, sets) = r.blocks(n)?;
    let end = b.len() - r.b.len();
    let sets = (u32::try_from(end - sets.len()).ok()?, u32::try_from(end).ok()?);
    r.b.is_empty().then_some(Indexed { bodies, ranges, blocks, sets })
}
