// Runtime checks for every argument that crosses the bridge. Main runs these on values typed
// `unknown`, because a compromised renderer can send anything; the TypeScript types in ./api.ts
// say what an honest renderer sends, these schemas enforce it.
import { z } from '../model/zod';
import { FORBIDDEN_KEYS } from '../model/forbidden-keys';
import { LANGUAGES } from '../model/languages';
import { MENU_COMMANDS, type DrafterApi, type SubscriptionMethod } from './api';

export const BRIDGE_LIMITS = {
  /** Largest file the app reads or writes in one call (a 60,000-word draft is a few MB). */
  maxFileBytes: 64 * 1024 * 1024,
  maxFileNameLength: 255,
  maxFilterNameLength: 120,
  maxFilters: 10,
  maxExtensionsPerFilter: 20,
  maxUrlLength: 2048,
  /** Most files one open dialog may hand over at once (their bytes travel in one message). */
  maxOpenFiles: 20,
  /** A backup is one .normdraft file (see MAX_NORMDRAFT_BYTES). */
  maxBackupBytes: 32 * 1024 * 1024,
  /** How deep the forbidden-key scan descends before refusing the value outright. */
  maxDepth: 8,
} as const;

// Control characters and path separators make no sense in a suggested file name.
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME_CHARS = /[\u0000-\u001f\u007f/\\]/;

export const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(BRIDGE_LIMITS.maxFilterNameLength),
  extensions: z
    .array(z.string().regex(/^[A-Za-z0-9]{1,16}$/, 'extensions are letters and digits, without the dot'))
    .min(1)
    .max(BRIDGE_LIMITS.maxExtensionsPerFilter),
});

const filtersSchema = z.array(fileFilterSchema).max(BRIDGE_LIMITS.maxFilters);

const bytesSchema = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, 'data must be bytes (Uint8Array)')
  .refine((data) => data.byteLength <= BRIDGE_LIMITS.maxFileBytes, {
    message: `data exceeds ${BRIDGE_LIMITS.maxFileBytes} bytes`,
  });

export const saveFileRequestSchema = z.strictObject({
  suggestedName: z
    .string()
    .min(1)
    .max(BRIDGE_LIMITS.maxFileNameLength)
    .refine((name) => !UNSAFE_NAME_CHARS.test(name), 'suggestedName must be a plain file name'),
  filters: filtersSchema,
  data: bytesSchema,
});

export const openFileRequestSchema = z.strictObject({
  filters: filtersSchema,
  maxBytes: z.number().int().positive().max(BRIDGE_LIMITS.maxFileBytes),
});

export const openFilesRequestSchema = openFileRequestSchema.extend({
  maxFiles: z.number().int().positive().max(BRIDGE_LIMITS.maxOpenFiles),
});

/** Names Windows reserves for devices, whatever the case: never usable as a folder name. */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** Draft ids as the model allows them, and usable as a folder name on every system: they name a folder in the backups directory. */
export const backupDraftIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,128}$/, 'draftId must be letters, digits, "-" and "_"')
  .refine((id) => !WINDOWS_DEVICE_NAME.test(id), 'draftId must not be a device name');

export const writeBackupRequestSchema = z.strictObject({
  draftId: backupDraftIdSchema,
  data: bytesSchema.refine((data) => data.byteLength <= BRIDGE_LIMITS.maxBackupBytes, {
    message: `data exceeds ${BRIDGE_LIMITS.maxBackupBytes} bytes`,
  }),
});

export const readBackupRequestSchema = z.strictObject({
  draftId: backupDraftIdSchema,
  file: z.string().regex(/^\d{8}T\d{9}Z(?:-\d{1,3})?\.normdraft$/, 'file must be a backup file name'),
});

export const externalUrlSchema = z.string().min(1).max(BRIDGE_LIMITS.maxUrlLength);
export const uiLanguageSchema = z.enum(LANGUAGES);
export const menuCommandSchema = z.enum(MENU_COMMANDS);

/** Methods the renderer invokes on main (the subscriptions flow the other way). */
export type InvokableMethod = Exclude<keyof DrafterApi, SubscriptionMethod>;

/** The full argument list of each method, as a tuple: extra arguments are refused too. */
export const bridgeArgumentSchemas = {
  getAppInfo: z.tuple([]),
  saveFile: z.tuple([saveFileRequestSchema]),
  openFile: z.tuple([openFileRequestSchema]),
  openFiles: z.tuple([openFilesRequestSchema]),
  openExternal: z.tuple([externalUrlSchema]),
  setUiLanguage: z.tuple([uiLanguageSchema]),
  listBackups: z.tuple([]),
  writeBackup: z.tuple([writeBackupRequestSchema]),
  readBackup: z.tuple([readBackupRequestSchema]),
} as const satisfies Record<InvokableMethod, z.ZodType>;

export type BridgeArguments<M extends InvokableMethod> = z.output<(typeof bridgeArgumentSchemas)[M]>;

export class BridgeArgumentError extends Error {
  constructor(method: string, detail: string) {
    super(`Refused ${method}: ${detail}`);
    this.name = 'BridgeArgumentError';
  }
}

/** Names the first forbidden or too-deep key in a value, or returns null when there is none. */
export function findForbiddenKey(value: unknown, depth = 0): string | null {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return null;
  if (depth > BRIDGE_LIMITS.maxDepth) return '(nested too deeply)';
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key !== 'string') return '(symbol key)';
    if (FORBIDDEN_KEYS.has(key)) return key;
    const found = findForbiddenKey((value as Record<string, unknown>)[key], depth + 1);
    if (found) return found;
  }
  return null;
}

/** Validates a method's whole argument list; throws BridgeArgumentError and returns nothing on failure. */
export function parseBridgeArguments<M extends InvokableMethod>(method: M, args: unknown): BridgeArguments<M> {
  const forbidden = findForbiddenKey(args);
  if (forbidden) throw new BridgeArgumentError(method, `forbidden key ${forbidden}`);
  const result = bridgeArgumentSchemas[method].safeParse(args);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw new BridgeArgumentError(method, `${where}${issue?.message ?? 'invalid arguments'}`);
  }
  return result.data as BridgeArguments<M>;
}
