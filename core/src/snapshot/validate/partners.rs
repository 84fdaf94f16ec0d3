//! Partners (5-1, 7-1): names and services, the group company of a group-company partner, maturities
//! 1–5, an assessment date for an assessed partner, an evidence kind that belongs to the evidence type,
//! clauses listed once, review dates in order, a report period in order, and outsourcing terms (7-1, 7-2)
//! only for outsourcers and cloud providers.

use foldhash::HashSet;

use super::Checker;
use super::quarters::Scope;
use crate::calendar::Date;
use crate::snapshot::problem::Rule;
use crate::snapshot::{ContractClause, Evidence, Outsourcing, Partner, PartnerKind};
use crate::vocabulary::Term;

/// `"third_party_audit"`, or `absent`.
fn shown(e: Option<Evidence>) -> String {
    e.map_or_else(|| "absent".to_owned(), |e| format!("\"{}\"", e.code()))
}

impl Checker {
    /// Partners.
    pub(super) fn partners(&mut self, at: &Scope<'_>) {
        let Scope { base, record: q, groups, reference, .. } = *at;
        self.unique(&format!("{base}.partners"), q.partners.iter().map(|x| x.id.as_str()));
        for (i, x) in q.partners.iter().enumerate() {
            self.partner(&format!("{base}.partners[{i}]"), x, groups, reference);
        }
    }

    /// One partner at `p`.
    fn partner(&mut self, p: &str, x: &Partner, groups: &HashSet<String>, reference: Date) {
        self.text(|| format!("{p}.name"), &x.name);
        self.text(|| format!("{p}.service"), &x.service);
        match (&x.group_company, x.kind) {
            (Some(g), _) => {
                self.reference(|| format!("{p}.group_company"), g, groups, "a group company", "グループ企業")
            }
            (None, PartnerKind::GroupCompany) => self.push(
                format!("{p}.group_company"),
                Rule::Missing,
                "a group-company partner must name its group company id".into(),
                "グループ企業のパートナーには group_company（グループ企業 ID）が必要です".into(),
            ),
            (None, _) => {}
        }
        if let Some(v) = x.maturity {
            self.range_f(|| format!("{p}.maturity"), v, 1.0, 5.0);
        }
        if x.last_review.is_none() && (x.maturity.is_some() || x.evidence.is_some()) {
            self.push(
                format!("{p}.last_review"),
                Rule::Missing,
                "a partner with an assessment (maturity or evidence) needs the date it was assessed".into(),
                "評価結果（成熟度・確認方法）がある場合は評価日 last_review が必要です".into(),
            );
        }
        if let Some(k) = x.evidence_kind
            && x.evidence != Some(k.evidence())
        {
            let (code, want) = (k.code(), k.evidence().code());
            self.push(
                format!("{p}.evidence_kind"),
                Rule::Range,
                format!("\"{code}\" is evidence of kind \"{want}\", but evidence is {}", shown(x.evidence)),
                format!("\"{code}\" は確認方法 \"{want}\" の根拠ですが、evidence は {} です", shown(x.evidence)),
            );
        }
        if let Some(name) = &x.evidence_name {
            self.text(|| format!("{p}.evidence_name"), name);
        }
        self.range_f(|| format!("{p}.required_maturity"), x.required_maturity, 1.0, 5.0);
        self.clauses(p, &x.clauses);
        if let Some(d) = x.last_review {
            self.state_date(|| format!("{p}.last_review"), d, reference);
            self.not_before(|| format!("{p}.next_review"), x.next_review, d, "the last review", "前回評価日");
        }
        self.evidence_period(p, x, reference);
        if let Some(o) = &x.outsourcing {
            self.outsourcing(p, x.kind, o);
        }
    }

    /// The report's period: its end not after the reference date, its start not after its end.
    fn evidence_period(&mut self, p: &str, x: &Partner, reference: Date) {
        if let Some(end) = x.evidence_period_end {
            self.state_date(|| format!("{p}.evidence_period_end"), end, reference);
            if let Some(start) = x.evidence_period_start {
                let (what, ja) = ("the period's start", "対象期間の開始日");
                self.not_before(|| format!("{p}.evidence_period_end"), end, start, what, ja);
            }
        }
    }

    /// Outsourcing terms (7-1, 7-2): only for an outsourcer or a cloud provider; the seven cloud points
    /// only for a cloud provider, each once; an availability target 0–100 %.
    fn outsourcing(&mut self, p: &str, kind: PartnerKind, o: &Outsourcing) {
        if !matches!(kind, PartnerKind::Outsourcer | PartnerKind::Cloud) {
            self.push(
                format!("{p}.outsourcing"),
                Rule::Range,
                format!("outsourcing terms apply to an outsourcer or a cloud provider, not to \"{}\"", kind.code()),
                format!("委託条件（outsourcing）は IT 委託先・クラウド事業者にのみ記録できます（\"{}\"）", kind.code()),
            );
        }
        if let Some(v) = o.availability_target_pct {
            self.range_f(|| format!("{p}.outsourcing.availability_target_pct"), v, 0.0, 100.0);
        }
        if !o.cloud_points.is_empty() && kind != PartnerKind::Cloud {
            self.push(
                format!("{p}.outsourcing.cloud_points"),
                Rule::Range,
                "the seven cloud points apply to a cloud provider only".into(),
                "クラウドの確認事項（7点）はクラウド事業者にのみ記録できます".into(),
            );
        }
        let mut seen = HashSet::default();
        for (j, c) in o.cloud_points.iter().enumerate() {
            if !seen.insert(*c) {
                self.push(
                    format!("{p}.outsourcing.cloud_points[{j}]"),
                    Rule::DuplicateId,
                    "cloud point listed twice".into(),
                    "確認事項が重複しています".into(),
                );
            }
        }
    }

    /// No clause listed twice.
    fn clauses(&mut self, p: &str, listed: &[ContractClause]) {
        let mut clauses = HashSet::default();
        for (j, cl) in listed.iter().enumerate() {
            if !clauses.insert(*cl) {
                self.push(
                    format!("{p}.clauses[{j}]"),
                    Rule::DuplicateId,
                    "clause listed twice".into(),
                    "条項が重複しています".into(),
                );
            }
        }
    }
}
