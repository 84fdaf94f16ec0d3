//! # csm-sheets
//!
//! The CISO office's spreadsheet path into the snapshot format: an Excel template with one sheet per
//! section of the format (Japanese headers, English in the header notes, drop-downs for every
//! enumeration), the import of a filled workbook — or one CSV file per sheet — into a validated
//! [`Snapshot`], and the export of a snapshot back into the same workbook.
//!
//! Every import problem is located by sheet, row and column, in Japanese and English: bad cells
//! directly, and the core validator's problems by mapping their JSON path back to the row and column
//! the value came from.
//!
//! ```
//! use csm_sheets::{Cell, export, import, template};
//!
//! // The template lists the 32 check items; an empty workbook does not import.
//! let book = template(None);
//! let problems = import(&book).unwrap_err();
//! assert!(problems.iter().any(|p| p.location.as_ref().is_some_and(|l| l.key == "organisation")));
//!
//! // A bad cell is reported where it is.
//! let mut book = book;
//! let risks = book.table_mut("リスク").unwrap();
//! risks.set_by_header(0, "四半期", Cell::text("2026Q5"));
//! let problems = import(&book).unwrap_err();
//! let p = problems.iter().find(|p| p.location.as_ref().is_some_and(|l| l.key == "risks")).unwrap();
//! assert_eq!(p.location.as_ref().unwrap().reference(), "リスク!A2");
//! # let _ = export;
//! ```
#![deny(missing_docs)]

mod book;
mod csv_files;
mod import;
pub mod layout;
mod problem;
mod xlsx;

pub use book::{Book, Cell, Table, export, template};
pub use csv_files::{CsvEncoding, csv_encoding, read_csv, write_csv};
pub use import::import;
pub use problem::{Location, Rule, SheetProblem, SheetProblems};
pub use xlsx::read_xlsx;
#[cfg(feature = "write")]
pub use xlsx::write_xlsx;

/// The writer's error type (feature `write`).
#[cfg(feature = "write")]
pub use rust_xlsxwriter::XlsxError;

use csm_core::snapshot::Snapshot;

/// Reads an `.xlsx` workbook and imports it: [`read_xlsx`] then [`import`].
pub fn import_xlsx(bytes: &[u8]) -> Result<Snapshot, SheetProblems> {
    import(&read_xlsx(bytes)?)
}

/// Reads CSV files (`(file name, bytes)`, one per sheet) and imports them: [`read_csv`] then [`import`].
pub fn import_csv(files: &[(String, Vec<u8>)]) -> Result<Snapshot, SheetProblems> {
    import(&read_csv(files)?)
}
