//! `Language`: a language the app can speak, by its code. No egui.

/// A language of the interface and of a story's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    /// English.
    #[default]
    English,
    /// Hungarian.
    Hungarian,
    /// English with every interface string lengthened by 40 % and its letters accented: for
    /// testing that nothing clips (`--lang en-XA`). Never offered in the language menu.
    Pseudo,
}

impl Language {
    /// Every language, in the order the language menu lists them.
    pub const ALL: [Language; 2] = [Language::Hungarian, Language::English];

    /// The language's code (ISO 639-1), as in file names (`hungary-1956.hu.json`).
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Hungarian => "hu",
            Language::Pseudo => "en-XA",
        }
    }

    /// The language whose words and forms this one uses: itself, or English for the
    /// pseudo-language.
    pub fn base(self) -> Self {
        match self {
            Language::Pseudo => Language::English,
            other => other,
        }
    }

    /// The language's identifier for Fluent (plural rules).
    pub(crate) fn langid(self) -> unic_langid::LanguageIdentifier {
        unic_langid::LanguageIdentifier::from_bytes(self.base().code().as_bytes())
            .unwrap_or_default()
    }

    /// The language named in itself, as a language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Hungarian => "Magyar",
            Language::Pseudo => "Ëñğłíšĥ (pseudo)",
        }
    }

    /// The language with this code (`hu`), or of this locale (`hu_HU.UTF-8`).
    pub fn from_code(code: &str) -> Option<Self> {
        if code.trim().eq_ignore_ascii_case("en-XA") {
            return Some(Language::Pseudo);
        }
        let code = code.trim().to_ascii_lowercase();
        let base = code.split(['_', '-', '.', '@']).next().unwrap_or_default();
        Self::ALL
            .into_iter()
            .find(|language| language.code() == base)
    }

    /// The language the system's locale asks for (`LC_ALL`, then `LC_MESSAGES`, then `LANG`,
    /// the first that is set and not empty), if the app speaks it.
    pub fn from_environment(var: impl Fn(&str) -> Option<String>) -> Option<Self> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(|name| var(name).filter(|value| !value.is_empty()))
            .next()
            .and_then(|locale| Self::from_code(&locale))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_locales_name_their_language() {
        assert_eq!(Language::from_code("hu"), Some(Language::Hungarian));
        assert_eq!(
            Language::from_code("hu_HU.UTF-8"),
            Some(Language::Hungarian)
        );
        assert_eq!(Language::from_code("en-GB"), Some(Language::English));
        assert_eq!(Language::from_code("de_DE"), None);
        assert_eq!(Language::from_code(""), None);
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(key, _)| *key == name)
                    .map(|(_, value)| (*value).to_owned())
            }
        };
        // LC_ALL wins; an empty one is skipped; a locale the app does not speak gives none.
        assert_eq!(
            Language::from_environment(env(&[("LC_ALL", "hu_HU.UTF-8"), ("LANG", "en_US")])),
            Some(Language::Hungarian)
        );
        assert_eq!(
            Language::from_environment(env(&[("LC_ALL", ""), ("LANG", "hu_HU")])),
            Some(Language::Hungarian)
        );
        assert_eq!(Language::from_environment(env(&[("LANG", "C")])), None);
        assert_eq!(Language::native_name(Language::Hungarian), "Magyar");
    }
}
