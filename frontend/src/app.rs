//! The dashboard root: the store and its context, the loads it starts, and the switch between
//! views.

use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;

use csm_core::snapshot::Language;
use gloo::timers::future::TimeoutFuture;
use wasm_bindgen_futures::spawn_local;
use web_sys::{Element, File};
use yew::prelude::*;

use crate::components::{DashboardHeader, LoadNotice, ProblemsPanel};
use crate::i18n;
use crate::services::source::{self, Source};
use crate::services::{Unavailable, file_picker, host};
use crate::store::{Action, Failure, LoadState, Origin, State, Store, accept};
use crate::views::{Empty, Overview};

/// Props of [`App`]: what [`crate::mount`] read from the host element before mounting.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The host element (the dashboard's root).
    pub host: Element,
    /// Where the initial snapshot comes from.
    pub source: Source,
    /// The language the host page asks for, if any.
    #[prop_or_default]
    pub language: Option<Language>,
    /// The browser's language, if the dashboard speaks it.
    #[prop_or_default]
    pub browser_language: Option<Language>,
}

/// One dashboard.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer({
        let (host_language, browser_language) = (props.language, props.browser_language);
        move || State::new(host_language, browser_language)
    });
    let tickets = use_mut_ref(|| 0_u32);

    {
        let (dispatcher, tickets, source) = (state.dispatcher(), tickets.clone(), props.source.clone());
        use_effect_with((), move |()| match source {
            Source::Embedded(bytes) => {
                start_load(dispatcher, &tickets, Origin::Embedded, async move { Ok::<_, Unavailable>(bytes) });
            }
            Source::Remote(url) => {
                let origin = Origin::Url(url.clone());
                start_load(dispatcher, &tickets, origin, async move { source::fetch(&url).await });
            }
            Source::Broken(why) => {
                start_load(dispatcher, &tickets, Origin::Embedded, async move { Err::<Vec<u8>, _>(why) });
            }
            Source::Nothing => {}
        });
    }
    {
        let host = props.host.clone();
        use_effect_with(state.phase(), move |phase| host::set_phase(&host, *phase));
    }
    {
        let host = props.host.clone();
        use_effect_with(state.language, move |language| host::set_language(&host, *language));
    }

    let on_file = {
        let (dispatcher, tickets) = (state.dispatcher(), tickets.clone());
        Callback::from(move |file: File| {
            let origin = Origin::File(file_picker::file_name(&file));
            start_load(dispatcher.clone(), &tickets, origin, async move { file_picker::read(&file).await });
        })
    };
    let on_language = {
        let dispatcher = state.dispatcher();
        Callback::from(move |language| dispatcher.dispatch(Action::ChooseLanguage(language)))
    };
    let on_dismiss = {
        let dispatcher = state.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(Action::DismissFailure))
    };

    let lang = state.language;
    let loading = match &state.load {
        LoadState::Loading { origin, .. } => Some(AttrValue::from(i18n::origin(lang, origin))),
        _ => None,
    };
    let problems = match &state.load {
        LoadState::Failed { origin, failure } => {
            let previous = state.current.as_ref().map(|c| AttrValue::from(i18n::origin(lang, &c.origin)));
            html! {
                <ProblemsPanel
                    language={lang}
                    origin={i18n::origin(lang, origin)}
                    failure={failure.clone()}
                    {previous}
                    {on_dismiss}
                />
            }
        }
        _ => Html::default(),
    };
    let view = if state.current.is_some() {
        html! { <Overview /> }
    } else {
        html! { <Empty language={lang} loading={loading.is_some()} /> }
    };

    html! {
        <ContextProvider<Store> context={state.clone()}>
            <div class="csm-shell">
                <DashboardHeader language={lang} {on_file} {on_language} />
                if let Some(origin) = loading {
                    <LoadNotice language={lang} {origin} />
                }
                { problems }
                { view }
            </div>
        </ContextProvider<Store>>
    }
}

/// Starts a load: announces it, lets the browser paint the loading state, awaits the bytes,
/// validates them with the core loader and reports the outcome. A newer load supersedes it.
fn start_load<F, B>(dispatcher: UseReducerDispatcher<State>, tickets: &Rc<RefCell<u32>>, origin: Origin, bytes: F)
where
    F: Future<Output = Result<B, Unavailable>> + 'static,
    B: AsRef<[u8]>,
{
    let ticket = {
        let mut last = tickets.borrow_mut();
        *last += 1;
        *last
    };
    dispatcher.dispatch(Action::Begin { ticket, origin });
    spawn_local(async move {
        TimeoutFuture::new(0).await;
        let result = match bytes.await {
            Ok(bytes) => accept(bytes.as_ref()),
            Err(why) => Err(Failure::Unavailable(why)),
        };
        dispatcher.dispatch(Action::Finish { ticket, result });
    });
}
