export * from './IOfficerDirectoryService';
export { SpOfficerDirectoryService } from './SpOfficerDirectoryService';
