// One Jest configuration, three projects: `unit` needs no server; `integration` (test/) runs on the
// real engines that test/setup/global-setup.ts brings up through infra/; `deploy` (test/deploy/)
// renders and validates the Kubernetes manifests with tools cached outside the repository.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const moduleNameMapper = {
  '^@entente/(domain|contracts|platform|persistence)$': '<rootDir>/libs/$1/src',
  '^@entente/workflows$': '<rootDir>/workflows/src',
  '^@entente/(api|worker|projector|notifier|audit|identity|console)$': '<rootDir>/apps/$1/src',
};
// jose, oidc-provider, openid-client and oauth4webapi ship ES modules only, which Jest on Node 20 cannot require: compiled like ours.
const ESM_ONLY = ['jose', 'oidc-provider', 'openid-client', 'oauth4webapi'];
const common = {
  transform: { '^.+\\.ts$': swc, [`/node_modules/(${ESM_ONLY.join('|')})/.+\\.js$`]: swc },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  moduleNameMapper,
  testEnvironment: 'node',
};

module.exports = {
  // Jest reads testTimeout only here, not per project; integration tests wait on real engines.
  testTimeout: 120000,
  // Integration files mostly wait on the engines: two at a time even on two cores (Jest's default
  // there is one). Each file has its own schema, task queue and consumer group.
  maxWorkers: 2,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/{libs,apps}/*/src/**/*.spec.ts',
        '<rootDir>/workflows/src/**/*.spec.ts',
        '<rootDir>/apps/console/web/src/**/*.spec.ts',
        '<rootDir>/drill/src/**/*.spec.ts',
        '<rootDir>/bench/src/report/**/*.spec.ts',
      ],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      // The cluster profile's tests run on their own engines: `npm run test:cluster` (jest.cluster.config.js).
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/deploy/', '<rootDir>/test/cluster/'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      setupFiles: ['<rootDir>/test/setup/temporal-runtime.ts', '<rootDir>/test/setup/metrics-ports.ts'],
    },
    {
      // The Kubernetes manifests, rendered and validated offline: no engine, only the cached tools.
      ...common,
      displayName: 'deploy',
      testMatch: ['<rootDir>/test/deploy/**/*.test.ts'],
      globalSetup: '<rootDir>/test/deploy/global-setup.ts',
    },
  ],
};
