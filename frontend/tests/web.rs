//! Browser tests of the wiring: mount a dashboard into a fresh host element, let it load, read the
//! DOM. Run with `wasm-bindgen-test-runner` (see the crate's README section in `lib.rs`).

#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use gloo::timers::future::TimeoutFuture;
use serde_json::Value;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{DataTransfer, Element, File, FilePropertyBag, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

const MINIMAL: &str = include_str!("../../tests/fixtures/valid/minimal.json");

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A host `<div data-csm-dashboard>` in the page, with `json` embedded as its snapshot. It keeps
/// its route in memory, so tests do not share the page's URL fragment.
fn host_with(json: &str, lang: Option<&str>) -> Element {
    let doc = document();
    let host = doc.create_element("div").unwrap();
    host.set_attribute("data-csm-dashboard", "").unwrap();
    host.set_attribute("data-csm-routing", "memory").unwrap();
    if let Some(lang) = lang {
        host.set_attribute("data-lang", lang).unwrap();
    }
    let script = doc.create_element("script").unwrap();
    script.set_attribute("type", "application/json").unwrap();
    script.set_attribute("data-csm-snapshot", "").unwrap();
    script.set_text_content(Some(json));
    host.append_child(&script).unwrap();
    doc.body().unwrap().append_child(&host).unwrap();
    host
}

/// Waits until the dashboard leaves the `loading` state (at most ~5 s); returns `data-state`.
async fn settled(host: &Element) -> String {
    for _ in 0..500 {
        yew::scheduler::flush().await;
        match host.get_attribute("data-state").as_deref() {
            Some("loading") | None => TimeoutFuture::new(10).await,
            Some(state) => return state.to_owned(),
        }
    }
    panic!("the dashboard is still loading");
}

fn by_testid(host: &Element, id: &str) -> Option<Element> {
    host.query_selector(&format!("[data-testid=\"{id}\"]")).unwrap()
}

fn text(host: &Element, id: &str) -> String {
    by_testid(host, id).unwrap_or_else(|| panic!("no [data-testid={id}]")).text_content().unwrap_or_default()
}

fn problem_paths(host: &Element) -> Vec<String> {
    let list = host.query_selector_all("[data-testid=\"problems\"] li[data-path]").unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .filter_map(|e| e.get_attribute("data-path"))
        .collect()
}

/// The current value of the `<select>` with this test id.
fn select_value(host: &Element, id: &str) -> String {
    let select = by_testid(host, id).unwrap_or_else(|| panic!("no [data-testid={id}]"));
    js_sys::Reflect::get(&select, &"value".into()).unwrap().as_string().unwrap()
}

/// Chooses `value` in the `<select>` with this test id, as a person would.
async fn choose(host: &Element, id: &str, value: &str) {
    let select = by_testid(host, id).unwrap_or_else(|| panic!("no [data-testid={id}]"));
    js_sys::Reflect::set(&select, &"value".into(), &value.into()).unwrap();
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    yew::scheduler::flush().await;
}

/// Every element matching `selector`.
fn all(host: &Element, selector: &str) -> Vec<Element> {
    let list = host.query_selector_all(selector).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into::<Element>().ok()).collect()
}

fn minimal() -> Value {
    serde_json::from_str(MINIMAL).unwrap()
}

/// The fixture with two located mistakes: a maturity out of range and no employees.
fn broken() -> String {
    let mut v = minimal();
    v["quarters"][0]["checksheet"][0]["maturity"] = 9.into();
    v["organisation"]["employees"] = 0.into();
    v.to_string()
}

#[wasm_bindgen_test]
async fn shows_the_organisation_and_quarters_of_an_embedded_snapshot() {
    let v = minimal();
    let host = host_with(MINIMAL, None);
    let app = csm_frontend::mount(host.clone());
    assert_eq!(settled(&host).await, "ready");

    assert!(host.class_list().contains("csm-dashboard"));
    assert_eq!(text(&host, "org-name"), v["organisation"]["name"].as_str().unwrap());
    let quarters = host.query_selector_all("[data-testid=\"quarter-select\"] option").unwrap();
    assert_eq!(quarters.length() as usize, v["quarters"].as_array().unwrap().len());
    let last = v["quarters"].as_array().unwrap().last().unwrap()["quarter"].as_str().unwrap().to_owned();
    assert_eq!(select_value(&host, "quarter-select"), last);
    // The summary is the landing view, and the export is named on it.
    assert!(by_testid(&host, "view-summary").is_some());
    assert_eq!(host.query_selector_all("[data-testid=\"item-light\"]").unwrap().length(), 10);
    let id = by_testid(&host, "export-id").unwrap();
    assert_eq!(id.get_attribute("data-as-of").as_deref(), v["as_of"].as_str());
    // The fixture's language is Japanese.
    assert_eq!(v["language"], "ja");
    assert_eq!(host.get_attribute("lang").as_deref(), Some("ja"));
    assert!(text(&host, "validation-status").contains("有効"));
    assert!(by_testid(&host, "problems").is_none());

    // The embedded script was consumed: the host now holds the dashboard only.
    assert!(host.query_selector("script").unwrap().is_none());
    app.destroy();
    host.remove();
}

#[wasm_bindgen_test]
async fn reads_a_base64_export_as_csm_bundle_embeds_it_and_shows_its_digest() {
    use base64::Engine as _;
    use sha2::Digest as _;
    // The exact bytes, BOM included: the digest must be that of the file, not of its text.
    let bytes = [b"\xEF\xBB\xBF".as_slice(), MINIMAL.as_bytes()].concat();
    let doc = document();
    let host = doc.create_element("div").unwrap();
    host.set_attribute("data-csm-dashboard", "").unwrap();
    let script = doc.create_element("script").unwrap();
    script.set_attribute("type", "application/octet-stream").unwrap();
    script.set_attribute("data-csm-snapshot-base64", "").unwrap();
    script.set_text_content(Some(&base64::engine::general_purpose::STANDARD.encode(&bytes)));
    host.append_child(&script).unwrap();
    doc.body().unwrap().append_child(&host).unwrap();

    let app = csm_frontend::mount(host.clone());
    assert_eq!(settled(&host).await, "ready");
    assert_eq!(text(&host, "org-name"), minimal()["organisation"]["name"].as_str().unwrap());
    let expected: String = sha2::Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(text(&host, "export-sha256"), expected);
    app.destroy();
    host.remove();
}

#[wasm_bindgen_test]
async fn lists_every_located_problem_of_an_invalid_snapshot() {
    let host = host_with(&broken(), None);
    let app = csm_frontend::mount(host.clone());
    assert_eq!(settled(&host).await, "error");

    let paths = problem_paths(&host);
    assert!(paths.contains(&"quarters[0].checksheet[0].maturity".to_owned()), "{paths:?}");
    assert!(paths.contains(&"organisation.employees".to_owned()), "{paths:?}");
    assert!(by_testid(&host, "org-name").is_none(), "nothing valid was ever loaded");
    app.destroy();
    host.remove();
}

#[wasm_bindgen_test]
async fn a_rejected_file_keeps_the_previous_snapshot_on_screen() {
    let host = host_with(MINIMAL, Some("en"));
    let app = csm_frontend::mount(host.clone());
    assert_eq!(settled(&host).await, "ready");
    let name = text(&host, "org-name");
    // data-lang="en" wins over the snapshot's Japanese.
    assert!(text(&host, "validation-status").contains("OK"));

    // Choose a broken file through the real input, as a person would.
    let parts = js_sys::Array::of1(&broken().into());
    let options = FilePropertyBag::new();
    options.set_type("application/json");
    let file = File::new_with_str_sequence_and_options(&parts, "broken.json", &options).unwrap();
    let transfer = DataTransfer::new().unwrap();
    transfer.items().add_with_file(&file).unwrap();
    let input: HtmlInputElement = by_testid(&host, "file-input").unwrap().dyn_into().unwrap();
    input.set_files(transfer.files().as_ref());
    input.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    assert_eq!(settled(&host).await, "error");

    let panel = text(&host, "problems");
    assert!(panel.contains("broken.json"), "{panel}");
    assert!(problem_paths(&host).contains(&"organisation.employees".to_owned()));
    assert_eq!(text(&host, "org-name"), name, "the previous snapshot stays on screen");

    // The panel follows the language.
    let toggle: HtmlElement = by_testid(&host, "lang-toggle").unwrap().dyn_into().unwrap();
    toggle.click();
    yew::scheduler::flush().await;
    assert_eq!(host.get_attribute("lang").as_deref(), Some("ja"));
    assert!(text(&host, "problems").contains("を読み込めませんでした"));
    assert!(text(&host, "validation-status").contains("有効"));
    app.destroy();
    host.remove();
}

#[wasm_bindgen_test]
async fn an_unreachable_source_is_an_error_not_a_panic() {
    let doc = document();
    let host = doc.create_element("div").unwrap();
    host.set_attribute("data-csm-dashboard", "").unwrap();
    host.set_attribute("data-src", "/no-such-export-here.json").unwrap();
    doc.body().unwrap().append_child(&host).unwrap();
    let app = csm_frontend::mount(host.clone());
    assert_eq!(settled(&host).await, "error");
    assert_eq!(problem_paths(&host), vec![String::new()]);
    app.destroy();
    host.remove();
}

const SAMPLE_A: &str = include_str!("../../samples/a-company.json");

/// The page's URL fragment.
fn fragment() -> String {
    web_sys::window().unwrap().location().hash().unwrap()
}

/// Sets the page's URL fragment without a `hashchange` (as a link would have loaded it).
fn set_fragment(fragment: &str) {
    let history = web_sys::window().unwrap().history().unwrap();
    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment)).unwrap();
}

#[wasm_bindgen_test]
async fn a_deep_link_restores_view_quarter_and_language_and_navigation_follows_the_fragment() {
    let snapshot = csm_core::snapshot::load(SAMPLE_A.as_bytes()).unwrap();
    let quarters: Vec<String> = snapshot.quarters.iter().map(|q| q.quarter.to_string()).collect();
    let (first, second, last) = (&quarters[0], &quarters[1], quarters.last().unwrap());
    set_fragment(&format!("#/kpis?q={second}&vs=none&lang=en"));

    let host = host_with(SAMPLE_A, None);
    host.set_attribute("data-csm-routing", "hash").unwrap();
    let app = csm_frontend::mount(host.clone());
    assert_eq!(settled(&host).await, "ready");

    assert!(by_testid(&host, "view-kpis").is_some(), "the link opens the KPI view");
    assert_eq!(host.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(select_value(&host, "quarter-select"), *second);
    assert_eq!(select_value(&host, "compare-select"), "");
    let current = host.query_selector("[aria-current=\"page\"]").unwrap().unwrap();
    assert_eq!(current.get_attribute("data-view").as_deref(), Some("kpis"));
    assert_eq!(fragment(), format!("#/kpis?q={second}&vs=none&lang=en"));
    // The KPI series end at the linked quarter.
    let rows = all(&host, "[data-kpi=\"incidents\"] [data-testid=\"kpi-table\"] tbody tr");
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].get_attribute("data-quarter").as_deref(), Some(second.as_str()));

    // A tab is a link; following it writes the fragment (a new history entry).
    let tab: HtmlElement = by_testid(&host, "nav-checksheet").unwrap().dyn_into().unwrap();
    assert_eq!(tab.get_attribute("href"), Some(format!("#/checksheet?q={second}&vs=none&lang=en")));
    tab.click();
    yew::scheduler::flush().await;
    assert!(by_testid(&host, "view-checksheet").is_some());
    assert_eq!(fragment(), format!("#/checksheet?q={second}&vs=none&lang=en"));
    assert_eq!(all(&host, "[data-testid=\"check-item\"]").len(), 32);

    // Changing the quarter rewrites the fragment; the comparison moves to the previous quarter.
    choose(&host, "quarter-select", last).await;
    assert_eq!(fragment(), format!("#/checksheet?q={last}&vs={}&lang=en", quarters[quarters.len() - 2]));

    // The person edits the fragment (or goes back): the dashboard follows.
    web_sys::window().unwrap().location().set_hash(&format!("/summary?q={first}&lang=ja")).unwrap();
    for _ in 0..100 {
        yew::scheduler::flush().await;
        if by_testid(&host, "view-summary").is_some() {
            break;
        }
        TimeoutFuture::new(10).await;
    }
    assert!(by_testid(&host, "view-summary").is_some(), "hashchange restores the summary");
    assert_eq!(select_value(&host, "quarter-select"), *first);
    assert_eq!(host.get_attribute("lang").as_deref(), Some("ja"));

    app.destroy();
    host.remove();
    set_fragment("");
}

#[wasm_bindgen_test]
async fn switching_the_quarter_shows_that_quarters_numbers() {
    use csm_core::summary;
    use csm_core::text;
    let snapshot = csm_core::snapshot::load(SAMPLE_A.as_bytes()).unwrap();
    let host = host_with(SAMPLE_A, Some("ja"));
    let app = csm_frontend::mount(host.clone());
    assert_eq!(settled(&host).await, "ready");

    let check = |quarter: csm_core::calendar::Quarter| {
        let expected = summary::board_summary(&snapshot, quarter).unwrap();
        let lights: Vec<(String, String)> = all(&host, "[data-testid=\"item-light\"]")
            .iter()
            .map(|e| (e.get_attribute("data-item").unwrap(), e.get_attribute("data-light").unwrap()))
            .collect();
        let want: Vec<(String, String)> = expected
            .lights
            .iter()
            .map(|l| (l.item.to_string(), serde_json::to_value(l.light).unwrap().as_str().unwrap().to_owned()))
            .collect();
        assert_eq!(lights, want, "{quarter}");
        for k in &expected.kpis.kpis {
            let id = serde_json::to_value(k.id).unwrap().as_str().unwrap().to_owned();
            let tile = host.query_selector(&format!("[data-testid=\"kpi-tile\"][data-kpi=\"{id}\"]")).unwrap().unwrap();
            assert_eq!(tile.get_attribute("data-value"), k.value.map(|v| v.to_string()), "{quarter} {id}");
            let shown = tile.query_selector("[data-testid=\"kpi-value\"]").unwrap().unwrap().text_content().unwrap();
            if let (Some(v), csm_core::kpi::Unit::Percent) = (k.value, k.unit) {
                assert_eq!(shown.trim(), text::pct(v), "{quarter} {id}");
            }
        }
        assert_eq!(all(&host, "[data-testid=\"decision\"]").len(), expected.decisions.len(), "{quarter}");
        let loss = by_testid(&host, "expected-loss").unwrap();
        assert_eq!(loss.get_attribute("data-yen"), Some(expected.risk.loss.total_yen.to_string()));
        assert!(text(&host, "headline").contains(&expected.headline.message(csm_core::snapshot::Language::Ja)));
    };

    let latest = snapshot.quarters.last().unwrap().quarter;
    check(latest);
    let first = snapshot.quarters[0].quarter;
    choose(&host, "quarter-select", &first.to_string()).await;
    assert_eq!(select_value(&host, "quarter-select"), first.to_string());
    check(first);
    // The first quarter has nothing before it to compare with.
    assert_eq!(select_value(&host, "compare-select"), "");
    assert!(all(&host, "[data-testid=\"change\"]").is_empty(), "no change without a comparison");

    app.destroy();
    host.remove();
}

#[wasm_bindgen_test]
async fn a_file_dropped_on_the_dashboard_is_opened() {
    let host = host_with(MINIMAL, Some("en"));
    let app = csm_frontend::mount(host.clone());
    assert_eq!(settled(&host).await, "ready");
    let shell = host.query_selector(".csm-shell").unwrap().unwrap();

    let drag = |kind: &str, file: &File| {
        let transfer = DataTransfer::new().unwrap();
        transfer.items().add_with_file(file).unwrap();
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        init.set_cancelable(true);
        let event = web_sys::Event::new_with_event_init_dict(kind, &init).unwrap();
        js_sys::Reflect::set(&event, &"dataTransfer".into(), &transfer).unwrap();
        event
    };
    let options = FilePropertyBag::new();
    options.set_type("application/json");
    let broken =
        File::new_with_str_sequence_and_options(&js_sys::Array::of1(&broken().into()), "dropped.json", &options)
            .unwrap();

    // Dragging a file over the dashboard shows the drop zone.
    let over = drag("dragover", &broken);
    shell.dispatch_event(&over).unwrap();
    yew::scheduler::flush().await;
    assert!(over.default_prevented(), "the browser must not open the file itself");
    assert!(shell.class_list().contains("is-dragging"));

    shell.dispatch_event(&drag("drop", &broken)).unwrap();
    assert_eq!(settled(&host).await, "error");
    assert!(!shell.class_list().contains("is-dragging"));
    assert!(text(&host, "problems").contains("dropped.json"));
    assert!(problem_paths(&host).contains(&"organisation.employees".to_owned()));

    let good =
        File::new_with_str_sequence_and_options(&js_sys::Array::of1(&MINIMAL.into()), "good.json", &options).unwrap();
    shell.dispatch_event(&drag("drop", &good)).unwrap();
    assert_eq!(settled(&host).await, "ready");
    assert!(by_testid(&host, "problems").is_none());
    assert!(by_testid(&host, "view-summary").is_some());
    app.destroy();
    host.remove();
}

#[wasm_bindgen_test]
async fn warnings_are_listed_when_their_panel_is_opened() {
    // The first risk of the last quarter rated higher after treatment than before: a warning.
    let mut v = minimal();
    let risk = v["quarters"].as_array_mut().unwrap().last_mut().unwrap()["risks"][0].as_object_mut().unwrap();
    risk.insert("inherent".into(), serde_json::json!({"likelihood": 1, "impact": 3}));
    risk.insert("residual".into(), serde_json::json!({"likelihood": 2, "impact": 3}));
    let host = host_with(&v.to_string(), None);
    let app = csm_frontend::mount(host.clone());
    assert_eq!(settled(&host).await, "ready");

    let panel = by_testid(&host, "warnings").expect("a warnings panel");
    assert!(text(&host, "warnings").contains("1 件の警告"));
    // Closed, it holds no list; opened, it lists the warning where it is.
    assert!(panel.query_selector("li").unwrap().is_none());
    panel.set_attribute("open", "").unwrap();
    panel.dispatch_event(&web_sys::Event::new("toggle").unwrap()).unwrap();
    yew::scheduler::flush().await;
    let item = panel.query_selector("li[data-check=\"residual-above-inherent\"]").unwrap().expect("the warning listed");
    assert!(item.get_attribute("data-path").unwrap().ends_with(".risks[0].residual.likelihood"));
    app.destroy();
    host.remove();
}
