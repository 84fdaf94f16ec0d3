//! Located problems: what the loader reports about a bad export.

use std::fmt;

/// The rule a problem breaks. Stable identifiers (`rule.code()`) let tests and tools match problems
/// without parsing messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rule {
    /// The file is larger than [`super::MAX_BYTES`].
    TooLarge,
    /// The bytes are not UTF-8 (UTF-16, Shift_JIS, Latin-1 …).
    Encoding,
    /// The text is not JSON (or is truncated, or uses `NaN`/`Infinity`, or nests too deeply).
    Syntax,
    /// `format` is not `csm-snapshot`.
    Format,
    /// `version` is not one this build reads.
    Version,
    /// A value has the wrong JSON type, or a string is not of the expected form (date, quarter, enumeration).
    Type,
    /// A required field is absent.
    Missing,
    /// A field the format does not define (usually a typo).
    Unknown,
    /// The same key twice in one JSON object.
    DuplicateKey,
    /// A number outside its allowed range, or a count inconsistent with another.
    Range,
    /// A date after the export's `as_of`, outside its quarter, or before the date it follows.
    Date,
    /// Two records share an id that must be unique.
    DuplicateId,
    /// A reference to an id that does not exist.
    DanglingReference,
    /// Quarters not strictly increasing, or after `as_of`.
    Order,
    /// The risk matrix is malformed: its size, the grid's shape or monotonicity, or a colour. (An unknown
    /// level id in the grid or in `tolerance` is a [`Rule::DanglingReference`].)
    Matrix,
    /// A required entry is absent from a list (e.g. a check item not assessed) or a required text is empty.
    Incomplete,
}

impl Rule {
    /// A stable kebab-case code, e.g. `dangling-reference`.
    pub fn code(self) -> &'static str {
        match self {
            Rule::TooLarge => "too-large",
            Rule::Encoding => "encoding",
            Rule::Syntax => "syntax",
            Rule::Format => "format",
            Rule::Version => "version",
            Rule::Type => "type",
            Rule::Missing => "missing",
            Rule::Unknown => "unknown",
            Rule::DuplicateKey => "duplicate-key",
            Rule::Range => "range",
            Rule::Date => "date",
            Rule::DuplicateId => "duplicate-id",
            Rule::DanglingReference => "dangling-reference",
            Rule::Order => "order",
            Rule::Matrix => "matrix",
            Rule::Incomplete => "incomplete",
        }
    }
}

/// One problem in an export: where (a JSON path such as `quarters[3].risks[12].residual.likelihood`,
/// empty for the whole file), which rule, and a message in English and Japanese.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// JSON path of the offending value; `""` for the file as a whole.
    pub path: String,
    /// The rule broken.
    pub rule: Rule,
    /// Message in English.
    pub en: String,
    /// Message in Japanese.
    pub ja: String,
}

impl Problem {
    /// A problem at `path`.
    pub fn new(path: impl Into<String>, rule: Rule, en: impl Into<String>, ja: impl Into<String>) -> Problem {
        Problem { path: path.into(), rule, en: en.into(), ja: ja.into() }
    }

    /// `path: message` in the chosen language (`ja` when `japanese`).
    pub fn located(&self, japanese: bool) -> String {
        let msg = if japanese { &self.ja } else { &self.en };
        if self.path.is_empty() { msg.clone() } else { format!("{}: {}", self.path, msg) }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.located(false))
    }
}

/// Every problem found in one export, in document order as far as the loader could tell. Never empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems(pub Vec<Problem>);

impl Problems {
    /// The problems.
    pub fn iter(&self) -> std::slice::Iter<'_, Problem> {
        self.0.iter()
    }
    /// How many.
    pub fn len(&self) -> usize {
        self.0.len()
    }
    /// Never true for a `Problems` returned by the loader.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for Problems {
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

impl std::error::Error for Problems {}

impl<'a> IntoIterator for &'a Problems {
    type Item = &'a Problem;
    type IntoIter = std::slice::Iter<'a, Problem>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}
