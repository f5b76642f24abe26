import { IsInt32 } from './validators.js';
import { ApiProperty } from './openapi.js';
import { IsUUID, Min } from 'class-validator';

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
  @ApiProperty({ description: '客户端所持版本号（来自 If-Match）' }) @IsInt32() @Min(1) expectedVersion: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor = new (...args: any[]) => object;

/** The request of a change with a body: the body's fields plus the record's id and version (see `VersionedRef`). */
export function Versioned<B extends Constructor>(Body: B) {
  class VersionedRequest extends Body {
    @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
    @ApiProperty({ description: '客户端所持版本号（来自 If-Match）' }) @IsInt32() @Min(1) expectedVersion: number;
  }
  return VersionedRequest;
}

/**
 * A version of a rule kept as configuration (local time limits, classes, categories, weights): when it takes effect,
 * the source it is cited from, and who entered it when. Records keep the version they were decided under.
 */
export class RuleVersionView {
  @ApiProperty({ description: '生效日期（YYYY-MM-DD）' }) effectiveFrom: string;
  @ApiProperty({ description: '依据（文件名称、条款）' }) source: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: string;
}
