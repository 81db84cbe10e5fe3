//! A folder of numbered PNG frames (`frame-00000.png`, …): written into a hidden folder inside
//! it and moved into place at the end, so that a cancelled or failed export leaves the folder
//! as it was (and removes it, if the export made it). Frames left from a longer export before
//! are removed at the end, so that the folder holds exactly this film.

use std::path::{Path, PathBuf};

use image::RgbaImage;
use tempfile::TempDir;

use super::{ExportError, ExportPlan, FilmWriter, WriteReason};

/// The name of frame `k`.
pub fn frame_name(k: usize) -> String {
    format!("frame-{k:05}.png")
}

/// PNG frames being written.
pub(crate) struct PngFrames {
    folder: PathBuf,
    /// Whether the export made the folder (then it goes again if the export does not finish).
    made: bool,
    staging: Option<TempDir>,
    count: usize,
}

impl PngFrames {
    /// Makes the folder if needed, and a hidden folder inside it for the frames.
    pub(crate) fn create(plan: &ExportPlan) -> Result<Self, ExportError> {
        let folder = plan.out.clone();
        let made = !folder.is_dir();
        if made {
            std::fs::create_dir(&folder).map_err(|err| ExportError::write(&folder, &err))?;
        }
        let staging = tempfile::Builder::new()
            .prefix(".hungary1956-export.")
            .tempdir_in(&folder)
            .map_err(|err| {
                if made {
                    std::fs::remove_dir(&folder).ok();
                }
                ExportError::write(&folder, &err)
            })?;
        Ok(Self {
            folder,
            made,
            staging: Some(staging),
            count: 0,
        })
    }

    fn staging(&self) -> Result<&Path, ExportError> {
        self.staging
            .as_ref()
            .map(TempDir::path)
            .ok_or(ExportError::Cancelled)
    }
}

impl FilmWriter for PngFrames {
    fn add(&mut self, frame: &RgbaImage) -> Result<(), ExportError> {
        let path = self.staging()?.join(frame_name(self.count));
        let file = std::fs::File::create(&path).map_err(|err| ExportError::write(&path, &err))?;
        let mut writer = std::io::BufWriter::new(file);
        frame
            .write_to(&mut writer, image::ImageFormat::Png)
            .map_err(|err| match err {
                image::ImageError::IoError(err) => ExportError::write(&path, &err),
                other => ExportError::Write {
                    path: path.clone(),
                    reason: WriteReason::Other(other.to_string()),
                },
            })?;
        std::io::Write::flush(&mut writer).map_err(|err| ExportError::write(&path, &err))?;
        self.count += 1;
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> Result<PathBuf, ExportError> {
        let staging = self.staging()?.to_path_buf();
        for k in 0..self.count {
            let name = frame_name(k);
            let to = self.folder.join(&name);
            std::fs::rename(staging.join(&name), &to)
                .map_err(|err| ExportError::write(&to, &err))?;
        }
        // Frames of an earlier, longer export would run on after this film.
        let mut k = self.count;
        while self.folder.join(frame_name(k)).is_file() {
            std::fs::remove_file(self.folder.join(frame_name(k))).ok();
            k += 1;
        }
        if let Some(staging) = self.staging.take() {
            staging.close().ok();
        }
        self.made = false;
        Ok(self.folder.clone())
    }
}

impl Drop for PngFrames {
    fn drop(&mut self) {
        // Not finished: the hidden folder goes (TempDir), and the folder too if it was made.
        if let Some(staging) = self.staging.take() {
            staging.close().ok();
        }
        if self.made {
            std::fs::remove_dir(&self.folder).ok();
        }
    }
}
