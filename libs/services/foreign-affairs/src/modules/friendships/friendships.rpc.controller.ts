import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  AddFriendshipAgreement,
  AddFriendshipExchange,
  ApproveHonoraryTitle,
  ConferHonoraryTitle,
  CreateFriendship,
  FriendshipSubjects,
  GetFriendship,
  GetHonoraryTitle,
  HonoraryTitleSubjects,
  ListFriendships,
  ListHonoraryTitles,
  ProposeHonoraryTitle,
  ReviewHonoraryTitle,
  RevokeHonoraryTitle,
  SignFriendship,
  TerminateFriendship,
  UpdateFriendship,
  UpdateHonoraryTitle,
  WithdrawHonoraryTitle,
} from '@gov/contracts-foreign-affairs';
import { Caller, RpcPattern } from '@gov/platform';
import { FriendshipsService } from './friendships.service.js';

@Controller()
export class FriendshipsRpcController {
  constructor(private readonly friendships: FriendshipsService) {}

  @RpcPattern(FriendshipSubjects.create, CreateFriendship.Request)
  create(@Payload() request: CreateFriendship.Request, @Caller() caller: CallerContext): Promise<CreateFriendship.Reply> {
    return this.friendships.create(request, caller);
  }

  @RpcPattern(FriendshipSubjects.update, UpdateFriendship.Request)
  update(@Payload() request: UpdateFriendship.Request, @Caller() caller: CallerContext): Promise<UpdateFriendship.Reply> {
    return this.friendships.update(request, caller);
  }

  @RpcPattern(FriendshipSubjects.sign, SignFriendship.Request)
  sign(@Payload() request: SignFriendship.Request, @Caller() caller: CallerContext): Promise<SignFriendship.Reply> {
    return this.friendships.sign(request, caller);
  }

  @RpcPattern(FriendshipSubjects.terminate, TerminateFriendship.Request)
  terminate(@Payload() request: TerminateFriendship.Request, @Caller() caller: CallerContext): Promise<TerminateFriendship.Reply> {
    return this.friendships.terminate(request, caller);
  }

  @RpcPattern(FriendshipSubjects.addAgreement, AddFriendshipAgreement.Request)
  addAgreement(@Payload() request: AddFriendshipAgreement.Request, @Caller() caller: CallerContext): Promise<AddFriendshipAgreement.Reply> {
    return this.friendships.addAgreement(request, caller);
  }

  @RpcPattern(FriendshipSubjects.addExchange, AddFriendshipExchange.Request)
  addExchange(@Payload() request: AddFriendshipExchange.Request, @Caller() caller: CallerContext): Promise<AddFriendshipExchange.Reply> {
    return this.friendships.addExchange(request, caller);
  }

  @RpcPattern(FriendshipSubjects.get, GetFriendship.Request)
  get(@Payload() request: GetFriendship.Request, @Caller() caller: CallerContext): Promise<GetFriendship.Reply> {
    return this.friendships.get(request.id, caller);
  }

  @RpcPattern(FriendshipSubjects.list, ListFriendships.Request)
  list(@Payload() request: ListFriendships.Request, @Caller() caller: CallerContext): Promise<ListFriendships.Reply> {
    return this.friendships.list(request, caller);
  }

  @RpcPattern(HonoraryTitleSubjects.propose, ProposeHonoraryTitle.Request)
  propose(@Payload() request: ProposeHonoraryTitle.Request, @Caller() caller: CallerContext): Promise<ProposeHonoraryTitle.Reply> {
    return this.friendships.propose(request, caller);
  }

  @RpcPattern(HonoraryTitleSubjects.update, UpdateHonoraryTitle.Request)
  updateTitle(@Payload() request: UpdateHonoraryTitle.Request, @Caller() caller: CallerContext): Promise<UpdateHonoraryTitle.Reply> {
    return this.friendships.updateTitle(request, caller);
  }

  @RpcPattern(HonoraryTitleSubjects.review, ReviewHonoraryTitle.Request)
  review(@Payload() request: ReviewHonoraryTitle.Request, @Caller() caller: CallerContext): Promise<ReviewHonoraryTitle.Reply> {
    return this.friendships.review(request, caller);
  }

  @RpcPattern(HonoraryTitleSubjects.approve, ApproveHonoraryTitle.Request)
  approve(@Payload() request: ApproveHonoraryTitle.Request, @Caller() caller: CallerContext): Promise<ApproveHonoraryTitle.Reply> {
    return this.friendships.approve(request, caller);
  }

  @RpcPattern(HonoraryTitleSubjects.confer, ConferHonoraryTitle.Request)
  confer(@Payload() request: ConferHonoraryTitle.Request, @Caller() caller: CallerContext): Promise<ConferHonoraryTitle.Reply> {
    return this.friendships.confer(request, caller);
  }

  @RpcPattern(HonoraryTitleSubjects.revoke, RevokeHonoraryTitle.Request)
  revoke(@Payload() request: RevokeHonoraryTitle.Request, @Caller() caller: CallerContext): Promise<RevokeHonoraryTitle.Reply> {
    return this.friendships.revoke(request, caller);
  }

  @RpcPattern(HonoraryTitleSubjects.withdraw, WithdrawHonoraryTitle.Request)
  withdrawTitle(@Payload() request: WithdrawHonoraryTitle.Request, @Caller() caller: CallerContext): Promise<WithdrawHonoraryTitle.Reply> {
    return this.friendships.withdrawTitle(request, caller);
  }

  @RpcPattern(HonoraryTitleSubjects.get, GetHonoraryTitle.Request)
  getTitle(@Payload() request: GetHonoraryTitle.Request, @Caller() caller: CallerContext): Promise<GetHonoraryTitle.Reply> {
    return this.friendships.getTitle(request.id, caller);
  }

  @RpcPattern(HonoraryTitleSubjects.list, ListHonoraryTitles.Request)
  listTitles(@Payload() request: ListHonoraryTitles.Request, @Caller() caller: CallerContext): Promise<ListHonoraryTitles.Reply> {
    return this.friendships.listTitles(request, caller);
  }
}
