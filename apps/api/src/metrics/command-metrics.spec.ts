import { caseTypeOfCommand, commandOutcome, methodLabel, statusClass } from './command-metrics';

describe('command metrics labels', () => {
  it('tell an accepted command from a refusal, a rejection and an engine down', () => {
    expect([200, 201, 400, 401, 403, 404, 409, 413, 422, 429, 500, 503].map(commandOutcome)).toEqual([
      'accepted',
      'accepted',
      'rejected',
      'rejected',
      'refused',
      'rejected',
      'refused',
      'rejected',
      'refused',
      'rejected',
      'failed',
      'unavailable',
    ]);
    expect([201, 404, 503].map(statusClass)).toEqual(['2xx', '4xx', '5xx']);
  });

  it("name a command's case type from the command, else from the route, else any: never the route's text", () => {
    expect(caseTypeOfCommand('AnswerEmailRequest', undefined)).toBe('email-request');
    expect(caseTypeOfCommand('PauseServiceStandardClock', 'complaint')).toBe('complaint');
    expect(caseTypeOfCommand('PauseServiceStandardClock', 'jean.tremblay@example.org')).toBe('any');
    expect(caseTypeOfCommand('AddHoliday', undefined)).toBe('any');
  });

  it('keep methods to a closed list', () => {
    expect(['GET', 'POST', 'BREW'].map(methodLabel)).toEqual(['GET', 'POST', 'OTHER']);
  });
});
