//! The HTML report in a real browser: headless Chromium renders the report
//! of the claims/ articles; every mismatch must be in the rendered DOM
//! inside a mismatch-marked element of its article, nothing may leave the
//! page, and a screenshot is saved under target/ for a human to look at.
//!
//! Skipped (with a message) when /usr/bin/chromium is not installed.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CHROMIUM: &str = "/usr/bin/chromium";

/// Run headless Chromium on `page` with extra flags; returns (stdout,
/// stderr). Killed after two minutes.
fn chromium(page: &Path, profile: &Path, extra: &[String], out_dir: &Path) -> (String, String) {
    let out_path = out_dir.join("chromium.stdout");
    let err_path = out_dir.join("chromium.stderr");
    let mut child = Command::new(CHROMIUM)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(File::create(&out_path).unwrap())
        .stderr(File::create(&err_path).unwrap())
        .spawn()
        .expect("chromium starts");
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "chromium failed: {status}");
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within 120 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    (
        std::fs::read_to_string(out_path).unwrap(),
        String::from_utf8_lossy(&std::fs::read(err_path).unwrap()).into_owned(),
    )
}

/// One token of serialized HTML.
#[derive(Debug)]
enum Tok {
    Start(String, Vec<(String, String)>),
    End(String),
    Text(String),
}

/// A small tokenizer for the serialized DOM Chromium dumps: tags with
/// quoted attributes, text; raw-text content of style elements is text.
fn tokens(html: &str) -> Vec<Tok> {
    let b = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut raw_until: Option<&str> = None;
    while i < b.len() {
        if let Some(close) = raw_until {
            let end = html[i..].find(close).map_or(html.len(), |k| i + k);
            out.push(Tok::Text(html[i..end].to_string()));
            i = end;
            raw_until = None;
            continue;
        }
        if b[i] != b'<' {
            let end = html[i..].find('<').map_or(html.len(), |k| i + k);
            out.push(Tok::Text(html[i..end].to_string()));
            i = end;
            continue;
        }
        if html[i..].starts_with("<!--") {
            i += html[i..].find("-->").expect("comment ends") + 3;
            continue;
        }
        if html[i..].starts_with("<!") {
            i += html[i..].find('>').expect("doctype ends") + 1;
            continue;
        }
        let closing = b[i + 1] == b'/';
        let mut j = i + 1 + usize::from(closing);
        let name_start = j;
        while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'>' && b[j] != b'/' {
            j += 1;
        }
        let name = html[name_start..j].to_ascii_lowercase();
        let mut attrs = Vec::new();
        loop {
            while j < b.len() && (b[j].is_ascii_whitespace() || b[j] == b'/') {
                j += 1;
            }
            if j >= b.len() || b[j] == b'>' {
                j += 1;
                break;
            }
            let a = j;
            while j < b.len() && !b"=> \t\n/".contains(&b[j]) {
                j += 1;
            }
            let key = html[a..j].to_ascii_lowercase();
            let mut value = String::new();
            if j < b.len() && b[j] == b'=' {
                j += 1;
                if b[j] == b'"' || b[j] == b'\'' {
                    let q = b[j] as char;
                    let end = html[j + 1..].find(q).expect("quote ends") + j + 1;
                    value = html[j + 1..end].to_string();
                    j = end + 1;
                } else {
                    let a = j;
                    while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'>' {
                        j += 1;
                    }
                    value = html[a..j].to_string();
                }
            }
            attrs.push((key, unescape(&value)));
        }
        if closing {
            out.push(Tok::End(name));
        } else {
            if name == "style" {
                raw_until = Some("</style>");
            }
            out.push(Tok::Start(name, attrs));
        }
        i = j;
    }
    out
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}

fn attr<'a>(attrs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// Mismatch-marked elements of the rendered DOM: (article heading, text).
/// A split mismatch contributes its pieces' text to one entry.
fn rendered_mismatches(toks: &[Tok]) -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = Vec::new();
    let mut heading = String::new();
    let mut in_h2 = false;
    // Stack of open marks: Some(index into found) for mismatch marks.
    let mut marks: Vec<Option<usize>> = Vec::new();
    let mut by_id: std::collections::HashMap<String, usize> = Default::default();
    let mut last_mismatch: Option<usize> = None;
    for t in toks {
        match t {
            Tok::Start(n, _) if n == "h2" => {
                in_h2 = true;
                heading.clear();
            }
            Tok::End(n) if n == "h2" => in_h2 = false,
            Tok::Start(n, a) if n == "mark" => {
                let class = attr(a, "class").unwrap_or("");
                let classes: Vec<&str> = class.split(' ').collect();
                // Legend swatches (`sw`) are samples, not claims.
                if classes.contains(&"v-mismatch") && !classes.contains(&"sw") {
                    let idx = if classes.contains(&"cont") {
                        // A continuation piece belongs to the latest
                        // mismatch opened before it.
                        last_mismatch.expect("a continuation follows its start")
                    } else {
                        let id = attr(a, "id").expect("first piece has an id").to_string();
                        found.push((heading.clone(), String::new()));
                        by_id.insert(id, found.len() - 1);
                        found.len() - 1
                    };
                    last_mismatch = Some(idx);
                    marks.push(Some(idx));
                } else {
                    marks.push(None);
                }
            }
            Tok::End(n) if n == "mark" => {
                marks.pop();
            }
            Tok::Text(s) => {
                if in_h2 {
                    heading.push_str(&unescape(s));
                }
                let mut seen = Vec::new();
                for m in marks.iter().flatten() {
                    if !seen.contains(m) {
                        found[*m].1.push_str(&unescape(s));
                        seen.push(*m);
                    }
                }
            }
            _ => {}
        }
    }
    found
}

#[test]
fn report_renders_in_chromium_with_every_mismatch_and_no_network() {
    if !Path::new(CHROMIUM).exists() {
        println!("skipping browser test: {CHROMIUM} is not installed (apt-get install chromium)");
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    let report = tmp.path().join("report.html");
    let bin = env!("CARGO_BIN_EXE_claimcheck");
    let o = Command::new(bin)
        .args(["check", "claims/", "--format", "html", "-o"])
        .arg(&report)
        .current_dir(root)
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(1),
        "the samples hold mismatches: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    // The mismatches, from the CSV report of the same run.
    let csv = Command::new(bin)
        .args(["check", "claims/", "--format", "csv"])
        .current_dir(root)
        .output()
        .unwrap();
    let mut rdr = csv::Reader::from_reader(&csv.stdout[..]);
    let h = rdr.headers().unwrap().clone();
    let col = |n: &str| h.iter().position(|c| c == n).unwrap();
    let (doc, text, verdict) = (col("doc"), col("text"), col("verdict"));
    let expected: Vec<(String, String)> = rdr
        .records()
        .map(|r| r.unwrap())
        .filter(|r| &r[verdict] == "mismatch")
        .map(|r| {
            (
                r[doc].to_string(),
                r[text].trim_start_matches('\'').to_string(),
            )
        })
        .collect();
    assert!(!expected.is_empty());

    // The rendered DOM, with a verbose log of what the browser did.
    let profile = tempfile::tempdir().unwrap();
    let (dom, log) = chromium(
        &report,
        profile.path(),
        &[
            "--enable-logging=stderr".into(),
            "--v=1".into(),
            "--dump-dom".into(),
        ],
        tmp.path(),
    );
    assert!(dom.contains("claimcheck report"), "no DOM dumped:\n{log}");
    let toks = tokens(&dom);
    let mut found = rendered_mismatches(&toks);
    for e in &expected {
        let at = found.iter().position(|f| f == e);
        assert!(
            at.is_some(),
            "mismatch {e:?} is not in a mismatch-marked element of its article; found {found:?}"
        );
        found.remove(at.unwrap());
    }
    assert!(found.is_empty(), "extra mismatch marks: {found:?}");

    // Nothing on the page can fetch: no external src/href/url(), the CSP
    // forbids every fetch, and no script at all.
    let mut csp = false;
    for t in &toks {
        let Tok::Start(name, attrs) = t else { continue };
        assert!(
            !matches!(
                name.as_str(),
                "script"
                    | "link"
                    | "img"
                    | "iframe"
                    | "object"
                    | "embed"
                    | "video"
                    | "audio"
                    | "source"
                    | "form"
                    | "base"
            ),
            "unexpected <{name}> in the report"
        );
        for (k, v) in attrs {
            assert!(!k.starts_with("on"), "event handler {k} on <{name}>");
            match k.as_str() {
                "src" | "srcset" | "action" | "formaction" | "poster" | "data" | "xlink:href" => {
                    panic!("<{name} {k}={v:?}> would load something")
                }
                "href" => assert!(v.starts_with('#'), "<{name} href={v:?}> leaves the page"),
                _ => {}
            }
        }
        if name == "meta" && attr(attrs, "http-equiv") == Some("Content-Security-Policy") {
            csp = attr(attrs, "content").is_some_and(|c| c.contains("default-src 'none'"));
        }
    }
    assert!(csp, "the rendered page has no default-src 'none' CSP");
    let style: String = toks
        .windows(2)
        .filter_map(|w| match w {
            [Tok::Start(n, _), Tok::Text(s)] if n == "style" => Some(s.clone()),
            _ => None,
        })
        .collect();
    assert!(!style.contains("url(") && !style.contains("@import"));
    // The log: the browser's own background services (time, component
    // updates, accounts) talk to Google hosts whatever the flags; nothing
    // else may be fetched, and web fonts (the classic leak) never.
    for (i, _) in log.match_indices("http") {
        let rest = &log[i..];
        let Some(after) = rest
            .strip_prefix("http://")
            .or_else(|| rest.strip_prefix("https://"))
        else {
            continue;
        };
        let host: String = after
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || ".-:".contains(*c))
            .collect();
        let browser_own = [".google.com", ".googleapis.com", ".gstatic.com"]
            .iter()
            .any(|d| host.ends_with(d))
            && !host.starts_with("fonts.");
        assert!(
            browser_own,
            "the page made the browser fetch from {host}: {}",
            rest.lines().next().unwrap_or("")
        );
    }
    assert!(
        !log.contains("Refused to"),
        "the CSP blocked something the page tried to load:\n{log}"
    );

    // A screenshot for a human, under target/ (not checked in).
    let shot_dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("browser");
    std::fs::create_dir_all(&shot_dir).unwrap();
    let shot = shot_dir.join("report.png");
    let _ = std::fs::remove_file(&shot);
    let profile = tempfile::tempdir().unwrap();
    chromium(
        &report,
        profile.path(),
        &[
            format!("--screenshot={}", shot.display()),
            "--window-size=1280,2000".into(),
        ],
        tmp.path(),
    );
    let png = std::fs::read(&shot).expect("screenshot written");
    assert!(png.starts_with(b"\x89PNG") && png.len() > 20_000);
    println!("screenshot: {}", shot.display());
}
