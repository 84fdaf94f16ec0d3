//! Matching the book's tables to the sheet layouts and their headers to columns, and reading the data
//! rows cell by cell.

use serde_json::Value;

use super::cells::{parse_cell, text_of};
use super::{Bound, Importer, Row, display_name};
use crate::book::{Book, Cell};
use crate::layout::{self, INSTRUCTIONS, Kind, SHEETS};
use crate::problem::{Location, Rule};

/// Headers ignored on import so that people can keep their own notes beside the data.
fn is_note_header(text: &str) -> bool {
    let t = text.trim();
    t.starts_with("備考") || t.starts_with("メモ") || t.starts_with('#') || t.to_lowercase().starts_with("note")
}

impl<'a> Importer<'a> {
    /// Matches tables to sheet layouts and headers to columns.
    pub(super) fn bind(&mut self, book: &'a Book) {
        for table in &book.tables {
            let name = table.name.trim();
            if name == INSTRUCTIONS || name.eq_ignore_ascii_case("instructions") {
                continue;
            }
            let Some(def) = layout::sheet(name) else {
                let known = SHEETS.iter().map(|s| s.name).collect::<Vec<_>>().join("、");
                self.push(
                    Location {
                        sheet: display_name(table),
                        key: name.to_owned(),
                        row: None,
                        column: None,
                        header: None,
                    },
                    Rule::Unknown,
                    format!("unknown sheet \"{name}\" (a typo?); the sheets are {known}"),
                    format!("シート「{name}」はテンプレートにありません（名前の誤り？）。シート: {known}"),
                );
                continue;
            };
            if let Some(first) = self.bound_index(def) {
                let other = display_name(self.bound[first].table);
                self.push(
                    Location {
                        sheet: display_name(table),
                        key: def.key.to_owned(),
                        row: None,
                        column: None,
                        header: None,
                    },
                    Rule::DuplicateKey,
                    format!("sheet {} is given twice (also as \"{other}\")", def.name),
                    format!("シート「{}」が2つあります（「{other}」と重複）", def.name),
                );
                continue;
            }
            self.bound.push(Bound { def, table, cols: vec![None; def.columns.len()] });
            let b = self.bound.len() - 1;
            self.bind_headers(b);
        }
    }

    fn bind_headers(&mut self, b: usize) {
        let (def, table) = (self.bound[b].def, self.bound[b].table);
        let header = table.rows.first().cloned().unwrap_or_default();
        for (ci, cell) in header.iter().enumerate() {
            let text = match cell {
                Cell::Empty => continue,
                Cell::Text(t) => t.trim().to_owned(),
                other => text_of(other),
            };
            if text.is_empty() {
                continue;
            }
            let found = def.columns.iter().position(|c| {
                c.ja == text || c.en.eq_ignore_ascii_case(&text) || (!c.key.starts_with('#') && c.key == text)
            });
            let at = Location {
                sheet: display_name(table),
                key: def.key.to_owned(),
                row: Some(1),
                column: Some(ci),
                header: Some(text.clone()),
            };
            match found {
                Some(k) => match self.bound[b].cols[k] {
                    None => self.bound[b].cols[k] = Some(ci),
                    Some(first) => self.push(
                        at,
                        Rule::DuplicateKey,
                        format!("column \"{text}\" appears twice (also column {})", layout::column_letter(first)),
                        format!("列「{text}」が2つあります（{}列と重複）", layout::column_letter(first)),
                    ),
                },
                None if is_note_header(&text) => {}
                None => {
                    let known = def.columns.iter().map(|c| c.ja).collect::<Vec<_>>().join("、");
                    self.push(
                        at,
                        Rule::Unknown,
                        format!(
                            "unknown column \"{text}\" (a typo?); this sheet's columns are {known}; name a column \
                             備考… or note… to keep your own notes"
                        ),
                        format!(
                            "列「{text}」はこのシートにありません（見出しの誤り？）。列: {known}。メモ用の列は「備考」で始まる見出しにしてください"
                        ),
                    );
                }
            }
        }
        for (k, c) in def.columns.iter().enumerate() {
            if def.column_required(c) && self.bound[b].cols[k].is_none() {
                self.missing_column(b, k);
            }
        }
    }

    fn missing_column(&mut self, b: usize, k: usize) {
        if !self.reported_headers.insert((b, k)) {
            return;
        }
        let c = &self.bound[b].def.columns[k];
        self.push(
            self.loc(b, Some(0), Some(k)),
            Rule::Missing,
            format!("required column \"{}\" ({}) is missing from the header row", c.ja, c.en),
            format!("必須の列「{}」が見出し行にありません", c.ja),
        );
    }

    /// Reads the data rows of one sheet; reports bad cells and missing required values.
    pub(super) fn parse_rows(&mut self, b: usize) -> Vec<Row> {
        let (def, table) = (self.bound[b].def, self.bound[b].table);
        let cols = self.bound[b].cols.clone();
        let mut rows = Vec::new();
        for r in 1..table.rows.len() {
            let cells: Vec<Option<&Cell>> = cols.iter().map(|c| c.map(|c| table.cell(r, c))).collect();
            let blank = def
                .columns
                .iter()
                .zip(&cells)
                .all(|(c, cell)| c.kind == Kind::Info || cell.is_none_or(|cell| cell.is_blank()));
            if blank {
                continue;
            }
            let mut values = Vec::with_capacity(def.columns.len());
            for (k, (c, cell)) in def.columns.iter().zip(&cells).enumerate() {
                let parsed = match cell {
                    Some(cell) if c.kind != Kind::Info => parse_cell(cell, c),
                    _ => Ok(None),
                };
                match parsed {
                    Ok(v) => values.push(v),
                    Err(e) => {
                        self.push(self.loc(b, Some(r), Some(k)), e.rule, e.en, e.ja);
                        values.push(None);
                    }
                }
            }
            // Required values (a bad cell was reported already; blank required text is an empty string).
            let active: Vec<&str> = def
                .optional_groups
                .iter()
                .copied()
                .filter(|g| {
                    def.columns
                        .iter()
                        .zip(&cells)
                        .any(|(c, cell)| def.group_of(c) == Some(g) && cell.is_some_and(|cell| !cell.is_blank()))
                })
                .collect();
            for (k, c) in def.columns.iter().enumerate() {
                let needed = c.required && def.group_of(c).is_none_or(|g| active.contains(&g));
                let blank = cells[k].is_none_or(|cell| cell.is_blank());
                if !needed || !blank || matches!(c.kind, Kind::Text | Kind::List | Kind::ChoiceList(_)) {
                    continue;
                }
                match cells[k] {
                    None => self.missing_column(b, k),
                    Some(_) => self.push(
                        self.loc(b, Some(r), Some(k)),
                        Rule::Missing,
                        format!("required value is missing: {} ({})", c.en, c.kind.describe_en()),
                        format!("必須の値が空です: {}（{}）", c.ja, c.kind.describe_ja()),
                    ),
                }
            }
            let quarter = match (def.per_quarter(), &values[0]) {
                (true, Some(Value::String(q))) => q.parse().ok(),
                _ => None,
            };
            if def.per_quarter() && quarter.is_none() {
                self.unquartered.insert(b);
            }
            rows.push(Row { row: r, quarter, values });
        }
        rows
    }
}
