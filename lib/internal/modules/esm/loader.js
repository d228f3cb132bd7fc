'use strict';
// The ES module loader: resolution (cached per parent and specifier), loading of the source
// and its format, the import attributes check, and the module map (one ModuleJob per URL and
// attribute type, kept for the life of the process as Node keeps them); import() of a graph,
// evaluation of --input-type=module code, and require() of an ES module. Loading is
// synchronous (as require() needs); import() reports its errors as rejections.

const {
  ERR_IMPORT_ASSERTION_TYPE_FAILED,
  ERR_IMPORT_ASSERTION_TYPE_MISSING,
  ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED,
  ERR_IMPORT_ATTRIBUTE_UNSUPPORTED,
  ERR_INVALID_URL,
  ERR_REQUIRE_ASYNC_MODULE,
  ERR_REQUIRE_CYCLE_MODULE,
  ERR_UNSUPPORTED_ESM_URL_SCHEME,
} = require('internal/errors').codes;
const {
  kInstantiating,
  kEvaluating,
  kEvaluated,
  kErrored,
} = internalBinding('module_wrap');
const { kRejected } = internalBinding('util').constants;
const { defaultResolve } = require('internal/modules/esm/resolve');
const { defaultGetFormat, parseDataURL } = require('internal/modules/esm/get_format');
const { fileURLToPath, schemeOf } = require('internal/modules/esm/file_url');
const { ModuleJob, evaluate } = require('internal/modules/esm/module_job');
const { readSource, translate } = require('internal/modules/esm/translators');

function getSource(url) {
  if (schemeOf(url) === 'file') return readSource(fileURLToPath(url));
  const data = parseDataURL(url);
  if (data === null) throw new ERR_INVALID_URL(url);
  const body = decodeURIComponent(data[2]);
  if (!data[1]) return body;
  return require('buffer').Buffer.from(body, 'base64').toString();
}

// { format, source } of the module at a resolved URL; the source is not read for CommonJS
// (its loader reads it) nor for built-ins.
function load(url, format) {
  const scheme = schemeOf(url);
  if (scheme !== 'file' && scheme !== 'data' && scheme !== 'node') {
    throw new ERR_UNSUPPORTED_ESM_URL_SCHEME({ protocol: `${scheme}:` }, ['file', 'data', 'node']);
  }
  if (scheme === 'node') return { format: 'builtin', source: null };
  let source = null;
  if (format !== 'commonjs') {
    source = getSource(url);
    if (format === undefined) format = defaultGetFormat(url);
    if (format === 'commonjs') source = null;
  }
  return { format, source };
}

// The `type` attribute each format needs: JSON must be imported `with { type: 'json' }`; the
// others take none.
const kNoType = Symbol('kNoType');
const formatTypes = {
  __proto__: null,
  builtin: kNoType,
  commonjs: kNoType,
  json: 'json',
  module: kNoType,
};

function refuseType(url, type) {
  if (type !== 'json') throw new ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED(type);
  throw new ERR_IMPORT_ASSERTION_TYPE_FAILED(url, type);
}

function validateAttributes(url, format, attributes) {
  const keys = Object.keys(attributes);
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== 'type') {
      throw new ERR_IMPORT_ATTRIBUTE_UNSUPPORTED(keys[i], attributes[keys[i]]);
    }
  }
  const expected = formatTypes[format];
  if (expected === undefined) return;
  const hasType = keys.length > 0;
  if (expected === kNoType) {
    if (hasType) refuseType(url, attributes.type);
    return;
  }
  if (attributes.type === expected) return;
  if (!hasType) throw new ERR_IMPORT_ASSERTION_TYPE_MISSING(url, expected);
  refuseType(url, attributes.type);
}

class ModuleLoader {
  constructor() {
    // `${url}\0${type}` (or the url, without a type attribute) -> ModuleJob
    this.moduleMap = new Map();
    // `${parentURL}\0${specifier}` -> { url, format }
    this.resolveCache = new Map();
  }

  resolve(specifier, parentURL) {
    const key = `${parentURL}\0${specifier}`;
    let resolved = this.resolveCache.get(key);
    if (resolved === undefined) {
      resolved = defaultResolve(specifier, parentURL);
      this.resolveCache.set(key, resolved);
    }
    return resolved;
  }

  // import.meta.resolve(): a module that is not there resolves to the URL it would have.
  resolveForImportMeta(specifier, parentURL) {
    try {
      return this.resolve(specifier, parentURL).url;
    } catch (error) {
      const code = error?.code;
      if ((code === 'ERR_MODULE_NOT_FOUND' || code === 'ERR_UNSUPPORTED_DIR_IMPORT') && error.url) {
        return error.url;
      }
      throw error;
    }
  }

  getModuleJob(specifier, parentURL, attributes, isMain = false) {
    const { url, format } = this.resolve(specifier, parentURL);
    return this.getJobForURL(url, format, attributes, isMain);
  }

  getJobForURL(url, format, attributes, isMain) {
    const key = attributes.type === undefined ? url : `${url}\0${attributes.type}`;
    let job = this.moduleMap.get(key);
    if (job === undefined) {
      job = new ModuleJob(this, url, () => {
        const loaded = load(url, format);
        validateAttributes(url, loaded.format, attributes);
        return translate(loaded.format, url, loaded.source, isMain);
      });
      this.moduleMap.set(key, job);
    }
    return job;
  }

  // The namespace of the module `specifier` names from `parentURL` (undefined: the main entry),
  // once its graph has been evaluated.
  async import(specifier, parentURL, attributes, isMain = false) {
    const job = this.getModuleJob(specifier, parentURL, attributes, isMain);
    if (job.failed) throw job.error;
    const module = await job.run();
    return module.getNamespace();
  }

  // Runs `source` as the ES module `url` (--input-type=module).
  async eval(source, url) {
    const { ModuleWrap } = internalBinding('module_wrap');
    const { kModuleHostId } = require('internal/modules/esm/utils');
    const job = new ModuleJob(this, url, () => new ModuleWrap(url, source, kModuleHostId));
    if (job.failed) throw job.error;
    this.moduleMap.set(url, job);
    const module = await job.run();
    return module.getNamespace();
  }

  // require() of the ES module `filename` (Node 20.19 and later): its graph is linked,
  // instantiated and evaluated at once, so it must have no top-level await; what require()
  // returns is the namespace, its "module.exports" export when it has one, or, for a module
  // with a default export, a namespace that also has `__esModule: true`.
  importSyncForRequire(filename, parentFilename) {
    const { pathToFileURL } = require('internal/modules/esm/file_url');
    const url = pathToFileURL(filename);
    const job = this.getJobForURL(url, 'module', { __proto__: null }, false);
    if (job.failed) throw job.error;
    const module = job.module;
    const status = module.getStatus();
    if (status === kInstantiating || status === kEvaluating) {
      throw new ERR_REQUIRE_CYCLE_MODULE(
        `Cannot require() ES Module ${filename} in a cycle. (from ${parentFilename}) A cycle ` +
        'involving require(esm) is not allowed to maintain invariants mandated by the ' +
        'ECMAScript specification. Try making at least part of the dependency in the graph ' +
        'lazily loaded.');
    }
    if (status === kErrored) throw module.getError();
    if (status < kEvaluated) {
      job.instantiate();
      const cycle = job.findImportOfEvaluating();
      if (cycle !== undefined) {
        throw new ERR_REQUIRE_CYCLE_MODULE(`Cannot import Module ${cycle.specifier} in a cycle. ` +
                                           `(from ${fileURLToPath(cycle.job.url)})`);
      }
      if (module.isGraphAsync()) throw new ERR_REQUIRE_ASYNC_MODULE(filename, parentFilename);
      // Settled at once: the graph has no top-level await.
      const evaluated = evaluate(module);
      const [state, result] = internalBinding('util').getPromiseDetails(evaluated);
      if (state === kRejected) {
        evaluated.catch(noop);
        throw result;
      }
    }
    return namespaceForRequire(module);
  }
}

function noop() {}

let requireFacades;
function namespaceForRequire(module) {
  const namespace = module.getNamespace();
  if ('module.exports' in namespace) return namespace['module.exports'];
  if (!('default' in namespace) || '__esModule' in namespace) return namespace;
  requireFacades ??= new WeakMap();
  let facade = requireFacades.get(module);
  if (facade === undefined) {
    const { ModuleWrap } = internalBinding('module_wrap');
    facade = new ModuleWrap(module.url, 'export * from "original"; ' +
      'export { default } from "original"; export const __esModule = true;');
    facade.link(['original'], [module]);
    facade.instantiate();
    evaluate(facade);
    requireFacades.set(module, facade);
  }
  return facade.getNamespace();
}

module.exports = { ModuleLoader };
