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
pub fn write_text<W: Write>(mut w: W, checked: &[Checked], summary: &Summary) -> io::Result<()> {
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
        let mark = match c.verdict {
            Verdict::Mismatch => "MISMATCH  ",
            Verdict::Ambiguous => "AMBIGUOUS ",
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
    if !summary.unused_facts.is_empty() {
        writeln!(
            w,
            "reference facts that matched no claim: {}",
            summary.unused_facts.join(", ")
        )?;
    }
    Ok(())
}
