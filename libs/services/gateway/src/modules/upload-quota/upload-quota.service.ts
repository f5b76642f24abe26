import { Inject, Injectable } from '@nestjs/common';
import type { ErrorSpec } from '@gov/contracts-common';
import { APP_CONFIG, DATA_SOURCE, DomainError } from '@gov/platform';
import type { DataSource } from 'typeorm';
import type { GatewayEnv } from '../../gateway.env.js';

export const UploadQuotaErrors = {
  exceeded: { kind: 'rate_limited', code: 'FILES.QUOTA_EXCEEDED', title: '今日上传额度已用完' },
} as const satisfies Record<string, ErrorSpec>;

function mebibytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
}

/**
 * The per-user upload quota: bytes a user may upload per day (Beijing time), UPLOAD_QUOTA_BYTES_PER_DAY. An upload
 * reserves its size atomically before it is sent to the service (so concurrent uploads cannot overrun the quota
 * together) and gives it back if the upload fails.
 */
@Injectable()
export class UploadQuota {
  private readonly schema: string;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: GatewayEnv,
  ) {
    this.schema = (dataSource.options as { schema?: string }).schema ?? 'public';
  }

  /** Runs `upload` with `bytes` counted against the user's quota of the day; refused with a 429 when over it. */
  async charge<T>(accountId: string, bytes: number, upload: () => Promise<T>): Promise<T> {
    const quota = this.config.UPLOAD_QUOTA_BYTES_PER_DAY;
    const rows: { day: string }[] =
      bytes > quota
        ? []
        : await this.dataSource.query(
            `INSERT INTO "${this.schema}".upload_usage AS u (account_id, day, bytes, files)
                  VALUES ($1, (now() AT TIME ZONE 'Asia/Shanghai')::date, $2, 1)
             ON CONFLICT (account_id, day) DO UPDATE SET bytes = u.bytes + EXCLUDED.bytes, files = u.files + 1
                  WHERE u.bytes + EXCLUDED.bytes <= $3
             RETURNING to_char(day, 'YYYY-MM-DD') AS day`,
            [accountId, bytes, quota],
          );
    if (!rows.length) {
      throw new DomainError(UploadQuotaErrors.exceeded, `每人每天可上传 ${mebibytes(quota)} MiB，今日额度已不足以上传该文件（${mebibytes(bytes)} MiB），请明天再试或联系系统管理员`);
    }
    try {
      return await upload();
    } catch (error) {
      await this.dataSource.query(
        `UPDATE "${this.schema}".upload_usage SET bytes = greatest(bytes - $3, 0), files = greatest(files - 1, 0) WHERE account_id = $1 AND day = $2::date`,
        [accountId, rows[0].day, bytes],
      );
      throw error;
    }
  }
}
