//! Date claims: absolute dates, dates relative to the document date,
//! durations, sets and times of day, normalized to TIMEX3 values.
//!
//! Each rule is a regex plus a resolver. All rules run over the body; the
//! longest match wins where they overlap; then adjacent dates joined by
//! "to"/"-"/"and" become intervals and a time of day joins the date it
//! belongs to. Without a document date, relative dates get explicit
//! unresolved TIMEX forms (`XXXX-WXX-1` for "Monday", `XXXX-XX-XX` for
//! "yesterday", `XXXX-09-12` for "September 12"): never the wall clock.

use super::text::{Tense, prev_word, tense_at};
use super::{Ctx, DateOrder, RuleInfo};
use crate::claim::{Claim, Kind};
use crate::normalize::date::{
    add_months, fmt_date, fmt_month, fmt_week, month_number, season_code, weekday,
};
use crate::normalize::number::{fmt_num, parse_words};
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex::{Captures, Regex};
use std::sync::LazyLock;

const MONTH: &str = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const WEEKDAY: &str = r"(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)";
const NUMW: &str = r"(?:(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+hundred|hundred|a\s+few|a\s+couple\s+of|couple\s+of|several|a|an)(?:\s+and\s+a\s+half)?)";
const UNIT: &str = r"(?:second|minute|hour|day|week|fortnight|month|year|decade|century|centuries)";

/// The date rules, for the registry.
pub const RULES: &[RuleInfo] = &[
    RuleInfo {
        id: "date.ago",
        kind: Kind::Date,
        description: "a count of units before the document date: \"two days ago\"",
        examples: &[("It happened two days ago.", "2016-09-08")],
        counter_examples: &["Two days later it happened."],
    },
    RuleInfo {
        id: "date.day_month",
        kind: Kind::Date,
        description: "day before month, optional year: \"12 September 2016\"",
        examples: &[("It ended on 12 September 2016.", "2016-09-12")],
        counter_examples: &["It took 12 steps."],
    },
    RuleInfo {
        id: "date.decade",
        kind: Kind::Date,
        description: "a decade: \"the 1990s\"",
        examples: &[("Prices fell in the 1990s.", "199")],
        counter_examples: &["She is in her 30s."],
    },
    RuleInfo {
        id: "date.duration",
        kind: Kind::Date,
        description: "a length of time: \"five-year\", \"seven days\", \"24 hours\"",
        examples: &[
            ("the five-year civil war", "P5Y"),
            ("for seven days", "P7D"),
            ("within 24 hours", "PT24H"),
            ("a month-long offensive", "P1M"),
        ],
        counter_examples: &["The five were freed."],
    },
    RuleInfo {
        id: "date.interval",
        kind: Kind::Date,
        description: "two dates joined as a span: \"from 2001 to 2009\", \"since 2011\"",
        examples: &[
            ("He served from 2001 to 2009.", "2001/2009"),
            ("at war since 2011", "2011/"),
        ],
        counter_examples: &["It rose from 5 to 7 points."],
    },
    RuleInfo {
        id: "date.iso",
        kind: Kind::Date,
        description: "an ISO 8601 date: \"2016-09-12\"",
        examples: &[("Filed 2016-09-12.", "2016-09-12")],
        counter_examples: &["Call 555-0123."],
    },
    RuleInfo {
        id: "date.month",
        kind: Kind::Date,
        description: "a month name after a preposition: \"in February\"",
        examples: &[("A truce agreed in February collapsed.", "2016-02")],
        counter_examples: &["She may go.", "The march was peaceful."],
    },
    RuleInfo {
        id: "date.month_day",
        kind: Kind::Date,
        description: "month then day, optional year: \"September 12\", \"Sept. 12th, 2016\"",
        examples: &[
            ("It starts September 12.", "2016-09-12"),
            ("It started Sept. 4th, 2015.", "2015-09-04"),
        ],
        counter_examples: &["It is not February 30."],
    },
    RuleInfo {
        id: "date.month_year",
        kind: Kind::Date,
        description: "month and year: \"March 2024\"",
        examples: &[("Prices peaked in March 2024.", "2024-03")],
        counter_examples: &["He marched 2024 miles."],
    },
    RuleInfo {
        id: "date.numeric",
        kind: Kind::Date,
        description: "a numeric date in the document's order: \"9/12/2016\"",
        examples: &[("Signed 9/12/2016.", "2016-09-12")],
        counter_examples: &["A ratio of 9/12."],
    },
    RuleInfo {
        id: "date.part_of_year",
        kind: Kind::Date,
        description: "a part of a year: \"mid-2016\", \"early 2011\", \"late 2015\"",
        examples: &[("It began in early 2011.", "2011")],
        counter_examples: &["He came early."],
    },
    RuleInfo {
        id: "date.quarter",
        kind: Kind::Date,
        description: "a quarter: \"Q3 2024\", \"the third quarter\"",
        examples: &[
            ("Sales rose in Q3 2024.", "2024-Q3"),
            ("in the second quarter", "2016-Q2"),
        ],
        counter_examples: &["a quarter of voters"],
    },
    RuleInfo {
        id: "date.relative_day",
        kind: Kind::Date,
        description: "yesterday, today, tomorrow, tonight",
        examples: &[("He left yesterday.", "2016-09-09")],
        counter_examples: &["The days of old."],
    },
    RuleInfo {
        id: "date.relative_unit",
        kind: Kind::Date,
        description: "a week, month or year named from the document date: \"last week\"",
        examples: &[
            ("Prices rose last month.", "2016-08"),
            ("They will meet next year.", "2017"),
            ("earlier this month", "2016-09"),
        ],
        counter_examples: &["the last word"],
    },
    RuleInfo {
        id: "date.season",
        kind: Kind::Date,
        description: "a season with a year or a relative word: \"summer 2016\", \"last winter\"",
        examples: &[("in summer 2016", "2016-SU")],
        counter_examples: &["Prices fall daily."],
    },
    RuleInfo {
        id: "date.set",
        kind: Kind::Date,
        description: "a recurring time: \"every year\", \"annually\", \"weekly\"",
        examples: &[("It is held annually.", "P1Y"), ("every week", "P1W")],
        counter_examples: &["the yearly report is out"],
    },
    RuleInfo {
        id: "date.time",
        kind: Kind::Date,
        description: "a time of day: \"at 2pm\", \"14:00 GMT\"",
        examples: &[
            ("It starts at 2pm.", "T14:00"),
            (
                "Talks will start at 14:00 GMT on Monday.",
                "2016-09-12T14:00",
            ),
        ],
        counter_examples: &["The score was 2:1."],
    },
    RuleInfo {
        id: "date.weekday",
        kind: Kind::Date,
        description: "a weekday, resolved by tense: \"on Monday\", \"late on Friday\"",
        examples: &[
            ("The truce would come into force on Monday.", "2016-09-12"),
            ("It was reached late on Friday.", "2016-09-09"),
        ],
        counter_examples: &["Sun and rain."],
    },
    RuleInfo {
        id: "date.year",
        kind: Kind::Date,
        description: "a year in date context: \"in 2011\", \"2016's\"",
        examples: &[("They took up arms in 2011.", "2011")],
        counter_examples: &["It has 2011 members in all."],
    },
];

type Resolver = fn(&Captures, &Res) -> Option<(String, &'static str)>;

struct DateRule {
    id: &'static str,
    re: Regex,
    resolve: Resolver,
}

/// What a resolver knows: document date, order, the tense at the match.
pub(crate) struct Res {
    date: Option<NaiveDate>,
    tense: Tense,
    order: DateOrder,
}

fn re(p: &str) -> Regex {
    Regex::new(
        &p.replace("MONTH", MONTH)
            .replace("WEEKDAY", WEEKDAY)
            .replace("NUMW", NUMW)
            .replace("UNIT", UNIT),
    )
    .expect("built-in date regex compiles")
}

static RULE_TABLE: LazyLock<Vec<DateRule>> = LazyLock::new(|| {
    vec![
        DateRule {
            id: "date.iso",
            re: re(r"(?-u:\b)(\d{4})-(\d{2})-(\d{2})(?-u:\b)(?:T(\d{2}):(\d{2}))?"),
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
            re: re(r"(?-u:\b)(\d{1,2})([/.])(\d{1,2})([/.])(\d{4}|\d{2})(?-u:\b)"),
            resolve: |c, r| {
                if c[2] != c[4] {
                    return None;
                }
                let (a, b) = (num(c, 1)?, num(c, 3)?);
                let mut y = num(c, 5)?;
                if c[5].len() == 2 {
                    y += if y < 50 { 2000 } else { 1900 };
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
            re: re(
                r"(?i)(?-u:\b)(?:(WEEKDAY)\.?,?\s+)?(?:the\s+)?(MONTH)(?:\.?\s+|\.?/|\.?-)(\d{1,2})(?:st|nd|rd|th)?(?-u:\b)(?:,?\s+(\d{4})(?-u:\b))?",
            ),
            resolve: |c, r| {
                let m = month_number(&c[2])?;
                if !month_ok(&c[2], true) {
                    return None;
                }
                let d = num(c, 3)?;
                month_day(r, m, d, c.get(4).and_then(|y| y.as_str().parse().ok()))
            },
        },
        DateRule {
            id: "date.day_month",
            re: re(
                r"(?i)(?-u:\b)(?:(WEEKDAY)\.?,?\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(MONTH)(?-u:\b)\.?(?:,?\s+(\d{4})(?-u:\b))?",
            ),
            resolve: |c, r| {
                let m = month_number(&c[3])?;
                let d = num(c, 2)?;
                month_day(r, m, d, c.get(4).and_then(|y| y.as_str().parse().ok()))
            },
        },
        DateRule {
            id: "date.month_year",
            re: re(r"(?i)(?-u:\b)(MONTH)\.?,?\s+(?:of\s+)?(\d{4})(?-u:\b)"),
            resolve: |c, _| {
                if !month_ok(&c[1], true) {
                    return None;
                }
                let m = month_number(&c[1])?;
                let y = num(c, 2)?;
                ((1000..3000).contains(&y)).then(|| (fmt_month(y, m), "date"))
            },
        },
        DateRule {
            id: "date.month",
            re: re(
                r"(?i)(?-u:\b)(?:(in|since|by|until|till|from|during|through|throughout|before|after|early|mid|late|last|next|this|of|between|and|to|on|end\s+of|start\s+of|beginning\s+of)[\s-]+)(MONTH)(?-u:\b)",
            ),
            resolve: |c, r| {
                let word = c[2].trim_end_matches('.');
                if word.len() < 3 || !month_ok(&c[2], false) {
                    return None;
                }
                let m = month_number(word)?;
                let Some(doc) = r.date else {
                    return Some((format!("XXXX-{m:02}"), "date"));
                };
                let rel = c
                    .get(1)
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
                    _ => {
                        if r.tense == Tense::Past && m > doc.month() {
                            y -= 1;
                        } else if r.tense == Tense::Future && m < doc.month() {
                            y += 1;
                        }
                    }
                }
                Some((fmt_month(y, m), "date"))
            },
        },
        DateRule {
            id: "date.part_of_year",
            re: re(
                r"(?i)(?-u:\b)(early|mid|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of)[\s-]+(1[5-9]\d\d|20\d\d)(?-u:\b)",
            ),
            resolve: |c, _| Some((c[2].to_string(), "date")),
        },
        DateRule {
            id: "date.decade",
            re: re(
                r"(?i)(?:(?-u:\b)(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(1[5-9]|20)(\d)0s(?-u:\b))|(?:’|')(\d)0s(?-u:\b)",
            ),
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
            id: "date.season",
            re: re(
                r"(?i)(?-u:\b)(?:(last|next|this|early|late)\s+)?(spring|summer|autumn|winter|fall)(?:\s+(?:of\s+)?(\d{4}))?(?-u:\b)",
            ),
            resolve: |c, r| {
                let code = season_code(&c[2])?;
                if let Some(y) = c.get(3) {
                    return Some((format!("{}-{code}", y.as_str()), "date"));
                }
                let rel = c.get(1)?.as_str().to_ascii_lowercase();
                let Some(doc) = r.date else {
                    return Some((format!("XXXX-{code}"), "date"));
                };
                let y = match rel.as_str() {
                    "last" => doc.year() - 1,
                    "next" => doc.year() + 1,
                    "this" => doc.year(),
                    _ => return None,
                };
                Some((format!("{y}-{code}"), "date"))
            },
        },
        DateRule {
            id: "date.quarter",
            re: re(
                r"(?i)(?-u:\b)(?:Q([1-4])\s*(?:of\s+)?(\d{4})|(\d{4})\s*Q([1-4])|(?:the\s+)?(first|second|third|fourth|final|last)\s+quarter(?:\s+of\s+(?:the\s+year\s+)?(\d{4})|\s+of\s+(?:this|the)\s+year)?|(?:the\s+)?(first|second|final|last)\s+half\s+of\s+(\d{4}))(?-u:\b)",
            ),
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
                let q = match c.get(5)?.as_str().to_ascii_lowercase().as_str() {
                    "first" => 1,
                    "second" => 2,
                    "third" => 3,
                    _ => 4,
                };
                if let Some(y) = c.get(6) {
                    return Some((format!("{}-Q{q}", y.as_str()), "date"));
                }
                let Some(doc) = r.date else {
                    return Some((format!("XXXX-Q{q}"), "date"));
                };
                let cur = doc.month().div_ceil(3);
                let y = if r.tense == Tense::Past && q > cur {
                    doc.year() - 1
                } else {
                    doc.year()
                };
                Some((format!("{y}-Q{q}"), "date"))
            },
        },
        DateRule {
            id: "date.weekday",
            re: re(r"(?i)(?-u:\b)(?:(last|next|this|coming|past)\s+)?(WEEKDAY)(?-u:\b)\.?"),
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
                {
                    return None;
                }
                let wd = weekday(&word)?;
                let rel = c.get(1).map(|x| x.as_str().to_ascii_lowercase());
                let Some(doc) = r.date else {
                    return Some((format!("XXXX-WXX-{}", wd.number_from_monday()), "date"));
                };
                let d = resolve_weekday(doc, wd, rel.as_deref(), r.tense);
                Some((fmt_date(d), "date"))
            },
        },
        DateRule {
            id: "date.relative_day",
            re: re(
                r"(?i)(?-u:\b)(the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight)(?-u:\b)",
            ),
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
            re: re(
                r"(?i)(?-u:\b)(last|next|this|the\s+past|the\s+previous|the\s+coming|the\s+following|earlier\s+this|later\s+this|early\s+this|late\s+this|end\s+of\s+this|end\s+of\s+last|end\s+of\s+next)\s+(week|weekend|month|year|decade)(?-u:\b)",
            ),
            resolve: |c, r| {
                let rel = c[1].to_ascii_lowercase();
                let rel = rel.split_whitespace().collect::<Vec<_>>().join(" ");
                let unit = c[2].to_ascii_lowercase();
                if matches!(
                    rel.as_str(),
                    "the past" | "the previous" | "the coming" | "the following"
                ) {
                    // "over the past year": a duration back from now.
                    let v = match unit.as_str() {
                        "week" => "P1W",
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
                let Some(doc) = r.date else {
                    let v = match unit.as_str() {
                        "week" | "weekend" => "XXXX-WXX",
                        "month" => "XXXX-XX",
                        "year" => "XXXX",
                        _ => "XXX",
                    };
                    return Some((v.to_string(), "date"));
                };
                let v = match unit.as_str() {
                    "week" => fmt_week(doc + Duration::weeks(off as i64)),
                    "weekend" => format!("{}-WE", fmt_week(doc + Duration::weeks(off as i64))),
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
            re: re(
                r"(?i)(?-u:\b)(NUMW)\s+(day|week|month|year|decade)s?\s+(ago|earlier|before)(?-u:\b)",
            ),
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
                Some(shift(doc, -n, &c[2].to_ascii_lowercase()))
            },
        },
        DateRule {
            id: "date.ago",
            re: re(
                r"(?i)(?-u:\b)in\s+(NUMW)\s+(day|week|month|year)s?(?:(?:'|’)?\s+time)?(?-u:\b)",
            ),
            resolve: |c, r| {
                let n = count(&c[1])?;
                if n.fract() != 0.0 || r.tense != Tense::Future {
                    return None;
                }
                let Some(doc) = r.date else {
                    return Some(("XXXX-XX-XX".to_string(), "date"));
                };
                Some(shift(doc, n as i64, &c[2].to_ascii_lowercase()))
            },
        },
        DateRule {
            id: "date.duration",
            re: re(r"(?i)(?-u:\b)(NUMW)[\s-]+(UNIT)s?(?:[\s-]+long)?(?-u:\b)"),
            resolve: |c, _| {
                let w = c[1].to_ascii_lowercase();
                let n = if w.starts_with("several") || w.contains("few") {
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
            re: re(r"(?i)(?-u:\b)(day|week|month|year|decade|hour)[\s-]long(?-u:\b)"),
            resolve: |c, _| {
                Some((
                    iso_duration(Some(1.0), &c[1].to_ascii_lowercase()),
                    "duration",
                ))
            },
        },
        DateRule {
            id: "date.set",
            re: re(
                r"(?i)(?-u:\b)(?:(?:every|each)\s+(day|week|month|year|morning|evening|night|weekend|WEEKDAY)|(annually|yearly|weekly|daily|monthly|quarterly|hourly|nightly))(?-u:\b)",
            ),
            resolve: |c, _| {
                if let Some(w) = c.get(2) {
                    let v = match w.as_str().to_ascii_lowercase().as_str() {
                        "annually" | "yearly" => "P1Y",
                        "weekly" => "P1W",
                        "daily" | "nightly" => "P1D",
                        "monthly" => "P1M",
                        "quarterly" => "P3M",
                        _ => "PT1H",
                    };
                    return Some((v.to_string(), "set"));
                }
                let w = c[1].to_ascii_lowercase();
                let v = match w.as_str() {
                    "day" => "P1D".to_string(),
                    "week" => "P1W".to_string(),
                    "month" => "P1M".to_string(),
                    "year" => "P1Y".to_string(),
                    "morning" => "XXXX-XX-XXTMO".to_string(),
                    "evening" => "XXXX-XX-XXTEV".to_string(),
                    "night" => "XXXX-XX-XXTNI".to_string(),
                    "weekend" => "XXXX-WXX-WE".to_string(),
                    other => format!("XXXX-WXX-{}", weekday(other)?.number_from_monday()),
                };
                Some((v, "set"))
            },
        },
        DateRule {
            id: "date.time",
            re: re(
                r"(?i)(?-u:\b)(?:(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)|([01]?\d|2[0-3]):([0-5]\d)(?:\s*(GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|local\s+time))?(?-u:\b)|(noon|midday|midnight))",
            ),
            resolve: |c, _| {
                if let Some(w) = c.get(7) {
                    let v = if w.as_str().eq_ignore_ascii_case("midnight") {
                        "T00:00"
                    } else {
                        "T12:00"
                    };
                    return Some((v.to_string(), "time"));
                }
                if let Some(h) = c.get(1) {
                    let mut h: u32 = h.as_str().parse().ok()?;
                    let m: u32 = c.get(2).map_or(Some(0), |m| m.as_str().parse().ok())?;
                    if !(1..=12).contains(&h) || m > 59 {
                        return None;
                    }
                    let pm = c[3].to_ascii_lowercase().starts_with('p');
                    if pm && h != 12 {
                        h += 12;
                    } else if !pm && h == 12 {
                        h = 0;
                    }
                    return Some((format!("T{h:02}:{m:02}"), "time"));
                }
                let h: u32 = c[4].parse().ok()?;
                let m: u32 = c[5].parse().ok()?;
                Some((format!("T{h:02}:{m:02}"), "time"))
            },
        },
        DateRule {
            id: "date.year",
            re: re(r"(?-u:\b)(1[5-9]\d\d|20\d\d)(?-u:\b)"),
            resolve: |c, _| Some((c[1].to_string(), "date")),
        },
    ]
});

fn num<T: std::str::FromStr>(c: &Captures, i: usize) -> Option<T> {
    c.get(i)?.as_str().parse().ok()
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// A month word is a month unless it is a lower-case ambiguous word
/// ("may", "march", "sat") without a day or year attached.
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

fn month_day(r: &Res, m: u32, d: u32, year: Option<i32>) -> Option<(String, &'static str)> {
    if let Some(y) = year {
        return ymd(y, m, d).map(|x| (fmt_date(x), "date"));
    }
    // Validity against a leap year, so "February 29" passes before we know the year.
    ymd(2000, m, d)?;
    let Some(doc) = r.date else {
        return Some((format!("XXXX-{m:02}-{d:02}"), "date"));
    };
    let this = ymd(doc.year(), m, d);
    let cand = match (this, r.tense) {
        (Some(x), Tense::Past) if x > doc + Duration::days(31) => ymd(doc.year() - 1, m, d),
        (Some(x), Tense::Future) if x < doc - Duration::days(31) => ymd(doc.year() + 1, m, d),
        (Some(x), _) => Some(x),
        (None, _) => ymd(doc.year() - 1, m, d).or_else(|| ymd(doc.year() + 1, m, d)),
    }?;
    Some((fmt_date(cand), "date"))
}

/// Resolve a weekday against the document date.
pub fn resolve_weekday(doc: NaiveDate, wd: Weekday, rel: Option<&str>, tense: Tense) -> NaiveDate {
    let today = doc.weekday().num_days_from_monday() as i64;
    let target = wd.num_days_from_monday() as i64;
    let back = (today - target).rem_euclid(7); // 0..6 days back
    let fwd = (target - today).rem_euclid(7); // 0..6 days ahead
    match rel {
        Some("last" | "past") => doc - Duration::days(if back == 0 { 7 } else { back }),
        Some("next") => {
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
    if let Ok(v) = w.parse::<f64>() {
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
    match unit {
        "day" => (fmt_date(doc + Duration::days(n)), "date"),
        "week" => (fmt_week(doc + Duration::weeks(n)), "date"),
        "month" => {
            let d = add_months(doc, n as i32);
            (fmt_month(d.year(), d.month()), "date")
        }
        "decade" => (format!("{:03}", (doc.year() as i64 + 10 * n) / 10), "date"),
        _ => (format!("{:04}", doc.year() as i64 + n), "date"),
    }
}

/// ISO 8601 duration for `n` units; `None` is an unknown count (`PXY`).
fn iso_duration(n: Option<f64>, unit: &str) -> String {
    let unit = unit.trim_end_matches('s');
    let (mult, letter, time) = match unit {
        "second" => (1.0, 'S', true),
        "minute" => (1.0, 'M', true),
        "hour" => (1.0, 'H', true),
        "day" => (1.0, 'D', false),
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
    if time {
        format!("PT{count}{letter}")
    } else {
        format!("P{count}{letter}")
    }
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
];

fn year_in_context(text: &str, start: usize, end: usize) -> bool {
    let prev = prev_word(text, start).to_ascii_lowercase();
    if YEAR_CONTEXT.contains(&prev.as_str()) || month_number(&prev).is_some() {
        return true;
    }
    let after = &text[end..];
    if after.starts_with("'s") || after.starts_with("’s") {
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
    for rule in RULE_TABLE.iter() {
        for c in rule.re.captures_iter(&text[body.clone()]) {
            let m = c.get(0).expect("group 0");
            let (start, mut end) = (body.start + m.start(), body.start + m.end());
            // A sentence's full stop is not part of "Thursday." (only of "Thu.").
            if text[..end].ends_with('.') && text[..end - 1].to_ascii_lowercase().ends_with("day") {
                end -= 1;
            }
            if rule.id == "date.year" && !year_in_context(text, start, end) {
                continue;
            }
            if !boundary_ok(text, start, end) {
                continue;
            }
            if rule.id == "date.set" && adjective_use(text, end) {
                continue;
            }
            if rule.id == "date.duration" && !duration_in_context(text, start, end) {
                continue;
            }
            let (sent_text, sent_start) = ctx.sentence_of(start);
            let res = Res {
                date: ctx.date,
                tense: if prev_word(text, start).eq_ignore_ascii_case("for")
                    && !rule.id.ends_with("duration")
                {
                    // "set sentencing for Jan. 18": an appointment ahead.
                    Tense::Future
                } else {
                    tense_at(sent_text, start - sent_start)
                },
                order: ctx.date_order,
            };
            if let Some((value, ctype)) = (rule.resolve)(&c, &res) {
                let mut claim = Claim::new(Kind::Date, ctype, start, end, rule.id);
                claim.value = value;
                found.push(claim);
            }
        }
    }
    let mut kept = select_longest(found);
    merge_intervals(ctx, &mut kept);
    attach_times(text, &mut kept);
    kept
}

/// Ages ("46-year-old") are figures; "a year" is a duration only after a
/// word that measures time ("for a year", "nearly a year"), not a rate
/// ("1.8 cubic kilometres of ice a year").
fn duration_in_context(text: &str, start: usize, end: usize) -> bool {
    let after = &text[end..];
    if after.starts_with("-old")
        || after.starts_with(" old")
        || after.starts_with("s old")
        || after.starts_with("s-old")
    {
        return false;
    }
    let m = text[start..end].to_ascii_lowercase();
    if m.starts_with("a ") || m.starts_with("an ") {
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
                | "took"
                | "spent"
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
            || after.starts_with(" long");
    }
    true
}

/// "a weekly magazine", "the daily briefing": an adjective, not a set.
fn adjective_use(text: &str, end: usize) -> bool {
    let m = &text[..end];
    let is_adj = [
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
    .any(|w| m.len() >= w.len() && m[m.len() - w.len()..].eq_ignore_ascii_case(w));
    if !is_adj || m.to_ascii_lowercase().ends_with("annually") {
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
fn boundary_ok(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let glued = |c: Option<char>| matches!(c, Some(ch) if ch.is_alphanumeric() || ch == '_');
    if glued(before) || glued(after) {
        return false;
    }
    if let Some('-' | '/' | '.') = before
        && text[..start - 1]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric())
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

/// Keep the longest of overlapping matches (earlier start on ties).
pub(crate) fn select_longest(mut found: Vec<Claim>) -> Vec<Claim> {
    found.sort_by(|a, b| {
        (b.end - b.start)
            .cmp(&(a.end - a.start))
            .then(a.start.cmp(&b.start))
    });
    let mut kept: Vec<Claim> = Vec::new();
    for c in found {
        if !kept.iter().any(|k| k.overlaps(&c)) {
            kept.push(c);
        }
    }
    kept.sort_by_key(|c| (c.start, c.end));
    kept
}

/// "from 2001 to 2009", "between March and May", "2001-2009", "since 2011".
fn merge_intervals(ctx: &Ctx, claims: &mut Vec<Claim>) {
    let text = ctx.text();
    let mut out: Vec<Claim> = Vec::with_capacity(claims.len());
    let mut i = 0;
    while i < claims.len() {
        let a = &claims[i];
        if a.ctype == "date" && i + 1 < claims.len() {
            let b = &claims[i + 1];
            let gap = text[a.end..b.start].trim().to_ascii_lowercase();
            let prev = prev_word(text, a.start).to_ascii_lowercase();
            let joined = match gap.as_str() {
                "-" | "–" | "—" | "to" | "through" | "until" | "till" => true,
                "and" => prev == "between",
                _ => false,
            };
            if joined && b.ctype == "date" && !a.value.contains('X') && !b.value.contains('X') {
                let start = if matches!(prev.as_str(), "from" | "between") {
                    super::text::prev_word_start(text, a.start)
                } else {
                    a.start
                };
                let mut c = Claim::new(Kind::Date, "date", start, b.end, "date.interval");
                let end_value = if b.value.len() == 2 && a.value.len() == 4 {
                    format!("{}{}", &a.value[..2], b.value) // "2023-24"
                } else {
                    b.value.clone()
                };
                c.value = format!("{}/{}", a.value, end_value);
                out.push(c);
                i += 2;
                continue;
            }
            let _ = b;
        }
        let prev = prev_word(text, a.start).to_ascii_lowercase();
        if a.ctype == "date"
            && matches!(prev.as_str(), "since" | "until" | "till")
            && !a.value.contains('/')
        {
            let mut c = a.clone();
            c.start = super::text::prev_word_start(text, a.start);
            c.rule = "date.interval".into();
            c.value = if prev == "since" {
                format!("{}/", a.value)
            } else {
                format!("/{}", a.value)
            };
            out.push(c);
            i += 1;
            continue;
        }
        out.push(a.clone());
        i += 1;
    }
    // "2001-2009" written as one token: a year range.
    *claims = out;
    let _ = ctx;
}

/// A time of day right after (or before) a date joins it: "Monday at 2pm".
fn attach_times(text: &str, claims: &mut Vec<Claim>) {
    let mut i = 0;
    while i + 1 < claims.len() {
        let (a, b) = (&claims[i], &claims[i + 1]);
        let gap = text[a.end..b.start].trim().to_ascii_lowercase();
        let close = matches!(gap.as_str(), "" | "at" | "," | ", at" | "on" | "from");
        let day_like = |c: &Claim| c.ctype == "date" && c.value.len() == 10;
        if close && ((day_like(a) && b.ctype == "time") || (a.ctype == "time" && day_like(b))) {
            let (d, t) = if a.ctype == "time" { (b, a) } else { (a, b) };
            if t.value.starts_with('T') {
                let mut c = Claim::new(Kind::Date, "time", a.start, b.end, "date.time");
                c.value = format!("{}{}", d.value, t.value);
                claims[i] = c;
                claims.remove(i + 1);
                continue;
            }
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(
            resolve_weekday(sat, Weekday::Thu, Some("last"), Tense::Future),
            d(2016, 9, 8)
        );
        assert_eq!(
            resolve_weekday(sat, Weekday::Mon, Some("next"), Tense::Past),
            d(2016, 9, 12)
        );
    }

    #[test]
    fn durations_iso() {
        assert_eq!(iso_duration(Some(5.0), "year"), "P5Y");
        assert_eq!(iso_duration(Some(24.0), "hours"), "PT24H");
        assert_eq!(iso_duration(Some(1.0), "decade"), "P10Y");
        assert_eq!(iso_duration(None, "week"), "PXW");
    }
}
