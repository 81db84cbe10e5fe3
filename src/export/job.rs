//! `ExportJob`: an export started from the window, run by `hungary1956 export` in a process
//! (and a window) of its own, so that the app stays responsive and keeps its own view. The
//! process reports `frame DONE TOTAL` lines; closing its standard input cancels it, and it
//! removes what it had written.

use std::ffi::OsString;
use std::io::{BufRead as _, BufReader, Read as _};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long a cancelled export may take to clean up before it is stopped by force.
const CLEAN_UP_WITHIN: Duration = Duration::from_secs(5);

/// Where an export started from the window stands.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum JobStatus {
    /// Frames written so far, in all, and the time left (once a frame is done).
    Running {
        /// Frames written.
        done: usize,
        /// Frames in all.
        total: usize,
        /// Time left, estimated from the frames so far.
        left: Option<Duration>,
    },
    /// The film is written here.
    Finished(PathBuf),
    /// It failed; why, in the export command's words.
    Failed(String),
    /// The user cancelled it; nothing was written.
    Cancelled,
}

#[derive(Default)]
struct Reported {
    done: usize,
    total: usize,
    /// When the first frame was reported (the window's start-up is not counted in the rate).
    first_frame: Option<(Instant, usize)>,
    errors: String,
}

/// An export running in its own process.
pub(crate) struct ExportJob {
    child: Child,
    stdin: Option<ChildStdin>,
    reported: Arc<Mutex<Reported>>,
    out: PathBuf,
    ended: Option<JobStatus>,
    cancelled_at: Option<Instant>,
}

impl ExportJob {
    /// Runs `hungary1956 export` (this program, or `exe`) with `args` (everything after
    /// `export`) for the film `out`; `ctx` is repainted whenever it reports.
    pub(crate) fn start(
        exe: Option<&std::path::Path>,
        args: Vec<OsString>,
        out: PathBuf,
        ctx: &egui::Context,
    ) -> std::io::Result<Self> {
        let exe = match exe {
            Some(exe) => exe.to_path_buf(),
            None => std::env::current_exe()?,
        };
        let mut child = Command::new(exe)
            .arg("export")
            .args(args)
            .arg("--progress-lines")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()?;
        let reported = Arc::new(Mutex::new(Reported::default()));
        if let Some(stdout) = child.stdout.take() {
            let reported = Arc::clone(&reported);
            let ctx = ctx.clone();
            std::thread::Builder::new()
                .name("export progress".to_owned())
                .spawn(move || {
                    for line in BufReader::new(stdout).lines() {
                        let Ok(line) = line else { break };
                        if let Some((done, total)) = super::progress::parse_line(&line)
                            && let Ok(mut reported) = reported.lock()
                        {
                            reported.done = done;
                            reported.total = total;
                            reported.first_frame.get_or_insert((Instant::now(), done));
                        }
                        ctx.request_repaint();
                    }
                    ctx.request_repaint();
                })?;
        }
        if let Some(mut stderr) = child.stderr.take() {
            let reported = Arc::clone(&reported);
            std::thread::Builder::new()
                .name("export errors".to_owned())
                .spawn(move || {
                    let mut text = String::new();
                    stderr.read_to_string(&mut text).ok();
                    if let Ok(mut reported) = reported.lock() {
                        reported.errors = text;
                    }
                })?;
        }
        let stdin = child.stdin.take();
        Ok(Self {
            child,
            stdin,
            reported,
            out,
            ended: None,
            cancelled_at: None,
        })
    }

    /// Where it stands now.
    pub(crate) fn status(&mut self) -> JobStatus {
        if let Some(ended) = &self.ended {
            return ended.clone();
        }
        match self.child.try_wait() {
            Ok(Some(status)) => {
                let ended = if status.success() {
                    JobStatus::Finished(self.out.clone())
                } else if self.cancelled_at.is_some() {
                    JobStatus::Cancelled
                } else {
                    // The stderr thread has the whole text once the process is gone.
                    std::thread::sleep(Duration::from_millis(20));
                    JobStatus::Failed(self.errors())
                };
                self.ended = Some(ended.clone());
                ended
            }
            Ok(None) => {
                if self
                    .cancelled_at
                    .is_some_and(|at| at.elapsed() > CLEAN_UP_WITHIN)
                {
                    self.child.kill().ok();
                }
                self.progress()
            }
            Err(err) => {
                let ended = JobStatus::Failed(err.to_string());
                self.ended = Some(ended.clone());
                ended
            }
        }
    }

    /// Asks the export to stop and clean up.
    pub(crate) fn cancel(&mut self) {
        self.stdin = None;
        self.cancelled_at.get_or_insert_with(Instant::now);
    }

    fn progress(&self) -> JobStatus {
        let Ok(reported) = self.reported.lock() else {
            return JobStatus::Running {
                done: 0,
                total: 0,
                left: None,
            };
        };
        let left = reported.first_frame.and_then(|(since, first)| {
            let done = reported.done.checked_sub(first).filter(|&d| d > 0)?;
            let per_frame = since.elapsed().as_secs_f64() / done as f64;
            let remaining = reported.total.saturating_sub(reported.done) as f64;
            Some(Duration::from_secs_f64(per_frame * remaining))
        });
        JobStatus::Running {
            done: reported.done,
            total: reported.total,
            left,
        }
    }

    fn errors(&self) -> String {
        let text = self
            .reported
            .lock()
            .map(|reported| reported.errors.trim().to_owned())
            .unwrap_or_default();
        // The command prefixes its errors with its name.
        text.strip_prefix("hungary1956: ")
            .map(str::to_owned)
            .unwrap_or(text)
    }
}

impl Drop for ExportJob {
    fn drop(&mut self) {
        // The app is closing with an export running: it is cancelled and given time to clean up.
        if self.ended.is_none() {
            self.cancel();
            let deadline = Instant::now() + CLEAN_UP_WITHIN;
            while Instant::now() < deadline {
                if let Ok(Some(_)) = self.child.try_wait() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            self.child.kill().ok();
            self.child.wait().ok();
        }
    }
}
