//! The check sheet (付録3): every catalog check item assessed exactly once, maturities and targets 0–5;
//! and the KPI targets that are percentages.

use foldhash::HashMap;

use super::Checker;
use super::quarters::Scope;
use crate::catalog;
use crate::snapshot::problem::Rule;

impl Checker {
    /// Every catalog item exactly once.
    pub(super) fn checksheet(&mut self, at: &Scope<'_>) {
        let Scope { base, record: q, .. } = *at;
        let mut assessed: HashMap<&str, usize> = HashMap::default();
        for (i, a) in q.checksheet.iter().enumerate() {
            let p = format!("{base}.checksheet[{i}]");
            if catalog::check_item(&a.item).is_none() {
                self.push(
                    format!("{p}.item"),
                    Rule::DanglingReference,
                    format!("\"{}\" is not a check item id; ids run (1)-1 … (10)-3", a.item),
                    format!("\"{}\" はチェック項目の ID ではありません（(1)-1〜(10)-3）", a.item),
                );
            } else if let Some(first) = assessed.get(a.item.as_str()) {
                self.push(
                    format!("{p}.item"),
                    Rule::DuplicateId,
                    format!("check item {} is already assessed at {base}.checksheet[{first}]", a.item),
                    format!("チェック項目 {} は {base}.checksheet[{first}] で既に評価されています", a.item),
                );
            } else {
                assessed.insert(&a.item, i);
            }
            self.range_u(|| format!("{p}.maturity"), a.maturity.into(), 0, 5);
            self.range_u(|| format!("{p}.target"), a.target.into(), 0, 5);
        }
        let missing: Vec<&str> =
            catalog::check_items().iter().map(|c| c.id).filter(|id| !assessed.contains_key(id)).collect();
        if !missing.is_empty() {
            let list = missing.join(", ");
            self.push(
                format!("{base}.checksheet"),
                Rule::Incomplete,
                format!("check items not assessed: {list} (all 32 are required)"),
                format!("評価されていないチェック項目があります: {list}（32項目すべてが必要です）"),
            );
        }
    }

    /// Percent targets within 0–100.
    pub(super) fn kpi_targets(&mut self, at: &Scope<'_>) {
        let Scope { base, record: q, .. } = *at;
        let t = &q.kpi_targets;
        for (key, v) in [
            ("security_budget_share_pct", t.security_budget_share_pct),
            ("training_completion_pct", t.training_completion_pct),
            ("test_score_pct", t.test_score_pct),
        ] {
            if let Some(v) = v {
                self.range_f(|| format!("{base}.kpi_targets.{key}"), v, 0.0, 100.0);
            }
        }
    }
}
