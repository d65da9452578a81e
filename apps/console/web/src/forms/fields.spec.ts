import { describe, expect, it } from '@jest/globals';
import { bodyOf, fieldsOf, UnreadableField } from './fields';
import { resolve, type OpenApiDocument } from './openapi';

const document: OpenApiDocument = {
  paths: {},
  components: {
    schemas: {
      Sender: {
        type: 'object',
        properties: { name: { type: 'string' }, email: { type: 'string' }, address: { type: 'string', deprecated: true } },
        required: ['email'],
      },
      Receive: {
        type: 'object',
        properties: {
          sender: { $ref: '#/components/schemas/Sender' },
          subject: { type: 'string' },
          language: { type: 'string', enum: ['fr', 'en'] },
          receivedAt: { type: 'string', format: 'date-time' },
          tags: { type: 'array', items: { type: 'string' } },
          budget: { type: 'object' },
          pages: { type: 'integer' },
        },
        required: ['sender', 'subject'],
      },
    },
  },
};
const fields = fieldsOf(document, resolve(document, { $ref: '#/components/schemas/Receive' }));

describe('forms from the OpenAPI document', () => {
  it('gives each property a control, and objects a group of fields named by path', () => {
    expect(fields.map((field) => [field.path, field.control, field.required])).toEqual([
      ['sender', 'group', true],
      ['subject', 'text', true],
      ['language', 'select', false],
      ['receivedAt', 'instant', false],
      ['tags', 'lines', false],
      ['budget', 'json', false],
      ['pages', 'number', false],
    ]);
    expect(fields[0]!.children.map((field) => field.path)).toEqual(['sender.name', 'sender.email']);
  });

  it('builds the body from the texts, leaving blanks out', () => {
    const texts = {
      'sender.email': 'a@example.org',
      subject: 'Critères',
      tags: 'a\n\n b ',
      budget: '{"total":3}',
      pages: '2',
      language: '',
    };
    expect(bodyOf(fields, texts)).toEqual({
      sender: { email: 'a@example.org' },
      subject: 'Critères',
      tags: ['a', 'b'],
      budget: { total: 3 },
      pages: 2,
    });
  });

  it('names the field whose JSON does not parse', () => {
    expect(() => bodyOf(fields, { budget: '{' })).toThrow(UnreadableField);
  });

  it('reads an instant as year-month-day and a 24-hour time in Québec, and names one that does not parse', () => {
    expect(bodyOf(fields, { receivedAt: '2027-01-04 17 h' })).toEqual({ receivedAt: '2027-01-04T22:00:00.000Z' });
    // What a browser in an American locale would have shown: refused, not guessed at.
    expect(() => bodyOf(fields, { receivedAt: '01/04/2027 05:00 PM' })).toThrow(expect.objectContaining({ path: 'receivedAt' }));
  });
});
