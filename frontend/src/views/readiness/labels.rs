//! The readiness view's words, in Japanese and English.

use csm_core::readiness::DocumentState;
use csm_core::snapshot::{DrillScope, Language, MembershipKind, PublicationKind, SharingRecipient};
use csm_core::vocabulary::Term;

use crate::i18n;

/// Fixed labels of the readiness view.
#[derive(Debug, PartialEq, Eq)]
pub struct Labels {
    /// View heading.
    pub title: &'static str,
    /// Heading of the CSIRT card.
    pub csirt_title: &'static str,
    /// "Form".
    pub form: &'static str,
    /// "Members".
    pub members: &'static str,
    /// "Outside forensics".
    pub forensics: &'static str,
    /// "Contracted".
    pub contracted: &'static str,
    /// "Not contracted".
    pub not_contracted: &'static str,
    /// "Authority to disconnect networks" (9-2).
    pub authority_disconnect: &'static str,
    /// "Authority to stop services" (9-2).
    pub authority_stop: &'static str,
    /// "Criteria to stop services" (9-2).
    pub stop_criteria: &'static str,
    /// "Criteria to restore services" (9-2).
    pub restore_criteria: &'static str,
    /// "Held / set".
    pub in_place: &'static str,
    /// "Not held / not set".
    pub not_in_place: &'static str,
    /// "Not recorded".
    pub not_recorded: &'static str,
    /// Heading of the budget and people card (item 6).
    pub people_title: &'static str,
    /// "Budget".
    pub budget: &'static str,
    /// "Security budget".
    pub security_budget: &'static str,
    /// "Pre-incident".
    pub pre_incident: &'static str,
    /// "Operations".
    pub operations: &'static str,
    /// "Post-incident".
    pub post_incident: &'static str,
    /// "IT budget".
    pub it_budget: &'static str,
    /// "Approved on".
    pub approved_on: &'static str,
    /// "Security staff".
    pub security_staff: &'static str,
    /// "Qualified".
    pub qualified: &'static str,
    /// "Plan".
    pub plan: &'static str,
    /// "Skills gaps".
    pub skills_gaps: &'static str,
    /// "Outside experts and services".
    pub external_resources: &'static str,
    /// "Career path".
    pub career_path: &'static str,
    /// "Performance criteria".
    pub evaluation_criteria: &'static str,
    /// Heading of the documents card.
    pub documents_title: &'static str,
    /// Explains the documents card.
    pub documents_note: &'static str,
    /// Column: document.
    pub document: &'static str,
    /// Column: state.
    pub state: &'static str,
    /// Column: approved by.
    pub approved_by: &'static str,
    /// Column: last review.
    pub last_review: &'static str,
    /// Column: age.
    pub age: &'static str,
    /// Column: interval.
    pub interval: &'static str,
    /// Column: due.
    pub due: &'static str,
    /// Heading of the drills card.
    pub drills_title: &'static str,
    /// "Last drill".
    pub last_drill: &'static str,
    /// "None".
    pub none: &'static str,
    /// "Drills in the last 12 months".
    pub drills_in_year: &'static str,
    /// "Executive took part".
    pub executive_in_year: &'static str,
    /// "Yes".
    pub yes: &'static str,
    /// "No".
    pub no: &'static str,
    /// "Open follow-up actions".
    pub open_actions: &'static str,
    /// "Overdue follow-up actions".
    pub overdue_actions: &'static str,
    /// Column: action.
    pub action: &'static str,
    /// Column: due date.
    pub due_date: &'static str,
    /// Column: days overdue.
    pub days_overdue: &'static str,
    /// Shown without overdue actions.
    pub no_overdue: &'static str,
    /// Heading of the notification card.
    pub notification_title: &'static str,
    /// "Notification list".
    pub list: &'static str,
    /// "Present".
    pub present: &'static str,
    /// "Missing".
    pub missing: &'static str,
    /// "Police on the list".
    pub police: &'static str,
    /// "Listed".
    pub listed: &'static str,
    /// "Not listed".
    pub not_listed: &'static str,
    /// "Report formats".
    pub formats: &'static str,
    /// Shown without report formats.
    pub no_formats: &'static str,
    /// Heading of the sharing card.
    pub sharing_title: &'static str,
    /// "Alert sources".
    pub alert_sources: &'static str,
    /// "Communities".
    pub communities: &'static str,
    /// "Reports filed (12 months)".
    pub reports_filed: &'static str,
    /// "Of which to IPA or JPCERT/CC".
    pub to_ipa: &'static str,
    /// Column: body.
    pub body: &'static str,
    /// Column: kind.
    pub kind: &'static str,
    /// Column: contact.
    pub contact: &'static str,
    /// Column: since.
    pub since: &'static str,
    /// Shown without memberships.
    pub no_memberships: &'static str,
    /// Heading of the reports filed.
    pub filed_title: &'static str,
    /// Column: date.
    pub date: &'static str,
    /// Column: recipient.
    pub to: &'static str,
    /// Column: subject.
    pub subject: &'static str,
    /// Column: incident.
    pub incident: &'static str,
    /// Shown without reports filed.
    pub no_filed: &'static str,
    /// Heading of the publications card.
    pub publications_title: &'static str,
    /// Explains the publications card.
    pub publications_note: &'static str,
    /// Column: title.
    pub pub_title: &'static str,
    /// Shown without publications.
    pub no_publications: &'static str,
    /// Marks a URL shown as text because it is not http(s).
    pub not_a_link: &'static str,
    /// "Item".
    pub item: &'static str,
    /// "(opens in a new tab)".
    pub new_tab: &'static str,
}

/// Japanese.
pub const JA: Labels = Labels {
    title: "緊急時対応・情報共有の備え",
    csirt_title: "CSIRT（インシデント対応体制）",
    form: "体制",
    members: "メンバー",
    forensics: "外部のフォレンジック事業者",
    contracted: "契約あり",
    not_contracted: "契約なし",
    authority_disconnect: "ネットワーク遮断の権限",
    authority_stop: "サービス停止の権限",
    stop_criteria: "サービス停止の判断基準",
    restore_criteria: "サービス復旧の判断基準",
    in_place: "あり",
    not_in_place: "なし",
    not_recorded: "未記録",
    people_title: "予算と人員（重要項目6）",
    budget: "予算",
    security_budget: "セキュリティ予算",
    pre_incident: "事前対策",
    operations: "対策運用",
    post_incident: "事後対策",
    it_budget: "IT予算",
    approved_on: "承認日",
    security_staff: "セキュリティ担当者",
    qualified: "うち有資格者",
    plan: "計画",
    skills_gaps: "不足スキル",
    external_resources: "外部の専門家・サービス",
    career_path: "キャリアパス（人事評価と連動）",
    evaluation_criteria: "業績評価基準（人事評価と連動）",
    documents_title: "定期的な見直しが必要な文書",
    documents_note: "緊急連絡先・初動対応マニュアル・CSIRTの規程（記録がある場合、重要項目9）、組織外の報告先リスト・経営者への報告ルール（重要項目10）。最終見直しから見直し間隔を過ぎたものは期限超過です。",
    document: "文書",
    state: "状態",
    approved_by: "承認者",
    last_review: "最終見直し",
    age: "経過",
    interval: "見直し間隔",
    due: "次回期限",
    drills_title: "演習とフォローアップ（9-4）",
    last_drill: "最後の演習",
    none: "なし",
    drills_in_year: "直近12か月の演習",
    executive_in_year: "経営層が参加した演習（12か月）",
    yes: "あり",
    no: "なし",
    open_actions: "未完了の改善事項",
    overdue_actions: "期限を過ぎた改善事項",
    action: "改善事項",
    due_date: "期限",
    days_overdue: "超過",
    no_overdue: "期限を過ぎた改善事項はありません。",
    notification_title: "組織外への報告の備え（10）",
    list: "報告先リスト",
    present: "整備済み",
    missing: "未整備",
    police: "所轄警察署",
    listed: "記載あり",
    not_listed: "記載なし",
    formats: "報告様式",
    no_formats: "報告様式が準備されていません。",
    sharing_title: "情報共有（8）",
    alert_sources: "注意喚起の入手先",
    communities: "情報共有の場",
    reports_filed: "届出・報告（12か月）",
    to_ipa: "うち IPA・JPCERT/CC",
    body: "組織",
    kind: "種類",
    contact: "担当",
    since: "開始",
    no_memberships: "情報共有の参加・購読はありません。",
    filed_title: "直近12か月の届出・報告",
    date: "日付",
    to: "報告先",
    subject: "件名",
    incident: "インシデント",
    no_filed: "直近12か月の届出・報告はありません。",
    publications_title: "対外的な公表（直近12か月、(4)-4）",
    publications_note: "サイバーセキュリティのリスクと取組を記した公開文書。リンクは http・https の URL のみ有効にしています。",
    pub_title: "タイトル",
    no_publications: "直近12か月の公表はありません。",
    not_a_link: "（http・https 以外のためリンクにしていません）",
    item: "重要項目",
    new_tab: "（新しいタブで開きます）",
};

/// English.
pub const EN: Labels = Labels {
    title: "Incident readiness and information sharing",
    csirt_title: "CSIRT (incident response team)",
    form: "Form",
    members: "Members",
    forensics: "Outside forensics provider",
    contracted: "Contracted",
    not_contracted: "Not contracted",
    authority_disconnect: "Authority to disconnect networks",
    authority_stop: "Authority to stop services",
    stop_criteria: "Criteria to stop services",
    restore_criteria: "Criteria to restore services",
    in_place: "Yes",
    not_in_place: "No",
    not_recorded: "Not recorded",
    people_title: "Budget and people (important item 6)",
    budget: "Budget",
    security_budget: "Security budget",
    pre_incident: "Pre-incident",
    operations: "Operations",
    post_incident: "Post-incident",
    it_budget: "IT budget",
    approved_on: "Approved on",
    security_staff: "Security staff",
    qualified: "of whom qualified",
    plan: "Plan",
    skills_gaps: "Skills gaps",
    external_resources: "Outside experts and services",
    career_path: "Career path (linked to evaluation)",
    evaluation_criteria: "Performance criteria (linked to evaluation)",
    documents_title: "Documents reviewed on a schedule",
    documents_note: "Emergency contact list, first-response manual and the CSIRT charter when recorded (important item 9); outside notification list and executive reporting rules (item 10). A document past its review interval is overdue.",
    document: "Document",
    state: "State",
    approved_by: "Approved by",
    last_review: "Last review",
    age: "Age",
    interval: "Interval",
    due: "Due",
    drills_title: "Drills and follow-up (9-4)",
    last_drill: "Last drill",
    none: "None",
    drills_in_year: "Drills in the last 12 months",
    executive_in_year: "Drill with the executive (12 months)",
    yes: "Yes",
    no: "No",
    open_actions: "Open follow-up actions",
    overdue_actions: "Overdue follow-up actions",
    action: "Action",
    due_date: "Due",
    days_overdue: "Overdue",
    no_overdue: "No follow-up action is overdue.",
    notification_title: "Notifying outside parties (10)",
    list: "Notification list",
    present: "In place",
    missing: "Missing",
    police: "Local police",
    listed: "Listed",
    not_listed: "Not listed",
    formats: "Report formats",
    no_formats: "No report formats are prepared.",
    sharing_title: "Information sharing (8)",
    alert_sources: "Alert sources",
    communities: "Sharing communities",
    reports_filed: "Reports filed (12 months)",
    to_ipa: "of which to IPA or JPCERT/CC",
    body: "Body",
    kind: "Kind",
    contact: "Contact",
    since: "Since",
    no_memberships: "No memberships or alert sources.",
    filed_title: "Reports filed in the last 12 months",
    date: "Date",
    to: "To",
    subject: "Subject",
    incident: "Incident",
    no_filed: "No reports filed in the last 12 months.",
    publications_title: "Public disclosure (last 12 months, (4)-4)",
    publications_note: "Public documents describing cyber-security risks and measures. Only http and https URLs are shown as links.",
    pub_title: "Title",
    no_publications: "No publications in the last 12 months.",
    not_a_link: "(not http or https, so not a link)",
    item: "Item",
    new_tab: "(opens in a new tab)",
};

/// The labels of `lang`.
pub fn labels(lang: Language) -> &'static Labels {
    match lang {
        Language::Ja => &JA,
        Language::En => &EN,
    }
}

/// A document's state: `最新` / `Current` …
pub fn document_state(lang: Language, s: DocumentState) -> &'static str {
    s.label(lang)
}

/// `missing`, `never_reviewed`, `overdue`, `current`.
pub fn document_code(s: DocumentState) -> &'static str {
    s.code()
}

/// A drill's scope.
pub fn scope(lang: Language, s: DrillScope) -> &'static str {
    s.label(lang)
}

/// A membership's kind.
pub fn membership(lang: Language, k: MembershipKind) -> &'static str {
    k.label(lang)
}

/// A report recipient.
pub fn recipient(lang: Language, r: SharingRecipient) -> &'static str {
    r.label(lang)
}

/// A publication's kind.
pub fn publication(lang: Language, k: PublicationKind) -> &'static str {
    k.label(lang)
}

/// A number of days: `45日` / `45 days`.
pub fn days(lang: Language, n: i64) -> String {
    let c = i18n::count(n.unsigned_abs());
    match lang {
        Language::Ja => format!("{c}日"),
        Language::En if n == 1 => "1 day".to_owned(),
        Language::En => format!("{c} days"),
    }
}

/// `45日前` / `45 days ago`.
pub fn days_ago(lang: Language, n: i64) -> String {
    match lang {
        Language::Ja => format!("{}前", days(lang, n)),
        Language::En => format!("{} ago", days(lang, n)),
    }
}

/// A count: `3名` / `3` for members; `3件` / `3` otherwise.
pub fn members(lang: Language, n: u32) -> String {
    let c = i18n::count(n.into());
    match lang {
        Language::Ja => format!("{c}名"),
        Language::En => c,
    }
}

/// `3件` / `3`.
pub fn items(lang: Language, n: usize) -> String {
    let c = i18n::count(n as u64);
    match lang {
        Language::Ja => format!("{c}件"),
        Language::En => c,
    }
}

/// `重要項目 9` / `Item 9`.
pub fn item(lang: Language, n: u8) -> String {
    format!("{} {n}", labels(lang).item)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_with_numbers() {
        assert_eq!(days(Language::Ja, 400), "400日");
        assert_eq!(days(Language::En, 1), "1 day");
        assert_eq!(days_ago(Language::En, 314), "314 days ago");
        assert_eq!(days_ago(Language::Ja, 314), "314日前");
        assert_eq!(members(Language::Ja, 5), "5名");
        assert_eq!(items(Language::En, 1200), "1,200");
        assert_eq!(item(Language::Ja, 9), "重要項目 9");
        assert_eq!(document_state(Language::En, DocumentState::NeverReviewed), "Never reviewed");
        assert_eq!(document_code(DocumentState::Overdue), "overdue");
        assert_eq!(recipient(Language::Ja, SharingRecipient::Ppc), "個人情報保護委員会");
        assert_eq!(scope(Language::En, DrillScope::Executive), "With the executive");
        assert_eq!(publication(Language::Ja, PublicationKind::SecuritiesReport), "有価証券報告書");
        assert_eq!(membership(Language::En, MembershipKind::Community), "Community");
    }

    #[test]
    fn both_languages_fill_every_label() {
        for l in [&JA, &EN] {
            assert!(!format!("{l:?}").contains(": \"\""));
        }
    }
}
