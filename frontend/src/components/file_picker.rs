//! The labelled file input for choosing another export.

use csm_core::snapshot::Language;
use web_sys::{Event, File};
use yew::prelude::*;

use crate::i18n::labels;
use crate::services::file_picker::take_chosen_files;

/// Props of [`FilePicker`].
#[derive(Properties, PartialEq)]
pub struct FilePickerProps {
    /// Display language.
    pub language: Language,
    /// Called with the chosen files (one, or several: a group).
    pub on_file: Callback<Vec<File>>,
}

/// A button-styled `<label>` around a visually hidden `<input type="file">` (still focusable, so
/// keyboard and screen-reader users reach it; the label text is its accessible name).
#[component]
pub fn FilePicker(props: &FilePickerProps) -> Html {
    let l = labels(props.language);
    let onchange = {
        let on_file = props.on_file.clone();
        Callback::from(move |event: Event| {
            let files = take_chosen_files(&event);
            if !files.is_empty() {
                on_file.emit(files);
            }
        })
    };
    html! {
        <label class="csm-file">
            <input
                class="csm-file-input"
                type="file"
                accept=".json,application/json"
                multiple=true
                data-testid="file-input"
                {onchange}
            />
            <span class="csm-button csm-button-primary">{ l.open_file }</span>
            <span class="csm-file-hint">{ l.open_file_hint }</span>
        </label>
    }
}
