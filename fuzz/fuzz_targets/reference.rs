//! The reference reader on arbitrary bytes: never panics; a table it
//! accepts can be checked against real claims, and every report format
//! written, without a panic.
#![no_main]

use claimcheck::document::Document;
use claimcheck::extract::{Options, extract};
use claimcheck::ledger::LedgerRow;
use claimcheck::reference::Reference;
use claimcheck::report::{summarize, write_csv, write_json, write_text};
use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::LazyLock;

static ROWS: LazyLock<Vec<LedgerRow>> = LazyLock::new(|| {
    let mut rows = Vec::new();
    for name in [
        "court-fraud-trial",
        "diplomacy-ceasefire",
        "economy-inflation",
        "science-glacier-melt",
    ] {
        let p = format!("{}/../claims/{name}.txt", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&p).expect("sample article");
        let doc = Document::from_text(name, text).unwrap();
        rows.extend(extract(&doc, &Options::default()));
    }
    rows
});

fuzz_target!(|data: &[u8]| {
    let Ok(reference) = Reference::from_reader(data, Path::new("fuzz.reference.csv")) else {
        return;
    };
    let checked = claimcheck::check::check(&ROWS, &reference);
    assert_eq!(checked.len(), ROWS.len());
    let summary = summarize(&checked, &reference);
    write_csv(Vec::new(), &checked).unwrap();
    write_json(Vec::new(), &checked, &summary).unwrap();
    write_text(Vec::new(), &checked, &summary).unwrap();
});
