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
    pub(super) struct Inner {
        n: u8,
        s: String,
        #[serde(default)]
        c: Option<Choice>,
        #[serde(default)]
        d: Option<crate::calendar::Date>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub(super) enum Choice {
        One,
        Two,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    pub(super) struct Outer {
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

#[cfg(test)]
mod oracle {
    use super::*;
    use crate::snapshot::Rule;

    fn tracked<T: serde::de::DeserializeOwned>(text: &str) -> String {
        let mut de = serde_json::Deserializer::from_str(text);
        match serde_path_to_error::deserialize::<_, T>(&mut de) {
            Err(e) => e.path().iter().fold(String::new(), |mut out, seg| {
                match seg {
                    serde_path_to_error::Segment::Seq { index } => out.push_str(&format!("[{index}]")),
                    serde_path_to_error::Segment::Map { key } => push_key(&mut out, key),
                    serde_path_to_error::Segment::Enum { variant } => push_key(&mut out, variant),
                    serde_path_to_error::Segment::Unknown => push_key(&mut out, "?"),
                }
                out
            }),
            Ok(_) => String::new(),
        }
    }

    fn root() -> std::path::PathBuf {
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
    }

    fn files(dir: &str) -> Vec<std::path::PathBuf> {
        let mut out: Vec<_> = std::fs::read_dir(root().join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "json") && !p.ends_with("expected.json"))
            .collect();
        out.sort();
        out
    }

    /// The former located parse against the plain parse and error_path: same message, same path.
    fn top_level_agrees(text: &str) {
        let Err(plain) = serde_json::from_str::<crate::snapshot::Snapshot>(text) else { return };
        let mut de = serde_json::Deserializer::from_str(text);
        let (path, old) = match serde_path_to_error::deserialize::<_, crate::snapshot::Snapshot>(&mut de) {
            Err(e) => (tracked_path(e.path()), e.into_inner()),
            Ok(_) => (String::new(), de.end().unwrap_err()),
        };
        assert_eq!(plain.to_string(), old.to_string());
        if !old.to_string().starts_with("key must be a string") {
            assert_eq!(error_path(text, &plain), path, "{plain}");
        }
    }

    fn tracked_path(p: &serde_path_to_error::Path) -> String {
        p.iter().fold(String::new(), |mut out, seg| {
            match seg {
                serde_path_to_error::Segment::Seq { index } => out.push_str(&format!("[{index}]")),
                serde_path_to_error::Segment::Map { key } => push_key(&mut out, key),
                serde_path_to_error::Segment::Enum { variant } => push_key(&mut out, variant),
                serde_path_to_error::Segment::Unknown => push_key(&mut out, "?"),
            }
            out
        })
    }

    /// Every committed fixture through the loader, whose asserts compare both paths.
    #[test]
    fn fixtures_agree() {
        let mut n = 0;
        for dir in [
            "tests/fixtures/invalid",
            "tests/fixtures/regressions",
            "tests/fixtures/valid",
            "tests/fixtures/hostile",
            "samples",
        ] {
            for f in files(dir) {
                let bytes = std::fs::read(&f).unwrap();
                let _ = crate::snapshot::load(&bytes);
                if let Ok(t) = std::str::from_utf8(&bytes) {
                    top_level_agrees(t.trim_start_matches('\u{feff}'));
                }
                n += 1;
            }
        }
        eprintln!("{n} files");
        assert!(n > 130);
    }

    fn pointers(v: &serde_json::Value, at: String, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, x) in m {
                    pointers(x, format!("{at}/{k}"), out);
                }
            }
            serde_json::Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    pointers(x, format!("{at}/{i}"), out);
                }
            }
            _ => {}
        }
        out.push(at);
    }

    /// Mutations of the valid exports: each value replaced by one of another kind, each object
    /// without one of its keys, with a key renamed, with a key twice; compact and pretty.
    #[test]
    fn mutations_agree() {
        use serde_json::{Value, json};
        let wrong = [
            json!("x"),
            json!("2026-02-30"),
            json!("2026Q5"),
            json!(7),
            json!(-1),
            json!(1.5),
            json!(300),
            json!(5_000_000_000u64),
            json!(true),
            json!(null),
            json!([]),
            json!({}),
            json!([1, "a"]),
            json!({"a": 1}),
        ];
        let all = std::env::var("CSM_ORACLE_ALL").is_ok();
        let scale: usize = std::env::var("CSM_ORACLE_SCALE").ok().and_then(|s| s.parse().ok()).unwrap_or(1);
        let (mut loads, mut structural) = (0, 0);
        for (file, budget) in [
            ("tests/fixtures/valid/minimal.json", usize::MAX),
            ("samples/a-company.json", 40 * scale),
            ("samples/b-company.json", 25 * scale),
        ] {
            let text = std::fs::read_to_string(root().join(file)).unwrap();
            let base: Value = serde_json::from_str(text.trim_start_matches('\u{feff}')).unwrap();
            let mut ptrs = Vec::new();
            pointers(&base, String::new(), &mut ptrs);
            let stride = if all { 1 } else { ptrs.len().div_ceil(budget.min(ptrs.len())) };
            let mut check = |v: &Value, pretty: bool| {
                let t =
                    if pretty { serde_json::to_string_pretty(v).unwrap() } else { serde_json::to_string(v).unwrap() };
                loads += 1;
                top_level_agrees(&t);
                if crate::snapshot::load(t.as_bytes()).is_err() {
                    structural += 1;
                }
            };
            for (n, p) in ptrs.iter().enumerate().filter(|(n, _)| n % stride == 0) {
                let pretty = n % 2 == 0;
                let target = base.pointer(p).unwrap().clone();
                for w in &wrong {
                    if *w == target {
                        continue;
                    }
                    let mut m = base.clone();
                    *m.pointer_mut(p).unwrap() = w.clone();
                    check(&m, pretty);
                }
                if let Value::Object(obj) = &target {
                    for k in obj.keys() {
                        let mut m = base.clone();
                        m.pointer_mut(p).unwrap().as_object_mut().unwrap().remove(k);
                        check(&m, pretty);
                        let mut m = base.clone();
                        let o = m.pointer_mut(p).unwrap().as_object_mut().unwrap();
                        let x = o.remove(k).unwrap();
                        o.insert(format!("{k}_x"), x);
                        check(&m, !pretty);
                    }
                    // A key twice: text-level, after the object's first key.
                    if let Some((k, x)) = obj.iter().next() {
                        let mut m = base.clone();
                        *m.pointer_mut(p).unwrap() = json!("@@DUP@@");
                        let inner = serde_json::to_string(&target).unwrap();
                        let dup = format!("{{{}: {}, {}", serde_json::to_string(k).unwrap(), x, &inner[1..]);
                        let t = serde_json::to_string_pretty(&m).unwrap().replacen("\"@@DUP@@\"", &dup, 1);
                        top_level_agrees(&t);
                        let _ = crate::snapshot::load(t.as_bytes());
                    }
                }
                if let Value::Array(a) = &target
                    && !a.is_empty()
                {
                    let mut m = base.clone();
                    m.pointer_mut(p).unwrap().as_array_mut().unwrap().push(json!(1));
                    check(&m, pretty);
                }
            }
        }
        eprintln!("{loads} mutated loads, {structural} rejected");
    }

    /// reference::load against its former serde_path_to_error version over mutations of the sample.
    #[test]
    fn reference_agrees() {
        use serde_json::{Value, json};
        let text = std::fs::read_to_string(root().join("samples/reference/illustrative.json")).unwrap();
        let base: Value = serde_json::from_str(&text).unwrap();
        let mut ptrs = Vec::new();
        pointers(&base, String::new(), &mut ptrs);
        let wrong = [
            json!("x"),
            json!(7),
            json!(-1),
            json!(1.5),
            json!(300),
            json!(true),
            json!(null),
            json!([]),
            json!({}),
            json!([1, "a"]),
            json!([1, 2.5, 3]),
            json!({"a": 1}),
        ];
        let mut texts = Vec::new();
        for p in &ptrs {
            let target = base.pointer(p).unwrap().clone();
            for w in &wrong {
                let mut m = base.clone();
                *m.pointer_mut(p).unwrap() = w.clone();
                texts.push(serde_json::to_string_pretty(&m).unwrap());
            }
            if let Value::Object(obj) = &target {
                for k in obj.keys() {
                    let mut m = base.clone();
                    m.pointer_mut(p).unwrap().as_object_mut().unwrap().remove(k);
                    texts.push(serde_json::to_string(&m).unwrap());
                    let mut m = base.clone();
                    let o = m.pointer_mut(p).unwrap().as_object_mut().unwrap();
                    let x = o.remove(k).unwrap();
                    o.insert(format!("{k}.[x"), x.clone());
                    o.insert(format!("{k}_x"), x);
                    texts.push(serde_json::to_string(&m).unwrap());
                }
                // Two problems in one object, a key twice.
                let mut m = base.clone();
                let o = m.pointer_mut(p).unwrap().as_object_mut().unwrap();
                for (n, v) in o.values_mut().enumerate() {
                    if n % 2 == 0 {
                        *v = json!({"z": 1});
                    }
                }
                texts.push(serde_json::to_string(&m).unwrap());
                let t = serde_json::to_string(&base).unwrap();
                if let Some((k, _)) = obj.iter().next() {
                    let inner = serde_json::to_string(&target).unwrap();
                    let dup = format!("{{{}: [], {}", serde_json::to_string(k).unwrap(), &inner[1..]);
                    texts.push(t.replacen(&inner, &dup, 1));
                }
            }
        }
        let (mut typed, mut n) = (0, 0);
        for t in &texts {
            n += 1;
            let new = crate::reference::load(t.as_bytes());
            let value: Value = serde_json::from_str(t).unwrap();
            let old = serde_path_to_error::deserialize::<_, crate::reference::ReferenceFile>(value).map_err(|e| {
                let path = e.path().to_string().replace(".[", "[");
                let path = if path == "." { String::new() } else { path };
                (path, e.into_inner().to_string())
            });
            if let Err((path, msg)) = old {
                let Err(problems) = &new else { panic!("accepted: {t}") };
                if problems.0[0].rule == Rule::Type {
                    typed += 1;
                    assert_eq!((&problems.0[0].path, &problems.0[0].en), (&path, &msg), "{t}");
                    assert_eq!(problems.0.len(), 1);
                } else {
                    assert!(matches!(problems.0[0].rule, Rule::Format | Rule::Version), "{t}");
                }
            } else if let Err(problems) = &new {
                assert!(problems.0.iter().all(|p| p.rule != Rule::Type), "{t}");
            }
        }
        eprintln!("{n} reference texts, {typed} typed problems compared");
    }

    /// Byte-level mutations of minimal.json (syntax errors): prints the disagreements by error kind.
    #[test]
    #[ignore = "exploration"]
    fn byte_mutations() {
        let text = std::fs::read_to_string(root().join("tests/fixtures/valid/minimal.json")).unwrap();
        let b = text.as_bytes();
        let mut seen = std::collections::BTreeMap::<String, usize>::new();
        let mut shown = 0;
        let step: usize = std::env::var("STEP").ok().and_then(|s| s.parse().ok()).unwrap_or(7);
        for i in (0..b.len()).step_by(step) {
            let mut variants: Vec<Vec<u8>> = Vec::new();
            for byte in [b'x', b'1', b'"', b',', b'}', b']', b'{', b'[', b' ', b':', b'\\', b'-'] {
                let mut m = b.to_vec();
                m[i] = byte;
                variants.push(m);
            }
            for len in [1, 3, 17] {
                let mut m = b.to_vec();
                m.drain(i..(i + len).min(b.len()));
                variants.push(m);
            }
            variants.push(b[..i].to_vec());
            for m in variants {
                let Ok(t) = std::str::from_utf8(&m) else { continue };
                let Err(e) = serde_json::from_str::<crate::snapshot::Snapshot>(t) else { continue };
                let mut de = serde_json::Deserializer::from_str(t);
                let old = match serde_path_to_error::deserialize::<_, crate::snapshot::Snapshot>(&mut de) {
                    Err(e) => e.path().iter().fold(String::new(), |mut out, seg| {
                        match seg {
                            serde_path_to_error::Segment::Seq { index } => out.push_str(&format!("[{index}]")),
                            serde_path_to_error::Segment::Map { key } => push_key(&mut out, key),
                            serde_path_to_error::Segment::Enum { variant } => push_key(&mut out, variant),
                            serde_path_to_error::Segment::Unknown => push_key(&mut out, "?"),
                        }
                        out
                    }),
                    Ok(_) => String::new(),
                };
                let new = error_path(t, &e);
                let kind = format!(
                    "{:?} {}",
                    e.classify(),
                    e.to_string().split(" at line").next().unwrap().split('`').next().unwrap()
                );
                let key = format!("{kind} | {}", if new == old { "same" } else { "DIFF" });
                *seen.entry(key).or_default() += 1;
                if new != old && shown < 40 {
                    shown += 1;
                    let at = offset(t, e.line(), e.column());
                    let at = (0..=at).rev().find(|&j| t.is_char_boundary(j)).unwrap();
                    let from = at.saturating_sub(60);
                    let from = (0..=from).rev().find(|&j| t.is_char_boundary(j)).unwrap();
                    let to = (at + 20).min(t.len());
                    let to = (to..=t.len()).find(|&j| t.is_char_boundary(j)).unwrap();
                    eprintln!("{kind}: ours {new:?} tracked {old:?}\n   {:?}<HERE>{:?}", &t[from..at], &t[at..to]);
                }
            }
        }
        for (k, n) in seen {
            eprintln!("{n:6} {k}");
        }
    }

    #[test]
    fn print() {
        let texts = [
            r#"{"name": "a", "items": [{"n": 1}]}"#,
            r#"{"name": "a", "items": [[1]]}"#,
            r#"{"name": "a", "items": [[1, "x", "one", "2026-01-01"]]}"#,
            r#"{"name": "a", "items": [{"n": 1, "s": "x", "c": {"three": null}}]}"#,
            r#"{"name": "a", "items": [{"n": 1, "s": "x", "c": {"one": 1}}]}"#,
            r#"{"name": "a", "items": [{"n": 1, "s": "x", "c": {"one": null, "two": null}}]}"#,
            r#"{"name": "a", "items": [{"n": 1, "s": "x", "c": [1]}]}"#,
            r#"{"name": "a\q", "items": []}"#,
            r#"{"name": tru, "items": []}"#,
            r#"{"name": "a" "items": []}"#,
            r#"{"name" "a"}"#,
            r#"{"name": "a", "items": [1 2]}"#,
            r#"{"name": "a", "items": [{"n": 1,}]}"#,
            r#"{"name": "a", "items": [{"n": 1e999}]}"#,
            r#"{"name": "a", "items": [{"n": "#,
            r#"{"name": "a", "items": ["#,
            r#"{"name": "a", "items": [{"#,
        ];
        for t in texts {
            let Err(e) = serde_json::from_str::<tests::Outer>(t) else { continue };
            eprintln!("{t}\n   e={e}\n   ours={:?} tracked={:?}", error_path(t, &e), tracked::<tests::Outer>(t));
        }
    }
}
