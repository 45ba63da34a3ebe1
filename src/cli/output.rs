//! Output destinations: standard output, or a file written atomically
//! (a temporary file beside it, then rename) that is never an input. A
//! target that is no regular file (`/dev/null`, a named pipe, a terminal)
//! is written straight through, never replaced; a symbolic link is
//! followed, so the file it names is replaced and the link stays.

use claimcheck::error::{Error, Result};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Where a command writes.
pub enum Sink {
    /// Standard output.
    Stdout(io::BufWriter<io::Stdout>),
    /// A device or named pipe, written in place (renaming a file onto
    /// `/dev/null` would replace the device for every program).
    Special(io::BufWriter<std::fs::File>),
    /// A temporary file renamed onto `target` by [`Sink::commit`].
    File {
        tmp: PathBuf,
        target: PathBuf,
        file: io::BufWriter<std::fs::File>,
    },
}

impl Sink {
    /// Open the sink; refuses a target that is one of `inputs`.
    pub fn open(output: Option<&Path>, inputs: &[PathBuf]) -> Result<Sink> {
        let Some(target) = output else {
            return Ok(Sink::Stdout(io::BufWriter::new(io::stdout())));
        };
        if let Ok(t) = target.canonicalize() {
            for i in inputs {
                if i.canonicalize()
                    .is_ok_and(|c| c == t || t.starts_with(&c) && c.is_file())
                {
                    return Err(Error::usage(format!(
                        "refusing to write over input file {}",
                        i.display()
                    ))
                    .with_path(target));
                }
            }
        }
        // Follow a link to the file it names; write a device or a pipe in
        // place.
        let resolved;
        let target = match std::fs::metadata(target) {
            Ok(m) if m.is_dir() => {
                return Err(Error::usage("the output is a directory").with_path(target));
            }
            Ok(m) if !m.is_file() => {
                let f = std::fs::OpenOptions::new()
                    .write(true)
                    .open(target)
                    .map_err(|e| Error::io(target, &e))?;
                return Ok(Sink::Special(io::BufWriter::new(f)));
            }
            Ok(_) if std::fs::symlink_metadata(target).is_ok_and(|m| m.is_symlink()) => {
                resolved = target.canonicalize().map_err(|e| Error::io(target, &e))?;
                resolved.as_path()
            }
            _ => target,
        };
        let dir = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "out".into());
        let tmp = dir.join(format!(".{name}.claimcheck-{}.tmp", std::process::id()));
        let file = std::fs::File::create(&tmp).map_err(|e| Error::io(&tmp, &e))?;
        Ok(Sink::File {
            tmp,
            target: target.to_path_buf(),
            file: io::BufWriter::new(file),
        })
    }

    /// Finish: flush, and for a file rename it into place.
    pub fn commit(self) -> Result<()> {
        match self {
            Sink::Stdout(mut w) => match w.flush() {
                Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(Error::io("<stdout>", &e)),
                _ => Ok(()),
            },
            Sink::Special(mut w) => w.flush().map_err(|e| Error::io("<output>", &e)),
            Sink::File { tmp, target, file } => {
                let f = file.into_inner().map_err(|e| Error::io(&tmp, e.error()))?;
                f.sync_all().map_err(|e| Error::io(&tmp, &e))?;
                std::fs::rename(&tmp, &target).map_err(|e| Error::io(&target, &e))
            }
        }
    }

    /// Drop a half-written file.
    pub fn abandon(self) {
        if let Sink::File { tmp, file, .. } = self {
            drop(file);
            let _ = std::fs::remove_file(tmp);
        }
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Stdout(w) => w.write(buf),
            Sink::Special(w) => w.write(buf),
            Sink::File { file, .. } => file.write(buf),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(w) => w.flush(),
            Sink::Special(w) => w.flush(),
            Sink::File { file, .. } => file.flush(),
        }
    }
}
