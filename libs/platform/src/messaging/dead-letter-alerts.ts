import { IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { AppName } from '@gov/contracts-common';

/**
 * A dead letter is never silent: besides its log line (`alert: true`) and counter, the consumer's service emits this
 * event through its outbox, in the transaction that records the dead letter. The gateway turns it into a task (待办)
 * of the system administrator; the gateway's replay route closes the task.
 */
export const deadLetterRecordedSubject = (app: AppName): string => `evt.${app}.ops.dead-letter-recorded`;

export class DeadLetterRecorded {
  /** The row of the service's dead-letter table (what the replay route takes). */
  @IsUUID() deadLetterId: string;
  /** The consuming service. */
  @IsString() @MaxLength(100) consumer: string;
  /** The subject of the event that failed. */
  @IsString() @MaxLength(300) subject: string;
  @IsUUID() eventId: string;
  /** The id of the record the event concerns, when its payload has one. */
  @IsOptional() @IsString() @MaxLength(200) recordId?: string;
  @IsInt() deliveries: number;
  @IsString() @MaxLength(4000) error: string;
}
