'use strict';
// Blob (the File API): immutable bytes with a MIME type, held in one ArrayBuffer copied from
// the sources at construction; slices share it. stream() is a byte ReadableStream of a copy.

const {
  codes: {
    ERR_BUFFER_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { validateDictionary } = require('internal/validators');
const { customInspectSymbol, kEmptyObject } = require('internal/util');
const { isAnyArrayBuffer } = require('internal/util/types');

// A type with any character outside U+0020..U+007E is dropped; others are lowercased.
const disallowedTypeCharacters = /[^\u0020-\u007E]/;

function normalizeType(type) {
  type = `${type}`;
  return disallowedTypeCharacters.test(type) ? '' : type.toLowerCase();
}

const nativeEndOfLine = process.platform === 'win32' ? '\r\n' : '\n';

let textEncoder;
let textDecoder;
let inspect;

// One source as a copy of its bytes: Blobs as they are (they never change), buffers copied,
// anything else as the UTF-8 of its string, with line endings made native on request.
function sourceBytes(source, endings) {
  if (isBlob(source)) return bytesOf(source);
  if (isAnyArrayBuffer(source)) {
    source = new Uint8Array(source);
  } else if (!ArrayBuffer.isView(source)) {
    source = `${source}`;
    if (endings === 'native') source = source.replace(/\n|\r\n/g, nativeEndOfLine);
    if (textEncoder === undefined) textEncoder = new (require('internal/encoding').TextEncoder)();
    return textEncoder.encode(source);
  }
  const { buffer, byteOffset, byteLength } = source;
  return new Uint8Array(buffer.slice(byteOffset, byteOffset + byteLength));
}

// Set by the class below, which alone can read its private fields.
let bytesOf;
let isBlob;

class Blob {
  #bytes;
  #type;

  static {
    bytesOf = (blob) => blob.#bytes;
    isBlob = (object) => object !== null && typeof object === 'object' && #bytes in object;
  }

  constructor(sources = [], options) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' ||
        typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    validateDictionary(options, 'options');
    let { type = '', endings = 'transparent' } = options ?? kEmptyObject;
    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    let length = 0;
    const parts = Array.from(sources, (source) => {
      const bytes = sourceBytes(source, endings);
      length += bytes.byteLength;
      return bytes;
    });
    if (length > 0xffffffff) throw new ERR_BUFFER_TOO_LARGE(0xffffffff);
    if (parts.length === 1) {
      this.#bytes = parts[0];
    } else {
      const bytes = new Uint8Array(length);
      let offset = 0;
      for (const part of parts) {
        bytes.set(part, offset);
        offset += part.byteLength;
      }
      this.#bytes = bytes;
    }
    this.#type = normalizeType(type);
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this.#type;
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this.#bytes.byteLength;
  }

  slice(start = 0, end = this.size, contentType = '') {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const size = this.#bytes.byteLength;
    start = Math.trunc(start) || 0;
    end = Math.trunc(end) || 0;
    start = start < 0 ? Math.max(size + start, 0) : Math.min(start, size);
    end = end < 0 ? Math.max(size + end, 0) : Math.min(end, size);
    const span = Math.max(end - start, 0);
    const blob = new Blob();
    blob.#bytes = this.#bytes.subarray(start, start + span);
    blob.#type = normalizeType(contentType);
    return blob;
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const { buffer, byteOffset, byteLength } = this.#bytes;
    return Promise.resolve(buffer.slice(byteOffset, byteOffset + byteLength));
  }

  async text() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    if (textDecoder === undefined) textDecoder = new (require('internal/encoding').TextDecoder)();
    return textDecoder.decode(this.#bytes);
  }

  stream() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const bytes = this.#bytes;
    const { ReadableStream } = require('internal/webstreams/readablestream');
    // One chunk, as Node 20 gives for a Blob in memory; a copy, since enqueue transfers it.
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        if (bytes.byteLength > 0) controller.enqueue(bytes.slice());
        controller.close();
        controller.byobRequest?.respond(0);
      },
    });
  }

  [customInspectSymbol](depth, options) {
    // What inspect prints for an object past its depth.
    if (depth < 0) return options.stylize('[Blob]', 'special');
    if (inspect === undefined) inspect = require('internal/util/inspect').inspect;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Blob ${inspect({ size: this.size, type: this.type }, opts)}`;
  }
}

// Not enumerable in Node 20, unlike the other methods.
Object.defineProperty(Blob.prototype, 'bytes', {
  writable: true,
  enumerable: false,
  configurable: true,
  value: function bytes() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(bytesOf(this).slice());
  },
});

Object.defineProperties(Blob.prototype, {
  size: { enumerable: true },
  type: { enumerable: true },
  slice: { enumerable: true },
  arrayBuffer: { enumerable: true },
  text: { enumerable: true },
  stream: { enumerable: true },
  [Symbol.toStringTag]: { configurable: true, value: 'Blob' },
});

module.exports = { Blob, isBlob };
