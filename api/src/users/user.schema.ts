import { TEXT_LIMITS } from '@ocmf/standard';
import { z } from 'zod';
import { textSchema } from '../common/validation.js';
import { ROLES } from './role.js';

export const emailSchema = z
  .string()
  .trim()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email('must be a valid email address, like name@example.org'))
  .transform((email) => email.toLowerCase());

export const passwordSchema = z.string().min(10, 'must be at least 10 characters').max(256, 'must be at most 256 characters');

export const displayNameSchema = textSchema(TEXT_LIMITS.displayName, { plain: true });

export const roleSchema = z.enum(ROLES, { error: `must be one of ${ROLES.join(', ')}` });

export const newUserSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  displayName: displayNameSchema.optional(),
  role: roleSchema.default('MEMBER'),
});

export type NewUser = z.output<typeof newUserSchema>;
