import type { IListDef } from '../../src/schema/fieldTypes';
import { serverRelativeListUrl } from '../../src/data/hubList';

/**
 * A Hub list's REST path relative to the web (`/_api/web/getList('%2Fsites%2Fhub%2FLists%2FMohWards')`),
 * encoded as PnPjs encodes it, for tests that speak raw HTTP. By URL, as the web parts reach lists.
 */
export function listApiPath(webUrl: string, def: IListDef): string {
  return `/_api/web/getList('${encodeURIComponent(serverRelativeListUrl(webUrl, def).replace(/'/g, "''"))}')`;
}
