//! The words of the board summary: every sentence a board member reads, in Japanese and English.
//! [`Reason::message`](super::Reason::message) says why a light has its colour, [`Ask::title`](super::Ask::title)
//! what the board is asked. The rules that produce them live in `lights.rs` and `decisions.rs`; the JSON
//! carries the data, these render it.

mod ask;
mod board;
mod group;
mod loss;
mod reason;

use crate::snapshot::Language;
use crate::text::{number, pct};

/// `items` joined with the language's list separator.
fn join(items: &[String], lang: Language) -> String {
    items.join(if lang == Language::Ja { "、" } else { ", " })
}

/// How a sentence sets the data strings it names (partners, risks, incidents, areas, levels — text
/// from the export): as they are (`Plain`: the CLI, the tests, the JSON's readers), or each as a bidi
/// isolate (`Isolated`: the page, [`crate::text::isolate`]), so that an override in one name cannot
/// reorder the sentence around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Data strings as they are.
    Plain,
    /// Each data string wrapped in FSI … PDI.
    Isolated,
}

impl Form {
    /// `s`, a data string, set in this form.
    pub fn data(self, s: &str) -> String {
        match self {
            Form::Plain => s.to_owned(),
            Form::Isolated => crate::text::isolate(s),
        }
    }
}

/// The first `shown` of `items` (each set in `form`), then "and N more" (partners: ほか N 社).
fn names(items: &[String], shown: usize, lang: Language, form: Form) -> String {
    let items: Vec<String> = items.iter().map(|s| form.data(s)).collect();
    let list = join(&items[..items.len().min(shown)], lang);
    match (items.len().saturating_sub(shown), lang) {
        (0, _) => list,
        (more, Language::Ja) => format!("{list} ほか {more} 社"),
        (more, Language::En) => format!("{list} and {more} more"),
    }
}

/// A KPI's value or target: a percentage, else a number with one decimal.
fn figure(x: f64, percent: bool) -> String {
    if percent { pct(x) } else { number(x, 1) }
}

/// Why a KPI within its target is off track, if that is the case: the incidents KPI is off track in a
/// quarter with a major or severe incident whatever the count (rule in `kpi.rs`).
fn off_track_note(kpi: crate::kpi::KpiId, value: f64, target: f64, lang: Language) -> &'static str {
    if kpi != crate::kpi::KpiId::Incidents || value > target {
        return "";
    }
    match lang {
        Language::Ja => "（件数は目標内だが、重大インシデントが発生）",
        Language::En => " (within the count, but a major or severe incident occurred)",
    }
}
