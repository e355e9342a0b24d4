//! The small dictionary the actors tests share: two countries and two agents, built-in
//! given names and cues.

use newsgraph_actors::{ActorStage, Format, Options, Source};
use newsgraph_core::model::ActorMention;
use newsgraph_core::{segment, Article};

#[allow(dead_code)] // (not every test file uses it)
pub fn stage() -> ActorStage {
    const COUNTRIES: &str = "USA\tUnited States\tU.S.;US\tAmerican\tWashington\nNGA\tNigeria\t\tNigerian\tAbuja\n";
    const AGENTS: &str = "minister\tGOV\t\nofficials\tGOV\t\n";
    ActorStage::from_sources(
        &[
            Source { name: "countries.tsv", text: COUNTRIES, format: Format::Countries },
            Source { name: "agents.tsv", text: AGENTS, format: Format::Agents },
        ],
        Options::default(),
    )
    .expect("fixtures load")
}

pub fn run(stage: &ActorStage, text: &str) -> Vec<ActorMention> {
    let doc = segment::segment(Article::from_body(text.to_string()));
    stage.actors(&doc)
}

/// A stage over the given dictionary texts (countries, agents, people), for the tests that need
/// entries the shared fixture does not have.
#[allow(dead_code)] // (not every test file uses it)
pub fn stage_from(countries: &str, agents: &str, people: &str) -> ActorStage {
    let sources = [
        Source { name: "countries.tsv", text: countries, format: Format::Countries },
        Source { name: "agents.tsv", text: agents, format: Format::Agents },
        Source { name: "people.tsv", text: people, format: Format::People },
    ];
    ActorStage::from_sources(&sources, Options::default()).expect("fixtures load")
}

/// A stage over the built-in dictionaries.
#[allow(dead_code)] // (not every test file uses it)
pub fn builtin() -> ActorStage {
    ActorStage::from_sources(&newsgraph_actors::builtin_sources(), Options::default()).expect("built-in dictionaries load")
}
