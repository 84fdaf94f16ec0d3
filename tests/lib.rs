//! Empty: this package exists for its integration test binary `suite` (see `suite/main.rs`).
