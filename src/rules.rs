//! User rule packs: rules as data, tested like code (`--rules FILE`).
//!
//! A desk extends the extractor for its beat with a TOML file:
//!
//! ```toml
//! [[rule]]
//! id = "figure.cpih"                  # kind.name, unique
//! description = "the CPIH rate: \"CPIH rose to 3.8%\""
//! kind = "figure"                     # figure | date | attribution
//! type = "percent"                    # a type of that kind
//! pattern = '\bCPIH\b[^.%]{0,40}?\b(?P<value>{number})%'
//! value = "$value"                    # "$value", "${name}" or a literal
//! unit = "percent"                    # optional, a literal or "$unit"
//! subject = "CPIH"                    # optional
//! qualifier = "exact"                 # optional; else the hedge before it ("nearly")
//! examples = [{ text = "CPIH rose to 3.8% in May.", value = "3.8" }]
//! counter_examples = ["CPIH is published monthly."]
//!
//! [[exclude]]
//! id = "exclude.charity_number"
//! pattern = 'Registered charity (?:no\.|number) \d+'
//!
//! [currencies]                        # extra currency words -> ISO 4217
//! kwacha = "ZMW"
//!
//! [units]                             # extra unit words -> ledger symbol
//! "tonnes of oil equivalent" = "toe"
//! ```
//!
//! A pattern is a [`regex`]; `{number}` in it stands for a number written
//! in digits, with an optional scale word ("1.2 million", "3bn"). The
//! claim's span is the named group `span` when there is one (to leave
//! context words out of the span), else the whole match. For a
//! figure, `$value` is that number normalized (`1200000`) and the precision
//! is the one the wording implies; any other `$name` is the named group as
//! written. Each phrase-table entry becomes a rule of its own
//! (`figure.money_kwacha`) with a generated example and counter-example.
//!
//! User rules run after the built-in extractors; a user claim replaces the
//! built-in claims of its kind (figures and dates count as one here: they
//! share numbers) that overlap it, so a desk can correct a reading. An
//! exclusion drops every claim whose span lies inside a match of its
//! pattern, built-in or user.
//!
//! An `[attribution]` table adds words to the attribution extractor's
//! tables (`rules/builtin/attribution.toml`, embedded): `cue_verbs`
//! ("quipped"), `titles` or `roles` ("ombudsman"), `organisations`
//! ("regulator"), `anonymous` ("insiders"), `name_particles`, `not_names`,
//! `nationalities`, `documents` ("dossier": "according to a dossier
//! compiled by ...") and `inscriptions` ("placard": "A placard read “…”").
//!
//! [`test_rules`] runs the examples and counter-examples of every rule,
//! built-in and user, the way `claimcheck rules test` does.

use crate::claim::{Claim, Kind, Qualifier};
use crate::document::Document;
use crate::error::{Error, ErrorKind, Result};
use crate::extract::lexicon::{Lexicon, Tables};
use crate::extract::{Ctx, Options, extract_with, rules as builtin_rules};
use crate::normalize::number::{fmt_num, parse_digits, parse_words, scale_word};
use regex::Regex;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What `{number}` in a pattern stands for: digits with optional grouping
/// and decimals, then an optional scale word.
pub const NUMBER: &str = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?(?:\s?(?:million|billion|trillion|thousand|mn|bn|tn|m|k)\b)?";

/// The types each kind allows.
fn types_of(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Figure => &[
            "count", "percent", "money", "quantity", "ratio", "ordinal", "range",
        ],
        Kind::Date => &["date", "time", "duration", "set"],
        Kind::Attribution => &["quote", "reported", "according_to"],
    }
}

/// One user pattern rule, compiled.
#[derive(Debug, Clone)]
pub struct UserRule {
    /// Stable id, `kind.name`.
    pub id: String,
    /// One line for `rules list`.
    pub description: String,
    /// Kind of claim it produces.
    pub kind: Kind,
    /// Finer type.
    pub ctype: String,
    /// The compiled pattern.
    pub regex: Regex,
    /// Value template.
    pub value: String,
    /// Unit template.
    pub unit: String,
    /// Subject template.
    pub subject: String,
    /// Qualifier of every claim; `None`: a figure takes the hedge written
    /// before it ("nearly", "more than"), as built-in figures do.
    pub qualifier: Option<Qualifier>,
    /// Example sentences and the value the rule must give.
    pub examples: Vec<(String, String)>,
    /// Sentences where the rule must not fire.
    pub counter_examples: Vec<String>,
    /// The pack file it comes from.
    pub origin: PathBuf,
}

/// One exclusion: claims inside a match of `regex` are dropped.
#[derive(Debug, Clone)]
pub struct Exclusion {
    /// Stable id.
    pub id: String,
    /// One line for `rules list`.
    pub description: String,
    /// The compiled pattern.
    pub regex: Regex,
    /// Only claims of this kind (all when `None`).
    pub kind: Option<Kind>,
    /// The pack file it comes from.
    pub origin: PathBuf,
}

/// Rules and exclusions of one or more pack files.
#[derive(Debug, Clone, Default)]
pub struct RulePack {
    /// Pattern rules, in file order.
    pub rules: Vec<UserRule>,
    /// Exclusions, in file order.
    pub exclusions: Vec<Exclusion>,
    /// Extra unit words (lower case) -> ledger symbol, for `$unit`.
    pub units: HashMap<String, String>,
    /// Words the pack adds to the attribution tables (cue verbs, titles
    /// and roles, organisation and anonymous-source nouns...).
    pub attribution: Tables,
    /// The built-in attribution tables with those words, when there are any.
    lexicon: Option<Arc<Lexicon>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPack {
    #[serde(default)]
    rule: Vec<RawRule>,
    #[serde(default)]
    exclude: Vec<RawExclude>,
    #[serde(default)]
    currencies: BTreeMap<String, toml::Spanned<String>>,
    #[serde(default)]
    units: BTreeMap<String, toml::Spanned<String>>,
    #[serde(default)]
    attribution: Option<toml::Spanned<Tables>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: toml::Spanned<String>,
    #[serde(default)]
    description: String,
    kind: toml::Spanned<String>,
    #[serde(rename = "type")]
    ctype: toml::Spanned<String>,
    pattern: toml::Spanned<String>,
    #[serde(default = "dollar_value")]
    value: String,
    #[serde(default)]
    unit: String,
    #[serde(default)]
    subject: String,
    #[serde(default)]
    qualifier: Option<toml::Spanned<String>>,
    #[serde(default)]
    examples: Vec<RawExample>,
    #[serde(default)]
    counter_examples: Vec<String>,
}

fn dollar_value() -> String {
    "$value".into()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExample {
    text: String,
    value: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExclude {
    id: toml::Spanned<String>,
    #[serde(default)]
    description: String,
    pattern: toml::Spanned<String>,
    #[serde(default)]
    kind: Option<toml::Spanned<String>>,
}

/// 1-based line and column of byte `at` in `src`.
fn line_col(src: &str, at: usize) -> (u64, u64) {
    let at = at.min(src.len());
    let before = &src[..at];
    let line = before.matches('\n').count() as u64 + 1;
    let col = before[before.rfind('\n').map_or(0, |i| i + 1)..]
        .chars()
        .count() as u64
        + 1;
    (line, col)
}

/// An error at byte `at` of pack `path` (text `src`).
fn err_at(path: &Path, src: &str, at: usize, msg: String) -> Error {
    let (line, col) = line_col(src, at);
    Error::new(ErrorKind::Value, format!("column {col}: {msg}"))
        .with_path(path)
        .with_line(line)
}

/// Compile `pattern` (with `{number}` expanded), or say where it fails.
fn compile(path: &Path, src: &str, id: &str, pattern: &toml::Spanned<String>) -> Result<Regex> {
    let expanded = pattern.get_ref().replace("{number}", NUMBER);
    Regex::new(&expanded).map_err(|e| {
        // The position inside the pattern, from the regex parser itself
        // (only meaningful when `{number}` does not come before it).
        let detail = match regex_syntax::Parser::new().parse(pattern.get_ref()) {
            Err(regex_syntax::Error::Parse(p)) => format!(
                "at character {} of the pattern: {}",
                p.span().start.column,
                p.kind()
            ),
            Err(regex_syntax::Error::Translate(t)) => format!(
                "at character {} of the pattern: {}",
                t.span().start.column,
                t.kind()
            ),
            _ => e.to_string().lines().last().unwrap_or("").to_string(),
        };
        err_at(
            path,
            src,
            pattern.span().start,
            format!("rule {id}: pattern does not compile {detail}"),
        )
    })
}

fn check_id(path: &Path, src: &str, id: &toml::Spanned<String>, kind: Option<Kind>) -> Result<()> {
    let s = id.get_ref();
    let ok = match s.split_once('.') {
        Some((k, name)) => {
            let kind_ok = match kind {
                Some(kind) => k == kind.as_str(),
                None => !k.is_empty() && k.chars().all(|c| c.is_ascii_lowercase()),
            };
            kind_ok
                && !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        }
        None => false,
    };
    if ok {
        Ok(())
    } else {
        let want = kind.map_or("kind".to_string(), |k| k.as_str().to_string());
        Err(err_at(
            path,
            src,
            id.span().start,
            format!("rule id {s:?} is not {want}.name (lower case letters, digits, _)"),
        ))
    }
}

/// A rule id part from a table word: `tonnes of oil` -> `tonnes_of_oil`.
fn slug(word: &str) -> String {
    let s: String = word
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    s.split('_')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("_")
}

impl RulePack {
    /// Read and compile one pack file.
    pub fn from_path(path: &Path) -> Result<RulePack> {
        let src = std::fs::read_to_string(path).map_err(|e| Error::io(path, &e))?;
        RulePack::parse(&src, path)
    }

    /// Read and compile several pack files into one pack; ids must be
    /// unique across them.
    pub fn from_paths(paths: &[PathBuf]) -> Result<RulePack> {
        let mut pack = RulePack::default();
        for p in paths {
            pack.merge(RulePack::from_path(p)?)?;
        }
        Ok(pack)
    }

    /// Add `other`'s rules; an id both define is an error.
    pub fn merge(&mut self, other: RulePack) -> Result<()> {
        for r in &other.rules {
            if self.rules.iter().any(|s| s.id == r.id) {
                return Err(Error::new(
                    ErrorKind::Value,
                    format!("rule {} is defined twice", r.id),
                )
                .with_path(&r.origin));
            }
        }
        self.rules.extend(other.rules);
        self.exclusions.extend(other.exclusions);
        self.units.extend(other.units);
        self.attribution.add(&other.attribution);
        self.build_lexicon()
            .map_err(|e| Error::new(ErrorKind::Value, e))
    }

    /// Rebuild the attribution tables from the built-in ones and the
    /// pack's words.
    fn build_lexicon(&mut self) -> std::result::Result<(), String> {
        let t = &self.attribution;
        self.lexicon = if t.is_empty() {
            None
        } else {
            let lex = Lexicon::builtin()
                .extended(t)
                .map_err(|e| format!("cue verbs do not compile: {e}"))?;
            Some(Arc::new(lex))
        };
        Ok(())
    }

    /// The attribution tables extraction uses with this pack, when the
    /// pack adds words to them.
    pub fn lexicon(&self) -> Option<&Lexicon> {
        self.lexicon.as_deref()
    }

    /// Parse and compile pack text; `path` names it in errors.
    pub fn parse(src: &str, path: &Path) -> Result<RulePack> {
        let raw: RawPack = toml::from_str(src).map_err(|e| {
            let at = e.span().map_or(0, |s| s.start);
            err_at(path, src, at, e.message().trim().to_string())
        })?;
        let builtin: Vec<&str> = builtin_rules().iter().map(|r| r.id).collect();
        let mut pack = RulePack::default();
        let mut seen: Vec<String> = Vec::new();
        let mut claim_id = |id: &toml::Spanned<String>| -> Result<()> {
            let s = id.get_ref();
            if builtin.contains(&s.as_str()) || seen.contains(s) {
                return Err(err_at(
                    path,
                    src,
                    id.span().start,
                    format!(
                        "rule id {s:?} is already used (ids must be unique, built-ins included)"
                    ),
                ));
            }
            seen.push(s.clone());
            Ok(())
        };
        for r in raw.rule {
            let kind: Kind = r.kind.get_ref().parse().map_err(|m: String| {
                err_at(
                    path,
                    src,
                    r.kind.span().start,
                    format!("rule {}: {m}", r.id.get_ref()),
                )
            })?;
            check_id(path, src, &r.id, Some(kind))?;
            claim_id(&r.id)?;
            let id = r.id.get_ref().clone();
            if !types_of(kind).contains(&r.ctype.get_ref().as_str()) {
                return Err(err_at(
                    path,
                    src,
                    r.ctype.span().start,
                    format!(
                        "rule {id}: type {:?} is not a {kind} type (expected {})",
                        r.ctype.get_ref(),
                        types_of(kind).join(", ")
                    ),
                ));
            }
            let qualifier = match &r.qualifier {
                Some(q) => Some(q.get_ref().parse().map_err(|m: String| {
                    err_at(path, src, q.span().start, format!("rule {id}: {m}"))
                })?),
                None => None,
            };
            let regex = compile(path, src, &id, &r.pattern)?;
            pack.rules.push(UserRule {
                id,
                description: r.description,
                kind,
                ctype: r.ctype.into_inner(),
                regex,
                value: r.value,
                unit: r.unit,
                subject: r.subject,
                qualifier,
                examples: r.examples.into_iter().map(|e| (e.text, e.value)).collect(),
                counter_examples: r.counter_examples,
                origin: path.to_path_buf(),
            });
        }
        for x in raw.exclude {
            check_id(path, src, &x.id, None)?;
            claim_id(&x.id)?;
            let kind = match &x.kind {
                Some(k) => Some(k.get_ref().parse().map_err(|m: String| {
                    err_at(
                        path,
                        src,
                        k.span().start,
                        format!("exclusion {}: {m}", x.id.get_ref()),
                    )
                })?),
                None => None,
            };
            let regex = compile(path, src, x.id.get_ref(), &x.pattern)?;
            pack.exclusions.push(Exclusion {
                id: x.id.into_inner(),
                description: x.description,
                regex,
                kind,
                origin: path.to_path_buf(),
            });
        }
        // Phrase tables become rules of their own, with generated examples.
        let tables = [("money", &raw.currencies), ("quantity", &raw.units)];
        for (ctype, table) in tables {
            for (word, target) in table {
                let code = target.get_ref().trim();
                if ctype == "money"
                    && !(code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase()))
                {
                    return Err(err_at(
                        path,
                        src,
                        target.span().start,
                        format!("currency {word:?}: {code:?} is not an ISO 4217 code (like ZMW)"),
                    ));
                }
                let name = slug(word);
                let id = toml::Spanned::new(target.span(), format!("figure.{ctype}_{name}"));
                check_id(path, src, &id, Some(Kind::Figure))?;
                claim_id(&id)?;
                let words: Vec<String> = word.split_whitespace().map(regex::escape).collect();
                let pattern = format!(r"(?i)\b(?P<value>{NUMBER})\s*{}\b", words.join(r"\s+"));
                let regex = Regex::new(&pattern).map_err(|e| {
                    err_at(path, src, target.span().start, format!("{word:?}: {e}"))
                })?;
                if ctype == "quantity" {
                    pack.units.insert(word.to_lowercase(), code.to_string());
                }
                pack.rules.push(UserRule {
                    id: id.into_inner(),
                    description: format!("{word:?} after a number, as {code}"),
                    kind: Kind::Figure,
                    ctype: ctype.to_string(),
                    regex,
                    value: "$value".into(),
                    unit: code.to_string(),
                    subject: String::new(),
                    qualifier: None,
                    examples: vec![(format!("It came to 12 {word}."), "12".into())],
                    counter_examples: vec![format!("The {word} was mentioned.")],
                    origin: path.to_path_buf(),
                });
            }
        }
        // Words for the attribution tables: whole words or phrases.
        if let Some(t) = raw.attribution {
            let at = t.span().start;
            let t = t.into_inner();
            for (list, words) in t.lists() {
                if let Some(w) = words.iter().find(|w| {
                    w.trim().is_empty()
                        || !w.chars().all(|c| {
                            c.is_alphanumeric() || matches!(c, ' ' | '-' | '\'' | '’' | '.')
                        })
                }) {
                    return Err(err_at(
                        path,
                        src,
                        at,
                        format!(
                            "[attribution] {list}: {w:?} is not a word (letters, digits, spaces, hyphens, apostrophes, dots)"
                        ),
                    ));
                }
            }
            pack.attribution = t;
            pack.build_lexicon()
                .map_err(|e| err_at(path, src, at, format!("[attribution] {e}")))?;
        }
        Ok(pack)
    }

    /// Run the pack over a document: add user claims (replacing overlapping
    /// built-in ones), then drop excluded claims. `claims` holds figures
    /// and dates, `attributions` the attributions.
    pub fn apply(&self, ctx: &Ctx, claims: &mut Vec<Claim>, attributions: &mut Vec<Claim>) {
        let body = ctx.body();
        let text = ctx.text();
        let scope = &text[body.clone()];
        let mut user: Vec<Claim> = Vec::new();
        for rule in &self.rules {
            for caps in rule.regex.captures_iter(scope) {
                // The claim's span: the `span` group when the pattern has
                // one (regex has no look-behind), else the whole match.
                let Some(m) = caps.name("span").or_else(|| caps.get(0)) else {
                    continue;
                };
                let (start, end) = (body.start + m.start(), body.start + m.end());
                if start == end
                    || (rule.kind != Kind::Attribution && text[start..end].contains('\n'))
                    || user.iter().any(|u| u.start < end && start < u.end)
                {
                    continue;
                }
                if let Some(c) = self.claim(ctx, rule, &caps, start, end) {
                    user.push(c);
                }
            }
        }
        for u in user {
            let target = if u.kind() == Kind::Attribution {
                &mut *attributions
            } else {
                &mut *claims
            };
            target.retain(|c| !c.overlaps(&u));
            target.push(u);
        }
        for x in &self.exclusions {
            for m in x.regex.find_iter(scope) {
                let (s, e) = (body.start + m.start(), body.start + m.end());
                let keep = |c: &Claim| {
                    !(s <= c.start && c.end <= e && x.kind.is_none_or(|k| k == c.kind()))
                };
                claims.retain(keep);
                attributions.retain(keep);
            }
        }
    }

    /// The claim `rule` reads from one match, or `None` when its value
    /// does not read (a figure that is not a number).
    fn claim(
        &self,
        ctx: &Ctx,
        rule: &UserRule,
        caps: &regex::Captures,
        start: usize,
        end: usize,
    ) -> Option<Claim> {
        let mut c = Claim::new(rule.kind, &rule.ctype, start, end, &rule.id);
        let mut value_tpl = rule.value.clone();
        if rule.kind == Kind::Figure
            && (value_tpl.contains("$value") || value_tpl.contains("${value}"))
        {
            let (v, precision) = read_number(caps.name("value")?.as_str())?;
            let v = fmt_num(v);
            value_tpl = value_tpl.replace("${value}", &v).replace("$value", &v);
            c.precision = fmt_num(precision);
        }
        let mut value = String::new();
        caps.expand(&value_tpl, &mut value);
        let mut unit = String::new();
        caps.expand(&rule.unit, &mut unit);
        let unit = unit.trim();
        c.unit = if rule.kind == Kind::Figure && !unit.is_empty() {
            let lower = unit.to_lowercase();
            self.units
                .get(&lower)
                .cloned()
                .or_else(|| crate::normalize::unit::currency_word(unit).map(str::to_string))
                .or_else(|| crate::normalize::unit::unit(unit).map(|u| u.symbol.to_string()))
                .unwrap_or_else(|| unit.to_string())
        } else {
            unit.to_string()
        };
        caps.expand(&rule.subject, &mut c.subject);
        c.value = value;
        c.qualifier = match rule.qualifier {
            Some(q) => q,
            None if rule.kind == Kind::Figure => {
                crate::extract::figure::hedge_before(ctx, c.start).unwrap_or(Qualifier::Exact)
            }
            None => Qualifier::Exact,
        };
        Some(c)
    }
}

/// A number as written: digits with an optional scale word or suffix
/// ("1.2 million", "3bn"), or number words. Value and precision.
pub fn read_number(s: &str) -> Option<(f64, f64)> {
    let s = s.trim();
    let split = s
        .char_indices()
        .find(|(_, c)| c.is_alphabetic())
        .map_or(s.len(), |(i, _)| i);
    let (digits, scale) = (s[..split].trim(), s[split..].trim().to_lowercase());
    if digits.is_empty() {
        return parse_words(s);
    }
    let d = parse_digits(digits)?;
    let factor = if scale.is_empty() {
        1.0
    } else {
        scale_word(&scale)?
    };
    Some((d.value * factor, d.precision() * factor))
}

/// One rule as `rules list` shows it, built-in or user.
#[derive(Debug, Clone)]
pub struct Listing {
    /// Stable id.
    pub id: String,
    /// `figure`, `date`, `attribution` or `exclude`.
    pub kind: String,
    /// One line.
    pub description: String,
    /// `built-in` or the pack file.
    pub origin: String,
}

/// Every rule, built-in first (sorted by id), then the pack's in file order.
pub fn list(pack: Option<&RulePack>) -> Vec<Listing> {
    let mut out: Vec<Listing> = builtin_rules()
        .iter()
        .map(|r| Listing {
            id: r.id.into(),
            kind: r.kind.as_str().into(),
            description: r.description.into(),
            origin: "built-in".into(),
        })
        .collect();
    if let Some(p) = pack {
        out.extend(p.rules.iter().map(|r| Listing {
            id: r.id.clone(),
            kind: r.kind.as_str().into(),
            description: r.description.clone(),
            origin: r.origin.display().to_string(),
        }));
        out.extend(p.exclusions.iter().map(|x| Listing {
            id: x.id.clone(),
            kind: "exclude".into(),
            description: x.description.clone(),
            origin: x.origin.display().to_string(),
        }));
    }
    out
}

/// The document date rule examples are read against.
pub fn example_date() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2016, 9, 10).unwrap_or_default()
}

/// A rule's id, examples (text, value) and counter-examples.
type Case = (String, Vec<(String, String)>, Vec<String>);

/// Run every example and counter-example (built-in and the pack's, each
/// extracted with the pack applied, document date 2016-09-10). An example's
/// value is the one its rule resolves to, before the TIMEX3 pass of the
/// default date style: dates are read with `--date-style ranges`. Returns
/// the broken ones, one line each, `id: problem`; empty when all hold.
pub fn test_rules(pack: Option<&RulePack>) -> Vec<String> {
    use rayon::prelude::*;
    let mut cases: Vec<Case> = builtin_rules()
        .iter()
        .map(|r| {
            (
                r.id.to_string(),
                r.examples
                    .iter()
                    .map(|(t, v)| (t.to_string(), v.to_string()))
                    .collect(),
                r.counter_examples.iter().map(|t| t.to_string()).collect(),
            )
        })
        .collect();
    if let Some(p) = pack {
        cases.extend(
            p.rules
                .iter()
                .map(|r| (r.id.clone(), r.examples.clone(), r.counter_examples.clone())),
        );
    }
    let opts = Options {
        doc_date: Some(example_date()),
        date_order: None,
        date_style: crate::extract::DateStyle::Ranges,
    };
    let run = |text: &str| match Document::from_text("t", text.to_string()) {
        Ok(doc) => extract_with(&doc, &opts, pack),
        Err(_) => Vec::new(),
    };
    cases
        .par_iter()
        .flat_map_iter(|(id, examples, counters)| {
            let mut broken = Vec::new();
            if examples.is_empty() {
                broken.push(format!("{id}: has no example"));
            }
            if counters.is_empty() {
                broken.push(format!("{id}: has no counter-example"));
            }
            for (text, want) in examples {
                let rows = run(text);
                if !rows.iter().any(|r| &r.rule == id && &r.value == want) {
                    let got: Vec<String> = rows
                        .iter()
                        .map(|r| format!("{} {:?}={:?}", r.rule, r.text, r.value))
                        .collect();
                    broken.push(format!(
                        "{id}: example {text:?} should give {want:?}; got [{}]",
                        got.join(", ")
                    ));
                }
            }
            for text in counters {
                if let Some(r) = run(text).iter().find(|r| &r.rule == id) {
                    broken.push(format!(
                        "{id}: counter-example {text:?} fired on {:?}",
                        r.text
                    ));
                }
            }
            broken
        })
        .collect()
}

/// Which rules fire on a corpus, document by document (`rules test
/// --corpus`): rows per rule id, and documents per exclusion that matches.
#[derive(Debug, Default)]
pub struct Coverage {
    fired: HashMap<String, usize>,
}

impl Coverage {
    /// Extract `doc` with `pack` and count what fired.
    pub fn add(&mut self, doc: &Document, opts: &Options, pack: Option<&RulePack>) {
        for row in extract_with(doc, opts, pack) {
            *self.fired.entry(row.rule).or_default() += 1;
        }
        if let Some(p) = pack {
            for x in &p.exclusions {
                if x.regex.is_match(&doc.text[doc.body_start..]) {
                    *self.fired.entry(x.id.clone()).or_default() += 1;
                }
            }
        }
    }

    /// How many times rule `id` fired.
    pub fn count(&self, id: &str) -> usize {
        self.fired.get(id).copied().unwrap_or(0)
    }

    /// Rules and exclusions that never fired, in [`list`] order.
    pub fn unfired(&self, pack: Option<&RulePack>) -> Vec<Listing> {
        list(pack)
            .into_iter()
            .filter(|l| self.count(&l.id) == 0)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_with_scale_and_precision() {
        assert_eq!(read_number("1.2 million"), Some((1_200_000.0, 100_000.0)));
        assert_eq!(read_number("3bn"), Some((3e9, 1e9)));
        assert_eq!(read_number("290,000"), Some((290_000.0, 10_000.0)));
        assert_eq!(read_number("twenty-three").map(|v| v.0), Some(23.0));
        assert_eq!(read_number("12 zorbs"), None);
    }

    #[test]
    fn positions_are_one_based() {
        assert_eq!(line_col("ab\ncd", 0), (1, 1));
        assert_eq!(line_col("ab\ncd", 4), (2, 2));
    }

    #[test]
    fn number_placeholder_matches_what_read_number_reads() {
        let re = Regex::new(&format!("^(?:{NUMBER})$")).unwrap();
        for s in ["12", "1,200", "1.5", "4.5 billion", "3bn", "10k"] {
            assert!(re.is_match(s), "{s}");
            assert!(read_number(s).is_some(), "{s}");
        }
    }
}
