declare interface IVisitRequestWebPartStrings {
  PropertyPaneDescription: string;
  SettingsGroupName: string;
  TitleFieldLabel: string;
  SiteUrlFieldLabel: string;
  SiteUrlFieldDescription: string;
  SiteUrlInvalid: string;
  ComingSoon: string;
}

declare module 'VisitRequestWebPartStrings' {
  const strings: IVisitRequestWebPartStrings;
  export = strings;
}
