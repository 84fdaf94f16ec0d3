//! A count with its word beneath, one tile of a row of tiles (`<ul class="csm-tiles">`): audits by
//! kind, partners by evidence, sharing, risk movements.

use yew::prelude::*;

use crate::i18n;

/// Props of [`CountTile`].
#[derive(Properties, PartialEq)]
pub struct CountTileProps {
    /// The count.
    pub n: u64,
    /// What is counted (text, or text with a decorative mark).
    pub word: Html,
    /// Extra classes (`is-up` …).
    #[prop_or_default]
    pub class: Classes,
    /// `data-kind`, for tiles that stand for a kind.
    #[prop_or_default]
    pub kind: Option<AttrValue>,
}

/// `<li class="csm-tile"><span class="csm-tile-n">3</span><span class="csm-tile-word">…</span></li>`.
#[component]
pub fn CountTile(props: &CountTileProps) -> Html {
    html! {
        <li class={classes!("csm-tile", props.class.clone())} data-kind={props.kind.clone()}>
            <span class="csm-tile-n">{ i18n::count(props.n) }</span>
            <span class="csm-tile-word">{ props.word.clone() }</span>
        </li>
    }
}
