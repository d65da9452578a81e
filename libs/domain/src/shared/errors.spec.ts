import { CommandRefused, DOMAIN_ERROR_TYPES, ForbiddenCommand, InvalidCommand, isDomainError } from './errors';

describe('domain errors', () => {
  it.each([
    [new InvalidCommand('sender.address', 'must be an e-mail address'), 'InvalidCommand', 'INVALID_COMMAND'],
    [new CommandRefused('case already exists'), 'CommandRefused', 'COMMAND_REFUSED'],
    [new ForbiddenCommand('auditor', 'AnswerEmailRequest'), 'ForbiddenCommand', 'FORBIDDEN'],
  ])('%s has an explicit name and a code', (error, name, code) => {
    expect(error.name).toBe(name);
    expect(error.code).toBe(code);
    expect(DOMAIN_ERROR_TYPES).toContain(name);
    expect(isDomainError(error)).toBe(true);
    expect(error).toBeInstanceOf(Error);
  });

  it('InvalidCommand names the field in its message and property', () => {
    const error = new InvalidCommand('sender.address', 'must be an e-mail address');
    expect(error.field).toBe('sender.address');
    expect(error.message).toContain('sender.address');
  });

  it('ForbiddenCommand says who may not do what', () => {
    expect(new ForbiddenCommand('auditor', 'AnswerEmailRequest').message).toBe('auditor may not issue AnswerEmailRequest');
  });

  it('recognizes a domain error that lost its class (crossed a bundle) by name and code', () => {
    const copy = Object.assign(new Error('refused'), { name: 'CommandRefused', code: 'COMMAND_REFUSED' });
    expect(isDomainError(copy)).toBe(true);
    expect(isDomainError(new TypeError('boom'))).toBe(false);
    expect(isDomainError('CommandRefused')).toBe(false);
  });
});
