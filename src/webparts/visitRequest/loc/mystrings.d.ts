// The settings strings every Hub web part shares are declared once, in hubPropertyPane.ts.
declare type IVisitRequestWebPartStrings = import('../../../common/hubPropertyPane').IHubSettingsStrings & {
  ComingSoon: string;
};

declare module 'VisitRequestWebPartStrings' {
  const strings: IVisitRequestWebPartStrings;
  export = strings;
}
