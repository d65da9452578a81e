import { metricsText } from '@entente/platform';
import { countBatch, showLag, showOpenClocks } from './projector-metrics';

const row = (partition: number, lag: number) => ({ topic: 'entente.complaint.events', partition, latestOffset: '9', checkpoint: '0', lag });

describe('projector metrics', () => {
  it('show each partition’s lag as read now, and drop it when Kafka did not answer', async () => {
    showLag([row(0, 3), row(1, 0)]);
    let text = await metricsText();
    expect(text).toContain('entente_projector_lag_messages{topic="entente.complaint.events",partition="0"} 3');
    expect(text).toContain('entente_projector_lag_known 1');
    showLag(null);
    text = await metricsText();
    expect(text).not.toContain('entente_projector_lag_messages{');
    expect(text).toContain('entente_projector_lag_known 0');
  });

  it('count what a batch applied and set aside', async () => {
    countBatch('entente.complaint.events', 2, 5, 1);
    countBatch('entente.complaint.events', 2, 0, 0);
    const text = await metricsText();
    expect(text).toContain('entente_projector_events_applied_total{topic="entente.complaint.events",partition="2"} 5');
    expect(text).toContain('entente_projector_messages_set_aside_total{topic="entente.complaint.events"} 1');
  });

  it('show the open clocks by standard, case type and state, as counted now', async () => {
    showOpenClocks([{ standard: 'complaint-processing-15wd', caseType: 'complaint', state: 'breached', count: 2 }]);
    showOpenClocks([{ standard: 'complaint-processing-15wd', caseType: 'complaint', state: 'running', count: 1 }]);
    const text = await metricsText();
    expect(text).toContain('entente_open_clocks{standard="complaint-processing-15wd",case_type="complaint",state="running"} 1');
    expect(text).not.toContain('state="breached"');
  });
});
