//! The languages the app speaks. The words of the interface will come from Fluent files under
//! `assets/i18n/<lang>/`; a story's own text from its translation files; dates and times from
//! the story's `StoryClock`, which formats and parses them in each language's form.

mod language;

pub use language::Language;
