//! The band under the title on every view: whose report it is, the quarter and comparison
//! selectors, and which export is on screen.

use csm_core::calendar::{Date, Quarter};
use csm_core::fiscal::FiscalYearStart;
use csm_core::snapshot::Language;
use yew::prelude::*;

use super::{ExportId, QuarterSelect};
use crate::i18n::{self, labels, tag};

/// Props of [`ContextBar`].
#[derive(Properties, PartialEq)]
pub struct ContextBarProps {
    /// Display language.
    pub language: Language,
    /// The organisation's name in the display language.
    pub name: AttrValue,
    /// Its name in the other language, if it has one.
    #[prop_or_default]
    pub other_name: Option<AttrValue>,
    /// Its industry in the display language.
    pub industry: AttrValue,
    /// Employees.
    pub employees: u32,
    /// Group companies covered.
    pub group_companies: usize,
    /// The month the organisation's fiscal year starts.
    pub fiscal: FiscalYearStart,
    /// The export's quarters, oldest first.
    pub quarters: Vec<Quarter>,
    /// The chosen quarter.
    pub chosen: Option<Quarter>,
    /// The comparison quarter.
    pub compare: Option<Quarter>,
    /// Called with the quarter the person chooses.
    pub on_choose: Callback<Quarter>,
    /// Called with the comparison the person chooses.
    pub on_compare: Callback<Option<Quarter>>,
    /// Hex SHA-256 of the export.
    pub sha256: AttrValue,
    /// The export's `as_of` date.
    pub as_of: Date,
    /// The export's `format` and `version`.
    pub format: (AttrValue, u32),
    /// Where the export came from.
    pub origin: AttrValue,
}

/// `data-testid="org-name"` and the controls.
#[component]
pub fn ContextBar(props: &ContextBarProps) -> Html {
    let lang = props.language;
    let l = labels(lang);
    let mut facts = vec![i18n::people(lang, props.employees)];
    if props.group_companies > 0 {
        facts.push(format!("{} {}", l.group_short, i18n::companies(lang, props.group_companies)));
    }
    html! {
        <section class="csm-context" aria-label={l.organisation}>
            <div class="csm-context-org">
                <p class="csm-eyebrow">{ l.board_report }</p>
                <h2 class="csm-org-name" data-testid="org-name">{ props.name.clone() }</h2>
                <p class="csm-org-meta">
                    if let Some(other) = &props.other_name {
                        <span class="csm-org-alt" lang={tag(i18n::other(lang))} dir="auto">{ other.clone() }</span>
                    }
                    <span><bdi>{ props.industry.clone() }</bdi>{ format!(" · {}", facts.join(" · ")) }</span>
                </p>
            </div>
            <div class="csm-context-controls">
                <QuarterSelect
                    language={lang}
                    fiscal={props.fiscal}
                    quarters={props.quarters.clone()}
                    chosen={props.chosen}
                    compare={props.compare}
                    on_choose={props.on_choose.clone()}
                    on_compare={props.on_compare.clone()}
                />
                <ExportId
                    language={lang}
                    sha256={props.sha256.clone()}
                    as_of={props.as_of}
                    format={props.format.0.clone()}
                    version={props.format.1}
                    origin={props.origin.clone()}
                />
            </div>
        </section>
    }
}
