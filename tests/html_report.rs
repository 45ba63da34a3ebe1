//! The HTML report (issue 10): hostile input is only ever text, claims sit
//! at their spans, and `--format html` works for `check` and `extract`,
//! from articles and from ledgers.

mod common;
use common::{run_in as run, write};

use claimcheck::check::check;
use claimcheck::document::Document;
use claimcheck::extract::{Options, extract};
use claimcheck::html::{escape, write_ledger, write_report};
use claimcheck::reference::Reference;
use claimcheck::report::summarize;
use std::path::Path;

const HOSTILE_ARTICLE: &str = "The war has killed 290,000 people <script>alert(1)</script>.\n\
    \"><img src=x onerror=alert(1)> About 4,000 troops &amp; tanks remain, officials said.\n\
    \"We lost 3,000 men <b>here</b>,\" said Gen. O'Brien & co.\n";

const HOSTILE_REFERENCE: &str = "key,kind,match,value,source\n\
    toll,figure,killed,310000,\"<script>alert(2)</script> \"\"><img src=x onerror=alert(2)> &amp;\"\n\
    troops,figure,troops,4000,MoD's <i>count</i>\n";

/// Tags the report itself writes; anything else would be input as markup.
const OUR_TAGS: &[&str] = &[
    "html", "head", "meta", "title", "style", "body", "a", "header", "h1", "h2", "h3", "p", "div",
    "span", "strong", "svg", "text", "rect", "ul", "ol", "li", "mark", "code", "nav", "main",
    "section", "table", "thead", "tbody", "tr", "th", "td", "br",
];

/// Every `<` of the output opens one of our tags (or the doctype); no
/// attribute is an event handler; hostile strings appear only escaped.
fn assert_inert(html: &str) {
    for (i, _) in html.match_indices('<') {
        let rest = &html[i + 1..];
        if rest.starts_with("!DOCTYPE html>") {
            continue;
        }
        let name: String = rest
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        assert!(
            OUR_TAGS.contains(&name.as_str()),
            "<{name} is not the report's own markup: {}",
            &html[i..(i + 80).min(html.len())]
        );
    }
    let lower = html.to_ascii_lowercase();
    for bad in [
        "<script",
        "<img",
        "<b>",
        "<i>",
        " onerror=\"",
        "javascript:",
    ] {
        assert!(!lower.contains(bad), "{bad} in the output");
    }
    // No attribute written by us starts with "on".
    for (i, _) in html.match_indices(" on") {
        let rest = &html[i + 1..];
        let word: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        assert!(
            !rest[word.len()..].starts_with('=') || !html[..i].ends_with('"'),
            "an attribute {word}= at {}",
            &html[i.saturating_sub(40)..(i + 40).min(html.len())]
        );
    }
}

#[test]
fn hostile_text_sources_and_ids_are_only_ever_escaped() {
    let id = "<b>doc\"'&amp;</b>";
    let doc = Document::from_text(id, HOSTILE_ARTICLE.into()).unwrap();
    let rows = extract(&doc, &Options::default());
    assert!(rows.iter().any(|r| r.value == "290000"));
    let reference =
        Reference::from_reader(HOSTILE_REFERENCE.as_bytes(), Path::new("r.csv")).unwrap();
    let checked = check(&rows, &reference);
    assert!(checked.iter().any(|c| {
        c.fact
            .as_ref()
            .is_some_and(|f| f.source.contains("<script>"))
    }));
    let summary = summarize(&checked, &reference);
    let mut out = Vec::new();
    write_report(
        &mut out,
        &[(id.into(), doc.text.clone())],
        &checked,
        &summary,
    )
    .unwrap();
    let html = String::from_utf8(out).unwrap();
    assert_inert(&html);
    // The escaped forms are there: text, reference source, the literal
    // `&amp;` (as `&amp;amp;`), the id.
    // ("1" in "alert(1)" is a claim of its own, so a mark splits those.)
    for escaped in [
        "&lt;script&gt;alert(",
        ")&lt;/script&gt;",
        "&quot;&gt;&lt;img src=x onerror=alert(",
        "&amp;amp; tanks",
        "&lt;script&gt;alert(2)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(2)&gt; &amp;amp;",
        "MoD&#39;s &lt;i&gt;count&lt;/i&gt;",
        "&lt;b&gt;doc&quot;&#39;&amp;amp;&lt;/b&gt;",
    ] {
        assert!(html.contains(escaped), "{escaped} missing");
    }
    // The whole article is there, escaped, around the marks.
    let a = html.find("<div class=\"text\">").unwrap() + "<div class=\"text\">".len();
    let b = a + html[a..].find("</div>").unwrap();
    let mut plain = String::new();
    let mut inside = false;
    for c in html[a..b].chars() {
        match c {
            '<' => inside = true,
            '>' if inside => inside = false,
            c if !inside => plain.push(c),
            _ => {}
        }
    }
    assert_eq!(plain, escape(HOSTILE_ARTICLE));
    // The mismatch is marked where it stands, focusable, with its reason.
    let toll = checked
        .iter()
        .position(|c| c.row.value == "290000")
        .unwrap();
    assert_eq!(checked[toll].verdict.as_str(), "mismatch");
    assert!(html.contains(&format!(
        "<mark class=\"k-figure v-mismatch\" id=\"c{toll}\" tabindex=\"0\" aria-describedby=\"r{toll}\""
    )));
    assert!(html.contains(&format!("<a href=\"#c{toll}\">")));
}

#[test]
fn the_page_is_self_contained() {
    let doc = Document::from_text("d", "It cost $5 million on Monday.".into()).unwrap();
    let rows = extract(&doc, &Options::default());
    let mut out = Vec::new();
    write_ledger(&mut out, &[("d".into(), doc.text.clone())], &rows).unwrap();
    let html = String::from_utf8(out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("Content-Security-Policy\" content=\"default-src 'none'"));
    assert!(html.contains("@media print"));
    for external in [
        "http://", "https://", "src=", "url(", "@import", "<script", "<link",
    ] {
        assert!(
            !html.contains(external),
            "{external} in a self-contained page"
        );
    }
    assert!(html.contains(">$5 million</mark>"));
    // One article: no table of contents.
    assert!(!html.contains("class=\"toc\""));
}

#[test]
fn check_format_html_writes_one_page_and_keeps_the_exit_code() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "a.txt", HOSTILE_ARTICLE);
    write(d.path(), "a.reference.csv", HOSTILE_REFERENCE);
    write(d.path(), "b.txt", "About 4,000 troops remain.\n");
    write(
        d.path(),
        "b.reference.csv",
        "key,kind,match,value\ntroops,figure,troops,4000\n",
    );
    let o = run(
        &["check", ".", "--format", "html", "-o", "out.html"],
        d.path(),
    );
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(o.stdout.is_empty());
    let html = std::fs::read_to_string(d.path().join("out.html")).unwrap();
    assert_inert(&html);
    assert!(html.contains("<h2 id=\"mismatches\">Mismatches (1)</h2>"));
    // Two articles: a table of contents linking to each.
    assert!(html.contains("<a href=\"#doc-0\">a</a>") && html.contains("<a href=\"#doc-1\">b</a>"));
    assert!(html.contains("<svg class=\"chart\""));
}

#[test]
fn extract_format_html_and_ledger_inputs() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "a.txt", HOSTILE_ARTICLE);
    let o = run(&["extract", "a.txt", "--format", "html"], d.path());
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let html = String::from_utf8(o.stdout).unwrap();
    assert_inert(&html);
    assert!(html.contains("<title>claimcheck ledger</title>"));
    assert!(html.contains(">290,000</mark>"));
    assert!(!html.contains("Mismatches"));

    // A ledger has no text: the claims are a table, still checked.
    let o = run(&["extract", "a.txt", "-o", "a.ledger.csv"], d.path());
    assert!(o.status.success());
    write(d.path(), "ref.csv", HOSTILE_REFERENCE);
    let o = run(
        &[
            "check",
            "a.ledger.csv",
            "--reference",
            "ref.csv",
            "--format",
            "html",
        ],
        d.path(),
    );
    assert_eq!(o.status.code(), Some(1));
    let html = String::from_utf8(o.stdout).unwrap();
    assert_inert(&html);
    assert!(html.contains("Claims without article text"));
    assert!(!html.contains("<mark class=\"k-"));
    // The mismatch link points at its table row.
    let link = "<ol class=\"mismatches\">\n<li><a href=\"#";
    let at = html.find(link).unwrap() + link.len();
    let id: String = html[at..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    assert!(html.contains(&format!("<tr id=\"{id}\" class=\"k-figure v-mismatch\">")));
}
