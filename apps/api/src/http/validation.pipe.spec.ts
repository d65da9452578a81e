import type { ArgumentMetadata } from '@nestjs/common';
import { IsOptional } from 'class-validator';
import { IsText } from './is-text.decorator';
import { apiValidationPipe, RequestValidationError } from './validation.pipe';

class NoteDto {
  @IsText(100) subject!: string;
  @IsOptional() @IsText(100) tag?: string;
}

const pipe = apiValidationPipe();
const as = (type: ArgumentMetadata['type']): ArgumentMetadata => ({ type, metatype: NoteDto });

/** The refusal's `field` and message, or what passed. */
async function outcome(value: unknown, type: ArgumentMetadata['type'] = 'body'): Promise<unknown> {
  try {
    return await pipe.transform(value, as(type));
  } catch (error) {
    if (!(error instanceof RequestValidationError)) throw error;
    return error.getResponse();
  }
}

describe('the API validation pipe', () => {
  it('refuses a body property it does not know, naming it', async () =>
    expect(await outcome({ subject: 'Stage', urgent: true })).toMatchObject({ field: 'urgent' }));

  it('drops a query parameter it does not know, as routes without parameters do', async () =>
    expect(await outcome({ subject: 'Stage', utm_source: 'mail' }, 'query')).toEqual(Object.assign(new NoteDto(), { subject: 'Stage' })));

  // The fuzzer sent `?%C2%85=null` (U+0085, blank to Python, not to String.trim): the field read as nothing.
  it.each([
    ['\u0085', '\\u0085'],
    ['a\u200bb', 'a\\u200bb'],
    ['', '""'],
    ['   ', '"   "'],
  ])('names an unknown property %j readably, as %s', async (name, field) =>
    expect(await outcome({ subject: 'Stage', [name]: 1 })).toMatchObject({ field, message: `property ${field} should not exist` }),
  );

  it('refuses a NUL character anywhere, naming where, since PostgreSQL cannot store it', async () => {
    expect(await outcome({ subject: 'Sta\u0000ge' })).toMatchObject({
      field: 'subject',
      message: 'subject must not contain a NUL character',
    });
    expect(await outcome({ subject: 'Stage', tag: ['a', 'b\u0000'] })).toMatchObject({ field: 'tag.1' });
    expect(await outcome({ subject: 'Stage', 'x\u0000': 1 })).toMatchObject({ field: 'x\\u0000' });
    expect(await outcome({ subject: 'Stage', utm: '\u0000' }, 'query')).toMatchObject({ field: 'utm' });
  });

  it('refuses half of a surrogate pair, which PostgreSQL cannot store either, and keeps whole pairs', async () => {
    expect(await outcome({ subject: 'Sta\ud800ge' })).toMatchObject({
      field: 'subject',
      message: 'subject must not contain half of a surrogate pair',
    });
    expect(await outcome({ subject: 'Stage \udc00' })).toMatchObject({ field: 'subject' });
    expect(await outcome({ subject: 'Stage', 'x\ud83d': 1 })).toMatchObject({ field: 'x\\ud83d' });
    expect(await outcome({ subject: 'Québec 😀' })).toEqual(Object.assign(new NoteDto(), { subject: 'Québec 😀' }));
  });
});
