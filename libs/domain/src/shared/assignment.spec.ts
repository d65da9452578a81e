import { decideAssignment } from './assignment';
import { CommandRefused } from './errors';

describe('decideAssignment', () => {
  it('assigns a case nobody holds, without the reason', () => {
    expect(decideAssignment(null, 'officer-2', 'first')).toEqual({ kind: 'assigned', officerId: 'officer-2' });
  });

  it('hands a held case over, keeping the reason', () => {
    expect(decideAssignment('officer-1', 'officer-2', 'on leave')).toEqual({
      kind: 'reassigned',
      fromOfficerId: 'officer-1',
      toOfficerId: 'officer-2',
      reason: 'on leave',
    });
  });

  it('refuses to assign the case to the officer who holds it, naming the case', () => {
    expect(() => decideAssignment('officer-1', 'officer-1', null)).toThrow(new CommandRefused('the case is already assigned to officer-1'));
    expect(() => decideAssignment('officer-1', 'officer-1', null, 'the complaint')).toThrow(
      new CommandRefused('the complaint is already assigned to officer-1'),
    );
  });
});
