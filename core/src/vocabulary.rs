//! One vocabulary: every enumeration a CISO office or a board sees, with its wire code, its Japanese
//! and English label and — where the seed (the IPA Explanatory Book) names the thing — the seed's own
//! term. The dashboard, the CLI, the spreadsheet drop-downs and the documentation all read these
//! tables; nothing else spells an enum's words.
//!
//! ```
//! use csm_core::snapshot::{CsirtForm, Language, ReportKind};
//! use csm_core::vocabulary::Term;
//!
//! assert_eq!(CsirtForm::Concurrent.code(), "concurrent");
//! assert_eq!(CsirtForm::Concurrent.label(Language::Ja), "兼任型");
//! assert_eq!(ReportKind::Status.label(Language::Ja), "状況報告");
//! assert_eq!(CsirtForm::from_code("virtual"), Some(CsirtForm::Virtual));
//! assert_eq!(csm_core::text::signed(-0.001, 2), "±0");
//! ```
//!
//! # Choices where the words disagreed
//!
//! Where the dashboard and the spreadsheet template used different words, the seed decides:
//!
//! - [`CsirtForm::Concurrent`] is **兼任型** (the template said 兼務型). 付録3 (9)-3 【実施の目安】:
//!   「サイバーインシデントに対応するチーム（専門ではなく、他業務との兼任のチームやバーチャルなチーム）を構築し」.
//!   [`CsirtForm::Virtual`] is **バーチャル型** (the dashboard said バーチャル型（兼務）) after the same line;
//!   [`CsirtForm::None`] is **未設置** (the template said なし), after (9)-3's 「専門チーム（CSIRT 等）を設置している」.
//! - [`ReportKind::Status`] is **状況報告** (the template said 個別報告). 付録3 (4)-1 【実施の目安】 names the two
//!   regular reports 「サイバーセキュリティ対策の計画に対する進捗状況」 (進捗報告) and
//!   「個別のサイバーセキュリティ対策状況」, and 4-1's check item text calls the latter 「対策状況報告」.
//!   [`ReportKind::Audit`] is **監査結果の報告** (the template said 監査結果報告).
//! - [`Treatment`] uses 3-4's リスク対応 「①低減、②保有、③回避、④移転」 word for word.
//! - [`Evidence`], [`PartnerKind`], [`MembershipKind`], [`SharingRecipient`], [`PublicationKind`] take the
//!   dashboard's words; the template's former words (e.g. 自己点検の報告, IT委託先, ISAC等) stay accepted
//!   by the spreadsheet import as aliases.
//!
//! The seed's full phrase, where there is one, is [`Term::seed`]; `docs/FORMAT.md`'s enumeration
//! tables show the label or that phrase, and a test keeps them in step.

use crate::snapshot::{
    ApprovingBody, AssessmentMethod, Audience, AuditKind, CiaAttribute, CloudPoint, ContractClause, CsirtForm,
    DrillScope, Evidence, EvidenceKind, ImpactClass, IncidentKind, Language, MembershipKind, PartnerKind, Phase,
    PublicationKind, ReportKind, Severity, SharingRecipient, Treatment,
};
use crate::snapshot::{BoardOutcome, ProgressStatus};
use crate::snapshot::{DisclosureStage, NoticeElement, NoticeRecipient};
use crate::text::Text;

/// An enumeration with a wire code and words in both languages.
pub trait Term: Copy + PartialEq + Sized + 'static {
    /// The enumeration's name as in `csm schema` (e.g. `CsirtForm`).
    const NAME: &'static str;

    /// Every variant, in display order.
    const ALL: &'static [Self];

    /// The wire code: the serde name in the snapshot or the summary JSON (`near_miss`).
    fn code(self) -> &'static str;

    /// The label in `lang`: `兼任型` / `Team with other duties`.
    fn label(self, lang: Language) -> &'static str;

    /// The seed's own term for the thing, when the seed names it.
    fn seed(self) -> Option<&'static str> {
        None
    }

    /// Both labels.
    fn text(self) -> Text {
        Text::new(self.label(Language::Ja), self.label(Language::En))
    }

    /// The variant with this wire code.
    fn from_code(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|t| t.code() == code)
    }
}

/// One table row per variant: `Variant => ("code", "日本語", "English")`, optionally followed by
/// `seed "…"`.
macro_rules! terms {
    ($ty:ident, $name:literal, { $($v:ident => ($code:literal, $ja:literal, $en:literal $(, seed $seed:literal)?)),+ $(,)? }) => {
        impl $crate::vocabulary::Term for $ty {
            const NAME: &'static str = $name;
            const ALL: &'static [Self] = &[$($ty::$v),+];

            fn code(self) -> &'static str {
                match self { $($ty::$v => $code),+ }
            }

            fn label(self, lang: $crate::snapshot::Language) -> &'static str {
                match lang {
                    $crate::snapshot::Language::Ja => match self { $($ty::$v => $ja),+ },
                    $crate::snapshot::Language::En => match self { $($ty::$v => $en),+ },
                }
            }

            fn seed(self) -> Option<&'static str> {
                match self { $($ty::$v => $crate::vocabulary::terms!(@seed $($seed)?)),+ }
            }
        }
    };
    (@seed $seed:literal) => { Some($seed) };
    (@seed) => { None };
}
pub(crate) use terms;

// ---------------------------------------------------------------------------------------------
// The snapshot's enumerations

terms!(Language, "Language", {
    Ja => ("ja", "日本語", "Japanese"),
    En => ("en", "英語", "English"),
});

terms!(Audience, "Audience", {
    AllStaff => ("all_staff", "全従業員", "All staff"),
    Executives => ("executives", "経営層", "Executives"),
    SecurityStaff => ("security_staff", "セキュリティ担当者", "Security staff"),
    NewJoiners => ("new_joiners", "新入社員", "New joiners"),
    ContractStaff => ("contract_staff", "派遣・契約社員", "Contract staff"),
});

terms!(IncidentKind, "IncidentKind", {
    Incident => ("incident", "インシデント", "Incident", seed "インシデント"),
    NearMiss => ("near_miss", "ヒヤリハット", "Near miss", seed "ヒヤリハット"),
});

terms!(ImpactClass, "ImpactClass", {
    None => ("none", "影響なし", "None"),
    Minor => ("minor", "軽微", "Minor"),
    Moderate => ("moderate", "中程度", "Moderate"),
    Major => ("major", "重大", "Major"),
    Severe => ("severe", "深刻", "Severe"),
});

terms!(AssessmentMethod, "AssessmentMethod", {
    Baseline => ("baseline", "ベースラインアプローチ", "Baseline approach", seed "ベースラインアプローチ"),
    Informal => ("informal", "非形式的アプローチ", "Informal approach", seed "非形式的アプローチ"),
    Detailed => ("detailed", "詳細リスク分析", "Detailed risk analysis", seed "詳細リスク分析"),
    Combined => ("combined", "組合せアプローチ", "Combined approach", seed "組合せアプローチ"),
});

terms!(Severity, "Severity", {
    Low => ("low", "低", "Low"),
    Medium => ("medium", "中", "Medium"),
    High => ("high", "高", "High"),
    Critical => ("critical", "緊急", "Critical"),
});

terms!(ApprovingBody, "ApprovingBody", {
    Board => ("board", "取締役会", "Board of directors"),
    ExecutiveCommittee => ("executive_committee", "経営会議", "Executive committee"),
    RepresentativeDirector => ("representative_director", "代表取締役", "Representative director"),
    Ciso => ("ciso", "CISO", "CISO"),
    DepartmentHead => ("department_head", "部門長", "Department head"),
    Other => ("other", "その他", "Other"),
});

terms!(CiaAttribute, "CiaAttribute", {
    Confidentiality => ("confidentiality", "機密性", "Confidentiality", seed "機密性"),
    Integrity => ("integrity", "完全性", "Integrity", seed "完全性"),
    Availability => ("availability", "可用性", "Availability", seed "可用性"),
});

terms!(Treatment, "Treatment", {
    Reduce => ("reduce", "低減", "Reduce", seed "低減"),
    Retain => ("retain", "保有", "Retain", seed "保有"),
    Avoid => ("avoid", "回避", "Avoid", seed "回避"),
    Transfer => ("transfer", "移転", "Transfer", seed "移転"),
});

terms!(Phase, "Phase", {
    Plan => ("plan", "計画（Plan）", "Plan", seed "Plan（計画）"),
    Do => ("do", "実行（Do）", "Do", seed "Do（実行）"),
    Check => ("check", "確認（Check）", "Check", seed "Check（確認）"),
    Act => ("act", "改善（Act）", "Act", seed "Act（改善）"),
});

terms!(ReportKind, "ReportKind", {
    Progress => ("progress", "進捗報告", "Progress", seed "サイバーセキュリティ対策の計画に対する進捗状況"),
    Status => ("status", "状況報告", "Status", seed "個別のサイバーセキュリティ対策状況"),
    Incident => ("incident", "インシデント報告", "Incident"),
    Audit => ("audit", "監査結果の報告", "Audit results"),
});

terms!(AuditKind, "AuditKind", {
    Internal => ("internal", "内部監査", "Internal audit", seed "内部監査"),
    External => ("external", "外部監査", "External audit", seed "外部監査"),
    StatutoryAuditor => ("statutory_auditor", "監査役監査", "Corporate auditors"),
    VulnerabilityAssessment => ("vulnerability_assessment", "脆弱性診断", "Vulnerability assessment", seed "脆弱性診断"),
    PenetrationTest => ("penetration_test", "ペネトレーションテスト", "Penetration test", seed "ペネトレーションテスト"),
});

terms!(PartnerKind, "PartnerKind", {
    GroupCompany => ("group_company", "グループ企業", "Group company", seed "系列企業"),
    Supplier => ("supplier", "取引先", "Supplier", seed "ビジネスパートナー"),
    Outsourcer => ("outsourcer", "委託先", "Outsourcer", seed "委託先"),
    Cloud => ("cloud", "クラウド事業者", "Cloud provider"),
});

terms!(Evidence, "Evidence", {
    SelfReport => ("self_report", "自己評価報告", "Self-report", seed "ビジネスパートナーから状況報告を受ける方法"),
    OwnAudit => ("own_audit", "自社による監査", "Own audit", seed "自社がビジネスパートナーの対策状況を確認する方法"),
    ThirdPartyAudit => ("third_party_audit", "第三者監査", "Third-party audit", seed "第三者がビジネスパートナーの対策状況を確認する方法"),
});

terms!(EvidenceKind, "EvidenceKind", {
    Soc2 => ("soc2", "SOC 2 報告書", "SOC 2 report"),
    Iso27001 => ("iso27001", "ISO/IEC 27001 認証", "ISO/IEC 27001 certificate"),
    Iso27017 => ("iso27017", "ISO/IEC 27017 認証", "ISO/IEC 27017 certificate", seed "ISO/IEC 27017"),
    CsaStar => ("csa_star", "CSA STAR 認証", "CSA STAR certification", seed "CSA STAR"),
    OtherThirdParty => ("other_third_party", "その他の第三者監査・認証", "Other third-party audit or certification"),
    OwnAuditReport => ("own_audit_report", "自社による監査報告書", "Our own audit report"),
    SelfAssessment => ("self_assessment", "自己点検の結果", "Self-assessment"),
});

terms!(ContractClause, "ContractClause", {
    Confidentiality => ("confidentiality", "守秘義務", "confidentiality", seed "当社の社外秘又は極秘の情報資産及び個人情報の守秘義務"),
    Subcontracting => ("subcontracting", "再委託", "subcontracting", seed "再委託についての事項"),
    Liability => ("liability", "事故時の責任分担", "liability for incidents", seed "事故時の責任分担についての事項"),
    ReturnOrDisposal => ("return_or_disposal", "終了時の返却・廃棄・消去", "return or disposal at the end", seed "委託業務終了時の当社が提供した社外秘又は極秘の情報資産及び個人情報の返却又は廃棄、消去についての事項"),
    AuditRights => ("audit_rights", "監査の方法と権限", "audit rights", seed "情報セキュリティ対策の実施状況に関する監査の方法とその権限"),
    NonCompliance => ("non_compliance", "契約不遵守時の措置", "measures for non-compliance", seed "契約内容が遵守されない場合の措置"),
    IncidentReporting => ("incident_reporting", "事故発生時の報告方法", "incident reporting", seed "事故発生時の報告方法"),
});

terms!(CloudPoint, "CloudPoint", {
    UsageScope => ("usage_scope", "利用範囲の明確化", "usage scope defined", seed "利用範囲の明確化"),
    InformationImportance => ("information_importance", "扱う情報の重要度", "importance of the information", seed "扱う情報の重要度"),
    PolicyConsistency => ("policy_consistency", "ポリシーやルールとの整合性", "consistency with our policy and rules", seed "ポリシーやルールとの整合性"),
    ProviderReliability => ("provider_reliability", "事業者の信頼性", "provider reliability", seed "事業者の信頼性"),
    ServiceReliability => ("service_reliability", "サービスの信頼性", "service reliability (service levels)", seed "サービスの信頼性"),
    SecurityMeasures => ("security_measures", "セキュリティ対策", "security measures published", seed "セキュリティ対策"),
    DataAtExit => ("data_at_exit", "利用終了時のデータの確保", "data at the end of use", seed "利用終了時のデータの確保"),
});

terms!(MembershipKind, "MembershipKind", {
    AlertSource => ("alert_source", "注意喚起の情報源", "Alert source"),
    Community => ("community", "情報共有コミュニティ", "Community"),
});

terms!(SharingRecipient, "SharingRecipient", {
    Ipa => ("ipa", "IPA", "IPA"),
    JpcertCc => ("jpcert_cc", "JPCERT/CC", "JPCERT/CC"),
    Isac => ("isac", "ISAC・情報共有の枠組み", "ISAC or sharing scheme"),
    Police => ("police", "警察", "Police"),
    Ministry => ("ministry", "所管省庁", "Supervising ministry"),
    Ppc => ("ppc", "個人情報保護委員会", "Personal Information Protection Commission"),
    Other => ("other", "その他", "Other"),
});

terms!(CsirtForm, "CsirtForm", {
    None => ("none", "未設置", "None"),
    Virtual => ("virtual", "バーチャル型", "Virtual team", seed "バーチャルなチーム"),
    Concurrent => ("concurrent", "兼任型", "Team with other duties", seed "他業務との兼任のチーム"),
    Distributed => ("distributed", "分散型", "Distributed CSIRT", seed "分散型 CSIRT"),
    Dedicated => ("dedicated", "専任型", "Dedicated team", seed "サイバーインシデントに対応する専門のチーム（CSIRT 等）"),
});

terms!(DrillScope, "DrillScope", {
    Team => ("team", "対応チーム内", "Response team"),
    CrossDepartment => ("cross_department", "部門横断", "Cross-department"),
    Executive => ("executive", "経営層を含む", "With the executive"),
});

terms!(PublicationKind, "PublicationKind", {
    SecurityReport => ("security_report", "情報セキュリティ報告書", "Security report", seed "情報セキュリティ報告書"),
    CsrReport => ("csr_report", "CSR 報告書", "CSR report"),
    SustainabilityReport => ("sustainability_report", "サステナビリティレポート", "Sustainability report", seed "サステナビリティレポート"),
    SecuritiesReport => ("securities_report", "有価証券報告書", "Securities report", seed "有価証券報告書"),
    Other => ("other", "Web サイト等", "Web site or other"),
});

// The incident notice's 5W1H (10-1), the stages of disclosure (10-1) and who is told (表9-3, 表10-1).
terms!(NoticeElement, "NoticeElement", {
    Whose => ("whose", "誰の", "Whose", seed "誰の"),
    What => ("what", "何に関する情報、システム、サービス等が", "What was affected", seed "何に関する情報、システム、サービス等が"),
    When => ("when", "いつ頃", "When", seed "いつ頃"),
    Extent => ("extent", "どの程度", "How much", seed "どの程度"),
    Route => ("route", "どのような経由で", "By which route", seed "どのような経由で"),
    State => ("state", "どのような状態か", "Present state", seed "どのような状態か"),
    Damage => ("damage", "被害の状況・二次被害の可能性", "Damage and risk of secondary damage"),
});

terms!(DisclosureStage, "DisclosureStage", {
    First => ("first", "第一報（初期発生時）", "First notice", seed "初期発生時"),
    Interim => ("interim", "続報（被害状況把握時）", "Interim notice", seed "被害状況把握時"),
    Final => ("final", "最終報（インシデント収束時）", "Final notice", seed "インシデント収束時"),
});

terms!(NoticeRecipient, "NoticeRecipient", {
    Regulator => ("regulator", "所管官庁", "Regulator", seed "所管官庁"),
    Police => ("police", "所管警察署", "Police", seed "所管警察署"),
    SecurityBodies => ("security_bodies", "IPA・JPCERT/CC", "IPA / JPCERT/CC", seed "サイバーセキュリティ関係機関"),
    Customers => ("customers", "顧客", "Customers", seed "顧客"),
    Partners => ("partners", "ビジネスパートナー・取引先", "Business partners", seed "ビジネスパートナー"),
    Public => ("public", "報道機関・一般への公表", "The public (press, web site)", seed "報道機関"),
});

terms!(BoardOutcome, "BoardOutcome", {
    Approved => ("approved", "承認", "Approved"),
    Declined => ("declined", "否決", "Declined"),
    Directed => ("directed", "指示", "Directed", seed "改善のための指示"),
});

terms!(ProgressStatus, "ProgressStatus", {
    NotStarted => ("not_started", "未着手", "Not started"),
    InProgress => ("in_progress", "対応中", "In progress"),
    Done => ("done", "完了", "Done"),
});

// ---------------------------------------------------------------------------------------------
// The summary's enumerations

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Checks one enumeration: every variant once, codes equal the serde names, labels filled in
    /// both languages and distinct within the enumeration, and codes round-trip.
    pub(crate) fn check<T: Term + serde::Serialize + std::fmt::Debug>() {
        assert!(!T::ALL.is_empty(), "{}", T::NAME);
        for (i, &t) in T::ALL.iter().enumerate() {
            assert!(!T::ALL[..i].contains(&t), "{}: {t:?} listed twice", T::NAME);
            assert_eq!(serde_json::to_value(t).unwrap(), serde_json::Value::from(t.code()), "{}", T::NAME);
            assert_eq!(T::from_code(t.code()), Some(t), "{}", T::NAME);
            for lang in [Language::Ja, Language::En] {
                let label = t.label(lang);
                assert!(!label.trim().is_empty(), "{}: {t:?}", T::NAME);
                assert!(T::ALL[..i].iter().all(|u| u.label(lang) != label), "{}: {label} twice", T::NAME);
            }
            assert!(t.seed().is_none_or(|s| !s.is_empty()));
            assert_eq!(t.text().ja, t.label(Language::Ja));
        }
        assert_eq!(T::from_code("no-such-code"), None);
    }

    /// Checks a deserialisable enumeration: the code reads back as the variant.
    fn check_wire<T: Term + serde::Serialize + serde::de::DeserializeOwned + std::fmt::Debug>() {
        check::<T>();
        for &t in T::ALL {
            let back: T = serde_json::from_value(serde_json::Value::from(t.code())).unwrap();
            assert_eq!(back, t, "{}", T::NAME);
        }
    }

    #[test]
    fn every_snapshot_enumeration_matches_its_wire_names() {
        check_wire::<Language>();
        check_wire::<ApprovingBody>();
        check_wire::<BoardOutcome>();
        check_wire::<ProgressStatus>();
        check_wire::<CiaAttribute>();
        check_wire::<Audience>();
        check_wire::<IncidentKind>();
        check_wire::<ImpactClass>();
        check_wire::<AssessmentMethod>();
        check_wire::<Severity>();
        check_wire::<Treatment>();
        check_wire::<Phase>();
        check_wire::<ReportKind>();
        check_wire::<AuditKind>();
        check_wire::<PartnerKind>();
        check_wire::<Evidence>();
        check_wire::<EvidenceKind>();
        check_wire::<ContractClause>();
        check_wire::<CloudPoint>();
        check_wire::<MembershipKind>();
        check_wire::<SharingRecipient>();
        check_wire::<CsirtForm>();
        check_wire::<DrillScope>();
        check_wire::<PublicationKind>();
        check_wire::<NoticeElement>();
        check_wire::<DisclosureStage>();
        check_wire::<NoticeRecipient>();
    }

    #[test]
    fn the_seed_decides_where_the_words_disagreed() {
        assert_eq!(CsirtForm::Concurrent.label(Language::Ja), "兼任型");
        assert_eq!(ReportKind::Status.label(Language::Ja), "状況報告");
        assert_eq!(ReportKind::Progress.label(Language::Ja), "進捗報告");
        let treatments: Vec<_> = Treatment::ALL.iter().map(|t| t.label(Language::Ja)).collect();
        assert_eq!(treatments, ["低減", "保有", "回避", "移転"]);
        for t in Treatment::ALL {
            assert_eq!(t.seed(), Some(t.label(Language::Ja)));
        }
    }
}
