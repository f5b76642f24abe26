import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  CloseLetter,
  ExtendLetter,
  GetLetter,
  HandLetter,
  LetterSubjects,
  ListLetters,
  RegisterLetter,
  ReplyLetter,
  ReviewLetter,
  WithdrawLetter,
  type LetterView,
} from '@gov/contracts-document-secretariat';
import { Caller, RpcPattern } from '@gov/platform';
import { LettersService } from './letters.service.js';

@Controller()
export class LettersRpcController {
  constructor(private readonly letters: LettersService) {}

  @RpcPattern(LetterSubjects.register, RegisterLetter.Request)
  register(@Payload() request: RegisterLetter.Request, @Caller() caller: CallerContext): Promise<LetterView> {
    return this.letters.register(request, caller);
  }

  @RpcPattern(LetterSubjects.get, GetLetter.Request)
  get(@Payload() request: GetLetter.Request, @Caller() caller: CallerContext): Promise<LetterView> {
    return this.letters.get(request.id, caller);
  }

  @RpcPattern(LetterSubjects.list, ListLetters.Request)
  list(@Payload() request: ListLetters.Request, @Caller() caller: CallerContext): Promise<ListLetters.Reply> {
    return this.letters.list(request, caller);
  }

  @RpcPattern(LetterSubjects.hand, HandLetter.Request)
  hand(@Payload() request: HandLetter.Request, @Caller() caller: CallerContext): Promise<LetterView> {
    return this.letters.hand(request, caller);
  }

  @RpcPattern(LetterSubjects.reply, ReplyLetter.Request)
  reply(@Payload() request: ReplyLetter.Request, @Caller() caller: CallerContext): Promise<LetterView> {
    return this.letters.reply(request, caller);
  }

  @RpcPattern(LetterSubjects.review, ReviewLetter.Request)
  review(@Payload() request: ReviewLetter.Request, @Caller() caller: CallerContext): Promise<LetterView> {
    return this.letters.review(request, caller);
  }

  @RpcPattern(LetterSubjects.close, CloseLetter.Request)
  close(@Payload() request: CloseLetter.Request, @Caller() caller: CallerContext): Promise<LetterView> {
    return this.letters.close(request, caller);
  }

  @RpcPattern(LetterSubjects.extend, ExtendLetter.Request)
  extend(@Payload() request: ExtendLetter.Request, @Caller() caller: CallerContext): Promise<LetterView> {
    return this.letters.extend(request, caller);
  }

  @RpcPattern(LetterSubjects.withdraw, WithdrawLetter.Request)
  withdraw(@Payload() request: WithdrawLetter.Request, @Caller() caller: CallerContext): Promise<LetterView> {
    return this.letters.withdraw(request, caller);
  }
}
