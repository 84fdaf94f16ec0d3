//! The organisation sheet (one row: the export's date, language and the organisation) and the group
//! companies sheet.

use serde_json::{Map, Value};

use super::{Importer, Row};
use crate::layout::{SHEETS, Shape};
use crate::problem::Rule;

impl Importer<'_> {
    /// The `organisation` object; the organisation sheet's other fields (`as_of`, `language`) go
    /// straight into `root`.
    pub(super) fn organisation(&mut self, parsed: &[Vec<Row>], root: &mut Map<String, Value>) -> Map<String, Value> {
        let by_shape = |im: &Self, shape: fn(&Shape) -> bool| -> Option<usize> {
            im.bound.iter().position(|b| shape(&b.def.shape))
        };
        // Organisation.
        let mut organisation = Map::new();
        match by_shape(self, |s| *s == Shape::Organisation) {
            Some(b) => {
                let rows = &parsed[b];
                match rows.first() {
                    Some(first) => {
                        let rec = Self::record(self.bound[b].def, first);
                        for (k, v) in rec {
                            if k == "organisation" {
                                if let Value::Object(o) = v {
                                    organisation = o;
                                }
                            } else {
                                root.insert(k, v);
                            }
                        }
                        for key in ["as_of", "language", "organisation"] {
                            self.register(key.into(), b, Some(first.row), None, "");
                        }
                    }
                    None => self.push(
                        self.loc(b, Some(1), None),
                        Rule::Missing,
                        "the organisation sheet needs one row (row 2)".into(),
                        "組織シートの2行目に記入してください".into(),
                    ),
                }
                for extra in rows.iter().skip(1) {
                    self.push(
                        self.loc(b, Some(extra.row), None),
                        Rule::DuplicateId,
                        "the organisation sheet takes one row only".into(),
                        "組織シートは1行だけ記入します".into(),
                    );
                }
            }
            None => self.sheet_missing(&SHEETS[0]),
        }
        let mut groups = Vec::new();
        if let Some(b) = by_shape(self, |s| *s == Shape::GroupCompanies) {
            self.register_sheet("organisation.group_companies", b);
            for (j, row) in parsed[b].iter().enumerate() {
                groups.push(Value::Object(Self::record(self.bound[b].def, row)));
                self.register_record(format!("organisation.group_companies[{j}]"), b, row.row);
            }
        }
        organisation.insert("group_companies".into(), Value::Array(groups));
        organisation
    }
}
