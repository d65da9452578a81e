import { HttpException, HttpStatus } from '@nestjs/common';

/** A path that exists, asked with a method it does not declare: 405 with the `Allow` header. */
export class MethodNotAllowed extends HttpException {
  constructor(
    method: string,
    path: string,
    readonly allow: readonly string[],
  ) {
    super(`${method} is not allowed on ${path}; allowed: ${allow.join(', ')}`, HttpStatus.METHOD_NOT_ALLOWED);
  }
}
