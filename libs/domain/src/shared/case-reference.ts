/**
 * A case's short reference, as staff read it aloud and as messages name the case: the first block
 * of its id, in capitals (the console shows the same).
 */
export const caseReference = (caseId: string): string => caseId.slice(0, 8).toUpperCase();
