import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  ActOnRouting,
  ChaseIncoming,
  CompleteIncoming,
  DistributeIncoming,
  GetIncoming,
  IncomingSubjects,
  ListIncoming,
  ListMyRoutings,
  ProposeIncoming,
  RegisterIncoming,
  ReplyIncoming,
  ReviewIncoming,
  RoutingSubjects,
  type IncomingView,
  type RoutingView,
} from '@gov/contracts-document-secretariat';
import { RpcPattern, Caller } from '@gov/platform';
import { IncomingService } from './incoming.service.js';
import { Routings } from './routings.js';

@Controller()
export class IncomingRpcController {
  constructor(
    private readonly incoming: IncomingService,
    private readonly routings: Routings,
  ) {}

  @RpcPattern(IncomingSubjects.register, RegisterIncoming.Request)
  register(@Payload() request: RegisterIncoming.Request, @Caller() caller: CallerContext): Promise<IncomingView> {
    return this.incoming.register(request, caller);
  }

  @RpcPattern(IncomingSubjects.get, GetIncoming.Request)
  get(@Payload() request: GetIncoming.Request, @Caller() caller: CallerContext): Promise<IncomingView> {
    return this.incoming.get(request.id, caller);
  }

  @RpcPattern(IncomingSubjects.list, ListIncoming.Request)
  list(@Payload() request: ListIncoming.Request, @Caller() caller: CallerContext): Promise<ListIncoming.Reply> {
    return this.incoming.list(request, caller);
  }

  @RpcPattern(IncomingSubjects.review, ReviewIncoming.Request)
  review(@Payload() request: ReviewIncoming.Request, @Caller() caller: CallerContext): Promise<IncomingView> {
    return this.incoming.review(request, caller);
  }

  @RpcPattern(IncomingSubjects.propose, ProposeIncoming.Request)
  propose(@Payload() request: ProposeIncoming.Request, @Caller() caller: CallerContext): Promise<IncomingView> {
    return this.incoming.propose(request, caller);
  }

  @RpcPattern(IncomingSubjects.distribute, DistributeIncoming.Request)
  distribute(@Payload() request: DistributeIncoming.Request, @Caller() caller: CallerContext): Promise<IncomingView> {
    return this.incoming.distribute(request, caller);
  }

  @RpcPattern(IncomingSubjects.chase, ChaseIncoming.Request)
  chase(@Payload() request: ChaseIncoming.Request, @Caller() caller: CallerContext): Promise<IncomingView> {
    return this.incoming.chase(request, caller);
  }

  @RpcPattern(IncomingSubjects.complete, CompleteIncoming.Request)
  complete(@Payload() request: CompleteIncoming.Request, @Caller() caller: CallerContext): Promise<IncomingView> {
    return this.incoming.complete(request, caller);
  }

  @RpcPattern(IncomingSubjects.reply, ReplyIncoming.Request)
  reply(@Payload() request: ReplyIncoming.Request, @Caller() caller: CallerContext): Promise<IncomingView> {
    return this.incoming.reply(request, caller);
  }

  @RpcPattern(RoutingSubjects.mine, ListMyRoutings.Request)
  mine(@Payload() request: ListMyRoutings.Request, @Caller() caller: CallerContext): Promise<ListMyRoutings.Reply> {
    return this.routings.mine(request, caller);
  }

  @RpcPattern(RoutingSubjects.act, ActOnRouting.Request)
  act(@Payload() request: ActOnRouting.Request, @Caller() caller: CallerContext): Promise<RoutingView> {
    return this.routings.act(request, caller);
  }
}
