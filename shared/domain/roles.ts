import { z } from 'zod';

/** Staff roles (角色). A person may hold several. */
export const ROLES = ['counter', 'inspector', 'chief', 'secretariat', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);
