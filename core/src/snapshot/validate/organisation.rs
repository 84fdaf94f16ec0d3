//! The export's header: format, version and organisation.

use super::Checker;
use crate::snapshot::problem::Rule;
use crate::snapshot::{FORMAT, Organisation, SUPPORTED_VERSIONS, Snapshot};

impl Checker {
    /// The format name and version.
    pub(super) fn header(&mut self, s: &Snapshot) {
        if s.format != FORMAT {
            let v = &s.format;
            self.push(
                "format",
                Rule::Format,
                format!("unknown format \"{v}\"; this dashboard reads \"{FORMAT}\" files"),
                format!("未知のフォーマット \"{v}\" です。読めるのは \"{FORMAT}\" です"),
            );
        }
        if !SUPPORTED_VERSIONS.contains(&s.version) {
            let v = s.version;
            let supported = SUPPORTED_VERSIONS.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
            self.push(
                "version",
                Rule::Version,
                format!("version {v} is not supported; supported versions: {supported}"),
                format!("バージョン {v} には対応していません。対応バージョン: {supported}"),
            );
        }
    }

    pub(super) fn organisation(&mut self, o: &Organisation) {
        self.text(|| "organisation.name".into(), &o.name);
        self.text(|| "organisation.industry".into(), &o.industry);
        self.range_u(|| "organisation.employees".into(), o.employees.into(), 1, 10_000_000);
        self.unique("organisation.group_companies", o.group_companies.iter().map(|g| g.id.as_str()));
        if let Some(m) = o.fiscal_year_start
            && !(1..=12).contains(&m)
        {
            self.push(
                "organisation.fiscal_year_start",
                Rule::Range,
                format!("{m} is outside 1..12: the fiscal year starts in a month from 1 (January) to 12 (December)"),
                format!("{m} は範囲 1..12 の外です。年度開始月は 1（1月）〜12（12月）で書きます"),
            );
        }
        if let Some(id) = &o.id {
            self.text(|| "organisation.id".into(), id);
        }
        for (i, g) in o.group_companies.iter().enumerate() {
            self.text(|| format!("organisation.group_companies[{i}].name"), &g.name);
        }
    }
}
