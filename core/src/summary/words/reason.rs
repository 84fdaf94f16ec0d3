//! Why a light has its colour: [`Reason::message`].

use super::{Form, figure, join, names};
use crate::calendar::Date;
use crate::readiness::DocumentState;
use crate::snapshot::Language;
use crate::staffing::BudgetApproval;
use crate::summary::{CheckGap, Reason};
use crate::text::{Text, number};
use crate::vocabulary::Term;

/// How many partner names a message lists before "and N more".
const NAMES_SHOWN: usize = 5;

fn gaps(items: &[CheckGap], lang: Language) -> String {
    let list: Vec<String> = items
        .iter()
        .map(|c| match lang {
            Language::Ja => format!("{}（{} / 目標 {}）", c.id, c.maturity, c.target),
            Language::En => format!("{} ({} / target {})", c.id, c.maturity, c.target),
        })
        .collect();
    join(&list, lang)
}

fn since(records_from: Option<Date>, lang: Language) -> String {
    match (records_from, lang) {
        (None, _) => String::new(),
        (Some(d), Language::Ja) => format!("（記録は {d} 以降）"),
        (Some(d), Language::En) => format!(" (records start {d})"),
    }
}

fn last_seen(last: Option<Date>, lang: Language) -> String {
    match (last, lang) {
        (Some(d), Language::Ja) => format!("前回 {d}"),
        (Some(d), Language::En) => format!("last on {d}"),
        (None, Language::Ja) => "記録なし".to_owned(),
        (None, Language::En) => "none on record".to_owned(),
    }
}

impl Reason {
    /// The reason in `lang`, one sentence.
    pub fn message(&self, lang: Language) -> String {
        self.message_in(lang, Form::Plain)
    }

    /// [`Reason::message`] with every data string (partner names, incident ids, areas, level names) set
    /// as a bidi isolate: the form the page shows.
    pub fn message_isolated(&self, lang: Language) -> String {
        self.message_in(lang, Form::Isolated)
    }

    /// The message in `lang`, its data strings set in `form`.
    pub fn message_in(&self, lang: Language, form: Form) -> String {
        let ja = lang == Language::Ja;
        let m = |x: f64| number(x, 2);
        match self {
            Reason::MeetsTarget { maturity, target } => {
                if ja {
                    format!("チェック項目はすべて目標以上です（平均 {} / 目標 {}）", m(*maturity), m(*target))
                } else {
                    format!("Every check item meets its target (mean {} / target {})", m(*maturity), m(*target))
                }
            }
            Reason::BelowTarget { check_items, .. } => {
                if ja {
                    format!("目標未達のチェック項目: {}", gaps(check_items, lang))
                } else {
                    format!("Check items below target: {}", gaps(check_items, lang))
                }
            }
            Reason::FarBelowTarget { check_items, .. } => {
                if ja {
                    format!(
                        "目標を2段階以上下回る（または成熟度0の）チェック項目があります: {}",
                        gaps(check_items, lang)
                    )
                } else {
                    format!(
                        "A check item is two or more levels below its target (or at level 0): {}",
                        gaps(check_items, lang)
                    )
                }
            }
            Reason::TargetLowered { check_items } => {
                let list: Vec<String> = check_items
                    .iter()
                    .map(|c| match lang {
                        Language::Ja => format!("{} 目標 {} → {}（成熟度 {}）", c.id, c.from, c.to, c.maturity),
                        Language::En => format!("{} target {} → {} (maturity {})", c.id, c.from, c.to, c.maturity),
                    })
                    .collect();
                let hides = check_items.iter().any(|c| c.hides_shortfall());
                match (ja, hides) {
                    (true, true) => format!(
                        "前期から目標が引き下げられ、旧目標に届かない状態が見えなくなっています: {}",
                        join(&list, lang)
                    ),
                    (true, false) => format!("前期から目標が引き下げられたチェック項目: {}", join(&list, lang)),
                    (false, true) => format!(
                        "Targets lowered since the previous quarter hide a shortfall against the former target: {}",
                        join(&list, lang)
                    ),
                    (false, false) => format!("Targets lowered since the previous quarter: {}", join(&list, lang)),
                }
            }
            Reason::Fell { check_items } => {
                let list: Vec<String> = check_items.iter().map(|c| format!("{} {} → {}", c.id, c.from, c.to)).collect();
                if ja {
                    format!("前期から成熟度が下がったチェック項目: {}", join(&list, lang))
                } else {
                    format!("Maturity fell since the previous quarter: {}", join(&list, lang))
                }
            }
            Reason::ApprovalMissing { risks } => {
                if ja {
                    format!("許容レベルを超える残留リスク {risks} 件に経営層の承認がありません")
                } else {
                    format!("{risks} residual risk(s) above tolerance lack board approval")
                }
            }
            Reason::ApprovalNotByBoard { risks } => {
                if ja {
                    format!(
                        "許容レベルを超える残留リスク {risks} 件の承認が経営層（取締役会・経営会議・代表取締役）によるものではありません"
                    )
                } else {
                    format!(
                        "{risks} residual risk(s) above tolerance are approved by someone other than the board, the executive committee or the representative director"
                    )
                }
            }
            Reason::ApprovalWorsened { risks } => {
                if ja {
                    format!("許容レベルを超える残留リスク {risks} 件が承認時の評価より悪化しています（承認は失効）")
                } else {
                    format!(
                        "{risks} residual risk(s) above tolerance worsened since their approval (the approval lapsed)"
                    )
                }
            }
            Reason::ApprovalExpired { risks } => {
                if ja {
                    format!("許容レベルを超える残留リスク {risks} 件の承認が期限切れです")
                } else {
                    format!("The approval of {risks} residual risk(s) above tolerance has expired")
                }
            }
            Reason::ApprovalExpiring { risks } => {
                if ja {
                    format!("許容レベルを超える残留リスク {risks} 件の承認が90日以内に期限を迎えます")
                } else {
                    format!("The approval of {risks} residual risk(s) above tolerance expires within 90 days")
                }
            }
            Reason::ToleranceChanged { on, from, to, raised, body, by_board } => {
                let who = body.label(lang);
                let (from, to) = (
                    &Text::new(form.data(&from.ja), form.data(&from.en)),
                    &Text::new(form.data(&to.ja), form.data(&to.en)),
                );
                match (ja, raised, by_board) {
                    (true, true, false) => format!(
                        "{on} に許容レベルが {} から {} に引き上げられました（決定: {who}）。引き上げは経営層が判断する事項です（4-2）",
                        from.ja, to.ja
                    ),
                    (true, true, true) => {
                        format!("{on} に {who} が許容レベルを {} から {} に引き上げました", from.ja, to.ja)
                    }
                    (true, false, _) => {
                        format!("{on} に {who} が許容レベルを {} から {} に変更しました", from.ja, to.ja)
                    }
                    (false, true, false) => format!(
                        "Tolerance raised from {} to {} on {on} by the {who}: raising it is the board's decision (4-2)",
                        from.en, to.en
                    ),
                    (false, true, true) => {
                        format!("The {who} raised the tolerance from {} to {} on {on}", from.en, to.en)
                    }
                    (false, false, _) => {
                        format!("The {who} changed the tolerance from {} to {} on {on}", from.en, to.en)
                    }
                }
            }
            Reason::OwnToleranceAboveBoard { risks } => {
                if ja {
                    format!(
                        "{risks} 件のリスクが取締役会の許容レベルより高い個別の許容レベルを設定しています（取締役会の許容レベルで判定）"
                    )
                } else {
                    format!("{risks} risk(s) set their own tolerance above the board's (judged against the board's)")
                }
            }
            Reason::NoAssessment { records_from } => {
                if ja {
                    format!("直近12か月にリスクアセスメントを実施していません{}", since(*records_from, lang))
                } else {
                    format!("No risk assessment in the last 12 months{}", since(*records_from, lang))
                }
            }
            Reason::KpiOffTrack { kpi, name, value, target, percent } => {
                let f = |x: f64| figure(x, *percent);
                let note = super::off_track_note(*kpi, *value, *target, lang);
                if ja {
                    format!("KPI「{}」が目標未達です（実績 {} / 目標 {}）{note}", name.ja, f(*value), f(*target))
                } else {
                    format!("KPI \"{}\" is off track ({} against a target of {}){note}", name.en, f(*value), f(*target))
                }
            }
            Reason::KpiAtRisk { name, value, target, percent, .. } => {
                let f = |x: f64| figure(x, *percent);
                if ja {
                    format!(
                        "KPI「{}」が目標を下回っています（実績 {} / 目標 {}、要注意）",
                        name.ja,
                        f(*value),
                        f(*target)
                    )
                } else {
                    format!("KPI \"{}\" is below its target ({} against {}, at risk)", name.en, f(*value), f(*target))
                }
            }
            Reason::FewProgressReports { count, records_from } => {
                if ja {
                    format!(
                        "経営者への進捗報告が直近12か月で {count} 回です（目安は年2〜4回）{}",
                        since(*records_from, lang)
                    )
                } else {
                    format!(
                        "{count} progress report(s) to the executive in the last 12 months (the guideline asks 2 to 4 a year){}",
                        since(*records_from, lang)
                    )
                }
            }
            Reason::StatusMonthsMissing { months } => {
                if ja {
                    format!("経営者への報告が一度もない月があります（目安は月1回）: {}", join(months, lang))
                } else {
                    format!(
                        "Months without any report to the executive (about monthly is expected): {}",
                        join(months, lang)
                    )
                }
            }
            Reason::PdcaReviewOverdue { areas } => {
                let names: Vec<String> = areas.iter().map(|a| form.data(a.get(lang))).collect();
                if ja {
                    format!("PDCA の見直し期限を過ぎています: {}", join(&names, lang))
                } else {
                    format!("PDCA reviews overdue: {}", join(&names, lang))
                }
            }
            Reason::LatestAssessment { date, method, in_year } => {
                if ja {
                    format!(
                        "直近のリスクアセスメント: {date}（手法: {}、直近12か月に {in_year} 回）",
                        method.label(lang)
                    )
                } else {
                    format!(
                        "Latest risk assessment: {date} (method: {}; {in_year} in the last 12 months)",
                        method.label(lang)
                    )
                }
            }
            Reason::PdcaCycleOverrun { areas, days } => {
                let names: Vec<String> = areas.iter().map(|a| a.get(lang).to_owned()).collect();
                if ja {
                    format!(
                        "PDCA サイクルが計画した周期を過ぎても改善（Act）まで完了していません（最長 {days} 日超過）: {}",
                        join(&names, lang)
                    )
                } else {
                    format!(
                        "PDCA cycles running past their planned length without completing (up to {days} days over): {}",
                        join(&names, lang)
                    )
                }
            }
            Reason::BeyondRtoUntreated { processes, days } => {
                let list: Vec<String> = processes.iter().map(|p| form.data(p.get(lang))).collect();
                let shown = join(&list[..list.len().min(NAMES_SHOWN)], lang);
                let more = list.len().saturating_sub(NAMES_SHOWN);
                match (ja, more) {
                    (true, 0) => format!("想定シナリオ（{days} 日間の停止）で目標復旧時間を超えて止まり、対策（リスクの対応計画）が記録されていない業務: {shown}"),
                    (true, n) => format!("想定シナリオ（{days} 日間の停止）で目標復旧時間を超えて止まり、対策（リスクの対応計画）が記録されていない業務: {shown} ほか {n} 件"),
                    (false, 0) => format!("Business processes the scenario ({days} days' outage) stops beyond their RTO with no treatment on record: {shown}"),
                    (false, n) => format!("Business processes the scenario ({days} days' outage) stops beyond their RTO with no treatment on record: {shown} and {n} more"),
                }
            }
            Reason::BusinessImpactNotRecorded => {
                if ja {
                    "未記録: 事業影響（業務ごとの目標復旧時間と停止時の損失、想定シナリオ）（判定していません）".to_owned()
                } else {
                    "Not recorded: the business impact (each process's RTO and loss, an outage scenario; not judged)".to_owned()
                }
            }
            Reason::PdcaNotChecked { areas, over_cycle } => {
                let names: Vec<String> = areas.iter().map(|a| a.get(lang).to_owned()).collect();
                match (ja, over_cycle) {
                    (true, true) => format!(
                        "確認（Check）の記録がないまま1周期を過ぎた PDCA があります。まず現状の対策の確認から始めてください: {}",
                        join(&names, lang)
                    ),
                    (true, false) => format!(
                        "確認（Check）の記録がまだない PDCA（4-1: まず現状の対策の確認から始めることも検討）: {}",
                        join(&names, lang)
                    ),
                    (false, true) => format!(
                        "PDCA areas a full cycle old with no check on record; start by checking the current measures: {}",
                        join(&names, lang)
                    ),
                    (false, false) => format!(
                        "PDCA areas with no check on record yet (4-1: consider starting from a check of the current measures): {}",
                        join(&names, lang)
                    ),
                }
            }
            Reason::NoAudit { last, records_from } => {
                if ja {
                    format!(
                        "直近12か月に外部監査・内部監査・監査役監査のいずれも実施していません（{}）{}",
                        last_seen(*last, lang),
                        since(*records_from, lang)
                    )
                } else {
                    format!(
                        "No external, internal or statutory auditor's audit in the last 12 months ({}){}",
                        last_seen(*last, lang),
                        since(*records_from, lang)
                    )
                }
            }
            Reason::AuditInternalOnly { internal, statutory } => {
                if ja {
                    format!(
                        "直近12か月の監査は内部監査 {internal} 回・監査役監査 {statutory} 回のみで、外部監査はありません（外部監査が困難な場合の代替, (4)-2）"
                    )
                } else {
                    format!(
                        "The last 12 months had only internal audits ({internal}) and statutory auditor's audits ({statutory}), no external audit (the fallback when an external audit is difficult, (4)-2)"
                    )
                }
            }
            Reason::NoStatutoryAudit { last, records_from } => {
                if ja {
                    format!(
                        "直近12か月に監査役の監査でサイバーセキュリティを扱っていません（{}）{}",
                        last_seen(*last, lang),
                        since(*records_from, lang)
                    )
                } else {
                    format!(
                        "No statutory auditor's (kansayaku) audit covered cyber-security in the last 12 months ({}){}",
                        last_seen(*last, lang),
                        since(*records_from, lang)
                    )
                }
            }
            Reason::NoSecurityTest { last, records_from } => {
                if ja {
                    format!(
                        "直近12か月に脆弱性診断・ペネトレーションテストを実施していません（{}）{}",
                        last_seen(*last, lang),
                        since(*records_from, lang)
                    )
                } else {
                    format!(
                        "No vulnerability assessment or penetration test in the last 12 months ({}){}",
                        last_seen(*last, lang),
                        since(*records_from, lang)
                    )
                }
            }
            Reason::PartnersBelowRequired { partners, sensitive } => match (ja, sensitive) {
                (true, true) => {
                    format!(
                        "重要情報を扱う委託先・取引先が要求水準を下回っています: {}",
                        names(partners, NAMES_SHOWN, lang, form)
                    )
                }
                (true, false) => {
                    format!("要求水準を下回る委託先・取引先: {}", names(partners, NAMES_SHOWN, lang, form))
                }
                (false, true) => format!(
                    "Partners handling sensitive data are below the required maturity: {}",
                    names(partners, NAMES_SHOWN, lang, form)
                ),
                (false, false) => {
                    format!("Partners below the required maturity: {}", names(partners, NAMES_SHOWN, lang, form))
                }
            },
            Reason::PartnersNeverAssessed { partners, sensitive } => match (ja, sensitive) {
                (true, true) => {
                    format!("重要情報を扱うのに未評価の委託先・取引先: {}", names(partners, NAMES_SHOWN, lang, form))
                }
                (true, false) => format!("未評価の委託先・取引先: {}", names(partners, NAMES_SHOWN, lang, form)),
                (false, true) => {
                    format!(
                        "Partners handling sensitive data never assessed: {}",
                        names(partners, NAMES_SHOWN, lang, form)
                    )
                }
                (false, false) => format!("Partners never assessed: {}", names(partners, NAMES_SHOWN, lang, form)),
            },
            Reason::PartnersSelfReportOnly { partners } => {
                if ja {
                    format!(
                        "重要情報を扱うのに自己点検の報告だけで確認している委託先・取引先: {}",
                        names(partners, NAMES_SHOWN, lang, form)
                    )
                } else {
                    format!(
                        "Partners handling important information confirmed only by their own self-assessment: {}",
                        names(partners, NAMES_SHOWN, lang, form)
                    )
                }
            }
            Reason::PartnerReviewsOverdue { partners } => {
                if ja {
                    format!("評価の期限を過ぎた委託先・取引先: {}", names(partners, NAMES_SHOWN, lang, form))
                } else {
                    format!("Partner reviews overdue: {}", names(partners, NAMES_SHOWN, lang, form))
                }
            }
            Reason::ClausesMissing { partners } => {
                if ja {
                    format!(
                        "委託契約に必要な条項（7項目）が欠けている相手先: {}",
                        names(partners, NAMES_SHOWN, lang, form)
                    )
                } else {
                    format!("Contracts lacking some of the 7 clauses: {}", names(partners, NAMES_SHOWN, lang, form))
                }
            }
            Reason::BudgetNotApproved => {
                if ja {
                    "セキュリティ予算が経営者に承認されていません".to_owned()
                } else {
                    "The security budget has not been approved by the executive".to_owned()
                }
            }
            Reason::NoSecurityStaff => {
                if ja {
                    "セキュリティ担当者が配置されていません".to_owned()
                } else {
                    "No staff are assigned to security".to_owned()
                }
            }
            Reason::NoSharingMembership => {
                if ja {
                    "注意喚起情報の入手先・情報共有コミュニティが登録されていません".to_owned()
                } else {
                    "No alert source or information-sharing community on record".to_owned()
                }
            }
            Reason::IncidentsNotShared { incidents } => {
                if ja {
                    format!("直近12か月の重大インシデント {incidents} 件が IPA・JPCERT/CC 等へ届け出られていません")
                } else {
                    format!(
                        "{incidents} major incident(s) of the last 12 months not reported to IPA, JPCERT/CC or others"
                    )
                }
            }
            Reason::SeriousIncidentResponse { incident, impact, follow_ups } => {
                let incident = form.data(incident);
                let class = impact.label(lang);
                match (ja, follow_ups) {
                    (true, 0) => {
                        format!("今期の重大インシデント {incident}（{class}）に再発防止策が記録されていません")
                    }
                    (true, n) => format!("今期の重大インシデント {incident}（{class}）: 再発防止策 {n} 件"),
                    (false, 0) => {
                        format!(
                            "Serious incident {incident} ({class}) this quarter has no recurrence prevention on record"
                        )
                    }
                    (false, n) => format!(
                        "Serious incident {incident} ({class}) this quarter: {n} recurrence prevention action(s)"
                    ),
                }
            }
            Reason::SeriousIncidentDisclosure { incident, impact, lag_days } => {
                let incident = form.data(incident);
                let class = impact.label(lang);
                match (ja, lag_days) {
                    (true, Some(n)) => format!(
                        "今期の重大インシデント {incident}（{class}）: 経営者への報告まで {n} 日。公表・報告の判断が必要です"
                    ),
                    (true, None) => format!(
                        "今期の重大インシデント {incident}（{class}）が経営者に報告されていません。公表・報告の判断が必要です"
                    ),
                    (false, Some(n)) => format!(
                        "Serious incident {incident} ({class}) this quarter reached the executive after {n} day(s); disclosure must be decided"
                    ),
                    (false, None) => format!(
                        "Serious incident {incident} ({class}) this quarter has not been reported to the executive; disclosure must be decided"
                    ),
                }
            }
            Reason::NoCsirt => {
                if ja {
                    "CSIRT 等のインシデント対応チームがありません".to_owned()
                } else {
                    "There is no incident response team (CSIRT)".to_owned()
                }
            }
            Reason::NoDrill { last, records_from } => {
                if ja {
                    format!(
                        "直近12か月に対応訓練・演習を実施していません（{}）{}",
                        last_seen(*last, lang),
                        since(*records_from, lang)
                    )
                } else {
                    format!(
                        "No incident response drill in the last 12 months ({}){}",
                        last_seen(*last, lang),
                        since(*records_from, lang)
                    )
                }
            }
            Reason::DocumentMissing { document } => {
                if ja {
                    format!("{}が整備されていません", document.name().ja)
                } else {
                    format!("No {} exists", document.name().en.to_lowercase())
                }
            }
            Reason::DocumentReviewOverdue { document, state, last_review } => match (ja, state, last_review) {
                (true, DocumentState::NeverReviewed, _) | (true, _, None) => {
                    format!("{}が一度も見直されていません", document.name().ja)
                }
                (true, _, Some(d)) => format!("{}の見直し期限を過ぎています（前回 {d}）", document.name().ja),
                (false, DocumentState::NeverReviewed, _) | (false, _, None) => {
                    format!("The {} has never been reviewed", document.name().en.to_lowercase())
                }
                (false, _, Some(d)) => {
                    format!("The {} is overdue for review (last reviewed {d})", document.name().en.to_lowercase())
                }
            },
            Reason::DocumentUnapproved { document } => {
                if ja {
                    format!("{}が承認されていません（承認されるまで有効な版ではありません）", document.name().ja)
                } else {
                    format!(
                        "The {} has not been approved (it is not in force until it is)",
                        document.name().en.to_lowercase()
                    )
                }
            }
            Reason::ReviewIntervalImplausible { document, days } => {
                if ja {
                    format!(
                        "{}の見直し頻度 {days} 日は妥当ではありません（1日〜3年で定めてください。3年を超える場合は3年として判定）",
                        document.name().ja
                    )
                } else {
                    format!(
                        "The {}'s review interval of {days} days is implausible (set 1 day to 3 years; longer is judged as 3 years)",
                        document.name().en.to_lowercase()
                    )
                }
            }
            Reason::FollowUpsOverdue { actions } => {
                if ja {
                    format!("期限を過ぎた再発防止策・改善事項が {actions} 件あります")
                } else {
                    format!("{actions} follow-up action(s) past due")
                }
            }
            Reason::PoliceNotListed => {
                if ja {
                    "組織外の報告先リストに管轄の警察署が含まれていません".to_owned()
                } else {
                    "The notification list does not include the competent police station".to_owned()
                }
            }
            Reason::NoReportFormats => {
                if ja {
                    "被害発覚後の報告フォーマットが準備されていません".to_owned()
                } else {
                    "No report formats are prepared for use after an incident".to_owned()
                }
            }
            Reason::EscalationBreached { incidents, severe } => {
                let list = join(incidents, lang);
                match (ja, severe) {
                    (true, true) => format!(
                        "エスカレーション基準を超えて経営者への報告が遅れた（または未報告の）インシデントがあります（深刻を含む）: {list}"
                    ),
                    (true, false) => format!(
                        "エスカレーション基準を超えて経営者への報告が遅れた（または未報告の）インシデントがあります: {list}"
                    ),
                    (false, true) => format!(
                        "Incidents reached the executive later than the escalation rule allows, or not yet (a severe one among them): {list}"
                    ),
                    (false, false) => format!(
                        "Incidents reached the executive later than the escalation rule allows, or not yet: {list}"
                    ),
                }
            }
            Reason::RegulatorNotNotified { incidents } => {
                let list = join(incidents, lang);
                if ja {
                    format!("個人情報の漏えいを伴う深刻なインシデントを所管官庁に報告した記録がありません: {list}")
                } else {
                    format!(
                        "Severe incidents with a personal-data leak have no notice to the regulator on record: {list}"
                    )
                }
            }
            Reason::NoticeTemplateIncomplete { missing } => {
                let list: Vec<String> = missing.iter().map(|e| e.label(lang).to_owned()).collect();
                if ja {
                    format!("インシデント通知文の様式に 5W1H の項目が不足しています: {}", join(&list, lang))
                } else {
                    format!("The incident notice template lacks 5W1H elements: {}", join(&list, lang))
                }
            }
            Reason::DisclosureStagesMissing { missing } => {
                let list: Vec<String> = missing.iter().map(|e| e.label(lang).to_owned()).collect();
                if ja {
                    format!("段階的な開示の計画に次の段階がありません: {}", join(&list, lang))
                } else {
                    format!("The staged disclosure plan lacks: {}", join(&list, lang))
                }
            }
            Reason::DisclosurePlanNotRecorded { parts } => {
                let list: Vec<String> = parts.iter().map(|e| e.label(lang).to_owned()).collect();
                if ja {
                    format!("記録なし（判定していません）: {}", join(&list, lang))
                } else {
                    format!("Not recorded (not judged): {}", join(&list, lang))
                }
            }
            Reason::NoPublication { target, records_from } => {
                let from = since(*records_from, lang);
                if ja {
                    format!(
                        "過去1年にサイバーセキュリティの取組を公開した文書がありません（(4)-4 の目標 {target}）{from}"
                    )
                } else {
                    format!("No public document on cyber-security in the trailing year ((4)-4 target {target}){from}")
                }
            }

            Reason::GovernanceNotRecorded => {
                if ja {
                    "経営者の決定事項（ポリシー承認・CISO任命・委員会・実施計画）が記録されていません（未記録: チェックシートのみで判定）".to_owned()
                } else {
                    "The executive's own decisions (policy, CISO, committee, plan) are not recorded: judged on the check sheet alone".to_owned()
                }
            }
            Reason::PolicyNotApproved => {
                if ja {
                    "セキュリティポリシーが経営者に承認されていません".to_owned()
                } else {
                    "The security policy has never been approved by the executive".to_owned()
                }
            }
            Reason::PolicyNotByExecutive { body } => {
                let who = body.map(|b| b.label(lang).to_owned()).unwrap_or_default();
                if ja {
                    format!("セキュリティポリシーの承認が経営者によるものではありません（{who}）")
                } else {
                    format!("The security policy was approved by {who}, not by the executive")
                }
            }
            Reason::PolicyReviewOverdue { due } => {
                if ja {
                    format!("セキュリティポリシーの見直し期限 {due} を過ぎています")
                } else {
                    format!("The security policy's review was due on {due}")
                }
            }
            Reason::PlanNotApproved => {
                if ja {
                    "実施計画が経営者に承認されていません".to_owned()
                } else {
                    "The implementation plan is not approved by the executive".to_owned()
                }
            }
            Reason::NoCiso => {
                if ja {
                    "CISO 等が任命されていません".to_owned()
                } else {
                    "No CISO is appointed".to_owned()
                }
            }
            Reason::NoCommittee => {
                if ja {
                    "サイバーセキュリティリスクを扱う委員会がありません".to_owned()
                } else {
                    "No committee manages cyber-security risk".to_owned()
                }
            }
            Reason::CommitteeDidNotMeet { committee } => {
                if ja {
                    format!("{committee} が当四半期に開催されていません")
                } else {
                    format!("The {committee} did not meet in the quarter")
                }
            }
            Reason::NotLinkedToErm => {
                if ja {
                    "サイバーセキュリティリスクが全社リスク管理・BCP に位置付けられていません".to_owned()
                } else {
                    "Cyber-security risk is not part of the enterprise risk management and BCP".to_owned()
                }
            }
            Reason::DirectivesOverdue { directives } => {
                let n = directives.len();
                if ja {
                    format!("取締役会の指示 {n} 件が期限を過ぎて未完了です: {}", join(directives, lang))
                } else {
                    format!("{n} board directive(s) past due and not done: {}", join(directives, lang))
                }
            }
            Reason::ActionsOverdue { actions, above_tolerance } => {
                let above = match (ja, *above_tolerance) {
                    (_, 0) => String::new(),
                    (true, k) => format!("（うち許容レベル超過のリスクに対するもの {k} 件）"),
                    (false, k) => format!(" ({k} on risks above tolerance)"),
                };
                if ja {
                    format!("対応計画のアクション {actions} 件が期限を過ぎています{above}")
                } else {
                    format!("{actions} treatment action(s) past due{above}")
                }
            }
            Reason::BudgetApprovalNotInForce { approval, fiscal_year, year_in_force, approved_on } => {
                let on = approved_on.map(|d| d.to_string()).unwrap_or_default();
                match (approval, ja) {
                    (BudgetApproval::OtherFiscalYear, true) => format!(
                        "記録されている予算（{fiscal_year}、{on} 承認）は当四半期を含む {year_in_force}年度の予算ではありません"
                    ),
                    (BudgetApproval::OtherFiscalYear, false) => format!(
                        "The budget on record ({fiscal_year}, approved {on}) is not the budget of FY{year_in_force}, the fiscal year in force"
                    ),
                    (_, true) => format!(
                        "予算の承認日 {on} は前年度の開始より前で、{year_in_force}年度の予算の承認とは認められません"
                    ),
                    (_, false) => format!(
                        "The budget's approval on {on} predates the previous fiscal year: it is not an approval of the FY{year_in_force} budget"
                    ),
                }
            }
            Reason::SecurityStaffShort { staff, needed } => {
                if ja {
                    format!("セキュリティ担当者 {staff} 人は人員計画の {needed} 人に届いていません")
                } else {
                    format!("{staff} security staff against the {needed} the staffing plan needs")
                }
            }
            Reason::QualifiedStaffShort { qualified, needed } => {
                if ja {
                    format!("有資格者 {qualified} 人は計画の {needed} 人に届いていません")
                } else {
                    format!("{qualified} qualified security staff against the {needed} the plan calls for")
                }
            }
            Reason::SkillsGapsUncovered { gaps } => {
                let list = names(gaps, NAMES_SHOWN, lang, form).replace(" 社", " 件");
                if ja {
                    format!("不足しているスキル（{list}）を補う外部の専門家・サービスが記録されていません")
                } else {
                    format!("Skills gaps ({list}) with no outside expert or service recorded to cover them")
                }
            }
            Reason::CareerPathMissing { no_career_path, no_evaluation_criteria } => {
                let (cp, ev) = (*no_career_path, *no_evaluation_criteria);
                match (ja, cp, ev) {
                    (true, true, true) => "セキュリティ人材のキャリアパスと業績評価基準が人事評価制度と結び付いていません".into(),
                    (true, true, false) => "セキュリティ人材のキャリアパスが人事評価制度と結び付いていません".into(),
                    (true, _, _) => "セキュリティ業務の業績評価基準が人事評価制度と結び付いていません".into(),
                    (false, true, true) => "No career path and no performance criteria for security staff linked to the personnel evaluation system".into(),
                    (false, true, false) => "No career path for security staff linked to the personnel evaluation system".into(),
                    (false, _, _) => "No performance criteria for security work linked to the personnel evaluation system".into(),
                }
            }
            Reason::PeopleNotRecorded { plan, career } => {
                let parts: Vec<String> = [
                    (*plan, "人員計画（必要な要員・有資格者）", "the staffing plan (roles and qualified staff needed)"),
                    (*career, "キャリアパス・業績評価基準", "the career path and performance criteria"),
                ]
                .iter()
                .filter(|(on, _, _)| *on)
                .map(|(_, j, e)| if ja { (*j).to_owned() } else { (*e).to_owned() })
                .collect();
                if ja {
                    format!("未記録: {}（判定していません）", join(&parts, lang))
                } else {
                    format!("Not recorded: {} (not judged)", join(&parts, lang))
                }
            }
            Reason::ExternalForensicsNotArranged { staff } => {
                let n = crate::text::grouped(u64::from(*staff));
                if ja {
                    format!("従業員 {n} 人の規模で、外部のフォレンジック等の専門家へ依頼する体制がありません")
                } else {
                    format!("No outside forensics provider is arranged for an organisation of {n} staff")
                }
            }
            Reason::CsirtAuthorityMissing { disconnect, stop_services } => {
                let parts: Vec<String> = [
                    (*disconnect, "ネットワークの遮断", "disconnect networks"),
                    (*stop_services, "サービスの停止", "stop services"),
                ]
                .iter()
                .filter(|(on, _, _)| *on)
                .map(|(_, j, e)| if ja { (*j).to_owned() } else { (*e).to_owned() })
                .collect();
                if ja {
                    format!("CSIRT（または CISO）に{}の権限がありません", join(&parts, lang))
                } else {
                    format!("The CSIRT (or the CISO) has no authority to {}", parts.join(" or "))
                }
            }
            Reason::StopRestoreCriteriaMissing { stop, restore } => {
                let parts: Vec<String> = [(*stop, "停止", "stop"), (*restore, "復旧", "restore")]
                    .iter()
                    .filter(|(on, _, _)| *on)
                    .map(|(_, j, e)| if ja { (*j).to_owned() } else { (*e).to_owned() })
                    .collect();
                if ja {
                    format!("サービスの{}を判断する基準が事前に定められていません", parts.join("・"))
                } else {
                    format!("No criteria set in advance to {} a service", parts.join(" or "))
                }
            }
            Reason::SocReportStale { partners } => {
                let list = names(partners, NAMES_SHOWN, lang, form);
                if ja {
                    format!("対象期間の終了から12か月を超えた SOC 2 報告書で確認している委託先: {list}")
                } else {
                    format!("Partners confirmed on a SOC 2 report whose period ended over 12 months ago: {list}")
                }
            }
            Reason::ScopeSplitMissing { partners } => {
                let list = names(partners, NAMES_SHOWN, lang, form);
                if ja {
                    format!("自組織と委託先の対応範囲の切り分けが明文化されていない委託先: {list}")
                } else {
                    format!("Outsourcing without a documented split of who does what: {list}")
                }
            }
            Reason::SlaMissing { partners } => {
                let list = names(partners, NAMES_SHOWN, lang, form);
                if ja {
                    format!("サービスレベル（稼働率・回復目標等）が示されていない委託先: {list}")
                } else {
                    format!("Outsourcing with no service level stated (availability, recovery time): {list}")
                }
            }
            Reason::EmergencyCooperationMissing { partners } => {
                let list = names(partners, NAMES_SHOWN, lang, form);
                if ja {
                    format!("緊急時の協力が契約に定められていない委託先: {list}")
                } else {
                    format!("Contracts without the contractor's cooperation in an emergency: {list}")
                }
            }
            Reason::FlowDownMissing { partners } => {
                let list = names(partners, NAMES_SHOWN, lang, form);
                if ja {
                    format!("再委託を認めながら同等の対策を再委託先に求めていない委託先: {list}")
                } else {
                    format!("Subcontracting allowed without our security requirements flowing down: {list}")
                }
            }
            Reason::CloudPointsUnconfirmed { partners } => {
                let list = names(partners, NAMES_SHOWN, lang, form);
                if ja {
                    format!("「クラウドサービス安全利用のすすめ」の確認事項（7点）に未確認があるクラウド事業者: {list}")
                } else {
                    format!("Cloud providers not confirmed on all seven points of IPA's cloud guidance: {list}")
                }
            }
            Reason::OutsourcingNotRecorded { partners } => {
                let list = names(partners, NAMES_SHOWN, lang, form);
                if ja {
                    format!("未記録: 委託条件（切り分け・サービスレベル・緊急時協力・再委託）（判定していません）: {list}")
                } else {
                    format!("Not recorded: the outsourcing terms (scope split, service level, emergency cooperation, subcontracting; not judged): {list}")
                }
            }
            Reason::CsirtDesignNotRecorded { nothing } => match (ja, nothing) {
                (true, true) => "未記録: CSIRT の規程、権限（遮断・停止）、停止・復旧の判断基準（判定していません）".into(),
                (true, false) => "一部未記録: CSIRT の規程、権限、停止・復旧の判断基準のいずれか（未記録の項目は判定していません）".into(),
                (false, true) => "Not recorded: the CSIRT's charter, its authority (disconnect, stop) and the criteria to stop and restore services (not judged)".into(),
                (false, false) => "Partly not recorded: the CSIRT's charter, authority or stop and restore criteria (what is not recorded is not judged)".into(),
            },
            Reason::TrainingCoverage { audiences, target } => training_coverage(audiences, *target, lang),
            Reason::VulnerabilitiesNotRecorded => {
                if ja {
                    "脆弱性・パッチ管理（未対処の脆弱性、緊急の脆弱性の対処日数、サポート終了システム）が記録されていません"
                        .to_owned()
                } else {
                    "Vulnerability and patch management (open vulnerabilities, days to patch criticals, systems past end of support) not recorded".to_owned()
                }
            }
            Reason::PatchTargetMissing => {
                if ja {
                    "緊急の脆弱性を対処する目標日数が定められていないため、対処の遅れを判定できません".to_owned()
                } else {
                    "No target days to patch a critical vulnerability: overdue criticals cannot be judged".to_owned()
                }
            }
            Reason::CriticalsOverdue { count, far, target_days, longest_days } => {
                let far_note = match (*far, ja) {
                    (0, _) => String::new(),
                    (n, true) => format!("、うち {n} 件は目標の2倍を超過"),
                    (n, false) => format!("; {n} open more than twice the target"),
                };
                if ja {
                    format!(
                        "目標 {target_days} 日を過ぎて未対処の緊急の脆弱性が {count} 件あります（最長 {longest_days} 日{far_note}）"
                    )
                } else {
                    format!(
                        "{count} critical vulnerability(ies) open beyond the {target_days}-day target (longest {longest_days} days{far_note})"
                    )
                }
            }
            Reason::PastSupport { systems, unplanned } => {
                let systems: Vec<String> = systems.iter().map(|s| form.data(s)).collect();
                let list = join(&systems, lang);
                let plan = match (*unplanned, ja) {
                    (0, true) => "（更改計画あり）".to_owned(),
                    (0, false) => " (replacement planned)".to_owned(),
                    (n, true) => format!("（うち {n} 件は更改計画なし）"),
                    (n, false) => format!(" ({n} without a planned replacement)"),
                };
                if ja {
                    format!("サポートが終了したシステムを使用中です: {list}{plan}")
                } else {
                    format!("Systems in use past their end of support: {list}{plan}")
                }
            }
        }
    }
}

/// "研修の受講（直近12か月）: 経営層 11/12 人（91.7%）、派遣・契約社員 380/400 人（95.0%）（目標 95.0%）".
fn training_coverage(audiences: &[crate::kpi::AudienceCoverage], target: Option<f64>, lang: Language) -> String {
    let ja = lang == Language::Ja;
    let parts: Vec<String> = audiences
        .iter()
        .map(|a| {
            let name = a.audience.text();
            let pct = a.pct.map(crate::text::pct).unwrap_or_else(|| "—".to_owned());
            let (trained, in_scope) = (crate::text::grouped(a.trained.into()), crate::text::grouped(a.in_scope.into()));
            if ja {
                format!("{} {trained}/{in_scope} 人（{pct}）", name.ja)
            } else {
                format!("{} {trained} of {in_scope} ({pct})", name.en.to_lowercase())
            }
        })
        .collect();
    let target = target.map(crate::text::pct);
    match (ja, target) {
        (true, Some(t)) => format!("研修の受講（直近12か月、人数）: {}（目標 {t}）", parts.join("、")),
        (true, None) => format!("研修の受講（直近12か月、人数）: {}", parts.join("、")),
        (false, Some(t)) => format!("Training in the last 12 months, by people: {} (target {t})", parts.join(", ")),
        (false, None) => format!("Training in the last 12 months, by people: {}", parts.join(", ")),
    }
}
