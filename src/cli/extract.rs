//! `claimcheck extract`: documents in, ledger out.
//!
//! Whole archives stream through in bounded memory and on every core:
//!
//! - a reader thread reads the inputs document by document (JSON Lines
//!   line by line, standard input included) and sends them in *chunks* of
//!   at most [`CHUNK_DOCS`] documents or [`CHUNK_BYTES`] bytes of text over
//!   a channel that holds one chunk, so at most four chunks are alive at
//!   once (being read, queued, two being extracted) whatever the corpus
//!   size;
//! - the main thread hands each chunk to the thread pool (rayon), two at a
//!   time so that no core waits for the last document of a chunk; each
//!   document is rendered into its own buffer of CSV or JSON lines, and
//!   the main thread writes the buffers in input order: the output is byte
//!   for byte the output of a single-threaded run;
//! - input errors are reported on stderr in input order too, and reading
//!   goes on as before.

use super::args::{DateOrderArg, DateStyleArg, ExtractArgs, LedgerFormat};
use super::output::Sink;
use super::progress::Progress;
use super::rules::extract;
use super::{Outcome, report_error};
use claimcheck::document::{Document, parse_doc_date};
use claimcheck::error::{Error, Result};
use claimcheck::extract::{DateOrder, DateStyle, Options};
use claimcheck::input::{Input, expand, for_each_document, for_each_document_via};
use claimcheck::ledger::{CsvLedgerWriter, write_jsonl_row};
use rayon::prelude::*;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};

/// Most documents in one chunk.
pub const CHUNK_DOCS: usize = 256;
/// Most bytes of document text in one chunk (a larger document is a chunk
/// of its own).
pub const CHUNK_BYTES: usize = 2 << 20;

/// The library's date style for `--date-style`.
pub fn date_style(style: DateStyleArg) -> DateStyle {
    match style {
        DateStyleArg::Timex => DateStyle::Timex,
        DateStyleArg::Ranges => DateStyle::Ranges,
    }
}

/// Resolve `--doc-date`, `--date-order` and `--date-style` into extraction
/// options.
pub fn options(
    doc_date: Option<&str>,
    order: Option<DateOrderArg>,
    style: DateStyleArg,
) -> Result<Options> {
    let doc_date = match doc_date {
        Some(s) => Some(parse_doc_date(s).ok_or_else(|| {
            Error::usage(format!(
                "--doc-date {s:?} is not a date (expected YYYY-MM-DD)"
            ))
        })?),
        None => None,
    };
    let date_order = order.map(|o| match o {
        DateOrderArg::Dmy => DateOrder::Dmy,
        DateOrderArg::Mdy => DateOrder::Mdy,
    });
    Ok(Options {
        doc_date,
        date_order,
        date_style: date_style(style),
    })
}

/// The inputs, `-` when none were given.
pub fn inputs_or_stdin(inputs: &[PathBuf]) -> Vec<PathBuf> {
    if inputs.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        inputs.to_vec()
    }
}

/// One item of the input stream, in order: a document or an input error.
enum Item {
    Doc(Document),
    Err(Error),
}

/// A chunk of items and how many input bytes had been read after its last.
struct Chunk {
    items: Vec<Item>,
    read_bytes: u64,
}

/// Counts the bytes read through it; fails once `stop` is set, which ends
/// reading early (a closed output pipe).
struct Counting<R> {
    inner: R,
    count: Arc<AtomicU64>,
    stop: Arc<AtomicBool>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.stop.load(Ordering::Relaxed) {
            return Err(std::io::Error::other("output closed"));
        }
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// The reader side: groups items into chunks and sends them.
struct Batcher {
    tx: SyncSender<Chunk>,
    items: Vec<Item>,
    text_bytes: usize,
    count: Arc<AtomicU64>,
    stop: Arc<AtomicBool>,
}

impl Batcher {
    fn push(&mut self, item: Item) {
        if self.stop.load(Ordering::Relaxed) {
            return;
        }
        if let Item::Doc(d) = &item {
            self.text_bytes += d.text.len();
        }
        self.items.push(item);
        if self.items.len() >= CHUNK_DOCS || self.text_bytes >= CHUNK_BYTES {
            self.send();
        }
    }

    fn push_result(&mut self, r: Result<Document>) {
        self.push(match r {
            Ok(d) => Item::Doc(d),
            Err(e) => Item::Err(e),
        });
    }

    fn send(&mut self) {
        if self.items.is_empty() {
            return;
        }
        let chunk = Chunk {
            items: std::mem::take(&mut self.items),
            read_bytes: self.count.load(Ordering::Relaxed),
        };
        self.text_bytes = 0;
        if self.tx.send(chunk).is_err() {
            self.stop.store(true, Ordering::Relaxed);
        }
    }

    /// Read every input, in order, then send what is left.
    fn read_all(mut self, inputs: &[Input]) {
        for input in inputs {
            if self.stop.load(Ordering::Relaxed) {
                break;
            }
            if let Err(e) = self.read_input(input)
                && !self.stop.load(Ordering::Relaxed)
            {
                self.push(Item::Err(e));
            }
        }
        self.send();
    }

    /// One input, its bytes counted (and reading stopped once the output
    /// is closed).
    fn read_input(&mut self, input: &Input) -> Result<()> {
        let (count, stop) = (self.count.clone(), self.stop.clone());
        let mut wrap = move |inner: Box<dyn Read>| -> Box<dyn Read> {
            Box::new(Counting {
                inner,
                count: count.clone(),
                stop: stop.clone(),
            })
        };
        for_each_document_via(input, &mut wrap, |d| self.push_result(d))
    }
}

/// How each document's rows are rendered.
#[derive(Clone, Copy)]
enum Format {
    Csv,
    Jsonl,
}

/// The CSV header line, exactly as the ledger writer writes it.
fn csv_header() -> std::io::Result<Vec<u8>> {
    CsvLedgerWriter::new(Vec::new(), Vec::new()).finish()
}

/// Extract one document and render its rows.
fn render(doc: &Document, opts: &Options, format: Format, header: &[u8]) -> Vec<u8> {
    let rows = extract(doc, opts);
    match format {
        Format::Jsonl => {
            let mut out = Vec::with_capacity(rows.len() * 512);
            for row in &rows {
                // Writing into a Vec cannot fail.
                let _ = write_jsonl_row(&mut out, row);
            }
            out
        }
        Format::Csv => {
            if rows.is_empty() {
                return Vec::new();
            }
            let mut w = CsvLedgerWriter::new(Vec::with_capacity(rows.len() * 512), Vec::new());
            for row in &rows {
                let _ = w.write(row);
            }
            let mut out = w.finish().unwrap_or_default();
            // The writer puts the header before its first row; the whole
            // ledger has it once, at the top.
            debug_assert!(out.starts_with(header));
            out.drain(..header.len());
            out
        }
    }
}

/// Run the command.
pub fn run(args: &ExtractArgs) -> Result<Outcome> {
    // Figure and attribution patterns compile beside the first dates.
    std::thread::spawn(claimcheck::extract::warm_up);
    let opts = options(args.doc_date.as_deref(), args.date_order, args.date_style)?;
    super::rules::load(&args.rules)?;
    claimcheck::document::set_lossy(args.lossy);
    let paths = inputs_or_stdin(&args.inputs);
    let inputs = expand(&paths)?;
    for i in &inputs {
        if let Input::Ledger(p) = i {
            return Err(Error::usage(
                "extract reads articles (.txt, .md), directories, .jsonl documents or -, not CSV",
            )
            .with_path(p));
        }
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs)
        .build()
        .map_err(|e| Error::usage(format!("--jobs {}: {e}", args.jobs)))?;
    let total_bytes: Option<u64> = inputs
        .iter()
        .map(|i| match i {
            Input::Stdin => None,
            other => other
                .path()
                .and_then(|p| std::fs::metadata(p).ok())
                .map(|m| m.len()),
        })
        .sum();
    claimcheck::extract::date::expect_bytes(total_bytes);
    let mut sink = Sink::open(args.output.as_deref(), &paths)?;
    if args.bom
        && args.format == LedgerFormat::Csv
        && let Err(e) = sink.write_all(claimcheck::ledger::BOM)
    {
        sink.abandon();
        return super::io_outcome(e);
    }
    let format = match args.format {
        LedgerFormat::Csv => Format::Csv,
        LedgerFormat::Jsonl => Format::Jsonl,
        LedgerFormat::Html => return run_html(&inputs, &opts, &pool, sink),
    };
    let header = csv_header().map_err(|e| Error::io("<output>", &e))?;
    let (tx, rx) = sync_channel::<Chunk>(1);
    let batcher = Batcher {
        tx,
        items: Vec::new(),
        text_bytes: 0,
        count: Arc::new(AtomicU64::new(0)),
        stop: Arc::new(AtomicBool::new(false)),
    };
    let stop = batcher.stop.clone();
    let progress = Progress::new(total_bytes);
    let (sink, failed, io_err) = std::thread::scope(|s| {
        s.spawn(|| batcher.read_all(&inputs));
        let r = write_chunks(rx, sink, &pool, &opts, format, &header, &progress);
        // Ends the reader early when writing failed (it is waiting to send,
        // or reading: the receiver is gone and `stop` is set).
        stop.store(true, Ordering::Relaxed);
        r
    });
    progress.finish();
    if let Some(e) = io_err {
        sink.abandon();
        return super::io_outcome(e);
    }
    super::close(sink, failed)
}

/// How many chunks are extracted at once: the next chunk's documents keep
/// every core busy while the last of a chunk finish and while the main
/// thread writes.
const CHUNKS_IN_FLIGHT: usize = 2;

/// A chunk and its documents rendered, in order.
/// (A panic while extracting is carried to the main thread, which resumes
/// it, as when the chunk was extracted there.)
type Done = (usize, Chunk, std::thread::Result<Vec<Vec<u8>>>);

/// The main loop: extract chunks in parallel, [`CHUNKS_IN_FLIGHT`] at a
/// time, and write each in input order as soon as it and those before it
/// are done. Returns the sink, whether an input failed, and a write error.
fn write_chunks(
    rx: Receiver<Chunk>,
    mut sink: Sink,
    pool: &rayon::ThreadPool,
    opts: &Options,
    format: Format,
    header: &[u8],
    progress: &Progress,
) -> (Sink, bool, Option<std::io::Error>) {
    let mut failed = false;
    if let Format::Csv = format
        && let Err(e) = sink.write_all(header)
    {
        return (sink, failed, Some(e));
    }
    let (done_tx, done_rx) = std::sync::mpsc::channel::<Done>();
    let mut chunks = rx.into_iter();
    let (mut sent, mut written) = (0usize, 0usize);
    let mut ready: std::collections::BTreeMap<usize, (Chunk, Vec<Vec<u8>>)> =
        std::collections::BTreeMap::new();
    loop {
        while sent - written < CHUNKS_IN_FLIGHT {
            let Some(chunk) = chunks.next() else { break };
            let (tx, opts, header) = (done_tx.clone(), opts.clone(), header.to_vec());
            let seq = sent;
            pool.spawn(move || {
                let rendered = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    chunk
                        .items
                        .par_iter()
                        .map(|item| match item {
                            Item::Doc(d) => render(d, &opts, format, &header),
                            Item::Err(_) => Vec::new(),
                        })
                        .collect::<Vec<Vec<u8>>>()
                }));
                // The receiver is gone only after a write error.
                let _ = tx.send((seq, chunk, rendered));
            });
            sent += 1;
        }
        if written == sent {
            break;
        }
        let Ok((seq, chunk, rendered)) = done_rx.recv() else {
            break;
        };
        let rendered = match rendered {
            Ok(r) => r,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        ready.insert(seq, (chunk, rendered));
        while let Some((chunk, rendered)) = ready.remove(&written) {
            written += 1;
            let mut docs = 0u64;
            for (item, out) in chunk.items.iter().zip(rendered) {
                match item {
                    Item::Err(e) => {
                        progress.suspend(|| report_error(e));
                        failed = true;
                    }
                    Item::Doc(_) => {
                        docs += 1;
                        if let Err(e) = sink.write_all(&out) {
                            return (sink, failed, Some(e));
                        }
                    }
                }
            }
            progress.advance(docs, chunk.read_bytes);
        }
    }
    (sink, failed, None)
}

/// `--format html`: one page needs every text, so the corpus is read whole,
/// extracted in parallel, then written.
fn run_html(
    inputs: &[Input],
    opts: &Options,
    pool: &rayon::ThreadPool,
    mut sink: Sink,
) -> Result<Outcome> {
    let mut docs = Vec::new();
    let mut failed = false;
    for input in inputs {
        let r = for_each_document(input, |d| match d {
            Ok(d) => docs.push(d),
            Err(e) => {
                report_error(&e);
                failed = true;
            }
        });
        if let Err(e) = r {
            report_error(&e);
            failed = true;
        }
    }
    let rows: Vec<_> = pool
        .install(|| {
            docs.par_iter()
                .map(|d| extract(d, opts))
                .collect::<Vec<_>>()
        })
        .into_iter()
        .flatten()
        .collect();
    let texts: Vec<(String, String)> = docs.into_iter().map(|d| (d.id, d.text)).collect();
    if let Err(e) = claimcheck::html::write_ledger(&mut sink, &texts, &rows) {
        sink.abandon();
        return super::io_outcome(e);
    }
    super::close(sink, failed)
}
