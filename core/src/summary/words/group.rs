//! A group of decisions of one kind, asked as one: [`Decision::title`] says how many and names the
//! worst few ([`NAMED_IN_GROUP`]); the members' own titles are one click away.

use super::{Form, join};
use crate::risk::ApprovalState;
use crate::snapshot::Language;
use crate::summary::decisions::NAMED_IN_GROUP;
use crate::summary::{Ask, Decision};
use crate::text::number;

impl Decision {
    /// The decision's title in `lang`: its ask's ([`Ask::title`]), or for a group the count of its
    /// members, what they are asked and the worst few by name.
    pub fn title(&self, lang: Language) -> String {
        self.title_in(lang, Form::Plain)
    }

    /// [`Decision::title`] with every data string set as a bidi isolate: the form the page shows.
    pub fn title_isolated(&self, lang: Language) -> String {
        self.title_in(lang, Form::Isolated)
    }

    /// The title in `lang`, its data strings set in `form`.
    pub fn title_in(&self, lang: Language, form: Form) -> String {
        if self.members.is_empty() || matches!(self.ask, Ask::FurtherDecisions { .. }) {
            return self.ask.title_in(lang, form);
        }
        let ja = lang == Language::Ja;
        let n = self.members.len();
        let named: Vec<String> =
            self.members.iter().take(NAMED_IN_GROUP).map(|m| subject(&m.ask, lang, form)).collect();
        let more = n.saturating_sub(NAMED_IN_GROUP);
        let worst = match (ja, more) {
            (true, 0) => format!("（{}）", join(&named, lang)),
            (true, _) => format!("（{} ほか {more} 件）", join(&named, lang)),
            (false, 0) => format!(" ({})", join(&named, lang)),
            (false, _) => format!(" (worst: {}; and {more} more)", named.join("; ")),
        };
        let (ask_ja, ask_en) = group_title(&self.ask, n);
        let ask = if ja { ask_ja } else { ask_en };
        format!("{ask}{worst}")
    }
}

/// The title of a group of `n` decisions of `ask`'s kind, in Japanese and English. Exhaustive: a new
/// kind of ask must say how many of it are asked as one.
fn group_title(ask: &Ask, n: usize) -> (String, String) {
    let (ja, en): (String, String) = match ask {
        Ask::ApproveResidualRisk { approval: ApprovalState::Expiring, .. } => (
            format!("承認が期限を迎える許容レベル超の残留リスク {n} 件: 更新の要否を判断"),
            format!("Approvals of {n} residual risks above tolerance expire: renew or not"),
        ),
        Ask::ApproveResidualRisk { .. } => (
            format!("有効な承認のない許容レベル超の残留リスク {n} 件の受容を承認するか、追加対策を指示する"),
            format!("Accept {n} residual risks above tolerance without valid approval, or direct further treatment"),
        ),
        Ask::ConfirmOwnTolerances { .. } => (
            format!("取締役会の許容レベルより高い個別の許容レベル {n} 件を確認する"),
            format!("Confirm {n} risk tolerances set above the board's"),
        ),
        Ask::DecideToleranceRaise { .. } => (
            format!("許容レベルの引き上げ {n} 件の可否を判断する"),
            format!("Decide on {n} raises of the risk tolerance"),
        ),
        Ask::KpiOffTrack { .. } => {
            (format!("目標未達の KPI {n} 件について対策を指示する"), format!("Direct action on {n} off-track KPIs"))
        }
        Ask::KpiAtRisk { .. } => (
            format!("目標を下回りつつある KPI {n} 件の推移を確認する"),
            format!("Follow {n} KPIs at risk of missing their target"),
        ),
        Ask::ConfirmLoweredTargets { .. } => {
            (format!("引き下げられた目標 {n} 件を確認する"), format!("Confirm {n} lowered targets"))
        }
        Ask::ApproveBudget => (format!("予算の承認 {n} 件"), format!("Approve {n} budgets")),
        Ask::EstablishCsirt => (format!("CSIRT の設置 {n} 件"), format!("Establish a CSIRT ({n})")),
        Ask::GrantCsirtAuthority { .. } => (
            format!("CSIRT（または CISO）に権限 {n} 件を与える"),
            format!("Grant the CSIRT (or the CISO) {n} authorities"),
        ),
        Ask::HoldDrill { .. } => (format!("演習の実施 {n} 件を指示する"), format!("Have {n} drills held")),
        Ask::CreateDocument { .. } => {
            (format!("未整備の文書 {n} 件を整備させる"), format!("Have {n} missing documents drawn up"))
        }
        Ask::ReviewDocument { .. } => (
            format!("見直し期限を過ぎた文書 {n} 件を見直させる"),
            format!("Have {n} documents past their review reviewed"),
        ),
        Ask::ApproveDocument { .. } => {
            (format!("承認のない文書 {n} 件を承認する"), format!("Approve {n} unapproved documents"))
        }
        Ask::ReviewPdca { .. } => (
            format!("見直し期限を過ぎた PDCA {n} 領域を見直させる"),
            format!("Have {n} PDCA areas past their review date reviewed"),
        ),
        Ask::CheckPdca { .. } => (
            format!("確認（Check）の記録がない PDCA {n} 領域の確認から始めさせる"),
            format!("Have {n} PDCA areas with no check on record start from a check"),
        ),
        Ask::ScheduleProgressReports { .. } => {
            (format!("進捗報告の予定 {n} 件を定める"), format!("Schedule {n} progress reports"))
        }
        Ask::ReportMonthly { .. } => {
            (format!("月次の状況報告 {n} 件を求める"), format!("Require {n} monthly status reports"))
        }
        Ask::CommissionAudit { .. } => (format!("監査の実施 {n} 件を指示する"), format!("Commission {n} audits")),
        Ask::CommissionSecurityTest { .. } => (
            format!("脆弱性診断・ペネトレーションテスト {n} 件の実施を指示する"),
            format!("Commission {n} vulnerability assessments or penetration tests"),
        ),
        Ask::IncludeInStatutoryAudit { .. } => (
            format!("監査役監査の対象にサイバーセキュリティ {n} 件を含める"),
            format!("Include cyber-security in {n} statutory auditor's audits"),
        ),
        Ask::PreventRecurrence { .. } => (
            format!("重大インシデント {n} 件の再発防止策を指示する"),
            format!("Direct recurrence prevention for {n} serious incidents"),
        ),
        Ask::DecideDisclosure { .. } => (
            format!("重大インシデント {n} 件の公表の要否を判断する"),
            format!("Decide on the disclosure of {n} serious incidents"),
        ),
        Ask::AddressEscalationBreaches { .. } => (
            format!("経営者への報告が遅れたインシデント {n} 件への対応を指示する"),
            format!("Address {n} incidents reported to the executive too late"),
        ),
        Ask::NotifyRegulator { .. } => (
            format!("個人情報保護委員会等への報告 {n} 件を指示する"),
            format!("Have the regulator notified of {n} incidents"),
        ),
        Ask::PartnerBelowRequired { .. } => (
            format!("要求水準に満たない委託先 {n} 社の改善を求めるか、取引を見直す"),
            format!("Require {n} partners below their required maturity to improve, or reconsider them"),
        ),
        Ask::AssessPartner { .. } => (
            format!("未評価の委託先 {n} 社の対策状況を評価させる"),
            format!("Have {n} partners assessed (never assessed)"),
        ),
        Ask::StrengthenPartnerEvidence { .. } => (
            format!("自己申告のみの委託先 {n} 社に第三者の確認を求める"),
            format!("Require third-party evidence from {n} partners confirmed by self-report only"),
        ),
        Ask::ReviewPartner { .. } => (
            format!("再評価の期限を過ぎた委託先 {n} 社を再評価させる"),
            format!("Have {n} partners past their review date re-assessed"),
        ),
        Ask::AmendContracts { .. } => {
            (format!("委託契約 {n} 件の条項を見直させる"), format!("Have {n} partner contracts amended"))
        }
        Ask::ChaseFollowUps { .. } => (
            format!("期限を過ぎたフォローアップ {n} 件の完了を指示する"),
            format!("Have {n} overdue follow-ups completed"),
        ),
        Ask::ChaseActions { .. } => (
            format!("期限を過ぎた対応計画 {n} 件の完了を指示する"),
            format!("Have {n} overdue treatment actions completed"),
        ),
        Ask::PatchCriticals { .. } => (
            format!("対処期限を過ぎた緊急の脆弱性 {n} 件の対処を指示する"),
            format!("Have {n} overdue critical vulnerabilities patched"),
        ),
        Ask::ReplaceUnsupportedSystems { .. } => (
            format!("サポートが終了したシステム {n} 件の更改を判断する"),
            format!("Decide on replacing {n} systems past their end of support"),
        ),
        Ask::ApprovePolicy { .. } => {
            (format!("セキュリティポリシーの承認 {n} 件"), format!("Approve {n} security policies"))
        }
        Ask::ReviewPolicy { .. } => {
            (format!("セキュリティポリシーの見直し {n} 件"), format!("Review {n} security policies"))
        }
        Ask::ApprovePlan => (format!("実施計画の承認 {n} 件"), format!("Approve {n} implementation plans")),
        Ask::AppointCiso => (format!("CISO 等の任命 {n} 件"), format!("Appoint a CISO ({n})")),
        Ask::DirectiveOverdue { .. } => (
            format!("期限を過ぎた取締役会の指示 {n} 件の扱いを判断する"),
            format!("Decide on {n} overdue board directives"),
        ),
        Ask::FurtherDecisions { .. } => (format!("その他の判断事項 {n} 件"), format!("{n} further decisions")),
    };
    (ja, en)
}

/// What one member of a group is about, briefly: the risk, partner, KPI, document or area; else its
/// whole title.
fn subject(ask: &Ask, lang: Language, form: Form) -> String {
    let ja = lang == Language::Ja;
    let d = |s: &str| form.data(s);
    match ask {
        Ask::ApproveResidualRisk { risk, threat, level, .. } => {
            if ja {
                format!("{}「{}」{}", d(risk), d(&threat.ja), d(&level.ja))
            } else {
                format!("{} \"{}\" {}", d(risk), d(&threat.en), d(&level.en))
            }
        }
        Ask::PartnerBelowRequired { partner, maturity, required, .. } => {
            let partner = d(partner);
            if ja {
                format!("{partner} {} / 要求 {}", number(*maturity, 1), number(*required, 1))
            } else {
                format!("{partner} {} against {}", number(*maturity, 1), number(*required, 1))
            }
        }
        Ask::ReviewPartner { partner, days_overdue, .. } => {
            let partner = d(partner);
            if ja {
                format!("{partner} 超過 {days_overdue} 日")
            } else {
                format!("{partner} {days_overdue} days overdue")
            }
        }
        Ask::AssessPartner { partner, .. } => d(partner),
        Ask::KpiOffTrack { name, .. } => name.get(lang).to_owned(),
        Ask::CreateDocument { document, .. } | Ask::ReviewDocument { document, .. } => {
            document.name().get(lang).to_owned()
        }
        Ask::ReviewPdca { area, .. } => d(area.get(lang)),
        other => other.title_in(lang, form),
    }
}
