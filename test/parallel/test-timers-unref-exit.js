'use strict';
// The process exits while only unreferenced timers, intervals and immediates are left.
const common = require('../common');

setTimeout(common.mustNotCall(), 10000).unref();
setInterval(common.mustNotCall(), 10000).unref();
setImmediate(common.mustNotCall()).unref();
const timeout = setTimeout(common.mustNotCall(), 10000);
timeout.unref();
const other = setTimeout(common.mustNotCall(), 10000);
other.unref();
other.ref();
clearTimeout(other);
