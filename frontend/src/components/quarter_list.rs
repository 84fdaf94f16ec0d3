//! The export's quarters; choosing one sets the quarter the board looks at.

use csm_core::calendar::Quarter;
use csm_core::snapshot::Language;
use yew::prelude::*;

use crate::i18n::{self, labels};

/// Props of [`QuarterList`].
#[derive(Properties, PartialEq)]
pub struct QuarterListProps {
    /// Display language.
    pub language: Language,
    /// The quarters, oldest first.
    pub quarters: Vec<Quarter>,
    /// The chosen quarter.
    pub chosen: Option<Quarter>,
    /// Called with the quarter the person chooses.
    pub on_choose: Callback<Quarter>,
}

/// `data-testid="quarter-list"`: one `li` per quarter (`data-quarter="2026Q1"`), each a toggle button.
#[component]
pub fn QuarterList(props: &QuarterListProps) -> Html {
    let lang = props.language;
    let l = labels(lang);
    let latest = props.quarters.last().copied();
    let item = |q: Quarter| {
        let chosen = props.chosen == Some(q);
        let onclick = {
            let on_choose = props.on_choose.clone();
            Callback::from(move |_: MouseEvent| on_choose.emit(q))
        };
        html! {
            <li key={q.to_string()} class="csm-quarter" data-quarter={q.to_string()}>
                <button
                    type="button"
                    class={classes!("csm-quarter-button", chosen.then_some("is-chosen"))}
                    aria-pressed={if chosen { "true" } else { "false" }}
                    {onclick}
                >
                    <span class="csm-quarter-name">{ i18n::quarter(lang, q) }</span>
                    <span class="csm-quarter-months">{ i18n::quarter_months(lang, q) }</span>
                    if latest == Some(q) {
                        <span class="csm-tag">{ l.latest }</span>
                    }
                </button>
            </li>
        }
    };
    html! {
        <section class="csm-card csm-quarters">
            <h3 class="csm-card-title">{ l.quarters }</h3>
            <ol class="csm-quarter-list" data-testid="quarter-list">
                { for props.quarters.iter().copied().map(item) }
            </ol>
        </section>
    }
}
