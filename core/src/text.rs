//! Bilingual text and the number formats every view shares (yen, percentages, signed changes): the
//! dashboard, the CLI and the summary's sentences format numbers only through these functions.

use serde::Serialize;

use crate::snapshot::Language;

/// A text in Japanese and English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Text {
    /// Japanese.
    pub ja: String,
    /// English.
    pub en: String,
}

impl Text {
    /// A text from both languages.
    pub fn new(ja: impl Into<String>, en: impl Into<String>) -> Text {
        Text { ja: ja.into(), en: en.into() }
    }

    /// A name whose English form is optional: falls back to the Japanese.
    pub fn with_fallback(ja: &str, en: Option<&str>) -> Text {
        Text { ja: ja.to_owned(), en: en.filter(|e| !e.trim().is_empty()).unwrap_or(ja).to_owned() }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Language) -> &str {
        match lang {
            Language::Ja => &self.ja,
            Language::En => &self.en,
        }
    }
}

/// `1234567` → `1,234,567`.
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn trim_decimal(s: String) -> String {
    if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_owned() } else { s }
}

/// A yen amount as a board reads it.
///
/// Japanese counts in 万 and 億: `1.25億円`, `3,500万円`, `8,000円`. English uses millions and
/// billions: `¥125M`, `¥35M`, `¥8,000`, `¥1.2bn`. Rounded to 3 significant figures at most above
/// 10,000 yen.
pub fn yen(amount: u64, lang: Language) -> String {
    let a = amount as f64;
    match lang {
        Language::Ja if amount >= 100_000_000 => {
            let oku = a / 1e8;
            let s = if oku >= 100.0 { format!("{oku:.0}") } else { trim_decimal(format!("{oku:.2}")) };
            format!("{}億円", group_float(&s))
        }
        Language::Ja if amount >= 10_000 => format!("{}万円", grouped((a / 1e4).round() as u64)),
        Language::Ja => format!("{}円", grouped(amount)),
        Language::En if amount >= 1_000_000_000 => format!("¥{}bn", trim_decimal(format!("{:.2}", a / 1e9))),
        Language::En if amount >= 1_000_000 => {
            let m = a / 1e6;
            let s = if m >= 100.0 { format!("{m:.0}") } else { trim_decimal(format!("{m:.1}")) };
            format!("¥{s}M")
        }
        Language::En => format!("¥{}", grouped(amount)),
    }
}

/// Groups the integer part of a decimal string.
fn group_float(s: &str) -> String {
    let (int, frac) = s.split_once('.').map_or((s, None), |(i, f)| (i, Some(f)));
    let int = int.parse::<u64>().map_or_else(|_| int.to_owned(), grouped);
    match frac {
        Some(f) => format!("{int}.{f}"),
        None => int,
    }
}

/// A percentage with one decimal: `12.5%`.
pub fn pct(value: f64) -> String {
    format!("{value:.1}%")
}

/// A number with at most `decimals` decimals and no trailing zeros: `3`, `2.5`.
pub fn number(value: f64, decimals: usize) -> String {
    trim_decimal(format!("{value:.decimals$}"))
}

/// The true minus sign (U+2212) every signed change uses.
pub const MINUS: char = '\u{2212}';

/// A signed change with at most `decimals` decimals: `+0.33`, `−2` (a true minus sign), and `±0`
/// for anything that rounds to zero at that precision (`0.001` with 2 decimals is `±0`, never `+0`).
/// The dashboard, the CLI and the headline all use it.
pub fn signed(change: f64, decimals: usize) -> String {
    let magnitude = number(change.abs(), decimals);
    if magnitude.trim_start_matches(['0', '.']).is_empty() {
        "±0".to_owned()
    } else if change > 0.0 {
        format!("+{magnitude}")
    } else {
        format!("{MINUS}{magnitude}")
    }
}

/// A signed change in percentage points: `+4.1pt`, `−0.5pt`, `±0pt`.
pub fn signed_points(change: f64) -> String {
    format!("{}pt", signed(change, 1))
}

/// A signed amount of yen: `+120万円`, `−¥1.2M`, `±0`.
pub fn yen_change(change: i64, lang: Language) -> String {
    let amount = yen(change.unsigned_abs(), lang);
    match change.signum() {
        1 => format!("+{amount}"),
        -1 => format!("{MINUS}{amount}"),
        _ => "±0".to_owned(),
    }
}

/// Whether a change rounds to zero at `decimals` decimals (shown as `±0`).
pub fn is_nil(change: f64, decimals: usize) -> bool {
    signed(change, decimals) == "±0"
}

/// FIRST STRONG ISOLATE (U+2068): opens an isolate whose direction its first strong character sets.
pub const FSI: char = '\u{2068}';
/// POP DIRECTIONAL ISOLATE (U+2069): closes the innermost isolate and every embedding or override
/// opened inside it.
pub const PDI: char = '\u{2069}';

/// `s` as an isolate to set inside a sentence (UAX #9): FSI … PDI, so that a bidi override or a
/// right-to-left run in data from the export cannot reorder the words around it. Balanced against the
/// data's own controls: one more FSI for each PDI of `s` that closes nothing inside it, and one more
/// PDI for each isolate `s` opens and does not close — whatever `s` holds, the text after the isolate
/// is outside it. The page shows these sentences; the CLI prints the plain form (its terminal shows no
/// bidi) and escapes the data's own controls.
pub fn isolate(s: &str) -> String {
    let (mut open, mut stray) = (0usize, 0usize);
    for c in s.chars() {
        match c {
            '\u{2066}'..='\u{2068}' => open += 1,
            '\u{2069}' if open > 0 => open -= 1,
            '\u{2069}' => stray += 1,
            _ => {}
        }
    }
    let mut out = String::with_capacity(s.len() + 3 * (2 + open + stray));
    out.extend(std::iter::repeat_n(FSI, 1 + stray));
    out.push_str(s);
    out.extend(std::iter::repeat_n(PDI, 1 + open));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_digits() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1000), "1,000");
        assert_eq!(grouped(123_456_789), "123,456,789");
    }

    #[test]
    fn formats_yen_for_boards() {
        use Language::{En, Ja};
        assert_eq!(yen(8_000, Ja), "8,000円");
        assert_eq!(yen(35_000_000, Ja), "3,500万円");
        assert_eq!(yen(125_000_000, Ja), "1.25億円");
        assert_eq!(yen(100_000_000, Ja), "1億円");
        assert_eq!(yen(1_234_000_000_000, Ja), "12,340億円");
        assert_eq!(yen(8_000, En), "¥8,000");
        assert_eq!(yen(35_000_000, En), "¥35M");
        assert_eq!(yen(125_000_000, En), "¥125M");
        assert_eq!(yen(2_460_000, En), "¥2.5M");
        assert_eq!(yen(1_200_000_000, En), "¥1.2bn");
    }

    #[test]
    fn text_falls_back_to_japanese() {
        let t = Text::with_fallback("顧客情報", None);
        assert_eq!(t.get(Language::En), "顧客情報");
        assert_eq!(Text::with_fallback("顧客情報", Some("Customer data")).get(Language::En), "Customer data");
        assert_eq!(pct(12.345), "12.3%");
        assert_eq!(number(2.50, 2), "2.5");
        assert_eq!(number(3.0, 2), "3");
    }

    #[test]
    fn signed_changes_have_one_zero() {
        assert_eq!(signed(0.333, 2), "+0.33");
        assert_eq!(signed(-2.0, 1), "\u{2212}2");
        assert_eq!(signed(0.0, 2), "±0");
        assert_eq!(signed(0.001, 2), "±0");
        assert_eq!(signed(-0.001, 2), "±0");
        assert_eq!(signed(-0.0, 0), "±0");
        assert_eq!(signed_points(4.06), "+4.1pt");
        assert_eq!(signed_points(0.0), "±0pt");
        assert_eq!(yen_change(1_200_000, Language::Ja), "+120万円");
        assert_eq!(yen_change(-1_200_000, Language::En), "\u{2212}¥1.2M");
        assert_eq!(yen_change(0, Language::En), "±0");
        assert!(is_nil(0.004, 2) && !is_nil(0.006, 2));
    }

    #[test]
    fn isolate_wraps_and_balances_the_data_controls() {
        assert_eq!(isolate("A社"), "\u{2068}A社\u{2069}");
        // An unterminated override is closed by the PDI (UAX #9); nothing to balance.
        assert_eq!(isolate("bidi \u{202e}txet"), "\u{2068}bidi \u{202e}txet\u{2069}");
        // A stray PDI would close our isolate early: one more FSI before.
        assert_eq!(isolate("x\u{2069}y"), "\u{2068}\u{2068}x\u{2069}y\u{2069}");
        // An isolate left open inside: one more PDI after.
        assert_eq!(isolate("\u{2067}x"), "\u{2068}\u{2067}x\u{2069}\u{2069}");
        assert_eq!(isolate(""), "\u{2068}\u{2069}");
    }
}
