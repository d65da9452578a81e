import { MASKED, maskPersonal } from './personal-fields';

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
