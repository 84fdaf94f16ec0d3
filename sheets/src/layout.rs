//! The workbook layout: every sheet, every column, every drop-down list. One table of data drives the
//! template, the export, the import and the column reference in `docs/SPREADSHEET.md`.
//!
//! Each column names the JSON field it fills by a path relative to its record (`residual.likelihood`).
//! Keys starting with `#` are not fields: the quarter column, the risk-matrix axes, the tolerance flag
//! and reference-only columns.

use std::fmt;

use csm_core::snapshot::{
    ApprovingBody, AssessmentMethod, Audience, AuditKind, CiaAttribute, CloudPoint, CsirtForm, DrillScope, Evidence,
    EvidenceKind, ImpactClass, IncidentKind, Language, MembershipKind, PartnerKind, Phase, PublicationKind, ReportKind,
    Severity, SharingRecipient, Treatment,
};
use csm_core::snapshot::{BoardOutcome, ProgressStatus};
use csm_core::snapshot::{DisclosureStage, NoticeElement, NoticeRecipient};
use csm_core::vocabulary::Term;

/// An enumeration of the format: the drop-down shows core's Japanese labels
/// ([`csm_core::vocabulary::Term`]) and the snapshot gets the wire code. The import accepts the
/// Japanese label, the wire code, the English label, and the labels of earlier templates (aliases,
/// so workbooks filled from an old template still import).
#[derive(Debug, Clone, Copy)]
pub struct Choices {
    /// The format's type name (e.g. `Treatment`), as in `csm schema`.
    pub name: &'static str,
    /// `(wire value, Japanese label, English label)`, in the format's order.
    pub values: fn() -> Vec<Choice>,
    /// `(former label, wire value)`: words earlier templates wrote, still accepted on import.
    pub aliases: &'static [(&'static str, &'static str)],
}

/// Two choices are the same enumeration when their names are.
impl PartialEq for Choices {
    fn eq(&self, other: &Choices) -> bool {
        self.name == other.name
    }
}

impl Eq for Choices {}

/// One choice: `(wire value, Japanese label, English label)`.
pub type Choice = (&'static str, &'static str, &'static str);

/// The choices of a core enumeration, from its vocabulary table.
fn table<T: Term>() -> Vec<Choice> {
    T::ALL.iter().map(|t| (t.code(), t.label(Language::Ja), t.label(Language::En))).collect()
}

impl Choices {
    /// The wire value for a cell's text: a Japanese label, a wire value, an English label or a former
    /// label (case and surrounding blanks ignored).
    pub fn wire(&self, text: &str) -> Option<&'static str> {
        let t = text.trim();
        let same = |a: &str| t == a || t.eq_ignore_ascii_case(a);
        (self.values)()
            .into_iter()
            .find(|(wire, ja, en)| t == *ja || same(wire) || same(en))
            .map(|(wire, _, _)| wire)
            .or_else(|| self.aliases.iter().find(|(alias, _)| same(alias)).map(|(_, wire)| *wire))
    }

    /// The Japanese label of a wire value.
    pub fn label(&self, wire: &str) -> Option<&'static str> {
        (self.values)().into_iter().find(|(w, _, _)| *w == wire).map(|(_, ja, _)| ja)
    }

    /// The wire values of a multi-choice cell, in the cell's order: labels, wire codes, English labels or
    /// former labels separated by `、`, `,`, `;` or line breaks. A label may itself hold `、` (「何に関する
    /// 情報、システム、サービス等が」): the longest known value at each point wins. `Err` holds the first
    /// text that is none of them.
    pub fn split(&self, text: &str) -> Result<Vec<&'static str>, String> {
        let values = (self.values)();
        let mut known: Vec<(&str, &'static str)> = Vec::new();
        for (wire, ja, en) in &values {
            known.extend([(*ja, *wire), (*wire, *wire), (*en, *wire)]);
        }
        known.extend(self.aliases.iter().copied());
        let sep = |c: char| matches!(c, '、' | ',' | '，' | ';' | '；' | '\n' | '\r') || c.is_whitespace();
        let mut out = Vec::new();
        let mut rest = text.trim_start_matches(sep);
        while !rest.is_empty() {
            let hit = known
                .iter()
                .filter(|(k, _)| {
                    rest.get(..k.len()).is_some_and(|head| head == *k || head.eq_ignore_ascii_case(k))
                        && rest[k.len()..].chars().next().is_none_or(sep)
                })
                .max_by_key(|(k, _)| k.len());
            match hit {
                Some((k, wire)) => {
                    out.push(*wire);
                    rest = rest[k.len()..].trim_start_matches(sep);
                }
                None => {
                    let end = rest.find(['、', ',', '，', ';', '；', '\n', '\r']);
                    return Err(rest[..end.unwrap_or(rest.len())].trim().to_owned());
                }
            }
        }
        Ok(out)
    }

    /// The Japanese labels, in order (the drop-down).
    pub fn labels(&self) -> impl Iterator<Item = &'static str> + use<> {
        (self.values)().into_iter().map(|(_, ja, _)| ja)
    }
}

macro_rules! choices {
    ($id:ident, $ty:ty, [$($alias:expr),* $(,)?]) => {
        #[doc = concat!("Choices of `", stringify!($ty), "`.")]
        pub const $id: Choices =
            Choices { name: <$ty as Term>::NAME, values: table::<$ty>, aliases: &[$($alias),*] };
    };
}

choices!(LANGUAGE, Language, []);
choices!(AUDIENCE, Audience, []);
choices!(INCIDENT_KIND, IncidentKind, []);
choices!(IMPACT_CLASS, ImpactClass, []);
choices!(ASSESSMENT_METHOD, AssessmentMethod, []);
choices!(SEVERITY, Severity, []);
choices!(TREATMENT, Treatment, []);
choices!(APPROVING_BODY, ApprovingBody, []);
// The values of the risks' `cia` multi-choice column.
choices!(CIA_ATTRIBUTE, CiaAttribute, []);
// The values of the partners' `outsourcing.cloud_points` multi-choice column.
choices!(CLOUD_POINT, CloudPoint, []);
// Former template labels of Phase.
choices!(PHASE, Phase, [("計画", "plan"), ("実行", "do"), ("確認", "check"), ("改善", "act"),]);
// Former template labels of ReportKind.
choices!(REPORT_KIND, ReportKind, [("個別報告", "status"), ("監査結果報告", "audit"),]);
// Former template labels of AuditKind.
choices!(AUDIT_KIND, AuditKind, [("statutory auditor", "statutory_auditor"),]);
// Former template labels of PartnerKind.
choices!(
    PARTNER_KIND,
    PartnerKind,
    [
        ("グループ会社", "group_company"),
        ("IT委託先", "outsourcer"),
        ("クラウドサービス", "cloud"),
        ("cloud service", "cloud"),
    ]
);
// Former template labels of Evidence.
choices!(
    EVIDENCE,
    Evidence,
    [("自己点検の報告", "self_report"), ("self report", "self_report"), ("第三者の監査・認証", "third_party_audit"),]
);
choices!(EVIDENCE_KIND, EvidenceKind, []);
choices!(MEMBERSHIP_KIND, MembershipKind, []);
// Former template labels of SharingRecipient.
choices!(SHARING_RECIPIENT, SharingRecipient, [("ISAC等", "isac"),]);
// Former template labels of CsirtForm.
choices!(CSIRT_FORM, CsirtForm, [("なし", "none"), ("兼務型", "concurrent"),]);
choices!(DRILL_SCOPE, DrillScope, []);
// The values of the disclosure sheet's `notice_template` multi-choice column.
choices!(NOTICE_ELEMENT, NoticeElement, []);
choices!(DISCLOSURE_STAGE, DisclosureStage, []);
choices!(NOTICE_RECIPIENT, NoticeRecipient, []);
// Former template labels of PublicationKind.
choices!(PUBLICATION_KIND, PublicationKind, [("CSR報告書", "csr_report"), ("その他", "other"),]);
choices!(BOARD_OUTCOME, BoardOutcome, []);
choices!(PROGRESS_STATUS, ProgressStatus, []);

fn axis() -> Vec<Choice> {
    vec![("likelihood", "発生可能性", "likelihood"), ("impact", "影響度", "impact")]
}

/// Labels of the risk-matrix axes (not an enumeration of the format).
pub const AXIS: Choices = Choices { name: "axis", values: axis, aliases: &[] };

/// The labels of yes/no cells: はい and いいえ in the drop-down; the import also accepts TRUE/FALSE,
/// yes/no, 1/0 and ○/×.
pub const YES: &str = "はい";
/// See [`YES`].
pub const NO: &str = "いいえ";

/// Every enumeration with a drop-down, for the documentation and the tests.
pub const ALL_CHOICES: &[&Choices] = &[
    &LANGUAGE,
    &AUDIENCE,
    &INCIDENT_KIND,
    &IMPACT_CLASS,
    &ASSESSMENT_METHOD,
    &SEVERITY,
    &TREATMENT,
    &APPROVING_BODY,
    &CIA_ATTRIBUTE,
    &CLOUD_POINT,
    &PHASE,
    &REPORT_KIND,
    &AUDIT_KIND,
    &PARTNER_KIND,
    &EVIDENCE,
    &EVIDENCE_KIND,
    &MEMBERSHIP_KIND,
    &SHARING_RECIPIENT,
    &CSIRT_FORM,
    &DRILL_SCOPE,
    &PUBLICATION_KIND,
    &NOTICE_ELEMENT,
    &DISCLOSURE_STAGE,
    &NOTICE_RECIPIENT,
    &BOARD_OUTCOME,
    &PROGRESS_STATUS,
];

/// The contract clauses (5-1) as one yes/no column each: `(wire value, Japanese header, English)`.
pub const CLAUSES: &[(&str, &str, &str)] = &[
    ("confidentiality", "条項_守秘義務", "clause: confidentiality"),
    ("subcontracting", "条項_再委託", "clause: subcontracting"),
    ("liability", "条項_事故時の責任分担", "clause: liability"),
    ("return_or_disposal", "条項_終了時の返却・廃棄", "clause: return or disposal"),
    ("audit_rights", "条項_監査の方法と権限", "clause: audit rights"),
    ("non_compliance", "条項_不遵守時の措置", "clause: non-compliance"),
    ("incident_reporting", "条項_事故時の報告方法", "clause: incident reporting"),
];

/// The largest whole number a spreadsheet cell holds exactly (2^53 − 1).
pub const MAX_EXACT: u64 = 9_007_199_254_740_991;

/// What a column holds, how it is checked and how it is written.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    /// Free text.
    Text,
    /// A calendar quarter, `2026Q3`.
    Quarter,
    /// A date (an Excel date, or text `2026-09-30` / `2026/9/30`).
    Date,
    /// A whole number in `min..=max`.
    Whole {
        /// Smallest allowed.
        min: u64,
        /// Largest allowed.
        max: u64,
    },
    /// A decimal number in `min..=max`.
    Decimal {
        /// Smallest allowed.
        min: f64,
        /// Largest allowed.
        max: f64,
    },
    /// はい / いいえ.
    Bool,
    /// One value of an enumeration (a drop-down of Japanese labels).
    Choice(&'static Choices),
    /// Several texts, one per line (or separated by `;`).
    List,
    /// Several values of an enumeration: Japanese labels separated by `、` (or `,`, `;`, a line break),
    /// a drop-down offering each label; wire codes and former labels still import ([`Choices::split`]).
    ChoiceList(&'static Choices),
    /// One contract clause: はい puts the clause (the wire value) in the record's `clauses`.
    Clause(&'static str),
    /// A check item id `(1)-1` … `(10)-3` (a drop-down of the 32 ids).
    CheckItem,
    /// A risk level id (a drop-down of the ids on the risk-level sheet).
    Level,
    /// Shown for reference (e.g. a check item's title); ignored on import.
    Info,
}

impl Kind {
    /// What the column expects, in English, for messages and the reference.
    pub fn describe_en(self) -> String {
        match self {
            Kind::Text => "text".into(),
            Kind::Quarter => "quarter (2026Q3)".into(),
            Kind::Date => "date (2026-09-30)".into(),
            Kind::Whole { min, max } if max == MAX_EXACT => format!("whole number ≥ {min}"),
            Kind::Whole { min, max } if max == u64::from(u32::MAX) => format!("whole number ≥ {min}"),
            Kind::Whole { min, max } => format!("whole number {min}..{max}"),
            Kind::Decimal { min, max } if max >= 1e6 => format!("number ≥ {min}"),
            Kind::Decimal { min, max } => format!("number {min}..{max}"),
            Kind::Bool => "yes/no".into(),
            Kind::Choice(c) => format!("one of {}", c.name),
            Kind::List => "list, one per line".into(),
            Kind::ChoiceList(c) => format!("several of {}, separated by 、", c.name),
            Kind::Clause(_) => "yes/no".into(),
            Kind::CheckItem => "check item id".into(),
            Kind::Level => "risk level id".into(),
            Kind::Info => "reference only".into(),
        }
    }

    /// What the column expects, in Japanese.
    pub fn describe_ja(self) -> String {
        match self {
            Kind::Text => "文字列".into(),
            Kind::Quarter => "四半期（2026Q3）".into(),
            Kind::Date => "日付（2026-09-30）".into(),
            Kind::Whole { min, max } if max == MAX_EXACT || max == u64::from(u32::MAX) => {
                format!("{min} 以上の整数")
            }
            Kind::Whole { min, max } => format!("{min}〜{max} の整数"),
            Kind::Decimal { min, max } if max >= 1e6 => format!("{min} 以上の数値"),
            Kind::Decimal { min, max } => format!("{min}〜{max} の数値"),
            Kind::Bool | Kind::Clause(_) => "はい／いいえ".into(),
            Kind::Choice(c) => format!("選択（{}）", c.labels().collect::<Vec<_>>().join("／")),
            Kind::List => "複数可（1行に1つ）".into(),
            Kind::ChoiceList(c) => format!("複数選択（{}）を「、」で区切る", c.labels().collect::<Vec<_>>().join("／")),
            Kind::CheckItem => "チェック項目ID".into(),
            Kind::Level => "リスクレベルID".into(),
            Kind::Info => "参考（取り込みでは無視）".into(),
        }
    }
}

/// One column of a sheet.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Column {
    /// JSON path of the field relative to the record (`residual.likelihood`), or a `#` key.
    pub key: &'static str,
    /// Japanese header, as written in row 1.
    pub ja: &'static str,
    /// English name (the header's cell note; also accepted as the header on import).
    pub en: &'static str,
    /// What it holds.
    pub kind: Kind,
    /// Whether the format requires the value. Required text may be left blank (it becomes an empty
    /// string, which the validator rejects where the format forbids it); other required cells may not.
    pub required: bool,
    /// A short explanation in Japanese (the cell note), or empty.
    pub note_ja: &'static str,
    /// A short explanation in English, or empty.
    pub note_en: &'static str,
}

impl Column {
    const fn new(key: &'static str, ja: &'static str, en: &'static str, kind: Kind, required: bool) -> Column {
        Column { key, ja, en, kind, required, note_ja: "", note_en: "" }
    }
    const fn note(self, note_ja: &'static str, note_en: &'static str) -> Column {
        Column { note_ja, note_en, ..self }
    }

    /// Whether the column names a field of the record (not a `#` key).
    pub fn is_field(&self) -> bool {
        !self.key.starts_with('#') && !matches!(self.kind, Kind::Clause(_))
    }
}

const fn req(key: &'static str, ja: &'static str, en: &'static str, kind: Kind) -> Column {
    Column::new(key, ja, en, kind, true)
}
const fn opt(key: &'static str, ja: &'static str, en: &'static str, kind: Kind) -> Column {
    Column::new(key, ja, en, kind, false)
}

const TEXT: Kind = Kind::Text;
const DATE: Kind = Kind::Date;
const COUNT: Kind = Kind::Whole { min: 0, max: u32::MAX as u64 };
const ESCALATION_DAYS: Kind = Kind::Whole { min: 0, max: 365 };
const MONTH: Kind = Kind::Whole { min: 1, max: 12 };
const YEN: Kind = Kind::Whole { min: 0, max: MAX_EXACT };
const PCT: Kind = Kind::Decimal { min: 0.0, max: 100.0 };
const STEP: Kind = Kind::Whole { min: 1, max: 6 };
const MATURITY: Kind = Kind::Whole { min: 0, max: 5 };
const CIA: Kind = Kind::Whole { min: 1, max: 3 };
const SCORE: Kind = Kind::Decimal { min: 0.0, max: 1e9 };
const PARTNER_MATURITY: Kind = Kind::Decimal { min: 1.0, max: 5.0 };
const ITEM: Kind = Kind::Whole { min: 1, max: 10 };
const PATCH_DAYS: Kind = Kind::Whole { min: 1, max: 365 };
const OUTAGE_DAYS: Kind = Kind::Whole { min: 1, max: 365 };

/// The quarter column that starts every per-quarter sheet.
pub const QUARTER: Column = req("#quarter", "四半期", "quarter", Kind::Quarter)
    .note("暦年の四半期。例: 2026Q3（7〜9月）", "the calendar quarter, e.g. 2026Q3 (July–September)");

/// How a sheet's rows map onto the snapshot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// One row: `as_of`, `language` and the organisation profile.
    Organisation,
    /// Rows of `organisation.group_companies`.
    GroupCompanies,
    /// Rows of the likelihood and impact scales.
    Scales,
    /// Rows of the risk levels, lowest first; one is flagged as the tolerance.
    Levels,
    /// The grid: one row per likelihood step, one column per impact step.
    Grid,
    /// Rows of `risk_matrix.tolerance_changes`, oldest first.
    ToleranceChanges,
    /// One row per quarter: the quarter's object at `section`.
    QuarterRow {
        /// The JSON key in the quarter (`budget`).
        section: &'static str,
        /// Whether every quarter needs a row (false: a missing row means an empty object).
        required: bool,
    },
    /// Any number of rows per quarter: the quarter's list at `section`.
    QuarterList {
        /// The JSON path in the quarter (`risks`, `emergency.drills`).
        section: &'static str,
    },
    /// At most one row per quarter: the quarter's optional object at `section` — a quarter without a
    /// row has none ("not recorded"), not an empty one.
    QuarterOptionalRow {
        /// The JSON key in the quarter (`governance`).
        section: &'static str,
    },
    /// Rows of `reference_profiles` (without their maturities).
    ReferenceProfiles,
    /// Rows of the reference profiles' maturities: one per important item (`item`) or check item
    /// (`id`), keyed by the profile's id.
    ReferenceMaturities,
}

/// One sheet of the workbook (one CSV file).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SheetDef {
    /// The sheet name (Japanese); also the CSV file name without `.csv`.
    pub name: &'static str,
    /// English key (used in messages; also accepted as sheet or CSV file name).
    pub key: &'static str,
    /// English title.
    pub title_en: &'static str,
    /// What the sheet is for, in Japanese (the instructions sheet).
    pub about_ja: &'static str,
    /// What the sheet is for, in English.
    pub about_en: &'static str,
    /// How rows map onto the snapshot.
    pub shape: Shape,
    /// The columns, in order.
    pub columns: &'static [Column],
    /// Nested objects that are optional as a whole (`insurance`): all their cells blank means absent;
    /// any filled means the group's required cells must be filled.
    pub optional_groups: &'static [&'static str],
}

impl SheetDef {
    /// The column with this key.
    pub fn column(&self, key: &str) -> Option<&'static Column> {
        self.columns.iter().find(|c| c.key == key)
    }

    /// The optional group a column belongs to, if any.
    pub fn group_of(&self, column: &Column) -> Option<&'static str> {
        self.optional_groups
            .iter()
            .copied()
            .find(|g| column.key.strip_prefix(g).is_some_and(|rest| rest.starts_with('.')))
    }

    /// Whether the header must be present on import: a required field outside optional groups.
    pub fn column_required(&self, column: &Column) -> bool {
        column.required && self.group_of(column).is_none()
    }

    /// Whether the sheet has a quarter column.
    pub fn per_quarter(&self) -> bool {
        matches!(self.shape, Shape::QuarterRow { .. } | Shape::QuarterList { .. } | Shape::QuarterOptionalRow { .. })
    }
}

impl fmt::Display for SheetDef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.name, self.key)
    }
}

/// The instructions sheet's name; ignored on import.
pub const INSTRUCTIONS: &str = "説明";

/// Every sheet, in workbook order.
pub const SHEETS: &[SheetDef] = &[
    SheetDef {
        name: "組織",
        key: "organisation",
        title_en: "Organisation",
        about_ja: "1行だけ記入します。基準日はこのエクスポートが表す日（これより後の日付は書けません）。",
        about_en: "One row. The as-of date is the date the export describes (no record may be dated after it).",
        shape: Shape::Organisation,
        columns: &[
            req("as_of", "基準日", "as of", DATE).note("エクスポートの基準日", "the date the export describes"),
            opt("language", "表示言語", "language", Kind::Choice(&LANGUAGE)),
            req("organisation.name", "組織名", "name", TEXT),
            opt("organisation.name_en", "組織名（英語）", "name in English", TEXT),
            req("organisation.industry", "業種", "industry", TEXT),
            opt("organisation.industry_en", "業種（英語）", "industry in English", TEXT),
            req("organisation.employees", "従業員数", "employees", COUNT)
                .note("グループ全体を対象とする場合はグループ合計", "group total if the export covers the group"),
            opt("organisation.fiscal_year_start", "年度開始月", "fiscal year starts (month)", MONTH).note(
                "1〜12。空欄は1月（暦年）。4月なら2026年7〜9月は2026年度 第2四半期",
                "1 to 12; blank is January (calendar year). With 4, July–September 2026 is FY2026 Q2",
            ),
            opt(
                "before_first_quarter.drill",
                "最初の四半期より前の直近の訓練日",
                "last drill before the first quarter",
                DATE,
            )
            .note(
                "記録の始まる前に実施した直近の演習（分かれば）",
                "the latest drill before the records start, if known",
            ),
            opt(
                "before_first_quarter.audit",
                "最初の四半期より前の直近の監査日",
                "last audit before the first quarter",
                DATE,
            ),
            opt(
                "before_first_quarter.security_test",
                "最初の四半期より前の直近の脆弱性診断・ペネトレーションテスト日",
                "last security test before the first quarter",
                DATE,
            ),
            opt(
                "risk_matrix.approval_validity_months",
                "承認の有効期間上限（月）",
                "approval validity cap (months)",
                COUNT,
            )
            .note(
                "残留リスク承認の有効期間の上限（1〜36、空欄: 12）",
                "longest validity of a residual-risk approval (1–36; empty: 12)",
            ),
            opt("organisation.id", "組織ID", "organisation id", TEXT).note(
                "会社を識別する一意のID（法人番号など）。グループ比較で同じ会社のエクスポートを見分けます。空欄は組織名で識別",
                "a stable id of the company (e.g. its corporate number); the group comparison tells exports of one company by it. Blank: identified by name",
            ),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "グループ会社",
        key: "group_companies",
        title_en: "Group companies",
        about_ja: "対象に含めるグループ会社（系列企業）。なければ空のままにします。",
        about_en: "Group companies covered by the export; leave empty if none.",
        shape: Shape::GroupCompanies,
        columns: &[
            req("id", "ID", "id", TEXT).note("他のシートから参照する一意のID", "unique id other sheets refer to"),
            req("name", "会社名", "name", TEXT),
            opt("name_en", "会社名（英語）", "name in English", TEXT),
            req("employees", "従業員数", "employees", COUNT),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "リスク段階",
        key: "risk_scales",
        title_en: "Risk matrix scales",
        about_ja: "発生可能性と影響度の段階（それぞれ3〜6段階、1が最も低い）。",
        about_en: "Likelihood and impact steps (3 to 6 each, step 1 is the lowest).",
        shape: Shape::Scales,
        columns: &[
            req("#axis", "軸", "axis", Kind::Choice(&AXIS)),
            req("#step", "段階", "step", STEP).note("1 が最も低い", "1 is the lowest"),
            req("name", "名称", "name", TEXT),
            req("name_en", "名称（英語）", "name in English", TEXT),
            opt("description", "説明", "description", TEXT),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "リスクレベル",
        key: "risk_levels",
        title_en: "Risk levels",
        about_ja: "リスクレベル（2〜6個、低い順）。許容できる最も高いレベル1つに「許容上限」=はい。",
        about_en: "Risk levels (2 to 6, lowest first). Mark exactly one as the tolerance (the highest level tolerated without board approval).",
        shape: Shape::Levels,
        columns: &[
            req("id", "ID", "id", TEXT).note("マトリクスで使う ID（例: high）", "id used in the grid (e.g. high)"),
            req("name", "名称", "name", TEXT),
            req("name_en", "名称（英語）", "name in English", TEXT),
            req("colour", "色", "colour", TEXT).note("#rrggbb 形式（例: #f44336）", "#rrggbb (e.g. #f44336)"),
            opt("#tolerance", "許容上限", "tolerance", Kind::Bool).note(
                "経営層の承認なしに許容できる最も高いレベル（1つだけ「はい」）",
                "the highest level tolerated without board approval (exactly one yes)",
            ),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "リスクマトリクス",
        key: "risk_grid",
        title_en: "Risk matrix grid",
        about_ja: "発生可能性（行）×影響度（列）ごとのリスクレベルID。段階数を超える列は空のままにします。",
        about_en: "The risk level id for each likelihood (row) × impact (column); leave columns beyond the impact scale empty.",
        shape: Shape::Grid,
        columns: &[
            req("#likelihood", "発生可能性", "likelihood", STEP)
                .note("発生可能性の段階（1〜）", "likelihood step (from 1)"),
            opt("#impact1", "影響度1", "impact 1", Kind::Level),
            opt("#impact2", "影響度2", "impact 2", Kind::Level),
            opt("#impact3", "影響度3", "impact 3", Kind::Level),
            opt("#impact4", "影響度4", "impact 4", Kind::Level),
            opt("#impact5", "影響度5", "impact 5", Kind::Level),
            opt("#impact6", "影響度6", "impact 6", Kind::Level),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "チェックシート",
        key: "checksheet",
        title_en: "Check sheet",
        about_ja: "付録3の32項目の自己評価。四半期ごとに32行すべてが必要です（成熟度 0〜5）。",
        about_en: "Self-assessment of the 32 check items (付録3); every quarter needs all 32 rows (maturity 0 to 5).",
        shape: Shape::QuarterList { section: "checksheet" },
        columns: &[
            QUARTER,
            req("item", "項目ID", "item", Kind::CheckItem).note("(1)-1 〜 (10)-3", "(1)-1 to (10)-3"),
            opt("#title", "項目", "title", Kind::Info)
                .note("参考表示（取り込みでは無視）", "for reference; ignored on import"),
            req("maturity", "成熟度", "maturity", MATURITY),
            req("target", "目標成熟度", "target", MATURITY),
            req("evidence", "根拠資料", "evidence", TEXT),
            req("owner", "責任者", "owner", TEXT),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "KPI目標",
        key: "kpi_targets",
        title_en: "KPI targets",
        about_ja: "四半期ごとに1行。目標のないKPIは空欄。",
        about_en: "One row per quarter; leave a KPI blank if it has no target.",
        shape: Shape::QuarterRow { section: "kpi_targets", required: false },
        columns: &[
            QUARTER,
            opt("security_budget_share_pct", "セキュリティ予算比率（%）", "security budget share %", PCT),
            opt("training_completion_pct", "研修受講率（%）", "training completion %", PCT),
            opt("test_score_pct", "理解度テスト平均（%）", "test score %", PCT),
            opt("incidents_max", "インシデント上限", "incidents max", COUNT),
            opt("near_misses_min", "ヒヤリハット報告下限", "near misses min", COUNT),
            opt("assessments_min", "リスクアセスメント下限（12か月）", "assessments min", COUNT),
            opt("open_findings_max", "未完了の指摘上限", "open findings max", COUNT),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "予算",
        key: "budget",
        title_en: "Budget",
        about_ja: "四半期ごとに1行（その四半期を含む年度の予算、円）。",
        about_en: "One row per quarter: the budget of the fiscal year containing the quarter, in yen.",
        shape: Shape::QuarterRow { section: "budget", required: true },
        columns: &[
            QUARTER,
            req("fiscal_year", "年度", "fiscal year", TEXT).note("例: FY2026", "e.g. FY2026"),
            req("it_yen", "IT予算（円）", "IT budget (yen)", YEN),
            req("security_pre_incident_yen", "事前対策費用（円）", "pre-incident (yen)", YEN),
            req("security_operations_yen", "対策運用費用（円）", "operations (yen)", YEN),
            req("security_post_incident_yen", "事後対策費用（円）", "post-incident (yen)", YEN),
            opt("approved_on", "予算承認日", "approved on", DATE),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "人員",
        key: "workforce",
        title_en: "Workforce",
        about_ja: "四半期ごとに1行（四半期末の人数）。",
        about_en: "One row per quarter: head-count at the quarter's end.",
        shape: Shape::QuarterRow { section: "workforce", required: true },
        columns: &[
            QUARTER,
            req("staff", "従業員数", "staff", COUNT)
                .note("役員・派遣社員を含む", "including executives and temporary staff"),
            req("security_staff", "セキュリティ担当者数", "security staff", COUNT),
            req("qualified_security_staff", "有資格者数", "qualified security staff", COUNT)
                .note("情報処理安全確保支援士など", "e.g. Registered Information Security Specialists"),
            opt("security_staff_needed", "人員計画の要員数", "security staff needed", COUNT)
                .note("空欄: 人員計画は未記録（判定しない）", "empty: no staffing plan recorded (not judged)"),
            opt("qualified_needed", "計画上の有資格者数", "qualified staff needed", COUNT),
            opt("skills_gaps", "不足スキル", "skills gaps", Kind::List)
                .note("1行に1つ（Alt+Enter で改行）", "one per line (Alt+Enter)"),
            opt("external_resources", "活用している外部リソース", "external resources", Kind::List)
                .note("外部の専門家・サービス、1行に1つ", "outside experts and services, one per line"),
            opt("career_path", "キャリアパスあり", "career path", Kind::Bool)
                .note("人事評価制度と連動（空欄: 未記録）", "linked to the evaluation system (empty: not recorded)"),
            opt("evaluation_criteria", "業績評価基準あり", "evaluation criteria", Kind::Bool)
                .note("人事評価制度と連動（空欄: 未記録）", "linked to the evaluation system (empty: not recorded)"),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "研修",
        key: "trainings",
        title_en: "Trainings",
        about_ja: "四半期中に実施した研修（実施日は四半期内）。",
        about_en: "Training sessions held in the quarter (dated inside it).",
        shape: Shape::QuarterList { section: "trainings" },
        columns: &[
            QUARTER,
            req("id", "ID", "id", TEXT),
            req("date", "実施日", "date", DATE),
            req("title", "研修名", "title", TEXT),
            req("audience", "対象者", "audience", Kind::Choice(&AUDIENCE)),
            req("eligible", "対象者数", "eligible", COUNT),
            req("completed", "受講完了者数", "completed", COUNT),
            opt("repeat_of", "再受講元の研修ID", "repeat of", TEXT).note(
                "同じ人たちに再度実施した回なら、最初の回の研修ID（受講率は人数で1回と数える）",
                "for a session that trains the same people again, the id of the earlier session (completion counts them once)",
            ),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "理解度テスト",
        key: "tests",
        title_en: "Comprehension tests",
        about_ja: "四半期中に実施した理解度テスト。",
        about_en: "Comprehension tests held in the quarter.",
        shape: Shape::QuarterList { section: "tests" },
        columns: &[
            QUARTER,
            req("id", "ID", "id", TEXT),
            req("date", "実施日", "date", DATE),
            opt("training", "研修ID", "training", TEXT)
                .note("対象の研修（研修シートのID）", "the training it tests (an id on the trainings sheet)"),
            req("takers", "受験者数", "takers", COUNT),
            req("average_score", "平均点", "average score", SCORE),
            req("max_score", "満点", "max score", SCORE),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "インシデント",
        key: "incidents",
        title_en: "Incidents",
        about_ja: "四半期中に発生したインシデントとヒヤリハット。",
        about_en: "Incidents and near-misses that occurred in the quarter.",
        shape: Shape::QuarterList { section: "incidents" },
        columns: &[
            QUARTER,
            req("id", "ID", "id", TEXT),
            req("date", "発生日", "date", DATE),
            req("kind", "種別", "kind", Kind::Choice(&INCIDENT_KIND)),
            req("category", "分類", "category", TEXT).note("例: 標的型攻撃メール", "e.g. targeted phishing"),
            req("impact", "事業への影響度", "impact", Kind::Choice(&IMPACT_CLASS)),
            req("summary", "概要", "summary", TEXT),
            opt("company", "グループ会社ID", "company", TEXT)
                .note("親会社以外で発生した場合", "if not the parent company"),
            opt("reported_on", "経営者への報告日", "reported on", DATE),
            opt("closed_on", "完了日", "closed on", DATE),
            opt("detected_on", "検知日", "detected on", DATE).note("空欄: 発生日に検知", "empty: detected on the date"),
            opt("contained_on", "封じ込め日", "contained on", DATE),
            opt("personal_data_leak", "個人情報の漏えい", "personal-data leak", Kind::Bool)
                .note("空欄: いいえ", "empty: no"),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "リスクアセスメント",
        key: "assessments",
        title_en: "Risk assessments",
        about_ja: "四半期中に完了したリスクアセスメント。",
        about_en: "Risk assessments completed in the quarter.",
        shape: Shape::QuarterList { section: "assessments" },
        columns: &[
            QUARTER,
            req("id", "ID", "id", TEXT),
            req("date", "完了日", "date", DATE),
            req("scope", "対象範囲", "scope", TEXT),
            req("method", "手法", "method", Kind::Choice(&ASSESSMENT_METHOD)),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "指摘事項",
        key: "findings",
        title_en: "Findings",
        about_ja: "四半期末時点の指摘事項（未完了・完了とも）。",
        about_en: "Findings at the quarter's end, open or closed.",
        shape: Shape::QuarterList { section: "findings" },
        columns: &[
            QUARTER,
            req("id", "ID", "id", TEXT),
            req("source", "指摘元ID", "source", TEXT)
                .note("リスクアセスメントまたは監査のID", "an assessment or audit id"),
            req("raised_on", "指摘日", "raised on", DATE),
            req("severity", "重要度", "severity", Kind::Choice(&SEVERITY)),
            req("title", "内容", "title", TEXT),
            opt("closed_on", "完了日", "closed on", DATE),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "資産",
        key: "assets",
        title_en: "Assets",
        about_ja: "守るべき資産（重要度 1〜3）。",
        about_en: "Protected assets (importance 1 to 3).",
        shape: Shape::QuarterList { section: "assets" },
        columns: &[
            QUARTER,
            req("id", "ID", "id", TEXT),
            req("name", "資産名", "name", TEXT),
            opt("name_en", "資産名（英語）", "name in English", TEXT),
            req("owner", "管理部署", "owner", TEXT),
            opt("company", "グループ会社ID", "company", TEXT),
            req("confidentiality", "機密性", "confidentiality", CIA),
            req("integrity", "完全性", "integrity", CIA),
            req("availability", "可用性", "availability", CIA),
            req("legal", "関係法令", "legal", Kind::List)
                .note("1行に1つ（Alt+Enter で改行）", "one per line (Alt+Enter)"),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "リスク",
        key: "risks",
        title_en: "Risks",
        about_ja: "リスク登録簿。保険・承認は該当する場合のみ記入（記入する場合は必須欄すべて）。",
        about_en: "The risk register. Fill the insurance and approval columns only when they apply (then all their required cells).",
        shape: Shape::QuarterList { section: "risks" },
        columns: &[
            QUARTER,
            req("id", "ID", "id", TEXT)
                .note("四半期をまたいで同じリスクには同じID", "the same id across quarters is the same risk"),
            req("asset", "資産ID", "asset", TEXT).note("同じ四半期の資産シートのID", "an asset id of the same quarter"),
            req("threat", "脅威シナリオ", "threat", TEXT),
            opt("threat_en", "脅威シナリオ（英語）", "threat in English", TEXT),
            req("inherent.likelihood", "固有発生可能性", "inherent likelihood", STEP)
                .note("対策前", "before treatment"),
            req("inherent.impact", "固有影響度", "inherent impact", STEP),
            req("residual.likelihood", "残留発生可能性", "residual likelihood", STEP).note("対策後", "after treatment"),
            req("residual.impact", "残留影響度", "residual impact", STEP),
            req("treatment", "対応", "treatment", Kind::Choice(&TREATMENT)),
            req("insurance.policy", "保険契約", "insurance policy", TEXT),
            req("insurance.cover_yen", "補償限度額（円）", "insurance cover (yen)", YEN),
            req("insurance.expires_on", "保険満了日", "insurance expires on", DATE),
            req("owner", "リスクオーナー", "owner", TEXT),
            opt("tolerance", "許容レベル（個別）", "tolerance override", Kind::Level),
            req("approval.approver", "承認者", "approver", TEXT).note("例: 取締役会", "e.g. the board"),
            req("approval.approved_on", "承認日", "approved on", DATE),
            req("approval.expires_on", "承認期限", "approval expires on", DATE),
            opt("approval.reference", "承認記録", "approval reference", TEXT),
            opt("loss_magnitude_yen", "想定損失額（円）", "loss magnitude (yen)", YEN)
                .note("空欄: 未見積（0 と書かない）", "empty: not estimated (do not write 0)"),
            opt("annual_frequency", "年間発生頻度", "annual frequency", SCORE)
                .note("対策後の年間発生回数の期待値", "expected occurrences per year after treatment"),
            opt("approval.body", "承認機関", "approving body", Kind::Choice(&APPROVING_BODY)).note(
                "取締役会・経営会議・代表取締役の承認のみ経営層の承認として扱う（空欄: 未記録）",
                "only the board, executive committee or representative director count (empty: not recorded)",
            ),
            opt("approval.rating.likelihood", "承認時の残留発生可能性", "approved residual likelihood", STEP).note(
                "承認した残留リスクの評価（空欄: 承認日の四半期の評価）",
                "the residual rating approved (empty: that of the approval's quarter)",
            ),
            opt("approval.rating.impact", "承認時の残留影響度", "approved residual impact", STEP),
            opt("inherent_loss_magnitude_yen", "対策前の想定損失額（円）", "inherent loss magnitude (yen)", YEN)
                .note("空欄: 想定損失額と同じ", "empty: the same as the loss magnitude"),
            opt("cia", "CIA属性", "CIA attributes", Kind::ChoiceList(&CIA_ATTRIBUTE)).note(
                "損なわれる属性（機密性・完全性・可用性）を「、」で区切って選ぶ（空欄: 記録なし）",
                "attributes harmed (confidentiality, integrity, availability), separated by 、 (empty: not recorded)",
            ),
            opt("inherent_annual_frequency", "対策前の年間発生頻度", "inherent annual frequency", SCORE).note(
                "対策前の年間発生回数の期待値（空欄: 未見積）",
                "expected occurrences per year before treatment (empty: not estimated)",
            ),
            opt("processes", "脅かす業務プロセス", "business processes", Kind::List)
                .note("業務プロセスシートのIDを1行に1つ", "ids of the business-process sheet, one per line"),
        ],
        optional_groups: &["insurance", "approval"],
    },
    SheetDef {
        name: "PDCA",
        key: "pdca",
        title_en: "PDCA cycles",
        about_ja: "領域ごとのPDCAサイクルの状況。",
        about_en: "The PDCA cycle of each area.",
        shape: Shape::QuarterList { section: "pdca" },
        columns: &[
            QUARTER,
            req("id", "ID", "id", TEXT),
            req("area", "対象領域", "area", TEXT),
            opt("area_en", "対象領域（英語）", "area in English", TEXT),
            req("phase", "現在のフェーズ", "phase", Kind::Choice(&PHASE)),
            req("cycle_days", "サイクル日数", "cycle days", COUNT),
            opt("last_plan", "最終計画日", "last plan", DATE),
            opt("last_do", "最終実行日", "last do", DATE),
            opt("last_check", "最終確認日", "last check", DATE),
            opt("last_act", "最終改善日", "last act", DATE),
            req("next_review", "次回見直し日", "next review", DATE),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "経営者への報告",
        key: "reports",
        title_en: "Reports to the executive",
        about_ja: "四半期中の経営者への報告。",
        about_en: "Reports to the executive in the quarter.",
        shape: Shape::QuarterList { section: "reports" },
        columns: &[
            QUARTER,
            req("date", "報告日", "date", DATE),
            req("kind", "種別", "kind", Kind::Choice(&REPORT_KIND)),
            req("forum", "報告の場", "forum", TEXT).note("例: 経営会議", "e.g. management meeting"),
            req("summary", "概要", "summary", TEXT),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "監査",
        key: "audits",
        title_en: "Audits",
        about_ja: "四半期中の監査・脆弱性診断・ペネトレーションテスト。",
        about_en: "Audits, vulnerability assessments and penetration tests in the quarter.",
        shape: Shape::QuarterList { section: "audits" },
        columns: &[
            QUARTER,
            req("id", "ID", "id", TEXT),
            req("date", "完了日", "date", DATE),
            req("kind", "種別", "kind", Kind::Choice(&AUDIT_KIND)),
            req("auditor", "実施者", "auditor", TEXT),
            req("scope", "対象範囲", "scope", TEXT),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "取引先",
        key: "partners",
        title_en: "Partners",
        about_ja: "グループ会社・取引先・委託先・クラウド。契約条項は含まれるものに「はい」。",
        about_en: "Group companies, suppliers, outsourcers and cloud services; mark the contract clauses the contract contains.",
        shape: Shape::QuarterList { section: "partners" },
        columns: &[
            QUARTER,
            req("id", "ID", "id", TEXT),
            req("name", "名称", "name", TEXT),
            req("kind", "種別", "kind", Kind::Choice(&PARTNER_KIND)),
            opt("group_company", "グループ会社ID", "group company", TEXT)
                .note("種別がグループ会社の場合", "for group companies"),
            req("service", "委託内容", "service", TEXT),
            req("handles_sensitive_data", "機密情報の取扱い", "handles sensitive data", Kind::Bool),
            opt("evidence", "確認方法", "evidence", Kind::Choice(&EVIDENCE)),
            opt("maturity", "成熟度", "maturity", PARTNER_MATURITY)
                .note("1.0〜5.0（未評価なら空欄）", "1.0 to 5.0 (blank if never assessed)"),
            req("required_maturity", "要求成熟度", "required maturity", PARTNER_MATURITY),
            opt("#clause1", CLAUSES[0].1, CLAUSES[0].2, Kind::Clause(CLAUSES[0].0)),
            opt("#clause2", CLAUSES[1].1, CLAUSES[1].2, Kind::Clause(CLAUSES[1].0)),
            opt("#clause3", CLAUSES[2].1, CLAUSES[2].2, Kind::Clause(CLAUSES[2].0)),
            opt("#clause4", CLAUSES[3].1, CLAUSES[3].2, Kind::Clause(CLAUSES[3].0)),
            opt("#clause5", CLAUSES[4].1, CLAUSES[4].2, Kind::Clause(CLAUSES[4].0)),
            opt("#clause6", CLAUSES[5].1, CLAUSES[5].2, Kind::Clause(CLAUSES[5].0)),
            opt("#clause7", CLAUSES[6].1, CLAUSES[6].2, Kind::Clause(CLAUSES[6].0)),
            opt("last_review", "最終評価日", "last review", DATE),
            req("next_review", "次回評価日", "next review", DATE),
            opt("evidence_kind", "根拠の種類", "evidence kind", Kind::Choice(&EVIDENCE_KIND)).note(
                "SOC 2、ISO/IEC 27001 など（確認方法に合うもの）",
                "SOC 2, ISO/IEC 27001 … (matching the evidence)",
            ),
            opt("evidence_name", "報告書・認証の名称", "report or certificate", TEXT),
            opt("evidence_period_start", "報告書の対象期間_開始", "report period start", DATE),
            opt("evidence_period_end", "報告書の対象期間_終了", "report period end", DATE)
                .note("SOC 2 は終了から12か月で失効扱い", "a SOC 2 report is stale 12 months after it"),
            opt("outsourcing.scope_split", "委託_切り分けの明文化", "outsourcing: scope split", Kind::Bool)
                .note("委託先・クラウドのみ（空欄: 未記録）", "outsourcers and cloud only (empty: not recorded)"),
            opt("outsourcing.sla_stated", "委託_サービスレベル明示", "outsourcing: SLA stated", Kind::Bool),
            opt("outsourcing.availability_target_pct", "委託_稼働率目標（%）", "outsourcing: availability (%)", PCT),
            opt("outsourcing.emergency_cooperation", "委託_緊急時の協力", "outsourcing: emergency cooperation", Kind::Bool),
            opt("outsourcing.subcontracting_allowed", "委託_再委託可", "outsourcing: subcontracting allowed", Kind::Bool),
            opt("outsourcing.flow_down", "委託_再委託先への要求", "outsourcing: flow-down", Kind::Bool),
            opt(
                "outsourcing.cloud_points",
                "クラウド_確認済み事項",
                "cloud: points confirmed",
                Kind::ChoiceList(&CLOUD_POINT),
            )
            .note(
                "「クラウドサービス安全利用のすすめ」の7つの確認事項のうち確認済みのものを「、」で区切って選ぶ",
                "the seven points of the cloud guide confirmed, separated by 、",
            ),
        ],
        optional_groups: &["outsourcing"],
    },
    SheetDef {
        name: "情報共有の参加先",
        key: "memberships",
        title_en: "Information-sharing memberships",
        about_ja: "参加している情報共有コミュニティと注意喚起の情報源（四半期末時点）。",
        about_en: "Information-sharing communities and alert sources (at the quarter's end).",
        shape: Shape::QuarterList { section: "information_sharing.memberships" },
        columns: &[
            QUARTER,
            req("id", "ID", "id", TEXT),
            req("body", "組織・情報源", "body", TEXT).note("例: JPCERT/CC, J-CSIP", "e.g. JPCERT/CC, J-CSIP"),
            req("kind", "種別", "kind", Kind::Choice(&MEMBERSHIP_KIND)),
            req("contact", "担当者", "contact", TEXT),
            req("since", "開始日", "since", DATE),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "外部への届出",
        key: "sharing_reports",
        title_en: "Reports filed",
        about_ja: "四半期中に外部機関へ行った届出・報告。",
        about_en: "Reports filed with outside bodies in the quarter.",
        shape: Shape::QuarterList { section: "information_sharing.reports_filed" },
        columns: &[
            QUARTER,
            req("date", "届出日", "date", DATE),
            req("to", "届出先", "to", Kind::Choice(&SHARING_RECIPIENT)),
            req("subject", "件名", "subject", TEXT),
            opt("incident", "インシデントID", "incident", TEXT),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "緊急対応体制",
        key: "emergency",
        title_en: "Emergency readiness",
        about_ja: "四半期ごとに1行：CSIRT、緊急連絡網、初動対応マニュアル。",
        about_en: "One row per quarter: the CSIRT, the emergency contact list and the first-response manual.",
        shape: Shape::QuarterRow { section: "emergency", required: true },
        columns: &[
            QUARTER,
            req("csirt", "CSIRTの形態", "CSIRT form", Kind::Choice(&CSIRT_FORM)),
            req("csirt_members", "CSIRTの人数", "CSIRT members", COUNT),
            req("external_forensics", "外部フォレンジック契約", "external forensics", Kind::Bool),
            req("contact_list.exists", "緊急連絡網_有無", "contact list: exists", Kind::Bool),
            opt("contact_list.approved_by", "緊急連絡網_承認者", "contact list: approved by", TEXT),
            opt("contact_list.last_review", "緊急連絡網_最終見直し日", "contact list: last review", DATE),
            req(
                "contact_list.review_interval_days",
                "緊急連絡網_見直し間隔（日）",
                "contact list: review interval (days)",
                COUNT,
            ),
            req("response_manual.exists", "初動マニュアル_有無", "response manual: exists", Kind::Bool),
            opt("response_manual.approved_by", "初動マニュアル_承認者", "response manual: approved by", TEXT),
            opt("response_manual.last_review", "初動マニュアル_最終見直し日", "response manual: last review", DATE),
            req(
                "response_manual.review_interval_days",
                "初動マニュアル_見直し間隔（日）",
                "response manual: review interval (days)",
                COUNT,
            ),
            req("csirt_charter.exists", "CSIRT規程_有無", "CSIRT charter: exists", Kind::Bool)
                .note("CSIRT規程の4列は空欄で未記録", "leave the 4 charter columns empty: not recorded"),
            opt("csirt_charter.approved_by", "CSIRT規程_承認者", "CSIRT charter: approved by", TEXT),
            opt("csirt_charter.last_review", "CSIRT規程_最終見直し日", "CSIRT charter: last review", DATE),
            req(
                "csirt_charter.review_interval_days",
                "CSIRT規程_見直し間隔（日）",
                "CSIRT charter: review interval (days)",
                COUNT,
            ),
            opt("authority_to_disconnect", "ネットワーク遮断の権限", "authority to disconnect", Kind::Bool)
                .note("空欄: 未記録", "empty: not recorded"),
            opt("authority_to_stop_services", "サービス停止の権限", "authority to stop services", Kind::Bool),
            opt("stop_criteria", "サービス停止の判断基準", "stop criteria", Kind::Bool),
            opt("restore_criteria", "サービス復旧の判断基準", "restore criteria", Kind::Bool),
        ],
        optional_groups: &["csirt_charter"],
    },
    SheetDef {
        name: "演習",
        key: "drills",
        title_en: "Drills",
        about_ja: "四半期中に実施した演習・訓練。",
        about_en: "Drills and exercises held in the quarter.",
        shape: Shape::QuarterList { section: "emergency.drills" },
        columns: &[
            QUARTER,
            req("id", "ID", "id", TEXT),
            req("date", "実施日", "date", DATE),
            req("scenario", "シナリオ", "scenario", TEXT),
            req("scope", "範囲", "scope", Kind::Choice(&DRILL_SCOPE)),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "改善事項",
        key: "follow_ups",
        title_en: "Follow-ups",
        about_ja: "演習・インシデントからの改善事項（四半期末時点）。",
        about_en: "Follow-up actions from drills and incidents (at the quarter's end).",
        shape: Shape::QuarterList { section: "emergency.follow_ups" },
        columns: &[
            QUARTER,
            req("id", "ID", "id", TEXT),
            req("source", "発生元ID", "source", TEXT).note("演習またはインシデントのID", "a drill or incident id"),
            req("title", "内容", "title", TEXT),
            req("due", "期限", "due", DATE),
            opt("closed_on", "完了日", "closed on", DATE),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "開示体制",
        key: "disclosure",
        title_en: "Disclosure readiness",
        about_ja: "四半期ごとに1行：通知先リスト、報告様式、経営者への報告ルール。",
        about_en: "One row per quarter: the notification list, report formats and executive reporting rules.",
        shape: Shape::QuarterRow { section: "disclosure", required: true },
        columns: &[
            QUARTER,
            req("notification_list.exists", "通知先リスト_有無", "notification list: exists", Kind::Bool),
            opt("notification_list.approved_by", "通知先リスト_承認者", "notification list: approved by", TEXT),
            opt("notification_list.last_review", "通知先リスト_最終見直し日", "notification list: last review", DATE),
            req(
                "notification_list.review_interval_days",
                "通知先リスト_見直し間隔（日）",
                "notification list: review interval (days)",
                COUNT,
            ),
            req("includes_police", "所轄警察署を含む", "includes police", Kind::Bool),
            req("report_formats", "報告様式", "report formats", Kind::List).note("1行に1つ", "one per line"),
            req(
                "executive_reporting_rules.exists",
                "経営者報告ルール_有無",
                "executive reporting rules: exists",
                Kind::Bool,
            ),
            opt(
                "executive_reporting_rules.approved_by",
                "経営者報告ルール_承認者",
                "executive reporting rules: approved by",
                TEXT,
            ),
            opt(
                "executive_reporting_rules.last_review",
                "経営者報告ルール_最終見直し日",
                "executive reporting rules: last review",
                DATE,
            ),
            req(
                "executive_reporting_rules.review_interval_days",
                "経営者報告ルール_見直し間隔（日）",
                "executive reporting rules: review interval (days)",
                COUNT,
            ),
            opt(
                "escalation_days.minor",
                "経営者報告期限_軽微（日）",
                "escalation limit: minor (days)",
                ESCALATION_DAYS,
            )
            .note(
                "検知から経営者への報告までの上限日数（0: 当日、空欄: 定めなし）",
                "days from detection (0: same day; empty: not stated)",
            ),
            opt(
                "escalation_days.moderate",
                "経営者報告期限_中程度（日）",
                "escalation limit: moderate (days)",
                ESCALATION_DAYS,
            ),
            opt(
                "escalation_days.major",
                "経営者報告期限_重大（日）",
                "escalation limit: major (days)",
                ESCALATION_DAYS,
            ),
            opt(
                "escalation_days.severe",
                "経営者報告期限_深刻（日）",
                "escalation limit: severe (days)",
                ESCALATION_DAYS,
            ),
            opt("notice_template", "通知文の5W1H", "notice template 5W1H", Kind::ChoiceList(&NOTICE_ELEMENT)).note(
                "様式が含む項目（5W1H）を「、」で区切って選ぶ（空欄: 記録なし）",
                "elements the template covers (5W1H), separated by 、 (empty: not recorded)",
            ),
            opt("spokesperson", "対外説明者", "spokesperson", TEXT)
                .note("役職（例: 社長）", "a role (e.g. the president)"),
        ],
        optional_groups: &["escalation_days"],
    },
    SheetDef {
        name: "公表",
        key: "publications",
        title_en: "Publications",
        about_ja: "四半期中に公表した、サイバーセキュリティのリスクと対策を記載した文書。",
        about_en: "Public documents in the quarter that describe cyber-security risk and measures.",
        shape: Shape::QuarterList { section: "disclosure.publications" },
        columns: &[
            QUARTER,
            req("date", "公表日", "date", DATE),
            req("kind", "種別", "kind", Kind::Choice(&PUBLICATION_KIND)),
            req("title", "表題", "title", TEXT),
            opt("url", "URL", "url", TEXT),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "開示計画",
        key: "staged_plan",
        title_en: "Staged disclosure plan",
        about_ja: "段階的な開示の計画（第一報・続報・最終報）と各段階の通知先。なければ空のままにします（記録なし）。",
        about_en: "The staged disclosure plan (first, interim, final notice) and whom each stage tells; leave empty if not recorded.",
        shape: Shape::QuarterList { section: "disclosure.staged_plan" },
        columns: &[
            QUARTER,
            req("stage", "段階", "stage", Kind::Choice(&DISCLOSURE_STAGE)),
            req("recipients", "通知先", "recipients", Kind::ChoiceList(&NOTICE_RECIPIENT))
                .note("この段階で知らせる相手を「、」で区切って選ぶ", "whom this stage tells, separated by 、"),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "経営者の決定",
        key: "governance",
        title_en: "Executive decisions",
        about_ja: "四半期ごとに最大1行（四半期末時点）：セキュリティポリシーの承認、CISO等の任命、委員会、実施計画の承認、全社リスク管理との関係（0-4、2-3）。行のない四半期は「未記録」です。",
        about_en: "At most one row per quarter (state at the quarter's end): the policy approved, the CISO appointed, the committee, the implementation plan approved, the link to ERM/BCP (0-4, 2-3). A quarter without a row is \"not recorded\".",
        shape: Shape::QuarterOptionalRow { section: "governance" },
        columns: &[
            QUARTER,
            opt("policy_approved_on", "ポリシー承認日", "policy approved on", DATE)
                .note("空欄: 未承認", "blank: never approved"),
            opt("policy_body", "ポリシー承認機関", "policy approved by", Kind::Choice(&APPROVING_BODY)),
            opt("policy_next_review", "ポリシー次回見直し期限", "policy next review", DATE)
                .note("空欄: 承認日の1年後", "blank: a year after approval"),
            opt("ciso_appointed_on", "CISO任命日", "CISO appointed on", DATE),
            opt("ciso", "CISO（氏名・役職）", "CISO", TEXT),
            opt("committee", "委員会", "committee", TEXT).note("空欄: 委員会なし", "blank: none"),
            opt("committee_meetings", "委員会開催回数（四半期）", "committee meetings in the quarter", COUNT),
            opt("plan_approved_on", "実施計画承認日", "plan approved on", DATE)
                .note("空欄: 未承認", "blank: not approved"),
            opt("plan_body", "実施計画承認機関", "plan approved by", Kind::Choice(&APPROVING_BODY)),
            opt("erm_linked", "全社リスク管理・BCPに位置付け", "part of ERM and BCP", Kind::Bool),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "取締役会の決定",
        key: "board_decisions",
        title_en: "Board decisions",
        about_ja: "四半期中に取締役会（経営層）が判断事項について決定した内容（4-2）。判断事項キーはダッシュボードの判断事項に表示されます。",
        about_en: "What the board decided in the quarter on the decisions asked (4-2). The decision key is shown with each decision on the dashboard.",
        shape: Shape::QuarterList { section: "board_decisions" },
        columns: &[
            QUARTER,
            req("id", "ID", "id", TEXT),
            req("on", "決定日", "decided on", DATE),
            req("key", "判断事項キー", "decision key", TEXT).note(
                "例: approve_budget、approve_residual_risk:R-01",
                "e.g. approve_budget, approve_residual_risk:R-01",
            ),
            req("outcome", "決定", "outcome", Kind::Choice(&BOARD_OUTCOME)),
            opt("body", "決定機関", "decided by", Kind::Choice(&APPROVING_BODY)),
            opt("reference", "決定記録", "decision reference", TEXT),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "取締役会の指示",
        key: "directives",
        title_en: "Board directives",
        about_ja: "取締役会（経営層）の改善のための指示と、四半期末時点の状況（4-2）。",
        about_en: "The board's directives for improvement and where they stand at the quarter's end (4-2).",
        shape: Shape::QuarterList { section: "directives" },
        columns: &[
            QUARTER,
            req("id", "ID", "id", TEXT),
            req("text", "指示内容", "directive", TEXT),
            req("owner", "担当", "owner", TEXT),
            req("item", "重要項目", "important item", ITEM),
            opt("decision", "元の決定ID", "board decision", TEXT).note("取締役会の決定のID", "a board decision id"),
            req("issued_on", "指示日", "issued on", DATE),
            req("due", "期限", "due", DATE),
            req("status", "状況", "status", Kind::Choice(&PROGRESS_STATUS)),
            opt("done_on", "完了日", "done on", DATE).note("状況が完了なら必須", "required when done"),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "対応計画",
        key: "actions",
        title_en: "Treatment actions",
        about_ja: "リスク・指摘事項・演習やインシデントの改善に対するアクション（3-4: 誰が、いつまでに）。四半期末時点。",
        about_en: "Actions treating risks, findings, and drill or incident follow-ups (3-4: who, by when), at the quarter's end.",
        shape: Shape::QuarterList { section: "actions" },
        columns: &[
            QUARTER,
            req("id", "ID", "id", TEXT),
            req("title", "内容", "title", TEXT),
            req("owner", "担当", "owner", TEXT),
            req("due", "期限", "due", DATE),
            req("status", "状況", "status", Kind::Choice(&PROGRESS_STATUS)),
            opt("done_on", "完了日", "done on", DATE).note("状況が完了なら必須", "required when done"),
            opt("risk", "対象リスクID", "risk", TEXT),
            opt("finding", "対象指摘事項ID", "finding", TEXT),
            opt("source", "対象演習・インシデントID", "drill or incident", TEXT),
            opt("assumed_in_residual", "残留リスク評価に織込み済み", "assumed in residual", Kind::Bool).note(
                "はい: 残留リスクの評価はこのアクションの完了を前提",
                "yes: the residual rating counts it as done",
            ),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "インシデント通知",
        key: "notices",
        title_en: "Incident notices",
        about_ja: "四半期中にインシデントについて行った開示・報告（誰に、どの段階で、いつ）。",
        about_en: "Notices about incidents sent in the quarter (to whom, at which stage, when).",
        shape: Shape::QuarterList { section: "disclosure.notices" },
        columns: &[
            QUARTER,
            req("incident", "インシデントID", "incident", TEXT),
            req("stage", "段階", "stage", Kind::Choice(&DISCLOSURE_STAGE)),
            req("recipient", "通知先", "recipient", Kind::Choice(&NOTICE_RECIPIENT)),
            req("date", "通知日", "date", DATE),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "許容レベル変更",
        key: "tolerance_changes",
        title_en: "Tolerance changes",
        about_ja: "許容レベルの変更（古い順）。なければ空のままにします。最後の変更後が「リスクレベル」シートの許容上限です。",
        about_en: "Changes of the tolerance, oldest first; leave empty if none. The last change's new level is the tolerance flagged on the risk-level sheet.",
        shape: Shape::ToleranceChanges,
        columns: &[
            req("on", "変更日", "on", DATE)
                .note("この日から新しい許容レベルを適用", "the new tolerance applies from this day"),
            req("from", "変更前", "from", Kind::Level),
            req("to", "変更後", "to", Kind::Level),
            req("body", "決定機関", "decided by", Kind::Choice(&APPROVING_BODY)),
            opt("reference", "決定記録", "decision reference", TEXT),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "参照プロファイル",
        key: "reference_profiles",
        title_en: "Reference profiles",
        about_ja: "比較に使う参照プロファイル（業界平均など）。出典・年・標本数を書き、例示の値なら「例示」を「はい」にします。なければ空のままにします。",
        about_en: "Reference profiles to compare with (e.g. an industry average), with source, year and sample size; mark illustrative figures as such. Leave empty if none.",
        shape: Shape::ReferenceProfiles,
        columns: &[
            req("id", "ID", "id", TEXT).note("プロファイルの一意のID", "the profile's unique id"),
            req("name", "名称", "name", TEXT),
            opt("name_en", "名称（英語）", "name in English", TEXT),
            req("source", "出典", "source", TEXT),
            req("year", "年", "year", COUNT),
            req("sample_size", "標本数", "sample size", COUNT),
            req("illustrative", "例示", "illustrative", Kind::Bool)
                .note("公表値でない例示の値なら「はい」", "yes for illustrative figures, not published data"),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "参照成熟度",
        key: "reference_maturities",
        title_en: "Reference maturities",
        about_ja: "参照プロファイルの平均成熟度。1行に重要項目の番号かチェック項目のどちらか一方を書きます。",
        about_en: "The reference profiles' average maturities: each row gives either an important item's number or a check item.",
        shape: Shape::ReferenceMaturities,
        columns: &[
            req("#profile", "プロファイルID", "profile id", TEXT),
            opt("item", "重要項目", "important item", Kind::Whole { min: 1, max: 10 }),
            opt("id", "チェック項目", "check item", Kind::CheckItem),
            req("maturity", "平均成熟度", "average maturity", Kind::Decimal { min: 0.0, max: 5.0 }),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "研修対象範囲",
        key: "training_scope",
        title_en: "Training scope",
        about_ja: "四半期末時点で研修の対象となる人数（区分ごとに1行: 経営層、全従業員、派遣・契約社員）。受講率は受講した人数 ÷ 対象人数。記入しない四半期は受講回数ベースで計算します。",
        about_en: "People in scope of security training at the quarter's end, one row per audience (executives, all staff, contract staff). Completion is people trained ÷ people in scope; a quarter without rows is counted by sessions.",
        shape: Shape::QuarterList { section: "training_scope" },
        columns: &[
            QUARTER,
            req("audience", "対象者区分", "audience", Kind::Choice(&AUDIENCE))
                .note("executives・all_staff・contract_staff のいずれか", "executives, all_staff or contract_staff"),
            req("people", "対象人数", "people", COUNT),
            opt("trained", "受講済み人数", "people trained", COUNT).note(
                "直近12か月に1回以上受講した実人数（学習記録から）。空欄なら研修シートから数えます",
                "distinct people who completed a training in the last 12 months (from learning records); empty: counted from the trainings sheet",
            ),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "脆弱性管理",
        key: "vulnerabilities",
        title_en: "Vulnerability management",
        about_ja: "四半期末時点の未対処の脆弱性（重要度別の件数）と緊急の脆弱性の対処目標日数。記録しない四半期は行を省略します（8-1）。",
        about_en: "Open vulnerabilities by severity at the quarter's end and the target days to patch a critical; omit the row of a quarter you do not record (8-1).",
        shape: Shape::QuarterRow { section: "vulnerabilities", required: false },
        columns: &[
            QUARTER,
            req("open.critical", "未対処_緊急", "open: critical", COUNT),
            req("open.high", "未対処_高", "open: high", COUNT),
            req("open.medium", "未対処_中", "open: medium", COUNT),
            req("open.low", "未対処_低", "open: low", COUNT),
            opt(
                "critical_patch_target_days",
                "緊急の脆弱性の対処目標（日）",
                "critical patch target (days)",
                PATCH_DAYS,
            )
            .note("発見（公表）から対処までの目標日数。例: 14", "days from discovery (publication) to patch, e.g. 14"),
        ],
        optional_groups: &["open"],
    },
    SheetDef {
        name: "緊急の脆弱性",
        key: "critical_vulnerabilities",
        title_en: "Critical vulnerabilities",
        about_ja: "四半期末時点で未対処の、または四半期中に対処した緊急の脆弱性。",
        about_en: "Critical vulnerabilities open at the quarter's end or patched during the quarter.",
        shape: Shape::QuarterList { section: "vulnerabilities.criticals" },
        columns: &[
            QUARTER,
            req("id", "ID", "id", TEXT)
                .note("CVE・JVN の番号または社内の管理番号", "the CVE or JVN id, or an internal ticket"),
            req("title", "内容", "title", TEXT),
            req("system", "対象システム", "system", TEXT),
            req("found_on", "発見日", "found on", DATE),
            opt("patched_on", "対処日", "patched on", DATE),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "サポート終了システム",
        key: "unsupported_systems",
        title_en: "Systems past end of support",
        about_ja: "四半期末時点で使用中の、メーカーのサポートが終了した（または終了予定の）システム。",
        about_en: "Systems in use at the quarter's end whose vendor support has ended (or is about to).",
        shape: Shape::QuarterList { section: "vulnerabilities.unsupported_systems" },
        columns: &[
            QUARTER,
            req("name", "システム名", "name", TEXT),
            req("end_of_support", "サポート終了日", "end of support", DATE),
            opt("replacement", "更改計画", "replacement", TEXT),
            opt("replacement_due", "更改予定日", "replacement due", DATE),
        ],
        optional_groups: &[],
    },
    SheetDef {
        name: "業務影響シナリオ",
        key: "outage_scenario",
        title_en: "Outage scenario",
        about_ja: "ビジネスインパクト分析で想定する停止（例: ネットワークが1週間遮断）。四半期ごとに1行、想定しない四半期は省略します（3-3、0-5 問い①）。",
        about_en: "The outage the business impact analysis assumes (e.g. the network cut off for a week); one row per quarter, omit quarters without one (3-3, 0-5 question 1).",
        shape: Shape::QuarterRow { section: "business_impact", required: false },
        columns: &[
            QUARTER,
            req("scenario.description", "想定する停止", "scenario", TEXT),
            opt("scenario.description_en", "想定する停止（英語）", "scenario (English)", TEXT),
            req("scenario.days", "停止日数", "days", OUTAGE_DAYS),
        ],
        optional_groups: &["scenario"],
    },
    SheetDef {
        name: "業務プロセス",
        key: "business_processes",
        title_en: "Business processes",
        about_ja: "重要な業務・プロセスと必要なシステム、許容停止時間（RTO）、1日停止した場合の損失額（3-3）。",
        about_en: "Important business processes, the systems they need, their tolerable downtime (RTO) and the loss of a day's stoppage (3-3).",
        shape: Shape::QuarterList { section: "business_impact.processes" },
        columns: &[
            QUARTER,
            req("id", "ID", "id", TEXT),
            req("name", "業務プロセス", "name", TEXT),
            opt("name_en", "業務プロセス（英語）", "name (English)", TEXT),
            opt("systems", "必要なシステム", "systems", Kind::List),
            req("rto_hours", "許容停止時間（時間）", "RTO (hours)", COUNT)
                .note("目標復旧時間。例: 1日 = 24", "recovery time objective, e.g. a day = 24"),
            req("loss_per_day_yen", "1日あたり損失額（円）", "loss per day (yen)", YEN),
        ],
        optional_groups: &[],
    },
];

/// The sheet with this name or English key (CSV file stems too).
pub fn sheet(name: &str) -> Option<&'static SheetDef> {
    let n = name.trim();
    SHEETS.iter().find(|s| s.name == n || s.key.eq_ignore_ascii_case(n))
}

/// Excel's column letters: 0 → `A`, 25 → `Z`, 26 → `AA`.
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8_lossy(&out).into_owned()
}

/// The column reference of `docs/SPREADSHEET.md`, generated from [`SHEETS`] (a test keeps the document
/// in step).
pub fn reference_markdown() -> String {
    let mut out = String::new();
    for s in SHEETS {
        out.push_str(&format!("### `{}` — {} (`{}`)\n\n", s.name, s.title_en, s.key));
        out.push_str(&format!("{}  \n{}\n\n", s.about_ja, s.about_en));
        out.push_str("| col | 見出し (header) | English | field | type | required |\n");
        out.push_str("| --- | --- | --- | --- | --- | --- |\n");
        for (i, c) in s.columns.iter().enumerate() {
            let field = match c.kind {
                Kind::Clause(w) => format!("`clauses` ∋ `{w}`"),
                _ if c.key.starts_with('#') => "—".to_owned(),
                _ => format!("`{}`", c.key),
            };
            let required = if s.column_required(c) {
                "yes"
            } else if c.required {
                match s.group_of(c) {
                    Some(g) => group_condition(g),
                    None => "yes",
                }
            } else {
                ""
            };
            out.push_str(&format!(
                "| {} | {} | {} | {} | {} | {} |\n",
                column_letter(i),
                c.ja,
                c.en,
                field,
                c.kind.describe_en(),
                required
            ));
        }
        out.push('\n');
    }
    out.push_str("### Drop-down labels (`ラベル` → wire value)\n\n");
    out.push_str("| enumeration | 日本語ラベル → wire value (English) |\n| --- | --- |\n");
    for c in ALL_CHOICES.iter().copied().chain([&AXIS]) {
        let list = (c.values)().iter().map(|(w, ja, en)| format!("{ja} → `{w}` ({en})")).collect::<Vec<_>>().join("; ");
        let former = c.aliases.iter().map(|(a, w)| format!("{a} → `{w}`")).collect::<Vec<_>>().join("; ");
        let former =
            if former.is_empty() { String::new() } else { format!("<br>also accepted (earlier templates): {former}") };
        out.push_str(&format!("| `{}` | {list}{former} |\n", c.name));
    }
    out.push_str(&format!("| yes/no | {YES} → `true`; {NO} → `false` |\n"));
    out
}

fn group_condition(group: &str) -> &'static str {
    match group {
        "insurance" => "if insured",
        "approval" => "if approved",
        _ => "in group",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(5), "F");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }

    #[test]
    fn names_are_unique_and_fit_excel() {
        for (i, s) in SHEETS.iter().enumerate() {
            assert!(s.name.chars().count() <= 31, "{}", s.name);
            assert!(!s.name.contains(['[', ']', ':', '*', '?', '/', '\\']), "{}", s.name);
            assert!(SHEETS[..i].iter().all(|t| t.name != s.name && t.key != s.key), "{}", s.name);
            for (j, c) in s.columns.iter().enumerate() {
                assert!(
                    s.columns[..j].iter().all(|d| d.ja != c.ja && d.key != c.key && d.en != c.en),
                    "{}: {}",
                    s.name,
                    c.ja
                );
            }
            assert_eq!(s.per_quarter(), s.columns[0] == QUARTER, "{}", s.name);
        }
    }

    #[test]
    fn drop_downs_fit_excel_limits() {
        for c in ALL_CHOICES.iter().chain([&&AXIS]) {
            let joined = c.labels().collect::<Vec<_>>().join(",");
            assert!(joined.chars().count() <= 255, "{}", c.name);
            for (w, ja, en) in (c.values)() {
                assert_eq!(c.wire(ja), Some(w));
                assert_eq!(c.wire(w), Some(w));
                assert_eq!(c.wire(&en.to_uppercase()), Some(w));
                assert_eq!(c.label(w), Some(ja));
            }
            for (alias, w) in c.aliases {
                assert_eq!(c.wire(alias), Some(*w), "{}: {alias}", c.name);
                assert!(c.label(w).is_some(), "{}: {w}", c.name);
            }
        }
        assert_eq!(TREATMENT.wire(" 低減 "), Some("reduce"));
        assert_eq!(TREATMENT.wire("軽減"), None);
        // The labels of the previous template still import.
        assert_eq!(CSIRT_FORM.wire("兼務型"), Some("concurrent"));
        assert_eq!(CSIRT_FORM.wire("兼任型"), Some("concurrent"));
        assert_eq!(REPORT_KIND.wire("個別報告"), Some("status"));
        assert_eq!(REPORT_KIND.label("status"), Some("状況報告"));
    }

    #[test]
    fn groups_and_required_columns() {
        let risks = sheet("リスク").unwrap();
        assert_eq!(sheet("risks"), Some(risks));
        let policy = risks.column("insurance.policy").unwrap();
        assert_eq!(risks.group_of(policy), Some("insurance"));
        assert!(!risks.column_required(policy));
        assert!(risks.column_required(risks.column("residual.likelihood").unwrap()));
        assert!(!risks.column_required(risks.column("threat_en").unwrap()));
    }
}
