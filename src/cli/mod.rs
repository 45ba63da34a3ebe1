//! The command-line front end: one module per subcommand, each with
//! `run(&Args) -> Result<Outcome>`.

pub mod args;
pub mod check;
pub mod diff;
pub mod eval;
pub mod extract;
pub mod output;
pub mod progress;
pub mod rules;

use claimcheck::error::{Error, Result};
use output::Sink;

/// How a command ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Success.
    Ok,
    /// `check` found a mismatch.
    Mismatch,
    /// Some input could not be read (reported on stderr).
    InputError,
}

impl Outcome {
    /// Exit code per the contract.
    pub fn exit_code(self) -> i32 {
        match self {
            Outcome::Ok => 0,
            Outcome::Mismatch => 1,
            Outcome::InputError => 2,
        }
    }
}

/// Run the parsed command.
pub fn run(cli: &args::Cli) -> Result<Outcome> {
    match &cli.command {
        args::Command::Extract(a) => extract::run(a),
        args::Command::Check(a) => check::run(a),
        args::Command::Eval(a) => eval::run(a),
        args::Command::Diff(a) => diff::run(a),
        args::Command::Rules(c) => rules::run(c),
    }
}

/// Print an error the way every command does.
#[allow(clippy::print_stderr)]
pub fn report_error(e: &Error) {
    eprintln!("claimcheck: error: {e}");
}

/// A write error: a closed pipe ends quietly, anything else is an error.
pub fn io_outcome(e: std::io::Error) -> Result<Outcome> {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Ok(Outcome::Ok)
    } else {
        Err(Error::io("<output>", &e))
    }
}

/// Commit the output, unless input errors make a file output incomplete.
pub fn close(sink: Sink, failed: bool) -> Result<Outcome> {
    if failed && matches!(sink, Sink::File { .. }) {
        sink.abandon();
        return Ok(Outcome::InputError);
    }
    sink.commit()?;
    Ok(if failed {
        Outcome::InputError
    } else {
        Outcome::Ok
    })
}
