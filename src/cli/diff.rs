//! `claimcheck diff OLD.csv NEW.csv`: what changed between two ledgers.

use super::Outcome;
use super::args::DiffArgs;
use claimcheck::diff::{ChangeKind, diff};
use claimcheck::error::{Error, Result};
use claimcheck::ledger::{LedgerRow, read_ledger};
use std::io::Write;
use std::path::Path;

fn load(p: &Path) -> Result<Vec<LedgerRow>> {
    let f = std::fs::File::open(p).map_err(|e| Error::io(p, &e))?;
    Ok(read_ledger(f, p)?.0)
}

/// Run the command: one line per change, then a count.
pub fn run(args: &DiffArgs) -> Result<Outcome> {
    let old = load(&args.old)?;
    let new = load(&args.new)?;
    let changes = diff(&old, &new);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut counts = [0usize; 3];
    let mut write = || -> std::io::Result<()> {
        for c in &changes {
            let r = c.new.as_ref().or(c.old.as_ref()).expect("a side");
            match c.kind {
                ChangeKind::Added => counts[0] += 1,
                ChangeKind::Removed => counts[1] += 1,
                ChangeKind::Changed => counts[2] += 1,
            }
            let what = match (&c.old, &c.new) {
                (Some(o), Some(n)) => {
                    format!("{:?} {} -> {:?} {}", o.text, o.value, n.text, n.value)
                }
                (Some(o), None) => format!("{:?} {}", o.text, o.value),
                (None, Some(n)) => format!("{:?} {}", n.text, n.value),
                (None, None) => String::new(),
            };
            writeln!(
                out,
                "{:<8} {} {} {:<11} {}",
                c.kind.as_str(),
                r.doc,
                r.id,
                r.kind,
                what
            )?;
        }
        writeln!(
            out,
            "{} added, {} removed, {} changed",
            counts[0], counts[1], counts[2]
        )?;
        out.flush()
    };
    if let Err(e) = write() {
        return super::io_outcome(e);
    }
    Ok(if args.exit_code && !changes.is_empty() {
        Outcome::Mismatch
    } else {
        Outcome::Ok
    })
}
