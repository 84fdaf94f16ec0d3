//! The guideline catalog: the 3 principles, the 10 important items (重要10項目) and the 32 check items
//! `(1)-1 … (10)-3` of the check sheet (付録3), with their 実施の目安 (implementation guidance) and
//! 実施の確認事項 (confirmation points), in Japanese and English.
//!
//! Source: IPA, *サイバーセキュリティ経営ガイドライン解説書 Ver 1.0* (2016), chapter 0-3 (principles),
//! table 0-1 (important items) and 付録3 (check items). The data lives in the private module `data`
//! (`catalog/data.rs`) as static tables.

mod data;

/// One of the guideline's 3 principles that executives must recognise (0-3 サイバーセキュリティ経営の原則).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Principle {
    /// 1, 2 or 3.
    pub number: u8,
    /// The principle as the seed states it, in Japanese.
    pub title_ja: &'static str,
    /// English translation of the title.
    pub title_en: &'static str,
    /// A short label for charts and tables (Japanese).
    pub short_ja: &'static str,
    /// A short label for charts and tables (English).
    pub short_en: &'static str,
}

/// One of the 10 important items (重要10項目) the executive directs the CISO to carry out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportantItem {
    /// 1 ..= 10.
    pub number: u8,
    /// The item's full title in the guideline (table 0-1, left column).
    pub title_ja: &'static str,
    /// English translation of the full title.
    pub title_en: &'static str,
    /// The explanatory book's short name for the item (table 0-1, middle column; also its chapter title).
    pub short_ja: &'static str,
    /// English translation of the short name.
    pub short_en: &'static str,
    /// The principle (1..=3) this item serves most directly. The seed does not tabulate this; the mapping
    /// is this product's reading of 0-3: leadership (1, 2, 3, 4, 6), partners and outsourcing (5, 7),
    /// communication and disclosure (8, 9, 10).
    pub principle: u8,
    /// 実施内容: the numbered things to do at the head of the item's chapter, in Japanese.
    pub actions_ja: &'static [&'static str],
    /// English translation of [`ImportantItem::actions_ja`], point by point.
    pub actions_en: &'static [&'static str],
}

/// One of the 32 check items of the check sheet (付録3), e.g. `(3)-6`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckItem {
    /// The id as the seed writes it: `(1)-1` … `(10)-3`.
    pub id: &'static str,
    /// The important item (1..=10) the check item belongs to.
    pub item: u8,
    /// Position within its important item, from 1.
    pub index: u8,
    /// The check item's title in Japanese, exactly as in 付録3.
    pub title_ja: &'static str,
    /// English translation of the title.
    pub title_en: &'static str,
    /// 【実施の目安】 points, in Japanese, in the seed's order. A seed bullet with sub-bullets is one point
    /// whose sub-points follow its text numbered `①`, `②`, … (the English writes `(a) …; (b) …`); see
    /// the transcription rules in `catalog/data.rs`. The same holds for the confirmation points.
    pub guidance_ja: &'static [&'static str],
    /// English translation of [`CheckItem::guidance_ja`], point by point.
    pub guidance_en: &'static [&'static str],
    /// 【実施の確認事項】 points, in Japanese, in the seed's order.
    pub confirmation_ja: &'static [&'static str],
    /// English translation of [`CheckItem::confirmation_ja`], point by point.
    pub confirmation_en: &'static [&'static str],
}

/// The 3 principles, in order.
pub fn principles() -> &'static [Principle] {
    data::PRINCIPLES
}

/// The 10 important items, in order.
pub fn important_items() -> &'static [ImportantItem] {
    data::IMPORTANT_ITEMS
}

/// The 32 check items, in order `(1)-1 … (10)-3`.
pub fn check_items() -> &'static [CheckItem] {
    data::CHECK_ITEMS
}

/// The check item with this id (`(3)-6`), if the catalog has it.
pub fn check_item(id: &str) -> Option<&'static CheckItem> {
    data::CHECK_ITEMS.iter().find(|c| c.id == id)
}

/// The important item with this number (1..=10).
pub fn important_item(number: u8) -> Option<&'static ImportantItem> {
    data::IMPORTANT_ITEMS.iter().find(|i| i.number == number)
}

/// The check items of one important item, in order.
pub fn check_items_of(item: u8) -> impl Iterator<Item = &'static CheckItem> {
    data::CHECK_ITEMS.iter().filter(move |c| c.item == item)
}
