import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// The alert rules and the scrape configuration of infra/prometheus, checked by Prometheus' own
// promtool (Debian's package, which infra/bin/install.sh installs when it is missing).

const ROOT = resolve(__dirname, '../..');
const PROMETHEUS = join(ROOT, 'infra/prometheus');
/** The tests' own settings moved the apps' ports: the generated targets are checked on the defaults. */
const DEFAULT_PORTS = {
  API_METRICS_PORT: '',
  CONSOLE_METRICS_PORT: '',
  PROJECTOR_PORT: '',
  WORKER_PORT: '',
  NOTIFIER_PORT: '',
  TEMPORAL_METRICS_PORT: '',
};

/** promtool's output; a failure throws with it. */
function promtool(...args: string[]): string {
  const run = spawnSync('promtool', args, { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`promtool ${args.join(' ')} exited ${run.status}:\n${run.stdout}${run.stderr}`);
  return `${run.stdout}${run.stderr}`;
}

beforeAll(() => {
  if (spawnSync('sh', ['-c', 'command -v promtool']).status !== 0)
    execFileSync('bash', ['infra/bin/install.sh'], { cwd: ROOT, stdio: 'ignore' });
});

describe('the Prometheus configuration', () => {
  it('has alert rules that check', () => {
    expect(promtool('check', 'rules', 'infra/prometheus/alerts.yml')).toContain('SUCCESS: 9 rules found');
  });

  it('fires each alert on its synthetic series and not otherwise (alerts.test.yml)', () => {
    expect(promtool('test', 'rules', 'infra/prometheus/alerts.test.yml')).toContain('SUCCESS');
    const alerts = [...readFileSync(join(PROMETHEUS, 'alerts.yml'), 'utf8').matchAll(/- alert: (\w+)/g)].map(([, name]) => name!);
    const tests = readFileSync(join(PROMETHEUS, 'alerts.test.yml'), 'utf8');
    // Each alert is expected to fire somewhere, with its labels, and to stay quiet somewhere.
    for (const alert of alerts) {
      const cases = tests.split(/\n\s+- eval_time: /).filter((each) => each.includes(`alertname: ${alert}\n`));
      expect({ alert, fires: cases.some((each) => each.includes('exp_labels')) }).toEqual({ alert, fires: true });
      expect({ alert, quiet: cases.some((each) => each.includes('exp_alerts: []')) }).toEqual({ alert, quiet: true });
    }
  });

  it('has a scrape configuration that checks, as committed and as generated for each profile', () => {
    expect(promtool('check', 'config', 'infra/prometheus/prometheus.yml')).toContain('SUCCESS');
    for (const [profile, ports] of [
      ['dev', ['3001', '3002', '3003', '3004', '3005', '3101', '9090']],
      // Temporal's own server's five services too (47253-47257), in the cluster profile only.
      ['cluster', ['3330', '3331', '3302', '3303', '3304', '3305', '3306', '3307', '3334', '3335', '3340', '39090', '47253', '47257']],
    ] as const) {
      const dir = mkdtempSync(join(tmpdir(), `entente-prometheus-${profile}-`));
      try {
        execFileSync('bash', ['infra/bin/metrics.sh', 'config', profile, dir], {
          cwd: ROOT,
          env: { ...process.env, ...DEFAULT_PORTS },
        });
        const checked = promtool('check', 'config', join(dir, 'prometheus.yml'));
        expect(checked).not.toContain('WARNING');
        const targets = ['api', 'worker', 'projector', 'notifier', 'console', 'temporal-worker', 'temporal-server', 'prometheus']
          .flatMap((app) => (JSON.parse(readFileSync(join(dir, 'targets', `${app}.json`), 'utf8')) as { targets: string[] }[])[0]!.targets)
          .map((target) => target.split(':')[1]);
        expect(targets).toEqual(expect.arrayContaining([...ports]));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});
