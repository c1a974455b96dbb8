export * from './types';
export * from './routeVisitRequest';
export * from './validateVisitDraft';
export * from './visitWarnings';
export * from './effectiveVisitState';
export * from './validateDecision';
export * from './visitTime';
export * from './registerAt';
