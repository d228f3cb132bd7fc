'use strict';
// The http module: HTTP/1.1 server (lib/_http_server.js), client (lib/_http_client.js) and
// connection pooling (lib/_http_agent.js).

const { methods, parsers } = require('_http_common');
const { IncomingMessage } = require('_http_incoming');
const { OutgoingMessage, validateHeaderName, validateHeaderValue } = require('_http_outgoing');
const { Server, ServerResponse, STATUS_CODES } = require('_http_server');
const { validateInteger } = require('internal/validators');

let agentModule;
let clientModule;
function agent() {
  agentModule ??= require('_http_agent');
  return agentModule;
}
function client() {
  clientModule ??= require('_http_client');
  return clientModule;
}

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

function request(url, options, cb) {
  return new (client().ClientRequest)(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

function setMaxIdleHTTPParsers(max) {
  validateInteger(max, 'max', 1);
  parsers.max = max;
}

let maxHeaderSize;

module.exports = {
  _connectionListener: require('_http_server')._connectionListener,
  METHODS: methods,
  STATUS_CODES,
  get Agent() { return agent().Agent; },
  get ClientRequest() { return client().ClientRequest; },
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers,
};

Object.defineProperty(module.exports, 'maxHeaderSize', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    if (maxHeaderSize === undefined) {
      const value = require('internal/options').getOptionValue('--max-http-header-size');
      maxHeaderSize = typeof value === 'number' ? value : 16 * 1024;
    }
    return maxHeaderSize;
  },
});

Object.defineProperty(module.exports, 'globalAgent', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return agent().globalAgent; },
  set(value) { agent().globalAgent = value; },
});
