//! The ink on a level's colour: [`text_on`] picks dark or light text for a heat-map cell or level badge
//! by the WCAG 2 contrast ratio, so counts and level names stay readable on any colour an export chooses.

use serde::Serialize;

/// The dark text colour (the dashboard's ink).
pub const DARK_INK: &str = "#1b2333";

/// The light text colour.
pub const LIGHT_INK: &str = "#ffffff";

/// Pure black: the fallback on mid-tone fills where neither [`DARK_INK`] nor white reaches 4.5:1
/// (black or white always reaches at least 4.58:1 on any colour).
pub const BLACK_INK: &str = "#000000";

/// Which text colour to put on a fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Ink {
    /// [`DARK_INK`].
    Dark,
    /// [`LIGHT_INK`].
    Light,
    /// [`BLACK_INK`].
    Black,
}

impl Ink {
    /// `dark` or `light` (for a CSS class).
    pub fn code(self) -> &'static str {
        match self {
            Ink::Dark => "dark",
            Ink::Light => "light",
            Ink::Black => "black",
        }
    }

    /// The ink's colour, `#rrggbb`.
    pub fn colour(self) -> &'static str {
        match self {
            Ink::Dark => DARK_INK,
            Ink::Light => LIGHT_INK,
            Ink::Black => BLACK_INK,
        }
    }
}

/// The text colour chosen for a fill and the contrast it achieves.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Contrast {
    /// The ink with the higher contrast ratio against the fill.
    pub ink: Ink,
    /// WCAG 2 contrast ratio of the ink on the fill, 1–21.
    pub ratio: f64,
    /// Whether the ratio reaches 4.5:1 (WCAG AA for normal text).
    pub aa: bool,
}

/// `#rrggbb` (or `#rgb`) → red, green, blue; `None` for anything else.
pub fn parse_colour(colour: &str) -> Option<[u8; 3]> {
    let hex = colour.strip_prefix('#')?;
    let nibble = |c: u8| char::from(c).to_digit(16).map(|d| d as u8);
    match *hex.as_bytes() {
        [r1, r2, g1, g2, b1, b2] => {
            Some([nibble(r1)? * 16 + nibble(r2)?, nibble(g1)? * 16 + nibble(g2)?, nibble(b1)? * 16 + nibble(b2)?])
        }
        [r, g, b] => Some([nibble(r)? * 17, nibble(g)? * 17, nibble(b)? * 17]),
        _ => None,
    }
}

/// WCAG 2 relative luminance of an sRGB colour, 0 (black) to 1 (white).
pub fn relative_luminance(rgb: [u8; 3]) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2])
}

/// WCAG 2 contrast ratio between two colours, `(L1 + 0.05) / (L2 + 0.05)` with L1 the lighter: 1–21.
pub fn contrast_ratio(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    let (hi, lo) = if la >= lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// The ink (dark or light) that reads best on `colour`, with its contrast ratio. A colour that is not
/// `#rrggbb`/`#rgb` is treated as white (the card behind a cell without a colour).
pub fn text_on(colour: &str) -> Contrast {
    let fill = parse_colour(colour).unwrap_or([255, 255, 255]);
    let (dark, light) = (parse_colour(DARK_INK).unwrap_or([0, 0, 0]), [255, 255, 255]);
    let (on_dark, on_light) = (contrast_ratio(fill, dark), contrast_ratio(fill, light));
    let (mut ink, mut ratio) = if on_dark >= on_light { (Ink::Dark, on_dark) } else { (Ink::Light, on_light) };
    if ratio < 4.5 {
        let on_black = contrast_ratio(fill, [0, 0, 0]);
        if on_black > ratio {
            (ink, ratio) = (Ink::Black, on_black);
        }
    }
    Contrast { ink, ratio, aa: ratio >= 4.5 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_colours() {
        assert_eq!(parse_colour("#fde725"), Some([0xfd, 0xe7, 0x25]));
        assert_eq!(parse_colour("#FFF"), Some([255, 255, 255]));
        assert_eq!(parse_colour("fde725"), None);
        assert_eq!(parse_colour("#fde72"), None);
        assert_eq!(parse_colour("#gggggg"), None);
        assert_eq!(parse_colour("#ｆｆｆ"), None);
    }

    #[test]
    fn contrast_ratios_follow_wcag() {
        // The WCAG 2 extremes and a published pair: #767676 on white is 4.54:1.
        assert!((contrast_ratio([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 1e-9);
        assert!((contrast_ratio([255, 255, 255], [255, 255, 255]) - 1.0).abs() < 1e-9);
        assert!((contrast_ratio([0x76, 0x76, 0x76], [255, 255, 255]) - 4.54).abs() < 0.01);
        assert!((relative_luminance([255, 0, 0]) - 0.2126).abs() < 1e-9);
        // Symmetric.
        assert_eq!(contrast_ratio([10, 20, 30], [200, 100, 50]), contrast_ratio([200, 100, 50], [10, 20, 30]));
    }

    #[test]
    fn text_on_falls_back_to_black_on_mid_tones() {
        // #21918c (viridis teal): dark ink 4.12:1 and white 3.9:1 both miss AA; black reaches 5.6:1.
        let teal = text_on("#21918c");
        assert_eq!(teal.ink, Ink::Black);
        assert!(teal.aa && teal.ratio > 5.0, "{teal:?}");
        // #777777 and #ff0000 too: black or white always reaches 4.58:1.
        for c in ["#777777", "#ff0000", "#0000ff", "#808080"] {
            assert!(text_on(c).aa, "{c}: {:?}", text_on(c));
        }
    }

    #[test]
    fn text_on_picks_the_ink_with_more_contrast() {
        // The samples' viridis levels: yellow and green take dark text, the blues light text.
        let yellow = text_on("#fde725");
        assert_eq!(yellow.ink, Ink::Dark);
        assert!(yellow.ratio > 12.0 && yellow.aa, "{yellow:?}");
        assert_eq!(text_on("#5ec962").ink, Ink::Dark);
        let navy = text_on("#3b528b");
        assert_eq!(navy.ink, Ink::Light);
        assert!(navy.ratio > 7.0 && navy.aa, "{navy:?}");
        assert_eq!(text_on("#414487").ink, Ink::Light);
        // Red takes white; the chosen ratio is never below the other ink's.
        let red = text_on("#c62828");
        assert_eq!(red.ink, Ink::Light);
        for c in ["#21918c", "#2a788e", "#22a884", "#f9a825", "#2e7d32", "#808080", "#000000", "#ffffff"] {
            let t = text_on(c);
            let fill = parse_colour(c).unwrap();
            let other = match t.ink {
                Ink::Dark => contrast_ratio(fill, [255, 255, 255]),
                Ink::Light => contrast_ratio(fill, parse_colour(DARK_INK).unwrap()),
                Ink::Black => {
                    contrast_ratio(fill, [255, 255, 255]).max(contrast_ratio(fill, parse_colour(DARK_INK).unwrap()))
                }
            };
            assert!(t.ratio >= other, "{c}: {t:?} vs {other}");
            assert!(t.ratio >= 3.0, "{c}: every fill has an ink of at least 3:1 ({t:?})");
        }
        assert_eq!(text_on("not a colour").ink, Ink::Dark);
        assert_eq!(Ink::Light.colour(), "#ffffff");
        assert_eq!(Ink::Dark.code(), "dark");
    }
}
