//! Workbook → validated snapshot.
//!
//! Two phases. First every cell is read by its column's kind (number, date, drop-down …); each bad
//! cell, missing required column or value, unknown sheet or column is reported at its cell. If that
//! found nothing, the assembled JSON goes through the core loader ([`csm_core::snapshot::load`]), and
//! each of its problems is mapped from its JSON path (`quarters[2].risks[4].residual.likelihood`) back
//! to the sheet, row and column the value came from.
//!
//! The code is split by concern: `cells` reads one cell by its column's kind; `bind` matches
//! sheets and headers to the layout and reads the rows; `organisation`, `matrix` and `quarters`
//! turn each sheet group's rows into its part of the snapshot's JSON, which `assemble` puts together
//! while recording where every record came from; `locate` maps a loader problem's JSON path back to
//! its cell.

mod assemble;
mod bind;
mod cells;
mod locate;
mod matrix;
mod organisation;
mod quarters;
mod reference;

use std::collections::{HashMap, HashSet};

use csm_core::calendar::Quarter;
use csm_core::snapshot::{self, Snapshot};
use serde_json::Value;

use crate::book::{Book, Table};
use crate::layout::SheetDef;
use crate::problem::{Location, Rule, SheetProblem, SheetProblems};

/// Reads a workbook into a validated snapshot, or returns every problem, located.
pub fn import(book: &Book) -> Result<Snapshot, SheetProblems> {
    let mut im = Importer::default();
    im.bind(book);
    let parsed: Vec<Vec<Row>> = (0..im.bound.len()).map(|b| im.parse_rows(b)).collect();
    let root = im.assemble(&parsed);
    if !im.problems.is_empty() {
        return Err(SheetProblems(im.problems));
    }
    let bytes = serde_json::to_vec(&Value::Object(root)).map_err(|e| {
        SheetProblems(vec![SheetProblem {
            location: None,
            path: None,
            rule: Rule::Syntax,
            en: format!("cannot serialise the snapshot: {e}"),
            ja: format!("スナップショットを書き出せません: {e}"),
        }])
    })?;
    snapshot::load(&bytes).map_err(|problems| {
        SheetProblems(
            problems
                .iter()
                .map(|p| SheetProblem {
                    location: im.locate(&p.path),
                    path: Some(p.path.clone()),
                    rule: p.rule,
                    en: p.en.clone(),
                    ja: p.ja.clone(),
                })
                .collect(),
        )
    })
}

/// A sheet of the book matched to its layout.
struct Bound<'a> {
    def: &'static SheetDef,
    table: &'a Table,
    /// For each layout column, the table column holding it (absent columns are `None`).
    cols: Vec<Option<usize>>,
}

/// A data row: its table row index, its quarter (per-quarter sheets) and one value per layout column.
struct Row {
    row: usize,
    quarter: Option<Quarter>,
    values: Vec<Option<Value>>,
}

/// Where a JSON path prefix came from.
struct Reg {
    bound: usize,
    row: Option<usize>,
    col: Option<usize>,
    base: String,
}

#[derive(Default)]
struct Importer<'a> {
    bound: Vec<Bound<'a>>,
    problems: Vec<SheetProblem>,
    regs: HashMap<String, Reg>,
    reported_headers: HashSet<(usize, usize)>,
    /// Sheets with a row whose quarter cell is bad (already reported): a quarter without a row there
    /// is most likely that row, so it is not reported again.
    unquartered: HashSet<usize>,
}

fn display_name(table: &Table) -> String {
    table.file.clone().unwrap_or_else(|| table.name.clone())
}

impl Importer<'_> {
    fn loc(&self, b: usize, row: Option<usize>, col: Option<usize>) -> Location {
        let bound = &self.bound[b];
        Location {
            sheet: display_name(bound.table),
            key: bound.def.key.to_owned(),
            row: row.map(|r| r + 1),
            column: col.and_then(|c| bound.cols[c]),
            header: col.map(|c| bound.def.columns[c].ja.to_owned()),
        }
    }

    fn push(&mut self, location: Location, rule: Rule, en: String, ja: String) {
        self.problems.push(SheetProblem::at(location, rule, en, ja));
    }

    fn sheet_location(def: &SheetDef) -> Location {
        Location { sheet: def.name.to_owned(), key: def.key.to_owned(), row: None, column: None, header: None }
    }

    fn bound_index(&self, def: &SheetDef) -> Option<usize> {
        self.bound.iter().position(|b| b.def.key == def.key)
    }
}
