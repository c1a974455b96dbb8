// A member's screens: the request form (its draft, checks and pickers) and their own requests.
export { MemberVisits } from './MemberVisits';
