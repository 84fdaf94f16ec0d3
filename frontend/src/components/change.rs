//! A change against the comparison quarter: arrow, signed amount and, when it is known which way is
//! better, the word (改善 / 悪化). The arrow is decorative; the words carry the meaning.

use csm_core::kpi::Trend;
use yew::prelude::*;

/// The class suffix of a trend: `better`, `worse`, `flat`.
fn code(trend: Trend) -> &'static str {
    match trend {
        Trend::Better => "better",
        Trend::Worse => "worse",
        Trend::Flat => "flat",
    }
}

/// Props of [`Change`].
#[derive(Properties, PartialEq)]
pub struct ChangeProps {
    /// `▲`, `▼` or `→`.
    pub arrow: AttrValue,
    /// The signed amount: `+0.33`, `−2`, `±0`.
    pub amount: AttrValue,
    /// Good or bad news, as core judged it.
    pub trend: Trend,
    /// The word for the change (`改善`), if any.
    #[prop_or_default]
    pub word: Option<AttrValue>,
    /// What it is compared with (`2026Q2 比`).
    #[prop_or_default]
    pub versus: Option<AttrValue>,
}

/// `▲ +0.33 改善（2026Q2 比）`.
#[component]
pub fn Change(props: &ChangeProps) -> Html {
    html! {
        <span class={classes!("csm-change", format!("is-{}", code(props.trend)))} data-testid="change">
            <span class="csm-change-arrow" aria-hidden="true">{ props.arrow.clone() }</span>
            <span class="csm-change-amount">{ props.amount.clone() }</span>
            if let Some(word) = &props.word {
                <span class="csm-change-word">{ word.clone() }</span>
            }
            if let Some(versus) = &props.versus {
                <span class="csm-change-versus">{ versus.clone() }</span>
            }
        </span>
    }
}
