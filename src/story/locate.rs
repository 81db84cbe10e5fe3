//! One pass over the story's JSON text, for what serde_json does not say: how deep it nests
//! (checked before it is parsed, so that the limit is exactly the one documented), which keys
//! appear twice in an object (serde_json would silently keep the last), and where JSON paths
//! such as `events[3].start` stand, by line and column, for every problem at once.
//!
//! The scan is lenient: at anything that is not JSON it stops, and serde_json reports it.

use std::collections::{HashMap, HashSet};

/// One step of a JSON path.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Step {
    Key(String),
    Index(usize),
}

/// What the structure scan found.
#[derive(Debug, Default)]
pub(crate) struct Structure {
    /// Where the JSON first nests deeper than allowed (1-based line and column).
    pub(crate) too_deep: Option<(usize, usize)>,
    /// Keys given twice in one object: the path of the second one, and where it stands.
    pub(crate) duplicates: Vec<(String, (usize, usize))>,
}

/// Scans the text's structure: nesting deeper than `max_depth` and duplicate keys.
pub(crate) fn structure(text: &str, max_depth: usize) -> Structure {
    let mut found = Structure::default();
    let mut visitor = StructureVisitor {
        found: &mut found,
        keys: Vec::new(),
    };
    Scanner::new(text, max_depth).walk(&mut visitor);
    found
}

/// 1-based line and column of each path's value, or of the deepest part of the path that
/// exists (a missing field points at the object that lacks it); `None` where the text is not
/// JSON. One pass over the text answers all of them.
pub(crate) fn locate_all(text: &str, paths: &[&str]) -> Vec<Option<(usize, usize)>> {
    let mut trie = Trie::new();
    let ends: Vec<Vec<usize>> = paths.iter().map(|path| trie.insert(steps(path))).collect();
    let mut visitor = LocateVisitor {
        trie: &mut trie,
        cursor: Vec::new(),
    };
    Scanner::new(text, usize::MAX).walk(&mut visitor);
    ends.iter()
        .map(|nodes| {
            nodes
                .iter()
                .rev()
                .find_map(|&node| trie.nodes.get(node).and_then(|n| n.at))
        })
        .collect()
}

fn steps(path: &str) -> Vec<Step> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (key, mut rest) = match part.find('[') {
            Some(at) => part.split_at(at),
            None => (part, ""),
        };
        if !key.is_empty() {
            out.push(Step::Key(key.to_owned()));
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

/// Writes a path as the loader does: `events[3].title`.
fn path_text(path: &[Step]) -> String {
    let mut out = String::new();
    for step in path {
        match step {
            Step::Key(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Step::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// What the scanner tells as it goes.
trait Visitor {
    /// A value starts at `at`; `path` leads to it.
    fn value(&mut self, _path: &[Step], _at: (usize, usize)) {}
    /// An array or object at `at` would nest deeper than allowed; the scan stops.
    fn too_deep(&mut self, _at: (usize, usize)) {}
    /// An object starts (before its keys) or ends.
    fn object(&mut self, _start: bool) {}
    /// A key of the innermost object, at `at`; `path` ends with it.
    fn key(&mut self, _path: &[Step], _at: (usize, usize)) {}
}

struct StructureVisitor<'f> {
    found: &'f mut Structure,
    keys: Vec<HashSet<String>>,
}

impl Visitor for StructureVisitor<'_> {
    fn too_deep(&mut self, at: (usize, usize)) {
        self.found.too_deep = Some(at);
    }

    fn object(&mut self, start: bool) {
        if start {
            self.keys.push(HashSet::new());
        } else {
            self.keys.pop();
        }
    }

    fn key(&mut self, path: &[Step], at: (usize, usize)) {
        let (Some(Step::Key(key)), Some(seen)) = (path.last(), self.keys.last_mut()) else {
            return;
        };
        if !seen.insert(key.clone()) {
            self.found.duplicates.push((path_text(path), at));
        }
    }
}

/// The paths asked for, as a tree of steps; node 0 is the root (the whole text).
struct Trie {
    nodes: Vec<TrieNode>,
}

struct TrieNode {
    children: HashMap<Step, usize>,
    at: Option<(usize, usize)>,
}

impl Trie {
    fn new() -> Self {
        Self {
            nodes: vec![TrieNode {
                children: HashMap::new(),
                at: None,
            }],
        }
    }

    /// Adds a path; returns its nodes, from the root down.
    fn insert(&mut self, steps: Vec<Step>) -> Vec<usize> {
        let mut out = vec![0];
        let mut parent = 0;
        for step in steps {
            let next = self.nodes.len();
            let Some(node) = self.nodes.get_mut(parent) else {
                break;
            };
            let child = *node.children.entry(step).or_insert(next);
            if child == next {
                self.nodes.push(TrieNode {
                    children: HashMap::new(),
                    at: None,
                });
            }
            out.push(child);
            parent = child;
        }
        out
    }
}

struct LocateVisitor<'t> {
    trie: &'t mut Trie,
    /// The trie node of each level of the current path (`None`: no path asked goes there).
    cursor: Vec<Option<usize>>,
}

impl Visitor for LocateVisitor<'_> {
    fn value(&mut self, path: &[Step], at: (usize, usize)) {
        let depth = path.len();
        self.cursor.truncate(depth);
        let node = match (depth.checked_sub(1), path.last()) {
            (Some(parent_depth), Some(step)) => self
                .cursor
                .get(parent_depth)
                .copied()
                .flatten()
                .and_then(|parent| self.trie.nodes.get(parent))
                .and_then(|parent| parent.children.get(step))
                .copied(),
            _ => Some(0),
        };
        while self.cursor.len() < depth {
            self.cursor.push(None);
        }
        self.cursor.push(node);
        if let Some(entry) = node.and_then(|n| self.trie.nodes.get_mut(n))
            && entry.at.is_none()
        {
            entry.at = Some(at);
        }
    }
}

/// A lenient JSON scanner that keeps track of line and column (in characters) as it goes.
struct Scanner<'t> {
    bytes: &'t [u8],
    max_depth: usize,
    pos: usize,
    line: usize,
    column: usize,
}

impl<'t> Scanner<'t> {
    fn new(text: &'t str, max_depth: usize) -> Self {
        Self {
            bytes: text.as_bytes(),
            max_depth,
            pos: 0,
            line: 1,
            column: 1,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn bump(&mut self) {
        if let Some(b) = self.peek() {
            self.pos += 1;
            if b == b'\n' {
                self.line += 1;
                self.column = 1;
            } else if b & 0xC0 != 0x80 {
                self.column += 1;
            }
        }
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.bump();
        }
    }

    fn walk(mut self, visitor: &mut impl Visitor) {
        let mut path = Vec::new();
        self.skip_space();
        self.value(visitor, &mut path);
    }

    /// Scans one value; false when the scan should stop (not JSON, or nested too deeply).
    fn value(&mut self, visitor: &mut impl Visitor, path: &mut Vec<Step>) -> bool {
        if self.peek().is_none() {
            return false;
        }
        let at = (self.line, self.column);
        visitor.value(path, at);
        // A container here is inside `path.len()` others: it is level `path.len() + 1`.
        if matches!(self.peek(), Some(b'{' | b'[')) && path.len() >= self.max_depth {
            visitor.too_deep(at);
            return false;
        }
        match self.peek() {
            Some(b'{') => self.object(visitor, path),
            Some(b'[') => self.array(visitor, path),
            Some(b'"') => self.skip_string().is_some(),
            Some(_) => self.scalar(),
            None => false,
        }
    }

    fn object(&mut self, visitor: &mut impl Visitor, path: &mut Vec<Step>) -> bool {
        self.bump();
        visitor.object(true);
        let ok = self.members(visitor, path);
        visitor.object(false);
        ok
    }

    fn members(&mut self, visitor: &mut impl Visitor, path: &mut Vec<Step>) -> bool {
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.bump();
            return true;
        }
        loop {
            self.skip_space();
            let at = (self.line, self.column);
            let Some(key) = self.string() else {
                return false;
            };
            path.push(Step::Key(key));
            visitor.key(path, at);
            self.skip_space();
            if self.peek() != Some(b':') {
                return false;
            }
            self.bump();
            self.skip_space();
            let ok = self.value(visitor, path);
            path.pop();
            if !ok {
                return false;
            }
            self.skip_space();
            match self.peek() {
                Some(b',') => self.bump(),
                Some(b'}') => {
                    self.bump();
                    return true;
                }
                _ => return false,
            }
        }
    }

    fn array(&mut self, visitor: &mut impl Visitor, path: &mut Vec<Step>) -> bool {
        self.bump();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.bump();
            return true;
        }
        let mut index = 0;
        loop {
            self.skip_space();
            path.push(Step::Index(index));
            let ok = self.value(visitor, path);
            path.pop();
            if !ok {
                return false;
            }
            index += 1;
            self.skip_space();
            match self.peek() {
                Some(b',') => self.bump(),
                Some(b']') => {
                    self.bump();
                    return true;
                }
                _ => return false,
            }
        }
    }

    /// Passes over a string; its bytes (quotes included) and whether it has escapes, or
    /// `None` if it is not one.
    fn skip_string(&mut self) -> Option<(&'t [u8], bool)> {
        if self.peek() != Some(b'"') {
            return None;
        }
        let start = self.pos;
        self.bump();
        let mut escaped = false;
        loop {
            match self.peek()? {
                b'"' => {
                    self.bump();
                    break;
                }
                b'\\' => {
                    escaped = true;
                    self.bump();
                    self.bump();
                }
                _ => self.bump(),
            }
        }
        Some((self.bytes.get(start..self.pos)?, escaped))
    }

    /// A string, decoded (escapes included); `None` if it is not one.
    fn string(&mut self) -> Option<String> {
        let (raw, escaped) = self.skip_string()?;
        let raw = std::str::from_utf8(raw).ok()?;
        if escaped {
            serde_json::from_str(raw).ok()
        } else {
            raw.get(1..raw.len().saturating_sub(1)).map(str::to_owned)
        }
    }

    /// A number, `true`, `false` or `null` (checked only loosely; serde_json checks it).
    fn scalar(&mut self) -> bool {
        let start = self.pos;
        while matches!(self.peek(), Some(b) if b.is_ascii_alphanumeric() || b"+-.".contains(&b)) {
            self.bump();
        }
        self.pos > start
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_paths() {
        let text = "{\n  \"events\": [\n    {\"id\": \"a\"},\n    {\"id\": \"b\", \"start\": \"x\"}\n  ]\n}";
        let found = locate_all(
            text,
            &["events[1].start", "events[0]", "events[0].title", ""],
        );
        assert_eq!(
            found,
            [Some((4, 26)), Some((3, 5)), Some((3, 5)), Some((1, 1))]
        );
    }

    #[test]
    fn columns_count_characters() {
        let text = "{\"ő\": \"é\", \"x\": 1}";
        assert_eq!(locate_all(text, &["x"]), [Some((1, 17))]);
    }

    #[test]
    fn finds_duplicates_and_depth() {
        let found = structure("{\"a\": 1, \"b\": {\"c\": 1, \"c\": 2}, \"a\": 3}", 64);
        let paths: Vec<&str> = found.duplicates.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(paths, ["b.c", "a"]);
        assert_eq!(found.too_deep, None);
        let deep = format!("{}{}", "[".repeat(64), "]".repeat(64));
        assert_eq!(structure(&deep, 64).too_deep, None);
        let deeper = format!("{}{}", "[".repeat(65), "]".repeat(65));
        assert_eq!(structure(&deeper, 64).too_deep, Some((1, 65)));
    }
}
