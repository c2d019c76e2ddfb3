//! Wasm bindings for the page (run inside a Web Worker).

use serde::Serialize;
use wasm_bindgen::prelude::*;

fn to_js<T: Serialize>(v: &T) -> Result<JsValue, JsValue> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsValue::from_str(&e.to_string()))
}

fn parse_options(options: JsValue) -> Result<crate::Options, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(crate::Options::default());
    }
    serde_wasm_bindgen::from_value(options)
        .map_err(|e| JsValue::from_str(&format!("bad options: {}", e)))
}

/// Check a text. `options`: `{ password?, ascii_punctuation?, views? }` (or undefined).
#[wasm_bindgen(js_name = checkText)]
pub fn check_text(text: &str, options: JsValue) -> Result<JsValue, JsValue> {
    let opts = parse_options(options)?;
    to_js(&crate::check_text(text, &opts))
}

/// Check raw bytes (a dropped text file): BOM/UTF-16 detection and lossy UTF-8.
#[wasm_bindgen(js_name = checkBytes)]
pub fn check_bytes(bytes: &[u8], options: JsValue) -> Result<JsValue, JsValue> {
    let opts = parse_options(options)?;
    to_js(&crate::check_bytes(bytes, &opts))
}

/// Every rule with its documentation.
#[wasm_bindgen]
pub fn rules() -> Result<JsValue, JsValue> {
    to_js(&crate::rules::all_docs())
}

#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
