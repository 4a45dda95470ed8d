/**
 * Stable diagnostic codes (`Diagnostic.code`). Tests and settings refer to these, never to message text.
 */
export const enum Code {
  // Syntax
  UnbalancedQuotes = 'unbalanced-quotes',
  ByteOrderMark = 'byte-order-mark',
  NulByte = 'nul-byte',
  UnterminatedKeywordQuote = 'unterminated-keyword-quote',
  MissingArgument = 'missing-argument',
  ExtraArguments = 'extra-arguments',
  // Keywords
  UnknownKeyword = 'unknown-keyword',
  WrongFile = 'wrong-file',
  KeywordTooNew = 'keyword-too-new',
  KeywordRemoved = 'keyword-removed',
  Deprecated = 'deprecated',
  Unsupported = 'unsupported',
  Ignored = 'ignored',
  LegacyAlias = 'legacy-alias',
  VendorKeyword = 'vendor-keyword',
  IgnoredUnknown = 'ignored-unknown',
  // Values
  InvalidValue = 'invalid-value',
  InvalidTime = 'invalid-time',
  InvalidInteger = 'invalid-integer',
  IntegerOutOfRange = 'integer-out-of-range',
  InvalidPort = 'invalid-port',
  InvalidFlag = 'invalid-flag',
  InvalidEnum = 'invalid-enum',
  InvalidAlgorithm = 'invalid-algorithm',
  InvalidMatch = 'invalid-match',
  KeywordAsPattern = 'keyword-as-pattern',
  // sshd structure
  NotAllowedInMatch = 'not-allowed-in-match',
  DuplicateSubsystem = 'duplicate-subsystem',
  GlobalOnlyInMatchAll = 'global-in-match-all',
  AfterMatchBlock = 'after-match-block',
  PlatformUnsupported = 'platform-unsupported',
  MissingCompanion = 'missing-companion',
  // Precedence
  NeverApplies = 'never-applies',
  EnvironmentVariable = 'environment-variable',
  // Keepalive
  CountMaxZero = 'keepalive-countmax-zero',
  NoDeadPeerDetection = 'no-dead-peer-detection',
  KeepaliveTooLong = 'keepalive-interval-too-long',
  NoKeepalive = 'no-keepalive',
  // Include
  IncludeProblem = 'include-problem',
  // Bounds
  TooManyProblems = 'too-many-problems',
}
