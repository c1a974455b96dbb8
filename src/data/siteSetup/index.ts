export * from './ISiteSetupService';
export { SpSiteSetupService } from './SpSiteSetupService';
