//! Which export is on screen, on every view: the validation result, the first 12 hex digits of the
//! export's SHA-256 and its `as_of` date — so a director knows which pack they read — with the
//! full digest, format and source on demand.

use csm_core::calendar::Date;
use csm_core::snapshot::Language;
use yew::prelude::*;

use crate::i18n::{self, labels};

/// Props of [`ExportId`].
#[derive(Properties, PartialEq)]
pub struct ExportIdProps {
    /// Display language.
    pub language: Language,
    /// Hex SHA-256 of the export's bytes.
    pub sha256: AttrValue,
    /// The export's `as_of` date.
    pub as_of: Date,
    /// The export's `format` field.
    pub format: AttrValue,
    /// The export's `version` field.
    pub version: u32,
    /// Where the export came from, as shown to people.
    pub origin: AttrValue,
}

/// `data-testid="export-id"` (with `data-sha256-prefix` and `data-as-of`) inside a `<details>`
/// whose body holds `validation-status`'s explanation and `export-sha256`.
#[component]
pub fn ExportId(props: &ExportIdProps) -> Html {
    let lang = props.language;
    let l = labels(lang);
    let short = i18n::short_digest(&props.sha256).to_owned();
    html! {
        <details class="csm-export">
            <summary class="csm-export-summary">
                <span class="csm-status csm-status-ok" data-testid="validation-status">{ l.valid }</span>
                <span
                    class="csm-export-id"
                    data-testid="export-id"
                    data-sha256-prefix={short.clone()}
                    data-as-of={props.as_of.to_string()}
                >
                    <span class="csm-export-label">{ l.export }</span>
                    <code class="csm-export-digest">{ short }</code>
                    <time class="csm-export-date" datetime={props.as_of.to_string()}>{ i18n::as_of(lang, props.as_of) }</time>
                </span>
            </summary>
            <div class="csm-export-body">
                <p class="csm-muted">{ l.valid_detail }</p>
                <dl class="csm-facts csm-facts-compact">
                    <div class="csm-fact">
                        <dt>{ l.format }</dt>
                        <dd>{ i18n::format_line(lang, &props.format, props.version) }</dd>
                    </div>
                    <div class="csm-fact">
                        <dt>{ l.source }</dt>
                        <dd class="csm-break">{ props.origin.clone() }</dd>
                    </div>
                    <div class="csm-fact csm-fact-full">
                        <dt>{ "SHA-256" }</dt>
                        <dd><code class="csm-digest" data-testid="export-sha256">{ props.sha256.clone() }</code></dd>
                    </div>
                </dl>
            </div>
        </details>
    }
}
