import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Role } from '@entente/domain';
import { openApiDocument } from '../../apps/api/src/swagger';
import { ApiStack } from './api-harness';

/*
 * Schemathesis (infra/bin/schemathesis.sh) sends what the OpenAPI document allows and much that it
 * does not, to every operation, as people of several roles: no answer may be a 5xx, every answer
 * must be one the document lists, with its media type, and every 400, 413 and 422 must name its
 * field (infra/fuzz/entente_checks.py). `npm test` runs a few examples per operation;
 * `npm run fuzz` sets FUZZ_MAX_EXAMPLES higher (figures in the README).
 */

const ROOT = resolve(__dirname, '../..');
const FULL = process.env.FUZZ_MAX_EXAMPLES !== undefined;
const MAX_EXAMPLES = process.env.FUZZ_MAX_EXAMPLES ?? '3';
// The short run (`npm test`) takes one person who issues commands and reads every case; the full
// run every kind of person, and Schemathesis' coverage phase (each schema's edge values) too.
const ROLES: readonly Role[] = FULL ? ['intake-officer', 'supervisor', 'coordinator', 'auditor', 'administrator'] : ['supervisor'];
const PHASES = FULL ? 'examples,coverage,fuzzing' : 'examples,fuzzing';
const CHECKS = ['not_a_server_error', 'status_code_conformance', 'content_type_conformance', 'names_the_field'];

// The fuzzer is one person sending thousands of requests: the limit is tested on its own.
const stack = new ApiStack(undefined, { RATE_LIMIT_REQUESTS: '1000000' });
let baseUrl: string;
let schemaFile: string;

beforeAll(async () => {
  await stack.start();
  await stack.api.listen(0, '127.0.0.1');
  baseUrl = (await stack.api.getUrl()).replace('[::1]', '127.0.0.1');
  schemaFile = join(mkdtempSync(join(tmpdir(), 'entente-fuzz-')), 'openapi.json');
  writeFileSync(schemaFile, JSON.stringify(openApiDocument(stack.api)));
}, 120_000);
afterAll(() => stack.stop());

/** Runs Schemathesis as one person; resolves with its exit code and what it printed. */
function fuzz(role: Role): Promise<{ code: number | null; output: string }> {
  const args = ['run', schemaFile, '--url', baseUrl, '-H', `Authorization: ${stack.bearer(role)}`];
  args.push('--max-examples', MAX_EXAMPLES, '--phases', PHASES, '--checks', CHECKS.join(','), '--request-timeout', '30');
  args.push('--seed', process.env.FUZZ_SEED ?? '1', '--workers', '2', '--no-color');
  return new Promise((done) => {
    // Run where the schema is: Schemathesis and Hypothesis keep their databases in the working folder.
    const child = spawn('bash', [join(ROOT, 'infra/bin/schemathesis.sh'), ...args], { cwd: dirname(schemaFile) });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => done({ code, output }));
  });
}

describe('the API fuzzed from its OpenAPI document', () => {
  it.each(ROLES)(
    'answers a %s within its document: no 5xx, documented answers, 400/413/422 naming the field',
    async (role) => {
      const { code, output } = await fuzz(role);
      // The full run shows its summary, whose figures the README quotes.
      if (code !== 0 || FULL) console.log(code === 0 ? output.slice(output.lastIndexOf('SUMMARY')) : output);
      expect(code).toBe(0);
    },
    30 * 60_000,
  );
});
