//! Industry references (issue 17.3): reference profiles — an industry's average maturity per important
//! item and per check item, with source, year, sample size and an `illustrative` flag — carried by an
//! export (`reference_profiles`) or by a separate reference file (format `csm-reference`, version 1,
//! read by [`load`] with located bilingual problems), and the gap of a check sheet to one ([`gaps`]).
//!
//! ```
//! let file = r#"{"format": "csm-reference", "version": 1, "profiles": [{"id": "retail",
//!   "name": "小売業の平均（例示）", "source": "例示データ", "year": 2026, "sample_size": 40,
//!   "illustrative": true, "items": [{"item": 1, "maturity": 2.5}]}]}"#;
//! let reference = csm_core::reference::load(file.as_bytes()).unwrap();
//! assert_eq!(reference.profiles[0].items[0].maturity, 2.5);
//! let bad = csm_core::reference::load(br#"{"format": "csm-reference", "version": 1, "profiles": [{"id": "x"}]}"#);
//! assert!(bad.unwrap_err().iter().any(|p| p.path.starts_with("profiles[0]")));
//! ```
//!
//! A reference is shown beside the organisation's own figures, never in their place; an illustrative
//! profile is labelled so wherever it is shown (`docs/SUMMARY.md` §9.6).

use serde::{Deserialize, Serialize};

use crate::checksheet::CheckSheet;
use crate::figure::{self, MATURITY};
use crate::snapshot::json_path::error_path;
use crate::snapshot::{Problem, Problems, ReferenceProfile, Rule, validate};
use crate::text::Text;

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// The reference file's `format`.
pub const FORMAT: &str = "csm-reference";

/// Reference file versions this build reads.
pub const SUPPORTED_VERSIONS: &[u32] = &[1];

/// The largest reference file read (1 MiB: a file of profiles is a few kilobytes).
pub const MAX_BYTES: usize = 1024 * 1024;

/// A reference file: profiles an office receives apart from its exports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ReferenceFile {
    /// Always `"csm-reference"`.
    pub format: String,
    /// Format version; this build reads version 1.
    pub version: u32,
    /// The profiles (one or more; ids unique).
    pub profiles: Vec<ReferenceProfile>,
}

/// Reads and validates a reference file; on failure every problem, located by JSON path.
pub fn load(bytes: &[u8]) -> Result<ReferenceFile, Problems> {
    let one = |path: &str, rule: Rule, en: String, ja: String| Problems(vec![Problem::new(path, rule, en, ja)]);
    if bytes.len() > MAX_BYTES {
        return Err(one(
            "",
            Rule::TooLarge,
            format!("the file is {} bytes; a reference file is at most {MAX_BYTES} bytes (1 MiB)", bytes.len()),
            format!(
                "ファイルが {} バイトあり、参照ファイルの上限 {MAX_BYTES} バイト（1 MiB）を超えています",
                bytes.len()
            ),
        ));
    }
    let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let Ok(text) = std::str::from_utf8(body) else {
        return Err(one(
            "",
            Rule::Encoding,
            "the file is not UTF-8; save it as UTF-8".into(),
            "UTF-8 ではありません。UTF-8 で保存し直してください".into(),
        ));
    };
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        one(
            "",
            Rule::Syntax,
            format!("not JSON: {e}"),
            format!("JSON として読めません（{} 行 {} 列）", e.line(), e.column()),
        )
    })?;
    let format = value.get("format").and_then(serde_json::Value::as_str);
    if format != Some(FORMAT) {
        let shown = value.get("format").map_or_else(|| "none".to_owned(), ToString::to_string);
        return Err(one(
            "format",
            Rule::Format,
            format!("format {shown} is not \"{FORMAT}\": this is not a reference file"),
            format!("フォーマット {shown} は \"{FORMAT}\" ではありません。参照ファイルではありません"),
        ));
    }
    let version = value.get("version").and_then(serde_json::Value::as_u64);
    if !version.is_some_and(|v| SUPPORTED_VERSIONS.iter().any(|s| u64::from(*s) == v)) {
        let shown = value.get("version").map_or_else(|| "none".to_owned(), ToString::to_string);
        return Err(one(
            "version",
            Rule::Version,
            format!("reference file version {shown} is not supported; supported versions: 1"),
            format!("参照ファイルのバージョン {shown} には対応していません。対応バージョン: 1"),
        ));
    }
    let file = ReferenceFile::deserialize(&value).map_err(|e| {
        // The first problem in the order the parsed value is read (keys sorted, the last of a repeated
        // key), located by a plain parse of that value written out again, which reads it in the same
        // order: no path-tracking deserializer (see `snapshot::json_path`).
        let canonical = value.to_string();
        let path = match serde_json::from_str::<ReferenceFile>(&canonical) {
            Err(at) => error_path(&canonical, &at).replace(".[", "["),
            Ok(_) => String::new(),
        };
        let inner = e.to_string();
        one(&path, Rule::Type, inner.clone(), format!("型または項目が正しくありません: {inner}"))
    })?;
    let mut problems = validate::reference_profiles("profiles", &file.profiles, 2100);
    if file.profiles.is_empty() {
        problems.push(Problem::new(
            "profiles",
            Rule::Incomplete,
            "a reference file holds at least one profile",
            "参照ファイルにはプロファイルが少なくとも 1 件必要です",
        ));
    }
    if problems.is_empty() { Ok(file) } else { Err(Problems(problems)) }
}

/// Who a profile is and where its figures come from, for a label beside them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProfileInfo {
    /// The profile's id.
    pub id: String,
    /// Its name.
    pub name: Text,
    /// Who compiled the figures.
    pub source: String,
    /// The year they describe.
    pub year: u16,
    /// How many organisations they average.
    pub sample_size: u32,
    /// Illustrative figures, not a published survey (label them so).
    pub illustrative: bool,
}

impl ProfileInfo {
    /// The profile's label: `小売業の平均（例示） — 出典: …, 2026年, n=40（例示データ）`.
    pub fn label(&self, lang: crate::snapshot::Language) -> String {
        let ja = lang == crate::snapshot::Language::Ja;
        let name = self.name.get(lang);
        let (src, year, n) = (&self.source, self.year, self.sample_size);
        match (ja, self.illustrative) {
            (true, true) => format!("{name} — 出典: {src}、{year}年、n={n}（例示データ。公表値ではありません）"),
            (true, false) => format!("{name} — 出典: {src}、{year}年、n={n}"),
            (false, true) => {
                format!("{name} — source: {src}, {year}, n={n} (illustrative figures, not published data)")
            }
            (false, false) => format!("{name} — source: {src}, {year}, n={n}"),
        }
    }
}

/// A maturity beside its reference.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Gap {
    /// 1..=10 for an important item; the check item's position in the catalog (0..32) otherwise.
    pub number: u8,
    /// The check item's id (`(3)-6`), empty for an important item.
    pub id: String,
    /// The organisation's maturity (0.01).
    pub maturity: f64,
    /// The reference's maturity (0.01); `None` when the profile does not give it.
    pub reference: Option<f64>,
    /// `maturity − reference` (0.01, exact): positive when above the reference.
    pub gap: Option<f64>,
}

/// A check sheet against one reference profile.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProfileGaps {
    /// The profile.
    pub profile: ProfileInfo,
    /// The ten important items, in order.
    pub items: Vec<Gap>,
    /// The 32 check items, in catalog order.
    pub check_items: Vec<Gap>,
}

/// The profile's label data.
pub fn info(p: &ReferenceProfile) -> ProfileInfo {
    ProfileInfo {
        id: p.id.clone(),
        name: Text::with_fallback(&p.name, p.name_en.as_deref()),
        source: p.source.clone(),
        year: p.year,
        sample_size: p.sample_size,
        illustrative: p.illustrative,
    }
}

/// The gap of `sheet` to `profile`, per important item and per check item (the reference rounded to
/// 0.01 first; the gap is the exact difference of the two presented figures).
pub fn gaps(sheet: &CheckSheet, profile: &ReferenceProfile) -> ProfileGaps {
    let gap = |number: u8, id: &str, maturity: f64, reference: Option<f64>| {
        let reference = reference.map(|r| figure::rounded(r, MATURITY));
        Gap {
            number,
            id: id.to_owned(),
            maturity,
            reference,
            gap: reference.map(|r| figure::difference(maturity, r, MATURITY)),
        }
    };
    ProfileGaps {
        profile: info(profile),
        items: sheet
            .items
            .iter()
            .map(|it| {
                let r = profile.items.iter().find(|x| x.item == it.score.number).map(|x| x.maturity);
                gap(it.score.number, "", it.score.maturity, r)
            })
            .collect(),
        check_items: sheet
            .check_items
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let r = profile.check_items.iter().find(|x| x.id == c.id).map(|x| x.maturity);
                gap(i as u8, &c.id, f64::from(c.maturity), r)
            })
            .collect(),
    }
}

/// Every profile an export carries, against the quarter's check sheet.
pub fn export_gaps(sheet: &CheckSheet, profiles: &[ReferenceProfile]) -> Vec<ProfileGaps> {
    profiles.iter().map(|p| gaps(sheet, p)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::snapshot::{ReferenceCheckItem, ReferenceItem};

    fn profile() -> ReferenceProfile {
        ReferenceProfile {
            id: "retail".into(),
            name: "小売業の平均（例示）".into(),
            name_en: Some("Retail average (illustrative)".into()),
            source: "例示データ".into(),
            year: 2026,
            sample_size: 40,
            illustrative: true,
            items: vec![ReferenceItem { item: 1, maturity: 2.345 }, ReferenceItem { item: 2, maturity: 2.0 }],
            check_items: vec![ReferenceCheckItem { id: "(1)-1".into(), maturity: 2.4 }],
        }
    }

    #[test]
    fn gaps_are_exact_at_display_precision() {
        let s = crate::fixture::snapshot_with(&["2026Q2"], "2026-06-30");
        let period = crate::period::Period::latest(&s).unwrap();
        let sheet = crate::checksheet::check_sheet(&period);
        let g = gaps(&sheet, &profile());
        assert_eq!(g.items.len(), 10);
        assert_eq!(g.check_items.len(), 32);
        // Item 1: maturity 2.00; reference 2.345 → 2.35 (half away from zero); gap 2.00 − 2.35 = −0.35.
        assert_eq!((g.items[0].maturity, g.items[0].reference, g.items[0].gap), (2.0, Some(2.35), Some(-0.35)));
        // Equal to the reference: gap 0.
        assert_eq!(g.items[1].gap, Some(0.0));
        // Not in the profile: no reference, no gap (never a zero).
        assert_eq!((g.items[2].reference, g.items[2].gap), (None, None));
        assert_eq!((g.check_items[0].id.as_str(), g.check_items[0].gap), ("(1)-1", Some(-0.4)));
        assert_eq!(g.check_items[1].gap, None);
        assert!(g.profile.label(crate::snapshot::Language::En).contains("illustrative figures, not published data"));
        assert!(g.profile.label(crate::snapshot::Language::Ja).contains("公表値ではありません"));
    }

    fn file(profiles: &str) -> Vec<u8> {
        format!(r#"{{"format": "csm-reference", "version": 1, "profiles": {profiles}}}"#).into_bytes()
    }

    fn problems(bytes: &[u8]) -> Vec<(String, Rule)> {
        load(bytes).unwrap_err().0.into_iter().map(|p| (p.path, p.rule)).collect()
    }

    #[test]
    fn loads_a_valid_file() {
        let json = serde_json::to_string(&vec![profile()]).unwrap();
        let f = load(&file(&json)).unwrap();
        assert_eq!(f.profiles, vec![profile()]);
    }

    #[test]
    fn header_problems_are_located() {
        assert_eq!(problems(b"{"), [(String::new(), Rule::Syntax)]);
        assert_eq!(problems(br#"{"format": "csm-snapshot", "version": 1}"#), [("format".into(), Rule::Format)]);
        assert_eq!(problems(br#"{"format": "csm-reference", "version": 2}"#), [("version".into(), Rule::Version)]);
        assert_eq!(problems(b"\xFF\xFE"), [(String::new(), Rule::Encoding)]);
        assert_eq!(problems(&file("[]")), [("profiles".into(), Rule::Incomplete)]);
    }

    #[test]
    fn type_and_rule_problems_are_located() {
        let p = problems(&file(r#"[{"id": "x"}]"#));
        assert_eq!(p[0].0, "profiles[0]", "{p:?}");
        assert_eq!(p[0].1, Rule::Type);
        let mut bad = profile();
        bad.items[1].item = 11;
        bad.items.push(ReferenceItem { item: 1, maturity: 5.5 });
        bad.check_items[0].id = "(11)-1".into();
        bad.sample_size = 0;
        bad.year = 1999;
        let json = serde_json::to_string(&vec![bad.clone(), bad]).unwrap();
        let p = problems(&file(&json));
        for want in [
            ("profiles[1].id", Rule::DuplicateId),
            ("profiles[0].year", Rule::Range),
            ("profiles[0].sample_size", Rule::Range),
            ("profiles[0].items[1].item", Rule::Range),
            ("profiles[0].items[2].item", Rule::DuplicateId),
            ("profiles[0].items[2].maturity", Rule::Range),
            ("profiles[0].check_items[0].id", Rule::DanglingReference),
        ] {
            assert!(p.iter().any(|(path, rule)| path == want.0 && *rule == want.1), "{want:?} in {p:?}");
        }
    }

    #[test]
    fn an_export_validates_its_profiles() {
        let mut s = crate::fixture::snapshot_with(&["2026Q2"], "2026-06-30");
        s.reference_profiles = vec![profile()];
        assert!(validate::validate(&s).is_empty());
        s.reference_profiles[0].year = 2027;
        let p = validate::validate(&s);
        assert_eq!(p.len(), 1);
        assert_eq!((p[0].path.as_str(), p[0].rule), ("reference_profiles[0].year", Rule::Range));
    }
}
