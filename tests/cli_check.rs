//! The checker through the binary: CI annotations, baselines, ledger diffs.

mod common;
use common::{run, stdout, write};

const ARTICLE: &str = "---\ndate: 2016-09-10\n---\nHeadline\nThe war has killed 290,000 people.\nAbout 4,000 troops remain, officials said.\n";
const REFERENCE: &str =
    "key,kind,match,value,source\ntoll,figure,killed,310000,SOHR\ntroops,figure,troops,4000,MoD\n";

#[test]
fn github_format_annotates_mismatches_with_file_line_and_column() {
    let d = tempfile::tempdir().unwrap();
    let a = write(d.path(), "a.txt", ARTICLE);
    let r = write(d.path(), "r.csv", REFERENCE);
    let o = run(&[
        "check",
        a.to_str().unwrap(),
        "--reference",
        r.to_str().unwrap(),
        "--format",
        "github",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let error = out
        .lines()
        .find(|l| l.starts_with("::error "))
        .expect("an ::error line");
    // "290,000" is on line 5, column 20 of the file (front matter counted).
    assert!(error.contains("line=5,col=20"), "{error}");
    assert!(
        error.contains("file=") && error.contains("a.txt"),
        "{error}"
    );
    assert!(error.contains("SOHR"), "{error}");
    assert!(
        !out.lines()
            .any(|l| l.starts_with("::error") && l.contains("4,000")),
        "consistent claims are not annotated: {out}"
    );
    assert!(
        out.lines()
            .last()
            .unwrap()
            .starts_with("::notice title=claimcheck::"),
        "{out}"
    );
}

#[test]
fn baseline_mismatches_are_reported_but_do_not_fail() {
    let d = tempfile::tempdir().unwrap();
    let a = write(d.path(), "a.txt", ARTICLE);
    let r = write(d.path(), "r.csv", REFERENCE);
    let report = run(&[
        "check",
        a.to_str().unwrap(),
        "--reference",
        r.to_str().unwrap(),
        "--format",
        "csv",
    ]);
    assert_eq!(report.status.code(), Some(1));
    // Review: keep the mismatch rows as the baseline, with a decision.
    let text = stdout(&report);
    let mut lines = text.lines();
    let header = lines.next().unwrap();
    let mismatches: Vec<&str> = lines.filter(|l| l.contains(",mismatch,")).collect();
    assert_eq!(mismatches.len(), 1);
    let baseline = write(
        d.path(),
        "baseline.csv",
        format!("{header},decision\r\n{},accepted\r\n", mismatches[0]),
    );
    let o = run(&[
        "check",
        a.to_str().unwrap(),
        "--reference",
        r.to_str().unwrap(),
        "--baseline",
        baseline.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("[in baseline: accepted]"),
        "{}",
        stdout(&o)
    );
    assert!(
        stdout(&o).contains("1 mismatch(es) are in the baseline"),
        "{}",
        stdout(&o)
    );
    // A new mismatch still fails.
    let r2 = write(
        d.path(),
        "r2.csv",
        "key,kind,match,value\ntoll,figure,killed,310000\ntroops,figure,troops,9000\n",
    );
    let o = run(&[
        "check",
        a.to_str().unwrap(),
        "--reference",
        r2.to_str().unwrap(),
        "--baseline",
        baseline.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn baseline_without_id_column_is_an_input_error() {
    let d = tempfile::tempdir().unwrap();
    let a = write(d.path(), "a.txt", ARTICLE);
    let r = write(d.path(), "r.csv", REFERENCE);
    let b = write(d.path(), "b.csv", "claim,decision\nx,ok\n");
    let o = run(&[
        "check",
        a.to_str().unwrap(),
        "--reference",
        r.to_str().unwrap(),
        "--baseline",
        b.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("b.csv:1"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn diff_reports_a_corrected_figure_and_exit_code() {
    let d = tempfile::tempdir().unwrap();
    let a = write(d.path(), "a.txt", ARTICLE);
    let old = d.path().join("old.csv");
    let new = d.path().join("new.csv");
    assert_eq!(
        run(&["extract", a.to_str().unwrap(), "-o", old.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
    write(
        d.path(),
        "a.txt",
        ARTICLE
            .replace("290,000", "310,000")
            .replace("Headline\n", "Headline\nA new paragraph.\n"),
    );
    assert_eq!(
        run(&["extract", a.to_str().unwrap(), "-o", new.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
    let o = run(&["diff", old.to_str().unwrap(), new.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(
        out.contains("changed") && out.contains("290000 -> \"310,000\" 310000"),
        "{out}"
    );
    assert!(
        out.trim_end().ends_with("0 added, 0 removed, 1 changed"),
        "{out}"
    );
    let o = run(&[
        "diff",
        "--exit-code",
        old.to_str().unwrap(),
        new.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let o = run(&[
        "diff",
        "--exit-code",
        old.to_str().unwrap(),
        old.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("0 added, 0 removed, 0 changed"));
}
