//! One cell read by its column's kind: numbers (full-width digits, thousands separators, `%`, `円`),
//! dates in the forms people type, drop-down choices by label or code, yes/no, lists and quarters.

use csm_core::calendar::{Date, Quarter};
use serde_json::Value;

use crate::book::Cell;
use crate::layout::{Choices, Column, Kind, NO, YES};
use crate::problem::Rule;

/// Why a cell cannot be read, before it is located.
pub(super) struct CellError {
    pub(super) rule: Rule,
    pub(super) en: String,
    pub(super) ja: String,
}

fn err(rule: Rule, en: String, ja: String) -> CellError {
    CellError { rule, en, ja }
}

/// Full-width ASCII (IME input: `２０２６／９／３０`) to half-width, ideographic space to space.
fn halfwidth(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect::<String>()
        .trim()
        .to_owned()
}

/// A cell as text (numbers without a trailing `.0`).
pub(super) fn text_of(cell: &Cell) -> String {
    match cell {
        Cell::Empty => String::new(),
        Cell::Text(t) => t.clone(),
        Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
        Cell::Number(n) => n.to_string(),
        Cell::Bool(b) => if *b { YES } else { NO }.to_owned(),
        Cell::Date(d) => d.to_string(),
        Cell::Error(e) => e.clone(),
    }
}

/// How a cell is shown in messages.
fn shown(cell: &Cell) -> String {
    match cell {
        Cell::Text(t) => format!("\"{t}\""),
        other => text_of(other),
    }
}

fn wrong_type(cell: &Cell, c: &Column) -> CellError {
    let what_en = match cell {
        Cell::Text(_) => "text",
        Cell::Number(_) => "a number",
        Cell::Bool(_) => "a yes/no value",
        Cell::Date(_) => "a date",
        Cell::Error(_) => "an error value",
        Cell::Empty => "nothing",
    };
    err(
        Rule::Type,
        format!("wrong type: {} is {what_en}; expected {}", shown(cell), c.kind.describe_en()),
        format!("型が違います: {} ではなく{}を入力してください", shown(cell), c.kind.describe_ja()),
    )
}

fn out_of_range(shown: &str, c: &Column) -> CellError {
    err(
        Rule::Range,
        format!("{shown} is out of range; expected {}", c.kind.describe_en()),
        format!("{shown} は範囲外です（{}）", c.kind.describe_ja()),
    )
}

/// A number from a number cell or from text (`1,200,000`, `３０`, `90%`, `100円`).
fn number(cell: &Cell, c: &Column) -> Result<f64, CellError> {
    match cell {
        Cell::Number(n) => Ok(*n),
        Cell::Text(t) => {
            let s: String = halfwidth(t).chars().filter(|ch| !matches!(ch, ',' | '円' | '%')).collect();
            match s.trim().parse::<f64>() {
                Ok(n) if n.is_finite() => Ok(n),
                _ => Err(wrong_type(cell, c)),
            }
        }
        _ => Err(wrong_type(cell, c)),
    }
}

fn parse_date_text(t: &str) -> Result<Date, bool> {
    let s = halfwidth(t);
    let s = s.split(['T', ' ']).next().unwrap_or_default();
    let s: String =
        s.chars().filter(|c| *c != '日').map(|c| if matches!(c, '/' | '.' | '年' | '月') { '-' } else { c }).collect();
    let parts: Vec<&str> = s.split('-').collect();
    let ok = parts.len() == 3
        && parts[0].len() == 4
        && parts.iter().all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()));
    if !ok {
        return Err(false);
    }
    let num = |p: &str| p.parse::<u16>().unwrap_or(0);
    let (y, m, d) = (num(parts[0]), num(parts[1]), num(parts[2]));
    Date::new(y, u8::try_from(m).unwrap_or(0), u8::try_from(d).unwrap_or(0)).ok_or(true)
}

fn parse_bool(cell: &Cell) -> Option<bool> {
    match cell {
        Cell::Bool(b) => Some(*b),
        Cell::Number(n) if *n == 1.0 => Some(true),
        Cell::Number(n) if *n == 0.0 => Some(false),
        Cell::Text(t) => {
            let s = halfwidth(t).to_lowercase();
            match s.as_str() {
                "はい" | "yes" | "y" | "true" | "1" | "○" | "〇" | "◯" | "有" | "あり" => Some(true),
                "いいえ" | "no" | "n" | "false" | "0" | "×" | "✕" | "無" | "なし" => Some(false),
                _ => None,
            }
        }
        _ => None,
    }
}

/// `s` with full-width ASCII letters and the underscore made half-width (a wire code typed in a Japanese
/// input mode), leaving every other character (labels, `、`) as it is.
fn halfwidth_codes(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '＿' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .collect()
}

fn choice(cell: &Cell, c: &Column, choices: &Choices) -> Result<Value, CellError> {
    let text = match cell {
        Cell::Text(t) => t.clone(),
        _ => return Err(wrong_type(cell, c)),
    };
    match choices.wire(&text).or_else(|| choices.wire(&halfwidth(&text))) {
        Some(w) => Ok(Value::String(w.to_owned())),
        None => {
            let ja = choices.labels().collect::<Vec<_>>().join("／");
            let wires = (choices.values)().iter().map(|(w, _, _)| *w).collect::<Vec<_>>().join(", ");
            Err(err(
                Rule::Type,
                format!(
                    "\"{}\" is not an allowed value of {}; choose one of {} (or {wires})",
                    text.trim(),
                    choices.name,
                    choices.labels().collect::<Vec<_>>().join(", ")
                ),
                format!("「{}」は選択肢にありません。使える値: {ja}", text.trim()),
            ))
        }
    }
}

/// One cell as the JSON value of its column, `None` when blank.
pub(super) fn parse_cell(cell: &Cell, c: &Column) -> Result<Option<Value>, CellError> {
    if cell.is_blank() {
        return Ok(None);
    }
    if let Cell::Error(e) = cell {
        return Err(err(
            Rule::Type,
            format!("the cell holds the error value {e}; enter a value"),
            format!("セルがエラー値 {e} です。値を入力してください"),
        ));
    }
    let v = match c.kind {
        Kind::Text => Value::String(text_of(cell)),
        Kind::CheckItem | Kind::Level => Value::String(halfwidth(&text_of(cell))),
        Kind::Info => return Ok(None),
        Kind::Quarter => {
            let Cell::Text(t) = cell else { return Err(wrong_type(cell, c)) };
            match halfwidth(t).to_uppercase().parse::<Quarter>() {
                Ok(q) => Value::String(q.to_string()),
                Err(_) => {
                    return Err(err(
                        Rule::Type,
                        format!("\"{}\" is not a quarter of the form 2026Q3 (quarters 1 to 4)", t.trim()),
                        format!("「{}」は 2026Q3 のような四半期ではありません（Q1〜Q4）", t.trim()),
                    ));
                }
            }
        }
        Kind::Date => match cell {
            Cell::Date(d) => Value::String(d.to_string()),
            Cell::Text(t) => match parse_date_text(t) {
                Ok(d) => Value::String(d.to_string()),
                Err(well_formed) => {
                    let t = t.trim();
                    let (en, ja) = if well_formed {
                        (format!("\"{t}\" is not a real calendar date"), format!("「{t}」は存在しない日付です"))
                    } else {
                        (
                            format!("\"{t}\" is not a date; write 2026-09-30 (or 2026/9/30)"),
                            format!(
                                "「{t}」は日付ではありません。2026-09-30（または 2026/9/30）の形で入力してください"
                            ),
                        )
                    };
                    return Err(err(Rule::Date, en, ja));
                }
            },
            _ => return Err(wrong_type(cell, c)),
        },
        Kind::Whole { min, max } => {
            let whole = match cell {
                Cell::Text(t) => {
                    let s: String = halfwidth(t).chars().filter(|ch| !matches!(ch, ',' | '円')).collect();
                    s.parse::<u64>().ok()
                }
                _ => None,
            };
            match whole {
                Some(n) if n >= min && n <= max => Value::from(n),
                Some(n) => return Err(out_of_range(&n.to_string(), c)),
                None => {
                    let n = number(cell, c)?;
                    if n.fract() != 0.0 {
                        return Err(err(
                            Rule::Type,
                            format!("{n} is not a whole number; expected {}", c.kind.describe_en()),
                            format!("{n} は整数ではありません（{}）", c.kind.describe_ja()),
                        ));
                    }
                    if n < min as f64 || n > max as f64 {
                        return Err(out_of_range(&text_of(&Cell::Number(n)), c));
                    }
                    Value::from(n as u64)
                }
            }
        }
        Kind::Decimal { min, max } => {
            let n = number(cell, c)?;
            if n < min || n > max {
                return Err(out_of_range(&n.to_string(), c));
            }
            serde_json::Number::from_f64(n).map(Value::Number).ok_or_else(|| wrong_type(cell, c))?
        }
        Kind::Bool | Kind::Clause(_) => match parse_bool(cell) {
            Some(b) => Value::Bool(b),
            None => {
                return Err(err(
                    Rule::Type,
                    format!("{} is not yes/no; choose {YES} or {NO}", shown(cell)),
                    format!("{} は「{YES}」か「{NO}」で入力してください", shown(cell)),
                ));
            }
        },
        Kind::Choice(choices) => choice(cell, c, choices)?,
        Kind::ChoiceList(choices) => {
            let text = match cell {
                Cell::Text(t) => halfwidth_codes(t),
                _ => return Err(wrong_type(cell, c)),
            };
            match choices.split(&text) {
                Ok(wires) => Value::Array(wires.into_iter().map(Value::from).collect()),
                Err(bad) => {
                    let ja = choices.labels().collect::<Vec<_>>().join("／");
                    return Err(err(
                        Rule::Type,
                        format!(
                            "\"{bad}\" is not an allowed value of {}; give some of {}, separated by 、",
                            choices.name,
                            choices.labels().collect::<Vec<_>>().join(", ")
                        ),
                        format!("「{bad}」は選択肢にありません。使える値（「、」で区切って複数可）: {ja}"),
                    ));
                }
            }
        }
        Kind::List => {
            let items: Vec<Value> = text_of(cell)
                .split(['\n', '\r', ';', '；'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| Value::String(s.to_owned()))
                .collect();
            Value::Array(items)
        }
    };
    Ok(Some(v))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout;

    fn col(kind: Kind) -> Column {
        Column { key: "x", ja: "x", en: "x", kind, required: true, note_ja: "", note_en: "" }
    }

    #[test]
    fn dates() {
        let c = col(Kind::Date);
        let d = |s: &str| parse_cell(&Cell::text(s), &c).map(|v| v.unwrap()).map_err(|e| e.rule);
        assert_eq!(d("2026-09-30"), Ok(Value::from("2026-09-30")));
        assert_eq!(d("2026/9/3"), Ok(Value::from("2026-09-03")));
        assert_eq!(d("２０２６／９／３０"), Ok(Value::from("2026-09-30")));
        assert_eq!(d("2026年9月30日"), Ok(Value::from("2026-09-30")));
        assert_eq!(d("2026-09-30T00:00:00"), Ok(Value::from("2026-09-30")));
        assert_eq!(d("2026-02-30"), Err(Rule::Date));
        assert_eq!(d("next week"), Err(Rule::Date));
        assert_eq!(parse_cell(&Cell::Number(3.0), &c).map_err(|e| e.rule), Err(Rule::Type));
    }

    #[test]
    fn numbers() {
        let c = col(Kind::Whole { min: 0, max: 5 });
        assert_eq!(parse_cell(&Cell::Number(3.0), &c).ok().flatten(), Some(Value::from(3u64)));
        assert_eq!(parse_cell(&Cell::text("３"), &c).ok().flatten(), Some(Value::from(3u64)));
        assert_eq!(parse_cell(&Cell::Number(7.0), &c).map_err(|e| e.rule).err(), Some(Rule::Range));
        assert_eq!(parse_cell(&Cell::Number(1.5), &c).map_err(|e| e.rule).err(), Some(Rule::Type));
        assert_eq!(parse_cell(&Cell::text("abc"), &c).map_err(|e| e.rule).err(), Some(Rule::Type));
        let yen = col(Kind::Whole { min: 0, max: layout::MAX_EXACT });
        assert_eq!(parse_cell(&Cell::text("1,200,000円"), &yen).ok().flatten(), Some(Value::from(1_200_000u64)));
        let dec = col(Kind::Decimal { min: 0.0, max: 100.0 });
        assert_eq!(parse_cell(&Cell::text("90%"), &dec).ok().flatten(), Some(Value::from(90.0)));
        assert_eq!(parse_cell(&Cell::Number(100.5), &dec).map_err(|e| e.rule).err(), Some(Rule::Range));
    }

    /// A multi-choice cell takes Japanese labels separated by 、 (a label may hold 、 itself), and still
    /// the wire codes one per line of earlier templates, English labels and full-width codes; order is
    /// kept; an unknown value is a located error naming it.
    #[test]
    fn choice_lists() {
        let c = col(Kind::ChoiceList(&layout::NOTICE_ELEMENT));
        let v = |s: &str| parse_cell(&Cell::text(s), &c).map(|v| v.unwrap()).map_err(|e| e.ja);
        assert_eq!(
            v("誰の、何に関する情報、システム、サービス等が、いつ頃"),
            Ok(serde_json::json!(["whose", "what", "when"]))
        );
        assert_eq!(v("whose\nwhat\ndamage"), Ok(serde_json::json!(["whose", "what", "damage"])));
        assert_eq!(v("When, How much; ｒｏｕｔｅ"), Ok(serde_json::json!(["when", "extent", "route"])));
        assert_eq!(v("どの程度、どの程度"), Ok(serde_json::json!(["extent", "extent"])));
        let e = v("誰の、なぜ").unwrap_err();
        assert!(e.contains("「なぜ」は選択肢にありません"), "{e}");
        let r = col(Kind::ChoiceList(&layout::NOTICE_RECIPIENT));
        let got = parse_cell(&Cell::text("IPA・JPCERT/CC、The public (press, web site)、regulator"), &r);
        assert_eq!(got.ok().flatten(), Some(serde_json::json!(["security_bodies", "public", "regulator"])));
    }

    #[test]
    fn choices_and_bools() {
        let c = col(Kind::Choice(&layout::TREATMENT));
        assert_eq!(parse_cell(&Cell::text("移転"), &c).ok().flatten(), Some(Value::from("transfer")));
        assert_eq!(parse_cell(&Cell::text("transfer"), &c).ok().flatten(), Some(Value::from("transfer")));
        let e = parse_cell(&Cell::text("軽減"), &c).err().unwrap();
        assert_eq!(e.rule, Rule::Type);
        assert!(e.ja.contains("低減／保有／回避／移転"), "{}", e.ja);
        let b = col(Kind::Bool);
        assert_eq!(parse_cell(&Cell::text("はい"), &b).ok().flatten(), Some(Value::Bool(true)));
        assert_eq!(parse_cell(&Cell::Bool(false), &b).ok().flatten(), Some(Value::Bool(false)));
        assert!(parse_cell(&Cell::text("たぶん"), &b).is_err());
        let l = col(Kind::List);
        assert_eq!(parse_cell(&Cell::text("a\nb; c；\n"), &l).ok().flatten(), Some(serde_json::json!(["a", "b", "c"])));
        let q = col(Kind::Quarter);
        assert_eq!(parse_cell(&Cell::text("2026q3"), &q).ok().flatten(), Some(Value::from("2026Q3")));
        assert!(parse_cell(&Cell::text("2026Q5"), &q).is_err());
    }
}
