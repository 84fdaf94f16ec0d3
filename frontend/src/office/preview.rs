//! The dashboard of the export, mounted as a dashboard of its own beside the office controls (in
//! memory routing: the office page's URL stays put).

use std::rc::Rc;

use csm_core::snapshot::Language;
use yew::prelude::*;

use crate::services::host;
use crate::services::source::Source;

/// Props of [`Preview`].
#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    /// The export's exact bytes.
    pub export: Rc<[u8]>,
    /// The office page's language (the dashboard's initial one).
    pub language: Language,
}

/// A host element into which a dashboard of `export` is mounted (again when the export changes).
#[component]
pub fn Preview(props: &PreviewProps) -> Html {
    let slot = use_node_ref();
    {
        let slot = slot.clone();
        let language = props.language;
        use_effect_with(props.export.clone(), move |export| {
            let mut app = None;
            let document = web_sys::window().and_then(|w| w.document());
            if let (Some(parent), Some(document)) = (slot.cast::<web_sys::Element>(), document)
                && let Ok(host) = document.create_element("div")
            {
                let _ = host.set_attribute(host::HOST_ATTR, "");
                let _ = host.set_attribute(host::ROUTING_ATTR, "memory");
                let _ = host.set_attribute("data-testid", "office-dashboard");
                if parent.append_child(&host).is_ok() {
                    app = Some((crate::render(host.clone(), Source::Embedded(export.clone()), Some(language)), host));
                }
            }
            move || {
                if let Some((app, host)) = app {
                    app.destroy();
                    host.remove();
                }
            }
        });
    }
    html! { <div class="csm-office-preview" ref={slot}></div> }
}
