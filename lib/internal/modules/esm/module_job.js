'use strict';
// One module of the graph being loaded: its ModuleWrap (made once its source is loaded), the
// jobs of its static imports (linked asynchronously), then instantiation of the whole graph
// and evaluation (a promise: top-level await). Errors get Node's explanations: a named import
// a CommonJS module does not provide, and CommonJS globals used in an ES module.

let errorsBinding;
function sourceArrow(error) {
  if (errorsBinding === undefined) errorsBinding = internalBinding('errors');
  try {
    return errorsBinding.getErrorSourceArrow(error);
  } catch {
    return undefined;
  }
}

function noop() {}

const kCommonJSGlobals = ['require', 'module', 'exports', '__filename', '__dirname'];

class ModuleJob {
  // modulePromise: the ModuleWrap, once loaded and translated.
  constructor(loader, url, modulePromise, isMain) {
    this.loader = loader;
    this.url = url;
    this.isMain = isMain;
    this.module = undefined;
    this.modulePromise = modulePromise.then((module) => {
      this.module = module;
      return module;
    });
    this.linked = this.link();
    this.instantiated = undefined;
    // Both are awaited by whoever runs the graph; a failure is reported there.
    this.modulePromise.catch(noop);
    this.linked.catch(noop);
  }

  // The jobs of this module's static imports, once their modules exist and are linked to it.
  async link() {
    const module = await this.modulePromise;
    const requests = module.getModuleRequests();
    const specifiers = [];
    const jobs = [];
    for (let i = 0; i < requests.length; i++) {
      const { specifier, attributes } = requests[i];
      specifiers.push(specifier);
      jobs.push(this.loader.getModuleJob(specifier, this.url, attributes));
    }
    const modules = await Promise.all(jobs.map((job) => job.modulePromise));
    module.link(specifiers, modules);
    return jobs;
  }

  instantiate() {
    if (this.instantiated === undefined) this.instantiated = this.instantiateGraph();
    return this.instantiated;
  }

  async instantiateGraph() {
    const seen = new Set();
    const addLinked = async (job) => {
      if (seen.has(job)) return;
      seen.add(job);
      const jobs = await job.linked;
      await Promise.all(jobs.map(addLinked));
    };
    await addLinked(this);
    try {
      this.module.instantiate();
    } catch (error) {
      this.explainMissingExport(error);
      // As Node, the stack starts with the source arrow of the failing import.
      const arrow = sourceArrow(error);
      if (typeof arrow === 'string' && typeof error?.stack === 'string' &&
          !error.stack.startsWith(arrow)) {
        error.stack = arrow + error.stack;
      }
      throw error;
    }
  }

  // "does not provide an export named" from a CommonJS module: Node says why and how to
  // import it. The parent's URL and the import statement come from the error's source arrow.
  explainMissingExport(error) {
    const match = /module '(.*)' does not provide an export named '(.+)'/.exec(error?.message);
    const arrow = match && sourceArrow(error);
    if (typeof arrow !== 'string') return;
    const lines = arrow.split('\n');
    const parentURL = lines[0].replace(/:\d+$/, '');
    const [, childSpecifier, name] = match;
    let format;
    try {
      format = this.loader.resolve(childSpecifier, parentURL, { __proto__: null }).format;
    } catch {
      return;
    }
    if (format !== 'commonjs') return;
    const namedImports = /{.*}/.exec(lines[1]);
    const destructuring = namedImports && namedImports[0].replace(/\s+as\s+/g, ': ');
    error.message = `Named export '${name}' not found. The requested module ` +
      `'${childSpecifier}' is a CommonJS module, which may not support all module.exports ` +
      'as named exports.\nCommonJS modules can always be imported via the default export, ' +
      `for example using:\n\nimport pkg from '${childSpecifier}';\n` +
      (destructuring ? `const ${destructuring} = pkg;\n` : '');
  }

  // ReferenceError for require, module, exports, __filename or __dirname: Node adds that
  // they do not exist in an ES module, and why a .js file is one.
  explainCommonJSGlobal(error) {
    if (error?.name !== 'ReferenceError') return;
    const match = /^(\S+) is not defined$/.exec(error.message);
    if (match === null || !kCommonJSGlobals.includes(match[1])) return;
    error.message += ' in ES module scope';
    if (match[1] === 'require') error.message += ', you can use import instead';
    if (!this.url.startsWith('file://') || !/\.js(\?[^#]*)?(#.*)?$/.test(this.url)) return;
    const { fileURLToPath } = require('internal/modules/esm/file_url');
    const { readPackageScope } = require('internal/modules/package_json_reader');
    const scope = readPackageScope(fileURLToPath(this.url));
    if (scope && scope.data.type === 'module') {
      error.message += '\nThis file is being treated as an ES module because it has a ' +
        `'.js' file extension and '${scope.data.pjsonPath}' contains "type": "module". ` +
        'To treat it as a CommonJS script, rename it to use the \'.cjs\' file extension.';
    }
  }

  // Instantiates and evaluates the graph; resolves to { module } once it has run.
  async run() {
    await this.instantiate();
    try {
      await this.module.evaluate();
    } catch (error) {
      this.explainCommonJSGlobal(error);
      throw error;
    }
    return { module: this.module };
  }
}

module.exports = { ModuleJob };
