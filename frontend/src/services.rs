//! The only code that touches the page and the outside world: the host element, the browser's
//! language, embedded JSON, fetch, the file picker, the URL fragment and the crash screen. Everything else is pure.

pub mod crash;
pub mod digest;
pub mod file_picker;
pub mod fills;
pub mod host;
pub mod location;
pub mod source;

/// Why an export could not be read at all (before the loader could look at its contents).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unavailable {
    /// The server answered with an HTTP error status.
    Http {
        /// The URL requested.
        url: String,
        /// The status code (e.g. 404).
        status: u16,
    },
    /// The request failed (network down, blocked, CORS) without an HTTP answer.
    Network {
        /// The URL requested.
        url: String,
        /// The browser's explanation.
        detail: String,
    },
    /// The page was opened from a file (`file://`), where browsers forbid fetching other files.
    FileProtocol {
        /// The URL that could not be fetched.
        url: String,
    },
    /// The browser could not read the chosen file.
    Read {
        /// The browser's explanation.
        detail: String,
    },
    /// The chosen file is larger than the loader accepts; it was not read.
    TooLarge {
        /// Its size in bytes.
        bytes: u64,
    },
    /// The base64 export embedded in the page does not decode.
    BadEmbedding {
        /// The decoder's explanation.
        detail: String,
    },
    /// The host element names an embedded snapshot element (`data-snapshot-id`) that is absent.
    MissingElement {
        /// The id looked for.
        id: String,
    },
}
