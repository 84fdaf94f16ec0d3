//! The semantic rules of format v1. Each rule reports every violation with its JSON path and a message
//! in English and Japanese; `docs/FORMAT.md` lists the rules.
//!
//! Dates: an *event* must lie inside its quarter and not after `as_of`; a *state* date (last review,
//! closure, approval) must not lie after the quarter's reference date, the earlier of the quarter's end
//! and `as_of`.
//!
//! One checker per part of the export: [`checks`] holds the shared checks (text, ranges, dates, ids,
//! references); `organisation`, `matrix` and `quarters` check the export's header, its risk matrix
//! and the list of quarters; each section of a quarter has its own module, run in the order of the
//! record's fields so problems are reported in that order.

mod assessments;
mod board;
mod checks;
mod checksheet;
mod history;
mod impact;
mod incidents;
mod matrix;
mod organisation;
mod partners;
mod pdca;
mod quarters;
mod readiness;
mod reference;
mod resources;
mod risks;
mod sharing;
mod training;
mod vulnerabilities;

use foldhash::{HashMap, HashSet};

use super::model::Snapshot;
use super::problem::Problem;

pub use reference::reference_profiles;

/// Every semantic problem of an already-parsed snapshot (empty when it is valid).
pub fn validate(s: &Snapshot) -> Vec<Problem> {
    let mut c = Checker { out: Vec::new() };
    c.header(s);
    c.organisation(&s.organisation);
    let levels = c.matrix(&s.risk_matrix);
    c.tolerance_changes(&s.risk_matrix, &levels, s.as_of);
    c.quarters(s, &levels);
    c.before_first_quarter(s);
    c.reference_profiles("reference_profiles", &s.reference_profiles, s.as_of.year());
    c.out
}

/// A JSON path written only when it is displayed, i.e. when a check finds a problem there: the paths
/// of a large register's rows are never formatted for an export that is valid.
struct LazyPath<F>(F);

impl<F: Fn() -> String> std::fmt::Display for LazyPath<F> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&(self.0)())
    }
}

/// Collects the problems found so far.
struct Checker {
    out: Vec<Problem>,
}

/// Ids defined so far in earlier quarters (for "this or an earlier quarter" references).
#[derive(Default)]
struct Seen {
    trainings: HashSet<String>,
    incidents: HashSet<String>,
    sources: HashSet<String>, // assessments and audits
    drills: HashSet<String>,
    events: HashMap<String, String>, // export-wide unique event ids → first path
    incident_detected: HashMap<String, crate::calendar::Date>, // incident id → day of detection
    board_decisions: HashMap<String, crate::calendar::Date>, // board decision ids → their date
}
