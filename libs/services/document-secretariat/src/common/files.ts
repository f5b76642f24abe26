import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import {
  CommonDocumentErrors,
  MAX_FILE_BYTES,
  type FileRef,
  type FileRefView,
  type GetFile,
  type RecordKind,
  type StoredFileView,
  type UploadFile,
} from '@gov/contracts-document-secretariat';
import { DATA_SOURCE, DomainError, SCHEMA, type Tx } from '@gov/platform';
import type { DataSource } from 'typeorm';
import { readsAllDocuments, visibilitySql } from './access.js';

interface FileRow {
  id: string;
  filename: string;
  media_type: string;
  size: number;
  sha256: string;
  secrecy_level: number;
  uploaded_by_user_id: string;
  uploaded_by: string;
  uploaded_at: Date;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Stored files (bodies and attachments). A file is content-addressed: its SHA-256 is computed on upload, a record refers
 * to a file by id *and* hash, and the table refuses UPDATE and DELETE — a new version is a new file, so nothing is ever
 * silently replaced. Who may read a file: whoever may see a record it is attached to (or its uploader), and never above
 * their clearance.
 */
@Injectable()
export class Files {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  async upload(request: UploadFile.Request, caller: CallerContext): Promise<StoredFileView> {
    if (!BASE64.test(request.contentBase64) || request.contentBase64.length % 4 !== 0) {
      throw new DomainError(CommonDocumentErrors.fileHashMismatch, '文件内容不是有效的 Base64 编码');
    }
    const content = Buffer.from(request.contentBase64, 'base64');
    if (content.length > MAX_FILE_BYTES) throw new DomainError(CommonDocumentErrors.fileTooLarge, `文件不能超过 ${MAX_FILE_BYTES / 1024} KiB`);
    const sha256 = createHash('sha256').update(content).digest('hex');
    if (request.sha256 && request.sha256 !== sha256) {
      throw new DomainError(CommonDocumentErrors.fileHashMismatch, `文件内容的 SHA-256 为 ${sha256}，与所给 ${request.sha256} 不符，可能在传输中损坏`);
    }
    const secrecyLevel = request.secrecyLevel ?? 0;
    if (secrecyLevel > caller.clearance) throw new DomainError(CommonDocumentErrors.secrecyAboveClearance, '不能上传高于本人涉密等级的文件');
    const row: FileRow = {
      id: randomUUID(),
      filename: request.filename.trim(),
      media_type: request.mediaType.toLowerCase(),
      size: content.length,
      sha256,
      secrecy_level: secrecyLevel,
      uploaded_by_user_id: caller.userId,
      uploaded_by: caller.username,
      uploaded_at: new Date(),
    };
    await this.dataSource.query(
      `INSERT INTO "${this.schema}".stored_file (id, filename, media_type, size, sha256, secrecy_level, content, uploaded_by_user_id, uploaded_by, uploaded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [row.id, row.filename, row.media_type, row.size, row.sha256, row.secrecy_level, content, row.uploaded_by_user_id, row.uploaded_by, row.uploaded_at],
    );
    return toView(row);
  }

  async get(request: GetFile.Request, caller: CallerContext): Promise<StoredFileView> {
    return toView(await this.visibleFile(request.id, caller));
  }

  async content(request: GetFile.Request, caller: CallerContext): Promise<GetFile.ContentReply> {
    const row = await this.visibleFile(request.id, caller);
    const [{ content }]: { content: Buffer }[] = await this.dataSource.query(`SELECT content FROM "${this.schema}".stored_file WHERE id = $1`, [row.id]);
    return { ...toView(row), contentBase64: content.toString('base64') };
  }

  /**
   * Links files to a record in the record's transaction, after checking each reference: the file exists, its content
   * still has the hash the client holds, the caller may read it, and its 密级 does not exceed the record's.
   */
  async attach(tx: Tx, caller: CallerContext, record: { kind: RecordKind; id: string; secrecyLevel: number }, refs: readonly FileRef[], role: string): Promise<FileRefView[]> {
    const out: FileRefView[] = [];
    for (const ref of refs) {
      const [row]: FileRow[] = await tx.manager.query(`SELECT ${COLUMNS} FROM "${this.schema}".stored_file WHERE id = $1`, [ref.fileId]);
      if (!row || (row.uploaded_by_user_id !== caller.userId && !(await this.mayRead(row, caller, tx)))) {
        throw new DomainError(CommonDocumentErrors.fileNotFound, `文件 ${ref.fileId} 不存在或无权使用`);
      }
      if (row.sha256 !== ref.sha256) {
        throw new DomainError(CommonDocumentErrors.fileHashMismatch, `文件“${row.filename}”的内容摘要与所给不符：文件不会被替换，请上传新文件`);
      }
      if (row.secrecy_level > record.secrecyLevel) {
        throw new DomainError(CommonDocumentErrors.secrecyAboveClearance, `文件“${row.filename}”的密级高于所附记录的密级`);
      }
      await tx.manager.query(
        `INSERT INTO "${this.schema}".record_file (record_kind, record_id, file_id, role, linked_by, linked_at) VALUES ($1, $2, $3, $4, $5, now())
         ON CONFLICT (record_kind, record_id, file_id, role) DO NOTHING`,
        [record.kind, record.id, row.id, role, caller.username],
      );
      out.push({ fileId: row.id, sha256: row.sha256, filename: row.filename, size: row.size });
    }
    return out;
  }

  private async visibleFile(id: string, caller: CallerContext): Promise<FileRow> {
    const [row]: FileRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM "${this.schema}".stored_file WHERE id = $1`, [id]);
    if (!row || row.secrecy_level > caller.clearance || (row.uploaded_by_user_id !== caller.userId && !(await this.mayRead(row, caller)))) {
      throw new DomainError(CommonDocumentErrors.fileNotFound, '文件不存在或无权查看');
    }
    return row;
  }

  /** Readers of every document see every file they are cleared for; others only files of records they may see. */
  private async mayRead(row: FileRow, caller: CallerContext, tx?: Tx): Promise<boolean> {
    if (row.secrecy_level > caller.clearance) return false;
    if (readsAllDocuments(caller)) return true;
    const visibility = visibilitySql(caller, 2, 'r', { sectionCodes: true }); // the registry has the sections too
    const [found] = await (tx?.manager ?? this.dataSource).query(
      `SELECT 1 FROM "${this.schema}".record_file f JOIN "${this.schema}".record_registry r ON r.kind = f.record_kind AND r.id = f.record_id
        WHERE f.file_id = $1 AND ${visibility.sql} LIMIT 1`,
      [row.id, ...visibility.params],
    );
    return !!found;
  }
}

const COLUMNS = 'id, filename, media_type, size, sha256, secrecy_level, uploaded_by_user_id, uploaded_by, uploaded_at';

function toView(row: FileRow): StoredFileView {
  return {
    id: row.id,
    filename: row.filename,
    mediaType: row.media_type,
    size: row.size,
    sha256: row.sha256,
    secrecyLevel: row.secrecy_level,
    uploadedBy: row.uploaded_by,
    uploadedAt: row.uploaded_at.toISOString(),
  };
}
