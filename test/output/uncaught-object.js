'use strict';
// Throwing a non-error object: the arrow, then the object inspected.
throw { code: 42, nested: { list: [1, 2, 3] } };
