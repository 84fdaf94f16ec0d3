//! The partners view's words, in Japanese and English.

use csm_core::snapshot::Language;

use crate::i18n;

/// Fixed labels of the partners view.
#[derive(Debug, PartialEq, Eq)]
pub struct Labels {
    /// View heading.
    pub title: &'static str,
    /// Heading of the summary by kind.
    pub kinds_title: &'static str,
    /// Explains the summary by kind.
    pub kinds_note: &'static str,
    /// Column: kind.
    pub kind: &'static str,
    /// Column: important item.
    pub item: &'static str,
    /// Column: partners.
    pub partners: &'static str,
    /// Column: sensitive data.
    pub sensitive: &'static str,
    /// Column: assessed in time.
    pub assessed_in_time: &'static str,
    /// Column: below required.
    pub below_required: &'static str,
    /// Column: never assessed.
    pub never_assessed: &'static str,
    /// Column: review overdue.
    pub overdue: &'static str,
    /// Column: clauses missing.
    pub clauses_missing: &'static str,
    /// Heading of the evidence summary.
    pub evidence_title: &'static str,
    /// Explains the evidence summary.
    pub evidence_note: &'static str,
    /// "Total".
    pub total: &'static str,
    /// Heading of the partners table.
    pub table_title: &'static str,
    /// Column: partner.
    pub partner: &'static str,
    /// Column: evidence.
    pub evidence: &'static str,
    /// Column: maturity.
    pub maturity: &'static str,
    /// Column: contract clauses.
    pub clauses: &'static str,
    /// Column: last review.
    pub last_review: &'static str,
    /// Column: next review.
    pub next_review: &'static str,
    /// "Handles sensitive data".
    pub sensitive_tag: &'static str,
    /// "Not assessed".
    pub not_assessed: &'static str,
    /// Verdict: assessed, no score (evidence without a maturity score).
    pub no_score: &'static str,
    /// Verdict: handles important information on a self-report only (5-2 ①).
    pub self_report_only: &'static str,
    /// "Meets".
    pub meets: &'static str,
    /// "Below".
    pub below: &'static str,
    /// "Required".
    pub required: &'static str,
    /// "All 7 clauses".
    pub all_clauses: &'static str,
    /// "Missing".
    pub missing: &'static str,
    /// "Present".
    pub present: &'static str,
    /// "On schedule".
    pub on_schedule: &'static str,
    /// Heading of the clause matrix.
    pub matrix_title: &'static str,
    /// Explains the clause matrix.
    pub matrix_note: &'static str,
    /// Shown without partners.
    pub no_partners: &'static str,
    /// "Item".
    pub item_prefix: &'static str,
    /// Heading of the outsourcing terms card (7-1, 7-2).
    pub terms_title: &'static str,
    /// Explains the outsourcing terms card.
    pub terms_note: &'static str,
    /// Column: scope split.
    pub scope_split: &'static str,
    /// Column: service level.
    pub sla: &'static str,
    /// Column: emergency cooperation.
    pub emergency: &'static str,
    /// Column: subcontracting.
    pub subcontracting: &'static str,
    /// Column: cloud points.
    pub cloud_points: &'static str,
    /// Column: report period.
    pub report_period: &'static str,
    /// "Yes".
    pub yes: &'static str,
    /// "No".
    pub no: &'static str,
    /// "Not recorded".
    pub not_recorded: &'static str,
    /// "Not allowed".
    pub not_allowed: &'static str,
    /// "Allowed, requirements flow down".
    pub flows_down: &'static str,
    /// "Allowed, no flow-down".
    pub no_flow_down: &'static str,
    /// "Stale".
    pub stale: &'static str,
    /// "Current".
    pub current: &'static str,
    /// Prefix of the availability target.
    pub availability: &'static str,
}

/// Japanese.
pub const JA: Labels = Labels {
    title: "サプライチェーン・委託先",
    kinds_title: "種別ごとの状況",
    kinds_note: "グループ企業・取引先は重要項目5、委託先・クラウド事業者は重要項目7に対応します。",
    kind: "種別",
    item: "重要項目",
    partners: "社数",
    sensitive: "機微情報",
    assessed_in_time: "期限内に評価済み",
    below_required: "要求水準未満",
    never_assessed: "未評価",
    overdue: "見直し期限超過",
    clauses_missing: "契約条項の欠落",
    evidence_title: "評価の根拠（期限内に評価済みの社数）",
    evidence_note: "① 自己評価報告 ② 自社による監査 ③ 第三者監査（5-2）。",
    total: "合計",
    table_title: "取引先・委託先一覧",
    partner: "取引先・委託先",
    evidence: "評価の根拠",
    maturity: "成熟度／要求水準",
    clauses: "契約条項（5-1 の7項目）",
    last_review: "前回評価",
    next_review: "次回評価",
    sensitive_tag: "機微情報を扱う",
    not_assessed: "未評価",
    no_score: "評価済み（スコアなし）",
    self_report_only: "重要情報なのに自己点検のみ",
    meets: "要求水準以上",
    below: "要求水準未満",
    required: "要求",
    all_clauses: "7項目すべて",
    missing: "欠落",
    present: "あり",
    on_schedule: "期限内",
    matrix_title: "契約条項の整備状況（5-1）",
    terms_title: "委託条件（重要項目7）",
    terms_note: "自組織と委託先の切り分け（(7)-1）、サービスレベル、緊急時の協力（(7)-2）、再委託先への要求、クラウドは「クラウドサービス安全利用のすすめ」の7つの確認事項。空欄は未記録（判定しません）。",
    scope_split: "切り分けの明文化",
    sla: "サービスレベル",
    emergency: "緊急時の協力",
    subcontracting: "再委託",
    cloud_points: "クラウドの確認事項",
    report_period: "報告書の対象期間",
    yes: "あり",
    no: "なし",
    not_recorded: "未記録",
    not_allowed: "不可",
    flows_down: "可・同等の対策を要求",
    no_flow_down: "可・要求なし",
    stale: "12か月超",
    current: "有効",
    availability: "稼働率目標",
    matrix_note: "委託契約に盛り込むべき7項目：①守秘義務 ②再委託 ③事故時の責任分担 ④終了時の返却・廃棄・消去 ⑤監査の方法と権限 ⑥契約不遵守時の措置 ⑦事故発生時の報告方法。",
    no_partners: "取引先・委託先の登録はありません。",
    item_prefix: "項目",
};

/// English.
pub const EN: Labels = Labels {
    title: "Supply chain and outsourcing",
    kinds_title: "By kind",
    kinds_note: "Group companies and suppliers belong to important item 5; outsourcers and cloud providers to item 7.",
    kind: "Kind",
    item: "Item",
    partners: "Partners",
    sensitive: "Sensitive data",
    assessed_in_time: "Assessed in time",
    below_required: "Below required",
    never_assessed: "Never assessed",
    overdue: "Review overdue",
    clauses_missing: "Clauses missing",
    evidence_title: "Evidence (partners assessed in time)",
    evidence_note: "① self-report ② own audit ③ third-party audit (5-2).",
    total: "Total",
    table_title: "Partners",
    partner: "Partner",
    evidence: "Evidence",
    maturity: "Maturity / required",
    clauses: "Contract clauses (the 7 of 5-1)",
    last_review: "Last assessed",
    next_review: "Next assessment",
    sensitive_tag: "Handles sensitive data",
    not_assessed: "Not assessed",
    no_score: "Assessed, no score",
    self_report_only: "Important information, self-report only",
    meets: "Meets requirement",
    below: "Below requirement",
    required: "required",
    all_clauses: "All 7 clauses",
    missing: "Missing",
    present: "Present",
    on_schedule: "On schedule",
    matrix_title: "Contract clauses (5-1)",
    terms_title: "Outsourcing terms (important item 7)",
    terms_note: "The split of who does what ((7)-1), service levels, emergency cooperation ((7)-2), requirements on subcontractors, and for cloud providers the seven points of IPA's cloud guidance. Blank: not recorded (not judged).",
    scope_split: "Scope split documented",
    sla: "Service level",
    emergency: "Emergency cooperation",
    subcontracting: "Subcontracting",
    cloud_points: "Cloud points",
    report_period: "Report period",
    yes: "Yes",
    no: "No",
    not_recorded: "Not recorded",
    not_allowed: "Not allowed",
    flows_down: "Allowed, requirements flow down",
    no_flow_down: "Allowed, no flow-down",
    stale: "Over 12 months old",
    current: "Current",
    availability: "availability",
    matrix_note: "The 7 clauses of an outsourcing contract: ① confidentiality ② subcontracting ③ liability for incidents ④ return or disposal at the end ⑤ audit rights ⑥ measures for non-compliance ⑦ incident reporting.",
    no_partners: "No partners are registered.",
    item_prefix: "Item",
};

/// The labels of `lang`.
pub fn labels(lang: Language) -> &'static Labels {
    match lang {
        Language::Ja => &JA,
        Language::En => &EN,
    }
}

/// The circled number of clause `i` (0-based): ①…⑦.
pub fn circled(i: usize) -> &'static str {
    ["①", "②", "③", "④", "⑤", "⑥", "⑦"].get(i).copied().unwrap_or("・")
}

/// A maturity: `3.5`.
pub fn maturity(value: f64) -> String {
    csm_core::text::number(value, 1)
}

/// `要求 3` / `required 3`.
pub fn required(lang: Language, value: f64) -> String {
    format!("{} {}", labels(lang).required, maturity(value))
}

/// `期限超過 12日` / `Overdue by 12 days`.
pub fn overdue_by(lang: Language, days: i64) -> String {
    let n = i18n::count(days.unsigned_abs());
    match lang {
        Language::Ja => format!("期限超過 {n}日"),
        Language::En if days == 1 => "Overdue by 1 day".to_owned(),
        Language::En => format!("Overdue by {n} days"),
    }
}

/// `項目 5` / `Item 5`.
pub fn item(lang: Language, item: u8) -> String {
    format!("{} {item}", labels(lang).item_prefix)
}

/// A clause's accessible status: `守秘義務：あり` / `confidentiality: present`.
pub fn clause_status(lang: Language, clause: &str, present: bool) -> String {
    let l = labels(lang);
    let word = if present { l.present } else { l.missing };
    match lang {
        Language::Ja => format!("{clause}：{word}"),
        Language::En => format!("{clause}: {}", word.to_lowercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_with_numbers() {
        assert_eq!(circled(0), "①");
        assert_eq!(circled(6), "⑦");
        assert_eq!(circled(7), "・");
        assert_eq!(maturity(3.0), "3");
        assert_eq!(maturity(2.75), "2.8");
        assert_eq!(required(Language::Ja, 3.0), "要求 3");
        assert_eq!(overdue_by(Language::En, 1), "Overdue by 1 day");
        assert_eq!(overdue_by(Language::Ja, 40), "期限超過 40日");
        assert_eq!(item(Language::En, 7), "Item 7");
        assert_eq!(clause_status(Language::En, "audit rights", false), "audit rights: missing");
        assert_eq!(clause_status(Language::Ja, "再委託", true), "再委託：あり");
    }

    #[test]
    fn both_languages_fill_every_label() {
        for l in [&JA, &EN] {
            assert!(!format!("{l:?}").contains(": \"\""));
        }
    }
}
