//! The board dashboard (placeholder while the foundation lands).
fn main() {}
