import { Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import {
  AddAgreementOpinion,
  AgreementSubjects,
  ConcludeAgreementReview,
  GetAgreementReview,
  ListAgreementReviews,
  SubmitAgreementReview,
  WithdrawAgreementReview,
  type AgreementReviewView,
} from '@gov/contracts-document-secretariat';
import { RpcHandler } from '@gov/platform';
import { AgreementsService } from './agreements.service.js';

@Injectable()
export class AgreementsRpcController {
  constructor(private readonly agreements: AgreementsService) {}

  @RpcHandler(AgreementSubjects.submit, SubmitAgreementReview.Request)
  submit(request: SubmitAgreementReview.Request, caller: CallerContext): Promise<AgreementReviewView> {
    return this.agreements.submit(request, caller);
  }

  @RpcHandler(AgreementSubjects.get, GetAgreementReview.Request)
  get(request: GetAgreementReview.Request, caller: CallerContext): Promise<AgreementReviewView> {
    return this.agreements.get(request.id, caller);
  }

  @RpcHandler(AgreementSubjects.list, ListAgreementReviews.Request)
  list(request: ListAgreementReviews.Request, caller: CallerContext): Promise<ListAgreementReviews.Reply> {
    return this.agreements.list(request, caller);
  }

  @RpcHandler(AgreementSubjects.addOpinion, AddAgreementOpinion.Request)
  addOpinion(request: AddAgreementOpinion.Request, caller: CallerContext): Promise<AgreementReviewView> {
    return this.agreements.addOpinion(request, caller);
  }

  @RpcHandler(AgreementSubjects.conclude, ConcludeAgreementReview.Request)
  conclude(request: ConcludeAgreementReview.Request, caller: CallerContext): Promise<AgreementReviewView> {
    return this.agreements.conclude(request, caller);
  }

  @RpcHandler(AgreementSubjects.withdraw, WithdrawAgreementReview.Request)
  withdraw(request: WithdrawAgreementReview.Request, caller: CallerContext): Promise<AgreementReviewView> {
    return this.agreements.withdraw(request, caller);
  }
}
