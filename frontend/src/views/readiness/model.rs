//! What the readiness view lists beside core's counts: memberships, the year's reports filed and
//! publications (events of the trailing year as `csm_core::period::Period::year_events` selects them),
//! and which publication links are safe to follow. Pure and unit-tested.

use csm_core::calendar::Date;
use csm_core::period::Period;
use csm_core::snapshot::{Membership, PublicationKind, SharingRecipient};

/// The URL of a publication if it may become a link: `http://` or `https://` (any case) followed by
/// a host, with no whitespace or control character. Anything else (`javascript:`, `data:`, relative
/// paths, `//host`) is shown as text.
pub fn safe_link(url: &str) -> Option<&str> {
    let url = url.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        url.get(8..)?
    } else if lower.starts_with("http://") {
        url.get(7..)?
    } else {
        return None;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let clean = !url.chars().any(|c| c.is_whitespace() || c.is_control());
    (clean && !host.is_empty() && !host.starts_with('@')).then_some(url)
}

/// A report filed with an outside body in the trailing year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FiledRow {
    /// Date filed.
    pub date: Date,
    /// Recipient.
    pub to: SharingRecipient,
    /// Subject.
    pub subject: String,
    /// The incident it concerns.
    pub incident: Option<String>,
    /// JSON path.
    pub path: String,
}

/// A public document of the trailing year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicationRow {
    /// Date published.
    pub date: Date,
    /// Kind.
    pub kind: PublicationKind,
    /// Title.
    pub title: String,
    /// The URL as recorded.
    pub url: Option<String>,
    /// The URL if it may be a link ([`safe_link`]).
    pub link: Option<String>,
    /// JSON path.
    pub path: String,
}

/// What the view lists.
#[derive(Debug, Clone, PartialEq)]
pub struct Listed {
    /// Memberships and watched sources of the quarter, in record order.
    pub memberships: Vec<Membership>,
    /// Reports filed in the trailing year, newest first.
    pub filed: Vec<FiledRow>,
    /// Publications of the trailing year, newest first.
    pub publications: Vec<PublicationRow>,
}

/// The lists of `period`'s quarter.
pub fn listed(period: &Period<'_>) -> Listed {
    let mut filed: Vec<FiledRow> = period
        .year_events("information_sharing.reports_filed", |q| &q.information_sharing.reports_filed, |x| x.date)
        .into_iter()
        .map(|(at, r)| FiledRow {
            date: r.date,
            to: r.to,
            subject: r.subject.clone(),
            incident: r.incident.clone(),
            path: at.to_string(),
        })
        .collect();
    filed.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.path.cmp(&b.path)));
    let mut publications: Vec<PublicationRow> = period
        .year_events("disclosure.publications", |q| &q.disclosure.publications, |x| x.date)
        .into_iter()
        .map(|(at, p)| PublicationRow {
            date: p.date,
            kind: p.kind,
            title: p.title.clone(),
            url: p.url.clone(),
            link: p.url.as_deref().and_then(safe_link).map(str::to_owned),
            path: at.to_string(),
        })
        .collect();
    publications.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.path.cmp(&b.path)));
    Listed { memberships: period.record().information_sharing.memberships.clone(), filed, publications }
}

#[cfg(test)]
mod tests {
    use super::*;
    use csm_core::{readiness, snapshot};

    #[test]
    fn only_http_and_https_become_links() {
        assert_eq!(
            safe_link("https://a-commerce.example/security/2026"),
            Some("https://a-commerce.example/security/2026")
        );
        assert_eq!(safe_link("  HTTP://Example.com  "), Some("HTTP://Example.com"));
        assert_eq!(safe_link("http://example.com?x=1"), Some("http://example.com?x=1"));
        for bad in [
            "javascript:alert(1)",
            "JavaScript://example.com/%0Aalert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "ftp://example.com/file",
            "//example.com/x",
            "/security/2026",
            "example.com",
            "https://",
            "https:///path",
            "http://@evil",
            "https://exa mple.com",
            "https://example.com/\u{0}",
            "",
        ] {
            assert_eq!(safe_link(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn lists_match_core_counts_on_both_samples() {
        for bytes in [
            include_bytes!("../../../../samples/a-company.json").as_slice(),
            include_bytes!("../../../../samples/b-company.json").as_slice(),
        ] {
            let s = snapshot::load(bytes).unwrap();
            for i in 0..s.quarters.len() {
                let period = Period::at(&s, i).unwrap();
                let core = readiness::readiness(&period);
                let x = listed(&period);
                assert_eq!(x.filed.len(), core.sharing.reports_in_year);
                assert_eq!(x.publications.len(), core.notification.publications_in_year);
                assert_eq!(x.memberships.iter().map(|m| m.body.clone()).collect::<Vec<_>>(), core.sharing.bodies);
                assert!(x.filed.windows(2).all(|w| w[0].date >= w[1].date));
                for p in &x.publications {
                    assert_eq!(p.link.is_some(), p.url.as_deref().is_some_and(|u| u.starts_with("http")));
                }
            }
        }
    }
}
