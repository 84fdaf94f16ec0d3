//! The PDCA view's words, in Japanese and English.

use csm_core::pdca::CycleBasis;
use csm_core::snapshot::{AuditKind, Language, Phase, ReportKind};
use csm_core::vocabulary::Term;

use crate::i18n;

/// Fixed labels of the PDCA view.
#[derive(Debug, PartialEq, Eq)]
pub struct Labels {
    /// View heading.
    pub title: &'static str,
    /// Heading of the areas card.
    pub areas_title: &'static str,
    /// Explains the areas card.
    pub areas_note: &'static str,
    /// Column: area.
    pub area: &'static str,
    /// Column: phase.
    pub phase: &'static str,
    /// Column: days in phase.
    pub days_in_phase: &'static str,
    /// Column: planned cycle.
    pub planned: &'static str,
    /// Column: actual cycle.
    pub actual: &'static str,
    /// Column: next review.
    pub next_review: &'static str,
    /// "Current".
    pub current: &'static str,
    /// "Overdue".
    pub overdue: &'static str,
    /// "On schedule".
    pub on_schedule: &'static str,
    /// "Longer than planned".
    pub overrun: &'static str,
    /// "Not measurable".
    pub unknown: &'static str,
    /// "Overdue reviews".
    pub overdue_reviews: &'static str,
    /// Shown without areas.
    pub no_areas: &'static str,
    /// Heading of the reporting card.
    pub reporting_title: &'static str,
    /// Explains the reporting card.
    pub reporting_note: &'static str,
    /// "Progress reports".
    pub progress: &'static str,
    /// "Status reports".
    pub status: &'static str,
    /// Short "progress".
    pub progress_short: &'static str,
    /// Short "status".
    pub status_short: &'static str,
    /// Month state: missing.
    pub month_missing: &'static str,
    /// Month state: in progress.
    pub month_in_progress: &'static str,
    /// Month state: no data.
    pub month_no_data: &'static str,
    /// Month state: reported.
    pub month_reported: &'static str,
    /// "Months without any report".
    pub months_missing: &'static str,
    /// "Incident and audit reports".
    pub other_reports: &'static str,
    /// "Last progress report".
    pub last_progress: &'static str,
    /// "Guideline: 2 to 4 a year".
    pub progress_rule: &'static str,
    /// "Guideline: about monthly".
    pub status_rule: &'static str,
    /// "Meets the guideline".
    pub meets: &'static str,
    /// "Below the guideline".
    pub below: &'static str,
    /// Heading of the year's reports list.
    pub reports_title: &'static str,
    /// Column: date.
    pub date: &'static str,
    /// Column: kind.
    pub kind: &'static str,
    /// Column: forum.
    pub forum: &'static str,
    /// Column: summary.
    pub summary: &'static str,
    /// Shown without reports.
    pub no_reports: &'static str,
    /// Heading of the audits card.
    pub audits_title: &'static str,
    /// Explains the audits card.
    pub audits_note: &'static str,
    /// "Audit (external, internal or statutory auditor's)".
    pub audit: &'static str,
    /// "Statutory auditor's audit".
    pub statutory: &'static str,
    /// "Security test".
    pub security_test: &'static str,
    /// "Last".
    pub last: &'static str,
    /// "None".
    pub none: &'static str,
    /// Column: auditor.
    pub auditor: &'static str,
    /// Column: scope.
    pub scope: &'static str,
    /// Shown without audits.
    pub no_audits: &'static str,
    /// Note when the records do not cover the trailing year.
    pub partial_year: &'static str,
    /// The PDCA steps' accessible name.
    pub steps: &'static str,
}

/// Japanese.
pub const JA: Labels = Labels {
    title: "PDCA・経営者への報告",
    areas_title: "領域ごとの PDCA サイクル",
    areas_note: "実績サイクルは直近 2 回の計画日の間隔（なければ計画から改善までの日数）。次回レビュー日を過ぎた領域は期限超過です（4-1）。",
    area: "領域",
    phase: "フェーズ",
    days_in_phase: "フェーズ経過",
    planned: "計画サイクル",
    actual: "実績サイクル",
    next_review: "次回レビュー",
    current: "現在",
    overdue: "期限超過",
    on_schedule: "期限内",
    overrun: "計画より長い",
    unknown: "測定できません",
    overdue_reviews: "レビュー期限超過",
    no_areas: "PDCA の記録がありません。",
    reporting_title: "経営者への報告（直近12か月）",
    reporting_note: "進捗報告は年2〜4回、状況報告はおおむね毎月が目安です（付録3 (4)-1）。",
    progress: "進捗報告",
    status: "状況報告",
    progress_short: "進捗",
    status_short: "状況",
    month_missing: "未報告",
    month_in_progress: "集計中",
    month_no_data: "記録なし",
    month_reported: "報告あり",
    months_missing: "経営者への報告がない月",
    other_reports: "インシデント・監査報告",
    last_progress: "最後の進捗報告",
    progress_rule: "目安：年2〜4回",
    status_rule: "目安：毎月",
    meets: "目安を満たす",
    below: "目安に届かない",
    reports_title: "直近12か月の報告（状況報告を除く）",
    date: "日付",
    kind: "種類",
    forum: "報告先・会議体",
    summary: "概要",
    no_reports: "直近12か月に報告はありません。",
    audits_title: "監査・脆弱性診断・ペネトレーションテスト（直近12か月）",
    audits_note: "監査（外部、またはセキュリティ部門以外による内部監査）と、脆弱性診断またはペネトレーションテストを年1回以上（付録3 (4)-2）。",
    audit: "監査（外部・内部・監査役）",
    statutory: "監査役の監査",
    security_test: "脆弱性診断・ペネトレーションテスト",
    last: "最終実施",
    none: "なし",
    auditor: "実施者",
    scope: "範囲",
    no_audits: "直近12か月に監査・診断はありません。",
    partial_year: "エクスポートの記録は直近12か月をすべては覆っていません。12か月の件数は一部の期間の値です。",
    steps: "PDCA の段階",
};

/// English.
pub const EN: Labels = Labels {
    title: "PDCA and reporting to the executive",
    areas_title: "PDCA cycle by area",
    areas_note: "The actual cycle is the time between the last two plans (else from the plan to the act). An area past its next review date is overdue (4-1).",
    area: "Area",
    phase: "Phase",
    days_in_phase: "In phase",
    planned: "Planned cycle",
    actual: "Actual cycle",
    next_review: "Next review",
    current: "Now",
    overdue: "Overdue",
    on_schedule: "On schedule",
    overrun: "longer than planned",
    unknown: "Not measurable",
    overdue_reviews: "Reviews overdue",
    no_areas: "No PDCA records.",
    reporting_title: "Reporting to the executive (last 12 months)",
    reporting_note: "Progress reports 2 to 4 times a year and status reports about monthly (check sheet (4)-1).",
    progress: "Progress reports",
    status: "Status reports",
    progress_short: "Progress",
    status_short: "Status",
    month_missing: "Missing",
    month_in_progress: "In progress",
    month_no_data: "No data",
    month_reported: "Reported",
    months_missing: "Months without any report to the executive",
    other_reports: "Incident and audit reports",
    last_progress: "Last progress report",
    progress_rule: "Guideline: 2 to 4 a year",
    status_rule: "Guideline: monthly",
    meets: "Meets the guideline",
    below: "Below the guideline",
    reports_title: "Reports in the last 12 months (status reports aside)",
    date: "Date",
    kind: "Kind",
    forum: "Forum",
    summary: "Summary",
    no_reports: "No reports in the last 12 months.",
    audits_title: "Audits, vulnerability assessments and penetration tests (last 12 months)",
    audits_note: "An audit (external, or internal by people outside the security organisation) and a vulnerability assessment or penetration test at least yearly (check sheet (4)-2).",
    audit: "Audit (external, internal or statutory auditor's)",
    statutory: "Statutory auditor's audit",
    security_test: "Vulnerability assessment or penetration test",
    last: "Last",
    none: "None",
    auditor: "By",
    scope: "Scope",
    no_audits: "No audit or test in the last 12 months.",
    partial_year: "The export's records do not cover the whole last 12 months; counts over the year are partial.",
    steps: "PDCA steps",
};

/// The labels of `lang`.
pub fn labels(lang: Language) -> &'static Labels {
    match lang {
        Language::Ja => &JA,
        Language::En => &EN,
    }
}

/// The four steps, in order, with their letter and name.
pub const STEPS: [Phase; 4] = [Phase::Plan, Phase::Do, Phase::Check, Phase::Act];

/// `P`, `D`, `C`, `A`.
pub fn letter(phase: Phase) -> &'static str {
    match phase {
        Phase::Plan => "P",
        Phase::Do => "D",
        Phase::Check => "C",
        Phase::Act => "A",
    }
}

/// `plan`, `do`, `check`, `act`.
pub fn phase_code(phase: Phase) -> &'static str {
    phase.code()
}

/// A number of days: `45日` / `45 days` (`1 day`).
pub fn days(lang: Language, n: i64) -> String {
    let c = i18n::count(n.unsigned_abs());
    let sign = if n < 0 { "−" } else { "" };
    match lang {
        Language::Ja => format!("{sign}{c}日"),
        Language::En if n.abs() == 1 => format!("{sign}1 day"),
        Language::En => format!("{sign}{c} days"),
    }
}

/// How the actual cycle was measured: `計画→計画` / `plan to plan`.
pub fn basis(lang: Language, b: CycleBasis) -> &'static str {
    b.label(lang)
}

/// `期限超過 12日` / `Overdue by 12 days`.
pub fn overdue_by(lang: Language, days_overdue: i64) -> String {
    match lang {
        Language::Ja => format!("期限超過 {}", days(lang, days_overdue)),
        Language::En => format!("Overdue by {}", days(lang, days_overdue)),
    }
}

/// An open cycle past its length (4-1): `周期超過 12日` / `Cycle over by 12 days`.
pub fn cycle_over_by(lang: Language, days_over: i64) -> String {
    match lang {
        Language::Ja => format!("周期超過 {}", days(lang, days_over)),
        Language::En => format!("Cycle over by {}", days(lang, days_over)),
    }
}

/// An area with no check on record (4-1 start from Check).
pub fn not_checked(lang: Language) -> &'static str {
    match lang {
        Language::Ja => "確認（Check）の記録なし",
        Language::En => "No check on record",
    }
}

/// A month of the strip: `2025年10月` / `Oct 2025`.
pub fn month(lang: Language, year: u16, month: u8) -> String {
    const EN_MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    match lang {
        Language::Ja => format!("{year}年{month}月"),
        Language::En => {
            let name = EN_MONTHS.get(usize::from(month).wrapping_sub(1)).copied().unwrap_or("?");
            format!("{name} {year}")
        }
    }
}

/// A label and its value: `最終実施：2026年5月1日` / `Last: 1 May 2026`.
pub fn pair(lang: Language, label: &str, value: &str) -> String {
    match lang {
        Language::Ja => format!("{label}：{value}"),
        Language::En => format!("{label}: {value}"),
    }
}

/// `progress`, `status`, `incident`, `audit`.
pub fn report_code(kind: ReportKind) -> &'static str {
    kind.code()
}

/// A count of reports: `2回` / `2` (the heading names the kind).
pub fn times(lang: Language, n: u32) -> String {
    let c = i18n::count(n.into());
    match lang {
        Language::Ja => format!("{c}回"),
        Language::En => c,
    }
}

/// A count of months: `2か月` / `2 months`.
pub fn months(lang: Language, n: usize) -> String {
    let c = i18n::count(n as u64);
    match lang {
        Language::Ja => format!("{c}か月"),
        Language::En if n == 1 => "1 month".to_owned(),
        Language::En => format!("{c} months"),
    }
}

/// The name of a report kind.
pub fn report_kind(lang: Language, kind: ReportKind) -> &'static str {
    kind.label(lang)
}

/// The name of an audit kind.
pub fn audit_kind(lang: Language, kind: AuditKind) -> &'static str {
    kind.label(lang)
}

/// Every audit kind, in display order.
pub const AUDIT_KINDS: [AuditKind; 5] = [
    AuditKind::Internal,
    AuditKind::External,
    AuditKind::StatutoryAuditor,
    AuditKind::VulnerabilityAssessment,
    AuditKind::PenetrationTest,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_with_numbers() {
        assert_eq!(days(Language::Ja, 1234), "1,234日");
        assert_eq!(days(Language::En, 1), "1 day");
        assert_eq!(days(Language::En, -3), "−3 days");
        assert_eq!(overdue_by(Language::En, 12), "Overdue by 12 days");
        assert_eq!(overdue_by(Language::Ja, 12), "期限超過 12日");
        assert_eq!(month(Language::Ja, 2025, 10), "2025年10月");
        assert_eq!(month(Language::En, 2026, 1), "Jan 2026");
        assert_eq!(times(Language::Ja, 3), "3回");
        assert_eq!(pair(Language::Ja, "最終実施", "なし"), "最終実施：なし");
        assert_eq!(pair(Language::En, "Last", "None"), "Last: None");
        assert_eq!(months(Language::En, 1), "1 month");
        assert_eq!(letter(Phase::Check), "C");
        assert_eq!(report_kind(Language::En, ReportKind::Audit), "Audit results");
        assert_eq!(audit_kind(Language::Ja, AuditKind::PenetrationTest), "ペネトレーションテスト");
        assert_eq!(basis(Language::En, CycleBasis::PlanToPlan), "plan to plan");
    }

    #[test]
    fn both_languages_fill_every_label() {
        for l in [&JA, &EN] {
            assert!(!format!("{l:?}").contains(": \"\""));
        }
    }
}
