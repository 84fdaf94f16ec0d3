//! Shared by the fuzz targets: the loader's contract ([`check`]) and the structure-aware JSON mutator
//! ([`mutate`]) behind `load_structured`.

use csm_core::snapshot::{Problem, Rule, Snapshot, load};
use serde_json::{Map, Number, Value};

/// Loads `bytes` and checks the loader's contract:
/// - it returns (a panic is a crash);
/// - an error lists at least one problem, each with an English and a Japanese message, located (see
///   [`located`]);
/// - an accepted export, written back out, loads again to the same snapshot (floats within 2 ulp).
pub fn check(bytes: &[u8]) -> Option<Snapshot> {
    match load(bytes) {
        Err(problems) => {
            assert!(!problems.is_empty(), "an error with no problem");
            for p in &problems {
                assert!(!p.en.trim().is_empty(), "a problem with no English message: {p:?}");
                assert!(!p.ja.trim().is_empty(), "a problem with no Japanese message: {p:?}");
                assert!(!p.rule.code().is_empty());
                assert!(located(p), "a problem with no location: {p:?}");
            }
            None
        }
        Ok(snapshot) => {
            let again =
                serde_json::to_vec(&snapshot).unwrap_or_else(|e| panic!("cannot write back an accepted export: {e}"));
            match load(&again) {
                Ok(reloaded) => {
                    let (a, b) = (to_value(&snapshot), to_value(&reloaded));
                    assert!(same(&a, &b), "an accepted export changed when written back and reloaded");
                }
                Err(problems) => panic!("an accepted export is rejected once written back:\n{problems}"),
            }
            Some(snapshot)
        }
    }
}

fn to_value(s: &Snapshot) -> Value {
    serde_json::to_value(s).unwrap_or_else(|e| panic!("cannot convert an accepted export: {e}"))
}

/// A problem is located by its JSON path, or concerns the file as a whole, or (when the JSON parser
/// stopped before any path was known, e.g. at a number too large for any type) names a line and column.
fn located(p: &Problem) -> bool {
    let whole_file =
        matches!(p.rule, Rule::TooLarge | Rule::Encoding | Rule::Syntax | Rule::Type | Rule::Format | Rule::Version);
    !p.path.is_empty() || whole_file || (p.en.contains("line ") && p.en.contains("column "))
}

/// Equal JSON trees, floats within 2 units in the last place (serde_json parses without the
/// `float_roundtrip` feature here).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_f64(), y.as_f64()) {
            _ if x == y => true,
            (Some(x), Some(y)) if x.is_finite() && y.is_finite() => (x - y).abs() <= x.abs().max(y.abs()) * 4.5e-16,
            _ => false,
        },
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b)),
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

/// A small deterministic generator (SplitMix64) seeded by libFuzzer.
pub struct Rng(u64);

impl Rng {
    /// From libFuzzer's seed.
    pub fn new(seed: u32) -> Rng {
        Rng(u64::from(seed) ^ 0x5EED_5EED_5EED_5EED)
    }
    /// Next 64 bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (0 if n is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next_u64() % n as u64) as usize }
    }
}

/// Values that sit on the edges of the format's rules.
fn interesting(r: &mut Rng) -> Value {
    const STRINGS: &[&str] = &[
        "",
        " ",
        "2026-02-29",
        "2024-02-29",
        "2026-13-01",
        "2026-00-10",
        "1899-12-31",
        "1900-01-01",
        "2999-12-31",
        "3000-01-01",
        "2026-9-30",
        "２０２６-09-30",
        "2026Q3",
        "2026q3",
        "2026Q0",
        "2026Q5",
        "1899Q4",
        "2999Q4",
        "(1)-1",
        "(10)-3",
        "(11)-1",
        "(3)-7",
        "low",
        "high",
        "critical",
        "#ffffff",
        "#GGGGGG",
        "#fff",
        "incident",
        "near_miss",
        "group_company",
        "all_staff",
        "csm-snapshot",
        "ja",
        "en",
        "\u{0}",
        "日本語のテキスト",
        "é",
        "\u{feff}",
        "https://example.com/",
        "javascript:alert(1)",
    ];
    match r.below(4) {
        0 => Value::String(STRINGS[r.below(STRINGS.len())].to_owned()),
        1 => {
            let ints: [i64; 12] = [0, 1, -1, 2, 5, 6, 7, 255, 256, 65_536, i64::MAX, i64::MIN];
            Value::from(ints[r.below(ints.len())])
        }
        2 => {
            let big: [u64; 4] = [u64::from(u32::MAX), u64::from(u32::MAX) + 1, 10_000_000, u64::MAX];
            Value::from(big[r.below(big.len())])
        }
        _ => {
            let floats = [0.5, -0.0, 1e308, -1e308, 5e-324, 100.000_000_1, 1_000.0, 1_000.000_1, 4.999_999, 0.1];
            Number::from_f64(floats[r.below(floats.len())]).map_or(Value::Null, Value::Number)
        }
    }
}

/// JSON pointers of every node of `v`, in document order.
fn pointers(v: &Value, at: &mut String, out: &mut Vec<String>) {
    out.push(at.clone());
    let len = at.len();
    match v {
        Value::Object(m) => {
            for (k, c) in m {
                at.push('/');
                at.push_str(&k.replace('~', "~0").replace('/', "~1"));
                pointers(c, at, out);
                at.truncate(len);
            }
        }
        Value::Array(a) => {
            for (i, c) in a.iter().enumerate() {
                at.push('/');
                at.push_str(&i.to_string());
                pointers(c, at, out);
                at.truncate(len);
            }
        }
        _ => {}
    }
}

/// Field names the format knows, for misplaced and misspelt keys.
const KEYS: &[&str] = &[
    "id",
    "date",
    "quarter",
    "as_of",
    "risks",
    "assets",
    "asset",
    "likelihood",
    "impact",
    "tolerance",
    "grid",
    "levels",
    "company",
    "group_company",
    "source",
    "training",
    "incident",
    "closed_on",
    "approved_on",
    "expires_on",
    "maturity",
    "target",
    "format",
    "version",
    "quarters",
    "unknown_field",
    "Risks",
];

/// Applies 1 to 4 structured mutations to an export: edge values, deleted or duplicated keys and
/// elements, swapped elements, subtrees copied elsewhere, colliding ids, deep nesting.
pub fn mutate(doc: &mut Value, r: &mut Rng) {
    for _ in 0..1 + r.below(4) {
        let mut ps = Vec::new();
        pointers(doc, &mut String::new(), &mut ps);
        let target = ps[r.below(ps.len())].clone();
        let donor = ps[r.below(ps.len())].clone();
        let donor_value = doc.pointer(&donor).cloned().unwrap_or(Value::Null);
        let Some(node) = doc.pointer_mut(&target) else { continue };
        match r.below(10) {
            0 | 1 => *node = interesting(r),
            2 => *node = donor_value,
            3 => match node {
                Value::Object(m) if !m.is_empty() => {
                    let k = m.keys().nth(r.below(m.len())).cloned().unwrap_or_default();
                    m.remove(&k);
                }
                Value::Array(a) if !a.is_empty() => {
                    a.remove(r.below(a.len()));
                }
                _ => *node = Value::Null,
            },
            4 => match node {
                Value::Array(a) if !a.is_empty() => {
                    let i = r.below(a.len());
                    let copy = a[i].clone();
                    a.insert(r.below(a.len() + 1), copy);
                }
                Value::Object(m) => {
                    m.insert(KEYS[r.below(KEYS.len())].to_owned(), donor_value);
                }
                _ => *node = Value::Array(vec![node.clone()]),
            },
            5 => {
                if let Value::Array(a) = node
                    && a.len() >= 2
                {
                    let (i, j) = (r.below(a.len()), r.below(a.len()));
                    a.swap(i, j);
                }
            }
            6 => tweak(node, r),
            7 => {
                // Make ids collide: this object's id becomes the donor's string.
                if let (Value::Object(m), Value::String(s)) = (&mut *node, &donor_value) {
                    m.insert("id".to_owned(), Value::String(s.clone()));
                } else {
                    tweak(node, r);
                }
            }
            8 => {
                let mut v = std::mem::take(node);
                for _ in 0..1 + r.below(140) {
                    v = if r.below(2) == 0 {
                        Value::Array(vec![v])
                    } else {
                        Value::Object(Map::from_iter([("id".into(), v)]))
                    };
                }
                *node = v;
            }
            _ => *node = Value::Object(Map::new()),
        }
    }
}

/// A small change to a scalar: ±1, doubled, negated, a character changed or dropped.
fn tweak(v: &mut Value, r: &mut Rng) {
    match v {
        Value::Number(n) => {
            *v = if let Some(i) = n.as_i64() {
                let i = match r.below(4) {
                    0 => i.wrapping_add(1),
                    1 => i.wrapping_sub(1),
                    2 => i.wrapping_mul(2),
                    _ => i.wrapping_neg(),
                };
                Value::from(i)
            } else if let Some(f) = n.as_f64() {
                let f = match r.below(3) {
                    0 => f + 1.0,
                    1 => -f,
                    _ => f * 1e10,
                };
                Number::from_f64(f).map_or(Value::Null, Value::Number)
            } else {
                Value::from(-1)
            };
        }
        Value::String(s) if !s.is_empty() => {
            let mut chars: Vec<char> = s.chars().collect();
            let i = r.below(chars.len());
            match r.below(3) {
                0 => {
                    chars.remove(i);
                }
                1 => chars[i] = if chars[i].is_ascii_digit() { char::from(b'0' + r.below(10) as u8) } else { 'x' },
                _ => chars.insert(i, chars[i]),
            }
            *s = chars.into_iter().collect();
        }
        Value::Bool(b) => *b = !*b,
        _ => *v = interesting(r),
    }
}

/// Serialises a mutated export, sometimes with a textual twist the value model cannot express: a BOM, a
/// duplicated key, trailing bytes, a truncation, pretty printing.
pub fn write(doc: &Value, r: &mut Rng) -> Vec<u8> {
    let mut out =
        if r.below(4) == 0 { serde_json::to_vec_pretty(doc) } else { serde_json::to_vec(doc) }.unwrap_or_default();
    match r.below(12) {
        0 => {
            let mut b = vec![0xEF, 0xBB, 0xBF];
            b.extend_from_slice(&out);
            out = b;
        }
        1 => {
            // Duplicate the first key of the top-level object.
            if let Some(Value::Object(m)) = Some(doc)
                && let Some((k, v)) = m.iter().next()
                && out.first() == Some(&b'{')
            {
                let dup = format!("{}:{},", Value::String(k.clone()), v);
                out.splice(1..1, dup.into_bytes());
            }
        }
        2 => out.extend_from_slice(b" x"),
        3 => {
            let n = r.below(out.len() + 1);
            out.truncate(n);
        }
        _ => {}
    }
    out
}
