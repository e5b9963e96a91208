import { type TSchema, Type } from 'typebox';
import { ERROR_CODES, type ErrorCode } from '../errors.js';

/** Shared TypeBox pieces: envelopes, ids, paging. Routes compose these so OpenAPI and validation agree. */
export const Uuid = Type.String({ format: 'uuid', description: 'UUID' });

/** `T | null`, for columns that may be empty. */
export const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
export const NullableUuid = Type.Union([Uuid, Type.Null()]);
/** Drizzle hands out Date objects; the serializer writes them as ISO 8601 strings. */
export const Timestamp = Type.Unsafe<Date | string>({ type: 'string', format: 'date-time' });
export const DateOnly = Type.String({ format: 'date' });

/** C0 and C1 control characters and DEL: never part of text a person typed. */
const CONTROL = '\\u0000-\\u001F\\u007F-\\u009F';
/** Invisible or direction-changing characters that let one name pose as another ("Trojan Source" tricks). */
const DECEPTIVE = '\\u200B\\u2028\\u2029\\u202A-\\u202E\\u2060\\u2066-\\u2069\\uFEFF';

/** Names shown to people: trimmed and NFC-normalized by the service; control and deceptive characters refused here. */
export const Name = (maxLength: number) =>
  Type.String({
    minLength: 1,
    maxLength,
    // At least one visible character; the middle class must exclude control characters too, or a lone one
    // would pass as the "visible" character.
    pattern: `^[^${CONTROL}${DECEPTIVE}]*[^\\s${CONTROL}${DECEPTIVE}][^${CONTROL}${DECEPTIVE}]*$`,
  });
/** Longer text (reasons, venues): tabs and line breaks allowed, other control characters not. */
export const FreeText = (maxLength: number) =>
  Type.String({
    maxLength,
    pattern:
      '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069]*$',
  });

/** What someone types into a search box: bounded, no control characters (a NUL would reach PostgreSQL). */
export const SearchText = (maxLength: number, minLength = 0) =>
  Type.String({ minLength, maxLength, pattern: `^[^${CONTROL}]*$` });

export const IdParams = Type.Object({ id: Uuid });

export const Paging = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000, default: 0 })),
};

/** The catalogue's codes (errors.ts) as one OpenAPI component, `#/components/schemas/ErrorCode`. */
export const ErrorCodeSchema = Type.Unsafe<ErrorCode>({
  $id: 'ErrorCode',
  type: 'string',
  enum: [...ERROR_CODES],
  description: 'Every error code the API answers with; see docs/RULES.md and SPEC for when each is used.',
});

export const ErrorResponse = Type.Object(
  {
    error_code: Type.Ref('ErrorCode'),
    message: Type.String(),
    details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    request_id: Type.String(),
  },
  { $id: 'ErrorResponse' },
);

export const Meta = Type.Object({ total: Type.Integer(), limit: Type.Integer(), offset: Type.Integer() });

export const Envelope = <T extends TSchema>(data: T) => Type.Object({ message: Type.String(), data });
export const ListEnvelope = <T extends TSchema>(item: T) =>
  Type.Object({ message: Type.String(), data: Type.Array(item), meta: Meta });

const errorRef = Type.Ref('ErrorResponse');

/** Response map for a route: its success schemas plus the error envelope for every listed status. */
export function responses<T extends Record<number, TSchema>>(success: T, ...errorStatuses: number[]) {
  const map: Record<number, TSchema> = { ...success };
  for (const status of [400, 401, 403, 429, 500, 503, ...errorStatuses]) map[status] = errorRef;
  return map as T & Record<number, TSchema>;
}

/** Bodies reject unknown fields (SPEC §4). */
export const Body = <T extends Parameters<typeof Type.Object>[0]>(properties: T) =>
  Type.Object(properties, { additionalProperties: false });
