//! The workspace's integration tests, linked once. Each topic is a module.

mod bundle;
mod catalog_seed;
mod cli;
mod engine_props;
mod figures;
mod fixtures;
mod generate;
mod golden;
mod group;
mod hostile;
mod loader_props;
mod regressions;
mod schema;
mod sheets;
mod vocabulary;
