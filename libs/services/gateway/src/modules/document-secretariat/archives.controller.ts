import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import {
  AddArchiveLegalRule,
  ArchiveHandoverView,
  ArchiveItemView,
  ArchiveLegalRuleSubjects,
  ArchiveLegalRuleView,
  ArchiveSubjects,
  CreateArchiveHandover,
  ExportArchiveCatalogue,
  FileArchiveItems,
  GetArchiveHandover,
  GetArchiveItem,
  ListArchiveHandovers,
  ListArchiveItems,
  ListArchiveLegalRules,
  UpdateArchiveItem,
  VoidArchiveItem,
} from '@gov/contracts-document-secretariat';
import { Permissions } from '@gov/contracts-gateway';
import { RpcClient, validatePayload } from '@gov/platform';
import type { FastifyReply } from 'fastify';
import { Permission } from '../../http/access.decorators.js';
import { ApiServiceProblems } from '../../http/openapi.decorators.js';
import { changeVersioned, createUnversionedOnce, type RecordRouteDeps, withEtag } from '../../http/record-routes.js';
import { ApiCreateOnce, ApiVersionedChange } from '../../http/record-routes.decorators.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { DOCUMENT_SECRETARIAT } from './common.js';

const ARCHIVE_READERS = [Permissions.archivesManage, Permissions.documentsRead] as const;

/** 立卷归档 (DA/T 22—2015): 件 with their parts, 档号, the 归档文件目录 and its spreadsheet, hand-overs; and the local rules. */
@ApiTags('公文：立卷归档')
@Controller('api/documents')
export class ArchivesController implements RecordRouteDeps {
  constructor(
    readonly rpc: RpcClient,
    readonly idempotency: IdempotencyService,
  ) {}

  @Get('archive-legal-rules')
  @Permission(Permissions.archivesManage, Permissions.legalAffairsManage)
  @ApiOperation({ summary: '归档、报备、合作协议审核的本地配置（全宗号、机构代码、期限；含生效日期与依据）' })
  @ApiOkResponse({ type: ListArchiveLegalRules.Reply })
  @ApiServiceProblems()
  async rules(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListArchiveLegalRules.Reply> {
    return this.rpc.call(DOCUMENT_SECRETARIAT, ArchiveLegalRuleSubjects.list, await validatePayload(ListArchiveLegalRules.Request, query), caller);
  }

  @Post('archive-legal-rules')
  @Permission(Permissions.archivesManage, Permissions.legalAffairsManage)
  @ApiOperation({ summary: '新增一版配置（科长；自生效日期起适用，已办记录保留原依据）' })
  @ApiCreateOnce({ body: AddArchiveLegalRule.Request, answer: ArchiveLegalRuleView, problems: [403] })
  async addRule(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ArchiveLegalRuleView> {
    const request = await validatePayload(AddArchiveLegalRule.Request, body);
    return createUnversionedOnce<ArchiveLegalRuleView>(this, DOCUMENT_SECRETARIAT, 'POST /api/documents/archive-legal-rules', ArchiveLegalRuleSubjects.add, request, body, key, caller, reply);
  }

  @Post('archives/items')
  @Permission(Permissions.archivesManage)
  @ApiOperation({
    summary: '归档（立卷）：一次归档同一类（年度·保管期限·机构）的一件或多件文件',
    description: '收文须已办结、发文须已核发；每件含正本、定稿（发文）、文件处理单/发文稿纸；按事由、日期排序后依次编 4 位件号，生成档号。同一文件不能重复归档。',
  })
  @ApiCreateOnce({ body: FileArchiveItems.Request, answer: FileArchiveItems.Reply, problems: [403, 404, 409, 422] })
  async file(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<FileArchiveItems.Reply> {
    const request = await validatePayload(FileArchiveItems.Request, body);
    return createUnversionedOnce<FileArchiveItems.Reply>(this, DOCUMENT_SECRETARIAT, 'POST /api/documents/archives/items', ArchiveSubjects.file, request, body, key, caller, reply);
  }

  @Get('archives/items')
  @Permission(...ARCHIVE_READERS)
  @ApiOperation({ summary: '归档文件目录（按年度、保管期限、机构、状态筛选，按题名/文号/档号模糊搜索；按档号排列）' })
  @ApiOkResponse({ type: ListArchiveItems.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListArchiveItems.Reply> {
    return this.rpc.call(DOCUMENT_SECRETARIAT, ArchiveSubjects.list, await validatePayload(ListArchiveItems.Request, query), caller);
  }

  @Get('archives/catalogue.xlsx')
  @Permission(...ARCHIVE_READERS)
  @ApiOperation({ summary: '导出归档文件目录（.xlsx）', description: '列：档号、文号、责任者、题名、日期、页数、密级、备注（DA/T 22—2015）；作废的件号在备注中说明。' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: '电子表格文件' })
  @ApiServiceProblems()
  async exportCatalogue(@Query() query: unknown, @Caller() caller: CallerContext, @Res() reply: FastifyReply): Promise<void> {
    const file = await this.rpc.call<ExportArchiveCatalogue.Reply>(DOCUMENT_SECRETARIAT, ArchiveSubjects.exportCatalogue, await validatePayload(ExportArchiveCatalogue.Request, query), caller);
    const ascii = file.filename.replace(/[^\x20-\x7e]/g, '_');
    await reply
      .header('content-type', file.mediaType)
      .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
      .header('cache-control', 'private, no-store')
      .send(Buffer.from(file.contentBase64, 'base64'));
  }

  @Get('archives/items/:id')
  @Permission(...ARCHIVE_READERS)
  @ApiOperation({ summary: '归档文件详情（ETag 为版本号）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ArchiveItemView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ArchiveItemView> {
    return withEtag(reply, await this.rpc.call<ArchiveItemView>(DOCUMENT_SECRETARIAT, ArchiveSubjects.get, await validatePayload(GetArchiveItem.Request, { id }), caller));
  }

  @Patch('archives/items/:id')
  @Permission(Permissions.archivesManage)
  @ApiOperation({ summary: '修改著录项（题名、责任者、页数、备注）；已移交的不能修改；须带 If-Match' })
  @ApiVersionedChange({ body: UpdateArchiveItem.Changes, answer: ArchiveItemView, problems: [403, 404, 422] })
  async update(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ArchiveItemView> {
    const changes = await validatePayload(UpdateArchiveItem.Changes, body);
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, ArchiveSubjects.update, UpdateArchiveItem.Request, id, changes, ifMatch, caller, reply);
  }

  @Post('archives/items/:id/void')
  @HttpCode(200)
  @Permission(Permissions.archivesManage)
  @ApiOperation({ summary: '作废归档文件（不删除；件号保留，不再使用）；须带 If-Match' })
  @ApiVersionedChange({ body: VoidArchiveItem.Body, answer: ArchiveItemView, problems: [403, 404, 422] })
  async void(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ArchiveItemView> {
    const fields = await validatePayload(VoidArchiveItem.Body, body);
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, ArchiveSubjects.void, VoidArchiveItem.Request, id, fields, ifMatch, caller, reply);
  }

  @Post('archives/handovers')
  @Permission(Permissions.archivesManage)
  @ApiOperation({ summary: '登记移交（向区档案馆等移交一批归档文件；接收人签字的清单须先上传）', description: '移交后的归档文件不能再修改或作废。' })
  @ApiCreateOnce({ body: CreateArchiveHandover.Request, answer: ArchiveHandoverView, problems: [403, 404, 422] })
  async handOver(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ArchiveHandoverView> {
    const request = await validatePayload(CreateArchiveHandover.Request, body);
    return createUnversionedOnce<ArchiveHandoverView>(this, DOCUMENT_SECRETARIAT, 'POST /api/documents/archives/handovers', ArchiveSubjects.handOver, request, body, key, caller, reply);
  }

  @Get('archives/handovers')
  @Permission(...ARCHIVE_READERS)
  @ApiOperation({ summary: '移交记录列表' })
  @ApiOkResponse({ type: ListArchiveHandovers.Reply })
  @ApiServiceProblems()
  async handovers(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListArchiveHandovers.Reply> {
    return this.rpc.call(DOCUMENT_SECRETARIAT, ArchiveSubjects.listHandovers, await validatePayload(ListArchiveHandovers.Request, query), caller);
  }

  @Get('archives/handovers/:id')
  @Permission(...ARCHIVE_READERS)
  @ApiOperation({ summary: '移交记录详情（移交清单、接收人、件数）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ArchiveHandoverView })
  @ApiServiceProblems(404)
  async handover(@Param('id') id: string, @Caller() caller: CallerContext): Promise<ArchiveHandoverView> {
    return this.rpc.call(DOCUMENT_SECRETARIAT, ArchiveSubjects.getHandover, await validatePayload(GetArchiveHandover.Request, { id }), caller);
  }
}
