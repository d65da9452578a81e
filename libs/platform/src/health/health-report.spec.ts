import { CHECK_TIMEOUT_MS, downMessage, healthOf } from './health-report';
import { serveHealth, serveMetrics } from './health-server';

describe('a process health report', () => {
  it('is ok when every check answers', async () => {
    expect(await healthOf({ database: () => Promise.resolve(), kafka: () => Promise.resolve() })).toEqual({
      status: 'ok',
      checks: { database: 'up', kafka: 'up' },
    });
  });

  it('names each check that fails or hangs past its bound', async () => {
    jest.useFakeTimers();
    try {
      const report = healthOf({
        database: () => Promise.resolve(),
        kafka: () => Promise.reject(new Error('ECONNREFUSED')),
        smtp: () => new Promise(() => undefined),
      });
      await jest.advanceTimersByTimeAsync(CHECK_TIMEOUT_MS);
      const answered = await report;
      expect(answered).toEqual({ status: 'unavailable', checks: { database: 'up', kafka: 'down', smtp: 'down' } });
      expect(downMessage(answered)).toBe('kafka and smtp down');
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('the health server of a process without an HTTP API', () => {
  it('answers GET /health 200 or 503 naming what is down, GET /metrics, and nothing else', async () => {
    let kafkaUp = true;
    const server = await serveHealth(0, { kafka: () => (kafkaUp ? Promise.resolve() : Promise.reject(new Error('down'))) });
    const get = async (path: string) => {
      const response = await fetch(`http://127.0.0.1:${server.port}${path}`);
      return { status: response.status, body: await response.json() };
    };
    try {
      expect(await get('/health')).toEqual({ status: 200, body: { status: 'ok', checks: { kafka: 'up' } } });
      kafkaUp = false;
      expect(await get('/health')).toEqual({
        status: 503,
        body: { status: 'unavailable', checks: { kafka: 'down' }, message: 'kafka down' },
      });
      const metrics = await fetch(`http://127.0.0.1:${server.port}/metrics`);
      expect(metrics.status).toBe(200);
      expect(metrics.headers.get('content-type')).toContain('text/plain');
      expect(await metrics.text()).toMatch(/^process_cpu_seconds_total \d/m);
      expect((await fetch(`http://127.0.0.1:${server.port}/other`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});

describe('the metrics server of a process whose own HTTP is for people', () => {
  it('answers GET /metrics only', async () => {
    const server = await serveMetrics(0);
    try {
      expect(await (await fetch(`http://127.0.0.1:${server.port}/metrics`)).text()).toContain('# TYPE nodejs_eventloop_lag_seconds gauge');
      expect((await fetch(`http://127.0.0.1:${server.port}/health`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('listens on the interface it is given, the loopback unless told (a pod sets 0.0.0.0 for its probes)', async () => {
    // 127.0.0.2 is a loopback address of its own on Linux: answered there, refused on 127.0.0.1.
    const server = await serveHealth(0, {}, '127.0.0.2');
    try {
      expect((await fetch(`http://127.0.0.2:${server.port}/health`)).status).toBe(200);
      await expect(fetch(`http://127.0.0.1:${server.port}/health`)).rejects.toThrow();
    } finally {
      await server.close();
    }
  });
});
