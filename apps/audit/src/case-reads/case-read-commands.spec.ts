import { recordingApi } from '../testing/recording-api';
import { UsageError } from '../usage-error';
import { caseRead } from './case-read-commands';

describe('the auditors’ case reads', () => {
  it.each([
    [['verify'], 'GET /audit/verification'],
    [['verify', 'c-1'], 'GET /cases/c-1/verification'],
    [['timeline', 'c-1'], 'GET /cases/c-1'],
    [['as-of', 'c-1', '2026-12-01T05:00:00Z'], 'GET /cases/c-1/as-of?at=2026-12-01T05%3A00%3A00Z'],
    [['export', 'c-1'], 'GET /cases/c-1/export?format=json'],
    [['export', 'c-1', 'csv'], 'GET /cases/c-1/export?format=csv'],
    [['disclose', 'c-1', '--reason', 'Access request 114'], 'POST /cases/c-1/disclosures {"reason":"Access request 114"}'],
  ])('%j calls %s', async ([command, ...args], call) => {
    const { api, calls } = recordingApi({ verified: true, timeline: [] });
    await caseRead(api, command, args);
    expect(calls).toEqual([call]);
  });

  it('holds a verification only when the API says verified', async () => {
    expect(await caseRead(recordingApi({ verified: false }).api, 'verify', [])).toMatchObject({ holds: false });
    expect(await caseRead(recordingApi({ verified: true }).api, 'verify', [])).toMatchObject({ holds: true });
  });

  it.each([[['timeline']], [['as-of', 'c-1']], [['disclose', 'c-1']], [['disclose', 'c-1', '--why', 'x']]])(
    'refuses %j with the usage',
    async ([command, ...args]) => {
      await expect(caseRead(recordingApi({}).api, command, args)).rejects.toThrow(UsageError);
    },
  );

  it('leaves other commands to the caller', async () => {
    expect(await caseRead(recordingApi({}).api, 'report', [])).toBeUndefined();
  });
});
