// Democratic Services' screens: every request, and why those nobody can decide are waiting.
export { AllVisitRequests } from './AllVisitRequests';
