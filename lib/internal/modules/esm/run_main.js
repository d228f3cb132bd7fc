'use strict';
// Entry points that run as ES modules: a main script that is one (.mjs, or .js and
// extensionless files in a "type": "module" package) and --input-type=module code from -e or
// stdin. The graph's failure goes down the uncaught-exception path; a graph whose top-level
// await never settles exits with code 13 (Node 20 prints nothing for it).

const { getLoader, initializeESM } = require('internal/modules/esm/utils');

const kUnsettledTopLevelAwait = 13;

function handleProcessExit() {
  process.exitCode ??= kUnsettledTopLevelAwait;
}

// Whether the main script `mainPath` (resolved; undefined when there is none) is an ES module.
function shouldUseESMLoader(mainPath) {
  if (mainPath === undefined) return false;
  if (mainPath.endsWith('.mjs')) return true;
  if (mainPath.endsWith('.cjs')) return false;
  const { readPackageScope } = require('internal/modules/package_json_reader');
  const scope = readPackageScope(mainPath);
  return scope !== false && scope.data.type === 'module';
}

async function runEntryPointWithESMLoader(callback) {
  initializeESM();
  process.on('exit', handleProcessExit);
  try {
    await callback(getLoader());
  } catch (err) {
    internalBinding('errors').triggerUncaughtException(err, true);
  } finally {
    process.off('exit', handleProcessExit);
  }
}

function runMainESM(mainPath) {
  const url = require('internal/modules/esm/file_url').pathToFileURL(mainPath);
  return runEntryPointWithESMLoader(
    (loader) => loader.import(url, undefined, { __proto__: null }, true));
}

// --input-type=module -e/stdin: the code is the module `[eval1]` in the current directory.
function evalModule(source) {
  const { pathToFileURL, resolveURL } = require('internal/modules/esm/file_url');
  const url = resolveURL('[eval1]', pathToFileURL(`${process.cwd()}/`));
  return runEntryPointWithESMLoader((loader) => loader.eval(source, url));
}

module.exports = {
  evalModule,
  runMainESM,
  shouldUseESMLoader,
};
