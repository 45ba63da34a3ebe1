//! The claim ledger: one row per claim, written as CSV (RFC 4180, header
//! row) or JSON Lines, and read back by header name.
//!
//! Columns, in contract order:
//!
//! | column | meaning |
//! |---|---|
//! | `id` | stable claim id (`f`/`d`/`a` + 12 hex digits) |
//! | `doc` | document id |
//! | `kind` | `figure`, `date`, `attribution` |
//! | `type` | finer type (`count`, `percent`, `money`, `date`, `quote`...) |
//! | `text` | exact span of the document |
//! | `value` | normalized value |
//! | `unit` | unit or currency (figures); speaker type (attributions) |
//! | `qualifier` | figures: `exact`, `approx`, `over`, `under`, `at_least`, `at_most` |
//! | `precision` | figures: rounding unit the wording implies |
//! | `period` | figures: period the value describes |
//! | `subject` | what the claim is about |
//! | `source` | who asserts it (speaker, role) |
//! | `rule` | extraction rule id |
//! | `sentence` | 1-based sentence index |
//! | `start`, `end` | UTF-8 byte offsets |
//! | `context` | the whole sentence |
//!
//! Columns a user adds (`notes`, `ref`) are kept, in order, after ours.
//! Text cells a spreadsheet would run as a formula get a leading `'` on
//! output and lose it on input; numeric cells (`-5.2`) are left alone.

use crate::error::{Error, ErrorKind, Result};
use serde::Serialize;
use std::borrow::Cow;
use std::io::{Read, Write};
use std::path::Path;

/// The contract's columns, in order.
pub const COLUMNS: &[&str] = &[
    "id",
    "doc",
    "kind",
    "type",
    "text",
    "value",
    "unit",
    "qualifier",
    "precision",
    "period",
    "subject",
    "source",
    "rule",
    "sentence",
    "start",
    "end",
    "context",
];

/// One ledger row.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct LedgerRow {
    /// Stable claim id.
    pub id: String,
    /// Document id.
    pub doc: String,
    /// figure, date, attribution.
    pub kind: String,
    /// Finer type.
    #[serde(rename = "type")]
    pub ctype: String,
    /// Exact span text.
    pub text: String,
    /// Normalized value.
    pub value: String,
    /// Unit.
    pub unit: String,
    /// Qualifier.
    pub qualifier: String,
    /// Precision.
    pub precision: String,
    /// Period.
    pub period: String,
    /// Subject.
    pub subject: String,
    /// Source.
    pub source: String,
    /// Rule id.
    pub rule: String,
    /// 1-based sentence index.
    pub sentence: usize,
    /// Byte start.
    pub start: usize,
    /// Byte end.
    pub end: usize,
    /// Sentence text.
    pub context: String,
    /// Columns we do not know, kept as (header, value).
    #[serde(skip)]
    pub extra: Vec<(String, String)>,
}

impl LedgerRow {
    /// A column by header name (ours or an extra one).
    pub fn get(&self, col: &str) -> Option<String> {
        self.cell(col).map(Cow::into_owned)
    }

    /// A column's value, borrowed where the row holds it as text.
    pub fn cell(&self, col: &str) -> Option<Cow<'_, str>> {
        Some(Cow::Borrowed(match col {
            "id" => &self.id,
            "doc" => &self.doc,
            "kind" => &self.kind,
            "type" => &self.ctype,
            "text" => &self.text,
            "value" => &self.value,
            "unit" => &self.unit,
            "qualifier" => &self.qualifier,
            "precision" => &self.precision,
            "period" => &self.period,
            "subject" => &self.subject,
            "source" => &self.source,
            "rule" => &self.rule,
            "sentence" => return Some(Cow::Owned(self.sentence.to_string())),
            "start" => return Some(Cow::Owned(self.start.to_string())),
            "end" => return Some(Cow::Owned(self.end.to_string())),
            "context" => &self.context,
            other => {
                return self
                    .extra
                    .iter()
                    .find(|(k, _)| k == other)
                    .map(|(_, v)| Cow::Borrowed(v.as_str()));
            }
        }))
    }

    fn set(&mut self, col: &str, v: String) -> std::result::Result<(), String> {
        let num = |v: &str| {
            v.trim()
                .parse::<usize>()
                .map_err(|_| format!("column {col:?}: {v:?} is not a whole number"))
        };
        match col {
            "id" => self.id = v,
            "doc" => self.doc = v,
            "kind" => self.kind = v,
            "type" => self.ctype = v,
            "text" => self.text = v,
            "value" => self.value = v,
            "unit" => self.unit = v,
            "qualifier" => self.qualifier = v,
            "precision" => self.precision = v,
            "period" => self.period = v,
            "subject" => self.subject = v,
            "source" => self.source = v,
            "rule" => self.rule = v,
            "sentence" => self.sentence = if v.trim().is_empty() { 0 } else { num(&v)? },
            "start" => self.start = num(&v)?,
            "end" => self.end = num(&v)?,
            "context" => self.context = v,
            other => self.extra.push((other.to_string(), v)),
        }
        Ok(())
    }
}

/// Whether a cell would be run as a formula by a spreadsheet.
fn is_formula_like(s: &str) -> bool {
    s.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// The strict number grammar of numeric cells: `-?digits(.digits)?`.
pub fn is_plain_number(s: &str) -> bool {
    let s = s.strip_prefix('-').unwrap_or(s);
    let (a, b) = match s.split_once('.') {
        Some((a, b)) => (a, Some(b)),
        None => (s, None),
    };
    !a.is_empty()
        && a.bytes().all(|c| c.is_ascii_digit())
        && b.is_none_or(|b| !b.is_empty() && b.bytes().all(|c| c.is_ascii_digit()))
}

/// Whether a cell is apostrophes followed by something formula-like: the
/// form [`protect`] gives, which [`unprotect`] takes one apostrophe off.
fn is_quoted_formula(s: &str) -> bool {
    s.starts_with('\'') && is_formula_like(s.trim_start_matches('\''))
}

/// Neutralize a text cell for spreadsheets (OWASP: leading `'`). A cell
/// that already looks protected (`'=x`, `''=x`) gets one more apostrophe,
/// so that [`unprotect`] gives it back exactly.
pub fn protect(cell: &str, numeric: bool) -> String {
    protected(cell, numeric).into_owned()
}

/// [`protect`] without a copy when the cell needs no apostrophe.
pub fn protected(cell: &str, numeric: bool) -> Cow<'_, str> {
    if is_formula_like(cell) && !(numeric && is_plain_number(cell)) || is_quoted_formula(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// Undo [`protect`]: `unprotect(&protect(x, n)) == x` for every `x`.
pub fn unprotect(cell: &str) -> String {
    if is_quoted_formula(cell) {
        cell[1..].to_string()
    } else {
        cell.to_string()
    }
}

/// The UTF-8 byte order mark `--bom` puts before CSV output, so that Excel
/// opens the file as UTF-8.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Writes ledger rows as CSV, header first.
pub struct CsvLedgerWriter<W: Write> {
    w: csv::Writer<W>,
    extra_cols: Vec<String>,
    wrote_header: bool,
}

impl<W: Write> CsvLedgerWriter<W> {
    /// A writer; `extra_cols` are user columns to carry after ours.
    pub fn new(w: W, extra_cols: Vec<String>) -> Self {
        CsvLedgerWriter {
            w: csv::WriterBuilder::new()
                .terminator(csv::Terminator::CRLF)
                .from_writer(w),
            extra_cols,
            wrote_header: false,
        }
    }

    /// Write one row (and the header before the first).
    pub fn write(&mut self, row: &LedgerRow) -> std::io::Result<()> {
        if !self.wrote_header {
            let mut h: Vec<&str> = COLUMNS.to_vec();
            h.extend(self.extra_cols.iter().map(String::as_str));
            self.w.write_record(&h).map_err(csv_io)?;
            self.wrote_header = true;
        }
        // Fields go straight to the writer: no copy of a cell unless it
        // needs protecting.
        for col in COLUMNS {
            let numeric = matches!(*col, "sentence" | "start" | "end")
                || (*col == "value" && row.kind == "figure");
            let v = row.cell(col).unwrap_or_default();
            self.w
                .write_field(protected(&v, numeric).as_bytes())
                .map_err(csv_io)?;
        }
        // Rows read from a ledger carry the extra columns in header order:
        // take them as they are rather than look each one up (a ledger
        // with thousands of columns stays linear).
        if row.extra.len() == self.extra_cols.len()
            && row
                .extra
                .iter()
                .zip(&self.extra_cols)
                .all(|((k, _), c)| k == c)
        {
            for (_, v) in &row.extra {
                self.w
                    .write_field(protected(v, false).as_bytes())
                    .map_err(csv_io)?;
            }
        } else {
            for col in &self.extra_cols {
                let v = row.cell(col).unwrap_or_default();
                self.w
                    .write_field(protected(&v, false).as_bytes())
                    .map_err(csv_io)?;
            }
        }
        self.w.write_record(None::<&[u8]>).map_err(csv_io)
    }

    /// Flush; writes the header even when there were no rows. Returns the
    /// underlying writer.
    pub fn finish(mut self) -> std::io::Result<W> {
        if !self.wrote_header {
            let mut h: Vec<&str> = COLUMNS.to_vec();
            h.extend(self.extra_cols.iter().map(String::as_str));
            self.w.write_record(&h).map_err(csv_io)?;
        }
        self.w.flush()?;
        self.w
            .into_inner()
            .map_err(|e| std::io::Error::other(e.to_string()))
    }
}

/// A ledger writer in either format.
pub enum LedgerWriter<W: Write> {
    /// CSV with header.
    Csv(Box<CsvLedgerWriter<W>>),
    /// JSON Lines.
    Jsonl(W),
}

impl<W: Write> LedgerWriter<W> {
    /// A writer for `jsonl` or CSV.
    pub fn new(w: W, jsonl: bool) -> Self {
        if jsonl {
            LedgerWriter::Jsonl(w)
        } else {
            LedgerWriter::Csv(Box::new(CsvLedgerWriter::new(w, Vec::new())))
        }
    }

    /// Write one row.
    pub fn write(&mut self, row: &LedgerRow) -> std::io::Result<()> {
        match self {
            LedgerWriter::Csv(c) => c.write(row),
            LedgerWriter::Jsonl(w) => write_jsonl_row(w, row),
        }
    }

    /// Finish and return the underlying writer.
    pub fn finish(self) -> std::io::Result<W> {
        match self {
            LedgerWriter::Csv(c) => c.finish(),
            LedgerWriter::Jsonl(w) => Ok(w),
        }
    }
}

fn csv_io(e: csv::Error) -> std::io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => std::io::Error::other(format!("{other:?}")),
    }
}

/// Write one row as a JSON line (contract column names; extras included).
pub fn write_jsonl_row<W: Write>(w: &mut W, row: &LedgerRow) -> std::io::Result<()> {
    if !row.extra.is_empty() {
        return write_jsonl_row_with_extra(w, row);
    }
    // Keys in sorted order, as a JSON object map writes them (and as rows
    // with extra columns get them); values escaped by serde_json.
    let mut sorted: [&str; COLUMNS.len()] = [""; COLUMNS.len()];
    sorted.copy_from_slice(COLUMNS);
    sorted.sort_unstable();
    w.write_all(b"{")?;
    for (i, col) in sorted.iter().enumerate() {
        if i > 0 {
            w.write_all(b",")?;
        }
        serde_json::to_writer(&mut *w, col).map_err(std::io::Error::other)?;
        w.write_all(b":")?;
        match *col {
            "sentence" => write!(w, "{}", row.sentence)?,
            "start" => write!(w, "{}", row.start)?,
            "end" => write!(w, "{}", row.end)?,
            _ => serde_json::to_writer(&mut *w, &*row.cell(col).unwrap_or_default())
                .map_err(std::io::Error::other)?,
        }
    }
    w.write_all(b"}\n")
}

/// [`write_jsonl_row`] for a row carrying user columns.
fn write_jsonl_row_with_extra<W: Write>(w: &mut W, row: &LedgerRow) -> std::io::Result<()> {
    let mut map = serde_json::Map::new();
    for col in COLUMNS {
        let v = row.get(col).unwrap_or_default();
        let val = match *col {
            "sentence" | "start" | "end" => serde_json::Value::from(v.parse::<u64>().unwrap_or(0)),
            _ => serde_json::Value::from(v),
        };
        map.insert((*col).to_string(), val);
    }
    for (k, v) in &row.extra {
        map.insert(k.clone(), serde_json::Value::from(v.clone()));
    }
    serde_json::to_writer(&mut *w, &map).map_err(std::io::Error::other)?;
    w.write_all(b"\n")
}

/// Whether a CSV header row looks like a ledger (has id, kind, text, start, end).
pub fn looks_like_ledger(header: &csv::StringRecord) -> bool {
    ["id", "kind", "text", "start", "end"].iter().all(|c| {
        header
            .iter()
            .any(|h| h.trim_start_matches('\u{feff}') == *c)
    })
}

/// Read a ledger CSV by header names. Unknown columns are kept in
/// `extra`, in order; the returned list names them.
pub fn read_ledger<R: Read>(r: R, origin: &Path) -> Result<(Vec<LedgerRow>, Vec<String>)> {
    let mut rdr = csv::ReaderBuilder::new().flexible(false).from_reader(r);
    let headers = rdr
        .headers()
        .map_err(|e| csv_error(e, origin))?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_string())
        .collect::<Vec<_>>();
    for need in ["id", "kind", "text", "value", "start", "end"] {
        if !headers.iter().any(|h| h == need) {
            return Err(Error::new(
                ErrorKind::Csv,
                format!(
                    "ledger has no {need:?} column (header: {})",
                    headers.join(",")
                ),
            )
            .with_path(origin)
            .with_line(1));
        }
    }
    let mut seen = std::collections::HashSet::new();
    if let Some(dup) = headers.iter().find(|h| !seen.insert(h.as_str())) {
        return Err(Error::new(
            ErrorKind::Csv,
            format!("ledger has two columns named {dup:?}: rename one"),
        )
        .with_path(origin)
        .with_line(1));
    }
    let extra: Vec<String> = headers
        .iter()
        .filter(|h| !COLUMNS.contains(&h.as_str()))
        .cloned()
        .collect();
    let mut rows = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| csv_error(e, origin))?;
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        let mut row = LedgerRow::default();
        for (h, v) in headers.iter().zip(rec.iter()) {
            row.set(h, unprotect(v)).map_err(|m| {
                Error::new(ErrorKind::Csv, m)
                    .with_path(origin)
                    .with_line(line)
            })?;
        }
        rows.push(row);
    }
    Ok((rows, extra))
}

/// A csv error as ours, with the file and line.
pub fn csv_error(e: csv::Error, origin: &Path) -> Error {
    let line = e.position().map(|p| p.line());
    let msg = match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("row has {len} fields, the header has {expected_len}"),
        csv::ErrorKind::Utf8 { .. } => "invalid UTF-8 in CSV".to_string(),
        _ => e.to_string(),
    };
    let mut err = Error::new(ErrorKind::Csv, msg).with_path(origin);
    if let Some(l) = line {
        err = err.with_line(l);
    }
    err
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row() -> LedgerRow {
        LedgerRow {
            id: "f1".into(),
            doc: "d".into(),
            kind: "figure".into(),
            ctype: "count".into(),
            text: "=1+2, \"x\"\nnext".into(),
            value: "-5.2".into(),
            subject: "@cmd".into(),
            start: 3,
            end: 9,
            ..LedgerRow::default()
        }
    }

    #[test]
    fn formula_cells_are_neutralized_numbers_are_not() {
        let mut out = Vec::new();
        let mut w = CsvLedgerWriter::new(&mut out, vec![]);
        w.write(&row()).unwrap();
        w.finish().unwrap();
        let s = String::from_utf8(out).unwrap();
        assert!(s.contains("\"'=1+2, \"\"x\"\"\nnext\""), "{s}");
        assert!(s.contains(",-5.2,"), "{s}");
        assert!(s.contains(",'@cmd,"), "{s}");
    }

    #[test]
    fn write_read_write_is_identical_and_keeps_extra_columns() {
        let mut r = row();
        r.extra.push(("notes".into(), "+check this".into()));
        let mut a = Vec::new();
        let mut w = CsvLedgerWriter::new(&mut a, vec!["notes".into()]);
        w.write(&r).unwrap();
        w.finish().unwrap();
        let (rows, extra) = read_ledger(&a[..], Path::new("x.csv")).unwrap();
        assert_eq!(extra, vec!["notes".to_string()]);
        assert_eq!(rows[0], r);
        let mut b = Vec::new();
        let mut w = CsvLedgerWriter::new(&mut b, extra);
        w.write(&rows[0]).unwrap();
        w.finish().unwrap();
        assert_eq!(a, b);
    }

    #[test]
    fn reads_reordered_columns_with_bom_and_crlf() {
        let data = "\u{feff}end,start,text,kind,id,value,ref\r\n9,3,abc,figure,f1,5,k1\r\n";
        let (rows, extra) = read_ledger(data.as_bytes(), Path::new("x.csv")).unwrap();
        assert_eq!(rows[0].start, 3);
        assert_eq!(rows[0].get("ref").as_deref(), Some("k1"));
        assert_eq!(extra, vec!["ref".to_string()]);
    }

    #[test]
    fn bad_offset_names_line() {
        let data = "id,kind,text,value,start,end\nf1,figure,a,1,x,2\n";
        let e = read_ledger(data.as_bytes(), Path::new("l.csv")).unwrap_err();
        assert_eq!(e.position().line, Some(2));
        assert!(e.to_string().contains("l.csv:2"));
    }

    #[test]
    fn apostrophes_before_a_formula_round_trip() {
        // Regression (write -> read -> write property): `''=x` came back as `'=x`.
        for cell in [
            "=x", "'=x", "''=x", "'''-1", "'plain", "''", "-5.2", "'-5.2",
        ] {
            for numeric in [false, true] {
                assert_eq!(unprotect(&protect(cell, numeric)), cell, "{cell:?}");
            }
        }
        assert_eq!(protect("''=x", false), "'''=x");
    }

    #[test]
    fn duplicate_columns_are_refused() {
        let data = "id,kind,text,value,start,end,notes,notes\nf1,figure,a,1,0,1,x,y\n";
        let e = read_ledger(data.as_bytes(), Path::new("d.csv")).unwrap_err();
        assert!(e.to_string().starts_with("d.csv:1"), "{e}");
    }

    #[test]
    fn plain_number_grammar() {
        assert!(is_plain_number("-5.2"));
        assert!(is_plain_number("290000"));
        assert!(!is_plain_number("-5."));
        assert!(!is_plain_number("-1+1"));
        assert!(!is_plain_number("1e5"));
    }
}
