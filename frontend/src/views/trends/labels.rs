//! The trends view's words, in Japanese and English.

use csm_core::snapshot::Language;
use csm_core::text::{grouped, yen};

/// Fixed labels of the trends view.
#[derive(Debug, PartialEq, Eq)]
pub struct Labels {
    /// View heading.
    pub title: &'static str,
    /// Says what the view answers.
    pub lead: &'static str,
    /// Heading of the items' strips.
    pub items_title: &'static str,
    /// Says how to read a strip.
    pub items_lead: &'static str,
    /// Column: important item.
    pub item: &'static str,
    /// Heading of the principles.
    pub principles_title: &'static str,
    /// Column: principle.
    pub principle: &'static str,
    /// Heading of the figures per quarter.
    pub figures_title: &'static str,
    /// Column: quarter.
    pub quarter: &'static str,
    /// Column: overall maturity / target.
    pub maturity: &'static str,
    /// Column: the items' lights.
    pub lights: &'static str,
    /// Column: residual risks above tolerance.
    pub above_tolerance: &'static str,
    /// Column: residual expected annual loss.
    pub loss: &'static str,
    /// Column: decisions open.
    pub decisions_open: &'static str,
    /// Column: decisions taken.
    pub decisions_taken: &'static str,
    /// A quarter whose decisions the export does not record.
    pub not_recorded: &'static str,
    /// Note under the figures when no quarter records the board's decisions.
    pub not_recorded_note: &'static str,
    /// Note under the figures when some quarter's loss is partial.
    pub partial_note: &'static str,
    /// Accessible name of the scrolling items table.
    pub items_region: &'static str,
    /// Accessible name of the scrolling principles table.
    pub principles_region: &'static str,
    /// Accessible name of the scrolling figures table.
    pub figures_region: &'static str,
    /// Shown while nothing is loaded.
    pub empty: &'static str,
}

const JA: Labels = Labels {
    title: "推移（全四半期）",
    lead: "四半期ごとに、重要10項目の成熟度と信号、許容レベルを超える残留リスク、想定年間損失、判断事項がどう動いたか（4-2・4-3 の定期報告、PDCA の振り返り）。",
    items_title: "重要10項目の信号の推移",
    items_lead: "各四半期の信号（●青 ▲黄 ■赤）と、成熟度 / 目標。古い四半期から順に並びます。",
    item: "重要項目",
    principles_title: "三原則の成熟度の推移",
    principle: "原則",
    figures_title: "四半期ごとの数値",
    quarter: "四半期",
    maturity: "総合成熟度 / 目標",
    lights: "信号の数",
    above_tolerance: "許容レベル超の残留リスク",
    loss: "想定年間損失（残留）",
    decisions_open: "判断事項（未決）",
    decisions_taken: "判断事項（決定済み）",
    not_recorded: "記録なし",
    not_recorded_note: "決定済みの判断事項: 記録なし（このエクスポートには取締役会の決定の記録がありません。0 件ではありません）。",
    partial_note: "「一部のみ」: 損失の見積がないリスクがあり、その分を含まない合計です。",
    items_region: "重要10項目の推移（横にスクロール）",
    principles_region: "三原則の推移（横にスクロール）",
    figures_region: "四半期ごとの数値（横にスクロール）",
    empty: "推移を表示できません。",
};

const EN: Labels = Labels {
    title: "Trends (all quarters)",
    lead: "How the ten important items' maturity and lights, the residual risks above tolerance, the expected annual loss and the decisions moved from quarter to quarter (the regular reporting of 4-2 and 4-3, the PDCA review).",
    items_title: "The important items' lights over the quarters",
    items_lead: "Each quarter's light (● green ▲ amber ■ red) and maturity / target, oldest quarter first.",
    item: "Important item",
    principles_title: "The three principles' maturity over the quarters",
    principle: "Principle",
    figures_title: "Figures per quarter",
    quarter: "Quarter",
    maturity: "Overall maturity / target",
    lights: "Lights",
    above_tolerance: "Residual risks above tolerance",
    loss: "Expected annual loss (residual)",
    decisions_open: "Decisions open",
    decisions_taken: "Decisions taken",
    not_recorded: "not recorded",
    not_recorded_note: "Decisions taken: not recorded (this export records no board decisions; this is not zero).",
    partial_note: "\u{201c}Partial\u{201d}: some risks have no loss estimate; the total leaves them out.",
    items_region: "The important items over the quarters (scrolls sideways)",
    principles_region: "The three principles over the quarters (scrolls sideways)",
    figures_region: "Figures per quarter (scrolls sideways)",
    empty: "The trends cannot be shown.",
};

/// The labels of `lang`.
pub fn labels(lang: Language) -> &'static Labels {
    match lang {
        Language::Ja => &JA,
        Language::En => &EN,
    }
}

/// Risks above tolerance and how many of them lack a valid approval: `3（うち未承認 1）` / `3 (1 unapproved)`.
pub fn above_tolerance(lang: Language, n: usize, unapproved: usize) -> String {
    match (lang, unapproved) {
        (_, 0) => grouped(n as u64),
        (Language::Ja, u) => format!("{}（うち未承認 {}）", grouped(n as u64), grouped(u as u64)),
        (Language::En, u) => format!("{} ({} unapproved)", grouped(n as u64), grouped(u as u64)),
    }
}

/// The expected loss, said to be partial when risks lack an estimate: `1,200万円（一部のみ: 見積なし 2 件）`.
pub fn loss(lang: Language, amount: u64, not_estimated: usize) -> String {
    let y = yen(amount, lang);
    match (lang, not_estimated) {
        (_, 0) => y,
        (Language::Ja, n) => format!("{y}（一部のみ: 見積なし {n} 件）"),
        (Language::En, n) => format!("{y} (partial: {n} not estimated)"),
    }
}

/// Decisions taken, or "not recorded" — never a zero for a quarter the export does not record.
pub fn taken(lang: Language, taken: Option<usize>) -> String {
    taken.map_or_else(|| labels(lang).not_recorded.to_owned(), |n| grouped(n as u64))
}

/// Under the strips, in print only, when the page carries fewer quarters than the export:
/// `印刷には最新の 12 四半期を載せています（全 40 四半期は画面と下の四半期ごとの数値に）。`
pub fn printed_quarters(lang: Language, printed: usize, total: usize) -> String {
    match lang {
        Language::Ja => format!(
            "印刷には最新の {printed} 四半期を載せています（全 {total} 四半期の信号は画面に、数値は下の「四半期ごとの数値」にあります）。"
        ),
        Language::En => format!(
            "The print shows the newest {printed} of {total} quarters (every quarter's lights are on screen; every quarter's figures are in the table below)."
        ),
    }
}

/// A count of lights for the lights column: `2` (the shape and word beside it say which).
pub fn count(n: usize) -> String {
    grouped(n as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_losses_and_unrecorded_decisions_say_so() {
        assert_eq!(above_tolerance(Language::Ja, 3, 1), "3（うち未承認 1）");
        assert_eq!(above_tolerance(Language::En, 3, 0), "3");
        assert!(loss(Language::En, 12_000_000, 2).ends_with("(partial: 2 not estimated)"));
        assert!(!loss(Language::Ja, 12_000_000, 0).contains("一部"));
        assert_eq!(taken(Language::Ja, None), "記録なし");
        assert_eq!(taken(Language::En, None), "not recorded");
        assert_eq!(taken(Language::En, Some(0)), "0");
    }

    #[test]
    fn the_print_note_names_how_many_quarters_print() {
        assert!(printed_quarters(Language::Ja, 12, 40).starts_with("印刷には最新の 12 四半期"));
        assert!(printed_quarters(Language::Ja, 12, 40).contains("全 40 四半期"));
        assert!(printed_quarters(Language::En, 12, 13).starts_with("The print shows the newest 12 of 13 quarters"));
    }

    #[test]
    fn both_languages_have_every_label() {
        for l in [&JA, &EN] {
            assert!(!l.title.is_empty() && !l.not_recorded.is_empty() && !l.partial_note.is_empty());
        }
        assert!(!EN.lead.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c)));
    }
}
