//! The polite "loading …" notice, with a progress bar while a chosen file is read.

use csm_core::snapshot::Language;
use yew::prelude::*;

use crate::i18n::{self, labels};

/// Props of [`LoadNotice`].
#[derive(Properties, PartialEq)]
pub struct LoadNoticeProps {
    /// Display language.
    pub language: Language,
    /// What is loading, as shown to people.
    pub origin: AttrValue,
    /// How much of a chosen file has been read, in percent, once the browser reports it.
    #[prop_or_default]
    pub progress: Option<u8>,
}

/// A status line announced to screen readers without interrupting them (`data-testid="load-notice"`);
/// while a file is read, a `<progress>` bar and its percentage (`data-testid="load-progress"`), then
/// "checking the contents" while the core validates it.
#[component]
pub fn LoadNotice(props: &LoadNoticeProps) -> Html {
    let lang = props.language;
    let l = labels(lang);
    let line = match props.progress {
        Some(100) => l.checking.to_owned(),
        Some(pct) => i18n::reading(lang, &props.origin, pct),
        None => i18n::loading(lang, &props.origin),
    };
    html! {
        <div class="csm-notice" role="status" aria-live="polite" data-testid="load-notice">
            <span class="csm-spinner"></span>
            <span class="csm-notice-text">{ line }</span>
            if let Some(pct) = props.progress {
                <progress
                    class="csm-progress"
                    max="100"
                    value={pct.to_string()}
                    aria-label={l.reading}
                    data-testid="load-progress"
                >
                    { format!("{pct}%") }
                </progress>
            }
        </div>
    }
}
