//! `Text`: a message of the interface kept as its id and values, to be written out later in
//! whatever language is spoken when it is shown (the model makes them; views and `check` show
//! them). Build one with [`text!`](crate::text).

use std::fmt;

use super::{Arg, Language, tr};

/// A message id with its values, not yet in any language. Shown in English by `Display`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// The message's id in `assets/i18n/<lang>/*.ftl`.
    pub id: &'static str,
    /// The values put into it, by name (a value may itself be a message).
    pub args: Vec<(&'static str, Arg)>,
}

impl Text {
    /// The message `id` with `args`. Use [`crate::text!`], whose literal ids the tests check.
    pub fn new(id: &'static str, args: Vec<(&'static str, Arg)>) -> Self {
        Self { id, args }
    }

    /// The message written out in `language`.
    pub fn in_language(&self, language: Language) -> String {
        tr(language, self.id, &self.args)
    }

    /// The same message with every text value made printable and cut to at most `max_chars`
    /// characters: values quote the file, and a message should stay readable.
    #[must_use]
    pub fn cut(self, max_chars: usize) -> Self {
        let Self { id, args } = self;
        let args = args
            .into_iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Text(text) => Arg::Text(crate::printable::printable_cut(&text, max_chars)),
                    Arg::Message(inner) => Arg::Message(Box::new(inner.cut(max_chars))),
                    Arg::List(texts) => {
                        Arg::List(texts.into_iter().map(|text| text.cut(max_chars)).collect())
                    }
                    number @ Arg::Number(_) => number,
                };
                (name, value)
            })
            .collect();
        Self { id, args }
    }

    /// Whether one of the values (or of the messages inside) is exactly `value`.
    pub fn mentions(&self, value: &str) -> bool {
        self.args.iter().any(|(_, arg)| match arg {
            Arg::Text(text) => text == value,
            Arg::Message(inner) => inner.mentions(value),
            Arg::List(texts) => texts.iter().any(|text| text.mentions(value)),
            Arg::Number(_) => false,
        })
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_language(Language::English))
    }
}

/// A [`Text`]: the message `id` with named values, kept until it is shown in some language:
/// `text!("problem-file-empty")`, `text!("problem-invalid-id", id = quote(&id))`.
#[macro_export]
macro_rules! text {
    ($id:literal) => {
        $crate::i18n::Text::new($id, ::std::vec::Vec::new())
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::Text::new(
            $id,
            ::std::vec![$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_inside_a_message_is_written_in_the_same_language() {
        let message = text!(
            "file-escapes",
            subject = text!("subject-artwork", file = "a.png")
        );
        assert_eq!(
            message.to_string(),
            "artwork \"a.png\" leaves its folder (an absolute path or '..')"
        );
        assert!(
            message
                .in_language(Language::Hungarian)
                .starts_with("a kép („a.png”) kivezet a mappájából"),
            "{}",
            message.in_language(Language::Hungarian)
        );
        assert!(message.mentions("a.png"));
        let cut = message.cut(3);
        assert!(cut.mentions("a.p…"), "{cut:?}");
    }

    #[test]
    fn a_list_of_messages_is_written_in_the_same_language_joined() {
        let message = text!(
            "saved-settings-not-used",
            problems = vec![
                text!("problem-file-empty"),
                text!(
                    "file-cannot-be-read",
                    subject = text!("subject-story-file"),
                    reason = "x\u{1b}yz"
                ),
            ]
        );
        assert_eq!(
            message.to_string(),
            "Some remembered settings were not used: the file is empty; the file cannot be read: \
             x\u{1b}yz."
        );
        assert_eq!(
            message.in_language(Language::Hungarian),
            "Néhány megőrzött beállítást nem használt fel a program: a fájl üres; a fájl nem \
             olvasható: x\u{1b}yz."
        );
        assert!(message.mentions("x\u{1b}yz"));
        // Cut, the values of every message in the list are made printable.
        let cut = message.cut(7);
        assert!(cut.mentions("x\\u{1b}…"), "{cut:?}");
    }
}
