//! The partners view's tallies by kind, from core's per-partner standings (`csm_core::partners`), and
//! each partner's service from the record. Pure and unit-tested.

use csm_core::partners::{PartnerStatus, Partners};
use csm_core::period::Period;
use csm_core::snapshot::PartnerKind;

/// Every partner kind, in display order.
pub const KINDS: [PartnerKind; 4] =
    [PartnerKind::GroupCompany, PartnerKind::Supplier, PartnerKind::Outsourcer, PartnerKind::Cloud];

/// The partners of one kind, tallied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindTally {
    /// The kind.
    pub kind: PartnerKind,
    /// Important item 5 or 7.
    pub item: u8,
    /// Partners of the kind.
    pub total: usize,
    /// Of which handling sensitive data.
    pub sensitive: usize,
    /// Assessed, next review not yet due.
    pub assessed_in_time: usize,
    /// Assessed below the required maturity.
    pub below_required: usize,
    /// Never assessed.
    pub never_assessed: usize,
    /// Review overdue.
    pub overdue: usize,
    /// Contract lacking a clause of 5-1.
    pub missing_clauses: usize,
}

/// One tally per kind that has partners, in [`KINDS`] order.
pub fn by_kind(partners: &Partners) -> Vec<KindTally> {
    KINDS
        .iter()
        .filter_map(|&kind| {
            let mine: Vec<&PartnerStatus> = partners.partners.iter().filter(|p| p.kind == kind).collect();
            let n = |f: fn(&PartnerStatus) -> bool| mine.iter().filter(|p| f(p)).count();
            let first = mine.first()?;
            Some(KindTally {
                kind,
                item: first.item,
                total: mine.len(),
                sensitive: n(|p| p.sensitive),
                assessed_in_time: n(|p| p.assessed_in_time),
                below_required: n(|p| p.below_required == Some(true)),
                never_assessed: n(|p| p.maturity.is_none()),
                overdue: n(|p| p.review_overdue),
                missing_clauses: n(|p| !p.missing_clauses.is_empty()),
            })
        })
        .collect()
}

/// What each partner does for the organisation, by partner (core's order), from the record.
pub fn services(period: &Period<'_>, partners: &Partners) -> Vec<String> {
    let record = &period.record().partners;
    partners
        .partners
        .iter()
        .map(|s| record.iter().find(|p| p.id == s.id).map(|p| p.service.clone()).unwrap_or_default())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use csm_core::{partners, snapshot};

    const SAMPLE: &[u8] = include_bytes!("../../../../samples/b-company.json");

    #[test]
    fn tallies_add_up_to_core_counts() {
        let s = snapshot::load(SAMPLE).unwrap();
        let period = Period::latest(&s).unwrap();
        let p = partners::partners(&period);
        let t = by_kind(&p);
        assert!(!t.is_empty());
        let sum = |f: fn(&KindTally) -> usize| t.iter().map(f).sum::<usize>();
        assert_eq!(sum(|k| k.total), p.total);
        assert_eq!(sum(|k| k.sensitive), p.sensitive);
        assert_eq!(sum(|k| k.assessed_in_time), p.assessed_in_time.total);
        assert_eq!(sum(|k| k.below_required), p.below_required.len());
        assert_eq!(sum(|k| k.never_assessed), p.never_assessed.len());
        assert_eq!(sum(|k| k.overdue), p.overdue.len());
        assert_eq!(sum(|k| k.missing_clauses), p.missing_clauses.len());
        for k in &t {
            assert_eq!(k.item, partners::item_of(k.kind));
        }
        // In KINDS order, without empty kinds.
        let order: Vec<usize> = t.iter().map(|k| KINDS.iter().position(|x| *x == k.kind).unwrap()).collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]));
        let svc = services(&period, &p);
        assert_eq!(svc.len(), p.partners.len());
        assert!(svc.iter().all(|s| !s.is_empty()));
    }
}
