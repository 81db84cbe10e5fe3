//! Artwork: decoding pictures off the UI thread with the `image` crate and keeping their
//! textures in a small cache. A missing or broken picture becomes a reason, never a crash.

use std::collections::{HashMap, VecDeque};
use std::sync::mpsc::{Receiver, Sender, channel};

use egui::{ColorImage, TextureHandle, TextureOptions};

use crate::i18n::{Language, Text};
use crate::story::AssetRoot;
use crate::{t, text};

/// How many textures stay loaded; older ones are dropped first.
const CACHE_CAPACITY: usize = 24;
/// Pictures are scaled down to at most this width and height before they become textures
/// (more than the large view shows on most screens; 16 MB each at most).
const MAX_TEXTURE_SIDE: u32 = 2048;
/// The textures kept take at most this many bytes together; older ones are dropped first.
const CACHE_BYTES: usize = 128 * 1024 * 1024;

/// Identifies one picture of one story.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct ArtKey {
    root: AssetRoot,
    file: String,
}

/// Where a picture stands.
pub enum ArtState<'a> {
    /// Being decoded.
    Loading,
    /// Ready to show.
    Ready(&'a TextureHandle),
    /// Cannot be shown, and why.
    Failed(Unavailable<'a>),
}

/// Why a picture cannot be shown.
#[derive(Debug, Clone, Copy)]
pub enum Unavailable<'a> {
    /// The thread that decodes pictures could not be started.
    NoDecoder,
    /// The file could not be read or decoded: the file's name and the reason.
    Unreadable(&'a Text),
}

impl Unavailable<'_> {
    /// The sentence a placeholder shows instead of the picture.
    pub fn text(self, lang: Language) -> String {
        match self {
            Self::NoDecoder => t!(
                lang,
                "artwork-unavailable",
                reason = t!(lang, "artwork-no-decoder")
            ),
            Self::Unreadable(reason) => t!(
                lang,
                "artwork-unavailable",
                reason = reason.in_language(lang)
            ),
        }
    }
}

enum Entry {
    Loading,
    Ready(TextureHandle),
    NoDecoder,
    Failed(Text),
}

struct Decoded {
    key: ArtKey,
    result: Result<ColorImage, Text>,
}

/// Decoded pictures and the worker that decodes them.
pub struct ArtworkCache {
    ctx: egui::Context,
    entries: HashMap<ArtKey, Entry>,
    recent: VecDeque<ArtKey>,
    jobs: Option<Sender<ArtKey>>,
    done: Receiver<Decoded>,
}

impl ArtworkCache {
    /// A cache with its decoding thread.
    pub fn new(ctx: &egui::Context) -> Self {
        let (job_tx, job_rx) = channel::<ArtKey>();
        let (done_tx, done_rx) = channel::<Decoded>();
        let worker_ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("artwork-decoder".to_owned())
            .spawn(move || {
                for key in job_rx {
                    let result = decode(&key.root, &key.file);
                    if done_tx.send(Decoded { key, result }).is_err() {
                        break;
                    }
                    worker_ctx.request_repaint();
                }
            });
        let jobs = match spawned {
            Ok(_) => Some(job_tx),
            Err(err) => {
                log::error!("cannot start the artwork decoder: {err}");
                None
            }
        };
        Self {
            ctx: ctx.clone(),
            entries: HashMap::new(),
            recent: VecDeque::new(),
            jobs,
            done: done_rx,
        }
    }

    /// Number of pictures still being decoded.
    pub fn pending(&self) -> usize {
        self.entries
            .values()
            .filter(|entry| matches!(entry, Entry::Loading))
            .count()
    }

    /// Takes finished decodes and turns them into textures. Call once per frame.
    pub fn poll(&mut self) {
        while let Ok(Decoded { key, result }) = self.done.try_recv() {
            let entry = match result {
                Ok(image) => {
                    let name = format!("artwork:{}", key.file);
                    Entry::Ready(self.ctx.load_texture(name, image, TextureOptions::LINEAR))
                }
                Err(reason) => Entry::Failed(reason),
            };
            self.entries.insert(key, entry);
            self.evict();
        }
    }

    /// The state of a picture, starting its decode on first request.
    pub fn get(&mut self, root: &AssetRoot, file: &str) -> ArtState<'_> {
        let key = ArtKey {
            root: root.clone(),
            file: file.to_owned(),
        };
        if !self.entries.contains_key(&key) {
            let entry = match &self.jobs {
                Some(jobs) if jobs.send(key.clone()).is_ok() => Entry::Loading,
                _ => Entry::NoDecoder,
            };
            self.entries.insert(key.clone(), entry);
            self.evict();
        }
        self.recent.retain(|k| k != &key);
        self.recent.push_back(key.clone());
        match self.entries.get(&key) {
            Some(Entry::Ready(texture)) => ArtState::Ready(texture),
            Some(Entry::Failed(reason)) => ArtState::Failed(Unavailable::Unreadable(reason)),
            Some(Entry::NoDecoder) => ArtState::Failed(Unavailable::NoDecoder),
            Some(Entry::Loading) | None => ArtState::Loading,
        }
    }

    /// Bytes of the textures kept.
    fn bytes(&self) -> usize {
        self.entries
            .values()
            .map(|entry| match entry {
                Entry::Ready(texture) => texture.byte_size(),
                _ => 0,
            })
            .sum()
    }

    fn evict(&mut self) {
        while self.entries.len() > CACHE_CAPACITY || self.bytes() > CACHE_BYTES {
            let Some(oldest) = self.recent.pop_front() else {
                break;
            };
            if !matches!(self.entries.get(&oldest), Some(Entry::Loading)) {
                self.entries.remove(&oldest);
            }
        }
    }
}

/// Reads and decodes one picture, scaled down to a texture's size; every failure becomes a
/// sentence for the placeholder, written out in the language spoken when it is shown.
fn decode(root: &AssetRoot, file: &str) -> Result<ColorImage, Text> {
    let subject = || text!("subject-picture-file", file = file);
    let bytes = crate::story::read_picture(root, file).map_err(|reason| reason.text(subject()))?;
    let rgba = crate::story::decode_picture_scaled(bytes.as_ref(), MAX_TEXTURE_SIDE)
        .map_err(|reason| reason.text(subject()))?;
    let size = [rgba.width() as usize, rgba.height() as usize];
    Ok(ColorImage::from_rgba_unmultiplied(size, rgba.as_raw()))
}
