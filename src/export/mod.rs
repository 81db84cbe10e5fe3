//! Film export: a request (range, step, rate, size, file) checked once into an [`ExportPlan`]
//! whose frame `k` shows the app at `from + k·step`; the writers for GIF, MP4 and PNG frames;
//! the task that drives the app frame by frame; the command `hungary1956 export`; and the job
//! the *File ▸ Export film…* window runs in a process of its own. No egui in the plan.

mod args;
mod encoder;
mod gif;
mod job;
mod mp4;
mod png_frames;
mod progress;
mod run;
mod task;

use std::path::{Path, PathBuf};

use jiff::{SignedDuration, Span, SpanRelativeTo, Timestamp};

use crate::i18n::Language;
use crate::t;

pub use args::ExportArgs;
pub use encoder::{Film, FilmWriter};
pub use gif::GifEncoder;
pub(crate) use job::{ExportJob, JobStatus};
pub use run::run;
pub(crate) use task::ExportTask;

/// The most frames one export may have.
pub const MAX_FRAMES: u64 = 10_000;
/// Frames per second when none is asked for.
pub const DEFAULT_FPS: u32 = 10;
/// The fastest rate (GIF viewers slow down frames shorter than 2/100 s).
pub const MAX_FPS: u32 = 50;

/// What a film is written as, from the name it is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilmFormat {
    /// An animated, looping GIF (built in).
    Gif,
    /// H.264 video in an MP4 file, made by the system's `ffmpeg`.
    Mp4,
    /// A folder of numbered PNG frames.
    PngFrames,
}

impl FilmFormat {
    /// All formats, in the order a menu lists them.
    pub const ALL: [Self; 3] = [Self::Gif, Self::Mp4, Self::PngFrames];

    /// The format a path asks for: `.gif`, `.mp4`, or a folder (one that exists, or a name
    /// without an extension, or one ending in `/`).
    pub fn of_path(path: &Path) -> Result<Self, ExportError> {
        let text = path.to_string_lossy();
        if path.is_dir() || text.ends_with('/') || text.ends_with(std::path::MAIN_SEPARATOR) {
            return Ok(Self::PngFrames);
        }
        match path.extension().map(|e| e.to_string_lossy().to_lowercase()) {
            None => Ok(Self::PngFrames),
            Some(extension) if extension == "gif" => Ok(Self::Gif),
            Some(extension) if extension == "mp4" => Ok(Self::Mp4),
            Some(extension) => Err(ExportError::UnknownExtension {
                path: path.to_path_buf(),
                extension,
            }),
        }
    }

    /// The file extension (none for a folder of frames).
    pub fn extension(self) -> Option<&'static str> {
        match self {
            Self::Gif => Some("gif"),
            Self::Mp4 => Some("mp4"),
            Self::PngFrames => None,
        }
    }
}

/// Why a film could not be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteReason {
    /// No room left on the disk.
    DiskFull,
    /// The system refused.
    PermissionDenied,
    /// The folder does not exist.
    NoFolder,
    /// Anything else, in the system's or the encoder's own words.
    Other(String),
}

impl WriteReason {
    /// An I/O error in words (a full disk says so).
    fn of(err: &std::io::Error) -> Self {
        match err.kind() {
            std::io::ErrorKind::StorageFull => Self::DiskFull,
            std::io::ErrorKind::PermissionDenied => Self::PermissionDenied,
            std::io::ErrorKind::NotFound => Self::NoFolder,
            _ => Self::Other(err.to_string()),
        }
    }

    /// The `gif` and `image` crates report I/O errors as text: a full disk is said plainly.
    pub(crate) fn from_text(reason: String) -> Self {
        if ["No space left", "StorageFull", "no storage space"]
            .iter()
            .any(|words| reason.contains(words))
        {
            Self::DiskFull
        } else {
            Self::Other(reason)
        }
    }

    fn text(&self, lang: Language) -> String {
        match self {
            Self::DiskFull => t!(lang, "export-reason-disk-full"),
            Self::PermissionDenied => t!(lang, "export-reason-permission"),
            Self::NoFolder => t!(lang, "export-reason-no-folder"),
            Self::Other(reason) => reason.clone(),
        }
    }
}

/// A request that cannot be carried out, or an export that failed. `Display` is English;
/// [`ExportError::text`] says it in any language of the app.
#[derive(Debug, Clone)]
pub enum ExportError {
    /// The file name's extension names no format.
    UnknownExtension {
        /// The path given.
        path: PathBuf,
        /// Its extension, lower case.
        extension: String,
    },
    /// `--from` is not before `--to`.
    EmptyRange {
        /// The start, as given.
        from: String,
        /// The end, as given.
        to: String,
    },
    /// The step is not a duration.
    BadStep {
        /// The step, as given.
        text: String,
        /// Why it is not one (jiff's words).
        reason: String,
    },
    /// The step is zero or negative.
    StepNotPositive {
        /// The step, as given.
        text: String,
    },
    /// Too many frames.
    TooManyFrames {
        /// How many there would be.
        frames: u64,
    },
    /// The frame rate is outside 1 to [`MAX_FPS`].
    BadFps {
        /// The rate given.
        fps: u32,
    },
    /// `ffmpeg` is not on the PATH.
    NoFfmpeg,
    /// Writing failed.
    Write {
        /// What could not be written.
        path: PathBuf,
        /// Why.
        reason: WriteReason,
    },
    /// `ffmpeg` failed.
    Ffmpeg(String),
    /// A frame's map or pictures never finished loading.
    Stalled {
        /// The frame.
        frame: usize,
        /// How long it waited.
        seconds: u64,
    },
    /// The export was cancelled.
    Cancelled,
}

impl ExportError {
    /// A write error for `path` from an I/O error.
    pub(crate) fn write(path: &Path, err: &std::io::Error) -> Self {
        Self::Write {
            path: path.to_path_buf(),
            reason: WriteReason::of(err),
        }
    }

    /// What went wrong, in `lang`, naming the option or file concerned.
    pub fn text(&self, lang: Language) -> String {
        match self {
            Self::UnknownExtension { path, extension } => t!(
                lang,
                "export-cli-extension",
                path = path.display().to_string(),
                extension = extension.as_str()
            ),
            Self::EmptyRange { from, to } => {
                t!(
                    lang,
                    "export-cli-range",
                    from = from.as_str(),
                    to = to.as_str()
                )
            }
            Self::BadStep { text, reason } => t!(
                lang,
                "export-cli-bad-step",
                text = text.as_str(),
                reason = reason.as_str()
            ),
            Self::StepNotPositive { text } => {
                t!(lang, "export-cli-step-not-positive", text = text.as_str())
            }
            Self::TooManyFrames { frames } => t!(
                lang,
                "export-cli-frames",
                frames = *frames as f64,
                max = MAX_FRAMES as f64
            ),
            Self::BadFps { fps } => t!(
                lang,
                "export-cli-fps",
                fps = f64::from(*fps),
                max = f64::from(MAX_FPS)
            ),
            Self::NoFfmpeg => t!(lang, "export-cli-no-ffmpeg"),
            Self::Write { path, reason } => t!(
                lang,
                "export-cli-write",
                path = path.display().to_string(),
                reason = reason.text(lang)
            ),
            Self::Ffmpeg(reason) => t!(lang, "export-cli-ffmpeg", reason = reason.as_str()),
            Self::Stalled { frame, seconds } => t!(
                lang,
                "export-cli-stalled",
                frame = *frame as f64,
                seconds = *seconds as f64
            ),
            Self::Cancelled => t!(lang, "export-cli-cancelled"),
        }
    }
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Language::English))
    }
}

impl std::error::Error for ExportError {}

/// Parses a step such as `1h`, `30m`, `1d` or `6h 30m` (jiff's friendly format, or ISO 8601
/// such as `PT1H`); a day is 24 hours, so that frames are evenly spaced.
pub fn parse_step(text: &str) -> Result<SignedDuration, ExportError> {
    let bad = |reason: String| ExportError::BadStep {
        text: text.to_owned(),
        reason,
    };
    let span: Span = text.trim().parse().map_err(|err| bad(format!("{err}")))?;
    let step = span
        .to_duration(SpanRelativeTo::days_are_24_hours())
        .map_err(|_| bad("months and years are not a fixed length; use days".to_owned()))?;
    if step <= SignedDuration::ZERO {
        return Err(ExportError::StepNotPositive {
            text: text.to_owned(),
        });
    }
    Ok(step)
}

/// A checked export: where, which format, and the frames' times.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportPlan {
    /// The file or folder to write.
    pub out: PathBuf,
    /// The format, from `out`.
    pub format: FilmFormat,
    /// The first frame's time.
    pub from: Timestamp,
    /// No frame is later than this.
    pub to: Timestamp,
    /// Story time between frames.
    pub step: SignedDuration,
    /// Frames per second of the film.
    pub fps: u32,
    /// Width and height of a frame in pixels.
    pub size: (u32, u32),
    frames: usize,
}

impl ExportPlan {
    /// Checks a request: a known format, `from` before `to`, a step longer than zero, at most
    /// [`MAX_FRAMES`] frames, a rate from 1 to [`MAX_FPS`]. `texts` are the start, end and
    /// step as the user gave them, for the messages.
    pub fn new(
        out: PathBuf,
        (from, to): (Timestamp, Timestamp),
        step: SignedDuration,
        fps: u32,
        size: (u32, u32),
        texts: [&str; 3],
    ) -> Result<Self, ExportError> {
        let [from_text, to_text, step_text] = texts;
        let format = FilmFormat::of_path(&out)?;
        if from >= to {
            return Err(ExportError::EmptyRange {
                from: from_text.to_owned(),
                to: to_text.to_owned(),
            });
        }
        let step_nanos = step.as_nanos();
        if step_nanos <= 0 {
            return Err(ExportError::StepNotPositive {
                text: step_text.to_owned(),
            });
        }
        let span_nanos = to.duration_since(from).as_nanos();
        let frames = u64::try_from(span_nanos / step_nanos)
            .unwrap_or(u64::MAX)
            .saturating_add(1);
        if frames > MAX_FRAMES {
            return Err(ExportError::TooManyFrames { frames });
        }
        if !(1..=MAX_FPS).contains(&fps) {
            return Err(ExportError::BadFps { fps });
        }
        Ok(Self {
            out,
            format,
            from,
            to,
            step,
            fps,
            size,
            frames: usize::try_from(frames).unwrap_or(0),
        })
    }

    /// How many frames: `from + k·step` for k = 0, 1, … while it is not after `to`.
    pub fn frame_count(&self) -> usize {
        self.frames
    }

    /// Frame `k`'s time, `from + k·step`; `None` past the last frame.
    pub fn frame_time(&self, k: usize) -> Option<Timestamp> {
        if k >= self.frames {
            return None;
        }
        let k = i32::try_from(k).ok()?;
        self.from.checked_add(self.step.checked_mul(k)?).ok()
    }

    /// Every frame's time, in order.
    pub fn frame_times(&self) -> Vec<Timestamp> {
        (0..self.frames)
            .filter_map(|k| self.frame_time(k))
            .collect()
    }
}
