//! The library's one error type.
//!
//! Every error names where it happened — the file (or document id), and the
//! line or byte when one is known — because the contract promises users a
//! message that says "file, line and problem" (exit code 2).

use std::fmt;
use std::path::PathBuf;

/// What went wrong, for callers that branch on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A file could not be opened, read or written.
    Io,
    /// A document is not valid UTF-8.
    Utf8,
    /// The front-matter block of a document is malformed.
    FrontMatter,
    /// A CSV file (ledger or reference table) is malformed.
    Csv,
    /// A JSON Lines file is malformed.
    Json,
    /// A value in an input does not parse (a date, a number).
    Value,
    /// The command line asked for something impossible.
    Usage,
}

/// Where in an input an error happened.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Position {
    /// 1-based line number.
    pub line: Option<u64>,
    /// 0-based byte offset.
    pub byte: Option<u64>,
}

/// A claimcheck error: kind, the file it concerns, position and message.
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
    path: Option<PathBuf>,
    pos: Position,
    message: String,
}

impl Error {
    /// A new error of `kind` with `message`.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            kind,
            path: None,
            pos: Position::default(),
            message: message.into(),
        }
    }

    /// An I/O error about `path`.
    pub fn io(path: impl Into<PathBuf>, err: &std::io::Error) -> Error {
        Error::new(ErrorKind::Io, err.to_string()).with_path(path)
    }

    /// A usage error.
    pub fn usage(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Usage, message)
    }

    /// Attach the file this error concerns (kept if one is already set).
    pub fn with_path(mut self, path: impl Into<PathBuf>) -> Error {
        if self.path.is_none() {
            self.path = Some(path.into());
        }
        self
    }

    /// Attach a 1-based line number.
    pub fn with_line(mut self, line: u64) -> Error {
        self.pos.line = Some(line);
        self
    }

    /// Attach a 0-based byte offset.
    pub fn with_byte(mut self, byte: u64) -> Error {
        self.pos.byte = Some(byte);
        self
    }

    /// What kind of error this is.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The file this error concerns, when known.
    pub fn path(&self) -> Option<&std::path::Path> {
        self.path.as_deref()
    }

    /// Where in the file, when known.
    pub fn position(&self) -> &Position {
        &self.pos
    }

    /// The problem, without the location.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(p) = &self.path {
            write!(f, "{}", p.display())?;
            if let Some(line) = self.pos.line {
                write!(f, ":{line}")?;
            }
            if let Some(byte) = self.pos.byte {
                write!(f, " (byte {byte})")?;
            }
            write!(f, ": ")?;
        } else if let Some(line) = self.pos.line {
            write!(f, "line {line}: ")?;
        }
        write!(f, "{}", self.message)
    }
}

impl std::error::Error for Error {}

/// The library's result type.
pub type Result<T> = std::result::Result<T, Error>;
