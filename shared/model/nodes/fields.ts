// One stored field, declared once as both its zod schema (exact, with messages) and a hand check
// that only ever says "certainly valid" (the fast path of editor-fast-check.ts). Both come from
// the same call, so the two cannot drift apart.
import { z } from '../zod';

export type Check = (value: unknown) => boolean;

export interface Field<S extends z.ZodType = z.ZodType> {
  /** Built when first read: validation with zod is the rare path, and building costs start-up time. */
  readonly schema: S;
  readonly check: Check;
  /** The key may be absent. */
  readonly optional: boolean;
}

export type Fields = Readonly<Record<string, Field>>;

function field<S extends z.ZodType>(build: () => S, check: Check, mayBeAbsent = false): Field<S> {
  let schema: S | undefined;
  return {
    get schema() {
      return (schema ??= build());
    },
    check,
    optional: mayBeAbsent,
  };
}

export const int = (min: number, max: number) =>
  field(
    () => z.int().min(min).max(max),
    (v) => Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max,
  );

export const text = (max: number) =>
  field(
    () => z.string().max(max),
    (v) => typeof v === 'string' && v.length <= max,
  );

export const bool = () =>
  field(
    () => z.boolean(),
    (v) => typeof v === 'boolean',
  );

export const literal = <const V extends string>(value: V) =>
  field(
    () => z.literal(value),
    (v) => v === value,
  );

export const oneOf = <const V extends readonly [string, ...string[]]>(...values: V) =>
  field(
    () => z.enum(values),
    (v) => (values as readonly unknown[]).includes(v),
  );

export const nullable = <S extends z.ZodType>(inner: Field<S>) =>
  field(
    () => inner.schema.nullable(),
    (v) => v === null || inner.check(v),
  );

export const optional = <S extends z.ZodType>(inner: Field<S>): Field<z.ZodOptional<S>> =>
  field(
    () => inner.schema.optional(),
    (v) => v === undefined || inner.check(v),
    true,
  );

/** Child nodes: only their number here; the validator walks each child itself. */
export const children = (max: number) =>
  field(
    () => z.array(z.unknown()).max(max),
    (v) => Array.isArray(v) && v.length <= max,
  );

/** A value the validator checks itself (a footnote's note is an editor state of its own). */
export const walkedLater = () =>
  field(
    () => z.unknown(),
    (v) => v !== undefined,
  );

/** NodeState (the `$` key): at most 16 entries of short keys and simple values. */
const MAX_STATE_ENTRIES = 16;
const stateValue: Check = (v) =>
  v === null || typeof v === 'boolean' || Number.isFinite(v) || (typeof v === 'string' && v.length <= 1_000);
export const nodeState = () =>
  field(
    () =>
      z
        .record(z.string().max(64), z.union([z.string().max(1_000), z.number(), z.boolean(), z.null()]))
        .refine(
          (record) => Object.keys(record).length <= MAX_STATE_ENTRIES,
          `Too many NodeState entries (at most ${MAX_STATE_ENTRIES})`,
        ),
    (v) => {
      if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype)
        return false;
      const keys = Object.keys(v);
      return (
        keys.length <= MAX_STATE_ENTRIES &&
        keys.every((key) => key.length <= 64 && stateValue((v as Record<string, unknown>)[key]))
      );
    },
  );

/** The zod shape of a set of fields. */
export type SchemaShape<F extends Fields> = { -readonly [K in keyof F]: F[K]['schema'] };

export function schemaShape<F extends Fields>(fields: F): SchemaShape<F> {
  return Object.fromEntries(Object.entries(fields).map(([key, spec]) => [key, spec.schema])) as SchemaShape<F>;
}
