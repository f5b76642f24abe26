import { Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import { FileSubjects, GetFile, GetTimeline, RegistrySubjects, SearchRecords, TimelineSubjects, UploadFile } from '@gov/contracts-document-secretariat';
import { RpcHandler } from '@gov/platform';
import { Files } from './files.js';
import { Registry } from './registry.js';
import { Timeline } from './timeline.js';

@Injectable()
export class DocumentCoreRpcController {
  constructor(
    private readonly files: Files,
    private readonly registry: Registry,
    private readonly timeline: Timeline,
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
}
