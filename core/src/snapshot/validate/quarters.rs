//! The list of quarters, strictly increasing and none starting after `as_of`, and the sections of each
//! quarter in the order of the record's fields.

use foldhash::HashSet;

use super::{Checker, Seen};
use crate::calendar::{Date, Quarter};
use crate::snapshot::problem::Rule;
use crate::snapshot::{QuarterRecord, RiskMatrix, Snapshot};

impl Checker {
    pub(super) fn quarters(&mut self, s: &Snapshot, levels: &[String]) {
        if s.quarters.is_empty() {
            self.push(
                "quarters",
                Rule::Incomplete,
                "an export needs at least one quarter".into(),
                "四半期が1つ以上必要です".into(),
            );
        }
        let level_set: HashSet<String> = levels.iter().cloned().collect();
        let groups: HashSet<String> = s.organisation.group_companies.iter().map(|g| g.id.clone()).collect();
        let mut seen = Seen::default();
        let mut prev: Option<Quarter> = None;
        for (i, q) in s.quarters.iter().enumerate() {
            let base = format!("quarters[{i}]");
            self.order(&base, q, prev, s.as_of);
            prev = Some(q.quarter);
            let reference = q.quarter.end().min(s.as_of);
            let at = Scope {
                base: &base,
                record: q,
                quarter: q.quarter,
                as_of: s.as_of,
                reference,
                matrix: &s.risk_matrix,
                levels: &level_set,
                groups: &groups,
            };
            self.quarter(&at, &mut seen);
        }
    }

    /// The quarter comes after `prev` and starts by `as_of`.
    fn order(&mut self, base: &str, q: &QuarterRecord, prev: Option<Quarter>, as_of: Date) {
        if let Some(p) = prev.filter(|p| q.quarter <= *p) {
            self.push(
                format!("{base}.quarter"),
                Rule::Order,
                format!(
                    "{} does not come after the previous quarter {p}; quarters must be strictly increasing",
                    q.quarter
                ),
                format!("{} が前の四半期 {p} より後ではありません。四半期は古い順に重複なく並べてください", q.quarter),
            );
        }
        if q.quarter.start() > as_of {
            self.push(
                format!("{base}.quarter"),
                Rule::Order,
                format!("{} starts after the export's as_of date {}", q.quarter, as_of),
                format!("{} は基準日 as_of（{}）より後に始まります", q.quarter, as_of),
            );
        }
    }

    /// Every section of one quarter, in the order of the record's fields.
    fn quarter(&mut self, at: &Scope<'_>, seen: &mut Seen) {
        self.checksheet(at);
        self.kpi_targets(at);
        self.budget(at);
        self.workforce(at);
        self.trainings(at, seen);
        self.tests(at, seen);
        self.incidents(at, seen);
        self.assessments(at, seen);
        self.audits(at, seen);
        self.findings(at, seen);
        let assets = self.assets(at);
        self.risks(at, &assets);
        self.pdca(at);
        self.reports(at);
        self.partners(at);
        self.information_sharing(at, seen);
        self.emergency(at, seen);
        self.disclosure(at, seen);
        self.governance(at);
        self.board_decisions(at, seen);
        self.directives(at, seen);
        self.actions(at, seen);
        self.vulnerabilities(at);
        self.business_impact(at);
    }
}

/// One quarter being checked, and what its checks need from the rest of the export.
#[derive(Clone, Copy)]
pub(super) struct Scope<'a> {
    /// JSON path of the record, `quarters[7]`.
    pub base: &'a str,
    /// The record.
    pub record: &'a QuarterRecord,
    /// Its quarter.
    pub quarter: Quarter,
    /// The export's `as_of`.
    pub as_of: Date,
    /// The earlier of the quarter's end and `as_of`.
    pub reference: Date,
    /// The export's risk matrix.
    pub matrix: &'a RiskMatrix,
    /// The matrix's level ids (empty if the matrix is unusable).
    pub levels: &'a HashSet<String>,
    /// The group companies' ids.
    pub groups: &'a HashSet<String>,
}
