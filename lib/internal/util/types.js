'use strict';

// util.types: the V8 type checks of the `types` binding plus typed-array checks done in JS.

const binding = internalBinding('types');

// %TypedArray%.prototype[@@toStringTag] is a getter that returns the element type name for
// typed arrays and undefined for anything else (it never throws).
const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

function isTypedArray(value) {
  return typedArrayTag.call(value) !== undefined;
}

function isUint8Array(value) {
  return typedArrayTag.call(value) === 'Uint8Array';
}

function isUint8ClampedArray(value) {
  return typedArrayTag.call(value) === 'Uint8ClampedArray';
}

function isUint16Array(value) {
  return typedArrayTag.call(value) === 'Uint16Array';
}

function isUint32Array(value) {
  return typedArrayTag.call(value) === 'Uint32Array';
}

function isInt8Array(value) {
  return typedArrayTag.call(value) === 'Int8Array';
}

function isInt16Array(value) {
  return typedArrayTag.call(value) === 'Int16Array';
}

function isInt32Array(value) {
  return typedArrayTag.call(value) === 'Int32Array';
}

function isFloat32Array(value) {
  return typedArrayTag.call(value) === 'Float32Array';
}

function isFloat64Array(value) {
  return typedArrayTag.call(value) === 'Float64Array';
}

function isBigInt64Array(value) {
  return typedArrayTag.call(value) === 'BigInt64Array';
}

function isBigUint64Array(value) {
  return typedArrayTag.call(value) === 'BigUint64Array';
}

module.exports = {
  isExternal: binding.isExternal,
  isDate: binding.isDate,
  isArgumentsObject: binding.isArgumentsObject,
  isBigIntObject: binding.isBigIntObject,
  isBooleanObject: binding.isBooleanObject,
  isNumberObject: binding.isNumberObject,
  isStringObject: binding.isStringObject,
  isSymbolObject: binding.isSymbolObject,
  isNativeError: binding.isNativeError,
  isRegExp: binding.isRegExp,
  isAsyncFunction: binding.isAsyncFunction,
  isGeneratorFunction: binding.isGeneratorFunction,
  isGeneratorObject: binding.isGeneratorObject,
  isPromise: binding.isPromise,
  isMap: binding.isMap,
  isSet: binding.isSet,
  isMapIterator: binding.isMapIterator,
  isSetIterator: binding.isSetIterator,
  isWeakMap: binding.isWeakMap,
  isWeakSet: binding.isWeakSet,
  isArrayBuffer: binding.isArrayBuffer,
  isDataView: binding.isDataView,
  isSharedArrayBuffer: binding.isSharedArrayBuffer,
  isProxy: binding.isProxy,
  isModuleNamespaceObject: binding.isModuleNamespaceObject,
  isAnyArrayBuffer: binding.isAnyArrayBuffer,
  isBoxedPrimitive: binding.isBoxedPrimitive,
  isArrayBufferView,
  isTypedArray,
  isUint8Array,
  isUint8ClampedArray,
  isUint16Array,
  isUint32Array,
  isInt8Array,
  isInt16Array,
  isInt32Array,
  isFloat32Array,
  isFloat64Array,
  isBigInt64Array,
  isBigUint64Array,
};

// Key objects belong to the crypto module: load it only when asked, and answer false when
// there is no crypto support.
let cryptoClasses;
function lazyCryptoClasses() {
  if (cryptoClasses === undefined) {
    cryptoClasses = null;
    if (process.versions.openssl) {
      try {
        const crypto = require('crypto');
        cryptoClasses = {
          KeyObject: crypto.KeyObject,
          CryptoKey: crypto.webcrypto && crypto.webcrypto.CryptoKey,
        };
      } catch {
        // Built without crypto.
      }
    }
  }
  return cryptoClasses;
}

Object.defineProperties(module.exports, {
  isKeyObject: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    value(obj) {
      const classes = lazyCryptoClasses();
      return classes !== null && typeof classes.KeyObject === 'function' &&
        obj instanceof classes.KeyObject;
    },
  },
  isCryptoKey: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    value(obj) {
      const classes = lazyCryptoClasses();
      return classes !== null && typeof classes.CryptoKey === 'function' &&
        obj instanceof classes.CryptoKey;
    },
  },
});
