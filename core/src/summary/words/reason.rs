//! Why a light has its colour: [`Reason::message`].

use super::{figure, join, names};
use crate::calendar::Date;
use crate::readiness::DocumentState;
use crate::snapshot::Language;
use crate::summary::{CheckGap, Reason};
use crate::text::number;
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
                let names: Vec<String> = areas.iter().map(|a| a.get(lang).to_owned()).collect();
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
                        names(partners, NAMES_SHOWN, lang)
                    )
                }
                (true, false) => format!("要求水準を下回る委託先・取引先: {}", names(partners, NAMES_SHOWN, lang)),
                (false, true) => format!(
                    "Partners handling sensitive data are below the required maturity: {}",
                    names(partners, NAMES_SHOWN, lang)
                ),
                (false, false) => {
                    format!("Partners below the required maturity: {}", names(partners, NAMES_SHOWN, lang))
                }
            },
            Reason::PartnersNeverAssessed { partners, sensitive } => match (ja, sensitive) {
                (true, true) => {
                    format!("重要情報を扱うのに未評価の委託先・取引先: {}", names(partners, NAMES_SHOWN, lang))
                }
                (true, false) => format!("未評価の委託先・取引先: {}", names(partners, NAMES_SHOWN, lang)),
                (false, true) => {
                    format!("Partners handling sensitive data never assessed: {}", names(partners, NAMES_SHOWN, lang))
                }
                (false, false) => format!("Partners never assessed: {}", names(partners, NAMES_SHOWN, lang)),
            },
            Reason::PartnersSelfReportOnly { partners } => {
                if ja {
                    format!(
                        "重要情報を扱うのに自己点検の報告だけで確認している委託先・取引先: {}",
                        names(partners, NAMES_SHOWN, lang)
                    )
                } else {
                    format!(
                        "Partners handling important information confirmed only by their own self-assessment: {}",
                        names(partners, NAMES_SHOWN, lang)
                    )
                }
            }
            Reason::PartnerReviewsOverdue { partners } => {
                if ja {
                    format!("評価の期限を過ぎた委託先・取引先: {}", names(partners, NAMES_SHOWN, lang))
                } else {
                    format!("Partner reviews overdue: {}", names(partners, NAMES_SHOWN, lang))
                }
            }
            Reason::ClausesMissing { partners } => {
                if ja {
                    format!("委託契約に必要な条項（7項目）が欠けている相手先: {}", names(partners, NAMES_SHOWN, lang))
                } else {
                    format!("Contracts lacking some of the 7 clauses: {}", names(partners, NAMES_SHOWN, lang))
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
                let list = join(systems, lang);
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
