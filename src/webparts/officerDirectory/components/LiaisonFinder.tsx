import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Label } from '@fluentui/react/lib/Label';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import * as strings from 'OfficerDirectoryWebPartStrings';
import { EmptyState } from '../../../common/components/states/EmptyState';
import { formatText } from '../../../domain/shared/formatText';
import { findLiaisonOfficers } from '../../../domain/officers/findLiaisonOfficers';
import { findCountyServices } from '../../../domain/officers/findCountyServices';
import type { IOfficerUrlState } from '../../../domain/officers/officerUrlState';
import type { UrlStateUpdate } from '../../../common/hooks/useUrlState';
import { useTypedText } from '../../../common/hooks/useTypedText';
import type { IOfficerDirectoryData } from '../../../domain/officers/types';
import { useOfficerStyles } from './officerStyles';
import { ServiceLiaisonCard } from './ServiceLiaisonCard';
import { CountyServicesPanel } from './CountyServicesPanel';

export interface ILiaisonFinderProps {
  data: IOfficerDirectoryData;
  urlState: IOfficerUrlState;
  onUrlStateChange: UrlStateUpdate<IOfficerUrlState>;
  today: string;
  reviewMonths: number;
  responseStandard: string;
  pageSize: number;
  idPrefix: string;
  onOpen: (officerId: number) => void;
  linkToService: (serviceId: number) => string;
}

const ALL = 'all';
/**
 * How many of the services a topic finds open at once: the best matches. A first letter
 * finds a dozen services, and opening them all buried the answer (and cost a keystroke
 * most of its time).
 */
const OPEN_BEST_MATCHES = 3;

function countText(count: number): string {
  if (count === 0) return strings.ServiceCountNone;
  return count === 1 ? strings.ServiceCountOne : formatText(strings.ServiceCountMany, count);
}

/** "Find my liaison officer": pick a service or directorate, or type a topic. */
export function LiaisonFinder(props: ILiaisonFinderProps): React.ReactElement {
  const classes = useOfficerStyles();
  const { data, urlState, onUrlStateChange: update } = props;
  // The topic typed is held here and handed to the directory's shared state once typing
  // pauses: a key re-renders the services found, not the tabs and panel around them.
  const commitTopic = React.useCallback((topic: string) => update({ topic }), [update]);
  const { text: topic, type, commitNow } = useTypedText(urlState.topic, commitTopic);
  const results = React.useMemo(
    () => findLiaisonOfficers(data, { topic, serviceId: urlState.serviceId, directorateId: urlState.directorateId }),
    [data, topic, urlState.serviceId, urlState.directorateId]
  );
  // What another council handles: beneath this council's matches, or in place of "no service matches".
  const county = React.useMemo(() => findCountyServices(data.countyServices ?? [], topic), [data.countyServices, topic]);
  const [visible, setVisible] = React.useState(props.pageSize);
  React.useEffect(() => setVisible(props.pageSize), [props.pageSize, topic, urlState.serviceId, urlState.directorateId]);
  // "Show more" moves keyboard focus to the first service it revealed, once it is rendered.
  const [focusHeading, setFocusHeading] = React.useState<string | undefined>(undefined);
  React.useEffect(() => {
    if (!focusHeading || typeof document === 'undefined') return;
    document.getElementById(focusHeading)?.focus();
    setFocusHeading(undefined);
  }, [focusHeading, visible]);
  const headingId = (serviceId: number): string => `${props.idPrefix}-service-${serviceId}`;
  // Services fold to a line each (every one open ran to 16,000 px); a chosen service and the
  // best matches for a topic open, and a person can open or close any of them.
  const found = topic.trim() !== '' || urlState.serviceId !== undefined;
  const opensByDefault = (position: number): boolean => found && position < OPEN_BEST_MATCHES;
  const [toggled, setToggled] = React.useState<ReadonlySet<number>>(new Set());
  React.useEffect(() => setToggled(new Set()), [topic, urlState.serviceId, urlState.directorateId]);
  const toggle = React.useCallback((serviceId: number): void => setToggled(previous => {
    const next = new Set(previous);
    if (!next.delete(serviceId)) next.add(serviceId);
    return next;
  }), []);

  const directorateOptions: IDropdownOption[] = [
    { key: ALL, text: strings.AllDirectorates }, ...data.directorates.map(d => ({ key: String(d.id), text: d.name }))
  ];
  const serviceOptions: IDropdownOption[] = [
    { key: ALL, text: strings.AllServices },
    ...data.services.filter(s => urlState.directorateId === undefined || s.directorateId === urlState.directorateId)
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB')).map(s => ({ key: String(s.id), text: s.name }))
  ];
  const topicId = `${props.idPrefix}-topic`;
  const chosen = topic.trim() !== '' || urlState.serviceId !== undefined || urlState.directorateId !== undefined;
  const clear = (): void => {
    commitNow('');
    update({ serviceId: undefined, directorateId: undefined });
  };
  const shown = results.slice(0, visible);

  return (
    <div>
      <div className={classes.toolbar} role="search" aria-label={strings.ModeLiaison}>
        <div className={classes.grow}>
          <Label htmlFor={topicId}>{strings.TopicLabel}</Label>
          <SearchBox id={topicId} value={topic} placeholder={strings.TopicPlaceholder}
            onChange={(_e, value) => type(value ?? '')} onClear={() => commitNow('')} />
        </div>
        <Dropdown className={classes.field} label={strings.DirectorateLabel} options={directorateOptions}
          selectedKey={urlState.directorateId === undefined ? ALL : String(urlState.directorateId)}
          onChange={(_e, option) => {
            if (!option) return;
            const directorateId = option.key === ALL ? undefined : Number(option.key);
            const service = data.services.find(s => s.id === urlState.serviceId);
            // A service from another directorate would leave nothing to show.
            update({ directorateId, serviceId: directorateId !== undefined && service?.directorateId !== directorateId ? undefined : urlState.serviceId });
          }} />
        <Dropdown className={classes.field} label={strings.ServiceLabel} options={serviceOptions}
          selectedKey={urlState.serviceId === undefined ? ALL : String(urlState.serviceId)}
          onChange={(_e, option) => option && update({ serviceId: option.key === ALL ? undefined : Number(option.key) })} />
        {chosen && <DefaultButton text={strings.ClearChoices} onClick={clear} />}
      </div>
      <div className={classes.resultsMeta}>
        <span className={classes.count} role="status" aria-live="polite">
          {county.length
            ? formatText(results.length ? strings.CountyAlsoStatus : strings.CountyStatus, countText(results.length), county.map(g => g.council).join(', '))
            : countText(results.length)}
        </span>
      </div>
      {results.length === 0 && county.length === 0
        ? <EmptyState title={strings.NoServiceTitle} message={strings.NoServiceMessage} actionLabel={strings.ClearChoices} onAction={clear} />
        : shown.map((liaison, position) => (
          <ServiceLiaisonCard key={liaison.service.id} liaison={liaison} today={props.today} reviewMonths={props.reviewMonths}
            responseStandard={props.responseStandard} onOpen={props.onOpen} headingId={headingId(liaison.service.id)}
            link={props.linkToService(liaison.service.id)} expanded={opensByDefault(position) !== toggled.has(liaison.service.id)}
            onToggle={toggle} />
        ))}
      {results.length > shown.length && (
        <div className={classes.showMore}>
          <p className={classes.secondary}>{formatText(strings.ShowingCount, shown.length, results.length)}</p>
          <DefaultButton text={formatText(strings.ShowMore, Math.min(props.pageSize, results.length - shown.length))}
            onClick={() => {
              const firstNew = results[visible];
              setVisible(v => v + props.pageSize);
              if (firstNew) setFocusHeading(headingId(firstNew.service.id));
            }} />
        </div>
      )}
      {county.length > 0 && <CountyServicesPanel groups={county} topic={topic} idPrefix={props.idPrefix} />}
    </div>
  );
}
