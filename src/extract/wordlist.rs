//! A literal word list matched at the start of a text, case-insensitively:
//! what the regex `^(?i)(w1|w2|...)` matches, with the words longest first
//! and a space in a word standing for `[\s-]+`, without compiling it.
//!
//! The figure reader looks for a currency word, code or unit after every
//! number (~380 words). As a regex that alternation cost ~5 ms to compile,
//! a quarter of a one-line article's run; as a list bucketed by first
//! character it costs nothing to build, and a lookup compares a handful of
//! words. The figure tests check it against the regex it replaces.

use std::collections::HashMap;

/// Words bucketed by the folded form of their first character, each bucket
/// in the order the alternation would try them.
pub struct WordList {
    buckets: HashMap<char, Vec<&'static str>>,
}

/// The case-insensitive form of `c`: equal for two characters exactly when
/// Unicode's simple case folding makes them match (`K`, `k` and the Kelvin
/// sign; `s`, `S` and the long s; `µ`, `μ` and `Μ`).
pub fn fold(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let mut up = c.to_uppercase();
    let u = match (up.next(), up.next()) {
        (Some(u), None) => u,
        _ => c,
    };
    let mut low = u.to_lowercase();
    match (low.next(), low.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

impl WordList {
    /// A list of `words`, tried longest (in bytes) first, in the given order
    /// among words of one length. A word must not start with a space.
    pub fn new(words: impl IntoIterator<Item = &'static str>) -> WordList {
        let mut words: Vec<&'static str> = words.into_iter().filter(|w| !w.is_empty()).collect();
        words.sort_by_key(|w| std::cmp::Reverse(w.len()));
        let mut buckets: HashMap<char, Vec<&'static str>> = HashMap::new();
        for w in words {
            if let Some(c) = w.chars().next() {
                buckets.entry(fold(c)).or_default().push(w);
            }
        }
        WordList { buckets }
    }

    /// The length in bytes of the first word, in the list's order, that
    /// `hay` starts with.
    pub fn match_len(&self, hay: &str) -> Option<usize> {
        let first = hay.chars().next()?;
        let bucket = self.buckets.get(&fold(first))?;
        bucket.iter().find_map(|w| word_len(w, hay))
    }
}

/// The length of `hay`'s start that `word` matches: characters equal under
/// [`fold`], a space matching a run of whitespace and hyphens (the longest
/// run after which the rest of the word matches).
fn word_len(word: &str, hay: &str) -> Option<usize> {
    let mut at = 0;
    for (i, wc) in word.char_indices() {
        if wc == ' ' {
            let run_len: usize = hay[at..]
                .chars()
                .take_while(|&c| c.is_whitespace() || c == '-')
                .map(char::len_utf8)
                .sum();
            let run = &hay[at..at + run_len];
            let rest = &word[i + 1..];
            // Longest run first, like the regex `[\s-]+` it replaces.
            return run
                .char_indices()
                .rev()
                .map(|(j, c)| at + j + c.len_utf8())
                .find_map(|end| word_len(rest, &hay[end..]).map(|n| end + n));
        }
        let hc = hay[at..].chars().next()?;
        if hc != wc && fold(hc) != fold(wc) {
            return None;
        }
        at += hc.len_utf8();
    }
    Some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_word_first_and_spaces_match_runs() {
        let l = WordList::new(["km", "kilometre", "km per hour", "US dollar", "ft"]);
        assert_eq!(l.match_len("km per hour"), Some(11));
        assert_eq!(l.match_len("KM-per  hour!"), Some(12));
        assert_eq!(l.match_len("km/h"), Some(2));
        assert_eq!(l.match_len("kilometres"), Some(9));
        assert_eq!(l.match_len("us\u{a0}- dollars"), Some(12));
        assert_eq!(
            l.match_len("\u{212a}m"),
            Some(4),
            "the Kelvin sign folds to k"
        );
        assert_eq!(l.match_len(" km"), None, "a leading space is not skipped");
        assert_eq!(l.match_len("k"), None);
        assert_eq!(l.match_len(""), None);
    }

    #[test]
    fn fold_is_simple_case_folding() {
        for (a, b) in [
            ('K', 'k'),
            ('\u{212a}', 'k'),
            ('ſ', 's'),
            ('µ', 'μ'),
            ('Μ', 'μ'),
        ] {
            assert_eq!(fold(a), fold(b), "{a} {b}");
        }
        assert_ne!(fold('a'), fold('b'));
        assert_eq!(fold('ß'), 'ß');
    }
}
