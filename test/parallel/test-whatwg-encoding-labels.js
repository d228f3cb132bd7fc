'use strict';
// Encoding labels of the WHATWG Encoding Standard: each label names its encoding (ASCII
// whitespace trimmed, any case); labels of encodings that cannot be decoded fail with
// ERR_ENCODING_NOT_SUPPORTED naming the encoding.
require('../common');
const assert = require('assert');

const supported = {
  'utf-8': ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
            'x-unicode20utf8'],
  'ibm866': ['866', 'cp866', 'csibm866', 'ibm866'],
  'iso-8859-2': ['csisolatin2', 'iso-8859-2', 'iso-ir-101', 'iso8859-2', 'iso88592',
                 'iso_8859-2', 'iso_8859-2:1987', 'l2', 'latin2'],
  'iso-8859-8-i': ['csiso88598i', 'iso-8859-8-i', 'logical'],
  'koi8-u': ['koi8-ru', 'koi8-u'],
  'windows-874': ['dos-874', 'iso-8859-11', 'iso8859-11', 'iso885911', 'tis-620',
                  'windows-874'],
  'windows-1252': ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
                   'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1',
                   'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252'],
  'windows-1254': ['cp1254', 'csisolatin5', 'iso-8859-9', 'iso-ir-148', 'iso8859-9',
                   'iso88599', 'iso_8859-9', 'iso_8859-9:1989', 'l5', 'latin5',
                   'windows-1254', 'x-cp1254'],
  'x-mac-cyrillic': ['x-mac-cyrillic', 'x-mac-ukrainian'],
  'utf-16be': ['unicodefffe', 'utf-16be'],
  'utf-16le': ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16',
               'utf-16le'],
};
for (const [encoding, labels] of Object.entries(supported)) {
  for (const label of labels) {
    for (const spelled of [label, label.toUpperCase(), ` ${label}\t`, `\n\f\r${label}`]) {
      assert.strictEqual(new TextDecoder(spelled).encoding, encoding, spelled);
    }
  }
}

for (const [label, name] of [['iso-8859-16', 'iso-8859-16'], ['x-user-defined', 'x-user-defined'],
                             ['hz-gb-2312', 'replacement'], ['csiso2022kr', 'replacement'],
                             ['utf16', 'utf16'], ['latin-1', 'latin-1'], ['utf-32', 'utf-32'],
                             [' utf-8\v', ' utf-8\v'], ['utf-8\u00a0', 'utf-8\u00a0']]) {
  assert.throws(() => new TextDecoder(label), {
    code: 'ERR_ENCODING_NOT_SUPPORTED',
    name: 'RangeError',
    message: `The "${name}" encoding is not supported`,
  });
}
