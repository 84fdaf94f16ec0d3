//! # csm-core
//!
//! The engine behind the cyber-security management (サイバーセキュリティ経営) board dashboard: the
//! guideline catalog, the versioned snapshot format and its validating loader, and (in later modules)
//! every number the board sees. Pure: no I/O and no clock — the snapshot's `as_of` date is data.
//!
//! ```
//! let bytes = br#"{"format":"not-a-snapshot"}"#;
//! let problems = csm_core::snapshot::load(bytes).unwrap_err();
//! assert!(problems.iter().any(|p| p.path == "format"));
//! assert_eq!(csm_core::catalog::check_items().len(), 32);
//! ```
#![deny(missing_docs)]

pub mod calendar;
pub mod catalog;
pub mod checksheet;
pub mod figure;
pub mod fiscal;
#[cfg(test)]
pub(crate) mod fixture;
pub mod group;
pub mod impact;
pub mod incident;
pub mod kpi;
pub mod measure;
pub mod order;
pub mod partners;
pub mod pdca;
pub mod period;
pub mod readiness;
pub mod reference;
pub mod risk;
pub mod snapshot;
pub mod staffing;
pub mod summary;
pub mod text;
pub mod trend;
pub mod vocabulary;

// The board's own decisions and treatment plans (issue 15).
pub mod action;
pub mod directive;
pub mod governance;
pub mod vulnerability;
