//! The reference profile sheets: one row per profile, and one row per maturity (an important item or a
//! check item) keyed by the profile's id.

use serde_json::{Map, Value};

use super::{Importer, Row};
use crate::layout::Shape;
use crate::problem::Rule;

impl Importer<'_> {
    /// `reference_profiles`, or `None` when neither sheet has a row.
    pub(super) fn reference_profiles(&mut self, parsed: &[Vec<Row>]) -> Option<Value> {
        let find = |im: &Self, shape: Shape| im.bound.iter().position(|b| b.def.shape == shape);
        let mut profiles: Vec<Map<String, Value>> = Vec::new();
        if let Some(b) = find(self, Shape::ReferenceProfiles) {
            self.register_sheet("reference_profiles", b);
            for (j, row) in parsed[b].iter().enumerate() {
                profiles.push(Self::record(self.bound[b].def, row));
                self.register_record(format!("reference_profiles[{j}]"), b, row.row);
            }
        }
        if let Some(b) = find(self, Shape::ReferenceMaturities) {
            for row in &parsed[b] {
                let id = row.values.first().cloned().flatten();
                let Some(j) = profiles.iter().position(|p| p.get("id") == id.as_ref()) else {
                    let shown = id.map(|v| v.as_str().unwrap_or_default().to_owned()).unwrap_or_default();
                    self.push(
                        self.loc(b, Some(row.row), Some(0)),
                        Rule::DanglingReference,
                        format!("\"{shown}\" is not the id of a profile on the reference profiles sheet"),
                        format!("\"{shown}\" は参照プロファイルシートのIDではありません"),
                    );
                    continue;
                };
                let record = Self::record(self.bound[b].def, row);
                let list = if record.contains_key("item") { "items" } else { "check_items" };
                let entry = profiles[j].entry(list).or_insert_with(|| Value::Array(Vec::new()));
                if let Value::Array(a) = entry {
                    self.register_record(format!("reference_profiles[{j}].{list}[{}]", a.len()), b, row.row);
                    a.push(Value::Object(record));
                }
            }
        }
        (!profiles.is_empty()).then(|| Value::Array(profiles.into_iter().map(Value::Object).collect()))
    }
}
