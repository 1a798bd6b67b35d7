// Tests and mocks are not the code a key serves (LABELLING.md: "What is not a call"): calls in
// them are test doubles, fixtures or runs against a sandbox account, and reporting them asks
// production keys for scopes only a test needs. Their files are still read for written keys.

const TEST_DIR = /(^|\/)(tests?|__tests__|__mocks__|mocks?|spec|specs|testing|fixtures)\//i;
const TEST_NAME = /(^|\/)(test_[^/]*\.py|[^/]*_test\.(py|go|rb)|[^/]*_spec\.rb|[^/]*\.(test|spec)\.[cm]?[jt]sx?|test[-_][^/]*\.[cm]?[jt]s|[^/]*[-_]test\.[cm]?[jt]s|[^/]*Tests?\.(java|cs|php)|conftest\.py)$/;

/** Whether a file, by its POSIX path relative to the scanned root, is a test or a mock. */
export function isTestFile(rel: string): boolean {
  return TEST_DIR.test(rel) || TEST_NAME.test(rel);
}
