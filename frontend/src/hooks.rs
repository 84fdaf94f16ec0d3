//! Hooks the views share.

use std::rc::Rc;

use csm_core::fiscal::FiscalQuarter;
use csm_core::snapshot::Language;
use csm_core::summary::BoardSummary;
use gloo::render::{AnimationFrame, request_animation_frame};
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

/// False on a component's first render and until the browser has drawn one frame after it; true
/// from the frame after that. A view renders what lies below its first screen only then, so the
/// frame that shows the view's top comes sooner (issue 18: the risks view's cards below the register,
/// a quarter of its elements at 20,000 risks). Unmounting before then cancels the wait.
#[hook]
pub fn use_after_first_frame() -> bool {
    let drawn = use_state(|| false);
    {
        let drawn = drawn.clone();
        use_effect_with((), move |()| {
            // The first callback runs before the frame that shows the first render is drawn; the one
            // it requests, before the frame after it. Each handle in its own slot: a callback must not
            // drop the handle that holds it.
            let second: Rc<std::cell::RefCell<Option<AnimationFrame>>> = Rc::default();
            let first = {
                let second = second.clone();
                request_animation_frame(move |_| {
                    *second.borrow_mut() = Some(request_animation_frame(move |_| drawn.set(true)));
                })
            };
            move || {
                drop(first);
                drop(second.take());
            }
        });
    }
    *drawn
}

/// The rows a long list draws in the frame that opens its view: the partner lists begin below the first
/// screen (the first at 1,035 px at 1440 × 1000, under the view's top cards), so eight rows cover what a
/// taller screen shows of them (25 until 2026-12-07: 1,500 more elements in that frame, none on screen).
pub const ROWS_FIRST: usize = 8;

/// How many of a list's `total` rows to draw now: [`ROWS_FIRST`] in the frame that opens the view, all
/// of them from the frame after it ([`use_after_first_frame`]), so that a view with hundreds of rows
/// (387 partners of a 300-company group, ≈ 24,000 elements) shows its top within a frame budget
/// instead of after half a second; while fewer than `total` are drawn, the list's section is
/// `aria-busy` (issue 18). Drawing the rest a few rows per frame was measured and not taken: every
/// frame re-laid out the whole growing table, and the list took 2.4 s to complete instead of 0.6 s.
#[hook]
pub fn use_rows_shown(total: usize) -> usize {
    use_rows_shown_from(total, ROWS_FIRST)
}

/// [`use_rows_shown`] with the count of the first frame given: `first` rows, then all of them.
#[hook]
pub fn use_rows_shown_from(total: usize, first: usize) -> usize {
    rows_shown(use_after_first_frame(), total, first)
}

/// Of `total` rows, `first` until the frame after the first has been `drawn` ([`use_after_first_frame`]),
/// then all: for a view with several lists cut at different places under one wait.
pub fn rows_shown(drawn: bool, total: usize, first: usize) -> usize {
    if drawn { total } else { total.min(first) }
}

/// Whether a `details` element is open, and the `ontoggle` handler that keeps it so: what is folded
/// inside it is built only while it is open (a closed fold shows none of it).
#[hook]
pub fn use_details_open() -> (bool, Callback<Event>) {
    let open = use_state_eq(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| open.set(e.target_unchecked_into::<web_sys::Element>().has_attribute("open")))
    };
    (*open, ontoggle)
}

/// `aria-busy` for a list's section that draws `shown` of its `total` rows ([`use_rows_shown`]):
/// `"true"` while rows are still to come, absent once all are drawn.
pub fn busy(shown: usize, total: usize) -> Option<&'static str> {
    (shown < total).then_some("true")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_is_busy_while_rows_are_still_to_come() {
        assert_eq!(busy(ROWS_FIRST, 387), Some("true"));
        assert_eq!(busy(386, 387), Some("true"), "one row short");
        assert_eq!(busy(387, 387), None, "every row drawn");
        assert_eq!(busy(12, 12), None, "a list shorter than the first frame's rows is never busy");
        assert_eq!(busy(0, 0), None);
    }

    #[test]
    fn rows_are_cut_only_before_the_second_frame() {
        assert_eq!(rows_shown(false, 40, 16), 16);
        assert_eq!(rows_shown(false, 16, 16), 16, "as many as the first frame's: all");
        assert_eq!(rows_shown(false, 8, 16), 8);
        assert_eq!(rows_shown(true, 40, 16), 40);
    }
}
