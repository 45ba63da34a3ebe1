//! Snapshot a ledger in a crate that depends on claimcheck.
//!
//! A desk that extends claimcheck with its own rule pack wants CI to fail
//! when a rule change (theirs or an upgrade of claimcheck) alters what
//! comes out of its articles. This example extracts a fixed article with
//! the sample pack and pins the ledger with [insta]: run
//! `cargo test --example snapshot_ledger`; after a deliberate change,
//! review the new snapshot with `cargo insta review` (CI never writes
//! snapshots). In your own crate, depend on `claimcheck` and, as a
//! dev-dependency, `insta`; use `insta::assert_snapshot!(name, ledger)`
//! with one file snapshot per article under `tests/snapshots/`.
//!
//! `cargo run --example snapshot_ledger` prints the rendered ledger.
//!
//! [insta]: https://insta.rs

use claimcheck::document::Document;
use claimcheck::extract::{Options, extract_with};
use claimcheck::rules::RulePack;
use std::path::Path;

/// The article under test (a real test would read its fixtures).
pub const ARTICLE: &str = "---\ndate: 2024-06-10\n---\n\
The CPI-H index stood at 131.2 in May, up from 130.4 in April.\n\
Copper exports were worth 4.5 billion kwacha last year, the ministry said.\n\
Contact the press office on 0300 123 4567 for details.\n";

/// The ledger as stable, reviewable text: one line a claim with the fields
/// a reviewer cares about (ids and context are in the CSV, not here).
pub fn ledger(text: &str, pack: Option<&RulePack>) -> String {
    let doc = Document::from_text("article", text.to_string()).expect("valid article");
    extract_with(&doc, &Options::default(), pack)
        .iter()
        .map(|r| {
            format!(
                "{}-{} {} {}/{} {:?} value={:?} unit={:?}\n",
                r.start, r.end, r.rule, r.kind, r.ctype, r.text, r.value, r.unit
            )
        })
        .collect()
}

/// The sample pack of this repository.
pub fn pack() -> RulePack {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/example-statistics.toml");
    RulePack::from_path(&p).unwrap_or_else(|e| panic!("{e}"))
}

#[allow(clippy::print_stdout)]
fn main() {
    print!("{}", ledger(ARTICLE, Some(&pack())));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ledger_snapshot() {
        insta::assert_snapshot!(ledger(ARTICLE, Some(&pack())), @r#"
        50-55 figure.cpih_index figure/count "131.2" value="131.2" unit=""
        59-62 date.month date/date "May" value="2024-05" unit=""
        72-77 figure.count figure/count "130.4" value="130.4" unit=""
        81-86 date.month date/date "April" value="2024-04" unit=""
        88-142 attribution.reported attribution/reported "Copper exports were worth 4.5 billion kwacha last year" value="the ministry" unit="organisation"
        114-132 figure.money_kwacha figure/money "4.5 billion kwacha" value="4500000000" unit="ZMW"
        133-142 date.relative_unit date/date "last year" value="2023" unit=""
        "#);
    }
}
