/* icu.c -- internalBinding('icu'): ICU's converters (ucnv) for the TextDecoder encodings that
 * lib/internal/encoding.js does not decode itself: shift_jis, euc-jp, iso-2022-jp, gbk,
 * gb18030, big5, euc-kr. A converter keeps its state between streaming calls. */
#include <stdlib.h>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucnv_err.h>

#include "internal.h"

typedef struct {
  UConverter *conv;
  js_ref *self;
} icu_converter;

static const int converter_tag;

static void converter_gc(void *data) {
  icu_converter *c = data;
  ucnv_close(c->conv);
  js_ref_free(c->self);
  free(c);
}

/* Every byte sequence that does not decode becomes U+FFFD, as the Encoding standard and Node
 * have it (ICU's own substitute is U+001A for unassigned codes of some code pages). */
static void to_unicode_replace(const void *context, UConverterToUnicodeArgs *args,
                               const char *units, int32_t length,
                               UConverterCallbackReason reason, UErrorCode *err) {
  (void)context;
  (void)units;
  (void)length;
  if (reason > UCNV_IRREGULAR) return;
  static const UChar replacement = 0xFFFD;
  *err = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &replacement, 1, 0, err);
}

/* new Converter(name, fatal): lib/ has checked that hasConverter(name). */
static js_value icu_converter_new(js_env *js, js_call *call) {
  js_utf8 name;
  if (js_utf8_init(js, js_arg(call, 0), &name)) return NULL;
  UErrorCode status = U_ZERO_ERROR;
  UConverter *conv = ucnv_open(name.str, &status);
  js_utf8_free(&name);
  if (U_FAILURE(status)) {
    js_throw_range_error(js, "ERR_ENCODING_NOT_SUPPORTED", "%s", u_errorName(status));
    return NULL;
  }
  ucnv_setToUCallBack(conv, js_to_bool(js_arg(call, 1)) ? UCNV_TO_U_CALLBACK_STOP
                                                          : to_unicode_replace,
                      NULL, NULL, NULL, &status);
  icu_converter *c = malloc(sizeof *c);
  if (!c) {
    ucnv_close(conv);
    js_throw_range_error(js, "ERR_MEMORY_ALLOCATION_FAILED", "Failed to allocate memory");
    return NULL;
  }
  c->conv = conv;
  js_value self = js_this(call);
  js_wrap_tagged(self, c, &converter_tag);
  c->self = js_ref_new(js, self);
  js_ref_set_weak(c->self, converter_gc, c);
  return NULL;
}

/* decode(bytes, flush): the text, or undefined when the input is invalid for a fatal
 * converter (which is reset then, as at the end of a stream). */
static js_value icu_converter_decode(js_env *js, js_call *call) {
  icu_converter *c = js_unwrap_tagged(js_this(call), &converter_tag);
  uint8_t *data;
  size_t len;
  if (!c || js_view_bytes(js_arg(call, 0), &data, &len)) return NULL;
  UBool flush = js_to_bool(js_arg(call, 1));
  size_t cap = len * 2 + 16, used = 0;
  UChar *out = malloc(cap * sizeof *out);
  const char *source = (const char *)data, *source_end = source + len;
  UErrorCode status;
  for (;;) {
    if (!out) {
      js_throw_range_error(js, "ERR_MEMORY_ALLOCATION_FAILED", "Failed to allocate memory");
      return NULL;
    }
    UChar *target = out + used;
    status = U_ZERO_ERROR;
    ucnv_toUnicode(c->conv, &target, out + cap, &source, source_end, NULL, flush, &status);
    used = (size_t)(target - out);
    if (status != U_BUFFER_OVERFLOW_ERROR) break;
    cap *= 2;
    UChar *grown = realloc(out, cap * sizeof *out);
    if (!grown) free(out);
    out = grown;
  }
  js_value result = NULL;
  if (U_SUCCESS(status)) {
    result = js_string_utf16(js, (const uint16_t *)out, used);
  }
  if (U_FAILURE(status) || flush) ucnv_reset(c->conv);
  free(out);
  return result;
}

static const js_method converter_methods[] = {
  {"decode", icu_converter_decode, 2},
};

/* hasConverter(name): whether ICU has a converter by that name or alias. */
static js_value icu_has_converter(js_env *js, js_call *call) {
  js_utf8 name;
  if (js_utf8_init(js, js_arg(call, 0), &name)) return NULL;
  UErrorCode status = U_ZERO_ERROR;
  UConverter *conv = ucnv_open(name.str, &status);
  js_utf8_free(&name);
  if (U_SUCCESS(status)) ucnv_close(conv);
  return js_boolean(js, U_SUCCESS(status));
}

static const js_method icu_methods[] = {
  {"hasConverter", icu_has_converter, 1},
};

js_value binding_init_icu(node_env *env) {
  js_env *js = env->js;
  js_value b = js_object_new(js);
  js_set_methods(js, b, icu_methods, ARRAY_SIZE(icu_methods));
  js_set_named(js, b, "Converter",
               js_class_new(js, "Converter", icu_converter_new, converter_methods,
                            ARRAY_SIZE(converter_methods), 2));
  return b;
}
