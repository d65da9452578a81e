import { recordingApi } from '../testing/recording-api';
import { UsageError } from '../usage-error';
import { privacyCommand } from './privacy-commands';

describe('the privacy officer’s commands', () => {
  it.each([
    [['erase', 'c-1', '--reason', 'Retention over'], 'POST /cases/c-1/erasure {"reason":"Retention over"}'],
    [['holds', 'c-1'], 'GET /cases/c-1/holds'],
    [['hold', 'c-1', 'access-request', '--reason', 'Request 14'], 'POST /cases/c-1/holds {"kind":"access-request","reason":"Request 14"}'],
    [['lift-hold', 'c-1', 'h-1', '--reason', 'Answered'], 'POST /cases/c-1/holds/h-1/lifting {"reason":"Answered"}'],
  ])('%j calls %s', async ([command, ...args], call) => {
    const { api, calls } = recordingApi({});
    await expect(privacyCommand(api, command, args)).resolves.toMatchObject({ holds: true });
    expect(calls).toEqual([call]);
  });

  it.each([
    [['erase', 'c-1']],
    [['erase', '--reason', 'x']],
    [['holds']],
    [['hold', 'c-1', 'access-request']],
    [['lift-hold', 'c-1', 'h-1', '--why', 'x']],
  ])('refuses %j with the usage, calling nothing', async ([command, ...args]) => {
    const { api, calls } = recordingApi({});
    await expect(privacyCommand(api, command, args)).rejects.toThrow(UsageError);
    expect(calls).toEqual([]);
  });

  it('leaves other commands to the caller', async () => {
    expect(await privacyCommand(recordingApi({}).api, 'verify', [])).toBeUndefined();
  });
});
