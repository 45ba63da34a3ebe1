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
//!
//! Building [`Gate`] and filling its lazy automaton is most of a short
//! run, so a short run uses [`LiteralGate`] instead: words every match must
//! hold ([`requirements`], worked out once from the patterns' syntax and
//! kept), found by one Aho-Corasick pass, then each candidate pattern
//! confirmed by an automaton of its own, compiled on first need.
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

/// One lazy DFA reporting which of `hirs` match (overlapping, no captures).
fn build_dfa(hirs: &[Hir]) -> DFA {
    let nfa = Compiler::new()
        .configure(Thompson::new().which_captures(WhichCaptures::None))
        .build_many_from_hir(hirs)
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
}

/// The placeholder a group stands for, if its name is a [`marker`]'s.
fn placeholder_of(group_name: Option<&str>) -> Option<usize> {
    group_name?
        .strip_prefix("__ph")?
        .split('_')
        .next()?
        .parse()
        .ok()
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
        let spliced = spliced(placeholders.iter().map(|(_, re)| *re));
        let build = |k: usize| -> DFA {
            let hirs: Vec<Hir> = templates
                .iter()
                .skip(k)
                .step_by(parts)
                .map(|t| bare(parse_template(t, placeholders), &spliced))
                .collect();
            build_dfa(&hirs)
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
        with_lowered(hay, |lowered| self.matching_lowered(lowered, caches))
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

/// A gate that is quick to build, for short runs. Each pattern comes with
/// sets of words (see [`requirements`]): every match holds a word of each
/// set. One Aho-Corasick automaton finds the words of a paragraph; a
/// pattern all of whose sets are met is then confirmed by its own small
/// automaton, compiled on first need. A run over few paragraphs compiles a
/// few small automata instead of [`Gate`]'s large ones; a long run is
/// better served by [`Gate`] (one scan for all patterns).
pub struct LiteralGate {
    ac: aho_corasick::AhoCorasick,
    /// For each pattern, its sets of words, as indexes of the automaton's
    /// words; an empty list for a pattern that can match anywhere.
    needs: Vec<Vec<Vec<usize>>>,
    words: usize,
    /// Each pattern's own automaton, as [`Gate`] would build it alone.
    confirm: Vec<std::sync::OnceLock<DFA>>,
    templates: Vec<String>,
    placeholders: Vec<(String, String)>,
    spliced: std::sync::OnceLock<Vec<Hir>>,
    /// Tells this gate's confirming caches from another's (tests build
    /// several gates on one thread).
    id: usize,
}

/// Each pattern's required word sets: every match of the pattern holds a
/// word of each set (ASCII case aside).
pub type Requirements = Vec<Vec<Vec<String>>>;

/// Numbers [`LiteralGate`]s, so a thread's caches belong to one of them.
static LITERAL_GATES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

thread_local! {
    /// The confirming automata's caches of this thread: for which gate,
    /// and one for each of its patterns, made on first need.
    static CONFIRM_CACHES: std::cell::RefCell<(usize, Vec<Option<Cache>>)> =
        const { std::cell::RefCell::new((usize::MAX, Vec::new())) };
}

/// The words every match of each of `templates` must hold (see
/// [`LiteralGate`]), worked out from the patterns' syntax. This parses
/// every pattern: callers that start often keep the answer (the date
/// rules keep it in a file, checked by a test) and pass it to
/// [`LiteralGate::new`].
pub fn requirements(templates: &[&str], placeholders: &[(&str, &str)]) -> Requirements {
    let spliced: Vec<Lits> = spliced(placeholders.iter().map(|(_, re)| *re))
        .iter()
        .map(|h| lits(h, &[]))
        .collect();
    templates
        .iter()
        .map(|t| {
            let sets = lits(&parse_template(t, placeholders), &spliced).sets();
            let text: Option<Vec<Vec<String>>> = sets
                .into_iter()
                .map(|set| {
                    set.into_iter()
                        .map(|w| String::from_utf8(w).ok())
                        .collect::<Option<Vec<String>>>()
                })
                .collect();
            text.unwrap_or_default()
        })
        .collect()
}

/// A fingerprint of a gate's patterns, to tell whether kept
/// [`requirements`] are still theirs (FNV-1a over every pattern and
/// placeholder).
pub fn fingerprint(templates: &[&str], placeholders: &[(&str, &str)]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let parts = templates
        .iter()
        .chain(placeholders.iter().flat_map(|(n, r)| [n, r]));
    for part in parts {
        for &b in part.as_bytes().iter().chain(&[0xff]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

impl LiteralGate {
    /// A gate for `templates`, written as for [`Gate::new`], with their
    /// [`requirements`].
    pub fn new(
        templates: &[&str],
        placeholders: &[(&str, &str)],
        requirements: &Requirements,
    ) -> LiteralGate {
        let mut words: Vec<&str> = Vec::new();
        let mut index: rustc_hash::FxHashMap<&str, usize> = Default::default();
        let needs = requirements
            .iter()
            .map(|sets| {
                sets.iter()
                    .map(|set| {
                        set.iter()
                            .map(|w| {
                                *index.entry(w.as_str()).or_insert_with(|| {
                                    words.push(w);
                                    words.len() - 1
                                })
                            })
                            .collect()
                    })
                    .collect()
            })
            .collect();
        let ac = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
            .build(&words)
            .expect("gate words compile");
        LiteralGate {
            ac,
            needs,
            words: words.len(),
            confirm: templates
                .iter()
                .map(|_| std::sync::OnceLock::new())
                .collect(),
            templates: templates.iter().map(|t| t.to_string()).collect(),
            placeholders: placeholders
                .iter()
                .map(|(n, r)| (n.to_string(), r.to_string()))
                .collect(),
            spliced: std::sync::OnceLock::new(),
            id: LITERAL_GATES.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }

    /// The patterns whose required words are all in `hay`.
    pub fn candidates(&self, hay: &str) -> PatternSet {
        let mut seen = vec![false; self.words];
        for m in self.ac.find_overlapping_iter(hay) {
            seen[m.pattern().as_usize()] = true;
        }
        let mut set = PatternSet::new(self.templates.len());
        for (i, sets) in self.needs.iter().enumerate() {
            if sets.iter().all(|set| set.iter().any(|&w| seen[w])) {
                set.insert(PatternID::new_unchecked(i));
            }
        }
        set
    }

    /// The patterns that can match somewhere in `hay`: the candidates
    /// that their own automaton confirms.
    pub fn matching(&self, hay: &str) -> PatternSet {
        let candidates = self.candidates(hay);
        let mut set = PatternSet::new(self.templates.len());
        if candidates.is_empty() {
            return set;
        }
        with_lowered(hay, |lowered| {
            let input = Input::new(lowered);
            CONFIRM_CACHES.with(|c| {
                let mut c = c.borrow_mut();
                if c.0 != self.id {
                    *c = (self.id, Vec::new());
                    c.1.resize_with(self.templates.len(), || None);
                }
                for p in candidates.iter() {
                    let i = p.as_usize();
                    let dfa = self.confirm[i].get_or_init(|| self.automaton(i));
                    let cache = c.1[i].get_or_insert_with(|| dfa.create_cache());
                    // A lazy DFA that gives up (its cache thrashed) may match.
                    if dfa
                        .try_search_fwd(cache, &input)
                        .map_or(true, |m| m.is_some())
                    {
                        set.insert(p);
                    }
                }
            });
        });
        set
    }

    /// Pattern `i` alone, as [`Gate`] compiles its patterns.
    fn automaton(&self, i: usize) -> DFA {
        let spliced = self
            .spliced
            .get_or_init(|| spliced(self.placeholders.iter().map(|(_, re)| re.as_str())));
        let placeholders: Vec<(&str, &str)> = self
            .placeholders
            .iter()
            .map(|(n, r)| (n.as_str(), r.as_str()))
            .collect();
        build_dfa(&[bare(
            parse_template(&self.templates[i], &placeholders),
            spliced,
        )])
    }
}

/// Most strings a set of [`Lits`] keeps before it gives up on the set.
const MAX_LITS: usize = 64;

/// Most required sets a pattern keeps (the most selective).
const MAX_SETS: usize = 4;

/// What the strings matching a pattern are known to hold, ASCII letters
/// lowered: `exact`, all of them (when few; may hold ""); `pre` and
/// `suf`, strings one of which each of them starts or ends with; and
/// `all`, sets of strings such that each match holds a string of every
/// set. Only `exact` holds "".
#[derive(Clone, Default)]
struct Lits {
    exact: Option<Vec<Vec<u8>>>,
    pre: Option<Vec<Vec<u8>>>,
    suf: Option<Vec<Vec<u8>>>,
    all: Vec<Vec<Vec<u8>>>,
}

/// How selective a required set is: longer shortest string first (up to
/// four bytes), then fewer strings.
fn score(s: &[Vec<u8>]) -> (usize, std::cmp::Reverse<usize>) {
    let shortest = s.iter().map(Vec::len).min().unwrap_or(0);
    (shortest.min(4), std::cmp::Reverse(s.len()))
}

impl Lits {
    fn exact(set: Vec<Vec<u8>>) -> Lits {
        Lits {
            exact: Some(set),
            ..Lits::default()
        }
    }

    /// `exact` when no match is empty.
    fn nonempty_exact(&self) -> Option<&Vec<Vec<u8>>> {
        self.exact.as_ref().filter(|e| !e.iter().any(Vec::is_empty))
    }

    fn prefixes(&self) -> Option<&Vec<Vec<u8>>> {
        self.nonempty_exact().or(self.pre.as_ref())
    }

    fn suffixes(&self) -> Option<&Vec<Vec<u8>>> {
        self.nonempty_exact().or(self.suf.as_ref())
    }

    /// Every required set, the most selective first, at most [`MAX_SETS`].
    fn sets(&self) -> Vec<Vec<Vec<u8>>> {
        let mut sets = self.all.clone();
        if let Some(e) = self.exact.as_ref().filter(|e| !e.iter().any(Vec::is_empty)) {
            sets.push(minimal(e.clone()));
        }
        prune(sets)
    }

    /// The most selective required set.
    fn best(&self) -> Option<Vec<Vec<u8>>> {
        self.sets().into_iter().next()
    }
}

/// `sets` without repeats or sets any text meets, the most selective first, at most [`MAX_SETS`].
fn prune(mut sets: Vec<Vec<Vec<u8>>>) -> Vec<Vec<Vec<u8>>> {
    // A set holding a lone space (or "") is met by any text.
    sets.retain(|set| {
        !set.iter()
            .any(|s| s.is_empty() || (s.len() == 1 && s[0].is_ascii_whitespace()))
    });
    sets.sort_by(|a, b| score(b).cmp(&score(a)).then_with(|| a.cmp(b)));
    sets.dedup();
    sets.truncate(MAX_SETS);
    sets
}

fn dedup(mut v: Vec<Vec<u8>>) -> Vec<Vec<u8>> {
    v.sort_unstable();
    v.dedup();
    v
}

/// A required set without the strings that hold another of its strings
/// (a text holding "january" holds "jan").
fn minimal(v: Vec<Vec<u8>>) -> Vec<Vec<u8>> {
    let v = dedup(v);
    v.iter()
        .filter(|s| {
            !v.iter()
                .any(|t| t.len() < s.len() && s.windows(t.len()).any(|w| w == t.as_slice()))
        })
        .cloned()
        .collect()
}

/// Every string of `a` followed by every string of `b`, if not too many.
fn cross(a: &[Vec<u8>], b: &[Vec<u8>]) -> Option<Vec<Vec<u8>>> {
    if a.len() * b.len() > MAX_LITS {
        return None;
    }
    let mut out = Vec::with_capacity(a.len() * b.len());
    for x in a {
        for y in b {
            let mut s = x.clone();
            s.extend_from_slice(y);
            out.push(s);
        }
    }
    Some(dedup(out))
}

/// The characters of a class as lowered strings, if it has few.
fn class_strings(c: &Class) -> Option<Vec<Vec<u8>>> {
    let mut out = Vec::new();
    match c {
        Class::Unicode(u) => {
            for r in u.ranges() {
                if (r.end() as u32 - r.start() as u32) as usize + out.len() >= MAX_LITS {
                    return None;
                }
                for ch in r.start()..=r.end() {
                    let mut buf = [0; 4];
                    out.push(ch.encode_utf8(&mut buf).as_bytes().to_ascii_lowercase());
                }
            }
        }
        Class::Bytes(b) => {
            for r in b.ranges() {
                if (r.end() - r.start()) as usize + out.len() >= MAX_LITS {
                    return None;
                }
                out.extend((r.start()..=r.end()).map(|x| vec![x.to_ascii_lowercase()]));
            }
        }
    }
    // Spaces are in every text: a class holding one (`\s`) is better left
    // out of the strings than multiplied into them.
    if out
        .iter()
        .any(|s| s.len() == 1 && s[0].is_ascii_whitespace())
    {
        return None;
    }
    Some(dedup(out))
}

/// What [`Lits`] can say of `hir`, a template whose placeholder marker
/// groups stand for `spliced[i]`.
fn lits(hir: &Hir, spliced: &[Lits]) -> Lits {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Lits::exact(vec![Vec::new()]),
        HirKind::Literal(l) => Lits::exact(vec![l.0.to_ascii_lowercase()]),
        HirKind::Class(c) => Lits {
            exact: class_strings(c),
            ..Lits::default()
        },
        HirKind::Capture(Capture { name, sub, .. }) => {
            match placeholder_of(name.as_deref()).and_then(|i| spliced.get(i)) {
                Some(l) => l.clone(),
                None => lits(sub, spliced),
            }
        }
        HirKind::Repetition(r) => {
            let sub = lits(&r.sub, spliced);
            let mut exact = None;
            if let (Some(e), Some(max)) = (&sub.exact, r.max) {
                let mut all: Vec<Vec<u8>> = Vec::new();
                let mut power = vec![Vec::new()];
                for k in 0..=max {
                    if k >= r.min {
                        all.extend(power.iter().cloned());
                    }
                    if k < max {
                        match cross(&power, e) {
                            Some(p) => power = p,
                            None => {
                                all.clear();
                                break;
                            }
                        }
                    }
                }
                if !all.is_empty() && all.len() <= MAX_LITS {
                    exact = Some(dedup(all));
                }
            }
            if r.min >= 1 {
                Lits {
                    exact,
                    pre: sub.prefixes().cloned(),
                    suf: sub.suffixes().cloned(),
                    all: sub.sets(),
                }
            } else {
                Lits {
                    exact,
                    ..Lits::default()
                }
            }
        }
        HirKind::Alternation(alts) => {
            let subs: Vec<Lits> = alts.iter().map(|h| lits(h, spliced)).collect();
            let union = |f: &dyn Fn(&Lits) -> Option<Vec<Vec<u8>>>| -> Option<Vec<Vec<u8>>> {
                let mut out = Vec::new();
                for s in &subs {
                    out.extend(f(s)?);
                }
                Some(dedup(out))
            };
            let exact = union(&|s| s.exact.clone()).filter(|e| e.len() <= MAX_LITS);
            let pre = union(&|s| s.prefixes().cloned()).filter(|e| e.len() <= MAX_LITS);
            let suf = union(&|s| s.suffixes().cloned()).filter(|e| e.len() <= MAX_LITS);
            let any = union(&|s| s.best());
            Lits {
                exact,
                pre,
                suf,
                all: any.map(minimal).into_iter().collect(),
            }
        }
        HirKind::Concat(items) => {
            // A run: the strings of consecutive parts with known strings,
            // multiplied out, after the known ends of the part before them
            // (`exact_run` while the run is all the concatenation so far).
            // Each run, and each other part's required sets, is required.
            let mut run: Option<Vec<Vec<u8>>> = Some(vec![Vec::new()]);
            let mut exact_run = true;
            let mut pre: Option<Vec<Vec<u8>>> = None;
            let mut all: Vec<Vec<Vec<u8>>> = Vec::new();
            let keep = |set: Vec<Vec<u8>>, all: &mut Vec<Vec<Vec<u8>>>| {
                if !set.iter().any(Vec::is_empty) {
                    all.push(minimal(set));
                }
            };
            for item in items {
                let l = lits(item, spliced);
                match (run.take(), &l.exact) {
                    (Some(r), Some(e)) => match cross(&r, e) {
                        Some(next) => run = Some(next),
                        None => {
                            if exact_run && pre.is_none() {
                                pre = Some(r.clone()).filter(|r| !r.iter().any(Vec::is_empty));
                            }
                            exact_run = false;
                            keep(r, &mut all);
                            run = Some(e.clone());
                        }
                    },
                    (None, Some(e)) => run = Some(e.clone()),
                    (r, None) => {
                        let joined = match (&r, l.prefixes()) {
                            (Some(r), Some(p)) => cross(r, p),
                            _ => None,
                        };
                        if exact_run && pre.is_none() {
                            pre = match (&r, &joined) {
                                (Some(r), _) if r.iter().all(Vec::is_empty) => {
                                    l.prefixes().cloned()
                                }
                                (_, Some(j)) => Some(j.clone()),
                                (Some(r), None) => Some(r.clone()),
                                (None, _) => None,
                            }
                            .filter(|p| !p.iter().any(Vec::is_empty));
                        }
                        exact_run = false;
                        match (joined, r) {
                            (Some(j), _) => keep(j, &mut all),
                            (None, Some(r)) => keep(r, &mut all),
                            (None, None) => {}
                        }
                        all.extend(l.all.iter().cloned());
                        run = l.suffixes().cloned();
                    }
                }
            }
            let exact = if exact_run { run.clone() } else { None };
            let suf = run.clone().filter(|r| !r.iter().any(Vec::is_empty));
            if let Some(r) = run {
                keep(r, &mut all);
            }
            Lits {
                exact,
                pre,
                suf,
                all: prune(all),
            }
        }
    }
}

thread_local! {
    /// The text being gated, ASCII letters lowered (reused: no allocation
    /// per paragraph once it has grown).
    static LOWERED: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// `f` of `hay` with its ASCII letters lowered, in this thread's reused
/// buffer (no allocation per paragraph once it has grown).
fn with_lowered<R>(hay: &str, f: impl FnOnce(&[u8]) -> R) -> R {
    LOWERED.with(|buf| {
        let mut buf = buf.borrow_mut();
        buf.clear();
        buf.extend(hay.bytes().map(|b| b.to_ascii_lowercase()));
        f(&buf)
    })
}

/// Each placeholder's expression as it is spliced into a pattern: parsed,
/// bare and in any case.
fn spliced<'a>(placeholders: impl Iterator<Item = &'a str>) -> Vec<Hir> {
    placeholders
        .map(|re| {
            any_case(bare(
                regex_syntax::parse(re).expect("placeholder parses"),
                &[],
            ))
        })
        .collect()
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
            match placeholder_of(name.as_deref()).and_then(|i| spliced.get(i)) {
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

    fn words(pats: &[&str], ph: &[(&str, &str)]) -> Requirements {
        requirements(pats, ph)
    }

    #[test]
    fn required_words_come_from_every_part_that_must_match() {
        let ph = [("MON", "(?:Jan(?:uary)?|Feb(?:ruary)?)")];
        let w = words(
            &[
                r"(?i)(?-u:\b)since\s+[0-9]{4}(?-u:\b)",
                r"(?:early\s+)?MON\s+[0-9]{1,2}",
                r"(?:the\s+)?(?:start|end)\s+of\s+(?:the\s+)?year",
                r"[0-9]{1,2}[/.][0-9]{1,2}",
            ],
            &ph,
        );
        let has = |i: usize, set: &[&str]| {
            let mut set: Vec<String> = set.iter().map(|s| s.to_string()).collect();
            set.sort();
            assert!(w[i].contains(&set), "pattern {i}: {:?} lacks {set:?}", w[i]);
        };
        has(0, &["since", "ſince"]);
        has(0, &["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);
        // A spliced placeholder is its shortest distinct words, in any case
        // (the long s is another case of "s" under Unicode folding).
        has(1, &["feb", "jan"]);
        // Optional parts ("early", "the") are never required.
        assert!(w[1].iter().all(|set| !set.contains(&"early".to_string())));
        has(2, &["end", "start"]);
        has(2, &["of"]);
        has(2, &["year"]);
        // A digit next to a separator: the two are required together.
        assert!(
            w[3].iter().any(|set| set.contains(&"9/".to_string())),
            "{:?}",
            w[3]
        );
    }

    #[test]
    fn the_literal_gate_confirms_each_candidate_with_its_own_pattern() {
        let ph = [("MON", "(?:Jan|Feb)")];
        let pats = [
            r"(?i)(?-u:\b)since\s+[0-9]{4}(?-u:\b)",
            r"(?-u:\b)MON\s+[0-9]{1,2}(?-u:\b)",
            r"never",
        ];
        let g = LiteralGate::new(&pats, &ph, &requirements(&pats, &ph));
        let ids = |set: PatternSet| set.iter().map(|p| p.as_usize()).collect::<Vec<_>>();
        assert_eq!(ids(g.matching("SINCE 1999 and jan 12")), vec![0, 1]);
        // Words present but not in the pattern's order: a candidate only.
        assert_eq!(ids(g.candidates("1999, ever since")), vec![0]);
        assert!(g.matching("1999, ever since").is_empty());
        assert!(g.matching("nothing here").is_empty());
        // Two gates on one thread keep their caches apart.
        let other = LiteralGate::new(&pats[1..], &ph, &requirements(&pats[1..], &ph));
        assert_eq!(ids(other.matching("Feb 3")), vec![0]);
        assert_eq!(ids(g.matching("Feb 3")), vec![1]);
    }

    #[test]
    fn a_fingerprint_changes_with_any_pattern_or_placeholder() {
        let base = fingerprint(&["a", "b"], &[("X", "x")]);
        assert_eq!(base, fingerprint(&["a", "b"], &[("X", "x")]));
        assert_ne!(base, fingerprint(&["a", "c"], &[("X", "x")]));
        assert_ne!(base, fingerprint(&["ab"], &[("X", "x")]));
        assert_ne!(base, fingerprint(&["a", "b"], &[("X", "y")]));
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
