import type { Decider } from '../decider';
import { CommandRefused, InvalidCommand } from '../errors';
import { DeciderSpecification } from './decider-spec';

// A counter that refuses to go past 2: enough to check the helper itself fails when it should.
type Added = { type: 'Added'; data: { by: number } };
const counter: Decider<number, { by: number }, Added> = {
  decide: ({ by }, total) => {
    if (total + by > 2) throw new CommandRefused('too many');
    return [{ type: 'Added', data: { by } }];
  },
  evolve: (total, event) => total + event.data.by,
  initialState: () => 0,
};
const spec = DeciderSpecification.for(counter);

describe('DeciderSpecification', () => {
  it('folds the given events before deciding', () => {
    spec
      .given([{ type: 'Added', data: { by: 1 } }])
      .when({ by: 1 })
      .then([{ type: 'Added', data: { by: 1 } }]);
    spec
      .given([{ type: 'Added', data: { by: 2 } }])
      .when({ by: 1 })
      .thenThrows(CommandRefused);
  });

  it('fails on other events, another error class, a false predicate or no error', () => {
    expect(() => spec.given([]).when({ by: 1 }).then([])).toThrow();
    expect(() => spec.given([]).when({ by: 3 }).thenThrows(InvalidCommand)).toThrow();
    expect(() =>
      spec
        .given([])
        .when({ by: 3 })
        .thenThrows(CommandRefused, () => false),
    ).toThrow();
    expect(() => spec.given([]).when({ by: 1 }).thenThrows(CommandRefused)).toThrow();
  });
});
