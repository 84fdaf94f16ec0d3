//! What happens in each quarter (events: trainings, tests, incidents, assessments, audits, drills,
//! reports, filings, publications) and what follows from it over later quarters (findings and
//! follow-up actions, open until closed).

use csm_core::calendar::Date;
use csm_core::snapshot::{
    Assessment, AssessmentMethod, Audience, Audit, AuditKind, ComprehensionTest, Drill, DrillScope, ExecutiveReport,
    Finding, FollowUp, ImpactClass, Incident, IncidentKind, Publication, PublicationKind, ReportKind, Severity,
    SharingRecipient, SharingReport, Training,
};

use crate::group::Group;
use crate::rng::Rng;
use crate::timeline::Timeline;

/// The events of one quarter.
#[derive(Debug, Clone, Default)]
pub(crate) struct Events {
    pub(crate) trainings: Vec<Training>,
    pub(crate) tests: Vec<ComprehensionTest>,
    pub(crate) incidents: Vec<Incident>,
    pub(crate) assessments: Vec<Assessment>,
    pub(crate) audits: Vec<Audit>,
    pub(crate) reports: Vec<ExecutiveReport>,
    pub(crate) drills: Vec<Drill>,
    pub(crate) reports_filed: Vec<SharingReport>,
    pub(crate) publications: Vec<Publication>,
}

/// Incident categories: (category, summary with `{c}` for the company, what is reported to whom).
const INCIDENTS: &[(&str, &str, Option<SharingRecipient>)] = &[
    ("標的型攻撃メール", "{c}で標的型攻撃メールの添付ファイルが開封され、端末を隔離した", Some(SharingRecipient::Ipa)),
    ("マルウェア感染", "{c}の業務端末がマルウェアに感染し、ネットワークから隔離した", Some(SharingRecipient::Ipa)),
    ("ランサムウェア", "{c}のファイルサーバがランサムウェアにより暗号化された", Some(SharingRecipient::Police)),
    ("不正アクセス", "{c}の公開サーバに外部から不正アクセスがあった", Some(SharingRecipient::JpcertCc)),
    ("メール誤送信", "{c}で顧客情報を含むメールを誤った宛先に送信した", Some(SharingRecipient::Ppc)),
    ("紛失・盗難", "{c}の社員がノート PC を社外で紛失した", Some(SharingRecipient::Ppc)),
    ("設定ミス", "{c}のクラウドストレージが設定ミスにより外部から閲覧可能になっていた", Some(SharingRecipient::Ppc)),
    ("内部不正", "{c}の退職予定者が設計データを私用メールに転送した", Some(SharingRecipient::Police)),
    ("DDoS 攻撃", "{c}の Web サイトが DDoS 攻撃により一時閲覧不能になった", Some(SharingRecipient::JpcertCc)),
    ("委託先事故", "{c}の委託先で当社の預託データを含む端末がマルウェアに感染した", Some(SharingRecipient::Ipa)),
];

const NEAR_MISSES: &[(&str, &str)] = &[
    ("メール誤送信", "{c}で宛先の誤りに送信前に気付いた"),
    ("標的型攻撃メール", "{c}で不審なメールを開封前に報告した"),
    ("USB メモリ", "{c}で持ち込み USB メモリの接続を制御ソフトが遮断した"),
    ("設定ミス", "{c}でファイアウォール設定の誤りを適用前のレビューで発見した"),
    ("紛失・盗難", "{c}で置き忘れた社員証を守衛が回収した"),
    ("フィッシング", "{c}で偽のログイン画面に ID を入力しかけ、報告した"),
    ("権限設定", "{c}で退職者アカウントの削除漏れを棚卸しで発見した"),
];

const FINDINGS: &[&str] = &[
    "管理画面に多要素認証がない",
    "退職者アカウントの削除漏れ",
    "サポート切れ OS の端末が残っている",
    "バックアップの復旧テストが未実施",
    "委託先との契約に再委託条項がない",
    "重要サーバのログが保管されていない",
    "脆弱性パッチの適用が遅れている",
    "工場ネットワークと事務ネットワークが分離されていない",
    "共有アカウントが使われている",
    "持ち出し PC の暗号化が未設定",
    "アクセス権限の棚卸しが未実施",
    "インシデント報告手順が周知されていない",
];

const FOLLOW_UPS: &[&str] = &[
    "連絡網の更新",
    "初動対応マニュアルの改訂",
    "バックアップからの復旧手順の整備",
    "経営層への報告基準の明確化",
    "委託先との連絡窓口の確認",
    "ログ保全手順の整備",
    "再発防止策の全社展開",
    "広報対応テンプレートの整備",
];

const DRILLS: &[(&str, DrillScope)] = &[
    ("ランサムウェア感染による生産停止", DrillScope::CrossDepartment),
    ("製品登録ユーザー情報の漏えい", DrillScope::Executive),
    ("標的型攻撃による設計データの窃取", DrillScope::Team),
    ("工場制御システムのマルウェア感染", DrillScope::CrossDepartment),
    ("Web サイトへの DDoS 攻撃", DrillScope::Team),
    ("グループ会社経由の不正侵入", DrillScope::Executive),
];

/// Head-count of the group at quarter `q`: it grows about 14 % over the period.
pub(crate) fn staff(group: &Group, t: &Timeline, q: usize) -> u32 {
    let total = u64::from(group.employees());
    ((total * (880_000 + 120 * t.progress(q)) / 1_000_000) as u32).max(1)
}

/// Security staff at quarter `q` (0.15 % of staff rising to 0.5 %).
pub(crate) fn security_staff(group: &Group, t: &Timeline, q: usize) -> u32 {
    let pm = 15 + 35 * t.progress(q) / 1000; // per 10,000
    ((u64::from(staff(group, t, q)) * pm / 10_000) as u32).max(1)
}

/// Builds the events of every quarter.
pub(crate) fn events(rng: &Rng, group: &Group, t: &Timeline) -> Vec<Events> {
    // Units by head-count, to place incidents where the people are.
    let weights: Vec<u64> = group.units.iter().map(|u| u64::from(u.employees)).collect();
    (0..t.len()).map(|q| quarter_events(&mut rng.fork_n("events", q as u64), group, t, q, &weights)).collect()
}

fn quarter_events(r: &mut Rng, group: &Group, t: &Timeline, q: usize, weights: &[u64]) -> Events {
    let mut e = Events::default();
    let tag = t.tag(q);
    let qq = t.quarter(q);
    let p = t.progress(q);
    let staff = staff(group, t, q);
    let completion = |r: &mut Rng, eligible: u32| {
        let pct = 700 + 260 * p / 1000 + r.below(40); // per mille, 70 % rising to 96–100 %
        ((u64::from(eligible) * pct.min(1000) / 1000) as u32).min(eligible)
    };

    // Trainings and the tests that follow them.
    let mut plan: Vec<(&str, Audience, u32, bool)> = vec![("標的型攻撃メール訓練", Audience::AllStaff, staff, false)];
    match qq.number() {
        1 => plan.push(("委託・派遣社員向け情報セキュリティ研修", Audience::ContractStaff, (staff / 12).max(1), true)),
        2 => plan.push(("新入社員向け情報セキュリティ研修", Audience::NewJoiners, (staff / 30).max(1), true)),
        3 => plan.push(("全社員向け情報セキュリティ e ラーニング", Audience::AllStaff, staff, true)),
        _ => plan.push((
            "役員向けサイバーセキュリティ研修",
            Audience::Executives,
            12 + group.units.len() as u32 / 10,
            true,
        )),
    }
    if p >= 200 {
        plan.push(("CSIRT 技術研修", Audience::SecurityStaff, security_staff(group, t, q), false));
    }
    for (n, (title, audience, eligible, tested)) in plan.into_iter().enumerate() {
        let date = t.day_in(q, r.range_i(5, 75));
        let id = format!("tr-{tag}-{}", n + 1);
        let completed = completion(r, eligible);
        if tested && completed > 0 {
            let score = 620 + 230 * p / 1000 + r.below(60); // tenths of a point
            e.tests.push(ComprehensionTest {
                id: format!("te-{tag}-{}", n + 1),
                date: t.day_in(q, t.quarter(q).start().days_until(date) + r.range_i(1, 10)),
                training: Some(id.clone()),
                takers: completed,
                average_score: score.min(1000) as f64 / 10.0,
                max_score: 100.0,
            });
        }
        e.trainings.push(Training { id, date, title: title.into(), audience, eligible, completed, repeat_of: None });
    }

    // Incidents fall as the programme matures; near-miss reports rise (a reporting culture, 4-2).
    let incidents = u64::from(staff) * (1200 - 500 * p / 1000) / 4_000_000;
    let near = u64::from(staff) * (300 + 1500 * p / 1000) / 1_000_000;
    let n_inc = r.range(incidents * 7 / 10, incidents * 13 / 10 + 1);
    let n_near = r.range(near * 7 / 10, near * 13 / 10 + 1);
    let mut dated: Vec<(Date, bool, u64)> =
        (0..n_inc + n_near).map(|i| (t.random_day(q, r), i < n_inc, r.next_u64())).collect();
    dated.sort_by_key(|x| x.0);
    for (n, (date, is_incident, salt)) in dated.into_iter().enumerate() {
        let mut ir = r.fork_n("incident", salt);
        let unit = ir.weighted(weights);
        let company = group.units[unit].company.clone();
        let who = group.short(unit);
        let id = format!("in-{tag}-{:03}", n + 1);
        if is_incident {
            let (category, summary, to) = *ir.pick(INCIDENTS);
            let impact = [ImpactClass::Minor, ImpactClass::Moderate, ImpactClass::Major, ImpactClass::Severe]
                [ir.weighted(&[62, 28, 9, 1])];
            let reported_on = match impact {
                ImpactClass::Minor if ir.percent(30) => None,
                ImpactClass::Minor => Some(date.add_days(ir.range_i(1, 7))),
                ImpactClass::Moderate => Some(date.add_days(ir.range_i(0, 2))),
                _ => Some(date.add_days(ir.range_i(0, 1))),
            }
            .filter(|d| *d <= t.as_of());
            let closed_on = Some(date.add_days(ir.range_i(1, 20 + 40 * impact as i64))).filter(|d| *d <= t.as_of());
            if impact >= ImpactClass::Moderate
                && let Some(to) = to
            {
                let filed = date.add_days(ir.range_i(1, 5)).min(t.reference(q));
                e.reports_filed.push(SharingReport {
                    date: filed,
                    to,
                    subject: format!("{category}の届出・報告"),
                    incident: Some(id.clone()),
                });
            }
            if impact >= ImpactClass::Major
                && let Some(rep) = reported_on.filter(|d| qq.contains(*d))
            {
                e.reports.push(ExecutiveReport {
                    date: rep,
                    kind: ReportKind::Incident,
                    forum: "取締役会（臨時報告）".into(),
                    summary: format!("{who}の{category}インシデントの報告"),
                });
            }
            e.incidents.push(Incident {
                id,
                date,
                kind: IncidentKind::Incident,
                category: category.into(),
                impact,
                summary: summary.replace("{c}", who),
                company,
                reported_on,
                closed_on,
                detected_on: None,
                contained_on: None,
                personal_data_leak: false,
            });
        } else {
            let (category, summary) = *ir.pick(NEAR_MISSES);
            e.incidents.push(Incident {
                id,
                date,
                kind: IncidentKind::NearMiss,
                category: category.into(),
                impact: ImpactClass::None,
                summary: summary.replace("{c}", who),
                company,
                reported_on: None,
                closed_on: Some(date).filter(|_| ir.percent(80)),
                detected_on: None,
                contained_on: None,
                personal_data_leak: false,
            });
        }
    }

    // Risk assessments: each unit in the programme once a year, on a rotation.
    let mut n = 0;
    for (u, unit) in group.units.iter().enumerate() {
        if unit.join_q > q || !(u + q).is_multiple_of(4) {
            continue;
        }
        n += 1;
        let (scope, method) = if u == 0 {
            ("本社 全事業部".to_owned(), AssessmentMethod::Combined)
        } else if unit.employees >= 300 {
            (unit.name.name.clone(), AssessmentMethod::Combined)
        } else {
            (
                unit.name.name.clone(),
                if r.percent(80) { AssessmentMethod::Baseline } else { AssessmentMethod::Informal },
            )
        };
        e.assessments.push(Assessment { id: format!("ra-{tag}-{n:03}"), date: t.random_day(q, r), scope, method });
    }

    // Audits: internal audits of a few subsidiaries every quarter, vulnerability assessments, and the
    // yearly external, statutory and penetration-test rounds.
    let mut audits: Vec<(AuditKind, &str, String)> = Vec::new();
    let subs = group.units.len() - 1;
    for _ in 0..(2 + subs / 60).min(subs) {
        let u = 1 + r.below(subs as u64) as usize;
        audits.push((AuditKind::Internal, "内部監査室", format!("{} 情報セキュリティ管理", group.units[u].name.name)));
    }
    audits.push((AuditKind::VulnerabilityAssessment, "セキュリティ診断ベンダー", "公開 Web システム".into()));
    match qq.number() {
        1 => audits.push((AuditKind::StatutoryAuditor, "監査役会", "サイバーセキュリティリスク管理体制".into())),
        3 => audits.push((
            AuditKind::PenetrationTest,
            "外部セキュリティ専門会社",
            "本社ネットワーク・工場ネットワーク".into(),
        )),
        4 => audits.push((AuditKind::External, "ISMS 認証機関", "ISMS 認証範囲（本社・主要工場）".into())),
        _ => {}
    }
    for (n, (kind, auditor, scope)) in audits.into_iter().enumerate() {
        e.audits.push(Audit {
            id: format!("au-{tag}-{:02}", n + 1),
            date: t.random_day(q, r),
            kind,
            auditor: auditor.into(),
            scope,
        });
        if matches!(kind, AuditKind::External | AuditKind::StatutoryAuditor) {
            e.reports.push(ExecutiveReport {
                date: t.day_in_month(q, 2, r),
                kind: ReportKind::Audit,
                forum: "取締役会".into(),
                summary: format!("{auditor}による監査結果の報告"),
            });
        }
    }

    // Reports to the executive: monthly status to the risk committee, quarterly progress to the board.
    for month in 0..3u8 {
        e.reports.push(ExecutiveReport {
            date: t.day_in_month(q, month, r),
            kind: ReportKind::Status,
            forum: "経営リスク管理委員会".into(),
            summary: "新たな脅威・軽微なインシデント・対策の状況".into(),
        });
    }
    e.reports.push(ExecutiveReport {
        date: t.day_in_month(q, 2, r),
        kind: ReportKind::Progress,
        forum: "取締役会".into(),
        summary: format!("{} サイバーセキュリティ対策の進捗報告", qq),
    });
    e.reports.sort_by_key(|x| x.date);

    // Drills: from the time a response team exists; an executive drill once a year.
    if p >= 150 {
        let count = 1 + usize::from(qq.number() == 4) + usize::from(p >= 600);
        for n in 0..count {
            let (scenario, scope) = *r.pick(DRILLS);
            let scope = if qq.number() == 4 && n == 0 { DrillScope::Executive } else { scope };
            e.drills.push(Drill {
                id: format!("dr-{tag}-{}", n + 1),
                date: t.random_day(q, r),
                scenario: scenario.into(),
                scope,
            });
        }
    }

    // Voluntary sharing with the community once the group belongs to one.
    if p >= 300 && r.percent(70) {
        e.reports_filed.push(SharingReport {
            date: t.random_day(q, r),
            to: SharingRecipient::Isac,
            subject: "標的型攻撃メールの検体・IoC の情報提供".into(),
            incident: None,
        });
    }
    e.reports_filed.sort_by_key(|x| x.date);

    // Publications.
    let url = |path: &str| Some(format!("https://www.example.co.jp/ir/{path}"));
    match qq.number() {
        2 => e.publications.push(Publication {
            date: t.day_in_month(q, 2, r),
            kind: PublicationKind::SecuritiesReport,
            title: format!("有価証券報告書（{}年3月期）", qq.year()),
            url: url("securities-report.pdf"),
        }),
        3 => e.publications.push(Publication {
            date: t.day_in_month(q, 2, r),
            kind: PublicationKind::SustainabilityReport,
            title: format!("サステナビリティレポート {}", qq.year()),
            url: url("sustainability.pdf"),
        }),
        4 if p >= 500 => e.publications.push(Publication {
            date: t.day_in_month(q, 1, r),
            kind: PublicationKind::SecurityReport,
            title: format!("情報セキュリティ報告書 {}", qq.year()),
            url: url("security-report.pdf"),
        }),
        _ => {}
    }
    e
}

/// A finding or follow-up over its whole life.
#[derive(Debug, Clone)]
pub(crate) struct Open<T> {
    /// The record as of a quarter in which it is closed (`closed_on` set if it was ever closed).
    record: T,
    raised: Date,
    closed: Option<Date>,
}

/// Every finding raised by the export's assessments and audits, with its closure date if any.
pub(crate) fn findings(rng: &Rng, t: &Timeline, events: &[Events]) -> Vec<Open<Finding>> {
    let mut out = Vec::new();
    for (q, e) in events.iter().enumerate() {
        let p = t.progress(q);
        let sources = e
            .assessments
            .iter()
            .map(|a| (a.id.as_str(), a.date, 0))
            .chain(e.audits.iter().map(|a| (a.id.as_str(), a.date, 1)));
        for (source, date, is_audit) in sources {
            let mut r = rng.fork(source);
            // Early assessments find more; audits find more than self-assessments.
            let max = 2 + is_audit * 2 + u64::from(p < 500);
            for n in 0..r.below(max + 1) {
                let severity =
                    [Severity::Low, Severity::Medium, Severity::High, Severity::Critical][r.weighted(&[40, 38, 18, 4])];
                let days = match severity {
                    Severity::Critical => r.range_i(7, 45),
                    Severity::High => r.range_i(14, 90),
                    Severity::Medium => r.range_i(30, 150),
                    Severity::Low => r.range_i(30, 240),
                };
                // One in ten drags on (overdue); anything due after `as_of` is still open.
                let days = if r.percent(10) { days * r.range_i(3, 6) } else { days };
                let closed = Some(date.add_days(days)).filter(|d| *d <= t.as_of());
                out.push(Open {
                    record: Finding {
                        id: format!("fi-{source}-{}", n + 1),
                        source: source.to_owned(),
                        raised_on: date,
                        severity,
                        title: (*r.pick(FINDINGS)).into(),
                        closed_on: closed,
                    },
                    raised: date,
                    closed,
                });
            }
        }
    }
    out
}

/// Every follow-up action from drills and from major incidents.
pub(crate) fn follow_ups(rng: &Rng, t: &Timeline, events: &[Events]) -> Vec<Open<FollowUp>> {
    let mut out = Vec::new();
    for e in events {
        let drills = e.drills.iter().map(|d| (d.id.as_str(), d.date));
        let incidents =
            e.incidents.iter().filter(|i| i.impact >= ImpactClass::Moderate).map(|i| (i.id.as_str(), i.date));
        for (source, date) in drills.chain(incidents) {
            let mut r = rng.fork(source);
            for n in 0..r.range(1, 3) {
                let due = date.add_days(r.range_i(60, 180));
                // Most close around their due date; one in ten runs months late.
                let slip = if r.percent(10) { r.range_i(90, 400) } else { r.range_i(-50, 40) };
                let closed = Some(due.add_days(slip).max(date)).filter(|d| *d <= t.as_of());
                out.push(Open {
                    record: FollowUp {
                        id: format!("fu-{source}-{}", n + 1),
                        source: source.to_owned(),
                        title: (*r.pick(FOLLOW_UPS)).into(),
                        due,
                        closed_on: closed,
                    },
                    raised: date,
                    closed,
                });
            }
        }
    }
    out
}

/// Open findings or follow-ups at the end of quarter `q`, plus the ones closed during it, with
/// `closed_on` only where the closure happened by the quarter's reference date.
pub(crate) fn state_of<T: Clone>(
    items: &[Open<T>],
    t: &Timeline,
    q: usize,
    set_closed: impl Fn(&mut T, Option<Date>),
) -> Vec<T> {
    let (start, reference) = (t.quarter(q).start(), t.reference(q));
    items
        .iter()
        .filter(|o| o.raised <= reference && o.closed.is_none_or(|c| c >= start))
        .map(|o| {
            let mut rec = o.record.clone();
            set_closed(&mut rec, o.closed.filter(|c| *c <= reference));
            rec
        })
        .collect()
}
