//! The JSON path of a `serde_json` error, found from where the parser stopped.
//!
//! The loader parses with plain `serde_json`, which keeps no path: an error knows only the line and
//! column where the parser stood. [`error_path`] walks the text up to that point and names the value
//! the error belongs to, in the loader's notation (`quarters[3].risks[12].likelihood`): the path a
//! path-tracking deserializer (`serde_path_to_error`, which the loader used before) gives for the same
//! error, so no second instantiation of the format's `Deserialize` code is needed to locate one.
//!
//! Where `serde_json` stops depends on the kind of error (the column counts bytes, not characters):
//!
//! | error | where the parser stops | path |
//! | --- | --- | --- |
//! | wrong type or value of text, a number, `true`/`false`/`null`; an unknown choice written as text; a `Deserialize` impl's own error (a date, a quarter); a number out of range | just after the value (inside it for some number errors) | the value |
//! | wrong type: a list or an object where something else belongs | on its `[` or `{` | the value |
//! | missing field; a list too short for an object read from a list | just after the object's `}` (the list's `]`) | the object |
//! | unknown field | after the key (and the spaces before its `:`) | the object, then the key |
//! | duplicate field; an unknown choice written as an object `{"x": …}` | after the key | the object |
//! | `expected value`: a number, list, `true`/`false` or `null` where a choice belongs | one byte into the value | the value |
//! | `expected value` after a choice written as an object with a second member | on that member's `,` | the object |
//! | trailing characters: a list longer than the object read from it; text after the document | one byte into the extra element | the list; the document |
//! | other syntax errors, the end of the text | on (or one byte past) the byte that cannot be read | the value being read, or its container (`?` for a key that cannot be read) |
//!
//! An error without a position (a `Deserialize` impl's own error at the top of the text) belongs to the
//! whole text: the empty path.
//!
//! Checked against `serde_path_to_error` before it was dropped (commit "loader: json_path::error_path"):
//! every fixture and sample, 29,003 mutations of the valid exports (each value replaced by one of another
//! kind, each key removed, renamed, repeated) and about 270,000 byte mutations and prefixes of
//! `minimal.json` gave the same path, except one syntax error: a `{` not followed by a key where a choice
//! belongs (`"severity": {low"`), which it located at the choice and this at `severity.?` — the text
//! alone does not say whether a choice or an object was being read there. A syntax problem shows the line
//! and column, never the path, so no message differs.

/// Appends `key` to a path in the loader's notation: `a.b`, and `[i]` for list positions.
pub(super) fn push_key(out: &mut String, key: &str) {
    if !out.is_empty() {
        out.push('.');
    }
    out.push_str(key);
}

/// The path, in the loader's notation, of the value `e` belongs to, `e` being what `serde_json`
/// returned for `text` (with `from_str` or a `Deserializer` over `text`).
pub(crate) fn error_path(text: &str, e: &serde_json::Error) -> String {
    if e.line() == 0 {
        return String::new();
    }
    let msg = e.to_string();
    let kind = match e.classify() {
        serde_json::error::Category::Data if msg.starts_with("unknown field") => Kind::UnknownField,
        serde_json::error::Category::Data => Kind::Data,
        serde_json::error::Category::Syntax if msg.starts_with("expected value") => Kind::ExpectedValue,
        serde_json::error::Category::Syntax if msg.starts_with("trailing characters") => Kind::Trailing,
        serde_json::error::Category::Eof => Kind::Eof,
        _ => Kind::Syntax,
    };
    path_at(text, offset(text, e.line(), e.column()), kind)
}

/// What kind of error stopped the parser: each leaves the parser at a different place (see the module
/// documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A data error other than an unknown field.
    Data,
    /// `unknown field`: the path names the key.
    UnknownField,
    /// `expected value` (a syntax error serde_json also gives for a choice written as a number).
    ExpectedValue,
    /// `trailing characters`.
    Trailing,
    /// The text ends too early.
    Eof,
    /// Any other syntax error.
    Syntax,
}

/// The byte offset of a serde_json position: `line` is 1-based, `column` counts the bytes of the line
/// before the position.
fn offset(text: &str, line: usize, column: usize) -> usize {
    let start = if line <= 1 {
        0
    } else {
        text.bytes().enumerate().filter(|&(_, b)| b == b'\n').nth(line - 2).map_or(text.len(), |(i, _)| i + 1)
    };
    (start + column).min(text.len())
}

/// What an open container expects next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Next {
    Key,
    Colon,
    Value,
    CommaOrEnd,
}

/// An open list or object, with its current member.
#[derive(Debug, Clone, Copy)]
struct Frame {
    object: bool,
    /// The current element of a list.
    index: usize,
    /// The current key of an object: the byte range of its quoted text.
    key: Option<(usize, usize)>,
    next: Next,
}

/// The last token read before the parser's position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token {
    None,
    /// Text, a number or a literal as a value: its byte range (the end is where it stops, or the end
    /// of the text for unterminated text), and whether it is complete (text with its closing quote,
    /// a number ending in a digit, `true`, `false`, `null`).
    Scalar(usize, usize, bool),
    /// An object's key: its byte range, and whether it has its closing quote.
    Key(usize, usize, bool),
    /// `[` or `{` at this offset.
    Open(usize),
    /// `]` or `}` ending at this offset (after the bracket).
    Close(usize),
    /// `,` or `:`.
    Separator,
}

/// The scanner's state after the tokens that start before some offset.
struct Scan<'a> {
    text: &'a str,
    frames: Vec<Frame>,
    last: Token,
    /// The key of an object closed after it, without a value: `{"k"}`.
    dangling: Option<(usize, usize)>,
}

impl<'a> Scan<'a> {
    /// Reads the tokens of `text` that start before `stop` (a token that starts before it is read to
    /// its end). Lenient: the text is JSON up to where the parser stopped, and past that point only
    /// the token under way is read.
    fn until(text: &'a str, stop: usize) -> Scan<'a> {
        let b = text.as_bytes();
        let mut scan = Scan { text, frames: Vec::new(), last: Token::None, dangling: None };
        let mut i = 0;
        while i < stop.min(b.len()) {
            let start = i;
            let mut terminated = false;
            match b[i] {
                b' ' | b'\t' | b'\n' | b'\r' => {
                    i += 1;
                    continue;
                }
                b'{' | b'[' => {
                    let object = b[i] == b'{';
                    let next = if object { Next::Key } else { Next::Value };
                    scan.frames.push(Frame { object, index: 0, key: None, next });
                    i += 1;
                    scan.last = Token::Open(start);
                    continue;
                }
                b'}' | b']' => {
                    // An object closed after a key without its value (`{"k"}`) keeps the key for an
                    // unknown field, which serde_json reports after the `}`.
                    scan.dangling = scan.frames.pop().filter(|f| f.next == Next::Colon).and_then(|f| f.key);
                    scan.value_done();
                    i += 1;
                    scan.last = Token::Close(i);
                    continue;
                }
                b',' => {
                    if let Some(f) = scan.frames.last_mut() {
                        if f.object {
                            f.next = Next::Key;
                        } else {
                            f.index += 1;
                            f.next = Next::Value;
                        }
                    }
                    i += 1;
                    scan.last = Token::Separator;
                    continue;
                }
                b':' => {
                    if let Some(f) = scan.frames.last_mut() {
                        f.next = Next::Value;
                    }
                    i += 1;
                    scan.last = Token::Separator;
                    continue;
                }
                b'"' => {
                    i += 1;
                    while i < b.len() && b[i] != b'"' {
                        i += match (b[i], b.get(i + 1)) {
                            (b'\\', Some(b'u')) => 6,
                            (b'\\', _) => 2,
                            _ => 1,
                        };
                    }
                    i = i.min(b.len());
                    terminated = i < b.len();
                    i = (i + 1).min(b.len());
                }
                b'-' | b'0'..=b'9' => i = number_end(b, i),
                first => {
                    // `true`, `false`, `null` as far as the text spells them; any other byte alone.
                    let word: &[u8] = match first {
                        b't' => b"true",
                        b'f' => b"false",
                        b'n' => b"null",
                        _ => b"",
                    };
                    i += 1;
                    while i < b.len() && i - start < word.len() && b[i] == word[i - start] {
                        i += 1;
                    }
                }
            }
            match scan.frames.last_mut() {
                Some(f) if f.object && f.next == Next::Key => {
                    f.key = Some((start, i));
                    f.next = Next::Colon;
                    scan.last = Token::Key(start, i, terminated);
                }
                _ => {
                    scan.value_done();
                    let t = &b[start..i];
                    let complete = match t[0] {
                        b'"' => terminated,
                        _ => matches!(t, b"true" | b"false" | b"null") || t.last().is_some_and(u8::is_ascii_digit),
                    };
                    scan.last = Token::Scalar(start, i, complete);
                }
            }
        }
        scan
    }

    /// A value of the innermost container is complete.
    fn value_done(&mut self) {
        if let Some(f) = self.frames.last_mut() {
            f.next = Next::CommaOrEnd;
        }
    }

    /// The path of the current member of each of the first `depth` open containers: `depth` = all of
    /// them names the value in the innermost container's current place; one less names that container.
    fn path(&self, depth: usize) -> String {
        let mut out = String::new();
        for f in &self.frames[..depth.min(self.frames.len())] {
            if f.object {
                if let Some((s, e)) = f.key {
                    push_key(&mut out, &key_text(&self.text[s..e]));
                }
            } else {
                out.push_str(&format!("[{}]", f.index));
            }
        }
        out
    }

    /// The path of the value in the innermost container's current place.
    fn here(&self) -> String {
        self.path(self.frames.len())
    }

    /// The path of the innermost container (the document for none).
    fn container(&self) -> String {
        self.path(self.frames.len().saturating_sub(1))
    }

    /// The path for a syntax error the parser met at offset `at` while reading what comes after the
    /// scanned tokens: the value under way, or the container when it was between members.
    fn syntax(&self, at: usize) -> String {
        match self.last {
            Token::Scalar(s, e, complete) if s < at && (at < e || at == e && !complete) => return self.here(),
            Token::Key(s, e, complete) if s < at && (at < e || at == e && !complete) => {
                return join(&self.container(), "?");
            }
            _ => {}
        }
        let Some(f) = self.frames.last() else { return String::new() };
        let next_byte = self.text.as_bytes().get(at).copied();
        match (f.object, f.next) {
            (true, Next::Value) => self.here(),
            (true, Next::Colon) => self.container(),
            (true, _) => join(&self.container(), "?"),
            (false, Next::Value) if next_byte.is_some_and(|b| b != b']') => self.here(),
            (false, _) => self.container(),
        }
    }
}

pub(super) fn join(base: &str, key: &str) -> String {
    let mut s = base.to_owned();
    push_key(&mut s, key);
    s
}

/// A key as serde reads it: the quoted text without its quotes and escapes.
fn key_text(raw: &str) -> String {
    serde_json::from_str::<String>(raw).unwrap_or_else(|_| raw.trim_start_matches('"').trim_end_matches('"').to_owned())
}

/// Where the JSON number starting at `i` ends: `-`, digits, then an optional fraction and exponent.
fn number_end(b: &[u8], mut i: usize) -> usize {
    let digits = |i: &mut usize| {
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
    };
    if b.get(i) == Some(&b'-') {
        i += 1;
    }
    digits(&mut i);
    if b.get(i) == Some(&b'.') {
        i += 1;
        digits(&mut i);
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        digits(&mut i);
    }
    i
}

/// Whether a JSON value can start with `b`.
fn starts_value(b: u8) -> bool {
    matches!(b, b'{' | b'[' | b'"' | b'-' | b'0'..=b'9' | b't' | b'f' | b'n')
}

/// The path of the value an error of `kind` at byte offset `at` belongs to.
fn path_at(text: &str, at: usize, kind: Kind) -> String {
    let b = text.as_bytes();
    match kind {
        Kind::Data | Kind::UnknownField => {
            let scan = Scan::until(text, at);
            match scan.last {
                Token::Scalar(s, e, _) if s < at && at <= e => scan.here(),
                Token::Close(e) if e == at => match scan.dangling {
                    Some((s, e)) if kind == Kind::UnknownField => join(&scan.here(), &key_text(&text[s..e])),
                    _ => scan.here(),
                },
                Token::Key(_, e, _) if e <= at && b[e..at].iter().all(u8::is_ascii_whitespace) => {
                    if kind == Kind::UnknownField { scan.here() } else { scan.container() }
                }
                _ if matches!(b.get(at), Some(b'{' | b'[')) => scan.here(),
                _ => scan.syntax(at),
            }
        }
        Kind::ExpectedValue => {
            // Peeked: the parser stands one byte past the value's first byte.
            let first = at.saturating_sub(1);
            let scan = Scan::until(text, first);
            let inside = match scan.last {
                Token::Scalar(_, e, _) | Token::Key(_, e, _) => e > first,
                _ => false,
            };
            match scan.frames.last() {
                _ if !inside && b.get(first).copied().is_some_and(starts_value) => scan.here(),
                // A choice written as an object: no key after its `{`, or a second member.
                Some(f) if f.object && matches!(f.next, Next::Key | Next::CommaOrEnd) => scan.container(),
                _ => scan.syntax(first),
            }
        }
        Kind::Trailing => {
            // One byte into the extra element (peeked): the list it does not fit, or the document.
            let scan = Scan::until(text, at.saturating_sub(1));
            if scan.frames.is_empty() { String::new() } else { scan.container() }
        }
        Kind::Eof => Scan::until(text, b.len()).syntax(b.len()),
        Kind::Syntax => {
            let first = at.saturating_sub(1);
            Scan::until(text, first).syntax(first)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Inner {
        n: u8,
        s: String,
        #[serde(default)]
        c: Option<Choice>,
        #[serde(default)]
        d: Option<crate::calendar::Date>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Choice {
        One,
        Two,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Outer {
        name: String,
        items: Vec<Inner>,
        #[serde(default)]
        more: Option<Vec<Vec<u8>>>,
    }

    fn path(text: &str) -> String {
        let e = serde_json::from_str::<Outer>(text).expect_err(text);
        error_path(text, &e)
    }

    #[test]
    fn column_counts_bytes() {
        // "名前" is 6 bytes in UTF-8 and 2 characters: the wrong value sits after it.
        let text = "{\"name\": \"名前\", \"items\": [{\"n\": \"多い\", \"s\": \"x\"}]}";
        let e = serde_json::from_str::<Outer>(text).unwrap_err();
        let after_value = text.find("\"多い\"").unwrap() + "\"多い\"".len();
        assert_eq!(e.column(), after_value, "serde_json counts bytes");
        assert_eq!(error_path(text, &e), "items[0].n");
        let lines =
            "{\n  \"name\": \"名前\",\n  \"items\": [\n    {\"n\": 1, \"s\": \"データ\", \"c\": \"三\"}\n  ]\n}";
        assert_eq!(path(lines), "items[0].c");
    }

    #[test]
    fn wrong_type_or_value() {
        assert_eq!(path(r#"{"name": 5, "items": []}"#), "name");
        assert_eq!(path(r#"{"name": "a", "items": [{"n": "x", "s": "y"}]}"#), "items[0].n");
        assert_eq!(path(r#"{"name": "a", "items": [{"n": 1, "s": "y"}, {"n": 300, "s": "y"}]}"#), "items[1].n");
        assert_eq!(path(r#"{"name": "a", "items": [{"n": true, "s": "y"}]}"#), "items[0].n");
        assert_eq!(path(r#"{"name": "a", "items": [{"n": null, "s": "y"}]}"#), "items[0].n");
        assert_eq!(path(r#"{"name": "a", "items": [{"n": -1, "s": "y"}]}"#), "items[0].n");
        assert_eq!(path(r#"{"name": "a", "items": [{"n": 1.5, "s": "y"}]}"#), "items[0].n");
        assert_eq!(path(r#"{"name": "a", "items": [{"n": [1], "s": "y"}]}"#), "items[0].n");
        assert_eq!(path(r#"{"name": "a", "items": [{"n": {"a": 1}, "s": "y"}]}"#), "items[0].n");
        assert_eq!(path(r#"{"name": "a", "items": {"n": 1}}"#), "items");
        assert_eq!(path(r#"{"name": "a", "items": ["x"]}"#), "items[0]");
        assert_eq!(path(r#"{"name": "a", "items": [], "more": [[1], [2, "x"]]}"#), "more[1][1]");
        assert_eq!(path(r#"{"name": "a", "items": [], "more": [[1], 7]}"#), "more[1]");
        assert_eq!(path("[1]"), "[0]");
        assert_eq!(path("7"), "");
    }

    #[test]
    fn missing_field_is_the_object() {
        assert_eq!(path(r#"{"name": "a", "items": [{"n": 1}]}"#), "items[0]");
        assert_eq!(path(r#"{"items": []}"#), "");
        assert_eq!(path(r#"{"name": "a", "items": [{"n": 1, "s": "x"}, {}  ]}"#), "items[1]");
        // An object read from a list too short for it.
        assert_eq!(path(r#"{"name": "a", "items": [[1]]}"#), "items[0]");
    }

    #[test]
    fn unknown_field_names_the_key() {
        assert_eq!(path(r#"{"name": "a", "items": [{"n": 1, "s": "x", "typo" : 1}]}"#), "items[0].typo");
        assert_eq!(path(r#"{"name": "a", "items": [{"n": 1, "\u0073s": 1}]}"#), "items[0].ss");
    }

    #[test]
    fn duplicate_field_is_the_object() {
        assert_eq!(path(r#"{"name": "a", "items": [{"n": 1, "n" : 2}]}"#), "items[0]");
        assert_eq!(path(r#"{"name": "a", "name": "b", "items": []}"#), "");
    }

    #[test]
    fn choices() {
        let item = |c: &str| format!(r#"{{"name": "a", "items": [{{"n": 1, "s": "x", "c": {c}}}]}}"#);
        assert_eq!(path(&item("\"three\"")), "items[0].c");
        assert_eq!(path(&item("{\"three\": null}")), "items[0].c");
        assert_eq!(path(&item("{\"one\": 1}")), "items[0].c.one");
        assert_eq!(path(&item("{\"one\": null, \"two\": null}")), "items[0].c");
        for bad in ["3", "-3", "12", "[1]", "true", "false"] {
            let text = item(bad);
            let e = serde_json::from_str::<Outer>(&text).unwrap_err();
            if e.is_syntax() {
                assert!(e.to_string().starts_with("expected value"), "{e}");
            }
            assert_eq!(error_path(&text, &e), "items[0].c", "{bad}");
        }
    }

    #[test]
    fn own_errors_of_deserialize_impls() {
        let item =
            |d: &str| format!(r#"{{"name": "a", "items": [{{"n": 1, "s": "x", "d": {d}}}, {{"n": 1, "s": "x"}}]}}"#);
        assert_eq!(path(&item("\"2026-02-30\"")), "items[0].d");
        assert_eq!(path(&item("\"soon\"")), "items[0].d");
        assert_eq!(path(&item("5")), "items[0].d");
        let e = serde_json::from_str::<crate::calendar::Date>("\"2026-13-01\"").unwrap_err();
        assert_eq!(error_path("\"2026-13-01\"", &e), "");
    }

    #[test]
    fn trailing_characters() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Pair {
            a: u8,
            b: u8,
        }
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Pairs {
            pairs: Vec<Pair>,
        }
        let text = r#"{"pairs": [[1, 2], [1, 2, 3]]}"#;
        let e = serde_json::from_str::<Pairs>(text).unwrap_err();
        assert!(e.to_string().starts_with("trailing characters"), "{e}");
        assert_eq!(error_path(text, &e), "pairs[1]");
        let text = r#"{"name": "a", "items": []} x"#;
        let e = serde_json::from_str::<Outer>(text).unwrap_err();
        assert_eq!(error_path(text, &e), "");
    }

    #[test]
    fn syntax_and_end_of_text() {
        assert_eq!(path(r#"{"name": "a\q", "items": []}"#), "name");
        assert_eq!(path(r#"{"name": tru, "items": []}"#), "name");
        assert_eq!(path(r#"{"name": "a" "items": []}"#), "?");
        assert_eq!(path(r#"{"name" "a"}"#), "");
        assert_eq!(path(r#"{"name": "a", "items": [{"n": 1, "s": "x"} 2]}"#), "items");
        assert_eq!(path(r#"{"name": "a", "items": [{"n": 1,}]}"#), "items[0].?");
        assert_eq!(path(r#"{"name": "a", "items": [{"n": 1e999}]}"#), "items[0].n");
        assert_eq!(path(r#"{"name": "a", "items": [{"n": "#), "items[0].n");
        assert_eq!(path(r#"{"name": "a", "items": ["#), "items");
        assert_eq!(path(r#"{"name": "a", "items": [{"#), "items[0].?");
    }
}
