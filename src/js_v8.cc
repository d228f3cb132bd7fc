// js_v8.cc -- src/js.h over V8's C++ API. It holds no runtime logic (no fs, no sockets, no
// loop): it only turns V8's API into plain C functions over opaque types.
#include "js.h"

#include <libplatform/libplatform.h>
#include <v8.h>

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <atomic>
#include <memory>
#include <new>
#include <unordered_map>
#include <vector>

using v8::Local;

struct fn_data {
  js_native fn;
  const void *data;
  fn_data *next;
};

// Counts the bytes held by ArrayBuffers (process.memoryUsage().arrayBuffers) and can hand
// out uninitialized memory for buffers that are about to be filled.
class CountingAllocator : public v8::ArrayBuffer::Allocator {
 public:
  void *Allocate(size_t length) override {
    void *p = calloc(length ? length : 1, 1);
    if (p) total_ += length;
    return p;
  }
  void *AllocateUninitialized(size_t length) override {
    void *p = malloc(length ? length : 1);
    if (p) total_ += length;
    return p;
  }
  void Free(void *data, size_t length) override {
    total_ -= length;
    free(data);
  }
  size_t total() const { return total_.load(); }

 private:
  std::atomic<size_t> total_{0};
};

namespace {
// Resources of strings over static memory. The env owns them (V8 may keep such a string
// until the isolate goes), so they are freed with the env and never leak in between.
struct StaticResource {
  virtual ~StaticResource() = default;
  StaticResource *next = nullptr;
};
}  // namespace

struct js_module {
  js_env *env;
  v8::Global<v8::Module> handle;
  int hash;
  void *data;
  js_module_steps steps;
};

struct js_env {
  v8::Isolate *isolate;
  v8::Global<v8::Context> context;
  CountingAllocator *allocator;
  void *data;
  js_promise_reject_cb reject_cb;
  v8::Global<v8::Private> arrow_key;
  v8::Global<v8::Private> attached_key;
  v8::Global<v8::Value> last_exception;
  v8::Global<v8::String> last_arrow;
  fn_data *fn_list;
  v8::Global<v8::Function> prepare_stack_trace;
  struct StaticResource *static_resources;
  // V8 names modules by handle; the callbacks need our js_module (identity hash -> modules).
  std::unordered_multimap<int, js_module *> modules;
  js_module_resolve_cb resolve_cb;
  js_import_meta_cb import_meta_cb;
  js_dynamic_import_cb dynamic_import_cb;
};

struct js_ref {
  v8::Global<v8::Value> handle;
  void (*weak_cb)(void *data);
  void *weak_data;
};

static_assert(sizeof(Local<v8::Value>) == sizeof(js_value), "Local is one pointer");
static_assert(sizeof(v8::HandleScope) <= sizeof(js_scope), "js_scope too small");

template <class T>
static inline js_value V(Local<T> l) {
  js_value v;
  Local<v8::Value> lv = l;
  memcpy(&v, static_cast<const void *>(&lv), sizeof v);
  return v;
}
template <class T>
static inline js_value V(v8::MaybeLocal<T> m) {
  Local<T> l;
  return m.ToLocal(&l) ? V(l) : nullptr;
}
static inline Local<v8::Value> L(js_value v) {
  Local<v8::Value> l;
  memcpy(static_cast<void *>(&l), &v, sizeof v);
  return l;
}
template <class T>
static inline Local<T> LA(js_value v) {
  return L(v).As<T>();
}
static inline Local<v8::Context> Ctx(js_env *env) {
  return env->context.Get(env->isolate);
}
static js_env *EnvOf(v8::Isolate *isolate) { return static_cast<js_env *>(isolate->GetData(0)); }

static std::unique_ptr<v8::Platform> platform;

extern "C" {

int js_platform_init(int *argc, char **argv) {
  v8::V8::SetFlagsFromCommandLine(argc, argv, true);
  v8::V8::InitializeICU();
  platform = v8::platform::NewDefaultPlatform(2);
  v8::V8::InitializePlatform(platform.get());
  v8::V8::Initialize();
  return 0;
}

void js_set_flags(const char *flags) { v8::V8::SetFlagsFromString(flags, strlen(flags)); }

void js_platform_dispose(void) {
  v8::V8::Dispose();
  v8::V8::DisposePlatform();
  platform.reset();
}

const char *js_v8_version(void) { return v8::V8::GetVersion(); }

static void promise_reject_trampoline(v8::PromiseRejectMessage msg) {
  Local<v8::Promise> promise = msg.GetPromise();
  v8::Isolate *isolate = promise->GetIsolate();
  js_env *env = static_cast<js_env *>(isolate->GetData(0));
  if (!env->reject_cb) return;
  int event;
  switch (msg.GetEvent()) {
    case v8::kPromiseRejectWithNoHandler: event = 0; break;
    case v8::kPromiseHandlerAddedAfterReject: event = 1; break;
    case v8::kPromiseResolveAfterResolved: event = 2; break;
    case v8::kPromiseRejectAfterResolved: event = 3; break;
    default: return;
  }
  Local<v8::Value> value = msg.GetValue();
  if (value.IsEmpty()) value = v8::Undefined(isolate);
  env->reject_cb(env, event, V(promise), V(value));
}

js_env *js_env_new(void *data) {
  js_env *env = new js_env();
  env->allocator = new CountingAllocator();
  v8::Isolate::CreateParams params;
  params.array_buffer_allocator = env->allocator;
  v8::Isolate *isolate = v8::Isolate::New(params);
  env->isolate = isolate;
  env->data = data;
  isolate->SetData(0, env);
  isolate->Enter();
  isolate->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
  isolate->SetPromiseRejectCallback(promise_reject_trampoline);
  v8::HandleScope scope(isolate);
  Local<v8::Context> context = v8::Context::New(isolate);
  env->context.Reset(isolate, context);
  env->arrow_key.Reset(isolate, v8::Private::New(isolate));
  env->attached_key.Reset(isolate, v8::Private::New(isolate));
  context->Enter();
  return env;
}

void js_env_free(js_env *env) {
  v8::Isolate *isolate = env->isolate;
  {
    v8::HandleScope scope(isolate);
    Ctx(env)->Exit();
  }
  env->context.Reset();
  env->arrow_key.Reset();
  env->attached_key.Reset();
  env->last_exception.Reset();
  env->last_arrow.Reset();
  env->prepare_stack_trace.Reset();
  for (auto &entry : env->modules) delete entry.second;
  env->modules.clear();
  isolate->Exit();
  isolate->Dispose();
  while (env->fn_list) {
    fn_data *next = env->fn_list->next;
    delete env->fn_list;
    env->fn_list = next;
  }
  while (env->static_resources) {
    StaticResource *next = env->static_resources->next;
    delete env->static_resources;
    env->static_resources = next;
  }
  delete env->allocator;
  delete env;
}

void *js_env_data(js_env *env) { return env->data; }

js_value js_global(js_env *env) { return V(Ctx(env)->Global()); }

void js_scope_open(js_env *env, js_scope *scope) {
  ::new (static_cast<void *>(scope)) v8::HandleScope(env->isolate);
}

void js_scope_close(js_scope *scope) {
  reinterpret_cast<v8::HandleScope *>(scope)->~HandleScope();
}

// -- primitives --

js_value js_undefined(js_env *env) { return V(v8::Undefined(env->isolate)); }
js_value js_null(js_env *env) { return V(v8::Null(env->isolate)); }
js_value js_boolean(js_env *env, int b) { return V(v8::Boolean::New(env->isolate, b != 0)); }
js_value js_number(js_env *env, double d) { return V(v8::Number::New(env->isolate, d)); }
js_value js_int32(js_env *env, int32_t i) { return V(v8::Integer::New(env->isolate, i)); }
js_value js_uint32(js_env *env, uint32_t u) {
  return V(v8::Integer::NewFromUnsigned(env->isolate, u));
}
js_value js_bigint_from_int64(js_env *env, int64_t i) { return V(v8::BigInt::New(env->isolate, i)); }
js_value js_bigint_from_uint64(js_env *env, uint64_t u) {
  return V(v8::BigInt::NewFromUnsigned(env->isolate, u));
}

js_value js_string_utf8(js_env *env, const char *s, size_t len) {
  if (len == (size_t)-1) len = strlen(s);
  if (len > (size_t)v8::String::kMaxLength) return nullptr;
  return V(v8::String::NewFromUtf8(env->isolate, s, v8::NewStringType::kNormal, (int)len));
}

js_value js_string_latin1(js_env *env, const char *s, size_t len) {
  if (len > (size_t)v8::String::kMaxLength) return nullptr;
  return V(v8::String::NewFromOneByte(env->isolate, reinterpret_cast<const uint8_t *>(s),
                                      v8::NewStringType::kNormal, (int)len));
}

js_value js_string_utf16(js_env *env, const uint16_t *s, size_t len) {
  if (len > (size_t)v8::String::kMaxLength) return nullptr;
  return V(v8::String::NewFromTwoByte(env->isolate, s, v8::NewStringType::kNormal, (int)len));
}

js_value js_string_intern(js_env *env, const char *s) {
  return V(v8::String::NewFromUtf8(env->isolate, s, v8::NewStringType::kInternalized));
}

namespace {
class StaticOneByte : public v8::String::ExternalOneByteStringResource, public StaticResource {
 public:
  StaticOneByte(const char *data, size_t len) : data_(data), len_(len) {}
  const char *data() const override { return data_; }
  size_t length() const override { return len_; }
  void Dispose() override {}

 private:
  const char *data_;
  size_t len_;
};
class StaticTwoByte : public v8::String::ExternalStringResource, public StaticResource {
 public:
  StaticTwoByte(const uint16_t *data, size_t len) : data_(data), len_(len) {}
  const uint16_t *data() const override { return data_; }
  size_t length() const override { return len_; }
  void Dispose() override {}

 private:
  const uint16_t *data_;
  size_t len_;
};
}  // namespace

namespace {
// Its memory counts as the isolate's external memory (as Node's external strings do), so
// that the GC knows to collect strings holding much of it.
class OwnedOneByte : public v8::String::ExternalOneByteStringResource {
 public:
  OwnedOneByte(v8::Isolate *isolate, char *data, size_t len, void (*release)(char *, size_t))
      : isolate_(isolate), data_(data), len_(len), release_(release) {
    isolate_->AdjustAmountOfExternalAllocatedMemory((int64_t)len_);
  }
  const char *data() const override { return data_; }
  size_t length() const override { return len_; }
  void Dispose() override {
    isolate_->AdjustAmountOfExternalAllocatedMemory(-(int64_t)len_);
    release_(data_, len_);
    delete this;
  }

 private:
  v8::Isolate *isolate_;
  char *data_;
  size_t len_;
  void (*release_)(char *, size_t);
};
}  // namespace

js_value js_string_external_latin1(js_env *env, char *data, size_t len,
                                   void (*release)(char *data, size_t len)) {
  if (len > (size_t)v8::String::kMaxLength) {
    release(data, len);
    return nullptr;
  }
  OwnedOneByte *r = new OwnedOneByte(env->isolate, data, len, release);
  Local<v8::String> s;
  if (!v8::String::NewExternalOneByte(env->isolate, r).ToLocal(&s)) {
    r->Dispose();
    return nullptr;
  }
  return V(s);
}

namespace {
class OwnedTwoByte : public v8::String::ExternalStringResource {
 public:
  OwnedTwoByte(v8::Isolate *isolate, uint16_t *data, size_t len,
               void (*release)(uint16_t *, size_t))
      : isolate_(isolate), data_(data), len_(len), release_(release) {
    isolate_->AdjustAmountOfExternalAllocatedMemory((int64_t)(len_ * 2));
  }
  const uint16_t *data() const override { return data_; }
  size_t length() const override { return len_; }
  void Dispose() override {
    isolate_->AdjustAmountOfExternalAllocatedMemory(-(int64_t)(len_ * 2));
    release_(data_, len_);
    delete this;
  }

 private:
  v8::Isolate *isolate_;
  uint16_t *data_;
  size_t len_;
  void (*release_)(uint16_t *, size_t);
};
}  // namespace

js_value js_string_external_utf16(js_env *env, uint16_t *data, size_t len,
                                  void (*release)(uint16_t *data, size_t len)) {
  if (len > (size_t)v8::String::kMaxLength) {
    release(data, len);
    return nullptr;
  }
  OwnedTwoByte *r = new OwnedTwoByte(env->isolate, data, len, release);
  Local<v8::String> s;
  if (!v8::String::NewExternalTwoByte(env->isolate, r).ToLocal(&s)) {
    r->Dispose();
    return nullptr;
  }
  return V(s);
}

const char *js_string_external_latin1_data(js_value s, size_t *len) {
  Local<v8::String> str = LA<v8::String>(s);
  if (!str->IsExternalOneByte()) return nullptr;
  const v8::String::ExternalOneByteStringResource *r = str->GetExternalOneByteStringResource();
  *len = r->length();
  return r->data();
}

size_t js_string_max_length(void) { return (size_t)v8::String::kMaxLength; }
size_t js_typed_array_max_length(void) { return v8::TypedArray::kMaxLength; }

js_value js_string_static_latin1(js_env *env, const char *s, size_t len) {
  StaticOneByte *r = new StaticOneByte(s, len);
  r->next = env->static_resources;
  env->static_resources = r;
  return V(v8::String::NewExternalOneByte(env->isolate, r));
}

js_value js_string_static_utf16(js_env *env, const uint16_t *s, size_t len) {
  StaticTwoByte *r = new StaticTwoByte(s, len);
  r->next = env->static_resources;
  env->static_resources = r;
  return V(v8::String::NewExternalTwoByte(env->isolate, r));
}

js_value js_symbol(js_env *env, const char *description) {
  Local<v8::String> d;
  if (description) d = LA<v8::String>(js_string_utf8(env, description, (size_t)-1));
  return V(v8::Symbol::New(env->isolate, d));
}

// -- checks and conversions --

int js_is(js_value jv, js_check what) {
  Local<v8::Value> v = L(jv);
  switch (what) {
    case JS_IS_UNDEFINED: return v->IsUndefined();
    case JS_IS_NULL: return v->IsNull();
    case JS_IS_NULL_OR_UNDEFINED: return v->IsNullOrUndefined();
    case JS_IS_BOOLEAN: return v->IsBoolean();
    case JS_IS_NUMBER: return v->IsNumber();
    case JS_IS_INT32: return v->IsInt32();
    case JS_IS_UINT32: return v->IsUint32();
    case JS_IS_STRING: return v->IsString();
    case JS_IS_SYMBOL: return v->IsSymbol();
    case JS_IS_BIGINT: return v->IsBigInt();
    case JS_IS_OBJECT: return v->IsObject();
    case JS_IS_FUNCTION: return v->IsFunction();
    case JS_IS_ARRAY: return v->IsArray();
    case JS_IS_PROMISE: return v->IsPromise();
    case JS_IS_PROXY: return v->IsProxy();
    case JS_IS_DATE: return v->IsDate();
    case JS_IS_REGEXP: return v->IsRegExp();
    case JS_IS_NATIVE_ERROR: return v->IsNativeError();
    case JS_IS_MAP: return v->IsMap();
    case JS_IS_SET: return v->IsSet();
    case JS_IS_WEAK_MAP: return v->IsWeakMap();
    case JS_IS_WEAK_SET: return v->IsWeakSet();
    case JS_IS_MAP_ITERATOR: return v->IsMapIterator();
    case JS_IS_SET_ITERATOR: return v->IsSetIterator();
    case JS_IS_ARRAY_BUFFER: return v->IsArrayBuffer();
    case JS_IS_SHARED_ARRAY_BUFFER: return v->IsSharedArrayBuffer();
    case JS_IS_ARRAY_BUFFER_VIEW: return v->IsArrayBufferView();
    case JS_IS_TYPED_ARRAY: return v->IsTypedArray();
    case JS_IS_UINT8_ARRAY: return v->IsUint8Array();
    case JS_IS_DATA_VIEW: return v->IsDataView();
    case JS_IS_EXTERNAL: return v->IsExternal();
    case JS_IS_ARGUMENTS_OBJECT: return v->IsArgumentsObject();
    case JS_IS_BIGINT_OBJECT: return v->IsBigIntObject();
    case JS_IS_BOOLEAN_OBJECT: return v->IsBooleanObject();
    case JS_IS_NUMBER_OBJECT: return v->IsNumberObject();
    case JS_IS_STRING_OBJECT: return v->IsStringObject();
    case JS_IS_SYMBOL_OBJECT: return v->IsSymbolObject();
    case JS_IS_ASYNC_FUNCTION: return v->IsAsyncFunction();
    case JS_IS_GENERATOR_FUNCTION: return v->IsGeneratorFunction();
    case JS_IS_GENERATOR_OBJECT: return v->IsGeneratorObject();
    case JS_IS_MODULE_NAMESPACE_OBJECT: return v->IsModuleNamespaceObject();
    case JS_IS_WASM_MODULE_OBJECT: return v->IsWasmModuleObject();
  }
  return 0;
}

int js_to_bool(js_value v) {
  Local<v8::Value> l = L(v);
  return l->BooleanValue(v8::Isolate::GetCurrent());
}
double js_number_value(js_value v) { return LA<v8::Number>(v)->Value(); }
int32_t js_int32_value(js_value v) {
  Local<v8::Value> l = L(v);
  if (l->IsInt32()) return l.As<v8::Int32>()->Value();
  double d = l.As<v8::Number>()->Value();
  if (!(d == d) || d == 1.0 / 0.0 || d == -1.0 / 0.0) return 0;
  double m = fmod(trunc(d), 4294967296.0);
  if (m < 0) m += 4294967296.0;
  return (int32_t)(uint32_t)m;
}
uint32_t js_uint32_value(js_value v) { return (uint32_t)js_int32_value(v); }
int64_t js_int64_value(js_value v) {
  double d = LA<v8::Number>(v)->Value();
  if (!(d == d)) return 0;
  if (d >= 9223372036854775807.0) return INT64_MAX;
  if (d <= -9223372036854775808.0) return INT64_MIN;
  return (int64_t)d;
}
int64_t js_bigint_int64(js_value v, int *lossless) {
  bool ok;
  int64_t r = LA<v8::BigInt>(v)->Int64Value(&ok);
  if (lossless) *lossless = ok;
  return r;
}
uint64_t js_bigint_uint64(js_value v, int *lossless) {
  bool ok;
  uint64_t r = LA<v8::BigInt>(v)->Uint64Value(&ok);
  if (lossless) *lossless = ok;
  return r;
}

int js_to_number(js_env *env, js_value v, double *out) {
  double d;
  if (!L(v)->NumberValue(Ctx(env)).To(&d)) return -1;
  *out = d;
  return 0;
}

js_value js_to_string(js_env *env, js_value v) { return V(L(v)->ToString(Ctx(env))); }
js_value js_detail_string(js_env *env, js_value v) {
  return V(L(v)->ToDetailString(Ctx(env)));
}

size_t js_string_length(js_value s) { return LA<v8::String>(s)->Length(); }
size_t js_string_utf8_length(js_env *env, js_value s) {
  return LA<v8::String>(s)->Utf8Length(env->isolate);
}
int js_string_is_one_byte(js_value s) { return LA<v8::String>(s)->IsOneByte(); }

size_t js_string_write_utf8(js_env *env, js_value s, char *buf, size_t cap) {
  int flags = v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8;
  if (cap > INT32_MAX) cap = INT32_MAX;
  return LA<v8::String>(s)->WriteUtf8(env->isolate, buf, (int)cap, nullptr, flags);
}

size_t js_string_write_latin1(js_env *env, js_value s, char *buf, size_t start, size_t cap) {
  if (cap > INT32_MAX) cap = INT32_MAX;
  return LA<v8::String>(s)->WriteOneByte(env->isolate, reinterpret_cast<uint8_t *>(buf),
                                         (int)start, (int)cap,
                                         v8::String::NO_NULL_TERMINATION);
}

size_t js_string_write_utf16(js_env *env, js_value s, uint16_t *buf, size_t start, size_t cap) {
  if (cap > INT32_MAX) cap = INT32_MAX;
  return LA<v8::String>(s)->Write(env->isolate, buf, (int)start, (int)cap,
                                  v8::String::NO_NULL_TERMINATION);
}

int js_utf8_init(js_env *env, js_value v, js_utf8 *out) {
  out->str = out->inline_buf;
  out->len = 0;
  out->inline_buf[0] = 0;
  Local<v8::Value> l = L(v);
  Local<v8::String> s;
  if (l->IsString()) {
    s = l.As<v8::String>();
  } else if (!l->ToString(Ctx(env)).ToLocal(&s)) {
    return -1;
  }
  size_t n = s->Utf8Length(env->isolate);
  if (n + 1 > sizeof out->inline_buf) {
    out->str = static_cast<char *>(malloc(n + 1));
    if (!out->str) abort();
  }
  int flags = v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8;
  out->len = s->WriteUtf8(env->isolate, out->str, (int)n, nullptr, flags);
  out->str[out->len] = 0;
  return 0;
}

void js_utf8_free(js_utf8 *u) {
  if (u->str != u->inline_buf) free(u->str);
  u->str = u->inline_buf;
}

// -- objects --

js_value js_object_new(js_env *env) { return V(v8::Object::New(env->isolate)); }
js_value js_object_new_null_proto(js_env *env) {
  Local<v8::Object> o = v8::Object::New(env->isolate);
  o->SetPrototype(Ctx(env), v8::Null(env->isolate)).FromMaybe(false);
  return V(o);
}
js_value js_array_new(js_env *env, uint32_t len) { return V(v8::Array::New(env->isolate, len)); }
js_value js_array_from(js_env *env, js_value *items, uint32_t n) {
  return V(v8::Array::New(env->isolate, reinterpret_cast<Local<v8::Value> *>(items), n));
}
uint32_t js_array_length(js_value a) { return LA<v8::Array>(a)->Length(); }

js_value js_get(js_env *env, js_value obj, js_value key) {
  return V(LA<v8::Object>(obj)->Get(Ctx(env), L(key)));
}
js_value js_get_named(js_env *env, js_value obj, const char *key) {
  return js_get(env, obj, js_string_intern(env, key));
}
js_value js_get_index(js_env *env, js_value obj, uint32_t i) {
  return V(LA<v8::Object>(obj)->Get(Ctx(env), i));
}
int js_set(js_env *env, js_value obj, js_value key, js_value v) {
  return LA<v8::Object>(obj)->Set(Ctx(env), L(key), L(v)).IsJust() ? 0 : -1;
}
int js_set_named(js_env *env, js_value obj, const char *key, js_value v) {
  return js_set(env, obj, js_string_intern(env, key), v);
}
int js_set_index(js_env *env, js_value obj, uint32_t i, js_value v) {
  return LA<v8::Object>(obj)->Set(Ctx(env), i, L(v)).IsJust() ? 0 : -1;
}
int js_define_hidden(js_env *env, js_value obj, const char *key, js_value v) {
  Local<v8::Name> k = LA<v8::Name>(js_string_intern(env, key));
  return LA<v8::Object>(obj)
                 ->DefineOwnProperty(Ctx(env), k, L(v), v8::DontEnum)
                 .IsJust()
             ? 0
             : -1;
}
static Local<v8::Private> PrivateKey(js_env *env, const char *name) {
  return v8::Private::ForApi(env->isolate, LA<v8::String>(js_string_intern(env, name)));
}
js_value js_get_private(js_env *env, js_value obj, const char *name) {
  return V(LA<v8::Object>(obj)->GetPrivate(Ctx(env), PrivateKey(env, name)));
}
int js_set_private(js_env *env, js_value obj, const char *name, js_value v) {
  return LA<v8::Object>(obj)->SetPrivate(Ctx(env), PrivateKey(env, name), L(v)).IsJust() ? 0 : -1;
}
int js_has_own(js_env *env, js_value obj, js_value key) {
  bool r;
  if (!LA<v8::Object>(obj)->HasOwnProperty(Ctx(env), LA<v8::Name>(key)).To(&r)) return -1;
  return r;
}
int js_delete(js_env *env, js_value obj, js_value key) {
  bool r;
  if (!LA<v8::Object>(obj)->Delete(Ctx(env), L(key)).To(&r)) return -1;
  return r;
}
js_value js_own_keys(js_env *env, js_value obj) {
  return V(LA<v8::Object>(obj)->GetOwnPropertyNames(Ctx(env)));
}
js_value js_get_prototype(js_env *env, js_value obj) {
  return V(LA<v8::Object>(obj)->GetPrototype());
}
int js_set_prototype(js_env *env, js_value obj, js_value proto) {
  return LA<v8::Object>(obj)->SetPrototype(Ctx(env), L(proto)).IsJust() ? 0 : -1;
}

static void native_trampoline(const v8::FunctionCallbackInfo<v8::Value> &info) {
  const fn_data *fd = static_cast<const fn_data *>(info.Data().As<v8::External>()->Value());
  js_env *env = static_cast<js_env *>(info.GetIsolate()->GetData(0));
  js_value r = fd->fn(env, reinterpret_cast<js_call *>(const_cast<v8::FunctionCallbackInfo<v8::Value> *>(&info)));
  if (r) info.GetReturnValue().Set(L(r));
}

static Local<v8::External> new_fn_data(js_env *env, js_native fn, const void *data) {
  fn_data *fd = new fn_data{fn, data, env->fn_list};
  env->fn_list = fd;
  return v8::External::New(env->isolate, fd);
}

js_value js_function_new(js_env *env, const char *name, js_native fn, const void *data) {
  Local<v8::FunctionTemplate> t = v8::FunctionTemplate::New(
      env->isolate, native_trampoline, new_fn_data(env, fn, data), Local<v8::Signature>(), 0,
      v8::ConstructorBehavior::kThrow);
  Local<v8::Function> f;
  if (!t->GetFunction(Ctx(env)).ToLocal(&f)) return nullptr;
  f->SetName(LA<v8::String>(js_string_intern(env, name)));
  return V(f);
}

void js_set_methods(js_env *env, js_value obj, const js_method *methods, size_t n) {
  for (size_t i = 0; i < n; i++) {
    js_value f = js_function_new(env, methods[i].name, methods[i].fn, &methods[i]);
    js_set_named(env, obj, methods[i].name, f);
  }
}

js_value js_array_buffer_from_view(js_env *env, js_value view) {
  return V(LA<v8::ArrayBufferView>(view)->Buffer());
}

js_value js_strict_equals(js_env *env, js_value a, js_value b) {
  return js_boolean(env, L(a)->StrictEquals(L(b)));
}

// -- calls --

static inline const v8::FunctionCallbackInfo<v8::Value> &Info(js_call *call) {
  return *reinterpret_cast<const v8::FunctionCallbackInfo<v8::Value> *>(call);
}
int js_argc(js_call *call) { return Info(call).Length(); }
js_value js_arg(js_call *call, int i) { return V(Info(call)[i]); }
int js_arg_uint32(js_call *call, int i, uint32_t *out) {
  Local<v8::Value> v = Info(call)[i];
  if (!v->IsUint32()) return 0;
  *out = v.As<v8::Uint32>()->Value();
  return 1;
}
js_value js_this(js_call *call) { return V(Info(call).This()); }
js_value js_new_target(js_call *call) { return V(Info(call).NewTarget()); }
const void *js_data(js_call *call) {
  return static_cast<const fn_data *>(Info(call).Data().As<v8::External>()->Value())->data;
}
js_env *js_call_env(js_call *call) {
  return static_cast<js_env *>(Info(call).GetIsolate()->GetData(0));
}

int js_call_function(js_env *env, js_value fn, js_value recv, int argc, js_value *argv,
                     js_value *result) {
  Local<v8::Value> r;
  if (!LA<v8::Function>(fn)
           ->Call(Ctx(env), L(recv), argc, reinterpret_cast<Local<v8::Value> *>(argv))
           .ToLocal(&r))
    return -1;
  if (result) *result = V(r);
  return 0;
}

// "file:line\n<source line>\n<spaces>^^^\n", as Node prints above an uncaught exception.
static Local<v8::String> make_arrow(js_env *env, Local<v8::Message> msg) {
  v8::Isolate *isolate = env->isolate;
  Local<v8::Context> ctx = Ctx(env);
  v8::String::Utf8Value name(isolate, msg->GetScriptResourceName());
  int line = msg->GetLineNumber(ctx).FromMaybe(0);
  Local<v8::String> src;
  if (!msg->GetSourceLine(ctx).ToLocal(&src)) return Local<v8::String>();
  v8::String::Utf8Value source(isolate, src);
  int start = msg->GetStartColumn(ctx).FromMaybe(0);
  int end = msg->GetEndColumn(ctx).FromMaybe(start + 1);
  int script_start = msg->GetScriptOrigin().ColumnOffset();
  if (line == 1 && start >= script_start) {
    start -= script_start;
    end -= script_start;
  }
  if (end <= start) end = start + 1;
  size_t cap = (size_t)name.length() + 32 + (size_t)source.length() * 2 + (size_t)end + 8;
  char *buf = static_cast<char *>(malloc(cap));
  if (!buf) abort();
  size_t n = (size_t)snprintf(buf, cap, "%s:%d\n%s\n", *name ? *name : "", line,
                              *source ? *source : "");
  const char *s = *source ? *source : "";
  int slen = source.length();
  for (int i = 0; i < start && n < cap - 2; i++) buf[n++] = (i < slen && s[i] == '\t') ? '\t' : ' ';
  for (int i = start; i < end && n < cap - 2; i++) buf[n++] = '^';
  buf[n++] = '\n';
  Local<v8::String> r =
      v8::String::NewFromUtf8(isolate, buf, v8::NewStringType::kNormal, (int)n).ToLocalChecked();
  free(buf);
  return r;
}

static void remember_exception(js_env *env, v8::TryCatch &tc, bool attached = false) {
  Local<v8::Value> exc = tc.Exception();
  Local<v8::Message> msg = tc.Message();
  if (exc.IsEmpty()) return;
  Local<v8::String> arrow;
  if (!msg.IsEmpty()) arrow = make_arrow(env, msg);
  if (exc->IsObject()) {
    Local<v8::Object> o = exc.As<v8::Object>();
    Local<v8::Private> key = env->arrow_key.Get(env->isolate);
    if (!arrow.IsEmpty() && !o->HasPrivate(Ctx(env), key).FromMaybe(true)) {
      (void)o->SetPrivate(Ctx(env), key, arrow);
      if (attached)
        (void)o->SetPrivate(Ctx(env), env->attached_key.Get(env->isolate),
                            v8::True(env->isolate));
    }
  }
  env->last_exception.Reset(env->isolate, exc);
  if (arrow.IsEmpty())
    env->last_arrow.Reset();
  else
    env->last_arrow.Reset(env->isolate, arrow);
}

int js_call_catch(js_env *env, js_value fn, js_value recv, int argc, js_value *argv,
                  js_value *result, js_value *exception) {
  v8::TryCatch tc(env->isolate);
  Local<v8::Value> r;
  if (LA<v8::Function>(fn)
          ->Call(Ctx(env), L(recv), argc, reinterpret_cast<Local<v8::Value> *>(argv))
          .ToLocal(&r)) {
    if (result) *result = V(r);
    return 0;
  }
  if (tc.HasTerminated() || !tc.CanContinue()) {
    if (exception) *exception = nullptr;
    return -1;
  }
  remember_exception(env, tc);
  if (exception) *exception = V(tc.Exception());
  return -1;
}

int js_construct(js_env *env, js_value ctor, int argc, js_value *argv, js_value *result) {
  Local<v8::Object> r;
  if (!LA<v8::Function>(ctor)
           ->NewInstance(Ctx(env), argc, reinterpret_cast<Local<v8::Value> *>(argv))
           .ToLocal(&r))
    return -1;
  *result = V(r);
  return 0;
}

js_value js_exception_arrow(js_env *env, js_value exception) {
  Local<v8::Value> exc = L(exception);
  if (exc->IsObject()) {
    Local<v8::Value> a;
    Local<v8::Private> key = env->arrow_key.Get(env->isolate);
    if (exc.As<v8::Object>()->GetPrivate(Ctx(env), key).ToLocal(&a) && a->IsString())
      return V(a);
  }
  if (!env->last_arrow.IsEmpty() && env->last_exception.Get(env->isolate)->StrictEquals(exc))
    return V(env->last_arrow.Get(env->isolate));
  // Never thrown (a rejection reason): point at where the error was created. V8 falls back
  // to the current location when the error's own trace is gone (its stack was formatted):
  // keep the arrow only when its file is in the error's stack.
  if (exc->IsNativeError()) {
    Local<v8::Message> msg = v8::Exception::CreateMessage(env->isolate, exc);
    Local<v8::Value> stack;
    if (!msg.IsEmpty() &&
        exc.As<v8::Object>()
            ->Get(Ctx(env), v8::String::NewFromUtf8Literal(env->isolate, "stack"))
            .ToLocal(&stack) &&
        stack->IsString()) {
      v8::String::Utf8Value name(env->isolate, msg->GetScriptResourceName());
      v8::String::Utf8Value text(env->isolate, stack);
      if (*name && *text && name.length() > 0 && strstr(*text, *name)) {
        Local<v8::String> arrow = make_arrow(env, msg);
        if (!arrow.IsEmpty()) return V(arrow);
      }
    }
  }
  return nullptr;
}

int js_is_execution_terminating(js_env *env) { return env->isolate->IsExecutionTerminating(); }

// -- errors --

void js_throw(js_env *env, js_value exception) { env->isolate->ThrowException(L(exception)); }

js_value js_error_new(js_env *env, const char *kind, const char *code, const char *message) {
  Local<v8::String> m = LA<v8::String>(js_string_utf8(env, message, (size_t)-1));
  Local<v8::Value> e;
  if (kind && !strcmp(kind, "TypeError"))
    e = v8::Exception::TypeError(m);
  else if (kind && !strcmp(kind, "RangeError"))
    e = v8::Exception::RangeError(m);
  else
    e = v8::Exception::Error(m);
  if (code) js_set_named(env, V(e), "code", js_string_utf8(env, code, (size_t)-1));
  return V(e);
}

static void throw_fmt(js_env *env, const char *kind, const char *code, const char *fmt,
                      va_list ap) {
  char buf[1024];
  vsnprintf(buf, sizeof buf, fmt, ap);
  js_throw(env, js_error_new(env, kind, code, buf));
}

void js_throw_error(js_env *env, const char *code, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  throw_fmt(env, "Error", code, fmt, ap);
  va_end(ap);
}
void js_throw_type_error(js_env *env, const char *code, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  throw_fmt(env, "TypeError", code, fmt, ap);
  va_end(ap);
}
void js_throw_range_error(js_env *env, const char *code, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  throw_fmt(env, "RangeError", code, fmt, ap);
  va_end(ap);
}

// -- native objects --

js_value js_class_new(js_env *env, const char *name, js_native ctor, const js_method *methods,
                      size_t n, int fields) {
  return js_class_new_with_getters(env, name, ctor, methods, n, nullptr, 0, fields);
}

js_value js_class_new_with_getters(js_env *env, const char *name, js_native ctor,
                                   const js_method *methods, size_t n, const js_method *getters,
                                   size_t ngetters, int fields) {
  v8::Isolate *isolate = env->isolate;
  Local<v8::FunctionTemplate> t =
      v8::FunctionTemplate::New(isolate, native_trampoline, new_fn_data(env, ctor, nullptr));
  Local<v8::String> cname = LA<v8::String>(js_string_intern(env, name));
  t->SetClassName(cname);
  t->InstanceTemplate()->SetInternalFieldCount(fields > 0 ? fields : 1);
  Local<v8::Signature> sig = v8::Signature::New(isolate, t);
  for (size_t i = 0; i < n; i++) {
    Local<v8::FunctionTemplate> m = v8::FunctionTemplate::New(
        isolate, native_trampoline, new_fn_data(env, methods[i].fn, &methods[i]), sig,
        methods[i].length, v8::ConstructorBehavior::kThrow);
    Local<v8::String> mname = LA<v8::String>(js_string_intern(env, methods[i].name));
    m->SetClassName(mname);
    t->PrototypeTemplate()->Set(mname, m);
  }
  for (size_t i = 0; i < ngetters; i++) {
    Local<v8::FunctionTemplate> g = v8::FunctionTemplate::New(
        isolate, native_trampoline, new_fn_data(env, getters[i].fn, &getters[i]), sig, 0,
        v8::ConstructorBehavior::kThrow);
    Local<v8::String> gname = LA<v8::String>(js_string_intern(env, getters[i].name));
    t->PrototypeTemplate()->SetAccessorProperty(
        gname, g, Local<v8::FunctionTemplate>(),
        static_cast<v8::PropertyAttribute>(v8::DontEnum | v8::DontDelete));
  }
  return V(t->GetFunction(Ctx(env)));
}

int js_wrap(js_value obj, void *ptr) {
  Local<v8::Object> o = LA<v8::Object>(obj);
  if (o->InternalFieldCount() < 1) return -1;
  o->SetAlignedPointerInInternalField(0, ptr);
  return 0;
}

void *js_unwrap(js_value obj) {
  Local<v8::Value> v = L(obj);
  if (!v->IsObject()) return nullptr;
  Local<v8::Object> o = v.As<v8::Object>();
  if (o->InternalFieldCount() < 1) return nullptr;
  return o->GetAlignedPointerFromInternalField(0);
}

int js_wrap_tagged(js_value obj, void *ptr, const void *tag) {
  Local<v8::Object> o = LA<v8::Object>(obj);
  if (o->InternalFieldCount() < 2) return -1;
  o->SetAlignedPointerInInternalField(0, ptr);
  o->SetAlignedPointerInInternalField(1, const_cast<void *>(tag));
  return 0;
}

void *js_unwrap_tagged(js_value obj, const void *tag) {
  Local<v8::Value> v = L(obj);
  if (!v->IsObject()) return nullptr;
  Local<v8::Object> o = v.As<v8::Object>();
  if (o->InternalFieldCount() < 2 || o->GetAlignedPointerFromInternalField(1) != tag)
    return nullptr;
  return o->GetAlignedPointerFromInternalField(0);
}

js_ref *js_ref_new(js_env *env, js_value v) {
  js_ref *r = new js_ref();
  r->handle.Reset(env->isolate, L(v));
  return r;
}

js_value js_ref_get(js_env *env, js_ref *ref) {
  if (ref->handle.IsEmpty()) return nullptr;
  return V(ref->handle.Get(env->isolate));
}

static void weak_trampoline(const v8::WeakCallbackInfo<js_ref> &info) {
  js_ref *r = info.GetParameter();
  r->handle.Reset();
  if (r->weak_cb) r->weak_cb(r->weak_data);
}

void js_ref_set_weak(js_ref *ref, void (*cb)(void *data), void *data) {
  ref->weak_cb = cb;
  ref->weak_data = data;
  ref->handle.SetWeak(ref, weak_trampoline, v8::WeakCallbackType::kParameter);
}

void js_ref_clear_weak(js_ref *ref) {
  if (!ref->handle.IsEmpty()) ref->handle.ClearWeak();
}

void js_ref_free(js_ref *ref) {
  ref->handle.Reset();
  delete ref;
}

js_value js_external_new(js_env *env, void *ptr) { return V(v8::External::New(env->isolate, ptr)); }
void *js_external_value(js_value v) { return LA<v8::External>(v)->Value(); }

// -- bytes --

js_value js_array_buffer_new(js_env *env, size_t len, void **data) {
  Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(env->isolate, len);
  if (data) *data = ab->Data();
  return V(ab);
}

static void allocator_deleter(void *data, size_t length, void *allocator) {
  static_cast<CountingAllocator *>(allocator)->Free(data, length);
}

js_value js_array_buffer_new_uninit(js_env *env, size_t len, void **data) {
  void *p = env->allocator->AllocateUninitialized(len);
  if (!p) return nullptr;
  std::unique_ptr<v8::BackingStore> bs =
      v8::ArrayBuffer::NewBackingStore(p, len, allocator_deleter, env->allocator);
  Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(env->isolate, std::move(bs));
  if (data) *data = p;
  return V(ab);
}

js_value js_array_buffer_external(js_env *env, void *data, size_t len,
                                  void (*free_cb)(void *, size_t, void *), void *hint) {
  std::unique_ptr<v8::BackingStore> bs =
      v8::ArrayBuffer::NewBackingStore(data, len, free_cb, hint);
  return V(v8::ArrayBuffer::New(env->isolate, std::move(bs)));
}

js_value js_typed_array_new(js_env *env, js_typed_array_type type, js_value jab, size_t offset,
                            size_t length) {
  Local<v8::ArrayBuffer> ab = LA<v8::ArrayBuffer>(jab);
  switch (type) {
    case JS_INT8: return V(v8::Int8Array::New(ab, offset, length));
    case JS_UINT8: return V(v8::Uint8Array::New(ab, offset, length));
    case JS_UINT8_CLAMPED: return V(v8::Uint8ClampedArray::New(ab, offset, length));
    case JS_INT16: return V(v8::Int16Array::New(ab, offset, length));
    case JS_UINT16: return V(v8::Uint16Array::New(ab, offset, length));
    case JS_INT32: return V(v8::Int32Array::New(ab, offset, length));
    case JS_UINT32: return V(v8::Uint32Array::New(ab, offset, length));
    case JS_FLOAT32: return V(v8::Float32Array::New(ab, offset, length));
    case JS_FLOAT64: return V(v8::Float64Array::New(ab, offset, length));
    case JS_BIGINT64: return V(v8::BigInt64Array::New(ab, offset, length));
    case JS_BIGUINT64: return V(v8::BigUint64Array::New(ab, offset, length));
  }
  return nullptr;
}

int js_view_bytes(js_value jv, uint8_t **data, size_t *len) {
  Local<v8::Value> v = L(jv);
  if (!v->IsArrayBufferView()) return -1;
  Local<v8::ArrayBufferView> view = v.As<v8::ArrayBufferView>();
  uint8_t *base = static_cast<uint8_t *>(view->Buffer()->Data());
  *data = base ? base + view->ByteOffset() : nullptr;
  *len = base ? view->ByteLength() : 0;
  return 0;
}

int js_bytes(js_value jv, uint8_t **data, size_t *len) {
  Local<v8::Value> v = L(jv);
  if (v->IsArrayBufferView()) {
    Local<v8::ArrayBufferView> view = v.As<v8::ArrayBufferView>();
    Local<v8::ArrayBuffer> ab = view->Buffer();
    *data = static_cast<uint8_t *>(ab->Data()) + view->ByteOffset();
    *len = view->ByteLength();
    if (!ab->Data()) *data = nullptr;
    return 0;
  }
  if (v->IsArrayBuffer()) {
    Local<v8::ArrayBuffer> ab = v.As<v8::ArrayBuffer>();
    *data = static_cast<uint8_t *>(ab->Data());
    *len = ab->ByteLength();
    return 0;
  }
  if (v->IsSharedArrayBuffer()) {
    Local<v8::SharedArrayBuffer> ab = v.As<v8::SharedArrayBuffer>();
    *data = static_cast<uint8_t *>(ab->Data());
    *len = ab->ByteLength();
    return 0;
  }
  return -1;
}

// -- scripts --

static Local<v8::PrimitiveArray> host_options(js_env *env, js_value host_id) {
  if (!host_id) return Local<v8::PrimitiveArray>();
  Local<v8::PrimitiveArray> options = v8::PrimitiveArray::New(env->isolate, 1);
  options->Set(env->isolate, 0, LA<v8::Number>(host_id));
  return options;
}

static v8::ScriptOrigin script_origin(js_env *env, js_value filename, js_value host_id,
                                      bool is_module = false) {
  return v8::ScriptOrigin(env->isolate, L(filename), 0, 0, false, -1, Local<v8::Value>(),
                          false, false, is_module, host_options(env, host_id));
}

js_value js_compile_function(js_env *env, js_value source, js_value filename,
                             const char *const *params, int nparams, const uint8_t *cache,
                             size_t cache_len, int *cache_rejected, js_value host_id) {
  v8::ScriptOrigin origin = script_origin(env, filename, host_id);
  v8::ScriptCompiler::CachedData *cd = nullptr;
  if (cache && cache_len)
    cd = new v8::ScriptCompiler::CachedData(cache, (int)cache_len,
                                            v8::ScriptCompiler::CachedData::BufferNotOwned);
  v8::ScriptCompiler::Source src(LA<v8::String>(source), origin, cd);
  Local<v8::String> names[16];
  if (nparams > 16) return nullptr;
  for (int i = 0; i < nparams; i++) names[i] = LA<v8::String>(js_string_intern(env, params[i]));
  v8::ScriptCompiler::CompileOptions opts =
      cd ? v8::ScriptCompiler::kConsumeCodeCache : v8::ScriptCompiler::kNoCompileOptions;
  v8::TryCatch tc(env->isolate);
  v8::MaybeLocal<v8::Function> fn =
      v8::ScriptCompiler::CompileFunction(Ctx(env), &src, nparams, names, 0, nullptr, opts);
  if (cache_rejected) *cache_rejected = cd ? cd->rejected : 0;
  if (fn.IsEmpty() && tc.HasCaught() && tc.CanContinue()) {
    // A SyntaxError keeps the arrow to the user's source, wherever it is rethrown.
    remember_exception(env, tc, true);
    tc.ReThrow();
  }
  return V(fn);
}

uint8_t *js_code_cache_for_function(js_env *env, js_value fn, size_t *len) {
  v8::ScriptCompiler::CachedData *cd =
      v8::ScriptCompiler::CreateCodeCacheForFunction(LA<v8::Function>(fn));
  if (!cd) return nullptr;
  uint8_t *out = static_cast<uint8_t *>(malloc(cd->length ? cd->length : 1));
  if (!out) abort();
  memcpy(out, cd->data, cd->length);
  *len = cd->length;
  delete cd;
  return out;
}

js_value js_run_script(js_env *env, js_value source, js_value filename, js_value host_id) {
  v8::TryCatch tc(env->isolate);
  v8::ScriptOrigin origin = script_origin(env, filename, host_id);
  v8::ScriptCompiler::Source src(LA<v8::String>(source), origin);
  Local<v8::Script> script;
  Local<v8::Value> r;
  if (v8::ScriptCompiler::Compile(Ctx(env), &src).ToLocal(&script) &&
      script->Run(Ctx(env)).ToLocal(&r))
    return V(r);
  if (tc.CanContinue() && !tc.HasTerminated()) {
    remember_exception(env, tc, true);
    tc.ReThrow();
  }
  return nullptr;
}

struct js_script {
  v8::Global<v8::UnboundScript> handle;
};

js_script *js_script_compile(js_env *env, js_value source, js_value filename, int line_offset,
                             int column_offset, const uint8_t *cache, size_t cache_len,
                             int *cache_rejected, js_value host_id) {
  v8::ScriptOrigin origin(env->isolate, L(filename), line_offset, column_offset, false, -1,
                          Local<v8::Value>(), false, false, false, host_options(env, host_id));
  v8::ScriptCompiler::CachedData *cd = nullptr;
  if (cache && cache_len)
    cd = new v8::ScriptCompiler::CachedData(cache, (int)cache_len,
                                            v8::ScriptCompiler::CachedData::BufferNotOwned);
  v8::ScriptCompiler::Source src(LA<v8::String>(source), origin, cd);
  v8::ScriptCompiler::CompileOptions opts =
      cd ? v8::ScriptCompiler::kConsumeCodeCache : v8::ScriptCompiler::kNoCompileOptions;
  v8::TryCatch tc(env->isolate);
  Local<v8::UnboundScript> script;
  bool ok = v8::ScriptCompiler::CompileUnboundScript(env->isolate, &src, opts).ToLocal(&script);
  if (cache_rejected) *cache_rejected = cd ? cd->rejected : 0;
  if (!ok) {
    if (tc.HasCaught() && tc.CanContinue()) {
      remember_exception(env, tc, true);
      tc.ReThrow();
    }
    return nullptr;
  }
  js_script *s = new js_script();
  s->handle.Reset(env->isolate, script);
  return s;
}

js_value js_script_run(js_env *env, js_script *script) {
  v8::TryCatch tc(env->isolate);
  Local<v8::Value> r;
  if (script->handle.Get(env->isolate)->BindToCurrentContext()->Run(Ctx(env)).ToLocal(&r))
    return V(r);
  if (tc.CanContinue() && !tc.HasTerminated()) {
    remember_exception(env, tc, true);
    tc.ReThrow();
  }
  return nullptr;
}

uint8_t *js_script_code_cache(js_env *env, js_script *script, size_t *len) {
  v8::ScriptCompiler::CachedData *cd =
      v8::ScriptCompiler::CreateCodeCache(script->handle.Get(env->isolate));
  if (!cd) return nullptr;
  uint8_t *out = static_cast<uint8_t *>(malloc(cd->length ? cd->length : 1));
  if (!out) abort();
  memcpy(out, cd->data, cd->length);
  *len = cd->length;
  delete cd;
  return out;
}

js_value js_script_source_map_url(js_env *env, js_script *script) {
  return V(script->handle.Get(env->isolate)->GetSourceMappingURL());
}

void js_script_free(js_script *script) {
  delete script;
}

int js_exception_arrow_attached(js_env *env, js_value exception) {
  Local<v8::Value> exc = L(exception);
  if (!exc->IsObject()) return 0;
  return exc.As<v8::Object>()
      ->HasPrivate(Ctx(env), env->attached_key.Get(env->isolate))
      .FromMaybe(false);
}

int js_check_syntax(js_env *env, js_value source, js_value filename) {
  v8::ScriptOrigin origin(env->isolate, L(filename), 0, 0);
  v8::ScriptCompiler::Source src(LA<v8::String>(source), origin);
  Local<v8::UnboundScript> script;
  return v8::ScriptCompiler::CompileUnboundScript(env->isolate, &src).ToLocal(&script) ? 0 : -1;
}

// -- ES modules --

static js_module *find_module(js_env *env, Local<v8::Module> m) {
  auto range = env->modules.equal_range(m->GetIdentityHash());
  for (auto it = range.first; it != range.second; ++it)
    if (it->second->handle == m) return it->second;
  return nullptr;
}

static js_module *add_module(js_env *env, Local<v8::Module> m, void *data,
                             js_module_steps steps) {
  js_module *jm = new js_module();
  jm->env = env;
  jm->handle.Reset(env->isolate, m);
  jm->hash = m->GetIdentityHash();
  jm->data = data;
  jm->steps = steps;
  env->modules.emplace(jm->hash, jm);
  return jm;
}

// Import attributes as [key1, value1, ...] from V8's list of `stride` entries per attribute
// (static imports carry a source offset as the third).
static js_value attribute_pairs(js_env *env, Local<v8::FixedArray> list, int stride) {
  Local<v8::Context> ctx = Ctx(env);
  int n = list->Length() / stride;
  std::vector<Local<v8::Value>> pairs;
  pairs.reserve(n * 2);
  for (int i = 0; i < n; i++) {
    pairs.push_back(list->Get(ctx, i * stride).As<v8::Value>());
    pairs.push_back(list->Get(ctx, i * stride + 1).As<v8::Value>());
  }
  return V(v8::Array::New(env->isolate, pairs.data(), pairs.size()));
}

js_module *js_module_compile(js_env *env, js_value source, js_value url, js_value host_id,
                             void *data) {
  v8::ScriptOrigin origin = script_origin(env, url, host_id, true);
  v8::ScriptCompiler::Source src(LA<v8::String>(source), origin);
  v8::TryCatch tc(env->isolate);
  Local<v8::Module> m;
  if (!v8::ScriptCompiler::CompileModule(env->isolate, &src).ToLocal(&m)) {
    if (tc.HasCaught() && tc.CanContinue()) {
      remember_exception(env, tc, true);
      tc.ReThrow();
    }
    return nullptr;
  }
  return add_module(env, m, data, nullptr);
}

static v8::MaybeLocal<v8::Value> synthetic_steps_trampoline(Local<v8::Context> context,
                                                            Local<v8::Module> m) {
  js_env *env = EnvOf(context->GetIsolate());
  js_module *jm = find_module(env, m);
  if (!jm || !jm->steps) return v8::Undefined(env->isolate);
  js_value r = jm->steps(env, jm);
  if (!r) return v8::MaybeLocal<v8::Value>();
  return L(r);
}

js_module *js_module_synthetic(js_env *env, js_value name, const js_value *export_names,
                               uint32_t n, js_module_steps steps, void *data) {
  std::vector<Local<v8::String>> names;
  names.reserve(n);
  for (uint32_t i = 0; i < n; i++) names.push_back(LA<v8::String>(export_names[i]));
  Local<v8::Module> m = v8::Module::CreateSyntheticModule(
      env->isolate, LA<v8::String>(name), names, synthetic_steps_trampoline);
  return add_module(env, m, data, steps);
}

void js_module_free(js_module *module) {
  js_env *env = module->env;
  auto range = env->modules.equal_range(module->hash);
  for (auto it = range.first; it != range.second; ++it) {
    if (it->second == module) {
      env->modules.erase(it);
      break;
    }
  }
  module->handle.Reset();
  delete module;
}

void *js_module_data(js_module *module) { return module->data; }
int js_module_is_synthetic(js_module *module) {
  return module->handle.Get(module->env->isolate)->IsSyntheticModule();
}

static Local<v8::Module> M(js_env *env, js_module *module) {
  return module->handle.Get(env->isolate);
}

int js_module_status(js_module *module) {
  switch (module->handle.Get(module->env->isolate)->GetStatus()) {
    case v8::Module::kUninstantiated: return JS_MODULE_UNINSTANTIATED;
    case v8::Module::kInstantiating: return JS_MODULE_INSTANTIATING;
    case v8::Module::kInstantiated: return JS_MODULE_INSTANTIATED;
    case v8::Module::kEvaluating: return JS_MODULE_EVALUATING;
    case v8::Module::kEvaluated: return JS_MODULE_EVALUATED;
    case v8::Module::kErrored: return JS_MODULE_ERRORED;
  }
  return JS_MODULE_ERRORED;
}

uint32_t js_module_request_count(js_env *env, js_module *module) {
  if (js_module_is_synthetic(module)) return 0;
  return (uint32_t)M(env, module)->GetModuleRequests()->Length();
}

static Local<v8::ModuleRequest> request_at(js_env *env, js_module *module, uint32_t i) {
  return M(env, module)->GetModuleRequests()->Get(Ctx(env), (int)i).As<v8::ModuleRequest>();
}

js_value js_module_request_specifier(js_env *env, js_module *module, uint32_t i) {
  return V(request_at(env, module, i)->GetSpecifier());
}

js_value js_module_request_attributes(js_env *env, js_module *module, uint32_t i) {
  return attribute_pairs(env, request_at(env, module, i)->GetImportAssertions(), 3);
}

static v8::MaybeLocal<v8::Module> resolve_trampoline(Local<v8::Context> context,
                                                     Local<v8::String> specifier,
                                                     Local<v8::FixedArray> assertions,
                                                     Local<v8::Module> referrer) {
  js_env *env = EnvOf(context->GetIsolate());
  js_module *r = env->resolve_cb(env, V(specifier), attribute_pairs(env, assertions, 3),
                                 find_module(env, referrer));
  if (!r) return v8::MaybeLocal<v8::Module>();
  return M(env, r);
}

int js_module_instantiate(js_env *env, js_module *module, js_module_resolve_cb resolve) {
  v8::TryCatch tc(env->isolate);
  js_module_resolve_cb saved = env->resolve_cb;
  env->resolve_cb = resolve;
  bool ok = M(env, module)->InstantiateModule(Ctx(env), resolve_trampoline).FromMaybe(false);
  env->resolve_cb = saved;
  if (ok) return 0;
  if (tc.HasCaught() && tc.CanContinue()) {
    // "does not provide an export named" points at the import in the user's source.
    remember_exception(env, tc, true);
    tc.ReThrow();
  }
  return -1;
}

js_value js_module_evaluate(js_env *env, js_module *module) {
  return V(M(env, module)->Evaluate(Ctx(env)));
}

js_value js_module_exception(js_env *env, js_module *module) {
  return V(M(env, module)->GetException());
}

js_value js_module_namespace(js_env *env, js_module *module) {
  return V(M(env, module)->GetModuleNamespace());
}

int js_module_is_graph_async(js_module *module) {
  return module->handle.Get(module->env->isolate)->IsGraphAsync();
}

int js_module_set_export(js_env *env, js_module *module, js_value name, js_value value) {
  return M(env, module)
                 ->SetSyntheticModuleExport(env->isolate, LA<v8::String>(name), L(value))
                 .IsJust()
             ? 0
             : -1;
}

static void import_meta_trampoline(Local<v8::Context> context, Local<v8::Module> m,
                                   Local<v8::Object> meta) {
  js_env *env = EnvOf(context->GetIsolate());
  if (env->import_meta_cb) env->import_meta_cb(env, find_module(env, m), V(meta));
}

static v8::MaybeLocal<v8::Promise> dynamic_import_trampoline(
    Local<v8::Context> context, Local<v8::Data> options, Local<v8::Value> resource_name,
    Local<v8::String> specifier, Local<v8::FixedArray> assertions) {
  v8::Isolate *isolate = context->GetIsolate();
  js_env *env = EnvOf(isolate);
  Local<v8::Value> id = v8::Undefined(isolate);
  if (!options.IsEmpty() && options->IsFixedArray()) {
    Local<v8::PrimitiveArray> list = options.As<v8::PrimitiveArray>();
    if (list->Length() > 0) id = list->Get(isolate, 0);
  }
  js_value r = env->dynamic_import_cb(env, V(id), V(resource_name), V(specifier),
                                      attribute_pairs(env, assertions, 2));
  if (!r) return v8::MaybeLocal<v8::Promise>();
  return LA<v8::Promise>(r);
}

void js_set_module_callbacks(js_env *env, js_import_meta_cb import_meta,
                             js_dynamic_import_cb dynamic_import) {
  env->import_meta_cb = import_meta;
  env->dynamic_import_cb = dynamic_import;
  env->isolate->SetHostInitializeImportMetaObjectCallback(import_meta_trampoline);
  env->isolate->SetHostImportModuleDynamicallyCallback(dynamic_import_trampoline);
}

// -- stack traces --

static v8::MaybeLocal<v8::Value> prepare_stack_trace_trampoline(Local<v8::Context> context,
                                                                Local<v8::Value> error,
                                                                Local<v8::Array> sites) {
  v8::Isolate *isolate = context->GetIsolate();
  js_env *env = static_cast<js_env *>(isolate->GetData(0));
  if (env->prepare_stack_trace.IsEmpty()) return v8::Undefined(isolate);
  Local<v8::Value> args[3] = { context->Global(), error, sites };
  return env->prepare_stack_trace.Get(isolate)->Call(context, v8::Undefined(isolate), 3, args);
}

void js_set_prepare_stack_trace(js_env *env, js_value fn) {
  env->prepare_stack_trace.Reset(env->isolate, LA<v8::Function>(fn));
  env->isolate->SetPrepareStackTraceCallback(prepare_stack_trace_trampoline);
}

// -- microtasks and promises --

void js_run_microtasks(js_env *env) { env->isolate->PerformMicrotaskCheckpoint(); }
void js_enqueue_microtask(js_env *env, js_value fn) {
  env->isolate->EnqueueMicrotask(LA<v8::Function>(fn));
}
void js_set_promise_reject_callback(js_env *env, js_promise_reject_cb cb) { env->reject_cb = cb; }
js_value js_async_context_frame(js_env *env) {
  return V(Ctx(env)->GetContinuationPreservedEmbedderData());
}
void js_set_async_context_frame(js_env *env, js_value frame) {
  Ctx(env)->SetContinuationPreservedEmbedderData(L(frame));
}
void js_set_promise_hooks(js_env *env, js_value init, js_value before, js_value after,
                          js_value resolve) {
  auto fn = [](js_value v) { return v ? LA<v8::Function>(v) : Local<v8::Function>(); };
  Ctx(env)->SetPromiseHooks(fn(init), fn(before), fn(after), fn(resolve));
}
int js_promise_state(js_value p) {
  switch (LA<v8::Promise>(p)->State()) {
    case v8::Promise::kPending: return 0;
    case v8::Promise::kFulfilled: return 1;
    case v8::Promise::kRejected: return 2;
  }
  return 0;
}
js_value js_promise_result(js_value p) { return V(LA<v8::Promise>(p)->Result()); }

// -- introspection --

js_value js_proxy_target(js_value p) { return V(LA<v8::Proxy>(p)->GetTarget()); }
js_value js_proxy_handler(js_value p) { return V(LA<v8::Proxy>(p)->GetHandler()); }

js_value js_preview_entries(js_env *env, js_value v, int *is_key_value) {
  if (!L(v)->IsObject()) return nullptr;
  bool kv = false;
  js_value r = V(LA<v8::Object>(v)->PreviewEntries(&kv));
  if (is_key_value) *is_key_value = kv;
  return r;
}

js_value js_own_non_index_properties(js_env *env, js_value obj, int filter) {
  return V(LA<v8::Object>(obj)->GetPropertyNames(
      Ctx(env), v8::KeyCollectionMode::kOwnOnly, static_cast<v8::PropertyFilter>(filter),
      v8::IndexFilter::kSkipIndices));
}

js_value js_constructor_name(js_env *env, js_value obj) {
  return V(LA<v8::Object>(obj)->GetConstructorName());
}

int js_array_buffer_detached(js_value ab) {
  return LA<v8::ArrayBuffer>(ab)->WasDetached();
}

js_value js_array_buffer_transfer(js_env *env, js_value ab) {
  Local<v8::ArrayBuffer> buffer = LA<v8::ArrayBuffer>(ab);
  if (!buffer->IsDetachable() || buffer->WasDetached()) return nullptr;
  std::shared_ptr<v8::BackingStore> store = buffer->GetBackingStore();
  buffer->Detach();
  return V(v8::ArrayBuffer::New(env->isolate, store));
}

}  // extern "C"

// -- intercepted objects --

static const js_named_handlers *Handlers(const v8::PropertyCallbackInfo<v8::Value> &info) {
  return static_cast<const js_named_handlers *>(info.Data().As<v8::External>()->Value());
}
template <class T>
static const js_named_handlers *HandlersT(const v8::PropertyCallbackInfo<T> &info) {
  return static_cast<const js_named_handlers *>(info.Data().template As<v8::External>()->Value());
}

static void icpt_get(Local<v8::Name> name, const v8::PropertyCallbackInfo<v8::Value> &info) {
  const js_named_handlers *h = Handlers(info);
  if (!h->get) return;
  js_value r = h->get(EnvOf(info.GetIsolate()), V(name));
  if (r) info.GetReturnValue().Set(L(r));
}
static void icpt_set(Local<v8::Name> name, Local<v8::Value> value,
                     const v8::PropertyCallbackInfo<v8::Value> &info) {
  const js_named_handlers *h = Handlers(info);
  if (!h->set) return;
  if (h->set(EnvOf(info.GetIsolate()), V(name), V(value))) info.GetReturnValue().Set(value);
}
static void icpt_query(Local<v8::Name> name, const v8::PropertyCallbackInfo<v8::Integer> &info) {
  const js_named_handlers *h = HandlersT(info);
  if (!h->query) return;
  if (h->query(EnvOf(info.GetIsolate()), V(name)))
    info.GetReturnValue().Set(v8::Integer::New(info.GetIsolate(), v8::None));
}
static void icpt_delete(Local<v8::Name> name, const v8::PropertyCallbackInfo<v8::Boolean> &info) {
  const js_named_handlers *h = HandlersT(info);
  if (!h->remove) return;
  if (h->remove(EnvOf(info.GetIsolate()), V(name))) info.GetReturnValue().Set(true);
}
static void icpt_keys(const v8::PropertyCallbackInfo<v8::Array> &info) {
  const js_named_handlers *h = HandlersT(info);
  if (!h->keys) return;
  js_value r = h->keys(EnvOf(info.GetIsolate()));
  if (r) info.GetReturnValue().Set(LA<v8::Array>(r));
}

extern "C" js_value js_object_new_intercepted(js_env *env, const js_named_handlers *handlers) {
  Local<v8::ObjectTemplate> t = v8::ObjectTemplate::New(env->isolate);
  t->SetHandler(v8::NamedPropertyHandlerConfiguration(
      icpt_get, icpt_set, icpt_query, icpt_delete, icpt_keys,
      v8::External::New(env->isolate, const_cast<js_named_handlers *>(handlers)),
      v8::PropertyHandlerFlags::kOnlyInterceptStrings));
  return V(t->NewInstance(Ctx(env)));
}

namespace {
// Reports clone errors as an Error whose `code` is 'ERR_DATA_CLONE'; lib/ turns it into
// the DOMException Node throws.
class CloneDelegate : public v8::ValueSerializer::Delegate {
 public:
  explicit CloneDelegate(v8::Isolate *isolate) : isolate_(isolate) {}
  void ThrowDataCloneError(Local<v8::String> message) override {
    Local<v8::Value> err = v8::Exception::Error(message);
    Local<v8::Context> ctx = isolate_->GetCurrentContext();
    err.As<v8::Object>()->Set(
        ctx, v8::String::NewFromUtf8Literal(isolate_, "code"),
        v8::String::NewFromUtf8Literal(isolate_, "ERR_DATA_CLONE")).FromMaybe(false);
    isolate_->ThrowException(err);
  }

 private:
  v8::Isolate *isolate_;
};
}  // namespace

extern "C" {

js_value js_serialize(js_env *env, js_value value) {
  CloneDelegate delegate(env->isolate);
  v8::ValueSerializer ser(env->isolate, &delegate);
  ser.WriteHeader();
  if (ser.WriteValue(Ctx(env), L(value)).IsNothing()) return nullptr;
  std::pair<uint8_t *, size_t> out = ser.Release();
  void *data;
  js_value ab = js_array_buffer_new_uninit(env, out.second, &data);
  if (ab && out.second) memcpy(data, out.first, out.second);
  free(out.first);
  return ab;
}

js_value js_structured_clone(js_env *env, js_value value, js_value transfer) {
  v8::Isolate *isolate = env->isolate;
  Local<v8::Context> ctx = Ctx(env);
  CloneDelegate delegate(isolate);
  v8::ValueSerializer ser(isolate, &delegate);
  Local<v8::Array> list = LA<v8::Array>(transfer);
  uint32_t n = list->Length();
  for (uint32_t i = 0; i < n; i++) {
    Local<v8::Value> ab;
    if (!list->Get(ctx, i).ToLocal(&ab)) return nullptr;
    ser.TransferArrayBuffer(i, ab.As<v8::ArrayBuffer>());
  }
  ser.WriteHeader();
  if (ser.WriteValue(ctx, L(value)).IsNothing()) return nullptr;
  std::pair<uint8_t *, size_t> out = ser.Release();
  // The transferred buffers move: their memory goes to new ArrayBuffers, the old ones detach.
  v8::ValueDeserializer des(isolate, out.first, out.second);
  for (uint32_t i = 0; i < n; i++) {
    Local<v8::ArrayBuffer> ab = list->Get(ctx, i).ToLocalChecked().As<v8::ArrayBuffer>();
    std::shared_ptr<v8::BackingStore> store = ab->GetBackingStore();
    ab->Detach();
    des.TransferArrayBuffer(i, v8::ArrayBuffer::New(isolate, store));
  }
  bool ok;
  js_value r = nullptr;
  if (des.ReadHeader(ctx).To(&ok) && ok) r = V(des.ReadValue(ctx));
  free(out.first);
  return r;
}

js_value js_deserialize(js_env *env, const uint8_t *data, size_t len) {
  v8::ValueDeserializer des(env->isolate, data, len);
  bool ok;
  if (!des.ReadHeader(Ctx(env)).To(&ok) || !ok) return nullptr;
  return V(des.ReadValue(Ctx(env)));
}

}  // extern "C"

namespace {
// Node's message format (child_process 'advanced', v8.DefaultSerializer): an ArrayBufferView
// is a host object written as tag 0, its type's index, its byte length and its own bytes (not
// the whole buffer under it); other host objects are tag 1 and a plain copy of their own
// properties. Buffers (the prototype given) have an index of their own and come back Buffers.
enum { kViewTag = 0, kOtherHostTag = 1, kBufferIndex = 10 };

static int view_index(Local<v8::Object> o) {
  if (o->IsInt8Array()) return 0;
  if (o->IsUint8Array()) return 1;
  if (o->IsUint8ClampedArray()) return 2;
  if (o->IsInt16Array()) return 3;
  if (o->IsUint16Array()) return 4;
  if (o->IsInt32Array()) return 5;
  if (o->IsUint32Array()) return 6;
  if (o->IsFloat32Array()) return 7;
  if (o->IsFloat64Array()) return 8;
  if (o->IsDataView()) return 9;
  if (o->IsBigInt64Array()) return 11;
  if (o->IsBigUint64Array()) return 12;
  return -1;
}

class ViewSerializerDelegate : public CloneDelegate {
 public:
  ViewSerializerDelegate(v8::Isolate *isolate, Local<v8::Value> buffer_proto)
      : CloneDelegate(isolate), isolate_(isolate), buffer_proto_(buffer_proto) {}
  v8::ValueSerializer *ser = nullptr;

  v8::Maybe<bool> WriteHostObject(v8::Isolate *isolate, Local<v8::Object> object) override {
    Local<v8::Context> ctx = isolate->GetCurrentContext();
    if (!object->IsArrayBufferView()) {
      ser->WriteUint32(kOtherHostTag);
      Local<v8::Object> copy = v8::Object::New(isolate);
      Local<v8::Array> keys;
      if (!object->GetOwnPropertyNames(ctx).ToLocal(&keys)) return v8::Nothing<bool>();
      for (uint32_t i = 0; i < keys->Length(); i++) {
        Local<v8::Value> k, v;
        if (!keys->Get(ctx, i).ToLocal(&k) || !object->Get(ctx, k).ToLocal(&v) ||
            copy->Set(ctx, k, v).IsNothing())
          return v8::Nothing<bool>();
      }
      return ser->WriteValue(ctx, copy);
    }
    Local<v8::ArrayBufferView> view = object.As<v8::ArrayBufferView>();
    int index = view_index(object);
    if (index == 1 && object->GetPrototype()->StrictEquals(buffer_proto_)) index = kBufferIndex;
    if (index < 0) {
      ThrowDataCloneError(v8::String::NewFromUtf8Literal(isolate, "Unserializable host object"));
      return v8::Nothing<bool>();
    }
    size_t len = view->ByteLength();
    ser->WriteUint32(kViewTag);
    ser->WriteUint32(static_cast<uint32_t>(index));
    ser->WriteUint32(static_cast<uint32_t>(len));
    if (len) {
      std::shared_ptr<v8::BackingStore> store = view->Buffer()->GetBackingStore();
      ser->WriteRawBytes(static_cast<uint8_t *>(store->Data()) + view->ByteOffset(), len);
    }
    return v8::Just(true);
  }

 private:
  v8::Isolate *isolate_;
  Local<v8::Value> buffer_proto_;
};

class ViewDeserializerDelegate : public v8::ValueDeserializer::Delegate {
 public:
  explicit ViewDeserializerDelegate(Local<v8::Value> buffer_proto) : buffer_proto_(buffer_proto) {}
  v8::ValueDeserializer *des = nullptr;

  v8::MaybeLocal<v8::Object> ReadHostObject(v8::Isolate *isolate) override {
    Local<v8::Context> ctx = isolate->GetCurrentContext();
    uint32_t tag, index, len;
    const void *bytes;
    if (!des->ReadUint32(&tag)) return Fail(isolate);
    if (tag == kOtherHostTag) {
      Local<v8::Value> v;
      if (!des->ReadValue(ctx).ToLocal(&v) || !v->IsObject()) return Fail(isolate);
      return v.As<v8::Object>();
    }
    if (tag != kViewTag || !des->ReadUint32(&index) || !des->ReadUint32(&len) ||
        !des->ReadRawBytes(len, &bytes))
      return Fail(isolate);
    Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, len);
    if (len) memcpy(ab->GetBackingStore()->Data(), bytes, len);
    switch (index) {
      case 0: return v8::Int8Array::New(ab, 0, len);
      case 1: return v8::Uint8Array::New(ab, 0, len);
      case 2: return v8::Uint8ClampedArray::New(ab, 0, len);
      case 3: return Sized<v8::Int16Array>(isolate, ab, len, 2);
      case 4: return Sized<v8::Uint16Array>(isolate, ab, len, 2);
      case 5: return Sized<v8::Int32Array>(isolate, ab, len, 4);
      case 6: return Sized<v8::Uint32Array>(isolate, ab, len, 4);
      case 7: return Sized<v8::Float32Array>(isolate, ab, len, 4);
      case 8: return Sized<v8::Float64Array>(isolate, ab, len, 8);
      case 9: return v8::DataView::New(ab, 0, len);
      case kBufferIndex: {
        Local<v8::Uint8Array> u8 = v8::Uint8Array::New(ab, 0, len);
        if (buffer_proto_->IsObject() && u8->SetPrototype(ctx, buffer_proto_).IsNothing())
          return v8::MaybeLocal<v8::Object>();
        return u8;
      }
      case 11: return Sized<v8::BigInt64Array>(isolate, ab, len, 8);
      case 12: return Sized<v8::BigUint64Array>(isolate, ab, len, 8);
      default: return Fail(isolate);
    }
  }

 private:
  template <class T>
  v8::MaybeLocal<v8::Object> Sized(v8::Isolate *isolate, Local<v8::ArrayBuffer> ab, size_t len,
                                   size_t size) {
    if (len % size) return Fail(isolate);
    return T::New(ab, 0, len / size);
  }
  v8::MaybeLocal<v8::Object> Fail(v8::Isolate *isolate) {
    isolate->ThrowException(v8::Exception::Error(
        v8::String::NewFromUtf8Literal(isolate, "Unable to deserialize cloned data.")));
    return v8::MaybeLocal<v8::Object>();
  }
  Local<v8::Value> buffer_proto_;
};
}  // namespace

extern "C" {

js_value js_serialize_message(js_env *env, js_value value, js_value buffer_proto) {
  ViewSerializerDelegate delegate(env->isolate, L(buffer_proto));
  v8::ValueSerializer ser(env->isolate, &delegate);
  delegate.ser = &ser;
  ser.SetTreatArrayBufferViewsAsHostObjects(true);
  ser.WriteHeader();
  if (ser.WriteValue(Ctx(env), L(value)).IsNothing()) return nullptr;
  std::pair<uint8_t *, size_t> out = ser.Release();
  void *data;
  js_value ab = js_array_buffer_new_uninit(env, out.second, &data);
  if (ab && out.second) memcpy(data, out.first, out.second);
  free(out.first);
  return ab;
}

js_value js_deserialize_message(js_env *env, const uint8_t *data, size_t len,
                                js_value buffer_proto) {
  ViewDeserializerDelegate delegate(L(buffer_proto));
  v8::ValueDeserializer des(env->isolate, data, len, &delegate);
  delegate.des = &des;
  bool ok;
  if (!des.ReadHeader(Ctx(env)).To(&ok) || !ok) return nullptr;
  return V(des.ReadValue(Ctx(env)));
}

// -- heap --

void js_heap_statistics(js_env *env, js_heap_stats *out) {
  v8::HeapStatistics s;
  env->isolate->GetHeapStatistics(&s);
  out->total_heap_size = s.total_heap_size();
  out->used_heap_size = s.used_heap_size();
  out->heap_size_limit = s.heap_size_limit();
  out->external_memory = s.external_memory();
  out->malloced_memory = s.malloced_memory();
  out->total_physical_size = s.total_physical_size();
  out->total_available_size = s.total_available_size();
  out->peak_malloced_memory = s.peak_malloced_memory();
  out->array_buffers = env->allocator->total();
}

void js_adjust_external_memory(js_env *env, int64_t delta) {
  env->isolate->AdjustAmountOfExternalAllocatedMemory(delta);
}
void js_low_memory_notification(js_env *env) { env->isolate->LowMemoryNotification(); }
void js_terminate_execution(js_env *env) { env->isolate->TerminateExecution(); }

}  // extern "C"
