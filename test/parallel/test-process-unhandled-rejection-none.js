// Flags: --unhandled-rejections=none
'use strict';
// --unhandled-rejections=none: no warning and no exception; the event is still emitted.
const common = require('../common');

process.on('warning', common.mustNotCall());
process.on('uncaughtException', common.mustNotCall());
Promise.reject(new Error('ignored'));
process.on('unhandledRejection', common.mustCall());
