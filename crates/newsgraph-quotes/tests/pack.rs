//! The word-key packing of the lexicon agrees with a byte-by-byte reference on varied words.

use newsgraph_quotes::lexicon::{ascii_upper, load8, pack};
use proptest::prelude::*;

/// The reference: an ASCII word of 1 to 8 bytes, its bytes little-endian and zero-padded.
fn reference(word: &str) -> Option<u64> {
    let b = word.as_bytes();
    if b.is_empty() || b.len() > 8 || !b.is_ascii() {
        return None;
    }
    Some(b.iter().enumerate().fold(0u64, |k, (i, &c)| k | u64::from(c) << (8 * i)))
}

/// The reference of [`ascii_upper`]: all bytes ASCII, and any ASCII capital.
fn reference_case(b: &[u8]) -> (bool, bool) {
    (b.is_ascii(), b.is_ascii() && b.iter().any(u8::is_ascii_uppercase))
}

/// The reference of [`load8`]: 1 to 8 bytes, little-endian and zero-padded.
fn reference_load(b: &[u8]) -> Option<u64> {
    (1..=8).contains(&b.len()).then(|| b.iter().enumerate().fold(0u64, |k, (i, &c)| k | u64::from(c) << (8 * i)))
}

#[test]
fn pack_matches_reference_on_varied_words() {
    let words = [
        "",
        "a",
        "I",
        "in",
        "the",
        "said",
        "told",
        "warns",
        "warned",
        "according",
        "abcdefgh",
        "abcdefghi",
        "é",
        "né",
        "café",
        "naïve",
        "Zürich",
        "señoras",
        "日本",
        "—",
        "’s",
        "'s",
        "e-mail",
        "U.S.",
        "3.5",
        "\u{7f}",
        "\u{80}",
        "ab\u{e9}",
        "1234567",
        "12345678",
        "123456789",
        "\0",
        "a\0b",
    ];
    for w in words {
        assert_eq!(pack(w), reference(w), "{w:?}");
        assert_eq!(load8(w.as_bytes()), reference_load(w.as_bytes()), "{w:?}");
        let (ascii, upper) = ascii_upper(w.as_bytes());
        assert_eq!((ascii, ascii && upper), reference_case(w.as_bytes()), "{w:?}");
    }
    // Every byte value at every position of words of 1 to 9 bytes (the letter bounds '@', 'A',
    // 'Z', '[' and the high bit included).
    for len in 1..=9usize {
        for pos in 0..len {
            for c in 0..=255u8 {
                let mut b = vec![b'a'; len];
                b[pos] = c;
                let (ascii, upper) = ascii_upper(&b);
                assert_eq!((ascii, ascii && upper), reference_case(&b), "{b:?}");
                assert_eq!(load8(&b), reference_load(&b), "{b:?}");
            }
        }
    }
}

proptest! {
    #[test]
    fn pack_matches_reference(w in "\\PC{0,10}") {
        prop_assert_eq!(pack(&w), reference(&w));
    }

    #[test]
    fn pack_matches_reference_ascii(w in "[ -~]{0,10}") {
        prop_assert_eq!(pack(&w), reference(&w));
        let (ascii, upper) = ascii_upper(w.as_bytes());
        prop_assert_eq!((ascii, ascii && upper), reference_case(w.as_bytes()));
    }

    #[test]
    fn case_and_load_match_reference(b in proptest::collection::vec(any::<u8>(), 0..12)) {
        let (ascii, upper) = ascii_upper(&b);
        prop_assert_eq!((ascii, ascii && upper), reference_case(&b));
        prop_assert_eq!(load8(&b), reference_load(&b));
    }
}

/// Every cue is found under its first word, with its second word's key (or none for a one-word
/// cue or a second word that does not pack), so the second-word filter never drops a match.
#[test]
fn index_second_word_keys_match_the_cues() {
    use newsgraph_quotes::lexicon::{self, Cues, TokenIndex, WordLists, NO_SECOND};
    let mut cues = Cues::parse(lexicon::BUILTIN_CUES).expect("cues");
    cues.add(lexicon::BUILTIN_ATTRIBUTION_CUES).expect("attribution cues");
    // Cues with long and non-ASCII second words too.
    cues.add("[verb]\nsaid émue\nsaid extraordinarily\nsaid x y z\n").expect("extra cues");
    let words = WordLists::parse(lexicon::BUILTIN_WORDS).expect("words");
    let index = TokenIndex::new(&cues, &words);
    let mut checked = 0;
    for (i, c) in cues.iter().enumerate() {
        let Some(first) = c.words.first() else { continue };
        let (ids, second, _) = index.lookup_with_second(first);
        assert_eq!(ids.len(), second.len());
        let at = ids.iter().position(|&id| id as usize == i).expect("cue indexed under its first word");
        let want = c.words.get(1).and_then(|w| pack(w)).unwrap_or(NO_SECOND);
        assert_eq!(second[at], want, "{:?}", c.words);
        assert_eq!(index.lookup(first).0, ids);
        checked += 1;
    }
    assert!(checked > 100);
    assert_eq!(index.lookup_with_second("zzzznotaword").0.len(), 0);
}

/// The index agrees with the cue lexicon and the word lists it was built from, word by word:
/// every cue's words, every listed word, and other words (short, long, non-ASCII, odd; not
/// words with NUL bytes, which [`pack`] assumes away: "a\0" packs as "a", as it always has).
#[test]
fn index_lookup_matches_lexicons() {
    use newsgraph_quotes::lexicon::{self, Cues, TokenIndex, WordLists};
    let mut cues = Cues::parse(lexicon::BUILTIN_CUES).expect("cues");
    cues.add(lexicon::BUILTIN_ATTRIBUTION_CUES).expect("attribution cues");
    let words = WordLists::parse(lexicon::BUILTIN_WORDS).expect("words");
    let index = TokenIndex::new(&cues, &words);
    let mut probe: Vec<String> = cues.iter().flat_map(|c| c.words.iter().cloned()).collect();
    probe.extend(lexicon::BUILTIN_WORDS.split_whitespace().map(str::to_lowercase));
    probe.extend(
        ["", "\0", "x", "zz", "said", "saids", "sai", "according", "accordingly", "élu", "日本", "statement", "’s", "'s"]
            .map(String::from),
    );
    for w in &probe {
        let (ids, flags) = index.lookup(w);
        assert_eq!(flags, words.flags(w), "{w:?}");
        let want: Vec<*const lexicon::Cue> = cues.starting_with(w).map(|c| c as *const _).collect();
        let mut got: Vec<*const lexicon::Cue> = ids.iter().filter_map(|&i| cues.get(i as usize)).map(|c| c as *const _).collect();
        let mut want_sorted = want.clone();
        want_sorted.sort();
        got.sort();
        assert_eq!(got, want_sorted, "{w:?}");
    }
}
