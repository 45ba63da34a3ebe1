//! claimcheck: extract the checkable claims of a news article into a claim
//! ledger, and check them against a reference table.
//!
//! Terms:
//! - a **claim** is a checkable statement: a figure, a date or an
//!   attribution, with its exact byte span;
//! - a **rule** is one extraction pattern with a stable id (`figure.money`);
//! - the **ledger** is the CSV of all claims of a corpus, one row each;
//! - the **reference** table holds known values, and the **checker** gives
//!   each claim a **verdict** against it.
//!
//! Pipeline: [`document::Document`] → [`extract::extract`] → [`ledger`]
//! rows → [`check`] against [`reference`] facts → [`report`].
//!
//! ```
//! use claimcheck::{document::Document, extract::{extract, Options}};
//! let doc = Document::from_text("d", "The war has killed 290,000 people.".into()).unwrap();
//! let rows = extract(&doc, &Options::default());
//! assert!(rows.iter().any(|r| r.value == "290000" && r.kind == "figure"));
//! ```
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod check;
pub mod claim;
pub mod diff;
pub mod document;
pub mod error;
pub mod eval;
pub mod extract;
pub mod html;
pub mod input;
pub mod ledger;
pub mod normalize;
pub mod reference;
pub mod report;
pub mod rules;
