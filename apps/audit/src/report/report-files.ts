import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { reportMarkdown } from './report-markdown';
import type { VerificationReport } from './verification-report';

/** Writes `verification-<instant>.json` and `.md` into `directory`; returns their paths. */
export async function writeReport(report: VerificationReport, directory: string): Promise<string[]> {
  await mkdir(directory, { recursive: true });
  const stem = join(directory, `verification-${report.generatedAt.replace(/[:.]/g, '-')}`);
  await writeFile(`${stem}.json`, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(`${stem}.md`, reportMarkdown(report));
  return [`${stem}.json`, `${stem}.md`];
}
