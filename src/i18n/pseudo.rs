//! The pseudo-language: English made 40 % longer, with accented letters, so that a test (or a
//! translator) sees at once where the interface would clip a longer language.

/// How much longer than English the pseudo-language is.
const LONGER: f64 = 1.4;

/// `text` with its letters accented and padded to 40 % more characters.
pub(crate) fn lengthen(text: &str) -> String {
    let mut out: String = text
        .chars()
        .map(|c| match c {
            'a' => 'á',
            'e' => 'ë',
            'i' => 'ï',
            'o' => 'ő',
            'u' => 'ű',
            'A' => 'Å',
            'E' => 'É',
            'O' => 'Ö',
            other => other,
        })
        .collect();
    let length = text.chars().count();
    let target = (length as f64 * LONGER).ceil() as usize;
    if length > 0 {
        out.extend(std::iter::repeat_n('~', target.saturating_sub(length)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pseudo_text_is_forty_percent_longer() {
        assert_eq!(lengthen("Play"), "Pláy~~");
        assert_eq!(lengthen("Open a story").chars().count(), 17);
        assert_eq!(lengthen(""), "");
    }
}
