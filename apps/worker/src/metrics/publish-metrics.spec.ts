import { metricsText } from '@entente/platform';
import { publishedLabels, timedPublish } from './publish-metrics';

const event = (type: string, data: unknown, caseId = 'c0ffee00-0000-4000-8000-000000000001') =>
  ({ caseId, eventId: `${caseId}:1`, caseType: 'email-request', type, data }) as never;

describe('publish metrics', () => {
  it('label a deadline event by its standard and case type, never by its case or data', () => {
    expect(publishedLabels(event('ServiceStandardBreached', { standardId: 'email-reply-4wd', dueAt: 'x' }))).toEqual({
      caseType: 'email-request',
      eventType: 'ServiceStandardBreached',
      deadline: 'ServiceStandardBreached',
      standard: 'email-reply-4wd',
    });
    expect(publishedLabels(event('EmailRequestReceived', { sender: { email: 'a@b.example' } }))).toMatchObject({ deadline: null });
  });

  it('count the events of a batch once Kafka has it, and time the send by topic and outcome', async () => {
    const batch = [
      event('ServiceStandardWarning', { standardId: 'email-reply-4wd' }),
      event('ServiceStandardBreachEscalated', { standardId: 'email-reply-4wd' }),
    ];
    await timedPublish('entente.email-request.events', batch, () => Promise.resolve());
    await expect(timedPublish('entente.email-request.events', batch, () => Promise.reject(new Error('broker down')))).rejects.toThrow(
      'broker down',
    );
    const text = await metricsText();
    expect(text).toContain('entente_deadline_warnings_total{standard="email-reply-4wd",case_type="email-request"} 1');
    expect(text).toContain('entente_deadline_escalations_total{standard="email-reply-4wd",case_type="email-request"} 1');
    expect(text).toContain('entente_publish_duration_seconds_count{topic="entente.email-request.events",outcome="ok"} 1');
    expect(text).toContain('entente_publish_duration_seconds_count{topic="entente.email-request.events",outcome="error"} 1');
    expect(text).not.toContain('c0ffee00');
  });
});
