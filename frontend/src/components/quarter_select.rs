//! The quarter the board looks at and the quarter it is compared with, as two labelled `<select>`s
//! (`data-testid="quarter-select"`, `"compare-select"`; option values are quarters such as
//! `2026Q3`, and `""` for no comparison). In print the selects give way to plain text.

use csm_core::calendar::Quarter;
use csm_core::fiscal::FiscalYearStart;
use csm_core::snapshot::Language;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::i18n::{self, labels};

/// Props of [`QuarterSelect`].
#[derive(Properties, PartialEq)]
pub struct QuarterSelectProps {
    /// Display language.
    pub language: Language,
    /// The month the organisation's fiscal year starts (quarters are named in it).
    pub fiscal: FiscalYearStart,
    /// The export's quarters, oldest first.
    pub quarters: Vec<Quarter>,
    /// The chosen quarter.
    pub chosen: Option<Quarter>,
    /// The comparison quarter.
    pub compare: Option<Quarter>,
    /// Called with the quarter the person chooses.
    pub on_choose: Callback<Quarter>,
    /// Called with the comparison the person chooses (`None`: no comparison).
    pub on_compare: Callback<Option<Quarter>>,
}

/// The value of the `<select>` that fired `event` (read through `Reflect`: the crate does not
/// enable web-sys' `HtmlSelectElement`).
fn selected_value(event: &Event) -> Option<String> {
    let target: JsValue = event.target()?.into();
    js_sys::Reflect::get(&target, &"value".into()).ok()?.as_string()
}

/// Keeps a `<select>`'s current value on `value` after every change of the state (the `selected`
/// attributes only set the default, which browsers stop following once the person has chosen).
fn sync(select: &NodeRef, value: &str) {
    if let Some(element) = select.get() {
        let _ = js_sys::Reflect::set(&element, &"value".into(), &value.into());
    }
}

/// The two selectors.
#[component]
pub fn QuarterSelect(props: &QuarterSelectProps) -> Html {
    let (quarter_ref, compare_ref) = (use_node_ref(), use_node_ref());
    {
        let (quarter_ref, compare_ref) = (quarter_ref.clone(), compare_ref.clone());
        let values = (props.chosen, props.compare, props.quarters.clone());
        use_effect_with(values, move |(chosen, compare, _)| {
            sync(&quarter_ref, &chosen.map(|q| q.to_string()).unwrap_or_default());
            sync(&compare_ref, &compare.map(|q| q.to_string()).unwrap_or_default());
        });
    }
    let lang = props.language;
    let l = labels(lang);
    let latest = props.quarters.last().copied();
    let fiscal = props.fiscal;
    let name = |q: Quarter| {
        let fq = fiscal.quarter(q);
        if Some(q) == latest { i18n::latest(lang, fq) } else { i18n::quarter(lang, fq) }
    };
    let on_quarter = {
        let on_choose = props.on_choose.clone();
        Callback::from(move |e: Event| {
            if let Some(q) = selected_value(&e).and_then(|v| v.parse().ok()) {
                on_choose.emit(q);
            }
        })
    };
    let on_compare = {
        let on_compare = props.on_compare.clone();
        Callback::from(move |e: Event| {
            if let Some(value) = selected_value(&e) {
                on_compare.emit(value.parse().ok());
            }
        })
    };
    let earlier: Vec<Quarter> =
        props.quarters.iter().copied().filter(|q| props.chosen.is_some_and(|c| *q < c)).collect();
    let chosen_text = props.chosen.map(|q| i18n::quarter_with_months(lang, fiscal.quarter(q))).unwrap_or_default();
    let compare_text =
        props.compare.map_or_else(|| l.no_compare.to_owned(), |q| i18n::quarter(lang, fiscal.quarter(q)));
    html! {
        <div class="csm-selects">
            <label class="csm-select">
                <span class="csm-select-label">{ l.quarter_select }</span>
                <select class="csm-select-input" data-testid="quarter-select" ref={quarter_ref} onchange={on_quarter}>
                    { for props.quarters.iter().rev().map(|q| html! {
                        <option key={q.to_string()} value={q.to_string()} selected={props.chosen == Some(*q)}>{ name(*q) }</option>
                    }) }
                </select>
                <span class="csm-print-only">{ chosen_text }</span>
            </label>
            <label class="csm-select">
                <span class="csm-select-label">{ l.compare_select }</span>
                <select class="csm-select-input" data-testid="compare-select" ref={compare_ref} onchange={on_compare}>
                    <option value="" selected={props.compare.is_none()}>{ l.no_compare }</option>
                    { for earlier.iter().rev().map(|q| html! {
                        <option key={q.to_string()} value={q.to_string()} selected={props.compare == Some(*q)}>{ i18n::quarter(lang, fiscal.quarter(*q)) }</option>
                    }) }
                </select>
                <span class="csm-print-only">{ compare_text }</span>
            </label>
        </div>
    }
}
