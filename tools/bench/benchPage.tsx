import { getSP } from '../../src/data/sp';
import { renderHubElement } from '../../src/common/webpart/renderHubElement';
import { PREVIEW_WEB_PARTS } from '../preview/previewWebParts';
import { initializeIcons } from '@fluentui/react/lib/Icons';
import {
  THRESHOLD_ERROR_CODE, type IApiCall, type IBenchPageConfig, type IBenchProbe, type IKeystrokeTiming, type IPagePredicate
} from './benchProbe';

/**
 * The bench's page: the chosen web parts alone, wired as on the preview page and rendered as
 * HubWebPart renders them on SharePoint, built
 * minified for production (React's development checks would dominate keystroke timings).
 * The digest arrives with the page, as on SharePoint, so every /_api/ call it makes is the
 * web parts' own.
 */
declare global {
  interface Window {
    __mohBenchConfig?: IBenchPageConfig;
    __mohBench?: IBenchProbe;
  }
}

const calls: IApiCall[] = [];
let inFlight = 0;
let lastMutationAt = 0;
let lastPaintAt = 0;
let keyAt: number | undefined;
let callsAtKey = 0;
let mutatedSinceKey = false;
let clickAt: number | undefined;

const realFetch = window.fetch.bind(window);
window.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (url.indexOf('/_api/') < 0) return realFetch(input, init);
  const call: IApiCall = { url, method: init?.method ?? (input instanceof Request ? input.method : 'GET'), startedAt: performance.now() };
  calls.push(call);
  inFlight++;
  try {
    const response = await realFetch(input, init);
    const body = await response.clone().text();
    call.status = response.status;
    call.bytes = new TextEncoder().encode(body).length;
    call.thresholdError = body.indexOf(THRESHOLD_ERROR_CODE) >= 0;
    return response;
  } finally {
    call.endedAt = performance.now();
    inFlight--;
  }
};

/** Resolves at the first frame after now: when what was just rendered is on screen. */
function nextPaint(): Promise<number> {
  return new Promise(resolve => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
}

function holds(root: Element, p: IPagePredicate): boolean {
  const pattern = p.text ? new RegExp(p.text, 'i') : undefined;
  const found = Array.from(root.querySelectorAll(p.selector)).some(e => !pattern || pattern.test(e.textContent ?? ''));
  return found && (!p.notBusy || root.querySelector('[aria-busy="true"]') === null)
    && (!p.notText || !new RegExp(p.notText, 'i').test(root.textContent ?? ''));
}

function boot(): void {
  const config = window.__mohBenchConfig;
  const root = document.getElementById('root');
  if (!config || !root) throw new Error('bench page: no configuration or root element');
  new MutationObserver(() => {
    lastMutationAt = performance.now();
    if (keyAt !== undefined) mutatedSinceKey = true;
    nextPaint().then(t => { lastPaintAt = t; }, () => undefined);
  }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  document.addEventListener('click', e => {
    if (clickAt === undefined) clickAt = e.timeStamp;
  }, { capture: true });
  document.addEventListener('keydown', e => {
    if (keyAt === undefined) keyAt = e.timeStamp;
    nextPaint().then(t => { lastPaintAt = Math.max(lastPaintAt, t); }, () => undefined);
  }, { capture: true });

  // As on SharePoint, Fluent's icons are glyphs of the MDL2 icon font, laid out and painted
  // as text (the preview's SVG stand-ins cost a keystroke far more than SharePoint's glyphs).
  // The font itself is on Microsoft's CDN, out of reach here: the glyphs fall back, same size.
  initializeIcons('/_bench-fonts/', { disableWarnings: true });
  const sp = getSP({
    pageContext: {
      web: { absoluteUrl: config.webUrl },
      legacyPageContext: { formDigestValue: config.formDigestValue, formDigestTimeoutSeconds: config.formDigestTimeoutSeconds }
    }
  });
  const parts = PREVIEW_WEB_PARTS.filter(p => config.webParts.indexOf(p.id) >= 0);
  const probe: IBenchProbe = {
    renderStartedAt: performance.now(),
    armClick: () => { clickAt = undefined; },
    waitFor: (predicate, timeoutMs, since = 'render') => new Promise((resolve, reject) => {
      const check = (): boolean => {
        if (!holds(root, predicate)) return false;
        observer.disconnect();
        clearTimeout(timer);
        const from = since === 'click' ? clickAt ?? probe.renderStartedAt : probe.renderStartedAt;
        nextPaint().then(t => resolve(t - from), reject);
        return true;
      };
      const observer = new MutationObserver(() => { check(); });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`not seen within ${timeoutMs} ms: ${predicate.selector} ${predicate.text ?? ''}`));
      }, timeoutMs);
      if (!check()) observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    }),
    apiCalls: () => calls.map(c => ({ ...c })),
    armKeystroke: () => {
      keyAt = undefined;
      mutatedSinceKey = false;
      callsAtKey = calls.length;
    },
    settle: ({ quietMs, timeoutMs }) => new Promise<IKeystrokeTiming>(resolve => {
      const armedAt = performance.now();
      const poll = (): void => {
        const now = performance.now();
        const timedOut = now - armedAt > timeoutMs;
        const quiet = keyAt !== undefined && lastPaintAt >= keyAt && inFlight === 0 && now - Math.max(lastMutationAt, keyAt) >= quietMs && lastPaintAt >= lastMutationAt;
        if (!quiet && !timedOut) {
          setTimeout(poll, 10);
          return;
        }
        const start = keyAt ?? armedAt;
        resolve({ latencyMs: lastPaintAt - start, changedDom: mutatedSinceKey, apiCalls: calls.length - callsAtKey, timedOut: !quiet });
      };
      poll();
    })
  };
  window.__mohBench = probe;
  // As HubWebPart.render(): each web part wired first (starting its reads), then rendered
  // into its own element by the same function SharePoint's web part class uses.
  for (const { id, Render } of parts) {
    const element = Render({ sp, webUrl: config.webUrl });
    const domElement = document.createElement('div');
    domElement.setAttribute('data-webpart', id);
    root.appendChild(domElement);
    renderHubElement(element, domElement, undefined);
  }
}

boot();
