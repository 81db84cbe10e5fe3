//! eframe's storage file (`app.ron`: this app's remembered state, egui's memory and the
//! window's place), checked before eframe reads it. eframe trusts the file: a zoom factor of
//! 0 makes every start panic, a window at −1e9 opens off-screen, a FIFO blocks the start.
//! Here it is read the careful way and every entry checked; a file that is not right is set
//! aside as `app.ron.bad-<time>` (never silently overwritten), what was right in it is kept,
//! and the window says so.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use crate::files;
use crate::i18n::Text;
use crate::text;

/// The app id eframe names its storage folder after.
pub const APP_ID: &str = "hungary1956";

/// A storage file larger than this is set aside unread.
const MAX_STORAGE_BYTES: u64 = 16 * 1024 * 1024;

/// egui's memory: every number must be finite and at most this large (positions and sizes in
/// points).
const MAX_MEMORY_NUMBER: f64 = 100_000.0;

/// The window's place and size: every number at most this large (no screen is larger).
const MAX_WINDOW_NUMBER: f64 = 32_768.0;

/// The zoom factors egui accepts (its own Ctrl +/− stays within these).
const ZOOM_FACTORS: std::ops::RangeInclusive<f32> = 0.2..=5.0;

/// Values quoted from the file or from a library (a parse error) are cut to this many
/// characters, so that the notice stays readable.
const MAX_QUOTED_CHARS: usize = 300;

/// Where eframe keeps this app's storage file, if the system has a data folder.
pub fn storage_file() -> Option<PathBuf> {
    eframe::storage_dir(APP_ID).map(|dir| dir.join("app.ron"))
}

/// What checking the storage file found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorageCheck {
    /// For the window: what was wrong, and what was done about it, written out in the
    /// language spoken when it is shown.
    pub notice: Option<Text>,
    /// False if a bad file could not be set aside: then eframe must not use it (it would
    /// overwrite it).
    pub usable: bool,
}

/// Checks the storage file at `path` before eframe reads it; `now` names a file set aside.
pub fn check_storage_file(path: &Path, now: jiff::Timestamp) -> StorageCheck {
    let (notice, usable) = check(path, now);
    StorageCheck { notice, usable }
}

fn check(path: &Path, now: jiff::Timestamp) -> (Option<Text>, bool) {
    match std::fs::symlink_metadata(path) {
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return (None, true),
        _ => {}
    }
    let shown = crate::printable::printable(&path.display().to_string()).into_owned();
    let entries = files::read_limited(path, MAX_STORAGE_BYTES)
        .map_err(|err| err.text(text!("subject-settings-file")))
        .and_then(|bytes| {
            let text = String::from_utf8(bytes).map_err(|_| text!("storage-not-utf8"))?;
            ron::from_str::<HashMap<String, String>>(&text)
                .map_err(|err| text!("storage-unreadable", error = err.to_string()))
        });
    let (kept, problems) = match entries {
        Ok(entries) => check_entries(entries),
        Err(problem) => (HashMap::new(), vec![problem]),
    };
    if problems.is_empty() {
        return (None, true);
    }
    let problems: Vec<Text> = problems
        .into_iter()
        .map(|problem| problem.cut(MAX_QUOTED_CHARS))
        .collect();
    let aside = match set_aside(path, now) {
        Ok(aside) => aside,
        Err(err) => {
            let notice = text!(
                "storage-not-set-aside",
                file = &shown,
                problems = problems,
                error = err.to_string()
            );
            return (Some(notice), false);
        }
    };
    let aside = crate::printable::printable(&aside.display().to_string()).into_owned();
    let notice = if kept.is_empty() {
        text!("storage-set-aside", problems = problems, aside = &aside)
    } else {
        match write_entries(path, &kept) {
            Ok(()) => text!("storage-damaged-kept", problems = problems, aside = &aside),
            Err(err) => text!(
                "storage-damaged-lost",
                problems = problems,
                aside = &aside,
                error = err
            ),
        }
    };
    (Some(notice), true)
}

/// The entries that may be used, and what was wrong with the others (in the order of their
/// keys, then as each entry's check found them).
fn check_entries(entries: HashMap<String, String>) -> (HashMap<String, String>, Vec<Text>) {
    let mut kept = HashMap::new();
    let mut problems = Vec::new();
    let entries: BTreeMap<String, String> = entries.into_iter().collect();
    for (key, value) in entries {
        let verdict = match key.as_str() {
            "egui" => check_memory(&value),
            "window" => check_numbers(&value, MAX_WINDOW_NUMBER).map_err(|problem| match problem {
                NumberProblem::Unreadable(error) => {
                    text!("storage-window-unreadable", error = error)
                }
                NumberProblem::OutOfRange(number) => {
                    text!("storage-window-number", number = number)
                }
            }),
            crate::saved::STORAGE_KEY => match crate::saved::Remembered::parse(&value) {
                Ok((remembered, more)) => {
                    problems.extend(more);
                    kept.insert(key, remembered.to_text());
                    continue;
                }
                Err(err) => Err(err),
            },
            _ => Ok(()),
        };
        match verdict {
            Ok(()) => {
                kept.insert(key, value);
            }
            Err(problem) => problems.push(problem),
        }
    }
    (kept, problems)
}

/// What is wrong with the numbers of a RON text.
enum NumberProblem {
    /// It is not RON: ron's own words.
    Unreadable(String),
    /// A number that is not finite or too large, as Rust writes it.
    OutOfRange(String),
}

/// egui's memory must read as egui reads it, with a zoom factor egui accepts, font sizes a
/// text can be laid out at, and every number finite and within reason.
fn check_memory(text: &str) -> Result<(), Text> {
    let memory: egui::Memory = ron::from_str(text)
        .map_err(|err| text!("storage-memory-unreadable", error = err.to_string()))?;
    let zoom = memory.options.zoom_factor;
    if !ZOOM_FACTORS.contains(&zoom) {
        // As Rust writes it (`0.1`, `NaN`), not widened to f64 (`0.10000000149011612`).
        return Err(text!("storage-zoom-factor", zoom = zoom.to_string()));
    }
    for style in [&memory.options.dark_style, &memory.options.light_style] {
        if style
            .text_styles
            .values()
            .any(|font| !(1.0..=500.0).contains(&font.size))
        {
            return Err(text!("storage-font-size"));
        }
    }
    check_numbers(text, MAX_MEMORY_NUMBER).map_err(|problem| match problem {
        NumberProblem::Unreadable(error) => text!("storage-memory-unreadable", error = error),
        NumberProblem::OutOfRange(number) => text!("storage-memory-number", number = number),
    })
}

/// Every fractional number in a RON text finite and at most `max` in size.
fn check_numbers(text: &str, max: f64) -> Result<(), NumberProblem> {
    let value: ron::Value =
        ron::from_str(text).map_err(|err| NumberProblem::Unreadable(err.to_string()))?;
    let mut stack = vec![&value];
    while let Some(value) = stack.pop() {
        match value {
            // Integers are ids and counts; the floats are places, sizes and factors.
            ron::Value::Number(number @ (ron::Number::F32(_) | ron::Number::F64(_))) => {
                let x = (*number).into_f64();
                if !x.is_finite() || x.abs() > max {
                    return Err(NumberProblem::OutOfRange(x.to_string()));
                }
            }
            ron::Value::Option(Some(inner)) => stack.push(inner),
            ron::Value::Seq(items) => stack.extend(items.iter()),
            ron::Value::Map(map) => {
                for (key, item) in map.iter() {
                    stack.push(key);
                    stack.push(item);
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// Renames the file to `<name>.bad-<time>` (a number added if that is taken).
fn set_aside(path: &Path, now: jiff::Timestamp) -> std::io::Result<PathBuf> {
    let stamp = now.strftime("%Y%m%dT%H%M%SZ").to_string();
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "app.ron".to_owned());
    for attempt in 0..100u32 {
        let suffix = match attempt {
            0 => String::new(),
            n => format!("-{n}"),
        };
        let aside = path.with_file_name(format!("{name}.bad-{stamp}{suffix}"));
        if std::fs::symlink_metadata(&aside).is_err() {
            std::fs::rename(path, &aside)?;
            return Ok(aside);
        }
    }
    Err(std::io::Error::other("no free name to set it aside"))
}

/// Writes what was kept as a new storage file, through a temporary file in the same folder.
fn write_entries(path: &Path, entries: &HashMap<String, String>) -> Result<(), String> {
    let text = ron::ser::to_string_pretty(entries, ron::ser::PrettyConfig::default())
        .map_err(|err| err.to_string())?;
    let folder = path.parent().unwrap_or(Path::new("."));
    let mut temp = tempfile::NamedTempFile::new_in(folder).map_err(|err| err.to_string())?;
    std::io::Write::write_all(&mut temp, text.as_bytes()).map_err(|err| err.to_string())?;
    temp.persist(path).map_err(|err| err.to_string())?;
    Ok(())
}
