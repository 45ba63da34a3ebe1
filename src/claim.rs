//! Claims: what an extractor found, before it becomes a ledger row.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The three kinds of claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A number: count, percent, money, quantity, ratio, ordinal, range.
    Figure,
    /// A date, time, duration or set.
    Date,
    /// Who said what.
    Attribution,
}

impl Kind {
    /// The contract's word for the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Figure => "figure",
            Kind::Date => "date",
            Kind::Attribution => "attribution",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Kind {
    type Err = String;
    fn from_str(s: &str) -> Result<Kind, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "figure" => Ok(Kind::Figure),
            "date" => Ok(Kind::Date),
            "attribution" => Ok(Kind::Attribution),
            other => Err(format!(
                "unknown kind {other:?} (expected figure, date or attribution)"
            )),
        }
    }
}

/// How a figure is hedged in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// Stated as is.
    #[default]
    Exact,
    /// about, around, some, roughly.
    Approx,
    /// more than, above, over.
    Over,
    /// less than, nearly, almost, just under.
    Under,
    /// at least, no fewer than.
    AtLeast,
    /// up to, at most, no more than.
    AtMost,
}

impl Qualifier {
    /// The contract's word.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Approx => "approx",
            Qualifier::Over => "over",
            Qualifier::Under => "under",
            Qualifier::AtLeast => "at_least",
            Qualifier::AtMost => "at_most",
        }
    }
}

impl FromStr for Qualifier {
    type Err = String;
    fn from_str(s: &str) -> Result<Qualifier, String> {
        Ok(match s.trim() {
            "" | "exact" => Qualifier::Exact,
            "approx" => Qualifier::Approx,
            "over" => Qualifier::Over,
            "under" => Qualifier::Under,
            "at_least" => Qualifier::AtLeast,
            "at_most" => Qualifier::AtMost,
            other => {
                return Err(format!(
                    "unknown qualifier {other:?} (expected exact, approx, over, under, at_least or at_most)"
                ));
            }
        })
    }
}

/// One extracted claim, with its byte span in the document.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Claim {
    /// figure, date or attribution.
    pub kind: Option<Kind>,
    /// Finer type (`count`, `percent`, `date`, `quote`...).
    pub ctype: String,
    /// Byte span start.
    pub start: usize,
    /// Byte span end (exclusive).
    pub end: usize,
    /// Normalized value.
    pub value: String,
    /// Unit, currency or empty.
    pub unit: String,
    /// Hedge.
    pub qualifier: Qualifier,
    /// Rounding unit implied by the wording (figures).
    pub precision: String,
    /// Period the figure describes.
    pub period: String,
    /// What the claim is about.
    pub subject: String,
    /// Who asserts it.
    pub source: String,
    /// Rule id.
    pub rule: String,
}

impl Claim {
    /// A new claim of `kind` and `ctype` over `start..end` by `rule`.
    pub fn new(kind: Kind, ctype: &str, start: usize, end: usize, rule: &str) -> Claim {
        Claim {
            kind: Some(kind),
            ctype: ctype.to_string(),
            start,
            end,
            rule: rule.to_string(),
            ..Claim::default()
        }
    }

    /// The claim's kind (figure when unset).
    pub fn kind(&self) -> Kind {
        self.kind.unwrap_or(Kind::Figure)
    }

    /// Whether two claims' spans overlap.
    pub fn overlaps(&self, other: &Claim) -> bool {
        self.start < other.end && other.start < self.end
    }
}
