//! The workspace's integration tests, linked once. Each topic is a module.

mod catalog_seed;
