//! The risk matrix from the scales, levels and grid sheets.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::{Importer, Row};
use crate::layout::{self, SHEETS, Shape, YES};
use crate::problem::Rule;

impl Importer<'_> {
    /// The risk matrix from the scales, levels and grid sheets.
    pub(super) fn matrix(&mut self, parsed: &[Vec<Row>]) -> Map<String, Value> {
        let mut m = Map::new();
        let find = |im: &Self, shape: Shape| im.bound.iter().position(|b| b.def.shape == shape);
        // Scales.
        let mut impact_steps = None;
        match find(self, Shape::Scales) {
            Some(b) => {
                self.register_sheet("risk_matrix", b);
                for axis in ["likelihood", "impact"] {
                    let mut steps: BTreeMap<u64, &Row> = BTreeMap::new();
                    for row in parsed[b].iter().filter(|r| r.values[0].as_ref().and_then(Value::as_str) == Some(axis)) {
                        let Some(step) = row.values[1].as_ref().and_then(Value::as_u64) else { continue };
                        if let Some(first) = steps.get(&step) {
                            let first = first.row + 1;
                            self.push(
                                self.loc(b, Some(row.row), Some(1)),
                                Rule::DuplicateId,
                                format!("{axis} step {step} is already defined on row {first}"),
                                format!("{} の段階 {step} は {first} 行目で定義済みです", axis_ja(axis)),
                            );
                        } else {
                            steps.insert(step, row);
                        }
                    }
                    let mut levels = Vec::new();
                    self.register_sheet(&format!("risk_matrix.{axis}"), b);
                    for (i, (step, row)) in steps.iter().enumerate() {
                        if *step != i as u64 + 1 {
                            self.push(
                                self.loc(b, Some(row.row), Some(1)),
                                Rule::Matrix,
                                format!("{axis} step {} is missing (steps run 1, 2, 3 …)", i + 1),
                                format!(
                                    "{} の段階 {} がありません（段階は 1, 2, 3 … と続けます）",
                                    axis_ja(axis),
                                    i + 1
                                ),
                            );
                            break;
                        }
                        self.register_record(format!("risk_matrix.{axis}[{i}]"), b, row.row);
                        levels.push(Value::Object(Self::record(self.bound[b].def, row)));
                    }
                    if axis == "impact" {
                        impact_steps = Some(levels.len());
                    }
                    m.insert(axis.into(), Value::Array(levels));
                }
            }
            None => self.sheet_missing(layout::sheet("risk_scales").unwrap_or(&SHEETS[2])),
        }
        // Levels and tolerance.
        match find(self, Shape::Levels) {
            Some(b) => {
                self.register_sheet("risk_matrix.levels", b);
                let def = self.bound[b].def;
                let tol = def.columns.iter().position(|c| c.key == "#tolerance").unwrap_or(4);
                let mut levels = Vec::new();
                let mut tolerance: Option<(usize, Value)> = None;
                for (i, row) in parsed[b].iter().enumerate() {
                    let rec = Self::record(def, row);
                    if row.values[tol] == Some(Value::Bool(true)) {
                        match &tolerance {
                            None => tolerance = Some((row.row, rec.get("id").cloned().unwrap_or(Value::Null))),
                            Some((first, _)) => self.push(
                                self.loc(b, Some(row.row), Some(tol)),
                                Rule::Matrix,
                                format!("only one level can be the tolerance; row {} is marked already", first + 1),
                                format!("許容上限は1つだけです（{} 行目が既に「{YES}」です）", first + 1),
                            ),
                        }
                    }
                    self.register_record(format!("risk_matrix.levels[{i}]"), b, row.row);
                    levels.push(Value::Object(rec));
                }
                match tolerance {
                    Some((row, id)) => {
                        self.register("risk_matrix.tolerance".into(), b, Some(row), Some(tol), "risk_matrix.tolerance");
                        m.insert("tolerance".into(), id);
                    }
                    None if !parsed[b].is_empty() => self.push(
                        self.loc(b, None, Some(tol)),
                        Rule::Missing,
                        format!("mark one level as the tolerance ({YES} in column \"{}\")", def.columns[tol].ja),
                        format!("許容できる最も高いレベル1つの「{}」を「{YES}」にしてください", def.columns[tol].ja),
                    ),
                    None => {}
                }
                m.insert("levels".into(), Value::Array(levels));
            }
            None => self.sheet_missing(layout::sheet("risk_levels").unwrap_or(&SHEETS[3])),
        }
        // Grid.
        match find(self, Shape::Grid) {
            Some(b) => {
                self.register_sheet("risk_matrix.grid", b);
                let mut rows: BTreeMap<u64, &Row> = BTreeMap::new();
                for row in &parsed[b] {
                    let Some(step) = row.values[0].as_ref().and_then(Value::as_u64) else { continue };
                    if let Some(first) = rows.get(&step) {
                        let first = first.row + 1;
                        self.push(
                            self.loc(b, Some(row.row), Some(0)),
                            Rule::DuplicateId,
                            format!("likelihood step {step} already has a row (row {first})"),
                            format!("発生可能性 {step} の行は既にあります（{first} 行目）"),
                        );
                    } else {
                        rows.insert(step, row);
                    }
                }
                let mut grid = Vec::new();
                for (r, (step, row)) in rows.iter().enumerate() {
                    if *step != r as u64 + 1 {
                        self.push(
                            self.loc(b, Some(row.row), Some(0)),
                            Rule::Matrix,
                            format!("the grid has no row for likelihood step {}", r + 1),
                            format!("発生可能性 {} の行がありません", r + 1),
                        );
                        break;
                    }
                    self.register_record(format!("risk_matrix.grid[{r}]"), b, row.row);
                    let width = impact_steps.unwrap_or_else(|| {
                        row.values[1..].iter().rposition(Option::is_some).map(|p| p + 1).unwrap_or(0)
                    });
                    let mut cells = Vec::new();
                    for (c, v) in row.values[1..].iter().enumerate() {
                        let k = c + 1;
                        if c < width {
                            self.register(
                                format!("risk_matrix.grid[{r}][{c}]"),
                                b,
                                Some(row.row),
                                Some(k),
                                &format!("risk_matrix.grid[{r}][{c}]"),
                            );
                            match v {
                                Some(v) => cells.push(v.clone()),
                                None => self.push(
                                    self.loc(b, Some(row.row), Some(k)),
                                    Rule::Missing,
                                    format!("no risk level for likelihood {step} × impact {}", c + 1),
                                    format!("発生可能性 {step} × 影響度 {} のリスクレベルが空です", c + 1),
                                ),
                            }
                        } else if v.is_some() {
                            self.push(
                                self.loc(b, Some(row.row), Some(k)),
                                Rule::Matrix,
                                format!("the impact scale has {width} steps; leave column impact {} empty", c + 1),
                                format!("影響度は {width} 段階です。影響度{} の列は空にしてください", c + 1),
                            );
                        }
                    }
                    grid.push(Value::Array(cells));
                }
                m.insert("grid".into(), Value::Array(grid));
            }
            None => self.sheet_missing(layout::sheet("risk_grid").unwrap_or(&SHEETS[4])),
        }
        m
    }
}

fn axis_ja(axis: &str) -> &'static str {
    if axis == "impact" { "影響度" } else { "発生可能性" }
}
