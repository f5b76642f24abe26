import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CalendarDay } from '@gov/contracts-common';

/** One year of the official holiday arrangement (国务院办公厅节假日安排): the platform's source of truth. */
@Entity({ name: 'calendar_year' })
export class CalendarYearEntity {
  @PrimaryColumn('int') year: number;
  @Column('jsonb') holidays: CalendarDay[];
  @Column('jsonb', { name: 'makeup_workdays' }) makeupWorkdays: CalendarDay[];
  @Column('text') source: string;
  @Column('int') version: number;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
  @Column('text', { name: 'updated_by' }) updatedBy: string;
}
