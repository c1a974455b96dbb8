import type * as React from 'react';
import {
  type IPropertyPaneConfiguration, PropertyPaneCheckbox, PropertyPaneDropdown, PropertyPaneSlider
} from '@microsoft/sp-property-pane';
import * as strings from 'MemberDirectoryWebPartStrings';
import { HubWebPart } from '../../common/webpart/HubWebPart';
import { hubPropertyPane } from '../../common/webpart/hubPropertyPane';
import { modernGovSettingsGroup } from '../../common/webpart/modernGovSettingsGroup';
import { REFINER_KEYS } from '../../domain/members/refiners';
import { REFINER_LABELS } from './components/RefinerBar';
import { refinerFlagFor, wireMemberDirectory, type IMemberDirectoryWebPartProps } from './wireMemberDirectory';

export type { IMemberDirectoryWebPartProps };

export default class MemberDirectoryWebPart extends HubWebPart<IMemberDirectoryWebPartProps> {
  protected createElement(): React.ReactElement {
    return wireMemberDirectory(this.sp, this.instanceId, this.properties);
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
      groupFields: REFINER_KEYS.map(key => PropertyPaneCheckbox(refinerFlagFor(key), { text: REFINER_LABELS[key] }))
    }, modernGovSettingsGroup(strings, [
      PropertyPaneSlider('registerMonthsAfterTerm', { label: strings.RegisterMonthsFieldLabel, min: 0, max: 72, step: 1 })
    ])]);
  }
}
