//! The validation result of the export on screen.

use csm_core::snapshot::Language;
use yew::prelude::*;

use crate::i18n::{self, labels};

/// Props of [`ValidationStatus`].
#[derive(Properties, PartialEq)]
pub struct ValidationStatusProps {
    /// Display language.
    pub language: Language,
    /// The export's `format` field.
    pub format: AttrValue,
    /// The export's `version` field.
    pub version: u32,
    /// Where the export came from, as shown to people.
    pub origin: AttrValue,
    /// Hex SHA-256 of the export's bytes.
    pub sha256: AttrValue,
}

/// `data-testid="validation-status"`: "有効" / "OK". Only validated snapshots reach the screen, so
/// this always reports success; rejected files are shown by the problems panel instead.
#[component]
pub fn ValidationStatus(props: &ValidationStatusProps) -> Html {
    let lang = props.language;
    let l = labels(lang);
    html! {
        <section class="csm-card csm-validation">
            <h3 class="csm-card-title">{ l.validation }</h3>
            <p class="csm-status csm-status-ok" data-testid="validation-status">{ l.valid }</p>
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
        </section>
    }
}
