//! # newsgraph-actors
//!
//! The actors stage: finds every actor in an article and fills `actors` in the record:
//! countries (names, demonyms, capitals standing for governments), regions, IGOs,
//! armed groups, companies and media, people (from dictionaries, with codes that
//! depend on the article's date, or found from cues), and generic agents composed with
//! the actor they belong to ("Chinese Foreign Minister" → `CHNGOV`, "Russian troops"
//! → `RUSMIL`), with in-article coreference ("Stano", "the spokesman", "he").
//!
//! ```
//! use newsgraph_actors::{ActorStage, Format, Options, Source};
//! use newsgraph_core::{segment, Article};
//! let countries = "CHN\tChina\tPRC\tChinese\tBeijing\n";
//! let agents = "foreign minister\tGOV\t\n";
//! let stage = ActorStage::from_sources(
//!     &[
//!         Source { name: "countries.tsv", text: countries, format: Format::Countries },
//!         Source { name: "agents.tsv", text: agents, format: Format::Agents },
//!     ],
//!     Options::default(),
//! )
//! .unwrap();
//! let doc = segment::segment(Article::from_body("Chinese Foreign Minister Wang Yi said Beijing would respond.".into()));
//! let actors = stage.actors(&doc);
//! assert_eq!(actors[0].name.as_deref(), Some("Wang Yi"));
//! assert_eq!(actors[0].code.as_deref(), Some("CHNGOV"));
//! assert_eq!(actors[1].code.as_deref(), Some("CHNGOV")); // Beijing, as the government
//! ```
//!
//! ## Dictionaries
//!
//! Built-in dictionaries are TSV files under `data/actors/` embedded at build time;
//! users add PETRARCH-format files (`newsgraph analyze --actors FILE --agents FILE`),
//! which take precedence over built-in names. `docs/dictionaries.md` documents the formats.
//!
//! ## Matching
//!
//! All names and agent terms are compiled once into one Aho–Corasick automaton (a DFA)
//! over normalised token text: whole tokens only, leftmost-longest, case checked
//! against the original text. Names in no dictionary are still found: people from cues
//! (titles, verbs of saying, appositions, given names), organisations and places from
//! their head words ("Irving Police Department") — see [`How`].
//!
//! ## PETRARCH
//!
//! `ActorStage::load(false, &[actors], &[agents])` codes with PETRARCH dictionaries only;
//! add `.with_options(Options { petrarch_compat: true })` for PETRARCH's conventions
//! (`---GOV` for an agent with no actor, "lawmakers in Fornost" → `FORLEG`). Codes written
//! `A/B/C` in a PETRARCH file (`[FRO/BIL/SAM]`) are kept as written: split them on `/`.
#![deny(missing_docs)]

pub mod check;
mod codes;
mod cues;
pub mod dict;
pub mod eval;
mod matcher;
pub mod petrarch;
mod resolve;
mod snapshot;

pub use dict::{Dictionary, Format, Problem, Source};

/// The randomised tests' deterministic generator (a 64-bit LCG): `next(n)` is in `0..n`.
#[cfg(test)]
pub(crate) fn test_rng(mut seed: u64) -> impl FnMut(usize) -> usize {
    move |n| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 33) as usize % n
    }
}
pub use resolve::{How, Mention};

use newsgraph_core::model::{ActorKind, ActorMention, Document, Record};
use newsgraph_core::Stage;
use std::path::{Path, PathBuf};

/// Errors loading actor dictionaries.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A dictionary line could not be parsed.
    #[error("{}:{line}: {reason}", path.display())]
    Dictionary {
        /// File.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// Why.
        reason: String,
    },
    /// A dictionary file could not be read.
    #[error("{}: {source}", path.display())]
    Io {
        /// File.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
}

/// Behaviour switches.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// PETRARCH compatibility: "in" joins an agent to an actor ("lawmakers in Fornost"
    /// → `FORLEG`) and an agent with no actor is coded `---` + agent (`---GOV`) instead of
    /// the bare agent code (`GOV`).
    pub petrarch_compat: bool,
}

/// The actors stage: dictionaries loaded and automata compiled once, shared by all threads.
pub struct ActorStage {
    dict: Dictionary,
    matcher: matcher::Matcher,
    options: Options,
    /// Codes of countries and regions (what may start a domestic code).
    countries: codes::CodeSet,
}

/// Built-in files embedded at build time (empty when a file did not exist then).
mod embedded {
    include!(concat!(env!("OUT_DIR"), "/builtin.rs"));
}

/// The built-in dictionary files, embedded in the binary.
pub fn builtin_sources() -> Vec<Source<'static>> {
    dict::builtin_sources_of(embedded::TEXTS)
}

/// The snapshot of the built-in dictionaries that build.rs wrote (empty when it could not
/// make one).
const BUILTIN_SNAPSHOT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin_actors.bin"));

/// The built-in dictionaries and their matcher, from [`BUILTIN_SNAPSHOT`] (`None`: there is
/// none, or it does not read).
fn builtin_snapshot() -> Option<(Dictionary, matcher::Matcher)> {
    snapshot::decode(BUILTIN_SNAPSHOT)
}

/// Reads a dictionary file with the format its name or the flag it came from implies.
fn read_file(path: &Path, default: Format) -> Result<(String, Format), Error> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let format = match Format::from_file_name(name) {
        Some(Format::PetrarchActors | Format::PetrarchAgents) | None => default,
        Some(f) => f,
    };
    Ok((text, format))
}

impl ActorStage {
    /// Loads the built-in dictionaries (unless `builtin` is false) plus actor and agent
    /// files given by the user. Actor files are PETRARCH `.actors` files unless named like a
    /// built-in TSV file (`countries.tsv`, `people.tsv`, …); agent files are PETRARCH
    /// `.agents` files unless named `agents.tsv`. User TSV files are read strictly (a
    /// malformed line is an error naming file and line); lines of PETRARCH files and of
    /// built-in files that cannot be read are skipped, as PETRARCH does, and listed by
    /// [`ActorStage::problems`] and `newsgraph dict check`.
    pub fn load(builtin: bool, actor_files: &[PathBuf], agent_files: &[PathBuf]) -> Result<Self, Error> {
        // The built-in dictionaries and their matcher as build.rs compiled them (see
        // `snapshot.rs`); from the TSV files when there is no snapshot.
        let (mut dict, mut matcher) = match builtin.then(builtin_snapshot).flatten() {
            Some((d, m)) => (d, Some(m)),
            None if builtin => (Dictionary::load(&builtin_sources(), false)?, None),
            None => (Dictionary::default(), None),
        };
        for (files, format) in [(actor_files, Format::PetrarchActors), (agent_files, Format::PetrarchAgents)] {
            for f in files {
                let (text, fmt) = read_file(f, format)?;
                let name = f.display().to_string();
                // PETRARCH skips (and logs) lines it cannot read, and real dictionaries have
                // some; so do we. newsgraph's own TSV files are read strictly.
                let strict = !matches!(fmt, Format::PetrarchActors | Format::PetrarchAgents);
                dict.add(&Source { name: &name, text: &text, format: fmt }, strict)?;
                // The user's names change the matcher: compile it again.
                matcher = None;
            }
        }
        Ok(match matcher {
            Some(m) => {
                // The resolver's word lists (compiling the matcher reads them first).
                cues::cues();
                Self::with_matcher(dict, m, Options::default())
            }
            None => Self::with_dictionary(dict, Options::default()),
        })
    }

    /// Builds a stage from in-memory sources, read strictly.
    pub fn from_sources(sources: &[Source<'_>], options: Options) -> Result<Self, Error> {
        Ok(Self::with_dictionary(Dictionary::load(sources, true)?, options))
    }

    /// Builds a stage from a loaded dictionary.
    pub fn with_dictionary(dict: Dictionary, options: Options) -> Self {
        let matcher = matcher::Matcher::new(&dict);
        Self::with_matcher(dict, matcher, options)
    }

    /// Builds a stage from a loaded dictionary and the matcher compiled from it.
    fn with_matcher(dict: Dictionary, matcher: matcher::Matcher, options: Options) -> Self {
        let countries = dict
            .entries
            .iter()
            .filter(|e| matches!(e.kind, dict::EntryKind::Country | dict::EntryKind::Region))
            .filter_map(|e| e.codes.default.as_deref())
            .filter_map(|c| c.as_bytes().get(..3).map(|b| [b[0], b[1], b[2]]))
            .filter(|b| b.iter().all(u8::is_ascii_uppercase))
            .collect();
        ActorStage { dict, matcher, options, countries }
    }

    /// The same stage with other options.
    pub fn with_options(mut self, options: Options) -> Self {
        self.options = options;
        self
    }

    /// The loaded dictionary.
    pub fn dictionary(&self) -> &Dictionary {
        &self.dict
    }

    /// Malformed lines that were skipped (built-in and PETRARCH files), with file and line.
    pub fn problems(&self) -> &[Problem] {
        &self.dict.problems
    }

    /// Every mention in a segmented document, with how each was found.
    pub fn mentions(&self, doc: &Document) -> Vec<Mention> {
        let norm = self.matcher.normalise(doc.body(), &doc.tokens);
        let sentences = resolve::sentence_ranges(doc);
        let out = resolve::Resolver::new(&self.dict, &self.matcher, &self.options, doc, &norm, &self.countries).run(&sentences);
        norm.recycle();
        out
    }

    /// Dictionary matching alone (normalise, run both automata, check case): the number
    /// of name and agent hits. For benchmarks.
    #[doc(hidden)]
    pub fn dictionary_hits(&self, doc: &Document) -> usize {
        let norm = self.matcher.normalise(doc.body(), &doc.tokens);
        let mut hits = Vec::new();
        self.matcher.find(&norm, &mut hits);
        norm.recycle();
        hits.len()
    }

    /// The output mentions (`actors` in the record); `refers_to` indexes this list.
    pub fn actors(&self, doc: &Document) -> Vec<ActorMention> {
        let mut out = Vec::new();
        self.to_output(doc, self.mentions(doc), &mut out);
        out
    }

    /// Appends the output mentions of `ms` to `out` (their references index `out`).
    fn to_output(&self, doc: &Document, ms: Vec<Mention>, out: &mut Vec<ActorMention>) {
        let offset = out.len();
        let body = doc.body();
        let toks = &doc.tokens;
        let conv = codes::conventions();
        let canonical = !self.options.petrarch_compat;
        // Unknown places are not actors: drop them, and renumber references.
        let dropped = |m: &Mention| m.how == How::Unknown && m.kind == ActorKind::Region;
        let mut new_index = Vec::with_capacity(ms.len());
        let mut n = 0;
        for m in &ms {
            new_index.push(n);
            n += usize::from(!dropped(m));
        }
        // Straight into the record's list, with room for all: one plain loop (session 18).
        out.reserve(n);
        for m in ms {
            if dropped(&m) || m.t0 >= m.t1 || m.t1 > toks.len() {
                continue;
            }
            let (start, end) = (toks[m.t0].start, toks[m.t1 - 1].end);
            let (code, full_code) = match m.code {
                Some(c) if canonical && !conv.is_canonical(&c, &self.countries) => {
                    let short = conv.canonical(&c, &self.countries);
                    let full = (short != c && !c.is_empty()).then_some(c);
                    (Some(short), full)
                }
                c => (c, None),
            };
            out.push(ActorMention {
                text: body.get(start..end).unwrap_or("").to_string(),
                start,
                end,
                code: code.filter(|c| !c.is_empty()),
                full_code,
                kind: m.kind,
                name: m.name,
                role: m.role,
                affiliation: m.affiliation,
                refers_to: m.refers_to.map(|r| new_index[r] + offset),
            });
        }
    }
}

impl Stage for ActorStage {
    fn name(&self) -> &'static str {
        "actors"
    }
    fn run(&self, doc: &Document, record: &mut Record) {
        let ms = self.mentions(doc);
        self.to_output(doc, ms, &mut record.actors);
    }
}
