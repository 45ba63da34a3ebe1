//! Extraction throughput (issue 7): MB/s and words/s of `extract` over a
//! corpus generated from `claims/*.txt` at bench time (nothing checked in),
//! beside one plain pass of the regex `\d` over the same text, the "limit"
//! a regex-based extractor can approach.
//!
//! The corpus repeats the sample articles with their paragraphs rotated,
//! so every document differs from its neighbours. Its size is
//! `CLAIMCHECK_BENCH_MB` megabytes (default 20).
//!
//! ```sh
//! cargo bench --bench extract                  # everything
//! cargo bench --bench extract -- 'regex'       # only the limit
//! CLAIMCHECK_BENCH_MB=5 cargo bench --bench extract
//! ```
//!
//! Criterion prints the throughput in MB/s (bytes of document text); the
//! words/s figure is printed once before the groups run.

use claimcheck::document::Document;
use claimcheck::extract::{self, Ctx, Options};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;

/// Document bodies of `claims/*.txt`, front matter removed, with their date.
fn sample_articles() -> Vec<(String, String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("claims");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("claims/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("readable article");
            let (date, body) = split_front_matter(&text);
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            (name, date, body)
        })
        .collect()
}

fn split_front_matter(text: &str) -> (String, String) {
    if let Some(rest) = text.strip_prefix("---\n")
        && let Some(end) = rest.find("\n---\n")
    {
        let date = rest[..end]
            .lines()
            .find_map(|l| l.strip_prefix("date:"))
            .map(|d| d.trim().to_string())
            .unwrap_or_default();
        return (date, rest[end + 5..].to_string());
    }
    (String::new(), text.to_string())
}

/// Documents totalling about `bytes` bytes of text.
fn corpus(bytes: usize) -> Vec<Document> {
    let articles = sample_articles();
    let mut docs = Vec::new();
    let mut total = 0;
    let mut i = 0usize;
    while total < bytes {
        let (name, date, body) = &articles[i % articles.len()];
        let paras: Vec<&str> = body
            .split("\n\n")
            .filter(|p| !p.trim().is_empty())
            .collect();
        let k = (i / articles.len()) % paras.len();
        let text = paras[k..]
            .iter()
            .chain(paras[..k].iter())
            .copied()
            .collect::<Vec<_>>()
            .join("\n\n");
        total += text.len();
        let mut doc = Document::from_text(&format!("{name}-{i}"), text).expect("valid document");
        doc.date = claimcheck::document::parse_doc_date(date);
        docs.push(doc);
        i += 1;
    }
    docs
}

fn bench(c: &mut Criterion) {
    let mb: f64 = std::env::var("CLAIMCHECK_BENCH_MB")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20.0);
    let docs = corpus((mb * 1e6) as usize);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let words: usize = docs.iter().map(|d| d.text.split_whitespace().count()).sum();
    let opts = Options::default();
    let digit = regex::Regex::new(r"\d").unwrap();
    #[allow(clippy::print_stderr)]
    {
        eprintln!(
            "corpus: {} documents, {:.1} MB, {} words ({:.0} words/MB)",
            docs.len(),
            bytes as f64 / 1e6,
            words,
            words as f64 / (bytes as f64 / 1e6)
        );
    }

    let mut g = c.benchmark_group("corpus");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.warm_up_time(Duration::from_millis(500));
    g.measurement_time(Duration::from_secs(5));
    g.bench_function("regex_digit_limit", |b| {
        b.iter(|| {
            let n: usize = docs.iter().map(|d| digit.find_iter(&d.text).count()).sum();
            black_box(n)
        })
    });
    g.bench_function("extract_all", |b| {
        b.iter(|| {
            let n: usize = docs.iter().map(|d| extract::extract(d, &opts).len()).sum();
            black_box(n)
        })
    });
    g.bench_function("dates", |b| {
        b.iter(|| {
            let n: usize = docs
                .iter()
                .map(|d| extract::date::extract(&Ctx::new(d, &opts)).len())
                .sum();
            black_box(n)
        })
    });
    g.bench_function("figures", |b| {
        b.iter(|| {
            let n: usize = docs
                .iter()
                .map(|d| extract::figure::extract(&Ctx::new(d, &opts), &[]).len())
                .sum();
            black_box(n)
        })
    });
    g.bench_function("attributions", |b| {
        b.iter(|| {
            let n: usize = docs
                .iter()
                .map(|d| extract::attribution::extract(&Ctx::new(d, &opts)).len())
                .sum();
            black_box(n)
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
