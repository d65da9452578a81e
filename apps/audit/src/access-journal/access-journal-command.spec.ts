import { UsageError } from '../usage-error';
import { accessJournalQuery } from './access-journal-command';

describe('access-journal options', () => {
  it('become the API query parameters', () => {
    const query = accessJournalQuery(['--case', 'c-1', '--subject', 'alice', '--from', '2026-12-01T05:00:00Z', '--page-size', '10']);
    expect(query.toString()).toBe('caseId=c-1&subject=alice&from=2026-12-01T05%3A00%3A00Z&pageSize=10');
  });

  it.each([[['--person', 'alice']], [['--case']], [['c-1']]])('refuses %j with the usage', (args) => {
    expect(() => accessJournalQuery(args)).toThrow(UsageError);
  });
});
