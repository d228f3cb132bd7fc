/* performance.c -- internalBinding('performance'): the clock and start-up milestones of
 * performance (lib/internal/perf/performance.js), loop idle time, and the histograms of
 * perf_hooks (lib/internal/histogram.js): recordable ones and the event loop delay monitor,
 * a libuv timer recording the time between its runs. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

#include "internal.h"

/* -- histograms --
 * HdrHistogram's layout, so that every figure matches Node's (which embeds it): values below
 * 2 * 10^figures are counted exactly; above, each power of two is split into as many
 * equal buckets as that, which keeps `figures` significant digits. */

typedef struct histogram {
  int64_t lowest, highest;
  int32_t unit_magnitude;
  int32_t sub_bucket_half_count_magnitude;
  int32_t sub_bucket_count;
  int32_t sub_bucket_half_count;
  int64_t sub_bucket_mask;
  int32_t counts_len;
  int64_t *counts;
  int64_t total_count;
  int64_t min_value, max_value;
  int64_t exceeds;
  uint64_t prev_delta;           /* uv_hrtime() of the last recordDelta, 0 before */
  /* the event loop delay monitor */
  node_env *env;
  js_ref *self;                  /* weak */
  uv_timer_t *timer;             /* NULL when not enabled; freed in its close callback */
  int64_t resolution;
} histogram;

static int histogram_init(histogram *h, int64_t lowest, int64_t highest, int figures) {
  memset(h, 0, sizeof *h);
  h->lowest = lowest;
  h->highest = highest;
  int64_t largest_single_unit = 2;
  for (int i = 0; i < figures; i++) largest_single_unit *= 10;
  int32_t sub_bucket_count_magnitude = (int32_t)ceil(log2((double)largest_single_unit));
  h->sub_bucket_half_count_magnitude = sub_bucket_count_magnitude > 1
                                           ? sub_bucket_count_magnitude - 1 : 0;
  h->unit_magnitude = (int32_t)floor(log2((double)lowest));
  h->sub_bucket_count = 1 << (h->sub_bucket_half_count_magnitude + 1);
  h->sub_bucket_half_count = h->sub_bucket_count / 2;
  h->sub_bucket_mask = ((int64_t)h->sub_bucket_count - 1) << h->unit_magnitude;
  int64_t smallest_untrackable = (int64_t)h->sub_bucket_count << h->unit_magnitude;
  int32_t buckets = 1;
  while (smallest_untrackable <= highest) {
    if (smallest_untrackable > INT64_MAX / 2) {
      buckets++;
      break;
    }
    smallest_untrackable <<= 1;
    buckets++;
  }
  h->counts_len = (buckets + 1) * (h->sub_bucket_count / 2);
  h->counts = calloc((size_t)h->counts_len, sizeof *h->counts);
  h->min_value = INT64_MAX;
  return h->counts ? 0 : UV_ENOMEM;
}

static int32_t bucket_index_of(const histogram *h, int64_t value) {
  int32_t pow2ceiling = 64 - __builtin_clzll((uint64_t)(value | h->sub_bucket_mask));
  return pow2ceiling - h->unit_magnitude - (h->sub_bucket_half_count_magnitude + 1);
}

static int32_t sub_bucket_index_of(const histogram *h, int64_t value, int32_t bucket) {
  return (int32_t)(value >> (bucket + h->unit_magnitude));
}

static int32_t counts_index_for(const histogram *h, int64_t value) {
  int32_t bucket = bucket_index_of(h, value);
  int32_t sub = sub_bucket_index_of(h, value, bucket);
  return ((bucket + 1) << h->sub_bucket_half_count_magnitude) + (sub - h->sub_bucket_half_count);
}

static int64_t value_at_index(const histogram *h, int32_t index) {
  int32_t bucket = (index >> h->sub_bucket_half_count_magnitude) - 1;
  int32_t sub = (index & (h->sub_bucket_half_count - 1)) + h->sub_bucket_half_count;
  if (bucket < 0) {
    sub -= h->sub_bucket_half_count;
    bucket = 0;
  }
  return (int64_t)sub << (bucket + h->unit_magnitude);
}

static int64_t equivalent_range(const histogram *h, int64_t value) {
  int32_t bucket = bucket_index_of(h, value);
  int32_t sub = sub_bucket_index_of(h, value, bucket);
  int32_t adjusted = sub >= h->sub_bucket_count ? bucket + 1 : bucket;
  return (int64_t)1 << (h->unit_magnitude + adjusted);
}

static int64_t lowest_equivalent(const histogram *h, int64_t value) {
  int32_t bucket = bucket_index_of(h, value);
  int32_t sub = sub_bucket_index_of(h, value, bucket);
  return (int64_t)sub << (bucket + h->unit_magnitude);
}

static int64_t highest_equivalent(const histogram *h, int64_t value) {
  return lowest_equivalent(h, value) + equivalent_range(h, value) - 1;
}

static int64_t median_equivalent(const histogram *h, int64_t value) {
  return lowest_equivalent(h, value) + (equivalent_range(h, value) >> 1);
}

/* 0, or -1 when the value is past what the histogram tracks (counted in exceeds). */
static int histogram_record(histogram *h, int64_t value) {
  if (value < 0) return -1;
  int32_t index = counts_index_for(h, value);
  if (index < 0 || index >= h->counts_len) {
    h->exceeds++;
    return -1;
  }
  h->counts[index]++;
  h->total_count++;
  if (value < h->min_value && value != 0) h->min_value = value;
  if (value > h->max_value) h->max_value = value;
  return 0;
}

static void histogram_reset(histogram *h) {
  memset(h->counts, 0, (size_t)h->counts_len * sizeof *h->counts);
  h->total_count = 0;
  h->min_value = INT64_MAX;
  h->max_value = 0;
  h->exceeds = 0;
  h->prev_delta = 0;
}

static int64_t histogram_min(const histogram *h) {
  if (h->counts[0] > 0) return 0;
  return h->min_value == INT64_MAX ? INT64_MAX : lowest_equivalent(h, h->min_value);
}

static int64_t histogram_max(const histogram *h) {
  return h->max_value == 0 ? 0 : highest_equivalent(h, h->max_value);
}

static double histogram_mean(const histogram *h) {
  double total = 0;
  for (int32_t i = 0; i < h->counts_len; i++) {
    if (h->counts[i]) total += (double)h->counts[i] * (double)median_equivalent(h, value_at_index(h, i));
  }
  return total / (double)h->total_count;
}

static double histogram_stddev(const histogram *h) {
  double mean = histogram_mean(h), dev_total = 0;
  for (int32_t i = 0; i < h->counts_len; i++) {
    if (!h->counts[i]) continue;
    double dev = (double)median_equivalent(h, value_at_index(h, i)) - mean;
    dev_total += dev * dev * (double)h->counts[i];
  }
  return sqrt(dev_total / (double)h->total_count);
}

static int64_t histogram_percentile(const histogram *h, double percentile) {
  double requested = percentile < 100 ? percentile : 100;
  int64_t at = (int64_t)((requested / 100) * (double)h->total_count + 0.5);
  if (at < 1) at = 1;
  int64_t total = 0;
  for (int32_t i = 0; i < h->counts_len; i++) {
    total += h->counts[i];
    if (total >= at) return highest_equivalent(h, value_at_index(h, i));
  }
  return 0;
}

/* -- the JS class -- */

static const int histogram_tag;

static histogram *histogram_this(js_env *js, js_call *call) {
  histogram *h = js_unwrap_tagged(js_this(call), &histogram_tag);
  if (!h) js_throw_type_error(js, "ERR_INVALID_THIS", "Value of \"this\" must be of type Histogram");
  return h;
}

static void histogram_timer_close_cb(uv_handle_t *handle) { free(handle); }

static void histogram_stop(histogram *h) {
  if (!h->timer) return;
  uv_timer_stop(h->timer);
  uv_close((uv_handle_t *)h->timer, histogram_timer_close_cb);
  h->timer = NULL;
}

static void histogram_gc(void *data) {
  histogram *h = data;
  histogram_stop(h);
  js_ref_free(h->self);
  free(h->counts);
  free(h);
}

/* new Histogram(lowest, highest, figures): lib/ has validated the numbers. */
static js_value histogram_new(js_env *js, js_call *call) {
  double lowest = js_number_value(js_arg(call, 0));
  double highest = js_number_value(js_arg(call, 1));
  int figures = js_int32_value(js_arg(call, 2));
  histogram *h = malloc(sizeof *h);
  if (!h || histogram_init(h, (int64_t)lowest, (int64_t)highest, figures)) {
    free(h);
    js_throw_range_error(js, "ERR_MEMORY_ALLOCATION_FAILED", "Failed to allocate memory");
    return NULL;
  }
  h->env = env_of(js);
  js_value self = js_this(call);
  js_wrap_tagged(self, h, &histogram_tag);
  h->self = js_ref_new(js, self);
  js_ref_set_weak(h->self, histogram_gc, h);
  return NULL;
}

/* Values as numbers, or as BigInts when the first argument is true. */
static js_value int64_result(js_env *js, js_call *call, int64_t v) {
  return js_to_bool(js_arg(call, 0)) ? js_bigint_from_int64(js, v) : js_number(js, (double)v);
}

static js_value histogram_count(js_env *js, js_call *call) {
  histogram *h = histogram_this(js, call);
  return h ? int64_result(js, call, h->total_count) : NULL;
}

static js_value histogram_exceeds(js_env *js, js_call *call) {
  histogram *h = histogram_this(js, call);
  return h ? int64_result(js, call, h->exceeds) : NULL;
}

static js_value histogram_get_min(js_env *js, js_call *call) {
  histogram *h = histogram_this(js, call);
  return h ? int64_result(js, call, histogram_min(h)) : NULL;
}

static js_value histogram_get_max(js_env *js, js_call *call) {
  histogram *h = histogram_this(js, call);
  return h ? int64_result(js, call, histogram_max(h)) : NULL;
}

static js_value histogram_get_mean(js_env *js, js_call *call) {
  histogram *h = histogram_this(js, call);
  return h ? js_number(js, histogram_mean(h)) : NULL;
}

static js_value histogram_get_stddev(js_env *js, js_call *call) {
  histogram *h = histogram_this(js, call);
  return h ? js_number(js, histogram_stddev(h)) : NULL;
}

/* percentile(p, asBigInt): lib/ has checked 0 < p <= 100. */
static js_value histogram_get_percentile(js_env *js, js_call *call) {
  histogram *h = histogram_this(js, call);
  if (!h) return NULL;
  int64_t v = histogram_percentile(h, js_number_value(js_arg(call, 0)));
  return js_to_bool(js_arg(call, 1)) ? js_bigint_from_int64(js, v) : js_number(js, (double)v);
}

/* percentiles(asBigInt): [percentile, value, ...] as HdrHistogram's percentile iteration
 * reports them (one tick per half distance): 0, 50, 75, 87.5, ... up to the largest value,
 * and then 100. */
static js_value histogram_get_percentiles(js_env *js, js_call *call) {
  histogram *h = histogram_this(js, call);
  if (!h) return NULL;
  int big = js_to_bool(js_arg(call, 0));
  js_value out = js_array_new(js, 0);
  uint32_t n = 0;
  double target = 0;
  int64_t cumulative = 0, value = 0;
#define EMIT(p, v) \
  do { \
    js_set_index(js, out, n++, js_number(js, (p))); \
    js_set_index(js, out, n++, big ? js_bigint_from_int64(js, (v)) : js_number(js, (double)(v))); \
  } while (0)
  for (int32_t i = 0; i < h->counts_len && cumulative < h->total_count; i++) {
    if (!h->counts[i]) continue;
    cumulative += h->counts[i];
    value = value_at_index(h, i);
    while (cumulative * 100.0 / (double)h->total_count >= target) {
      EMIT(target, value);
      int64_t half = (int64_t)pow(2, (double)((int64_t)(log(100 / (100.0 - target)) / log(2)) + 1));
      target += 100.0 / (double)half;
      if (cumulative >= h->total_count) break;
    }
  }
  EMIT(100.0, value);
#undef EMIT
  return out;
}

static js_value histogram_reset_method(js_env *js, js_call *call) {
  histogram *h = histogram_this(js, call);
  if (h) histogram_reset(h);
  return NULL;
}

/* record(value): lib/ has checked a Number to be in 1..2^53-1, a BigInt in 1..2^64-1. */
static js_value histogram_record_method(js_env *js, js_call *call) {
  histogram *h = histogram_this(js, call);
  if (!h) return NULL;
  js_value v = js_arg(call, 0);
  if (js_is(v, JS_IS_BIGINT)) {
    int lossless;
    uint64_t value = js_bigint_uint64(v, &lossless);
    if (value > INT64_MAX) h->exceeds++;
    else histogram_record(h, (int64_t)value);
  } else {
    histogram_record(h, (int64_t)js_number_value(v));
  }
  return NULL;
}

/* add(other): every value of other, counted as often (at the low end of its bucket). */
static js_value histogram_add(js_env *js, js_call *call) {
  histogram *h = histogram_this(js, call);
  histogram *o = js_is(js_arg(call, 0), JS_IS_OBJECT)
                     ? js_unwrap_tagged(js_arg(call, 0), &histogram_tag) : NULL;
  if (!h || !o) return NULL;
  for (int32_t i = 0; i < o->counts_len; i++) {
    if (!o->counts[i]) continue;
    int64_t value = value_at_index(o, i);
    if (histogram_record(h, value) == 0) {
      int32_t index = counts_index_for(h, value);
      h->counts[index] += o->counts[i] - 1;
      h->total_count += o->counts[i] - 1;
    }
  }
  return NULL;
}

static void record_delta(histogram *h) {
  uint64_t now = uv_hrtime();
  if (h->prev_delta != 0) histogram_record(h, (int64_t)(now - h->prev_delta));
  h->prev_delta = now;
}

static js_value histogram_record_delta(js_env *js, js_call *call) {
  histogram *h = histogram_this(js, call);
  if (h) record_delta(h);
  return NULL;
}

static void eld_timer_cb(uv_timer_t *timer) { record_delta(timer->data); }

/* start(resolution): the delay monitor; true when it was not running. */
static js_value histogram_start(js_env *js, js_call *call) {
  histogram *h = histogram_this(js, call);
  if (!h) return NULL;
  if (h->timer) return js_boolean(js, 0);
  uv_timer_t *timer = malloc(sizeof *timer);
  if (!timer) return js_boolean(js, 0);
  uv_timer_init(h->env->loop, timer);
  timer->data = h;
  uv_unref((uv_handle_t *)timer);
  h->timer = timer;
  h->resolution = js_int64_value(js_arg(call, 0));
  h->prev_delta = uv_hrtime();
  uv_timer_start(timer, eld_timer_cb, (uint64_t)h->resolution, (uint64_t)h->resolution);
  return js_boolean(js, 1);
}

static js_value histogram_stop_method(js_env *js, js_call *call) {
  histogram *h = histogram_this(js, call);
  if (!h) return NULL;
  if (!h->timer) return js_boolean(js, 0);
  histogram_stop(h);
  return js_boolean(js, 1);
}

static const js_method histogram_methods[] = {
  {"add", histogram_add, 1},
  {"count", histogram_count, 1},
  {"exceeds", histogram_exceeds, 1},
  {"max", histogram_get_max, 1},
  {"mean", histogram_get_mean, 0},
  {"min", histogram_get_min, 1},
  {"percentile", histogram_get_percentile, 2},
  {"percentiles", histogram_get_percentiles, 1},
  {"record", histogram_record_method, 1},
  {"recordDelta", histogram_record_delta, 0},
  {"reset", histogram_reset_method, 0},
  {"start", histogram_start, 1},
  {"stddev", histogram_get_stddev, 0},
  {"stop", histogram_stop_method, 0},
};

/* -- timing -- */

static double ms_since_origin(node_env *env, uint64_t t) {
  return (double)(t - env->start_time) / 1e6;
}

static js_value performance_now(js_env *js, js_call *call) {
  (void)call;
  return js_number(js, ms_since_origin(env_of(js), uv_hrtime()));
}

/* [nodeStart, v8Start, environment, bootstrapComplete, loopStart, loopExit] in ms since the
 * time origin, -1 for those not reached yet. */
static js_value performance_milestones(js_env *js, js_call *call) {
  (void)call;
  node_env *env = env_of(js);
  js_value out = js_array_new(js, ARRAY_SIZE(env->milestones));
  for (uint32_t i = 0; i < ARRAY_SIZE(env->milestones); i++) {
    uint64_t t = env->milestones[i];
    js_set_index(js, out, i, js_number(js, t ? ms_since_origin(env, t) : -1));
  }
  return out;
}

/* The loop's time in the kernel's event wait, in ms. */
static js_value performance_loop_idle_time(js_env *js, js_call *call) {
  (void)call;
  return js_number(js, (double)uv_metrics_idle_time(env_of(js)->loop) / 1e6);
}

static const js_method performance_methods[] = {
  {"loopIdleTime", performance_loop_idle_time, 0},
  {"milestones", performance_milestones, 0},
  {"now", performance_now, 0},
};

js_value binding_init_performance(node_env *env) {
  js_env *js = env->js;
  js_value b = js_object_new(js);
  js_set_methods(js, b, performance_methods, ARRAY_SIZE(performance_methods));
  /* the wall clock at the time origin, in ms since the epoch */
  struct timeval tv;
  gettimeofday(&tv, NULL);
  double wall = (double)tv.tv_sec * 1e3 + (double)tv.tv_usec / 1e3;
  js_set_named(js, b, "timeOrigin", js_number(js, wall - ms_since_origin(env, uv_hrtime())));
  js_set_named(js, b, "Histogram",
               js_class_new(js, "Histogram", histogram_new, histogram_methods,
                            ARRAY_SIZE(histogram_methods), 2));
  return b;
}
