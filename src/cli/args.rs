//! Command-line arguments, as typed (clap derive). Resolution into
//! options happens in each command's module.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Extract checkable claims from news articles into a claim ledger, and
/// check them against a reference table.
#[derive(Debug, Parser)]
#[command(name = "claimcheck", version, about, long_about = None)]
pub struct Cli {
    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract claims into a ledger (CSV or JSON Lines).
    Extract(ExtractArgs),
    /// Check claims against a reference table.
    Check(CheckArgs),
    /// Score extraction against a gold file.
    Eval(EvalArgs),
    /// What changed between two ledgers: claims added, removed, changed.
    Diff(DiffArgs),
    /// List the extraction rules, or test their examples.
    #[command(subcommand)]
    Rules(RulesCommand),
}

/// `claimcheck rules`.
#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Every rule (built-in, and the packs' with --rules) with its id, kind
    /// and description.
    List {
        /// A user rule pack (TOML) to list too; may repeat.
        #[arg(long, value_name = "FILE")]
        rules: Vec<PathBuf>,
    },
    /// Run every rule's examples and counter-examples; exit 1 listing the
    /// broken ones.
    Test {
        /// User rule packs (TOML) to test with the built-in rules.
        #[arg(value_name = "FILE")]
        packs: Vec<PathBuf>,
        /// A user rule pack, as FILE; may repeat.
        #[arg(long, value_name = "FILE")]
        rules: Vec<PathBuf>,
        /// Also list the rules that never fire on this corpus (articles, a
        /// directory or .jsonl documents).
        #[arg(long, value_name = "DIR")]
        corpus: Option<PathBuf>,
    },
}

/// `claimcheck diff`.
#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// The earlier ledger (CSV).
    pub old: PathBuf,
    /// The later ledger (CSV).
    pub new: PathBuf,
    /// Exit with 1 when anything changed (for CI).
    #[arg(long)]
    pub exit_code: bool,
}

/// Ledger formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LedgerFormat {
    /// CSV (RFC 4180), header row.
    Csv,
    /// One JSON object a line.
    Jsonl,
    /// A self-contained HTML page: each article with its claims marked.
    Html,
}

/// Report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// A readable table and summary.
    Text,
    /// One CSV row per claim.
    Csv,
    /// A JSON object with claims and summary.
    Json,
    /// GitHub Actions workflow annotations (::error / ::warning lines).
    Github,
    /// A self-contained HTML page: articles with claims and verdicts marked.
    Html,
}

/// Numeric date order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DateOrderArg {
    /// 9/12/2016 is 12 September.
    Dmy,
    /// 9/12/2016 is September 12.
    Mdy,
}

/// The convention of date values (see `claimcheck::extract::DateStyle`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum DateStyleArg {
    /// TIMEX3, as the contract and news annotators write them: "within 12
    /// weeks" is P12W, "mid-August" the month, "until March 26" the day.
    #[default]
    Timex,
    /// Calendar intervals, as assistant-style recognizers resolve them:
    /// "within 12 weeks" is the interval from the document date.
    Ranges,
}

/// `claimcheck extract`.
#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Article files, directories, `-` (stdin) or .jsonl document files.
    pub inputs: Vec<PathBuf>,
    /// Document date for relative dates (YYYY-MM-DD); overrides front matter.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub doc_date: Option<String>,
    /// How to read numeric dates like 9/12/2016.
    #[arg(long, value_enum)]
    pub date_order: Option<DateOrderArg>,
    /// The convention of date values.
    #[arg(long, value_enum, default_value = "timex")]
    pub date_style: DateStyleArg,
    /// Output format.
    #[arg(long, value_enum, default_value = "csv")]
    pub format: LedgerFormat,
    /// Write to FILE (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Threads extracting documents in parallel; 0 = one per core. The
    /// output is the same whatever N.
    #[arg(short, long, value_name = "N", default_value_t = 0)]
    pub jobs: usize,
    /// Replace invalid UTF-8 (each bad byte becomes `?`) and warn, instead
    /// of failing on it.
    #[arg(long)]
    pub lossy: bool,
    /// Start CSV output with a UTF-8 byte order mark, for Excel.
    #[arg(long)]
    pub bom: bool,
    /// A user rule pack (TOML) applied after the built-in rules; may repeat.
    #[arg(long, value_name = "FILE")]
    pub rules: Vec<PathBuf>,
}

/// `claimcheck check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Articles, directories, .jsonl documents or ledger CSVs. A directory
    /// without --reference pairs NAME.txt with NAME.reference.csv.
    pub inputs: Vec<PathBuf>,
    /// Reference table (CSV).
    #[arg(long, value_name = "REF.csv")]
    pub reference: Option<PathBuf>,
    /// Document date for relative dates (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub doc_date: Option<String>,
    /// How to read numeric dates like 9/12/2016.
    #[arg(long, value_enum)]
    pub date_order: Option<DateOrderArg>,
    /// The convention of date values.
    #[arg(long, value_enum, default_value = "timex")]
    pub date_style: DateStyleArg,
    /// Report format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: ReportFormat,
    /// Reviewed claims: a CSV with an `id` column (and optionally
    /// `decision`, `note`), such as a filtered earlier report. Mismatches
    /// listed there are reported but do not fail the run.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Replace invalid UTF-8 in articles (each bad byte becomes `?`) and
    /// warn, instead of failing on it.
    #[arg(long)]
    pub lossy: bool,
    /// Start CSV output (`--format csv`) with a UTF-8 byte order mark, for Excel.
    #[arg(long)]
    pub bom: bool,
    /// Write to FILE (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// A user rule pack (TOML) applied after the built-in rules; may repeat.
    #[arg(long, value_name = "FILE")]
    pub rules: Vec<PathBuf>,
}

/// Gold kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    /// Figures.
    Figure,
    /// Dates.
    Date,
    /// Attributions.
    Attribution,
}

/// Eval formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EvalFormat {
    /// A table.
    Text,
    /// JSON.
    Json,
}

/// `claimcheck eval`.
#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    /// Gold file(s), JSON Lines.
    #[arg(long, required = true, value_name = "GOLD.jsonl")]
    pub gold: Vec<PathBuf>,
    /// Score only this kind.
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: EvalFormat,
    /// Scope file: case ids to exclude, one a line with a reason.
    #[arg(long, value_name = "FILE")]
    pub scope: Option<PathBuf>,
    /// Print up to N failures (missed, spurious, wrong value).
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub show_failures: usize,
    /// The convention of date values to extract with (a gold file's own).
    #[arg(long, value_enum, default_value = "timex")]
    pub date_style: DateStyleArg,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_valid() {
        Cli::command().debug_assert();
    }
}
