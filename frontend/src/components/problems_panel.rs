//! Why a file was rejected: every located problem, in the current language ([`ProblemsPanel`]); and
//! what a loaded file's figures may get wrong: its plausibility warnings ([`WarningsPanel`]), which
//! never block.

use std::rc::Rc;

use csm_core::snapshot::{self, Language};
use yew::prelude::*;

use crate::hooks::use_details_open;
use crate::i18n::{self, labels};
use crate::store::{Export, Failure};

/// At most this many problems are listed (a badly broken 20 MB file can have tens of thousands);
/// the rest are counted.
pub const MAX_LISTED: usize = 1000;

/// Props of [`ProblemsPanel`].
#[derive(Properties, PartialEq)]
pub struct ProblemsPanelProps {
    /// Display language.
    pub language: Language,
    /// The rejected export, as shown to people.
    pub origin: AttrValue,
    /// Why it was rejected.
    pub failure: Rc<Failure>,
    /// The export still on screen, if any.
    #[prop_or_default]
    pub previous: Option<AttrValue>,
    /// Called when the person closes the panel.
    pub on_dismiss: Callback<()>,
}

/// One line of the panel: the JSON path (empty for the whole file) and the message.
struct Line<'a> {
    path: &'a str,
    message: String,
}

/// The panel, `data-testid="problems"`; each problem is an `li` with `data-path`.
#[component]
pub fn ProblemsPanel(props: &ProblemsPanelProps) -> Html {
    let lang = props.language;
    let l = labels(lang);
    let japanese = lang == Language::Ja;
    let (lines, total): (Vec<Line<'_>>, usize) = match props.failure.as_ref() {
        Failure::Rejected(problems) => (
            problems
                .iter()
                .take(MAX_LISTED)
                .map(|p| Line { path: &p.path, message: if japanese { p.ja.clone() } else { p.en.clone() } })
                .collect(),
            problems.len(),
        ),
        Failure::Unavailable(why) => (vec![Line { path: "", message: i18n::unavailable(lang, why) }], 1),
    };
    let hidden = total.saturating_sub(lines.len());
    let onclick = {
        let on_dismiss = props.on_dismiss.clone();
        Callback::from(move |_: MouseEvent| on_dismiss.emit(()))
    };
    html! {
        <section class="csm-problems" role="alert" data-testid="problems">
            <div class="csm-problems-head">
                <h2 class="csm-problems-title">{ i18n::rejected_heading(lang, &props.origin, total) }</h2>
                <button type="button" class="csm-button csm-button-quiet" {onclick}>{ l.dismiss }</button>
            </div>
            if let Some(previous) = &props.previous {
                <p class="csm-problems-note">{ i18n::kept_previous(lang, previous) }</p>
            }
            <ol class="csm-problem-list" tabindex="0">
                { for lines.into_iter().enumerate().map(|(i, line)| html! {
                    <li key={i} class="csm-problem" data-path={line.path.to_owned()}>
                        <code class="csm-problem-path">
                            { if line.path.is_empty() { l.whole_file.to_owned() } else { line.path.to_owned() } }
                        </code>
                        <span class="csm-problem-message">{ line.message }</span>
                    </li>
                }) }
            </ol>
            if hidden > 0 {
                <p class="csm-problems-note">{ i18n::more_problems(lang, hidden) }</p>
            }
        </section>
    }
}

/// Props of [`WarningsPanel`].
#[derive(Properties, PartialEq)]
pub struct WarningsPanelProps {
    /// Display language.
    pub language: Language,
    /// The export on screen (compared by identity).
    pub export: Export,
}

/// The plausibility warnings of the export on screen, `data-testid="warnings"`, folded under a count;
/// each warning is an `li` with `data-path` and `data-check`. Nothing when there is none.
#[component]
pub fn WarningsPanel(props: &WarningsPanelProps) -> Html {
    let lang = props.language;
    let warnings = use_memo(props.export.clone(), |e| snapshot::warnings(&e.snapshot));
    let (open, ontoggle) = use_details_open();
    if warnings.is_empty() {
        return Html::default();
    }
    let japanese = lang == Language::Ja;
    let n = warnings.len();
    let hidden = n.saturating_sub(MAX_LISTED);
    let heading = if japanese {
        format!("{n} 件の警告（読み込みは可。数値の妥当性を確認してください）")
    } else {
        format!("{n} warning(s): the export loads, but check these figures")
    };
    html! {
        <details class="csm-problems is-warning" data-testid="warnings" {ontoggle}>
            <summary class="csm-problems-title">{ heading }</summary>
            // The list is built when the panel is opened: a large export can have a thousand warnings,
            // and a closed panel shows none of them.
            if open {
                <ol class="csm-problem-list" tabindex="0">
                    { for warnings.iter().take(MAX_LISTED).enumerate().map(|(i, w)| html! {
                        <li key={i} class="csm-problem is-warning" data-path={w.path.clone()} data-check={w.check.code()}>
                            <code class="csm-problem-path">{ w.path.clone() }</code>
                            <span class="csm-problem-message">{ if japanese { w.ja.clone() } else { w.en.clone() } }</span>
                        </li>
                    }) }
                </ol>
                if hidden > 0 {
                    <p class="csm-problems-note">{ i18n::and_more(lang, hidden) }</p>
                }
            }
        </details>
    }
}
