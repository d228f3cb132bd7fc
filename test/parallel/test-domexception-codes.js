'use strict';
// DOMException's legacy code constants (on the class and the prototype) and the code each
// name maps to: names without a legacy code (and the three historical constants whose names
// are not error names) give 0.
require('../common');
const assert = require('assert');

const constants = [
  'INDEX_SIZE_ERR', 'DOMSTRING_SIZE_ERR', 'HIERARCHY_REQUEST_ERR', 'WRONG_DOCUMENT_ERR',
  'INVALID_CHARACTER_ERR', 'NO_DATA_ALLOWED_ERR', 'NO_MODIFICATION_ALLOWED_ERR',
  'NOT_FOUND_ERR', 'NOT_SUPPORTED_ERR', 'INUSE_ATTRIBUTE_ERR', 'INVALID_STATE_ERR',
  'SYNTAX_ERR', 'INVALID_MODIFICATION_ERR', 'NAMESPACE_ERR', 'INVALID_ACCESS_ERR',
  'VALIDATION_ERR', 'TYPE_MISMATCH_ERR', 'SECURITY_ERR', 'NETWORK_ERR', 'ABORT_ERR',
  'URL_MISMATCH_ERR', 'QUOTA_EXCEEDED_ERR', 'TIMEOUT_ERR', 'INVALID_NODE_TYPE_ERR',
  'DATA_CLONE_ERR',
];
assert.deepStrictEqual(Object.keys(DOMException), constants);
constants.forEach((name, i) => {
  const expected = { value: i + 1, writable: false, enumerable: true, configurable: false };
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(DOMException, name), expected);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(DOMException.prototype, name),
                         expected);
  assert.strictEqual(new DOMException('', 'AbortError')[name], i + 1);
});

const codes = {
  IndexSizeError: 1, DOMStringSizeError: 0, HierarchyRequestError: 3,
  WrongDocumentError: 4, InvalidCharacterError: 5, NoDataAllowedError: 0,
  NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9,
  InUseAttributeError: 10, InvalidStateError: 11, SyntaxError: 12,
  InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
  ValidationError: 0, TypeMismatchError: 17, SecurityError: 18, NetworkError: 19,
  AbortError: 20, URLMismatchError: 21, QuotaExceededError: 22, TimeoutError: 23,
  InvalidNodeTypeError: 24, DataCloneError: 25, EncodingError: 0, NotReadableError: 0,
  UnknownError: 0, ConstraintError: 0, DataError: 0, TransactionInactiveError: 0,
  ReadOnlyError: 0, VersionError: 0, OperationError: 0, NotAllowedError: 0,
  abortError: 0, Error: 0, constructor: 0, __proto__: 0,
};
for (const name of Object.keys(codes)) {
  assert.strictEqual(new DOMException('', name).code, codes[name], name);
}
