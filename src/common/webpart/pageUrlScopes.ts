import { urlScopeFor, type IUrlScope } from '../../domain/shared/urlScope';

/** Per web-part kind, the instance that keeps the plain (unprefixed) parameter names on this page. */
const plainNameHolders = new Map<string, string>();

/**
 * Where a web part instance keeps its state in the page URL. Every instance gets a prefix
 * from its id, so two web parts on one page never share a parameter; except that, for a
 * kind whose links were shared before scoping existed (the member directory's `?member=12`),
 * the first instance on the page keeps the plain names, so those links, and the short ones
 * people type, still work. SPFx loads each web part kind's bundle once per page, so this
 * module's state is per page and per kind.
 */
export function pageUrlScope(kind: string, instanceId: string, firstKeepsPlainNames: boolean): IUrlScope {
  if (firstKeepsPlainNames) {
    const holder = plainNameHolders.get(kind);
    if (holder === undefined) plainNameHolders.set(kind, instanceId);
    if (holder === undefined || holder === instanceId) return { prefix: '' };
  }
  return urlScopeFor(instanceId);
}
