/* buffer.c -- internalBinding('buffer'): the string codecs of Buffer (utf8, ucs2, latin1, ascii,
 * hex, base64, base64url) and its byte work (compare, copy, fill, search, swap, validation),
 * driven by lib/buffer.js and lib/internal/buffer.js. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Keep in sync with encodingsMap in lib/internal/util.js (Node's numbering). */
enum { ENC_ASCII, ENC_UTF8, ENC_BASE64, ENC_UCS2, ENC_LATIN1, ENC_HEX, ENC_BUFFER, ENC_BASE64URL };

/* Strings at least this long are made external over the memory we encoded them into, which
 * saves V8 copying them into its heap. */
#define EXTERNAL_MIN (64 * 1024)
/* Short results and string chunks live on the stack. */
#define STACK_CHUNK 4096

/* -- arguments -- */

static int throw_not_buffer(js_env *js) {
  js_throw_type_error(js, "ERR_INVALID_ARG_TYPE", "argument must be a buffer");
  return -1;
}

static int throw_index_range(js_env *js) {
  js_throw_range_error(js, "ERR_OUT_OF_RANGE", "Index out of range");
  return -1;
}

static int view_bytes(js_value v, uint8_t **data, size_t *len) {
  return js_view_bytes(v, data, len);
}

/* A JS number as an integer the way V8's IntegerValue() makes it (truncated, NaN is 0),
 * clamped to the int64 range. */
static int64_t number_to_int64(double d) {
  if (d != d) return 0;
  if (d >= 9223372036854775807.0) return INT64_MAX;
  if (d <= -9223372036854775808.0) return INT64_MIN;
  return (int64_t)d;
}

/* Node's ParseArrayIndex: undefined gives def, anything else goes through ToNumber (which may
 * run JS: -1 with the exception pending). 1 for a negative index. */
static int parse_index(js_env *js, js_value v, size_t def, size_t *out) {
  if (js_is(v, JS_IS_UNDEFINED)) {
    *out = def;
    return 0;
  }
  double d;
  if (js_is(v, JS_IS_NUMBER)) d = js_number_value(v);
  else if (js_to_number(js, v, &d)) return -1;
  int64_t i = number_to_int64(d);
  if (i < 0) return 1;
  *out = (size_t)i;
  return 0;
}

/* Whether converting v to a number could run JS (and so detach or shrink a buffer). */
static int may_run_js(js_value v) {
  return !js_is(v, JS_IS_UNDEFINED) && !js_is(v, JS_IS_NUMBER);
}

/* this, start and end of the xxxSlice() methods, checked as Node does. */
static int slice_args(js_env *js, js_call *call, uint8_t **data, size_t *start, size_t *end) {
  size_t len;
  uint32_t s, e;
  if (view_bytes(js_this(call), data, &len)) return throw_not_buffer(js);
  /* What lib/buffer.js passes: two integers. */
  if (js_arg_uint32(call, 0, &s) && js_arg_uint32(call, 1, &e)) {
    *start = s;
    *end = e < s ? s : e;
    return *end > len ? throw_index_range(js) : 0;
  }
  js_value a = js_arg(call, 0), b = js_arg(call, 1);
  int r = parse_index(js, a, 0, start);
  if (r) return r < 0 ? -1 : throw_index_range(js);
  r = parse_index(js, b, len, end);
  if (r) return r < 0 ? -1 : throw_index_range(js);
  if ((may_run_js(a) || may_run_js(b)) && view_bytes(js_this(call), data, &len))
    return throw_not_buffer(js);
  if (*end < *start) *end = *start;
  if (*end > len) return throw_index_range(js);
  return 0;
}

/* this, string, offset and length of the xxxWrite() methods: where to write and how much. */
static int write_args(js_env *js, js_call *call, js_value *str, uint8_t **dst, size_t *cap) {
  uint8_t *data;
  size_t len, offset, max;
  if (view_bytes(js_this(call), &data, &len)) return throw_not_buffer(js);
  *str = js_arg(call, 0);
  if (!js_is(*str, JS_IS_STRING)) {
    js_throw_type_error(js, "ERR_INVALID_ARG_TYPE", "argument must be a string");
    return -1;
  }
  uint32_t o, m;
  if (js_arg_uint32(call, 1, &o) && js_arg_uint32(call, 2, &m)) {
    if (o > len) {
      js_throw_range_error(js, "ERR_BUFFER_OUT_OF_BOUNDS", "\"offset\" is outside of buffer bounds");
      return -1;
    }
    *dst = data + o;
    *cap = m < len - o ? m : len - o;
    return 0;
  }
  js_value a = js_arg(call, 1), b = js_arg(call, 2);
  int r = parse_index(js, a, 0, &offset);
  if (r) return r < 0 ? -1 : throw_index_range(js);
  if (offset > len) {
    js_throw_range_error(js, "ERR_BUFFER_OUT_OF_BOUNDS", "\"offset\" is outside of buffer bounds");
    return -1;
  }
  r = parse_index(js, b, len - offset, &max);
  if (r) return r < 0 ? -1 : throw_index_range(js);
  if ((may_run_js(a) || may_run_js(b)) &&
      (view_bytes(js_this(call), &data, &len) || offset > len))
    return throw_not_buffer(js);
  if (max > len - offset) max = len - offset;
  *dst = data + offset;
  *cap = max;
  return 0;
}

static js_value throw_string_too_long(js_env *js) {
  js_throw_error(js, "ERR_STRING_TOO_LONG", "Cannot create a string longer than 0x%zx characters",
                 js_string_max_length());
  return NULL;
}

/* -- vector codecs (x86-64: AVX2 or SSSE3, picked at run time; the scalar code does the rest
 * and everything on other machines) -- */

#if defined(__x86_64__)
#include <immintrin.h>

static int have_avx2, have_ssse3;

static void detect_cpu(void) {
  __builtin_cpu_init();
  have_avx2 = __builtin_cpu_supports("avx2");
  have_ssse3 = __builtin_cpu_supports("ssse3");
}

/* 24 bytes -> 32 characters per step, while 28 bytes can be read (the loads take 16 + 16 bytes
 * from offsets 0 and 12). Returns the bytes consumed. Wojciech Mula's method: each 32-bit lane
 * gets one 3-byte group, its four 6-bit fields are moved into bytes by two multiplies, and a
 * table indexed by the field's range turns them into characters. */
__attribute__((target("avx2")))
static size_t base64_encode_avx2(const uint8_t *src, size_t n, char *dst, int url) {
  const __m256i shuffle = _mm256_setr_epi8(1, 0, 2, 1, 4, 3, 5, 4, 7, 6, 8, 7, 10, 9, 11, 10,
                                           1, 0, 2, 1, 4, 3, 5, 4, 7, 6, 8, 7, 10, 9, 11, 10);
  const int8_t c62 = url ? '-' - 62 : '+' - 62, c63 = url ? '_' - 63 : '/' - 63;
  const __m256i offsets = _mm256_setr_epi8(
      'a' - 26, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52,
      '0' - 52, '0' - 52, c62, c63, 'A', 0, 0,
      'a' - 26, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52,
      '0' - 52, '0' - 52, c62, c63, 'A', 0, 0);
  size_t i = 0;
  for (; i + 28 <= n; i += 24, dst += 32) {
    __m128i lo = _mm_loadu_si128((const __m128i *)(const void *)(src + i));
    __m128i hi = _mm_loadu_si128((const __m128i *)(const void *)(src + i + 12));
    __m256i in = _mm256_shuffle_epi8(_mm256_set_m128i(hi, lo), shuffle);
    __m256i t0 = _mm256_and_si256(in, _mm256_set1_epi32(0x0fc0fc00));
    __m256i t1 = _mm256_mulhi_epu16(t0, _mm256_set1_epi32(0x04000040));
    __m256i t2 = _mm256_and_si256(in, _mm256_set1_epi32(0x003f03f0));
    __m256i t3 = _mm256_mullo_epi16(t2, _mm256_set1_epi32(0x01000010));
    __m256i fields = _mm256_or_si256(t1, t3);
    __m256i range = _mm256_subs_epu8(fields, _mm256_set1_epi8(51));
    __m256i upper = _mm256_cmpgt_epi8(_mm256_set1_epi8(26), fields);
    range = _mm256_or_si256(range, _mm256_and_si256(upper, _mm256_set1_epi8(13)));
    __m256i out = _mm256_add_epi8(_mm256_shuffle_epi8(offsets, range), fields);
    _mm256_storeu_si256((__m256i *)(void *)dst, out);
  }
  return i;
}

/* Decodes 32-character blocks made only of base64 characters (either alphabet), 24 bytes each,
 * while dst has room; stops before the first block with any other character. Returns the bytes
 * written; *used gets the characters read. Validation by nibble tables: the high nibble picks a
 * class bit, the low nibble's table holds the classes it is invalid in. */
__attribute__((target("avx2")))
static size_t base64_decode_avx2(const uint8_t *src, size_t n, uint8_t *dst, size_t cap,
                                 size_t *used) {
  /* Classes: 0x01 high nibble 2 (+ - /), 0x02 digits, 0x04 4 and 6 (A-O a-o), 0x08 5 (P-Z _),
   * 0x10 7 (p-z), 0x20 no valid character. */
  const __m256i class_of_high = _mm256_setr_epi8(
      0x20, 0x20, 0x01, 0x02, 0x04, 0x08, 0x04, 0x10, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20,
      0x20, 0x20, 0x01, 0x02, 0x04, 0x08, 0x04, 0x10, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20);
  const __m256i invalid_for_low = _mm256_setr_epi8(
      0x25, 0x21, 0x21, 0x21, 0x21, 0x21, 0x21, 0x21, 0x21, 0x21, 0x23, 0x3a, 0x3b, 0x3a, 0x3b, 0x32,
      0x25, 0x21, 0x21, 0x21, 0x21, 0x21, 0x21, 0x21, 0x21, 0x21, 0x23, 0x3a, 0x3b, 0x3a, 0x3b, 0x32);
  /* What to add to a character to get its value, by high nibble; then by low nibble for + - /
   * (high nibble 2); '_' gets 33 more than the other 5x characters. */
  const __m256i add_by_high = _mm256_setr_epi8(
      0, 0, 0, 4, -65, -65, -71, -71, 0, 0, 0, 0, 0, 0, 0, 0,
      0, 0, 0, 4, -65, -65, -71, -71, 0, 0, 0, 0, 0, 0, 0, 0);
  const __m256i add_punct = _mm256_setr_epi8(
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 62 - '+', 0, 62 - '-', 0, 63 - '/',
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 62 - '+', 0, 62 - '-', 0, 63 - '/');
  const __m256i nibble = _mm256_set1_epi8(0x0f);
  const __m256i pack = _mm256_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1,
                                        2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
  const __m256i gather = _mm256_setr_epi32(0, 1, 2, 4, 5, 6, 3, 7);
  size_t i = 0, k = 0;
  for (; i + 32 <= n && k + 24 <= cap; i += 32, k += 24) {
    __m256i c = _mm256_loadu_si256((const __m256i *)(const void *)(src + i));
    __m256i high = _mm256_and_si256(_mm256_srli_epi32(c, 4), nibble);
    __m256i low = _mm256_and_si256(c, nibble);
    if (!_mm256_testz_si256(_mm256_shuffle_epi8(class_of_high, high),
                            _mm256_shuffle_epi8(invalid_for_low, low)))
      break;
    __m256i punct = _mm256_and_si256(_mm256_cmpeq_epi8(high, _mm256_set1_epi8(2)),
                                     _mm256_shuffle_epi8(add_punct, low));
    __m256i underscore = _mm256_and_si256(_mm256_cmpeq_epi8(c, _mm256_set1_epi8('_')),
                                          _mm256_set1_epi8(33));
    __m256i v = _mm256_add_epi8(_mm256_add_epi8(c, _mm256_shuffle_epi8(add_by_high, high)),
                                _mm256_add_epi8(punct, underscore));
    /* Four 6-bit values -> one 24-bit value per 32-bit lane -> three bytes, big end first. */
    __m256i m = _mm256_maddubs_epi16(v, _mm256_set1_epi32(0x01400140));
    m = _mm256_madd_epi16(m, _mm256_set1_epi32(0x00011000));
    m = _mm256_permutevar8x32_epi32(_mm256_shuffle_epi8(m, pack), gather);
    _mm_storeu_si128((__m128i *)(void *)(dst + k), _mm256_castsi256_si128(m));
    _mm_storel_epi64((__m128i *)(void *)(dst + k + 16), _mm256_extracti128_si256(m, 1));
  }
  *used = i;
  return k;
}

/* Decodes 32 hex digits -> 16 bytes per step while all are digits and dst has room. Returns
 * the bytes written (the characters read are twice that). */
__attribute__((target("avx2")))
static size_t hex_decode_avx2(const uint8_t *src, size_t n, uint8_t *dst, size_t cap) {
  size_t k = 0;
  for (; 2 * k + 32 <= n && k + 16 <= cap; k += 16) {
    __m256i c = _mm256_loadu_si256((const __m256i *)(const void *)(src + 2 * k));
    __m256i digit = _mm256_and_si256(_mm256_cmpgt_epi8(c, _mm256_set1_epi8('0' - 1)),
                                     _mm256_cmpgt_epi8(_mm256_set1_epi8('9' + 1), c));
    __m256i low = _mm256_or_si256(c, _mm256_set1_epi8(0x20));
    __m256i alpha = _mm256_and_si256(_mm256_cmpgt_epi8(low, _mm256_set1_epi8('a' - 1)),
                                     _mm256_cmpgt_epi8(_mm256_set1_epi8('f' + 1), low));
    if (_mm256_movemask_epi8(_mm256_or_si256(digit, alpha)) != -1) break;
    __m256i v = _mm256_blendv_epi8(_mm256_sub_epi8(low, _mm256_set1_epi8('a' - 10)),
                                   _mm256_sub_epi8(c, _mm256_set1_epi8('0')), digit);
    __m256i pairs = _mm256_maddubs_epi16(v, _mm256_set1_epi16(0x0110));
    __m256i bytes = _mm256_permute4x64_epi64(_mm256_packus_epi16(pairs, pairs), 0x08);
    _mm_storeu_si128((__m128i *)(void *)(dst + k), _mm256_castsi256_si128(bytes));
  }
  return k;
}

/* 16 bytes -> 32 hex digits per step. Returns the bytes consumed. */
__attribute__((target("ssse3")))
static size_t hex_encode_ssse3(const uint8_t *src, size_t n, char *dst) {
  const __m128i digits = _mm_setr_epi8('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a',
                                       'b', 'c', 'd', 'e', 'f');
  const __m128i nibble = _mm_set1_epi8(0x0f);
  size_t i = 0;
  for (; i + 16 <= n; i += 16, dst += 32) {
    __m128i in = _mm_loadu_si128((const __m128i *)(const void *)(src + i));
    __m128i hi = _mm_shuffle_epi8(digits, _mm_and_si128(_mm_srli_epi16(in, 4), nibble));
    __m128i lo = _mm_shuffle_epi8(digits, _mm_and_si128(in, nibble));
    _mm_storeu_si128((__m128i *)(void *)dst, _mm_unpacklo_epi8(hi, lo));
    _mm_storeu_si128((__m128i *)(void *)(dst + 16), _mm_unpackhi_epi8(hi, lo));
  }
  return i;
}
#endif

/* -- tables -- */

static const char b64_alphabet[2][65] = {
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
};
static uint16_t b64_pairs[2][4096];    /* 12 bits of input -> two characters */
/* Both alphabets decode in either mode, as in Node. 64 and up: not a base64 character. */
static uint8_t b64_value[256];
/* The four characters of a quantum, each placed in its 24-bit group; bit 24 flags a bad one. */
static uint32_t b64_quad[4][256];
static uint16_t hex_pairs[256];
static int8_t hex_value[256];

static void init_tables(void) {
#if defined(__x86_64__)
  detect_cpu();
#endif
  for (int a = 0; a < 2; a++)
    for (int i = 0; i < 4096; i++) {
      uint8_t c[2] = { (uint8_t)b64_alphabet[a][i >> 6], (uint8_t)b64_alphabet[a][i & 63] };
      memcpy(&b64_pairs[a][i], c, 2);
    }
  memset(b64_value, 64, sizeof b64_value);
  for (int i = 0; i < 64; i++) {
    b64_value[(uint8_t)b64_alphabet[0][i]] = (uint8_t)i;
    b64_value[(uint8_t)b64_alphabet[1][i]] = (uint8_t)i;
  }
  for (int c = 0; c < 256; c++) {
    uint32_t v = b64_value[c];
    for (int k = 0; k < 4; k++)
      b64_quad[k][c] = v < 64 ? v << (18 - 6 * k) : 0x1000000u;
  }
  static const char digits[] = "0123456789abcdef";
  for (int i = 0; i < 256; i++) {
    uint8_t c[2] = { (uint8_t)digits[i >> 4], (uint8_t)digits[i & 15] };
    memcpy(&hex_pairs[i], c, 2);
  }
  memset(hex_value, -1, sizeof hex_value);
  for (int i = 0; i < 10; i++) hex_value['0' + i] = (int8_t)i;
  for (int i = 0; i < 6; i++) {
    hex_value['a' + i] = (int8_t)(10 + i);
    hex_value['A' + i] = (int8_t)(10 + i);
  }
}

/* -- scanning -- */

static const uint64_t HIGH_BITS = 0x8080808080808080ull;

static size_t ascii_prefix(const uint8_t *p, size_t n) {
  size_t i = 0;
  for (; i + 32 <= n; i += 32) {
    uint64_t a, b, c, d;
    memcpy(&a, p + i, 8);
    memcpy(&b, p + i + 8, 8);
    memcpy(&c, p + i + 16, 8);
    memcpy(&d, p + i + 24, 8);
    if ((a | b | c | d) & HIGH_BITS) break;
  }
  for (; i + 8 <= n; i += 8) {
    uint64_t a;
    memcpy(&a, p + i, 8);
    if (a & HIGH_BITS) break;
  }
  while (i < n && p[i] < 0x80) i++;
  return i;
}

static size_t count_high(const uint8_t *p, size_t n) {
  size_t count = 0;
  for (size_t i = 0; i < n; i++) count += p[i] >> 7;
  return count;
}

/* Whether p[0..n) is well-formed UTF-8: no overlongs, surrogates or code points past
 * U+10FFFF, nothing cut short. */
static int utf8_valid(const uint8_t *p, size_t n) {
  size_t i = 0;
  while (i < n) {
    i += ascii_prefix(p + i, n - i);
    if (i >= n) break;
    uint8_t c = p[i];
    size_t need;
    uint8_t lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c == 0xe0) lo = 0xa0;
      if (c == 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c == 0xf0) lo = 0x90;
      if (c == 0xf4) hi = 0x8f;
    } else {
      return 0;
    }
    if (n - i <= need) return 0;
    if (p[i + 1] < lo || p[i + 1] > hi) return 0;
    for (size_t k = 2; k <= need; k++)
      if ((p[i + k] & 0xc0) != 0x80) return 0;
    i += need + 1;
  }
  return 1;
}

/* -- large blocks -- */

/* The memory of large results (external strings, ArrayBuffers made here) is recycled through a
 * few cached blocks: every fresh page from malloc costs a page fault, which for a megabyte is
 * more than the encoding itself. A block keeps its capacity in a header before the data. The
 * cache is locked: V8 may free ArrayBuffer memory from another thread. */
#define BLOCK_HEADER 16
#define BLOCK_CACHE_SLOTS 4
#define BLOCK_CACHE_MAX ((size_t)16 << 20)

static uv_mutex_t block_lock;
static struct {
  uint8_t *block;
  size_t cap;
} block_cache[BLOCK_CACHE_SLOTS];
static size_t block_cache_bytes;

static uint8_t *block_alloc(size_t n) {
  uint8_t *block = NULL;
  size_t cap = n;
  int best = -1;
  uv_mutex_lock(&block_lock);
  for (int i = 0; i < BLOCK_CACHE_SLOTS; i++) {
    size_t c = block_cache[i].cap;
    /* Big enough, without wasting more than half of it. */
    if (block_cache[i].block && c >= n && c / 2 <= n && (best < 0 || c < block_cache[best].cap))
      best = i;
  }
  if (best >= 0) {
    block = block_cache[best].block;
    cap = block_cache[best].cap;
    block_cache[best].block = NULL;
    block_cache_bytes -= cap;
  }
  uv_mutex_unlock(&block_lock);
  if (!block && !(block = malloc(n + BLOCK_HEADER))) return NULL;
  memcpy(block, &cap, sizeof cap);
  return block + BLOCK_HEADER;
}

static void block_free(uint8_t *p) {
  uint8_t *block = p - BLOCK_HEADER;
  size_t cap;
  memcpy(&cap, block, sizeof cap);
  uv_mutex_lock(&block_lock);
  if (block_cache_bytes + cap <= BLOCK_CACHE_MAX) {
    for (int i = 0; i < BLOCK_CACHE_SLOTS; i++) {
      if (!block_cache[i].block) {
        block_cache[i].block = block;
        block_cache[i].cap = cap;
        block_cache_bytes += cap;
        uv_mutex_unlock(&block_lock);
        return;
      }
    }
  }
  uv_mutex_unlock(&block_lock);
  free(block);
}

/* Gives back the tail of a block when n bytes leave much of it unused. */
static uint8_t *block_shrink(uint8_t *p, size_t n) {
  size_t cap;
  memcpy(&cap, p - BLOCK_HEADER, sizeof cap);
  if (cap - n <= cap / 4) return p;
  uint8_t *block = realloc(p - BLOCK_HEADER, n + BLOCK_HEADER);
  if (!block) return p;
  memcpy(block, &n, sizeof n);
  return block + BLOCK_HEADER;
}

static void release_chars(char *data, size_t len) {
  (void)len;
  block_free((uint8_t *)data);
}

static void release_bytes(void *data, size_t len, void *hint) {
  (void)len;
  (void)hint;
  block_free(data);
}

/* -- strings out -- */

/* Where an encoder writes its characters: the stack for short results, else the heap (then
 * handed to V8 as an external string when large). */
typedef struct {
  char *p;
  char stack[STACK_CHUNK];
} out_buf;

static char *out_alloc(out_buf *o, size_t n) {
  if (n <= sizeof o->stack) o->p = o->stack;
  else if (n < EXTERNAL_MIN) o->p = malloc(n);
  else o->p = (char *)block_alloc(n);
  return o->p;
}

static js_value out_string(js_env *js, out_buf *o, size_t n) {
  if (o->p == o->stack) return js_string_latin1(js, o->p, n);
  if (n >= EXTERNAL_MIN) return js_string_external_latin1(js, o->p, n, release_chars);
  js_value s = js_string_latin1(js, o->p, n);
  free(o->p);
  return s;
}

static js_value one_byte_string(js_env *js, const uint8_t *p, size_t n) {
  if (n < EXTERNAL_MIN) return js_string_latin1(js, (const char *)p, n);
  char *copy = (char *)block_alloc(n);
  if (!copy) return throw_string_too_long(js);
  memcpy(copy, p, n);
  return js_string_external_latin1(js, copy, n, release_chars);
}

static js_value decode_latin1(js_env *js, const uint8_t *p, size_t n) {
  if (n > js_string_max_length()) return throw_string_too_long(js);
  return one_byte_string(js, p, n);
}

static js_value decode_ascii(js_env *js, const uint8_t *p, size_t n) {
  if (n > js_string_max_length()) return throw_string_too_long(js);
  size_t ok = ascii_prefix(p, n);
  if (ok == n) return one_byte_string(js, p, n);
  out_buf o;
  char *dst = out_alloc(&o, n);
  if (!dst) return throw_string_too_long(js);
  memcpy(dst, p, ok);
  for (size_t i = ok; i < n; i++) dst[i] = (char)(p[i] & 0x7f);
  return out_string(js, &o, n);
}

/* UTF-8 to UTF-16 as the WHATWG decoder (and V8) does it: each maximal invalid subpart becomes
 * one U+FFFD. dst has room for n units. Returns the units; *wide says whether any is above
 * 0xff. */
static size_t utf8_to_utf16(const uint8_t *p, size_t n, uint16_t *dst, int *wide) {
  size_t i = 0, k = 0;
  unsigned any = 0;
  while (i < n) {
    uint8_t c = p[i];
    if (c < 0x80) {
      for (; i + 8 <= n; i += 8, k += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (w & HIGH_BITS) break;
        for (int j = 0; j < 8; j++) dst[k + j] = p[i + j];
      }
      while (i < n && p[i] < 0x80) dst[k++] = p[i++];
      continue;
    }
    unsigned unit = 0xfffd;
    size_t used = 1;
    if (c >= 0xc2 && c <= 0xdf) {
      if (i + 1 < n && (p[i + 1] & 0xc0) == 0x80) {
        unit = (c & 0x1fu) << 6 | (p[i + 1] & 0x3fu);
        used = 2;
      }
    } else if (c >= 0xe0 && c <= 0xef) {
      uint8_t lo = c == 0xe0 ? 0xa0 : 0x80, hi = c == 0xed ? 0x9f : 0xbf;
      if (i + 1 < n && p[i + 1] >= lo && p[i + 1] <= hi) {
        used = 2;
        if (i + 2 < n && (p[i + 2] & 0xc0) == 0x80) {
          unit = (c & 0xfu) << 12 | (p[i + 1] & 0x3fu) << 6 | (p[i + 2] & 0x3fu);
          used = 3;
        }
      }
    } else if (c >= 0xf0 && c <= 0xf4) {
      uint8_t lo = c == 0xf0 ? 0x90 : 0x80, hi = c == 0xf4 ? 0x8f : 0xbf;
      if (i + 1 < n && p[i + 1] >= lo && p[i + 1] <= hi) {
        used = 2;
        if (i + 2 < n && (p[i + 2] & 0xc0) == 0x80) {
          used = 3;
          if (i + 3 < n && (p[i + 3] & 0xc0) == 0x80) {
            uint32_t cp = (c & 7u) << 18 | (p[i + 1] & 0x3fu) << 12 | (p[i + 2] & 0x3fu) << 6 |
                          (p[i + 3] & 0x3fu);
            dst[k++] = (uint16_t)(0xd800 + ((cp - 0x10000) >> 10));
            unit = 0xdc00 + (cp & 0x3ff);
            used = 4;
          }
        }
      }
    }
    dst[k++] = (uint16_t)unit;
    any |= unit;
    i += used;
  }
  *wide = any > 0xff;
  return k;
}

static void release_units(uint16_t *data, size_t len) {
  (void)len;
  block_free((uint8_t *)data);
}

static js_value decode_utf8(js_env *js, const uint8_t *p, size_t n) {
  size_t ascii = ascii_prefix(p, n);
  if (ascii == n) return decode_latin1(js, p, n);
  int wide;
  if (n <= STACK_CHUNK / 2) {
    uint16_t units[STACK_CHUNK / 2];
    return js_string_utf16(js, units, utf8_to_utf16(p, n, units, &wide));
  }
  uint16_t *units = (uint16_t *)(void *)block_alloc(n * 2);
  if (!units) return throw_string_too_long(js);
  size_t len = utf8_to_utf16(p, n, units, &wide);
  if (len > js_string_max_length()) {
    block_free((uint8_t *)units);
    return throw_string_too_long(js);
  }
  if (len < EXTERNAL_MIN) {
    js_value s = js_string_utf16(js, units, len);
    block_free((uint8_t *)units);
    return s;
  }
  if (!wide) {
    /* All Latin-1: narrow in place (byte k comes from bytes 2k and 2k+1). */
    uint8_t *bytes = (uint8_t *)units;
    for (size_t k = 0; k < len; k++) bytes[k] = (uint8_t)units[k];
    return js_string_external_latin1(js, (char *)bytes, len, release_chars);
  }
  return js_string_external_utf16(js, units, len, release_units);
}

size_t buffer_ascii_prefix(const uint8_t *p, size_t n) { return ascii_prefix(p, n); }

js_value buffer_utf8_string(js_env *js, const uint8_t *p, size_t n) {
  return decode_utf8(js, p, n);
}

static js_value decode_ucs2(js_env *js, const uint8_t *p, size_t n) {
  size_t units = n / 2;
  if (units > js_string_max_length()) return throw_string_too_long(js);
  if (((uintptr_t)p & 1) == 0) return js_string_utf16(js, (const uint16_t *)(const void *)p, units);
  uint16_t stack[STACK_CHUNK / 2];
  uint16_t *tmp = units <= STACK_CHUNK / 2 ? stack : malloc(units * 2);
  if (!tmp) return throw_string_too_long(js);
  memcpy(tmp, p, units * 2);
  js_value s = js_string_utf16(js, tmp, units);
  if (tmp != stack) free(tmp);
  return s;
}

static js_value decode_hex(js_env *js, const uint8_t *p, size_t n) {
  if (n > js_string_max_length() / 2) return throw_string_too_long(js);
  out_buf o;
  char *dst = out_alloc(&o, n * 2);
  if (!dst) return throw_string_too_long(js);
  size_t i = 0;
#if defined(__x86_64__)
  if (have_ssse3) i = hex_encode_ssse3(p, n, dst);
#endif
  for (; i < n; i++) memcpy(dst + 2 * i, &hex_pairs[p[i]], 2);
  return out_string(js, &o, n * 2);
}

static size_t base64_encoded_length(size_t n, int url) {
  return url ? (n / 3) * 4 + (n % 3 ? n % 3 + 1 : 0) : (n + 2) / 3 * 4;
}

static size_t base64_encode(const uint8_t *src, size_t n, char *dst, int url) {
  const uint16_t *pairs = b64_pairs[url];
  const char *alphabet = b64_alphabet[url];
  char *o = dst;
  size_t i = 0;
#if defined(__x86_64__)
  if (have_avx2) {
    i = base64_encode_avx2(src, n, dst, url);
    o += i / 3 * 4;
  }
#endif
  for (; i + 6 <= n; i += 6) {
    uint32_t a = (uint32_t)src[i] << 16 | (uint32_t)src[i + 1] << 8 | src[i + 2];
    uint32_t b = (uint32_t)src[i + 3] << 16 | (uint32_t)src[i + 4] << 8 | src[i + 5];
    uint64_t w = (uint64_t)pairs[a >> 12] | (uint64_t)pairs[a & 0xfff] << 16 |
                 (uint64_t)pairs[b >> 12] << 32 | (uint64_t)pairs[b & 0xfff] << 48;
    memcpy(o, &w, 8);
    o += 8;
  }
  for (; i + 3 <= n; i += 3) {
    uint32_t a = (uint32_t)src[i] << 16 | (uint32_t)src[i + 1] << 8 | src[i + 2];
    memcpy(o, &pairs[a >> 12], 2);
    memcpy(o + 2, &pairs[a & 0xfff], 2);
    o += 4;
  }
  if (n - i == 1) {
    *o++ = alphabet[src[i] >> 2];
    *o++ = alphabet[(src[i] & 3) << 4];
    if (!url) {
      *o++ = '=';
      *o++ = '=';
    }
  } else if (n - i == 2) {
    *o++ = alphabet[src[i] >> 2];
    *o++ = alphabet[(src[i] & 3) << 4 | src[i + 1] >> 4];
    *o++ = alphabet[(src[i + 1] & 15) << 2];
    if (!url) *o++ = '=';
  }
  return (size_t)(o - dst);
}

static js_value decode_base64(js_env *js, const uint8_t *p, size_t n, int url) {
  size_t len = base64_encoded_length(n, url);
  if (n / 3 * 4 > js_string_max_length() || len > js_string_max_length())
    return throw_string_too_long(js);
  out_buf o;
  char *dst = out_alloc(&o, len);
  if (!dst) return throw_string_too_long(js);
  base64_encode(p, n, dst, url);
  return out_string(js, &o, len);
}

#define SLICE(name, decode)                                                  \
  static js_value buffer_##name(js_env *js, js_call *call) {                 \
    uint8_t *data;                                                           \
    size_t start, end;                                                       \
    if (slice_args(js, call, &data, &start, &end)) return NULL;              \
    return decode(js, data + start, end - start);                            \
  }
SLICE(ascii_slice, decode_ascii)
SLICE(latin1_slice, decode_latin1)
SLICE(utf8_slice, decode_utf8)
SLICE(ucs2_slice, decode_ucs2)
SLICE(hex_slice, decode_hex)
#undef SLICE

static js_value buffer_base64_slice(js_env *js, js_call *call) {
  uint8_t *data;
  size_t start, end;
  if (slice_args(js, call, &data, &start, &end)) return NULL;
  return decode_base64(js, data + start, end - start, 0);
}

static js_value buffer_base64url_slice(js_env *js, js_call *call) {
  uint8_t *data;
  size_t start, end;
  if (slice_args(js, call, &data, &start, &end)) return NULL;
  return decode_base64(js, data + start, end - start, 1);
}

/* -- strings in -- */

/* A string's characters, each cut to its low byte as Node's hex and base64 decoders read
 * them, a chunk at a time: no copy for external one-byte strings. */
typedef struct {
  js_env *js;
  js_value s;
  size_t pos, len;
  const uint8_t *external;
  uint8_t chunk[STACK_CHUNK];
} char_reader;

static void reader_init(char_reader *r, js_env *js, js_value s) {
  r->js = js;
  r->s = s;
  r->pos = 0;
  size_t n;
  r->external = (const uint8_t *)js_string_external_latin1_data(s, &n);
  r->len = r->external ? n : js_string_length(s);
}

/* The next up to `want` characters (want even and at most STACK_CHUNK); 0 at the end. */
static size_t reader_next(char_reader *r, const uint8_t **p, size_t want) {
  size_t n = r->len - r->pos;
  if (r->external) {
    *p = r->external + r->pos;
  } else {
    if (n > want) n = want;
    js_string_write_latin1(r->js, r->s, (char *)r->chunk, r->pos, n);
    *p = r->chunk;
  }
  r->pos += n;
  return n;
}

static size_t hex_decode(char_reader *r, uint8_t *dst, size_t cap) {
  size_t k = 0;
  while (k < cap) {
    const uint8_t *p;
    size_t n = reader_next(r, &p, STACK_CHUNK);
    if (n == 0) break;
    size_t i = 0;
#if defined(__x86_64__)
    if (have_avx2) {
      size_t done = hex_decode_avx2(p, n, dst + k, cap - k);
      k += done;
      i = done * 2;
    }
#endif
    for (; i + 1 < n && k < cap; i += 2) {
      int a = hex_value[p[i]], b = hex_value[p[i + 1]];
      if ((a | b) < 0) return k;
      dst[k++] = (uint8_t)(a << 4 | b);
    }
    if (i < n) break;  /* an odd character left: the string ends there */
  }
  return k;
}

/* Node's base64 decoder, as a stream: characters that are not base64 are skipped, '=' ends the
 * input, and the output stops when full. Every complete group of four writes three bytes. */
typedef struct {
  uint8_t *dst;
  size_t k, cap;
  unsigned slot, hi;
  int stopped;
} b64_decoder;

static void base64_decode_run(b64_decoder *d, const uint8_t *src, size_t n) {
  uint8_t *dst = d->dst;
  size_t k = d->k, cap = d->cap, i = 0;
  unsigned slot = d->slot, hi = d->hi;
  while (i < n && k < cap) {
    if (slot == 0) {
#if defined(__x86_64__)
      if (have_avx2 && n - i >= 32) {
        size_t used;
        k += base64_decode_avx2(src + i, n - i, dst + k, cap - k, &used);
        i += used;
      }
#endif
      while (i + 4 <= n && k + 3 <= cap) {
        uint32_t v = b64_quad[0][src[i]] | b64_quad[1][src[i + 1]] | b64_quad[2][src[i + 2]] |
                     b64_quad[3][src[i + 3]];
        if (v >> 24) break;
        dst[k] = (uint8_t)(v >> 16);
        dst[k + 1] = (uint8_t)(v >> 8);
        dst[k + 2] = (uint8_t)v;
        i += 4;
        k += 3;
      }
      if (i >= n || k >= cap) break;
    }
    unsigned c = src[i++];
    unsigned v = b64_value[c];
    if (v >= 64) {
      if (c == '=') {
        d->stopped = 1;
        break;
      }
      continue;
    }
    switch (slot) {
      case 1: dst[k++] = (uint8_t)(hi << 2 | v >> 4); break;
      case 2: dst[k++] = (uint8_t)((hi & 15) << 4 | v >> 2); break;
      case 3: dst[k++] = (uint8_t)((hi & 3) << 6 | v); break;
    }
    hi = v;
    slot = (slot + 1) & 3;
  }
  if (k >= cap) d->stopped = 1;
  d->k = k;
  d->slot = slot;
  d->hi = hi;
}

static size_t base64_decode(char_reader *r, uint8_t *dst, size_t cap) {
  b64_decoder d = { dst, 0, cap, 0, 0, 0 };
  while (!d.stopped) {
    const uint8_t *p;
    size_t n = reader_next(r, &p, STACK_CHUNK);
    if (n == 0) break;
    base64_decode_run(&d, p, n);
  }
  return d.k;
}

/* Writes units of s from `start` to dst, which may be unaligned. */
static size_t write_ucs2(js_env *js, js_value s, uint8_t *dst, size_t units) {
  if (((uintptr_t)dst & 1) == 0)
    return js_string_write_utf16(js, s, (uint16_t *)(void *)dst, 0, units) * 2;
  uint16_t tmp[STACK_CHUNK / 2];
  size_t done = 0;
  while (done < units) {
    size_t want = units - done < STACK_CHUNK / 2 ? units - done : STACK_CHUNK / 2;
    size_t got = js_string_write_utf16(js, s, tmp, done, want);
    memcpy(dst + done * 2, tmp, got * 2);
    done += got;
    if (got < want) break;
  }
  return done * 2;
}

/* UTF-8 of a string, as V8's WriteUtf8 makes it (whole characters only), faster for one-byte
 * strings: their characters are copied out a chunk at a time and widened here. */
static size_t write_utf8(js_env *js, js_value s, uint8_t *dst, size_t cap) {
  if (!js_string_is_one_byte(s)) return js_string_write_utf8(js, s, (char *)dst, cap);
  size_t len = js_string_length(s), pos = 0, k = 0;
  uint8_t chunk[STACK_CHUNK];
  while (pos < len && k < cap) {
    size_t n = len - pos < sizeof chunk ? len - pos : sizeof chunk;
    js_string_write_latin1(js, s, (char *)chunk, pos, n);
    size_t ascii = ascii_prefix(chunk, n), room = cap - k;
    if (ascii >= room) {
      memcpy(dst + k, chunk, room);
      return cap;
    }
    memcpy(dst + k, chunk, ascii);
    k += ascii;
    for (size_t i = ascii; i < n; i++) {
      uint8_t c = chunk[i];
      if (c < 0x80) {
        if (k == cap) return k;
        dst[k++] = c;
      } else {
        if (cap - k < 2) return k;
        dst[k++] = (uint8_t)(0xc0 | c >> 6);
        dst[k++] = (uint8_t)(0x80 | (c & 0x3f));
      }
    }
    pos += n;
  }
  return k;
}

/* Encodes s into dst (at most cap bytes) as Node's StringBytes::Write does; bytes written. */
static size_t encode_into(js_env *js, js_value s, int enc, uint8_t *dst, size_t cap) {
  if (cap == 0) return 0;
  char_reader r;
  switch (enc) {
    case ENC_UTF8:
      return write_utf8(js, s, dst, cap);
    case ENC_UCS2:
      return write_ucs2(js, s, dst, cap / 2);
    case ENC_HEX:
      reader_init(&r, js, s);
      return hex_decode(&r, dst, cap);
    case ENC_BASE64:
    case ENC_BASE64URL:
      reader_init(&r, js, s);
      return base64_decode(&r, dst, cap);
    default:
      return js_string_write_latin1(js, s, (char *)dst, 0, cap);
  }
}

#define WRITE(name, enc)                                                     \
  static js_value buffer_##name(js_env *js, js_call *call) {                 \
    js_value s;                                                              \
    uint8_t *dst;                                                            \
    size_t cap;                                                              \
    if (write_args(js, call, &s, &dst, &cap)) return NULL;                   \
    return js_number(js, (double)encode_into(js, s, enc, dst, cap));         \
  }
WRITE(ascii_write, ENC_ASCII)
WRITE(base64_write, ENC_BASE64)
WRITE(base64url_write, ENC_BASE64URL)
WRITE(hex_write, ENC_HEX)
WRITE(latin1_write, ENC_LATIN1)
WRITE(ucs2_write, ENC_UCS2)
WRITE(utf8_write, ENC_UTF8)
#undef WRITE

static js_value buffer_byte_length_utf8(js_env *js, js_call *call) {
  js_value s = js_arg(call, 0);
  if (!js_is(s, JS_IS_STRING)) return js_int32(js, 0);
  return js_number(js, (double)js_string_utf8_length(js, s));
}

/* An ArrayBuffer over the first n bytes of a block. */
static js_value adopt_bytes(js_env *js, uint8_t *data, size_t n) {
  if (n == 0) {
    block_free(data);
    return js_array_buffer_new(js, 0, NULL);
  }
  data = block_shrink(data, n);
  return js_array_buffer_external(js, data, n, release_bytes, NULL);
}

static js_value throw_buffer_alloc(js_env *js) {
  js_throw_range_error(js, "ERR_MEMORY_ALLOCATION_FAILED", "Array buffer allocation failed");
  return NULL;
}

/* A one-byte string as UTF-8: latin1 characters at or above 0x80 take two bytes. */
static js_value utf8_from_one_byte(js_env *js, js_value s, size_t len) {
  uint8_t *raw = block_alloc(len);
  if (!raw) return throw_buffer_alloc(js);
  js_string_write_latin1(js, s, (char *)raw, 0, len);
  size_t ascii = ascii_prefix(raw, len);
  if (ascii == len) return adopt_bytes(js, raw, len);
  size_t n = len + count_high(raw + ascii, len - ascii), k = ascii;
  uint8_t *out = block_alloc(n);
  if (!out) {
    block_free(raw);
    return throw_buffer_alloc(js);
  }
  memcpy(out, raw, ascii);
  for (size_t i = ascii; i < len; i++) {
    uint8_t c = raw[i];
    if (c < 0x80) {
      out[k++] = c;
    } else {
      out[k++] = (uint8_t)(0xc0 | c >> 6);
      out[k++] = (uint8_t)(0x80 | (c & 0x3f));
    }
  }
  block_free(raw);
  return adopt_bytes(js, out, n);
}

/* createFromString(string, encoding): an ArrayBuffer holding the string's bytes, for strings
 * too long for the pool. */
static js_value buffer_create_from_string(js_env *js, js_call *call) {
  js_value s = js_arg(call, 0);
  if (!js_is(s, JS_IS_STRING) || !js_is(js_arg(call, 1), JS_IS_INT32)) return NULL;
  int enc = js_int32_value(js_arg(call, 1));
  size_t len = js_string_length(s), cap;
  if (enc == ENC_UTF8 && js_string_is_one_byte(s)) return utf8_from_one_byte(js, s, len);
  switch (enc) {
    case ENC_UTF8: cap = len * 3; break;
    case ENC_UCS2: cap = len * 2; break;
    case ENC_HEX: cap = len / 2; break;
    case ENC_BASE64:
    case ENC_BASE64URL: cap = len / 4 * 3 + 3; break;
    default: cap = len; break;
  }
  uint8_t *data = block_alloc(cap);
  if (!data) return throw_buffer_alloc(js);
  return adopt_bytes(js, data, encode_into(js, s, enc, data, cap));
}

/* -- comparing, copying, filling -- */

static int normalize_compare(int r, size_t a_len, size_t b_len) {
  if (r == 0) return a_len > b_len ? 1 : a_len < b_len ? -1 : 0;
  return r > 0 ? 1 : -1;
}

static js_value buffer_compare(js_env *js, js_call *call) {
  uint8_t *a, *b;
  size_t a_len, b_len;
  if (view_bytes(js_arg(call, 0), &a, &a_len) || view_bytes(js_arg(call, 1), &b, &b_len)) {
    throw_not_buffer(js);
    return NULL;
  }
  size_t n = a_len < b_len ? a_len : b_len;
  return js_int32(js, normalize_compare(n ? memcmp(a, b, n) : 0, a_len, b_len));
}

static int int_arg(js_call *call, int i, size_t max, size_t *out) {
  js_value v = js_arg(call, i);
  if (!js_is(v, JS_IS_NUMBER)) return -1;
  int64_t n = number_to_int64(js_number_value(v));
  if (n < 0 || (uint64_t)n > max) return -1;
  *out = (size_t)n;
  return 0;
}

/* compareOffset(source, target, targetStart, sourceStart, targetEnd, sourceEnd), the ranges
 * checked by lib/buffer.js. */
static js_value buffer_compare_offset(js_env *js, js_call *call) {
  uint8_t *src, *dst;
  size_t src_len, dst_len, ts, ss, te, se;
  if (view_bytes(js_arg(call, 0), &src, &src_len) || view_bytes(js_arg(call, 1), &dst, &dst_len)) {
    throw_not_buffer(js);
    return NULL;
  }
  if (int_arg(call, 2, dst_len, &ts) || int_arg(call, 3, src_len, &ss) ||
      int_arg(call, 4, dst_len, &te) || int_arg(call, 5, src_len, &se) || ts > te || ss > se) {
    throw_index_range(js);
    return NULL;
  }
  size_t n = se - ss < te - ts ? se - ss : te - ts;
  return js_int32(js, normalize_compare(n ? memcmp(src + ss, dst + ts, n) : 0, se - ss, te - ts));
}

/* copy(source, target, targetStart, sourceStart, count): bytes copied (clipped to both). */
static js_value buffer_copy(js_env *js, js_call *call) {
  uint8_t *src, *dst;
  size_t src_len, dst_len, ts, ss, n;
  if (view_bytes(js_arg(call, 0), &src, &src_len) || view_bytes(js_arg(call, 1), &dst, &dst_len)) {
    throw_not_buffer(js);
    return NULL;
  }
  if (int_arg(call, 2, dst_len, &ts) || int_arg(call, 3, src_len, &ss) ||
      int_arg(call, 4, SIZE_MAX >> 1, &n)) {
    throw_index_range(js);
    return NULL;
  }
  if (n > src_len - ss) n = src_len - ss;
  if (n > dst_len - ts) n = dst_len - ts;
  if (n) memmove(dst + ts, src + ss, n);
  return js_number(js, (double)n);
}

/* Repeats the first `have` bytes of p over p[0..n). */
static void repeat_pattern(uint8_t *p, size_t have, size_t n) {
  while (have < n) {
    size_t chunk = have < n - have ? have : n - have;
    memcpy(p + have, p, chunk);
    have += chunk;
  }
}

/* A string's bytes in an encoding, into a heap or stack buffer: the value of fill() and the
 * needle of indexOf(). wtf8 keeps lone surrogates as three-byte sequences instead of U+FFFD. */
typedef struct {
  uint8_t *p;
  size_t n;
  uint8_t stack[256];
} str_bytes;

static void str_bytes_free(str_bytes *b) {
  if (b->p != b->stack) free(b->p);
}

static int wtf8_bytes(js_env *js, js_value s, str_bytes *b) {
  size_t units = js_string_length(s);
  uint8_t *out = units * 3 <= sizeof b->stack ? b->stack : malloc(units * 3 + 1);
  if (!out) return -1;
  if (js_string_is_one_byte(s)) {
    /* No surrogates: UTF-8 as for a write. */
    b->p = out;
    b->n = write_utf8(js, s, out, units * 3);
    return 0;
  }
  uint16_t stack[128];
  uint16_t *u = units <= 128 ? stack : malloc(units * 2);
  if (!u) {
    if (out != b->stack) free(out);
    return -1;
  }
  js_string_write_utf16(js, s, u, 0, units);
  size_t k = 0;
  for (size_t i = 0; i < units; i++) {
    uint32_t c = u[i];
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < units && u[i + 1] >= 0xdc00 && u[i + 1] <= 0xdfff) {
      c = 0x10000 + ((c - 0xd800) << 10) + (u[++i] - 0xdc00);
      out[k++] = (uint8_t)(0xf0 | c >> 18);
      out[k++] = (uint8_t)(0x80 | (c >> 12 & 0x3f));
      out[k++] = (uint8_t)(0x80 | (c >> 6 & 0x3f));
      out[k++] = (uint8_t)(0x80 | (c & 0x3f));
    } else if (c < 0x80) {
      out[k++] = (uint8_t)c;
    } else if (c < 0x800) {
      out[k++] = (uint8_t)(0xc0 | c >> 6);
      out[k++] = (uint8_t)(0x80 | (c & 0x3f));
    } else {
      out[k++] = (uint8_t)(0xe0 | c >> 12);
      out[k++] = (uint8_t)(0x80 | (c >> 6 & 0x3f));
      out[k++] = (uint8_t)(0x80 | (c & 0x3f));
    }
  }
  if (u != stack) free(u);
  b->p = out;
  b->n = k;
  return 0;
}

static int string_bytes(js_env *js, js_value s, int enc, int wtf8, str_bytes *b) {
  if (enc == ENC_UTF8 && wtf8) return wtf8_bytes(js, s, b);
  size_t len = js_string_length(s), cap;
  switch (enc) {
    case ENC_UTF8: cap = js_string_utf8_length(js, s); break;
    case ENC_UCS2: cap = len * 2; break;
    case ENC_HEX: cap = len / 2; break;
    case ENC_BASE64:
    case ENC_BASE64URL: cap = len / 4 * 3 + 3; break;
    default: cap = len; break;
  }
  b->p = cap <= sizeof b->stack ? b->stack : malloc(cap);
  if (!b->p) return -1;
  b->n = encode_into(js, s, enc, b->p, cap);
  return 0;
}

/* fill(buffer, value, start, end, encoding) for a string or ArrayBufferView value: -1 when the
 * value has no bytes, -2 when the range is outside the buffer. */
static js_value buffer_fill(js_env *js, js_call *call) {
  uint8_t *data, *src;
  size_t len, start, end, src_len;
  if (view_bytes(js_arg(call, 0), &data, &len)) {
    throw_not_buffer(js);
    return NULL;
  }
  if (int_arg(call, 2, SIZE_MAX >> 1, &start) || int_arg(call, 3, SIZE_MAX >> 1, &end) ||
      start > end || end > len)
    return js_int32(js, -2);
  size_t n = end - start;
  if (n == 0) return NULL;
  js_value value = js_arg(call, 1);
  if (js_is(value, JS_IS_STRING)) {
    js_value e = js_arg(call, 4);
    int enc = js_is(e, JS_IS_INT32) ? js_int32_value(e) : ENC_UTF8;
    size_t have;
    if (enc == ENC_UTF8 || enc == ENC_UCS2) {
      str_bytes b;
      if (string_bytes(js, value, enc, 0, &b)) return throw_buffer_alloc(js);
      have = b.n < n ? b.n : n;
      memcpy(data + start, b.p, have);
      str_bytes_free(&b);
    } else {
      have = encode_into(js, value, enc, data + start, n);
    }
    if (have == 0) return js_int32(js, -1);
    repeat_pattern(data + start, have, n);
    return NULL;
  }
  if (view_bytes(value, &src, &src_len)) {
    throw_not_buffer(js);
    return NULL;
  }
  if (src_len == 0) return js_int32(js, -1);
  memmove(data + start, src, src_len < n ? src_len : n);
  repeat_pattern(data + start, src_len < n ? src_len : n, n);
  return NULL;
}

/* -- searching -- */

/* Node's IndexOfOffset: where a search starts, or -1 when it cannot match. */
static int64_t search_start(size_t length, int64_t offset, size_t needle_len, int forward) {
  int64_t len = (int64_t)length;
  if (offset < 0) {
    if (offset + len >= 0) return len + offset;
    if (forward || needle_len == 0) return 0;
    return -1;
  }
  if (offset + (int64_t)needle_len <= len) return offset;
  if (needle_len == 0) return len;
  return forward ? -1 : len - 1;
}

/* The first match at or after `from`, or the last at or before it; -1 when none. */
/* The first match at or after `from`, or the last at or before it; -1 when none. Short
 * needles are found by memchr() of their first byte (vectorized by libc) and a check of the
 * rest; long ones by memmem(), which stays linear. */
static int64_t search_bytes(const uint8_t *hay, size_t hay_len, const uint8_t *needle,
                            size_t needle_len, size_t from, int forward) {
  if (hay_len < needle_len) return -1;
  size_t last = hay_len - needle_len;
  uint8_t first = needle[0], final = needle[needle_len - 1];
  if (forward) {
    if (from > last) return -1;
    if (needle_len > 32) {
      const uint8_t *p = memmem(hay + from, hay_len - from, needle, needle_len);
      return p ? p - hay : -1;
    }
    const uint8_t *p = hay + from, *end = hay + last + 1;
    while (p < end && (p = memchr(p, first, (size_t)(end - p)))) {
      if (p[needle_len - 1] == final && memcmp(p, needle, needle_len) == 0) return p - hay;
      p++;
    }
    return -1;
  }
  size_t pos = from < last ? from : last;
  for (;;) {
    const uint8_t *p = memrchr(hay, first, pos + 1);
    if (!p) return -1;
    if (p[needle_len - 1] == final && memcmp(p, needle, needle_len) == 0) return p - hay;
    if (p == hay) return -1;
    pos = (size_t)(p - hay) - 1;
  }
}

/* The same over UTF-16 units (hay_units and the result count units): candidates are found by
 * memchr() of one byte of the first unit (its low byte unless that is 0), at its parity. */
static int64_t search_units(const uint8_t *hay, size_t hay_units, const uint8_t *needle,
                            size_t needle_units, size_t from, int forward) {
  if (hay_units < needle_units) return -1;
  size_t last = hay_units - needle_units, bytes = needle_units * 2;
  size_t side = needle[0] ? 0 : 1;
  uint8_t key = needle[side];
  if (forward) {
    if (from > last) return -1;
    const uint8_t *p = hay + from * 2 + side, *end = hay + last * 2 + side + 1;
    while (p < end && (p = memchr(p, key, (size_t)(end - p)))) {
      size_t at = (size_t)(p - hay) - side;
      if (at % 2 == 0 && memcmp(hay + at, needle, bytes) == 0) return (int64_t)(at / 2);
      p++;
    }
    return -1;
  }
  size_t pos = (from < last ? from : last) * 2 + side;
  for (;;) {
    const uint8_t *p = memrchr(hay, key, pos + 1);
    if (!p) return -1;
    size_t at = (size_t)(p - hay);
    if (at >= side && (at - side) % 2 == 0 && memcmp(hay + at - side, needle, bytes) == 0)
      return (int64_t)((at - side) / 2);
    if (at == 0) return -1;
    pos = at - 1;
  }
}

/* The search shared by indexOfString and indexOfBuffer, on the needle's bytes. */
static double index_of(const uint8_t *hay, size_t hay_len, const uint8_t *needle,
                       size_t needle_len, int64_t offset, int enc, int forward) {
  int64_t start = search_start(hay_len, offset, needle_len, forward);
  if (needle_len == 0) return (double)start;
  if (hay_len == 0 || start < 0) return -1;
  if ((forward && needle_len + (size_t)start > hay_len) || needle_len > hay_len) return -1;
  if (enc == ENC_UCS2) {
    if (hay_len < 2 || needle_len < 2) return -1;
    int64_t r = search_units(hay, hay_len / 2, needle, needle_len / 2, (size_t)start / 2, forward);
    return r < 0 ? -1 : (double)(r * 2);
  }
  return (double)search_bytes(hay, hay_len, needle, needle_len, (size_t)start, forward);
}

static int search_args(js_env *js, js_call *call, uint8_t **hay, size_t *hay_len,
                       int64_t *offset, int *enc, int *forward) {
  if (view_bytes(js_arg(call, 0), hay, hay_len)) return throw_not_buffer(js);
  js_value o = js_arg(call, 2), e = js_arg(call, 3);
  *offset = js_is(o, JS_IS_NUMBER) ? number_to_int64(js_number_value(o)) : 0;
  *enc = js_is(e, JS_IS_INT32) ? js_int32_value(e) : ENC_UTF8;
  *forward = js_to_bool(js_arg(call, 4));
  return 0;
}

/* indexOfString(buffer, needle, byteOffset, encoding, forward) for utf8, ucs2 and latin1. */
static js_value buffer_index_of_string(js_env *js, js_call *call) {
  uint8_t *hay;
  size_t hay_len;
  int64_t offset;
  int enc, forward;
  if (search_args(js, call, &hay, &hay_len, &offset, &enc, &forward)) return NULL;
  js_value needle = js_arg(call, 1);
  if (!js_is(needle, JS_IS_STRING)) return js_int32(js, -1);
  if (enc != ENC_UCS2 && enc != ENC_LATIN1) enc = ENC_UTF8;
  /* Node searches a string only in the whole UTF-16 units of the buffer. */
  if (enc == ENC_UCS2) hay_len &= ~(size_t)1;
  str_bytes b;
  if (string_bytes(js, needle, enc, 1, &b)) return throw_buffer_alloc(js);
  double r = index_of(hay, hay_len, b.p, b.n, offset, enc, forward);
  str_bytes_free(&b);
  return js_number(js, r);
}

/* indexOfBuffer(buffer, needle, byteOffset, encoding, forward). */
static js_value buffer_index_of_buffer(js_env *js, js_call *call) {
  uint8_t *hay, *needle;
  size_t hay_len, needle_len;
  int64_t offset;
  int enc, forward;
  if (search_args(js, call, &hay, &hay_len, &offset, &enc, &forward)) return NULL;
  if (view_bytes(js_arg(call, 1), &needle, &needle_len)) {
    throw_not_buffer(js);
    return NULL;
  }
  double r = index_of(hay, hay_len, needle, needle_len, offset, enc, forward);
  /* Node compares a UCS-2 miss, scaled back to bytes, with the haystack's length: an odd
   * haystack then reports its last even offset. */
  if (r < 0 && enc == ENC_UCS2 && hay_len >= 2 && needle_len >= 2 && (hay_len & 1)) {
    int64_t start = search_start(hay_len, offset, needle_len, forward);
    if (start >= 0 && !(forward && needle_len + (size_t)start > hay_len) && needle_len <= hay_len)
      r = (double)(hay_len - 1);
  }
  return js_number(js, r);
}

/* indexOfNumber(buffer, byte, byteOffset, forward). */
static js_value buffer_index_of_number(js_env *js, js_call *call) {
  uint8_t *hay;
  size_t hay_len;
  if (view_bytes(js_arg(call, 0), &hay, &hay_len)) {
    throw_not_buffer(js);
    return NULL;
  }
  js_value nv = js_arg(call, 1), o = js_arg(call, 2);
  int byte = js_is(nv, JS_IS_NUMBER) ? (int)(js_uint32_value(nv) & 0xff) : 0;
  int64_t offset = js_is(o, JS_IS_NUMBER) ? number_to_int64(js_number_value(o)) : 0;
  int forward = js_to_bool(js_arg(call, 3));
  int64_t start = search_start(hay_len, offset, 1, forward);
  if (start < 0 || hay_len == 0) return js_int32(js, -1);
  const uint8_t *p = forward ? memchr(hay + start, byte, hay_len - (size_t)start)
                             : memrchr(hay, byte, (size_t)start + 1);
  return js_number(js, p ? (double)(p - hay) : -1);
}

/* -- in place -- */

static js_value swap_n(js_env *js, js_call *call, size_t width) {
  uint8_t *p;
  size_t len;
  if (view_bytes(js_arg(call, 0), &p, &len)) {
    throw_not_buffer(js);
    return NULL;
  }
  len -= len % width;
  for (size_t i = 0; i < len; i += width) {
    if (width == 2) {
      uint16_t v;
      memcpy(&v, p + i, 2);
      v = __builtin_bswap16(v);
      memcpy(p + i, &v, 2);
    } else if (width == 4) {
      uint32_t v;
      memcpy(&v, p + i, 4);
      v = __builtin_bswap32(v);
      memcpy(p + i, &v, 4);
    } else {
      uint64_t v;
      memcpy(&v, p + i, 8);
      v = __builtin_bswap64(v);
      memcpy(p + i, &v, 8);
    }
  }
  return js_arg(call, 0);
}

static js_value buffer_swap16(js_env *js, js_call *call) { return swap_n(js, call, 2); }
static js_value buffer_swap32(js_env *js, js_call *call) { return swap_n(js, call, 4); }
static js_value buffer_swap64(js_env *js, js_call *call) { return swap_n(js, call, 8); }

/* isUtf8(view or ArrayBuffer) and isAscii(): lib/buffer.js has checked the type. */
static js_value check_bytes(js_env *js, js_call *call, int utf8) {
  uint8_t *p;
  size_t len;
  if (js_bytes(js_arg(call, 0), &p, &len)) {
    throw_not_buffer(js);
    return NULL;
  }
  if (!p) len = 0;
  return js_boolean(js, utf8 ? utf8_valid(p, len) : ascii_prefix(p, len) == len);
}

static js_value buffer_is_utf8(js_env *js, js_call *call) { return check_bytes(js, call, 1); }
static js_value buffer_is_ascii(js_env *js, js_call *call) { return check_bytes(js, call, 0); }

/* createUnsafeArrayBuffer(size): an ArrayBuffer whose bytes are not cleared. */
static js_value buffer_create_unsafe_array_buffer(js_env *js, js_call *call) {
  size_t n;
  if (int_arg(call, 0, js_typed_array_max_length(), &n)) {
    throw_index_range(js);
    return NULL;
  }
  js_value ab = js_array_buffer_new_uninit(js, n, NULL);
  return ab ? ab : throw_buffer_alloc(js);
}

static const js_method buffer_methods[] = {
  {"asciiSlice", buffer_ascii_slice, 0},
  {"asciiWrite", buffer_ascii_write, 0},
  {"base64Slice", buffer_base64_slice, 0},
  {"base64Write", buffer_base64_write, 0},
  {"base64urlSlice", buffer_base64url_slice, 0},
  {"base64urlWrite", buffer_base64url_write, 0},
  {"byteLengthUtf8", buffer_byte_length_utf8, 1},
  {"compare", buffer_compare, 2},
  {"compareOffset", buffer_compare_offset, 6},
  {"copy", buffer_copy, 5},
  {"createFromString", buffer_create_from_string, 2},
  {"createUnsafeArrayBuffer", buffer_create_unsafe_array_buffer, 1},
  {"fill", buffer_fill, 5},
  {"hexSlice", buffer_hex_slice, 0},
  {"hexWrite", buffer_hex_write, 0},
  {"indexOfBuffer", buffer_index_of_buffer, 5},
  {"indexOfNumber", buffer_index_of_number, 4},
  {"indexOfString", buffer_index_of_string, 5},
  {"isAscii", buffer_is_ascii, 1},
  {"isUtf8", buffer_is_utf8, 1},
  {"latin1Slice", buffer_latin1_slice, 0},
  {"latin1Write", buffer_latin1_write, 0},
  {"swap16", buffer_swap16, 1},
  {"swap32", buffer_swap32, 1},
  {"swap64", buffer_swap64, 1},
  {"ucs2Slice", buffer_ucs2_slice, 0},
  {"ucs2Write", buffer_ucs2_write, 0},
  {"utf8Slice", buffer_utf8_slice, 0},
  {"utf8Write", buffer_utf8_write, 0},
};

js_value binding_init_buffer(node_env *env) {
  js_env *js = env->js;
  static int initialized;
  if (!initialized) {
    initialized = 1;
    uv_mutex_init(&block_lock);
    init_tables();
  }
  js_value b = js_object_new(js);
  js_set_methods(js, b, buffer_methods, ARRAY_SIZE(buffer_methods));
  js_set_named(js, b, "kMaxLength", js_number(js, (double)js_typed_array_max_length()));
  js_set_named(js, b, "kStringMaxLength", js_number(js, (double)js_string_max_length()));
  return b;
}
