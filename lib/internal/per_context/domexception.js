'use strict';
// DOMException (WebIDL): an Error-like class whose name, message and legacy code live in
// private state behind prototype getters. Kept free of requires: internal/errors and the
// URL, encoding, timers and abort code all reach for it, often before anything else loads.

// The legacy code of each name that has one (WebIDL's table); any other name has code 0.
const legacyCodes = [
  ['IndexSizeError', 'INDEX_SIZE_ERR', 1],
  [null, 'DOMSTRING_SIZE_ERR', 2],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR', 3],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR', 4],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR', 5],
  [null, 'NO_DATA_ALLOWED_ERR', 6],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR', 7],
  ['NotFoundError', 'NOT_FOUND_ERR', 8],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR', 9],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR', 10],
  ['InvalidStateError', 'INVALID_STATE_ERR', 11],
  ['SyntaxError', 'SYNTAX_ERR', 12],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR', 13],
  ['NamespaceError', 'NAMESPACE_ERR', 14],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR', 15],
  [null, 'VALIDATION_ERR', 16],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR', 17],
  ['SecurityError', 'SECURITY_ERR', 18],
  ['NetworkError', 'NETWORK_ERR', 19],
  ['AbortError', 'ABORT_ERR', 20],
  ['URLMismatchError', 'URL_MISMATCH_ERR', 21],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 22],
  ['TimeoutError', 'TIMEOUT_ERR', 23],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR', 24],
  ['DataCloneError', 'DATA_CLONE_ERR', 25],
];

const codeOfName = new Map();
for (const [name, , code] of legacyCodes) {
  if (name !== null) codeOfName.set(name, code);
}

// internal/errors is not used here (it may itself need DOMException); this error looks like
// Node's ERR_INVALID_THIS from this module, including its slightly different message.
function invalidThis() {
  const err = new TypeError('Value of "this" must be of DOMException');
  Object.defineProperty(err, 'toString', {
    value() { return `${this.name} [${this.code}]: ${this.message}`; },
    writable: true, enumerable: false, configurable: true,
  });
  err.code = 'ERR_INVALID_THIS';
  return err;
}

class DOMException {
  #name;
  #message;

  constructor(message = '', options = 'Error') {
    this.#message = `${message}`;
    if (options !== null && typeof options === 'object') {
      this.#name = `${options.name}`;
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', {
          value: options.cause, writable: true, enumerable: false, configurable: true,
        });
      }
    } else {
      this.#name = `${options}`;
    }
    // After the fields: the stack's first line reads name and message through the getters.
    Error.captureStackTrace(this);
  }

  static #validateThis(value) {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function') ||
        !(#name in value)) {
      throw invalidThis();
    }
  }

  get name() {
    DOMException.#validateThis(this);
    return this.#name;
  }

  get message() {
    DOMException.#validateThis(this);
    return this.#message;
  }

  get code() {
    DOMException.#validateThis(this);
    return codeOfName.get(this.#name) ?? 0;
  }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);

{
  const enumerable = { enumerable: true };
  Object.defineProperties(DOMException.prototype, {
    name: enumerable,
    message: enumerable,
    code: enumerable,
    [Symbol.toStringTag]: {
      value: 'DOMException', writable: false, enumerable: false, configurable: true,
    },
  });
  for (const [, constant, code] of legacyCodes) {
    const desc = { value: code, writable: false, enumerable: true, configurable: false };
    Object.defineProperty(DOMException, constant, desc);
    Object.defineProperty(DOMException.prototype, constant, desc);
  }
}

module.exports = { DOMException };
