//! The state sections of each quarter: the check sheet, KPI targets, budget, workforce, PDCA cycles,
//! partners, information-sharing memberships, emergency and disclosure readiness. Each is a function of
//! the quarter index, drawn from per-entity streams so that it changes smoothly from quarter to quarter.

use csm_core::calendar::Date;
use csm_core::catalog;
use csm_core::snapshot::{
    Budget, CheckAssessment, ContractClause, CsirtForm, DisclosureReadiness, EmergencyReadiness, Evidence, FollowUp,
    KpiTargets, Membership, MembershipKind, Partner, PartnerKind, PdcaCycle, Phase, ReviewedDocument, Workforce,
};

use crate::activity::{security_staff, staff};
use crate::group::Group;
use crate::names::CompanyName;
use crate::rng::Rng;
use crate::timeline::Timeline;

/// Who owns each important item (1..=10) and what evidences it.
const ITEM_OWNERS: [(&str, &str); 10] = [
    ("経営企画部", "セキュリティポリシー（取締役会承認）"),
    ("リスク管理部", "経営リスク管理委員会 規程・議事録"),
    ("リスク管理部", "リスクアセスメント報告書・リスク対応計画"),
    ("内部監査室", "PDCA 実施記録・取締役会報告"),
    ("調達部", "委託先・グループ会社管理台帳"),
    ("人事・総務部", "予算書・人材育成計画"),
    ("情報システム部", "委託契約書・SLA"),
    ("CSIRT", "情報共有活動の記録"),
    ("CSIRT", "緊急連絡網・初動対応マニュアル・演習記録"),
    ("広報部", "開示手順書・報告様式"),
];

/// The 32 check items' maturity over time: a start level, the quarters at which it rose, an optional
/// one-quarter dip (an audit found the documented process was not followed), and the target.
#[derive(Debug, Clone)]
pub(crate) struct Checksheet {
    items: Vec<ItemPath>,
}

#[derive(Debug, Clone)]
struct ItemPath {
    id: &'static str,
    owner: &'static str,
    evidence: &'static str,
    start: u8,
    rises: Vec<usize>,
    dip: Option<usize>,
    target_raised: usize,
}

impl Checksheet {
    pub(crate) fn new(rng: &Rng, t: &Timeline) -> Checksheet {
        let nq = t.len() as u64;
        let items = catalog::check_items()
            .iter()
            .map(|c| {
                let mut r = rng.fork(c.id);
                let start = r.weighted(&[30, 50, 20]) as u8;
                let end = 2 + r.weighted(&[10, 40, 38, 12]) as u8;
                let mut rises: Vec<usize> = (start..end).map(|_| r.below(nq) as usize).collect();
                rises.sort_unstable();
                let (owner, evidence) = ITEM_OWNERS[usize::from(c.item - 1)];
                ItemPath {
                    id: c.id,
                    owner,
                    evidence,
                    start,
                    rises,
                    dip: r.percent(30).then(|| r.below(nq) as usize),
                    target_raised: r.below(nq) as usize,
                }
            })
            .collect();
        Checksheet { items }
    }

    pub(crate) fn at(&self, q: usize) -> Vec<CheckAssessment> {
        self.items
            .iter()
            .map(|i| {
                let mut maturity = i.start + i.rises.iter().filter(|&&r| r <= q).count() as u8;
                if i.dip == Some(q) && maturity > 0 {
                    maturity -= 1;
                }
                let target = if q >= i.target_raised { 4 + u8::from(i.start == 2) } else { 3 };
                CheckAssessment {
                    item: i.id.into(),
                    maturity: maturity.min(5),
                    target: target.max(maturity).min(5),
                    evidence: if maturity == 0 { "未整備".into() } else { i.evidence.into() },
                    owner: i.owner.into(),
                }
            })
            .collect()
    }
}

/// KPI targets: tightened as the programme matures.
pub(crate) fn kpi_targets(group: &Group, t: &Timeline, q: usize) -> KpiTargets {
    let p = t.progress(q);
    let staff = u64::from(staff(group, t, q));
    let step = |from: u64, to: u64| (from + (to - from) * p / 1000) as f64;
    KpiTargets {
        security_budget_share_pct: Some(step(5, 10)),
        training_completion_pct: Some(step(80, 95)),
        test_score_pct: Some(step(70, 80)),
        incidents_max: Some((staff * (1000 - 400 * p / 1000) / 4_000_000).max(1) as u32),
        near_misses_min: Some((staff * (300 + 1200 * p / 1000) / 1_000_000).max(1) as u32),
        assessments_min: Some(group.units.len() as u32),
        open_findings_max: Some((group.units.len() as u64 / 2 + 20) as u32),
    }
}

/// The fiscal year's budget; the security share rises from 4 % to 11 % of the IT budget.
pub(crate) fn budget(rng: &Rng, group: &Group, t: &Timeline, q: usize) -> Budget {
    let fy = t.fiscal_year(q);
    let mut r = rng.fork_n("budget", u64::from(fy));
    // The fiscal year's figures come from its first quarter in the export (April–June, or the first).
    let first = (0..=q).rev().take_while(|&k| t.fiscal_year(k) == fy).last().unwrap_or(q);
    let staff = u64::from(staff(group, t, first));
    let it = (staff * r.range(700_000, 900_000)).div_ceil(1_000_000).max(1) * 1_000_000;
    let share = 40 + 70 * t.progress(first) / 1000 + r.below(10); // per mille
    let security = it * share / 1000;
    let approved_on = Date::new(fy, 3, r.range(10, 28) as u8).filter(|d| *d <= t.reference(q));
    Budget {
        fiscal_year: format!("FY{fy}"),
        it_yen: it,
        security_pre_incident_yen: security * 50 / 100,
        security_operations_yen: security * 35 / 100,
        security_post_incident_yen: security - security * 50 / 100 - security * 35 / 100,
        approved_on,
    }
}

/// Head-count.
pub(crate) fn workforce(group: &Group, t: &Timeline, q: usize) -> Workforce {
    let security = security_staff(group, t, q);
    Workforce {
        staff: staff(group, t, q),
        security_staff: security,
        qualified_security_staff: (u64::from(security) * (15 + 30 * t.progress(q) / 1000) / 100) as u32,
        security_staff_needed: None,
        qualified_needed: None,
        skills_gaps: vec![],
        external_resources: vec![],
        career_path: None,
        evaluation_criteria: None,
    }
}

/// The PDCA areas: the parent's divisions and the largest subsidiaries.
#[derive(Debug, Clone)]
pub(crate) struct PdcaAreas {
    areas: Vec<Area>,
}

#[derive(Debug, Clone)]
struct Area {
    id: String,
    name: String,
    name_en: String,
    start: Date,
    /// Cycle length before and after the switch to shorter cycles (4-1 encourages shorter ones).
    cycle: (i64, i64),
    switch: Date,
    /// Quarters in which the cycle stalled (no progress recorded: the review falls overdue).
    stall: Option<(usize, usize)>,
}

const DIVISIONS: &[(&str, &str, &str)] = &[
    ("it", "情報システム部門", "IT division"),
    ("manufacturing", "製造部門", "Manufacturing division"),
    ("rnd", "設計開発部門", "Design and development division"),
    ("sales", "営業・販売部門", "Sales division"),
    ("admin", "管理部門（人事・総務・経理）", "Administration (HR, general affairs, accounting)"),
    ("service", "アフターサービス部門", "After-sales service division"),
    ("risk", "リスク管理部（全社）", "Risk management (company-wide)"),
];

impl PdcaAreas {
    pub(crate) fn new(rng: &Rng, group: &Group, t: &Timeline) -> PdcaAreas {
        let mut largest: Vec<usize> = (1..group.units.len()).collect();
        largest.sort_by_key(|&i| (std::cmp::Reverse(group.units[i].employees), i));
        largest.truncate((group.units.len() / 10).min(25));
        let nq = t.len();
        let mut areas: Vec<Area> = DIVISIONS
            .iter()
            .map(|(id, ja, en)| (id.to_string(), ja.to_string(), en.to_string(), 0usize))
            .chain(largest.into_iter().map(|u| {
                let unit = &group.units[u];
                let id = unit.company.clone().unwrap_or_default();
                (id, unit.name.name.clone(), unit.name.name_en.clone(), unit.join_q)
            }))
            .map(|(id, name, name_en, join_q)| {
                let mut r = rng.fork(&format!("pdca-{id}"));
                let start_q = (join_q + r.below(3) as usize).min(nq - 1);
                let start = t.quarter(start_q).start().add_days(r.range_i(0, 60));
                let short = if id == "it" { 90 } else { *r.pick(&[90, 180, 180, 365]) };
                let stall = r.percent(25).then(|| {
                    let s = r.below(nq as u64) as usize;
                    (s, (s + r.range(1, 3) as usize).min(nq))
                });
                Area { id, name, name_en, start, cycle: (365, short), switch: t.quarter(nq / 2).start(), stall }
            })
            .collect();
        areas.sort_by_key(|a| a.start);
        PdcaAreas { areas }
    }

    pub(crate) fn at(&self, t: &Timeline, q: usize) -> Vec<PdcaCycle> {
        let reference = t.reference(q);
        self.areas
            .iter()
            .filter(|a| a.start <= reference)
            .map(|a| {
                // A stalled area records nothing after the stall began: its review falls overdue.
                let asof = match a.stall {
                    Some((s, e)) if q >= s && q < e => t.quarter(s).start().max(a.start),
                    _ => reference,
                };
                // Walk the cycles from the area's start to the one in progress.
                let mut cycle_start = a.start;
                let len = |d: Date| if d >= a.switch { a.cycle.1 } else { a.cycle.0 };
                while cycle_start.add_days(len(cycle_start)) <= asof {
                    cycle_start = cycle_start.add_days(len(cycle_start));
                }
                let length = len(cycle_start);
                let at = |pct: i64, c: Date, l: i64| c.add_days(l * pct / 100);
                let elapsed = cycle_start.days_until(asof) * 100 / length.max(1);
                let phase = match elapsed {
                    0..=14 => Phase::Plan,
                    15..=69 => Phase::Do,
                    70..=84 => Phase::Check,
                    _ => Phase::Act,
                };
                // The last date each phase began, in this cycle or the previous one.
                let previous = cycle_start.add_days(-length);
                let last = |pct: i64| {
                    let here = at(pct, cycle_start, length);
                    if here <= asof { Some(here) } else { Some(at(pct, previous, length)).filter(|d| *d >= a.start) }
                };
                PdcaCycle {
                    id: a.id.clone(),
                    area: a.name.clone(),
                    area_en: Some(a.name_en.clone()),
                    phase,
                    cycle_days: length as u32,
                    last_plan: last(0),
                    last_do: last(15),
                    last_check: last(70),
                    last_act: last(85),
                    next_review: cycle_start.add_days(length),
                }
            })
            .collect()
    }
}

/// Partners: one per group company, plus suppliers, outsourcers and cloud services, each assessed
/// about once a year from its first review on.
#[derive(Debug, Clone)]
pub(crate) struct Partners {
    partners: Vec<PartnerLife>,
}

#[derive(Debug, Clone)]
struct PartnerLife {
    id: String,
    name: String,
    kind: PartnerKind,
    group_company: Option<String>,
    service: &'static str,
    sensitive: bool,
    /// First quarter on the list.
    from_q: usize,
    /// Quarter of the first review and the day of the quarter reviews happen on.
    first_review_q: usize,
    review_day: i64,
    /// Years whose review was skipped (the review falls overdue).
    skipped: Vec<usize>,
    /// Maturity at the first review, in tenths, and its yearly gain.
    maturity0: u64,
    gain: u64,
    clauses0: usize,
}

const SERVICES: &[(PartnerKind, &str, bool)] = &[
    (PartnerKind::Supplier, "電子部品の供給", false),
    (PartnerKind::Supplier, "基板実装の受託製造", true),
    (PartnerKind::Supplier, "金型の製作", true),
    (PartnerKind::Supplier, "製品の配送", true),
    (PartnerKind::Outsourcer, "システム開発・保守", true),
    (PartnerKind::Outsourcer, "ヘルプデスク運営", true),
    (PartnerKind::Outsourcer, "給与計算", true),
    (PartnerKind::Outsourcer, "ダイレクトメール発送", true),
    (PartnerKind::Outsourcer, "セキュリティ監視（SOC）", true),
    (PartnerKind::Cloud, "IaaS（国内リージョン）", true),
    (PartnerKind::Cloud, "CRM SaaS", true),
    (PartnerKind::Cloud, "Web 会議サービス", false),
    (PartnerKind::Cloud, "経費精算 SaaS", true),
    (PartnerKind::Cloud, "ファイル共有サービス", true),
];

const CLAUSES: [ContractClause; 7] = [
    ContractClause::Confidentiality,
    ContractClause::Subcontracting,
    ContractClause::Liability,
    ContractClause::ReturnOrDisposal,
    ContractClause::AuditRights,
    ContractClause::NonCompliance,
    ContractClause::IncidentReporting,
];

impl Partners {
    /// `names` are the outside companies' names (distinct from the subsidiaries').
    pub(crate) fn new(rng: &Rng, group: &Group, t: &Timeline, names: &[CompanyName]) -> Partners {
        let nq = t.len();
        let mut partners = Vec::new();
        let mut push = |id: String, name: String, kind, group_company, service, sensitive, join_q: usize| {
            let mut r = rng.fork(&id);
            // On the list from the start (most), from joining the programme, or added later.
            let from_q = match (kind, r.percent(60)) {
                (_, true) => 0,
                (PartnerKind::GroupCompany, false) => join_q,
                (_, false) => r.below(nq as u64) as usize,
            };
            let first_review_q = (from_q.max(join_q) + r.below(6) as usize).min(nq);
            let years = nq / 4 + 1;
            let skipped = (0..years).filter(|_| r.percent(8)).collect();
            partners.push(PartnerLife {
                id,
                name,
                kind,
                group_company,
                service,
                sensitive,
                from_q,
                first_review_q,
                review_day: r.range_i(0, 85),
                skipped,
                maturity0: r.range(15, 35),
                gain: r.range(1, 4),
                // Intra-group agreements start with fewer clauses than outside contracts.
                clauses0: if kind == PartnerKind::GroupCompany { r.range(0, 2) } else { r.range(1, 4) } as usize,
            });
        };
        for u in group.units.iter().skip(1) {
            let id = u.company.clone().unwrap_or_default();
            push(
                format!("p-{id}"),
                u.name.name.clone(),
                PartnerKind::GroupCompany,
                Some(id),
                "グループ内の製造・販売",
                true,
                u.join_q,
            );
        }
        let mut r = rng.fork("partner-services");
        for (n, name) in names.iter().enumerate() {
            let (kind, service, sensitive) = *r.pick(SERVICES);
            let (prefix, name) = match kind {
                PartnerKind::Cloud => ("cl", format!("{}（{}）", service, name.short)),
                PartnerKind::Outsourcer => ("out", name.name.clone()),
                _ => ("sup", name.name.clone()),
            };
            push(format!("p-{prefix}-{:03}", n + 1), name, kind, None, service, sensitive, 0);
        }
        Partners { partners }
    }

    pub(crate) fn at(&self, t: &Timeline, q: usize) -> Vec<Partner> {
        let reference = t.reference(q);
        let p = t.progress(q);
        self.partners
            .iter()
            .filter(|x| x.from_q <= q)
            .map(|x| {
                // Reviews happen every 4 quarters from the first, except in skipped years.
                let done: Vec<(usize, Date)> = (0..)
                    .map(|k| (k, x.first_review_q + 4 * k))
                    .take_while(|(_, rq)| *rq <= q)
                    .filter(|(k, _)| !x.skipped.contains(k))
                    .map(|(k, rq)| (k, t.day_in(rq, x.review_day)))
                    .filter(|(_, d)| *d <= reference)
                    .collect();
                let last = done.last().copied();
                let maturity = last.map(|(k, _)| (x.maturity0 + x.gain * k as u64).min(50) as f64 / 10.0);
                let evidence = last.map(|(k, _)| match (x.sensitive, k) {
                    (true, k) if k >= 2 && x.kind == PartnerKind::GroupCompany => Evidence::OwnAudit,
                    (true, k) if k >= 2 => Evidence::ThirdPartyAudit,
                    _ => Evidence::SelfReport,
                });
                let start = t.quarter(x.from_q).start();
                let next_review = match last {
                    Some((_, d)) => d.add_days(365),
                    None => start.add_days(180),
                };
                let renewals = (q - x.from_q) / if x.kind == PartnerKind::GroupCompany { 10 } else { 6 };
                let n_clauses = (x.clauses0 + renewals).min(CLAUSES.len());
                Partner {
                    id: x.id.clone(),
                    name: x.name.clone(),
                    kind: x.kind,
                    group_company: x.group_company.clone(),
                    service: x.service.into(),
                    handles_sensitive_data: x.sensitive,
                    evidence,
                    evidence_kind: None,
                    evidence_name: None,
                    maturity,
                    required_maturity: if x.sensitive && p >= 500 {
                        3.5
                    } else if x.sensitive {
                        3.0
                    } else {
                        2.5
                    },
                    clauses: CLAUSES[..n_clauses].to_vec(),
                    last_review: last.map(|(_, d)| d),
                    next_review,
                    evidence_period_start: None,
                    evidence_period_end: None,
                    outsourcing: None,
                }
            })
            .collect()
    }
}

/// Information-sharing memberships: (id, body, kind, from progress ‰).
const MEMBERSHIPS: &[(&str, &str, MembershipKind, u64)] = &[
    ("jpcert", "JPCERT/CC", MembershipKind::AlertSource, 0),
    ("ipa", "IPA 重要なセキュリティ情報", MembershipKind::AlertSource, 0),
    ("nisc", "NISC 注意喚起", MembershipKind::AlertSource, 150),
    ("nca", "日本シーサート協議会（NCA）", MembershipKind::Community, 350),
    ("j-csip", "J-CSIP（サイバー情報共有イニシアティブ）", MembershipKind::Community, 300),
    ("isac", "業界 ISAC", MembershipKind::Community, 550),
    ("police", "都道府県警察 サイバー犯罪対策課との連絡協議会", MembershipKind::Community, 600),
];

/// Memberships in force at quarter `q`.
pub(crate) fn memberships(t: &Timeline, q: usize) -> Vec<Membership> {
    let first = t.quarter(0).start();
    let p = t.progress(q);
    MEMBERSHIPS
        .iter()
        .filter(|m| m.3 <= p)
        .map(|(id, body, kind, from)| {
            // Joined at the first quarter whose progress reached `from`, or years before the export.
            let since = (0..t.len())
                .find(|&k| t.progress(k) >= *from && *from > 0)
                .map_or(first.add_days(-3 * 365), |k| t.quarter(k).start().add_days(14));
            Membership {
                id: (*id).into(),
                body: (*body).into(),
                kind: *kind,
                contact: "CSIRT 事務局（リスク管理部）".into(),
                since: since.min(t.reference(q)),
            }
        })
        .collect()
}

/// A document created when progress reaches `from` ‰ and reviewed every `interval` days since.
fn document(t: &Timeline, q: usize, from: u64, approver: &str, interval: u32) -> ReviewedDocument {
    let created = (0..t.len()).find(|&k| t.progress(k) >= from).map(|k| t.quarter(k).start().add_days(20));
    let reference = t.reference(q);
    match created.filter(|c| *c <= reference) {
        None => {
            ReviewedDocument { exists: false, approved_by: None, last_review: None, review_interval_days: interval }
        }
        Some(c) => {
            let step = i64::from(interval);
            let reviews = c.days_until(reference) / step;
            ReviewedDocument {
                exists: true,
                approved_by: Some(approver.into()),
                last_review: Some(c.add_days(reviews * step)),
                review_interval_days: interval,
            }
        }
    }
}

/// Emergency readiness: the CSIRT grows from nothing to a dedicated team.
pub(crate) fn emergency(
    group: &Group,
    t: &Timeline,
    q: usize,
    follow_ups: Vec<FollowUp>,
    drills: Vec<csm_core::snapshot::Drill>,
) -> EmergencyReadiness {
    let p = t.progress(q);
    let csirt = match p {
        0..=149 => CsirtForm::None,
        150..=349 => CsirtForm::Virtual,
        350..=699 => CsirtForm::Concurrent,
        _ => CsirtForm::Dedicated,
    };
    let members = if csirt == CsirtForm::None { 0 } else { 4 + security_staff(group, t, q) / 3 };
    EmergencyReadiness {
        csirt,
        csirt_members: members,
        external_forensics: p >= 400,
        contact_list: document(t, q, 100, "CISO", 180),
        response_manual: document(t, q, 250, "経営リスク管理委員会", 365),
        drills,
        follow_ups,
        csirt_charter: None,
        authority_to_disconnect: None,
        authority_to_stop_services: None,
        stop_criteria: None,
        restore_criteria: None,
    }
}

/// Disclosure readiness; publications are events of the quarter.
pub(crate) fn disclosure(
    t: &Timeline,
    q: usize,
    publications: Vec<csm_core::snapshot::Publication>,
) -> DisclosureReadiness {
    let p = t.progress(q);
    let formats: &[(&str, u64)] = &[
        ("個人情報保護委員会への報告様式", 200),
        ("監督官庁への報告様式", 350),
        ("顧客向け通知文", 450),
        ("取引先向け通知文", 550),
        ("報道発表文", 650),
    ];
    DisclosureReadiness {
        notification_list: document(t, q, 300, "広報部長", 365),
        includes_police: p >= 500,
        report_formats: formats.iter().filter(|f| f.1 <= p).map(|f| f.0.to_owned()).collect(),
        executive_reporting_rules: document(t, q, 150, "取締役会", 365),
        publications,
        escalation_days: None,
        notice_template: vec![],
        staged_plan: vec![],
        spokesperson: None,
        notices: vec![],
    }
}
