//! Extraction: a document in, ledger rows out.
//!
//! The date extractor runs first (it owns the numbers inside dates), then
//! figures, then attributions. A last pass links them: a figure or date
//! inside a quote or reported clause gets that speaker as `source`, and a
//! figure gets the period of the nearest date in its sentence. Rows get
//! stable ids from what they say and where (sentence text), not from byte
//! offsets, so an edit elsewhere in the article does not change them.

pub mod attribution;
pub mod date;
pub mod figure;
pub mod gate;
pub mod lexicon;
pub mod text;
pub mod wordlist;

use crate::claim::{Claim, Kind};
use crate::document::Document;
use crate::ledger::LedgerRow;
use crate::rules::RulePack;
use chrono::NaiveDate;
use std::collections::HashMap;
use std::ops::Range;

/// How ambiguous numeric dates (`9/12/2016`) are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DateOrder {
    /// Month first (US).
    #[default]
    Mdy,
    /// Day first (most of the world).
    Dmy,
}

/// Which convention date values follow where temporal taggers differ.
///
/// TIMEX3 (the contract's, and what news annotators write) tags the
/// expression a text names: "mid-August" is the month with a modifier,
/// "within 12 weeks" and "over the next five years" are lengths,
/// "until March 26" is the day, "the three months to October" a length and
/// a month. Assistant-style recognizers (Microsoft Recognizers-Text)
/// resolve the same phrases to the stretch of calendar they cover:
/// `2025-08-10/2025-08-20`, `2025-06-13/2025-09-04`, `/2026-03-26`,
/// `2024-08/2024-10`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum DateStyle {
    /// TIMEX3 values (the default).
    #[default]
    Timex,
    /// Calendar intervals for spans counted from the document date, parts
    /// of a month and "until" dates.
    Ranges,
}

/// Extraction options.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Overrides the document's own date.
    pub doc_date: Option<NaiveDate>,
    /// Overrides the document's date order.
    pub date_order: Option<DateOrder>,
    /// The convention of date values.
    pub date_style: DateStyle,
}

/// Registry entry describing a rule.
#[derive(Debug, Clone, Copy)]
pub struct RuleInfo {
    /// Stable id, `kind.name`.
    pub id: &'static str,
    /// Kind of claim it produces.
    pub kind: Kind,
    /// One line for `rules list`.
    pub description: &'static str,
    /// Example sentences and the value the rule must give (document date
    /// 2016-09-10 in tests).
    pub examples: &'static [(&'static str, &'static str)],
    /// Sentences where this rule must not fire.
    pub counter_examples: &'static [&'static str],
}

/// Every built-in rule, sorted by id.
pub fn rules() -> Vec<&'static RuleInfo> {
    let mut all: Vec<&'static RuleInfo> = attribution::rules()
        .iter()
        .chain(date::rules().iter())
        .chain(figure::rules().iter())
        .collect();
    all.sort_by_key(|r| r.id);
    all
}

/// A built-in rule file's `[[rule]]` tables (other tables are ignored).
#[derive(serde::Deserialize)]
struct RuleFile {
    #[serde(default)]
    rule: Vec<RawRuleInfo>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRuleInfo {
    id: String,
    description: String,
    #[serde(default)]
    examples: Vec<RawExample>,
    #[serde(default)]
    counter_examples: Vec<String>,
    /// Date rules' regexes, read by the date extractor.
    #[serde(default)]
    #[allow(dead_code)]
    patterns: Vec<String>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExample {
    text: String,
    value: String,
}

/// The rules described in a built-in rule file (embedded TOML), all of
/// `kind`. Read once per process; the strings live as long as it does, like
/// the rest of the registry.
pub(crate) fn rule_infos(src: &str, kind: &str) -> Vec<RuleInfo> {
    let file: RuleFile = toml::from_str(src).expect("built-in rule file parses");
    let leak = |s: String| -> &'static str { s.leak() };
    file.rule
        .into_iter()
        .map(|r| {
            assert!(
                r.id.starts_with(&format!("{kind}.")),
                "built-in rule {} is not a {kind} rule",
                r.id
            );
            RuleInfo {
                id: leak(r.id),
                kind: kind.parse().expect("a claim kind"),
                description: leak(r.description),
                examples: r
                    .examples
                    .into_iter()
                    .map(|e| (leak(e.text), leak(e.value)))
                    .collect::<Vec<_>>()
                    .leak(),
                counter_examples: r
                    .counter_examples
                    .into_iter()
                    .map(leak)
                    .collect::<Vec<_>>()
                    .leak(),
            }
        })
        .collect()
}

/// What every extractor sees.
pub struct Ctx<'a> {
    /// The document.
    pub doc: &'a Document,
    /// Date relative dates resolve against.
    pub date: Option<NaiveDate>,
    /// Numeric date order.
    pub date_order: DateOrder,
    /// The attribution word tables (built-in, or with a pack's words).
    pub lexicon: &'a lexicon::Lexicon,
    /// The convention of date values.
    pub date_style: DateStyle,
    /// The month the document's financial year starts in, when it says
    /// ("whose financial year began on April 1"), found at the first need.
    fiscal_start: std::sync::OnceLock<Option<u32>>,
}

impl<'a> Ctx<'a> {
    /// Build the context for `doc` under `opts`.
    pub fn new(doc: &'a Document, opts: &Options) -> Ctx<'a> {
        let order = opts.date_order.unwrap_or_else(|| match doc.meta("locale") {
            Some(l)
                if !l.eq_ignore_ascii_case("en-US")
                    && l.to_ascii_lowercase().starts_with("en-") =>
            {
                DateOrder::Dmy
            }
            _ => match doc.meta("date-order").or(doc.meta("date_order")) {
                Some("dmy") => DateOrder::Dmy,
                _ => DateOrder::Mdy,
            },
        });
        Ctx {
            doc,
            date: opts.doc_date.or(doc.date),
            date_order: order,
            lexicon: lexicon::Lexicon::builtin(),
            date_style: opts.date_style,
            fiscal_start: std::sync::OnceLock::new(),
        }
    }

    /// The month (1-12) the document's financial year starts in, when the
    /// document says so: "whose 2026-27 financial year began on April 1",
    /// "its fiscal year, which ends in September" (October). `None` when
    /// it does not.
    pub fn fiscal_start(&self) -> Option<u32> {
        *self
            .fiscal_start
            .get_or_init(|| date::fiscal_year_start(self.text()))
    }

    /// Full text.
    pub fn text(&self) -> &'a str {
        &self.doc.text
    }

    /// The body's byte range.
    pub fn body(&self) -> Range<usize> {
        self.doc.body_start..self.doc.text.len()
    }

    /// The sentence containing `at` and its start offset (the body when
    /// `at` is outside every sentence).
    pub fn sentence_of(&self, at: usize) -> (&'a str, usize) {
        match self.doc.sentence_index(at) {
            Some(i) => {
                let r = &self.doc.sentences[i];
                if r.start <= at && at <= r.end {
                    (&self.doc.text[r.clone()], r.start)
                } else {
                    ("", at)
                }
            }
            None => ("", at),
        }
    }

    /// Currency of a bare `$` (front matter `currency:`, default USD).
    pub fn dollar_currency(&self) -> &'static str {
        match self
            .doc
            .meta("currency")
            .map(|c| c.trim().to_ascii_uppercase())
        {
            Some(c) => crate::normalize::unit::CURRENCY_CODES
                .iter()
                .find(|k| **k == c)
                .copied()
                .unwrap_or("USD"),
            None => "USD",
        }
    }
}

/// Compile the figure and attribution patterns ahead of need, by running
/// those extractors over one sample sentence. A command that will extract
/// calls this on a spare thread at start-up, so that these compile while
/// the first document's dates do (date extraction comes first and compiles
/// its own rules): a short run then waits for the slower of the two, not
/// for both.
pub fn warm_up() {
    const SAMPLE: &str = "About 1.2 million people, or 40%, paid $5bn for 3 km of road in March, \
                          Finance Minister Ana Ruiz said on Monday, according to the ministry.";
    if let Ok(doc) = Document::from_text("warm-up", SAMPLE.to_string()) {
        let ctx = Ctx::new(&doc, &Options::default());
        let _ = figure::extract(&ctx, &[]);
        let _ = attribution::extract(&ctx);
    }
}

/// Extract every claim of `doc` as ledger rows, in document order.
pub fn extract(doc: &Document, opts: &Options) -> Vec<LedgerRow> {
    extract_with(doc, opts, None)
}

/// [`extract`] with a user rule pack (`--rules FILE`) applied after the
/// built-in rules.
pub fn extract_with(doc: &Document, opts: &Options, pack: Option<&RulePack>) -> Vec<LedgerRow> {
    let mut ctx = Ctx::new(doc, opts);
    if let Some(lex) = pack.and_then(RulePack::lexicon) {
        ctx.lexicon = lex;
    }
    let claims = extract_claims_with(&ctx, pack);
    to_rows(doc, claims)
}

/// Extract claims (no ids yet) in document order.
pub fn extract_claims(ctx: &Ctx) -> Vec<Claim> {
    extract_claims_with(ctx, None)
}

/// [`extract_claims`] with a user rule pack: its claims replace the
/// overlapping built-in ones and its exclusions apply, before linking.
pub fn extract_claims_with(ctx: &Ctx, pack: Option<&RulePack>) -> Vec<Claim> {
    // A figure or date never spans a line break (only quotes do); dates are
    // filtered before figures, which must not lose numbers to a dropped date.
    let one_line = |c: &Claim| !ctx.text()[c.start..c.end].contains('\n');
    let dates: Vec<Claim> = date::extract(ctx).into_iter().filter(one_line).collect();
    let figures = figure::extract(ctx, &dates);
    let mut attributions = attribution::extract(ctx);
    let mut claims: Vec<Claim> =
        Vec::with_capacity(dates.len() + figures.len() + attributions.len());
    claims.extend(dates);
    claims.extend(figures.into_iter().filter(one_line));
    if let Some(p) = pack {
        p.apply(ctx, &mut claims, &mut attributions);
    }
    link(ctx, &mut claims, &attributions);
    // (a date's own period was only for its figures)
    for c in claims.iter_mut().filter(|c| c.kind() == Kind::Date) {
        c.period.clear();
    }
    claims.extend(attributions);
    drop_boilerplate(ctx, &mut claims);
    claims.sort_by_key(|a| (a.start, a.end, a.kind()));
    claims
}

/// Lines a web page wraps round an article, not part of it: links to other
/// stories ("Related: Rival posts £1bn loss", "Read more: ..."), calls to
/// sign up or share. Their figures and dates are some other article's.
fn is_boilerplate(line: &str) -> bool {
    const LABELS: &[&str] = &[
        "related",
        "read more",
        "read also",
        "also read",
        "see also",
        "more on this",
        "recommended",
        "watch",
        "listen",
        "most read",
        "trending",
        "latest",
    ];
    const OPENERS: &[&str] = &[
        "sign up",
        "subscribe",
        "follow us",
        "share this",
        "share on",
        "click here",
        "advertisement",
        "skip to",
        "newsletter",
    ];
    if line.len() > 200 {
        return false;
    }
    let starts = |p: &str| {
        line.as_bytes()
            .get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()))
    };
    let labelled = line.find(':').is_some_and(|k| {
        k <= 16 && {
            let label = line[..k].trim_end();
            LABELS.iter().any(|l| label.eq_ignore_ascii_case(l))
        }
    });
    labelled || OPENERS.iter().any(|o| starts(o))
}

/// `claims` without those in a boilerplate line ([`is_boilerplate`]).
fn drop_boilerplate(ctx: &Ctx, claims: &mut Vec<Claim>) {
    let text = ctx.text();
    let dropped: Vec<&std::ops::Range<usize>> = ctx
        .doc
        .paragraphs
        .iter()
        .filter(|p| is_boilerplate(&text[(*p).clone()]))
        .collect();
    if dropped.is_empty() {
        return;
    }
    claims.retain(|c| !dropped.iter().any(|p| p.contains(&c.start)));
}

/// The period a date gives the figures of its sentence. A day ("on
/// Monday") or a span of days says when something happened, not the period
/// a figure describes; months, quarters and years do, and "two years ago"
/// names a year.
fn period_of(text: &str, c: &Claim) -> Option<String> {
    // A period the date extractor worked out ("October" in "the three
    // months to October" with `--date-style timex`).
    if !c.period.is_empty() {
        return Some(c.period.clone());
    }
    let v = &c.value;
    if c.rule == "date.ago" && v.len() == 10 {
        let t = text[c.start..c.end].to_ascii_lowercase();
        if t.contains("year") {
            return Some(v[..4].to_string());
        }
        if t.contains("month") {
            return Some(v[..7].to_string());
        }
        return None;
    }
    // Days cut out of a year or month ("the first two weeks of January")
    // or counted back from a day ("the week ending 9 March") are a period;
    // otherwise a day, a weekend or a clock time says when, not which
    // period.
    if c.rule == "date.span_of" || c.rule == "date.span_to" {
        return Some(v.clone());
    }
    let day = |s: &str| s.len() == 10 || s.ends_with("-WE") || s.contains('T');
    match v.split_once('/') {
        Some((a, b)) if day(a) || day(b) => None,
        _ if day(v) => None,
        _ => Some(v.clone()),
    }
}

/// The end of `before` from its last clause break (a comma, semicolon,
/// colon, bracket or full stop; not the point in "0.3%").
fn clause_tail(before: &str) -> &str {
    let b = before.as_bytes();
    let cut = b.iter().enumerate().rev().find(|&(i, &ch)| {
        matches!(ch, b',' | b';' | b':' | b'(')
            && !(ch == b',' && b.get(i + 1).is_some_and(u8::is_ascii_digit))
            || ch == b'.' && !b.get(i + 1).is_some_and(u8::is_ascii_digit)
    });
    cut.map_or(before, |(i, _)| &before[i + 1..])
}

/// A date that only names what a figure is compared with, not its
/// period: "since" after a superlative or a record ("a turnout of 60%, the
/// lowest since 2001", "the first time since 1990") and a date naming a
/// past value ("double the 2019 figure", "below the 2008 peak").
fn comparison_base(text: &str, c: &Claim) -> bool {
    let t = &text[c.start..c.end];
    // "double the 2019 figure", "above the 2008 peak": a date naming a
    // past value is that value's, not the period of what is compared.
    if text::prev_word(text, c.start).eq_ignore_ascii_case("the")
        && matches!(
            text::next_word(text, c.end).to_ascii_lowercase().as_str(),
            "figure"
                | "figures"
                | "level"
                | "levels"
                | "total"
                | "average"
                | "peak"
                | "high"
                | "low"
                | "record"
                | "mark"
        )
    {
        return true;
    }
    // "fell 6.4% from the same month last year", "up 3% on a year
    // earlier", "up 40% on the previous week", "higher than the previous
    // month": a date that names itself as the earlier one is what the
    // figure is compared with.
    let lt = t.to_ascii_lowercase();
    if (lt.starts_with("the same ")
        || lt.starts_with("a year ")
        || lt.starts_with("the year before")
        || lt.starts_with("the previous ")
        || lt.starts_with("the prior "))
        && matches!(
            text::prev_word(text, c.start).to_ascii_lowercase().as_str(),
            "from" | "on" | "than" | "with" | "against" | "over" | "versus" | "vs"
        )
    {
        return true;
    }
    // The clause before the date, and its last words (lowercased, last
    // first), read once for the tests below.
    let from = text::floor_char(text, c.start.saturating_sub(80));
    let before = clause_tail(&text[from..c.start]);
    let words: Vec<String> = before
        .split_whitespace()
        .rev()
        .take(7)
        .map(str::to_ascii_lowercase)
        .collect();
    let w = |i: usize| words.get(i).map_or("", String::as_str);
    if compared_with(&words) {
        return true;
    }
    let after_in = matches!(w(0), "in" | "during" | "for");
    // "rose 0.4% after a similar gain in November": the date is the
    // earlier change's
    if after_in
        && let Some(k) = words.iter().position(|x| x == "after" || x == "following")
        // (with a figure of its own the date is that figure's period)
        && !words[1..k].iter().any(|x| x.contains(|ch: char| ch.is_ascii_digit()))
        && words[1..k].iter().any(|x| change_noun(x))
    {
        return true;
    }
    // "twice the rate seen in the 1990s", "above the level recorded in
    // 2019": the date of a value compared with
    let noun = |x: &str| {
        matches!(
            x,
            "rate"
                | "level"
                | "levels"
                | "pace"
                | "average"
                | "figure"
                | "total"
                | "peak"
                | "high"
                | "low"
                | "record"
        )
    };
    let participle = |x: &str| {
        matches!(
            x,
            "seen" | "recorded" | "reported" | "registered" | "set" | "reached" | "hit"
        )
    };
    if after_in && (noun(w(1)) && w(2) == "the" || participle(w(1)) && noun(w(2)) && w(3) == "the")
    {
        return true;
    }
    // "since 2001" itself, or a date later in a "since" clause ("the most
    // since records began in 1869")
    let since_at = if t.get(..6).is_some_and(|w| w.eq_ignore_ascii_case("since ")) {
        before.len()
    } else {
        match before
            .match_indices("since ")
            .map(|(i, _)| i)
            .filter(|&i| i == 0 || !before.as_bytes()[i - 1].is_ascii_alphabetic())
            .last()
        {
            Some(i) if before[i..].split_whitespace().count() <= 5 => i,
            _ => return false,
        }
    };
    before[..since_at]
        .split(|ch: char| !ch.is_ascii_alphabetic())
        .rev()
        .filter(|w| !w.is_empty())
        .take(6)
        .any(|w| text::is_record_word(&w.to_ascii_lowercase()))
}

/// Whether the words before a date (lowercased, last first) name what a
/// figure is compared with: "up a third on last winter", "compared with
/// 2023", "compared with the same period last year", "higher than in
/// January", "against 2019", "double those of 2019", "up from last year".
/// A figure written between the comparison word and the date is not
/// looked at here: the date is that figure's (see `link`).
fn compared_with(words: &[String]) -> bool {
    let w = |i: usize| words.get(i).map_or("", String::as_str);
    let mut i = 0;
    while matches!(w(i), "in" | "at" | "during" | "the") {
        i += 1;
    }
    // "compared with the same period (last year)"
    if matches!(
        w(i),
        "period" | "month" | "quarter" | "week" | "time" | "season"
    ) && w(i + 1) == "same"
        && w(i + 2) == "the"
    {
        i += 3;
    }
    match w(i) {
        "than" | "on" | "against" | "versus" | "vs" | "vs." => true,
        "with" | "to" => matches!(w(i + 1), "compared" | "comparison" | "relative"),
        "of" => matches!(w(i + 1), "those" | "that"),
        // "up from", "down almost 5 points from"
        "from" => (i + 1..i + 5).any(|k| matches!(w(k), "up" | "down")),
        // "twice as many as five years ago", "as high as in 2008"
        // ("as early as next month" is no comparison: a time)
        "as" => {
            w(i + 2) == "as"
                && matches!(
                    w(i + 1),
                    "many"
                        | "much"
                        | "high"
                        | "low"
                        | "large"
                        | "big"
                        | "few"
                        | "little"
                        | "great"
                        | "strong"
                        | "weak"
                        | "fast"
                        | "good"
                        | "bad"
                        | "steep"
                )
        }
        _ => false,
    }
}

/// Whether a figure at `start` is written as what another is compared
/// with: "up from 4.3%", "against a 2% gain", "compared with a 2% fall".
fn base_figure(text: &str, start: usize) -> bool {
    // Walk back over a few words: hedges and articles ("up from an
    // estimated"), and for "compared with" / "against" a noun or two ("a
    // profit of", "a target of").
    let light = |w: &str| {
        matches!(
            w,
            "a" | "an"
                | "the"
                | "of"
                | "estimated"
                | "some"
                | "about"
                | "around"
                | "roughly"
                | "nearly"
                | "almost"
                | "just"
                | "over"
                | "under"
        )
    };
    let mut at = start;
    let mut nouns = 0;
    for _ in 0..5 {
        let raw = text::prev_word(text, at);
        if raw.is_empty() || !raw.bytes().all(|b| b.is_ascii_alphabetic()) {
            return false;
        }
        // the word must be in the same clause as the figure
        let ws = text::prev_word_start(text, at);
        if text[ws + raw.len()..at].contains([',', ';', ':', '(', '.']) {
            return false;
        }
        let w = raw.to_ascii_lowercase();
        let before = text::prev_word(text, ws).to_ascii_lowercase();
        match w.as_str() {
            "from" => return nouns == 0,
            "against" | "versus" | "vs" => return true,
            "with" | "to" if matches!(before.as_str(), "compared" | "comparison") => return true,
            _ if light(&w) => {}
            _ if nouns < 2 => nouns += 1,
            _ => return false,
        }
        at = ws;
    }
    false
}

/// The nouns of a change or a reading: "after a similar gain in
/// November".
fn change_noun(w: &str) -> bool {
    matches!(
        w,
        "gain"
            | "rise"
            | "increase"
            | "fall"
            | "decline"
            | "drop"
            | "jump"
            | "climb"
            | "advance"
            | "dip"
            | "slump"
            | "surge"
            | "reading"
    )
}

/// The nouns that may stand between a compared figure and its date: a
/// change or a reading, or a result ("against a 2% gain in 2021",
/// "compared with a profit of $1bn in 2020").
fn compared_noun(w: &str) -> bool {
    change_noun(w) || matches!(w, "growth" | "loss" | "profit" | "deficit" | "surplus")
}

/// Whether the words between a figure and a later date set that date in a
/// future or scheduled event ("is scheduled to go to trial in the spring",
/// "will be voted on next month", "plans to add 30 routes next year"):
/// `will`, `shall`, a form of "be" with "due/set/scheduled/expected to",
/// "plans/aims/intends to".
fn future_between(between: &str) -> bool {
    let words: Vec<String> = between
        .split(|c: char| !(c.is_ascii_alphabetic() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let w = |i: usize| words.get(i).map_or("", String::as_str);
    (0..words.len()).any(|i| {
        let l = w(i);
        matches!(l, "will" | "shall" | "won't")
            || l.ends_with("'ll")
            || l == "to"
                && i >= 1
                && (matches!(
                    w(i - 1),
                    "due" | "set" | "scheduled" | "expected" | "poised" | "slated"
                ) && i >= 2
                    && matches!(w(i - 2), "is" | "are" | "was" | "were" | "be" | "being")
                    || matches!(
                        w(i - 1),
                        "plans" | "plan" | "planned" | "aims" | "intends" | "going"
                    ))
    })
}

/// Whether a figure at `start` counts or measures the head of its clause's
/// subject ("Some 5,000 jobs will go", "The 45 players who...",
/// "Investment of £2bn is due to..."): only determiners and hedges, or a
/// noun with "of", stand before it in its clause. A figure in a modifier
/// of the subject ("a lawsuit by 300 workers", "a class action seeking
/// $180 million", "the bill, backed by 212 MPs,") is not.
fn heads_the_subject(text: &str, sentence_start: usize, start: usize) -> bool {
    let from = sentence_start.min(start);
    let before = clause_tail(&text[from..start]);
    let words: Vec<String> = before
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let light = |w: &str| {
        matches!(
            w,
            "the"
                | "a"
                | "an"
                | "some"
                | "about"
                | "around"
                | "roughly"
                | "approximately"
                | "nearly"
                | "almost"
                | "over"
                | "under"
                | "more"
                | "less"
                | "fewer"
                | "than"
                | "up"
                | "to"
                | "at"
                | "least"
                | "just"
                | "only"
                | "another"
                | "further"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
                | "estimated"
                | "and"
                | "but"
                | "so"
                | "yet"
        )
    };
    let n = words.len();
    n == 0
        || words.iter().all(|w| light(w))
        // "investment of £2bn", "sales of up to 2 million"
        || words
            .iter()
            .rposition(|w| w == "of")
            .is_some_and(|k| k <= 3 && words[k + 1..].iter().all(|w| light(w)))
}

/// Fill `source` from enclosing attributions and `period` from dates.
fn link(ctx: &Ctx, claims: &mut [Claim], attributions: &[Claim]) {
    // (start, end, period, sentence, the relative clause or brackets
    // holding the date)
    type DateSpan = (usize, usize, String, usize, Option<(usize, usize)>);
    let date_spans: Vec<DateSpan> = claims
        .iter()
        .filter(|c| c.kind() == Kind::Date && c.ctype == "date" && !c.value.contains('X'))
        .filter(|c| !comparison_base(ctx.text(), c))
        .filter_map(|c| {
            period_of(ctx.text(), c).map(|p| {
                let sentence_start = ctx.sentence_of(c.start).1;
                (
                    c.start,
                    c.end,
                    p,
                    ctx.doc.sentence_index(c.start).unwrap_or(0),
                    relative_clause_around(ctx.text(), sentence_start, c.start, c.end)
                        .or_else(|| brackets_around(ctx.text(), sentence_start, c.start, c.end)),
                )
            })
        })
        .collect();
    // A date written right after a figure ("59.2 per cent in 2019") is that
    // figure's period, and no other figure's: its start maps to the figure's.
    let text = ctx.text();
    let mut figure_ends: Vec<(usize, usize)> = claims
        .iter()
        .filter(|c| c.kind() == Kind::Figure)
        .map(|c| (c.end, c.start))
        .collect();
    figure_ends.sort_unstable();
    // Figures written as what another is compared with, by start.
    let mut base_spans: Vec<(usize, usize)> = claims
        .iter()
        .filter(|c| c.kind() == Kind::Figure && base_figure(text, c.start))
        .map(|c| (c.start, c.end))
        .collect();
    base_spans.sort_unstable();
    let bound_to = |d_start: usize| -> Option<usize> {
        let i = figure_ends.partition_point(|&(e, _)| e <= d_start);
        let &(end, start) = figure_ends.get(i.checked_sub(1)?)?;
        let gap = text.get(end..d_start)?.trim();
        let prev = text::prev_word(text, start).to_ascii_lowercase();
        // "inflation, at 2.9% in May,": a figure in apposition keeps its
        // date to itself too.
        let appositive = prev == "at"
            && text[..text::prev_word_start(text, start)]
                .trim_end()
                .ends_with(',');
        let base = appositive
            || matches!(
                prev.as_str(),
                "from" | "with" | "than" | "against" | "versus" | "vs"
            )
            || base_spans.binary_search(&(start, end)).is_ok();
        // "from 4.3% in the previous quarter", "against a 2% gain in 2021"
        let gap = gap.strip_suffix(" the").unwrap_or(gap);
        let gap = match gap.split_once(' ') {
            Some((noun, rest)) if compared_noun(&noun.to_ascii_lowercase()) => rest,
            _ => gap,
        };
        (base && matches!(gap, "" | "in" | "for" | "during" | "as of")).then_some(start)
    };
    // whether a compared figure lies wholly in `lo..hi`
    let base_within = |lo: usize, hi: usize| {
        let i = base_spans.partition_point(|&(s, _)| s < lo);
        base_spans.get(i).is_some_and(|&(_, e)| e <= hi)
    };
    // whether any figure lies wholly in `lo..hi`
    let figure_within = |lo: usize, hi: usize| {
        let i = figure_ends.partition_point(|&(e, _)| e <= lo);
        figure_ends[i..]
            .iter()
            .take_while(|&&(e, _)| e <= hi)
            .any(|&(_, s)| s >= lo)
    };
    let bound: std::collections::HashMap<usize, usize> = date_spans
        .iter()
        .filter_map(|d| bound_to(d.0).map(|f| (d.0, f)))
        .collect();
    // Dates by sentence, attributions by start: each claim looks only at its
    // own sentence's dates and the attributions that start before it.
    let mut dates_by_sentence: std::collections::HashMap<usize, Vec<&DateSpan>> =
        std::collections::HashMap::new();
    for d in &date_spans {
        dates_by_sentence.entry(d.3).or_default().push(d);
    }
    for c in claims.iter_mut() {
        // The innermost enclosing attribution; co-speakers of one span join.
        // (An attribution that encloses a claim starts at most a few hundred
        // attributions before it: only those are looked at.)
        let upto = attributions.partition_point(|a| a.start <= c.start);
        let enclosing = attributions[upto.saturating_sub(256)..upto]
            .iter()
            .filter(|a| c.end <= a.end);
        if let Some(inner) = enclosing.clone().min_by_key(|a| a.end - a.start) {
            let sources: Vec<&str> = enclosing
                .filter(|a| a.start == inner.start && a.end == inner.end)
                .map(|a| a.source.as_str())
                .collect();
            c.source = sources.join("; ");
        }
        if c.kind() == Kind::Figure {
            let si = ctx.doc.sentence_index(c.start).unwrap_or(0);
            // A figure written as what another is compared with ("up from
            // 41%") takes no date written before it: that is the other's.
            let is_base = base_spans.binary_search(&(c.start, c.end)).is_ok();
            let sentence_start = ctx.sentence_of(c.start).1;
            let heads = std::cell::OnceCell::new();
            // the nearest date of the same sentence, preferring one after the figure
            let best = dates_by_sentence.get(&si).and_then(|ds| {
                ds.iter()
                    .filter(|d| bound.get(&d.0).is_none_or(|&f| f == c.start))
                    // ("Turnout was 44% in 2015, up from 38%": 2015 is 44%'s;
                    // "in 2015, visitors from 40 countries" keeps it)
                    .filter(|d| {
                        !(is_base
                            && d.1 <= c.start
                            && figure_within(sentence_start.min(d.0), c.start))
                    })
                    // "fell to 61% from 68% at the last election in 2019":
                    // a compared figure between a figure and a later date
                    // takes the date
                    .filter(|d| is_base || d.0 < c.end || !base_within(c.end, d.0))
                    // "a class action brought by 1,200 customers is
                    // scheduled to go to trial in the spring": the date of
                    // a future event is not the period of a figure before
                    // it, unless the figure counts the event's subject
                    // ("some 5,000 jobs will go in 2025").
                    .filter(|d| {
                        d.0 < c.end
                            || !future_between(&text[c.end..d.0])
                            || *heads
                                .get_or_init(|| heads_the_subject(text, sentence_start, c.start))
                    })
                    // a date far on in a long sentence belongs to a later clause
                    .filter(|d| d.0 < c.end || text[c.end..d.0].split_whitespace().count() <= 20)
                    // and so does one past a clause of its own: "held the
                    // rate at 10.75%, saying inflation eased in May"
                    .filter(|d| d.0 < c.end || !opens_a_clause(&text[c.end..d.0]))
                    // "has lost a third since the mid-1980s and is now
                    // thinning at twice the rate": an open span from a date
                    // (`198/`) is not the period of what "now" is.
                    // ("Rents rose in March and now absorb a third" keeps
                    // March: the statistic's "now".)
                    .filter(|d| {
                        d.0 >= c.end
                            || !(d.2.ends_with('/')
                                && names_the_present(&text[d.1.min(c.start)..c.start]))
                    })
                    // "The striker, who joined in 2022, has scored 15
                    // goals": a date inside a relative clause between
                    // commas is that clause's, not a figure's outside it;
                    // "profit: £512m (2024: £488m)": nor is one in brackets.
                    .filter(|d| d.4.is_none_or(|(a, b)| c.start >= a && c.end <= b))
                    .min_by_key(|d| {
                        if d.0 >= c.end {
                            d.0 - c.end
                        } else {
                            (c.start - d.1.min(c.start)) + 40
                        }
                    })
            });
            if let Some(d) = best {
                c.period = d.2.clone();
            }
        }
    }
}

/// The span of a relative clause set off by commas (", who joined in 2022,"
/// or ", which opened in May,") that holds the bytes `start..end`, if any:
/// from the comma before "who"/"which" to the comma that closes it (or the
/// sentence's end).
fn relative_clause_around(
    text: &str,
    sentence_start: usize,
    start: usize,
    end: usize,
) -> Option<(usize, usize)> {
    let before = text.get(sentence_start..start)?;
    let comma = before.rfind(',')? + sentence_start;
    let opener = text[comma + 1..start].trim_start();
    let word = opener
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    if !matches!(word, "who" | "which" | "whose") {
        return None;
    }
    let rest = text.get(end..)?;
    let stop = rest
        .find([',', '.', ';', '\n'])
        .map_or(text.len(), |i| end + i);
    Some((comma, stop))
}

/// Whether `between` (the text from a figure to a later date) holds the
/// start of another clause: ", saying", ", adding", ", while", ", but",
/// ", whereas" or a semicolon.
fn opens_a_clause(between: &str) -> bool {
    between.contains(';')
        || between.match_indices(", ").any(|(i, _)| {
            let next = between[i + 2..]
                .split(|c: char| !c.is_ascii_alphabetic())
                .next()
                .unwrap_or("");
            matches!(next, "saying" | "adding" | "while" | "but" | "whereas")
        })
}

/// The span of the brackets round `start..end` ("(2024: £488m)"), if the
/// date is inside an unclosed "(" of its sentence and a ")" closes it
/// after.
fn brackets_around(
    text: &str,
    sentence_start: usize,
    start: usize,
    end: usize,
) -> Option<(usize, usize)> {
    let before = text.get(sentence_start..start)?;
    let open = before.rfind('(')?;
    if before[open..].contains(')') {
        return None;
    }
    let close = text.get(end..)?.find(['(', ')', '\n'])?;
    text[end + close..]
        .starts_with(')')
        .then_some((sentence_start + open, end + close + 1))
}

/// Whether `between` holds a word that sets what follows in the present:
/// "now", "currently", "presently".
fn names_the_present(between: &str) -> bool {
    between.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
        w.eq_ignore_ascii_case("now")
            || w.eq_ignore_ascii_case("currently")
            || w.eq_ignore_ascii_case("presently")
    })
}

/// FNV-1a, 64-bit: stable across Rust versions and platforms (std's
/// hasher is not).
fn fnv1a(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut step = |b: u8| {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    };
    for p in parts {
        for &b in p.as_bytes() {
            step(b);
        }
        step(0xff);
    }
    h
}

/// Turn claims into rows: ids, sentence numbers, context.
pub fn to_rows(doc: &Document, claims: Vec<Claim>) -> Vec<LedgerRow> {
    let mut seen: HashMap<u64, u32> = HashMap::new();
    let mut rows = Vec::with_capacity(claims.len());
    for c in claims {
        let si = doc.sentence_index(c.start);
        let (sentence_no, context) = match si {
            Some(i) => (i + 1, doc.text[doc.sentences[i].clone()].to_string()),
            None => (0, String::new()),
        };
        let text = &doc.text[c.start..c.end];
        let kind = c.kind();
        // The id hashes the claim and its sentence, plus an occurrence
        // count for exact repeats, so an unrelated edit never changes it.
        let base = fnv1a(&[&doc.id, kind.as_str(), &c.rule, text, &c.value, &context]);
        let n = seen.entry(base).or_insert(0);
        let h = if *n == 0 {
            base
        } else {
            fnv1a(&[&base.to_string(), &n.to_string()])
        };
        *n += 1;
        let prefix = match kind {
            Kind::Figure => 'f',
            Kind::Date => 'd',
            Kind::Attribution => 'a',
        };
        rows.push(LedgerRow {
            id: format!("{prefix}{:012x}", h & 0xffff_ffff_ffff),
            doc: doc.id.clone(),
            kind: kind.as_str().to_string(),
            ctype: c.ctype,
            text: text.to_string(),
            value: c.value,
            unit: c.unit,
            qualifier: if kind == Kind::Figure {
                c.qualifier.as_str().to_string()
            } else {
                String::new()
            },
            precision: c.precision,
            period: c.period,
            subject: c.subject,
            source: c.source,
            rule: c.rule,
            sentence: sentence_no,
            start: c.start,
            end: c.end,
            context,
            extra: Vec::new(),
        });
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<LedgerRow> {
        run_in(text, DateStyle::default())
    }

    fn run_in(text: &str, date_style: DateStyle) -> Vec<LedgerRow> {
        let doc = Document::from_text("t", text.to_string()).unwrap();
        extract(
            &doc,
            &Options {
                doc_date: NaiveDate::from_ymd_opt(2016, 9, 10),
                date_order: None,
                date_style,
            },
        )
    }

    #[test]
    fn a_date_past_a_clause_of_its_own_is_no_period_of_a_figure_before() {
        fn period(rows: &[LedgerRow], v: &str) -> Option<String> {
            rows.iter().find(|r| r.value == v).map(|r| r.period.clone())
        }
        let rows = run("The bank held its rate at 4.5%, saying inflation rose to 3.1% in May.");
        assert_eq!(period(&rows, "4.5").as_deref(), Some(""));
        assert_eq!(period(&rows, "3.1").as_deref(), Some("2016-05"));
        let rows = run("The bank held its rate at 4.5% in May, saying inflation rose to 3.1%.");
        assert_eq!(period(&rows, "4.5").as_deref(), Some("2016-05"));
    }

    #[test]
    fn lines_round_the_article_give_no_claims() {
        let rows = run(
            "Sales rose 5% in May.\nRelated: Rival posts £1bn loss\nRead more: Election 2024 live\nSign up for our 7am briefing\nProfit fell 2%.",
        );
        let texts: Vec<&str> = rows.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(texts, ["5%", "May", "2%"]);
        // a label that is no link keeps its line
        let rows = run("Update: 27 people were killed.");
        assert_eq!(rows.len(), 1, "{rows:?}");
    }

    #[test]
    fn a_date_in_brackets_is_no_period_of_a_figure_outside() {
        let rows = run("Pre-tax profit was £512m (2015: £488m).");
        let period = |v: &str| rows.iter().find(|r| r.value == v).unwrap().period.clone();
        assert_eq!(period("512000000"), "");
        assert_eq!(period("488000000"), "2015");
    }

    #[test]
    fn the_low_end_of_a_range_of_lengths_is_no_count() {
        let rows = run("Repairs will take four to six weeks, over two to three days each.");
        let got: Vec<(&str, &str, &str)> = rows
            .iter()
            .map(|r| (r.kind.as_str(), r.text.as_str(), r.value.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("date", "four to six weeks", "P4W..P6W"),
                ("date", "two to three days", "P2D..P3D")
            ]
        );
    }

    #[test]
    fn registry_ids_unique_sorted_and_well_formed() {
        let rules = rules();
        let mut ids: Vec<&str> = rules.iter().map(|r| r.id).collect();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n, "duplicate rule ids");
        for r in &rules {
            let (kind, name) = r.id.split_once('.').expect("kind.name");
            assert_eq!(kind, r.kind.as_str(), "{}", r.id);
            assert!(
                !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                "{}",
                r.id
            );
            assert!(!r.description.is_empty(), "{} has no description", r.id);
            assert!(!r.examples.is_empty(), "{} has no example", r.id);
            assert!(
                !r.counter_examples.is_empty(),
                "{} has no counter-example",
                r.id
            );
        }
    }

    #[test]
    fn every_rule_example_and_counter_example_holds() {
        // An example gives the value its rule resolves to, before the
        // TIMEX3 pass (as `rules::test_rules` reads them).
        let run = |text: &str| run_in(text, DateStyle::Ranges);
        let mut failures = Vec::new();
        for r in rules() {
            for (sentence, want) in r.examples {
                let rows = run(sentence);
                if !rows
                    .iter()
                    .any(|row| row.rule == r.id && row.value == *want)
                {
                    let got: Vec<String> = rows
                        .iter()
                        .map(|x| format!("{} {}={:?}", x.rule, x.text, x.value))
                        .collect();
                    failures.push(format!(
                        "{}: {sentence:?} should give {want:?}; got {got:?}",
                        r.id
                    ));
                }
            }
            for sentence in r.counter_examples {
                let rows = run(sentence);
                if let Some(row) = rows.iter().find(|row| row.rule == r.id) {
                    failures.push(format!(
                        "{}: counter-example {sentence:?} fired on {:?}",
                        r.id, row.text
                    ));
                }
            }
        }
        assert!(
            failures.is_empty(),
            "{} rule example failures:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }

    #[test]
    fn every_emitted_rule_is_registered() {
        let ids: Vec<&str> = rules().iter().map(|r| r.id).collect();
        for r in rules() {
            for (s, _) in r.examples {
                for row in run(s) {
                    assert!(
                        ids.contains(&row.rule.as_str()),
                        "unregistered rule {}",
                        row.rule
                    );
                }
            }
        }
    }

    #[test]
    fn spans_are_exact_bytes() {
        let t = "---\ndate: 2016-09-10\n---\nThe war has killed 290,000 and displaced half the country\\’s population, “he said” on Monday.";
        let doc = Document::from_text("t", t.to_string()).unwrap();
        for row in extract(&doc, &Options::default()) {
            assert_eq!(&t[row.start..row.end], row.text);
        }
    }

    #[test]
    fn ids_survive_an_unrelated_paragraph() {
        let a = "Prices rose 2.1% in March.\nThe war has killed 290,000 people.";
        let b = "Prices rose 2.1% in March.\nA new paragraph with 12 apples.\nThe war has killed 290,000 people.";
        let ra = run(a);
        let rb = run(b);
        for row in &ra {
            assert!(
                rb.iter().any(|r| r.id == row.id && r.text == row.text),
                "id of {:?} changed",
                row.text
            );
        }
    }

    #[test]
    fn figure_in_quote_gets_speaker_as_source() {
        let rows = run("\"We have lost 4,000 men in this war,\" said General Tomas Brand.");
        let f = rows.iter().find(|r| r.value == "4000").unwrap();
        assert_eq!(f.source, "Tomas Brand, General");
        let own = run("The war has killed 290,000 people.");
        assert_eq!(own.iter().find(|r| r.value == "290000").unwrap().source, "");
    }

    #[test]
    fn figure_period_from_date_in_sentence() {
        let rows = run("Inflation was 2.1% in March.");
        let f = rows.iter().find(|r| r.kind == "figure").unwrap();
        assert_eq!(f.period, "2016-03");
        // A day or a weekend says when, not which period.
        for text in [
            "Sales rose 5% on Monday.",
            "Sales rose 5% over the weekend.",
        ] {
            let rows = run(text);
            let f = rows.iter().find(|r| r.kind == "figure").unwrap();
            assert_eq!(f.period, "", "{text}");
        }
        let rows = run("Sales rose 5% last week.");
        let f = rows.iter().find(|r| r.kind == "figure").unwrap();
        assert_eq!(f.period, "2016-W35");
        // Days counted back from a day are the period a statistic covers;
        // "on the previous week" is what it is compared with.
        let rows = run(
            "Admissions reached 5,310 in the week ending 4 September, up 12% on the previous week.",
        );
        let figures: Vec<(&str, &str)> = rows
            .iter()
            .filter(|r| r.kind == "figure")
            .map(|r| (r.text.as_str(), r.period.as_str()))
            .collect();
        assert_eq!(
            figures,
            [
                ("5,310", "2016-08-29/2016-09-04"),
                ("12%", "2016-08-29/2016-09-04")
            ]
        );
        let rows = run("Unemployment fell to 4.9% in the three months to July.");
        let f = rows.iter().find(|r| r.kind == "figure").unwrap();
        assert_eq!(f.period, "2016-05/2016-07");
        // "now" after a since-date puts a figure in the present; the figure
        // before "now" keeps the date. A point in time before "now" stays.
        let periods = |text: &str| -> Vec<(String, String)> {
            run(text)
                .into_iter()
                .filter(|r| r.kind == "figure")
                .map(|r| (r.text, r.period))
                .collect()
        };
        let want = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
            pairs
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect()
        };
        assert_eq!(
            periods("Output has fallen 8% since 2012 and is now growing at 3% a year."),
            want(&[("8%", "2012/"), ("3% a year", "")])
        );
        assert_eq!(
            periods("Rents rose 7% in March and now take a third of income."),
            want(&[("7%", "2016-03"), ("a third", "2016-03")])
        );
        // A relative clause keeps its date to itself; a figure inside it
        // takes it.
        assert_eq!(
            periods("The striker, who joined for £50 million in 2022, has scored 15 goals."),
            want(&[("£50 million", "2022"), ("15", "")])
        );
        assert_eq!(
            periods("The plant, which opened in 2019, employs 400 people."),
            want(&[("400", "")])
        );
        assert_eq!(
            periods("The plant employed 400 people in 2019, which was a record."),
            want(&[("400", "2019")])
        );
    }

    #[test]
    fn a_date_named_as_the_earlier_one_is_no_period() {
        let rows =
            run("Exports fell 6.4% in July from the same month last year, to 3.9 billion euros.");
        let level = rows.iter().find(|r| r.text == "3.9 billion euros").unwrap();
        assert_eq!(level.period, "2016-07", "{rows:?}");
        let rows = run("Sales were 40 million euros, up 3% on a year earlier.");
        let sales = rows.iter().find(|r| r.text == "40 million euros").unwrap();
        assert_eq!(sales.period, "", "{rows:?}");
        // "down almost 5 points from 2021", "as many as five years ago"
        let period = |rows: &[LedgerRow], v: &str| {
            rows.iter().find(|r| r.value == v).unwrap().period.clone()
        };
        let rows = run("Turnout was 47.2%, down almost 5 points from 2021.");
        assert_eq!(period(&rows, "47.2"), "", "{rows:?}");
        let rows = run("The party won 23 seats, twice as many as in 2011.");
        assert_eq!(period(&rows, "23"), "", "{rows:?}");
        // "as early as" is a time, not a comparison
        let rows = run("It could cut 300 jobs as early as next month.");
        assert_eq!(period(&rows, "300"), "2016-10", "{rows:?}");
    }

    #[test]
    fn a_future_event_date_is_not_the_period_of_a_modifier() {
        let periods = |text: &str| -> Vec<(String, String)> {
            run(text)
                .into_iter()
                .filter(|r| r.kind == "figure")
                .map(|r| (r.text, r.period))
                .collect()
        };
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        // figures in a modifier of the subject of a future event
        assert_eq!(
            periods("A suit filed by 800 tenants seeking $40 million is due to be heard in March."),
            [p("800", ""), p("$40 million", "")]
        );
        assert_eq!(
            periods("The school, which has 900 pupils, will close next year."),
            [p("900", "")]
        );
        assert_eq!(
            periods("Output grew 3%, and the agency will publish revised data in June."),
            [p("3%", "")]
        );
        // the subject's own count, or what follows the future verb, keeps it
        assert_eq!(
            periods("Some 2,000 jobs will go in 2017."),
            [p("Some 2,000", "2017")]
        );
        assert_eq!(
            periods("Spending of £3 billion is set to arrive in 2018."),
            [p("£3 billion", "2018")]
        );
        assert_eq!(
            periods("The firm, which employs 600 people, plans to hire 150 more in 2017."),
            [p("600", ""), p("150", "2017")]
        );
    }

    #[test]
    fn a_comparison_base_keeps_its_own_date() {
        let periods = |text: &str| -> Vec<(String, String)> {
            run(text)
                .into_iter()
                .filter(|r| r.kind == "figure")
                .map(|r| (r.text, r.period))
                .collect()
        };
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            periods("Turnout was 67.3 per cent, up from 59.2 per cent in 2015."),
            [p("67.3 per cent", ""), p("59.2 per cent", "2015")]
        );
        assert_eq!(
            periods("Turnout rose to 67.3 per cent in 2016 from 59.2 per cent in 2015."),
            [p("67.3 per cent", "2016"), p("59.2 per cent", "2015")]
        );
        // A change and the level it reached share the level's date.
        assert_eq!(
            periods("The jobless rate rose by 0.1 percentage points to 6.3% in March."),
            [p("0.1 percentage points", "2016-03"), p("6.3%", "2016-03")]
        );
        // "the lowest since 2001" compares; it is no figure's period.
        assert_eq!(
            periods("Turnout was 58%, the lowest since 2001."),
            [p("58%", "")]
        );
        assert_eq!(
            periods("Prices rose 9% in the biggest jump since 1990."),
            [p("9%", "")]
        );
        assert_eq!(
            periods("Spending was 40% above the 2019 level."),
            [p("40%", "")]
        );
        assert_eq!(
            periods("The city got 412 mm of rain, the most since records began in 1869."),
            [p("412 mm", "")]
        );
        assert_eq!(
            periods("Earnings rose 0.4% after a similar gain in November."),
            [p("0.4%", "")]
        );
        assert_eq!(
            periods("Earnings rose 0.4% in December after a 0.3% gain in November."),
            [p("0.4%", "2015-12"), p("0.3%", "2015-11")]
        );
        // A figure in apposition keeps its own date; others do not take it.
        assert_eq!(
            periods(
                "The yield fell to 3.45%, and the bank said inflation, at 2.9% in May, would ease."
            ),
            [p("3.45%", ""), p("2.9%", "2016-05")]
        );
        // A date far on in a long sentence is a later clause's.
        assert_eq!(
            periods(
                "The party won 212 of the 400 seats, handing its leader a clear mandate to \
                 tackle a public debt that has risen in every single quarter since the end of 2012."
            )[0],
            p("212", "")
        );
        assert_eq!(
            periods("Sea levels rose 4.5mm a year, twice the rate seen in the 1990s."),
            [p("4.5mm a year", ""), p("twice", "")]
        );
        // What a figure is compared with is no period of it.
        assert_eq!(
            periods("Footfall was up a fifth on last summer."),
            [p("a fifth", "")]
        );
        assert_eq!(
            periods("Bookings fell 6% compared with 2014."),
            [p("6%", "")]
        );
        assert_eq!(
            periods("Claims rose 11% compared with the same period last year."),
            [p("11%", "")]
        );
        assert_eq!(
            periods("Costs were 8% higher than in February."),
            [p("8%", "")]
        );
        assert_eq!(
            periods("Visitor numbers in 2015 were triple those of 2009."),
            [p("triple", "2015")]
        );
        // "from 1.9% in the previous quarter" is 1.9%'s date, not 2.1%'s.
        assert_eq!(
            periods("Growth picked up to 2.1% from 1.9% in the previous quarter."),
            [p("2.1%", ""), p("1.9%", "2016-Q2")]
        );
        // a compared figure with a change noun keeps the date after it
        assert_eq!(
            periods("Shares fell 4% on Friday, against a 9% gain in 2014."),
            [p("4%", ""), p("9%", "2014")]
        );
        // and takes no date written before it
        assert_eq!(
            periods("The vote share was 44% in 2015, up from 38%."),
            [p("44%", "2015"), p("38%", "")]
        );
        // A compared figure between a figure and a date takes the date;
        // one after "compared with a profit of" takes no earlier date.
        assert_eq!(
            periods("Support slipped to 39% from 45% at the referendum in 2014."),
            [p("39%", ""), p("45%", "2014")]
        );
        assert_eq!(
            periods("It lost $2 billion in 2015, compared with a profit of $1 billion."),
            [p("$2 billion", "2015"), p("$1 billion", "")]
        );
        // ... but a lone "from" figure keeps the sentence's date.
        assert_eq!(
            periods("In 2015, pilgrims from 30 countries came."),
            [p("30", "2015")]
        );
        // A plain "since" is the period of what changed over it.
        assert_eq!(
            periods("Prices have risen 12% since 2021."),
            [p("12%", "2021/")]
        );
    }
}
