import fc from 'fast-check';
import type { JsonSchema } from './openapi.js';

/** Strings that have broken real systems: injections, number and date look-alikes, Unicode traps. */
export const NASTY_STRINGS = [
  "' OR '1'='1",
  "'; DROP TABLE teams; --",
  "1'; SELECT pg_sleep(10); --",
  "%' UNION SELECT password_hash FROM users --",
  '\\',
  '%_%',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(document.cookie)>',
  'javascript:alert(1)',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, sent as literal text
  '{{7*7}}${7*7}<%= 7*7 %>',
  '../../../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-0',
  '0x1F',
  ' 42 ',
  '9'.repeat(400),
  '１２３',
  '٣',
  'null',
  'undefined',
  'true',
  '__proto__',
  'constructor',
  '2026-02-30',
  '0000-00-00T25:61:61Z',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff ',
  '\u0000',
  'a\u0000b',
  'line\r\nSet-Cookie: injected=1',
  '\u202Egnp.exe',
  '\uFEFF',
  '\uD800',
  '\uDFFF\uD800',
  'e\u0301'.repeat(300),
  'Z̷̢̛̪͓̈́a̵̛̜͋l̷̡̛̛g̸̢̛̛ơ̵̧̹',
  '👨‍👩‍👧‍👦'.repeat(50),
  '\u200B\u200C\u200D',
  '\t',
  '   ',
  '',
] as const;

const WRONG_TYPES: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  2 ** 53 + 1,
  [],
  {},
  [1, 2, 3],
  { $gt: '' },
  { $where: 'sleep(1000)' },
  [null],
  [[[[[]]]]],
];

function nested(depth: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { a: value };
  return value;
}

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 3, arbitrary: fc.constantFrom(...WRONG_TYPES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'A'.repeat(20_000),
      'é'.repeat(60_000),
      '\u0000'.repeat(1_000),
      '𝕏'.repeat(30_000),
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(nested(500, 'array'), nested(500, 'object')) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

export interface SchemaContext {
  /** Resolves `#/components/schemas/X`. */
  resolve(ref: string): JsonSchema;
  /** A real id for a property such as `team_id`, so valid-looking bodies reach the service. */
  idFor?(property: string): string | undefined;
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const dateArb = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true });

function stringArb(schema: JsonSchema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? 60, 60);
  switch (schema.format) {
    case 'uuid':
      return fc.uuid();
    case 'date':
      return dateArb.map(isoDate);
    case 'date-time':
      return dateArb.map((d) => d.toISOString());
    case 'email':
      return fc.emailAddress().filter((e) => e.length <= (schema.maxLength ?? 254));
  }
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).map((s) => s.slice(0, Math.max(max, min)));
    } catch {
      // A pattern fast-check cannot generate from: fall back to plain strings.
    }
  }
  return fc.string({ minLength: min, maxLength: Math.max(max, min) });
}

/** Values that mostly satisfy the schema (and sometimes not quite: enough to get past validation often). */
export function schemaArb(
  schema: JsonSchema | undefined,
  ctx: SchemaContext,
  name = '',
  depth = 0,
): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return fc.jsonValue({ maxDepth: 1 });
  if (schema.$ref) return schemaArb(ctx.resolve(schema.$ref), ctx, name, depth + 1);
  const base = baseArb(schema, ctx, name, depth);
  return schema.nullable ? fc.oneof(base, fc.constant(null)) : base;
}

function baseArb(schema: JsonSchema, ctx: SchemaContext, name: string, depth: number): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  const options = schema.anyOf ?? schema.oneOf;
  if (options?.length) return fc.oneof(...options.map((option) => schemaArb(option, ctx, name, depth + 1)));
  if (schema.allOf?.length) return schemaArb(schema.allOf[0], ctx, name, depth + 1);
  const known = ctx.idFor?.(name);
  switch (schema.type) {
    case 'string':
      return known ? fc.oneof(fc.constant(known), stringArb(schema)) : stringArb(schema);
    case 'integer':
      return fc.integer({
        min: Math.max(schema.minimum ?? -1e6, -1e9),
        max: Math.min(schema.maximum ?? 1e6, 1e9),
      });
    case 'number': {
      const min = Math.max(schema.minimum ?? -1e6, -1e9);
      const max = Math.min(schema.maximum ?? 1e6, 1e9);
      if (schema.multipleOf) {
        const step = schema.multipleOf;
        return fc
          .integer({ min: Math.ceil(min / step), max: Math.floor(max / step) })
          .map((n) => Math.round(n * step * 100) / 100);
      }
      return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(schemaArb(schema.items, ctx, name, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, 4),
      });
    case 'object': {
      const properties = schema.properties ?? {};
      const model = Object.fromEntries(
        Object.entries(properties).map(([key, value]) => [key, schemaArb(value, ctx, key, depth + 1)]),
      );
      return fc.record(model, { requiredKeys: (schema.required ?? []).filter((key) => key in properties) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Starts from a plausible body and breaks it in one of the ways clients (and attackers) do. */
export function hostileBody(schema: JsonSchema | undefined, ctx: SchemaContext): fc.Arbitrary<unknown> {
  const valid = schemaArb(schema, ctx);
  const keys = Object.keys(schema?.properties ?? {});
  const asObject = (value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return fc.oneof(
    { weight: 2, arbitrary: valid },
    {
      weight: 4,
      arbitrary: keys.length
        ? fc
            .tuple(valid, fc.constantFrom(...keys), hostileValue)
            .map(([body, key, bad]) => ({ ...asObject(body), [key]: bad }))
        : hostileValue,
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          valid,
          fc.constantFrom('is_admin', 'role', 'id', 'created_at', '$where', 'unknown_field'),
          hostileValue,
        )
        .map(([body, key, bad]) => ({ ...asObject(body), [key]: bad })),
    },
    {
      weight: 1,
      arbitrary: keys.length
        ? fc.tuple(valid, fc.constantFrom(...keys)).map(([body, key]) => {
            const { [key]: _dropped, ...rest } = asObject(body);
            return rest;
          })
        : valid,
    },
    { weight: 2, arbitrary: hostileValue },
  );
}

/** Bodies sent as raw bytes: what a JSON parser and content-type negotiation must survive. */
export const RAW_BODIES: Array<{ name: string; contentType?: string; body: string | Buffer }> = [
  { name: 'truncated JSON', contentType: 'application/json', body: '{"name": ' },
  { name: 'unquoted keys', contentType: 'application/json', body: '{name: 1}' },
  { name: 'single quotes', contentType: 'application/json', body: "{'name':'x'}" },
  { name: 'two documents', contentType: 'application/json', body: '{"a":1}{"b":2}' },
  { name: 'NaN literal', contentType: 'application/json', body: '{"year": NaN, "name": Infinity}' },
  {
    name: 'number overflow',
    contentType: 'application/json',
    body: '{"year": 1e400, "delta_points": -1e400}',
  },
  {
    name: 'invalid UTF-8 bytes',
    contentType: 'application/json',
    body: Buffer.concat([
      Buffer.from('{"name":"'),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xed, 0xa0, 0x80]),
      Buffer.from('"}'),
    ]),
  },
  {
    name: 'UTF-16 body',
    contentType: 'application/json; charset=utf-16le',
    body: Buffer.from('{"name":"x"}', 'utf16le'),
  },
  {
    name: 'prototype pollution',
    contentType: 'application/json',
    body: '{"__proto__":{"role":"ADMIN","polluted":true}}',
  },
  {
    name: 'constructor pollution',
    contentType: 'application/json',
    body: '{"constructor":{"prototype":{"polluted":true}}}',
  },
  {
    name: 'deep arrays',
    contentType: 'application/json',
    body: `${'['.repeat(50_000)}${']'.repeat(50_000)}`,
  },
  {
    name: 'deep objects',
    contentType: 'application/json',
    body: `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`,
  },
  { name: 'over 1 MiB', contentType: 'application/json', body: `{"name":"${'x'.repeat(1_100_000)}"}` },
  { name: 'empty JSON body', contentType: 'application/json', body: '' },
  { name: 'text/plain', contentType: 'text/plain', body: '{"name":"Plain Text FC"}' },
  { name: 'XML', contentType: 'application/xml', body: '<team><name>XML FC</name></team>' },
  { name: 'form encoded', contentType: 'application/x-www-form-urlencoded', body: 'name=Form+FC&role=ADMIN' },
  {
    name: 'multipart',
    contentType: 'multipart/form-data; boundary=x',
    body: '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nMultipart FC\r\n--x--\r\n',
  },
  { name: 'no content type', body: '{"name":"No Type FC"}' },
  { name: 'bogus content type', contentType: 'application/json;;;charset=""', body: '{}' },
];
