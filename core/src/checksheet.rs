//! The check sheet (付録3) rolled up: maturity per check item → per important item (mean of its check
//! items) → per principle (mean of its items), against target and against the previous quarter.
//!
//! Means are computed exactly (rationals of the integer maturities) and presented to 0.01
//! ([`figure::MATURITY`]); gaps and changes are the exact differences of the presented means, so
//! `3.00 − 2.67` is `0.33` wherever it is shown. The important item's traffic light does not use these
//! means: it is judged on its worst check item (`summary::lights`).
//!
//! ```
//! # let Ok(bytes) = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../samples/a-company.json")) else { return };
//! let snapshot = csm_core::snapshot::load(&bytes).unwrap();
//! let period = csm_core::period::Period::latest(&snapshot).unwrap();
//! let sheet = csm_core::checksheet::check_sheet(&period);
//! assert_eq!(sheet.items.len(), 10);
//! assert_eq!(sheet.radar.len(), 10);
//! ```

use serde::Serialize;

use crate::calendar::Quarter;
use crate::catalog;
use crate::figure::{self, Exact};
use crate::measure::{Polarity, Trend};
use crate::period::Period;
use crate::snapshot::QuarterRecord;
use crate::text::Text;

/// The check sheet of one quarter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckSheet {
    /// The quarter.
    pub quarter: Quarter,
    /// The quarter compared against: the previous entry of the export's quarters.
    pub previous_quarter: Option<Quarter>,
    /// The 32 check items, in catalog order.
    pub check_items: Vec<CheckItemScore>,
    /// The 10 important items, in order.
    pub items: Vec<ItemScore>,
    /// The 3 principles, in order.
    pub principles: Vec<Score>,
    /// Mean of the 10 important items' means.
    pub overall: Score,
    /// Check items whose maturity is at or above their target.
    pub check_items_at_target: Share,
    /// Important items all of whose check items are at or above target.
    pub items_at_target: Share,
    /// Ids of the check items whose maturity fell since the previous quarter, in catalog order.
    pub fell: Vec<String>,
    /// One radar axis per important item: current, target and previous mean maturity.
    pub radar: Vec<RadarAxis>,
}

/// How many of a set meet a condition.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Share {
    /// How many meet it.
    pub count: usize,
    /// Out of how many.
    pub of: usize,
    /// `count / of` in percent (0 when `of` is 0).
    pub pct: f64,
}

impl Share {
    /// `count` of `of`.
    pub fn new(count: usize, of: usize) -> Share {
        let pct = figure::percent(count as u64, of as u64).unwrap_or(0.0);
        Share { count, of, pct }
    }
}

/// One check item's self-assessment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckItemScore {
    /// `(3)-6`.
    pub id: String,
    /// Its important item, 1..=10.
    pub item: u8,
    /// The check item's title.
    pub title: Text,
    /// Maturity 0..=5.
    pub maturity: u8,
    /// Target 0..=5.
    pub target: u8,
    /// Target in the previous quarter, if assessed there (a lowered target is shown to the board).
    pub previous_target: Option<u8>,
    /// `target − maturity`: positive when short of target.
    pub gap: i8,
    /// Maturity in the previous quarter, if assessed there.
    pub previous: Option<u8>,
    /// `maturity − previous`.
    pub change: Option<i8>,
    /// Who is responsible.
    pub owner: String,
    /// What shows the maturity.
    pub evidence: String,
    /// JSON path of the assessment, `quarters[7].checksheet[12]`.
    pub path: String,
}

/// A mean maturity against its mean target and the previous quarter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    /// 1..=10 for an important item, 1..=3 for a principle, 0 for the overall score.
    pub number: u8,
    /// Short name.
    pub title: Text,
    /// Mean maturity, 0.0..=5.0.
    pub maturity: f64,
    /// Mean target.
    pub target: f64,
    /// `target − maturity`: positive when short of target.
    pub gap: f64,
    /// Mean maturity in the previous quarter.
    pub previous: Option<f64>,
    /// `maturity − previous`.
    pub change: Option<f64>,
}

/// One important item's roll-up.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemScore {
    /// The means.
    #[serde(flatten)]
    pub score: Score,
    /// The principle the item serves (`catalog::ImportantItem::principle`).
    pub principle: u8,
    /// Ids of its check items below target.
    pub below_target: Vec<String>,
    /// Ids of its check items that fell since the previous quarter.
    pub fell: Vec<String>,
}

/// One axis of the radar chart (an important item).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RadarAxis {
    /// 1..=10.
    pub item: u8,
    /// Axis label (the item's short name).
    pub label: Text,
    /// Mean maturity now.
    pub current: f64,
    /// Mean target.
    pub target: f64,
    /// Mean maturity in the previous quarter.
    pub previous: Option<f64>,
}

/// Exact means of one group: maturity, target, previous maturity (if every part has one).
type Means = (Exact, Exact, Option<Exact>);

/// The exact mean of `values`; `None` if there are none.
fn mean(values: impl Iterator<Item = Exact>) -> Option<Exact> {
    let (sum, n) = values.fold((Some(Exact::ZERO), 0i128), |(sum, n), v| (sum.and_then(|s| s.checked_add(v)), n + 1));
    sum?.checked_div(Exact::int(n))
}

/// The exact means of `parts`.
fn means(parts: &[Means]) -> Option<Means> {
    let m = mean(parts.iter().map(|p| p.0))?;
    let t = mean(parts.iter().map(|p| p.1))?;
    let prev: Option<Vec<Exact>> = parts.iter().map(|p| p.2).collect();
    Some((m, t, prev.and_then(|v| mean(v.into_iter()))))
}

fn record_of<'r>(record: &'r QuarterRecord, id: &str) -> Option<&'r crate::snapshot::CheckAssessment> {
    record.checksheet.iter().find(|a| a.item == id)
}

/// A score presented from exact means: each mean to 0.01, the gap and change between presented means.
fn score(number: u8, title: Text, (m, t, prev): Means) -> Score {
    let maturity = m.round(figure::MATURITY);
    let target = t.round(figure::MATURITY);
    let previous = prev.map(|p| p.round(figure::MATURITY));
    Score {
        number,
        title,
        maturity,
        target,
        gap: figure::difference(target, maturity, figure::MATURITY),
        previous,
        change: previous.map(|p| figure::difference(maturity, p, figure::MATURITY)),
    }
}

/// The exact means of important item `number`'s check items.
fn item_means(check_items: &[CheckItemScore], number: u8) -> Option<Means> {
    let parts: Vec<Means> = check_items
        .iter()
        .filter(|c| c.item == number)
        .map(|c| (Exact::int(c.maturity.into()), Exact::int(c.target.into()), c.previous.map(|p| Exact::int(p.into()))))
        .collect();
    means(&parts)
}

/// The check sheet of `period`'s quarter. Check items missing from the record (impossible in a
/// validated export) are left out of every mean.
pub fn check_sheet(period: &Period<'_>) -> CheckSheet {
    let record = period.record();
    let previous = period.previous();
    let base = period.path();
    let mut check_items = Vec::with_capacity(32);
    for c in catalog::check_items() {
        let Some((i, a)) = record.checksheet.iter().enumerate().find(|(_, a)| a.item == c.id) else { continue };
        let before = previous.and_then(|p| record_of(p.record(), c.id));
        let prev = before.map(|b| b.maturity);
        check_items.push(CheckItemScore {
            id: c.id.to_owned(),
            item: c.item,
            title: Text::new(c.title_ja, c.title_en),
            maturity: a.maturity,
            target: a.target,
            previous_target: before.map(|b| b.target),
            gap: a.target as i8 - a.maturity as i8,
            previous: prev,
            change: prev.map(|p| a.maturity as i8 - p as i8),
            owner: a.owner.clone(),
            evidence: a.evidence.clone(),
            path: format!("{base}.checksheet[{i}]"),
        });
    }

    let mut items = Vec::with_capacity(10);
    for it in catalog::important_items() {
        let mine: Vec<&CheckItemScore> = check_items.iter().filter(|c| c.item == it.number).collect();
        let Some(exact) = item_means(&check_items, it.number) else { continue };
        let score = score(it.number, Text::new(it.short_ja, it.short_en), exact);
        items.push(ItemScore {
            score,
            principle: it.principle,
            below_target: mine.iter().filter(|c| c.gap > 0).map(|c| c.id.clone()).collect(),
            fell: mine.iter().filter(|c| c.change.is_some_and(|x| x < 0)).map(|c| c.id.clone()).collect(),
        });
    }

    // Principles and the overall score are means of the items' exact means, presented once.
    let item_parts = |filter: &dyn Fn(&ItemScore) -> bool| -> Vec<Means> {
        items.iter().filter(|i| filter(i)).filter_map(|i| item_means(&check_items, i.score.number)).collect()
    };
    let principles = catalog::principles()
        .iter()
        .filter_map(|p| {
            let exact = means(&item_parts(&|i| i.principle == p.number))?;
            Some(score(p.number, Text::new(p.short_ja, p.short_en), exact))
        })
        .collect();
    let overall = score(
        0,
        Text::new("総合", "Overall"),
        means(&item_parts(&|_| true)).unwrap_or((Exact::ZERO, Exact::ZERO, None)),
    );

    let radar = items
        .iter()
        .map(|i| RadarAxis {
            item: i.score.number,
            label: i.score.title.clone(),
            current: i.score.maturity,
            target: i.score.target,
            previous: i.score.previous,
        })
        .collect();

    CheckSheet {
        quarter: period.quarter(),
        previous_quarter: previous.map(|p| p.quarter()),
        check_items_at_target: Share::new(check_items.iter().filter(|c| c.gap <= 0).count(), check_items.len()),
        items_at_target: Share::new(items.iter().filter(|i| i.below_target.is_empty()).count(), items.len()),
        fell: check_items.iter().filter(|c| c.change.is_some_and(|x| x < 0)).map(|c| c.id.clone()).collect(),
        check_items,
        items,
        principles,
        overall,
        radar,
    }
}

/// A check sheet compared with the check sheet of another quarter — the one the board compares
/// with, which need not be the previous quarter (against the previous one, the changes equal
/// [`CheckSheet`]'s own `change` fields).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// The other quarter.
    pub quarter: Quarter,
    /// Change of the overall maturity: `now − then`.
    pub overall: f64,
    /// Change of each important item's mean maturity, by item number, in order (items missing from
    /// either sheet are left out).
    pub items: Vec<(u8, f64)>,
    /// Each check item's maturity then and its change, in catalog order.
    pub check_items: Vec<CheckChange>,
    /// Ids of the check items whose maturity is lower now, in catalog order.
    pub fell: Vec<String>,
}

/// One check item against another quarter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckChange {
    /// `(3)-6`.
    pub id: String,
    /// Maturity in the other quarter.
    pub then: u8,
    /// `now − then`.
    pub change: i8,
}

/// Whether a maturity change is for the better (higher maturity is better).
pub fn maturity_trend(change: f64) -> Trend {
    Polarity::HigherIsBetter.trend(change)
}

impl CheckChange {
    /// Whether the check item moved for the better.
    pub fn trend(&self) -> Trend {
        maturity_trend(f64::from(self.change))
    }
}

impl Comparison {
    /// Whether the overall maturity moved for the better.
    pub fn overall_trend(&self) -> Trend {
        maturity_trend(self.overall)
    }

    /// The change of important item `number`'s mean maturity.
    pub fn item(&self, number: u8) -> Option<f64> {
        self.items.iter().find(|(n, _)| *n == number).map(|(_, c)| *c)
    }

    /// The check item `id` against the other quarter.
    pub fn check_item(&self, id: &str) -> Option<&CheckChange> {
        self.check_items.iter().find(|c| c.id == id)
    }
}

/// `now` compared with `then`, the check sheet of another quarter.
pub fn compare(now: &CheckSheet, then: &CheckSheet) -> Comparison {
    let items = now
        .items
        .iter()
        .filter_map(|i| {
            let other = then.items.iter().find(|t| t.score.number == i.score.number)?;
            Some((i.score.number, figure::difference(i.score.maturity, other.score.maturity, figure::MATURITY)))
        })
        .collect();
    let check_items: Vec<CheckChange> = now
        .check_items
        .iter()
        .filter_map(|c| {
            let other = then.check_items.iter().find(|t| t.id == c.id)?;
            Some(CheckChange {
                id: c.id.clone(),
                then: other.maturity,
                change: c.maturity as i8 - other.maturity as i8,
            })
        })
        .collect();
    Comparison {
        quarter: then.quarter,
        overall: figure::difference(now.overall.maturity, then.overall.maturity, figure::MATURITY),
        items,
        fell: check_items.iter().filter(|c| c.change < 0).map(|c| c.id.clone()).collect(),
        check_items,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{q, snapshot_with};
    use crate::snapshot::Snapshot;

    fn set(s: &mut Snapshot, quarter: usize, id: &str, maturity: u8, target: u8) {
        let a = s.quarters[quarter].checksheet.iter_mut().find(|a| a.item == id).unwrap();
        a.maturity = maturity;
        a.target = target;
    }

    #[test]
    fn rolls_up_items_principles_and_overall() {
        let mut s = snapshot_with(&["2026Q1", "2026Q2"], "2026-06-30");
        // Item 1 has (1)-1 and (1)-2: maturities 4 and 1 → mean 2.5; targets 3 and 3.
        set(&mut s, 1, "(1)-1", 4, 3);
        set(&mut s, 1, "(1)-2", 1, 3);
        // Previous quarter: (1)-1 was 3, (1)-2 was 2 → mean 2.5; (1)-2 fell by 1.
        set(&mut s, 0, "(1)-1", 3, 3);
        let p = Period::new(&s, q("2026Q2")).unwrap();
        let sheet = check_sheet(&p);
        assert_eq!(sheet.check_items.len(), 32);
        assert_eq!(sheet.previous_quarter, Some(q("2026Q1")));
        let c = &sheet.check_items[1];
        assert_eq!((c.id.as_str(), c.maturity, c.gap, c.previous, c.change), ("(1)-2", 1, 2, Some(2), Some(-1)));
        assert!(c.path.starts_with("quarters[1].checksheet["));
        let i1 = &sheet.items[0];
        assert_eq!(i1.score.maturity, 2.5);
        assert_eq!(i1.score.target, 3.0);
        assert_eq!(i1.score.gap, 0.5);
        assert_eq!(i1.score.previous, Some(2.5));
        assert_eq!(i1.score.change, Some(0.0));
        assert_eq!(i1.below_target, vec!["(1)-2".to_owned()]);
        assert_eq!(i1.fell, vec!["(1)-2".to_owned()]);
        assert_eq!(sheet.fell, vec!["(1)-2".to_owned()]);
        // Principle 1 = items 1, 2, 3, 4, 6: means 2.5, 2, 2, 2, 2 → 2.1.
        let p1 = &sheet.principles[0];
        assert!((p1.maturity - 2.1).abs() < 1e-12, "{}", p1.maturity);
        assert_eq!(p1.target, 3.0);
        // Overall = mean of 10 item means: (2.5 + 9 × 2) / 10 = 2.05.
        assert!((sheet.overall.maturity - 2.05).abs() < 1e-12);
        // (1)-1 is the only check item at target: 1 of 32 = 3.125 %, presented as 3.1 %.
        assert_eq!(sheet.check_items_at_target, Share { count: 1, of: 32, pct: 3.1 });
        assert_eq!(sheet.items_at_target.count, 0);
        assert_eq!(sheet.radar.len(), 10);
        assert_eq!(sheet.radar[0].current, 2.5);
        assert_eq!(sheet.radar[0].previous, Some(2.5));
        assert_eq!(sheet.radar[1].label.en, crate::catalog::important_item(2).unwrap().short_en);
    }

    #[test]
    fn compares_with_any_quarter() {
        let mut s = snapshot_with(&["2025Q4", "2026Q1", "2026Q2"], "2026-06-30");
        // (1)-1: 4 in 2025Q4, 2 in 2026Q1, 3 now; (1)-2 stays at 2 throughout.
        set(&mut s, 0, "(1)-1", 4, 3);
        set(&mut s, 1, "(1)-1", 2, 3);
        set(&mut s, 2, "(1)-1", 3, 3);
        let sheet = |label: &str| check_sheet(&Period::new(&s, q(label)).unwrap());
        let (now, previous, year_ago) = (sheet("2026Q2"), sheet("2026Q1"), sheet("2025Q4"));

        // Against the previous quarter the comparison agrees with the sheet's own changes.
        let c = compare(&now, &previous);
        assert_eq!(c.quarter, q("2026Q1"));
        assert_eq!(c.check_item("(1)-1"), Some(&CheckChange { id: "(1)-1".into(), then: 2, change: 1 }));
        for item in &now.check_items {
            assert_eq!(c.check_item(&item.id).map(|x| x.change), item.change, "{}", item.id);
        }
        assert_eq!(c.item(1), now.items[0].score.change);
        assert!((c.overall - now.overall.change.unwrap()).abs() < 1e-12);
        assert_eq!(c.fell, now.fell);
        assert!(c.fell.is_empty());

        // Against 2025Q4 the same item fell: 4 → 3, item 1's mean from 3 to 2.5.
        let c = compare(&now, &year_ago);
        assert_eq!(c.check_item("(1)-1"), Some(&CheckChange { id: "(1)-1".into(), then: 4, change: -1 }));
        assert_eq!(c.fell, vec!["(1)-1".to_owned()]);
        assert_eq!(c.item(1), Some(-0.5));
        assert_eq!(c.item(2), Some(0.0));
        assert!((c.overall + 0.05).abs() < 1e-12, "{}", c.overall);
        assert_eq!(c.overall_trend(), Trend::Worse);
        assert_eq!(c.check_item("(1)-1").map(CheckChange::trend), Some(Trend::Worse));
        assert_eq!(maturity_trend(0.0), Trend::Flat);
        assert_eq!(maturity_trend(0.25), Trend::Better);
        assert_eq!(c.items.len(), 10);
        assert_eq!(c.check_items.len(), 32);
        assert_eq!(c.item(11), None);
    }

    #[test]
    fn first_quarter_has_no_previous_and_full_marks_count_at_target() {
        let mut s = snapshot_with(&["2026Q1"], "2026-03-31");
        for c in crate::catalog::check_items_of(9) {
            set(&mut s, 0, c.id, 5, 4);
        }
        let sheet = check_sheet(&Period::latest(&s).unwrap());
        assert_eq!(sheet.previous_quarter, None);
        assert!(sheet.check_items.iter().all(|c| c.previous.is_none() && c.change.is_none()));
        assert!(sheet.fell.is_empty());
        let i9 = &sheet.items[8];
        assert_eq!((i9.score.maturity, i9.score.target, i9.score.gap), (5.0, 4.0, -1.0));
        assert!(i9.below_target.is_empty());
        assert_eq!(sheet.items_at_target, Share { count: 1, of: 10, pct: 10.0 });
        // 4 check items of item 9 at target → 4 of 32.
        assert_eq!(sheet.check_items_at_target.count, 4);
        assert_eq!(sheet.radar[8].previous, None);
        assert_eq!(sheet.principles[2].previous, None);
    }
}
