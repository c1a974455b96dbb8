export * from './IPostcodeUploadService';
export { SpPostcodeUploadService } from './SpPostcodeUploadService';
