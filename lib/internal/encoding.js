'use strict';
// WHATWG TextEncoder and TextDecoder. UTF-8 is encoded and decoded by the encoding_binding
// (src/encoding_binding.c); UTF-16LE/BE and the single-byte encodings are decoded here, and so
// is the carrying of incomplete sequences between `stream: true` calls. The multi-byte legacy
// encodings (gbk, big5, shift_jis...) are not supported.

const {
  codes: {
    ERR_ENCODING_NOT_SUPPORTED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const {
  kValidateObjectAllowObjectsAndNull,
  validateObject,
  validateString,
} = require('internal/validators');
const {
  customInspectSymbol: inspect,
  getConstructorOf,
  kEmptyObject,
} = require('internal/util');

let encodingBinding;
function lazyBinding() {
  if (encodingBinding === undefined) encodingBinding = internalBinding('encoding_binding');
  return encodingBinding;
}

let typesBinding;
function isAnyArrayBuffer(value) {
  if (typesBinding === undefined) typesBinding = internalBinding('types');
  return typesBinding.isAnyArrayBuffer(value);
}

const getTypedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function isUint8Array(value) {
  return getTypedArrayTag.call(value) === 'Uint8Array';
}

// Keep in sync with Node's converter flags (shown by inspect with showHidden).
const CONVERTER_FLAGS_FATAL = 0x2;
const CONVERTER_FLAGS_IGNORE_BOM = 0x4;

const kEncoder = Symbol('encoder');
const kDecoder = Symbol('decoder');
const kFlags = Symbol('flags');
const kEncoding = Symbol('encoding');
const kIgnoreBOM = Symbol('kIgnoreBOM');
const kFatal = Symbol('kFatal');
const kUTF8FastPath = Symbol('kUTF8FastPath');
const kLatin1FastPath = Symbol('kLatin1FastPath');
const kHandle = Symbol('handle');

const empty = new Uint8Array(0);

// Errors that Node raises from C++: a plain TypeError carrying `code`, whose toString() does
// not show the code.
function nativeTypeError(code, message) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

function invalidEncodedData(encoding) {
  return nativeTypeError('ERR_ENCODING_INVALID_ENCODED_DATA',
                         `The encoded data was not valid for encoding ${encoding}`);
}

// Node's three decode paths word their input error differently; each is matched.
const kInputErrorUTF8 =
  'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.';
const kInputErrorLatin1 =
  'The "input" argument must be an instance of ArrayBuffer, SharedArrayBuffer, or ArrayBufferView.';
const kInputErrorConverter =
  'The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.';

// The bytes of an ArrayBuffer, SharedArrayBuffer or ArrayBufferView as a Uint8Array.
function toBytes(input, message) {
  if (isUint8Array(input)) return input;
  if (ArrayBuffer.isView(input)) {
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  throw nativeTypeError('ERR_INVALID_ARG_TYPE', message);
}

// --- labels --------------------------------------------------------------------------------

// The WHATWG Encoding Standard's labels, by encoding name (plus the extra UTF-8 and UTF-16
// labels Node accepts).
const encodingLabels = {
  'utf-8': ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
            'x-unicode20utf8'],
  'ibm866': ['866', 'cp866', 'csibm866', 'ibm866'],
  'iso-8859-2': ['csisolatin2', 'iso-8859-2', 'iso-ir-101', 'iso8859-2', 'iso88592',
                 'iso_8859-2', 'iso_8859-2:1987', 'l2', 'latin2'],
  'iso-8859-3': ['csisolatin3', 'iso-8859-3', 'iso-ir-109', 'iso8859-3', 'iso88593',
                 'iso_8859-3', 'iso_8859-3:1988', 'l3', 'latin3'],
  'iso-8859-4': ['csisolatin4', 'iso-8859-4', 'iso-ir-110', 'iso8859-4', 'iso88594',
                 'iso_8859-4', 'iso_8859-4:1988', 'l4', 'latin4'],
  'iso-8859-5': ['csisolatincyrillic', 'cyrillic', 'iso-8859-5', 'iso-ir-144', 'iso8859-5',
                 'iso88595', 'iso_8859-5', 'iso_8859-5:1988'],
  'iso-8859-6': ['arabic', 'asmo-708', 'csiso88596e', 'csiso88596i', 'csisolatinarabic',
                 'ecma-114', 'iso-8859-6', 'iso-8859-6-e', 'iso-8859-6-i', 'iso-ir-127',
                 'iso8859-6', 'iso88596', 'iso_8859-6', 'iso_8859-6:1987'],
  'iso-8859-7': ['csisolatingreek', 'ecma-118', 'elot_928', 'greek', 'greek8', 'iso-8859-7',
                 'iso-ir-126', 'iso8859-7', 'iso88597', 'iso_8859-7', 'iso_8859-7:1987',
                 'sun_eu_greek'],
  'iso-8859-8': ['csiso88598e', 'csisolatinhebrew', 'hebrew', 'iso-8859-8', 'iso-8859-8-e',
                 'iso-ir-138', 'iso8859-8', 'iso88598', 'iso_8859-8', 'iso_8859-8:1988',
                 'visual'],
  'iso-8859-8-i': ['csiso88598i', 'iso-8859-8-i', 'logical'],
  'iso-8859-10': ['csisolatin6', 'iso-8859-10', 'iso-ir-157', 'iso8859-10', 'iso885910', 'l6',
                  'latin6'],
  'iso-8859-13': ['iso-8859-13', 'iso8859-13', 'iso885913'],
  'iso-8859-14': ['iso-8859-14', 'iso8859-14', 'iso885914'],
  'iso-8859-15': ['csisolatin9', 'iso-8859-15', 'iso8859-15', 'iso885915', 'iso_8859-15',
                  'l9'],
  'iso-8859-16': ['iso-8859-16'],
  'koi8-r': ['cskoi8r', 'koi', 'koi8', 'koi8-r', 'koi8_r'],
  'koi8-u': ['koi8-ru', 'koi8-u'],
  'macintosh': ['csmacintosh', 'mac', 'macintosh', 'x-mac-roman'],
  'windows-874': ['dos-874', 'iso-8859-11', 'iso8859-11', 'iso885911', 'tis-620',
                  'windows-874'],
  'windows-1250': ['cp1250', 'windows-1250', 'x-cp1250'],
  'windows-1251': ['cp1251', 'windows-1251', 'x-cp1251'],
  'windows-1252': ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
                   'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1',
                   'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252',
                   'x-cp1252'],
  'windows-1253': ['cp1253', 'windows-1253', 'x-cp1253'],
  'windows-1254': ['cp1254', 'csisolatin5', 'iso-8859-9', 'iso-ir-148', 'iso8859-9',
                   'iso88599', 'iso_8859-9', 'iso_8859-9:1989', 'l5', 'latin5',
                   'windows-1254', 'x-cp1254'],
  'windows-1255': ['cp1255', 'windows-1255', 'x-cp1255'],
  'windows-1256': ['cp1256', 'windows-1256', 'x-cp1256'],
  'windows-1257': ['cp1257', 'windows-1257', 'x-cp1257'],
  'windows-1258': ['cp1258', 'windows-1258', 'x-cp1258'],
  'x-mac-cyrillic': ['x-mac-cyrillic', 'x-mac-ukrainian'],
  'gbk': ['chinese', 'csgb2312', 'csiso58gb231280', 'gb2312', 'gb_2312', 'gb_2312-80', 'gbk',
          'iso-ir-58', 'x-gbk'],
  'gb18030': ['gb18030'],
  'big5': ['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5'],
  'euc-jp': ['cseucpkdfmtjapanese', 'euc-jp', 'x-euc-jp'],
  'iso-2022-jp': ['csiso2022jp', 'iso-2022-jp'],
  'shift_jis': ['csshiftjis', 'ms932', 'ms_kanji', 'shift-jis', 'shift_jis', 'sjis',
                'windows-31j', 'x-sjis'],
  'euc-kr': ['cseuckr', 'csksc56011987', 'euc-kr', 'iso-ir-149', 'korean', 'ks_c_5601-1987',
             'ks_c_5601-1989', 'ksc5601', 'ksc_5601', 'windows-949'],
  'replacement': ['csiso2022kr', 'hz-gb-2312', 'iso-2022-cn', 'iso-2022-cn-ext',
                  'iso-2022-kr', 'replacement'],
  'utf-16be': ['unicodefffe', 'utf-16be'],
  'utf-16le': ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16',
               'utf-16le'],
  'x-user-defined': ['x-user-defined'],
};

let labelMap;
function getLabelMap() {
  if (labelMap === undefined) {
    labelMap = new Map();
    for (const name of Object.keys(encodingLabels)) {
      for (const label of encodingLabels[name]) labelMap.set(label, name);
    }
  }
  return labelMap;
}

// ASCII whitespace as the Encoding Standard trims it (not \v, not non-ASCII spaces).
const asciiWhitespaceEnds = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;

function getEncodingFromLabel(label) {
  const labels = getLabelMap();
  const encoding = labels.get(label);
  if (encoding !== undefined) return encoding;
  return labels.get(label.toLowerCase().replace(asciiWhitespaceEnds, ''));
}

// --- decoding in JS ------------------------------------------------------------------------

// windows-1252 bytes 0x80-0x9F (the rest map to the same code point).
const windows1252High = [
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
];

// The other single-byte encodings, bytes 0x80-0xFF in order, as Node's ICU decodes them:
// `cp` one code point (hex), `cp+n` n consecutive code points, `-` / `-n` bytes with no
// mapping (U+FFFD, or an error when fatal). Bytes below 0x80 are ASCII, except where
// singleByteLowQuirks says otherwise.
const singleByteTables = {
  'ibm866':
    '410+48 2591+3 2502 2524 2561+2 2556 2555 2563 2551 2557 255d 255c 255b 2510 2514 ' +
    '2534 252c 251c 2500 253c 255e+2 255a 2554 2569 2566 2560 2550 256c 2567+2 2564+2 ' +
    '2559 2558 2552+2 256b 256a 2518 250c 2588 2584 258c 2590 2580 440+16 401 451 404 454 ' +
    '407 457 40e 45e b0 2219 b7 221a 2116 a4 25a0 a0',
  'iso-8859-2':
    '80+33 104 2d8 141 a4 13d 15a a7+2 160 15e 164 179 ad 17d 17b b0 105 2db 142 b4 13e ' +
    '15b 2c7 b8 161 15f 165 17a 2dd 17e 17c 154 c1+2 102 c4 139 106 c7 10c c9 118 cb 11a ' +
    'cd+2 10e 110 143 147 d3+2 150 d6+2 158 16e da 170 dc+2 162 df 155 e1+2 103 e4 13a ' +
    '107 e7 10d e9 119 eb 11b ed+2 10f 111 144 148 f3+2 151 f6+2 159 16f fa 171 fc+2 163 ' +
    '2d9',
  'iso-8859-3':
    '80+33 126 2d8 a3+2 - 124 a7+2 130 15e 11e 134 ad - 17b b0 127 b2+4 125 b7+2 131 15f ' +
    '11f 135 bd - 17c c0+3 - c4 10a 108 c7+9 - d1+4 120 d6+2 11c d9+4 16c 15c df+4 - e4 ' +
    '10b 109 e7+9 - f1+4 121 f6+2 11d f9+4 16d 15d 2d9',
  'iso-8859-4':
    '80+33 104 138 156 a4 128 13b a7+2 160 112 122 166 ad 17d af+2 105 2db 157 b4 129 13c ' +
    '2c7 b8 161 113 123 167 14a 17e 14b 100 c1+6 12e 10c c9 118 cb 116 cd+2 12a 110 145 ' +
    '14c 136 d4+5 172 da+3 168 16a df 101 e1+6 12f 10d e9 119 eb 117 ed+2 12b 111 146 14d ' +
    '137 f4+5 173 fa+3 169 16b 2d9',
  'iso-8859-5':
    '80+33 401+12 ad 40e+66 2116 451+12 a7 45e+2',
  'iso-8859-6':
    '80+33 -3 a4 -7 60c ad -13 61b -3 61f - 621+26 -5 640+19 -13',
  'iso-8859-7':
    '80+33 2018+2 a3 20ac 20af a6+4 37a ab+3 - 2015 b0+4 384+3 b7 388+3 bb 38c bd 38e+20 ' +
    '- 3a3+44 -',
  'iso-8859-8':
    '80+33 - a2+8 d7 ab+15 f7 bb+4 -32 2017 5d0+27 -2 200e+2 -',
  'iso-8859-8-i':
    '80+33 - a2+8 d7 ab+15 f7 bb+4 -32 2017 5d0+27 -2 200e+2 -',
  'iso-8859-10':
    '80+33 104 112 122 12a 128 136 a7 13b 110 160 166 17d ad 16a 14a b0 105 113 123 12b ' +
    '129 137 b7 13c 111 161 167 17e 2015 16b 14b 100 c1+6 12e 10c c9 118 cb 116 cd+4 145 ' +
    '14c d3+4 168 d8 172 da+6 101 e1+6 12f 10d e9 119 eb 117 ed+4 146 14d f3+4 169 f8 173 ' +
    'fa+5 138',
  'iso-8859-13':
    '80+33 201d a2+3 201e a6+2 d8 a9 156 ab+4 c6 b0+4 201c b5+3 f8 b9 157 bb+4 e6 104 12e ' +
    '100 106 c4+2 118 112 10c c9 179 116 122 136 12a 13b 160 143 145 d3 14c d5+3 172 141 ' +
    '15a 16a dc 17b 17d df 105 12f 101 107 e4+2 119 113 10d e9 17a 117 123 137 12b 13c ' +
    '161 144 146 f3 14d f5+3 173 142 15b 16b fc 17c 17e 2019',
  'iso-8859-14':
    '80+33 1e02+2 a3 10a+2 1e0a a7 1e80 a9 1e82 1e0b 1ef2 ad+2 178 1e1e+2 120+2 1e40+2 b6 ' +
    '1e56 1e81 1e57 1e83 1e60 1ef3 1e84+2 1e61 c0+16 174 d1+6 1e6a d8+6 176 df+17 175 ' +
    'f1+6 1e6b f8+6 177 ff',
  'iso-8859-15':
    '80+36 20ac a5 160 a7 161 a9+11 17d b5+3 17e b9+3 152+2 178 bf+65',
  'koi8-r':
    '2500 2502 250c 2510 2514 2518 251c 2524 252c 2534 253c 2580 2584 2588 258c 2590+4 ' +
    '2320 25a0 2219+2 2248 2264+2 a0 2321 b0 b2 b7 f7 2550+3 451 2553+15 401 2562+11 a9 ' +
    '44e 430+2 446 434+2 444 433 445 438+8 44f 440+4 436 432 44c 44b 437 448 44d 449 447 ' +
    '44a 42e 410+2 426 414+2 424 413 425 418+8 42f 420+4 416 412 42c 42b 417 428 42d 429 ' +
    '427 42a',
  'koi8-u':
    '2500 2502 250c 2510 2514 2518 251c 2524 252c 2534 253c 2580 2584 2588 258c 2590+4 ' +
    '2320 25a0 2219+2 2248 2264+2 a0 2321 b0 b2 b7 f7 2550+3 451 454 2554 456+2 2557+5 ' +
    '491 255d+5 401 404 2563 406+2 2566+5 490 256c a9 44e 430+2 446 434+2 444 433 445 ' +
    '438+8 44f 440+4 436 432 44c 44b 437 448 44d 449 447 44a 42e 410+2 426 414+2 424 413 ' +
    '425 418+8 42f 420+4 416 412 42c 42b 417 428 42d 429 427 42a',
  'macintosh':
    'c4+2 c7 c9 d1 d6 dc e1 e0 e2 e4 e3 e5 e7 e9 e8 ea+2 ed ec ee+2 f1 f3 f2 f4 f6 f5 fa ' +
    'f9 fb+2 2020 b0 a2+2 a7 2022 b6 df ae a9 2122 b4 a8 2260 c6 d8 221e b1 2264+2 a5 b5 ' +
    '2202 2211 220f 3c0 222b aa ba 3a9 e6 f8 bf a1 ac 221a 192 2248 2206 ab bb 2026 a0 c0 ' +
    'c3 d5 152+2 2013+2 201c+2 2018+2 f7 25ca ff 178 2044 20ac 2039+2 fb01+2 2021 b7 201a ' +
    '201e 2030 c2 ca c1 cb c8 cd+3 cc d3+2 f8ff d2 da+2 d9 131 2c6 2dc af 2d8+3 b8 2dd ' +
    '2db 2c7',
  'windows-874':
    '20ac 81+4 2026 86+11 2018+2 201c+2 2022 2013+2 98+9 e01+58 f8c1+4 e3f+29 f8c5+4',
  'windows-1250':
    '20ac 81 201a 83 201e 2026 2020+2 88 2030 160 2039 15a 164 17d 179 90 2018+2 201c+2 ' +
    '2022 2013+2 98 2122 161 203a 15b 165 17e 17a a0 2c7 2d8 141 a4 104 a6+4 15e ab+4 17b ' +
    'b0+2 2db 142 b4+5 105 15f bb 13d 2dd 13e 17c 154 c1+2 102 c4 139 106 c7 10c c9 118 ' +
    'cb 11a cd+2 10e 110 143 147 d3+2 150 d6+2 158 16e da 170 dc+2 162 df 155 e1+2 103 e4 ' +
    '13a 107 e7 10d e9 119 eb 11b ed+2 10f 111 144 148 f3+2 151 f6+2 159 16f fa 171 fc+2 ' +
    '163 2d9',
  'windows-1251':
    '402+2 201a 453 201e 2026 2020+2 20ac 2030 409 2039 40a 40c 40b 40f 452 2018+2 201c+2 ' +
    '2022 2013+2 98 2122 459 203a 45a 45c 45b 45f a0 40e 45e 408 a4 490 a6+2 401 a9 404 ' +
    'ab+4 407 b0+2 406 456 491 b5+3 451 2116 454 bb 458 405 455 457 410+64',
  'windows-1253':
    '20ac 81 201a 192 201e 2026 2020+2 88 2030 8a 2039 8c+5 2018+2 201c+2 2022 2013+2 98 ' +
    '2122 9a 203a 9c+5 385+2 a3+12 2015 b0+4 384 b5+3 388+3 bb 38c bd 38e+20 - 3a3+44 -',
  'windows-1254':
    '20ac 81 201a 192 201e 2026 2020+2 2c6 2030 160 2039 152 8d+4 2018+2 201c+2 2022 ' +
    '2013+2 2dc 2122 161 203a 153 9d+2 178 a0+48 11e d1+12 130 15e df+17 11f f1+12 131 ' +
    '15f ff',
  'windows-1255':
    '20ac 81 201a 192 201e 2026 2020+2 2c6 2030 8a 2039 8c+5 2018+2 201c+2 2022 2013+2 ' +
    '2dc 2122 9a 203a 9c+8 20aa a5+5 d7 ab+15 f7 bb+5 5b0+10 - 5bb+9 5f0+5 -7 5d0+27 -2 ' +
    '200e+2 -',
  'windows-1256':
    '20ac 67e 201a 192 201e 2026 2020+2 2c6 2030 679 2039 152 686 698 688 6af 2018+2 ' +
    '201c+2 2022 2013+2 6a9 2122 691 203a 153 200c+2 6ba a0 60c a2+8 6be ab+15 61b bb+4 ' +
    '61f 6c1 621+22 d7 637+4 640+4 e0 644 e2 645+4 e7+5 649+2 ee+2 64b+4 f4 64f+2 f7 651 ' +
    'f9 652 fb+2 200e+2 6d2',
  'windows-1257':
    '20ac 81 201a 83 201e 2026 2020+2 88 2030 8a 2039 8c a8 2c7 b8 90 2018+2 201c+2 2022 ' +
    '2013+2 98 2122 9a 203a 9c af 2db 9f+2 - a2+3 - a6+2 d8 a9 156 ab+4 c6 b0+8 f8 b9 157 ' +
    'bb+4 e6 104 12e 100 106 c4+2 118 112 10c c9 179 116 122 136 12a 13b 160 143 145 d3 ' +
    '14c d5+3 172 141 15a 16a dc 17b 17d df 105 12f 101 107 e4+2 119 113 10d e9 17a 117 ' +
    '123 137 12b 13c 161 144 146 f3 14d f5+3 173 142 15b 16b fc 17c 17e 2d9',
  'windows-1258':
    '20ac 81 201a 192 201e 2026 2020+2 2c6 2030 8a 2039 152 8d+4 2018+2 201c+2 2022 ' +
    '2013+2 2dc 2122 9a 203a 153 9d+2 178 a0+35 102 c4+8 300 cd+3 110 d1 309 d3+2 1a0 ' +
    'd6+7 1af 303 df+4 103 e4+8 301 ed+3 111 f1 323 f3+2 1a1 f6+7 1b0 20ab ff',
  'x-mac-cyrillic':
    '410+32 2020 b0 490 a3 a7 2022 b6 406 ae a9 2122 402 452 2260 403 453 221e b1 2264+2 ' +
    '456 b5 491 408 404 454 407 457 409 459 40a 45a 458 405 ac 221a 192 2248 2206 ab bb ' +
    '2026 a0 40b 45b 40c 45c 455 2013+2 201c+2 2018+2 f7 201e 40e 45e 40f 45f 2116 401 ' +
    '451 44f 430+31 20ac',
};

// ICU's IBM866 swaps three control codes.
const singleByteLowQuirks = {
  'ibm866': [[0x1A, 0x1C], [0x1C, 0x7F], [0x7F, 0x1A]],
};

const kUnmapped = 0xFFFF;
const singleByteDecodeTables = new Map();

// The byte -> code unit table of a single-byte encoding (kUnmapped where there is none).
function getSingleByteTable(encoding) {
  let table = singleByteDecodeTables.get(encoding);
  if (table !== undefined) return table;
  table = new Uint16Array(256);
  for (let i = 0; i < 0x80; i++) table[i] = i;
  let byte = 0x80;
  for (const token of singleByteTables[encoding].split(' ')) {
    if (token[0] === '-') {
      const count = token.length > 1 ? Number(token.slice(1)) : 1;
      table.fill(kUnmapped, byte, byte + count);
      byte += count;
    } else {
      const plus = token.indexOf('+');
      const first = parseInt(plus === -1 ? token : token.slice(0, plus), 16);
      const count = plus === -1 ? 1 : Number(token.slice(plus + 1));
      for (let i = 0; i < count; i++) table[byte++] = first + i;
    }
  }
  const quirks = singleByteLowQuirks[encoding];
  if (quirks !== undefined) {
    for (const [from, to] of quirks) table[from] = to;
  }
  singleByteDecodeTables.set(encoding, table);
  return table;
}

const kChunk = 8192;

// A string from an array of UTF-16 code units, in chunks to stay clear of argument limits.
function codeUnitsToString(units, length) {
  if (length <= kChunk) return String.fromCharCode.apply(null, units.subarray(0, length));
  let str = '';
  for (let i = 0; i < length; i += kChunk) {
    str += String.fromCharCode.apply(null, units.subarray(i, Math.min(i + kChunk, length)));
  }
  return str;
}

// Each byte as the code point of the same value: what Node's fast path for windows-1252
// labels does before any streaming call.
function decodeLatin1(bytes) {
  if (bytes.length <= kChunk) return String.fromCharCode.apply(null, bytes);
  let str = '';
  for (let i = 0; i < bytes.length; i += kChunk) {
    str += String.fromCharCode.apply(null, bytes.subarray(i, i + kChunk));
  }
  return str;
}

function decodeSingleByte(bytes, encoding, fatal) {
  const table = getSingleByteTable(encoding);
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const unit = table[bytes[i]];
    if (unit === kUnmapped) {
      if (fatal) throw invalidEncodedData(encoding);
      units[i] = 0xFFFD;
    } else {
      units[i] = unit;
    }
  }
  return codeUnitsToString(units, units.length);
}

function decodeWindows1252(bytes) {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    units[i] = byte >= 0x80 && byte < 0xA0 ? windows1252High[byte - 0x80] : byte;
  }
  return codeUnitsToString(units, units.length);
}

// How many bytes at the end of bytes[0..end) start a UTF-8 sequence that is valid so far
// but unfinished: those wait for the next chunk. Anything else is left to the decoder,
// which replaces it right away as one decoding the whole stream would.
function utf8IncompleteTail(bytes, end) {
  for (let back = 1; back <= 3 && back <= end; back++) {
    const byte = bytes[end - back];
    if (byte < 0x80) return 0;
    if (byte < 0xC0) continue;
    if (byte < 0xC2 || byte > 0xF4) return 0;
    const length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
    if (back >= length) return 0;
    if (back >= 2) {
      // Second bytes that would make an overlong form, a surrogate or a code point past
      // U+10FFFF end the sequence at once.
      const second = bytes[end - back + 1];
      const low = byte === 0xE0 ? 0xA0 : byte === 0xF0 ? 0x90 : 0x80;
      const high = byte === 0xED ? 0x9F : byte === 0xF4 ? 0x8F : 0xBF;
      if (second < low || second > high) return 0;
    }
    return back;
  }
  return 0;
}

function concatBytes(head, tail) {
  if (head === null) return tail;
  const bytes = new Uint8Array(head.length + tail.length);
  bytes.set(head, 0);
  bytes.set(tail, head.length);
  return bytes;
}

// The decoding state of one TextDecoder once it streams (or for UTF-16 from the start): the
// bytes of an unfinished sequence, and whether the stream's start (and its BOM) is behind.
// Named Converter after Node's ICU converter, which inspect shows in its place.
class Converter {
  #encoding;
  #fatal;
  #ignoreBOM;
  #pending = null;
  #bomSeen = false;
  #unicode;
  #icu;

  constructor(encoding, fatal, ignoreBOM) {
    this.#encoding = encoding;
    if (icuEncodings.has(encoding)) {
      const { Converter: ICUConverter } = internalBinding('icu');
      this.#icu = new ICUConverter(encoding, fatal);
    }
    this.#unicode = encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be';
    this.#fatal = fatal;
    this.#ignoreBOM = ignoreBOM;
  }

  #reset() {
    this.#pending = null;
    this.#bomSeen = false;
  }

  decode(input, flush) {
    const bytes = concatBytes(this.#pending, input);
    this.#pending = null;
    let str;
    try {
      switch (this.#encoding) {
        case 'utf-8': str = this.#decodeUTF8(bytes, flush); break;
        case 'utf-16le': str = this.#decodeUTF16(bytes, flush, true); break;
        case 'utf-16be': str = this.#decodeUTF16(bytes, flush, false); break;
        case 'windows-1252': str = decodeWindows1252(bytes); break;
        default:
          if (this.#icu === undefined) {
            str = decodeSingleByte(bytes, this.#encoding, this.#fatal);
          } else {
            str = this.#icu.decode(bytes, flush);
            if (str === undefined) throw invalidEncodedData(this.#encoding);
          }
      }
    } catch (err) {
      this.#reset();
      throw err;
    }
    // A BOM is dropped once, at the start of the stream: where the first text comes out.
    if (!this.#bomSeen && str.length > 0 && this.#unicode) {
      this.#bomSeen = true;
      if (!this.#ignoreBOM && str.charCodeAt(0) === 0xFEFF) str = str.slice(1);
    }
    if (flush) this.#reset();
    return str;
  }

  #decodeUTF8(bytes, flush) {
    let end = bytes.length;
    if (!flush) {
      end -= utf8IncompleteTail(bytes, end);
      if (end < bytes.length) this.#pending = bytes.slice(end);
    }
    if (end === 0) return '';
    // BOM handling is ours (ignoreBOM = true): the binding sees chunks, not the stream.
    return lazyBinding().decodeUTF8(end === bytes.length ? bytes : bytes.subarray(0, end),
                                     true, this.#fatal);
  }

  #decodeUTF16(bytes, flush, littleEndian) {
    const unitCount = bytes.length >>> 1;
    const units = new Uint16Array(unitCount + 1);
    let length = 0;
    for (let i = 0; i < unitCount; i++) {
      const unit = littleEndian ?
        bytes[2 * i] | (bytes[2 * i + 1] << 8) :
        (bytes[2 * i] << 8) | bytes[2 * i + 1];
      if (unit >= 0xD800 && unit <= 0xDBFF) {
        if (i + 1 < unitCount) {
          const next = littleEndian ?
            bytes[2 * i + 2] | (bytes[2 * i + 3] << 8) :
            (bytes[2 * i + 2] << 8) | bytes[2 * i + 3];
          if (next >= 0xDC00 && next <= 0xDFFF) {
            units[length++] = unit;
            units[length++] = next;
            i++;
            continue;
          }
        } else if (!flush) {
          // A lead surrogate at the end waits for its trail in the next chunk.
          this.#pending = bytes.slice(2 * i);
          return codeUnitsToString(units, length);
        }
        if (this.#fatal) throw invalidEncodedData(this.#encoding);
        units[length++] = 0xFFFD;
      } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
        if (this.#fatal) throw invalidEncodedData(this.#encoding);
        units[length++] = 0xFFFD;
      } else {
        units[length++] = unit;
      }
    }
    if (bytes.length & 1) {
      if (!flush) {
        this.#pending = bytes.slice(bytes.length - 1);
      } else {
        if (this.#fatal) throw invalidEncodedData(this.#encoding);
        units[length++] = 0xFFFD;
      }
    }
    return codeUnitsToString(units, length);
  }
}

// The encodings we can decode; other known labels fail as unsupported (as in Node, whose ICU
// has no iso-8859-16, x-user-defined or replacement either).
// The multi-byte encodings, decoded by ICU's converters (src/icu.c).
const icuEncodings = new Set(['shift_jis', 'euc-jp', 'iso-2022-jp', 'gbk', 'gb18030', 'big5',
                              'euc-kr']);

function isDecodable(encoding) {
  return encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be' ||
    encoding === 'windows-1252' || singleByteTables[encoding] !== undefined ||
    (icuEncodings.has(encoding) && internalBinding('icu').hasConverter(encoding));
}

// --- TextEncoder ---------------------------------------------------------------------------

function validateEncoder(obj) {
  if (obj == null || obj[kEncoder] !== true) throw new ERR_INVALID_THIS('TextEncoder');
}

class TextEncoder {
  constructor() {
    this[kEncoder] = true;
  }

  get encoding() {
    validateEncoder(this);
    return 'utf-8';
  }

  encode(input = '') {
    validateEncoder(this);
    return lazyBinding().encodeUtf8String(`${input}`);
  }

  encodeInto(src, dest) {
    validateEncoder(this);
    validateString(src, 'src');
    if (!dest || !isUint8Array(dest)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    const binding = lazyBinding();
    binding.encodeInto(src, dest);
    const results = binding.encodeIntoResults;
    return { read: results[0], written: results[1] };
  }

  [inspect](depth, opts) {
    validateEncoder(this);
    if (typeof depth === 'number' && depth < 0) return this;
    return require('internal/util/inspect').inspect({ encoding: this.encoding }, opts);
  }
}

Object.defineProperties(TextEncoder.prototype, {
  encode: { __proto__: null, enumerable: true },
  encodeInto: { __proto__: null, enumerable: true },
  encoding: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextEncoder' },
});

// --- TextDecoder ---------------------------------------------------------------------------

function validateDecoder(obj) {
  if (obj == null || obj[kDecoder] !== true) throw new ERR_INVALID_THIS('TextDecoder');
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = kEmptyObject) {
    encoding = `${encoding}`;
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);

    const enc = getEncodingFromLabel(encoding);
    if (enc === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    if (!isDecodable(enc)) throw new ERR_ENCODING_NOT_SUPPORTED(enc);

    let flags = 0;
    if (options !== null) {
      if (options.fatal) flags |= CONVERTER_FLAGS_FATAL;
      if (options.ignoreBOM) flags |= CONVERTER_FLAGS_IGNORE_BOM;
    }

    this[kDecoder] = true;
    this[kFlags] = flags;
    this[kEncoding] = enc;
    this[kIgnoreBOM] = Boolean(options?.ignoreBOM);
    this[kFatal] = Boolean(options?.fatal);
    // Until the first streaming call, UTF-8 and windows-1252 labels decode in one step (the
    // latter byte for code point, as Node's fast path does); the others always go through
    // the converter.
    this[kUTF8FastPath] = enc === 'utf-8';
    this[kLatin1FastPath] = enc === 'windows-1252';
    this[kHandle] = undefined;
    if (!this[kUTF8FastPath] && !this[kLatin1FastPath]) this.#prepareConverter();
  }

  #prepareConverter() {
    if (this[kHandle] === undefined) {
      this[kHandle] = new Converter(this[kEncoding], this[kFatal], this[kIgnoreBOM]);
    }
  }

  decode(input = empty, options = kEmptyObject) {
    validateDecoder(this);

    this[kUTF8FastPath] &&= !(options?.stream);
    this[kLatin1FastPath] &&= !(options?.stream);
    if (this[kUTF8FastPath]) {
      return lazyBinding().decodeUTF8(toBytes(input, kInputErrorUTF8), this[kIgnoreBOM],
                                      this[kFatal]);
    }
    if (this[kLatin1FastPath]) return decodeLatin1(toBytes(input, kInputErrorLatin1));

    this.#prepareConverter();
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    const flush = options === null || !options.stream;
    return this[kHandle].decode(toBytes(input, kInputErrorConverter), flush);
  }

  get encoding() {
    validateDecoder(this);
    return this[kEncoding];
  }

  get fatal() {
    validateDecoder(this);
    return (this[kFlags] & CONVERTER_FLAGS_FATAL) === CONVERTER_FLAGS_FATAL;
  }

  get ignoreBOM() {
    validateDecoder(this);
    return (this[kFlags] & CONVERTER_FLAGS_IGNORE_BOM) === CONVERTER_FLAGS_IGNORE_BOM;
  }

  [inspect](depth, opts) {
    validateDecoder(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = getConstructorOf(this) || TextDecoder;
    // The prototype makes inspect print no class name of its own: ours leads instead.
    const obj = { __proto__: { constructor } };
    obj.encoding = this.encoding;
    obj.fatal = this.fatal;
    obj.ignoreBOM = this.ignoreBOM;
    if (opts.showHidden) {
      obj[kFlags] = this[kFlags];
      obj[kHandle] = this[kHandle];
    }
    return `${constructor.name} ${require('internal/util/inspect').inspect(obj)}`;
  }
}

Object.defineProperties(TextDecoder.prototype, {
  decode: { __proto__: null, enumerable: true },
  encoding: { __proto__: null, enumerable: true },
  fatal: { __proto__: null, enumerable: true },
  ignoreBOM: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextDecoder' },
});

module.exports = {
  getEncodingFromLabel,
  TextDecoder,
  TextEncoder,
};
