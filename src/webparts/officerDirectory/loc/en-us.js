// British English; SharePoint falls back to this file for every locale, en-GB included.
define([], function () {
  return {
    "PropertyPaneDescription": "Find the right officer and each service's Councillor Liaison Officers.",
    "SettingsGroupName": "Settings",
    "TitleFieldLabel": "Title",
    "SiteUrlFieldLabel": "Site holding the Hub lists",
    "SiteUrlInvalid": "Enter the full https:// address of a SharePoint site (not a list or page), or leave this blank.",
    "SiteUrlFieldDescription": "Full address of the site, e.g. https://council.sharepoint.com/sites/members. Leave blank to use this site.",
    "ComingSoon": "The officer directory will appear here."
  };
});
