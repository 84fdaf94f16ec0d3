//! The dashboard root: the store and its context, the loads it starts, the route (kept in the URL
//! fragment by the page's first dashboard, see [`crate::routing`]) and the switch between views.

use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;

use csm_core::calendar::Quarter;
use csm_core::snapshot::Language;
use gloo::timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::{DragEvent, Element, File, Node};
use yew::prelude::*;

use crate::components::{ContextBar, DashboardHeader, LoadNotice, ProblemsPanel, ViewTabs, WarningsPanel};
use crate::i18n::{self, labels};
use crate::routing::{self, Mode, ViewId};
use crate::services::source::{self, Handover, Source};
use crate::services::{Unavailable, digest, file_picker, host, location};
use crate::store::{
    Action, Company, Failure, HostState, LoadState, Origin, Stage, State, Store, accept_company, company_of,
    export_with, load_with,
};
use crate::views::{
    ChecksheetView, Empty, GroupView, ImpactView, KpisView, PartnersView, PdcaView, ReadinessView, RisksView,
    SummaryView, TrendsView,
};

/// Props of [`App`]: what [`crate::mount`] read from the host element before mounting.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The host element (the dashboard's root).
    pub host: Element,
    /// Where the initial snapshot comes from (taken when the load starts).
    pub source: Handover,
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
    let mode = *use_memo((), {
        let host = props.host.clone();
        move |()| location::mode_for(&host)
    });
    let dragging = use_state_eq(|| false);
    let shell = use_node_ref();

    // The route: restored from the URL fragment at start, followed when the person navigates
    // (back, forward, an edited fragment), written back whenever the state changes.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |()| {
            let listeners = if mode == Mode::Hash {
                if let Some(route) = routing::parse(&location::fragment()) {
                    dispatcher.dispatch(Action::Navigate(route));
                }
                location::listen(move |fragment: String| {
                    if let Some(route) = routing::parse(&fragment) {
                        dispatcher.dispatch(Action::Navigate(route));
                    }
                })
            } else {
                Vec::new()
            };
            move || drop(listeners)
        });
    }
    {
        let ready = state.current.is_some() || state.group.is_some();
        use_effect_with((state.route(), ready), move |(route, ready)| {
            if mode != Mode::Hash || !*ready {
                return;
            }
            let (now, next) = (location::fragment(), routing::format(route));
            if now != next {
                // A new view is a new history entry (the back button returns to the previous one);
                // a new quarter or language replaces the current entry.
                let push = routing::parse(&now).is_some_and(|before| before.view != route.view);
                location::write(&next, push);
            }
        });
    }

    {
        let (dispatcher, tickets, source) = (state.dispatcher(), tickets.clone(), props.source.clone());
        use_effect_with((), move |()| match source.take() {
            Some(Source::Embedded(bytes)) => {
                let read = move |_| async move { Ok::<_, Unavailable>(bytes) };
                start_load(dispatcher, &tickets, Origin::Embedded, false, read);
            }
            Some(Source::Remote(url)) => {
                let origin = Origin::Url(url.clone());
                start_load(dispatcher, &tickets, origin, false, move |_| async move { source::fetch(&url).await });
            }
            Some(Source::Broken(why)) => {
                let read = move |_| async move { Err::<Vec<u8>, _>(why) };
                start_load(dispatcher, &tickets, Origin::Embedded, false, read);
            }
            Some(Source::Group(files)) => {
                let origin = Origin::Embedded;
                start_group(
                    dispatcher,
                    &tickets,
                    origin,
                    files.into_iter().map(|(label, bytes)| (label, async move { bytes })).collect(),
                );
            }
            Some(Source::Nothing) | None => {}
        });
    }
    {
        let host = props.host.clone();
        use_effect_with(state.phase(), move |phase| {
            if *phase == HostState::Ready {
                // Effects run once the render is in the DOM: the first render of a loaded export ends here.
                mark("csm:render:end");
            }
            host::set_phase(&host, *phase)
        });
    }
    {
        let host = props.host.clone();
        use_effect_with(state.language, move |language| host::set_language(&host, *language));
    }

    let on_file = {
        let (dispatcher, tickets) = (state.dispatcher(), tickets.clone());
        Callback::from(move |files: Vec<File>| open_files(dispatcher.clone(), &tickets, files))
    };
    let on_language = {
        let dispatcher = state.dispatcher();
        Callback::from(move |language| dispatcher.dispatch(Action::ChooseLanguage(language)))
    };
    let on_dismiss = {
        let dispatcher = state.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(Action::DismissFailure))
    };
    let on_view = {
        let dispatcher = state.dispatcher();
        Callback::from(move |view: ViewId| dispatcher.dispatch(Action::ChooseView(view)))
    };
    let on_choose = {
        let dispatcher = state.dispatcher();
        Callback::from(move |q: Quarter| dispatcher.dispatch(Action::ChooseQuarter(q)))
    };
    let on_compare = {
        let dispatcher = state.dispatcher();
        Callback::from(move |q: Option<Quarter>| dispatcher.dispatch(Action::ChooseCompare(q)))
    };

    // Drag and drop: a file dragged over the dashboard shows the drop zone; dropping opens it.
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            if file_picker::drags_files(&e) {
                e.prevent_default();
                file_picker::accept_drag(&e);
                dragging.set(true);
            }
        })
    };
    let ondragleave = {
        let (dragging, shell) = (dragging.clone(), shell.clone());
        Callback::from(move |e: DragEvent| {
            let to: Option<Node> = e.related_target().and_then(|t| t.dyn_into::<Node>().ok());
            let inside = shell.get().is_some_and(|s| s.contains(to.as_ref()));
            if !inside {
                dragging.set(false);
            }
        })
    };
    let ondrop = {
        let (dragging, dispatcher, tickets) = (dragging.clone(), state.dispatcher(), tickets.clone());
        Callback::from(move |e: DragEvent| {
            dragging.set(false);
            let files = file_picker::take_dropped_files(&e);
            if !files.is_empty() {
                e.prevent_default();
                open_files(dispatcher.clone(), &tickets, files);
            }
        })
    };

    let lang = state.language;
    let l = labels(lang);
    let loading = match &state.load {
        LoadState::Loading { origin, progress, .. } => Some((AttrValue::from(i18n::origin(lang, origin)), *progress)),
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
    let on_back = {
        let dispatcher = state.dispatcher();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            dispatcher.dispatch(Action::BackToGroup);
        })
    };
    let back = match (&state.group, state.company) {
        (Some(_), Some(_)) => {
            let g = crate::views::group::labels(lang);
            let href = routing::format(&routing::Route { view: ViewId::Group, ..state.route() });
            html! {
                <p class="csm-back">
                    <a class="csm-button" data-testid="back-to-group" {href} onclick={on_back}>{ g.back }</a>
                    { " " }<span class="csm-muted">{ g.company_of_group }</span>
                </p>
            }
        }
        _ => Html::default(),
    };
    // The group view stays mounted (hidden) while one of its companies is open: back shows it at once.
    // The same element either way (so it is kept), the page's main landmark only while shown: the
    // company's own `<main>` is the one landmark while it is open.
    let group = state.group.is_some().then(|| {
        let shown = state.on_group();
        html! {
            <div class="csm-main" role={shown.then_some("main")} hidden={!shown}><GroupView /></div>
        }
    });
    let body = match (&state.current, &state.summary) {
        _ if state.on_group() => Html::default(),
        (Some(current), Some(summary)) => {
            let snapshot = current.snapshot();
            let o = &summary.organisation;
            let other_name = snapshot
                .organisation
                .name_en
                .as_ref()
                .filter(|en| !en.trim().is_empty())
                .map(|_| AttrValue::from(o.name.get(i18n::other(lang)).to_owned()));
            let view = match state.view {
                ViewId::Summary | ViewId::Group => html! { <SummaryView /> },
                ViewId::Trends => html! { <TrendsView /> },
                ViewId::Checksheet => html! { <ChecksheetView /> },
                ViewId::Kpis => html! { <KpisView /> },
                ViewId::Risks => html! { <RisksView /> },
                ViewId::Pdca => html! { <PdcaView /> },
                ViewId::Partners => html! { <PartnersView /> },
                ViewId::Readiness => html! { <ReadinessView /> },
                ViewId::Impact => html! { <ImpactView /> },
            };
            html! {
                <>
                    { back }
                    <ContextBar
                        language={lang}
                        name={o.name.get(lang).to_owned()}
                        {other_name}
                        industry={o.industry.get(lang).to_owned()}
                        employees={o.employees}
                        group_companies={o.group_companies}
                        fiscal={summary.organisation.fiscal_year_start}
                        quarters={summary.quarters.clone()}
                        chosen={state.quarter}
                        compare={state.compare}
                        {on_choose}
                        {on_compare}
                        sha256={current.export.sha256.to_string()}
                        as_of={snapshot.as_of}
                        format={(AttrValue::from(snapshot.format.clone()), snapshot.version)}
                        origin={i18n::origin(lang, &current.origin)}
                    />
                    <ViewTabs language={lang} route={state.route()} {on_view} />
                    <main class="csm-main">{ view }</main>
                </>
            }
        }
        (Some(_), None) => html! { <p class="csm-notice">{ l.no_summary }</p> },
        (None, _) => html! { <Empty language={lang} loading={loading.is_some()} /> },
    };

    html! {
        <ContextProvider<Store> context={state.clone()}>
            <div
                class={classes!("csm-shell", (*dragging).then_some("is-dragging"))}
                ref={shell}
                {ondragover}
                {ondragleave}
                {ondrop}
            >
                <DashboardHeader language={lang} {on_file} {on_language} />
                if let Some((origin, progress)) = loading {
                    <LoadNotice language={lang} {origin} {progress} />
                }
                { problems }
                if let Some(current) = &state.current {
                    <WarningsPanel language={lang} export={current.export.clone()} />
                }
                { group }
                { body }
                <div class="csm-dropzone" aria-hidden="true">
                    <p class="csm-dropzone-text">{ l.drop_here }</p>
                </div>
            </div>
        </ContextProvider<Store>>
    }
}

/// Opens the files the person chose or dropped: one as always, several as a group.
fn open_files(dispatcher: UseReducerDispatcher<State>, tickets: &Rc<RefCell<u32>>, files: Vec<File>) {
    if files.len() == 1 {
        if let Some(file) = files.into_iter().next() {
            open_file(dispatcher, tickets, file);
        }
        return;
    }
    let names: Vec<String> = files.iter().map(file_picker::file_name).collect();
    let origin = Origin::File(names.join(", "));
    let reads = files
        .into_iter()
        .map(|file| (file_picker::file_name(&file), async move { file_picker::read(&file, |_, _| ()).await }))
        .collect();
    start_group(dispatcher, tickets, origin, reads);
}

/// Starts a load of several files: announces it, reads each, validates each with the core loader and
/// reports them together. A file that cannot be read or does not validate is that company's problem.
fn start_group<F, B>(
    dispatcher: UseReducerDispatcher<State>,
    tickets: &Rc<RefCell<u32>>,
    origin: Origin,
    files: Vec<(String, F)>,
) where
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
        let mut companies: Vec<Company> = Vec::with_capacity(files.len());
        for (label, read) in files {
            let company = match read.await {
                Ok(bytes) => {
                    // The browser hashes while the loader parses (services::digest).
                    let pending = digest::start(bytes.as_ref());
                    let loaded = load_with(bytes.as_ref(), |_| ());
                    let sha256 = digest::finish(pending).await;
                    company_of(&label, bytes.as_ref(), loaded, sha256)
                }
                Err(why) => accept_company(&label, Err(Failure::Unavailable(why)), None),
            };
            companies.push(company);
        }
        dispatcher.dispatch(Action::FinishGroup { ticket, companies });
    });
}

/// Opens a file the person chose or dropped, reporting reading progress.
fn open_file(dispatcher: UseReducerDispatcher<State>, tickets: &Rc<RefCell<u32>>, file: File) {
    let origin = Origin::File(file_picker::file_name(&file));
    let reporter = dispatcher.clone();
    start_load(dispatcher, tickets, origin, true, move |ticket| async move {
        let progress = move |loaded, total| reporter.dispatch(Action::Progress { ticket, loaded, total });
        file_picker::read(&file, progress).await
    });
}

/// Starts a load: announces it, lets the browser paint the loading state, awaits the bytes,
/// validates them with the core loader and reports the outcome. A newer load supersedes it.
/// `bytes` receives the load's ticket (for progress reports); with `progress`, the notice says
/// "checking" (and the browser paints it) before the core validates the bytes.
fn start_load<R, F, B>(
    dispatcher: UseReducerDispatcher<State>,
    tickets: &Rc<RefCell<u32>>,
    origin: Origin,
    progress: bool,
    bytes: R,
) where
    R: FnOnce(u32) -> F + 'static,
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
        let result = match bytes(ticket).await {
            Ok(bytes) => {
                if progress {
                    dispatcher.dispatch(Action::Progress { ticket, loaded: 1.0, total: 1.0 });
                    TimeoutFuture::new(16).await;
                }
                let stage = |stage| {
                    mark(match stage {
                        Stage::LoadStart => "csm:load:start",
                        Stage::LoadEnd => "csm:load:end",
                        Stage::HashEnd => "csm:hash:end",
                    })
                };
                // The browser hashes a copy while the core loader parses (services::digest); by the time
                // the loader is done, so is the digest.
                let pending = digest::start(bytes.as_ref());
                match load_with(bytes.as_ref(), stage) {
                    Ok(snapshot) => {
                        let sha256 = digest::finish(pending).await;
                        Ok(export_with(snapshot, bytes.as_ref(), sha256, stage))
                    }
                    Err(failure) => Err(failure),
                }
            }
            Err(why) => Err(Failure::Unavailable(why)),
        };
        // The reducer runs as the action is dispatched: the summaries are computed when it returns.
        dispatcher.dispatch(Action::Finish { ticket, result });
        mark("csm:summary:end");
    });
}

/// Sets a `performance.mark` (`csm:load:start`, `csm:load:end`, `csm:hash:end`, `csm:summary:end`,
/// `csm:render:end`) for the benchmark (`bench/browser.mjs`) to time the stages of a load. Marks
/// are timestamps in the page's performance timeline; they change nothing on screen.
fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
