import {
  type IPropertyPaneConfiguration, type IPropertyPaneField, type IPropertyPaneGroup, PropertyPaneTextField
} from '@microsoft/sp-property-pane';
import { siteUrlProblem } from '../../domain/shared/siteUrl';
import type { IHubSettingsStrings } from './hubStrings';

export type { IHubSettingsStrings };

/**
 * The one property pane page the Hub web parts share: title, then the web part's own
 * settings, then the site holding the lists (checked as it is typed), then any extra groups.
 */
export function hubPropertyPane(
  strings: IHubSettingsStrings,
  ownFields: IPropertyPaneField<unknown>[] = [],
  extraGroups: IPropertyPaneGroup[] = []
): IPropertyPaneConfiguration {
  return {
    pages: [{
      header: { description: strings.PropertyPaneDescription },
      groups: [{
        groupName: strings.SettingsGroupName,
        groupFields: [
          PropertyPaneTextField('title', { label: strings.TitleFieldLabel }),
          ...ownFields,
          PropertyPaneTextField('siteUrl', {
            label: strings.SiteUrlFieldLabel,
            description: strings.SiteUrlFieldDescription,
            deferredValidationTime: 800,
            onGetErrorMessage: (value: string) => (siteUrlProblem(value) ? strings.SiteUrlInvalid : '')
          })
        ]
      }, ...extraGroups]
    }]
  };
}
