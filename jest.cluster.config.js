// `npm run test:cluster`: the cluster profile's engines (Temporal's own server, docs/adr/0029),
// which `npm test` leaves alone: the integration project's settings, on test/cluster only, with a
// global setup that brings up that profile instead of `test`.
const { projects } = require('./jest.config');

const integration = projects.find((project) => project.displayName === 'integration');

module.exports = {
  // The first run builds Temporal's server (minutes); the tests themselves take seconds.
  testTimeout: 120000,
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
