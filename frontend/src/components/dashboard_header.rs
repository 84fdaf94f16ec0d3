//! The dashboard's title bar: product name, file picker and language switch.

use csm_core::snapshot::Language;
use web_sys::File;
use yew::prelude::*;

use super::{FilePicker, LanguageToggle};
use crate::i18n::labels;

/// Props of [`DashboardHeader`].
#[derive(Properties, PartialEq)]
pub struct DashboardHeaderProps {
    /// Display language.
    pub language: Language,
    /// Called with a file the person chose.
    pub on_file: Callback<Vec<File>>,
    /// Called with the language the person chose.
    pub on_language: Callback<Language>,
}

/// The title bar.
#[component]
pub fn DashboardHeader(props: &DashboardHeaderProps) -> Html {
    let l = labels(props.language);
    html! {
        <header class="csm-header">
            <div class="csm-brand">
                <span class="csm-brand-mark"></span>
                <div class="csm-brand-text">
                    <p class="csm-brand-product">{ l.product }</p>
                    <p class="csm-brand-title">{ l.title }</p>
                </div>
            </div>
            <div class="csm-toolbar">
                <FilePicker language={props.language} on_file={props.on_file.clone()} />
                <LanguageToggle language={props.language} on_change={props.on_language.clone()} />
            </div>
        </header>
    }
}
