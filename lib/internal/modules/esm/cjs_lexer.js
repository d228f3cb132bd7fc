'use strict';
// The named exports of a CommonJS module, found in its source text the way Node 20 finds them
// (with cjs-module-lexer): `exports.x =`, `exports['x'] =`, `module.exports.x =`,
// `Object.defineProperty(exports, 'x', { value | plain getter })`, `module.exports = { a, b: c }`,
// and the re-exports `module.exports = require('x')`, `__exportStar(require('x'))` and Babel's
// `Object.keys(_x).forEach(...)` loop. The source is scanned once, skipping comments, strings,
// templates and regular expressions; each pattern is matched where its first word starts.
// parse() throws on source the scanner cannot read (the caller then assumes no exports).

class LexError extends Error {}

const kSimpleEscapes = { __proto__: null, b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
                         0: '\0' };

// The value of a string literal's body; undefined for a malformed escape.
function unescapeString(body) {
  if (!body.includes('\\')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i];
    if (e in kSimpleEscapes && !(e === '0' && /[0-9]/.test(body[i + 1] || ''))) {
      out += kSimpleEscapes[e];
    } else if (e === 'x') {
      const hex = body.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) return undefined;
      out += String.fromCharCode(parseInt(hex, 16));
      i += 2;
    } else if (e === 'u') {
      let hex;
      if (body[i + 1] === '{') {
        const close = body.indexOf('}', i);
        hex = body.slice(i + 2, close);
        if (close === -1 || !/^[0-9a-fA-F]{1,6}$/.test(hex) || parseInt(hex, 16) > 0x10FFFF) {
          return undefined;
        }
        i = close;
      } else {
        hex = body.slice(i + 1, i + 5);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) return undefined;
        i += 4;
      }
      out += String.fromCodePoint(parseInt(hex, 16));
    } else if (e === '\r') {
      if (body[i + 1] === '\n') i++;
    } else if (e >= '0' && e <= '7') {
      // A legacy octal escape: up to three digits, at most 0o377.
      let digits = e;
      while (digits.length < 3 && /[0-7]/.test(body[i + 1] || '') &&
             parseInt(digits + body[i + 1], 8) <= 255) {
        digits += body[++i];
      }
      out += String.fromCharCode(parseInt(digits, 8));
    } else if (e !== '\n' && e !== '\u2028' && e !== '\u2029') {
      out += e;
    }
  }
  return out;
}

// Words after which `/` starts a regular expression.
const kRegexKeywords = new Set(['case', 'debugger', 'delete', 'do', 'else', 'in', 'instanceof',
                                'new', 'return', 'throw', 'typeof', 'void', 'yield', 'await']);
// The ones cjs-module-lexer also recognises as the very first token of the source.
const kShortRegexKeywords = new Set(['case', 'do', 'else', 'in', 'new']);
// Words after which `{` opens a block (after the other words: an object literal).
const kBlockKeywords = new Set(['debugger', 'do', 'else']);
// Parenthesised heads after which a `/` starts a regular expression.
const kParenKeywords = new Set(['if', 'while', 'for', 'with']);

function isIdentStart(c) {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 36 || c === 95 || c === 35 ||
    (c > 127 && /[\p{ID_Start}]/u.test(String.fromCharCode(c)));
}

function isIdentPart(c) {
  return isIdentStart(c) || (c >= 48 && c <= 57) ||
    (c > 127 && /[\p{ID_Continue}\u200c\u200d]/u.test(String.fromCharCode(c)));
}

function isLineTerminator(c) {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

function isWhitespace(c) {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 0xA0 || c === 0xFEFF ||
    isLineTerminator(c) || (c > 127 && /\s/.test(String.fromCharCode(c)));
}

function parse(source) {
  const src = source;
  const len = src.length;
  const exportNames = new Set();
  const unsafeGetters = new Set();
  // Re-exported specifiers, each once.
  let reexports = [];
  function addReexport(specifier) {
    if (!reexports.includes(specifier)) reexports.push(specifier);
  }
  // `var x = require('y')` at the top level: x -> 'y', for Babel's re-export loop.
  const requireVars = new Map();

  // -- readers used by the matchers: each takes a position and returns the position after
  // what it read, or -1.

  // Skips whitespace and comments.
  function ws(p) {
    for (;;) {
      while (p < len && isWhitespace(src.charCodeAt(p))) p++;
      if (src.charCodeAt(p) !== 47) return p;
      const next = src.charCodeAt(p + 1);
      if (next === 47) {
        p += 2;
        while (p < len && !isLineTerminator(src.charCodeAt(p))) p++;
      } else if (next === 42) {
        const end = src.indexOf('*/', p + 2);
        p = end === -1 ? len : end + 2;
      } else {
        return p;
      }
    }
  }

  let word = '';
  // Reads an identifier at p into `word`.
  function ident(p) {
    if (p >= len || !isIdentStart(src.charCodeAt(p))) return -1;
    let e = p + 1;
    while (e < len && isIdentPart(src.charCodeAt(e))) e++;
    if (src.charCodeAt(e) === 92) return -1;
    word = src.slice(p, e);
    return e;
  }

  function keyword(p, kw) {
    const e = ident(p);
    return e !== -1 && word === kw ? e : -1;
  }

  function punct(p, ch) {
    return src[p] === ch ? p + 1 : -1;
  }

  let str = '';
  // Reads a '...' or "..." literal at p into `str` (its value).
  function string(p) {
    const quote = src[p];
    if (quote !== '"' && quote !== "'") return -1;
    const e = skipString(p);
    str = unescapeString(src.slice(p + 1, e - 1));
    return str === undefined ? -1 : e;
  }

  // `exports` or `module.exports`.
  function exportsIdent(p) {
    const e = ident(p);
    if (e === -1) return -1;
    if (word === 'exports') return e;
    if (word !== 'module') return -1;
    p = punct(ws(e), '.');
    return p === -1 ? -1 : keyword(ws(p), 'exports');
  }

  // `require(STRING)` into `str`.
  function requireCall(p) {
    p = keyword(p, 'require');
    if (p !== -1) p = punct(ws(p), '(');
    if (p !== -1) p = string(ws(p));
    if (p !== -1) p = punct(ws(p), ')');
    return p;
  }

  // After EXPORTS_IDENT: `.name =` or `['name'] =`.
  function tryMemberAssign(p) {
    p = ws(p);
    let name;
    if (src[p] === '.') {
      p = ident(ws(p + 1));
      if (p === -1) return;
      name = word;
    } else if (src[p] === '[') {
      p = string(ws(p + 1));
      if (p === -1) return;
      name = str;
      p = punct(ws(p), ']');
      if (p === -1) return;
    } else {
      return;
    }
    if (src[ws(p)] === '=') exportNames.add(name);
  }

  // `module.exports = { ... }`: identifier or string keys with identifier values, shorthand
  // names and spreads, until something else.
  function tryLiteral(p) {
    reexports = [];
    for (;;) {
      p = ws(p);
      if (src[p] === '}') return;
      if (src.startsWith('...', p)) {
        const e = requireCall(p + 3);
        if (e !== -1) {
          addReexport(str);
          p = e;
        } else {
          p = ident(p + 3);
          if (p === -1) return;
        }
        p = ws(p);
      } else {
        let key;
        let e = ident(p);
        if (e !== -1) {
          key = word;
        } else {
          e = string(p);
          if (e === -1) return;
          key = str;
          p = ws(e);
          if (src[p] !== ':') {
            e = p;
            key = undefined;
          }
        }
        p = ws(e);
        if (src[p] === ':') {
          e = ident(ws(p + 1));
          if (e === -1) return;
          exportNames.add(key);
          if (src[e] !== ',') return;
          p = e;
        } else if (key !== undefined) {
          exportNames.add(key);
        }
      }
      if (src[p] !== ',') return;
      p++;
    }
  }

  // At `exports` or `module`.
  function tryExports(p, isModule) {
    if (!isModule) {
      tryMemberAssign(p);
      return;
    }
    p = punct(ws(p), '.');
    if (p === -1) return;
    p = keyword(ws(p), 'exports');
    if (p === -1) return;
    p = ws(p);
    if (src[p] !== '=') {
      tryMemberAssign(p);
      return;
    }
    p = ws(p + 1);
    if (src[p] === '{') {
      tryLiteral(p + 1);
    } else if (requireCall(p) !== -1) {
      reexports = [str];
    }
  }

  // The getter of `Object.defineProperty(exports, 'x', { get ... })`: the `{ return a.b; }` form.
  function getterBody(p) {
    p = punct(ws(p), '(');
    if (p !== -1) p = punct(ws(p), ')');
    if (p !== -1) p = punct(ws(p), '{');
    if (p !== -1) p = keyword(ws(p), 'return');
    if (p !== -1) p = ident(ws(p));
    if (p === -1) return -1;
    p = ws(p);
    if (src[p] === '.') {
      p = ident(ws(p + 1));
      if (p === -1) return -1;
      p = ws(p);
    } else if (src[p] === '[') {
      p = string(ws(p + 1));
      if (p !== -1) p = punct(ws(p), ']');
      if (p === -1) return -1;
      p = ws(p);
    }
    if (src[p] === ';') p = ws(p + 1);
    return punct(p, '}');
  }

  // After `Object`: `.defineProperty(EXPORTS, 'name', { ... })`.
  function tryDefineProperty(p) {
    p = punct(ws(p), '.');
    if (p !== -1) p = keyword(ws(p), 'defineProperty');
    if (p !== -1) p = punct(ws(p), '(');
    if (p !== -1) p = exportsIdent(ws(p));
    if (p !== -1) p = punct(ws(p), ',');
    if (p !== -1) p = string(ws(p));
    if (p === -1) return;
    const name = str;
    p = punct(ws(p), ',');
    if (p !== -1) p = punct(ws(p), '{');
    if (p !== -1) {
      p = ws(p);
      const save = p;
      p = keyword(p, 'enumerable');
      if (p !== -1) p = punct(ws(p), ':');
      if (p !== -1) p = keyword(ws(p), 'true');
      if (p !== -1) p = punct(ws(p), ',');
      p = p === -1 ? save : ws(p);
      const e = ident(p);
      if (e !== -1 && word === 'value' && src[ws(e)] === ':') {
        exportNames.add(name);
        return;
      }
      if (e !== -1 && word === 'get') {
        p = ws(e);
        if (src[p] === ':') {
          p = keyword(ws(p + 1), 'function');
          if (p !== -1) {
            p = ws(p);
            const named = ident(p);
            if (named !== -1) p = named;
          }
        }
        if (p !== -1) p = getterBody(p);
        if (p !== -1) {
          p = ws(p);
          if (src[p] === ',') p = ws(p + 1);
          p = punct(p, '}');
        }
        if (p !== -1) p = punct(ws(p), ')');
        if (p !== -1) {
          exportNames.add(name);
          return;
        }
      }
    }
    unsafeGetters.add(name);
  }

  // `if (K === 'default' || K === '__esModule') return;` or `if (K !== 'default')`.
  function defaultGuard(p, k) {
    p = keyword(p, 'if');
    if (p !== -1) p = punct(ws(p), '(');
    if (p !== -1) p = keyword(ws(p), k);
    if (p === -1) return -1;
    p = ws(p);
    if (src.startsWith('!==', p)) {
      p = string(ws(p + 3));
      if (p === -1 || str !== 'default') return -1;
      return punct(ws(p), ')');
    }
    if (!src.startsWith('===', p)) return -1;
    p = string(ws(p + 3));
    if (p === -1 || str !== 'default') return -1;
    p = ws(p);
    if (!src.startsWith('||', p)) return -1;
    p = keyword(ws(p + 2), k);
    if (p !== -1) p = ws(p);
    if (p === -1 || !src.startsWith('===', p)) return -1;
    p = string(ws(p + 3));
    if (p === -1 || str !== '__esModule') return -1;
    p = punct(ws(p), ')');
    if (p !== -1) p = keyword(ws(p), 'return');
    if (p === -1) return -1;
    p = ws(p);
    return src[p] === ';' ? p + 1 : p;
  }

  // An optional `if (...) return;` clause: the matcher reads what is between the parens.
  function optionalReturnClause(p, inner) {
    const save = p;
    p = keyword(p, 'if');
    if (p !== -1) p = punct(ws(p), '(');
    if (p !== -1) p = inner(ws(p));
    if (p !== -1) p = punct(ws(p), ')');
    if (p !== -1) p = keyword(ws(p), 'return');
    if (p === -1) return save;
    p = ws(p);
    return src[p] === ';' ? ws(p + 1) : p;
  }

  // `X[K]` where X is `obj`.
  function indexed(p, obj, k) {
    p = keyword(p, obj);
    if (p !== -1) p = punct(ws(p), '[');
    if (p !== -1) p = keyword(ws(p), k);
    if (p !== -1) p = punct(ws(p), ']');
    return p;
  }

  function exportsIndexed(p, k) {
    p = exportsIdent(p);
    if (p !== -1) p = punct(ws(p), '[');
    if (p !== -1) p = keyword(ws(p), k);
    if (p !== -1) p = punct(ws(p), ']');
    return p;
  }

  // At top-level `Object`: `.keys(X).forEach(function (K) { ... })`, Babel's `export *`.
  function tryKeysForEach(p) {
    p = punct(ws(p), '.');
    if (p !== -1) p = keyword(ws(p), 'keys');
    if (p !== -1) p = punct(ws(p), '(');
    if (p !== -1) p = ident(ws(p));
    if (p === -1) return;
    const obj = word;
    p = punct(ws(p), ')');
    if (p !== -1) p = punct(ws(p), '.');
    if (p !== -1) p = keyword(ws(p), 'forEach');
    if (p !== -1) p = punct(ws(p), '(');
    if (p !== -1) p = keyword(ws(p), 'function');
    if (p !== -1) p = punct(ws(p), '(');
    if (p !== -1) p = ident(ws(p));
    if (p === -1) return;
    const k = word;
    p = punct(ws(p), ')');
    if (p !== -1) p = punct(ws(p), '{');
    if (p !== -1) p = defaultGuard(ws(p), k);
    if (p === -1) return;
    p = optionalReturnClause(ws(p), (q) => {
      q = keyword(q, 'Object');
      for (const part of ['prototype', 'hasOwnProperty', 'call']) {
        if (q !== -1) q = punct(ws(q), '.');
        if (q !== -1) q = keyword(ws(q), part);
      }
      if (q !== -1) q = punct(ws(q), '(');
      if (q !== -1) q = ident(ws(q));
      if (q !== -1) q = punct(ws(q), ',');
      if (q !== -1) q = keyword(ws(q), k);
      if (q !== -1) q = punct(ws(q), ')');
      return q;
    });
    p = optionalReturnClause(p, (q) => {
      q = keyword(q, k);
      if (q !== -1) q = keyword(ws(q), 'in');
      if (q !== -1) q = exportsIdent(ws(q));
      if (q !== -1) q = ws(q);
      if (q === -1 || !src.startsWith('&&', q)) return -1;
      q = exportsIndexed(ws(q + 2), k);
      if (q !== -1) q = ws(q);
      if (q === -1 || !src.startsWith('===', q)) return -1;
      return indexed(ws(q + 3), obj, k);
    });
    const assign = (q) => {
      q = exportsIndexed(q, k);
      if (q !== -1) q = ws(q);
      if (q === -1 || src[q] !== '=' || src[q + 1] === '=') return -1;
      return indexed(ws(q + 1), obj, k);
    };
    const define = (q) => {
      q = keyword(q, 'Object');
      if (q !== -1) q = punct(ws(q), '.');
      if (q !== -1) q = keyword(ws(q), 'defineProperty');
      if (q !== -1) q = punct(ws(q), '(');
      if (q !== -1) q = exportsIdent(ws(q));
      if (q !== -1) q = punct(ws(q), ',');
      if (q !== -1) q = keyword(ws(q), k);
      if (q !== -1) q = punct(ws(q), ',');
      if (q !== -1) q = punct(ws(q), '{');
      if (q !== -1) q = keyword(ws(q), 'enumerable');
      if (q !== -1) q = punct(ws(q), ':');
      if (q !== -1) q = keyword(ws(q), 'true');
      if (q !== -1) q = punct(ws(q), ',');
      if (q !== -1) q = keyword(ws(q), 'get');
      if (q === -1) return -1;
      q = ws(q);
      if (src[q] === ':') {
        q = keyword(ws(q + 1), 'function');
        if (q === -1) return -1;
        q = ws(q);
      }
      q = punct(q, '(');
      if (q !== -1) q = punct(ws(q), ')');
      if (q !== -1) q = punct(ws(q), '{');
      if (q !== -1) q = keyword(ws(q), 'return');
      if (q !== -1) q = indexed(ws(q), obj, k);
      if (q === -1) return -1;
      q = ws(q);
      if (src[q] === ';') q = ws(q + 1);
      q = punct(q, '}');
      if (q !== -1) q = punct(ws(q), '}');
      if (q !== -1) q = punct(ws(q), ')');
      return q;
    };
    let e = assign(p);
    if (e === -1) e = define(p);
    if (e === -1) return;
    p = ws(e);
    if (src[p] === ';') p = ws(p + 1);
    p = punct(p, '}');
    if (p !== -1) p = punct(ws(p), ')');
    if (p !== -1 && requireVars.has(obj)) addReexport(requireVars.get(obj));
  }

  // At top-level `var`/`let`/`const`: `x = require('y')`, or through Babel's
  // `_interopRequireWildcard(require('y'))`.
  function tryRequireVar(p) {
    p = ident(ws(p));
    if (p === -1) return;
    const name = word;
    p = punct(ws(p), '=');
    if (p === -1 || src[p] === '=') return;
    p = ws(p);
    const wrapped = keyword(p, '_interopRequireWildcard');
    if (wrapped !== -1 && src[wrapped] === '(') p = wrapped + 1;
    if (requireCall(p) !== -1) requireVars.set(name, str);
  }

  // At top-level `__export` / `__exportStar`: `(require('x')`, with nothing between.
  function tryExportStar(p) {
    if (src[p] === '(' && requireCall(p + 1) !== -1) addReexport(str);
  }

  // -- the scanner

  function skipString(p) {
    const quote = src.charCodeAt(p);
    for (let i = p + 1; i < len; i++) {
      const c = src.charCodeAt(i);
      if (c === quote) return i + 1;
      if (c === 92) {
        i++;
      } else if (c === 10 || c === 13) {
        break;
      }
    }
    throw new LexError('Unterminated string.');
  }

  function skipRegex(p) {
    let inClass = false;
    for (let i = p + 1; i < len; i++) {
      const c = src.charCodeAt(i);
      if (c === 92) {
        i++;
      } else if (c === 91) {
        inClass = true;
      } else if (c === 93) {
        inClass = false;
      } else if (c === 47 && !inClass) {
        i++;
        while (i < len && isIdentPart(src.charCodeAt(i))) i++;
        return i;
      } else if (isLineTerminator(c)) {
        break;
      }
    }
    throw new LexError('Syntax error reading regular expression.');
  }

  // Scans template text from p (after '`' or a `${...}`'s '}'): returns the position after
  // the closing '`', or -(position after '${') - 1 when an expression starts.
  function skipTemplate(p) {
    for (let i = p; i < len; i++) {
      const c = src.charCodeAt(i);
      if (c === 96) return i + 1;
      if (c === 92) {
        i++;
      } else if (c === 36 && src.charCodeAt(i + 1) === 123) {
        return -(i + 2) - 1;
      }
    }
    throw new LexError('Unterminated template.');
  }

  // The open brackets, which make the depth that "top-level" patterns need: '{' (block), 'o'
  // (object literal brace), '(' ('k' after if/while/for/with) and '`' (a template's `${`).
  // Square brackets are not counted, as cjs-module-lexer does not count them.
  const stack = [];
  // What came last, for `/` and `{`: 'start', 'word', 'kw-regex' (a keyword after which `/`
  // starts a regular expression), 'value' (a literal, a property name, the `}` of an object
  // literal), 'kparen' (the `)` of if/while/for/with), 'block' (a block's `}`), ')', ']',
  // '++', '--', '{', '(', ';', '.', '=>', '/' or 'op' (another punctuator).
  let last = 'start';
  let lastWord = '';
  let p = 0;
  if (src.startsWith('#!')) {
    while (p < len && !isLineTerminator(src.charCodeAt(p))) p++;
  }

  // Goes on after template text: past the template, or into a `${` expression.
  function afterTemplateText(result) {
    if (result >= 0) {
      last = 'value';
      return result;
    }
    stack.push('`');
    last = '{';
    return -result - 1;
  }

  while (p < len) {
    p = ws(p);
    if (p >= len) break;
    const c = src.charCodeAt(p);
    if (isIdentStart(c)) {
      const start = p;
      p = ident(p);
      if (p === -1) {
        p = start + 1;
        last = 'word';
        continue;
      }
      const w = word;
      const afterDot = lastWord === '.';
      if (!afterDot) {
        switch (w) {
          case 'exports':
            tryExports(p, false);
            break;
          case 'module':
            tryExports(p, true);
            break;
          case 'Object':
            tryDefineProperty(p);
            if (stack.length === 0) tryKeysForEach(p);
            break;
          case 'var':
          case 'let':
          case 'const':
            if (stack.length === 0) tryRequireVar(p);
            break;
          case 'import': {
            const next = src[ws(p)];
            if (next === '.') {
              const e = ident(ws(ws(p) + 1));
              if (e !== -1 && word === 'meta') {
                throw new LexError('Unexpected import.meta in CJS module.');
              }
            } else if (next !== '(' && next !== ':') {
              throw new LexError('Unexpected import statement in CJS module.');
            }
            break;
          }
          case 'export':
            if (src[ws(p)] !== ':') {
              throw new LexError('Unexpected export statement in CJS module.');
            }
            break;
        }
      }
      if ((w === '__export' || w === '__exportStar') && stack.length === 0) tryExportStar(p);
      if (afterDot) {
        last = 'value';
      } else if (kRegexKeywords.has(w) && (start > 0 || kShortRegexKeywords.has(w))) {
        last = 'kw-regex';
      } else {
        last = 'word';
      }
      lastWord = w;
      continue;
    }
    const prevWord = lastWord;
    lastWord = src[p];
    if (c >= 48 && c <= 57) {
      p++;
      while (p < len && (isIdentPart(src.charCodeAt(p)) || src[p] === '.')) p++;
      last = 'value';
      continue;
    }
    switch (src[p]) {
      case '"':
      case "'":
        p = skipString(p);
        last = 'value';
        break;
      case '`':
        p = afterTemplateText(skipTemplate(p + 1));
        break;
      case '/':
        if (last === 'value' || last === 'word' || last === ']' || last === ')' ||
            last === '++' || last === '--') {
          p++;
          last = '/';
        } else {
          p = skipRegex(p);
          last = 'value';
        }
        break;
      case '{': {
        const block = last === 'start' || last === ';' || last === '{' || last === 'block' ||
          last === 'kparen' || last === ')' || last === '=>' || last === 'word' ||
          (last === 'kw-regex' && kBlockKeywords.has(prevWord));
        stack.push(block ? '{' : 'o');
        p++;
        last = '{';
        break;
      }
      case '}': {
        const open = stack.pop();
        if (open === undefined) throw new LexError('Unexpected closing brace.');
        if (open === '`') {
          p = afterTemplateText(skipTemplate(p + 1));
          break;
        }
        if (open !== '{' && open !== 'o') throw new LexError('Unexpected closing brace.');
        p++;
        last = open === '{' ? 'block' : 'value';
        break;
      }
      case '(':
        stack.push(last === 'word' && kParenKeywords.has(prevWord) ? 'k' : '(');
        p++;
        last = '(';
        break;
      case ')': {
        const open = stack.pop();
        if (open !== '(' && open !== 'k') throw new LexError('Unexpected closing bracket.');
        p++;
        last = open === 'k' ? 'kparen' : ')';
        break;
      }
      case ']':
        p++;
        last = ']';
        break;
      default: {
        // Punctuators: the longest of the ones that matter for `/` and `{`.
        const two = src.slice(p, p + 2);
        if (two === '++' || two === '--') {
          // Taken as postfix, whatever precedes it.
          p += 2;
          last = two;
        } else if (two === '=>') {
          p += 2;
          last = '=>';
        } else if (src[p] === '.' && src.charCodeAt(p + 1) >= 48 && src.charCodeAt(p + 1) <= 57) {
          p++;
          while (p < len && (isIdentPart(src.charCodeAt(p)) || src[p] === '.')) p++;
          last = 'value';
        } else {
          last = src[p] === ';' ? ';' : src[p] === '.' ? '.' : 'op';
          p++;
        }
      }
    }
  }
  if (stack.length > 0) throw new LexError('Unterminated braces.');

  const exports = [];
  for (const name of exportNames) {
    if (!unsafeGetters.has(name)) exports.push(name);
  }
  return { exports, reexports };
}

module.exports = { parse };
