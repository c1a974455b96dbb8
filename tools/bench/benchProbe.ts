/**
 * What the bench page exposes to the bench (window.__mohBench): timings taken inside the
 * page, so they do not include the bench's own round trips to the browser.
 */
export interface IPagePredicate {
  /** CSS selector inside the web part. */
  selector: string;
  /** Regular expression (source, case-insensitive) the element's text must match. */
  text?: string;
  /** Also require that nothing in the web part is aria-busy (loading). */
  notBusy?: boolean;
  /** Regular expression (source, case-insensitive) the web part's whole text must not match, e.g. a progress message. */
  notText?: string;
}

export interface IApiCall {
  url: string;
  method: string;
  startedAt: number;
  endedAt?: number;
  status?: number;
  bytes?: number;
  thresholdError?: boolean;
}

export interface IKeystrokeTiming {
  /** keydown to the paint after the last change it caused (or after its own handling when nothing changed). */
  latencyMs: number;
  changedDom: boolean;
  apiCalls: number;
  timedOut: boolean;
}

export interface IBenchProbe {
  /** performance.now() when the web parts started rendering (wiring, then React), as SharePoint calls render(). */
  renderStartedAt: number;
  /**
   * ms to the paint after the predicate first held, from render start or, with
   * since: 'click', from the last click after armClick().
   */
  waitFor(predicate: IPagePredicate, timeoutMs: number, since?: 'render' | 'click'): Promise<number>;
  armClick(): void;
  apiCalls(): IApiCall[];
  /** Call before pressing a key; settle() then times that keystroke. */
  armKeystroke(): void;
  settle(options: { quietMs: number; timeoutMs: number }): Promise<IKeystrokeTiming>;
}

export interface IBenchPageConfig {
  webUrl: string;
  formDigestValue: string;
  formDigestTimeoutSeconds: number;
  /** Preview web part ids to render, in order. */
  webParts: string[];
}

/** SharePoint's list view threshold error code, as it appears in an error body. */
export const THRESHOLD_ERROR_CODE = '-2147024860';
