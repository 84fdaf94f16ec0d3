//! The 日本語 / English switch.

use csm_core::snapshot::Language;
use yew::prelude::*;

use crate::i18n::{labels, other, tag};

/// Props of [`LanguageToggle`].
#[derive(Properties, PartialEq)]
pub struct LanguageToggleProps {
    /// The current language.
    pub language: Language,
    /// Called with the language to switch to.
    pub on_change: Callback<Language>,
}

/// A button naming the other language in that language ("English" while Japanese is shown).
#[component]
pub fn LanguageToggle(props: &LanguageToggleProps) -> Html {
    let target = other(props.language);
    let l = labels(props.language);
    let onclick = {
        let on_change = props.on_change.clone();
        Callback::from(move |_: MouseEvent| on_change.emit(target))
    };
    html! {
        <button
            type="button"
            class="csm-button csm-button-quiet"
            data-testid="lang-toggle"
            lang={tag(target)}
            aria-label={l.switch_language}
            {onclick}
        >
            { l.other_language }
        </button>
    }
}
