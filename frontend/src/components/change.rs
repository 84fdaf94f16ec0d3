//! A change against the comparison quarter: arrow, signed amount and, when it is known which way is
//! better, the word (改善 / 悪化). The arrow is decorative; the words carry the meaning.

use yew::prelude::*;

/// Whether a change is good news.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sense {
    /// Moved the better way.
    Better,
    /// Moved the worse way.
    Worse,
    /// No judgement (unchanged, or no better direction).
    Flat,
}

impl Sense {
    fn code(self) -> &'static str {
        match self {
            Sense::Better => "better",
            Sense::Worse => "worse",
            Sense::Flat => "flat",
        }
    }
}

/// Props of [`Change`].
#[derive(Properties, PartialEq)]
pub struct ChangeProps {
    /// `▲`, `▼` or `→`.
    pub arrow: AttrValue,
    /// The signed amount: `+0.33`, `−2`, `±0`.
    pub amount: AttrValue,
    /// Good or bad news.
    pub sense: Sense,
    /// The word for `sense` (`改善`), if any.
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
        <span class={classes!("csm-change", format!("is-{}", props.sense.code()))} data-testid="change">
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
