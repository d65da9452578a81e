// `npm run test:cluster`: on the engines and apps of the `cluster` profile (`npm run cluster`,
// which the script runs first), one file at a time. First the end-to-end files of test/api,
// unchanged, on Temporal's own server, three brokers and a PostgreSQL of their own; then the
// files of test/cluster, which kill the profile's processes on purpose. Not part of `npm test`
// (jest.config.js leaves test/cluster out).
const { projects } = require('./jest.config');

const integration = projects.find((project) => project.displayName === 'integration');
const onTheCluster = { ...integration, globalSetup: '<rootDir>/test/cluster/global-setup.ts', testPathIgnorePatterns: ['/node_modules/'] };

module.exports = {
  testTimeout: 900000,
  maxWorkers: 1,
  testSequencer: '<rootDir>/test/cluster/sequencer.js',
  projects: [
    { ...onTheCluster, displayName: 'cluster-e2e', testMatch: ['<rootDir>/test/api/**/*.e2e.test.ts'] },
    { ...onTheCluster, displayName: 'cluster', testMatch: ['<rootDir>/test/cluster/**/*.test.ts'] },
  ],
};
