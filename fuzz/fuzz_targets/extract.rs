//! Extraction on arbitrary bytes: never panics; every row's `text` is the
//! document's bytes `start..end` on character boundaries; ids are unique;
//! the rows survive a CSV ledger write -> read unchanged.
#![no_main]

use claimcheck::document::Document;
use claimcheck::extract::{Options, extract};
use claimcheck::ledger::{CsvLedgerWriter, read_ledger};
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = Document::from_bytes("fuzz", data.to_vec(), Path::new("fuzz.txt")) else {
        return;
    };
    let opts = Options {
        doc_date: chrono::NaiveDate::from_ymd_opt(2016, 9, 10),
        date_order: None,
        ..Default::default()
    };
    for o in [Options::default(), opts] {
        let rows = extract(&doc, &o);
        let mut ids = std::collections::HashSet::new();
        for r in &rows {
            assert!(r.start <= r.end && r.end <= doc.text.len(), "{r:?}");
            assert!(doc.text.is_char_boundary(r.start) && doc.text.is_char_boundary(r.end));
            assert_eq!(&doc.text[r.start..r.end], r.text);
            assert!(ids.insert(r.id.clone()), "duplicate id {}", r.id);
        }
        let mut out = Vec::new();
        let mut w = CsvLedgerWriter::new(&mut out, Vec::new());
        for r in &rows {
            w.write(r).unwrap();
        }
        w.finish().unwrap();
        let (back, extra) = read_ledger(&out[..], Path::new("fuzz.csv")).unwrap();
        assert!(extra.is_empty());
        assert_eq!(back, rows);
    }
});
