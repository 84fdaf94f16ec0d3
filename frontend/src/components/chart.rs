//! A chart drawn by [`crate::charts`]: the SVG plotters wrote, as one image with an accessible name.
//!
//! This is the only place the dashboard injects markup, and it injects only the output of plotters'
//! SVG backend (which escapes every text and writes no `style` attribute; `charts::finish` checks),
//! never a string taken from the data.

use yew::prelude::*;

/// Props of [`Chart`].
#[derive(Properties, PartialEq)]
pub struct ChartProps {
    /// The SVG from a `charts` function.
    pub svg: AttrValue,
    /// What the chart shows, for screen readers (its data is in a table nearby).
    pub label: AttrValue,
    /// Extra classes (size).
    #[prop_or_default]
    pub class: Classes,
}

/// `<div role="img" aria-label=…>` around the SVG.
#[component]
pub fn Chart(props: &ChartProps) -> Html {
    html! {
        <div class={classes!("csm-chart", props.class.clone())} role="img" aria-label={props.label.clone()}>
            { Html::from_html_unchecked(props.svg.clone()) }
        </div>
    }
}
