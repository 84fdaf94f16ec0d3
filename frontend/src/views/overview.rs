//! The first screen: who the export is about, its quarters and its validation result.

use csm_core::calendar::Quarter;
use yew::prelude::*;

use crate::components::{GroupCompanyTable, OrganisationCard, QuarterList, ValidationStatus};
use crate::i18n;
use crate::store::{Action, Store};

/// The overview of the snapshot on screen (renders nothing without one).
#[component]
pub fn Overview() -> Html {
    let Some(store) = use_context::<Store>() else {
        return Html::default();
    };
    let Some(current) = store.current.clone() else {
        return Html::default();
    };
    let lang = store.language;
    let snapshot = current.snapshot();
    let on_choose = {
        let dispatcher = store.dispatcher();
        Callback::from(move |q: Quarter| dispatcher.dispatch(Action::ChooseQuarter(q)))
    };
    let quarters: Vec<Quarter> = snapshot.quarters.iter().map(|q| q.quarter).collect();
    html! {
        <div class="csm-overview">
            <OrganisationCard
                language={lang}
                organisation={snapshot.organisation.clone()}
                as_of={snapshot.as_of}
            />
            <QuarterList language={lang} {quarters} chosen={store.quarter} {on_choose} />
            <div class="csm-grid">
                <ValidationStatus
                    language={lang}
                    format={snapshot.format.clone()}
                    version={snapshot.version}
                    origin={i18n::origin(lang, &current.origin)}
                    sha256={current.export.sha256.to_string()}
                />
                <GroupCompanyTable language={lang} companies={snapshot.organisation.group_companies.clone()} />
            </div>
        </div>
    }
}
