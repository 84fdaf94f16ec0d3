//! The polite "loading …" notice.

use csm_core::snapshot::Language;
use yew::prelude::*;

use crate::i18n;

/// Props of [`LoadNotice`].
#[derive(Properties, PartialEq)]
pub struct LoadNoticeProps {
    /// Display language.
    pub language: Language,
    /// What is loading, as shown to people.
    pub origin: AttrValue,
}

/// A status line announced to screen readers without interrupting them.
#[component]
pub fn LoadNotice(props: &LoadNoticeProps) -> Html {
    html! {
        <p class="csm-notice" role="status" aria-live="polite">
            <span class="csm-spinner"></span>
            { i18n::loading(props.language, &props.origin) }
        </p>
    }
}
