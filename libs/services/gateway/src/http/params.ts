import { IsUUID } from 'class-validator';
import { validatePayload } from '@gov/platform';

class IdParam {
  @IsUUID() id: string;
}

/** A `:id` path parameter, validated like a body field (400 with the field listed). */
export async function uuidParam(id: string): Promise<string> {
  return (await validatePayload(IdParam, { id })).id;
}

/** A numeric path parameter: a non-number stays a string so that the contract's `@IsInt` reports it. */
export function numberParam(value: string): number | string {
  return /^\d{1,9}$/.test(value) ? Number(value) : value;
}
