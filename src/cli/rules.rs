//! `claimcheck rules list|test`, and the `--rules FILE` pack of `extract`
//! and `check`.
//!
//! One process runs one command, so the pack given with `--rules` is loaded
//! once ([`load`]) into a process-wide cell and [`extract`] applies it; the
//! extract and check commands call it instead of the library's `extract`
//! and need no pack parameter threaded through their pipelines. The library
//! itself takes the pack explicitly ([`claimcheck::extract::extract_with`]).

use super::Outcome;
use super::args::RulesCommand;
use claimcheck::document::Document;
use claimcheck::error::{Error, Result};
use claimcheck::extract::{Options, extract_with};
use claimcheck::input::{expand, for_each_document};
use claimcheck::ledger::LedgerRow;
use claimcheck::rules::{Coverage, Listing, RulePack, list, test_rules};
use std::io::Write;
use std::path::PathBuf;
use std::sync::OnceLock;

/// The `--rules` pack of this process, when one was given.
static PACK: OnceLock<RulePack> = OnceLock::new();

/// Load the `--rules` packs (none: built-in rules only). Errors name the
/// file, the rule and the position.
pub fn load(paths: &[PathBuf]) -> Result<()> {
    if paths.is_empty() {
        return Ok(());
    }
    let pack = RulePack::from_paths(paths)?;
    // A second load in one process keeps the first pack (never happens:
    // one command a process).
    let _ = PACK.set(pack);
    Ok(())
}

/// Extract `doc` with the built-in rules and the loaded pack.
pub fn extract(doc: &Document, opts: &Options) -> Vec<LedgerRow> {
    extract_with(doc, opts, PACK.get())
}

fn print_listing(out: &mut impl Write, rows: &[Listing]) -> std::io::Result<()> {
    let w = rows.iter().map(|r| r.id.len()).max().unwrap_or(0);
    for r in rows {
        let origin = if r.origin == "built-in" {
            String::new()
        } else {
            format!("  [{}]", r.origin)
        };
        writeln!(
            out,
            "{:<w$}  {:<11}  {}{origin}",
            r.id, r.kind, r.description
        )?;
    }
    Ok(())
}

/// Run `rules list` or `rules test`.
pub fn run(cmd: &RulesCommand) -> Result<Outcome> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match cmd {
        RulesCommand::List { rules } => {
            let pack = pack_of(rules)?;
            let r = print_listing(&mut out, &list(pack.as_ref()));
            r.map_or_else(super::io_outcome, |_| Ok(Outcome::Ok))
        }
        RulesCommand::Test {
            packs,
            rules,
            corpus,
        } => {
            let mut paths = packs.clone();
            paths.extend(rules.iter().cloned());
            let pack = pack_of(&paths)?;
            let broken = test_rules(pack.as_ref());
            let n_rules = list(pack.as_ref())
                .iter()
                .filter(|l| l.kind != "exclude")
                .count();
            let mut r = Ok(());
            for b in &broken {
                r = r.and_then(|_| writeln!(out, "BROKEN  {b}"));
            }
            if let Some(dir) = corpus {
                r = r.and(report_unfired(&mut out, dir, pack.as_ref())?);
            }
            r = r.and_then(|_| {
                writeln!(
                    out,
                    "{n_rules} rules tested: {} broken example(s)",
                    broken.len()
                )
            });
            if let Err(e) = r {
                return super::io_outcome(e);
            }
            Ok(if broken.is_empty() {
                Outcome::Ok
            } else {
                Outcome::Mismatch
            })
        }
    }
}

fn pack_of(paths: &[PathBuf]) -> Result<Option<RulePack>> {
    if paths.is_empty() {
        Ok(None)
    } else {
        RulePack::from_paths(paths).map(Some)
    }
}

/// Print the rules that never fire on the corpus `dir`.
fn report_unfired(
    out: &mut impl Write,
    dir: &PathBuf,
    pack: Option<&RulePack>,
) -> Result<std::io::Result<()>> {
    let opts = Options::default();
    let mut cov = Coverage::default();
    let mut docs = 0usize;
    let mut first_err: Option<Error> = None;
    for input in expand(std::slice::from_ref(dir))? {
        for_each_document(&input, |d| match d {
            Ok(d) => {
                docs += 1;
                cov.add(&d, &opts, pack);
            }
            Err(e) => {
                first_err.get_or_insert(e);
            }
        })?;
    }
    if let Some(e) = first_err {
        return Err(e);
    }
    let unfired = cov.unfired(pack);
    Ok((|| {
        writeln!(
            out,
            "{} rule(s) never fire on {} ({docs} documents):",
            unfired.len(),
            dir.display()
        )?;
        print_listing(out, &unfired)
    })())
}
