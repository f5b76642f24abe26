import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { FollowUpInstruction, GetInstruction, InstructionSubjects, ListInstructions, RecordInstruction, type InstructionView } from '@gov/contracts-document-secretariat';
import { RpcPattern, Caller } from '@gov/platform';
import { InstructionsService } from './instructions.service.js';

@Controller()
export class InstructionsRpcController {
  constructor(private readonly instructions: InstructionsService) {}

  @RpcPattern(InstructionSubjects.record, RecordInstruction.Request)
  record(@Payload() request: RecordInstruction.Request, @Caller() caller: CallerContext): Promise<InstructionView> {
    return this.instructions.record(request, caller);
  }

  @RpcPattern(InstructionSubjects.get, GetInstruction.Request)
  get(@Payload() request: GetInstruction.Request, @Caller() caller: CallerContext): Promise<InstructionView> {
    return this.instructions.get(request.id, caller);
  }

  @RpcPattern(InstructionSubjects.list, ListInstructions.Request)
  list(@Payload() request: ListInstructions.Request, @Caller() caller: CallerContext): Promise<ListInstructions.Reply> {
    return this.instructions.list(request, caller);
  }

  @RpcPattern(InstructionSubjects.followUp, FollowUpInstruction.Request)
  followUp(@Payload() request: FollowUpInstruction.Request, @Caller() caller: CallerContext): Promise<InstructionView> {
    return this.instructions.followUp(request, caller);
  }
}
