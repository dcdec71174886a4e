import { AppError } from '../platform/errors.ts';
import { registerErrors } from './errors.ts';
import { parsePersonalCode } from './personal-code.ts';

/** The canonical code, or an AppError naming exactly what is wrong with it. */
export function requirePersonalCode(input: string): string {
  const parsed = parsePersonalCode(input);
  if (parsed.ok) return parsed.code;
  throw new AppError(registerErrors[parsed.error], { field: 'personalCode' });
}
