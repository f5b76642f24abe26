import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { ROLE_CODES, type Clearance, type RoleCode, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';

export const AuthErrors = {
  invalidCredentials: { kind: 'unauthenticated', code: 'AUTH.INVALID_CREDENTIALS', title: '用户名或密码错误' },
  accountLocked: { kind: 'unauthenticated', code: 'AUTH.ACCOUNT_LOCKED', title: '账户已被临时锁定' },
  accountDisabled: { kind: 'unauthenticated', code: 'AUTH.ACCOUNT_DISABLED', title: '账户已停用' },
  totpRequired: { kind: 'unauthenticated', code: 'AUTH.TOTP_REQUIRED', title: '需要动态验证码' },
  totpInvalid: { kind: 'unauthenticated', code: 'AUTH.TOTP_INVALID', title: '动态验证码错误' },
  enrollmentInvalid: { kind: 'unauthenticated', code: 'AUTH.ENROLLMENT_INVALID', title: '动态验证码绑定已失效' },
  tokenInvalid: { kind: 'unauthenticated', code: 'AUTH.TOKEN_INVALID', title: '访问令牌无效' },
  tokenExpired: { kind: 'unauthenticated', code: 'AUTH.TOKEN_EXPIRED', title: '访问令牌已过期' },
  sessionEnded: { kind: 'unauthenticated', code: 'AUTH.SESSION_ENDED', title: '会话已结束' },
  sessionIdle: { kind: 'unauthenticated', code: 'AUTH.SESSION_IDLE_EXPIRED', title: '会话因长时间未操作已过期' },
  refreshInvalid: { kind: 'unauthenticated', code: 'AUTH.REFRESH_INVALID', title: '刷新令牌无效' },
  refreshReused: { kind: 'unauthenticated', code: 'AUTH.REFRESH_REUSED', title: '刷新令牌被重复使用' },
  passwordChangeRequired: { kind: 'forbidden', code: 'AUTH.PASSWORD_CHANGE_REQUIRED', title: '请先修改初始密码' },
  passwordPolicy: { kind: 'validation', code: 'AUTH.PASSWORD_POLICY', title: '新密码不符合密码策略' },
  wrongCurrentPassword: { kind: 'rule_violation', code: 'AUTH.WRONG_CURRENT_PASSWORD', title: '当前密码错误' },
} as const;

const TOTP_CODE = /^\d{6}$/;

export namespace Login {
  export class Request {
    @ApiProperty({ description: '用户名', example: 'zhangsan' })
    @IsString()
    @MinLength(1)
    @MaxLength(64)
    username: string;

    @ApiProperty({ description: '密码', format: 'password' })
    @IsString()
    @MinLength(1)
    @MaxLength(256)
    password: string;

    @ApiPropertyOptional({ description: '动态验证码（6 位数字；管理员及机密以上涉密人员必填）', example: '123456' })
    @IsOptional()
    @Matches(TOTP_CODE, { message: '动态验证码必须是 6 位数字' })
    totp?: string;
  }

  /** `signed_in` carries the tokens; `totp_enrollment_required` (administrators without a second factor yet) carries the secret to bind. */
  export class Reply {
    @ApiProperty({ enum: ['signed_in', 'totp_enrollment_required'] }) status: 'signed_in' | 'totp_enrollment_required';
    @ApiPropertyOptional({ description: '访问令牌（Bearer，短时有效）' }) accessToken?: string;
    @ApiPropertyOptional({ description: '刷新令牌（每次刷新都会更换）' }) refreshToken?: string;
    @ApiPropertyOptional({ example: 'Bearer' }) tokenType?: 'Bearer';
    @ApiPropertyOptional({ description: '访问令牌有效秒数' }) expiresIn?: number;
    @ApiPropertyOptional({ description: '是否必须先修改密码' }) passwordChangeRequired?: boolean;
    @ApiPropertyOptional({ description: '绑定动态验证码用的临时令牌（5 分钟内有效）' }) enrollmentToken?: string;
    @ApiPropertyOptional({ description: '动态验证码密钥（Base32），请录入身份验证器' }) totpSecret?: string;
    @ApiPropertyOptional({ description: 'otpauth:// 链接（可生成二维码）' }) otpauthUri?: string;
  }
}

export namespace EnrollTotp {
  export class Request {
    @ApiProperty({ description: '登录时返回的绑定令牌' }) @IsString() @MaxLength(2000) enrollmentToken: string;
    @ApiProperty({ description: '身份验证器显示的 6 位验证码', example: '123456' })
    @Matches(TOTP_CODE, { message: '动态验证码必须是 6 位数字' })
    code: string;
  }
  export class Reply extends Login.Reply {}
}

export namespace Refresh {
  export class Request {
    @ApiProperty({ description: '刷新令牌' }) @IsString() @MinLength(20) @MaxLength(200) refreshToken: string;
  }
  export class Reply extends Login.Reply {}
}

export namespace ChangePassword {
  export class Request {
    @ApiProperty({ description: '当前密码', format: 'password' }) @IsString() @MinLength(1) @MaxLength(256) currentPassword: string;
    @ApiProperty({ description: '新密码：至少 12 位，包含大写字母、小写字母、数字、符号中的至少三类，且不含用户名', format: 'password' })
    @IsString()
    @MaxLength(128)
    newPassword: string;
  }
}

export class MeView {
  @ApiProperty() id: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLE_CODES, isArray: true }) roles: RoleCode[];
  @ApiProperty({ type: [String] }) permissions: string[];
  @ApiPropertyOptional({ description: '科室编码', type: String, nullable: true }) sectionCode: string | null;
  @ApiPropertyOptional({ description: '所属单位（联络员）', type: String, nullable: true }) unitId: string | null;
  @ApiProperty({ description: '密级：0 非密 1 秘密 2 机密 3 绝密', enum: [0, 1, 2, 3], type: Number }) clearance: Clearance;
  @ApiProperty() passwordChangeRequired: boolean;
  @ApiProperty() totpEnrolled: boolean;
}
