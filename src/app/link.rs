//! The command-line options that reopen what the app shows (*Copy link*).

use super::App;
use crate::state::{MapMode, Selection};
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
        let options = self.view_options().into_iter();
        args.extend(options.map(|(option, value)| format!("{option} {}", shell_quote(&value))));
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

    /// The options (and their values) for what the map shows and the tracks hidden, where
    /// they differ from the start's: `--show now-only`, `--hide-track ID`…
    pub(crate) fn view_options(&self) -> Vec<(&'static str, String)> {
        let mut args = Vec::new();
        if self.state.map_mode == MapMode::NowOnly {
            args.push(("--show", "now-only".to_owned()));
        }
        for &track in &self.state.hidden_tracks {
            if let Some(track) = self.story.track(track) {
                args.push(("--hide-track", track.id.clone()));
            }
        }
        args
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
