//! Bytes → validated [`Snapshot`]: decoding, structural parsing with located errors, then the semantic
//! rules of [`super::validate`]. Never panics, never modifies its input, and reports every problem it
//! can locate rather than stopping at the first.
//!
//! Every parse is plain `serde_json`, which keeps no path: a rejected text (or slice of it) is located
//! from the line and column where the parser stopped ([`super::json_path`]), so the format's
//! `Deserialize` code is compiled once, for one deserializer type.

use serde::de::DeserializeOwned;
use std::collections::BTreeMap;

use serde_json::value::RawValue;

use super::json_path::{error_path, join};
use super::model::*;
use super::problem::{Problem, Problems, Rule};
use super::validate::validate;

/// The largest export the loader accepts: 64 MiB. A 300-company group with 20,000 risks over 40
/// quarters is about 20 MB; the limit leaves headroom while keeping a browser tab's memory bounded.
pub const MAX_BYTES: usize = 64 * 1024 * 1024;

/// The value of the `format` field.
pub const FORMAT: &str = "csm-snapshot";

/// Format versions this build reads.
pub const SUPPORTED_VERSIONS: &[u32] = &[1];

/// Reads and validates an export. On failure, returns every problem found, each located by JSON path.
///
/// Accepts UTF-8 with or without a byte-order mark (Excel writes one). Rejects other encodings, files
/// over [`MAX_BYTES`], malformed JSON, unknown formats and versions, structural errors and every rule
/// of [`super::validate`].
pub fn load(bytes: &[u8]) -> Result<Snapshot, Problems> {
    let text = decode_text(bytes).map_err(|p| Problems(vec![p]))?;
    // One typed parse, with plain serde_json: it keeps no path, so a text it rejects is located from
    // where it stopped ([`error_path`]), not by parsing again with a path-tracking deserializer (which
    // would compile the format's decoding code a second time).
    match serde_json::from_str::<Snapshot>(text) {
        Ok(snapshot) => {
            let problems = validate(&snapshot);
            if problems.is_empty() { Ok(snapshot) } else { Err(Problems(problems)) }
        }
        Err(e) => Err(Problems(structural(text, &error_path(text, &e), &e))),
    }
}

/// Checks the encoding and returns the text without a UTF-8 byte-order mark.
fn decode_text(bytes: &[u8]) -> Result<&str, Problem> {
    if bytes.len() > MAX_BYTES {
        return Err(Problem::new(
            "",
            Rule::TooLarge,
            format!("the file is {} bytes; the limit is {} bytes (64 MiB)", bytes.len(), MAX_BYTES),
            format!("ファイルが {} バイトあり、上限の {} バイト（64 MiB）を超えています", bytes.len(), MAX_BYTES),
        ));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) || looks_utf16(bytes) {
        return Err(Problem::new(
            "",
            Rule::Encoding,
            "the file is UTF-16; save it as UTF-8 (Excel: \"CSV UTF-8\" or a UTF-8 JSON export)",
            "ファイルが UTF-16 です。UTF-8 で保存し直してください",
        ));
    }
    let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    if let Ok(text) = simdutf8::basic::from_utf8(body) {
        return Ok(text);
    }
    std::str::from_utf8(body).map_err(|e| {
        let at = e.valid_up_to() + (bytes.len() - body.len());
        Problem::new(
            "",
            Rule::Encoding,
            format!(
                "the file is not UTF-8 (invalid byte 0x{:02X} at byte offset {at}); Shift_JIS and Latin-1 files must be re-saved as UTF-8",
                bytes.get(at).copied().unwrap_or(0)
            ),
            format!("UTF-8 ではありません（先頭から {at} バイトの位置に不正なバイト）。Shift_JIS 等は UTF-8 で保存し直してください"),
        )
    })
}

/// UTF-16 without a BOM: JSON starts with ASCII, so every other byte of the first few is zero.
fn looks_utf16(bytes: &[u8]) -> bool {
    bytes.len() >= 4 && ((bytes[0] == 0 && bytes[2] == 0) || (bytes[1] == 0 && bytes[3] == 0))
}

/// Explains a failed typed parse: a syntax problem alone, or a wrong format/version alone, or every
/// structural problem the field-by-field pass can find.
fn structural(text: &str, first_path: &str, first: &serde_json::Error) -> Vec<Problem> {
    // serde_json reports a number or null where a choice (an enum) belongs as a syntax error,
    // although the text is valid JSON: that one is a data problem, located by the pass below.
    let misreported_choice = first.is_syntax()
        && strip_position(&first.to_string()) == "expected value"
        && serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok();
    if !first.is_data() && !misreported_choice {
        return vec![syntax_problem(text, first)];
    }
    // The field-by-field pass splits the text into raw slices and decodes each with the same
    // deserializer type as the fast path, so no second copy of the decoding code is compiled.
    let obj = match serde_json::from_str::<Obj<'_>>(text) {
        Ok(obj) => obj,
        Err(e) if e.is_data() => {
            if let Err(e) = serde_json::from_str::<serde::de::IgnoredAny>(text) {
                return vec![syntax_problem(text, &e)];
            }
            return vec![Problem::new(
                "",
                Rule::Type,
                "the file must hold a JSON object (a snapshot export)",
                "ファイルの中身は JSON オブジェクト（スナップショット）でなければなりません",
            )];
        }
        Err(e) => return vec![syntax_problem(text, &e)],
    };
    let obj = &obj;
    let header = header_problems(obj);
    if !header.is_empty() {
        return header;
    }
    let mut out = Vec::new();
    collect_snapshot(obj, &mut out);
    let firstp = data_problem(first_path, first);
    if !out.iter().any(|p| p.path == firstp.path && p.en == firstp.en) {
        // e.g. a duplicate key, which the field-by-field pass over a parsed tree cannot see.
        out.insert(0, firstp);
    }
    out
}

/// A JSON object as raw slices of the text, by key (the fast path has already reported duplicates).
type Obj<'a> = BTreeMap<String, &'a RawValue>;

/// The raw text of a value, shortened for a message.
fn shown(raw: &RawValue) -> String {
    let t = raw.get().trim();
    if t.chars().count() > 60 { format!("{}…", t.chars().take(60).collect::<String>()) } else { t.to_owned() }
}

/// Problems with `format` and `version`, which decide whether the rest can be read at all.
fn header_problems(obj: &Obj<'_>) -> Vec<Problem> {
    let mut out = Vec::new();
    match obj.get("format") {
        Some(v) if serde_json::from_str::<String>(v.get()).is_ok_and(|s| s == FORMAT) => {}
        Some(v) => {
            let v = shown(v);
            out.push(Problem::new(
                "format",
                Rule::Format,
                format!("unknown format {v}; this dashboard reads \"{FORMAT}\" files"),
                format!("未知のフォーマット {v} です。このダッシュボードが読めるのは \"{FORMAT}\" です"),
            ));
        }
        None => out.push(Problem::new(
            "format",
            Rule::Format,
            format!("no `format` field: this is not a \"{FORMAT}\" export"),
            format!("`format` がありません。\"{FORMAT}\" のエクスポートではありません"),
        )),
    }
    let supported = SUPPORTED_VERSIONS.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
    match obj.get("version") {
        Some(v)
            if serde_json::from_str::<u64>(v.get())
                .is_ok_and(|v| SUPPORTED_VERSIONS.iter().any(|s| u64::from(*s) == v)) => {}
        Some(v) => {
            let v = shown(v);
            out.push(Problem::new(
                "version",
                Rule::Version,
                format!("version {v} is not supported; supported versions: {supported}"),
                format!("バージョン {v} には対応していません。対応バージョン: {supported}"),
            ));
        }
        None => out.push(Problem::new(
            "version",
            Rule::Version,
            format!("no `version` field; supported versions: {supported}"),
            format!("`version` がありません。対応バージョン: {supported}"),
        )),
    }
    out
}

fn syntax_problem(text: &str, e: &serde_json::Error) -> Problem {
    let (line, col) = (e.line(), e.column());
    let msg = strip_position(&e.to_string());
    let (en, ja) = if e.is_eof() {
        (
            format!("the file ends too early (truncated?) at line {line}, column {col}"),
            format!("ファイルが途中で終わっています（{line} 行 {col} 桁、切り詰められた可能性）"),
        )
    } else if msg.contains("number out of range") {
        return Problem::new(
            "",
            Rule::Range,
            format!("number out of range (too large for any value of the format) at line {line}, column {col}"),
            format!("数値が大きすぎます（範囲外、{line} 行 {col} 桁）"),
        );
    } else if msg.contains("expected value") && near_nan(text, line, col) {
        (
            format!("`NaN` and `Infinity` are not JSON; write a number, at line {line}, column {col}"),
            format!("NaN や Infinity は JSON では使えません。数値を書いてください（{line} 行 {col} 桁）"),
        )
    } else if msg.contains("recursion limit") {
        (
            format!("the JSON nests too deeply at line {line}, column {col}"),
            format!("JSON の入れ子が深すぎます（{line} 行 {col} 桁）"),
        )
    } else {
        let (what_en, what_ja) = syntax_words(&msg);
        (
            format!("not valid JSON at line {line}, column {col}: {what_en}"),
            format!("JSON として正しくありません（{line} 行 {col} 桁）: {what_ja}"),
        )
    };
    Problem::new("", Rule::Syntax, en, ja)
}

/// What serde_json's syntax error (its message without the position) means, in the project's words.
fn syntax_words(msg: &str) -> (&'static str, &'static str) {
    const WORDS: &[(&str, &str, &str)] = &[
        ("trailing comma", "a comma before a closing bracket", "閉じかっこの直前に余分な `,` があります"),
        ("trailing characters", "more text after the end of the document", "データの終わりの後に余分な文字があります"),
        (
            "invalid escape",
            "a backslash escape JSON does not have (write a backslash as \\\\)",
            "JSON にないエスケープ（\\ の後の文字）です。\\ そのものは \\\\ と書いてください",
        ),
        (
            "control character",
            "a raw control character inside text (a tab or line break?); write it as \\t or \\n",
            "文字列の中に制御文字（タブ・改行など）があります。\\t や \\n と書いてください",
        ),
        (
            "hex escape",
            "a \\u escape that is not a character (half of a surrogate pair?)",
            "文字にならない \\u エスケープです（サロゲートペアの片方だけ？）",
        ),
        (
            "unicode code point",
            "a \\u escape that is not a character (half of a surrogate pair?)",
            "文字にならない \\u エスケープです（サロゲートペアの片方だけ？）",
        ),
        ("invalid number", "a number written in a way JSON does not allow", "JSON で使えない数値の書き方です"),
        ("expected `:`", "a `:` is missing after a key", "キーの後の `:` がありません"),
        ("expected `,` or `]`", "a `,` or `]` is missing in a list", "配列の中で `,` か `]` が抜けています"),
        ("expected `,` or `}`", "a `,` or `}` is missing in an object", "オブジェクトの中で `,` か `}` が抜けています"),
        ("key must be", "a key must be text in double quotes", "キーは \"…\" で囲んだ文字列にしてください"),
        ("expected `\"`", "a key must be text in double quotes", "キーは \"…\" で囲んだ文字列にしてください"),
        (
            "expected ident",
            "not a JSON value (text needs double quotes; true, false and null are lowercase)",
            "JSON の値ではありません（文字列は \"…\" で囲み、true / false / null は小文字）",
        ),
        (
            "expected value",
            "not a JSON value (text needs double quotes; true, false and null are lowercase)",
            "JSON の値ではありません（文字列は \"…\" で囲み、true / false / null は小文字）",
        ),
    ];
    WORDS
        .iter()
        .find(|(serde, _, _)| msg.contains(serde))
        .map(|(_, en, ja)| (*en, *ja))
        .unwrap_or(("the text cannot be read as JSON here", "ここで JSON として読めなくなります"))
}

/// Whether a syntax error at (line, column) sits on a `NaN` or `Infinity` literal.
fn near_nan(text: &str, line: usize, col: usize) -> bool {
    let Some(l) = text.lines().nth(line.saturating_sub(1)) else { return false };
    let b = l.as_bytes();
    let from = col.saturating_sub(12).min(b.len());
    let to = (col + 10).min(b.len());
    let window = String::from_utf8_lossy(&b[from..to]);
    window.contains("NaN") || window.contains("Infinity")
}

fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_owned(),
        None => msg.to_owned(),
    }
}

/// Turns a serde data error at `path` into a bilingual problem.
fn data_problem(path: &str, e: &serde_json::Error) -> Problem {
    let msg = strip_position(&e.to_string());
    let (rule, en, ja) = translate(&msg);
    let mut path = path.to_owned();
    // serde reports missing/unknown/duplicate fields at the object; name the field in the path.
    if let (Rule::Missing | Rule::Unknown | Rule::DuplicateKey, Some(field)) = (rule, backticked(&msg))
        && !(path == field || path.ends_with(&format!(".{field}")))
    {
        path = join(&path, field);
    }
    Problem::new(path, rule, en, ja)
}

fn backticked(msg: &str) -> Option<&str> {
    let start = msg.find('`')? + 1;
    let len = msg[start..].find('`')?;
    Some(&msg[start..start + len])
}

/// The names serde lists after ", expected" (`a`, `b` or `c`), as "`a`, `b`, `c`".
fn expected_list(msg: &str) -> String {
    let tail = msg.split_once(", expected").map(|(_, e)| e).unwrap_or("");
    let names: Vec<&str> = tail.split('`').skip(1).step_by(2).collect();
    names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
}

/// What a field needs, from serde's description of the Rust type it decodes into: (English, Japanese).
/// Anything not recognised gets a neutral wording rather than a Rust type name.
fn expected_words(expected: &str) -> (&'static str, &'static str) {
    const LIST: (&str, &str) = ("a list [ … ]", "配列 [ … ]");
    const OBJECT: (&str, &str) = ("an object { … }", "オブジェクト { … }");
    match expected.trim() {
        "u8" => ("a whole number from 0 to 255", "0〜255 の整数"),
        "u16" => ("a whole number from 0 to 65535", "0〜65535 の整数"),
        "u32" => ("a whole number from 0 to 4294967295", "0〜4294967295 の整数"),
        "u64" | "u128" | "usize" => ("a whole number ≥ 0", "0 以上の整数"),
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => ("a whole number", "整数"),
        "f32" | "f64" => ("a number", "数値"),
        "a string" | "string" | "a borrowed string" | "a char" | "char" => ("text in double quotes", "文字列（\"…\"）"),
        "a boolean" | "boolean" | "bool" => ("true or false", "true または false"),
        "a sequence" | "sequence" => LIST,
        "a map" | "map" => OBJECT,
        "unit" | "unit value" | "null" => ("null", "null"),
        "a date string YYYY-MM-DD" => ("a date \"YYYY-MM-DD\"", "\"YYYY-MM-DD\" 形式の日付"),
        "a quarter string YYYYQn" => ("a quarter such as \"2026Q3\"", "\"2026Q3\" のような四半期"),
        e if e.starts_with("struct ") => OBJECT,
        e if e.starts_with("tuple") || e.starts_with("an array") || e.contains("elements") => LIST,
        e if e.starts_with("enum ") || e.contains("variant") => ("one of the allowed values", "決められた値のいずれか"),
        _ => ("a value of another kind", "別の種類の値"),
    }
}

/// What was found instead, from serde's description of the JSON value: (English, Japanese).
fn found_words(found: &str) -> (String, String) {
    let found = found.trim();
    let value = |prefix: &str| found.strip_prefix(prefix).map(|v| v.trim().trim_matches('`').to_owned());
    if let Some(v) = found.strip_prefix("string ") {
        return (format!("text {v}"), format!("文字列 {v}"));
    }
    if let Some(v) = value("integer ").or_else(|| value("floating point ")) {
        return (format!("the number {v}"), format!("数値 {v}"));
    }
    if let Some(v) = value("boolean ") {
        return (v.clone(), v);
    }
    if let Some(v) = value("character ") {
        return (format!("text \"{v}\""), format!("文字列 \"{v}\""));
    }
    let (en, ja) = match found {
        "sequence" => ("a list", "配列"),
        "map" => ("an object", "オブジェクト"),
        "unit value" | "null" | "Option value" => ("null", "null"),
        _ => ("a value of another kind", "別の種類の値"),
    };
    (en.to_owned(), ja.to_owned())
}

/// The value in serde's description of a number (`integer `-30``), backticked.
fn shown_value(found: &str) -> String {
    match found.split_once('`') {
        Some((_, v)) => format!("`{}`", v.trim_end_matches('`')),
        None => found_words(found).0,
    }
}

/// serde's message for a data error → the rule and the project's own English and Japanese message.
/// No serde or Rust wording (type names, "invalid type") reaches the user: what is not recognised
/// gets a neutral message.
fn translate(msg: &str) -> (Rule, String, String) {
    let field = backticked(msg).unwrap_or("?");
    if msg.starts_with("missing field") {
        (
            Rule::Missing,
            format!("required field `{field}` is missing"),
            format!("必須のフィールド `{field}` がありません"),
        )
    } else if msg.starts_with("unknown field") {
        let expected = expected_list(msg);
        (
            Rule::Unknown,
            format!("unknown field `{field}` (a typo?); expected one of {expected}"),
            format!("フォーマットにないフィールド `{field}` です（入力ミス？）。使えるのは {expected}"),
        )
    } else if msg.starts_with("duplicate field") {
        (
            Rule::DuplicateKey,
            format!("key `{field}` appears twice in one object"),
            format!("キー `{field}` が同じオブジェクトに2回あります"),
        )
    } else if msg.starts_with("unknown variant") {
        let expected = expected_list(msg);
        (
            Rule::Type,
            format!("`{field}` is not an allowed value; expected one of {expected}"),
            format!("`{field}` は使えない値です。使える値: {expected}"),
        )
    } else if let Some(rest) = msg.strip_prefix("invalid type: ") {
        let (found, expected) = rest.rsplit_once(", expected ").unwrap_or((rest, ""));
        let (found_en, found_ja) = found_words(found);
        let (exp_en, exp_ja) = expected_words(expected);
        (
            Rule::Type,
            format!("wrong type: found {found_en}, expected {exp_en}"),
            format!("型が違います（{exp_ja} が必要ですが、{found_ja} でした）"),
        )
    } else if let Some(rest) = msg.strip_prefix("invalid value: ") {
        let (found, expected) = rest.rsplit_once(", expected ").unwrap_or((rest, ""));
        let value = shown_value(found);
        let (exp_en, exp_ja) = expected_words(expected);
        (
            Rule::Range,
            format!("{value} is out of range; expected {exp_en}"),
            format!("{value} は範囲外です（{exp_ja} が必要です）"),
        )
    } else if let Some(rest) = msg.strip_prefix("invalid length ") {
        let (n, expected) = rest.rsplit_once(", expected ").unwrap_or((rest, ""));
        let (exp_en, exp_ja) = expected_words(expected);
        if expected.starts_with("struct ") {
            // serde reads a struct from a list too, and then complains about the list's length.
            (
                Rule::Type,
                format!("wrong type: found a list, expected {exp_en}"),
                format!("型が違います（{exp_ja} が必要ですが、配列 でした）"),
            )
        } else {
            (
                Rule::Type,
                format!("wrong number of items ({n}); expected {exp_en}"),
                format!("要素の数（{n} 個）が違います（{exp_ja} が必要です）"),
            )
        }
    } else if msg.starts_with("expected value") {
        // serde_json's answer to a number, list or null where a choice (an enum) belongs.
        (
            Rule::Type,
            "wrong type: expected one of the allowed values, as text in double quotes".to_owned(),
            "型が違います（決められた値を \"…\" で囲んだ文字列で書いてください）".to_owned(),
        )
    } else if msg.contains("is not a real calendar date") {
        (Rule::Date, msg.to_owned(), format!("存在しない日付です: {field}"))
    } else if msg.contains("is not a date of the form") {
        (Rule::Type, msg.to_owned(), format!("`{field}` は YYYY-MM-DD 形式の日付ではありません"))
    } else if msg.contains("is not a quarter of the form") {
        (Rule::Type, msg.to_owned(), format!("`{field}` は 2026Q3 のような四半期の形式ではありません"))
    } else if msg.contains("number out of range") {
        (Rule::Range, "number out of range".to_owned(), "数値が大きすぎます（範囲外）".to_owned())
    } else {
        (
            Rule::Type,
            "this value does not fit the format here".to_owned(),
            "この位置の値はフォーマットに合いません".to_owned(),
        )
    }
}

/// Decodes one slice of the text as `T` and reports its first problem, located under `path`.
fn decode_at<T: DeserializeOwned>(raw: &RawValue, path: &str, out: &mut Vec<Problem>) {
    if let Err(e) = serde_json::from_str::<T>(raw.get()) {
        let inner = error_path(raw.get(), &e);
        let full = if inner.is_empty() {
            path.to_owned()
        } else if inner.starts_with('[') {
            format!("{path}{inner}")
        } else {
            join(path, &inner)
        };
        out.push(data_problem(&full, &e));
    }
}

fn required<T: DeserializeOwned>(obj: &Obj<'_>, key: &str, base: &str, out: &mut Vec<Problem>) {
    let path = join(base, key);
    match obj.get(key) {
        Some(v) => decode_at::<T>(v, &path, out),
        None => out.push(Problem::new(
            path,
            Rule::Missing,
            format!("required field `{key}` is missing"),
            format!("必須のフィールド `{key}` がありません"),
        )),
    }
}

fn optional<T: DeserializeOwned>(obj: &Obj<'_>, key: &str, base: &str, out: &mut Vec<Problem>) {
    if let Some(v) = obj.get(key) {
        decode_at::<Option<T>>(v, &join(base, key), out);
    }
}

/// A required array, decoded element by element so that every bad element is reported.
fn each<T: DeserializeOwned>(obj: &Obj<'_>, key: &str, base: &str, out: &mut Vec<Problem>) {
    let path = join(base, key);
    match obj.get(key) {
        Some(v) => match serde_json::from_str::<Vec<&RawValue>>(v.get()) {
            Ok(items) => {
                for (i, item) in items.iter().enumerate() {
                    decode_at::<T>(item, &format!("{path}[{i}]"), out);
                }
            }
            Err(_) => decode_at::<Vec<T>>(v, &path, out),
        },
        None => required::<Vec<T>>(obj, key, base, out),
    }
}

/// An optional array (absent: empty), decoded element by element like [`each`].
fn each_optional<T: DeserializeOwned>(obj: &Obj<'_>, key: &str, base: &str, out: &mut Vec<Problem>) {
    if obj.contains_key(key) {
        each::<T>(obj, key, base, out);
    }
}

fn unknown_keys(obj: &Obj<'_>, known: &[&str], base: &str, out: &mut Vec<Problem>) {
    for key in obj.keys().filter(|k| !known.contains(&k.as_str())) {
        let expected = known.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ");
        out.push(Problem::new(
            join(base, key),
            Rule::Unknown,
            format!("unknown field `{key}` (a typo?); expected one of {expected}"),
            format!("フォーマットにないフィールド `{key}` です（入力ミス？）。使えるのは {expected}"),
        ));
    }
}

/// Field names of [`Snapshot`], in order.
pub const SNAPSHOT_FIELDS: &[&str] = &[
    "format",
    "version",
    "as_of",
    "language",
    "organisation",
    "risk_matrix",
    "quarters",
    "before_first_quarter",
    "reference_profiles",
];

/// Field names of [`QuarterRecord`], in order.
pub const QUARTER_FIELDS: &[&str] = &[
    "quarter",
    "checksheet",
    "kpi_targets",
    "budget",
    "workforce",
    "trainings",
    "tests",
    "incidents",
    "assessments",
    "findings",
    "assets",
    "risks",
    "pdca",
    "reports",
    "audits",
    "partners",
    "information_sharing",
    "emergency",
    "disclosure",
    "governance",
    "board_decisions",
    "directives",
    "actions",
    "training_scope",
    "vulnerabilities",
    "business_impact",
];

fn collect_snapshot(obj: &Obj<'_>, out: &mut Vec<Problem>) {
    unknown_keys(obj, SNAPSHOT_FIELDS, "", out);
    required::<crate::calendar::Date>(obj, "as_of", "", out);
    optional::<Language>(obj, "language", "", out);
    required::<Organisation>(obj, "organisation", "", out);
    required::<RiskMatrix>(obj, "risk_matrix", "", out);
    match obj.get("quarters").map(|v| serde_json::from_str::<Vec<&RawValue>>(v.get())) {
        Some(Ok(qs)) => {
            for (i, q) in qs.iter().enumerate() {
                let path = format!("quarters[{i}]");
                match serde_json::from_str::<Obj<'_>>(q.get()) {
                    Ok(q) => collect_quarter(&q, &path, out),
                    Err(_) => decode_at::<QuarterRecord>(q, &path, out),
                }
            }
        }
        _ => required::<Vec<QuarterRecord>>(obj, "quarters", "", out),
    }
    optional::<BeforeFirstQuarter>(obj, "before_first_quarter", "", out);
    if obj.contains_key("reference_profiles") {
        each::<ReferenceProfile>(obj, "reference_profiles", "", out);
    }
}

fn collect_quarter(q: &Obj<'_>, base: &str, out: &mut Vec<Problem>) {
    unknown_keys(q, QUARTER_FIELDS, base, out);
    required::<crate::calendar::Quarter>(q, "quarter", base, out);
    each::<CheckAssessment>(q, "checksheet", base, out);
    required::<KpiTargets>(q, "kpi_targets", base, out);
    required::<Budget>(q, "budget", base, out);
    required::<Workforce>(q, "workforce", base, out);
    each::<Training>(q, "trainings", base, out);
    each::<ComprehensionTest>(q, "tests", base, out);
    each::<Incident>(q, "incidents", base, out);
    each::<Assessment>(q, "assessments", base, out);
    each::<Finding>(q, "findings", base, out);
    each::<Asset>(q, "assets", base, out);
    each::<Risk>(q, "risks", base, out);
    each::<PdcaCycle>(q, "pdca", base, out);
    each::<ExecutiveReport>(q, "reports", base, out);
    each::<Audit>(q, "audits", base, out);
    each::<Partner>(q, "partners", base, out);
    required::<InformationSharing>(q, "information_sharing", base, out);
    required::<EmergencyReadiness>(q, "emergency", base, out);
    required::<DisclosureReadiness>(q, "disclosure", base, out);
    optional::<Governance>(q, "governance", base, out);
    each_optional::<BoardDecision>(q, "board_decisions", base, out);
    each_optional::<Directive>(q, "directives", base, out);
    each_optional::<Action>(q, "actions", base, out);
    if q.contains_key("training_scope") {
        each::<TrainingScope>(q, "training_scope", base, out);
    }
    optional::<Vulnerabilities>(q, "vulnerabilities", base, out);
    optional::<BusinessImpact>(q, "business_impact", base, out);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(bytes: &[u8]) -> Vec<Problem> {
        load(bytes).unwrap_err().0
    }

    #[test]
    fn rejects_encodings_and_size() {
        let p = problems(b"\xFF\xFE{\x00}\x00");
        assert_eq!(p[0].rule, Rule::Encoding);
        let p = problems(b"{\"format\": \"caf\xE9\"}");
        assert_eq!(p[0].rule, Rule::Encoding);
        assert!(p[0].en.contains("byte offset 15"), "{}", p[0].en);
        let big = vec![b' '; MAX_BYTES + 1];
        assert_eq!(problems(&big)[0].rule, Rule::TooLarge);
    }

    #[test]
    fn syntax_errors_are_located() {
        let p = problems(b"{\"format\": \"csm-snapshot\", ");
        assert_eq!(p[0].rule, Rule::Syntax);
        assert!(p[0].en.contains("truncated"));
        let p = problems(b"{\"version\": NaN}");
        assert_eq!(p[0].rule, Rule::Syntax);
        assert!(p[0].en.contains("line 1"));
        let deep = "[".repeat(10_000);
        assert_eq!(problems(deep.as_bytes())[0].rule, Rule::Syntax);
    }

    #[test]
    fn format_and_version_come_first() {
        let p = problems(br#"{"format":"other","version":9,"quarters":3}"#);
        assert_eq!(p.len(), 2);
        assert_eq!((p[0].path.as_str(), p[0].rule), ("format", Rule::Format));
        assert_eq!((p[1].path.as_str(), p[1].rule), ("version", Rule::Version));
        assert!(p[1].en.contains("supported versions: 1"));
        let p = problems(b"[1,2]");
        assert_eq!(p[0].rule, Rule::Type);
    }

    #[test]
    fn translates_serde_messages() {
        let (rule, _, ja) = translate("missing field `owner`");
        assert_eq!(rule, Rule::Missing);
        assert!(ja.contains("owner"));
        let (rule, en, ja) = translate("invalid type: string \"x\", expected u8");
        assert_eq!(rule, Rule::Type);
        assert_eq!(en, "wrong type: found text \"x\", expected a whole number from 0 to 255");
        assert_eq!(ja, "型が違います（0〜255 の整数 が必要ですが、文字列 \"x\" でした）");
        let (rule, en, _) = translate("invalid value: integer `300`, expected u8");
        assert_eq!(rule, Rule::Range);
        assert_eq!(en, "`300` is out of range; expected a whole number from 0 to 255");
        let (_, en, ja) = translate("unknown variant `x`, expected `a` or `b`");
        assert_eq!(en, "`x` is not an allowed value; expected one of `a`, `b`");
        assert_eq!(ja, "`x` は使えない値です。使える値: `a`, `b`");
        let (rule, en, _) = translate("something serde says that we do not know");
        assert_eq!((rule, en.as_str()), (Rule::Type, "this value does not fit the format here"));
    }

    /// Fragments of serde's and Rust's wording that must never reach a user.
    pub(crate) const SERDE_WORDING: &[&str] = &[
        "invalid type",
        "invalid value",
        "invalid length",
        "unknown variant",
        "missing field",
        "duplicate field",
        "EOF while",
        "expected value",
        "expected ident",
        "expected `",
        "key must be a string",
        "control character (",
        "hex escape",
        "invalid escape",
        "trailing comma",
        "trailing characters",
        "recursion limit",
        "floating point",
        "unit value",
        "sequence",
        "struct ",
        "enum ",
        "variant identifier",
        "Option value",
        "a borrowed string",
    ];

    /// Rust type names, as whole words.
    const RUST_TYPES: &[&str] = &[
        "u8",
        "u16",
        "u32",
        "u64",
        "u128",
        "usize",
        "i8",
        "i16",
        "i32",
        "i64",
        "i128",
        "isize",
        "f32",
        "f64",
        "bool",
        "String",
        "Vec",
        "Option",
        "BTreeMap",
        "HashMap",
        "QuarterRecord",
        "Snapshot",
    ];

    fn assert_no_serde_wording(input: &str, p: &Problem) {
        for text in [&p.en, &p.ja] {
            for bad in SERDE_WORDING {
                assert!(!text.contains(bad), "{input}: {bad:?} in {text:?}");
            }
            let words: Vec<&str> = text.split(|c: char| !c.is_ascii_alphanumeric()).collect();
            for bad in RUST_TYPES {
                assert!(!words.contains(bad), "{input}: Rust type {bad:?} in {text:?}");
            }
            assert!(!(text.contains("expected") && text.contains(" at line")), "{input}: serde position in {text:?}");
        }
    }

    #[test]
    fn messages_carry_no_serde_wording() {
        let mut snapshot = crate::fixture::snapshot_with(&["2026Q1"], "2026-03-31");
        snapshot.language = Some(Language::Ja);
        snapshot.quarters[0].assets.push(crate::fixture::asset("a1", "資産"));
        snapshot.quarters[0].risks.push(crate::fixture::risk("r1", "a1", (2, 2), (1, 1)));
        let minimal = serde_json::to_string_pretty(&snapshot).unwrap();
        assert!(load(minimal.as_bytes()).is_ok(), "the probe base is valid");
        let swap = |from: &str, to: &str| {
            assert!(minimal.contains(from), "minimal.json lacks {from}");
            minimal.replacen(from, to, 1)
        };
        let inputs = [
            // Syntax: each of serde_json's syntax errors.
            "{\"format\": \"a\\qb\"}".to_owned(),
            "{\"format\": \"a\u{1}b\"}".to_owned(),
            "{\"format\": \"\\ud800\"}".to_owned(),
            "{\"format\": \"\\ud800\\u0041\"}".to_owned(),
            "{\"format\" \"x\"}".to_owned(),
            "{\"format\": \"x\" \"version\": 1}".to_owned(),
            "[1 2]".to_owned(),
            "{format: 1}".to_owned(),
            "{\"format\": tru}".to_owned(),
            "{\"format\": -}".to_owned(),
            "{\"format\": 01}".to_owned(),
            "{\"format\": [1,]}".to_owned(),
            "{} x".to_owned(),
            "{\"format\": \"x\"".to_owned(),
            "[".repeat(200),
            // Data: wrong types, unknown variants, missing fields, lengths, ranges.
            swap("\"employees\": ", "\"employees\": true, \"x_\": "),
            swap("\"employees\": ", "\"employees\": 1.5, \"x_\": "),
            swap("\"employees\": ", "\"employees\": -1, \"x_\": "),
            swap("\"employees\": ", "\"employees\": null, \"x_\": "),
            swap("\"employees\": ", "\"employees\": [1], \"x_\": "),
            swap("\"employees\": ", "\"employees\": {}, \"x_\": "),
            swap("\"organisation\": ", "\"organisation\": 5, \"x_\": "),
            swap("\"organisation\": ", "\"organisation\": null, \"x_\": "),
            swap("\"organisation\": ", "\"organisation\": \"acme\", \"x_\": "),
            swap("\"quarters\": [", "\"quarters\": [5, "),
            swap("\"quarters\": [", "\"quarters\": [[], "),
            swap("\"risk_matrix\": ", "\"risk_matrix\": [], \"x_\": "),
            swap("\"treatment\": \"", "\"treatment\": 3, \"x_\": \""),
            swap("\"treatment\": \"", "\"treatment\": {\"reduce\": 1}, \"x_\": \""),
            swap("\"treatment\": \"", "\"treatment\": null, \"x_\": \""),
            swap("\"treatment\": \"", "\"treatment\": \"x\", \"x_\": \""),
            swap("\"as_of\": ", "\"as_of\": 20260520, \"x_\": "),
            swap("\"quarter\": ", "\"quarter\": 2026.1, \"x_\": "),
            swap("\"confidentiality\": ", "\"confidentiality\": 300, \"x_\": "),
            swap("\"loss_magnitude_yen\": ", "\"loss_magnitude_yen\": -5, \"x_\": "),
            swap("\"annual_frequency\": ", "\"annual_frequency\": \"often\", \"x_\": "),
            swap("\"language\": ", "\"language\": 1, \"x_\": "),
            swap("\"format\": ", "\"format\": \"csm-snapshot\", \"format\": "),
            swap("\"checksheet\": [", "\"checksheet\": {\"a\": 1}, \"x_\": ["),
        ];
        let mut seen = std::collections::HashSet::new();
        for input in &inputs {
            let Err(problems) = load(input.as_bytes()) else { panic!("accepted: {input:.80}") };
            for p in problems.iter() {
                assert_no_serde_wording(&input.chars().take(80).collect::<String>(), p);
                seen.insert(p.rule);
            }
        }
        for rule in [Rule::Syntax, Rule::Type, Rule::Range, Rule::Unknown, Rule::DuplicateKey] {
            assert!(seen.contains(&rule), "no probe gave a {rule:?} problem");
        }
    }
}
