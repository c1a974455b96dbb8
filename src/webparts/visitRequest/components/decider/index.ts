// A decider's (and Democratic Services') screens: the queue and the decision form.
export { DeciderVisits } from './DeciderVisits';
