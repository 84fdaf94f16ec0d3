//! The snapshot's JSON put together from the sheet groups, with a record of where every JSON path
//! came from (for `Importer::locate`).

use serde_json::{Map, Value};

use super::{Importer, Reg, Row};
use crate::layout::{Kind, Shape, SheetDef};
use crate::problem::Rule;
use csm_core::snapshot;

impl Importer<'_> {
    pub(super) fn register(&mut self, path: String, bound: usize, row: Option<usize>, col: Option<usize>, base: &str) {
        self.regs.entry(path).or_insert(Reg { bound, row, col, base: base.to_owned() });
    }

    pub(super) fn register_record(&mut self, path: String, bound: usize, row: usize) {
        let base = path.clone();
        self.register(path, bound, Some(row), None, &base);
    }

    pub(super) fn register_sheet(&mut self, path: &str, bound: usize) {
        self.register(path.to_owned(), bound, None, None, path);
    }

    /// The JSON object of one row: its field columns, nested by path.
    pub(super) fn record(def: &SheetDef, row: &Row) -> Map<String, Value> {
        let mut obj = Map::new();
        let active =
            |g: &str| def.columns.iter().zip(&row.values).any(|(c, v)| def.group_of(c) == Some(g) && v.is_some());
        for (c, v) in def.columns.iter().zip(&row.values) {
            if !c.is_field() || c.kind == Kind::Info || def.group_of(c).is_some_and(|g| !active(g)) {
                continue;
            }
            match (v, c.kind) {
                (Some(v), _) => set_path(&mut obj, c.key, v.clone()),
                (None, Kind::Text) if c.required => set_path(&mut obj, c.key, Value::String(String::new())),
                (None, Kind::List | Kind::ChoiceList(_)) if c.required => {
                    set_path(&mut obj, c.key, Value::Array(Vec::new()))
                }
                (None, _) => {}
            }
        }
        if def.columns.iter().any(|c| matches!(c.kind, Kind::Clause(_))) {
            let clauses = def
                .columns
                .iter()
                .zip(&row.values)
                .filter_map(|(c, v)| match (c.kind, v) {
                    (Kind::Clause(w), Some(Value::Bool(true))) => Some(Value::String(w.to_owned())),
                    _ => None,
                })
                .collect();
            obj.insert("clauses".into(), Value::Array(clauses));
        }
        obj
    }

    pub(super) fn sheet_missing(&mut self, def: &SheetDef) {
        self.push(
            Self::sheet_location(def),
            Rule::Missing,
            format!("sheet {} ({}) is missing", def.name, def.title_en),
            format!("シート「{}」がありません", def.name),
        );
    }

    /// Builds the snapshot's JSON from the parsed rows, registering where every record came from.
    pub(super) fn assemble(&mut self, parsed: &[Vec<Row>]) -> Map<String, Value> {
        let mut root = Map::new();
        root.insert("format".into(), Value::String(snapshot::FORMAT.into()));
        root.insert("version".into(), Value::from(1));
        let organisation = self.organisation(parsed, &mut root);
        root.insert("organisation".into(), Value::Object(organisation));
        let mut matrix = self.matrix(parsed);
        // Matrix settings on the organisation sheet (`risk_matrix.approval_validity_months`).
        if let Some(Value::Object(settings)) = root.remove("risk_matrix") {
            matrix.extend(settings);
        }
        if let Some(b) = self.bound.iter().position(|b| b.def.shape == Shape::ToleranceChanges) {
            self.register_sheet("risk_matrix.tolerance_changes", b);
            let mut changes = Vec::new();
            for (j, row) in parsed[b].iter().enumerate() {
                changes.push(Value::Object(Self::record(self.bound[b].def, row)));
                self.register_record(format!("risk_matrix.tolerance_changes[{j}]"), b, row.row);
            }
            if !changes.is_empty() {
                matrix.insert("tolerance_changes".into(), Value::Array(changes));
            }
        }
        root.insert("risk_matrix".into(), Value::Object(matrix));
        let quarters = self.quarters(parsed);
        root.insert("quarters".into(), Value::Array(quarters));
        if let Some(profiles) = self.reference_profiles(parsed) {
            root.insert("reference_profiles".into(), profiles);
        }
        root
    }
}

/// Sets `path` (`a.b.c`) in `obj`, creating objects on the way.
pub(super) fn set_path(obj: &mut Map<String, Value>, path: &str, value: Value) {
    match path.split_once('.') {
        None => {
            obj.insert(path.to_owned(), value);
        }
        Some((head, rest)) => {
            let entry = obj.entry(head.to_owned()).or_insert_with(|| Value::Object(Map::new()));
            if !entry.is_object() {
                *entry = Value::Object(Map::new());
            }
            if let Value::Object(inner) = entry {
                set_path(inner, rest, value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_path_nests_objects() {
        let mut m = Map::new();
        set_path(&mut m, "a.b", Value::from(1));
        set_path(&mut m, "a.c", Value::from(2));
        assert_eq!(Value::Object(m), serde_json::json!({"a": {"b": 1, "c": 2}}));
    }
}
