//! The languages the app speaks. The words of the interface come from the Fluent files under
//! `assets/i18n/<lang>/` (through [`t!`](crate::t)); a story's own text from its translation
//! files; dates and times from the story's `StoryClock`, which formats and parses them in each
//! language's form.

mod language;
mod pseudo;
mod text;
mod texts;

pub use language::Language;
pub use text::Text;
pub use texts::{Arg, tr};

/// The interface's message `id` in a language, with named values put in:
/// `t!(lang, "menu-file")`, `t!(lang, "warnings", count = n)`.
#[macro_export]
macro_rules! t {
    ($language:expr, $id:literal) => {
        $crate::i18n::tr($language, $id, &[])
    };
    ($language:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr(
            $language,
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}
