import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { CreatePublication, GetPublication, ListPublications, PublicationSubjects, PublishPublication, ReviewPublication, UpdatePublication, WithdrawPublication, type PublicationView } from '@gov/contracts-disclosure';
import { Caller, RpcPattern } from '@gov/platform';
import { PublicationsService } from './publications.service.js';

@Controller()
export class PublicationsRpcController {
  constructor(private readonly publications: PublicationsService) {}

  @RpcPattern(PublicationSubjects.create, CreatePublication.Request)
  create(@Payload() request: CreatePublication.Request, @Caller() caller: CallerContext): Promise<CreatePublication.Reply> {
    return this.publications.create(request, caller);
  }

  @RpcPattern(PublicationSubjects.update, UpdatePublication.Request)
  update(@Payload() request: UpdatePublication.Request, @Caller() caller: CallerContext): Promise<UpdatePublication.Reply> {
    return this.publications.update(request, caller);
  }

  @RpcPattern(PublicationSubjects.review, ReviewPublication.Request)
  review(@Payload() request: ReviewPublication.Request, @Caller() caller: CallerContext): Promise<PublicationView> {
    return this.publications.review(request, caller);
  }

  @RpcPattern(PublicationSubjects.publish, PublishPublication.Request)
  publish(@Payload() request: PublishPublication.Request, @Caller() caller: CallerContext): Promise<PublicationView> {
    return this.publications.publish(request, caller);
  }

  @RpcPattern(PublicationSubjects.withdraw, WithdrawPublication.Request)
  withdraw(@Payload() request: WithdrawPublication.Request, @Caller() caller: CallerContext): Promise<WithdrawPublication.Reply> {
    return this.publications.withdraw(request, caller);
  }

  @RpcPattern(PublicationSubjects.get, GetPublication.Request)
  get(@Payload() request: GetPublication.Request, @Caller() caller: CallerContext): Promise<GetPublication.Reply> {
    return this.publications.get(request.id, caller);
  }

  @RpcPattern(PublicationSubjects.list, ListPublications.Request)
  list(@Payload() request: ListPublications.Request, @Caller() caller: CallerContext): Promise<ListPublications.Reply> {
    return this.publications.list(request, caller);
  }
}
