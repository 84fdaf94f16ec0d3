//! The wire types of snapshot format v1: exactly what the JSON file holds, field by field.
//! `docs/FORMAT.md` documents every field and the seed section it serves; `csm schema` prints the JSON
//! Schema generated from these types. Constrained values (ranges, references, dates inside their quarter)
//! are checked by [`super::validate`], which reports every violation with its JSON path.

use serde::{Deserialize, Serialize};

use crate::calendar::{Date, Quarter};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// Yen amounts are whole yen.
pub type Yen = u64;

/// A whole export: one organisation, its configuration and its quarters, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    /// Always `"csm-snapshot"`.
    pub format: String,
    /// Format version; this build reads version 1.
    pub version: u32,
    /// The date the export describes ("today" for every computation). No record may be dated after it.
    pub as_of: Date,
    /// Default display language of the export: `ja` or `en`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Language>,
    /// Who the export is about.
    pub organisation: Organisation,
    /// The likelihood × impact matrix every risk in the export is rated on.
    pub risk_matrix: RiskMatrix,
    /// The quarters, oldest first, strictly increasing; at least one.
    pub quarters: Vec<QuarterRecord>,
    /// The latest annual activities known from before the first quarter (a drill, an audit, a security
    /// test held before the records start), so "when did it last happen" has an answer. Optional;
    /// absent means nothing is known from before the first quarter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before_first_quarter: Option<BeforeFirstQuarter>,
    /// Reference profiles to compare the check sheet with (an industry's average maturity, issue 17.3).
    /// Optional; absent: no reference is overlaid. The same profiles may come in a separate reference
    /// file (`csm-reference`, [`crate::reference`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reference_profiles: Vec<ReferenceProfile>,
}

/// The latest annual activities held before the export's first quarter: each a date before the first
/// quarter's first day, absent when unknown. Used only for "when did it last happen" (a decision
/// about a missing activity states it and traces to it); the counts over a trailing year use the
/// quarters' own records.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct BeforeFirstQuarter {
    /// The last incident response drill ((9)-4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drill: Option<Date>,
    /// The last cyber-security audit, internal or external ((4)-2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audit: Option<Date>,
    /// The last vulnerability assessment or penetration test ((4)-2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_test: Option<Date>,
}

/// A display language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// 日本語.
    Ja,
    /// English.
    En,
}

/// The organisation profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// Name in Japanese (or the legal name).
    pub name: String,
    /// Name in English, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_en: Option<String>,
    /// Industry, free text (e.g. `EC サイト運営`).
    pub industry: String,
    /// Industry in English, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub industry_en: Option<String>,
    /// Number of employees (group total if the export covers the group).
    pub employees: u32,
    /// Group companies (系列企業) covered by the export; may be empty.
    pub group_companies: Vec<GroupCompany>,
    /// The month (1..=12) the fiscal year (年度) starts; January when absent. Quarters stay keyed by
    /// the calendar quarter (`2026Q3`); this only names them (`2026年度 第2四半期` for April).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 12)))]
    pub fiscal_year_start: Option<u8>,
    /// A stable identifier of the organisation across its exports (e.g. its corporate number 法人番号 or
    /// the group's company code), so a group comparison can tell two exports of one company from two
    /// companies (`csm compare`). Absent: the comparison identifies the company by its Japanese name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

/// A group company (子会社・系列企業).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GroupCompany {
    /// Unique id, referenced by partners, incidents and assets.
    pub id: String,
    /// Name.
    pub name: String,
    /// Name in English, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_en: Option<String>,
    /// Employees.
    pub employees: u32,
}

/// A risk matrix as data: `size` likelihood levels × `size` impact levels, named risk levels, and the
/// grid that maps a (likelihood, impact) pair to a level. 3×3 to 6×6.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RiskMatrix {
    /// Likelihood levels, lowest first (their count is the matrix's likelihood size, 3..=6).
    pub likelihood: Vec<ScaleLevel>,
    /// Impact levels, lowest first (3..=6).
    pub impact: Vec<ScaleLevel>,
    /// Risk levels, lowest first (2..=6); each has an id, names and a colour.
    pub levels: Vec<RiskLevel>,
    /// `grid[l-1][i-1]` is the id of the risk level for likelihood `l` and impact `i`.
    pub grid: Vec<Vec<String>>,
    /// The highest risk level id the organisation tolerates without board approval (許容できるリスクのレベル).
    pub tolerance: String,
    /// The longest a board approval of a residual risk stays valid, in months (1..=36). Absent: 12 — an
    /// approval whose `expires_on` lies later lapses 12 months after it was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval_validity_months: Option<u32>,
    /// Changes of `tolerance`, oldest first (4-2 許容レベルを引き上げるか). `tolerance` is the one in force
    /// after the last change; before the first change, its `from` was. Absent: `tolerance` applied
    /// throughout the export.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tolerance_changes: Vec<ToleranceChange>,
}

/// A change of the board's tolerance: who decided it and from when it applies (4-2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ToleranceChange {
    /// The date the change was decided; the new tolerance applies from this day.
    pub on: Date,
    /// The level id in force before.
    pub from: String,
    /// The level id in force from `on`.
    pub to: String,
    /// Who decided, as a role.
    pub body: ApprovingBody,
    /// Minutes or decision reference, optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

/// [`RiskMatrix::approval_validity_months`] when absent.
pub const DEFAULT_APPROVAL_VALIDITY_MONTHS: u32 = 12;

impl RiskMatrix {
    /// The longest validity of a board approval, in months (default 12).
    pub fn approval_validity_months(&self) -> u32 {
        self.approval_validity_months.unwrap_or(DEFAULT_APPROVAL_VALIDITY_MONTHS)
    }
}

/// One step of a likelihood or impact scale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ScaleLevel {
    /// Japanese name (e.g. `まれ`, `重大`).
    pub name: String,
    /// English name.
    pub name_en: String,
    /// What the step means (e.g. `年1回未満`, `停止10日で1億円規模`), optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// A named risk level with its colour.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RiskLevel {
    /// Unique id used in the grid and in `tolerance` (e.g. `high`).
    pub id: String,
    /// Japanese name (e.g. `高`).
    pub name: String,
    /// English name.
    pub name_en: String,
    /// Cell colour, `#rrggbb`.
    pub colour: String,
}

/// Everything recorded for one calendar quarter. *State* sections describe the situation at the
/// quarter's end; *event* sections list what happened during the quarter (every event's date must lie
/// inside the quarter and not after `as_of`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct QuarterRecord {
    /// The quarter, `2026Q3`.
    pub quarter: Quarter,
    /// State: the check sheet self-assessment, one entry per check item (all 32).
    pub checksheet: Vec<CheckAssessment>,
    /// State: KPI targets in force this quarter.
    pub kpi_targets: KpiTargets,
    /// State: IT and security budget of the fiscal year containing the quarter.
    pub budget: Budget,
    /// State: head-count figures at the quarter's end.
    pub workforce: Workforce,
    /// Events: security training sessions held in the quarter.
    pub trainings: Vec<Training>,
    /// Events: comprehension tests held in the quarter.
    pub tests: Vec<ComprehensionTest>,
    /// Events: incidents and near-misses (ヒヤリハット) that occurred in the quarter.
    pub incidents: Vec<Incident>,
    /// Events: risk assessments run in the quarter.
    pub assessments: Vec<Assessment>,
    /// State: findings from risk assessments, audits and tests, open or closed, at the quarter's end.
    pub findings: Vec<Finding>,
    /// State: protected assets (守るべき資産).
    pub assets: Vec<Asset>,
    /// State: the risk register.
    pub risks: Vec<Risk>,
    /// State: PDCA cycles per area.
    pub pdca: Vec<PdcaCycle>,
    /// Events: reports to the executive (経営者への報告).
    pub reports: Vec<ExecutiveReport>,
    /// Events: audits, vulnerability assessments and penetration tests.
    pub audits: Vec<Audit>,
    /// State: business partners, group companies, outsourcers and cloud services.
    pub partners: Vec<Partner>,
    /// State and events: information sharing (8).
    pub information_sharing: InformationSharing,
    /// State and events: emergency response readiness (9).
    pub emergency: EmergencyReadiness,
    /// State and events: disclosure readiness (10) and public disclosure (4)-4.
    pub disclosure: DisclosureReadiness,
    /// State: the executive's own decisions at the quarter's end (0-4; items 1 and 2). Absent: not
    /// recorded — items 1 and 2 say so and keep the check sheet's colour.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub governance: Option<Governance>,
    /// Events: what the board decided in the quarter on the decisions it was asked (4-2 経営層による評価).
    /// Absent or empty: no record (never "none taken").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub board_decisions: Vec<BoardDecision>,
    /// State: the board's directives (改善のための指示, 4-2) and where they stand at the quarter's end.
    /// Absent or empty: no record.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub directives: Vec<Directive>,
    /// State: action items treating risks and findings (3-4 「優先順位、誰が、いつまでに、どこまで」) at the
    /// quarter's end. Absent or empty: no record. (`emergency.follow_ups` keep their own shape and rule.)
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
    /// State: the people in scope of security training for the trailing year, one entry per audience —
    /// `executives`, `all_staff` (employees) and `contract_staff` ((6)-5: executives and contract staff
    /// included). Optional; empty (the default) means not recorded, and training completion is then
    /// counted by sessions (Σ completed ÷ Σ eligible), as before this field.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub training_scope: Vec<TrainingScope>,
    /// State at the quarter's end: vulnerability and patch management (8-1 「情報を常に最新の状態に保つ」,
    /// 3-2, 表9-2). Optional: an export without it says "not recorded" on item 8.
    #[serde(default, skip_serializing_if = "Vulnerabilities::is_empty")]
    pub vulnerabilities: Vulnerabilities,
    /// State at the quarter's end: business impact analysis (3-3; 0-5 問い①). Optional: an export
    /// without it has no BIA.
    #[serde(default, skip_serializing_if = "BusinessImpact::is_empty")]
    pub business_impact: BusinessImpact,
}

/// The self-assessment of one check item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CheckAssessment {
    /// Check item id, `(1)-1` … `(10)-3`.
    pub item: String,
    /// Maturity 0..=5 (scale in docs/FORMAT.md).
    pub maturity: u8,
    /// Target maturity 0..=5.
    pub target: u8,
    /// What shows the maturity (documents, minutes), free text.
    pub evidence: String,
    /// Who is responsible for the item.
    pub owner: String,
}

/// KPI targets. Each is optional: a KPI without a target has no status.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct KpiTargets {
    /// Security budget as % of IT budget (higher is better), 0..=100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_budget_share_pct: Option<f64>,
    /// Training completion % over the trailing 12 months (higher is better), 0..=100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub training_completion_pct: Option<f64>,
    /// Average comprehension-test score % (higher is better), 0..=100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test_score_pct: Option<f64>,
    /// Incidents in the quarter (lower is better).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incidents_max: Option<u32>,
    /// Near-miss reports in the quarter (higher is better: a reporting culture, 4-2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub near_misses_min: Option<u32>,
    /// Risk assessments run in the trailing 12 months (higher is better).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessments_min: Option<u32>,
    /// Findings open at the quarter's end (lower is better).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_findings_max: Option<u32>,
}

/// The fiscal year's budget (予算), in yen. Security spending split per chapter 6-1.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Budget {
    /// Fiscal year label, free text (e.g. `FY2026`).
    pub fiscal_year: String,
    /// Whole IT budget.
    pub it_yen: Yen,
    /// 事前対策費用: products, training and other preventive spending.
    pub security_pre_incident_yen: Yen,
    /// 対策運用費用: monitoring, prevention operations, maintenance.
    pub security_operations_yen: Yen,
    /// 事後対策費用: incident response and recurrence prevention.
    pub security_post_incident_yen: Yen,
    /// Date the executive approved the security budget ((6)-1), if approved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved_on: Option<Date>,
}

/// Head-count at the quarter's end.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Workforce {
    /// All staff, including executives and temporary staff ((6)-5 asks that training covers them).
    pub staff: u32,
    /// Staff assigned to security (full-time equivalents, rounded).
    pub security_staff: u32,
    /// Security staff holding a security qualification (e.g. 情報処理安全確保支援士).
    pub qualified_security_staff: u32,
    /// The staffing plan's security roles ((6)-2 人員計画: the people the plan's measures need, in-house,
    /// full-time equivalents). Absent: no plan recorded — the item says so and judges no shortfall.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_staff_needed: Option<u32>,
    /// Qualified security staff the plan calls for ((6)-2, (6)-3). Absent: not recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualified_needed: Option<u32>,
    /// Skills the plan needs that the staff lack ((6)-2, (6)-3), e.g. `クラウド設定監査`. Empty: none
    /// recorded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills_gaps: Vec<String>,
    /// Outside experts and services used for what in-house staff cannot do ((6)-2 外部の専門家への依頼や
    /// サービス), e.g. `SOC監視サービス（委託）`. Empty: none recorded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub external_resources: Vec<String>,
    /// Whether a career path for security staff exists and is linked to the personnel evaluation system
    /// ((6)-4 キャリアパス). Absent: not recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub career_path: Option<bool>,
    /// Whether performance criteria for security work exist and are linked to the personnel evaluation
    /// system ((6)-4 業績評価基準). Absent: not recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation_criteria: Option<bool>,
}

/// Who a training session is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// Every employee.
    AllStaff,
    /// Executives and board members.
    Executives,
    /// Security staff and CSIRT members.
    SecurityStaff,
    /// New joiners.
    NewJoiners,
    /// Temporary and contract staff.
    ContractStaff,
}

/// A training session (研修).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Training {
    /// Unique id within the export.
    pub id: String,
    /// Date held (or closed, for e-learning).
    pub date: Date,
    /// Title.
    pub title: String,
    /// Audience.
    pub audience: Audience,
    /// People required to attend.
    pub eligible: u32,
    /// People who completed it (≤ eligible).
    pub completed: u32,
    /// The id of an earlier training (this or an earlier quarter) whose people this session trains
    /// again — a repeat session of one group. Its people are not new: within the trailing year a group
    /// trained twice counts once (the larger of its sessions' completions). Optional; absent means the
    /// session trains people of its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repeat_of: Option<String>,
}

/// The people in scope of security training for one audience ((6)-5), at the quarter's end.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TrainingScope {
    /// The audience: `executives`, `all_staff` (employees) or `contract_staff`. Sessions for security
    /// staff and new joiners train employees (`all_staff`).
    pub audience: Audience,
    /// People in scope (0..=10,000,000).
    pub people: u32,
    /// Distinct people of this audience who completed at least one training in the trailing year, as
    /// the office's learning records count them (≤ `people`). Optional; absent, it is derived from the
    /// trainings (each group once: see `repeat_of`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trained: Option<u32>,
}

impl TrainingScope {
    /// The audiences a training scope lists, in display order.
    pub const AUDIENCES: [Audience; 3] = [Audience::Executives, Audience::AllStaff, Audience::ContractStaff];

    /// The scope audience a training of `audience` trains: executives and contract staff are their
    /// own; every other audience (all staff, security staff, new joiners) is employees (`all_staff`).
    pub fn bucket(audience: Audience) -> Audience {
        match audience {
            Audience::Executives => Audience::Executives,
            Audience::ContractStaff => Audience::ContractStaff,
            Audience::AllStaff | Audience::SecurityStaff | Audience::NewJoiners => Audience::AllStaff,
        }
    }

    /// Whether `audience` may be an entry of a training scope.
    pub fn allows(audience: Audience) -> bool {
        Self::AUDIENCES.contains(&audience)
    }
}

/// A comprehension test (理解度テスト).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ComprehensionTest {
    /// Unique id within the export.
    pub id: String,
    /// Date held.
    pub date: Date,
    /// The training it tests, if any (a training id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub training: Option<String>,
    /// People who took it.
    pub takers: u32,
    /// Average score, 0..=max_score.
    pub average_score: f64,
    /// Maximum score (e.g. 100).
    pub max_score: f64,
}

/// Incident or near-miss.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum IncidentKind {
    /// インシデント: a risk that materialised.
    Incident,
    /// ヒヤリハット: caught before it did harm.
    NearMiss,
}

/// Business-impact class of an incident (事業への影響度), lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ImpactClass {
    /// No business impact.
    None,
    /// Minor: one team, hours.
    Minor,
    /// Moderate: a business process or customers affected, days.
    Moderate,
    /// Major: a business line stopped or personal data leaked.
    Major,
    /// Severe: company-wide stop or large leak; disclosure required.
    Severe,
}

/// An incident or near-miss (インシデント・ヒヤリハット).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Incident {
    /// Unique id within the export.
    pub id: String,
    /// Date it occurred (or was detected).
    pub date: Date,
    /// Incident or near-miss.
    pub kind: IncidentKind,
    /// Category, free text (e.g. `標的型攻撃メール`, `メール誤送信`).
    pub category: String,
    /// Business-impact class.
    pub impact: ImpactClass,
    /// Short description.
    pub summary: String,
    /// Group company where it happened, if not the parent (a group company id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// Date it was reported to the executive, if it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported_on: Option<Date>,
    /// Date it was closed, if it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_on: Option<Date>,
    /// Date it was detected, when later than `date` (the day it occurred); absent means detected on
    /// `date`. The lag to the executive runs from detection ((4)-1, 9 エスカレーション基準).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detected_on: Option<Date>,
    /// Date it was contained (封じ込め, 10-1), if it is; on or after detection, on or before `closed_on`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contained_on: Option<Date>,
    /// Whether personal data leaked or may have leaked (個人情報漏えい: 表9-3 所管官庁, 10-1); false when
    /// absent.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub personal_data_leak: bool,
}

/// Kind of risk assessment (3-3, table 3-1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AssessmentMethod {
    /// ベースラインアプローチ.
    Baseline,
    /// 非形式的アプローチ.
    Informal,
    /// 詳細リスク分析.
    Detailed,
    /// 組合せアプローチ.
    Combined,
}

/// A risk assessment run (リスクアセスメント).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// Unique id within the export.
    pub id: String,
    /// Date completed.
    pub date: Date,
    /// Scope (department, system, company), free text.
    pub scope: String,
    /// Method.
    pub method: AssessmentMethod,
}

/// Severity of a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Low.
    Low,
    /// Medium.
    Medium,
    /// High.
    High,
    /// Critical.
    Critical,
}

/// A finding (指摘事項) raised by a risk assessment or an audit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Finding {
    /// Unique id within the quarter.
    pub id: String,
    /// The assessment or audit id that raised it (this or an earlier quarter).
    pub source: String,
    /// Date raised.
    pub raised_on: Date,
    /// Severity.
    pub severity: Severity,
    /// Short description.
    pub title: String,
    /// Date closed, if closed by the quarter's end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_on: Option<Date>,
}

/// A protected asset (守るべき資産, 3-1) with the importance of each security property, 1..=3.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Asset {
    /// Unique id within the quarter.
    pub id: String,
    /// Name (e.g. `会員顧客の個人情報`).
    pub name: String,
    /// Name in English, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_en: Option<String>,
    /// Department that owns it.
    pub owner: String,
    /// Group company holding it, if not the parent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// Confidentiality importance 1..=3.
    pub confidentiality: u8,
    /// Integrity importance 1..=3.
    pub integrity: u8,
    /// Availability importance 1..=3.
    pub availability: u8,
    /// Laws that apply (e.g. `個人情報保護法`); may be empty.
    pub legal: Vec<String>,
}

/// A point on the risk matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Rating {
    /// Likelihood, 1..=size of the matrix's likelihood scale.
    pub likelihood: u8,
    /// Impact, 1..=size of the matrix's impact scale.
    pub impact: u8,
}

/// Risk treatment (3-4 リスク対応).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Treatment {
    /// 低減: controls lower likelihood or impact.
    Reduce,
    /// 保有: accepted as residual risk.
    Retain,
    /// 回避: the activity is stopped or changed.
    Avoid,
    /// 移転: transferred (insurance, outsourcing).
    Transfer,
}

/// Cyber insurance covering a risk ((3)-5).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Insurance {
    /// Insurer and policy, free text.
    pub policy: String,
    /// Cover limit.
    pub cover_yen: Yen,
    /// Policy expiry.
    pub expires_on: Date,
}

/// The body that approved a residual risk or decided a tolerance, as a role ((3)-6 経営層).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ApprovingBody {
    /// 取締役会.
    Board,
    /// 経営会議 / executive committee (経営層 as a body).
    ExecutiveCommittee,
    /// 代表取締役 (the representative director).
    RepresentativeDirector,
    /// CISO: the executive in charge, not the board.
    Ciso,
    /// A department head.
    DepartmentHead,
    /// Anyone else.
    Other,
}

impl ApprovingBody {
    /// Whether the body's approval is the board's ((3)-6 経営層): board, executive committee or
    /// representative director.
    pub fn counts(self) -> bool {
        matches!(self, ApprovingBody::Board | ApprovingBody::ExecutiveCommittee | ApprovingBody::RepresentativeDirector)
    }
}

/// The board's acceptance of a residual risk above tolerance ((3)-6).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Approval {
    /// Who approved (e.g. `取締役会`).
    pub approver: String,
    /// The approving body as a role. Absent (exports before this field): not recorded — the approval
    /// counts, as it did, and the view says the body is not recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<ApprovingBody>,
    /// The residual rating the approval covers. Absent: the risk's residual rating in the export's
    /// quarter containing `approved_on`, if the export holds it, else the current rating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<Rating>,
    /// Date approved.
    pub approved_on: Date,
    /// Date the approval lapses (must be after approved_on).
    pub expires_on: Date,
    /// Minutes or decision reference, optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

/// A risk in the register (3-3, 3-4).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Risk {
    /// Unique id within the quarter; the same id across quarters is the same risk (keep ids stable).
    pub id: String,
    /// The protected asset at risk (an asset id of the same quarter).
    pub asset: String,
    /// Threat scenario (e.g. `ECサイトへの不正アクセスによる約10日間の停止`).
    pub threat: String,
    /// Threat scenario in English, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threat_en: Option<String>,
    /// Rating before treatment.
    pub inherent: Rating,
    /// Rating after treatment (what remains).
    pub residual: Rating,
    /// Chosen treatment.
    pub treatment: Treatment,
    /// Insurance, when the treatment transfers the risk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insurance: Option<Insurance>,
    /// Risk owner.
    pub owner: String,
    /// Override of the matrix's tolerance for this risk (a risk level id), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tolerance: Option<String>,
    /// The board's approval of the residual risk, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<Approval>,
    /// Business impact if the scenario happens (BIA, 3-3), in yen. Absent: not estimated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loss_magnitude_yen: Option<Yen>,
    /// Expected occurrences per year after treatment (FAIR's loss event frequency), ≥ 0. Absent: not
    /// estimated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annual_frequency: Option<f64>,
    /// Business impact before treatment, in yen. Absent: `loss_magnitude_yen` (treatment changed the
    /// frequency, not the impact).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inherent_loss_magnitude_yen: Option<Yen>,
    /// Expected occurrences per year before treatment, ≥ 0. Absent: the inherent expected loss is not
    /// estimated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inherent_annual_frequency: Option<f64>,
    /// The security attributes the scenario harms (機密性・完全性・可用性), each at most once. Absent or
    /// empty: not recorded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cia: Vec<CiaAttribute>,
    /// The business processes (ids of this quarter's `business_impact.processes`) the scenario
    /// threatens (3-3 ビジネスインパクト分析). Absent or empty: not linked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub processes: Vec<String>,
}

/// A security attribute a risk scenario harms (3-1, 3-3: 機密性・完全性・可用性).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CiaAttribute {
    /// 機密性: disclosure (a leak).
    Confidentiality,
    /// 完全性: alteration (tampering, corruption).
    Integrity,
    /// 可用性: loss of availability (an outage).
    Availability,
}

/// PDCA phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// 計画.
    Plan,
    /// 実行.
    Do,
    /// 確認.
    Check,
    /// 改善.
    Act,
}

/// The PDCA cycle of one area (4-1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PdcaCycle {
    /// Unique id within the quarter (e.g. `ec-site`).
    pub id: String,
    /// Area name (department, system or company).
    pub area: String,
    /// Area name in English, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area_en: Option<String>,
    /// Current phase.
    pub phase: Phase,
    /// Planned cycle length in days (365 = the yearly ISMS cycle; shorter is encouraged, 4-1).
    pub cycle_days: u32,
    /// Last date a plan was made, if ever.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_plan: Option<Date>,
    /// Last date execution started, if ever.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_do: Option<Date>,
    /// Last date a check was done, if ever.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_check: Option<Date>,
    /// Last date improvements were decided, if ever.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_act: Option<Date>,
    /// When the next review is due.
    pub next_review: Date,
}

/// Kind of report to the executive (4-2, (4)-1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReportKind {
    /// Progress against the plan (2–4 a year).
    Progress,
    /// Individual status: new attacks, minor incidents, escalations (about monthly).
    Status,
    /// An incident report.
    Incident,
    /// Audit results.
    Audit,
}

/// A report to the executive (経営者への報告).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ExecutiveReport {
    /// Date given.
    pub date: Date,
    /// Kind.
    pub kind: ReportKind,
    /// Forum (e.g. `経営会議`, `取締役会`, `メール`).
    pub forum: String,
    /// Short summary.
    pub summary: String,
}

/// Kind of audit or inspection ((4)-2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AuditKind {
    /// Internal audit by people outside the security organisation.
    Internal,
    /// External (third-party) audit, e.g. ISMS or PMS audit.
    External,
    /// Audit by the corporate auditors (監査役).
    StatutoryAuditor,
    /// Vulnerability assessment (脆弱性診断).
    VulnerabilityAssessment,
    /// Penetration test.
    PenetrationTest,
}

/// An audit, vulnerability assessment or penetration test.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Audit {
    /// Unique id within the export (findings refer to it).
    pub id: String,
    /// Date completed.
    pub date: Date,
    /// Kind.
    pub kind: AuditKind,
    /// Who performed it.
    pub auditor: String,
    /// Scope.
    pub scope: String,
}

/// Relationship of a partner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PartnerKind {
    /// 系列企業・グループ企業.
    GroupCompany,
    /// Supply-chain business partner.
    Supplier,
    /// IT outsourcing contractor (7).
    Outsourcer,
    /// Cloud service provider (7-2).
    Cloud,
}

/// How a partner's security was confirmed (5-2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    /// ① The partner's self-assessment report.
    SelfReport,
    /// ② Our own visit or audit.
    OwnAudit,
    /// ③ A third party's audit or certification.
    ThirdPartyAudit,
}

/// The kind of evidence behind a partner's assessment: the report or certificate it rests on (5-2, 7-2).
/// Each kind belongs to one [`Evidence`] type (see [`EvidenceKind::evidence`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EvidenceKind {
    /// ③ A SOC 2 (or SOC 1) assurance report.
    Soc2,
    /// ③ An ISO/IEC 27001 (ISMS) certificate.
    Iso27001,
    /// ③ An ISO/IEC 27017 (cloud security) certificate.
    Iso27017,
    /// ③ A CSA STAR certification or attestation.
    CsaStar,
    /// ③ Another third-party audit or certification (e.g. ISMAP, プライバシーマーク).
    OtherThirdParty,
    /// ② Our own audit or visit report.
    OwnAuditReport,
    /// ① The partner's self-assessment.
    SelfAssessment,
}

impl EvidenceKind {
    /// The evidence type this kind belongs to.
    pub fn evidence(self) -> Evidence {
        match self {
            EvidenceKind::Soc2
            | EvidenceKind::Iso27001
            | EvidenceKind::Iso27017
            | EvidenceKind::CsaStar
            | EvidenceKind::OtherThirdParty => Evidence::ThirdPartyAudit,
            EvidenceKind::OwnAuditReport => Evidence::OwnAudit,
            EvidenceKind::SelfAssessment => Evidence::SelfReport,
        }
    }
}

/// The 7 contract clauses the seed lists for outsourcing contracts (5-1 【委託契約の締結】).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ContractClause {
    /// 1. 守秘義務.
    Confidentiality,
    /// 2. 再委託.
    Subcontracting,
    /// 3. 事故時の責任分担.
    Liability,
    /// 4. 委託終了時の返却・廃棄・消去.
    ReturnOrDisposal,
    /// 5. 監査の方法と権限.
    AuditRights,
    /// 6. 契約不遵守時の措置.
    NonCompliance,
    /// 7. 事故発生時の報告方法.
    IncidentReporting,
}

/// A group company, supply-chain partner, outsourcer or cloud provider (5, 7).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Partner {
    /// Unique id within the quarter.
    pub id: String,
    /// Name.
    pub name: String,
    /// Relationship.
    pub kind: PartnerKind,
    /// The organisation's group company id: required for `group_company` partners, allowed for any kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_company: Option<String>,
    /// What they do for us (e.g. `ダイレクトメール発送`).
    pub service: String,
    /// Whether they handle personal data or trade secrets of ours.
    pub handles_sensitive_data: bool,
    /// How the last assessment was evidenced; absent if never assessed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
    /// The kind of report or certificate the evidence is (optional; must belong to `evidence`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence_kind: Option<EvidenceKind>,
    /// The report's or certificate's name, e.g. `SOC 2 Type II 報告書（2025-04〜2026-03）` (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence_name: Option<String>,
    /// Maturity score 1.0..=5.0 (e.g. IPA 情報セキュリティ対策ベンチマーク average); absent if never assessed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maturity: Option<f64>,
    /// The maturity we require of them, 1.0..=5.0.
    pub required_maturity: f64,
    /// Which of the 7 clauses their contract contains.
    pub clauses: Vec<ContractClause>,
    /// Date of the last assessment, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_review: Option<Date>,
    /// Date the next assessment is due.
    pub next_review: Date,
    /// First day of the period the report covers (a SOC 2 Type II report's review period; a certificate's
    /// validity start). Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence_period_start: Option<Date>,
    /// Last day of that period. A SOC 2 report whose period ended more than 12 months before the quarter's
    /// end is stale (docs/SUMMARY.md, item 7). Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence_period_end: Option<Date>,
    /// The outsourcing terms of an outsourcer or cloud provider (7-1, 7-2). Absent: not recorded — item 7
    /// says so and judges none of them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outsourcing: Option<Outsourcing>,
}

/// The terms of an IT outsourcing or cloud contract (7-1, 7-2). Each yes/no is optional: absent is not
/// recorded, not "no".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Outsourcing {
    /// Whether the split between what the organisation does itself and what the contractor does is
    /// documented and reflected in the contract ((7)-1 切り分けを明文化).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope_split: Option<bool>,
    /// Whether the service level is stated (availability, failure frequency, recovery time: 7-2 サービスの
    /// 信頼性; 連携体制の整備 「担保すべきセキュリティサービスやそのサービスのレベル」).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sla_stated: Option<bool>,
    /// The stated availability target, % (0..=100), e.g. `99.95`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub availability_target_pct: Option<f64>,
    /// Whether the contract has the contractor cooperate in an emergency ((7)-2 外部に委託する部分に対する
    /// 緊急時対応の項目を明文化).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emergency_cooperation: Option<bool>,
    /// Whether the contractor may subcontract (再委託).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subcontracting_allowed: Option<bool>,
    /// Whether our security requirements flow down to subcontractors (7-2 「再委託についても同様のサイバー
    /// セキュリティ対策を求める」).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_down: Option<bool>,
    /// A cloud provider: which of the seven points of 「クラウドサービス安全利用のすすめ」 (7-2) were confirmed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cloud_points: Vec<CloudPoint>,
}

/// The seven points to confirm before using a cloud service (7-2, IPA 「クラウドサービス安全利用のすすめ」).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CloudPoint {
    /// 利用範囲の明確化: which work and information the service handles.
    UsageScope,
    /// 扱う情報の重要度: the management level of the information handled.
    InformationImportance,
    /// ポリシーやルールとの整合性: consistent with our security rules.
    PolicyConsistency,
    /// 事業者の信頼性: the provider is trustworthy.
    ProviderReliability,
    /// サービスの信頼性: availability, failure frequency, recovery time objectives stated.
    ServiceReliability,
    /// セキュリティ対策: the service's security measures are published concretely.
    SecurityMeasures,
    /// 利用終了時のデータの確保: how data is handled when the use ends.
    DataAtExit,
}

/// Information sharing (8).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct InformationSharing {
    /// State: sources and communities the organisation belongs to ((8)-1).
    pub memberships: Vec<Membership>,
    /// Events: reports filed in the quarter ((8)-2).
    pub reports_filed: Vec<SharingReport>,
}

/// Kind of information-sharing relationship.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum MembershipKind {
    /// A source of alerts (注意喚起) the organisation watches.
    AlertSource,
    /// A community where information is exchanged (ISAC, J-CSIP …).
    Community,
}

/// A membership or watched source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Membership {
    /// Unique id within the quarter.
    pub id: String,
    /// Body (e.g. `JPCERT/CC`, `J-CSIP`).
    pub body: String,
    /// Kind.
    pub kind: MembershipKind,
    /// Person in charge.
    pub contact: String,
    /// Since when.
    pub since: Date,
}

/// Where a report was filed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SharingRecipient {
    /// IPA (届出).
    Ipa,
    /// JPCERT/CC.
    JpcertCc,
    /// An ISAC or private sharing scheme.
    Isac,
    /// Police.
    Police,
    /// Supervising ministry.
    Ministry,
    /// Personal Information Protection Commission.
    Ppc,
    /// Other.
    Other,
}

/// A report filed with an outside body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SharingReport {
    /// Date filed.
    pub date: Date,
    /// Recipient.
    pub to: SharingRecipient,
    /// Subject.
    pub subject: String,
    /// The incident it concerns, if any (an incident id of this or an earlier quarter).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incident: Option<String>,
}

/// Form of the incident response team (9-1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CsirtForm {
    /// No team yet.
    None,
    /// Virtual team of members from several departments (兼務).
    Virtual,
    /// Team with members holding other duties.
    Concurrent,
    /// 分散型 CSIRT (表 9-1 b): members designated in each department or group company, acting from
    /// their own units and as the CSIRT when an incident occurs, under one manager who coordinates the
    /// whole and speaks to outside bodies; a few may be dedicated.
    Distributed,
    /// Dedicated team.
    Dedicated,
}

/// Emergency response readiness (9).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EmergencyReadiness {
    /// CSIRT form.
    pub csirt: CsirtForm,
    /// CSIRT members.
    pub csirt_members: u32,
    /// Whether an outside forensics provider is contracted.
    pub external_forensics: bool,
    /// The emergency contact list ((9)-1).
    pub contact_list: ReviewedDocument,
    /// The first-response manual ((9)-2).
    pub response_manual: ReviewedDocument,
    /// Events: drills and exercises in the quarter ((9)-4).
    pub drills: Vec<Drill>,
    /// State: follow-up actions from drills and incidents.
    pub follow_ups: Vec<FollowUp>,
    /// The CSIRT's charter and operating rules ((9)-3: role and scope, form, members, activities; approved
    /// by CISO 等 and reviewed on a stated interval). Absent: not recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csirt_charter: Option<ReviewedDocument>,
    /// Whether the CSIRT (or the CISO it reports to) holds the authority to disconnect networks from the
    /// outside when attacked (9-2 初動対応: 対外接続の遮断; 2-2 CISO の権限). Absent: not recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authority_to_disconnect: Option<bool>,
    /// Whether it holds the authority to stop an attacked service (9-2 サービスの停止). Absent: not recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authority_to_stop_services: Option<bool>,
    /// Whether the criteria to stop a service are set in advance (9-2 「どのような状態に至った場合に、サービスを
    /// 停止するか」). Absent: not recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop_criteria: Option<bool>,
    /// Whether the criteria to restore a stopped service are set in advance (9-2 復旧の判断). Absent: not
    /// recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restore_criteria: Option<bool>,
}

/// A document that must be approved and reviewed on a schedule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ReviewedDocument {
    /// Whether it exists.
    pub exists: bool,
    /// Who approved it, if approved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved_by: Option<String>,
    /// Date last reviewed, if ever.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_review: Option<Date>,
    /// Planned review interval in days.
    pub review_interval_days: u32,
}

/// Scope of a drill (付録3 (9)-4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DrillScope {
    /// Within the response team.
    Team,
    /// Across departments.
    CrossDepartment,
    /// Including the executive.
    Executive,
}

/// A drill or exercise.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Drill {
    /// Unique id within the export.
    pub id: String,
    /// Date held.
    pub date: Date,
    /// Scenario.
    pub scenario: String,
    /// Scope.
    pub scope: DrillScope,
}

/// A follow-up action (再発防止策・改善事項).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    /// Unique id within the quarter.
    pub id: String,
    /// The drill or incident it came from (an id of this or an earlier quarter).
    pub source: String,
    /// What is to be done.
    pub title: String,
    /// Due date.
    pub due: Date,
    /// Date completed, if completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_on: Option<Date>,
}

/// Disclosure readiness (10) and public disclosure ((4)-4).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DisclosureReadiness {
    /// The list of outside parties to notify ((10)-1).
    pub notification_list: ReviewedDocument,
    /// Whether the notification list includes the competent police station ((10)-1).
    pub includes_police: bool,
    /// Report formats prepared ((10)-2), e.g. for the PPC, the ministry, customers.
    pub report_formats: Vec<String>,
    /// Reporting route and rules up to the executive ((10)-3).
    pub executive_reporting_rules: ReviewedDocument,
    /// Events: public documents in the quarter that describe cyber-security risk and measures ((4)-4).
    pub publications: Vec<Publication>,
    /// State: the longest lag, in days from detection, allowed to report an incident to the executive
    /// per impact class (エスカレーション基準, 9 and 10-2). Absent: not stated (no breach verdict).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub escalation_days: Option<EscalationLimits>,
    /// State: the 5W1H elements the incident notice template covers (10-1); empty when not recorded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notice_template: Vec<NoticeElement>,
    /// State: the staged disclosure plan (10-1: first notice, interim, final) with the recipients of each
    /// stage; empty when not recorded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub staged_plan: Vec<PlannedStage>,
    /// State: who speaks for the company (a role, e.g. `社長`; 10-2, 表10-1 窓口を一本化, 0-5 問い③);
    /// absent when not recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spokesperson: Option<String>,
    /// Events: notices about an incident sent in the quarter (10-1): who was told, at which stage, when.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notices: Vec<IncidentNotice>,
}

/// Kind of public document (4-3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PublicationKind {
    /// 情報セキュリティ報告書.
    SecurityReport,
    /// CSR 報告書.
    CsrReport,
    /// サステナビリティレポート.
    SustainabilityReport,
    /// 有価証券報告書.
    SecuritiesReport,
    /// Web site policy page and other.
    Other,
}

/// A public document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Publication {
    /// Date published.
    pub date: Date,
    /// Kind.
    pub kind: PublicationKind,
    /// Title.
    pub title: String,
    /// Link, if public (only http and https are shown as links).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// The escalation rule (エスカレーション基準): the most days from an incident's detection to its report to
/// the executive, per impact class. A class without a figure has no stated limit.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EscalationLimits {
    /// Minor incidents, days (0 = the same day).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(max = 365)))]
    pub minor: Option<u32>,
    /// Moderate incidents, days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(max = 365)))]
    pub moderate: Option<u32>,
    /// Major incidents, days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(max = 365)))]
    pub major: Option<u32>,
    /// Severe incidents, days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(max = 365)))]
    pub severe: Option<u32>,
}

/// An element of an incident notice (10-1: 5W1H をもとに何が起こったのかが特定できるように).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum NoticeElement {
    /// 誰の: whose information, systems or services.
    Whose,
    /// 何に関する情報、システム、サービス等が: what was affected.
    What,
    /// いつ頃: when.
    When,
    /// どの程度: how much.
    Extent,
    /// どのような経由で: by which route.
    Route,
    /// どのような状態か: the present state.
    State,
    /// 被害の状況や二次被害の可能性: the damage and the risk of secondary damage.
    Damage,
}

/// A stage of disclosure (10-1: 初期発生時、被害状況把握時、インシデント収束時).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DisclosureStage {
    /// 第一報: at first occurrence.
    First,
    /// 続報: when the damage is understood (e.g. once contained).
    Interim,
    /// 最終報: when the incident is over (recurrence prevention, service restart).
    Final,
}

/// Who is told of an incident (表9-3, 表10-1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum NoticeRecipient {
    /// 所管官庁 (for personal data: the authority the law names).
    Regulator,
    /// 所管警察署.
    Police,
    /// サイバーセキュリティ関係機関 (IPA, JPCERT/CC).
    SecurityBodies,
    /// 顧客 (the people affected).
    Customers,
    /// ビジネスパートナー・取引先.
    Partners,
    /// 報道機関・一般への公表 (press release, web site).
    Public,
}

/// One planned stage of disclosure and whom it tells.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PlannedStage {
    /// The stage.
    pub stage: DisclosureStage,
    /// Who is told at this stage; at least one.
    pub recipients: Vec<NoticeRecipient>,
}

/// A notice about an incident (開示・報告, 10-1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct IncidentNotice {
    /// The incident (an incident id of this or an earlier quarter).
    pub incident: String,
    /// The stage.
    pub stage: DisclosureStage,
    /// Who was told.
    pub recipient: NoticeRecipient,
    /// Date sent; in the quarter, on or after the incident's detection.
    pub date: Date,
}

/// The executive's own decisions at the quarter's end (0-4 経営者が決定すべき事項): the security policy
/// (1-1, (1)-2), the CISO and the committee (2-1, (2)-1), the implementation plan, and the link to the
/// organisation's risk management and BCP (2-3, (2)-3). Every field is optional: absent means not
/// recorded, except where its doc says otherwise.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Governance {
    /// Date the security policy was last approved (1-1). Absent: never approved — a finding on item 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_approved_on: Option<Date>,
    /// Who approved it, as a role. Absent: not recorded (the approval counts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_body: Option<ApprovingBody>,
    /// When the policy's next review is due. Absent: 12 months after `policy_approved_on`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_next_review: Option<Date>,
    /// Date the CISO (CISO 等) was appointed (2-1). Absent: no CISO appointed — a finding on item 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ciso_appointed_on: Option<Date>,
    /// The CISO, name or role (e.g. `取締役 CISO`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ciso: Option<String>,
    /// The committee that manages cyber-security risk (e.g. `経営リスク管理委員会`). Absent: none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub committee: Option<String>,
    /// The committee's meetings in the quarter. Absent: not recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub committee_meetings: Option<u32>,
    /// Date the implementation plan (実施計画) was approved (0-4). Absent: not approved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan_approved_on: Option<Date>,
    /// Who approved the plan, as a role. Absent: not recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan_body: Option<ApprovingBody>,
    /// Whether cyber-security risk is placed in the enterprise risk management and the BCP (2-3).
    /// Absent: not recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub erm_linked: Option<bool>,
}

/// What the board decided on a decision asked (4-2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum BoardOutcome {
    /// 承認: approved as asked.
    Approved,
    /// 否決: declined.
    Declined,
    /// 指示: directed action (with directives naming this decision).
    Directed,
}

/// A decision the board took on a decision asked (4-2 経営層による評価).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct BoardDecision {
    /// Unique id within the export (directives refer to it).
    pub id: String,
    /// Date decided (an event of the quarter).
    pub on: Date,
    /// The key of the decision asked (the summary's `decisions[].key`, e.g. `approve_budget`,
    /// `approve_residual_risk:R-01`). A decision asked with this key is not asked again while this
    /// decision is in force (12 months).
    pub key: String,
    /// What the board decided.
    pub outcome: BoardOutcome,
    /// Who decided, as a role. Absent: not recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<ApprovingBody>,
    /// Minutes or decision reference, optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

/// Where a directive or an action stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ProgressStatus {
    /// 未着手.
    NotStarted,
    /// 対応中.
    InProgress,
    /// 完了 (needs `done_on`).
    Done,
}

/// A directive of the board (改善のための指示, 4-2) and where it stands at the quarter's end.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Directive {
    /// Unique id within the quarter; the same id across quarters is the same directive.
    pub id: String,
    /// What the board directed.
    pub text: String,
    /// Who is to carry it out (a role or department).
    pub owner: String,
    /// The important item (1..=10) it answers.
    pub item: u8,
    /// The board decision it comes from (a `board_decisions[].id` of this or an earlier quarter), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<String>,
    /// Date given (not after the quarter's reference date).
    pub issued_on: Date,
    /// Due date (not before `issued_on` nor its decision).
    pub due: Date,
    /// Where it stands.
    pub status: ProgressStatus,
    /// Date done; required when `status` is `done`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done_on: Option<Date>,
}

/// An action item of a treatment plan (3-4): one shape for risks, findings, and drill or incident
/// follow-ups.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// Unique id within the quarter; the same id across quarters is the same action.
    pub id: String,
    /// What is to be done.
    pub title: String,
    /// Who does it.
    pub owner: String,
    /// Due date.
    pub due: Date,
    /// Where it stands.
    pub status: ProgressStatus,
    /// Date done; required when `status` is `done`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done_on: Option<Date>,
    /// The risk it treats (a risk id of the same quarter).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub risk: Option<String>,
    /// The finding it treats (a finding id of the same quarter).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finding: Option<String>,
    /// The drill or incident it follows up (an id of this or an earlier quarter).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Whether the risk's residual rating already counts this action as done (so the rating holds only
    /// once it is). Default false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub assumed_in_residual: bool,
}

/// A reference profile: e.g. an industry's average maturity per important item and per check item,
/// with where it comes from. Shown beside the organisation's own maturity, never in its place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ReferenceProfile {
    /// Unique id among the profiles (e.g. `retail-2026`).
    pub id: String,
    /// Name in Japanese (e.g. `EC・小売業の平均（例示）`).
    pub name: String,
    /// Name in English, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_en: Option<String>,
    /// Who compiled the figures (a survey, an industry body), free text.
    pub source: String,
    /// The year the figures describe.
    pub year: u16,
    /// How many organisations the averages are over (1 or more).
    pub sample_size: u32,
    /// `true` when the figures are illustrative (made up to show the comparison), not a published
    /// survey: the dashboard labels them so wherever they are shown.
    pub illustrative: bool,
    /// Average maturity per important item (0.0..=5.0), at most one entry per item.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<ReferenceItem>,
    /// Average maturity per check item (0.0..=5.0), at most one entry per check item.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub check_items: Vec<ReferenceCheckItem>,
}

/// A reference profile's average maturity of one important item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ReferenceItem {
    /// The important item, 1..=10.
    pub item: u8,
    /// Average maturity, 0.0..=5.0.
    pub maturity: f64,
}

/// A reference profile's average maturity of one check item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ReferenceCheckItem {
    /// Check item id, `(1)-1` … `(10)-3`.
    pub id: String,
    /// Average maturity, 0.0..=5.0.
    pub maturity: f64,
}

/// Vulnerability and patch management at the quarter's end (8-1 「情報を常に最新の状態に保つ」: apply the
/// patch of a published vulnerability without delay; 表9-2 脆弱性対応). Every field is optional; an
/// empty section (the default) means "not recorded".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Vulnerabilities {
    /// Open (unpatched, unmitigated) vulnerabilities by severity at the quarter's end, if counted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open: Option<OpenVulnerabilities>,
    /// The company's target: days from a critical vulnerability's discovery (or publication) to its
    /// patch, e.g. 14. A critical open longer than this on the quarter's reference date is overdue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub critical_patch_target_days: Option<u32>,
    /// Critical vulnerabilities open at the quarter's end or patched during the quarter.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub criticals: Vec<CriticalVulnerability>,
    /// Systems in use past their vendor's end of support (no more patches), at the quarter's end.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unsupported_systems: Vec<UnsupportedSystem>,
}

impl Vulnerabilities {
    /// Whether nothing is recorded (the section is absent).
    pub fn is_empty(&self) -> bool {
        self.open.is_none()
            && self.critical_patch_target_days.is_none()
            && self.criticals.is_empty()
            && self.unsupported_systems.is_empty()
    }
}

/// Open vulnerabilities by severity (the [`Severity`] scale of findings).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OpenVulnerabilities {
    /// Critical.
    pub critical: u32,
    /// High.
    pub high: u32,
    /// Medium.
    pub medium: u32,
    /// Low.
    pub low: u32,
}

impl OpenVulnerabilities {
    /// The count of `severity`.
    pub fn count(&self, severity: Severity) -> u32 {
        match severity {
            Severity::Critical => self.critical,
            Severity::High => self.high,
            Severity::Medium => self.medium,
            Severity::Low => self.low,
        }
    }
}

/// A critical vulnerability: when it was found and when it was patched.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CriticalVulnerability {
    /// Unique id within the quarter (e.g. the CVE or JVN id, or an internal ticket).
    pub id: String,
    /// What it is, free text.
    pub title: String,
    /// The affected system.
    pub system: String,
    /// Date found, or published by the vendor (the clock of the patch target starts here).
    pub found_on: Date,
    /// Date patched (or otherwise mitigated), if by the quarter's end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patched_on: Option<Date>,
}

/// A system past its vendor's end of support.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UnsupportedSystem {
    /// The system's name.
    pub name: String,
    /// The date its support ended (or ends).
    pub end_of_support: Date,
    /// The planned replacement or retirement, free text, if planned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replacement: Option<String>,
    /// When the replacement is planned, if dated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replacement_due: Option<Date>,
}

/// Business impact analysis (3-3 ビジネスインパクト分析; 0-5 問い① 「ネットワークが1週間遮断された場合」): the
/// business processes with the systems they need, how long each can stop and what a day of stoppage
/// costs, and the outage scenario the board asks about. Every field is optional; an empty section (the
/// default) means not recorded.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct BusinessImpact {
    /// The outage scenario, if stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scenario: Option<OutageScenario>,
    /// The business processes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub processes: Vec<BusinessProcess>,
}

impl BusinessImpact {
    /// Whether nothing is recorded (the section is absent).
    pub fn is_empty(&self) -> bool {
        self.scenario.is_none() && self.processes.is_empty()
    }
}

/// An outage scenario: what stops, and for how many days.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OutageScenario {
    /// What happens, e.g. 「ネットワークが1週間遮断される」.
    pub description: String,
    /// English description, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_en: Option<String>,
    /// How many days every process stops, 1..=365.
    pub days: u32,
}

/// A business process (業務・プロセス) and what its stoppage costs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct BusinessProcess {
    /// Unique id within the quarter.
    pub id: String,
    /// Name.
    pub name: String,
    /// English name, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_en: Option<String>,
    /// The systems it needs, free text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub systems: Vec<String>,
    /// Recovery time objective (tolerable downtime) in hours.
    pub rto_hours: u32,
    /// Loss per day of stoppage, in yen (lost sales, penalties, recovery cost).
    pub loss_per_day_yen: Yen,
}
