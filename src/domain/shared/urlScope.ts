/**
 * Where one web part instance keeps its state in the page's query string. Several web
 * parts on one page share `window.location`, so each instance's parameters carry a short
 * prefix taken from its instance id (`4f2a9c.q=planning`); without one, two directories
 * would read and overwrite each other's search.
 */
export interface IUrlScope {
  /** Put before every parameter name, e.g. "4f2a9c."; blank = unscoped. */
  prefix: string;
}

export const UNSCOPED: IUrlScope = { prefix: '' };

/** A short, stable prefix from a web part's instance id (a GUID in SharePoint). */
export function urlScopeFor(instanceId: string): IUrlScope {
  const compact = instanceId.replace(/[^0-9a-z]/gi, '').toLowerCase().slice(0, 6);
  return { prefix: compact ? `${compact}.` : '' };
}

/** Reads one instance's parameters out of a query string. */
export class ScopedParamsReader {
  private readonly params: URLSearchParams;
  private readonly prefix: string;

  public constructor(search: string, scope: IUrlScope) {
    this.params = new URLSearchParams(search);
    this.prefix = scope.prefix;
  }

  public get(name: string): string | undefined {
    return this.params.get(this.prefix + name) ?? undefined;
  }

  public getAll(name: string): string[] {
    return this.params.getAll(this.prefix + name);
  }
}

/** Writes one instance's parameters into a query string, keeping everyone else's. */
export class ScopedParamsWriter {
  private readonly params: URLSearchParams;
  private readonly prefix: string;

  public constructor(currentSearch: string, scope: IUrlScope, ownNames: readonly string[]) {
    this.params = new URLSearchParams(currentSearch);
    this.prefix = scope.prefix;
    for (const name of ownNames) this.params.delete(scope.prefix + name);
  }

  public set(name: string, value: string): void {
    this.params.set(this.prefix + name, value);
  }

  public append(name: string, value: string): void {
    this.params.append(this.prefix + name, value);
  }

  /** "?a=1&b=2", or "" when nothing is left. */
  public toSearch(): string {
    const text = this.params.toString();
    return text ? `?${text}` : '';
  }
}

/**
 * The page's address with only `search` after it: what a shared link to one thing (a
 * profile, a service) should carry, without the filters and other web parts' state the
 * sharer happened to have set, or a fragment.
 */
export function cleanLink(pageUrl: string, search: string): string {
  const url = new URL(pageUrl);
  url.search = search;
  url.hash = '';
  return url.toString();
}
