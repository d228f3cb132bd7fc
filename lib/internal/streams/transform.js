'use strict';
// stream.Transform: a Duplex whose written chunks go through _transform() and come out on
// the readable side; _flush() runs at the end. A transform callback that finds the readable
// buffer full is held until the consumer reads (_read()), which is the back-pressure.

const {
  ERR_METHOD_NOT_IMPLEMENTED,
} = require('internal/errors').codes;
const Duplex = require('internal/streams/duplex');
const { getHighWaterMark } = require('internal/streams/state');

module.exports = Transform;

Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

// The write callback held back until the readable side wants more.
const kCallback = Symbol('kCallback');
// The write in progress: its callback, the readable length before it, and the one bound
// callback handed to every _transform() call (no closure per chunk).
const kWriteCallback = Symbol('kWriteCallback');
const kLengthBefore = Symbol('kLengthBefore');
const kOnTransformed = Symbol('kOnTransformed');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);

  // A readable highWaterMark of 0 means no buffering at all: the writable side gets 0 too
  // unless it was given one.
  const readableHighWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', true) : null;
  if (readableHighWaterMark === 0) {
    options = {
      ...options,
      highWaterMark: null,
      readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark || 0,
    };
  }

  Duplex.call(this, options);

  // Data pushed from _transform() may be read at once: never treat it as inside _read().
  this._readableState.sync = false;
  this[kCallback] = null;
  this[kWriteCallback] = null;
  this[kLengthBefore] = 0;
  this[kOnTransformed] = null;

  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }

  // _final() may be replaced (options.final, a subclass); the flush still runs then.
  this.on('prefinish', prefinish);
}

function final(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((er, data) => {
      if (er) {
        if (cb) cb(er);
        else this.destroy(er);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function prefinish() {
  if (this._final !== final) final.call(this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function(chunk, encoding, callback) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

Transform.prototype._write = function(chunk, encoding, callback) {
  this[kWriteCallback] = callback;
  this[kLengthBefore] = this._readableState.length;
  let onTransformed = this[kOnTransformed];
  if (onTransformed === null || onTransformed === undefined) {
    onTransformed = this[kOnTransformed] = afterTransform.bind(this);
  }
  this._transform(chunk, encoding, onTransformed);
};

function afterTransform(err, val) {
  const callback = this[kWriteCallback];
  if (err) {
    callback(err);
    return;
  }
  if (val != null) this.push(val);

  const rState = this._readableState;
  if (rState.ended) {
    // Nothing will call _read() any more.
    process.nextTick(callback);
  } else if (this._writableState.ended ||
             this[kLengthBefore] === rState.length ||
             rState.length < rState.highWaterMark) {
    callback();
  } else {
    this[kCallback] = callback;
  }
}

Transform.prototype._read = function() {
  const callback = this[kCallback];
  if (callback) {
    this[kCallback] = null;
    callback();
  }
};
