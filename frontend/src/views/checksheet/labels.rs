//! The check sheet view's words, in Japanese and English.

use csm_core::snapshot::Language;

/// Fixed labels of the check sheet view.
#[derive(Debug, PartialEq, Eq)]
pub struct Labels {
    /// The view's title.
    pub title: &'static str,
    /// Figure: overall maturity.
    pub overall: &'static str,
    /// "target".
    pub target: &'static str,
    /// Figure: check items at target.
    pub at_target: &'static str,
    /// Figure: important items all of whose check items are at target.
    pub items_at_target: &'static str,
    /// Figure: check items whose maturity fell since the comparison quarter.
    pub fell: &'static str,
    /// Heading of the radar.
    pub radar_title: &'static str,
    /// The radar's accessible name.
    pub radar_label: &'static str,
    /// Legend: current maturity.
    pub current: &'static str,
    /// Column and legend: target.
    pub target_col: &'static str,
    /// Column: important item.
    pub item: &'static str,
    /// Column: check item id.
    pub id: &'static str,
    /// Column: check item.
    pub check_item: &'static str,
    /// Column: maturity.
    pub maturity: &'static str,
    /// Column: change.
    pub change: &'static str,
    /// Column: owner.
    pub owner: &'static str,
    /// Column: evidence.
    pub evidence: &'static str,
    /// The guidance toggle.
    pub guidance_toggle: &'static str,
    /// 【実施の目安】.
    pub guidance: &'static str,
    /// 【実施の確認事項】.
    pub confirmation: &'static str,
    /// Marks a check item that fell.
    pub fell_tag: &'static str,
    /// Marks a check item below target.
    pub short_tag: &'static str,
    /// "Mean".
    pub mean: &'static str,
    /// Shown instead of a change when nothing is compared.
    pub no_change: &'static str,
}

/// Japanese.
pub const JA: Labels = Labels {
    title: "チェックシート（付録3）",
    overall: "総合成熟度",
    target: "目標",
    at_target: "目標に達したチェック項目",
    items_at_target: "すべて目標に達した重要項目",
    fell: "成熟度が下がったチェック項目",
    radar_title: "重要10項目の成熟度",
    radar_label: "レーダーチャート: 重要10項目の成熟度（現在・目標・比較）。数値は隣の表にあります。",
    current: "現在",
    target_col: "目標",
    item: "重要項目",
    id: "番号",
    check_item: "チェック項目",
    maturity: "成熟度 / 目標",
    change: "変化",
    owner: "担当",
    evidence: "根拠",
    guidance_toggle: "実施の目安・確認事項",
    guidance: "実施の目安",
    confirmation: "実施の確認事項",
    fell_tag: "低下",
    short_tag: "目標未達",
    mean: "平均",
    no_change: "—",
};

/// English.
pub const EN: Labels = Labels {
    title: "Check sheet (Appendix 3)",
    overall: "Overall maturity",
    target: "target",
    at_target: "Check items at target",
    items_at_target: "Important items fully at target",
    fell: "Check items whose maturity fell",
    radar_title: "Maturity of the 10 important items",
    radar_label: "Radar chart: maturity of the 10 important items (current, target, comparison). The numbers are in the table beside it.",
    current: "Current",
    target_col: "Target",
    item: "Item",
    id: "No.",
    check_item: "Check item",
    maturity: "Maturity / target",
    change: "Change",
    owner: "Owner",
    evidence: "Evidence",
    guidance_toggle: "Guidance and confirmation points",
    guidance: "Implementation guidance",
    confirmation: "Confirmation points",
    fell_tag: "Fell",
    short_tag: "Below target",
    mean: "Mean",
    no_change: "—",
};

/// The labels of `lang`.
pub fn labels(lang: Language) -> &'static Labels {
    match lang {
        Language::Ja => &JA,
        Language::En => &EN,
    }
}

/// `29 / 32（90.6%）` / `29 of 32 (90.6%)`.
pub fn share(lang: Language, count: usize, of: usize, pct: f64) -> String {
    let pct = csm_core::text::pct(pct);
    match lang {
        Language::Ja => format!("{count} / {of}（{pct}）"),
        Language::En => format!("{count} of {of} ({pct})"),
    }
}

/// `1 項目` / `1 item(s)`.
pub fn check_items(lang: Language, n: usize) -> String {
    match lang {
        Language::Ja => format!("{n} 項目"),
        Language::En if n == 1 => "1 item".to_owned(),
        Language::En => format!("{n} items"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_and_counts_read_naturally() {
        assert_eq!(share(Language::Ja, 29, 32, 90.625), "29 / 32（90.6%）");
        assert_eq!(share(Language::En, 29, 32, 90.625), "29 of 32 (90.6%)");
        assert_eq!(check_items(Language::En, 1), "1 item");
        assert_eq!(check_items(Language::Ja, 0), "0 項目");
    }
}
