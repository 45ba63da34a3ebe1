//! Scoring against gold files (JSON Lines, contract format): precision,
//! recall and F1 for strict (equal) and relaxed (overlapping) spans, and
//! value accuracy, per kind.
//!
//! Gold offsets are Unicode code points; ours are bytes and are converted.
//! Values are compared the way temporal and numeric taggers mean them:
//! numbers as numbers; a date at its own grain equals the interval it
//! covers (`2016-09` = `2016-09-01/2016-10-01`, end exclusive); durations
//! by their length in seconds; any listed alternative reading counts.
//! A checked-in scope file may exclude cases by id with a reason.

use crate::claim::Kind;
use crate::document::{Document, parse_doc_date};
use crate::error::{Error, ErrorKind, Result};
use crate::extract::{DateStyle, Options, extract};
use crate::normalize::date::{duration_seconds, interval};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::io::BufRead;
use std::path::Path;

/// One gold case.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldCase {
    /// Case id.
    pub id: String,
    /// Input text.
    pub text: String,
    /// Reference date, if any.
    #[serde(default)]
    pub ref_date: Option<String>,
    /// Expected claims.
    #[serde(default)]
    pub expected: Vec<GoldItem>,
}

/// One expected claim.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldItem {
    /// Code-point start.
    pub start: usize,
    /// Code-point end (exclusive).
    pub end: usize,
    /// Span text.
    #[serde(default)]
    pub text: String,
    /// Kind.
    pub kind: String,
    /// Type (free-form in other projects' suites).
    #[serde(default, rename = "type")]
    pub gtype: Option<String>,
    /// Value (may be null).
    #[serde(default)]
    pub value: Option<serde_json::Value>,
    /// Plain-decimal value for figures.
    #[serde(default)]
    pub value_norm: Option<String>,
    /// Unit.
    #[serde(default)]
    pub unit: Option<String>,
    /// Other accepted values.
    #[serde(default)]
    pub alternatives: Vec<String>,
    /// TIMEX of a date.
    #[serde(default)]
    pub timex: Option<String>,
}

/// Counts for one kind.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct KindScore {
    /// Gold items.
    pub gold: usize,
    /// Predicted claims.
    pub predicted: usize,
    /// Gold items matched with an equal span.
    pub strict_tp: usize,
    /// Gold items matched with an overlapping span.
    pub relaxed_tp: usize,
    /// Relaxed matches whose gold has a value.
    pub valued: usize,
    /// ... and whose value is right.
    pub value_correct: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

impl KindScore {
    /// Strict precision, recall, F1.
    pub fn strict(&self) -> (f64, f64, f64) {
        let p = ratio(self.strict_tp, self.predicted);
        let r = ratio(self.strict_tp, self.gold);
        (p, r, f1(p, r))
    }
    /// Relaxed precision, recall, F1.
    pub fn relaxed(&self) -> (f64, f64, f64) {
        let p = ratio(self.relaxed_tp, self.predicted);
        let r = ratio(self.relaxed_tp, self.gold);
        (p, r, f1(p, r))
    }
    /// Precision and recall of right values: matched claims with the right
    /// value over all predicted claims, and over all gold items. For
    /// attributions this is speaker precision and recall.
    pub fn value_pr(&self) -> (f64, f64) {
        (
            ratio(self.value_correct, self.predicted),
            ratio(self.value_correct, self.gold),
        )
    }

    /// Value accuracy over relaxed matches with a gold value.
    pub fn value_accuracy(&self) -> f64 {
        ratio(self.value_correct, self.valued)
    }
}

/// A failure, for `--show-failures`.
#[derive(Debug, Clone, Serialize)]
pub struct Failure {
    /// Case id.
    pub case: String,
    /// `missed`, `spurious` or `value`.
    pub what: &'static str,
    /// Span text.
    pub text: String,
    /// Expected value.
    pub expected: String,
    /// Our value.
    pub got: String,
    /// The case text.
    pub context: String,
    /// Where the span starts in the case text, in code points as gold
    /// offsets are (the same words may occur earlier).
    pub start: usize,
}

/// Scores of a gold file.
#[derive(Debug, Clone, Default, Serialize)]
pub struct EvalResult {
    /// Cases scored.
    pub cases: usize,
    /// Cases excluded by the scope file.
    pub excluded: usize,
    /// Per kind.
    pub kinds: BTreeMap<String, KindScore>,
    /// Failures, in case order.
    #[serde(skip)]
    pub failures: Vec<Failure>,
}

/// Read a gold file.
pub fn read_gold(path: &Path) -> Result<Vec<GoldCase>> {
    let f = std::fs::File::open(path).map_err(|e| Error::io(path, &e))?;
    let mut out = Vec::new();
    for (i, line) in std::io::BufReader::new(f).lines().enumerate() {
        let line = line.map_err(|e| Error::io(path, &e).with_line(i as u64 + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let case: GoldCase = serde_json::from_str(&line).map_err(|e| {
            Error::new(ErrorKind::Json, format!("not a gold case: {e}"))
                .with_path(path)
                .with_line(i as u64 + 1)
        })?;
        out.push(case);
    }
    Ok(out)
}

/// Read a scope file: lines `CASE_ID<TAB or spaces>reason`; `#` comments.
pub fn read_scope(path: &Path) -> Result<HashMap<String, String>> {
    let s = std::fs::read_to_string(path).map_err(|e| Error::io(path, &e))?;
    let mut m = HashMap::new();
    for (i, line) in s.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (id, reason) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        if reason.trim().is_empty() {
            return Err(Error::new(
                ErrorKind::Value,
                format!("excluded case {id:?} has no reason"),
            )
            .with_path(path)
            .with_line(i as u64 + 1));
        }
        m.insert(id.to_string(), reason.trim().to_string());
    }
    Ok(m)
}

/// Byte offset to code-point offset.
fn cp_offsets(text: &str) -> Vec<usize> {
    // index by byte -> code points before it
    let mut v = vec![0usize; text.len() + 1];
    let mut n = 0;
    for (i, c) in text.char_indices() {
        for k in 0..c.len_utf8() {
            v[i + k] = n;
        }
        n += 1;
    }
    v[text.len()] = n;
    v
}

/// Score `cases` (minus `excluded`), optionally for one kind.
pub fn evaluate(
    cases: &[GoldCase],
    excluded: &HashMap<String, String>,
    only: Option<Kind>,
) -> Result<EvalResult> {
    evaluate_with(cases, excluded, only, DateStyle::default())
}

/// [`evaluate`] extracting with date values in `style` (a gold file's own
/// convention).
pub fn evaluate_with(
    cases: &[GoldCase],
    excluded: &HashMap<String, String>,
    only: Option<Kind>,
    style: DateStyle,
) -> Result<EvalResult> {
    let mut res = EvalResult::default();
    // Kinds this file is about: those of any gold item.
    let mut kinds: Vec<String> = cases
        .iter()
        .flat_map(|c| c.expected.iter().map(|e| e.kind.clone()))
        .collect();
    kinds.sort();
    kinds.dedup();
    if let Some(k) = only {
        kinds.retain(|x| x == k.as_str());
        if kinds.is_empty() {
            kinds.push(k.as_str().to_string());
        }
    }
    for k in &kinds {
        res.kinds.insert(k.clone(), KindScore::default());
    }
    // Files that annotate one kind of figure (currencies only, ages only)
    // are scored on our claims of that type: a percentage in a currency
    // suite is not a false positive.
    let mut gold_types: Vec<String> = cases
        .iter()
        .flat_map(|c| c.expected.iter().filter_map(|e| e.gtype.clone()))
        .collect();
    gold_types.sort();
    gold_types.dedup();
    for case in cases {
        if excluded.contains_key(&case.id) {
            res.excluded += 1;
            continue;
        }
        res.cases += 1;
        let date = case.ref_date.as_deref().and_then(parse_doc_date);
        // Text that looks like front matter but is not: an empty block
        // before it makes it plain text (offsets are shifted back below).
        let doc = Document::from_text(&case.id, case.text.clone())
            .or_else(|_| Document::from_text(&case.id, format!("---\n---\n{}", case.text)))?;
        let shift = if doc.text.len() > case.text.len() {
            doc.text.len() - case.text.len()
        } else {
            0
        };
        let rows = extract(
            &doc,
            &Options {
                doc_date: date,
                date_order: None,
                date_style: style,
            },
        );
        let cps = cp_offsets(&case.text);
        for k in &kinds {
            let score = res.kinds.get_mut(k).expect("kind");
            // Items without a value are mentions of a unit ("dollar",
            // "fahrenheit"), not claims: they are not scored, and a
            // prediction over one is neither right nor spurious.
            let (gold, mentions): (Vec<&GoldItem>, Vec<&GoldItem>) = case
                .expected
                .iter()
                .filter(|e| &e.kind == k)
                .partition(|e| k == "date" || gold_value(e).is_some());
            let preds: Vec<(usize, usize, &crate::ledger::LedgerRow)> = rows
                .iter()
                .filter(|r| &r.kind == k && fits_gold_types(&gold_types, r))
                .map(|r| (cps[r.start - shift], cps[r.end - shift], r))
                .collect();
            let preds: Vec<_> = preds
                .into_iter()
                .filter(|p| !mentions.iter().any(|m| p.0 < m.end && m.start < p.1))
                .collect();
            score.gold += gold.len();
            score.predicted += preds.len();
            let mut used = vec![false; preds.len()];
            for g in &gold {
                // exact span first, then the largest overlap; among equals,
                // one with the gold value (co-speakers of one clause come
                // in no set order)
                let gv = gold_value(g);
                let agrees = |p: &(usize, usize, &crate::ledger::LedgerRow)| {
                    gv.as_deref().is_some_and(|gv| {
                        value_matches(k, g, gv, range_end_in_span(&p.2.value, p.0, p.1, g))
                    })
                };
                let exact = preds
                    .iter()
                    .enumerate()
                    .filter(|(i, p)| !used[*i] && p.0 == g.start && p.1 == g.end)
                    .min_by_key(|(_, p)| !agrees(p))
                    .map(|(i, _)| i);
                let best = exact.or_else(|| {
                    preds
                        .iter()
                        .enumerate()
                        .filter(|(i, p)| !used[*i] && p.0 < g.end && g.start < p.1)
                        .max_by_key(|(_, p)| (p.1.min(g.end) - p.0.max(g.start), agrees(p)))
                        .map(|(i, _)| i)
                });
                let Some(i) = best else {
                    res.failures.push(Failure {
                        case: case.id.clone(),
                        what: "missed",
                        text: g.text.clone(),
                        expected: gv.unwrap_or_default(),
                        got: String::new(),
                        context: case.text.clone(),
                        start: g.start,
                    });
                    continue;
                };
                used[i] = true;
                score.relaxed_tp += 1;
                if exact.is_some() {
                    score.strict_tp += 1;
                }
                if let Some(gv) = gv {
                    score.valued += 1;
                    let ours = range_end_in_span(&preds[i].2.value, preds[i].0, preds[i].1, g);
                    if value_matches(k, g, &gv, ours) {
                        score.value_correct += 1;
                    } else {
                        res.failures.push(Failure {
                            case: case.id.clone(),
                            what: "value",
                            text: g.text.clone(),
                            expected: gv,
                            got: format!("{} [{}]", preds[i].2.value, preds[i].2.text),
                            context: case.text.clone(),
                            start: g.start,
                        });
                    }
                }
            }
            for (i, p) in preds.iter().enumerate() {
                if !used[i] {
                    res.failures.push(Failure {
                        case: case.id.clone(),
                        what: "spurious",
                        text: p.2.text.clone(),
                        expected: String::new(),
                        got: p.2.value.clone(),
                        context: case.text.clone(),
                        start: p.0,
                    });
                }
            }
        }
    }
    Ok(res)
}

/// Suites without ranges annotate one end of ours ("50 years old" of "40 -
/// 50 years old"): then our value there is the end whose side the gold span
/// covers. Otherwise (and for any other value) `ours` unchanged.
fn range_end_in_span<'a>(ours: &'a str, start: usize, end: usize, g: &GoldItem) -> &'a str {
    let Some((lo, hi)) = ours.split_once("..") else {
        return ours;
    };
    // a gold range is a range whatever words our span has beyond it
    // ("aged 10 to 11", "between £2bn and £2.5bn a year")
    if gold_value(g).is_some_and(|v| v.contains("..")) {
        return ours;
    }
    if g.start > start && g.end >= end {
        hi
    } else if g.start <= start && g.end < end {
        lo
    } else {
        ours
    }
}

/// Whether one of our claims is of a type the gold file annotates. Types
/// we do not know (and files without types) admit every claim of the kind.
pub fn fits_gold_types(gold_types: &[String], row: &crate::ledger::LedgerRow) -> bool {
    if row.kind != "figure" || gold_types.is_empty() {
        return true;
    }
    let unit_dim = crate::normalize::unit::unit_by_symbol(&row.unit).map(|u| u.dim);
    use crate::normalize::unit::Dim;
    gold_types.iter().any(|t| match t.as_str() {
        "number" => true,
        "currency" => row.ctype == "money",
        "percentage" => row.ctype == "percent",
        "ordinal" | "ordinal.relative" => row.ctype == "ordinal",
        "age" => unit_dim == Some(Dim::Age),
        "temperature" => unit_dim == Some(Dim::Temperature),
        "dimension" => {
            (row.ctype == "quantity" || row.ctype == "range" && unit_dim.is_some())
                && !matches!(unit_dim, Some(Dim::Age | Dim::Temperature))
        }
        _ => true,
    })
}

fn gold_value(g: &GoldItem) -> Option<String> {
    if let Some(v) = &g.value_norm {
        return Some(v.clone());
    }
    match &g.value {
        Some(serde_json::Value::String(s)) if s != "null" => Some(s.clone()),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        _ => None,
    }
}

/// A gold value rounded to three or more decimals ("0.6667" for
/// two-thirds) means ours when ours rounds to it: a repeating fraction
/// written short. (Fewer decimals are a figure as stated, never rounded.)
fn rounded_equal(gold: &str, ours: &str) -> bool {
    let gold = gold.trim();
    let decimals = gold.split_once('.').map_or(0, |(_, d)| d.len());
    match (gold.parse::<f64>(), ours.trim().parse::<f64>()) {
        (Ok(g), Ok(o)) if decimals >= 3 => (g - o).abs() <= 0.5 * 10f64.powi(-(decimals as i32)),
        _ => false,
    }
}

fn nums_equal(a: &str, b: &str) -> bool {
    match (a.trim().parse::<f64>(), b.trim().parse::<f64>()) {
        (Ok(x), Ok(y)) => (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0),
        _ => false,
    }
}

/// Whether our value means the gold value.
pub fn value_matches(kind: &str, g: &GoldItem, gold: &str, ours: &str) -> bool {
    if kind == "attribution" {
        return same_speaker(gold, ours);
    }
    if kind != "date" {
        if let Some((lo, hi)) = ours.split_once("..") {
            return gold
                .split_once("..")
                .is_some_and(|(a, b)| nums_equal(a, lo) && nums_equal(b, hi));
        }
        // Sub-units: the gold counts "50 cents" as 50 (unit Cent), we as 0.5 USD.
        let sub_unit = matches!(g.unit.as_deref(), Some("Cent" | "Pence" | "Penny" | "Sen"));
        let scaled = gold
            .trim()
            .parse::<f64>()
            .ok()
            .map(|v| crate::normalize::number::fmt_num(v / 100.0));
        return nums_equal(gold, ours)
            || rounded_equal(gold, ours)
            || gold.trim() == ours.trim()
            || (sub_unit && scaled.is_some_and(|x| nums_equal(&x, ours)));
    }
    let mut accepted: Vec<&str> = vec![gold];
    accepted.extend(g.alternatives.iter().map(String::as_str));
    if let Some(t) = &g.timex {
        accepted.push(t);
    }
    accepted.iter().any(|a| date_value_matches(g, a, ours))
}

/// Speakers are the same when equal ignoring case and apostrophes, or when
/// one is the other's surname ("Lavrov" = "Sergei Lavrov").
pub fn same_speaker(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.to_lowercase()
            .replace(['’', '\'', '\\'], "")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (a, b) = (norm(a), norm(b));
    !a.is_empty() && (a == b || a.ends_with(&format!(" {b}")) || b.ends_with(&format!(" {a}")))
}

fn norm_time(s: &str) -> String {
    // a span of times, end by end: "17:00:00/18:00:00" = "T17:00/T18:00"
    if let Some((a, b)) = s.split_once('/')
        && a.contains(':')
        && b.contains(':')
    {
        return format!("{}/{}", norm_time(a), norm_time(b));
    }
    // "14:00:00" / "T14:00" / "2016-11-07T09:00:00" -> without seconds
    let s = s.replace(' ', "T");
    let mut s = s.strip_prefix('T').unwrap_or(&s).to_string();
    // an hour alone ("T15", "XXXX-WXX-1T16") is that hour sharp
    let b = s.as_bytes();
    let n = b.len();
    if (n == 2 || n > 3 && b[n - 3] == b'T') && b[n - 2..].iter().all(u8::is_ascii_digit) {
        s.push_str(":00");
    }
    if s.len() >= 8 && s.ends_with(":00") && s[s.len() - 8..].matches(':').count() == 2 {
        s[..s.len() - 3].to_string()
    } else {
        s
    }
}

/// The clock hours Recognizers gives a part of the day (`TMO` is
/// 08:00-12:00), so that our TIMEX `2016-11-08TMO` and its resolved
/// `2016-11-08T08:00:00/2016-11-08T12:00:00` compare equal.
fn part_of_day_hours(code: &str) -> Option<(&'static str, &'static str)> {
    Some(match code {
        "MO" => ("08:00:00", "12:00:00"),
        "AF" => ("12:00:00", "16:00:00"),
        "EV" => ("16:00:00", "20:00:00"),
        "NI" => ("20:00:00", "23:59:59"),
        _ => return None,
    })
}

/// Same TIMEX meaning, different spelling: a part of a day against its
/// clock range, a recurring part of the day (`TNI` = `XXXX-XX-XXTNI`),
/// every weekend (`P1WE` = `XXXX-WXX-WE`), and a vague count of units
/// (`PXW`, "several weeks") against the spec's placeholder count of them.
fn same_timex_meaning(g: &GoldItem, gold: &str, ours: &str) -> bool {
    if let Some((day, code)) = ours.split_once('T')
        && day.len() == 10
        && let Some((s, e)) = part_of_day_hours(code)
        && gold == format!("{day}T{s}/{day}T{e}")
    {
        return true;
    }
    if ours.strip_prefix("XXXX-XX-XX") == Some(gold) || (gold == "P1WE" && ours == "XXXX-WXX-WE") {
        return true;
    }
    if g.unit.as_deref() == Some("second")
        && let Some(unit) = ours.strip_prefix("PTX").or_else(|| ours.strip_prefix("PX"))
        && let (Ok(secs), Some(one)) = (
            gold.parse::<f64>(),
            duration_seconds(&ours.replacen('X', "1", 1)),
        )
        && !unit.is_empty()
    {
        let n = secs / one;
        return n >= 2.0 && n.fract() == 0.0;
    }
    false
}

/// Seconds in `P3Y6M` read as 3.5 years, as taggers count "3.5 years"
/// (365 days a year, where months alone are 30 days).
fn as_fraction_of_years(ours: &str) -> Option<f64> {
    let (y, m) = ours.strip_prefix('P')?.strip_suffix('M')?.split_once('Y')?;
    let (y, m): (f64, f64) = (y.parse().ok()?, m.parse().ok()?);
    Some((y + m / 12.0) * 365.0 * 86400.0)
}

fn date_value_matches(g: &GoldItem, gold: &str, ours: &str) -> bool {
    if gold == ours || norm_time(gold) == norm_time(ours) || same_timex_meaning(g, gold, ours) {
        return true;
    }
    if g.unit.as_deref() == Some("second") || gold.parse::<f64>().is_ok() && ours.starts_with('P') {
        let close = |b: Option<f64>| {
            gold.parse::<f64>()
                .is_ok_and(|a| b.is_some_and(|b| (a - b).abs() < 1.0))
        };
        return close(duration_seconds(ours)) || close(as_fraction_of_years(ours));
    }
    // open starts: "/2018-01-01" (before 2018) ends where our end element
    // ends ("/2017") or, as for closed intervals, where it starts
    if let (Some(ge), Some(oe)) = (gold.strip_prefix('/'), ours.strip_prefix('/')) {
        let ge = chrono::NaiveDate::parse_from_str(ge.get(..10).unwrap_or(""), "%Y-%m-%d").ok();
        return ge.is_some()
            && !oe.contains('T')
            && interval(oe).is_some_and(|(s, e)| ge == Some(e) || ge == Some(s));
    }
    // intervals: compare [start, end) as dates
    let gi = gold_interval(gold);
    let oi = our_interval(ours);
    match (gi, oi) {
        (Some((gs, ge)), Some((os, oe))) => {
            // Recognizers ends "from 2014 to 2018" at the start of its end
            // element (2018-01-01); the contract's 2014/2018 covers 2018 too.
            let end_element_start = ours
                .split_once('/')
                .and_then(|(_, b)| interval(b))
                .map(|(s, _)| s);
            gs == os && (ge.is_none() || ge == oe || (ge.is_some() && ge == end_element_start))
        }
        _ => false,
    }
}

type Span = (chrono::NaiveDate, Option<chrono::NaiveDate>);

fn gold_interval(v: &str) -> Option<Span> {
    let day = |s: &str| chrono::NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok();
    match v.split_once('/') {
        Some((a, "")) => Some((day(a)?, None)),
        Some((a, b)) => Some((day(a)?, Some(day(b)?))),
        None => {
            let d = day(v)?;
            if v.len() > 10 {
                return None; // a datetime is not a day interval
            }
            Some((d, Some(d + chrono::Duration::days(1))))
        }
    }
}

fn our_interval(v: &str) -> Option<Span> {
    if v.contains('T') {
        return None;
    }
    match v.split_once('/') {
        Some((a, "")) => Some((interval(a)?.0, None)),
        Some(_) => interval(v).map(|(s, e)| (s, Some(e))),
        None => interval(v).map(|(s, e)| (s, Some(e))),
    }
}

/// Print scores as a text table.
pub fn write_text<W: std::io::Write>(mut w: W, name: &str, r: &EvalResult) -> std::io::Result<()> {
    writeln!(
        w,
        "{name}: {} cases scored, {} excluded",
        r.cases, r.excluded
    )?;
    writeln!(
        w,
        "{:<12} {:>5} {:>5}  {:>6} {:>6} {:>6}  {:>6} {:>6} {:>6}  {:>6}",
        "kind", "gold", "pred", "s.P", "s.R", "s.F1", "r.P", "r.R", "r.F1", "value"
    )?;
    for (k, s) in &r.kinds {
        let (sp, sr, sf) = s.strict();
        let (rp, rr, rf) = s.relaxed();
        writeln!(
            w,
            "{:<12} {:>5} {:>5}  {:>6.3} {:>6.3} {:>6.3}  {:>6.3} {:>6.3} {:>6.3}  {:>6.3}",
            k,
            s.gold,
            s.predicted,
            sp,
            sr,
            sf,
            rp,
            rr,
            rf,
            s.value_accuracy()
        )?;
        if k == "attribution" {
            let (p, r) = s.value_pr();
            writeln!(
                w,
                "{:<12} speaker precision {p:.3}, speaker recall {r:.3}",
                ""
            )?;
        }
    }
    Ok(())
}

/// Scores as JSON.
pub fn to_json(name: &str, r: &EvalResult) -> serde_json::Value {
    let kinds: serde_json::Map<String, serde_json::Value> = r
        .kinds
        .iter()
        .map(|(k, s)| {
            let (sp, sr, sf) = s.strict();
            let (rp, rr, rf) = s.relaxed();
            (
                k.clone(),
                serde_json::json!({
                    "gold": s.gold, "predicted": s.predicted,
                    "strict": {"precision": sp, "recall": sr, "f1": sf},
                    "relaxed": {"precision": rp, "recall": rr, "f1": rf},
                    "value_accuracy": s.value_accuracy(),
                "value_precision": s.value_pr().0,
                "value_recall": s.value_pr().1,
                }),
            )
        })
        .collect();
    serde_json::json!({"gold": name, "cases": r.cases, "excluded": r.excluded, "kinds": kinds})
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(text: &str, items: &str) -> GoldCase {
        serde_json::from_str(&format!(
            "{{\"id\":\"c\",\"text\":{text:?},\"ref_date\":\"2016-09-10\",\"expected\":{items}}}"
        ))
        .unwrap()
    }

    #[test]
    fn a_gold_value_rounded_short_matches_the_full_fraction() {
        assert!(rounded_equal("0.6667", "0.666666666667"));
        assert!(rounded_equal("0.333", "0.333333333333"));
        assert!(!rounded_equal("0.6667", "0.6"), "not any value near it");
        // a value stated with fewer decimals is exact
        assert!(!rounded_equal("0.67", "0.666666666667"));
        assert!(!rounded_equal("5", "5.4"));
    }

    #[test]
    fn code_point_offsets_and_values() {
        let c = case(
            "Über 290,000 died.",
            r#"[{"start":5,"end":12,"text":"290,000","kind":"figure","value":"290000"}]"#,
        );
        let r = evaluate(&[c], &HashMap::new(), None).unwrap();
        let s = &r.kinds["figure"];
        assert_eq!((s.gold, s.strict_tp, s.value_correct), (1, 1, 1));
    }

    #[test]
    fn date_grains_and_durations_compare_as_meant() {
        let g: GoldItem = serde_json::from_str(
            r#"{"start":0,"end":1,"kind":"date","value":"2016-09-01/2016-10-01"}"#,
        )
        .unwrap();
        assert!(value_matches(
            "date",
            &g,
            "2016-09-01/2016-10-01",
            "2016-09"
        ));
        assert!(!value_matches(
            "date",
            &g,
            "2016-09-01/2016-10-01",
            "2016-10"
        ));
        let d: GoldItem = serde_json::from_str(
            r#"{"start":0,"end":1,"kind":"date","value":"432000","unit":"second"}"#,
        )
        .unwrap();
        assert!(value_matches("date", &d, "432000", "P5D"));
        // 3.5 years in a tagger's seconds is our P3Y6M (and P1Y3M 1.25
        // years), though six of its 30-day months would be 2.5 days short.
        let y: GoldItem = serde_json::from_str(
            r#"{"start":0,"end":1,"kind":"date","value":"110376000","unit":"second"}"#,
        )
        .unwrap();
        assert!(value_matches("date", &y, "110376000", "P3Y6M"));
        assert!(!value_matches("date", &y, "110376000", "P3Y5M"));
        let t: GoldItem =
            serde_json::from_str(r#"{"start":0,"end":1,"kind":"date","value":"14:00:00"}"#)
                .unwrap();
        assert!(value_matches("date", &t, "14:00:00", "T14:00"));
        let o: GoldItem =
            serde_json::from_str(r#"{"start":0,"end":1,"kind":"date","value":"2011-01-01/"}"#)
                .unwrap();
        assert!(value_matches("date", &o, "2011-01-01/", "2011/"));
        let b: GoldItem =
            serde_json::from_str(r#"{"start":0,"end":1,"kind":"date","value":"/2018-01-01"}"#)
                .unwrap();
        assert!(value_matches("date", &b, "/2018-01-01", "/2017"));
        assert!(!value_matches("date", &b, "/2018-01-01", "/2016"));
        let p: GoldItem = serde_json::from_str(
            r#"{"start":0,"end":1,"kind":"date","value":"2016-11-08T12:00:00/2016-11-08T16:00:00"}"#,
        )
        .unwrap();
        assert!(value_matches(
            "date",
            &p,
            "2016-11-08T12:00:00/2016-11-08T16:00:00",
            "2016-11-08TAF"
        ));
        assert!(!value_matches(
            "date",
            &p,
            "2016-11-08T12:00:00/2016-11-08T16:00:00",
            "2016-11-08TMO"
        ));
        let v: GoldItem = serde_json::from_str(
            r#"{"start":0,"end":1,"kind":"date","value":"1814400","unit":"second"}"#,
        )
        .unwrap();
        assert!(value_matches("date", &v, "1814400", "PXW"));
        assert!(!value_matches("date", &v, "1814400", "PXM"));
    }

    #[test]
    fn a_gold_item_on_one_end_of_our_range_is_that_end() {
        // "40 - 50 years old" is our range 40..50; the suite marks "50 years old".
        let c = case(
            "He is about 40 - 50 years old.",
            r#"[{"start":17,"end":29,"text":"50 years old","kind":"figure","type":"age","value":"50"}]"#,
        );
        let r = evaluate(&[c], &HashMap::new(), None).unwrap();
        let s = &r.kinds["figure"];
        assert_eq!((s.relaxed_tp, s.value_correct), (1, 1));
        // the other end is not right
        let c = case(
            "He is about 40 - 50 years old.",
            r#"[{"start":17,"end":29,"text":"50 years old","kind":"figure","type":"age","value":"40"}]"#,
        );
        let r = evaluate(&[c], &HashMap::new(), None).unwrap();
        assert_eq!(r.kinds["figure"].value_correct, 0);
    }

    #[test]
    fn a_gold_range_inside_our_longer_span_is_the_whole_range() {
        let c = case(
            "Among children aged 10 to 11, one in five was obese.",
            r#"[{"start":20,"end":28,"text":"10 to 11","kind":"figure","type":"range","value":"10..11"}]"#,
        );
        let r = evaluate(&[c], &HashMap::new(), Some(Kind::Figure)).unwrap();
        let s = &r.kinds["figure"];
        assert_eq!((s.relaxed_tp, s.value_correct), (1, 1), "{:?}", r.failures);
    }

    #[test]
    fn co_speakers_of_one_clause_match_in_any_order() {
        let text = "Erik Brandsen and Karin Aske said that prices rose.";
        let (a, b) = (text.find("prices").unwrap(), text.find('.').unwrap());
        let item = |who: &str| {
            format!(
                r#"{{"start":{a},"end":{b},"text":"prices rose","kind":"attribution","type":"reported","value":"{who}"}}"#
            )
        };
        let c = case(
            text,
            &format!("[{},{}]", item("Karin Aske"), item("Erik Brandsen")),
        );
        let r = evaluate(&[c], &HashMap::new(), None).unwrap();
        let s = &r.kinds["attribution"];
        assert_eq!((s.strict_tp, s.value_correct), (2, 2));
    }

    #[test]
    fn spurious_and_missed_count() {
        let c = case(
            "Call me at noon about 5 apples.",
            r#"[{"start":22,"end":23,"text":"5","kind":"figure","value":"5"},{"start":0,"end":4,"text":"Call","kind":"figure","value":"1"}]"#,
        );
        let r = evaluate(&[c], &HashMap::new(), Some(Kind::Figure)).unwrap();
        let s = &r.kinds["figure"];
        assert_eq!(s.gold, 2);
        assert_eq!(s.relaxed_tp, 1);
        assert!(r.failures.iter().any(|f| f.what == "missed"));
    }
}
