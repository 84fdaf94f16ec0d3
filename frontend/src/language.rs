//! The dashboard's languages as BCP 47 tags (`ja`, `en-GB`). A leaf module: the route, the host
//! element and the labels all read and write language tags through it.

use csm_core::snapshot::Language;

/// The BCP 47 tag for the `lang` attribute.
pub fn tag(lang: Language) -> &'static str {
    match lang {
        Language::Ja => "ja",
        Language::En => "en",
    }
}

/// The dashboard language for a BCP 47 tag such as `ja-JP` or `en-GB`; `None` for other languages.
pub fn language_from_tag(tag: &str) -> Option<Language> {
    let primary = tag.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    match primary.as_str() {
        "ja" => Some(Language::Ja),
        "en" => Some(Language::En),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_tags_map_to_languages() {
        assert_eq!(language_from_tag("ja-JP"), Some(Language::Ja));
        assert_eq!(language_from_tag("ja"), Some(Language::Ja));
        assert_eq!(language_from_tag("EN_gb"), Some(Language::En));
        assert_eq!(language_from_tag("en-US"), Some(Language::En));
        assert_eq!(language_from_tag("fr-FR"), None);
        assert_eq!(language_from_tag(""), None);
        assert_eq!(language_from_tag("jav"), None);
    }
}
