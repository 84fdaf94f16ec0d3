//! The risks view's words, in Japanese and English.

use csm_core::fiscal::FiscalQuarter;
use csm_core::snapshot::Language;

use crate::i18n;

/// Fixed labels of the risks view.
#[derive(Debug, PartialEq, Eq)]
pub struct Labels {
    /// View heading.
    pub title: &'static str,
    /// Heading of the heat map card.
    pub heat_title: &'static str,
    /// The inherent/residual toggle's accessible name.
    pub rating: &'static str,
    /// Toggle: inherent.
    pub inherent: &'static str,
    /// Toggle: residual.
    pub residual: &'static str,
    /// "Risks in the register".
    pub registered: &'static str,
    /// "Tolerance".
    pub tolerance: &'static str,
    /// "Above tolerance".
    pub above: &'static str,
    /// "Not approved or expired".
    pub unapproved: &'static str,
    /// Heading of the decisions card.
    pub decisions_title: &'static str,
    /// Explains the decisions card.
    pub decisions_note: &'static str,
    /// "Approval missing".
    pub missing: &'static str,
    /// "Approval expired".
    pub expired: &'static str,
    /// "Approval expiring".
    pub expiring: &'static str,
    /// "Approved".
    pub valid: &'static str,
    /// Shown when no residual risk is above tolerance.
    pub none_above: &'static str,
    /// After "and N more" above tolerance: where to find them.
    pub more_in_register: &'static str,
    /// Column: risk.
    pub risk: &'static str,
    /// Column: level.
    pub level: &'static str,
    /// Column: approval.
    pub approval: &'static str,
    /// Column: expected annual loss.
    pub loss: &'static str,
    /// Marks a risk's own tolerance.
    pub own_tolerance: &'static str,
    /// Heading of the movements card.
    pub moves_title: &'static str,
    /// Shown without a comparison quarter.
    pub no_compare: &'static str,
    /// Shown when nothing moved.
    pub no_moves: &'static str,
    /// "New".
    pub new: &'static str,
    /// "Removed".
    pub removed: &'static str,
    /// "Up".
    pub up: &'static str,
    /// "Down".
    pub down: &'static str,
    /// Column: change.
    pub change: &'static str,
    /// Column: from → to.
    pub from_to: &'static str,
    /// Heading of the treatment mix.
    pub mix_title: &'static str,
    /// Column: treatment.
    pub treatment: &'static str,
    /// Column: risks.
    pub risks: &'static str,
    /// Column: share.
    pub share: &'static str,
    /// Heading of the expected loss per asset.
    pub assets_title: &'static str,
    /// Explains expected annual loss.
    pub assets_note: &'static str,
    /// Column: asset.
    pub asset: &'static str,
    /// Row: total.
    pub total: &'static str,
}

/// Japanese.
pub const JA: Labels = Labels {
    title: "リスク",
    heat_title: "リスクマップ（ヒートマップ）",
    rating: "表示するリスク",
    inherent: "固有リスク（対応前）",
    residual: "残留リスク（対応後）",
    registered: "登録リスク",
    tolerance: "許容水準",
    above: "許容水準超過",
    unapproved: "うち未承認・期限切れ",
    decisions_title: "取締役会の判断事項：許容水準を超える残留リスク",
    decisions_note: "許容水準を超える残留リスクは取締役会の承認が必要です（付録3 (3)-6）。承認なし・期限切れ・期限間近（90日以内）が判断を求める事項です。",
    missing: "承認なし",
    expired: "期限切れ",
    expiring: "期限間近",
    valid: "承認済み",
    none_above: "許容水準を超える残留リスクはありません。",
    more_in_register: "（リスク登録簿の「承認」で絞り込めます）",
    risk: "リスク",
    level: "残留／許容水準",
    approval: "承認",
    loss: "想定年間損失",
    own_tolerance: "個別の許容水準",
    moves_title: "比較四半期からの変化",
    no_compare: "比較する四半期が選ばれていません。",
    no_moves: "残留リスクのレベルが変わったリスク、新規・削除されたリスクはありません。",
    new: "新規",
    removed: "削除",
    up: "上昇",
    down: "低下",
    change: "変化",
    from_to: "残留リスク（前 → 今）",
    mix_title: "リスク対応の内訳",
    treatment: "対応",
    risks: "件数",
    share: "割合",
    assets_title: "資産ごとの想定年間損失",
    assets_note: "想定年間損失 ＝ 損失額 × 年間発生頻度（リスクごとに円未満を四捨五入して合計）。",
    asset: "資産",
    total: "合計",
};

/// English.
pub const EN: Labels = Labels {
    title: "Risks",
    heat_title: "Risk map (heat map)",
    rating: "Rating shown",
    inherent: "Inherent (before treatment)",
    residual: "Residual (after treatment)",
    registered: "Risks registered",
    tolerance: "Tolerance",
    above: "Above tolerance",
    unapproved: "Not approved or expired",
    decisions_title: "Board decisions: residual risks above tolerance",
    decisions_note: "A residual risk above tolerance needs the board's approval (check sheet (3)-6). Missing, expired and expiring (within 90 days) approvals are asked of the board.",
    missing: "Not approved",
    expired: "Expired",
    expiring: "Expiring",
    valid: "Approved",
    none_above: "No residual risk is above tolerance.",
    more_in_register: " (filter the risk register by approval to see them)",
    risk: "Risk",
    level: "Residual / tolerance",
    approval: "Approval",
    loss: "Expected annual loss",
    own_tolerance: "own tolerance",
    moves_title: "Changes since the comparison quarter",
    no_compare: "No comparison quarter is chosen.",
    no_moves: "No risk changed residual level, and none was added or removed.",
    new: "New",
    removed: "Removed",
    up: "Up",
    down: "Down",
    change: "Change",
    from_to: "Residual (then → now)",
    mix_title: "Treatment mix",
    treatment: "Treatment",
    risks: "Risks",
    share: "Share",
    assets_title: "Expected annual loss by asset",
    assets_note: "Expected annual loss = loss magnitude × annual frequency (rounded to the yen per risk, then summed).",
    asset: "Asset",
    total: "Total",
};

/// The labels of `lang`.
pub fn labels(lang: Language) -> &'static Labels {
    match lang {
        Language::Ja => &JA,
        Language::En => &EN,
    }
}

/// A count of risks: `3件` / `3 risks` (`1 risk`).
pub fn risks(lang: Language, n: usize) -> String {
    let c = i18n::count(n as u64);
    match lang {
        Language::Ja => format!("{c}件"),
        Language::En if n == 1 => "1 risk".to_owned(),
        Language::En => format!("{c} risks"),
    }
}

/// `2026年度 第1四半期と比較` / `Compared with FY2026 Q1`.
pub fn versus(lang: Language, q: FiscalQuarter) -> String {
    match lang {
        Language::Ja => format!("{}と比較", i18n::quarter(lang, q)),
        Language::En => format!("Compared with {}", i18n::quarter(lang, q)),
    }
}

/// When an approval lapses, from core's days to expiry: `あと 45日` / `in 45 days`, `29日前に失効` /
/// `lapsed 29 days ago`, `本日失効` / `lapses today`.
pub fn expiry(lang: Language, days: i64) -> String {
    let n = i18n::count(days.unsigned_abs());
    match (lang, days.signum()) {
        (Language::Ja, 1) => format!("あと {n}日"),
        (Language::Ja, -1) => format!("期限を{n}日経過"),
        (Language::Ja, _) => "本日が期限".to_owned(),
        (Language::En, 1) if days == 1 => "in 1 day".to_owned(),
        (Language::En, 1) => format!("in {n} days"),
        (Language::En, -1) if days == -1 => "1 day past its expiry".to_owned(),
        (Language::En, -1) => format!("{n} days past its expiry"),
        (Language::En, _) => "last day today".to_owned(),
    }
}

/// What follows who approved (shown isolated before it): when the approval lapses, `・あと 31日` /
/// `, in 31 days`.
pub fn approval_after(lang: Language, days: i64) -> String {
    match lang {
        Language::Ja => format!("・{}", expiry(lang, days)),
        Language::En => format!(", {}", expiry(lang, days)),
    }
}

/// `他 12件` / `and 12 more`, for a list cut at `shown` of `total` (`None` when nothing is cut).
pub fn more(lang: Language, total: usize, shown: usize) -> Option<String> {
    let rest = total.checked_sub(shown).filter(|r| *r > 0)?;
    let n = i18n::count(rest as u64);
    Some(match lang {
        Language::Ja => format!("他 {n}件"),
        Language::En => format!("and {n} more"),
    })
}

/// `他 912件の資産（合計には含みます）` / `and 912 more assets (included in the total)`.
pub fn more_assets(lang: Language, more: &str) -> String {
    match lang {
        Language::Ja => format!("{more}の資産（合計には含みます）"),
        Language::En => format!("{more} assets (included in the total)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_with_numbers() {
        assert_eq!(risks(Language::Ja, 1200), "1,200件");
        assert_eq!(risks(Language::En, 1), "1 risk");
        assert_eq!(expiry(Language::Ja, 45), "あと 45日");
        assert_eq!(expiry(Language::Ja, -29), "期限を29日経過");
        assert_eq!(expiry(Language::Ja, 0), "本日が期限"); // in time on its expiry date
        assert_eq!(expiry(Language::En, -1), "1 day past its expiry");
        assert_eq!(expiry(Language::En, 1), "in 1 day");
        assert_eq!(expiry(Language::En, -3), "3 days past its expiry");
        assert_eq!(expiry(Language::En, 0), "last day today");
        assert_eq!(more(Language::Ja, 32, 20).as_deref(), Some("他 12件"));
        assert_eq!(approval_after(Language::En, 31), ", in 31 days");
        assert_eq!(more_assets(Language::Ja, "他 912件"), "他 912件の資産（合計には含みます）");
        assert_eq!(approval_after(Language::Ja, -2), "・期限を2日経過");
        assert_eq!(more(Language::En, 20, 20), None);
        assert_eq!(more(Language::En, 3, 20), None);
        let q = csm_core::fiscal::FiscalYearStart::APRIL.quarter("2026Q2".parse().unwrap());
        assert_eq!(versus(Language::Ja, q), "2026年度 第1四半期と比較");
        assert_eq!(versus(Language::En, q), "Compared with FY2026 Q1");
    }

    #[test]
    fn both_languages_fill_every_label() {
        for l in [&JA, &EN] {
            let text = format!("{l:?}");
            assert!(!text.contains(": \"\""), "an empty label: {text}");
        }
        assert_ne!(JA, EN);
    }
}
