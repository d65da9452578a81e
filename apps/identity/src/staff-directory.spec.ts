import { developmentPerson, EXAMPLE_STAFF } from './staff-directory';

describe('who a development token speaks for', () => {
  it('takes the role and teams of a person of the directory', () => {
    expect(developmentPerson({ sub: 'sebastien.jobert' })).toEqual({
      sub: 'sebastien.jobert',
      name: 'Sébastien Jobert',
      role: 'coordinator',
      teams: ['interparliamentary-cooperation'],
    });
  });

  it('lets the request name anyone, with a staff role and teams of its own', () => {
    expect(developmentPerson({ sub: 'alice', role: 'supervisor', teams: ['missions-bureau'] })).toEqual({
      sub: 'alice',
      name: 'alice',
      role: 'supervisor',
      teams: ['missions-bureau'],
    });
  });

  it.each([
    [{}, 'sub is required'],
    [{ sub: 'alice' }, 'role must be one of'],
    [{ sub: 'clock', role: 'system' }, 'role must be one of'],
    [{ sub: 'ulaval', role: 'participant' }, 'role must be one of'],
    [{ sub: 'alice', role: 'auditor', teams: ['accounting'] }, 'team must be one of'],
  ])('refuses %j', (request, problem) => {
    expect(developmentPerson(request)).toEqual(expect.stringContaining(problem));
  });

  it('gives every example person one staff role', () => {
    for (const person of EXAMPLE_STAFF) expect(developmentPerson({ sub: person.sub })).toEqual(person);
  });
});
