import * as React from 'react';
import {
  type IPropertyPaneConfiguration, PropertyPaneCheckbox, PropertyPaneDropdown, PropertyPaneSlider
} from '@microsoft/sp-property-pane';
import * as strings from 'MemberDirectoryWebPartStrings';
import { HubWebPart, type IHubWebPartProps } from '../../common/HubWebPart';
import { hubPropertyPane } from '../../common/hubPropertyPane';
import { REFINER_KEYS, type RefinerKey } from '../../domain/members/refiners';
import type { IMemberDirectoryService } from '../../data/members/IMemberDirectoryService';
import { SpMemberDirectoryService } from '../../data/members/SpMemberDirectoryService';
import { MemberDirectory } from './components/MemberDirectory';
import { REFINER_LABELS } from './components/RefinerBar';

/** Which refiners show, one flag each, because the property pane binds a checkbox to one property. */
type RefinerFlags = { [K in RefinerKey as `show${Capitalize<K>}Refiner`]?: boolean };

export interface IMemberDirectoryWebPartProps extends IHubWebPartProps, RefinerFlags {
  title: string;
  defaultView: 'cards' | 'list';
  pageSize: number;
}

const flagFor = (key: RefinerKey): keyof RefinerFlags =>
  `show${key.charAt(0).toUpperCase()}${key.slice(1)}Refiner` as keyof RefinerFlags;

export default class MemberDirectoryWebPart extends HubWebPart<IMemberDirectoryWebPartProps> {
  private service: IMemberDirectoryService | undefined;
  private serviceSite: string | undefined;

  /** One service per configured site, so a re-render does not refetch; a new site URL does. */
  private get directoryService(): IMemberDirectoryService {
    const site = this.properties.siteUrl?.trim() ?? '';
    if (!this.service || this.serviceSite !== site) {
      this.service = new SpMemberDirectoryService(this.sp);
      this.serviceSite = site;
    }
    return this.service;
  }

  protected createElement(): React.ReactElement {
    const p = this.properties;
    return React.createElement(MemberDirectory, {
      title: p.title ?? '',
      service: this.directoryService,
      defaultView: p.defaultView === 'list' ? 'list' : 'cards',
      pageSize: p.pageSize > 0 ? p.pageSize : 24,
      // A refiner shows unless its box was unticked (new refiners appear on old pages).
      refiners: REFINER_KEYS.filter(key => p[flagFor(key)] !== false)
    });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return hubPropertyPane(strings, [
      PropertyPaneDropdown('defaultView', {
        label: strings.DefaultViewFieldLabel,
        options: [{ key: 'cards', text: strings.LayoutCards }, { key: 'list', text: strings.LayoutList }]
      }),
      PropertyPaneSlider('pageSize', { label: strings.PageSizeFieldLabel, min: 6, max: 96, step: 6 })
    ], [{
      groupName: strings.RefinersGroupName,
      groupFields: REFINER_KEYS.map(key => PropertyPaneCheckbox(flagFor(key), { text: REFINER_LABELS[key] }))
    }]);
  }
}
