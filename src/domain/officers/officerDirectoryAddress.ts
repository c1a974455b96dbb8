import { safeWebLink } from '../shared/safeLinks';
import { cleanLink, type IUrlScope } from '../shared/urlScope';
import { EMPTY_OFFICER_URL_STATE, encodeOfficerUrl, serviceLink } from './officerUrlState';

/** Where another web part finds the officer directory: its page, and the prefix its instance gives its parameters. */
export interface IOfficerDirectoryAddress {
  pageUrl: string;
  scope: IUrlScope;
}

// The directory's own parameter names (officerUrlState), after the instance's prefix.
const DIRECTORY_PARAMETER = /^((?:[0-9a-z]{1,6}\.)?)(mode|topic|svc|dir|q|rdir|rsvc|clo|officer)$/;

/**
 * The officer directory as a page editor gave it: the link from "Copy link" on any of its
 * services (which carries the instance's parameter prefix), or just the page's address. An
 * absolute https address, or one on this page's own host starting with "/"; anything else
 * (another scheme, "//host", text) is refused, so a setting can never become a script link.
 */
export function officerDirectoryAt(configured: string | undefined, currentPageUrl: string): IOfficerDirectoryAddress | undefined {
  const raw = (configured ?? '').trim();
  let url: URL;
  try {
    if (raw.startsWith('/') && !raw.startsWith('//') && !raw.startsWith('/\\')) {
      const page = new URL(currentPageUrl);
      url = new URL(raw, page.origin);
      if (url.origin !== page.origin) return undefined;
    } else {
      const safe = safeWebLink(raw);
      if (!safe) return undefined;
      url = new URL(safe);
    }
  } catch {
    return undefined;
  }
  let prefix = '';
  for (const name of Array.from(url.searchParams.keys())) {
    const m = DIRECTORY_PARAMETER.exec(name);
    if (m) { prefix = m[1]; break; }
  }
  return { pageUrl: cleanLink(url.toString(), ''), scope: { prefix } };
}

/** A link to "Find my liaison officer" with one directorate picked, as the directory itself would share it. */
export function directorateLinkAt(address: IOfficerDirectoryAddress, directorateId: number): string {
  return cleanLink(address.pageUrl, encodeOfficerUrl({ ...EMPTY_OFFICER_URL_STATE, mode: 'liaison', directorateId }, '', address.scope));
}

/** A link to "Find my liaison officer" with one service picked: the very link "Copy link" on that service gives. */
export function serviceLinkAt(address: IOfficerDirectoryAddress, serviceId: number): string {
  return serviceLink(address.pageUrl, serviceId, address.scope);
}
