//! A workbook as plain data: named tables of cells, row 1 the headers. Both directions meet here: the
//! template and the export build a [`Book`] that the `.xlsx` and CSV writers render; the readers
//! produce a [`Book`] that [`crate::import`] turns into a snapshot.

use csm_core::calendar::{Date, Quarter};
use csm_core::catalog;
use csm_core::snapshot::Snapshot;
use serde_json::Value;

use crate::layout::{Column, Kind, SHEETS, Shape, SheetDef};

/// One cell's value, as a spreadsheet holds it.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Cell {
    /// Nothing.
    #[default]
    Empty,
    /// Text.
    Text(String),
    /// A number (spreadsheets store every number as a double).
    Number(f64),
    /// A boolean (written as はい / いいえ).
    Bool(bool),
    /// A date.
    Date(Date),
    /// A spreadsheet error value such as `#N/A`.
    Error(String),
}

impl Cell {
    /// Whether the cell holds nothing (or only blanks).
    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }

    /// Text cell shorthand.
    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }
}

/// One sheet (or one CSV file): rows of cells, row 0 being the header row (Excel's row 1).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    /// The sheet name (for CSV, the file name without `.csv`).
    pub name: String,
    /// The CSV file it was read from, if any (shown in problem locations instead of the sheet name).
    pub file: Option<String>,
    /// The rows; rows may be ragged (missing cells are empty).
    pub rows: Vec<Vec<Cell>>,
}

static EMPTY: Cell = Cell::Empty;

impl Table {
    /// A table with a header row.
    pub fn with_header(name: &str, header: impl IntoIterator<Item = String>) -> Table {
        Table { name: name.to_owned(), file: None, rows: vec![header.into_iter().map(Cell::Text).collect()] }
    }

    /// The cell at (row, column), 0-based; empty beyond the data.
    pub fn cell(&self, row: usize, col: usize) -> &Cell {
        self.rows.get(row).and_then(|r| r.get(col)).unwrap_or(&EMPTY)
    }

    /// Sets the cell at (row, column), growing the table as needed.
    pub fn set(&mut self, row: usize, col: usize, cell: Cell) {
        if self.rows.len() <= row {
            self.rows.resize_with(row + 1, Vec::new);
        }
        let r = &mut self.rows[row];
        if r.len() <= col {
            r.resize(col + 1, Cell::Empty);
        }
        r[col] = cell;
    }

    /// The index of the column whose header (row 1) is `header`.
    pub fn column_index(&self, header: &str) -> Option<usize> {
        self.rows.first()?.iter().position(|c| matches!(c, Cell::Text(t) if t.trim() == header))
    }

    /// Sets the cell in data row `row` (0-based, excluding the header) of the column headed `header`.
    /// Returns false if there is no such column.
    pub fn set_by_header(&mut self, row: usize, header: &str, cell: Cell) -> bool {
        match self.column_index(header) {
            Some(col) => {
                self.set(row + 1, col, cell);
                true
            }
            None => false,
        }
    }

    /// Removes the column headed `header` (shifting the later columns left). Returns false if absent.
    pub fn remove_column(&mut self, header: &str) -> bool {
        let Some(col) = self.column_index(header) else { return false };
        for r in &mut self.rows {
            if col < r.len() {
                r.remove(col);
            }
        }
        true
    }

    /// Number of columns (the widest row).
    pub fn width(&self) -> usize {
        self.rows.iter().map(Vec::len).max().unwrap_or(0)
    }
}

/// A workbook: its tables in order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Book {
    /// The tables.
    pub tables: Vec<Table>,
}

impl Book {
    /// The table with this name.
    pub fn table(&self, name: &str) -> Option<&Table> {
        self.tables.iter().find(|t| t.name == name)
    }

    /// The table with this name, mutable.
    pub fn table_mut(&mut self, name: &str) -> Option<&mut Table> {
        self.tables.iter_mut().find(|t| t.name == name)
    }
}

fn empty_table(def: &SheetDef) -> Table {
    Table::with_header(def.name, def.columns.iter().map(|c| c.ja.to_owned()))
}

/// The template: every sheet with its headers, the 32 check items listed (with `quarter` in their
/// quarter column, if given) and an example 3×3 risk matrix to adapt.
pub fn template(quarter: Option<Quarter>) -> Book {
    let mut book = Book { tables: SHEETS.iter().map(empty_table).collect() };
    for table in &mut book.tables {
        match table.name.as_str() {
            "チェックシート" => {
                for (i, item) in catalog::check_items().iter().enumerate() {
                    if let Some(q) = quarter {
                        table.set(i + 1, 0, Cell::text(q.to_string()));
                    }
                    table.set(i + 1, 1, Cell::text(item.id));
                    table.set(i + 1, 2, Cell::text(item.title_ja));
                }
            }
            "リスク段階" => {
                let rows: [(&str, f64, &str, &str); 6] = [
                    ("発生可能性", 1.0, "まれ", "Rare"),
                    ("発生可能性", 2.0, "時々", "Occasional"),
                    ("発生可能性", 3.0, "頻繁", "Frequent"),
                    ("影響度", 1.0, "軽微", "Minor"),
                    ("影響度", 2.0, "中程度", "Moderate"),
                    ("影響度", 3.0, "重大", "Severe"),
                ];
                for (i, (axis, step, ja, en)) in rows.into_iter().enumerate() {
                    table.set(i + 1, 0, Cell::text(axis));
                    table.set(i + 1, 1, Cell::Number(step));
                    table.set(i + 1, 2, Cell::text(ja));
                    table.set(i + 1, 3, Cell::text(en));
                }
            }
            "リスクレベル" => {
                let rows = [
                    ("low", "低", "Low", "#4caf50", false),
                    ("medium", "中", "Medium", "#ffc107", true),
                    ("high", "高", "High", "#f44336", false),
                ];
                for (i, (id, ja, en, colour, tolerance)) in rows.into_iter().enumerate() {
                    table.set(i + 1, 0, Cell::text(id));
                    table.set(i + 1, 1, Cell::text(ja));
                    table.set(i + 1, 2, Cell::text(en));
                    table.set(i + 1, 3, Cell::text(colour));
                    table.set(i + 1, 4, Cell::Bool(tolerance));
                }
            }
            "リスクマトリクス" => {
                let grid = [["low", "low", "medium"], ["low", "medium", "high"], ["medium", "high", "high"]];
                for (r, row) in grid.iter().enumerate() {
                    table.set(r + 1, 0, Cell::Number((r + 1) as f64));
                    for (c, id) in row.iter().enumerate() {
                        table.set(r + 1, c + 1, Cell::text(*id));
                    }
                }
            }
            _ => {}
        }
    }
    book
}

/// The workbook holding a snapshot: what `csm template --from` writes, and what [`crate::import`]
/// reads back into the same snapshot.
pub fn export(snapshot: &Snapshot) -> Result<Book, serde_json::Error> {
    let root = serde_json::to_value(snapshot)?;
    let quarters: Vec<&Value> = root["quarters"].as_array().map(|q| q.iter().collect()).unwrap_or_default();
    let mut tables = Vec::new();
    for def in SHEETS {
        let mut table = empty_table(def);
        let mut push = |cells: Vec<Cell>| table.rows.push(cells);
        match def.shape {
            Shape::Organisation => push(record_cells(def, &root, None)),
            Shape::GroupCompanies => {
                for g in array(&root["organisation"]["group_companies"]) {
                    push(record_cells(def, g, None));
                }
            }
            Shape::Scales => {
                for (axis, label) in [("likelihood", "発生可能性"), ("impact", "影響度")] {
                    for (i, level) in array(&root["risk_matrix"][axis]).iter().enumerate() {
                        let mut cells = record_cells(def, level, None);
                        cells[0] = Cell::text(label);
                        cells[1] = Cell::Number((i + 1) as f64);
                        push(cells);
                    }
                }
            }
            Shape::Levels => {
                let tolerance = root["risk_matrix"]["tolerance"].as_str().unwrap_or_default();
                for level in array(&root["risk_matrix"]["levels"]) {
                    let mut cells = record_cells(def, level, None);
                    cells[4] = Cell::Bool(level["id"].as_str() == Some(tolerance));
                    push(cells);
                }
            }
            Shape::ToleranceChanges => {
                for c in array(&root["risk_matrix"]["tolerance_changes"]) {
                    push(record_cells(def, c, None));
                }
            }
            Shape::Grid => {
                for (r, row) in array(&root["risk_matrix"]["grid"]).iter().enumerate() {
                    let mut cells = vec![Cell::Number((r + 1) as f64)];
                    cells.extend(array(row).iter().map(|v| Cell::text(v.as_str().unwrap_or_default())));
                    push(cells);
                }
            }
            Shape::QuarterRow { section, .. } => {
                for q in &quarters {
                    push(record_cells(def, at(q, section), Some(q)));
                }
            }
            Shape::QuarterList { section } => {
                for q in &quarters {
                    for item in array(at(q, section)) {
                        push(record_cells(def, item, Some(q)));
                    }
                }
            }
            Shape::QuarterOptionalRow { section } => {
                for q in quarters.iter().filter(|q| !at(q, section).is_null()) {
                    push(record_cells(def, at(q, section), Some(q)));
                }
            }

            Shape::ReferenceProfiles => {
                for p in array(&root["reference_profiles"]) {
                    push(record_cells(def, p, None));
                }
            }
            Shape::ReferenceMaturities => {
                for p in array(&root["reference_profiles"]) {
                    for m in array(&p["items"]).iter().chain(array(&p["check_items"]).iter()) {
                        let mut cells = record_cells(def, m, None);
                        cells[0] = Cell::text(p["id"].as_str().unwrap_or_default());
                        push(cells);
                    }
                }
            }
        }
        tables.push(table);
    }
    Ok(Book { tables })
}

fn array(v: &Value) -> &[Value] {
    v.as_array().map(Vec::as_slice).unwrap_or_default()
}

/// The value at a dotted path (`residual.likelihood`), `Null` if absent.
pub(crate) fn at<'a>(v: &'a Value, path: &str) -> &'a Value {
    path.split('.').fold(v, |v, key| &v[key])
}

fn record_cells(def: &SheetDef, record: &Value, quarter: Option<&Value>) -> Vec<Cell> {
    def.columns
        .iter()
        .map(|c| match c.key {
            "#quarter" => Cell::text(quarter.and_then(|q| q["quarter"].as_str()).unwrap_or_default()),
            "#title" => Cell::text(
                record["item"].as_str().and_then(catalog::check_item).map(|i| i.title_ja).unwrap_or_default(),
            ),
            _ => cell_of(c, record),
        })
        .collect()
}

fn cell_of(c: &Column, record: &Value) -> Cell {
    if let Kind::Clause(wire) = c.kind {
        return Cell::Bool(array(&record["clauses"]).iter().any(|v| v.as_str() == Some(wire)));
    }
    if c.key.starts_with('#') {
        return Cell::Empty;
    }
    let v = at(record, c.key);
    match (c.kind, v) {
        (_, Value::Null) => Cell::Empty,
        (Kind::Date, Value::String(s)) => s.parse::<Date>().map(Cell::Date).unwrap_or_else(|_| Cell::text(s.as_str())),
        (Kind::Choice(choices), Value::String(s)) => Cell::text(choices.label(s).unwrap_or(s)),
        (Kind::ChoiceList(choices), Value::Array(items)) => {
            let labels: Vec<&str> =
                items.iter().filter_map(Value::as_str).map(|w| choices.label(w).unwrap_or(w)).collect();
            if labels.is_empty() { Cell::Empty } else { Cell::text(labels.join("、")) }
        }
        (Kind::List, Value::Array(items)) => {
            let lines: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
            if lines.is_empty() { Cell::Empty } else { Cell::text(lines.join("\n")) }
        }
        (_, Value::String(s)) => Cell::text(s.as_str()),
        (_, Value::Number(n)) => Cell::Number(n.as_f64().unwrap_or_default()),
        (_, Value::Bool(b)) => Cell::Bool(*b),
        (_, other) => Cell::text(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_lists_the_check_items() {
        let q: Quarter = "2026Q3".parse().unwrap();
        let book = template(Some(q));
        let t = book.table("チェックシート").unwrap();
        assert_eq!(t.rows.len(), 33);
        assert_eq!(t.cell(1, 0), &Cell::text("2026Q3"));
        assert_eq!(t.cell(1, 1), &Cell::text("(1)-1"));
        assert_eq!(t.cell(32, 1), &Cell::text("(10)-3"));
        assert!(matches!(t.cell(32, 2), Cell::Text(s) if !s.is_empty()));
        assert_eq!(book.tables.len(), SHEETS.len());
    }

    #[test]
    fn table_edits() {
        let mut t = Table::with_header("x", ["a".to_owned(), "b".to_owned(), "c".to_owned()]);
        assert!(t.set_by_header(1, "b", Cell::Number(2.0)));
        assert_eq!(t.cell(2, 1), &Cell::Number(2.0));
        assert!(t.remove_column("a"));
        assert_eq!(t.cell(2, 0), &Cell::Number(2.0));
        assert_eq!(t.column_index("c"), Some(1));
        assert!(!t.set_by_header(0, "a", Cell::Empty));
    }
}
