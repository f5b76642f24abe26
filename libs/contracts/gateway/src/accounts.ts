import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { type Clearance, IsInt32, PageMeta, PageQuery, ROLE_CODES, type RoleCode, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';
import { BUSINESS_ROLES, type BusinessRole } from './permissions.js';

export const ACCOUNT_STATUSES = ['active', 'disabled'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export const AccountErrors = {
  notFound: { kind: 'not_found', code: 'ACCOUNT.NOT_FOUND', title: '账户不存在' },
  usernameTaken: { kind: 'conflict', code: 'ACCOUNT.USERNAME_TAKEN', title: '用户名已被使用' },
  ownAccount: { kind: 'forbidden', code: 'ACCOUNT.OWN_ACCOUNT', title: '不能修改自己的账户权限' },
  adminAccount: { kind: 'forbidden', code: 'ACCOUNT.ADMIN_ACCOUNT', title: '不能操作管理员账户' },
  adminRole: { kind: 'forbidden', code: 'ACCOUNT.ADMIN_ROLE', title: '不能授予管理员角色' },
  invalidAssignment: { kind: 'rule_violation', code: 'ACCOUNT.INVALID_ASSIGNMENT', title: '角色分配不符合规则' },
  unknownSection: { kind: 'rule_violation', code: 'ACCOUNT.UNKNOWN_SECTION', title: '科室不存在' },
  alreadyDisabled: { kind: 'rule_violation', code: 'ACCOUNT.ALREADY_DISABLED', title: '账户已停用' },
} as const;

export class AccountView {
  @ApiProperty() id: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLE_CODES, isArray: true }) roles: RoleCode[];
  @ApiPropertyOptional({ type: String, nullable: true }) sectionCode: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) unitId: string | null;
  @ApiProperty({ description: '密级：0 非密 1 秘密 2 机密 3 绝密', enum: [0, 1, 2, 3], type: Number }) clearance: Clearance;
  @ApiProperty({ enum: ACCOUNT_STATUSES }) status: AccountStatus;
  @ApiProperty() passwordChangeRequired: boolean;
  @ApiProperty() totpEnrolled: boolean;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export namespace CreateAccount {
  /** The system administrator creates the account; the security administrator then assigns its roles. */
  export class Request {
    @ApiProperty({ description: '用户名：字母或数字开头，可含 . _ -，2–64 位', example: 'zhangsan' })
    @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/, { message: '用户名只能包含字母、数字和 . _ -，以字母或数字开头，2–64 位' })
    username: string;

    @ApiProperty({ description: '姓名', example: '张三' })
    @IsString()
    @MinLength(1)
    @MaxLength(40)
    displayName: string;
  }
  export class Reply extends AccountView {
    @ApiProperty({ description: '系统生成的初始密码（只显示这一次，首次登录须修改）' }) initialPassword: string;
  }
}

export namespace ListAccounts {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ description: '按用户名或姓名搜索' }) @IsOptional() @IsString() @MaxLength(40) q?: string;
    @ApiPropertyOptional({ enum: ACCOUNT_STATUSES }) @IsOptional() @IsIn(ACCOUNT_STATUSES) status?: AccountStatus;
    @ApiPropertyOptional({ enum: ROLE_CODES }) @IsOptional() @IsIn(ROLE_CODES) role?: RoleCode;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [AccountView] }) items: AccountView[];
  }
}

export namespace DisableAccount {
  export class Request {
    @ApiProperty({ description: '停用原因', example: '调离本单位' }) @IsString() @MinLength(2) @MaxLength(200) reason: string;
  }
}

export namespace ResetPassword {
  export class Reply {
    @ApiProperty() username: string;
    @ApiProperty({ description: '系统生成的临时密码（只显示这一次，登录后须修改）' }) temporaryPassword: string;
  }
}

export namespace AssignRoles {
  /** The security administrator's assignment: business roles, section, unit and clearance. */
  export class Request {
    @ApiProperty({ enum: BUSINESS_ROLES, isArray: true, description: '业务角色（不能包含管理员角色）' })
    @IsArray()
    @ArrayMaxSize(5)
    @ArrayUnique()
    @IsIn(ROLE_CODES, { each: true })
    roles: RoleCode[];

    @ApiPropertyOptional({ description: '科室编码（科长、科室工作人员必填）', example: 'zonghe', type: String, nullable: true })
    @IsOptional()
    @Matches(/^[a-z][a-z0-9_]{1,39}$/, { message: '科室编码格式不正确' })
    sectionCode?: string | null;

    @ApiPropertyOptional({ description: '所属单位 ID（单位联络员必填）', type: String, nullable: true })
    @IsOptional()
    @IsUUID()
    unitId?: string | null;

    @ApiProperty({ description: '密级：0 非密 1 秘密 2 机密 3 绝密', minimum: 0, maximum: 3 })
    @IsInt32()
    @Min(0)
    @Max(3)
    clearance: number;
  }
  export type Role = BusinessRole;
}

/** 领导名录: the district's and the office's leaders, for whoever arranges their calendars or sends them documents. */
export class LeaderView {
  @ApiProperty({ format: 'uuid', description: '领导的用户 ID（领导日程、批办等处引用）' }) userId: string;
  @ApiProperty({ example: '王区长' }) name: string;
  @ApiProperty({ enum: ['district_leader', 'office_leader'], isArray: true, description: 'district_leader 区政府领导 / office_leader 办公室领导' }) roles: ('district_leader' | 'office_leader')[];
}

export class SectionView {
  @ApiProperty({ example: 'zonghe' }) code: string;
  @ApiProperty({ example: '综合科' }) name: string;
  @ApiPropertyOptional({ example: '区政府值班室', type: String, nullable: true }) alsoKnownAs: string | null;
  @ApiProperty() sortOrder: number;
}

