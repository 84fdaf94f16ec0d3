//! # csm-generate
//!
//! Deterministic synthetic exports of any size, for benchmarks and scale tests: a B社-like electronics
//! group (the Explanatory Book's 3,000-staff maker) with as many subsidiaries, risks and quarters as
//! asked. [`generate`] is pure — the same [`Params`] give the same [`Snapshot`], field for field and,
//! once serialised, byte for byte on every platform (one SplitMix64 stream per entity, integer
//! arithmetic, no clock) — and every export it makes passes [`csm_core::snapshot::load`].
//!
//! ```
//! use csm_generate::{Params, generate};
//!
//! let params = Params { subsidiaries: 5, risks: 200, quarters: 6, ..Params::default() };
//! let snapshot = generate(&params);
//! assert_eq!(snapshot.organisation.group_companies.len(), 5);
//! assert_eq!(snapshot.quarters.len(), 6);
//! assert_eq!(snapshot.quarters.last().unwrap().risks.len(), 200);
//! assert_eq!(snapshot.as_of.to_string(), "2026-09-30");
//!
//! let bytes = serde_json::to_vec(&snapshot).unwrap();
//! assert!(csm_core::snapshot::load(&bytes).is_ok());
//! ```
//!
//! ## What an export holds
//!
//! - **The group**: the parent (3,000 staff) and `subsidiaries` group companies with composed Japanese
//!   names (`東邦電子株式会社`, "Toho Electronics Co., Ltd.") and a skewed size distribution (8 to
//!   about 800 staff, mean about 100). Larger subsidiaries join the group-wide risk programme first; the
//!   last joins when 60 % of the period has passed.
//! - **Assets**: every kind of protected asset the Explanatory Book lists for B社 (product-user data,
//!   staff data, manufacturing parameters, patches, …) at several sites for the parent, 2 to 12 per
//!   subsidiary by size.
//! - **The risk register**: `risks` risks in the last quarter, spread over the units by asset count,
//!   each with an inherent rating on a 5 × 5 matrix, a treatment, and a residual rating that moves:
//!   treatments lower it a few quarters after registration, three threat waves raise the likelihood of
//!   exposed systems. About 4 % more risks were registered and later retired. Risks above tolerance
//!   that are retained or transferred get a yearly board approval, some of which lapse.
//! - **Each quarter**: the 32-item check sheet (maturity rising, with occasional one-quarter dips), KPI
//!   targets, the fiscal year's budget, head-count, trainings and tests, incidents (falling) and
//!   near-misses (rising), rolling risk assessments, audits, findings and follow-ups open until closed,
//!   PDCA cycles (shortening over time, some stalled), reports to the board, partners reviewed yearly
//!   (some overdue), information sharing, the CSIRT growing from none to dedicated, and disclosure
//!   readiness.
//!
//! ## How the register is kept to a realistic size
//!
//! Carrying the whole register in every quarter would make the flagship export (300 subsidiaries,
//! 20,000 risks, 40 quarters) hundreds of megabytes. Instead, the last
//! [`Params::full_register_quarters`] quarters (default 2: the quarter the board looks at and the one
//! before it, so every movement is visible) carry the whole register and the whole asset inventory;
//! older quarters carry the register as a board archive keeps it: only the risks whose residual rating
//! was above their tolerance that quarter, and the assets those risks name. Counts of risks above
//! tolerance are therefore comparable over the whole period; total register size only over the full
//! quarters. The flagship export is about 26 MB of compact JSON: 14 MB for the two full registers
//! (about 350 bytes a risk), 4.4 MB for 40 quarters of partner lists (up to about 390 partners), 3 MB
//! for the archived registers (100 to 240 risks a quarter), the rest for assets, findings and events. It
//! is generated in well under a second in a release build.
#![deny(missing_docs)]

mod activity;
mod group;
mod names;
mod register;
mod rng;
mod state;
mod timeline;

use csm_core::calendar::Quarter;
use csm_core::snapshot::{FORMAT, InformationSharing, Language, Organisation, QuarterRecord, Snapshot};

use crate::rng::Rng;
use crate::timeline::Timeline;

/// What to generate. [`Params::default`] is the flagship: 300 subsidiaries, 20,000 risks, 40 quarters
/// ending 2026Q3, seed 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Params {
    /// Group companies besides the parent.
    pub subsidiaries: u32,
    /// Risks in the register at the last quarter.
    pub risks: u32,
    /// Quarters in the export (at least 1; fewer if the calendar's first quarter, 1900Q1, comes first).
    pub quarters: u32,
    /// The seed: different seeds give different groups, registers and histories.
    pub seed: u64,
    /// The last quarter; `as_of` is its last day.
    pub last_quarter: Quarter,
    /// How many of the latest quarters carry the whole register (at least 1); older ones carry only the
    /// risks above tolerance.
    pub full_register_quarters: u32,
}

impl Default for Params {
    fn default() -> Params {
        Params {
            subsidiaries: 300,
            risks: 20_000,
            quarters: 40,
            seed: 1,
            last_quarter: match Quarter::new(2026, 3) {
                Some(q) => q,
                None => unreachable!("2026Q3 is a valid quarter"),
            },
            full_register_quarters: 2,
        }
    }
}

/// Generates the export described by `params`. Pure and deterministic.
pub fn generate(params: &Params) -> Snapshot {
    let rng = Rng::new(params.seed);
    let t = Timeline::new(params.last_quarter, params.quarters as usize);
    let subs = params.subsidiaries as usize;
    let outside = subs / 4 + 12;
    let names = names::company_names(&mut rng.fork("names"), subs + outside);
    let (sub_names, outside_names) = names.split_at(subs);
    let group = group::build(&rng, subs, t.len(), sub_names);
    let register = register::Register::build(&rng.fork("register"), &group, &t, params.risks as usize);
    let events = activity::events(&rng, &group, &t);
    let findings = activity::findings(&rng.fork("findings"), &t, &events);
    let follow_ups = activity::follow_ups(&rng.fork("follow-ups"), &t, &events);
    let checksheet = state::Checksheet::new(&rng.fork("checksheet"), &t);
    let pdca = state::PdcaAreas::new(&rng, &group, &t);
    let partners = state::Partners::new(&rng.fork("partners"), &group, &t, outside_names);
    let full_from = t.len().saturating_sub(params.full_register_quarters.max(1) as usize);

    let quarters = events
        .into_iter()
        .enumerate()
        .map(|(q, e)| {
            let full = q >= full_from;
            let (risks, used) = register.quarter(&group, &t, q, full);
            let assets = if full {
                group.assets.iter().map(|a| a.asset.clone()).collect()
            } else {
                used.iter().map(|&i| group.assets[i].asset.clone()).collect()
            };
            QuarterRecord {
                quarter: t.quarter(q),
                checksheet: checksheet.at(q),
                kpi_targets: state::kpi_targets(&group, &t, q),
                budget: state::budget(&rng, &group, &t, q),
                workforce: state::workforce(&group, &t, q),
                trainings: e.trainings,
                tests: e.tests,
                incidents: e.incidents,
                assessments: e.assessments,
                findings: activity::state_of(&findings, &t, q, |f, c| f.closed_on = c),
                assets,
                risks,
                pdca: pdca.at(&t, q),
                reports: e.reports,
                audits: e.audits,
                partners: partners.at(&t, q),
                information_sharing: InformationSharing {
                    memberships: state::memberships(&t, q),
                    reports_filed: e.reports_filed,
                },
                emergency: state::emergency(
                    &group,
                    &t,
                    q,
                    activity::state_of(&follow_ups, &t, q, |f, c| f.closed_on = c),
                    e.drills,
                ),
                disclosure: state::disclosure(&t, q, e.publications),
                governance: None,
                board_decisions: vec![],
                directives: vec![],
                actions: vec![],
                training_scope: vec![],
                vulnerabilities: Default::default(),
                business_impact: Default::default(),
            }
        })
        .collect();

    Snapshot {
        format: FORMAT.into(),
        version: 1,
        as_of: t.as_of(),
        language: Some(Language::Ja),
        organisation: Organisation {
            name: group.units[0].name.name.clone(),
            name_en: Some(group.units[0].name.name_en.clone()),
            industry: "電子機器製造".into(),
            industry_en: Some("Electronics manufacturing".into()),
            employees: group.employees().max(1),
            group_companies: group.group_companies(),
            fiscal_year_start: None,
            id: None,
        },
        risk_matrix: register::matrix(),
        quarters,
        before_first_quarter: None,
        reference_profiles: Vec::new(),
    }
}

/// How many separate exports [`generate_company`] makes for `params`: the parent and each subsidiary.
pub fn company_count(params: &Params) -> u32 {
    params.subsidiaries + 1
}

/// The group as separate exports, one per company (`csm generate --separate DIR`): company `k` (0 is
/// the parent, 1.. the subsidiaries, `k < company_count`) is a one-company export generated with its own
/// seed, its share of the risks (`risks / company_count`, at least 1) and the same quarters, named with
/// the group's composed names and identified by `organisation.id` `c000`, `c001`, …. Pure and
/// deterministic; each export passes [`csm_core::snapshot::load`].
pub fn generate_company(params: &Params, k: u32) -> Snapshot {
    let count = company_count(params);
    let names = names::company_names(&mut Rng::new(params.seed).fork("names"), count as usize);
    let own = Params {
        subsidiaries: 0,
        risks: (params.risks / count).max(1),
        seed: params.seed.wrapping_mul(0x9E37_79B9_7F4A_7C15).wrapping_add(u64::from(k) + 1),
        ..params.clone()
    };
    let mut s = generate(&own);
    if let Some(n) = names.get(k as usize) {
        s.organisation.name = n.name.clone();
        s.organisation.name_en = Some(n.name_en.clone());
    }
    s.organisation.id = Some(format!("c{k:03}"));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separate_companies_are_valid_distinct_and_deterministic() {
        let params = Params { subsidiaries: 3, risks: 40, quarters: 4, ..Params::default() };
        assert_eq!(company_count(&params), 4);
        let all: Vec<Snapshot> = (0..4).map(|k| generate_company(&params, k)).collect();
        for (k, s) in all.iter().enumerate() {
            let bytes = serde_json::to_vec(s).unwrap();
            if let Err(problems) = csm_core::snapshot::load(&bytes) {
                panic!("company {k}: {problems}");
            }
            assert_eq!(s.organisation.id.as_deref(), Some(format!("c{k:03}").as_str()));
            assert_eq!(s.quarters.len(), 4);
            assert_eq!(s.quarters[3].risks.len(), 10);
        }
        let mut names: Vec<&str> = all.iter().map(|s| s.organisation.name.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), 4, "distinct names");
        assert_ne!(all[1].quarters[3].checksheet, all[2].quarters[3].checksheet, "each company its own history");
        assert_eq!(generate_company(&params, 2), all[2]);
    }

    fn small(seed: u64) -> Params {
        Params { subsidiaries: 12, risks: 500, quarters: 9, seed, ..Params::default() }
    }

    #[test]
    fn small_exports_are_valid_and_sized_as_asked() {
        for seed in [0, 1, 2, 99] {
            let s = generate(&small(seed));
            let bytes = serde_json::to_vec(&s).unwrap();
            if let Err(problems) = csm_core::snapshot::load(&bytes) {
                panic!("seed {seed}: {problems}");
            }
            assert_eq!(s.quarters.len(), 9);
            assert_eq!(s.quarters[8].risks.len(), 500);
            assert_eq!(s.organisation.group_companies.len(), 12);
        }
    }

    #[test]
    fn edge_sizes_are_valid() {
        for (subsidiaries, risks, quarters) in [(0, 0, 1), (0, 10, 1), (1, 1, 2), (3, 0, 5), (40, 3000, 3)] {
            let p = Params { subsidiaries, risks, quarters, ..Params::default() };
            let s = generate(&p);
            let bytes = serde_json::to_vec(&s).unwrap();
            if let Err(problems) = csm_core::snapshot::load(&bytes) {
                panic!("{p:?}: {problems}");
            }
            assert_eq!(s.quarters.last().unwrap().risks.len(), risks as usize, "{p:?}");
        }
    }

    #[test]
    fn older_quarters_carry_only_risks_above_tolerance() {
        let s = generate(&small(5));
        let n = s.quarters.len();
        let full_prev = &s.quarters[n - 2];
        assert!(full_prev.risks.len() > 400, "{}", full_prev.risks.len());
        for q in &s.quarters[..n - 2] {
            assert!(q.risks.len() < 200, "{} has {} risks", q.quarter, q.risks.len());
            for r in &q.risks {
                assert!(q.assets.iter().any(|a| a.id == r.asset));
            }
        }
    }
}
