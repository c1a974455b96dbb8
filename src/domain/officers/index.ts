export * from './types';
export * from './officerIndex';
export * from './searchOfficers';
export * from './findLiaisonOfficers';
export * from './findCountyServices';
export * from './reviewStatus';
export * from './officerUrlState';
export * from './validateLiaisonProfile';
