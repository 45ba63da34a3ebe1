//! `claimcheck extract` over corpora (issue 7): parallel output is byte for
//! byte the single-threaded ledger, in input order, across chunk boundaries
//! and with bad lines in between; standard input streams; and no progress
//! bar (nor anything else) reaches stderr when it is not a terminal.

mod common;
use common::{run, run_stdin};

use claimcheck::extract::{Options, extract};
use claimcheck::input::for_each_jsonl;
use claimcheck::ledger::LedgerWriter;
use std::path::{Path, PathBuf};

/// The sample articles' bodies (front matter cut).
fn bodies() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("claims");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let t = std::fs::read_to_string(p).unwrap();
            match t
                .strip_prefix("---\n")
                .and_then(|r| r.split_once("\n---\n"))
            {
                Some((_, body)) => body.to_string(),
                None => t,
            }
        })
        .collect()
}

/// A JSONL corpus of `n` documents (more than one chunk when `n` > 512),
/// each a paragraph of a sample article; a bad line every 250 documents.
fn corpus(n: usize) -> String {
    let bodies = bodies();
    let mut out = String::new();
    for i in 0..n {
        let b = &bodies[i % bodies.len()];
        let paras: Vec<&str> = b.split("\n\n").collect();
        let k = i % paras.len();
        let text = paras[k];
        let line = serde_json::json!({"id": format!("d{i}"), "text": text, "date": "2016-09-10"});
        out.push_str(&line.to_string());
        out.push('\n');
        if i % 250 == 249 {
            out.push_str("not json\n");
        }
    }
    out
}

/// The ledger as a plain sequential loop over the library writes it.
fn sequential(jsonl: &str, as_jsonl: bool) -> Vec<u8> {
    let mut w = LedgerWriter::new(Vec::new(), as_jsonl);
    for_each_jsonl(jsonl.as_bytes(), Path::new("corpus.jsonl"), |d| {
        if let Ok(d) = d {
            for row in extract(&d, &Options::default()) {
                w.write(&row).unwrap();
            }
        }
    })
    .unwrap();
    w.finish().unwrap()
}

#[test]
fn parallel_ledger_is_the_sequential_ledger_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let data = corpus(600);
    let path = dir.path().join("corpus.jsonl");
    std::fs::write(&path, &data).unwrap();
    let p = path.to_str().unwrap();
    for (format, as_jsonl, jobs) in [("csv", false, &["1", "3"][..]), ("jsonl", true, &["2"])] {
        let want = sequential(&data, as_jsonl);
        let mut stderrs = Vec::new();
        for jobs in jobs {
            let o = run(&["extract", "--format", format, "-j", jobs, p]);
            assert_eq!(o.status.code(), Some(2), "bad lines make exit 2");
            assert!(o.stdout == want, "{format} output with -j {jobs} differs");
            stderrs.push(String::from_utf8(o.stderr).unwrap());
        }
        // Errors are reported in input order, whatever the thread count.
        let lines: Vec<&str> = stderrs[0].lines().collect();
        assert_eq!(lines.len(), 2, "{}", stderrs[0]);
        for (k, l) in lines.iter().enumerate() {
            let line_no = 251 * (k + 1);
            assert!(l.contains(&format!("corpus.jsonl:{line_no}")), "{l}");
        }
        assert!(stderrs.iter().all(|s| *s == stderrs[0]));
    }
}

#[test]
fn no_progress_bar_when_stderr_is_not_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let data: String = corpus(80)
        .lines()
        .filter(|l| l.starts_with('{'))
        .map(|l| format!("{l}\n"))
        .collect();
    let path = dir.path().join("c.jsonl");
    std::fs::write(&path, &data).unwrap();
    let o = run(&["extract", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    assert!(!o.stdout.is_empty());
    assert!(
        o.stderr.is_empty(),
        "stderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let o = run_stdin(&["extract", "-"], data.as_bytes());
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stderr.is_empty());
}

#[test]
fn stdin_jsonl_streams_to_the_same_ledger_as_the_file() {
    let dir = tempfile::tempdir().unwrap();
    // Leading blank lines count as lines, as in a file.
    let data = format!("\n  \n{}", corpus(540));
    let path = dir.path().join("c.jsonl");
    std::fs::write(&path, &data).unwrap();
    let from_file = run(&["extract", "--format", "jsonl", path.to_str().unwrap()]);
    let from_stdin = run_stdin(
        &["extract", "--format", "jsonl", "-j", "2", "-"],
        data.as_bytes(),
    );
    assert!(from_file.stdout == from_stdin.stdout);
    assert_eq!(from_stdin.status.code(), Some(2));
    let err = String::from_utf8(from_stdin.stderr).unwrap();
    assert!(err.starts_with("claimcheck: error: stdin:253"), "{err}");
}

#[test]
fn stdin_article_keeps_leading_whitespace_in_offsets() {
    let text = "\n\n   The war has killed 290,000 people since 2011, he said on Monday.\n";
    let o = run_stdin(&["extract", "--format", "jsonl", "-"], text.as_bytes());
    assert_eq!(o.status.code(), Some(0));
    let doc = claimcheck::document::Document::from_text("stdin", text.to_string()).unwrap();
    let mut want = LedgerWriter::new(Vec::new(), true);
    for row in extract(&doc, &Options::default()) {
        assert_eq!(&text[row.start..row.end], row.text);
        want.write(&row).unwrap();
    }
    assert_eq!(o.stdout, want.finish().unwrap());
    assert!(!o.stdout.is_empty());
}

#[test]
fn directory_of_articles_is_the_same_on_any_thread_count() {
    let dir = tempfile::tempdir().unwrap();
    for (i, b) in bodies().iter().cycle().take(40).enumerate() {
        std::fs::write(dir.path().join(format!("a{i:03}.txt")), b).unwrap();
    }
    let d = dir.path().to_str().unwrap();
    let one = run(&["extract", "-j", "1", d]);
    let many = run(&["extract", "-j", "3", d]);
    assert_eq!(one.status.code(), Some(0));
    assert!(one.stdout == many.stdout);
    assert!(one.stdout.len() > 10_000);
}

#[test]
fn empty_stdin_is_still_an_input_error() {
    let o = run_stdin(&["extract", "-"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("empty input"));
}
