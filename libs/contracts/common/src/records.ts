import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsUUID, Min } from 'class-validator';

/**
 * What every service's contracts say about one business record: its id, and for a change the version the client holds
 * (the gateway takes it from If-Match; a stale one is 412).
 */

/** A request about one record. */
export class RecordRef {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
}

/** A change of one versioned record without a body: its id and the version the client holds. */
export class VersionedRef extends RecordRef {
  @ApiProperty({ description: '客户端所持版本号（来自 If-Match）' }) @IsInt() @Min(1) expectedVersion: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor = new (...args: any[]) => object;

/** The request of a change with a body: the body's fields plus the record's id and version (see `VersionedRef`). */
export function Versioned<B extends Constructor>(Body: B) {
  class VersionedRequest extends Body {
    @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
    @ApiProperty({ description: '客户端所持版本号（来自 If-Match）' }) @IsInt() @Min(1) expectedVersion: number;
  }
  return VersionedRequest;
}
