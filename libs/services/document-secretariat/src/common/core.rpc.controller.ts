import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  BodyVersionSubjects,
  DiffBodyVersions,
  FileSubjects,
  GetBodyVersion,
  GetFile,
  GetTimeline,
  ListBodyVersions,
  RegistrySubjects,
  SearchRecords,
  TimelineSubjects,
  UploadFile,
  type BodyVersionView,
} from '@gov/contracts-document-secretariat';
import { RpcPattern, Caller } from '@gov/platform';
import { BodyVersions } from './body-versions.js';
import { Files } from './files.js';
import { Registry } from './registry.js';
import { Timeline } from './timeline.js';

@Controller()
export class DocumentCoreRpcController {
  constructor(
    private readonly files: Files,
    private readonly registry: Registry,
    private readonly timeline: Timeline,
    private readonly versions: BodyVersions,
  ) {}

  @RpcPattern(FileSubjects.upload, UploadFile.Request)
  upload(@Payload() request: UploadFile.Request, @Caller() caller: CallerContext): Promise<UploadFile.Reply> {
    return this.files.upload(request, caller);
  }

  @RpcPattern(FileSubjects.get, GetFile.Request)
  getFile(@Payload() request: GetFile.Request, @Caller() caller: CallerContext): Promise<GetFile.Reply> {
    return this.files.get(request, caller);
  }

  @RpcPattern(FileSubjects.content, GetFile.Request)
  fileContent(@Payload() request: GetFile.Request, @Caller() caller: CallerContext): Promise<GetFile.ContentReply> {
    return this.files.content(request, caller);
  }

  @RpcPattern(RegistrySubjects.search, SearchRecords.Request)
  search(@Payload() request: SearchRecords.Request, @Caller() caller: CallerContext): Promise<SearchRecords.Reply> {
    return this.registry.search(request, caller);
  }

  /** The history of any record as a timeline, for whoever may see the record. */
  @RpcPattern(TimelineSubjects.get, GetTimeline.Request)
  async timelineOf(@Payload() request: GetTimeline.Request, @Caller() caller: CallerContext): Promise<GetTimeline.Reply> {
    await this.registry.visible(request.kind, request.id, caller);
    return { kind: request.kind, id: request.id, entries: await this.timeline.entries(request.kind, request.id) };
  }

  @RpcPattern(BodyVersionSubjects.list, ListBodyVersions.Request)
  async listVersions(@Payload() request: ListBodyVersions.Request, @Caller() caller: CallerContext): Promise<ListBodyVersions.Reply> {
    await this.registry.visible(request.kind, request.id, caller);
    return { items: await this.versions.list(request) };
  }

  @RpcPattern(BodyVersionSubjects.get, GetBodyVersion.Request)
  async getVersion(@Payload() request: GetBodyVersion.Request, @Caller() caller: CallerContext): Promise<BodyVersionView> {
    await this.registry.visible(request.kind, request.id, caller);
    return this.versions.get(request, request.versionNo);
  }

  @RpcPattern(BodyVersionSubjects.diff, DiffBodyVersions.Request)
  async diffVersions(@Payload() request: DiffBodyVersions.Request, @Caller() caller: CallerContext): Promise<DiffBodyVersions.Reply> {
    await this.registry.visible(request.kind, request.id, caller);
    return this.versions.diff(request, request.from, request.to);
  }
}
