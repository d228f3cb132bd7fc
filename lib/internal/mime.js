'use strict';
// util.MIMEType and util.MIMEParams: MIME types parsed and serialized as the WHATWG MIME
// Sniffing standard says ("parse a MIME type", "serialize a MIME type").

const {
  codes: { ERR_INVALID_MIME_SYNTAX },
} = require('internal/errors');

// HTTP token code points: !#$%&'*+-.^_`|~, digits and ASCII letters.
const notTokenCodePoint = /[^!#$%&'*+\-.^_`|~0-9A-Za-z]/;
// HTTP quoted-string token code points: tab, U+0020 to U+007E, U+0080 to U+00FF.
const notQuotedStringCodePoint = /[^\t\u0020-\u007E\u0080-\u00FF]/;
const httpWhitespace = /[\t\n\r ]/;
const leadingWhitespace = /^[\t\n\r ]+/;
const trailingWhitespace = /[\t\n\r ]+$/;
const quoteOrBackslash = /["\\]/g;

// The index of the first character of str that is not a token code point, or -1.
function invalidTokenIndex(str) {
  const match = notTokenCodePoint.exec(str);
  return match === null ? -1 : match.index;
}

function invalidQuotedStringIndex(str) {
  const match = notQuotedStringCodePoint.exec(str);
  return match === null ? -1 : match.index;
}

// A type or subtype: a non-empty token, in lower case.
function validateTypePart(production, value, input = value) {
  if (value.length === 0) throw new ERR_INVALID_MIME_SYNTAX(production, input, -1);
  const invalid = invalidTokenIndex(value);
  if (invalid !== -1) throw new ERR_INVALID_MIME_SYNTAX(production, input, invalid);
  return value.toLowerCase();
}

// Parameter values that are empty or hold anything but token code points are quoted.
function serializeValue(value) {
  if (value.length !== 0 && invalidTokenIndex(value) === -1) return value;
  return `"${value.replace(quoteOrBackslash, '\\$&')}"`;
}

// Adds a parameter that parsing has validated (set by MIMEParams' static block).
let addParsedParameter;

class MIMEParams {
  #data = new Map();

  static {
    addParsedParameter = (params, name, value) => {
      if (!params.#data.has(name)) params.#data.set(name, value);
    };
  }

  // Methods reach the map through a private method, so that a foreign `this` fails with
  // V8's "Receiver must be an instance of class MIMEParams", as in Node.
  #map() {
    return this.#data;
  }

  delete(name) {
    this.#map().delete(name);
  }

  get(name) {
    const value = this.#map().get(name);
    return value === undefined ? null : value;
  }

  has(name) {
    return this.#map().has(name);
  }

  set(name, value) {
    const data = this.#map();
    name = `${name}`;
    value = `${value}`;
    const invalidName = invalidTokenIndex(name);
    if (name.length === 0 || invalidName !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('parameter name', name, invalidName);
    }
    const invalidValue = invalidQuotedStringIndex(value);
    if (invalidValue !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, invalidValue);
    }
    data.set(name, value);
  }

  * entries() {
    yield* this.#map();
  }

  * keys() {
    yield* this.#map().keys();
  }

  * values() {
    yield* this.#map().values();
  }

  toString() {
    let str = '';
    for (const [name, value] of this.#map()) {
      if (str.length !== 0) str += ';';
      str += `${name}=${serializeValue(value)}`;
    }
    return str;
  }
}

Object.defineProperties(MIMEParams.prototype, {
  toJSON: {
    __proto__: null, value: MIMEParams.prototype.toString,
    writable: true, enumerable: false, configurable: true,
  },
  [Symbol.iterator]: {
    __proto__: null, value: MIMEParams.prototype.entries,
    writable: true, enumerable: false, configurable: true,
  },
});

// "collect an HTTP quoted string" with extract-value: str[start] is the opening quote.
// Returns the unescaped value and the index after the closing quote (or the end).
function collectQuotedString(str, start) {
  let value = '';
  let position = start + 1;
  while (position < str.length) {
    const char = str[position];
    if (char === '"') return { value, position: position + 1 };
    if (char === '\\') {
      position++;
      if (position >= str.length) {
        value += '\\';
        break;
      }
    }
    value += str[position];
    position++;
  }
  return { value, position };
}

// Everything after the subtype: `;name=value` pairs, of which the first valid one of each
// (lower-cased) name is kept and invalid ones are skipped.
function parseParameters(str, position, params) {
  while (position < str.length) {
    position++;
    while (position < str.length && httpWhitespace.test(str[position])) position++;

    let nameEnd = position;
    while (nameEnd < str.length && str[nameEnd] !== ';' && str[nameEnd] !== '=') nameEnd++;
    const name = str.slice(position, nameEnd).toLowerCase();
    position = nameEnd;
    if (position >= str.length) break;
    if (str[position] === ';') continue;
    position++;
    if (position >= str.length) break;

    let value;
    if (str[position] === '"') {
      ({ value, position } = collectQuotedString(str, position));
      while (position < str.length && str[position] !== ';') position++;
    } else {
      let valueEnd = str.indexOf(';', position);
      if (valueEnd === -1) valueEnd = str.length;
      value = str.slice(position, valueEnd).replace(trailingWhitespace, '');
      position = valueEnd;
      if (value.length === 0) continue;
    }

    if (name.length !== 0 && invalidTokenIndex(name) === -1 &&
        invalidQuotedStringIndex(value) === -1) {
      addParsedParameter(params, name, value);
    }
  }
}

class MIMEType {
  #type;
  #subtype;
  #parameters;

  constructor(string) {
    string = `${string}`;
    const trimmed = string.replace(leadingWhitespace, '').replace(trailingWhitespace, '');

    const slash = trimmed.indexOf('/');
    const type = slash === -1 ? trimmed : trimmed.slice(0, slash);
    this.#type = validateTypePart('type', type, string);
    if (slash === -1) throw new ERR_INVALID_MIME_SYNTAX('type', string, -1);

    let subtypeEnd = trimmed.indexOf(';', slash + 1);
    if (subtypeEnd === -1) subtypeEnd = trimmed.length;
    const subtype = trimmed.slice(slash + 1, subtypeEnd).replace(trailingWhitespace, '');
    this.#subtype = validateTypePart('subtype', subtype, string);

    this.#parameters = new MIMEParams();
    parseParameters(trimmed, subtypeEnd, this.#parameters);
  }

  get type() {
    return this.#type;
  }

  set type(value) {
    this.#type = validateTypePart('type', `${value}`);
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(value) {
    this.#subtype = validateTypePart('subtype', `${value}`);
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#parameters;
  }

  toString() {
    const essence = `${this.#type}/${this.#subtype}`;
    const params = this.#parameters.toString();
    return params.length === 0 ? essence : `${essence};${params}`;
  }
}

Object.defineProperty(MIMEType.prototype, 'toJSON', {
  __proto__: null, value: MIMEType.prototype.toString,
  writable: true, enumerable: false, configurable: true,
});

module.exports = {
  MIMEParams,
  MIMEType,
};
