//! The front-matter parser and sentence splitter on arbitrary text: never
//! panics; the body start and every sentence and paragraph span lie inside
//! the text, on character boundaries, in order.
#![no_main]

use claimcheck::document::{Document, parse_doc_date};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    for line in s.lines() {
        if let Some((_, v)) = line.split_once(':') {
            let _ = parse_doc_date(v);
        }
    }
    // As given, and inside a front-matter block.
    for text in [s.to_string(), format!("---\n{s}")] {
        let Ok(doc) = Document::from_text("fuzz", text) else {
            continue;
        };
        let t = &doc.text;
        assert!(doc.body_start <= t.len() && t.is_char_boundary(doc.body_start));
        for spans in [&doc.sentences, &doc.paragraphs] {
            let mut last = 0;
            for r in spans.iter() {
                assert!(r.start < r.end && r.end <= t.len(), "{r:?}");
                assert!(t.is_char_boundary(r.start) && t.is_char_boundary(r.end));
                assert!(r.start >= last && r.start >= doc.body_start, "{r:?}");
                last = r.end;
            }
        }
    }
});
