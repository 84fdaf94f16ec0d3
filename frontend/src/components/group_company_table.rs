//! The group companies (系列企業) an export covers.

use csm_core::snapshot::{GroupCompany, Language};
use yew::prelude::*;

use crate::i18n::{self, labels};

/// Props of [`GroupCompanyTable`].
#[derive(Properties, PartialEq)]
pub struct GroupCompanyTableProps {
    /// Display language.
    pub language: Language,
    /// The group companies, in export order.
    pub companies: Vec<GroupCompany>,
}

/// A table of names and head-counts, or a sentence when there are none.
#[component]
pub fn GroupCompanyTable(props: &GroupCompanyTableProps) -> Html {
    let lang = props.language;
    let l = labels(lang);
    let name = |g: &GroupCompany| match (lang, &g.name_en) {
        (Language::En, Some(en)) => en.clone(),
        _ => g.name.clone(),
    };
    html! {
        <section class="csm-card csm-group">
            <h3 class="csm-card-title">{ l.group_companies }</h3>
            if props.companies.is_empty() {
                <p class="csm-muted">{ l.no_group_companies }</p>
            } else {
                <table class="csm-table" data-testid="group-companies">
                    <thead>
                        <tr>
                            <th scope="col">{ l.company }</th>
                            <th scope="col" class="csm-num">{ l.employees }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for props.companies.iter().map(|g| html! {
                            <tr key={g.id.clone()}>
                                <td>{ name(g) }</td>
                                <td class="csm-num">{ i18n::people(lang, g.employees) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}
