//! Hooks the views share.

use std::rc::Rc;

use csm_core::fiscal::FiscalQuarter;
use csm_core::snapshot::Language;
use csm_core::summary::BoardSummary;
use yew::prelude::*;

use crate::store::{Baseline, Store};

/// What a view of the chosen quarter reads from the store.
#[derive(Clone)]
pub struct QuarterSummary {
    /// The store (for dispatching and for core's register query).
    pub store: Store,
    /// The chosen quarter's board summary.
    pub summary: Rc<BoardSummary>,
    /// The comparison quarter and the differences against it, if there is one.
    pub baseline: Option<Rc<Baseline>>,
    /// Display language.
    pub lang: Language,
}

impl QuarterSummary {
    /// The comparison, if any.
    pub fn baseline(&self) -> Option<&Baseline> {
        self.baseline.as_deref()
    }

    /// The comparison quarter in the fiscal year, if any.
    pub fn versus(&self) -> Option<FiscalQuarter> {
        self.baseline.as_ref().map(|b| b.fiscal())
    }
}

/// The chosen quarter's summary and its comparison, or `None` before a quarter is on screen (the
/// view then renders nothing).
#[hook]
pub fn use_quarter_summary() -> Option<QuarterSummary> {
    let store = use_context::<Store>()?;
    let summary = store.summary.clone()?;
    Some(QuarterSummary { baseline: store.baseline.clone(), lang: store.language, summary, store })
}
