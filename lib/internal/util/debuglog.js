'use strict';
// util.debuglog(): sections named in NODE_DEBUG (comma separated, `*` wildcards, any case)
// print "SECTION pid: message" to stderr. Whether a section is on is decided on first use.

// Set by initializeDebugEnv(); until it is called, NODE_DEBUG is read on first use.
let testEnabled;
let debugImpls;

function escapeRegExp(str) {
  return str.replace(/[|\\{}()[\]^$+?.]/g, '\\$&');
}

// Called once at start-up with process.env.NODE_DEBUG: later changes to the environment
// variable have no effect, as in Node.
function initializeDebugEnv(debugEnv) {
  debugImpls = { __proto__: null };
  if (debugEnv) {
    const alternatives = debugEnv.split(',').map((pattern) => {
      return escapeRegExp(pattern).replace(/\*/g, '.*');
    });
    const sectionRegExp = new RegExp(`^(?:${alternatives.join('|')})$`, 'i');
    testEnabled = (section) => sectionRegExp.test(section);
  } else {
    testEnabled = () => false;
  }
}

function ensureDebugEnv() {
  if (testEnabled === undefined) initializeDebugEnv(process.env.NODE_DEBUG);
}

let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}

// Sections whose output may contain credentials.
function warnIfSensitive(section) {
  if (section === 'HTTP' || section === 'HTTP2') {
    process.emitWarning('Setting the NODE_DEBUG environment variable to \'' +
      section.toLowerCase() + '\' can expose sensitive data (such as passwords, tokens and ' +
      'authentication headers) in the resulting log.');
  }
}

const noop = () => {};

function debuglogImpl(enabled, section) {
  if (debugImpls[section] === undefined) {
    if (enabled) {
      const pid = process.pid;
      warnIfSensitive(section);
      debugImpls[section] = function debug(...args) {
        const { formatWithOptions, inspect } = lazyInspect();
        const colors = require('internal/util').shouldColorize(process.stderr);
        const msg = formatWithOptions({ colors }, ...args);
        process.stderr.write(`${section} ${inspect(pid, { colors })}: ${msg}\n`);
      };
    } else {
      debugImpls[section] = noop;
    }
  }
  return debugImpls[section];
}

// Returns a logger for `section`. The first call decides whether the section is enabled,
// replaces the logger's implementation and hands it to `cb` (so callers can swap in the
// cheap noop themselves).
function debuglog(section, cb) {
  let enabled;
  function init() {
    ensureDebugEnv();
    section = section.toUpperCase();
    enabled = testEnabled(section);
  }
  let debug = (...args) => {
    init();
    debug = debuglogImpl(enabled, section);
    if (typeof cb === 'function') cb(debug);
    debug(...args);
  };
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => debug(...args);
  Object.defineProperty(logger, 'enabled', {
    __proto__: null,
    get() {
      return test();
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

module.exports = {
  debuglog,
  initializeDebugEnv,
};
