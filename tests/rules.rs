//! User rule packs (`--rules FILE`), `claimcheck rules list|test`, and the
//! snapshot workflows a desk's CI uses (issue 9).

mod common;
use common::{run, stderr, stdout, write};

use claimcheck::document::Document;
use claimcheck::extract::{Options, extract, extract_with};
use claimcheck::rules::{RulePack, test_rules};
use std::path::Path;

const PACK: &str = "rules/example-statistics.toml";

fn opts() -> Options {
    Options {
        doc_date: chrono::NaiveDate::from_ymd_opt(2024, 6, 10),
        date_order: None,
        ..Default::default()
    }
}

fn sample_pack() -> RulePack {
    RulePack::from_path(&Path::new(env!("CARGO_MANIFEST_DIR")).join(PACK)).expect("sample pack")
}

fn doc(text: &str) -> Document {
    Document::from_text("t", text.to_string()).unwrap()
}

const ARTICLE: &str = "The CPI-H index stood at 131.2 in May, the statistics office said.\n\
Copper exports were worth 4.5 billion kwacha last year.\n\
Next release due: 14 August 2024.\n";

#[test]
fn user_rule_fires_with_its_value_and_replaces_the_built_in_reading() {
    let pack = sample_pack();
    let d = doc(ARTICLE);
    let rows = extract_with(&d, &opts(), Some(&pack));
    let cpih = rows
        .iter()
        .find(|r| r.rule == "figure.cpih_index")
        .expect("user rule fires");
    assert_eq!(
        (cpih.text.as_str(), cpih.value.as_str()),
        ("131.2", "131.2")
    );
    assert_eq!(cpih.subject, "CPI-H index");
    assert_eq!(
        cpih.period, "2024-05",
        "user figures are linked like built-ins"
    );
    assert_eq!(&ARTICLE[cpih.start..cpih.end], cpih.text);
    // One claim for the span, not the built-in count beside it.
    assert_eq!(
        rows.iter()
            .filter(|r| r.start < cpih.end && cpih.start < r.end && r.kind == "figure")
            .count(),
        1
    );
    let kwacha = rows
        .iter()
        .find(|r| r.rule == "figure.money_kwacha")
        .expect("currency table");
    assert_eq!(
        (
            kwacha.value.as_str(),
            kwacha.unit.as_str(),
            kwacha.ctype.as_str()
        ),
        ("4500000000", "ZMW", "money")
    );
    assert_eq!(kwacha.precision, "100000000");
}

#[test]
fn user_figures_take_the_hedge_before_them_unless_the_rule_fixes_one() {
    let d = doc("Exports were worth nearly 4.5 billion kwacha and more than 12 kwacha a head.\n");
    let rows = extract_with(&d, &opts(), Some(&sample_pack()));
    let kwacha: Vec<(&str, &str)> = rows
        .iter()
        .filter(|r| r.rule == "figure.money_kwacha")
        .map(|r| (r.value.as_str(), r.qualifier.as_str()))
        .collect();
    assert_eq!(
        kwacha,
        vec![("4500000000", "under"), ("12", "over")],
        "{rows:?}"
    );
    // A rule with its own qualifier keeps it whatever is written before.
    let pack = RulePack::parse(
        "[[rule]]\nid = \"figure.quota\"\nkind = \"figure\"\ntype = \"count\"\nqualifier = \"exact\"\npattern = 'quota of (?:nearly )?(?P<span>(?P<value>{number}))'\n",
        Path::new("p.toml"),
    )
    .unwrap();
    let rows = extract_with(
        &doc("It set a quota of nearly 500 permits.\n"),
        &opts(),
        Some(&pack),
    );
    let quota = rows
        .iter()
        .find(|r| r.rule == "figure.quota")
        .expect("fires");
    assert_eq!(quota.text, "500");
    assert_eq!(quota.qualifier, "exact");
}

#[test]
fn exclusion_drops_boilerplate_claims() {
    let d = doc(ARTICLE);
    let without = extract(&d, &opts());
    let line = ARTICLE.find("Next release").unwrap();
    assert!(
        without.iter().any(|r| r.start > line && r.kind == "date"),
        "built-ins read the release date: {without:?}"
    );
    let with = extract_with(&d, &opts(), Some(&sample_pack()));
    assert!(!with.iter().any(|r| r.start > line), "excluded: {with:?}");
    // Claims outside the boilerplate are kept.
    assert!(with.iter().any(|r| r.text == "May"));
}

#[test]
fn no_pack_means_the_built_in_ledger() {
    let d = doc(ARTICLE);
    assert_eq!(extract(&d, &opts()), extract_with(&d, &opts(), None));
    assert_eq!(
        extract(&d, &opts()),
        extract_with(&d, &opts(), Some(&RulePack::default()))
    );
}

#[test]
fn bad_toml_names_file_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    let p = write(
        tmp.path(),
        "bad.toml",
        "[[rule]]\nid = \"figure.x\"\nkind = \"figure\"\ntype = \"count\"\npattern = \"abc\n",
    );
    let e = RulePack::from_path(&p).unwrap_err().to_string();
    assert!(e.contains("bad.toml:5:"), "{e}");
    let o = run(&["extract", "--rules", p.to_str().unwrap(), "claims/"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("bad.toml:5:"), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
}

#[test]
fn bad_regex_names_file_rule_and_position() {
    let tmp = tempfile::tempdir().unwrap();
    let p = write(
        tmp.path(),
        "bad.toml",
        "# a pack\n[[rule]]\nid = \"figure.bad_regex\"\nkind = \"figure\"\ntype = \"count\"\npattern = '\\b(?P<value>\\d+'\n",
    );
    for cmd in [
        &["extract"][..],
        &[
            "check",
            "--reference",
            "tests/data/syria-truce.reference.csv",
        ],
    ] {
        let mut args = cmd.to_vec();
        args.extend([
            "--rules",
            p.to_str().unwrap(),
            "claims/economy-inflation.txt",
        ]);
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let e = stderr(&o);
        assert!(e.contains("bad.toml:6:"), "{e}");
        assert!(e.contains("rule figure.bad_regex"), "{e}");
        assert!(
            e.contains("at character 3 of the pattern: unclosed group"),
            "{e}"
        );
    }
}

#[test]
fn pack_adds_cue_verbs_titles_and_organisations_to_attribution() {
    let text = "Chief Statistician Ada Brennan forecast that output would fall 0.3% in June.\n\
                The watchdog calculated that prices had risen 2% since May.\n";
    let d = doc(text);
    let speakers = |rows: &[claimcheck::ledger::LedgerRow]| -> Vec<(String, String)> {
        rows.iter()
            .filter(|r| r.kind == "attribution")
            .map(|r| (r.value.clone(), r.unit.clone()))
            .collect()
    };
    // The built-in tables know none of these words.
    assert_eq!(speakers(&extract(&d, &opts())), vec![]);
    let with = extract_with(&d, &opts(), Some(&sample_pack()));
    assert_eq!(
        speakers(&with),
        vec![
            ("Ada Brennan".to_string(), "person".to_string()),
            ("The watchdog".to_string(), "organisation".to_string()),
        ]
    );
    let brennan = with.iter().find(|r| r.value == "Ada Brennan").unwrap();
    assert_eq!(brennan.source, "Ada Brennan, Chief Statistician");
    // The figure inside the reported clause gets the speaker as source.
    let fall = with.iter().find(|r| r.text == "0.3%").unwrap();
    assert_eq!(fall.source, "Ada Brennan, Chief Statistician");
}

#[test]
fn attribution_words_must_be_words() {
    let e = RulePack::parse(
        "[attribution]\ncue_verbs = [\"said|told\"]\n",
        Path::new("p.toml"),
    )
    .unwrap_err()
    .to_string();
    assert!(e.starts_with("p.toml:1:"), "{e}");
    assert!(
        e.contains("cue_verbs") && e.contains("is not a word"),
        "{e}"
    );
    let e = RulePack::parse(
        "[attribution]\nverbs = [\"quipped\"]\n",
        Path::new("p.toml"),
    )
    .unwrap_err()
    .to_string();
    assert!(e.contains("unknown field"), "{e}");
}

#[test]
fn pack_validation_errors() {
    let cases = [
        (
            "[[rule]]\nid = \"cpih\"\nkind = \"figure\"\ntype = \"count\"\npattern = \"x\"\n",
            "is not figure.name",
        ),
        (
            "[[rule]]\nid = \"date.x\"\nkind = \"figure\"\ntype = \"count\"\npattern = \"x\"\n",
            "is not figure.name",
        ),
        (
            "[[rule]]\nid = \"figure.money\"\nkind = \"figure\"\ntype = \"money\"\npattern = \"x\"\n",
            "already used",
        ),
        (
            "[[rule]]\nid = \"figure.x\"\nkind = \"figure\"\ntype = \"date\"\npattern = \"x\"\n",
            "is not a figure type",
        ),
        (
            "[[rule]]\nid = \"figure.x\"\nkind = \"figure\"\ntype = \"count\"\npattern = \"x\"\nunknown = 1\n",
            "unknown field",
        ),
        ("[currencies]\nkwacha = \"zmw\"\n", "not an ISO 4217 code"),
    ];
    for (src, want) in cases {
        let e = RulePack::parse(src, Path::new("p.toml"))
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("p.toml:"), "{e}");
        assert!(e.contains(want), "{src:?}: {e}");
    }
}

#[test]
fn rules_list_shows_built_in_and_user_rules() {
    let o = run(&["rules", "list"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    for r in claimcheck::extract::rules() {
        let line = out
            .lines()
            .find(|l| l.split_whitespace().next() == Some(r.id))
            .unwrap_or_else(|| panic!("{} missing", r.id));
        assert!(line.contains(r.kind.as_str()) && line.contains(r.description));
    }
    assert!(!out.contains("cpih"));
    let o = run(&["rules", "list", "--rules", PACK]);
    let out = stdout(&o);
    let line = out
        .lines()
        .find(|l| l.starts_with("figure.cpih_index "))
        .unwrap();
    assert!(line.contains("the level of the CPI-H index") && line.contains(PACK));
    assert!(out.lines().any(|l| l.starts_with("exclude.next_release ")));
    assert!(out.lines().any(|l| l.starts_with("figure.money_kwacha ")));
}

#[test]
fn rules_test_passes_on_built_ins_and_the_sample_pack() {
    assert_eq!(test_rules(None), Vec::<String>::new());
    assert_eq!(test_rules(Some(&sample_pack())), Vec::<String>::new());
    let o = run(&["rules", "test"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("0 broken"));
    let o = run(&["rules", "test", PACK]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}

#[test]
fn rules_test_fails_listing_broken_examples() {
    let tmp = tempfile::tempdir().unwrap();
    let p = write(
        tmp.path(),
        "broken.toml",
        r#"
[[rule]]
id = "figure.cpih_index"
description = "CPI-H index level"
kind = "figure"
type = "count"
pattern = '\bCPI-H index stood at (?P<value>\d+(?:\.\d+)?)'
examples = [{ text = "The CPI-H index stood at 131.2.", value = "999" }]
counter_examples = ["The CPI-H index stood at 131.2 points."]

[[rule]]
id = "figure.untested"
kind = "figure"
type = "count"
pattern = '\bzorbs (?P<value>\d+)'

[[exclude]]
id = "exclude.all_money"
pattern = '(?:US)?\$\s?[\d.]+\w*'
"#,
    );
    let o = run(&["rules", "test", "--rules", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains(
            "figure.cpih_index: example \"The CPI-H index stood at 131.2.\" should give \"999\""
        ),
        "{out}"
    );
    assert!(out.contains("figure.cpih_index: counter-example"), "{out}");
    assert!(out.contains("figure.untested: has no example"), "{out}");
    // A pack can break a built-in rule: its exclusion drops "$1.2bn".
    assert!(
        out.contains("figure.money: example \"It cost $1.2bn.\""),
        "{out}"
    );
}

#[test]
fn rules_test_corpus_lists_rules_that_never_fire() {
    let o = run(&["rules", "test", "--rules", PACK, "--corpus", "claims/"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    let section = out.split("never fire on").nth(1).expect("corpus section");
    assert!(section.contains("figure.money_kwacha"), "{out}");
    assert!(section.contains("exclude.next_release"), "{out}");
    // figure.percent fires on the sample articles.
    assert!(
        !section.lines().any(|l| l.starts_with("figure.percent ")),
        "{out}"
    );
}

#[test]
fn extract_with_rules_on_the_command_line() {
    let tmp = tempfile::tempdir().unwrap();
    let a = write(tmp.path(), "stats.txt", ARTICLE);
    let o = run(&[
        "extract",
        "--doc-date",
        "2024-06-10",
        "--rules",
        PACK,
        a.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains(",figure.cpih_index,"), "{out}");
    assert!(out.contains(",ZMW,"), "{out}");
    assert!(!out.contains(",4567,"), "{out}");
    // Without the pack: the built-in ledger.
    let o = run(&["extract", "--doc-date", "2024-06-10", a.to_str().unwrap()]);
    assert!(!stdout(&o).contains("cpih_index"));
}

/// The CLI-only CI workflow of the README: a committed ledger, compared with
/// a fresh one by `claimcheck diff --exit-code` (0 unchanged, 1 changed, with
/// the change listed for review).
#[test]
fn committed_ledger_and_diff_exit_code_in_ci() {
    let tmp = tempfile::tempdir().unwrap();
    let committed = tmp.path().join("ledger.csv");
    let fresh = tmp.path().join("new.csv");
    let ledger = |out: &Path, rules: Option<&str>| {
        let mut args = vec!["extract", "claims/", "-o", out.to_str().unwrap()];
        if let Some(r) = rules {
            args.extend(["--rules", r]);
        }
        let o = run(&args);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    };
    ledger(&committed, None);
    // Same rules, same articles: CI passes.
    ledger(&fresh, None);
    let o = run(&[
        "diff",
        "--exit-code",
        committed.to_str().unwrap(),
        fresh.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    // A rule change that alters the ledger fails CI and shows what changed.
    let tmp_pack = write(
        tmp.path(),
        "pack.toml",
        r#"
[[exclude]]
id = "exclude.percentages"
kind = "figure"
pattern = '\d+(?:\.\d+)?%'
"#,
    );
    ledger(&fresh, Some(tmp_pack.to_str().unwrap()));
    let o = run(&[
        "diff",
        "--exit-code",
        committed.to_str().unwrap(),
        fresh.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains('%'),
        "the removed claims are listed: {}",
        stdout(&o)
    );
    // Reviewed and accepted: the new ledger is committed, CI passes again.
    std::fs::copy(&fresh, &committed).unwrap();
    let o = run(&[
        "diff",
        "--exit-code",
        committed.to_str().unwrap(),
        fresh.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0));
}
