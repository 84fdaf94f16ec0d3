//! The small shapes that carry a judgement without relying on colour: a circle for green / on
//! track, a triangle for amber / at risk, a square for red / off track. Each is decorative
//! (`aria-hidden`): the word beside it carries the meaning.

use csm_core::kpi::KpiStatus;
use csm_core::summary::{Light, Urgency};
use yew::prelude::*;

/// Which shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Circle, green.
    Good,
    /// Triangle, amber.
    Caution,
    /// Square, red.
    Bad,
    /// Small circle, grey (nothing to judge).
    Neutral,
}

impl Tone {
    /// The tone of a traffic light.
    pub fn of_light(light: Light) -> Tone {
        match light {
            Light::Green => Tone::Good,
            Light::Amber => Tone::Caution,
            Light::Red => Tone::Bad,
        }
    }

    /// The tone of a KPI status (neutral without one).
    pub fn of_status(status: Option<KpiStatus>) -> Tone {
        match status {
            Some(KpiStatus::OnTrack) => Tone::Good,
            Some(KpiStatus::AtRisk) => Tone::Caution,
            Some(KpiStatus::OffTrack) => Tone::Bad,
            None => Tone::Neutral,
        }
    }

    /// The tone of a decision's severity.
    pub fn of_severity(severity: Urgency) -> Tone {
        match severity {
            Urgency::Critical | Urgency::High => Tone::Bad,
            Urgency::Medium => Tone::Caution,
            Urgency::Low => Tone::Neutral,
        }
    }

    /// The class suffix: `good`, `caution`, `bad`, `neutral`.
    pub fn code(self) -> &'static str {
        match self {
            Tone::Good => "good",
            Tone::Caution => "caution",
            Tone::Bad => "bad",
            Tone::Neutral => "neutral",
        }
    }
}

/// The shape, 1 em square, coloured by CSS (`.csm-shape-good` …). A plain function, not a component:
/// a summary at group scale draws hundreds of them at once.
pub fn shape(tone: Tone) -> Html {
    let class = classes!("csm-shape", format!("csm-shape-{}", tone.code()));
    let figure = match tone {
        Tone::Good => html! { <circle cx="6" cy="6" r="5.25" /> },
        Tone::Caution => html! { <polygon points="6,0.6 11.6,11 0.4,11" /> },
        Tone::Bad => html! { <rect x="1" y="1" width="10" height="10" rx="1" /> },
        Tone::Neutral => html! { <circle cx="6" cy="6" r="3.5" /> },
    };
    html! {
        <svg {class} viewBox="0 0 12 12" aria-hidden="true" focusable="false">{ figure }</svg>
    }
}

/// A shape and its word (`黄`, `At risk`, `高` …) in a pill: the way every judgement is shown.
pub fn verdict(tone: Tone, word: impl Into<AttrValue>) -> Html {
    html! {
        <span class={classes!("csm-verdict", format!("csm-verdict-{}", tone.code()))}>
            { shape(tone) }
            <span class="csm-verdict-word">{ word.into() }</span>
        </span>
    }
}
