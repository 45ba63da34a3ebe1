//! Snapshot tests: the ledger and the check report of every sample article
//! in claims/, pinned under snapshots/. Each claim is shown with its
//! sentence and a caret line under its span, so a changed snapshot reads
//! as a change in what the extractor found. Review with `cargo insta
//! review`; CI never writes snapshots.

use claimcheck::check::check;
use claimcheck::extract::{Options, extract};
use claimcheck::input::read_article;
use claimcheck::ledger::LedgerRow;
use claimcheck::reference::Reference;
use std::fmt::Write;

/// One claim as a readable block: its fields, then its sentence with a
/// caret line under the span.
fn render_row(out: &mut String, doc_text: &str, row: &LedgerRow) {
    let _ = writeln!(
        out,
        "[{}] {} {}/{} {:?} value={:?} unit={:?} qualifier={:?} precision={:?} period={:?}",
        row.id,
        row.rule,
        row.kind,
        row.ctype,
        row.text,
        row.value,
        row.unit,
        row.qualifier,
        row.precision,
        row.period
    );
    if !row.subject.is_empty() || !row.source.is_empty() {
        let subject: String = row.subject.chars().take(80).collect();
        let _ = writeln!(out, "    subject={subject:?} source={:?}", row.source);
    }
    // The sentence line containing the span start, with carets.
    let line_start = doc_text[..row.start]
        .rfind('\n')
        .map(|i| i + 1)
        .unwrap_or(0);
    let line_end = doc_text[row.start..]
        .find('\n')
        .map(|i| row.start + i)
        .unwrap_or(doc_text.len());
    let ctx_start = doc_text[line_start..row.start]
        .char_indices()
        .rev()
        .nth(60)
        .map(|(i, _)| line_start + i)
        .unwrap_or(line_start);
    let span_end = row.end.min(line_end);
    let ctx_end = doc_text[span_end..line_end]
        .char_indices()
        .nth(40)
        .map(|(i, _)| span_end + i)
        .unwrap_or(line_end);
    let pad = doc_text[ctx_start..row.start].chars().count();
    let width = doc_text[row.start..span_end].chars().count().max(1);
    let _ = writeln!(out, "    | {}", &doc_text[ctx_start..ctx_end]);
    let _ = writeln!(out, "    | {}{}", " ".repeat(pad), "^".repeat(width));
}

#[test]
fn sample_articles() {
    insta::with_settings!({snapshot_path => "../snapshots", prepend_module_to_snapshot => false}, {
        insta::glob!("../claims", "*.txt", |path| {
            let doc = read_article(path).expect("sample article reads");
            let rows = extract(&doc, &Options::default());
            for r in &rows {
                assert_eq!(&doc.text[r.start..r.end], r.text, "span of {} is exact", r.id);
            }
            let mut ledger = String::new();
            for r in &rows {
                render_row(&mut ledger, &doc.text, r);
            }
            insta::assert_snapshot!("ledger", ledger);

            let ref_path = path.with_file_name(format!(
                "{}.reference.csv",
                path.file_stem().unwrap().to_string_lossy()
            ));
            let reference = Reference::from_path(&ref_path).expect("sample reference loads");
            let mut report = String::new();
            for c in check(&rows, &reference) {
                if c.verdict == claimcheck::check::Verdict::Unverified {
                    continue;
                }
                let key = c.fact.as_ref().map(|f| f.key.as_str()).unwrap_or("");
                let _ = writeln!(report, "{:<10} {:<28} {:?}\n    {}", c.verdict.as_str(), key, c.row.text, c.reason);
            }
            insta::assert_snapshot!("report", report);
        });
    });
}

/// No stale snapshot: every file under snapshots/ belongs to a sample
/// article that still exists (the `--unreferenced=reject` of cargo-insta,
/// without needing cargo-insta in CI).
#[test]
fn no_unreferenced_snapshots() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for entry in std::fs::read_dir(root.join("snapshots")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if !name.ends_with(".snap") {
            continue;
        }
        let (_, rest) = name.split_once('@').expect("NAME@ARTICLE.txt.snap");
        let article = rest.trim_end_matches(".snap");
        assert!(
            root.join("claims").join(article).exists(),
            "snapshot {name} has no claims/{article}"
        );
    }
}

/// The sample reference tables stay canonical: every one loads, and every
/// key is unique and used by its article's check (no dead facts).
#[test]
fn sample_reference_tables_are_valid() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("claims");
    let mut n = 0;
    for entry in std::fs::read_dir(&root).unwrap() {
        let p = entry.unwrap().path();
        if p.to_string_lossy().ends_with(".reference.csv") {
            let r = Reference::from_path(&p).unwrap_or_else(|e| panic!("{e}"));
            assert!(r.facts.len() >= 4, "{} has too few facts", p.display());
            n += 1;
        }
    }
    assert!(n >= 4, "expected at least four sample reference tables");
}
