import { counter, gauge, histogram, metricsRegistry, metricsText } from './registry';

describe('the process metrics registry', () => {
  it('is one per process, with the default process metrics', async () => {
    expect(metricsRegistry()).toBe(metricsRegistry());
    expect(await metricsText()).toContain('# TYPE process_resident_memory_bytes gauge');
  });

  it('gives the metric already declared under a name, so that several apps in one process share it', async () => {
    const first = counter({ name: 'entente_test_things_total', help: 'Things.', labelNames: ['kind'] });
    const second = counter({ name: 'entente_test_things_total', help: 'Things.', labelNames: ['kind'] });
    expect(second).toBe(first);
    first.inc({ kind: 'a' });
    second.inc({ kind: 'a' }, 2);
    expect(await metricsText()).toContain('entente_test_things_total{kind="a"} 3');
    expect(gauge({ name: 'entente_test_level', help: 'Level.' })).toBe(gauge({ name: 'entente_test_level', help: 'Level.' }));
    expect(histogram({ name: 'entente_test_seconds', help: 'Time.' })).toBe(histogram({ name: 'entente_test_seconds', help: 'Time.' }));
  });
});
