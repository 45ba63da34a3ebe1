//! Check reports: the verdict of every claim as CSV, JSON or a readable
//! text table, over any `io::Write`.
//!
//! CSV and JSON columns, in order: `id`, `doc`, `kind`, `text`, `value`,
//! `unit`, `qualifier`, `start`, `end`, `ref_key`, `ref_value`, `ref_unit`,
//! `verdict`, `reason`, `ref_source`. JSON is one array of objects. Text
//! lists every compared claim (unverified ones are only counted) and ends
//! with a coverage summary.

use crate::check::{Checked, Verdict};
use crate::ledger::protect;
use crate::reference::Reference;
use std::collections::BTreeSet;
use std::io::{self, Write};

/// Report columns.
pub const REPORT_COLUMNS: &[&str] = &[
    "id",
    "doc",
    "kind",
    "text",
    "value",
    "unit",
    "qualifier",
    "start",
    "end",
    "ref_key",
    "ref_value",
    "ref_unit",
    "verdict",
    "reason",
    "ref_source",
];

fn fields(c: &Checked) -> Vec<String> {
    let f = c.fact.as_ref();
    vec![
        c.row.id.clone(),
        c.row.doc.clone(),
        c.row.kind.clone(),
        c.row.text.clone(),
        c.row.value.clone(),
        c.row.unit.clone(),
        c.row.qualifier.clone(),
        c.row.start.to_string(),
        c.row.end.to_string(),
        f.map(|f| f.key.clone()).unwrap_or_default(),
        f.map(|f| f.value.clone()).unwrap_or_default(),
        f.map(|f| f.unit.clone()).unwrap_or_default(),
        c.verdict.as_str().to_string(),
        c.reason.clone(),
        f.map(|f| f.source.clone()).unwrap_or_default(),
    ]
}

/// Counts for the summary.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Claims in the ledger.
    pub claims: usize,
    /// Claims compared with a fact.
    pub compared: usize,
    /// Consistent.
    pub consistent: usize,
    /// Mismatched.
    pub mismatch: usize,
    /// Ambiguous.
    pub ambiguous: usize,
    /// Unverified.
    pub unverified: usize,
    /// Mismatches listed in the baseline (reported, not failing).
    pub baselined: usize,
    /// Reference keys no claim was compared with.
    pub unused_facts: Vec<String>,
}

/// Summarize checked claims against the reference they used.
pub fn summarize(checked: &[Checked], reference: &Reference) -> Summary {
    let mut s = Summary {
        claims: checked.len(),
        ..Summary::default()
    };
    let mut used = BTreeSet::new();
    for c in checked {
        match c.verdict {
            Verdict::Consistent => s.consistent += 1,
            Verdict::Mismatch => s.mismatch += 1,
            Verdict::Ambiguous => s.ambiguous += 1,
            Verdict::Unverified => s.unverified += 1,
        }
        if c.verdict != Verdict::Unverified {
            s.compared += 1;
        }
        if let Some(f) = &c.fact {
            used.insert(f.key.clone());
        }
    }
    s.unused_facts = reference
        .facts
        .iter()
        .filter(|f| !used.contains(&f.key))
        .map(|f| f.key.clone())
        .collect();
    s
}

/// CSV report.
pub fn write_csv<W: Write>(w: W, checked: &[Checked]) -> io::Result<()> {
    let mut wr = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(w);
    wr.write_record(REPORT_COLUMNS).map_err(io::Error::other)?;
    for c in checked {
        let rec: Vec<String> = fields(c)
            .iter()
            .zip(REPORT_COLUMNS)
            .map(|(v, col)| {
                protect(
                    v,
                    matches!(*col, "start" | "end") || (*col == "value" && c.row.kind == "figure"),
                )
            })
            .collect();
        wr.write_record(&rec).map_err(io::Error::other)?;
    }
    wr.flush()
}

/// JSON report: an array of objects.
pub fn write_json<W: Write>(mut w: W, checked: &[Checked], summary: &Summary) -> io::Result<()> {
    let rows: Vec<serde_json::Value> = checked
        .iter()
        .map(|c| {
            let mut m = serde_json::Map::new();
            for (k, v) in REPORT_COLUMNS.iter().zip(fields(c)) {
                let val = match *k {
                    "start" | "end" => serde_json::Value::from(v.parse::<u64>().unwrap_or(0)),
                    _ => serde_json::Value::from(v),
                };
                m.insert((*k).to_string(), val);
            }
            serde_json::Value::Object(m)
        })
        .collect();
    let out = serde_json::json!({
        "claims": rows,
        "summary": {
            "claims": summary.claims,
            "compared": summary.compared,
            "consistent": summary.consistent,
            "mismatch": summary.mismatch,
            "ambiguous": summary.ambiguous,
            "unverified": summary.unverified,
            "baselined": summary.baselined,
            "unused_facts": summary.unused_facts,
        }
    });
    serde_json::to_writer_pretty(&mut w, &out).map_err(io::Error::other)?;
    writeln!(w)
}

fn clip(s: &str, n: usize) -> String {
    let one_line: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= n {
        one_line
    } else {
        let mut t: String = one_line.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// Readable report: compared claims, then the summary.
pub fn write_text<W: Write>(w: W, checked: &[Checked], summary: &Summary) -> io::Result<()> {
    write_text_colored(w, checked, summary, false)
}

/// Readable report; `color` marks mismatches in red and ambiguous claims in
/// yellow (ANSI), for terminals.
pub fn write_text_colored<W: Write>(
    mut w: W,
    checked: &[Checked],
    summary: &Summary,
    color: bool,
) -> io::Result<()> {
    let shown: Vec<&Checked> = checked
        .iter()
        .filter(|c| c.verdict != Verdict::Unverified)
        .collect();
    let docw = shown
        .iter()
        .map(|c| c.row.doc.chars().count())
        .max()
        .unwrap_or(3)
        .clamp(3, 24);
    for c in &shown {
        let mark = match (c.verdict, color) {
            (Verdict::Mismatch, true) => "\x1b[1;31mMISMATCH\x1b[0m  ",
            (Verdict::Mismatch, false) => "MISMATCH  ",
            (Verdict::Ambiguous, true) => "\x1b[33mAMBIGUOUS\x1b[0m ",
            (Verdict::Ambiguous, false) => "AMBIGUOUS ",
            _ => "ok        ",
        };
        let key = c.fact.as_ref().map(|f| f.key.as_str()).unwrap_or("");
        writeln!(
            w,
            "{mark}{:docw$}  {:>5}-{:<5} {:<28} {:<22} {}",
            clip(&c.row.doc, docw),
            c.row.start,
            c.row.end,
            clip(&format!("{:?}", c.row.text), 28),
            clip(key, 22),
            c.reason
        )?;
    }
    writeln!(
        w,
        "\n{} claims: {} compared, {} consistent, {} mismatch, {} ambiguous, {} unverified",
        summary.claims,
        summary.compared,
        summary.consistent,
        summary.mismatch,
        summary.ambiguous,
        summary.unverified
    )?;
    if summary.baselined > 0 {
        writeln!(
            w,
            "{} mismatch(es) are in the baseline and do not fail the run",
            summary.baselined
        )?;
    }
    if !summary.unused_facts.is_empty() {
        writeln!(
            w,
            "reference facts that matched no claim: {}",
            summary.unused_facts.join(", ")
        )?;
    }
    Ok(())
}

/// Escape a GitHub workflow-command message (`%`, CR, LF).
fn gh_escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escape a GitHub workflow-command property (also `:` and `,`).
fn gh_escape_property(s: &str) -> String {
    gh_escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// Where a claim is, for annotations: file, 1-based line and column.
pub type Locate<'a> = dyn Fn(&crate::ledger::LedgerRow) -> Option<(String, usize, usize)> + 'a;

/// GitHub Actions annotations: `::error` for mismatches, `::warning` for
/// ambiguous claims and baselined mismatches, then a `::notice` summary.
pub fn write_github<W: Write>(
    mut w: W,
    checked: &[Checked],
    summary: &Summary,
    locate: &Locate,
    baseline: Option<&crate::check::Baseline>,
) -> io::Result<()> {
    for c in checked {
        let level = match c.verdict {
            Verdict::Mismatch if baseline.is_some_and(|b| b.contains(&c.row.id)) => "warning",
            Verdict::Mismatch => "error",
            Verdict::Ambiguous => "warning",
            _ => continue,
        };
        let mut props = Vec::new();
        if let Some((file, line, col)) = locate(&c.row) {
            props.push(format!("file={}", gh_escape_property(&file)));
            props.push(format!("line={line}"));
            props.push(format!("col={col}"));
        }
        let key = c.fact.as_ref().map(|f| f.key.as_str()).unwrap_or("");
        props.push(format!(
            "title={}",
            gh_escape_property(&format!("claimcheck {}: {key}", c.verdict.as_str()))
        ));
        let source = c
            .fact
            .as_ref()
            .map(|f| f.source.as_str())
            .filter(|s| !s.is_empty());
        let msg = match source {
            Some(src) => format!("{:?}: {} (reference: {src})", c.row.text, c.reason),
            None => format!("{:?}: {}", c.row.text, c.reason),
        };
        writeln!(w, "::{level} {}::{}", props.join(","), gh_escape_data(&msg))?;
    }
    writeln!(
        w,
        "::notice title=claimcheck::{}",
        gh_escape_data(&format!(
            "{} claims: {} compared, {} consistent, {} mismatch ({} in baseline), {} ambiguous, {} unverified",
            summary.claims,
            summary.compared,
            summary.consistent,
            summary.mismatch,
            summary.baselined,
            summary.ambiguous,
            summary.unverified
        ))
    )
}
