//! What the binary carries inside it: the default story and the `assets/` folder.

use include_dir::{Dir, include_dir};

/// The default story, `data/hungary-1956.json`.
pub const DEFAULT_STORY_JSON: &str = include_str!("../data/hungary-1956.json");

/// The name the default story's problems are reported under.
pub const DEFAULT_STORY_NAME: &str = "data/hungary-1956.json (built in)";

/// The `assets/` folder, which the default story's `asset_root` (`../assets`) names.
pub static ASSETS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/assets");

/// Bytes of an embedded asset by its path relative to `assets/`.
pub fn embedded_asset(path: &str) -> Option<&'static [u8]> {
    ASSETS.get_file(path).map(|file| file.contents())
}
