//! Throughput of the loader and the board summary on large exports built in memory.
//!
//! ```text
//! cargo bench -p csm-core --bench summary            # full size
//! CSM_BENCH_SCALE=0.1 cargo bench -p csm-core --bench summary   # quick look
//! ```
//!
//! Two exports shaped like B社 (a group: 300 group companies and partners, a risk register per quarter,
//! the usual events), over 40 quarters (2017Q1 … 2026Q4):
//!
//! 1. **file-sized**: risks per quarter chosen so the JSON stays under the loader's 64 MiB limit —
//!    times `load` (parse + validate, MB/s) and the summary of the latest quarter and of every quarter;
//! 2. **engine-sized**: 20,000 risks in every quarter (800,000 risk records; too large for a file, held
//!    in memory) — times the summary alone.
//!
//! Prints figures; it asserts nothing beyond the exports being valid.

use std::hint::black_box;
use std::time::{Duration, Instant};

use csm_core::calendar::{Date, Quarter};
use csm_core::catalog;
use csm_core::snapshot::*;
use csm_core::{period, summary};

fn date(y: u16, m: u8, d: u8) -> Date {
    Date::new(y, m, d).unwrap_or_else(|| panic!("bad date {y}-{m}-{d}"))
}

/// A small deterministic generator (xorshift) so every run builds the same export.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

fn level(id: &str, ja: &str, en: &str, colour: &str) -> RiskLevel {
    RiskLevel { id: id.into(), name: ja.into(), name_en: en.into(), colour: colour.into() }
}

fn matrix() -> RiskMatrix {
    let scale = |names: [&str; 5]| {
        names.iter().map(|n| ScaleLevel { name: (*n).into(), name_en: (*n).into(), description: None }).collect()
    };
    let ids = ["vlow", "low", "mid", "high", "vhigh"];
    let grid = (0..5).map(|l| (0..5).map(|i| ids[((l + i) / 2).min(4)].to_owned()).collect()).collect();
    RiskMatrix {
        likelihood: scale(["ほとんどない", "低い", "中程度", "高い", "ほぼ確実"]),
        impact: scale(["軽微", "小", "中", "大", "甚大"]),
        levels: vec![
            level("vlow", "極低", "Very low", "#1a9850"),
            level("low", "低", "Low", "#91cf60"),
            level("mid", "中", "Medium", "#fee08b"),
            level("high", "高", "High", "#fc8d59"),
            level("vhigh", "極高", "Very high", "#d73027"),
        ],
        grid,
        tolerance: "mid".into(),
        approval_validity_months: None,
        tolerance_changes: Vec::new(),
    }
}

fn doc(last: Date) -> ReviewedDocument {
    ReviewedDocument {
        exists: true,
        approved_by: Some("CISO".into()),
        last_review: Some(last),
        review_interval_days: 365,
    }
}

/// An export of `quarters` quarters ending 2026Q4 with `risks` risks per quarter.
fn build(quarters: usize, risks: usize, partners: usize, assets: usize) -> Snapshot {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let last = Quarter::new(2026, 4).unwrap_or_else(|| unreachable!());
    let mut qs: Vec<Quarter> = vec![last];
    while qs.len() < quarters {
        let p = qs.last().and_then(|q| q.previous()).unwrap_or_else(|| unreachable!());
        qs.push(p);
    }
    qs.reverse();
    let groups: Vec<GroupCompany> = (0..300)
        .map(|g| GroupCompany {
            id: format!("G{g:03}"),
            name: format!("ビー子会社{g}"),
            name_en: None,
            employees: 100 + g,
        })
        .collect();
    let mut records = Vec::with_capacity(quarters);
    for (qi, &q) in qs.iter().enumerate() {
        let start = q.start();
        let day = |k: u64| start.add_days((k % 85) as i64);
        let ev = |kind: &str, k: usize| format!("{q}-{kind}-{k}");
        let assets_v: Vec<Asset> = (0..assets)
            .map(|a| Asset {
                id: format!("A{a:05}"),
                name: format!("資産{a}"),
                name_en: Some(format!("Asset {a}")),
                owner: "事業部".into(),
                company: Some(format!("G{:03}", a % 300)),
                confidentiality: 1 + (a % 3) as u8,
                integrity: 1 + ((a + 1) % 3) as u8,
                availability: 1 + ((a + 2) % 3) as u8,
                legal: vec!["個人情報保護法".into()],
            })
            .collect();
        let risks_v: Vec<Risk> = (0..risks)
            .map(|r| {
                let il = 2 + rng.below(4) as u8;
                let ii = 1 + rng.below(5) as u8;
                let rl = 1 + rng.below(u64::from(il)) as u8;
                let approval = (r % 7 == 0).then(|| Approval {
                    approver: "取締役会".into(),
                    body: None,
                    rating: None,
                    approved_on: start,
                    expires_on: start.add_days(100 + (r % 400) as i64),
                    reference: None,
                });
                Risk {
                    id: format!("R{r:06}"),
                    asset: format!("A{:05}", r % assets),
                    threat: format!("シナリオ{r}: 不正アクセスによる停止"),
                    threat_en: Some(format!("Scenario {r}: outage from unauthorised access")),
                    inherent: Rating { likelihood: il, impact: ii },
                    residual: Rating { likelihood: rl, impact: ii },
                    treatment: [Treatment::Reduce, Treatment::Retain, Treatment::Avoid, Treatment::Transfer][r % 4],
                    insurance: None,
                    owner: format!("部門{}", r % 50),
                    tolerance: None,
                    approval,
                    loss_magnitude_yen: Some(1_000_000 * (1 + rng.below(500))),
                    annual_frequency: Some(rng.below(100) as f64 / 100.0),
                    inherent_loss_magnitude_yen: None,
                    inherent_annual_frequency: None,
                    cia: Vec::new(),
                    processes: Vec::new(),
                }
            })
            .collect();
        let partners_v: Vec<Partner> = (0..partners)
            .map(|p| Partner {
                id: format!("P{p:04}"),
                name: format!("取引先{p}"),
                kind: [PartnerKind::GroupCompany, PartnerKind::Supplier, PartnerKind::Outsourcer, PartnerKind::Cloud]
                    [p % 4],
                group_company: (p % 4 == 0).then(|| format!("G{:03}", p % 300)),
                service: "製造委託".into(),
                handles_sensitive_data: p % 3 == 0,
                evidence: Some(Evidence::SelfReport),
                evidence_kind: None,
                evidence_name: None,
                maturity: Some(2.0 + (p % 30) as f64 / 10.0),
                required_maturity: 3.0,
                clauses: vec![ContractClause::Confidentiality, ContractClause::IncidentReporting],
                last_review: Some(start),
                next_review: start.add_days(200 + (p % 300) as i64),
                evidence_period_start: None,
                evidence_period_end: None,
                outsourcing: None,
            })
            .collect();
        records.push(QuarterRecord {
            quarter: q,
            checksheet: catalog::check_items()
                .iter()
                .map(|c| CheckAssessment {
                    item: c.id.into(),
                    maturity: ((qi / 8) as u8 + (c.index % 3)).min(5),
                    target: 4,
                    evidence: "議事録".into(),
                    owner: "CISO".into(),
                })
                .collect(),
            kpi_targets: KpiTargets {
                security_budget_share_pct: Some(10.0),
                training_completion_pct: Some(95.0),
                test_score_pct: Some(80.0),
                incidents_max: Some(5),
                near_misses_min: Some(20),
                assessments_min: Some(8),
                open_findings_max: Some(50),
            },
            budget: Budget {
                fiscal_year: format!("FY{}", q.year()),
                it_yen: 10_000_000_000,
                security_pre_incident_yen: 500_000_000,
                security_operations_yen: 300_000_000,
                security_post_incident_yen: 100_000_000,
                approved_on: Some(start),
            },
            workforce: Workforce {
                staff: 3000,
                security_staff: 40,
                qualified_security_staff: 12,
                security_staff_needed: None,
                qualified_needed: None,
                skills_gaps: vec![],
                external_resources: vec![],
                career_path: None,
                evaluation_criteria: None,
            },
            trainings: (0..10)
                .map(|k| Training {
                    id: ev("T", k),
                    date: day(k as u64 * 7),
                    title: "研修".into(),
                    audience: Audience::AllStaff,
                    eligible: 3000,
                    completed: 2700 + (k as u32 * 20),
                    repeat_of: None,
                })
                .collect(),
            tests: (0..5)
                .map(|k| ComprehensionTest {
                    id: ev("X", k),
                    date: day(k as u64 * 11),
                    training: None,
                    takers: 2500,
                    average_score: 75.0 + k as f64,
                    max_score: 100.0,
                })
                .collect(),
            incidents: (0..50)
                .map(|k| Incident {
                    id: ev("I", k),
                    date: day(k as u64),
                    kind: if k % 5 == 0 { IncidentKind::Incident } else { IncidentKind::NearMiss },
                    category: "メール誤送信".into(),
                    impact: [ImpactClass::None, ImpactClass::Minor, ImpactClass::Moderate][k % 3],
                    summary: "誤送信".into(),
                    company: Some(format!("G{:03}", k % 300)),
                    reported_on: None,
                    closed_on: None,
                    detected_on: None,
                    contained_on: None,
                    personal_data_leak: false,
                })
                .collect(),
            assessments: (0..5)
                .map(|k| Assessment {
                    id: ev("AS", k),
                    date: day(k as u64 * 13),
                    scope: "事業部".into(),
                    method: AssessmentMethod::Combined,
                })
                .collect(),
            findings: (0..200)
                .map(|k| Finding {
                    id: format!("F{k}"),
                    source: ev("AS", k % 5),
                    raised_on: day(k as u64 % 60),
                    severity: Severity::Medium,
                    title: "指摘".into(),
                    closed_on: (k % 3 == 0).then(|| day(70)),
                })
                .collect(),
            assets: assets_v,
            risks: risks_v,
            pdca: (0..300)
                .map(|a| PdcaCycle {
                    id: format!("area{a}"),
                    area: format!("領域{a}"),
                    area_en: None,
                    phase: [Phase::Plan, Phase::Do, Phase::Check, Phase::Act][(a + qi) % 4],
                    cycle_days: 180,
                    last_plan: Some(start),
                    last_do: Some(day(10)),
                    last_check: Some(day(40)),
                    last_act: Some(day(60)),
                    next_review: start.add_days(150 + (a % 60) as i64),
                })
                .collect(),
            reports: (0..15)
                .map(|k| ExecutiveReport {
                    date: day(k as u64 * 6),
                    kind: if k % 5 == 0 { ReportKind::Progress } else { ReportKind::Status },
                    forum: "経営会議".into(),
                    summary: "報告".into(),
                })
                .collect(),
            audits: (0..5)
                .map(|k| Audit {
                    id: ev("AU", k),
                    date: day(k as u64 * 17),
                    kind: [
                        AuditKind::Internal,
                        AuditKind::External,
                        AuditKind::VulnerabilityAssessment,
                        AuditKind::PenetrationTest,
                        AuditKind::StatutoryAuditor,
                    ][k],
                    auditor: "監査法人".into(),
                    scope: "全社".into(),
                })
                .collect(),
            partners: partners_v,
            information_sharing: InformationSharing {
                memberships: vec![Membership {
                    id: "m1".into(),
                    body: "J-CSIP".into(),
                    kind: MembershipKind::Community,
                    contact: "CSIRT".into(),
                    since: date(2015, 4, 1),
                }],
                reports_filed: vec![SharingReport {
                    date: day(30),
                    to: SharingRecipient::Ipa,
                    subject: "届出".into(),
                    incident: Some(ev("I", 0)),
                }],
            },
            emergency: EmergencyReadiness {
                csirt: CsirtForm::Dedicated,
                csirt_members: 12,
                external_forensics: true,
                contact_list: doc(start),
                response_manual: doc(start),
                drills: vec![Drill {
                    id: ev("D", 0),
                    date: day(45),
                    scenario: "ランサムウェア".into(),
                    scope: DrillScope::Executive,
                }],
                follow_ups: (0..20)
                    .map(|k| FollowUp {
                        id: format!("FU{k}"),
                        source: ev("D", 0),
                        title: "改善".into(),
                        due: day(80),
                        closed_on: (k % 2 == 0).then(|| day(84)),
                    })
                    .collect(),
                csirt_charter: None,
                authority_to_disconnect: None,
                authority_to_stop_services: None,
                stop_criteria: None,
                restore_criteria: None,
            },
            disclosure: DisclosureReadiness {
                notification_list: doc(start),
                includes_police: true,
                report_formats: vec!["個人情報保護委員会".into()],
                executive_reporting_rules: doc(start),
                publications: vec![],
                escalation_days: None,
                notice_template: vec![],
                staged_plan: vec![],
                spokesperson: None,
                notices: vec![],
            },
            governance: None,
            board_decisions: vec![],
            directives: vec![],
            actions: vec![],
            training_scope: vec![],
            vulnerabilities: Default::default(),
            business_impact: Default::default(),
        });
    }
    Snapshot {
        format: FORMAT.into(),
        version: 1,
        as_of: date(2026, 12, 31),
        language: None,
        organisation: Organisation {
            name: "B電子株式会社".into(),
            name_en: Some("B Electronics".into()),
            industry: "電子機器製造".into(),
            industry_en: None,
            employees: 30_000,
            group_companies: groups,
            fiscal_year_start: None,
            id: None,
        },
        risk_matrix: matrix(),
        quarters: records,
        before_first_quarter: None,
        reference_profiles: Vec::new(),
    }
}

/// Best of `runs` timings of `f`.
fn best<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..runs {
        let t = Instant::now();
        let out = black_box(f());
        best = best.min(t.elapsed());
        last = Some(out);
    }
    (best, last.unwrap_or_else(|| unreachable!("runs > 0")))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn summaries(s: &Snapshot, label: &str) {
    let (latest, sum) = best(3, || summary::latest_summary(s));
    let sum = sum.unwrap_or_else(|e| panic!("{e}"));
    println!(
        "  {label}: summary of {} ({} risks, {} decisions): {:.1} ms",
        sum.quarter,
        sum.risk.risks,
        sum.decisions.len(),
        ms(latest)
    );
    let (all, n) = best(1, || s.quarters.iter().filter_map(|q| summary::board_summary(s, q.quarter).ok()).count());
    println!(
        "  {label}: summaries of all {n} quarters: {:.1} ms ({:.1} ms per quarter)",
        ms(all),
        ms(all) / n.max(1) as f64
    );
    if let Ok(p) = period::Period::latest(s) {
        let sections: [(&str, Duration); 6] = [
            ("checksheet", best(3, || csm_core::checksheet::check_sheet(&p)).0),
            ("kpi", best(3, || csm_core::kpi::kpis(&p)).0),
            ("pdca", best(3, || csm_core::pdca::pdca(&p)).0),
            ("risk", best(3, || csm_core::risk::risk_view(&p)).0),
            ("partners", best(3, || csm_core::partners::partners(&p)).0),
            ("readiness", best(3, || csm_core::readiness::readiness(&p)).0),
        ];
        let parts: Vec<String> = sections.iter().map(|(n, d)| format!("{n} {:.1}", ms(*d))).collect();
        println!("  {label}: by section (ms): {}", parts.join(", "));
        // The register's page queries (the risks view's first page, a sort by threat, a text filter).
        use csm_core::risk::{Column, Query, query};
        let first = Query::default();
        let threat = first.sorted_by(Column::Threat);
        let text = Query { text: "r-1".into(), ..Query::default() };
        let queries: [(&str, &Query); 3] = [("first page", &first), ("by threat", &threat), ("text \"r-1\"", &text)];
        let parts: Vec<String> =
            queries.iter().map(|(n, q)| format!("{n} {:.1}", ms(best(3, || query(&p, q)).0))).collect();
        println!("  {label}: register query (ms): {}", parts.join(", "));
    }
    let (json, bytes) = best(3, || serde_json::to_vec(&sum).map(|v| v.len()).unwrap_or(0));
    println!("  {label}: summary JSON {:.2} MB serialised in {:.1} ms", bytes as f64 / 1e6, ms(json));
}

fn main() {
    let scale: f64 =
        std::env::var("CSM_BENCH_SCALE").ok().and_then(|v| v.parse::<f64>().ok()).unwrap_or(1.0).clamp(0.001, 1.0);
    let n = |x: usize| ((x as f64 * scale).round() as usize).max(1);

    println!("csm-core summary benchmark (scale {scale})");
    let t = Instant::now();
    let file_sized = build(40, n(1_000), n(300), n(500));
    let built = t.elapsed();
    let (ser, bytes) = best(1, || serde_json::to_vec(&file_sized).unwrap_or_default());
    let mb = bytes.len() as f64 / 1e6;
    println!(
        "file-sized export: 40 quarters × {} risks, {} partners, {} assets: {:.1} MB (built in {:.0} ms, serialised in {:.0} ms)",
        n(1_000),
        n(300),
        n(500),
        mb,
        ms(built),
        ms(ser)
    );
    if bytes.len() > MAX_BYTES {
        println!("  over the loader's limit of {MAX_BYTES} bytes; load not timed");
    } else {
        let (load_t, loaded) = best(3, || load(&bytes));
        let loaded = loaded.unwrap_or_else(|p| panic!("the benchmark export does not load:\n{p}"));
        println!("  load (parse + validate): {:.0} ms, {:.1} MB/s", ms(load_t), mb / load_t.as_secs_f64());
        let (parse_t, parsed) = best(3, || serde_json::from_slice::<csm_core::snapshot::Snapshot>(&bytes));
        println!(
            "    of which typed parse alone (serde_json, no path tracking): {:.0} ms, {:.1} MB/s",
            ms(parse_t),
            mb / parse_t.as_secs_f64()
        );
        if let Ok(parsed) = parsed {
            let (validate_t, _) = best(3, || csm_core::snapshot::validate::validate(&parsed));
            println!("    of which validate alone: {:.0} ms", ms(validate_t));
        }
        let (value_t, _) = best(3, || serde_json::from_slice::<serde_json::Value>(&bytes));
        println!("    baseline: serde_json::Value parse {:.0} ms, {:.1} MB/s", ms(value_t), mb / value_t.as_secs_f64());
        summaries(&loaded, "file-sized");
    }
    drop(bytes);

    let t = Instant::now();
    let engine_sized = build(40, n(20_000), n(300), n(2_000));
    println!(
        "engine-sized export: 40 quarters × {} risks ({} risk records, in memory; built in {:.0} ms)",
        n(20_000),
        40 * n(20_000),
        ms(t.elapsed())
    );
    let problems = validate::validate(&engine_sized);
    assert!(problems.is_empty(), "the engine-sized export is invalid: {:?}", problems.first());
    summaries(&engine_sized, "engine-sized");
}
