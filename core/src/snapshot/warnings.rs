//! Plausibility warnings: values a careful CISO would question before the board sees them, but which
//! do not make an export invalid. Never blocking — the export loads and summarises as it is; `csm
//! validate` lists them (exit status 0) and the dashboard shows them beside the problems. Each has the
//! shape of a [`super::Problem`]: a JSON path, a stable code and a message in English and Japanese.
//! `docs/FORMAT.md` ("Plausibility warnings") lists them.

use std::fmt;

use super::model::{PdcaCycle, Risk, Snapshot, Treatment};
use crate::calendar::Date;

/// Expected loss events a year above which a risk's frequency is questioned (the format accepts up to
/// 1,000): more than one a day is a count of attempts (phishing mails, scans), not of events that
/// cause the scenario's loss.
pub const IMPLAUSIBLE_FREQUENCY: f64 = 365.0;

/// What a warning questions. Stable identifiers ([`Check::code`]) for tests and tools.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Check {
    /// A residual rating (likelihood or impact) above the inherent one: treatment made it worse.
    ResidualAboveInherent,
    /// `retain` (accept as is) with a residual rating lower than the inherent one: that is `reduce`.
    RetainLowered,
    /// `transfer` without insurance: the transfer is not on record (name the insurance, or record an
    /// outsourcing contract as `reduce` with the partner).
    TransferUninsured,
    /// An insurance of a `transfer` that expired before the quarter's reference date.
    InsuranceExpired,
    /// An annual frequency above [`IMPLAUSIBLE_FREQUENCY`].
    ImplausibleFrequency,
    /// A PDCA cycle's `next_review` later than one cycle after its last recorded phase date (allowing
    /// the rest of that month): the review does not agree with the cycle length (4-1).
    NextReviewBeyondCycle,
}

impl Check {
    /// A stable kebab-case code, e.g. `residual-above-inherent`.
    pub fn code(self) -> &'static str {
        match self {
            Check::ResidualAboveInherent => "residual-above-inherent",
            Check::RetainLowered => "retain-lowered",
            Check::TransferUninsured => "transfer-uninsured",
            Check::InsuranceExpired => "insurance-expired",
            Check::ImplausibleFrequency => "implausible-frequency",
            Check::NextReviewBeyondCycle => "next-review-beyond-cycle",
        }
    }
}

/// One plausibility warning: where (a JSON path), what is questioned and a message in English and
/// Japanese.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// JSON path of the questioned value.
    pub path: String,
    /// What is questioned.
    pub check: Check,
    /// Message in English.
    pub en: String,
    /// Message in Japanese.
    pub ja: String,
}

impl Warning {
    fn new(path: String, check: Check, en: String, ja: String) -> Warning {
        Warning { path, check, en, ja }
    }

    /// `path: message` in the chosen language (`ja` when `japanese`).
    pub fn located(&self, japanese: bool) -> String {
        format!("{}: {}", self.path, if japanese { &self.ja } else { &self.en })
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.located(false))
    }
}

/// Every plausibility warning of a valid snapshot, in document order (empty when nothing is
/// questioned).
pub fn warnings(s: &Snapshot) -> Vec<Warning> {
    let mut out = Vec::new();
    for (i, q) in s.quarters.iter().enumerate() {
        let reference = q.quarter.end().min(s.as_of);
        for (j, r) in q.risks.iter().enumerate() {
            risk(&mut out, &format!("quarters[{i}].risks[{j}]"), r, reference);
        }
        for (j, c) in q.pdca.iter().enumerate() {
            pdca(&mut out, &format!("quarters[{i}].pdca[{j}]"), c);
        }
    }
    out
}

/// The last day of `d`'s month.
fn month_end(d: Date) -> Date {
    let next = Date::new(d.year(), d.month(), 1).unwrap_or(d).add_days(32);
    Date::new(next.year(), next.month(), 1).map_or(d, |first| first.add_days(-1))
}

/// The latest review date that agrees with cycle `c` (4-1): one cycle (`cycle_days`) after its last
/// recorded phase date, to the end of that month (reviews are set at month-end meetings); `None` without
/// any phase date.
pub fn latest_consistent_review(c: &PdcaCycle) -> Option<Date> {
    let last = [c.last_plan, c.last_do, c.last_check, c.last_act].into_iter().flatten().max()?;
    Some(month_end(last.add_days(i64::from(c.cycle_days))))
}

/// A PDCA cycle whose `next_review` is later than its cycle allows.
fn pdca(out: &mut Vec<Warning>, path: &str, c: &PdcaCycle) {
    let Some(latest) = latest_consistent_review(c) else { return };
    if c.next_review > latest {
        let days = c.cycle_days;
        out.push(Warning::new(
            format!("{path}.next_review"),
            Check::NextReviewBeyondCycle,
            format!(
                "next review {} is later than one {days}-day cycle after the last recorded phase ({latest} at the latest): review the cycle length or the date",
                c.next_review
            ),
            format!(
                "次回見直し {} が、最後に記録した段階から周期 {days} 日後（遅くとも {latest}）より後です。周期または見直し日を確認してください",
                c.next_review
            ),
        ));
    }
}

/// The warnings of one risk at `path`, judged at the quarter's `reference` date.
fn risk(out: &mut Vec<Warning>, path: &str, r: &Risk, reference: Date) {
    let (inh, res) = (&r.inherent, &r.residual);
    for (axis, ja_axis, i, v) in
        [("likelihood", "発生可能性", inh.likelihood, res.likelihood), ("impact", "影響度", inh.impact, res.impact)]
    {
        if v > i {
            out.push(Warning::new(
                format!("{path}.residual.{axis}"),
                Check::ResidualAboveInherent,
                format!("residual {axis} {v} is above the inherent {i}: treatment does not raise a risk"),
                format!("残留リスクの{ja_axis} {v} が固有リスクの {i} を上回っています（対応でリスクは上がりません）"),
            ));
        }
    }
    let lowered = res.likelihood < inh.likelihood || res.impact < inh.impact;
    match r.treatment {
        Treatment::Retain if lowered => out.push(Warning::new(
            format!("{path}.treatment"),
            Check::RetainLowered,
            "treatment is retain (accepted as is) but the residual rating is below the inherent one: is it reduce?"
                .into(),
            "対応が「保有」（そのまま受容）なのに残留リスクが固有リスクより低く評価されています。「低減」ではありませんか".into(),
        )),
        Treatment::Transfer => match &r.insurance {
            None => out.push(Warning::new(
                format!("{path}.treatment"),
                Check::TransferUninsured,
                "treatment is transfer but no insurance is recorded: name the policy, or record an outsourcing as reduce"
                    .into(),
                "対応が「移転」ですが保険の記録がありません。保険を記録するか、委託による対応は「低減」としてください"
                    .into(),
            )),
            Some(ins) if ins.expires_on < reference => out.push(Warning::new(
                format!("{path}.insurance.expires_on"),
                Check::InsuranceExpired,
                format!("the insurance expired on {} (before {reference}): the risk is no longer transferred", ins.expires_on),
                format!("保険は {} に満了しています（{reference} 時点）。リスクは移転されていません", ins.expires_on),
            )),
            Some(_) => {}
        },
        _ => {}
    }
    let frequencies =
        [("annual_frequency", r.annual_frequency), ("inherent_annual_frequency", r.inherent_annual_frequency)];
    for (field, frequency) in frequencies {
        let Some(frequency) = frequency.filter(|f| *f > IMPLAUSIBLE_FREQUENCY) else { continue };
        let f = crate::text::number(frequency, 1);
        out.push(Warning::new(
            format!("{path}.{field}"),
            Check::ImplausibleFrequency,
            format!("{f} loss events a year is implausible: count incidents that cause a loss, not attempts"),
            format!(
                "年 {f} 回の損失発生は過大です。試行（攻撃・メール）ではなく損失が生じる事象の回数を記録してください"
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{d, risk, snapshot_with};
    use crate::snapshot::Insurance;

    fn codes(r: Risk) -> Vec<(String, &'static str)> {
        let mut out = Vec::new();
        super::risk(&mut out, "r", &r, d("2026-06-30"));
        out.into_iter().map(|w| (w.path, w.check.code())).collect()
    }

    fn with(r: Risk, treatment: Treatment) -> Risk {
        Risk { treatment, ..r }
    }

    fn insured(expires_on: &str) -> Option<Insurance> {
        Some(Insurance { policy: "サイバー保険".into(), cover_yen: 1, expires_on: d(expires_on) })
    }

    #[test]
    fn a_residual_above_the_inherent_is_questioned_per_axis() {
        assert_eq!(codes(risk("a", "x", (2, 2), (2, 2))), vec![]);
        assert_eq!(
            codes(risk("a", "x", (2, 2), (3, 2))),
            vec![("r.residual.likelihood".into(), "residual-above-inherent")]
        );
        assert_eq!(
            codes(risk("a", "x", (2, 2), (3, 3))),
            vec![
                ("r.residual.likelihood".into(), "residual-above-inherent"),
                ("r.residual.impact".into(), "residual-above-inherent")
            ]
        );
        assert_eq!(codes(risk("a", "x", (3, 3), (2, 2))), vec![], "reduce lowering both: fine");
    }

    #[test]
    fn retain_is_questioned_only_when_the_residual_is_lowered() {
        assert_eq!(codes(with(risk("a", "x", (3, 3), (3, 3)), Treatment::Retain)), vec![]);
        assert_eq!(
            codes(with(risk("a", "x", (3, 3), (3, 2)), Treatment::Retain)),
            vec![("r.treatment".into(), "retain-lowered")]
        );
        assert_eq!(
            codes(with(risk("a", "x", (3, 3), (2, 3)), Treatment::Retain)),
            vec![("r.treatment".into(), "retain-lowered")]
        );
    }

    #[test]
    fn a_transfer_needs_insurance_in_force_on_the_reference_date() {
        let t = with(risk("a", "x", (3, 3), (3, 2)), Treatment::Transfer);
        assert_eq!(codes(t.clone()), vec![("r.treatment".into(), "transfer-uninsured")]);
        // Expiring on the reference date is in time; the day before it is not.
        assert_eq!(codes(Risk { insurance: insured("2026-06-30"), ..t.clone() }), vec![]);
        assert_eq!(codes(Risk { insurance: insured("2026-07-01"), ..t.clone() }), vec![]);
        assert_eq!(
            codes(Risk { insurance: insured("2026-06-29"), ..t }),
            vec![("r.insurance.expires_on".into(), "insurance-expired")]
        );
    }

    /// Last phase 2026-01-15, 90 days → 2026-04-15, to the month's end 2026-04-30: in agreement; 2026-05-01
    /// is questioned.
    #[test]
    fn a_next_review_beyond_one_cycle_is_questioned() {
        let c = |next: &str| PdcaCycle {
            id: "a".into(),
            area: "EC".into(),
            area_en: None,
            phase: crate::snapshot::Phase::Do,
            cycle_days: 90,
            last_plan: Some(d("2026-01-10")),
            last_do: Some(d("2026-01-15")),
            last_check: None,
            last_act: None,
            next_review: d(next),
        };
        let at = |next: &str| {
            let mut out = Vec::new();
            pdca(&mut out, "p", &c(next));
            out.into_iter().map(|w| (w.path, w.check.code())).collect::<Vec<_>>()
        };
        assert_eq!(latest_consistent_review(&c("2026-04-30")), Some(d("2026-04-30")));
        assert_eq!(at("2026-04-30"), vec![]);
        assert_eq!(at("2026-05-01"), vec![("p.next_review".into(), "next-review-beyond-cycle")]);
        assert_eq!(month_end(d("2024-02-10")), d("2024-02-29"));
        assert_eq!(month_end(d("2026-12-31")), d("2026-12-31"));
    }

    #[test]
    fn more_than_one_loss_event_a_day_is_questioned() {
        let at = |f: f64| codes(Risk { annual_frequency: Some(f), ..risk("a", "x", (2, 2), (1, 1)) });
        assert_eq!(at(365.0), vec![]);
        assert_eq!(at(365.1), vec![("r.annual_frequency".into(), "implausible-frequency")]);
        assert_eq!(at(1000.0), vec![("r.annual_frequency".into(), "implausible-frequency")]);
    }

    #[test]
    fn warnings_carry_paths_and_both_languages_and_never_make_an_export_invalid() {
        let mut s = snapshot_with(&["2026Q1", "2026Q2"], "2026-06-30");
        s.quarters[1].assets.push(crate::fixture::asset("x", "資産"));
        s.quarters[1].risks.push(Risk { annual_frequency: Some(1000.0), ..risk("a", "x", (1, 1), (2, 1)) });
        crate::fixture::assert_valid(&s);
        let w = warnings(&s);
        assert_eq!(
            w.iter().map(|w| w.located(false)).collect::<Vec<_>>(),
            vec![
                "quarters[1].risks[0].residual.likelihood: residual likelihood 2 is above the inherent 1: treatment does not raise a risk",
                "quarters[1].risks[0].annual_frequency: 1000 loss events a year is implausible: count incidents that cause a loss, not attempts",
            ]
        );
        assert!(w.iter().all(|w| !w.ja.is_empty() && w.ja != w.en));
    }
}
