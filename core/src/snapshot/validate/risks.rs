//! Assets and risks (3-1, 3-3, 3-4): unique ids, CIA ratings 1–3, ratings on the matrix, tolerances
//! that name a level, and approvals that expire after they were given.

use foldhash::HashSet;

use super::quarters::Scope;
use super::{Checker, LazyPath};
use crate::snapshot::Risk;
use crate::snapshot::problem::Rule;
use crate::vocabulary::Term;

impl Checker {
    /// Assets; returns their ids for the risks to name.
    pub(super) fn assets<'a>(&mut self, at: &Scope<'a>) -> HashSet<&'a str> {
        let Scope { base, record: q, groups, .. } = *at;
        let assets = self.unique(&format!("{base}.assets"), q.assets.iter().map(|a| a.id.as_str()));
        for (i, a) in q.assets.iter().enumerate() {
            // The path is written only for a problem (a quarter can hold thousands of assets).
            let p = || format!("{base}.assets[{i}]");
            self.text(|| format!("{}.name", p()), &a.name);
            for (key, v) in
                [("confidentiality", a.confidentiality), ("integrity", a.integrity), ("availability", a.availability)]
            {
                self.range_u(|| format!("{}.{key}", p()), v.into(), 1, 3);
            }
            if let Some(c) = &a.company {
                self.reference(|| format!("{}.company", p()), c, groups, "a group company", "グループ企業");
            }
        }
        assets
    }

    /// Risks, each naming an asset of this quarter.
    pub(super) fn risks(&mut self, at: &Scope<'_>, assets: &HashSet<&str>) {
        let Scope { base, record: q, .. } = *at;
        self.unique(&format!("{base}.risks"), q.risks.iter().map(|r| r.id.as_str()));
        for (i, r) in q.risks.iter().enumerate() {
            // The path is written only for a problem (a register can hold tens of thousands of risks).
            self.risk(at, &LazyPath(|| format!("{base}.risks[{i}]")), r, assets);
        }
    }

    /// One risk at `p`.
    fn risk(&mut self, at: &Scope<'_>, p: &LazyPath<impl Fn() -> String>, r: &Risk, assets: &HashSet<&str>) {
        let Scope { matrix: m, levels, reference, .. } = *at;
        let (nl, ni) = (m.likelihood.len() as u64, m.impact.len() as u64);
        self.reference(|| format!("{p}.asset"), &r.asset, assets, "an asset of this quarter", "資産（この四半期）");
        self.text(|| format!("{p}.threat"), &r.threat);
        self.text(|| format!("{p}.owner"), &r.owner);
        for (key, rating) in [("inherent", r.inherent), ("residual", r.residual)] {
            self.range_u(|| format!("{p}.{key}.likelihood"), rating.likelihood.into(), 1, nl);
            self.range_u(|| format!("{p}.{key}.impact"), rating.impact.into(), 1, ni);
        }
        if let Some(tol) = &r.tolerance
            && !levels.is_empty()
        {
            self.reference(|| format!("{p}.tolerance"), tol, levels, "a risk level of the matrix", "リスクレベル");
        }
        if let Some(a) = &r.approval {
            self.text(|| format!("{p}.approval.approver"), &a.approver);
            if let Some(rating) = a.rating {
                self.range_u(|| format!("{p}.approval.rating.likelihood"), rating.likelihood.into(), 1, nl);
                self.range_u(|| format!("{p}.approval.rating.impact"), rating.impact.into(), 1, ni);
            }
            self.state_date(|| format!("{p}.approval.approved_on"), a.approved_on, reference);
            if a.expires_on <= a.approved_on {
                self.push(
                    format!("{p}.approval.expires_on"),
                    Rule::Date,
                    format!("{} is not after the approval date {}", a.expires_on, a.approved_on),
                    format!("{} が承認日 {} より後ではありません", a.expires_on, a.approved_on),
                );
            }
        }
        for (k, a) in r.cia.iter().enumerate() {
            if let Some(first) = r.cia[..k].iter().position(|b| b == a) {
                self.push(
                    format!("{p}.cia[{k}]"),
                    Rule::DuplicateId,
                    format!("{} is listed twice (first at cia[{first}])", a.code()),
                    format!("{} が重複しています（最初は cia[{first}]）", a.label(crate::snapshot::Language::Ja)),
                );
            }
        }
        if let Some(ins) = &r.insurance {
            self.text(|| format!("{p}.insurance.policy"), &ins.policy);
        }
        for (key, f) in
            [("annual_frequency", r.annual_frequency), ("inherent_annual_frequency", r.inherent_annual_frequency)]
        {
            if let Some(f) = f {
                self.range_f(|| format!("{p}.{key}"), f, 0.0, 1000.0);
            }
        }
    }
}
