//! Attribution claims: who said what. Direct quotes (straight, curly,
//! nested single quotes, quotes over several sentences and paragraphs),
//! reported speech ("Lavrov cautioned that ..."), and "according to X".
//!
//! The speaker of each is found by cue verbs (said, told, warned...) and
//! read as a noun phrase: a named person with their role ("Russian Foreign
//! Minister Sergei Lavrov"), an organisation ("the Pentagon") or an
//! anonymous source ("a senior official", "Islamist sources"). A later bare
//! surname resolves to the fullest name in the document, and a pronoun
//! ("he added") to the most recent named speaker. The claim's `unit`
//! column types the speaker: `person`, `organisation` or `anonymous`.

use super::lexicon::Lexicon;
use super::text::{is_quote_char, with_word_class};
use super::{Ctx, RuleInfo};
use crate::claim::{Claim, Kind};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// The attribution rules, for the registry: their ids, descriptions,
/// examples and counter-examples are data, the `[[rule]]` tables of
/// `rules/builtin/attribution.toml`.
pub fn rules() -> &'static [RuleInfo] {
    static RULES: LazyLock<Vec<RuleInfo>> =
        LazyLock::new(|| super::rule_infos(super::lexicon::BUILTIN_SOURCE, "attribution"));
    &RULES
}

/// Adjuncts between a cue verb and its content: "on Thursday", "in a
/// statement", "late on Friday", "following the announcement".
static ADJUNCT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&with_word_class(r"^,?\s*(?:(?:late|early)\s+)?(?:(?:on|in|at|during|after|following|via|through)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w’'-]+\s+){0,3}?(?:statement|interview|conference|briefing|call|meeting|speech|address|letter|post|announcement|remarks|broadcast|session|hearing|debate|television|radio|parliament|court|X|Twitter|Facebook|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekend|morning|afternoon|evening|night|week|month|year|time)(?:\s+(?:morning|afternoon|evening|night))?|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|also|previously|earlier|later|again|separately|repeatedly|publicly|privately|recently|often|frequently|consistently|already|only|however|though|nonetheless|nevertheless)|(?:last|this|next)\s+(?:week|month|year|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?-u:\b)"))
        .expect("adjunct regex compiles")
});

/// Whole tails made only of adjuncts (for "..., X said on Thursday.").
static ADJUNCTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&with_word_class(r"^(?:,?\s*(?:(?:late|early)\s+)?(?:(?:on|in|at|during|after|following|via|through|to)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w’'-]+\s*){1,6}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|also|previously|earlier|later|again|separately|repeatedly|publicly|privately|recently|often|frequently|consistently|already|reporters|journalists|Reuters|AFP|AP|(?:last|this|next)\s+(?:week|month|year|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s*)*[.!?]?$"))
        .expect("adjuncts regex compiles")
});

/// `tail` is only adjuncts ("on Thursday", "in a statement to reporters").
/// The pattern lets a preposition take up to six words of any kind, so a
/// content clause ("on Tuesday that prices would rise") would pass it; a
/// "that" among the words is that clause's complementiser, not an adjunct.
fn only_adjuncts(tail: &str) -> bool {
    ADJUNCTS.is_match(tail) && !has_that(tail)
}

/// The word "that" stands in `tail` (a complementiser: no adjunct, no
/// channel).
fn has_that(tail: &str) -> bool {
    tail.split(|c: char| !(c.is_alphanumeric() || c == '’' || c == '\'' || c == '-'))
        .any(|w| w == "that")
}

/// "in an update posted on its website at 6 p.m. on Tuesday", "in a
/// statement issued by its lawyers": where something was said, however
/// long, with no that-clause after it.
static CHANNEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:in|on|via)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+)?(?:statement|update|interview|letter|post|email|e-mail|message|briefing|note|filing|report|tweet|video|speech|release|broadcast|podcast|blog|newsletter)(?-u:\b)")
        .expect("channel regex compiles")
});

/// `tail` is only a channel (see [`CHANNEL`]) and what describes it.
fn channel_only(tail: &str) -> bool {
    CHANNEL.is_match(tail) && !has_that(tail)
}

/// `rest` opens with a possessive ending, "'s" or "’s".
fn possessive_at(rest: &str) -> bool {
    rest.starts_with("'s") || rest.starts_with("’s") || rest.starts_with("\\’s")
}

/// What follows the adjuncts at the start of `rest` ("on Tuesday evening
/// that C" gives "that C"). The last word of a longer adjunct may be left.
fn after_adjuncts(mut rest: &str) -> &str {
    while let Some(m) = ADJUNCT
        .find(rest)
        .filter(|m| m.end() > 0 && !possessive_at(&rest[m.end()..]))
    {
        rest = rest[m.end()..].trim_start();
    }
    rest
}

/// `rest` opens a that-clause, maybe after adjuncts: "on Tuesday that C".
fn opens_that_clause(rest: &str) -> bool {
    after_adjuncts(rest)
        .split_whitespace()
        .take(2)
        .any(|w| w == "that")
}

/// The object of "told", "urged": "reporters", "Reuters", "the BBC", "a
/// news conference", and one word of what it owns ("the club's website").
static OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&with_word_class(r"^\s*(?:(?:the|a|an)\s+)?(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}(?:\s+(?:radio|television|newspaper|broadcaster|channel|magazine|news\s+agency))?|reporters|journalists|lawmakers|legislators|parliament|senators|supporters|jurors|the\s+jury|investors|shareholders|colleagues|staff|employees|analysts|residents|voters|delegates|students|members|the\s+\w+|(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:briefing|conference|meeting|rally|hearing|crowd|audience|gathering|committee|panel|summit|forum|session|inquiry|inquest|trial|court|tribunal|assembly|congress|convention|seminar|symposium|webinar|podcast|programme|program|show)|him|her|them|us|me)(?-u:\b)(?:['’]s\s+\w+(?-u:\b))?"))
        .expect("object regex compiles")
});

/// A wire story's dateline, "BRASK, Feb 14 (Wire) - ", "LISBON (Reuters) —":
/// where the story was filed, not what anyone said.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-Z]{2}[A-Z'’.-]*(?: [A-Z][A-Z'’.-]*){0,3}(?:, [A-Z][a-z]{2,9}\.? \d{1,2})? ?\([^)\n]{1,24}\) ?[-–—]+ ?")
        .expect("dateline regex compiles")
});

/// `cs` moved past a dateline that opens the content there, and past a
/// connective that ties the sentence to the one before ("Separately,",
/// "Meanwhile,", "However,"): neither is what anyone said.
fn after_dateline(text: &str, cs: usize, ce: usize) -> usize {
    if !text[cs..].starts_with(|c: char| c.is_ascii_uppercase()) {
        return cs;
    }
    let cs = match DATELINE.find(&text[cs..ce]) {
        Some(m) if cs + m.end() < ce => cs + m.end(),
        _ => cs,
    };
    let head = &text[cs..ce];
    let word_end = head
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(head.len());
    if head[word_end..].starts_with(", ")
        && matches!(
            &head[..word_end],
            "Separately"
                | "Meanwhile"
                | "However"
                | "Moreover"
                | "Additionally"
                | "Elsewhere"
                | "Overall"
                | "Still"
                | "Nonetheless"
                | "Nevertheless"
                | "Furthermore"
        )
        && cs + word_end + 2 < ce
    {
        return cs + word_end + 2;
    }
    cs
}

static ACCORDING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:according\s+to|per)\s+").expect("according regex compiles")
});

/// "as one tenant put it" and "in the words of the charity X" after a
/// quote (group 1 the speaker).
static WORDS_OF_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[,.]?\s*(?:(?i:as)\s+([^,.;:!?“”\x22()—–]{2,80}?)\s+(?:put|puts|phrased) it|(?i:in the words of)\s+([^,.;:!?“”\x22()—–]{2,80}))(?-u:\b)",
    )
    .expect("words-of regex compiles")
});

/// The same frames before a quote: "As one tenant put it, “...”".
static WORDS_OF_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:(?i:as)\s+([^,.;:!?“”\x22()—–]{2,80}?)\s+(?:put|puts|phrased) it|(?i:in the words of)\s+([^,.;:!?“”\x22()—–]{2,80}?))\s*[,:]\s*$",
    )
    .expect("words-of regex compiles")
});

/// "As Strathcarrow pointed out, C", "As the report noted, C": a speaker
/// framed by "as" before what they said, opening a sentence (group 1 the
/// speaker).
static AS_X_NOTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^As\s+([^,.;:!?“”\x22()—–]{2,80}?)\s+(?:has\s+|had\s+|also\s+)?(?:pointed\s+out|points\s+out|noted|notes|said|says|explained|observed|warned|argued|reported|wrote|remarked|acknowledged|conceded|stressed|told\s+[^,.;:!?“”\x22]{2,40}?),\s+",
    )
    .expect("as-noted regex compiles")
});

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i"];

/// The `stype` of "it" opening a clause before a cue ("It said ..."): a
/// placeholder that `extract` replaces with the organisation that spoke
/// last in this paragraph or the one before, or drops.
const IT: &str = "it";

/// The `stype` of "they" opening a clause before a cue ("They said ...",
/// "“...,” they said"): a placeholder that `extract` replaces with the
/// group that spoke last in this paragraph or the one before, or drops.
const THEY: &str = "they";

/// A resolved speaker.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Speaker {
    /// As written in this mention.
    pub surface: String,
    /// Fullest name in the document (or the phrase for groups).
    pub name: String,
    /// Role or affiliation, when stated.
    pub role: String,
    /// person, organisation, anonymous.
    pub stype: &'static str,
    /// Co-speakers: "Kerry and Lavrov said".
    pub others: Vec<Speaker>,
}

impl Speaker {
    /// A speaker named by `phrase` as written (a scraper's backslash
    /// dropped from the name), with no role.
    fn phrase(phrase: &str, stype: &'static str) -> Speaker {
        Speaker {
            surface: phrase.to_string(),
            name: phrase.replace('\\', ""),
            role: String::new(),
            stype,
            others: Vec::new(),
        }
    }

    /// "Name, role" for the ledger's `source` column.
    pub fn source(&self) -> String {
        name_and_role(&self.name, &self.role)
    }
}

/// "Name, role", or the name alone when there is no role: a claim's
/// `source`.
fn name_and_role(name: &str, role: &str) -> String {
    if role.is_empty() {
        name.to_string()
    } else {
        format!("{name}, {role}")
    }
}

/// A word of a sentence, with its byte span.
#[derive(Debug, Clone, Copy)]
struct Word<'a> {
    s: &'a str,
    start: usize,
    end: usize,
}

fn words_in(text: &str, r: Range<usize>) -> Vec<Word<'_>> {
    let mut out = Vec::with_capacity(r.len() / 5);
    let mut start: Option<usize> = None;
    let slice = &text[r.clone()];
    let bytes = slice.as_bytes();
    for (i, c) in slice.char_indices() {
        // (ASCII, most of any text, without decoding the character's class)
        let is_word = match bytes[i] {
            b if b.is_ascii_alphanumeric() => true,
            b'-' | b'\'' | b'.' | b'\\' => true,
            b if b.is_ascii() => false,
            _ => c.is_alphanumeric() || c == '’',
        };
        match (is_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                push_word(text, r.start + s, r.start + i, &mut out);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        push_word(text, r.start + s, r.end, &mut out);
    }
    out
}

fn push_word<'a>(text: &'a str, mut s: usize, mut e: usize, out: &mut Vec<Word<'a>>) {
    // Trailing dots end sentences, except in initials and abbreviations.
    while e > s && text[..e].ends_with('.') && !is_abbrev(&text[s..e]) {
        e -= 1;
    }
    while s < e && text[s..].starts_with(['\'', '’', '\\', '-']) {
        s += text[s..].chars().next().map_or(1, char::len_utf8);
    }
    // (a plural possessive keeps its mark: "the Football Supporters' Association")
    while e > s
        && text[..e].ends_with(['\'', '’', '\\', '-'])
        && !text[..e].ends_with("s’")
        && !text[..e].ends_with("s'")
        && !text[..e].ends_with("s\\’")
        && !text[..e].ends_with("s\\'")
    {
        e -= text[..e].chars().next_back().map_or(1, char::len_utf8);
    }
    if s < e && !is_position_marker(text, s, e) {
        out.push(Word {
            s: &text[s..e],
            start: s,
            end: e,
        });
    }
}

/// A photo caption's position marker, "(L)", "(R)", "(2nd L)", "(centre)":
/// not a word of the names around it.
fn is_position_marker(text: &str, s: usize, e: usize) -> bool {
    // Only a short parenthesis: look at most 12 bytes either way.
    let b = text.as_bytes();
    let inside = |c: u8| c.is_ascii_alphanumeric() || c == b' ' || c == b'-';
    let lo = s.saturating_sub(12);
    // (most words have no bracket before them: no scan)
    if !b[lo..s].contains(&b'(') {
        return false;
    }
    let Some(open) = (lo..s).rev().find(|&i| !inside(b[i])) else {
        return false;
    };
    let hi = (e + 12).min(b.len());
    let Some(close) = (e..hi).find(|&i| !inside(b[i])) else {
        return false;
    };
    if b[open] != b'(' || b[close] != b')' {
        return false;
    }
    let inner = &text[open + 1..close];
    inner.len() <= 12
        && inner.split([' ', '-']).all(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "l" | "r"
                    | "c"
                    | "left"
                    | "right"
                    | "centre"
                    | "center"
                    | "top"
                    | "bottom"
                    | "front"
                    | "back"
                    | "2nd"
                    | "3rd"
                    | "4th"
                    | "second"
                    | "third"
                    | "from"
                    | "to"
                    | "and"
                    | ""
            )
        })
}

fn is_abbrev(w: &str) -> bool {
    let core = w.trim_end_matches('.');
    (core.len() == 1 && core.chars().all(char::is_uppercase))
        || core.contains('.')
        || matches!(
            core,
            "Dr" | "Mr"
                | "Mrs"
                | "Ms"
                | "Gen"
                | "Col"
                | "Lt"
                | "Sen"
                | "Rep"
                | "Gov"
                | "Prof"
                | "St"
                | "Jr"
                | "Sr"
        )
}

/// A courtesy title written before a name: "Mr", "Ms", "Dr." (a form of
/// address, not the speaker's role).
fn is_honorific(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.').to_ascii_lowercase().as_str(),
        "mr" | "mrs" | "ms" | "miss" | "mx" | "dr"
    )
}

/// Capitalized, or an Arabic name with its article ("al-Nuri", "el-Sayed").
fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        || w.split_once('-').is_some_and(|(article, rest)| {
            matches!(
                article,
                "al" | "el" | "ad" | "ar" | "as" | "ash" | "at" | "az" | "an"
            ) && rest.starts_with(|c: char| c.is_uppercase())
        })
}

fn strip_possessive(w: &str) -> &str {
    // (suffix checks by hand: `trim_end_matches` with a string pattern
    // builds a substring searcher on every call, and this runs per word)
    let mut w = w;
    while let Some(s) = w.strip_suffix("'s") {
        w = s;
    }
    while let Some(s) = w.strip_suffix("’s") {
        w = s;
    }
    w.trim_end_matches('\\')
}

fn lower(w: &str) -> String {
    w.to_lowercase()
}

/// A quotation found in the text: the inner content span.
#[derive(Debug, Clone)]
struct Quote {
    /// Span of the content, without the marks.
    inner: Range<usize>,
    /// Span including the marks (closing mark may be missing).
    outer: Range<usize>,
}

/// Find quotations paragraph by paragraph. Straight quotes toggle; curly
/// quotes open and close. A paragraph that ends inside a quote continues it
/// when the next paragraph opens with a quote mark; otherwise the quote
/// ends with the paragraph. Nothing aborts on unbalanced marks.
fn find_quotes(ctx: &Ctx) -> Vec<Quote> {
    let text = ctx.text();
    let mut out = Vec::new();
    let paras = &ctx.doc.paragraphs;
    let mut open: Option<(usize, usize)> = None; // (outer start, inner start)
    for (pi, p) in paras.iter().enumerate() {
        let s = &text[p.clone()];
        let iter = s.char_indices().peekable();
        let mut first = true;
        for (i, c) in iter {
            let at = p.start + i;
            let next_at = at + c.len_utf8();
            if !is_quote_char(c) {
                first = false;
                continue;
            }
            let prev = text[..at].chars().next_back();
            let next = text[next_at..].chars().next();
            let opening = match c {
                '“' | '„' | '«' => true,
                '”' | '»' => false,
                _ => {
                    // straight quote: opens after space/start/opening punct
                    if open.is_some() {
                        // closes unless it clearly opens a new one at a paragraph start
                        first && open.is_some_and(|(s, _)| s < p.start)
                    } else {
                        prev.is_none_or(|ch| {
                            ch.is_whitespace() || matches!(ch, '(' | '[' | '—' | '–' | '-' | ':')
                        }) || next.is_some_and(|ch| ch.is_alphanumeric())
                    }
                }
            };
            if opening {
                match open {
                    Some((os, is)) if first && os < p.start => {
                        // continuation paragraph: keep the quote open
                        let _ = (os, is);
                    }
                    Some(_) => {} // nested opening: ignore
                    None => open = Some((at, next_at)),
                }
            } else if let Some((os, is)) = open.take()
                && at > is
            {
                out.push(Quote {
                    inner: is..at,
                    outer: os..next_at,
                });
            }
            first = false;
        }
        // Paragraph ends with the quote still open.
        if let Some((os, is)) = open {
            let continues = paras
                .get(pi + 1)
                .is_some_and(|n| text[n.clone()].starts_with(['“', '"', '„', '«']));
            if !continues {
                let end = p.end;
                let inner_end = trim_end_punct_quote(text, is, end);
                if inner_end > is {
                    out.push(Quote {
                        inner: is..inner_end,
                        outer: os..end,
                    });
                }
                open = None;
            }
        }
    }
    out
}

/// Add quotations in single marks, as British papers print them ('We will
/// not be intimidated,' she said / ‘...’), outside the double-quoted ones.
/// A single mark is also an apostrophe, so both ends are strict: the quote
/// opens after a space or the paragraph start on a letter, closes within
/// the paragraph after punctuation or a letter and before a space or
/// punctuation ("don't", "workers' pay" do not close one that ends in a
/// plural "s"), and holds at least two words.
fn with_single_quotes(ctx: &Ctx, mut quotes: Vec<Quote>) -> Vec<Quote> {
    let text = ctx.text();
    // (The double-quoted ones are in document order and do not overlap.)
    let inside = |at: usize, qs: &[Quote]| {
        let i = qs.partition_point(|q| q.outer.start <= at);
        i > 0 && at < qs[i - 1].outer.end
    };
    let mut found = Vec::new();
    for p in &ctx.doc.paragraphs {
        let s = &text[p.clone()];
        if !s.contains(['\'', '‘']) {
            continue;
        }
        let mut open: Option<(usize, usize)> = None; // (mark, content start)
        let mut prev: Option<char> = None;
        let mut chars = s.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let at = p.start + i;
            let next = chars.peek().map(|&(_, n)| n);
            let mark = matches!(c, '\'' | '‘' | '’');
            if mark && !inside(at, &quotes) {
                match open {
                    None if c != '’'
                        && prev.is_none_or(|ch| {
                            ch.is_whitespace() || matches!(ch, '(' | '[' | '—' | ':')
                        })
                        && next.is_some_and(char::is_alphabetic) =>
                    {
                        open = Some((at, at + c.len_utf8()));
                    }
                    Some((o, is))
                        if c != '‘'
                            && prev.is_some_and(|ch| {
                                matches!(ch, ',' | '.' | '!' | '?')
                                    || (ch.is_alphabetic() && ch != 's')
                            })
                            && next.is_none_or(|ch| {
                                ch.is_whitespace()
                                    || matches!(ch, ',' | '.' | ';' | ':' | '!' | '?' | ')' | '—')
                            }) =>
                    {
                        let inner = is..at;
                        if text[inner.clone()].split_whitespace().count() >= 2 {
                            found.push(Quote {
                                inner,
                                outer: o..at + c.len_utf8(),
                            });
                        }
                        open = None;
                    }
                    _ => {}
                }
            }
            prev = Some(c);
        }
    }
    if !found.is_empty() {
        quotes.extend(found);
        quotes.sort_by_key(|q| q.outer.start);
    }
    quotes
}

fn trim_end_punct_quote(text: &str, start: usize, end: usize) -> usize {
    let s = &text[start..end];
    start + s.trim_end().len()
}

/// Extract attribution claims. Returns the claims; their `source` holds the
/// speaker with role and their `value` the resolved name.
pub fn extract(ctx: &Ctx) -> Vec<Claim> {
    let text = ctx.text();
    let names = NameBook::build(ctx);
    let mut claims: Vec<Claim> = Vec::new();
    let quotes = with_single_quotes(ctx, find_quotes(ctx));
    let mut last_person: Option<Speaker> = None;
    // The role each person was given where it was stated ("Lanske’s
    // lawyer, Anton Brecht"), for a later "the lawyer said".
    let mut roles: Vec<(String, String)> = Vec::new();
    // Who spoke last, and where: what "It said" and "They said" mean.
    let mut spoke = LastSpoke::default();
    // What "the company" or "the club" was found to be, by that phrase.
    let mut generic: Vec<(String, Speaker)> = Vec::new();
    let mut last_quote_speaker: Option<(usize, Speaker)> = None; // (paragraph, speaker)
    let mut pending: Vec<Quote> = Vec::new(); // quotes without a speaker yet
    let mut groups = Groups::default(); // organisations and groups seen
    for g in names.groups() {
        groups.add(g);
    }

    // Sentence-level reported speech and according-to, and quote speakers,
    // in document order so pronouns resolve to the latest named speaker.
    let mut qi = 0;
    // The person the sentence before opened on, when it said nothing:
    // "Kessler was defiant. “I would do it all again.”"
    let mut subject_of: Option<(usize, Speaker)> = None;
    for (si, sr) in ctx.doc.sentences.iter().enumerate() {
        let claims_before = claims.len();
        // Quotes that start in this sentence.
        while qi < quotes.len() && quotes[qi].outer.start < sr.end {
            let q = quotes[qi].clone();
            qi += 1;
            if q.outer.start < sr.start && q.outer.end <= sr.start {
                continue;
            }
            let content = text[q.inner.clone()].trim();
            let n_words = content.split_whitespace().count();
            if is_title(content) {
                continue;
            }
            let speaker = quote_speaker(ctx, &q, &names, last_person.as_ref())
                .and_then(|sp| resolve_pointer(ctx, sp, &spoke, q.outer.start, None, &mut generic));
            let continued = speaker.is_none();
            let speaker = match speaker {
                Some(s) => Some(s),
                None => {
                    // A whole quoted paragraph right after a quoted speaker's
                    // paragraph belongs to that speaker.
                    let p = ctx.doc.paragraph_index(q.outer.start);
                    let para_is_quote = p.is_some_and(|p| {
                        let para = &ctx.doc.paragraphs[p];
                        para.start == q.outer.start
                            && text[q.outer.end.min(para.end)..para.end].trim().is_empty()
                    });
                    // Or a quote opening a sentence right after the same
                    // paragraph's attributed quote ("..., Lindqvist said.
                    // “These numbers show ...”").
                    let opens_sentence = ctx.sentence_of(q.outer.start).1 == q.outer.start;
                    let same_para = |at: usize| ctx.doc.paragraph_index(at) == p;
                    match (&last_quote_speaker, p) {
                        (Some((lp, s)), Some(p)) if para_is_quote && *lp + 1 == p => {
                            Some(s.clone())
                        }
                        (Some((lp, s)), Some(p)) if opens_sentence && *lp == p => Some(s.clone()),
                        _ => subject_of
                            .as_ref()
                            .filter(|(sj, _)| {
                                opens_sentence
                                    && *sj + 1 == si
                                    && same_para(ctx.doc.sentences[*sj].start)
                            })
                            .map(|(_, sp)| sp.clone()),
                    }
                }
            };
            let Some(speaker) = speaker else {
                // Perhaps inside a reported clause: "said the government
                // was considering it \"if the numbers allow it\"".
                if n_words >= 1 {
                    pending.push(q);
                }
                continue;
            };
            let speaker = canonical(
                the_role_of(speaker, last_person.as_ref()),
                &mut groups,
                &names,
            );
            // ("..., said Ana Pereira. “That’s gone.”": a whole short
            // sentence after the speaker's quote is still theirs; a
            // one-word answer opening its sentence stands with its tag:
            // "“No,” she said.")
            let whole_sentence = continued && n_words >= 2 && content.ends_with(['.', '!', '?']);
            let stands_alone = n_words >= 4
                || whole_sentence
                || short_quote_ok(text, &q, ctx.lexicon)
                || ((n_words >= 2 || ctx.sentence_of(q.outer.start).1 == q.outer.start)
                    && cue_follows(text, &q, ctx.lexicon));
            if !stands_alone {
                // Too short to stand alone; inside a reported clause it is
                // that speaker's ("... that the bank would “not be rushed”").
                if n_words >= 1 {
                    pending.push(q);
                }
                continue;
            }
            if speaker.stype == "person" || one_anonymous_person(&speaker, ctx.lexicon) {
                last_person = Some(with_role(&mut roles, &speaker));
            }
            if speaker.stype == "organisation" {
                spoke.org = Some((q.outer.start, speaker.clone()));
            }
            if untitled(&speaker, &names) {
                spoke.untitled = Some((q.outer.start, speaker.clone()));
            }
            if is_group(&speaker, ctx.lexicon) {
                spoke.group = Some((q.outer.start, speaker.clone()));
            }
            if let Some(p) = ctx.doc.paragraph_index(q.outer.end.saturating_sub(1)) {
                last_quote_speaker = Some((p, speaker.clone()));
            }
            push_quote(&mut claims, text, &q, &speaker);
        }
        // Reported speech in this sentence (outside quotes).
        let mut first_reported = true;
        for (range, speaker, ctype, rule) in
            reported(ctx, sr.clone(), &quotes, &names, last_person.as_ref())
        {
            let opens_on_speaker = std::mem::take(&mut first_reported)
                && speaker.surface.split_whitespace().next().is_some_and(|w| {
                    text[sr.start..range.start]
                        .trim_start()
                        .starts_with(w.trim_end_matches(','))
                });
            let Some(speaker) = resolve_pointer(
                ctx,
                speaker,
                &spoke,
                range.start,
                Some((range.clone(), &names)),
                &mut generic,
            ) else {
                continue;
            };
            let speaker = canonical(
                the_role_of(speaker, last_person.as_ref()),
                &mut groups,
                &names,
            );
            if speaker.stype == "person" || one_anonymous_person(&speaker, ctx.lexicon) {
                last_person = Some(with_role(&mut roles, &speaker));
            }
            if speaker.stype == "organisation" {
                spoke.org = Some((range.start, speaker.clone()));
            }
            if untitled(&speaker, &names) {
                spoke.untitled = Some((range.start, speaker.clone()));
            }
            if is_group(&speaker, ctx.lexicon) {
                spoke.group = Some((range.start, speaker.clone()));
            }
            // (a request: who asked is known, but nothing was reported)
            if ctype.is_empty() {
                continue;
            }
            // (claims so far are in document order; only recent ones can hold it)
            if claims.iter().rev().take(64).any(|c| {
                c.start <= range.start && range.end <= c.end && c.rule == "attribution.quote"
            }) {
                continue;
            }
            if let Some(p) = ctx.doc.paragraph_index(range.start) {
                last_quote_speaker = Some((p, speaker.clone()));
            }
            // "“I looked out and there she was.” Marta Ilves, 38, who lives
            // opposite, said she called the police": a quote with no tag of
            // its own, right before a sentence of the same paragraph that
            // opens on its speaker, is that speaker's.
            if opens_on_speaker
                && let Some(k) = pending.iter().rposition(|q| {
                    q.outer.end <= sr.start
                        && text[q.outer.end..sr.start].trim().is_empty()
                        && ctx.doc.paragraph_index(q.outer.start)
                            == ctx.doc.paragraph_index(sr.start)
                        && ctx.sentence_of(q.outer.start).1 == q.outer.start
                        && text[q.inner.clone()].trim_end().ends_with(['.', '!', '?'])
                        && text[q.inner.clone()].split_whitespace().count() >= 4
                })
            {
                let q = pending.remove(k);
                push_quote(&mut claims, text, &q, &speaker);
            }
            for sp in speaker.others.iter().rev().chain(std::iter::once(&speaker)) {
                claims.push(make(range.start, range.end, text, ctype, rule, sp));
            }
        }
        // "..., he said, adding that the party would choose a new leader":
        // a second thing the same speaker said.
        if claims.len() > claims_before
            && let Some((k, len)) = also_said_at(&text[sr.clone()])
        {
            let at = sr.start + k;
            let cs = at + len;
            // (a quote after "adding:" is its own claim, the quote's)
            let cs = if text[cs..sr.end].trim_start().starts_with(['“', '"', '‘']) {
                sr.end
            } else {
                cs
            };
            let ce = trim_content_end(text, cs, sr.end);
            let said: Vec<Claim> = claims[claims_before..]
                .iter()
                .filter(|c| c.start < at && c.end <= at + 1)
                .cloned()
                .collect();
            let covered = claims[claims_before..]
                .iter()
                .any(|c| c.rule != "attribution.quote" && c.start <= cs && ce <= c.end);
            if ce > cs && !covered {
                let first = said.first().map(|c| (c.value.clone(), c.unit.clone()));
                for c in said
                    .iter()
                    .filter(|c| Some((c.value.clone(), c.unit.clone())) == first)
                {
                    let mut a = c.clone();
                    a.ctype = "reported".into();
                    a.rule = "attribution.reported".into();
                    a.start = cs;
                    a.end = ce;
                    a.subject = text[cs..ce]
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ");
                    claims.push(a);
                }
            }
        }
        // A sentence that opens on a person's full name and attributes
        // nothing ("Ursula von der Leyen announced sanctions.") makes that
        // person the one a following "she said" means.
        if claims.len() == claims_before {
            // ("Asked whether the fee weighed on him, Bakare laughed.": the
            // subject after a participle phrase of questioning)
            let after_asked = || {
                let sent = &text[sr.clone()];
                let first = sent.split_whitespace().next().unwrap_or("");
                let comma = sent.find(", ")?;
                matches!(
                    first,
                    "Asked" | "Pressed" | "Questioned" | "Speaking" | "Interviewed" | "Reached"
                )
                .then(|| subject_person(ctx, sr.start + comma + 2..sr.end, &names))
                .flatten()
            };
            if let Some(sp) = subject_person(ctx, sr.clone(), &names).or_else(after_asked) {
                last_person = Some(with_role(&mut roles, &sp));
                subject_of = Some((si, sp));
            } else if let Some(sp) = agent_person(ctx, sr.clone(), &names) {
                // ("Doubts were first raised by the art historian Marguerite
                // Lyle. In her book, she argued ...")
                last_person = Some(with_role(&mut roles, &sp));
            }
        }
    }
    // Quotes with no speaker of their own that sit inside a reported
    // clause belong to that clause's speaker.
    let mut framed = Vec::new();
    let mut by_start: Vec<usize> = (0..claims.len()).collect();
    by_start.sort_by_key(|&i| claims[i].start);
    for q in &pending {
        let upto = by_start.partition_point(|&i| claims[i].start <= q.outer.start);
        let near = by_start[upto.saturating_sub(64)..upto]
            .iter()
            .map(|&i| &claims[i]);
        for c in near.filter(|c| {
            c.rule != "attribution.quote" && c.start <= q.outer.start && q.outer.end <= c.end + 1
        }) {
            let mut qc = c.clone();
            qc.ctype = "quote".into();
            qc.rule = "attribution.quote".into();
            qc.start = q.inner.start;
            qc.end = q.inner.end;
            qc.subject = text[q.inner.clone()]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            framed.push(qc);
        }
    }
    claims.extend(framed);
    // A bare surname read as an organisation ("Lopez predicted") is the
    // person another mention shows it to be ("Lopez, 48, told").
    // ("whom Lyle calls" after "Lyle, reached by telephone, said", which
    // was read as Marguerite Lyle: the one person of that surname)
    // (only read when some one-word organisation is there to fix)
    let one_word_org = claims
        .iter()
        .any(|c| c.unit == "organisation" && !c.value.contains(' '));
    let people: Vec<String> = claims
        .iter()
        .filter(|c| one_word_org && c.unit == "person")
        .map(|c| c.value.clone())
        .collect();
    if !people.is_empty() {
        for c in claims.iter_mut() {
            if c.unit != "organisation" || c.value.contains(' ') {
                continue;
            }
            let mut full = people
                .iter()
                .filter(|p| *p == &c.value || p.rsplit(' ').next() == Some(c.value.as_str()));
            if let Some(first) = full.next() {
                let first = first.clone();
                c.unit = "person".into();
                if full.all(|p| *p == first) {
                    if c.source == c.value {
                        c.source.clone_from(&first);
                    }
                    c.value = first;
                }
            }
        }
    }
    // "Noor, whose real name is Noor Haddad, wrote": the fullest name is
    // the real one, however the article calls her.
    for (k, _) in text.match_indices(", whose real name is ") {
        let before = text[..k]
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("");
        let after_at = k + ", whose real name is ".len();
        let real: Vec<&str> = text[after_at..]
            .split_whitespace()
            .take(4)
            .take_while(|w| is_cap(w))
            .collect();
        let real = real.join(" ");
        let real = real.trim_end_matches([',', '.']);
        if is_cap(before) && real.contains(' ') {
            for c in claims.iter_mut().filter(|c| c.value == before) {
                c.value = real.to_string();
                c.unit = "person".into();
            }
        }
    }
    claims.sort_by_key(|c| (c.start, c.end));
    claims.dedup_by(|a, b| a.start == b.start && a.end == b.end && a.value == b.value);
    interview_transcript(ctx, &names, &mut claims);
    lede_speaker_named_after(ctx, &mut claims);
    lede_someone_named_after(ctx, &mut claims);
    lede_institution_named_after(ctx, &names, &mut claims);
    shared_surnames(ctx, &names, &mut claims);
    subject_before_pronoun(ctx, &names, &mut claims);
    reply_to_question(ctx, &names, &mut claims);
    pronouns_by_gender(ctx, &mut claims);
    claims
}

/// "Erik Sandvold, whose son Jonas is among the three, has been waiting.
/// “…,” Sandvold said.": a surname two people of the article share, written
/// bare in the tag, is the one of them named in full last, in its
/// paragraph or the one before ("the younger Sandvold" says which by
/// itself and is left alone), and so are the untagged words that go on
/// with it in its paragraph.
fn shared_surnames(ctx: &Ctx, names: &NameBook, claims: &mut [Claim]) {
    let text = ctx.text();
    for i in 0..claims.len() {
        let c = &claims[i];
        if c.unit != "person" {
            continue;
        }
        let v = c.value.clone();
        let Some((_, last)) = v.rsplit_once(' ') else {
            continue;
        };
        let Some(ids) = names.by_last.get(last) else {
            continue;
        };
        let mut fulls: Vec<&(String, String)> = Vec::new();
        for &k in ids {
            let e = &names.full[k];
            if e.0.contains(' ') && !fulls.iter().any(|f| f.0 == e.0) {
                fulls.push(e);
            }
        }
        // ("Van Oordt" is "Liesbet van Oordt" written short: one person)
        let short = |f: &str, all: &[&(String, String)]| {
            all.iter().any(|g| {
                g.0.len() > f.len() && super::text::ends_with_ignore_case(&g.0, &format!(" {f}"))
            })
        };
        let all = fulls.clone();
        fulls.retain(|f| !short(&f.0, &all));
        if fulls.len() < 2 || !fulls.iter().any(|f| f.0 == v) {
            continue;
        }
        let (sent, ss) = ctx.sentence_of(c.end.saturating_sub(1).max(c.start));
        if sent.contains(v.as_str()) {
            continue;
        }
        // the bare surname, outside the quote, with no word that says which
        let bare = sent.match_indices(last).any(|(k, _)| {
            let at = ss + k;
            let word = !text[..at].ends_with(char::is_alphanumeric)
                && !text[at + last.len()..].starts_with(char::is_alphanumeric);
            let which = matches!(
                super::text::prev_word(text, at)
                    .to_ascii_lowercase()
                    .as_str(),
                "younger" | "elder" | "older" | "senior" | "junior"
            );
            word && !which && !(c.start <= at && at < c.end)
        });
        let Some(p) = ctx.doc.paragraph_index(ss).filter(|_| bare) else {
            continue;
        };
        let from = ctx.doc.paragraphs[p.saturating_sub(1)].start.min(ss);
        let Some(&(w, role)) = fulls
            .iter()
            .filter_map(|f| {
                text[from..ss]
                    .rfind(f.0.as_str())
                    .map(|m| (m, (&f.0, &f.1)))
            })
            .max_by_key(|(m, _)| *m)
            .map(|(_, e)| e)
            .as_ref()
        else {
            continue;
        };
        if *w == v {
            continue;
        }
        let source = name_and_role(w, role);
        for (j, r) in claims.iter_mut().enumerate().skip(i) {
            if ctx.doc.paragraph_index(r.start) != Some(p) {
                break;
            }
            let own_sentence = ctx.sentence_of(r.end.saturating_sub(1).max(r.start)).0;
            if r.value == v && (j == i || !own_sentence.contains(last)) {
                r.value = w.clone();
                r.source = source.clone();
            }
        }
    }
}

/// "Mallory was pressed on the cost. “Will you publish it?” one reporter
/// asked. “Yes,” he replied.": a pronoun tagging the words right after
/// someone's question is not the asker but the person the question was
/// put to: the person named last before the question, in its paragraph or
/// the one before.
fn reply_to_question(ctx: &Ctx, names: &NameBook, claims: &mut [Claim]) {
    let text = ctx.text();
    for i in 1..claims.len() {
        let (q, c) = (&claims[i - 1], &claims[i]);
        let asked = q.ctype == "quote"
            && text[q.start..q.end].trim_end().ends_with('?')
            && c.ctype == "quote"
            && c.start > q.end
            && ctx
                .doc
                .paragraph_index(q.start)
                .zip(ctx.doc.paragraph_index(c.start))
                .is_some_and(|(a, b)| b <= a + 1);
        if !asked || pronoun_tag(ctx, c.end.saturating_sub(1).max(c.start)).is_none() {
            continue;
        }
        // (the question's tag is outside the quote and before the reply)
        let (qs, qs_start) = ctx.sentence_of(q.start);
        if qs_start + qs.len() > c.start && !text[q.end..c.start].contains(['?', '.']) {
            continue;
        }
        let Some(p) = ctx.doc.paragraph_index(q.start) else {
            continue;
        };
        let from = ctx.doc.paragraphs[p.saturating_sub(1)].start;
        let latest = |from: usize, to: usize| {
            names
                .full
                .iter()
                // (the first of two names at one mention, as before:
                // `max_by_key` keeps the last)
                .rev()
                .filter_map(|(full, _)| last_mention(text, full, from, to).map(|m| (m, full)))
                .max_by_key(|(m, _)| *m)
        };
        // ("“…?” a reporter asked Auclair.": the one the tag asks)
        let tag_end = (qs_start + qs.len()).min(c.start);
        let asked_whom = latest(q.end, tag_end.max(q.end)).filter(|(m, _)| {
            let before = text[..*m].trim_end();
            ["asked", "asks", "pressed", "challenged"]
                .iter()
                .any(|v| before.ends_with(v))
        });
        let Some(who) = asked_whom
            .or_else(|| latest(from, q.start))
            .map(|(_, full)| full.clone())
        else {
            continue;
        };
        if who == claims[i - 1].value || who == claims[i].value {
            continue;
        }
        let (full, role) = names.resolve(&who);
        let source = name_and_role(&full, &role);
        // (and the rest of the reply: "“No,” she said. “The voters …”")
        let (was, p) = (claims[i].value.clone(), ctx.doc.paragraph_index(c.start));
        for r in claims[i..].iter_mut() {
            if ctx.doc.paragraph_index(r.start) != p {
                break;
            }
            if r.value == was {
                r.value = full.clone();
                r.source = source.clone();
                r.unit = "person".into();
            }
        }
    }
}

/// The last position of `name`'s surname (its last word), as a word, in
/// `text[from..to]`.
fn last_mention(text: &str, name: &str, from: usize, to: usize) -> Option<usize> {
    let sn = name.rsplit(' ').next().unwrap_or(name);
    let hay = &text[from..to];
    let mut end = hay.len();
    while let Some(i) = hay[..end].rfind(sn) {
        let before_ok = !hay[..i].ends_with(|c: char| c.is_alphanumeric());
        let after_ok = !hay[i + sn.len()..].starts_with(|c: char| c.is_alphanumeric());
        if before_ok && after_ok {
            return Some(from + i);
        }
        end = i;
    }
    None
}

/// A first name and `surname` written together somewhere in the text
/// ("Colin Rafferty's"), when the word before the surname is a capitalized
/// name word, no title or role.
fn full_name_in_text(ctx: &Ctx, surname: &str) -> Option<String> {
    let text = ctx.text();
    let lex = ctx.lexicon;
    text.match_indices(surname).find_map(|(i, _)| {
        let after = &text[i + surname.len()..];
        if after.starts_with(char::is_alphanumeric) || !text[..i].ends_with(' ') {
            return None;
        }
        let given = super::text::prev_word(text, i);
        (given.len() > 1
            && is_cap(given)
            && given.bytes().all(|b| b.is_ascii_alphabetic())
            && !lex.is_title(given)
            && !lex.is_not_name(given)
            && !lex.is_organisation(given))
        .then(|| format!("{given} {surname}"))
    })
}

/// "Rafferty claimed victory outside the count centre. “...,” he said":
/// a quote tagged "he" or "she" right after a sentence that opens on a
/// person the article named in full, and reports nothing itself, is that
/// person's, whoever spoke before.
fn subject_before_pronoun(ctx: &Ctx, names: &NameBook, claims: &mut [Claim]) {
    let text = ctx.text();
    for i in 0..claims.len() {
        let c = &claims[i];
        if c.unit != "person" {
            continue;
        }
        let (_, ss) = ctx.sentence_of(c.start);
        if ss == 0 {
            continue;
        }
        let (prev, ps) = ctx.sentence_of(ss - 1);
        // (the same paragraph, a sentence with no claim of its own)
        if prev.is_empty() || text[ps + prev.len()..ss].contains('\n') {
            continue;
        }
        let mut ws = prev.split_whitespace();
        let (Some(first), Some(verb)) = (ws.next(), ws.next()) else {
            continue;
        };
        let verb_like = verb.len() > 3
            && verb.bytes().all(|b| b.is_ascii_lowercase())
            && (verb.ends_with("ed") || verb.ends_with('s'));
        if !(verb_like && is_cap(first) && first.bytes().all(|b| b.is_ascii_alphabetic()))
            || claims
                .iter()
                .any(|o| ps <= o.start && o.start < ps + prev.len())
            || pronoun_tag(ctx, c.start).is_none()
        {
            continue;
        }
        let (full, role) = if names.by_last.contains_key(first) {
            names.resolve(first)
        } else {
            // ("incumbent Colin Rafferty's lead": a full name the book
            // skipped for its possessive)
            match full_name_in_text(ctx, first) {
                Some(f) => (f, String::new()),
                None => continue,
            }
        };
        if full == first || full == claims[i].value {
            continue;
        }
        let source = name_and_role(&full, &role);
        claims[i].value = full;
        claims[i].source = source;
    }
}

/// "..., a police investigator told an inquest on Wednesday.¶ Sergeant
/// Dominik Farlowe of the county's road policing unit said ...": in a wire
/// story, one unnamed person a lede describes ("a/an" and a noun for
/// someone) is the person named with a title or role where the next
/// paragraph opens.
fn lede_someone_named_after(ctx: &Ctx, claims: &mut [Claim]) {
    let text = ctx.text();
    let Some((p0, true)) = lede_paragraph(ctx) else {
        return;
    };
    let para = |c: &Claim| ctx.doc.paragraph_index(c.start);
    let someone = |v: &str| {
        let rest = v.strip_prefix("a ").or_else(|| v.strip_prefix("an "));
        rest.is_some_and(|r| {
            !r.contains(|c: char| c.is_uppercase() || c == ',') && r.split(' ').count() <= 3
        })
    };
    let Some(desc) = claims
        .iter()
        .find(|c| para(c) == Some(p0) && c.unit == "anonymous" && someone(&c.value))
        .map(|c| c.value.clone())
    else {
        return;
    };
    let Some(next) = claims.iter().find(|c| para(c).is_some_and(|p| p > p0)) else {
        return;
    };
    // (a person given a title or role, opening that paragraph)
    // (its surname within the paragraph's first few words)
    let opens = next.unit == "person"
        && next.source != next.value
        && para(next) == Some(p0 + 1)
        && ctx.doc.paragraphs.get(p0 + 1).is_some_and(|r| {
            let p = text[r.clone()].trim_start();
            let surname = next.value.rsplit(' ').next().unwrap_or("");
            p.starts_with(|c: char| c.is_uppercase()) && p.find(surname).is_some_and(|i| i < 60)
        });
    if !opens {
        return;
    }
    let (value, source) = (next.value.clone(), next.source.clone());
    for c in claims
        .iter_mut()
        .filter(|c| c.value == desc && para(c) == Some(p0))
    {
        c.value = value.clone();
        c.unit = "person".to_string();
        c.source = source.clone();
    }
}

/// An interview printed as questions and answers: "FCB chair Helga Omondi
/// spoke to Wire on Thursday. Excerpts, edited for length:¶Q: When did
/// …?¶A: We opened a review …". Each "Q:" line is a quote of the
/// interviewer (who the introduction says was spoken to), each "A:" line
/// one of the person interviewed (its subject); what they say inside is
/// theirs, not reported speech of its own. Without such an introduction
/// the lines are left alone.
fn interview_transcript(ctx: &Ctx, names: &NameBook, claims: &mut Vec<Claim>) {
    let text = ctx.text();
    let body = ctx.body();
    // (one scan of the body: a line that opens "Q: " or "Q. ")
    let b = text.as_bytes();
    if !text[body.clone()].match_indices("\nQ").any(|(i, _)| {
        let at = body.start + i + 2;
        matches!(b.get(at), Some(b':' | b'.')) && b.get(at + 1) == Some(&b' ')
    }) {
        return;
    }
    // (start of line, start of content, end of content, is a question)
    let mut lines: Vec<(usize, usize, usize, bool)> = Vec::new();
    let mut at = body.start;
    for line in text[body.clone()].split_inclusive('\n') {
        let start = at;
        at += line.len();
        let l = line.trim_end();
        let q = l.starts_with("Q: ") || l.starts_with("Q. ");
        if !(q || l.starts_with("A: ") || l.starts_with("A. ")) {
            continue;
        }
        let cs = start + 3 + (l[3..].len() - l[3..].trim_start().len());
        let ce = start + l.len();
        if ce > cs {
            lines.push((start, cs, ce, q));
        }
    }
    // (a block opens on a question; the introduction is the text before it)
    let Some(&(first, ..)) = lines.iter().find(|l| l.3) else {
        return;
    };
    let intro_start = text[body.start..first]
        .trim_end()
        .rfind("\n")
        .map_or(body.start, |i| body.start + i + 1);
    let intro = &text[intro_start..first];
    let verbs = [
        " spoke to ",
        " talked to ",
        " was interviewed by ",
        " told ",
    ];
    let Some((k, verb)) = verbs
        .iter()
        .filter_map(|v| intro.find(v).map(|k| (k, *v)))
        .min()
    else {
        return;
    };
    let verb_at = intro_start + k;
    let (_, s0) = ctx.sentence_of(verb_at);
    let Some(person) = sentence_subject(ctx, s0.max(intro_start), verb_at + verb.len(), names)
    else {
        return;
    };
    let after = &text[verb_at + verb.len()..first];
    let asker: String = after
        .split_whitespace()
        .take(4)
        .take_while(|w| is_cap(w))
        .map(|w| w.trim_end_matches(['.', ',', ':']))
        .collect::<Vec<_>>()
        .join(" ");
    let interviewer = (!asker.is_empty()).then(|| Speaker::phrase(&asker, "organisation"));
    // (only the block that follows the introduction, line after line)
    let mut out = Vec::new();
    let mut prev_end = first;
    for &(start, cs, ce, q) in lines.iter().skip_while(|l| l.0 < first) {
        if !text[prev_end..start].trim().is_empty() {
            break;
        }
        prev_end = ce;
        let sp = if q {
            interviewer.as_ref()
        } else {
            Some(&person)
        };
        if let Some(sp) = sp {
            out.push(make(cs, ce, text, "quote", "attribution.quote", sp));
        }
    }
    if out.is_empty() {
        return;
    }
    let (lo, hi) = (first, prev_end);
    claims.retain(|c| c.end <= lo || c.start >= hi);
    claims.extend(out);
    claims.sort_by_key(|c| (c.start, c.end));
}

/// "TOLLBRIDGE, May 14 (Wire) - A court on Thursday quashed …, ruling
/// that …": an organisation a wire lede gives only as "a court" is the one
/// organisation the article names in full with that head word ("Judge
/// Agnes Whitlow of the Tollbridge Administrative Court").
fn lede_institution_named_after(ctx: &Ctx, names: &NameBook, claims: &mut [Claim]) {
    let Some((p0, true)) = lede_paragraph(ctx) else {
        return;
    };
    let in_lede = |c: &Claim| ctx.doc.paragraph_index(c.start) == Some(p0);
    let head_of = |v: &str| {
        let rest = ["a ", "an ", "A ", "An "]
            .iter()
            .find_map(|p| v.strip_prefix(p))?;
        (!rest.contains(' ') && ctx.lexicon.is_organisation(rest) && !is_cap(rest))
            .then(|| rest.to_string())
    };
    let Some((desc, full)) = claims.iter().filter(|c| in_lede(c)).find_map(|c| {
        let head = head_of(&c.value)?;
        let full = names.institution_ending(&head)?;
        // (the organisation, not who is "of" it: "Judge Agnes Whitlow of
        // the Tollbridge Administrative Court")
        let full = full
            .rfind(" of the ")
            .map_or(full, |i| &full[i + " of ".len()..]);
        Some((c.value.clone(), full.to_string()))
    }) else {
        return;
    };
    for c in claims.iter_mut().filter(|c| c.value == desc && in_lede(c)) {
        c.value.clone_from(&full);
        c.source.clone_from(&full);
        c.unit = "organisation".to_string();
    }
}

/// The paragraph the body opens with, and whether it opens on a wire
/// dateline ("BRASK, Feb 14 (Wire) - ").
fn lede_paragraph(ctx: &Ctx) -> Option<(usize, bool)> {
    let text = ctx.text();
    let body = ctx.body();
    let first = body.start + text[body].find(|c: char| !c.is_whitespace())?;
    Some((
        ctx.doc.paragraph_index(first)?,
        DATELINE.is_match(&text[first..]),
    ))
}

/// A lede often describes its source and names it in the next paragraph
/// or two: "..., the ship’s captain said." / "Captain Henrik Solvang ...
/// told"; "..., the national grid operator said." / "Sardan Power Networks
/// (SPN) said"; "..., the city's electoral board said." / "The Dunmarsh
/// Electoral Board said". The lede's description (a phrase in lower case
/// after "the", "its" or "their") becomes the first speaker after it who
/// is a person given that role, or an organisation whose name ends in the
/// description's head word; failing both, an organisation the next
/// paragraph opens on, when the description is of an organisation.
fn lede_speaker_named_after(ctx: &Ctx, claims: &mut [Claim]) {
    let text = ctx.text();
    let Some((p0, wire_lede)) = lede_paragraph(ctx) else {
        return;
    };
    let para = |c: &Claim| ctx.doc.paragraph_index(c.start);
    let described = |v: &str| {
        let rest = ["the ", "its ", "their ", "The ", "Its ", "Their "]
            .iter()
            .find_map(|p| v.strip_prefix(p));
        rest.is_some_and(|r| !r.contains(|c: char| c.is_uppercase()) && !r.is_empty())
    };
    let ledes: Vec<String> = claims
        .iter()
        .filter(|c| para(c) == Some(p0) && c.unit != "person" && described(&c.value))
        .map(|c| c.value.clone())
        .collect();
    if ledes.is_empty() {
        return;
    }
    // (`wire_lede`: a wire story's lede opens on its dateline; only there
    // is the next paragraph's first source surely the one the lede
    // described)
    for desc in ledes {
        let head = strip_possessive(desc.rsplit(' ').next().unwrap_or("")).to_lowercase();
        let organisation = claims
            .iter()
            .any(|c| c.value == desc && c.unit == "organisation");
        let after: Vec<&Claim> = claims
            .iter()
            .filter(|c| para(c).is_some_and(|p| p > p0 && p <= p0 + 2))
            .collect();
        let has_head = |s: &str| {
            s.to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == head)
        };
        let named = |c: &Claim| {
            c.value
                .strip_prefix("the ")
                .or_else(|| c.value.strip_prefix("The "))
                .unwrap_or(&c.value)
                .starts_with(char::is_uppercase)
        };
        let by_role = after.iter().find(|c| {
            c.unit == "person"
                && after.iter().any(|d| {
                    d.value == c.value
                        && d.source.split_once(", ").is_some_and(|(_, r)| has_head(r))
                })
        });
        let by_name = || {
            after.iter().find(|c| {
                c.unit == "organisation"
                    && named(c)
                    && c.value.to_lowercase().ends_with(&format!(" {head}"))
            })
        };
        // (two capitalized words read as a person, "Lotto Nordica said",
        // are the organisation when no role, age or pronoun makes them one)
        let no_person = |c: &Claim| {
            c.unit == "person"
                && c.source == c.value
                && c.value.contains(' ')
                && !text.contains(&format!("{}, ", c.value.rsplit(' ').next().unwrap_or("")))
                && !after.iter().any(|d| {
                    d.value == c.value
                        && (pronoun_tag(ctx, d.start).is_some() || d.source != d.value)
                })
        };
        let opens_next = || {
            after.first().filter(|c| {
                wire_lede
                    && organisation
                    && (c.unit == "organisation" || no_person(c))
                    && named(c)
                    && para(c) == Some(p0 + 1)
            })
        };
        let Some(found) = by_role.or_else(by_name).or_else(opens_next) else {
            continue;
        };
        // (found where the next paragraph opens, though read as a person)
        let org_by_place = by_role.is_none() && found.unit == "person";
        let (value, unit, source) = (
            found.value.clone(),
            if org_by_place {
                "organisation".to_string()
            } else {
                found.unit.clone()
            },
            found.source.clone(),
        );
        // (what the lede called it, it is called later too: "the company")
        for c in claims.iter_mut().filter(|c| {
            (c.value == desc && (para(c) == Some(p0) || org_by_place))
                || (org_by_place && c.value == value)
        }) {
            c.value = value.clone();
            c.unit = unit.clone();
            c.source = source.clone();
        }
    }
}

/// The pronoun ("he" or "she") that tags the claims of the sentence
/// holding `at`, outside quotes: "“...,” she said", "He added that ...";
/// `None` when the sentence has none, or both.
fn pronoun_tag(ctx: &Ctx, at: usize) -> Option<bool> {
    let (sent, _) = ctx.sentence_of(at);
    // ("he" or "she" as a word: "the" and "when" hold no pronoun)
    let b = sent.as_bytes();
    let word_he = ["he", "He"].iter().any(|needle| {
        sent.match_indices(needle).any(|(i, _)| {
            let before = if i >= 1 && matches!(b[i - 1], b's' | b'S') {
                i - 1
            } else {
                i
            };
            (before == 0 || !b[before - 1].is_ascii_alphabetic())
                && !b.get(i + 2).is_some_and(u8::is_ascii_alphabetic)
        })
    });
    if !word_he {
        return None;
    }
    let mut she = None;
    // (a sentence that opens inside a quote, “Yes. Within a week,” he
    // said: its first mark closes)
    let mut in_quote = sent.find(['“', '”', '"']).is_some_and(|i| {
        sent[i..].starts_with('”')
            || (i > 0
                && sent[i..].starts_with('"')
                && !sent[..i].ends_with(char::is_whitespace)
                && sent[i + 1..].starts_with(|c: char| c.is_whitespace()))
    });
    let ws: Vec<&str> = sent
        .split(|c: char| {
            let q = matches!(c, '“' | '”' | '"');
            !(c.is_alphanumeric() || c == '\'' || c == '’' || q)
        })
        .filter(|w| !w.is_empty())
        .collect();
    for (k, w) in ws.iter().enumerate() {
        // a mark opens or closes a quote; a pronoun inside one is the
        // speaker's own
        let marks = w.chars().filter(|c| matches!(c, '“' | '”' | '"')).count();
        let bare = w.trim_matches(|c| matches!(c, '“' | '”' | '"'));
        let was_in = in_quote;
        if marks % 2 == 1 {
            in_quote = !in_quote;
        }
        if was_in && in_quote {
            continue;
        }
        let g = match bare {
            "he" | "He" => false,
            "she" | "She" => true,
            _ => continue,
        };
        let cue_next = ws.get(k + 1).is_some_and(|n| ctx.lexicon.is_cue(n));
        // ("..., said she." tags; "Fairweather said she could not
        // comment" is the subject of what was said)
        let cue_before = k > 0
            && ctx.lexicon.is_cue(ws[k - 1])
            && ws
                .get(k + 1)
                .is_none_or(|n| !n.starts_with(|c: char| c.is_lowercase()));
        if !(cue_next || cue_before) {
            continue;
        }
        if she.is_some_and(|s| s != g) {
            return None;
        }
        she = Some(g);
    }
    she
}

/// "Pike’s objection drew a reply from Aske. “...,” she said": a pronoun
/// tag means the person who spoke last only when that person can be so
/// called. People are known as "he" or "she" by the pronoun that tagged
/// their words before, or by a sentence opening on "He"/"She" right after
/// one about them ("Tobias Wren opposed it. He was quoted ..."). A claim
/// tagged with a pronoun its person cannot take goes to the person named
/// nearest before the sentence who can (within about two paragraphs).
fn pronouns_by_gender(ctx: &Ctx, claims: &mut [Claim]) {
    let text = ctx.text();
    // (a pronoun can name the wrong person only where both are written:
    // most texts hold one or neither, and pay two substring searches)
    let has = |w: &str, cap: &str| text.contains(w) || text.contains(cap);
    if !has(" she ", "She ") || !has(" he ", "He ") || !claims.iter().any(|c| c.unit == "person") {
        return;
    }
    // (claims are in document order)
    let mut gender: std::collections::HashMap<String, bool> = std::collections::HashMap::new();
    let mut people: Vec<String> = Vec::new();
    let mut last_sentence = usize::MAX;
    let mut last_person: Option<String> = None;
    for i in 0..claims.len() {
        let c = &claims[i];
        let at = c.end.saturating_sub(1).max(c.start);
        let (sent, sent_start) = ctx.sentence_of(at);
        // A sentence opening on "He"/"She" after one about a person whose
        // pronoun is not known yet (any sentence between this claim and
        // the last one is checked once).
        if sent_start != last_sentence {
            if let Some(p) = &last_person
                && !gender.contains_key(p)
            {
                let from = if last_sentence == usize::MAX {
                    sent_start
                } else {
                    last_sentence
                };
                let between = &text[from.min(sent_start)..sent_start + sent.len()];
                let (mut curly, mut straight) = (0i32, 0u32);
                for line in between.split_inclusive(['.', '!', '?']) {
                    // (a "He" inside a quote is the speaker's own word, also
                    // one opening it: "“She is six,” he said.")
                    let quoted =
                        curly > 0 || straight % 2 == 1 || line.trim_start().starts_with(['“', '"']);
                    for ch in line.chars() {
                        match ch {
                            '“' => curly += 1,
                            '”' => curly -= 1,
                            '"' => straight += 1,
                            _ => {}
                        }
                    }
                    if quoted {
                        continue;
                    }
                    let t = line.trim_start().trim_start_matches(['“', '"']);
                    if t.starts_with("He ") {
                        gender.insert(p.clone(), false);
                        break;
                    }
                    if t.starts_with("She ") {
                        gender.insert(p.clone(), true);
                        break;
                    }
                }
            }
            last_sentence = sent_start;
        }
        if c.unit != "person" {
            continue;
        }
        let tag = pronoun_tag(ctx, at);
        let value = c.value.clone();
        if let Some(g) = tag
            && gender.get(&value).is_some_and(|&known| known != g)
        {
            // the person named nearest before who can take the pronoun
            let from = super::text::floor_char(text, sent_start.saturating_sub(1500));
            let best = people
                .iter()
                .filter(|p| **p != value && gender.get(*p).is_none_or(|&k| k == g))
                .filter_map(|p| last_mention(text, p, from, sent_start).map(|m| (m, p)))
                .max_by_key(|(m, _)| *m)
                .map(|(_, p)| p.clone());
            if let Some(p) = best {
                let source = claims
                    .iter()
                    .find(|x| x.value == p)
                    .map_or_else(|| p.clone(), |x| x.source.clone());
                claims[i].value = p.clone();
                claims[i].source = source;
                last_person = Some(p);
                continue;
            }
        }
        if let Some(g) = tag {
            gender.entry(value.clone()).or_insert(g);
        }
        if !people.contains(&value) {
            people.push(value.clone());
        }
        last_person = Some(value);
    }
}

/// A speaker typed a person by the name alone: a name of two or three
/// words, with no role or title here or anywhere the article gives it, and
/// no co-speakers.
fn untitled(sp: &Speaker, names: &NameBook) -> bool {
    let n = sp.name.split_whitespace().count();
    sp.stype == "person"
        && sp.role.is_empty()
        && sp.others.is_empty()
        && (2..=3).contains(&n)
        && !names.titled(&sp.name)
}

/// Who spoke last in the article, and where: what a pointing "It said" or
/// "They said" can mean.
#[derive(Default)]
struct LastSpoke {
    /// The organisation that spoke last.
    org: Option<(usize, Speaker)>,
    /// The last speaker taken for a person by a name alone, with no title
    /// or role (see [`untitled`]): "It" when no organisation spoke.
    untitled: Option<(usize, Speaker)>,
    /// The group that spoke last.
    group: Option<(usize, Speaker)>,
}

/// The speaker a pointing phrase means. For "It said" (see [`IT`]): the
/// organisation in `spoke.org` when it spoke in the paragraph of `at` or
/// the one before, else the untitled name in `spoke.untitled` by the same
/// rule; `None` when none did. For "They said" (see [`THEY`]): the group
/// in `spoke.group`, by the same rule.
///
/// A generic "the company", "the firm" or "the club" (maybe with one word
/// between: "the freight company") is that organisation too, when it is a
/// name; else the name that opens the clause it reported ("Hallbridge
/// Rovers have sacked their manager, the club announced") or follows "by"
/// there ("a pill made by Virexa Therapeutics cut ..., the company said").
/// Else what the same phrase meant last (`generic`).
fn resolve_pointer(
    ctx: &Ctx,
    sp: Speaker,
    spoke: &LastSpoke,
    at: usize,
    clause: Option<(Range<usize>, &NameBook)>,
    generic: &mut Vec<(String, Speaker)>,
) -> Option<Speaker> {
    let near = |last: Option<&'_ (usize, Speaker)>| -> Option<Speaker> {
        let (was_at, who) = last?;
        let (p, q) = (
            ctx.doc.paragraph_index(*was_at)?,
            ctx.doc.paragraph_index(at)?,
        );
        (q <= p + 1).then(|| who.clone())
    };
    let recent = || near(spoke.org.as_ref());
    if sp.stype == IT {
        // ("The review ... was carried out by the HQB. It found that ...":
        // the document that opens the sentence before)
        if let Some(doc) = document_subject_before(ctx, at) {
            return Some(doc);
        }
        // ("Tarrick Residential said ... It said ...": a name read as a
        // person's, with no title or role, that "It" points back to is an
        // organisation's)
        return recent().or_else(|| {
            near(spoke.untitled.as_ref()).map(|who| Speaker {
                stype: "organisation",
                ..who
            })
        });
    }
    if sp.stype == THEY {
        return near(spoke.group.as_ref());
    }
    // "the company", "the club": any organisation of the story; "the
    // orchestra", "the airline" (`KINDS`): one whose name says so, unless
    // the clause opens on its name.
    let head = sp
        .name
        .strip_prefix("the ")
        .or_else(|| sp.name.strip_prefix("The "))
        .and_then(|rest| {
            // ("the state-owned postal operator": up to two words before it)
            let ws: Vec<&str> = rest.split_whitespace().collect();
            (ws.len() <= 3
                && ws
                    .iter()
                    .all(|w| w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')))
            .then(|| *ws.last().unwrap_or(&""))
        })
        .filter(|_| sp.others.is_empty());
    let any_kind =
        head.is_some_and(|h| matches!(h, "company" | "firm" | "club" | "newspaper" | "paper"));
    const KINDS: &[&str] = &[
        "orchestra",
        "zoo",
        "museum",
        "gallery",
        "theatre",
        "airline",
        "carrier",
        "bank",
        "lender",
        "insurer",
        "retailer",
        "charity",
        "airport",
        "broadcaster",
        "operator",
    ];
    let Some(head) = head.filter(|h| any_kind || KINDS.contains(h)) else {
        // ("the park" after "the Vesterholm Marine Park", "the trust"
        // after "the Stenmouth and Lowvale Health Trust": the one name the
        // story gave that ends in that noun)
        // (not a title: "the finance minister" is a person)
        // ("The review recommended" after "an independent review found":
        // a document the story introduced once, in its fullest form)
        return Some(
            head.filter(|h| sp.stype != "person" && !ctx.lexicon.is_title(h))
                .and_then(|h| {
                    name_ending_in(ctx, at, h).or_else(|| {
                        (sp.name.split_whitespace().count() == 2 && ctx.lexicon.is_document(h))
                            .then(|| introduced_as(ctx, at, h))
                            .flatten()
                    })
                })
                .unwrap_or(sp),
        );
    };
    let key = sp.name.to_lowercase();
    let book = clause.as_ref().map(|(_, n)| *n);
    // (the name the clause opens with first: it says more than who spoke
    // before)
    let found = clause
        .and_then(|(r, names)| org_in_clause(ctx, r, names))
        .or_else(|| {
            recent().filter(|org| {
                org.name.starts_with(|c: char| c.is_uppercase())
                    && !org.name.starts_with("The ")
                    // ("the newspaper" is no campaign group that spoke last)
                    && (!key.ends_with("paper")
                        || MASTHEAD.contains(&strip_possessive(org.name.rsplit(' ').next().unwrap_or(""))))
                    // ("the bank" is no ministry that spoke last)
                    && (any_kind
                        || org.name.to_lowercase().split_whitespace().any(|w| w == head))
            })
        });
    let found = found.or_else(|| {
        (!generic.iter().any(|(k, _)| *k == key))
            .then(|| named_before(ctx, at, &key, book))
            .flatten()
    });
    match found {
        Some(org) => {
            generic.retain(|(k, _)| *k != key);
            generic.push((key, org.clone()));
            Some(org)
        }
        None => Some(
            generic
                .iter()
                .find(|(k, _)| *k == key)
                .map_or(sp, |(_, org)| org.clone()),
        ),
    }
}

/// The document a sentence that opens on "It" at `at` means: the one the
/// sentence before (in the same paragraph) opens on, "The review" or "The
/// council's own audit" (up to three words before a document noun), then
/// its verb or an aside between commas. In its fullest form when the story
/// introduced it once ([`introduced_as`]).
fn document_subject_before(ctx: &Ctx, at: usize) -> Option<Speaker> {
    let text = ctx.text();
    let para = ctx.doc.paragraph_index(at)?;
    let pstart = ctx.doc.paragraphs[para].start;
    let head = &text[pstart..at];
    // the start of the sentence of `at`: after the last ". " before it
    let s0 = head.rfind(". ").map(|i| pstart + i + 2)?;
    if !text[s0..at].starts_with("It ") {
        return None;
    }
    let p0 = text[pstart..s0 - 2]
        .rfind(". ")
        .map_or(pstart, |i| pstart + i + 2);
    let ws = words_in(text, p0..s0);
    let first = ws.first()?;
    if !matches!(first.s, "The" | "Its" | "Their") {
        return None;
    }
    let lex = ctx.lexicon;
    let k = ws
        .iter()
        .take(5)
        .position(|w| lex.is_document(w.s) && w.s.bytes().all(|b| b.is_ascii_lowercase()))?;
    if k == 0 || ws[1..k].iter().any(|w| is_cap(w.s) || lex.is_document(w.s)) {
        return None;
    }
    let after = text[ws[k].end..].trim_start();
    let next = ws.get(k + 1).map_or("", |w| w.s);
    if !(after.starts_with(',') || is_finite_verb(next) || is_auxiliary_verb(next)) {
        return None;
    }
    let phrase = &text[first.start..ws[k].end];
    Some(
        (k == 1)
            .then(|| introduced_as(ctx, at, ws[k].s))
            .flatten()
            .unwrap_or_else(|| Speaker::phrase(phrase, "organisation")),
    )
}

/// The one phrase "a"/"an" and up to two lower-case words before the noun
/// `head` ("an independent review") in the body before `at`, as an
/// organisation; `None` when there is none or more than one.
fn introduced_as(ctx: &Ctx, at: usize, head: &str) -> Option<Speaker> {
    let text = ctx.text();
    let body = ctx.body().start.min(at);
    let mut found: Option<&str> = None;
    for (i, _) in text[body..at].match_indices(head) {
        let (s, e) = (body + i, body + i + head.len());
        let bounded = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        if !bounded(text[..s].chars().next_back()) || !bounded(text[e..].chars().next()) {
            continue;
        }
        let ws = words_in(text, super::text::floor_char(text, s.saturating_sub(40))..e);
        let n = ws.len();
        let Some(a) = (n.saturating_sub(4)..n.saturating_sub(1))
            .find(|&j| matches!(ws[j].s, "a" | "an" | "A" | "An"))
        else {
            continue;
        };
        if ws[a + 1..n - 1]
            .iter()
            .any(|w| !w.s.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
            || text[ws[a].start..e].contains([',', ';', '.'])
        {
            continue;
        }
        // (the noun phrase ends there: "an independent review found"; with
        // "a report by the institute", "a study published in ..." its
        // fullest form is longer, and the speakers named so far have it)
        // ("a study published on Wednesday in ...": a participle and its
        // preposition go on with the noun phrase)
        let mut after = text[e..].split_whitespace();
        let next = after.next().unwrap_or("");
        let participle = matches!(
            after.next().unwrap_or(""),
            "by" | "on" | "in" | "at" | "for" | "from" | "to" | "with" | "last" | "this" | "out"
        );
        if participle
            || !(text[e..].starts_with([',', '.', ';'])
                || is_finite_verb(next)
                || is_auxiliary_verb(next)
                || ctx.lexicon.is_cue(next))
        {
            continue;
        }
        let phrase = &text[ws[a].start..e];
        match found {
            Some(f) if !f.eq_ignore_ascii_case(phrase) => return None,
            _ => found = Some(phrase),
        }
    }
    let phrase = found?;
    let mut sp = Speaker::phrase(phrase, "organisation");
    if let Some(rest) = sp.name.strip_prefix('A') {
        sp.name = format!("a{rest}");
    }
    Some(sp)
}

/// Words that end a newspaper's name: "the Kelsby Courier", "the Daily Post".
const MASTHEAD: &[&str] = &[
    "Courier",
    "Times",
    "Post",
    "Herald",
    "Chronicle",
    "Gazette",
    "Journal",
    "Tribune",
    "Observer",
    "Guardian",
    "Telegraph",
    "Mail",
    "Express",
    "Standard",
    "Record",
    "Mirror",
    "Examiner",
    "Argus",
    "Echo",
    "Bulletin",
    "Globe",
    "Inquirer",
    "Sentinel",
    "Dispatch",
    "Register",
    "Press",
    "Advertiser",
    "Clarion",
    "Daily",
    "Monitor",
    "Leader",
];

/// The name a generic "the company" or "the newspaper" (`key`, lower case)
/// points back to when no organisation of the kind has spoken: a company
/// named as an owner or operator ("The plant, owned by Garrow Agrochem,"),
/// a newspaper by a name ending in a masthead word ("obtained by the Kelsby
/// Courier"). The last such name in the 600 bytes before `at`.
/// The one capitalized name before `at` whose last word is `head`
/// capitalized ("Vesterholm Marine Park" for "park"), as an organisation,
/// with "the" when the text gives it one; `None` when there is none or
/// more than one.
fn name_ending_in(ctx: &Ctx, at: usize, head: &str) -> Option<Speaker> {
    let text = ctx.text();
    let body = ctx.body().start.min(at);
    let mut cap = head.to_string();
    cap[..1].make_ascii_uppercase();
    let mut found: Option<String> = None;
    for (i, _) in text[body..at].match_indices(cap.as_str()) {
        let end = body + i + cap.len();
        if text[end..].starts_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let ws = words_in(
            text,
            text[..body + i]
                .rfind(['.', ',', ';', '\n', '('])
                .map_or(body, |p| p + 1)..end,
        );
        if ws.last().is_none_or(|w| w.end != end) {
            continue;
        }
        // (the run of capitalized words, "and"/"of" between them, before it)
        let mut k = ws.len() - 1;
        while k > 0
            && text[ws[k - 1].end..ws[k].start] == *" "
            && (is_cap(ws[k - 1].s) && !matches!(ws[k - 1].s, "The" | "A" | "An")
                || matches!(ws[k - 1].s, "and" | "of" | "for") && k >= 2 && is_cap(ws[k - 2].s))
        {
            k -= 1;
        }
        if k + 1 == ws.len() {
            continue; // the noun alone: "Trust" opening a sentence
        }
        let the = k > 0 && lower(ws[k - 1].s) == "the";
        let name = text[ws[k].start..end].replace('\\', "");
        let name = if the { format!("the {name}") } else { name };
        match &found {
            Some(f) if *f != name => return None,
            _ => found = Some(name),
        }
    }
    let name = found?;
    Some(Speaker {
        surface: name.clone(),
        name,
        stype: "organisation",
        ..Speaker::default()
    })
}

fn named_before(ctx: &Ctx, at: usize, key: &str, names: Option<&NameBook>) -> Option<Speaker> {
    let text = ctx.text();
    let from = super::text::floor_char(text, at.saturating_sub(600)).max(ctx.body().start);
    let ws = words_in(text, from..at);
    let newspaper = key.ends_with("paper"); // ("newspaper" too)
    let mut best = None;
    let mut i = 0;
    while i < ws.len() {
        let run = ws[i..]
            .iter()
            .take_while(|w| is_cap(w.s) && !matches!(w.s, "The" | "A" | "An" | "In" | "It"))
            .count();
        if run == 0 {
            i += 1;
            continue;
        }
        // a name's run ends at its last word's comma or apostrophe
        let run = ws[i..i + run]
            .iter()
            .position(|w| w.s.ends_with([',', '’', '\'']))
            .map_or(run, |k| k + 1);
        let last = strip_possessive(ws[i + run - 1].s.trim_end_matches(','));
        let before = |k: usize| i.checked_sub(k).map(|j| lower(ws[j].s));
        let the = before(1).as_deref() == Some("the");
        let ok = if newspaper {
            (2..=4).contains(&run) && MASTHEAD.contains(&last)
        } else {
            let by = if the { before(2) } else { before(1) };
            let owner = if the { before(3) } else { before(2) };
            (1..=4).contains(&run)
                && by.as_deref() == Some("by")
                && matches!(owner.as_deref(), Some("owned" | "operated" | "run"))
        };
        if ok {
            let end = ws[i + run - 1].end;
            let end = if text[..end].ends_with(',') {
                end - 1
            } else {
                end
            };
            let name = text[ws[i].start..end].replace('\\', "");
            if !names.is_some_and(|n| n.titled(&name) || n.names_a_person(&name)) {
                best = Some(Speaker {
                    surface: name.clone(),
                    name: if the { format!("the {name}") } else { name },
                    stype: "organisation",
                    ..Speaker::default()
                });
            }
        }
        i += run;
    }
    best
}

/// Two to four capitalized words that open `r` or follow "by" in it, none
/// a title, and not a person the article quotes: an organisation's name.
fn org_in_clause(ctx: &Ctx, r: Range<usize>, names: &NameBook) -> Option<Speaker> {
    let text = ctx.text();
    let r_end = r.end;
    let ws = words_in(text, r);
    let lex = ctx.lexicon;
    let starts = std::iter::once(0).chain(
        ws.iter()
            .enumerate()
            .filter(|(_, w)| w.s == "by")
            .map(|(i, _)| i + 1),
    );
    for k in starts {
        // ("The Orlova Stags have signed ...": a name that takes the
        // article, which the value keeps in lower case)
        let the = ws.get(k).is_some_and(|w| w.s == "The" || w.s == "the")
            && ws.get(k + 1).is_some_and(|w| is_cap(w.s));
        let k = k + usize::from(the);
        let run = ws[k.min(ws.len())..]
            .iter()
            .take_while(|w| {
                is_cap(w.s)
                    && !w.s.ends_with(['’', '\'', ','])
                    && !lex.is_title(&lower(w.s))
                    && !matches!(w.s, "The" | "A" | "An")
            })
            .count();
        // "Ventrix, the Kessia-based maker of memory chips, will cut":
        // one word, described as a company in apposition
        let described = run == 1
            && text[ws[k].end..r_end]
                .strip_prefix(',')
                .is_some_and(|after| {
                    let app = after.split(',').next().unwrap_or("");
                    let mut aw = app.split_whitespace();
                    aw.next().is_some_and(|w| matches!(w, "the" | "a" | "an"))
                        && app.split_whitespace().count() <= 8
                        && aw.any(|w| lex.is_organisation(w) || w.ends_with("maker"))
                });
        if described && !names.names_a_person(ws[k].s) {
            let name = ws[k].s.replace('\\', "");
            return Some(Speaker {
                surface: name.clone(),
                name,
                stype: "organisation",
                ..Speaker::default()
            });
        }
        if (2..=4).contains(&run) {
            let name = text[ws[k].start..ws[k + run - 1].end].replace('\\', "");
            let name = if the { format!("the {name}") } else { name };
            // (not "Anna Berg, 45, will lead it" or a person with a title)
            let aged = text[ws[k + run - 1].end..]
                .strip_prefix(", ")
                .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()));
            if aged || names.titled(&name) {
                continue;
            }
            return Some(Speaker {
                surface: name.clone(),
                name,
                stype: "organisation",
                ..Speaker::default()
            });
        }
    }
    None
}

/// "Lundqvist Foods will close the plant, the company said": "the company"
/// is the organisation that opens what it said, when that is a name ending
/// in an organisation noun ("Foods", "Group", "Bank").
///
/// In the plural ("the two companies", "both cooperatives", "the firms")
/// it is the two names that open it, as co-speakers: "Velmark Dairy and
/// Northfold Milk have agreed to merge, the two cooperatives said".
fn the_company_named(ctx: &Ctx, sp: Speaker, cs: usize, ce: usize) -> Speaker {
    let lex = ctx.lexicon;
    let lname = sp.name.to_lowercase();
    let text = ctx.text();
    let plural = lname.strip_prefix("the ").unwrap_or(&lname);
    let plural = plural
        .strip_prefix("two ")
        .or_else(|| plural.strip_prefix("both "))
        .unwrap_or(plural);
    if !plural.contains(' ') && is_organisation_plural(plural, lex) {
        return coordinated_names(ctx, cs, ce).unwrap_or(sp);
    }
    let Some(noun) = sp
        .name
        .strip_prefix("the ")
        .or_else(|| sp.name.strip_prefix("The "))
    else {
        return sp;
    };
    if noun.contains(' ') || !lex.is_organisation(&noun.to_lowercase()) {
        return sp;
    }
    let ws = words_in(text, cs..ce);
    let run = ws
        .iter()
        .take_while(|w| is_cap(w.s) && !w.s.ends_with(['’', '\'', ',']))
        .count();
    let head = ws.get(run.wrapping_sub(1)).map(|w| w.s.to_lowercase());
    if !(2..=4).contains(&run) || !head.is_some_and(|h| lex.is_organisation(&h)) {
        return sp;
    }
    let name = text[ws[0].start..ws[run - 1].end].to_string();
    Speaker {
        name: name.replace('\\', ""),
        stype: "organisation",
        ..sp
    }
}

/// Two names joined by "and" that open `cs..ce` ("Velmark Dairy and
/// Northfold Milk, the country's two largest dairies, have agreed ..."), as
/// the first with the second for co-speaker; each a run of one to four
/// capitalized words that is no person's title.
fn coordinated_names(ctx: &Ctx, cs: usize, ce: usize) -> Option<Speaker> {
    let text = ctx.text();
    let ws = words_in(text, cs..ce);
    let lex = ctx.lexicon;
    // (words joined by spaces only: a run ends at a comma, "Northfold
    // Milk, Hollund's")
    let run_at = |k: usize| {
        let mut n = 0;
        while let Some(w) = ws.get(k + n)
            && is_cap(w.s)
            && !matches!(w.s, "The" | "A" | "An")
            && !lex.is_title(&lower(w.s))
            && (n == 0 || text[ws[k + n - 1].end..w.start] == *" ")
        {
            n += 1;
        }
        n
    };
    let first = run_at(0);
    if !(1..=4).contains(&first) || ws.get(first).is_none_or(|w| w.s != "and") {
        return None;
    }
    let second = run_at(first + 1);
    if !(1..=4).contains(&second) {
        return None;
    }
    let last = &ws[first + second];
    let name2 = &text[ws[first + 1].start..last.end];
    // (the second name ends the noun phrase: a comma or a verb after it;
    // no possessive: "Velmark and Northfold Milk's owners")
    let next = ws.get(first + second + 1).map_or("", |w| w.s);
    if name2.contains(['’', '\''])
        || !(text[last.end..ce].starts_with(',') || is_finite_verb(next) || is_auxiliary_verb(next))
    {
        return None;
    }
    let name1 = &text[ws[0].start..ws[first - 1].end];
    let org = |n: &str| Speaker::phrase(n, "organisation");
    Some(Speaker {
        others: vec![org(name2)],
        ..org(name1)
    })
}

/// A speaker a later "they" can mean: co-speakers ("Jon Aird and Tam
/// Beck"), an anonymous group ("two people close to the deal", "Residents
/// of Osterby"), or organisations in the plural ("the unions").
fn is_group(sp: &Speaker, lex: &Lexicon) -> bool {
    let last = sp.name.rsplit(' ').next().unwrap_or("").to_lowercase();
    // ("police said ... They said": collective nouns taken as plural)
    matches!(
        last.as_str(),
        "police" | "authorities" | "prosecutors" | "staff"
    ) || !sp.others.is_empty()
        || (sp.stype == "anonymous" && !one_anonymous_person(sp, lex))
        || (sp.stype == "organisation"
            && sp
                .name
                .rsplit(' ')
                .next()
                .is_some_and(|w| is_organisation_plural(&w.to_lowercase(), lex)))
}

/// An anonymous speaker who is one person ("a neighbour of one of the
/// suspects", "a senior official"), whom a following "she said" means as
/// much as a named one; not a group ("officials", "residents").
fn one_anonymous_person(sp: &Speaker, lex: &Lexicon) -> bool {
    // "two people familiar with the matter", "several officials": many
    let counted = sp.name.split_whitespace().next().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "several"
                | "many"
                | "some"
                | "both"
                | "few"
                | "dozens"
                | "numerous"
        ) || w.starts_with(|c: char| c.is_ascii_digit())
    });
    sp.stype == "anonymous"
        && !counted
        && sp
            .name
            .split_whitespace()
            .map(|w| w.to_lowercase())
            .find(|w| lex.is_anonymous(w) || lex.is_title(w))
            .is_some_and(|head| {
                (!head.ends_with('s') || head.ends_with("ss"))
                    && !matches!(
                        head.as_str(),
                        "people"
                            | "men"
                            | "women"
                            | "police"
                            | "staff"
                            | "children"
                            | "personnel"
                            | "family"
                    )
            })
}

/// The person a sentence opens on, named in full (with any title before):
/// "European Commission President Ursula von der Leyen announced ...".
fn subject_person(ctx: &Ctx, sr: Range<usize>, names: &NameBook) -> Option<Speaker> {
    let text = ctx.text();
    // Two capitalized words first, or no full name opens the sentence.
    let mut lead = text[sr.clone()].split(' ');
    let cap = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let two_caps = lead.next().is_some_and(cap)
        && lead.next().is_some_and(|w| {
            cap(w) || ctx.lexicon.is_particle(w) || ctx.lexicon.is_title(&w.to_lowercase())
        });
    if !two_caps {
        return role_then_name(ctx, sr.clone(), names)
            .or_else(|| surname_subject(ctx, sr.clone(), names))
            .or_else(|| aged_person(ctx, sr, names));
    }
    let end = (sr.start + 100).min(sr.end);
    let end = super::text::floor_char(text, end);
    let ws = words_in(text, sr.start..end);
    let lex = ctx.lexicon;
    let first = ws.first()?;
    if lex.is_not_name(first.s) || !is_cap(first.s) {
        return None;
    }
    let mut k = 1;
    while k < ws.len()
        && text[ws[k - 1].end..ws[k].start].trim().is_empty()
        && (is_cap(ws[k].s) || lex.is_particle(ws[k].s) || lex.is_title(&lower(ws[k].s)))
    {
        k += 1;
    }
    // The run ends at the verb or at an apposition's comma ("Anna Berg, the
    // finance minister, spoke"); anything else is no subject.
    if k >= ws.len() || !matches!(text[ws[k - 1].end..ws[k].start].trim(), "" | ",") {
        return None;
    }
    let sp = np_before(ctx, &ws[..k], names)?;
    (sp.stype == "person" && sp.name.contains(' ')).then_some(sp)
}

/// `ws` is a run of so many words as can make a name: each capitalized
/// or a particle ("von", "de").
/// The person a passive sentence ends on as its agent, named in full:
/// "Doubts were first raised in 2024 by the art historian Marguerite
/// Lyle." The one a following "she" means, though not the subject.
fn agent_person(ctx: &Ctx, sr: Range<usize>, names: &NameBook) -> Option<Speaker> {
    let text = ctx.text();
    let body = text[sr.clone()].trim_end().strip_suffix('.')?;
    // (most sentences end on a word in lower case: nothing to read)
    if !body.rsplit(' ').next().is_some_and(is_cap) {
        return None;
    }
    let k = body.rfind(" by ")?;
    let from = sr.start + k + " by ".len();
    let ws = words_in(text, from..sr.start + body.len());
    // ("by the art historian Marguerite Lyle": a role of up to three
    // lower-case words before the name, and nothing after it)
    if ws.len() > 6 || ws.len() < 2 || !ws.iter().rev().take(2).all(|w| is_cap(w.s)) {
        return None;
    }
    let sp = np_before(ctx, &ws, names)?;
    (sp.stype == "person" && sp.name.contains(' ')).then_some(sp)
}

fn name_run(ws: &[Word], lex: &Lexicon, lens: std::ops::RangeInclusive<usize>) -> bool {
    lens.contains(&ws.len()) && ws.iter().all(|w| is_cap(w.s) || lex.is_particle(w.s))
}

/// The person `ws` names, when it is a name run of `lens` words and reads
/// as a person ("Anneli Koski", not "Karsk Mining Company").
fn person_named(
    ctx: &Ctx,
    ws: &[Word],
    names: &NameBook,
    lens: std::ops::RangeInclusive<usize>,
) -> Option<Speaker> {
    name_run(ws, ctx.lexicon, lens)
        .then(|| np_before(ctx, ws, names))
        .flatten()
        .filter(|p| p.stype == "person")
}

/// Quoted words that name a work, not speech: two to six words, each
/// capitalized but the small ones, no punctuation ("her hit “Paper
/// Moon”", "the film “The Long Road Home”").
fn is_title(content: &str) -> bool {
    let words: Vec<&str> = content.split_whitespace().collect();
    (2..=6).contains(&words.len())
        && is_cap(words[0])
        && !matches!(words[0], "I" | "We" | "You" | "He" | "She" | "It" | "They")
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '&'))
                && (is_cap(w)
                    || matches!(
                        *w,
                        "of" | "the"
                            | "a"
                            | "an"
                            | "and"
                            | "in"
                            | "on"
                            | "to"
                            | "for"
                            | "at"
                            | "by"
                            | "with"
                            | "from"
                            | "or"
                            | "is"
                    ))
        })
}

/// Whether the quote opening at `open` is a name or title given right
/// after a word that gives one: "a press release headed “TaxPal”", "a
/// report titled “Good Schools”", "a group called “Friends”".
fn named_by(text: &str, open: usize) -> bool {
    matches!(
        super::text::prev_word(text, open),
        "titled"
            | "entitled"
            | "headed"
            | "headlined"
            | "subtitled"
            | "captioned"
            | "named"
            | "called"
            | "dubbed"
    )
}

/// A person the sentence introduces with an age: "At a shelter, Mirela
/// Santos, 38, sat on a camp bed."
fn aged_person(ctx: &Ctx, sr: Range<usize>, names: &NameBook) -> Option<Speaker> {
    let text = ctx.text();
    // (the person comes early: only the first 120 bytes are read, as this
    // runs on every sentence that attributes nothing)
    let seg = &text[sr.start..super::text::floor_char(text, (sr.start + 120).min(sr.end))];
    let (i, _) = seg.match_indices(", ").find(|(i, _)| {
        let rest = &seg[i + 2..];
        let n = rest.bytes().take_while(u8::is_ascii_digit).count();
        (1..=3).contains(&n) && rest[n..].starts_with(',')
    })?;
    let ws = words_in(text, sr.start..sr.start + i);
    let k = ws.iter().rev().take_while(|w| is_cap(w.s)).count();
    if !(2..=4).contains(&k) {
        return None;
    }
    let sp = np_before(ctx, &ws[ws.len() - k..], names)?;
    (sp.stype == "person" && sp.name.contains(' ')).then_some(sp)
}

/// A sentence whose subject is the surname of a person named before,
/// after any opening participle phrase: "Kessler, 49, was told ...",
/// "Speaking outside his home, Kessler was defiant."
fn surname_subject(ctx: &Ctx, sr: Range<usize>, names: &NameBook) -> Option<Speaker> {
    let text = ctx.text();
    let end = super::text::floor_char(text, (sr.start + 160).min(sr.end));
    let head = &text[sr.start..end];
    let first = head.split([' ', ',']).next()?;
    let from = if first.len() > 4 && first.ends_with("ing") {
        sr.start + head.find(", ")? + 2
    } else {
        sr.start
    };
    // (the first word and the one after, read by hand: this runs on every
    // sentence that attributes nothing)
    let rest = &text[from..end];
    let w_len = rest.find([' ', ',']).unwrap_or(rest.len());
    let (word, after) = (&rest[..w_len], &rest[w_len..]);
    if !is_cap(word)
        || !word.chars().all(|c| c.is_alphabetic() || c == '-')
        || ctx.lexicon.is_not_name(word)
        || after.is_empty()
    {
        return None;
    }
    // a capitalized word after it is more of a name than the book knows
    if after.starts_with(' ') && is_cap(after.trim_start()) || !names.names_a_person(word) {
        return None;
    }
    let ws = words_in(text, from..from + w_len);
    let sp = np_before(ctx, &ws, names)?;
    (sp.stype == "person" && sp.name.contains(' ')).then_some(sp)
}

/// A sentence that opens on a role and the person's name in apposition:
/// "The opposition's housing spokesman, Tom Reyes, accused ...".
fn role_then_name(ctx: &Ctx, sr: Range<usize>, names: &NameBook) -> Option<Speaker> {
    let text = ctx.text();
    let end = super::text::floor_char(text, (sr.start + 120).min(sr.end));
    let head = &text[sr.start..end];
    let c1 = head.find(", ")?;
    // (cheap tests first: this runs on every sentence that says nothing)
    if !head[c1 + 2..].starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let role = &head[..c1];
    let lex = ctx.lexicon;
    if role.split_whitespace().count() > 8
        || role.contains(['"', '“', '”'])
        || !role.split_whitespace().any(|w| {
            let l = lower(strip_possessive(w));
            lex.is_title(&l) || lex.is_anonymous(&l)
        })
    {
        return None;
    }
    let name_start = sr.start + c1 + 2;
    let c2 = name_start + text[name_start..end].find(',')?;
    let ws = words_in(text, name_start..c2);
    if !name_run(&ws, lex, 2..=4)
        || text[c2 + 1..sr.end]
            .trim_start()
            .starts_with(|c: char| c.is_uppercase())
    {
        return None;
    }
    let mut sp = np_before(ctx, &ws, names)?;
    if sp.stype != "person" || !sp.name.contains(' ') {
        return None;
    }
    if sp.role.is_empty() {
        sp.role = role.replace('\\', "");
    }
    Some(sp)
}

/// A later "the diplomat" or "the NSO" is the group named earlier ("A
/// senior Western diplomat", "the National Statistics Office (NSO)"):
/// definite mentions take the first full name with the same head noun.
/// `word` is the last word of `role` (both lower case): "minister" of
/// "finance minister", "lawyer" of "lanske’s lawyer".
fn heads_role(role: &str, word: &str) -> bool {
    role.strip_suffix(word)
        .is_some_and(|before| before.is_empty() || before.ends_with(' '))
}

/// `sp`, with the role stated for that person earlier when none is stated
/// now (and the role stated now remembered).
fn with_role(roles: &mut Vec<(String, String)>, sp: &Speaker) -> Speaker {
    let mut sp = sp.clone();
    if sp.stype != "person" {
        return sp;
    }
    match roles.iter_mut().find(|(n, _)| *n == sp.name) {
        Some((_, r)) if sp.role.is_empty() => sp.role = r.clone(),
        Some((_, r)) => *r = sp.role.clone(),
        None if !sp.role.is_empty() => roles.push((sp.name.clone(), sp.role.clone())),
        None => {}
    }
    sp
}

/// "“…,” the minister said" right after Finance Minister Rutger Haalstad
/// spoke: a one-word description that heads the role of the person who
/// spoke last is that person, when the article has several ministers.
fn the_role_of(sp: Speaker, last: Option<&Speaker>) -> Speaker {
    let Some(last) = last.filter(|l| l.stype == "person" && !l.role.is_empty()) else {
        return sp;
    };
    let lname = sp.name.to_lowercase();
    let Some(head) = lname
        .strip_prefix("the ")
        .filter(|h| h.len() > 2 && !h.contains(' '))
    else {
        return sp;
    };
    if sp.stype == "person" || !heads_role(&last.role.to_lowercase(), head) {
        return sp;
    }
    Speaker {
        role: sp.name.clone(),
        surface: sp.surface,
        ..last.clone()
    }
}

fn canonical(mut sp: Speaker, groups: &mut Groups, names: &NameBook) -> Speaker {
    if sp.stype == "person" {
        // "Sofie Lindahl of Skaldhavn University": a name, then where the
        // person works, which is a role
        if let Some(i) = sp.name.find(" of ") {
            let (name, at) = (&sp.name[..i], &sp.name[i + 1..]);
            let caps = |s: &str| s.split(' ').all(|w| w.starts_with(char::is_uppercase));
            if name.split(' ').count() >= 2
                && caps(name)
                && at[3..]
                    .split(' ')
                    .any(|w| w.starts_with(char::is_uppercase))
            {
                if sp.role.is_empty() || sp.role == at {
                    sp.role = at.to_string();
                }
                sp.name = name.to_string();
            }
        }
        // "Crestline said" after "Crestline Homes": the short form of a
        // company's name, when no person the article names has it
        if !sp.name.contains(' ')
            && sp.role.is_empty()
            && !names.by_last.contains_key(&sp.name)
            && let Some(full) = names.institution_starting(&sp.name)
        {
            sp.name = full.to_string();
            sp.stype = "organisation";
        } else if !sp.name.contains(' ')
            && sp.role.is_empty()
            && !names.by_last.contains_key(&sp.name)
            && let Some(full) = names.full_starting(&sp.name)
        {
            // ("Tarrick said" after "their landlord, Tarrick Residential":
            // a name of two words the article gave, that no other starts)
            sp.name = full.to_string();
        }
        return sp;
    }
    let lname = sp.name.to_lowercase();
    // "The prime minister also said" after "Prime Minister Luís Montenegro":
    // the one person the article gave that title.
    if let Some(role) = lname.strip_prefix("the ")
        && lname.split_whitespace().count() <= 4
        && let Some(person) = names.only_one_with_role(role)
    {
        sp.role = sp.name.clone();
        sp.name = person.to_string();
        sp.stype = "person";
        return sp;
    }
    // "The ONS" after "the Office for National Statistics": an acronym of
    // a group named in full before.
    let bare = sp
        .name
        .strip_prefix("the ")
        .or_else(|| sp.name.strip_prefix("The "));
    if let Some(acr) = bare.or(Some(sp.name.as_str()))
        && (2..=6).contains(&acr.len())
        && acr.bytes().all(|b| b.is_ascii_uppercase())
        && let Some(g) = groups.list.iter().rev().find(|g| initials(&g.name) == acr)
    {
        sp.name = g.name.clone();
        return sp;
    }
    // "Orrin said" after "Orrin Logistics": a short form of a name given
    // in full.
    if sp.stype == "organisation"
        && sp.name.starts_with(|c: char| c.is_uppercase())
        && !lname.starts_with("the ")
        && let Some(g) = groups.list.iter().find(|g| {
            g.name.len() > sp.name.len() + 1
                && g.name.starts_with(sp.name.as_str())
                && g.name.as_bytes()[sp.name.len()] == b' '
                && g.name[sp.name.len() + 1..]
                    .split_whitespace()
                    .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        })
    {
        sp.name = g.name.clone();
        return sp;
    }
    // "The team reported" after "Researchers at the University of Varn
    // found": the researchers named last.
    if matches!(
        lname.as_str(),
        "the team" | "the authors" | "the study's authors"
    ) && let Some(g) = groups.list.iter().rev().find(|g| {
        let gl = g.name.to_lowercase();
        [
            "researchers ",
            "scientists ",
            "a team of ",
            "a team at ",
            "a team from ",
        ]
        .iter()
        .any(|p| gl.starts_with(p))
    }) {
        sp.name = g.name.clone();
        return sp;
    }
    let head = lname.rsplit(' ').next().unwrap_or("").to_string();
    // "their union", "its regulator": a possessive pronoun points back like
    // "the" does, to the last group named with that head noun.
    let pronoun = lname.starts_with("their ") || lname.starts_with("its ");
    // Only a short definite description points back ("the bureau", "the
    // statistics office"); "the UN's human rights office" names its own.
    let short =
        lname.split_whitespace().count() <= 3 && !lname.contains("'s") && !lname.contains("’s");
    if short
        && (lname.starts_with("the ") || pronoun)
        // the group named last: "Lloyds Bank said ... the bank said"
        && let Some(g) = groups
            .candidates(&head)
            .filter(|g| {
                let gl = g.name.to_lowercase();
                let lead: Vec<&str> = gl.split_whitespace().take(3).collect();
                // every word of "the trade ministry" must be in the name it
                // points to: it is not "the finance ministry"
                let words_in_name = lname
                    .split_whitespace()
                    .skip(1)
                    .all(|w| gl.split_whitespace().any(|x| x == w));
                // (the name's last word is its head unless it ends in an
                // author: "the Kelsby Courier" is not "documents obtained by
                // the Kelsby Courier")
                let ends_in_head = gl.ends_with(&format!(" {head}")) && !gl.contains(" by ");
                // (a head among the first words: "the Bank of Estvia", "A
                // senior official at the agency", but not the "ministry" of
                // "A ministry spokeswoman", whose head is "spokeswoman")
                // ("a report seen by Wire", "a study published on ...": a
                // participle ends the noun phrase too)
                let np_head = gl
                    .split_whitespace()
                    .enumerate()
                    .take_while(|(k, w)| {
                        !(matches!(
                            *w,
                            "at" | "of"
                                | "from"
                                | "for"
                                | "in"
                                | "on"
                                | "with"
                                | "by"
                                | "who"
                                | "which"
                                | "that"
                                | "familiar"
                                | "close"
                                | "seen"
                                | "written"
                                | "kept"
                                | "made"
                                | "given"
                                | "drawn"
                        ) || (*k > 1 && w.ends_with("ed")))
                    })
                    .last()
                    .map(|(_, w)| strip_possessive(w));
                gl != lname
                    && (g.role == head
                        || (words_in_name
                            && (ends_in_head
                                || (lead.contains(&head.as_str())
                                    && np_head == Some(head.as_str())))))
            })
            .last()
    {
        sp.name = g.name.clone();
        return sp;
    }
    // (an unresolved "their union" is no name a later "the union" means)
    if !pronoun {
        groups.add(sp.clone());
    }
    sp
}

/// The initials of a name's capitalized words, "Office for National
/// Statistics" -> "ONS" (lower-case words like "for" and "the" skipped).
fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_ascii_uppercase())
        .collect()
}

/// Organisations and groups named so far, indexed by the words a later
/// definite mention can share with them (last word, abbreviation, first
/// three words), so each lookup reads a handful of groups, not all.
#[derive(Debug, Default)]
struct Groups {
    list: Vec<Speaker>,
    names: std::collections::HashSet<String>,
    by_word: std::collections::HashMap<String, Vec<usize>>,
}

impl Groups {
    fn add(&mut self, sp: Speaker) {
        if !self.names.insert(sp.name.clone()) {
            return;
        }
        let i = self.list.len();
        let lower = sp.name.to_lowercase();
        let mut keys: Vec<String> = lower.split_whitespace().take(3).map(String::from).collect();
        keys.extend(lower.rsplit(' ').next().map(String::from));
        if !sp.role.is_empty() {
            keys.push(sp.role.clone());
        }
        keys.sort();
        keys.dedup();
        for k in keys {
            self.by_word.entry(k).or_default().push(i);
        }
        self.list.push(sp);
    }

    /// Groups that may match `head`, in the order they were named.
    fn candidates<'a>(&'a self, head: &str) -> impl Iterator<Item = &'a Speaker> + 'a {
        self.by_word
            .get(head)
            .into_iter()
            .flatten()
            .map(|&i| &self.list[i])
    }
}

/// Short quotes are kept only when a cue verb frames them ("described the
/// deal as a 'window of opportunity'", "warned that 'everything depends'").
fn short_quote_ok(text: &str, q: &Quote, lex: &Lexicon) -> bool {
    let from = super::text::floor_char(text, q.outer.start.saturating_sub(60));
    let before = &text[from..q.outer.start];
    let l = before.to_lowercase();
    let l = l.trim_end();
    l.ends_with(" as")
        || l.ends_with("that")
        || l.ends_with(':')
        || l.ends_with(',')
        || lex.cues_in(l).last().is_some_and(|m| l.len() - m.end < 25)
        // ("called the accusations “absurd”", "which he called “fair”")
        || l.split_whitespace().rev().take(5).any(|w| {
            matches!(
                w,
                "called" | "calls" | "calling" | "dubbed" | "branded" | "labelled" | "labeled"
            )
        })
}

/// A short quote that ends like a sentence ("Nobody expected this,") and is
/// followed at once by its attribution ("Ortiz said", "she told").
fn cue_follows(text: &str, q: &Quote, lex: &Lexicon) -> bool {
    let inner = text[q.inner.clone()].trim_end();
    if !inner.ends_with([',', '.', '!', '?']) {
        return false;
    }
    let to = super::text::floor_char(text, (q.outer.end + 40).min(text.len()));
    let after = &text[q.outer.end..to];
    let after = &after[..after.find(['.', '“', '"', '\n']).unwrap_or(after.len())];
    lex.cues_in(after)
        .next()
        .is_some_and(|m| after[..m.start].split_whitespace().count() <= 4)
}

/// What was said, for the `subject` column: the words of `s` on one line,
/// without the quote mark that reopens a quote in each new paragraph and
/// without the backslash of an escaped apostrophe (`don\’t`).
fn content_words(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, line) in s.split('\n').enumerate() {
        let line = if i > 0 {
            line.trim_start().trim_start_matches(['“', '"', '„', '«'])
        } else {
            line
        };
        for w in line.split_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(w);
        }
    }
    unescape(out)
}

/// `s` without the backslash of a scraper's escaped apostrophe (`don\’t`,
/// `O\’Neill`).
fn unescape(s: String) -> String {
    if s.contains('\\') {
        s.replace("\\’", "’").replace("\\'", "'")
    } else {
        s
    }
}

/// A quote's claim for its speaker and each co-speaker ("Kerry and Lavrov
/// said").
fn push_quote(claims: &mut Vec<Claim>, text: &str, q: &Quote, speaker: &Speaker) {
    for sp in std::iter::once(speaker).chain(speaker.others.iter()) {
        claims.push(make(
            q.inner.start,
            q.inner.end,
            text,
            "quote",
            "attribution.quote",
            sp,
        ));
    }
}

fn make(start: usize, end: usize, text: &str, ctype: &str, rule: &str, sp: &Speaker) -> Claim {
    let mut c = Claim::new(Kind::Attribution, ctype, start, end, rule);
    // (a scraper's escape, "O\’Neill", is no part of the name)
    c.value = unescape(sp.name.clone());
    c.unit = sp.stype.to_string();
    c.subject = content_words(&text[start..end]);
    c.source = unescape(sp.source());
    c
}

/// A quote framed as someone's words rather than by a cue: "“…”, as one
/// tenant put it", "— “…”, in the words of the charity Wild Estvia —", "As
/// the mayor put it, “…”".
fn words_of(ctx: &Ctx, q: &Quote, names: &NameBook) -> Option<Speaker> {
    let text = ctx.text();
    let np = {
        let end = (q.outer.end + 120).min(text.len());
        let end = (q.outer.end..=end)
            .rev()
            .find(|&i| text.is_char_boundary(i))?;
        // (the words the frames need, found first: most quotes have none)
        let framed = |s: &str| s.contains(" it") || s.contains("words of");
        let after = &text[q.outer.end..end];
        if let Some(c) = framed(after)
            .then(|| WORDS_OF_AFTER.captures(after))
            .flatten()
        {
            let m = c.get(1).or_else(|| c.get(2))?;
            q.outer.end + m.start()..q.outer.end + m.end()
        } else {
            let (_, sent_start) = ctx.sentence_of(q.outer.start);
            let from = sent_start.min(q.outer.start);
            let before = &text[from..q.outer.start];
            let tail = before.trim_end();
            if !(tail.ends_with(',') || tail.ends_with(':')) || !framed(before) {
                return None;
            }
            let c = WORDS_OF_BEFORE.captures(before)?;
            let m = c.get(1).or_else(|| c.get(2))?;
            from + m.start()..from + m.end()
        }
    };
    let ws = words_in(text, np);
    if ws.is_empty() || ws.iter().any(|w| PRONOUNS.contains(&lower(w.s).as_str())) {
        return None;
    }
    np_before(ctx, &ws, names)
}

/// Speaker of a quote: after it (", said X" / ", X said") or before it
/// ("X said: “...").
fn quote_speaker(
    ctx: &Ctx,
    q: &Quote,
    names: &NameBook,
    last: Option<&Speaker>,
) -> Option<Speaker> {
    let text = ctx.text();
    if let Some(sp) = words_of(ctx, q, names) {
        return Some(sp);
    }
    // After the closing mark, within the sentence/paragraph.
    let para = ctx.doc.paragraph_index(q.outer.end.saturating_sub(1))?;
    let pend = ctx.doc.paragraphs[para].end;
    let after_end = (q.outer.end + 160).min(pend);
    let after_end = (q.outer.end..=after_end)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(q.outer.end);
    let after = &text[q.outer.end..after_end];
    let words = words_in(text, q.outer.end..after_end);
    // ", said X" or ", X said" — the cue must come within the first 14 words
    // (room for a title and an apposition: "Dr. Amara Okafor, an
    // epidemiologist at Lagos University, said") and before the next
    // sentence end or quote.
    let (sent, sent_start) = ctx.sentence_of(q.outer.end.min(text.len().saturating_sub(1)));
    let sent_end = if sent.is_empty() {
        after_end
    } else {
        (sent_start + sent.len()).max(q.outer.end)
    };
    let mark = after
        .find(['!', '?', '“', '"', ';'])
        .map(|i| q.outer.end + i)
        .unwrap_or(after_end);
    let inner_last = text[q.inner.clone()].trim_end().chars().next_back();
    // (“Where will we go?” she asked: a question or cry goes on with a
    // lower-case tag)
    let exclaims = matches!(inner_last, Some('!' | '?'));
    // (or a name and its cue: “Where is the money?” Lind asked.)
    let named_tag = || {
        let k = words
            .iter()
            .take(5)
            .take_while(|w| is_cap(w.s) && !ctx.lexicon.is_not_name(w.s))
            .count();
        k > 0
            && words.get(k).is_some_and(|w| {
                (ctx.lexicon.is_cue(w.s) || matches!(w.s, "asked" | "asks"))
                    && text[words[k - 1].end..w.start].trim().is_empty()
            })
    };
    let named = exclaims && named_tag();
    let tag_follows =
        exclaims && (after.trim_start().starts_with(|c: char| c.is_lowercase()) || named);
    // (the sentence of a named tag is the next one: the question ended its own)
    let sent_end = if named {
        let (s2, s2_start) = ctx.sentence_of(words[0].start);
        sent_end.max(s2_start + s2.len())
    } else {
        sent_end
    };
    let stop = mark.min(sent_end).min(after_end);
    let ends_sentence = matches!(inner_last, Some('.' | '!' | '?'))
        && !text[q.inner.clone()].trim_end().ends_with(',')
        && !tag_follows;
    if !ends_sentence || after.trim_start().starts_with(',') {
        for (i, w) in words.iter().enumerate().take(14) {
            if w.start >= stop {
                break;
            }
            let lw = lower(w.s);
            // ("..., who gave only her first name, Anna, said": a relative
            // clause set off by commas sits between the speaker and the cue)
            // and "a senior official who asked not to be named told AFP":
            // one that restricts a group or role noun needs no commas.
            let relative = matches!(lw.as_str(), "who" | "which")
                && (text[..w.start].trim_end().ends_with(',')
                    || (lw == "who"
                        && i > 0
                        && text[words[i - 1].end..w.start].trim().is_empty()
                        && role_or_group(&lower(strip_possessive(words[i - 1].s)), ctx.lexicon)));
            if matches!(lw.as_str(), "and" | "but" | "who" | "which" | "as") && !relative {
                break;
            }
            if ctx.lexicon.is_cue(w.s) || exclaims && matches!(lw.as_str(), "asked" | "asks") {
                if i == 0 {
                    // "said X"
                    if let Some(sp) = speaker_after(ctx, w.end, stop, names) {
                        return Some(sp);
                    }
                } else if let Some(sp) = speaker_before(ctx, q.outer.end, w.start, names, last) {
                    return Some(sp);
                }
                break;
            }
        }
    }
    // Before the opening mark in the same paragraph: "X said: “..." or
    // "X said that “...".
    let pstart = ctx.doc.paragraphs[ctx.doc.paragraph_index(q.outer.start)?].start;
    let before = &text[pstart..q.outer.start];
    let tail = before.trim_end();
    if tail.is_empty() {
        return colon_paragraph_before(ctx, q, names, last);
    }
    let (_, sent_start) = ctx.sentence_of(q.outer.start);
    let region_start = sent_start.max(pstart).min(q.outer.start);
    let ws = words_in(text, region_start..q.outer.start);
    let is_cue = |w: &Word| ctx.lexicon.is_cue(w.s);
    // "the union called the deal “a win for workers”": a verb of naming
    // with its object before the quote (not "a group called “Friends of
    // the Earth”", a name).
    // ("a restorer whom Lyle calls “the most gifted criminal”": the object
    // is the relative pronoun before the subject)
    // ("condemned what he called “a reckless plan”", "a change the
    // minister called “…”": the object before the subject, or none)
    let naming = |k: usize| {
        matches!(
            ws[k].s,
            "called" | "calls" | "dubbed" | "dubs" | "branded" | "brands" | "labelled" | "labeled"
        ) && ((2..=7).contains(&(ws.len() - k))
            || (ws.len() - k == 1
                && ((2..=4).any(|b| {
                    k >= b
                        && matches!(
                            ws[k - b].s.to_ascii_lowercase().as_str(),
                            "whom" | "which" | "what"
                        )
                }) || contact_clause(ctx, &ws[..k]))))
    };
    // "…, calling it “angry, tender and far too long”": a participle of
    // naming says what the sentence's subject called it.
    // ("…, gathered on the steps, chanting “Clean it up”": what a crowd
    // chanted is theirs)
    let naming_participle = |k: usize| {
        (matches!(
            ws[k].s,
            "calling" | "dubbing" | "branding" | "labelling" | "labeling"
        ) && (2..=6).contains(&(ws.len() - k))
            || matches!(ws[k].s, "chanting" | "shouting") && ws.len() - k == 1)
            && text[..ws[k].start].trim_end().ends_with(',')
    };
    if let Some(sp) = inscription_reads(ctx, &ws, q.outer.start) {
        return Some(sp);
    }
    // "dismissed fears of a repeat of the collapse as “scaremongering”": a
    // verb of judging, its object, then "as" and the quote.
    let framed_as = ws.last().is_some_and(|w| w.s == "as");
    let judging = |k: usize| {
        framed_as
            && matches!(
                ws[k].s,
                "dismissed"
                    | "dismisses"
                    | "rejected"
                    | "rejects"
                    | "denounced"
                    | "denounces"
                    | "condemned"
                    | "condemns"
                    | "criticised"
                    | "criticized"
                    | "derided"
                    | "derides"
            )
            && (3..=20).contains(&(ws.len() - k))
    };
    let cue_i = (0..ws.len())
        .rev()
        .find(|&k| is_cue(&ws[k]) || naming(k) || judging(k) || naming_participle(k))?;
    if naming_participle(cue_i) {
        return sentence_subject(ctx, region_start, ws[cue_i].start, names);
    }
    // ("Mayor Tom Reed condemned what he called “…”": the pronoun is the
    // sentence's subject when that is a person)
    if naming(cue_i)
        && cue_i > 0
        && matches!(lower(ws[cue_i - 1].s).as_str(), "he" | "she")
        && let Some(sp) = sentence_subject(ctx, region_start, ws[cue_i].start, names)
            .filter(|sp| sp.stype == "person" && !PRONOUNS.contains(&lower(&sp.surface).as_str()))
    {
        return Some(sp);
    }
    // The cue must be close to the quote ("said on Thursday that", "described
    // the deal as"), unless the quote goes on from one the tag splits: "“We
    // waited,” said Tor Hasle, a deck officer who has worked there for 20
    // years, “and we were ignored.”"
    let resumes = text[region_start..ws[cue_i].start]
        .trim_end()
        .ends_with(['”', '"']);
    // ("described it in a post on a diving forum as “...”": a framing verb
    // may carry a long object and adjunct before its "as")
    let describing = framed_as && matches!(ws[cue_i].s, "described" | "describes" | "describing");
    if ws.len() - cue_i
        > if resumes || judging(cue_i) || describing {
            24
        } else {
            8
        }
    {
        return None;
    }
    if let Some(sp) = speaker_before(ctx, region_start, ws[cue_i].start, names, last) {
        return Some(sp);
    }
    // "hailed the deal as ... but warned that": the subject of an earlier cue.
    if cue_i > 0 && matches!(lower(ws[cue_i - 1].s).as_str(), "and" | "but" | "also") {
        for k in (0..cue_i - 1).rev() {
            if is_cue(&ws[k])
                && let Some(sp) = speaker_before(ctx, region_start, ws[k].start, names, last)
            {
                return Some(sp);
            }
        }
    }
    // (after a verb of naming or judging comes its object, no speaker)
    if naming(cue_i) || judging(cue_i) {
        return None;
    }
    speaker_after(ctx, ws[cue_i].end, q.outer.start, names)
}

/// "a change the education minister called “…”": the words before a
/// naming verb end on its subject, a role, group or name after "the" or a
/// possessive, and the noun before that subject is the thing named.
fn contact_clause(ctx: &Ctx, ws: &[Word]) -> bool {
    let text = ctx.text();
    let n = ws.len();
    (2..=4).any(|b| {
        if n < b + 1 {
            return false;
        }
        let det = &ws[n - b];
        let noun = &ws[n - b - 1];
        let head = ws[n - 1].s;
        matches!(
            det.s.to_ascii_lowercase().as_str(),
            "the" | "his" | "her" | "its" | "their"
        ) && text[noun.end..det.start].trim().is_empty()
            && noun.s.bytes().all(|b| b.is_ascii_lowercase())
            && !noun.s.ends_with("ed")
            && !noun.s.ends_with("ing")
            && !matches!(
                noun.s,
                "of" | "in"
                    | "on"
                    | "at"
                    | "to"
                    | "for"
                    | "from"
                    | "by"
                    | "with"
                    | "about"
                    | "into"
                    | "is"
                    | "was"
                    | "are"
                    | "were"
                    | "be"
                    | "and"
                    | "or"
                    | "but"
                    | "that"
                    | "as"
                    | "like"
                    | "meet"
                    | "met"
                    | "see"
                    | "saw"
            )
            && (role_or_group(&lower(head), ctx.lexicon) || is_cap(head))
    })
}

/// "A notice posted at the gate read: “Closed until further notice.”": the
/// noun phrase that opens the sentence, headed by a written thing
/// (`inscriptions`), whose verb "read(s)" comes right before the quote, is
/// the quote's source, as written.
fn inscription_reads(ctx: &Ctx, ws: &[Word], quote_start: usize) -> Option<Speaker> {
    let text = ctx.text();
    let (verb, np) = ws.split_last()?;
    if !matches!(verb.s, "read" | "reads")
        || !matches!(text[verb.end..quote_start].trim(), "" | ":" | ",")
        || !(2..=14).contains(&np.len())
    {
        return None;
    }
    let first = np[0].s;
    let det = matches!(
        first.to_ascii_lowercase().as_str(),
        "a" | "an" | "the" | "one" | "another" | "its" | "his" | "her" | "their" | "this"
    ) || (is_cap(first) && (first.ends_with("’s") || first.ends_with("'s")));
    if !det {
        return None;
    }
    let h = (1..np.len().min(4)).find(|&i| ctx.lexicon.is_inscription(np[i].s))?;
    // (up to an aside: "A letter from the governors, seen by Wire, reads")
    let end = np
        .iter()
        .position(|w| text[w.end..].starts_with(','))
        .map_or(np.len(), |i| i + 1);
    // ("A letter from the chairs of governors": a letter's words are its
    // writers')
    let from = match np.get(h + 1) {
        Some(w) if matches!(w.s, "from" | "by") && h + 2 < end => h + 2,
        _ => 0,
    };
    let phrase = text[np[from].start..np[end - 1].end].trim();
    Some(Speaker::phrase(phrase, "anonymous"))
}

/// "In a second statement, the theatre said:¶“We have not cancelled this
/// play …”": a quote that opens its paragraph after one that ends on a cue
/// and a colon is that cue's subject's.
fn colon_paragraph_before(
    ctx: &Ctx,
    q: &Quote,
    names: &NameBook,
    last: Option<&Speaker>,
) -> Option<Speaker> {
    let text = ctx.text();
    let p = ctx.doc.paragraph_index(q.outer.start)?;
    let prev = ctx.doc.paragraphs.get(p.checked_sub(1)?)?.clone();
    let head = text[prev.clone()].trim_end().strip_suffix(':')?;
    let end = prev.start + head.len();
    let (_, s0) = ctx.sentence_of(end.checked_sub(1)?);
    let from = s0.max(prev.start).min(end);
    let ws = words_in(text, from..end);
    let cue = ws.last().filter(|w| ctx.lexicon.is_cue(w.s))?;
    speaker_before(ctx, from, cue.start, names, last)
}

/// Read the speaker noun phrase that ends right before `cue_start`.
fn speaker_before(
    ctx: &Ctx,
    from: usize,
    cue_start: usize,
    names: &NameBook,
    last: Option<&Speaker>,
) -> Option<Speaker> {
    let text = ctx.text();
    // "the National Statistics Office (NSO) said": the abbreviation is an aside.
    let mut cue_start = from + without_aside(&text[from..cue_start]).len();
    // "A steward who worked at the gate, speaking on condition of
    // anonymity, told Wire": a participle aside between commas.
    if let Some(body) = text[from..cue_start].trim_end().strip_suffix(',')
        && let Some(open) = body.rfind(", ")
        && body[open + 2..].split_whitespace().next().is_some_and(|w| {
            matches!(
                w,
                "speaking"
                    | "writing"
                    | "citing"
                    | "requesting"
                    | "declining"
                    | "titled"
                    | "entitled"
                    | "headed"
                    | "headlined"
            )
        })
        && body[open + 2..].split_whitespace().count() <= 10
    {
        cue_start = from + open;
    }
    let cue_at = cue_start;
    let region = &text[from..cue_start];
    // Only the last clause: after the last comma (unless "X, ROLE, said").
    let mut ws = words_in(text, from..cue_start);
    // Skip adverbs and auxiliaries right before the cue: "also", "has", "later".
    while let Some(w) = ws.last() {
        if matches!(
            lower(w.s).as_str(),
            "also"
                | "has"
                | "had"
                | "have"
                | "would"
                | "could"
                | "will"
                | "can"
                | "may"
                | "might"
                | "should"
                | "did"
                | "does"
                | "later"
                | "then"
                | "again"
                | "previously"
                | "earlier"
                | "once"
                | "repeatedly"
                | "publicly"
                | "privately"
                | "reportedly"
                | "separately"
                | "recently"
                | "initially"
                | "first"
        ) {
            // what is left must end right before the skipped word
            cue_start = w.start;
            ws.pop();
        } else {
            break;
        }
    }
    // "A survey of 3,100 members carried out by the union in March found":
    // a document that opens the sentence, with who made it and when, is
    // the source as a whole phrase (see [`document_source`])
    let subject = text[from..cue_start].trim();
    if let Some(first) = subject.split_whitespace().next()
        && matches!(first, "A" | "An" | "The")
        && subject.split_whitespace().count() <= 16
        && !subject.contains(['“', '"', '(', ';', ':'])
        && !subject.contains(", ")
        && document_source(
            &format!("{}{}", first.to_lowercase(), &subject[first.len()..]),
            ctx.lexicon,
        )
        && !subject.split_whitespace().any(|w| {
            ctx.lexicon.is_cue(w)
                || is_auxiliary_verb(w)
                || matches!(w, "who" | "which" | "and" | "but")
        })
    {
        return Some(Speaker::phrase(subject, "anonymous"));
    }
    // (where a comma closes an appositive right before the cue, or its
    // auxiliary, for when the time skipped below was the appositive's
    // own: "The report, published on Monday, said"; "Ingrid Marchmont,
    // who was paid £1.4 million last year, has said")
    let comma_before_cue = text[from..cue_start]
        .trim_end()
        .strip_suffix(',')
        .map(|b| from + b.len());
    // A time between the subject and the cue: "President Joe Biden on
    // Tuesday said", "the minister yesterday said", "officials last week said".
    const WEEKDAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    loop {
        let n = ws.len();
        let is = |k: usize, words: &[&str]| words.iter().any(|w| ws[k].s.eq_ignore_ascii_case(w));
        let drop = if n >= 2 && is(n - 1, &WEEKDAYS) {
            if is(n - 2, &["on"]) { 2 } else { 1 }
        } else if n >= 3
            && is(n - 1, &["morning", "afternoon", "evening", "night"])
            && is(n - 2, &WEEKDAYS)
        {
            if is(n - 3, &["on"]) { 3 } else { 2 }
        } else if n >= 2 && is(n - 1, &["yesterday", "today", "tonight"]) {
            1
        } else if n >= 3
            && is(n - 2, &["last", "this"])
            && is(n - 1, &["week", "month", "year", "weekend"])
        {
            2
        } else {
            0
        };
        // Something must be left for the speaker, and no object of a
        // preposition ("who resigned in March last year, said": the time
        // is the clause's, and "March" no subject).
        if drop == 0
            || drop >= n
            || (n > drop + 1
                && text[ws[n - 1].end..cue_start].contains(',')
                && is(
                    n - drop - 2,
                    &[
                        "in", "at", "on", "from", "to", "since", "of", "for", "by", "until",
                    ],
                ))
        {
            break;
        }
        cue_start = ws[n - drop].start;
        ws.truncate(n - drop);
    }
    let last_w = *ws.last()?;
    // "... but warned that": the subject is earlier (coordination).
    if matches!(
        lower(last_w.s).as_str(),
        "and" | "but" | "or" | "nor" | "yet"
    ) {
        return None;
    }
    // "A senior diplomat who asked not to be named said": the speaker is
    // the noun phrase before the relative clause.
    if let Some(k) = ws.iter().rposition(|w| w.s == "who")
        && k > 0
        && text[last_w.end..cue_start].trim().is_empty()
        && ws.len() - k <= 10
        && !ws[k..].iter().any(|w| ctx.lexicon.is_cue(w.s))
        // ("a restorer who died in 1991 and whom Lyle described": another
        // subject is the speaker)
        && !ws[k + 1..].iter().any(|w| matches!(w.s, "and" | "whom" | "whose" | "but"))
        && text[ws[k - 1].end..ws[k].start].trim().is_empty()
        // ("Asked whether students who benefited could lose their places,
        // she said": a clause ends before the subject)
        && !text[ws[k].start..cue_start].contains(',')
        && let Some(mut sp) = np_before(ctx, &ws[..k], names)
        && sp.stype != "person"
    {
        // ("A steward who worked at the gate": a clause that identifies
        // the speaker is part of who it is; one of anonymity is not)
        let relative = &text[ws[k].start..last_w.end];
        let anonymity = [
            "named",
            "identified",
            "anonymity",
            "authorised",
            "authorized",
        ]
        .iter()
        .any(|w| relative.contains(w));
        if sp.stype == "anonymous" && !anonymity && sp.name == sp.surface && ws.len() - k >= 3 {
            sp.name = format!("{} {relative}", sp.name);
            sp.surface.clone_from(&sp.name);
        }
        return Some(sp);
    }
    // "Esterhazy, who had argued that ...": the speaker is who "who" is;
    // "rejected by the ministry, which said ...": what "which" is.
    if matches!(lower(last_w.s).as_str(), "who" | "which")
        && text[last_w.end..cue_start].split_whitespace().count() <= 2
    {
        let before = text[from..last_w.start].trim_end();
        let before = before.strip_suffix(',')?;
        let ws2 = words_in(text, from..from + before.len());
        let sp = np_before(ctx, &ws2, names);
        // "said Lena Dovic, the club's owner, who announced": the person
        // the role stands beside; "brought by Save Marsh Fields, a
        // residents' group, which argued": the group a description names.
        let described = sp.as_ref().is_some_and(|s| {
            let l = s.name.to_lowercase();
            l.starts_with("a ") || l.starts_with("an ")
        });
        if sp.as_ref().is_some_and(|s| s.stype != "person")
            && let Some(p) = appositive_speaker(ctx, from, from + before.len(), names)
            && (p.stype == "person" || described && p.name.starts_with(char::is_uppercase))
        {
            return Some(p);
        }
        return sp;
    }
    // Between the last word and the cue there must be only spaces.
    let between = &text[last_w.end..cue_start];
    if !between.trim().is_empty() {
        // "X, ROLE, said": a comma directly before the cue, maybe after
        // an abbreviation the appositive ends with ("..., which employs
        // 300 pilots at the Port Authority (PA), said").
        let comma = match between.trim() {
            "," => Some(last_w.end),
            ")," if text[..last_w.start].ends_with('(') => {
                between.find(',').map(|i| last_w.end + i)
            }
            _ => None,
        };
        return comma.and_then(|at| appositive_speaker(ctx, from, at, names));
    }
    let lw = lower(last_w.s);
    // "The 51-year-old said": the person just named, like "he".
    if lw.ends_with("-year-old")
        && ws.len() >= 2
        && lower(ws[ws.len() - 2].s) == "the"
        && lw.starts_with(|c: char| c.is_ascii_digit())
    {
        return last.cloned();
    }
    if PRONOUNS.contains(&lw.as_str()) {
        // "It said the branch would reopen": the organisation that spoke
        // last, which the caller knows (see `IT`).
        // ("It is said that ...", "it was reported": passive, no speaker)
        let passive = text[last_w.end..cue_at].split_whitespace().any(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "is" | "was" | "are" | "were" | "be" | "been" | "being"
            )
        });
        if lw == "it" && ws.len() == 1 && !passive {
            return Some(Speaker {
                stype: IT,
                ..Speaker::default()
            });
        }
        if lw == "they" && ws.len() == 1 && !passive {
            return Some(Speaker {
                stype: THEY,
                ..Speaker::default()
            });
        }
        if lw == "it" || lw == "they" || lw == "we" || lw == "i" {
            return None;
        }
        return last.cloned();
    }
    let _ = region;
    np_before(ctx, &ws, names)
        .or_else(|| comma_before_cue.and_then(|c| appositive_speaker(ctx, from, c, names)))
}

/// `seg` without a short parenthesis it ends with, and the spaces before
/// that: "the National Statistics Office (NSO)" is "the National
/// Statistics Office", the abbreviation an aside.
fn without_aside(seg: &str) -> &str {
    let head = seg.trim_end();
    match head.strip_suffix(')').and_then(|h| h.rfind('(')) {
        Some(open) if head.len() - open <= 12 => &head[..open],
        _ => seg,
    }
}

/// Where a name's affiliation starts in `s` (" of the Helm Institute",
/// " at Y", " from Z"): the first of those words.
fn affiliation_at(s: &str) -> Option<usize> {
    [" of ", " at ", " from "]
        .iter()
        .filter_map(|p| s.find(p))
        .min()
}

/// The person a phrase names by the only name it says they gave: "who gave
/// his name only as Arne", "identified only as Yusuf", "who asked to be
/// identified by her first name, Maija".
fn name_given_only(seg: &str) -> Option<Speaker> {
    static GIVEN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:(?-u:\b)gave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|given\s+)?name\s+(?:only\s+)?as|identified\s+only\s+as|identified\s+(?:only\s+)?by\s+(?:his|her|their)\s+(?:first|given)\s+name,?)\s+([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)(?:\s*$|[\s,;.)])")
            .expect("given-name regex compiles")
    });
    if !seg.contains(" as ") && !seg.contains(" name") {
        return None;
    }
    let name = GIVEN.captures(seg)?.get(1)?.as_str().to_string();
    Some(Speaker {
        surface: name.clone(),
        name,
        role: String::new(),
        stype: "person",
        others: Vec::new(),
    })
}

/// Whether an "according to" source is a document and who made or keeps
/// it: a document noun after a determiner and lower-case modifiers, then
/// "by", "from", "of" or a participle ("figures from the agency", "records
/// kept by the service", "the latest report by ..."). A bare "the report"
/// is not one (it points back), nor "a spokesman for the agency".
fn document_source(src: &str, lex: &Lexicon) -> bool {
    const LINKS: &[&str] = &[
        "by",
        "from",
        "of",
        "kept",
        "published",
        "compiled",
        "released",
        "seen",
        "issued",
        "obtained",
        "prepared",
        "collected",
        "commissioned",
        "filed",
        "cited",
    ];
    let ws: Vec<&str> = src.split_whitespace().take(7).collect();
    let Some(k) = ws.iter().position(|w| lex.is_document(w)) else {
        return false;
    };
    // (only a determiner and lower-case modifiers before it: "the latest
    // official")
    k <= 4
        && ws[..k]
            .iter()
            .all(|w| w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
        && ws.get(k + 1).is_some_and(|w| LINKS.contains(w))
}

/// "Idris Vahl, the Front's chief negotiator, said" / "Kerry, 72, said".
fn appositive_speaker(
    ctx: &Ctx,
    from: usize,
    comma_at: usize,
    names: &NameBook,
) -> Option<Speaker> {
    let text = ctx.text();
    let seg = &text[from..comma_at];
    // "One guide, who gave his name only as Arne, said", "a driver,
    // identified only as Yusuf, said": the only name the text gives
    if let Some(sp) = name_given_only(seg) {
        return Some(sp);
    }
    // The comma that opens the appositive: a relative clause's first one
    // ("The ULD, which represents more than 1,200 drivers, said"), else the
    // last comma that is not inside a number ("1,200").
    let relative_at = [", who ", ", which "]
        .iter()
        .filter_map(|p| seg.find(p))
        .min();
    // "Dana Reyes, a researcher at the Lund Institute in Karsby, who was
    // not involved in the study, said": the relative clause follows an
    // appositive, which names the speaker as without it.
    if let Some(r) = relative_at
        && seg[..r]
            .match_indices(", ")
            .any(|(i, _)| !seg[i + 2..].starts_with(|d: char| d.is_ascii_digit()))
        && let Some(sp) = appositive_speaker(ctx, from, from + r, names)
    {
        return Some(sp);
    }
    let first_comma = match relative_at {
        Some(i) => i,
        None => seg
            .char_indices()
            .rev()
            .find(|&(i, c)| c == ',' && !seg[i + 1..].starts_with(|d: char| d.is_ascii_digit()))
            .map(|(i, _)| i)?,
    };
    // "The Guild of Pilots (GP), which ...": the abbreviation is an aside;
    // "Whitfield, 61, a former negotiator,": so is an age.
    let is_age =
        |s: &str| (1..=3).contains(&s.trim().len()) && s.trim().bytes().all(|b| b.is_ascii_digit());
    let name_part = without_aside(&seg[..first_comma]);
    let (name_part, aged) = match name_part.rsplit_once(", ") {
        Some((name, age)) if is_age(age) => (name, true),
        _ => (name_part, false),
    };
    let name_end = from + name_part.len();
    let name_ws = words_in(text, from..name_end);
    let role = text[from + first_comma + 1..comma_at].trim();
    // "A senior official, who asked not to be named because ..., said":
    // a relative clause, not a role.
    let relative = role.starts_with("who ") || role.starts_with("which ");
    if role.is_empty() || (!relative && role.split_whitespace().count() > 14) {
        return None;
    }
    // "The heads of two mills, Erik Brandsen of Nordstal and Karin Aske
    // of Vesterverk, said": co-speakers in apposition, each maybe with
    // an affiliation after "of".
    // (the appositive starts after the first comma)
    let app_start = from + first_comma + 1;
    if let Some(and) = text[app_start..comma_at]
        .find(" and ")
        .filter(|_| !relative)
    {
        let person_in = |a: usize, b: usize| -> Option<Speaker> {
            let part = &text[a..b];
            let cut = part.find(" of ").map_or(b, |i| a + i);
            person_named(ctx, &words_in(text, a..cut), names, 2..=4)
        };
        // (the later one speaks with the earlier beside, as for "X and Y said")
        if let (Some(first), Some(mut second)) = (
            person_in(app_start, app_start + and),
            person_in(app_start + and + 5, comma_at),
        ) {
            second.others.push(first);
            return Some(second);
        }
    }
    // "Professor Rafael Quint of the Meridian Institute in Brannvik, who
    // was not involved, said": a person, then where they work.
    if relative
        && let Some(cut) = affiliation_at(name_part)
        && let Some(mut person) = person_named(ctx, &words_in(text, from..from + cut), names, 2..=5)
    {
        if person.role.is_empty() {
            person.role = name_part[cut + 1..].trim().replace('\\', "");
        }
        return Some(person);
    }
    // "The museum's insurer, Halbrook Mutual, estimated": a role no table
    // knows, then the name.
    // Only people have ages: "Brenner, 54, said".
    let aged = aged || is_age(role);
    let Some(mut sp) = np_before(ctx, &name_ws, names).map(|mut sp| {
        if aged && sp.stype == "organisation" && name_ws.iter().all(|w| is_cap(w.s)) {
            sp.stype = "person";
        }
        sp
    }) else {
        if relative {
            return None;
        }
        let app_ws = words_in(text, app_start..comma_at);
        // ("The sport's governing body, the International Athletics Union,
        // said": the name may keep its article)
        let named = match app_ws.split_first() {
            Some((the, rest)) if the.s.eq_ignore_ascii_case("the") && !rest.is_empty() => rest,
            _ => &app_ws[..],
        };
        if !name_run(named, ctx.lexicon, 1..=5) {
            return None;
        }
        let mut sp = np_before(ctx, &app_ws, names)?;
        // (the role said first tells more than a title: "Professor")
        if sp.stype == "person" {
            sp.role = text[from..from + first_comma].trim().replace('\\', "");
        }
        return Some(sp);
    };
    if relative {
        return Some(sp);
    }
    // "Ukraine's foreign minister, Dmytro Kuleba, said": the role comes
    // first and the appositive is the name.
    if sp.stype != "person" {
        // (the name before where they are from: "Its chair, Prime Minister
        // Losa Tavita of Nukuriva, wrote")
        let app_end =
            affiliation_at(&text[app_start..comma_at]).map_or(comma_at, |i| app_start + i);
        let mut app_ws = words_in(text, app_start..app_end);
        // ("Varnholm's son, the drummer Jonas Varnholm, wrote": a few
        // lower-case words of role before the name)
        if let Some(k) = app_ws.iter().position(|w| is_cap(w.s))
            && (1..=3).contains(&k)
            && matches!(
                app_ws[0].s,
                "the" | "a" | "an" | "his" | "her" | "their" | "its"
            )
            && app_ws[..k].iter().all(|w| !is_cap(w.s))
        {
            app_ws.drain(..k);
        }
        if let Some(mut person) = person_named(ctx, &app_ws, names, 2..=4) {
            // ("The study's lead author, Professor Helena Matos, said": the
            // role said first tells more than the title)
            person.role = text[from..from + first_comma].trim().replace('\\', "");
            return Some(person);
        }
        // "His wife, Maija, said", "A neighbour, Tomas, said": a relation
        // or role in lower case, then the one name the text gives
        let role_first = text[from..from + first_comma].trim();
        let lowered = role_first.split_whitespace().all(|w| {
            !w.starts_with(char::is_uppercase)
                || matches!(w, "His" | "Her" | "Their" | "A" | "An" | "The" | "One")
        });
        if let [w] = app_ws.as_slice()
            && sp.stype == "anonymous"
            && lowered
            && is_cap(w.s)
            && w.s.len() > 2
            && !ctx.lexicon.is_not_name(w.s)
            && !ctx.lexicon.is_organisation(w.s)
            && crate::normalize::date::month_number(w.s).is_none()
        {
            return Some(Speaker {
                surface: w.s.to_string(),
                name: w.s.replace('\\', ""),
                role: role_first.replace('\\', ""),
                stype: "person",
                others: Vec::new(),
            });
        }
        // "The mine's owner, Karsk Mining Company (KMC), said": a role
        // without a name, then the organisation's name.
        let app = without_aside(&text[app_start..comma_at]);
        let app_ws = words_in(text, app_start..app_start + app.len());
        // ("The developer, Crestline Homes, said": a description of a
        // kind of organisation, then its name)
        // ("That network, the Low Orbit Safety Consortium, claimed": the
        // name may keep its article)
        let description = sp.stype == "organisation" && {
            let l = sp.name.to_lowercase();
            ["the ", "that ", "this ", "its "]
                .iter()
                .find_map(|d| l.strip_prefix(d))
                .is_some_and(|rest| rest.split(' ').count() <= 2)
                // (a bare head noun, its determiner dropped: "network")
                || (!l.contains(' ') && sp.name == l)
        };
        let the = usize::from(app_ws.len() > 2 && app_ws[0].s == "the" && is_cap(app_ws[1].s));
        if (sp.stype == "anonymous" || description)
            && name_run(&app_ws[the..], ctx.lexicon, 2..=6)
            && is_cap(app_ws[the].s)
            && let Some(mut org) = np_before(ctx, &app_ws[the..], names)
            && org.stype == "organisation"
        {
            if the == 1 && !org.name.starts_with("the ") {
                org.name = format!("the {}", org.name);
                org.surface = format!("the {}", org.surface);
            }
            return Some(org);
        }
    }
    // "Harlan Freight, a US logistics group, said": the appositive's head
    // noun names an organisation.
    let head = role
        .split_whitespace()
        .take_while(|w| {
            !matches!(
                w.to_ascii_lowercase().as_str(),
                "of" | "at" | "in" | "for" | "with" | "from" | "on" | "that" | "which" | "who"
            )
        })
        .last()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        });
    let article = ["a ", "an ", "the "]
        .iter()
        .any(|a| role.to_ascii_lowercase().starts_with(a));
    if sp.stype == "person"
        && sp.role.is_empty()
        && article
        && head.is_some_and(|h| ctx.lexicon.is_organisation(&h))
    {
        sp.stype = "organisation";
        return Some(sp);
    }
    // "Brenner, 54, said": an age is not a role.
    // "Cuerpo, speaking in Brussels, said": a participle phrase neither.
    let participle = role
        .split_whitespace()
        .next()
        .is_some_and(|w| w.len() > 5 && w.ends_with("ing"));
    // ("Professor Hannah Cloke, a hydrologist at the University of
    // Reading": the appositive says more than a one-word title)
    let bare_title = !sp.role.is_empty() && !sp.role.contains(' ') && article;
    if sp.stype == "person"
        && (sp.role.is_empty() || bare_title)
        && !participle
        && !role.bytes().all(|b| b.is_ascii_digit())
    {
        sp.role = role.to_string();
    }
    Some(sp)
}

/// The noun phrase at the end of `ws`: a name with its title, an
/// organisation, or an anonymous group.
fn np_before(ctx: &Ctx, ws: &[Word], names: &NameBook) -> Option<Speaker> {
    let text = ctx.text();
    let lex = ctx.lexicon;
    let n = ws.len();
    if n == 0 {
        return None;
    }
    let last = ws[n - 1];
    // Capitalized name run (with connectors like "de", "al-").
    let mut i = n;
    while i > 0 {
        let w = ws[i - 1];
        let lw = lower(w.s);
        // ("Harwick & Stone", "Kessel & Marr": an ampersand joins a firm's name)
        let gap_ok = i == n
            || text[w.end..ws[i].start].trim().is_empty()
            || (text[w.end..ws[i].start].trim() == "&" && is_cap(w.s) && is_cap(ws[i].s));
        if !gap_ok {
            break;
        }
        // "Secretary of State", "Bank of England", "Office for National
        // Statistics": "of"/"for" inside a title or an institution's name.
        let title_of = matches!(lw.as_str(), "of" | "for")
            && i > 1
            && i < n
            && is_cap(ws[i - 2].s)
            && is_cap(ws[i].s)
            && (lex.is_title(ws[i - 2].s) || lex.is_organisation(ws[i - 2].s));
        if is_cap(w.s) && !lex.is_not_name(w.s)
            || (lex.is_particle(w.s) && i < n && i > 1)
            || title_of
        {
            i -= 1;
        } else {
            break;
        }
    }
    // "the Stenmouth and Lowvale Health Trust", "the Arts and Humanities
    // Research Council": one name with "and" inside, when a single
    // capitalized word after "the" stands before it and the run ends in an
    // organisation noun ("the BBC and ITV", "the Treasury and Lloyds Bank"
    // stay two)
    if i >= 3
        && i < n
        && ws[i - 1].s == "and"
        && is_cap(ws[i - 2].s)
        && !lex.is_organisation(&lower(ws[i - 2].s))
        && lower(ws[i - 3].s) == "the"
        && lex.is_organisation(&lower(last.s))
        && text[ws[i - 3].end..ws[i].start].split_whitespace().count() == 2
    {
        i -= 2;
    }
    // ("tests carried out in October had confirmed": a month after a
    // preposition is a time, not a speaker)
    if n - i == 1
        && i > 0
        && crate::normalize::date::month_number(last.s).is_some()
        && matches!(
            ws[i - 1].s,
            "in" | "since"
                | "until"
                | "by"
                | "from"
                | "of"
                | "last"
                | "next"
                | "early"
                | "late"
                | "mid"
                | "before"
                | "after"
                | "during"
        )
    {
        return None;
    }
    // A possessive inside the run ("Obama's office") or a lowercase head noun.
    if i < n && is_cap(last.s) {
        let run = &ws[i..n];
        // "Varennia’s embassy in Kostra", "the ministry in Oslo": an
        // organisation and where it sits, not a place that speaks.
        // ("Mountain guides in Rennfjell", "shopkeepers in the Vale": a
        // group and where it is, not a place that speaks)
        let the = usize::from(i >= 3 && ws[i - 1].s == "the");
        // (a plural noun, capitalized only to open the sentence)
        let group = |w: &str| {
            w.bytes().skip(1).all(|b| b.is_ascii_lowercase())
                && (lex.is_anonymous(w) || w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"))
        };
        if i >= 2 + the
            && n - i <= 2
            && ws[i - 1 - the].s == "in"
            && (ws[i - 2 - the].s.bytes().all(|b| b.is_ascii_lowercase())
                && lex.is_organisation(ws[i - 2 - the].s)
                || group(ws[i - 2 - the].s))
            // (not a time: "published by the ministry in June")
            && !lex.is_not_name(run[0].s)
            && crate::normalize::date::month_number(run[0].s).is_none()
            && let Some(mut org) = np_before(ctx, &ws[..i - 1 - the], names)
                .filter(|o| o.stype != "person")
                .or_else(|| {
                    // ("Other mountain guides": a plural noun with its words,
                    // no name, as the whole subject)
                    let np = &ws[..i - 1 - the];
                    (np.len() <= 4
                        && group(np[np.len() - 1].s)
                        && np[1..].iter().all(|w| w.s.bytes().all(|b| b.is_ascii_lowercase())))
                    .then(|| {
                        let phrase = &text[np[0].start..np[np.len() - 1].end];
                        Speaker {
                            stype: "anonymous",
                            ..org_or_anon(ctx, np, 0, phrase)
                        }
                    })
                })
        {
            let place = &text[ws[i - the].start..last.end];
            org.name = format!("{} in {place}", org.name);
            org.surface = format!("{} in {place}", org.surface);
            return Some(org);
        }
        // "Dr. Aisha Rahman of the London School of Economics said": a
        // person named in full, then where they work.
        let the = usize::from(i >= 1 && ws[i - 1].s == "the");
        if i >= 3 + the
            && matches!(ws[i - 1 - the].s, "of" | "at" | "from")
            && ws[i - 1 - the..=i]
                .windows(2)
                .all(|p| text[p[0].end..p[1].start] == *" ")
            && text[ws[i - 2 - the].end..ws[i - 1 - the].start] == *" "
            && let Some(person) = person_of(ctx, ws, i - 1 - the, names)
        {
            return Some(person);
        }
        // "analysts at Barclays", "a spokesman for Acme": a group or a role
        // speaking for the name that follows.
        if !run.iter().any(|w| lex.is_title(w.s))
            && let Some(sp) = speaking_for(ctx, ws, i)
        {
            return Some(sp);
        }
        // split role (titles) from name
        let split = role_end(run, lex).unwrap_or(0);
        let (mut role_ws, mut name_ws) = run.split_at(split);
        // "Ms Achterberg", "Dr Jane Smith": a courtesy title is no role.
        while role_ws.first().is_some_and(|w| is_honorific(w.s)) {
            role_ws = &role_ws[1..];
        }
        // "Bank of England", "Ministry of Defence": title-like words inside
        // an institution's name are not a role.
        // ("The Association of British Insurers": a nationality after an
        // organisation's "of" is part of its name too.)
        let org_of = split > 0
            && !lex.is_title(strip_possessive(run[split - 1].s))
            && run[..split].windows(2).any(|p| {
                lex.is_organisation(p[0].s) && is_cap(p[0].s) && matches!(p[1].s, "of" | "for")
            });
        if org_of
            || (run.iter().any(|w| lex.is_organisation(w.s))
                && name_ws.first().is_none_or(|w| matches!(w.s, "of" | "for")))
        {
            role_ws = &[];
            name_ws = run;
        }
        // "England's Bishop of Leeds": a title with its see or office and
        // no name is a role speaking, not a person called "of Leeds".
        if name_ws.first().is_some_and(|w| matches!(w.s, "of" | "for")) {
            let phrase = &text[run[0].start..last.end];
            let mut sp = org_or_anon(ctx, ws, i, phrase);
            sp.stype = "anonymous";
            return Some(sp);
        }
        if name_ws.is_empty() {
            // "the Pentagon", "the Kremlin": an organisation by a capitalized noun
            let phrase = &text[run[0].start..last.end];
            return Some(org_or_anon(ctx, ws, i, phrase));
        }
        let name_text = &text[name_ws[0].start..name_ws[name_ws.len() - 1].end];
        // "Critics say", "Residents said": a group noun capitalized to open
        // a sentence is not a name.
        if name_ws.len() == 1 && lex.is_anonymous(strip_possessive(name_ws[0].s)) {
            let phrase = &text[run[0].start..last.end];
            return Some(org_or_anon(ctx, ws, i, phrase));
        }
        if name_text.split_whitespace().any(|w| lex.is_organisation(w)) || looks_like_org(name_text)
        {
            let the = i > 0 && matches!(lower(ws[i - 1].s).as_str(), "the");
            let start = if the { ws[i - 1].start } else { run[0].start };
            // "a spokesperson for the Ministry of Health": the person speaks
            // for the institution, anonymously.
            if let Some(sp) = speaking_for(ctx, ws, if the { i - 1 } else { i }) {
                return Some(sp);
            }
            return Some(Speaker {
                surface: text[start..last.end].to_string(),
                name: text[start..last.end].to_string(),
                role: String::new(),
                stype: "organisation",
                others: Vec::new(),
            });
        }
        let mut role = if role_ws.is_empty() {
            String::new()
        } else {
            text[role_ws[0].start..role_ws[role_ws.len() - 1].end].to_string()
        };
        // Lowercase role words before the run: "The UN's Syria envoy".
        if role.is_empty() {
            role = role_lookback(text, ws, i, lex);
        } else {
            let more = role_lookback(text, ws, i, lex);
            if !more.is_empty() {
                role = format!("{more} {role}");
            }
        }
        let (full, book_role) = names.resolve(name_text);
        if role.is_empty() {
            role = book_role;
        }
        // "Kerry and Lavrov said": a co-speaker before "and".
        let mut others = Vec::new();
        let mut j = i;
        while j > 0 && i - j < 8 {
            let w = ws[j - 1];
            let lw = lower(w.s);
            if lw == "and" {
                // ("Police and Crime Commissioner Lorna Pettigrew": one title
                // of two capitalized nouns, its title word after the "and")
                let one_title = title_across_and(ctx, ws, j - 1);
                if j > 1
                    && !one_title
                    && let Some(mut o) = np_before(ctx, &ws[..j - 1], names)
                    && matches!(o.stype, "person" | "organisation")
                {
                    others.push(Speaker {
                        others: Vec::new(),
                        ..o.clone()
                    });
                    others.append(&mut o.others);
                }
                break;
            }
            if !(is_cap(w.s) || lex.is_title(&lw) || matches!(lw.as_str(), "of" | "for" | "the")) {
                break;
            }
            j -= 1;
        }
        // One capitalized word that is no part of a name the article gave
        // in full, with no title or role: news introduces people by their
        // full name first, so "Google said", "Tesla said" are organisations.
        // ("Ministers said", "Senators said": the plural of a role is a
        // group of people, not anyone's name)
        // ("the conservation charity Wild Estvia": a name after an
        // organisation noun is that organisation's)
        let org_role = role.is_empty()
            && i > 0
            && text[ws[i - 1].end..ws[i].start] == *" "
            && ws[i - 1].s.bytes().all(|b| b.is_ascii_lowercase())
            && lex.is_organisation(ws[i - 1].s)
            && !lex.is_title(ws[i - 1].s);
        // ("The Upland Councils Pension Pool, which ...": a name of several
        // words right after "the", with no title, is no person's)
        let the_name = role.is_empty()
            && i > 0
            && lower(ws[i - 1].s) == "the"
            && text[ws[i - 1].end..ws[i].start] == *" "
            && name_text.contains(' ');
        let stype = if !name_text.contains(char::is_whitespace)
            && is_title_plural(&lower(name_text), lex)
        {
            "anonymous"
        } else if org_role
            || the_name
            || role.is_empty()
                && !name_text.contains(char::is_whitespace)
                && !names.names_a_person(name_text)
        {
            "organisation"
        } else {
            "person"
        };
        let full = if the_name {
            format!("the {full}")
        } else {
            full
        };
        return Some(Speaker {
            surface: name_text.to_string(),
            name: full,
            role: role.replace('\\', ""),
            stype,
            others,
        });
    }
    // Lowercase noun phrase: "a senior official", "Islamist sources", "the ministry".
    let mut phrase_start = n - 1;
    while phrase_start > 0 && n - phrase_start < 5 {
        let w = ws[phrase_start - 1];
        if !text[w.end..ws[phrase_start].start].trim().is_empty() {
            break;
        }
        let lw = lower(w.s);
        // "Bank of Portugal data": "of" inside an institution's name
        let in_name = matches!(lw.as_str(), "of" | "for")
            && phrase_start >= 2
            && is_cap(ws[phrase_start].s)
            && lex.is_organisation(ws[phrase_start - 2].s)
            && is_cap(ws[phrase_start - 2].s);
        if !in_name
            && matches!(
                lw.as_str(),
                "and"
                    | "but"
                    | "or"
                    | "that"
                    | "which"
                    | "who"
                    | "as"
                    | "in"
                    | "on"
                    | "at"
                    | "by"
                    | "for"
                    | "with"
                    | "from"
                    | "to"
                    | "of"
                    | "said"
                    | "says"
                    | "while"
                    | "when"
                    | "if"
                    | "though"
                    | "although"
                    | "because"
                    | "since"
                    | "whereas"
                    | "so"
                    | "yet"
                    | "where"
                    | "after"
                    | "before"
                    | "unless"
            )
        {
            break;
        }
        phrase_start -= 1;
        if matches!(
            lw.as_str(),
            "a" | "an"
                | "the"
                | "one"
                | "two"
                | "three"
                | "several"
                | "some"
                | "many"
                | "other"
                | "his"
                | "her"
                | "their"
                | "its"
        ) {
            break;
        }
    }
    let head = lower(strip_possessive(last.s));
    // "one of the divers said", "two of its drivers": someone out of a
    // group speaks, whatever the plural noun, and is no more than one (or
    // a few) of it.
    // (not inside a longer phrase: "a neighbour of one of the suspects")
    let opens_np = |k: usize| {
        k == 0
            || !text[ws[k - 1].end..ws[k].start].trim().is_empty()
            || matches!(
                lower(ws[k - 1].s).as_str(),
                "and" | "but" | "that" | "while" | "when" | "as" | "because" | "so" | "yet"
            )
    };
    if phrase_start >= 2
        && opens_np(phrase_start - 2)
        && lower(ws[phrase_start - 1].s) == "of"
        && matches!(
            lower(ws[phrase_start - 2].s).as_str(),
            "one" | "two" | "three" | "four" | "some" | "several" | "many" | "most" | "another"
        )
        && matches!(
            lower(ws[phrase_start].s).as_str(),
            "the" | "his" | "her" | "their" | "its" | "our"
        )
        && ws[phrase_start - 2..]
            .windows(2)
            .all(|p| text[p[0].end..p[1].start] == *" ")
        && (role_or_group(&head, lex)
            || is_title_plural(&head, lex)
            || head.len() > 3
                && head.ends_with('s')
                && !head.ends_with("ss")
                && head.bytes().all(|b| b.is_ascii_lowercase()))
    {
        let phrase = &text[ws[phrase_start - 2].start..last.end];
        return Some(Speaker {
            stype: "anonymous",
            ..org_or_anon(ctx, ws, phrase_start - 2, phrase)
        });
    }
    let coordinated = coordinated_start(ctx, ws, phrase_start);
    // "a Reuters poll of economists found", "an audit by the regional
    // accounts office found": the poll, a document, speaks.
    if phrase_start >= 2
        && matches!(lower(ws[phrase_start - 1].s).as_str(), "of" | "by")
        && matches!(
            lower(ws[phrase_start - 2].s).as_str(),
            "poll"
                | "survey"
                | "study"
                | "report"
                | "analysis"
                | "census"
                | "review"
                | "audit"
                | "investigation"
                | "assessment"
                | "inspection"
        )
        && matches!(
            text[ws[phrase_start - 2].end..ws[phrase_start].start].trim(),
            "of" | "by"
        )
    {
        let mut s = phrase_start - 2;
        while s > 0 && phrase_start - s < 6 {
            let w = ws[s - 1];
            if !text[w.end..ws[s].start].trim().is_empty() {
                break;
            }
            let lw = lower(w.s);
            if !(is_cap(w.s) || matches!(lw.as_str(), "a" | "an" | "the" | "new" | "latest")) {
                break;
            }
            s -= 1;
            if matches!(lw.as_str(), "a" | "an" | "the") {
                break;
            }
        }
        let phrase = text[ws[s].start..last.end].to_string();
        return Some(Speaker {
            surface: phrase.clone(),
            name: phrase.replace('\\', ""),
            role: String::new(),
            stype: "organisation",
            others: Vec::new(),
        });
    }
    // "two people familiar with the investigation": the body after
    // "familiar with" is what the speaker knows of, not who speaks; the head
    // noun before it (below) is the speaker.
    let known_of = phrase_start >= 2
        && matches!(
            lower(ws[phrase_start - 2].s).as_str(),
            "familiar" | "briefed" | "close" | "involved" | "knowledgeable"
        );
    if !known_of && (role_or_group(&head, lex) || is_title_plural(&head, lex)) {
        // "a senior official at the ministry", "members of the committee":
        // the group after the preposition is who the speaker works for or
        // belongs to; the speaker is the whole phrase, anonymous (as with
        // "a spokesperson for the Ministry of Health").
        // ("Sergeant Dominik Farlowe of the county's road policing unit
        // said": a person named in full, then where they work)
        if phrase_start >= 3
            && matches!(ws[phrase_start - 1].s, "of" | "at" | "from")
            && let Some(person) = person_of(ctx, ws, phrase_start - 1, names)
        {
            return Some(person);
        }
        // ("a former line cook at the restaurant": someone the lists do
        // not know, where they work)
        if phrase_start >= 3
            && matches!(ws[phrase_start - 1].s, "of" | "at" | "from")
            && let Some(sp) = described_subject(ctx, ws).filter(|sp| sp.stype == "anonymous")
        {
            return Some(sp);
        }
        if let Some(sp) = speaking_for(ctx, ws, phrase_start) {
            return Some(sp);
        }
        return Some(group_or_groups(ctx, ws, coordinated, phrase_start));
    }
    // A head noun with a prepositional tail: "a person familiar with the
    // matter", "a senior official at the utility", "researchers from the
    // institute and two partner universities".
    let lo = n.saturating_sub(14);
    let mut head_at = None;
    for k in (lo..n - 1).rev() {
        let w = ws[k];
        if k + 1 < n && !text[w.end..ws[k + 1].start].trim().is_empty() {
            break; // punctuation: another clause
        }
        let lw = lower(strip_possessive(w.s));
        // "a row that has cut half of all services ... and that business
        // groups say": a relative word opens the speaker's clause; a head
        // noun left of it is another clause's.
        if matches!(
            lw.as_str(),
            "that" | "which" | "who" | "whom" | "whose" | "where" | "while" | "because"
        ) {
            break;
        }
        if role_or_group(&lw, lex) {
            let next = lower(ws[k + 1].s);
            if matches!(
                next.as_str(),
                "with"
                    | "of"
                    | "at"
                    | "from"
                    | "in"
                    | "for"
                    | "on"
                    | "close"
                    | "familiar"
                    | "briefed"
                    | "involved"
                    | "based"
            ) {
                head_at = Some(k); // keep looking left: the first head noun wins
            }
        }
    }
    // The phrase never spans a cue verb: "Analysts at X said the strength
    // of hiring ... suggested" is not one speaker.
    let head_at = head_at.filter(|&k| !ws[k + 1..].iter().any(|w| lex.is_cue(w.s)));
    if let Some(k) = head_at {
        {
            // start at the determiner or adjectives before the head
            let mut st = k;
            while st > lo && st + 4 > k {
                let pw = lower(ws[st - 1].s);
                if !text[ws[st - 1].end..ws[st].start].trim().is_empty()
                    || matches!(
                        pw.as_str(),
                        "and" | "but" | "or" | "that" | "which" | "said" | "while" | "when" | "if"
                    )
                {
                    break;
                }
                st -= 1;
                if matches!(
                    pw.as_str(),
                    "a" | "an" | "the" | "one" | "two" | "three" | "several" | "some" | "many"
                ) {
                    break;
                }
            }
            let phrase = text[ws[st].start..last.end].to_string();
            let mut sp = org_or_anon(ctx, &ws[..=k], st, &phrase);
            sp.surface = phrase;
            return Some(sp);
        }
    }
    // "Shipping firms warned": the plural of an organisation noun, when no
    // longer phrase above names the speaker.
    if is_organisation_plural(&head, lex) || coordinated.is_some() {
        return Some(group_or_groups(ctx, ws, coordinated, phrase_start));
    }
    // "the health trust that runs it said", "the tenants' union organising
    // the action said": a restrictive relative clause or participle after
    // the speaker's noun.
    if let Some(r) = modifier_start(ctx, ws) {
        return np_before(ctx, &ws[..r], names);
    }
    described_subject(ctx, ws)
}

/// Where a short restrictive modifier that ends `ws` starts: "that runs
/// it", "organising the action" (see [`np_before`]). No comma before it,
/// two to five words, no cue among them, and a lower-case noun before it.
fn modifier_start(ctx: &Ctx, ws: &[Word]) -> Option<usize> {
    let text = ctx.text();
    let n = ws.len();
    (n.saturating_sub(5).max(2)..n.saturating_sub(1))
        .rev()
        .find(|&r| {
            let w = ws[r].s;
            let prev = ws[r - 1].s;
            // (a verb right after: "that runs it"; not the clause a noun
            // states, "a statement that the claim was")
            let relative = matches!(w, "that" | "which" | "who")
                && ws.get(r + 1).is_some_and(|v| {
                    let v = v.s;
                    is_finite_verb(v)
                        || is_auxiliary(v)
                        || v.len() > 3
                            && v.ends_with('s')
                            && !v.ends_with("ss")
                            && v.bytes().all(|b| b.is_ascii_lowercase())
                });
            let participle =
                w.len() > 5 && w.ends_with("ing") && w.bytes().all(|b| b.is_ascii_lowercase());
            (relative || participle)
                && text[ws[r - 1].end..ws[r].start] == *" "
                && prev
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'\'' || b == b's')
                && !is_auxiliary(prev)
                && !is_finite_verb(prev)
                && !ws[r + 1..].iter().any(|x| {
                    ctx.lexicon.is_cue(x.s)
                        || matches!(
                            x.s,
                            "and" | "or" | "but" | "who" | "whom" | "which" | "that" | "not"
                        )
                })
                && ws[r + 1..]
                    .windows(2)
                    .all(|p| text[p[0].end..p[1].start].trim().is_empty())
        })
}

/// A subject no word list knows: a determiner, up to three lower-case
/// words and maybe a prepositional tail, which opens its clause ("the park
/// said", "A former line cook at the restaurant ... told Wire"). The head
/// is the word before the preposition; a noun for someone who does
/// something ("cook", "rescuer") is an anonymous person, any other an
/// organisation. A time, a pronoun or a verb among the words is no
/// subject.
fn described_subject(ctx: &Ctx, ws: &[Word]) -> Option<Speaker> {
    let text = ctx.text();
    let lex = ctx.lexicon;
    let n = ws.len();
    // (the clause: after the last punctuation or conjunction)
    let mut c0 = n - 1;
    while c0 > 0
        && text[ws[c0 - 1].end..ws[c0].start].trim().is_empty()
        && !matches!(
            lower(ws[c0 - 1].s).as_str(),
            "and" | "but" | "while" | "as" | "so"
        )
    {
        c0 -= 1;
    }
    let clause = &ws[c0..];
    if !(2..=9).contains(&clause.len())
        || !matches!(
            lower(clause[0].s).as_str(),
            "the" | "a" | "an" | "its" | "their" | "his" | "her"
        )
    {
        return None;
    }
    let prep = clause
        .iter()
        .position(|w| matches!(w.s, "at" | "of" | "from" | "for" | "in" | "with"))
        .unwrap_or(clause.len());
    if !(2..=4).contains(&prep) {
        return None;
    }
    let plain = |w: &Word| {
        w.s.bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'-' || b == b'\'')
            || w.s.ends_with("’s") && w.s.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
    };
    let no_verb = |w: &Word| {
        !lex.is_cue(w.s)
            && !is_auxiliary(w.s)
            && !is_finite_verb(w.s)
            && !PRONOUNS.contains(&w.s)
            && !matches!(
                w.s,
                "not"
                    | "never"
                    | "did"
                    | "does"
                    | "do"
                    | "would"
                    | "could"
                    | "will"
                    | "can"
                    | "may"
                    | "might"
                    | "should"
                    | "must"
                    | "also"
                    | "then"
                    | "who"
                    | "which"
                    | "that"
                    | "whom"
            )
    };
    if !clause[1..prep]
        .iter()
        .all(|w| plain(w) && no_verb(w) && !lex.is_not_name(w.s))
        || !clause[prep..].iter().all(no_verb)
    {
        return None;
    }
    let head = lower(strip_possessive(clause[prep - 1].s));
    if matches!(
        head.as_str(),
        "day" | "week" | "month" | "year" | "morning" | "afternoon" | "evening" | "night" | "time"
    ) || head.ends_with("ing")
    {
        return None;
    }
    let phrase = &text[clause[0].start..clause[clause.len() - 1].end];
    // ("cook" too, a trade the endings miss)
    let agent = agent_noun(&head) || head.ends_with("ook") || head.ends_with("ooks");
    if agent && !lex.is_organisation(&head) {
        return Some(Speaker {
            stype: "anonymous",
            ..org_or_anon(ctx, &clause[..prep], 0, phrase)
        });
    }
    // (any other noun only as the short form of a name the story gave:
    // "the park" of "the Vesterholm Marine Park"; "the sport's governing
    // body", "the recount" are left to the rules that know them)
    (prep == clause.len() && lower(clause[0].s) == "the")
        .then(|| name_ending_in(ctx, clause[0].start, &head))
        .flatten()
}

/// The group that ends `ws` from `phrase_start`; with a group joined by
/// "and" before it (`coordinated`, from [`coordinated_start`]), the two
/// speak together, one item each ("pharmacists and doctors say", like
/// "Kerry and Lavrov said").
fn group_or_groups(
    ctx: &Ctx,
    ws: &[Word],
    coordinated: Option<usize>,
    phrase_start: usize,
) -> Speaker {
    let text = ctx.text();
    let last = ws[ws.len() - 1];
    let second = text[ws[phrase_start].start..last.end].to_string();
    let mut sp = org_or_anon(ctx, ws, phrase_start, &second);
    if let Some(st) = coordinated {
        // (the word before "and" heads the first group)
        let first = &ws[..phrase_start - 1];
        let phrase = text[ws[st].start..first[first.len() - 1].end].to_string();
        sp.others.push(org_or_anon(ctx, first, st, &phrase));
    }
    sp
}

/// "Police and Crime Commissioner Lorna Pettigrew": the "and" at word
/// `and` of `ws` joins two capitalized nouns of one title (a group noun
/// before it; after it a word that is no title, then a title word), not
/// two speakers.
fn title_across_and(ctx: &Ctx, ws: &[Word], and: usize) -> bool {
    let lex = ctx.lexicon;
    let (Some(before), Some(first), Some(title)) = (
        and.checked_sub(1).and_then(|i| ws.get(i)),
        ws.get(and + 1),
        ws.get(and + 2),
    ) else {
        return false;
    };
    (lex.is_organisation(before.s) || lex.is_anonymous(before.s))
        && is_cap(before.s)
        && is_cap(first.s)
        && !lex.is_title(first.s)
        && is_cap(title.s)
        && lex.is_title(title.s)
        && ctx.text()[first.end..title.start].trim().is_empty()
}

/// Where a speaker joined to the phrase at `at` by "and" starts: "Residents
/// and shop owners said", "Insurers and brokers warned". The word before
/// "and" must be a group noun (an anonymous or organisation word) that
/// opens its clause, alone or after a determiner, so that "He met officials
/// and residents said" keeps its speaker to "residents".
fn coordinated_start(ctx: &Ctx, ws: &[Word], at: usize) -> Option<usize> {
    let text = ctx.text();
    let lex = ctx.lexicon;
    if at < 2 || at >= ws.len() || ws[at - 1].s != "and" {
        return None;
    }
    let blank = |a: usize, b: usize| text[ws[a].end..ws[b].start].trim().is_empty();
    let k = at - 2;
    if !blank(k, at - 1) || !blank(at - 1, at) {
        return None;
    }
    let lw = lower(strip_possessive(ws[k].s));
    if !(lex.is_anonymous(&lw) || lex.is_organisation(&lw) || is_organisation_plural(&lw, lex)) {
        return None;
    }
    if title_across_and(ctx, ws, at - 1) {
        return None;
    }
    let mut st = k;
    if st > 0
        && blank(st - 1, st)
        && matches!(
            lower(ws[st - 1].s).as_str(),
            "the" | "some" | "many" | "local" | "other"
        )
    {
        st -= 1;
    }
    (st == 0 || !blank(st - 1, st)).then_some(st)
}

/// "analysts at Barclays", "a spokesperson for the Ministry of Health", "a
/// source in the ministry": a group noun, or a role in lower case, then a
/// preposition, then the name or group that starts at word `k` of `ws`. The
/// speaker is the whole phrase from its determiner, anonymous.
fn speaking_for(ctx: &Ctx, ws: &[Word], k: usize) -> Option<Speaker> {
    let (text, lex) = (ctx.text(), ctx.lexicon);
    let prep = lower(ws[k.checked_sub(1)?].s);
    if k < 2
        || !matches!(
            prep.as_str(),
            "at" | "for" | "from" | "with" | "of" | "in" | "on"
        )
    {
        return None;
    }
    let head = ws[k - 2].s;
    // "Police in Harwick said": a group noun capitalized only because it
    // opens the sentence (no word of a name before it).
    let opens = k == 2 || !text[ws[k - 3].end..ws[k - 2].start].trim().is_empty();
    // ("the opposition group on the council": "on" only after a body's noun)
    let group = if prep == "on" {
        lex.is_organisation(head) && !is_cap(head)
    } else {
        lex.is_anonymous(head)
            || (lex.is_title(head) && !is_cap(head))
            || (opens
                && is_cap(head)
                && (lex.is_organisation(head) || lex.is_title(head))
                && head.chars().skip(1).all(|c| !c.is_uppercase()))
    };
    if !group || text[ws[k - 2].end..ws[k].start].split_whitespace().count() != 1 {
        return None;
    }
    let mut st = k - 2;
    while st > 0
        && k - 2 - st < 3
        && text[ws[st - 1].end..ws[st].start].trim().is_empty()
        && !matches!(
            lower(ws[st - 1].s).as_str(),
            "and" | "but" | "or" | "that" | "said" | "says"
        )
        && !lex.is_cue(ws[st - 1].s)
    {
        st -= 1;
        if matches!(lower(ws[st].s).as_str(), "a" | "an" | "the") {
            break;
        }
    }
    let phrase = &text[ws[st].start..ws[ws.len() - 1].end];
    Some(Speaker::phrase(phrase, "anonymous"))
}

fn org_or_anon(ctx: &Ctx, ws: &[Word], _i: usize, phrase: &str) -> Speaker {
    let lex = ctx.lexicon;
    let head = strip_possessive(ws[ws.len() - 1].s);
    let anon = lex.is_anonymous(head)
        || (lex.is_title(head) && !lex.is_organisation(head))
        || is_title_plural(&lower(head), lex);
    Speaker {
        surface: phrase.to_string(),
        name: phrase.replace('\\', ""),
        role: String::new(),
        stype: if anon { "anonymous" } else { "organisation" },
        others: Vec::new(),
    }
}

/// A head noun that can speak: a role or title ("minister"), an
/// anonymous source ("officials") or an organisation ("ministry").
fn role_or_group(w: &str, lex: &Lexicon) -> bool {
    lex.is_organisation(w) || lex.is_anonymous(w) || lex.is_title(w)
}

/// "ministers", "senators", "secretaries": the plural of a role (lower
/// case), people, not an institution.
fn is_title_plural(w: &str, lex: &Lexicon) -> bool {
    if let Some(stem) = w.strip_suffix("ies") {
        return lex.is_title(&format!("{stem}y")) && !lex.is_organisation(&format!("{stem}y"));
    }
    w.strip_suffix('s')
        .is_some_and(|stem| stem.len() > 2 && lex.is_title(stem) && !lex.is_organisation(stem))
}

/// "firms", "companies", "unions": the plural of an organisation noun.
fn is_organisation_plural(w: &str, lex: &Lexicon) -> bool {
    if let Some(stem) = w.strip_suffix("ies") {
        return lex.is_organisation(&format!("{stem}y"));
    }
    w.strip_suffix('s')
        .is_some_and(|stem| !stem.ends_with('s') && lex.is_organisation(stem))
}

fn looks_like_org(name: &str) -> bool {
    // "Harwick & Stone": partners' names joined are a firm's
    if name.contains(" & ") {
        return true;
    }
    let acronym = |w: &str| w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase() || c == '&');
    if name.split_whitespace().count() == 1 {
        return name.len() > 1 && name.chars().all(|c| c.is_uppercase() || c == '.');
    }
    // "NHS England", "BBC Verify", "Bank ECB": an acronym of three letters
    // or more in a name, or of two after its first word, is an
    // institution's ("JD Vance" has initials).
    name.split_whitespace()
        .enumerate()
        .any(|(k, w)| acronym(w) && (w.len() >= 3 || k > 0))
}

/// "Dr. Aisha Rahman of the London School of Economics", "Sergeant Dominik
/// Farlowe of the county's road policing unit": the person named in full
/// before the preposition at `prep` ("of", "at", "from"), with where they
/// work, from the preposition to the end of `ws`, as the role.
fn person_of(ctx: &Ctx, ws: &[Word], prep: usize, names: &NameBook) -> Option<Speaker> {
    if prep == 0 || !is_cap(ws[prep - 1].s) {
        return None;
    }
    let mut person = np_before(ctx, &ws[..prep], names)?;
    if person.stype != "person" || !person.name.contains(' ') {
        return None;
    }
    person.role = ctx.text()[ws[prep].start..ws[ws.len() - 1].end].replace('\\', "");
    Some(person)
}

/// Where the role words of a capitalized run end and the name begins:
/// after its last title or nationality ("Italian Finance Minister |
/// Dorian Voigtman"). An adjective of nationality known by its ending
/// alone, not listed, is a role only before a title or a name of two
/// words ("Lebanese | Kamal Haddad"): "Julian Voigtman" is a name.
fn role_end(run: &[Word], lex: &Lexicon) -> Option<usize> {
    run.iter()
        .enumerate()
        .rposition(|(k, w)| {
            lex.is_title(strip_possessive(w.s))
                || is_nationality(w.s, lex)
                    && (lex.is_listed_nationality(strip_possessive(w.s))
                        || run.len() - k > 2
                        || run
                            .get(k + 1)
                            .is_some_and(|n| lex.is_title(strip_possessive(n.s))))
        })
        .map(|k| k + 1)
}

fn is_nationality(w: &str, lex: &Lexicon) -> bool {
    let w = strip_possessive(w);
    (w.ends_with("ian")
        || (w.ends_with("ese") && !w.ends_with("iese"))
        || w.ends_with("ish")
        || w.ends_with("can")
        || w.ends_with("ean"))
        && is_cap(w)
        && w.len() > 4
        || lex.is_listed_nationality(w)
}

/// Role words written before a name in lower case: "the UN's Syria envoy".
fn role_lookback(text: &str, ws: &[Word], name_start_idx: usize, lex: &Lexicon) -> String {
    let mut k = name_start_idx;
    let mut found_title = false;
    let mut j = name_start_idx;
    while j > 0 && name_start_idx - j < 6 {
        let w = ws[j - 1];
        if !text[w.end..ws[j].start].trim().is_empty() {
            break;
        }
        let lw = lower(strip_possessive(w.s));
        if lex.is_title(&lw) {
            found_title = true;
            k = j - 1;
        } else if !(is_cap(w.s)
            || matches!(lw.as_str(), "the" | "a" | "an")
            || w.s.ends_with("’s")
            || w.s.ends_with("'s"))
        {
            break;
        }
        j -= 1;
        if matches!(lw.as_str(), "the" | "a" | "an") && found_title {
            k = j;
            break;
        }
    }
    if !found_title {
        return String::new();
    }
    // "Unite general secretary Sharon Graham": a capitalized word before
    // the lower-case role names whom the role is for.
    while k > j && is_cap(ws[k - 1].s) && !lex.is_not_name(ws[k - 1].s) {
        k -= 1;
    }
    text[ws[k].start..ws[name_start_idx - 1].end].replace('\\', "")
}

/// Read the speaker after an inverted cue: "said Lavrov", "said Charles
/// Lister, a senior fellow at the Middle East Institute".
fn speaker_after(ctx: &Ctx, from: usize, stop: usize, names: &NameBook) -> Option<Speaker> {
    let text = ctx.text();
    let stop = stop.max(from);
    let ws = words_in(text, from..stop);
    let first = *ws.first()?;
    if !text[from..first.start].trim().is_empty() {
        return None;
    }
    let lw = lower(first.s);
    if PRONOUNS.contains(&lw.as_str()) {
        return None;
    }
    // "said on Thursday that ... in January": an adjunct, then the clause;
    // no speaker follows the cue.
    if matches!(
        lw.as_str(),
        "on" | "in" | "at" | "that" | "to" | "by" | "for" | "with" | "from" | "during" | "after"
    ) {
        return None;
    }
    // Take words up to a comma or the end.
    let mut k = 0;
    while k < ws.len() {
        if k > 0 && !text[ws[k - 1].end..ws[k].start].trim().is_empty() {
            break;
        }
        k += 1;
    }
    let np = &ws[..k];
    // ("…, said Northcrest had paid its shareholders": a clause with its
    // own verb follows the cue, not who spoke)
    if np.windows(2).any(|p| {
        is_auxiliary_verb(p[1].s) && !matches!(lower(p[0].s).as_str(), "who" | "which" | "that")
    }) {
        return None;
    }
    let mut sp = np_before(ctx, np, names).or_else(|| described_after(ctx, np, stop))?;
    // Appositive role after a comma.
    let after = &text[np[k - 1].end..stop];
    // "said his mother, Anneli Koski": a relation or role, then the name.
    if sp.stype != "person"
        && let Some(c) = after.find(',').filter(|c| after[..*c].trim().is_empty())
    {
        let a0 = np[k - 1].end + c + 1;
        let a1 = text[a0..stop]
            .find([',', '.', ';'])
            .map_or(stop, |i| a0 + i);
        if let Some(mut person) = person_named(ctx, &words_in(text, a0..a1), names, 2..=4) {
            person.role = sp.surface.replace('\\', "");
            return Some(person);
        }
    }
    if let Some(rest) = after.trim_start().strip_prefix(',') {
        let role = rest.trim().trim_end_matches(['.', ',']).trim();
        // "said Ana Pereira, 34, a nurse": the age is not the role
        let role = match role.split_once(", ") {
            Some((age, r)) if !age.is_empty() && age.bytes().all(|b| b.is_ascii_digit()) => r,
            _ => role,
        };
        let lr = role.to_lowercase();
        // "said Jane, a 34-year-old nurse": a lone name with a role for a
        // person is a person.
        let role_head = lr
            .split(" who ")
            .next()
            .unwrap_or("")
            .split([' ', ','])
            .find(|w| ctx.lexicon.is_anonymous(w) || ctx.lexicon.is_title(w));
        if sp.stype == "organisation"
            && !sp.name.contains(char::is_whitespace)
            && is_cap(&sp.name)
            && (lr.starts_with("a ") || lr.starts_with("an "))
            && role_head.is_some()
        {
            sp.stype = "person";
        }
        if sp.stype == "person"
            && !role.is_empty()
            && (lr.starts_with("a ")
                || lr.starts_with("an ")
                || lr.starts_with("the ")
                || ctx.lexicon.starts_with_title(&lr))
        {
            let role = role.split(" who ").next().unwrap_or(role);
            sp.role = role.replace('\\', "");
        }
    }
    Some(sp)
}

/// "“We could hear them,” said a rescuer.": right after the cue, a noun
/// phrase of a determiner and up to three lower-case words that ends the
/// clause names who spoke, whatever its head noun (the lexicon cannot list
/// every trade). A time ("said the next day") is not a speaker.
fn described_after(ctx: &Ctx, np: &[Word], stop: usize) -> Option<Speaker> {
    let text = ctx.text();
    let (first, last) = (np.first()?, np.last()?);
    // (the phrase ends at punctuation, not at a quote it introduces: "said
    // the club had “given up”")
    let ends_clause = last.end <= stop
        && text[last.end..]
            .trim_start()
            .chars()
            .next()
            .is_none_or(|c| matches!(c, ',' | '.' | ';'));
    let head = lower(strip_possessive(last.s));
    let is_time = matches!(
        head.as_str(),
        "day"
            | "days"
            | "week"
            | "weeks"
            | "month"
            | "months"
            | "year"
            | "years"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "weekend"
            | "time"
            | "moment"
            | "hour"
            | "hours"
            | "following"
            | "same"
    );
    if !(2..=4).contains(&np.len())
        || !ends_clause
        || is_time
        || !matches!(lower(first.s).as_str(), "a" | "an" | "the" | "another")
        || !np[1..].iter().all(|w| {
            w.s.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                && !ctx.lexicon.is_not_name(w.s)
                && !ctx.lexicon.is_cue(w.s)
                && !is_auxiliary(w.s)
                && !is_finite_verb(w.s)
        })
    {
        return None;
    }
    let phrase = &text[first.start..last.end];
    let mut sp = org_or_anon(ctx, np, 0, phrase);
    // ("a rescuer", "the divers": a noun for someone who does something)
    if agent_noun(&head) && !ctx.lexicon.is_organisation(&head) {
        sp.stype = "anonymous";
    }
    Some(sp)
}

/// `head` (lower case) ends like a noun for someone who does something:
/// "rescuer", "investigator", "novelist", "historian", "attendant".
fn agent_noun(head: &str) -> bool {
    [
        "er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants",
    ]
    .iter()
    .any(|s| head.ends_with(s))
}

/// Reported speech and "according to" in one sentence.
fn reported(
    ctx: &Ctx,
    sr: Range<usize>,
    quotes: &[Quote],
    names: &NameBook,
    last: Option<&Speaker>,
) -> Vec<(Range<usize>, Speaker, &'static str, &'static str)> {
    let text = ctx.text();
    let sent = &text[sr.clone()];
    let mut out = Vec::new();
    // Quotes are in document order and do not overlap: the one that could
    // hold `at` is the last that starts at or before it.
    let quote_at = |at: usize| {
        let i = quotes.partition_point(|q| q.outer.start <= at);
        quotes[i.saturating_sub(1)..i]
            .iter()
            .find(|q| q.outer.start <= at && at < q.outer.end)
    };
    let in_quote = |at: usize| quote_at(at).is_some();
    // "As X pointed out, C" (only a sentence with "As" in it is searched)
    let opens = if sent.contains("As") {
        after_dateline(text, sr.start, sr.end)
    } else {
        sr.end
    };
    if let Some(c) = AS_X_NOTED.captures(&text[opens..sr.end])
        && let Some(who) = c.get(1)
    {
        let cs = opens + c.get(0).map_or(0, |m| m.end());
        let ce = trim_content_end(text, cs, sr.end);
        let who_end = opens + who.end();
        if ce > cs
            && !text[cs..ce].starts_with(['“', '"'])
            && !in_quote(cs)
            && let Some(sp) = speaker_before(ctx, opens + 3, who_end, names, last)
        {
            out.push((cs..ce, sp, "reported", "attribution.reported"));
        }
    }
    // according to X
    for m in ACCORDING.find_iter(sent) {
        let at = sr.start + m.start();
        if in_quote(at) {
            continue;
        }
        let src_start = sr.start + m.end();
        let src_end = text[src_start..sr.end]
            .find([',', ';', '.', '('])
            .map(|i| src_start + i)
            .unwrap_or(sr.end);
        let src_end = [" who ", " which ", " that ", " whose "]
            .iter()
            .filter_map(|w| text[src_start..src_end].find(w).map(|i| src_start + i))
            .min()
            .unwrap_or(src_end);
        let src = text[src_start..src_end].trim();
        let lsrc = src.to_lowercase();
        if src.is_empty()
            || matches!(
                lsrc.as_str(),
                "plan" | "schedule" | "the plan" | "law" | "tradition"
            )
            || lsrc.starts_with("plan")
        {
            continue;
        }
        // ("..., per figures from the council's transport office": "per"
        // only after a comma and before a document and its source; not
        // "per cent", "per person")
        let per = m.as_str()[..3].eq_ignore_ascii_case("per");
        if per && !(text[..at].trim_end().ends_with(',') && document_source(src, ctx.lexicon)) {
            continue;
        }
        let ws = words_in(text, src_start..src_end);
        let sp = np_before(ctx, &ws, names).unwrap_or_else(|| Speaker {
            surface: src.to_string(),
            name: src.replace('\\', ""),
            role: String::new(),
            stype: if ws.first().is_some_and(|w| is_cap(w.s)) {
                "organisation"
            } else {
                "anonymous"
            },
            others: Vec::new(),
        });
        // A name inside a longer source ("a copy of the text seen by
        // Wire") is not the source: the whole phrase is; so is a document
        // and who keeps it ("figures from the agency", "records kept by the
        // service", "a report by the Narvian Housing Institute").
        // ("an average compiled by the Korvin Times": a name after "by" at
        // the end of a longer phrase)
        let by_name = sp.stype == "organisation"
            && lsrc.ends_with(&format!(" by {}", sp.name.to_lowercase()));
        let lone_name = sp.stype == "person"
            || (sp.stype == "organisation" && !sp.name.contains(char::is_whitespace));
        // (a document in lower case is anonymous, as any such source is)
        let document = document_source(src, ctx.lexicon) && sp.name != src.replace('\\', "");
        let lone_name = lone_name || by_name && !document;
        let sp = if (lone_name || document)
            && ws.len() > 1
            && ws
                .iter()
                .skip(1)
                .any(|w| !is_cap(w.s) && !ctx.lexicon.is_particle(w.s))
        {
            Speaker {
                name: src.replace('\\', ""),
                surface: src.to_string(),
                role: String::new(),
                stype: if lone_name {
                    "organisation"
                } else {
                    "anonymous"
                },
                others: Vec::new(),
            }
        } else {
            sp
        };
        // A group or document source keeps what identifies it: a "who"
        // clause ("a forensic accountant who testified for the government")
        // and a named appositive ("the administrators, Fennick Partners").
        let mut sp = sp;
        if sp.stype != "person" {
            let full_end = identifying_end(text, src_start, src_end, sr.end);
            if full_end > src_end {
                let full = text[src_start..full_end].trim();
                sp.name = full.replace('\\', "");
                sp.surface = full.to_string();
            }
        }
        // Content: the sentence without "according to X".
        let (cs, ce) = if at > sr.start + 3 {
            let ce = trim_content_end(text, sr.start, at);
            (after_dateline(text, sr.start, ce), ce)
        } else {
            let mut cs = skip_punct(text, src_end, sr.end);
            // "According to a report by X, published on Monday, rents rose":
            // a short participle phrase about the source is not content.
            if text[src_end..cs].contains(',')
                && text[cs..].starts_with(|c: char| c.is_ascii_lowercase())
                && let Some(k) = text[cs..sr.end].find(", ")
                && text[cs..cs + k].split_whitespace().count() <= 6
                && text[cs..cs + k]
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w.ends_with("ed") || w == "seen" || w == "due")
            {
                cs = skip_punct(text, cs + k, sr.end);
            }
            // "According to Pieter Hallgrim, a housing law lecturer at
            // Garrowby University, tenants ...": the person's description
            // is not content (a clause with a verb is: "the economy grew").
            if sp.stype == "person"
                && text[src_end..cs].contains(',')
                && let Some(k) = text[cs..sr.end].find(", ")
                && {
                    let seg = &text[cs..cs + k];
                    let mut w = seg.split_whitespace();
                    w.next()
                        .is_some_and(|f| matches!(f, "a" | "an" | "the" | "who" | "whose"))
                        && seg.split_whitespace().count() <= 12
                        && !seg.split_whitespace().skip(1).any(|w| {
                            is_finite_verb(w) || ctx.lexicon.is_cue(w) || w.ends_with("ed")
                        })
                }
            {
                cs = skip_punct(text, cs + k, sr.end);
            }
            // (the full stop ends the sentence, not the claim)
            (cs, trim_content_end(text, cs, sr.end))
        };
        if ce > cs {
            out.push((cs..ce, sp, "according_to", "attribution.according_to"));
        }
    }
    // "The union rejected the offer, saying it was too low": what the
    // sentence's subject said while doing something else ("insisting the
    // player was not for sale" too).
    // (or "ruling that" a court's finding, "warning that", "arguing that")
    // (one look at each comma, not one search of the sentence a participle)
    const PARTICIPLES: [&str; 7] = [
        "saying ",
        "insisting ",
        "ruling that ",
        "warning that ",
        "arguing that ",
        "claiming that ",
        "finding that ",
    ];
    let participle = sent.match_indices(',').find_map(|(k, _)| {
        let rest = sent[k + 1..].strip_prefix(' ')?;
        let p = PARTICIPLES.iter().find(|p| rest.starts_with(**p))?;
        Some((k, 2 + p.len()))
    });
    if let Some((k, plen)) = participle
        && !in_quote(sr.start + k)
        && let Some(sp) = sentence_subject(ctx, sr.start, sr.start + k, names)
    {
        let from = sr.start + k + plen;
        let rest = &text[from..sr.end];
        let cs = from + (rest.len() - rest.strip_prefix("that ").unwrap_or(rest).len());
        let ce = trim_content_end(text, cs, sr.end);
        let words = text[cs..ce].split_whitespace().count();
        // a clause with a verb, not "saying goodbye", "saying nothing about
        // it" ("that" says it is one)
        let clause = cs > from
            || text[..from].ends_with("that ")
            || text[cs..ce].split_whitespace().skip(1).take(6).any(|w| {
                is_finite_verb(w) || matches!(w, "should" | "may" | "might" | "had" | "did")
            });
        if words >= 3 && clause && !text[cs..ce].starts_with(['“', '"']) {
            out.push((cs..ce, sp, "reported", "attribution.reported"));
        }
    }
    // "He was quoted by the Chronicle last month as saying C": the subject
    // of the passive "quoted" said it (not whoever quoted them).
    if let Some(k) = sent.find(" quoted ")
        && let Some(a) = sent[k..].find(" as saying ").map(|a| k + a)
        && a - k < 120
        && !in_quote(sr.start + k)
    {
        let before = sent[..k].trim_end();
        let aux = before.rsplit(char::is_whitespace).next().unwrap_or("");
        if matches!(aux, "was" | "were" | "is" | "are" | "been")
            && let Some(sp) = speaker_before(
                ctx,
                sr.start,
                sr.start + before.len() - aux.len(),
                names,
                last,
            )
        {
            let from = sr.start + a + " as saying ".len();
            let rest = &text[from..sr.end];
            let cs = from + (rest.len() - rest.strip_prefix("that ").unwrap_or(rest).len());
            let ce = trim_content_end(text, cs, sr.end);
            if ce > cs {
                out.push((cs..ce, sp, "reported", "attribution.reported"));
            }
        }
    }
    // Cue verbs.
    let mut prev_in_sentence: Option<Speaker> = None;
    for m in ctx.lexicon.cues_in(sent) {
        let at = sr.start + m.start;
        if in_quote(at) {
            continue;
        }
        let prevc = text[..at].chars().next_back();
        if prevc.is_some_and(|c| c == '-') {
            continue; // "so-called"
        }
        // "What he said has not been disclosed": a free relative, not speech.
        {
            let b = text[sr.start..at].trim_end();
            let mut back = b.rsplit(char::is_whitespace);
            let _subject = back.next();
            if back.next().is_some_and(|w| {
                w.eq_ignore_ascii_case("what") || w.eq_ignore_ascii_case("whatever")
            }) {
                continue;
            }
        }
        // "Residents have been told not to swim": the subject of a passive
        // "told" heard it; who spoke is not said.
        if matches!(
            &sent[m.start..m.end],
            "told" | "informed" | "assured" | "reminded" | "urged" | "warned"
        ) && text[sr.start..at]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| matches!(w, "been" | "was" | "were" | "being" | "is" | "are"))
        {
            continue;
        }
        // ("The trust said its volunteers had found two seals and warned
        // that ...": the subject of a cue inside what was reported is no
        // speaker for a cue coordinated after it)
        let nested = out
            .iter()
            .any(|(r, _, ctype, _)| *ctype == "reported" && r.start < at && at < r.end);
        let cue_end = sr.start + m.end;
        // Trailing: "CONTENT, X said." / "CONTENT, said X."
        let before = text[sr.start..at].trim_end();
        let head_comma = text[sr.start..at].rfind(',').map(|i| sr.start + i);
        let rest_after = text[cue_end..sr.end].trim();
        // "..., Ramos told RPP radio.", "..., she told the BBC on Sunday.":
        // the object of "told" is no more content than an adjunct.
        let takes_object = matches!(
            &sent[m.start..m.end],
            "told" | "tells" | "informed" | "assured" | "reminded"
        );
        let rest_after = match takes_object.then(|| OBJECT.find(rest_after)).flatten() {
            Some(o) => rest_after[o.end()..].trim_start(),
            None => rest_after,
        };
        if let Some(comma) = head_comma {
            let between = &text[comma + 1..at];
            let short_np =
                between.split_whitespace().count() <= 14 && !between.contains(['“', '"', ';']);
            // What follows the cue is only adjuncts ("on Wednesday"), maybe
            // then an appositive tail after a comma (", its lowest level").
            let rest = after_adjuncts(rest_after);
            // "..., but Aakre said on Tuesday that C": a clause of its own
            // follows the cue, so the cue is no tag on what came before.
            let that_follows = opens_that_clause(rest);
            let tail_end = !that_follows
                && (rest_after.is_empty()
                    || rest_after.starts_with('.')
                    // ("..., the company said (the union says 4,000).": an
                    // aside in brackets is no content of the tag)
                    || rest_after.starts_with('(')
                    || only_adjuncts(rest_after)
                    || channel_only(rest_after)
                    || rest.is_empty()
                    || rest.starts_with('.')
                    || (rest.len() < rest_after.len() && rest.starts_with(','))
                    || (between.trim().is_empty() && rest_after.starts_with(char::is_uppercase))
                    || narrative_tail(rest));
            // A content of ten bytes or less must still be a clause: "Sales
            // fell, the firm said" (not "Yes, he said", "Instead, X said").
            let head = text[sr.start..comma].trim();
            let long_enough = comma > sr.start + 10 || {
                let mut hw = head.split_whitespace();
                hw.next().is_some() && hw.next().is_some_and(is_finite_verb) && hw.next().is_none()
            };
            // ", as some lenders had urged": a subordinate clause about
            // something else, not the speaker of what came before.
            let subordinate = between.split_whitespace().next().is_some_and(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "as" | "while"
                        | "because"
                        | "although"
                        | "though"
                        | "when"
                        | "if"
                        | "after"
                        | "before"
                        | "since"
                        | "unless"
                        | "whereas"
                        | "where"
                )
            }) || {
                // ", and that the coastguard had agreed": a second
                // that-clause of the same speech; ", a claim the organisers
                // deny": the writer's comment on what came before, whose
                // subject disputes it rather than says it.
                let mut ws = between.split_whitespace().map(|w| w.to_ascii_lowercase());
                let (w1, w2) = (ws.next().unwrap_or_default(), ws.next().unwrap_or_default());
                (matches!(w1.as_str(), "and" | "but") && w2 == "that")
                    || (matches!(w1.as_str(), "a" | "an") && comment_noun(&w2))
                    // ", but no court has ruled": a clause of its own, and
                    // nobody who speaks
                    || matches!(w1.as_str(), "but" | "yet" | "and" | "so" | "or")
                    || matches!(w1.as_str(), "no" | "nobody" | "none" | "neither")
            };
            // After a second comma: "CONTENT, X said, and/but ...": the
            // content is still before the tag; "The economy, the minister
            // said, is recovering": the tag interrupts one clause, its
            // subject before and its verb after, and the claim is the
            // whole sentence.
            let after_tag = rest
                .strip_prefix(',')
                .map(str::trim_start)
                .filter(|_| !between.trim().is_empty());
            let next_word = after_tag.and_then(|a| a.split_whitespace().next());
            let coordinated_tail = next_word.is_some_and(|w| {
                matches!(
                    w,
                    "and" | "but" | "while" | "yet" | "although" | "though" | "whereas"
                )
            });
            let head_start = after_dateline(text, sr.start, comma);
            let verb_like = |w: &str| {
                w.starts_with(|c: char| c.is_ascii_lowercase())
                    && (is_finite_verb(w)
                        || matches!(
                            w,
                            "should" | "may" | "might" | "did" | "does" | "remains" | "have"
                        ))
            };
            // ("The decision, said Governor Ana Ruiz, reflected ...": the
            // speaker after the cue, then the comma)
            let inverted = between.trim().is_empty() && {
                let tail = &text[cue_end..sr.end];
                tail.find(',').is_some_and(|k| {
                    let np = &tail[..k];
                    let next = tail[k + 1..].split_whitespace().next().unwrap_or("");
                    (1..=8).contains(&np.split_whitespace().count())
                        && !np.contains(['“', '"', '(', ';'])
                        && verb_like(next)
                })
            };
            let interrupted = (next_word.is_some_and(verb_like) || inverted)
                && !text[head_start..comma].contains([',', '“', '"'])
                && !text[head_start..comma]
                    .split_whitespace()
                    .any(is_finite_verb);
            if short_np
                && ((tail_end || coordinated_tail) && long_enough || interrupted)
                && !subordinate
                && !in_quote(comma)
            {
                // (a quote before the tag is the quote's claim; but "The
                // decision was “a betrayal”, the mayor said" reports a clause
                // that ends in a quoted phrase)
                let head = text[head_start..comma].trim();
                let quoted_before = head.ends_with(['”', '"', '’'])
                    && (head.starts_with(['“', '"', '‘', '\'']) || !head.contains(['“', '"', '‘']));
                // ("... wait,” the chief engineer, Ilse Brandvik, told
                // reporters": a sentence that starts inside a quote, closed
                // before the tag, is that quote's, not reported speech)
                let opened_before = match (head.find('”'), head.find('“')) {
                    (Some(close), open) => open.is_none_or(|o| close < o),
                    (None, _) => head.matches('"').count() % 2 == 1,
                };
                // (the object of "told" listens; it does not speak)
                let listener = names_a_listener(&sent[m.clone()]);
                if !quoted_before && !opened_before {
                    let sp = speaker_before(ctx, comma + 1, at, names, last).or_else(|| {
                        if between.trim().is_empty() && !listener {
                            speaker_after(ctx, cue_end, sr.end, names)
                        } else {
                            None
                        }
                    });
                    if let Some(sp) = sp {
                        let ce = trim_content_end(
                            text,
                            sr.start,
                            if interrupted { sr.end } else { comma },
                        );
                        let cs = after_dateline(text, sr.start, ce);
                        if ce > cs && !text[cs..ce].trim_start().starts_with(['“', '"']) {
                            let sp = the_company_named(ctx, sp, cs, ce);
                            out.push((cs..ce, sp, "reported", "attribution.reported"));
                        }
                        continue;
                    }
                }
            }
            // "CONTENT, the Syrian Observatory, a Britain-based monitor,
            // said.": the speaker and its apposition sit between the content's
            // comma and the one before the cue.
            if between.trim().is_empty()
                && tail_end
                && let Some(c2) = text[sr.start..comma].rfind(',').map(|i| sr.start + i)
                && let Some(c3) = text[sr.start..c2].rfind(',').map(|i| sr.start + i)
                && c3 > sr.start + 10
                && !in_quote(c3)
                && text[c3 + 1..comma].split_whitespace().count() <= 20
                && !text[sr.start..c3].trim_end().ends_with(['”', '"', '’'])
                && let Some(sp) = speaker_before(ctx, c3 + 1, at, names, last)
            {
                let ce = trim_content_end(text, sr.start, c3);
                let cs = after_dateline(text, sr.start, ce);
                if ce > cs && !text[cs..ce].trim_start().starts_with(['“', '"']) {
                    out.push((cs..ce, sp, "reported", "attribution.reported"));
                }
                continue;
            }
        }
        let _ = before;
        // Leading: "X said (that) CONTENT", "X told Reuters CONTENT".
        let coordinated = {
            let b = text[sr.start..at]
                .trim_end()
                .trim_end_matches(',')
                .trim_end()
                .to_ascii_lowercase();
            b.ends_with(" and") || b.ends_with(" but") || b.ends_with(" also")
        };
        // "“...,” Lindqvist told a news conference": the tail of a quote.
        // (not a title: "In her book “Brushes With Fraud”, she argued")
        let quote_tail = text[sr.start..at].rfind(['”', '"']).is_some_and(|qc| {
            let close = sr.start + qc;
            let between = &text[close + text[close..].chars().next().map_or(1, char::len_utf8)..at];
            between.split_whitespace().count() <= 7
                && in_quote(sr.start + qc)
                && !ctx.lexicon.has_cue(between)
                && !quote_at(close).is_some_and(|q| {
                    is_title(text[q.inner.clone()].trim()) || named_by(text, q.outer.start)
                })
        });
        if quote_tail && !coordinated {
            continue;
        }
        let sp = speaker_before(ctx, sr.start, at, names, last).or_else(|| {
            if coordinated {
                prev_in_sentence
                    .clone()
                    .or_else(|| sentence_subject(ctx, sr.start, at, names))
            } else {
                None
            }
        });
        let Some(sp) = sp else { continue };
        if !nested {
            prev_in_sentence = Some(sp.clone());
        }
        let cue = &sent[m.clone()];
        let mut p = cue_end;
        if matches!(
            cue,
            "told" | "tells" | "urged" | "urges" | "assured" | "warned" | "reminded" | "informed"
        ) && let Some(o) = OBJECT.find(&text[p..sr.end])
        {
            p += o.end();
        }
        while let Some(a) = ADJUNCT.find(&text[p..sr.end]) {
            // ("said next year's race would ...": a time that owns what
            // follows is the clause's subject, no adjunct)
            if a.end() == 0 || possessive_at(&text[p + a.end()..sr.end]) {
                break;
            }
            p += a.end();
        }
        // "said on a call with analysts that ...", "told a hearing in
        // Ottawa that ...": a short prepositional phrase before "that" is
        // still an adjunct.
        {
            let rest = text[p..sr.end]
                .trim_start()
                .trim_start_matches(',')
                .trim_start();
            let first = rest.split_whitespace().next().unwrap_or("");
            // ("told a news conference that ...", "told the BBC's Today
            // programme that ...": the rest of the object of "told")
            let object = names_a_listener(cue);
            // ("said to reporters that", "wrote to the minister that", but
            // not the infinitive of "agreed to merge in a deal that would")
            let to_listener = first == "to"
                && rest.split_whitespace().nth(1).is_some_and(|w| {
                    is_cap(w)
                        || matches!(
                            w,
                            "the"
                                | "a"
                                | "an"
                                | "his"
                                | "her"
                                | "their"
                                | "its"
                                | "our"
                                | "my"
                                | "your"
                                | "this"
                                | "those"
                                | "these"
                                | "all"
                                | "both"
                                | "parliament"
                                | "staff"
                                | "police"
                                | "media"
                                | "lawmakers"
                        )
                        || ["ers", "ors", "ists", "ians", "ents", "ants"]
                            .iter()
                            .any(|e| w.ends_with(e))
                });
            if (object
                || to_listener
                || matches!(
                    first,
                    "with" | "before" | "in" | "on" | "at" | "for" | "during" | "after" | "under"
                ))
                && let Some(k) = rest
                    .get(..rest.len().min(60))
                    .and_then(|h| h.find(" that "))
                && !rest[..k].contains([',', '"', '“', ';', ':'])
                && rest[..k].split_whitespace().count() <= 6
            {
                p = sr.end - rest.len() + k + 1;
            }
        }
        // "said on state television RTP that ...": a name that closes the
        // adjunct (one to three capitalized words) right before "that".
        if p > cue_end {
            let rest = text[p..sr.end].trim_start();
            let mut words = rest.splitn(5, ' ');
            for k in 1..=3 {
                match words.next() {
                    Some(w) if w.starts_with(|c: char| c.is_uppercase()) && !w.contains(',') => {}
                    _ => break,
                }
                if rest[..].split(' ').nth(k) == Some("that") {
                    let upto: usize = rest.split(' ').take(k).map(|w| w.len() + 1).sum();
                    p = sr.end - rest.len() + upto;
                    break;
                }
            }
        }
        let rest = &text[p..sr.end];
        let rest_t = rest.trim_start().trim_start_matches(',').trim_start();
        let (rest_t, had_that) = match rest_t.strip_prefix("that ") {
            Some(r) => (r, true),
            None => (rest_t, false),
        };
        let cs = sr.end - rest_t.len();
        // ("warned that “a substantial term” was likely": a quote that is
        // only the subject of the clause does not make the clause a quote)
        let quoted_subject = had_that
            && rest_t.starts_with(['“', '"'])
            && quote_at(cs)
                .filter(|q| q.outer.start == cs)
                .is_some_and(|q| {
                    q.outer.end < sr.end
                        && text[q.outer.end..sr.end].split_whitespace().take(2).count() == 2
                        && text[q.outer.end..sr.end]
                            .split_whitespace()
                            .next()
                            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
                });
        if (rest_t.starts_with(['“', '"', ':']) && !quoted_subject) || rest_t.is_empty() {
            continue;
        }
        // "the device, which she said was “standard equipment”": the clause
        // after the verb lacks its subject, which is the relative pronoun;
        // the tag sits inside a relative clause and reports nothing alone.
        if !had_that
            && rest_t.split_whitespace().next().is_some_and(|w| {
                matches!(
                    w,
                    "was" | "were" | "is" | "are" | "had" | "has" | "have" | "would" | "will"
                )
            })
            && text[sr.start..at]
                .split_whitespace()
                .rev()
                .nth(1)
                .is_some_and(|w| {
                    matches!(
                        w.to_ascii_lowercase().as_str(),
                        "which" | "that" | "who" | "whom"
                    )
                })
        {
            continue;
        }
        // "urged Tarvosk to show restraint", "told them to leave", "told
        // residents near the zoo to stay indoors": an infinitive after the
        // verb (and its object) is a request, not a reported statement. Its
        // speaker is still who a following "They said" means.
        let to_at = rest_t.split_whitespace().take(5).position(|w| w == "to");
        // ("urged anyone offered cheap lamb without paperwork to call them":
        // the one asked may be long)
        let urged_to = matches!(cue, "urged" | "urges")
            && rest_t.split_whitespace().take(12).any(|w| w == "to");
        // ("told nobody but his wife until ...": someone told, nothing said)
        let told_no_one = names_a_listener(cue)
            && [
                "nobody ",
                "no one ",
                "anyone ",
                "anybody ",
                "everyone ",
                "everybody ",
            ]
            .iter()
            .any(|p| rest_t.starts_with(p));
        if !had_that && told_no_one {
            continue;
        }
        if !had_that
            && (rest_t.starts_with("to ")
                || urged_to
                || (names_a_listener(cue)
                    && to_at.is_some()
                    && !rest_t
                        .split_whitespace()
                        .any(|w| is_finite_verb(w.trim_end_matches(['.', ','])))))
        {
            out.push((cs..cs, sp, "", ""));
            continue;
        }
        // "employers added 175,000 jobs": a quantity right after the verb
        // is its object, not speech.
        // (Verbs of speech alone take no such object: "the agency said
        // 3,500 homes had been damaged".)
        let speech_only = matches!(
            cue.to_ascii_lowercase().as_str(),
            "said"
                | "says"
                | "say"
                | "warned"
                | "warns"
                | "stated"
                | "states"
                | "insisted"
                | "insists"
                | "argued"
                | "argues"
                | "countered"
                | "counters"
                | "stressed"
                | "stresses"
                | "noted"
                | "notes"
        );
        if !had_that
            && !speech_only
            && rest_t.starts_with(|c: char| c.is_ascii_digit() || c == '$' || c == '£' || c == '€')
        {
            continue;
        }
        // ", who has denied the charges, is due in court": a cue in a
        // relative clause between commas says no more than that clause.
        let relative = {
            let mut back = text[sr.start..at].split_whitespace().rev().peekable();
            while back.next_if(|w| is_auxiliary(w)).is_some() {}
            back.next()
                .is_some_and(|w| w.eq_ignore_ascii_case("who") || w.eq_ignore_ascii_case("which"))
                && back.next().is_some_and(|w| w.ends_with(','))
        };
        let limit = if relative {
            // the clause's closing comma, not the one in "4,000" nor one
            // inside a quotation ("who said she was “calm, a little
            // confused”")
            text[cs..sr.end]
                .match_indices(", ")
                .map(|(i, _)| cs + i)
                .find(|&i| !in_quote(i))
                .unwrap_or(sr.end)
        } else {
            // "said demand had fallen, adding that ...": a second thing
            // said is a claim of its own (see the "adding that" pass)
            also_said_at(&text[cs..sr.end]).map_or(sr.end, |(i, _)| cs + i)
        };
        let ce = trim_content_end(text, cs, limit);
        let n_words = text[cs..ce].split_whitespace().count();
        // Two words are a clause when the second is a finite verb: "cases
        // rose", "revenue fell", "talks continue".
        let short_clause = n_words == 2
            && text[cs..ce]
                .split_whitespace()
                .nth(1)
                .is_some_and(|v| is_finite_verb(v.trim_end_matches(['.', ',', '!', '?'])));
        // "(the union says 4,000)": in a bracketed aside, a figure alone is
        // the other side's count of what the sentence counts.
        let aside_figure = n_words == 1
            && text[cs..ce].bytes().any(|b| b.is_ascii_digit())
            && text[sr.start..cs].matches('(').count() > text[sr.start..cs].matches(')').count();
        // ("its volunteers had found two oiled grey seals": a finding
        // without "that" is a clause, not a thing found)
        let thing_found =
            !had_that && matches!(cue, "found" | "finds" | "showed" | "shows" | "revealed") && {
                // (an "-ed" word after a determiner or a number is an
                // adjective: "two oiled grey seals")
                let ws: Vec<&str> = text[cs..ce].split_whitespace().collect();
                !ws.iter().enumerate().any(|(i, w)| {
                    is_finite_verb(w)
                        && !(w.ends_with("ed")
                            && i > 0
                            && (matches!(
                                ws[i - 1].to_ascii_lowercase().as_str(),
                                "a" | "an" | "the" | "two" | "three" | "four" | "several" | "some"
                            ) || ws[i - 1].starts_with(|c: char| c.is_ascii_digit())))
                })
            };
        // Without "that", the content must still read as a clause.
        if ce <= cs
            || thing_found
            || (n_words < 3 && !short_clause && !aside_figure)
            || (!had_that && channel_only(&text[cs..ce]))
            || (!had_that
                && !matches!(
                    cue,
                    "said"
                        | "says"
                        | "say"
                        | "told"
                        | "tells"
                        | "added"
                        | "adds"
                        | "warned"
                        | "cautioned"
                        | "insisted"
                        | "claimed"
                        | "argued"
                        | "estimated"
                        | "predicted"
                        | "described"
                        | "hailed"
                        | "urged"
                        | "denied"
                        | "confirmed"
                        | "showed"
                        | "shows"
                        | "show"
                        | "found"
                        | "finds"
                ))
        {
            continue;
        }
        // "said little about the talks", "said nothing about it": an object,
        // not a clause ("said nothing had changed" is one).
        if !had_that {
            let mut ws = text[cs..ce].split_whitespace();
            let first = ws.next().unwrap_or("").to_ascii_lowercase();
            let second = ws.next().unwrap_or("");
            // ("said much of the region sits on clay": "much of" opens a
            // subject when a verb follows)
            let partitive_subject = second == "of" && {
                let ws: Vec<&str> = text[cs..ce]
                    .split_whitespace()
                    .take(10)
                    .map(|w| w.trim_end_matches(['.', ',']))
                    .collect();
                // (a verb in the present: "sits" after a noun, not "the plans")
                (3..ws.len()).any(|k| {
                    is_finite_verb(ws[k])
                        || (ws[k].ends_with('s')
                            && !ws[k].ends_with("ss")
                            && !ws[k].ends_with("us")
                            && ws[k].bytes().all(|b| b.is_ascii_lowercase())
                            && !matches!(
                                ws[k - 1],
                                "of" | "the" | "a" | "an" | "its" | "his" | "her" | "their"
                            ))
                })
            };
            if matches!(
                first.as_str(),
                "little" | "nothing" | "much" | "anything" | "something" | "so" | "goodbye"
            ) && !is_finite_verb(second.trim_end_matches(['.', ',']))
                && !partitive_subject
            {
                continue;
            }
            // "will say more on Monday" (not "said more troops would come")
            if matches!(first.as_str(), "more" | "less")
                && matches!(
                    second.trim_end_matches(['.', ',']),
                    "" | "on" | "about" | "later" | "soon" | "when" | "at" | "in" | "after"
                )
            {
                continue;
            }
        }
        // Verbs that also take a plain object ("described a night of
        // explosions", "claimed responsibility", "predicted a recession")
        // report speech without "that" only when what follows has a verb of
        // its own ("claimed the vote was rigged"), or frames it ("described
        // the deal as a step"). ("Confirmed plans for a plant" and "denied
        // the charges" stay: what was confirmed or denied is the claim.)
        // ("The data showed lending rose 2%" reports; "showed a rise of 2%"
        // and "found 40 cases" are objects, whose figures stand alone)
        if !had_that
            && matches!(
                cue,
                "described"
                    | "hailed"
                    | "predicted"
                    | "claimed"
                    | "showed"
                    | "shows"
                    | "show"
                    | "found"
                    | "finds"
            )
        {
            let content = &text[cs..ce];
            let framed = matches!(cue, "described" | "hailed") && content.contains(" as ");
            // ("described the decision as “a day ...”": the quote alone is
            // what was said, as for "called the deal “a win”")
            if framed && content.contains(['“', '"']) {
                continue;
            }
            let has_verb = content.split_whitespace().any(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                is_finite_verb(w)
                    || matches!(
                        w.to_ascii_lowercase().as_str(),
                        "may" | "might" | "should" | "shall" | "did" | "does" | "do" | "have"
                    )
            });
            if !framed && !has_verb {
                continue;
            }
            // "showed" and "found" take objects with clauses of their own
            // ("found the man guilty on counts he faced", "showed no
            // reaction as the verdict was read"): a reported clause has its
            // verb right after a short subject ("showed lending rose").
            if matches!(cue, "showed" | "shows" | "show" | "found" | "finds") {
                let early = content
                    .split_whitespace()
                    .take(5)
                    .enumerate()
                    .take_while(|(_, w)| {
                        !w.ends_with(',')
                            && !matches!(
                                w.to_ascii_lowercase().as_str(),
                                "as" | "in"
                                    | "on"
                                    | "at"
                                    | "which"
                                    | "who"
                                    | "that"
                                    | "when"
                                    | "while"
                                    | "of"
                                    | "for"
                                    | "with"
                                    | "than"
                            )
                    })
                    .any(|(k, w)| {
                        k >= 1 && {
                            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                            is_finite_verb(w)
                                || matches!(
                                    w.to_ascii_lowercase().as_str(),
                                    "may" | "might" | "should" | "did" | "does" | "have"
                                )
                        }
                    });
                if !early {
                    continue;
                }
            }
        }
        // Content stops before a coordinated cue: "..., and said he would".
        let ce = match ctx.lexicon.cues_in(&text[cs..ce]).find(|n| {
            let b = text[cs..cs + n.start].trim_end().to_ascii_lowercase();
            b.ends_with(" and") || b.ends_with(" but")
        }) {
            Some(n) => {
                let b = text[cs..cs + n.start].trim_end();
                let b = b[..b.len() - 3].trim_end();
                trim_content_end(text, cs, cs + b.len())
            }
            None => ce,
        };
        // ... or before another speaker's clause: "he had offered to
        // resign, but Aakre said that ...".
        let ce = match ctx.lexicon.cues_in(&text[cs..ce]).find_map(|n| {
            let b = &text[cs..cs + n.start];
            let k = [", but ", ", and ", ", while ", ", whereas "]
                .iter()
                .filter_map(|p| b.rfind(p).map(|k| (k, p.len())))
                .max()?;
            let np = &b[k.0 + k.1..];
            let words = np.split_whitespace().count();
            ((1..=4).contains(&words)
                && np.split_whitespace().next().is_some_and(is_cap)
                && !np.contains(['“', '"']))
            .then_some(k.0)
        }) {
            Some(k) => trim_content_end(text, cs, cs + k),
            None => ce,
        };
        // ... or before a trailing attribution: "the company warned that
        // sales would drop, analysts at Barclays said in a note".
        let ce = match ctx.lexicon.cues_in(&text[cs..ce]).find(|n| {
            let b = &text[cs..cs + n.start];
            let tail = text[cs + n.end..ce].trim();
            // ("..., analysts said on Tuesday that C" ends it too: a clause of
            // the second speaker's own follows.)
            let tail_ok = tail.is_empty() || only_adjuncts(tail) || opens_that_clause(tail);
            tail_ok
                && !in_quote(cs + n.start)
                && b.rfind(',').is_some_and(|c| {
                    let np = &b[c + 1..];
                    let k = np.split_whitespace().count();
                    (1..=6).contains(&k)
                        && !np.contains(['“', '"'])
                        && !np.split_whitespace().any(|w| {
                            matches!(
                                w.to_ascii_lowercase().as_str(),
                                "and"
                                    | "but"
                                    | "as"
                                    | "which"
                                    | "who"
                                    | "while"
                                    | "not"
                                    | "what"
                                    | "had"
                                    | "has"
                                    | "have"
                                    | "be"
                                    | "been"
                                    | "is"
                                    | "was"
                                    | "were"
                                    | "would"
                                    | "will"
                                    | "could"
                                    | "should"
                                    | "it"
                            )
                        })
                })
        }) {
            Some(n) => {
                let b = &text[cs..cs + n.start];
                let c = b.rfind(',').expect("found above");
                trim_content_end(text, cs, cs + c)
            }
            None => ce,
        };
        if ce <= cs {
            continue;
        }
        // "described the deal as ..." keeps the object in the content
        let content_end = match text[cs..ce].find(['“', '"']) {
            Some(i) if i > 0 && matches!(cue, "described" | "hailed" | "describes" | "hails") => ce,
            Some(i) if i > 0 => {
                let cut = trim_content_end(text, cs, cs + i);
                if text[cut..ce].contains(['”', '"']) {
                    ce
                } else {
                    cut
                }
            }
            _ => ce,
        };
        out.push((cs..content_end, sp, "reported", "attribution.reported"));
    }
    // "said C1 and that C2": two things said, two claims.
    let mut split = Vec::with_capacity(out.len());
    for (r, sp, ctype, rule) in out {
        if ctype != "reported" {
            split.push((r, sp, ctype, rule));
            continue;
        }
        let mut cs = r.start;
        for (k, len) in second_that_clauses(&text[r.clone()]) {
            let at = r.start + k;
            if in_quote(at) {
                continue;
            }
            let ce = trim_content_end(text, cs, at);
            if ce > cs {
                split.push((cs..ce, sp.clone(), ctype, rule));
            }
            cs = at + len;
        }
        if r.end > cs {
            split.push((cs..r.end, sp, ctype, rule));
        }
    }
    split
}

/// Nouns that sum up what came before as the writer's comment: "..., a
/// claim the organisers deny", "..., an account the club disputes".
fn comment_noun(w: &str) -> bool {
    matches!(
        w,
        "claim"
            | "allegation"
            | "accusation"
            | "charge"
            | "suggestion"
            | "assertion"
            | "account"
            | "version"
            | "characterisation"
            | "characterization"
            | "description"
            | "figure"
            | "estimate"
            | "view"
            | "position"
    )
}

/// Where a second that-clause starts in a reported clause ("the accord
/// was fragile and that units would withdraw", "..., but that staff would
/// be offered work"): the offset of its " and"/" but" or its comma, and
/// the length up to its first word. A demonstrative "that" ("and that is
/// why", "and that of its rivals") opens none.
fn second_that_clauses(content: &str) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for pat in [" and that ", " but that "] {
        for (k, _) in content.match_indices(pat) {
            let rest = &content[k + pat.len()..];
            let next = rest
                .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';'))
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            if next.is_empty()
                || is_auxiliary(&next)
                || matches!(
                    next.as_str(),
                    "of" | "is"
                        | "was"
                        | "were"
                        | "are"
                        | "will"
                        | "would"
                        | "could"
                        | "can"
                        | "may"
                        | "might"
                        | "must"
                        | "should"
                        | "seemed"
                        | "means"
                        | "meant"
                )
                // the first clause needs a subject and a verb
                || content[..k].split_whitespace().count() < 2
            {
                continue;
            }
            // (a comma before "and" belongs to neither clause)
            let start = if content[..k].ends_with(',') {
                k - 1
            } else {
                k
            };
            found.push((start, k + pat.len() - start));
        }
    }
    found.sort_unstable();
    found
}

/// Participles that add a second thing the speaker said: "..., adding
/// that", "..., noting that", "..., saying".
const ALSO_SAID: [&str; 11] = [
    ", adding that ",
    // ("..., adding: “...”": the quote is the second thing said)
    ", adding:",
    ", saying:",
    ", noting that ",
    ", saying ",
    ", warning that ",
    ", arguing that ",
    ", stressing that ",
    // (before its shorter form: the first listed wins at one place)
    ", insisting that ",
    ", insisting ",
    ", explaining that ",
];

/// Where the first [`ALSO_SAID`] participle in `s` starts, and its length.
fn also_said_at(s: &str) -> Option<(usize, usize)> {
    // (one automaton over the text: this runs for every cue)
    static FIND: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(ALSO_SAID)
            .expect("participle automaton builds")
    });
    FIND.find(s).map(|m| (m.start(), m.len()))
}

/// After "CONTENT, X said": a clause the reporter adds ("..., as steelmakers
/// moved goods onto the roads", "..., adding that fuel led the rise"), so
/// the content is what came before the speaker.
fn narrative_tail(rest: &str) -> bool {
    let Some(r) = rest.strip_prefix(',') else {
        return false;
    };
    let first = r
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(
        first.as_str(),
        "as" | "while"
            | "after"
            | "when"
            | "because"
            | "amid"
            | "despite"
            | "although"
            | "though"
            | "adding"
            | "citing"
            | "noting"
            | "pointing"
            | "referring"
            | "warning"
            | "asking"
            | "speaking"
            | "declining"
            | "requesting"
    )
}

/// How far an "according to" source reaches when the words after its
/// core still identify it: a "who" relative clause up to the next comma, or
/// a capitalized name set off by a comma. Returns `core_end` otherwise.
fn identifying_end(text: &str, src_start: usize, core_end: usize, limit: usize) -> usize {
    let clause_end = |from: usize| {
        text[from..limit]
            .find([',', ';', '('])
            .map_or(limit, |i| from + i)
    };
    let mut end = core_end;
    if text[end..limit].starts_with(" who ") {
        end = clause_end(end);
        end = src_start + text[src_start..end].trim_end_matches(['.', ' ']).len();
    }
    if text[end..limit].starts_with(',') {
        let from = end + 1;
        let seg_end = clause_end(from);
        let seg = text[from..seg_end].trim().trim_end_matches('.');
        let words: Vec<&str> = seg.split_whitespace().collect();
        let named = !words.is_empty()
            && words.len() <= 5
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase) || matches!(*w, "of" | "and" | "&" | "for" | "de")
            });
        if named {
            end = from
                + (text[from..seg_end].len() - text[from..seg_end].trim_start().len())
                + seg.len();
        }
    }
    end
}

fn skip_punct(text: &str, mut i: usize, end: usize) -> usize {
    while i < end {
        let c = text[i..].chars().next().unwrap_or(' ');
        if c.is_alphanumeric() || is_quote_char(c) {
            break;
        }
        i += c.len_utf8();
    }
    i
}

fn trim_content_end(text: &str, start: usize, end: usize) -> usize {
    let s = &text[start..end];
    let mut t = s
        .trim_end()
        .trim_end_matches([',', '.', ';', ':', '!', '?'])
        .trim_end();
    // A caption's photo credit is not what was said: "(AFP Photo/Jane Roe)".
    if t.ends_with(')')
        && let Some(open) = t.rfind('(')
        && is_photo_credit(&t[open + 1..t.len() - 1])
    {
        t = t[..open]
            .trim_end()
            .trim_end_matches([',', '.', ';', ':'])
            .trim_end();
    }
    // "(the union said sales had risen.)": the bracket the clause sits in
    // closes after it; it is not part of what was said.
    while let Some(inner) = t.strip_suffix(')')
        && inner.matches('(').count() <= inner.matches(')').count()
    {
        t = inner
            .trim_end()
            .trim_end_matches([',', '.', ';', ':', '!', '?'])
            .trim_end();
    }
    start + t.len()
}

/// The inside of a photo credit: "AFP Photo/Jane Roe", "Reuters/John Doe",
/// "Photo: Getty Images".
fn is_photo_credit(inner: &str) -> bool {
    let l = inner.to_ascii_lowercase();
    inner.len() <= 80
        && (l.contains("photo") || l.contains("getty") || l.contains("file image"))
        && !l.contains(" said")
}

/// The subject of a sentence whose second verb is the cue: "The union
/// welcomed the plan but warned that ...". The noun phrase that opens the
/// sentence, when a past-tense or present verb follows it.
fn sentence_subject(ctx: &Ctx, from: usize, to: usize, names: &NameBook) -> Option<Speaker> {
    let text = ctx.text();
    // (not the dateline of a wire lede: "ESTOVER, April 22 (Wire) - The
    // Estover High Court on Wednesday struck down …")
    let from = after_dateline(text, from, to);
    let ws = words_in(text, from..to);
    let lex = ctx.lexicon;
    let mut k = 0;
    while k < ws.len().min(8) {
        let w = ws[k].s;
        let gap_ok = k == 0 || text[ws[k - 1].end..ws[k].start].trim().is_empty();
        if !gap_ok {
            return appositive_subject(ctx, from, to, names);
        }
        let lw = lower(w);
        // ("About 150 residents gathered …": a count opens the subject)
        if is_cap(w)
            || matches!(
                lw.as_str(),
                "the"
                    | "a"
                    | "an"
                    | "of"
                    | "for"
                    | "at"
                    | "from"
                    | "in"
                    | "about"
                    | "some"
                    | "around"
                    | "nearly"
                    | "almost"
                    | "more"
                    | "than"
                    | "hundreds"
                    | "dozens"
                    | "thousands"
            )
            || w.bytes().all(|b| b.is_ascii_digit() || b == b',')
            || role_or_group(&lw, lex)
        {
            k += 1;
        } else {
            break;
        }
    }
    // ("A court on Thursday quashed …": a day between subject and verb)
    let mut np_end = k;
    let day = |w: &str| {
        is_cap(w) && (w.ends_with("day") || crate::normalize::date::month_number(w).is_some())
    };
    if np_end > 0
        && ws.get(k).is_some_and(|w| matches!(w.s, "on" | "in"))
        && ws.get(k + 1).is_some_and(|w| day(w.s))
    {
        k += 2;
    } else if let Some(d) = (1..np_end)
        .find(|&i| matches!(ws[i].s, "on" | "in") && ws.get(i + 1).is_some_and(|w| day(w.s)))
    {
        // (the cap after "on" was read as part of the subject)
        np_end = d;
        k = k.max(d + 2);
    }
    let verb = ws.get(k)?.s;
    // ("Dunholm have 14 days to appeal but said …": a plural's present)
    let finite = verb.ends_with("ed")
        || verb.ends_with('s')
        || is_finite_verb(verb)
        || matches!(verb, "have" | "do" | "did");
    if np_end == 0 || !finite {
        // ("The Courant’s theatre critic, Maud Fitzwarren, had given …")
        return appositive_subject(ctx, from, to, names);
    }
    np_before(ctx, &ws[..np_end], names)
}

/// Whether the cue's object is who heard the words: "told", "assured",
/// "informed", "reminded" (that object never speaks them).
fn names_a_listener(cue: &str) -> bool {
    matches!(
        cue,
        "told" | "tells" | "assured" | "assures" | "informed" | "reminded"
    )
}

/// The subject of a sentence that opens with a noun phrase and its
/// appositive, then a verb that is not the cue: "Nutrivale's chief
/// executive, Claire Benning, apologised to parents and said ...".
fn appositive_subject(ctx: &Ctx, from: usize, to: usize, names: &NameBook) -> Option<Speaker> {
    let text = ctx.text();
    let seg = &text[from..super::text::floor_char(text, to.min(from + 160))];
    let mut commas = seg.match_indices(", ").map(|(i, _)| i);
    let (first, second) = (commas.next()?, commas.next()?);
    // (each part a few words: a name, a role)
    if first == 0 || second - first > 80 || seg[..first].split_whitespace().count() > 6 {
        return None;
    }
    let verb = seg[second + 2..].split_whitespace().next()?;
    if !(verb.len() > 3 && (verb.ends_with("ed") || verb.ends_with('s')) || is_finite_verb(verb)) {
        return None;
    }
    appositive_speaker(ctx, from, from + second, names)
}

/// An auxiliary or adverb that may stand between a relative pronoun and its
/// verb: "who has", "who had repeatedly".
fn is_auxiliary(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "has"
            | "had"
            | "have"
            | "also"
            | "previously"
            | "repeatedly"
            | "since"
            | "long"
            | "already"
            | "always"
            | "consistently"
            | "publicly"
            | "strongly"
    )
}

/// An auxiliary or modal verb, in lower case: "had", "was", "will", "could".
fn is_auxiliary_verb(w: &str) -> bool {
    matches!(
        w,
        "had"
            | "has"
            | "have"
            | "was"
            | "were"
            | "is"
            | "are"
            | "will"
            | "would"
            | "could"
            | "can"
            | "must"
            | "should"
            | "might"
            | "did"
            | "does"
    )
}

/// A word that reads as a finite verb closing a two-word clause: a regular
/// past tense, or a common irregular one or auxiliary.
fn is_finite_verb(w: &str) -> bool {
    let l = w.to_ascii_lowercase();
    (l.len() > 4 && l.ends_with("ed"))
        || is_auxiliary_verb(&l)
        || matches!(
            l.as_str(),
            "rose"
                | "fell"
                | "grew"
                | "shrank"
                | "sank"
                | "won"
                | "lost"
                | "left"
                | "came"
                | "went"
                | "held"
                | "stood"
                | "began"
                | "ended"
                | "continue"
                | "continues"
                | "collapsed"
                | "resigned"
                // (irregular pasts that are no nouns: "The court struck
                // down the ban, ruling that …")
                | "struck"
                | "upheld"
                | "threw"
                | "gave"
                | "took"
                | "made"
                | "sent"
                | "brought"
                | "sold"
                | "paid"
                | "spent"
                | "broke"
                | "chose"
                | "froze"
                | "sought"
                | "fought"
                | "caught"
                | "spoke"
        )
}

/// Names seen in the document, for resolving a bare surname to the fullest
/// form and role.
#[derive(Debug, Default)]
pub struct NameBook {
    /// (full name, role) in order of appearance.
    full: Vec<(String, String)>,
    /// Organisations introduced with an abbreviation: (abbreviation, full).
    aliases: Vec<(String, String)>,
    /// Organisations named in full ("the National Statistics Bureau"), for
    /// a later "the bureau".
    institutions: Vec<String>,
    /// Indexes into `full` by the name's last word (a surname).
    by_last: std::collections::HashMap<String, Vec<usize>>,
}

static ALIAS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&with_word_class(
        r"(?:(?:the|The)\s+)?((?:[A-Z][\w’'-]*\s+){1,6}[A-Z][\w’'-]*)\s*\(([A-Z][A-Z.&]{1,7})\)",
    ))
    .expect("alias regex compiles")
});

static TITLED_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&with_word_class(r"(?:(?:[A-Z][\w.’'\\-]*|of|the|for)\s+){0,6}(?:[A-Z][\w.-]*)\s+(?:(?:de|da|van|von|bin|al|der|den|le|la|del|di|ibn)\s+){0,2}[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?"))
        .expect("name regex compiles")
});

impl NameBook {
    /// Collect titled names ("Russian Foreign Minister Sergei Lavrov") and
    /// multi-word capitalized runs from the whole document.
    pub fn build(ctx: &Ctx) -> NameBook {
        let text = ctx.text();
        let lex = ctx.lexicon;
        let mut book = NameBook::default();
        let mut seen: std::collections::HashSet<(String, String)> =
            std::collections::HashSet::new();
        let body = ctx.body();
        for m in TITLED_NAME.find_iter(&text[body.clone()]) {
            let end = body.start + m.end();
            // A name lies within one sentence: "... on Telegram.
            // Volodymyr Zelensky" is two (the pattern's spaces cross lines).
            let sent_start = ctx.sentence_of(end.saturating_sub(1)).1;
            let start = (body.start + m.start()).max(sent_start.min(end));
            let ws = words_in(text, start..end);
            if ws.is_empty() {
                continue;
            }
            // A capitalized run ending in an organisation noun names an
            // institution: "the National Statistics Bureau"; so does that
            // run with "of" and a name after it: "the Bank of Corvala".
            if let Some(head) = ws.last()
                && ws.len() >= 2
                && is_cap(head.s)
                && lex.is_organisation(head.s)
                // ("Drivers for the X Union": a group noun opening the
                // sentence, then a preposition, is no part of the name)
                && let Some(first) = ws.iter().enumerate().position(|(k, w)| {
                    is_cap(w.s)
                        && !lex.is_not_name(w.s)
                        && !(lex.is_anonymous(w.s) && ws.get(k + 1).is_some_and(|n| !is_cap(n.s)))
                })
                && (first + 1 < ws.len() || text[head.end..].starts_with(" of "))
            {
                let st = if first > 0 && ws[first - 1].s.eq_ignore_ascii_case("the") {
                    ws[first - 1].start
                } else {
                    ws[first].start
                };
                // "... Bank of Corvala": up to three capitalized words after "of"
                let mut name_end = head.end;
                if text[head.end..].starts_with(" of ") {
                    let lim = super::text::floor_char(text, (head.end + 60).min(text.len()));
                    let after = words_in(text, head.end + 4..lim);
                    let n = after
                        .iter()
                        .take(3)
                        .enumerate()
                        .take_while(|(k, w)| {
                            is_cap(w.s)
                                && !lex.is_not_name(w.s)
                                && (*k == 0 || text[after[k - 1].end..w.start] == *" ")
                        })
                        .count();
                    if n > 0 {
                        name_end = after[n - 1].end;
                    }
                }
                if first + 1 < ws.len() || name_end > head.end {
                    let name = text[st..name_end].replace('\\', "");
                    // (an organisation's article is lower case: "the Bank of X")
                    let name = match name.strip_prefix("The ") {
                        Some(rest) => format!("the {rest}"),
                        None => name,
                    };
                    if !book.institutions.contains(&name) {
                        book.institutions.push(name);
                    }
                }
            }
            let split = role_end(&ws, lex);
            let (role, name_ws) = match split {
                Some(k) if k < ws.len() => {
                    let r0 = ws[..k].iter().position(|w| !is_honorific(w.s)).unwrap_or(k);
                    let role = if r0 < k {
                        text[ws[r0].start..ws[k - 1].end].to_string()
                    } else {
                        String::new()
                    };
                    (role, &ws[k..])
                }
                Some(_) => continue,
                None => (String::new(), &ws[..]),
            };
            // "Dr. Aisha Rahman of the London School": the name ends at the
            // first lower-case word that is no particle.
            let name_ws = match name_ws
                .iter()
                .position(|w| !is_cap(w.s) && !lex.is_particle(w.s))
            {
                Some(c) if split.is_some() => &name_ws[..c],
                _ => name_ws,
            };
            if name_ws.len() < 2
                || name_ws.iter().any(|w| {
                    lex.is_not_name(w.s)
                        || lex.is_organisation(w.s)
                        || crate::normalize::date::month_number(w.s).is_some()
                })
            {
                continue;
            }
            if name_ws
                .iter()
                .any(|w| w.s.ends_with("’s") || w.s.ends_with("'s") || w.s.contains('\\'))
            {
                continue;
            }
            let name = text[name_ws[0].start..name_ws[name_ws.len() - 1].end].to_string();
            // (particles do not count: "Ursula von der Leyen" is two names)
            if split.is_none() && name_ws.iter().filter(|w| !lex.is_particle(w.s)).count() > 3 {
                continue;
            }
            // "chief executive of Coastal Freight": what follows "of" is an
            // organisation, not a person's name.
            if !is_cap(name_ws[0].s) {
                continue;
            }
            let entry = (name, role.replace('\\', ""));
            if !seen.contains(&entry) {
                seen.insert(entry.clone());
                let last = entry.0.rsplit(' ').next().unwrap_or("").to_string();
                book.by_last.entry(last).or_default().push(book.full.len());
                book.full.push(entry);
            }
        }
        for c in ALIAS.captures_iter(&text[body]) {
            let full = c.get(0).expect("0").as_str();
            let full = full[..full.rfind('(').unwrap_or(full.len())].trim_end();
            let full = match full.strip_prefix("The ") {
                Some(rest) => format!("the {rest}"),
                None => full.to_string(),
            };
            book.aliases.push((c[2].to_string(), full));
        }
        book
    }

    /// Organisations known by an abbreviation, as group speakers whose
    /// `role` holds the abbreviation (lower case) for [`canonical`].
    pub fn groups(&self) -> Vec<Speaker> {
        self.aliases
            .iter()
            .map(|(abbr, full)| Speaker {
                surface: full.clone(),
                name: full.clone(),
                role: abbr.to_lowercase(),
                stype: "organisation",
                others: Vec::new(),
            })
            .chain(self.institutions.iter().map(|full| Speaker {
                surface: full.clone(),
                name: full.clone(),
                role: String::new(),
                stype: "organisation",
                others: Vec::new(),
            }))
            .collect()
    }

    /// The name of two words the article gave, without a role, whose first
    /// word is `word` ("Tarrick Residential" for "Tarrick"), when there is
    /// exactly one.
    pub fn full_starting(&self, word: &str) -> Option<&str> {
        let mut found = self.full.iter().filter(|(full, role)| {
            role.is_empty()
                && full
                    .strip_prefix(word)
                    .and_then(|rest| rest.strip_prefix(' '))
                    .is_some_and(|rest| !rest.is_empty() && !rest.contains(' '))
        });
        let first = found.next()?;
        found.next().is_none().then_some(first.0.as_str())
    }

    /// The organisation named in full whose first word is `word` ("Crestline
    /// Homes" for "Crestline"), when there is exactly one.
    pub fn institution_starting(&self, word: &str) -> Option<&str> {
        let mut found = self.institutions.iter().filter(|full| {
            full.strip_prefix(word)
                .is_some_and(|rest| rest.starts_with(' ') && rest.len() > 1)
        });
        let first = found.next()?;
        found.next().is_none().then_some(first.as_str())
    }

    /// The organisation named in full whose last word is `head`, in any
    /// case ("the Tollbridge Administrative Court" for "court"), when
    /// there is exactly one.
    pub fn institution_ending(&self, head: &str) -> Option<&str> {
        let mut found = self.institutions.iter().filter(|full| {
            full.rsplit(' ')
                .next()
                .is_some_and(|last| last.eq_ignore_ascii_case(head))
        });
        let first = found.next()?;
        found.next().is_none().then_some(first.as_str())
    }

    /// Whether `name` is a full name the article gave with a title or
    /// role ("manager Dirk Kemp").
    pub fn titled(&self, name: &str) -> bool {
        self.full.iter().any(|(f, r)| f == name && !r.is_empty())
    }

    /// Whether `word` is a word of a name the article gave in full (a
    /// first name or a surname), or of a titled name.
    pub fn names_a_person(&self, word: &str) -> bool {
        self.full
            .iter()
            .any(|(f, _)| f.split_whitespace().any(|w| w == word))
    }

    /// The full name of the one person given the title `role` (lower
    /// case: "prime minister"), when exactly one was.
    pub fn only_one_with_role(&self, role: &str) -> Option<&str> {
        let one = |fits: &dyn Fn(&str) -> bool| -> Option<Option<&str>> {
            let mut found: Option<&str> = None;
            for (name, r) in &self.full {
                if fits(&r.to_lowercase()) {
                    match found {
                        Some(f) if f != name => return None,
                        _ => found = Some(name),
                    }
                }
            }
            Some(found)
        };
        match one(&|r| r == role)? {
            Some(f) => Some(f),
            // "the minister" after "Finance Minister Rutger Haalstad", "the
            // lawyer" after "Brecht, his lawyer": a one-word description
            // that heads one person's role ("a senior minister" and "the
            // finance minister" both end so: two people, no one).
            None if !role.contains(' ') && role.len() > 2 => one(&|r| heads_role(r, role))?,
            None => None,
        }
    }

    pub fn resolve(&self, name: &str) -> (String, String) {
        let mut best: Option<&(String, String)> = None;
        // Every candidate shares the name's last word.
        let last = name.rsplit(' ').next().unwrap_or(name);
        let candidates = self.by_last.get(last).map(Vec::as_slice).unwrap_or(&[]);
        for entry in candidates.iter().map(|&i| &self.full[i]) {
            let f = &entry.0;
            // ("Von der Leyen" opening a sentence is "Ursula von der Leyen")
            let matches = f == name
                || f.ends_with(&format!(" {name}"))
                || name.ends_with(&format!(" {f}"))
                || (f.len() > name.len()
                    && super::text::ends_with_ignore_case(f, name)
                    && f[..f.len() - name.len()].ends_with(' '));
            if matches
                && best.is_none_or(|b| {
                    f.len() > b.0.len()
                        || (f.len() == b.0.len() && b.1.is_empty() && !entry.1.is_empty())
                })
            {
                best = Some(entry);
            }
        }
        // "Coastal Freight" after "Coastal Freight Lines": a name of two
        // words or more that a fuller one the article gave starts with.
        if best.is_none_or(|b| b.0 == name)
            && name.contains(' ')
            && let Some(longer) = self
                .full
                .iter()
                .filter(|(f, _)| {
                    f.len() > name.len() + 1
                        && f.starts_with(name)
                        && f.as_bytes()[name.len()] == b' '
                })
                .max_by_key(|(f, _)| f.len())
        {
            best = Some(longer);
        }
        let starts = |f: &str| {
            f.len() > name.len() + 1 && f.starts_with(name) && f.as_bytes()[name.len()] == b' '
        };
        match best {
            Some((f, r)) if f.len() >= name.len() && !(f == name && r.is_empty()) => {
                (f.clone(), r.clone())
            }
            Some((_, r)) if !r.is_empty() => (name.to_string(), r.clone()),
            // ("Harbour Tug" after "Harbour Tug Services", an institution)
            _ if name.contains(' ') => match self.institutions.iter().find(|f| starts(f)) {
                Some(f) => (f.clone(), String::new()),
                None => (name.to_string(), String::new()),
            },
            _ => (name.to_string(), String::new()),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::document::Document;
    use crate::extract::{Options, extract};
    use crate::ledger::LedgerRow;

    /// The attribution rows of the ledger of `text`.
    fn rows(text: &str) -> Vec<LedgerRow> {
        let doc = Document::from_text("t", text.to_string()).unwrap();
        extract(&doc, &Options::default())
            .into_iter()
            .filter(|r| r.kind == "attribution")
            .collect()
    }

    fn attributions(text: &str) -> Vec<(String, String)> {
        rows(text).into_iter().map(|r| (r.value, r.text)).collect()
    }

    #[test]
    fn adjunct_tails_hold_no_that_clause() {
        use super::{only_adjuncts, opens_that_clause};
        assert!(only_adjuncts(" on Thursday."));
        assert!(only_adjuncts(" in a statement to reporters on Friday."));
        // Six free words after "on" fit the pattern, but "that" opens a clause.
        assert!(!only_adjuncts(" on Tuesday that prices would rise."));
        assert!(opens_that_clause(
            "on Tuesday evening that prices would rise"
        ));
        assert!(opens_that_clause("that prices would rise"));
        assert!(!opens_that_clause("on Tuesday."));
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            attributions(
                "The company warned that sales would drop, analysts said on Tuesday \
                 that margins would shrink."
            ),
            [
                p("The company", "sales would drop"),
                p("analysts", "margins would shrink")
            ]
        );
    }

    #[test]
    fn the_company_the_newspaper_and_the_audit_point_back_to_their_names() {
        let who =
            |t: &str| -> Vec<String> { attributions(t).into_iter().map(|(v, _)| v).collect() };
        // an owner named in passing, before anyone spoke
        assert_eq!(
            who("The plant, owned by Garrow Agrochem, was shut.\n\n\
                 In a statement, the company said a valve had failed."),
            ["Garrow Agrochem"]
        );
        // a newspaper by its masthead
        assert_eq!(
            who(
                "According to documents obtained by the Kelsby Courier, the bill was paid twice. \
                 The newspaper said the mayor had not replied."
            ),
            [
                "documents obtained by the Kelsby Courier",
                "the Kelsby Courier"
            ]
        );
        // one word described as a company in apposition
        assert_eq!(
            who(
                "Ventrix, the Kessia-based maker of memory chips, will cut 1,800 jobs, the company said."
            ),
            ["Ventrix"]
        );
        // a person named in apposition is no company
        assert_eq!(
            who("Anna Berg, 45, will lead the unit, the company said."),
            ["the company"]
        );
        // the document, not its author, speaks; a later "the audit" is it
        assert_eq!(
            who(
                "He resigned a week after an audit by the regional accounts office found he had \
                 lied.\n\nThe audit, published on Sept 9, found that he had claimed too much."
            ),
            [
                "an audit by the regional accounts office",
                "an audit by the regional accounts office"
            ]
        );
    }

    #[test]
    fn judging_a_thing_as_a_quoted_phrase_is_a_quote_and_a_hearer_is_no_speaker() {
        let typed_of = |t: &str| -> Vec<(String, String)> {
            rows(t).into_iter().map(|r| (r.ctype, r.value)).collect()
        };
        let q = |v: &str| ("quote".to_string(), v.to_string());
        assert_eq!(
            typed_of(
                "Declan Mabry dismissed fears of a repeat of the collapse of a rival club as \
                 “scaremongering”."
            ),
            [q("Declan Mabry")]
        );
        // "described X as “Z”": the quote alone, like "called X “Z”"
        assert_eq!(
            typed_of("Amina Toure-Diallo described the decision as “a day we waited for”."),
            [q("Amina Toure-Diallo")]
        );
        // without "as" a judging verb frames nothing
        assert!(typed_of("Mabry dismissed the manager after the “worst season”.").is_empty());
        // a passive "told": the subject heard it
        assert!(
            attributions("Residents of Vellmore have been told not to swim in the river.")
                .is_empty()
        );
        assert!(attributions("Staff were warned that the plant would close.").is_empty());
    }

    #[test]
    fn quoted_as_saying_is_said_by_the_one_quoted() {
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            attributions(
                "Tobias Wren opposed the plan. He was quoted by the Marrowby Chronicle last \
                 month as saying the law had never been meant to protect stolen goods."
            ),
            [p(
                "Tobias Wren",
                "the law had never been meant to protect stolen goods"
            )]
        );
        assert_eq!(
            attributions("Anna Berg was quoted as saying that rates would rise."),
            [p("Anna Berg", "rates would rise")]
        );
        // a quotation of a text is no speech
        assert!(attributions("The poem was quoted in full at the funeral.").is_empty());
    }

    #[test]
    fn a_lede_source_described_is_the_one_named_after() {
        let who =
            |t: &str| -> Vec<String> { attributions(t).into_iter().map(|(v, _)| v).collect() };
        // a person given the description's role
        assert_eq!(
            who(
                "PELORA, June 9 (Wire) - The crew rescued 61 people, the ship’s captain said.\n\n\
                 Captain Henrik Solvang told Wire his crew had spotted the boat at dawn."
            ),
            ["Henrik Solvang", "Henrik Solvang"]
        );
        // an organisation named with the description's head word
        assert_eq!(
            who(
                "DUNMARSH, Oct 6 (Wire) - The recount cut the lead to 11 votes, the city's \
                 electoral board said.\n\nThe count ended late.\n\n\
                 The Dunmarsh Electoral Board said most of the change came from postal ballots."
            ),
            [
                "The Dunmarsh Electoral Board",
                "The Dunmarsh Electoral Board"
            ]
        );
        // the organisation the next paragraph opens on, after a wire lede
        let text = "CASTELMAR, July 22 (Wire) - Power cuts left 400,000 homes dark, the \
                    national grid operator said.\n\n\
                    Sardan Power Networks said demand had hit a record.";
        assert_eq!(
            who(text),
            ["Sardan Power Networks", "Sardan Power Networks"]
        );
        // not without a dateline: a first paragraph that is no lede
        let text = "Power cuts left 400,000 homes dark, the national grid operator said.\n\n\
                    Sardan Power Networks said demand had hit a record.";
        assert_eq!(
            who(text),
            ["the national grid operator", "Sardan Power Networks"]
        );
    }

    #[test]
    fn a_pronoun_goes_to_someone_it_can_name() {
        let who =
            |t: &str| -> Vec<String> { attributions(t).into_iter().map(|(v, _)| v).collect() };
        let text = "Director Helen Aske said the bronzes would go home. “It is right,” she said.\n\n\
                    Culture Minister Tobias Wren said the law was clear. He was quoted last \
                    month as saying much the same.\n\n\
                    Wren’s objection drew a sharp reply from Aske. “Precedent is the point,” \
                    she said, adding that other museums had asked her for advice.";
        assert_eq!(
            who(text),
            [
                "Helen Aske",
                "Helen Aske",
                "Tobias Wren",
                "Tobias Wren",
                "Helen Aske",
                "Helen Aske"
            ]
        );
        // with nothing known of the last speaker, "she" is that speaker
        assert_eq!(
            who("Tobias Wren said the law was clear. “It is,” she said."),
            ["Tobias Wren", "Tobias Wren"]
        );
        // a "She" opening his own quote says nothing of him
        let text = "Helen Aske said the bronzes would go home.\n\n\
                    Tobias Wren said his daughter had been ill.\n\n\
                    “She is six. She coughs every night,” he said.";
        assert_eq!(who(text), ["Helen Aske", "Tobias Wren", "Tobias Wren"]);
    }

    #[test]
    fn they_is_the_group_that_spoke_last() {
        let who =
            |t: &str| -> Vec<String> { attributions(t).into_iter().map(|(v, _)| v).collect() };
        assert_eq!(
            who("The deal was signed, two people close to the talks said. \
                 They said the price was 40 million pounds."),
            [
                "two people close to the talks",
                "two people close to the talks"
            ]
        );
        assert_eq!(
            who("Opposition councillors said they had been ignored. \
                 “We asked the questions,” they said in a joint statement."),
            ["Opposition councillors", "Opposition councillors"]
        );
        // co-speakers stay together
        assert_eq!(
            who("Jon Aird and Tam Beck said the river was dead.\n\nThey said bookings fell."),
            ["Jon Aird", "Tam Beck", "Jon Aird", "Tam Beck"]
        );
        // police are "they"; a campaign group is no "newspaper"
        assert_eq!(
            who("A woman died at home, police said. They said she lived alone."),
            ["police", "police"]
        );
        let got = who("The Dunmarsh Gazette reported the suspensions.\n\n\
             Citizens' Election Watch said staff were suspended. \
             The newspaper said a review had begun.");
        assert_eq!(
            got.last().map(String::as_str),
            Some("the Dunmarsh Gazette"),
            "{got:?}"
        );
        // a person is no "they", and "they" two paragraphs on means no one
        assert_eq!(
            who("Anna Berg said rates would rise. They said no more."),
            ["Anna Berg"]
        );
        assert_eq!(
            who("Residents said the road was shut.\n\nA.\n\nB.\n\nThey said it flooded."),
            ["Residents"]
        );
    }

    #[test]
    fn a_second_speaker_after_but_and_modal_speakers() {
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            attributions(
                "Holmberg said he had offered to resign, but Aakre said on Tuesday evening \
                 that she had asked him to stay."
            ),
            [
                p("Holmberg", "he had offered to resign"),
                p("Aakre", "she had asked him to stay")
            ]
        );
        assert_eq!(
            attributions("The cyber centre would say only that it was helping the company."),
            [p("The cyber centre", "it was helping the company")]
        );
        assert_eq!(
            attributions(
                "The inquiry chair, Berit Sandvik, reminded witnesses that the hearings were not a trial."
            ),
            [p("Berit Sandvik", "the hearings were not a trial")]
        );
        assert!(attributions("Officials will say more on Monday about the plan.").is_empty());
        assert_eq!(
            attributions("Officials said more troops would arrive."),
            [p("Officials", "more troops would arrive")]
        );
    }

    #[test]
    fn the_minister_is_the_minister_who_spoke_last() {
        let got = attributions(
            "Finance Minister Rutger Haalstad told lawmakers that the cuts were unavoidable. \
             “Nobody enjoys this,” the minister said. Deputy Social Affairs Minister Petra \
             Aasgard wrote that she would not vote for it. Lanske’s lawyer, Anton Brecht, \
             said the fees were legitimate. Brecht confirmed his client would appeal. \
             “The court got this wrong,” the lawyer told reporters.",
        );
        let who: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            who,
            [
                "Rutger Haalstad",
                "Rutger Haalstad",
                "Petra Aasgard",
                "Anton Brecht",
                "Anton Brecht",
                "Anton Brecht"
            ],
            "{got:?}"
        );
        // an adjunct after the cue is no speaker: "said on Thursday that
        // ... in January" is not said by January
        let got = attributions(
            "Its chief executive, Bruno Castell, said on Thursday that repairs would start in January.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Bruno Castell", "{got:?}");
    }

    #[test]
    fn two_that_clauses_are_two_claims() {
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            attributions(
                "Doctors said wards were full and that patients were treated in corridors."
            ),
            [
                p("Doctors", "wards were full"),
                p("Doctors", "patients were treated in corridors")
            ]
        );
        assert_eq!(
            attributions(
                "Reyes told analysts that 600 jobs were at risk, but that most staff would \
                 be offered work."
            ),
            [
                p("Reyes", "600 jobs were at risk"),
                p("Reyes", "most staff would be offered work")
            ]
        );
        // a demonstrative "that" opens no clause; one "that" is one claim
        for text in [
            "Lund said prices had doubled and that was why sales fell.",
            "Lund said prices and wages had doubled since that spring.",
        ] {
            assert_eq!(attributions(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn kin_records_and_local_forces_speak() {
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        for (text, want) in [
            (
                "Ekdahl’s family said they had lost a son.",
                p("Ekdahl’s family", "they had lost a son"),
            ),
            (
                "Police in Harwick said two men had been arrested.",
                p("Police in Harwick", "two men had been arrested"),
            ),
            (
                "Minutes of the board’s May meeting showed that three members had wanted a cut.",
                p(
                    "Minutes of the board’s May meeting",
                    "three members had wanted a cut",
                ),
            ),
            (
                "The Lethmark Court of Appeal ruled on Tuesday that the freeze was unlawful.",
                p("The Lethmark Court of Appeal", "the freeze was unlawful"),
            ),
            (
                "In total 212 people have fallen ill, Dr Selma Varga told a briefing in the capital.",
                p("Selma Varga", "In total 212 people have fallen ill"),
            ),
        ] {
            assert_eq!(attributions(text), [want], "{text}");
        }
        // "ruled" without "that" is no speech
        assert!(attributions("The court ruled out a retrial.").is_empty());
        assert!(attributions("He ruled the province for a decade.").is_empty());
    }

    #[test]
    fn a_relation_or_role_in_apposition_gives_way_to_the_name() {
        let got = attributions(
            "Varnholm’s son, the drummer Jonas Varnholm, wrote on social media that the \
             funeral would be small. “He texted me at six,” said his mother, Anneli Koski. \
             “We will play again,” said Lena Dovic, the club’s owner, who announced that the \
             venue would stay dark. Elsa Varnholm has died at the age of 81, her family \
             said. “I play for the people at the back,” she told an interviewer in 1998.",
        );
        let who: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            who[..5],
            [
                "Jonas Varnholm",
                "Anneli Koski",
                "Lena Dovic",
                "Lena Dovic",
                "her family"
            ],
            "{got:?}"
        );
        // A family is no "she".
        assert_eq!(who.len(), 6, "{got:?}");
        assert_ne!(who[5], "her family", "{got:?}");
    }

    #[test]
    fn a_clause_the_reporter_adds_after_the_speaker_is_not_the_content() {
        let got = attributions(
            "Freight fell 14% over the year, the statistics office said, as steelmakers moved goods onto the roads.",
        );
        assert_eq!(
            got,
            [(
                "the statistics office".to_string(),
                "Freight fell 14% over the year".to_string()
            )]
        );
        let got = attributions(
            "The deficit will narrow to 2.8%, a senior official said, asking not to be named.",
        );
        assert_eq!(got[0].1, "The deficit will narrow to 2.8%", "{got:?}");
        // what the speaker added is a second reported claim
        let got = attributions(
            "\"We heard the message,\" Kest said, adding that the party would choose a new leader.",
        );
        assert_eq!(
            got,
            [
                ("Kest".to_string(), "We heard the message,".to_string()),
                (
                    "Kest".to_string(),
                    "the party would choose a new leader".to_string()
                )
            ]
        );
        let got = attributions("Prices rose 3%, the office said, adding that fuel led.");
        assert_eq!(got[0].1, "Prices rose 3%", "{got:?}");
        // "noting that", "warning that": the same second thing said
        let got = attributions(
            "Minister Kofi Laird said the rise was needed, noting that 11 universities had run deficits.",
        );
        let said: Vec<&str> = got.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            said,
            ["the rise was needed", "11 universities had run deficits"],
            "{got:?}"
        );
    }

    #[test]
    fn a_participle_appositive_ending_in_a_time_keeps_its_speaker() {
        let got = attributions("The report, published on Monday, said sales fell 4%.");
        assert_eq!(
            got,
            [("The report".to_string(), "sales fell 4%".to_string())]
        );
    }

    #[test]
    fn data_that_showed_a_clause_reports_it() {
        let got = attributions("The data showed lending rose 2% in May.");
        assert_eq!(
            got,
            [("The data".to_string(), "lending rose 2% in May".to_string())]
        );
        for s in [
            "Jurors found the 46-year-old guilty on all five counts he faced.",
            "Marsh showed no reaction as the verdict was read.",
            "The survey found 40 cases of fraud.",
            "Prosecutors showed jurors 200 messages in which executives joked.",
        ] {
            assert!(attributions(s).is_empty(), "{s}: {:?}", attributions(s));
        }
    }

    #[test]
    fn the_plural_of_a_role_is_a_group_of_people() {
        let doc = Document::from_text(
            "t",
            "Senators said the bill would cost $40 billion. The ministers warned that 300 jobs \
             would go."
                .to_string(),
        )
        .unwrap();
        let got: Vec<(String, String)> = extract(&doc, &Options::default())
            .into_iter()
            .filter(|r| r.kind == "attribution")
            .map(|r| (r.value, r.unit))
            .collect();
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got.iter().all(|g| g.1 == "anonymous"), "{got:?}");
    }

    #[test]
    fn a_restrictive_who_clause_after_a_quote_keeps_its_speaker() {
        let got = attributions(
            "\"The fund is empty,\" a senior official who asked not to be named told reporters.",
        );
        assert_eq!(
            got,
            [(
                "a senior official".to_string(),
                "The fund is empty,".to_string()
            )]
        );
        // a name before "who" without commas is no such clause
        let got = attributions("\"It is over,\" Kim who left said.");
        assert!(got.iter().all(|g| g.0 != "Kim"), "{got:?}");
    }

    #[test]
    fn an_object_after_said_is_no_reported_clause() {
        for s in [
            "Officials from both sides have said little about the 40 detainees.",
            "The minister said nothing about the 12 missing files.",
        ] {
            assert!(attributions(s).is_empty(), "{s}: {:?}", attributions(s));
        }
        let got = attributions("The minister said nothing had changed since 2024.");
        assert_eq!(got[0].1, "nothing had changed since 2024", "{got:?}");
    }

    #[test]
    fn plural_speakers_use_the_plain_present() {
        let got = attributions("Analysts warn that growth could slow to 1% next year.");
        assert_eq!(
            got,
            [(
                "Analysts".to_string(),
                "growth could slow to 1% next year".to_string()
            )]
        );
        let got = attributions("Officials deny that 30 people were detained.");
        assert_eq!(got[0].0, "Officials", "{got:?}");
        // the same words as infinitives and nouns attribute nothing
        for s in [
            "We need to find the 200 missing files.",
            "They will stress the need for 10 new schools.",
            "The estimate that 5,000 homes were lost was revised.",
        ] {
            assert!(attributions(s).is_empty(), "{s}: {:?}", attributions(s));
        }
    }

    #[test]
    fn two_groups_joined_by_and_speak_together() {
        // (co-speakers: one item each, as for "Kerry and Lavrov said")
        let who =
            |t: &str| -> Vec<String> { attributions(t).into_iter().map(|(v, _)| v).collect() };
        assert_eq!(
            who("Farmers and packers warned that exports would fall by a third."),
            ["Farmers", "packers"]
        );
        assert_eq!(
            who("On Friday, the tenants and their lawyers said the rent rise was unlawful."),
            ["the tenants", "their lawyers"]
        );
        assert_eq!(
            who("Pharmacies have run out of antibiotics, pharmacists and doctors say."),
            ["pharmacists", "doctors"]
        );
        // the first group is the object of another verb: not a speaker
        let got = attributions("The mayor met officials and residents said the bridge was shut.");
        assert_eq!(got[0].0, "residents", "{got:?}");
        // a word that names no group before "and" joins nothing
        let got = attributions("Prices rose and economists said inflation would follow.");
        assert_eq!(got[0].0, "economists", "{got:?}");
    }

    #[test]
    fn appositives_with_numbers_and_organisation_heads() {
        let doc = Document::from_text(
            "t",
            "Harlan Freight, a US logistics group, said traffic had moved. The Union of Rail \
             Drivers, which represents more than 1,200 drivers, said talks collapsed. Jane Doe, \
             head of the union, said it was over."
                .to_string(),
        )
        .unwrap();
        let got: Vec<(String, String)> = extract(&doc, &Options::default())
            .into_iter()
            .filter(|r| r.kind == "attribution")
            .map(|r| (r.value, r.unit))
            .collect();
        let want = [
            ("Harlan Freight", "organisation"),
            ("The Union of Rail Drivers", "organisation"),
            ("Jane Doe", "person"),
        ];
        assert_eq!(got.len(), 3, "{got:?}");
        for ((v, u), (wv, wu)) in got.iter().zip(want) {
            assert_eq!((v.as_str(), u.as_str()), (wv, wu), "{got:?}");
        }
    }

    #[test]
    fn caption_position_markers_and_photo_credits_are_not_speech() {
        let got = attributions(
            "Finance Minister Ana Ruiz (L) and Governor Piet Smit (R) said rates would stay on hold (Reuters Photo/Lee Chan)",
        );
        let speakers: Vec<&str> = got.iter().map(|(v, _)| v.as_str()).collect();
        assert_eq!(speakers, ["Ana Ruiz", "Piet Smit"], "{got:?}");
        assert!(
            got.iter().all(|(_, t)| t == "rates would stay on hold"),
            "{got:?}"
        );
        // "(2nd L)" and "(centre)" too; a real parenthetical is kept.
        let got = attributions("Coach Bo Lind (2nd L) said the team was ready.");
        assert_eq!(got[0].0, "Bo Lind", "{got:?}");
        let got = attributions("The fund said returns would improve (in part).");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, "returns would improve (in part)");
    }

    /// (speaker, its type, span) of every attribution in `text`.
    fn typed(text: &str) -> Vec<(String, String, String)> {
        rows(text)
            .into_iter()
            .map(|r| (r.value, r.unit, r.text))
            .collect()
    }

    #[test]
    fn relatives_roles_in_apposition_and_source_asides() {
        let who = |text: &str| -> Vec<(String, String, String)> { typed(text) };
        // "which said": the antecedent speaks; the clause ends at its comma
        assert_eq!(
            who("The claims were rejected by the ministry, which said they were baseless."),
            [(
                "the ministry".into(),
                "organisation".into(),
                "they were baseless".into()
            )]
        );
        assert_eq!(
            who("The report, which said 4,000 jobs were at risk, was published."),
            [(
                "The report".into(),
                "organisation".into(),
                "4,000 jobs were at risk".into()
            )]
        );
        // a role, then the name in apposition, is whom "He said" means
        let got = who(
            "Lena Marsh, the housing minister, spoke first. The opposition's housing \
             spokesman, Tom Reyes, accused the government of neglect. He said rough sleeping \
             had risen by 27% since 2020.",
        );
        assert_eq!(
            got.last().map(|g| g.0.as_str()),
            Some("Tom Reyes"),
            "{got:?}"
        );
        // a conjunction is not part of an anonymous speaker
        let got = who("Ministers approved 14,500 homes, though critics say the figure is lower.");
        assert!(got.iter().any(|g| g.0 == "critics"), "{got:?}");
        // a participle phrase about the source is not what it says
        let got = who(
            "According to a report by the Fiscal Institute, published on Monday, rents rose 8.9%.",
        );
        // (and the sentence's full stop is not part of it either)
        assert_eq!(got[0].2, "rents rose 8.9%", "{got:?}");
    }

    #[test]
    fn a_head_noun_in_an_earlier_clause_is_not_the_speaker() {
        // "services on the network" is a head noun with a tail, but in the
        // clause before "and that": the speaker is never that phrase.
        let got = attributions(
            "It is a row that has halted half of all services on the tram network twice \
             this year and that business groups say is costing shops millions a week.",
        );
        assert_eq!(
            got,
            [(
                "business groups".to_string(),
                "is costing shops millions a week".to_string()
            )]
        );
    }

    #[test]
    fn plural_possessive_inside_a_name() {
        for mark in ["'", "’"] {
            let text = format!("Prices rose, the Football Supporters{mark} Association said.");
            let got = typed(&text);
            assert_eq!(
                got[0].0,
                format!("the Football Supporters{mark} Association"),
                "{got:?}"
            );
        }
    }

    #[test]
    fn short_clauses_acronym_institutions_and_the_last_group_named() {
        let who = |text: &str| -> Vec<(String, String, String)> { typed(text) };
        // a two-word clause before the speaker
        assert_eq!(
            who("Sales fell, Corvane Bank said."),
            [(
                "Corvane Bank".into(),
                "organisation".into(),
                "Sales fell".into()
            )]
        );
        // ...but not one word
        assert!(who("Instead, he said.").is_empty());
        // an acronym in a name makes it an institution's; initials do not
        let got = who("Waiting times rose, NHS Wessex said. The plan will work, JD Harlow said.");
        let types: Vec<(&str, &str)> = got
            .iter()
            .map(|(v, u, _)| (v.as_str(), u.as_str()))
            .collect();
        assert_eq!(
            types,
            [("NHS Wessex", "organisation"), ("JD Harlow", "person")]
        );
        // "the bank" is the bank named last
        let got = who(
            "Profits rose sharply, Corvane Bank said. Lending slowed in May, Tallis Bank said.              Arrears were stable, the bank said.",
        );
        assert_eq!(
            got.last().map(|g| g.0.as_str()),
            Some("Tallis Bank"),
            "{got:?}"
        );
    }

    #[test]
    fn news_speaker_forms() {
        // A title and a long apposition between the quote and the cue.
        let got = attributions(
            "\"The numbers speak for themselves,\" Dr. Amara Okafor, an epidemiologist at Lagos University, said.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        // (the abbreviated "Dr." is a title, not part of the name)
        assert_eq!(got[0].0, "Amara Okafor");
        // One capitalized word never given as a name is an organisation;
        // a surname given in full earlier is the person.
        let got = typed(
            "Google said in a statement that it had fixed the flaw. Maria Lopez, the union's \
             secretary, spoke first. Lopez added that talks would resume next week.",
        );
        let who: Vec<(&str, &str)> = got
            .iter()
            .map(|(v, u, _)| (v.as_str(), u.as_str()))
            .collect();
        assert_eq!(
            who,
            [("Google", "organisation"), ("Maria Lopez", "person")],
            "{got:?}"
        );
        // "Both" is not part of a name.
        let got = attributions("Both Johnson and Patel said they would vote against the plan.");
        let who: Vec<&str> = got.iter().map(|(v, _)| v.as_str()).collect();
        assert_eq!(who, ["Johnson", "Patel"], "{got:?}");
        // A source phrase around a lone name stays whole.
        let got = typed("According to a copy of the text seen by Wire, the talks will resume.");
        assert_eq!(got[0].0, "a copy of the text seen by Wire", "{got:?}");
    }

    #[test]
    fn a_cue_in_a_relative_clause_says_no_more_than_its_clause() {
        // "who has denied the charges": a noun object, not speech; the main
        // clause after the comma is not what was said.
        let got = attributions("Smith, who has denied the charges, is due in court on Friday.");
        assert!(got.is_empty(), "{got:?}");
        let got = attributions(
            "The minister, who said last week that the plan was dead, reversed course on Monday.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, "the plan was dead");
    }

    #[test]
    fn names_stay_in_their_sentence_and_pronouns_follow_the_subject() {
        // A name never runs over a line or sentence end into the next one.
        let got = typed(
            "\"We have no choice,\" he told reporters in Brussels.\nThe White House said in a \
             statement that the president had been briefed.\n\"It is a historic day,\" \
             Zelensky wrote on Telegram.\nVolodymyr Zelensky met the delegation in Kyiv.",
        );
        let who: Vec<&str> = got.iter().map(|(v, _, _)| v.as_str()).collect();
        assert_eq!(who, ["The White House", "Volodymyr Zelensky"], "{got:?}");
        // "she said" after a sentence whose subject is a named person.
        let got = attributions(
            "Mark Rutte said allies would increase support. European Commission President \
             Ursula von der Leyen announced a new package of sanctions. The sanctions, she \
             said, would target the energy sector.",
        );
        let who: Vec<&str> = got.iter().map(|(v, _)| v.as_str()).collect();
        assert_eq!(who, ["Mark Rutte", "Ursula von der Leyen"], "{got:?}");
    }

    #[test]
    fn speech_verbs_before_a_number_and_more_cues() {
        // "said 3,500 homes had been damaged" is speech; "added 175,000
        // jobs" is not.
        let got = attributions("The agency said 3,500 homes had been damaged.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, "3,500 homes had been damaged");
        assert!(attributions("Employers added 175,000 jobs in April.").is_empty());
        let got = attributions("Republicans countered that the nominee was highly qualified.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, "the nominee was highly qualified");
    }

    #[test]
    fn a_specific_description_is_not_taken_for_an_earlier_group() {
        let got = attributions(
            "Net migration fell, the Office for National Statistics said. The UN's human \
             rights office said at least 200 civilians had been killed.",
        );
        let who: Vec<&str> = got.iter().map(|(v, _)| v.as_str()).collect();
        assert_eq!(
            who,
            [
                "the Office for National Statistics",
                "The UN's human rights office"
            ],
            "{got:?}"
        );
    }

    #[test]
    fn quotes_in_single_marks() {
        for text in [
            "'We will not be intimidated,' the chancellor said.",
            "The chancellor said: ‘We will not be intimidated.’",
        ] {
            let got = attributions(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert!(
                got[0].1.starts_with("We will not be intimidated"),
                "{got:?}"
            );
            assert_eq!(got[0].0.to_lowercase(), "the chancellor");
        }
        // Apostrophes open and close nothing.
        let got = attributions("The '90s were good for Tom's band, the owner said.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, "The '90s were good for Tom's band");
        let got = attributions(
            "Maria Lopez said the workers' union would strike, and 'it won't be pretty' either.",
        );
        assert!(got.iter().all(|(who, _)| who == "Maria Lopez"), "{got:?}");
        assert!(
            got.iter().any(|(_, t)| t == "it won't be pretty"),
            "{got:?}"
        );
    }

    #[test]
    fn common_nouns_for_people_are_anonymous_speakers() {
        for (text, who) in [
            ("Prices will rise this year, the owner said.", "the owner"),
            ("The bus was late again, a driver said.", "a driver"),
            (
                "The woman told police that she had seen the car.",
                "The woman",
            ),
        ] {
            let got = typed(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(
                (got[0].0.as_str(), got[0].1.as_str()),
                (who, "anonymous"),
                "{text}"
            );
        }
    }

    #[test]
    fn someone_at_in_or_of_a_group_speaks_anonymously_not_the_group() {
        for (text, who) in [
            (
                "A senior official at the transport ministry said fares would rise.",
                "A senior official at the transport ministry",
            ),
            (
                "Fares will rise, a source in the ministry said.",
                "a source in the ministry",
            ),
            (
                "Members of the ethics committee said the vote was fair.",
                "Members of the ethics committee",
            ),
            (
                "A spokeswoman for the regulator said fares would rise.",
                "A spokeswoman for the regulator",
            ),
            (
                "An official at the Port Authority said fares would rise.",
                "An official at the Port Authority",
            ),
        ] {
            let got = typed(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(
                (got[0].0.as_str(), got[0].1.as_str()),
                (who, "anonymous"),
                "{text}"
            );
        }
        // The group itself still speaks for itself.
        let got = typed("The transport ministry said fares would rise.");
        assert_eq!(got[0].1, "organisation", "{got:?}");
    }

    #[test]
    fn pronouns_follow_a_subject_with_title_or_apposition() {
        let got = attributions(
            "Anna Berg, the finance minister, spoke after the vote.\n\n\"We are ready,\" she \
             said.\n\nOpposition leader Carl Holm disagreed. \"This budget is a fantasy,\" he said.",
        );
        let who: Vec<&str> = got.iter().map(|(v, _)| v.as_str()).collect();
        assert_eq!(who, ["Anna Berg", "Carl Holm"], "{got:?}");
    }

    #[test]
    fn it_and_the_company_are_the_organisation_that_spoke_last() {
        let got = attributions(
            "Brell Bank said no staff were hurt. It said the branch would reopen on Friday.\n\n\
             Pexo said it would appeal. “We disagree with this ruling,” the company said.",
        );
        let who: Vec<&str> = got.iter().map(|(v, _)| v.as_str()).collect();
        assert_eq!(who, ["Brell Bank", "Brell Bank", "Pexo", "Pexo"], "{got:?}");
        assert_eq!(got[1].1, "the branch would reopen on Friday");
        // With no organisation speaking just before, "It" says nothing.
        let got = attributions("Mara Lind left.\n\nIt said the branch would reopen.");
        assert!(got.is_empty(), "{got:?}");
        // "It is said that" is no speaker at all.
        let got =
            attributions("Brell Bank said rates were stable. It is said that rates will rise.");
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn the_club_is_the_name_its_clause_opens_with() {
        let got = attributions(
            "Halby Rovers have sacked their manager after six defeats, the club announced.\n\n\
             Kemp, 49, left on Monday, two people said.\n\n\
             Coach Marc Bell will take charge, the club said.\n\n\
             A pill made by Virexa Therapeutics cut the risk by 23%, the company said.",
        );
        let who: Vec<&str> = got.iter().map(|(v, _)| v.as_str()).collect();
        assert_eq!(
            who,
            [
                "Halby Rovers",
                "two people",
                "Halby Rovers",
                "Virexa Therapeutics"
            ],
            "{got:?}"
        );
        // A person opening the clause is no company.
        let got = attributions("Anna Berg, 45, will lead the unit, the company said.");
        assert_eq!(got[0].0, "the company", "{got:?}");
        // "the orchestra", "the bank": the name the clause opens with, or
        // one that says it is one; not any organisation that spoke last
        let got = attributions(
            "The Varno Philharmonic has dismissed its conductor, the orchestra said.\n\n\
             The orchestra said a guest would lead the tour.",
        );
        assert!(
            got.iter().all(|(v, _)| v == "the Varno Philharmonic"),
            "{got:?}"
        );
        let got = attributions(
            "The Health Ministry said cases had doubled.\n\nThe bank said rates would hold.",
        );
        assert_eq!(got[1].0, "The bank", "{got:?}");
        let got = attributions(
            "Brell Savings Bank said profits rose.\n\nThe bank said rates would hold.",
        );
        assert_eq!(got[1].0, "Brell Savings Bank", "{got:?}");
    }

    #[test]
    fn a_short_name_is_the_organisation_named_in_full() {
        let got = attributions(
            "The chief executive of Orrin Logistics resigned on Thursday.\n\n\
             Orrin said last week that profits had been overstated.",
        );
        assert_eq!(got[0].0, "Orrin Logistics", "{got:?}");
    }

    #[test]
    fn speakers_in_apposition_with_affiliations_and_relative_clauses() {
        for (text, who) in [
            (
                "Dana Reyes, a researcher at the Lund Institute in Karsby, who was not \
                 involved in the study, said the sample was small.",
                "Dana Reyes",
            ),
            (
                "Professor Lena Dorn of the Helm Institute in Varby, who was not involved, \
                 said the result was striking.",
                "Lena Dorn",
            ),
            (
                "Morland’s trade envoy, Samir al-Haddad, denied that his side had quit.",
                "Samir al-Haddad",
            ),
            (
                "Its chair, President Ana Sol of Verania, wrote that the deal was a betrayal.",
                "Ana Sol",
            ),
        ] {
            let got = attributions(text);
            assert_eq!(got.len(), 1, "{got:?}");
            assert_eq!(got[0].0, who, "{text}");
        }
    }

    #[test]
    fn what_the_object_of_told_owns_is_no_content() {
        let got = attributions("Roche told the club's website: \"I got there first.\"");
        assert_eq!(
            got,
            [("Roche".to_string(), "I got there first.".to_string())]
        );
    }

    #[test]
    fn the_team_is_the_researchers_named_last() {
        let got = attributions(
            "Researchers at the University of Varn found that naps improved recall. \
             The team reported that older adults gained less.",
        );
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[1].0, "Researchers at the University of Varn");
    }

    #[test]
    fn the_bank_is_the_bank_named_before_even_when_it_said_nothing() {
        for (text, who) in [
            (
                "Corvane Bank raised rates on Monday. Arrears were stable, the bank said.",
                "Corvane Bank",
            ),
            (
                "SANTAVIA, June 12 (Wire) - The Bank of Corvala raised its main rate.\n\n\
                 Five members voted for the rise, the bank said in a statement.",
                "the Bank of Corvala",
            ),
        ] {
            let got = attributions(text);
            assert_eq!(got.len(), 1, "{got:?}");
            assert_eq!(got[0].0, who, "{text}");
        }
    }

    #[test]
    fn a_role_then_the_organisations_name_is_that_organisation() {
        let got = attributions(
            "The mine's owner, Karsk Mining Company (KMC), said in a statement that it had \
             suspended all work.",
        );
        assert_eq!(
            got,
            [(
                "Karsk Mining Company".to_string(),
                "it had suspended all work".to_string()
            )]
        );
    }

    #[test]
    fn co_speakers_in_apposition_after_a_role() {
        let got = attributions(
            "The heads of two mills, Erik Brandsen of Nordstal and Karin Aske of Vesterverk, \
             said in a joint letter that they had cut 1,800 jobs.",
        );
        let who: Vec<&str> = got.iter().map(|(v, _)| v.as_str()).collect();
        assert_eq!(who, ["Erik Brandsen", "Karin Aske"], "{got:?}");
    }

    #[test]
    fn a_trial_or_a_lawsuit_speaks_like_a_study() {
        let got = attributions(
            "The trial, which enrolled 11,400 patients, found that the drug cut admissions.\n\n\
             The two songs are identical for eight bars, the lawsuit claims.",
        );
        let who: Vec<&str> = got.iter().map(|(v, _)| v.as_str()).collect();
        assert_eq!(who, ["The trial", "the lawsuit"], "{got:?}");
    }

    #[test]
    fn a_question_goes_on_with_its_tag_and_asked_is_its_cue() {
        let got = attributions(
            "Minister Rui Falcão said crews were coming.\n\nAt a shelter, Mirela Santos, 38, \
             sat on a bed. “Where are we supposed to go?” she asked.\n\n“Where is the \
             money?” asked Senator Ana Lind.",
        );
        assert_eq!(
            got,
            [
                ("Rui Falcão".to_string(), "crews were coming".to_string()),
                (
                    "Mirela Santos".to_string(),
                    "Where are we supposed to go?".to_string()
                ),
                ("Ana Lind".to_string(), "Where is the money?".to_string()),
            ]
        );
        // "asked" reports no statement
        assert!(attributions("The mayor asked whether the road would reopen.").is_empty());
        // the reply to a reporter's question is by whom it was put to
        let got = attributions(
            "Mayor Ilse Varga said the scheme was sound.\n\nAt a briefing on Friday, Varga \
             was pressed on its cost. \"Will you publish the figures?\" one reporter asked. \
             \"Yes. Within a month,\" she replied.",
        );
        assert_eq!(got[1].0, "one reporter", "{got:?}");
        assert_eq!(
            got[2],
            ("Ilse Varga".to_string(), "Yes. Within a month,".to_string())
        );
        // a question tagged by a name, and the answer
        let got = attributions(
            "Questioned by counsel, Ivo Brandt, Dr Lena Marsh said she had raised it.\n\n\
             “Did anyone write back to you?” Brandt asked.\n\n“Once,” she replied.",
        );
        assert_eq!(
            got[1..],
            [
                (
                    "Ivo Brandt".to_string(),
                    "Did anyone write back to you?".to_string()
                ),
                ("Lena Marsh".to_string(), "Once,".to_string()),
            ]
        );
        // a one-word answer in the next paragraph, and the rest of it
        let got = attributions(
            "“We will not resign,” Prime Minister Eva Lorne told reporters.\n\n“Will you \
             call an election?” one reporter asked.\n\n“No,” she said. “We have a \
             majority.”",
        );
        assert_eq!(
            got[2..],
            [
                ("Eva Lorne".to_string(), "No,".to_string()),
                ("Eva Lorne".to_string(), "We have a majority.".to_string()),
            ]
        );
        // the one the tag asks, named two paragraphs after the last mention
        let got = attributions(
            "Chief executive Nadine Auclair said the cuts were needed.\n\n\
             She said parcels would grow.\n\n\
             “Will you still be here?” a reporter asked Auclair.\n\n\
             “I intend to be,” she said.",
        );
        assert_eq!(
            got.last().unwrap(),
            &("Nadine Auclair".to_string(), "I intend to be,".to_string())
        );
        // ("He" inside a quote tells nothing of who speaks it)
        let got = attributions(
            "Coach Pavel Orr said the team was tired.\n\nHis daughter, who gave her name \
             only as Mira, said he had phoned.\n\n“I told him to rest. He just laughed,” she said.",
        );
        assert_eq!(got.last().unwrap().0, "Mira", "{got:?}");
    }

    #[test]
    fn asides_before_that_and_people_by_what_they_do() {
        // an adverb or "under questioning" between the cue and "that"
        let got = attributions(
            "Renata Vollen chairs the port. She conceded, however, that it had made record profits.",
        );
        assert_eq!(
            got,
            [(
                "Renata Vollen".to_string(),
                "it had made record profits".to_string()
            )]
        );
        let got = attributions(
            "Its director, Mark Ellery, conceded under questioning that drivers worked late.",
        );
        assert_eq!(
            got,
            [("Mark Ellery".to_string(), "drivers worked late".to_string())]
        );
        // people named by what they use, attend or do
        for (text, who) in [
            (
                "Several subscribers wrote on the orchestra’s website that they would cancel.",
                "Several subscribers",
            ),
            (
                "Some festivalgoers claimed on social media that the taps had run dry.",
                "Some festivalgoers",
            ),
            (
                "Two air traffic controllers, speaking on condition of anonymity, told Wire \
                 that a drone had come close.",
                "Two air traffic controllers",
            ),
        ] {
            let got = attributions(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(got[0].0, who, "{text}");
        }
    }

    #[test]
    fn a_time_that_ends_a_relative_clause_is_no_subjects() {
        // "in March last year, said": the time is the clause's, and the
        // month no speaker
        let got = attributions(
            "Dr Ilse Brandt, who ran the ward until she resigned in March last year, \
             said her emails had gone unanswered.",
        );
        assert_eq!(got[0].0, "Ilse Brandt", "{got:?}");
        let got = attributions(
            "Ilse Brandt, who worked in Kessel last year, said the ward was short of staff.",
        );
        assert_eq!(got[0].0, "Ilse Brandt", "{got:?}");
        // (with no comma, the time stands between subject and cue)
        let got = attributions("Officials in Kessel last week said the plan was dead.");
        assert_eq!(got[0].0, "Officials in Kessel", "{got:?}");
    }

    #[test]
    fn quoted_titles_are_no_speech() {
        let got = attributions(
            "Moreau took the chorus of her hit “Paper Moon” from a folk song, according to a \
             lawsuit.\n\n“We Will Rebuild,” said Mayor Ana Lind.",
        );
        assert_eq!(
            got,
            [
                (
                    "a lawsuit".to_string(),
                    "Moreau took the chorus of her hit “Paper Moon” from a folk song".to_string()
                ),
                ("Ana Lind".to_string(), "We Will Rebuild,".to_string()),
            ]
        );
    }

    #[test]
    fn a_surname_subject_is_the_next_pronoun_and_an_untagged_quote_its_speaker() {
        let got = attributions(
            "The club sacked manager Dieter Kessler on Monday.\n\nKessler, 49, was told to leave \
             early, two people familiar with the matter said.\n\nSpeaking outside his home, \
             Kessler was defiant. “I gave this club four good years.” He said he had no money \
             to spend.",
        );
        let who: Vec<&str> = got.iter().map(|(v, _)| v.as_str()).collect();
        // (two people are no "he")
        assert_eq!(
            who,
            [
                "two people familiar with the matter",
                "Dieter Kessler",
                "Dieter Kessler"
            ],
            "{got:?}"
        );
        // An untagged quote takes the subject only of the sentence right
        // before it, in its paragraph.
        let got = attributions(
            "The club sacked Dieter Kessler.\n\nSpeaking outside his home, Kessler was \
             defiant.\n\n“I gave this club four good years.”",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_tagless_quote_takes_the_speaker_the_next_sentence_opens_on() {
        let got = attributions(
            "The fox was caught on Tuesday.\n\n“I looked out of the window and there it was, \
             asleep on the step.” Rosa Quill, 41, who lives next door, said she called the \
             council.\n\n“Nobody told us anything at all.” A nurse at the clinic, who asked \
             not to be named, said staff were angry.",
        );
        assert_eq!(
            got,
            [
                (
                    "Rosa Quill".to_string(),
                    "I looked out of the window and there it was, asleep on the step.".to_string()
                ),
                (
                    "Rosa Quill".to_string(),
                    "she called the council".to_string()
                ),
                (
                    "A nurse at the clinic".to_string(),
                    "Nobody told us anything at all.".to_string()
                ),
                (
                    "A nurse at the clinic".to_string(),
                    "staff were angry".to_string()
                ),
            ],
        );
        // Not across a paragraph, and not when the next sentence opens on
        // something else than the speaker.
        for text in [
            "“I looked out of the window and there it was.”\n\nRosa Quill said she called.",
            "“I looked out of the window and there it was.” Later, Rosa Quill said she called.",
        ] {
            let got = attributions(text);
            assert!(
                got.iter().all(|(_, t)| !t.starts_with("I looked")),
                "{got:?}"
            );
        }
    }

    #[test]
    fn a_request_reports_nothing_but_names_who_they_are() {
        let got = attributions(
            "A fox escaped on Monday.\n\nPolice told residents near the park to keep their \
             doors shut. They said they had received 300 calls.",
        );
        assert_eq!(
            got,
            [(
                "Police".to_string(),
                "they had received 300 calls".to_string()
            )],
        );
        // (a clause with a verb after the object is reported speech)
        let got = attributions("Police told residents near the park the fox was gone.");
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_second_that_clause_or_a_comment_is_no_trailing_tag() {
        let got = attributions(
            "The museum said the site would be kept secret, and that the navy had agreed to \
             guard it.",
        );
        assert!(got.iter().all(|(v, _)| v == "The museum"), "{got:?}");
        assert_eq!(got.len(), 2, "{got:?}");
        let got = attributions(
            "Mallory said the survey had been “swamped” by outsiders, a claim the \
             organisers deny.",
        );
        assert!(got.iter().all(|(v, _)| v == "Mallory"), "{got:?}");
        assert_has(
            &got,
            "Mallory",
            "the survey had been “swamped” by outsiders",
        );
        // a coordinated clause, and a subject that is nobody
        assert!(
            attributions("Tenants are in a strong position, but no court has ruled.").is_empty()
        );
        assert!(attributions("Tenants are in a strong position, but officials said.").is_empty());
    }

    #[test]
    fn according_to_a_described_person_leaves_the_description_out() {
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            attributions(
                "According to Pieter Hallgrim, a housing law lecturer at Garrowby University, \
                 tenants who pay into a separate account are safer."
            ),
            [p(
                "Pieter Hallgrim",
                "tenants who pay into a separate account are safer"
            )]
        );
        // (a clause with a verb is the content)
        assert_eq!(
            attributions("According to Smith, the economy grew 2%, the fastest in years."),
            [p("Smith", "the economy grew 2%, the fastest in years")]
        );
    }

    #[test]
    fn a_quoted_subject_opens_a_reported_clause() {
        let got = attributions("The judge warned Hale that “a long custodial term” was likely.");
        assert_eq!(
            got,
            [
                (
                    "The judge".to_string(),
                    "“a long custodial term” was likely".to_string()
                ),
                ("The judge".to_string(), "a long custodial term".to_string()),
            ],
        );
        // (a quotation that is the whole clause is the quote's claim alone)
        let got = attributions("The judge said that “the sentence must deter others.”");
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_profession_in_the_plural_speaks_and_much_of_opens_a_clause() {
        let got = attributions(
            "Geologists say much of the valley sits on clay. Divers found a wreck off the \
             cape, archaeologists say.",
        );
        assert_eq!(
            got,
            [
                (
                    "Geologists".to_string(),
                    "much of the valley sits on clay".to_string()
                ),
                (
                    "archaeologists".to_string(),
                    "Divers found a wreck off the cape".to_string()
                ),
            ],
        );
        // (an object, not a clause)
        assert!(attributions("Geologists said little of the plans.").is_empty());
    }

    #[test]
    fn a_passive_agent_is_she_and_a_book_title_is_no_quote_tail() {
        let got = attributions(
            "The gallery said the painting was a fake.\n\nDoubts were first raised by the \
             art historian Mara Lisle. In her book “Brushes With Fraud”, she argued that five \
             paintings were forged.\n\nThe blame fell on a restorer whom Lisle calls “the \
             most gifted criminal we had”.",
        );
        assert_eq!(
            got,
            [
                (
                    "The gallery".to_string(),
                    "the painting was a fake".to_string()
                ),
                (
                    "Mara Lisle".to_string(),
                    "five paintings were forged".to_string()
                ),
                (
                    "Mara Lisle".to_string(),
                    "the most gifted criminal we had".to_string()
                ),
            ],
        );
    }

    #[test]
    fn a_team_named_with_its_article_and_a_subject_after_asked() {
        let got = attributions(
            "The Orlova Stags have signed Tunde Bakare for 3.4 million euros, the club said.",
        );
        assert_eq!(got[0].0, "the Orlova Stags", "{got:?}");
        let got = attributions(
            "Coach Lorenzo Feltham said the team was ready.\n\nAsked whether the fee put \
             pressure on him, Tunde Bakare laughed. “Pressure is playing for nothing,” he said.",
        );
        assert_eq!(
            got.last(),
            Some(&(
                "Tunde Bakare".to_string(),
                "Pressure is playing for nothing,".to_string()
            )),
            "{got:?}"
        );
    }

    #[test]
    fn a_long_description_before_as_frames_a_quote_for_both_speakers() {
        let got = attributions(
            "The wreck was found by two divers, Mika Wirt and Ellen Rook, who described it in \
             a post on a diving forum as “a pile of green bricks”. They said they had \
             reported it at once.",
        );
        let who: Vec<&str> = got.iter().map(|(v, _)| v.as_str()).collect();
        assert_eq!(
            who,
            ["Ellen Rook", "Mika Wirt", "Mika Wirt", "Ellen Rook"],
            "{got:?}"
        );
        assert_eq!(got[0].1, "a pile of green bricks");
    }

    #[test]
    fn an_identifying_relative_clause_belongs_to_an_unnamed_speaker() {
        for (text, who) in [
            (
                "A steward who worked at the gate told Wire that the order came by radio.",
                "A steward who worked at the gate",
            ),
            (
                "A steward, speaking on condition of anonymity, told Wire that the order came \
                 by radio.",
                "A steward",
            ),
            // (a clause of anonymity does not identify anyone)
            (
                "A senior diplomat who asked not to be named said the talks had stalled.",
                "A senior diplomat",
            ),
        ] {
            let got = attributions(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(got[0].0, who, "{text}");
        }
    }

    #[test]
    fn the_company_of_a_lede_is_the_name_the_next_paragraph_opens_on() {
        let got = attributions(
            "SELVIK, Dec 2 (Wire) - The national lottery operator published the wrong numbers \
             after Saturday’s draw, the company admitted on Wednesday.\n\nLotto Nordica said a \
             technician had typed two numbers in the wrong order. The correct numbers were \
             published 14 hours later, it said.",
        );
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got.iter().all(|(v, _)| v == "Lotto Nordica"), "{got:?}");
        // (not a person the article treats as one)
        let got = attributions(
            "SELVIK, Dec 2 (Wire) - The operator published the wrong numbers, the company \
             admitted on Wednesday.\n\nAnna Berg said she was sorry. She said the error was \
             human.",
        );
        assert_eq!(got[0].0, "the company", "{got:?}");
    }

    #[test]
    fn a_real_name_given_in_a_relative_clause_is_the_speakers() {
        let got = attributions(
            "The pop singer Noor, whose real name is Noor Haddad, wrote on social media that \
             she was “heartbroken”.",
        );
        assert!(
            !got.is_empty() && got.iter().all(|(v, _)| v == "Noor Haddad"),
            "{got:?}"
        );
    }

    #[test]
    fn an_organisation_in_a_place_speaks_not_the_place() {
        let got = attributions("Varennia’s embassy in Kostra said Varennia would respond in kind.");
        assert_eq!(got[0].0, "Varennia’s embassy in Kostra", "{got:?}");
        // (a month is no place)
        let got = attributions(
            "According to guidance published by the ministry in June, schools must comply.",
        );
        assert!(
            got.iter().all(|(v, _)| !v.starts_with("the ministry in")),
            "{got:?}"
        );
    }

    #[test]
    fn a_tag_in_a_relative_clause_reports_to_the_end_of_its_quote() {
        // (the comma inside the quotation does not close the relative clause)
        let got = attributions(
            "The fox was caught by the vet, Dr Ana Moss, who said it was “calm, a little \
             confused and very hungry”.",
        );
        assert_has(
            &got,
            "Ana Moss",
            "it was “calm, a little confused and very hungry”",
        );
        // "which she said was": the clause has lost its subject to the
        // relative pronoun; the outer clause holds it.
        let got = attributions(
            "Moss told reporters that the clinic had kept the device, which she said was \
             “standard equipment”.",
        );
        assert!(got.iter().all(|(_, t)| !t.starts_with("was")), "{got:?}");
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn wire_sources_after_the_content() {
        for (text, who, content) in [
            (
                "At least 30 people were killed, the Syrian Observatory for Human Rights, a \
                 Britain-based war monitor, said.",
                "the Syrian Observatory for Human Rights",
                "At least 30 people were killed",
            ),
            (
                "The number of deaths rose to 45, state media reported.",
                "state media",
                "The number of deaths rose to 45",
            ),
            (
                "The economy grew 0.6% in the first quarter, official figures show.",
                "official figures",
                "The economy grew 0.6% in the first quarter",
            ),
            (
                "Prices climbed 3.1%, a Reuters poll of economists found.",
                "a Reuters poll of economists",
                "Prices climbed 3.1%",
            ),
        ] {
            let got = typed(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(
                (got[0].0.as_str(), got[0].2.as_str()),
                (who, content),
                "{text}"
            );
        }
    }

    #[test]
    fn a_time_between_subject_and_cue_and_a_lone_name_with_a_person_role() {
        for (text, who) in [
            (
                "President Joe Biden on Tuesday said the US would send more aid.",
                "Joe Biden",
            ),
            (
                "The minister yesterday said talks would resume.",
                "The minister",
            ),
            ("Officials last week said the plan was dead.", "Officials"),
            (
                "The president on Monday night said he would veto it.",
                "The president",
            ),
        ] {
            let got = attributions(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(got[0].0, who, "{text}");
        }
        let got = typed("\"It was terrifying,\" said Jane, a 34-year-old nurse.");
        assert_eq!(
            (got[0].0.as_str(), got[0].1.as_str()),
            ("Jane", "person"),
            "{got:?}"
        );
    }

    #[test]
    fn a_plain_object_is_not_speech() {
        for text in [
            "Residents described a night of explosions and fear.",
            "The group claimed responsibility for the attack.",
            "Economists predicted a mild recession.",
        ] {
            assert!(
                attributions(text).is_empty(),
                "{text}: {:?}",
                attributions(text)
            );
        }
        for (text, content) in [
            (
                "The envoy described the deal as a step towards peace.",
                "the deal as a step towards peace",
            ),
            (
                "The party claimed the vote was rigged.",
                "the vote was rigged",
            ),
            (
                "Corvane confirmed plans for a packaging plant.",
                "plans for a packaging plant",
            ),
        ] {
            let got = attributions(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(got[0].1, content, "{text}");
        }
    }

    #[test]
    fn she_said_after_an_anonymous_individual() {
        let got = attributions(
            "A lawyer for the men, Petra Lund, said her client denied it. A neighbour of one \
             of the suspects said the arrests had come as a shock. \"Nobody here had any \
             idea,\" she said.",
        );
        let last = got.last().unwrap();
        assert_eq!(last.0, "A neighbour of one of the suspects", "{got:?}");
        // A group is no "she".
        let got = attributions(
            "Petra Lund said the case was weak. Residents said they were shocked. \
             \"It is a witch hunt,\" she said.",
        );
        assert_eq!(got.last().unwrap().0, "Petra Lund", "{got:?}");
    }

    /// (value, source, subject, text) of each attribution.
    fn ledger(text: &str) -> Vec<(String, String, String, String)> {
        rows(text)
            .into_iter()
            .map(|r| (r.value, r.source, r.subject, r.text))
            .collect()
    }

    /// The one attribution of `text`, as (speaker, span text).
    fn sole(text: &str) -> (String, String) {
        let got = ledger(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        (got[0].0.clone(), got[0].3.clone())
    }

    fn pair(speaker: &str, said: &str) -> (String, String) {
        (speaker.to_string(), said.to_string())
    }

    /// The attributions of `text`, as (speaker, speaker type).
    fn speaker_types(text: &str) -> Vec<(String, String)> {
        rows(text).into_iter().map(|r| (r.value, r.unit)).collect()
    }

    /// `got` holds `said` attributed to `speaker`.
    fn assert_has(got: &[(String, String)], speaker: &str, said: &str) {
        assert!(got.contains(&pair(speaker, said)), "{got:?}");
    }

    #[test]
    fn speakers_named_only_by_a_given_name_a_short_form_or_an_appositive() {
        let vt = |got: &[(String, String, String, String)]| -> Vec<(String, String)> {
            got.iter().map(|g| (g.0.clone(), g.3.clone())).collect()
        };
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        // the only name a person gave, then "he said"
        let got = ledger(
            "One guide, who gave his name only as Arne, said a client had offered double.\n\n\
             “I said no,” he said.",
        );
        assert_eq!(
            vt(&got),
            [
                p("Arne", "a client had offered double"),
                p("Arne", "I said no,")
            ]
        );
        let got = ledger("A driver, identified only as Yusuf, said the road was shut.");
        assert_eq!(vt(&got), [p("Yusuf", "the road was shut")]);
        // a company's first word, when no person has it as a surname
        let got = ledger(
            "Crestline Homes will appeal. In a statement, Crestline said the plan was safe.",
        );
        assert_eq!(vt(&got), [p("Crestline Homes", "the plan was safe")]);
        let got = ledger("Anna Crest met Crest Homes. Later Crest said the plan was safe.");
        assert_eq!(got[0].0, "Anna Crest", "{got:?}");
        // a role and a name in apposition, then a verb before the cue; and
        // an organisation's name with its article
        let got = ledger(
            "Nutrivale’s chief executive, Claire Benning, apologised to parents and said the plant was shut.",
        );
        assert_eq!(vt(&got), [p("Claire Benning", "the plant was shut")]);
        let got = ledger(
            "The sport’s governing body, the Athletics Union, said it would strip her of the medal.",
        );
        assert_eq!(
            vt(&got),
            [p("the Athletics Union", "it would strip her of the medal")]
        );
        // where a person works is a role, not part of the name
        let got =
            ledger("The biologist Sofie Lindahl of Skaldhavn University warned that stocks fell.");
        assert_eq!(
            (got[0].0.as_str(), got[0].1.as_str()),
            ("Sofie Lindahl", "Sofie Lindahl, of Skaldhavn University")
        );
        // a description of an organisation, then its name; an indefinite
        // one after the name, then "which"
        let got = ledger("The developer, Crestline Homes, said it would appeal.");
        assert_eq!(vt(&got), [p("Crestline Homes", "it would appeal")]);
        // (a name that keeps its article, after a description)
        let got = ledger("The regulator, the Civil Aviation Authority, said it had reopened.");
        assert_eq!(
            vt(&got),
            [p("the Civil Aviation Authority", "it had reopened")]
        );
        let got =
            ledger("That network, the Orbit Safety Consortium, claimed that it had warned them.");
        assert_eq!(got[0].0, "the Orbit Safety Consortium", "{got:?}");
        let got = ledger(
            "It was brought by Save Marsh Fields, a residents’ group, which argued that the site flooded.",
        );
        assert_eq!(vt(&got), [p("Save Marsh Fields", "the site flooded")]);
        // a museum and a journal speak as organisations; results say who
        // published them
        let got = ledger("In a statement, the museum said all rooms would be inspected.");
        assert_eq!(got[0].0, "the museum", "{got:?}");
        let got = ledger("In a statement, the zoo said all enclosures would be inspected.");
        assert_eq!(got[0].0, "the zoo", "{got:?}");
        // a body inside an organisation, and an inquiry, find
        let got = ledger(
            "In its ruling, the league’s disciplinary panel found that Ravn had bet on games.",
        );
        assert_eq!(
            vt(&got),
            [p(
                "the league’s disciplinary panel",
                "Ravn had bet on games"
            )]
        );
        let got = ledger("The mayor misused council cars, an independent investigation has found.");
        assert_eq!(
            vt(&got),
            [p(
                "an independent investigation",
                "The mayor misused council cars"
            )]
        );
        // what a source knows of is not the source
        let got =
            ledger("Two people familiar with the investigation said the clerk was Ines Dahl.");
        assert_eq!(
            got[0].0, "Two people familiar with the investigation",
            "{got:?}"
        );
        let got = ledger("A source close to the board said the vote was delayed.");
        assert_eq!(got[0].0, "A source close to the board", "{got:?}");
        let got = ledger("Turnout fell, according to provisional results published by the board.");
        assert_eq!(
            got[0].0, "provisional results published by the board",
            "{got:?}"
        );
        // an industry speaks as a group
        let got = ledger("Vestrala’s fishing industry says it has been unfairly blamed.");
        assert_eq!(
            vt(&got),
            [p(
                "Vestrala’s fishing industry",
                "it has been unfairly blamed"
            )]
        );
        // a relative clause closed by a comma is no speaker's
        let got = ledger(
            "The head, Irena Soltvedt, spoke first.\n\nAsked whether pupils who cheated could stay, she said the answer was no.",
        );
        assert_eq!(got.last().unwrap().0, "Irena Soltvedt", "{got:?}");
        // a document and who keeps it is the source of "according to"
        let got = ledger("It was the worst since 2009, according to records kept by the service.");
        assert_eq!(got[0].0, "records kept by the service", "{got:?}");
        // a relation, then the one name given
        let got = ledger("His wife, Maija, who was with him, said the crew had been slow.");
        assert_eq!(
            (got[0].0.as_str(), got[0].1.as_str()),
            ("Maija", "Maija, His wife")
        );
        assert!(
            ledger("The ministry, Finance, said nothing new.")
                .iter()
                .all(|g| g.0 != "Finance")
        );
        // a coastguard speaks as an organisation
        let got = ledger("The Pelora coastguard said its boat had reached the scene.");
        assert_eq!(
            vt(&got),
            [p("The Pelora coastguard", "its boat had reached the scene")]
        );
        // "he said" after a sentence about a person named in full
        let got = ledger(
            "Board chair Imogen Fairweather said the count was fair. Incumbent Colin Rafferty's lead fell.\n\n\
             Rafferty claimed victory outside the hall. “The people have spoken,” he said.\n\n\
             The Gazette reported that staff were suspended. Asked about it, Fairweather said she could not comment.",
        );
        assert_eq!(
            vt(&got)[1..],
            [
                p("Colin Rafferty", "The people have spoken,"),
                p("Gazette", "staff were suspended"),
                p("Imogen Fairweather", "she could not comment")
            ]
        );
        // a sentence that starts inside a quote is the quote's; the object
        // of "told" never speaks
        let got = ledger(
            "“The dam is safe. But we will not wait,” the chief engineer, Ilse Brandvik, told reporters.",
        );
        assert_eq!(
            vt(&got),
            [p("Ilse Brandvik", "The dam is safe. But we will not wait,")]
        );
    }

    #[test]
    fn abbreviated_titles_and_courtesy_titles_are_not_part_of_the_name() {
        let got = ledger("Rep. Tom Alder said the bill would pass in the autumn.");
        assert_eq!(got[0].0, "Tom Alder", "{got:?}");
        assert_eq!(got[0].1, "Tom Alder, Rep.", "{got:?}");
        // "Mr", "Dr" are forms of address: no role in the source column
        let got = ledger(
            "Clara Dunst chairs the panel. \"We will look again,\" Mrs Dunst said on Friday.",
        );
        assert_eq!(got[0].1, "Clara Dunst", "{got:?}");
        let got = ledger("Dr Ivo Penn, of Marlow College, said the samples were clean.");
        assert_eq!(got[0].1, "Ivo Penn, of Marlow College", "{got:?}");
    }

    #[test]
    fn an_age_in_apposition_is_not_a_role() {
        let got = ledger("Greta Holm, 61, said she had not been paid since May.");
        assert_eq!(got[0].1, "Greta Holm", "{got:?}");
    }

    #[test]
    fn a_capitalized_word_before_a_lower_case_role_belongs_to_it() {
        let got = ledger("Barlow Steel finance director Ruth Gage said orders had dried up.");
        assert_eq!(
            got[0].1, "Ruth Gage, Barlow Steel finance director",
            "{got:?}"
        );
    }

    #[test]
    fn a_surname_with_particles_resolves_to_the_full_name_at_a_sentence_start() {
        let got = ledger(
            "Markus van den Berg opened the session. Van den Berg later said the vote would be close.",
        );
        assert_eq!(got[0].0, "Markus van den Berg", "{got:?}");
    }

    #[test]
    fn a_relative_clause_between_a_quote_and_its_cue() {
        let got = ledger(
            "\u{201c}The rent doubled in a year,\u{201d} a tenant, who did not want her name printed, said.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "a tenant", "{got:?}");
    }

    #[test]
    fn their_and_the_point_back_to_the_named_group_and_acronyms_to_its_initials() {
        let got = ledger(
            "Drivers for the Northern Haulage Union met on Monday. Their union said it would \
             strike. According to the union, most members backed the plan. Prices rose, the \
             Bureau of Economic Analysis reported. The BEA said in a note that the rise would slow.",
        );
        let values: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            values,
            [
                "the Northern Haulage Union",
                "the Northern Haulage Union",
                "the Bureau of Economic Analysis",
                "the Bureau of Economic Analysis"
            ],
            "{got:?}"
        );
        // the according-to content stops before the full stop
        assert_eq!(got[1].3, "most members backed the plan", "{got:?}");
    }

    #[test]
    fn told_an_audience_that_keeps_the_audience_out_of_the_content() {
        let got = ledger("The mayor told a packed town hall that the bridge would reopen in June.");
        assert_eq!(got[0].3, "the bridge would reopen in June", "{got:?}");
    }

    #[test]
    fn plural_organisation_nouns_speak_but_requests_and_asides_do_not() {
        let got = ledger("Mining companies warned that output would fall this year.");
        assert_eq!(got[0].0, "Mining companies", "{got:?}");
        // "urged X to ..." asks for something; it reports no statement
        assert!(
            ledger("Lenders urged the council to cut its borrowing.").is_empty(),
            "request read as speech"
        );
        // ", as some insurers had warned": a clause about the sentence, not
        // its speaker
        let got = ledger(
            "The mayor said the levy would rise slowly rather than at once, as some insurers had warned.",
        );
        assert!(got.iter().all(|g| g.0 == "The mayor"), "{got:?}");
    }

    #[test]
    fn the_subject_of_a_quote_over_paragraphs_drops_the_reopening_mark() {
        let got = ledger(
            "\"We gave them every chance to talk.\n\n\"Now the talking is over,\" said Ines Varga.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(
            got[0].2, "We gave them every chance to talk. Now the talking is over,",
            "{got:?}"
        );
        // an escaped apostrophe reads as the apostrophe in the subject
        let got = ledger("\"We don\\\u{2019}t agree with that,\" said Ines Varga.");
        assert_eq!(got[0].2, "We don\u{2019}t agree with that,", "{got:?}");
        // and in the speaker's name, in the value as in the source
        let got = ledger("Chief executive Sarah O\\\u{2019}Neill said sales rose.");
        assert_eq!(got[0].0, "Sarah O\u{2019}Neill", "{got:?}");
        assert!(got[0].1.starts_with("Sarah O\u{2019}Neill"), "{got:?}");
    }

    #[test]
    fn adverbs_and_a_named_channel_before_that_are_not_content() {
        let got = ledger("Lena Brandt has said publicly that she will not run again.");
        assert_eq!(got[0].3, "she will not run again", "{got:?}");
        let got = ledger("Omar Haddad said on public radio NRK that prices would fall.");
        assert_eq!(got[0].3, "prices would fall", "{got:?}");
    }

    #[test]
    fn a_short_sentence_quoted_after_the_speakers_quote_is_theirs() {
        let got = ledger(
            "\"We used to fish here every summer,\" said Tove Lind, 70, a retired teacher. \"No more.\"",
        );
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got.iter().all(|g| g.0 == "Tove Lind"), "{got:?}");
        // the age is left out of the role after an inverted cue
        assert_eq!(got[0].1, "Tove Lind, a retired teacher", "{got:?}");
        assert_eq!(got[1].3, "No more.", "{got:?}");
    }

    #[test]
    fn a_role_then_a_titled_name_and_a_name_then_where_they_work() {
        let got = ledger("The report's co-author, Professor Ada Quill, said the trend was clear.");
        assert_eq!(got[0].0, "Ada Quill", "{got:?}");
        assert_eq!(got[0].1, "Ada Quill, The report's co-author", "{got:?}");
        let got = ledger(
            "Dr. Pim Okoro of the Royal College of Nursing said staff were exhausted. \
             Okoro said the rota had collapsed.",
        );
        assert_eq!(
            got[0].1, "Pim Okoro, of the Royal College of Nursing",
            "{got:?}"
        );
        assert_eq!(got[1].0, "Pim Okoro", "{got:?}");
        // a participle phrase in apposition is no role
        let got = ledger("Pim Okoro, speaking in Geneva, said staff were exhausted.");
        assert_eq!(got[0].1, "Pim Okoro", "{got:?}");
    }

    #[test]
    fn a_definite_title_is_the_one_person_given_it() {
        let got = ledger(
            "Interior Minister Sana Idris visited the border. The interior minister said the \
             crossing would reopen.",
        );
        assert_eq!(got[0].0, "Sana Idris", "{got:?}");
        // two different ministries are not one
        let got = ledger(
            "The health ministry said beds were short. Costs rose 3%, according to the \
             transport ministry.",
        );
        assert_eq!(got[1].0, "the transport ministry", "{got:?}");
    }

    #[test]
    fn of_inside_an_institutions_name_before_a_lower_case_head() {
        let got = ledger("Bank of Iceland figures show that lending fell in May.");
        assert_eq!(got[0].0, "Bank of Iceland figures", "{got:?}");
    }

    #[test]
    fn a_wire_dateline_is_not_part_of_the_content() {
        let got = ledger(
            "OSLO, May 3 (Wire) - Ferry fares will rise by a tenth, the operator said on Friday.",
        );
        assert_eq!(got[0].3, "Ferry fares will rise by a tenth", "{got:?}");
        let got =
            ledger("KYIV (Wire) — Power was cut in three regions, according to the grid operator.");
        assert_eq!(got[0].3, "Power was cut in three regions", "{got:?}");
    }

    #[test]
    fn the_rest_of_an_audience_after_told_is_not_content() {
        let got = ledger("Ivo Marr told the Gazette's morning podcast that the mill would close.");
        assert_eq!(got[0].3, "the mill would close", "{got:?}");
    }

    #[test]
    fn an_age_for_a_speaker_points_back_to_the_person_just_named() {
        let got = ledger(
            "Rosa Tamm chaired the inquiry. The 64-year-old said its report would be published in June.",
        );
        assert_eq!(got[0].0, "Rosa Tamm", "{got:?}");
    }

    #[test]
    fn urging_someone_to_act_is_a_request_not_a_statement() {
        assert!(
            ledger("The coastguard urged walkers to stay away from the cliffs.").is_empty(),
            "request read as speech"
        );
    }

    #[test]
    fn an_organisation_of_a_nationality_and_a_title_with_its_see() {
        let got = ledger("The Federation of Irish Growers said frost had ruined the crop.");
        assert_eq!(got[0].0, "The Federation of Irish Growers", "{got:?}");
        // still a person with a role: an institution, then a title, then the name
        let got = ledger("Bank of Iceland Governor Asta Sig said rates would hold.");
        assert_eq!(got[0].1, "Asta Sig, Bank of Iceland Governor", "{got:?}");
        let got =
            ledger("The Archbishop of Gdansk, Jan Nowicki, said the bells would ring at noon.");
        assert_eq!(got[0].0, "Jan Nowicki", "{got:?}");
    }

    #[test]
    fn a_given_name_with_a_nationality_ending_is_no_role() {
        // "Julian", "Dorian" end like "Italian", "Anneliese" like "Chinese"
        let got = ledger("Julian Voigtman said the plan was dead.");
        assert_eq!(got[0].1, "Julian Voigtman", "{got:?}");
        let got = ledger("Finance Minister Anneliese Voigtman said the plan was dead.");
        assert_eq!(got[0].1, "Anneliese Voigtman, Finance Minister", "{got:?}");
        let got = ledger("Italian Finance Minister Dorian Voigtman said the plan was dead.");
        assert_eq!(
            got[0].1, "Dorian Voigtman, Italian Finance Minister",
            "{got:?}"
        );
        // a nationality before a full name is still a role
        let got = ledger("Lebanese Kamal Haddad said the plan was dead.");
        assert_eq!(got[0].1, "Kamal Haddad, Lebanese", "{got:?}");
    }

    #[test]
    fn a_described_appositive_says_more_than_a_one_word_title() {
        let got = ledger(
            "Professor Lin Wei, a seismologist at the Cardiff Institute, said the quake was shallow.",
        );
        assert_eq!(
            got[0].1, "Lin Wei, a seismologist at the Cardiff Institute",
            "{got:?}"
        );
    }

    #[test]
    fn a_shortened_name_resolves_to_the_fuller_one_it_starts() {
        let got = ledger(
            "Harbour Tug Services said fees would rise. Later, Harbour Tug confirmed that two \
             boats would be sold.",
        );
        assert_eq!(got[1].0, "Harbour Tug Services", "{got:?}");
        // one word, when no surname and no other name starts so
        let got = ledger(
            "Tenants stopped paying their landlord, Tarrick Residential, on Monday.\n\n\
             Tarrick, which owns 9,000 homes, said the strike was unlawful.",
        );
        assert_eq!(got[0].0, "Tarrick Residential", "{got:?}");
        let got = ledger(
            "Tenants stopped paying Tarrick Residential and Tarrick Living on Monday.\n\n\
             Tarrick said the strike was unlawful.",
        );
        assert_eq!(got[0].0, "Tarrick", "{got:?}");
    }

    #[test]
    fn a_unit_speaks_and_a_person_of_a_unit_is_the_person() {
        let got = ledger("The army’s bomb disposal unit said the bomb had a damaged fuse.");
        assert_eq!(got[0].0, "The army’s bomb disposal unit", "{got:?}");
        let got = ledger(
            "Sergeant Dominik Farlowe of the county’s road policing unit said the bus was fast.",
        );
        assert_eq!(got[0].0, "Dominik Farlowe", "{got:?}");
    }

    #[test]
    fn a_shared_surname_is_the_one_named_last() {
        let got = ledger(
            "The missing are Jonas Sandvold, 24, and Mirela Toth, 31.\n\n\
             Erik Sandvold, whose son Jonas is among them, has waited since Sunday. \
             \"I have not slept,\" Sandvold said. \"Today is a good day.\"\n\n\
             In a note, the younger Sandvold said the group was cold.",
        );
        let who: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            who,
            ["Erik Sandvold", "Erik Sandvold", "Jonas Sandvold"],
            "{got:?}"
        );
        // one person written short ("Van Oordt") is no second one
        let got = ledger(
            "Liesbet van Oordt led the campaign.\n\nVan Oordt said she would take the summer to think.",
        );
        assert_eq!(got[0].0, "Liesbet van Oordt", "{got:?}");
    }

    #[test]
    fn a_member_of_a_group_speaks_for_no_one_but_themself() {
        let got = ledger(
            "The Orrisdale Caving Club said all three were experienced.\n\n\
             A member of the caving club, who asked not to be named, said the rain came early.",
        );
        assert_eq!(got[1].0, "A member of the caving club", "{got:?}");
    }

    #[test]
    fn the_ministry_is_the_ministry_not_its_spokeswoman() {
        let got = ledger(
            "Estvia will allow a cull, the agriculture ministry said on Wednesday.\n\n\
             A ministry spokeswoman said the minister had weighed the evidence.\n\n\
             Hunters will need a permit, the ministry said.",
        );
        assert_eq!(got[2].0, "the agriculture ministry", "{got:?}");
        // a described operator is the one its clause names
        let got = ledger(
            "Brisland Post will stop Saturday deliveries, the state-owned postal operator said.",
        );
        assert_eq!(got[0].0, "Brisland Post", "{got:?}");
    }

    #[test]
    fn an_escaped_plural_possessive_stays_in_the_name() {
        // scraped text writes "Farmers\’" for "Farmers’"
        let got = ledger("The Varnsdal Sheep Farmers\\’ Association said the cull was too late.");
        assert_eq!(
            got[0].1, "The Varnsdal Sheep Farmers’ Association",
            "{got:?}"
        );
    }

    #[test]
    fn a_group_in_a_place_is_the_group_not_the_place() {
        for (text, who) in [
            (
                "Other mountain guides in Rennfjell said they had turned clients away.",
                "Other mountain guides in Rennfjell",
            ),
            (
                "Shopkeepers in Rennfjell said trade had halved.",
                "Shopkeepers in Rennfjell",
            ),
            (
                "Residents in the Vale said the water was brown.",
                "Residents in the Vale",
            ),
            (
                "The ministry in Oslo said it was ready.",
                "The ministry in Oslo",
            ),
        ] {
            let got = ledger(text);
            assert_eq!(got[0].1, who, "{got:?}");
        }
    }

    #[test]
    fn a_tag_between_commas_mid_sentence() {
        // It interrupts one clause: the claim is the whole sentence.
        let got = ledger("The new bridge, the council said, would open in May.");
        let want = "The new bridge, the council said, would open in May";
        assert_eq!(
            (got[0].0.as_str(), got[0].3.as_str()),
            ("the council", want),
            "{got:?}"
        );
        assert_eq!(got.len(), 1, "{got:?}");
        // A full clause before it, then "and" or "but": the clause before.
        for text in [
            "Fares rose by 4% in March, the operator said, and more rises are due.",
            "Fares rose by 4% in March, the operator said, but wages have not kept up.",
        ] {
            let got = ledger(text);
            assert_eq!(got.len(), 1, "{got:?}");
            assert_eq!(got[0].3, "Fares rose by 4% in March", "{text}");
        }
        // An adverbial before it is no subject: what follows is the claim.
        let got = ledger("In 2024, the operator said, fares rose by 4%.");
        assert_eq!(got[0].3, "fares rose by 4%", "{got:?}");
        // The speaker after the cue.
        let got = ledger("The ruling, said Judge Mara Holt, was final.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(
            (got[0].0.as_str(), got[0].3.as_str()),
            ("Mara Holt", "The ruling, said Judge Mara Holt, was final"),
            "{got:?}"
        );
    }

    #[test]
    fn an_age_beside_a_name_marks_a_person_and_is_no_part_of_the_name() {
        let got = ledger("Brenner, 54, said the plan would fail.");
        assert_eq!(
            (got[0].0.as_str(), got[0].2.as_str()),
            ("Brenner", "the plan would fail")
        );
        let rows = typed("Brenner, 54, said the plan would fail.");
        assert_eq!(rows[0].1, "person", "{rows:?}");
        let got = ledger("Orla Finn, 61, a former negotiator, told senators that she would act.");
        assert_eq!(got[0].0, "Orla Finn", "{got:?}");
        assert_eq!(got[0].1, "Orla Finn, a former negotiator", "{got:?}");
    }

    #[test]
    fn a_surname_shown_to_be_a_person_is_one_in_every_mention() {
        let rows = typed(
            "In an interview, Lopez predicted rates would fall.\n\n\"It is over,\" Lopez, 48, told supporters.",
        );
        let types: Vec<&str> = rows.iter().map(|r| r.1.as_str()).collect();
        assert_eq!(types, ["person", "person"], "{rows:?}");
    }

    #[test]
    fn a_verb_of_naming_before_a_quote_gives_its_speaker() {
        let first = |text: &str| {
            let got = ledger(text);
            assert!(!got.is_empty(), "{text}");
            pair(&got[0].0, &got[0].3)
        };
        for (text, speaker, said) in [
            (
                "In a statement, the union called the deal “a win for working people”.",
                "the union",
                "a win for working people",
            ),
            (
                "Critics have dubbed the levy “a tax on the poor”.",
                "Critics",
                "a tax on the poor",
            ),
            // a short quote a naming verb frames is kept
            (
                "The embassy called the accusations “absurd” and left.",
                "The embassy",
                "absurd",
            ),
            // the object before the subject: a relative, a free relative,
            // or none ("a change the minister called")
            (
                "Tom Reed, the mayor, spoke first. Mayor Ana Holt condemned what she called “a \
                 reckless plan”.",
                "Ana Holt",
                "a reckless plan",
            ),
            (
                "Phones were banned, a change the education minister called “the biggest shift \
                 in a generation”.",
                "the education minister",
                "the biggest shift in a generation",
            ),
            // a participle of naming: the sentence's subject named it
            (
                "The Courant’s theatre critic, Maud Fenwick, gave the play four stars, calling it \
                 “angry and far too long”.",
                "Maud Fenwick",
                "angry and far too long",
            ),
            (
                "About 150 residents gathered on the court steps on Monday, chanting “Clean it \
                 up, pay it back”.",
                "About 150 residents",
                "Clean it up, pay it back",
            ),
        ] {
            assert_eq!(first(text), pair(speaker, said), "{text}");
        }
        // a name in quotes after "called" is no quote of anyone
        assert!(ledger("A group called “Friends of the Park” met on Monday.").is_empty());
        assert!(ledger("He joined the band called “Blue Owls” in 2001.").is_empty());
    }

    #[test]
    fn a_written_thing_that_reads_is_the_source_of_its_words() {
        assert_eq!(
            sole(
                "A notice posted at the gate reads: “The Big Cat House is closed until further notice.”"
            ),
            pair(
                "A notice posted at the gate",
                "The Big Cat House is closed until further notice."
            )
        );
        let got = typed("A banner hung from the upper windows read “Pensions are deferred pay”.");
        assert_eq!(got[0].1, "anonymous", "{got:?}");
        assert_eq!(got[0].0, "A banner hung from the upper windows", "{got:?}");
        // a letter's words are its writers'; an aside is no part of the source
        let letter = "A letter from the chairs of governors, seen by Wire, reads: “We accept that \
                      numbers have fallen.”";
        assert_eq!(sole(letter).0, "the chairs of governors");
        // a reader is no written thing; a title read is no quote; nor is a
        // sentence that does not open on the written thing
        for text in [
            "She said the sign read “Closed until further notice today”.",
            "The actor read “The Waste Land” to the audience.",
            "A man in the crowd read “The Waste Land” aloud.",
        ] {
            assert!(ledger(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_wire_ledes_unnamed_court_is_the_court_named_later() {
        let text = "---\ndate: 2026-05-14\n---\nTOLLBRIDGE, May 14 (Wire) - A court on Thursday \
                    quashed planning permission for 1,200 homes, ruling that the council had \
                    ignored its own experts.\n\nIn a 46-page ruling, Judge Agnes Whitlow of the \
                    Tollbridge Administrative Court wrote that the council had erred.\n";
        let lede = |text: &str| ledger(text).swap_remove(0);
        let got = lede(text);
        assert_eq!(
            (got.0.as_str(), got.3.as_str()),
            (
                "the Tollbridge Administrative Court",
                "the council had ignored its own experts"
            )
        );
        // not without a dateline, nor with two courts to choose from
        assert_eq!(
            lede(&text.replace("TOLLBRIDGE, May 14 (Wire) - ", "")).0,
            "A court"
        );
        let two = text.replace(" wrote", ", overruling the Brenna High Court, wrote");
        assert_eq!(lede(&two).0, "A court");
    }

    #[test]
    fn a_group_on_a_body_speaks_as_that_group() {
        let group = "The Liberal group on the council called the plans “a false economy”.";
        assert_eq!(sole(group).0, "The Liberal group on the council");
        // (not a person on it)
        let person = "Ada Lund, who sits on the council, said the plans were wrong.";
        assert_eq!(sole(person).0, "Ada Lund");
    }

    #[test]
    fn a_title_of_two_nouns_joined_by_and_is_one_title() {
        let one = "Police and Crime Commissioner Lorna Pettigrew said she had acted.";
        assert_eq!(sole(one).0, "Lorna Pettigrew");
        // two speakers: a name, then a titled name
        let two = ledger("Kerry and Health Minister Ann Lee said talks would resume.");
        assert_eq!(two.len(), 2, "{two:?}");
    }

    #[test]
    fn a_clause_after_the_cue_holds_no_speaker() {
        let trust = "The River Trust, a conservation charity, said Northcrest had paid its \
                     shareholders £95 million.";
        assert_eq!(
            sole(trust),
            pair(
                "The River Trust",
                "Northcrest had paid its shareholders £95 million"
            )
        );
        // an auxiliary after an appositive relative clause
        let aux =
            "Ingrid Marchmont, who was paid a lot last year, has said she will give up her bonus.";
        assert_eq!(
            sole(aux),
            pair("Ingrid Marchmont", "she will give up her bonus")
        );
    }

    #[test]
    fn an_interview_in_questions_and_answers_is_quoted_line_by_line() {
        let text = "Prices fell.\n\nFCB chair Helga Omondi spoke to Wire on Thursday. \
                    Excerpts, edited for length:\n\nQ: When did the board first hear of it?\n\
                    A: We opened a review in February. She said it was late.\n\
                    Q: Did the board move too slowly?\nA: We moved as fast as the law allows.\n\n\
                    The minister said it was fine.\n";
        let want = [
            pair("Wire", "When did the board first hear of it?"),
            pair(
                "Helga Omondi",
                "We opened a review in February. She said it was late.",
            ),
            pair("Wire", "Did the board move too slowly?"),
            pair("Helga Omondi", "We moved as fast as the law allows."),
            pair("The minister", "it was fine"),
        ];
        assert_eq!(attributions(text), want);
        // no introduction that says who spoke to whom: left alone
        let bare = "Prices fell.\n\nQ: When did you know?\nA: In February.\n";
        assert!(attributions(bare).is_empty());
    }

    #[test]
    fn a_second_verb_after_but_shares_a_plural_subject_in_the_present() {
        assert_eq!(
            sole("Dunholm have 14 days to appeal but said they would not do so."),
            pair("Dunholm", "they would not do so")
        );
    }

    #[test]
    fn recommended_that_is_advice_reported() {
        let report = "A 2023 report by the Water Standards Office recommended that the roof be \
                      replaced by 2025.";
        assert_eq!(sole(report).1, "the roof be replaced by 2025");
        assert!(ledger("The panel recommended a rise of two points.").is_empty());
        assert!(ledger("Doctors recommended him for the post last year.").is_empty());
    }

    #[test]
    fn the_object_of_told_after_the_content_is_no_content() {
        for text in [
            "Fares rose sharply, Vera Holm told RPP radio.",
            "Fares rose sharply, Vera Holm told the BBC on Sunday.",
            "Fares rose sharply, Vera Holm told reporters.",
        ] {
            let got = ledger(text);
            assert_eq!(got.len(), 1, "{got:?}");
            assert_eq!(
                (got[0].0.as_str(), got[0].3.as_str()),
                ("Vera Holm", "Fares rose sharply"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_connective_opening_the_sentence_is_not_what_was_said() {
        let got = ledger("Separately, the port handled 2,000 ships, the authority said.");
        assert_eq!(got[0].3, "the port handled 2,000 ships", "{got:?}");
        let got = ledger("However, sales rose in May, the firm said.");
        assert_eq!(got[0].3, "sales rose in May", "{got:?}");
        // a word that only looks like one keeps its place
        let got = ledger("Stillwater, the town, flooded, the mayor said.");
        assert!(got[0].3.starts_with("Stillwater"), "{got:?}");
    }

    #[test]
    fn a_second_thing_said_after_adding_or_saying_is_a_claim_of_its_own() {
        let got = ledger(
            "Sanna Berg said demand had fallen, adding that the group would offer transfers.",
        );
        let contents: Vec<&str> = got.iter().map(|g| g.3.as_str()).collect();
        assert_eq!(
            contents,
            ["demand had fallen", "the group would offer transfers"],
            "{got:?}"
        );
        let got = ledger(
            "Analysts at Sorrel Bank predicted that cuts would follow, saying costs were too high.",
        );
        let contents: Vec<(&str, &str)> =
            got.iter().map(|g| (g.0.as_str(), g.3.as_str())).collect();
        assert_eq!(
            contents,
            [
                ("Analysts at Sorrel Bank", "cuts would follow"),
                ("Analysts at Sorrel Bank", "costs were too high")
            ],
            "{got:?}"
        );
        // "insisting", with or without "that".
        for text in [
            "“He stays,” the club said in a statement, insisting the player was not for sale.",
            "The club said it would not sell, insisting that the player was not for sale.",
        ] {
            let got = ledger(text);
            assert!(
                got.iter().any(|g| g.0.eq_ignore_ascii_case("the club")
                    && g.3 == "the player was not for sale"),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn posted_on_social_media_that_is_speech_but_posting_a_profit_is_not() {
        let got = ledger(
            "Interior Minister Katrin Vell posted on social media that attacks on police were a crime.",
        );
        assert!(
            got.iter()
                .any(|g| g.0 == "Katrin Vell" && g.3 == "attacks on police were a crime"),
            "{got:?}"
        );
        assert!(ledger("The company posted a profit of $5 million in the quarter.").is_empty());
    }

    #[test]
    fn a_quote_resumes_after_a_tag_with_a_long_appositive() {
        let got = ledger(
            "“We waited two years,” said Tor Hasle, a deck officer who has worked on the route for 20 years, “and we were ignored.”",
        );
        let quotes: Vec<(&str, &str)> = got.iter().map(|g| (g.0.as_str(), g.3.as_str())).collect();
        assert_eq!(
            quotes,
            [
                ("Tor Hasle", "We waited two years,"),
                ("Tor Hasle", "and we were ignored.")
            ],
            "{got:?}"
        );
    }

    #[test]
    fn the_company_is_the_organisation_that_opens_what_it_said() {
        let got =
            ledger("Lundqvist Foods will close its plant in Arnby, the company said on Monday.");
        assert_eq!(got[0].0, "Lundqvist Foods", "{got:?}");
        // not a place, nor any capitalized opening
        let got = ledger("New York prices fell sharply, the bureau said.");
        assert_eq!(got[0].0, "the bureau", "{got:?}");
    }

    #[test]
    fn a_clause_ending_in_a_quoted_phrase_before_the_tag_is_reported_too() {
        let got = ledger("The decision was “a betrayal of the town”, mayor Jens Holm said.");
        let kinds: Vec<(&str, &str)> = got.iter().map(|g| (g.0.as_str(), g.3.as_str())).collect();
        assert_eq!(
            kinds,
            [
                ("Jens Holm", "The decision was “a betrayal of the town”"),
                ("Jens Holm", "a betrayal of the town")
            ],
            "{got:?}"
        );
        // a whole quote before the tag is the quote's claim alone
        let got = ledger("“The town was betrayed”, mayor Jens Holm said.");
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn saying_after_the_main_clause_reports_what_its_subject_said() {
        let got = ledger("The guild rejected the bid on Monday, saying it was far too low.");
        assert_eq!(got[0].0, "The guild", "{got:?}");
        assert_eq!(got[0].3, "it was far too low", "{got:?}");
        // no clause, no claim
        assert!(ledger("Police closed the road, saying nothing about the cause.").is_empty());
        // a court's finding, with "that"
        assert_eq!(
            sole(
                "The High Court struck down the ban, ruling that the council had no power to impose it.",
            ),
            pair("The High Court", "the council had no power to impose it")
        );
        assert!(ledger("She spent years ruling the province, warning of war.").is_empty());
    }

    #[test]
    fn one_of_a_group_and_a_described_speaker_after_the_cue() {
        let got = typed(
            "“We could hear them,” said one of the divers. One of the divers said the \
             water was cold. “It was dark,” said a rescuer. “They sang,” said one of \
             the divers, Hanna Boyce.",
        );
        let want = [
            ("one of the divers", "anonymous", "We could hear them,"),
            ("One of the divers", "anonymous", "the water was cold"),
            ("a rescuer", "anonymous", "It was dark,"),
            ("Hanna Boyce", "person", "They sang,"),
        ];
        let got3: Vec<(&str, &str, &str)> = got
            .iter()
            .map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str()))
            .collect();
        assert_eq!(got3, want);
        // (a time after the cue is no speaker)
        let got = attributions("Nobody spoke. “We will go home now,” said the next day.");
        assert!(got.iter().all(|(v, _)| v != "the next day"), "{got:?}");
        // (inside a longer phrase "one of" opens no speaker of its own)
        let got = attributions("A neighbour of one of the suspects said the arrests were a shock.");
        assert_eq!(got[0].0, "A neighbour of one of the suspects", "{got:?}");
        // (a phrase that runs into the quote it introduces is no speaker)
        let got = attributions("Fans said the club had “given up on competing”.");
        assert!(got.iter().all(|(v, _)| v == "Fans"), "{got:?}");
    }

    #[test]
    fn a_bracketed_aside_is_not_the_tags_content_but_may_report_its_own() {
        let got = attributions(
            "About 2,800 jobs will go, the company said (the union says 4,000). Sales \
             fell in May. (The union said sales had risen sharply in the spring.)",
        );
        assert_eq!(
            got,
            [
                ("the company".into(), "About 2,800 jobs will go".into()),
                ("the union".into(), "4,000".into()),
                (
                    "The union".into(),
                    "sales had risen sharply in the spring".into()
                ),
            ]
        );
        // (a bracket inside the content stays: only the one it sits in goes)
        let got = attributions("The union said prices had risen sharply (in euros).");
        assert_eq!(got[0].1, "prices had risen sharply (in euros)", "{got:?}");
        // (a word alone in an aside is no claim; a figure is)
        let got = attributions("Sales fell, the company said (the union says otherwise).");
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn it_after_a_name_with_no_title_is_that_names_organisation() {
        let got = typed(
            "Tarrick Residential said the rise was needed. It said it had spent \
             3.2 million crowns on repairs.",
        );
        assert_eq!(got[1].0, "Tarrick Residential", "{got:?}");
        assert_eq!(got[1].1, "organisation", "{got:?}");
        // (a titled person is no "It")
        let got = attributions(
            "Chief executive Lena Holm said the rise was needed. It said it had spent \
             3.2 million crowns on repairs.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn words_framed_as_someones_are_their_quote() {
        let got = attributions(
            "For many the strike is, as one tenant put it, “the only language they \
             understand”. The cull — “a licence to kill for the convenience of a few \
             farmers”, in the words of the conservation charity Wild Estvia — starts soon. \
             In the words of Anna Berg, “we are done here.”",
        );
        assert_eq!(
            got,
            [
                (
                    "one tenant".into(),
                    "the only language they understand".into()
                ),
                (
                    "Wild Estvia".into(),
                    "a licence to kill for the convenience of a few farmers".into()
                ),
                ("Anna Berg".into(), "we are done here.".into()),
            ]
        );
        // (the name after an organisation noun is the organisation's)
        let got = typed("The conservation charity Wild Estvia said the cull was wrong.");
        assert_eq!(got[0].1, "organisation", "{got:?}");
    }

    #[test]
    fn a_subject_no_word_list_knows_and_a_short_form_of_a_name() {
        let got = typed(
            "A former line cook at the restaurant, who asked not to be named, told Wire that \
             staff had raised concerns.",
        );
        assert_eq!(got[0].0, "A former line cook at the restaurant", "{got:?}");
        assert_eq!(got[0].1, "anonymous", "{got:?}");
        // (a noun for a thing speaks only as the short form of a name)
        let got = attributions(
            "The Vesterholm Marine Park opened in 1990. The park said the calf was healthy. \
             The Stenmouth and Lowvale Health Trust was hit. The trust said it was aware of \
             the claim.",
        );
        assert_eq!(
            got,
            [
                (
                    "the Vesterholm Marine Park".into(),
                    "the calf was healthy".into()
                ),
                (
                    "the Stenmouth and Lowvale Health Trust".into(),
                    "it was aware of the claim".into()
                ),
            ]
        );
        assert!(attributions("The recount said turnout was higher than first thought.").is_empty());
        // (nor a title: "the finance minister" is a person)
        let got = attributions(
            "Finance Minister Rutger Haalstad spoke. The finance minister said the budget \
             was tight.",
        );
        assert_ne!(got[0].0, "Finance Minister", "{got:?}");
    }

    #[test]
    fn a_restrictive_modifier_after_the_speakers_noun() {
        let got = attributions(
            "More than 400 households stopped paying rent, the tenants’ union organising the \
             action said on Tuesday.",
        );
        assert_eq!(got[0].0, "the tenants’ union", "{got:?}");
        // (a clause a noun states is no relative clause: "a statement that
        // the claim was")
        let got = attributions(
            "Her lawyer, Dana Whitcombe, said in a statement that the claim was \"baseless\".",
        );
        assert!(got.iter().all(|(v, _)| v == "Dana Whitcombe"), "{got:?}");
        // (another subject in the relative clause is the speaker)
        let got = attributions(
            "Its author was Henrik Vaal, a restorer who died in 1991 and whom Lyle described \
             as “the most gifted criminal in our art history”.",
        );
        assert!(got.iter().all(|(v, _)| !v.contains("restorer")), "{got:?}");
    }

    #[test]
    fn a_channel_after_the_tag_is_no_content() {
        let got = attributions(
            "About 40 patients were taken to other hospitals, the union said in an update \
             posted on its website at 6 p.m. on Tuesday.",
        );
        assert_eq!(
            got,
            [(
                "the union".into(),
                "About 40 patients were taken to other hospitals".into()
            )]
        );
    }

    #[test]
    fn someone_a_wire_lede_describes_is_who_the_next_paragraph_names() {
        let got = attributions(
            "WETHERMERE, April 29 (Wire) - The driver had been on duty for 14 hours, a police \
             investigator told an inquest on Wednesday.\n\nSergeant Dominik Farlowe of the \
             county’s road policing unit said the bus was checked.",
        );
        assert_eq!(
            got[0],
            (
                "Dominik Farlowe".into(),
                "The driver had been on duty for 14 hours".into()
            )
        );
        // (not without a dateline)
        let got = attributions(
            "The driver had been on duty for 14 hours, a police investigator told an inquest \
             on Wednesday.\n\nSergeant Dominik Farlowe of the county’s road policing unit said \
             the bus was checked.",
        );
        assert_eq!(got[0].0, "a police investigator", "{got:?}");
    }

    #[test]
    fn a_cue_inside_what_was_reported_lends_no_subject_and_adding_a_quote() {
        let got = attributions(
            "The wildlife charity Seaward Trust said its volunteers had found two oiled grey \
             seals on the beach and warned that the pupping season left the colony vulnerable.",
        );
        assert_has(
            &got,
            "Seaward Trust",
            "the pupping season left the colony vulnerable",
        );
        let got = attributions(
            "Torquil Amberley said most members were pensioners, adding: “These are not hedge \
             funds. These are people with one flat.”",
        );
        assert_eq!(
            got,
            [
                (
                    "Torquil Amberley".into(),
                    "most members were pensioners".into()
                ),
                (
                    "Torquil Amberley".into(),
                    "These are not hedge funds. These are people with one flat.".into()
                ),
            ]
        );
    }

    #[test]
    fn a_quote_in_its_own_paragraph_after_a_cue_and_a_colon() {
        let got = attributions(
            "The Gable Street Theatre cancelled the play. In a second statement, the theatre \
             said:\n\n“We have not cancelled this play because of what it says. We hope to \
             bring it back.”",
        );
        assert_eq!(
            got.last(),
            Some(&(
                "the Gable Street Theatre".into(),
                "We have not cancelled this play because of what it says. We hope to bring it \
                 back."
                    .into()
            )),
            "{got:?}"
        );
        // (no colon, no cue: a paragraph of its own with no one to say it)
        let got = attributions(
            "The theatre cancelled the play.\n\n“We have not cancelled this play because of \
             what it says.”",
        );
        assert!(
            got.iter().all(|(_, t)| !t.starts_with("We have")),
            "{got:?}"
        );
    }

    #[test]
    fn trusts_societies_and_leagues_are_organisations() {
        for (text, who) in [
            (
                "The Ambersett Valley Health Trust said the unit would close.",
                "The Ambersett Valley Health Trust",
            ),
            (
                "The Royal Society said the unit would close.",
                "The Royal Society",
            ),
            (
                "The Rhenmark Football League said the unit would close.",
                "The Rhenmark Football League",
            ),
            // one name with "and" inside, after "the"
            (
                "The Stenmouth and Lowvale Health Trust said the unit would close.",
                "The Stenmouth and Lowvale Health Trust",
            ),
        ] {
            assert_eq!(speaker_types(text), [pair(who, "organisation")], "{text}");
        }
        // no one name when the word before "and" is an organisation of its own
        let got = attributions("The Treasury and Lloyds Bank said the unit would close.");
        assert!(got.iter().all(|(w, _)| !w.contains(" and ")), "{got:?}");
        let got = attributions("Mary Jones and Ann Lee said the unit would close.");
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn the_two_companies_are_the_two_names_that_open_the_clause() {
        let got = attributions(
            "Velmark Dairy and Northfold Milk, the country’s two largest dairy cooperatives, \
             have agreed to merge, the two cooperatives said on Monday.",
        );
        let said = "Velmark Dairy and Northfold Milk, the country’s two largest dairy \
                    cooperatives, have agreed to merge";
        assert_eq!(got.len(), 2, "{got:?}");
        assert_has(&got, "Velmark Dairy", said);
        assert_has(&got, "Northfold Milk", said);
        let got = attributions("Orrin Foods and Varga Mills will merge, the companies said.");
        assert_has(
            &got,
            "Orrin Foods",
            "Orrin Foods and Varga Mills will merge",
        );
        assert_has(
            &got,
            "Varga Mills",
            "Orrin Foods and Varga Mills will merge",
        );
        // (a clause that opens on no pair of names keeps the phrase)
        assert_eq!(
            sole("Prices will rise for everyone, the firms said."),
            pair("the firms", "Prices will rise for everyone")
        );
    }

    #[test]
    fn an_infinitive_after_the_cue_is_no_listener_before_that() {
        // "agreed to merge in a deal that would ...": "that" opens a
        // relative clause of "deal", not what was agreed
        let got = attributions(
            "Orrin Foods and Varga Mills have agreed to merge in a deal that would create a \
             giant, the two companies said.",
        );
        assert!(got.iter().all(|(_, t)| !t.starts_with("would")), "{got:?}");
        assert_eq!(
            sole("Mary Jones said to reporters that the plan was dead."),
            pair("Mary Jones", "the plan was dead")
        );
        assert_eq!(
            sole("Mary Jones wrote to the minister that the plan was dead."),
            pair("Mary Jones", "the plan was dead")
        );
    }

    #[test]
    fn it_after_a_sentence_that_opens_on_a_document_is_that_document() {
        let got = attributions(
            "The trust said on Friday that the unit would close after an independent review \
             found failings. The review, which the trust paid for, was carried out by the \
             Care Board (CB). It found that the unit had been short of staff.\n\nThe review \
             recommended that the unit stay shut.",
        );
        assert_has(
            &got,
            "an independent review",
            "the unit had been short of staff",
        );
        assert_has(&got, "an independent review", "the unit stay shut");
        // (a study introduced with more words has its fullest form from
        // the speakers named so far, not the bare "a study")
        let got = attributions(
            "Sleep loss dents memory, according to a study published on Wednesday in the \
             journal Sleep. The study, published in Sleep, showed that faces were harder to \
             recall.",
        );
        assert_has(
            &got,
            "a study published on Wednesday in the journal Sleep",
            "faces were harder to recall",
        );
        // ("It" after a sentence about something else: the organisation
        // that spoke last)
        let got = attributions(
            "The Carn Water Company said bills would rise. The rain stopped. It said that \
             the reservoirs were full.",
        );
        assert_has(&got, "The Carn Water Company", "the reservoirs were full");
    }

    #[test]
    fn a_name_of_several_words_after_the_is_an_organisation() {
        assert_eq!(
            speaker_types(
                "The Upland Councils Pension Pool, which manages money for 11 funds, said it \
                 would hold a ballot."
            ),
            [pair("the Upland Councils Pension Pool", "organisation")]
        );
        // a transport or water company's name
        assert_eq!(
            speaker_types("Pellmore Buses said talks had broken down."),
            [pair("Pellmore Buses", "organisation")]
        );
        // (a person's name takes no "the")
        assert_eq!(
            speaker_types("Upland Pool said it would hold a ballot."),
            [pair("Upland Pool", "person")]
        );
        // "according to" a phrase that ends "by" a name: the whole phrase
        let got = attributions(
            "Polls put the parties level, according to an average compiled by the Korvin Times.",
        );
        assert_eq!(
            got,
            [pair(
                "an average compiled by the Korvin Times",
                "Polls put the parties level"
            )]
        );
    }

    #[test]
    fn a_document_that_opens_the_sentence_is_the_whole_phrase() {
        for (text, who) in [
            (
                "A survey of 3,100 members carried out by the union in March found that 71% \
                 would leave.",
                "A survey of 3,100 members carried out by the union in March",
            ),
            (
                "A review of that stoppage by the Cable Transport Inspectorate found that the \
                 motor was old.",
                "A review of that stoppage by the Cable Transport Inspectorate",
            ),
        ] {
            assert_eq!(sole(text).0, who, "{text}");
        }
        // (a person or an organisation as the subject stays itself)
        assert_eq!(
            sole("The Cable Transport Inspectorate found that the motor was old.").0,
            "The Cable Transport Inspectorate"
        );
        // a month after a preposition is a time, never a speaker
        let got = attributions(
            "The National Herbarium said in a statement that tests carried out in October \
             had confirmed the plants were rare.",
        );
        assert!(got.iter().all(|(w, _)| w != "October"), "{got:?}");
    }

    #[test]
    fn as_x_pointed_out_and_per_figures_from() {
        let got = attributions(
            "Callum Strathcarrow led the rescue. As Strathcarrow pointed out, a rope rescue \
             in the dark is dangerous.",
        );
        assert_eq!(
            got,
            [pair(
                "Callum Strathcarrow",
                "a rope rescue in the dark is dangerous"
            )]
        );
        // (an "as" clause of time or reason reports nothing)
        assert!(attributions("As prices rose, shoppers stayed at home.").is_empty());
        assert_eq!(
            sole(
                "About 900 buses run a day, per figures from the council\u{2019}s transport office."
            ),
            pair(
                "figures from the council\u{2019}s transport office",
                "About 900 buses run a day"
            )
        );
        // ("per" before a unit is no source)
        assert!(attributions("Fares rose 3 per cent, per person, in May.").is_empty());
    }

    #[test]
    fn a_request_with_a_long_object_and_telling_no_one_report_nothing() {
        let got = attributions(
            "Rowena Skoglund said thefts rose. Skoglund urged anyone offered cheap lamb \
             without paperwork to call the police.",
        );
        assert_eq!(got, [pair("Rowena Skoglund", "thefts rose")]);
        // "told nobody": no one is told anything the story reports, and the
        // "he" after it is still the teller
        let got = attributions(
            "The plants were found by a postman, Eamon Drumgoole. Drumgoole said he had told \
             nobody but his wife. \u{201c}She thought I was making it up,\u{201d} he said.",
        );
        assert_eq!(got.len(), 2, "{got:?}");
        assert_has(&got, "Eamon Drumgoole", "She thought I was making it up,");
    }
}
