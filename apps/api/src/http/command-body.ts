import type { CaseType } from '@entente/contracts';
import type { StaffCommandData, StaffCommandType } from '@entente/workflows';

/**
 * A command's data as a route's body: what the API fills in (`Filled`: the case id, a path
 * parameter, an instant that defaults to now) may be left out. A DTO that implements it breaks
 * the build when the domain renames or retypes a field.
 */
export type BodyOf<Data, Filled extends keyof Data = never> = Omit<Data, Filled> & Partial<Pick<Data, Filled>>;

/** The body of staff command K to a case of type T. */
export type CommandBody<T extends CaseType, K extends StaffCommandType<T>, Filled extends keyof StaffCommandData<T, K> = never> = BodyOf<
  StaffCommandData<T, K>,
  Filled
>;
