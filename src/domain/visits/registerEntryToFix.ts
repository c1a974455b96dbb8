import type { IPremisesOption, UnroutableCause } from './types';

/**
 * The register entry Democratic Services correct so a request can be routed: the premises
 * with no owning directorate, the directorate whose Director is away or vacant with no
 * stand-in, or the senior role nobody holds (no entry to edit: one is added).
 */
export type RegisterEntryToFix =
  | { list: 'premises'; itemId: number; name: string }
  | { list: 'directorates'; itemId: number; name: string }
  | { list: 'seniorRoles'; role: string };

/**
 * Undefined when there is nothing in the register to correct: premises that were never in
 * it, or have left it, are a conversation with the member, not a register edit.
 */
export function registerEntryToFix(cause: UnroutableCause, premises: Pick<IPremisesOption, 'id' | 'name' | 'owningDirectorateId'> | undefined):
  RegisterEntryToFix | undefined {
  switch (cause.kind) {
    case 'noRoleHolder': return { list: 'seniorRoles', role: cause.role };
    case 'noDirectorate': return premises ? { list: 'premises', itemId: premises.id, name: premises.name } : undefined;
    // The cause names the directorate; its item is the one the premises points to.
    case 'noStandIn': return premises ? { list: 'directorates', itemId: premises.owningDirectorateId, name: cause.directorateName } : undefined;
    case 'notInRegister':
    case 'leftRegister':
      return undefined;
  }
}
