//! The default story's paintings: each exists in the binary, decodes, is large enough, is not
//! blank, and no two are alike.

use hungary1956::assets::embedded_asset;
use hungary1956::story;

/// A 32×21 grey thumbnail of a picture, for comparing pictures with each other.
fn thumbnail(image: &image::DynamicImage) -> Vec<f32> {
    image
        .resize_exact(32, 21, image::imageops::FilterType::Triangle)
        .to_luma8()
        .pixels()
        .map(|p| f32::from(p.0[0]))
        .collect()
}

#[test]
fn every_painting_decodes_is_large_varied_and_unique() {
    let story = story::load_default().expect("default story").story;
    let arts: Vec<_> = story
        .cover
        .iter()
        .chain(story.events.iter().filter_map(|e| e.artwork.as_ref()))
        .collect();
    assert!(arts.len() >= 15, "only {} paintings", arts.len());
    let mut thumbs: Vec<(String, Vec<f32>)> = Vec::new();
    let mut total_bytes = 0;
    for art in arts {
        let bytes =
            embedded_asset(&art.file).unwrap_or_else(|| panic!("{} is not embedded", art.file));
        total_bytes += bytes.len();
        let image = image::load_from_memory(bytes).unwrap_or_else(|e| panic!("{}: {e}", art.file));
        assert!(
            image.width() >= 1000,
            "{} is only {} px wide",
            art.file,
            image.width()
        );
        let luma = image.to_luma8();
        let n = luma.pixels().len() as f64;
        let mean = luma.pixels().map(|p| f64::from(p.0[0])).sum::<f64>() / n;
        let var = luma
            .pixels()
            .map(|p| (f64::from(p.0[0]) - mean).powi(2))
            .sum::<f64>()
            / n;
        assert!(
            var.sqrt() > 12.0,
            "{} is nearly uniform (σ = {:.1})",
            art.file,
            var.sqrt()
        );
        let thumb = thumbnail(&image);
        for (other, other_thumb) in &thumbs {
            let diff: f32 = thumb
                .iter()
                .zip(other_thumb)
                .map(|(a, b)| (a - b).abs())
                .sum::<f32>()
                / thumb.len() as f32;
            assert!(
                diff > 8.0,
                "{} and {other} look alike (mean difference {diff:.1})",
                art.file
            );
        }
        thumbs.push((art.file.clone(), thumb));
        assert!(
            art.credit.contains("Original"),
            "{}: credit says it is original",
            art.file
        );
    }
    assert!(
        total_bytes < 8 * 1024 * 1024,
        "paintings take {total_bytes} bytes"
    );
}
