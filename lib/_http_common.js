'use strict';
// What the HTTP server and client share: the parser (internalBinding('http_parser'), on
// llhttp) and its callbacks, a pool of parsers, and the token and header-value checks.

const { HTTPParser, methods: parserMethods, allMethods } = internalBinding('http_parser');
const { IncomingMessage, readStart, readStop } = require('_http_incoming');

// Callback slots on a parser; keep in sync with src/http_parser.c.
const kOnMessageBegin = HTTPParser.kOnMessageBegin | 0;
const kOnHeaders = HTTPParser.kOnHeaders | 0;
const kOnHeadersComplete = HTTPParser.kOnHeadersComplete | 0;
const kOnBody = HTTPParser.kOnBody | 0;
const kOnMessageComplete = HTTPParser.kOnMessageComplete | 0;
const kOnExecute = HTTPParser.kOnExecute | 0;
const kOnTimeout = HTTPParser.kOnTimeout | 0;

const MAX_HEADER_PAIRS = 2000;
const kIncomingMessage = Symbol('IncomingMessage');
const kRequestTimeout = Symbol('RequestTimeout');
const kSkipPendingData = Symbol('SkipPendingData');

// Node 20 lists QUERY too; our llhttp predates it, so only the client can send it.
const methods = (parserMethods.includes('QUERY') ? parserMethods.slice() :
  parserMethods.concat('QUERY')).sort();

// Trailers arrive in onHeaders before the message completes.
function parserOnHeaders(headers, url) {
  this._headers = this._headers.length === 0 ? headers : this._headers.concat(headers);
  this._url += url;
}

// The message head: builds the IncomingMessage and hands it to the server or client
// (parser.onIncoming). Its return value tells llhttp whether a body follows.
function parserOnHeadersComplete(versionMajor, versionMinor, headers, method, url,
                                 statusCode, statusMessage, upgrade, shouldKeepAlive) {
  const parser = this;
  const { socket } = parser;
  if (!headers) {
    headers = parser._headers;
    parser._headers = [];
  }
  if (!url) {
    url = parser._url;
    parser._url = '';
  }

  let ParserIncomingMessage = IncomingMessage;
  if (socket && socket.server && socket.server[kIncomingMessage]) {
    ParserIncomingMessage = socket.server[kIncomingMessage];
  } else if (parser[kIncomingMessage]) {
    ParserIncomingMessage = parser[kIncomingMessage];
  }
  const incoming = parser.incoming = new ParserIncomingMessage(socket);
  incoming.httpVersionMajor = versionMajor;
  incoming.httpVersionMinor = versionMinor;
  incoming.httpVersion = `${versionMajor}.${versionMinor}`;
  incoming.joinDuplicateHeaders = socket?.server?.joinDuplicateHeaders ||
    parser.joinDuplicateHeaders;
  incoming.url = url;
  incoming.upgrade = upgrade;

  let n = headers.length;
  if (parser.maxHeaderPairs > 0) n = Math.min(n, parser.maxHeaderPairs);
  incoming._addHeaderLines(headers, n);

  if (typeof method === 'number') {
    incoming.method = allMethods[method];
  } else {
    incoming.statusCode = statusCode;
    incoming.statusMessage = statusMessage;
  }
  return parser.onIncoming(incoming, shouldKeepAlive);
}

function parserOnBody(b) {
  const stream = this.incoming;
  if (stream === null || stream._dumped) return;
  if (!stream.push(b)) readStop(this.socket);
}

function parserOnMessageComplete() {
  const parser = this;
  const stream = parser.incoming;
  if (stream !== null) {
    stream.complete = true;
    const headers = parser._headers;
    if (headers.length) {
      stream._addHeaderLines(headers, headers.length);
      parser._headers = [];
      parser._url = '';
    }
    stream.push(null);
  }
  readStart(parser.socket);
}

// A small pool of parsers, reused across connections.
class FreeList {
  constructor(name, max, ctor) {
    this.name = name;
    this.ctor = ctor;
    this.max = max;
    this.list = [];
  }

  hasItems() {
    return this.list.length > 0;
  }

  alloc() {
    return this.list.length > 0 ? this.list.pop() : this.ctor();
  }

  free(obj) {
    if (this.list.length < this.max) {
      this.list.push(obj);
      return true;
    }
    return false;
  }
}

function newParser() {
  const parser = new HTTPParser();
  parser._headers = [];
  parser._url = '';
  parser.socket = null;
  parser.incoming = null;
  parser.outgoing = null;
  parser.maxHeaderPairs = MAX_HEADER_PAIRS;
  parser[kOnMessageBegin] = null;
  parser[kOnHeaders] = parserOnHeaders;
  parser[kOnHeadersComplete] = parserOnHeadersComplete;
  parser[kOnBody] = parserOnBody;
  parser[kOnMessageComplete] = parserOnMessageComplete;
  return parser;
}

const parsers = new FreeList('parsers', 1000, newParser);

function closeParserInstance(parser) {
  parser.remove?.();
}

// Back to the pool once its connection is done.
function freeParser(parser, req, socket) {
  if (parser) {
    parser._headers = [];
    parser._url = '';
    parser.socket = null;
    parser.incoming = null;
    parser.outgoing = null;
    parser[kOnMessageBegin] = null;
    parser[kOnExecute] = null;
    parser[kOnTimeout] = null;
      parser.onIncoming = null;
    parser.joinDuplicateHeaders = null;
    parser[kIncomingMessage] = undefined;
    parsers.free(parser);
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
// RFC 7230 section 3.2.6 tchar
function checkIsHttpToken(val) {
  return tokenRegExp.test(val);
}

const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
// Field values may hold HTAB, SP, VCHAR and obs-text (RFC 7230 section 3.2)
function checkInvalidHeaderChar(val) {
  return headerCharRegex.test(val);
}

function cleanParser(parser) {
  parser._headers = [];
  parser._url = '';
  parser.socket = null;
  parser.incoming = null;
  parser.outgoing = null;
  parser.maxHeaderPairs = MAX_HEADER_PAIRS;
  parser[kOnMessageBegin] = null;
  parser[kOnExecute] = null;
  parser[kOnTimeout] = null;
  parser.onIncoming = null;
  parser.joinDuplicateHeaders = null;
}

function prepareError(err, parser, rawPacket) {
  err.rawPacket = rawPacket || parser.getCurrentBuffer?.();
  if (typeof err.reason === 'string') err.message = `Parse Error: ${err.reason}`;
}

function isLenient() {
  return require('internal/options').getOptionValue('--insecure-http-parser') === true;
}

module.exports = {
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF: '\r\n',
  freeParser,
  cleanParser,
  closeParserInstance,
  methods,
  parsers,
  kIncomingMessage,
  kRequestTimeout,
  kSkipPendingData,
  HTTPParser,
  isLenient,
  prepareError,
  kOnExecute,
  kOnTimeout,
};
