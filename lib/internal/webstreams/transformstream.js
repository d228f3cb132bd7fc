'use strict';
// TransformStream and its controller, after streams.spec.whatwg.org section 6 (with the
// transformer's cancel() and the shared finish promise of the current spec, as Node 20 has).

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const {
  validateObject,
  kValidateObjectAllowObjects,
  kValidateObjectAllowObjectsAndNull,
} = require('internal/validators');
const {
  createDeferred,
  customInspect,
  extractHighWaterMark,
  extractSizeAlgorithm,
  invokePromise,
  isBrand,
  kInspect,
  kState,
  kType,
  lookupCallback,
} = require('internal/webstreams/util');
const {
  createReadableStream,
  readableStreamDefaultControllerCanCloseOrEnqueue,
  readableStreamDefaultControllerClose,
  readableStreamDefaultControllerEnqueue,
  readableStreamDefaultControllerError,
  readableStreamDefaultControllerGetDesiredSize,
  readableStreamDefaultControllerHasBackpressure,
} = require('internal/webstreams/readablestream');
const {
  createWritableStream,
  writableStreamDefaultControllerErrorIfNeeded,
} = require('internal/webstreams/writablestream');

const kSkipThrow = Symbol('kSkipThrow');

const isTransformStream = (value) => isBrand(value, 'TransformStream');
const isController = (value) => isBrand(value, 'TransformStreamDefaultController');

class TransformStream {
  constructor(transformer = undefined, writableStrategy = undefined,
              readableStrategy = undefined) {
    if (transformer === undefined) transformer = null;
    else validateObject(transformer, 'transformer', kValidateObjectAllowObjects);
    if (writableStrategy !== undefined) {
      validateObject(writableStrategy, 'writableStrategy', kValidateObjectAllowObjectsAndNull);
    }
    if (readableStrategy !== undefined) {
      validateObject(readableStrategy, 'readableStrategy', kValidateObjectAllowObjectsAndNull);
    }
    const readableType = transformer?.readableType;
    if (readableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', readableType);
    }
    const writableType = transformer?.writableType;
    if (writableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', writableType);
    }
    const readableHighWaterMark = extractHighWaterMark(readableStrategy?.highWaterMark, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy?.size);
    const writableHighWaterMark = extractHighWaterMark(writableStrategy?.highWaterMark, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy?.size);
    const startPromise = createDeferred();
    const start = transformer?.start;
    // Node binds start up front: a start that is not a function fails in bind().
    const startAlgorithm = start !== undefined ?
      Function.prototype.bind.call(start, transformer) : undefined;
    initializeTransformStream(this, startPromise, writableHighWaterMark, writableSize,
                              readableHighWaterMark, readableSize);
    setUpTransformStreamDefaultControllerFromTransformer(this, transformer);
    if (startAlgorithm !== undefined) {
      startPromise.resolve(startAlgorithm(this[kState].controller));
    } else {
      startPromise.resolve();
    }
  }

  get readable() {
    if (!isTransformStream(this)) throw new ERR_INVALID_THIS('TransformStream');
    return this[kState].readable;
  }

  get writable() {
    if (!isTransformStream(this)) throw new ERR_INVALID_THIS('TransformStream');
    return this[kState].writable;
  }

  [kInspect](depth, options) {
    const state = this[kState];
    return customInspect(depth, options, this[kType], {
      readable: state.readable,
      writable: state.writable,
      backpressure: state.backpressure,
    });
  }
}

function initializeTransformStream(stream, startPromise, writableHighWaterMark, writableSize,
                                   readableHighWaterMark, readableSize) {
  stream[kType] = 'TransformStream';
  stream[kState] = {
    readable: undefined,
    writable: undefined,
    backpressure: undefined,
    backpressureChange: undefined,
    controller: undefined,
  };
  const state = stream[kState];
  const start = () => startPromise.promise;
  state.writable = createWritableStream(
    start,
    (chunk) => transformStreamDefaultSinkWriteAlgorithm(stream, chunk),
    () => transformStreamDefaultSinkCloseAlgorithm(stream),
    (reason) => transformStreamDefaultSinkAbortAlgorithm(stream, reason),
    writableHighWaterMark, writableSize);
  state.readable = createReadableStream(
    start,
    () => transformStreamDefaultSourcePullAlgorithm(stream),
    (reason) => transformStreamDefaultSourceCancelAlgorithm(stream, reason),
    readableHighWaterMark, readableSize);
  transformStreamSetBackpressure(stream, true);
}

function transformStreamError(stream, error) {
  readableStreamDefaultControllerError(stream[kState].readable[kState].controller, error);
  transformStreamErrorWritableAndUnblockWrite(stream, error);
}

function transformStreamErrorWritableAndUnblockWrite(stream, error) {
  transformStreamDefaultControllerClearAlgorithms(stream[kState].controller);
  writableStreamDefaultControllerErrorIfNeeded(stream[kState].writable[kState].controller, error);
  transformStreamUnblockWrite(stream);
}

function transformStreamSetBackpressure(stream, backpressure) {
  const state = stream[kState];
  if (state.backpressureChange !== undefined) state.backpressureChange.resolve();
  state.backpressureChange = createDeferred();
  state.backpressure = backpressure;
}

function transformStreamUnblockWrite(stream) {
  if (stream[kState].backpressure) transformStreamSetBackpressure(stream, false);
}

class TransformStreamDefaultController {
  constructor(skipThrow = undefined) {
    if (skipThrow !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    if (!isController(this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    const readable = this[kState].stream[kState].readable;
    return readableStreamDefaultControllerGetDesiredSize(readable[kState].controller);
  }

  enqueue(chunk = undefined) {
    if (!isController(this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    transformStreamDefaultControllerEnqueue(this, chunk);
  }

  error(reason = undefined) {
    if (!isController(this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    transformStreamError(this[kState].stream, reason);
  }

  terminate() {
    if (!isController(this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    transformStreamDefaultControllerTerminate(this);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], { stream: this[kState].stream });
  }
}

function setUpTransformStreamDefaultController(stream, controller, transform, flush, cancel) {
  controller[kType] = 'TransformStreamDefaultController';
  controller[kState] = {
    stream,
    finish: undefined,
    transformAlgorithm: transform,
    flushAlgorithm: flush,
    cancelAlgorithm: cancel,
  };
  stream[kState].controller = controller;
}

function setUpTransformStreamDefaultControllerFromTransformer(stream, transformer) {
  const controller = new TransformStreamDefaultController(kSkipThrow);
  const transform = lookupCallback(transformer, 'transform', 'transformer');
  const flush = lookupCallback(transformer, 'flush', 'transformer');
  const cancel = lookupCallback(transformer, 'cancel', 'transformer');
  const transformAlgorithm = transform !== undefined ?
    (chunk) => invokePromise(transform, transformer, [chunk, controller]) :
    (chunk) => {
      try {
        transformStreamDefaultControllerEnqueue(controller, chunk);
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error);
      }
    };
  setUpTransformStreamDefaultController(
    stream, controller, transformAlgorithm,
    flush !== undefined ? () => invokePromise(flush, transformer, [controller]) :
      () => Promise.resolve(),
    cancel !== undefined ? (reason) => invokePromise(cancel, transformer, [reason]) :
      () => Promise.resolve());
}

function transformStreamDefaultControllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.transformAlgorithm = undefined;
  state.flushAlgorithm = undefined;
  state.cancelAlgorithm = undefined;
}

function transformStreamDefaultControllerEnqueue(controller, chunk) {
  const stream = controller[kState].stream;
  const readable = stream[kState].readable;
  const readableController = readable[kState].controller;
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(readableController)) {
    throw new ERR_INVALID_STATE.TypeError('Unable to enqueue');
  }
  try {
    readableStreamDefaultControllerEnqueue(readableController, chunk);
  } catch (error) {
    transformStreamErrorWritableAndUnblockWrite(stream, error);
    throw readable[kState].storedError;
  }
  const backpressure = readableStreamDefaultControllerHasBackpressure(readableController);
  if (backpressure !== stream[kState].backpressure) {
    transformStreamSetBackpressure(stream, true);
  }
}

function transformStreamDefaultControllerPerformTransform(controller, chunk) {
  const stream = controller[kState].stream;
  return controller[kState].transformAlgorithm(chunk).then(undefined, (error) => {
    transformStreamError(stream, error);
    throw error;
  });
}

function transformStreamDefaultControllerTerminate(controller) {
  const stream = controller[kState].stream;
  readableStreamDefaultControllerClose(stream[kState].readable[kState].controller);
  transformStreamErrorWritableAndUnblockWrite(stream,
                                              new ERR_INVALID_STATE.TypeError('TransformStream has been terminated'));
}

// -- the algorithms of the two sides --

function transformStreamDefaultSinkWriteAlgorithm(stream, chunk) {
  const state = stream[kState];
  const controller = state.controller;
  if (state.backpressure) {
    return state.backpressureChange.promise.then(() => {
      const writable = state.writable[kState];
      if (writable.state === 'erroring') throw writable.storedError;
      return transformStreamDefaultControllerPerformTransform(controller, chunk);
    });
  }
  return transformStreamDefaultControllerPerformTransform(controller, chunk);
}

function transformStreamDefaultSinkAbortAlgorithm(stream, reason) {
  const controller = stream[kState].controller;
  const controllerState = controller[kState];
  if (controllerState.finish !== undefined) return controllerState.finish.promise;
  const readable = stream[kState].readable;
  const finish = controllerState.finish = createDeferred();
  const cancelPromise = controllerState.cancelAlgorithm(reason);
  transformStreamDefaultControllerClearAlgorithms(controller);
  cancelPromise.then(() => {
    if (readable[kState].state === 'errored') {
      finish.reject(readable[kState].storedError);
    } else {
      readableStreamDefaultControllerError(readable[kState].controller, reason);
      finish.resolve();
    }
  }, (error) => {
    readableStreamDefaultControllerError(readable[kState].controller, error);
    finish.reject(error);
  });
  return finish.promise;
}

function transformStreamDefaultSinkCloseAlgorithm(stream) {
  const controller = stream[kState].controller;
  const controllerState = controller[kState];
  if (controllerState.finish !== undefined) return controllerState.finish.promise;
  const readable = stream[kState].readable;
  const finish = controllerState.finish = createDeferred();
  const flushPromise = controllerState.flushAlgorithm();
  transformStreamDefaultControllerClearAlgorithms(controller);
  flushPromise.then(() => {
    if (readable[kState].state === 'errored') {
      finish.reject(readable[kState].storedError);
    } else {
      readableStreamDefaultControllerClose(readable[kState].controller);
      finish.resolve();
    }
  }, (error) => {
    readableStreamDefaultControllerError(readable[kState].controller, error);
    finish.reject(error);
  });
  return finish.promise;
}

function transformStreamDefaultSourcePullAlgorithm(stream) {
  transformStreamSetBackpressure(stream, false);
  return stream[kState].backpressureChange.promise;
}

function transformStreamDefaultSourceCancelAlgorithm(stream, reason) {
  const controller = stream[kState].controller;
  const controllerState = controller[kState];
  if (controllerState.finish !== undefined) return controllerState.finish.promise;
  const writable = stream[kState].writable;
  const finish = controllerState.finish = createDeferred();
  const cancelPromise = controllerState.cancelAlgorithm(reason);
  transformStreamDefaultControllerClearAlgorithms(controller);
  cancelPromise.then(() => {
    if (writable[kState].state === 'errored') {
      finish.reject(writable[kState].storedError);
    } else {
      writableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, reason);
      transformStreamUnblockWrite(stream);
      finish.resolve();
    }
  }, (error) => {
    writableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, error);
    transformStreamUnblockWrite(stream);
    finish.reject(error);
  });
  return finish.promise;
}

for (const [ctor, name] of [
  [TransformStream, 'TransformStream'],
  [TransformStreamDefaultController, 'TransformStreamDefaultController'],
]) {
  Object.defineProperty(ctor.prototype, Symbol.toStringTag, {
    __proto__: null, value: name, writable: false, enumerable: false, configurable: true,
  });
  for (const key of Object.getOwnPropertyNames(ctor.prototype)) {
    if (key === 'constructor') continue;
    const desc = Object.getOwnPropertyDescriptor(ctor.prototype, key);
    desc.enumerable = true;
    Object.defineProperty(ctor.prototype, key, desc);
  }
}

module.exports = {
  TransformStream,
  TransformStreamDefaultController,
  isTransformStream,
};
