//! Property tests: extraction never panics on any input, every span is
//! exact and on character boundaries, output is deterministic, and ids do
//! not depend on unrelated text elsewhere in the document.

use claimcheck::document::Document;
use claimcheck::extract::{Options, extract};
use proptest::prelude::*;

fn opts() -> Options {
    Options {
        doc_date: chrono::NaiveDate::from_ymd_opt(2016, 9, 10),
        date_order: None,
    }
}

/// Text that looks like news: words, numbers, currency, quotes, dates,
/// punctuation and the odd multi-byte character.
fn newsish() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("said".to_string()),
        Just("Kerry".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("\\’s".to_string()),
        Just("$".to_string()),
        Just("£".to_string()),
        Just("€".to_string()),
        Just("%".to_string()),
        Just("per cent".to_string()),
        Just("million".to_string()),
        Just("half".to_string()),
        Just("a third of".to_string()),
        Just("nearly".to_string()),
        Just("Monday".to_string()),
        Just("September".to_string()),
        Just("May".to_string()),
        Just("ago".to_string()),
        Just("years".to_string()),
        Just("according to".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just(".".to_string()),
        Just(",".to_string()),
        Just("-".to_string()),
        Just("/".to_string()),
        Just("\u{a0}".to_string()),
        Just("Ü".to_string()),
        Just("½".to_string()),
        Just("^".to_string()),
        Just("e1".to_string()),
        Just("1.1^-2".to_string()),
        Just("3e".to_string()),
        "[0-9]{1,7}",
        "[0-9]{1,3},[0-9]{3}",
        "[0-9]{1,2}\\.[0-9]{1,2}",
        "[A-Za-z]{1,8}",
        "\\PC{1,3}",
    ];
    prop::collection::vec(token, 0..40).prop_map(|v| v.join(" "))
}

fn check_spans(text: &str) {
    let doc = Document::from_text("p", text.to_string())
        .unwrap_or_else(|_| Document::from_text("p", format!("x{text}")).unwrap());
    let rows = extract(&doc, &opts());
    for r in &rows {
        assert!(doc.text.is_char_boundary(r.start) && doc.text.is_char_boundary(r.end));
        assert_eq!(&doc.text[r.start..r.end], r.text);
    }
    let again = extract(&doc, &opts());
    assert_eq!(rows, again, "two runs differ");
}

proptest! {
    // A fixed seed keeps CI reproducible; run locally with
    // PROPTEST_CASES=20000 to search further (failures are persisted in
    // tests/properties.proptest-regressions and replayed first).
    #![proptest_config(ProptestConfig {
        cases: 512,
        rng_seed: proptest::test_runner::RngSeed::Fixed(0x00c1_a1c0),
        .. ProptestConfig::default()
    })]

    #[test]
    fn any_string_extracts_without_panic(s in "\\PC{0,200}") {
        check_spans(&s);
    }

    #[test]
    fn newsish_text_has_exact_spans(s in newsish()) {
        check_spans(&s);
    }

    #[test]
    fn ids_survive_an_inserted_paragraph(a in newsish(), b in newsish(), c in newsish()) {
        // The inserted paragraph is one sentence of its own, unlike any of c.
        let b: String = format!("Inserted {}", b.replace(['.', '!', '?', '\n', '\r', '"', '“', '”'], " "));
        let one = format!("{a}\n{c}");
        let two = format!("{a}\n{b}\n{c}");
        let (Ok(d1), Ok(d2)) = (Document::from_text("p", one), Document::from_text("p", two)) else { return Ok(()) };
        let r1 = extract(&d1, &opts());
        let r2 = extract(&d2, &opts());
        let shift = d2.text.len() - d1.text.len();
        let c_start = d1.text.len() - c.len();
        // Claims of c (outside any quote that could run across the insertion)
        // keep their ids.
        for r in r1.iter().filter(|r| r.start >= c_start && r.kind != "attribution" && !c.contains(['"', '“', '”'])) {
            let moved = r2.iter().find(|x| x.start == r.start + shift && x.end == r.end + shift && x.kind == r.kind);
            if let Some(m) = moved && m.context == r.context && m.value == r.value {
                prop_assert_eq!(&m.id, &r.id);
            }
        }
    }
}
