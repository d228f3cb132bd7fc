'use strict';
// stream/consumers: read a whole stream (a Node Readable, a web ReadableStream or any async
// iterable) into a Blob, an ArrayBuffer, a Buffer, a string or parsed JSON.

const { Buffer } = require('buffer');

let Blob;
let TextDecoder;

async function blob(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  Blob ??= require('internal/blob').Blob;
  return new Blob(chunks);
}

async function arrayBuffer(stream) {
  const result = await blob(stream);
  return result.arrayBuffer();
}

async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
}

async function text(stream) {
  TextDecoder ??= require('internal/encoding').TextDecoder;
  const decoder = new TextDecoder();
  let result = '';
  for await (const chunk of stream) {
    if (typeof chunk === 'string') result += chunk;
    else result += decoder.decode(chunk, { stream: true });
  }
  result += decoder.decode(undefined, { stream: false });
  return result;
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = {
  arrayBuffer,
  blob,
  buffer,
  text,
  json,
};
