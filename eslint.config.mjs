// Lint: TypeScript's type-checked recommended rules (a promise left floating, a switch that misses
// a case of its union), and the layering of docs/architecture.md
// ("Layers and what may import what") enforced by imports: the domain stays pure, workflow code
// stays deterministic and free of I/O clients.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const IO_CLIENTS = ['@nestjs/*', 'typeorm', 'kafkajs', 'pg', 'express', 'supertest', 'nodemailer'];
const NODE_BUILT_INS = ['node:*', 'fs', 'path', 'crypto', 'http'];

/** A layer that runs inside workflows may import neither `forbidden` nor Node's built-ins. */
function layerRule(forbidden, why, builtInsWhy) {
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: forbidden, message: why },
          { group: NODE_BUILT_INS, message: builtInsWhy },
        ],
      },
    ],
  };
}

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'coverage/**', '.entente/**', 'apps/console/web/src/api/openapi.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...tseslint.configs.recommendedTypeCheckedOnly.map((config) => ({ ...config, files: ['**/*.ts'] })),
  {
    files: ['**/*.ts'],
    languageOptions: {
      // One program for sources, specs and tests alike (each package's own tsconfig leaves its specs out).
      parserOptions: {
        project: ['./tsconfig.spec.json', './bench/tsconfig.json', './drill/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    // Tests read HTTP and Kafka payloads as the untyped JSON they are, and hand methods to Jest's
    // matchers; the promise and exhaustiveness rules still hold there.
    files: ['**/*.spec.ts', 'test/**/*.ts', '**/testing/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
      // A fake of an async interface is written `async` whether or not it awaits.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Benchmarks hand activity and decider objects' functions around; none of them reads `this`.
    files: ['bench/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off', '@typescript-eslint/require-await': 'off' },
  },
  {
    // Its client is installed by `npm run bench` alone (bench/package.json): untyped until then.
    files: ['bench/src/publish/platformatic-publisher.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Plain Node scripts (Jest config, engine health checks).
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        __dirname: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The console's pages run in the browser, with their own compiler settings (DOM, JSX), and talk
    // to the API only through the console's server: no import of another layer.
    files: ['apps/console/web/src/**/*.{ts,tsx}'],
    extends: [...tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: { parserOptions: { project: ['./apps/console/web/tsconfig.json'], tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@entente/*', ...IO_CLIENTS, 'node:*'], message: 'the pages reach the API through /api only.' }] },
      ],
    },
  },
  {
    // A spec of the pages may check them against the contracts (a catalogue naming every event type).
    files: ['apps/console/web/src/**/*.spec.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['apps/console/web/vite.config.mjs'],
    languageOptions: { sourceType: 'module' },
  },
  {
    files: ['libs/domain/src/**/*.ts'],
    ignores: ['libs/domain/src/**/*.spec.ts', 'libs/domain/src/shared/testing/**'],
    rules: layerRule(
      [...IO_CLIENTS, '@temporalio/*', '@entente/*'],
      'libs/domain is pure TypeScript: no framework, client or other layer.',
      'libs/domain runs inside workflows: no Node built-ins.',
    ),
  },
  {
    // Preloaded into the workflow sandbox beside the domain (apps/worker/src/case-worker.ts), so it
    // obeys the same rules: pure TypeScript plus the hash function, nothing that does I/O.
    files: ['libs/contracts/src/**/*.ts'],
    ignores: ['libs/contracts/src/**/*.spec.ts', 'libs/contracts/src/testing/**'],
    rules: layerRule(
      [
        ...IO_CLIENTS,
        '@temporalio/*',
        '@entente/platform',
        '@entente/persistence',
        '@entente/workflows',
        '@entente/api',
        '@entente/worker',
        '@entente/projector',
        '@entente/audit',
        '@entente/notifier',
      ],
      'libs/contracts runs inside workflows: only the domain and pure code.',
      "libs/contracts runs in Temporal's sandbox: no Node built-ins.",
    ),
  },
  {
    files: ['workflows/src/**/*.ts'],
    rules: layerRule(
      [...IO_CLIENTS, '@temporalio/client', '@temporalio/worker', '@temporalio/activity', '@entente/platform', '@entente/persistence'],
      'workflow code is deterministic: I/O goes through activities.',
      "workflow code runs in Temporal's sandbox: no Node built-ins.",
    ),
  },
  {
    // Evaluated once per workflow thread and shared by every case it holds (SHARED_WORKFLOW_MODULES
    // in apps/worker/src/case-worker.ts): a module-level variable would be one case's state seen by the next.
    files: ['libs/domain/src/**/*.ts', 'libs/contracts/src/**/*.ts', 'workflows/src/**/*.ts'],
    ignores: ['**/*.spec.ts', 'libs/domain/src/shared/testing/**', 'libs/contracts/src/testing/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "Program > VariableDeclaration[kind!='const'], Program > ExportNamedDeclaration > VariableDeclaration[kind!='const']",
          message: 'Shared by every case a worker holds: no module-level let or var (keep state in the workflow function).',
        },
      ],
    },
  },
);
