//! A KPI's trend over the export's quarters: the value as a line whose markers show the status by
//! shape and colour (circle on track, triangle at risk, square off track), the target as a dashed
//! line, value ticks on the left and the quarters beneath.

use csm_core::kpi::KpiStatus;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::sparkline::column;
use super::{Drawn, draw, font, palette, range, row, runs};

/// Width of a trend chart, in SVG units.
pub const WIDTH: u32 = 560;
/// Height of a trend chart.
pub const HEIGHT: u32 = 200;
const LEFT: i32 = 62;
const RIGHT: i32 = 20;
const TOP: i32 = 14;
const BOTTOM: i32 = 30;

/// One quarter of the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    /// The quarter's label under the axis.
    pub label: String,
    /// The value, if measured.
    pub value: Option<f64>,
    /// The target in force, if any.
    pub target: Option<f64>,
    /// The status, if judged.
    pub status: Option<KpiStatus>,
}

/// "Nice" tick values (1, 2 or 5 × 10ⁿ apart) covering `[low, high]`, at most about `count` + 1.
pub fn ticks((low, high): (f64, f64), count: usize) -> Vec<f64> {
    if high.is_nan() || low.is_nan() || high <= low || count == 0 {
        return vec![low];
    }
    let raw = (high - low) / count as f64;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0].into_iter().map(|m| m * magnitude).find(|s| *s >= raw).unwrap_or(raw);
    let first = (low / step).ceil() as i64;
    let last = (high / step).floor() as i64;
    (first..=last).map(|k| k as f64 * step).collect()
}

/// The room a quarter's label needs under the axis, in SVG units: `FY2026 Q2` at 13 units.
const LABEL_ROOM: i32 = 64;

/// Every how many quarters the axis is labelled, counting back from the newest (always labelled):
/// every quarter while the labels fit side by side in `span` units (8 quarters do), else every
/// second, third … — 40 quarters are labelled every sixth instead of overlapping into one smear.
pub(crate) fn label_every(n: usize, span: i32) -> usize {
    if n <= 1 {
        return 1;
    }
    let apart = span as f64 / (n - 1) as f64;
    (LABEL_ROOM as f64 / apart).ceil().max(1.0) as usize
}

/// A target as steps: each quarter's target is level from half a step before the quarter to half a
/// step after it (within `[left, right]`), and a change of target is a vertical jump between quarters.
pub(crate) fn steps(run: &[(i32, i32)], half: i32, (left, right): (i32, i32)) -> Vec<(i32, i32)> {
    run.iter().flat_map(|&(x, y)| [((x - half).max(left), y), ((x + half).min(right), y)]).collect()
}

/// The trend chart of `points` (oldest first); `from_zero` starts the scale at 0 (counts) and
/// `format` writes a tick value. `None` when no quarter has a value.
pub fn trend(points: &[Point], from_zero: bool, format: impl Fn(f64) -> String) -> Option<String> {
    if points.iter().all(|p| p.value.is_none()) {
        return None;
    }
    let scale = range(points.iter().flat_map(|p| [p.value, p.target]).flatten(), from_zero);
    let (top, bottom) = (TOP, HEIGHT as i32 - BOTTOM);
    let (left, right) = (LEFT, WIDTH as i32 - RIGHT);
    let n = points.len();
    let x = |i: usize| column(i, n, left + 12, right - 12);
    // Half the distance between quarters: a target holds from half a quarter before to half after.
    let half = if n > 1 { (x(1) - x(0)) / 2 } else { 12 };
    let at = |i: usize, v: Option<f64>| v.map(|v| (x(i), row(v, scale, top, bottom)));
    let values: Vec<Option<(i32, i32)>> = points.iter().enumerate().map(|(i, p)| at(i, p.value)).collect();
    let targets: Vec<Option<(i32, i32)>> = points.iter().enumerate().map(|(i, p)| at(i, p.target)).collect();

    draw(WIDTH, HEIGHT, |root| -> Drawn {
        for tick in ticks(scale, 4) {
            let y = row(tick, scale, top, bottom);
            root.draw(&PathElement::new(vec![(left, y), (right, y)], palette::GRID.stroke_width(1)))?;
            root.draw(&Text::new(format(tick), (left - 8, y), font(14, palette::MUTED, (HPos::Right, VPos::Center))))?;
        }
        root.draw(&PathElement::new(vec![(left, bottom), (right, bottom)], palette::MUTED.stroke_width(1)))?;
        let every = label_every(n, x(n.saturating_sub(1)) - x(0));
        for (i, p) in points.iter().enumerate().filter(|&(i, _)| (n - 1 - i).is_multiple_of(every)) {
            let style = font(13, palette::MUTED, (HPos::Center, VPos::Top));
            root.draw(&Text::new(p.label.as_str(), (x(i), bottom + 7), style))?;
        }
        for run in runs(&targets) {
            root.draw(&DashedPathElement::new(steps(&run, half, (left, right)), 6, 4, palette::INK.stroke_width(2)))?;
        }
        for run in runs(&values) {
            if run.len() > 1 {
                root.draw(&PathElement::new(run, palette::ACCENT.stroke_width(2)))?;
            }
        }
        for (p, at) in points.iter().zip(&values) {
            let Some((cx, cy)) = *at else { continue };
            match p.status {
                Some(KpiStatus::OnTrack) => root.draw(&Circle::new((cx, cy), 5, palette::OK.filled()))?,
                Some(KpiStatus::AtRisk) => root.draw(&TriangleMarker::new((cx, cy), 7, palette::AMBER.filled()))?,
                Some(KpiStatus::OffTrack) => {
                    root.draw(&Rectangle::new([(cx - 5, cy - 5), (cx + 5, cy + 5)], palette::BAD.filled()))?;
                }
                None => root.draw(&Circle::new((cx, cy), 4, palette::ACCENT.filled()))?,
            }
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(label: &str, value: Option<f64>, target: Option<f64>, status: Option<KpiStatus>) -> Point {
        Point { label: label.into(), value, target, status }
    }

    #[test]
    fn ticks_are_round_numbers() {
        assert_eq!(ticks((0.0, 13.2), 4), vec![0.0, 5.0, 10.0]);
        assert_eq!(ticks((79.0, 91.0), 4), vec![80.0, 85.0, 90.0]);
        assert_eq!(ticks((0.0, 1.0), 4), vec![0.0, 0.5, 1.0]);
        assert_eq!(ticks((2.0, 2.0), 4), vec![2.0]);
    }

    #[test]
    fn draws_status_markers_by_shape_target_and_labels() {
        let points = [
            p("2026Q1", Some(80.0), Some(90.0), Some(KpiStatus::OffTrack)),
            p("2026Q2", Some(85.0), Some(90.0), Some(KpiStatus::AtRisk)),
            p("2026Q3", Some(92.0), Some(90.0), Some(KpiStatus::OnTrack)),
            p("2026Q4", None, None, None),
        ];
        let svg = trend(&points, false, |v| format!("{v}%")).unwrap();
        assert!(!svg.contains("style="));
        for label in ["2026Q1", "2026Q2", "2026Q3", "2026Q4", "85%", "90%"] {
            assert!(svg.contains(&format!(">\n{label}\n</text>")), "{label} missing");
        }
        assert_eq!(svg.matches("<circle").count(), 1, "one on-track marker");
        assert_eq!(svg.matches("<rect").count(), 1, "one off-track square");
        assert!(svg.contains("<polygon"), "an at-risk triangle");
        assert!(svg.contains(r##"fill="#B3261E""##) && svg.contains(r##"fill="#B26A00""##));
    }

    #[test]
    fn the_axis_labels_the_newest_quarter_and_never_overlaps() {
        let span = (WIDTH as i32 - RIGHT - 12) - (LEFT + 12);
        assert_eq!(label_every(1, span), 1);
        assert_eq!(label_every(8, span), 1, "two fiscal years: every quarter");
        assert_eq!(label_every(9, span), 2, "one more: every second");
        assert_eq!(label_every(40, span), 6);
        let points: Vec<Point> = (0..40).map(|i| p(&format!("Q{i:02}"), Some(i as f64), None, None)).collect();
        let svg = trend(&points, true, |v| v.to_string()).unwrap();
        let shown: Vec<usize> = (0..40).filter(|i| svg.contains(&format!(">\nQ{i:02}\n</text>"))).collect();
        assert_eq!(shown, vec![3, 9, 15, 21, 27, 33, 39], "every sixth, the newest included");
        for pair in shown.windows(2) {
            let apart = column(pair[1], 40, LEFT + 12, WIDTH as i32 - RIGHT - 12)
                - column(pair[0], 40, LEFT + 12, WIDTH as i32 - RIGHT - 12);
            assert!(apart >= LABEL_ROOM, "{pair:?} {apart} units apart");
        }
    }

    #[test]
    fn targets_are_steps() {
        assert_eq!(
            steps(&[(10, 50), (30, 50), (50, 40)], 10, (0, 55)),
            vec![(0, 50), (20, 50), (20, 50), (40, 50), (40, 40), (55, 40)]
        );
    }

    #[test]
    fn labels_are_escaped() {
        let svg = trend(&[p("<b>&", Some(1.0), None, None)], true, |v| v.to_string()).unwrap();
        assert!(svg.contains("&lt;b&gt;&amp;") && !svg.contains("<b>"));
    }

    #[test]
    fn nothing_to_draw_without_values() {
        assert_eq!(trend(&[p("2026Q1", None, Some(3.0), None)], true, |v| v.to_string()), None);
    }
}
