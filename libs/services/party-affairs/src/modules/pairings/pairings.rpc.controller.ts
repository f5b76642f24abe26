import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { CreatePairing, GetPairing, ListPairings, PairingSubjects, RecordPairingHelp, RecordPairingOutcome, RecordPairingVisit, UpdatePairing, WithdrawPairing } from '@gov/contracts-party-affairs';
import { Caller, RpcPattern } from '@gov/platform';
import { PairingsService } from './pairings.service.js';

@Controller()
export class PairingsRpcController {
  constructor(private readonly pairings: PairingsService) {}

  @RpcPattern(PairingSubjects.create, CreatePairing.Request)
  create(@Payload() request: CreatePairing.Request, @Caller() caller: CallerContext): Promise<CreatePairing.Reply> {
    return this.pairings.create(request, caller);
  }

  @RpcPattern(PairingSubjects.update, UpdatePairing.Request)
  update(@Payload() request: UpdatePairing.Request, @Caller() caller: CallerContext): Promise<UpdatePairing.Reply> {
    return this.pairings.update(request, caller);
  }

  @RpcPattern(PairingSubjects.visit, RecordPairingVisit.Request)
  visit(@Payload() request: RecordPairingVisit.Request, @Caller() caller: CallerContext): Promise<RecordPairingVisit.Reply> {
    return this.pairings.visit(request, caller);
  }

  @RpcPattern(PairingSubjects.help, RecordPairingHelp.Request)
  help(@Payload() request: RecordPairingHelp.Request, @Caller() caller: CallerContext): Promise<RecordPairingHelp.Reply> {
    return this.pairings.help(request, caller);
  }

  @RpcPattern(PairingSubjects.outcome, RecordPairingOutcome.Request)
  outcome(@Payload() request: RecordPairingOutcome.Request, @Caller() caller: CallerContext): Promise<RecordPairingOutcome.Reply> {
    return this.pairings.outcome(request, caller);
  }

  @RpcPattern(PairingSubjects.withdraw, WithdrawPairing.Request)
  withdraw(@Payload() request: WithdrawPairing.Request, @Caller() caller: CallerContext): Promise<WithdrawPairing.Reply> {
    return this.pairings.withdraw(request, caller);
  }

  @RpcPattern(PairingSubjects.get, GetPairing.Request)
  get(@Payload() request: GetPairing.Request, @Caller() caller: CallerContext): Promise<GetPairing.Reply> {
    return this.pairings.get(request.id, caller);
  }

  @RpcPattern(PairingSubjects.list, ListPairings.Request)
  list(@Payload() request: ListPairings.Request, @Caller() caller: CallerContext): Promise<ListPairings.Reply> {
    return this.pairings.list(request, caller);
  }
}
