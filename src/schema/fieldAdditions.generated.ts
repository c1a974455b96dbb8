// Generated from src/schema and src/schema/releases by `npm run provisioning`; edit those, not this file.
/* eslint-disable */
import type { IFieldAddition } from './schemaChanges';

/** Fields the lists of an earlier release lack; Hub administration adds them (see tools/provisioning/upgradeActions.ts). */
export const FIELD_ADDITIONS: readonly IFieldAddition[] = [];
