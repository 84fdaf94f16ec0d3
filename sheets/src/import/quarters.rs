//! The per-quarter sheets: one row per quarter (`QuarterRow`) or a list of records per quarter
//! (`QuarterList`), gathered into `quarters[i]` in quarter order.

use std::collections::BTreeMap;

use csm_core::calendar::Quarter;
use serde_json::{Map, Value};

use super::assemble::set_path;
use super::{Importer, Row};
use crate::layout::{SHEETS, Shape};
use crate::problem::Rule;

impl Importer<'_> {
    /// The `quarters` array: every quarter named on any sheet, oldest first.
    pub(super) fn quarters(&mut self, parsed: &[Vec<Row>]) -> Vec<Value> {
        let mut first_seen: BTreeMap<Quarter, (usize, usize)> = BTreeMap::new();
        for (b, rows) in parsed.iter().enumerate() {
            for row in rows {
                if let Some(q) = row.quarter {
                    first_seen.entry(q).or_insert((b, row.row));
                }
            }
        }
        let quarters: Vec<Quarter> = first_seen.keys().copied().collect();
        let mut records: Vec<Map<String, Value>> = quarters
            .iter()
            .enumerate()
            .map(|(i, q)| {
                let (b, row) = first_seen[q];
                let quarter_col = Some(0);
                self.register(format!("quarters[{i}]"), b, Some(row), quarter_col, &format!("quarters[{i}]"));
                let mut m = Map::new();
                m.insert("quarter".into(), Value::String(q.to_string()));
                m
            })
            .collect();
        for def in SHEETS {
            match def.shape {
                Shape::QuarterRow { section, required } => {
                    let b = self.bound_index(def);
                    if b.is_none() && required {
                        self.sheet_missing(def);
                    }
                    for (i, q) in quarters.iter().enumerate() {
                        let path = format!("quarters[{i}].{section}");
                        let rows: Vec<&Row> =
                            b.map(|b| parsed[b].iter().filter(|r| r.quarter == Some(*q)).collect()).unwrap_or_default();
                        let obj = match (b, rows.first()) {
                            (Some(b), Some(row)) => {
                                self.register_record(path.clone(), b, row.row);
                                for extra in rows.iter().skip(1) {
                                    self.push(
                                        self.loc(b, Some(extra.row), Some(0)),
                                        Rule::DuplicateId,
                                        format!("quarter {q} has a row already (row {})", row.row + 1),
                                        format!("四半期 {q} の行は既にあります（{} 行目）", row.row + 1),
                                    );
                                }
                                Self::record(def, row)
                            }
                            (Some(b), None) => {
                                if required && !self.unquartered.contains(&b) {
                                    self.push(
                                        self.loc(b, None, Some(0)),
                                        Rule::Missing,
                                        format!("quarter {q} has no row on this sheet; every quarter needs one"),
                                        format!("四半期 {q} の行がありません。四半期ごとに1行必要です"),
                                    );
                                }
                                Map::new()
                            }
                            (None, _) => Map::new(),
                        };
                        records[i].insert(section.into(), Value::Object(obj));
                    }
                }
                Shape::QuarterOptionalRow { section } => {
                    let Some(b) = self.bound_index(def) else { continue };
                    for (i, q) in quarters.iter().enumerate() {
                        let rows: Vec<&Row> = parsed[b].iter().filter(|r| r.quarter == Some(*q)).collect();
                        let Some(row) = rows.first() else { continue };
                        self.register_record(format!("quarters[{i}].{section}"), b, row.row);
                        for extra in rows.iter().skip(1) {
                            self.push(
                                self.loc(b, Some(extra.row), Some(0)),
                                Rule::DuplicateId,
                                format!("quarter {q} has a row already (row {})", row.row + 1),
                                format!("四半期 {q} の行は既にあります（{} 行目）", row.row + 1),
                            );
                        }
                        records[i].insert(section.into(), Value::Object(Self::record(def, row)));
                    }
                }
                Shape::QuarterList { section } => {
                    let b = self.bound_index(def);
                    for (i, q) in quarters.iter().enumerate() {
                        let path = format!("quarters[{i}].{section}");
                        let mut items = Vec::new();
                        if let Some(b) = b {
                            self.register_sheet(&path, b);
                            for row in parsed[b].iter().filter(|r| r.quarter == Some(*q)) {
                                self.register_record(format!("{path}[{}]", items.len()), b, row.row);
                                items.push(Value::Object(Self::record(def, row)));
                            }
                        }
                        set_path(&mut records[i], section, Value::Array(items));
                    }
                }
                _ => {}
            }
        }
        records.into_iter().map(Value::Object).collect()
    }
}
