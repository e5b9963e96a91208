import { Type } from 'typebox';
import { Body, Name, Paging, Timestamp, Uuid } from '../../lib/schemas.js';

export const RoleSchema = Type.Union([
  Type.Literal('ADMIN'),
  Type.Literal('MODERATOR'),
  Type.Literal('VIEWER'),
]);
export const Email = Type.String({ format: 'email', minLength: 3, maxLength: 254 });
export const Password = Type.String({ minLength: 8, maxLength: 200 });

export const User = Type.Object({
  id: Uuid,
  email: Type.String(),
  role: RoleSchema,
  display_name: Type.Union([Type.String(), Type.Null()]),
  is_active: Type.Boolean(),
  last_login_at: Type.Union([Timestamp, Type.Null()]),
  created_at: Timestamp,
  updated_at: Timestamp,
});

export const CreateUserBody = Body({
  email: Email,
  password: Password,
  role: RoleSchema,
  display_name: Type.Optional(Name(120)),
});

export const UpdateUserBody = Body({
  role: Type.Optional(RoleSchema),
  is_active: Type.Optional(Type.Boolean()),
  password: Type.Optional(Password),
  display_name: Type.Optional(Type.Union([Name(120), Type.Null()])),
});

export const UserListQuery = Type.Object({ ...Paging });
