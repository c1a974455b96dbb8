/**
 * The local SharePoint list emulator: the REST surface @pnp/sp v4 uses, over the lists the
 * shipped package (sharepoint/assets) creates, the documented permission set-up and a seed. `createEmulator` is the core (`handle(Request)`, `fetch`);
 * `startEmulatorServer` mounts it on node:http beside the preview page.
 */
export { createEmulator, DEFAULT_THRESHOLD, USER_HEADER, USER_COOKIE } from './emulator';
export { startEmulatorServer } from './server';
export type { IEmulatorServer, IEmulatorServerOptions, IFaultRequest } from './server';
export { DroppedConnectionError } from './types';
export type { Fault, IEmail, IEmulator, IEmulatorOptions, IFaultControl, IStoredItem, IStoredList, IStoreView } from './types';
export { SiteSecurity } from './security';
export { readPackagedLists, packagedLists } from './packagedSite';
