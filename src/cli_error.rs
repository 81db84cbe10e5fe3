//! The command line's errors in the language asked for: the app's value parsers give their
//! reasons as messages (`CliValueError`), and clap's own errors are worded from their kind and
//! context; clap has no translations, so what is not worded here stays as clap writes it.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::{Language, Text};
use crate::t;

/// Why a command-line value was refused, as a message in whichever language is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CliValueError(pub Text);

impl std::fmt::Display for CliValueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.in_language(Language::English))
    }
}

impl std::error::Error for CliValueError {}

/// `err` in `lang`, as the lines to print; `None` where clap's own words must stand (English,
/// `--help`, `--version`, and the kinds of error not worded here).
pub fn worded(err: &clap::Error, lang: Language) -> Option<String> {
    if lang.base() == Language::English || !err.use_stderr() {
        return None;
    }
    let text = |kind| match err.get(kind) {
        Some(ContextValue::String(text)) => text.clone(),
        Some(ContextValue::Strings(list)) => list.join(", "),
        Some(ContextValue::StyledStr(text)) => text.to_string(),
        _ => String::new(),
    };
    // "--zoom <ZOOM>": the option as typed.
    let arg = text(ContextKind::InvalidArg);
    let option = arg.split_whitespace().next().unwrap_or_default().to_owned();
    let value = text(ContextKind::InvalidValue);
    let line = match err.kind() {
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(err)
                .and_then(|source| source.downcast_ref::<CliValueError>())
                .map(|reason| reason.0.in_language(lang))?;
            t!(lang, "cli-error-value", arg = &option, reason = reason)
        }
        ErrorKind::InvalidValue => t!(
            lang,
            "cli-error-choice",
            arg = &option,
            value = &value,
            valid = text(ContextKind::ValidValue)
        ),
        ErrorKind::UnknownArgument => t!(lang, "cli-error-unknown", arg = &arg),
        ErrorKind::InvalidSubcommand => t!(
            lang,
            "cli-error-unknown-command",
            command = text(ContextKind::InvalidSubcommand)
        ),
        ErrorKind::MissingRequiredArgument => {
            let count = match err.get(ContextKind::InvalidArg) {
                Some(ContextValue::Strings(list)) => list.len(),
                _ => 1,
            };
            t!(lang, "cli-error-missing", arg = &arg, count = count)
        }
        ErrorKind::ArgumentConflict => {
            let prior = text(ContextKind::PriorArg);
            match prior == arg {
                true => t!(lang, "cli-error-repeated", arg = &option),
                false => t!(lang, "cli-error-conflict", arg = &arg, prior = prior),
            }
        }
        _ => return None,
    };
    let suggested = text(ContextKind::SuggestedArg);
    let tip = match suggested.is_empty() {
        true => String::new(),
        false => format!("\n  {}", t!(lang, "cli-error-tip", arg = suggested)),
    };
    Some(format!(
        "{}{tip}\n\n{}\n",
        t!(lang, "cli-error", line = line),
        t!(lang, "cli-error-help")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsString;

    fn error(args: &[&str], lang: Language) -> clap::Error {
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        crate::cli::parse_from(&args, lang).expect_err("refused")
    }

    #[test]
    fn a_bad_value_is_refused_in_hungarian() {
        let hu = Language::Hungarian;
        let zoom = worded(&error(&["x", "--lang", "hu", "--zoom", "99"], hu), hu);
        let zoom = zoom.expect("worded");
        assert!(zoom.contains("--zoom") && zoom.contains("99"), "{zoom}");
        assert!(zoom.contains("nagyítás"), "{zoom}");
        assert!(
            !zoom.contains("outside") && !zoom.contains("error"),
            "{zoom}"
        );
        let show = worded(&error(&["x", "--lang", "hu", "--show", "most"], hu), hu);
        let show = show.expect("worded");
        assert!(show.contains("so-far, now-only"), "{show}");
        let unknown = worded(&error(&["x", "--lang", "hu", "--zom", "5"], hu), hu);
        let unknown = unknown.expect("worded");
        assert!(
            unknown.contains("--zom") && unknown.contains("--zoom"),
            "{unknown}"
        );
    }

    #[test]
    fn english_and_help_stay_as_clap_writes_them() {
        let en = Language::English;
        assert_eq!(worded(&error(&["x", "--zoom", "99"], en), en), None);
        let hu = Language::Hungarian;
        assert_eq!(worded(&error(&["x", "--help"], hu), hu), None);
        // In English the reason is still the app's own.
        let zoom = error(&["x", "--zoom", "99"], en).render().to_string();
        assert!(zoom.contains("zoom 99 is outside 2..=17"), "{zoom}");
    }
}
