#!/usr/bin/env python3
"""Extract a claim ledger from a JSON Lines corpus with Spark (local mode).

Extraction is a map step: each partition of the corpus (whole JSONL lines,
one document a line) is piped through `claimcheck extract --format jsonl -`
with RDD.pipe, and the ledger rows (JSON lines) come back in order.

usage:
    python3 claimcheck_spark.py CORPUS.jsonl OUT_DIR [--bin PATH] [--partitions N]

OUT_DIR gets Spark's part-NNNNN files; `cat OUT_DIR/part-*` is the ledger in
JSON Lines, the same rows in the same order as
`claimcheck extract --format jsonl CORPUS.jsonl`, except for a document
without an "id": claimcheck names it after its line number within the stream
it reads, which under Spark is the partition, so give every document an id.

On a cluster, ship the binary with `--files claimcheck` (or install it on
every worker) and pass `--bin ./claimcheck`.
"""
import argparse
import os
import shlex
import shutil

from pyspark import SparkConf, SparkContext


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("out_dir")
    ap.add_argument("--bin", default=shutil.which("claimcheck") or "target/release/claimcheck")
    ap.add_argument("--partitions", type=int, default=os.cpu_count() or 2)
    a = ap.parse_args()

    binary = os.path.abspath(a.bin) if os.path.exists(a.bin) else a.bin
    conf = SparkConf().setAppName("claimcheck-extract").setMaster(f"local[{a.partitions}]")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("WARN")
    try:
        docs = sc.textFile(a.corpus, minPartitions=a.partitions)
        # One claimcheck process per partition; -j 1 because Spark already
        # runs one task per core. A bad line is reported on the task's
        # stderr and makes claimcheck exit 2, which fails the task:
        # checkCode=True surfaces that instead of a silently short ledger.
        # An empty partition (fewer lines than partitions) must give no rows,
        # not claimcheck's "empty input" error: the shell starts claimcheck
        # only when there is a first line.
        script = (
            'IFS= read -r first || exit 0; { printf "%s\\n" "$first"; cat; } | '
            '"$0" extract --format jsonl -j 1 -'
        )
        ledger = docs.pipe(f"sh -c {shlex.quote(script)} {shlex.quote(binary)}", checkCode=True)
        ledger.saveAsTextFile(a.out_dir)
    finally:
        sc.stop()


if __name__ == "__main__":
    main()
