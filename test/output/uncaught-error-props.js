'use strict';
// An error with extra properties and a cause: the stack, then its properties inspected.
const cause = new TypeError('inner');
const err = new Error('outer', { cause });
err.code = 'E_OUTER';
err.extra = [1, 'two'];
throw err;
