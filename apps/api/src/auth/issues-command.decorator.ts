import { applyDecorators } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@entente/domain';
import { ApiCommandResponses } from '../openapi/problem-responses';

/** Which command a route sends, and the domain's rule for who may send it. */
export interface CommandPermission {
  readonly commandType: string;
  readonly allows: (role: Role) => boolean;
}

export const CommandPermissionKey = Reflector.createDecorator<CommandPermission>();

/**
 * Marks a route as sending `commandType`; `CommandPermissionGuard` refuses roles the domain does
 * not allow before anything reaches Temporal. Rules that depend on the case (only the assignee
 * answers) stay in the decider, which the workflow runs. The route's refusals are documented here too.
 */
export function IssuesCommand(commandType: string, allows: (role: Role) => boolean) {
  return applyDecorators(CommandPermissionKey({ commandType, allows }), ApiCommandResponses(commandType));
}
