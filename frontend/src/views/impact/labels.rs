//! The business impact view's words, in Japanese and English.

use csm_core::snapshot::Language;

use crate::i18n;

/// Fixed labels of the business impact view.
#[derive(Debug, PartialEq, Eq)]
pub struct Labels {
    /// View heading.
    pub title: &'static str,
    /// Says what the view answers.
    pub lead: &'static str,
    /// The export records no business impact analysis.
    pub not_recorded: &'static str,
    /// The export states no scenario.
    pub no_scenario: &'static str,
    /// "Scenario".
    pub scenario: &'static str,
    /// "Outage".
    pub outage: &'static str,
    /// "Total loss".
    pub total_loss: &'static str,
    /// "Processes beyond their RTO".
    pub beyond_rto: &'static str,
    /// Table caption.
    pub caption: &'static str,
    /// Column: process.
    pub process: &'static str,
    /// Column: systems.
    pub systems: &'static str,
    /// Column: RTO.
    pub rto: &'static str,
    /// Column: loss per day.
    pub per_day: &'static str,
    /// Column: verdict.
    pub verdict: &'static str,
    /// Column: loss of the scenario.
    pub loss: &'static str,
    /// Column: risks.
    pub risks: &'static str,
    /// "Within RTO".
    pub within: &'static str,
    /// "Beyond RTO".
    pub beyond: &'static str,
    /// "Total".
    pub total: &'static str,
}

const JA: Labels = Labels {
    title: "ビジネスインパクト分析（3-3）",
    lead: "想定した停止が起きたら、どの業務が何日止まり、いくら失うか（0-5 問い①）。",
    not_recorded: "このエクスポートにはビジネスインパクト分析（業務プロセス・許容停止時間・1日あたり損失額）の記録がありません。",
    no_scenario: "想定する停止（シナリオ）が記録されていないため、判定と損失額はありません。",
    scenario: "想定する停止",
    outage: "停止期間",
    total_loss: "損失合計",
    beyond_rto: "許容停止時間を超える業務",
    caption: "業務プロセスごとの影響",
    process: "業務プロセス",
    systems: "必要なシステム",
    rto: "許容停止時間（RTO）",
    per_day: "1日あたり損失額",
    verdict: "判定",
    loss: "想定損失額",
    risks: "関連リスク",
    within: "許容範囲内",
    beyond: "許容停止時間超過",
    total: "合計",
};

const EN: Labels = Labels {
    title: "Business impact analysis (3-3)",
    lead: "If the outage happens, which processes stop for how long, and what it costs (0-5 question 1).",
    not_recorded: "This export records no business impact analysis (business processes, tolerable downtime, loss per day).",
    no_scenario: "No outage scenario is recorded: no verdict and no loss.",
    scenario: "Scenario",
    outage: "Outage",
    total_loss: "Total loss",
    beyond_rto: "Processes beyond their RTO",
    caption: "Impact per business process",
    process: "Process",
    systems: "Systems",
    rto: "Tolerable downtime (RTO)",
    per_day: "Loss per day",
    verdict: "Verdict",
    loss: "Loss of the scenario",
    risks: "Risks",
    within: "Within RTO",
    beyond: "Beyond RTO",
    total: "Total",
};

/// The labels of `lang`.
pub fn labels(lang: Language) -> &'static Labels {
    match lang {
        Language::Ja => &JA,
        Language::En => &EN,
    }
}

/// Days: `7日` / `7 days` (`1 day`).
pub fn days(lang: Language, n: u32) -> String {
    let c = i18n::count(u64::from(n));
    match lang {
        Language::Ja => format!("{c}日"),
        Language::En if n == 1 => "1 day".to_owned(),
        Language::En => format!("{c} days"),
    }
}

/// Hours: `24時間` / `24 h`.
pub fn hours(lang: Language, n: u64) -> String {
    let c = i18n::count(n);
    match lang {
        Language::Ja => format!("{c}時間"),
        Language::En => format!("{c} h"),
    }
}

/// `+144時間` / `144 h over`.
pub fn over(lang: Language, n: u64) -> String {
    let c = i18n::count(n);
    match lang {
        Language::Ja => format!("{c}時間超過"),
        Language::En => format!("{c} h over"),
    }
}
