//! `Texts`: the words of the interface in every language, from the Fluent files under
//! `assets/i18n/<lang>/*.ftl`, embedded in the binary and parsed once. A message missing in a
//! language falls back to English, then to its id (logged), so a gap never hides a control.

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::{Language, Text};

/// The interface's words, every language parsed once on first use.
static TEXTS: LazyLock<Texts> = LazyLock::new(Texts::embedded);

/// A value put into a message (`{ $count }`, `{ $name }`).
#[derive(Debug, Clone)]
pub enum Arg {
    /// Words, put in as they are.
    Text(String),
    /// A number, which also picks the plural form.
    Number(f64),
    /// Another message, written out in the same language first (a problem's subject: "the
    /// file", "artwork \"a.png\"").
    Message(Box<Text>),
    /// Messages written out in the same language, one after the other, joined by "; " (the
    /// problems a notice lists).
    List(Vec<Text>),
}

/// Numbers are equal when they are the same number to the bit, so that equality stays an
/// equivalence (a `Problem` can be compared whole).
impl PartialEq for Arg {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::Text(a), Self::Text(b)) => a == b,
            (Self::Number(a), Self::Number(b)) => a.to_bits() == b.to_bits(),
            (Self::Message(a), Self::Message(b)) => a == b,
            (Self::List(a), Self::List(b)) => a == b,
            _ => false,
        }
    }
}

impl Eq for Arg {}

impl From<Text> for Arg {
    fn from(text: Text) -> Self {
        Self::Message(Box::new(text))
    }
}

impl From<Vec<Text>> for Arg {
    fn from(texts: Vec<Text>) -> Self {
        Self::List(texts)
    }
}

impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Self::Number(n as f64)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Self::Text(text.to_owned())
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Self::Text(text.clone())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Self::Number(n as f64)
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Self::Number(f64::from(n))
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Self::Number(n as f64)
    }
}

impl From<f64> for Arg {
    fn from(n: f64) -> Self {
        Self::Number(n)
    }
}

/// One language's messages.
struct Bundle {
    language: Language,
    bundle: FluentBundle<FluentResource>,
}

/// Every language's messages.
pub struct Texts {
    bundles: Vec<Bundle>,
}

impl Texts {
    /// Parses the embedded `assets/i18n` folders. A syntax error is logged and the rest of the
    /// file is kept (a test proves the shipped files have none).
    fn embedded() -> Self {
        let bundles = Language::ALL
            .into_iter()
            .map(|language| {
                let mut bundle = FluentBundle::new_concurrent(vec![language.langid()]);
                // Unicode isolation marks would show as boxes in egui's fonts.
                bundle.set_use_isolating(false);
                for (file, source) in sources(language) {
                    let resource = match FluentResource::try_new(source.to_owned()) {
                        Ok(resource) => resource,
                        Err((resource, errors)) => {
                            for error in errors {
                                log::error!("{file}: {error:?}");
                            }
                            resource
                        }
                    };
                    if let Err(errors) = bundle.add_resource(resource) {
                        for error in errors {
                            log::error!("{file}: {error}");
                        }
                    }
                }
                Bundle { language, bundle }
            })
            .collect();
        Self { bundles }
    }

    /// The message `id` in `language` with `args` put in.
    fn format(&self, language: Language, id: &str, args: &[(&str, Arg)]) -> String {
        let fluent_args = (!args.is_empty()).then(|| {
            let mut fluent_args = FluentArgs::new();
            for (name, value) in args {
                let value = match value {
                    Arg::Text(text) => FluentValue::from(text.as_str()),
                    Arg::Number(n) => FluentValue::from(*n),
                    // In the language asked for; the pseudo-language lengthens it once, with
                    // the message around it.
                    Arg::Message(inner) => FluentValue::from(inner.in_language(language.base())),
                    Arg::List(texts) => FluentValue::from(
                        texts
                            .iter()
                            .map(|text| text.in_language(language.base()))
                            .collect::<Vec<_>>()
                            .join("; "),
                    ),
                };
                fluent_args.set(*name, value);
            }
            fluent_args
        });
        let wanted = language.base();
        let found = [wanted, Language::English]
            .into_iter()
            .find_map(|language| {
                let bundle = &self.bundles.iter().find(|b| b.language == language)?.bundle;
                let pattern = bundle.get_message(id)?.value()?;
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, fluent_args.as_ref(), &mut errors);
                for error in errors {
                    log::warn!("message {id} ({}): {error}", language.code());
                }
                Some(text.into_owned())
            });
        let text = found.unwrap_or_else(|| {
            log::warn!("message {id} is missing");
            id.to_owned()
        });
        if language == Language::Pseudo {
            super::pseudo::lengthen(&text)
        } else {
            text
        }
    }
}

/// The Fluent files of a language: (name, text), from `assets/i18n/<code>/`.
fn sources(language: Language) -> Vec<(String, &'static str)> {
    let folder = format!("i18n/{}", language.code());
    crate::assets::ASSETS
        .get_dir(&folder)
        .map(|dir| {
            dir.files()
                .filter(|file| file.path().extension().is_some_and(|e| e == "ftl"))
                .filter_map(|file| {
                    let text = file.contents_utf8()?;
                    Some((format!("assets/{}", file.path().display()), text))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The message `id` in `language`, with `args` (name, value) put in. Use [`crate::t!`].
pub fn tr(language: Language, id: &str, args: &[(&str, Arg)]) -> String {
    TEXTS.format(language, id, args)
}
