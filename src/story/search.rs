//! Search over event titles, summaries, narrative and place names, ignoring case and
//! diacritics ("kossuth ter" finds "Kossuth tér", "malete" finds "Maléter").

use super::{EventIx, PlaceIx, Story};

/// What a search found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    /// An event.
    Event(EventIx),
    /// A place.
    Place(PlaceIx),
}

/// Folded texts of a story, built once per story.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    /// Per event: folded title, and everything else folded.
    events: Vec<(String, String)>,
    /// Per place: folded name, and its description folded.
    places: Vec<(String, String)>,
}

/// Lowercase ASCII with diacritics removed (ő → o, é → e) and spaces collapsed.
pub fn fold(text: &str) -> String {
    deunicode::deunicode(text)
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

impl SearchIndex {
    /// Indexes a story in every language it is given in (the same story translated: the same
    /// items in the same order), so that a search finds an item by its words in any of them.
    pub fn new(stories: &[&Story]) -> Self {
        let mut index = Self::default();
        for story in stories {
            let one = Self::one(story);
            index.events = merge(std::mem::take(&mut index.events), one.events);
            index.places = merge(std::mem::take(&mut index.places), one.places);
        }
        index
    }

    /// Indexes a story in one language.
    fn one(story: &Story) -> Self {
        let events = story
            .events
            .iter()
            .map(|event| {
                let places: Vec<&str> = event
                    .places
                    .iter()
                    .filter_map(|&p| story.place(p))
                    .map(|p| p.name.as_str())
                    .collect();
                let rest = format!(
                    "{} {} {}",
                    event.summary,
                    event.body.join(" "),
                    places.join(" ")
                );
                (fold(&event.title), fold(&rest))
            })
            .collect();
        let places = story
            .places
            .iter()
            .map(|place| {
                (
                    fold(&place.name),
                    fold(place.description.as_deref().unwrap_or("")),
                )
            })
            .collect();
        Self { events, places }
    }

    /// Hits for a query (every word must match): places whose name matches, then events whose
    /// title matches, then events that match elsewhere; events in time order within each.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let words: Vec<String> = fold(query)
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect();
        if words.is_empty() {
            return Vec::new();
        }
        let all = |text: &str| words.iter().all(|w| text.contains(w.as_str()));
        let mut hits: Vec<Hit> = self
            .places
            .iter()
            .enumerate()
            .filter(|(_, (name, _))| all(name))
            .map(|(i, _)| Hit::Place(PlaceIx(i)))
            .collect();
        hits.extend(
            self.events
                .iter()
                .enumerate()
                .filter(|(_, (title, _))| all(title))
                .map(|(i, _)| Hit::Event(EventIx(i))),
        );
        hits.extend(
            self.events
                .iter()
                .enumerate()
                .filter(|(_, (title, rest))| !all(title) && all(&format!("{title} {rest}")))
                .map(|(i, _)| Hit::Event(EventIx(i))),
        );
        hits.extend(
            self.places
                .iter()
                .enumerate()
                .filter(|(_, (name, description))| {
                    !all(name) && all(&format!("{name} {description}"))
                })
                .map(|(i, _)| Hit::Place(PlaceIx(i))),
        );
        hits
    }
}

/// The texts of the same items in two languages, each item's side by side.
fn merge(known: Vec<(String, String)>, more: Vec<(String, String)>) -> Vec<(String, String)> {
    if known.is_empty() {
        return more;
    }
    known
        .into_iter()
        .zip(more)
        .map(|((title, rest), (more_title, more_rest))| {
            (
                format!("{title}\n{more_title}"),
                format!("{rest}\n{more_rest}"),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folds_case_and_diacritics() {
        assert_eq!(fold("Kossuth Lajos tér"), "kossuth lajos ter");
        assert_eq!(fold("Maléter Pál"), "maleter pal");
        assert_eq!(fold("Győr,  Mosonmagyaróvár"), "gyor, mosonmagyarovar");
        assert_eq!(fold("Rákosi Ernő Gerő"), "rakosi erno gero");
    }
}
