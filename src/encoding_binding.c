/* encoding_binding.c -- internalBinding('encoding_binding'): UTF-8 encode and decode for
 * TextEncoder/TextDecoder (lib/internal/encoding.js). */
#include <stdlib.h>

#include "internal.h"

static uint32_t *encode_into_results;

static js_value enc_encode_utf8_string(js_env *js, js_call *call) {
  js_value s = js_arg(call, 0);
  if (!js_is(s, JS_IS_STRING)) return NULL;
  size_t len = js_string_utf8_length(js, s);
  void *data;
  js_value ab = js_array_buffer_new_uninit(js, len, &data);
  if (!ab) return NULL;
  js_string_write_utf8(js, s, data, len);
  return js_typed_array_new(js, JS_UINT8, ab, 0, len);
}

/* Counts how many UTF-16 units of s fit in `written` UTF-8 bytes. */
static size_t units_for_bytes(js_env *js, js_value s, size_t written) {
  size_t n = js_string_length(s), bytes = 0, i = 0;
  uint16_t buf[256];
  while (i < n && bytes < written) {
    size_t chunk = js_string_write_utf16(js, s, buf, i, sizeof buf / sizeof *buf);
    for (size_t k = 0; k < chunk && bytes < written; k++, i++) {
      uint16_t c = buf[k];
      if (c < 0x80) bytes += 1;
      else if (c < 0x800) bytes += 2;
      else if (c >= 0xd800 && c <= 0xdbff && k + 1 < chunk && buf[k + 1] >= 0xdc00 &&
               buf[k + 1] <= 0xdfff) {
        bytes += 4;
        k++;
        i++;
      } else bytes += 3;
    }
  }
  return i;
}

static js_value enc_encode_into(js_env *js, js_call *call) {
  js_value s = js_arg(call, 0);
  uint8_t *data;
  size_t cap;
  if (!js_is(s, JS_IS_STRING) || js_bytes(js_arg(call, 1), &data, &cap)) return NULL;
  size_t written = js_string_write_utf8(js, s, (char *)data, cap);
  encode_into_results[0] = (uint32_t)units_for_bytes(js, s, written);
  encode_into_results[1] = (uint32_t)written;
  return NULL;
}

/* The length of a valid UTF-8 prefix of p[0..n), per the WHATWG decoder's rules. */
static int utf8_valid(const uint8_t *p, size_t n) {
  size_t i = 0;
  while (i < n) {
    uint8_t c = p[i];
    if (c < 0x80) { i++; continue; }
    size_t need;
    uint32_t lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c == 0xe0) lo = 0xa0;
      if (c == 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c == 0xf0) lo = 0x90;
      if (c == 0xf4) hi = 0x8f;
    } else return 0;
    if (i + need >= n) return 0;
    if (p[i + 1] < lo || p[i + 1] > hi) return 0;
    for (size_t k = 2; k <= need; k++)
      if (p[i + k] < 0x80 || p[i + k] > 0xbf) return 0;
    i += need + 1;
  }
  return 1;
}

static js_value enc_decode_utf8(js_env *js, js_call *call) {
  uint8_t *data;
  size_t len;
  if (js_bytes(js_arg(call, 0), &data, &len)) {
    js_throw_type_error(js, "ERR_INVALID_ARG_TYPE",
                        "The \"input\" argument must be an instance of SharedArrayBuffer, "
                        "ArrayBuffer or ArrayBufferView.");
    return NULL;
  }
  int ignore_bom = js_to_bool(js_arg(call, 1));
  int fatal = js_to_bool(js_arg(call, 2));
  if (fatal && !utf8_valid(data, len)) {
    js_throw_type_error(js, "ERR_ENCODING_INVALID_ENCODED_DATA",
                        "The encoded data was not valid for encoding utf-8");
    return NULL;
  }
  if (!ignore_bom && len >= 3 && data[0] == 0xef && data[1] == 0xbb && data[2] == 0xbf) {
    data += 3;
    len -= 3;
  }
  return js_string_utf8(js, (const char *)data, len);
}

static const js_method enc_methods[] = {
  {"decodeUTF8", enc_decode_utf8, 3},
  {"encodeInto", enc_encode_into, 2},
  {"encodeUtf8String", enc_encode_utf8_string, 1},
  {"toASCII", url_idna_to_ascii, 1},
  {"toUnicode", url_idna_to_unicode, 1},
};

js_value binding_init_encoding_binding(node_env *env) {
  js_env *js = env->js;
  js_value b = js_object_new(js);
  js_set_methods(js, b, enc_methods, ARRAY_SIZE(enc_methods));
  void *data;
  js_value ab = js_array_buffer_new(js, 2 * sizeof(uint32_t), &data);
  encode_into_results = data;
  js_set_named(js, b, "encodeIntoResults", js_typed_array_new(js, JS_UINT32, ab, 0, 2));
  return b;
}
