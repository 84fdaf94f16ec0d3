//! The check sheet's radar: one axis per important item, maturity 0–5 outwards. The current
//! maturity is a filled shape with a solid outline and dots, the target a dashed dark outline, the
//! comparison quarter a dotted grey outline — three line styles, so the picture reads without colour.
//!
//! [`overlay`] is the group view's radar: up to five companies (each its own colour **and** marker
//! shape: circle, square, triangle, diamond, cross), the group's average (a thick solid line without
//! markers), the target (dashed) and a reference profile (dotted) — the legend beside it repeats the
//! same line and marker per series (`csm-key-*` in styles.css).

use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::{Area, Drawn, bold, draw, font, palette};

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
        grid(root, &axes.iter().map(|a| a.label.as_str()).collect::<Vec<_>>())?;
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

/// The rings (levels 1–5, numbered on the first axis) and one labelled spoke per axis.
fn grid(root: &Area<'_>, labels: &[&str]) -> Drawn {
    let n = labels.len();
    for level in 1..=LEVELS {
        let ring: Vec<(i32, i32)> = (0..n).map(|i| point(i, n, f64::from(level))).collect();
        let width = if level == LEVELS { 2 } else { 1 };
        root.draw(&PathElement::new(closed(&ring), palette::GRID.stroke_width(width)))?;
        let (x, y) = point(0, n, f64::from(level));
        // 15 units: at least 9 pt where the chart is drawn at its printed size.
        let style = font(15, palette::MUTED, (HPos::Left, VPos::Top));
        root.draw(&Text::new(level.to_string(), (x + 4, y + 2), style))?;
    }
    for (i, label) in labels.iter().enumerate() {
        let end = point(i, n, f64::from(LEVELS));
        root.draw(&PathElement::new(vec![point(i, n, 0.0), end], palette::GRID.stroke_width(1)))?;
        let (at, anchor) = label_at(i, n);
        root.draw(&Text::new(*label, at, bold(17, palette::INK, anchor)))?;
    }
    Ok(())
}

/// How many companies [`overlay`] tells apart (colour and marker each).
pub const COMPANY_STYLES: usize = 5;

/// The companies' colours (distinct in hue and lightness; the markers tell them apart without colour).
const COMPANY_COLOURS: [RGBColor; COMPANY_STYLES] = [
    palette::ACCENT,
    RGBColor(0xb2, 0x4a, 0x00),
    RGBColor(0x1e, 0x7b, 0x45),
    RGBColor(0x6b, 0x3f, 0xa0),
    RGBColor(0x8a, 0x5a, 0x1e),
];

/// One outline's role on the group radar (which line and marker it gets).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    /// The n-th chosen company (0..[`COMPANY_STYLES`]; further ones reuse the styles in turn).
    Company(usize),
    /// The group's average: thick, solid, no markers.
    Average,
    /// The target: dashed.
    Target,
    /// A reference profile: dotted, grey.
    Reference,
}

impl Line {
    /// The legend key's CSS class (`csm-key-company-0` …, `csm-key-average`, `csm-key-target`,
    /// `csm-key-reference`), styled like the line and marker drawn.
    pub fn key_class(self) -> String {
        match self {
            Line::Company(i) => format!("csm-key-company-{}", i % COMPANY_STYLES),
            Line::Average => "csm-key-average".to_owned(),
            Line::Target => "csm-key-target".to_owned(),
            Line::Reference => "csm-key-reference".to_owned(),
        }
    }
}

/// One outline of [`overlay`]: a value per axis, in the axes' order.
#[derive(Debug, Clone, PartialEq)]
pub struct Outline {
    /// Its role.
    pub line: Line,
    /// Maturity per axis.
    pub values: Vec<f64>,
}

/// The group's radar: one axis per label (at least 3) and every outline whose values cover the axes
/// (others are skipped). Reference and target are drawn first, the companies over them, the average on top.
pub fn overlay(labels: &[String], outlines: &[Outline]) -> Option<String> {
    let n = labels.len();
    if n < 3 {
        return None;
    }
    let rank = |l: Line| match l {
        Line::Reference => 0,
        Line::Target => 1,
        Line::Company(_) => 2,
        Line::Average => 3,
    };
    let mut ordered: Vec<&Outline> = outlines.iter().filter(|o| o.values.len() == n).collect();
    csm_core::order::sort_by_key(&mut ordered, |o| rank(o.line));
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    draw(WIDTH, HEIGHT, |root| -> Drawn {
        grid(root, &labels)?;
        for o in ordered {
            let points: Vec<(i32, i32)> = o.values.iter().enumerate().map(|(i, v)| point(i, n, *v)).collect();
            match o.line {
                Line::Reference => {
                    root.draw(&DashedPathElement::new(closed(&points), 2, 4, palette::COMPARE.stroke_width(3)))?
                }
                Line::Target => {
                    root.draw(&DashedPathElement::new(closed(&points), 8, 5, palette::INK.stroke_width(2)))?
                }
                Line::Average => root.draw(&PathElement::new(closed(&points), palette::INK.stroke_width(5)))?,
                Line::Company(k) => {
                    let k = k % COMPANY_STYLES;
                    let colour = COMPANY_COLOURS[k];
                    root.draw(&PathElement::new(closed(&points), colour.stroke_width(2)))?;
                    for p in &points {
                        marker(root, k, *p, colour)?;
                    }
                }
            }
        }
        Ok(())
    })
}

/// Company `k`'s marker at `p`: circle, square, triangle, diamond or cross.
fn marker(root: &Area<'_>, k: usize, (x, y): (i32, i32), colour: RGBColor) -> Drawn {
    let fill = colour.filled();
    match k {
        0 => root.draw(&Circle::new((x, y), 5, fill)),
        1 => root.draw(&Rectangle::new([(x - 5, y - 5), (x + 5, y + 5)], fill)),
        2 => root.draw(&Polygon::new(vec![(x, y - 6), (x + 6, y + 5), (x - 6, y + 5)], fill)),
        3 => root.draw(&Polygon::new(vec![(x, y - 7), (x + 7, y), (x, y + 7), (x - 7, y)], fill)),
        _ => {
            root.draw(&PathElement::new(vec![(x - 5, y - 5), (x + 5, y + 5)], colour.stroke_width(3)))?;
            root.draw(&PathElement::new(vec![(x - 5, y + 5), (x + 5, y - 5)], colour.stroke_width(3)))
        }
    }
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

    #[test]
    fn the_overlay_draws_each_series_in_its_own_line_and_marker() {
        let labels: Vec<String> = (1..=10).map(|i| i.to_string()).collect();
        let at = |line, v: f64| Outline { line, values: vec![v; 10] };
        let outlines = [
            at(Line::Company(0), 2.0),
            at(Line::Company(1), 2.5),
            at(Line::Company(2), 3.0),
            at(Line::Company(3), 3.5),
            at(Line::Company(4), 1.0),
            at(Line::Average, 2.4),
            at(Line::Target, 4.0),
            at(Line::Reference, 2.8),
            Outline { line: Line::Company(0), values: vec![1.0; 9] },
        ];
        let svg = overlay(&labels, &outlines).unwrap();
        assert!(!svg.contains("style="));
        assert_eq!(svg.matches("<circle").count(), 10, "circles: company 0 only (its short outline is skipped)");
        assert_eq!(svg.matches("<rect").count(), 10, "squares: company 1");
        assert_eq!(svg.matches("<polygon").count(), 20, "triangles and diamonds: companies 2 and 3");
        assert!(svg.contains(r##"stroke="#8A93A3""##), "the reference's grey");
        assert!(svg.contains(r#"stroke-width="5""#), "the average's thick line");
        let plain = overlay(&labels, &outlines[5..6]).unwrap();
        assert_eq!(
            plain.matches("<circle").count() + plain.matches("<polygon").count(),
            0,
            "the average has no markers"
        );
        assert!(overlay(&labels[..2], &outlines).is_none());
        assert_eq!(Line::Company(6).key_class(), "csm-key-company-1");
    }
}
