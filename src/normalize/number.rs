//! Numbers: surface forms ("290,000", "1.2", "twenty-three", "two hundred
//! and fifty", "a dozen", "three-quarters", "two and a half") to values,
//! with the rounding unit ("precision") the wording implies.
//!
//! Pure functions; no regexes here. Values are `f64` and are printed by
//! [`fmt_num`] as plain decimals, rounded to 12 significant digits so
//! `1.2 * 1e9` prints `1200000000`, never `1199999999.9999998`.

/// Print a number as a plain decimal (no exponent, no trailing zeros).
pub fn fmt_num(v: f64) -> String {
    if !v.is_finite() {
        return String::new();
    }
    // Whole numbers of up to 12 digits are printed as they are (most
    // figures; the general path below formats twice and parses once).
    if v.fract() == 0.0 && v.abs() < 1e12 {
        return (v as i64).to_string();
    }
    fmt_num_rounded(v)
}

/// [`fmt_num`] for any finite value: rounded to 12 significant digits.
fn fmt_num_rounded(v: f64) -> String {
    let rounded: f64 = format!("{v:.11e}").parse().unwrap_or(v);
    let s = format!("{rounded}");
    if s == "-0" { "0".to_string() } else { s }
}

/// A number read from digits.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Digits {
    /// The value.
    pub value: f64,
    /// Number of digits after the decimal point.
    pub decimals: u32,
    /// Trailing zeros of the integer part (when there are no decimals).
    pub trailing_zeros: u32,
    /// Whether thousands separators were used.
    pub grouped: bool,
}

/// Parse digits with optional grouping (`,`, thin, narrow or non-breaking
/// spaces) and decimals. Returns `None` when `s` is not such a number.
pub fn parse_digits(s: &str) -> Option<Digits> {
    if let Some(d) = parse_decimal_comma(s) {
        return Some(d);
    }
    let mut int = String::with_capacity(s.len());
    let mut frac = String::new();
    let mut in_frac = false;
    let mut grouped = false;
    for c in s.chars() {
        match c {
            '0'..='9' => {
                if in_frac {
                    frac.push(c)
                } else {
                    int.push(c)
                }
            }
            '.' if !in_frac => in_frac = true,
            ',' | '\u{a0}' | '\u{2009}' | '\u{202f}' | ' ' if !in_frac => grouped = true,
            _ => return None,
        }
    }
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    let text = if int.is_empty() {
        format!("0.{frac}")
    } else if frac.is_empty() {
        int.clone()
    } else {
        format!("{int}.{frac}")
    };
    let value: f64 = text.parse().ok()?;
    let trailing_zeros = if frac.is_empty() && !int.trim_start_matches('0').is_empty() {
        (int.len() - int.trim_end_matches('0').len()) as u32
    } else {
        0
    };
    Some(Digits {
        value,
        decimals: frac.len() as u32,
        trailing_zeros,
        grouped,
    })
}

/// A decimal comma: "5,00", "1,3", and with dots or spaces grouping
/// thousands "1.111,11", "1 199,99". One or two digits after the comma;
/// three are a thousands group ("1,300"), read by [`parse_digits`].
fn parse_decimal_comma(s: &str) -> Option<Digits> {
    let (head, frac) = s.rsplit_once(',')?;
    if !(1..=2).contains(&frac.len()) || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut groups = head.split(['.', ' ', '\u{a0}', '\u{2009}', '\u{202f}']);
    let first = groups.next()?;
    if first.is_empty() || !first.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut int = first.to_string();
    let mut grouped = false;
    for g in groups {
        if first.len() > 3 || g.len() != 3 || !g.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        int.push_str(g);
        grouped = true;
    }
    let value: f64 = format!("{int}.{frac}").parse().ok()?;
    Some(Digits {
        value,
        decimals: frac.len() as u32,
        trailing_zeros: 0,
        grouped,
    })
}

impl Digits {
    /// The rounding unit these digits imply, before any scale word: `0.1`
    /// for "2.1", `1` for "290,001" and for integers under 1,000, and for
    /// larger round integers the place of the last non-zero digit
    /// (`10000` for "290,000"): news rounds large counts, not small ones.
    pub fn precision(&self) -> f64 {
        if self.decimals > 0 {
            10f64.powi(-(self.decimals as i32))
        } else if self.value.abs() >= 1000.0 {
            10f64.powi(self.trailing_zeros as i32)
        } else {
            1.0
        }
    }
}

/// Value of a small number word, `zero`..`ninety`.
pub fn small_word(w: &str) -> Option<f64> {
    Some(match w {
        "zero" | "nil" | "nought" | "naught" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" | "fourty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

/// Multiplier of a scale word or suffix (`million`, `bn`, `k`...).
pub fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 1e2,
        "thousand" | "k" | "grand" => 1e3,
        "million" | "mn" | "mln" | "m" | "mil" | "mio" => 1e6,
        "billion" | "bn" | "b" | "bln" => 1e9,
        "trillion" | "tn" | "tr" | "trn" | "tln" => 1e12,
        "lakh" | "lakhs" => 1e5,
        "lakh crore" | "lakh crores" | "lakhs crore" => 1e12,
        "crore" | "crores" => 1e7,
        _ => return None,
    })
}

/// Denominator of a fraction word (`half` -> 2, `thirds` -> 3).
pub fn fraction_word(w: &str) -> Option<f64> {
    Some(match w {
        "half" | "halves" => 2.0,
        "third" | "thirds" => 3.0,
        "quarter" | "quarters" => 4.0,
        "fourth" | "fourths" => 4.0,
        "fifth" | "fifths" => 5.0,
        "sixth" | "sixths" => 6.0,
        "seventh" | "sevenths" => 7.0,
        "eighth" | "eighths" => 8.0,
        "ninth" | "ninths" => 9.0,
        "tenth" | "tenths" => 10.0,
        "hundredth" | "hundredths" => 100.0,
        "thousandth" | "thousandths" => 1000.0,
        _ => return None,
    })
}

/// Value of an ordinal word or suffixed ordinal (`third`, `21st`,
/// `twenty-first`).
pub fn ordinal_word(w: &str) -> Option<f64> {
    let w = w.to_ascii_lowercase();
    if let Some(num) = w
        .strip_suffix("st")
        .or_else(|| w.strip_suffix("nd"))
        .or_else(|| w.strip_suffix("rd"))
        .or_else(|| w.strip_suffix("th"))
        && !num.is_empty()
        && num.bytes().all(|b| b.is_ascii_digit())
    {
        return num.parse().ok();
    }
    let (head, last) = match w.rsplit_once(['-', ' ']) {
        Some((h, l)) => (Some(h), l),
        None => (None, w.as_str()),
    };
    let base = match last {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        "tenth" => 10.0,
        "eleventh" => 11.0,
        "twelfth" => 12.0,
        "thirteenth" => 13.0,
        "fourteenth" => 14.0,
        "fifteenth" => 15.0,
        "sixteenth" => 16.0,
        "seventeenth" => 17.0,
        "eighteenth" => 18.0,
        "nineteenth" => 19.0,
        "twentieth" => 20.0,
        "thirtieth" => 30.0,
        "fortieth" => 40.0,
        "fiftieth" => 50.0,
        "sixtieth" => 60.0,
        "seventieth" => 70.0,
        "eightieth" => 80.0,
        "ninetieth" => 90.0,
        "hundredth" => 100.0,
        "thousandth" => 1000.0,
        "millionth" => 1e6,
        "billionth" => 1e9,
        "trillionth" => 1e12,
        _ => return None,
    };
    match head {
        None => Some(base),
        Some(h) => {
            let (v, _) = parse_words(h)?;
            if base >= 100.0 {
                Some(v * base)
            } else {
                Some(v + base)
            }
        }
    }
}

/// Parse a phrase of number words: "twenty-three", "two hundred and fifty",
/// "a dozen", "three million", "three-quarters", "two and a half",
/// "three-quarters of a million", "a third". Words are separated by spaces
/// or hyphens; case is ignored. Returns the value and its precision.
pub fn parse_words(phrase: &str) -> Option<(f64, f64)> {
    let lower = phrase.to_lowercase();
    let lower = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    // Read-aloud decimals: "two hundred point zero three", "five point five".
    if let Some((int, frac)) = lower.split_once(" point ") {
        let (i, _) = parse_words_core(int)?;
        let words: Vec<&str> = frac.split([' ', '-']).filter(|w| !w.is_empty()).collect();
        let digits: Option<String> = if words
            .iter()
            .all(|w| small_word(w).is_some_and(|v| v < 10.0))
        {
            words
                .iter()
                .map(|w| small_word(w).map(|v| char::from(b'0' + v as u8)))
                .collect()
        } else {
            parse_words_core(frac).map(|(v, _)| crate::normalize::number::fmt_num(v))
        };
        let digits = digits?;
        let v: f64 = format!("{}.{digits}", fmt_num(i)).parse().ok()?;
        return Some((v, 10f64.powi(-(digits.len() as i32))));
    }
    // "half a dozen", "half a million"
    if let Some(rest) = lower
        .strip_prefix("half a ")
        .or_else(|| lower.strip_prefix("half an "))
    {
        let (v, p) = parse_words_core(rest)?;
        return Some((v / 2.0, p / 2.0));
    }
    // Mixed numbers: "two and a half", "one and a fourth", "two and fifty-four hundredths";
    // after a scale the fraction is of the scale: "three million and a half".
    // The fraction of a mixed number is proper: "one hundred and thirty
    // fifths" is 130/5, not 100 + 6.
    if let Some((whole, frac)) = lower.rsplit_once(" and ")
        && let Some(f) = fraction_phrase(frac).or(match frac {
            "a half" | "one half" => Some((0.5, 0.5)),
            _ => None,
        })
        && f.0 < 1.0
        && let Some((w, wp)) = parse_words_core(whole)
        && w.fract() == 0.0
    {
        let scale = whole
            .rsplit(' ')
            .next()
            .and_then(scale_word)
            .filter(|s| *s >= 1000.0);
        return Some(match scale {
            Some(sc) => (w + f.0 * sc, (f.1 * sc).min(wp)),
            None => (w + f.0, f.1),
        });
    }
    if let Some(f) = fraction_phrase(&lower) {
        return Some(f);
    }
    parse_words_core(&lower)
}

/// A fraction written in words: "three fifths", "twenty-three fifths", "a
/// hundredth", "three twenty-firsts", "a quarter". The numerator is every
/// word before the denominator. `None` for "half" alone (handled by the
/// core parser) and for anything else.
fn fraction_phrase(s: &str) -> Option<(f64, f64)> {
    let words: Vec<&str> = s.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    let last = *words.last()?;
    if last == "half" || last == "halves" || words.len() < 2 {
        return None;
    }
    let singular = last.strip_suffix('s').unwrap_or(last);
    // ordinal denominators too: "twenty-firsts", "hundredths", "trillionths"
    let den = fraction_word(last).or_else(|| ordinal_word(singular))?;
    // A compound ordinal denominator ("three twenty-firsts", "one hundred
    // thirty-fifths"): take the longest tail that reads as one ordinal,
    // starting at a tens word, never leaving a numerator that ends in "and"
    // ("one hundred and thirty fifths" is 130/5). A singular denominator
    // has the numerator one, so the ordinal may hold scale words too: "one
    // one hundred (and) fifth" is 1/105.
    let singular_den = singular == last;
    let mut split = words.len() - 1;
    let mut den = den;
    for k in (1..words.len() - 1).rev() {
        if words[k] == "and" && singular_den {
            continue;
        }
        let scale_at = |i: usize| {
            words
                .get(i)
                .is_some_and(|w| w.len() > 2 && scale_word(w).is_some_and(|v| v >= 100.0))
        };
        let starts_ordinal = small_word(words[k]).is_some_and(|v| v >= 20.0)
            || singular_den && (scale_at(k) || small_word(words[k]).is_some() && scale_at(k + 1));
        if !starts_ordinal || words[k - 1] == "and" {
            break;
        }
        let tail = words[k..].join("-");
        let tail_s = tail.strip_suffix('s').unwrap_or(&tail);
        match ordinal_word(tail_s) {
            Some(d) if d >= den => {
                den = d;
                split = k;
            }
            _ => break,
        }
    }
    let num_words = &words[..split];
    let num = match num_words {
        ["a"] | ["an"] | ["one"] => 1.0,
        _ => parse_words_core(&num_words.join(" "))?.0,
    };
    // "the two hundredth anniversary", "the two millionth visitor": after a
    // numerator above one, a singular scale ordinal is a rank, not a part.
    if singular_den && num > 1.0 && den >= 100.0 && split == words.len() - 1 {
        return None;
    }
    if den <= 2.0 {
        return None;
    }
    // "three-quarters of a million" is not this form.
    Some((num / den, 1.0 / den))
}

fn parse_words_core(lower: &str) -> Option<(f64, f64)> {
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return None;
    }
    let mut total = 0.0f64; // completed scale groups
    let mut current = 0.0f64; // group under construction
    let mut seen_number = false;
    let mut fraction: Option<f64> = None; // a fraction that multiplies a later scale
    let mut last_scale = f64::INFINITY;
    let mut precision: f64 = 1.0;
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        let next = words.get(i + 1).copied();
        if w == "and" || w == "of" {
            i += 1;
            continue;
        }
        if w == "a" || w == "an" {
            // "a dozen", "a million", "a third", "and a half"
            match next {
                Some(n)
                    if scale_word(n).is_some() || n == "dozen" || fraction_word(n).is_some() =>
                {
                    if fraction_word(n).is_some() {
                        let den = fraction_word(n)?;
                        if seen_number || fraction.is_some() {
                            // "two and a half", "three-quarters of a million"
                            if fraction.is_some() {
                                i += 1;
                                continue;
                            }
                            // "million a third" is two numbers, not a
                            // mixed one.
                            if i == 0 || words[i - 1] != "and" {
                                return None;
                            }
                            current += 1.0 / den;
                            precision = precision.min(1.0 / den);
                        } else {
                            fraction = Some(1.0 / den);
                            precision = 1.0 / den;
                        }
                        seen_number = true;
                        i += 2;
                        continue;
                    }
                    if fraction.is_none() {
                        current = current.max(0.0) + if seen_number { 0.0 } else { 1.0 };
                    }
                    seen_number = true;
                    i += 1;
                    continue;
                }
                _ => return None,
            }
        }
        if let Some(v) = small_word(w) {
            // A fraction numerator: "two-thirds", "three quarters".
            if let Some(den) = next.and_then(fraction_word)
                && !(v > 1.0 && den >= 100.0 && !next.is_some_and(|n| n.ends_with('s')))
                && (v > 1.0
                    || matches!(next, Some("half" | "third" | "quarter" | "fifth"))
                    || v == 1.0)
                && !(v >= 2.0 && matches!(next, Some("half")))
            {
                let f = v / den;
                if seen_number {
                    current += f;
                } else {
                    fraction = Some(f);
                }
                precision = precision.min(1.0 / den);
                seen_number = true;
                i += 2;
                continue;
            }
            if current % 100.0 != 0.0 && v >= 10.0 || (current % 10.0 != 0.0) {
                return None; // "twenty thirty", "five six": not one number
            }
            current += v;
            seen_number = true;
            i += 1;
            continue;
        }
        if w == "dozen" || w == "dozens" {
            current = if current == 0.0 { 12.0 } else { current * 12.0 };
            seen_number = true;
            i += 1;
            continue;
        }
        if w == "hundred" {
            if let Some(f) = fraction.take() {
                current = f * 100.0;
            } else {
                current = if current == 0.0 {
                    100.0
                } else {
                    current * 100.0
                };
            }
            seen_number = true;
            i += 1;
            continue;
        }
        // "quarter million" without its article ("a quarter million" is
        // read with the article above).
        if !seen_number
            && matches!(w, "quarter" | "third")
            && next
                .and_then(scale_word)
                .is_some_and(|s| s >= 1000.0 && next.is_some_and(|n| n.len() > 2))
        {
            fraction = Some(1.0 / fraction_word(w)?);
            precision = fraction.unwrap_or(1.0);
            seen_number = true;
            i += 1;
            continue;
        }
        // "three lakh crore": one scale, 10^12.
        let (w, i_step) = if w.starts_with("lakh") && next.is_some_and(|n| n.starts_with("crore")) {
            ("lakh crore", 2)
        } else {
            (w, 1)
        };
        if let Some(scale) = scale_word(w).filter(|_| w.len() > 2) {
            if scale >= last_scale || (total > 0.0 && current == 0.0 && fraction.is_none()) {
                return None; // "thousand million", "million thousand"
            }
            last_scale = scale;
            let base = if let Some(f) = fraction.take() {
                f + current
            } else if current == 0.0 {
                1.0
            } else {
                current
            };
            total += base * scale;
            current = 0.0;
            seen_number = true;
            i += i_step;
            continue;
        }
        if let Some(den) = fraction_word(w)
            && w.starts_with("half")
        {
            // bare "half"
            let _ = den;
            if seen_number {
                current += 0.5;
            } else {
                fraction = Some(0.5);
            }
            precision = precision.min(0.5);
            seen_number = true;
            i += 1;
            continue;
        }
        return None;
    }
    if !seen_number {
        return None;
    }
    let value = total + current + fraction.unwrap_or(0.0);
    // Precision: the place of the last significant digit of a whole number.
    if value.fract() == 0.0 && value >= 1000.0 {
        let mut p = 1.0;
        while (value / (p * 10.0)).fract() == 0.0 && p < 1e15 {
            p *= 10.0;
        }
        precision = p;
    } else if value.fract() == 0.0 && precision >= 1.0 {
        precision = 1.0;
    } else if total > 0.0 {
        // "three-quarters of a million": a fraction of a scale
        precision *= last_scale;
    }
    Some((value, precision))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn words(s: &str, v: f64) {
        let got = parse_words(s).unwrap_or_else(|| panic!("{s:?} did not parse"));
        assert!((got.0 - v).abs() < 1e-9, "{s:?}: got {} want {v}", got.0);
    }

    #[test]
    fn number_words_table() {
        for (s, v) in [
            ("seven", 7.0),
            ("twenty-three", 23.0),
            ("twenty three", 23.0),
            ("two hundred and fifty", 250.0),
            ("two hundred fifty", 250.0),
            ("a dozen", 12.0),
            ("three dozen", 36.0),
            ("a hundred", 100.0),
            ("a million", 1e6),
            ("three million", 3e6),
            ("one thousand two hundred", 1200.0),
            ("two and a half", 2.5),
            ("half", 0.5),
            ("a third", 1.0 / 3.0),
            ("two-thirds", 2.0 / 3.0),
            ("three-quarters", 0.75),
            ("a quarter", 0.25),
            ("three-quarters of a million", 750_000.0),
            ("two and a half million", 2_500_000.0),
            ("one hundred and twenty-five thousand", 125_000.0),
            ("nine hundred ninety-nine", 999.0),
            ("four trillion", 4e12),
            ("half a dozen", 6.0),
            ("three dozens", 36.0),
            ("twenty-three fifths", 4.6),
            ("a hundredth", 0.01),
            ("one and a fourth", 1.25),
            ("three and a fifth", 3.2),
            ("two and fifty-four hundredths", 2.54),
            ("one twenty-fifth", 0.04),
            ("three twenty-firsts", 3.0 / 21.0),
            ("two hundred point zero three", 200.03),
            ("two hundred point seventy-one", 200.71),
            ("five point five", 5.5),
            ("nine point nought four", 9.04),
            ("three million and a half", 3.5e6),
            ("five billion and three quarters", 5.75e9),
            ("a trillionth", 1e-12),
            ("thirteen lakh", 1.3e6),
            ("three lakh crore", 3e12),
            ("quarter million", 250_000.0),
            ("one hundred and thirty fifths", 26.0),
            ("one hundred and thirty-two fifths", 26.4),
            ("one hundred thirty fifths", 100.0 / 35.0),
            ("ninety five hundred fifths", 1900.0),
            ("one one hundred fifth", 1.0 / 105.0),
            ("one one hundred and fifth", 1.0 / 105.0),
            ("a hundred thousand trillionths", 1e-7),
            ("two hundred thirty two and a thirtieth", 232.0 + 1.0 / 30.0),
            ("three twenty firsts", 3.0 / 21.0),
        ] {
            words(s, v);
        }
    }

    #[test]
    fn number_words_counter_examples() {
        for s in [
            "and",
            "a",
            "twenty thirty",
            "five six",
            "million thousand",
            "of",
            // ranks, not parts: "the two hundredth anniversary"
            "two hundredth",
            "two millionth",
            // two numbers side by side: "4 million a third of which ..."
            "million a third",
            "two a half",
        ] {
            assert_eq!(parse_words(s), None, "{s:?}");
        }
    }

    #[test]
    fn word_precision() {
        assert_eq!(parse_words("three million").unwrap().1, 1e6);
        assert_eq!(parse_words("twenty-three").unwrap().1, 1.0);
    }

    #[test]
    fn digits_table() {
        let d = parse_digits("290,000").unwrap();
        assert_eq!(d.value, 290000.0);
        assert!(d.grouped);
        assert_eq!(d.precision(), 10000.0);
        assert_eq!(parse_digits("290,001").unwrap().precision(), 1.0);
        assert_eq!(parse_digits("2.1").unwrap().precision(), 0.1);
        assert_eq!(
            parse_digits("1\u{a0}200\u{a0}000").unwrap().value,
            1_200_000.0
        );
        assert_eq!(parse_digits("1\u{202f}200").unwrap().value, 1200.0);
        assert_eq!(parse_digits(".5").unwrap().value, 0.5);
        assert_eq!(parse_digits("40").unwrap().precision(), 1.0);
        assert_eq!(parse_digits("1.2.3"), None);
        // decimal commas: one or two digits after the comma
        assert_eq!(parse_digits("5,00").unwrap().value, 5.0);
        assert_eq!(parse_digits("5,00").unwrap().precision(), 0.01);
        assert_eq!(parse_digits("1,3").unwrap().value, 1.3);
        assert_eq!(parse_digits("1.111,11").unwrap().value, 1111.11);
        assert_eq!(parse_digits("1 199,99").unwrap().value, 1199.99);
        assert_eq!(parse_digits("12\u{a0}400,5").unwrap().value, 12400.5);
        assert_eq!(parse_digits("1,300").unwrap().value, 1300.0);
        assert_eq!(parse_digits("1.11,11"), None);
        assert_eq!(parse_digits("12a"), None);
    }

    #[test]
    fn ordinals() {
        assert_eq!(ordinal_word("third"), Some(3.0));
        assert_eq!(ordinal_word("21st"), Some(21.0));
        assert_eq!(ordinal_word("twenty-first"), Some(21.0));
        assert_eq!(ordinal_word("one hundredth"), Some(100.0));
        assert_eq!(ordinal_word("firsts"), None);
    }

    #[test]
    fn formatting_is_plain_decimal() {
        assert_eq!(fmt_num(1.2 * 1e9), "1200000000");
        assert_eq!(fmt_num(-0.0), "0");
        assert_eq!(fmt_num(-290000.0), "-290000");
        assert_eq!(fmt_num(999_999_999_999.0), "999999999999");
        assert_eq!(fmt_num(1e12), "1000000000000");
        assert_eq!(fmt_num(0.5), "0.5");
        assert_eq!(fmt_num(-5.2), "-5.2");
        assert_eq!(fmt_num(1e-12), "0.000000000001");
        assert_eq!(fmt_num(1.0 / 3.0), "0.333333333333");
        assert_eq!(fmt_num(0.1 + 0.2), "0.3");
    }

    proptest::proptest! {
        /// The whole-number shortcut prints what the general path does.
        #[test]
        fn whole_numbers_print_as_the_general_path_does(n in -1_000_000_000_000i64..1_000_000_000_000, scale in 0u32..4) {
            let v = n as f64 / 10f64.powi(scale as i32) * 10f64.powi(scale as i32);
            proptest::prop_assert_eq!(fmt_num(v), fmt_num_rounded(v));
            proptest::prop_assert_eq!(fmt_num(n as f64), fmt_num_rounded(n as f64));
        }
    }
}
