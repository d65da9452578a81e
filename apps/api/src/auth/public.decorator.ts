import { Reflector } from '@nestjs/core';

/** Opens a route (or a whole controller) to callers without a token: health, calendar. */
export const Public = Reflector.createDecorator<void, true>({ transform: () => true });
