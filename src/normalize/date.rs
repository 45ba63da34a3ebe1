//! Calendar words and TIMEX3 values: month and weekday names, ISO week and
//! quarter values, durations, and the intervals a TIMEX value covers (so
//! the checker and the scorer can compare "2016-09" with "2016-09-12").
//!
//! Calendar arithmetic is chrono's; nothing here reads the wall clock.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// Month number of a month name or abbreviation (case-insensitive,
/// trailing dot allowed): `Sept.` -> 9.
pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    Some(match w.as_str() {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// Weekday of a weekday name or abbreviation.
pub fn weekday(word: &str) -> Option<Weekday> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    let w = w
        .strip_suffix('s')
        .filter(|s| s.ends_with("day"))
        .unwrap_or(&w);
    Some(match w {
        "monday" | "mon" => Weekday::Mon,
        "tuesday" | "tue" | "tues" => Weekday::Tue,
        "wednesday" | "wed" => Weekday::Wed,
        "thursday" | "thu" | "thur" | "thurs" => Weekday::Thu,
        "friday" | "fri" => Weekday::Fri,
        "saturday" | "sat" => Weekday::Sat,
        "sunday" | "sun" => Weekday::Sun,
        _ => return None,
    })
}

/// TIMEX season code.
pub fn season_code(word: &str) -> Option<&'static str> {
    Some(match word.to_ascii_lowercase().as_str() {
        "spring" => "SP",
        "summer" => "SU",
        "autumn" | "fall" => "FA",
        "winter" => "WI",
        _ => return None,
    })
}

/// `YYYY-MM-DD`.
pub fn fmt_date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// ISO week value `YYYY-Www`.
pub fn fmt_week(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{:04}-W{:02}", w.year(), w.week())
}

/// `YYYY-MM`.
pub fn fmt_month(year: i32, month: u32) -> String {
    format!("{year:04}-{month:02}")
}

/// The date `n` months after `d` (negative: before), clamped to month end.
pub fn add_months(d: NaiveDate, n: i32) -> NaiveDate {
    let total = d.year() * 12 + d.month0() as i32 + n;
    let (y, m0) = (total.div_euclid(12), total.rem_euclid(12) as u32);
    let mut day = d.day();
    loop {
        if let Some(x) = NaiveDate::from_ymd_opt(y, m0 + 1, day) {
            return x;
        }
        day -= 1;
    }
}

/// First day of the month after (`y`, `m`).
fn next_month(y: i32, m: u32) -> Option<NaiveDate> {
    if m == 12 {
        NaiveDate::from_ymd_opt(y + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(y, m + 1, 1)
    }
}

/// The interval `[start, end)` a TIMEX date value covers: a day, ISO week,
/// month, quarter, half, season (meteorological, northern), year, decade
/// (`199`) or century (`19`); `START/END` intervals take START's start and
/// END's end. Returns `None` for values with `X` or durations.
pub fn interval(value: &str) -> Option<(NaiveDate, NaiveDate)> {
    if let Some((a, b)) = value.split_once('/') {
        let s = interval(a)?.0;
        let e = interval(b)?.1;
        return Some((s, e));
    }
    let v = value.split('T').next()?;
    let parts: Vec<&str> = v.split('-').collect();
    let year_part = parts.first()?;
    if !year_part.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    match (year_part.len(), parts.len()) {
        (2, 1) => {
            let c: i32 = year_part.parse().ok()?;
            Some((
                NaiveDate::from_ymd_opt(c * 100, 1, 1)?,
                NaiveDate::from_ymd_opt(c * 100 + 100, 1, 1)?,
            ))
        }
        (3, 1) => {
            let d: i32 = year_part.parse().ok()?;
            Some((
                NaiveDate::from_ymd_opt(d * 10, 1, 1)?,
                NaiveDate::from_ymd_opt(d * 10 + 10, 1, 1)?,
            ))
        }
        (4, 1) => {
            let y: i32 = year_part.parse().ok()?;
            Some((
                NaiveDate::from_ymd_opt(y, 1, 1)?,
                NaiveDate::from_ymd_opt(y + 1, 1, 1)?,
            ))
        }
        (4, 2) => {
            let y: i32 = year_part.parse().ok()?;
            let p = parts[1];
            if let Some(w) = p.strip_prefix('W') {
                let w: u32 = w.parse().ok()?;
                let s = NaiveDate::from_isoywd_opt(y, w, Weekday::Mon)?;
                return Some((s, s + Duration::days(7)));
            }
            if let Some(q) = p.strip_prefix('Q') {
                let q: u32 = q.parse().ok()?;
                if !(1..=4).contains(&q) {
                    return None;
                }
                let s = NaiveDate::from_ymd_opt(y, 3 * q - 2, 1)?;
                return Some((s, add_months(s, 3)));
            }
            if let Some(h) = p.strip_prefix('H') {
                let h: u32 = h.parse().ok()?;
                let s = NaiveDate::from_ymd_opt(y, 6 * h - 5, 1)?;
                return Some((s, add_months(s, 6)));
            }
            let (sm, len) = match p {
                "SP" => (3, 3),
                "SU" => (6, 3),
                "FA" => (9, 3),
                "WI" => (12, 3),
                _ => {
                    let m: u32 = p.parse().ok()?;
                    let s = NaiveDate::from_ymd_opt(y, m, 1)?;
                    return Some((s, next_month(y, m)?));
                }
            };
            let s = NaiveDate::from_ymd_opt(y, sm, 1)?;
            Some((s, add_months(s, len)))
        }
        (4, 3) => {
            let d = NaiveDate::parse_from_str(v, "%Y-%m-%d").ok()?;
            Some((d, d + Duration::days(1)))
        }
        _ => None,
    }
}

/// Seconds in an ISO 8601 duration (`P5Y`, `P7D`, `PT24H`, `P1Y6M`),
/// counting a year as 365 days and a month as 30 (the temporal-tagger
/// convention). `None` when it is not a duration or has unknown parts.
pub fn duration_seconds(value: &str) -> Option<f64> {
    let rest = value.strip_prefix('P')?;
    let mut total = 0.0;
    let mut num = String::new();
    let mut in_time = false;
    let mut any = false;
    for c in rest.chars() {
        match c {
            'T' => in_time = true,
            '0'..='9' | '.' => num.push(c),
            _ => {
                let n: f64 = num.parse().ok()?;
                num.clear();
                let secs = match (c, in_time) {
                    ('Y', false) => 365.0 * 86400.0,
                    ('M', false) => 30.0 * 86400.0,
                    ('W', false) => 7.0 * 86400.0,
                    ('D', false) => 86400.0,
                    ('E', false) => 3650.0 * 86400.0, // decade, as some taggers write P1DE
                    ('H', true) => 3600.0,
                    ('M', true) => 60.0,
                    ('S', true) => 1.0,
                    _ => return None,
                };
                total += n * secs;
                any = true;
            }
        }
    }
    (any && num.is_empty()).then_some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn names() {
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("may"), Some(5));
        assert_eq!(month_number("mayday"), None);
        assert_eq!(weekday("Thursdays"), Some(Weekday::Thu));
        assert_eq!(weekday("Tues."), Some(Weekday::Tue));
    }

    #[test]
    fn intervals_by_grain() {
        assert_eq!(
            interval("2016-09-12"),
            Some((d(2016, 9, 12), d(2016, 9, 13)))
        );
        assert_eq!(interval("2016-09"), Some((d(2016, 9, 1), d(2016, 10, 1))));
        assert_eq!(interval("2016-12"), Some((d(2016, 12, 1), d(2017, 1, 1))));
        assert_eq!(interval("2016"), Some((d(2016, 1, 1), d(2017, 1, 1))));
        assert_eq!(interval("199"), Some((d(1990, 1, 1), d(2000, 1, 1))));
        assert_eq!(interval("2016-W37"), Some((d(2016, 9, 12), d(2016, 9, 19))));
        assert_eq!(interval("2016-Q3"), Some((d(2016, 7, 1), d(2016, 10, 1))));
        assert_eq!(interval("2016-SU"), Some((d(2016, 6, 1), d(2016, 9, 1))));
        assert_eq!(interval("2001/2009"), Some((d(2001, 1, 1), d(2010, 1, 1))));
        assert_eq!(
            interval("2016-09-12T14:00"),
            Some((d(2016, 9, 12), d(2016, 9, 13)))
        );
        assert_eq!(interval("XXXX-09-12"), None);
        assert_eq!(interval("2016-02-30"), None);
    }

    #[test]
    fn durations() {
        assert_eq!(duration_seconds("P5Y"), Some(5.0 * 365.0 * 86400.0));
        assert_eq!(duration_seconds("P7D"), Some(7.0 * 86400.0));
        assert_eq!(duration_seconds("PT24H"), Some(86400.0));
        assert_eq!(
            duration_seconds("P1Y6M"),
            Some(365.0 * 86400.0 + 180.0 * 86400.0)
        );
        assert_eq!(duration_seconds("2016"), None);
        assert_eq!(duration_seconds("P5"), None);
    }

    #[test]
    fn month_arithmetic_clamps() {
        assert_eq!(add_months(d(2016, 1, 31), 1), d(2016, 2, 29));
        assert_eq!(add_months(d(2016, 1, 15), -1), d(2015, 12, 15));
        assert_eq!(fmt_week(d(2016, 9, 12)), "2016-W37");
    }
}
