import { Body, Controller, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import {
  BodyVersionSubjects,
  BodyVersionView,
  DiffBodyVersions,
  FileSubjects,
  GetBodyVersion,
  GetFile,
  GetTimeline,
  ListBodyVersions,
  RECORD_KINDS,
  RegistrySubjects,
  SearchRecords,
  StoredFileView,
  TimelineSubjects,
  UploadFile,
} from '@gov/contracts-document-secretariat';
import { Permissions } from '@gov/contracts-gateway';
import { RpcClient, validatePayload } from '@gov/platform';
import type { FastifyReply } from 'fastify';
import { classifiedIn } from '../../http/classified-reads.js';
import { Permission } from '../../http/access.decorators.js';
import { ApiServiceProblems } from '../../http/openapi.decorators.js';
import { numberParam } from '../../http/params.js';
import type { RecordRouteDeps } from '../../http/record-routes.js';
import { ApiCreateOnce } from '../../http/record-routes.decorators.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { UploadQuota } from '../upload-quota/upload-quota.service.js';
import { DOCUMENT_READERS, DOCUMENT_SECRETARIAT } from './common.js';

/** Files, search across every kind of record, and the timeline of any record (document-secretariat). */
@ApiTags('公文：文件、检索与办理时间线')
@Controller('api/documents')
export class DocumentsCoreController implements RecordRouteDeps {
  constructor(
    readonly rpc: RpcClient,
    readonly idempotency: IdempotencyService,
    private readonly quota: UploadQuota,
  ) {}

  @Post('files')
  @Permission(Permissions.filesUpload)
  @ApiOperation({
    summary: '上传文件（正文、附件）',
    description: '内容以 Base64 提交（≤ 700 KiB），服务端计算 SHA-256 并返回；记录引用文件时须同时给出 id 与 SHA-256，文件一经上传不可修改或替换。每人每天的上传量有上限（超出返回 429）。',
  })
  @ApiCreateOnce({ body: UploadFile.Request, answer: StoredFileView, problems: [413, 429] })
  async upload(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<StoredFileView> {
    const request = await validatePayload(UploadFile.Request, body);
    // Counted against the uploader's daily quota when it is really sent (not when a retry is answered from the first time).
    const bytes = Buffer.byteLength(request.contentBase64, 'base64');
    const answer = await this.idempotency.run(caller.userId, key, 'POST /api/documents/files', body, 201, () =>
      this.quota.charge(caller.userId, bytes, () => this.rpc.call<StoredFileView>(DOCUMENT_SECRETARIAT, FileSubjects.upload, request, caller)),
    );
    if (answer.replayed) reply.header('idempotent-replayed', 'true');
    reply.status(answer.statusCode);
    return answer.body;
  }

  @Get('files/:id')
  @Permission(...DOCUMENT_READERS, Permissions.filesUpload)
  @ApiOperation({ summary: '文件信息（含 SHA-256）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: StoredFileView })
  @ApiServiceProblems(404)
  async file(@Param('id') id: string, @Caller() caller: CallerContext): Promise<StoredFileView> {
    return this.rpc.call(DOCUMENT_SECRETARIAT, FileSubjects.get, await validatePayload(GetFile.Request, { id }), caller);
  }

  @Get('files/:id/content')
  @Permission(...DOCUMENT_READERS, Permissions.filesUpload)
  @ApiOperation({ summary: '下载文件内容', description: '响应头 ETag 与 Repr-Digest 为内容的 SHA-256。' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: '文件内容' })
  @ApiServiceProblems(404)
  async content(@Param('id') id: string, @Caller() caller: CallerContext, @Res() reply: FastifyReply): Promise<void> {
    const file = await this.rpc.call<GetFile.ContentReply>(DOCUMENT_SECRETARIAT, FileSubjects.content, await validatePayload(GetFile.Request, { id }), caller);
    const bytes = Buffer.from(file.contentBase64, 'base64');
    // The content of a 机密/绝密 file is audited like the record reads (this route answers by itself).
    reply.request.gateway.classifiedRead ??= classifiedIn(file) ?? undefined;
    await reply
      .header('content-type', file.mediaType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
      .header('etag', `"${file.sha256}"`)
      .header('repr-digest', `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`)
      .header('cache-control', 'private, no-store')
      .send(bytes);
  }

  @Get('search')
  @Permission(...DOCUMENT_READERS)
  @ApiOperation({ summary: '公文检索（收文、发文、请示、批示等，按标题或文号模糊搜索）', description: '只返回本人涉密等级和职责范围内可见的记录。' })
  @ApiOkResponse({ type: SearchRecords.Reply })
  @ApiServiceProblems()
  async search(@Query() query: unknown, @Caller() caller: CallerContext): Promise<SearchRecords.Reply> {
    return this.rpc.call(DOCUMENT_SECRETARIAT, RegistrySubjects.search, await validatePayload(SearchRecords.Request, query), caller);
  }

  @Get('timeline/:kind/:id')
  @Permission(...DOCUMENT_READERS)
  @ApiOperation({ summary: '记录的办理时间线（每一步的办理人和时间）' })
  @ApiParam({ name: 'kind', enum: RECORD_KINDS })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: GetTimeline.Reply })
  @ApiServiceProblems(404)
  async timeline(@Param('kind') kind: string, @Param('id') id: string, @Caller() caller: CallerContext): Promise<GetTimeline.Reply> {
    return this.rpc.call(DOCUMENT_SECRETARIAT, TimelineSubjects.get, await validatePayload(GetTimeline.Request, { kind, id }), caller);
  }

  @Get('versions/:kind/:id')
  @Permission(...DOCUMENT_READERS)
  @ApiOperation({ summary: '正文的全部版本（每次保存一版，含 SHA-256）' })
  @ApiParam({ name: 'kind', enum: RECORD_KINDS })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ListBodyVersions.Reply })
  @ApiServiceProblems(404)
  async versions(@Param('kind') kind: string, @Param('id') id: string, @Caller() caller: CallerContext): Promise<ListBodyVersions.Reply> {
    return this.rpc.call(DOCUMENT_SECRETARIAT, BodyVersionSubjects.list, await validatePayload(ListBodyVersions.Request, { kind, id }), caller);
  }

  @Get('versions/:kind/:id/diff')
  @Permission(...DOCUMENT_READERS)
  @ApiOperation({ summary: '比较正文的两个版本（逐行）' })
  @ApiParam({ name: 'kind', enum: RECORD_KINDS })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: DiffBodyVersions.Reply })
  @ApiServiceProblems(404)
  async diff(@Param('kind') kind: string, @Param('id') id: string, @Query() query: Record<string, string>, @Caller() caller: CallerContext): Promise<DiffBodyVersions.Reply> {
    const request = await validatePayload(DiffBodyVersions.Request, { kind, id, from: query.from, to: query.to });
    return this.rpc.call(DOCUMENT_SECRETARIAT, BodyVersionSubjects.diff, request, caller);
  }

  @Get('versions/:kind/:id/:versionNo')
  @Permission(...DOCUMENT_READERS)
  @ApiOperation({ summary: '正文的某一版本' })
  @ApiParam({ name: 'kind', enum: RECORD_KINDS })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiParam({ name: 'versionNo', type: Number })
  @ApiOkResponse({ type: BodyVersionView })
  @ApiServiceProblems(404)
  async version(@Param('kind') kind: string, @Param('id') id: string, @Param('versionNo') versionNo: string, @Caller() caller: CallerContext): Promise<BodyVersionView> {
    const request = await validatePayload(GetBodyVersion.Request, { kind, id, versionNo: numberParam(versionNo) });
    return this.rpc.call(DOCUMENT_SECRETARIAT, BodyVersionSubjects.get, request, caller);
  }
}
