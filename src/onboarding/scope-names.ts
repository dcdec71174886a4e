import type { Text } from '../platform/i18n/locale.ts';
import { DATA_SCOPES, type DataScope } from '../register/service.ts';
import { scopeTexts } from './texts/scopes.ts';

export { DATA_SCOPES, isDataScope, type DataScope } from '../register/service.ts';

/** The register's data scopes as people read them (DESIGN.md, "Data scopes"). */
export const SCOPE_NAMES: Record<DataScope, Text> = scopeTexts.names;

/** What each scope holds, as a hint beside its checkbox. */
export const SCOPE_FIELDS: Record<DataScope, Text> = scopeTexts.fields;

export const SCOPES_IN_ORDER: readonly DataScope[] = DATA_SCOPES;
