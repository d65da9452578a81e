import path from 'node:path';

/** bench/dist/paths.js -> the repository root. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const RESULTS_DIR = path.join(REPO_ROOT, 'bench', 'results');

export const fromRoot = (...parts: string[]): string => path.join(REPO_ROOT, ...parts);
