//! The accuracy ratchet: every score listed in eval/ratchet.tsv must hold.
//! A change that makes extraction worse on another project's test suite
//! fails here; a change that improves it should raise the floor in the
//! same commit. Skipped, with a message, when ../shared is not present.

use claimcheck::claim::Kind;
use claimcheck::eval::{evaluate_with, read_gold, read_scope};
use claimcheck::extract::DateStyle;
use std::collections::HashMap;
use std::path::Path;

#[test]
fn scores_do_not_fall_below_the_ratchet() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let table = std::fs::read_to_string(root.join("eval/ratchet.tsv")).expect("eval/ratchet.tsv");
    let mut failures = Vec::new();
    let mut checked = 0;
    let mut cache: HashMap<(String, String, String, DateStyle), claimcheck::eval::EvalResult> =
        HashMap::new();
    for (n, line) in table.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(
            matches!(cols.len(), 5 | 6),
            "eval/ratchet.tsv:{}: expected 5 or 6 tab-separated columns",
            n + 1
        );
        let (gold, kind, scope, metric, floor) = (cols[0], cols[1], cols[2], cols[3], cols[4]);
        // A sixth column names the gold file's date convention.
        let style = match cols.get(5).copied() {
            None | Some("date-style=timex") => DateStyle::Timex,
            Some("date-style=ranges") => DateStyle::Ranges,
            Some(other) => panic!("eval/ratchet.tsv:{}: unknown option {other}", n + 1),
        };
        let floor: f64 = floor
            .parse()
            .unwrap_or_else(|_| panic!("eval/ratchet.tsv:{}: bad floor", n + 1));
        let gold_path = root.join(gold);
        if !gold_path.exists() {
            eprintln!("skipped: {} not present", gold_path.display());
            continue;
        }
        let key = (gold.to_string(), kind.to_string(), scope.to_string(), style);
        if !cache.contains_key(&key) {
            let cases = read_gold(&gold_path).unwrap();
            let excluded = if scope == "-" {
                HashMap::new()
            } else {
                read_scope(&root.join(scope)).unwrap()
            };
            let k: Kind = kind.parse().unwrap();
            cache.insert(
                key.clone(),
                evaluate_with(&cases, &excluded, Some(k), style).unwrap(),
            );
        }
        let res = &cache[&key];
        let s = &res.kinds[kind];
        let got = match metric {
            "relaxed_f1" => s.relaxed().2,
            "strict_f1" => s.strict().2,
            "value_accuracy" => s.value_accuracy(),
            "relaxed_precision" => s.relaxed().0,
            "relaxed_recall" => s.relaxed().1,
            "value_precision" => s.value_pr().0,
            "value_recall" => s.value_pr().1,
            other => panic!("eval/ratchet.tsv:{}: unknown metric {other}", n + 1),
        };
        checked += 1;
        if got + 1e-9 < floor {
            failures.push(format!("{gold} {kind} {metric}: {got:.4} < floor {floor}"));
        }
    }
    if checked == 0 {
        eprintln!("skipped: no gold file of eval/ratchet.tsv is present (../shared absent?)");
    }
    assert!(
        failures.is_empty(),
        "accuracy fell below the ratchet:\n{}",
        failures.join("\n")
    );
}
