/**
 * A domain event is only its type and data: actor, time, ids and sequence live in the envelope
 * that the publishing side builds around it (libs/contracts).
 */
export type Event<Type extends string, Data> = Readonly<{
  type: Type;
  data: Readonly<Data>;
}>;
