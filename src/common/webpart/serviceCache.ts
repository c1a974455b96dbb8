import type { SPFI } from '@pnp/sp';

/**
 * One service per site, and per setting that changes what the service reads, shared by every
 * instance of a web part on the page and kept across renders: a new service would read the
 * site again and drop what it has loaded. getSP caches one SPFI per site, so the SPFI is
 * the site's key. `page` carries what the page gives every instance alike (e.g. its Graph
 * client): it is used when the service is made, never part of the key.
 */
export function serviceCache<TService, TSetting extends string | number = string, TPage = void>(
  create: (sp: SPFI, setting: TSetting, page: TPage) => TService
): (sp: SPFI, setting: TSetting, page: TPage) => TService {
  const bySite = new WeakMap<SPFI, Map<TSetting, TService>>();
  return (sp, setting, page) => {
    let bySetting = bySite.get(sp);
    if (!bySetting) {
      bySetting = new Map();
      bySite.set(sp, bySetting);
    }
    let service = bySetting.get(setting);
    if (service === undefined) {
      service = create(sp, setting, page);
      bySetting.set(setting, service);
    }
    return service;
  };
}
