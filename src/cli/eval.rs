//! `claimcheck eval`: score extraction against gold files.

use super::Outcome;
use super::args::{EvalArgs, EvalFormat, KindArg};
use claimcheck::claim::Kind;
use claimcheck::error::{Error, Result};
use claimcheck::eval::{evaluate_with, read_gold, read_scope, to_json, write_text};
use std::collections::HashMap;
use std::io::Write;

/// Run the command.
pub fn run(args: &EvalArgs) -> Result<Outcome> {
    let kind = args.kind.map(|k| match k {
        KindArg::Figure => Kind::Figure,
        KindArg::Date => Kind::Date,
        KindArg::Attribution => Kind::Attribution,
    });
    let scope = match &args.scope {
        Some(p) => read_scope(p)?,
        None => HashMap::new(),
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut json = Vec::new();
    for gold in &args.gold {
        let cases = read_gold(gold)?;
        let style = super::extract::date_style(args.date_style);
        let res = evaluate_with(&cases, &scope, kind, style).map_err(|e| e.with_path(gold))?;
        let name = gold.display().to_string();
        let r = match args.format {
            EvalFormat::Text => write_text(&mut out, &name, &res),
            EvalFormat::Json => {
                json.push(to_json(&name, &res));
                Ok(())
            }
        };
        if let Err(e) = r {
            return super::io_outcome(e);
        }
        for f in res.failures.iter().take(args.show_failures) {
            // The case text around the span, on one line.
            let ctx = f.context.as_str();
            let at = ctx
                .char_indices()
                .nth(f.start)
                .map(|(i, _)| i)
                .filter(|&i| ctx[i..].starts_with(f.text.as_str()))
                .or_else(|| ctx.find(&f.text))
                .unwrap_or(0);
            let from = ctx[..at].char_indices().rev().nth(60).map_or(0, |(i, _)| i);
            let to = ctx[at..]
                .char_indices()
                .nth(f.text.len().min(200) + 60)
                .map_or(ctx.len(), |(i, _)| at + i);
            let window = ctx[from..to].replace(['\n', '\r'], " ");
            let _ = writeln!(
                out,
                "  {:<8} {:<28} text={:?} expected={:?} got={:?}  | {}",
                f.what, f.case, f.text, f.expected, f.got, window
            );
        }
    }
    if args.format == EvalFormat::Json {
        let v = if json.len() == 1 {
            json.remove(0)
        } else {
            serde_json::Value::Array(json)
        };
        serde_json::to_writer_pretty(&mut out, &v).map_err(|e| Error::usage(e.to_string()))?;
        let _ = writeln!(out);
    }
    Ok(Outcome::Ok)
}
