// The settings strings every Hub web part shares are declared once, in common/hubStrings.ts.
declare type IVisitRequestWebPartStrings = import('../../../common/hubStrings').IHubSettingsStrings & {
  ComingSoon: string;
};

declare module 'VisitRequestWebPartStrings' {
  const strings: IVisitRequestWebPartStrings;
  export = strings;
}
