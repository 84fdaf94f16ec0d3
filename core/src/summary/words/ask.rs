//! What the board is asked: [`Ask::title`].

use super::{Form, figure, join, names};
use crate::calendar::Date;
use crate::partners::clause_label;
use crate::risk::ApprovalState;
use crate::snapshot::Language;
use crate::summary::Ask;
use crate::text::{Text, number, yen};
use crate::vocabulary::Term;

/// How many names a title lists before "and N more".
const NAMES_SHOWN: usize = 3;

/// When an activity last happened: "last on <date>", or "no record since <the export's first day>".
fn when(last: Option<Date>, since: Option<Date>, lang: Language) -> String {
    match (lang, last, since) {
        (Language::Ja, Some(d), _) => format!("前回 {d}"),
        (Language::Ja, None, Some(s)) => format!("{s} 以降の実施記録なし"),
        (Language::Ja, None, None) => "実施記録なし".into(),
        (Language::En, Some(d), _) => format!("last on {d}"),
        (Language::En, None, Some(s)) => format!("no record since {s}"),
        (Language::En, None, None) => "none on record".into(),
    }
}

impl Ask {
    /// The decision's title in `lang`.
    pub fn title(&self, lang: Language) -> String {
        self.title_in(lang, Form::Plain)
    }

    /// [`Ask::title`] with every data string (risk ids and threats, approvers, level names, partners,
    /// incidents, areas) set as a bidi isolate: the form the page shows.
    pub fn title_isolated(&self, lang: Language) -> String {
        self.title_in(lang, Form::Isolated)
    }

    /// The title in `lang`, its data strings set in `form`.
    pub fn title_in(&self, lang: Language, form: Form) -> String {
        let ja = lang == Language::Ja;
        match self {
            Ask::ApproveResidualRisk {
                risk,
                threat,
                level,
                approval,
                approver,
                approved_on,
                approved_level,
                expires_on,
                capped,
                expected_loss_yen,
            } => {
                let risk = form.data(risk);
                let t = form.data(threat.get(lang));
                let lv = form.data(level.get(lang));
                let loss = yen(*expected_loss_yen, lang);
                let exp = expires_on.map(|d| d.to_string()).unwrap_or_default();
                let on = approved_on.map(|d| d.to_string()).unwrap_or_default();
                let who = approver.as_deref().map(|a| form.data(a)).unwrap_or_default();
                let was = approved_level.as_ref().map(|l| form.data(l.get(lang))).unwrap_or_default();
                let cap = match (ja, capped) {
                    (_, false) => String::new(),
                    (true, true) => "（承認の有効期間の上限による）".to_owned(),
                    (false, true) => " (the validity cap)".to_owned(),
                };
                match (ja, approval) {
                    (true, ApprovalState::Missing) => {
                        format!(
                            "残留リスク {risk}「{t}」（{lv}、想定年間損失 {loss}）の受容を承認するか、追加対策を指示する"
                        )
                    }
                    (true, ApprovalState::NotByBoard) => format!(
                        "残留リスク {risk}「{t}」（{lv}、想定年間損失 {loss}）は {who} の承認のみで経営層の承認がない: 受容を承認するか、追加対策を指示する"
                    ),
                    (true, ApprovalState::Worsened) => format!(
                        "残留リスク {risk}「{t}」が承認時（{on}、{was}）より悪化し {lv}（想定年間損失 {loss}）: 再承認または追加対策"
                    ),
                    (true, ApprovalState::Expired) => {
                        format!(
                            "残留リスク {risk}「{t}」（{lv}、想定年間損失 {loss}）の承認が {exp}{cap} で失効: 再承認または追加対策"
                        )
                    }
                    (true, _) => {
                        format!("残留リスク {risk}「{t}」（{lv}）の承認が {exp}{cap} に期限: 更新の要否を判断")
                    }
                    (false, ApprovalState::Missing) => {
                        format!(
                            "Accept residual risk {risk} \"{t}\" ({lv}, expected loss {loss}/year) or direct further treatment"
                        )
                    }
                    (false, ApprovalState::NotByBoard) => format!(
                        "Residual risk {risk} \"{t}\" ({lv}, expected loss {loss}/year) is accepted only by {who}, not the board: accept it or direct further treatment"
                    ),
                    (false, ApprovalState::Worsened) => format!(
                        "Residual risk {risk} \"{t}\" worsened to {lv} (expected loss {loss}/year) since its approval at {was} on {on}: re-approve or treat"
                    ),
                    (false, ApprovalState::Expired) => format!(
                        "Approval of residual risk {risk} \"{t}\" ({lv}, expected loss {loss}/year) lapsed after {exp}{cap}: re-approve or treat"
                    ),
                    (false, _) => {
                        format!("Approval of residual risk {risk} \"{t}\" ({lv}) expires on {exp}{cap}: renew or not")
                    }
                }
            }
            Ask::DecideToleranceRaise { on, from, to, body } => {
                let who = body.label(lang);
                let (from, to) = (&Text::new(form.data(&from.ja), form.data(&from.en)), &Text::new(form.data(&to.ja), form.data(&to.en)));
                if ja {
                    format!(
                        "{on} に {who} が許容レベルを {} から {} に引き上げた: 取締役会として引き上げるか判断する（4-2）",
                        from.ja, to.ja
                    )
                } else {
                    format!(
                        "The {who} raised the tolerance from {} to {} on {on}: decide as the board whether to raise it (4-2)",
                        from.en, to.en
                    )
                }
            }
            Ask::ConfirmOwnTolerances { risks, ids, board } => {
                let more = risks.saturating_sub(ids.len());
                let ids: Vec<String> = ids.iter().map(|i| form.data(i)).collect();
                let list = ids.join(if ja { "、" } else { ", " });
                let board = &Text::new(form.data(&board.ja), form.data(&board.en));
                match (ja, more) {
                    (true, 0) => format!(
                        "リスク {list} が取締役会の許容レベル（{}）より高い個別の許容レベルを設定: 取締役会として認めるか取り下げさせる",
                        board.ja
                    ),
                    (true, _) => format!(
                        "リスク {list} ほか {more} 件が取締役会の許容レベル（{}）より高い個別の許容レベルを設定: 取締役会として認めるか取り下げさせる",
                        board.ja
                    ),
                    (false, 0) => format!(
                        "Risk(s) {list} set their own tolerance above the board's ({}): confirm as a board decision or withdraw",
                        board.en
                    ),
                    (false, _) => format!(
                        "Risks {list} and {more} more set their own tolerance above the board's ({}): confirm as a board decision or withdraw",
                        board.en
                    ),
                }
            }
            Ask::KpiOffTrack { kpi, name, value, target, percent } => {
                let f = |x: f64| figure(x, *percent);
                let note = super::off_track_note(*kpi, *value, *target, lang);
                if ja {
                    format!(
                        "KPI「{}」が目標未達（実績 {} / 目標 {}）{note}: 対策を指示する",
                        name.ja,
                        f(*value),
                        f(*target)
                    )
                } else {
                    format!("KPI \"{}\" off track ({} against {}){note}: direct action", name.en, f(*value), f(*target))
                }
            }
            Ask::KpiAtRisk { name, value, target, percent, running, .. } => {
                let f = |x: f64| figure(x, *percent);
                match (ja, running) {
                    (true, false) => format!(
                        "KPI「{}」が目標を下回っています（実績 {} / 目標 {}）: 状況を確認する",
                        name.ja,
                        f(*value),
                        f(*target)
                    ),
                    (true, true) => format!(
                        "KPI「{}」が2四半期続けて目標未達（実績 {} / 目標 {}）: 対策を指示する",
                        name.ja,
                        f(*value),
                        f(*target)
                    ),
                    (false, false) => format!(
                        "KPI \"{}\" below target ({} against {}): note and follow up",
                        name.en,
                        f(*value),
                        f(*target)
                    ),
                    (false, true) => format!(
                        "KPI \"{}\" below target two quarters running ({} against {}): direct action",
                        name.en,
                        f(*value),
                        f(*target)
                    ),
                }
            }
            Ask::ConfirmLoweredTargets { check_items } => {
                let list: Vec<String> = check_items.iter().map(|c| format!("{} {} → {}", c.id, c.from, c.to)).collect();
                let list = join(&list, lang);
                if ja {
                    format!("引き下げられたチェック項目の目標（{list}）を承認するか、元に戻すよう指示する")
                } else {
                    format!("Confirm the lowered check-item targets ({list}) or have them restored")
                }
            }
            Ask::ApproveBudget => {
                if ja {
                    "セキュリティ予算を承認する".into()
                } else {
                    "Approve the security budget".into()
                }
            }
            Ask::PreventRecurrence { incident, impact, follow_ups } => {
                let incident = form.data(incident);
                let class = impact.label(lang);
                match (ja, follow_ups) {
                    (true, 0) => format!("重大インシデント {incident}（{class}）の原因究明と再発防止策を指示する"),
                    (true, n) => format!("重大インシデント {incident}（{class}）の再発防止策 {n} 件を確認する"),
                    (false, 0) => format!(
                        "Direct root-cause analysis and recurrence prevention for serious incident {incident} ({class})"
                    ),
                    (false, n) => {
                        format!("Confirm the {n} recurrence prevention action(s) for serious incident {incident} ({class})")
                    }
                }
            }
            Ask::DecideDisclosure { incident, impact, lag_days } => {
                let incident = form.data(incident);
                let class = impact.label(lang);
                match (ja, lag_days) {
                    (true, Some(n)) => format!(
                        "重大インシデント {incident}（{class}、経営者への報告まで {n} 日）の公表・関係機関への報告を判断する"
                    ),
                    (true, None) => format!(
                        "重大インシデント {incident}（{class}、経営者へ未報告）の報告を受け、公表・関係機関への報告を判断する"
                    ),
                    (false, Some(n)) => format!(
                        "Decide the disclosure and reporting of serious incident {incident} ({class}; reached the executive after {n} day(s))"
                    ),
                    (false, None) => format!(
                        "Have serious incident {incident} ({class}) reported to the executive, and decide its disclosure and reporting"
                    ),
                }
            }
            Ask::EstablishCsirt => {
                if ja {
                    "CSIRT 等のインシデント対応チームを設置する".into()
                } else {
                    "Establish an incident response team (CSIRT)".into()
                }
            }
            Ask::GrantCsirtAuthority { disconnect, stop_services } => {
                let what = match (ja, disconnect, stop_services) {
                    (true, true, true) => "ネットワークの遮断とサービスの停止",
                    (true, true, false) => "ネットワークの遮断",
                    (true, _, _) => "サービスの停止",
                    (false, true, true) => "disconnect networks and stop services",
                    (false, true, false) => "disconnect networks",
                    (false, _, _) => "stop services",
                };
                if ja {
                    format!("攻撃を受けた際に{what}を判断する権限を CSIRT（または CISO）に与える")
                } else {
                    format!("Grant the CSIRT (or the CISO) the authority to {what} when attacked")
                }
            }
            Ask::HoldDrill { last, since } => {
                if ja {
                    format!("インシデント対応訓練・演習を実施させる（{}）", when(*last, *since, lang))
                } else {
                    format!("Have an incident response drill held ({})", when(*last, *since, lang))
                }
            }
            Ask::CreateDocument { document } => {
                if ja {
                    format!("{}を整備させる", document.name().ja)
                } else {
                    format!("Have the {} drawn up", document.name().en.to_lowercase())
                }
            }
            Ask::ApproveDocument { document } => {
                if ja {
                    format!("{}を CISO 等に承認させる", document.name().ja)
                } else {
                    format!("Have the {} approved (by the CISO or equivalent)", document.name().en.to_lowercase())
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
                let area = &Text::new(form.data(&area.ja), form.data(&area.en));
                if ja {
                    format!("「{}」の PDCA を見直させる（期限超過 {days_overdue} 日）", area.ja)
                } else {
                    format!("Have the PDCA cycle of \"{}\" reviewed ({days_overdue} days overdue)", area.en)
                }
            }
            Ask::CheckPdca { area } => {
                if ja {
                    format!("「{}」の PDCA を、まず現状の対策の確認（Check）から始めさせる", area.ja)
                } else {
                    format!("Have the PDCA of \"{}\" start by checking the current measures", area.en)
                }
            }
            Ask::ScheduleProgressReports { count } => {
                if ja {
                    format!("CISO からの進捗報告を年2〜4回受ける日程を定める（直近12か月は {count} 回）")
                } else {
                    format!("Schedule 2 to 4 progress reports a year from the CISO ({count} in the last 12 months)")
                }
            }
            Ask::ReportMonthly { months } => {
                if ja {
                    format!(
                        "経営者への報告が途絶えた月が {} か月あります（{}）: 月1回程度の報告を指示する",
                        months.len(),
                        super::join(months, lang)
                    )
                } else {
                    format!(
                        "{} months without any report to the executive ({}): direct a report about monthly",
                        months.len(),
                        super::join(months, lang)
                    )
                }
            }
            Ask::IncludeInStatutoryAudit { last } => match (ja, last) {
                (true, Some(d)) => format!("監査役の監査の対象にサイバーセキュリティリスク管理体制を含めるよう依頼する（前回 {d}）"),
                (true, None) => "監査役の監査の対象にサイバーセキュリティリスク管理体制を含めるよう依頼する（記録なし）".into(),
                (false, Some(d)) => format!(
                    "Ask the statutory auditors to include the cyber-security risk management system in their audit (last on {d})"
                ),
                (false, None) => "Ask the statutory auditors to include the cyber-security risk management system in their audit (none on record)".into(),
            },
            Ask::CommissionAudit { last, since } => {
                if ja {
                    format!(
                        "サイバーセキュリティの外部監査（困難な場合は担当外の者による内部監査）を実施させる（{}）",
                        when(*last, *since, lang)
                    )
                } else {
                    format!(
                        "Commission an external cyber-security audit (or, where that is difficult, an internal one by people outside the security organisation) ({})",
                        when(*last, *since, lang)
                    )
                }
            }
            Ask::CommissionSecurityTest { last, since } => {
                if ja {
                    format!("脆弱性診断またはペネトレーションテストを実施させる（{}）", when(*last, *since, lang))
                } else {
                    format!("Commission a vulnerability assessment or penetration test ({})", when(*last, *since, lang))
                }
            }
            Ask::PartnerBelowRequired { partner_id, partner, maturity, required } => {
                let (partner_id, partner) = (form.data(partner_id), form.data(partner));
                let partner = if ja { format!("{partner}（{partner_id}）") } else { format!("{partner} ({partner_id})") };
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
            Ask::AssessPartner { partner_id, partner } => {
                let (partner_id, partner) = (form.data(partner_id), form.data(partner));
                if ja {
                    format!("{partner}（{partner_id}）の対策状況を評価させる（未評価）")
                } else {
                    format!("Have {partner} ({partner_id}) assessed (never assessed)")
                }
            }
            Ask::StrengthenPartnerEvidence { partner_id, partner } => {
                let (partner_id, partner) = (form.data(partner_id), form.data(partner));
                if ja {
                    format!(
                        "重要情報を扱う {partner}（{partner_id}）の対策状況を、自己点検ではなく訪問監査または第三者の監査・認証で確認させる"
                    )
                } else {
                    format!(
                        "Have {partner} ({partner_id}), which handles important information, confirmed by our own audit or a third party's audit or certification, not a self-assessment"
                    )
                }
            }
            Ask::ReviewPartner { partner_id, partner, days_overdue } => {
                let (partner_id, partner) = (form.data(partner_id), form.data(partner));
                let partner = if ja { format!("{partner}（{partner_id}）") } else { format!("{partner} ({partner_id})") };
                if ja {
                    format!("{partner} の対策状況を再評価させる（期限超過 {days_overdue} 日）")
                } else {
                    format!("Have {partner} re-assessed ({days_overdue} days overdue)")
                }
            }
            Ask::AmendContracts { partners } => {
                let list: Vec<String> = partners
                    .iter()
                    .map(|p| {
                        let (partner, id) = (form.data(&p.partner), form.data(&p.partner_id));
                        if ja { format!("{partner}（{id}）") } else { format!("{partner} ({id})") }
                    })
                    .collect();
                let n = partners.len();
                if let [only] = partners.as_slice() {
                    let clauses: Vec<String> =
                        only.missing.iter().map(|c| clause_label(*c).get(lang).to_owned()).collect();
                    let (partner, id) = (form.data(&only.partner), form.data(&only.partner_id));
                    return if ja {
                        format!("{partner}（{id}）との契約に不足条項を追加させる: {}", clauses.join("、"))
                    } else {
                        format!("Have the contract with {partner} ({id}) amended to add: {}", clauses.join(", "))
                    };
                }
                if ja {
                    format!(
                        "委託契約の条項（7項目）が不足する {n} 社の契約を見直させる: {}",
                        names(&list, NAMES_SHOWN, lang, Form::Plain)
                    )
                } else {
                    format!(
                        "Have the contracts of {n} partners lacking some of the 7 clauses amended: {}",
                        names(&list, NAMES_SHOWN, lang, Form::Plain)
                    )
                }
            }
            Ask::FurtherDecisions { count } => {
                if ja {
                    format!("ほかの判断事項 {count} 件（緊急度の低い順に一覧を参照）")
                } else {
                    format!("{count} further decisions of lower urgency (see the list)")
                }
            }
            Ask::ChaseFollowUps { actions } => {
                if ja {
                    format!("期限を過ぎた再発防止策・改善事項 {actions} 件の完了を指示する")
                } else {
                    format!("Direct completion of {actions} follow-up action(s) past due")
                }
            }
            Ask::AddressEscalationBreaches { incidents, severe } => {
                let list = join(incidents, lang);
                match (ja, severe) {
                    (true, true) => format!(
                        "エスカレーション基準どおりに経営者へ報告されなかったインシデント（深刻を含む）の原因を確認し、報告体制の是正を指示する: {list}"
                    ),
                    (true, false) => format!(
                        "エスカレーション基準どおりに経営者へ報告されなかったインシデントの原因を確認し、報告体制の是正を指示する: {list}"
                    ),
                    (false, true) => format!(
                        "Find out why incidents (a severe one among them) missed the escalation rule, and direct the reporting line to be fixed: {list}"
                    ),
                    (false, false) => format!(
                        "Find out why incidents missed the escalation rule, and direct the reporting line to be fixed: {list}"
                    ),
                }
            }
            Ask::NotifyRegulator { incident } => {
                if ja {
                    format!("個人情報の漏えいを伴う深刻なインシデント {incident} の所管官庁への報告を指示する（報告の記録がありません）")
                } else {
                    format!("Direct the report of severe incident {incident} (a personal-data leak) to the regulator (none on record)")
                }
            }

            Ask::ApprovePolicy { body: None } => {
                if ja {
                    "セキュリティポリシーを承認する".to_owned()
                } else {
                    "Approve the security policy".to_owned()
                }
            }
            Ask::ApprovePolicy { body: Some(b) } => {
                if ja {
                    format!("{}が承認したセキュリティポリシーを経営者として承認する", b.label(lang))
                } else {
                    format!("Approve as the executive the security policy approved by the {}", b.label(lang))
                }
            }
            Ask::ReviewPolicy { due } => {
                if ja {
                    format!("見直し期限（{due}）を過ぎたセキュリティポリシーを見直させる")
                } else {
                    format!("Have the security policy reviewed (due {due})")
                }
            }
            Ask::ApprovePlan => {
                if ja { "実施計画を承認する".to_owned() } else { "Approve the implementation plan".to_owned() }
            }
            Ask::AppointCiso => {
                if ja { "CISO 等を任命する".to_owned() } else { "Appoint a CISO".to_owned() }
            }
            Ask::DirectiveOverdue { id, text, owner, due, days_overdue } => {
                if ja {
                    format!("期限（{due}）を {days_overdue} 日過ぎた指示 {id}「{text}」（{owner}）の扱いを決める")
                } else {
                    format!("Decide on directive {id} \"{text}\" ({owner}), {days_overdue} day(s) past its due date {due}")
                }
            }
            Ask::ChaseActions { actions, above_tolerance } => {
                let above = match (ja, *above_tolerance) {
                    (_, 0) => String::new(),
                    (true, k) => format!("（うち許容レベル超過のリスクに対するもの {k} 件）"),
                    (false, k) => format!(" ({k} on risks above tolerance)"),
                };
                if ja {
                    format!("期限を過ぎた対応計画のアクション {actions} 件{above}の完了を指示する")
                } else {
                    format!("Direct completion of {actions} treatment action(s) past due{above}")
                }
            }

            Ask::PatchCriticals { count, target_days, longest_days, .. } => {
                if ja {
                    format!(
                        "目標 {target_days} 日を過ぎて未対処の緊急の脆弱性 {count} 件（最長 {longest_days} 日）の対処を指示する"
                    )
                } else {
                    format!(
                        "Direct the patching of {count} critical vulnerability(ies) open beyond the {target_days}-day target (longest {longest_days} days)"
                    )
                }
            }
            Ask::ReplaceUnsupportedSystems { systems, unplanned } => {
                let systems: Vec<String> = systems.iter().map(|s| form.data(s)).collect();
                let list = super::join(&systems, lang);
                if ja {
                    if *unplanned > 0 {
                        format!("サポートが終了したシステム（{list}）の更改または隔離を決定する")
                    } else {
                        format!("サポートが終了したシステム（{list}）の更改計画を確認する")
                    }
                } else if *unplanned > 0 {
                    format!("Decide the replacement or isolation of systems past end of support ({list})")
                } else {
                    format!("Confirm the replacement plan of systems past end of support ({list})")
                }
            }
        }
    }
}
