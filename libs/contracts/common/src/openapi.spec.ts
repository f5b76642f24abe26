import { describe, expect, it } from '@jest/globals';
import * as swagger from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, validate } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, ApiSchema, OPENAPI_METADATA, PartialType, PickType } from './openapi.js';
import { IsCalendarDate } from './validators.js';

const metadataOf = (type: { prototype: object }) => {
  const keys = (Reflect.getMetadata(OPENAPI_METADATA.propertiesArray, type.prototype) ?? []) as string[];
  const properties = Object.fromEntries(keys.map((key) => [key, Reflect.getMetadata(OPENAPI_METADATA.properties, type.prototype, key.slice(1))]));
  // Lazy types (`type: () => Item`) are functions of each class: compared by their source.
  return JSON.parse(JSON.stringify({ keys, properties }, (_, value: unknown) => (typeof value === 'function' ? `${value.name}:${String(value)}` : value))) as { keys: string[]; properties: Record<string, Record<string, unknown>> };
};

enum Kind {
  A = 'a',
  B = 'b',
}
enum Level {
  Low = 0,
  High = 1,
}
class Item {
  @swagger.ApiProperty() id: string;
}

// The same contract twice: with these decorators, and with swagger's own.
@ApiSchema({ name: 'SampleShim' })
class Shimmed {
  @ApiProperty({ description: '名称', example: '综合科', pattern: /^[a-z]+$/ as unknown as string }) @IsString() @MaxLength(20) name: string;
  @ApiPropertyOptional({ description: '日期' }) @IsOptional() @IsCalendarDate() date?: string;
  @IsCalendarDate() @ApiProperty({ description: '截止' }) due: string;
  @ApiProperty({ enum: Kind }) kind: Kind;
  @ApiProperty({ enum: Level, isArray: true }) levels: Level[];
  @ApiProperty({ type: [Item] }) items: Item[];
  @ApiProperty({ type: () => Item, required: false }) item?: Item;
}
class ShimmedPartial extends PartialType(Shimmed) {}
class ShimmedPick extends PickType(Shimmed, ['name', 'kind'] as const) {}
class ShimmedChild extends Shimmed {
  @swagger.ApiProperty({ description: '子类' }) extra: string;
}

@swagger.ApiSchema({ name: 'SampleShim' })
class Direct {
  @swagger.ApiProperty({ description: '名称', example: '综合科', pattern: /^[a-z]+$/ as unknown as string }) @IsString() @MaxLength(20) name: string;
  @swagger.ApiPropertyOptional({ description: '日期' }) @IsOptional() @IsCalendarDate() date?: string;
  @IsCalendarDate() @swagger.ApiProperty({ description: '截止' }) due: string;
  @swagger.ApiProperty({ enum: Kind }) kind: Kind;
  @swagger.ApiProperty({ enum: Level, isArray: true }) levels: Level[];
  @swagger.ApiProperty({ type: [Item] }) items: Item[];
  @swagger.ApiProperty({ type: () => Item, required: false }) item?: Item;
}
class DirectPartial extends swagger.PartialType(Direct) {}
class DirectPick extends swagger.PickType(Direct, ['name', 'kind'] as const) {}
class DirectChild extends Direct {
  @swagger.ApiProperty({ description: '子类' }) extra: string;
}

describe('OpenAPI decorators without @nestjs/swagger', () => {
  it('write the metadata swagger writes, for properties, enums, arrays, schemas and subclasses', () => {
    expect(metadataOf(Shimmed)).toEqual(metadataOf(Direct));
    expect(metadataOf(Shimmed).properties[':due']).toMatchObject({ format: 'date', description: '截止' });
    expect(Reflect.getMetadata(OPENAPI_METADATA.schema, Shimmed)).toEqual(Reflect.getMetadata(OPENAPI_METADATA.schema, Direct));
    expect(metadataOf(ShimmedChild)).toEqual(metadataOf(DirectChild));
  });

  it('make the mapped types swagger makes, with their validation', async () => {
    expect(metadataOf(ShimmedPartial)).toEqual(metadataOf(DirectPartial));
    expect(metadataOf(ShimmedPick)).toEqual(metadataOf(DirectPick));
    expect(await validate(Object.assign(new ShimmedPartial(), {}))).toEqual([]);
    expect((await validate(Object.assign(new ShimmedPick(), { name: 'x'.repeat(21), kind: 'a' }))).map((e) => e.property)).toEqual(['name']);
  });
});
