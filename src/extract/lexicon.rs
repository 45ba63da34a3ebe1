//! The attribution extractor's word tables, as data (issue 9).
//!
//! Cue verbs, titles and roles, organisation and anonymous-source nouns,
//! name particles, words that never start a name and nationality words are
//! not code: they live in `rules/builtin/attribution.toml`, embedded in the
//! binary, and a user pack adds to them with the same `[attribution]` keys
//! ([`Lexicon::extended`]). Lookups are hash-set probes on whole words (the
//! extractor asks "is this word a title?" for most words of a sentence),
//! lower-casing only words that have an upper-case letter.

use regex::Regex;
use rustc_hash::FxHashSet as HashSet;
use serde::Deserialize;
use std::sync::LazyLock;

/// The embedded built-in tables.
pub const BUILTIN_SOURCE: &str = include_str!("../../rules/builtin/attribution.toml");

/// The lists of an `[attribution]` table, as written in a pack.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tables {
    /// Verbs that attribute speech: "said", "told", "warned".
    #[serde(default)]
    pub cue_verbs: Vec<String>,
    /// Roles and titles ("minister", "envoy"); `roles` is the same list.
    #[serde(default, alias = "roles")]
    pub titles: Vec<String>,
    /// Head nouns of organisation speakers ("ministry").
    #[serde(default)]
    pub organisations: Vec<String>,
    /// Head nouns of anonymous speakers ("official", "residents").
    #[serde(default)]
    pub anonymous: Vec<String>,
    /// Particles inside names ("von", "al").
    #[serde(default)]
    pub name_particles: Vec<String>,
    /// Capitalized words that never start a name.
    #[serde(default)]
    pub not_names: Vec<String>,
    /// Nationality and bloc words written before a title ("US", "German").
    #[serde(default)]
    pub nationalities: Vec<String>,
    /// Nouns of documents that can be the source of "according to" with
    /// who made or keeps them ("figures from the agency").
    #[serde(default)]
    pub documents: Vec<String>,
    /// Nouns of written things whose words are given with "read" or
    /// "reads": "A notice at the gate reads: “Closed.”"
    #[serde(default)]
    pub inscriptions: Vec<String>,
}

impl Tables {
    /// Every list with its key in a pack's `[attribution]` table.
    pub fn lists(&self) -> [(&'static str, &Vec<String>); 9] {
        [
            ("cue_verbs", &self.cue_verbs),
            ("titles", &self.titles),
            ("organisations", &self.organisations),
            ("anonymous", &self.anonymous),
            ("name_particles", &self.name_particles),
            ("not_names", &self.not_names),
            ("nationalities", &self.nationalities),
            ("documents", &self.documents),
            ("inscriptions", &self.inscriptions),
        ]
    }

    fn lists_mut(&mut self) -> [&mut Vec<String>; 9] {
        [
            &mut self.cue_verbs,
            &mut self.titles,
            &mut self.organisations,
            &mut self.anonymous,
            &mut self.name_particles,
            &mut self.not_names,
            &mut self.nationalities,
            &mut self.documents,
            &mut self.inscriptions,
        ]
    }

    /// Whether every list is empty.
    pub fn is_empty(&self) -> bool {
        self.lists().iter().all(|(_, l)| l.is_empty())
    }

    /// Add `other`'s words to the same lists, trimmed, each word once.
    pub fn add(&mut self, other: &Tables) {
        for (to, (_, from)) in self.lists_mut().into_iter().zip(other.lists()) {
            for w in from {
                let w = w.trim();
                if !w.is_empty() && !to.iter().any(|x| x == w) {
                    to.push(w.to_string());
                }
            }
        }
    }
}

#[derive(Deserialize)]
struct File {
    attribution: Tables,
}

/// The word tables the attribution extractor reads, ready for lookups.
#[derive(Debug)]
pub struct Lexicon {
    tables: Tables,
    cues: HashSet<String>,
    titles: HashSet<String>,
    organisations: HashSet<String>,
    anonymous: HashSet<String>,
    particles: HashSet<String>,
    not_names: HashSet<String>,
    documents: HashSet<String>,
    inscriptions: HashSet<String>,
    nationalities: HashSet<String>,
    /// Any cue verb as a whole word, when some cue is not one ASCII word
    /// (else cues are found by [`Lexicon::cues_in`]'s word lookups).
    cue_re: Option<Regex>,
    /// A bit for the shape (first and last byte, length) of each cue.
    cue_shapes: Vec<u64>,
}

static BUILTIN: LazyLock<Lexicon> = LazyLock::new(|| {
    let file: File = toml::from_str(BUILTIN_SOURCE).expect("built-in attribution tables parse");
    Lexicon::new(file.attribution).expect("built-in cue verbs compile")
});

fn lower_set(words: &[String]) -> HashSet<String> {
    words.iter().map(|w| w.to_lowercase()).collect()
}

/// Whether `set` holds `w` in lower case. Words are looked up by the
/// thousand per article: a short ASCII word is lowered on the stack, and
/// only a long or non-ASCII one allocates.
fn holds_lowered(set: &HashSet<String>, w: &str) -> bool {
    let b = w.as_bytes();
    if !b.iter().any(u8::is_ascii_uppercase) && w.is_ascii() {
        return set.contains(w);
    }
    let mut buf = [0u8; 32];
    if w.is_ascii() && b.len() <= buf.len() {
        let buf = &mut buf[..b.len()];
        buf.copy_from_slice(b);
        buf.make_ascii_lowercase();
        // (ASCII in, ASCII out)
        return std::str::from_utf8(buf).is_ok_and(|l| set.contains(l));
    }
    set.contains(&w.to_lowercase())
}

/// The cue verbs of a text as whole words, in order: byte ranges.
pub enum CueIter<'l, 'h> {
    /// Each ASCII word of the text looked up in the cue set.
    Words {
        /// The tables.
        lex: &'l Lexicon,
        /// The text.
        hay: &'h str,
        /// Where the scan goes on.
        at: usize,
    },
    /// The cue pattern (some cue is not one ASCII word).
    Pattern(regex::Matches<'l, 'h>),
}

/// A byte of an ASCII word, as the pattern's `(?-u:\b)` has them.
fn word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The slot of a word in [`Lexicon`]'s `cue_shapes`: its first and last
/// bytes (five bits each) and its length (four bits).
fn shape(w: &[u8]) -> usize {
    let (f, l) = (w[0] as usize & 31, w[w.len() - 1] as usize & 31);
    (f << 9) | (l << 4) | w.len().min(15)
}

impl Iterator for CueIter<'_, '_> {
    type Item = std::ops::Range<usize>;

    fn next(&mut self) -> Option<Self::Item> {
        match self {
            CueIter::Pattern(m) => m.next().map(|m| m.range()),
            CueIter::Words { lex, hay, at } => {
                let b = hay.as_bytes();
                let mut i = *at;
                while i < b.len() {
                    if !word_byte(b[i]) {
                        i += 1;
                        continue;
                    }
                    let s = i;
                    while i < b.len() && word_byte(b[i]) {
                        i += 1;
                    }
                    // (a word's shape rules out most words before a lookup)
                    let k = shape(&b[s..i]);
                    if lex.cue_shapes[k >> 6] >> (k & 63) & 1 == 1
                        // (ASCII bytes end the word: a char boundary)
                        && lex.cues.contains(&hay[s..i])
                    {
                        *at = i;
                        return Some(s..i);
                    }
                }
                *at = b.len();
                None
            }
        }
    }
}

impl Lexicon {
    /// The built-in tables.
    pub fn builtin() -> &'static Lexicon {
        &BUILTIN
    }

    /// Tables ready for lookups; fails when a cue verb makes no pattern.
    pub fn new(tables: Tables) -> Result<Lexicon, regex::Error> {
        let mut cues: Vec<&str> = tables.cue_verbs.iter().map(String::as_str).collect();
        // Longest first, so that "said" never stops a longer cue short.
        cues.sort_by_key(|c| std::cmp::Reverse(c.len()));
        let alternation = cues
            .iter()
            .map(|c| regex::escape(c))
            .collect::<Vec<_>>()
            .join("|");
        // Cue verbs that are single ASCII words (all the built-in ones) are
        // found by looking each word of a text up in a set: a pattern of
        // a hundred words compiles slowly and searches slower than that.
        let words_only = cues
            .iter()
            .all(|c| !c.is_empty() && c.bytes().all(word_byte));
        let cue_re = if words_only {
            None
        } else {
            Some(Regex::new(&format!(r"(?-u:\b)(?:{alternation})(?-u:\b)"))?)
        };
        let mut cue_shapes = vec![0u64; 1 << 8];
        for c in cues.iter().filter(|c| !c.is_empty()) {
            let k = shape(c.as_bytes());
            cue_shapes[k >> 6] |= 1 << (k & 63);
        }
        Ok(Lexicon {
            cues: tables.cue_verbs.iter().cloned().collect(),
            titles: lower_set(&tables.titles),
            organisations: lower_set(&tables.organisations),
            anonymous: lower_set(&tables.anonymous),
            particles: lower_set(&tables.name_particles),
            not_names: lower_set(&tables.not_names),
            documents: lower_set(&tables.documents),
            inscriptions: lower_set(&tables.inscriptions),
            nationalities: tables.nationalities.iter().cloned().collect(),
            cue_re,
            cue_shapes,
            tables,
        })
    }

    /// These tables with a pack's words added.
    pub fn extended(&self, extra: &Tables) -> Result<Lexicon, regex::Error> {
        let mut t = self.tables.clone();
        t.add(extra);
        Lexicon::new(t)
    }

    /// The lists these tables were built from.
    pub fn tables(&self) -> &Tables {
        &self.tables
    }

    /// The cue verbs standing in `hay` as whole words, in order.
    pub fn cues_in<'h>(&self, hay: &'h str) -> CueIter<'_, 'h> {
        match &self.cue_re {
            Some(re) => CueIter::Pattern(re.find_iter(hay)),
            None => CueIter::Words {
                lex: self,
                hay,
                at: 0,
            },
        }
    }

    /// Whether some cue verb stands in `hay` as a whole word.
    pub fn has_cue(&self, hay: &str) -> bool {
        self.cues_in(hay).next().is_some()
    }

    /// `w` is a cue verb (exact case).
    pub fn is_cue(&self, w: &str) -> bool {
        self.cues.contains(w)
    }

    /// `w` is a title or role, in any case, also abbreviated with a full
    /// stop ("Sen.", "Gov.", "Lt.").
    pub fn is_title(&self, w: &str) -> bool {
        let core = match w.strip_suffix('.') {
            Some(c) if c.len() > 1 && !c.contains('.') => c,
            _ => w,
        };
        holds_lowered(&self.titles, core)
    }

    /// Some title or role starts `lower_text` (already lower case).
    pub fn starts_with_title(&self, lower_text: &str) -> bool {
        self.titles
            .iter()
            .any(|t| lower_text.starts_with(t.as_str()))
    }

    /// `w` is an organisation noun, in any case.
    pub fn is_organisation(&self, w: &str) -> bool {
        holds_lowered(&self.organisations, w)
    }

    /// `w` is a document noun ("figures", "records"), in any case.
    pub fn is_document(&self, w: &str) -> bool {
        holds_lowered(&self.documents, w)
    }

    /// `w` is the noun of a written thing that "reads" ("notice",
    /// "banner"), in any case.
    pub fn is_inscription(&self, w: &str) -> bool {
        holds_lowered(&self.inscriptions, w)
    }

    /// `w` is an anonymous-source noun, in any case: listed, or a word of
    /// a trade or science by its ending ("geologists", "a statistician",
    /// "archaeologists", "specialists"; not "insists", "exists", nor the
    /// surname "Lindqvist").
    pub fn is_anonymous(&self, w: &str) -> bool {
        holds_lowered(&self.anonymous, w) || {
            let b = w.as_bytes();
            let ends = |suffix: &str| {
                b.len() >= suffix.len()
                    && b[b.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
            };
            b.len() >= 7
                && b.iter().all(u8::is_ascii_alphabetic)
                && (ends("ist")
                    || ends("ists")
                    || ends("ician")
                    || ends("icians")
                    || ends("goers")
                    || ends("holders"))
                && !(ends("sist") || ends("sists") || ends("xist") || ends("xists"))
                // (surnames: "Lindqvist", "Blomkvist")
                && !(ends("qvist") || ends("kvist"))
        }
    }

    /// `w` is a name particle ("von"), in any case.
    pub fn is_particle(&self, w: &str) -> bool {
        holds_lowered(&self.particles, w)
    }

    /// `w` never starts a name, in any case.
    pub fn is_not_name(&self, w: &str) -> bool {
        holds_lowered(&self.not_names, w)
    }

    /// `w` is a listed nationality or bloc word (exact case).
    pub fn is_listed_nationality(&self, w: &str) -> bool {
        self.nationalities.contains(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_tables_load_and_answer_in_any_case() {
        let lex = Lexicon::builtin();
        assert!(lex.is_cue("said") && !lex.is_cue("Said") && !lex.is_cue("sad"));
        assert!(lex.is_title("Minister") && lex.is_title("minister"));
        assert!(!lex.is_title("Lavrov"));
        // an abbreviated title keeps its full stop in the text
        assert!(lex.is_title("Sen.") && lex.is_title("Gov.") && !lex.is_title("Smith."));
        assert!(lex.is_organisation("Ministry") && lex.is_anonymous("officials"));
        // trades and sciences by their ending; not verbs or surnames
        for w in [
            "Geologists",
            "archaeologist",
            "statisticians",
            "specialists",
        ] {
            assert!(lex.is_anonymous(w), "{w}");
        }
        for w in [
            "insists",
            "exists",
            "Lindqvist",
            "Blomkvist",
            "lists",
            "Marxists",
        ] {
            assert!(!lex.is_anonymous(w), "{w}");
        }
        assert!(lex.is_particle("von") && lex.is_not_name("However"));
        assert!(lex.is_listed_nationality("US") && !lex.is_listed_nationality("us"));
        let hay = "Kerry said on Monday";
        let m = lex.cues_in(hay).next().unwrap();
        assert_eq!(&hay[m], "said");
        for hay in ["the saids", "unsaid", "said_x", "Said"] {
            assert!(!lex.has_cue(hay), "{hay}");
        }
        let hay = "“said” it, said’s, (says)";
        let found: Vec<&str> = lex.cues_in(hay).map(|r| &hay[r]).collect();
        assert_eq!(found, ["said", "said", "says"]);
    }

    #[test]
    fn a_pack_adds_words_without_losing_the_builtin_ones() {
        let extra = Tables {
            cue_verbs: vec!["quipped".into(), "said".into()],
            titles: vec!["Ombudsman".into()],
            documents: vec!["dossier".into()],
            ..Tables::default()
        };
        let lex = Lexicon::builtin().extended(&extra).unwrap();
        assert!(lex.is_cue("quipped") && lex.is_cue("said"));
        assert!(lex.is_document("Dossier") && lex.is_document("figures"));
        assert!(!Lexicon::builtin().is_document("dossier"));
        assert!(lex.is_title("ombudsman") && lex.is_title("minister"));
        assert_eq!(
            lex.tables()
                .cue_verbs
                .iter()
                .filter(|c| *c == "said")
                .count(),
            1
        );
        assert!(lex.has_cue("she quipped"));
        // a cue of two words is found by pattern
        let extra = Tables {
            cue_verbs: vec!["let slip".into()],
            ..Tables::default()
        };
        let lex = Lexicon::builtin().extended(&extra).unwrap();
        let hay = "He let slip that it said so.";
        let found: Vec<&str> = lex.cues_in(hay).map(|r| &hay[r]).collect();
        assert_eq!(found, ["let slip", "said"]);
        assert!(!Lexicon::builtin().is_cue("quipped"));
    }

    #[test]
    fn every_list_is_lower_case_where_lookups_ignore_case() {
        let t = Lexicon::builtin().tables();
        for list in [
            &t.titles,
            &t.organisations,
            &t.anonymous,
            &t.name_particles,
            &t.not_names,
            &t.documents,
            &t.inscriptions,
        ] {
            for w in list {
                assert_eq!(
                    w,
                    &w.to_lowercase(),
                    "{w:?} should be written in lower case"
                );
            }
        }
    }
}
