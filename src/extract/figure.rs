//! Figure claims: counts, percentages, money, quantities with units,
//! ratios, ranges and multipliers, with qualifier, precision and subject.
//!
//! One regex finds every number token (digits or number words) in a single
//! pass; code then reads outward from each token: a currency symbol, sign
//! and hedge ("nearly") to the left, a scale word, per cent, currency word,
//! unit and rate ("a year") to the right. A second pass joins tokens into
//! ranges ("between 10 and 20") and ratios ("one in five"). Numbers inside
//! dates, codes and names (G20, F-16, Boeing 737), phone numbers, street
//! addresses and list numbering are not figures.

use super::text::{next_word, prev_word};
use super::wordlist::WordList;
use super::{Ctx, RuleInfo};
use crate::claim::{Claim, Kind, Qualifier};
use crate::normalize::number::{fmt_num, fraction_word, parse_digits, parse_words, scale_word};
use crate::normalize::unit::{
    CURRENCY_CODES, CURRENCY_SYMBOLS, currency_word, currency_words, units,
};
use regex::Regex;
use std::sync::LazyLock;

/// The figure rules, for the registry: their ids, descriptions, examples
/// and counter-examples are data, the `[[rule]]` tables of
/// `rules/builtin/figure.toml`.
pub fn rules() -> &'static [RuleInfo] {
    static RULES: LazyLock<Vec<RuleInfo>> = LazyLock::new(|| {
        super::rule_infos(include_str!("../../rules/builtin/figure.toml"), "figure")
    });
    &RULES
}

const WORDNUM: &str = "zero|nought|naught|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|lakhs?|crores?|dozens?|half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|hundredths?|thousandths?|millionths?|billionths?|trillionths?|twentieths?|thirtieths?|fortieths?|fiftieths?|sixtieths?|seventieths?|eightieths?|ninetieths?|firsts";

static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    // (the number words appear twice, not three times: "point" takes its
    // first word like "a" does, and the repetition takes the rest; each
    // copy of this case-insensitive alternation costs about a
    // millisecond to compile)
    let w = format!("(?:{WORDNUM})");
    Regex::new(&format!(
        r"(?i)(?P<f>(?-u:\b)(?:[0-9]{{1,3}}[ \u{{a0}}]+)?[0-9]{{1,3}}[ \u{{a0}}]?/[ \u{{a0}}]?[0-9]{{1,3}}(?-u:\b)|(?:[0-9]{{1,3}}[ \u{{a0}}]?)?[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])|(?P<d>(?-u:\b)[0-9]{{1,3}}(?: [0-9]{{3}})+(?-u:\b)(?:\.[0-9]+|,[0-9]{{1,2}}(?-u:\b))?|(?:[0-9]{{1,2}}(?:,[0-9]{{2}})+,[0-9]{{3}}(?-u:\b)|[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]{{1,3}}(?:[\u{{a0}}\u{{2009}}\u{{202f}}][0-9]{{3}})+(?:,[0-9]{{1,2}}(?-u:\b))?|[0-9]{{1,3}}(?:\.[0-9]{{3}})+,[0-9]{{1,2}}(?-u:\b)|[0-9]+,[0-9]{{1,2}}(?-u:\b)|[0-9]+)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]{{1,3}}(?-u:\b))?|\.[0-9]+)|(?-u:\b)(?P<w>(?:(?:a|an)\s+)?{w}(?:(?:\s+and\s+|\s+-\s+|\s+|-)(?:(?:(?:a|an|point)\s+)?{w}|of\s+an?\s+(?:million|billion|trillion)))*)(?-u:\b)"
    ))
    .expect("number regex compiles")
});

static SCALE_AFTER: Suffix = Suffix {
    re: LazyLock::new(|| {
        Regex::new(r"^(?:[[\s-]&&[^\r\n]]*(?i:(million|billion|trillion|thousand|hundred|mln|bln|tln|mn|lakhs?\s+crores?|lakhs?|crores?|dozens?|dozs?|dzs?))(?-u:\b)|(?i:(bn|tn|trn|mil|k|m|b))(?-u:\b)|(MM|M|B)(?-u:\b)|[\s&&[^\r\n]](k|K)(?-u:\b))")
        .expect("scale regex compiles")
    }),
    may_start: may_start_scale,
};

static PERCENT_AFTER: Suffix = Suffix {
    re: LazyLock::new(|| {
        // Points before per cent: "percentage points" is not "percentage".
        Regex::new(r"^(?i)(?:[\s&&[^\r\n]]?(%)|[\s&&[^\r\n]]*(percentage[\s-]+points?|pp|basis\s+points?|bps|(?-i:bp))(?-u:\b)|[\s&&[^\r\n]]*(?:(per\s*cents?|percents?|percentage|pct|(?-i:pc))(?-u:\b)))")
        .expect("percent regex compiles")
    }),
    may_start: may_start_percent,
};

static AND_A_FRACTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i)\s+and\s+(?:a|one)\s+(half|quarter)(?-u:\b)")
        .expect("fraction regex compiles")
});

static POWER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s?[x×]\s?10)?\^([+-]{0,2})([0-9]+(?:\.[0-9]+)?)")
        .expect("power regex compiles")
});

static SYMBOL_AFTER: Suffix = Suffix {
    re: LazyLock::new(|| {
        Regex::new(r"^\s?(?:(\$|€|£|¥|₹|₽|₩|₺|₦|₱|₡|₾|₭|₿|₪|元)|M(USD|EUR|GBP|AUD|CAD|CHF|SEK|NOK|DKK|JPY|CNY)(?-u:\b))")
        .expect("symbol regex compiles")
    }),
    may_start: may_start_symbol,
};

static INCHES_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i)\s+(?:and\s+)?([0-9]{1,2}(?:\.[0-9]+)?)\s*(?:inches|inch|in)(?-u:\b)")
        .expect("inches regex compiles")
});

static CENTS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i)\s+(?:and\s+)?([0-9]{1,2}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\s+(?:cents?|pence|p)(?-u:\b)")
        .expect("cents regex compiles")
});

/// "per cent of" right before a number: the reversed form "per cent of 210".
static PERCENT_OF_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:per\s?cents?|percents?|percentage)\s+of\s+$")
        .expect("percent-of regex compiles")
});

/// A bracketed word right after a number: "20 (kg)", "5 [km]" (the word
/// must be a unit and the brackets must pair; checked in code, which keeps
/// this regex small).
static BRACKET_UNIT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s?([\(\[\{<])\s?([^\s\(\)\[\]\{\}<>]{1,16})\s?([\)\]\}>])")
        .expect("bracket unit regex compiles")
});

/// An inch mark after a number with a dimension word after it: 'a 10" long pen'.
static INCH_MARK_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^ ?(?:"|″|”)\s+(?i:long|tall|wide|high|deep|thick|across|screens?|displays?|tvs?|monitors?|laptops?|diagonal)(?-u:\b)"#)
        .expect("inch mark regex compiles")
});

/// Feet and inches in marks after the feet: "5'11\"", "6′ 2″".
static FEET_INCH_MARKS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^(?:'|′|’) ?([0-9]{1,2}(?:\.[0-9]+)?) ?(?:"|″|”|'')"#)
        .expect("feet-inches regex compiles")
});

/// Cents without the word, closing the clause: "15 dollars 50.", "thirteen
/// dollars and forty five".
static CENTS_BARE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i)\s+(?:and\s+)?([0-9]{1,2}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?-u:\b)\s*(?:[.,;:!?)]|$)")
        .expect("bare cents regex compiles")
});

static POINTS_AFTER: Suffix = Suffix {
    re: LazyLock::new(|| Regex::new(r"^(?i)\s*(points?)(?-u:\b)").expect("points regex compiles")),
    may_start: may_start_points,
};

/// Currency words, codes and units after a number, longest first.
static UNIT_WORDS: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(
        currency_words()
            .iter()
            .map(|(w, _)| *w)
            .chain(CURRENCY_CODES.iter().copied())
            .chain(units().iter().map(|(w, _)| *w)),
    )
});

/// Where a currency word, code or unit starts and ends in `hay`, the text
/// after a number: what `^(?i)[\s-]?(?:of\s+)?(WORD|...)` captures (see
/// `tests::suffix_tests_never_hide_a_match`), after an optional space or hyphen
/// and an optional "of".
fn word_after(hay: &str) -> Option<(usize, usize)> {
    if !may_start_word(hay) {
        return None;
    }
    let words = &*UNIT_WORDS;
    let at = |start: usize| words.match_len(&hay[start..]).map(|n| (start, start + n));
    // "of" and the spaces after it, when they are there.
    let of = |start: usize| -> Option<usize> {
        let rest = hay[start..]
            .strip_prefix(['o', 'O'])?
            .strip_prefix(['f', 'F'])?;
        let after = rest.trim_start();
        (after.len() < rest.len()).then(|| hay.len() - after.len())
    };
    let sep = hay
        .chars()
        .next()
        .filter(|&c| c.is_whitespace() || c == '-')
        .map(char::len_utf8);
    let mut starts = sep.into_iter().chain([0]);
    starts.find_map(|s| of(s).and_then(at).or_else(|| at(s)))
}

static RATE_AFTER: Suffix = Suffix {
    re: LazyLock::new(|| {
        Regex::new(r"^(?i)(?:\s*|-)(?:a|an|per|each|every|/)(?:\s*|-)(day|week|month|year|annum|hour|capita|person|head|second|minute|km|kilometre|mile|litre|kg|barrel|tonne|ton|ounce|gallon|share|(?:1|100|1,000|10,000|100,000|1,000,000|one|a|one\s+hundred|one\s+thousand|a\s+thousand|a\s+hundred|100\s+thousand)\s+(?:people|inhabitants|residents|population|births|live\s+births|women|men|children|adults|deaths|patients))(?-u:\b)")
        .expect("rate regex compiles")
    }),
    may_start: may_start_rate,
};

static QUALIFIER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(just\s+over|well\s+over|well\s+above|north\s+of|well\s+under|well\s+below|just\s+shy\s+of|shy\s+of|south\s+of|getting\s+on\s+for|the\s+best\s+part\s+of|in\s+the\s+region\s+of|(?:of|on|in)\s+the\s+order\s+of|more\s+than|greater\s+than|higher\s+than|in\s+excess\s+of|upwards\s+of|over|above|exceeding|beyond|just\s+under|just\s+below|less\s+than|fewer\s+than|lower\s+than|nearly|almost|under|below|close\s+to|short\s+of|at\s+least|no\s+fewer\s+than|no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of|minimum\s+of|up\s+to|at\s+most|no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of|maximum\s+of|as\s+many\s+as|as\s+much\s+as|about|around|roughly|approximately|barely|scarcely|hardly|only\s+just|some|an\s+estimated|estimated|circa|nearly|approx\.?|c\.|~)\s*$")
        .expect("qualifier regex compiles")
});

static QUALIFIER_AFTER: Suffix = Suffix {
    re: LazyLock::new(|| {
        Regex::new(r"^(?i)(?:\s+or\s+(more|so|fewer|less)(?-u:\b)|(-?plus)(?-u:\b)|\+)")
            .expect("qualifier regex compiles")
    }),
    may_start: may_start_qualifier,
};

static EXCLUDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // phone numbers
        r"(?:\+[0-9]{1,3}[\s.-]?)?(?:\([0-9]{2,5}\)[\s.-]?)[0-9]{3,4}[\s.-][0-9]{3,4}",
        r"|\+[0-9]{1,3}[\s.-][0-9]{1,4}(?:[\s.-][0-9]{2,4}){2,4}",
        r"|(?-u:\b)[0-9]{3}[.-][0-9]{3}[.-][0-9]{4}(?-u:\b)",
        r"|(?-u:\b)[0-9]{3}-[0-9]{4}(?-u:\b)",
        // national numbers in groups ("0300 555 0192", "0800 521 7730") and
        // a US long-distance "1-800-555-0199"
        r"|(?-u:\b)0[0-9]{2,4}[ -][0-9]{3,4}[ -][0-9]{3,4}(?-u:\b)",
        r"|(?-u:\b)1[ .-][0-9]{3}[ .-][0-9]{3}[ .-][0-9]{4}(?-u:\b)",
        // street addresses
        r"|(?-u:\b)[0-9]{1,5}(?:[A-Za-z])?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Way|Place|Square|Terrace|Court)(?-u:\b)",
        // ISBNs, versions, IP addresses
        r"|(?-u:\b)[0-9]+\.[0-9]+\.[0-9]+(?:\.[0-9]+)*(?-u:\b)",
        // HTML character references left in scraped text ("company&#39;s")
        r"|&#(?:[0-9]{1,7}|[xX][0-9a-fA-F]{1,6});",
        // the year of a copyright notice ("Copyright 2025 Wire", "© 2024-2025")
        r"|(?:(?i:copyright)\s*(?:©|\((?i:c)\))?|©)\s*[0-9]{4}(?:\s*[-–]\s*[0-9]{4})?(?-u:\b)",
    ))
    .expect("exclusion regex compiles")
});

static MULTIPLIER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(doubled|doubling|tripled|trebled|tripling|quadrupled|halved|doubles|triples|trebles|quadruples|double|triple|treble|quadruple|twice|thrice|once|(?:quarter|half)-point|(two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|[0-9]+(?:\.[0-9]+)?)[\s-]?fold)(?-u:\b)")
        .expect("multiplier regex compiles")
});

/// A count given as an order of magnitude: "dozens", "hundreds",
/// "tens of thousands", "hundreds of millions".
static VAGUE: LazyLock<Regex> = LazyLock::new(|| {
    // (capitals spelled out, not `(?i)`: a handful of literals keeps the
    // scan of every text cheap)
    Regex::new(r"(?-u:\b)(?:([Tt]ens|[Hh]undreds)\s+of\s+)?([Dd]ozens|[Ss]cores|[Hh]undreds|[Tt]housands|[Mm]illions|[Bb]illions)(?-u:\b)")
        .expect("vague count regex compiles")
});

/// A rank after a verb of ranking: "came second", "finished ninth",
/// "ranked 3rd", "seeded seventh". (The ordinal is group 1; "climbed to
/// 16th in the world" is read by [`numbering_ordinal`].)
static RANK: LazyLock<Regex> = LazyLock::new(|| {
    // (capitals spelled out, not `(?i)`, as for VAGUE)
    Regex::new(r"(?-u:\b)(?:[Cc]ame|[Cc]omes?|[Cc]oming|[Ff]inish(?:ed|es|ing)?|[Pp]laced|[Rr]ank(?:ed|s|ing)|[Ss]eeded|[Tt]ied\s+for)\s+(?:in\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[0-9]+(?:st|nd|rd|th))(?-u:\b)")
        .expect("rank regex compiles")
});

/// A place in a table reached or held: "dropped to third", "lifted them
/// to 11th", "climbed back to second", "lifting them to third"; "are 20th
/// and last", "was second at 6.5%", "are third on 53 points". The words that end right before
/// an ordinal (group 1 is the "to" of a place reached; the words after a
/// place held are checked by [`place_held`]).
static PLACE: LazyLock<Regex> = LazyLock::new(|| {
    // (capitals spelled out, not `(?i)`, as for VAGUE; matched before each
    // ordinal PLACE_ORDINAL finds: "is", "are", "was" are too common to
    // search a text for)
    Regex::new(r"(?-u:\b)(?:(?:[Dd]ropped|[Dd]rops|[Ff]ell|[Ff]alls|[Ss]lipped|[Ss]lips|[Ss]lid|[Ss]ank|[Rr]ose|[Rr]ises|[Cc]limbed|[Cc]limbs|[Mm]oved|[Mm]oves|[Jj]umped|[Jj]umps|[Ll]ifted|[Ll]ifts|[Ll]ift|[Tt]ook|[Tt]akes|[Ww]ent|[Gg]oes|[Rr]eturned|[Rr]eturns|[Ss]lumped|[Ss]lumps|[Ss]urged|[Ss]urges|[Dd]ropping|[Ss]lipping|[Cc]limbing|[Mm]oving|[Jj]umping|[Ll]ifting|[Tt]aking|[Ss]ending|[Ss]ent)(?:\s+(?:them|him|her|it|us|up|down|back))?\s+(to)|(?:are|is|was|were|sit|sits|lie|lies))\s+$")
        .expect("place regex compiles")
});

/// The ordinals a place in a table can be ([`PLACE`] reads the words
/// before each).
static PLACE_ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|[0-9]{1,3}(?:st|nd|rd|th))(?-u:\b)")
        .expect("place ordinal regex compiles")
});

/// Whether the words after a place held ("are third ...") show it is a
/// place in a table or list: " and last", " on 53 points", " with ",
/// " at 6.5%", " in the table".
fn place_held(after: &str) -> bool {
    // "Maes was third, 2 minutes down", "his best finish was fifth in
    // 2024": the place ends the clause, or a year says when it was held
    if after.starts_with([',', '.', ';']) {
        return true;
    }
    let a = after.trim_start_matches([' ', '\u{a0}']);
    // ("was second in 2:31:12.6": a finishing time, hours or minutes
    // before a colon)
    let time = |r: &str| {
        let d = r.bytes().take_while(u8::is_ascii_digit).count();
        (1..=2).contains(&d) && r[d..].starts_with(':')
    };
    a.strip_prefix("in ").is_some_and(|r| {
        r.len() >= 4 && r.as_bytes()[..4].iter().all(u8::is_ascii_digit) || time(r)
    }) || a.starts_with("and last")
        || a.starts_with("and bottom")
        || a.starts_with("with ")
        || a.starts_with("place")
        || a.starts_with("in the table")
        || a.starts_with("in the standings")
        || a.starts_with("in the league")
        || a.starts_with("in the rankings")
        || a.starts_with("in the world")
        || ["on ", "at "].iter().any(|p| {
            a.strip_prefix(p)
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        })
}

/// Whether the words after a place reached ("dropped to third ...") end
/// the phrase: punctuation, or "place", "in", "with", "on", "after"...
/// ("went to third parties" reaches no place).
fn place_reached(after: &str) -> bool {
    let a = after.trim_start_matches([' ', '\u{a0}']);
    if a.is_empty() || a.starts_with(|c: char| c.is_ascii_punctuation() && c != '-') {
        return true;
    }
    let word = a
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    matches!(
        word,
        "place"
            | "position"
            | "spot"
            | "in"
            | "with"
            | "after"
            | "on"
            | "behind"
            | "and"
            | "at"
            | "overall"
            | "ahead"
            | "as"
            | "last"
            | "this"
            | "before"
            | "from"
    )
}

/// Nouns written after a number word and a hyphen that the number counts:
/// "the eight-strong crew", "a nine-member committee", "a two-term
/// mayor", "a three-time champion", "a five-seat majority".
const COUNTED_AFTER_HYPHEN: &[&str] = &[
    "strong", "member", "term", "time", "seat", "seater", "nation", "country", "party", "judge",
    "person", "page", "storey", "story", "bedroom", "room", "bed", "game", "match", "race",
    "stage", "round", "team", "club", "state", "city", "school", "point", "part", "episode",
    "book", "song", "goal", "vote", "lane", "car", "vehicle", "ship", "plane", "engine",
];

/// Whether the word after "a third", "a quarter" makes the fraction the
/// size of a change: "a third more", "a quarter lower", "a third off",
/// "a fifth above normal".
fn measures_a_change(next: &str) -> bool {
    matches!(
        next,
        "above"
            | "below"
            | "more"
            | "less"
            | "fewer"
            | "higher"
            | "lower"
            | "bigger"
            | "smaller"
            | "larger"
            | "cheaper"
            | "off"
    )
}

/// An ordinal word that may number what follows it: "her second Grand
/// Slam title", "the agency’s third deep-space mission", "the third
/// consecutive annual decline" ([`numbering_ordinal`] reads the words
/// around it; digits, "his 12th goal", are read with the other numbers).
static NUMBERING: LazyLock<Regex> = LazyLock::new(|| {
    // (lower case only, as a determiner comes first, and no digits: a
    // small set of literals keeps the scan of every text cheap)
    Regex::new(r"(?-u:\b)(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)(?-u:\b)")
        .expect("numbering ordinal regex compiles")
});

/// Words after an ordinal that make it no number of a thing: a date's
/// unit ("the second quarter", the date extractor's), an idiom ("a third
/// party", "second-hand", "the Third World"), a preposition or verb.
const NOT_NUMBERED: &[&str] = &[
    "of",
    "to",
    "in",
    "on",
    "at",
    "for",
    "and",
    "or",
    "than",
    "from",
    "by",
    "with",
    "as",
    "is",
    "was",
    "were",
    "are",
    "be",
    "been",
    "has",
    "had",
    "have",
    "earlier",
    "later",
    "ago",
    "after",
    "before",
    "half",
    "halves",
    "quarter",
    "week",
    "weekend",
    "month",
    "year",
    "day",
    "night",
    "century",
    "centuries",
    "millennium",
    "decade",
    "hand",
    "party",
    "parties",
    "world",
    "person",
    "thoughts",
    "thought",
    "opinion",
    "nature",
    "language",
    "class",
    "rate",
    "degree",
    "cousin",
    "that",
    "which",
    "who",
    "it",
    "he",
    "she",
    "they",
    "this",
    "the",
    "a",
    "an",
    "its",
    "his",
    "her",
    "their",
    "our",
    "one",
    "ones",
    "place",
    "largest",
    "biggest",
    "highest",
    "lowest",
    "smallest",
    "most",
    "least",
    "best",
    "worst",
];

/// The ordinal `ord` at `start..end` numbers the word after it: it
/// follows "the", "its", "a", a possessive ("the agency’s fifth") and
/// comes before a word that is no date unit, idiom or preposition.
fn numbering_ordinal(text: &str, start: usize, end: usize, ord: &str) -> bool {
    // the next word, after spaces only ("second-hand" is no numbering)
    if !text[end..].starts_with([' ', '\u{a0}']) {
        return false;
    }
    let next = next_word(text, end);
    if !next.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return false;
    }
    let next = next.to_ascii_lowercase();
    let next = next.as_str();
    let prev = prev_word(text, start).to_ascii_lowercase();
    // a rank reached: "climbed to 16th in the world", "fell to fifth
    // place" (not "sold to third parties")
    if prev == "to" {
        return matches!(next, "in" | "place" | "position" | "spot");
    }
    // "a third more than in 2025", "a quarter lower": a fraction of a
    // change, not a rank
    if matches!(prev.as_str(), "a" | "an") && measures_a_change(next) {
        return false;
    }
    let first = ord.eq_ignore_ascii_case("first");
    // "first" numbers only a run ("the first consecutive fall" is rare,
    // "for the first time" an idiom)
    if first && !matches!(next, "consecutive" | "straight" | "successive") {
        return false;
    }
    // ("the fourth in a row": the run itself is numbered)
    let in_a_row = next == "in" && text[end..].trim_start().starts_with("in a row");
    // ("a second night outdoors", "the third year running", "by the third
    // year after completion", "down 57% in its second weekend": a day or
    // year numbered; "the second week of March" is a date's part)
    let numbered_period = matches!(
        next,
        "year" | "month" | "week" | "weekend" | "day" | "night"
    ) && {
        let after = text[end..].trim_start();
        !after
            .get(next.len()..)
            .unwrap_or("")
            .trim_start()
            .starts_with("of ")
    };
    if NOT_NUMBERED.contains(&next) && !in_a_row && !numbered_period {
        return false;
    }
    let before = text[..start].trim_end();
    let possessive = before.ends_with("'s") || before.ends_with("’s") || before.ends_with("s'");
    possessive
        || matches!(
            prev.as_str(),
            "the"
                | "its"
                | "his"
                | "her"
                | "their"
                | "our"
                | "a"
                | "an"
                | "this"
                | "whose"
                | "my"
                | "your"
        )
}

/// A share of a ranked whole: "the poorest fifth of neighbourhoods", "the
/// top tenth of earners" (group 1 the fraction word).
static SHARE_OF_RANKED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)the\s+(?:poorest|richest|wealthiest|top|bottom|lowest|highest|lowest-paid|highest-paid|best-paid|worst-paid|youngest|oldest|largest|smallest|biggest|best|worst|most|least)\s+(half|third|quarter|fifth|sixth|tenth|twentieth|hundredth)\s+of(?-u:\b)")
        .expect("share regex compiles")
});

static ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[0-9]+(?:st|nd|rd|th))[\s-](largest|biggest|highest|lowest|smallest|most|least|best|worst|busiest|richest|poorest|fastest|slowest|oldest|youngest|deadliest|longest|strongest|weakest|placed|ranked|seeded)(?-u:\b)")
        .expect("ordinal regex compiles")
});

/// A pattern read right after a number, with a cheap test of the text's
/// first characters that holds whenever the pattern can match there. Most
/// numbers are followed by words none of these patterns starts with; the
/// test spares them a regex search each (seven per number).
struct Suffix {
    re: LazyLock<Regex>,
    /// True whenever `re` can match at the start of the text.
    may_start: fn(&str) -> bool,
}

impl Suffix {
    fn captures<'h>(&self, hay: &'h str) -> Option<regex::Captures<'h>> {
        if (self.may_start)(hay) {
            self.re.captures(hay)
        } else {
            None
        }
    }

    #[cfg(test)]
    fn is_match(&self, hay: &str) -> bool {
        self.re.is_match(hay)
    }
}

/// The first character after any whitespace (the regexes' `\s` is
/// Unicode White_Space, as `char::is_whitespace`).
fn after_space(hay: &str) -> Option<char> {
    hay.trim_start().chars().next()
}

/// The first character, and the one after it when the first is a space or
/// a hyphen (the patterns' optional `\s?` or `[\s-]?`).
fn first_two(hay: &str) -> (Option<char>, Option<char>) {
    let mut cs = hay.chars();
    let a = cs.next();
    let b = if a.is_some_and(|c| c.is_whitespace() || c == '-') {
        cs.next()
    } else {
        None
    };
    (a, b)
}

/// Scale words start with one of these letters, after spaces and hyphens
/// (or a non-ASCII letter the case-insensitive match folds: the Kelvin
/// sign is a "k").
fn may_start_scale(hay: &str) -> bool {
    hay.trim_start_matches(|c: char| c.is_whitespace() || c == '-')
        .chars()
        .next()
        .is_some_and(|c| !c.is_ascii() || "mbthlcdkMBTHLCDK".contains(c))
}

/// "%", "per cent", "percentage points", "pp", "pct", "basis points", "bps".
fn may_start_percent(hay: &str) -> bool {
    matches!(after_space(hay), Some('%' | 'p' | 'P' | 'b' | 'B'))
}

fn may_start_points(hay: &str) -> bool {
    matches!(after_space(hay), Some('p' | 'P'))
}

/// A currency word, code or unit, or "of" before one: its first
/// character is in the table made from the words themselves (any
/// non-ASCII character may start one).
fn may_start_word(hay: &str) -> bool {
    static FIRST: LazyLock<[bool; 128]> = LazyLock::new(|| {
        let mut t = [false; 128];
        let words = currency_words()
            .iter()
            .map(|(w, _)| *w)
            .chain(CURRENCY_CODES.iter().copied())
            .chain(units().iter().map(|(w, _)| *w))
            .chain(["of"]);
        for w in words {
            if let Some(c) = w.chars().next().filter(char::is_ascii) {
                t[c.to_ascii_lowercase() as usize] = true;
                t[c.to_ascii_uppercase() as usize] = true;
            }
        }
        t
    });
    let ok = |c: Option<char>| c.is_some_and(|c| !c.is_ascii() || FIRST[c as usize]);
    let (a, b) = first_two(hay);
    ok(a) || ok(b)
}

/// A currency symbol (all but `$` are non-ASCII) or "MUSD"-like codes.
fn may_start_symbol(hay: &str) -> bool {
    let ok = |c: Option<char>| c.is_some_and(|c| !c.is_ascii() || c == '$' || c == 'M');
    let (a, b) = first_two(hay);
    ok(a) || (a.is_some_and(char::is_whitespace) && ok(b))
}

/// "a", "an", "per", "each", "every" or "/".
fn may_start_rate(hay: &str) -> bool {
    matches!(
        after_space(hay),
        Some('a' | 'A' | 'p' | 'P' | 'e' | 'E' | '/' | '-')
    )
}

/// " or more", "-plus", "plus", "+".
fn may_start_qualifier(hay: &str) -> bool {
    match hay.chars().next() {
        Some('-' | 'p' | 'P' | '+') => true,
        Some(c) if c.is_whitespace() => matches!(after_space(hay), Some('o' | 'O')),
        _ => false,
    }
}

/// A number token before units and hedges are read.
#[derive(Debug, Clone)]
struct Tok {
    start: usize,
    end: usize,
    value: f64,
    precision: f64,
    words: bool,
    fraction: bool,
    integer_digits: bool,
}

/// A number in words as a token: `phrase` (matched at byte `start`) read
/// whole, else without a leading article ("a three-foot trip"), else as
/// the longest parts that read, left to right ("million a third": two
/// numbers side by side).
fn word_tokens(phrase: &str, start: usize, toks: &mut Vec<Tok>) {
    let read = |phrase: &str, start: usize| -> Option<Tok> {
        let end = start + phrase.len();
        let (phrase, parsed) = match parse_words(phrase) {
            Some(x) => (phrase, x),
            None => match phrase.split_once(char::is_whitespace) {
                Some((art, rest))
                    if art.eq_ignore_ascii_case("a") || art.eq_ignore_ascii_case("an") =>
                {
                    let rest = rest.trim_start();
                    (rest, parse_words(rest)?)
                }
                _ => return None,
            },
        };
        let lower = phrase.to_ascii_lowercase();
        Some(Tok {
            start: end - phrase.len(),
            end,
            value: parsed.0,
            precision: parsed.1,
            words: true,
            fraction: parsed.0 < 1.0 && lower.split([' ', '-']).any(|x| fraction_word(x).is_some()),
            integer_digits: false,
        })
    };
    if let Some(t) = read(phrase, start) {
        toks.push(t);
        return;
    }
    // "the two hundredth anniversary" is a rank, not two numbers.
    let rank = phrase.split([' ', '-']).any(|w| {
        [
            "hundredth",
            "thousandth",
            "millionth",
            "billionth",
            "trillionth",
        ]
        .iter()
        .any(|r| w.eq_ignore_ascii_case(r))
    });
    if rank {
        return;
    }
    // Word ends, as byte offsets into `phrase`.
    let ends: Vec<usize> = phrase
        .char_indices()
        .filter(|&(i, c)| {
            !c.is_whitespace() && phrase[i + c.len_utf8()..].starts_with(char::is_whitespace)
        })
        .map(|(i, c)| i + c.len_utf8())
        .chain([phrase.len()])
        .collect();
    // A part neither starts nor ends with a joining word: "between one and
    // two" is "one" and "two".
    let joining = |w: &str| {
        ["and", "a", "an", "of", "point"]
            .iter()
            .any(|j| w.eq_ignore_ascii_case(j))
    };
    let mut from = 0;
    while from < phrase.len() {
        let rest = &phrase[from..];
        let lead = rest.len() - rest.trim_start().len();
        let at = from + lead;
        let first_word = phrase[at..].split(char::is_whitespace).next().unwrap_or("");
        if joining(first_word)
            && !first_word.eq_ignore_ascii_case("a")
            && !first_word.eq_ignore_ascii_case("an")
        {
            from = at + first_word.len();
            continue;
        }
        // At most 12 words a part: a long run of number words that do not
        // read together is not read in quadratic time.
        let first = ends.partition_point(|&e| e <= at);
        let found = ends[first..(first + 12).min(ends.len())]
            .iter()
            .rev()
            .filter(|&&e| {
                let last = phrase[at..e]
                    .rsplit(char::is_whitespace)
                    .next()
                    .unwrap_or("");
                !joining(last)
            })
            .find_map(|&e| read(&phrase[at..e], start + at).map(|t| (t, e)));
        match found {
            Some((t, e)) => {
                toks.push(t);
                from = e;
            }
            None => match ends.get(first) {
                Some(&e) => from = e,
                None => break,
            },
        }
    }
}

/// The words of token `t` after byte `from` (the end of a claim that took
/// its first words), as a token of their own: "a third" of "million a
/// third" after "4 million". A leading "and" is left out.
fn tail_token(text: &str, t: &Tok, from: usize) -> Option<Tok> {
    if !t.words || from >= t.end || !text.is_char_boundary(from) {
        return None;
    }
    let rest = &text[from..t.end];
    let mut phrase = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '-');
    if let Some(after) = phrase
        .strip_prefix("and")
        .or_else(|| phrase.strip_prefix("And"))
        .filter(|a| a.starts_with(char::is_whitespace))
    {
        phrase = after.trim_start();
    }
    if phrase.is_empty() || !phrase.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let (value, precision) = parse_words(phrase)?;
    let lower = phrase.to_ascii_lowercase();
    Some(Tok {
        start: t.end - phrase.len(),
        end: t.end,
        value,
        precision,
        words: true,
        fraction: value < 1.0 && lower.split([' ', '-']).any(|x| fraction_word(x).is_some()),
        integer_digits: false,
    })
}

/// Extract figure claims; `taken` are spans already claimed (dates).
pub fn extract(ctx: &Ctx, taken: &[Claim]) -> Vec<Claim> {
    let text = ctx.text();
    let body = ctx.body();
    let slice = &text[body.clone()];
    let mut excluded: Vec<(usize, usize)> = taken
        .iter()
        .filter(|c| c.kind() == Kind::Date)
        .map(|c| (c.start, c.end))
        .collect();
    for m in EXCLUDE.find_iter(slice) {
        excluded.push((body.start + m.start(), body.start + m.end()));
    }
    excluded.sort_unstable();
    let is_excluded = |s: usize, e: usize| {
        let i = excluded.partition_point(|&(_, end)| end <= s);
        excluded[i..]
            .iter()
            .take_while(|&&(st, _)| st < e)
            .any(|&(st, en)| st < e && s < en)
    };

    let mut toks: Vec<Tok> = Vec::new();
    // `find_iter`, not `captures_iter`: which alternative matched (fraction,
    // digits, words) shows in the text itself, and skipping the capture
    // engine for every number is most of the cost of this pass.
    for m in NUMBER.find_iter(slice) {
        let (start, end) = (body.start + m.start(), body.start + m.end());
        if is_excluded(start, end)
            || toks.last().is_some_and(|t: &Tok| start < t.end)
            || in_url(text, start)
        {
            continue;
        }
        let matched = m.as_str();
        let first = matched.chars().next().unwrap_or(' ');
        let is_fraction = matched.contains('/')
            || matched.chars().any(|c| {
                ('\u{bc}'..='\u{be}').contains(&c) || ('\u{2153}'..='\u{215e}').contains(&c)
            });
        let is_digits = !is_fraction && (first.is_ascii_digit() || first == '.');
        if is_fraction {
            let f = m;
            // "1/4", "10 1/2", "½", "7 3/4": proper fractions only, never
            // parts of dates ("9/11" is not nine elevenths) or scores.
            let Some(value) = slash_fraction(f.as_str()) else {
                continue;
            };
            if text[end..].starts_with(['/', '-'])
                && text[end + 1..].starts_with(|c: char| c.is_ascii_digit())
            {
                continue;
            }
            toks.push(Tok {
                start,
                end,
                value,
                precision: 1.0 / 16.0,
                words: false,
                fraction: value < 1.0,
                integer_digits: false,
            });
            continue;
        }
        if is_digits {
            let d = m;
            // Scientific notation: "1e10", "-127.32e13".
            let (mantissa, exp) = match d.as_str().split_once(['e', 'E']) {
                Some((m, e)) => (m, e.parse::<i32>().ok()),
                None => (d.as_str(), None),
            };
            // A decimal comma ("5,00", "1,3") is not one in a list of
            // numbers ("22,24,26"): there each number stands alone.
            if let Some((head, tail_digits)) = mantissa.rsplit_once(',')
                && tail_digits.len() < 3
                && (text[end..].starts_with(',')
                    && text[end + 1..].starts_with(|c: char| c.is_ascii_digit())
                    || text[..start].ends_with(',')
                        && text[..start - 1].ends_with(|c: char| c.is_ascii_digit()))
            {
                for (s, e) in [
                    (start, start + head.len()),
                    (start + head.len() + 1, start + mantissa.len()),
                ] {
                    if let Some(dg) = parse_digits(&text[s..e]) {
                        toks.push(Tok {
                            start: s,
                            end: e,
                            value: dg.value,
                            precision: dg.precision(),
                            words: false,
                            fraction: false,
                            integer_digits: dg.decimals == 0 && !dg.grouped,
                        });
                    }
                }
                continue;
            }
            let Some(mut dg) = parse_digits(mantissa) else {
                continue;
            };
            let mut end = end;
            if let Some(e) = exp {
                dg.value *= 10f64.powi(e);
            } else if let Some(p) = POWER.captures(&text[end..]) {
                // Powers: "1.1^23", "2.5^-1".
                let neg = p[1].matches('-').count() % 2 == 1;
                let Ok(e) = p[2].parse::<f64>() else { continue };
                let e = if neg { -e } else { e };
                dg.value = if p[0].starts_with('^') {
                    dg.value.powf(e)
                } else {
                    dg.value * 10f64.powf(e)
                };
                dg.decimals = 12;
                end += p.get(0).expect("0").end();
            }
            toks.push(Tok {
                start,
                end,
                value: dg.value,
                precision: dg.precision(),
                words: false,
                fraction: false,
                integer_digits: dg.decimals == 0 && !dg.grouped,
            });
        } else {
            // "three quarter-point cuts": the fraction word is the
            // size's ("quarter-point", read with the multipliers), not
            // the number's
            let mut run = m.as_str();
            if text
                .get(end..end + 6)
                .is_some_and(|t| t.eq_ignore_ascii_case("-point"))
            {
                let lower = run.to_ascii_lowercase();
                if let Some(cut) = ["quarter", "half"]
                    .iter()
                    .find_map(|f| lower.strip_suffix(f).map(str::len))
                {
                    run = run[..cut].trim_end();
                    run = run.strip_suffix(" and").map_or(run, str::trim_end);
                    run = run
                        .strip_suffix(|c: char| c == 'a' || c == 'A')
                        .filter(|r| r.ends_with(' ') || r.is_empty())
                        .map_or(run, str::trim_end);
                }
            }
            if !run.is_empty() {
                word_tokens(run, start, &mut toks);
            }
        }
    }

    // Digits with scale words: "3 hundred and 21", "4 thousand 3 hundred".
    if toks.windows(2).any(|w| starts_chain(text, &w[0], &w[1])) {
        let mut merged = Vec::with_capacity(toks.len());
        let mut i = 0;
        while i < toks.len() {
            match digit_word_chain(text, &toks[i..]) {
                Some((t, n)) => {
                    merged.push(t);
                    i += n;
                }
                None => {
                    merged.push(toks[i].clone());
                    i += 1;
                }
            }
        }
        toks = merged;
    }

    let mut claims: Vec<Claim> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // Ratios "one in five", "3 out of 10".
        if i + 1 < toks.len()
            && let Some(c) = ratio(ctx, &toks[i], &toks[i + 1])
        {
            claims.push(c);
            i += 2;
            continue;
        }
        // A token inside the previous claim ("million" of "$310 million"),
        // or running past it: what follows is read on its own ("4 million
        // a third of that": "a third").
        if let Some(c) = claims.last()
            && toks[i].start < c.end
        {
            match tail_token(text, &toks[i], c.end) {
                Some(t) => toks[i] = t,
                None => {
                    i += 1;
                    continue;
                }
            }
        }
        let Some(mut a) = read(ctx, &toks[i]) else {
            i += 1;
            continue;
        };
        // A currency sign shared with the previous amount ("10 $ 30 $").
        if let Some(prev) = claims.last()
            && a.start < prev.end
        {
            a.start = toks[i].start;
        }
        // Ranges "10-20", "10 to 20%", "between 10 and 20"; the second
        // number is the next one after the first claim ("between $600
        // million and $900 million": "million" is the first's)
        let next = (i + 1..toks.len()).find(|&j| toks[j].start >= a.end);
        if let Some(j) = next
            && let Some(b) = read(ctx, &toks[j])
            && let Some(c) = range(ctx, &a, &b)
        {
            claims.push(c);
            i = j + 1;
            continue;
        }
        claims.push(a);
        i += 1;
    }
    for m in MULTIPLIER.find_iter(slice) {
        let (start, end) = (body.start + m.start(), body.start + m.end());
        if is_excluded(start, end) || claims.iter().any(|c| c.start < end && start < c.end) {
            continue;
        }
        let w = m.as_str().to_ascii_lowercase();
        let next = next_word(text, end).to_ascii_lowercase();
        // "double the 2019 figure", "nearly triple what it was", "twice as
        // much": a multiple of what follows; not "a double room" or "the
        // hall will double as a shelter". "doubled down" is an idiom.
        let bare_word = matches!(
            w.as_str(),
            "double" | "triple" | "treble" | "quadruple" | "twice" | "thrice"
        );
        let before_what = matches!(
            next.as_str(),
            "the" | "that" | "those" | "what" | "its" | "their" | "his" | "her" | "our"
        ) || (matches!(w.as_str(), "twice" | "thrice") && next == "as");
        let prev = prev_word(text, start).to_ascii_lowercase();
        // "cancelled only once", "more than once", "at least once": one
        // occasion (not "once rare", "at once", "once again",
        // "once-in-a-generation")
        if w == "once"
            && (!matches!(
                prev.as_str(),
                "only" | "just" | "least" | "than" | "exactly"
            ) || matches!(next.as_str(), "again" | "more" | "upon")
                || text[end..].starts_with('-'))
        {
            continue;
        }
        // ("scoring twice", "lost only twice", "held twice a week": a number
        // of occasions, a count; not "think twice")
        let occasions = w == "once"
            || matches!(w.as_str(), "twice" | "thrice")
                && !before_what
                && !matches!(prev.as_str(), "think" | "thinks" | "thought" | "thinking");
        if bare_word && !before_what && !occasions || w.starts_with("doubl") && next == "down" {
            continue;
        }
        // "a quarter-point cut": a size of a rate's change, in points
        if w.ends_with("-point") {
            let mut c = Claim::new(Kind::Figure, "percent", start, end, "figure.percent");
            c.value = if w.starts_with("quarter") {
                "0.25"
            } else {
                "0.5"
            }
            .into();
            c.unit = "percentage_point".into();
            c.precision = c.value.clone();
            c.subject = subject(ctx, start, end);
            claims.push(c);
            continue;
        }
        // "doubles spending", "triples to 40": the verb, not "mixed
        // doubles", "the doubles final" or "hit two triples"
        if w.ends_with("les")
            && (matches!(
                prev.as_str(),
                "the"
                    | "a"
                    | "mixed"
                    | "men's"
                    | "men’s"
                    | "women's"
                    | "women’s"
                    | "in"
                    | "of"
                    | "two"
                    | "three"
                    | "four"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "and"
            ) || prev.starts_with(|c: char| c.is_ascii_digit())
                || matches!(
                    next.as_str(),
                    "final"
                        | "title"
                        | "match"
                        | "partner"
                        | "champion"
                        | "champions"
                        | "team"
                        | "player"
                        | "players"
                        | "and"
                        | "tournament"
                        | "event"
                        | "crown"
                ))
        {
            continue;
        }
        let v = if w == "once" {
            1.0
        } else if w.starts_with("doubl") || w == "twice" {
            2.0
        } else if w.starts_with("tripl") || w.starts_with("trebl") || w == "thrice" {
            3.0
        } else if w.starts_with("quadrupl") {
            4.0
        } else if w.starts_with("halv") {
            0.5
        } else {
            let n = w.trim_end_matches("fold").trim_end_matches(['-', ' ']);
            match n.parse::<f64>() {
                Ok(v) => v,
                Err(_) => match parse_words(n) {
                    Some((v, _)) => v,
                    None => continue,
                },
            }
        };
        let (ctype, rule) = if occasions {
            ("count", "figure.count")
        } else {
            ("ratio", "figure.multiplier")
        };
        let mut c = Claim::new(Kind::Figure, ctype, start, end, rule);
        // the hedge right before: "roughly double", "nearly tripled"
        if let Some((at, q)) = hedge_at(ctx, start)
            && q != "some"
        {
            c.qualifier = qualifier_of(&q);
            c.start = at;
        }
        c.value = fmt_num(v);
        c.unit = if occasions {
            String::new()
        } else {
            "times".into()
        };
        c.precision = "1".into();
        c.subject = subject(ctx, start, end);
        claims.push(c);
    }
    vague_counts(ctx, slice, body.start, &is_excluded, &mut claims);
    for caps in ORDINAL.captures_iter(slice) {
        let m = caps.get(0).expect("group 0");
        let (start, end) = (body.start + m.start(), body.start + m.end());
        if is_excluded(start, end) {
            continue;
        }
        claims.retain(|c| !(c.start < end && start < c.end));
        let Some(v) = crate::normalize::number::ordinal_word(&caps[1]) else {
            continue;
        };
        claims.push(ordinal(ctx, start, end, v));
    }
    for caps in SHARE_OF_RANKED.captures_iter(slice) {
        let m = caps.get(1).expect("group 1");
        let (start, end) = (body.start + m.start(), body.start + m.end());
        // (the denominator of "a fifth"; "twentieth" by its ordinal)
        let w = m.as_str().to_ascii_lowercase();
        let Some(n) = crate::normalize::number::fraction_word(&w)
            .or_else(|| crate::normalize::number::ordinal_word(&w))
        else {
            continue;
        };
        if is_excluded(start, end) || claims.iter().any(|c| c.start < end && start < c.end) {
            continue;
        }
        let mut c = Claim::new(Kind::Figure, "ratio", start, end, "figure.ratio");
        c.value = fmt_num(1.0 / n);
        c.precision = fmt_num(0.1 / n);
        c.subject = subject(ctx, start, end);
        claims.push(c);
    }
    for m in NUMBERING.find_iter(slice) {
        let (start, end) = (body.start + m.start(), body.start + m.end());
        if is_excluded(start, end)
            || claims.iter().any(|c| c.start < end && start < c.end)
            || !numbering_ordinal(text, start, end, m.as_str())
        {
            continue;
        }
        let Some(v) = crate::normalize::number::ordinal_word(m.as_str()) else {
            continue;
        };
        claims.push(ordinal(ctx, start, end, v));
    }
    for caps in RANK.captures_iter(slice) {
        let m = caps.get(1).expect("group 1");
        let (start, end) = (body.start + m.start(), body.start + m.end());
        // ("came first in line" is a rank too; "came first-hand" is not)
        push_rank(
            ctx,
            &mut claims,
            is_excluded(start, end),
            start..end,
            m.as_str(),
        );
    }
    for m in PLACE_ORDINAL.find_iter(slice) {
        let (start, end) = (body.start + m.start(), body.start + m.end());
        let mut from = m.start().saturating_sub(48);
        while !slice.is_char_boundary(from) {
            from += 1;
        }
        // "on the 14th of 21 stages", "the 23rd of the evening's 41 lots":
        // one of a numbered series
        let of_series =
            slice[..m.start()].ends_with("the ") && super::text::of_a_numbered_series(&text[end..]);
        // "ahead of Vanta in second place", "into third position": a place
        // named as one, whatever verb comes before
        let named_place = {
            let head = &slice[..m.start()];
            let word_at = |w: &str| {
                head.strip_suffix(w)
                    .is_some_and(|h| h.is_empty() || !h.ends_with(|c: char| c.is_alphanumeric()))
            };
            (word_at("in ") || word_at("into "))
                && (text[end..].starts_with(" place") || text[end..].starts_with(" position"))
        };
        // "climbed to second from fifth": the place left, after the one
        // reached
        let left_place = text[..start].strip_suffix(" from ").is_some_and(|h| {
            claims
                .iter()
                .any(|c| c.end == h.len() && c.ctype == "ordinal")
        });
        if !of_series && !named_place && !left_place {
            let Some(before) = PLACE.captures(&slice[from..m.start()]) else {
                continue;
            };
            // "are third" holds a place; "dropped to third" reaches one.
            let held = before.get(1).is_none();
            if (held && !place_held(&text[end..])) || (!held && !place_reached(&text[end..])) {
                continue;
            }
        }
        push_rank(
            ctx,
            &mut claims,
            is_excluded(start, end),
            start..end,
            m.as_str(),
        );
    }
    claims.sort_by_key(|c| (c.start, c.end));
    claims
}

/// A rank or place read at `at` (the ordinal `word`) as an ordinal claim,
/// unless the span is excluded, glued to a hyphen ("first-hand") or
/// already read.
fn push_rank(
    ctx: &Ctx,
    claims: &mut Vec<Claim>,
    excluded: bool,
    at: std::ops::Range<usize>,
    word: &str,
) {
    let text = ctx.text();
    if excluded
        || text[at.end..].starts_with('-')
        || claims.iter().any(|c| c.start < at.end && at.start < c.end)
    {
        return;
    }
    if let Some(v) = crate::normalize::number::ordinal_word(word) {
        claims.push(ordinal(ctx, at.start, at.end, v));
    }
}

/// An ordinal claim: rank `v` at `start..end`.
fn ordinal(ctx: &Ctx, start: usize, end: usize, v: f64) -> Claim {
    let mut c = Claim::new(Kind::Figure, "ordinal", start, end, "figure.ordinal");
    c.value = fmt_num(v);
    c.precision = "1".into();
    c.subject = subject(ctx, start, end);
    c
}

/// "tens of thousands of people", "Hundreds were hurt", "millions of
/// dollars": a count given only by its order of magnitude is an
/// approximate range, from two of the unit named (a plural) to the next
/// order: dozens 24..99 (a hundred or more is "hundreds"), scores 40..99, hundreds
/// 200..999, thousands 2000..9999, "tens of thousands" 20000..99999. The
/// count must be of something: "of" follows, or the word opens its
/// sentence before a verb ("Thousands marched"); "in their thousands" and
/// "the 1990s' hundreds" are not read.
fn vague_counts(
    ctx: &Ctx,
    slice: &str,
    offset: usize,
    is_excluded: &dyn Fn(usize, usize) -> bool,
    claims: &mut Vec<Claim>,
) {
    let text = ctx.text();
    for caps in VAGUE.captures_iter(slice) {
        let m = caps.get(0).expect("group 0");
        let (start, end) = (offset + m.start(), offset + m.end());
        if is_excluded(start, end) || claims.iter().any(|c| c.start < end && start < c.end) {
            continue;
        }
        let unit: f64 = match caps[2].to_ascii_lowercase().as_str() {
            "dozens" => 12.0,
            "scores" => 20.0,
            "hundreds" => 100.0,
            "thousands" => 1e3,
            "millions" => 1e6,
            _ => 1e9,
        };
        let scale = match caps.get(1).map(|g| g.as_str().to_ascii_lowercase()) {
            Some(t) if t == "tens" => 10.0,
            Some(_) => 100.0,
            None => 1.0,
        };
        // "hundreds of dozens" is no order of magnitude anyone writes.
        if scale > 1.0 && unit < 1e3 {
            continue;
        }
        let next = next_word(text, end);
        let of = next.eq_ignore_ascii_case("of");
        let sent = ctx.sentence_of(start).1.min(start);
        let opens = text[sent..start]
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '\\'));
        let before_verb = !next.is_empty()
            && next.starts_with(|c: char| c.is_ascii_lowercase())
            && !matches!(next, "and" | "or" | "more" | "less" | "fewer");
        // ("and tens of thousands fled": with its "tens of" it is a count
        // anywhere before a verb)
        if !(of || (opens || scale > 1.0) && before_verb) {
            continue;
        }
        let low = 2.0 * unit * scale;
        let high = match unit {
            12.0 => 99.0,
            // (a hundred or more is "hundreds", as for "dozens")
            20.0 => 99.0,
            _ => 10.0 * unit * scale - 1.0,
        };
        let mut c = Claim::new(Kind::Figure, "range", start, end, "figure.vague");
        // "millions of dollars": money.
        if of {
            let rest = text[end..].trim_start();
            let mut words = rest[2..]
                .split_whitespace()
                .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()));
            let (w1, w2) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
            if let Some(cur) = currency_word(&format!("{w1} {w2}")).or_else(|| currency_word(w1)) {
                c.ctype = "money".into();
                c.unit = cur.into();
            }
        }
        if let Some((at, q)) = hedge_at(ctx, start)
            && q != "some"
        {
            c.qualifier = qualifier_of(&q);
            c.start = at;
        } else {
            c.qualifier = Qualifier::Approx;
        }
        c.value = format!("{}..{}", fmt_num(low), fmt_num(high));
        c.precision = fmt_num(unit * scale);
        c.subject = subject(ctx, start, end);
        claims.push(c);
    }
}

/// Whether the token at `start` sits inside a web address: "%20" and "q=30"
/// in "https://www.test.com/search?q=30%20" are no figures. Looks back over
/// the run of non-space characters before the token (at most 512 bytes;
/// nothing to look at for a number after a space).
fn in_url(text: &str, start: usize) -> bool {
    let from = super::text::floor_char(text, start.saturating_sub(512));
    let head = &text[from..start];
    let run_start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '<' | '"' | '(' | '['))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let run = &head[run_start..];
    run.len() > 4 && (run.contains("://") || run.contains("www."))
}

/// Whether `a b` opens a digits-and-scale-words number: a whole number of
/// digits under 1,000, a space, then a scale word ("3 hundred").
fn starts_chain(text: &str, a: &Tok, b: &Tok) -> bool {
    !a.words
        && !a.fraction
        && a.value > 0.0
        && a.value < 1000.0
        && a.value.fract() == 0.0
        && b.words
        && a.end < b.start
        && text[a.end..b.start]
            .chars()
            .all(|c| c == ' ' || c == '\u{a0}')
        && chain_scale(text, b).is_some()
}

/// A words token that opens with a scale word: its scale and the value of
/// the words after it ("hundred" = (100, 0), "hundred and one" = (100, 1),
/// "thousand three hundred" = (1000, 300)).
fn chain_scale(text: &str, t: &Tok) -> Option<(f64, f64)> {
    if !t.words || t.fraction {
        return None;
    }
    let w = &text[t.start..t.end];
    let first = w.split([' ', '-', '\u{a0}']).next()?;
    if !(4..=8).contains(&first.len()) {
        // "hundred", "thousand", "million", "billion", "trillion", "lakh",
        // "crore"
        return None;
    }
    let scale = scale_word(&first.to_ascii_lowercase()).filter(|s| *s >= 100.0)?;
    let rest = t.value - scale;
    (rest >= 0.0 && rest < scale.min(1000.0)).then_some((scale, rest))
}

/// A number written in digits and scale words, "4 thousand 3 hundred and
/// 21", "6 crore and two hundred": tokens from `toks[0]`, merged into one
/// token with the count of tokens used. `None` unless it spans more than a
/// number and its scale word (that pair [`read`] reads already). After a
/// group, a number without a scale of its own follows only after "and"
/// ("3 hundred and 21"), and ends the chain.
fn digit_word_chain(text: &str, toks: &[Tok]) -> Option<(Tok, usize)> {
    let first = toks.first()?;
    if toks.len() < 2 || !starts_chain(text, first, &toks[1]) {
        return None;
    }
    let mut total = 0.0f64; // completed groups ("4 thousand")
    let mut current = first.value; // group under construction
    let mut last_scale = f64::INFINITY;
    let mut end = first.end;
    let mut n = 1;
    let mut inner_words = false; // a scale token with words after its scale
    while n < toks.len() {
        let t = &toks[n];
        if t.start < end {
            break;
        }
        let gap = &text[end..t.start];
        let plain = !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}');
        let and = gap.len() >= 5
            && gap.starts_with(' ')
            && gap.ends_with(' ')
            && gap.trim().eq_ignore_ascii_case("and");
        if let Some((s, rest)) = chain_scale(text, t) {
            if !plain || current <= 0.0 || current >= 1000.0 {
                break;
            }
            if s == 100.0 {
                if current >= 100.0 || last_scale <= 100.0 {
                    break;
                }
                current = current * 100.0 + rest;
            } else {
                if s >= last_scale {
                    break;
                }
                total += current * s;
                current = rest;
                last_scale = s;
            }
            inner_words |= rest > 0.0;
            end = t.end;
            n += 1;
            if rest > 0.0 {
                break;
            }
            continue;
        }
        if t.fraction || t.value.fract() != 0.0 || t.value <= 0.0 {
            break;
        }
        // The next group: digits under 1,000 right before their scale word.
        if plain
            && current == 0.0
            && !t.words
            && toks.get(n + 1).is_some_and(|s| {
                starts_chain(text, t, s)
                    && chain_scale(text, s).is_some_and(|(sc, _)| sc < last_scale)
            })
        {
            current = t.value;
            end = t.end;
            n += 1;
            continue;
        }
        // The last part: "3 hundred and 21", "4 thousand and 21"; never
        // after millions ("3 million and 20 were hurt" are two figures).
        let room = if current > 0.0 {
            100.0 - current % 100.0
        } else if last_scale == 1000.0 {
            1000.0
        } else {
            0.0
        };
        let scale_follows = toks.get(n + 1).is_some_and(|s| starts_chain(text, t, s));
        if and && current % 100.0 == 0.0 && t.value < room && !scale_follows {
            current += t.value;
            end = t.end;
            n += 1;
        }
        break;
    }
    if n < 3 && !inner_words {
        return None;
    }
    let value = total + current;
    let mut precision = 1.0;
    while value >= 1000.0 && (value / (precision * 10.0)).fract() == 0.0 && precision < 1e15 {
        precision *= 10.0;
    }
    Some((
        Tok {
            start: first.start,
            end,
            value,
            precision,
            words: true,
            fraction: false,
            integer_digits: false,
        },
        n,
    ))
}

/// Value of a slash or vulgar fraction, with an optional whole part:
/// "1/4", "10 1/2", "½", "2 ¾". `None` unless proper (numerator below the
/// denominator, denominator 2..=64).
fn slash_fraction(s: &str) -> Option<f64> {
    let s = s.trim();
    let vulgar = |c: char| -> Option<f64> {
        Some(match c {
            '½' => 0.5,
            '⅓' => 1.0 / 3.0,
            '⅔' => 2.0 / 3.0,
            '¼' => 0.25,
            '¾' => 0.75,
            '⅕' => 0.2,
            '⅖' => 0.4,
            '⅗' => 0.6,
            '⅘' => 0.8,
            '⅙' => 1.0 / 6.0,
            '⅚' => 5.0 / 6.0,
            '⅛' => 0.125,
            '⅜' => 0.375,
            '⅝' => 0.625,
            '⅞' => 0.875,
            _ => return None,
        })
    };
    if let Some(last) = s.chars().next_back()
        && let Some(f) = vulgar(last)
    {
        let whole = s[..s.len() - last.len_utf8()].trim();
        let w: f64 = if whole.is_empty() {
            0.0
        } else {
            whole.parse().ok()?
        };
        return Some(w + f);
    }
    let (head, den) = s.rsplit_once('/')?;
    let den: f64 = den.trim().parse().ok()?;
    let head = head.trim();
    let (whole, num) = match head.rsplit_once(char::is_whitespace) {
        Some((w, n)) => (w.trim().parse::<f64>().ok()?, n.parse::<f64>().ok()?),
        None => (0.0, head.parse::<f64>().ok()?),
    };
    if !(2.0..=64.0).contains(&den) || num <= 0.0 || num >= den {
        return None;
    }
    Some(whole + num / den)
}

/// Words after "a third", "a fifth" that make it an ordinal: "a third
/// term", "a fifth straight win", "a second round".
const ORDINAL_HEADS: [&str; 22] = [
    "term",
    "time",
    "times",
    "round",
    "consecutive",
    "straight",
    "successive",
    "place",
    "year",
    "season",
    "generation",
    "wave",
    "day",
    "week",
    "month",
    "century",
    "party",
    "world",
    "way",
    "attempt",
    "game",
    "quarter",
];

/// Read one token outward into a claim, or reject it.
fn read(ctx: &Ctx, t: &Tok) -> Option<Claim> {
    let text = ctx.text();
    // Everything read after the number stays on its line.
    // (The end of the paragraph is that line's end: no scan to the end of
    // a document written on one line for every number, which was quadratic.)
    let eol = match ctx.doc.paragraph_index(t.start) {
        Some(p) => ctx.doc.paragraphs[p].end.max(t.end),
        None => text[t.end..].find('\n').map_or(text.len(), |i| t.end + i),
    };
    // Suffix patterns read a short window: enough for "square kilometres
    // per 100,000 inhabitants", and it keeps each anchored match cheap.
    let tail = |from: usize| {
        let mut e = (from + 96).min(eol).max(from);
        while !text.is_char_boundary(e) {
            e += 1;
        }
        &text[from..e]
    };
    let (mut start, mut end) = (t.start, t.end);
    let mut value = t.value;
    let mut precision = t.precision;
    let mut unit = String::new();
    let mut ctype = if t.fraction { "ratio" } else { "count" };

    let lower_tok = text[t.start..t.end].to_ascii_lowercase();
    if t.words && !t.fraction && !pronoun_one_ok(text, t, &lower_tok) {
        return None;
    }
    // "a"; and "dozens" alone is vague, as "hundreds" and "thousands" are
    // ("3 dozens" is 36).
    if t.words && matches!(lower_tok.as_str(), "a" | "an" | "dozens") {
        return None;
    }
    // A scale word alone right after digits that were not read as a number
    // ("billion" of "XR2.3 billion", "v1.2 million") scales what was left
    // out; it is no number of its own ("a billion" keeps its article). A
    // line break parts them: no number runs over it.
    if t.words
        && matches!(
            lower_tok.as_str(),
            "hundred" | "thousand" | "million" | "billion" | "trillion" | "lakh" | "crore"
        )
        && text[..t.start]
            .trim_end_matches([' ', '\t', '\u{a0}'])
            .ends_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    if t.words
        && t.fraction
        && !lower_tok.ends_with("half")
        && !lower_tok.ends_with("halves")
        && !lower_tok.ends_with('s')
    {
        // "a seventh consecutive month", "a third term": ordinals, unless "of"
        // follows; a plural ("a two-thirds majority") is always a fraction.
        let next = next_word(text, t.end).to_ascii_lowercase();
        let punct_after = text[t.end..]
            .trim_start()
            .starts_with(|c: char| !c.is_alphanumeric());
        // After a measure of change or a hedge a fraction stays one: "up by
        // a fifth since 2021", "up a third on last winter", "more than a
        // third voted", "nearly a quarter last year" (but "a third term",
        // "a fifth straight win" stay ordinals).
        let cue = matches!(
            prev_word(text, t.start).to_ascii_lowercase().as_str(),
            "by" | "than"
                | "from"
                | "to"
                | "up"
                | "down"
                | "rose"
                | "fell"
                | "grew"
                | "dropped"
                | "jumped"
                | "climbed"
                | "increased"
                | "decreased"
                | "declined"
                | "nearly"
                | "almost"
                | "about"
                | "around"
                | "roughly"
                | "approximately"
                | "only"
                | "just"
                | "fully"
                | "barely"
                | "scarcely"
                | "hardly"
        ) && !ORDINAL_HEADS.contains(&next.as_str());
        // "a third more than in 2025", "a quarter lower": a fraction of a
        // change
        let comparative = measures_a_change(&next);
        if !(next == "of" || punct_after || text[t.end..].trim().is_empty() || cue || comparative) {
            return None;
        }
    }
    if t.fraction {
        // "at half time", "half-time": a point in a match.
        if lower_tok.ends_with("half")
            && (next_word(text, t.end).eq_ignore_ascii_case("time")
                || text[t.end..].starts_with("-time"))
        {
            return None;
        }
        // "the second half of the match", "half-time": not a proportion.
        let prev = prev_word(text, t.start).to_ascii_lowercase();
        if matches!(
            prev.as_str(),
            "first"
                | "second"
                | "third"
                | "fourth"
                | "final"
                | "last"
                | "other"
                | "latter"
                | "former"
                | "back"
                | "front"
                | "top"
                | "bottom"
                | "upper"
                | "lower"
                | "northern"
                | "southern"
                | "eastern"
                | "western"
                | "better"
        ) || (text[t.end..].starts_with('-')
            && text[t.end + 1..].starts_with(char::is_alphabetic))
        {
            return None;
        }
    }
    // Glued to letters: codes and names (G20, F-16, COVID-19, 4G, 737s),
    // except a currency code written on the amount ("USD115").
    let before = text[..start].chars().next_back();
    // ("COP28", "G20", "A380" are names: a glued amount has three digits or
    // more, or a decimal point.)
    let glued_word = &text[word_start(&text[..start])..start];
    let glued_code = before.is_some_and(|c| c.is_ascii_uppercase())
        && code_of(glued_word).is_some()
        && (end - start >= 3
            || text[start..end].contains(['.', ','])
            || matches!(
                glued_word,
                "USD"
                    | "EUR"
                    | "GBP"
                    | "JPY"
                    | "CNY"
                    | "CHF"
                    | "AUD"
                    | "CAD"
                    | "INR"
                    | "HKD"
                    | "SGD"
                    | "NZD"
            ));
    let glued_sign = before.is_some_and(|c| c.is_ascii_alphabetic())
        && letter_sign(text, start).is_some()
        && (SCALE_AFTER.captures(tail(end)).is_some()
            || text[start..end].contains(',')
            || text[start..end]
                .split_once('.')
                .is_some_and(|(_, d)| d.len() == 2));
    if before.is_some_and(|c| (c.is_alphabetic() && !glued_code && !glued_sign) || c == '_')
        || (matches!(before, Some('/' | '#'))
            && text[..start - 1]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric()))
        || (before == Some('-')
            && code_before_hyphen(&text[..start - 1])
            && magnitude_before(text, start).is_none())
    {
        return None;
    }
    // Part of a larger digit string: "2.1.3", "12:30".
    if matches!(before, Some(':' | '.'))
        && text[..start - 1]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit())
    {
        return None;
    }
    if text[end..].starts_with(':') && text[end + 1..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }

    // Scale: "1.2 million", "$5m", "300k", "£2bn".
    let mut scaled = false;
    let currency_before = currency_before(ctx, start);
    if (!t.words || t.value >= 1.0)
        && let Some(c) = SCALE_AFTER.captures(tail(end))
    {
        let raw = c
            .get(1)
            .or_else(|| c.get(2))
            .or_else(|| c.get(3))
            .or_else(|| c.get(4))
            .expect("a scale group")
            .as_str();
        // Upper-case "M", "MM", "B" glued to digits are always scales (metres are "m").
        let word = match raw {
            "MM" | "M" => "million".to_string(),
            "B" => "billion".to_string(),
            _ if raw.contains(char::is_whitespace) => raw
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_ascii_lowercase(),
            _ => raw.to_ascii_lowercase(),
        };
        let attached = c.get(2).is_some() || c.get(3).is_some();
        let ok = if c.get(3).is_some() {
            !t.words
        } else if word == "b" {
            // "1.2b" is a billion ("b" is no unit), unless it names a thing
            // ("Article 5b" is left to the name check below).
            attached
        } else if word == "m" {
            currency_before.is_some()
                || (!race_distance(text, t) && m_is_million(text, end + c.get(0).expect("0").end()))
        } else if word == "hundred" {
            !t.words
        } else {
            true
        };
        let is_word_after_words = t.words && !attached;
        let factor = if word.starts_with("doz") || word.starts_with("dz") {
            Some(12.0)
        } else {
            scale_word(&word)
        };
        if ok
            && !(is_word_after_words && t.value < 1.0)
            && let Some(s) = factor
        {
            value *= s;
            precision *= s;
            end += c.get(0).expect("0").end();
            scaled = true;
            // "3 million and a half", "3 million and a quarter".
            if s >= 1000.0
                && let Some(h) = AND_A_FRACTION.captures(tail(end))
            {
                let f = if h[1].eq_ignore_ascii_case("half") {
                    0.5
                } else {
                    0.25
                };
                value += f * s;
                end += h.get(0).expect("0").end();
            }
        }
    }
    if t.words && t.fraction && !scaled {
        ctype = "ratio";
    } else if t.words && t.fraction {
        ctype = "count";
    }

    // Currency before: "$", "US$", "£", "EUR ", "MUSD".
    if let Some((code, s, scale)) = currency_before {
        unit = code.to_string();
        start = s;
        ctype = "money";
        value *= scale;
        precision *= scale;
    }
    // Negative words: "minus 5", "negative one".
    // ("plus or minus 3 points" is a margin, not a negative number)
    let pw = prev_word(text, start).to_ascii_lowercase();
    let margin = pw == "minus" && {
        let before = text[..super::text::prev_word_start(text, start)].trim_end();
        super::text::ends_with_ignore_case(before, "plus or")
    };
    if matches!(pw.as_str(), "minus" | "negative") && !margin {
        value = -value;
        start = super::text::prev_word_start(text, start);
    }
    // Sign.
    if unit.is_empty() || ctype == "money" {
        let b = text[..start].chars().next_back();
        if matches!(b, Some('-' | '−' | '+'))
            && let Some(sign_at) = start.checked_sub(b.map_or(1, |c| c.len_utf8()))
        {
            let bb = text[..sign_at].chars().next_back();
            if bb.is_none_or(|c| c.is_whitespace() || c == '(') {
                if b != Some('+') {
                    value = -value;
                }
                start = sign_at;
            }
        }
    }

    // Reversed per cent: "per cent of 210" (210%).
    let percent_of = if unit.is_empty() && ctype == "count" {
        percent_of_before(text, start, end)
    } else {
        None
    };
    // Percent, points, currency words, units, rates.
    if let Some(ps) = percent_of {
        unit = "percent".into();
        ctype = "percent";
        start = ps;
    } else if let Some(c) = PERCENT_AFTER.captures(tail(end)) {
        unit = if c.get(2).is_some() {
            let w = c[2].to_ascii_lowercase();
            if w.starts_with("basis") || w == "bps" || w == "bp" {
                value /= 100.0;
                precision /= 100.0;
            }
            "percentage_point".into()
        } else {
            "percent".into()
        };
        end += c.get(0).expect("0").end();
        ctype = "percent";
    } else if let Some(c) = POINTS_AFTER.captures(tail(end))
        && points_are_percentage(ctx, start)
    {
        unit = "percentage_point".into();
        end += c.get(0).expect("0").end();
        ctype = "percent";
    } else if let Some(c) = POINTS_AFTER.captures(tail(end))
        && index_points(ctx, start)
    {
        // "the Dow fell 475 points": index points.
        unit = "points".into();
        end += c.get(0).expect("0").end();
        ctype = "quantity";
    } else if let Some(c) = POINTS_AFTER.captures(tail(end))
        && !t.fraction
        && let Some(pct) = points_kind(ctx, start)
    {
        // Points with no per cent in the sentence: a lead in a poll or a
        // vote ("a lead of 20 points") is percentage points; a score
        // ("scored 31 points") is points. Other points are things counted
        // ("200 points along the line").
        if pct {
            unit = "percentage_point".into();
            ctype = "percent";
        } else {
            unit = "points".into();
            ctype = "quantity";
        }
        end += c.get(0).expect("0").end();
    } else if let Some((m_start, m_end)) = word_after(tail(end)) {
        let word = &tail(end)[m_start..m_end];
        let after_ok = text[end + m_end..]
            .chars()
            .next()
            .is_none_or(|ch| !ch.is_alphanumeric());
        let norm = word
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .replace('-', " ");
        let norm_l = norm.to_lowercase();
        // "won" after a number is the Korean currency ("1.2 trillion won")
        // or the verb ("42 won their seats"): see `won_is_verb`.
        let verb_won = norm_l == "won"
            && won_is_verb(
                ctx,
                t,
                scaled,
                (ctype == "money").then_some(start),
                end + m_end,
            );
        if after_ok && !verb_won {
            let code = code_of(word);
            if let Some(cur) = crate::normalize::unit::currency_word(&norm_l).or(code) {
                let is_pounds_weight = norm_l.starts_with("pound")
                    && (text[end + m_end..].trim_start().starts_with("of ")
                        || pounds_are_weight(ctx.sentence_of(start).0));
                if is_pounds_weight {
                    unit = "lb".into();
                    ctype = "quantity";
                } else if ctype == "money"
                    && text[start..].starts_with('$')
                    && cur != "USD"
                    && cur != "GBP"
                {
                    // A bare "$" is a generic sign; the currency named after
                    // the amount says which ("$500 pesos", "$1.2 trillion
                    // won"). Cents and pence are no currency of their own.
                    unit = cur.to_string();
                } else if ctype != "money" {
                    unit = if cur == "RMB" {
                        "CNY".into()
                    } else {
                        cur.to_string()
                    };
                    // ("0.31 euro cents" is a hundredth of a euro each)
                    if norm_l.starts_with("cent")
                        || norm_l.ends_with(" cents")
                        || norm_l.ends_with(" cent")
                        || norm_l == "pence"
                    {
                        value /= 100.0;
                        precision /= 100.0;
                    }
                    ctype = "money";
                }
                end += m_end;
                // A scale after the currency, as in accounts: "75 USD million".
                if ctype == "money"
                    && !scaled
                    && let Some(c) = SCALE_AFTER.captures(tail(end))
                    && let Some(g) = c.get(1)
                    && let Some(sc) = scale_word(&g.as_str().to_ascii_lowercase())
                    && sc >= 1e6
                {
                    value *= sc;
                    precision *= sc;
                    scaled = true;
                    end += c.get(0).expect("0").end();
                }
            } else if let Some(u) = unit_lookup(&norm_l, word)
                && ctype != "money"
                && unit_plausible(text, end, m_start, word, t)
            {
                unit = u.symbol.to_string();
                // "b/d" and "bpd" are barrels a day.
                if matches!(norm_l.as_str(), "b/d" | "bpd") {
                    unit.push_str("/day");
                }
                ctype = "quantity";
                end += m_end;
            }
        }
    }
    // "a 10-point lead", "a 25-point drop": points as a modifier of a
    // gap or a move; index points near an index, percentage points in a
    // sentence about per cent or a poll, else points scored.
    if unit.is_empty()
        && ctype == "count"
        && !t.words
        && let Some(n) = point_modifier(text, end)
    {
        if index_points(ctx, start) {
            unit = "points".into();
            ctype = "quantity";
        } else if points_are_percentage(ctx, start) || points_kind(ctx, start) == Some(true) {
            unit = "percentage_point".into();
            ctype = "percent";
        } else {
            unit = "points".into();
            ctype = "quantity";
        }
        end += n;
    }
    // A unit in brackets: "20 (kg)", "5 [km]".
    if unit.is_empty()
        && ctype == "count"
        && tail(end).trim_start().starts_with(['(', '[', '{', '<'])
        && let Some(c) = BRACKET_UNIT_AFTER.captures(tail(end))
        && matches!(
            (&c[1], &c[3]),
            ("(", ")") | ("[", "]") | ("{", "}") | ("<", ">")
        )
        && let Some(u) = unit_lookup(&c[2].to_lowercase(), &c[2])
    {
        unit = u.symbol.to_string();
        ctype = "quantity";
        end += c.get(0).expect("0").end();
    }
    // Heights in marks: "5'11\"", "6′ 2″".
    if unit.is_empty()
        && ctype == "count"
        && !t.words
        && value.fract() == 0.0
        && tail(end).starts_with(['\'', '′', '’'])
        && let Some(c) = FEET_INCH_MARKS_AFTER.captures(tail(end))
        && let Ok(inches) = c[1].parse::<f64>()
        && inches < 12.0
    {
        value += inches / 12.0;
        precision = 1.0 / 12.0;
        unit = "ft".into();
        ctype = "quantity";
        end += c.get(0).expect("0").end();
    }
    // An inch mark: 'a 10" long pen', 'a 55″ screen'.
    if unit.is_empty()
        && ctype == "count"
        && !t.words
        && tail(end)
            .trim_start_matches(' ')
            .starts_with(['"', '″', '”'])
        && let Some(c) = INCH_MARK_AFTER.captures(tail(end))
    {
        let mark = c.get(0).expect("0").as_str();
        let mark_end = mark
            .char_indices()
            .find(|&(_, ch)| matches!(ch, '"' | '″' | '”'))
            .map_or(0, |(i, ch)| i + ch.len_utf8());
        unit = "in".into();
        ctype = "quantity";
        end += mark_end;
    }
    // Bare degrees are an angle when the words around say so: "rotate 90
    // degrees", "a 45° angle"; otherwise a temperature.
    if unit == "deg" && degrees_are_angle(ctx, start, end) {
        unit = "arcdeg".into();
    }
    // A currency symbol or millions code after the amount: "10 €", "100₾", "30 MUSD".
    if unit.is_empty()
        && let Some(c) = SYMBOL_AFTER.captures(tail(end))
    {
        let next_is_digit =
            text[end + c.get(0).expect("0").end()..].starts_with(|ch: char| ch.is_ascii_digit());
        if !next_is_digit {
            if let Some(sym) = c.get(1) {
                let code = CURRENCY_SYMBOLS
                    .iter()
                    .find(|(s, _)| *s == sym.as_str())
                    .map(|(_, c)| *c)
                    .unwrap_or("USD");
                unit = if code == "USD" && sym.as_str() == "$" {
                    ctx.dollar_currency().to_string()
                } else {
                    code.to_string()
                };
            } else if let Some(code) = c
                .get(2)
                .and_then(|m| CURRENCY_CODES.iter().find(|k| **k == m.as_str()))
            {
                unit = code.to_string();
                value *= 1e6;
                precision *= 1e6;
            }
            if !unit.is_empty() {
                ctype = "money";
                end += c.get(0).expect("0").end();
            }
        }
    }
    // Heights and lengths in feet and inches: "6 feet 2 inches", "5 ft 2 in".
    if unit == "ft"
        && let Some(c) = INCHES_AFTER.captures(tail(end))
        && let Ok(inches) = c[1].parse::<f64>()
        && inches < 12.0
    {
        value += inches / 12.0;
        precision = precision.min(1.0 / 12.0);
        end += c.get(0).expect("0").end();
    }
    // "3 dollars 50 cents", "thirteen dollars and forty-five cents", and
    // closing the clause without the word: "15 dollars 50.".
    if ctype == "money"
        && matches!(unit.as_str(), "USD" | "EUR" | "GBP" | "CAD" | "AUD")
        && let Some((cents_text, cents_end)) = CENTS_AFTER
            .captures(tail(end))
            .map(|c| (c.get(1).expect("1").as_str(), c.get(0).expect("0").end()))
            .or_else(|| {
                // Bare cents only after a whole amount: not "$1.5 million 20."
                if scaled || value.fract() != 0.0 {
                    return None;
                }
                let c = CENTS_BARE_AFTER.captures(tail(end))?;
                let m = c.get(1).expect("1");
                Some((m.as_str(), m.end()))
            })
        && let Some((cents, _)) = parse_digits(cents_text)
            .map(|d| (d.value, 0.0))
            .or_else(|| parse_words(cents_text))
        && cents < 100.0
    {
        value += cents / 100.0;
        precision = precision.min(0.01);
        end += cents_end;
    }
    // "aged 87", "at age 87", "the age of 87".
    if !t.fraction && unit.is_empty() && ctype == "count" {
        let pw = prev_word(text, start);
        let (pw, pw_start) = if pw == "of" {
            let of_start = super::text::prev_word_start(text, start);
            (prev_word(text, of_start), of_start)
        } else {
            (pw, start)
        };
        // "aged over 65", "aged under five": the hedge is read later. (All
        // on one line: a word ending a paragraph is no part of the next.)
        let pw_at = super::text::prev_word_start(text, pw_start);
        let group_age = || {
            // "voters under 30 chose", "children under five are exempt",
            // "those over 65 who": a group of people by age
            let next = next_word(text, end);
            let next_ok = text[end..].trim_start().is_empty()
                || text[end..].trim_start().starts_with(['.', ',', ';', ')'])
                || matches!(
                    next,
                    "are"
                        | "were"
                        | "is"
                        | "was"
                        | "who"
                        | "and"
                        | "or"
                        | "in"
                        | "to"
                        | "have"
                        | "had"
                        | "can"
                        | "could"
                        | "will"
                        | "would"
                        | "should"
                        | "must"
                        | "may"
                        | "chose"
                        | "voted"
                        | "backed"
                        | "say"
                        | "said"
                        | "made"
                        | "make"
                        | "account"
                        | "accounted"
                        | "received"
                        | "got"
                        | "get"
                );
            next_ok
                && t.value.fract() == 0.0
                && (1.0..=110.0).contains(&t.value)
                && matches!(
                    prev_word(text, pw_at).to_ascii_lowercase().as_str(),
                    "voters"
                        | "people"
                        | "children"
                        | "adults"
                        | "those"
                        | "men"
                        | "women"
                        | "patients"
                        | "workers"
                        | "residents"
                        | "students"
                        | "drivers"
                        | "respondents"
                        | "pensioners"
                        | "users"
                        | "girls"
                        | "boys"
                        | "kids"
                )
        };
        let hedged_age = matches!(pw, "over" | "under" | "above" | "below")
            && (matches!(prev_word(text, pw_at), "aged" | "Aged") || group_age())
            && !text[super::text::prev_word_start(text, pw_at)..start].contains('\n');
        // "aged 19 and 22": the second age of a pair
        let second_age = matches!(pw, "and" | "or")
            && t.integer_digits
            && !t.words
            && (1.0..=120.0).contains(&t.value)
            && t.value.fract() == 0.0
            && prev_word(text, pw_at).bytes().all(|b| b.is_ascii_digit())
            && matches!(
                prev_word(text, super::text::prev_word_start(text, pw_at)),
                "aged" | "Aged" | "ages"
            )
            && !text[super::text::prev_word_start(text, pw_at)..start].contains('\n');
        if matches!(pw, "aged" | "Aged" | "age" | "ages") && !text[pw_at..start].contains('\n') {
            unit = "year".into();
            ctype = "quantity";
            start = super::text::prev_word_start(text, pw_start);
        } else if hedged_age || second_age {
            unit = "year".into();
            ctype = "quantity";
        } else if matches!(pw, "turned" | "turns" | "turning")
            && t.value >= 1.0
            && t.value < 130.0
            && t.value.fract() == 0.0
            && birthday_after(text, end)
        {
            // "She turned 40 last week": an age.
            unit = "year".into();
            ctype = "quantity";
        } else if age_in_apposition(text, t, start, end) {
            // "Smith, 45, was charged", "the driver, 32, was arrested".
            unit = "year".into();
            ctype = "quantity";
        }
    }
    // Earthquakes: "magnitude 6.4", "a magnitude-5.9 tremor" ("a
    // 7.1-magnitude quake" is a unit word after the number).
    if !t.words
        && unit.is_empty()
        && ctype == "count"
        && let Some(m) = magnitude_before(text, start)
    {
        unit = "magnitude".into();
        ctype = "quantity";
        start = m;
    }
    // "measuring 7.8 on the Richter scale": the scale names the unit.
    if !t.words
        && unit.is_empty()
        && ctype == "count"
        && let Some(n) = richter_after(tail(end))
    {
        unit = "magnitude".into();
        ctype = "quantity";
        end += n;
    }
    // A multiple: "three times the national average", "2.5 times as
    // many", "four times higher" ("arrested three times" is a count).
    if !t.fraction
        && unit.is_empty()
        && ctype == "count"
        && next_word(text, end).eq_ignore_ascii_case("times")
    {
        let times_end = end + text[end..].find("times").map_or(0, |i| i + "times".len());
        let after = next_word(text, times_end).to_ascii_lowercase();
        if matches!(
            after.as_str(),
            "the"
                | "as"
                | "more"
                | "higher"
                | "larger"
                | "bigger"
                | "greater"
                | "faster"
                | "that"
                | "its"
                | "his"
                | "her"
                | "their"
                | "what"
                | "lower"
                | "smaller"
                | "less"
                | "fewer"
                | "over"
                | "earnings"
                | "forward"
                | "sales"
                | "revenue"
                | "revenues"
                | "book"
                | "ebitda"
                | "profits"
                | "income"
        ) || value.fract() != 0.0
        {
            unit = "times".into();
            ctype = "ratio";
            end = times_end;
        }
    }
    if !t.fraction && unit.is_empty() && text[end..].starts_with("-year-old") {
        unit = "year".into();
        ctype = "quantity";
        end += "-year-old".len();
        // ("24-year-olds": a group of that age)
        if text[end..].starts_with('s') {
            end += 1;
        }
    }
    // "31 a year earlier", "5 a week ago": the time words anchor a date, not
    // a rate.
    let rate_is_time = |m_end: usize| {
        matches!(
            next_word(text, m_end).to_ascii_lowercase().as_str(),
            "earlier" | "ago" | "later" | "before" | "after" | "previously" | "prior"
        )
    };
    if matches!(ctype, "money" | "quantity" | "count")
        && let Some(c) = RATE_AFTER
            .captures(tail(end))
            .filter(|c| !rate_is_time(end + c.get(0).expect("0").end()))
    {
        let r = c[1].to_ascii_lowercase();
        let r = r.split_whitespace().collect::<Vec<_>>().join(" ");
        let r = match r.as_str() {
            "annum" => "year".to_string(),
            "capita" | "head" => "person".to_string(),
            other => {
                let mut parts = other.splitn(2, ' ');
                let n = parts.next().unwrap_or("");
                match (
                    parts.next(),
                    parse_digits(n)
                        .map(|d| d.value)
                        .or_else(|| parse_words(n).map(|x| x.0)),
                ) {
                    (Some(rest), Some(v)) => format!("{} {}", fmt_num(v), rest),
                    _ => other.to_string(),
                }
            }
        };
        // "5% a year" is a percent rate; "90 km/h" already has its rate.
        if !(ctype == "count"
            && !r.contains(' ')
            && !matches!(
                r.as_str(),
                "day" | "week" | "month" | "year" | "hour" | "person"
            ))
        {
            unit = if unit.is_empty() {
                format!("per {r}")
            } else {
                format!("{unit}/{r}")
            };
            end += c.get(0).expect("0").end();
        }
    } else if ctype == "percent"
        && let Some(c) = RATE_AFTER
            .captures(tail(end))
            .filter(|c| !rate_is_time(end + c.get(0).expect("0").end()))
    {
        let r = c[1].to_ascii_lowercase();
        if matches!(r.as_str(), "year" | "annum" | "month" | "day") {
            end += c.get(0).expect("0").end();
        }
    }

    // Pence glued to the number: "a 50p stamp", "shares fell to 320p"; not
    // video resolutions ("1080p").
    if unit.is_empty()
        && ctype == "count"
        && !t.words
        && value > 0.0
        && text[end..].starts_with('p')
        && !text[end + 1..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
        && !matches!(
            text[t.start..end].trim_start_matches('0'),
            "144" | "240" | "360" | "480" | "576" | "720" | "1080" | "1440" | "2160" | "4320"
        )
    {
        unit = "GBP".into();
        ctype = "money";
        value /= 100.0;
        precision /= 100.0;
        end += 1;
    }
    // Temperatures as news writes them: "41.5C", "104F", "-5C" (a capital C
    // or F glued to the number) in a sentence or story about the weather; not in
    // names ("Apartment 5C", "row 12F"), forms ("the 13F filing") or money
    // ("14.7C/ per security").
    if unit.is_empty()
        && ctype == "count"
        && !t.words
        && !t.fraction
        && text[end..].starts_with(['C', 'F'])
        && !text[end + 1..].starts_with(|c: char| c.is_alphanumeric() || matches!(c, '-' | '/'))
        && !named_number(text, start, ctx)
        // (or in a story about the weather, as its title and lede show:
        // "rails reached 52C" in a report on a heatwave)
        && (sentence_about_temperature(ctx.sentence_of(start).0)
            || sentence_about_temperature(&text[..super::text::floor_char(text, 500)]))
    {
        unit = text[end..end + 1].to_string();
        ctype = "quantity";
        end += 1;
    }
    // Compound adjectives: "a one-off payment", "a two-way street"; but
    // "the eight-strong crew", "a nine-member committee", "two-term
    // incumbent" count what the noun after the hyphen names ("one-time"
    // is "former", no count).
    let members = |r: &str| {
        let noun = r
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let glued = r[noun.len()..].starts_with(['-']);
        !glued
            && (COUNTED_AFTER_HYPHEN.contains(&noun.as_str())
                || noun
                    .strip_suffix('s')
                    .is_some_and(|n| COUNTED_AFTER_HYPHEN.contains(&n)))
            && !(noun == "time" && value == 1.0)
    };
    if t.words
        && unit.is_empty()
        && text[end..].starts_with('-')
        && text[end + 1..].starts_with(char::is_alphabetic)
        && !members(&text[end + 1..])
    {
        return None;
    }
    // A score or a tally: "beat Brighton 3-1", "a 4-3 win", "a 7-2 vote"
    // (falling or level numbers joined by a dash, no unit): two counts, as
    // a vote split is two figures; never a range (rising ones are), and
    // the team before it does not make it a name ("Brighton 3").
    let mut score = false;
    if ctype == "count" && unit.is_empty() && !t.words && t.integer_digits && end - start <= 3 {
        let b = text.as_bytes();
        let digits = |from: usize, to: usize| {
            (to > from && to - from <= 3 && b[from..to].iter().all(u8::is_ascii_digit))
                .then(|| text[from..to].parse::<u32>().ok())
                .flatten()
        };
        let after = b.get(end) == Some(&b'-') && {
            let mut e = end + 1;
            while e < b.len() && b[e].is_ascii_digit() {
                e += 1;
            }
            let glued = b
                .get(e)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'%');
            !glued && digits(end + 1, e).is_some_and(|m| m <= value as u32)
        };
        let before = start >= 2 && b[start - 1] == b'-' && {
            let mut s0 = start - 1;
            while s0 > 0 && b[s0 - 1].is_ascii_digit() {
                s0 -= 1;
            }
            let glued = s0 > 0 && (b[s0 - 1].is_ascii_alphanumeric() || b[s0 - 1] == b'-');
            !glued && digits(s0, start - 1).is_some_and(|m| m >= value as u32)
        };
        score = after || before;
    }
    // A clock time in four figures: "(0117 GMT)", "at 1430 UTC".
    if ctype == "count"
        && !t.words
        && end - start == 4
        && text[start..end].bytes().all(|b| b.is_ascii_digit())
        && text[start..start + 2] < *"24"
        && text[start + 2..end] < *"60"
        && matches!(
            next_word(text, end),
            "GMT"
                | "UTC"
                | "BST"
                | "CET"
                | "CEST"
                | "EST"
                | "EDT"
                | "PST"
                | "PDT"
                | "IST"
                | "JST"
                | "hrs"
                | "hours"
                | "Zulu"
        )
    {
        return None;
    }
    // A rank: "the country's No. 2 mobile operator", "No. 3 in the world"
    // (not "No. 10 Downing Street": a capital follows a name).
    if ctype == "count"
        && !t.words
        && t.integer_digits
        && value.fract() == 0.0
        && (1.0..=100.0).contains(&value)
    {
        let before = text[..start].trim_end();
        let no = before
            .strip_suffix("No.")
            .or_else(|| before.strip_suffix("no."))
            .filter(|b| b.is_empty() || b.ends_with(|c: char| c.is_whitespace() || c == '('));
        let next = next_word(text, end);
        // ("last weekend's No. 1, the animated ...": a clause ends)
        if let Some(b) = no
            && (next.starts_with(|c: char| c.is_lowercase())
                || text[end..].starts_with([',', ';', ')']))
        {
            return Some(ordinal(ctx, b.len(), end, value));
        }
    }
    // Codes and names: "Boeing 737", "Resolution 2268", "Article 5".
    if ctype == "count" && !t.words && t.integer_digits && !score && named_number(text, start, ctx)
    {
        return None;
    }
    // A multiple written with a glued x: "2.6x earnings", "3x higher", "10×
    // faster"; not "4x4", "1920x1080" or a name ("10x Genomics").
    if unit.is_empty() && ctype == "count" && !t.words && value > 0.0 {
        let rest = &text[end..];
        let x = if rest.starts_with('x') {
            1
        } else if rest.starts_with('×') {
            '×'.len_utf8()
        } else {
            0
        };
        if x > 0
            && !rest[x..].starts_with(|c: char| c.is_alphanumeric() || matches!(c, '-' | '_' | '/'))
            && !next_word(text, end + x).starts_with(|c: char| c.is_uppercase())
        {
            unit = "times".into();
            ctype = "ratio";
            end += x;
        }
    }
    // Glued after: "737s", "4G"; "5th" is an ordinal when it numbers a
    // thing ("his 12th goal"; a date's "12th" is the date extractor's).
    if text[end..]
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric())
    {
        let suffix = text.get(t.end..t.end + 2).unwrap_or("");
        let ord_end = t.end + 2;
        return (end == t.end
            && t.integer_digits
            && !t.words
            && matches!(suffix, "st" | "nd" | "rd" | "th")
            && numbering_ordinal(text, t.start, ord_end, &text[t.start..ord_end]))
        .then(|| ordinal(ctx, t.start, ord_end, t.value));
    }
    // List numbering: "1." or "2)" at the start of a paragraph.
    if ctype == "count" && is_list_number(ctx, start, end) {
        return None;
    }
    // A year naming the thing after it: "2024 revenue", "the 2026 budget",
    // "its 2025 results". A count of a singular noun is no count.
    if ctype == "count" && unit.is_empty() && year_modifier(text, t, end) {
        return None;
    }

    // Hedge.
    let mut qualifier = Qualifier::Exact;
    if let Some((at, q)) = hedge_at(ctx, start)
        && !(q == "some" && !t.words && value < 10.0)
    {
        qualifier = qualifier_of(&q);
        start = at;
    }
    if let Some(c) = QUALIFIER_AFTER.captures(tail(end)) {
        let q = c.get(1).map(|m| m.as_str().to_ascii_lowercase());
        qualifier = match q.as_deref() {
            Some("more") => Qualifier::AtLeast,
            Some("fewer" | "less") => Qualifier::AtMost,
            Some("so") => Qualifier::Approx,
            _ => Qualifier::Over,
        };
        end += c.get(0).expect("0").end();
    }

    let rule = match ctype {
        "money" => "figure.money",
        "percent" => "figure.percent",
        "quantity" => "figure.quantity",
        "ratio" => "figure.ratio",
        _ => "figure.count",
    };
    let mut c = Claim::new(Kind::Figure, ctype, start, end, rule);
    c.value = fmt_num(value);
    c.unit = unit;
    c.qualifier = qualifier;
    c.precision = if ctype == "ratio" && t.words {
        fmt_num(precision.min(0.5) / 10.0)
    } else {
        fmt_num(precision)
    };
    c.subject = subject(ctx, start, end);
    Some(c)
}

/// Where "per cent of" starts before the number at `start..end`, for the
/// reversed form "per cent of 210": only when no number precedes the per
/// cent word and nothing but punctuation follows the number ("30 percent
/// of 200 people" is 30%, "per cent of 10 people" is no claim).
fn percent_of_before(text: &str, start: usize, end: usize) -> Option<usize> {
    let after = text[end..].trim_start();
    if !(after.is_empty() || after.starts_with(['.', ',', ';', ':', '!', '?', ')'])) {
        return None;
    }
    let from = super::text::floor_char(text, start.saturating_sub(24));
    let m = PERCENT_OF_BEFORE.find(&text[from..start])?;
    let ps = from + m.start();
    let pw = prev_word(text, ps).to_ascii_lowercase();
    if pw.starts_with(|c: char| c.is_ascii_digit()) || parse_words(&pw).is_some() {
        return None;
    }
    Some(ps)
}

/// Whether the run of letters and digits ending `head` (before a hyphen)
/// holds a letter: "scp2-173", "COVID-19" are codes; "18-24" is a range.
fn code_before_hyphen(head: &str) -> bool {
    head.chars()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .take(32)
        .any(|c| c.is_alphabetic())
}

/// A whole number between commas right after a name or a word for a
/// person, as news gives ages: "Smith, 45, was charged", "the driver, 32,
/// was arrested", "Ms Jones, 28, of Leeds".
fn age_in_apposition(text: &str, t: &Tok, start: usize, end: usize) -> bool {
    const PERSON: [&str; 36] = [
        "man",
        "woman",
        "boy",
        "girl",
        "driver",
        "victim",
        "suspect",
        "mother",
        "father",
        "son",
        "daughter",
        "wife",
        "husband",
        "teenager",
        "resident",
        "student",
        "worker",
        "officer",
        "pensioner",
        "pilot",
        "passenger",
        "patient",
        "grandmother",
        "grandfather",
        "defendant",
        "accused",
        "soldier",
        "nurse",
        "teacher",
        "farmer",
        "player",
        "gunman",
        "attacker",
        "motorist",
        "cyclist",
        "pedestrian",
    ];
    if t.words || !t.integer_digits || t.value < 1.0 || t.value > 120.0 || t.value.fract() != 0.0 {
        return false;
    }
    // "The couple, both 34,", "Smith and Jones, both 19,"
    let both = text[..start]
        .strip_suffix(' ')
        .and_then(|h| {
            h.get(..h.len().checked_sub(4)?)
                .zip(h.get(h.len().saturating_sub(4)..))
        })
        .filter(|(_, w)| w.eq_ignore_ascii_case("both"))
        .map(|(h, _)| h);
    let Some(head) = both.unwrap_or(&text[..start]).strip_suffix(", ") else {
        return false;
    };
    if !text[end..].starts_with([',', ')']) {
        return false;
    }
    let w = prev_word(text, head.len());
    // The word must end right at the comma: "Smith, 45," not "(Smith), 45,".
    if w.is_empty() || !head.ends_with(w) {
        return false;
    }
    // A place or a time is no person: "In Berlin, 45, ...", "March, 12,".
    let before_w = prev_word(text, head.len() - w.len()).to_ascii_lowercase();
    if matches!(
        before_w.as_str(),
        "in" | "at" | "from" | "to" | "of" | "on" | "near" | "since" | "until" | "by"
    ) || crate::normalize::date::month_number(w).is_some()
    {
        return false;
    }
    let name = w.chars().next().is_some_and(char::is_uppercase)
        && w.len() > 1
        && !w.chars().all(|c| c.is_uppercase());
    let lw = w.to_ascii_lowercase();
    if both.is_some() {
        // people in the plural: "the couple", "the brothers", "the victims"
        let one = lw.strip_suffix('s').unwrap_or(&lw);
        return name
            || matches!(
                lw.as_str(),
                "couple" | "pair" | "twins" | "men" | "women" | "children" | "people" | "parents"
            )
            || lw.ends_with('s') && (PERSON.contains(&one) || person_noun(one));
    }
    name || PERSON.contains(&lw.as_str()) || person_noun(&lw)
}

/// A noun for a person beyond the fixed list: one of a few more, a
/// "mother-of-two", or a word naming a doer ("striker", "actor",
/// "journalist", "politician") that is not a common thing in -er or -or.
fn person_noun(lw: &str) -> bool {
    if matches!(
        lw,
        "star" | "mum" | "dad" | "child" | "actress" | "chef" | "waitress" | "heiress"
    ) {
        return true;
    }
    if let Some((head, _)) = lw.split_once("-of-") {
        return matches!(
            head,
            "mother" | "father" | "mum" | "dad" | "grandmother" | "grandfather"
        );
    }
    let doer = ["er", "or", "ist", "ian"].iter().any(|s| lw.ends_with(s)) && lw.len() > 4;
    doer && !matches!(
        lw,
        "number"
            | "order"
            | "answer"
            | "letter"
            | "chapter"
            | "quarter"
            | "winter"
            | "summer"
            | "september"
            | "october"
            | "november"
            | "december"
            | "water"
            | "paper"
            | "border"
            | "other"
            | "either"
            | "neither"
            | "another"
            | "whether"
            | "later"
            | "after"
            | "power"
            | "tower"
            | "river"
            | "corner"
            | "matter"
            | "meter"
            | "register"
            | "sector"
            | "factor"
            | "error"
            | "mirror"
            | "color"
            | "colour"
            | "motor"
            | "indicator"
            | "monitor"
            | "reactor"
            | "corridor"
            | "counter"
            | "cluster"
            | "poster"
            | "parameter"
            | "character"
            | "semester"
            | "trimester"
            | "barometer"
            | "thermometer"
            | "odometer"
            | "calendar"
            | "cylinder"
            | "trailer"
            | "container"
            | "computer"
            | "server"
            | "browser"
            | "printer"
            | "scooter"
            | "helicopter"
            | "theater"
            | "theatre"
    )
}

/// Where "magnitude" starts when it is written right before the number at
/// `start`, after a space or a hyphen.
fn magnitude_before(text: &str, start: usize) -> Option<usize> {
    let head = text[..start]
        .strip_suffix([' ', '-'])
        .or_else(|| text[..start].strip_suffix('\u{a0}'))?;
    let w = head.len().checked_sub("magnitude".len())?;
    (head.is_char_boundary(w)
        && head[w..].eq_ignore_ascii_case("magnitude")
        && !head[..w].ends_with(|c: char| c.is_alphanumeric())
        // "an order of magnitude": a figure of speech.
        && !head[..w].trim_end().to_ascii_lowercase().ends_with(" of"))
    .then_some(w)
}

/// The length of "-point" (or "-points") right after a number when the
/// noun it modifies is a gap or a move: "10-point lead", "a 25-point drop".
/// ("a 10-point plan" lists points; it is left alone.)
fn point_modifier(text: &str, end: usize) -> Option<usize> {
    let rest = text[end..].strip_prefix('-')?;
    let b = rest.as_bytes();
    let n = if b.len() >= 6 && b[..6].eq_ignore_ascii_case(b"points") {
        7
    } else if b.len() >= 5 && b[..5].eq_ignore_ascii_case(b"point") {
        6
    } else {
        return None;
    };
    if text[end + n..].starts_with(|c: char| c.is_alphanumeric() || c == '-') {
        return None;
    }
    let noun = next_word(text, end + n).to_ascii_lowercase();
    matches!(
        noun.as_str(),
        "lead"
            | "gap"
            | "margin"
            | "swing"
            | "deficit"
            | "advantage"
            | "drop"
            | "fall"
            | "rise"
            | "jump"
            | "gain"
            | "decline"
            | "slide"
            | "increase"
            | "win"
            | "victory"
            | "defeat"
    )
    .then_some(n)
}

/// Whether the bare four-digit number `t` is a year used as a modifier
/// of the noun after it: a year between 1900 and 2099 written without a
/// separator, followed by a singular noun ("2024 revenue", "2026
/// election") or a plural that years name ("2025 results", "2024 games").
fn year_modifier(text: &str, t: &Tok, end: usize) -> bool {
    if t.words
        || !t.integer_digits
        || end - t.start != 4
        || !(1900.0..2100.0).contains(&t.value)
        || !text[end..].starts_with(' ')
    {
        return false;
    }
    let next = next_word(text, end);
    if !next.starts_with(|c: char| c.is_ascii_lowercase()) || next.contains('-') {
        return false;
    }
    let lw = next.to_ascii_lowercase();
    let plural_of_years = matches!(
        lw.as_str(),
        "results"
            | "elections"
            | "figures"
            | "accounts"
            | "earnings"
            | "sales"
            | "profits"
            | "games"
            | "olympics"
            | "finals"
            | "levels"
            | "prices"
            | "numbers"
            | "rules"
            | "talks"
            | "protests"
            | "riots"
            | "attacks"
            | "floods"
            | "midterms"
            | "polls"
            | "accords"
            | "championships"
    );
    let singular = !lw.ends_with('s') || lw.ends_with("ss") || lw.ends_with("us");
    // Quantities of singular nouns that are counted: "1998 people" is
    // plural already; these are units and measures of their own.
    let measure = matches!(
        lw.as_str(),
        "of" | "and"
            | "or"
            | "to"
            | "in"
            | "on"
            | "at"
            | "for"
            | "from"
            | "by"
            | "with"
            | "per"
            | "a"
            | "an"
            | "the"
            | "was"
            | "is"
            | "were"
            | "are"
            | "has"
            | "had"
            | "have"
            | "will"
            | "would"
            | "more"
            | "less"
            | "fewer"
            | "than"
            | "as"
            | "million"
            | "billion"
            | "thousand"
            | "hundred"
            // plurals without an s
            | "people"
            | "children"
            | "men"
            | "women"
            | "staff"
            | "police"
            | "personnel"
            | "cattle"
            | "sheep"
            | "fish"
            | "deer"
            | "crew"
            | "feet"
            | "teeth"
            | "livestock"
            | "poultry"
            | "youth"
    );
    (singular && !measure) || plural_of_years
}

/// The length of "on the Richter scale" (or "on the Richter") right after
/// a number, spaces included.
fn richter_after(hay: &str) -> Option<usize> {
    let rest = hay.strip_prefix(' ')?;
    let mut words = rest.split(' ');
    let (on, the, richter) = (words.next()?, words.next()?, words.next()?);
    if !(on.eq_ignore_ascii_case("on")
        && the.eq_ignore_ascii_case("the")
        && richter
            .trim_end_matches(|c: char| !c.is_ascii_alphabetic())
            .eq_ignore_ascii_case("richter"))
    {
        return None;
    }
    let mut n = 1 + on.len() + 1 + the.len() + 1 + "richter".len();
    if let Some(scale) = words.next()
        && scale
            .trim_end_matches(|c: char| !c.is_ascii_alphabetic())
            .eq_ignore_ascii_case("scale")
    {
        n += 1 + "scale".len();
    }
    Some(n)
}

/// After "turned 40": nothing that the number counts ("turned 40 pages"),
/// only the end of the clause or a word of time or place.
fn birthday_after(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start();
    if rest.is_empty() || rest.starts_with(['.', ',', ';', ':', '!', '?', ')']) {
        return true;
    }
    matches!(
        next_word(text, end).to_ascii_lowercase().as_str(),
        "last"
            | "this"
            | "on"
            | "in"
            | "at"
            | "yesterday"
            | "today"
            | "when"
            | "while"
            | "and"
            | "but"
            | "before"
            | "after"
            | "during"
            | "years"
    )
}

/// Whether a sentence talks about temperature: a weather word or a degree
/// sign, for a bare "41C" or "104F".
fn sentence_about_temperature(sentence: &str) -> bool {
    if sentence.contains('°') {
        return true;
    }
    sentence
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3)
        .any(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "temperature"
                    | "temperatures"
                    | "heat"
                    | "heatwave"
                    | "heatwaves"
                    | "hot"
                    | "hotter"
                    | "hottest"
                    | "cold"
                    | "colder"
                    | "coldest"
                    | "warm"
                    | "warmer"
                    | "warmest"
                    | "cool"
                    | "cooler"
                    | "degrees"
                    | "weather"
                    | "thermometer"
                    | "thermometers"
                    | "celsius"
                    | "fahrenheit"
                    | "freezing"
                    | "frost"
                    | "chill"
                    | "highs"
                    | "lows"
                    | "scorching"
                    | "sweltering"
                    | "fever"
                    | "forecast"
                    | "forecasters"
                    | "lava"
                    | "magma"
                    | "molten"
                    | "boiling"
                    | "melting"
                    | "furnace"
                    | "oven"
            )
        })
}

/// "pounds" is a weight when the sentence talks of weight ("weighs 25
/// pounds", "lost 25 pounds", "a baby of two pounds") and not of money.
fn pounds_are_weight(sentence: &str) -> bool {
    if sentence.contains(['£', '$', '€']) {
        return false;
    }
    let mut weight = false;
    for w in sentence.split(|c: char| !c.is_ascii_alphabetic()) {
        if w.is_empty() {
            continue;
        }
        let w = w.to_ascii_lowercase();
        match w.as_str() {
            "cost" | "costs" | "price" | "prices" | "priced" | "paid" | "pay" | "pays"
            | "worth" | "spent" | "spend" | "fund" | "funds" | "salary" | "budget" | "earn"
            | "earns" | "earned" | "sell" | "sold" | "buy" | "bought" | "money" | "cash"
            | "tax" | "fine" | "fined" | "sterling" | "million" | "billion" | "profit" | "loss"
            | "bank" | "charge" | "charged" | "fee" | "fees" | "wage" | "wages" | "bet"
            | "bets" | "casino" | "prize" | "debt" | "debts" | "loan" | "rent" | "raised"
            | "donated" | "invested" | "stole" | "stolen" | "compensation" | "damages"
            | "pension" | "income" | "won" | "owed" | "bonus" => {
                return false;
            }
            "weigh" | "weighs" | "weighed" | "weighing" | "weight" | "weights" | "heavy"
            | "heavier" | "lighter" | "lose" | "loses" | "lost" | "losing" | "drop" | "dropped"
            | "gain" | "gained" | "shed" | "baby" | "babies" | "born" | "ton" | "tons"
            | "tonne" | "tonnes" | "kilos" | "kilograms" | "ounces" | "obese" | "overweight"
            | "fish" | "lbs" => weight = true,
            _ => {}
        }
    }
    weight
}

/// Bare degrees read as an angle: a rotation verb just before ("rotate 90
/// degrees", "turn left 45 degrees") or an angle word after ("a 45 degrees
/// angle", "40 degrees north"), and no temperature word after.
fn degrees_are_angle(ctx: &Ctx, start: usize, end: usize) -> bool {
    let text = ctx.text();
    let next = next_word(text, end).to_ascii_lowercase();
    match next.as_str() {
        "angle" | "angles" | "turn" | "turns" | "arc" | "rotation" | "bend" | "incline"
        | "slope" | "tilt" | "north" | "south" | "east" | "west" | "latitude" | "longitude"
        | "clockwise" | "counterclockwise" | "anticlockwise" => return true,
        _ => {}
    }
    let sent_start = ctx.sentence_of(start).1;
    let mut pos = start;
    for _ in 0..2 {
        if pos <= sent_start || text[..pos].trim_end().ends_with([',', ';', ':']) {
            break;
        }
        let w = prev_word(text, pos).to_ascii_lowercase();
        if w.is_empty() {
            break;
        }
        if matches!(
            w.as_str(),
            "rotate"
                | "rotated"
                | "rotates"
                | "rotating"
                | "turn"
                | "turned"
                | "turns"
                | "turning"
                | "tilt"
                | "tilted"
                | "tilts"
                | "tilting"
                | "bank"
                | "banked"
                | "banking"
                | "pivot"
                | "pivoted"
                | "swivel"
                | "swivelled"
                | "swiveled"
                | "veer"
                | "veered"
                | "lean"
                | "leaned"
                | "leaning"
                | "leans"
                | "angled"
                | "inclined"
                | "spin"
                | "spun"
                | "spins"
        ) {
            return true;
        }
        pos = super::text::prev_word_start(text, pos);
    }
    false
}

/// The hedge written right before a figure that starts at `start` ("nearly",
/// "more than", "at least"), in the same sentence, as the built-in figure
/// rules read it; for user rules (`--rules`) that do not fix their own.
pub(crate) fn hedge_before(ctx: &Ctx, start: usize) -> Option<Qualifier> {
    hedge_at(ctx, start).map(|(_, q)| qualifier_of(&q))
}

/// The hedge written right before `start` ("nearly", "more than"), in the
/// same sentence (never across a break): where it starts, and its words
/// lowercased and single-spaced.
fn hedge_at(ctx: &Ctx, start: usize) -> Option<(usize, String)> {
    let text = ctx.text();
    let window_start = super::text::floor_char(text, start.saturating_sub(40))
        .max(ctx.sentence_of(start).1.min(start));
    let m = QUALIFIER_BEFORE.find(&text[window_start..start])?;
    let q = m.as_str().trim().to_ascii_lowercase();
    let q = q.split_whitespace().collect::<Vec<_>>().join(" ");
    // "edged up to 4.4%", "was revised up to 2.5%": "up" belongs to a verb
    // of movement that has happened, and "to" gives the level reached, no
    // limit ("could go up to", "winds of up to" stay limits).
    if q == "up to" && up_is_particle(prev_word(text, window_start + m.start())) {
        return None;
    }
    Some((window_start + m.start(), q))
}

/// Whether "up" after `verb` is the particle of a movement that happened
/// ("edged up", "went up", "was revised up"): past forms, and the small
/// moves that are reported as they happen ("ticking up", "creeping up").
fn up_is_particle(verb: &str) -> bool {
    matches!(
        verb.to_ascii_lowercase().as_str(),
        "edged"
            | "edging"
            | "edges"
            | "ticked"
            | "ticking"
            | "ticks"
            | "crept"
            | "creeping"
            | "creeps"
            | "inched"
            | "inching"
            | "moved"
            | "went"
            | "gone"
            | "shot"
            | "jumped"
            | "climbed"
            | "rose"
            | "risen"
            | "revised"
            | "pushed"
            | "bumped"
            | "nudged"
            | "ramped"
            | "stepped"
            | "picked"
            | "rounded"
            | "drifted"
            | "bounced"
            | "marked"
            | "spiked"
            | "crawled"
    )
}

fn qualifier_of(q: &str) -> Qualifier {
    match q {
        // "barely 200", "scarcely 300": close to the number, said to
        // stress how few; it bounds neither side ("she is barely 18" is
        // just over 18, "barely 200 came" at most about 200).
        "barely" | "scarcely" | "hardly" | "only just" => Qualifier::Approx,
        "about" | "around" | "roughly" | "approximately" | "some" | "an estimated"
        | "estimated" | "circa" | "approx" | "approx." | "c." | "~" | "in the region of"
        | "of the order of" | "on the order of" | "in the order of" => Qualifier::Approx,
        "nearly" | "almost" | "just under" | "just below" | "less than" | "fewer than"
        | "lower than" | "under" | "below" | "close to" | "short of" | "well under"
        | "well below" | "just shy of" | "shy of" | "south of" | "getting on for"
        | "the best part of" => Qualifier::Under,
        "at least" | "no fewer than" | "no less than" | "not less than" | "a minimum of"
        | "minimum of" => Qualifier::AtLeast,
        "up to" | "at most" | "no more than" | "not more than" | "a maximum of" | "maximum of"
        | "as many as" | "as much as" => Qualifier::AtMost,
        _ => Qualifier::Over,
    }
}

/// A currency written before the number: a symbol ("$", "US$", "£",
/// "Mex$"), a code with or without "$" ("USD 5", "usd$ 15", "USD115"), or
/// a millions code ("MAUD 60" = AUD 60 million, returned as scale 1e6).
/// Returns the code, where the currency starts, and a scale.
fn currency_before(ctx: &Ctx, start: usize) -> Option<(&'static str, usize, f64)> {
    let text = ctx.text();
    if let Some((code, at)) = letter_sign(text, start) {
        return Some((code, at, 1.0));
    }
    let head = &text[..start];
    // At most one space between currency and number.
    let trimmed = match head
        .strip_suffix(' ')
        .or_else(|| head.strip_suffix('\u{a0}'))
    {
        Some(t) => t,
        None => head,
    };
    let letter_before = |rest: &str| {
        rest.chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric())
    };
    for (sym, code) in CURRENCY_SYMBOLS {
        let Some(rest) = trimmed.strip_suffix(sym) else {
            continue;
        };
        if *sym == "Rs" && trimmed.len() == head.len() {
            continue; // "Rs500" is not a price written this way
        }
        if *sym == "$" && letter_before(rest) {
            // "usd$ 15", "mxn$", "NZD$": a code glued to the dollar sign.
            let w_start = word_start(rest);
            let word = &rest[w_start..];
            if let Some(c) = code_of(word) {
                return Some((c, w_start, 1.0));
            }
            continue;
        }
        if letter_before(rest) {
            continue; // "US$" is not "$" after "US"; "Mrs" is not "Rs"
        }
        let code = if *sym == "$" {
            ctx.dollar_currency()
        } else {
            code
        };
        return Some((code_of(code).unwrap_or("USD"), rest.len(), 1.0));
    }
    // Codes: "USD 5", "USD115", "MAUD 60".
    let w_start = word_start(trimmed);
    let word = &trimmed[w_start..];
    if word.len() >= 3 && !letter_before(&trimmed[..w_start]) {
        if let Some(c) = code_of(word) {
            return Some((c, w_start, 1.0));
        }
        if let Some(c) = word
            .strip_prefix('M')
            .and_then(|w| CURRENCY_CODES.iter().find(|k| **k == w))
        {
            return Some((c, w_start, 1e6));
        }
    }
    None
}

/// A currency sign in letters right before the amount at `start` ("R" of
/// "R2.3bn", "Tk" of "Tk 20 crore", "Rs." of "Rs. 500"): its code and where
/// it starts. The sign is a word of its own (nothing alphanumeric before
/// it); a lone "R" must be glued to the digits.
fn letter_sign(text: &str, start: usize) -> Option<(&'static str, usize)> {
    let head = &text[..start];
    let (trimmed, spaced) = match head
        .strip_suffix(' ')
        .or_else(|| head.strip_suffix('\u{a0}'))
    {
        Some(t) => (t, true),
        None => (head, false),
    };
    let dotted = trimmed.strip_suffix('.');
    let trimmed = dotted.unwrap_or(trimmed);
    let w_start = word_start(trimmed);
    let word = &trimmed[w_start..];
    if word.is_empty()
        || trimmed[..w_start]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | '&' | '/' | '.'))
    {
        return None;
    }
    let (_, code) = crate::normalize::unit::LETTER_CURRENCY_SIGNS
        .iter()
        .find(|(w, _)| *w == word)?;
    // "R 5" and "R. 5" are no prices; "Rs." is the usual abbreviation.
    if word == "R" && (spaced || dotted.is_some()) || dotted.is_some() && word != "Rs" {
        return None;
    }
    Some((code, w_start))
}

/// Where the trailing run of ASCII letters of `s` starts.
fn word_start(s: &str) -> usize {
    s.char_indices()
        .rev()
        .find(|(_, c)| !c.is_ascii_alphabetic())
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0)
}

/// An ISO 4217 code as written: upper case, or lower case for codes that
/// are not English words.
fn code_of(word: &str) -> Option<&'static str> {
    if let Some(c) = CURRENCY_CODES.iter().find(|c| **c == word) {
        return Some(if *c == "RMB" { "CNY" } else { c });
    }
    let lower = word.to_ascii_lowercase();
    if word == lower && crate::normalize::unit::LOWERCASE_CODES.contains(&lower.as_str()) {
        let upper = lower.to_ascii_uppercase();
        return CURRENCY_CODES
            .iter()
            .find(|c| **c == upper)
            .map(|c| if *c == "RMB" { "CNY" } else { *c });
    }
    None
}

/// "won the 200m", "the women’s 10,000m": a race over a distance run on
/// the track or in the pool, named after "the" or whose race it is.
fn race_distance(text: &str, t: &Tok) -> bool {
    let v = t.value;
    let standard = [
        50.0, 60.0, 100.0, 110.0, 200.0, 400.0, 800.0, 1500.0, 3000.0, 5000.0, 10000.0,
    ];
    if t.words || !standard.contains(&v) {
        return false;
    }
    let prev = prev_word(text, t.start).to_ascii_lowercase();
    prev == "the" || prev.ends_with("’s") || prev.ends_with("'s") || prev.ends_with("s’")
}

/// After an attached "m": million unless a length reading fits better.
fn m_is_million(text: &str, after: usize) -> bool {
    let next = next_word(text, after).to_ascii_lowercase();
    if !next.starts_with(char::is_alphabetic) {
        return false;
    }
    // where the next word ends
    let at = {
        let rest = &text[after..];
        after + (rest.len() - rest.trim_start().len()) + next.len()
    };
    // "2.3m to 2.6m households": a range's first end is what its second is
    if matches!(next.as_str(), "to" | "and" | "or") {
        let b = text.as_bytes();
        let mut i = at;
        while i < b.len() && b[i] == b' ' {
            i += 1;
        }
        let digits = i;
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.' || b[i] == b',') {
            i += 1;
        }
        if i > digits
            && b[digits].is_ascii_digit()
            && b.get(i) == Some(&b'm')
            && !b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric)
        {
            return m_is_million(text, i + 1);
        }
    }
    // "stood at 7.6m in December", "1.2m by 2030": a time follows, so the
    // figure is a count at that time, not a length "in" something.
    if matches!(
        next.as_str(),
        "in" | "by" | "since" | "until" | "last" | "this"
    ) {
        let w = next_word(text, at);
        let lw = w.to_ascii_lowercase();
        if w.starts_with(|c: char| c.is_ascii_uppercase())
            && crate::normalize::date::month_number(&lw).is_some()
            || matches!(next.as_str(), "last" | "this")
                && matches!(lw.as_str(), "year" | "month" | "week" | "quarter")
            || w.len() == 4 && w.starts_with(['1', '2']) && w.bytes().all(|b| b.is_ascii_digit())
        {
            return true;
        }
    }
    !matches!(
        next.as_str(),
        "tall"
            | "high"
            | "long"
            | "wide"
            | "deep"
            | "above"
            | "below"
            | "away"
            | "down"
            | "up"
            | "into"
            | "under"
            | "in"
            | "of"
            | "from"
            | "to"
            | "and"
            | "or"
            | "thick"
            | "across"
            | "off"
            | "long-range"
            | "sprint"
            | "sprints"
            | "race"
            | "races"
            | "relay"
            | "dash"
            | "hurdles"
            | "freestyle"
            | "butterfly"
            | "backstroke"
            | "breaststroke"
            | "medley"
            | "steeplechase"
            | "final"
            | "finals"
            | "semi-final"
            | "semi-finals"
            | "heat"
            | "heats"
            | "x"
            | "by"
    )
}

/// Whether "won" right after the number `t` (the word ends at `after`) is
/// the verb rather than the Korean currency. The verb takes an object or a
/// complement: a determiner, a pronoun, a name or "by" ("42 won their
/// races", "28 won by Labour", "3 million won the lottery"), unless a rate
/// follows ("9,860 won an hour"). An amount in won is large, so a small
/// bare number ("Only 12 won") is read as people winning unless a rate or
/// a bracketed conversion follows. After an amount that already has its
/// currency sign ("$1.2 trillion won ...") the currency word must end the
/// phrase (punctuation, a rate or a bracket) or the amount must follow an
/// indefinite article ("a $1.2 trillion won charge"); otherwise it is the
/// verb ("The $2bn bid won ...", "The $1.2 trillion won approval").
/// `signed` is where the signed amount starts.
fn won_is_verb(ctx: &Ctx, t: &Tok, scaled: bool, signed: Option<usize>, after: usize) -> bool {
    let text = ctx.text();
    let rest = &text[after..];
    if RATE_AFTER.captures(rest).is_some() {
        return false;
    }
    let closes = rest
        .trim_start()
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric());
    if let Some(at) = signed {
        let article = matches!(
            prev_word(text, at).to_ascii_lowercase().as_str(),
            "a" | "an"
        );
        return !closes && !article;
    }
    let next = next_word(text, after);
    if next.starts_with(|c: char| c.is_uppercase()) {
        return true;
    }
    let next = next.to_ascii_lowercase();
    if matches!(
        next.as_str(),
        "the"
            | "a"
            | "an"
            | "their"
            | "his"
            | "her"
            | "its"
            | "our"
            | "my"
            | "your"
            | "them"
            | "it"
            | "this"
            | "that"
            | "these"
            | "those"
            | "by"
            | "over"
            | "against"
            | "back"
            | "out"
            | "through"
            | "again"
            | "twice"
            | "every"
            | "all"
            | "both"
            | "each"
            | "some"
            | "more"
            | "most"
            | "outright"
    ) {
        return true;
    }
    !scaled && !rest.trim_start().starts_with('(') && t.value < 1000.0
}

fn unit_lookup(norm_lower: &str, _raw: &str) -> Option<crate::normalize::unit::Unit> {
    crate::normalize::unit::unit(norm_lower)
}

/// Short ambiguous unit symbols need a digit token right before them.
fn unit_plausible(text: &str, end: usize, rel: usize, word: &str, t: &Tok) -> bool {
    let lw = word.to_ascii_lowercase();
    if lw == "t" {
        return word == "t" && rel == 0; // "100t", not "100 t"
    }
    if lw == "m" {
        return word == "m" && (race_distance(text, t) || !m_is_million(text, end + rel + 1));
    }
    let short = matches!(
        lw.as_str(),
        "dm" | "g"
            | "mi"
            | "ft"
            | "ha"
            | "ml"
            | "mb"
            | "gb"
            | "tb"
            | "mg"
            | "oz"
            | "°"
            | "degree"
            | "degrees"
            | "stone"
            | "mw"
            | "kw"
            | "gw"
    );
    if short && t.words && !matches!(lw.as_str(), "degrees" | "degree") {
        return false;
    }
    if lw == "degrees" || lw == "degree" {
        // "a 180-degree turn" is not a temperature.
        return !text[end..end + rel].contains('-');
    }
    if lw == "g" {
        // "5G" networks, not grams
        return word == "g";
    }
    if lw == "yo" {
        // "87 yo" is an age; "two yo-yos" are toys
        return !t.words && !text[end + rel + word.len()..].starts_with('-');
    }
    true
}

/// "N points" is percentage points when the sentence talks in per cent.
fn points_are_percentage(ctx: &Ctx, at: usize) -> bool {
    let (s, _) = ctx.sentence_of(at);
    let l = s.to_ascii_lowercase();
    !index_points(ctx, at)
        && (l.contains('%')
            || l.contains("per cent")
            || l.contains("percent")
            || l.contains(" rate"))
}

/// What "N points" outside a per-cent sentence measures: `Some(true)`
/// percentage points, when the sentence gives a lead or gap and its
/// paragraph is about per cent, a poll or a vote ("a lead of 20 points");
/// `Some(false)` points scored ("scored 31 points"); `None` for things
/// counted ("200 points along the line").
fn points_kind(ctx: &Ctx, at: usize) -> Option<bool> {
    let s = ctx.sentence_of(at).0.to_ascii_lowercase();
    let has = |words: &[&str]| {
        s.split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| words.contains(&w))
    };
    // A win or a loss by points, or a lead at the top of a table ("won by
    // 12 points", "10 points clear"), is a vote margin in a poll or an
    // election and points scored otherwise.
    let result = has(&[
        "won", "win", "wins", "winning", "beat", "beats", "beaten", "lost", "lose", "loses",
        "losing", "victory", "defeat", "defeated", "clear",
    ]);
    if result
        || has(&[
            "lead", "leads", "led", "ahead", "behind", "trail", "trails", "trailing", "gap",
            "margin",
        ])
    {
        let text = ctx.text();
        let para = match ctx.doc.paragraph_index(at) {
            Some(p) => text[ctx.doc.paragraphs[p].clone()].to_ascii_lowercase(),
            None => s.clone(),
        };
        let about_votes = para.contains('%')
            || para.contains("per cent")
            || para.contains("percent")
            || para.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
                matches!(
                    w,
                    "poll"
                        | "polls"
                        | "polling"
                        | "pollsters"
                        | "pollster"
                        | "vote"
                        | "votes"
                        | "voters"
                        | "election"
                        | "approval"
                        | "ballot"
                )
            });
        if about_votes {
            return Some(true);
        }
    }
    (result || has(&["scored", "scoring", "score", "scores", "tally"])).then_some(false)
}

/// A stock index moves in index points: "the Dow fell 1.2%, or 475 points".
fn index_points(ctx: &Ctx, at: usize) -> bool {
    let (s, _) = ctx.sentence_of(at);
    let l = s.to_ascii_lowercase();
    [
        "index",
        "dow",
        "nasdaq",
        "ftse",
        "s&p",
        "nikkei",
        "dax",
        "cac 40",
        "hang seng",
        "sensex",
        "stoxx",
        "kospi",
        "asx",
    ]
    .iter()
    .any(|w| l.contains(w))
}

/// "one" as a pronoun: "one of", "no one", "the one who".
fn pronoun_one_ok(text: &str, t: &Tok, lower: &str) -> bool {
    if lower != "one" {
        return true;
    }
    let prev = prev_word(text, t.start).to_ascii_lowercase();
    if matches!(prev.as_str(), "minus" | "negative" | "plus") {
        return true;
    }
    if matches!(
        prev.as_str(),
        "no" | "any"
            | "every"
            | "each"
            | "the"
            | "this"
            | "that"
            | "which"
            | "such"
            | "someone"
            | "anyone"
            | "everyone"
            | "last"
            | "only"
            | "little"
            | "big"
            | "new"
            | "old"
            | "right"
            | "wrong"
            | "first"
    ) {
        // "that one mile", "the one kilometre stretch": a unit makes it a number.
        let next = next_word(text, t.end);
        return next.len() >= 2
            && (crate::normalize::unit::unit(next).is_some()
                || crate::normalize::unit::currency_word(next).is_some());
    }
    let after = &text[t.end..];
    if after
        .trim_start()
        .starts_with(['.', ',', ';', ':', '?', '!', ')'])
        || after.trim().is_empty()
    {
        return false;
    }
    let next = next_word(text, t.end).to_ascii_lowercase();
    !matches!(
        next.as_str(),
        "of" | "another"
            | "who"
            | "that"
            | "which"
            | "day"
            | "time"
            | "way"
            | "thing"
            | "must"
            | "can"
            | "could"
            | "would"
            | "should"
            | "might"
            | "may"
            | "will"
            | "is"
            | "was"
            | "has"
            | "had"
            | "does"
            | "did"
            | "another's"
            | "another’s"
            | "side"
            | "hand"
    ) && !next.ends_with("'s")
        && !next.ends_with("’s")
}

/// Numbers that name things: a capitalized word (not a sentence opener or a
/// hedge) right before a bare integer.
fn named_number(text: &str, start: usize, ctx: &Ctx) -> bool {
    let prev = prev_word(text, start);
    // A model after its number: "737 MAX", "15 Pro", "S24 Ultra".
    let end = start
        + text[start..]
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(text.len() - start);
    if matches!(
        next_word(text, end),
        "MAX" | "Max" | "Pro" | "Plus" | "Ultra" | "Mini" | "XL" | "XS" | "GT" | "GTI" | "Neo"
    ) {
        return true;
    }
    let Some(first) = prev.chars().next() else {
        return false;
    };
    // Brand names in mixed case: "iPhone 15", "eBay 2".
    if first.is_lowercase() && prev.chars().skip(1).any(char::is_uppercase) {
        return true;
    }
    if !first.is_uppercase() {
        return matches!(
            prev.to_ascii_lowercase().as_str(),
            "no" | "nos"
                | "number"
                | "resolution"
                | "article"
                | "flight"
                | "route"
                | "room"
                | "chapter"
                | "section"
                | "page"
                | "line"
                | "platform"
                | "gate"
                | "version"
                | "model"
                | "level"
                | "grade"
                | "phase"
                | "stage"
                | "vol"
                | "exit"
                | "highway"
                | "interstate"
                | "bus"
                | "ward"
                | "district"
                | "precinct"
                | "cell"
                | "block"
                | "unit"
                | "floor"
                | "channel"
                | "episode"
                | "season"
                | "squad"
                | "pier"
                | "terminal"
                | "track"
                | "window"
                | "jersey"
                | "row"
                | "seat"
                | "apartment"
                | "suite"
                | "type"
                | "category"
                | "class"
                | "group"
                | "zone"
                | "tier"
        ) || prev == "No";
    }
    // "fly to Orlanda 14 times a week": a count of occasions after a
    // place, not a place's number.
    if matches!(next_word(text, end), "times" | "per" | "percent") {
        return false;
    }
    // Sentence-initial capitals and common capitalized words are not names.
    let pw_start = super::text::prev_word_start(text, start);
    let (sent, sent_start) = ctx.sentence_of(pw_start);
    let at_sentence_start = sent_start + (sent.len() - sent.trim_start().len()) >= pw_start
        || text[sent_start..pw_start]
            .trim_matches(|c: char| !c.is_alphanumeric())
            .is_empty();
    // "Arveland’s 50 million people": what a name owns, not a name.
    if at_sentence_start || prev.ends_with("’s") || prev.ends_with("'s") {
        return false;
    }
    let lower = prev.to_ascii_lowercase();
    if crate::normalize::date::month_number(&lower).is_some()
        || crate::normalize::date::weekday(&lower).is_some()
    {
        return false;
    }
    !matches!(
        lower.as_str(),
        "about" | "some" | "nearly" | "almost" | "around" | "over" | "under" | "i"
    )
}

fn is_list_number(ctx: &Ctx, start: usize, end: usize) -> bool {
    let text = ctx.text();
    let Some(p) = ctx.doc.paragraph_index(start) else {
        return false;
    };
    ctx.doc.paragraphs[p].start == start
        && text[end..].starts_with(['.', ')'])
        && text[end + 1..].starts_with(char::is_whitespace)
}

/// "one over three", "2000 over 3": a spoken fraction. Only between bare
/// numbers, with nothing after the second that could make "over" a
/// preposition ("2 over 3 years").
fn over_fraction(ctx: &Ctx, a: &Tok, b: &Tok) -> Option<Claim> {
    let text = ctx.text();
    if a.fraction || b.fraction || b.value == 0.0 || a.value.fract() != 0.0 {
        return None;
    }
    let after = text[b.end..].trim_start();
    let next = next_word(text, b.end).to_ascii_lowercase();
    let ends = after.is_empty()
        || after.starts_with(['.', ',', '?', '!', ';', ')'])
        || matches!(next.as_str(), "is" | "equals" | "plus" | "minus" | "times");
    let prev = prev_word(text, a.start).to_ascii_lowercase();
    let prev_ok =
        prev.is_empty() || matches!(prev.as_str(), "is" | "minus" | "negative" | "of" | "equals");
    if !ends || !prev_ok {
        return None;
    }
    let mut start = a.start;
    let mut v = a.value / b.value;
    if matches!(prev.as_str(), "minus" | "negative") {
        v = -v;
        start = super::text::prev_word_start(text, a.start);
    }
    let mut c = Claim::new(Kind::Figure, "ratio", start, b.end, "figure.ratio");
    c.value = fmt_num(v);
    c.precision = fmt_num(1.0 / b.value / 2.0);
    c.subject = subject(ctx, start, b.end);
    Some(c)
}

/// Betting odds, "the 5-2 favourite", "an 11-2 chance", "won at 33-1":
/// one ratio, the stake's multiple (2.5, 5.5, 33).
fn odds(ctx: &Ctx, a: &Tok, b: &Tok) -> Option<Claim> {
    let text = ctx.text();
    let dash = text.get(a.end..b.start)?;
    let b_value = if dash.is_empty() && text[b.start..].starts_with('-') {
        -b.value
    } else if matches!(dash, "-" | "–") {
        b.value
    } else {
        return None;
    };
    if a.words
        || b.words
        || a.value.fract() != 0.0
        || b_value.fract() != 0.0
        || !(1.0..=20.0).contains(&b_value)
        || a.value < 1.0
        || a.value > 1000.0
        || text[b.end..].starts_with(|c: char| c.is_alphanumeric() || c == '%' || c == '-')
    {
        return None;
    }
    let next = next_word(text, b.end).to_ascii_lowercase();
    let betting = matches!(
        next.trim_end_matches(|c: char| !c.is_alphanumeric()),
        "favourite" | "favorite" | "chance" | "outsider" | "shot" | "joint-favourite" | "on"
    ) && (next != "on"
        || next_word(text, b.end + 4).eq_ignore_ascii_case("favourite"));
    // ("won at 33-1", "available at 66-1": long odds after "at"; "led 2-1
    // at half-time" is a score)
    let at_long_odds = prev_word(text, a.start).eq_ignore_ascii_case("at")
        && matches!(b_value as i64, 1 | 2)
        && a.value / b_value >= 6.0;
    if !(betting || at_long_odds) {
        return None;
    }
    let mut c = Claim::new(Kind::Figure, "ratio", a.start, b.end, "figure.ratio");
    c.value = fmt_num(a.value / b_value);
    c.precision = fmt_num(1.0 / b_value / 2.0);
    c.subject = subject(ctx, a.start, b.end);
    Some(c)
}

/// "one in five", "3 out of 10", "one in every five", "one for every 14".
fn ratio(ctx: &Ctx, a: &Tok, b: &Tok) -> Option<Claim> {
    let text = ctx.text();
    if a.end > b.start || text[a.end..b.start].contains('\n') {
        return None;
    }
    if let Some(c) = odds(ctx, a, b) {
        return Some(c);
    }
    let gap = text[a.end..b.start].trim().to_ascii_lowercase();
    if gap == "over" {
        return over_fraction(ctx, a, b);
    }
    // "one instructor for every 40", "about one ship in five": the counted
    // noun between, after "one" only ("27 goals in 41 appearances" is two
    // counts; "one goal in 90 minutes" a length after)
    let gap = match gap.split_once(' ') {
        Some((noun, rest))
            if a.value == 1.0
                && noun.bytes().all(|c| c.is_ascii_lowercase())
                && matches!(rest, "in" | "for every" | "in every" | "out of")
                && !matches!(
                    super::text::next_word(text, b.end)
                        .to_ascii_lowercase()
                        .as_str(),
                    "seconds"
                        | "minutes"
                        | "hours"
                        | "days"
                        | "weeks"
                        | "months"
                        | "years"
                        | "games"
                        | "matches"
                        | "races"
                        | "attempts"
                        | "tries"
                ) =>
        {
            rest.to_string()
        }
        _ => gap,
    };
    if !matches!(
        gap.as_str(),
        "in" | "out of" | "in every" | "out of every" | "for every"
    ) || a.fraction
        || b.fraction
    {
        return None;
    }
    if a.value <= 0.0 || b.value <= a.value || a.value.fract() != 0.0 || b.value.fract() != 0.0 {
        return None;
    }
    if text[b.end..].starts_with(|c: char| c.is_alphanumeric() || c == '%') {
        return None;
    }
    let mut c = Claim::new(Kind::Figure, "ratio", a.start, b.end, "figure.ratio");
    c.value = fmt_num(a.value / b.value);
    c.precision = fmt_num(1.0 / b.value / 2.0);
    if let Some((at, q)) = hedge_at(ctx, a.start) {
        c.qualifier = qualifier_of(&q);
        c.start = at;
    }
    c.subject = subject(ctx, c.start, c.end);
    Some(c)
}

/// Join two read figures into a range when the text between says so.
fn range(ctx: &Ctx, a: &Claim, b: &Claim) -> Option<Claim> {
    let text = ctx.text();
    if a.end > b.start || text[a.end..b.start].contains('\n') {
        return None;
    }
    let gap = text[a.end..b.start].trim().to_ascii_lowercase();
    let prev = prev_word(text, a.start).to_ascii_lowercase();
    // "75 -300mm": the dash read as the second number's sign joins a range
    // when the numbers rise ("33,000 -1.2%" is a level and a change).
    let dash_as_sign = gap.is_empty()
        && a.end < b.start
        && text[b.start..].starts_with(['-', '−'])
        && !a.value.starts_with('-');
    let joined = match gap.as_str() {
        // ("16- to 24-year-olds": the first end's unit suspended)
        "-" | "–" | "—" | "to" | "- to" | "-to" => true,
        "and" => prev == "between",
        "" => dash_as_sign,
        _ => false,
    };
    if !joined || a.qualifier != Qualifier::Exact && a.qualifier != Qualifier::Approx {
        return None;
    }
    if a.ctype == "ratio" || b.ctype == "ratio" {
        return None;
    }
    // Units must agree, or the first borrow the second's ("10 to 20%",
    // "between £2bn and £2.5bn a year": the rate is both ends').
    let rate_of_a = b
        .unit
        .strip_prefix(a.unit.as_str())
        .is_some_and(|r| r.starts_with('/'));
    let unit = if a.unit == b.unit || a.unit.is_empty() || rate_of_a {
        b.unit.clone()
    } else if b.unit.is_empty() && !a.unit.starts_with("percent") {
        // ("slid 27% to 11,900": a per cent is written at both ends, or
        // the second; a bare second number is a level, not an end)
        a.unit.clone()
    } else {
        return None;
    };
    // "rose $4.50 to $173.20", "fell 3% to 2.1%", "rose by £5,000 to
    // £285,000": a change, then the level it reached, not a range.
    let verb = if prev == "by" {
        prev_word(text, super::text::prev_word_start(text, a.start)).to_ascii_lowercase()
    } else {
        prev.clone()
    };
    // ("rise by 150 to 200 metres": a unit written only after the second
    // number is both ends'; a change and a level would each carry it)
    let suspended_unit = a.unit.is_empty() && !b.unit.is_empty();
    if gap == "to"
        && !suspended_unit
        && matches!(
            verb.as_str(),
            "rose"
                | "fell"
                | "gained"
                | "lost"
                | "jumped"
                | "climbed"
                | "dropped"
                | "slipped"
                | "surged"
                | "soared"
                | "slumped"
                | "plunged"
                | "tumbled"
                | "increased"
                | "decreased"
                | "declined"
                | "grew"
                | "shrank"
                | "added"
                | "shed"
                | "up"
                | "down"
                | "rising"
                | "falling"
                | "advanced"
                | "eased"
                | "edged"
                | "sank"
                | "slid"
                | "dipped"
                | "plummeted"
                | "expanded"
                | "contracted"
                | "rebounded"
                | "recovered"
                // (the present and the infinitive: "will drop by €112 to €1,534")
                | "rise"
                | "rises"
                | "fall"
                | "falls"
                | "drop"
                | "drops"
                | "climb"
                | "climbs"
                | "jump"
                | "jumps"
                | "increase"
                | "increases"
                | "decrease"
                | "decreases"
                | "decline"
                | "declines"
                | "grow"
                | "grows"
                | "gain"
                | "gains"
                | "cut"
                | "cuts"
                | "raised"
                | "raise"
                | "lowered"
                | "lower"
                | "reduced"
                | "reduce"
                | "slide"
                | "slides"
                | "sink"
                | "sinks"
                | "slip"
                | "slips"
                | "dip"
                | "dips"
                | "soar"
                | "soars"
                | "surge"
                | "surges"
                | "tumble"
                | "tumbles"
                | "shrink"
                | "shrinks"
        )
    {
        return None;
    }
    // Scores: "won 3-1".
    if gap != "to"
        && matches!(
            prev.as_str(),
            "won" | "lost" | "beat" | "drew" | "score" | "scoreline" | "victory" | "defeat" | "win"
        )
    {
        return None;
    }
    let (mut lo, mut hi): (f64, f64) = (a.value.parse().ok()?, b.value.parse().ok()?);
    if dash_as_sign {
        hi = -hi;
        if lo > hi {
            return None;
        }
    }
    // "$1-2bn": the scale of the second applies to the first.
    let mut a_prec: f64 = a.precision.parse().ok()?;
    let b_prec: f64 = b.precision.parse().ok()?;
    // The scale is the one the second names ("2bn": a billion), and only
    // when the first, so scaled, is still no more than the second: "from €5
    // to €1.9 million" runs from five euros.
    let b_text = &text[b.start..b.end];
    let b_number: Option<f64> = b_text
        .find(|c: char| c.is_ascii_digit())
        .and_then(|i| {
            let n = &b_text[i..];
            let e = n
                .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
                .unwrap_or(n.len());
            n[..e]
                .trim_end_matches(['.', ','])
                .replace(',', "")
                .parse()
                .ok()
        })
        .filter(|n: &f64| *n > 0.0);
    if hi >= 1000.0
        && lo < hi / 1000.0
        && !text[a.start..a.end].chars().any(|c| c.is_alphabetic())
        && let Some(b_number) = b_number
    {
        let named = hi / b_number;
        let scale = [1e3, 1e6, 1e9, 1e12]
            .into_iter()
            .find(|s| (named / s - 1.0).abs() < 1e-6)
            .filter(|s| lo * s <= hi)
            .unwrap_or(1.0);
        if scale > 1.0
            && !text[b.start..b.end]
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',')
        {
            lo *= scale;
            a_prec *= scale;
        }
    }
    if lo > hi {
        return None;
    }
    let start = if matches!(prev.as_str(), "between" | "from") {
        super::text::prev_word_start(text, a.start)
    } else {
        a.start
    };
    let mut c = Claim::new(Kind::Figure, "range", start, b.end, "figure.range");
    c.value = format!("{}..{}", fmt_num(lo), fmt_num(hi));
    c.unit = unit;
    c.qualifier = a.qualifier;
    c.precision = fmt_num(a_prec.min(b_prec));
    c.subject = subject(ctx, start, b.end);
    Some(c)
}

const STOP_AFTER: &[&str] = &[
    "and",
    "or",
    "but",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "to",
    "since",
    "after",
    "before",
    "with",
    "than",
    "as",
    "when",
    "while",
    "which",
    "that",
    "who",
    "said",
    "says",
    "according",
    "last",
    "this",
    "next",
    "a",
    "an",
    "per",
    "is",
    "was",
    "were",
    "are",
    "has",
    "have",
    "had",
    "will",
    "would",
    "over",
    "into",
    "during",
    "between",
    "if",
    "across",
    "amid",
];
const AUX: &[&str] = &[
    "him",
    "them",
    "us",
    "me",
    "will",
    "would",
    "could",
    "may",
    "might",
    "should",
    "can",
    "must",
    "on",
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "being",
    "by",
    "of",
    "to",
    "the",
    "a",
    "an",
    "at",
    "some",
    "about",
    "around",
    "nearly",
    "almost",
    "than",
    "more",
    "less",
    "fewer",
    "least",
    "most",
    "up",
    "just",
    "only",
    "over",
    "under",
    "roughly",
    "approximately",
    "estimated",
    "reached",
    "stood",
    "totalled",
    "totaled",
    "hit",
    "and",
    "or",
    "its",
    "their",
    "his",
    "her",
    "with",
    "another",
    "from",
    // adverbs between the thing and its figure: "the price is now £285,000"
    "now",
    "already",
    "currently",
    "still",
    "also",
    "again",
    "even",
];

/// First words of a sentence that are no subject: connectives, pronouns,
/// prepositions and adverbs of time or degree.
const SENTENCE_OPENERS: &[&str] = &[
    "but",
    "yet",
    "so",
    "then",
    "also",
    "however",
    "still",
    "even",
    "in",
    "on",
    "for",
    "with",
    "as",
    "after",
    "before",
    "since",
    "until",
    "while",
    "when",
    "if",
    "although",
    "though",
    "because",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "now",
    "today",
    "yesterday",
    "meanwhile",
    "overall",
    "altogether",
    "including",
    "only",
    "all",
    "both",
    "each",
    "every",
    "many",
    "most",
    "few",
    "several",
    "another",
    "other",
    "what",
    "which",
    "who",
    "whose",
    "where",
    "why",
    "how",
    "not",
    "no",
    "once",
    "thus",
    "hence",
    "indeed",
    "instead",
    "again",
    "already",
    "around",
    "across",
    "during",
    "within",
    "without",
    "between",
    "among",
    "against",
    "under",
    "over",
    "into",
    "onto",
    "per",
    "via",
    "plus",
    "minus",
    "like",
    "unlike",
    "despite",
    "whether",
    "just",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "exactly",
    "precisely",
    "barely",
    "scarcely",
    "hardly",
    "less",
    "more",
    "fewer",
    "least",
    "some",
    "any",
    "such",
    "last",
    "next",
    "first",
    "little",
    "well",
    "upwards",
    "up",
    "down",
    "above",
    "below",
    "at",
    "by",
    "from",
    "to",
];

/// A word written as an ordinary capitalized word: one capital, then lower
/// case ("Turnout"), not an acronym ("GDP") or a one-letter word ("A").
fn is_capitalized_word(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase)
        && w.len() > 1
        && cs.all(|c| c.is_lowercase() || c == '-')
}

/// What the figure is about: the content word before it (a verb like
/// "killed" or a noun like "inflation") and the noun phrase after it.
fn subject(ctx: &Ctx, start: usize, end: usize) -> String {
    let text = ctx.text();
    let (sent, sent_start) = ctx.sentence_of(start);
    let sent_end = sent_start + sent.len();
    let mut parts: Vec<String> = Vec::new();
    // Before: skip auxiliaries and hedges, take one content word.
    let mut pos = start;
    // "died and some 3,000 homes were destroyed": past "and" the word
    // before belongs to another clause, used only when nothing follows.
    let mut crossed_and = false;
    for _ in 0..4 {
        if pos <= sent_start {
            break;
        }
        let w = prev_word(text, pos);
        if w.is_empty() {
            break;
        }
        let lw = w.to_ascii_lowercase();
        let ws = super::text::prev_word_start(text, pos);
        if ws < sent_start {
            break;
        }
        if AUX.contains(&lw.as_str()) {
            crossed_and |= matches!(lw.as_str(), "and" | "or");
            pos = ws;
            continue;
        }
        // The first word of the sentence counts when it is a content word
        // ("Turnout was 67.3%"), not a connective ("But 40 ...").
        if w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !(ws == sent_start
                && w.chars().next().is_some_and(char::is_uppercase)
                && (SENTENCE_OPENERS.contains(&lw.as_str()) || !is_capitalized_word(w)))
        {
            parts.push(lw.replace('\\', ""));
        }
        break;
    }
    // After: words until a stop word or punctuation.
    let mut after: Vec<String> = Vec::new();
    let mut p = end;
    let limit = sent_end.max(end);
    while p < limit && after.len() < 4 {
        let rest = &text[p..limit];
        let trimmed = rest.trim_start();
        if trimmed.is_empty() || !trimmed.starts_with(|c: char| c.is_alphabetic()) {
            break;
        }
        let w = next_word(text, p);
        if w.is_empty() {
            break;
        }
        let lw = w.to_ascii_lowercase();
        if STOP_AFTER.contains(&lw.as_str()) && !(after.is_empty() && lw == "of") {
            break;
        }
        // "up 12% year on year", "0.4% month-on-month": the base of the
        // change, not the thing measured.
        if lw.contains("-on-") {
            break;
        }
        let w_end = p + (rest.len() - trimmed.len()) + w.len();
        if matches!(lw.as_str(), "year" | "month" | "quarter" | "week" | "day")
            && next_word(text, w_end).eq_ignore_ascii_case("on")
        {
            break;
        }
        if lw != "of" && lw != "the" {
            after.push(lw.trim_end_matches(['\\', '’', '\'']).to_string());
        }
        p = p + (rest.len() - trimmed.len()) + w.len();
    }
    let after = after.join(" ");
    if !after.is_empty() {
        if crossed_and {
            parts.clear();
        }
        parts.push(after);
    }
    parts.join(" ").replace("\\’", "’")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::extract::{Options, extract};

    fn figures(text: &str) -> Vec<(String, String)> {
        let doc = Document::from_text("t", text.to_string()).unwrap();
        let opts = Options {
            doc_date: chrono::NaiveDate::from_ymd_opt(2016, 9, 10),
            date_order: None,
            ..Default::default()
        };
        extract(&doc, &opts)
            .into_iter()
            .filter(|r| r.kind == "figure")
            .map(|r| (r.text, r.value))
            .collect()
    }

    #[test]
    fn a_number_word_counts_the_noun_after_its_hyphen() {
        assert_eq!(
            figures(
                "The nine-member panel backed the two-term mayor, a three-time champion and \
                 a one-time banker, in a one-off vote on a two-way street."
            ),
            [
                ("nine".to_string(), "9".to_string()),
                ("two".to_string(), "2".to_string()),
                ("three".to_string(), "3".to_string()),
            ]
        );
    }

    #[test]
    fn a_capital_c_is_a_temperature_in_a_story_about_the_heat() {
        let story = "---\ntitle: Heatwave breaks national record\n---\nThe heat went on.\n\n\
                     Rails reached 52C on the main line.";
        assert_eq!(figures(story), [("52C".to_string(), "52".to_string())]);
        // (a flat number in a story about anything else)
        assert!(figures("The police searched flat 52C on Monday.").is_empty());
    }

    #[test]
    fn once_and_twice_count_occasions() {
        assert_eq!(
            figures(
                "He scored twice. Draws are held twice a week. The race was cancelled only \
                 once. It happened more than once."
            ),
            [
                ("twice".to_string(), "2".to_string()),
                ("twice".to_string(), "2".to_string()),
                ("once".to_string(), "1".to_string()),
                ("more than once".to_string(), "1".to_string()),
            ]
        );
        // (a multiple, an idiom, "formerly", "immediately")
        for text in [
            "Sales were twice the level of 2019.",
            "Think twice about it.",
            "Prices were once low.",
            "He left at once.",
            "It failed once again.",
        ] {
            let got = figure_units(text);
            assert!(
                got.iter()
                    .all(|(t, _, unit)| !t.ends_with("once") && unit == "times"),
                "{text}: {got:?}"
            );
        }
        assert_eq!(
            figure_units("Sales were twice the level of 2019."),
            vec![("twice".into(), "2".into(), "times".into())]
        );
    }

    #[test]
    fn days_in_each_period_are_a_count() {
        assert_eq!(
            figures("Libraries will open three days a week; boats get 160 days at sea a year."),
            [
                ("three".to_string(), "3".to_string()),
                ("160".to_string(), "160".to_string())
            ]
        );
        // (a stretch of days stays a length, a date's)
        assert!(figures("The strike lasted three days.").is_empty());
    }

    #[test]
    fn places_series_numbered_periods_and_fractions_of_a_change() {
        let f = |t: &str| -> Vec<(String, String)> { figures(t) };
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        // a place that ends its clause or is dated
        assert_eq!(
            f("Amadeo finished second and Maes was third, two minutes down."),
            [p("second", "2"), p("third", "3")]
        );
        assert_eq!(f("Her best finish was fifth in 2024."), [p("fifth", "5")]);
        assert!(f("The reason was third parties.").is_empty());
        // one of a numbered series
        assert_eq!(
            f("He took the lead on the 14th of 21 stages."),
            [p("14th", "14"), p("21", "21")]
        );
        assert_eq!(
            f("It was the 23rd of the evening’s 41, and sold."),
            [p("23rd", "23"), p("41", "41")]
        );
        assert!(f("It opens on the 5th of the month.").is_empty());
        // a compound adjective is no count, unless it counts members
        assert!(f("It was a one-off payment on a two-way street.").is_empty());
        assert_eq!(f("The eight-strong crew won."), [p("eight", "8")]);
        assert!(f("It was a six-stronghold region.").is_empty());
        // a weekend numbered ("its second weekend"), not a date's part
        assert_eq!(
            f("Takings fell 57% in its second weekend."),
            [p("57%", "57"), p("second", "2")]
        );
        // a day or year numbered ("a second night", "the third year
        // after"), not a part of a date ("the second week of March")
        assert_eq!(
            f("Families spent a second night outdoors."),
            [p("second", "2")]
        );
        assert_eq!(
            f("Savings come by the third year after completion."),
            [p("third", "3")]
        );
        assert!(f("Talks resume in the second week of March.").is_empty());
        // a fraction of a change is no rank
        assert_eq!(
            f("They ran 612 tests, a third more than in 2015."),
            [p("612", "612"), p("a third", "0.333333333333")]
        );
        // "scores" stops short of "hundreds", as "dozens" does
        assert_eq!(f("Scores of buildings burned."), [p("Scores", "40..99")]);
    }

    /// The regex [`word_after`] stands for: each currency word, code and
    /// unit, longest first, a space matching `[\s-]+`.
    fn unit_regex() -> &'static Regex {
        static RE: LazyLock<Regex> = LazyLock::new(|| {
            let mut alts: Vec<String> = currency_words()
                .iter()
                .map(|(w, _)| w.to_string())
                .collect();
            alts.extend(CURRENCY_CODES.iter().map(|c| c.to_string()));
            alts.extend(units().iter().map(|(w, _)| w.to_string()));
            alts.sort_by_key(|s| std::cmp::Reverse(s.len()));
            let body: Vec<String> = alts
                .iter()
                .map(|a| regex::escape(a).replace(' ', r"[\s-]+"))
                .collect();
            Regex::new(&format!(r"^(?i)[\s-]?(?:of\s+)?({})", body.join("|")))
                .expect("unit regex compiles")
        });
        &RE
    }

    /// Each suffix's quick test holds wherever its pattern matches, and the
    /// unit word list finds what its regex would: on every currency word,
    /// code and unit after the separators the patterns allow, and on random
    /// runs of the pieces they are made of.
    #[test]
    fn suffix_tests_never_hide_a_match() {
        let all: [(&str, &Suffix); 6] = [
            ("scale", &SCALE_AFTER),
            ("percent", &PERCENT_AFTER),
            ("points", &POINTS_AFTER),
            ("symbol", &SYMBOL_AFTER),
            ("rate", &RATE_AFTER),
            ("qualifier", &QUALIFIER_AFTER),
        ];
        let check = |hay: &str| {
            for (name, sfx) in &all {
                assert!(
                    !sfx.is_match(hay) || (sfx.may_start)(hay),
                    "{name} matches {hay:?} but its quick test says no"
                );
            }
            let want = unit_regex()
                .captures(hay)
                .and_then(|c| c.get(1))
                .map(|m| (m.start(), m.end()));
            assert_eq!(word_after(hay), want, "unit word in {hay:?}");
        };
        let words: Vec<String> = currency_words()
            .iter()
            .map(|(w, _)| w.to_string())
            .chain(CURRENCY_CODES.iter().map(|c| c.to_string()))
            .chain(CURRENCY_SYMBOLS.iter().map(|(s, _)| s.to_string()))
            .chain(units().iter().map(|(w, _)| w.to_string()))
            .collect();
        let mut matched = 0;
        for w in &words {
            for sep in ["", " ", "-", "\u{a0}", " of ", "  "] {
                for case in [w.clone(), w.to_uppercase()] {
                    let hay = format!("{sep}{case} more");
                    check(&hay);
                    matched += usize::from(word_after(&hay).is_some());
                }
            }
        }
        assert!(matched > 100, "unit words matched: {matched}");
        let pieces = [
            "",
            " ",
            "  ",
            "-",
            "\u{a0}",
            "\u{2009}",
            "million",
            "Million",
            "M",
            "MM",
            "B",
            "bn",
            "k",
            "K",
            "\u{212a}",
            "lakh",
            "crore",
            "dozen",
            "%",
            "per cent",
            "percent",
            "pct",
            "pp",
            "percentage points",
            "basis points",
            "bps",
            "points",
            "km",
            "kg",
            "of",
            "dollars",
            "$",
            "€",
            "MUSD",
            "a",
            "an",
            "per",
            "each",
            "year",
            "/",
            "or",
            "more",
            "so",
            "plus",
            "-plus",
            "+",
            ",",
            ".",
            "x",
            "°C",
            "\"",
            "(",
            "people",
            "OR",
            "MORE",
            "PLUS",
            "Per",
            "A",
            "square",
            "metres",
            "kilometres per hour",
            "US",
            "dollar",
            "ſ",
            "µ",
            "μ",
            "Μ",
            "OF",
            "oF",
            "\u{2003}",
        ];
        // Every piece and pair of pieces, and every "sep word sep word".
        for a in pieces {
            check(a);
            for b in pieces {
                check(&format!("{a}{b}"));
                for sep in [" ", "-", "\u{a0}"] {
                    for sep2 in [" ", "-", "\u{a0}"] {
                        check(&format!("{sep}{a}{sep2}{b}"));
                    }
                }
            }
        }
    }

    #[test]
    fn number_words_that_do_not_read_together_are_read_apart() {
        let s = |a: &str, b: &str| (a.to_string(), b.to_string());
        // A fraction right after a scale word, with or without a line
        // break or "and" between them, is a figure of its own.
        for text in [
            "The plan cost 4 million a third of that went to roads.",
            "The plan cost 4 million\na third of that went to roads.",
            "It cost 4 million\nand a third of that went to roads.",
        ] {
            assert_eq!(
                figures(text),
                vec![s("4 million", "4000000"), s("a third", "0.333333333333")],
                "{text:?}"
            );
        }
        // Two numbers a joining word apart: a range, not "one and" and "two".
        assert_eq!(
            figures("Markets price between one and two further increases."),
            vec![s("between one and two", "1..2")]
        );
        // What reads together still does.
        assert_eq!(
            figures("It took two and a half million hours, then 6 crore and two hundred."),
            vec![
                s("two and a half million", "2500000"),
                s("6 crore and two hundred", "60000200")
            ]
        );
    }

    #[test]
    fn race_distances_temperatures_of_lava_and_occasions() {
        let got = figure_units(
            "She won the 200m on Friday and the women’s 10,000m on Sunday; the 5,000m final \
             moved. The firm has 200m users. Lava at about 1,150C moved. Skyra will fly to \
             Orlanda 14 times a week.",
        );
        let got: Vec<(&str, &str)> = got.iter().map(|r| (r.1.as_str(), r.2.as_str())).collect();
        assert_eq!(
            got,
            [
                ("200", "m"),
                ("10000", "m"),
                ("5000", "m"),
                ("200000000", ""),
                ("1150", "C"),
                ("14", "")
            ]
        );
    }

    #[test]
    fn numbers_that_are_not_figure_claims() {
        for text in [
            "The truce starts on September 12, 2016.",
            "Call the desk on 555-0123 or (020) 7946 0958.",
            "Councils can call a helpline on 0300 555 0192 or 1-800-555-0199.",
            "Protesters gathered at 221 Baker Street.",
            "Leaders met at the G20 summit.",
            "The pilot flew an F-16 over the border.",
            "Cases of COVID-19 rose.",
            "The airline grounded its Boeing 737 fleet.",
            "The council passed Resolution 2268 unanimously.",
            "One of the largest protests took place.",
            "No one was hurt.",
            "Version 2.3.1 fixed the bug.",
            "The airline took delivery of its 737 MAX jets.",
            "Sales of the iPhone 15 were strong.",
            "Delegates flew in for the COP28 summit.",
            "The teams were level at half time.",
        ] {
            assert_eq!(figures(text), Vec::<(String, String)>::new(), "{text:?}");
        }
    }

    #[test]
    fn news_market_and_change_forms() {
        // A change, then the level reached: two figures, not a range.
        assert_eq!(
            figure_units("Shares rose $4.50 to $173.20 in early trading."),
            vec![
                ("$4.50".into(), "4.5".into(), "USD".into()),
                ("$173.20".into(), "173.2".into(), "USD".into()),
            ]
        );
        assert_eq!(
            figure_units("Average prices rose by £5,000 to £285,000."),
            vec![
                ("£5,000".into(), "5000".into(), "GBP".into()),
                ("£285,000".into(), "285000".into(), "GBP".into()),
            ]
        );
        // Two counts, not a ratio: a count other than one, or a length.
        for text in [
            "The forward scored 27 goals in 41 appearances.",
            "He scored one goal in 90 minutes.",
        ] {
            let got = figures(text);
            assert!(
                got.iter().all(|(_, v)| !v.starts_with("0.")),
                "{text}: {got:?}"
            );
        }
        // A unit written once, after the second number, is both ends'; a
        // scale is the second's own, when the first fits under it.
        assert_eq!(
            figure_units("The snow line will rise by 150 to 200 metres."),
            vec![("150 to 200 metres".into(), "150..200".into(), "m".into())]
        );
        assert_eq!(
            figure_units("Prizes ranged from €5 to €1.9 million."),
            vec![(
                "from €5 to €1.9 million".into(),
                "5..1900000".into(),
                "EUR".into()
            )]
        );
        assert_eq!(
            figure_units("It will cost $1-2bn."),
            vec![(
                "$1-2bn".into(),
                "1000000000..2000000000".into(),
                "USD".into()
            )]
        );
        // A per cent then a bare number: a change and a level, with or
        // without a verb of change before them.
        for text in [
            "Diesel sales slid 27% to 11,900.",
            "Imports, 4% to 1,250 a day, held up.",
        ] {
            let got = figures(text);
            assert!(
                got.iter().all(|(_, v)| !v.contains("..")),
                "{text}: {got:?}"
            );
        }
        // Cents are hundredths of the currency named with them.
        assert_eq!(
            figure_units("Artists got 0.31 euro cents a stream, fans paid 45 cents."),
            vec![
                ("0.31 euro cents".into(), "0.0031".into(), "EUR".into()),
                ("45 cents".into(), "0.45".into(), "USD".into()),
            ]
        );
        // Index points are not percentage points.
        let dow = figure_units("The Dow fell 1.2%, or 475 points, to 38,460.");
        assert!(
            dow.contains(&("475 points".into(), "475".into(), "points".into())),
            "{dow:?}"
        );
        let rate = figure_units("Unemployment rose 0.3 points to 4.1%.");
        assert!(
            rate.contains(&("0.3 points".into(), "0.3".into(), "percentage_point".into())),
            "{rate:?}"
        );
        // "a year earlier" dates the figure; it is not a rate.
        assert_eq!(
            figure_units("It sold 24 jets, down from 31 a year earlier."),
            vec![
                ("24".into(), "24".into(), String::new()),
                ("31".into(), "31".into(), String::new()),
            ]
        );
        assert_eq!(
            figure_units("Farmers earn 300 dollars a year."),
            vec![("300 dollars a year".into(), "300".into(), "USD/year".into())]
        );
        // Prices per barrel, ounce and share keep their rate.
        assert_eq!(
            figure_units("Oil rose to $88.40 a barrel and earnings were $2.50 a share."),
            vec![
                ("$88.40 a barrel".into(), "88.4".into(), "USD/barrel".into()),
                ("$2.50 a share".into(), "2.5".into(), "USD/share".into()),
            ]
        );
        // A currency code glued to an amount is still money.
        assert_eq!(
            figure_units("They gave away USD50 cards."),
            vec![("USD50".into(), "50".into(), "USD".into())]
        );
    }

    fn figure_units(text: &str) -> Vec<(String, String, String)> {
        let doc = Document::from_text("t", text.to_string()).unwrap();
        extract(&doc, &Options::default())
            .into_iter()
            .filter(|r| r.kind == "figure")
            .map(|r| (r.text, r.value, r.unit))
            .collect()
    }

    #[test]
    fn ages_in_apposition() {
        for (text, age) in [
            ("Police said the man, 45, was arrested.", "45"),
            ("John Smith, 45, of Leeds, was charged.", "45"),
            ("The suspect, 19, was released on bail.", "19"),
        ] {
            let got = figure_units(text);
            assert_eq!(
                got,
                vec![(age.to_string(), age.to_string(), "year".to_string())],
                "{text}"
            );
        }
        for text in [
            "The items cost 12, 45, and 60 dollars.",
            "In Berlin, 45, people protested.",
            "In March, 12, ministers resigned.",
            "The man, 450, was there.",
        ] {
            let got = figure_units(text);
            assert!(got.iter().all(|g| g.2 != "year"), "{text}: {got:?}");
        }
    }

    #[test]
    fn vague_plural_counts_are_ranges_not_numbers() {
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        for (text, want) in [
            ("Dozens were injured.", p("Dozens", "24..99")),
            ("Hundreds of jobs are at risk.", p("Hundreds", "200..999")),
            ("Thousands marched.", p("Thousands", "2000..9999")),
            (
                "“Thousands marched,” she said.",
                p("Thousands", "2000..9999"),
            ),
            (
                "It drew tens of thousands of visitors.",
                p("tens of thousands", "20000..99999"),
            ),
            (
                "It drew more than hundreds of thousands of visitors.",
                p("more than hundreds of thousands", "200000..999999"),
            ),
            (
                "Roads closed and tens of thousands fled.",
                p("tens of thousands", "20000..99999"),
            ),
        ] {
            assert_eq!(figures(text), [want], "{text}");
        }
        // a count of something: "of" follows, or it opens the sentence
        for text in [
            "They came in their thousands.",
            "We saw hundreds.",
            "The hundreds column was wrong.",
            "Thousands, she said, was too many.",
        ] {
            assert_eq!(figures(text), Vec::<(String, String)>::new(), "{text}");
        }
        let rows = figure_units("The scheme cost savers millions of pounds.");
        assert_eq!(
            rows,
            [("millions".into(), "2000000..9999999".into(), "GBP".into())]
        );
        assert_eq!(figures("Two dozen eggs were sold.")[0].1, "24");
        assert_eq!(figures("They bought 3 dozens.")[0].1, "36");
    }

    #[test]
    fn betting_odds_are_one_ratio_and_scores_two_counts() {
        let got = figure_units(
            "Copper Lantern, a 33-1 outsider, beat the 5-2 favourite and an 11-2 chance.",
        );
        let values: Vec<&str> = got.iter().map(|g| g.1.as_str()).collect();
        assert_eq!(values, ["33", "2.5", "5.5"], "{got:?}");
        assert_eq!(figure_units("He won at 66-1 in January.")[0].1, "66");
        // a score stays two numbers
        assert_eq!(figure_units("Arsenal led 2-1 at half-time.").len(), 2);
    }

    #[test]
    fn multiples_are_ratios_repeats_are_counts() {
        assert_eq!(
            figure_units("He earns three times the national average."),
            vec![("three times".into(), "3".into(), "times".into())]
        );
        assert_eq!(
            figure_units("Prices are 2.5 times higher than before."),
            vec![("2.5 times".into(), "2.5".into(), "times".into())]
        );
        assert_eq!(
            figure_units("He was arrested three times."),
            vec![("three".into(), "3".into(), "".into())]
        );
    }

    #[test]
    fn multiples_in_market_copy() {
        let one = |t: &str, v: &str| vec![(t.to_string(), v.to_string(), "times".to_string())];
        // a fractional multiple cannot be a count of events
        assert_eq!(
            figure_units("Debt fell to 2.4 times earnings."),
            one("2.4 times", "2.4")
        );
        assert_eq!(
            figure_units("The shares trade at 14 times forward earnings."),
            one("14 times", "14")
        );
        assert_eq!(
            figure_units("Leverage was 3.2x in May."),
            one("3.2x", "3.2")
        );
        assert_eq!(figure_units("Output is 4x higher."), one("4x", "4"));
        assert_eq!(figure_units("It runs 10× faster."), one("10×", "10"));
        // dimensions, names and a variable are not multiples
        for text in [
            "They drove a 4x4 up the hill.",
            "The screen is 1920x1080.",
            "Shares in 10x Genomics rose.",
            "He visited three times in June.",
        ] {
            let got = figure_units(text);
            assert!(got.iter().all(|g| g.2 != "times"), "{text}: {got:?}");
        }
    }

    #[test]
    fn double_and_triple_before_what_they_multiply() {
        assert_eq!(
            figure_units("Spending was roughly double the 2019 figure."),
            vec![("roughly double".into(), "2".into(), "times".into())]
        );
        assert_eq!(
            figure_units("Rents are nearly triple what they were."),
            vec![("nearly triple".into(), "3".into(), "times".into())]
        );
        assert_eq!(
            figure_units("It rose at roughly twice the rate seen before."),
            vec![("roughly twice".into(), "2".into(), "times".into())]
        );
        assert_eq!(
            figure_units("Leave spent nearly twice as much as Stay."),
            vec![("nearly twice".into(), "2".into(), "times".into())]
        );
        for text in [
            "They booked a double room.",
            "The party doubled down on the plan.",
        ] {
            assert!(figure_units(text).is_empty(), "{text}");
        }
        // (occasions, a count, as the news5 gold has "scoring twice")
        assert_eq!(
            figure_units("He scored twice in the first half."),
            vec![("twice".into(), "2".into(), "".into())]
        );
    }

    #[test]
    fn hedged_ages() {
        assert_eq!(
            figure_units("Those aged over 65 were hit hardest."),
            vec![("over 65".into(), "65".into(), "year".into())]
        );
        assert_eq!(
            figure_units("Children aged under five are exempt."),
            vec![("under five".into(), "5".into(), "year".into())]
        );
        assert_eq!(
            figure_units("One in four voters under 30 chose a small party."),
            vec![
                ("One in four".into(), "0.25".into(), "".into()),
                ("under 30".into(), "30".into(), "year".into())
            ]
        );
        // a group by something else
        let got = figure_units("Firms with workers under 50 employees pay less.");
        assert!(got.iter().all(|g| g.2 != "year"), "{got:?}");
        let got = figure_units("Over 65 people were aged between 30 and 40.");
        assert!(
            got.iter().all(|g| g.0 != "Over 65" || g.2.is_empty()),
            "{got:?}"
        );
    }

    #[test]
    fn places_in_a_table_reached_or_held() {
        for (text, place) in [
            ("Ardley United dropped to third with a draw.", "third"),
            ("Kelby’s point lifted them to 11th.", "11th"),
            (
                "The win gave them 12 points, lifting them to third.",
                "third",
            ),
            ("Dunross are 20th and last.", "20th"),
            ("Ardley are third on 53 points.", "third"),
            ("Orsa was second at 6.5% a year.", "second"),
            ("Vanta is in second place with 19,870.", "second"),
            ("A late goal lifted Orsa into third position.", "third"),
            ("Han and Lund tied for third on 9 under.", "third"),
            ("The Tind climbed to second from fifth.", "second"),
            ("The Tind climbed to second from fifth.", "fifth"),
            (
                "She led the heats, only to finish fifth in the final.",
                "fifth",
            ),
        ] {
            let got = figures(text);
            assert!(got.iter().any(|(t, _)| t == place), "{text}: {got:?}");
        }
        for text in [
            "The ruling went to third parties.",
            "He is third in line for the throne.",
            "It was second-guessed by the board.",
            "Prices rose to a third of income.",
            "Within second place bets, odds fell.",
            "He shifted in second gear.",
            "They finish second-hand goods.",
            "Sales rose to a third from a fifth.",
        ] {
            let got = figures(text);
            assert!(
                !got.iter().any(|(t, _)| t == "third" || t == "second"),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn scores_and_tallies_are_two_counts() {
        let two = |a: &str, b: &str| vec![(a.into(), a.into()), (b.into(), b.into())];
        for (text, a, b) in [
            ("Arsenal beat Brighton 3-1 on Saturday.", "3", "1"),
            ("It was a 4-3 win.", "4", "3"),
            ("They drew 2-2.", "2", "2"),
            ("The board backed it in a 7-2 vote.", "7", "2"),
        ] {
            assert_eq!(figures(text), two(a, b), "{text}");
        }
        // rising numbers are a range; a unit makes it a range of something
        assert_eq!(
            figures("Aged 10-12."),
            [("Aged 10-12".into(), "10..12".into())]
        );
        let got = figures("Rates rose 5-3% today.");
        assert!(!got.is_empty(), "{got:?}");
    }

    #[test]
    fn four_figure_clock_times_are_not_counts() {
        for text in [
            "The quake struck at 0117 GMT.",
            "Polls close at 2200 hours.",
        ] {
            assert!(figures(text).is_empty(), "{text}: {:?}", figures(text));
        }
        assert_eq!(
            figures("The army sent 1200 troops."),
            [("1200".into(), "1200".into())]
        );
    }

    #[test]
    fn points_in_polls_and_games() {
        assert_eq!(
            figure_units("Polls gave Labour a lead of 18 points."),
            vec![("18 points".into(), "18".into(), "percentage_point".into())]
        );
        assert_eq!(
            figure_units("She scored 31 points in the final."),
            vec![("31 points".into(), "31".into(), "points".into())]
        );
        // things counted, and a lead with no vote or per cent about it
        assert_eq!(
            figure_units("They drilled at 200 points along the ridge."),
            vec![("200".into(), "200".into(), "".into())]
        );
        assert_eq!(
            figure_units("The plan has 12 points."),
            vec![("12".into(), "12".into(), "".into())]
        );
    }

    #[test]
    fn a_fraction_after_a_hedge_or_a_change_is_a_ratio() {
        for (text, want) in [
            ("Costs are up by a fifth since 2021.", "0.2"),
            (
                "Shares have gained more than a third this year.",
                "0.333333333333",
            ),
            ("Nearly a quarter voted against.", "0.25"),
            ("Sales fell by a quarter in March.", "0.25"),
            (
                "Half is held abroad, up from a third in 2015.",
                "0.333333333333",
            ),
            ("The share rose to a fifth last year.", "0.2"),
            ("About one in every five euros goes on interest.", "0.2"),
            ("There is roughly one for every 20 cars.", "0.05"),
            (
                "Schools employed one instructor for every 40 visitors.",
                "0.025",
            ),
            ("About one ship in five waited.", "0.2"),
            (
                "Passengers under 26 will get a third off.",
                "0.333333333333",
            ),
            ("Demand peaked on Monday, a fifth above normal.", "0.2"),
        ] {
            let got = figures(text);
            assert!(got.iter().any(|(_, v)| v == want), "{text}: {got:?}");
        }
        for text in [
            "She won a third term.",
            "He is seeking a fifth straight win.",
            "They lost by a third consecutive defeat.",
            "The team went through to a third round.",
        ] {
            let got = figures(text);
            assert!(
                got.iter().all(|(_, v)| !v.starts_with("0.")),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn earthquake_magnitudes() {
        for (text, want) in [
            ("A 7.1-magnitude earthquake struck.", "7.1-magnitude"),
            ("The magnitude 6.4 quake was felt.", "magnitude 6.4"),
            ("A magnitude-5.9 tremor hit.", "magnitude-5.9"),
            ("The 6.2 magnitude quake killed many.", "6.2 magnitude"),
        ] {
            let got = figure_units(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(got[0].0, want, "{text}");
            assert_eq!(got[0].2, "magnitude", "{text}");
        }
        let got = figure_units("An order of magnitude 3 estimate.");
        assert!(got.iter().all(|g| g.2.is_empty()), "{got:?}");
    }

    #[test]
    fn currencies_named_after_an_amount() {
        for (text, span, unit) in [
            (
                "It will spend 1.2 billion soles on roads.",
                "1.2 billion soles",
                "PEN",
            ),
            ("The fine was 500 cedis.", "500 cedis", "GHS"),
            (
                "Rents rose to 2,000 lei a month.",
                "2,000 lei a month",
                "RON/month",
            ),
        ] {
            let got = figure_units(text);
            assert!(
                got.iter().any(|(t, _, u)| t == span && u == unit),
                "{text:?}: want {span:?} in {unit}, got {got:?}"
            );
        }
        assert!(figure_units("He bought new soles for his shoes.").is_empty());
    }

    #[test]
    fn pounds_weigh_or_pay_by_the_sentence() {
        for (text, span, unit) in [
            ("The baby weighed seven pounds.", "seven pounds", "lb"),
            ("He has lost 30 pounds since January.", "30 pounds", "lb"),
            ("A metric ton is 2,204.62 pounds.", "2,204.62 pounds", "lb"),
            ("The bill will cost 40 pounds.", "40 pounds", "GBP"),
            ("It lost 5 million pounds.", "5 million pounds", "GBP"),
            ("He lost 500 pounds at the casino.", "500 pounds", "GBP"),
            ("Tickets are 20 pounds.", "20 pounds", "GBP"),
        ] {
            let got = figure_units(text);
            assert!(
                got.iter().any(|(t, _, u)| t == span && u == unit),
                "{text:?}: want {span:?} in {unit}, got {got:?}"
            );
        }
    }

    #[test]
    fn degrees_are_angles_only_where_the_words_say_so() {
        for (text, unit) in [
            ("Rotate it 90 degrees.", "arcdeg"),
            ("The plane banked 30 degrees.", "arcdeg"),
            ("Turn a 45 degrees angle.", "arcdeg"),
            ("Rotate 90°", "arcdeg"),
            ("It was 35 degrees in Madrid.", "deg"),
            ("Temperatures turned colder, falling 10 degrees.", "deg"),
            ("The temperature is 24 degrees.", "deg"),
            ("Temperatures hit 41.5C in Seville.", "C"),
            ("Temperatures fell to -5C overnight.", "C"),
            ("It was 104F in Phoenix, the hottest day.", "F"),
        ] {
            let got = figure_units(text);
            assert!(
                got.len() == 1 && got[0].2 == unit,
                "{text:?}: want {unit}, got {got:?}"
            );
        }
    }

    #[test]
    fn new_forms_do_not_swallow_neighbours() {
        for (text, want) in [
            // a reversed per cent needs nothing after its number
            ("Only 30 percent of 200 people voted.", &["30", "200"][..]),
            // after millions, "and 20" is another figure
            (
                "It affected 3 million and 20 were killed.",
                &["3000000", "20"],
            ),
            // two digit-and-scale numbers side by side
            (
                "3 hundred and 2 hundred are two numbers.",
                &["300", "200", "2"],
            ),
            // cents without the word only close a clause
            ("They paid $10 and 50 others joined.", &["10", "50"]),
            ("He paid 15 dollars, 20 for his son.", &["15", "20"]),
            // a list of numbers is no decimal comma
            ("Exercises 22,24,26,31.", &["22", "24", "26", "31"]),
            // a dash read as a sign joins a range only when the numbers rise
            ("a 75 -300mm lens", &["75..300"]),
            ("The index closed at 33,000 -1.2% down.", &["33000", "-1.2"]),
        ] {
            let got: Vec<String> = figures(text).into_iter().map(|(_, v)| v).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn list_numbering_is_not_a_figure() {
        let got = figures("1. Prices rose.\n2. Wages fell.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn figure_forms_and_values() {
        for (text, span, value) in [
            ("It had 1 200 000 residents.", "1 200 000", "1200000"),
            (
                "It had 1\u{a0}200\u{a0}000 residents.",
                "1\u{a0}200\u{a0}000",
                "1200000",
            ),
            ("Losses hit -5.2 points.", "-5.2", "-5.2"),
            ("Some 300k fans came.", "Some 300k", "300000"),
            ("They raised £350m.", "£350m", "350000000"),
            ("It cost 5 million euros.", "5 million euros", "5000000"),
            (
                "Nearly three-quarters of a million people fled.",
                "Nearly three-quarters of a million",
                "750000",
            ),
            (
                "It weighs two and a half tonnes.",
                "two and a half tonnes",
                "2.5",
            ),
            (
                "Output rose 2 percentage points.",
                "2 percentage points",
                "2",
            ),
            (
                "The well pumps 600,000 barrels per day.",
                "600,000 barrels per day",
                "600000",
            ),
            ("One in five adults smoke.", "One in five", "0.2"),
            (
                "Between 10 and 20 people died.",
                "Between 10 and 20",
                "10..20",
            ),
            ("Rates rose from 5% to 7%.", "from 5% to 7%", "5..7"),
            ("Sales doubled.", "doubled", "2"),
            ("The plan doubles spending.", "doubles", "2"),
            (
                "The bank made a quarter-point cut.",
                "quarter-point",
                "0.25",
            ),
            (
                "Markets price in between two and three quarter-point cuts.",
                "between two and three",
                "2..3",
            ),
            ("It is the third-largest city.", "third-largest", "3"),
            ("At least 15 died.", "At least 15", "15"),
            (
                "About 3 hundred and 21 came.",
                "About 3 hundred and 21",
                "321",
            ),
            ("It cost 17 USD 25.", "17 USD 25", "17.25"),
            ("The weight is 20 (kg).", "20 (kg)", "20"),
            ("He died aged 87.", "aged 87", "87"),
            ("It was per cent of 210.", "per cent of 210", "210"),
        ] {
            let got = figures(text);
            assert!(
                got.iter().any(|(t, v)| t == span && v == value),
                "{text:?}: want {span:?}={value:?}, got {got:?}"
            );
        }
    }

    #[test]
    fn doubles_the_noun_and_a_point_size() {
        // the tennis event and a baseball hit are no multipliers
        for text in ["She won the mixed doubles final.", "He hit two triples."] {
            let got = figures(text);
            assert!(
                !got.iter().any(|(t, _)| t.ends_with("les")),
                "{text}: {got:?}"
            );
        }
        let r = row("The bank made another half-point rise.", "half-point");
        assert_eq!((r[1].as_str(), r[2].as_str()), ("0.5", "percentage_point"));
        // a fraction of a number stays one
        let got = figures("It fell two and three quarters.");
        assert!(got.iter().any(|(_, v)| v == "2.75"), "{got:?}");
    }

    /// Each figure of `text` as text, value, unit, qualifier, precision and
    /// subject, the ledger's columns.
    fn rows(text: &str) -> Vec<[String; 6]> {
        let doc = Document::from_text("t", text.to_string()).unwrap();
        extract(&doc, &Options::default())
            .into_iter()
            .filter(|r| r.kind == "figure")
            .map(|r| [r.text, r.value, r.unit, r.qualifier, r.precision, r.subject])
            .collect()
    }

    fn row(text: &str, span: &str) -> [String; 6] {
        let got = rows(text);
        got.iter()
            .find(|r| r[0] == span)
            .unwrap_or_else(|| panic!("{text:?}: no figure {span:?} in {got:?}"))
            .clone()
    }

    #[test]
    fn an_adverb_before_the_figure_is_no_subject() {
        let r = row("The average house price is now £285,000.", "£285,000");
        assert_eq!(r[5], "price", "{r:?}");
        let r = row("Prices are still more than 20% higher.", "more than 20%");
        assert_eq!(r[5], "prices higher", "{r:?}");
    }

    #[test]
    fn m_after_both_ends_of_a_range_reads_alike() {
        assert_eq!(
            row("It affects 2.3m to 2.6m households.", "2.3m to 2.6m")[1],
            "2300000..2600000"
        );
        let r = row("The wall is 2m to 3m high.", "2m to 3m");
        assert_eq!((r[1].as_str(), r[2].as_str()), ("2..3", "m"));
        let got = rows("She ran the 100m and 200m races.");
        assert!(got.iter().all(|r| r[2] == "m"), "{got:?}");
    }

    #[test]
    fn a_range_of_amounts_with_scale_words_or_a_rate() {
        let r = row(
            "Losses were between $600 million and $900 million.",
            "between $600 million and $900 million",
        );
        assert_eq!(
            (r[1].as_str(), r[2].as_str()),
            ("600000000..900000000", "USD")
        );
        let r = row(
            "It will raise between £2bn and £2.5bn a year.",
            "between £2bn and £2.5bn a year",
        );
        assert_eq!(
            (r[1].as_str(), r[2].as_str()),
            ("2000000000..2500000000", "GBP/year")
        );
        // a change, then the level it reaches, is no range
        let got = rows("The average bill will drop by €112 to €1,534 a year.");
        assert_eq!(got.len(), 2, "{got:?}");
        // an age group, the first end's unit suspended
        let r = row(
            "Among 16- to 24-year-olds the rate rose.",
            "16- to 24-year-olds",
        );
        assert_eq!((r[1].as_str(), r[2].as_str()), ("16..24", "year"));
    }

    #[test]
    fn a_copyright_year_is_no_figure() {
        for s in [
            "Copyright 2025 Wire. All rights reserved.",
            "© 2019-2024 The Daily Post",
        ] {
            assert!(rows(s).is_empty(), "{s}: {:?}", rows(s));
        }
        assert_eq!(rows("The copyright fee rose to 300 pounds.").len(), 1);
        // nor is the number of an HTML character reference
        let got = rows("The company&#39;s 40 shops&#x2019; staff");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0][1], "40");
    }

    #[test]
    fn watts_and_space_grouped_decimal_commas() {
        for (text, span, value, unit) in [
            ("The chip draws 65W at full load.", "65W", "65", "W"),
            ("A 1,500-watt heater was found.", "1,500-watt", "1500", "W"),
            (
                "It costs 1 199,99 € in Paris.",
                "1 199,99 €",
                "1199.99",
                "EUR",
            ),
            (
                "Rent is 12\u{a0}400,50 € a year.",
                "12\u{a0}400,50 € a year",
                "12400.5",
                "EUR/year",
            ),
        ] {
            let r = row(text, span);
            assert_eq!(
                (r[1].as_str(), r[2].as_str()),
                (value, unit),
                "{text}: {r:?}"
            );
        }
        // a space-grouped number with three digits after a comma is two numbers
        let got = rows("The scores were 1 199,999 and 4.");
        assert!(got.iter().all(|r| r[1] != "1199.999"), "{got:?}");
    }

    #[test]
    fn won_the_currency_and_won_the_verb() {
        // The currency: a large amount, or a rate, a bracket or an
        // indefinite article around it.
        for (text, span, value) in [
            (
                "The merger was priced at 3.4 trillion won.",
                "3.4 trillion won",
                "3400000000000",
            ),
            (
                "A cleaner in Seoul earns 10,030 won an hour.",
                "10,030 won an hour",
                "10030",
            ),
            (
                "Tickets cost 15,000 won (about $11) each.",
                "15,000 won",
                "15000",
            ),
            (
                "Samsung took a $2.1 trillion won writedown.",
                "$2.1 trillion won",
                "2100000000000",
            ),
            (
                "Kia's quarterly profit was $900 billion won.",
                "$900 billion won",
                "900000000000",
            ),
        ] {
            let r = row(text, span);
            assert_eq!(r[1], value, "{text}");
            assert!(r[2].starts_with("KRW"), "{text}: {r:?}");
        }
        // The verb: an object or "by" after it, a small count before it,
        // or a currency sign on an amount the verb's subject is.
        for (text, span) in [
            (
                "The Greens won 14 seats and 2.3 million votes.",
                "2.3 million",
            ),
            ("Of the 30 runners, 9 won their heats.", "9"),
            ("Only 17 won outright in the first round.", "17"),
            ("Of 650 seats, 412 won by Labour changed hands.", "412"),
            (
                "The $700bn package won the support of both parties.",
                "$700bn",
            ),
            (
                "Nearly 2 million won the right to vote that year.",
                "Nearly 2 million",
            ),
        ] {
            let r = row(text, span);
            assert_ne!(r[2], "KRW", "{text}: {r:?}");
        }
    }

    #[test]
    fn currency_signs_written_in_letters() {
        for (text, span, value, unit) in [
            (
                "Transnet needs R4.7 billion for new trains.",
                "R4.7 billion",
                "4700000000",
                "ZAR",
            ),
            (
                "A litre of petrol costs R23.41 inland.",
                "R23.41",
                "23.41",
                "ZAR",
            ),
            (
                "The grant rose to R12,800 a year.",
                "R12,800 a year",
                "12800",
                "ZAR/year",
            ),
            (
                "Maybank earned RM9.3bn last year.",
                "RM9.3bn",
                "9300000000",
                "MYR",
            ),
            (
                "The subsidy bill hit Rp 350 trillion.",
                "Rp 350 trillion",
                "350000000000000",
                "IDR",
            ),
            (
                "Safaricom posted KSh62bn in profit.",
                "KSh62bn",
                "62000000000",
                "KES",
            ),
            (
                "The metro line will cost Tk 22,000 crore.",
                "Tk 22,000 crore",
                "220000000000",
                "BDT",
            ),
            (
                "The state set aside Rs. 800 crore for flood relief.",
                "Rs. 800 crore",
                "8000000000",
                "INR",
            ),
            (
                "The port deal is worth Rs3.5bn.",
                "Rs3.5bn",
                "3500000000",
                "INR",
            ),
        ] {
            let r = row(text, span);
            assert_eq!((r[1].as_str(), r[2].as_str()), (value, unit), "{text}");
        }
        // Names and codes keep their letters: no amount, and no bare scale
        // word read on its own.
        for text in [
            "Traffic on the R61 was slow.",
            "The R5 bus runs hourly.",
            "Droid R2 appears in 9 films.",
            "The TX4.5 million-pixel sensor failed.",
        ] {
            let got = rows(text);
            assert!(
                got.iter().all(|r| !matches!(r[2].as_str(), "ZAR" | "MYR")
                    && !matches!(r[0].as_str(), "million" | "billion")),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn a_dollar_sign_takes_the_currency_named_after_it() {
        let r = row("The guide charged $800 pesos a day.", "$800 pesos a day");
        assert_eq!(r[2], "MXN/day");
        let r = row("It sold for $40 Canadian dollars.", "$40 Canadian dollars");
        assert_eq!(r[2], "CAD");
        let r = row("The fund raised $3 million dollars.", "$3 million dollars");
        assert_eq!(r[2], "USD");
    }

    #[test]
    fn up_after_a_verb_of_movement_is_no_limit() {
        for (text, span) in [
            ("The jobless rate crept up to 5.1% in June.", "5.1%"),
            ("Growth was revised up to 0.6% on Friday.", "0.6%"),
            ("Fares went up to £4.20 this week.", "£4.20"),
        ] {
            let r = row(text, span);
            assert_eq!(r[3], "exact", "{text}: {r:?}");
        }
        for (text, span) in [
            ("Fines could go up to £20,000.", "up to £20,000"),
            ("Gusts of up to 90mph are forecast.", "up to 90mph"),
            ("He faces up to 14 years.", "up to 14"),
        ] {
            let got = rows(text);
            if let Some(r) = got.iter().find(|r| r[0] == span) {
                assert_eq!(r[3], "at_most", "{text}: {r:?}");
            }
        }
        assert_eq!(
            row("Fines could go up to £20,000.", "up to £20,000")[3],
            "at_most"
        );
    }

    #[test]
    fn hedges_of_market_copy() {
        for (text, span, q) in [
            (
                "Bids came in just shy of £400m.",
                "just shy of £400m",
                "under",
            ),
            (
                "The IPO could value it north of $30bn.",
                "north of $30bn",
                "over",
            ),
            (
                "A fee in the region of €45m was agreed.",
                "in the region of €45m",
                "approx",
            ),
            (
                "Losses are on the order of $2bn.",
                "on the order of $2bn",
                "approx",
            ),
            ("Turnout was well below 50%.", "well below 50%", "under"),
            ("Support stayed well above 60%.", "well above 60%", "over"),
        ] {
            let r = row(text, span);
            assert_eq!(r[3], q, "{text}: {r:?}");
        }
    }

    #[test]
    fn a_shared_scale_sets_the_range_precision() {
        let r = row("The sale could fetch $4-5bn.", "$4-5bn");
        assert_eq!(
            (r[1].as_str(), r[4].as_str()),
            ("4000000000..5000000000", "1000000000")
        );
        let r = row("Damage is put at €2.5-3.1bn.", "€2.5-3.1bn");
        assert_eq!(r[4], "100000000");
    }

    #[test]
    fn subjects_of_news_figures() {
        // The first word of the sentence is the subject when it is a noun.
        assert_eq!(
            row("Attendance was 81.4% last term.", "81.4%")[5],
            "attendance"
        );
        assert_eq!(row("But 30 firms said no.", "30")[5], "firms");
        // The base of a change is not what changed.
        assert_eq!(
            row("Exports were up 3.2% month on month.", "3.2%")[5],
            "exports"
        );
        assert_eq!(row("Output rose 1.1% year-on-year.", "1.1%")[5], "rose");
        // A verb of an earlier clause is not the subject of a figure
        // after "and".
        assert_eq!(
            row(
                "Two bridges collapsed and about 900 cars were swept away.",
                "about 900"
            )[5],
            "cars"
        );
    }

    #[test]
    fn units_of_oil_chips_and_quakes() {
        for (text, span, value, unit) in [
            (
                "Output slipped to 950,000 b/d in May.",
                "950,000 b/d",
                "950000",
                "bbl/day",
            ),
            (
                "The field pumps 2.1m bpd.",
                "2.1m bpd",
                "2100000",
                "bbl/day",
            ),
            ("The new chip is clocked at 4.4GHz.", "4.4GHz", "4.4", "GHz"),
            ("Tune in on 101.7 MHz.", "101.7 MHz", "101.7", "MHz"),
            (
                "The tremor registered 5.9 on the Richter scale.",
                "5.9 on the Richter scale",
                "5.9",
                "magnitude",
            ),
        ] {
            let r = row(text, span);
            assert_eq!((r[1].as_str(), r[2].as_str()), (value, unit), "{text}");
        }
    }

    #[test]
    fn an_attached_m_before_a_time_is_million() {
        for (text, span, value) in [
            ("Claims fell to 3.4m in January.", "3.4m", "3400000"),
            ("Members passed 2m in 2019.", "2m", "2000000"),
            ("The app reached 6m by March.", "6m", "6000000"),
            ("Sign-ups hit 1.5m last month.", "1.5m", "1500000"),
        ] {
            let r = row(text, span);
            assert_eq!((r[1].as_str(), r[2].as_str()), (value, ""), "{text}");
        }
        // Lengths keep their metres.
        for (text, span) in [
            ("The mast is 12m in height.", "12m"),
            ("Waves rose 4m in places.", "4m"),
        ] {
            assert_eq!(row(text, span)[2], "m", "{text}");
        }
    }

    #[test]
    fn basis_points_written_bp() {
        let r = row("Gilt yields jumped 22bp on Monday.", "22bp");
        assert_eq!((r[1].as_str(), r[2].as_str()), ("0.22", "percentage_point"));
        // The company's initials are no unit.
        assert!(
            rows("He bought 40 BP shares.")
                .iter()
                .all(|r| r[2] != "percentage_point")
        );
    }

    #[test]
    fn modals_and_on_are_skipped_on_the_way_to_the_subject() {
        assert_eq!(
            row("Turnover should be about $4bn.", "about $4bn")[5],
            "turnover"
        );
        assert_eq!(row("The Greens were on 11%.", "11%")[5], "greens");
        let r = row(
            "Nairobi will spend Sh2.4 billion on roads.",
            "Sh2.4 billion",
        );
        assert_eq!((r[1].as_str(), r[2].as_str()), ("2400000000", "KES"));
    }

    #[test]
    fn ages_after_a_role_noun() {
        for (text, span) in [
            ("The midfielder, 27, signed a new deal.", "27"),
            ("A mother-of-three, 41, was hurt.", "41"),
            ("The journalist, 58, denies the charges.", "58"),
        ] {
            let r = row(text, span);
            assert_eq!(r[2], "year", "{text}: {r:?}");
        }
        // Numbered things in -er are not people.
        for (text, span) in [
            ("Look at chapter, 12, for details.", "12"),
            ("The winning number, 17, was drawn.", "17"),
        ] {
            let got = rows(text);
            assert!(
                got.iter().all(|r| !(r[0] == span && r[2] == "year")),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn a_rank_after_no_is_an_ordinal() {
        assert_eq!(
            figures("Lumetra, the country’s No. 2 mobile operator, was hacked."),
            vec![("No. 2".into(), "2".into())]
        );
        assert_eq!(
            figures("She is ranked No. 3 in the world.")[0],
            ("No. 3".into(), "3".into())
        );
        assert!(figures("He lives at No. 10 Downing Street.").is_empty());
        assert_eq!(
            figures("Last weekend’s No. 1, a cartoon, fell to second.")[0],
            ("No. 1".into(), "1".into())
        );
    }

    #[test]
    fn a_margin_is_no_negative_and_what_a_name_owns_is_no_name() {
        let got = figures("The margin of error is plus or minus 3 percentage points.");
        assert_eq!(got, vec![("3 percentage points".into(), "3".into())]);
        assert_eq!(figures("It fell to minus 3 degrees.")[0].1, "-3");
        let got = figures("Debt is high for Arveland’s 50 million people.");
        assert_eq!(got, vec![("50 million".into(), "50000000".into())]);
        assert!(figures("He flew on Apollo 11 to the moon.").is_empty());
    }

    #[test]
    fn a_fraction_after_a_change_word() {
        let r = row("Complaints were up a quarter on 2023.", "a quarter");
        assert_eq!(r[1], "0.25");
        let r = row("Sales fell a fifth in the spring.", "a fifth");
        assert_eq!(r[1], "0.2");
        // An ordinal after "up" stays an ordinal.
        assert!(
            rows("They moved up a third place in the league.")
                .iter()
                .all(|r| r[0] != "a third")
        );
    }

    #[test]
    fn an_object_pronoun_is_no_subject() {
        assert_eq!(row("The court fined them $8,000.", "$8,000")[5], "fined");
    }

    #[test]
    fn hyphenated_rates_and_pc() {
        let r = row("He turned down a £250,000-a-week offer.", "£250,000-a-week");
        assert_eq!(r[2], "GBP/week");
        let r = row("It is a $2 million-a-year job.", "$2 million-a-year");
        assert_eq!((r[1].as_str(), r[2].as_str()), ("2000000", "USD/year"));
        let r = row("Nearly 40pc of homes are rented.", "Nearly 40pc");
        assert_eq!((r[1].as_str(), r[2].as_str()), ("40", "percent"));
        // Capital "PC" is a computer.
        assert!(
            rows("The lab bought 30 PC units.")
                .iter()
                .all(|r| r[2] != "percent")
        );
    }

    #[test]
    fn a_year_before_a_noun_is_no_count() {
        for text in [
            "The group's 2025 turnover beat forecasts.",
            "Its 2024 results were delayed.",
            "The 2030 target was dropped.",
        ] {
            let got = rows(text);
            assert!(
                got.iter()
                    .all(|r| r[1] != "2025" && r[1] != "2024" && r[1] != "2030"),
                "{text}: {got:?}"
            );
        }
        // Counts of things stay counts.
        assert_eq!(row("Police arrested 1950 people.", "1950")[1], "1950");
        assert_eq!(row("There were 2012 of them.", "2012")[1], "2012");
    }

    #[test]
    fn points_written_as_a_modifier() {
        let r = row(
            "Polls give the Greens an 8-point lead over Labour.",
            "8-point",
        );
        assert_eq!(r[2], "percentage_point");
        let r = row("The Nasdaq closed after a 300-point slide.", "300-point");
        assert_eq!(r[2], "points");
        // A list of points is a count.
        let r = row("Ministers agreed a 12-point plan.", "12");
        assert_eq!(r[2], "");
    }

    #[test]
    fn margins_of_a_game_are_points_and_of_a_vote_percentage_points() {
        for (text, span, unit) in [
            ("The visitors won by 9 points.", "9 points", "points"),
            (
                "Munster sit 7 points clear at the top.",
                "7 points",
                "points",
            ),
            (
                "The Celtics were beaten by 21 points.",
                "21 points",
                "points",
            ),
            (
                "The senator won by 8 points in the election.",
                "8 points",
                "percentage_point",
            ),
        ] {
            assert_eq!(row(text, span)[2], unit, "{text}");
        }
    }

    #[test]
    fn barely_and_scarcely_are_approximate() {
        for (text, span) in [
            ("Barely 150 fans made the trip.", "Barely 150"),
            (
                "The fund raised scarcely 40,000 dollars.",
                "scarcely 40,000 dollars",
            ),
            ("Hardly 5% of members voted.", "Hardly 5%"),
        ] {
            assert_eq!(row(text, span)[3], "approx", "{text}");
        }
    }

    #[test]
    fn ages_of_a_pair() {
        for (text, age) in [
            ("The sisters, both 23, were rescued.", "23"),
            ("Brown and Patel, both 61, deny the charges.", "61"),
        ] {
            let r = row(text, age);
            assert_eq!(r[2], "year", "{text}");
        }
        let r = row("Two men, aged 31 and 27, were held.", "27");
        assert_eq!(r[2], "year");
        // "both" after a thing is no age
        let r = row("The reports, both 40 pages long, were published.", "40");
        assert_ne!(r[2], "year");
    }

    #[test]
    fn a_share_of_a_ranked_whole_and_a_place_before_a_finishing_time() {
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            figures("Donors from the poorest fifth of areas give less."),
            [p("fifth", "0.2")]
        );
        assert_eq!(
            figures("The top tenth of earners pay most."),
            [p("tenth", "0.1")]
        );
        // (a part of a time or of a match is no share)
        assert!(figures("In the first half of the match they led.").is_empty());
        // a place held, then the time it was held in
        assert_eq!(
            figures("Reskel was second in 2:31:12, and Farhaug was third."),
            [p("second", "2"), p("third", "3")]
        );
        // (a second, then a time that is no finishing time)
        assert!(figures("It was second in line.").is_empty());
    }
}
