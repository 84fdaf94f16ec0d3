//! A level's colour as a class.
//!
//! A risk level's colour is data (`#rrggbb` in the export), and the pages' Content Security Policy
//! forbids inline styles (no `style` attributes, no `unsafe-inline`). So a colour is drawn by a class,
//! `csm-fill-rrggbb`, whose one rule (`background-color`) this module adds, the first time the colour
//! is asked for, to a stylesheet it constructs and adopts (`document.adoptedStyleSheets`): a
//! constructed stylesheet is CSSOM, not an inline style, and needs no CSP exception. One element per
//! colour instead of an SVG rectangle per badge keeps the risks view's DOM small.
//!
//! Where the browser cannot construct a stylesheet (before Chromium 73 / Firefox 101, which the
//! dashboard does not support anyway), the class has no rule and the badge keeps its neutral
//! background; its word still names the level.

use std::cell::RefCell;
use std::collections::HashSet;

use csm_core::risk::parse_colour;
use wasm_bindgen::JsValue;
use web_sys::CssStyleSheet;

/// The class drawing `colour` (`#rrggbb`, any case) as a background, its rule in place; `None` for
/// a colour that does not parse (the loader rejects those, so only a damaged summary has one).
pub fn class(colour: &str) -> Option<String> {
    let rgb = parse_colour(colour)?;
    let name = class_name(rgb);
    SHEET.with(|sheet| sheet.borrow_mut().ensure(rgb, &name));
    Some(name)
}

/// `csm-fill-` and the colour's six lower-case hex digits.
fn class_name([r, g, b]: [u8; 3]) -> String {
    format!("csm-fill-{r:02x}{g:02x}{b:02x}")
}

/// The rule of `name` for `rgb`: as specific as the badge's own neutral background
/// (`.csm-dashboard .csm-level-badge`), and later in the cascade (adopted sheets follow the page's).
fn rule(name: &str, [r, g, b]: [u8; 3]) -> String {
    format!(".csm-dashboard .{name}{{background-color:#{r:02x}{g:02x}{b:02x}}}")
}

thread_local! {
    static SHEET: RefCell<Fills> = RefCell::new(Fills::default());
}

/// The adopted sheet (made on first use) and the colours it has a rule for.
#[derive(Default)]
struct Fills {
    sheet: Option<CssStyleSheet>,
    done: HashSet<[u8; 3]>,
    /// Set once making the sheet failed: nothing is tried again.
    unavailable: bool,
}

impl Fills {
    fn ensure(&mut self, rgb: [u8; 3], name: &str) {
        if self.unavailable || !self.done.insert(rgb) || !cfg!(target_arch = "wasm32") {
            return;
        }
        if self.sheet.is_none() {
            match adopt() {
                Ok(sheet) => self.sheet = Some(sheet),
                Err(error) => {
                    self.unavailable = true;
                    web_sys::console::warn_2(
                        &"csm: level colours unavailable (no constructed stylesheets)".into(),
                        &error,
                    );
                    return;
                }
            }
        }
        if let Some(sheet) = &self.sheet {
            let text = rule(name, rgb);
            // Each rule names its own class, so their order does not matter.
            if let Err(error) = sheet.insert_rule(&text) {
                web_sys::console::warn_2(&format!("csm: could not add {text}").into(), &error);
            }
        }
    }
}

/// A new stylesheet added to the document's adopted ones.
fn adopt() -> Result<CssStyleSheet, JsValue> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or_else(|| JsValue::from_str("no document"))?;
    let sheet = CssStyleSheet::new()?;
    let adopted = document.adopted_style_sheets();
    if adopted.is_undefined() {
        return Err(JsValue::from_str("document.adoptedStyleSheets is undefined"));
    }
    let sheets = js_sys::Array::from(&adopted);
    sheets.push(&sheet);
    document.set_adopted_style_sheets(&sheets);
    Ok(sheet)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_colour_is_named_by_its_hex_digits_in_lower_case() {
        assert_eq!(class_name(parse_colour("#D93025").unwrap_or_default()), "csm-fill-d93025");
        assert_eq!(class_name([0, 10, 255]), "csm-fill-000aff");
        assert_eq!(rule("csm-fill-000aff", [0, 10, 255]), ".csm-dashboard .csm-fill-000aff{background-color:#000aff}");
    }

    #[test]
    fn a_colour_that_does_not_parse_has_no_class() {
        assert_eq!(class("red"), None);
        assert_eq!(class("#12345"), None);
        // Natively nothing is adopted; the class is still named.
        assert_eq!(class("#00ff00").as_deref(), Some("csm-fill-00ff00"));
    }
}
