//! Where an export came from. A leaf module: the store records it, the labels ([`crate::i18n`])
//! name it.

/// Where an export came from, for messages ("a-company.json を読み込めませんでした").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// JSON embedded in the page.
    Embedded,
    /// A URL fetched over http(s).
    Url(String),
    /// A file chosen by the user.
    File(String),
}
