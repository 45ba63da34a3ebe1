//! A self-contained HTML report: each article with its claims highlighted
//! at their exact byte spans, verdicts and reasons on hover or focus, and a
//! summary (counts as an inline SVG chart, mismatches, unused facts) at
//! the top.
//!
//! The file needs nothing else: styles are inline, there is no script at
//! all, and a Content-Security-Policy (`default-src 'none'`) forbids every
//! fetch, so it can be mailed or attached to a ticket and opened offline.
//! Everything that comes from input (text, ids, reasons, sources) goes
//! through [`escape`]; tooltips are attribute values shown with CSS
//! `attr()`, which is text by construction.
//!
//! Highlights are built from a sorted list of span boundaries: at each
//! boundary the claims that end are closed (closing and reopening the ones
//! opened inside them, which splits them) and the ones that start are
//! opened, outermost first, so the markup is always well formed whatever
//! the overlaps.
//!
//! ```
//! use claimcheck::html::write_ledger;
//! use claimcheck::{document::Document, extract::{extract, Options}};
//! let doc = Document::from_text("d", "The war has killed 290,000 people.".into()).unwrap();
//! let rows = extract(&doc, &Options::default());
//! let mut out = Vec::new();
//! write_ledger(&mut out, &[("d".to_string(), doc.text.clone())], &rows).unwrap();
//! let html = String::from_utf8(out).unwrap();
//! assert!(html.contains(">290,000</mark>"));
//! ```

use crate::check::{Checked, Verdict};
use crate::ledger::LedgerRow;
use crate::reference::ReferenceFact;
use crate::report::Summary;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{self, Write};

/// Escape text for HTML element content and quoted attribute values alike:
/// `&`, `<`, `>`, `"` and `'` become character references; control
/// characters other than tab and newline become U+FFFD (a parser would
/// choke on or drop them). Nothing from input is ever markup.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    escape_into(&mut out, s);
    out
}

fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' => out.push(c),
            '\r' => {}
            c if c.is_control() => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
}

/// An attribute value: escaped, newlines as `&#10;` so they survive.
fn attr(s: &str) -> String {
    escape(s).replace('\n', "&#10;")
}

/// One claim as the report sees it: the row, and its verdict if checked.
struct Item<'a> {
    row: &'a LedgerRow,
    fact: Option<&'a ReferenceFact>,
    verdict: Option<Verdict>,
    reason: &'a str,
}

impl Item<'_> {
    fn is(&self, v: Verdict) -> bool {
        self.verdict == Some(v)
    }

    /// Focusable in the text: mismatches and ambiguous claims of a check,
    /// every claim of a plain ledger.
    fn focusable(&self) -> bool {
        match self.verdict {
            None => true,
            Some(v) => matches!(v, Verdict::Mismatch | Verdict::Ambiguous),
        }
    }

    /// Listed in its article's claims table: compared claims of a check,
    /// every claim of a plain ledger.
    fn in_table(&self) -> bool {
        self.verdict != Some(Verdict::Unverified)
    }

    fn kind_class(&self) -> &'static str {
        match self.row.kind.as_str() {
            "figure" => "k-figure",
            "date" => "k-date",
            "attribution" => "k-attribution",
            _ => "k-other",
        }
    }

    fn verdict_class(&self) -> &'static str {
        match self.verdict {
            None => "",
            Some(Verdict::Consistent) => " v-consistent",
            Some(Verdict::Mismatch) => " v-mismatch",
            Some(Verdict::Ambiguous) => " v-ambiguous",
            Some(Verdict::Unverified) => " v-unverified",
        }
    }

    fn reference(&self) -> String {
        match self.fact {
            None => String::new(),
            Some(f) => {
                let mut s = format!("{} = {}", f.key, f.value);
                if !f.unit.is_empty() {
                    let _ = write!(s, " {}", f.unit);
                }
                if !f.period.is_empty() {
                    let _ = write!(s, " (period {})", f.period);
                }
                s
            }
        }
    }

    fn ref_source(&self) -> String {
        match self.fact {
            None => String::new(),
            Some(f) if f.as_of.is_empty() => f.source.clone(),
            Some(f) => format!("{}, as of {}", f.source, f.as_of),
        }
    }

    /// The tooltip: plain text, one fact a line.
    fn tip(&self) -> String {
        let r = self.row;
        let mut s = String::new();
        if let Some(v) = self.verdict {
            let _ = writeln!(s, "{}", v.as_str().to_uppercase());
        }
        let _ = writeln!(s, "{} · {}", r.kind, r.ctype);
        let _ = writeln!(s, "value: {}", or_dash(&r.value));
        if r.kind != "attribution" || !r.unit.is_empty() {
            let _ = writeln!(s, "unit: {}", or_dash(&r.unit));
        }
        if !r.qualifier.is_empty() {
            let _ = writeln!(s, "qualifier: {}", r.qualifier);
        }
        if !r.period.is_empty() {
            let _ = writeln!(s, "period: {}", r.period);
        }
        let _ = writeln!(s, "source: {}", or_dash(&r.source));
        if self.verdict.is_some() {
            if self.fact.is_some() {
                let _ = writeln!(s, "reference: {}", self.reference());
                let _ = writeln!(s, "ref. source: {}", or_dash(&self.ref_source()));
            } else {
                let _ = writeln!(s, "reference: none matched");
            }
            if !self.reason.is_empty() {
                let _ = writeln!(s, "reason: {}", self.reason);
            }
        }
        s.trim_end().to_string()
    }
}

fn or_dash(s: &str) -> &str {
    if s.is_empty() { "—" } else { s }
}

/// Write the HTML report of a check: `docs` are `(doc id, full text)`
/// pairs (the texts the offsets count in; claims of documents not among
/// them are listed in a table), `checked` the verdicts, `summary` the
/// counts and unused reference facts.
pub fn write_report<W: Write>(
    w: W,
    docs: &[(String, String)],
    checked: &[Checked],
    summary: &Summary,
) -> io::Result<()> {
    let items: Vec<Item> = checked
        .iter()
        .map(|c| Item {
            row: &c.row,
            fact: c.fact.as_ref(),
            verdict: Some(c.verdict),
            reason: &c.reason,
        })
        .collect();
    render(w, docs, &items, Some(summary))
}

/// Write the HTML view of a ledger (claims without verdicts): `docs` are
/// `(doc id, full text)` pairs; rows of documents not among them are
/// listed in a table.
pub fn write_ledger<W: Write>(
    w: W,
    docs: &[(String, String)],
    rows: &[LedgerRow],
) -> io::Result<()> {
    let items: Vec<Item> = rows
        .iter()
        .map(|r| Item {
            row: r,
            fact: None,
            verdict: None,
            reason: "",
        })
        .collect();
    render(w, docs, &items, None)
}

const STYLE: &str = r#"
:root{--fig:#1f56b8;--fig-bg:#e4edff;--date:#0a7350;--date-bg:#dff4ea;--att:#7b3db5;--att-bg:#f1e7fb;--bad:#b00020;--bad-bg:#ffd9de;--amb:#8a5a00;--amb-bg:#fff0c2}
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
header,main,nav{max-width:64rem;margin:0 auto;padding:0 1.25rem}
header{padding-top:1rem}
h1{font-size:1.6rem;margin:.5rem 0}
h2{font-size:1.25rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #ccc}
h3{font-size:1.05rem;margin:1rem 0 .4rem}
a{color:#0645ad}
a:focus-visible,mark:focus-visible{outline:3px solid #ff9800;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.25rem .5rem;z-index:10}
.counts{margin:.25rem 0}
.cards{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}
.card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.75rem 1rem}
.chart text{font:13px system-ui,sans-serif;fill:#222}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;padding:0;list-style:none}
.mismatches li{margin:.35rem 0}
.mismatches .why{color:#444}
.bad-n{color:var(--bad);font-weight:700}
.toc{columns:2 18rem;padding-left:1.5rem}
.doc{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.25rem 1.25rem 1rem;margin:1.25rem 0;content-visibility:auto;contain-intrinsic-size:auto 900px}
.text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:2;font-size:1.02rem}
mark{color:inherit;background:none;text-decoration-line:underline;text-decoration-thickness:2px;position:relative;border-radius:2px}
mark.k-figure{background:var(--fig-bg);text-decoration-color:var(--fig);text-decoration-style:solid;text-underline-offset:2px}
mark.k-date{background:var(--date-bg);text-decoration-color:var(--date);text-decoration-style:dashed;text-underline-offset:4px}
mark.k-attribution{background:var(--att-bg);text-decoration-color:var(--att);text-decoration-style:dotted;text-underline-offset:7px;text-decoration-thickness:3px}
mark.k-figure mark,mark mark.k-figure{box-shadow:inset 0 0 0 1px var(--fig)}
mark.v-unverified{background:none}
mark.v-consistent::before{content:"✓";font-size:.7em;vertical-align:super;color:#0a7350}
mark.v-mismatch{background:var(--bad-bg);color:#5c0010;font-weight:700;outline:2px solid var(--bad);outline-offset:1px}
mark.v-mismatch:not(.cont)::before{content:"⚠ MISMATCH ";font-size:.65em;letter-spacing:.03em;vertical-align:super;color:#fff;background:var(--bad);border-radius:3px;padding:0 .25em;margin-right:.15em}
mark.v-ambiguous{background:var(--amb-bg);outline:2px dashed var(--amb);outline-offset:1px}
mark.v-ambiguous:not(.cont)::before{content:"? ";font-weight:700;color:var(--amb)}
mark.cont::before{content:none}
mark[data-tip]:is(:hover,:focus,:target):not(:has(mark:hover))::after{content:attr(data-tip);position:absolute;left:0;top:calc(100% + 6px);z-index:5;width:max-content;max-width:min(30rem,80vw);white-space:pre-line;font:400 .85rem/1.4 system-ui,sans-serif;color:#111;background:#fffef5;border:1px solid #888;border-radius:4px;box-shadow:0 3px 10px rgba(0,0,0,.25);padding:.45rem .6rem;text-decoration:none;letter-spacing:0;vertical-align:baseline}
table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.5rem 0}
th,td{border:1px solid #ddd;padding:.25rem .4rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#f0f0f0}
tr.v-mismatch td{background:#fff0f2}
tr.v-mismatch td.verdict{color:var(--bad);font-weight:700}
tr:target td{box-shadow:inset 0 0 0 2px #ff9800}
.sw{display:inline-block;padding:0 .3em;text-decoration-line:underline;text-decoration-thickness:2px}
.muted{color:#666}
@media print{
body{background:#fff;font-size:11pt}
.doc{content-visibility:visible;border:none;padding:0;break-before:page}
.doc:first-of-type{break-before:auto}
mark::after{display:none!important}
mark,.sw,tr.v-mismatch td{-webkit-print-color-adjust:exact;print-color-adjust:exact}
a{color:inherit;text-decoration:none}
.skip,.toc-nav{display:none}
tr{break-inside:avoid}
}
"#;

fn render<W: Write>(
    w: W,
    docs: &[(String, String)],
    items: &[Item],
    summary: Option<&Summary>,
) -> io::Result<()> {
    let mut w = io::BufWriter::with_capacity(1 << 16, w);
    let checked = summary.is_some();
    // Documents by id (the first of a repeated id gets its claims).
    let mut doc_of: HashMap<&str, usize> = HashMap::new();
    for (i, (id, _)) in docs.iter().enumerate() {
        doc_of.entry(id.as_str()).or_insert(i);
    }
    // Claims per document, and those with no text to show them in.
    let mut per_doc: Vec<Vec<usize>> = vec![Vec::new(); docs.len()];
    let mut orphans: Vec<usize> = Vec::new();
    for (i, it) in items.iter().enumerate() {
        match doc_of.get(it.row.doc.as_str()) {
            Some(&d) => per_doc[d].push(i),
            None => orphans.push(i),
        }
    }
    // Which claims can be placed in their text.
    let placed: Vec<bool> = items
        .iter()
        .map(|it| {
            doc_of
                .get(it.row.doc.as_str())
                .is_some_and(|&d| span_ok(&docs[d].1, it.row))
        })
        .collect();

    let title = if checked {
        "claimcheck report"
    } else {
        "claimcheck ledger"
    };
    write!(
        w,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"claimcheck {}\">\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        env!("CARGO_PKG_VERSION")
    )?;
    let first_mismatch = items.iter().position(|it| it.is(Verdict::Mismatch));
    if let Some(i) = first_mismatch {
        writeln!(
            w,
            "<a class=\"skip\" href=\"#c{i}\">Skip to the first mismatch</a>"
        )?;
    }
    writeln!(w, "<header>\n<h1>{title}</h1>")?;
    write_summary(&mut w, docs, items, summary)?;
    writeln!(w, "</header>")?;
    if docs.len() > 1 {
        write_toc(&mut w, docs, items, &per_doc)?;
    }
    writeln!(w, "<main id=\"articles\">")?;
    for (d, (id, text)) in docs.iter().enumerate() {
        write_doc(&mut w, d, id, text, items, &per_doc[d], &placed, checked)?;
    }
    // Claims without a text, or whose span does not fit the text.
    let unplaced: Vec<usize> = (0..items.len())
        .filter(|&i| !placed[i] && !orphans.contains(&i))
        .collect();
    if !orphans.is_empty() || !unplaced.is_empty() {
        let mut all: Vec<usize> = orphans;
        all.extend(unplaced);
        all.sort_unstable();
        writeln!(
            w,
            "<section class=\"doc\" id=\"no-text\">\n<h2>Claims without article text</h2>\n\
             <p class=\"muted\">These claims come from a ledger (or do not fit their text), so they are listed without the article.</p>"
        )?;
        write_table(&mut w, items, &all, true, checked, &placed)?;
        writeln!(w, "</section>")?;
    }
    writeln!(w, "</main>\n</body>\n</html>")?;
    w.flush()
}

/// Whether a claim's span is a valid range of `text` on char boundaries.
fn span_ok(text: &str, r: &LedgerRow) -> bool {
    r.start < r.end
        && r.end <= text.len()
        && text.is_char_boundary(r.start)
        && text.is_char_boundary(r.end)
}

fn count_by<'a>(items: impl Iterator<Item = &'a str>, order: &[&str]) -> Vec<(String, usize)> {
    let mut m: Vec<(String, usize)> = order.iter().map(|k| (k.to_string(), 0)).collect();
    for k in items {
        match m.iter_mut().find(|(n, _)| n == k) {
            Some(e) => e.1 += 1,
            None => m.push((k.to_string(), 1)),
        }
    }
    m
}

/// A horizontal bar chart as inline SVG, one labelled bar a row.
fn bar_chart(title: &str, bars: &[(String, usize, &str)]) -> String {
    let max = bars.iter().map(|b| b.1).max().unwrap_or(0).max(1);
    let row = 22;
    let label_w = 96;
    let bar_w = 200;
    let h = row * bars.len() + 24;
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg class=\"chart\" role=\"img\" width=\"{}\" height=\"{h}\" viewBox=\"0 0 {} {h}\"><title>{}</title>",
        label_w + bar_w + 60,
        label_w + bar_w + 60,
        escape(title)
    );
    let _ = write!(
        s,
        "<text x=\"0\" y=\"14\" font-weight=\"700\">{}</text>",
        escape(title)
    );
    for (i, (name, n, colour)) in bars.iter().enumerate() {
        let y = 24 + i * row;
        let bw = if *n == 0 { 0 } else { (n * bar_w / max).max(2) };
        let _ = write!(
            s,
            "<text x=\"0\" y=\"{}\">{}</text><rect x=\"{label_w}\" y=\"{}\" width=\"{bw}\" height=\"14\" fill=\"{colour}\" rx=\"2\"/><text x=\"{}\" y=\"{}\">{n}</text>",
            y + 13,
            escape(name),
            y + 2,
            label_w + bw + 6,
            y + 13,
        );
    }
    s.push_str("</svg>");
    s
}

fn kind_colour(k: &str) -> &'static str {
    match k {
        "figure" => "#1f56b8",
        "date" => "#0a7350",
        "attribution" => "#7b3db5",
        _ => "#777",
    }
}

fn verdict_colour(v: &str) -> &'static str {
    match v {
        "consistent" => "#2e8b57",
        "mismatch" => "#b00020",
        "ambiguous" => "#c08a00",
        _ => "#9e9e9e",
    }
}

fn write_summary<W: Write>(
    w: &mut W,
    docs: &[(String, String)],
    items: &[Item],
    summary: Option<&Summary>,
) -> io::Result<()> {
    let mismatches: Vec<usize> = (0..items.len())
        .filter(|&i| items[i].is(Verdict::Mismatch))
        .collect();
    write!(
        w,
        "<p class=\"counts\">{} article{}, {} claim{}",
        docs.len(),
        if docs.len() == 1 { "" } else { "s" },
        items.len(),
        if items.len() == 1 { "" } else { "s" },
    )?;
    if let Some(s) = summary {
        write!(
            w,
            ": {} compared, {} consistent, <span class=\"{}\">{} mismatch</span>, {} ambiguous, {} unverified",
            items.iter().filter(|it| it.in_table()).count(),
            items.iter().filter(|it| it.is(Verdict::Consistent)).count(),
            if mismatches.is_empty() { "" } else { "bad-n" },
            mismatches.len(),
            items.iter().filter(|it| it.is(Verdict::Ambiguous)).count(),
            items.iter().filter(|it| it.is(Verdict::Unverified)).count(),
        )?;
        if s.baselined > 0 {
            write!(w, " ({} mismatch(es) in the baseline)", s.baselined)?;
        }
    }
    writeln!(w, ".</p>\n<div class=\"cards\">")?;
    let kinds = count_by(
        items.iter().map(|it| it.row.kind.as_str()),
        &["figure", "date", "attribution"],
    );
    let bars: Vec<(String, usize, &str)> = kinds
        .iter()
        .map(|(k, n)| (k.clone(), *n, kind_colour(k)))
        .collect();
    writeln!(
        w,
        "<div class=\"card\">{}</div>",
        bar_chart("Claims by kind", &bars)
    )?;
    if summary.is_some() {
        let verdicts = count_by(
            items
                .iter()
                .map(|it| it.verdict.map(Verdict::as_str).unwrap_or("")),
            &["consistent", "mismatch", "ambiguous", "unverified"],
        );
        let bars: Vec<(String, usize, &str)> = verdicts
            .iter()
            .map(|(k, n)| (k.clone(), *n, verdict_colour(k)))
            .collect();
        writeln!(
            w,
            "<div class=\"card\">{}</div>",
            bar_chart("Claims by verdict", &bars)
        )?;
    }
    // Legend: kinds by colour and underline style, verdict marks.
    writeln!(
        w,
        "<div class=\"card\"><strong>Legend</strong><ul class=\"legend\">\
         <li><mark class=\"sw k-figure\">figure</mark> solid underline</li>\
         <li><mark class=\"sw k-date\">date</mark> dashed underline</li>\
         <li><mark class=\"sw k-attribution\">attribution</mark> dotted underline</li>"
    )?;
    if summary.is_some() {
        writeln!(
            w,
            "<li><mark class=\"sw k-figure v-mismatch\">mismatch</mark> red, outlined</li>\
             <li><mark class=\"sw k-figure v-ambiguous\">ambiguous</mark> dashed outline</li>\
             <li><mark class=\"sw k-figure v-consistent\">consistent</mark> ticked</li>\
             <li><mark class=\"sw k-figure v-unverified\">unverified</mark> underline only</li>"
        )?;
    }
    writeln!(
        w,
        "</ul><p class=\"muted\">Hover over a claim, tab to a mismatch or follow a link for its value, source, reference and reason.</p></div>\n</div>"
    )?;
    let Some(summary) = summary else {
        return Ok(());
    };
    writeln!(
        w,
        "<h2 id=\"mismatches\">Mismatches ({})</h2>",
        mismatches.len()
    )?;
    if mismatches.is_empty() {
        writeln!(w, "<p>No claim contradicts the reference.</p>")?;
    } else {
        writeln!(w, "<ol class=\"mismatches\">")?;
        for &i in &mismatches {
            let it = &items[i];
            writeln!(
                w,
                "<li><a href=\"#c{i}\"><strong>{}</strong>: “{}”</a> <span class=\"why\">— {}</span></li>",
                escape(&it.row.doc),
                escape(&it.row.text),
                escape(it.reason)
            )?;
        }
        writeln!(w, "</ol>")?;
    }
    writeln!(
        w,
        "<h2 id=\"unused\">Reference facts that matched no claim ({})</h2>",
        summary.unused_facts.len()
    )?;
    if summary.unused_facts.is_empty() {
        writeln!(w, "<p>Every reference fact was compared with a claim.</p>")?;
    } else {
        writeln!(w, "<ul>")?;
        for k in &summary.unused_facts {
            writeln!(w, "<li><code>{}</code></li>", escape(k))?;
        }
        writeln!(w, "</ul>")?;
    }
    Ok(())
}

fn write_toc<W: Write>(
    w: &mut W,
    docs: &[(String, String)],
    items: &[Item],
    per_doc: &[Vec<usize>],
) -> io::Result<()> {
    writeln!(
        w,
        "<nav class=\"toc-nav\" aria-label=\"Articles\">\n<h2>Articles ({})</h2>\n<ol class=\"toc\">",
        docs.len()
    )?;
    for (d, (id, _)) in docs.iter().enumerate() {
        let bad = per_doc[d]
            .iter()
            .filter(|&&i| items[i].is(Verdict::Mismatch))
            .count();
        write!(
            w,
            "<li><a href=\"#doc-{d}\">{}</a> <span class=\"muted\">{} claims</span>",
            escape(id),
            per_doc[d].len()
        )?;
        if bad > 0 {
            write!(w, " <span class=\"bad-n\">{bad} mismatch</span>")?;
        }
        writeln!(w, "</li>")?;
    }
    writeln!(w, "</ol>\n</nav>")
}

#[allow(clippy::too_many_arguments)]
fn write_doc<W: Write>(
    w: &mut W,
    d: usize,
    id: &str,
    text: &str,
    items: &[Item],
    claims: &[usize],
    placed: &[bool],
    checked: bool,
) -> io::Result<()> {
    let bad = claims
        .iter()
        .filter(|&&i| items[i].is(Verdict::Mismatch))
        .count();
    write!(
        w,
        "<section class=\"doc\" id=\"doc-{d}\" aria-labelledby=\"h-{d}\">\n<h2 id=\"h-{d}\">{}</h2>\n<p class=\"muted\">{} claims",
        escape(id),
        claims.len()
    )?;
    if bad > 0 {
        write!(w, ", <span class=\"bad-n\">{bad} mismatch</span>")?;
    }
    writeln!(w, "</p>")?;
    let here: Vec<usize> = claims.iter().copied().filter(|&i| placed[i]).collect();
    let mut out = String::with_capacity(text.len() * 2 + here.len() * 256);
    out.push_str("<div class=\"text\">");
    mark_up(&mut out, text, items, &here);
    out.push_str("</div>\n");
    w.write_all(out.as_bytes())?;
    let tabled: Vec<usize> = claims
        .iter()
        .copied()
        .filter(|&i| items[i].in_table())
        .collect();
    if !tabled.is_empty() {
        writeln!(
            w,
            "<h3>{} in this article</h3>",
            if checked { "Compared claims" } else { "Claims" }
        )?;
        write_table(w, items, &tabled, false, checked, placed)?;
    }
    writeln!(w, "</section>")
}

/// The text with every claim in `here` (indexes into `items`, all with
/// valid spans) marked up: well-formed nesting from sorted boundaries.
fn mark_up(out: &mut String, text: &str, items: &[Item], here: &[usize]) {
    // Boundaries: (position, claim) for starts and ends.
    let mut points: Vec<usize> = Vec::with_capacity(here.len() * 2 + 2);
    for &i in here {
        points.push(items[i].row.start);
        points.push(items[i].row.end);
    }
    points.sort_unstable();
    points.dedup();
    let mut starts: HashMap<usize, Vec<usize>> = HashMap::new();
    for &i in here {
        starts.entry(items[i].row.start).or_default().push(i);
    }
    let mut stack: Vec<usize> = Vec::new();
    let mut opened = vec![false; items.len()];
    let mut pos = 0;
    for &p in &points {
        escape_into(out, &text[pos..p]);
        pos = p;
        // Close every claim ending here; claims opened inside them close
        // first and are reopened after (the split).
        let mut reopen: Vec<usize> = Vec::new();
        while stack.iter().any(|&i| items[i].row.end == p) {
            let top = stack.pop().expect("not empty");
            out.push_str("</mark>");
            if items[top].row.end != p {
                reopen.push(top);
            }
        }
        // Open: reopened and new claims, outermost (latest end) first.
        let mut open = reopen;
        if let Some(s) = starts.get(&p) {
            open.extend(s);
        }
        open.sort_by(|&a, &b| {
            items[b]
                .row
                .end
                .cmp(&items[a].row.end)
                .then(items[a].row.start.cmp(&items[b].row.start))
                .then(a.cmp(&b))
        });
        for i in open {
            open_mark(out, i, &items[i], opened[i]);
            opened[i] = true;
            stack.push(i);
        }
    }
    escape_into(out, &text[pos..]);
    debug_assert!(stack.is_empty());
}

fn open_mark(out: &mut String, i: usize, it: &Item, cont: bool) {
    let _ = write!(
        out,
        "<mark class=\"{}{}{}\"",
        it.kind_class(),
        it.verdict_class(),
        if cont { " cont" } else { "" }
    );
    if !cont {
        let _ = write!(out, " id=\"c{i}\"");
        if it.focusable() {
            out.push_str(" tabindex=\"0\"");
            if it.in_table() {
                let _ = write!(out, " aria-describedby=\"r{i}\"");
            }
        }
    }
    let _ = write!(out, " data-tip=\"{}\">", attr(&it.tip()));
}

fn write_table<W: Write>(
    w: &mut W,
    items: &[Item],
    rows: &[usize],
    with_doc: bool,
    checked: bool,
    placed: &[bool],
) -> io::Result<()> {
    let mut s = String::new();
    s.push_str("<table>\n<thead><tr>");
    if with_doc {
        s.push_str("<th scope=\"col\">doc</th>");
    }
    s.push_str(
        "<th scope=\"col\">claim</th><th scope=\"col\">kind</th><th scope=\"col\">value</th><th scope=\"col\">unit</th><th scope=\"col\">qualifier</th><th scope=\"col\">source</th>",
    );
    if checked {
        s.push_str("<th scope=\"col\">reference</th><th scope=\"col\">verdict</th><th scope=\"col\">reason</th>");
    } else {
        s.push_str("<th scope=\"col\">subject</th><th scope=\"col\">rule</th>");
    }
    s.push_str("</tr></thead>\n<tbody>\n");
    for &i in rows {
        let it = &items[i];
        let r = it.row;
        // The row is the claim's anchor when the claim is not in a text.
        let anchor = if placed[i] {
            format!("r{i}")
        } else {
            format!("c{i}")
        };
        let _ = write!(
            s,
            "<tr id=\"{anchor}\" class=\"{}{}\">",
            it.kind_class(),
            it.verdict_class()
        );
        if with_doc {
            let _ = write!(s, "<td>{}</td>", escape(&r.doc));
        }
        if placed[i] {
            let _ = write!(
                s,
                "<td><a href=\"#c{i}\">{}</a> <span class=\"muted\">{}–{}</span></td>",
                escape(&r.text),
                r.start,
                r.end
            );
        } else {
            let _ = write!(
                s,
                "<td>{} <span class=\"muted\">{}–{}</span></td>",
                escape(&r.text),
                r.start,
                r.end
            );
        }
        let _ = write!(
            s,
            "<td>{} · {}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>",
            escape(&r.kind),
            escape(&r.ctype),
            escape(&r.value),
            escape(&r.unit),
            escape(&r.qualifier),
            escape(&r.source)
        );
        if checked {
            let reference = if it.fact.is_some() {
                format!(
                    "{}<br><span class=\"muted\">{}</span>",
                    escape(&it.reference()),
                    escape(&it.ref_source())
                )
            } else {
                String::new()
            };
            let _ = write!(
                s,
                "<td>{reference}</td><td class=\"verdict\">{}</td><td>{}</td>",
                it.verdict.map(Verdict::as_str).unwrap_or(""),
                escape(it.reason)
            );
        } else {
            let _ = write!(
                s,
                "<td>{}</td><td>{}</td>",
                escape(&r.subject),
                escape(&r.rule)
            );
        }
        s.push_str("</tr>\n");
    }
    s.push_str("</tbody>\n</table>\n");
    w.write_all(s.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(doc: &str, kind: &str, text: &str, start: usize, end: usize) -> LedgerRow {
        LedgerRow {
            id: format!("x{start}-{end}"),
            doc: doc.into(),
            kind: kind.into(),
            text: text.into(),
            start,
            end,
            ..LedgerRow::default()
        }
    }

    fn html(text: &str, rows: &[LedgerRow]) -> String {
        let mut out = Vec::new();
        write_ledger(&mut out, &[("d".into(), text.into())], rows).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn body(h: &str) -> &str {
        let a = h.find("<div class=\"text\">").unwrap();
        let b = h[a..].find("</div>").unwrap();
        &h[a..a + b]
    }

    /// Tags only, attributes dropped: `<mark>`, `</mark>`.
    fn tags(s: &str) -> Vec<String> {
        let mut v = Vec::new();
        let mut rest = s;
        while let Some(a) = rest.find('<') {
            let b = rest[a..].find('>').unwrap();
            let t = &rest[a + 1..a + b];
            v.push(t.split(' ').next().unwrap().to_string());
            rest = &rest[a + b + 1..];
        }
        v
    }

    fn well_formed(s: &str) -> bool {
        let mut depth: i64 = 0;
        for t in tags(s) {
            match t.as_str() {
                "mark" => depth += 1,
                "/mark" => depth -= 1,
                _ => {}
            }
            if depth < 0 {
                return false;
            }
        }
        depth == 0
    }

    fn strip_tags(s: &str) -> String {
        let mut out = String::new();
        let mut inside = false;
        for c in s.chars() {
            match c {
                '<' => inside = true,
                '>' if inside => inside = false,
                c if !inside => out.push(c),
                _ => {}
            }
        }
        out
    }

    #[test]
    fn escape_covers_markup_characters() {
        assert_eq!(
            escape(r#"<a href="x" title='y'>&amp;</a>"#),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;"
        );
        assert_eq!(escape("a\u{0}b\u{7}c\nd"), "a\u{fffd}b\u{fffd}c\nd");
    }

    #[test]
    fn nested_span_is_inside_the_outer_one() {
        let t = "He said \"we lost 40 men\" today.";
        let q = row("d", "attribution", "\"we lost 40 men\"", 8, 24);
        let f = row("d", "figure", "40", 17, 19);
        let h = html(t, &[q, f]);
        let b = body(&h);
        assert!(well_formed(b), "{b}");
        assert_eq!(
            tags(b),
            ["div", "mark", "mark", "/mark", "/mark"],
            "outer quote, inner figure: {b}"
        );
        assert!(b.contains("<mark class=\"k-attribution\" id=\"c0\""));
        assert!(b.contains(">40</mark>"));
        assert_eq!(strip_tags(b), escape(t));
    }

    #[test]
    fn crossing_spans_are_split_and_stay_well_formed() {
        let t = "0123456789";
        let a = row("d", "figure", "0123456", 0, 7);
        let b = row("d", "date", "456789", 4, 10);
        let c = row("d", "date", "5", 5, 6);
        let same = row("d", "attribution", "0123456", 0, 7);
        let h = html(t, &[a, b, c, same]);
        let bd = body(&h);
        assert!(well_formed(bd), "{bd}");
        assert_eq!(strip_tags(bd), t);
        // Each claim keeps one id; the split piece is a continuation.
        for i in 0..4 {
            assert_eq!(bd.matches(&format!("id=\"c{i}\"")).count(), 1, "{bd}");
        }
        assert!(bd.contains(" cont\""), "{bd}");
    }

    #[test]
    fn adjacent_and_identical_spans() {
        let t = "ab cd";
        let h = html(
            t,
            &[
                row("d", "figure", "ab", 0, 2),
                row("d", "date", " cd", 2, 5),
                row("d", "figure", "ab", 0, 2),
            ],
        );
        let b = body(&h);
        assert!(well_formed(b), "{b}");
        assert_eq!(strip_tags(b), t);
    }

    #[test]
    fn bad_spans_go_to_the_table_not_the_text() {
        let t = "héllo";
        // 2 is inside "é"; 99 is past the end.
        let h = html(
            t,
            &[
                row("d", "figure", "x", 1, 2),
                row("d", "figure", "y", 3, 99),
            ],
        );
        assert_eq!(strip_tags(body(&h)), t);
        assert!(h.contains("Claims without article text"));
        assert!(h.contains("<tr id=\"c0\""));
    }

    #[test]
    fn crossing_spans_at_random_stay_well_formed() {
        // A small deterministic generator: many span layouts.
        let t = "abcdefghijklmnopqrstuvwxyz";
        let mut seed: u64 = 7;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((seed >> 33) as usize) % n
        };
        for _ in 0..300 {
            let rows: Vec<LedgerRow> = (0..1 + next(6))
                .map(|_| {
                    let s = next(25);
                    let e = s + 1 + next(26 - s - 1).min(8);
                    row("d", "figure", &t[s..e], s, e)
                })
                .collect();
            let h = html(t, &rows);
            let b = body(&h);
            assert!(well_formed(b), "{rows:?}\n{b}");
            assert_eq!(strip_tags(b), t);
            for i in 0..rows.len() {
                assert_eq!(b.matches(&format!("id=\"c{i}\"")).count(), 1);
            }
        }
    }
}
