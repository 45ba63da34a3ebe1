//! `claimcheck extract`: documents in, ledger out.

use super::args::{DateOrderArg, ExtractArgs, LedgerFormat};
use super::output::Sink;
use super::{Outcome, report_error};
use claimcheck::document::parse_doc_date;
use claimcheck::error::{Error, Result};
use claimcheck::extract::{DateOrder, Options, extract};
use claimcheck::input::{Input, expand, for_each_document};
use claimcheck::ledger::LedgerWriter;
use std::path::PathBuf;

/// Resolve `--doc-date` and `--date-order` into extraction options.
pub fn options(doc_date: Option<&str>, order: Option<DateOrderArg>) -> Result<Options> {
    let doc_date = match doc_date {
        Some(s) => Some(parse_doc_date(s).ok_or_else(|| {
            Error::usage(format!(
                "--doc-date {s:?} is not a date (expected YYYY-MM-DD)"
            ))
        })?),
        None => None,
    };
    let date_order = order.map(|o| match o {
        DateOrderArg::Dmy => DateOrder::Dmy,
        DateOrderArg::Mdy => DateOrder::Mdy,
    });
    Ok(Options {
        doc_date,
        date_order,
    })
}

/// The inputs, `-` when none were given.
pub fn inputs_or_stdin(inputs: &[PathBuf]) -> Vec<PathBuf> {
    if inputs.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        inputs.to_vec()
    }
}

/// Run the command.
pub fn run(args: &ExtractArgs) -> Result<Outcome> {
    let opts = options(args.doc_date.as_deref(), args.date_order)?;
    let paths = inputs_or_stdin(&args.inputs);
    let inputs = expand(&paths)?;
    for i in &inputs {
        if let Input::Ledger(p) = i {
            return Err(Error::usage(
                "extract reads articles (.txt, .md), directories, .jsonl documents or -, not CSV",
            )
            .with_path(p));
        }
    }
    let sink = Sink::open(args.output.as_deref(), &paths)?;
    let mut w = LedgerWriter::new(sink, args.format == LedgerFormat::Jsonl);
    let mut failed = false;
    let mut io_err: Option<std::io::Error> = None;
    for input in &inputs {
        let r = for_each_document(input, |doc| {
            if io_err.is_some() {
                return;
            }
            match doc {
                Ok(doc) => {
                    for row in &extract(&doc, &opts) {
                        if let Err(e) = w.write(row) {
                            io_err = Some(e);
                            return;
                        }
                    }
                }
                Err(e) => {
                    report_error(&e);
                    failed = true;
                }
            }
        });
        if let Err(e) = r {
            report_error(&e);
            failed = true;
        }
        if io_err.is_some() {
            break;
        }
    }
    if let Some(e) = io_err {
        return super::io_outcome(e);
    }
    let sink = match w.finish() {
        Ok(s) => s,
        Err(e) => return super::io_outcome(e),
    };
    super::close(sink, failed)
}
