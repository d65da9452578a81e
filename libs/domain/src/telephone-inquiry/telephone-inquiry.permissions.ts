import type { Role } from '../shared/command';
import { ForbiddenCommand } from '../shared/errors';
import type { TelephoneInquiryCommand } from './telephone-inquiry.commands';

type CommandType = TelephoneInquiryCommand['type'];

/**
 * Who may issue each command (docs/domain.md#roles): intake officers take and record calls; a
 * correction changes what the compliance report counts, so it is a supervisor's. Auditors issue
 * nothing.
 */
export const TELEPHONE_INQUIRY_PERMISSIONS: Record<CommandType, readonly Role[]> = {
  RecordTelephoneInquiry: ['intake-officer', 'supervisor'],
  CorrectTelephoneInquiry: ['supervisor'],
};

export function mayIssueTelephoneInquiryCommand(commandType: CommandType, role: Role): boolean {
  return (TELEPHONE_INQUIRY_PERMISSIONS[commandType] ?? []).includes(role);
}

/** Throws `ForbiddenCommand` unless the actor's role may issue `command` (no case has an assignee). */
export function authorizeTelephoneInquiryCommand(command: Pick<TelephoneInquiryCommand, 'type' | 'metadata'>): void {
  const { role } = command.metadata.actor;
  if (!mayIssueTelephoneInquiryCommand(command.type, role)) throw new ForbiddenCommand(role, command.type);
}
