//! Checker benchmark: generated articles restate figures from a reference
//! series — correctly at different roundings and qualifiers, or corrupted
//! in the classic desk errors (off by more than the rounding, wrong period,
//! scale ×1000, percent vs points, wrong direction of a change or of a
//! level ("rose to" when it fell), qualifier violated) —
//! plus distractor numbers that must stay unverified. The wording is ours.
//!
//! Reports sensitivity (corrupted claims flagged), specificity (correct
//! claims and distractors not flagged) and precision of flags, per type;
//! run with `cargo test --test checker_bench -- --nocapture` to see the
//! table. The test fails below the targets: sensitivity 0.95,
//! specificity 0.99, precision 0.90.

use claimcheck::check::{Verdict, check};
use claimcheck::document::Document;
use claimcheck::extract::{Options, extract};
use claimcheck::reference::Reference;
use std::collections::BTreeMap;
use std::path::Path;

const MONTHS: [&str; 6] = ["January", "February", "March", "April", "May", "June"];

/// A small deterministic generator (no dependency, same numbers everywhere).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn pick(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// One series: a name phrase, unit, monthly values.
struct Series {
    phrase: &'static str,
    unit: &'static str,
    values: [f64; 6],
}

fn series() -> Vec<Series> {
    vec![
        Series {
            phrase: "unemployment rate",
            unit: "percent",
            values: [4.1, 4.3, 4.2, 4.0, 3.8, 4.4],
        },
        Series {
            phrase: "inflation rate",
            unit: "percent",
            values: [2.6, 2.9, 3.3, 3.1, 2.7, 2.4],
        },
        Series {
            phrase: "exports",
            unit: "EUR",
            values: [12.4e9, 11.8e9, 13.1e9, 12.9e9, 14.2e9, 13.6e9],
        },
        Series {
            phrase: "average rainfall",
            unit: "mm",
            values: [84.0, 61.0, 47.0, 39.0, 52.0, 70.0],
        },
    ]
}

fn reference_csv(all: &[Series]) -> String {
    let mut s = String::from("key,kind,match,value,unit,period,source\n");
    for (si, se) in all.iter().enumerate() {
        for (m, v) in se.values.iter().enumerate() {
            s.push_str(&format!(
                "s{si}m{m},figure,{},{},{},2024-{:02},Generated series {si}\n",
                se.phrase,
                fmt(*v),
                se.unit,
                m + 1
            ));
        }
    }
    s
}

fn fmt(v: f64) -> String {
    claimcheck::normalize::number::fmt_num(v)
}

/// How a value is written in text for a unit.
fn written(v: f64, unit: &str, decimals: usize) -> String {
    match unit {
        "percent" => format!("{v:.decimals$}%"),
        "EUR" => format!("€{:.decimals$}bn", v / 1e9),
        "mm" => format!("{v:.decimals$} mm"),
        _ => format!("{v:.decimals$}"),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Case {
    Correct,
    Rounded,
    QualifierHolds,
    ChangeCorrect,
    LevelDirectionCorrect,
    Distractor,
    OffByMore,
    WrongPeriod,
    Scale,
    PercentForPoints,
    Direction,
    LevelDirection,
    QualifierViolated,
}

impl Case {
    fn corrupted(self) -> bool {
        self >= Case::OffByMore
    }
}

/// The change of a per-cent series into month `m`, when there is one worth
/// writing about (other units and near-zero changes give `None`).
fn change(se: &Series, m: usize) -> Option<f64> {
    let d = se.values[m] - se.values[m - 1];
    (se.unit == "percent" && d.abs() >= 0.05).then_some(d)
}

/// One sentence stating a claim of the given case.
fn sentence(rng: &mut Lcg, all: &[Series], case: Case) -> Option<String> {
    let si = rng.pick(all.len());
    let se = &all[si];
    let m = 1 + rng.pick(5); // February..June, so a previous month exists
    let v = se.values[m];
    let month = MONTHS[m];
    let when = format!("in {month} 2024");
    let p = se.phrase;
    Some(match case {
        Case::Correct => format!(
            "The {p} was {} {when}, official figures showed.",
            written(v, se.unit, if se.unit == "mm" { 0 } else { 1 })
        ),
        Case::Rounded => {
            if se.unit == "mm" {
                return None;
            }
            format!(
                "The {p} stood at about {} {when}.",
                written(v.round(), se.unit, 0)
            )
        }
        Case::QualifierHolds => format!(
            "The {p} was more than {} {when}.",
            written((v * 0.9).floor(), se.unit, 0)
        ),
        Case::ChangeCorrect => {
            let d = change(se, m)?;
            let dir = if d > 0.0 { "rose" } else { "fell" };
            format!("The {p} {dir} by {:.1} percentage points {when}.", d.abs())
        }
        Case::LevelDirectionCorrect | Case::LevelDirection => {
            let d = change(se, m)?;
            let up = (d > 0.0) == (case == Case::LevelDirectionCorrect);
            let verb = if up { "rose" } else { "fell" };
            format!("The {p} {verb} to {} {when}.", written(v, se.unit, 1))
        }
        Case::Distractor => format!(
            "The statistics office, which employs {} people, published the figures {when}.",
            200 + rng.pick(700)
        ),
        Case::OffByMore => format!(
            "The {p} was {} {when}.",
            written(v * 1.25, se.unit, if se.unit == "mm" { 0 } else { 1 })
        ),
        Case::WrongPeriod => {
            let other = (0..6).find(|&k| k != m && (se.values[k] - v).abs() / v > 0.04)?;
            format!(
                "The {p} was {} {when}.",
                written(
                    se.values[other],
                    se.unit,
                    if se.unit == "mm" { 0 } else { 1 }
                )
            )
        }
        Case::Scale => {
            if se.unit != "EUR" {
                return None;
            }
            format!("The {p} were worth €{:.1}m {when}.", v / 1e9)
        }
        Case::PercentForPoints => {
            let d = change(se, m)?;
            let dir = if d > 0.0 { "rose" } else { "fell" };
            format!("The {p} {dir} by {:.1}% {when}.", d.abs())
        }
        Case::Direction => {
            let d = change(se, m)?;
            let dir = if d > 0.0 { "fell" } else { "rose" };
            format!("The {p} {dir} by {:.1} percentage points {when}.", d.abs())
        }
        Case::QualifierViolated => format!(
            "The {p} was more than {} {when}.",
            written((v * 1.3).ceil(), se.unit, 0)
        ),
    })
}

#[test]
fn checker_sensitivity_specificity_precision() {
    let all = series();
    let reference = Reference::from_reader(
        reference_csv(&all).as_bytes(),
        Path::new("generated.reference.csv"),
    )
    .unwrap();
    let cases = [
        Case::Correct,
        Case::Rounded,
        Case::QualifierHolds,
        Case::ChangeCorrect,
        Case::LevelDirectionCorrect,
        Case::Distractor,
        Case::OffByMore,
        Case::WrongPeriod,
        Case::Scale,
        Case::PercentForPoints,
        Case::Direction,
        Case::LevelDirection,
        Case::QualifierViolated,
    ];
    let mut rng = Lcg(0x5eed);
    // (case) -> (claims, flagged)
    let mut tally: BTreeMap<Case, (usize, usize)> = BTreeMap::new();
    let mut missing = Vec::new();
    let opts = Options {
        doc_date: chrono::NaiveDate::from_ymd_opt(2024, 7, 15),
        date_order: None,
        ..Default::default()
    };
    for n in 0..400 {
        let case = cases[n % cases.len()];
        let Some(s) = sentence(&mut rng, &all, case) else {
            continue;
        };
        let doc =
            Document::from_text(&format!("g{n}"), format!("Generated report {n}\n{s}\n")).unwrap();
        let rows: Vec<_> = extract(&doc, &opts)
            .into_iter()
            .filter(|r| r.kind == "figure")
            .collect();
        if rows.is_empty() {
            missing.push(s);
            continue;
        }
        let checked = check(&rows, &reference);
        let flagged = checked
            .iter()
            .any(|c| matches!(c.verdict, Verdict::Mismatch | Verdict::Ambiguous));
        let compared = checked.iter().any(|c| c.verdict != Verdict::Unverified);
        if case != Case::Distractor && !compared {
            missing.push(format!("not compared: {s}"));
        }
        let e = tally.entry(case).or_default();
        e.0 += 1;
        e.1 += flagged as usize;
    }
    let (mut tp, mut fn_, mut fp, mut tn) = (0, 0, 0, 0);
    println!("{:<22} {:>6} {:>8}  rate", "case", "claims", "flagged");
    for (case, (n, f)) in &tally {
        println!(
            "{:<22} {:>6} {:>8}  {:.3}",
            format!("{case:?}"),
            n,
            f,
            *f as f64 / *n as f64
        );
        if case.corrupted() {
            tp += f;
            fn_ += n - f;
        } else {
            fp += f;
            tn += n - f;
        }
    }
    let sensitivity = tp as f64 / (tp + fn_) as f64;
    let specificity = tn as f64 / (tn + fp) as f64;
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    println!(
        "sensitivity {sensitivity:.3}  specificity {specificity:.3}  precision of flags {precision:.3}"
    );
    assert!(
        missing.is_empty(),
        "claims the extractor missed or did not bind:\n{}",
        missing.join("\n")
    );
    assert!(sensitivity >= 0.95, "sensitivity {sensitivity:.3} < 0.95");
    assert!(specificity >= 0.99, "specificity {specificity:.3} < 0.99");
    assert!(precision >= 0.90, "precision {precision:.3} < 0.90");
}
