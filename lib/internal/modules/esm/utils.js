'use strict';
// The hooks V8 calls for ES modules, set once at start-up (initializeESM): import.meta's
// first use and dynamic import(). Compiled code names the referrer of its import() calls with
// a host id (src/module_wrap.c, src/contextify.c hand it back): CommonJS code and ES modules
// have fixed ids, and code whose base URL is neither its resource name as a path nor as a
// URL (-e, stdin) registers one. The loader itself loads on first use.

const {
  ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING,
} = require('internal/errors').codes;

// Keep in sync with the ids given to contextify's compileFunction/runScript and to ModuleWrap.
const kCommonJSHostId = 1;   // resource name: the absolute file name
const kModuleHostId = 2;     // resource name: the module's URL
let nextHostId = 3;
// Registered ids -> base URL.
const baseURLs = new Map();

function registerBaseURL(url) {
  const id = nextHostId++;
  baseURLs.set(id, url);
  return id;
}

let cascadedLoader;
function getLoader() {
  if (cascadedLoader === undefined) {
    const { ModuleLoader } = require('internal/modules/esm/loader');
    cascadedLoader = new ModuleLoader();
  }
  return cascadedLoader;
}

function importModuleDynamically(hostId, resourceName, specifier, attributes) {
  let referrer;
  if (hostId === kModuleHostId) {
    referrer = resourceName;
  } else if (hostId === kCommonJSHostId) {
    referrer = require('internal/modules/esm/file_url').pathToFileURL(resourceName);
  } else if (baseURLs.has(hostId)) {
    referrer = baseURLs.get(hostId);
  } else {
    return Promise.reject(new ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING());
  }
  return getLoader().import(specifier, referrer, attributes);
}

function initializeImportMeta(meta, wrap) {
  const url = wrap.url;
  const loader = getLoader();
  if (url.startsWith('file:')) {
    const { fileURLToPath } = require('internal/modules/esm/file_url');
    const filename = fileURLToPath(url);
    meta.dirname = require('path').dirname(filename);
    meta.filename = filename;
  }
  meta.resolve = function resolve(specifier) {
    return loader.resolveForImportMeta(`${specifier}`, url);
  };
  meta.url = url;
}

let initialized = false;
function initializeESM() {
  if (initialized) return;
  initialized = true;
  const binding = internalBinding('module_wrap');
  binding.setImportModuleDynamicallyCallback(importModuleDynamically);
  binding.setInitializeImportMetaObjectCallback(initializeImportMeta);
}

module.exports = {
  kCommonJSHostId,
  kModuleHostId,
  getLoader,
  initializeESM,
  registerBaseURL,
};
