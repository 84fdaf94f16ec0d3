//! The decisions asked of the board, ranked: what needs an approval, a review or a resource. Each
//! carries a severity, a title rendered by [`Ask::title`] and the JSON paths of the records behind it.

use serde::Serialize;

use crate::calendar::Date;
use crate::kpi::{KpiId, KpiStatus, Unit};
use crate::partners::clause_label;
use crate::readiness::{DocumentKind, DocumentState};
use crate::risk::ApprovalState;
use crate::snapshot::{ContractClause, CsirtForm, Language, Yen};
use crate::summary::lights::Facts;
use crate::text::Text;
use crate::text::{number, pct, yen};
use crate::vocabulary::Term;

/// How urgent a decision is. Ordered least urgent first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    /// For information; decide when convenient.
    Low,
    /// Decide this quarter.
    Medium,
    /// Decide at this meeting.
    High,
    /// The board is exposed now: an above-tolerance risk at the matrix's top level without valid approval.
    Critical,
}

impl Urgency {
    /// The label in `lang` ([`Term::label`]; inherent so callers need not import the trait).
    pub fn label(self, lang: Language) -> &'static str {
        Term::label(self, lang)
    }
}

/// What the board is asked. Render with [`Ask::title`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Ask {
    /// Approve (or re-approve, or renew) a residual risk above tolerance — or direct further treatment.
    ApproveResidualRisk {
        /// The risk's id.
        risk: String,
        /// Its threat scenario.
        threat: Text,
        /// Its residual level's name.
        level: Text,
        /// The approval's standing.
        approval: ApprovalState,
        /// When the approval lapses(d).
        expires_on: Option<Date>,
        /// Expected annual loss.
        expected_loss_yen: Yen,
    },
    /// Direct action on an off-track KPI.
    KpiOffTrack {
        /// Which KPI.
        kpi: KpiId,
        /// Its name.
        name: Text,
        /// Value.
        value: f64,
        /// Target.
        target: f64,
        /// Whether the numbers are percentages.
        percent: bool,
    },
    /// Approve the security budget ((6)-1).
    ApproveBudget,
    /// Establish an incident response team ((9)-3).
    EstablishCsirt,
    /// Hold an incident response drill ((9)-4).
    HoldDrill {
        /// Last drill, any year.
        last: Option<Date>,
    },
    /// Have a document drawn up (it does not exist).
    CreateDocument {
        /// Which.
        document: DocumentKind,
    },
    /// Have a document reviewed.
    ReviewDocument {
        /// Which.
        document: DocumentKind,
        /// Last review.
        last_review: Option<Date>,
    },
    /// Have a PDCA cycle reviewed.
    ReviewPdca {
        /// The area.
        area: Text,
        /// Days past due.
        days_overdue: i64,
    },
    /// Receive progress reports (2 to 4 a year, (4)-1).
    ScheduleProgressReports {
        /// Progress reports in the trailing year.
        count: u32,
    },
    /// Commission an audit ((4)-2).
    CommissionAudit,
    /// Commission a vulnerability assessment or penetration test ((4)-2).
    CommissionSecurityTest,
    /// Have a partner brought up to the required maturity, or reconsider it.
    PartnerBelowRequired {
        /// The partner's name.
        partner: String,
        /// Assessed maturity.
        maturity: f64,
        /// Required maturity.
        required: f64,
    },
    /// Have a partner assessed (never assessed).
    AssessPartner {
        /// The partner's name.
        partner: String,
    },
    /// Have a partner re-assessed (review overdue).
    ReviewPartner {
        /// The partner's name.
        partner: String,
        /// Days past due.
        days_overdue: i64,
    },
    /// Amend partners' contracts with the missing clauses of 5-1 (one decision per important item
    /// and per sensitivity).
    AmendContracts {
        /// The partners and what their contracts lack.
        partners: Vec<PartnerClauses>,
    },
    /// Chase follow-up actions past due.
    ChaseFollowUps {
        /// How many.
        actions: usize,
    },
}

impl Ask {
    /// The decision's title in `lang`.
    pub fn title(&self, lang: Language) -> String {
        let ja = lang == Language::Ja;
        match self {
            Ask::ApproveResidualRisk { risk, threat, level, approval, expires_on, expected_loss_yen } => {
                let t = threat.get(lang);
                let loss = yen(*expected_loss_yen, lang);
                let exp = expires_on.map(|d| d.to_string()).unwrap_or_default();
                match (ja, approval) {
                    (true, ApprovalState::Missing) => {
                        format!(
                            "残留リスク {risk}「{t}」（{}、想定年間損失 {loss}）の受容を承認するか、追加対策を指示する",
                            level.ja
                        )
                    }
                    (true, ApprovalState::Expired) => {
                        format!(
                            "残留リスク {risk}「{t}」（{}、想定年間損失 {loss}）の承認が {exp} に失効: 再承認または追加対策",
                            level.ja
                        )
                    }
                    (true, _) => {
                        format!("残留リスク {risk}「{t}」（{}）の承認が {exp} に期限: 更新の要否を判断", level.ja)
                    }
                    (false, ApprovalState::Missing) => format!(
                        "Accept residual risk {risk} \"{t}\" ({}, expected loss {loss}/year) or direct further treatment",
                        level.en
                    ),
                    (false, ApprovalState::Expired) => format!(
                        "Approval of residual risk {risk} \"{t}\" ({}, expected loss {loss}/year) lapsed on {exp}: re-approve or treat",
                        level.en
                    ),
                    (false, _) => format!(
                        "Approval of residual risk {risk} \"{t}\" ({}) expires on {exp}: renew or not",
                        level.en
                    ),
                }
            }
            Ask::KpiOffTrack { name, value, target, percent, .. } => {
                let f = |x: f64| if *percent { pct(x) } else { number(x, 1) };
                if ja {
                    format!("KPI「{}」が目標未達（実績 {} / 目標 {}）: 対策を指示する", name.ja, f(*value), f(*target))
                } else {
                    format!("KPI \"{}\" off track ({} against {}): direct action", name.en, f(*value), f(*target))
                }
            }
            Ask::ApproveBudget => {
                if ja {
                    "セキュリティ予算を承認する".into()
                } else {
                    "Approve the security budget".into()
                }
            }
            Ask::EstablishCsirt => {
                if ja {
                    "CSIRT 等のインシデント対応チームを設置する".into()
                } else {
                    "Establish an incident response team (CSIRT)".into()
                }
            }
            Ask::HoldDrill { last } => match (ja, last) {
                (true, Some(d)) => format!("インシデント対応訓練・演習を実施させる（前回 {d}）"),
                (true, None) => "インシデント対応訓練・演習を実施させる（実施記録なし）".into(),
                (false, Some(d)) => format!("Have an incident response drill held (last on {d})"),
                (false, None) => "Have an incident response drill held (none on record)".into(),
            },
            Ask::CreateDocument { document } => {
                if ja {
                    format!("{}を整備させる", document.name().ja)
                } else {
                    format!("Have the {} drawn up", document.name().en.to_lowercase())
                }
            }
            Ask::ReviewDocument { document, last_review } => match (ja, last_review) {
                (true, Some(d)) => format!("{}を見直させる（前回 {d}）", document.name().ja),
                (true, None) => format!("{}を見直させる（見直し記録なし）", document.name().ja),
                (false, Some(d)) => {
                    format!("Have the {} reviewed (last reviewed {d})", document.name().en.to_lowercase())
                }
                (false, None) => format!("Have the {} reviewed (never reviewed)", document.name().en.to_lowercase()),
            },
            Ask::ReviewPdca { area, days_overdue } => {
                if ja {
                    format!("「{}」の PDCA を見直させる（期限超過 {days_overdue} 日）", area.ja)
                } else {
                    format!("Have the PDCA cycle of \"{}\" reviewed ({days_overdue} days overdue)", area.en)
                }
            }
            Ask::ScheduleProgressReports { count } => {
                if ja {
                    format!("CISO からの進捗報告を年2〜4回受ける日程を定める（直近12か月は {count} 回）")
                } else {
                    format!("Schedule 2 to 4 progress reports a year from the CISO ({count} in the last 12 months)")
                }
            }
            Ask::CommissionAudit => {
                if ja {
                    "サイバーセキュリティの監査（外部または内部）を実施させる".into()
                } else {
                    "Commission a cyber-security audit (external or internal)".into()
                }
            }
            Ask::CommissionSecurityTest => {
                if ja {
                    "脆弱性診断またはペネトレーションテストを実施させる".into()
                } else {
                    "Commission a vulnerability assessment or penetration test".into()
                }
            }
            Ask::PartnerBelowRequired { partner, maturity, required } => {
                if ja {
                    format!(
                        "{partner} の対策水準（{} / 要求 {}）の改善を求めるか、取引を見直す",
                        number(*maturity, 1),
                        number(*required, 1)
                    )
                } else {
                    format!(
                        "Require {partner} to improve (maturity {} against {} required) or reconsider the relationship",
                        number(*maturity, 1),
                        number(*required, 1)
                    )
                }
            }
            Ask::AssessPartner { partner } => {
                if ja {
                    format!("{partner} の対策状況を評価させる（未評価）")
                } else {
                    format!("Have {partner} assessed (never assessed)")
                }
            }
            Ask::ReviewPartner { partner, days_overdue } => {
                if ja {
                    format!("{partner} の対策状況を再評価させる（期限超過 {days_overdue} 日）")
                } else {
                    format!("Have {partner} re-assessed ({days_overdue} days overdue)")
                }
            }
            Ask::AmendContracts { partners } => {
                let list: Vec<String> = partners.iter().map(|p| p.partner.clone()).collect();
                let n = partners.len();
                if let [only] = partners.as_slice() {
                    let clauses: Vec<String> =
                        only.missing.iter().map(|c| clause_label(*c).get(lang).to_owned()).collect();
                    return if ja {
                        format!("{} との契約に不足条項を追加させる: {}", only.partner, clauses.join("、"))
                    } else {
                        format!("Have the contract with {} amended to add: {}", only.partner, clauses.join(", "))
                    };
                }
                if ja {
                    format!("委託契約の条項（7項目）が不足する {n} 社の契約を見直させる: {}", names(&list, lang))
                } else {
                    format!(
                        "Have the contracts of {n} partners lacking some of the 7 clauses amended: {}",
                        names(&list, lang)
                    )
                }
            }
            Ask::ChaseFollowUps { actions } => {
                if ja {
                    format!("期限を過ぎた再発防止策・改善事項 {actions} 件の完了を指示する")
                } else {
                    format!("Direct completion of {actions} follow-up action(s) past due")
                }
            }
        }
    }
}

/// A partner whose contract lacks clauses.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PartnerClauses {
    /// The partner's name.
    pub partner: String,
    /// The missing clauses, in the seed's order.
    pub missing: Vec<ContractClause>,
}

/// How many names a title lists before "and N more".
const NAMES_SHOWN: usize = 3;

fn names(list: &[String], lang: Language) -> String {
    let sep = if lang == Language::Ja { "、" } else { ", " };
    let shown = list.iter().take(NAMES_SHOWN).cloned().collect::<Vec<_>>().join(sep);
    match (list.len().saturating_sub(NAMES_SHOWN), lang) {
        (0, _) => shown,
        (more, Language::Ja) => format!("{shown} ほか {more} 社"),
        (more, Language::En) => format!("{shown} and {more} more"),
    }
}

/// One decision asked of the board.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Decision {
    /// Position in the ranked list, from 1.
    pub rank: usize,
    /// How urgent.
    #[serde(rename = "severity")]
    pub urgency: Urgency,
    /// The important item it concerns.
    pub item: u8,
    /// What is asked.
    pub ask: Ask,
    /// JSON paths of the records behind it.
    pub trace: Vec<String>,
}

/// Every decision, ranked: severity (most urgent first), then important item, then the order found.
pub(crate) fn decisions(f: &Facts<'_>) -> Vec<Decision> {
    let mut out: Vec<Decision> = Vec::new();
    let mut push = |urgency, item, ask, trace| out.push(Decision { rank: 0, urgency, item, ask, trace });
    let cap = |s: Urgency| if f.period.year_covered() { s } else { s.min(Urgency::Medium) };
    let base = f.period.path();
    let top = f.period.snapshot().risk_matrix.levels.len().saturating_sub(1);

    for r in &f.risk.above_tolerance {
        let severity = match r.approval {
            ApprovalState::Missing | ApprovalState::Expired if r.level.rank >= top => Urgency::Critical,
            ApprovalState::Missing | ApprovalState::Expired => Urgency::High,
            ApprovalState::Expiring => Urgency::Medium,
            ApprovalState::Valid => continue,
        };
        let ask = Ask::ApproveResidualRisk {
            risk: r.id.clone(),
            threat: r.threat.clone(),
            level: r.level.name.clone(),
            approval: r.approval,
            expires_on: r.expires_on,
            expected_loss_yen: r.expected_loss_yen,
        };
        push(severity, 3, ask, vec![r.path.clone()]);
    }

    let readiness = f.readiness;
    if readiness.csirt == CsirtForm::None {
        push(Urgency::High, 9, Ask::EstablishCsirt, vec![format!("{base}.emergency.csirt")]);
    }
    if readiness.drills.in_year == 0 {
        let last = readiness.drills.last.as_ref();
        push(
            cap(Urgency::High),
            9,
            Ask::HoldDrill { last: last.map(|l| l.date) },
            last.map(|l| vec![l.path.clone()]).unwrap_or_default(),
        );
    }
    for d in &readiness.documents {
        match d.state {
            DocumentState::Missing => {
                push(Urgency::High, d.kind.item(), Ask::CreateDocument { document: d.kind }, vec![d.path.clone()])
            }
            DocumentState::NeverReviewed | DocumentState::Overdue => push(
                Urgency::Medium,
                d.kind.item(),
                Ask::ReviewDocument { document: d.kind, last_review: d.last_review },
                vec![d.path.clone()],
            ),
            DocumentState::Current => {}
        }
    }
    if !readiness.drills.overdue_actions.is_empty() {
        let trace = readiness.drills.overdue_actions.iter().map(|a| a.path.clone()).collect();
        push(Urgency::Medium, 9, Ask::ChaseFollowUps { actions: readiness.drills.overdue_actions.len() }, trace);
    }

    for p in &f.partners.partners {
        let sens = |hi: Urgency, lo: Urgency| if p.sensitive { hi } else { lo };
        match (p.below_required, p.maturity) {
            (Some(true), Some(m)) => push(
                sens(Urgency::High, Urgency::Medium),
                p.item,
                Ask::PartnerBelowRequired { partner: p.name.clone(), maturity: m, required: p.required_maturity },
                vec![p.path.clone()],
            ),
            (None, _) => push(
                sens(Urgency::High, Urgency::Medium),
                p.item,
                Ask::AssessPartner { partner: p.name.clone() },
                vec![p.path.clone()],
            ),
            _ => {}
        }
        if p.review_overdue && p.below_required.is_some() {
            push(
                sens(Urgency::Medium, Urgency::Low),
                p.item,
                Ask::ReviewPartner { partner: p.name.clone(), days_overdue: p.days_overdue },
                vec![p.path.clone()],
            );
        }
    }
    for item in [5u8, 7] {
        for sensitive in [true, false] {
            let lacking: Vec<&crate::partners::PartnerStatus> = f
                .partners
                .partners
                .iter()
                .filter(|p| p.item == item && p.sensitive == sensitive && !p.missing_clauses.is_empty())
                .collect();
            if lacking.is_empty() {
                continue;
            }
            let ask = Ask::AmendContracts {
                partners: lacking
                    .iter()
                    .map(|p| PartnerClauses { partner: p.name.clone(), missing: p.missing_clauses.clone() })
                    .collect(),
            };
            let severity = if sensitive { Urgency::Medium } else { Urgency::Low };
            push(severity, item, ask, lacking.iter().map(|p| p.path.clone()).collect());
        }
    }

    let c = &f.pdca.cadence;
    if c.progress_reports < 2 {
        let s = if c.progress_reports == 0 { Urgency::High } else { Urgency::Medium };
        push(cap(s), 4, Ask::ScheduleProgressReports { count: c.progress_reports }, c.trace.clone());
    }
    if !f.pdca.audits.audit_ok {
        push(cap(Urgency::Medium), 4, Ask::CommissionAudit, vec![]);
    }
    if !f.pdca.audits.security_test_ok {
        push(cap(Urgency::Medium), 4, Ask::CommissionSecurityTest, vec![]);
    }
    for a in f.pdca.areas.iter().filter(|a| a.review_overdue) {
        push(
            Urgency::Medium,
            4,
            Ask::ReviewPdca { area: a.area.clone(), days_overdue: a.days_overdue },
            vec![a.path.clone()],
        );
    }

    if f.period.record().budget.approved_on.is_none() {
        push(Urgency::Medium, 6, Ask::ApproveBudget, vec![format!("{base}.budget")]);
    }
    for k in f.kpis.kpis.iter().filter(|k| k.status == Some(KpiStatus::OffTrack)) {
        if let (Some(value), Some(target)) = (k.value, k.target) {
            let ask =
                Ask::KpiOffTrack { kpi: k.id, name: k.name.clone(), value, target, percent: k.unit == Unit::Percent };
            push(Urgency::Medium, k.id.item(), ask, k.trace.clone());
        }
    }

    // Stable: equal severity and item keep the order found.
    out.sort_by(|a, b| b.urgency.cmp(&a.urgency).then(a.item.cmp(&b.item)));
    for (i, d) in out.iter_mut().enumerate() {
        d.rank = i + 1;
    }
    out
}
