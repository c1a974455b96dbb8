/**
 * Strings every Hub web part's loc file has, declared once. Each web part's mystrings.d.ts
 * intersects the groups it uses; a unit test checks each loc file against them.
 */

/** The settings every web part shares (hubPropertyPane). */
export interface IHubSettingsStrings {
  PropertyPaneDescription: string;
  SettingsGroupName: string;
  TitleFieldLabel: string;
  SiteUrlFieldLabel: string;
  SiteUrlFieldDescription: string;
  SiteUrlInvalid: string;
}

/** What a web part says when its lists could not be read (LoadFailure). */
export interface IHubStateStrings {
  ErrorTitle: string;
  ErrorNetworkMessage: string;
  /** Takes SharePoint's own message as its first placeholder. */
  ErrorUnknownMessage: string;
  ErrorForbiddenMessage: string;
  ListsMissingTitle: string;
  ListsMissingMessage: string;
  SchemaOutdatedTitle: string;
  SchemaOutdatedMessage: string;
  Retry: string;
}

/** The council's ModernGov site, set on the member directory and Hub administration alike (modernGovSettingsGroup). */
export interface IModernGovSettingsStrings {
  ModernGovGroupName: string;
  ModernGovSiteFieldLabel: string;
  ModernGovSiteFieldDescription: string;
  ModernGovSiteInvalid: string;
}
