//! A loader problem's JSON path mapped back to the sheet, row and column its value came from.

use super::Importer;
use crate::layout::{Kind, SheetDef};
use crate::problem::Location;

impl Importer<'_> {
    /// The workbook location of a JSON path, through the longest registered prefix.
    pub(super) fn locate(&self, path: &str) -> Option<Location> {
        let mut cuts: Vec<usize> =
            path.char_indices().filter(|(_, c)| *c == '.' || *c == '[').map(|(i, _)| i).collect();
        cuts.push(path.len());
        for &cut in cuts.iter().rev() {
            let prefix = &path[..cut];
            let Some(reg) = self.regs.get(prefix) else { continue };
            let suffix = path.get(reg.base.len()..).unwrap_or_default().trim_start_matches('.');
            let def = self.bound[reg.bound].def;
            let col = reg.col.or_else(|| column_for(def, suffix));
            return Some(self.loc(reg.bound, reg.row, col));
        }
        None
    }
}

/// The layout column a JSON path suffix (`residual.likelihood`, `legal[0]`) refers to.
fn column_for(def: &SheetDef, suffix: &str) -> Option<usize> {
    if suffix.is_empty() {
        return None;
    }
    if suffix.starts_with("clauses") {
        return def.columns.iter().position(|c| matches!(c.kind, Kind::Clause(_)));
    }
    def.columns
        .iter()
        .enumerate()
        .filter(|(_, c)| c.is_field())
        .filter(|(_, c)| {
            suffix == c.key
                || suffix.strip_prefix(c.key).is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
        })
        .max_by_key(|(_, c)| c.key.len())
        .map(|(k, _)| k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout;

    #[test]
    fn paths_map_to_columns() {
        let risks = layout::sheet("risks").unwrap();
        let k = column_for(risks, "residual.likelihood").unwrap();
        assert_eq!(risks.columns[k].key, "residual.likelihood");
        let k = column_for(risks, "insurance.expires_on").unwrap();
        assert_eq!(risks.columns[k].key, "insurance.expires_on");
        assert_eq!(column_for(risks, ""), None);
    }
}
