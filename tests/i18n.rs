//! The interface's words: every Fluent file parses, every message exists in every language
//! with the same variables, every message the code asks for exists and every message is asked
//! for, and the pseudo-language really is longer.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use hungary1956::i18n::Language;

/// Message id → the variables it uses, for one language folder.
fn messages(code: &str) -> BTreeMap<String, BTreeSet<String>> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/i18n")
        .join(code);
    let mut found = BTreeMap::new();
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .unwrap_or_else(|err| panic!("{}: {err}", folder.display()))
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no .ftl files in {}", folder.display());
    for path in files {
        let text = std::fs::read_to_string(&path).expect("UTF-8");
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        for entry in resource.body {
            match entry {
                Entry::Message(message) => {
                    let mut variables = BTreeSet::new();
                    if let Some(value) = &message.value {
                        pattern_variables(value, &mut variables);
                    }
                    for attribute in &message.attributes {
                        pattern_variables(&attribute.value, &mut variables);
                    }
                    let id = message.id.name.to_owned();
                    assert!(
                        found.insert(id.clone(), variables).is_none(),
                        "{}: {id} is defined twice",
                        path.display()
                    );
                }
                Entry::Junk { content } => panic!("{}: cannot parse {content:?}", path.display()),
                _ => {}
            }
        }
    }
    found
}

fn pattern_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
            for argument in &arguments.named {
                inline_variables(&argument.value, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// Every `t!(…, "id" …)` and `text!("id" …)` (a message kept to be shown later) in the app's
/// code, with the names of the values it passes.
fn asked_for() -> BTreeMap<String, BTreeSet<String>> {
    let mut found = BTreeMap::new();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![src];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("UTF-8");
            // Comments and tests name messages as examples: only the code counts.
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            let text: String = code
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            let mut rest = text.as_str();
            while let Some(at) = rest.find("t!(") {
                // `t!(` or `text!(`, not `assert!(` or `print!(`.
                let before = &rest[..at];
                let name_start = before
                    .trim_end_matches(|c: char| c.is_alphanumeric() || c == '_')
                    .len();
                let ours = matches!(&rest[name_start..at], "" | "tex");
                rest = &rest[at + 3..];
                if !ours {
                    continue;
                }
                // The call's text up to its closing parenthesis (messages' values are simple
                // expressions; nested parentheses are counted).
                let mut depth = 1;
                let end = rest
                    .char_indices()
                    .find(|&(_, c)| {
                        match c {
                            '(' => depth += 1,
                            ')' => depth -= 1,
                            _ => {}
                        }
                        depth == 0
                    })
                    .map_or(rest.len(), |(i, _)| i);
                let call = &rest[..end];
                let Some(open) = call.find('"') else { continue };
                let Some(close) = call[open + 1..].find('"') else {
                    continue;
                };
                let id = &call[open + 1..open + 1 + close];
                let after = &call[open + 2 + close..];
                let names: BTreeSet<String> = after
                    .split(',')
                    .filter_map(|part| part.split_once('=').map(|(name, _)| name.trim()))
                    .filter(|name| {
                        !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_')
                    })
                    .map(str::to_owned)
                    .collect();
                found
                    .entry(id.to_owned())
                    .or_insert_with(BTreeSet::new)
                    .extend(names);
            }
        }
    }
    found
}

#[test]
fn every_message_exists_in_every_language_with_the_same_variables() {
    let english = messages("en");
    for language in Language::ALL {
        let other = messages(language.code());
        for (id, variables) in &english {
            let Some(theirs) = other.get(id) else {
                panic!("{id} is missing in {}", language.code());
            };
            assert_eq!(
                theirs,
                variables,
                "{id}: the variables differ between en and {}",
                language.code()
            );
        }
        for id in other.keys() {
            assert!(
                english.contains_key(id),
                "{id} ({}) is not in en",
                language.code()
            );
        }
    }
}

#[test]
fn every_message_the_code_asks_for_exists_and_every_message_is_used() {
    let english = messages("en");
    let asked = asked_for();
    assert!(
        asked.len() > 20,
        "only {} messages found in the code",
        asked.len()
    );
    for (id, names) in &asked {
        let Some(variables) = english.get(id) else {
            panic!("the code asks for {id}, which assets/i18n/en does not have");
        };
        assert_eq!(
            names, variables,
            "{id}: the code passes {names:?}, the message uses {variables:?}"
        );
    }
    for id in english.keys() {
        assert!(asked.contains_key(id), "{id} is never used by the code");
    }
}

#[test]
fn messages_come_in_the_language_asked_for() {
    use hungary1956::t;
    assert_eq!(t!(Language::English, "menu-language"), "Language");
    assert_eq!(t!(Language::Hungarian, "menu-language"), "Nyelv");
    let pseudo = t!(Language::Pseudo, "menu-language");
    assert!(pseudo.chars().count() >= 11, "{pseudo}");
}
