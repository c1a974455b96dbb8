import type * as React from 'react';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import type { SPFI } from '@pnp/sp';
import { getSP } from '../../data/sp';
import { renderHubElement, unmountHubElement } from './renderHubElement';

/** Properties every Hub web part has: where its lists live. */
export interface IHubWebPartProps {
  /** Absolute URL of the site that holds the Hub lists; blank means the page's own site. */
  siteUrl?: string;
}

/**
 * Wiring shared by the four web parts: theme, PnPjs for the configured site, React
 * mount and unmount. Subclasses only say which element to render.
 */
export abstract class HubWebPart<TProps extends IHubWebPartProps> extends BaseClientSideWebPart<TProps> {
  protected theme: IReadonlyTheme | undefined;

  protected get sp(): SPFI {
    return getSP(this.context, this.properties.siteUrl);
  }

  protected abstract createElement(): React.ReactElement;

  // The first render waits for the requests wiring started (see renderHubElement), so SPFx
  // is told when each render has actually happened.
  protected get isRenderAsync(): boolean {
    return true;
  }

  public render(): void {
    renderHubElement(this.createElement(), this.domElement, this.theme as PartialTheme | undefined, () => this.renderCompleted());
  }

  // Fluent components take the page's theme (incl. section backgrounds) from here rather
  // than from SharePoint's internal globals, so variants and dark sections render right.
  protected onThemeChanged(currentTheme: IReadonlyTheme | undefined): void {
    this.theme = currentTheme;
    if (this.renderedOnce) this.render();
  }

  protected onDispose(): void {
    unmountHubElement(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
