//! The small dictionary the actors tests share: two countries and two agents, built-in
//! given names and cues.

use newsgraph_actors::{ActorStage, Format, Options, Source};
use newsgraph_core::model::ActorMention;
use newsgraph_core::{segment, Article};

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
