import { Type } from 'typebox';
import { Body, Name, nullable, Paging, SearchText, Timestamp, Uuid } from '../../lib/schemas.js';

const Gender = Type.Union([Type.Literal('MALE'), Type.Literal('FEMALE'), Type.Literal('OTHER')]);
const Phone = Type.String({ minLength: 3, maxLength: 20, pattern: '^\\+?[0-9 .()-]{3,20}$' });
const Cccd = Type.String({ minLength: 9, maxLength: 12, pattern: '^[0-9]{9,12}$' });

/** phone and cccd are personal data: the service leaves them out of every response to a non-admin. */
export const Player = Type.Object({
  id: Uuid,
  full_name: Type.String(),
  birth_year: nullable(Type.Integer()),
  gender: nullable(Type.String()),
  avatar_url: nullable(Type.String()),
  is_active: Type.Boolean(),
  phone: Type.Optional(nullable(Type.String())),
  cccd: Type.Optional(nullable(Type.String())),
  created_at: Timestamp,
  updated_at: Timestamp,
});

/** The original client sends image URLs; only absolute http(s) ones (SPEC §6), never javascript: or data:. */
export const ImageUrl = Type.String({ maxLength: 2000, pattern: '^https?://[^\\s/?#]+[^\\s]*$' });

const fields = {
  avatar_url: Type.Optional(nullable(ImageUrl)),
  birth_year: Type.Optional(nullable(Type.Integer({ minimum: 1900, maximum: 2100 }))),
  gender: Type.Optional(nullable(Gender)),
  phone: Type.Optional(nullable(Phone)),
  cccd: Type.Optional(nullable(Cccd)),
  is_active: Type.Optional(Type.Boolean()),
};

export const CreatePlayerBody = Body({ full_name: Name(120), ...fields });
export const UpdatePlayerBody = Body({ full_name: Type.Optional(Name(120)), ...fields });

export const PlayerListQuery = Type.Object({
  q: Type.Optional(SearchText(100)),
  is_active: Type.Optional(Type.Boolean()),
  ...Paging,
});

export const PlayerSearchQuery = Type.Object({
  q: SearchText(100, 1),
  ...Paging,
});
