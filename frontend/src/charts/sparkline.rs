//! The inline sparkline of a KPI tile: the KPI's series, its current target as a dashed line and the
//! latest value as a dot.

use plotters::element::DashedPathElement;
use plotters::prelude::*;

use super::{Drawn, draw, palette, range, row, runs};

/// Width of a sparkline, in SVG units.
pub const WIDTH: u32 = 132;
/// Height of a sparkline.
pub const HEIGHT: u32 = 40;
const PAD: i32 = 4;

/// The column of point `i` of `n` across `[left, right]`.
pub(crate) fn column(i: usize, n: usize, left: i32, right: i32) -> i32 {
    if n <= 1 {
        return (left + right) / 2;
    }
    left + ((right - left) as f64 * i as f64 / (n - 1) as f64).round() as i32
}

/// A sparkline of `values` (oldest first, `None` where the KPI had no value) with `target` dashed;
/// `from_zero` starts the scale at 0 (counts). `None` when there is nothing to draw.
pub fn sparkline(values: &[Option<f64>], target: Option<f64>, from_zero: bool) -> Option<String> {
    if values.iter().all(Option::is_none) {
        return None;
    }
    let scale = range(values.iter().flatten().copied().chain(target), from_zero);
    let (top, bottom) = (PAD, HEIGHT as i32 - PAD);
    let n = values.len();
    let points: Vec<Option<(i32, i32)>> = values
        .iter()
        .enumerate()
        .map(|(i, v)| v.map(|v| (column(i, n, PAD, WIDTH as i32 - PAD), row(v, scale, top, bottom))))
        .collect();
    draw(WIDTH, HEIGHT, |root| -> Drawn {
        if let Some(t) = target {
            let y = row(t, scale, top, bottom);
            root.draw(&DashedPathElement::new(
                [(PAD, y), (WIDTH as i32 - PAD, y)],
                4,
                3,
                palette::MUTED.stroke_width(1),
            ))?;
        }
        for run in runs(&points) {
            if run.len() > 1 {
                root.draw(&PathElement::new(run, palette::ACCENT.stroke_width(2)))?;
            }
        }
        if let Some(last) = points.iter().rev().flatten().next() {
            root.draw(&Circle::new(*last, 3, palette::ACCENT.filled()))?;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_the_series_the_target_and_the_latest_point() {
        let svg = sparkline(&[Some(80.0), Some(90.0), None, Some(95.0), Some(97.4)], Some(95.0), false).unwrap();
        assert!(svg.starts_with("<svg class=\"csm-svg\""), "{svg}");
        assert!(!svg.contains("style="));
        // One run of two points and one of two: two polylines, plus the dashes of the target line.
        assert!(svg.matches("<polyline").count() > 2, "{svg}");
        assert_eq!(svg.matches("<circle").count(), 1);
        assert!(svg.contains(r##"stroke="#1D4F7C""##));
        assert!(svg.contains(r##"stroke="#4D5869""##), "the target line is drawn");
    }

    #[test]
    fn the_highest_value_is_drawn_higher() {
        let svg = sparkline(&[Some(1.0), Some(3.0)], None, true).unwrap();
        // `points="x0,y0 x1,y1"`: the second point (3) is above the first (1).
        let points = svg.split("points=\"").nth(1).unwrap().split('"').next().unwrap();
        let ys: Vec<i32> = points.split_whitespace().map(|p| p.split(',').nth(1).unwrap().parse().unwrap()).collect();
        assert!(ys[1] < ys[0], "{points}");
        assert!(!svg.contains("stroke-dasharray") && !svg.contains(r##"stroke="#4D5869""##), "no target, no line");
    }

    #[test]
    fn nothing_to_draw_without_values() {
        assert_eq!(sparkline(&[None, None], Some(3.0), true), None);
        assert_eq!(sparkline(&[], None, true), None);
        assert!(sparkline(&[Some(2.0)], None, true).is_some());
    }

    #[test]
    fn columns_spread_points_evenly() {
        assert_eq!(column(0, 3, 0, 100), 0);
        assert_eq!(column(1, 3, 0, 100), 50);
        assert_eq!(column(2, 3, 0, 100), 100);
        assert_eq!(column(0, 1, 0, 100), 50);
    }
}
