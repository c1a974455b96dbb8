/**
 * Links built from stored text. Anything a list holds may have been written through the
 * REST API, so text becomes a link only when it is what it claims to be.
 */

// RFC 5322 "dot-atom" local part and a dotted host name: what council addresses look like.
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** True for a single plain address such as jo.bloggs@example-council.gov.uk. */
export function isEmailAddress(value: string | undefined): value is string {
  if (!value || value.length > 254) return false;
  const at = value.lastIndexOf('@');
  if (at <= 0) return false;
  const local = value.slice(0, at);
  return local.length <= 64 && LOCAL_PART.test(local) && DOMAIN.test(value.slice(at + 1));
}

/**
 * A mailto: link for one address, or undefined when the text is not an address. The local
 * part is percent-encoded (RFC 6068), so characters such as ? & = cannot add recipients,
 * a subject or a body to the message.
 */
export function mailtoHref(address: string | undefined): string | undefined {
  const trimmed = address?.trim();
  if (!isEmailAddress(trimmed)) return undefined;
  const at = trimmed.lastIndexOf('@');
  return `mailto:${encodeURIComponent(trimmed.slice(0, at))}@${trimmed.slice(at + 1)}`;
}

/** A tel: link only for text that is a phone number (digits with spaces, +, brackets, hyphens). */
export function telHref(n: string | undefined): string | undefined {
  if (!n || !/^\+?[\d ()-]+$/.test(n.trim())) return undefined;
  const digits = n.replace(/[^\d+]/g, '');
  return digits.replace(/\D/g, '').length >= 3 ? `tel:${digits}` : undefined;
}

const USER_PHOTO_PATH = '/_layouts/15/userphoto.aspx';

/**
 * A photo address the directory may load, or undefined (show initials). Accepted: SharePoint's
 * user photo endpoint on the site's own host (as a site-relative address or absolute), any
 * https address on the tenant (the site's host, or its OneDrive "-my" host), and https
 * addresses on `otherHosts` the web part was configured with (the council's ModernGov site,
 * where imported photos live). Anything else
 * (http, other hosts, data: or javascript: addresses) would let stored text make every
 * reader's browser fetch from wherever it says.
 */
export function safePhotoUrl(value: string | undefined, siteUrl: string, otherHosts: readonly string[] = []): string | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  let site: URL;
  let url: URL;
  try {
    site = new URL(siteUrl);
    url = new URL(raw, site);
  } catch {
    return undefined;
  }
  const relative = raw.startsWith('/') && !raw.startsWith('//');
  if (relative) return url.pathname.toLowerCase() === USER_PHOTO_PATH ? url.toString() : undefined;
  if (url.protocol !== 'https:' || url.username || url.password) return undefined;
  const host = url.hostname.toLowerCase();
  const siteHost = site.hostname.toLowerCase();
  const tenant = /^([a-z0-9-]+)\.sharepoint\.com$/.exec(siteHost);
  const tenantHosts = [siteHost, ...(tenant ? [`${tenant[1]}-my.sharepoint.com`] : [])];
  return tenantHosts.includes(host) || otherHosts.some(h => h.toLowerCase() === host) ? url.toString() : undefined;
}

/** The host of a configured https site (e.g. the council's ModernGov site), for safePhotoUrl's `otherHosts`. */
export function httpsHostOf(site: string | undefined): string | undefined {
  try {
    const url = new URL((site ?? '').trim());
    return url.protocol === 'https:' && !url.username && !url.password ? url.hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A link to a web page stored as text, or undefined: only an absolute https address, so
 * stored text can never become a javascript: or data: link.
 */
export function safeWebLink(value: string | undefined): string | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && !url.username && !url.password ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A SharePoint list form for one item (`EditForm.aspx?ID=7`) or for a new one
 * (`NewForm.aspx`), on the site holding the list; undefined when the site is not an http(s)
 * address or the id is not an item id. `returnTo` becomes `Source`, where SharePoint goes
 * after Save or Cancel, and only when it is on the site's own host: an address from
 * elsewhere would make the form a redirect to anywhere.
 */
export function listFormUrl(siteUrl: string, listUrl: string, item: { id: number } | 'new', returnTo?: string): string | undefined {
  let site: URL;
  try {
    site = new URL(siteUrl.trim());
  } catch {
    return undefined;
  }
  if ((site.protocol !== 'https:' && site.protocol !== 'http:') || site.username || site.password) return undefined;
  if (item !== 'new' && !(Number.isSafeInteger(item.id) && item.id > 0)) return undefined;
  const path = listUrl.split('/').map(encodeURIComponent).join('/');
  const form = new URL(`${site.origin}${site.pathname.replace(/\/+$/, '')}/${path}/${item === 'new' ? 'NewForm' : 'EditForm'}.aspx`);
  if (item !== 'new') form.searchParams.set('ID', String(item.id));
  try {
    if (returnTo && new URL(returnTo).origin === site.origin) form.searchParams.set('Source', returnTo);
  } catch {
    // Not an address: the form returns to the list instead.
  }
  return form.toString();
}
