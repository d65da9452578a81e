import { MASKED, maskPersonal, personalPathsShown } from './personal-fields';

describe('masking the fields a path marks', () => {
  it('masks nested fields and keeps the others and the shape', () => {
    const state = { sender: { name: 'Ana', email: 'ana@example.org' }, status: 'received' };
    expect(maskPersonal(state, ['sender.name', 'sender.email'])).toEqual({ sender: { name: MASKED, email: MASKED }, status: 'received' });
    expect(state.sender.name).toBe('Ana');
  });

  it('masks every element of a list or value of a record under `*`', () => {
    const call = {
      proposals: [{ organization: { name: 'Oxfam', email: 'a@o.org' } }, { organization: { name: 'CECI', email: 'b@c.org' } }],
    };
    expect(maskPersonal(call, ['proposals.*.organization.email']).proposals.map((p) => p.organization)).toEqual([
      { name: 'Oxfam', email: MASKED },
      { name: 'CECI', email: MASKED },
    ]);
    expect(maskPersonal({ candidate: { name: 'Li', university: 'UdeM' } }, ['candidate.*'])).toEqual({
      candidate: { name: MASKED, university: MASKED },
    });
  });

  it('skips a path the value lacks, and leaves null as null', () => {
    expect(maskPersonal({ caller: { name: null } }, ['caller.name', 'caller.telephone', 'sender.email'])).toEqual({
      caller: { name: null },
    });
  });
});

describe('the personal fields a value shows', () => {
  it('names each place a marked path ends, at any depth, lists as []', () => {
    const answer = {
      senderAddress: 'ana@example.org',
      status: 'answered',
      timeline: [
        { data: { sender: { name: 'Ana', email: 'ana@example.org' }, subject: 'Stage' } },
        { data: { answer: 'Voici.' } },
        { data: { sender: { name: 'Ana', email: 'ana@example.org' } } },
      ],
    };
    expect(personalPathsShown(answer, ['senderAddress', 'sender.name', 'sender.email', 'subject', 'answer'])).toEqual([
      'senderAddress',
      'timeline[].data.answer',
      'timeline[].data.sender.email',
      'timeline[].data.sender.name',
      'timeline[].data.subject',
    ]);
  });

  it('matches `*` against a record’s keys and a list’s elements, and names a marked object once', () => {
    const state = {
      mission: { team: [{ name: 'Luc Roy', role: 'MNA' }] },
      candidate: { name: 'Li', file: { school: 'UdeM' } },
      findings: { findings: 'Le délai a été dépassé', decidedAt: '2026-12-01' },
    };
    expect(personalPathsShown(state, ['team.*.name', 'candidate.*', 'findings'])).toEqual([
      'candidate.file',
      'candidate.name',
      'findings',
      'mission.team[].name',
    ]);
  });

  it('leaves out what shows nothing: null, empty, masked, or an object holding only those', () => {
    const answer = { sender: { name: MASKED, email: null }, candidate: { file: { school: '' } }, subject: '', answer: 'Oui' };
    expect(personalPathsShown(answer, ['sender.name', 'sender.email', 'candidate.*', 'subject'])).toEqual([]);
    expect(personalPathsShown(null, ['subject'])).toEqual([]);
  });
});
