'use strict';
// TextEncoderStream and TextDecoderStream (encoding.spec.whatwg.org section 7): transform
// streams over the TextEncoder and TextDecoder of lib/internal/encoding.js.

const {
  codes: {
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { TextDecoder, TextEncoder } = require('internal/encoding');
const { TransformStream } = require('internal/webstreams/transformstream');
const { customInspect, isBrand, kInspect, kState, kType } = require('internal/webstreams/util');

class TextEncoderStream {
  constructor() {
    const encoder = new TextEncoder();
    // A high surrogate at the end of a chunk waits for the low one at the start of the next.
    let pendingHighSurrogate = '';
    this[kType] = 'TextEncoderStream';
    this[kState] = {
      transform: new TransformStream({
        transform(chunk, controller) {
          let text = pendingHighSurrogate + `${chunk}`;
          pendingHighSurrogate = '';
          if (text.length === 0) return;
          const last = text.charCodeAt(text.length - 1);
          if (last >= 0xD800 && last <= 0xDBFF) {
            pendingHighSurrogate = text[text.length - 1];
            text = text.slice(0, -1);
            if (text.length === 0) return;
          }
          controller.enqueue(encoder.encode(text));
        },
        flush(controller) {
          if (pendingHighSurrogate !== '') controller.enqueue(new Uint8Array([0xEF, 0xBF, 0xBD]));
        },
      }),
    };
  }

  get encoding() {
    if (!isBrand(this, 'TextEncoderStream')) throw new ERR_INVALID_THIS('TextEncoderStream');
    return 'utf-8';
  }

  get readable() {
    if (!isBrand(this, 'TextEncoderStream')) throw new ERR_INVALID_THIS('TextEncoderStream');
    return this[kState].transform.readable;
  }

  get writable() {
    if (!isBrand(this, 'TextEncoderStream')) throw new ERR_INVALID_THIS('TextEncoderStream');
    return this[kState].transform.writable;
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], {
      encoding: 'utf-8',
      readable: this[kState].transform.readable,
      writable: this[kState].transform.writable,
    });
  }
}

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = undefined) {
    const decoder = new TextDecoder(encoding, options);
    this[kType] = 'TextDecoderStream';
    this[kState] = {
      decoder,
      transform: new TransformStream({
        transform(chunk, controller) {
          const text = decoder.decode(chunk, { stream: true });
          if (text) controller.enqueue(text);
        },
        flush(controller) {
          const text = decoder.decode();
          if (text) controller.enqueue(text);
        },
      }),
    };
  }

  get encoding() {
    if (!isBrand(this, 'TextDecoderStream')) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].decoder.encoding;
  }

  get fatal() {
    if (!isBrand(this, 'TextDecoderStream')) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].decoder.fatal;
  }

  get ignoreBOM() {
    if (!isBrand(this, 'TextDecoderStream')) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].decoder.ignoreBOM;
  }

  get readable() {
    if (!isBrand(this, 'TextDecoderStream')) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].transform.readable;
  }

  get writable() {
    if (!isBrand(this, 'TextDecoderStream')) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].transform.writable;
  }

  [kInspect](depth, options) {
    const { decoder, transform } = this[kState];
    return customInspect(depth, options, this[kType], {
      encoding: decoder.encoding,
      fatal: decoder.fatal,
      ignoreBOM: decoder.ignoreBOM,
      readable: transform.readable,
      writable: transform.writable,
    });
  }
}

// Node 20 gives these two no Symbol.toStringTag.
for (const ctor of [TextEncoderStream, TextDecoderStream]) {
  for (const key of Object.getOwnPropertyNames(ctor.prototype)) {
    if (key === 'constructor') continue;
    const desc = Object.getOwnPropertyDescriptor(ctor.prototype, key);
    desc.enumerable = true;
    Object.defineProperty(ctor.prototype, key, desc);
  }
}

module.exports = {
  TextDecoderStream,
  TextEncoderStream,
};
