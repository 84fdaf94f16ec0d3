//! `docs/snapshot.schema.json` against the Rust types, and the fixtures and samples against the schema.
//!
//! The committed schema must equal `schemars::schema_for!(Snapshot)` pretty-printed with a trailing
//! newline (what `csm schema` prints). After changing the wire types, regenerate it with
//!
//! ```text
//! UPDATE_SCHEMA=1 cargo test -p csm-tests --test suite schema::
//! ```
//!
//! and review the diff. [`schema_and_serde_agree_on_optional_fields`] then checks, without Python, that
//! the schema's `required` lists say what serde does: a field is optional in the schema exactly when
//! serde accepts its absence (tried field by field on `valid/minimal.json`, which must use every
//! property the schema defines). The schema is then checked by an independent validator, Python's `jsonschema`
//! (draft 2020-12, which schemars 1.x emits): the valid fixtures and the samples must pass, and the
//! structurally broken fixtures must fail (the schema encodes types, required and unknown fields and
//! enumerations; ranges, references and dates are the loader's business only). Without `python3` or
//! `jsonschema` these tests fail and say how to install it (`pip install jsonschema`); set
//! `CSM_SKIP_PYTHON=1` to skip them instead.

#![cfg(test)] // test code: helpers may panic (expect) like the tests they serve

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::Command;

use csm_core::snapshot::Snapshot;
use serde_json::{Map, Value};

use crate::fixtures::{fixtures_dir, json_files, minimal_bytes, workspace_dir};

fn schema_path() -> PathBuf {
    workspace_dir().join("docs").join("snapshot.schema.json")
}

fn generated() -> String {
    let schema = schemars::schema_for!(csm_core::snapshot::Snapshot);
    serde_json::to_string_pretty(&schema).expect("the schema serialises") + "\n"
}

/// `docs/reference.schema.json`: the reference file's schema (`csm schema --reference`), pinned the same way.
#[test]
fn committed_reference_schema_matches_the_types() {
    let path = workspace_dir().join("docs").join("reference.schema.json");
    let schema = schemars::schema_for!(csm_core::reference::ReferenceFile);
    let want = serde_json::to_string_pretty(&schema).expect("the schema serialises") + "\n";
    if std::env::var_os("UPDATE_SCHEMA").is_some_and(|v| v == "1") {
        std::fs::write(&path, &want).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    assert!(
        committed == want,
        "{} is out of date: UPDATE_SCHEMA=1 cargo test -p csm-tests --test suite schema::",
        path.display()
    );
}

#[test]
fn committed_schema_matches_the_types() {
    let path = schema_path();
    let want = generated();
    if std::env::var_os("UPDATE_SCHEMA").is_some_and(|v| v == "1") {
        std::fs::write(&path, &want).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
        eprintln!("UPDATED {}", path.display());
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e}\nGenerate it: UPDATE_SCHEMA=1 cargo test -p csm-tests --test suite schema::",
            path.display()
        )
    });
    assert!(
        committed == want,
        "{} is out of date with the Rust types.\nRegenerate it: UPDATE_SCHEMA=1 cargo test -p csm-tests \
         --test suite schema:: (then review the diff)",
        path.display()
    );
}

/// The validator: reads the schema (argv[1]) and a list of instance files (argv[2..]), prints one JSON
/// line per file `{"file", "errors": [[path, message], …]}`.
const VALIDATOR: &str = r#"
import json, sys
from jsonschema import Draft202012Validator
with open(sys.argv[1], encoding="utf-8") as f:
    schema = json.load(f)
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema)
for name in sys.argv[2:]:
    try:
        with open(name, encoding="utf-8-sig") as f:
            instance = json.load(f)
    except Exception as e:
        print(json.dumps({"file": name, "errors": [["", "unreadable: %s" % e]]}))
        continue
    errors = [["/".join(map(str, e.absolute_path)), e.message] for e in validator.iter_errors(instance)]
    print(json.dumps({"file": name, "errors": errors}))
"#;

/// Each file's schema errors (empty when valid), or `None` when Python checks are skipped.
fn python_validate(files: &[PathBuf]) -> Option<Vec<(PathBuf, Vec<String>)>> {
    if std::env::var_os("CSM_SKIP_PYTHON").is_some_and(|v| v == "1") {
        eprintln!("SKIPPED: CSM_SKIP_PYTHON=1, the schema was not checked with Python jsonschema");
        return None;
    }
    const HOW: &str = "install Python 3 and jsonschema (`pip install jsonschema`, or `apt-get install \
                       python3-jsonschema`), or set CSM_SKIP_PYTHON=1 to skip the schema validation";
    let probe = Command::new("python3")
        .args(["-c", "import jsonschema; jsonschema.Draft202012Validator"])
        .output()
        .unwrap_or_else(|e| panic!("cannot run python3 ({e}): {HOW}"));
    assert!(
        probe.status.success(),
        "Python's jsonschema (with draft 2020-12 support) is not available: {}\n{HOW}",
        String::from_utf8_lossy(&probe.stderr).trim()
    );
    let out = Command::new("python3")
        .arg("-c")
        .arg(VALIDATOR)
        .arg(schema_path())
        .args(files)
        .output()
        .unwrap_or_else(|e| panic!("cannot run python3: {e}"));
    assert!(
        out.status.success(),
        "the Python validator failed (is docs/snapshot.schema.json a valid draft 2020-12 schema?):\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("validator output is JSON"))
        .collect();
    assert_eq!(lines.len(), files.len(), "one result per file");
    Some(
        files
            .iter()
            .zip(lines)
            .map(|(file, line)| {
                let errors = line["errors"]
                    .as_array()
                    .expect("errors")
                    .iter()
                    .map(|e| format!("{}: {}", e[0].as_str().unwrap_or(""), e[1].as_str().unwrap_or("")))
                    .collect();
                (file.clone(), errors)
            })
            .collect(),
    )
}

#[test]
fn valid_fixtures_and_samples_satisfy_the_schema() {
    let mut files = json_files(&fixtures_dir().join("valid"));
    for name in ["a-company.json", "b-company.json"] {
        let path = workspace_dir().join("samples").join(name);
        if path.exists() {
            files.push(path);
        } else {
            assert!(
                std::env::var_os("CSM_REQUIRE_SAMPLES").is_none(),
                "{} is missing and CSM_REQUIRE_SAMPLES is set",
                path.display()
            );
            eprintln!("SKIPPED: {} does not exist yet; not checked against the schema", path.display());
        }
    }
    let Some(results) = python_validate(&files) else { return };
    let failures: Vec<String> = results
        .iter()
        .filter(|(_, errors)| !errors.is_empty())
        .map(|(file, errors)| format!("{}:\n  {}", file.display(), errors.join("\n  ")))
        .collect();
    assert!(failures.is_empty(), "schema violations:\n{}", failures.join("\n"));
}

/// The fixtures the schema alone must reject (it is not vacuous): each breaks a type, a required or
/// unknown field, an enumeration or a date/quarter pattern.
const STRUCTURALLY_INVALID: &[&str] = &[
    "type-top-level-array.json",
    "missing-field.json",
    "unknown-field-typo.json",
    "unknown-field-top-level.json",
    "type-wrong.json",
    "type-list-is-object.json",
    "enum-unknown.json",
    "date-malformed.json",
    "quarter-malformed.json",
    "number-negative-unsigned.json",
    "several-structural-problems.json",
];

#[test]
fn structurally_invalid_fixtures_violate_the_schema() {
    let files: Vec<PathBuf> =
        STRUCTURALLY_INVALID.iter().map(|name| fixtures_dir().join("invalid").join(name)).collect();
    let Some(results) = python_validate(&files) else { return };
    let accepted: Vec<String> =
        results.iter().filter(|(_, errors)| errors.is_empty()).map(|(file, _)| file.display().to_string()).collect();
    assert!(accepted.is_empty(), "the schema accepts structurally invalid files: {accepted:?}");
    let several = &results.last().expect("several-structural-problems.json").1;
    assert!(
        several.len() >= 5,
        "the schema should find all 5 structural errors of several-structural-problems.json: {several:?}"
    );
}

/// Walks a document alongside the schema: which (definition, property) pairs it uses, and which of its
/// fields (as index-free paths such as `quarters[].risks[].insurance`) the schema leaves optional.
struct SchemaWalk<'a> {
    defs: &'a Map<String, Value>,
    used: BTreeSet<(String, String)>,
    optional: BTreeSet<String>,
    unknown: Vec<String>,
}

impl<'a> SchemaWalk<'a> {
    /// Follows `$ref`s and the non-null branch of `anyOf` (an `Option`); returns the definition name.
    fn resolve(&self, mut s: &'a Value, mut name: String) -> (String, &'a Value) {
        loop {
            if let Some(r) = s.get("$ref").and_then(Value::as_str) {
                let def = r.strip_prefix("#/$defs/").expect("local $ref");
                name = def.to_owned();
                s = &self.defs[def];
            } else if let Some(branches) = s.get("anyOf").and_then(Value::as_array) {
                s = branches.iter().find(|b| b.get("type") != Some(&Value::from("null"))).expect("a non-null branch");
            } else {
                return (name, s);
            }
        }
    }

    fn walk(&mut self, v: &Value, schema: &'a Value, name: String, path: &str) {
        let (name, s) = self.resolve(schema, name);
        match v {
            Value::Object(map) => {
                let required: Vec<&str> =
                    s["required"].as_array().map(|r| r.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
                for (k, child) in map {
                    let p = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
                    self.used.insert((name.clone(), k.clone()));
                    if !required.contains(&k.as_str()) {
                        self.optional.insert(p.clone());
                    }
                    match s["properties"].get(k) {
                        Some(prop) => self.walk(child, prop, format!("{name}.{k}"), &p),
                        None => self.unknown.push(p),
                    }
                }
            }
            Value::Array(items) => {
                for item in items {
                    self.walk(item, &s["items"], name.clone(), &format!("{path}[]"));
                }
            }
            _ => {}
        }
    }
}

/// Index-free paths of every object key in `v`.
fn key_paths(v: &Value, path: &str, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                let p = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
                out.insert(p.clone());
                key_paths(child, &p, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|item| key_paths(item, &format!("{path}[]"), out)),
        _ => {}
    }
}

/// Removes the key at an index-free path (`quarters[].risks[].insurance`) from every object it reaches.
fn remove_key(v: &mut Value, path: &str) {
    let segments: Vec<&str> = path.split('.').collect();
    remove_at(v, &segments);
}

fn remove_at(v: &mut Value, segments: &[&str]) {
    let (Some((head, rest)), Value::Object(map)) = (segments.split_first(), v) else { return };
    let key = head.trim_end_matches("[]");
    let depth = (head.len() - key.len()) / 2;
    if rest.is_empty() && depth == 0 {
        map.remove(key);
    } else if let Some(child) = map.get_mut(key) {
        descend(child, depth, rest);
    }
}

fn descend(v: &mut Value, depth: usize, rest: &[&str]) {
    if depth == 0 {
        remove_at(v, rest);
    } else if let Value::Array(items) = v {
        items.iter_mut().for_each(|item| descend(item, depth - 1, rest));
    }
}

#[test]
fn schema_and_serde_agree_on_optional_fields() {
    let schema: Value = serde_json::to_value(schemars::schema_for!(Snapshot)).expect("schema as JSON");
    let doc: Value = serde_json::from_slice(&minimal_bytes()).expect("minimal.json is JSON");
    let empty = Map::new();
    let defs = schema.get("$defs").and_then(Value::as_object).unwrap_or(&empty);
    let mut walk = SchemaWalk { defs, used: BTreeSet::new(), optional: BTreeSet::new(), unknown: Vec::new() };
    walk.walk(&doc, &schema, "Snapshot".to_owned(), "");
    assert!(walk.unknown.is_empty(), "minimal.json fields the schema does not define: {:?}", walk.unknown);

    // minimal.json uses every property of every object the schema defines.
    let mut all = BTreeSet::new();
    for (name, def) in std::iter::once(("Snapshot", &schema)).chain(defs.iter().map(|(n, d)| (n.as_str(), d))) {
        for prop in def.get("properties").and_then(Value::as_object).into_iter().flat_map(Map::keys) {
            all.insert((name.to_owned(), prop.clone()));
        }
    }
    let unused: Vec<_> = all.difference(&walk.used).collect();
    assert!(unused.is_empty(), "properties minimal.json never uses (add them): {unused:?}");

    // Serde's view: a field is optional when the document still parses without it.
    let mut paths = BTreeSet::new();
    key_paths(&doc, "", &mut paths);
    let serde_optional: BTreeSet<String> = paths
        .into_iter()
        .filter(|p| {
            let mut d = doc.clone();
            remove_key(&mut d, p);
            serde_json::from_value::<Snapshot>(d).is_ok()
        })
        .collect();
    let only_schema: Vec<_> = walk.optional.difference(&serde_optional).collect();
    let only_serde: Vec<_> = serde_optional.difference(&walk.optional).collect();
    assert!(
        only_schema.is_empty() && only_serde.is_empty(),
        "the schema and serde disagree on optional fields.\n  optional in the schema, required by serde: \
         {only_schema:?}\n  optional for serde, required by the schema: {only_serde:?}"
    );
}
