import { Injectable } from '@nestjs/common';
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
import { RpcHandler } from '@gov/platform';
import { BodyVersions } from './body-versions.js';
import { Files } from './files.js';
import { Registry } from './registry.js';
import { Timeline } from './timeline.js';

@Injectable()
export class DocumentCoreRpcController {
  constructor(
    private readonly files: Files,
    private readonly registry: Registry,
    private readonly timeline: Timeline,
    private readonly versions: BodyVersions,
  ) {}

  @RpcHandler(FileSubjects.upload, UploadFile.Request)
  upload(request: UploadFile.Request, caller: CallerContext): Promise<UploadFile.Reply> {
    return this.files.upload(request, caller);
  }

  @RpcHandler(FileSubjects.get, GetFile.Request)
  getFile(request: GetFile.Request, caller: CallerContext): Promise<GetFile.Reply> {
    return this.files.get(request, caller);
  }

  @RpcHandler(FileSubjects.content, GetFile.Request)
  fileContent(request: GetFile.Request, caller: CallerContext): Promise<GetFile.ContentReply> {
    return this.files.content(request, caller);
  }

  @RpcHandler(RegistrySubjects.search, SearchRecords.Request)
  search(request: SearchRecords.Request, caller: CallerContext): Promise<SearchRecords.Reply> {
    return this.registry.search(request, caller);
  }

  /** The history of any record as a timeline, for whoever may see the record. */
  @RpcHandler(TimelineSubjects.get, GetTimeline.Request)
  async timelineOf(request: GetTimeline.Request, caller: CallerContext): Promise<GetTimeline.Reply> {
    await this.registry.visible(request.kind, request.id, caller);
    return { kind: request.kind, id: request.id, entries: await this.timeline.entries(request.kind, request.id) };
  }

  @RpcHandler(BodyVersionSubjects.list, ListBodyVersions.Request)
  async listVersions(request: ListBodyVersions.Request, caller: CallerContext): Promise<ListBodyVersions.Reply> {
    await this.registry.visible(request.kind, request.id, caller);
    return { items: await this.versions.list(request) };
  }

  @RpcHandler(BodyVersionSubjects.get, GetBodyVersion.Request)
  async getVersion(request: GetBodyVersion.Request, caller: CallerContext): Promise<BodyVersionView> {
    await this.registry.visible(request.kind, request.id, caller);
    return this.versions.get(request, request.versionNo);
  }

  @RpcHandler(BodyVersionSubjects.diff, DiffBodyVersions.Request)
  async diffVersions(request: DiffBodyVersions.Request, caller: CallerContext): Promise<DiffBodyVersions.Reply> {
    await this.registry.visible(request.kind, request.id, caller);
    return this.versions.diff(request, request.from, request.to);
  }
}
