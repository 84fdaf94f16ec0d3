//! A check item's maturity against its target as a small bar: five level cells, the filled part up
//! to the maturity, a dark mark at the target and, when compared, a grey mark at the comparison
//! quarter's maturity. Drawn with SVG attributes (no style attributes).

use yew::prelude::*;

/// SVG units per maturity level.
const CELL: f64 = 20.0;

/// Props of [`MaturityBar`].
#[derive(Properties, PartialEq)]
pub struct MaturityBarProps {
    /// Maturity, 0–5.
    pub maturity: f64,
    /// Target, 0–5.
    pub target: f64,
    /// Maturity in the comparison quarter.
    #[prop_or_default]
    pub compare: Option<f64>,
    /// Whether the maturity is short of the target (the bar turns amber).
    pub short: bool,
}

fn x(level: f64) -> String {
    format!("{:.1}", level.clamp(0.0, 5.0) * CELL)
}

/// The bar (decorative: the numbers are written beside it).
#[component]
pub fn MaturityBar(props: &MaturityBarProps) -> Html {
    let fill = if props.short { "csm-bar-fill is-short" } else { "csm-bar-fill" };
    html! {
        <svg class="csm-bar" viewBox="-2 0 104 14" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="csm-bar-track" x="0" y="3" width="100" height="8" />
            <rect class={fill} x="0" y="3" width={x(props.maturity)} height="8" />
            { for (1..5).map(|level| html! {
                <line class="csm-bar-cell" x1={x(f64::from(level))} x2={x(f64::from(level))} y1="3" y2="11" />
            }) }
            if let Some(compare) = props.compare {
                <line class="csm-bar-compare" x1={x(compare)} x2={x(compare)} y1="0" y2="14" />
            }
            <line class="csm-bar-target" x1={x(props.target)} x2={x(props.target)} y1="0" y2="14" />
        </svg>
    }
}
