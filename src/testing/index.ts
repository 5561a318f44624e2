// sinch-provisioning/testing: a Prism mock of the Provisioning API for your own contract tests.
export { startMockServer, bundledSpecPath, freePort, PortInUseError, type MockServer, type MockServerOptions } from './mock-server.js';
export { createTestClient } from './test-client.js';
export { withMockViolations, mockViolations, MOCK_ERROR_CODE, MOCK_VIOLATIONS_HEADER, type MockViolation } from './mock-violations.js';
