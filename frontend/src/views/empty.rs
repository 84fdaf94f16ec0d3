//! What shows before any export is on screen.

use csm_core::snapshot::Language;
use yew::prelude::*;

use crate::i18n::labels;

/// Props of [`Empty`].
#[derive(Properties, PartialEq)]
pub struct EmptyProps {
    /// Display language.
    pub language: Language,
    /// Whether the first export is loading.
    pub loading: bool,
}

/// A calm placeholder: "preparing" while the first export loads, else how to open one.
#[component]
pub fn Empty(props: &EmptyProps) -> Html {
    let l = labels(props.language);
    html! {
        <section class="csm-card csm-empty">
            if props.loading {
                <p class="csm-muted">{ l.loading_placeholder }</p>
            } else {
                <h2 class="csm-empty-title">{ l.empty_title }</h2>
                <p class="csm-muted">{ l.empty_hint }</p>
            }
        </section>
    }
}
