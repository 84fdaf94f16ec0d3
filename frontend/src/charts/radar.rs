//! The check sheet's radar: one axis per important item, maturity 0–5 outwards. The current
//! maturity is a filled shape with a solid outline and dots, the target a dashed dark outline, the
//! comparison quarter a dotted grey outline — three line styles, so the picture reads without colour.

use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::{Drawn, bold, draw, font, palette};

/// Width of the radar, in SVG units.
pub const WIDTH: u32 = 440;
/// Height of the radar.
pub const HEIGHT: u32 = 400;
const RADIUS: f64 = 150.0;
const CENTRE: (f64, f64) = (220.0, 200.0);
/// The outermost ring: maturity level 5.
pub const LEVELS: u8 = 5;

/// One axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Axis {
    /// The label at the axis' end (the item's number).
    pub label: String,
    /// Mean maturity now.
    pub current: f64,
    /// Mean target.
    pub target: f64,
    /// Mean maturity in the comparison quarter.
    pub compare: Option<f64>,
}

/// The point at `level` (0..=5) on axis `i` of `n`, the first axis pointing up, clockwise.
pub fn point(i: usize, n: usize, level: f64) -> (i32, i32) {
    let angle = std::f64::consts::TAU * i as f64 / n.max(1) as f64 - std::f64::consts::FRAC_PI_2;
    let r = RADIUS * level.clamp(0.0, f64::from(LEVELS)) / f64::from(LEVELS);
    ((CENTRE.0 + r * angle.cos()).round() as i32, (CENTRE.1 + r * angle.sin()).round() as i32)
}

/// Where the label of axis `i` of `n` sits and how it is anchored (away from the centre).
fn label_at(i: usize, n: usize) -> ((i32, i32), (HPos, VPos)) {
    let (x, y) = point(i, n, f64::from(LEVELS) * 1.1);
    let (dx, dy) = (f64::from(x) - CENTRE.0, f64::from(y) - CENTRE.1);
    let h = if dx > 20.0 {
        HPos::Left
    } else if dx < -20.0 {
        HPos::Right
    } else {
        HPos::Center
    };
    let v = if dy > 20.0 {
        VPos::Top
    } else if dy < -20.0 {
        VPos::Bottom
    } else {
        VPos::Center
    };
    ((x, y), (h, v))
}

/// A closed outline through `points`.
fn closed(points: &[(i32, i32)]) -> Vec<(i32, i32)> {
    points.iter().chain(points.first()).copied().collect()
}

/// The radar of `axes` (at least 3). The comparison outline is drawn when every axis has one.
pub fn radar(axes: &[Axis]) -> Option<String> {
    let n = axes.len();
    if n < 3 {
        return None;
    }
    let shape = |level: &dyn Fn(&Axis) -> f64| -> Vec<(i32, i32)> {
        axes.iter().enumerate().map(|(i, a)| point(i, n, level(a))).collect()
    };
    let current = shape(&|a| a.current);
    let target = shape(&|a| a.target);
    let compare: Option<Vec<(i32, i32)>> =
        axes.iter().enumerate().map(|(i, a)| a.compare.map(|c| point(i, n, c))).collect();

    draw(WIDTH, HEIGHT, |root| -> Drawn {
        for level in 1..=LEVELS {
            let ring: Vec<(i32, i32)> = (0..n).map(|i| point(i, n, f64::from(level))).collect();
            let width = if level == LEVELS { 2 } else { 1 };
            root.draw(&PathElement::new(closed(&ring), palette::GRID.stroke_width(width)))?;
            let (x, y) = point(0, n, f64::from(level));
            // 15 units: at least 9 pt where the chart is drawn at its printed size.
            let style = font(15, palette::MUTED, (HPos::Left, VPos::Top));
            root.draw(&Text::new(level.to_string(), (x + 4, y + 2), style))?;
        }
        for (i, axis) in axes.iter().enumerate() {
            let end = point(i, n, f64::from(LEVELS));
            root.draw(&PathElement::new(vec![point(i, n, 0.0), end], palette::GRID.stroke_width(1)))?;
            let (at, anchor) = label_at(i, n);
            root.draw(&Text::new(axis.label.as_str(), at, bold(17, palette::INK, anchor)))?;
        }
        if let Some(compare) = &compare {
            root.draw(&DashedPathElement::new(closed(compare), 2, 3, palette::COMPARE.stroke_width(2)))?;
        }
        root.draw(&Polygon::new(current.clone(), palette::ACCENT.mix(0.16).filled()))?;
        root.draw(&PathElement::new(closed(&current), palette::ACCENT.stroke_width(3)))?;
        for p in &current {
            root.draw(&Circle::new(*p, 4, palette::ACCENT.filled()))?;
        }
        root.draw(&DashedPathElement::new(closed(&target), 7, 4, palette::INK.stroke_width(2)))?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn axes(n: usize, compare: bool) -> Vec<Axis> {
        (0..n)
            .map(|i| Axis { label: (i + 1).to_string(), current: 3.0, target: 4.0, compare: compare.then_some(2.5) })
            .collect()
    }

    #[test]
    fn axes_start_at_the_top_and_go_clockwise() {
        assert_eq!(point(0, 10, 5.0), (220, 50));
        assert_eq!(point(0, 10, 0.0), (220, 200));
        let (x, y) = point(1, 10, 5.0);
        assert!(x > 220 && y < 200, "({x}, {y})");
        assert_eq!(point(0, 10, 9.0), point(0, 10, 5.0), "levels are capped at 5");
    }

    #[test]
    fn draws_rings_labels_and_three_outlines() {
        let svg = radar(&axes(10, true)).unwrap();
        assert!(!svg.contains("style="));
        for label in ["1", "5", "10"] {
            assert!(svg.contains(&format!(">\n{label}\n</text>")), "{label}");
        }
        assert_eq!(svg.matches("<circle").count(), 10, "one dot per axis");
        assert!(svg.contains(r##"fill="#1D4F7C""##) && svg.contains(r##"stroke="#8A93A3""##));
        let without = radar(&axes(10, false)).unwrap();
        assert!(!without.contains(r##"stroke="#8A93A3""##), "no comparison outline without a comparison");
        assert!(radar(&axes(2, false)).is_none());
    }
}
