// What the member's screens and the decider's screens both use.
export { DateWindowFields } from './DateWindowFields';
export { FieldProblem, ProblemList } from './FieldProblem';
export { attendeesNotToldText, notNotifiedEntryText, notNotifiedText } from './notificationText';
export { RequestHistory } from './RequestHistory';
export { LiveVisitWarnings, VisitFlags, VisitWarnings } from './VisitNotices';
export { VisitRequestSummary } from './VisitRequestSummary';
export { formatVisitWindow, formatWhen, localDateTime, toInputParts } from './visitDates';
export { useVisitStyles, type VisitClassNames } from './visitStyles';
