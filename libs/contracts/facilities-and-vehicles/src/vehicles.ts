import { IsIn, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/** open 办理中 → withdrawn 已撤回 (with a reason; nothing is deleted). */
export const VEHICLE_STATUSES = ['open', 'withdrawn'] as const;
export type VehicleStatus = (typeof VEHICLE_STATUSES)[number];
export const VEHICLE_STATUS_LABELS: Record<VehicleStatus, string> = { open: '办理中', withdrawn: '已撤回' };

/** The fields a caller gives of one 公务用车. */
export class VehicleFields {
  @ApiProperty({ description: '标题', example: '示例标题' })
  @IsString({ message: 'title：必须为文本' })
  @MinLength(2, { message: 'title：至少 2 个字' })
  @MaxLength(200, { message: 'title：不超过 200 个字' })
  title: string;

  @ApiProperty({ description: '内容' })
  @IsString({ message: 'content：必须为文本' })
  @MaxLength(20000, { message: 'content：不超过 20000 个字' })
  content: string;
}

export class VehicleView extends VehicleFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ description: '所属单位（联络员报送时为本单位；科室登记的为空）', nullable: true }) unitId: string | null;
  @ApiProperty({ enum: VEHICLE_STATUSES, description: 'open 办理中 / withdrawn 已撤回' }) status: VehicleStatus;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true }) withdrawalReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const VehicleErrors = {
  notFound: { kind: 'not_found', code: 'VEHICLE.NOT_FOUND', title: '公务用车不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'VEHICLE.VERSION_CONFLICT', title: '公务用车已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'VEHICLE.INVALID_STATE', title: '当前状态不能进行此操作' },
} as const;

/** RPC subjects, under `rpc.facilities-and-vehicles.`. */
export const VehicleSubjects = {
  create: 'vehicle.create',
  update: 'vehicle.update',
  withdraw: 'vehicle.withdraw',
  get: 'vehicle.get',
  list: 'vehicle.list',
} as const;

export namespace CreateVehicle {
  export class Request extends VehicleFields {}
  export class Reply extends VehicleView {}
}

export namespace UpdateVehicle {
  export class Body extends VehicleFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends VehicleView {}
}

export namespace WithdrawVehicle {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends VehicleView {}
}

export namespace GetVehicle {
  export class Request extends RecordRef {}
  export class Reply extends VehicleView {}
}

export namespace ListVehicles {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: VEHICLE_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(VEHICLE_STATUSES, { message: 'status：取值无效' })
    status?: VehicleStatus;

    @ApiPropertyOptional({ description: '标题模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [VehicleView] }) items: VehicleView[];
  }
}

/** What the events of one 公务用车 carry: its snapshot with its version (consumers apply only newer ones). */
export class VehicleSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID() unitId: string | null;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsIn(VEHICLE_STATUSES) status: VehicleStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const VehicleEvents = {
  created: eventSubject('facilities-and-vehicles', 'vehicle.created'),
  updated: eventSubject('facilities-and-vehicles', 'vehicle.updated'),
  withdrawn: eventSubject('facilities-and-vehicles', 'vehicle.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const VehicleEventDescriptions = {
  'vehicle.created': { zh: '公务用车登记', en: 'A vehicle was created.' },
  'vehicle.updated': { zh: '公务用车被修改', en: 'A vehicle was changed.' },
  'vehicle.withdrawn': { zh: '公务用车被撤回（注明理由，不删除）', en: 'A vehicle was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by facilities-and-vehicles when a 公务用车 is created, changed or withdrawn; carries its snapshot. */
export namespace VehicleChanged {
  export class Event extends VehicleSnapshot {}
}
