//! The office edition's binary (`trunk build --release office.html`): starts the office page.

fn main() {
    csm_frontend::office::start();
}
