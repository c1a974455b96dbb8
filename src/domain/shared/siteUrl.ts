/**
 * Why a "site holding the lists" setting cannot be used, or undefined when it can. Blank
 * means the page's own site. SharePoint Online sites are always https; PnPjs needs an
 * absolute URL, and a list or page address would make every request 404.
 */
export function siteUrlProblem(value: string | undefined): 'notAbsolute' | 'notHttps' | 'notASite' | undefined {
  const text = (value ?? '').trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'notAbsolute';
  }
  if (url.protocol !== 'https:') return 'notHttps';
  if (/\/(Lists|SitePages|Shared%20Documents|_layouts|_api)(\/|$)/i.test(url.pathname) || url.search || url.hash) return 'notASite';
  return undefined;
}
