export * from './IVisitRequestService';
export { SpVisitRequestService, type IVisitServiceOptions } from './SpVisitRequestService';
