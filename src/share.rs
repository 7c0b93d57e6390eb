//! A press review as one link: its file (`Review::to_json`) compressed with the browser's own
//! `CompressionStream` ("deflate-raw", no compression code in the wasm), written in base64url
//! after `#share=` — the fragment, which browsers never send to a server. Opening such a link keeps
//! the review as a new copy in this browser, never over one of the reader's.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// What follows `#` in a shared link, before the review (`js/handoff.js` looks for it too, to
/// start the full app for such a link).
pub const FRAGMENT_KEY: &str = "share=";

/// Links longer than this, in characters, are too long to paste comfortably (chat and mail
/// programs cut or refuse them): the reader is offered the file instead.
pub const COMFORTABLE_LINK: usize = 8_000;

/// Why a shared link could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum ShareError {
    /// The link's data is not base64url, or does not decompress: damaged or cut short.
    Damaged,
    /// This browser has no `CompressionStream`.
    Unsupported,
}

#[wasm_bindgen]
extern "C" {
    /// The browser's `CompressionStream`.
    #[wasm_bindgen(js_name = CompressionStream)]
    type Compression;
    #[wasm_bindgen(constructor, js_class = "CompressionStream", catch)]
    fn new(format: &str) -> Result<Compression, JsValue>;

    /// The browser's `DecompressionStream`.
    #[wasm_bindgen(js_name = DecompressionStream)]
    type Decompression;
    #[wasm_bindgen(constructor, js_class = "DecompressionStream", catch)]
    fn new(format: &str) -> Result<Decompression, JsValue>;
}

/// The link data of a review file: compressed, then base64url.
pub async fn encode(json: &str) -> Result<String, ShareError> {
    let pair: JsValue = Compression::new("deflate-raw").map_err(|_| ShareError::Unsupported)?.into();
    let bytes = through(json.as_bytes(), pair).await.map_err(|_| ShareError::Unsupported)?;
    Ok(base64url(&bytes))
}

/// The review file in the link data `data`.
pub async fn decode(data: &str) -> Result<String, ShareError> {
    let bytes = from_base64url(data).ok_or(ShareError::Damaged)?;
    let pair: JsValue = Decompression::new("deflate-raw").map_err(|_| ShareError::Unsupported)?.into();
    let bytes = through(&bytes, pair).await.map_err(|_| ShareError::Damaged)?;
    String::from_utf8(bytes).map_err(|_| ShareError::Damaged)
}

/// `bytes` piped through a transform stream (`{ readable, writable }`).
async fn through(bytes: &[u8], pair: JsValue) -> Result<Vec<u8>, JsValue> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts)?;
    let piped = blob.stream().pipe_through(pair.unchecked_ref());
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&piped))?;
    let buffer = JsFuture::from(response.array_buffer()?).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// `bytes` in base64url, without padding: safe in a fragment as it is.
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// The bytes of base64url `text` (padding allowed), or `None` when it is not base64url.
pub fn from_base64url(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut n, mut bits) = (0u32, 0u32);
    for c in text.bytes() {
        let value = ALPHABET.iter().position(|&a| a == c)? as u32;
        n = n << 6 | value;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((n >> bits & 0xff) as u8);
        }
    }
    // A lone sixth of a byte left over means the text was cut.
    (bits < 6).then_some(out)
}

/// The link data of a fragment (`#share=…`), if it is a shared review's.
pub fn data_in(hash: &str) -> Option<&str> {
    hash.strip_prefix('#')?.strip_prefix(FRAGMENT_KEY)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_round_trips_every_length() {
        for length in 0..40 {
            let bytes: Vec<u8> = (0..length).map(|i| (i * 37 + 11) as u8).collect();
            let text = base64url(&bytes);
            assert!(text.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'), "{text}");
            assert_eq!(from_base64url(&text), Some(bytes));
        }
    }

    #[test]
    fn base64url_matches_the_standard_alphabet_with_url_letters() {
        assert_eq!(base64url(b"Rassegna?>"), "UmFzc2VnbmE_Pg");
        assert_eq!(from_base64url("UmFzc2VnbmE_Pg=="), Some(b"Rassegna?>".to_vec()));
    }

    #[test]
    fn damaged_link_data_is_refused() {
        assert_eq!(from_base64url("UmFz c2Vn"), None);
        assert_eq!(from_base64url("UmFz+2Vn"), None);
        assert_eq!(from_base64url("U"), None);
    }

    #[test]
    fn only_a_share_fragment_carries_a_review() {
        assert_eq!(data_in("#share=abc"), Some("abc"));
        assert_eq!(data_in("#s-12"), None);
        assert_eq!(data_in(""), None);
    }
}
