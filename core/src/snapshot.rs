//! The snapshot format (version 1): the JSON file a CISO office exports and the board dashboard reads.
//!
//! - [`model`]: the wire types, field by field (documented in `docs/FORMAT.md`).
//! - [`load`]: bytes → validated [`Snapshot`], or every located [`Problem`].
//! - [`validate`]: the semantic rules (ranges, references, dates, uniqueness, the matrix).
//! - [`warnings`]: plausibility warnings — questioned values that never block loading.

pub(crate) mod json_path;
mod load;
pub mod model;
mod problem;
pub mod validate;
pub mod warnings;

pub use load::{FORMAT, MAX_BYTES, SUPPORTED_VERSIONS, load};
pub use model::*;
pub use problem::{Problem, Problems, Rule};
pub use warnings::{Check, Warning, warnings};

/// Field names of the top level and of a quarter, as the loader knows them (exposed for tests).
pub mod fields {
    pub use super::load::{QUARTER_FIELDS, SNAPSHOT_FIELDS};
}
