//! MP4 films through the system's `ffmpeg`: raw RGBA frames into its standard input, H.264
//! in yuv420p out (what every player and presentation program plays), into a temporary file
//! beside the film's name that is renamed at the end.

use std::io::{Read as _, Write as _};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::thread::JoinHandle;

use image::RgbaImage;
use tempfile::NamedTempFile;

use super::{ExportError, ExportPlan, FilmWriter};

/// An MP4 film being made by `ffmpeg`.
pub(crate) struct Mp4Writer {
    child: Child,
    stdin: Option<ChildStdin>,
    /// What ffmpeg says when it fails (read on a thread so that it never blocks it).
    stderr: Option<JoinHandle<String>>,
    /// `None` once it has become the film.
    temporary: Option<NamedTempFile>,
    out: PathBuf,
}

impl Mp4Writer {
    /// Starts `ffmpeg` for `plan`; fails at once, naming the Debian package, where it is not
    /// installed.
    pub(crate) fn create(plan: &ExportPlan) -> Result<Self, ExportError> {
        let temporary = super::gif::temporary_beside(&plan.out)?;
        let (width, height) = plan.size;
        let mut child = Command::new("ffmpeg")
            .args(["-hide_banner", "-loglevel", "error", "-nostdin", "-y"])
            .args(["-f", "rawvideo", "-pix_fmt", "rgba"])
            .args(["-s", &format!("{width}x{height}")])
            .args(["-framerate", &plan.fps.to_string()])
            .args(["-i", "pipe:0"])
            // H.264 in yuv420p needs even sides.
            .args(["-vf", "pad=ceil(iw/2)*2:ceil(ih/2)*2"])
            .args(["-c:v", "libx264", "-pix_fmt", "yuv420p", "-crf", "20"])
            .args(["-movflags", "+faststart", "-f", "mp4"])
            .arg(temporary.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|err| match err.kind() {
                std::io::ErrorKind::NotFound => ExportError::NoFfmpeg,
                _ => ExportError::Ffmpeg(err.to_string()),
            })?;
        let stdin = child.stdin.take();
        let stderr = child.stderr.take().and_then(|mut pipe| {
            std::thread::Builder::new()
                .name("ffmpeg stderr".to_owned())
                .spawn(move || {
                    let mut text = String::new();
                    pipe.read_to_string(&mut text).ok();
                    text
                })
                .ok()
        });
        Ok(Self {
            child,
            stdin,
            stderr,
            temporary: Some(temporary),
            out: plan.out.clone(),
        })
    }

    /// Waits for ffmpeg and says why it failed, if it did.
    fn wait(&mut self) -> Result<(), ExportError> {
        self.stdin = None;
        let status = self
            .child
            .wait()
            .map_err(|err| ExportError::Ffmpeg(err.to_string()))?;
        let said = self
            .stderr
            .take()
            .and_then(|thread| thread.join().ok())
            .unwrap_or_default();
        if status.success() {
            return Ok(());
        }
        let said = said.trim();
        let reason = if said.contains("No space left") {
            "the disk is full".to_owned()
        } else if said.is_empty() {
            status.to_string()
        } else {
            said.to_owned()
        };
        Err(ExportError::Ffmpeg(reason))
    }
}

impl FilmWriter for Mp4Writer {
    fn add(&mut self, frame: &RgbaImage) -> Result<(), ExportError> {
        let written = match &mut self.stdin {
            Some(stdin) => stdin.write_all(frame.as_raw()),
            None => Err(std::io::Error::from(std::io::ErrorKind::BrokenPipe)),
        };
        match written {
            Ok(()) => Ok(()),
            // ffmpeg stopped: what it said is the reason.
            Err(_) => Err(self
                .wait()
                .err()
                .unwrap_or_else(|| ExportError::Ffmpeg("it stopped early".to_owned()))),
        }
    }

    fn finish(mut self: Box<Self>) -> Result<PathBuf, ExportError> {
        self.wait()?;
        let out = self.out.clone();
        if let Some(temporary) = self.temporary.take() {
            temporary
                .persist(&out)
                .map_err(|err| ExportError::write(&out, &err.error))?;
        }
        Ok(out)
    }
}

impl Drop for Mp4Writer {
    fn drop(&mut self) {
        // Unfinished: ffmpeg is stopped before its temporary file is removed.
        if self.stdin.is_some() {
            self.stdin = None;
            self.child.kill().ok();
            self.child.wait().ok();
        }
    }
}
