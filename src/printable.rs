//! Text from files made safe to print: control characters (which could move a terminal's
//! cursor, clear its screen or fake a line of output) and the invisible characters that turn
//! text around are shown escaped, as `\u{1b}`.

use std::borrow::Cow;

/// `text` with every control, bidirectional-override and other invisible formatting
/// character written as a `\u{…}` escape; newlines too, so one problem stays one line.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Like [`printable`], but keeps line breaks (for text of several lines, such as `--help`).
pub fn printable_lines(text: &str) -> String {
    text.split('\n')
        .map(|line| printable(line).into_owned())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Like [`printable`], and cut to at most `max_chars` characters (with "…").
pub fn printable_cut(text: &str, max_chars: usize) -> String {
    let shown = printable(text);
    match shown.char_indices().nth(max_chars) {
        Some((cut, _)) => format!("{}…", shown.get(..cut).unwrap_or_default()),
        None => shown.into_owned(),
    }
}

fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{2069}'
            | '\u{feff}' | '\u{fff9}'..='\u{fffb}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_a_terminal_would_obey() {
        assert_eq!(printable("plain Győr"), "plain Győr");
        assert_eq!(printable("a\x1b[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(printable("x\ny\r\u{202e}"), "x\\u{a}y\\u{d}\\u{202e}");
        assert_eq!(printable("\u{9b}31m"), "\\u{9b}31m");
        assert_eq!(printable_cut("abcdef", 3), "abc…");
        assert_eq!(printable_lines("a\n\x1bb"), "a\n\\u{1b}b");
        assert_eq!(printable_cut("abc", 3), "abc");
    }
}
