//! How `hungary1956 export` reports its progress: a bar (indicatif) when standard error is a
//! terminal; one line per frame on standard output for the window that started it
//! (`--progress-lines`: `frame DONE TOTAL`); otherwise nothing until the end.

use std::io::{IsTerminal as _, Write as _};

use indicatif::{ProgressBar, ProgressStyle};

/// The prefix of a progress line.
pub(crate) const LINE_PREFIX: &str = "frame";

/// Where progress goes.
#[derive(Clone)]
pub(crate) enum Progress {
    /// A bar on the terminal.
    Bar(ProgressBar),
    /// `frame DONE TOTAL` lines on standard output.
    Lines { total: usize },
    /// Nowhere.
    Silent,
}

impl Progress {
    /// Progress for `total` frames: lines if asked for, a bar on a terminal, else nothing.
    pub(crate) fn new(total: usize, lines: bool) -> Self {
        if lines {
            return Self::Lines { total };
        }
        if !std::io::stderr().is_terminal() {
            return Self::Silent;
        }
        let bar = ProgressBar::new(u64::try_from(total).unwrap_or(u64::MAX));
        if let Ok(style) =
            ProgressStyle::with_template("{msg} [{bar:32}] {pos}/{len} frames, {eta} left")
        {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_message("Exporting");
        Self::Bar(bar)
    }

    /// `done` frames are written.
    pub(crate) fn frame_done(&self, done: usize) {
        match self {
            Self::Bar(bar) => bar.set_position(u64::try_from(done).unwrap_or(u64::MAX)),
            Self::Lines { total } => {
                let mut out = std::io::stdout().lock();
                writeln!(out, "{LINE_PREFIX} {done} {total}").ok();
                out.flush().ok();
            }
            Self::Silent => {}
        }
    }

    /// The export ended (well or not): the bar goes.
    pub(crate) fn finish(&self) {
        if let Self::Bar(bar) = self {
            bar.finish_and_clear();
        }
    }
}

/// Reads a progress line: (done, total).
pub(crate) fn parse_line(line: &str) -> Option<(usize, usize)> {
    let mut words = line.split_whitespace();
    if words.next()? != LINE_PREFIX {
        return None;
    }
    let done = words.next()?.parse().ok()?;
    let total = words.next()?.parse().ok()?;
    Some((done, total))
}
