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

/// Day of month written as digits, an ordinal or words: `12`, `12th`,
/// `second`, `twenty-third`, `twenty nine`, `thirty first` -> 1..=31.
pub fn day_number(word: &str) -> Option<u32> {
    let w = word.trim().to_ascii_lowercase();
    let digits = w
        .trim_end_matches("st")
        .trim_end_matches("nd")
        .trim_end_matches("rd")
        .trim_end_matches("th");
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        return digits.parse().ok().filter(|d| (1..=31).contains(d));
    }
    let unit = |u: &str| -> Option<u32> {
        Some(match u {
            "one" | "first" => 1,
            "two" | "second" => 2,
            "three" | "third" => 3,
            "four" | "fourth" => 4,
            "five" | "fifth" => 5,
            "six" | "sixth" => 6,
            "seven" | "seventh" => 7,
            "eight" | "eighth" => 8,
            "nine" | "ninth" => 9,
            _ => return None,
        })
    };
    let teen = |u: &str| -> Option<u32> {
        Some(match u {
            "ten" | "tenth" => 10,
            "eleven" | "eleventh" => 11,
            "twelve" | "twelfth" => 12,
            "thirteen" | "thirteenth" => 13,
            "fourteen" | "fourteenth" => 14,
            "fifteen" | "fifteenth" => 15,
            "sixteen" | "sixteenth" => 16,
            "seventeen" | "seventeenth" => 17,
            "eighteen" | "eighteenth" => 18,
            "nineteen" | "nineteenth" => 19,
            "twenty" | "twentieth" => 20,
            "thirty" | "thirtieth" => 30,
            _ => return None,
        })
    };
    let parts: Vec<&str> = w.split([' ', '-']).filter(|p| !p.is_empty()).collect();
    match parts.as_slice() {
        [one] => unit(one).or_else(|| teen(one)),
        [tens, one] => {
            let t = match *tens {
                "twenty" => 20,
                "thirty" => 30,
                _ => return None,
            };
            let d = t + unit(one)?;
            (d <= 31).then_some(d)
        }
        _ => None,
    }
}

/// Easter Sunday of `year` (Gregorian, anonymous computus).
pub fn easter(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

/// The `n`th (1-based; 0 = last) `wd` of a month.
pub fn nth_weekday(year: i32, month: u32, wd: Weekday, n: u32) -> Option<NaiveDate> {
    if n == 0 {
        let last = next_month(year, month)? - Duration::days(1);
        let back = (last.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7;
        return Some(last - Duration::days(back as i64));
    }
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let fwd = (wd.num_days_from_monday() + 7 - first.weekday().num_days_from_monday()) % 7;
    let d = first + Duration::days(fwd as i64 + 7 * (n as i64 - 1));
    (d.month() == month).then_some(d)
}

/// A holiday's date in `year`: fixed dates and the usual movable feasts
/// (Easter, US Thanksgiving, Labor Day, Memorial Day...). `name` is in
/// any case; apostrophes (escaped or not) and dots are dropped, spaces folded.
pub fn holiday(name: &str, year: i32) -> Option<NaiveDate> {
    let fixed = |m, d| NaiveDate::from_ymd_opt(year, m, d);
    let name: String = name
        .to_ascii_lowercase()
        .replace(['’', '\'', '.', '\\'], "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    match name.as_str() {
        "christmas" | "christmas day" | "xmas" => fixed(12, 25),
        "christmas eve" => fixed(12, 24),
        "boxing day" => fixed(12, 26),
        "new years eve" => fixed(12, 31),
        "new years day" | "new years" | "new year" => fixed(1, 1),
        "valentines day" => fixed(2, 14),
        "st patricks day" | "saint patricks day" | "st patrick" | "saint patrick"
        | "st patricks" | "saint patricks" => fixed(3, 17),
        "independence day" | "the fourth of july" => fixed(7, 4),
        "halloween" => fixed(10, 31),
        "veterans day" | "armistice day" | "remembrance day" => fixed(11, 11),
        "earth day" => fixed(4, 22),
        "juneteenth" => fixed(6, 19),
        "international workers day" => fixed(5, 1),
        "may day" | "labour day" => fixed(5, 1),
        "bastille day" => fixed(7, 14),
        "easter" | "easter sunday" => easter(year),
        "good friday" => easter(year).map(|d| d - Duration::days(2)),
        "easter monday" => easter(year).map(|d| d + Duration::days(1)),
        "thanksgiving" | "thanksgiving day" => nth_weekday(year, 11, Weekday::Thu, 4),
        "black friday" => nth_weekday(year, 11, Weekday::Thu, 4).map(|d| d + Duration::days(1)),
        "labor day" => nth_weekday(year, 9, Weekday::Mon, 1),
        "memorial day" => nth_weekday(year, 5, Weekday::Mon, 0),
        "martin luther king day" | "martin luther king jr day" | "mlk day" => {
            nth_weekday(year, 1, Weekday::Mon, 3)
        }
        "mothers day" => nth_weekday(year, 5, Weekday::Sun, 2),
        "fathers day" => nth_weekday(year, 6, Weekday::Sun, 3),
        _ => None,
    }
}

/// `YYYY-MM-DD`.
pub fn fmt_date(d: NaiveDate) -> String {
    // Written out rather than through a strftime pattern, which is parsed
    // anew on every call (dates are formatted once per claim).
    if (0..=9999).contains(&d.year()) {
        format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
    } else {
        d.format("%Y-%m-%d").to_string()
    }
}

/// A `YYYY-MM-DD` value (only that form) as a date.
pub fn parse_day(v: &str) -> Option<NaiveDate> {
    let b = v.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let s = v.get(r)?;
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse().ok())
            .flatten()
    };
    NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)
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
        (4, 3) if parts[1].starts_with('W') && parts[2] == "WE" => {
            // A week's weekend, Saturday and Sunday: `2021-W43-WE`.
            let y: i32 = year_part.parse().ok()?;
            let w: u32 = parts[1][1..].parse().ok()?;
            let s = NaiveDate::from_isoywd_opt(y, w, Weekday::Sat)?;
            Some((s, s + Duration::days(2)))
        }
        (4, 3) => {
            let d = parse_day(v)?;
            Some((d, d + Duration::days(1)))
        }
        _ => None,
    }
}

/// The ends of a duration or of a range of durations (`P4W..P6W`), in
/// seconds.
pub fn duration_range(v: &str) -> Option<(f64, f64)> {
    match v.split_once("..") {
        Some((a, b)) => {
            let (a, b) = (duration_seconds(a.trim())?, duration_seconds(b.trim())?);
            (a <= b).then_some((a, b))
        }
        None => duration_seconds(v).map(|x| (x, x)),
    }
}

/// A duration of one fractional unit written in whole units, the
/// fraction in the next smaller unit where it is whole there: `P6.5Y` is
/// `P6Y6M`, `PT1.5H` `PT1H30M`, `P2.5D` `P2DT12H`, `PT0.5M` `PT30S`.
/// `None` when there is nothing to rewrite (`P2.5W` stays).
pub fn whole_units(v: &str) -> Option<String> {
    let (time, body) = match v.strip_prefix("PT") {
        Some(b) => (true, b),
        None => (false, v.strip_prefix('P')?),
    };
    let letter = body.chars().last()?;
    let n: f64 = body[..body.len() - letter.len_utf8()].parse().ok()?;
    if !n.is_finite() || n <= 0.0 || n.fract() == 0.0 {
        return None;
    }
    let (k, small, small_time) = match (letter, time) {
        ('Y', false) => (12.0, 'M', false),
        ('D', false) => (24.0, 'H', true),
        ('H', true) => (60.0, 'M', true),
        ('M', true) => (60.0, 'S', true),
        _ => return None,
    };
    let part = n.fract() * k;
    if (part - part.round()).abs() > 1e-9 {
        return None;
    }
    let part = format!("{}{small}", part.round() as i64);
    let big = match n.trunc() as i64 {
        0 => String::new(),
        w => format!("{w}{letter}"),
    };
    Some(match (time, small_time) {
        (false, false) => format!("P{big}{part}"),
        (false, true) => format!("P{big}T{part}"),
        _ => format!("PT{big}{part}"),
    })
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
    fn fractions_of_a_unit_become_whole_smaller_units() {
        assert_eq!(whole_units("P6.5Y").as_deref(), Some("P6Y6M"));
        assert_eq!(whole_units("P0.25Y").as_deref(), Some("P3M"));
        assert_eq!(whole_units("PT1.5H").as_deref(), Some("PT1H30M"));
        assert_eq!(whole_units("P2.5D").as_deref(), Some("P2DT12H"));
        assert_eq!(whole_units("PT0.5M").as_deref(), Some("PT30S"));
        // nothing whole to write it in, or nothing to rewrite
        assert_eq!(whole_units("P2.5W"), None);
        assert_eq!(whole_units("P1.3Y"), None);
        assert_eq!(whole_units("P5Y"), None);
        assert_eq!(whole_units("P1Y6M"), None);
        assert_eq!(whole_units("PXY"), None);
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
        assert_eq!(
            interval("2021-W43-WE"),
            Some((d(2021, 10, 30), d(2021, 11, 1)))
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
        assert_eq!(fmt_date(d(987, 1, 2)), "0987-01-02");
        assert_eq!(parse_day("2016-02-29"), Some(d(2016, 2, 29)));
        assert_eq!(parse_day("2015-02-29"), None);
        assert_eq!(parse_day("2016-9-12"), None);
        assert_eq!(parse_day("2016-+9-12"), None);
    }
    #[test]
    fn day_words_and_holidays() {
        assert_eq!(day_number("12th"), Some(12));
        assert_eq!(day_number("second"), Some(2));
        assert_eq!(day_number("twenty-third"), Some(23));
        assert_eq!(day_number("twenty nine"), Some(29));
        assert_eq!(day_number("thirty second"), None);
        assert_eq!(day_number("42"), None);
        assert_eq!(easter(2018), Some(d(2018, 4, 1)));
        assert_eq!(easter(2019), Some(d(2019, 4, 21)));
        assert_eq!(holiday("thanksgiving", 2023), Some(d(2023, 11, 23)));
        assert_eq!(holiday("labor day", 2021), Some(d(2021, 9, 6)));
        assert_eq!(holiday("memorial day", 2016), Some(d(2016, 5, 30)));
    }
}
