export * from './fieldTypes';
export * from './lists';
export * from './rows';
export * from './queriedColumns';
export * from './permissionLevels';
export * from './sitePermissions';
