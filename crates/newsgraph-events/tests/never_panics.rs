//! Any text and any actor mentions (even nonsense spans and cyclic `refers_to`) give a
//! result with spans in bounds, never a panic.

use newsgraph_core::model::{ActorKind, ActorMention};
use newsgraph_core::{segment, Article};
use newsgraph_events::testing::TableTagger;
use newsgraph_events::EventStage;
use proptest::prelude::*;

const VERBS: &str = include_str!("data/verbs.txt");

fn words() -> impl Strategy<Value = String> {
    let vocab = prop::sample::select(vec![
        "Iran",
        "Iraq",
        "the",
        "United",
        "States",
        "attacked",
        "imposed",
        "sanctions",
        "on",
        "by",
        "were",
        "was",
        "not",
        "refused",
        "to",
        "said",
        "and",
        ",",
        ".",
        "?",
        "if",
        "will",
        "threatened",
        "talks",
        "with",
        "who",
        "which",
        "'s",
        "pulled",
        "out",
        "of",
        "É",
        "—",
        "\"",
        "didn't",
        "according",
        "\n\n",
    ]);
    prop::collection::vec(vocab, 0..40).prop_map(|v| v.join(" "))
}

proptest! {
    #[test]
    fn any_text_with_tagged_actors(text in words()) {
        let stage = EventStage::from_texts(&[VERBS], &[]).unwrap();
        let doc = segment::segment(Article::from_body(text.clone()));
        let actors = TableTagger::new(&[("Iran", "IRN"), ("Iraq", "IRQ"), ("United States", "USA")]).tag(&doc);
        for e in stage.code(&doc, &actors) {
            prop_assert!(e.sentence.end <= text.len());
            for t in &e.trigger {
                prop_assert_eq!(&text[t.start..t.end], t.text.as_str());
            }
        }
    }

    #[test]
    fn arbitrary_bytes_and_mentions(bytes in prop::collection::vec(any::<u8>(), 0..300),
                                    spans in prop::collection::vec((0usize..400, 0usize..400, prop::option::of(0usize..12), any::<bool>()), 0..12)) {
        let stage = EventStage::from_texts(&[VERBS], &[]).unwrap();
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let doc = segment::segment(Article::from_body(text));
        let actors: Vec<ActorMention> = spans.into_iter().map(|(s, e, r, coded)| ActorMention {
            text: String::new(), start: s, end: e, code: coded.then(|| "XXX".to_string()), full_code: None, kind: ActorKind::Country,
            name: None, role: None, affiliation: None, refers_to: r,
        }).collect();
        let _ = stage.code(&doc, &actors);
    }
}
