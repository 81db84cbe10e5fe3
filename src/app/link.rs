//! The command-line options that reopen what the app shows (*Copy link*).

use super::App;
use crate::state::Selection;
use crate::story::AssetRoot;

impl App {
    /// The command-line options that reopen this view.
    pub fn link(&self) -> String {
        let story = &self.story;
        let precision = self.state.time_precision(story);
        let at = story.clock.format_arg_as(self.state.time, precision);
        let mut args = vec![
            format!("--lang {}", self.state.language.code()),
            format!("--at {at}"),
        ];
        match self.state.selection {
            Some(Selection::Event(ix)) => {
                if let Some(event) = story.event(ix) {
                    args.push(format!("--select {}", event.id));
                }
            }
            Some(Selection::Place(ix)) => {
                if let Some(place) = story.place(ix) {
                    args.push(format!("--select {}", place.id));
                }
            }
            None => {}
        }
        let (center, zoom) = self.map.destination();
        args.push(format!("--center {center}"));
        args.push(format!("--zoom {zoom:.1}"));
        if let AssetRoot::Folder(_) = story.asset_root
            && let Some(path) = &self.story_path
        {
            args.insert(
                0,
                format!("--story {}", shell_quote(&path.display().to_string())),
            );
        }
        args.join(" ")
    }
}

/// Quotes a path for a shell if it needs it.
fn shell_quote(text: &str) -> String {
    if text
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-".contains(c))
    {
        text.to_owned()
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}
