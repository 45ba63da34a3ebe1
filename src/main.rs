//! The `claimcheck` binary: parse the command line, run the command, map
//! its outcome to the contract's exit codes (0 ok, 1 mismatch found, 2 bad
//! usage or input). All the work is in the library.

mod cli;

use clap::Parser;

/// mimalloc: the extractor allocates many short strings per claim; glibc's
/// malloc/free was ~15% of an `extract` profile.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args = cli::args::Cli::parse();
    let code = match cli::run(&args) {
        Ok(outcome) => outcome.exit_code(),
        Err(e) => {
            cli::report_error(&e);
            2
        }
    };
    std::process::exit(code);
}
