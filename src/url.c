/* url.c -- internalBinding('url'): the URL Standard's basic URL parser, serializer and setters
 * (state overrides) over UTF-8, one call per URL, for lib/internal/url.js; domain to ASCII is
 * UTS #46 through ICU. Where Node 20 (ada 2.9) departs from the standard, we follow Node. */
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/uidna.h>

#include "internal.h"

/* -- growable byte strings -- */

typedef struct {
  char *p;
  size_t len, cap;
  int heap;                      /* p is malloc'd (else small or a caller's buffer) */
  char small[64];
} sbuf;

static void sb_init(sbuf *b) {
  b->p = b->small;
  b->len = 0;
  b->cap = sizeof b->small;
  b->heap = 0;
}

/* Starts in buf (the caller's, cap bytes), moving to the heap when it outgrows it. */
static void sb_init_in(sbuf *b, char *buf, size_t cap) {
  b->p = buf;
  b->len = 0;
  b->cap = cap;
  b->heap = 0;
}

static void sb_free(sbuf *b) {
  if (b->heap) free(b->p);
  sb_init(b);
}

static void sb_grow(sbuf *b, size_t extra) {
  size_t cap = b->cap * 2;
  while (cap < b->len + extra) cap *= 2;
  char *p = b->heap ? realloc(b->p, cap) : malloc(cap);
  if (!p) abort();
  if (!b->heap) memcpy(p, b->p, b->len);
  b->p = p;
  b->cap = cap;
  b->heap = 1;
}

static inline void sb_reserve(sbuf *b, size_t extra) {
  if (b->len + extra > b->cap) sb_grow(b, extra);
}

static void sb_put(sbuf *b, const char *s, size_t n) {
  sb_reserve(b, n);
  memcpy(b->p + b->len, s, n);
  b->len += n;
}

static void sb_putc(sbuf *b, char c) {
  sb_reserve(b, 1);
  b->p[b->len++] = c;
}

static void sb_set(sbuf *b, const char *s, size_t n) {
  b->len = 0;
  sb_put(b, s, n);
}

static void sb_put_uint(sbuf *b, uint32_t v) {
  char tmp[10];
  int n = 0;
  do {
    tmp[n++] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  sb_reserve(b, (size_t)n);
  while (n) b->p[b->len++] = tmp[--n];
}

/* -- character classes and percent-encode sets -- */

/* Scheme types, numbered as ada numbers them (lib/internal/url.js reads them). */
enum {
  SCHEME_HTTP = 0, SCHEME_NOT_SPECIAL = 1, SCHEME_HTTPS = 2, SCHEME_WS = 3, SCHEME_FTP = 4,
  SCHEME_WSS = 5, SCHEME_FILE = 6
};

/* Percent-encode sets, as bits in one table of the ASCII range (anything above U+007E is in
 * every set). */
enum {
  C0_SET = 1, FRAGMENT_SET = 2, QUERY_SET = 4, SPECIAL_QUERY_SET = 8, PATH_SET = 16,
  USERINFO_SET = 32, COMPONENT_SET = 64, FORM_SET = 128
};

static uint8_t encode_sets[128];
/* Characters that end an authority: 1 in any URL, 2 in a special URL only; 4: '@'. */
static uint8_t authority_chars[256];
/* ASCII lowercased; 0 for bytes the fast domain path leaves to the slow one ('%', non-ASCII)
 * and 1 for those a domain may not have. */
static uint8_t domain_chars[256];
/* 1: a forbidden host code point; 2: (also) a forbidden domain code point. */
static uint8_t forbidden[128];

static void add_to_set(uint8_t mask, const char *chars) {
  for (; *chars; chars++) encode_sets[(uint8_t)*chars] |= mask;
}

static void init_tables(void) {
  for (int c = 0; c < 0x20; c++) encode_sets[c] = 0xff;
  encode_sets[0x7f] = 0xff;
  add_to_set(FRAGMENT_SET, " \"<>`");
  add_to_set(QUERY_SET | SPECIAL_QUERY_SET | PATH_SET | USERINFO_SET | COMPONENT_SET | FORM_SET,
             " \"#<>");
  add_to_set(SPECIAL_QUERY_SET, "'");
  add_to_set(PATH_SET | USERINFO_SET | COMPONENT_SET | FORM_SET, "?`{}");
  add_to_set(USERINFO_SET | COMPONENT_SET | FORM_SET, "/:;=@[\\]^|");
  add_to_set(COMPONENT_SET | FORM_SET, "$%&+,");
  add_to_set(FORM_SET, "!'()~");
  static const char host[] = "\t\n\r #/:<>?@[\\]^|";
  forbidden[0] = 3;
  for (const char *c = host; *c; c++) forbidden[(uint8_t)*c] = 3;
  for (int c = 1; c < 0x20; c++) forbidden[c] |= 2;
  forbidden['%'] = 2;
  forbidden[0x7f] = 2;
  authority_chars['/'] = authority_chars['?'] = authority_chars['#'] = 1;
  authority_chars['\\'] = 2;
  authority_chars['@'] = 4;
  for (int c = 0; c < 0x80; c++)
    domain_chars[c] = (uint8_t)(forbidden[c] & 2 ? 1 : c >= 'A' && c <= 'Z' ? c + 0x20 : c);
  domain_chars['%'] = 0;
}

static const char hex_upper[] = "0123456789ABCDEF";

static int is_alpha(int c) {
  c |= 0x20;
  return c >= 'a' && c <= 'z';
}

static int is_digit(int c) { return c >= '0' && c <= '9'; }

static int hex_value(int c) {
  if (is_digit(c)) return c - '0';
  c |= 0x20;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

static int is_scheme_char(int c) {
  return is_alpha(c) || is_digit(c) || c == '+' || c == '-' || c == '.';
}

/* Appends s[0, n) percent-encoded with the set `mask` (s is UTF-8: bytes above 0x7F are
 * always encoded). */
static void encode_into(sbuf *out, const char *s, size_t n, int mask) {
  size_t i = 0;
  for (;;) {
    size_t start = i;
    while (i < n && (uint8_t)s[i] <= 0x7e && !(encode_sets[(uint8_t)s[i]] & mask)) i++;
    sb_put(out, s + start, i - start);
    if (i == n) return;
    uint8_t c = (uint8_t)s[i++];
    char escape[3] = {'%', hex_upper[c >> 4], hex_upper[c & 15]};
    sb_put(out, escape, 3);
  }
}

static void encode_set(sbuf *out, const char *s, size_t n, int mask) {
  out->len = 0;
  encode_into(out, s, n, mask);
}

/* Whether a byte of s[0, n) is below `below` (at most 0x80), eight at a time. */
static int has_byte_below(const char *s, size_t n, uint8_t below) {
  const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    if ((w - ones * below) & ~w & highs) return 1;
  }
  for (; i < n; i++)
    if ((uint8_t)s[i] < below) return 1;
  return 0;
}

static int has_high_byte(const char *s, size_t n) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    if (w & 0x8080808080808080ull) return 1;
  }
  for (; i < n; i++)
    if ((uint8_t)s[i] >= 0x80) return 1;
  return 0;
}

/* Tabs and newlines removed: s itself when it has none, else a copy in tmp. */
static const char *without_tabs(const char *s, size_t *n, sbuf *tmp) {
  if (!has_byte_below(s, *n, '\r' + 1)) return s;
  size_t i = 0;
  for (; i < *n; i++)
    if (s[i] == '\t' || s[i] == '\n' || s[i] == '\r') break;
  if (i == *n) return s;
  tmp->len = 0;
  for (size_t j = 0; j < *n; j++)
    if (s[j] != '\t' && s[j] != '\n' && s[j] != '\r') sb_putc(tmp, s[j]);
  *n = tmp->len;
  return tmp->p;
}

/* -- IDNA (UTS #46 through ICU) -- */

/* The URL Standard's domain to ASCII is UTS #46 nontransitional, with UseSTD3ASCIIRules,
 * CheckHyphens and VerifyDnsLength off (ICU reports what those would find anyway: those
 * errors are dropped). ICU maps, normalizes, decodes and checks the code points; the bidi and
 * joiner checks are Node 20's (ada's) reading of them, made here label by label, and ada takes
 * an 'xn--' label that decodes to ASCII ('xn--abc-') where ICU refuses it. */
static UIDNA *uts46;

static const uint32_t IDNA_IGNORED_ERRORS =
    UIDNA_ERROR_EMPTY_LABEL | UIDNA_ERROR_LABEL_TOO_LONG | UIDNA_ERROR_DOMAIN_NAME_TOO_LONG |
    UIDNA_ERROR_LEADING_HYPHEN | UIDNA_ERROR_TRAILING_HYPHEN | UIDNA_ERROR_HYPHEN_3_4 |
    UIDNA_ERROR_LEADING_COMBINING_MARK;   /* checked here, as ada does (label_ok) */

static UIDNA *idna(void) {
  if (!uts46) {
    UErrorCode err = U_ZERO_ERROR;
    uts46 = uidna_openUTS46(UIDNA_NONTRANSITIONAL_TO_ASCII | UIDNA_NONTRANSITIONAL_TO_UNICODE,
                            &err);
    if (U_FAILURE(err)) abort();
  }
  return uts46;
}

typedef int32_t (*idna_fn)(const UIDNA *, const char *, int32_t, char *, int32_t, UIDNAInfo *,
                           UErrorCode *);

/* Runs an ICU UTF-8 IDNA function into out: its errors (those that count), or -1 when ICU
 * itself failed. */
static int64_t idna_run(idna_fn fn, const char *s, size_t n, sbuf *out) {
  if (n > INT32_MAX / 4) return -1;
  for (;;) {
    UIDNAInfo info = UIDNA_INFO_INITIALIZER;
    UErrorCode err = U_ZERO_ERROR;
    int32_t len = fn(idna(), s, (int32_t)n, out->p, (int32_t)out->cap, &info, &err);
    if (err == U_BUFFER_OVERFLOW_ERROR) {
      out->len = 0;
      sb_reserve(out, (size_t)len + 1);
      continue;
    }
    if (U_FAILURE(err)) return -1;
    out->len = (size_t)len;
    return info.errors & ~IDNA_IGNORED_ERRORS;
  }
}

static int starts_with_ace(const char *s, size_t n) {
  return n >= 4 && (s[0] | 0x20) == 'x' && (s[1] | 0x20) == 'n' && s[2] == '-' && s[3] == '-';
}

static int is_ascii(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if ((uint8_t)s[i] >= 0x80) return 0;
  return 1;
}

static int has_upper(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] >= 'A' && s[i] <= 'Z') return 1;
  return 0;
}

/* An 'xn--' label whose Punycode has no encoded part ('xn--abc-' is 'abc'): ada decodes it
 * to its ASCII, which is always valid when it is lowercase. */
static int is_ascii_ace(const char *s, size_t n) {
  return n > 5 && starts_with_ace(s, n) && s[n - 1] == '-' && is_ascii(s, n) &&
         !has_upper(s + 4, n - 4);
}

/* Code points of valid UTF-8 (what ICU wrote). */
static size_t utf8_decode(const char *s, size_t n, uint32_t *cps) {
  size_t count = 0;
  for (size_t i = 0; i < n;) {
    uint8_t c = (uint8_t)s[i];
    uint32_t cp;
    int more;
    if (c < 0x80) { cp = c; more = 0; }
    else if (c < 0xe0) { cp = c & 0x1f; more = 1; }
    else if (c < 0xf0) { cp = c & 0x0f; more = 2; }
    else { cp = c & 0x07; more = 3; }
    i++;
    for (; more > 0 && i < n; more--, i++) cp = (cp << 6) | ((uint8_t)s[i] & 0x3f);
    cps[count++] = cp;
  }
  return count;
}

/* Code points Unicode 14 and 15 added that Node 20's IDNA (ada) maps with Unicode 15 data but
 * checks with older properties: to its bidi, joiner and mark checks they are left-to-right
 * letters that join nothing. */
static const uint32_t ada_unknown[][2] = {
    {0x61D, 0x61D}, {0x870, 0x88E}, {0x898, 0x89F}, {0x8B5, 0x8B5}, {0x8C8, 0x8D2},
    {0xC3C, 0xC3C}, {0xCF3, 0xCF3}, {0xECE, 0xECE}, {0x1715, 0x1715}, {0x1734, 0x1734},
    {0x1AC1, 0x1ACE}, {0x1DFA, 0x1DFA}, {0xFBC2, 0xFBC2}, {0x10EFD, 0x10EFF},
    {0x10F70, 0x10F89}, {0x11070, 0x11070}, {0x11073, 0x11074}, {0x110C2, 0x110C2},
    {0x11241, 0x11241}, {0x11F00, 0x11F01}, {0x11F03, 0x11F03}, {0x11F34, 0x11F3A},
    {0x11F3E, 0x11F42}, {0x13440, 0x13440}, {0x13447, 0x13455}, {0x1CF00, 0x1CF2D},
    {0x1CF30, 0x1CF46}, {0x1E08F, 0x1E08F}, {0x1E2AE, 0x1E2AE}, {0x1E4EC, 0x1E4EF},
};

static int ada_unknown_cp(uint32_t cp) {
  size_t lo = 0, hi = ARRAY_SIZE(ada_unknown);
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (cp < ada_unknown[mid][0]) hi = mid;
    else if (cp > ada_unknown[mid][1]) lo = mid + 1;
    else return 1;
  }
  return 0;
}

static int is_mark(uint32_t cp) {
  return !ada_unknown_cp(cp) && (U_GET_GC_MASK((UChar32)cp) & U_GC_M_MASK) != 0;
}

static int is_virama(uint32_t cp) {
  return !ada_unknown_cp(cp) && u_getCombiningClass((UChar32)cp) == 9;
}

/* Joining_Type: L or D (left), R or D (right). */
static int joins(uint32_t cp, int left) {
  if (ada_unknown_cp(cp)) return 0;
  int t = u_getIntPropertyValue((UChar32)cp, UCHAR_JOINING_TYPE);
  return t == U_JT_DUAL_JOINING || t == (left ? U_JT_LEFT_JOINING : U_JT_RIGHT_JOINING);
}

/* Bidi classes as ada's check groups them. */
enum { BIDI_L, BIDI_R, BIDI_AL, BIDI_AN, BIDI_EN, BIDI_ES, BIDI_CS, BIDI_ET, BIDI_ON, BIDI_BN,
       BIDI_NSM, BIDI_OTHER };

static int bidi_class(uint32_t cp) {
  if (ada_unknown_cp(cp)) return BIDI_L;
  switch (u_charDirection((UChar32)cp)) {
    case U_LEFT_TO_RIGHT: return BIDI_L;
    case U_RIGHT_TO_LEFT: return BIDI_R;
    case U_RIGHT_TO_LEFT_ARABIC: return BIDI_AL;
    case U_ARABIC_NUMBER: return BIDI_AN;
    case U_EUROPEAN_NUMBER: return BIDI_EN;
    case U_EUROPEAN_NUMBER_SEPARATOR: return BIDI_ES;
    case U_COMMON_NUMBER_SEPARATOR: return BIDI_CS;
    case U_EUROPEAN_NUMBER_TERMINATOR: return BIDI_ET;
    case U_OTHER_NEUTRAL: return BIDI_ON;
    case U_BOUNDARY_NEUTRAL: return BIDI_BN;
    case U_DIR_NON_SPACING_MARK: return BIDI_NSM;
    default: return BIDI_OTHER;
  }
}

/* RFC 5893's bidi rule, per label, with ada's reading of it: a label that starts with an L
 * character is left-to-right, and what comes before its last character other than an NSM
 * must not be R, AL or AN; any other label with an R, AL or AN character is right-to-left:
 * only R, AL, AN, EN, ES, CS, ET, ON, BN and NSM, ending (before any NSM) in R, AL, EN or AN,
 * never both EN and AN. */
static int bidi_ok(const uint32_t *cps, size_t n, int *classes) {
  unsigned seen = 0;
  for (size_t i = 0; i < n; i++) {
    classes[i] = bidi_class(cps[i]);
    seen |= 1u << classes[i];
  }
  const unsigned rtl = (1u << BIDI_R) | (1u << BIDI_AL) | (1u << BIDI_AN);
  size_t last = n;
  while (last > 0 && classes[last - 1] == BIDI_NSM) last--;
  if (classes[0] == BIDI_L) {
    for (size_t i = 0; i + 1 < last; i++)
      if (rtl & (1u << classes[i])) return 0;
    return 1;
  }
  if (!(seen & rtl)) return 1;
  if (seen & ~((1u << BIDI_OTHER) - 2)) return 0;   /* only R .. NSM */
  if (last == 0) return 0;
  int end = classes[last - 1];
  if (end != BIDI_R && end != BIDI_AL && end != BIDI_EN && end != BIDI_AN) return 0;
  return !((seen & (1u << BIDI_EN)) && (seen & (1u << BIDI_AN)));
}

/* ContextJ (RFC 5892, appendix A) for U+200C and U+200D, as ada checks it: a ZWNJ needs a
 * virama before it, or some L/D-joining character before and some R/D-joining one after it
 * (whatever lies between); the first joiner settles the label: 1 or 0 (its other checks
 * skipped); -1 when there is no joiner. */
static int joiners_ok(const uint32_t *cps, size_t n) {
  for (size_t i = 0; i < n; i++) {
    uint32_t c = cps[i];
    if (c != 0x200c && c != 0x200d) continue;
    if (i > 0 && is_virama(cps[i - 1])) return 1;
    if (c == 0x200d || i == 0 || i + 1 >= n) return 0;
    int before = 0, after = 0;
    for (size_t j = 0; j < i && !before; j++) before = joins(cps[j], 1);
    for (size_t j = i + 1; j < n && !after; j++) after = joins(cps[j], 0);
    return before && after;
  }
  return -1;
}

/* ada's checks of a mapped label (UTF-8 from ICU), beyond ICU's. */
static int label_ok(const char *s, size_t n) {
  if (n == 0 || is_ascii(s, n)) return 1;   /* ASCII: ICU checked all there is */
  uint32_t small[64];
  int small_classes[64];
  uint32_t *cps = n <= 64 ? small : malloc(n * sizeof *cps);
  int *classes = n <= 64 ? small_classes : malloc(n * sizeof *classes);
  if (!cps || !classes) abort();
  size_t count = utf8_decode(s, n, cps);
  int ok = is_mark(cps[0]) ? 0 : joiners_ok(cps, count);
  if (ok == -1) ok = bidi_ok(cps, count, classes);
  if (cps != small) free(cps);
  if (classes != small_classes) free(classes);
  return ok;
}

/* RFC 3492's encoder: the code points of a label (UTF-8 in s) after 'xn--'. */
static int punycode_encode(sbuf *out, const char *s, size_t n) {
  uint32_t small[64];
  uint32_t *cps = n <= 64 ? small : malloc(n * sizeof *cps);
  if (!cps) abort();
  size_t count = utf8_decode(s, n, cps), basic = 0;
  for (size_t i = 0; i < count; i++)
    if (cps[i] < 0x80) {
      sb_putc(out, (char)cps[i]);
      basic++;
    }
  if (basic) sb_putc(out, '-');
  uint32_t next = 0x80, delta = 0, bias = 72;
  size_t handled = basic;
  int r = 0;
  while (handled < count) {
    uint32_t m = UINT32_MAX;
    for (size_t i = 0; i < count; i++)
      if (cps[i] >= next && cps[i] < m) m = cps[i];
    if ((uint64_t)(m - next) * (handled + 1) > UINT32_MAX - delta) {
      r = -1;
      break;
    }
    delta += (m - next) * (uint32_t)(handled + 1);
    next = m;
    for (size_t i = 0; i < count; i++) {
      if (cps[i] < next && ++delta == 0) {
        r = -1;
        break;
      }
      if (cps[i] != next) continue;
      uint32_t q = delta;
      for (uint32_t k = 36;; k += 36) {
        uint32_t t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
        if (q < t) break;
        uint32_t d = t + (q - t) % (36 - t);
        sb_putc(out, (char)(d < 26 ? 'a' + d : '0' + d - 26));
        q = (q - t) / (36 - t);
      }
      sb_putc(out, (char)(q < 26 ? 'a' + q : '0' + q - 26));
      /* adapt the bias */
      uint32_t dl = handled == basic ? delta / 700 : delta / 2;
      dl += dl / (uint32_t)(handled + 1);
      uint32_t k = 0;
      while (dl > 455) {
        dl /= 35;
        k += 36;
      }
      bias = k + 36 * dl / (dl + 38);
      delta = 0;
      handled++;
    }
    if (r) break;
    delta++;
    next++;
  }
  if (cps != small) free(cps);
  return r;
}

/* UTS #46 ToASCII into out; -1 on error. An ASCII domain without an 'xn--' label only needs
 * lowercasing. */
static int idna_to_ascii(const char *s, size_t n, sbuf *out) {
  size_t i = 0;
  for (; i < n; i++) {
    uint8_t c = (uint8_t)s[i];
    if (c >= 0x80) break;
    if (c == '-' && i >= 3 && (i == 3 || s[i - 4] == '.') && starts_with_ace(s + i - 3, 4)) break;
  }
  out->len = 0;
  if (i == n) {
    sb_reserve(out, n);
    for (i = 0; i < n; i++) {
      char c = s[i];
      out->p[i] = (char)(c >= 'A' && c <= 'Z' ? c + 0x20 : c);
    }
    out->len = n;
    return 0;
  }
  sbuf mapped;
  sb_init(&mapped);
  int64_t errors = idna_run(uidna_nameToUnicodeUTF8, s, n, &mapped);
  int r = errors & ~(int64_t)UIDNA_ERROR_INVALID_ACE_LABEL ? -1 : 0;
  int refused = (errors & UIDNA_ERROR_INVALID_ACE_LABEL) != 0;
  /* Label by label: ICU leaves an 'xn--' label it refuses as it was (with U+FFFD after it when
   * it is all letters, digits and hyphens), and decodes the others. */
  for (size_t start = 0; r == 0 && start <= mapped.len;) {
    const char *dot = memchr(mapped.p + start, '.', mapped.len - start);
    size_t end = dot ? (size_t)(dot - mapped.p) : mapped.len;
    const char *label = mapped.p + start;
    size_t len = end - start;
    if (len >= 3 && !memcmp(label + len - 3, "\xef\xbf\xbd", 3) && is_ascii_ace(label, len - 3)) {
      sb_put(out, label, len - 3);
    } else if (is_ascii_ace(label, len)) {
      sb_put(out, label, len);
    } else if ((refused || is_ascii(label, len)) && starts_with_ace(label, len)) {
      r = -1;
    } else if (is_ascii(label, len)) {
      sb_put(out, label, len);
    } else if (memmem(label, len, "\xef\xbf\xbd", 3) || !label_ok(label, len)) {
      r = -1;
    } else {
      sb_put(out, "xn--", 4);
      r = punycode_encode(out, label, len);
    }
    if (!dot) break;
    sb_putc(out, '.');
    start = end + 1;
  }
  sb_free(&mapped);
  return r;
}

/* ToUnicode as Node has it: each 'xn--' label decoded where it is valid, the rest kept. */
static void idna_to_unicode(const char *s, size_t n, sbuf *out) {
  sbuf label;
  sb_init(&label);
  out->len = 0;
  size_t start = 0;
  for (;;) {
    const char *dot = memchr(s + start, '.', n - start);
    size_t end = dot ? (size_t)(dot - s) : n;
    const char *l = s + start;
    size_t len = end - start;
    if (is_ascii_ace(l, len)) {
      sb_put(out, l + 4, len - 5);
    } else if (starts_with_ace(l, len) && is_ascii(l, len) && !has_upper(l + 4, len - 4) &&
               idna_run(uidna_labelToUnicodeUTF8, l, len, &label) == 0 &&
               !is_ascii(label.p, label.len) && label_ok(label.p, label.len)) {
      sb_put(out, label.p, label.len);
    } else {
      sb_put(out, l, len);
    }
    if (!dot) break;
    sb_putc(out, '.');
    start = end + 1;
  }
  sb_free(&label);
}

/* -- hosts -- */

/* The IPv4 number in s[0, n): 0 and *out, or -1 (not a number). Too large saturates. */
static int parse_ipv4_number(const char *s, size_t n, uint64_t *out) {
  if (n == 0) return -1;
  int radix = 10;
  if (n >= 2 && s[0] == '0') {
    if ((s[1] | 0x20) == 'x') {
      radix = 16;
      s += 2;
      n -= 2;
    } else {
      radix = 8;
      s += 1;
      n -= 1;
    }
  }
  uint64_t v = 0;
  for (size_t i = 0; i < n; i++) {
    int d = radix == 16 ? hex_value((uint8_t)s[i]) : (uint8_t)s[i] - '0';
    if (d < 0 || d >= radix) return -1;
    v = v * (uint64_t)radix + (uint64_t)d;
    if (v > 0xffffffffull) v = 0x100000000ull;
  }
  *out = v;
  return 0;
}

/* The URL Standard's "ends in a number". */
static int ends_in_number(const char *s, size_t n) {
  size_t end = n;
  if (end > 0 && s[end - 1] == '.') end--;
  size_t start = end;
  while (start > 0 && s[start - 1] != '.') start--;
  if (start >= end || !is_digit((uint8_t)s[start])) return 0;
  size_t i = start;
  while (i < end && is_digit((uint8_t)s[i])) i++;
  if (i == end) return 1;
  uint64_t v;
  return parse_ipv4_number(s + start, end - start, &v) == 0;
}

static int parse_ipv4(const char *s, size_t n, uint32_t *out) {
  uint64_t parts[4];
  int count = 0;
  size_t start = 0;
  if (n > 0 && s[n - 1] == '.') n--;   /* one trailing empty part is allowed */
  for (;;) {
    const char *dot = memchr(s + start, '.', n - start);
    size_t end = dot ? (size_t)(dot - s) : n;
    if (count == 4) return -1;
    if (parse_ipv4_number(s + start, end - start, &parts[count])) return -1;
    count++;
    if (!dot) break;
    start = end + 1;
  }
  for (int i = 0; i < count - 1; i++)
    if (parts[i] > 255) return -1;
  if (parts[count - 1] >= (1ull << (8 * (5 - count)))) return -1;
  uint64_t v = parts[count - 1];
  for (int i = 0; i < count - 1; i++) v += parts[i] << (8 * (3 - i));
  *out = (uint32_t)v;
  return 0;
}

static void serialize_ipv4(sbuf *out, uint32_t v) {
  for (int i = 3; i >= 0; i--) {
    sb_put_uint(out, (v >> (8 * i)) & 255);
    if (i) sb_putc(out, '.');
  }
}

static int parse_ipv6(const char *s, size_t len, uint16_t address[8]) {
  memset(address, 0, 8 * sizeof *address);
  int piece = 0, compress = -1;
  size_t p = 0;
#define AT(i) ((i) < len ? (int)(uint8_t)s[i] : -1)
  if (AT(p) == ':') {
    if (AT(p + 1) != ':') return -1;
    p += 2;
    compress = ++piece;
  }
  while (p < len) {
    if (piece == 8) return -1;
    if (AT(p) == ':') {
      if (compress != -1) return -1;
      p++;
      compress = ++piece;
      continue;
    }
    unsigned value = 0;
    int length = 0;
    while (length < 4 && hex_value(AT(p)) >= 0) {
      value = value * 16 + (unsigned)hex_value(AT(p));
      p++;
      length++;
    }
    if (AT(p) == '.') {
      if (length == 0) return -1;
      p -= (size_t)length;
      if (piece > 6) return -1;
      int seen = 0;
      while (p < len) {
        int v4 = -1;
        if (seen > 0) {
          if (AT(p) == '.' && seen < 4) p++;
          else return -1;
        }
        if (!is_digit(AT(p))) return -1;
        while (is_digit(AT(p))) {
          int number = AT(p) - '0';
          if (v4 == -1) v4 = number;
          else if (v4 == 0) return -1;
          else v4 = v4 * 10 + number;
          if (v4 > 255) return -1;
          p++;
        }
        address[piece] = (uint16_t)(address[piece] * 0x100 + v4);
        seen++;
        if (seen == 2 || seen == 4) piece++;
      }
      if (seen != 4) return -1;
      break;
    } else if (AT(p) == ':') {
      p++;
      if (p >= len) return -1;
    } else if (p < len) {
      return -1;
    }
    address[piece++] = (uint16_t)value;
  }
#undef AT
  if (compress != -1) {
    int swaps = piece - compress;
    piece = 7;
    while (piece != 0 && swaps > 0) {
      uint16_t t = address[piece];
      address[piece] = address[compress + swaps - 1];
      address[compress + swaps - 1] = t;
      piece--;
      swaps--;
    }
  } else if (piece != 8) {
    return -1;
  }
  return 0;
}

static void serialize_ipv6(sbuf *out, const uint16_t a[8]) {
  int best = -1, best_len = 1;
  for (int i = 0; i < 8;) {
    if (a[i]) {
      i++;
      continue;
    }
    int j = i;
    while (j < 8 && !a[j]) j++;
    if (j - i > best_len) {
      best = i;
      best_len = j - i;
    }
    i = j;
  }
  sb_putc(out, '[');
  for (int i = 0; i < 8; i++) {
    if (i == best) {
      sb_put(out, i == 0 ? "::" : ":", i == 0 ? 2 : 1);
      i += best_len - 1;
      continue;
    }
    char tmp[4];
    int n = 0;
    unsigned v = a[i];
    do {
      tmp[n++] = "0123456789abcdef"[v & 15];
      v >>= 4;
    } while (v);
    while (n) sb_putc(out, tmp[--n]);
    if (i < 7) sb_putc(out, ':');
  }
  sb_putc(out, ']');
}

/* Percent-decodes s[0, n) into out (bytes). */
static void percent_decode(sbuf *out, const char *s, size_t n) {
  out->len = 0;
  sb_reserve(out, n);
  for (size_t i = 0; i < n; i++) {
    int hi, lo;
    if (s[i] == '%' && i + 2 < n && (hi = hex_value((uint8_t)s[i + 1])) >= 0 &&
        (lo = hex_value((uint8_t)s[i + 2])) >= 0) {
      out->p[out->len++] = (char)(hi * 16 + lo);
      i += 2;
    } else {
      out->p[out->len++] = s[i];
    }
  }
}

/* Domain to ASCII (beStrict false) and the host parser's checks on the result. */
/* The common domain, ASCII without '%' or an 'xn--' label, only needs lowercasing: 1 when s is
 * one (lowercased in out), 0 when it needs the whole of domain_to_ascii, -1 when it is not a
 * valid domain. */
static int ascii_domain(const char *s, size_t n, sbuf *out) {
  out->len = 0;
  if (n == 0) return -1;
  if (starts_with_ace(s, n)) return 0;
  sb_reserve(out, n);
  for (size_t i = 0; i < n; i++) {
    uint8_t d = domain_chars[(uint8_t)s[i]];
    if (d <= 1) return d ? -1 : 0;
    if (d == '.' && starts_with_ace(s + i + 1, n - i - 1)) return 0;
    out->p[i] = (char)d;
  }
  out->len = n;
  return 1;
}

static int domain_to_ascii(const char *s, size_t n, sbuf *out) {
  if (idna_to_ascii(s, n, out) || out->len == 0) return -1;
  for (size_t i = 0; i < out->len; i++)
    if (forbidden[(uint8_t)out->p[i]] & 2) return -1;
  return 0;
}

static int slow_domain(sbuf *out, const char *s, size_t n);

/* The host parser: the serialized host in out, or -1. */
static int parse_host(sbuf *out, const char *s, size_t n, int special) {
  if (n > 0 && s[0] == '[') {
    uint16_t address[8];
    if (s[n - 1] != ']' || n < 2 || parse_ipv6(s + 1, n - 2, address)) return -1;
    out->len = 0;
    serialize_ipv6(out, address);
    return 0;
  }
  if (!special) {
    for (size_t i = 0; i < n; i++) {
      uint8_t c = (uint8_t)s[i];
      if (c < 0x80 && (forbidden[c] & 1)) return -1;
    }
    encode_set(out, s, n, C0_SET);
    return 0;
  }
  int ascii = ascii_domain(s, n, out);
  if (ascii < 0) return -1;
  if (ascii == 0 && slow_domain(out, s, n)) return -1;
  if (ends_in_number(out->p, out->len)) {
    uint32_t v4;
    if (parse_ipv4(out->p, out->len, &v4)) return -1;
    out->len = 0;
    serialize_ipv4(out, v4);
  }
  return 0;
}

/* The host parser's domain to ASCII of a domain that may be percent-encoded. */
static int slow_domain(sbuf *out, const char *s, size_t n) {
  sbuf decoded;
  sb_init(&decoded);
  if (memchr(s, '%', n)) {
    percent_decode(&decoded, s, n);
    s = decoded.p;
    n = decoded.len;
  }
  int r = domain_to_ascii(s, n, out);
  sb_free(&decoded);
  return r;
}

/* -- the URL record and the parser -- */

typedef struct {
  int type;
  sbuf scheme;
  sbuf username, password;
  int has_host;
  sbuf host;
  int32_t port;              /* -1: none */
  int opaque;                /* the path is one opaque string */
  /* A list path is kept serialized, each segment after a '/'; nsegs counts them. */
  sbuf path;
  uint32_t nsegs;
  int has_query;
  sbuf query;
  int has_fragment;
  sbuf fragment;
  /* ada's reading of a relative URL against an opaque path (see url_parse): the path is
   * serialized without its first '/'. */
  int bare;
} url_rec;

static void rec_init(url_rec *u) {
  u->type = SCHEME_NOT_SPECIAL;
  sb_init(&u->scheme);
  sb_init(&u->username);
  sb_init(&u->password);
  u->has_host = 0;
  sb_init(&u->host);
  u->port = -1;
  u->opaque = 0;
  sb_init(&u->path);
  u->nsegs = 0;
  u->has_query = 0;
  sb_init(&u->query);
  u->has_fragment = 0;
  sb_init(&u->fragment);
  u->bare = 0;
}

static void rec_free(url_rec *u) {
  sb_free(&u->scheme);
  sb_free(&u->username);
  sb_free(&u->password);
  sb_free(&u->host);
  sb_free(&u->path);
  sb_free(&u->query);
  sb_free(&u->fragment);
}

static int scheme_type_of(const char *s, size_t n) {
  switch (n) {
    case 2: return memcmp(s, "ws", 2) ? SCHEME_NOT_SPECIAL : SCHEME_WS;
    case 3:
      if (!memcmp(s, "wss", 3)) return SCHEME_WSS;
      if (!memcmp(s, "ftp", 3)) return SCHEME_FTP;
      return SCHEME_NOT_SPECIAL;
    case 4:
      if (!memcmp(s, "http", 4)) return SCHEME_HTTP;
      if (!memcmp(s, "file", 4)) return SCHEME_FILE;
      return SCHEME_NOT_SPECIAL;
    case 5: return memcmp(s, "https", 5) ? SCHEME_NOT_SPECIAL : SCHEME_HTTPS;
    default: return SCHEME_NOT_SPECIAL;
  }
}

static int32_t default_port(int type) {
  switch (type) {
    case SCHEME_HTTP:
    case SCHEME_WS: return 80;
    case SCHEME_HTTPS:
    case SCHEME_WSS: return 443;
    case SCHEME_FTP: return 21;
    default: return -1;
  }
}

static int is_special(const url_rec *u) { return u->type != SCHEME_NOT_SPECIAL; }

static int is_slash(int c, int special) { return c == '/' || (special && c == '\\'); }

/* A Windows drive letter: an ASCII letter then ':' or (unless normalized_only) '|'. */
static int is_drive_letter(const char *s, size_t n, int normalized_only) {
  return n == 2 && is_alpha((uint8_t)s[0]) && (s[1] == ':' || (!normalized_only && s[1] == '|'));
}

static int starts_with_drive_letter(const char *s, size_t n) {
  if (n < 2 || !is_drive_letter(s, 2, 0)) return 0;
  if (n == 2) return 1;
  char c = s[2];
  return c == '/' || c == '\\' || c == '?' || c == '#';
}

/* The first path segment (the path must have one). */
static const char *first_segment(const url_rec *u, size_t *n) {
  const char *s = u->path.p + 1;
  const char *slash = memchr(s, '/', u->path.len - 1);
  *n = slash ? (size_t)(slash - s) : u->path.len - 1;
  return s;
}

static void push_segment(url_rec *u, const char *s, size_t n, int mask) {
  sb_putc(&u->path, '/');
  encode_into(&u->path, s, n, mask);
  u->nsegs++;
}

static void shorten_path(url_rec *u) {
  size_t n;
  if (u->nsegs == 0) return;
  if (u->nsegs == 1) {
    if (u->bare) return;
    if (u->type == SCHEME_FILE) {
      const char *first = first_segment(u, &n);
      if (is_drive_letter(first, n, 1)) return;
    }
  }
  while (u->path.p[--u->path.len] != '/') {}
  u->nsegs--;
}

static void copy_path(url_rec *u, const url_rec *from) {
  sb_set(&u->path, from->path.p, from->path.len);
  u->nsegs = from->nsegs;
}

static void copy_authority(url_rec *u, const url_rec *base) {
  sb_set(&u->username, base->username.p, base->username.len);
  sb_set(&u->password, base->password.p, base->password.len);
  u->has_host = base->has_host;
  sb_set(&u->host, base->host.p, base->host.len);
  u->port = base->port;
}

static void copy_query(url_rec *u, const url_rec *from) {
  u->has_query = from->has_query;
  sb_set(&u->query, from->query.p, from->query.len);
}

/* The input being parsed. */
typedef struct {
  const char *s;
  size_t len;
} input;

static int at(const input *in, size_t i) { return i < in->len ? (uint8_t)in->s[i] : -1; }

static void set_fragment(url_rec *u, const input *in, size_t p) {
  u->has_fragment = 1;
  encode_set(&u->fragment, in->s + p, in->len - p, FRAGMENT_SET);
}

static int parse_query(url_rec *u, const input *in, size_t p) {
  const char *hash = memchr(in->s + p, '#', in->len - p);
  size_t end = hash ? (size_t)(hash - in->s) : in->len;
  u->has_query = 1;
  encode_set(&u->query, in->s + p, end - p, is_special(u) ? SPECIAL_QUERY_SET : QUERY_SET);
  if (hash) set_fragment(u, in, end + 1);
  return 0;
}

static int is_percent_2e(const char *s) {
  return s[0] == '%' && s[1] == '2' && (s[2] | 0x20) == 'e';
}

static int single_dot(const char *s, size_t n) {
  return (n == 1 && s[0] == '.') || (n == 3 && is_percent_2e(s));
}

static int double_dot(const char *s, size_t n) {
  if (n == 2) return s[0] == '.' && s[1] == '.';
  if (n == 4) return (s[0] == '.' && is_percent_2e(s + 1)) || (is_percent_2e(s) && s[3] == '.');
  return n == 6 && is_percent_2e(s) && is_percent_2e(s + 3);
}

/* The path state from p (the start of a segment) to the end of the path; with `override`
 * (the pathname setter), '?' and '#' belong to the path. */
static int parse_path(url_rec *u, const input *in, size_t p, int override) {
  int special = is_special(u);
  const char *s = in->s;
  for (;;) {
    size_t q = p;
    int c = -1;
    for (; q < in->len; q++) {
      c = (uint8_t)s[q];
      if (c == '/' || (special && c == '\\') || (!override && (c == '?' || c == '#'))) break;
    }
    if (q == in->len) c = -1;
    int slash = is_slash(c, special);
    if (double_dot(s + p, q - p)) {
      /* Node 20 (ada) adds no empty segment when '..' leaves a path that is not special as
       * it was (empty). */
      uint32_t before = u->nsegs;
      shorten_path(u);
      if (!slash && (special || u->nsegs != before)) push_segment(u, "", 0, 0);
    } else if (single_dot(s + p, q - p)) {
      if (!slash) push_segment(u, "", 0, 0);
    } else if (u->type == SCHEME_FILE && u->nsegs == 0 && is_drive_letter(s + p, q - p, 0)) {
      char drive[2] = {s[p], ':'};
      push_segment(u, drive, 2, 0);
    } else {
      push_segment(u, s + p, q - p, PATH_SET);
    }
    if (c == -1) return 0;
    if (c == '?') return parse_query(u, in, q + 1);
    if (c == '#') {
      set_fragment(u, in, q + 1);
      return 0;
    }
    p = q + 1;
  }
}

static int parse_opaque_path(url_rec *u, const input *in, size_t p) {
  size_t q = p;
  while (q < in->len && in->s[q] != '?' && in->s[q] != '#') q++;
  u->opaque = 1;
  encode_set(&u->path, in->s + p, q - p, C0_SET);
  if (q == in->len) return 0;
  if (in->s[q] == '?') return parse_query(u, in, q + 1);
  set_fragment(u, in, q + 1);
  return 0;
}

/* Digits in s[0, n): the port, -1 when empty, -2 when not a valid port. */
static int32_t parse_port(const char *s, size_t n) {
  if (n == 0) return -1;
  int32_t port = 0;
  for (size_t i = 0; i < n; i++) {
    if (!is_digit((uint8_t)s[i])) return -2;
    port = port * 10 + (s[i] - '0');
    if (port > 65535) return -2;
  }
  return port;
}

/* Host state and port state over input[start, end) (no state override). */
static int parse_host_and_port(url_rec *u, const input *in, size_t start, size_t end) {
  int special = is_special(u);
  int brackets = 0;
  size_t colon = end;
  for (size_t i = start; i < end; i++) {
    char c = in->s[i];
    if (c == '[') brackets = 1;
    else if (c == ']') brackets = 0;
    else if (c == ':' && !brackets) {
      colon = i;
      break;
    }
  }
  if (colon == start && (colon != end || special)) return -1;
  if (parse_host(&u->host, in->s + start, colon - start, special)) return -1;
  u->has_host = 1;
  if (colon != end) {
    int32_t port = parse_port(in->s + colon + 1, end - colon - 1);
    if (port == -2) return -1;
    if (port != -1) u->port = port == default_port(u->type) ? -1 : port;
  }
  return 0;
}

static int parse_path_start(url_rec *u, const input *in, size_t p) {
  int c = at(in, p);
  if (is_special(u)) return parse_path(u, in, is_slash(c, 1) ? p + 1 : p, 0);
  if (p >= in->len) return 0;
  if (c == '?') return parse_query(u, in, p + 1);
  if (c == '#') {
    set_fragment(u, in, p + 1);
    return 0;
  }
  return parse_path(u, in, c == '/' ? p + 1 : p, 0);
}

/* From the authority state (p after the slashes) to the end. */
static int parse_authority(url_rec *u, const input *in, size_t p) {
  int special = is_special(u);
  size_t end = p, at_sign = (size_t)-1;
  uint8_t stop = special ? 3 : 1;
  for (; end < in->len; end++) {
    uint8_t k = authority_chars[(uint8_t)in->s[end]];
    if (k & stop) break;
    if (k & 4) at_sign = end;
  }
  size_t host_start = p;
  if (at_sign != (size_t)-1) {
    const char *colon = memchr(in->s + p, ':', at_sign - p);
    size_t user_end = colon ? (size_t)(colon - in->s) : at_sign;
    encode_set(&u->username, in->s + p, user_end - p, USERINFO_SET);
    if (user_end < at_sign)
      encode_set(&u->password, in->s + user_end + 1, at_sign - user_end - 1, USERINFO_SET);
    host_start = at_sign + 1;
    if (host_start == end) return -1;
  }
  if (parse_host_and_port(u, in, host_start, end)) return -1;
  return parse_path_start(u, in, end);
}

static int parse_relative(url_rec *u, const input *in, size_t p, const url_rec *base) {
  int special = is_special(u);
  int c = at(in, p);
  if (is_slash(c, special)) {
    u->bare = 0;
    if (is_slash(at(in, p + 1), special)) {
      size_t q = p + 2;
      if (special)
        while (q < in->len && is_slash((uint8_t)in->s[q], 1)) q++;
      return parse_authority(u, in, q);
    }
    copy_authority(u, base);
    return parse_path(u, in, p + 1, 0);
  }
  copy_authority(u, base);
  copy_path(u, base);
  if (p >= in->len) {
    copy_query(u, base);
    return 0;
  }
  if (c == '?') return parse_query(u, in, p + 1);
  if (c == '#') {
    copy_query(u, base);
    set_fragment(u, in, p + 1);
    return 0;
  }
  shorten_path(u);
  return parse_path(u, in, p, 0);
}

static int parse_file_host(url_rec *u, const input *in, size_t p) {
  size_t end = p;
  for (; end < in->len; end++) {
    char c = in->s[end];
    if (c == '/' || c == '\\' || c == '?' || c == '#') break;
  }
  if (is_drive_letter(in->s + p, end - p, 0)) return parse_path(u, in, p, 0);
  if (end > p) {
    if (parse_host(&u->host, in->s + p, end - p, 1)) return -1;
    if (u->host.len == 9 && !memcmp(u->host.p, "localhost", 9)) u->host.len = 0;
  }
  int c = at(in, end);
  return parse_path(u, in, c == '/' || c == '\\' ? end + 1 : end, 0);
}

static int parse_file(url_rec *u, const input *in, size_t p, const url_rec *base) {
  sb_set(&u->scheme, "file", 4);
  u->type = SCHEME_FILE;
  u->has_host = 1;
  u->host.len = 0;
  int c = at(in, p);
  int base_is_file = base && base->type == SCHEME_FILE;
  if (c == '/' || c == '\\') {
    int d = at(in, p + 1);
    if (d == '/' || d == '\\') return parse_file_host(u, in, p + 2);
    if (base_is_file) {
      sb_set(&u->host, base->host.p, base->host.len);
      size_t n;
      if (!starts_with_drive_letter(in->s + p + 1, in->len - p - 1) && base->nsegs > 0) {
        const char *first = first_segment(base, &n);
        if (is_drive_letter(first, n, 1)) push_segment(u, first, n, 0);
      }
    }
    return parse_path(u, in, p + 1, 0);
  }
  if (base_is_file) {
    sb_set(&u->host, base->host.p, base->host.len);
    copy_path(u, base);
    if (p >= in->len) {
      copy_query(u, base);
      return 0;
    }
    if (c == '?') return parse_query(u, in, p + 1);
    if (c == '#') {
      copy_query(u, base);
      set_fragment(u, in, p + 1);
      return 0;
    }
    if (!starts_with_drive_letter(in->s + p, in->len - p)) {
      shorten_path(u);
    } else {
      u->path.len = 0;
      u->nsegs = 0;
    }
    return parse_path(u, in, p, 0);
  }
  if (p >= in->len) {
    push_segment(u, "", 0, 0);
    return 0;
  }
  return parse_path(u, in, p, 0);
}

/* Index of the ':' ending a scheme at the start of s, or 0. */
static size_t scheme_end(const char *s, size_t n) {
  if (n == 0 || !is_alpha((uint8_t)s[0])) return 0;
  for (size_t i = 1; i < n; i++) {
    uint8_t c = (uint8_t)s[i];
    if (c == ':') return i;
    if (!is_scheme_char(c)) return 0;
  }
  return 0;
}

static void set_scheme_lower(url_rec *u, const char *s, size_t n) {
  u->scheme.len = 0;
  sb_reserve(&u->scheme, n);
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    u->scheme.p[i] = (char)(c >= 'A' && c <= 'Z' ? c + 0x20 : c);
  }
  u->scheme.len = n;
  u->type = scheme_type_of(u->scheme.p, n);
}

static void copy_scheme(url_rec *u, const url_rec *from) {
  sb_set(&u->scheme, from->scheme.p, from->scheme.len);
  u->type = from->type;
}

/* The basic URL parser without a state override, over s[0, n) (UTF-8). 0, or -1. */
static int url_parse(url_rec *u, const char *s, size_t n, const url_rec *base) {
  /* Leading and trailing C0 controls and spaces go, and tabs and newlines anywhere. */
  while (n > 0 && (uint8_t)s[0] <= 0x20) {
    s++;
    n--;
  }
  while (n > 0 && (uint8_t)s[n - 1] <= 0x20) n--;
  sbuf clean;
  sb_init(&clean);
  input in = {without_tabs(s, &n, &clean), n};
  int r;
  size_t colon = scheme_end(in.s, in.len);
  if (colon) {
    set_scheme_lower(u, in.s, colon);
    size_t p = colon + 1;
    if (u->type == SCHEME_FILE) {
      r = parse_file(u, &in, p, base);
    } else if (is_special(u)) {
      if (base && base->scheme.len == colon && !memcmp(base->scheme.p, u->scheme.p, colon) &&
          !(at(&in, p) == '/' && at(&in, p + 1) == '/')) {
        r = parse_relative(u, &in, p, base);
      } else {
        while (p < in.len && is_slash((uint8_t)in.s[p], 1)) p++;
        r = parse_authority(u, &in, p);
      }
    } else if (at(&in, p) == '/') {
      r = at(&in, p + 1) == '/' ? parse_authority(u, &in, p + 2) : parse_path(u, &in, p + 1, 0);
    } else {
      r = parse_opaque_path(u, &in, p);
    }
  } else if (!base) {
    r = -1;
  } else if (base->opaque) {
    copy_scheme(u, base);
    if (at(&in, 0) == '#') {
      u->opaque = 1;
      sb_set(&u->path, base->path.p, base->path.len);
      copy_query(u, base);
      set_fragment(u, &in, 1);
      r = 0;
    } else if (!memchr(in.s, '#', in.len)) {
      r = -1;
    } else {
      /* Node 20 (ada) resolves an input with a fragment against an opaque path as if its
       * '/'-separated parts were segments, the first of which stays: sc:o + a/b#f is
       * sc:o/a/b#f. */
      url_rec segmented;
      rec_init(&segmented);
      copy_scheme(&segmented, base);
      sb_putc(&segmented.path, '/');
      sb_put(&segmented.path, base->path.p, base->path.len);
      for (size_t i = 0; i < segmented.path.len; i++) segmented.nsegs += segmented.path.p[i] == '/';
      copy_query(&segmented, base);
      u->bare = 1;
      r = parse_relative(u, &in, 0, &segmented);
      rec_free(&segmented);
    }
  } else {
    copy_scheme(u, base);
    r = base->type == SCHEME_FILE ? parse_file(u, &in, 0, base) : parse_relative(u, &in, 0, base);
  }
  sb_free(&clean);
  return r;
}

/* -- serializing: the href and its offsets -- */

/* Offsets as ada has them (lib/internal/url.js reads urlComponents in this order). */
enum {
  C_PROTOCOL_END, C_USERNAME_END, C_HOST_START, C_HOST_END, C_PORT, C_PATHNAME_START,
  C_SEARCH_START, C_HASH_START, C_SCHEME_TYPE, C_COUNT
};
#define OMITTED 0xffffffffu

static uint32_t *url_components;

static void url_serialize(const url_rec *u, sbuf *out, uint32_t *c) {
  out->len = 0;
  sb_reserve(out, u->scheme.len + u->username.len + u->password.len + u->host.len +
                      u->path.len + u->query.len + u->fragment.len + 16);
  sb_put(out, u->scheme.p, u->scheme.len);
  sb_putc(out, ':');
  c[C_PROTOCOL_END] = (uint32_t)out->len;
  if (u->has_host) {
    sb_put(out, "//", 2);
    c[C_USERNAME_END] = (uint32_t)out->len;
    if (u->username.len || u->password.len) {
      sb_put(out, u->username.p, u->username.len);
      c[C_USERNAME_END] = (uint32_t)out->len;
      if (u->password.len) {
        sb_putc(out, ':');
        sb_put(out, u->password.p, u->password.len);
      }
      c[C_HOST_START] = (uint32_t)out->len;
      sb_putc(out, '@');
    } else {
      c[C_HOST_START] = (uint32_t)out->len;
    }
    sb_put(out, u->host.p, u->host.len);
    c[C_HOST_END] = (uint32_t)out->len;
    if (u->port >= 0) {
      sb_putc(out, ':');
      sb_put_uint(out, (uint32_t)u->port);
    }
  } else {
    c[C_USERNAME_END] = c[C_HOST_START] = c[C_HOST_END] = (uint32_t)out->len;
    if (!u->opaque && !u->bare && u->nsegs > 1 && u->path.p[1] == '/') sb_put(out, "/.", 2);
  }
  c[C_PATHNAME_START] = (uint32_t)out->len;
  if (u->bare && u->path.len) sb_put(out, u->path.p + 1, u->path.len - 1);
  else sb_put(out, u->path.p, u->path.len);
  c[C_SEARCH_START] = OMITTED;
  if (u->has_query) {
    c[C_SEARCH_START] = (uint32_t)out->len;
    sb_putc(out, '?');
    sb_put(out, u->query.p, u->query.len);
  }
  c[C_HASH_START] = OMITTED;
  if (u->has_fragment) {
    c[C_HASH_START] = (uint32_t)out->len;
    sb_putc(out, '#');
    sb_put(out, u->fragment.p, u->fragment.len);
  }
  c[C_PORT] = u->port < 0 ? OMITTED : (uint32_t)u->port;
  c[C_SCHEME_TYPE] = (uint32_t)u->type;
}

/* -- state overrides (the setters) -- */

/* Keep in sync with updateActions in lib/internal/url.js (Node's numbering). */
enum {
  SET_PROTOCOL, SET_HOST, SET_HOSTNAME, SET_PORT, SET_USERNAME, SET_PASSWORD, SET_PATHNAME,
  SET_SEARCH, SET_HASH, SET_HREF
};

static int has_credentials(const url_rec *u) { return u->username.len || u->password.len; }

static int cannot_have_credentials_or_port(const url_rec *u) {
  return !u->has_host || u->host.len == 0 || u->type == SCHEME_FILE;
}

/* The protocol setter: scheme start state with an override. */
static int set_protocol(url_rec *u, const char *s, size_t n) {
  if (n == 0 || !is_alpha((uint8_t)s[0])) return -1;
  size_t end = 1;
  while (end < n && is_scheme_char((uint8_t)s[end])) end++;
  if (end < n && s[end] != ':') return -1;
  /* Only schemes of up to five letters are special. */
  int type = SCHEME_NOT_SPECIAL;
  if (end <= 5) {
    char lower[5];
    for (size_t i = 0; i < end; i++) lower[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 0x20 : s[i]);
    type = scheme_type_of(lower, end);
  }
  if ((u->type == SCHEME_NOT_SPECIAL) != (type == SCHEME_NOT_SPECIAL)) return -1;
  if ((has_credentials(u) || u->port >= 0) && type == SCHEME_FILE) return -1;
  if (u->type == SCHEME_FILE && u->host.len == 0) return -1;
  set_scheme_lower(u, s, end);
  if (u->port == default_port(u->type)) u->port = -1;
  return 0;
}

/* Port state with an override, from s: digits up to the first other character. */
static int set_port_digits(url_rec *u, const char *s, size_t n) {
  size_t end = 0;
  while (end < n && is_digit((uint8_t)s[end])) end++;
  if (end == 0) return -1;
  int32_t port = parse_port(s, end);
  if (port < 0) return -1;
  u->port = port == default_port(u->type) ? -1 : port;
  return 0;
}

/* The port as Node 20 (ada) sets it, from the port setter or after the host in the host
 * setter: a value without digits, or starting with a control, a space or '-', changes
 * nothing; one not starting with a digit clears the port; else its leading digits are the
 * port (unless above 65535). */
static int set_port_as_node(url_rec *u, const char *s, size_t n) {
  if (n == 0) return -1;
  uint8_t c = (uint8_t)s[0];
  if (!is_digit(c)) {
    int digits = 0;
    for (size_t i = 0; i < n && !digits; i++) digits = is_digit((uint8_t)s[i]);
    if (c <= 0x20 || c == '-' || !digits) return -1;
    u->port = -1;
    return 0;
  }
  return set_port_digits(u, s, n);
}

/* The host and hostname setters: host state (or hostname state) with an override. */
static int set_host(url_rec *u, const char *s, size_t n, int hostname_only) {
  if (u->opaque) return -1;
  int special = is_special(u);
  if (u->type == SCHEME_FILE) {
    size_t end = 0;
    while (end < n && s[end] != '/' && s[end] != '\\' && s[end] != '?' && s[end] != '#') end++;
    if (end == 0) {
      u->host.len = 0;
      return 0;
    }
    if (parse_host(&u->host, s, end, 1)) return -1;
    if (u->host.len == 9 && !memcmp(u->host.p, "localhost", 9)) u->host.len = 0;
    return 0;
  }
  int brackets = 0;
  size_t p = 0;
  for (; p < n; p++) {
    char c = s[p];
    if (c == ':' && !brackets) break;
    if (c == '/' || c == '?' || c == '#' || (special && c == '\\')) break;
    if (c == '[') brackets = 1;
    else if (c == ']') brackets = 0;
  }
  if (p < n && s[p] == ':') {
    if (hostname_only) return -1;
    /* Node 20 (ada) lets a URL that is not special have an empty host here, and takes no
     * port for a URL that had no host. */
    if (p == 0 && (special || !u->has_host)) return -1;
    int had_host = u->has_host;
    if (parse_host(&u->host, s, p, special)) return -1;
    u->has_host = 1;
    if (had_host) {
      /* (ada looks for digits up to the fragment, past the end of the port.) */
      const char *hash = memchr(s + p + 1, '#', n - p - 1);
      size_t end = hash ? (size_t)(hash - s) : n;
      set_port_as_node(u, s + p + 1, end - p - 1);
    }
    return 0;
  }
  if (p == 0) {
    if (special) return -1;
    if (has_credentials(u) || u->port >= 0) return -1;
    /* Node 20 (ada) gives a URL without a host an empty one only when its path starts with
     * an empty segment (sc:/.//p). */
    if (!u->has_host && !(u->nsegs > 1 && u->path.p[1] == '/')) return -1;
  }
  if (parse_host(&u->host, s, p, special)) return -1;
  u->has_host = 1;
  return 0;
}

static int set_pathname(url_rec *u, const char *s, size_t n) {
  if (u->opaque) return -1;
  u->path.len = 0;
  u->nsegs = 0;
  input in = {s, n};
  int c = at(&in, 0);
  if (is_special(u)) parse_path(u, &in, is_slash(c, 1) ? 1 : 0, 1);
  else if (n > 0) parse_path(u, &in, c == '/' ? 1 : 0, 1);
  else if (!u->has_host) push_segment(u, "", 0, 0);
  return 0;
}

/* A URL with an opaque path loses the trailing spaces of its path when it can no longer end
 * in one (its query and fragment both gone). */
static void strip_trailing_spaces(url_rec *u) {
  if (!u->opaque || u->has_fragment || u->has_query) return;
  while (u->path.len > 0 && u->path.p[u->path.len - 1] == ' ') u->path.len--;
}

/* Applies a setter to u. 0, or -1 when the URL does not change. */
static int url_set(url_rec *u, int action, const char *value, size_t n) {
  sbuf tmp;
  sb_init(&tmp);
  int r = 0;
  switch (action) {
    case SET_PROTOCOL:
      value = without_tabs(value, &n, &tmp);
      r = set_protocol(u, value, n);
      break;
    case SET_HOST:
    case SET_HOSTNAME:
      value = without_tabs(value, &n, &tmp);
      r = set_host(u, value, n, action == SET_HOSTNAME);
      break;
    case SET_PORT:
      if (cannot_have_credentials_or_port(u)) {
        r = -1;
        break;
      }
      value = without_tabs(value, &n, &tmp);
      if (n == 0) u->port = -1;
      else r = set_port_as_node(u, value, n);
      break;
    case SET_USERNAME:
    case SET_PASSWORD:
      if (cannot_have_credentials_or_port(u)) {
        r = -1;
        break;
      }
      encode_set(action == SET_USERNAME ? &u->username : &u->password, value, n, USERINFO_SET);
      break;
    case SET_PATHNAME:
      value = without_tabs(value, &n, &tmp);
      r = set_pathname(u, value, n);
      break;
    case SET_SEARCH:
      if (n == 0) {
        u->has_query = 0;
        u->query.len = 0;
        strip_trailing_spaces(u);
        break;
      }
      if (value[0] == '?') {
        value++;
        n--;
      }
      value = without_tabs(value, &n, &tmp);
      u->has_query = 1;
      encode_set(&u->query, value, n, is_special(u) ? SPECIAL_QUERY_SET : QUERY_SET);
      break;
    case SET_HASH:
      if (n == 0) {
        u->has_fragment = 0;
        u->fragment.len = 0;
        strip_trailing_spaces(u);
        break;
      }
      if (value[0] == '#') {
        value++;
        n--;
      }
      value = without_tabs(value, &n, &tmp);
      u->has_fragment = 1;
      encode_set(&u->fragment, value, n, FRAGMENT_SET);
      break;
    default:
      r = -1;
  }
  sb_free(&tmp);
  return r;
}

/* -- the binding -- */

/* A JS string as UTF-8 (lone surrogates become U+FFFD, as a USVString conversion makes
 * them). */
typedef struct {
  char *s;
  size_t len;
  char small[512];
} utf8_arg;

static void utf8_arg_init(js_env *js, js_value v, utf8_arg *a) {
  size_t n = js_string_length(v);
  a->s = a->small;
  if (js_string_is_one_byte(v)) {
    /* Latin-1: widen in place from the end when there is a byte above 0x7F. */
    size_t cap = n * 2;
    if (cap > sizeof a->small && !(a->s = malloc(cap ? cap : 1))) abort();
    js_string_write_latin1(js, v, a->s, 0, n);
    size_t high = 0;
    if (has_high_byte(a->s, n))
      for (size_t i = 0; i < n; i++) high += (uint8_t)a->s[i] >> 7;
    if (high) {
      size_t j = n + high;
      for (size_t i = n; i-- > 0;) {
        uint8_t c = (uint8_t)a->s[i];
        if (c < 0x80) {
          a->s[--j] = (char)c;
        } else {
          a->s[--j] = (char)(0x80 | (c & 0x3f));
          a->s[--j] = (char)(0xc0 | (c >> 6));
        }
      }
    }
    a->len = n + high;
  } else {
    size_t cap = n * 3;
    if (cap > sizeof a->small && !(a->s = malloc(cap))) abort();
    a->len = js_string_write_utf8(js, v, a->s, cap);
  }
}

static void utf8_arg_free(utf8_arg *a) {
  if (a->s != a->small) free(a->s);
}

static js_value href_string(js_env *js, const sbuf *href) {
  return js_string_latin1(js, href->p, href->len);
}

static void throw_invalid_url(js_env *js, const utf8_arg *in, const utf8_arg *base) {
  js_value err = js_error_new(js, "TypeError", "ERR_INVALID_URL", "Invalid URL");
  js_set_named(js, err, "input", js_string_utf8(js, in->s, in->len));
  if (base) js_set_named(js, err, "base", js_string_utf8(js, base->s, base->len));
  js_throw(js, err);
}


/* parse(input, base, raiseException): the href, with urlComponents filled; undefined (or an
 * ERR_INVALID_URL thrown) when input is not a valid URL. lib/ passes strings. */
static js_value url_binding_parse(js_env *js, js_call *call) {
  js_value input_v = js_arg(call, 0), base_v = js_arg(call, 1);
  if (!js_is(input_v, JS_IS_STRING)) return NULL;
  int has_base = js_is(base_v, JS_IS_STRING);
  utf8_arg in, base;
  url_rec u, b;
  rec_init(&u);
  utf8_arg_init(js, input_v, &in);
  int r = 0;
  if (has_base) {
    rec_init(&b);
    utf8_arg_init(js, base_v, &base);
    r = url_parse(&b, base.s, base.len, NULL);
  }
  if (r == 0) r = url_parse(&u, in.s, in.len, has_base ? &b : NULL);
  js_value result = NULL;
  if (r == 0) {
    char buf[512];
    sbuf href;
    sb_init_in(&href, buf, sizeof buf);
    url_serialize(&u, &href, url_components);
    result = href_string(js, &href);
    sb_free(&href);
  } else if (js_to_bool(js_arg(call, 2))) {
    throw_invalid_url(js, &in, has_base ? &base : NULL);
  }
  rec_free(&u);
  utf8_arg_free(&in);
  if (has_base) {
    rec_free(&b);
    utf8_arg_free(&base);
  }
  return result;
}

/* canParse(input, base): whether parse() would succeed. */
static js_value url_binding_can_parse(js_env *js, js_call *call) {
  js_value input_v = js_arg(call, 0), base_v = js_arg(call, 1);
  if (!js_is(input_v, JS_IS_STRING)) return NULL;
  int has_base = js_is(base_v, JS_IS_STRING);
  utf8_arg in, base;
  url_rec u, b;
  rec_init(&u);
  utf8_arg_init(js, input_v, &in);
  int r = 0;
  if (has_base) {
    rec_init(&b);
    utf8_arg_init(js, base_v, &base);
    r = url_parse(&b, base.s, base.len, NULL);
  }
  if (r == 0) r = url_parse(&u, in.s, in.len, has_base ? &b : NULL);
  rec_free(&u);
  utf8_arg_free(&in);
  if (has_base) {
    rec_free(&b);
    utf8_arg_free(&base);
  }
  return js_boolean(js, r == 0);
}

/* update(href, action, value): the href after the setter `action` (SET_*), with
 * urlComponents filled, or false when the URL does not change. */
static js_value url_binding_update(js_env *js, js_call *call) {
  js_value href_v = js_arg(call, 0), value_v = js_arg(call, 2);
  uint32_t action;
  if (!js_is(href_v, JS_IS_STRING) || !js_is(value_v, JS_IS_STRING) ||
      !js_arg_uint32(call, 1, &action))
    return NULL;
  utf8_arg h, v;
  url_rec u;
  rec_init(&u);
  utf8_arg_init(js, href_v, &h);
  utf8_arg_init(js, value_v, &v);
  int r = url_parse(&u, h.s, h.len, NULL);
  if (r == 0) {
    if (action == SET_HREF) {
      rec_free(&u);
      rec_init(&u);
      r = url_parse(&u, v.s, v.len, NULL);
    } else {
      r = url_set(&u, (int)action, v.s, v.len);
    }
  }
  js_value result;
  if (r == 0) {
    char buf[512];
    sbuf href;
    sb_init_in(&href, buf, sizeof buf);
    url_serialize(&u, &href, url_components);
    result = href_string(js, &href);
    sb_free(&href);
  } else {
    result = js_boolean(js, 0);
  }
  rec_free(&u);
  utf8_arg_free(&h);
  utf8_arg_free(&v);
  return result;
}

/* format(href, fragment, unicode, search, auth): url.format() of a URL's href, with the
 * components left out as asked and the host in Unicode when asked. */
static js_value url_binding_format(js_env *js, js_call *call) {
  js_value href_v = js_arg(call, 0);
  if (!js_is(href_v, JS_IS_STRING)) return NULL;
  utf8_arg h;
  url_rec u;
  rec_init(&u);
  utf8_arg_init(js, href_v, &h);
  js_value result;
  if (url_parse(&u, h.s, h.len, NULL)) {
    result = js_string_latin1(js, "", 0);
  } else {
    if (!js_to_bool(js_arg(call, 1))) u.has_fragment = 0;
    if (js_to_bool(js_arg(call, 2)) && u.has_host && u.host.len) {
      sbuf unicode;
      sb_init(&unicode);
      idna_to_unicode(u.host.p, u.host.len, &unicode);
      sb_set(&u.host, unicode.p, unicode.len);
      sb_free(&unicode);
    }
    if (!js_to_bool(js_arg(call, 3))) u.has_query = 0;
    if (!js_to_bool(js_arg(call, 4))) u.username.len = u.password.len = 0;
    uint32_t components[C_COUNT];
    sbuf out;
    sb_init(&out);
    url_serialize(&u, &out, components);
    result = js_string_utf8(js, out.p, out.len);
    sb_free(&out);
  }
  rec_free(&u);
  utf8_arg_free(&h);
  return result;
}

/* What the hostname setter of ws://x makes of domain, in out (empty when it refuses it), as
 * Node's domainToASCII() does. */
static void host_through_setter(js_env *js, js_value domain_v, sbuf *out) {
  utf8_arg d;
  url_rec u;
  rec_init(&u);
  sb_set(&u.scheme, "ws", 2);
  u.type = SCHEME_WS;
  u.has_host = 1;
  sb_set(&u.host, "x", 1);
  push_segment(&u, "", 0, 0);
  utf8_arg_init(js, domain_v, &d);
  out->len = 0;
  if (url_set(&u, SET_HOSTNAME, d.s, d.len) == 0) sb_set(out, u.host.p, u.host.len);
  rec_free(&u);
  utf8_arg_free(&d);
}

static js_value url_binding_domain_to_ascii(js_env *js, js_call *call) {
  js_value domain_v = js_arg(call, 0);
  if (!js_is(domain_v, JS_IS_STRING)) return NULL;
  sbuf host;
  sb_init(&host);
  host_through_setter(js, domain_v, &host);
  js_value result = js_string_latin1(js, host.p, host.len);
  sb_free(&host);
  return result;
}

static js_value url_binding_domain_to_unicode(js_env *js, js_call *call) {
  js_value domain_v = js_arg(call, 0);
  if (!js_is(domain_v, JS_IS_STRING)) return NULL;
  sbuf host, unicode;
  sb_init(&host);
  sb_init(&unicode);
  host_through_setter(js, domain_v, &host);
  idna_to_unicode(host.p, host.len, &unicode);
  js_value result = js_string_utf8(js, unicode.p, unicode.len);
  sb_free(&host);
  sb_free(&unicode);
  return result;
}

/* encoding_binding's toASCII(domain): UTS #46 ToASCII as the URL Standard configures it, ''
 * on error (the legacy url.parse() uses it). */
js_value url_idna_to_ascii(js_env *js, js_call *call) {
  js_value domain_v = js_arg(call, 0);
  if (!js_is(domain_v, JS_IS_STRING)) return NULL;
  utf8_arg d;
  sbuf out;
  sb_init(&out);
  utf8_arg_init(js, domain_v, &d);
  if (idna_to_ascii(d.s, d.len, &out)) out.len = 0;
  js_value result = js_string_latin1(js, out.p, out.len);
  sb_free(&out);
  utf8_arg_free(&d);
  return result;
}

/* encoding_binding's toUnicode(domain): its 'xn--' labels decoded where valid. */
js_value url_idna_to_unicode(js_env *js, js_call *call) {
  js_value domain_v = js_arg(call, 0);
  if (!js_is(domain_v, JS_IS_STRING)) return NULL;
  utf8_arg d;
  sbuf out;
  sb_init(&out);
  utf8_arg_init(js, domain_v, &d);
  idna_to_unicode(d.s, d.len, &out);
  js_value result = js_string_utf8(js, out.p, out.len);
  sb_free(&out);
  utf8_arg_free(&d);
  return result;
}

static const js_method url_methods[] = {
  {"canParse", url_binding_can_parse, 2},
  {"domainToASCII", url_binding_domain_to_ascii, 1},
  {"domainToUnicode", url_binding_domain_to_unicode, 1},
  {"format", url_binding_format, 5},
  {"parse", url_binding_parse, 3},
  {"update", url_binding_update, 3},
};

js_value binding_init_url(node_env *env) {
  js_env *js = env->js;
  init_tables();
  js_value b = js_object_new(js);
  js_set_methods(js, b, url_methods, ARRAY_SIZE(url_methods));
  void *data;
  js_value ab = js_array_buffer_new(js, C_COUNT * sizeof(uint32_t), &data);
  url_components = data;
  js_set_named(js, b, "urlComponents", js_typed_array_new(js, JS_UINT32, ab, 0, C_COUNT));
  return b;
}
