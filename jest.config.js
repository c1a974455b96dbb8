// Unit and integration tests run in Node; files named *.dom.test.tsx run in jsdom.
// @pnp/* ships ES modules, so it is transformed like our own code.
const base = {
  transform: { '^.+\\.(t|j)sx?$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json', isolatedModules: true }] },
  transformIgnorePatterns: ['/node_modules/(?!@pnp/)'],
  moduleNameMapper: {
    '\\.(css|scss)$': '<rootDir>/test/support/styleMock.js',
    '^(\\w+)WebPartStrings$': '<rootDir>/src/webparts/$1/loc/en-us.js'
  },
  rootDir: __dirname
};
module.exports = {
  reporters: ["default", "<rootDir>/test/support/summaryReporter.js"],
  projects: [
    { ...base, displayName: 'node', testEnvironment: 'node', testMatch: ['<rootDir>/test/**/*.test.ts'] },
    { ...base, displayName: 'dom', testEnvironment: 'jsdom', testMatch: ['<rootDir>/test/**/*.test.tsx'] }
  ]
};
