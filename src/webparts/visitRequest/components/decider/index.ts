// A decider's screens: the two queues, what they decided, and the decision form.
export { DeciderVisits } from './DeciderVisits';
