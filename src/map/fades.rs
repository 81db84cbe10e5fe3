//! Which markers are fading out: those shown in the last frame but not in this one, until they
//! have faded. Only these are asked about, so a frame costs what is on the map, not what is in
//! the story.

use crate::story::PlaceIx;

/// Markers shown in the last frame, and markers still fading out.
#[derive(Default)]
pub struct MarkerFades {
    shown_last: Vec<PlaceIx>,
    fading: Vec<PlaceIx>,
}

impl MarkerFades {
    /// The markers that may still be fading out now that `shown` are the ones shown (in no
    /// particular order, each once). Remembers `shown` for the next frame.
    pub fn leaving(&mut self, shown: &[PlaceIx], place_count: usize) -> Vec<PlaceIx> {
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
    pub fn still_fading(&mut self, place: PlaceIx) {
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
        assert!(fades.leaving(&[a, b], 3).is_empty());
        // b leaves.
        assert_eq!(fades.leaving(&[a], 3), vec![b]);
        fades.still_fading(b);
        // a leaves too; b is still fading.
        assert_eq!(fades.leaving(&[c], 3), vec![a, b]);
        fades.still_fading(a);
        // b has faded (so was not kept); a comes back and c leaves.
        assert_eq!(fades.leaving(&[a], 3), vec![c]);
        fades.still_fading(c);
        // Another story, with two places: c is beyond it and is dropped; a leaves.
        assert_eq!(fades.leaving(&[], 2), vec![a]);
    }
}
