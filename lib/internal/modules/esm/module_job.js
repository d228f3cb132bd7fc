'use strict';
// One module of a graph: its ModuleWrap (made when the job is, loading being synchronous), the
// jobs of its static imports (linked on first need), instantiation of the graph below it and
// evaluation (a promise: top-level await). A failure to load or link is kept, so that every
// importer gets the same error, as Node's module map does. Errors get Node's explanations: a
// named import a CommonJS module does not provide, CommonJS globals used in an ES module.

let errorsBinding;
function sourceArrow(error) {
  if (errorsBinding === undefined) errorsBinding = internalBinding('errors');
  try {
    return errorsBinding.getErrorSourceArrow(error);
  } catch {
    return undefined;
  }
}

const kCommonJSGlobals = ['require', 'module', 'exports', '__filename', '__dirname'];
const { kEvaluating } = internalBinding('module_wrap');

// How many module evaluations are running (their synchronous part, inside V8).
let evaluationDepth = 0;

function evaluate(module) {
  evaluationDepth++;
  try {
    return module.evaluate();
  } finally {
    evaluationDepth--;
  }
}

class ModuleJob {
  // `load()` makes the ModuleWrap; what it throws is the job's error.
  constructor(loader, url, load) {
    this.loader = loader;
    this.url = url;
    this.module = undefined;
    this.failed = false;
    this.error = undefined;
    // The jobs of the static imports and their specifiers, once linked.
    this.dependencies = undefined;
    this.dependencySpecifiers = undefined;
    this.instantiateError = undefined;
    try {
      this.module = load();
    } catch (error) {
      this.fail(error);
    }
  }

  // Records a failure to load or link, which every later importer gets.
  fail(error) {
    this.failed = true;
    this.error = error;
    return error;
  }

  // Links the module to the modules its imports name; returns their jobs.
  link() {
    if (this.failed) throw this.error;
    if (this.dependencies !== undefined) return this.dependencies;
    const requests = this.module.getModuleRequests();
    const specifiers = [];
    const jobs = [];
    const modules = [];
    try {
      for (let i = 0; i < requests.length; i++) {
        const { specifier, attributes } = requests[i];
        const job = this.loader.getModuleJob(specifier, this.url, attributes);
        if (job.failed) throw job.error;
        specifiers.push(specifier);
        jobs.push(job);
        modules.push(job.module);
      }
    } catch (error) {
      throw this.fail(error);
    }
    this.module.link(specifiers, modules);
    this.dependencies = jobs;
    this.dependencySpecifiers = specifiers;
    return jobs;
  }

  // In the linked graph below this module, an import of a module that is being evaluated:
  // { job, specifier } (the importing job), or undefined. Evaluating the graph now would
  // evaluate that module again from inside its own evaluation.
  findImportOfEvaluating() {
    const seen = new Set([this]);
    const pending = [this];
    while (pending.length > 0) {
      const job = pending.pop();
      for (let i = 0; i < job.dependencies.length; i++) {
        const dependency = job.dependencies[i];
        if (dependency.module.getStatus() === kEvaluating) {
          return { job, specifier: job.dependencySpecifiers[i] };
        }
        if (!seen.has(dependency)) {
          seen.add(dependency);
          pending.push(dependency);
        }
      }
    }
    return undefined;
  }

  // Links the graph below this module and instantiates it. A failure is kept as well.
  instantiate() {
    if (this.instantiateError !== undefined) throw this.instantiateError;
    try {
      this.instantiateGraph();
    } catch (error) {
      this.instantiateError = error;
      throw error;
    }
  }

  instantiateGraph() {
    const seen = new Set();
    const pending = [this];
    while (pending.length > 0) {
      const job = pending.pop();
      if (seen.has(job)) continue;
      seen.add(job);
      const dependencies = job.link();
      for (let i = dependencies.length - 1; i >= 0; i--) pending.push(dependencies[i]);
    }
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
      format = this.loader.resolve(childSpecifier, parentURL).format;
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

  // Instantiates and evaluates the graph; resolves to the module once it has run.
  async run() {
    this.instantiate();
    // import() from code being evaluated (or from a microtask run inside an evaluation) waits
    // for the evaluation to end: evaluating again a graph that is being evaluated is not
    // allowed. Node, whose loading is asynchronous, never gets there earlier either.
    while (evaluationDepth > 0) await new Promise((resolve) => setImmediate(resolve));
    try {
      await evaluate(this.module);
    } catch (error) {
      this.explainCommonJSGlobal(error);
      throw error;
    }
    return this.module;
  }
}

module.exports = { ModuleJob, evaluate };
