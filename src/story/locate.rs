//! Finds where a JSON path (such as `events[3].start`) stands in the story's text, so that
//! every problem can name its line and column as well as its path.

use jsonc_parser::ast::Value;
use jsonc_parser::common::Ranged as _;
use jsonc_parser::{CollectOptions, ParseOptions, parse_to_ast};

/// One step of a JSON path.
enum Step<'p> {
    Key(&'p str),
    Index(usize),
}

fn steps(path: &str) -> Vec<Step<'_>> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (key, mut rest) = match part.find('[') {
            Some(at) => part.split_at(at),
            None => (part, ""),
        };
        if !key.is_empty() {
            out.push(Step::Key(key));
        }
        while let Some(stripped) = rest.strip_prefix('[') {
            let Some(close) = stripped.find(']') else {
                break;
            };
            let (number, tail) = stripped.split_at(close);
            if let Ok(i) = number.parse() {
                out.push(Step::Index(i));
            }
            rest = tail.get(1..).unwrap_or("");
        }
    }
    out
}

/// Parsed text, ready to answer where paths are.
pub struct Locator<'t> {
    text: &'t str,
    root: Option<Value<'t>>,
}

impl<'t> Locator<'t> {
    /// Parses the text (strict JSON is a subset of what the parser takes).
    pub fn new(text: &'t str) -> Self {
        let root = parse_to_ast(text, &CollectOptions::default(), &ParseOptions::default())
            .ok()
            .and_then(|result| result.value);
        Self { text, root }
    }

    /// 1-based line and column of the value at `path`, or of the deepest part of it that exists
    /// (a missing field points at the object that lacks it).
    pub fn line_column(&self, path: &str) -> Option<(usize, usize)> {
        let mut node = self.root.as_ref()?;
        for step in steps(path) {
            let next = match (step, node) {
                (Step::Key(key), Value::Object(object)) => object.get(key).map(|prop| &prop.value),
                (Step::Index(i), Value::Array(array)) => array.elements.get(i),
                _ => None,
            };
            match next {
                Some(value) => node = value,
                None => break,
            }
        }
        Some(line_column_at(self.text, node.start()))
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column_at(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_paths() {
        let text = "{\n  \"events\": [\n    {\"id\": \"a\"},\n    {\"id\": \"b\", \"start\": \"x\"}\n  ]\n}";
        let locator = Locator::new(text);
        assert_eq!(locator.line_column("events[1].start"), Some((4, 26)));
        assert_eq!(locator.line_column("events[0]"), Some((3, 5)));
        // Missing field: the object that lacks it.
        assert_eq!(locator.line_column("events[0].title"), Some((3, 5)));
        assert_eq!(locator.line_column(""), Some((1, 1)));
    }
}
