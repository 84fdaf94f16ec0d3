//! The dashboard binary Trunk builds: starts every dashboard on the page.

fn main() {
    csm_frontend::start();
}
