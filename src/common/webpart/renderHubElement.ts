import * as React from 'react';
import * as ReactDom from 'react-dom';
import { ThemeProvider, type PartialTheme } from '@fluentui/react/lib/Theme';

/** Renders waiting for their first turn, per DOM element: only the latest is made. */
const deferred = new WeakMap<Element, { element: React.ReactElement; theme: PartialTheme | undefined; rendered: Array<() => void> }>();
const mounted = new WeakSet<Element>();

/**
 * Renders a Hub web part's element into its DOM element, in the page's theme (always
 * wrapped, even before a theme arrives, so the tree and its state are stable).
 *
 * A web part's first render is cold: React and Fluent UI compile and build their styles,
 * hundreds of milliseconds on a busy machine. Wiring has already started the web part's
 * first read, but PnPjs sends nothing until two event-loop turns later (Queryable.execute
 * schedules itself with setTimeout, and a $batch executes, from another setTimeout, once
 * its parts have registered). So the first render waits those two turns: the request goes
 * out first and the render overlaps its round trip instead of delaying it. Later renders
 * (property or theme changes) are immediate.
 */
export function renderHubElement(element: React.ReactElement, domElement: Element, theme: PartialTheme | undefined,
  rendered?: () => void): void {
  const render = (e: React.ReactElement, t: PartialTheme | undefined): void => {
    ReactDom.render(React.createElement(ThemeProvider, { theme: t }, e), domElement);
  };
  const waiting = deferred.get(domElement);
  if (waiting) {
    waiting.element = element;
    waiting.theme = theme;
    if (rendered) waiting.rendered.push(rendered);
    return;
  }
  if (mounted.has(domElement)) {
    render(element, theme);
    rendered?.();
    return;
  }
  mounted.add(domElement);
  deferred.set(domElement, { element, theme, rendered: rendered ? [rendered] : [] });
  setTimeout(() => setTimeout(() => {
    const latest = deferred.get(domElement);
    if (!latest) return;
    deferred.delete(domElement);
    render(latest.element, latest.theme);
    for (const done of latest.rendered) done();
  }, 0), 0);
}

/** Unmounts what renderHubElement rendered, including a first render still waiting its turn. */
export function unmountHubElement(domElement: Element): void {
  deferred.delete(domElement);
  mounted.delete(domElement);
  ReactDom.unmountComponentAtNode(domElement);
}
