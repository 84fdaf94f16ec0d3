//! Reusable pieces: props in, callbacks out. None of them touches the page outside itself.

pub mod change;
pub mod chart;
pub mod context_bar;
pub mod count_tile;
pub mod dashboard_header;
pub mod export_id;
pub mod file_picker;
pub mod heat_map;
pub mod language_toggle;
pub mod load_notice;
pub mod maturity_bar;
pub mod problems_panel;
pub mod quarter_select;
pub mod risk_register;
pub mod shape;
pub mod stat;
pub mod table;
pub mod view_tabs;

pub use change::Change;
pub use chart::Chart;
pub use context_bar::ContextBar;
pub use count_tile::CountTile;
pub use dashboard_header::DashboardHeader;
pub use export_id::ExportId;
pub use file_picker::FilePicker;
pub use heat_map::HeatMap;
pub use language_toggle::LanguageToggle;
pub use load_notice::LoadNotice;
pub use maturity_bar::MaturityBar;
pub use problems_panel::{ProblemsPanel, WarningsPanel};
pub use quarter_select::QuarterSelect;
pub use shape::{Tone, shape, verdict};
pub use stat::{stat, stat_of};
pub use table::{Column, Row, Table};
pub use view_tabs::ViewTabs;
