//! Inputs: what a command line's INPUT arguments name — article files,
//! directories (their article files, recursively, sorted), `-` for standard
//! input, JSON Lines files of documents, and (for `check`) ledger CSVs —
//! and reading them one document at a time.

use crate::document::{Document, parse_doc_date};
use crate::error::{Error, ErrorKind, Result};
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// One input source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// An article file.
    File(PathBuf),
    /// Standard input (one article, or JSON Lines when it starts with `{`).
    Stdin,
    /// A JSON Lines file of documents.
    Jsonl(PathBuf),
    /// A ledger CSV (for `check`).
    Ledger(PathBuf),
}

impl Input {
    /// The path, when the input is a file.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Input::File(p) | Input::Jsonl(p) | Input::Ledger(p) => Some(p),
            Input::Stdin => None,
        }
    }
}

const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "text", "markdown"];

/// Expand command-line INPUTs into sources, in a stable order.
pub fn expand(args: &[PathBuf]) -> Result<Vec<Input>> {
    let mut out = Vec::new();
    for a in args {
        if a.as_os_str() == "-" {
            out.push(Input::Stdin);
            continue;
        }
        let meta = std::fs::metadata(a).map_err(|e| Error::io(a, &e))?;
        if meta.is_dir() {
            let mut files = Vec::new();
            walk(a, &mut files)?;
            files.sort();
            out.extend(files.into_iter().map(classify));
        } else {
            out.push(classify(a.clone()));
        }
    }
    Ok(out)
}

fn classify(p: PathBuf) -> Input {
    match p
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("jsonl") | Some("ndjson") => Input::Jsonl(p),
        Some("csv") => Input::Ledger(p),
        _ => Input::File(p),
    }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let rd = std::fs::read_dir(dir).map_err(|e| Error::io(dir, &e))?;
    for entry in rd {
        let entry = entry.map_err(|e| Error::io(dir, &e))?;
        let p = entry.path();
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let ft = entry.file_type().map_err(|e| Error::io(&p, &e))?;
        if ft.is_dir() {
            walk(&p, out)?;
        } else if p.extension().and_then(|e| e.to_str()).is_some_and(|e| {
            ARTICLE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str())
                || e.eq_ignore_ascii_case("jsonl")
        }) {
            out.push(p);
        }
    }
    Ok(())
}

/// The document id of an article file: its stem.
pub fn doc_id(p: &Path) -> String {
    p.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| p.display().to_string())
}

/// Read one article file.
pub fn read_article(p: &Path) -> Result<Document> {
    let bytes = std::fs::read(p).map_err(|e| Error::io(p, &e))?;
    article_from_bytes(p, bytes)
}

/// An article file's bytes as a document: refuses empty and binary files.
fn article_from_bytes(p: &Path, bytes: Vec<u8>) -> Result<Document> {
    if bytes.is_empty() {
        return Err(
            Error::new(ErrorKind::Value, "empty file: no text to extract from").with_path(p),
        );
    }
    if bytes.iter().take(8192).any(|&b| b == 0) {
        let at = bytes.iter().position(|&b| b == 0).unwrap_or(0);
        return Err(Error::new(
            ErrorKind::Utf8,
            "binary file (NUL byte): claimcheck reads UTF-8 text",
        )
        .with_path(p)
        .with_byte(at as u64));
    }
    Document::from_bytes(&doc_id(p), bytes, p)
}

/// The warning of lossy reading at the position of `at` (file, line, byte
/// of the first bad byte): how many bytes were replaced.
pub fn lossy_warning(at: Error, replaced: usize) -> Error {
    let mut w = Error::new(
        ErrorKind::Utf8,
        format!(
            "invalid UTF-8, {replaced} byte(s) replaced with {:?} (--lossy); offsets still count the file's bytes",
            crate::document::REPLACEMENT
        ),
    );
    if let Some(p) = at.path() {
        w = w.with_path(p);
    }
    if let Some(l) = at.position().line {
        w = w.with_line(l);
    }
    if let Some(b) = at.position().byte {
        w = w.with_byte(b);
    }
    w
}

/// A JSON Lines document record.
#[derive(Debug, serde::Deserialize)]
struct JsonDoc {
    id: Option<serde_json::Value>,
    text: Option<String>,
    date: Option<String>,
}

/// Call `f` with each document of a JSON Lines stream, in order. A bad line
/// is reported to `f` as an error naming file and line; reading goes on.
pub fn for_each_jsonl<R: Read>(
    r: R,
    origin: &Path,
    mut f: impl FnMut(Result<Document>),
) -> Result<()> {
    let stem = doc_id(origin);
    let mut reader = BufReader::new(r);
    let mut buf = Vec::new();
    let mut line_no = 0u64;
    loop {
        buf.clear();
        let n = reader
            .read_until(b'\n', &mut buf)
            .map_err(|e| Error::io(origin, &e))?;
        if n == 0 {
            break;
        }
        line_no += 1;
        let decoded;
        let line = match std::str::from_utf8(&buf) {
            Ok(s) => s.trim(),
            Err(e) => {
                let problem = Error::new(
                    ErrorKind::Utf8,
                    "invalid UTF-8 (convert the file, e.g. with iconv, or pass --lossy)",
                )
                .with_path(origin)
                .with_line(line_no)
                .with_byte(e.valid_up_to() as u64);
                if !crate::document::lossy() {
                    f(Err(problem));
                    continue;
                }
                let (text, n) = crate::document::replace_invalid(&buf);
                crate::document::warn(&lossy_warning(problem, n));
                decoded = text;
                decoded.trim()
            }
        };
        if line.is_empty() {
            continue;
        }
        let jd: JsonDoc = match serde_json::from_str(line) {
            Ok(d) => d,
            Err(e) => {
                f(Err(Error::new(
                    ErrorKind::Json,
                    format!("not a JSON document object: {e}"),
                )
                .with_path(origin)
                .with_line(line_no)));
                continue;
            }
        };
        let Some(text) = jd.text else {
            f(Err(Error::new(
                ErrorKind::Json,
                "document has no \"text\" field",
            )
            .with_path(origin)
            .with_line(line_no)));
            continue;
        };
        let id = match jd.id {
            Some(serde_json::Value::String(s)) => s,
            Some(v) if !v.is_null() => v.to_string(),
            _ => format!("{stem}#{line_no}"),
        };
        let doc =
            Document::from_text(&id, text).map_err(|e| e.with_path(origin).with_line(line_no));
        let doc = match (doc, jd.date) {
            (Ok(mut d), Some(date)) if !date.trim().is_empty() => match parse_doc_date(&date) {
                Some(x) => {
                    d.date = Some(x);
                    Ok(d)
                }
                None => Err(Error::new(
                    ErrorKind::Value,
                    format!("document {id:?}: date {date:?} is not YYYY-MM-DD"),
                )
                .with_path(origin)
                .with_line(line_no)),
            },
            (d, _) => d,
        };
        f(doc);
    }
    Ok(())
}

/// A byte source seen through a caller's wrapper (to count bytes, or to
/// stop reading early); the identity for [`for_each_document`].
pub type Wrap<'w> = dyn FnMut(Box<dyn Read>) -> Box<dyn Read> + 'w;

/// Call `f` with each document of `input` (articles, JSONL, stdin).
pub fn for_each_document(input: &Input, f: impl FnMut(Result<Document>)) -> Result<()> {
    for_each_document_via(input, &mut |r| r, f)
}

/// [`for_each_document`], reading every byte through `wrap`. Standard input
/// is streamed: JSON Lines (its first non-blank byte is `{`) line by line,
/// anything else as one article.
pub fn for_each_document_via(
    input: &Input,
    wrap: &mut Wrap,
    mut f: impl FnMut(Result<Document>),
) -> Result<()> {
    match input {
        Input::File(p) => {
            let file = std::fs::File::open(p).map_err(|e| Error::io(p, &e))?;
            let mut bytes = Vec::new();
            wrap(Box::new(file))
                .read_to_end(&mut bytes)
                .map_err(|e| Error::io(p, &e))?;
            f(article_from_bytes(p, bytes));
            Ok(())
        }
        Input::Jsonl(p) => {
            let file = std::fs::File::open(p).map_err(|e| Error::io(p, &e))?;
            for_each_jsonl(wrap(Box::new(file)), p, f)
        }
        Input::Stdin => {
            let mut r = BufReader::with_capacity(1 << 16, wrap(Box::new(std::io::stdin())));
            // Peek past leading whitespace, keeping every byte.
            let mut head = Vec::new();
            let first = loop {
                let buf = r.fill_buf().map_err(|e| Error::io("<stdin>", &e))?;
                if buf.is_empty() {
                    break None;
                }
                let found = buf.iter().position(|b| !b.is_ascii_whitespace());
                let n = found.map_or(buf.len(), |i| i + 1);
                let first = found.map(|i| buf[i]);
                head.extend_from_slice(&buf[..n]);
                r.consume(n);
                if first.is_some() {
                    break first;
                }
            };
            if first == Some(b'{') {
                return for_each_jsonl((&head[..]).chain(r), Path::new("stdin"), f);
            }
            r.read_to_end(&mut head)
                .map_err(|e| Error::io("<stdin>", &e))?;
            let origin = Path::new("<stdin>");
            if head.is_empty() {
                f(Err(Error::new(
                    ErrorKind::Value,
                    "empty input: no text to extract from",
                )
                .with_path(origin)));
            } else {
                f(Document::from_bytes("stdin", head, origin));
            }
            Ok(())
        }
        Input::Ledger(p) => {
            Err(Error::usage("a ledger CSV is an input of `check`, not of `extract`").with_path(p))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_documents_and_bad_lines() {
        let data = "{\"id\":\"a\",\"text\":\"Hello 5 people.\",\"date\":\"2016-09-10\"}\n\nnot json\n{\"text\":\"x\"}\n{\"id\":\"b\"}\n";
        let mut got = Vec::new();
        for_each_jsonl(data.as_bytes(), Path::new("c.jsonl"), |d| got.push(d)).unwrap();
        assert_eq!(got.len(), 4);
        let a = got[0].as_ref().unwrap();
        assert_eq!(a.id, "a");
        assert_eq!(a.date.unwrap().to_string(), "2016-09-10");
        let e = got[1].as_ref().unwrap_err();
        assert!(e.to_string().starts_with("c.jsonl:3"), "{e}");
        assert_eq!(got[2].as_ref().unwrap().id, "c#4");
        assert!(got[3].is_err());
    }
}
