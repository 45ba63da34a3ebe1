//! Ledger diffs: what changed between two ledgers of the same articles —
//! claims added, removed, or changed in value — matched by claim id.
//!
//! Ids hash a claim's text, value and sentence, so an edited figure gets a
//! new id; a removed and an added claim of the same document, kind, type
//! and sentence number are therefore reported as one `changed` claim.

use crate::ledger::LedgerRow;
use std::collections::{HashMap, HashSet};

/// What happened to a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    /// Only in the new ledger.
    Added,
    /// Only in the old ledger.
    Removed,
    /// The same claim with another value, text or unit.
    Changed,
}

impl ChangeKind {
    /// The word used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
            ChangeKind::Changed => "changed",
        }
    }
}

/// One difference.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// Added, removed or changed.
    pub kind: ChangeKind,
    /// The old row (removed, changed).
    pub old: Option<LedgerRow>,
    /// The new row (added, changed).
    pub new: Option<LedgerRow>,
}

/// Differences from `old` to `new`, in the new ledger's order (removed
/// claims where they stood in the old one, at the end of their document).
pub fn diff(old: &[LedgerRow], new: &[LedgerRow]) -> Vec<Change> {
    let old_ids: HashSet<&str> = old.iter().map(|r| r.id.as_str()).collect();
    let new_ids: HashSet<&str> = new.iter().map(|r| r.id.as_str()).collect();
    let mut removed: Vec<&LedgerRow> = old
        .iter()
        .filter(|r| !new_ids.contains(r.id.as_str()))
        .collect();
    let added: Vec<&LedgerRow> = new
        .iter()
        .filter(|r| !old_ids.contains(r.id.as_str()))
        .collect();
    // Same-id rows whose value, unit or text differ (a ledger edited by hand).
    let old_by_id: HashMap<&str, &LedgerRow> = old.iter().map(|r| (r.id.as_str(), r)).collect();
    let mut out = Vec::new();
    let mut used_removed = vec![false; removed.len()];
    for r in new {
        if let Some(o) = old_by_id.get(r.id.as_str()) {
            if o.value != r.value || o.unit != r.unit || o.text != r.text {
                out.push(Change {
                    kind: ChangeKind::Changed,
                    old: Some((*o).clone()),
                    new: Some(r.clone()),
                });
            }
            continue;
        }
        if !added.iter().any(|a| std::ptr::eq(*a, r)) {
            continue;
        }
        // Pair with a removed claim of the same doc, kind and rule whose
        // sentence reads the same apart from the claim itself (the sentence
        // may have moved), else one at the same sentence number.
        let same_claim = |o: &LedgerRow| {
            o.doc == r.doc && o.kind == r.kind && o.ctype == r.ctype && o.rule == r.rule
        };
        let frame = |x: &LedgerRow| x.context.replacen(&x.text, "\u{0}", 1);
        let partner = removed
            .iter()
            .enumerate()
            .position(|(k, o)| {
                !used_removed[k] && same_claim(o) && !o.context.is_empty() && frame(o) == frame(r)
            })
            .or_else(|| {
                removed.iter().enumerate().position(|(k, o)| {
                    !used_removed[k] && same_claim(o) && o.sentence == r.sentence
                })
            });
        match partner {
            Some(k) => {
                used_removed[k] = true;
                out.push(Change {
                    kind: ChangeKind::Changed,
                    old: Some(removed[k].clone()),
                    new: Some(r.clone()),
                });
            }
            None => out.push(Change {
                kind: ChangeKind::Added,
                old: None,
                new: Some(r.clone()),
            }),
        }
    }
    let mut k = 0;
    removed.retain(|_| {
        let keep = !used_removed[k];
        k += 1;
        keep
    });
    out.extend(removed.into_iter().map(|o| Change {
        kind: ChangeKind::Removed,
        old: Some(o.clone()),
        new: None,
    }));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str, value: &str, sentence: usize) -> LedgerRow {
        LedgerRow {
            id: id.into(),
            doc: "d".into(),
            kind: "figure".into(),
            ctype: "count".into(),
            rule: "figure.count".into(),
            text: value.into(),
            value: value.into(),
            sentence,
            ..LedgerRow::default()
        }
    }

    #[test]
    fn added_removed_and_changed() {
        let old = vec![row("a", "1", 1), row("b", "2", 2), row("c", "3", 3)];
        // (rows without context pair by sentence number)
        let new = vec![row("a", "1", 1), row("b2", "20", 2), row("d", "4", 4)];
        let d = diff(&old, &new);
        let kinds: Vec<(&str, Option<&str>, Option<&str>)> = d
            .iter()
            .map(|c| {
                (
                    c.kind.as_str(),
                    c.old.as_ref().map(|r| r.value.as_str()),
                    c.new.as_ref().map(|r| r.value.as_str()),
                )
            })
            .collect();
        assert_eq!(
            kinds,
            vec![
                ("changed", Some("2"), Some("20")),
                ("added", None, Some("4")),
                ("removed", Some("3"), None)
            ]
        );
    }

    #[test]
    fn identical_ledgers_have_no_changes() {
        let old = vec![row("a", "1", 1)];
        assert!(diff(&old, &old.clone()).is_empty());
    }
}
