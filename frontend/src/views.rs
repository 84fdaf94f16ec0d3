//! Screens. Each reads the store from context and lays out components; the app switches between
//! them.

pub mod empty;
pub mod overview;

pub use empty::Empty;
pub use overview::Overview;
