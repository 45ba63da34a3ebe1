//! Documents: an article's text, its id and date, its front matter, and the
//! sentence and paragraph boundaries every extractor works against.
//!
//! Offsets are UTF-8 byte offsets into the *original* text, front matter
//! included, so a ledger's `start..end` always slices the file as it is on
//! disk. Nothing here rewrites the text: curly quotes, `\’`, non-breaking
//! spaces and CRLF stay as they are and the extractors cope with them.

use crate::error::{Error, ErrorKind, Result};
use chrono::NaiveDate;
use regex::Regex;
use std::ops::Range;
use std::path::Path;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicBool, Ordering};

/// A wire-copy dateline at the start of the first paragraphs.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-Z][A-Z .'’-]{1,40}(?:, [A-Z][A-Za-z .]{1,25})?(?:, [A-Z][a-z]{2,8}\.? [0-9]{1,2}(?:, [0-9]{4})?)?\s*(?:\([A-Za-z .&-]{1,30}\))?\s*[-–—]+\s")
        .expect("dateline regex compiles")
});

/// One article.
#[derive(Debug, Clone)]
pub struct Document {
    /// Document id: the file stem, or the JSONL `id`.
    pub id: String,
    /// The full text, front matter included.
    pub text: String,
    /// The date relative dates resolve against.
    pub date: Option<NaiveDate>,
    /// `key: value` pairs of the front matter, in order.
    pub front_matter: Vec<(String, String)>,
    /// Byte offset where the body starts (after the front matter).
    pub body_start: usize,
    /// Sentence spans (trimmed), in order.
    pub sentences: Vec<Range<usize>>,
    /// Paragraph spans (trimmed, non-empty lines or blocks), in order.
    pub paragraphs: Vec<Range<usize>>,
}

impl Document {
    /// Build a document from raw bytes. `origin` names the file in errors.
    ///
    /// Invalid UTF-8 is an error naming the file, line and byte — unless
    /// lossy reading is on ([`set_lossy`]), which replaces each invalid
    /// byte and warns on standard error (see [`decode`]).
    pub fn from_bytes(id: &str, bytes: Vec<u8>, origin: &Path) -> Result<Document> {
        let text = decode(bytes, origin, lossy())?;
        Document::from_text(id, text).map_err(|e| e.with_path(origin))
    }

    /// Build a document from text; parses front matter and splits sentences.
    pub fn from_text(id: &str, text: String) -> Result<Document> {
        let (front_matter, body_start, date) = parse_front_matter(&text)?;
        let paragraphs = split_paragraphs(&text, body_start);
        let mut sentences = Vec::new();
        for (i, p) in paragraphs.iter().enumerate() {
            let mut p = p.clone();
            // A wire dateline ("GENEVA, Sept 10 (AFP) -") is a segment of its own.
            if i < 3
                && let Some(m) = DATELINE.find(&text[p.clone()])
            {
                if let Some(r) = trim_range(&text, p.start..p.start + m.end()) {
                    sentences.push(r);
                }
                p.start += m.end();
            }
            split_sentences(&text, p, &mut sentences);
        }
        Ok(Document {
            id: id.to_string(),
            text,
            date,
            front_matter,
            body_start,
            sentences,
            paragraphs,
        })
    }

    /// A front-matter value by key (case-insensitive).
    pub fn meta(&self, key: &str) -> Option<&str> {
        self.front_matter
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.as_str())
    }

    /// Index (0-based) of the sentence containing byte `at`, or the nearest
    /// sentence before it.
    pub fn sentence_index(&self, at: usize) -> Option<usize> {
        match self.sentences.binary_search_by(|s| {
            if s.end <= at {
                std::cmp::Ordering::Less
            } else if s.start > at {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        }) {
            Ok(i) => Some(i),
            Err(0) => None,
            Err(i) => Some(i - 1),
        }
    }

    /// Index (0-based) of the paragraph containing byte `at`.
    pub fn paragraph_index(&self, at: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.end <= at);
        (i < self.paragraphs.len() && self.paragraphs[i].start <= at).then_some(i)
    }
}

/// Whether invalid UTF-8 is replaced (with a warning) instead of an error.
static LOSSY: AtomicBool = AtomicBool::new(false);

/// Turn lossy reading on or off for the whole process (`--lossy`): every
/// later [`Document::from_bytes`] (article files, standard input) and JSON
/// Lines line replaces invalid UTF-8 instead of failing, and warns on
/// standard error.
pub fn set_lossy(on: bool) {
    LOSSY.store(on, Ordering::Relaxed);
}

/// Whether lossy reading is on.
pub fn lossy() -> bool {
    LOSSY.load(Ordering::Relaxed)
}

/// What replaces each byte that is not UTF-8 in lossy mode: one ASCII
/// byte, so every offset in the ledger still counts bytes of the file as
/// it is on disk.
pub const REPLACEMENT: char = '?';

/// Decode `bytes` as UTF-8. Invalid UTF-8 is an error naming `origin`, the
/// line and the byte of the first bad byte; with `lossy`, each invalid
/// byte becomes [`REPLACEMENT`] (the length, and so every offset, is
/// unchanged) and a warning with the same position and the count of
/// replaced bytes goes to standard error.
pub fn decode(bytes: Vec<u8>, origin: &Path, lossy: bool) -> Result<String> {
    let e = match String::from_utf8(bytes) {
        Ok(t) => return Ok(t),
        Err(e) => e,
    };
    let at = e.utf8_error().valid_up_to();
    let bytes = e.into_bytes();
    let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count() as u64;
    if !lossy {
        return Err(Error::new(
            ErrorKind::Utf8,
            "invalid UTF-8: claimcheck reads UTF-8 text (convert the file, e.g. with iconv, or pass --lossy)",
        )
        .with_path(origin)
        .with_line(line)
        .with_byte(at as u64));
    }
    let (text, replaced) = replace_invalid(&bytes);
    let w = crate::input::lossy_warning(
        Error::new(ErrorKind::Utf8, "")
            .with_path(origin)
            .with_line(line)
            .with_byte(at as u64),
        replaced,
    );
    warn(&w);
    Ok(text)
}

/// Replace each byte of an invalid UTF-8 sequence with [`REPLACEMENT`];
/// returns the text (as long as `bytes`) and how many bytes were replaced.
pub fn replace_invalid(bytes: &[u8]) -> (String, usize) {
    let mut out = String::with_capacity(bytes.len());
    let mut replaced = 0;
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        let bad = chunk.invalid().len();
        replaced += bad;
        out.extend(std::iter::repeat_n(REPLACEMENT, bad));
    }
    (out, replaced)
}

/// A warning on standard error, in the format of the command line's errors.
#[allow(clippy::print_stderr)]
pub fn warn(w: &Error) {
    eprintln!("claimcheck: warning: {w}");
}

/// Front matter: `key: value` pairs, where the body starts, the date.
type FrontMatter = (Vec<(String, String)>, usize, Option<NaiveDate>);

/// Parse the optional `---` block.
fn parse_front_matter(text: &str) -> Result<FrontMatter> {
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let rest = &text[bom..];
    let first_end = rest.find('\n').map(|i| i + 1).unwrap_or(rest.len());
    if rest[..first_end].trim_end() != "---" {
        return Ok((Vec::new(), bom, None));
    }
    let mut pairs = Vec::new();
    let mut date = None;
    let mut pos = bom + first_end;
    let mut line_no = 1u64;
    loop {
        line_no += 1;
        if pos >= text.len() {
            return Err(Error::new(
                ErrorKind::FrontMatter,
                "front matter opened with '---' on line 1 is never closed (expected a line '---')",
            )
            .with_line(1));
        }
        let end = text[pos..]
            .find('\n')
            .map(|i| pos + i + 1)
            .unwrap_or(text.len());
        let line = text[pos..end].trim_end_matches(['\n', '\r']);
        pos = end;
        let trimmed = line.trim();
        if trimmed == "---" || trimmed == "..." {
            break;
        }
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let Some((k, v)) = line.split_once(':') else {
            return Err(Error::new(
                ErrorKind::FrontMatter,
                format!("front matter line is not 'key: value': {trimmed:?}"),
            )
            .with_line(line_no));
        };
        let key = k.trim().to_string();
        let value = v.trim().trim_matches(['"', '\'']).to_string();
        if key.eq_ignore_ascii_case("date") {
            date = Some(parse_doc_date(&value).ok_or_else(|| {
                Error::new(
                    ErrorKind::FrontMatter,
                    format!("front matter date {value:?} is not a date (expected YYYY-MM-DD)"),
                )
                .with_line(line_no)
            })?);
        }
        pairs.push((key, value));
    }
    Ok((pairs, pos, date))
}

/// Parse a document date: `YYYY-MM-DD`, optionally followed by a time
/// (`2016-11-07T00:00:00`, `2016-11-07 09:30`), which is ignored.
pub fn parse_doc_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let head = s.get(..10)?;
    let tail = &s[10..];
    if !(tail.is_empty() || tail.starts_with(['T', ' '])) {
        return None;
    }
    NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()
}

/// Paragraphs: maximal runs of non-blank text separated by line breaks.
/// Wire copy puts one paragraph on a line, so every line break ends one.
fn split_paragraphs(text: &str, from: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = from;
    let bytes = text.as_bytes();
    let mut i = from;
    while i <= bytes.len() {
        if i == bytes.len() || bytes[i] == b'\n' {
            if let Some(r) = trim_range(text, start..i) {
                out.push(r);
            }
            start = i + 1;
        }
        i += 1;
    }
    out
}

fn trim_range(text: &str, r: Range<usize>) -> Option<Range<usize>> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    if t.is_empty() {
        None
    } else {
        Some(r.start + lead..r.start + lead + t.len())
    }
}

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "lt", "col", "maj", "capt", "sgt", "sen", "rep",
    "gov", "pres", "rev", "hon", "jr", "sr", "inc", "corp", "ltd", "co", "vs", "etc", "e.g", "i.e",
    "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "mt", "ft", "adm", "gens", "sens", "reps", "messrs",
];

/// Abbreviations that are also English words ("the answer was no.",
/// "she sat."): they abbreviate only before a number ("No. 10", "fig. 3").
const NUMBER_ABBREVIATIONS: &[&str] = &["no", "nos", "fig", "est", "approx", "v"];

/// Month and weekday abbreviations, written with a capital ("Sat. Nov. 9");
/// in lower case they are words ("they sat.", "in the sun.").
const NAME_ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
    "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
];

/// Whether the full stop after `word` is an abbreviation's, given the
/// first character of what follows.
fn is_abbreviation(word: &str, next: char) -> bool {
    let w = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    if w.chars().count() == 1 && w.chars().all(|c| c.is_uppercase()) {
        return true; // an initial: "John F. Kennedy"
    }
    let lower = w.to_ascii_lowercase();
    if NUMBER_ABBREVIATIONS.contains(&lower.as_str()) {
        return next.is_ascii_digit();
    }
    if NAME_ABBREVIATIONS.contains(&lower.as_str()) {
        return w.starts_with(|c: char| c.is_uppercase());
    }
    ABBREVIATIONS.contains(&lower.as_str())
}

const CLOSERS: &[char] = &['"', '\'', '’', '”', ')', ']', '»'];

/// The longest sentence, in bytes. Real sentences are far shorter; a run
/// of text longer than this without a sentence break (scraped tables,
/// minified markup, a document on one line) is cut at the last whitespace
/// before the limit (anywhere on a character boundary if there is none),
/// so that the work per sentence — and the `context` cell of each of its
/// claims — stays bounded and extraction linear in the document's length.
pub const MAX_SENTENCE: usize = 1000;

/// Append `r` to `out`, trimmed, cut into pieces of at most
/// [`MAX_SENTENCE`] bytes.
fn push_sentence(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let Some(mut r) = trim_range(text, r) else {
        return;
    };
    while r.end - r.start > MAX_SENTENCE {
        let mut cut = r.start + MAX_SENTENCE;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        // Prefer the last whitespace in the second half of the window.
        let mut half = r.start + MAX_SENTENCE / 2;
        while !text.is_char_boundary(half) {
            half -= 1;
        }
        if let Some(ws) = text[half..cut].rfind(char::is_whitespace) {
            cut = half + ws;
        }
        if let Some(piece) = trim_range(text, r.start..cut) {
            out.push(piece);
        }
        match trim_range(text, cut..r.end) {
            Some(rest) => r = rest,
            None => return,
        }
    }
    out.push(r);
}

/// Split one paragraph into sentences, appending trimmed spans to `out`.
fn split_sentences(text: &str, para: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[para.clone()];
    let bytes = s.as_bytes();
    let mut start = 0usize;
    let mut from = 0usize;
    // (the terminators are ASCII: jump from one to the next over bytes)
    while let Some(k) = bytes[from..]
        .iter()
        .position(|b| matches!(b, b'.' | b'!' | b'?'))
    {
        let i = from + k;
        let c = char::from(bytes[i]);
        // Extend over further terminators and closing quotes/brackets.
        let mut end = i + 1;
        for d in s[end..].chars() {
            if matches!(d, '.' | '!' | '?') || CLOSERS.contains(&d) {
                end += d.len_utf8();
            } else {
                break;
            }
        }
        from = end;
        let after = &s[end..];
        let ws = after.len() - after.trim_start().len();
        if ws == 0 || end + ws >= s.len() {
            continue;
        }
        let next = after.trim_start().chars().next().unwrap_or(' ');
        if !(next.is_uppercase()
            || next.is_ascii_digit()
            || matches!(next, '"' | '“' | '‘' | '\'' | '(' | '['))
        {
            continue;
        }
        if c == '.' {
            let word_start = s[..i]
                .char_indices()
                .rev()
                .find(|&(_, ch)| ch.is_whitespace() || ch == '(')
                .map(|(k, ch)| k + ch.len_utf8())
                .unwrap_or(0);
            let word = &s[word_start..i];
            if is_abbreviation(word, next) {
                continue;
            }
        }
        push_sentence(text, para.start + start..para.start + end, out);
        start = end;
    }
    push_sentence(text, para.start + start..para.end, out);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        Document::from_text("t", text.to_string()).unwrap()
    }

    fn sentences(d: &Document) -> Vec<&str> {
        d.sentences.iter().map(|r| &d.text[r.clone()]).collect()
    }

    #[test]
    fn words_that_abbreviate_only_where_they_can() {
        let d = doc(
            "Nearly a quarter voted no. He won. They sat. Then left. Rooms at No. 10 and fig. 3 were shut. The vote is on Sat. Nov. 9 in the sun. It rained.",
        );
        assert_eq!(
            sentences(&d),
            vec![
                "Nearly a quarter voted no.",
                "He won.",
                "They sat.",
                "Then left.",
                "Rooms at No. 10 and fig. 3 were shut.",
                "The vote is on Sat. Nov. 9 in the sun.",
                "It rained."
            ]
        );
    }

    #[test]
    fn front_matter_date_and_body_offsets() {
        let d = doc("---\ndate: 2016-09-10\ntitle: T\n---\nHello there. Bye now.\n");
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2016, 9, 10));
        assert_eq!(d.meta("title"), Some("T"));
        assert_eq!(sentences(&d), vec!["Hello there.", "Bye now."]);
        assert_eq!(&d.text[d.body_start..d.body_start + 5], "Hello");
    }

    #[test]
    fn front_matter_with_crlf_and_bom() {
        let d = doc("\u{feff}---\r\ndate: 2020-01-02\r\n---\r\nA line.\r\n");
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2020, 1, 2));
        assert_eq!(sentences(&d), vec!["A line."]);
    }

    #[test]
    fn unclosed_front_matter_is_an_error_on_line_1() {
        let e = Document::from_text("t", "---\ndate: 2016-09-10\ntitle: x\n".into()).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::FrontMatter);
        assert_eq!(e.position().line, Some(1));
    }

    #[test]
    fn bad_front_matter_date_names_its_line() {
        let e =
            Document::from_text("t", "---\ntitle: x\ndate: 2016-13-10\n---\n".into()).unwrap_err();
        assert_eq!(e.position().line, Some(3));
        assert!(e.to_string().contains("2016-13-10"));
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        let d = doc("Mr. Smith met U.S. officials on Sept. 12. John F. Kennedy was not there.");
        assert_eq!(
            sentences(&d),
            vec![
                "Mr. Smith met U.S. officials on Sept. 12.",
                "John F. Kennedy was not there."
            ]
        );
    }

    #[test]
    fn quotes_close_sentences() {
        let d = doc("\u{201c}We agreed.\u{201d} He left. \"Fine,\" she said.");
        assert_eq!(
            sentences(&d),
            vec!["“We agreed.”", "He left.", "\"Fine,\" she said."]
        );
    }

    #[test]
    fn dateline_is_its_own_segment() {
        let d = doc("NEW YORK, Sept 21 (Wire) - A jury convicted him. He left.");
        assert_eq!(
            sentences(&d),
            vec![
                "NEW YORK, Sept 21 (Wire) -",
                "A jury convicted him.",
                "He left."
            ]
        );
        let d = doc("GENEVA (AFP) — Talks ended.");
        assert_eq!(sentences(&d)[0], "GENEVA (AFP) —");
        let d = doc("US officials said - in private - that it was over.");
        assert_eq!(sentences(&d).len(), 1);
    }

    #[test]
    fn each_line_is_a_paragraph() {
        let d = doc("One two\n\nThree four.\nFive");
        assert_eq!(d.paragraphs.len(), 3);
        assert_eq!(sentences(&d), vec!["One two", "Three four.", "Five"]);
        assert_eq!(d.paragraph_index(d.text.find("Three").unwrap()), Some(1));
    }

    #[test]
    fn invalid_utf8_names_line_and_byte() {
        let e = Document::from_bytes("x", b"ok\nbad \xff here".to_vec(), Path::new("a.txt"))
            .unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Utf8);
        assert_eq!(e.position().line, Some(2));
        assert_eq!(e.position().byte, Some(7));
        assert!(e.to_string().starts_with("a.txt:2 (byte 7)"));
    }

    #[test]
    fn overlong_sentences_are_cut_on_char_boundaries() {
        // Regression: the cut once fell inside a multi-byte quote mark.
        let text = "“ x ” he said 5 ‘ y ’ ".repeat(400);
        let d = doc(&text);
        assert!(d.sentences.len() > 5);
        let mut last = 0;
        for r in &d.sentences {
            assert!(r.end - r.start <= MAX_SENTENCE);
            assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            assert!(r.start >= last);
            last = r.end;
        }
        let one_word = "x".repeat(3 * MAX_SENTENCE + 7);
        assert_eq!(doc(&one_word).sentences.len(), 4);
    }

    #[test]
    fn lossy_decoding_keeps_length_and_names_the_first_bad_byte() {
        let (t, n) = replace_invalid(b"Caf\xe9 \xff\xfe ok \xe2\x80");
        assert_eq!(t, "Caf? ?? ok ??");
        assert_eq!(n, 5);
        let e = decode(b"a\nb\xe9".to_vec(), Path::new("x.txt"), false).unwrap_err();
        assert!(e.to_string().starts_with("x.txt:2 (byte 3)"), "{e}");
        assert_eq!(
            decode(b"a\xe9".to_vec(), Path::new("x.txt"), true).unwrap(),
            "a?"
        );
    }

    #[test]
    fn doc_date_accepts_datetime() {
        assert_eq!(
            parse_doc_date("2016-11-07T00:00:00"),
            NaiveDate::from_ymd_opt(2016, 11, 7)
        );
        assert_eq!(parse_doc_date("2016-11-07x"), None);
        assert_eq!(parse_doc_date("2016"), None);
    }
}
