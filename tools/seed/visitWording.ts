import { readFileSync } from 'fs';
import { join } from 'path';
import { routingNote, type IRoutingStrings } from '../../src/domain/visits/describeRouting';
import type { VisitRouting } from '../../src/domain/visits/types';

let loaded: IRoutingStrings | undefined;

/**
 * The visit web part's loc strings, read from its AMD file as SharePoint serves it (the seed
 * runs outside SPFx and jest, so the module name does not resolve): seeded requests store
 * "Why it was routed there" in the words the service writes.
 */
function visitStrings(): IRoutingStrings {
  if (!loaded) {
    const source = readFileSync(join(__dirname, '..', '..', 'src', 'webparts', 'visitRequest', 'loc', 'en-us.js'), 'utf8');
    let strings: IRoutingStrings | undefined;
    // eslint-disable-next-line no-new-func -- the loc file is our own, evaluated as SPFx's AMD loader would
    new Function('define', source)((_deps: unknown, factory: () => IRoutingStrings) => { strings = factory(); });
    if (!strings) throw new Error('The visit web part\u2019s loc file defined no strings');
    loaded = strings;
  }
  return loaded;
}

/** What the service stores as a request's routing note, for a seeded request. */
export function seededRoutingNote(routing: VisitRouting): string {
  return routingNote(routing, visitStrings());
}
