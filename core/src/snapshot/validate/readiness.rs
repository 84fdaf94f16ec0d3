//! Emergency and disclosure readiness (9, 10): reviewed documents, drills and their follow-ups, report
//! formats and publications.

use super::quarters::Scope;
use super::{Checker, Seen};
use crate::calendar::Date;
use crate::snapshot::problem::Rule;
use crate::snapshot::{DisclosureReadiness, Language, ReviewedDocument};
use crate::vocabulary::Term;

impl Checker {
    /// Contact list, response manual, drills and follow-ups.
    pub(super) fn emergency(&mut self, at: &Scope<'_>, seen: &mut Seen) {
        let Scope { base, record: q, quarter: qq, as_of, reference, .. } = *at;
        let e = &q.emergency;
        let ep = format!("{base}.emergency");
        self.document(&format!("{ep}.contact_list"), &e.contact_list, reference);
        self.document(&format!("{ep}.response_manual"), &e.response_manual, reference);
        if let Some(charter) = &e.csirt_charter {
            self.document(&format!("{ep}.csirt_charter"), charter, reference);
        }
        for (i, d) in e.drills.iter().enumerate() {
            let p = format!("{ep}.drills[{i}]");
            self.event_id(seen, || format!("{p}.id"), &d.id);
            self.event_date(|| format!("{p}.date"), d.date, qq, as_of);
            self.text(|| format!("{p}.scenario"), &d.scenario);
            seen.drills.insert(d.id.clone());
        }
        self.unique(&format!("{ep}.follow_ups"), e.follow_ups.iter().map(|f| f.id.as_str()));
        for (i, f) in e.follow_ups.iter().enumerate() {
            let p = format!("{ep}.follow_ups[{i}]");
            if !seen.drills.contains(&f.source) && !seen.incidents.contains(&f.source) {
                self.push(
                    format!("{p}.source"),
                    Rule::DanglingReference,
                    format!("\"{}\" does not name a drill or incident of this or an earlier quarter", f.source),
                    format!("\"{}\" に該当する演習・インシデント（この四半期以前）がありません", f.source),
                );
            }
            self.text(|| format!("{p}.title"), &f.title);
            if let Some(d) = f.closed_on {
                self.state_date(|| format!("{p}.closed_on"), d, reference);
            }
        }
    }

    /// Notification list, reporting rules, report formats and publications; the escalation rule, the
    /// staged plan and the incident notices.
    pub(super) fn disclosure(&mut self, at: &Scope<'_>, seen: &Seen) {
        let Scope { base, record: q, quarter: qq, as_of, reference, .. } = *at;
        let d = &q.disclosure;
        let dp = format!("{base}.disclosure");
        self.document(&format!("{dp}.notification_list"), &d.notification_list, reference);
        self.document(&format!("{dp}.executive_reporting_rules"), &d.executive_reporting_rules, reference);
        for (i, f) in d.report_formats.iter().enumerate() {
            self.text(|| format!("{dp}.report_formats[{i}]"), f);
        }
        for (i, pbl) in d.publications.iter().enumerate() {
            let p = format!("{dp}.publications[{i}]");
            self.event_date(|| format!("{p}.date"), pbl.date, qq, as_of);
            self.text(|| format!("{p}.title"), &pbl.title);
        }
        self.disclosure_plan(&dp, d);
        for (i, n) in d.notices.iter().enumerate() {
            let p = format!("{dp}.notices[{i}]");
            self.event_date(|| format!("{p}.date"), n.date, qq, as_of);
            match seen.incident_detected.get(&n.incident) {
                None => self.push(
                    format!("{p}.incident"),
                    Rule::DanglingReference,
                    format!("\"{}\" does not name an incident of this or an earlier quarter", n.incident),
                    format!("\"{}\" に該当するインシデント（この四半期以前）がありません", n.incident),
                ),
                Some(&detected) => {
                    self.not_before(|| format!("{p}.date"), n.date, detected, "the incident's detection", "検知日")
                }
            }
        }
    }

    /// The escalation limits (0..=365 days), the spokesperson, the notice template (each element once)
    /// and the staged plan: each stage once, with at least one recipient, none twice.
    fn disclosure_plan(&mut self, dp: &str, d: &DisclosureReadiness) {
        if let Some(e) = &d.escalation_days {
            for (key, v) in [("minor", e.minor), ("moderate", e.moderate), ("major", e.major), ("severe", e.severe)] {
                if let Some(v) = v {
                    self.range_u(|| format!("{dp}.escalation_days.{key}"), v.into(), 0, 365);
                }
            }
        }
        if let Some(s) = &d.spokesperson {
            self.text(|| format!("{dp}.spokesperson"), s);
        }
        for (i, e) in d.notice_template.iter().enumerate() {
            if d.notice_template[..i].contains(e) {
                self.push(
                    format!("{dp}.notice_template[{i}]"),
                    Rule::DuplicateId,
                    format!("the element \"{}\" is listed twice", e.code()),
                    format!("項目「{}」が重複しています", e.label(Language::Ja)),
                );
            }
        }
        for (i, st) in d.staged_plan.iter().enumerate() {
            let p = format!("{dp}.staged_plan[{i}]");
            if d.staged_plan[..i].iter().any(|o| o.stage == st.stage) {
                self.push(
                    format!("{p}.stage"),
                    Rule::DuplicateId,
                    format!("the stage \"{}\" is planned twice", st.stage.code()),
                    format!("段階「{}」が重複しています", st.stage.label(Language::Ja)),
                );
            }
            if st.recipients.is_empty() {
                self.push(
                    format!("{p}.recipients"),
                    Rule::Incomplete,
                    "a planned stage names at least one recipient".into(),
                    "計画した段階には通知先を1つ以上指定してください".into(),
                );
            }
            for (j, r) in st.recipients.iter().enumerate() {
                if st.recipients[..j].contains(r) {
                    self.push(
                        format!("{p}.recipients[{j}]"),
                        Rule::DuplicateId,
                        format!("the recipient \"{}\" is listed twice", r.code()),
                        format!("通知先「{}」が重複しています", r.label(Language::Ja)),
                    );
                }
            }
        }
    }

    fn document(&mut self, path: &str, d: &ReviewedDocument, reference: Date) {
        self.range_u(|| format!("{path}.review_interval_days"), d.review_interval_days.into(), 1, 1825);
        if let Some(r) = d.last_review {
            self.state_date(|| format!("{path}.last_review"), r, reference);
        }
        if !d.exists && (d.last_review.is_some() || d.approved_by.is_some()) {
            self.push(
                format!("{path}.exists"),
                Rule::Range,
                "a document that does not exist cannot have been approved or reviewed".into(),
                "存在しない文書に承認者・見直し日は設定できません".into(),
            );
        }
    }
}
