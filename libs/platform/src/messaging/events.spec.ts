import { describe, expect, it } from '@jest/globals';
import { IsInt, IsString, Min } from 'class-validator';
import { readEvent } from './events.js';

class YearLoaded {
  @IsInt() @Min(2000) year: number;
  @IsString() source: string;
}

describe('readEvent: consumers are tolerant readers', () => {
  it('drops a field the consumer does not know yet instead of rejecting the event', async () => {
    const event = await readEvent(YearLoaded, { year: 2031, source: '通知', addedByANewerProducer: { any: 'thing' } });
    expect(event).toBeInstanceOf(YearLoaded);
    expect({ ...event }).toEqual({ year: 2031, source: '通知' });
  });

  it('still refuses an event whose known field is wrong, listing it', async () => {
    await expect(readEvent(YearLoaded, { year: 'MMXXXI', source: '通知' })).rejects.toThrow(/year/);
    await expect(readEvent(YearLoaded, null)).rejects.toThrow('事件数据必须是 JSON 对象');
  });
});
