import { jsonLogger, Logger } from '@entente/platform';

/** Progress as the project logs: one JSON object a line, on stderr so that stdout keeps the table. */
export function benchLogger(component = 'bench'): Logger {
  return jsonLogger(component, (line) => process.stderr.write(line));
}
