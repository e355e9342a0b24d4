//! Session 16: the actors stage and the quotes stage agree on who a surname is. A surname two
//! people share goes to the one the article names most; the quote's speaker is that person.

use newsgraph::ingest::{ingest_bytes, IngestOptions, InputFormat};
use newsgraph::{Pipeline, PipelineConfig};

const ARTICLE: &str = "Biden defends steel plan\n\n\
Joe Biden spoke at a plant in Ohio on Tuesday. Biden said the jobs would return. \
Biden later visited a school. Critics named his son Hunter Biden in their advertisements. \
Biden countered that the advertisements were false.\n";

#[test]
fn a_shared_surname_is_the_same_person_in_actors_and_quotes() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).expect("dictionaries load");
    let opts = IngestOptions { default_date: Some("2024-05-07".into()), ..Default::default() };
    let mut articles = ingest_bytes(ARTICLE.as_bytes(), Some(InputFormat::Text), "surname.txt", &opts);
    let r = pipeline.analyze(articles.remove(0).expect("the article ingests"));
    let at = r.body.find("Biden countered").expect("in the body");
    let actor = r.actors.iter().find(|a| a.start == at).expect("the surname is an actor mention");
    assert_eq!(actor.name.as_deref(), Some("Joe Biden"), "{:#?}", r.actors);
    let q = r.quotes.iter().find(|q| q.cue.as_ref().is_some_and(|c| c.text == "countered")).expect("the statement");
    let speaker = q.speaker.as_ref().expect("a speaker");
    assert_eq!(speaker.name.as_deref(), Some("Joe Biden"));
    assert_eq!((speaker.start, speaker.end), (actor.start, actor.end));
}
