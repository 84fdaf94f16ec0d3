//! Properties of the loader on hostile input: it never panics, it never says "no" without saying why,
//! and it locates a wrong value at its field. Seeds come from `valid/minimal.json`. The module takes
//! about 20 s of CPU in a debug build.
//!
//! Truncation: loading every one of minimal.json's ~24,000 prefixes takes about 40 s in a debug build,
//! so by default [`truncations_are_rejected`] loads every prefix that ends in the first 4 KiB or the
//! last 512 bytes (the header, the matrix, the start of the first quarter and all the closing
//! brackets) and 500 random ones in between. `CSM_EXHAUSTIVE=1` loads every prefix (use it with
//! `--release`).

#![cfg(test)] // test code: helpers may panic (expect) like the tests they serve

use std::sync::OnceLock;

use proptest::prelude::*;

use crate::fixtures::{load_no_panic, minimal_bytes};

fn minimal() -> &'static [u8] {
    static MINIMAL: OnceLock<Vec<u8>> = OnceLock::new();
    MINIMAL.get_or_init(minimal_bytes)
}

/// Checks the loader's contract on `bytes`: no panic, and an error carries at least one problem with a
/// rule code and messages in both languages.
fn check(bytes: &[u8]) -> Result<(), TestCaseError> {
    let result = load_no_panic(bytes).map_err(|panic| TestCaseError::fail(format!("the loader panicked: {panic}")))?;
    if let Err(problems) = &result {
        prop_assert!(!problems.is_empty(), "an error without a problem");
        for p in problems {
            prop_assert!(!p.rule.code().is_empty());
            prop_assert!(!p.en.trim().is_empty() && !p.ja.trim().is_empty(), "a problem without a message: {:?}", p);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    /// Arbitrary bytes: Ok or located problems, never a panic.
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        check(&bytes)?;
    }

    /// JSON-looking noise (the loader's parser paths, not just its encoding check).
    #[test]
    fn json_like_text_never_panics(text in r#"[{}\[\]",:0-9a-z_ .eE+\-\\]{0,200}"#) {
        check(text.as_bytes())?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// One byte of minimal.json replaced by any byte: no panic; an error always says why.
    #[test]
    fn one_mutated_byte_never_panics(index in 0..minimal().len(), byte in any::<u8>()) {
        let mut bytes = minimal().to_vec();
        bytes[index] = byte;
        check(&bytes)?;
    }

    /// A run of minimal.json deleted: no panic.
    #[test]
    fn deleted_span_never_panics(start in 0..minimal().len(), len in 1usize..64) {
        let mut bytes = minimal().to_vec();
        let end = (start + len).min(bytes.len());
        bytes.drain(start..end);
        check(&bytes)?;
    }

    /// Any JSON value in place of one field's value: no panic; errors are located.
    #[test]
    fn any_value_at_any_field_never_panics(pick in any::<prop::sample::Index>(), value in json_value()) {
        let (doc, slots) = minimal_tree();
        let mut doc = doc.clone();
        let pointer: &String = pick.get(slots);
        *doc.pointer_mut(pointer).expect("a listed pointer") = value;
        let bytes = serde_json::to_vec(&doc).expect("serialises");
        check(&bytes)?;
    }
}

/// Truncations of minimal.json are rejected with a problem (except those that only drop trailing
/// whitespace), and never panic.
#[test]
fn truncations_are_rejected() {
    let full = minimal();
    let complete = full.trim_ascii_end().len();
    let cuts: Vec<usize> = if std::env::var_os("CSM_EXHAUSTIVE").is_some_and(|v| v == "1") {
        (0..full.len()).collect()
    } else {
        let head = 4096.min(full.len());
        let tail = full.len().saturating_sub(512).max(head);
        let mut cuts: Vec<usize> = (0..head).chain(tail..full.len()).collect();
        // xorshift64: reproducible offsets without a seed to manage.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..500 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            if tail > head {
                cuts.push(head + (x % (tail - head) as u64) as usize);
            }
        }
        cuts
    };
    let mut accepted = Vec::new();
    for cut in cuts {
        let prefix = &full[..cut];
        match load_no_panic(prefix) {
            Err(panic) => panic!("the loader panicked on the first {cut} bytes: {panic}"),
            Ok(Ok(_)) if cut >= complete => {}
            Ok(Ok(_)) => accepted.push(cut),
            Ok(Err(problems)) => assert!(!problems.is_empty(), "no problem for the first {cut} bytes"),
        }
    }
    assert!(accepted.is_empty(), "truncations accepted as valid: {accepted:?}");
}

/// A value of the wrong kind at any field of minimal.json, a field removed or renamed: when the typed
/// parse rejects the text, a problem is located at that field or inside it. The loader locates serde's
/// errors from where the parser stopped (`core/src/snapshot/json_path.rs`); this pins the paths it
/// finds, in compact and in pretty-printed text.
#[test]
fn wrong_values_are_located_at_their_field() {
    use serde_json::{Value, json};
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
        json!({"a": 1}),
        json!("2026-02-30"),
    ];
    let (doc, slots) = minimal_tree();
    let mut located = 0;
    let mut check = |m: &Value, at: &str, pretty: bool| {
        let text = if pretty { serde_json::to_vec_pretty(m) } else { serde_json::to_vec(m) }.expect("serialises");
        if serde_json::from_slice::<csm_core::snapshot::Snapshot>(&text).is_ok() {
            return;
        }
        let problems = csm_core::snapshot::load(&text).expect_err("the typed parse failed");
        let inside =
            |p: &str| p == at || p.strip_prefix(at).is_some_and(|rest| at.is_empty() || rest.starts_with(['.', '[']));
        assert!(
            problems.iter().any(|p| inside(&p.path)),
            "nothing located at {at}: {:?}",
            problems.iter().map(|p| (&p.path, &p.en)).collect::<Vec<_>>()
        );
        located += 1;
    };
    for (n, pointer) in slots.iter().enumerate() {
        let at = loader_path(doc, pointer);
        let pretty = n % 2 == 0;
        // One wrong value per field, in turn (every kind meets fields of every type).
        let mut m = doc.clone();
        *m.pointer_mut(pointer).expect("a listed pointer") = wrong[n % wrong.len()].clone();
        check(&m, &at, pretty);
        if let Some(Value::Object(fields)) = doc.pointer(pointer) {
            for key in fields.keys() {
                let mut m = doc.clone();
                let value = object_at(&mut m, pointer).remove(key).expect("the key");
                check(&m, &at, !pretty);
                object_at(&mut m, pointer).insert(format!("{key}_x"), value);
                check(&m, &at, pretty);
            }
        }
    }
    assert!(located > 2000, "only {located} rejected texts");
}

fn object_at<'a>(doc: &'a mut serde_json::Value, pointer: &str) -> &'a mut serde_json::Map<String, serde_json::Value> {
    doc.pointer_mut(pointer).and_then(serde_json::Value::as_object_mut).expect("an object")
}

/// The loader's path (`quarters[0].risks[1].owner`) of a JSON pointer into `doc`.
fn loader_path(doc: &serde_json::Value, pointer: &str) -> String {
    let mut out = String::new();
    let mut v = doc;
    for token in pointer.split('/').skip(1) {
        let key = token.replace("~1", "/").replace("~0", "~");
        match v {
            serde_json::Value::Array(a) => {
                let i: usize = key.parse().expect("an index");
                out.push_str(&format!("[{i}]"));
                v = &a[i];
            }
            _ => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(&key);
                v = &v[key.as_str()];
            }
        }
    }
    out
}

/// minimal.json as a JSON tree, and the JSON pointer of every value inside it.
fn minimal_tree() -> &'static (serde_json::Value, Vec<String>) {
    static TREE: OnceLock<(serde_json::Value, Vec<String>)> = OnceLock::new();
    TREE.get_or_init(|| {
        let doc: serde_json::Value = serde_json::from_slice(minimal()).expect("minimal.json is JSON");
        let mut slots = Vec::new();
        pointers(&doc, String::new(), &mut slots);
        (doc, slots)
    })
}

/// JSON pointers of every value inside `v` (not the root).
fn pointers(v: &serde_json::Value, at: String, out: &mut Vec<String>) {
    let children: Vec<(String, &serde_json::Value)> = match v {
        serde_json::Value::Object(m) => m.iter().map(|(k, v)| (k.replace('~', "~0").replace('/', "~1"), v)).collect(),
        serde_json::Value::Array(a) => a.iter().enumerate().map(|(i, v)| (i.to_string(), v)).collect(),
        _ => Vec::new(),
    };
    for (key, child) in children {
        let p = format!("{at}/{key}");
        out.push(p.clone());
        pointers(child, p, out);
    }
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
        Just(Value::from(0)),
        Just(Value::from(-1)),
        Just(Value::from(1_000_000_000_000_u64)),
        "[a-z0-9()\\-]{0,12}".prop_map(Value::from),
        Just(Value::from("")),
        Just(Value::from("2026-02-30")),
        Just(Value::from("2026Q5")),
        Just(Value::from("(10)-3")),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::btree_map("[a-z_]{1,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}
