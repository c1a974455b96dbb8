/**
 * A web part's first read, started when the web part is wired rather than after React's
 * first render: on a busy page that render (Fluent's styles, the loading state) takes
 * hundreds of milliseconds, and the request can be on the wire meanwhile. `useDataLoad`
 * takes the pending promise on its first run; a retry or a later mount reads afresh, so
 * nothing stale is ever shown.
 */
export interface IStartedLoad<T> {
  /** The pending read, the first time only; `undefined` afterwards. */
  take(): Promise<T> | undefined;
}

export function startLoad<T>(load: () => Promise<T>): IStartedLoad<T> {
  let pending: Promise<T> | undefined;
  try {
    pending = load();
  } catch (error) {
    pending = Promise.reject(error);
  }
  // Whoever takes it hears a failure; until then it must not count as unhandled.
  pending.catch(() => undefined);
  return {
    take: () => {
      const taken = pending;
      pending = undefined;
      return taken;
    }
  };
}

/**
 * One started read per service and web part instance. SPFx calls a web part's render()
 * again on every property-pane or theme change; those re-renders find the read already
 * started (and taken) and start no other. A different service (the web part pointed at
 * another site) gets its own.
 */
export class StartedLoads<TService extends object, T> {
  private readonly started = new WeakMap<TService, Map<string, IStartedLoad<T>>>();
  private readonly load: (service: TService) => Promise<T>;

  public constructor(load: (service: TService) => Promise<T>) {
    this.load = load;
  }

  public for(service: TService, instanceId: string): IStartedLoad<T> {
    let byInstance = this.started.get(service);
    if (!byInstance) {
      byInstance = new Map();
      this.started.set(service, byInstance);
    }
    let found = byInstance.get(instanceId);
    if (!found) {
      found = startLoad(() => this.load(service));
      byInstance.set(instanceId, found);
    }
    return found;
  }
}
