//! Which markers are fading out: those shown in the last frame but not in this one, until they
//! have faded. Only these are asked about, so a frame costs what is on the map, not what is in
//! the story. Another story starts with nothing fading.

use crate::story::PlaceIx;

/// Markers shown in the last frame, and markers still fading out.
#[derive(Default)]
pub(crate) struct MarkerFades {
    /// The story the places belong to (its `serial`).
    story: Option<u64>,
    shown_last: Vec<PlaceIx>,
    fading: Vec<PlaceIx>,
}

impl MarkerFades {
    /// The markers of the story with `serial` that may still be fading out now that `shown`
    /// are the ones shown (sorted, each once). Remembers `shown` for the next frame.
    pub(crate) fn leaving(
        &mut self,
        serial: u64,
        shown: &[PlaceIx],
        place_count: usize,
    ) -> Vec<PlaceIx> {
        if self.story != Some(serial) {
            self.story = Some(serial);
            self.shown_last.clear();
            self.fading.clear();
        }
        let mut is_shown = vec![false; place_count];
        for ix in shown {
            if let Some(flag) = is_shown.get_mut(ix.0) {
                *flag = true;
            }
        }
        let mut leaving: Vec<PlaceIx> = self
            .fading
            .drain(..)
            .chain(self.shown_last.drain(..))
            .filter(|ix| ix.0 < place_count && !is_shown.get(ix.0).copied().unwrap_or(true))
            .collect();
        leaving.sort_unstable_by_key(|ix| ix.0);
        leaving.dedup();
        self.shown_last = shown.to_vec();
        leaving
    }

    /// Keeps `place` among the fading markers for the next frame.
    pub(crate) fn still_fading(&mut self, place: PlaceIx) {
        self.fading.push(place);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_marker_fades_from_the_frame_it_leaves_until_it_is_gone() {
        let mut fades = MarkerFades::default();
        let (a, b, c) = (PlaceIx(0), PlaceIx(1), PlaceIx(2));
        assert!(fades.leaving(1, &[a, b], 3).is_empty());
        // b leaves.
        assert_eq!(fades.leaving(1, &[a], 3), vec![b]);
        fades.still_fading(b);
        // a leaves too; b is still fading.
        assert_eq!(fades.leaving(1, &[c], 3), vec![a, b]);
        fades.still_fading(a);
        // b has faded (so was not kept); a comes back and c leaves.
        assert_eq!(fades.leaving(1, &[a], 3), vec![c]);
        fades.still_fading(c);
        // The same story with fewer places: c is beyond it and is dropped; a leaves.
        assert_eq!(fades.leaving(1, &[], 2), vec![a]);
    }

    #[test]
    fn another_story_starts_with_nothing_fading() {
        let mut fades = MarkerFades::default();
        let (a, b) = (PlaceIx(0), PlaceIx(1));
        fades.leaving(1, &[a, b], 2);
        assert_eq!(fades.leaving(1, &[a], 2), vec![b]);
        fades.still_fading(b);
        // Another story, whose places 0 and 1 are other places: none of them fades out.
        assert!(fades.leaving(2, &[], 2).is_empty());
    }
}
