//! Reusable pieces: props in, callbacks out. None of them touches the page outside itself.

pub mod dashboard_header;
pub mod file_picker;
pub mod group_company_table;
pub mod language_toggle;
pub mod load_notice;
pub mod organisation_card;
pub mod problems_panel;
pub mod quarter_list;
pub mod validation_status;

pub use dashboard_header::DashboardHeader;
pub use file_picker::FilePicker;
pub use group_company_table::GroupCompanyTable;
pub use language_toggle::LanguageToggle;
pub use load_notice::LoadNotice;
pub use organisation_card::OrganisationCard;
pub use problems_panel::ProblemsPanel;
pub use quarter_list::QuarterList;
pub use validation_status::ValidationStatus;
