//! Problems located in a workbook: sheet, row and column, in Japanese and English.

use std::fmt;

pub use csm_core::snapshot::Rule;

use crate::layout::column_letter;

/// Where a problem is: a cell, a row, a header, or a whole sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The sheet name as the user sees it (for CSV input, the file name).
    pub sheet: String,
    /// The sheet's English key (`risks`), or the sheet name for an unknown sheet.
    pub key: String,
    /// 1-based row number, as Excel shows it (row 1 is the header row).
    pub row: Option<usize>,
    /// 0-based column index (shown as a letter).
    pub column: Option<usize>,
    /// The column's header (Japanese), when the problem concerns a column.
    pub header: Option<String>,
}

impl Location {
    /// The column letter (`F`), if the location has a column.
    pub fn column_letter(&self) -> Option<String> {
        self.column.map(column_letter)
    }

    /// The Excel-style reference: `リスク!F12`, `リスク!12:12` for a whole row, `リスク` for a sheet.
    pub fn reference(&self) -> String {
        match (self.row, self.column_letter()) {
            (Some(r), Some(c)) => format!("{}!{c}{r}", self.sheet),
            (Some(r), None) => format!("{}!{r}:{r}", self.sheet),
            (None, Some(c)) => format!("{}!{c}:{c}", self.sheet),
            (None, None) => self.sheet.clone(),
        }
    }
}

impl fmt::Display for Location {
    /// `リスク!F12 (risks, row 12, column F "残留発生可能性")`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}", self.reference(), self.key)?;
        if let Some(r) = self.row {
            write!(f, ", row {r}")?;
        }
        match (self.column_letter(), &self.header) {
            (Some(c), Some(h)) => write!(f, ", column {c} \"{h}\"")?,
            (Some(c), None) => write!(f, ", column {c}")?,
            (None, Some(h)) => write!(f, ", column \"{h}\"")?,
            (None, None) => {}
        }
        f.write_str(")")
    }
}

/// One problem found while importing a workbook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetProblem {
    /// Where, if it can be located in the workbook.
    pub location: Option<Location>,
    /// The JSON path in the assembled snapshot, for problems the core validator found.
    pub path: Option<String>,
    /// The rule broken (the core loader's rules; codes via `rule.code()`).
    pub rule: Rule,
    /// Message in English.
    pub en: String,
    /// Message in Japanese.
    pub ja: String,
}

impl SheetProblem {
    /// A problem at a location.
    pub fn at(location: Location, rule: Rule, en: impl Into<String>, ja: impl Into<String>) -> SheetProblem {
        SheetProblem { location: Some(location), path: None, rule, en: en.into(), ja: ja.into() }
    }

    /// `location: message` in one language.
    pub fn located(&self, japanese: bool) -> String {
        let msg = if japanese { &self.ja } else { &self.en };
        match (&self.location, &self.path) {
            (Some(l), _) => format!("{l}: {msg}"),
            (None, Some(p)) if !p.is_empty() => format!("{p}: {msg}"),
            _ => msg.clone(),
        }
    }
}

impl fmt::Display for SheetProblem {
    /// The location, then the Japanese and the English message.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} / {}", self.located(true), self.en)
    }
}

/// Every problem of one import; never empty when returned as an error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetProblems(pub Vec<SheetProblem>);

impl SheetProblems {
    /// The problems.
    pub fn iter(&self) -> std::slice::Iter<'_, SheetProblem> {
        self.0.iter()
    }
    /// How many.
    pub fn len(&self) -> usize {
        self.0.len()
    }
    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for SheetProblems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for SheetProblems {}

impl<'a> IntoIterator for &'a SheetProblems {
    type Item = &'a SheetProblem;
    type IntoIter = std::slice::Iter<'a, SheetProblem>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_like_excel() {
        let l = Location {
            sheet: "リスク".into(),
            key: "risks".into(),
            row: Some(12),
            column: Some(5),
            header: Some("残留発生可能性".into()),
        };
        assert_eq!(l.to_string(), "リスク!F12 (risks, row 12, column F \"残留発生可能性\")");
        let row = Location { column: None, header: None, ..l.clone() };
        assert_eq!(row.to_string(), "リスク!12:12 (risks, row 12)");
        let header = Location { row: Some(1), column: None, ..l.clone() };
        assert_eq!(header.to_string(), "リスク!1:1 (risks, row 1, column \"残留発生可能性\")");
        let sheet = Location { row: None, column: None, header: None, ..l };
        assert_eq!(sheet.to_string(), "リスク (risks)");
    }
}
