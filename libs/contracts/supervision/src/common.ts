import { ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';

/** What the contracts of supervision share: the date message (the rule is IsCalendarDate of @gov/contracts-common), a computed deadline (the id and version of a change come from @gov/contracts-common). */

export const DATE_MESSAGE = { message: '日期格式必须为 YYYY-MM-DD' };

export { RecordRef, Versioned, VersionedRef } from '@gov/contracts-common';

/** A deadline as the deadline engine computed it, with the explanation the clerk reads. */
export class DeadlineView {
  @ApiPropertyOptional({ description: '到期日（YYYY-MM-DD）', nullable: true, type: String }) dueDate: string | null;
  @ApiProperty({ description: '是否暂定（日历年度未发布等）' }) provisional: boolean;
  @ApiProperty({ description: '计算过程（逐步说明）', type: [String] }) explanation: string[];
}
