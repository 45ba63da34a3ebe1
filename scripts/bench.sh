#!/usr/bin/env bash
# Whole-binary throughput of `claimcheck extract` (issue 7).
#
#   scripts/bench.sh [MB]        # corpus size, default 64
#
# Builds release, writes a JSONL corpus made from claims/*.txt into
# target/bench/, times `claimcheck extract` on 1 and 2 threads (MB/s of
# document text, words/s, peak RSS), the startup time on a tiny input, and
# the "limit": one pass of the regex `\d` over the same text (criterion
# bench `corpus/regex_digit_limit` in benches/extract.rs). Record the
# figures, dated, in BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-64}
BIN=target/release/claimcheck
OUT=target/bench
mkdir -p "$OUT"

cargo build --release --quiet
CORPUS=$OUT/corpus-${MB}mb.jsonl
if [ ! -s "$CORPUS" ] || [ ! -s "$CORPUS.stats" ]; then
    python3 scripts/gen_corpus.py "$CORPUS" "$MB" > "$CORPUS.stats"
fi
read -r DOCS BYTES WORDS < "$CORPUS.stats"
echo "corpus: $CORPUS: $DOCS documents, $BYTES bytes of text, $WORDS words ($(du -h "$CORPUS" | cut -f1) on disk)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"

now() { date +%s.%N; }

for J in 1 2; do
    T0=$(now)
    /usr/bin/time -f "%M" -o "$OUT/rss-$J" "$BIN" extract -j "$J" "$CORPUS" > "$OUT/ledger-$J.csv"
    T1=$(now)
    SECS=$(awk -v a="$T0" -v b="$T1" 'BEGIN { print b - a }')
    echo "extract -j $J: ${SECS}s, $(awk -v n="$BYTES" -v t="$SECS" 'BEGIN { printf "%.2f", n / t / 1e6 }') MB/s, $(awk -v n="$WORDS" -v t="$SECS" 'BEGIN { printf "%.0f", n / t }') words/s, peak RSS $(( $(cat "$OUT/rss-$J") / 1024 )) MB"
done
if cmp -s "$OUT/ledger-1.csv" "$OUT/ledger-2.csv"; then
    echo "ledgers of -j 1 and -j 2: identical ($(wc -l < "$OUT/ledger-1.csv") lines)"
else
    echo "ledgers of -j 1 and -j 2 DIFFER" >&2
    exit 1
fi

TINY=$OUT/tiny.txt
echo "The war has killed 290,000 people since 2011, he said on Monday." > "$TINY"
if command -v hyperfine > /dev/null; then
    hyperfine --warmup 5 --runs 50 -N "$BIN extract $TINY"
else
    N=50
    T0=$(now)
    for _ in $(seq $N); do "$BIN" extract "$TINY" > /dev/null; done
    T1=$(now)
    echo "startup (extract on a one-line article, mean of $N runs): $(awk -v a="$T0" -v b="$T1" -v n=$N 'BEGIN { printf "%.1f", (b - a) / n * 1000 }') ms"
fi

echo "limit: one pass of regex \\d over the same kind of text (criterion):"
CLAIMCHECK_BENCH_MB=${BENCH_MB:-20} cargo bench --quiet --bench extract -- 'regex_digit_limit' 2>&1 |
    grep -E 'corpus:|regex_digit_limit|thrpt' || true
