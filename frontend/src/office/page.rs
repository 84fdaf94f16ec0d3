//! The office page: a drop zone and file input, the problems or the dashboard, and the save buttons.

use std::rc::Rc;

use csm_core::snapshot::Language;
use csm_pack::{Dist, board_pack, board_pack_file_name, file_stem, ids};
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, Event, File, FileList, HtmlInputElement};
use yew::prelude::*;

use super::intake::{Finding, Input, MAX_FILE_BYTES, Outcome, Ready, intake, too_large};
use super::preview::Preview;
use super::save::save;
use crate::services::file_picker;

/// Where the page is.
#[derive(Clone, PartialEq)]
enum Stage {
    Waiting,
    Reading(String),
    Done(Rc<Outcome>),
}

impl Stage {
    fn code(&self) -> &'static str {
        match self {
            Stage::Waiting => "waiting",
            Stage::Reading(_) => "reading",
            Stage::Done(o) if o.result.is_ok() => "ready",
            Stage::Done(_) => "problems",
        }
    }
}

/// A message after a save: whether it failed, and its text in Japanese and English.
#[derive(Clone, PartialEq)]
struct Notice {
    error: bool,
    ja: String,
    en: String,
}

fn t(lang: Language, ja: &'static str, en: &'static str) -> &'static str {
    if lang == Language::En { en } else { ja }
}

/// Reads the files (refusing those over the limit unread), then imports them.
async fn read_all(files: Vec<File>) -> Outcome {
    let mut inputs = Vec::new();
    let mut findings = Vec::new();
    for file in files {
        let name = file.name();
        let size = file.size() as u64;
        if size > MAX_FILE_BYTES {
            findings.push(too_large(&name, size));
            continue;
        }
        match file_picker::read(&file, |_, _| {}).await {
            Ok(bytes) => inputs.push(Input { name, bytes }),
            Err(e) => findings.push(Finding {
                file: Some(name),
                at: None,
                rule: None,
                ja: format!(
                    "ファイルを読めませんでした（フォルダーの場合は、開いて中の CSV ファイルを選んでください）: {e:?}"
                ),
                en: format!("The file could not be read (for a folder, open it and choose the CSV files in it): {e:?}"),
            }),
        }
    }
    if findings.is_empty() {
        intake(inputs)
    } else {
        let source = inputs.iter().map(|i| i.name.clone()).collect::<Vec<_>>().join(", ");
        Outcome { source, encodings: Vec::new(), result: Err(findings) }
    }
}

fn list_files(list: Option<FileList>) -> Vec<File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// The board-pack build carried by the page (`csm_pack::ids`), decoded.
fn pack_dist() -> Result<Dist, String> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let block = |id: &str| -> Result<Vec<u8>, String> {
        let element = document.get_element_by_id(id).ok_or_else(|| format!("#{id} is missing"))?;
        match element.get_attribute("data-csm-encoding") {
            Some(encoding) if encoding == csm_pack::ENCODING => {
                csm_pack::unpack(&element.text_content().unwrap_or_default()).map_err(|e| format!("#{id}: {e}"))
            }
            other => Err(format!("#{id}: not a {} block ({other:?})", csm_pack::ENCODING)),
        }
    };
    let text = |id: &str| block(id).and_then(|b| String::from_utf8(b).map_err(|e| format!("#{id}: {e}")));
    Ok(Dist { glue_js: text(ids::PACK_GLUE)?, wasm: block(ids::PACK_WASM)?, css: text(ids::PACK_CSS)? })
}

/// What each save button writes.
#[derive(Clone, Copy, PartialEq)]
enum Save {
    Export,
    Workbook,
    NextWorkbook,
    BoardPack,
}

/// Builds the file for `what`: its name, its media type and its bytes.
fn build(what: Save, ready: &Ready) -> Result<(String, &'static str, Vec<u8>), String> {
    let snapshot = &ready.snapshot;
    let stem = file_stem(snapshot);
    let workbook = || {
        csm_sheets::export(snapshot)
            .map_err(|e| e.to_string())
            .and_then(|book| csm_sheets::write_xlsx(&book).map_err(|e| e.to_string()))
    };
    const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    Ok(match what {
        Save::Export => (format!("export-{stem}.json"), "application/json", ready.export.to_vec()),
        Save::Workbook => (format!("workbook-{stem}.xlsx"), XLSX, workbook()?),
        Save::NextWorkbook => {
            let next = snapshot.quarters.last().and_then(|q| q.quarter.next());
            let name = match next {
                Some(next) => {
                    let company = stem.rsplit_once('-').map_or(stem.as_str(), |(c, _)| c);
                    format!("workbook-{company}-{next}.xlsx")
                }
                None => format!("workbook-{stem}-next.xlsx"),
            };
            (name, XLSX, workbook()?)
        }
        Save::BoardPack => {
            let dist = pack_dist()?;
            let html = board_pack(&ready.export, snapshot, &dist);
            (board_pack_file_name(snapshot), "text/html", html.into_bytes())
        }
    })
}

/// The office page.
#[component]
pub fn Office() -> Html {
    let stage = use_state(|| Stage::Waiting);
    let lang = use_state(|| Language::Ja);
    let notice = use_state(|| None::<Notice>);
    let dragging = use_state(|| false);
    let l = *lang;

    let take_files = {
        let stage = stage.clone();
        let notice = notice.clone();
        Callback::from(move |files: Vec<File>| {
            if files.is_empty() {
                return;
            }
            let names = files.iter().map(File::name).collect::<Vec<_>>().join(", ");
            stage.set(Stage::Reading(names));
            notice.set(None);
            let stage = stage.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = read_all(files).await;
                stage.set(Stage::Done(Rc::new(outcome)));
            });
        })
    };
    let onchange = {
        let take_files = take_files.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
            let files = list_files(input.files());
            input.set_value("");
            take_files.emit(files);
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            if file_picker::drags_files(&event) {
                event.prevent_default();
                file_picker::accept_drag(&event);
                dragging.set(true);
            }
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let ondrop = {
        let dragging = dragging.clone();
        let take_files = take_files.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            take_files.emit(list_files(event.data_transfer().and_then(|t| t.files())));
        })
    };
    let toggle_lang = {
        let lang = lang.clone();
        Callback::from(move |_| lang.set(if *lang == Language::En { Language::Ja } else { Language::En }))
    };

    let body = match &*stage {
        Stage::Waiting => html! {},
        Stage::Reading(names) => html! {
            <p class="csm-office-reading">{ t(l, "読み込んでいます: ", "Reading: ") }{ names.clone() }</p>
        },
        Stage::Done(outcome) => view_outcome(l, outcome, &notice),
    };
    let drop_class = classes!("csm-office-drop", dragging.then_some("csm-office-drop-active"));
    html! {
        <div class="csm-office-page-body" lang={ if l == Language::En { "en" } else { "ja" } }>
            <header class="csm-office-header">
                <h1 class="csm-office-title">
                    { t(l, "ボードパック作成（CISO 室版）", "Board pack maker (CISO office edition)") }
                </h1>
                <button type="button" class="csm-button" data-testid="office-lang" onclick={toggle_lang}>
                    { t(l, "English", "日本語") }
                </button>
            </header>
            <p class="csm-office-lead">
                { t(l,
                    "記入済みのワークブック（.xlsx）、シートごとの CSV ファイル（複数選択）、またはエクスポート（.json）を選ぶか、ここにドロップしてください。ファイルはこのパソコンの中だけで読み込まれ、どこにも送信されません。",
                    "Choose a filled workbook (.xlsx), the CSV files of its sheets (select them all), or an export (.json) — or drop them here. Files are read on this computer only and sent nowhere.") }
            </p>
            <div class={drop_class} data-testid="office-drop" {ondragover} {ondragleave} {ondrop}>
                <label class="csm-file">
                    <input class="csm-file-input" type="file" multiple=true
                        accept=".xlsx,.csv,.json,.xls,application/json,text/csv"
                        data-testid="office-input" {onchange} />
                    <span class="csm-button csm-button-primary">{ t(l, "ファイルを選ぶ…", "Choose files…") }</span>
                    <span class="csm-file-hint">{ t(l, "またはここにドロップ", "or drop them here") }</span>
                </label>
            </div>
            <section class="csm-office-status" data-testid="office-status" data-state={stage.code()} aria-live="polite">
                { body }
            </section>
        </div>
    }
}

fn view_outcome(l: Language, outcome: &Rc<Outcome>, notice: &UseStateHandle<Option<Notice>>) -> Html {
    let encodings = if outcome.encodings.is_empty() {
        html! {}
    } else {
        html! {
            <ul class="csm-office-encodings" data-testid="office-encodings">
                { for encoding_lines(l, &outcome.encodings).into_iter().map(|line| html! { <li>{ line }</li> }) }
            </ul>
        }
    };
    let source = source_label(l, &outcome.source);
    match &outcome.result {
        Err(findings) => html! {
            <>
                <h2 class="csm-office-heading csm-office-heading-problems">
                    { format!("{source}: {} {}", findings.len(), t(l, "件の問題 — 何も保存できません", "problem(s) — nothing can be saved")) }
                </h2>
                <ol class="csm-office-problems" data-testid="office-problems">
                    { for findings.iter().map(view_finding) }
                </ol>
                { encodings }
            </>
        },
        Ok(ready) => {
            let s = &ready.snapshot;
            let name = if l == Language::En {
                s.organisation.name_en.clone().unwrap_or_else(|| s.organisation.name.clone())
            } else {
                s.organisation.name.clone()
            };
            let latest = s.quarters.last().map(|q| q.quarter.to_string()).unwrap_or_default();
            let button = |what: Save, testid: &'static str, label: &'static str| {
                let class = classes!("csm-button", (what == Save::BoardPack).then_some("csm-button-primary"));
                let ready = ready.clone();
                let notice = notice.clone();
                let onclick = Callback::from(move |_| {
                    let result =
                        build(what, &ready).and_then(|(name, mime, bytes)| save(&name, mime, &bytes).map(|()| name));
                    notice.set(Some(match result {
                        Ok(name) => {
                            Notice {
                                error: false, ja: format!("保存しました: {name}"), en: format!("Saved: {name}")
                            }
                        }
                        Err(e) => Notice {
                            error: true,
                            ja: format!("保存できませんでした: {e}"),
                            en: format!("Could not save: {e}"),
                        },
                    }));
                });
                html! { <button type="button" {class} data-testid={testid} {onclick}>{ label }</button> }
            };
            html! {
                <>
                    <h2 class="csm-office-heading">
                        { format!("{} — {name}, {latest} ({}: {})", t(l, "問題なし", "No problems"), t(l, "基準日", "as of"), s.as_of) }
                    </h2>
                    { encodings }
                    <div class="csm-office-actions">
                        { button(Save::BoardPack, "save-board-pack", t(l, "ボードパックを保存", "Save the board pack")) }
                        { button(Save::Export, "save-export", t(l, "エクスポート（JSON）を保存", "Save the export (JSON)")) }
                        { button(Save::Workbook, "save-workbook", t(l, "ワークブック（記入済み）を保存", "Save the filled workbook")) }
                        { button(Save::NextWorkbook, "save-next-workbook", t(l, "次の四半期のワークブックを保存", "Save next quarter's workbook")) }
                    </div>
                    { match &**notice {
                        Some(n) => html! {
                            <p class={classes!("csm-office-notice", n.error.then_some("csm-office-notice-error"))}
                                data-testid="office-notice" role={ if n.error { "alert" } else { "status" } }>
                                { if l == Language::En { n.en.clone() } else { n.ja.clone() } }
                            </p>
                        },
                        None => html! {},
                    } }
                    <Preview export={ready.export.clone()} language={l} />
                </>
            }
        }
    }
}

/// The files read, named in full when there are few (a folder's CSV files are counted).
fn source_label(l: Language, source: &str) -> String {
    let names: Vec<&str> = source.split(", ").collect();
    match names.as_slice() {
        [first, _, _, ..] if l == Language::En => format!("{} files ({first}, …)", names.len()),
        [first, _, _, ..] => format!("{} 個のファイル（{first} ほか）", names.len()),
        _ => source.to_owned(),
    }
}

/// One line per encoding: the files read in it (counted when there are many).
fn encoding_lines(l: Language, encodings: &[(String, &'static str)]) -> Vec<String> {
    let mut by: Vec<(&'static str, Vec<&str>)> = Vec::new();
    for (file, e) in encodings {
        match by.iter_mut().find(|(x, _)| x == e) {
            Some((_, files)) => files.push(file),
            None => by.push((e, vec![file])),
        }
    }
    by.into_iter()
        .map(|(e, files)| {
            let which = if files.len() > 3 {
                if l == Language::En {
                    format!("{} files", files.len())
                } else {
                    format!("{} 個のファイル", files.len())
                }
            } else {
                files.join(", ")
            };
            format!("{} {e}: {which}", t(l, "文字コード", "Read as"))
        })
        .collect()
}

fn view_finding(f: &Finding) -> Html {
    html! {
        <li class="csm-office-problem" data-file={f.file.clone().unwrap_or_default()} data-at={f.at.clone().unwrap_or_default()}>
            <span class="csm-office-problem-at">
                { [f.file.as_deref(), f.at.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(" — ") }
                { f.rule.as_ref().map(|r| format!(" [{r}]")).unwrap_or_default() }
            </span>
            <span class="csm-office-problem-ja" lang="ja">{ f.ja.clone() }</span>
            <span class="csm-office-problem-en" lang="en">{ f.en.clone() }</span>
        </li>
    }
}
