// *.test.ts run in Node (unit, integration, browser); *.test.tsx run in jsdom (components).
// @pnp/* ships ES modules, so it is transformed like our own code.
const base = {
  transform: {
    '/loc/[^/]+\\.js$': '<rootDir>/test/support/amdTransform.js',
    '^.+\\.(t|j)sx?$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }]
  },
  transformIgnorePatterns: ['/node_modules/(?!@pnp/)'],
  moduleNameMapper: {
    '\\.(css|scss)$': '<rootDir>/test/support/styleMock.js',
    '^MemberDirectoryWebPartStrings$': '<rootDir>/src/webparts/memberDirectory/loc/en-us.js',
    '^OfficerDirectoryWebPartStrings$': '<rootDir>/src/webparts/officerDirectory/loc/en-us.js',
    '^VisitRequestWebPartStrings$': '<rootDir>/src/webparts/visitRequest/loc/en-us.js'
  },
  rootDir: __dirname
};
module.exports = {
  // Component tests render Fluent UI in jsdom: seconds each on a busy 2-core machine. Nothing is timed.
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/test/support/summaryReporter.js'],
  projects: [
    { ...base, displayName: 'node', testEnvironment: 'node', testMatch: ['<rootDir>/test/**/*.test.ts'] },
    { ...base, displayName: 'dom', testEnvironment: 'jsdom', testMatch: ['<rootDir>/test/**/*.test.tsx'] }
  ]
};
