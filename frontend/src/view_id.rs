//! The screens of the dashboard. A leaf module: the route ([`crate::routing`]), the labels
//! ([`crate::i18n`]) and the store all name views through it.

/// A screen of the dashboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ViewId {
    /// The board summary (the landing view).
    #[default]
    Summary,
    /// Trends over every quarter of the export (issue 17.4): lights and maturity per item, risks
    /// above tolerance, expected loss, decisions.
    Trends,
    /// The check sheet (付録3).
    Checksheet,
    /// The KPIs (4-2).
    Kpis,
    /// Risks: heat map and register.
    Risks,
    /// PDCA and reporting to the executive.
    Pdca,
    /// Group companies and business partners.
    Partners,
    /// Emergency readiness.
    Readiness,
    /// Business impact analysis (3-3): what an outage costs, per business process.
    Impact,
    /// The group's companies side by side (only with several exports open; not one of the tabs of
    /// [`ViewId::ALL`], which are one company's views).
    Group,
}

impl ViewId {
    /// Every view, in the order of the navigation tabs.
    pub const ALL: [ViewId; 9] = [
        ViewId::Summary,
        ViewId::Trends,
        ViewId::Checksheet,
        ViewId::Kpis,
        ViewId::Risks,
        ViewId::Pdca,
        ViewId::Partners,
        ViewId::Readiness,
        ViewId::Impact,
    ];

    /// The path segment: `summary`, `checksheet`, …
    pub fn code(self) -> &'static str {
        match self {
            ViewId::Summary => "summary",
            ViewId::Trends => "trends",
            ViewId::Checksheet => "checksheet",
            ViewId::Kpis => "kpis",
            ViewId::Risks => "risks",
            ViewId::Pdca => "pdca",
            ViewId::Partners => "partners",
            ViewId::Readiness => "readiness",
            ViewId::Impact => "impact",
            ViewId::Group => "group",
        }
    }

    /// The view whose path segment is `code`.
    pub fn from_code(code: &str) -> Option<ViewId> {
        ViewId::ALL.into_iter().chain([ViewId::Group]).find(|v| v.code() == code)
    }
}
