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

/// A host `<div data-csm-dashboard>` in the page, with `json` embedded as its snapshot.
fn host_with(json: &str, lang: Option<&str>) -> Element {
    let doc = document();
    let host = doc.create_element("div").unwrap();
    host.set_attribute("data-csm-dashboard", "").unwrap();
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
    let quarters = host.query_selector_all("[data-testid=\"quarter-list\"] > li").unwrap();
    assert_eq!(quarters.length() as usize, v["quarters"].as_array().unwrap().len());
    let last = v["quarters"].as_array().unwrap().last().unwrap()["quarter"].as_str().unwrap().to_owned();
    let chosen = host.query_selector("[data-testid=\"quarter-list\"] [aria-pressed=\"true\"]").unwrap().unwrap();
    assert_eq!(chosen.closest("li").unwrap().unwrap().get_attribute("data-quarter").as_deref(), Some(last.as_str()));
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
