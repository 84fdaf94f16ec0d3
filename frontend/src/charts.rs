//! Charts, drawn with plotters' SVG backend into strings: the KPI sparklines and trend charts and the
//! check sheet's radar.
//!
//! Only plotters' drawing primitives are used (paths, polygons, markers and texts placed in pixels):
//! plotters' chart builder would measure label text, which in a browser means appending styled
//! `<span>`s to the page — forbidden under the dashboard's Content Security Policy. The SVG backend
//! escapes every text it writes and emits presentation attributes only (never `style`), so its output
//! may be injected with `Html::from_html_unchecked`; [`finish`] checks that once more and marks the
//! picture as decorative (each chart sits in a `<figure role="img">` with its own accessible name and
//! a table alternative beside it).
//!
//! Every function is pure: numbers in, SVG text out.

pub mod radar;
pub mod sparkline;
pub mod trend;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The canvas every chart draws on.
pub(crate) type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;

/// The result of drawing on an [`Area`].
pub(crate) type Drawn = Result<(), DrawingAreaErrorKind<std::io::Error>>;

/// The dashboard's palette (the same tokens as `styles.css`).
pub(crate) mod palette {
    use plotters::style::RGBColor;

    /// Text and strong lines.
    pub const INK: RGBColor = RGBColor(0x1b, 0x23, 0x33);
    /// Secondary text (4.5:1 on white).
    pub const MUTED: RGBColor = RGBColor(0x4d, 0x58, 0x69);
    /// Grid lines.
    pub const GRID: RGBColor = RGBColor(0xd8, 0xdd, 0xe6);
    /// The measured series.
    pub const ACCENT: RGBColor = RGBColor(0x1d, 0x4f, 0x7c);
    /// The comparison series.
    pub const COMPARE: RGBColor = RGBColor(0x8a, 0x93, 0xa3);
    /// On track / green.
    pub const OK: RGBColor = RGBColor(0x1e, 0x7b, 0x45);
    /// At risk / amber.
    pub const AMBER: RGBColor = RGBColor(0xb2, 0x6a, 0x00);
    /// Off track / red.
    pub const BAD: RGBColor = RGBColor(0xb3, 0x26, 0x1e);
}

/// Draws a `width` × `height` SVG with `paint`; `None` if plotters reports an error.
pub(crate) fn draw(width: u32, height: u32, paint: impl FnOnce(&Area<'_>) -> Drawn) -> Option<String> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        paint(&root).ok()?;
        root.present().ok()?;
    }
    finish(svg)
}

/// Marks plotters' `<svg>` as decorative and scalable by CSS; refuses output carrying a `style`
/// attribute (the CSP forbids them) or not starting with `<svg`.
pub(crate) fn finish(svg: String) -> Option<String> {
    let body = svg.strip_prefix("<svg ")?;
    if svg.contains(" style=") {
        return None;
    }
    Some(format!(r#"<svg class="csm-svg" aria-hidden="true" focusable="false" {body}"#))
}

/// A text style: `size` pixels in `colour`, anchored at `anchor`.
pub(crate) fn font(size: u32, colour: RGBColor, anchor: (HPos, VPos)) -> TextStyle<'static> {
    ("sans-serif", size).into_font().color(&colour).pos(Pos::new(anchor.0, anchor.1))
}

/// [`font`], bold.
pub(crate) fn bold(size: u32, colour: RGBColor, anchor: (HPos, VPos)) -> TextStyle<'static> {
    ("sans-serif", size).into_font().style(FontStyle::Bold).color(&colour).pos(Pos::new(anchor.0, anchor.1))
}

/// The range `[low, high]` to plot `values` (and `extra` lines such as targets) in: padded by a tenth
/// of the spread, from 0 when everything is non-negative and `from_zero`, and never empty.
pub(crate) fn range(values: impl IntoIterator<Item = f64>, from_zero: bool) -> (f64, f64) {
    let (mut low, mut high) = (f64::INFINITY, f64::NEG_INFINITY);
    for v in values.into_iter().filter(|v| v.is_finite()) {
        low = low.min(v);
        high = high.max(v);
    }
    if !low.is_finite() {
        return (0.0, 1.0);
    }
    if from_zero && low >= 0.0 {
        low = 0.0;
    }
    let pad = ((high - low) * 0.1).max(if high == low { high.abs().max(1.0) * 0.1 } else { 0.0 });
    let low = if from_zero && low >= 0.0 { 0.0 } else { low - pad };
    (low, high + pad)
}

/// Maps `v` in `[low, high]` to a pixel row between `bottom` and `top` (`top` < `bottom`).
pub(crate) fn row(v: f64, (low, high): (f64, f64), top: i32, bottom: i32) -> i32 {
    let share = if high > low { (v - low) / (high - low) } else { 0.5 };
    (f64::from(bottom) - share * f64::from(bottom - top)).round() as i32
}

/// Splits a series with gaps into runs of consecutive known points.
pub(crate) fn runs<T: Copy>(points: &[Option<T>]) -> Vec<Vec<T>> {
    let mut out: Vec<Vec<T>> = Vec::new();
    let mut current = Vec::new();
    for p in points {
        match p {
            Some(p) => current.push(*p),
            None if !current.is_empty() => out.push(std::mem::take(&mut current)),
            None => {}
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finish_marks_the_svg_and_refuses_style_attributes() {
        let ok = finish(r#"<svg width="10" height="5"></svg>"#.to_owned()).unwrap();
        assert!(ok.starts_with(r#"<svg class="csm-svg" aria-hidden="true" focusable="false" width="10""#));
        assert_eq!(finish(r#"<svg width="1"><rect style="fill:red"/></svg>"#.to_owned()), None);
        assert_eq!(finish("<div></div>".to_owned()), None);
    }

    #[test]
    fn ranges_pad_and_start_at_zero_for_counts() {
        let (low, high) = range([2.0, 12.0], true);
        assert!(low == 0.0 && (high - 13.2).abs() < 1e-9);
        let (low, high) = range([80.0, 90.0], false);
        assert!((low - 79.0).abs() < 1e-9 && (high - 91.0).abs() < 1e-9);
        assert_eq!(range([], true), (0.0, 1.0));
        let (low, high) = range([5.0, 5.0], false);
        assert!(low < 5.0 && high > 5.0);
        let (low, high) = range([f64::NAN, 3.0], true);
        assert!(low == 0.0 && (high - 3.3).abs() < 1e-9);
    }

    #[test]
    fn rows_map_values_to_pixels() {
        assert_eq!(row(0.0, (0.0, 10.0), 10, 110), 110);
        assert_eq!(row(10.0, (0.0, 10.0), 10, 110), 10);
        assert_eq!(row(5.0, (0.0, 10.0), 10, 110), 60);
        assert_eq!(row(3.0, (3.0, 3.0), 0, 100), 50);
    }

    #[test]
    fn runs_split_at_gaps() {
        assert_eq!(runs(&[Some(1), Some(2), None, Some(4), None]), vec![vec![1, 2], vec![4]]);
        assert_eq!(runs::<i32>(&[None, None]), Vec::<Vec<i32>>::new());
    }
}
