//! Reference profiles (issue 17.3), in an export or in a reference file: ids, names, source, year,
//! sample size and maturities 0..=5 on items and check items the catalog has, each at most once.

use foldhash::HashMap;

use super::Checker;
use crate::catalog;
use crate::snapshot::ReferenceProfile;
use crate::snapshot::problem::{Problem, Rule};

/// The earliest year a reference profile may describe.
pub const FIRST_YEAR: u64 = 2000;

/// Every problem of `profiles` found at JSON path `base` (`reference_profiles` in an export,
/// `profiles` in a reference file); `latest_year` is the last year a profile may describe (the export's
/// `as_of` year, or the reference file's `as_of` year).
pub fn reference_profiles(base: &str, profiles: &[ReferenceProfile], latest_year: u16) -> Vec<Problem> {
    let mut c = Checker { out: Vec::new() };
    c.reference_profiles(base, profiles, latest_year);
    c.out
}

impl Checker {
    pub(super) fn reference_profiles(&mut self, base: &str, profiles: &[ReferenceProfile], latest_year: u16) {
        self.unique(base, profiles.iter().map(|p| p.id.as_str()));
        for (i, p) in profiles.iter().enumerate() {
            let at = |field: &str| format!("{base}[{i}].{field}");
            self.text(|| at("name"), &p.name);
            self.text(|| at("source"), &p.source);
            self.range_u(|| at("year"), p.year.into(), FIRST_YEAR, latest_year.into());
            self.range_u(|| at("sample_size"), p.sample_size.into(), 1, 10_000_000);
            if p.items.is_empty() && p.check_items.is_empty() {
                self.push(
                    at("items"),
                    Rule::Incomplete,
                    "a reference profile needs at least one item or check item".into(),
                    "参照プロファイルには重要項目かチェック項目が少なくとも 1 件必要です".into(),
                );
            }
            let mut seen: HashMap<u8, usize> = HashMap::default();
            for (j, it) in p.items.iter().enumerate() {
                let path = || format!("{base}[{i}].items[{j}].item");
                self.range_u(path, it.item.into(), 1, 10);
                if let Some(first) = seen.insert(it.item, j) {
                    self.push(
                        path(),
                        Rule::DuplicateId,
                        format!("item {} is already given by {base}[{i}].items[{first}]", it.item),
                        format!("重要項目 {} は {base}[{i}].items[{first}] と重複しています", it.item),
                    );
                }
                self.range_f(|| format!("{base}[{i}].items[{j}].maturity"), it.maturity, 0.0, 5.0);
            }
            let mut seen: HashMap<&str, usize> = HashMap::default();
            for (j, c) in p.check_items.iter().enumerate() {
                let path = || format!("{base}[{i}].check_items[{j}].id");
                if catalog::check_item(&c.id).is_none() {
                    let id = &c.id;
                    self.push(
                        path(),
                        Rule::DanglingReference,
                        format!("\"{id}\" is not a check item of the guideline ((1)-1 … (10)-3)"),
                        format!("\"{id}\" はガイドラインのチェック項目（(1)-1 〜 (10)-3）ではありません"),
                    );
                }
                if let Some(first) = seen.insert(c.id.as_str(), j) {
                    self.push(
                        path(),
                        Rule::DuplicateId,
                        format!("check item {} is already given by {base}[{i}].check_items[{first}]", c.id),
                        format!("チェック項目 {} は {base}[{i}].check_items[{first}] と重複しています", c.id),
                    );
                }
                self.range_f(|| format!("{base}[{i}].check_items[{j}].maturity"), c.maturity, 0.0, 5.0);
            }
        }
    }
}
