export * from './IMemberDirectoryService';
export { SpMemberDirectoryService } from './SpMemberDirectoryService';
