//! One figure of a card's `<dl class="csm-stats">`: a term and its value,
//! `<div class="csm-stat"><dt>term</dt><dd>value</dd></div>`, with an optional `data-testid` on the
//! `div`. Written once here rather than as markup in every card: each copy of the three elements'
//! markup was its own construction code in the wasm (docs/PERFORMANCE.md §13).

use yew::html::IntoPropValue;
use yew::prelude::*;

/// A figure: `term` in the `<dt>`, `value` in the `<dd>`.
pub fn stat(term: impl IntoPropValue<Html>, value: impl IntoPropValue<Html>) -> Html {
    figure(None, term.into_prop_value(), value.into_prop_value())
}

/// A figure whose `div` carries `data-testid={testid}`.
pub fn stat_of(testid: &'static str, term: impl IntoPropValue<Html>, value: impl IntoPropValue<Html>) -> Html {
    figure(Some(testid), term.into_prop_value(), value.into_prop_value())
}

#[inline(never)]
fn figure(testid: Option<&'static str>, term: Html, value: Html) -> Html {
    match testid {
        None => html! {
            <div class="csm-stat">
                <dt>{ term }</dt>
                <dd>{ value }</dd>
            </div>
        },
        Some(testid) => html! {
            <div class="csm-stat" data-testid={testid}>
                <dt>{ term }</dt>
                <dd>{ value }</dd>
            </div>
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use yew::virtual_dom::VNode;

    /// The markup a virtual DOM node stands for: elements with their attributes in name order, text;
    /// a fragment (`VList`) is only its children, as in the page.
    fn markup(node: &VNode) -> String {
        match node {
            VNode::VTag(tag) => {
                let mut attributes: Vec<(&str, &str)> = tag.attributes.iter().collect();
                attributes.sort();
                let attributes: String = attributes.iter().map(|(k, v)| format!(" {k}=\"{v}\"")).collect();
                let children = tag.children().map(markup).unwrap_or_default();
                format!("<{0}{attributes}>{children}</{0}>", tag.tag())
            }
            VNode::VText(text) => text.text.to_string(),
            VNode::VList(list) => list.iter().map(markup).collect(),
            other => panic!("unexpected node {other:?}"),
        }
    }

    /// The same markup as the views wrote by hand before: elements, attributes, text.
    #[test]
    fn the_markup_of_one_figure() {
        let plain = stat("予算", html! { <><span class="csm-strong">{ "1,000 円" }</span>{ "（計画）" }</> });
        let want = html! {
            <div class="csm-stat">
                <dt>{ "予算" }</dt>
                <dd><span class="csm-strong">{ "1,000 円" }</span>{ "（計画）" }</dd>
            </div>
        };
        assert_eq!(markup(&plain), markup(&want));
        assert_eq!(
            markup(&plain),
            r#"<div class="csm-stat"><dt>予算</dt><dd><span class="csm-strong">1,000 円</span>（計画）</dd></div>"#
        );
        let term = String::from("a");
        let tagged = stat_of("budget-split", term.clone(), "b");
        let want = html! {
            <div class="csm-stat" data-testid="budget-split">
                <dt>{ term }</dt>
                <dd>{ "b" }</dd>
            </div>
        };
        assert_eq!(markup(&tagged), markup(&want));
        assert_eq!(markup(&tagged), r#"<div class="csm-stat" data-testid="budget-split"><dt>a</dt><dd>b</dd></div>"#);
    }
}
