//! Small text helpers shared by the extractors: the word before or after a
//! position, tense of a clause, and quote-character classes. Byte offsets
//! everywhere; every helper returns slices of the original text.

/// The word (letters, digits, apostrophes, hyphens, dots inside) ending just
/// before `pos`, skipping whitespace. Empty when punctuation intervenes.
pub fn prev_word(text: &str, pos: usize) -> &str {
    let before = text[..pos].trim_end();
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '.'))
        .last()
        .map(|(i, _)| i)
        .unwrap_or(before.len());
    before[start..].trim_end_matches('.')
}

/// Word characters for a regex character class, in place of `\w`: ASCII
/// letters, digits and `_`, and the letters and combining marks of the
/// Latin, Greek and Cyrillic blocks, which is where the names in English
/// news are written. Unicode `\w` covers every script, and a class of it
/// inside a repetition compiles ~15x slower (3 ms a regex, paid at every
/// start-up); the scripts it adds have no capital letters for the name
/// patterns to start on.
pub const WORD_CLASS: &str = r"0-9A-Za-z_\u{AA}\u{B5}\u{BA}\u{C0}-\u{D6}\u{D8}-\u{F6}\u{F8}-\u{3FF}\u{400}-\u{52F}\u{1E00}-\u{1FFF}";

/// `pattern` with each `\w` replaced by [`WORD_CLASS`] (bracketed when it
/// stands outside a character class).
pub fn with_word_class(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 64);
    let mut in_class = false;
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('w') if in_class => out.push_str(WORD_CLASS),
                Some('w') => {
                    out.push('[');
                    out.push_str(WORD_CLASS);
                    out.push(']');
                }
                Some(e) => {
                    out.push('\\');
                    out.push(e);
                }
                None => out.push('\\'),
            },
            '[' if !in_class => {
                in_class = true;
                out.push(c);
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// The largest char boundary at or before `i`.
pub fn floor_char(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Whether `after`, the text right after an ordinal, makes it one of a
/// numbered series: " of 21 stages", " of the evening's 41," (figures keep
/// it as a rank, dates drop it as a day of the month).
pub fn of_a_numbered_series(after: &str) -> bool {
    let Some(r) = after.strip_prefix(" of ") else {
        return false;
    };
    let r = r.strip_prefix("the ").unwrap_or(r);
    // (a possessive before the count: "the evening's")
    let r = r
        .split_once(['\'', '’'])
        .and_then(|(w, rest)| {
            (!w.is_empty() && w.bytes().all(|b| b.is_ascii_alphabetic()))
                .then(|| rest.strip_prefix("s "))
                .flatten()
        })
        .unwrap_or(r);
    r.starts_with(|c: char| c.is_ascii_digit())
        && r.trim_start_matches(|c: char| c.is_ascii_digit())
            .starts_with([' ', ',', '.', ';'])
}

/// The start of the word returned by [`prev_word`].
pub fn prev_word_start(text: &str, pos: usize) -> usize {
    let w = prev_word(text, pos);
    let before = text[..pos].trim_end();
    let trimmed_dots = before.len() - before.trim_end_matches('.').len();
    before.len() - trimmed_dots - w.len()
}

/// Whether `s` ends with `suffix`, ASCII case ignored. Compared as bytes,
/// so it never slices inside a character ("“Every year" against
/// "fortnightly").
pub fn ends_with_ignore_case(s: &str, suffix: &str) -> bool {
    s.len() >= suffix.len()
        && s.as_bytes()[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// The word starting just after `pos`, skipping whitespace.
pub fn next_word(text: &str, pos: usize) -> &str {
    let after = &text[pos..];
    let lead = after.len() - after.trim_start().len();
    let rest = &after[lead..];
    let end = rest
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '\\')))
        .map(|(i, _)| i)
        .unwrap_or(rest.len());
    &rest[..end]
}

/// Whether `c` opens or closes a quotation.
pub fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»')
}

/// Grammatical direction of a clause, for resolving relative dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// Past or present: relative dates look back.
    Past,
    /// Future: relative dates look ahead.
    Future,
}

/// Words that make a clause point forward.
const FUTURE_MARKERS: &[&str] = &[
    "will",
    "would",
    "shall",
    "'ll",
    "’ll",
    "going",
    "due",
    "scheduled",
    "expected",
    // "a dividend payable on May 8"
    "payable",
    // "analysts expect Brent to average $90 in the second quarter"
    "expect",
    "expects",
    "predict",
    "predicts",
    "anticipates",
    "upcoming",
    "coming",
    "next",
    "planned",
    "plans",
    "intends",
    // Aims and likelihoods look ahead: "aims to vaccinate them by the end
    // of April", "highs were likely until Sunday", "cuts extended until
    // the end of March".
    "aims",
    "aim",
    "hopes",
    "seeks",
    "pledged",
    "vowed",
    "promised",
    "promises",
    "likely",
    "unlikely",
    "extend",
    "extends",
    "extended",
    // Present tense of a schedule: "the deal expires on Dec. 31", "voting
    // opens on Monday".
    "expires",
    "begins",
    "starts",
    "opens",
    "closes",
    "reopens",
    "resumes",
    "launches",
    "runs",
    "ends",
    "lasts",
    "concludes",
    // "the law takes effect on 1 July", "the tournament kicks off on Friday"
    "takes",
    "kicks",
    // Requests and abilities point ahead: "please book it for July 17",
    // "the only days he can do are...".
    "please",
    "schedule",
    // Participles of a schedule: "talks are pencilled in for 18 June",
    // "a vote slated for May".
    "slated",
    "pencilled",
    "penciled",
    "timetabled",
];

/// Modal verbs that look ahead ("revenue could rise in the third quarter",
/// "the court must rule by June"), unless a perfect follows ("could have
/// risen in May" is behind). "may" only in lower case, as "May" is a month.
const FUTURE_MODALS: &[&str] = &["could", "might", "should", "must", "may"];

/// Verbs of events that are set for a date, read after "to" ("to hold a
/// vote on", "due to take effect on").
const SCHEDULE_VERBS: &[&str] = &[
    "hold", "convene", "meet", "resume", "begin", "start", "vote", "sign", "visit", "open",
    "reopen", "launch", "publish", "release", "decide", "rule", "attend", "travel", "host",
    "stage", "hear", "present", "unveil", "close", "end", "finish", "take", "strike", "walk",
];

/// Words that pin a clause in the past even near a future marker: past
/// auxiliaries, time words, and the irregular past tenses news uses most
/// ("took effect on Jan. 1", "officials said on Wednesday").
const PAST_MARKERS: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "ago",
    "last",
    "since",
    "yesterday",
    "said",
    "told",
    "took",
    "came",
    "went",
    "began",
    "made",
    "met",
    "held",
    "won",
    "lost",
    "fell",
    "rose",
    "left",
    "saw",
    "gave",
    "got",
    "became",
    "brought",
    "struck",
    "ran",
    "sent",
    "spoke",
    "wrote",
    "thought",
    "found",
    "kept",
    "led",
    "paid",
    "sold",
    "shot",
    "fought",
    "flew",
    "broke",
    "chose",
    "drove",
    "grew",
    "knew",
    "threw",
    "sank",
    "stood",
    "sought",
    "spent",
    "built",
    "caught",
    "taught",
    "fled",
    "hid",
    "bought",
    "meant",
    "felt",
    "heard",
    "slid",
    "swept",
    "overtook",
    "undertook",
];

/// Tense of the clause around `pos` inside `sentence` (a slice of text with
/// its own offsets): looks at the words of the sentence before `pos` and a
/// few after, nearest first.
pub fn tense_at(sentence: &str, pos: usize) -> Tense {
    tense_evidence(sentence, pos).unwrap_or(Tense::Past)
}

/// The tense words around `pos` show, if any (see [`tense_at`], which
/// reads none as past: most dates in news are).
pub fn tense_evidence(sentence: &str, pos: usize) -> Option<Tense> {
    tense_before(sentence, pos).or_else(|| tense_after(sentence, pos))
}

/// The tense the words before `pos` show (nearest first), if any.
pub fn tense_before(sentence: &str, pos: usize) -> Option<Tense> {
    let pos = pos.min(sentence.len());
    let before = &sentence[..pos];
    // "a 70% chance, up from 45% on Thursday": the value a figure is
    // compared with was earlier, whatever the clause's tense
    static COMPARED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)(?-u:\b)(?:(?:up|down|rising|falling)\s+from|compared\s+(?:with|to))\s+[$£€¥]?[0-9][^\s]*(?:\s+(?:on|in|at))?\s+$")
            .expect("compared regex compiles")
    });
    if before.ends_with([' ', '\u{a0}']) {
        // (the words the pattern needs, found first: most windows have
        // neither)
        let window = &before[floor_char(before, pos.saturating_sub(64))..];
        if (window.contains("from") || window.contains("ompared")) && COMPARED.is_match(window) {
            return Some(Tense::Past);
        }
    }
    let words: Vec<&str> = before
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .collect();
    // A present copula right before the date points ahead: "the vote is
    // (on) Friday", "talks are until Monday".
    // ("the vote is on the evening of Friday": the part of the day aside)
    let n = words.len();
    let part_of = n >= 3
        && words[n - 3].eq_ignore_ascii_case("the")
        && matches!(
            words[n - 2].to_ascii_lowercase().as_str(),
            "morning" | "afternoon" | "evening" | "night"
        )
        && words[n - 1].eq_ignore_ascii_case("of");
    let last_two: Vec<String> = words[..if part_of { n - 3 } else { n }]
        .iter()
        .rev()
        .take(2)
        .map(|w| w.to_ascii_lowercase())
        .collect();
    let copula = |w: &str| matches!(w, "is" | "are");
    // "polls are open from 7am on Thursday", "the road is closed until
    // Monday": a present copula and a state that is scheduled.
    let state = |w: &str| {
        matches!(
            w,
            "open" | "closed" | "shut" | "available" | "valid" | "live" | "free" | "off"
        )
    };
    // (only prepositions, times and numbers between the state and the date)
    let linking = |w: &str| {
        matches!(
            w,
            "from" | "to" | "until" | "till" | "on" | "at" | "between" | "and" | "am" | "pm"
        ) || w.starts_with(|c: char| c.is_ascii_digit())
    };
    for (k, w) in words.iter().enumerate().rev().take(6) {
        let lw = w.to_ascii_lowercase();
        if state(&lw) && k > 0 && copula(&words[k - 1].to_ascii_lowercase()) {
            return Some(Tense::Future);
        }
        if !linking(&lw) {
            break;
        }
    }
    match last_two.as_slice() {
        [a, ..] if copula(a) => return Some(Tense::Future),
        [a, b] if matches!(a.as_str(), "on" | "until" | "till" | "by") && copula(b) => {
            return Some(Tense::Future);
        }
        _ => {}
    }
    // Twelve words back, not counting the numbers and letters of a clock
    // time ("will launch its probe to the asteroid belt at 9:42 a.m. on
    // Saturday").
    let mut counted = 0;
    let window = words.iter().enumerate().rev().take_while(|(_, w)| {
        if !(w.len() == 1 || w.bytes().all(|b| b.is_ascii_digit())) {
            counted += 1;
        }
        counted <= 12
    });
    for (k, w) in window {
        let lw = w.to_ascii_lowercase();
        // "asked the mediator to convene talks on the 20th": the event
        // an infinitive names is ahead of the verb that asks for it.
        if k > 0 && words[k - 1].eq_ignore_ascii_case("to") && SCHEDULE_VERBS.contains(&lw.as_str())
        {
            return Some(Tense::Future);
        }
        // "are forecast to reach", "is set to open", "is likely to fall":
        // a present copula, a word, then an infinitive ("is thought to
        // have died" looks back).
        if lw == "to"
            && k >= 2
            && copula(&words[k - 2].to_ascii_lowercase())
            && words
                .get(k + 1)
                .is_some_and(|n| !n.eq_ignore_ascii_case("have") && !n.eq_ignore_ascii_case("be"))
        {
            return Some(Tense::Future);
        }
        // "the law comes into force in January": the present of a
        // schedule ("came into force" is past).
        if lw == "force"
            && k >= 2
            && words[k - 1].eq_ignore_ascii_case("into")
            && matches!(
                words[k - 2].to_ascii_lowercase().as_str(),
                "comes" | "come" | "enters" | "enter"
            )
        {
            return Some(Tense::Future);
        }
        // "the bank is now seen keeping rates on hold until June": an
        // expectation in the present.
        if lw == "seen"
            && words[k.saturating_sub(2)..k]
                .iter()
                .any(|p| copula(&p.to_ascii_lowercase()))
        {
            return Some(Tense::Future);
        }
        if FUTURE_MARKERS.contains(&lw.as_str()) || lw.ends_with("'ll") || lw.ends_with("’ll") {
            return Some(Tense::Future);
        }
        // The plain present of a schedule: "talks resume on Friday",
        // "ministers meet in May", "the tax rises to €4 on March 1", "the
        // ban takes effect on Monday" (not after "did", "not"...: "talks
        // did not resume on Friday" is past).
        let takes_effect = matches!(lw.as_str(), "takes" | "take")
            && words
                .get(k + 1)
                .is_some_and(|n| n.eq_ignore_ascii_case("effect"));
        // ("tickets go on sale on Tuesday")
        let on_sale = lw == "sale"
            && k >= 2
            && words[k - 1].eq_ignore_ascii_case("on")
            && matches!(words[k - 2].to_ascii_lowercase().as_str(), "go" | "goes");
        if (takes_effect
            || on_sale
            || matches!(
                lw.as_str(),
                "resume"
                    | "resumes"
                    | "begin"
                    | "begins"
                    | "meet"
                    | "meets"
                    | "reconvene"
                    | "reconvenes"
                    | "reopen"
                    | "reopens"
                    | "expire"
                    | "expires"
                    | "rises"
                    | "falls"
                    | "starts"
                    | "opens"
                    | "closes"
                    | "ends"
            )
            || travel_present(before, &words, k, &lw))
            && !(k > 0
                && matches!(
                    words[k - 1].to_ascii_lowercase().as_str(),
                    "did" | "didn't" | "didn’t" | "not" | "never" | "had" | "have" | "to"
                ))
        {
            return Some(Tense::Future);
        }
        if FUTURE_MODALS.contains(w)
            && !words
                .get(k + 1)
                .is_some_and(|n| n.eq_ignore_ascii_case("have"))
        {
            return Some(Tense::Future);
        }
        // The present progressive is an arrangement ahead: "they are
        // holding elections on 5 June", "I am looking at 18 June".
        if lw.len() > 5
            && lw.ends_with("ing")
            && k > 0
            && matches!(
                words[k - 1].to_ascii_lowercase().as_str(),
                "am" | "is" | "are" | "i'm" | "we're" | "they're" | "i’m" | "we’re" | "they’re"
            )
        {
            return Some(Tense::Future);
        }
        // "will be held on", "will be reviewed": a participle after "be"
        // says nothing of the time; read on to the auxiliary.
        let after_be = k > 0
            && matches!(
                words[k - 1].to_ascii_lowercase().as_str(),
                "be" | "being" | "been"
            );
        // "last" is past as an adjective ("last week"), not as the verb
        // ("expected to last until Thursday").
        let verb_last = lw == "last"
            && !words.get(k + 1).is_some_and(|n| {
                matches!(
                    n.to_ascii_lowercase().as_str(),
                    "week"
                        | "weekend"
                        | "month"
                        | "year"
                        | "night"
                        | "time"
                        | "summer"
                        | "winter"
                        | "spring"
                        | "autumn"
                        | "fall"
                        | "season"
                        | "quarter"
                        | "monday"
                        | "tuesday"
                        | "wednesday"
                        | "thursday"
                        | "friday"
                        | "saturday"
                        | "sunday"
                )
            });
        // "a package worth $2bn if the truce held through the summer": a
        // past form after "if" or "unless" is a hypothesis, not the past.
        let hypothesis = words[k.saturating_sub(3)..k]
            .iter()
            .any(|p| p.eq_ignore_ascii_case("if") || p.eq_ignore_ascii_case("unless"));
        // "will keep rates unchanged", "to leave them closed": an "-ed"
        // word a few words after a modal or "to" is an adjective of that
        // clause, not a past tense ("could have risen" is one).
        // ("shore-based jobs", "state-owned": the end of a compound is
        // an adjective)
        let compound = {
            let at = w.as_ptr() as usize - before.as_ptr() as usize;
            before[..at].ends_with('-')
        };
        // ("as a listed company", "the revised plan", "in sheltered
        // glens": an "-ed" word after an article, a possessive or a
        // preposition is an adjective)
        let determined = k > 0
            && matches!(
                words[k - 1].to_ascii_lowercase().as_str(),
                "a" | "an"
                    | "the"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "our"
                    | "your"
                    | "in"
                    | "on"
                    | "at"
                    | "of"
                    | "with"
                    | "into"
                    | "under"
                    | "through"
            );
        let regular_past = lw.ends_with("ed") && lw.len() > 4 && !compound && !determined && {
            let back = &words[k.saturating_sub(4)..k];
            let modal = back.iter().rposition(|p| {
                matches!(
                    p.to_ascii_lowercase().as_str(),
                    "will"
                        | "would"
                        | "shall"
                        | "to"
                        | "can"
                        | "could"
                        | "should"
                        | "must"
                        | "might"
                        // ("keeping it unchanged", "leave them closed")
                        | "keep"
                        | "keeps"
                        | "keeping"
                        | "leave"
                        | "leaves"
                        | "leaving"
                        | "remain"
                        | "remains"
                )
            });
            !modal.is_some_and(|m| {
                !back[m..].iter().any(|p| {
                    matches!(
                        p.to_ascii_lowercase().as_str(),
                        "have" | "has" | "had" | "been"
                    )
                })
            })
        };
        if !after_be
            && !verb_last
            && !hypothesis
            && (PAST_MARKERS.contains(&lw.as_str()) || regular_past)
        {
            return Some(Tense::Past);
        }
    }
    // Nothing near: a long object or a second verb sharing the auxiliary
    // ("will idle six vessels and cut 900 jobs, one in 12 of its staff, by
    // the end of June", "would stay until September and be reviewed on
    // Oct. 14"). "will", "would" or "shall" further back, with no past
    // word nearer, still rules the clause.
    let far = words.len().saturating_sub(40);
    for w in words[far..].iter().rev() {
        let lw = w.to_ascii_lowercase();
        if matches!(lw.as_str(), "will" | "would" | "shall") || lw.ends_with("’ll") {
            return Some(Tense::Future);
        }
        if PAST_MARKERS.contains(&lw.as_str()) {
            break;
        }
    }
    None
}

/// Whether `words[k]` is the present of a journey, fixture or schedule, a
/// plan for a day ahead: "the team flies home on Tuesday", "the minister
/// travels to Oslo on Friday", "United host City on Sunday", "entries open
/// on Sept. 1". Verbs that are mostly nouns ("visits", "returns", "plays")
/// are left out; so is a noun after a determiner ("the hosts on Sunday").
/// `lw` is `words[k]` in lower case.
fn travel_present(before: &str, words: &[&str], k: usize, lw: &str) -> bool {
    if !matches!(
        lw,
        "flies"
            | "fly"
            | "host"
            | "travels"
            | "departs"
            | "arrives"
            | "leaves"
            | "sails"
            | "hosts"
            // the plural present of a schedule: "entries open on Sept. 1"
            | "open"
            | "start"
            | "close"
    ) {
        return false;
    }
    // (a capitalized word inside the sentence is a name: "won the Kestrel
    // Open on Sunday")
    if k > 0 && words[k].starts_with(char::is_uppercase) {
        return false;
    }
    // (a bare infinitive after a verb that makes or lets: "let 41 resorts
    // open by Dec. 12" is past)
    if words[k.saturating_sub(8)..k].iter().any(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "let"
                | "lets"
                | "made"
                | "make"
                | "makes"
                | "helped"
                | "help"
                | "helps"
                | "saw"
                | "watched"
                | "heard"
        )
    }) {
        return false;
    }
    // (a word of a compound is no verb: "payments start-up", "re-open")
    let at = words[k].as_ptr() as usize - before.as_ptr() as usize;
    let end = at + words[k].len();
    if before[end..].starts_with('-') || before[..at].ends_with('-') {
        return false;
    }
    let Some(prev) = k.checked_sub(1).map(|p| words[p].to_ascii_lowercase()) else {
        return true;
    };
    !(prev.ends_with(|c: char| c.is_ascii_digit())
        || matches!(
            prev.as_str(),
            "the"
                | "a"
                | "an"
                // (the adjective: "the border remained open on Monday")
                | "remained"
                | "remains"
                | "stayed"
                | "stays"
                | "kept"
                | "was"
                | "were"
                | "is"
                | "are"
                | "be"
                | "been"
                | "being"
                | "its"
                | "his"
                | "her"
                | "their"
                | "our"
                | "your"
                | "of"
                | "and"
                | "tax"
                | "these"
                | "those"
                | "two"
                | "three"
                | "many"
                | "new"
                | "more"
                | "fewer"
        ))
}

/// The tense the few words after `pos` show, if any: the verb of a clause
/// the date opens ("On March 3, 40 trains were cancelled"), or a present
/// copula before a word of schedule when the date is in the subject ("A
/// 2-3 June visit is planned", "the 14 March vote in the capital is due").
pub fn tense_after(sentence: &str, pos: usize) -> Option<Tense> {
    let pos = pos.min(sentence.len());
    let after = &sentence[pos..];
    fn words(t: &str) -> impl Iterator<Item = &str> {
        t.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .filter(|w| !w.is_empty())
    }
    for w in words(after).take(6) {
        let lw = w.to_ascii_lowercase();
        if matches!(lw.as_str(), "will" | "would" | "shall") {
            return Some(Tense::Future);
        }
        if PAST_MARKERS.contains(&lw.as_str()) {
            return Some(Tense::Past);
        }
    }
    // The copula must be in the clause the date opens: "the third quarter,
    // when contracts are due" is no subject of "are due".
    let clause = &after[..after
        .find([',', ';', ':', '(', ')', '—'])
        .unwrap_or(after.len())];
    let mut copula = false;
    for w in words(clause).take(10) {
        if copula
            && ["planned", "scheduled", "due", "expected", "set", "slated"]
                .iter()
                .any(|s| w.eq_ignore_ascii_case(s))
        {
            return Some(Tense::Future);
        }
        copula = w.eq_ignore_ascii_case("is") || w.eq_ignore_ascii_case("are");
    }
    None
}

/// Whether `w` (lower case) ranks something as a record: "first",
/// "record", "most", "least", "best", "worst" or a superlative ("lowest",
/// "wettest", "deadliest"; not "interest", "harvest", "forest"): "the
/// first cut in 18 months", "the most since 1990", "the wettest winter".
pub fn is_record_word(w: &str) -> bool {
    matches!(w, "first" | "record" | "most" | "least" | "best" | "worst")
        || (w.len() > 5
            && w.ends_with("est")
            && !matches!(
                w,
                "interest"
                    | "harvest"
                    | "forest"
                    | "contest"
                    | "protest"
                    | "request"
                    | "arrest"
                    | "suggest"
                    | "digest"
                    | "invest"
                    | "manifest"
                    | "conquest"
                    | "inquest"
                    | "modest"
                    | "honest"
                    | "earnest"
                    | "midwest"
                    | "northwest"
                    | "southwest"
                    | "latest"
            ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_class_stands_in_for_unicode_word_characters() {
        let p = with_word_class(r"^[A-Z][\w’'-]+ the\s+\w+ \\w$");
        assert!(p.contains(&format!("[A-Z][{WORD_CLASS}’'-]+")));
        assert!(p.contains(&format!(r"the\s+[{WORD_CLASS}]+")));
        assert!(
            p.ends_with(r" \\w$"),
            "an escaped backslash before w is kept: {p}"
        );
        let re = regex::Regex::new(&with_word_class(r"^[A-Z][\w’'-]*$")).unwrap();
        for name in [
            "Łukasz",
            "Müller-Lüdenscheidt",
            "O’Brien",
            "Đorđević",
            "Ngô",
            "Ξανθή",
            "Андрій",
        ] {
            let upper_start = name.chars().next().unwrap().is_ascii_uppercase();
            assert_eq!(re.is_match(name), upper_start, "{name}");
        }
        let word = regex::Regex::new(&with_word_class(r"^[\w]+$")).unwrap();
        for w in ["Łukasz", "Ξανθή", "Андрій", "Nguyễn", "x_1"] {
            assert!(word.is_match(w), "{w}");
        }
        for not in ["a b", "a—b", "a“", "×", "a’"] {
            assert!(!word.is_match(not), "{not}");
        }
    }

    #[test]
    fn words_around() {
        let t = "it has killed  290,000 people";
        let p = t.find("290").unwrap();
        assert_eq!(prev_word(t, p), "killed");
        assert_eq!(prev_word_start(t, p), t.find("killed").unwrap());
        assert_eq!(next_word(t, p + 7), "people");
        assert_eq!(prev_word("(about 5", 7), "about");
        assert_eq!(prev_word("on Sept. 5", 9), "Sept");
    }

    #[test]
    fn record_words() {
        for w in [
            "first",
            "record",
            "wettest",
            "deadliest",
            "lowest",
            "mildest",
        ] {
            assert!(is_record_word(w), "{w}");
        }
        for w in [
            "interest", "harvest", "inquest", "modest", "rest", "test", "latest",
        ] {
            assert!(!is_record_word(w), "{w}");
        }
    }

    #[test]
    fn tense() {
        let s = "the truce would come into force on Monday";
        assert_eq!(tense_at(s, s.find("Monday").unwrap()), Tense::Future);
        let s = "the commander was killed in an air strike on Thursday";
        assert_eq!(tense_at(s, s.find("Thursday").unwrap()), Tense::Past);
        let s = "The truce, reached late on Friday, would hold";
        assert_eq!(tense_at(s, s.find("Friday").unwrap()), Tense::Past);
        // Irregular past tenses win over a later "will".
        let s = "The law took effect on Jan. 1 and will be reviewed";
        assert_eq!(tense_at(s, s.find("Jan").unwrap()), Tense::Past);
        let s = "Talks will resume, officials said on Wednesday night";
        assert_eq!(tense_at(s, s.find("Wednesday").unwrap()), Tense::Past);
        // An "-ed" word after an article is an adjective, no past tense.
        let s = "Helvara will publish its first results as a listed company on May 7";
        assert_eq!(tense_at(s, s.find("May").unwrap()), Tense::Future);
        // An expectation in the present looks ahead.
        let s = "Analysts expect Brent to average $90 in the second quarter";
        assert_eq!(tense_at(s, s.find("second").unwrap()), Tense::Future);
        // The digits and letters of a clock time do not push the verb out
        // of reach.
        let s = "It will launch its probe to the asteroid belt at 9:42 a.m. on Saturday, he said";
        assert_eq!(tense_at(s, s.find("Saturday").unwrap()), Tense::Future);
        // Past the twelve words, "will" still rules when no past word is
        // nearer; a past word nearer wins.
        let s = "It will launch its big new probe to the distant asteroid belt of the system on Saturday, he said";
        assert_eq!(tense_at(s, s.find("Saturday").unwrap()), Tense::Future);
        let s = "It will idle six of its vessels over the winter and cut about 900 shore-based jobs, one in 12 of its office staff, by the end of June";
        assert_eq!(tense_at(s, s.find("the end").unwrap()), Tense::Future);
        let s = "It will idle six vessels, a plan the board agreed after a long and difficult meeting of its members in June";
        assert_eq!(tense_at(s, s.find("June").unwrap()), Tense::Past);
        // A promise looks ahead.
        let s = "The mayor has promised a strategy on violence by the end of June";
        assert_eq!(tense_at(s, s.find("the end").unwrap()), Tense::Future);
        // A participle after "be" leaves the tense to the auxiliary.
        let s = "The event will be held on the first Monday of September";
        assert_eq!(tense_at(s, s.find("the first").unwrap()), Tense::Future);
        let s = "The law will be reviewed on Monday";
        assert_eq!(tense_at(s, s.find("Monday").unwrap()), Tense::Future);
        let s = "The law has been reviewed since Monday";
        assert_eq!(tense_at(s, s.find("Monday").unwrap()), Tense::Past);
        // A copula reads past a part of the day: "is on the evening of".
        let s = "The summit is on the evening of Friday";
        assert_eq!(tense_at(s, s.find("Friday").unwrap()), Tense::Future);
        let s = "The summit was on the evening of Friday";
        assert_eq!(tense_at(s, s.find("Friday").unwrap()), Tense::Past);
        // A present copula, a word, an infinitive: ahead, unless a perfect.
        let s = "Temperatures are forecast to reach 38C on Sunday";
        assert_eq!(tense_at(s, s.find("Sunday").unwrap()), Tense::Future);
        let s = "The plant is set to open on Monday";
        assert_eq!(tense_at(s, s.find("Monday").unwrap()), Tense::Future);
        let s = "He is thought to have left on Monday";
        assert_eq!(tense_at(s, s.find("Monday").unwrap()), Tense::Past);
        let s = "The bank is now seen keeping rates unchanged until at least June";
        assert_eq!(tense_at(s, s.find("June").unwrap()), Tense::Future);
        let s = "The law comes into force in January";
        assert_eq!(tense_at(s, s.find("January").unwrap()), Tense::Future);
        let s = "The law came into force in January";
        assert_eq!(tense_at(s, s.find("January").unwrap()), Tense::Past);
        // The present of a journey or fixture is a plan; the noun is not.
        let s = "The team flies home on flight KS 802 on Tuesday";
        assert_eq!(tense_at(s, s.find("Tuesday").unwrap()), Tense::Future);
        let s = "United host City on Sunday";
        assert_eq!(tense_at(s, s.find("Sunday").unwrap()), Tense::Future);
        let s = "Entries open on Sept. 1 and close in December";
        assert_eq!(tense_at(s, s.find("Sept").unwrap()), Tense::Future);
        let s = "A jury convicted the founder of payments start-up Ledgerly late on Wednesday";
        assert_eq!(tense_at(s, s.find("Wednesday").unwrap()), Tense::Past);
        let s = "Okafor won the Kestrel Open by three shots on Sunday";
        assert_eq!(tense_at(s, s.find("Sunday").unwrap()), Tense::Past);
        let s = "Early snow let 41 of the 47 resorts open by Dec. 12";
        assert_eq!(tense_at(s, s.find("Dec").unwrap()), Tense::Past);
        let s = "The dividend is payable on May 8";
        assert_eq!(tense_at(s, s.find("May").unwrap()), Tense::Future);
        let s = "The border remained open on Monday";
        assert_eq!(tense_at(s, s.find("Monday").unwrap()), Tense::Past);
        // the value compared with was earlier
        let s = "Traders see a 70% chance it will hold rates, up from 45% on Thursday";
        assert_eq!(tense_at(s, s.find("Thursday").unwrap()), Tense::Past);
        let s = "Inspectors made their visits on Tuesday";
        assert_eq!(tense_at(s, s.find("Tuesday").unwrap()), Tense::Past);
        let s = "They then made follow-up visits from April 1 to 24";
        assert_eq!(tense_at(s, s.find("April").unwrap()), Tense::Past);
        // An "-ed" adjective in a clause with a modal.
        let s = "It will keep rates unchanged in June";
        assert_eq!(tense_at(s, s.find("June").unwrap()), Tense::Future);
        let s = "It could have risen in June";
        assert_eq!(tense_at(s, s.find("June").unwrap()), Tense::Past);
        let s = "Prices rose and fell in June";
        assert_eq!(tense_at(s, s.find("June").unwrap()), Tense::Past);
        // A present copula and a scheduled state.
        let s = "Polls are open from 7am to 10pm on Thursday";
        assert_eq!(tense_at(s, s.find("from").unwrap()), Tense::Future);
        let s = "The road is closed until Monday";
        assert_eq!(tense_at(s, s.find("until").unwrap()), Tense::Future);
        let s = "The road was closed on Monday";
        assert_eq!(tense_at(s, s.find("Monday").unwrap()), Tense::Past);
        // A date in the subject of a present schedule is ahead; of a past
        // one, behind.
        for (s, want) in [
            ("A 4-5 May trip is planned", Tense::Future),
            (
                "The 12 May vote in the northern provinces is scheduled",
                Tense::Future,
            ),
            ("The 12 May hearings are due to resume", Tense::Future),
            ("A 4-5 May trip was planned", Tense::Past),
        ] {
            assert_eq!(
                tense_at(s, s.find(" 4-5").or(s.find(" 12")).unwrap() + 1),
                want,
                "{s}"
            );
        }
        // Modals and schedule participles look ahead; a perfect after a
        // modal, a state passive and the month "May" do not.
        for (s, want) in [
            ("Revenue could add $2bn in the third quarter", Tense::Future),
            ("The court must rule by 12 June", Tense::Future),
            ("Rates may rise again in the third quarter", Tense::Future),
            ("Talks are pencilled in for 12 June", Tense::Future),
            ("Sales could have peaked in the third quarter", Tense::Past),
            ("He is accused of killing a man on 12 June", Tense::Past),
            ("In May prices dropped by 12 June", Tense::Past),
            (
                "Aid will flow if the truce held until 12 June",
                Tense::Future,
            ),
        ] {
            assert_eq!(
                tense_at(s, s.find("the third").or(s.find("12 June")).unwrap()),
                want,
                "{s}"
            );
        }
    }
}
