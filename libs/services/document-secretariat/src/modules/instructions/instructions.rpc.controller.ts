import { Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import { FollowUpInstruction, GetInstruction, InstructionSubjects, ListInstructions, RecordInstruction, type InstructionView } from '@gov/contracts-document-secretariat';
import { RpcHandler } from '@gov/platform';
import { InstructionsService } from './instructions.service.js';

@Injectable()
export class InstructionsRpcController {
  constructor(private readonly instructions: InstructionsService) {}

  @RpcHandler(InstructionSubjects.record, RecordInstruction.Request)
  record(request: RecordInstruction.Request, caller: CallerContext): Promise<InstructionView> {
    return this.instructions.record(request, caller);
  }

  @RpcHandler(InstructionSubjects.get, GetInstruction.Request)
  get(request: GetInstruction.Request, caller: CallerContext): Promise<InstructionView> {
    return this.instructions.get(request.id, caller);
  }

  @RpcHandler(InstructionSubjects.list, ListInstructions.Request)
  list(request: ListInstructions.Request, caller: CallerContext): Promise<ListInstructions.Reply> {
    return this.instructions.list(request, caller);
  }

  @RpcHandler(InstructionSubjects.followUp, FollowUpInstruction.Request)
  followUp(request: FollowUpInstruction.Request, caller: CallerContext): Promise<InstructionView> {
    return this.instructions.followUp(request, caller);
  }
}
