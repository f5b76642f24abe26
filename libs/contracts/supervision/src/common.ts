import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsUUID, Min } from 'class-validator';

/** What the contracts of supervision share: the date format, the id and version of a change, a computed deadline. */

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const DATE_MESSAGE = { message: '日期格式必须为 YYYY-MM-DD' };

/** A request about one record. */
export class RecordRef {
  @ApiProperty() @IsUUID() id: string;
}

/** A change of one versioned record: its id and the version the client holds (the gateway takes it from If-Match). */
export class VersionedRef extends RecordRef {
  @ApiProperty() @IsInt() @Min(1) expectedVersion: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor = new (...args: any[]) => object;

/** The request of a change with a body: the body's fields, and the record's id and version (see `VersionedRef`). */
export function Versioned<B extends Constructor>(Body: B) {
  class VersionedRequest extends Body {
    @ApiProperty() @IsUUID() id: string;
    @ApiProperty() @IsInt() @Min(1) expectedVersion: number;
  }
  return VersionedRequest;
}

/** A deadline as the deadline engine computed it, with the explanation the clerk reads. */
export class DeadlineView {
  @ApiPropertyOptional({ description: '到期日（YYYY-MM-DD）', nullable: true }) dueDate: string | null;
  @ApiProperty({ description: '是否暂定（日历年度未发布等）' }) provisional: boolean;
  @ApiProperty({ description: '计算过程（逐步说明）', type: [String] }) explanation: string[];
}
