//! The checker: each ledger row against the reference facts it is about,
//! giving a verdict and a reason in words.
//!
//! Binding (which fact is about which claim) follows the contract: a fact's
//! match phrase must occur in the claim's subject or sentence; in a
//! sentence with several claims of the kind, the phrase binds to the claim
//! whose subject contains it, else to the nearest claim of a fitting type.
//! Among facts bound to one claim, the longest matched phrase wins; equally
//! specific facts that disagree make the verdict `ambiguous`.
//!
//! Comparison honours the claim's wording: its stated precision (rounding:
//! "2.1%" holds 2.05..2.15), its qualifier ("more than", "nearly"), the
//! fact's tolerance, units (converted where a conversion exists), periods,
//! and for dates the claim's own grain ("September" holds 2016-09-12).

use crate::claim::Kind;
use crate::ledger::LedgerRow;
use crate::normalize::date::{duration_range, interval, whole_units};
use crate::normalize::number::fmt_num;
use crate::normalize::unit::{CURRENCY_CODES, convert};
use crate::reference::{Reference, ReferenceFact, Tolerance};
use aho_corasick::AhoCorasick;
use serde::Serialize;
use std::collections::HashMap;

/// A verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The reference agrees with the claim as worded.
    Consistent,
    /// The reference contradicts the claim.
    Mismatch,
    /// No fact is about this claim.
    Unverified,
    /// Several equally specific facts disagree.
    Ambiguous,
}

impl Verdict {
    /// The contract's word.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Consistent => "consistent",
            Verdict::Mismatch => "mismatch",
            Verdict::Unverified => "unverified",
            Verdict::Ambiguous => "ambiguous",
        }
    }
}

/// The outcome for one claim.
#[derive(Debug, Clone)]
pub struct Checked {
    /// The claim.
    pub row: LedgerRow,
    /// The fact it was compared with.
    pub fact: Option<ReferenceFact>,
    /// Verdict.
    pub verdict: Verdict,
    /// Why, in words.
    pub reason: String,
}

/// Reviewed claims: ids (with a decision) whose mismatches are known and
/// accepted, so that CI fails only on new ones.
#[derive(Debug, Clone, Default)]
pub struct Baseline {
    decisions: HashMap<String, String>,
}

impl Baseline {
    /// Read a CSV with an `id` column and optional `decision` column — for
    /// example a filtered earlier `check --format csv` report.
    pub fn from_path(path: &std::path::Path) -> crate::error::Result<Baseline> {
        let f = std::fs::File::open(path).map_err(|e| crate::error::Error::io(path, &e))?;
        let mut rdr = csv::Reader::from_reader(f);
        let headers: Vec<String> = rdr
            .headers()
            .map_err(|e| crate::ledger::csv_error(e, path))?
            .iter()
            .map(|h| h.trim_start_matches('\u{feff}').trim().to_ascii_lowercase())
            .collect();
        let Some(id_col) = headers.iter().position(|h| h == "id") else {
            return Err(crate::error::Error::new(
                crate::error::ErrorKind::Csv,
                "baseline has no \"id\" column",
            )
            .with_path(path)
            .with_line(1));
        };
        let decision_col = headers.iter().position(|h| h == "decision");
        let mut decisions = HashMap::new();
        for rec in rdr.records() {
            let rec = rec.map_err(|e| crate::ledger::csv_error(e, path))?;
            let id = rec.get(id_col).unwrap_or("").trim();
            if id.is_empty() {
                continue;
            }
            let d = decision_col
                .and_then(|c| rec.get(c))
                .map(str::trim)
                .filter(|d| !d.is_empty())
                .unwrap_or("reviewed");
            decisions.insert(id.to_string(), d.to_string());
        }
        Ok(Baseline { decisions })
    }

    /// Mark the mismatches the baseline lists (their reason says so) and
    /// return how many there were.
    pub fn apply(&self, checked: &mut [Checked]) -> usize {
        let mut n = 0;
        for c in checked
            .iter_mut()
            .filter(|c| c.verdict == Verdict::Mismatch)
        {
            if let Some(d) = self.decisions.get(&c.row.id) {
                c.reason = format!("{} [in baseline: {d}]", c.reason);
                n += 1;
            }
        }
        n
    }

    /// Whether the baseline lists this claim.
    pub fn contains(&self, id: &str) -> bool {
        self.decisions.contains_key(id)
    }
}

/// Check every row against the reference. Rows keep their order.
pub fn check(rows: &[LedgerRow], reference: &Reference) -> Vec<Checked> {
    // One automaton over every match phrase of every fact: each sentence
    // is scanned once, whatever the size of the reference (a corpus of a
    // million claims against 100,000 facts is a linear pass, not a product).
    let mut owners: Vec<(usize, usize)> = Vec::new(); // pattern -> (fact, phrase len)
    let mut patterns: Vec<&str> = Vec::new();
    for (fi, fact) in reference.facts.iter().enumerate() {
        for p in &fact.phrases {
            patterns.push(p.as_str());
            owners.push((fi, p.len()));
        }
    }
    let automaton = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(&patterns)
        .expect("reference phrases build an automaton");
    let mut bound: HashMap<usize, Vec<(usize, usize)>> = HashMap::new(); // row -> (fact, phrase len)
    let mut by_sentence: HashMap<(&str, usize), Vec<usize>> = HashMap::new();
    for (i, r) in rows.iter().enumerate() {
        by_sentence
            .entry((r.doc.as_str(), r.sentence))
            .or_default()
            .push(i);
    }
    let mut bind = |i: usize, fi: usize, len: usize| {
        let e = bound.entry(i).or_default();
        match e.iter_mut().find(|(f, _)| *f == fi) {
            Some(x) => x.1 = x.1.max(len),
            None => e.push((fi, len)),
        }
    };
    for idxs in by_sentence.values() {
        let context = rows[idxs[0]].context.as_str();
        for m in automaton.find_overlapping_iter(context) {
            if !on_word_boundaries(context, m.start(), m.end()) {
                continue;
            }
            let (fi, plen) = owners[m.pattern().as_usize()];
            let fact = &reference.facts[fi];
            let phrase = patterns[m.pattern().as_usize()];
            let ppos = m.start();
            let fitting: Vec<usize> = idxs
                .iter()
                .copied()
                .filter(|&i| {
                    rows[i].kind == fact.kind.as_str()
                        && type_fits(&rows[i], fact)
                        && period_fits(&rows[i], fact)
                        && no_ref_override(&rows[i])
                })
                .collect();
            if fitting.is_empty() {
                continue;
            }
            let in_subject: Vec<usize> = fitting
                .iter()
                .copied()
                .filter(|&i| find_phrase(&rows[i].subject.to_lowercase(), phrase).is_some())
                .collect();
            if !in_subject.is_empty() {
                for i in in_subject {
                    bind(i, fi, plen);
                }
                continue;
            }
            // Else the nearest claim to the phrase, in either direction.
            let distance = |i: usize| {
                let r = &rows[i];
                r.context
                    .find(&r.text)
                    .map(|p| {
                        let e = p + r.text.len();
                        let pend = ppos + plen;
                        if pend <= p {
                            p - pend
                        } else {
                            ppos.saturating_sub(e)
                        }
                    })
                    .unwrap_or(usize::MAX)
            };
            let best = fitting
                .iter()
                .copied()
                .min_by_key(|&i| distance(i))
                .expect("non-empty");
            bind(best, fi, plen);
        }
    }
    // A quote can run over several sentences: attribution facts also bind
    // to every attribution whose content contains the phrase.
    for (fi, fact) in reference
        .facts
        .iter()
        .enumerate()
        .filter(|(_, f)| f.kind == Kind::Attribution)
    {
        for (i, r) in rows
            .iter()
            .enumerate()
            .filter(|(_, r)| r.kind == "attribution" && no_ref_override(r))
        {
            let subject = r.subject.to_lowercase();
            if let Some(len) = fact
                .phrases
                .iter()
                .filter(|p| find_phrase(&subject, p).is_some())
                .map(|p| p.len())
                .max()
            {
                let e = bound.entry(i).or_default();
                match e.iter_mut().find(|(f, _)| *f == fi) {
                    Some(x) => x.1 = x.1.max(len),
                    None => e.push((fi, len)),
                }
            }
        }
    }
    rows.iter()
        .enumerate()
        .map(|(i, row)| {
            if let Some(key) = row.get("ref").filter(|k| !k.trim().is_empty()) {
                return match reference.get(key.trim()) {
                    Some(f) => {
                        let (verdict, reason) = compare_in(row, f, reference);
                        Checked { row: row.clone(), fact: Some(f.clone()), verdict, reason }
                    }
                    None => Checked { row: row.clone(), fact: None, verdict: Verdict::Unverified, reason: format!("the row names reference key {key:?}, which the reference table does not have") },
                };
            }
            let Some(cands) = bound.get(&i) else {
                return Checked { row: row.clone(), fact: None, verdict: Verdict::Unverified, reason: "no reference fact matched".into() };
            };
            let best_len = cands.iter().map(|c| c.1).max().unwrap_or(0);
            let mut top: Vec<&ReferenceFact> = cands.iter().filter(|c| c.1 == best_len).map(|c| &reference.facts[c.0]).collect();
            // One series over several periods, and a claim that names none:
            // the latest period is the one the claim is read against.
            if top.len() > 1 && row.period.is_empty() && is_series(&top) {
                top.sort_by(|a, b| b.period.cmp(&a.period));
                let f = top[0];
                let (mut verdict, mut reason) = compare_in(row, f, reference);
                if verdict == Verdict::Mismatch
                    && let Some(other) = top[1..].iter().find(|o| compare_in(row, o, reference).0 == Verdict::Consistent)
                {
                    reason = format!("{reason}; it matches {} for {}: a figure from another period", other.key, other.period);
                    verdict = Verdict::Mismatch;
                }
                return Checked { row: row.clone(), fact: Some(f.clone()), verdict, reason };
            }
            let results: Vec<(Verdict, String)> = top.iter().map(|f| compare_in(row, f, reference)).collect();
            if top.len() > 1 && results.iter().any(|r| r.0 != results[0].0) {
                let keys: Vec<&str> = top.iter().map(|f| f.key.as_str()).collect();
                return Checked { row: row.clone(), fact: Some(top[0].clone()), verdict: Verdict::Ambiguous, reason: format!("equally specific facts disagree: {}", keys.join(", ")) };
            }
            let (verdict, reason) = results.into_iter().next().expect("one result");
            Checked { row: row.clone(), fact: Some(top[0].clone()), verdict, reason }
        })
        .collect()
}

fn no_ref_override(r: &LedgerRow) -> bool {
    r.get("ref").is_none_or(|k| k.trim().is_empty())
}

/// Whether `start..end` of `s` begins and ends at word boundaries.
fn on_word_boundaries(s: &str, start: usize, end: usize) -> bool {
    s[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
        && s[end..].chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// Case-insensitive phrase search on word boundaries.
fn find_phrase(haystack_lower: &str, phrase: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(p) = haystack_lower[from..].find(phrase) {
        let s = from + p;
        let e = s + phrase.len();
        let before_ok = haystack_lower[..s]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after_ok = haystack_lower[e..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if before_ok && after_ok {
            return Some(s);
        }
        from = s + phrase.len().max(1);
        while from < haystack_lower.len() && !haystack_lower.is_char_boundary(from) {
            from += 1;
        }
    }
    None
}

fn unit_class(unit: &str) -> &'static str {
    if unit.is_empty() {
        "count"
    } else if unit == "percent" || unit == "percentage_point" {
        "percent"
    } else if CURRENCY_CODES.contains(&unit.split('/').next().unwrap_or("")) {
        "money"
    } else {
        "quantity"
    }
}

/// A fact fits a claim's type: durations with durations, calendar dates
/// with calendar dates; money with money, per cent with per cent (or
/// points), quantities with quantities; a fact with no unit fits counts
/// and ratios.
fn type_fits(row: &LedgerRow, fact: &ReferenceFact) -> bool {
    match fact.kind {
        Kind::Date => {
            let fact_dur = fact.value.starts_with('P');
            let claim_dur = row.ctype == "duration" || row.value.starts_with('P');
            fact_dur == claim_dur && row.ctype != "set"
        }
        Kind::Figure => {
            if row.ctype == "ordinal" {
                return false;
            }
            let (c, f) = (unit_class(&row.unit), unit_class(&fact.unit));
            c == f
        }
        Kind::Attribution => true,
    }
}

/// A fact with a period is compared only with claims about that period.
fn period_fits(row: &LedgerRow, fact: &ReferenceFact) -> bool {
    if fact.period.is_empty() || row.kind != "figure" {
        return true;
    }
    let Some((fs, fe)) = interval(&fact.period) else {
        return true;
    };
    if row.period.is_empty() {
        return true;
    }
    match interval(&row.period) {
        Some((cs, ce)) => {
            cs < fe
                && fs < ce
                && !(cs < fs && ce > fe && (ce - cs).num_days() > 400 && (fe - fs).num_days() < 370)
        }
        None => true,
    }
}

/// Facts of one series: same match phrases and unit, distinct periods.
fn is_series(facts: &[&ReferenceFact]) -> bool {
    let f0 = facts[0];
    facts
        .iter()
        .all(|f| f.phrases == f0.phrases && f.unit == f0.unit && !f.period.is_empty())
        && facts
            .iter()
            .map(|f| &f.period)
            .collect::<std::collections::HashSet<_>>()
            .len()
            == facts.len()
}

/// Words that give a change its direction.
fn direction(context_before: &str) -> Option<f64> {
    let words: Vec<String> = context_before
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect();
    for w in words.iter().rev().take(6) {
        match w.as_str() {
            "fell" | "falls" | "fall" | "dropped" | "drops" | "declined" | "declines" | "down"
            | "lower" | "eased" | "eases" | "decreased" | "slipped" | "slid" | "cut" | "shrank"
            | "narrowed" => return Some(-1.0),
            "rose" | "rises" | "rise" | "up" | "higher" | "increased" | "increases" | "climbed"
            | "grew" | "jumped" | "added" | "widened" | "gained" => return Some(1.0),
            _ => {}
        }
    }
    None
}

/// Whether the claim states a change ("by 0.3 percentage points").
fn is_change(row: &LedgerRow) -> bool {
    if row.unit == "percentage_point" {
        return true;
    }
    let before = row
        .context
        .find(&row.text)
        .map(|p| &row.context[..p])
        .unwrap_or("");
    let b = before.trim_end().to_lowercase();
    b.ends_with(" by") && direction(before).is_some()
}

/// Compare one claim with one fact, with the whole reference at hand for
/// changes between periods of a series.
pub fn compare_in(
    row: &LedgerRow,
    fact: &ReferenceFact,
    reference: &Reference,
) -> (Verdict, String) {
    if fact.kind == Kind::Figure
        && fact.unit == "percent"
        && !fact.period.is_empty()
        && is_change(row)
    {
        let (Some(prev), Some(cur), Some(claimed)) = (
            previous_in_series(reference, fact),
            fact.number(),
            row.value.parse::<f64>().ok(),
        ) else {
            return (
                Verdict::Unverified,
                format!(
                    "claims a change of {}; the reference has no earlier period of {} to compute it",
                    row.value, fact.key
                ),
            );
        };
        let Some(before) = prev.number() else {
            return compare(row, fact);
        };
        let diff = cur - before;
        let before_text = row
            .context
            .find(&row.text)
            .map(|p| &row.context[..p])
            .unwrap_or("");
        let sign = direction(before_text).unwrap_or(if diff < 0.0 { -1.0 } else { 1.0 });
        let stated = sign * claimed.abs();
        let half = row.precision.parse::<f64>().unwrap_or(0.0) / 2.0;
        let what = format!(
            "the change from {} ({}) to {} ({}) is {} points",
            fmt_num(before),
            prev.period,
            fmt_num(cur),
            fact.period,
            fmt_num(diff)
        );
        if row.unit != "percentage_point" {
            return (
                Verdict::Mismatch,
                format!(
                    "claims a change of {}{}; {what}: a change in percentage points written as per cent",
                    row.value,
                    pretty_unit(&row.unit)
                ),
            );
        }
        if (stated - diff).abs() <= half + 1e-9 {
            return (
                Verdict::Consistent,
                format!("claims a change of {} points; {what}", fmt_num(stated)),
            );
        }
        if (stated + diff).abs() <= half + 1e-9 {
            return (
                Verdict::Mismatch,
                format!(
                    "claims a change of {} points; {what}: the direction is wrong",
                    fmt_num(stated)
                ),
            );
        }
        return (
            Verdict::Mismatch,
            format!("claims a change of {} points; {what}", fmt_num(stated)),
        );
    }
    let (verdict, reason) = compare(row, fact);
    // "rose to 2.8%": the level may be right and the direction wrong.
    if verdict == Verdict::Consistent
        && fact.kind == Kind::Figure
        && !fact.period.is_empty()
        && let Some(claimed) = level_direction(row)
        && let Some(prev) = previous_in_series(reference, fact)
        && let (Some(before), Some(cur)) = (prev.number(), fact.number())
        && (cur - before) * claimed < 0.0
    {
        let went = if cur > before { "rose" } else { "fell" };
        return (
            Verdict::Mismatch,
            format!(
                "{reason}; but the reference {went} from {} ({}) to {} ({}): the direction is wrong",
                fmt_num(before),
                prev.period,
                fmt_num(cur),
                fact.period
            ),
        );
    }
    (verdict, reason)
}

/// The fact of the same series for the period before `fact`'s.
fn previous_in_series<'r>(
    reference: &'r Reference,
    fact: &ReferenceFact,
) -> Option<&'r ReferenceFact> {
    reference
        .facts
        .iter()
        .filter(|f| {
            f.phrases == fact.phrases
                && f.unit == fact.unit
                && !f.period.is_empty()
                && f.period < fact.period
        })
        .max_by(|a, b| a.period.cmp(&b.period))
}

/// The direction a level is said to have moved in: "rose to 2.8%" is up,
/// "slowed to 2.8%" down; `None` without such a verb right before it.
fn level_direction(row: &LedgerRow) -> Option<f64> {
    let before = row.context.find(&row.text).map(|p| &row.context[..p])?;
    let b = before.trim_end().to_lowercase();
    let b = b.strip_suffix(" to")?;
    let verb = b.rsplit(|c: char| !c.is_alphabetic()).next()?;
    match verb {
        "rose" | "risen" | "rises" | "climbed" | "increased" | "grew" | "jumped" | "surged"
        | "accelerated" | "soared" | "edged" => Some(1.0),
        "fell" | "fallen" | "falls" | "dropped" | "declined" | "decreased" | "slowed" | "eased"
        | "shrank" | "slipped" | "slumped" | "plunged" | "cooled" => Some(-1.0),
        _ => None,
    }
}

/// Compare one claim with one fact.
pub fn compare(row: &LedgerRow, fact: &ReferenceFact) -> (Verdict, String) {
    match fact.kind {
        Kind::Figure => compare_figure(row, fact),
        Kind::Date => compare_date(row, fact),
        Kind::Attribution => compare_attribution(row, fact),
    }
}

fn parse_range(v: &str) -> Option<(f64, f64)> {
    match v.split_once("..") {
        Some((a, b)) => Some((a.trim().parse().ok()?, b.trim().parse().ok()?)),
        None => {
            let x: f64 = v.trim().parse().ok()?;
            Some((x, x))
        }
    }
}

/// Words in the claim that make "under" a rounding hedge ("nearly") rather
/// than a bound ("less than").
fn tight_under(text: &str) -> bool {
    let t = text.to_lowercase();
    [
        "nearly",
        "almost",
        "just under",
        "just below",
        "close to",
        "short of",
    ]
    .iter()
    .any(|w| t.contains(w))
}

fn compare_figure(row: &LedgerRow, fact: &ReferenceFact) -> (Verdict, String) {
    let Some((lo, hi)) = parse_range(&row.value) else {
        return (
            Verdict::Unverified,
            format!("claim value {:?} is not a number", row.value),
        );
    };
    let Some((rlo, rhi)) = parse_range(&fact.value) else {
        return (
            Verdict::Unverified,
            format!("reference value {:?} is not a number", fact.value),
        );
    };
    let rv = (rlo + rhi) / 2.0;
    // Units.
    let (claim_unit, fact_unit) = (row.unit.as_str(), fact.unit.as_str());
    let mut r = rv;
    let mut unit_note = String::new();
    if !fact_unit.is_empty() && claim_unit != fact_unit {
        if unit_class(claim_unit) == "percent" && unit_class(fact_unit) == "percent" {
            return (
                Verdict::Mismatch,
                format!(
                    "claims {} {}; reference {} is in {}: percent and percentage points are different units",
                    row.value,
                    pretty_unit(claim_unit),
                    fmt_num(rv),
                    pretty_unit(fact_unit)
                ),
            );
        }
        match convert(rv, fact_unit, claim_unit) {
            Some(x) => {
                unit_note = format!(
                    " ({} {} converted to {})",
                    fmt_num(rv),
                    fact_unit,
                    fmt_num(x)
                );
                r = x;
            }
            None if unit_class(claim_unit) == "money" => {
                return (
                    Verdict::Mismatch,
                    format!(
                        "claims {} {}; reference is {} {}: a different currency",
                        row.value,
                        claim_unit,
                        fmt_num(rv),
                        fact_unit
                    ),
                );
            }
            None => {
                return (
                    Verdict::Mismatch,
                    format!(
                        "claims {} {}; reference {} {} is in a unit that cannot be converted (wrong unit?)",
                        row.value,
                        claim_unit,
                        fmt_num(rv),
                        fact_unit
                    ),
                );
            }
        }
    }
    let precision: f64 = row
        .precision
        .parse()
        .ok()
        .filter(|p: &f64| *p > 0.0)
        .unwrap_or(0.0);
    let half = precision / 2.0;
    let tol = match fact.tolerance {
        Tolerance::Absolute(t) => t,
        Tolerance::Relative(f) => f * r.abs(),
        _ => 0.0,
    };
    let q = row.qualifier.as_str();
    let claimed = if lo == hi {
        fmt_num(lo)
    } else {
        format!("{}..{}", fmt_num(lo), fmt_num(hi))
    };
    let qual_word = qualifier_words(row);
    let (a, b, how): (f64, f64, &str) = match q {
        "over" => (lo, f64::INFINITY, "qualifier"),
        "at_least" => (lo, f64::INFINITY, "qualifier"),
        "under" if tight_under(&row.text) => (
            lo - half.max(lo.abs() * 0.0),
            hi,
            "rounding of the qualifier",
        ),
        "under" => (f64::NEG_INFINITY, hi, "qualifier"),
        "at_most" => (f64::NEG_INFINITY, hi, "qualifier"),
        "approx" => {
            let slack = half.max(lo.abs() * 0.05);
            (lo - slack, hi + slack, "approximation")
        }
        _ => (lo - half, hi + half, "rounding"),
    };
    let strict_low = matches!(q, "over");
    let strict_high = matches!(q, "under");
    let in_low = if strict_low {
        r > a - tol
    } else {
        r >= a - tol - 1e-9 * a.abs().max(1.0)
    };
    let in_high = if strict_high {
        r < b + tol
    } else {
        r <= b + tol + 1e-9 * b.abs().max(1.0)
    };
    let ref_desc = format!(
        "reference {}{}{}",
        fmt_num(r),
        if fact_unit.is_empty() {
            String::new()
        } else {
            format!(" {}", pretty_unit(claim_unit))
        },
        unit_note
    );
    if in_low && in_high {
        let exact = (r - lo).abs() < 1e-9 * r.abs().max(1.0) && lo == hi && q == "exact";
        let reason = if exact {
            format!("claims {claimed}; {ref_desc} equals it")
        } else if tol > 0.0 && !(r >= a && r <= b) {
            format!("claims {qual_word}{claimed}; {ref_desc} is within the fact's tolerance")
        } else if q == "exact" {
            format!(
                "claims {claimed}; {ref_desc} is within the rounding of {:?}",
                row.text
            )
        } else {
            format!(
                "claims {qual_word}{claimed}; {ref_desc} is within the {how} of {:?}",
                row.text
            )
        };
        return (Verdict::Consistent, reason);
    }
    // Mismatch: name the classic errors.
    let mut reason =
        format!("claims {qual_word}{claimed}; {ref_desc} is outside what the wording allows");
    if lo != 0.0 && r != 0.0 {
        let ratio = r / lo;
        for (f, name) in [
            (1e3, "×1000"),
            (1e6, "×1,000,000"),
            (1e-3, "÷1000"),
            (1e-6, "÷1,000,000"),
            (10.0, "×10"),
            (0.1, "÷10"),
            (1e9, "×1e9"),
        ] {
            if (ratio / f - 1.0).abs() < 0.05 {
                reason = format!(
                    "claims {qual_word}{claimed}; {ref_desc}: off by a factor of {name}, a scale error"
                );
                break;
            }
        }
        if ratio < 0.0 {
            reason = format!("claims {qual_word}{claimed}; {ref_desc} has the opposite sign");
        }
    }
    if q != "exact" && q != "approx" && (r - lo).abs() <= half.max(tol) {
        reason = format!(
            "claims {qual_word}{claimed}; {ref_desc} violates the qualifier {:?}",
            qual_word.trim()
        );
    }
    (Verdict::Mismatch, reason)
}

fn qualifier_words(row: &LedgerRow) -> String {
    match row.qualifier.as_str() {
        "over" => "more than ".into(),
        "under" if tight_under(&row.text) => "nearly ".into(),
        "under" => "less than ".into(),
        "at_least" => "at least ".into(),
        "at_most" => "at most ".into(),
        "approx" => "about ".into(),
        _ => String::new(),
    }
}

fn pretty_unit(u: &str) -> String {
    match u {
        "percent" => "%".into(),
        "percentage_point" => "percentage points".into(),
        other => other.to_string(),
    }
}

fn compare_date(row: &LedgerRow, fact: &ReferenceFact) -> (Verdict, String) {
    let tol = match fact.tolerance {
        Tolerance::Duration(s) => s,
        _ => 0.0,
    };
    if fact.value.starts_with('P') {
        // "P3.5Y" in a table is the ledger's P3Y6M
        if whole_units(&fact.value).is_some_and(|v| v == row.value) {
            return (
                Verdict::Consistent,
                format!(
                    "claims {}; reference {} is the same length",
                    row.value, fact.value
                ),
            );
        }
        let (Some((lo, hi)), Some((flo, fhi))) =
            (duration_range(&row.value), duration_range(&fact.value))
        else {
            return (
                Verdict::Unverified,
                format!(
                    "cannot compare duration {:?} with {:?}",
                    row.value, fact.value
                ),
            );
        };
        // A range ("four to six weeks", `P4W..P6W`) holds every length
        // between its ends.
        let (within_lo, within_hi) = (lo - tol - 1e-6, hi + tol + 1e-6);
        return if flo >= within_lo && fhi <= within_hi
            || lo >= flo - tol - 1e-6 && hi <= fhi + tol + 1e-6
        {
            let how = if lo == hi && flo == fhi {
                "is the same length"
            } else if flo >= within_lo && fhi <= within_hi {
                "falls within it"
            } else {
                "contains it"
            };
            (
                Verdict::Consistent,
                format!("claims {}; reference {} {how}", row.value, fact.value),
            )
        } else {
            (
                Verdict::Mismatch,
                format!(
                    "claims {} ; reference duration is {}",
                    row.value, fact.value
                ),
            )
        };
    }
    let Some((cs, ce)) = interval(&row.value) else {
        return (
            Verdict::Unverified,
            format!(
                "claim value {:?} is not a resolved date (no document date?)",
                row.value
            ),
        );
    };
    let Some((fs, fe)) = interval(&fact.value) else {
        return (
            Verdict::Unverified,
            format!("reference value {:?} is not a date", fact.value),
        );
    };
    let slack = chrono::Duration::seconds(tol as i64);
    // The reference falls within the claim's own grain, or the claim within the reference's.
    if (fs >= cs - slack && fe <= ce + slack) || (cs >= fs - slack && ce <= fe + slack) {
        let how = if fs == cs && fe == ce {
            "equals it"
        } else if fs >= cs && fe <= ce {
            "falls within it"
        } else {
            "contains it"
        };
        return (
            Verdict::Consistent,
            format!("claims {}; reference {} {how}", row.value, fact.value),
        );
    }
    let delta = (fs - cs).num_days();
    let (days, side) = if delta >= 0 {
        (delta, "later")
    } else {
        (-delta, "earlier")
    };
    (
        Verdict::Mismatch,
        format!(
            "claims {}; reference {} is {days} day(s) {side}",
            row.value, fact.value
        ),
    )
}

fn compare_attribution(row: &LedgerRow, fact: &ReferenceFact) -> (Verdict, String) {
    let same = crate::eval::same_speaker(&row.value, &fact.value);
    if same {
        (
            Verdict::Consistent,
            format!(
                "attributed to {}; reference speaker {} is the same person",
                row.value, fact.value
            ),
        )
    } else {
        (
            Verdict::Mismatch,
            format!(
                "misattributed: the ledger attributes this to {}, the reference to {}",
                row.value, fact.value
            ),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn fact(kind: &str, value: &str, unit: &str, tol: &str) -> ReferenceFact {
        let csv = format!("key,kind,match,value,unit,tolerance\nk,{kind},x,{value},{unit},{tol}\n");
        Reference::from_reader(csv.as_bytes(), Path::new("r.csv"))
            .unwrap()
            .facts
            .remove(0)
    }

    fn fig(text: &str, value: &str, unit: &str, q: &str, p: &str) -> LedgerRow {
        LedgerRow {
            kind: "figure".into(),
            ctype: "count".into(),
            text: text.into(),
            value: value.into(),
            unit: unit.into(),
            qualifier: q.into(),
            precision: p.into(),
            ..LedgerRow::default()
        }
    }

    #[track_caller]
    fn verdict(row: &LedgerRow, f: &ReferenceFact) -> Verdict {
        compare(row, f).0
    }

    #[test]
    fn rounding_edges() {
        let r = fig("2.1%", "2.1", "percent", "exact", "0.1");
        assert_eq!(
            verdict(&r, &fact("figure", "2.05", "percent", "")),
            Verdict::Consistent
        );
        assert_eq!(
            verdict(&r, &fact("figure", "2.15", "percent", "")),
            Verdict::Consistent
        );
        assert_eq!(
            verdict(&r, &fact("figure", "2.16", "percent", "")),
            Verdict::Mismatch
        );
        assert_eq!(
            verdict(&r, &fact("figure", "2.04", "percent", "")),
            Verdict::Mismatch
        );
    }

    #[test]
    fn precision_of_millions() {
        let r = fig("1.2 million", "1200000", "", "exact", "100000");
        assert_eq!(
            verdict(&r, &fact("figure", "1234567", "", "")),
            Verdict::Consistent
        );
        assert_eq!(
            verdict(&r, &fact("figure", "1260000", "", "")),
            Verdict::Mismatch
        );
    }

    #[test]
    fn qualifiers() {
        let over = fig("more than 290,000", "290000", "", "over", "10000");
        assert_eq!(
            verdict(&over, &fact("figure", "291000", "", "")),
            Verdict::Consistent
        );
        assert_eq!(
            verdict(&over, &fact("figure", "289000", "", "")),
            Verdict::Mismatch
        );
        let nearly = fig("nearly 300,000", "300000", "", "under", "100000");
        let (v, reason) = compare(&nearly, &fact("figure", "290000", "", ""));
        assert_eq!(v, Verdict::Consistent);
        assert!(reason.contains("rounding"), "{reason}");
        assert_eq!(
            verdict(&nearly, &fact("figure", "300000", "", "")),
            Verdict::Mismatch
        );
        assert_eq!(
            verdict(&nearly, &fact("figure", "240000", "", "")),
            Verdict::Mismatch
        );
        let at_least = fig("at least 15", "15", "", "at_least", "1");
        assert_eq!(
            verdict(&at_least, &fact("figure", "15", "", "")),
            Verdict::Consistent
        );
        assert_eq!(
            verdict(&at_least, &fact("figure", "12", "", "")),
            Verdict::Mismatch
        );
    }

    #[test]
    fn scale_and_unit_errors_are_named() {
        let r = fig("$1.2bn", "1200000000", "USD", "exact", "100000000");
        let (v, reason) = compare(&r, &fact("figure", "1200000", "USD", ""));
        assert_eq!(v, Verdict::Mismatch);
        assert!(reason.contains("scale"), "{reason}");
        let (v, reason) = compare(&r, &fact("figure", "1200000000", "EUR", ""));
        assert_eq!(v, Verdict::Mismatch);
        assert!(reason.contains("currency"), "{reason}");
        let p = fig("2%", "2", "percent", "exact", "1");
        let (v, reason) = compare(&p, &fact("figure", "2", "percentage_point", ""));
        assert_eq!(v, Verdict::Mismatch);
        assert!(reason.contains("percentage points"), "{reason}");
    }

    #[test]
    fn unit_conversion() {
        let r = fig("about 62 miles", "62", "mi", "approx", "1");
        assert_eq!(
            verdict(&r, &fact("figure", "100", "km", "")),
            Verdict::Consistent
        );
    }

    #[test]
    fn tolerance() {
        let r = fig("305,000", "305000", "", "exact", "1000");
        assert_eq!(
            verdict(&r, &fact("figure", "310000", "", "2%")),
            Verdict::Consistent
        );
        assert_eq!(
            verdict(&r, &fact("figure", "320000", "", "2%")),
            Verdict::Mismatch
        );
    }

    #[test]
    fn dates_at_the_claims_grain() {
        let mut r = fig("September", "2016-09", "", "", "");
        r.kind = "date".into();
        r.ctype = "date".into();
        assert_eq!(
            verdict(&r, &fact("date", "2016-09-12", "", "")),
            Verdict::Consistent
        );
        assert_eq!(
            verdict(&r, &fact("date", "2016-10-01", "", "")),
            Verdict::Mismatch
        );
        r.value = "2016-09-13".into();
        assert_eq!(
            verdict(&r, &fact("date", "2016-09-12", "", "P1D")),
            Verdict::Consistent
        );
    }

    #[test]
    fn a_fraction_of_a_year_in_the_table_is_the_ledgers_months() {
        let mut r = fig("three and a half years", "P3Y6M", "", "", "");
        r.kind = "date".into();
        r.ctype = "duration".into();
        for (reference, want) in [
            ("P3.5Y", Verdict::Consistent),
            ("P3Y6M", Verdict::Consistent),
            ("P3.25Y", Verdict::Mismatch),
            ("P4Y", Verdict::Mismatch),
        ] {
            assert_eq!(
                verdict(&r, &fact("date", reference, "", "")),
                want,
                "{reference}"
            );
        }
    }

    #[test]
    fn a_range_of_lengths_holds_every_length_between_its_ends() {
        let mut r = fig("four to six weeks", "P4W..P6W", "", "", "");
        r.kind = "date".into();
        r.ctype = "duration".into();
        for (reference, want) in [
            ("P5W", Verdict::Consistent),
            ("P6W", Verdict::Consistent),
            ("P28D", Verdict::Consistent),
            ("P8W", Verdict::Mismatch),
            ("P2W", Verdict::Mismatch),
            ("P3W..P8W", Verdict::Consistent),
            ("P5W..P8W", Verdict::Mismatch),
        ] {
            assert_eq!(
                verdict(&r, &fact("date", reference, "", "")),
                want,
                "{reference}"
            );
        }
        assert_eq!(
            verdict(&r, &fact("date", "P8W", "", "P2W")),
            Verdict::Consistent,
            "within the tolerance of the high end"
        );
        r.value = "P6W..P4W".into();
        assert_eq!(
            verdict(&r, &fact("date", "P5W", "", "")),
            Verdict::Unverified,
            "ends out of order are no range"
        );
    }

    #[test]
    fn misattribution() {
        let mut r = fig("quote", "Sergei Lavrov", "", "", "");
        r.kind = "attribution".into();
        assert_eq!(
            verdict(&r, &fact("attribution", "Lavrov", "", "")),
            Verdict::Consistent
        );
        let (v, reason) = compare(&r, &fact("attribution", "John Kerry", "", ""));
        assert_eq!(v, Verdict::Mismatch);
        assert!(reason.contains("misattributed"));
    }

    /// A monthly series: 3.1% in February, 2.8% in March.
    fn rate_series() -> Reference {
        Reference::from_reader(
            "key,kind,match,value,unit,period\nmar,figure,rate,2.8,percent,2024-03\nfeb,figure,rate,3.1,percent,2024-02\n".as_bytes(),
            Path::new("r"),
        )
        .unwrap()
    }

    #[test]
    fn change_in_points_uses_the_previous_period() {
        let reference = rate_series();
        let mut r = fig(
            "0.3 percentage points",
            "0.3",
            "percentage_point",
            "exact",
            "0.1",
        );
        r.context = "The rate fell by 0.3 percentage points.".into();
        assert_eq!(
            compare_in(&r, &reference.facts[0], &reference).0,
            Verdict::Consistent
        );
        r.context = "The rate rose by 0.3 percentage points.".into();
        let (v, reason) = compare_in(&r, &reference.facts[0], &reference);
        assert_eq!(v, Verdict::Mismatch);
        assert!(reason.contains("direction"), "{reason}");
        let mut p = fig("0.3%", "0.3", "percent", "exact", "0.1");
        p.context = "The rate fell by 0.3%.".into();
        let (v, reason) = compare_in(&p, &reference.facts[0], &reference);
        assert_eq!(v, Verdict::Mismatch);
        assert!(reason.contains("per cent"), "{reason}");
    }

    #[test]
    fn direction_words_count_for_levels() {
        let reference = rate_series();
        let mut r = fig("2.8%", "2.8", "percent", "exact", "0.1");
        r.context = "The rate fell to 2.8% in March.".into();
        assert_eq!(
            compare_in(&r, &reference.facts[0], &reference).0,
            Verdict::Consistent
        );
        r.context = "The rate rose to 2.8% in March.".into();
        let (v, reason) = compare_in(&r, &reference.facts[0], &reference);
        assert_eq!(v, Verdict::Mismatch);
        assert!(reason.contains("direction"), "{reason}");
        r.context = "The rate was 2.8% in March.".into();
        assert_eq!(
            compare_in(&r, &reference.facts[0], &reference).0,
            Verdict::Consistent
        );
    }

    #[test]
    fn series_without_period_reads_the_latest_and_names_another_period() {
        let reference = rate_series();
        let ctx = "The rate was 3.1%.";
        let row = LedgerRow {
            doc: "d".into(),
            sentence: 1,
            context: ctx.into(),
            ..fig("3.1%", "3.1", "percent", "exact", "0.1")
        };
        let out = check(&[row], &reference);
        assert_eq!(out[0].verdict, Verdict::Mismatch);
        assert!(
            out[0].reason.contains("another period"),
            "{}",
            out[0].reason
        );
    }

    #[test]
    fn phrase_binds_to_subject_then_nearest() {
        let ctx = "The war has killed 290,000 and displaced half the population.";
        let a = LedgerRow {
            doc: "d".into(),
            sentence: 1,
            subject: "killed".into(),
            context: ctx.into(),
            ..fig("290,000", "290000", "", "exact", "10000")
        };
        let mut b = LedgerRow {
            doc: "d".into(),
            sentence: 1,
            subject: "displaced population".into(),
            context: ctx.into(),
            ..fig("half", "0.5", "", "exact", "0.05")
        };
        b.ctype = "ratio".into();
        let reference = Reference::from_reader(
            "key,kind,match,value\ntoll,figure,killed,290000\n".as_bytes(),
            Path::new("r"),
        )
        .unwrap();
        let out = check(&[a, b], &reference);
        assert_eq!(out[0].verdict, Verdict::Consistent);
        assert_eq!(out[1].verdict, Verdict::Unverified);
    }
}
