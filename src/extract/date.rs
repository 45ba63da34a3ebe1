//! Date claims: absolute dates, dates relative to the document date,
//! durations, sets and times of day, normalized to TIMEX3 values.
//!
//! Each rule is a regex plus a resolver. All rules run over the body; the
//! longest match wins where they overlap; then adjacent dates joined by
//! "to"/"-"/"and" become intervals and a time of day joins the date it
//! belongs to. Without a document date, relative dates get explicit
//! unresolved TIMEX forms (`XXXX-WXX-1` for "Monday", `XXXX-XX-XX` for
//! "yesterday", `XXXX-09-12` for "September 12"): never the wall clock.

use super::gate::{self, Gate, LiteralGate};
use super::text::{Tense, next_word, prev_word, tense_after, tense_before, tense_evidence};
use super::{Ctx, DateOrder, DateStyle, RuleInfo};
use crate::claim::{Claim, Kind};
use crate::normalize::date::duration_seconds;
use crate::normalize::date::{
    add_months, day_number, fmt_date, fmt_month, fmt_week, holiday, month_number, nth_weekday,
    parse_day, season_code, weekday,
};
use crate::normalize::number::{fmt_num, parse_words};
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex::{Captures, Regex};
use std::sync::LazyLock;
use std::sync::atomic::{AtomicUsize, Ordering};

const MONTH: &str = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const WEEKDAY: &str = r"(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)";
const NUMW: &str = r"(?:(?:(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:(?:a|half\s+a|two|three|four|five|six)\s+)?dozen|a\s+hundred|hundred|a\s+few|few|a\s+couple\s+of|couple\s+of|several|some|a|an)(?:\s+and\s+(?:a\s+)?(?:half|quarter))?)";
/// A day of the month: digits with an optional ordinal suffix, or an
/// ordinal in words ("second", "twenty-third", "twenty nine").
const DAYW: &str = r"(?:[0-9]{1,2}(?:st|nd|rd|th)?|(?:twenty|thirty)[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|one|two|three|four|five|six|seven|eight|nine)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)";
/// A year after a day and month: ", 1994", " of 1995", " in 2020", " '87", " of 87".
const YEARSFX: &str = r"(?:(?:\s*,\s*|\s+)(?:(?:of|in)\s+)?(?P<y4>[0-9]{4})(?-u:\b)|\s+of\s+(?P<y2>[0-9][0-9])(?-u:\b)|\s*(?:'|’)(?P<y2a>[0-9][0-9])(?-u:\b)|,?\s+(?P<yw>WORDYEAR)(?-u:\b))";
/// A year read aloud: "nineteen eighty six", "seventeen hundred thirty
/// three", "two thousand and fifteen", "twenty twenty-one".
const WORDYEAR: &str = r"(?:(?:seventeen|eighteen|nineteen|twenty)\s+(?:hundred\s+(?:and\s+)?)?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[\s-](?:one|two|three|four|five|six|seven|eight|nine))|two\s+thousand(?:\s+and)?\s+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))";
const UNIT: &str =
    r"(?:second|minute|hour|day|night|weekend|week|fortnight|month|year|decade|century|centuries)";

/// The date rules, for the registry: their ids, descriptions, examples
/// and counter-examples are data, the `[[rule]]` tables of
/// `rules/builtin/date.toml`.
pub fn rules() -> &'static [RuleInfo] {
    static RULES: LazyLock<Vec<RuleInfo>> =
        LazyLock::new(|| super::rule_infos(include_str!("../../rules/builtin/date.toml"), "date"));
    &RULES
}

type Resolver = fn(&Captures, &Res<'_>) -> Option<(String, &'static str)>;

struct DateRule {
    id: &'static str,
    re: LazyRe,
    resolve: Resolver,
}

/// A rule's pattern, expanded at once and compiled on first use: a run
/// compiles only the rules its text can match (the rule set says which),
/// so a short article starts fast.
struct LazyRe {
    /// The pattern as the rule file writes it, placeholders and all
    /// (expanded when it compiles).
    raw: &'static str,
    re: std::sync::OnceLock<Regex>,
}

impl LazyRe {
    fn get(&self) -> &Regex {
        self.re
            .get_or_init(|| Regex::new(&expand(self.raw)).expect("built-in date regex compiles"))
    }
}

/// The `patterns` of every `[[rule]]` of `rules/builtin/date.toml`, by id.
static PATTERNS: LazyLock<std::collections::HashMap<String, Vec<String>>> = LazyLock::new(|| {
    #[derive(serde::Deserialize)]
    struct File {
        rule: Vec<Entry>,
    }
    #[derive(serde::Deserialize)]
    struct Entry {
        id: String,
        #[serde(default)]
        patterns: Vec<String>,
    }
    let f: File = toml::from_str(RULE_FILE).expect("built-in date rule file parses");
    f.rule.into_iter().map(|e| (e.id, e.patterns)).collect()
});

/// The built-in date rule file, embedded.
const RULE_FILE: &str = include_str!("../../rules/builtin/date.toml");

/// Pattern `k` of rule `id` in the rule file, with its placeholders
/// (MONTH, DAYW...) expanded. The resolver beside it in [`RULE_TABLE`]
/// reads its capture groups, so the two change together.
fn pat(id: &str, k: usize) -> LazyRe {
    let p = PATTERNS
        .get(id)
        .and_then(|ps| ps.get(k))
        .unwrap_or_else(|| panic!("rules/builtin/date.toml: rule {id} has no pattern {k}"));
    LazyRe {
        raw: p,
        re: std::sync::OnceLock::new(),
    }
}

/// 1 to 5 for "first" to "fifth" (or "1st" to "5th"), 0 for anything else
/// ("last"): the week or weekday of a month.
fn first_to_fifth(w: &str) -> u32 {
    match w.to_ascii_lowercase().as_str() {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        "fifth" | "5th" => 5,
        _ => 0,
    }
}

/// A month written short enough to take a dot ("Jan.", "Sept."): the
/// names of three or four letters other than May, June and July.
fn is_month_abbrev(w: &str) -> bool {
    w.len() <= 4 && !matches!(w.to_ascii_lowercase().as_str(), "may" | "june" | "july")
}

/// What a resolver knows: document date, order, the tense at the match.
pub(crate) struct Res<'a> {
    date: Option<NaiveDate>,
    order: DateOrder,
    /// Where the match starts, for the tense (read only by the rules that
    /// need it: most resolve without).
    ctx: &'a Ctx<'a>,
    start: usize,
    after_for: bool,
    tense: std::cell::OnceCell<Option<Tense>>,
}

impl<'a> Res<'a> {
    /// What a rule resolving a match at `start` knows, with `after_for`
    /// ("set for Jan. 18") as given.
    fn at(ctx: &'a Ctx<'a>, start: usize, after_for: bool) -> Res<'a> {
        Res {
            date: ctx.date,
            order: ctx.date_order,
            ctx,
            start,
            after_for,
            tense: std::cell::OnceCell::new(),
        }
    }

    /// The tense at the match: "set sentencing for Jan. 18" is an
    /// appointment ahead; otherwise the clause decides.
    /// With no tense word, a date after "until" is ahead ("the museum
    /// stays open until the end of March"); any other is past.
    fn tense(&self) -> Tense {
        // ("suspended services until at least Thursday": the earliest end
        // is still ahead, whatever the clause's tense)
        if self.until_at_least() {
            return Tense::Future;
        }
        self.tense_shown().unwrap_or_else(|| {
            if self.after_until() {
                Tense::Future
            } else {
                Tense::Past
            }
        })
    }

    /// The match starts with "until" or "till", or follows one (with "the"
    /// between: "until the end of March").
    fn after_until(&self) -> bool {
        let text = self.ctx.text();
        let is_until = |w: &str| w.eq_ignore_ascii_case("until") || w.eq_ignore_ascii_case("till");
        let first = text[self.start..]
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        if is_until(first) {
            return true;
        }
        let w = prev_word(text, self.start);
        if w.eq_ignore_ascii_case("the") {
            let at = super::text::prev_word_start(text, self.start);
            return is_until(prev_word(text, at));
        }
        is_until(w)
    }

    /// A year the sentence states for the dates after it, read before the
    /// match: "In 2019 the race was held on April 3", "the 2027 event,
    /// which moves to April 22-25". Not a year a reporting verb, a
    /// semicolon or another year separates from the match ("Sales in 2025
    /// rose, the company said on March 3"), nor the end of a span ("since
    /// 2019", "2019-20").
    fn stated_year(&self) -> Option<i32> {
        let (sent, sent_start) = self.ctx.sentence_of(self.start);
        let before = sent.get(..self.start.checked_sub(sent_start)?)?;
        let bytes = before.as_bytes();
        let mut found = None;
        let mut i = 0;
        while i + 4 <= bytes.len() {
            let is_year = bytes[i..i + 4].iter().all(u8::is_ascii_digit)
                && matches!(&bytes[i..i + 2], b"19" | b"20")
                && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
                && bytes.get(i + 4).is_some_and(|&b| matches!(b, b' ' | b','));
            if is_year {
                let w = prev_word(before, i).to_ascii_lowercase();
                let w_at = super::text::prev_word_start(before, i);
                // ("higher than in 2024": what is compared with)
                let compared = prev_word(before, w_at).eq_ignore_ascii_case("than");
                // ("the 2027 edition": an event of that year, not "the 2026
                // figure", which is published the year after)
                let event = || {
                    let next = super::text::next_word(before, i + 4).to_ascii_lowercase();
                    matches!(
                        next.as_str(),
                        "edition"
                            | "event"
                            | "race"
                            | "season"
                            | "games"
                            | "olympics"
                            | "election"
                            | "elections"
                            | "final"
                            | "tournament"
                            | "championship"
                            | "championships"
                            | "festival"
                            | "cup"
                            | "summit"
                            | "conference"
                            | "show"
                            | "fair"
                            | "marathon"
                            | "rally"
                            | "tour"
                            | "contest"
                    )
                };
                // (", founded in 1911, made a profit ... to Dec. 31": a
                // year in an aside between commas)
                let aside = before[..i].rfind(',').is_some_and(|c| {
                    let rest = &before[i + 4..];
                    rest.find(',')
                        .is_some_and(|e| rest[..e].split_whitespace().count() <= 1)
                        && before[c..i].split_whitespace().count() <= 4
                });
                let lead = !compared
                    && !aside
                    && (matches!(w.as_str(), "in" | "of" | "during") || w == "the" && event());
                // (a later year with no lead-in voids an earlier one)
                found = before[i..i + 4]
                    .parse::<i32>()
                    .ok()
                    .filter(|_| lead)
                    .map(|y| (i, y));
                i += 4;
                continue;
            }
            i += 1;
        }
        // ("Next year's race will be held on April 10": a year named
        // relative to the document's, as a possessive)
        let mut found = found.map(|(at, y)| (at, at + 4, y));
        if let Some(year) = self.date.map(|d| d.year()) {
            let lower = before.to_ascii_lowercase();
            // (only as the clause's subject: "Entries for next year's race
            // open on Oct. 1" are this year's)
            let opens = |k: usize| {
                matches!(
                    prev_word(&lower, k),
                    "" | "said" | "says" | "that" | "announced" | "confirmed"
                )
            };
            for (phrase, dy) in [
                ("next year's ", 1),
                ("next year\u{2019}s ", 1),
                ("last year's ", -1),
                ("last year\u{2019}s ", -1),
            ] {
                if let Some(k) = lower.rfind(phrase)
                    && found.is_none_or(|(at, _, _)| k > at)
                    && opens(k)
                {
                    found = Some((k, k + phrase.len(), year + dy));
                }
            }
        }
        let (_, at_end, y) = found?;
        let between = before[at_end..].to_ascii_lowercase();
        let cue = between.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
            matches!(
                w,
                "said" | "says" | "say" | "announced" | "reported" | "told" | "added" | "since"
            )
        });
        // (nor one in a clause of its own: "last met in 2015, and ... up
        // from 1,870 in July")
        let new_clause = [", and ", ", but ", ", while ", ", although ", ", as ", ";"]
            .iter()
            .any(|c| between.contains(c));
        (!cue && !new_clause && between.len() <= 100).then_some(y)
    }

    /// The match follows "until at least" ("until at least Thursday").
    fn until_at_least(&self) -> bool {
        let text = self.ctx.text();
        if !prev_word(text, self.start).eq_ignore_ascii_case("least") {
            return false;
        }
        let at = super::text::prev_word_start(text, self.start);
        let at2 = super::text::prev_word_start(text, at);
        prev_word(text, at).eq_ignore_ascii_case("at")
            && matches!(
                prev_word(text, at2).to_ascii_lowercase().as_str(),
                "until" | "till"
            )
    }

    /// The date opens a past clause: no tense word before it, a past one
    /// after ("On March 3, 40 trains were cancelled"), unlike a date after
    /// a past reporting verb ("announced walkouts on March 10").
    fn opens_past_clause(&self) -> bool {
        let (sent_text, sent_start) = self.ctx.sentence_of(self.start);
        let pos = self.start - sent_start;
        !self.after_for
            && tense_before(sent_text, pos).is_none()
            && tense_after(sent_text, pos) == Some(Tense::Past)
    }

    /// The tense the words show, if they show one.
    fn tense_shown(&self) -> Option<Tense> {
        *self.tense.get_or_init(|| {
            if self.after_for {
                return Some(Tense::Future);
            }
            let (sent_text, sent_start) = self.ctx.sentence_of(self.start);
            tense_evidence(sent_text, self.start - sent_start)
        })
    }
}

fn expand(p: &str) -> String {
    PLACEHOLDERS
        .iter()
        .fold(p.to_string(), |s, (name, re)| s.replace(name, re))
}

fn re(p: &str) -> Regex {
    Regex::new(&expand(p)).expect("built-in date regex compiles")
}

/// The per-paragraph prefilter over every rule's pattern (see
/// [`super::gate`]): built from the rule file's patterns with their
/// placeholders, compiled on two threads, once a run has read
/// [`LITERAL_GATE_BYTES`] of text.
static RULE_SET: std::sync::OnceLock<Gate> = std::sync::OnceLock::new();

fn rule_set() -> Gate {
    with_gate_input(|templates, placeholders| Gate::new(templates, placeholders, 2))
}

/// The prefilter a run uses first (see [`LiteralGate`]): quick to build
/// from the required words kept in [`GATE_FILE`].
static LITERAL_SET: LazyLock<LiteralGate> = LazyLock::new(|| {
    with_gate_input(|templates, placeholders| {
        let required = kept_requirements(templates, placeholders)
            .unwrap_or_else(|| gate::requirements(templates, placeholders));
        LiteralGate::new(templates, placeholders, &required)
    })
});

/// Each date rule's required words ([`gate::requirements`]), worked out
/// ahead: working them out parses every rule, most of what a one-line
/// run would cost. A test keeps the file current
/// (`CLAIMCHECK_UPDATE_GATE=1 cargo test gate_words` rewrites it).
const GATE_FILE: &str = include_str!("../../rules/builtin/date-gate.json");

/// The contents of [`GATE_FILE`].
#[derive(serde::Serialize, serde::Deserialize)]
struct KeptWords {
    fingerprint: String,
    requirements: gate::Requirements,
}

/// The requirements [`GATE_FILE`] keeps, if they were worked out from
/// these very patterns (else the rules changed and the file is stale).
fn kept_requirements(
    templates: &[&str],
    placeholders: &[(&str, &str)],
) -> Option<gate::Requirements> {
    let kept: KeptWords = serde_json::from_str(GATE_FILE).ok()?;
    let current = format!("{:016x}", gate::fingerprint(templates, placeholders));
    (kept.fingerprint == current && kept.requirements.len() == templates.len())
        .then_some(kept.requirements)
}

/// Bytes of paragraphs a run of unknown size (standard input, or a
/// library caller that gave no [`expect_bytes`]) gates with
/// [`LITERAL_SET`] before it builds [`RULE_SET`].
const LITERAL_GATE_BYTES: usize = 32 * 1024;

/// Runs up to this size use [`LITERAL_SET`] throughout. [`RULE_SET`]
/// scans faster, but building it and filling its lazy automaton costs
/// about what [`LITERAL_SET`]'s slower scan costs over ~300 KB of news
/// (`valgrind --tool=callgrind`, BENCHMARKS.md).
const SMALL_RUN_BYTES: usize = 256 * 1024;

/// Bytes gated so far by [`LITERAL_SET`], across threads.
static LITERAL_GATED: AtomicUsize = AtomicUsize::new(0);

/// The size of the run's text, if known ([`expect_bytes`]).
static EXPECTED_BYTES: AtomicUsize = AtomicUsize::new(usize::MAX);

/// Tell the date rules how many bytes of text the run will read (`None`:
/// unknown), so that they choose their prefilter: a short run does not
/// pay for the large one. Only speed depends on it, never a claim.
pub fn expect_bytes(total: Option<u64>) {
    let n = match total {
        None => usize::MAX,
        Some(n) => usize::try_from(n).unwrap_or(usize::MAX).min(usize::MAX - 1),
    };
    EXPECTED_BYTES.store(n, Ordering::Relaxed);
}

/// Whether to gate `len` more bytes with [`LITERAL_SET`].
fn literal_gate_for(len: usize) -> bool {
    match EXPECTED_BYTES.load(Ordering::Relaxed) {
        usize::MAX => LITERAL_GATED.fetch_add(len, Ordering::Relaxed) < LITERAL_GATE_BYTES,
        expected => expected <= SMALL_RUN_BYTES,
    }
}

/// `f` of each rule's pattern as the rule file writes it and the
/// placeholders expanded: what both gates are built from.
fn with_gate_input<R>(f: impl FnOnce(&[&str], &[(&str, &str)]) -> R) -> R {
    let templates: Vec<&str> = RULE_TABLE.iter().map(|r| r.re.raw).collect();
    let expanded: Vec<(&str, String)> = PLACEHOLDERS
        .iter()
        .map(|&(name, re)| (name, expand(re)))
        .collect();
    let placeholders: Vec<(&str, &str)> = expanded.iter().map(|(n, r)| (*n, r.as_str())).collect();
    f(&templates, &placeholders)
}

/// The names a rule pattern may use for the shared alternations, and what
/// they stand for (see [`expand`]).
const PLACEHOLDERS: [(&str, &str); 7] = [
    ("MONTH", MONTH),
    ("WEEKDAY", WEEKDAY),
    ("NUMW", NUMW),
    ("UNIT", UNIT),
    ("DAYW", DAYW),
    ("YEARSFX", YEARSFX),
    ("WORDYEAR", WORDYEAR),
];

thread_local! {
    static RULE_SET_CACHE: std::cell::RefCell<Vec<regex_automata::hybrid::dfa::Cache>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The rules that can match somewhere in `hay`, by their index in
/// [`RULE_TABLE`].
fn rules_matching(hay: &str) -> regex_automata::PatternSet {
    let gate = match RULE_SET.get() {
        Some(g) => g,
        None if literal_gate_for(hay.len()) => return LITERAL_SET.matching(hay),
        None => RULE_SET.get_or_init(rule_set),
    };
    RULE_SET_CACHE.with(|c| {
        let mut caches = c.borrow_mut();
        if caches.is_empty() {
            *caches = gate.caches();
        }
        gate.matching(hay, &mut caches)
    })
}

static RULE_TABLE: LazyLock<Vec<DateRule>> = LazyLock::new(|| {
    vec![
        DateRule {
            // "November 18-19", "Sept. 12 to 14, 2016", "April 9th through 17th"
            id: "date.interval",
            re: pat("date.interval", 0),
            resolve: |c, r| {
                let numeric = c[2].starts_with(|ch: char| ch.is_ascii_digit());
                if !month_ok(&c[1], numeric) || and_without_between(c, 2, 3) {
                    return None;
                }
                day_range(r, month_number(&c[1])?, &c[2], &c[3], year_of(c, r))
            },
        },
        DateRule {
            // "18-19 November", "between 3 and 12 of Sept", "from the ninth till the seventeenth of April"
            id: "date.interval",
            re: pat("date.interval", 1),
            resolve: |c, r| {
                let numeric = c[1].starts_with(|ch: char| ch.is_ascii_digit());
                if !month_ok(&c[4], numeric || c.get(3).is_some()) || and_without_between(c, 1, 2) {
                    return None;
                }
                day_range(r, month_number(&c[4])?, &c[1], &c[2], year_of(c, r))
            },
        },
        DateRule {
            // "2014-2018", "2014~2018", "from 2014 to 2018", "2023-24"
            id: "date.interval",
            re: pat("date.interval", 2),
            resolve: |c, _| {
                let y1: i32 = num(c, 2)?;
                let mut y2: i32 = num(c, 4)?;
                let sep = c[3].to_ascii_lowercase();
                if sep == "and" && c.get(1).is_none() {
                    return None;
                }
                if c[4].len() == 2 {
                    if !matches!(sep.as_str(), "-" | "–" | "/") {
                        return None;
                    }
                    y2 += y1 / 100 * 100;
                }
                (y2 > y1 && y2 - y1 <= 100).then(|| (format!("{y1}/{y2}"), "date"))
            },
        },
        DateRule {
            id: "date.iso",
            re: pat("date.iso", 0),
            resolve: |c, _| {
                let d = ymd(num(c, 1)?, num(c, 2)?, num(c, 3)?)?;
                match (c.get(4), c.get(5)) {
                    (Some(h), Some(m)) => Some((
                        format!("{}T{}:{}", fmt_date(d), h.as_str(), m.as_str()),
                        "time",
                    )),
                    _ => Some((fmt_date(d), "date")),
                }
            },
        },
        DateRule {
            id: "date.numeric",
            re: pat("date.numeric", 0),
            resolve: |c, r| {
                if c[2] != c[4] {
                    return None;
                }
                let (a, b) = (num(c, 1)?, num(c, 3)?);
                let mut y = num(c, 5)?;
                if c[5].len() == 2 {
                    y = full_year(y, r.date);
                }
                let d = match r.order {
                    DateOrder::Mdy => ymd(y, a, b).or_else(|| ymd(y, b, a).filter(|_| a > 12)),
                    DateOrder::Dmy => ymd(y, b, a).or_else(|| ymd(y, a, b).filter(|_| b > 12)),
                }?;
                Some((fmt_date(d), "date"))
            },
        },
        DateRule {
            id: "date.month_day",
            re: pat("date.month_day", 0),
            resolve: |c, r| {
                let m = month_number(&c[2])?;
                let numeric = c[3].starts_with(|ch: char| ch.is_ascii_digit());
                if !month_ok(&c[2], numeric) {
                    return None;
                }
                // "for October, 1st": a comma before a day written as an
                // ordinal; "in October, 12 people died" is a count
                let (m_end, d_start) = (c.get(2)?.end(), c.get(3)?.start());
                let comma =
                    c[0][m_end - c.get(0)?.start()..d_start - c.get(0)?.start()].contains(',');
                if comma && !c[3].to_ascii_lowercase().ends_with(['t', 'd', 'h']) {
                    return None;
                }
                let d = day_number(&c[3])?;
                month_day(r, m, d, year_of(c, r))
            },
        },
        DateRule {
            id: "date.day_month",
            re: pat("date.day_month", 0),
            resolve: |c, r| {
                let m = month_number(&c[4])?;
                let numeric = c[2].starts_with(|ch: char| ch.is_ascii_digit());
                // "the second march": a word needs "of" or an unambiguous month.
                if !numeric && c.get(3).is_none() && !month_ok(&c[4], false) {
                    return None;
                }
                let d = day_number(&c[2])?;
                let y = year_of(c, r).or_else(|| c.name("y4b")?.as_str().parse().ok());
                month_day(r, m, d, y)
            },
        },
        DateRule {
            id: "date.month_year",
            re: pat("date.month_year", 0),
            resolve: |c, r| {
                let (mw, y) = match (c.get(1), c.get(3)) {
                    (Some(mw), _) => (mw.as_str(), num(c, 2)?),
                    (None, Some(mw)) => {
                        let y: i32 = num(c, 4)?;
                        (mw.as_str(), full_year(y, r.date))
                    }
                    _ => return None,
                };
                if !month_ok(mw, true) {
                    return None;
                }
                let m = month_number(mw)?;
                ((1000..3000).contains(&y)).then(|| (fmt_month(y, m), "date"))
            },
        },
        DateRule {
            id: "date.month",
            re: pat("date.month", 0),
            resolve: |c, r| {
                let mw = c.name("mon")?.as_str();
                let word = mw.trim_end_matches('.');
                // After a preposition, "early/mid/late" or "(the) end of" a
                // capitalized "May" is the month ("to May", "late May", "the
                // beginning of May").
                let part = c.name("rel").map(|x| x.as_str().to_ascii_lowercase());
                let part = part
                    .as_deref()
                    .filter(|p| matches!(*p, "early" | "mid" | "late"));
                let attached = (c.name("prep").is_some()
                    || c.name("rel").is_some()
                    || c.name("mlist").is_some())
                    && mw.starts_with(char::is_uppercase);
                if word.len() < 3 || !month_ok(mw, attached) {
                    return None;
                }
                if (c.name("det").is_some() || c.name("bare").is_some())
                    && !month_as_noun(r.ctx.text(), r.start, mw, c.name("det").is_some())
                {
                    return None;
                }
                let text = r.ctx.text();
                // (where the month word ends: a rule may start the match
                // before it)
                let mw_end = || Some(r.start + text.get(r.start..)?.find(mw)? + mw.len());
                // "over October, November and December": after a comma,
                // only a month between months of a list
                if c.name("mlist").is_some() {
                    let lead = text[..r.start].trim_end();
                    let before = prev_word(lead, lead.len().saturating_sub(1));
                    let is_month = |w: &str| {
                        w.starts_with(char::is_uppercase)
                            && w.trim_end_matches('.').len() >= 3
                            && month_number(w.trim_end_matches('.')).is_some()
                    };
                    let rest = text[mw_end()?..].trim_start_matches('.');
                    let rest = rest
                        .strip_prefix(", ")
                        .or_else(|| rest.strip_prefix(" and "))
                        .or_else(|| rest.strip_prefix(", and "))
                        .or_else(|| rest.strip_prefix(" or "))
                        .unwrap_or("");
                    let next = rest
                        .split(|ch: char| !ch.is_alphabetic())
                        .next()
                        .unwrap_or("");
                    if !(is_month(mw) && is_month(before) && is_month(next)) {
                        return None;
                    }
                }
                // "figures for March"; not "voted for May", "a gift for
                // April Jones": a person
                if c.name("prep")
                    .is_some_and(|p| p.as_str().eq_ignore_ascii_case("for"))
                {
                    let end = mw_end()?;
                    if word.eq_ignore_ascii_case("may")
                        || c.name("y4").is_none()
                            && super::text::next_word(text, end).starts_with(char::is_uppercase)
                    {
                        return None;
                    }
                }
                let m = month_number(word)?;
                // "late June 2009", "the end of March 2011": the year stated.
                // ("in March 2024" is date.month_year's claim.)
                let stated = c.name("y4").and_then(|y| y.as_str().parse::<i32>().ok());
                if stated.is_some() && c.name("rel").is_none() {
                    return None;
                }
                let since = c
                    .name("prep")
                    .is_some_and(|p| p.as_str().eq_ignore_ascii_case("since"));
                let y = match (stated, r.date) {
                    (Some(y), _) => y,
                    (None, None) => return Some((format!("XXXX-{m:02}"), "date")),
                    // "the lowest since March", written in March: last
                    // year's (a span from this month's start says nothing)
                    (None, Some(doc)) if since && m == doc.month() && part.is_none() => {
                        doc.year() - 1
                    }
                    (None, Some(doc)) => month_year_from(c, r, doc, m),
                };
                // "early March" is its first half, "mid-March" the 10th to
                // the 20th, "late March" its second half.
                if let Some(p) = part {
                    let first = ymd(y, m, 1)?;
                    let last = add_months(first, 1) - Duration::days(1);
                    let (s, e) = match p {
                        "early" => (first, ymd(y, m, 15)?),
                        "mid" => (ymd(y, m, 10)?, ymd(y, m, 20)?),
                        _ => (ymd(y, m, 16)?, last),
                    };
                    return Some((format!("{}/{}", fmt_date(s), fmt_date(e)), "date"));
                }
                Some((fmt_month(y, m), "date"))
            },
        },
        DateRule {
            id: "date.part_of_year",
            re: pat("date.part_of_year", 0),
            resolve: |c, _| Some((c[2].to_string(), "date")),
        },
        DateRule {
            id: "date.decade",
            re: pat("date.decade", 0),
            resolve: |c, _| {
                if let Some(d) = c.get(3) {
                    let d: u32 = d.as_str().parse().ok()?;
                    let century = if d >= 3 { "19" } else { "20" };
                    return Some((format!("{century}{d}"), "date"));
                }
                Some((format!("{}{}", &c[1], &c[2]), "date"))
            },
        },
        DateRule {
            // "next quarter", "this quarter", "the previous quarter"
            id: "date.quarter",
            re: pat("date.quarter", 0),
            resolve: |c, r| {
                let off = match c[1].to_ascii_lowercase().as_str() {
                    "previous" | "past" => -1,
                    "this" | "current" => 0,
                    _ => 1,
                };
                relative_quarter(r, off)
            },
        },
        DateRule {
            // "the 21st century", "the nineteenth century"
            id: "date.decade",
            re: pat("date.decade", 1),
            resolve: |c, _| {
                let n = day_number(&c[1])?;
                (1..=30)
                    .contains(&n)
                    .then(|| (format!("{:02}", n - 1), "date"))
            },
        },
        DateRule {
            // "the nineties", "the early eighties"
            id: "date.decade",
            re: pat("date.decade", 2),
            resolve: |c, _| {
                let d = match c[1].to_ascii_lowercase().as_str() {
                    "twenties" => 2,
                    "thirties" => 3,
                    "forties" => 4,
                    "fifties" => 5,
                    "sixties" => 6,
                    "seventies" => 7,
                    "eighties" => 8,
                    _ => 9,
                };
                Some((format!("19{d}"), "date"))
            },
        },
        DateRule {
            id: "date.holiday",
            re: pat("date.holiday", 0),
            resolve: |c, r| {
                let name = c[1].to_ascii_lowercase();
                let year: Option<i32> = match (c.get(2), c.get(3)) {
                    (Some(y), _) => y.as_str().parse().ok(),
                    (None, Some(rel)) => r.date.map(|d| {
                        d.year()
                            + match rel.as_str().to_ascii_lowercase().as_str() {
                                "next" => 1,
                                "last" => -1,
                                _ => 0,
                            }
                    }),
                    _ => None,
                };
                if let Some(y) = year {
                    return Some((fmt_date(holiday(&name, y)?), "date"));
                }
                let Some(doc) = r.date else {
                    let d = holiday(&name, 2016)?;
                    let fixed = holiday(&name, 2017)?.format("%m-%d").to_string()
                        == d.format("%m-%d").to_string();
                    return Some((
                        if fixed {
                            format!("XXXX-{}", d.format("%m-%d"))
                        } else {
                            "XXXX-XX-XX".to_string()
                        },
                        "date",
                    ));
                };
                let this = holiday(&name, doc.year())?;
                let d = match r.tense() {
                    Tense::Past if this > doc => holiday(&name, doc.year() - 1)?,
                    Tense::Future if this < doc => holiday(&name, doc.year() + 1)?,
                    _ => this,
                };
                Some((fmt_date(d), "date"))
            },
        },
        DateRule {
            // "the first week of 2015", "the last week of July", "3rd week of next month"
            id: "date.week",
            re: pat("date.week", 0),
            resolve: |c, r| {
                let n = first_to_fifth(&c[1]);
                let (first, last) = if let Some(y) = c.name("yr") {
                    let y: i32 = y.as_str().parse().ok()?;
                    (ymd(y, 1, 1)?, ymd(y, 12, 31)?)
                } else {
                    let doc = r.date?;
                    let (y, m) = if let Some(mw) = c.name("mon") {
                        let m = month_number(mw.as_str())?;
                        if !month_ok(mw.as_str(), true) {
                            return None;
                        }
                        let y = match c.name("my") {
                            Some(y) => y.as_str().parse().ok()?,
                            None => year_by_tense(doc.year(), r.tense(), m, doc.month()),
                        };
                        (y, Some(m))
                    } else {
                        let rel = c.name("rel")?.as_str().to_ascii_lowercase();
                        let off = if rel.ends_with("next") || rel.ends_with("following") {
                            1
                        } else if rel == "this" {
                            0
                        } else {
                            -1
                        };
                        if c.name("unit")?.as_str().eq_ignore_ascii_case("year") {
                            (doc.year() + off, None)
                        } else {
                            let d = add_months(doc, off);
                            (d.year(), Some(d.month()))
                        }
                    };
                    match m {
                        Some(m) => (
                            ymd(y, m, 1)?,
                            add_months(ymd(y, m, 1)?, 1) - Duration::days(1),
                        ),
                        None => (ymd(y, 1, 1)?, ymd(y, 12, 31)?),
                    }
                };
                // A week belongs to the month or year holding its Thursday
                // (the ISO rule): week 1 holds the first Thursday.
                let thu = Weekday::Thu.num_days_from_monday() as i64;
                let d = if n == 0 {
                    last - Duration::days(
                        (last.weekday().num_days_from_monday() as i64 - thu).rem_euclid(7),
                    )
                } else {
                    first
                        + Duration::days(
                            (thu - first.weekday().num_days_from_monday() as i64).rem_euclid(7),
                        )
                        + Duration::weeks(i64::from(n) - 1)
                };
                Some((fmt_week(d), "date"))
            },
        },
        DateRule {
            // "week 31", "week 3 of 2027", "week 27 of last year"
            id: "date.week",
            re: pat("date.week", 1),
            resolve: |c, r| {
                let w: u32 = num(c, 1)?;
                let y: i32 = match (c.get(2), c.get(3)) {
                    (Some(y), _) => y.as_str().parse().ok()?,
                    (None, Some(rel)) => {
                        r.date?.year()
                            + match rel.as_str().to_ascii_lowercase().as_str() {
                                "next" => 1,
                                "last" => -1,
                                _ => 0,
                            }
                    }
                    _ => r.date?.year(),
                };
                NaiveDate::from_isoywd_opt(y, w, Weekday::Mon)?;
                Some((format!("{y:04}-W{w:02}"), "date"))
            },
        },
        DateRule {
            // "fiscal year 2008", "FY2023/24", "the 2023-24 financial year", "school year 2008"
            id: "date.fiscal_year",
            re: pat("date.fiscal_year", 0),
            resolve: |c, r| {
                let kind = c
                    .name("kind")
                    .or_else(|| c.name("fy"))
                    .or_else(|| c.name("kindb"))?
                    .as_str()
                    .to_ascii_lowercase();
                let prefix = if matches!(kind.as_str(), "school" | "academic" | "sy") {
                    "SY"
                } else {
                    "FY"
                };
                if kind == "sy" && !c[0].contains("SY") && !c[0].contains("sy ") {
                    return None;
                }
                let y1 = c.name("y1").or_else(|| c.name("y1b"))?.as_str();
                let full = |y: &str, base: i32| -> Option<i32> {
                    let v: i32 = y.parse().ok()?;
                    Some(if y.len() == 2 {
                        base / 100 * 100 + v
                    } else {
                        v
                    })
                };
                let start = full(y1, 2000)?;
                let end = match c.name("y2").or_else(|| c.name("y2b")) {
                    Some(y2) => {
                        let e = full(y2.as_str(), start)?;
                        (e == start + 1).then_some(e)?
                    }
                    None => start,
                };
                if !(1900..2200).contains(&end) {
                    return None;
                }
                // ("fiscal 2026" at a fund whose financial year runs to June
                // 30: the year that ends then, July 2025 to June 2026)
                if prefix == "FY" && r.ctx.fiscal_start().is_some_and(|m| m != 1) {
                    return Some((format!("{}/{end}", end - 1), "date"));
                }
                Some((format!("{prefix}{end}"), "date"))
            },
        },
        DateRule {
            // "full-year profit", "its full-year forecast"
            id: "date.full_year",
            re: pat("date.full_year", 0),
            resolve: full_year_of,
        },
        DateRule {
            // "year to date", "the year to date" ("the year to March 2024" is
            // date.span_to's: see `spans_to`)
            id: "date.interval",
            re: pat("date.interval", 3),
            resolve: |_, r| {
                let doc = r.date?;
                Some((format!("{}-01-01/{}", doc.year(), fmt_date(doc)), "date"))
            },
        },
        DateRule {
            // "on the 18th", "by the 4th": a day of the current month
            id: "date.day_of_month",
            re: pat("date.day_of_month", 0),
            resolve: |c, r| {
                let d = day_number(&c[2])?;
                // "a premium on the first £1 million": the first of an
                // amount, not a day
                let text = r.ctx.text();
                let end = r.start + text.get(r.start..)?.find(&c[2])? + c[2].len();
                if text[end..]
                    .trim_start_matches([' ', '\u{a0}'])
                    .starts_with(|ch: char| ch.is_ascii_digit() || "$£€¥₹".contains(ch))
                {
                    return None;
                }
                // "on the fifth and final day", "on the third attempt": an
                // ordinal of something else
                let next = next_word(text, end);
                let after_and = match next {
                    "and" | "or" => next_word(text, end + text[end..].find(next)? + next.len()),
                    _ => "",
                };
                if (next.bytes().all(|b| b.is_ascii_lowercase())
                    && !next.is_empty()
                    && !matches!(
                        next,
                        "of" | "at"
                            | "in"
                            | "on"
                            | "when"
                            | "as"
                            | "after"
                            | "before"
                            | "until"
                            | "by"
                            | "to"
                            | "from"
                            | "and"
                            | "or"
                            | "but"
                            | "with"
                            | "for"
                            | "so"
                            | "this"
                            | "next"
                            | "last"
                            | "because"
                            | "while"
                            | "if"
                    ))
                    || matches!(after_and, "final" | "last" | "deciding" | "concluding")
                {
                    return None;
                }
                let Some(doc) = r.date else {
                    return Some((format!("XXXX-XX-{d:02}"), "date"));
                };
                let this = ymd(doc.year(), doc.month(), d);
                let x = match (this, r.tense()) {
                    (Some(x), Tense::Past) if x > doc => {
                        let p = add_months(doc, -1);
                        ymd(p.year(), p.month(), d)?
                    }
                    (Some(x), Tense::Future) if x < doc => {
                        let n = add_months(doc, 1);
                        ymd(n.year(), n.month(), d)?
                    }
                    (Some(x), _) => x,
                    (None, _) => return None,
                };
                Some((fmt_date(x), "date"))
            },
        },
        DateRule {
            id: "date.season",
            re: pat("date.season", 0),
            resolve: |c, r| {
                let code = season_code(&c[2])?;
                if let Some(y) = c.get(3) {
                    return Some((format!("{}-{code}", y.as_str()), "date"));
                }
                let Some(rel) = c.get(1).map(|m| m.as_str().to_ascii_lowercase()) else {
                    return the_season(r, code, r.start + c[0].len());
                };
                let Some(doc) = r.date else {
                    return Some((format!("XXXX-{code}"), "date"));
                };
                // (a winter is the year of its December: in January 2026
                // "this winter" is 2025-WI, in May "next winter" 2026-WI;
                // in March the winter is the one just ending, as it is
                // until the equinox)
                let (m, y0) = (doc.month(), doc.year());
                let y = match (rel.as_str(), code) {
                    ("last", "WI") if m <= 3 => y0 - 2,
                    ("this", "WI") if m <= 3 => y0 - 1,
                    ("next", "WI") if m != 12 => y0,
                    ("last", _) => y0 - 1,
                    ("next", _) => y0 + 1,
                    ("this", _) => y0,
                    _ => return None,
                };
                Some((format!("{y}-{code}"), "date"))
            },
        },
        DateRule {
            id: "date.quarter",
            re: pat("date.quarter", 1),
            resolve: |c, r| {
                if let (Some(q), Some(y)) = (c.get(1), c.get(2)) {
                    return Some((format!("{}-Q{}", y.as_str(), q.as_str()), "date"));
                }
                if let (Some(y), Some(q)) = (c.get(3), c.get(4)) {
                    return Some((format!("{}-Q{}", y.as_str(), q.as_str()), "date"));
                }
                if let (Some(h), Some(y)) = (c.get(7), c.get(8)) {
                    let n = if h.as_str().eq_ignore_ascii_case("first") {
                        1
                    } else {
                        2
                    };
                    return Some((format!("{}-H{n}", y.as_str()), "date"));
                }
                if let Some(h) = c.name("half") {
                    return half_of_doc_year(r, h.as_str());
                }
                let word = c.get(5)?.as_str().to_ascii_lowercase();
                if word == "last"
                    && c.get(6).is_none()
                    && !c[0].to_ascii_lowercase().ends_with("year")
                {
                    // "last quarter": the quarter before the current one.
                    return relative_quarter(r, -1);
                }
                let q = match word.as_str() {
                    "first" | "1st" => 1,
                    "second" | "2nd" => 2,
                    "third" | "3rd" => 3,
                    _ => 4,
                };
                if let Some(y) = c.get(6) {
                    return Some((format!("{}-Q{q}", y.as_str()), "date"));
                }
                // ("third-quarter revenue" reports a quarter: no tense moves it
                // ahead)
                quarter_of_doc_year(r, q, c[0].contains('-'))
            },
        },
        DateRule {
            // "the first three months of 2024", "the last two weeks of May",
            // "the second half of the year", "the first quarter of last year"
            id: "date.span_of",
            re: pat("date.span_of", 0),
            resolve: span_of,
        },
        DateRule {
            id: "date.weekday",
            re: pat("date.weekday", 0),
            resolve: |c, r| {
                let word = c[2].to_string();
                // Short forms only capitalized ("Sun" the star, "sat" the verb).
                let full = word.to_ascii_lowercase().ends_with("day");
                if !full && !word.starts_with(char::is_uppercase) {
                    return None;
                }
                if !full
                    && matches!(word.as_str(), "Sun" | "Sat" | "Wed" | "Mon")
                    && c.get(1).is_none()
                    && !in_weekday_list(r.ctx.text(), r.start, r.start + c[0].len())
                {
                    return None;
                }
                let wd = weekday(&word)?;
                let rel = c.get(1).map(|x| x.as_str().to_ascii_lowercase());
                if rel.is_none() && any_weekday(r.ctx.text(), r.start) {
                    return None;
                }
                let Some(doc) = r.date else {
                    return Some((format!("XXXX-WXX-{}", wd.number_from_monday()), "date"));
                };
                let d = resolve_weekday(doc, wd, rel.as_deref(), r.tense());
                Some((fmt_date(d), "date"))
            },
        },
        DateRule {
            // "next week Wednesday", "previous week - Monday", "this week on Tuesday"
            id: "date.weekday",
            re: pat("date.weekday", 1),
            resolve: |c, r| week_weekday(r, &c[1], &c[2]),
        },
        DateRule {
            // "Wednesday next week", "tuesday of last week", "monday of the following week"
            id: "date.weekday",
            re: pat("date.weekday", 2),
            resolve: |c, r| week_weekday(r, &c[2], &c[1]),
        },
        DateRule {
            // "Sunday 31", "Tue 13th", "friday the 26th", "wednesday the thirty first"
            id: "date.weekday",
            re: pat("date.weekday", 3),
            resolve: |c, r| {
                let wd = weekday(&c[1])?;
                let d = day_number(&c[2])?;
                let Some(doc) = r.date else {
                    return Some((format!("XXXX-XX-{d:02}"), "date"));
                };
                Some((fmt_date(weekday_on_day(doc, wd, d, r.tense())?), "date"))
            },
        },
        DateRule {
            // "friday 5/12", "this Friday 7.6", "thursday 29/03"
            id: "date.weekday",
            re: pat("date.weekday", 4),
            resolve: |c, r| {
                weekday(&c[1])?;
                let (a, b): (u32, u32) = (num(c, 2)?, num(c, 4)?);
                let (m, d) = match r.order {
                    DateOrder::Mdy if a <= 12 => (a, b),
                    DateOrder::Dmy if b > 12 => (a, b),
                    DateOrder::Dmy => (b, a),
                    DateOrder::Mdy => (b, a),
                };
                month_day(r, m, d, None)
            },
        },
        DateRule {
            id: "date.relative_day",
            re: pat("date.relative_day", 0),
            resolve: |c, r| {
                let w = c[1].to_ascii_lowercase();
                let off = if w.starts_with("the day before") {
                    -2
                } else if w.starts_with("the day after") {
                    2
                } else {
                    match w.as_str() {
                        "yesterday" => -1,
                        "tomorrow" => 1,
                        _ => 0,
                    }
                };
                let Some(doc) = r.date else {
                    return Some(("XXXX-XX-XX".to_string(), "date"));
                };
                Some((fmt_date(doc + Duration::days(off)), "date"))
            },
        },
        DateRule {
            id: "date.relative_unit",
            re: pat("date.relative_unit", 0),
            resolve: |c, r| {
                if let Some(u) = c.get(3) {
                    // "the week after next": two on from this one.
                    let u = u.as_str().to_ascii_lowercase();
                    let doc = r.date?;
                    let d = step_unit(doc, &u, 2);
                    return Some((
                        match u.as_str() {
                            "week" => fmt_week(d),
                            "month" => fmt_month(d.year(), d.month()),
                            _ => format!("{:04}", d.year()),
                        },
                        "date",
                    ));
                }
                let rel = c[1].to_ascii_lowercase();
                let rel = rel.split_whitespace().collect::<Vec<_>>().join(" ");
                let unit = c[2].to_ascii_lowercase();
                // "the following week" names a week after another date
                // (date.anaphoric); "over the following week" is a length.
                if matches!(rel.as_str(), "the previous" | "the following")
                    && unit != "weekend"
                    && unit != "decade"
                    && !span_word_before(r)
                {
                    return None;
                }
                if matches!(
                    rel.as_str(),
                    "the past" | "the previous" | "the coming" | "the following"
                ) {
                    // "over the past year": a duration back from now.
                    let v = match unit.as_str() {
                        "week" => "P1W",
                        "fortnight" => "P2W",
                        "weekend" => return None,
                        "month" => "P1M",
                        "year" => "P1Y",
                        _ => "P10Y",
                    };
                    return Some((v.to_string(), "duration"));
                }
                let off: i32 = if rel.ends_with("last") {
                    -1
                } else if rel.ends_with("next") {
                    1
                } else {
                    0
                };
                if unit == "fortnight" && off == 0 {
                    return None;
                }
                let Some(doc) = r.date else {
                    let v = match unit.as_str() {
                        "week" | "weekend" => "XXXX-WXX",
                        "fortnight" => "XXXX-WXX/XXXX-WXX",
                        "month" => "XXXX-XX",
                        "year" => "XXXX",
                        _ => "XXX",
                    };
                    return Some((v.to_string(), "date"));
                };
                let v = match unit.as_str() {
                    "week" => fmt_week(doc + Duration::weeks(off as i64)),
                    "weekend" => format!("{}-WE", fmt_week(doc + Duration::weeks(off as i64))),
                    // Fortnights count from this week: this one and the
                    // next make this fortnight, so the next fortnight is two
                    // and three weeks on, the last one two and one back.
                    "fortnight" => {
                        let (a, b) = if off < 0 { (-2, -1) } else { (2, 3) };
                        format!(
                            "{}/{}",
                            fmt_week(doc + Duration::weeks(a)),
                            fmt_week(doc + Duration::weeks(b))
                        )
                    }
                    "month" => {
                        let d = add_months(doc, off);
                        fmt_month(d.year(), d.month())
                    }
                    "year" => format!("{:04}", doc.year() + off),
                    _ => format!("{:03}", (doc.year() + 10 * off) / 10),
                };
                Some((v, "date"))
            },
        },
        DateRule {
            id: "date.ago",
            re: pat("date.ago", 0),
            resolve: |c, r| {
                if !c[3].eq_ignore_ascii_case("ago") {
                    return None;
                }
                let n = count(&c[1])?;
                if n.fract() != 0.0 {
                    return None;
                }
                let n = n as i64;
                let Some(doc) = r.date else {
                    return Some(("XXXX-XX-XX".to_string(), "date"));
                };
                let unit = c[2].to_ascii_lowercase();
                // "two years ago" names a year, as "a year earlier" does,
                // not the day two years before the article's; "a decade
                // ago" names a decade (the 2010s in 2025), at its unit's grain
                if unit == "year" {
                    return Some((format!("{:04}", doc.year() as i64 - n), "date"));
                }
                if unit == "decade" {
                    return Some((format!("{:03}", (doc.year() as i64 - 10 * n) / 10), "date"));
                }
                Some(shift(doc, -n, &unit))
            },
        },
        DateRule {
            id: "date.ago",
            re: pat("date.ago", 1),
            resolve: |c, r| {
                let n = count(&c[1])?;
                // "in a fortnight's time" looks ahead whatever the verb.
                let ahead = c[0].to_ascii_lowercase().ends_with("time");
                if n.fract() != 0.0 || !(ahead || r.tense() == Tense::Future) {
                    return None;
                }
                // "the first cut in 18 months", "its lowest in two years":
                // a length back to the last such event, whatever the verb
                let text = r.ctx.text();
                let from = super::text::floor_char(text, r.start.saturating_sub(48));
                let record = text[from..r.start]
                    .split(|ch: char| !ch.is_ascii_alphabetic())
                    .rev()
                    .filter(|w| !w.is_empty())
                    .take(5)
                    .any(|w| super::text::is_record_word(&w.to_ascii_lowercase()));
                if record && !ahead {
                    return None;
                }
                let Some(doc) = r.date else {
                    return Some(("XXXX-XX-XX".to_string(), "date"));
                };
                Some(shift(doc, n as i64, &c[2].to_ascii_lowercase()))
            },
        },
        DateRule {
            id: "date.interval",
            re: pat("date.interval", 4),
            resolve: |c, r| {
                let rel = c.get(1).or_else(|| c.get(2))?.as_str().to_ascii_lowercase();
                let n = count(&c[3])?;
                if n.fract() != 0.0 || n < 1.0 {
                    return None;
                }
                let unit = c[4].to_ascii_lowercase();
                // "the trial will last six weeks", "and last six weeks": the
                // verb, a duration (the duration rule reads "six weeks").
                if rel == "last"
                    && c[0][..4].eq_ignore_ascii_case("last")
                    && matches!(
                        prev_word(r.ctx.text(), r.start)
                            .to_ascii_lowercase()
                            .as_str(),
                        "to" | "will"
                            | "would"
                            | "could"
                            | "can"
                            | "may"
                            | "might"
                            | "should"
                            | "must"
                            | "and"
                            | "which"
                            | "that"
                            | "it"
                            | "they"
                            | "not"
                            | "usually"
                            | "typically"
                            | "only"
                            | "often"
                    )
                {
                    return None;
                }
                // "collapsed within five weeks" in a past narrative counts
                // from some other event: only a future "within" is anchored
                // to the document date.
                if rel == "within" && r.tense() != Tense::Future {
                    return None; // the duration rule reads "five weeks"
                }
                let Some(doc) = r.date else {
                    return Some((iso_duration(Some(n), &unit), "duration"));
                };
                if unit == "decade" {
                    // "the next two decades": whole decades after this one,
                    // as "the next decade" is the 2020s in 2018; "the past
                    // two decades", "within two decades": twenty years back
                    // or ahead, as for years.
                    let d = doc.year() / 10;
                    let n = n as i32;
                    if matches!(rel.as_str(), "next" | "coming" | "following") {
                        return Some((format!("{:03}/{:03}", d + 1, d + n), "date"));
                    }
                    return Some(span(doc, &rel, 10 * n as i64, "year"));
                }
                Some(span(doc, &rel, n as i64, &unit))
            },
        },
        DateRule {
            id: "date.interval",
            // "the next couple of weeks", "the 5 upcoming years", "2 next days"
            re: pat("date.interval", 5),
            resolve: |c, r| {
                let doc = r.date?;
                if let (Some(rel), Some(unit)) = (c.get(1), c.get(3)) {
                    return Some(span(
                        doc,
                        &rel.as_str().to_ascii_lowercase(),
                        2,
                        &unit.as_str().to_ascii_lowercase(),
                    ));
                }
                let n = count(&c[4])?;
                if n.fract() != 0.0 || n < 1.0 {
                    return None;
                }
                let rel = match c[5].to_ascii_lowercase().as_str() {
                    "past" | "previous" => "past",
                    _ => "next",
                };
                Some(span(doc, rel, n as i64, &c[6].to_ascii_lowercase()))
            },
        },
        DateRule {
            id: "date.quarter",
            // Halves: "H2 2019", "2019 H2", "2019-H2".
            re: pat("date.quarter", 2),
            resolve: |c, _| {
                let (h, y) = match (c.get(1), c.get(2)) {
                    (Some(h), Some(y)) => (h.as_str(), y.as_str()),
                    _ => (c.get(4)?.as_str(), c.get(3)?.as_str()),
                };
                Some((format!("{y}-H{h}"), "date"))
            },
        },
        DateRule {
            id: "date.relative_unit",
            // "last fiscal year", "this calendar year", "next school year"
            re: pat("date.relative_unit", 1),
            resolve: |c, r| {
                let doc = r.date?;
                let rel = c[1].to_ascii_lowercase();
                let off = if rel.ends_with("last") || rel.ends_with("previous") {
                    -1
                } else if rel == "next" {
                    1
                } else {
                    0
                };
                let y = doc.year() + off;
                Some(match c[2].to_ascii_lowercase().as_str() {
                    "calendar" => (format!("{y}"), "date"),
                    "school" | "academic" => (format!("SY{y}"), "date"),
                    _ => (format!("FY{y}"), "date"),
                })
            },
        },
        DateRule {
            id: "date.part_of_year",
            // "by the end of the year", "the start of the month", "end of week":
            // the later (or earlier) half of the unit, as temporal taggers do.
            re: pat("date.part_of_year", 1),
            resolve: |c, r| {
                let doc = r.date?;
                // "later in the year" is its second half, "earlier in the week" its start.
                let part = match c.name("rel") {
                    Some(w) if w.as_str().eq_ignore_ascii_case("later") => "end".to_string(),
                    Some(_) => "start".to_string(),
                    None => c["part"].to_ascii_lowercase(),
                };
                let (s, e) = match c["unit"].to_ascii_lowercase().as_str() {
                    "year" => {
                        let y = doc.year();
                        match part.as_str() {
                            "end" => (ymd(y, 7, 1)?, ymd(y, 12, 31)?),
                            "middle" => (ymd(y, 4, 1)?, ymd(y, 9, 30)?),
                            _ => (ymd(y, 1, 1)?, ymd(y, 6, 30)?),
                        }
                    }
                    // (years: "the end of the decade" is its last five)
                    "decade" => {
                        let d0 = doc.year() - doc.year().rem_euclid(10);
                        let (s, e) = match part.as_str() {
                            "end" => (d0 + 5, d0 + 9),
                            "middle" => (d0 + 3, d0 + 6),
                            _ => (d0, d0 + 4),
                        };
                        return Some((format!("{s:04}/{e:04}"), "date"));
                    }
                    "month" => {
                        let first = ymd(doc.year(), doc.month(), 1)?;
                        let last = add_months(first, 1) - Duration::days(1);
                        match part.as_str() {
                            "end" => (ymd(doc.year(), doc.month(), 16)?, last),
                            "middle" => (
                                ymd(doc.year(), doc.month(), 10)?,
                                ymd(doc.year(), doc.month(), 20)?,
                            ),
                            _ => (first, ymd(doc.year(), doc.month(), 15)?),
                        }
                    }
                    _ => {
                        let monday =
                            doc - Duration::days(doc.weekday().num_days_from_monday() as i64);
                        match part.as_str() {
                            "end" => (monday + Duration::days(3), monday + Duration::days(6)),
                            "middle" => (monday + Duration::days(2), monday + Duration::days(3)),
                            _ => (monday, monday + Duration::days(2)),
                        }
                    }
                };
                Some((format!("{}/{}", fmt_date(s), fmt_date(e)), "date"))
            },
        },
        DateRule {
            id: "date.interval",
            re: pat("date.interval", 6),
            resolve: |c, _| {
                let (a, b) = (month_number(&c[1])?, month_number(&c[2])?);
                let y: i32 = c[3].parse().ok()?;
                let ya = if a > b { y - 1 } else { y };
                Some((format!("{}/{}", fmt_month(ya, a), fmt_month(y, b)), "date"))
            },
        },
        DateRule {
            id: "date.duration",
            re: pat("date.duration", 0),
            resolve: |c, _| {
                let w = c[1].to_ascii_lowercase();
                // "some day" is a wish, "some days" a length.
                if w == "some"
                    && !c[0]
                        .to_ascii_lowercase()
                        .trim_end_matches("-long")
                        .ends_with('s')
                {
                    return None;
                }
                let n = if w.starts_with("several") || w.contains("few") || w == "some" {
                    None
                } else if w.contains("couple") {
                    Some(2.0)
                } else {
                    Some(count(&w)?)
                };
                Some((iso_duration(n, &c[2].to_ascii_lowercase()), "duration"))
            },
        },
        DateRule {
            id: "date.duration",
            re: pat("date.duration", 1),
            resolve: |c, _| {
                let unit = c.get(1).or_else(|| c.get(2))?.as_str().to_ascii_lowercase();
                Some((iso_duration(Some(1.0), &unit), "duration"))
            },
        },
        DateRule {
            // "3h", "3.5years", "123.45 sec", "10 mins", "2 hrs"
            id: "date.duration",
            re: pat("date.duration", 2),
            resolve: |c, _| {
                let n: f64 = c[1].parse().ok()?;
                let unit = match c[2].to_ascii_lowercase().as_str() {
                    "h" | "hr" | "hrs" => "hour",
                    "min" | "mins" => "minute",
                    "sec" | "secs" => "second",
                    "yr" | "yrs" => "year",
                    other => return Some((iso_duration(Some(n), other), "duration")),
                };
                Some((iso_duration(Some(n), unit), "duration"))
            },
        },
        DateRule {
            // "a year and a half", "half an hour"
            id: "date.duration",
            re: pat("date.duration", 3),
            resolve: |c, _| {
                let (n, unit) = match (c.get(1), c.get(2)) {
                    (Some(u), _) => (1.5, u),
                    (None, Some(u)) => (0.5, u),
                    _ => return None,
                };
                Some((
                    iso_duration(Some(n), &unit.as_str().to_ascii_lowercase()),
                    "duration",
                ))
            },
        },
        DateRule {
            id: "date.set",
            re: pat("date.set", 0),
            resolve: |c, r| {
                if let Some(w) = c.name("freq") {
                    return Some((frequency_period(w.as_str())?.to_string(), "set"));
                }
                let letter = |u: &str| match u.trim_end_matches('s') {
                    "day" => Some("D"),
                    "week" => Some("W"),
                    "month" => Some("M"),
                    "year" => Some("Y"),
                    "weekend" => Some("WE"),
                    _ => None,
                };
                if let Some(u) = c.name("once") {
                    return Some((
                        format!("P1{}", letter(&u.as_str().to_ascii_lowercase())?),
                        "set",
                    ));
                }
                if let Some(m) = c.name("mon") {
                    return Some((format!("XXXX-{:02}", month_number(m.as_str())?), "set"));
                }
                if let Some(u) = c.name("other") {
                    let u = u.as_str().to_ascii_lowercase();
                    return Some(match letter(&u) {
                        Some(l) => (format!("P2{l}"), "set"),
                        None => (
                            format!("XXXX-WXX-{}", weekday(&u)?.number_from_monday()),
                            "set",
                        ),
                    });
                }
                if let (Some(n), Some(u)) = (c.name("n"), c.name("nu")) {
                    let n = count(n.as_str())?;
                    if n.fract() != 0.0 || n < 1.0 {
                        return None;
                    }
                    let u = u.as_str().to_ascii_lowercase();
                    // "every 30 minutes", "every two hours": a time part
                    let v = match u.as_str() {
                        "minutes" => format!("PT{}M", fmt_num(n)),
                        "hours" => format!("PT{}H", fmt_num(n)),
                        _ => format!("P{}{}", fmt_num(n), letter(&u)?),
                    };
                    return Some((v, "set"));
                }
                if c.name("wes").is_some() {
                    // "shut at weekends", "works weekends"; not "Opening
                    // weekends like this", "the last two weekends": some
                    // weekends named, no recurrence
                    let prev = prev_word(r.ctx.text(), r.start).to_ascii_lowercase();
                    if prev.starts_with(|ch: char| ch.is_ascii_digit())
                        || matches!(
                            prev.as_str(),
                            "opening"
                                | "the"
                                | "those"
                                | "these"
                                | "two"
                                | "three"
                                | "four"
                                | "several"
                                | "few"
                                | "both"
                                | "long"
                                | "holiday"
                                | "bank"
                                | "recent"
                                | "previous"
                                | "past"
                                | "consecutive"
                                | "successive"
                                | "straight"
                        )
                    {
                        return None;
                    }
                    return Some(("XXXX-WXX-WE".to_string(), "set"));
                }
                let w = c[1].to_ascii_lowercase();
                let v = match w.as_str() {
                    "quarter" => "P3M".to_string(),
                    "hour" => "PT1H".to_string(),
                    "day" => "P1D".to_string(),
                    "week" => "P1W".to_string(),
                    "month" => "P1M".to_string(),
                    "year" => "P1Y".to_string(),
                    "morning" => "XXXX-XX-XXTMO".to_string(),
                    "afternoon" => "XXXX-XX-XXTAF".to_string(),
                    "evening" => "XXXX-XX-XXTEV".to_string(),
                    "night" => "XXXX-XX-XXTNI".to_string(),
                    "weekend" => "XXXX-WXX-WE".to_string(),
                    other => {
                        // "every Sunday afternoon": the part of that day
                        let part = match c.name("part").map(|p| p.as_str().to_ascii_lowercase()) {
                            Some(p) => format!("T{}", part_code(&p)?),
                            None => String::new(),
                        };
                        format!("XXXX-WXX-{}{part}", weekday(other)?.number_from_monday())
                    }
                };
                Some((v, "set"))
            },
        },
        DateRule {
            // "4 o'clock", "six pm", "seven thirty a.m.": a clock time
            id: "date.time",
            re: pat("date.time", 0),
            resolve: |c, _| {
                let h: u32 = match (c.name("hd"), c.name("hw")) {
                    (Some(d), _) => d.as_str().parse().ok()?,
                    (None, Some(w)) => parse_words(w.as_str())?.0 as u32,
                    _ => return None,
                };
                let m: u32 = match c.name("mw").map(|m| m.as_str().to_ascii_lowercase()) {
                    Some(m) if m.starts_with("fifteen") => 15,
                    Some(m) if m.starts_with("thirty") => 30,
                    Some(_) => 45,
                    None => 0,
                };
                let h = match c.name("ap") {
                    Some(ap) => twelve_hour(h, ap.as_str().to_ascii_lowercase().starts_with('p'))?,
                    None if (1..=12).contains(&h) => h,
                    None => return None,
                };
                // "four o'clock" says it is a clock reading, as "six pm" does.
                Some((format!("T{h:02}:{m:02}"), "time"))
            },
        },
        DateRule {
            // "on Fridays", "Tuesdays at 9am": every such weekday
            id: "date.set",
            re: pat("date.set", 1),
            resolve: |c, _| {
                let wd = weekday(&c[1])?;
                Some((format!("XXXX-WXX-{}", wd.number_from_monday()), "set"))
            },
        },
        DateRule {
            id: "date.time",
            re: pat("date.time", 1),
            resolve: |c, r| {
                if let Some(w) = c.name("w") {
                    let v = if w.as_str().eq_ignore_ascii_case("midnight") {
                        "T00:00"
                    } else {
                        "T12:00"
                    };
                    return Some((v.to_string(), "time"));
                }
                let two = |g: &str| -> Option<u32> {
                    c.name(g).map_or(Some(0), |m| m.as_str().parse().ok())
                };
                let fmt = |h: u32, m: u32, sec: u32| {
                    if sec > 0 {
                        format!("T{h:02}:{m:02}:{sec:02}")
                    } else {
                        format!("T{h:02}:{m:02}")
                    }
                };
                if let Some(h) = c.name("h") {
                    let h: u32 = h.as_str().parse().ok()?;
                    let (m, sec) = (two("m")?, two("sec")?);
                    let pm = c["ap"].to_ascii_lowercase().starts_with('p');
                    let h = twelve_hour(h, pm)?;
                    return (m < 60 && sec < 60).then(|| (fmt(h, m, sec), "time"));
                }
                if let (Some(h), Some(m)) = (c.name("h4"), c.name("m4")) {
                    // "0117 GMT", "at 2200 hours"; "worked 1200 hours" is a
                    // length (date.duration's).
                    if c.name("hrs").is_some() && !hours_on_the_clock(r.ctx.text(), r.start) {
                        return None;
                    }
                    return Some((format!("T{}:{}", h.as_str(), m.as_str()), "time"));
                }
                time_bare(c).or_else(|| {
                    let h: u32 = c.name("h24")?.as_str().parse().ok()?;
                    Some((fmt(h, two("m24")?, two("s24")?), "time"))
                })
            },
        },
        DateRule {
            id: "date.time",
            re: pat("date.time", 2),
            resolve: |c, _| time_bare(c),
        },
        DateRule {
            id: "date.part_of_day",
            re: pat("date.part_of_day", 0),
            resolve: |c, r| {
                let (off, code) = match (c.get(1), c.get(2)) {
                    (Some(rel), Some(part)) => {
                        let part = part.as_str().to_ascii_lowercase();
                        let off = match rel.as_str().to_ascii_lowercase().as_str() {
                            "tomorrow" => 1,
                            "yesterday" => -1,
                            "last" if part == "night" => -1,
                            "last" => return None,
                            _ => 0,
                        };
                        (off, part_code(&part)?)
                    }
                    _ => (0, "NI"),
                };
                let Some(doc) = r.date else {
                    return Some((format!("XXXX-XX-XXT{code}"), "date"));
                };
                Some((
                    format!("{}T{code}", fmt_date(doc + Duration::days(off))),
                    "date",
                ))
            },
        },
        DateRule {
            // "in the morning", "early in the evening", "late afternoon",
            // "mid-morning": a part of a day the text does not name
            id: "date.part_of_day",
            re: pat("date.part_of_day", 1),
            resolve: |c, r| {
                let part = c.name("pt").or(c.name("pt2")).or(c.name("pt3"))?;
                let end = r.start + c.get(0)?.len();
                if !part_ends(r.ctx.text(), end) {
                    return None;
                }
                let code = part_code(part.as_str())?;
                let kind = if c.name("pl").is_some() {
                    "set"
                } else {
                    "date"
                };
                Some((format!("XXXX-XX-XXT{code}"), kind))
            },
        },
        DateRule {
            // "half past seven", "a quarter to ten", "20 minutes past eight
            // in the evening", "ten past nine p.m."
            id: "date.time",
            re: pat("date.time", 3),
            resolve: minutes_from_hour,
        },
        DateRule {
            // "one in the morning", "at 7 in the evening", "9.30 that night"
            id: "date.time",
            re: pat("date.time", 4),
            resolve: hour_in_part_of_day,
        },
        DateRule {
            // "between 0730-0930", "from 0600 to 1800 GMT"
            id: "date.time",
            re: pat("date.time", 5),
            resolve: |c, _| {
                let (a, b) = (&c["ra"], &c["rb"]);
                // "between 1990-2010" is years: a clock span starts or ends
                // with a leading zero or names its zone.
                if !(a.starts_with('0') || b.starts_with('0') || c.name("rz").is_some()) {
                    return None;
                }
                Some((format!("T{a}:{}/T{b}:{}", &c["ram"], &c["rbm"]), "time"))
            },
        },
        DateRule {
            // "the first Monday of September", "the last Friday in May 2016"
            id: "date.weekday",
            re: pat("date.weekday", 5),
            resolve: |c, r| {
                let n = first_to_fifth(&c[1]);
                let wd = weekday(&c[2])?;
                if !month_ok(&c[3], true) {
                    return None;
                }
                let m = month_number(&c[3])?;
                let y = match (c.get(4), r.date) {
                    (Some(y), _) => y.as_str().parse().ok()?,
                    (None, Some(doc)) => year_by_tense(doc.year(), r.tense(), m, doc.month()),
                    (None, None) => return Some((format!("XXXX-{m:02}-XX"), "date")),
                };
                Some((fmt_date(nth_weekday(y, m, wd, n)?), "date"))
            },
        },
        DateRule {
            // "the 15th day of next month", "the 21st this month", "the
            // third month of 2021", "the 9th month of next year"
            id: "date.day_of_month",
            re: pat("date.day_of_month", 1),
            resolve: |c, r| {
                let n = day_number(&c[1])?;
                let unit = c.name("unit").map(|u| u.as_str().to_ascii_lowercase());
                let of_month = c.name("mo").is_some();
                // "the third month of 2021": a month of a year; otherwise a
                // day of a month ("the 15th day of next month").
                if of_month != (unit.as_deref() != Some("month")) {
                    return None;
                }
                let off = match c.name("rel").map(|x| x.as_str().to_ascii_lowercase()) {
                    Some(w) if w == "next" || w.ends_with("following") => 1,
                    Some(w) if w == "last" || w.ends_with("previous") => -1,
                    _ => 0,
                };
                if of_month {
                    let y = match c.name("y") {
                        Some(y) => y.as_str().parse().ok()?,
                        None => r.date?.year() + off,
                    };
                    return (1..=12).contains(&n).then(|| (fmt_month(y, n), "date"));
                }
                let doc = r.date?;
                let d = add_months(doc, off);
                Some((fmt_date(ymd(d.year(), d.month(), n)?), "date"))
            },
        },
        DateRule {
            // A year read aloud: "in nineteen ninety six", "October two thousand and five"
            id: "date.year",
            re: pat("date.year", 0),
            resolve: |c, _| {
                let y = word_year(c.name("yw")?.as_str())?;
                match c.name("mon") {
                    Some(mw) if month_ok(mw.as_str(), true) => {
                        Some((fmt_month(y, month_number(mw.as_str())?), "date_spoken"))
                    }
                    Some(_) => None,
                    None => Some((y.to_string(), "date_spoken")),
                }
            },
        },
        DateRule {
            // A month and day in figures after a date word: "on 11/20",
            // "from 10/1", "by 22/04"; a bare "9/12" may be a ratio.
            id: "date.numeric",
            re: pat("date.numeric", 1),
            resolve: |c, r| {
                let (a, b): (u32, u32) = (num(c, 4)?, num(c, 5)?);
                let (m, d) = match r.order {
                    DateOrder::Mdy if a <= 12 => (a, b),
                    DateOrder::Dmy if b > 12 => (a, b),
                    _ => (b, a),
                };
                let rel = c
                    .name("pre")
                    .map_or(String::new(), |p| p.as_str().to_ascii_lowercase());
                let year = match (rel.as_str(), r.date) {
                    ("this", Some(doc)) => Some(doc.year()),
                    ("next", Some(doc)) => Some(doc.year() + 1),
                    ("last", Some(doc)) => Some(doc.year() - 1),
                    _ => None,
                };
                month_day(r, m, d, year)
            },
        },
        DateRule {
            // Two numeric dates as a span: "10/1-11/7", "5/1-5/7, 2020",
            // "10/1/2018-10/7/2018", "02-02-2020 - 03-03-2020"
            id: "date.interval",
            re: pat("date.interval", 7),
            resolve: |c, r| {
                let (sep1, sep2) = (&c[2], &c[6]);
                // "4-23" alone is a score; dashes only with a full year.
                if sep1 != sep2 || (sep1 == "-" && (c.get(4).is_none() || c.get(8).is_none())) {
                    return None;
                }
                let md = |a: u32, b: u32| match r.order {
                    DateOrder::Mdy if a <= 12 => (a, b),
                    DateOrder::Dmy if b > 12 => (a, b),
                    DateOrder::Mdy => (b, a),
                    DateOrder::Dmy => (b, a),
                };
                let (m1, d1) = md(num(c, 1)?, num(c, 3)?);
                let (m2, d2) = md(num(c, 5)?, num(c, 7)?);
                let y2: Option<i32> = c
                    .get(8)
                    .or_else(|| c.get(9))
                    .and_then(|y| y.as_str().parse().ok());
                let y1: Option<i32> = c.get(4).and_then(|y| y.as_str().parse().ok()).or(y2);
                let (a, _) = month_day(r, m1, d1, y1)?;
                let y2 = y2.or_else(|| {
                    let ay: i32 = a.get(..4)?.parse().ok()?;
                    Some(if (m2, d2) < (m1, d1) { ay + 1 } else { ay })
                });
                let (b, _) = month_day(r, m2, d2, y2)?;
                Some((format!("{a}/{b}"), "date"))
            },
        },
        DateRule {
            // Year and month in figures: "2015-12", "2015-3", "12-2015", "11/2016";
            // "2015-16" is a span of years (see the year interval rule).
            id: "date.month_year",
            re: pat("date.month_year", 1),
            resolve: |c, _| {
                let (y, m): (i32, u32) = match (c.get(1), c.get(2)) {
                    (Some(y), Some(m)) => {
                        let (y, m): (i32, u32) =
                            (y.as_str().parse().ok()?, m.as_str().parse().ok()?);
                        // "2011-12" reads as the span 2011-2012 in news.
                        if m as i32 > y % 100 {
                            return None;
                        }
                        (y, m)
                    }
                    _ => (num(c, 4)?, num(c, 3)?),
                };
                Some((fmt_month(y, m), "date"))
            },
        },
        DateRule {
            // A date in eight figures: "20161016", "report-20170302"
            id: "date.iso",
            re: pat("date.iso", 1),
            resolve: |c, _| Some((fmt_date(ymd(num(c, 1)?, num(c, 2)?, num(c, 3)?)?), "date")),
        },
        DateRule {
            // "2019-aug-01", "2020/Sep/23"
            id: "date.iso",
            re: pat("date.iso", 2),
            resolve: |c, _| {
                let m = month_number(&c[3])?;
                Some((fmt_date(ymd(num(c, 1)?, m, num(c, 4)?)?), "date"))
            },
        },
        DateRule {
            // "May to March", "between august and october", "from May-September"
            id: "date.interval",
            re: pat("date.interval", 8),
            resolve: |c, r| {
                let (aw, bw) = (c.name("a")?.as_str(), c.name("b")?.as_str());
                let sep = c["sep"].to_ascii_lowercase();
                let framed = c.name("pre").is_some();
                // "May to March": the pair attaches a capitalized "May".
                let attached = framed || (sep != "and" && aw.starts_with(char::is_uppercase));
                if (sep == "and" && !framed) || !month_ok(aw, attached) || !month_ok(bw, true) {
                    return None;
                }
                // "may-june" needs a capital or a frame: "may" is a verb.
                if aw.eq_ignore_ascii_case("may") && !framed && !aw.starts_with('M') {
                    return None;
                }
                let (a, b) = (month_number(aw)?, month_number(bw)?);
                // "Nov-Feb 5th, 2017": the end is a day.
                let end = |y: i32| -> Option<String> {
                    match c.name("d") {
                        Some(d) => Some(fmt_date(ymd(y, b, day_number(d.as_str())?)?)),
                        None => Some(fmt_month(y, b)),
                    }
                };
                if let Some(y) = c.name("y") {
                    let y: i32 = y.as_str().parse().ok()?;
                    let ya = if a > b { y - 1 } else { y };
                    return Some((format!("{}/{}", fmt_month(ya, a), end(y)?), "date"));
                }
                if c.name("d").is_some() {
                    return None; // "from March to May 5": the month-day rules read it
                }
                let Some(doc) = r.date else {
                    return Some((format!("XXXX-{a:02}/XXXX-{b:02}"), "date"));
                };
                let (ya, yb) = month_span_years(doc, a, b, r.tense());
                Some((format!("{}/{}", fmt_month(ya, a), fmt_month(yb, b)), "date"))
            },
        },
        DateRule {
            // "the past two quarters", "the next 7 quarters", "last 2 quarters"
            id: "date.quarter",
            re: pat("date.quarter", 3),
            resolve: |c, r| {
                let doc = r.date?;
                let n = count(&c[2])?;
                if n.fract() != 0.0 || !(1.0..=40.0).contains(&n) {
                    return None;
                }
                let n = n as i32;
                let q0 = doc.year() * 4 + (doc.month0() / 3) as i32;
                let (s, e) = match c[1].to_ascii_lowercase().as_str() {
                    "past" | "last" | "previous" => (q0 - n, q0 - 1),
                    _ => (q0 + 1, q0 + n),
                };
                let q = |k: i32| format!("{}-Q{}", k.div_euclid(4), k.rem_euclid(4) + 1);
                Some((format!("{}/{}", q(s), q(e)), "date"))
            },
        },
        DateRule {
            // A bare quarter of the document's year: "Q1", "q3"
            id: "date.quarter",
            re: pat("date.quarter", 4),
            resolve: |c, r| {
                let q: u32 = num(c, 1)?;
                quarter_of_doc_year(r, q, false)
            },
        },
        DateRule {
            // The weekend nearest the document date by tense: "over the weekend"
            id: "date.relative_unit",
            re: pat("date.relative_unit", 2),
            resolve: |_, r| {
                let Some(doc) = r.date else {
                    return Some(("XXXX-WXX-WE".to_string(), "date"));
                };
                let wd = doc.weekday().num_days_from_monday() as i64; // Sat = 5
                // ("bring temperatures down by the weekend": a deadline with
                // no past word is ahead)
                let by = prev_word(r.ctx.text(), r.start).eq_ignore_ascii_case("by")
                    && r.tense_shown() != Some(Tense::Past);
                let tense = if by { Tense::Future } else { r.tense() };
                let sat = match (wd >= 5, tense) {
                    (true, _) => doc - Duration::days(wd - 5),
                    (false, Tense::Past) => doc - Duration::days(wd + 2),
                    (false, Tense::Future) => doc + Duration::days(5 - wd),
                };
                Some((format!("{}-WE", fmt_week(sat)), "date"))
            },
        },
        DateRule {
            // Anaphoric units: "the same week", "that weekend", "the same year",
            // resolved against the latest date before them (else the document date).
            id: "date.anaphoric",
            re: pat("date.anaphoric", 0),
            resolve: |c, r| {
                // "over the following year" is a length (see relative_unit).
                if c.name("rel").is_some() && span_word_before(r) {
                    return None;
                }
                let (unit, step) = anaphor_unit(&c[0]);
                let Some(doc) = r.date else {
                    return Some(("XXXX-XX-XX".to_string(), "anaphor"));
                };
                Some((anaphor_value(step_unit(doc, &unit, step), &unit), "anaphor"))
            },
        },
        DateRule {
            id: "date.year",
            re: pat("date.year", 1),
            resolve: |c, _| Some((c[1].to_string(), "date")),
        },
    ]
});

/// "at 5", "around 7", "at 2.30", "at 9p": a clock time only when it
/// joins a date (see `attach_times`).
fn time_bare(c: &Captures) -> Option<(String, &'static str)> {
    let mut h: u32 = c.name("hb")?.as_str().parse().ok()?;
    let m: u32 = c.name("mb").map_or(Some(0), |m| m.as_str().parse().ok())?;
    // "at 8 pm", "at 8:45a" are clock times on their own; "at 5" only
    // next to a date.
    let kind = match c.name("apb") {
        Some(ap) => {
            h = twelve_hour(h, ap.as_str().eq_ignore_ascii_case("p"))?;
            "time"
        }
        // "at 4 o'clock" says it is a clock reading
        None if c.get(0)?.as_str().ends_with("clock") => "time",
        None => "time_bare",
    };
    (h < 24 && m < 60).then(|| (format!("T{h:02}:{m:02}"), kind))
}

/// A clock number in figures or words ("7", "twenty-five"), 0 to 59.
fn clock_number(w: &str) -> Option<u32> {
    let n = match w.parse::<u32>() {
        Ok(n) => n,
        Err(_) => {
            let (v, _) = parse_words(w)?;
            (v.fract() == 0.0 && v >= 0.0).then_some(v as u32)?
        }
    };
    (n < 60).then_some(n)
}

/// An hour of a 12-hour clock (1-12) in the part of the day a phrase
/// after it names: "7 in the evening" is 19, "12 at night" is 0, "3 at
/// night" is 3, "9.30 that night" is 21.
fn hour_in_part(h: u32, part: &str) -> u32 {
    match part {
        "morning" => h % 12,
        "afternoon" | "evening" => h % 12 + 12,
        _ if h == 12 => 0,
        _ if h >= 5 => h + 12,
        _ => h,
    }
}

/// The hour a 12-hour clock phrase means, read with its "pm" or its part
/// of the day ("in the evening"); as written when it has neither.
fn hour_of_day(h: u32, c: &Captures) -> Option<u32> {
    if !(1..=12).contains(&h) {
        return None;
    }
    if let Some(ap) = c.name("ap") {
        return twelve_hour(h, ap.as_str().to_ascii_lowercase().starts_with('p'));
    }
    Some(match c.name("pp").or(c.name("pn")) {
        Some(p) => hour_in_part(h, p.as_str()),
        None => h,
    })
}

/// Nothing glued after a clock phrase that makes it a count: "half past
/// 12 months", "ten past 9%", "quarter to 10,000".
fn clock_phrase_ends(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start_matches([' ', '\u{a0}']);
    let b = rest.as_bytes();
    let digit_after = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    if digit_after(0)
        || b.first() == Some(&b'%')
        || (matches!(b.first(), Some(b',' | b'.')) && digit_after(1))
    {
        return false;
    }
    !matches!(
        super::text::next_word(text, end)
            .to_ascii_lowercase()
            .as_str(),
        "percent"
            | "per"
            | "points"
            | "minutes"
            | "hours"
            | "days"
            | "weeks"
            | "months"
            | "years"
            | "times"
            | "people"
    )
}

/// "half past seven", "a quarter to ten", "15 minutes past midnight",
/// "ten past nine in the evening". A count of minutes "to" an hour needs
/// its unit or "quarter" ("five to ten" is more often a span of numbers),
/// as does "after"/"before"; "the 10 minutes before midnight" is a span.
fn minutes_from_hour(c: &Captures, r: &Res) -> Option<(String, &'static str)> {
    let text = r.ctx.text();
    let end = r.start + c.get(0)?.len();
    let m = if c.name("half").is_some() {
        30
    } else if c.name("qtr").is_some() {
        15
    } else {
        clock_number(c.name("mn")?.as_str())?
    };
    let dir = c.name("dir")?.as_str().to_ascii_lowercase();
    let counted = c.name("mu").is_some() || c.name("qtr").is_some();
    let ok = match dir.as_str() {
        "past" => true,
        _ => counted && c.name("half").is_none(),
    };
    if m == 0 || !ok || !clock_phrase_ends(text, end) {
        return None;
    }
    if matches!(
        prev_word(text, r.start).to_ascii_lowercase().as_str(),
        "the" | "first" | "last" | "within" | "next"
    ) {
        return None;
    }
    let hr = c.name("hr")?.as_str().to_ascii_lowercase();
    let h = match hr.as_str() {
        "noon" | "midday" => 12,
        "midnight" => 0,
        w => hour_of_day(clock_number(w)?, c)?,
    };
    let t = if matches!(dir.as_str(), "past" | "after") {
        (h * 60 + m) % (24 * 60)
    } else {
        (h * 60 + 24 * 60 - m) % (24 * 60)
    };
    Some((format!("T{:02}:{:02}", t / 60, t % 60), "time"))
}

/// "one in the morning", "at 7 in the evening", "9.30 that night",
/// "seven o'clock in the evening": an hour read in the part of the day
/// after it. A bare number needs "o'clock", a colon, or a word before it
/// that takes a time ("at", "around", "until", "from"...) or the first
/// half of a span ("between 5 and 6 in the afternoon"): "arrested 5 in
/// the morning raids" is a count.
fn hour_in_part_of_day(c: &Captures, r: &Res) -> Option<(String, &'static str)> {
    let text = r.ctx.text();
    let clocked = c.name("oc").is_some() || c.name("sep").is_some_and(|s| s.as_str() == ":");
    let before = prev_word(text, r.start).to_ascii_lowercase();
    let led = matches!(
        before.as_str(),
        "at" | "around"
            | "about"
            | "approximately"
            | "roughly"
            | "circa"
            | "by"
            | "until"
            | "till"
            | "from"
            | "since"
            | "before"
            | "after"
            | "between"
            | "past"
            | "nearly"
            | "almost"
    ) || before == "than"
        && matches!(
            prev_word(text, super::text::prev_word_start(text, r.start))
                .to_ascii_lowercase()
                .as_str(),
            "later" | "earlier" | "no"
        );
    // the second half of a span: "between 5 and 6 in the afternoon",
    // "from 10 at night to 6 in the morning"
    // (where the span opens: the bare hour before the joiner, else here)
    let mut opens = r.start;
    let spanned = strip_time_joiner(&text[..r.start]).is_some_and(|(rest, j)| {
        if let Some((s, _, _)) = bare_clock_before(text, rest.len()) {
            opens = s;
            return true;
        }
        j != "and"
            && matches!(
                prev_word(text, rest.len()).to_ascii_lowercase().as_str(),
                "morning" | "afternoon" | "evening" | "night" | "midnight" | "noon"
            )
    });
    let end = r.start + c.get(0)?.len();
    if !(clocked || led || spanned) || part_modifies(text, end) {
        return None;
    }
    // "the toll rose from 5 to 7 that night" is a change of a count
    let w = prev_word(text, opens).to_ascii_lowercase();
    if !clocked && matches!(w.as_str(), "from" | "between" | "to") {
        // (the verb may sit before "to": "climbed to between 5 and 6")
        let at = super::text::prev_word_start(text, opens);
        let mut verb = prev_word(text, at).to_ascii_lowercase();
        if verb == "to" {
            verb = prev_word(text, super::text::prev_word_start(text, at)).to_ascii_lowercase();
        }
        if matches!(
            verb.as_str(),
            "rose"
                | "risen"
                | "rising"
                | "fell"
                | "fallen"
                | "falling"
                | "grew"
                | "climbed"
                | "jumped"
                | "dropped"
                | "increased"
                | "decreased"
                | "up"
                | "down"
                | "toll"
        ) {
            return None;
        }
    }
    let h = hour_of_day(clock_number(c.name("hp")?.as_str())?, c)?;
    let m = c.name("mp").map_or(Some(0), |m| m.as_str().parse().ok())?;
    Some((format!("T{h:02}:{m:02}"), "time"))
}

/// A part of the day describing the noun after it: "the morning
/// session", "evening prayers", "night shift".
fn part_modifies(text: &str, end: usize) -> bool {
    matches!(
        super::text::next_word(text, end)
            .to_ascii_lowercase()
            .as_str(),
        "session"
            | "sessions"
            | "shift"
            | "shifts"
            | "paper"
            | "papers"
            | "news"
            | "edition"
            | "editions"
            | "rush"
            | "raid"
            | "raids"
            | "attack"
            | "attacks"
            | "prayer"
            | "prayers"
            | "service"
            | "services"
            | "trading"
            | "market"
            | "markets"
            | "show"
            | "shows"
            | "bulletin"
            | "flight"
            | "flights"
            | "train"
            | "trains"
            | "meeting"
            | "meetings"
            | "class"
            | "classes"
            | "sky"
    )
}

/// What may follow a part of the day standing alone: the end of the
/// phrase or a small word ("in the morning, police said", "in the
/// evening of 5 March"), not a noun it describes ("in the morning
/// papers", "an early morning raid").
fn part_ends(text: &str, end: usize) -> bool {
    phrase_ends(text, end)
        || matches!(
            super::text::next_word(text, end)
                .to_ascii_lowercase()
                .as_str(),
            "of" | "as" | "with" | "by" | "from" | "that" | "local" | "hours" | "when" | "while"
        )
}

/// The quarter `off` quarters from the document date's.
fn relative_quarter(r: &Res, off: i32) -> Option<(String, &'static str)> {
    let Some(doc) = r.date else {
        return Some(("XXXX-QX".to_string(), "date"));
    };
    let q0 = doc.year() * 4 + (doc.month0() / 3) as i32 + off;
    Some((
        format!("{}-Q{}", q0.div_euclid(4), q0.rem_euclid(4) + 1),
        "date",
    ))
}

/// A 12-hour clock hour to 24 hours.
fn twelve_hour(h: u32, pm: bool) -> Option<u32> {
    if !(1..=12).contains(&h) {
        return None;
    }
    Some(match (pm, h) {
        (true, 12) => 12,
        (true, h) => h + 12,
        (false, 12) => 0,
        (false, h) => h,
    })
}

/// TIMEX code of a part of the day.
fn part_code(word: &str) -> Option<&'static str> {
    Some(match word.trim_end_matches('s') {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" => "NI",
        _ => return None,
    })
}

fn num<T: std::str::FromStr>(c: &Captures, i: usize) -> Option<T> {
    c.get(i)?.as_str().parse().ok()
}

/// The year of a month named without one ("in March", "last May", "late
/// June"): the document's, moved by "last"/"next" or by the tense.
fn month_year_from(c: &Captures, r: &Res, doc: NaiveDate, m: u32) -> i32 {
    let rel = c
        .name("rel")
        .map(|x| x.as_str().to_ascii_lowercase())
        .unwrap_or_default();
    let mut y = doc.year();
    match rel.as_str() {
        "last" => {
            if m >= doc.month() {
                y -= 1
            }
        }
        "next" => {
            if m <= doc.month() {
                y += 1
            }
        }
        "this" => {}
        // "its September forecast", "the July contract": a month that
        // names a thing, not when the clause happens, is the one nearest
        // the document's (half a year either way; the earlier on a tie)
        // (what a figure is compared with was earlier: "10% below its
        // October estimate")
        _ if let Some(det) = c.name("det") => {
            let at = r.start - (c.name("s").map_or(det.start(), |s| s.start()) - det.start());
            let compared = matches!(
                prev_word(r.ctx.text(), at).to_ascii_lowercase().as_str(),
                "below" | "above" | "than" | "from" | "under" | "over"
            );
            let ahead = m as i32 - doc.month() as i32;
            if ahead >= 6 || compared && ahead > 0 {
                y -= 1
            } else if ahead < -6 {
                y += 1
            }
        }
        _ => {
            y = r
                .stated_year()
                .unwrap_or_else(|| year_by_tense(y, r.tense(), m, doc.month()))
        }
    }
    y
}

/// The year of a `YEARSFX` match: four digits, or two after "of" or an
/// apostrophe ("April of 87", "'87"), read as the nearest century.
fn year_of(c: &Captures, r: &Res) -> Option<i32> {
    if let Some(y) = c.name("y4") {
        return y.as_str().parse().ok();
    }
    if let Some(y) = c.name("yw") {
        return word_year(y.as_str());
    }
    let y: i32 = c
        .name("y2")
        .or_else(|| c.name("y2a"))?
        .as_str()
        .parse()
        .ok()?;
    Some(full_year(y, r.date))
}

/// A two-digit year in full: the year in the century window that ends ten
/// years after the document's ("'87" is 1987, "03/18/40" in a 2019 article
/// 1940, "'30" in a 2026 one 2030); without a document date, 00-49 are
/// 2000s.
fn full_year(y: i32, doc: Option<NaiveDate>) -> i32 {
    match doc {
        Some(d) => {
            let top = d.year() + 10;
            top - (top - y).rem_euclid(100)
        }
        None if y < 50 => 2000 + y,
        None => 1900 + y,
    }
}

/// A year read aloud ([`WORDYEAR`]): "nineteen eighty six" = 1986,
/// "seventeen hundred thirty three" = 1733, "two thousand and five" = 2005.
fn word_year(w: &str) -> Option<i32> {
    let w = w.to_ascii_lowercase().replace('-', " ");
    let words: Vec<&str> = w.split_whitespace().filter(|x| *x != "and").collect();
    if words.len() >= 2 && words[0] == "two" && words[1] == "thousand" {
        let rest = words[2..].join(" ");
        let n = if rest.is_empty() {
            0
        } else {
            parse_words(&rest)?.0 as i32
        };
        return (n < 100).then_some(2000 + n);
    }
    let century = parse_words(words.first()?)?.0 as i32;
    let mut rest = &words[1..];
    if rest.first() == Some(&"hundred") {
        rest = &rest[1..];
    }
    let rest = rest.join(" ");
    let n = match rest.strip_prefix("oh ") {
        Some(u) => parse_words(u)?.0 as i32,
        None => parse_words(&rest)?.0 as i32,
    };
    ((17..=20).contains(&century) && n < 100).then_some(century * 100 + n)
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// A month word is a month unless it is a lower-case ambiguous word
/// ("may", "march", "sat") without a day or year attached.
/// Quarter `q` with no year written: of the document's year, or the year
/// before when the clause is past and the quarter has not begun yet.
/// The year of a part of a year (a month, quarter or half, numbered
/// `part`) named without one, when the document is in part `now` of
/// `year`: told in the past, a part still to come is last year's; told of
/// the future, a part gone by is next year's.
fn year_by_tense(year: i32, tense: Tense, part: u32, now: u32) -> i32 {
    match tense {
        Tense::Past if part > now => year - 1,
        Tense::Future if part < now => year + 1,
        _ => year,
    }
}

/// The month (1-12) a financial year starts in, when `text` says:
/// "whose 2026-27 financial year began on April 1", "its fiscal year,
/// which ends in September" (October), "a financial year running from
/// July". `None` when it does not say, or says twice with two months.
pub(crate) fn fiscal_year_start(text: &str) -> Option<u32> {
    static SAYS: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(
            r"(?i)(?-u:\b)(?:fiscal|financial)\s+year,?\s+(?:which\s+|that\s+)?(?:(?:began|begins|begin|starts|started|start|runs|ran|run|beginning|starting|running)|(?P<end>ends|ended|end|ending|closes|closed|closing|to))\s+(?:on\s+|in\s+|from\s+)?(?:the\s+)?(?:(?:1st|first|last|end)\s+(?:day\s+)?of\s+)?(?P<m>{MONTH})(?-u:\b)"
        ))
    });
    // (most text says nothing of its financial year: look only where it might)
    if !text.contains("year") || !(text.contains("iscal") || text.contains("inancial")) {
        return None;
    }
    let mut found = None;
    for c in SAYS.captures_iter(text) {
        let m = crate::normalize::date::month_number(&c["m"])?;
        let start = if c.name("end").is_some() {
            m % 12 + 1
        } else {
            m
        };
        if found.is_some_and(|f| f != start) {
            return None;
        }
        found = Some(start);
    }
    found
}

/// "full-year" (profit, sales, forecast): the year reported on, the
/// document's (or, when the document says when its financial year starts,
/// the financial year it is in: `2026/2027` in November 2026 for a year
/// starting in April). Results told in the past in the first quarter of a
/// year are the year before's ("posted full-year profit of $3bn" in
/// February); a forecast is always the current year's. "a full-year
/// contract" is a length, not a year.
fn full_year_of(_: &Captures, r: &Res) -> Option<(String, &'static str)> {
    let text = r.ctx.text();
    if matches!(
        prev_word(text, r.start).to_ascii_lowercase().as_str(),
        "a" | "one" | "another"
    ) {
        return None;
    }
    let doc = r.date?;
    let start = r.ctx.fiscal_start().unwrap_or(1);
    let shifted = on_year_starting(doc, start)?;
    let ahead = word_after_match(r).is_some_and(|w| {
        matches!(
            w.as_str(),
            "forecast"
                | "forecasts"
                | "guidance"
                | "outlook"
                | "target"
                | "targets"
                | "expectations"
                | "goal"
                | "estimate"
                | "estimates"
        )
    });
    let y = if !ahead && shifted.month() <= 3 && r.tense() == Tense::Past {
        shifted.year() - 1
    } else {
        shifted.year()
    };
    Some(if start == 1 {
        (format!("{y:04}"), "date")
    } else {
        (format!("{y:04}/{:04}", y + 1), "date")
    })
}

/// The document's date on the calendar of a year starting in month
/// `start` (1 for January: the date itself), at the first of its month.
fn on_year_starting(doc: NaiveDate, start: u32) -> Option<NaiveDate> {
    Some(add_months(
        ymd(doc.year(), doc.month(), 1)?,
        -(start as i32 - 1),
    ))
}

/// The calendar quarter that quarter `q` of a year starting in month
/// `start` covers, in the year the tense points to from `doc`: for a
/// January year the quarter itself ("rose in the third quarter" said in
/// May is last year's); for a financial year starting in April, "fiscal
/// second quarter" said in November 2026 is July to September 2026,
/// `2026-Q3`. `None` when the year's quarters are not calendar quarters.
fn quarter_in_year(
    doc: NaiveDate,
    start: u32,
    q: u32,
    tense: Tense,
    adjective: bool,
    results: bool,
) -> Option<String> {
    if !(start - 1).is_multiple_of(3) {
        return None;
    }
    let shifted = on_year_starting(doc, start)?;
    let now = shifted.month().div_ceil(3);
    let fy = match tense {
        Tense::Future if adjective => results_year(shifted.year(), q, now, results),
        t => year_by_tense(shifted.year(), t, q, now),
    };
    let first = add_months(ymd(fy, start, 1)?, 3 * (q as i32 - 1));
    Some(format!(
        "{:04}-Q{}",
        first.year(),
        first.month().div_ceil(3)
    ))
}

/// The word after a match of one hyphenated word ("full-year profit",
/// "fourth-quarter results"), lower case, without punctuation.
fn word_after_match(r: &Res) -> Option<String> {
    r.ctx
        .text()
        .get(r.start..)
        .and_then(|t| t.split_whitespace().nth(1))
        .map(|w| {
            w.trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        })
}

/// Whether the weekday at `start` is any such day, not one date: "on a
/// busy Saturday", "on a typical free Sunday" (an article and up to two
/// adjectives before it; "$92 a barrel on Tuesday" is a date).
fn any_weekday(text: &str, start: usize) -> bool {
    let mut at = start;
    for _ in 0..3 {
        let w = prev_word(text, at);
        if w.is_empty() || !text[..at].ends_with(' ') {
            return false;
        }
        let lw = w.to_ascii_lowercase();
        if matches!(lw.as_str(), "a" | "an") {
            return true;
        }
        if !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            || matches!(
                lw.as_str(),
                "on" | "in"
                    | "at"
                    | "by"
                    | "from"
                    | "to"
                    | "until"
                    | "till"
                    | "since"
                    | "before"
                    | "after"
                    | "of"
                    | "for"
                    | "and"
                    | "or"
                    | "the"
                    | "this"
                    | "that"
                    | "next"
                    | "last"
                    | "every"
                    | "each"
                    // ("find us a time Tuesday": a noun, then the day)
                    | "time"
                    | "day"
                    | "date"
                    | "slot"
                    | "meeting"
                    | "call"
                    | "week"
            )
        {
            return false;
        }
        at = super::text::prev_word_start(text, at);
    }
    false
}

/// The year of "fourth-quarter results" to be reported: results come out
/// in the quarter after, so in the first quarter they are last year's
/// fourth quarter's ("will report fourth-quarter results on Feb. 5", said
/// in January). Else, and for any other quarter adjective ahead
/// ("third-quarter revenue will rise"), the current year's.
fn results_year(year: i32, q: u32, now: u32, results: bool) -> i32 {
    if results && now == 1 && q == 4 {
        year - 1
    } else {
        year
    }
}

fn quarter_of_doc_year(r: &Res, q: u32, adjective: bool) -> Option<(String, &'static str)> {
    let Some(doc) = r.date else {
        return Some((format!("XXXX-Q{q}"), "date"));
    };
    let results = adjective
        && word_after_match(r).is_some_and(|w| {
            matches!(
                w.as_str(),
                "results" | "earnings" | "figures" | "numbers" | "accounts" | "report"
            )
        });
    // "its fiscal second quarter", in a document that says when its
    // financial year starts: the calendar quarter it covers; else "rose in
    // the third quarter" said in May is last year's, "will be done by the
    // end of the first quarter" said in October next year's
    let fiscal = prev_word(r.ctx.text(), r.start).eq_ignore_ascii_case("fiscal");
    let v = fiscal
        .then(|| r.ctx.fiscal_start())
        .flatten()
        .and_then(|m| quarter_in_year(doc, m, q, r.tense(), adjective, results))
        .or_else(|| quarter_in_year(doc, 1, q, r.tense(), adjective, results))?;
    Some((v, "date"))
}

/// Words that make "the first half" a match's, not a year's.
const GAME_WORDS: &[&str] = &[
    "match",
    "game",
    "games",
    "goal",
    "goals",
    "scored",
    "score",
    "scoring",
    "penalty",
    "minute",
    "minutes",
    "striker",
    "midfielder",
    "keeper",
    "goalkeeper",
    "innings",
    "quarterback",
    "touchdown",
    "try",
    "tries",
    "half-time",
    "halftime",
    "kick",
    "shot",
    "shots",
    "league",
    "referee",
    "substitute",
    "opener",
    "equaliser",
    "equalizer",
    "winner",
    "header",
    "set",
    "sets",
    "lap",
    "laps",
    "race",
    "round",
    "film",
    "book",
    "show",
    "concert",
];

/// "the first half" ending at `end` is some other thing's half: before
/// "of" ("the first half of the match") or in a sentence about a game.
fn half_of_something_else(ctx: &Ctx, start: usize, end: usize) -> bool {
    let next = super::text::next_word(ctx.text(), end).to_ascii_lowercase();
    if next == "of" || GAME_WORDS.contains(&next.as_str()) {
        return true;
    }
    let (sentence, _) = ctx.sentence_of(start);
    sentence
        .split(|ch: char| !(ch.is_ascii_alphabetic() || ch == '-'))
        .any(|w| GAME_WORDS.contains(&w.to_ascii_lowercase().as_str()))
}

/// "the first half" (or "first-half sales") of the document's year, read
/// by the tense like a quarter (see [`half_of_something_else`]).
fn half_of_doc_year(r: &Res, half: &str) -> Option<(String, &'static str)> {
    let h = if half.eq_ignore_ascii_case("first") {
        1
    } else {
        2
    };
    let Some(doc) = r.date else {
        return Some((format!("XXXX-H{h}"), "date"));
    };
    let y = year_by_tense(doc.year(), r.tense(), h, doc.month().div_ceil(6));
    Some((format!("{y}-H{h}"), "date"))
}

/// Whether a participle of starting comes right before `start` (maybe
/// with "on"): "bans ..., starting on Friday", "effective Monday" name
/// when something announced begins, which is ahead.
fn starts_a_schedule(text: &str, start: usize) -> bool {
    let w = prev_word(text, start).to_ascii_lowercase();
    let starting = |w: &str| matches!(w, "starting" | "beginning" | "effective" | "commencing");
    starting(&w)
        || (w == "on"
            && starting(
                &prev_word(text, super::text::prev_word_start(text, start)).to_ascii_lowercase(),
            ))
}

/// Whether the word before the "for" right before `start` makes an
/// appointment of the month after it: "set for March", "scheduled for
/// June" (not "figures for March", "a record for May").
fn appointment_before_for(text: &str, start: usize) -> bool {
    let for_at = super::text::prev_word_start(text, start);
    matches!(
        prev_word(text, for_at).to_ascii_lowercase().as_str(),
        "set"
            | "scheduled"
            | "planned"
            | "slated"
            | "due"
            | "booked"
            | "earmarked"
            | "pencilled"
            | "penciled"
            | "timetabled"
            | "targeted"
            | "fixed"
            | "postponed"
            | "delayed"
            | "moved"
            | "rescheduled"
    )
}

/// A month named with no preposition (see `date.month`): before a noun
/// after "the/its/their" (`det`: "the lowest March reading", "the June
/// figures"), or alone as the subject that opens a sentence ("February
/// was the coldest in 15 years") or with a possessive ("August's figures").
/// Only a full, capitalized month name, and never "May" (a name, a verb).
/// `start` is where the month word `mw` starts in `text`.
fn month_as_noun(text: &str, start: usize, mw: &str, det: bool) -> bool {
    if !mw.starts_with(char::is_uppercase)
        || mw.eq_ignore_ascii_case("may")
        || is_month_abbrev(mw)
        || mw.ends_with('.')
    {
        return false;
    }
    let end = start + mw.len();
    let Some(after) = text.get(end..) else {
        return false;
    };
    let next = super::text::next_word(text, end);
    let lower_word = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase());
    if det {
        // ("the busiest September on record", "a wet June": after an
        // adjective the month is a noun whatever follows)
        let prev = prev_word(text, start);
        if lower_word(prev) && !matches!(prev, "the" | "its" | "their" | "a" | "an") {
            return true;
        }
        // (a noun follows: not "the March on Rome", "the June and July")
        return after.starts_with(' ')
            && lower_word(next)
            && !matches!(
                next,
                "and"
                    | "or"
                    | "to"
                    | "of"
                    | "on"
                    | "in"
                    | "at"
                    | "for"
                    | "by"
                    | "with"
                    | "from"
                    | "than"
                    | "that"
                    | "which"
                    | "who"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
                    | "as"
            );
    }
    if let Some(rest) = after
        .strip_prefix("'s ")
        .or_else(|| after.strip_prefix("’s "))
    {
        return lower_word(super::text::next_word(rest, 0));
    }
    let before = text[..start].trim_end_matches([' ', '\u{a0}', '\t']);
    let opens = before.is_empty()
        || before.ends_with(['.', '!', '?', '\n', '“', '"', ':', ';']) && !before.ends_with("...");
    opens
        && after.starts_with(' ')
        && matches!(
            next,
            "was"
                | "were"
                | "is"
                | "has"
                | "had"
                | "saw"
                | "brought"
                | "ended"
                | "began"
                | "marked"
        )
}

fn month_ok(word: &str, attached: bool) -> bool {
    let lower = word.trim_end_matches('.').to_ascii_lowercase();
    let capitalized = word.starts_with(char::is_uppercase);
    if capitalized {
        return lower != "may" || attached;
    }
    if attached {
        return true;
    }
    matches!(
        lower.as_str(),
        "january"
            | "february"
            | "april"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    )
}

/// A range of days in one month: "18-19" of November, resolved like a
/// month and day, the end in the start's year.
/// The part of a year or month that [`RULE_TABLE`]'s `date.span_of` names:
/// its first or last `n` units, or its k-th quarter or half.
fn span_of(c: &Captures, r: &Res) -> Option<(String, &'static str)> {
    let edge = c.name("edge")?.as_str().to_ascii_lowercase();
    let unit = c.name("unit")?.as_str().to_ascii_lowercase();
    let n = match c.name("n") {
        Some(n) => {
            let n = count(n.as_str())?;
            (n.fract() == 0.0 && n >= 1.0).then_some(n as u32)?
        }
        None => 1,
    };
    // The k-th ("second quarter") names one unit; first and last take a count.
    let kth = match edge.as_str() {
        "second" | "2nd" => Some(2),
        "third" | "3rd" => Some(3),
        "fourth" | "4th" => Some(4),
        _ => None,
    };
    if kth.is_some() && (c.name("n").is_some() || !matches!(unit.as_str(), "quarter" | "half")) {
        return None;
    }
    let from_end = matches!(edge.as_str(), "last" | "final");
    let rel_shift = |w: &str| match w.to_ascii_lowercase().as_str() {
        "last" | "previous" => -1,
        "next" | "coming" => 1,
        _ => 0,
    };
    let doc = r.date;
    let year_of_doc = |shift: i32| doc.map(|d| d.year() + shift);
    let fmt_year = |y: Option<i32>| y.map_or("XXXX".to_string(), |y| y.to_string());
    let month = c.name("mon").map(|m| month_number(m.as_str())).or(c
        .name("relm")
        .map(|rel| doc.map(|d| add_months(d, rel_shift(rel.as_str())).month())));
    if let Some(month) = month {
        // Days or weeks of a month.
        let month = month?;
        let year = match (c.name("my"), c.name("relm")) {
            (Some(y), _) => y.as_str().parse().ok(),
            (None, Some(rel)) => doc.map(|d| add_months(d, rel_shift(rel.as_str())).year()),
            (None, None) => year_of_doc(0),
        };
        let len =
            u32::from(NaiveDate::from_ymd_opt(year.unwrap_or(2001), month, 1)?.num_days_in_month());
        let days = match unit.as_str() {
            "day" => n,
            "week" => 7 * n,
            _ => return None,
        };
        if days > len {
            return None;
        }
        let (a, b) = if from_end {
            (len - days + 1, len)
        } else {
            (1, days)
        };
        let y = fmt_year(year);
        if a == b {
            return Some((format!("{y}-{month:02}-{a:02}"), "date"));
        }
        return Some((
            format!("{y}-{month:02}-{a:02}/{y}-{month:02}-{b:02}"),
            "date",
        ));
    }
    let year = if let Some(y) = c.name("y").or(c.name("y2")) {
        y.as_str().parse().ok()
    } else {
        year_of_doc(rel_shift(c.name("rel").or(c.name("rel2"))?.as_str()))
    };
    let y = fmt_year(year);
    let (units, code): (u32, &str) = match unit.as_str() {
        "half" => (2, "H"),
        "quarter" => (4, "Q"),
        "month" => (12, ""),
        "week" => (52, ""),
        _ => (
            if year.is_some_and(|y| ymd(y, 2, 29).is_some()) {
                366
            } else {
                365
            },
            "",
        ),
    };
    if let Some(k) = kth {
        return (k <= units).then(|| (format!("{y}-{code}{k}"), "date"));
    }
    if n > units || unit == "half" && n > 1 {
        return None;
    }
    if matches!(unit.as_str(), "week" | "day") {
        // Weeks and days of a year as dates: "the first two weeks of 2021"
        // are 1-14 January, whatever weekday the year starts on.
        let days = if unit == "week" { 7 * n } else { n } as i64;
        let yy = year.unwrap_or(2001);
        let (start, end) = if from_end {
            let last = NaiveDate::from_ymd_opt(yy, 12, 31)?;
            (last - Duration::days(days - 1), last)
        } else {
            let first = NaiveDate::from_ymd_opt(yy, 1, 1)?;
            (first, first + Duration::days(days - 1))
        };
        if start == end {
            return Some((fmt_year_date(year, start), "date"));
        }
        return Some((
            format!(
                "{}/{}",
                fmt_year_date(year, start),
                fmt_year_date(year, end)
            ),
            "date",
        ));
    }
    let (a, b) = if from_end {
        (units - n + 1, units)
    } else {
        (1, n)
    };
    let one = |i: u32| {
        if unit == "month" {
            format!("{y}-{i:02}")
        } else {
            format!("{y}-{code}{i}")
        }
    };
    if a == b {
        return Some((one(a), "date"));
    }
    Some((format!("{}/{}", one(a), one(b)), "date"))
}

/// A date whose year may be unknown (`XXXX-01-14`).
fn fmt_year_date(year: Option<i32>, d: NaiveDate) -> String {
    match year {
        Some(_) => fmt_date(d),
        None => format!("XXXX{}", &fmt_date(d)[4..]),
    }
}

/// A weekday name listed with another/// A weekday name listed with another: "Mon, Wed and Fri" (where a short
/// form that is also a word, "Wed", "Sun", is a day).
fn in_weekday_list(text: &str, start: usize, end: usize) -> bool {
    let joiner = |gap: &str| {
        matches!(
            gap.trim().to_ascii_lowercase().as_str(),
            "," | "and" | "or" | "&" | "/" | ", and" | ", or"
        )
    };
    let day_word = |w: &str| w.starts_with(char::is_uppercase) && weekday(w).is_some();
    let end = end.min(text.len());
    let after = &text[end..];
    let word_at = after
        .find(|c: char| c.is_alphabetic())
        .unwrap_or(after.len());
    let next: String = after[word_at..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    if day_word(&next) && joiner(&after[..word_at]) {
        return true;
    }
    let before = &text[..start.min(text.len())];
    let word_end = before
        .rfind(|c: char| c.is_alphabetic())
        .map_or(0, |i| i + 1);
    let prev_start = before[..word_end]
        .rfind(|c: char| !c.is_alphabetic())
        .map_or(0, |i| i + 1);
    day_word(&before[prev_start..word_end]) && joiner(&before[word_end..])
}

/// "18 and 19 June" names two days, "between 18 and 19 June" a span:
/// days joined by "and" are a span only after "between" (the days of a
/// list are found by [`day_lists`]).
fn and_without_between(c: &Captures, a: usize, b: usize) -> bool {
    let (Some(a), Some(b)) = (c.get(a), c.get(b)) else {
        return false;
    };
    let whole = c.get(0).expect("group 0");
    let gap = &whole.as_str()[a.end() - whole.start()..b.start() - whole.start()];
    gap.trim().eq_ignore_ascii_case("and")
        && !whole.as_str()[..4.min(whole.len())].eq_ignore_ascii_case("betw")
}

fn day_range(
    r: &Res,
    m: u32,
    d1: &str,
    d2: &str,
    year: Option<i32>,
) -> Option<(String, &'static str)> {
    let (d1, d2) = (day_number(d1)?, day_number(d2)?);
    if d2 <= d1 {
        return None;
    }
    let (start, _) = month_day(r, m, d1, year)?;
    let end = format!("{}{d2:02}", &start[..start.len() - 2]);
    if !start.starts_with('X') {
        parse_day(&end)?;
    }
    Some((format!("{start}/{end}"), "date"))
}

fn month_day(r: &Res, m: u32, d: u32, year: Option<i32>) -> Option<(String, &'static str)> {
    if let Some(y) = year.or_else(|| r.stated_year()) {
        return ymd(y, m, d).map(|x| (fmt_date(x), "date"));
    }
    // Validity against a leap year, so "February 29" passes before we know the year.
    ymd(2000, m, d)?;
    let Some(doc) = r.date else {
        return Some((format!("XXXX-{m:02}-{d:02}"), "date"));
    };
    let this = ymd(doc.year(), m, d);
    let cand = match (this, r.tense()) {
        // A clause the date opens in the past puts it in the year before
        // when it is after the document's; otherwise a date up to a month
        // ahead stays this year (a past reporting verb often announces a
        // date to come).
        (Some(x), Tense::Past)
            if x > doc + Duration::days(if r.opens_past_clause() { 0 } else { 31 }) =>
        {
            ymd(doc.year() - 1, m, d)
        }
        (Some(x), Tense::Future) if x < doc - Duration::days(31) => ymd(doc.year() + 1, m, d),
        (Some(x), _) => Some(x),
        (None, _) => ymd(doc.year() - 1, m, d).or_else(|| ymd(doc.year() + 1, m, d)),
    }?;
    Some((fmt_date(cand), "date"))
}

/// A weekday in the week named relative to the document date: "next
/// week Wednesday" is the Wednesday of next week.
fn week_weekday(r: &Res, rel: &str, wd: &str) -> Option<(String, &'static str)> {
    let wd = weekday(wd)?;
    let off = match rel.to_ascii_lowercase().as_str() {
        "last" | "previous" => -1,
        "this" => 0,
        _ => 1,
    };
    let Some(doc) = r.date else {
        return Some((format!("XXXX-WXX-{}", wd.number_from_monday()), "date"));
    };
    let monday = doc - Duration::days(doc.weekday().num_days_from_monday() as i64);
    let d = monday + Duration::weeks(off) + Duration::days(wd.num_days_from_monday() as i64);
    Some((fmt_date(d), "date"))
}

/// Years of a span of months named without a year ("from May to
/// September"): the span in the document's year (ending the next year when
/// the end month comes first), unless the tense says otherwise: in the
/// past its last month has begun by the document date, in the future it
/// has not ended yet.
fn month_span_years(doc: NaiveDate, a: u32, b: u32, tense: Tense) -> (i32, i32) {
    let y = doc.year();
    let wrap = i32::from(b < a);
    let last = ymd(y + wrap, b, 1).unwrap_or(doc);
    match tense {
        Tense::Past if last > doc => (y - 1, y - 1 + wrap),
        Tense::Future if add_months(last, 1) <= doc => (y + 1, y + 1 + wrap),
        _ => (y, y + wrap),
    }
}

/// Whether the match follows a word that makes "the following week" a
/// length: "over", "during", "within", "throughout", "in".
fn span_word_before(r: &Res<'_>) -> bool {
    let w = prev_word(r.ctx.text(), r.start).to_ascii_lowercase();
    matches!(
        w.as_str(),
        "over" | "during" | "within" | "throughout" | "in"
    )
}

/// Unit and step of an anaphoric phrase: "the same week" (week, 0), "the
/// day after" (day, 1), "the previous month" (month, -1).
fn anaphor_unit(phrase: &str) -> (String, i32) {
    let p = phrase.to_ascii_lowercase();
    let words: Vec<&str> = p.split_whitespace().collect();
    let last = words.last().copied().unwrap_or("");
    match last {
        "before" => ("day".into(), -1),
        "after" => ("day".into(), 1),
        _ => {
            let step = if words.contains(&"previous") {
                -1
            } else if words.contains(&"next") || words.contains(&"following") {
                1
            } else {
                0
            };
            (last.to_string(), step)
        }
    }
}

/// `d` moved by `n` units ("day", "week", "weekend", "month", "year").
fn step_unit(d: NaiveDate, unit: &str, n: i32) -> NaiveDate {
    match unit {
        "day" => d + Duration::days(n as i64),
        "week" | "weekend" => d + Duration::weeks(n as i64),
        "month" => add_months(d, n),
        _ => add_months(d, 12 * n),
    }
}

/// "over the summer", "in the autumn", "during the winter": a season
/// named with "the" after a preposition of time is the one in progress at
/// the document date, else the last one (the next one in a clause that
/// looks ahead; the nearest when no word shows the tense, or when it is
/// what something is booked "for"); see [`season_year`], which dates a
/// winter by its December. So is a season ranked ("the wettest winter on
/// record") and one that is the subject of a clause told ahead ("the
/// winter will be hard"; `end` is where the season's word ends). Without
/// "the" ("summer period", "a summer job") or a preposition ("the summer
/// holidays start") it is no date.
fn the_season(r: &Res, code: &'static str, end: usize) -> Option<(String, &'static str)> {
    let text = r.ctx.text();
    let prev = prev_word(text, r.start).to_ascii_lowercase();
    // "the wettest winter on record", "the hottest summer since 1976": a
    // season ranked is one that happened (or, said ahead, will)
    let ranked = prev.ends_with("est")
        && super::text::is_record_word(&prev)
        && prev_word(text, super::text::prev_word_start(text, r.start)).eq_ignore_ascii_case("the");
    // "pretend the winter will be easy": the season is the subject of a
    // clause told ahead
    let subject_ahead = prev == "the" && matches!(next_word(text, end), "will" | "would");
    if ranked || subject_ahead {
        let doc = r.date?;
        let y = season_year(
            doc,
            code,
            r.tense_shown().or(subject_ahead.then_some(Tense::Future)),
        );
        return Some((format!("{y}-{code}"), "date"));
    }
    if prev != "the" {
        return None;
    }
    let the = text[..r.start].trim_end();
    let the_start = the.len().checked_sub(3)?;
    let prep = prev_word(text, the_start).to_ascii_lowercase();
    if !matches!(
        prep.as_str(),
        "in" | "over"
            | "during"
            | "through"
            | "throughout"
            | "since"
            | "until"
            | "till"
            | "by"
            | "before"
            | "after"
            | "into"
            | "across"
            | "for"
            | "from"
    ) {
        return None;
    }
    let Some(doc) = r.date else {
        return Some((format!("XXXX-{code}"), "date"));
    };
    // ("bookings for the winter were running ahead": what a season is
    // booked or planned for is the nearest, whatever the reporting tense)
    let tense = if prep == "for" { None } else { r.tense_shown() };
    let y = season_year(doc, code, tense);
    Some((format!("{y}-{code}"), "date"))
}

/// The year of the season `code` a clause of `tense` means, said on `doc`:
/// ahead, the next one not over; behind, the last one begun; with no
/// tense, the nearest (by months to its middle month). A winter is the
/// year of its December ("2025-WI" runs into 2026).
fn season_year(doc: NaiveDate, code: &str, tense: Option<Tense>) -> i32 {
    let start_month = match code {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    };
    // (months counted from January of the document's year; a winter
    // begun last December started at month 0)
    let now = doc.month() as i32;
    let start_of = |y: i32| (y - doc.year()) * 12 + start_month;
    let begun = |y: i32| start_of(y) <= now;
    let over = |y: i32| start_of(y) + 3 <= now;
    let years = doc.year() - 2..=doc.year() + 1;
    match tense {
        Some(Tense::Future) => years.clone().find(|&y| !over(y)).unwrap_or(doc.year()),
        Some(Tense::Past) => years
            .clone()
            .rev()
            .find(|&y| begun(y))
            .unwrap_or(doc.year()),
        None => years
            .min_by_key(|&y| (start_of(y) + 1 - now).abs())
            .unwrap_or(doc.year()),
    }
}

/// The `unit` ("day", "week", "weekend", "month", "year") holding `d`.
fn anaphor_value(d: NaiveDate, unit: &str) -> String {
    match unit {
        "day" => fmt_date(d),
        "week" => fmt_week(d),
        "weekend" => format!("{}-WE", fmt_week(d)),
        "month" => fmt_month(d.year(), d.month()),
        _ => format!("{:04}", d.year()),
    }
}

/// The date nearest the document date (back in the past tense, ahead in
/// the future) whose day of the month is `day` and weekday `wd`:
/// "Sunday 31".
fn weekday_on_day(doc: NaiveDate, wd: Weekday, day: u32, tense: Tense) -> Option<NaiveDate> {
    let mut best_past: Option<NaiveDate> = None;
    let mut best_future: Option<NaiveDate> = None;
    for k in -36..=36 {
        let first = add_months(NaiveDate::from_ymd_opt(doc.year(), doc.month(), 1)?, k);
        let Some(d) = NaiveDate::from_ymd_opt(first.year(), first.month(), day) else {
            continue;
        };
        if d.weekday() != wd {
            continue;
        }
        if d.year() == doc.year() && d.month() == doc.month() {
            return Some(d);
        }
        if d < doc {
            best_past = Some(d);
        } else if best_future.is_none() {
            best_future = Some(d);
        }
    }
    match tense {
        Tense::Past => best_past.or(best_future),
        Tense::Future => best_future.or(best_past),
    }
}

/// Resolve a weekday against the document date.
pub fn resolve_weekday(doc: NaiveDate, wd: Weekday, rel: Option<&str>, tense: Tense) -> NaiveDate {
    let today = doc.weekday().num_days_from_monday() as i64;
    let target = wd.num_days_from_monday() as i64;
    let back = (today - target).rem_euclid(7); // 0..6 days back
    let fwd = (target - today).rem_euclid(7); // 0..6 days ahead
    match rel {
        // "last Wednesday", "previous Wednesday": the Wednesday of last week.
        Some("last" | "previous") => doc - Duration::days(today + 7) + Duration::days(target),
        Some("past") => doc - Duration::days(if back == 0 { 7 } else { back }),
        Some("next" | "following") => {
            // "next Monday": the Monday of next week.
            let monday_next = doc + Duration::days(7 - today);
            monday_next + Duration::days(target)
        }
        Some("coming") => doc + Duration::days(if fwd == 0 { 7 } else { fwd }),
        Some("this") => doc - Duration::days(today) + Duration::days(target),
        _ => match tense {
            Tense::Past => doc - Duration::days(back),
            Tense::Future => doc + Duration::days(fwd),
        },
    }
}

/// A count word or digits ("two", "a", "24").
fn count(w: &str) -> Option<f64> {
    let w = w.trim().to_ascii_lowercase();
    let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
    for (tail, extra) in [
        (" and a half", 0.5),
        (" and half", 0.5),
        (" and a quarter", 0.25),
        (" and quarter", 0.25),
    ] {
        if let Some(head) = w.strip_suffix(tail) {
            return count(head).map(|v| v + extra);
        }
    }
    if let Ok(v) = w.parse::<f64>() {
        return Some(v);
    }
    // ("1,020 hours")
    if w.contains(',')
        && let Ok(v) = w.replace(',', "").parse::<f64>()
    {
        return Some(v);
    }
    if w == "a" || w == "an" {
        return Some(1.0);
    }
    if w.contains("couple") {
        return Some(2.0);
    }
    parse_words(&w).map(|(v, _)| v)
}

fn shift(doc: NaiveDate, n: i64, unit: &str) -> (String, &'static str) {
    // "two weeks ago", "in two months": the day that many units away.
    match unit {
        "day" => (fmt_date(doc + Duration::days(n)), "date"),
        "week" => (fmt_date(doc + Duration::weeks(n)), "date"),
        "fortnight" => (fmt_date(doc + Duration::weeks(2 * n)), "date"),
        "month" => (fmt_date(add_months(doc, n as i32)), "date"),
        "decade" => (format!("{:03}", (doc.year() as i64 + 10 * n) / 10), "date"),
        _ => (fmt_date(add_months(doc, 12 * n as i32)), "date"),
    }
}

/// "the next three days", "the past five years", "within nine months":
/// the span of days they cover, as a `START/END` interval of days.
fn span(doc: NaiveDate, rel: &str, n: i64, unit: &str) -> (String, &'static str) {
    let after = |d: NaiveDate, k: i64| match unit {
        "day" => d + Duration::days(k),
        "week" => d + Duration::weeks(k),
        "fortnight" => d + Duration::weeks(2 * k),
        "month" => add_months(d, k as i32),
        _ => add_months(d, 12 * k as i32),
    };
    let (start, end_excl) = match rel {
        "within" => (doc, after(doc, n)),
        "past" | "last" | "previous" => (after(doc, -n), doc),
        _ => (doc + Duration::days(1), after(doc + Duration::days(1), n)),
    };
    let end = end_excl - Duration::days(1);
    (
        format!("{}/{}", fmt_date(start), fmt_date(end.max(start))),
        "date",
    )
}

/// ISO 8601 duration for `n` units; `None` is an unknown count (`PXY`).
fn iso_duration(n: Option<f64>, unit: &str) -> String {
    let unit = unit.trim_end_matches('s');
    let (mult, letter, time) = match unit {
        "second" => (1.0, 'S', true),
        "minute" => (1.0, 'M', true),
        "hour" => (1.0, 'H', true),
        "day" | "night" => (1.0, 'D', false),
        "weekend" => (2.0, 'D', false),
        "week" => (1.0, 'W', false),
        "fortnight" => (2.0, 'W', false),
        "month" => (1.0, 'M', false),
        "decade" => (10.0, 'Y', false),
        "century" | "centurie" => (100.0, 'Y', false),
        _ => (1.0, 'Y', false),
    };
    let count = n
        .map(|v| fmt_num(v * mult))
        .unwrap_or_else(|| "X".to_string());
    // "six and a half years" is P6Y6M, "an hour and a half" PT1H30M
    let v = if time {
        format!("PT{count}{letter}")
    } else {
        format!("P{count}{letter}")
    };
    crate::normalize::date::whole_units(&v).unwrap_or(v)
}

/// Words before a bare year that make it a date.
const YEAR_CONTEXT: &[&str] = &[
    "in",
    "since",
    "by",
    "until",
    "till",
    "from",
    "to",
    "of",
    "during",
    "before",
    "after",
    "between",
    "and",
    "early",
    "mid",
    "late",
    "the",
    "year",
    "fiscal",
    "circa",
    "through",
    "throughout",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "around",
    "or",
    "for",
    "as",
    "than",
    "election",
    "census",
    "vintage",
    "model",
    "class",
    "season",
    // "its 2010 peak", "their 2019 manifesto"
    "its",
    "their",
    "his",
    "her",
    "our",
    "whose",
];

fn year_in_context(text: &str, start: usize, end: usize) -> bool {
    let prev = prev_word(text, start).to_ascii_lowercase();
    if YEAR_CONTEXT.contains(&prev.as_str()) || month_number(&prev).is_some() {
        return true;
    }
    // "27% below 2024", "up 3% on 2025": a year a change is measured from
    if matches!(prev.as_str(), "below" | "above" | "on" | "than")
        && text[..super::text::prev_word_start(text, start)]
            .trim_end()
            .ends_with(|c: char| c == '%' || c.is_ascii_digit())
    {
        return true;
    }
    let after = &text[end..];
    if after.starts_with("'s") || after.starts_with("’s") || after.starts_with(" or later") {
        return true;
    }
    let next = after.chars().next();
    match next {
        None => true,
        Some(',' | '.' | ';' | ':' | ')' | '!' | '?') => {
            // "2,016" is a number, not "2016,"
            !after[1..].starts_with(|c: char| c.is_ascii_digit())
        }
        _ => false,
    }
}

/// Extract date claims from the document body.
pub fn extract(ctx: &Ctx) -> Vec<Claim> {
    let text = ctx.text();
    let body = ctx.body();
    let mut found: Vec<Claim> = Vec::new();
    // One pass of the rule set over each paragraph says which rules can
    // match there at all; only those run, so prose without dates costs one
    // scan instead of one scan per rule.
    for para in ctx.doc.paragraphs.iter().filter(|p| p.start >= body.start) {
        let hits = rules_matching(&text[para.clone()]);
        for rule in hits.iter().map(|i| &RULE_TABLE[i.as_usize()]) {
            for c in rule.re.get().captures_iter(&text[para.clone()]) {
                let m = c.get(0).expect("group 0");
                // A rule may mark where its span starts after a leading word
                // ("in March": the claim is "March").
                let m_start = c.name("s").map_or(m.start(), |g| g.start());
                let (mut start, mut end) = (para.start + m_start, para.start + m.end());
                start += article_of_a_noun(&text[start..end]);
                // A sentence's full stop is not part of "Thursday." (only of
                // "Thu.") or of "6pm." (only of "6 p.m.").
                let word_before_dot = |w: &[u8]| {
                    end > start + w.len()
                        && text.as_bytes()[end - 1 - w.len()..end - 1].eq_ignore_ascii_case(w)
                };
                // A full month name is no abbreviation either: "until 9
                // January." ("Jan." keeps its dot).
                // (Read only after a dot, so `end - 1` is a char boundary.)
                let full_month = || {
                    text[start..end - 1]
                        .rsplit(|c: char| !c.is_ascii_alphabetic())
                        .next()
                        .is_some_and(|w| {
                            w.len() >= 3 && month_number(w).is_some() && !is_month_abbrev(w)
                        })
                };
                if text[..end].ends_with('.')
                    && (word_before_dot(b"day")
                        || word_before_dot(b"pm")
                        || word_before_dot(b"am")
                        || full_month())
                {
                    end -= 1;
                }

                if rule.id == "date.year" && !year_in_context(text, start, end) {
                    continue;
                }
                // A full date in figures is unambiguous even glued into a
                // file name ("sales_report-2002-10-09.xlsx").
                let glued_ok = rule.id == "date.iso" && m.len() >= 8;
                // A clock time that names its half of the day may touch a
                // dash and a digit: "8-9am", "9am-5.30pm".
                let clock_ok = rule.id == "date.time" && names_meridiem(&text[start..end]);
                // "10-12 days": the length's digits after a hyphen and
                // digits are a range (see `duration_ranges`).
                let range_ok = rule.id == "date.duration"
                    && hyphened_low_end(text, start).is_some_and(|s| boundary_ok(text, s, end));
                if !(boundary_ok(text, start, end)
                    || range_ok
                    || (glued_ok || clock_ok) && !glued_alnum(text, start, end))
                {
                    continue;
                }
                if rule.id == "date.time" && text[end..].starts_with(':') {
                    continue;
                }
                if c.name("half").is_some() && half_of_something_else(ctx, start, end) {
                    continue;
                }
                // ("on the 14th of 21 stages": one of a numbered series)
                if rule.id == "date.day_of_month" && super::text::of_a_numbered_series(&text[end..])
                {
                    continue;
                }
                if rule.id == "date.day_of_month"
                    && !matches!(
                        super::text::next_word(text, end)
                            .to_ascii_lowercase()
                            .as_str(),
                        "" | "at" | "and" | "or" | "to" | "of" | "this" | "next" | "from" | "until"
                    )
                {
                    continue;
                }
                if rule.id == "date.weekday" && !weekday_day_ok(text, end) {
                    continue;
                }
                // "the day before the vote" hangs on an event, not on a date.
                if rule.id == "date.anaphoric"
                    && (m.as_str().ends_with("before") || m.as_str().ends_with("after"))
                    && !super::text::next_word(text, end).is_empty()
                {
                    continue;
                }
                if rule.id == "date.decade" && possessive_before(text, start) {
                    continue;
                }
                if rule.id == "date.holiday" && text[..start].trim_end().ends_with(['s', 'S']) && {
                    let b = text[..start].trim_end();
                    b.ends_with("'s") || b.ends_with("’s")
                } {
                    // "Ukraine's Independence Day" is not the US holiday.
                    continue;
                }
                if rule.id == "date.weekday" && !weekday_day_ok(text, end) {
                    continue;
                }
                if rule.id == "date.set" && adjective_use(text, end) {
                    continue;
                }
                if rule.id == "date.duration" && !duration_in_context(text, start, end) {
                    continue;
                }
                // "moved from May to July": two dates (see `merge_intervals`)
                if end > start + 5
                    && text.as_bytes()[start..start + 5].eq_ignore_ascii_case(b"from ")
                    && moved_from(text, start)
                {
                    continue;
                }
                // "for $12 December 27": the digits after a currency sign are
                // an amount, not a day.
                // (on the same line: "$" closing a paragraph is no sign)
                if text[start..].starts_with(|ch: char| ch.is_ascii_digit())
                    && text[..start]
                        .trim_end_matches([' ', '\t', '\u{a0}'])
                        .ends_with(['$', '£', '€', '¥', '₹', '₩', '₽'])
                {
                    continue;
                }
                let res = Res::at(
                    ctx,
                    start,
                    !rule.id.ends_with("duration")
                        && ((ctx.date_style == DateStyle::Timex && starts_a_schedule(text, start))
                            || (prev_word(text, start).eq_ignore_ascii_case("for")
                        // (a month, quarter or season after "for" is an
                        // appointment only after a word of one: "figures for
                        // March", "net income for the third quarter" report)
                        && (!matches!(
                            rule.id,
                            "date.month" | "date.quarter" | "date.season" | "date.part_of_year"
                        ) || appointment_before_for(text, start)))),
                );
                if let Some((value, mut ctype)) = (rule.resolve)(&c, &res) {
                    if ctype == "time_bare" && zone_after(text, end) {
                        // "at 17.30 local time", "at 9 GMT": a clock reading.
                        ctype = "time";
                    } else if ctype == "time_bare" && !bare_time_ends(text, end) {
                        continue;
                    }
                    if ctype == "date_spoken" {
                        // "May two thousand protesters": a count, not a year.
                        if !phrase_ends(text, end) {
                            continue;
                        }
                        ctype = "date";
                    }
                    // ", 11/22" only in a list after another date in figures.
                    let list = c.name("list").map(|l| para.start + l.start());
                    if list.is_some_and(|l| !text[..l].ends_with(|ch: char| ch.is_ascii_digit())) {
                        continue;
                    }
                    if rule.id == "date.numeric"
                        && (c.name("pre").is_some() || list.is_some())
                        && !fraction_free(text, end)
                    {
                        continue;
                    }
                    let mut claim = Claim::new(Kind::Date, ctype, start, end, rule.id);
                    claim.value = value;
                    found.push(claim);
                }
            }
        }
    }
    let mut kept = select_longest(found);
    compose_durations(ctx, &mut kept);
    duration_ranges(text, &mut kept);
    unit_carried_over(text, &mut kept);
    weeks_of(text, &mut kept);
    spans_to(text, &mut kept, ctx.date_style);
    merge_intervals(ctx, &mut kept);
    drop_overlaps(&mut kept);
    share_weeks(text, &mut kept);
    weekday_dates_and_day_ends(text, &mut kept);
    resolve_anaphora(ctx, &mut kept);
    dated_by_the_year_after(text, &mut kept);
    quarters_by_months(text, &mut kept);
    quarters_in_apposition(text, &mut kept);
    elided_units(text, &mut kept);
    parts_of_named_years(text, &mut kept);
    parts_of_days(text, &mut kept);
    attach_parts(text, &mut kept);
    day_lists(ctx, &mut kept);
    drop_overlaps(&mut kept);
    time_ranges(text, &mut kept);
    attach_times(text, &mut kept);
    times_in_parts(text, &mut kept);
    race_times(text, &mut kept);
    if ctx.date_style == DateStyle::Timex {
        timex_values(ctx, &mut kept);
        // "has published results annually", "smoke daily": an adverb of
        // frequency says how often, not when; TIMEX annotators leave it
        // ("every year" stays a set)
        kept.retain(|c| !(c.ctype == "set" && frequency_adverb(&text[c.start..c.end])));
    }
    kept
}

/// The period of a word of frequency ("annually", "bi-weekly",
/// "everyday"), in any case, hyphens aside; `None` for any other word.
fn frequency_period(w: &str) -> Option<&'static str> {
    Some(match w.to_ascii_lowercase().replace('-', "").as_str() {
        "annually" | "yearly" => "P1Y",
        "weekly" => "P1W",
        "daily" | "nightly" | "everyday" => "P1D",
        "monthly" => "P1M",
        "quarterly" => "P3M",
        "fortnightly" | "biweekly" => "P2W",
        "bimonthly" => "P2M",
        "semiannually" | "biannually" => "P0.5Y",
        "hourly" => "PT1H",
        _ => return None,
    })
}

/// A lone adverb of frequency: "annually", "weekly", "daily" ("everyday"
/// is an adjective; "6am everyday" stays a set).
fn frequency_adverb(s: &str) -> bool {
    !s.eq_ignore_ascii_case("everyday") && frequency_period(s).is_some()
}

/// The TIMEX3 value of phrases the rules resolve to a stretch of calendar
/// ([`DateStyle`]): a length counted from now ("within 12 weeks", "over
/// the next five years", "in the past 24 months", "over the next decade")
/// is that length; "until March 26" and "before the end of the year" are
/// the day or the year (the span starts after the word); a part of a month
/// or year ("mid-August", "late 2024", "the end of the month") is the month
/// or year it is part of; "so far this year" and "the same period last
/// year" are that year; a clock time with no day ("at 4:30 p.m.") is on the
/// day its sentence names, else on the document's date. ("The three months
/// to October" is split by `spans_to`: "three months" and "October".)
fn timex_values(ctx: &Ctx, claims: &mut [Claim]) {
    let text = ctx.text();
    static LENGTH: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^(?:(?P<prep>within|over|in|during|for|throughout)\s+)?(?:the\s+)?(?:(?:next|past|last|previous|coming|following|upcoming)\s+)?(?P<n>NUMW)\s+(?P<unit>days?|weeks?|fortnights?|months?|years?|decades?)$",
        )
    });
    static DECADE: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)^(?:next|past|last|coming)\s+(?P<unit>decade|century)$"));
    static LENGTH_PREP: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?i)(?-u:\b)(?:over|during|for|within|throughout)\s+(?P<the>the\s+)$")
    });
    static PART: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^(?:(?:the\s+)?(?:early|mid|late|end\s+of|start\s+of|beginning\s+of|middle\s+of)(?-u:\b)|mid-)",
        )
    });
    // A part of a named month or year, not of a week or day.
    static NAMES_MONTH_OR_YEAR: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)(?:(?-u:\b)(?:MONTH|month|year)|[0-9]{4})(?-u:\b)"));
    static MONTHS_AGO: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)(?-u:\b)months?\s+ago$"));
    static SPLIT_YEAR: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?-u:\b)(?:19|20)[0-9]{2}[-–/][0-9]{2}(?-u:\b)"));
    static MONTH_NAMED: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)(?-u:\b)(?:MONTH|month)(?-u:\b)"));
    static SO_FAR: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)(?-u:\b)(?:so\s+far\s+this|this\s+(?:year|month)\s+so\s+far|same\s+period)(?-u:\b)",
        )
    });
    // The offset in `t` of the next word after `i` (past its spaces).
    let next_word_at = |t: &str, i: usize| i + (t[i..].len() - t[i..].trim_start().len());
    // Days named in full, by start, for the clock times.
    // ("Saturday afternoon, and that evening ... 7 p.m.": a part of a day
    // names its day too)
    let days: Vec<(usize, String)> = claims
        .iter()
        .filter(|c| matches!(c.ctype.as_str(), "date" | "time"))
        .filter_map(|c| {
            let day = c.value.get(..10)?;
            let part = &c.value[10..];
            let part_ok = part.is_empty()
                || (part.len() == 3
                    && part.starts_with('T')
                    && part[1..].bytes().all(|b| b.is_ascii_uppercase()));
            (part_ok && parse_day(day).is_some()).then(|| (c.start, day.to_string()))
        })
        .collect();
    let lede_day = lede_day(ctx, &days);
    for c in claims.iter_mut() {
        if c.ctype == "time" && c.value.starts_with('T') {
            // (the small hours after a narrated evening are the next
            // day's: "told supporters at 2:30 a.m." after Sunday's vote)
            let small_hours = c
                .value
                .get(1..3)
                .and_then(|h| h.parse::<u32>().ok())
                .is_some_and(|h| h < 6)
                && c.value != "T00:00";
            let next_day = |d: &str| parse_day(d).map(|d| fmt_date(d + Duration::days(1)));
            if let Some((day, narrated)) = day_of_sentence(ctx, &days, lede_day.as_ref(), c.start)
                .map(|(d, n)| match n && small_hours {
                    true => (next_day(&d).unwrap_or(d), false),
                    false => (d, n),
                })
            {
                // ("shortly before midnight" on the narrated Sunday: where
                // that day ends)
                if narrated && c.value == "T00:00" {
                    c.value = "T24:00".into();
                }
                c.value = c
                    .value
                    .split('/')
                    .map(|t| {
                        if t.starts_with('T') {
                            format!("{day}{t}")
                        } else {
                            t.to_string()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("/");
            }
            continue;
        }
        if c.ctype != "date" {
            continue;
        }
        let t = &text[c.start..c.end];
        // "over the next decade": a length, not the 2030s.
        if let Some(m) = DECADE.captures(t)
            && let Some(p) = LENGTH_PREP.captures(&text[..c.start])
        {
            let unit = m["unit"].to_ascii_lowercase();
            c.value = iso_duration(Some(1.0), &unit);
            c.ctype = "duration".into();
            c.start -= p["the"].len();
            continue;
        }
        // "a month ago" is last month, at the grain it names.
        if c.rule == "date.ago" && c.value.len() == 10 && MONTHS_AGO.is_match(t) {
            c.value.truncate(7);
            continue;
        }
        // "the 2025-26 fiscal year": the two years it runs over.
        if let Some(v) = c
            .value
            .strip_prefix("FY")
            .or_else(|| c.value.strip_prefix("SY"))
            && let Ok(y) = v.parse::<i32>()
            && SPLIT_YEAR.is_match(t)
        {
            c.value = format!("{}/{y}", y - 1);
            continue;
        }
        let Some((a, b)) = c.value.split_once('/') else {
            continue;
        };
        if c.value.contains('T') {
            continue;
        }
        // "by the end of the decade": the decade.
        if PART.is_match(t) && t.to_ascii_lowercase().ends_with("decade") {
            if let Some(d) = a.get(..3) {
                c.value = d.to_string();
            }
            continue;
        }
        // "starting on Friday", "beginning March 1": in TIMEX the day the
        // thing starts, written after the words.
        if b.is_empty() && !a.is_empty() {
            let lower = t.to_ascii_lowercase();
            if let Some(skip) = ["starting on ", "beginning on ", "starting ", "beginning "]
                .iter()
                .find(|w| lower.starts_with(*w))
                .map(|w| w.len())
            {
                c.start += skip;
                c.value = a.to_string();
                continue;
            }
        }
        // "since the start of the year": from the year (or month) on.
        if b.is_empty() && !a.is_empty() {
            let rest = t.get(6..).unwrap_or("");
            if t.get(..6).is_some_and(|w| w.eq_ignore_ascii_case("since "))
                && PART.is_match(rest)
                && NAMES_MONTH_OR_YEAR.is_match(rest)
            {
                let grain = if MONTH_NAMED.is_match(rest) { 7 } else { 4 };
                if let Some(g) = a.get(..grain) {
                    c.value = format!("{g}/");
                }
            }
            continue;
        }
        // "until March 26": the day, written after the word; "before the
        // end of the year": the year.
        if a.is_empty() && !b.is_empty() {
            let lower = t.get(..6).unwrap_or("").to_ascii_lowercase();
            let skip = if lower.starts_with("until") {
                5
            } else if lower.starts_with("till") {
                4
            } else if lower.starts_with("before") {
                6
            } else {
                continue;
            };
            if !t[skip..].starts_with(char::is_whitespace) {
                continue;
            }
            let start = c.start + next_word_at(t, skip);
            let rest = &text[start..c.end];
            let value = match b.get(..7) {
                Some(month) if PART.is_match(rest) && NAMES_MONTH_OR_YEAR.is_match(rest) => {
                    if MONTH_NAMED.is_match(rest) {
                        month.to_string()
                    } else {
                        b[..4].to_string()
                    }
                }
                // "before May 5" ends the day before it.
                // ("before the second half of next year": the half, which
                // begins the day after the open interval ends)
                _ if skip == 6 => match parse_day(b) {
                    Some(d) => {
                        let d = d + Duration::days(1);
                        let words = rest.to_ascii_lowercase();
                        if d.day() == 1 && d.month() % 6 == 1 && words.contains(" half") {
                            format!("{:04}-H{}", d.year(), d.month() / 6 + 1)
                        } else if d.day() == 1 && d.month() % 3 == 1 && words.contains(" quarter") {
                            format!("{:04}-Q{}", d.year(), d.month() / 3 + 1)
                        } else {
                            fmt_date(d)
                        }
                    }
                    None => match step_value(b, 1) {
                        Some(v) => v,
                        None => continue,
                    },
                },
                _ => b.to_string(),
            };
            c.start = start;
            c.value = value;
            continue;
        }
        if a.is_empty() || b.is_empty() {
            continue;
        }
        if c.rule == "date.interval"
            && let Some(m) = LENGTH.captures(t)
            && let Some(n) = count(&m["n"])
            && n >= 1.0
        {
            c.value = iso_duration(Some(n), &m["unit"].to_ascii_lowercase());
            c.ctype = "duration".into();
            if let Some(p) = m.name("prep") {
                c.start += next_word_at(t, p.end());
            }
            continue;
        }
        let so_far = SO_FAR.is_match(t);
        if so_far || PART.is_match(t) && NAMES_MONTH_OR_YEAR.is_match(t) {
            // Both ends of one month, else of one year.
            let (ya, yb) = (a.get(..4), b.get(..4));
            if ya.is_none() || ya != yb || !a.as_bytes()[..4].iter().all(u8::is_ascii_digit) {
                continue;
            }
            let whole_year = so_far || a.get(..7) != b.get(..7);
            c.value = if whole_year {
                a[..4].to_string()
            } else {
                a[..7].to_string()
            };
        }
    }
}

/// A finishing time is a length, not a clock reading: "won in 2:05:43"
/// (hours, minutes, seconds after "in", "under", "of"...), "ran under
/// 2:08" (hours and minutes after "under" or "inside", the limit word in
/// the span as for "under 15 minutes").
fn race_times(text: &str, claims: &mut Vec<Claim>) {
    static CLOCK: LazyLock<Regex> =
        LazyLock::new(|| re(r"^([0-9]):([0-5][0-9])(?::([0-5][0-9]))?$"));
    // "won in 15:02.6", "30:41.27", "2:05:31.4": tenths or hundredths of a
    // second make a length, never a clock reading. (Found from each colon
    // followed by "ss.f", then read by an anchored pattern: a regex search
    // of the whole text would scan at every digit.)
    static SPLIT: LazyLock<Regex> = LazyLock::new(|| {
        re(r"^(?:([0-9]{1,2}):)?([0-5]?[0-9]):([0-5][0-9])\.([0-9]{1,3})(?-u:\b)")
    });
    let b = text.as_bytes();
    let mut added = false;
    for (i, _) in text.match_indices(':') {
        let digit = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
        if !(digit(i + 1) && digit(i + 2) && b.get(i + 3) == Some(&b'.') && digit(i + 4)) {
            continue;
        }
        // back over the minutes, then an hour and its colon
        let mut s = i;
        while s > 0 && i - s < 2 && b[s - 1].is_ascii_digit() {
            s -= 1;
        }
        if s >= 2 && b[s - 1] == b':' && b[s - 2].is_ascii_digit() {
            s -= 2;
            if s > 0 && b[s - 1].is_ascii_digit() {
                s -= 1;
            }
        }
        let glued = |c: u8| c.is_ascii_digit() || matches!(c, b':' | b'.');
        if s == i || s > 0 && glued(b[s - 1]) {
            continue;
        }
        let Some(m) = SPLIT.captures(&text[s..]) else {
            continue;
        };
        let e = s + m.get(0).expect("group 0").end();
        if b.get(e).is_some_and(|&c| glued(c)) && digit(e + 1) {
            continue;
        }
        let mut v = String::from("PT");
        if let Some(h) = m.get(1) {
            push_part(&mut v, h.as_str(), 'H');
        }
        push_part(&mut v, &m[2], 'M');
        // "2:07.90" is PT2M7.9S: a trailing zero is not kept, as for any
        // decimal value
        let sec = m[3].trim_start_matches('0');
        v.push_str(if sec.is_empty() { "0" } else { sec });
        let frac = m[4].trim_end_matches('0');
        if !frac.is_empty() {
            v.push('.');
            v.push_str(frac);
        }
        v.push('S');
        claims.retain(|c| !(c.start < e && s < c.end));
        let mut c = Claim::new(Kind::Date, "duration", s, e, "date.duration");
        c.value = v;
        claims.push(c);
        added = true;
    }
    if added {
        claims.sort_by_key(|c| (c.start, c.end));
    }
    for c in claims.iter_mut().filter(|c| c.ctype == "time") {
        let Some(m) = CLOCK.captures(&text[c.start..c.end]) else {
            continue;
        };
        let prev = prev_word(text, c.start).to_ascii_lowercase();
        let limit = matches!(prev.as_str(), "under" | "inside" | "over" | "outside");
        let seconds = m.get(3);
        // ("Maike Dervaux (8:36:49)": a finishing time in brackets)
        let bracketed = text[..c.start].ends_with('(') && text[c.end..].starts_with(')');
        if !(limit
            || seconds.is_some()
                && (bracketed
                    || matches!(prev.as_str(), "in" | "of" | "clocked" | "than" | "timed")))
        {
            continue;
        }
        let mut v = format!("PT{}H", &m[1]);
        push_part(&mut v, &m[2], 'M');
        if let Some(sec) = seconds {
            push_part(&mut v, sec.as_str(), 'S');
        }
        c.value = v;
        c.ctype = "duration".into();
        if limit {
            c.start = super::text::prev_word_start(text, c.start);
        }
    }
}

/// One part of an ISO 8601 length read off a clock ("05" minutes gives
/// "5M"); a part of zero is left out.
fn push_part(v: &mut String, digits: &str, unit: char) {
    let n = digits.trim_start_matches('0');
    if !n.is_empty() {
        v.push_str(n);
        v.push(unit);
    }
}

/// The day a clock time at `at` is on: the nearest of `days` (start and
/// value, in document order) before it in its sentence, else the
/// document's date. (Not a day after it: "at 4:30 p.m. The vote is on Oct.
/// 30" may be one sentence to the splitter, and "at 8 p.m. on Friday" is
/// one claim already.)
///
/// A time told in the past with no day in its sentence is on the day the
/// story narrates, `lede_day` (see [`lede_day`]), when that is named
/// before it. `true` with a day so found.
fn day_of_sentence(
    ctx: &Ctx,
    days: &[(usize, String)],
    lede_day: Option<&(usize, String)>,
    at: usize,
) -> Option<(String, bool)> {
    let sentence = ctx.doc.sentence_index(at);
    if let Some(d) = days
        .iter()
        .rev()
        .filter(|d| d.0 < at)
        .find(|d| ctx.doc.sentence_index(d.0) == sentence)
    {
        return Some((d.1.clone(), false));
    }
    let doc = ctx.date?;
    let narrated = lede_day.filter(|d| {
        let (sent, from) = ctx.sentence_of(at);
        d.0 < at && super::text::tense_evidence(sent, at - from) == Some(Tense::Past)
    });
    Some(match narrated {
        Some(d) => (d.1.clone(), true),
        None => (fmt_date(doc), false),
    })
}

/// The day a story narrates: the first of `days` its lede (the body's
/// first two sentences) names past the dateline ("HALBERG, March 9 (Wire)
/// -", whose day is the document's), when that is one of the three days
/// before the document's ("won the runoff on Sunday. ... Dolansky conceded
/// at 11:20 p.m." in a Monday story; not "shares jumped by 10:15 a.m." in
/// a story of a bid made on its own day, whatever day it names later).
fn lede_day(ctx: &Ctx, days: &[(usize, String)]) -> Option<(usize, String)> {
    let doc = ctx.date?;
    let body = ctx.body().start;
    let lede = ctx.doc.sentence_index(body)?;
    let head = &ctx.text()[body..super::text::floor_char(ctx.text(), body + 80)];
    let dateline_end = [" - ", " – ", " — "]
        .iter()
        .filter_map(|d| head.find(d))
        .min()
        .map_or(body, |k| body + k);
    let d = days.iter().find(|d| d.0 > dateline_end)?;
    let in_lede = ctx.doc.sentence_index(d.0)? <= lede + 1;
    let back = (doc - parse_day(&d.1)?).num_days();
    (in_lede && (1..=3).contains(&back)).then(|| d.clone())
}

/// The value of `a`, the day and month closing a list of days that starts
/// at `first`, with its year read by the tense at `first` instead of at
/// `a`; `None` when that changes nothing.
fn list_year_by_tense(ctx: &Ctx, first: usize, a: &Claim) -> Option<String> {
    let doc = ctx.date?;
    let at = |start: usize| {
        Res::at(
            ctx,
            start,
            prev_word(ctx.text(), start).eq_ignore_ascii_case("for"),
        )
    };
    let (t_first, t_anchor) = (at(first).tense(), at(a.start).tense());
    if t_first == t_anchor {
        return None;
    }
    let month: u32 = a.value.get(5..7)?.parse().ok()?;
    let year: i32 = a.value.get(..4)?.parse().ok()?;
    let by = |t: Tense| year_by_tense(doc.year(), t, month, doc.month());
    // Only a year the tense gave (not one moved by "last" or "next").
    if year != by(t_anchor) {
        return None;
    }
    let v = format!("{:04}{}", by(t_first), a.value.get(4..)?);
    parse_day(&v).map(|_| v)
}

/// Bare days listed with a day and month name their own dates, in that
/// month: "July 17, 18 and 19", "the 22nd, 23rd or 31st of March",
/// "3, 4 and 5 March 2024". A list must close with "and" or "or" ("On
/// July 17, 18 people died" is no list), each day must stand alone (not
/// "18.5", "18%", "18:30") and the last one must end a phrase. A year
/// written after the last day dates the whole list.
fn day_lists(ctx: &Ctx, claims: &mut Vec<Claim>) {
    let text = ctx.text();
    // One day after the anchor: a joiner, then the day.
    static NEXT_DAY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:\s*,\s*((?:and|or)\s+)?|\s+((?:and|or)\s+))(?:the\s+)?([0-9]{1,2})(?:st|nd|rd|th)?(?-u:\b)")
            .expect("day list regex compiles")
    });
    // The days before the anchor, ending with the joiner to it.
    static DAYS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(?:(?:the\s+)?[0-9]{1,2}(?:st|nd|rd|th)?\s*,\s*)*(?:the\s+)?[0-9]{1,2}(?:st|nd|rd|th)?(?:\s*,)?\s+(?:and|or)\s+(?:the\s+)?$")
            .expect("day list regex compiles")
    });
    static ONE_DAY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(?:the\s+)?([0-9]{1,2})(?:st|nd|rd|th)?(?-u:\b)")
            .expect("day list regex compiles")
    });
    static YEAR_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:\s*,\s*|\s+)((?:1[89]|20)[0-9]{2})(?-u:\b)").expect("year regex compiles")
    });
    let is_day_date = |c: &Claim| {
        matches!(c.rule.as_str(), "date.month_day" | "date.day_month")
            && c.value.len() == 10
            && c.value.as_bytes()[4] == b'-'
    };
    if !claims.iter().any(is_day_date) {
        return;
    }
    // A day that stands alone: not "18.5", "18%", "18:30", "18,000".
    let alone = |end: usize| {
        let rest = &text.as_bytes()[end..];
        match rest {
            [b'%', ..] => false,
            [b'.' | b':' | b',' | b'/', d, ..] if d.is_ascii_digit() => false,
            _ => true,
        }
    };
    let with_day = |value: &str, day: u32| -> Option<String> {
        let v = format!("{}-{day:02}", &value[..7]);
        let month: u32 = value[5..7].parse().ok()?;
        let year: i32 = value[..4].parse().unwrap_or(2000);
        ymd(year, month, day)?;
        Some(v)
    };
    let mut added: Vec<Claim> = Vec::new();
    let mut lists: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < claims.len() {
        if !is_day_date(&claims[i]) {
            i += 1;
            continue;
        }
        let a = claims[i].clone();
        let next_start = claims.get(i + 1).map_or(text.len(), |c| c.start);
        let mut days: Vec<(usize, usize, u32)> = Vec::new();
        let mut year: Option<(i32, usize)> = None;
        // The anchor's rule says which way the list runs: after a month
        // and day ("July 17, 18 and 19"), before a day and month.
        let starts_with_month = a.rule == "date.month_day";
        if starts_with_month && !text[a.start..a.end].contains(',') {
            // "July 17, 18 and 19": days after the anchor.
            let mut at = a.end;
            let mut closed = false;
            while !closed && let Some(c) = NEXT_DAY.captures(&text[at..]) {
                let g = c.get(3).expect("day group");
                let s = at + g.start();
                let end = at + c.get(0).expect("group 0").end();
                if end > next_start || !alone(end) {
                    break;
                }
                let Ok(day) = g.as_str().parse::<u32>() else {
                    break;
                };
                closed = c.get(1).is_some() || c.get(2).is_some();
                days.push((s, end, day));
                at = end;
            }
            if !closed {
                days.clear();
            } else if let Some(y) = YEAR_AFTER.captures(&text[at..]) {
                let g = y.get(1).expect("year group");
                year = g.as_str().parse().ok().map(|y| (y, at + g.end()));
            }
            if let Some(&(_, end, _)) = days.last()
                && year.is_none()
                && !list_ends(text, end)
            {
                days.clear();
            }
        } else if !starts_with_month {
            // "3, 4 and 5 March", "the 22nd, 23rd or 31st of March".
            // A bare day before it ("on the 20th, 21st or 24th of March")
            // joins the list, whatever month it was read in alone.
            let window = super::text::floor_char(text, a.start.saturating_sub(80));
            let mut k = i;
            while k > 0
                && claims[k - 1].rule == "date.day_of_month"
                && claims[k - 1].start >= window
            {
                k -= 1;
            }
            let prev_end = if k == 0 { 0 } else { claims[k - 1].end };
            let from = window.max(prev_end);
            if let Some(m) = DAYS_BEFORE.find(&text[from..a.start]) {
                for d in ONE_DAY.captures_iter(m.as_str()) {
                    let g = d.get(0).expect("group 0");
                    let day = d[1].parse::<u32>().unwrap_or(0);
                    days.push((
                        from + m.start() + g.start(),
                        from + m.start() + g.end(),
                        day,
                    ));
                }
                // "between 3, 4 and 5 March" is not a list of days.
                if matches!(
                    prev_word(text, from + m.start())
                        .to_ascii_lowercase()
                        .as_str(),
                    "between" | "from" | "than" | "to" | "by"
                ) {
                    days.clear();
                }
            }
        }
        let mut anchor_value = a.value.clone();
        // The tense of a list is read at its first day: in "a vote on 3 or
        // 5 July" the words before "3" date "5 July" too.
        if let Some(&(first, _, _)) = days.first()
            && first < a.start
            && !states_year(text, &a)
            && let Some(v) = list_year_by_tense(ctx, first, &a)
        {
            anchor_value = v;
        }
        if let Some((y, year_end)) = year
            && parse_day(&format!("{y}{}", &anchor_value[4..])).is_some()
        {
            anchor_value = format!("{y}{}", &anchor_value[4..]);
            if let Some(last) = days.last_mut() {
                last.1 = year_end;
            }
        }
        let values: Option<Vec<String>> = days
            .iter()
            .map(|&(_, _, d)| with_day(&anchor_value, d))
            .collect();
        if let Some(values) = values
            && !days.is_empty()
        {
            claims[i].value = anchor_value;
            lists.push((days[0].0, days[days.len() - 1].1));
            for (&(s, e, _), v) in days.iter().zip(values) {
                let mut c = Claim::new(Kind::Date, "date", s, e, &a.rule);
                c.value = v;
                added.push(c);
            }
        }
        i += 1;
    }
    if !added.is_empty() {
        // The bare days the lists took in.
        claims.retain(|c| {
            c.rule != "date.day_of_month" || !lists.iter().any(|&(a, b)| c.start >= a && c.end <= b)
        });
        // (In text order again after the `drop_overlaps` that follows.)
        claims.extend(added);
    }
}

/// The last day of a list ends a phrase: punctuation, the end, or a word
/// that does not make the number a count ("July 17 and 18 people").
fn list_ends(text: &str, end: usize) -> bool {
    let next = super::text::next_word(text, end).to_ascii_lowercase();
    let rest = text[end..].trim_start();
    rest.is_empty()
        || rest.starts_with(|c: char| !c.is_alphanumeric())
        || matches!(
            next.as_str(),
            "at" | "in"
                | "on"
                | "and"
                | "or"
                | "but"
                | "when"
                | "while"
                | "before"
                | "after"
                | "from"
                | "for"
                | "with"
                | "as"
                | "this"
                | "next"
                | "last"
                | "to"
                | "until"
                | "respectively"
                | "were"
                | "are"
                | "will"
                | "would"
        )
}

/// Weekdays joined by "or", "and" or commas to one named with its week
/// take that week: "next week on Tuesday or Thursday", "Monday, Thursday,
/// Friday next week". A clock time inside the list ("Tuesday 9 am or
/// Thursday") does not break it.
fn share_weeks(text: &str, claims: &mut [Claim]) {
    let joined = |a_end: usize, b_start: usize| {
        let gap = text[a_end..b_start].trim().to_ascii_lowercase();
        let gap = gap.strip_suffix(" on").unwrap_or(&gap).trim();
        matches!(gap, "" | "," | "or" | "and" | ", or" | ", and" | "on")
    };
    let weekday_claim = |c: &Claim| c.rule == "date.weekday" && c.value.len() == 10;
    let has_week = |c: &Claim| text[c.start..c.end].to_ascii_lowercase().contains("week");
    let bare = |c: &Claim| weekday(text[c.start..c.end].trim()).is_some();
    if !claims.iter().any(|c| weekday_claim(c) && has_week(c)) {
        return;
    }
    for dir in [false, true] {
        let mut anchor: Option<NaiveDate> = None;
        let mut edge = 0usize;
        let order: Vec<usize> = if dir {
            (0..claims.len()).rev().collect()
        } else {
            (0..claims.len()).collect()
        };
        for i in order {
            let c = &claims[i];
            let near = anchor.is_some()
                && if dir {
                    c.end <= edge && joined(c.end, edge)
                } else {
                    c.start >= edge && joined(edge, c.start)
                };
            if c.ctype == "time" && near {
                edge = if dir { c.start } else { c.end };
                continue;
            }
            if !weekday_claim(c) {
                anchor = None;
                continue;
            }
            let Some(day) = parse_day(&c.value) else {
                anchor = None;
                continue;
            };
            if has_week(c) {
                anchor = Some(day - Duration::days(day.weekday().num_days_from_monday() as i64));
            } else if near && bare(c) {
                let wd = weekday(text[c.start..c.end].trim()).unwrap_or(day.weekday());
                let monday = anchor.unwrap_or(day);
                let d = monday + Duration::days(wd.num_days_from_monday() as i64);
                claims[i].value = fmt_date(d);
            } else {
                anchor = None;
            }
            edge = if dir { claims[i].start } else { claims[i].end };
        }
    }
}

/// A weekday right before the date it names takes that date: "this
/// Friday-Jun-15", "this friday (jun-15)". "the end of tomorrow", "end of
/// the Sunday": the last second of that day.
fn weekday_dates_and_day_ends(text: &str, claims: &mut Vec<Claim>) {
    static END_OF: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)(?-u:\b)(?:the\s+)?end\s+of\s+(?:the\s+)?$"));
    let mut out: Vec<Claim> = Vec::with_capacity(claims.len());
    let mut i = 0;
    while i < claims.len() {
        let a = &claims[i];
        if a.rule == "date.weekday"
            && a.value.len() == 10
            && let Some(b) = claims.get(i + 1)
            && b.value.len() == 10
            && matches!(
                b.rule.as_str(),
                "date.month_day" | "date.day_month" | "date.numeric"
            )
            && matches!(text[a.end..b.start].trim(), "-" | "(" | "," | "")
        {
            let mut c = b.clone();
            c.start = a.start;
            if text[c.end..].starts_with(')') && text[a.end..b.start].contains('(') {
                c.end += 1;
            }
            out.push(c);
            i += 2;
            continue;
        }
        let mut c = a.clone();
        if c.ctype == "date"
            && c.value.len() == 10
            && matches!(c.rule.as_str(), "date.relative_day" | "date.weekday")
        {
            let from = super::text::floor_char(text, c.start.saturating_sub(20));
            let window = &text.as_bytes()[from..c.start];
            if window.windows(3).any(|w| w.eq_ignore_ascii_case(b"end"))
                && let Some(m) = END_OF.find(&text[from..c.start])
            {
                c.start = from + m.start();
                c.value = format!("{}T23:59:59", c.value);
                c.ctype = "time".into();
                c.rule = "date.time".into();
            }
        }
        out.push(c);
        i += 1;
    }
    *claims = out;
}

/// Claims in text order, none overlapping the one before (a span grown
/// over its neighbour keeps it out): the passes after this slice the text
/// between neighbours.
fn drop_overlaps(claims: &mut Vec<Claim>) {
    claims.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
    let mut end = 0;
    claims.retain(|c| {
        let keep = c.start >= end;
        if keep {
            end = c.end;
        }
        keep
    });
}

/// How many bytes of a leading "the" belong to the noun a date modifies,
/// not to the date: "The 18-19 February meeting", "the 3 March vote" (a
/// day in figures right before its month names no day by itself), unlike
/// "the 18th of May", "the 3rd-5th of May" or "the 17" (the article of
/// the day itself, as gold spans have it). 0 when the span keeps it.
fn article_of_a_noun(span: &str) -> usize {
    static DAYS_THEN_MONTH: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^the\s+()[0-9]{1,2}(?:\s*(?:-|–|to|through|thru|till|until|and)\s*[0-9]{1,2})?\s+MONTH(?-u:\b)",
        )
    });
    let b = span.as_bytes();
    if !(b.len() > 4 && b[..3].eq_ignore_ascii_case(b"the") && b[3].is_ascii_whitespace()) {
        return 0;
    }
    DAYS_THEN_MONTH
        .captures(span)
        .and_then(|c| c.get(1))
        .map_or(0, |g| g.start())
}

/// Letters or digits right against either end of a span.
fn glued_alnum(text: &str, start: usize, end: usize) -> bool {
    let glued = |c: Option<char>| matches!(c, Some(ch) if ch.is_alphanumeric());
    glued(text[..start].chars().next_back()) || glued(text[end..].chars().next())
}

/// A spoken year ends its phrase: punctuation, the end, or a small word
/// ("in nineteen ninety six and ...", not "two thousand protesters").
fn phrase_ends(text: &str, end: usize) -> bool {
    let next = super::text::next_word(text, end).to_ascii_lowercase();
    next.is_empty()
        || matches!(
            next.as_str(),
            "and"
                | "or"
                | "to"
                | "when"
                | "the"
                | "a"
                | "in"
                | "on"
                | "at"
                | "until"
                | "till"
                | "before"
                | "after"
                | "was"
                | "is"
                | "were"
                | "he"
                | "she"
                | "they"
                | "we"
                | "i"
                | "it"
        )
}

/// A month/day in figures is not a fraction: "on 1/3 of the land", "and
/// 1/2 cup olive oil": the next word, if any, must be one that can follow
/// a date.
fn fraction_free(text: &str, end: usize) -> bool {
    let after = text[end..].trim_start();
    let next = super::text::next_word(text, end).to_ascii_lowercase();
    !after.starts_with('%')
        && (next.is_empty()
            || next.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                next.as_str(),
                "and"
                    | "or"
                    | "to"
                    | "at"
                    | "until"
                    | "till"
                    | "through"
                    | "thru"
                    | "from"
                    | "in"
                    | "when"
                    | "before"
                    | "after"
                    | "the"
                    | "this"
                    | "next"
                    | "last"
                    | "is"
                    | "was"
                    | "will"
                    | "would"
                    | "we"
                    | "he"
                    | "she"
                    | "they"
                    | "i"
                    | "it"
                    | "that"
                    | "for"
                    | "with"
                    | "by"
                    | "as"
                    | "but"
                    | "morning"
                    | "afternoon"
                    | "evening"
                    | "night"
            ))
}

/// "the week of April 10th", "w/c Feb 4", "the week beginning February 4":
/// the ISO week holding the day. "the weekend of Halloween" and "Labor Day
/// weekend": the weekend next to a holiday (before it for a Monday).
fn weeks_of(text: &str, claims: &mut Vec<Claim>) {
    static WEEK_OF: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)(?-u:\b)(?:the\s+(?:(week)(?:\s+of|\s+(?:beginning|starting|commencing)(?:\s+on)?)|(weekend)\s+of)|(w/c)|(weekend)\s+of)\s+$",
        )
    });
    static WEEKEND_AFTER: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)^\s+weekend(?-u:\b)(?:\s+([0-9]{4})(?-u:\b))?"));
    for c in claims.iter_mut() {
        if c.ctype != "date" || c.value.len() != 10 {
            continue;
        }
        let from = super::text::floor_char(text, c.start.saturating_sub(40));
        let holiday = c.rule == "date.holiday";
        let window = &text.as_bytes()[from..c.start];
        let has = |w: &[u8]| window.windows(w.len()).any(|x| x.eq_ignore_ascii_case(w));
        if !holiday && !has(b"week") && !has(b"w/c") {
            continue;
        }
        let Some(day) = parse_day(&c.value) else {
            continue;
        };
        let weekend_of = |d: NaiveDate| {
            let d = if d.weekday() == Weekday::Mon {
                d - Duration::days(1)
            } else {
                d
            };
            format!("{}-WE", fmt_week(d))
        };
        if let Some(m) = WEEK_OF.captures(&text[from..c.start]) {
            let start = from + m.get(0).map_or(0, |g| g.start());
            let value = if m.get(2).is_some() || m.get(4).is_some() {
                if !holiday {
                    continue;
                }
                weekend_of(day)
            } else {
                fmt_week(day)
            };
            c.start = start;
            c.value = value;
            continue;
        }
        if !holiday {
            continue;
        }
        if let Some(m) = WEEKEND_AFTER.captures(&text[c.end..]) {
            let day = match m.get(1).and_then(|y| y.as_str().parse::<i32>().ok()) {
                Some(y) => {
                    let name = text[c.start..c.end].to_ascii_lowercase();
                    holiday_of(&name, y).unwrap_or(day)
                }
                None => day,
            };
            let end = c.end + m.get(0).map_or(0, |g| g.end());
            c.value = weekend_of(day);
            c.end = end;
        }
    }
    // A span grown over its neighbours ("the weekend of Halloween",
    // "Halloween weekend 2021") replaces them.
    drop_covered(claims);
}

/// "the week ending 9 March", "the seven days to Friday", "the three
/// months to January", "the year to September", "the quarter to the end of
/// June": the span counted back from the day or month that ends it, one
/// claim (`date.span_to`) in place of the count and the date, and the
/// period a figure of the sentence covers. Days are an interval of days
/// (`2025-03-03/2025-03-09`); months, or days up to a month's last day, an
/// interval of months (`2024-11/2025-01`). A span without its count of
/// days ("in the days to Friday") or an unresolved end stays as it was.
fn spans_to(text: &str, claims: &mut Vec<Claim>, style: DateStyle) {
    static LEAD: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)(?-u:\b)the\s+(?:(?P<n>NUMW)[\s-]+)?(?P<unit>days?|weeks?|fortnights?|months?|quarters?|years?)\s+(?:to|ending|ended|up\s+to|through)\s+(?:on\s+)?(?:the\s+)?$",
        )
    });
    let mut grown = false;
    for c in claims.iter_mut() {
        if c.ctype != "date" || !matches!(c.value.len(), 7 | 10) {
            continue;
        }
        if !matches!(
            prev_word(text, c.start).to_ascii_lowercase().as_str(),
            "to" | "ending" | "ended" | "through" | "the" | "on"
        ) {
            continue;
        }
        // Only a month's end may stand for it: "the three months to the end
        // of June", not "to mid-June".
        let t = &text.as_bytes()[c.start..c.end];
        let word = |w: &[u8]| t.len() > w.len() && t[..w.len()].eq_ignore_ascii_case(w);
        if [
            &b"start"[..],
            b"beginning",
            b"middle",
            b"early",
            b"mid",
            b"late",
        ]
        .iter()
        .any(|w| word(w))
        {
            continue;
        }
        let from = super::text::floor_char(text, c.start.saturating_sub(60));
        let Some(m) = LEAD.captures(&text[from..c.start]) else {
            continue;
        };
        let unit = m["unit"].to_ascii_lowercase();
        let unit = unit.trim_end_matches('s');
        let plural = m["unit"].len() > unit.len();
        let n = match m.name("n") {
            Some(w) => match count(w.as_str()) {
                Some(v) if v.fract() == 0.0 && (1.0..=100.0).contains(&v) => v as i64,
                _ => continue,
            },
            // "the days to Friday" counts no days.
            None if plural => continue,
            None => 1,
        };
        let (days, months) = match unit {
            "day" => (n, 0),
            "week" => (7 * n, 0),
            "fortnight" => (14 * n, 0),
            "month" => (0, n as i32),
            "quarter" => (0, 3 * n as i32),
            _ => (0, 12 * n as i32),
        };
        let value = if let Some(end) = parse_day(&c.value) {
            let next = end + Duration::days(1);
            if days > 0 {
                let start = end - Duration::days(days - 1);
                format!("{}/{}", fmt_date(start), fmt_date(end))
            } else if next.day() == 1 {
                let s = add_months(next, -months);
                let e = end;
                format!(
                    "{}/{}",
                    fmt_month(s.year(), s.month()),
                    fmt_month(e.year(), e.month())
                )
            } else {
                format!("{}/{}", fmt_date(add_months(next, -months)), fmt_date(end))
            }
        } else {
            // A month: "2025-01".
            let (Some(y), Some(mo)) = (
                c.value[..4].parse::<i32>().ok(),
                c.value[5..].parse::<u32>().ok(),
            ) else {
                continue;
            };
            let Some(first) = ymd(y, mo, 1) else {
                continue;
            };
            if months == 0 {
                continue;
            }
            let s = add_months(first, 1 - months);
            format!("{}/{}", fmt_month(s.year(), s.month()), c.value)
        };
        if style == DateStyle::Timex {
            // TIMEX3 tags the length ("three months") and the day or month
            // apart; the stretch they make stays the period of the
            // sentence's figures.
            c.period = value;
            continue;
        }
        c.start = from + m.get(0).map_or(0, |g| g.start());
        c.value = value;
        c.rule = "date.span_to".into();
        grown = true;
    }
    if !grown {
        return;
    }
    // The count the span grew over ("three months") goes.
    claims.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
    drop_covered(claims);
}

/// The date of a holiday claim's name in `year` ("Halloween", "labor day").
fn holiday_of(name: &str, year: i32) -> Option<NaiveDate> {
    let name = name.trim_end_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
    holiday(name, year)
}

/// "the same week", "that day": the unit holding the latest calendar date
/// before it in the document (else the document date, as resolved).
fn resolve_anaphora(ctx: &Ctx, claims: &mut [Claim]) {
    if !claims.iter().any(|c| c.ctype == "anaphor") {
        return;
    }
    let text = ctx.text();
    let mut last: Option<NaiveDate> = None;
    // The latest date when it is a span of seven days ("the week ending 9
    // March"): "the previous week" is the seven days before it, not the
    // calendar week before its first day.
    let mut last_week: Option<NaiveDate> = None;
    let mut last_value: Option<String> = None;
    let mut last_quarter: Option<String> = None;
    for c in claims.iter_mut() {
        if c.ctype == "anaphor" {
            c.ctype = "date".into();
            let (unit, step) = anaphor_unit(&text[c.start..c.end]);
            if let ("period" | "quarter", Some(v)) = (unit.as_str(), &last_value) {
                // "the same period": whatever the latest date was; "the same
                // quarter": the latest quarter (else the quarter of its day)
                // (a year says no quarter: "the same quarter" after "two
                // years ago" is still the quarter reported on before it)
                c.value = match (unit.as_str(), v.len()) {
                    ("quarter", _) if is_quarter_value(v) => v.clone(),
                    ("quarter", 4) if last_quarter.is_some() => {
                        last_quarter.clone().unwrap_or_default()
                    }
                    ("quarter", _) => match last {
                        Some(d) => format!("{:04}-Q{}", d.year(), (d.month() - 1) / 3 + 1),
                        None => v.clone(),
                    },
                    _ => v.clone(),
                };
                continue;
            }
            if let (Some(s), "week") = (last_week, unit.as_str()) {
                let s = s + Duration::weeks(step as i64);
                c.value = format!("{}/{}", fmt_date(s), fmt_date(s + Duration::days(6)));
            } else if let Some(d) = last {
                c.value = anaphor_value(step_unit(d, &unit, step), &unit);
            }
            continue;
        }
        if c.ctype == "date"
            && !c.value.contains(['X', 'P'])
            && !compares(text, c)
            && let Some((s, e)) = crate::normalize::date::interval(&c.value)
        {
            last = Some(s);
            last_value = Some(c.value.clone());
            if is_quarter_value(&c.value) {
                last_quarter = Some(c.value.clone());
            } else if (s.month() - 1) % 3 == 0 && s.day() == 1 && add_months(s, 3) == e {
                // ("the July-September quarter", read as its months)
                last_quarter = Some(format!("{:04}-Q{}", s.year(), (s.month() - 1) / 3 + 1));
            }
            let days = c
                .value
                .split_once('/')
                .is_some_and(|(a, b)| a.len() == 10 && b.len() == 10);
            last_week = (days && e - s == Duration::days(7)).then_some(s);
        }
    }
}

/// A date, then the year it is in, as one claim: "the same month last
/// year", "the same period a year earlier", "the same quarter of 2024"
/// (the unit an anaphor named, in the year the phrase after it gives);
/// "on March 30 last year", "June 3 next year", "in May this year" (a day
/// or month with no year of its own).
fn dated_by_the_year_after(text: &str, claims: &mut Vec<Claim>) {
    let mut i = 0;
    while i + 1 < claims.len() {
        let (a, b) = (&claims[i], &claims[i + 1]);
        let year = same_unit_year(text, a, b).or_else(|| relative_year(text, a, b));
        if let Some(v) = year.and_then(|y| in_year(&a.value, y)) {
            claims[i].end = claims[i + 1].end;
            claims[i].value = v;
            claims.remove(i + 1);
        } else if let Some(v) = shared_year(text, a, b).and_then(|y| in_year(&a.value, y)) {
            // (two dates, one year)
            claims[i].value = v;
        }
        i += 1;
    }
}

/// The year of "the same month last year", "the same quarter of 2024".
fn same_unit_year(text: &str, a: &Claim, b: &Claim) -> Option<i32> {
    let same = a.rule == "date.anaphoric"
        && text[a.start..a.end]
            .split_whitespace()
            .any(|w| w.eq_ignore_ascii_case("same"));
    if !same || b.ctype != "date" {
        return None;
    }
    let gap = text[a.end..b.start].trim().to_ascii_lowercase();
    let phrase = text[b.start..b.end].to_ascii_lowercase();
    let phrase = phrase.split_whitespace().collect::<Vec<_>>().join(" ");
    match (gap.as_str(), phrase.as_str()) {
        (
            "",
            "last year" | "a year ago" | "a year earlier" | "the previous year" | "the year before"
            | "the prior year" | "one year ago" | "one year earlier",
        ) => a
            .value
            .get(..4)
            .and_then(|y| y.parse::<i32>().ok())
            .map(|y| y - 1),
        ("of" | "in", _) if b.value.len() == 4 => b.value.parse::<i32>().ok(),
        _ => None,
    }
}

/// The year a month with none of its own shares with the next, written
/// after it: "in September and November 2023", "in May or June 2019".
fn shared_year(text: &str, a: &Claim, b: &Claim) -> Option<i32> {
    let month = |c: &Claim| {
        c.ctype == "date"
            && c.value.len() == 7
            && c.value.as_bytes()[4] == b'-'
            && c.value.bytes().all(|ch| ch.is_ascii_digit() || ch == b'-')
    };
    let gap = text[a.end..b.start].trim();
    (month(a)
        && month(b)
        && !writes_a_year(text, a)
        && writes_a_year(text, b)
        && matches!(gap, "and" | "or" | "," | "and early" | "and late"))
    .then(|| b.value[..4].parse::<i32>().ok())
    .flatten()
}

/// Whether the words of `c` write a year of four digits ("June 2019", not
/// "June").
fn writes_a_year(text: &str, c: &Claim) -> bool {
    text[c.start..c.end]
        .split(|ch: char| !ch.is_ascii_digit())
        .any(|d| d.len() == 4)
}

/// The year of "March 30 last year", "May this year": a day or month
/// written without a year, one space before "last/next/this year".
fn relative_year(text: &str, a: &Claim, b: &Claim) -> Option<i32> {
    let gap = &text[a.end..b.start];
    let phrase = text[b.start..b.end].to_ascii_lowercase();
    let relative = matches!(
        phrase.split_whitespace().collect::<Vec<_>>()[..],
        ["last" | "next" | "this", "year"]
    );
    let month_or_day = matches!(a.value.len(), 7 | 10)
        && a.value.bytes().all(|c| c.is_ascii_digit() || c == b'-')
        && !writes_a_year(text, a);
    (relative
        && month_or_day
        && a.ctype == "date"
        && !gap.is_empty()
        && gap.bytes().all(|c| c == b' '))
    .then(|| b.value.parse::<i32>().ok())
    .flatten()
}

/// A value that is one quarter of a year, "2026-Q3".
fn is_quarter_value(v: &str) -> bool {
    v.len() == 7 && v.as_bytes()[5] == b'Q'
}

/// "in Q2, the July-September quarter": a quarter named by its number and
/// then, in apposition, by its months is the quarter the months make (a
/// company's second quarter need not be the calendar's).
fn quarters_in_apposition(text: &str, claims: &mut [Claim]) {
    for i in 1..claims.len() {
        let (a, b) = (&claims[i - 1], &claims[i]);
        if a.end <= b.start
            && text[a.end..b.start] == *", "
            && text[b.start..b.end].starts_with("the ")
            && text[b.start..b.end].ends_with(" quarter")
            && is_quarter_value(&a.value)
            && is_quarter_value(&b.value)
        {
            let v = b.value.clone();
            claims[i - 1].value = v;
        }
    }
}

/// "the July-September quarter", "the April to June quarter": the months
/// of one calendar quarter named as a quarter are that quarter.
fn quarters_by_months(text: &str, claims: &mut [Claim]) {
    for c in claims.iter_mut() {
        let Some((a, b)) = c.value.split_once('/') else {
            continue;
        };
        let (Some((ya, ma)), Some((yb, mb))) = (a.split_once('-'), b.split_once('-')) else {
            continue;
        };
        let q = match (ma, mb) {
            ("01", "03") => 1,
            ("04", "06") => 2,
            ("07", "09") => 3,
            ("10", "12") => 4,
            _ => continue,
        };
        let after = &text[c.end..];
        let rest = after.trim_start_matches(' ');
        if ya != yb
            || rest.len() == after.len()
            || !rest.starts_with("quarter")
            || rest[7..].starts_with(|ch: char| ch.is_alphanumeric())
        {
            continue;
        }
        c.value = format!("{ya}-Q{q}");
        c.end += after.len() - rest.len() + "quarter".len();
        if prev_word(text, c.start).eq_ignore_ascii_case("the") {
            c.start = super::text::prev_word_start(text, c.start);
        }
    }
}

/// "next year's first quarter", "last year's second half", "2023's third
/// quarter": the part of that year, one date.
fn parts_of_named_years(text: &str, claims: &mut Vec<Claim>) {
    let mut i = 0;
    while i + 1 < claims.len() {
        let (a, b) = (&claims[i], &claims[i + 1]);
        let gap = &text[a.end..b.start];
        let part = b
            .value
            .get(4..)
            .filter(|p| p.len() == 3 && (p.starts_with("-Q") || p.starts_with("-H")));
        if a.ctype == "date"
            && a.value.len() == 4
            && a.value.bytes().all(|c| c.is_ascii_digit())
            && matches!(gap, "'s " | "’s ")
            && b.ctype == "date"
            && let Some(part) = part
        {
            let value = format!("{}{part}", a.value);
            let end = b.end;
            let c = &mut claims[i];
            c.value = value;
            c.end = end;
            claims.remove(i + 1);
        }
        i += 1;
    }
}

/// "this week or next", "last year or next", "this or next week": the
/// word whose unit is left out is a date of its own, that many units from
/// the one written in full.
fn elided_units(text: &str, claims: &mut Vec<Claim>) {
    let offset = |w: &str| match w {
        "this" | "current" => Some(0),
        "next" | "coming" => Some(1),
        "last" | "previous" | "past" => Some(-1),
        _ => None,
    };
    let mut extra = Vec::new();
    for c in claims.iter().filter(|c| c.rule == "date.relative_unit") {
        let t = text[c.start..c.end].to_ascii_lowercase();
        let mut words = t.split_whitespace();
        let (Some(rel), Some(unit), None) = (words.next(), words.next(), words.next()) else {
            continue;
        };
        let Some(base) = offset(rel) else { continue };
        if !matches!(unit, "week" | "month" | "year" | "quarter") {
            continue;
        }
        // after it: "this week or next"; before it: "this or next week"
        let after = &text[c.end..];
        let after_words: Vec<&str> = after.split_whitespace().take(3).collect();
        let before = &text[..c.start];
        let before_words: Vec<&str> = before.split_whitespace().rev().take(2).collect();
        // a word without the punctuation after it, lowered
        const PUNCT: [char; 5] = ['.', ',', '?', '!', ';'];
        let bare = |w: &str| w.trim_end_matches(PUNCT).to_ascii_lowercase();
        let elided = match (after_words.as_slice(), before_words.as_slice()) {
            ([conj, w, ..], _)
                if matches!(*conj, "or" | "and")
                    && offset(&bare(w)).is_some()
                    // ("this week or next month" names its own unit)
                    && (w.ends_with(PUNCT)
                        || !after_words.get(2).is_some_and(|n| {
                            matches!(
                                bare(n).as_str(),
                                "week" | "weeks" | "month" | "months" | "year" | "years" | "quarter" | "weekend"
                            )
                        })) =>
            {
                let w = w.trim_end_matches(PUNCT);
                let at = c.end + after.find(conj).unwrap_or(0) + conj.len();
                let at = at + text[at..].find(w).unwrap_or(0);
                Some((at, at + w.len(), w.to_ascii_lowercase()))
            }
            (_, [conj, w])
                if matches!(*conj, "or" | "and") && offset(&w.to_ascii_lowercase()).is_some() =>
            {
                let at = before.trim_end().len() - conj.len();
                let at = before[..at].trim_end().len() - w.len();
                Some((at, at + w.len(), w.to_ascii_lowercase()))
            }
            _ => None,
        };
        let Some((s, e, w)) = elided else { continue };
        if !text.is_char_boundary(s)
            || !text.is_char_boundary(e)
            || text[s..e].to_ascii_lowercase() != w
        {
            continue;
        }
        if let Some(v) = step_value(&c.value, offset(&w).unwrap_or(0) - base) {
            let mut n = Claim::new(Kind::Date, "date", s, e, "date.relative_unit");
            n.value = v;
            extra.push(n);
        }
    }
    if !extra.is_empty() {
        claims.extend(extra);
        claims.sort_by_key(|c| (c.start, c.end));
        claims.dedup_by(|a, b| a.start < b.end && b.start < a.end);
    }
}

/// A week, month, quarter or year value moved by `n` of its own units.
fn step_value(v: &str, n: i32) -> Option<String> {
    let y: i32 = v.get(..4)?.parse().ok()?;
    match (v.len(), v.as_bytes().get(5)) {
        (4, _) => Some(format!("{:04}", y + n)),
        (7, Some(b'Q')) => {
            let q: i32 = v[6..].parse().ok()?;
            let k = y * 4 + (q - 1) + n;
            Some(format!("{:04}-Q{}", k.div_euclid(4), k.rem_euclid(4) + 1))
        }
        (7, _) => {
            let m: u32 = v[5..].parse().ok()?;
            let d = add_months(ymd(y, m, 1)?, n);
            Some(fmt_month(d.year(), d.month()))
        }
        (8, Some(b'W')) => {
            let w: u32 = v[6..].parse().ok()?;
            let d = NaiveDate::from_isoywd_opt(y, w, Weekday::Mon)? + Duration::weeks(n as i64);
            Some(fmt_week(d))
        }
        _ => None,
    }
}

/// Date value `v` (a day, week, month, quarter or year, or a span of
/// them) moved to year `y`, keeping the rest: "2026-01" in 2025 is
/// "2025-01". A span moves by the years its start moves.
fn in_year(v: &str, y: i32) -> Option<String> {
    let from: i32 = v.get(..4)?.parse().ok()?;
    let n = y - from;
    let part = |p: &str| -> Option<String> {
        let py: i32 = p.get(..4)?.parse().ok()?;
        if let Some(d) = parse_day(p).filter(|_| p.len() == 10) {
            return Some(fmt_date(add_months(d, 12 * n)));
        }
        Some(format!("{:04}{}", py + n, &p[4..]))
    };
    match v.split_once('/') {
        Some((a, b)) => Some(format!("{}/{}", part(a)?, part(b)?)),
        None => part(v),
    }
}

/// Four figures before "hours" or "hrs" at `start` read a clock: with a
/// leading zero ("0600 hrs") or after a word of time ("at 2200 hours",
/// "until 1800 hours"), not after a verb ("worked 1200 hours").
fn hours_on_the_clock(text: &str, start: usize) -> bool {
    text.as_bytes().get(start) == Some(&b'0')
        || matches!(
            prev_word(text, start).to_ascii_lowercase().as_str(),
            "at" | "by"
                | "until"
                | "till"
                | "from"
                | "before"
                | "after"
                | "since"
                | "to"
                | "and"
                | "between"
        )
}

/// "Monday at 5" ends a time phrase; "Monday at 5 locations" does not.
fn bare_time_ends(text: &str, end: usize) -> bool {
    let next = super::text::next_word(text, end).to_ascii_lowercase();
    next.is_empty()
        || matches!(
            next.as_str(),
            "in" | "on"
                | "this"
                | "tonight"
                | "today"
                | "tomorrow"
                | "yesterday"
                | "next"
                | "last"
                | "and"
                | "or"
                | "pm"
                | "am"
        )
}

/// A time zone after a clock number: "local time", "Beijing time", "GMT".
fn zone_after(text: &str, end: usize) -> bool {
    zone_end(text, end).is_some()
}

/// Where the time zone after a clock number ends (see [`zone_after`]).
fn zone_end(text: &str, end: usize) -> Option<usize> {
    let rest = text.get(end..)?;
    let lead = rest.len() - rest.trim_start().len();
    let next = super::text::next_word(text, end);
    let after = end + lead + next.len();
    if matches!(
        next,
        "GMT" | "UTC" | "BST" | "CET" | "CEST" | "EST" | "EDT" | "PST" | "PDT" | "ET" | "PT"
    ) {
        return Some(after);
    }
    let named = next.eq_ignore_ascii_case("local")
        || (next.len() > 2
            && next.starts_with(|c: char| c.is_ascii_uppercase())
            && next[1..].bytes().all(|b| b.is_ascii_lowercase()));
    let tail = &text[after..];
    let lead2 = tail.len() - tail.trim_start().len();
    let word = super::text::next_word(text, after);
    (named && lead2 > 0 && word.eq_ignore_ascii_case("time")).then_some(after + lead2 + word.len())
}

/// "in her thirties", "his early 30s" are ages, not decades.
fn possessive_before(text: &str, start: usize) -> bool {
    let is_poss = |w: &str| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "her" | "his" | "their" | "its" | "my" | "your" | "our"
        )
    };
    let w = prev_word(text, start);
    is_poss(w)
        || matches!(w.to_ascii_lowercase().as_str(), "early" | "mid" | "late")
            && is_poss(prev_word(text, super::text::prev_word_start(text, start)))
}

/// "Sunday 31" is a date, "Monday 12 people died" is not: a bare number
/// after a weekday must end the phrase.
fn weekday_day_ok(text: &str, end: usize) -> bool {
    // "Monday 12.5% of voters": a figure, no date.
    if text[end..].starts_with('%') {
        return false;
    }
    let head = text[..end].trim_end_matches(|c: char| c.is_ascii_digit());
    if head.ends_with(['/', '.']) {
        return true;
    }
    // "Thursday 19:00": the number is the hour of a clock time, no day.
    if let [b':' | b'.', d, ..] = &text.as_bytes()[end..]
        && d.is_ascii_digit()
    {
        return false;
    }
    let last = text[..end]
        .rsplit(|c: char| c.is_whitespace() || c == '-')
        .next()
        .unwrap_or("");
    if day_number(last).is_none() {
        return true;
    }
    // "Monday the 24th 6 pm": a clock time may follow.
    static CLOCK: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^,?\s+(?:at\s+)?(?:[0-9]{1,2}(?:[:.][0-9]{2})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?:am|pm|a\.m\.|p\.m\.|o['’]?clock)",
        )
    });
    if CLOCK.is_match(&text[end..]) {
        return true;
    }
    // "Monday, the first day of Eid": an ordinal must end the phrase.
    let next = super::text::next_word(text, end).to_ascii_lowercase();
    let after = text[end..].trim_start();
    next.is_empty() && !after.starts_with(|c: char| c.is_ascii_digit())
        || matches!(
            next.as_str(),
            "at" | "and" | "or" | "to" | "from" | "around"
        )
}

/// Ages ("46-year-old") are figures; "a year" is a duration only after a
/// word that measures time ("for a year", "nearly a year"), not a rate
/// ("1.8 cubic kilometres of ice a year").
/// Whether `after` (the text after "N days") goes on with the period the
/// days are counted in, maybe after a short phrase of where they are spent:
/// " a week", " per year", " at sea a year", " in the office each week".
fn days_per_period(after: &str) -> bool {
    let mut ws = after.split_whitespace();
    for _ in 0..4 {
        let Some(w) = ws.next() else { return false };
        if w.ends_with([',', '.', ';', ':']) && !matches!(w, "a" | "per" | "each") {
            return false;
        }
        if matches!(
            w.to_ascii_lowercase().as_str(),
            "a" | "per" | "each" | "every"
        ) {
            let unit = ws
                .next()
                .unwrap_or("")
                .trim_end_matches(['.', ',', ';', ':', ')']);
            return matches!(
                unit.to_ascii_lowercase().as_str(),
                "week" | "fortnight" | "month" | "year" | "season" | "term"
            );
        }
    }
    false
}

fn duration_in_context(text: &str, start: usize, end: usize) -> bool {
    // "at 2200 hours", "0600 hrs": a clock reading (date.time's).
    let span = &text.as_bytes()[start..end];
    if span.len() > 4
        && span[..4].iter().all(u8::is_ascii_digit)
        && span[..2] < b"24"[..]
        && span[2..4] < b"60"[..]
        && hours_on_the_clock(text, start)
    {
        return false;
    }
    let after = &text[end..];
    if after.starts_with("-old")
        || after.starts_with(" old")
        || after.starts_with("s old")
        || after.starts_with("s-old")
        || after.starts_with(" of age")
        || after.starts_with("s of age")
    {
        return false;
    }
    let m = text[start..end].to_ascii_lowercase();
    // "open three days a week", "160 days at sea a year": an allowance of
    // days in each period is a count of days, not one stretch of time
    // (figure.count's); hours a month stay a length ("46 hours a month").
    if (m.ends_with(" days") || m.ends_with(" nights")) && days_per_period(after) {
        return false;
    }
    // "power came from wind on 61 days this year": days on which
    // something happened, counted, not one stretch of time
    if (m.ends_with(" days") || m.ends_with(" nights"))
        && prev_word(text, start).eq_ignore_ascii_case("on")
        && m.starts_with(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    // "$5-a-day", "£1.2bn-a-year": the rate of an amount, hyphened to it.
    if (m.starts_with("a-") || m.starts_with("an-") || m.starts_with("a ") || m.starts_with("an "))
        && text[..start].ends_with('-')
    {
        return false;
    }
    // "a second union", "a second time": the ordinal, not a length.
    if m == "a second" {
        let next = super::text::next_word(text, end).to_ascii_lowercase();
        let attached = text[end..].starts_with(' ')
            && next.starts_with(|c: char| c.is_alphabetic())
            && !matches!(
                next.as_str(),
                "later"
                    | "earlier"
                    | "ago"
                    | "or"
                    | "and"
                    | "longer"
                    | "more"
                    | "to"
                    | "too"
                    | "before"
                    | "after"
                    | "of"
                    | "in"
                    | "at"
                    | "on"
                    | "for"
                    | "when"
            );
        if attached {
            return false;
        }
    }
    // "a year and a half" is no rate.
    if (m.starts_with("a ") || m.starts_with("an ")) && !m.ends_with(" and a half") {
        let prev = prev_word(text, start).to_ascii_lowercase();
        return matches!(
            prev.as_str(),
            "for"
                | "within"
                | "over"
                | "after"
                | "in"
                | "about"
                | "around"
                | "nearly"
                | "almost"
                | "than"
                | "least"
                | "to"
                | "lasted"
                | "last"
                | "lasts"
                | "took"
                | "takes"
                | "take"
                | "taking"
                | "spent"
                | "waited"
                | "wait"
                | "served"
                | "barely"
                | "just"
                | "only"
                | "some"
                | "roughly"
                | "under"
                | "past"
                | "first"
                | "whole"
                | "full"
                | "entire"
        ) || after.starts_with("-long")
            || after.starts_with(" long")
            // "a fortnight later" is as long as "two weeks later"; "a year
            // earlier" names a date before one of its sentence, or nothing
            // (`compose_durations` drops it): in a comparison of figures
            // it is no length.
            || matches!(
                super::text::next_word(text, end).to_ascii_lowercase().as_str(),
                "later" | "earlier"
            );
    }
    true
}

/// "a weekly magazine", "the daily briefing": an adjective, not a set.
fn adjective_use(text: &str, end: usize) -> bool {
    let m = &text[..end];
    let is_adj = [
        "everyday",
        "fortnightly",
        "biweekly",
        "bimonthly",
        "weekly",
        "daily",
        "monthly",
        "yearly",
        "quarterly",
        "hourly",
        "nightly",
        "annually",
    ]
    .iter()
    .any(|w| super::text::ends_with_ignore_case(m, w));
    let ends_annually = super::text::ends_with_ignore_case(m, "annually");
    if !is_adj || ends_annually {
        return false;
    }
    let next = super::text::next_word(text, end).to_ascii_lowercase();
    text[end..].starts_with([' ', '\u{a0}'])
        && !next.is_empty()
        && next.chars().all(|c| c.is_alphabetic() || c == '-')
        && !matches!(
            next.as_str(),
            "and"
                | "or"
                | "in"
                | "on"
                | "at"
                | "for"
                | "to"
                | "since"
                | "from"
                | "by"
                | "until"
                | "basis"
                | "but"
                | "as"
                | "with"
                | "after"
                | "before"
                | "than"
        )
}

/// Reject matches glued to other tokens: "F-16", "COVID-19", "555-0123".
/// Where digits hyphened to `start` begin ("10-" before "12 days"), if
/// they do.
fn hyphened_low_end(text: &str, start: usize) -> Option<usize> {
    let before = text[..start]
        .strip_suffix('-')
        .or_else(|| text[..start].strip_suffix('–'))?;
    let digits = before.len() - before.bytes().rev().take_while(u8::is_ascii_digit).count();
    (digits < before.len() && before.len() - digits <= 4).then_some(digits)
}

fn boundary_ok(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let glued = |c: Option<char>| matches!(c, Some(ch) if ch.is_alphanumeric() || ch == '_');
    if glued(before) || glued(after) {
        return false;
    }
    // "F-16", "COVID-19", "555-0123"; but "Nov 18-Dec 19" joins two dates.
    let starts_with_digit = text[start..].starts_with(|c: char| c.is_ascii_digit());
    if let Some('-' | '/' | '.') = before
        && text[..start - 1]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphabetic() || c.is_alphanumeric() && starts_with_digit)
    {
        return false;
    }
    if let Some('-' | '/') = after
        && text[end + 1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit())
    {
        return false;
    }
    true
}

/// Adjacent lengths add up ("2 years 1 month 21 days", "1 hour and 30
/// minutes", "one hour and a half"); a length before "from", "after" or
/// "before" a day (or "now") is a date: "3 days from today", "two weeks
/// before Christmas".
fn compose_durations(ctx: &Ctx, claims: &mut Vec<Claim>) {
    static HALF: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)^\s+and\s+(?:a\s+)?(half|quarter)(?-u:\b)"));
    static ANCHOR: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)^\s+(from|after|before|since)\s+(?:(now|right\s+now)(?-u:\b))?"));
    static LATER: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)^\s+(later|earlier)(?-u:\b)(\s+than(?-u:\b))?"));
    let text = ctx.text();
    let mut i = 0;
    while i < claims.len() {
        // "in two days from today": the same day, said twice over
        if claims[i].rule == "date.ago"
            && let Some(b) = claims.get(i + 1)
            && text[claims[i].end..b.start]
                .trim()
                .eq_ignore_ascii_case("from")
            && text
                .as_bytes()
                .get(claims[i].start..claims[i].start + 3)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"in "))
            && matches!(
                text[b.start..b.end].to_ascii_lowercase().as_str(),
                "today" | "now"
            )
        {
            claims[i].end = b.end;
            claims.remove(i + 1);
        }
        if claims[i].ctype != "duration" {
            i += 1;
            continue;
        }
        let limit = claims.get(i + 1).map_or(text.len(), |n| n.start);
        if let Some(m) = HALF.captures(&text[claims[i].end..limit])
            && let Some(secs) = duration_seconds(&claims[i].value)
            && let Some(unit) = largest_unit(&claims[i].value)
            && let Some(per) = duration_seconds(&scale_duration(0.0, unit).replace('0', "1"))
        {
            // "two hours and a half": a half (or quarter) of the largest unit more.
            let frac = if m[1].eq_ignore_ascii_case("half") {
                0.5
            } else {
                0.25
            };
            let c = &mut claims[i];
            c.value = scale_duration(secs + frac * per, unit);
            c.end += m.get(0).map_or(0, |g| g.end());
        }
        if let Some(b) = claims.get(i + 1) {
            let gap = text[claims[i].end..b.start].trim().to_ascii_lowercase();
            // "2 weeks and 2 days ago": the whole length back from the day
            // the last part names.
            if b.rule == "date.ago"
                && matches!(gap.as_str(), "and" | "," | ", and")
                && text[b.start..b.end].to_ascii_lowercase().ends_with(" ago")
                && let Some(d) = parse_day(&b.value).filter(|_| b.value.len() == 10)
                && let Some(d) = offset_date(d, &claims[i].value, -1)
            {
                let end = b.end;
                let c = &mut claims[i];
                c.value = fmt_date(d);
                c.ctype = "date".into();
                c.rule = "date.ago".into();
                c.end = end;
                claims.remove(i + 1);
                i += 1;
                continue;
            }
            // (larger units first: "30 months and two years" is two
            // lengths, as in "sentences of 30 months and two years")
            if b.ctype == "duration"
                && matches!(gap.as_str(), "" | "and" | "," | ", and")
                && units_descend(&claims[i].value, &b.value)
                && let Some(v) = add_durations(&claims[i].value, &b.value)
            {
                let end = b.end;
                claims[i].value = v;
                claims[i].end = end;
                claims.remove(i + 1);
                continue;
            }
        }
        let limit = claims.get(i + 1).map_or(text.len(), |n| n.start);
        if let Some(m) = ANCHOR.captures(&text[claims[i].end..limit])
            && let Some(doc) = ctx.date
        {
            let sign = if m[1].eq_ignore_ascii_case("before") {
                -1
            } else {
                1
            };
            let (anchor, end) = if let Some(now) = m.get(2) {
                (Some(doc), claims[i].end + now.end())
            } else {
                match claims.get(i + 1) {
                    Some(b) if claims[i].end + m[0].len() == b.start && b.ctype == "date" => {
                        (parse_day(b.value.get(..10).unwrap_or("")), b.end)
                    }
                    _ => (None, 0),
                }
            };
            if let Some(a) = anchor
                && let Some(d) = offset_date(a, &claims[i].value, sign)
            {
                let next_is_anchor = end > limit;
                // "for 3 days from today": the days it covers, not the day after.
                let span = sign == 1
                    && m[1].eq_ignore_ascii_case("from")
                    && prev_word(text, claims[i].start).eq_ignore_ascii_case("for");
                let c = &mut claims[i];
                if span {
                    c.value = format!("{}/{}", fmt_date(a), fmt_date(d - Duration::days(1)));
                    c.start = super::text::prev_word_start(text, c.start);
                    c.rule = "date.interval".into();
                } else {
                    c.value = fmt_date(d);
                    c.rule = "date.ago".into();
                }
                c.ctype = "date".into();
                c.end = end;
                if next_is_anchor {
                    claims.remove(i + 1);
                }
            }
        }
        // "opened on 3 March and collapsed two weeks later": the date that
        // long after the latest date before it in the sentence; "rose 2% in
        // May, against 1% a year earlier": that long before it. ("a year
        // earlier than planned" compares; it names no date.)
        let limit = claims.get(i + 1).map_or(text.len(), |n| n.start);
        if claims[i].ctype == "duration"
            && let Some(m) = LATER.captures(&text[claims[i].end..limit])
        {
            let sign = if m[1].eq_ignore_ascii_case("earlier") {
                -1
            } else {
                1
            };
            let compared = m.get(2).is_some();
            if let Some(v) = later_than(ctx, &claims[..i], &claims[i], sign).filter(|_| !compared) {
                let c = &mut claims[i];
                c.value = v;
                c.ctype = "date".into();
                c.rule = "date.ago".into();
                c.end += m[1].len() + (m[0].len() - m[0].trim_start().len());
            } else if sign == -1 && {
                let t = text[claims[i].start..claims[i].end].to_ascii_lowercase();
                t.starts_with("a ") || t.starts_with("an ")
            } {
                claims.remove(i);
                continue;
            }
        }
        i += 1;
    }
}

/// How many sentences back "a year earlier" looks for the period it
/// is compared with.
const BACK_FOR_PERIOD: usize = 4;

/// The value `c` (a duration followed by "later", or "earlier" with `sign`
/// -1) names: the latest date of its own sentence before it, moved on (or
/// back) by the duration, at that date's
/// grain: a day ("3 March" + "two weeks"), a month ("March 2015" + "six
/// months") or a year ("2009" + "three years"). `None` without such a
/// date, or when the duration is finer than it ("in March and three weeks
/// later"): a length after a date of another sentence, or after none, is
/// left a length.
fn later_than(ctx: &Ctx, before: &[Claim], c: &Claim, sign: i32) -> Option<String> {
    let si = ctx.doc.sentence_index(c.start)?;
    // the latest date of its sentence, else the latest period (not a day:
    // "on Thursday" is when it was said) of the four sentences before ("...
    // first-quarter profit rose 12%. Revenue climbed to €2.3bn from €2.1bn
    // a year earlier."; a quote may come between). The start of an open
    // span is no period ("the lowest since 2021").
    let text = ctx.text();
    // ("fell to 5.1% in February from 5.4% in January": January is what
    // February was compared with, not the period of the sentence)
    static COMPARED: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)(?-u:\b)(?:from|against|versus|compared\s+with)\s+\S+\s+in\s+$"));
    let compared = |a: &Claim| {
        // (not across a sentence: "rose to 52 from 41. In the first four
        // months ...")
        let from = super::text::floor_char(text, a.start.saturating_sub(48))
            .max(ctx.sentence_of(a.start).1.min(a.start));
        COMPARED.is_match(&text[from..a.start])
    };
    let open_start = |a: &Claim| {
        super::text::prev_word(text, a.start).eq_ignore_ascii_case("since") || compared(a)
    };
    let anchor = before
        .iter()
        .rev()
        .take_while(|a| ctx.doc.sentence_index(a.start) == Some(si))
        // (a week, "figures published last week", is when a thing was
        // told, and no period counts from one)
        .find(|a| {
            a.ctype == "date" && !open_start(a) && !a.value.contains('W') && !compares(text, a)
        })
        .or_else(|| {
            before
                .iter()
                .rev()
                .skip_while(|a| ctx.doc.sentence_index(a.start) == Some(si))
                .take_while(|a| {
                    ctx.doc
                        .sentence_index(a.start)
                        .is_some_and(|s| s + BACK_FOR_PERIOD >= si)
                })
                .find(|a| {
                    a.ctype == "date"
                        && matches!(a.value.len(), 4 | 7)
                        && !open_start(a)
                        && !compares(text, a)
                })
        });
    let Some(a) = anchor else {
        // "down to 31%, compared with 58% a year earlier": with no date
        // to count from, the year before the document's.
        return (c.value == "P1Y" && sign < 0)
            .then(|| ctx.date.map(|d| format!("{:04}", d.year() - 1)))
            .flatten();
    };
    let quarter = quarter_to(text, a);
    let v = quarter.as_deref().unwrap_or(&a.value);
    let unit = c.value.chars().last()?;
    // "79 killed in the first four months of 2026, down from 88 a year
    // earlier": both ends of a span of months moved back
    if let Some((x, y)) = v.split_once('/')
        && x.len() == 7
        && y.len() == 7
        && matches!(unit, 'Y' | 'M')
    {
        let month = |m: &str| -> Option<NaiveDate> {
            let d = offset_date(
                ymd(m.get(..4)?.parse().ok()?, m.get(5..7)?.parse().ok()?, 1)?,
                &c.value,
                sign,
            )?;
            Some(d)
        };
        let (x, y) = (month(x)?, month(y)?);
        // ("the July-September quarter": a quarter, as `quarters_by_months`
        // will read it)
        if x.year() == y.year()
            && x.month() % 3 == 1
            && y.month() == x.month() + 2
            && text[a.end..].trim_start().starts_with("quarter")
        {
            return Some(format!("{:04}-Q{}", x.year(), x.month().div_ceil(3)));
        }
        return Some(format!(
            "{}/{}",
            fmt_month(x.year(), x.month()),
            fmt_month(y.year(), y.month())
        ));
    }
    if let Some(d) = parse_day(v) {
        return offset_date(d, &c.value, sign).map(fmt_date);
    }
    let digits = |r: std::ops::Range<usize>| {
        v.get(r.clone())
            .filter(|t| t.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|t| t.parse::<u32>().ok())
    };
    match (v.len(), unit) {
        // a quarter or half a whole number of years on: "in Q3, against 2% a
        // year earlier"
        (7, 'Y') if matches!(v.as_bytes()[5], b'Q' | b'H') => {
            let d = offset_date(ymd(digits(0..4)? as i32, 1, 1)?, &c.value, sign)?;
            Some(format!("{:04}{}", d.year(), &v[4..]))
        }
        (7, 'M' | 'Y') if v.as_bytes()[4] == b'-' => {
            let d = offset_date(ymd(digits(0..4)? as i32, digits(5..7)?, 1)?, &c.value, sign)?;
            Some(fmt_month(d.year(), d.month()))
        }
        (4, 'Y') => {
            let d = offset_date(ymd(digits(0..4)? as i32, 1, 1)?, &c.value, sign)?;
            Some(format!("{:04}", d.year()))
        }
        _ => None,
    }
}

/// The quarter "the three months to September" names: a month ending a
/// calendar quarter, after "three months to" (`2026-Q3` for `2026-09`).
fn quarter_to(text: &str, a: &Claim) -> Option<String> {
    static THREE_MONTHS_TO: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)(?-u:\b)(?:three|3)[\s-]+months?\s+(?:to|ending|ended|through|until)\s+(?:the\s+end\s+of\s+)?$",
        )
    });
    let v = &a.value;
    let month: u32 = v
        .get(5..7)
        .filter(|_| v.len() == 7 && v.as_bytes()[4] == b'-')?
        .parse()
        .ok()?;
    let from = super::text::floor_char(text, a.start.saturating_sub(40));
    (month.is_multiple_of(3) && THREE_MONTHS_TO.is_match(&text[from..a.start]))
        .then(|| format!("{}-Q{}", &v[..4], month / 3))
}

/// Whether a date is itself a comparison, not the period told of: "a year
/// earlier", "two years ago", "the same quarter last year". A later "a
/// year earlier" or "the same quarter" counts from the period, not from
/// these.
fn compares(text: &str, a: &Claim) -> bool {
    // ("last year" of "the same quarter last year", before the two are one)
    static AFTER_SAME: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)(?-u:\b)same\s+(?:[a-z]+\s+){1,2}$"));
    let from = super::text::floor_char(text, a.start.saturating_sub(32));
    if AFTER_SAME.is_match(&text[from..a.start]) {
        return true;
    }
    let t = &text[a.start..a.end];
    let last = t.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
    ["earlier", "ago", "before"]
        .iter()
        .any(|w| last.eq_ignore_ascii_case(w))
        || (a.rule == "date.anaphoric"
            && t.split_whitespace().any(|w| w.eq_ignore_ascii_case("same")))
}

/// The largest unit letter of a duration (`Y`, `M`, `W`, `D`, `H`, `N` for
/// minutes, `S`).
fn largest_unit(v: &str) -> Option<char> {
    unit_letters(v).find(char::is_ascii_alphabetic)
}

/// The letters of an ISO duration after its numbers, largest unit first,
/// minutes as `N` (an `M` after the `T`); nothing when it is no duration.
fn unit_letters(v: &str) -> impl Iterator<Item = char> + '_ {
    let (date, time) = v
        .strip_prefix('P')
        .map(|r| r.split_once('T').unwrap_or((r, "")))
        .unwrap_or(("", ""));
    date.chars()
        .chain(time.chars().map(|c| if c == 'M' { 'N' } else { c }))
        .filter(|c| !c.is_ascii_digit() && *c != '.')
}

/// "cut his sentence from 12 years to nine": a bare number after "to"
/// that a length of one unit goes to is a length in that unit.
fn unit_carried_over(text: &str, claims: &mut Vec<Claim>) {
    static TO_BARE: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(
            r"(?i)^\s+to\s+({RANGE_NUM})(?-u:\b)(?:\s*[,.;)]|\s+(?:on|in|after|by|for|from|and|but|while|when|last|this|next)(?-u:\b)|\s*$)"
        ))
    });
    let mut added = Vec::new();
    for (i, c) in claims.iter().enumerate() {
        let unit = c.value.strip_prefix('P').and_then(|v| {
            let d = v.trim_start_matches(|ch: char| ch.is_ascii_digit());
            (d.len() == 1 && d.len() < v.len()).then_some(d)
        });
        let Some(unit) = unit.filter(|_| c.ctype == "duration") else {
            continue;
        };
        // ("from": the length is a starting point)
        if !prev_word(text, c.start).eq_ignore_ascii_case("from") {
            continue;
        }
        let limit = claims.get(i + 1).map_or(text.len(), |n| n.start);
        let Some(m) = TO_BARE.captures(&text[c.end..limit]) else {
            continue;
        };
        let g = m.get(1).expect("group 1");
        let Some(n) = count(g.as_str()).filter(|n| n.fract() == 0.0) else {
            continue;
        };
        let mut d = Claim::new(
            Kind::Date,
            "duration",
            c.end + g.start(),
            c.end + g.end(),
            "date.duration",
        );
        d.value = format!("P{}{unit}", n as i64);
        added.push(d);
    }
    claims.extend(added);
    claims.sort_by_key(|c| (c.start, c.end));
}

/// A number written before a length's own: digits or words, not "a" or
/// "some".
const RANGE_NUM: &str = r"(?:[0-9]+(?:\.[0-9]+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";

/// "four to six weeks", "10-12 days", "two or three years", "between three
/// and five months": a length given as a range is one claim, valued
/// `LOW..HIGH` like a figure's range (`P4W..P6W`), its low end in the
/// high end's unit. The number before the range word is then no count.
fn duration_ranges(text: &str, claims: &mut [Claim]) {
    static LOW: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(
            r"(?i)(?:(between)\s+)?(?-u:\b)({RANGE_NUM})\s*(?:(-|–|to|or|and)\s*|(?:\s+(to|or|and)\s+))$"
        ))
    });
    static HIGH: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"(?i)^{RANGE_NUM}(?-u:\b)")));
    for i in 0..claims.len() {
        let c = &claims[i];
        if c.rule != "date.duration" || c.value.contains('X') {
            continue;
        }
        let prev_end = i.checked_sub(1).map_or(0, |p| claims[p].end.min(c.start));
        let from = prev_end.max(c.start.saturating_sub(40));
        let Some(from) = (from..=c.start).find(|&k| text.is_char_boundary(k)) else {
            continue;
        };
        let Some(m) = LOW.captures(&text[from..c.start]) else {
            continue;
        };
        let word = m.get(3).or(m.get(4)).map_or("", |g| g.as_str());
        // "and" joins a range only after "between" ("two and a half" is
        // the length's own); a hyphen or "to" never follows "between".
        if word.eq_ignore_ascii_case("and") != m.get(1).is_some() {
            continue;
        }
        let (Some(low), Some(high)) = (
            count(&m[2]),
            HIGH.find(&text[c.start..c.end])
                .and_then(|h| count(h.as_str())),
        ) else {
            continue;
        };
        let (Some(secs), Some(unit)) = (duration_seconds(&c.value), largest_unit(&c.value)) else {
            continue;
        };
        if low >= high || high <= 0.0 || low.is_nan() {
            continue;
        }
        let low_value = scale_duration(secs * low / high, unit);
        let start = from + m.get(0).map_or(0, |g| g.start());
        let c = &mut claims[i];
        c.value = format!("{low_value}..{}", c.value);
        c.start = start;
    }
}

/// Whether every unit of duration `b` is smaller than every unit of `a`
/// ("2 years" then "1 month", not "30 months" then "two years").
fn units_descend(a: &str, b: &str) -> bool {
    // units by rank, largest first
    let units = |v: &str| -> Vec<usize> {
        const ORDER: &str = "YMWDHNS";
        unit_letters(v).filter_map(|c| ORDER.find(c)).collect()
    };
    match (units(a).iter().max(), units(b).iter().min()) {
        (Some(smallest_of_a), Some(largest_of_b)) => smallest_of_a < largest_of_b,
        _ => false,
    }
}

/// `secs` written in `unit` ("PT1H30M", see [`iso_duration`]).
fn scale_duration(secs: f64, unit: char) -> String {
    let (per, name) = match unit {
        'Y' => (365.0 * 86400.0, "year"),
        'M' => (30.0 * 86400.0, "month"),
        'W' => (7.0 * 86400.0, "week"),
        'D' => (86400.0, "day"),
        'H' => (3600.0, "hour"),
        'N' => (60.0, "minute"),
        _ => (1.0, "second"),
    };
    iso_duration(Some(secs / per), name)
}

/// The sum of two ISO durations, component by component ("P2Y" + "P1M" =
/// "P2Y1M"; weeks become days when mixed).
fn add_durations(a: &str, b: &str) -> Option<String> {
    let parts = |v: &str| -> Option<[f64; 6]> {
        let mut out = [0.0; 6]; // Y M D H Min S
        let mut in_time = false;
        let mut num = String::new();
        for ch in v.strip_prefix('P')?.chars() {
            match ch {
                'T' => in_time = true,
                '0'..='9' | '.' => num.push(ch),
                _ => {
                    let n: f64 = num.parse().ok()?;
                    num.clear();
                    let (k, mult) = match (ch, in_time) {
                        ('Y', false) => (0, 1.0),
                        ('M', false) => (1, 1.0),
                        ('W', false) => (2, 7.0),
                        ('D', false) => (2, 1.0),
                        ('H', true) => (3, 1.0),
                        ('M', true) => (4, 1.0),
                        ('S', true) => (5, 1.0),
                        _ => return None,
                    };
                    out[k] += n * mult;
                }
            }
        }
        Some(out)
    };
    let (x, y) = (parts(a)?, parts(b)?);
    let mut v = String::from("P");
    for (k, l) in ['Y', 'M', 'D'].iter().enumerate() {
        if x[k] + y[k] > 0.0 {
            v.push_str(&format!("{}{l}", fmt_num(x[k] + y[k])));
        }
    }
    if (3..6).any(|k| x[k] + y[k] > 0.0) {
        v.push('T');
        for (k, l) in [(3, 'H'), (4, 'M'), (5, 'S')] {
            if x[k] + y[k] > 0.0 {
                v.push_str(&format!("{}{l}", fmt_num(x[k] + y[k])));
            }
        }
    }
    Some(v)
}

/// `anchor` moved by a whole-unit duration (`P3D`, `P2W`, `P4M`, `P1Y`).
fn offset_date(anchor: NaiveDate, dur: &str, sign: i32) -> Option<NaiveDate> {
    let body = dur.strip_prefix('P')?;
    let unit = body.chars().last()?;
    let n: i32 = body[..body.len() - 1].parse().ok()?;
    let n = n * sign;
    Some(match unit {
        'D' => anchor + Duration::days(n as i64),
        'W' => anchor + Duration::weeks(n as i64),
        'M' => add_months(anchor, n),
        'Y' => add_months(anchor, 12 * n),
        _ => return None,
    })
}

/// The value of `c`, a day or month whose year the text does not state,
/// in the year that puts it nearest `doc`; `None` when the text states a
/// year or the value is no day or month.
fn nearest_year(text: &str, c: &Claim, doc: NaiveDate) -> Option<String> {
    if states_year(text, c) || !matches!(c.value.len(), 7 | 10) || c.value.as_bytes()[4] != b'-' {
        return None;
    }
    let y: i32 = c.value.get(..4)?.parse().ok()?;
    (y - 1..=y + 1)
        .filter_map(|cy| {
            let v = in_year(&c.value, cy)?;
            let (s, e) = crate::normalize::date::interval(&v)?;
            let mid = s + (e - s) / 2;
            Some(((mid - doc).num_days().abs(), v))
        })
        .min_by_key(|(d, _)| *d)
        .map(|(_, v)| v)
}

/// Whether the "from" at `from_start` follows a verb that changes a date:
/// "was moved from March to June", "pushed back from May to July" name the
/// old date and the new one, not a span.
fn moved_from(text: &str, from_start: usize) -> bool {
    let w1 = prev_word(text, from_start);
    let w2 = prev_word(text, super::text::prev_word_start(text, from_start));
    [w1, w2].iter().any(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "extended"
                | "moved"
                | "postponed"
                | "delayed"
                | "pushed"
                | "brought"
                | "shifted"
                | "changed"
                | "rescheduled"
                | "deferred"
                | "advanced"
        )
    })
}

/// Keep the longest of overlapping matches (earlier start on ties).
pub(crate) fn select_longest(mut found: Vec<Claim>) -> Vec<Claim> {
    found.sort_by(|a, b| {
        (b.end - b.start)
            .cmp(&(a.end - a.start))
            .then(a.start.cmp(&b.start))
    });
    // Accepted spans, disjoint, keyed by start: an overlap can only be with
    // the neighbour on either side, so each test is a lookup, not a scan.
    let mut taken: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    let mut kept: Vec<Claim> = Vec::new();
    for c in found {
        let before = taken
            .range(..=c.start)
            .next_back()
            .is_some_and(|(_, &e)| e > c.start);
        let after = taken
            .range(c.start..)
            .next()
            .is_some_and(|(&s, _)| s < c.end);
        if !before && !after {
            taken.insert(c.start, c.end);
            kept.push(c);
        }
    }
    kept.sort_by_key(|c| (c.start, c.end));
    kept
}

/// "from 2001 to 2009", "between March and May", "2001-2009", "since 2011".
/// The two ends are made coherent: a year stated on one end carries to
/// the other ("Nov 18-Dec 19, 2015", "from May to Oct 2020"), and an end
/// before its start moves on a year (or a week for weekdays).
fn merge_intervals(ctx: &Ctx, claims: &mut Vec<Claim>) {
    let text = ctx.text();
    let mut out: Vec<Claim> = Vec::with_capacity(claims.len());
    let mut i = 0;
    while i < claims.len() {
        let a = &claims[i];
        // "a week starting tomorrow", "2 weeks starting May 20th", "for 3
        // days, from today": the days the length covers from that day.
        if a.ctype == "duration"
            && let Some(b) = claims.get(i + 1)
            && b.ctype == "date"
            && let Some(day) = parse_day(&b.value)
        {
            let gap = text[a.end..b.start].trim().to_ascii_lowercase();
            let gap = gap.split_whitespace().collect::<Vec<_>>().join(" ");
            let from = matches!(
                gap.as_str(),
                "starting"
                    | "starting from"
                    | "starting on"
                    | "beginning"
                    | "beginning on"
                    | "commencing"
                    | ", from"
                    | ", starting"
                    | ", starting from"
            ) || (gap == "from" && prev_word(text, a.start).eq_ignore_ascii_case("for"));
            if from && let Some(next) = offset_date(day, &a.value, 1) {
                let mut c = Claim::new(Kind::Date, "date", a.start, b.end, "date.interval");
                c.value = format!("{}/{}", fmt_date(day), fmt_date(next - Duration::days(1)));
                if prev_word(text, a.start).eq_ignore_ascii_case("for") {
                    c.start = super::text::prev_word_start(text, a.start);
                }
                out.push(c);
                i += 2;
                continue;
            }
        }
        // "between Jan 2019 and now", "from March to date", "between now
        // and November 15th": the document date as the other end.
        if a.ctype == "date"
            && !a.value.contains(['X', '/', 'T', 'P'])
            && let Some(doc) = ctx.date
            && let Some((start, end, now_first)) = now_end(text, a)
        {
            let mut c = Claim::new(Kind::Date, "date", start, end, "date.interval");
            c.value = if now_first {
                format!("{}/{}", fmt_date(doc), a.value)
            } else {
                format!("{}/{}", a.value, fmt_date(doc))
            };
            out.push(c);
            i += 1;
            // "and today" may be a claim of its own: the span took it in.
            while claims.get(i).is_some_and(|n| n.start < end) {
                i += 1;
            }
            continue;
        }
        let datey = |c: &Claim| c.ctype == "date";
        if datey(a) && i + 1 < claims.len() {
            let b = &claims[i + 1];
            let gap = text[a.end..b.start].trim().to_ascii_lowercase();
            // "from April until the end of June"
            let gap = gap.strip_suffix(" the").unwrap_or(&gap);
            // "from the end of March": the end's words start at "the".
            let (a_point, b_point) = (named_point(text, a), named_point(text, b));
            let a_start = a_point.map_or(a.start, |(_, s)| s);
            let prev = prev_word(text, a_start).to_ascii_lowercase();
            // "the deadline was moved from March 31 to June 30", "pushed back
            // from May to July": two dates, the old and the new, not a span.
            let moved = prev == "from"
                && gap == "to"
                && moved_from(text, super::text::prev_word_start(text, a_start));
            if moved && datey(b) && !a.value.contains(['X', '/', 'T']) {
                // Whatever the verb's tense, each is the one nearest the
                // document date: a deadline moved "from December 18 to
                // December 4" in November is this December's.
                let (mut a, mut b) = (a.clone(), b.clone());
                for c in [&mut a, &mut b] {
                    if let Some(v) = ctx.date.and_then(|d| nearest_year(text, c, d)) {
                        c.value = v;
                    }
                }
                out.push(a);
                out.push(b);
                i += 2;
                continue;
            }
            // A line break ends the span: "Monday\n—Monday" is two dates.
            let joined = !moved
                && !text[a.end..b.start].contains(['\n', '\r'])
                && match gap {
                    "-" | "–" | "—" | "~" | "to" | "through" | "thru" | "until" | "till" => {
                        true
                    }
                    "and" => prev == "between",
                    _ => false,
                };
            if joined
                && datey(b)
                && (a.ctype == "date" || b.ctype == "date")
                && !a.value.contains(['X', '/', 'T'])
                && !b.value.contains(['X', '/', 'T'])
            {
                let start = if matches!(prev.as_str(), "from" | "between") {
                    super::text::prev_word_start(text, a_start)
                } else {
                    a_start
                };
                let mut c = Claim::new(Kind::Date, "date", start, b.end, "date.interval");
                let (av, bv) = if b.value.len() == 2 && a.value.len() == 4 {
                    (a.value.clone(), format!("{}{}", &a.value[..2], b.value)) // "2023-24"
                } else {
                    coherent_ends(text, a, b)
                };
                c.value = between_points(&av, a_point.map(|p| p.0), &bv, b_point.map(|p| p.0))
                    .unwrap_or_else(|| format!("{av}/{bv}"));
                out.push(c);
                i += 2;
                continue;
            }
        }
        // "since late July": from the start of a span; "until" a span: to
        // its end; "before 2018" up to the year before; "after Feb" from the
        // month after; "2018 or later", "starting January 7th".
        if a.ctype == "date"
            && !a.value.contains(['X', 'T', 'P'])
            && !a.value.ends_with('/')
            && !a.value.starts_with('/')
            && let Some((bound, start, end)) = open_bound(text, a)
        {
            let mut c = a.clone();
            let (first, last) = a.value.split_once('/').unwrap_or((&a.value, &a.value));
            let value = match bound {
                Bound::Since => Some(format!("{first}/")),
                Bound::Until => Some(format!("/{last}")),
                Bound::Before => step_grain(first, -1).map(|v| format!("/{v}")),
                // After a day: from that day on, as temporal taggers read
                // "after January 1" (a day is the finest grain we state).
                Bound::After if a.value.len() == 10 => Some(format!("{last}/")),
                Bound::After => step_grain(last, 1).map(|v| format!("{v}/")),
            };
            if let Some(v) = value {
                c.start = start;
                c.end = end;
                c.rule = "date.interval".into();
                c.value = v;
                out.push(c);
                i += 1;
                continue;
            }
        }
        out.push(a.clone());
        i += 1;
    }
    *claims = out;
}

/// The point of its span an end of an interval names: "the end of 2007",
/// "the middle of March", "the start of 2008".
#[derive(Debug, Clone, Copy, PartialEq)]
enum Point {
    Start,
    Middle,
    End,
}

/// The point a date claim names by "(the) end/middle/start/beginning of",
/// and where its words start (with a "the" before the claim's span).
fn named_point(text: &str, c: &Claim) -> Option<(Point, usize)> {
    let own = &text[c.start..c.end];
    let the = |w: &str| {
        let b = w.as_bytes();
        b.len() > 4 && b[..3].eq_ignore_ascii_case(b"the") && b[3].is_ascii_whitespace()
    };
    let rest = if the(own) { own[4..].trim_start() } else { own };
    let word = rest.split(|ch: char| !ch.is_ascii_alphabetic()).next()?;
    let point = if word.eq_ignore_ascii_case("end") {
        Point::End
    } else if word.eq_ignore_ascii_case("middle") {
        Point::Middle
    } else if word.eq_ignore_ascii_case("start") || word.eq_ignore_ascii_case("beginning") {
        Point::Start
    } else {
        return None;
    };
    let of = rest[word.len()..].trim_start();
    if !(of.len() > 3
        && of[..2].eq_ignore_ascii_case("of")
        && of.as_bytes()[2].is_ascii_whitespace())
    {
        return None;
    }
    let start = if !the(own) && prev_word(text, c.start).eq_ignore_ascii_case("the") {
        super::text::prev_word_start(text, c.start)
    } else {
        c.start
    };
    Some((point, start))
}

/// The interval between two named points, "between the end of 2007 and
/// the end of 2008", "from the end of March to the middle of September":
/// each end is an instant, the first or last day of its span or the day
/// that halves it (as Recognizers-Text reads them: the end of 2007 is
/// 2008-01-01, the middle of September 09-16), and the interval runs from
/// the first instant up to the second; an end with no point word is its
/// whole span. Written in days, `2016-04-01/2016-09-15`; `None` when the
/// points are the spans' own edges (the values as they are say it) or
/// leave nothing between them.
fn between_points(av: &str, ap: Option<Point>, bv: &str, bp: Option<Point>) -> Option<String> {
    use crate::normalize::date::interval;
    let at = |(s, e): (NaiveDate, NaiveDate), p: Point| match p {
        Point::Start => s,
        Point::Middle => s + Duration::days((e - s).num_days() / 2),
        Point::End => e,
    };
    let (a, b) = (interval(av)?, interval(bv)?);
    let from = at(a, ap.unwrap_or(Point::Start));
    let to = at(b, bp.unwrap_or(Point::End));
    if (from == a.0 && to == b.1) || to <= from {
        return None;
    }
    Some(format!(
        "{}/{}",
        fmt_date(from),
        fmt_date(to - Duration::days(1))
    ))
}

/// The span of a date joined to "now" (the document date): "[from|between]
/// DATE to|till|until|and now|date|the present", or "between now and DATE";
/// `true` when "now" comes first.
fn now_end(text: &str, a: &Claim) -> Option<(usize, usize, bool)> {
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?i)^\s+(to|till|until|and)\s+(?:now|date|today|the\s+present|current\s+date)(?-u:\b)")
    });
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)(?-u:\b)between\s+now\s+and\s+$"));
    let prev = prev_word(text, a.start).to_ascii_lowercase();
    if !matches!(prev.as_str(), "from" | "since" | "between" | "and") {
        return None;
    }
    if let Some(m) = AFTER.captures(&text[a.end..]) {
        let and = m[1].eq_ignore_ascii_case("and");
        if (and && prev == "between") || (!and && matches!(prev.as_str(), "from" | "since")) {
            let start = super::text::prev_word_start(text, a.start);
            return Some((start, a.end + m.get(0)?.end(), false));
        }
        return None;
    }
    let from = super::text::floor_char(text, a.start.saturating_sub(20));
    let m = BEFORE.find(&text[from..a.start])?;
    Some((from + m.start(), a.end, true))
}

/// Which side of a date an open interval lies on.
enum Bound {
    Since,
    Until,
    Before,
    After,
}

/// The open bound a date claim is under, with the span grown to cover its
/// words: "since"/"starting (on)"/"beginning (on)" X and "X or later" are
/// [`Bound::Since`], "until"/"till"/"no later than" X [`Bound::Until`],
/// "before"/"earlier than" X [`Bound::Before`], "after"/"later than" X
/// [`Bound::After`]. "after Monday's vote" names an event, not a bound.
fn open_bound(text: &str, a: &Claim) -> Option<(Bound, usize, usize)> {
    static LATER: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^\s*(?:,\s*)?(?:or|and)\s+(?:later|after|beyond|onwards?)(?-u:\b)|^\s+onwards?(?-u:\b)",
        )
    });
    let rest = &text[a.end..];
    if rest.starts_with("'s") || rest.starts_with("’s") {
        return None;
    }
    // "after third-quarter revenue fell": a date as a hyphened adjective
    // names a thing of that date, as "after Monday's vote" does
    let own = &text[a.start..a.end];
    if own.contains('-')
        && !own.contains(' ')
        && own.starts_with(|c: char| c.is_ascii_alphabetic())
        && rest.starts_with(' ')
        && super::text::next_word(text, a.end).starts_with(|c: char| c.is_ascii_lowercase())
    {
        return None;
    }
    let prev = prev_word(text, a.start).to_ascii_lowercase();
    let p1 = super::text::prev_word_start(text, a.start);
    // Words further back only matter after "on" and "than".
    let further = matches!(prev.as_str(), "on" | "than");
    let word_at = |p: usize| {
        if further {
            (
                prev_word(text, p).to_ascii_lowercase(),
                super::text::prev_word_start(text, p),
            )
        } else {
            (String::new(), p)
        }
    };
    let (prev2, p2) = word_at(p1);
    let (prev3, p3) = word_at(p2);
    let (bound, start) = match (prev.as_str(), prev2.as_str()) {
        ("since", _) => (Bound::Since, p1),
        ("until" | "till", _) => (Bound::Until, p1),
        ("before", _) => (Bound::Before, p1),
        ("after", _) => (Bound::After, p1),
        ("starting" | "beginning", _) => (Bound::Since, p1),
        ("on", "starting" | "beginning") => (Bound::Since, p2),
        ("than", "later") if prev3 == "no" => (Bound::Until, p3),
        ("than", "later" | "greater") => (Bound::After, p2),
        ("than", "earlier") => (Bound::Before, p2),
        _ if !rest.starts_with([' ', ',']) => return None,
        _ => match LATER.find(rest) {
            // "1/1/2016 and after 6PM": "after" starts another phrase.
            Some(m)
                if !a.value.contains('/')
                    && (!m.as_str().ends_with("after") && !m.as_str().ends_with("beyond")
                        || super::text::next_word(text, a.end + m.end()).is_empty()) =>
            {
                return Some((Bound::Since, a.start, a.end + m.end()));
            }
            _ => return None,
        },
    };
    // "before the end of the year": up to that end.
    let own = text[a.start..a.end].to_ascii_lowercase();
    let bound = match bound {
        Bound::Before if own.starts_with("end ") || own.starts_with("the end ") => Bound::Until,
        b => b,
    };
    Some((bound, start, a.end))
}

/// The value one unit of its own grain before (`-1`) or after (`1`) a
/// TIMEX date: `2018` -> `2017`, `2018-02` -> `2018-03`, `2018-07-04` ->
/// `2018-07-03`; other grains step by days from the edge of their span.
fn step_grain(v: &str, dir: i32) -> Option<String> {
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    match v.len() {
        4 if all_digits(v) => Some(format!("{:04}", v.parse::<i32>().ok()? + dir)),
        7 if all_digits(&v[..4]) && all_digits(&v[5..]) => {
            let d = add_months(parse_day(&format!("{v}-01"))?, dir);
            Some(fmt_month(d.year(), d.month()))
        }
        _ => {
            let (s, e) = crate::normalize::date::interval(v)?;
            Some(fmt_date(if dir < 0 { s - Duration::days(1) } else { e }))
        }
    }
}

/// Whether a date claim's text states its year ("2015", "'87", "of 87").
fn states_year(text: &str, c: &Claim) -> bool {
    static YEARISH: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?-u:\b)[0-9]{4}(?-u:\b)|(?:'|’)[0-9][0-9](?-u:\b)|of\s+[0-9][0-9](?-u:\b)")
    });
    c.rule != "date.relative_unit" && YEARISH.is_match(&text[c.start..c.end])
}

/// Values of the two ends of an interval, made coherent (see
/// [`merge_intervals`]).
fn coherent_ends(text: &str, a: &Claim, b: &Claim) -> (String, String) {
    let (mut av, mut bv) = (a.value.clone(), b.value.clone());
    // "now", "today", "two days ago" are already whole dates.
    let relative = |c: &Claim| {
        matches!(
            c.rule.as_str(),
            "date.relative_day" | "date.ago" | "date.relative_unit"
        )
    };
    let weekday_alone = (a.rule == "date.weekday") != (b.rule == "date.weekday");
    if relative(a) || relative(b) || weekday_alone {
        return (av, bv);
    }
    let calendar = |v: &str| {
        v.len() >= 7 && v.as_bytes()[4] == b'-' && v[5..7].bytes().all(|x| x.is_ascii_digit())
    };
    if !(calendar(&av) && calendar(&bv)) {
        return (av, bv);
    }
    let with_year = |v: &str, y: i32| format!("{y:04}{}", &v[4..]);
    let year = |v: &str| v[..4].parse::<i32>().unwrap_or(0);
    let (ay, by) = (states_year(text, a), states_year(text, b));
    let weekdays = a.rule == "date.weekday" && b.rule == "date.weekday";
    if by && !ay {
        av = with_year(&av, year(&bv));
        if av[5..] > bv[5..] {
            av = with_year(&av, year(&bv) - 1);
        }
    } else if !by && !weekdays {
        bv = with_year(&bv, year(&av));
        if bv[5..] < av[5..] {
            bv = with_year(&bv, year(&av) + 1);
        }
    } else if weekdays
        && bv < av
        && let (Some(x), Some(mut y)) = (parse_day(&av), parse_day(&bv))
    {
        while y < x {
            y += Duration::days(7);
        }
        bv = fmt_date(y);
    }
    (av, bv)
}

/// A part of the day after a day joins it: "Monday night" is
/// `2016-09-12TNI`; "Friday mornings" is the set `XXXX-WXX-5TMO`.
fn attach_parts(text: &str, claims: &mut [Claim]) {
    static PART: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^,?\s+(?:(?:early|late|later)\s+in\s+the\s+|in\s+the\s+)?(?:(?:early|late|mid)[\s-])?(morning|afternoon|evening|night)(s)?(?-u:\b)",
        )
    });
    for i in 0..claims.len() {
        let c = &claims[i];
        if c.ctype != "date" || c.value.len() != 10 {
            continue;
        }
        // (a part of the day standing alone after it is what joins it)
        let limit = claims[i + 1..]
            .iter()
            .find(|n| !unnamed_part(n))
            .map_or(text.len(), |n| n.start);
        let Some(m) = PART.captures(&text[c.end..limit]) else {
            continue;
        };
        let Some(code) = part_code(&m[1].to_ascii_lowercase()) else {
            continue;
        };
        let end = c.end + m.get(0).map_or(0, |g| g.end());
        let c = &mut claims[i];
        if m.get(2).is_some() {
            if c.rule != "date.weekday" {
                continue;
            }
            let word = text[c.start..c.end].split_whitespace().last().unwrap_or("");
            let Some(wd) = weekday(word) else {
                continue;
            };
            c.value = format!("XXXX-WXX-{}T{code}", wd.number_from_monday());
            c.ctype = "set".into();
        } else {
            c.value = format!("{}T{code}", c.value);
        }
        c.end = end;
    }
}
/// A part of the day before the day it is of joins it: "in the evening of
/// 5 March" is `2016-03-05TEV`, "early on the morning of Monday" names
/// Monday's morning (one claim, not a part of no day and a day).
fn parts_of_days(text: &str, claims: &mut Vec<Claim>) {
    static PART_OF: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)(?-u:\b)(?:(?P<el>early|late|later)\s+)?(?:(?:in|on|during|by|through)\s+)?(?P<the>the)\s+(?:(?:early|late|mid)[\s-])?(morning|afternoon|evening|night)\s+of\s+(?:the\s+)?$",
        )
    });
    let mut i = 0;
    while i < claims.len() {
        let c = &claims[i];
        if c.ctype != "date" || c.value.len() != 10 || !c.value.is_char_boundary(10) {
            i += 1;
            continue;
        }
        let from = super::text::floor_char(text, c.start.saturating_sub(60));
        let from = claims[..i]
            .iter()
            .rev()
            .find(|p| !unnamed_part(p))
            .map_or(from, |p| from.max(p.end));
        let Some(m) = PART_OF.captures(&text[from..c.start]) else {
            i += 1;
            continue;
        };
        let (Some(code), Some(head)) = (
            part_code(&m[3].to_ascii_lowercase()),
            m.name("el").or(m.name("the")),
        ) else {
            i += 1;
            continue;
        };
        let start = from + head.start();
        let c = &mut claims[i];
        let day_start = c.start;
        c.value = format!("{}T{code}", c.value);
        c.start = start;
        let before = claims.len();
        claims.retain(|p| !(unnamed_part(p) && p.end > start && p.start < day_start));
        i = i + 1 - (before - claims.len());
    }
}

/// A part of the day of no named day: "in the morning", "late afternoon".
fn unnamed_part(c: &Claim) -> bool {
    c.rule == "date.part_of_day" && c.value.starts_with("XXXX-XX-XXT")
}

/// A part of the day right after a clock time joins it: "at 8:00 early
/// morning", "8.30, in the evening" (20:30: the hour read in that part
/// when the time does not name its half of the day).
fn times_in_parts(text: &str, claims: &mut Vec<Claim>) {
    let mut out: Vec<Claim> = Vec::with_capacity(claims.len());
    for c in claims.drain(..) {
        if let Some(t) = out.last_mut()
            && t.ctype == "time"
            && unnamed_part(&c)
            && matches!(text[t.end..c.start].trim(), "" | ",")
            && !text[t.end..c.start].contains('\n')
            && let Some(p) = t.value.rfind('T')
            && let Some(h) = t
                .value
                .get(p + 1..p + 3)
                .and_then(|h| h.parse::<u32>().ok())
            && !t.value.contains('/')
        {
            let code = &c.value[10..];
            let pm = matches!(code, "TAF" | "TEV") || (code == "TNI" && (5..12).contains(&h));
            if pm && h < 12 && !names_meridiem(&text[t.start..t.end]) {
                t.value = format!("{}{:02}{}", &t.value[..p + 1], h + 12, &t.value[p + 3..]);
            }
            t.end = c.end;
            continue;
        }
        out.push(c);
    }
    *claims = out;
}

/// A lone clock time's minutes since midnight ("T17:30" -> 1050), or
/// `None` for anything else (dates, spans).
fn clock_minutes(v: &str) -> Option<u32> {
    let t = v.strip_prefix('T')?;
    if t.len() < 5 || t.contains('/') || t.as_bytes()[2] != b':' {
        return None;
    }
    Some(t.get(..2)?.parse::<u32>().ok()? * 60 + t.get(3..5)?.parse::<u32>().ok()?)
}

/// A bare clock reading ("5", "9.30", "10:45") ending at `end`, as (start,
/// hour, minutes): one or two digits not glued to another number, a word
/// or a currency sign.
fn bare_clock_before(text: &str, end: usize) -> Option<(usize, u32, u32)> {
    let b = text.as_bytes();
    let digits_before = |mut i: usize| {
        while i > 0 && b[i - 1].is_ascii_digit() {
            i -= 1;
        }
        i
    };
    let i = digits_before(end);
    let (start, h, m) = if end - i == 2 && i > 1 && matches!(b[i - 1], b':' | b'.') {
        let j = digits_before(i - 1);
        (j, &text[j..i - 1], &text[i..end])
    } else {
        (i, &text[i..end], "0")
    };
    let glued = start > 0
        && (b[start - 1].is_ascii_alphanumeric()
            || matches!(b[start - 1], b'.' | b',' | b':' | b'/' | b'$' | b'-' | b'#'));
    if h.is_empty() || h.len() > 2 || glued {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    ((1..=12).contains(&h) && m < 60).then_some((start, h, m))
}

/// A bare clock reading starting at `start` ("3", "4.30"), as (end, hour,
/// minutes), when what follows ends the phrase or names the day: "8am-3
/// yesterday", "from 10:30 to 3 on Friday". Not "to 3 people" or "to 3%".
fn bare_clock_after(text: &str, start: usize) -> Option<(usize, u32, u32)> {
    let b = text.as_bytes();
    let mut end = start;
    while end < b.len() && b[end].is_ascii_digit() {
        end += 1;
    }
    let h = &text[start..end];
    let mut m = 0;
    if matches!(b.get(end), Some(b':' | b'.'))
        && b.get(end + 1).is_some_and(u8::is_ascii_digit)
        && b.get(end + 2).is_some_and(u8::is_ascii_digit)
        && !b.get(end + 3).is_some_and(u8::is_ascii_digit)
    {
        m = text[end + 1..end + 3].parse().ok()?;
        end += 3;
    }
    if h.is_empty() || h.len() > 2 {
        return None;
    }
    let h: u32 = h.parse().ok()?;
    let rest = &text[end..];
    let ends_phrase = rest.is_empty()
        || rest.starts_with(['.', ',', ';', '?', '!', ')'])
            && !rest[1..].starts_with(|c: char| c.is_ascii_digit());
    let names_day = rest.starts_with(char::is_whitespace)
        && matches!(
            super::text::next_word(text, end)
                .to_ascii_lowercase()
                .as_str(),
            "on" | "today" | "tonight" | "tomorrow" | "yesterday" | "this" | "next" | "last"
        );
    ((1..=12).contains(&h) && m < 60 && (ends_phrase || names_day)).then_some((end, h, m))
}

/// The joiner `before` ends with (after trailing spaces), as the text
/// before it: a dash, or "to", "until", "till" or "and" after a space.
fn strip_time_joiner(before: &str) -> Option<(&str, &'static str)> {
    let before = before.trim_end_matches([' ', '\u{a0}']);
    for j in ["-", "–", "to", "until", "till", "and"] {
        if let Some(rest) = before.strip_suffix(j) {
            let word = j.starts_with(|c: char| c.is_ascii_alphabetic());
            if word && !rest.ends_with([' ', '\u{a0}']) {
                continue;
            }
            return Some((rest.trim_end_matches([' ', '\u{a0}']), j));
        }
    }
    None
}

/// Whether a clock time spells its half of the day: "6pm", "6 p.m.", "six AM".
fn names_meridiem(t: &str) -> bool {
    let t = t.trim_end_matches('.').as_bytes();
    let n = t.len();
    let tail = |s: &[u8]| n >= s.len() && t[n - s.len()..].eq_ignore_ascii_case(s);
    tail(b"am") || tail(b"pm") || tail(b"a.m") || tail(b"p.m")
}

/// Spans of clock times: "between 4pm and 5pm", "from 9am to 5.30pm",
/// "5-6pm", "from 3 to 5pm", "between 10 and 11:30", "8am-3", each as
/// `T09:00/T17:00` (a date beside it joins later, in `attach_times`). A
/// bare hour is read in whichever half of the day keeps the span running
/// forward and short: "5 to 6pm" is 17:00-18:00, "9.30-4.30pm" starts in
/// the morning, "8am-3" ends in the afternoon. "and" joins only after
/// "between".
fn time_ranges(text: &str, claims: &mut Vec<Claim>) {
    let clock = |c: &Claim| {
        if matches!(c.ctype.as_str(), "time" | "time_bare") {
            clock_minutes(&c.value)
        } else {
            None
        }
    };
    // "from"/"between" before `at` join the span.
    let opened = |at: usize| -> (usize, bool) {
        let w = prev_word(text, at);
        if w.eq_ignore_ascii_case("from") || w.eq_ignore_ascii_case("between") {
            (
                super::text::prev_word_start(text, at),
                w.eq_ignore_ascii_case("between"),
            )
        } else {
            (at, false)
        }
    };
    // Most documents have no clock time: leave their claims where they are
    // (the pass below rebuilds the list, a copy of every claim).
    if !claims.iter().any(|c| clock(c).is_some()) {
        return;
    }
    let hm = |min: u32| format!("T{:02}:{:02}", min / 60, min % 60);
    let mut out: Vec<Claim> = Vec::with_capacity(claims.len());
    let mut i = 0;
    while i < claims.len() {
        let a = &claims[i];
        let span = |start: usize, end: usize, value: String| {
            let mut c = Claim::new(Kind::Date, "time", start, end, "date.time");
            c.value = value;
            c
        };
        let Some(a_min) = clock(a) else {
            out.push(a.clone());
            i += 1;
            continue;
        };
        // Two clock times: "between 4pm and 5pm", "3:00 to 4:00".
        if let Some(b) = claims.get(i + 1)
            && b.ctype == "time"
            && clock(b).is_some()
            && let Some((gap, j)) = strip_time_joiner(&text[a.end..b.start])
            && gap.trim().is_empty()
        {
            let (start, between) = opened(a.start);
            if j != "and" || between {
                // "from 7:00 to 8:00pm": the first time, a bare clock
                // reading, is in the afternoon when that keeps the span
                // short, as for a bare hour below
                let b_min = clock(b).unwrap_or(0);
                let first = if a_min < 12 * 60
                    && a_min + 12 * 60 < b_min
                    && text[a.start..a.end]
                        .bytes()
                        .all(|x| x.is_ascii_digit() || x == b':' || x == b'.')
                    && names_meridiem(&text[b.start..b.end])
                {
                    hm(a_min + 12 * 60)
                } else {
                    a.value.clone()
                };
                out.push(span(start, b.end, format!("{first}/{}", b.value)));
                i += 2;
                continue;
            }
        }
        if a.ctype == "time" {
            // A bare hour, a joiner, this time: "5 to 6pm", "9.30-4.30pm",
            // "between 3 and 8am".
            if let Some((num, j)) = strip_time_joiner(&text[..a.start])
                && let Some((s, h, m)) = bare_clock_before(text, num.len())
                && out.last().is_none_or(|p| p.end <= s)
            {
                let (start, between) = opened(s);
                // the later of the two readings that still comes first
                let later = (h % 12 + 12) * 60 + m;
                let first = if later < a_min {
                    later
                } else {
                    (h % 12) * 60 + m
                };
                if (j != "and" || between) && first < a_min {
                    out.push(span(start, a.end, format!("{}/{}", hm(first), a.value)));
                    i += 1;
                    continue;
                }
            }
            // This time, a joiner, a bare hour: "8am-3 yesterday", "from
            // 10:30 to 3 on Friday".
            let rest = &text[a.end..];
            let lead = rest.len() - rest.trim_start_matches([' ', '\u{a0}']).len();
            let after = &rest[lead..];
            let jl = ["-", "–", "to ", "until ", "till "]
                .into_iter()
                .find(|j| {
                    after
                        .get(..j.len())
                        .is_some_and(|p| p.eq_ignore_ascii_case(j))
                })
                .map(str::len);
            if let Some(jl) = jl {
                let tail = &after[jl..];
                let at = a.end + lead + jl + (tail.len() - tail.trim_start_matches(' ').len());
                if let Some((e, h, m)) = bare_clock_after(text, at)
                    && claims.get(i + 1).is_none_or(|n| n.start >= e)
                {
                    // the earlier of the two readings that still comes after
                    let early = (h % 12) * 60 + m;
                    let next = if early > a_min {
                        early
                    } else {
                        early + 12 * 60
                    };
                    if next > a_min && next < 24 * 60 {
                        out.push(span(
                            opened(a.start).0,
                            e,
                            format!("{}/{}", a.value, hm(next)),
                        ));
                        i += 1;
                        continue;
                    }
                }
            }
        }
        out.push(a.clone());
        i += 1;
    }
    *claims = out;
}

/// Claims sorted by start (longest first at a start): each one drops the
/// claims it covers and is dropped by an overlap with the one kept before
/// it, in one pass.
fn drop_covered(claims: &mut Vec<Claim>) {
    let mut out: Vec<Claim> = Vec::with_capacity(claims.len());
    for c in claims.drain(..) {
        while out
            .last()
            .is_some_and(|p| p.start >= c.start && p.end <= c.end)
        {
            out.pop();
        }
        if out.last().is_some_and(|p| p.end > c.start) {
            continue;
        }
        out.push(c);
    }
    *claims = out;
}

/// A time of day right after (or before) a date joins it: "Monday at 2pm",
/// "tonight around 7", "8am this morning". A bare hour ("at 5") is a time
/// only when it joins a date; it is dropped otherwise.
fn attach_times(text: &str, claims: &mut Vec<Claim>) {
    static YEAR_AFTER: LazyLock<Regex> =
        LazyLock::new(|| re(r"^\s+(1[5-9][0-9][0-9]|20[0-9][0-9])(?-u:\b)"));
    // One pass building a new list (removing from the middle of a vector
    // in a loop is quadratic on a long document).
    let mut out: Vec<Claim> = Vec::with_capacity(claims.len());
    let mut i = 0;
    while i < claims.len() {
        if i + 1 == claims.len() {
            out.push(claims[i].clone());
            break;
        }
        let (a, b) = (&claims[i], &claims[i + 1]);
        // "at 9 local time on Monday": the zone is no gap.
        let gap_from = match zone_end(text, a.end) {
            Some(e) if a.ctype == "time" && e <= b.start => e,
            _ => a.end,
        };
        let gap = text[gap_from..b.start].trim().to_ascii_lowercase();
        // (never across a line: "... at 5pm\nMonday came" are two claims)
        let close = !text[a.end..b.start].contains('\n')
            && matches!(
                gap.as_str(),
                "" | "at"
                    | ","
                    | ", at"
                    | "on"
                    | "from"
                    | "@"
                    | "around"
                    | "about"
                    | "at around"
                    | "by"
            );
        let is_time = |c: &Claim| c.ctype == "time" || c.ctype == "time_bare";
        let day_like = |c: &Claim| {
            c.ctype == "date"
                && (c.value.len() == 10 || (c.value.len() == 13 && c.value.as_bytes()[10] == b'T'))
        };
        // "Tuesdays at 9am", "6am everyday", "every evening at 7:13 p.m.":
        // a recurring time of day.
        let set_like = |c: &Claim| {
            c.ctype == "set"
                && (c.value == "P1D"
                    || c.value.starts_with("XXXX-XX-XXT")
                    || (c.value.starts_with("XXXX-WXX-") && c.value.len() == 10))
        };
        let set_time = if close && set_like(a) && is_time(b) {
            Some((a, b))
        } else if close && a.ctype == "time" && set_like(b) {
            Some((b, a))
        } else {
            None
        };
        if let Some((s, t)) = set_time
            && !t.value.contains('/')
            && let Some(tv) = t.value.strip_prefix('T')
        {
            let mut h: u32 = tv[..2].parse().unwrap_or(0);
            if t.ctype == "time_bare"
                && h < 12
                && (s.value.ends_with("TEV") || s.value.ends_with("TAF"))
            {
                h += 12;
            }
            let mut c = Claim::new(Kind::Date, "set", a.start, b.end, "date.set");
            c.value = if s.value.starts_with("XXXX-WXX-") {
                format!("{}T{h:02}{}", s.value, &tv[2..])
            } else {
                format!("T{h:02}{}", &tv[2..])
            };
            out.push(c);
            i += 2;
            continue;
        }
        // A holiday names the day of an event: "Christmas at 8:00" stays a
        // date next to a time.
        let day_like_date = |c: &Claim| day_like(c) && c.rule != "date.holiday";
        // A bare hour before a part of a day: "at 7 this morning", "at 9
        // tonight" (before a day alone it is a count: "at 5 Monday").
        let part_date = |c: &Claim| c.value.len() == 13;
        if close
            && ((day_like_date(a) && is_time(b))
                || (is_time(a)
                    && day_like_date(b)
                    && (a.ctype == "time" || part_date(b) || colon_minutes(&text[a.start..a.end]))))
        {
            let (d, t) = if is_time(a) { (b, a) } else { (a, b) };
            // A part of a day the text does not name ("in the evening at
            // 7") leaves the clock time alone: `T19:00`.
            let day = if d.rule == "date.part_of_day" {
                d.value[..10].trim_start_matches("XXXX-XX-XX")
            } else {
                &d.value[..10]
            };
            // A span of clock times on that day: "Monday 8-9am".
            if let Some((from, to)) = t.value.split_once('/') {
                // "tonight from 7 to 7:30": the hours in that part of the day
                let part = &d.value[10..];
                let said = text[t.start..t.end].to_ascii_lowercase();
                let said = ["am", "pm", "a.m", "p.m"].iter().any(|x| said.contains(x));
                let in_part = |v: &str| -> String {
                    let h = v.get(1..3).and_then(|h| h.parse::<u32>().ok());
                    match h {
                        Some(h)
                            if !said
                                && h < 12
                                && (matches!(part, "TAF" | "TEV")
                                    || part == "TNI" && (5..12).contains(&h)) =>
                        {
                            format!("T{:02}{}", h + 12, &v[3..])
                        }
                        _ => v.to_string(),
                    }
                };
                let mut c = Claim::new(Kind::Date, "time", a.start, b.end, "date.time");
                c.value = format!("{day}{}/{day}{}", in_part(from), in_part(to));
                out.push(c);
                i += 2;
                continue;
            }
            if let Some(tv) = t.value.strip_prefix('T') {
                let part = &d.value[10..];
                let mut h: u32 = tv[..2].parse().unwrap_or(0);
                let pm = matches!(part, "TAF" | "TEV") || (part == "TNI" && (5..12).contains(&h));
                if pm && h < 12 && t.ctype == "time_bare" {
                    h += 12;
                }
                // "midnight on Wednesday", "Monday midnight": the end of
                // that day (T24:00), where a deadline falls, not its start
                if t.value == "T00:00" && text[t.start..t.end].eq_ignore_ascii_case("midnight") {
                    h = 24;
                }
                let mut c = Claim::new(Kind::Date, "time", a.start, b.end, "date.time");
                c.value = format!("{day}T{h:02}{}", &tv[2..]);
                // "Wed Oct 26 15:50:06 2016": a year right after the clock
                // time of a day written without one is that day's year.
                if d.start == a.start
                    && matches!(gap.as_str(), "" | ",")
                    && !states_year(text, d)
                    && let Some(y) = YEAR_AFTER.captures(&text[b.end..])
                    && phrase_ends(text, b.end + y[0].len())
                    && let (Some(m), Some(dd)) = (
                        day.get(5..7).and_then(|x| x.parse::<u32>().ok()),
                        day.get(8..10).and_then(|x| x.parse::<u32>().ok()),
                    )
                    && let Some(dated) = ymd(y[1].parse().unwrap_or(0), m, dd)
                {
                    c.value = format!("{}T{h:02}{}", fmt_date(dated), &tv[2..]);
                    c.end = b.end + y[0].len();
                    out.push(c);
                    i += 2;
                    // The year's own claim is inside the span now.
                    while claims
                        .get(i)
                        .is_some_and(|n| n.start < out[out.len() - 1].end)
                    {
                        i += 1;
                    }
                    continue;
                }
                out.push(c);
                i += 2;
                continue;
            }
        }
        out.push(claims[i].clone());
        i += 1;
    }
    *claims = out;
    // A bare hour joined to no date is dropped ("at 5" may be anything),
    // but not minutes after a colon: "the train left at 7:45" ("at 8.30"
    // may be a price).
    claims.retain_mut(|c| {
        if c.ctype != "time_bare" {
            return true;
        }
        let colon = colon_minutes(&text[c.start..c.end]);
        if colon {
            c.ctype = "time".into();
        }
        colon
    });
}

/// A clock time that ends in minutes after a colon ("at 8:30"), which no
/// count or price is written as.
fn colon_minutes(t: &str) -> bool {
    t.rfind(':')
        .is_some_and(|i| t[i + 1..].len() == 2 && t[i + 1..].bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The prefilter never hides a match: wherever a rule's own regex
    /// matches a paragraph, the gate names that rule. Checked on the sample
    /// articles, the rule examples and counter-examples, and the DateTime
    /// suites when ../shared is present.
    #[test]
    fn gate_fires_wherever_a_rule_matches() {
        let root = env!("CARGO_MANIFEST_DIR");
        let mut texts: Vec<String> = Vec::new();
        for entry in std::fs::read_dir(format!("{root}/claims")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                texts.push(std::fs::read_to_string(path).unwrap());
            }
        }
        for r in rules() {
            texts.extend(r.examples.iter().map(|(t, _)| t.to_string()));
            texts.extend(r.counter_examples.iter().map(|t| t.to_string()));
        }
        for suite in ["DateTimeModel", "DateTimeModelExtendedTypes"] {
            let path = format!("{root}/../shared/eval/recognizers/{suite}.jsonl");
            if let Ok(s) = std::fs::read_to_string(&path) {
                for line in s.lines() {
                    let v: serde_json::Value = serde_json::from_str(line).unwrap();
                    texts.push(v["text"].as_str().unwrap().to_string());
                }
            }
        }
        // The gate reads a lowered text: capitals and Unicode's other case
        // forms of `k` and `s` must not hide a match.
        let variants: Vec<String> = texts
            .iter()
            .flat_map(|t| {
                [
                    t.to_ascii_uppercase(),
                    t.replace('s', "\u{017F}").replace('k', "\u{212A}"),
                ]
            })
            .collect();
        texts.extend(variants);
        assert!(texts.len() > 100, "texts to check: {}", texts.len());
        let mut matched = 0;
        let full_gate = rule_set();
        let mut caches = full_gate.caches();
        for text in &texts {
            for para in text.split('\n') {
                let full = full_gate.matching(para, &mut caches);
                let literal = LITERAL_SET.matching(para);
                for (i, rule) in RULE_TABLE.iter().enumerate() {
                    if rule.re.get().is_match(para) {
                        matched += 1;
                        let id = regex_automata::PatternID::new_unchecked(i);
                        assert!(
                            full.contains(id),
                            "rule {i} ({}) matches but the gate missed it in {para:?}",
                            rule.id
                        );
                        assert!(
                            literal.contains(id),
                            "rule {i} ({}) matches but the literal gate missed it in {para:?}",
                            rule.id
                        );
                    }
                }
            }
        }
        assert!(matched > 100, "rule matches checked: {matched}");
    }

    /// The required words kept in `rules/builtin/date-gate.json` are the
    /// ones the rules give now; `CLAIMCHECK_UPDATE_GATE=1` rewrites them.
    #[test]
    fn gate_words_are_current() {
        let (requirements, fingerprint, kept) = with_gate_input(|templates, placeholders| {
            let requirements = gate::requirements(templates, placeholders);
            // Each rule needs some word, or the gate would run it everywhere.
            for (t, r) in templates.iter().zip(&requirements) {
                assert!(!r.is_empty(), "no required word found in {t}");
            }
            let fingerprint = format!("{:016x}", gate::fingerprint(templates, placeholders));
            let kept = kept_requirements(templates, placeholders).is_some();
            (requirements, fingerprint, kept)
        });
        let mut text =
            format!("{{\n  \"fingerprint\": \"{fingerprint}\",\n  \"requirements\": [\n");
        for (k, r) in requirements.iter().enumerate() {
            let sep = if k + 1 < requirements.len() { "," } else { "" };
            text += &format!("    {}{sep}\n", serde_json::to_string(r).unwrap());
        }
        text += "  ]\n}\n";
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/rules/builtin/date-gate.json");
        if std::env::var_os("CLAIMCHECK_UPDATE_GATE").is_some() {
            std::fs::write(path, &text).unwrap();
        } else {
            assert!(
                GATE_FILE == text,
                "{path} is stale (a date rule changed): rerun with CLAIMCHECK_UPDATE_GATE=1"
            );
        }
        assert!(kept, "the kept words' fingerprint is not the rules'");
    }

    #[test]
    fn every_pattern_rule_is_described_in_the_rule_file() {
        let described: Vec<&str> = rules().iter().map(|r| r.id).collect();
        for r in RULE_TABLE.iter() {
            assert!(
                described.contains(&r.id),
                "{} has a pattern but no [[rule]] in rules/builtin/date.toml",
                r.id
            );
            // Every pattern compiles.
            let _ = r.re.get();
        }
        // Every pattern of the file has its resolver: none is left unread.
        let in_file: usize = PATTERNS.values().map(Vec::len).sum();
        assert_eq!(
            in_file,
            RULE_TABLE.len(),
            "patterns in date.toml without a resolver"
        );
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn weekday_resolution_by_tense() {
        let sat = d(2016, 9, 10);
        assert_eq!(
            resolve_weekday(sat, Weekday::Mon, None, Tense::Future),
            d(2016, 9, 12)
        );
        assert_eq!(
            resolve_weekday(sat, Weekday::Fri, None, Tense::Past),
            d(2016, 9, 9)
        );
        assert_eq!(resolve_weekday(sat, Weekday::Sat, None, Tense::Past), sat);
        // "last Thursday" is the Thursday of last week (a Thursday earlier
        // this week would be "on Thursday"); "past Thursday" the latest one.
        assert_eq!(
            resolve_weekday(sat, Weekday::Thu, Some("last"), Tense::Future),
            d(2016, 9, 1)
        );
        assert_eq!(
            resolve_weekday(sat, Weekday::Thu, Some("past"), Tense::Future),
            d(2016, 9, 8)
        );
        assert_eq!(
            resolve_weekday(sat, Weekday::Mon, Some("next"), Tense::Past),
            d(2016, 9, 12)
        );
    }

    fn spans(text: &str) -> Vec<(String, String)> {
        spans_in(text, DateStyle::Timex)
    }

    #[test]
    fn a_fiscal_quarter_is_the_calendar_quarter_it_covers_when_the_year_start_is_told() {
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        // Document date: Saturday 2016-09-10.
        let got = spans(
            "The group, whose financial year began on April 1, said profit fell in its fiscal \
             second quarter and cut its full-year forecast. It will report fiscal third-quarter \
             results in February. Sales rose in the second quarter.",
        );
        assert!(got.contains(&p("second quarter", "2016-Q3")), "{got:?}");
        assert!(got.contains(&p("full-year", "2016/2017")), "{got:?}");
        assert!(got.contains(&p("third-quarter", "2016-Q4")), "{got:?}");
        // (no "fiscal": a calendar quarter)
        assert!(got.contains(&p("the second quarter", "2016-Q2")), "{got:?}");
        // a year ending in September starts in October
        let got = spans(
            "Its fiscal year, which ends in September, was hard: profit fell in the fiscal third quarter.",
        );
        assert!(got.contains(&p("third quarter", "2016-Q2")), "{got:?}");
        // untold, "fiscal" changes nothing, and "full-year" is the calendar year
        assert_eq!(
            spans("Profit fell in the fiscal second quarter and it cut its full-year forecast."),
            [p("second quarter", "2016-Q2"), p("full-year", "2016")]
        );
        // "fiscal 2027" of a year to June is the one that ends then; told
        // nothing, it stays the named fiscal year
        let got =
            spans("It returned 7% in the fiscal year to June 30. It plans more in fiscal 2027.");
        assert!(got.contains(&p("fiscal 2027", "2026/2027")), "{got:?}");
        assert!(spans("It plans more in fiscal 2027.").contains(&p("fiscal 2027", "FY2027")));
        // a length, not a year
        assert!(spans("She signed a full-year contract.").is_empty());
        assert_eq!(
            fiscal_year_start("its financial year ends on March 31"),
            Some(4)
        );
        assert_eq!(
            fiscal_year_start("a fiscal year running from July"),
            Some(7)
        );
        assert_eq!(
            fiscal_year_start("the fiscal year began in April; the fiscal year ends in June"),
            None
        );
        assert_eq!(fiscal_year_start("a fiscal deficit last year"), None);
    }

    #[test]
    fn a_busy_saturday_is_no_date() {
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert!(spans("On a busy Saturday we have 16,000 people.").is_empty());
        assert!(spans("About 14,000 come on a typical free Sunday.").is_empty());
        assert!(spans("Post comes on a Saturday.").is_empty());
        // (a price "a barrel on Tuesday" and "a time Tuesday" name the day)
        assert_eq!(
            spans("Crude rose to $92 a barrel on Tuesday."),
            [p("Tuesday", "2016-09-06")]
        );
        assert_eq!(
            spans("Find us a time Tuesday."),
            [p("Tuesday", "2016-09-06")]
        );
    }

    #[test]
    fn fourth_quarter_results_due_in_the_first_quarter_are_last_years() {
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        let got = spans_on(
            d(2026, 1, 20),
            "Vantel will report fourth-quarter results on Feb. 5.",
        );
        assert!(got.contains(&p("fourth-quarter", "2025-Q4")), "{got:?}");
        // (in September they are still to come)
        let got = spans_on(
            d(2026, 9, 10),
            "Vantel will report fourth-quarter results in February.",
        );
        assert!(got.contains(&p("fourth-quarter", "2026-Q4")), "{got:?}");
        // (and a forecast is this year's)
        let got = spans_on(d(2026, 1, 20), "It expects fourth-quarter revenue to rise.");
        assert!(got.contains(&p("fourth-quarter", "2026-Q4")), "{got:?}");
    }

    #[test]
    fn a_year_earlier_counts_from_the_period_told_not_from_another_comparison() {
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        // "the three months to June" is the second quarter
        let got = spans(
            "Profit was $2bn in the three months to June, down from $3bn a year earlier. \
             Revenue fell to $9bn from $10bn in the same quarter last year.\n\n\
             Volumes were a third less than a year earlier.",
        );
        assert_eq!(
            got.iter().filter(|(_, v)| v == "2015-Q2").count(),
            3,
            "{got:?}"
        );
        // (a month that ends no quarter stays a month)
        let got = spans("Pay rose 4% in the three months to May, against 3% a year earlier.");
        assert!(got.contains(&p("a year earlier", "2015-05")), "{got:?}");
        // a span of months, both ends moved back; a "from" of the sentence
        // before compares nothing here
        let got = spans(
            "Deaths rose to 52 from 41.\n\nIn the first four months of 2016, 79 people \
             died, down from 88 a year earlier.",
        );
        assert!(
            got.contains(&p("a year earlier", "2015-01/2015-04")),
            "{got:?}"
        );
        let got = spans("Net income for the July-September quarter rose from $71m a year earlier.");
        assert!(got.contains(&p("a year earlier", "2015-Q3")), "{got:?}");
    }

    #[test]
    fn a_quarter_after_for_reports_and_a_start_or_deadline_looks_ahead() {
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        // Document date: Saturday 2016-09-10.
        assert_eq!(
            spans("Net income for the second quarter climbed 4%."),
            [p("the second quarter", "2016-Q2")]
        );
        assert_eq!(
            spans("The launch is set for the fourth quarter."),
            [p("the fourth quarter", "2016-Q4")]
        );
        assert_eq!(
            spans("Water firms announced hosepipe bans, starting on Tuesday."),
            [p("Tuesday", "2016-09-13")]
        );
        // On Wednesday 2016-09-07: the coming weekend, unless told as past.
        let on_wednesday = |t: &str| spans_on(d(2016, 9, 7), t);
        assert_eq!(
            on_wednesday("Storms bring temperatures down by the weekend."),
            [p("the weekend", "2016-W36-WE")]
        );
        assert_eq!(
            on_wednesday("Storms had brought temperatures down by the weekend."),
            [p("the weekend", "2016-W35-WE")]
        );
    }

    #[test]
    fn a_clock_time_told_after_the_lede_is_on_the_day_it_narrates() {
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        // Document date: Saturday 2016-09-10; the lede narrates Thursday.
        assert_eq!(
            spans(
                "LONDON, Sept. 10 (Wire) - Vossen won the runoff on Thursday.\n\nHer rival \
                 conceded at 11:20 p.m. She spoke shortly before midnight. She thanked staff \
                 at 2:30 a.m. The count will resume at 9 a.m."
            ),
            [
                p("Sept. 10", "2016-09-10"),
                p("Thursday", "2016-09-08"),
                p("at 11:20 p.m.", "2016-09-08T23:20"),
                p("midnight", "2016-09-08T24:00"),
                // (the small hours after it are the next day's)
                p("at 2:30 a.m.", "2016-09-09T02:30"),
                // (not told in the past)
                p("at 9 a.m.", "2016-09-10T09:00"),
            ]
        );
        // A lede of the document's own day keeps its times there, whatever
        // day comes later in it.
        assert_eq!(
            spans(
                "LONDON, Sept. 10 (Wire) - Acme bid for Brick on Saturday, 38% above the \
                 close last Thursday. Shares jumped by 10:15 a.m."
            )
            .last(),
            Some(&p("10:15 a.m.", "2016-09-10T10:15"))
        );
    }

    #[test]
    fn shared_years_halves_before_same_quarters_and_finishing_times() {
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            spans("The probe landed in September and November 2013."),
            [p("September", "2013-09"), p("November 2013", "2013-11")]
        );
        assert_eq!(
            spans("No relief is expected before the second half of next year."),
            [p("the second half of next year", "2017-H2")]
        );
        assert_eq!(
            spans(
                "Sales rose in the July-September quarter; prices were higher two years ago \
                 than in the same quarter last year."
            )
            .last(),
            Some(&p("the same quarter last year", "2015-Q3"))
        );
        assert_eq!(
            spans("She beat Maike Dervaux (8:36:49) to the line."),
            [p("8:36:49", "PT8H36M49S")]
        );
        assert_eq!(
            spans("“We have waited a decade for this,” she said."),
            [p("a decade", "P10Y")]
        );
    }

    #[test]
    fn midnight_of_a_day_schedules_and_adverbs_of_frequency() {
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        // midnight on a named day is where that day ends
        assert_eq!(
            spans("The ban took effect at midnight on Monday."),
            [p("midnight on Monday", "2016-09-05T24:00")]
        );
        // the present of a schedule looks ahead (document date 2016-09-10)
        assert_eq!(
            spans("The tax rises to 4 euros on March 1."),
            [p("March 1", "2017-03-01")]
        );
        assert_eq!(
            spans("The new rule takes effect on March 1."),
            [p("March 1", "2017-03-01")]
        );
        assert_eq!(
            spans("The tax rose on March 1."),
            [p("March 1", "2016-03-01")]
        );
        // an adverb of frequency is no set in TIMEX; "every year" is one
        assert!(spans("Results have been published annually.").is_empty());
        assert_eq!(
            spans("Results are published every year."),
            [p("every year", "P1Y")]
        );
        assert_eq!(
            spans_in("Results have been published annually.", DateStyle::Ranges),
            [p("annually", "P1Y")]
        );
        // "the 14th of 21 stages" is no day of the month
        assert!(spans("He won on the 14th of 21 stages.").is_empty());
        assert!(spans("It sold on the 23rd of the evening’s 41 lots.").is_empty());
    }

    /// The dates of `text` told on `date`.
    fn spans_on(date: NaiveDate, text: &str) -> Vec<(String, String)> {
        let doc = crate::document::Document::from_text("t", text.to_string()).unwrap();
        let opts = crate::extract::Options {
            doc_date: Some(date),
            date_order: None,
            date_style: DateStyle::Timex,
        };
        crate::extract::extract(&doc, &opts)
            .into_iter()
            .filter(|r| r.kind == "date")
            .map(|r| (r.text, r.value))
            .collect()
    }

    fn spans_in(text: &str, date_style: DateStyle) -> Vec<(String, String)> {
        rows_in(text, date_style)
            .into_iter()
            .filter(|r| r.kind == "date")
            .map(|r| (r.text, r.value))
            .collect()
    }

    /// Every ledger row of `text`, document date 2016-09-10.
    fn rows_in(text: &str, date_style: DateStyle) -> Vec<crate::ledger::LedgerRow> {
        let doc = crate::document::Document::from_text("t", text.to_string()).unwrap();
        crate::extract::extract(
            &doc,
            &crate::extract::Options {
                doc_date: Some(d(2016, 9, 10)),
                date_order: None,
                date_style,
            },
        )
    }

    #[test]
    fn a_relative_year_dates_the_day_before_it_and_months_name_a_quarter() {
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            spans("The census counted everyone on March 30 last year."),
            [p("March 30 last year", "2015-03-30")]
        );
        assert_eq!(
            spans("Talks resume on June 3 next year, and sales rose in May this year."),
            [
                p("June 3 next year", "2017-06-03"),
                p("May this year", "2016-05")
            ]
        );
        assert_eq!(
            spans("Profit rose in the July-September quarter."),
            [p("the July-September quarter", "2016-Q3")]
        );
        // not a calendar quarter, or no "quarter": the months
        assert_eq!(
            spans("Profit rose in the August-October quarter."),
            [p("August-October", "2015-08/2015-10")]
        );
    }

    #[test]
    fn split_seconds_make_a_race_time() {
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            spans("Varn won in 15:02.6 and Brekkan in 30:41.27. The bus left at 10:30."),
            [
                p("15:02.6", "PT15M2.6S"),
                p("30:41.27", "PT30M41.27S"),
                p("at 10:30", "2016-09-10T10:30")
            ]
        );
        assert_eq!(
            spans("She won the marathon in 2:21:09.5."),
            [p("2:21:09.5", "PT2H21M9.5S")]
        );
        // a trailing zero is not kept: "2:07.90" equals "2:07.9"
        assert_eq!(
            spans("Okoro clocked 2:07.90 and Varn 2:06.00."),
            [p("2:07.90", "PT2M7.9S"), p("2:06.00", "PT2M6S")]
        );
        // a version number is no race time
        // a zero hour is left out, not written as "PTH"
        assert_eq!(
            spans("He won the 10,000m in 0:30:41.2."),
            [p("0:30:41.2", "PT30M41.2S")]
        );
        let got = spans("Release 1:02:03.4.5 shipped.");
        assert!(!got.iter().any(|g| g.1.starts_with("PT")), "{got:?}");
    }

    #[test]
    fn two_dates_on_either_side_of_a_line_break_are_not_one_span() {
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            spans("Talks end Monday\n\u{2014}Monday and Tuesday."),
            [
                p("Monday", "2016-09-05"),
                p("Monday", "2016-09-05"),
                p("Tuesday", "2016-09-06")
            ]
        );
        assert_eq!(
            spans("Talks run March 3\u{2014}March 7."),
            [p("March 3\u{2014}March 7", "2016-03-03/2016-03-07")]
        );
    }

    #[test]
    fn clock_phrases_of_news_read_their_part_of_the_day() {
        // (calendar ranges: TIMEX3 puts a day before each bare clock time)
        let spans = |t: &str| spans_in(t, DateStyle::Ranges);
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            spans("The convoy left on Monday, early in the morning."),
            [p("Monday, early in the morning", "2016-09-05TMO")]
        );
        assert_eq!(
            spans("Shots were heard at twenty-five past eleven at night."),
            [p("twenty-five past eleven at night", "T23:25")]
        );
        assert_eq!(
            spans("It ended at 12 at night and began again at 12 in the afternoon."),
            [
                p("12 at night", "T00:00"),
                p("12 in the afternoon", "T12:00")
            ]
        );
        // a bare number stays a number: a count, a score
        assert!(spans("He scored at 6 and the side won 3-1.").is_empty());
        assert!(spans("Voters in 5 in the morning polls said no.").is_empty());
        // text around the phrases may be anything
        for t in [
            "at half past\u{a0}seven\u{2014}in the morning",
            "at 7 in the evening\u{2019}s rally",
            "between 0730\u{2013}0930",
            "in the morning at",
        ] {
            let _ = spans(t);
        }
    }

    #[test]
    fn a_range_of_lengths_is_one_claim() {
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        for (text, want) in [
            (
                "Repairs take four to six weeks.",
                p("four to six weeks", "P4W..P6W"),
            ),
            ("It lasted 10-12 days.", p("10-12 days", "P10D..P12D")),
            ("It lasted 10–12 days.", p("10–12 days", "P10D..P12D")),
            (
                "a sentence of between 3 and 5 years",
                p("between 3 and 5 years", "P3Y..P5Y"),
            ),
            ("one or two hours", p("one or two hours", "PT1H..PT2H")),
            (
                "two to three fortnights",
                p("two to three fortnights", "P4W..P6W"),
            ),
            (
                "twenty to twenty-five minutes",
                p("twenty to twenty-five minutes", "PT20M..PT25M"),
            ),
        ] {
            assert_eq!(spans(text), [want], "{text}");
        }
        // Not ranges: "and" without "between", a low end that is no lower,
        // a number glued to another word, a count of something else.
        for (text, want) in [
            (
                "It took two and a half days.",
                p("two and a half days", "P2DT12H"),
            ),
            ("Then 3 and 5 days passed.", p("5 days", "P5D")),
            ("from 6 to 5 days", p("5 days", "P5D")),
            ("For 20 people 3 days passed.", p("3 days", "P3D")),
        ] {
            assert_eq!(spans(text), [want], "{text}");
        }
        assert_eq!(spans("in the COVID-19 days"), [], "a code is no low end");
    }

    #[test]
    fn since_the_month_of_the_document_is_last_years() {
        // Document date: 2016-09-10.
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            spans("Its lowest close since September."),
            [p("since September", "2015-09/")]
        );
        assert_eq!(
            spans("Prices have risen since August."),
            [p("since August", "2016-08/")]
        );
    }

    #[test]
    fn a_month_after_for_is_a_month_not_a_person() {
        // Document date: 2016-09-10.
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            spans("It publishes its figures for August at 10 a.m. on Sept. 12."),
            [
                p("August", "2016-08"),
                p("at 10 a.m. on Sept. 12", "2016-09-12T10:00")
            ]
        );
        // an appointment for a month is ahead
        assert_eq!(spans("The vote is set for March."), [p("March", "2017-03")]);
        assert!(spans("Most members voted for May in the ballot.").is_empty());
        assert!(spans("The prize went to a gift for April Jones.").is_empty());
    }

    #[test]
    fn lengths_add_up_only_from_larger_units_to_smaller() {
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            spans("It took 2 years and 3 months."),
            [p("2 years and 3 months", "P2Y3M")]
        );
        assert_eq!(
            spans("They got sentences of 30 months and two years."),
            [p("30 months", "P30M"), p("two years", "P2Y")]
        );
    }

    #[test]
    fn a_time_and_a_day_on_two_lines_stay_two_claims() {
        // (joined across the line break, both were lost)
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            spans("Doors open at 5pm\nMonday came and went."),
            [p("at 5pm", "2016-09-10T17:00"), p("Monday", "2016-09-05")]
        );
        assert_eq!(
            spans("Doors will open at 5pm on Monday."),
            [p("at 5pm on Monday", "2016-09-12T17:00")]
        );
    }

    #[test]
    fn an_article_of_the_noun_a_date_modifies_is_not_in_its_span() {
        // Document date: Saturday 2016-09-10.
        let texts = |t: &str| -> Vec<String> { spans(t).into_iter().map(|(t, _)| t).collect() };
        assert_eq!(
            texts("The 21-22 October summit went ahead."),
            ["21-22 October"]
        );
        assert_eq!(texts("the 7 to 9 June talks ended"), ["7 to 9 June"]);
        assert_eq!(texts("The 4 July parade was rained off."), ["4 July"]);
        // The article of the day itself stays: "the 3rd", "the 11 of".
        assert_eq!(
            texts("They met the 2nd-4th of June."),
            ["the 2nd-4th of June"]
        );
        assert_eq!(texts("It opens the 11 of June."), ["the 11 of June"]);
        assert_eq!(texts("It opens on the 11th June."), ["the 11th June"]);
    }

    #[test]
    fn ordinals_and_numbers_after_a_weekday_end_the_phrase() {
        let got = spans("It will come into force on Monday, the first day of Eid.");
        assert_eq!(got, vec![("Monday".into(), "2016-09-12".into())]);
        let got = spans("On Monday 12 people died.");
        assert_eq!(got, vec![("Monday".into(), "2016-09-05".into())]);
        let got = spans("On Monday at 5 locations police raided homes.");
        assert_eq!(got, vec![("Monday".into(), "2016-09-05".into())]);
    }

    #[test]
    fn the_verb_last_is_a_duration_and_a_copula_points_ahead() {
        // Document date: Saturday 2016-09-10.
        let got = spans("The trial will begin on Monday and last six weeks.");
        assert_eq!(got[1], ("six weeks".into(), "P6W".into()), "{got:?}");
        let got = spans("The strike will last three days.");
        assert_eq!(got, vec![("three days".into(), "P3D".into())]);
        let got = spans_in("Sales rose over the last six weeks.", DateStyle::Ranges);
        assert_eq!(got[0].1, "2016-07-30/2016-09-09", "{got:?}");
        // "is (on) Friday" is the coming Friday; "was" the last one.
        assert_eq!(spans("The vote is on Friday.")[0].1, "2016-09-16");
        assert_eq!(spans("The deadline is Friday.")[0].1, "2016-09-16");
        assert_eq!(spans("The vote was on Friday.")[0].1, "2016-09-09");
        // The verb "last" says nothing of the past.
        assert_eq!(
            spans_in(
                "The strike is expected to last until Friday.",
                DateStyle::Ranges
            )[0]
            .1,
            "/2016-09-16"
        );
        // A copula further back says nothing: "a man is in custody after a
        // stabbing on Friday".
        assert_eq!(
            spans("A man is in custody after a stabbing on Friday.")[0].1,
            "2016-09-09"
        );
    }

    #[test]
    fn days_listed_with_a_month_are_dates_of_that_month() {
        // Document date: Saturday 2016-09-10.
        let s = |t: &str| spans(t);
        let owned = |v: &[(&str, &str)]| -> Vec<(String, String)> {
            v.iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect()
        };
        assert_eq!(
            s("Hearings were held on July 17, 18 and 19."),
            owned(&[
                ("July 17", "2016-07-17"),
                ("18", "2016-07-18"),
                ("19", "2016-07-19")
            ])
        );
        assert_eq!(
            s("Talks ran on 3, 4 and 5 March 2015."),
            owned(&[
                ("3", "2015-03-03"),
                ("4", "2015-03-04"),
                ("5 March 2015", "2015-03-05")
            ])
        );
        assert_eq!(
            s("He can come the 22nd, 23rd or 31st of August."),
            owned(&[
                ("the 22nd", "2016-08-22"),
                ("23rd", "2016-08-23"),
                ("31st of August", "2016-08-31")
            ])
        );
        // A year after the last day dates the whole list.
        assert_eq!(
            s("Polls open on May 3 and 4, 2017.")
                .iter()
                .map(|(_, v)| v.as_str())
                .collect::<Vec<_>>(),
            ["2017-05-03", "2017-05-04"]
        );
        // "and" joins two days; only "between" makes them a span.
        assert_eq!(s("It rained on 18 and 19 June.").len(), 2);
        assert_eq!(
            s("It rained between 18 and 19 June."),
            owned(&[("between 18 and 19 June", "2016-06-18/2016-06-19")])
        );
        // Counts after a date are not days.
        assert_eq!(
            s("On July 17, 18 people died."),
            owned(&[("July 17", "2016-07-17")])
        );
        assert_eq!(s("On July 17, 18 and 19 people died.").len(), 1);
        assert_eq!(s("On July 17, 18.5% and 19% voted.").len(), 1);
        // No day 31 in June.
        assert_eq!(s("Fairs are on 30 and 31 June.").len(), 0);
    }

    #[test]
    fn spans_of_a_year_or_month_hold_only_what_fits() {
        // Document date: Saturday 2016-09-10.
        let span_of = |t: &str| -> Vec<String> {
            let doc = crate::document::Document::from_text("t", t.to_string()).unwrap();
            let opts = crate::extract::Options {
                doc_date: Some(d(2016, 9, 10)),
                date_order: None,
                ..Default::default()
            };
            crate::extract::extract(&doc, &opts)
                .into_iter()
                .filter(|r| r.rule == "date.span_of")
                .map(|r| r.value)
                .collect()
        };
        assert_eq!(
            span_of("It fell in the last 3 weeks of 2019."),
            ["2019-12-11/2019-12-31"]
        );
        assert_eq!(
            span_of("It fell on the last day of February 2024."),
            ["2024-02-29"]
        );
        assert_eq!(
            span_of("It fell in the last two quarters of 2019."),
            ["2019-Q3/2019-Q4"]
        );
        for none in [
            "It fell in the first 13 months of 2024.",
            "It fell in the last 40 days of February 2024.",
            "It fell in the second three months of 2024.",
            "It fell in the third day of 2024.",
            "It fell in the first two halves of 2024.",
        ] {
            assert!(span_of(none).is_empty(), "{none}: {:?}", span_of(none));
        }
    }

    #[test]
    fn two_digit_years_fall_in_the_century_ending_ten_years_ahead() {
        let doc = |y| Some(d(y, 6, 1));
        assert_eq!(full_year(40, doc(2019)), 1940);
        assert_eq!(full_year(29, doc(2019)), 2029);
        assert_eq!(full_year(30, doc(2019)), 1930);
        assert_eq!(full_year(87, doc(2026)), 1987);
        assert_eq!(full_year(5, doc(1995)), 2005);
        assert_eq!(full_year(6, doc(1995)), 1906);
        assert_eq!(full_year(49, None), 2049);
        assert_eq!(full_year(50, None), 1950);
        // Document date: Saturday 2016-09-10.
        assert_eq!(spans("It was signed on 03/18/40.")[0].1, "1940-03-18");
    }

    #[test]
    fn fortnights_count_from_this_week() {
        // Document date: Saturday 2016-09-10 (week 36).
        assert_eq!(
            spans("We leave in the next fortnight.")[0].1,
            "2016-W38/2016-W39"
        );
        assert_eq!(
            spans("It was quiet last fortnight.")[0].1,
            "2016-W34/2016-W35"
        );
        assert_eq!(spans("Cases rose over the past fortnight.")[0].1, "P2W");
    }

    #[test]
    fn a_date_opening_a_past_clause_is_behind_but_an_announced_one_ahead() {
        // Document date: Saturday 2016-09-10.
        assert_eq!(
            spans("On 20 September, 40 trains were cancelled.")[0].1,
            "2015-09-20"
        );
        assert_eq!(
            spans("Unions announced walkouts on 20 September.")[0].1,
            "2016-09-20"
        );
        // Beyond a month ahead a past verb wins, unless an infinitive names
        // the event to come.
        assert_eq!(
            spans("It asked for talks on 30 October.")[0].1,
            "2015-10-30"
        );
        assert_eq!(
            spans("It asked the mediator to convene talks on 30 October.")[0].1,
            "2016-10-30"
        );
    }

    #[test]
    fn short_weekday_names_count_in_a_list_of_weekdays() {
        // Document date: Saturday 2016-09-10.
        let vals = |t: &str| -> Vec<String> { spans(t).into_iter().map(|(_, v)| v).collect() };
        assert_eq!(
            vals("Shops open next week Mon, Wed and Fri."),
            ["2016-09-12", "2016-09-14", "2016-09-16"]
        );
        assert_eq!(vals("The Sun and the Mon river.").len(), 0);
        assert_eq!(vals("They wed on Sat.").len(), 0);
    }

    #[test]
    fn requests_and_the_present_progressive_point_ahead() {
        // Document date: Saturday 2016-09-10.
        assert_eq!(
            spans("They are holding a vote on 2 August.")[0].1,
            "2017-08-02"
        );
        assert_eq!(spans("They held a vote on 2 August.")[0].1, "2016-08-02");
        assert_eq!(spans("Please book it for 2 August.")[0].1, "2017-08-02");
    }

    #[test]
    fn a_sentence_full_stop_is_not_part_of_a_time_or_weekday() {
        let texts: Vec<String> =
            spans("Results are due by 6pm. It opens at 9AM. Talks end on Thursday.")
                .into_iter()
                .map(|(t, _)| t)
                .collect();
        assert_eq!(texts, ["6pm", "at 9AM", "Thursday"]);
        // The abbreviation's own dots stay; a full month name has none.
        let got = spans("The polls close at 10 p.m.");
        assert_eq!(got[0].0, "at 10 p.m.");
        assert_eq!(
            spans_in("It was adjourned until 9 January.", DateStyle::Ranges)[0].0,
            "until 9 January"
        );
        assert_eq!(spans("It ends on 30 Sept.")[0].0, "30 Sept.");
        // A present-tense schedule points ahead.
        assert_eq!(spans("The deal expires on Dec. 31.")[0].1, "2016-12-31");
    }

    #[test]
    fn spans_grown_over_a_neighbour_do_not_overlap() {
        // "today" is a claim of its own; the interval takes it in.
        let got = spans("He has been away from 2019-aug-01 to today.");
        assert_eq!(
            got,
            vec![(
                "from 2019-aug-01 to today".into(),
                "2019-08-01/2016-09-10".into()
            )]
        );
        let got = spans("Prices rose between Jan 2016 and now.");
        assert_eq!(got[0].1, "2016-01/2016-09-10");
    }

    #[test]
    fn week_of_a_day_and_weekend_of_a_holiday() {
        let got = spans("Talks are set for the week of September 19th.");
        assert_eq!(
            got,
            vec![("the week of September 19th".into(), "2016-W38".into())]
        );
        let got = spans("Traffic peaked over the weekend of Labor Day 2015.");
        assert_eq!(got[0].1, "2015-W36-WE");
        assert_eq!(got.len(), 1);
    }

    #[test]
    fn a_year_after_the_clock_time_of_a_day_dates_it() {
        let got = spans("The log was stamped Wed Sep 2 11:05:31 2015.");
        assert_eq!(
            got,
            vec![(
                "Wed Sep 2 11:05:31 2015".into(),
                "2015-09-02T11:05:31".into()
            )]
        );
        // Not after "at", nor before a noun: a count.
        let got = spans("Police came on Sep 2 at 11:05 2015 people fled.");
        assert_eq!(
            got,
            vec![("Sep 2 at 11:05".into(), "2016-09-02T11:05".into())]
        );
        let got = spans("The log shows Sep 2 11:05 2015 errors.");
        assert_eq!(got[0].1, "2016-09-02T11:05");
    }

    #[test]
    fn timex_style_names_lengths_parts_and_end_days() {
        // (text, TIMEX3 span and value, calendar ranges value); document
        // date Saturday 2016-09-10.
        let cases = [
            (
                "Talks will resume within the next two weeks.",
                ("the next two weeks", "P2W"),
                "2016-09-10/2016-09-23",
            ),
            (
                "Claims will be decided within 12 weeks.",
                ("12 weeks", "P12W"),
                "2016-09-10/2016-12-02",
            ),
            (
                "Prices rose in the past five years.",
                ("the past five years", "P5Y"),
                "2011-09-10/2016-09-09",
            ),
            (
                "It will invest over the next decade.",
                ("the next decade", "P10Y"),
                "202",
            ),
            (
                "Schools stay closed until next Monday.",
                ("next Monday", "2016-09-12"),
                "/2016-09-12",
            ),
            (
                "It began in mid-November.",
                ("mid-November", "2015-11"),
                "2015-11-10/2015-11-20",
            ),
            (
                "It is due by the end of the month.",
                ("the end of the month", "2016-09"),
                "2016-09-16/2016-09-30",
            ),
            (
                "Cases have risen 6% so far this year.",
                ("so far this year", "2016"),
                "2016-01-01/2016-09-10",
            ),
            (
                "Markets expect one more rise before the end of the year.",
                ("the end of the year", "2016"),
                "/2016-12-31",
            ),
            (
                "The plant must close before May 5.",
                ("May 5", "2017-05-05"),
                "/2017-05-04",
            ),
            ("Prices will double before 2030.", ("2030", "2030"), "/2029"),
            (
                "The euro traded at $1.12 at 4:30 p.m.",
                ("at 4:30 p.m.", "2016-09-10T16:30"),
                "T16:30",
            ),
            (
                "Shares have gained since the start of the year.",
                ("since the start of the year", "2016/"),
                "2016-01-01/",
            ),
            (
                "Fuel costs more than it did a month ago.",
                ("a month ago", "2016-08"),
                "2016-08-10",
            ),
            (
                "The deficit for the 2015-16 fiscal year narrowed.",
                ("the 2015-16 fiscal year", "2015/2016"),
                "FY2016",
            ),
            (
                "Costs will double by the end of the decade.",
                ("the end of the decade", "201"),
                "2015/2019",
            ),
        ];
        for (text, (span, timex), ranges) in cases {
            let got = spans(text);
            assert_eq!(got, vec![(span.to_string(), timex.to_string())], "{text}");
            let got = spans_in(text, DateStyle::Ranges);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(got[0].1, ranges, "{text}");
        }
        // Neither style cuts up a week.
        for style in [DateStyle::Timex, DateStyle::Ranges] {
            assert_eq!(
                spans_in("We meet at the end of the week.", style)[0].1,
                "2016-09-08/2016-09-11",
                "{style:?}"
            );
        }
        // A span counted back from a day or month is one interval in
        // ranges; TIMEX3 tags its length and its end, and the figures of
        // the sentence keep the whole span as their period.
        let text = "Pay grew 3% in the three months to July.";
        assert_eq!(
            spans_in(text, DateStyle::Ranges),
            vec![("the three months to July".into(), "2016-05/2016-07".into())]
        );
        assert_eq!(
            spans(text),
            vec![
                ("three months".into(), "P3M".into()),
                ("July".into(), "2016-07".into())
            ]
        );
        let rows = rows_in(text, DateStyle::Timex);
        let pay = rows.iter().find(|r| r.value == "3").expect("the figure");
        assert_eq!(pay.period, "2016-05/2016-07");
        assert!(
            rows.iter()
                .filter(|r| r.kind == "date")
                .all(|r| r.period.is_empty())
        );
        // A clock time after a day in its sentence is on that day.
        assert_eq!(
            spans("On Friday the march began at 9 a.m.")[1].1,
            "2016-09-09T09:00"
        );
        // A length in a past narrative was never counted from now.
        assert_eq!(
            spans("The bank collapsed within five weeks."),
            vec![("five weeks".to_string(), "P5W".to_string())]
        );
    }

    #[test]
    fn finishing_times_are_lengths_and_minutes_after_a_colon_a_clock_time() {
        let got = spans("Haavik won in 2:05:43, and seven men ran under 2:08.");
        assert_eq!(
            got,
            vec![
                ("2:05:43".to_string(), "PT2H5M43S".to_string()),
                ("under 2:08".to_string(), "PT2H8M".to_string())
            ]
        );
        // A clock reading stays one; a bare hour joined to no day goes.
        assert_eq!(
            spans("The train left at 7:45."),
            vec![("at 7:45".to_string(), "2016-09-10T07:45".to_string())]
        );
        assert_eq!(
            // (the present of a schedule: the Friday ahead)
            spans("Polls close at 8:30 on Friday."),
            vec![(
                "at 8:30 on Friday".to_string(),
                "2016-09-16T08:30".to_string()
            )]
        );
        assert!(spans("Shares closed at 8.30.").is_empty());
        assert!(spans("They met at 5.").is_empty());
    }

    #[test]
    fn a_set_right_after_a_curly_quote_does_not_panic() {
        // The adjective check compared the text before "Every year" with
        // longer words, slicing inside the three bytes of the "“".
        let got = spans("\n\n“Every year we wait, rents rise,” she said.");
        assert_eq!(got, vec![("Every year".to_string(), "P1Y".to_string())]);
    }

    #[test]
    fn anaphora_take_the_latest_date() {
        let got = spans("The vote was on 9/1. The same month, 20 people died.");
        assert_eq!(got[1], ("The same month".into(), "2016-09".into()));
        // After seven days counted back from a day, "the previous week" is
        // the seven days before them, not a calendar week.
        // (calendar ranges: TIMEX3 tags the day alone)
        let got = spans_in(
            "Cases rose in the week to Friday 2 September, and fell the previous week.",
            DateStyle::Ranges,
        );
        assert_eq!(
            got,
            vec![
                (
                    "the week to Friday 2 September".into(),
                    "2016-08-27/2016-09-02".into()
                ),
                ("the previous week".into(), "2016-08-20/2016-08-26".into())
            ]
        );
        let got = spans_in(
            "Cases rose in the week ending 4 September; the following week they fell.",
            DateStyle::Ranges,
        );
        assert_eq!(got[1].1, "2016-09-05/2016-09-11");
    }

    #[test]
    fn durations_iso() {
        assert_eq!(iso_duration(Some(5.0), "year"), "P5Y");
        assert_eq!(iso_duration(Some(24.0), "hours"), "PT24H");
        assert_eq!(iso_duration(Some(1.0), "decade"), "P10Y");
        assert_eq!(iso_duration(None, "week"), "PXW");
    }

    #[test]
    fn a_list_of_days_takes_the_tense_at_its_first_day() {
        // Document date 2016-09-10: "will" (13 words before "4") looks
        // ahead; read at "2" only, it dates the whole list.
        let got = spans("Hearings will run on 6 and 7 October, and a ruling on 2 or 4 August.");
        let vals: Vec<&str> = got.iter().map(|(_, v)| v.as_str()).collect();
        assert!(vals.contains(&"2017-08-02"), "{got:?}");
        assert!(vals.contains(&"2017-08-04"), "{got:?}");
        // A year stated in the text stays.
        let got =
            spans("Hearings will run on 6 and 7 October, and a ruling on 2 or 4 August 2016.");
        assert!(got.iter().any(|(_, v)| v == "2016-08-04"), "{got:?}");
    }

    #[test]
    fn a_part_of_the_day_joins_the_day_it_is_of() {
        let got = spans("Gunfire erupted in the early evening of 9 September.");
        assert_eq!(
            got,
            vec![(
                "the early evening of 9 September".into(),
                "2016-09-09TEV".into()
            )]
        );
        let got = spans("He was detained late on the night of Friday.");
        assert_eq!(
            got,
            vec![("late on the night of Friday".into(), "2016-09-09TNI".into())]
        );
        // Not a day: the part stands alone.
        let got = spans("In the morning of his trial he wept.");
        assert_eq!(got, vec![("In the morning".into(), "XXXX-XX-XXTMO".into())]);
    }

    #[test]
    fn a_clock_number_before_a_time_zone_is_a_time() {
        // (a clock time with no day is on the document's date in TIMEX3)
        let got = spans("The quake struck at 4.20 local time.");
        assert_eq!(got, vec![("at 4.20".into(), "2016-09-10T04:20".into())]);
        let got = spans_in("Polls close at 10 GMT.", DateStyle::Ranges);
        assert_eq!(got, vec![("at 10".into(), "T10:00".into())]);
        assert!(spans("He lives at 10 Downing Street.").is_empty());
        let got = spans("The jet landed at 9 Moscow time on Sunday.");
        assert_eq!(
            got,
            vec![(
                "at 9 Moscow time on Sunday".into(),
                "2016-09-04T09:00".into()
            )]
        );
        assert!(spans("The count stood at 12 Labour seats.").is_empty());
    }

    #[test]
    fn a_fortnight_later_is_two_weeks_later() {
        assert_eq!(
            spans("He was freed on 2 May and rearrested a fortnight later."),
            vec![
                ("2 May".into(), "2016-05-02".into()),
                ("a fortnight later".into(), "2016-05-16".into())
            ]
        );
        assert_eq!(spans("He was rearrested a week later.")[0].1, "P1W");
        // "a year earlier" with nothing to count from is the year before
        // the document's; "earlier than" compares, no date.
        assert_eq!(
            spans("Sales were $4 billion a year earlier."),
            [("a year earlier".to_string(), "2015".to_string())]
        );
        assert!(spans("It opened a year earlier than planned.").is_empty());
        // "N units ago" is a point at its unit's grain: a year, a decade.
        assert_eq!(
            spans("It was promised two years ago and built a decade ago."),
            [
                ("two years ago".to_string(), "2014".to_string()),
                ("a decade ago".to_string(), "200".to_string())
            ]
        );
        // Counted from the period of the sentence before (not its day).
        let got = spans(
            "On Friday the firm said profit rose in the second quarter.\n\nSales were $4bn, from $3bn a year earlier.",
        );
        assert_eq!(
            got.last().unwrap(),
            &("a year earlier".to_string(), "2015-Q2".to_string())
        );
        let got = spans(
            "On Friday the firm said profit rose.\n\nSales were $4bn, from $3bn a year earlier.",
        );
        assert_eq!(
            got.last().unwrap(),
            &("a year earlier".to_string(), "2015".to_string())
        );
        // The period compared with ("from 5.4% in January") is not the
        // one the figures are for.
        let got = spans(
            "The rate fell to 5.1% in February from 5.4% in January.

It was 0.9 points lower than a year earlier.",
        );
        assert_eq!(got.last().unwrap().1, "2015-02");
        // A quote between them does not hide the period; a period five
        // sentences back is too far to be the one compared with.
        let quote = "“We are pleased,” she said. “It was hard.” ";
        let got = spans(&format!(
            "Profit rose in the second quarter. {quote}Sales were $4bn, from $3bn a year earlier."
        ));
        assert_eq!(got.last().unwrap().1, "2015-Q2");
        let got = spans(&format!(
            "Profit rose in the second quarter. {quote}{quote}It grew. Sales were $4bn, from $3bn a year earlier."
        ));
        assert_eq!(got.last().unwrap().1, "2015");
        // A half-year, like a quarter; "since 2021" opens a span, it is not
        // the period compared.
        let got = spans(
            "Claims fell in the first half of 2016, the lowest since 2011. \
             Most were refused, up from 47% a year earlier.",
        );
        assert_eq!(got.last().unwrap().1, "2015-H1");
    }

    #[test]
    fn a_date_moved_from_one_day_to_another_is_two_dates() {
        let got = spans("The deadline was extended from March 31 to the end of June.");
        assert_eq!(
            got,
            vec![
                ("March 31".into(), "2016-03-31".into()),
                ("the end of June".into(), "2016-06".into())
            ]
        );
        let got = spans("The vote was pushed back from May to July.");
        assert_eq!(got.len(), 2, "{got:?}");
        // a span stays a span
        let got = spans("The fair runs from 14 to 16 May.");
        assert_eq!(
            got,
            vec![("from 14 to 16 May".into(), "2017-05-14/2017-05-16".into())]
        );
    }

    #[test]
    fn a_rate_hyphened_to_an_amount_is_no_length() {
        assert!(spans("It pays $5-a-day and £1.2bn-a-year.").is_empty());
        assert_eq!(spans("It lasted a day.")[0].1, "P1D");
    }

    #[test]
    fn a_unit_left_out_after_or_is_a_date_of_its_own() {
        let got = spans("A decision is expected this week or next.");
        assert_eq!(
            got,
            vec![
                ("this week".into(), "2016-W36".into()),
                ("next".into(), "2016-W37".into())
            ]
        );
        assert_eq!(spans("Was it better last year or next?")[1].1, "2017");
        assert_eq!(
            spans("They could meet this or next month.")[0],
            ("this".into(), "2016-09".into())
        );
        // a unit of its own is no ellipsis
        let got = spans("The vote is this week or next month.");
        assert_eq!(got[1], ("next month".into(), "2016-10".into()));
    }

    #[test]
    fn a_part_of_a_named_year_is_one_date() {
        let got = spans("It could come as early as next year's first quarter.");
        assert_eq!(
            got,
            vec![("next year's first quarter".into(), "2017-Q1".into())]
        );
        let got = spans("I will leave in two days from today.");
        assert_eq!(
            got,
            vec![("in two days from today".into(), "2016-09-12".into())]
        );
    }

    #[test]
    fn a_moved_date_is_the_one_nearest_the_document_date() {
        // (document date 2016-09-10: "was brought forward" is past, the
        // meeting is this December's)
        let got = spans("The meeting was brought forward from December 18 to December 4.");
        assert_eq!(
            got,
            vec![
                ("December 18".into(), "2016-12-18".into()),
                ("December 4".into(), "2016-12-04".into())
            ]
        );
    }

    #[test]
    fn plural_present_schedules_point_ahead_unless_negated() {
        assert_eq!(spans("Talks resume on Friday.")[0].1, "2016-09-16");
        assert_eq!(spans("Talks did not resume on Friday.")[0].1, "2016-09-09");
    }

    #[test]
    fn present_schedule_verbs_point_ahead() {
        for s in [
            "The offer ends on 14 May.",
            "The law takes effect on 14 May.",
            "The show runs until 14 May.",
        ] {
            assert!(spans(s)[0].1.contains("2017-05-14"), "{s}: {:?}", spans(s));
        }
    }

    #[test]
    fn an_amount_is_no_day() {
        let got = spans("I bought it for $12 December 27.");
        assert_eq!(got, vec![("December 27".into(), "2015-12-27".into())]);
        let got = spans("It cost £ 5 May 3, he said.");
        assert_eq!(got[0].0, "May 3", "{got:?}");
    }

    #[test]
    fn lengths_joined_before_ago_count_together() {
        let got = spans("They found it 2 weeks and 2 days ago.");
        assert_eq!(
            got,
            vec![("2 weeks and 2 days ago".into(), "2016-08-25".into())]
        );
        // a length that ends another phrase stays apart
        let got = spans("It took 2 weeks. Two days ago it ended.");
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn the_same_unit_a_year_before_is_one_date() {
        let got = spans("Exports fell 4% in January from the same month last year.");
        assert_eq!(
            got[1],
            ("the same month last year".into(), "2015-01".into())
        );
        let got = spans(
            "The deficit widened in the fourth quarter of 2015, from the same period a year earlier.",
        );
        assert_eq!(
            got[1],
            ("the same period a year earlier".into(), "2014-Q4".into())
        );
        let got = spans("Sales rose 3% on 4 March 2016 against the same day of 2014.");
        assert_eq!(got[1], ("the same day of 2014".into(), "2014-03-04".into()));
        // "the same quarter" alone is the latest quarter
        let got = spans("Output fell in May 2015 and rose the same quarter.");
        assert_eq!(got[1], ("the same quarter".into(), "2015-Q2".into()));
    }

    #[test]
    fn a_length_earlier_than_a_date_of_its_sentence_is_a_date() {
        // (not from a week: "figures published last week")
        let got = spans(
            "Crime fell 4% in 2015, figures published last week showed, and thefts rose to 412 from 356 a year earlier.",
        );
        assert_eq!(
            got.last().unwrap(),
            &("a year earlier".to_string(), "2014".to_string())
        );
        let got = spans("Sales rose 2% in March 2016, against 1.8% a year earlier.");
        assert_eq!(got[1], ("a year earlier".into(), "2015-03".into()));
        let got = spans("Output grew in the second quarter of 2016, more than a year earlier.");
        assert_eq!(got[1], ("a year earlier".into(), "2015-Q2".into()));
        let got = spans("The bridge opened on 3 May 2016; two weeks earlier, cracks were found.");
        assert_eq!(got[1], ("two weeks earlier".into(), "2016-04-19".into()));
        assert_eq!(
            spans("Unemployment was 4.1% in 2015, up from 3.9% two years earlier.")[1],
            ("two years earlier".into(), "2013".into())
        );
    }

    #[test]
    fn a_year_stated_before_a_day_or_month_is_its_year() {
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        let got = spans_on(
            d(2026, 5, 10),
            "In 2019 the race was held on April 3. Tickets for the 2027 event, which moves \
             to April 22-25, are sold out. In 2019, the race moved to August.",
        );
        assert!(got.contains(&p("April 3", "2019-04-03")), "{got:?}");
        assert!(
            got.contains(&p("April 22-25", "2027-04-22/2027-04-25")),
            "{got:?}"
        );
        assert!(got.contains(&p("August", "2019-08")), "{got:?}");
        // Not a year a reporting verb, an aside, a comparison, another
        // clause or a measured period ("the 2026 figure") keeps apart.
        let got = spans_on(
            d(2026, 5, 10),
            "Sales in 2025 rose 5%, the company said on March 3. Brackwell, founded in 1911, \
             made a profit in the year to Dec. 31. Occupancy was higher than in 2024 and \
             peaked in August. The target was last met in 2015, and waits fell in July. The \
             2026 figure will be published on Feb. 19.",
        );
        assert!(got.contains(&p("March 3", "2026-03-03")), "{got:?}");
        assert!(got.contains(&p("Dec. 31", "2025-12-31")), "{got:?}");
        assert!(got.contains(&p("August", "2025-08")), "{got:?}");
        assert!(got.contains(&p("July", "2025-07")), "{got:?}");
        assert!(got.contains(&p("Feb. 19", "2027-02-19")), "{got:?}");
    }

    #[test]
    fn a_month_before_a_noun_or_opening_a_sentence_as_its_subject() {
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        // Document date: Tuesday 2026-03-03.
        let got = spans_on(
            d(2026, 3, 3),
            "It was the lowest March reading since 1986. February was the coldest in 15 years. \
             The bank kept its September forecast. Output was 10% below its July estimate. \
             The benchmark May contract rose. The march was peaceful. April Jones spoke.",
        );
        assert!(got.contains(&p("March", "2026-03")), "{got:?}");
        assert!(got.contains(&p("February", "2026-02")), "{got:?}");
        // (a month that names a thing is the one nearest the document's; a
        // value compared with was earlier)
        assert!(got.contains(&p("September", "2025-09")), "{got:?}");
        assert!(got.contains(&p("July", "2025-07")), "{got:?}");
        assert!(
            got.iter()
                .all(|(t, _)| !t.eq_ignore_ascii_case("may") && t != "march" && t != "April"),
            "{got:?}"
        );
    }

    #[test]
    fn until_at_least_and_going_on_sale_are_ahead() {
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        // Document date: Tuesday 2026-03-03.
        let got = spans_on(
            d(2026, 3, 3),
            "NorthLink suspended all services until at least Thursday. Tickets go on sale on \
             Friday. Snow could fall in sheltered glens before it eases by Wednesday evening.",
        );
        assert!(got.contains(&p("Thursday", "2026-03-05")), "{got:?}");
        assert!(got.contains(&p("Friday", "2026-03-06")), "{got:?}");
        assert!(
            got.contains(&p("Wednesday evening", "2026-03-04TEV")),
            "{got:?}"
        );
    }

    #[test]
    fn a_numbered_quarter_takes_its_months_in_apposition_and_winter_lasts_into_march() {
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        let got = spans_on(
            d(2026, 11, 18),
            "Revenue fell to £1.62bn in Q2, the July-September quarter.",
        );
        assert!(got.contains(&p("Q2", "2026-Q3")), "{got:?}");
        assert!(spans_on(d(2026, 11, 18), "Revenue fell in Q2.").contains(&p("Q2", "2026-Q2")));
        assert!(
            spans_on(d(2026, 3, 3), "Snowfall this winter is high.")
                .contains(&p("this winter", "2025-WI"))
        );
        assert!(
            spans_on(d(2026, 4, 3), "Snowfall this winter was high.")
                .contains(&p("this winter", "2026-WI"))
        );
    }

    #[test]
    fn months_in_a_list_and_dates_of_next_years_event() {
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        let got = spans_on(
            d(2026, 1, 14),
            "The purchases, spread over October, November and December, were large.",
        );
        assert_eq!(
            got,
            [
                p("October", "2025-10"),
                p("November", "2025-11"),
                p("December", "2025-12")
            ]
        );
        // (a comma before a name is no list of months)
        assert!(
            spans_on(d(2026, 1, 14), "In June, May said no.")
                .iter()
                .all(|(s, _)| s != "May")
        );
        // "next year's race ... on Feb. 21": the year is next year
        let got = spans_on(
            d(2026, 2, 22),
            "Organisers said next year\u{2019}s race would be held on Feb. 21.",
        );
        assert!(got.contains(&p("Feb. 21", "2027-02-21")), "{got:?}");
        // (not when the possessive is inside another phrase: entries open
        // this year)
        let got = spans_on(
            d(2026, 9, 1),
            "Entries for next year\u{2019}s race open on Oct. 1.",
        );
        assert!(got.contains(&p("Oct. 1", "2026-10-01")), "{got:?}");
    }

    #[test]
    fn a_year_measured_from_days_counted_and_a_length_something_takes() {
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        let got = spans_on(d(2026, 6, 3), "Output was 27% below 2024 and falling.");
        assert_eq!(got, [p("2024", "2024")]);
        // days on which something happened are counted, not a length
        let got = spans_on(d(2026, 11, 25), "Wind led on 61 days this year.");
        assert_eq!(got, [p("this year", "2026")]);
        assert_eq!(
            spans_on(d(2026, 11, 25), "It takes an hour."),
            [p("an hour", "PT1H")]
        );
        // (an article alone before a unit is still no length)
        assert!(spans_on(d(2026, 11, 25), "He gave an hour of his life.").is_empty());
    }
}
