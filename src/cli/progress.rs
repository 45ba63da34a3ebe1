//! A progress bar for long `extract` runs: documents done, megabytes read
//! of the total, MB/s and time left, on standard error, and only when
//! standard error is a terminal. In CI, in a pipe or redirected to a file
//! nothing at all is drawn, so logs and scripts never see it.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

/// The bar, or nothing when standard error is not a terminal.
pub struct Progress {
    bar: Option<ProgressBar>,
    docs: std::cell::Cell<u64>,
}

impl Progress {
    /// A bar over `total` input bytes (unknown for standard input).
    pub fn new(total: Option<u64>) -> Progress {
        let bar = std::io::stderr().is_terminal().then(|| {
            let (bar, template) = match total {
                Some(t) => (
                    ProgressBar::with_draw_target(Some(t), ProgressDrawTarget::stderr()),
                    "{elapsed_precise} [{bar:30}] {decimal_bytes}/{decimal_total_bytes} \
                     {decimal_bytes_per_sec} ETA {eta} {msg}",
                ),
                None => (
                    ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
                    "{elapsed_precise} {spinner} {decimal_bytes} {decimal_bytes_per_sec} {msg}",
                ),
            };
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style.progress_chars("=> "));
            }
            bar
        });
        Progress {
            bar,
            docs: std::cell::Cell::new(0),
        }
    }

    /// `docs` more documents are written; `read_bytes` input bytes read.
    pub fn advance(&self, docs: u64, read_bytes: u64) {
        if let Some(bar) = &self.bar {
            self.docs.set(self.docs.get() + docs);
            bar.set_message(format!("{} documents", self.docs.get()));
            bar.set_position(read_bytes);
        }
    }

    /// Run `f` (which prints to stderr) with the bar out of the way.
    pub fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        match &self.bar {
            Some(bar) => bar.suspend(f),
            None => f(),
        }
    }

    /// Remove the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
