// `npm run test:cluster`: every file in test/cluster, on the engines and apps of the `cluster`
// profile (`npm run cluster`, which the script runs first), one file at a time: each kills the
// profile's processes on purpose. Not part of `npm test` (jest.config.js leaves test/cluster out).
const { projects } = require('./jest.config');

const integration = projects.find((project) => project.displayName === 'integration');

module.exports = {
  testTimeout: 900000,
  maxWorkers: 1,
  projects: [
    {
      ...integration,
      displayName: 'cluster',
      testMatch: ['<rootDir>/test/cluster/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/'],
      globalSetup: '<rootDir>/test/cluster/global-setup.ts',
    },
  ],
};
