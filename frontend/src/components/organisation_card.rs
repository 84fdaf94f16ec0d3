//! Who the export is about: name, industry, size, group and the data date.

use csm_core::calendar::Date;
use csm_core::snapshot::{Language, Organisation};
use yew::prelude::*;

use crate::i18n::{self, labels, tag};

/// Props of [`OrganisationCard`].
#[derive(Properties, PartialEq)]
pub struct OrganisationCardProps {
    /// Display language.
    pub language: Language,
    /// The organisation.
    pub organisation: Organisation,
    /// The export's `as_of` date.
    pub as_of: Date,
}

/// The organisation's name (`data-testid="org-name"`) in the display language, the other-language
/// name beneath it, and its key facts.
#[component]
pub fn OrganisationCard(props: &OrganisationCardProps) -> Html {
    let lang = props.language;
    let l = labels(lang);
    let o = &props.organisation;
    let (name, alternative, alternative_lang) = match (lang, &o.name_en) {
        (Language::En, Some(en)) => (en.clone(), Some(o.name.clone()), Language::Ja),
        (Language::Ja, Some(en)) => (o.name.clone(), Some(en.clone()), Language::En),
        (_, None) => (o.name.clone(), None, lang),
    };
    let industry = match (lang, &o.industry_en) {
        (Language::En, Some(en)) => en.clone(),
        _ => o.industry.clone(),
    };
    html! {
        <section class="csm-card csm-org">
            <p class="csm-eyebrow">{ l.organisation }</p>
            <h2 class="csm-org-name" data-testid="org-name">{ name }</h2>
            if let Some(alternative) = alternative {
                <p class="csm-org-alt" lang={tag(alternative_lang)}>{ alternative }</p>
            }
            <dl class="csm-facts">
                <div class="csm-fact csm-fact-wide">
                    <dt>{ l.industry }</dt>
                    <dd>{ industry }</dd>
                </div>
                <div class="csm-fact">
                    <dt>{ l.employees }</dt>
                    <dd>{ i18n::people(lang, o.employees) }</dd>
                </div>
                <div class="csm-fact">
                    <dt>{ l.group_companies }</dt>
                    <dd>{ i18n::companies(lang, o.group_companies.len()) }</dd>
                </div>
                <div class="csm-fact">
                    <dt>{ l.as_of }</dt>
                    <dd><time datetime={props.as_of.to_string()}>{ i18n::date(lang, props.as_of) }</time></dd>
                </div>
            </dl>
        </section>
    }
}
