//! eframe's storage file (`app.ron`: this app's remembered state, egui's memory and the
//! window's place), checked before eframe reads it. eframe trusts the file: a zoom factor of
//! 0 makes every start panic, a window at −1e9 opens off-screen, a FIFO blocks the start.
//! Here it is read the careful way and every entry checked; a file that is not right is set
//! aside as `app.ron.bad-<time>` (never silently overwritten), what was right in it is kept,
//! and the window says so.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::files;
use crate::i18n::Language;
use crate::t;

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

/// Where eframe keeps this app's storage file, if the system has a data folder.
pub fn storage_file() -> Option<PathBuf> {
    eframe::storage_dir(APP_ID).map(|dir| dir.join("app.ron"))
}

/// What checking the storage file found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorageCheck {
    /// For the window: what was wrong, and what was done about it.
    pub notice: Option<String>,
    /// False if a bad file could not be set aside: then eframe must not use it (it would
    /// overwrite it).
    pub usable: bool,
}

/// Checks the storage file at `path` before eframe reads it; `now` names a file set aside,
/// and the notice is written in `lang`.
pub fn check_storage_file(path: &Path, now: jiff::Timestamp, lang: Language) -> StorageCheck {
    let (notice, usable) = check(path, now, lang);
    StorageCheck { notice, usable }
}

fn check(path: &Path, now: jiff::Timestamp, lang: Language) -> (Option<String>, bool) {
    match std::fs::symlink_metadata(path) {
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return (None, true),
        _ => {}
    }
    let shown = crate::printable::printable(&path.display().to_string()).into_owned();
    let entries = files::read_limited(path, MAX_STORAGE_BYTES)
        .map_err(|err| format!("it {err}"))
        .and_then(|bytes| {
            let text = String::from_utf8(bytes).map_err(|_| "it is not UTF-8 text".to_owned())?;
            ron::from_str::<HashMap<String, String>>(&text)
                .map_err(|err| format!("it cannot be read ({err})"))
        });
    let (kept, problems) = match entries {
        Ok(entries) => check_entries(entries),
        Err(problem) => (HashMap::new(), vec![problem]),
    };
    if problems.is_empty() {
        return (None, true);
    }
    let problems = crate::printable::printable_cut(&problems.join("; "), 600);
    let aside = match set_aside(path, now) {
        Ok(aside) => aside,
        Err(err) => {
            let notice = t!(
                lang,
                "storage-not-set-aside",
                file = &shown,
                problems = &problems,
                error = err.to_string()
            );
            return (Some(notice), false);
        }
    };
    let aside = crate::printable::printable(&aside.display().to_string()).into_owned();
    let notice = if kept.is_empty() {
        t!(
            lang,
            "storage-set-aside",
            problems = &problems,
            aside = &aside
        )
    } else {
        match write_entries(path, &kept) {
            Ok(()) => t!(
                lang,
                "storage-damaged-kept",
                problems = &problems,
                aside = &aside
            ),
            Err(err) => t!(
                lang,
                "storage-damaged-lost",
                problems = &problems,
                aside = &aside,
                error = err.to_string()
            ),
        }
    };
    (Some(notice), true)
}

/// The entries that may be used, and what was wrong with the others.
fn check_entries(entries: HashMap<String, String>) -> (HashMap<String, String>, Vec<String>) {
    let mut kept = HashMap::new();
    let mut problems = Vec::new();
    for (key, value) in entries {
        let verdict = match key.as_str() {
            "egui" => check_memory(&value),
            "window" => check_numbers(&value, MAX_WINDOW_NUMBER)
                .map_err(|why| format!("the window's place or size {why}")),
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
    problems.sort();
    (kept, problems)
}

/// egui's memory must read as egui reads it, with a zoom factor egui accepts, font sizes a
/// text can be laid out at, and every number finite and within reason.
fn check_memory(text: &str) -> Result<(), String> {
    let memory: egui::Memory =
        ron::from_str(text).map_err(|err| format!("egui's memory cannot be read ({err})"))?;
    let zoom = memory.options.zoom_factor;
    if !ZOOM_FACTORS.contains(&zoom) {
        return Err(format!("the zoom factor {zoom} is out of range"));
    }
    for style in [&memory.options.dark_style, &memory.options.light_style] {
        if style
            .text_styles
            .values()
            .any(|font| !(1.0..=500.0).contains(&font.size))
        {
            return Err("a remembered font size is out of range".to_owned());
        }
    }
    check_numbers(text, MAX_MEMORY_NUMBER).map_err(|why| format!("egui's memory {why}"))
}

/// Every fractional number in a RON text finite and at most `max` in size.
fn check_numbers(text: &str, max: f64) -> Result<(), String> {
    let value: ron::Value = ron::from_str(text).map_err(|err| format!("cannot be read ({err})"))?;
    let mut stack = vec![&value];
    while let Some(value) = stack.pop() {
        match value {
            // Integers are ids and counts; the floats are places, sizes and factors.
            ron::Value::Number(number @ (ron::Number::F32(_) | ron::Number::F64(_))) => {
                let x = (*number).into_f64();
                if !x.is_finite() || x.abs() > max {
                    return Err(format!("holds the number {x}, out of range"));
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
