//! Text from an export, made safe to print on a terminal.
//!
//! An export's strings are data written by someone else. Printed raw, a control character can drive
//! the terminal (`ESC ]0;…BEL` sets the window title, `ESC [` recolours or moves the cursor, C1 `CSI`
//! does the same on some terminals), a line break inside a field forges lines of the report, and a
//! bidi override reverses the text after it. Every data string `csm` prints goes through [`safe`]
//! (text) or [`json_safe`] (JSON), which show such characters as escapes (`\u{1b}`) and leave every
//! other character, Japanese included, as it is.
//!
//! Sentences come from core in their *plain* form (`Reason::message`, `Decision::title`): the page's
//! form (`message_isolated`, `title_isolated`) wraps each data string in FSI … PDI (U+2068 … U+2069) so
//! that an override in a name cannot reorder the sentence in the browser, but a terminal applies no
//! bidi algorithm worth trusting, and isolates are controls this module escapes. So the CLI prints the
//! plain sentence and escapes the data's own controls here: the export's override shows as
//! `\u{202e}`, never as an isolate the CLI added.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether `c` must not reach a terminal raw: the C0 controls (tab and line feed included: inside a
/// field they would break the layout or forge lines), DEL, the C1 controls, and the bidi embeddings,
/// overrides and isolates (U+202A–U+202E, U+2066–U+2069).
fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `s` with every unsafe character written as a Rust-style escape, `\u{1b}`; borrowed when there is
/// nothing to escape (the common case).
pub fn safe(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if is_unsafe(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// JSON text with DEL, the C1 controls and the bidi controls written as `\uXXXX` escapes (serde_json
/// already escapes C0): the same JSON value, safe on a terminal. Correct for any JSON text, because
/// outside strings JSON holds only ASCII punctuation, digits, letters and whitespace.
pub fn json_safe(json: &str) -> Cow<'_, str> {
    if !json.chars().any(is_unsafe_in_json) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if is_unsafe_in_json(c) {
            let _ = write!(out, "\\u{:04x}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// [`is_unsafe`] less the whitespace JSON uses between tokens (serde_json escapes the rest of C0
/// inside strings).
fn is_unsafe_in_json(c: char) -> bool {
    is_unsafe(c) && !matches!(c, '\n' | '\r' | '\t')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_controls_and_bidi_and_keeps_the_rest() {
        assert!(matches!(safe("リスク R-1 <b>"), Cow::Borrowed(_)));
        assert_eq!(safe("a\u{1b}]0;x\u{7}b"), "a\\u{1b}]0;x\\u{7}b");
        assert_eq!(safe("\u{9b}31m\u{7f}"), "\\u{9b}31m\\u{7f}");
        assert_eq!(safe("line\nforged\tcell\r"), "line\\u{a}forged\\u{9}cell\\u{d}");
        assert_eq!(safe("bidi \u{202e}txet \u{2066}x\u{2069}"), "bidi \\u{202e}txet \\u{2066}x\\u{2069}");
        // Zero-width and other format characters are not controls: shown as they are.
        assert_eq!(safe("zero\u{200b}width\u{feff}"), "zero\u{200b}width\u{feff}");
    }

    #[test]
    fn json_stays_the_same_value() {
        let value = serde_json::json!({"name": "a\u{1b}b\u{9b}c\u{202e}d\ne", "n": [1, 2]});
        let text = serde_json::to_string_pretty(&value).unwrap();
        let shown = json_safe(&text);
        assert!(!shown.contains(['\u{1b}', '\u{9b}', '\u{202e}']), "{shown}");
        assert_eq!(serde_json::from_str::<serde_json::Value>(&shown).unwrap(), value);
        assert!(matches!(json_safe("{\n  \"a\": \"リスク\"\n}"), Cow::Borrowed(_)));
    }
}
