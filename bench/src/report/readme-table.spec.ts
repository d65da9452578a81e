import { readFileSync } from 'node:fs';
import { fromRoot } from '../paths';
import { README_END, README_START, withTable } from './readme-table';
import type { SuiteReport } from './results-file';

describe("the README's benchmark table", () => {
  it('is the one bench/results/latest.json gives, not edited by hand', () => {
    const readme = readFileSync(fromRoot('README.md'), 'utf8');
    const latest = JSON.parse(readFileSync(fromRoot('bench', 'results', 'latest.json'), 'utf8')) as SuiteReport;
    expect(readme).toContain(README_START);
    expect(readme).toContain(README_END);
    expect(withTable(readme, latest)).toBe(readme);
  });
});
