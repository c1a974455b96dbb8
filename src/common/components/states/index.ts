export * from './LoadingState';
export * from './EmptyState';
export * from './ErrorState';
export * from './LoadFailure';
