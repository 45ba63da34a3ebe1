//! A prefilter for many rule patterns: one pass over a text says which of
//! them can match there, so only those rules run their own regexes.
//!
//! The date extractor has ~60 rule patterns, most written with shared
//! alternations (month names, day ordinals, number words) spelled out in
//! each. Compiling them all into one automaton was most of a short
//! article's run (~17 ms), and most of that was parsing the same
//! alternations again and again. The gate is built so that it is cheap to
//! compile and never misses a match of a rule (a one-line article's run
//! went from 260 to 198 million instructions; the automaton is the same):
//!
//! - each shared alternation (a *placeholder*, `MONTH`, `DAYW`...) is parsed
//!   once and spliced into every pattern that names it, always in its
//!   case-insensitive form (which matches at least what the pattern's own
//!   flags allow);
//! - capture groups are dropped (the gate only says *whether* a pattern
//!   matches);
//! - the patterns are dealt into a few automata compiled on their own
//!   threads.
//!
//! A gate may fire where its rule then finds nothing (a placeholder written
//! inside a case-sensitive part); that costs a search, never a claim.
//! Dropping optional parts at either end of each pattern (the middle of a
//! match still matches) was tried: it saved 1% more at start-up and cost 15%
//! more instructions on the benchmark corpus, in rule searches. `tests::gate_fires_wherever_a_rule_matches` checks it on
//! every sample article and rule example.

use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::nfa::thompson::{Compiler, Config as Thompson, WhichCaptures};
use regex_automata::{Input, PatternID, PatternSet};
use regex_syntax::hir::{
    Capture, Class, ClassBytes, ClassBytesRange, ClassUnicode, ClassUnicodeRange, Hir, HirKind,
    Repetition,
};

/// Which of many patterns can match in a text.
pub struct Gate {
    parts: Vec<DFA>,
    len: usize,
}

/// The name an empty group takes for placeholder `i` in a pattern; each
/// use gets its own (`n`), as group names must differ.
fn marker(i: usize, n: usize) -> String {
    format!("(?P<__ph{i}_{n}>)")
}

impl Gate {
    /// A gate for `templates`, patterns in which each name of
    /// `placeholders` stands for its regex (already free of placeholders).
    /// Pattern `i` is reported as `i`. `parts` automata are compiled, each
    /// on its own thread.
    ///
    /// # Panics
    /// When a pattern does not parse: the built-in rules always do (a test
    /// compiles every one).
    pub fn new(templates: &[&str], placeholders: &[(&str, &str)], parts: usize) -> Gate {
        let parts = parts.max(1);
        let spliced: Vec<Hir> = placeholders
            .iter()
            .map(|(_, re)| {
                let hir = regex_syntax::parse(re).expect("placeholder parses");
                any_case(bare(hir, &[]))
            })
            .collect();
        let build = |k: usize| -> DFA {
            let hirs: Vec<Hir> = templates
                .iter()
                .skip(k)
                .step_by(parts)
                .map(|t| bare(parse_template(t, placeholders), &spliced))
                .collect();
            let nfa = Compiler::new()
                .configure(Thompson::new().which_captures(WhichCaptures::None))
                .build_many_from_hir(&hirs)
                .expect("gate automaton compiles");
            DFA::builder()
                .configure(
                    DFA::config()
                        .match_kind(regex_automata::MatchKind::All)
                        // ASCII word boundaries only: the patterns use (?-u:\b).
                        .unicode_word_boundary(false),
                )
                .build_from_nfa(nfa)
                .expect("gate automaton compiles")
        };
        let parts: Vec<DFA> = std::thread::scope(|s| {
            let others: Vec<_> = (1..parts).map(|k| s.spawn(move || build(k))).collect();
            let mut v = vec![build(0)];
            v.extend(others.into_iter().map(|h| h.join().expect("gate thread")));
            v
        });
        Gate {
            parts,
            len: templates.len(),
        }
    }

    /// A cache for each automaton, for [`Gate::matching`] (one per thread).
    pub fn caches(&self) -> Vec<Cache> {
        self.parts.iter().map(DFA::create_cache).collect()
    }

    /// The patterns that can match somewhere in `hay`.
    pub fn matching(&self, hay: &str, caches: &mut [Cache]) -> PatternSet {
        LOWERED.with(|buf| {
            let mut buf = buf.borrow_mut();
            buf.clear();
            buf.extend(hay.bytes().map(|b| b.to_ascii_lowercase()));
            self.matching_lowered(&buf, caches)
        })
    }

    fn matching_lowered(&self, lowered: &[u8], caches: &mut [Cache]) -> PatternSet {
        let n = self.parts.len();
        let mut set = PatternSet::new(self.len);
        let input = Input::new(lowered);
        for (k, (dfa, cache)) in self.parts.iter().zip(caches.iter_mut()).enumerate() {
            let mut found = PatternSet::new(dfa.pattern_len());
            // When the lazy DFA gives up (its cache thrashed), every
            // pattern of the part may match.
            let gave_up = dfa
                .try_which_overlapping_matches(cache, &input, &mut found)
                .is_err();
            for i in 0..dfa.pattern_len() {
                if gave_up || found.contains(PatternID::new_unchecked(i)) {
                    set.insert(PatternID::new_unchecked(i * n + k));
                }
            }
        }
        set
    }
}

thread_local! {
    /// The text being gated, ASCII letters lowered (reused: no allocation
    /// per paragraph once it has grown).
    static LOWERED: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Parse a template with each placeholder as an empty marker group.
fn parse_template(template: &str, placeholders: &[(&str, &str)]) -> Hir {
    let mut src = template.to_string();
    for (i, (name, _)) in placeholders.iter().enumerate() {
        let mut n = 0;
        while let Some(at) = src.find(name) {
            src.replace_range(at..at + name.len(), &marker(i, n));
            n += 1;
        }
    }
    regex_syntax::parse(&src).expect("built-in pattern parses")
}

/// `hir` without capture groups, with each marker group replaced by its
/// placeholder's expression, and lowered: it matches the ASCII-lowered
/// form of whatever `hir` matches (see [`lowered_class`]). Lowering ASCII
/// letters keeps every byte's length and word-ness, so anchors and word
/// boundaries mean the same in the lowered text.
fn bare(hir: Hir, spliced: &[Hir]) -> Hir {
    match hir.into_kind() {
        HirKind::Capture(Capture { name, sub, .. }) => {
            let placeholder = name
                .as_deref()
                .and_then(|n| n.strip_prefix("__ph"))
                .and_then(|rest| rest.split('_').next())
                .and_then(|i| i.parse::<usize>().ok())
                .and_then(|i| spliced.get(i));
            match placeholder {
                Some(h) => h.clone(),
                None => bare(*sub, spliced),
            }
        }
        HirKind::Concat(items) => {
            Hir::concat(items.into_iter().map(|h| bare(h, spliced)).collect())
        }
        HirKind::Alternation(alts) => {
            Hir::alternation(alts.into_iter().map(|h| bare(h, spliced)).collect())
        }
        HirKind::Repetition(r) => Hir::repetition(Repetition {
            sub: Box::new(bare(*r.sub, spliced)),
            ..r
        }),
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(l) => Hir::literal(l.0.to_ascii_lowercase()),
        HirKind::Class(c) => Hir::class(lowered_class(c)),
        HirKind::Look(l) => Hir::look(l),
    }
}

/// `c` with the lowercase of every ASCII capital it holds added (the
/// capitals stay: harmless, as a lowered text has none).
fn lowered_class(c: Class) -> Class {
    match c {
        Class::Unicode(mut u) => {
            let lower: Vec<ClassUnicodeRange> = u
                .ranges()
                .iter()
                .filter(|r| r.start() <= 'Z' && r.end() >= 'A')
                .map(|r| {
                    let (a, z) = (r.start().max('A') as u8, r.end().min('Z') as u8);
                    ClassUnicodeRange::new(char::from(a + 32), char::from(z + 32))
                })
                .collect();
            if !lower.is_empty() {
                u.union(&ClassUnicode::new(lower));
            }
            Class::Unicode(u)
        }
        Class::Bytes(mut b) => {
            let lower: Vec<ClassBytesRange> = b
                .ranges()
                .iter()
                .filter(|r| r.start() <= b'Z' && r.end() >= b'A')
                .map(|r| ClassBytesRange::new(r.start().max(b'A') + 32, r.end().min(b'Z') + 32))
                .collect();
            if !lower.is_empty() {
                b.union(&ClassBytes::new(lower));
            }
            Class::Bytes(b)
        }
    }
}

/// A placeholder in any case: it is written in one, and a rule may splice
/// it inside `(?i)`. After lowering, only two letters still have other
/// forms under Unicode's simple case folding, and they get classes: `k`
/// (the Kelvin sign) and `s` (the long s).
fn any_case(hir: Hir) -> Hir {
    match hir.into_kind() {
        HirKind::Literal(l) => {
            let mut items = Vec::new();
            let mut run = Vec::new();
            for &b in l.0.iter() {
                let other = match b {
                    b'k' => Some('\u{212A}'),
                    b's' => Some('\u{017F}'),
                    _ => None,
                };
                match other {
                    Some(o) => {
                        if !run.is_empty() {
                            items.push(Hir::literal(std::mem::take(&mut run)));
                        }
                        let c = b as char;
                        items.push(Hir::class(Class::Unicode(ClassUnicode::new([
                            ClassUnicodeRange::new(c, c),
                            ClassUnicodeRange::new(o, o),
                        ]))));
                    }
                    None => run.push(b),
                }
            }
            if !run.is_empty() {
                items.push(Hir::literal(run));
            }
            Hir::concat(items)
        }
        HirKind::Class(Class::Unicode(mut u)) => {
            for (c, o) in [('k', '\u{212A}'), ('s', '\u{017F}')] {
                if u.ranges().iter().any(|r| r.start() <= c && c <= r.end()) {
                    u.push(ClassUnicodeRange::new(o, o));
                }
            }
            Hir::class(Class::Unicode(u))
        }
        HirKind::Concat(items) => Hir::concat(items.into_iter().map(any_case).collect()),
        HirKind::Alternation(alts) => Hir::alternation(alts.into_iter().map(any_case).collect()),
        HirKind::Repetition(r) => Hir::repetition(Repetition {
            sub: Box::new(any_case(*r.sub)),
            ..r
        }),
        HirKind::Capture(c) => any_case(*c.sub),
        HirKind::Class(c) => Hir::class(c),
        HirKind::Look(l) => Hir::look(l),
        HirKind::Empty => Hir::empty(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gate_of(pats: &[&str], ph: &[(&str, &str)]) -> Gate {
        Gate::new(pats, ph, 2)
    }

    fn hits(g: &Gate, hay: &str) -> Vec<usize> {
        let mut caches = g.caches();
        g.matching(hay, &mut caches)
            .iter()
            .map(|p| p.as_usize())
            .collect()
    }

    #[test]
    fn placeholders_are_spliced_case_insensitively() {
        let ph = [("MON", "(?:Jan|Feb)"), ("DAY", "[0-9]{1,2}")];
        let g = gate_of(
            &[
                r"(?-u:\b)(MON)\s+(DAY)(?-u:\b)",
                r"(DAY)(?:st|th)\s+of\s+MON",
                r"never",
            ],
            &ph,
        );
        assert_eq!(hits(&g, "on Jan 12 it rained"), vec![0]);
        assert_eq!(
            hits(&g, "on JAN 12"),
            vec![0],
            "a placeholder is case-insensitive"
        );
        assert_eq!(hits(&g, "the 3rd of feb, the 4th of Feb"), vec![1]);
        assert!(hits(&g, "March 12").is_empty());
    }

    #[test]
    fn many_parts_report_the_patterns_own_indexes() {
        let pats = ["a1", "b2", "c3", "d4", "e5"];
        for parts in 1..=4 {
            let g = Gate::new(&pats, &[], parts);
            assert_eq!(hits(&g, "x b2 e5 a1"), vec![0, 1, 4], "{parts} parts");
        }
    }
}
