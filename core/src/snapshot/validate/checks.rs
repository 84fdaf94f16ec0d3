//! The checks every section shares: non-empty text, ranges, event and state dates, unique ids and
//! references to ids defined elsewhere.

use foldhash::{HashMap, HashSet};
use std::borrow::Borrow;
use std::hash::Hash;

use super::{Checker, Seen};
use crate::calendar::{Date, Quarter};
use crate::snapshot::problem::{Problem, Rule};

impl Checker {
    pub(super) fn push(&mut self, path: impl Into<String>, rule: Rule, en: String, ja: String) {
        self.out.push(Problem::new(path, rule, en, ja));
    }

    pub(super) fn text(&mut self, path: impl Fn() -> String, s: &str) {
        // Blank = only white space (`trim().is_empty()`), decided at the first other character.
        if s.chars().all(char::is_whitespace) {
            self.push(path(), Rule::Incomplete, "must not be empty".into(), "空にできません".into());
        }
    }

    pub(super) fn range_u(&mut self, path: impl Fn() -> String, v: u64, lo: u64, hi: u64) {
        if v < lo || v > hi {
            self.push(
                path(),
                Rule::Range,
                format!("{v} is outside {lo}..{hi}"),
                format!("{v} は範囲 {lo}..{hi} の外です"),
            );
        }
    }

    pub(super) fn range_f(&mut self, path: impl Fn() -> String, v: f64, lo: f64, hi: f64) {
        if !v.is_finite() || v < lo || v > hi {
            self.push(
                path(),
                Rule::Range,
                format!("{v} is outside {lo}..{hi}"),
                format!("{v} は範囲 {lo}..{hi} の外です"),
            );
        }
    }

    pub(super) fn not_after(&mut self, path: impl Fn() -> String, d: Date, limit: Date, what_en: &str, what_ja: &str) {
        if d > limit {
            self.push(
                path(),
                Rule::Date,
                format!("{d} is after {what_en} ({limit})"),
                format!("{d} は{what_ja}（{limit}）より後です"),
            );
        }
    }

    pub(super) fn not_before(&mut self, path: impl Fn() -> String, d: Date, limit: Date, what_en: &str, what_ja: &str) {
        if d < limit {
            self.push(
                path(),
                Rule::Date,
                format!("{d} is before {what_en} ({limit})"),
                format!("{d} は{what_ja}（{limit}）より前です"),
            );
        }
    }

    pub(super) fn event_date(&mut self, path: impl Fn() -> String, d: Date, q: Quarter, as_of: Date) {
        if !q.contains(d) {
            self.push(
                path(),
                Rule::Date,
                format!("{d} is outside its quarter {q} ({} to {})", q.start(), q.end()),
                format!("{d} は四半期 {q}（{}〜{}）の外です", q.start(), q.end()),
            );
        } else {
            self.not_after(path, d, as_of, "the export's as_of date", "エクスポートの基準日 as_of");
        }
    }

    pub(super) fn state_date(&mut self, path: impl Fn() -> String, d: Date, reference: Date) {
        self.not_after(path, d, reference, "the quarter's reference date", "四半期の基準日");
    }

    /// Every id non-empty and used once; returns the ids (borrowed from the export, not copied).
    pub(super) fn unique<'a>(&mut self, base: &str, ids: impl Iterator<Item = &'a str>) -> HashSet<&'a str> {
        let mut seen: HashMap<&str, usize> = HashMap::default();
        for (i, id) in ids.enumerate() {
            let path = || format!("{base}[{i}].id");
            self.text(path, id);
            if let Some(first) = seen.get(id) {
                self.push(
                    path(),
                    Rule::DuplicateId,
                    format!("id \"{id}\" is already used by {base}[{first}]"),
                    format!("ID \"{id}\" は {base}[{first}] と重複しています"),
                );
            } else {
                seen.insert(id, i);
            }
        }
        seen.into_keys().collect()
    }

    pub(super) fn reference(
        &mut self,
        path: impl Fn() -> String,
        id: &str,
        known: &HashSet<impl Borrow<str> + Hash + Eq>,
        what_en: &str,
        what_ja: &str,
    ) {
        if !known.contains(id) {
            self.push(
                path(),
                Rule::DanglingReference,
                format!("\"{id}\" does not name {what_en}"),
                format!("\"{id}\" に該当する{what_ja}がありません"),
            );
        }
    }

    pub(super) fn event_id(&mut self, seen: &mut Seen, path: impl Fn() -> String, id: &str) {
        self.text(&path, id);
        if let Some(first) = seen.events.get(id) {
            self.push(
                path(),
                Rule::DuplicateId,
                format!("id \"{id}\" is already used by {first}"),
                format!("ID \"{id}\" は {first} と重複しています"),
            );
        } else {
            seen.events.insert(id.to_owned(), path());
        }
    }
}
