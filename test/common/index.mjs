// test/common for ES module tests: `import * as common from '../common/index.mjs'`.
import { createRequire } from 'module';

const require = createRequire(import.meta.url);
const common = require('./index.js');

export const {
  allowGlobals,
  buildType,
  canCreateSymLink,
  expectsError,
  expectWarning,
  getArrayBufferViews,
  getBufferSources,
  getCallSite,
  hasCrypto,
  hasIntl,
  invalidArgTypeHelper,
  isAIX,
  isAlive,
  isFreeBSD,
  isLinux,
  isMacOS,
  isOSX,
  isOpenBSD,
  isSunOS,
  isWindows,
  localhostIPv4,
  mustCall,
  mustCallAtLeast,
  mustNotCall,
  mustNotMutateObjectDeep,
  mustSucceed,
  platformTimeout,
  printSkipMessage,
  runWithInvalidFD,
  skip,
  skipIf32Bits,
  spawnPromisified,
} = common;

export default common;
