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
        let ask = match (&self.ask, ja) {
            (Ask::ApproveResidualRisk { approval: ApprovalState::Expiring, .. }, true) => {
                format!("承認が期限を迎える許容レベル超の残留リスク {n} 件: 更新の要否を判断")
            }
            (Ask::ApproveResidualRisk { approval: ApprovalState::Expiring, .. }, false) => {
                format!("Approvals of {n} residual risks above tolerance expire: renew or not")
            }
            (Ask::ApproveResidualRisk { .. }, true) => {
                format!("有効な承認のない許容レベル超の残留リスク {n} 件の受容を承認するか、追加対策を指示する")
            }
            (Ask::ApproveResidualRisk { .. }, false) => {
                format!("Accept {n} residual risks above tolerance without valid approval, or direct further treatment")
            }
            (Ask::PartnerBelowRequired { .. }, true) => {
                format!("要求水準に満たない委託先 {n} 社の改善を求めるか、取引を見直す")
            }
            (Ask::PartnerBelowRequired { .. }, false) => {
                format!("Require {n} partners below their required maturity to improve, or reconsider them")
            }
            (Ask::AssessPartner { .. }, true) => format!("未評価の委託先 {n} 社の対策状況を評価させる"),
            (Ask::AssessPartner { .. }, false) => format!("Have {n} partners assessed (never assessed)"),
            (Ask::ReviewPartner { .. }, true) => format!("再評価の期限を過ぎた委託先 {n} 社を再評価させる"),
            (Ask::ReviewPartner { .. }, false) => format!("Have {n} partners past their review date re-assessed"),
            (Ask::KpiOffTrack { .. }, true) => format!("目標未達の KPI {n} 件について対策を指示する"),
            (Ask::KpiOffTrack { .. }, false) => format!("Direct action on {n} off-track KPIs"),
            (Ask::CreateDocument { .. }, true) => format!("未整備の文書 {n} 件を整備させる"),
            (Ask::CreateDocument { .. }, false) => format!("Have {n} missing documents drawn up"),
            (Ask::ReviewDocument { .. }, true) => format!("見直し期限を過ぎた文書 {n} 件を見直させる"),
            (Ask::ReviewDocument { .. }, false) => format!("Have {n} documents past their review reviewed"),
            (Ask::ReviewPdca { .. }, true) => format!("見直し期限を過ぎた PDCA {n} 領域を見直させる"),
            (Ask::ReviewPdca { .. }, false) => format!("Have {n} PDCA areas past their review date reviewed"),
            (_, true) => format!("同種の判断事項 {n} 件"),
            (_, false) => format!("{n} decisions of one kind"),
        };
        format!("{ask}{worst}")
    }
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
