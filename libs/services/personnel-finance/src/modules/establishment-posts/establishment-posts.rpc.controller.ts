import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { CreateEstablishmentPost, GetEstablishmentPost, ListEstablishmentPosts, EstablishmentPostSubjects, UpdateEstablishmentPost, WithdrawEstablishmentPost } from '@gov/contracts-personnel-finance';
import { Caller, RpcPattern } from '@gov/platform';
import { EstablishmentPostsService } from './establishment-posts.service.js';

@Controller()
export class EstablishmentPostsRpcController {
  constructor(private readonly establishmentPosts: EstablishmentPostsService) {}

  @RpcPattern(EstablishmentPostSubjects.create, CreateEstablishmentPost.Request)
  create(@Payload() request: CreateEstablishmentPost.Request, @Caller() caller: CallerContext): Promise<CreateEstablishmentPost.Reply> {
    return this.establishmentPosts.create(request, caller);
  }

  @RpcPattern(EstablishmentPostSubjects.update, UpdateEstablishmentPost.Request)
  update(@Payload() request: UpdateEstablishmentPost.Request, @Caller() caller: CallerContext): Promise<UpdateEstablishmentPost.Reply> {
    return this.establishmentPosts.update(request, caller);
  }

  @RpcPattern(EstablishmentPostSubjects.withdraw, WithdrawEstablishmentPost.Request)
  withdraw(@Payload() request: WithdrawEstablishmentPost.Request, @Caller() caller: CallerContext): Promise<WithdrawEstablishmentPost.Reply> {
    return this.establishmentPosts.withdraw(request, caller);
  }

  @RpcPattern(EstablishmentPostSubjects.get, GetEstablishmentPost.Request)
  get(@Payload() request: GetEstablishmentPost.Request, @Caller() caller: CallerContext): Promise<GetEstablishmentPost.Reply> {
    return this.establishmentPosts.get(request.id, caller);
  }

  @RpcPattern(EstablishmentPostSubjects.list, ListEstablishmentPosts.Request)
  list(@Payload() request: ListEstablishmentPosts.Request, @Caller() caller: CallerContext): Promise<ListEstablishmentPosts.Reply> {
    return this.establishmentPosts.list(request, caller);
  }
}
