//! Reference tables: known values to check claims against, one fact a row.
//!
//! Columns (by header name, any order, extra columns ignored): `key`,
//! `kind`, `match`, `value` are required; `unit`, `period`, `tolerance`,
//! `source`, `as_of` are optional. Every value is validated on load, so a
//! typo in a reference table is an error naming the file and line, never a
//! silent "unverified".

use crate::claim::Kind;
use crate::error::{Error, ErrorKind, Result};
use crate::normalize::date::{duration_range, duration_seconds, interval};
use std::io::Read;
use std::path::Path;

/// How far a reference value may be from a claim and still agree.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tolerance {
    /// None given.
    None,
    /// An absolute amount in the fact's unit.
    Absolute(f64),
    /// A fraction of the reference value (`2%` is 0.02).
    Relative(f64),
    /// For dates: a duration in seconds.
    Duration(f64),
}

/// One reference fact.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferenceFact {
    /// Unique key.
    pub key: String,
    /// Kind of claim it is about.
    pub kind: Kind,
    /// Match phrases, lower-cased.
    pub phrases: Vec<String>,
    /// Reference value, normalized.
    pub value: String,
    /// Unit.
    pub unit: String,
    /// Period the value describes.
    pub period: String,
    /// Tolerance.
    pub tolerance: Tolerance,
    /// Citation.
    pub source: String,
    /// Date of the value.
    pub as_of: String,
    /// 1-based line in the file, for messages.
    pub line: u64,
}

impl ReferenceFact {
    /// Numeric value (figures).
    pub fn number(&self) -> Option<f64> {
        self.value.trim().parse().ok()
    }
}

/// A loaded reference table.
#[derive(Debug, Clone, Default)]
pub struct Reference {
    /// The facts, in file order.
    pub facts: Vec<ReferenceFact>,
}

impl Reference {
    /// Load from a path.
    pub fn from_path(path: &Path) -> Result<Reference> {
        let f = std::fs::File::open(path).map_err(|e| Error::io(path, &e))?;
        Reference::from_reader(f, path)
    }

    /// Load from a reader; `origin` names it in errors.
    pub fn from_reader<R: Read>(r: R, origin: &Path) -> Result<Reference> {
        let mut rdr = csv::ReaderBuilder::new().from_reader(r);
        let headers: Vec<String> = rdr
            .headers()
            .map_err(|e| crate::ledger::csv_error(e, origin))?
            .iter()
            .map(|h| h.trim_start_matches('\u{feff}').trim().to_ascii_lowercase())
            .collect();
        let col = |name: &str| headers.iter().position(|h| h == name);
        let mut missing = Vec::new();
        for need in ["key", "kind", "match", "value"] {
            if col(need).is_none() {
                missing.push(need);
            }
        }
        if !missing.is_empty() {
            return Err(Error::new(
                ErrorKind::Csv,
                format!(
                    "reference table is missing column(s) {} (required: key, kind, match, value; optional: unit, period, tolerance, source, as_of)",
                    missing.join(", ")
                ),
            )
            .with_path(origin)
            .with_line(1));
        }
        let mut facts: Vec<ReferenceFact> = Vec::new();
        let mut keys: std::collections::HashSet<String> = std::collections::HashSet::new();
        for rec in rdr.records() {
            let rec = rec.map_err(|e| crate::ledger::csv_error(e, origin))?;
            let line = rec.position().map(|p| p.line()).unwrap_or(0);
            let get = |name: &str| {
                col(name)
                    .and_then(|i| rec.get(i))
                    .map(|s| crate::ledger::unprotect(s.trim()))
                    .unwrap_or_default()
            };
            let err = |msg: String| {
                Error::new(ErrorKind::Value, msg)
                    .with_path(origin)
                    .with_line(line)
            };
            if rec.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            let key = get("key");
            if key.is_empty() {
                return Err(err("empty key".into()));
            }
            if !keys.insert(key.clone()) {
                return Err(err(format!("duplicate key {key:?}")));
            }
            let kind: Kind = get("kind")
                .parse()
                .map_err(|m: String| err(format!("fact {key:?}: {m}")))?;
            let phrases: Vec<String> = get("match")
                .split('|')
                .map(|p| p.trim().to_lowercase())
                .filter(|p| !p.is_empty())
                .collect();
            if phrases.is_empty() {
                return Err(err(format!(
                    "fact {key:?}: empty match (give words or phrases separated by |)"
                )));
            }
            let value = get("value");
            validate_value(kind, &value).map_err(|m| err(format!("fact {key:?}: {m}")))?;
            let period = get("period");
            if !period.is_empty() && interval(&period).is_none() {
                return Err(err(format!(
                    "fact {key:?}: period {period:?} is not an ISO 8601 date or period (e.g. 2024-03, 2024-Q1, 2024)"
                )));
            }
            let tol = get("tolerance");
            let tolerance = parse_tolerance(&tol).ok_or_else(|| err(format!("fact {key:?}: tolerance {tol:?} is not a number, a percentage (2%) or a duration (P1D)")))?;
            facts.push(ReferenceFact {
                key,
                kind,
                phrases,
                value,
                unit: get("unit"),
                period,
                tolerance,
                source: get("source"),
                as_of: get("as_of"),
                line,
            });
        }
        Ok(Reference { facts })
    }

    /// A fact by key.
    pub fn get(&self, key: &str) -> Option<&ReferenceFact> {
        self.facts.iter().find(|f| f.key == key)
    }
}

fn validate_value(kind: Kind, value: &str) -> std::result::Result<(), String> {
    if value.is_empty() {
        return Err("empty value".into());
    }
    match kind {
        Kind::Figure => {
            let ok = match value.split_once("..") {
                Some((a, b)) => a.parse::<f64>().is_ok() && b.parse::<f64>().is_ok(),
                None => value.parse::<f64>().is_ok_and(f64::is_finite),
            };
            if ok {
                Ok(())
            } else {
                Err(format!(
                    "value {value:?} is not a plain decimal number (e.g. 290000, 0.5, 2.1) or range LOW..HIGH"
                ))
            }
        }
        Kind::Date => {
            if interval(value).is_some() || duration_range(value).is_some() {
                Ok(())
            } else {
                Err(format!(
                    "value {value:?} is not an ISO 8601 date, period, duration or range of durations (e.g. 2016-09-12, 2016-09, 2016, P5Y, P4W..P6W)"
                ))
            }
        }
        Kind::Attribution => Ok(()),
    }
}

fn parse_tolerance(s: &str) -> Option<Tolerance> {
    let s = s.trim();
    if s.is_empty() {
        return Some(Tolerance::None);
    }
    if let Some(p) = s.strip_suffix('%') {
        return p
            .trim()
            .parse::<f64>()
            .ok()
            .filter(|v| *v >= 0.0)
            .map(|v| Tolerance::Relative(v / 100.0));
    }
    if s.starts_with('P') {
        return duration_seconds(s).map(Tolerance::Duration);
    }
    s.parse::<f64>()
        .ok()
        .filter(|v| *v >= 0.0)
        .map(Tolerance::Absolute)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(s: &str) -> Result<Reference> {
        Reference::from_reader(s.as_bytes(), Path::new("ref.csv"))
    }

    #[test]
    fn loads_facts_with_optional_columns() {
        let r = load("key,kind,match,value,unit,period,tolerance,source,as_of\ntoll,figure,killed|death toll,290000,,,2%,SOHR,2016-09-01\n").unwrap();
        let f = &r.facts[0];
        assert_eq!(f.phrases, vec!["killed", "death toll"]);
        assert_eq!(f.tolerance, Tolerance::Relative(0.02));
        assert_eq!(f.line, 2);
    }

    #[test]
    fn missing_column_is_named() {
        let e = load("key,kind,value\nx,figure,1\n").unwrap_err();
        assert!(e.to_string().contains("missing column(s) match"), "{e}");
        assert_eq!(e.position().line, Some(1));
    }

    #[test]
    fn bad_values_name_line_and_fact() {
        let e = load("key,kind,match,value\na,figure,x,1\nb,figure,y,12abc\n").unwrap_err();
        assert_eq!(e.position().line, Some(3));
        assert!(e.to_string().contains("\"b\""), "{e}");
        assert!(load("key,kind,match,value\na,date,x,2016-13-01\n").is_err());
        assert!(load("key,kind,match,value\na,spice,x,1\n").is_err());
        assert!(load("key,kind,match,value,period\na,figure,x,1,March\n").is_err());
        assert!(load("key,kind,match,value,tolerance\na,figure,x,1,lots\n").is_err());
        let e =
            load("key,kind,match,value\na,figure,x,1\nb,figure,z,3\na,figure,y,2\n").unwrap_err();
        assert!(e.to_string().contains("duplicate key \"a\""), "{e}");
        assert_eq!(e.position().line, Some(4));
    }

    #[test]
    fn ragged_row_names_line() {
        let e = load("key,kind,match,value\na,figure,x\n").unwrap_err();
        assert_eq!(e.position().line, Some(2));
    }
}
