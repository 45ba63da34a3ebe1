//! `claimcheck check`: claims against a reference table, as a report.

use super::args::{CheckArgs, ReportFormat};
use super::extract::options;
use super::output::Sink;
use super::rules::extract;
use super::{Outcome, report_error};
use claimcheck::check::{Baseline, Checked, Verdict, check};
use claimcheck::error::{Error, Result};
use claimcheck::extract::Options;
use claimcheck::input::{Input, expand, for_each_document};
use claimcheck::ledger::{LedgerRow, read_ledger};
use claimcheck::reference::Reference;
use claimcheck::report::{
    Summary, summarize, write_csv, write_github, write_json, write_text_colored,
};
use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// One unit of work: inputs checked against one reference table.
struct Job {
    inputs: Vec<Input>,
    reference: PathBuf,
}

fn reference_beside(article: &Path) -> PathBuf {
    let stem = article
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    article.with_file_name(format!("{stem}.reference.csv"))
}

fn plan(args: &CheckArgs) -> Result<Vec<Job>> {
    if args.inputs.is_empty() {
        return Err(Error::usage(
            "check needs INPUT (articles, a directory, a ledger CSV or -)",
        ));
    }
    if let Some(r) = &args.reference {
        return Ok(vec![Job {
            inputs: expand(&args.inputs)?,
            reference: r.clone(),
        }]);
    }
    let mut jobs = Vec::new();
    for input in expand(&args.inputs)? {
        match &input {
            Input::File(p) | Input::Ledger(p) => {
                let stem_path = if let Input::Ledger(_) = input {
                    // NAME.ledger.csv or NAME.csv pairs with NAME.reference.csv
                    let s = p
                        .file_stem()
                        .map(|s| s.to_string_lossy().trim_end_matches(".ledger").to_string())
                        .unwrap_or_default();
                    p.with_file_name(format!("{s}.txt"))
                } else {
                    p.clone()
                };
                if p.to_string_lossy().ends_with(".reference.csv") {
                    continue;
                }
                let r = reference_beside(&stem_path);
                if r.is_file() {
                    jobs.push(Job {
                        inputs: vec![input.clone()],
                        reference: r,
                    });
                } else if args.inputs.iter().any(|a| a == p) {
                    return Err(Error::usage(format!(
                        "no --reference given and no {} beside it",
                        r.display()
                    ))
                    .with_path(p));
                }
            }
            Input::Jsonl(p) => {
                return Err(Error::usage("a .jsonl corpus needs --reference").with_path(p));
            }
            Input::Stdin => return Err(Error::usage("reading standard input needs --reference")),
        }
    }
    if jobs.is_empty() {
        return Err(Error::usage(
            "nothing to check: no NAME.txt with a NAME.reference.csv beside it (or give --reference)",
        ));
    }
    Ok(jobs)
}

/// Where each document came from, for annotations: its file and the byte
/// offsets at which its lines start.
type Places = HashMap<String, (String, Vec<usize>)>;

/// Ledger rows of one input (extracting unless it is a ledger).
fn rows_of(
    input: &Input,
    opts: &Options,
    failed: &mut bool,
    places: &mut Places,
    mut texts: Option<&mut Vec<(String, String)>>,
) -> Result<Vec<LedgerRow>> {
    if let Input::Ledger(p) = input {
        let f = std::fs::File::open(p).map_err(|e| Error::io(p, &e))?;
        return Ok(read_ledger(f, p)?.0);
    }
    let file = input
        .path()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| "<stdin>".into());
    let mut rows = Vec::new();
    for_each_document(input, |doc| match doc {
        Ok(d) => {
            if !matches!(input, Input::Jsonl(_)) {
                let starts = std::iter::once(0)
                    .chain(d.text.match_indices('\n').map(|(i, _)| i + 1))
                    .collect();
                places.insert(d.id.clone(), (file.clone(), starts));
            }
            if let Some(t) = texts.as_deref_mut() {
                t.push((d.id.clone(), d.text.clone()));
            }
            rows.extend(extract(&d, opts))
        }
        Err(e) => {
            report_error(&e);
            *failed = true;
        }
    })?;
    Ok(rows)
}

/// Run the command.
pub fn run(args: &CheckArgs) -> Result<Outcome> {
    let opts = options(args.doc_date.as_deref(), args.date_order, args.date_style)?;
    super::rules::load(&args.rules)?;
    claimcheck::document::set_lossy(args.lossy);
    let jobs = plan(args)?;
    // Articles to extract: figure and attribution patterns compile beside
    // the first dates (ledgers alone need none of them).
    if jobs
        .iter()
        .any(|j| j.inputs.iter().any(|i| !matches!(i, Input::Ledger(_))))
    {
        std::thread::spawn(claimcheck::extract::warm_up);
    }
    let mut all: Vec<Checked> = Vec::new();
    let mut summary = Summary::default();
    let mut failed = false;
    let many = jobs.len() > 1;
    let baseline = match &args.baseline {
        Some(p) => Some(Baseline::from_path(p)?),
        None => None,
    };
    let mut places: Places = HashMap::new();
    // Document texts, for the HTML report only.
    let mut texts = (args.format == ReportFormat::Html).then(Vec::new);
    for job in &jobs {
        let reference = Reference::from_path(&job.reference)?;
        let mut rows = Vec::new();
        for input in &job.inputs {
            match rows_of(input, &opts, &mut failed, &mut places, texts.as_mut()) {
                Ok(r) => rows.extend(r),
                Err(e) => {
                    report_error(&e);
                    failed = true;
                }
            }
        }
        let mut checked = check(&rows, &reference);
        if let Some(b) = &baseline {
            summary.baselined += b.apply(&mut checked);
        }
        let s = summarize(&checked, &reference);
        summary.claims += s.claims;
        summary.compared += s.compared;
        summary.consistent += s.consistent;
        summary.mismatch += s.mismatch;
        summary.ambiguous += s.ambiguous;
        summary.unverified += s.unverified;
        let stem = job
            .reference
            .file_name()
            .map(|s| {
                s.to_string_lossy()
                    .trim_end_matches(".reference.csv")
                    .trim_end_matches(".csv")
                    .to_string()
            })
            .unwrap_or_default();
        summary.unused_facts.extend(
            s.unused_facts
                .into_iter()
                .map(|k| if many { format!("{stem}:{k}") } else { k }),
        );
        all.extend(checked);
    }
    let mut paths: Vec<PathBuf> = args.inputs.clone();
    paths.extend(jobs.iter().map(|j| j.reference.clone()));
    let mut sink = Sink::open(args.output.as_deref(), &paths)?;
    if args.bom
        && args.format == ReportFormat::Csv
        && let Err(e) = std::io::Write::write_all(&mut sink, claimcheck::ledger::BOM)
    {
        sink.abandon();
        return super::io_outcome(e);
    }
    let locate = |row: &LedgerRow| {
        let (file, starts) = places.get(&row.doc)?;
        let line = starts.partition_point(|&s| s <= row.start);
        let line_start = starts[line - 1];
        Some((file.clone(), line, row.start - line_start + 1))
    };
    // Colour only for a terminal, and never with NO_COLOR set.
    let color = args.output.is_none()
        && std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let r = match args.format {
        ReportFormat::Text => write_text_colored(&mut sink, &all, &summary, color),
        ReportFormat::Csv => write_csv(&mut sink, &all),
        ReportFormat::Json => write_json(&mut sink, &all, &summary),
        ReportFormat::Github => write_github(&mut sink, &all, &summary, &locate, baseline.as_ref()),
        ReportFormat::Html => claimcheck::html::write_report(
            &mut sink,
            texts.as_deref().unwrap_or_default(),
            &all,
            &summary,
        ),
    };
    if let Err(e) = r {
        sink.abandon();
        return super::io_outcome(e);
    }
    // Baselined mismatches are reported but do not fail the run.
    let mismatch = all.iter().any(|c| {
        c.verdict == Verdict::Mismatch && !baseline.as_ref().is_some_and(|b| b.contains(&c.row.id))
    });
    match super::close(sink, failed)? {
        Outcome::Ok if mismatch => Ok(Outcome::Mismatch),
        other => Ok(other),
    }
}
