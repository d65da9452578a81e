import { BadRequestException } from '@nestjs/common';

/**
 * A body that is not a JSON object or array: 400 `malformed-request` naming `body`. Raised by the
 * API's own JSON parser (`configureHttp`): Nest turns the parser's SyntaxError into a bare 400
 * that cannot tell a body from a badly encoded path.
 */
export class MalformedBody extends BadRequestException {
  constructor(reason: string) {
    super({ message: `body: ${reason}`, field: 'body' });
  }
}
