//! Screens. Each reads the store from context and lays out components; the app switches between
//! them by the route's [`crate::routing::ViewId`].

pub mod checksheet;
pub mod empty;
pub mod group;
pub mod impact;
pub mod kpis;
pub mod partners;
pub mod pdca;
pub mod readiness;
pub mod risks;
pub mod summary;
pub mod trends;

pub use checksheet::ChecksheetView;
pub use empty::Empty;
pub use group::GroupView;
pub use impact::ImpactView;
pub use kpis::KpisView;
pub use partners::PartnersView;
pub use pdca::PdcaView;
pub use readiness::ReadinessView;
pub use risks::RisksView;
pub use summary::SummaryView;
pub use trends::TrendsView;
