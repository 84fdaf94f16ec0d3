//! The words of the readiness view's incident and disclosure cards, in Japanese and English.

use csm_core::snapshot::Language;

use crate::i18n;

/// Fixed labels of the incident timeline and the disclosure plan.
#[derive(Debug, PartialEq, Eq)]
pub struct Labels {
    /// Heading of the timeline card.
    pub timeline_title: &'static str,
    /// Explains the timeline card.
    pub timeline_note: &'static str,
    /// Shown without incidents.
    pub no_incidents: &'static str,
    /// Column: incident.
    pub incident: &'static str,
    /// Column: impact.
    pub impact: &'static str,
    /// Column: detected.
    pub detected: &'static str,
    /// Column: reported to the executive.
    pub reported: &'static str,
    /// Column: contained.
    pub contained: &'static str,
    /// Column: closed.
    pub closed: &'static str,
    /// Column: disclosed to the public.
    pub disclosed: &'static str,
    /// Column: notices.
    pub notices: &'static str,
    /// "Personal data".
    pub personal_data: &'static str,
    /// Heading of the trend card.
    pub trend_title: &'static str,
    /// Explains the trend card.
    pub trend_note: &'static str,
    /// Column: category.
    pub category: &'static str,
    /// "By impact (incidents / near-misses)".
    pub by_impact: &'static str,
    /// Heading of the plan card.
    pub plan_title: &'static str,
    /// "Escalation limits".
    pub escalation: &'static str,
    /// "Notice template (5W1H)".
    pub template: &'static str,
    /// "Staged disclosure".
    pub stages: &'static str,
    /// "Spokesperson".
    pub spokesperson: &'static str,
    /// "Not recorded".
    pub not_recorded: &'static str,
    /// "Covered".
    pub covered: &'static str,
    /// "Lacking".
    pub lacking: &'static str,
    /// "Public documents in the last 12 months".
    pub publications: &'static str,
    /// "Expected by (4)-4's target".
    pub expected: &'static str,
}

const JA: Labels = Labels {
    timeline_title: "インシデントの時系列（今期）",
    timeline_note: "検知から経営者への報告、封じ込め、完了、公表まで。経営者への報告はエスカレーション基準の期限と比べます（期限日は基準内）。",
    no_incidents: "今期のインシデントはありません",
    incident: "インシデント",
    impact: "影響度",
    detected: "検知",
    reported: "経営者への報告",
    contained: "封じ込め",
    closed: "完了",
    disclosed: "公表",
    notices: "通知（段階・通知先・日）",
    personal_data: "個人情報",
    trend_title: "分類別の推移",
    trend_note: "インシデント / ヒヤリハットの件数（四半期ごと）。",
    category: "分類",
    by_impact: "影響度別（インシデント / ヒヤリハット）",
    plan_title: "開示の準備",
    escalation: "経営者への報告期限",
    template: "通知文の 5W1H",
    stages: "段階的な開示",
    spokesperson: "対外的な説明者",
    not_recorded: "記録なし",
    covered: "含む",
    lacking: "不足",
    publications: "公表文書（直近12か月）",
    expected: "(4)-4 の目標",
};

const EN: Labels = Labels {
    timeline_title: "Incident timeline (this quarter)",
    timeline_note: "From detection to the report to the executive, containment, closure and public disclosure. The report is compared with the escalation rule's limit (its last day is in time).",
    no_incidents: "No incident this quarter",
    incident: "Incident",
    impact: "Impact",
    detected: "Detected",
    reported: "Reported to the executive",
    contained: "Contained",
    closed: "Closed",
    disclosed: "Made public",
    notices: "Notices (stage, recipient, date)",
    personal_data: "Personal data",
    trend_title: "Trend by category",
    trend_note: "Incidents / near-misses per quarter.",
    category: "Category",
    by_impact: "By impact (incidents / near-misses)",
    plan_title: "Disclosure plan",
    escalation: "Escalation limits",
    template: "Notice template (5W1H)",
    stages: "Staged disclosure",
    spokesperson: "Spokesperson",
    not_recorded: "Not recorded",
    covered: "Covers",
    lacking: "Lacks",
    publications: "Public documents (last 12 months)",
    expected: "(4)-4 target",
};

/// The labels in `lang`.
pub fn labels(lang: Language) -> &'static Labels {
    match lang {
        Language::Ja => &JA,
        Language::En => &EN,
    }
}

/// A lag in days.
pub fn days(lang: Language, n: i64) -> String {
    let c = i18n::count(n.unsigned_abs());
    match lang {
        Language::Ja => format!("{c}日"),
        Language::En if n == 1 => "1 day".to_owned(),
        Language::En => format!("{c} days"),
    }
}

/// "n days / limit m days".
pub fn lag_against(lang: Language, lag: i64, limit: u32) -> String {
    match lang {
        Language::Ja => format!("{} / 期限 {}", days(lang, lag), days(lang, i64::from(limit))),
        Language::En => format!("{} / limit {}", days(lang, lag), days(lang, i64::from(limit))),
    }
}

/// "incidents / near-misses".
pub fn pair(i: u32, n: u32) -> String {
    format!("{} / {}", i18n::count(u64::from(i)), i18n::count(u64::from(n)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lags_read_in_both_languages() {
        assert_eq!(lag_against(Language::Ja, 1, 1), "1日 / 期限 1日");
        assert_eq!(lag_against(Language::En, 4, 3), "4 days / limit 3 days");
        assert_eq!(days(Language::En, 1), "1 day");
        assert_eq!(pair(2, 15), "2 / 15");
        assert_ne!(labels(Language::Ja), labels(Language::En));
    }
}
