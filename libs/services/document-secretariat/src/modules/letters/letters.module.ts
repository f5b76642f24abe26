import { Module } from '@nestjs/common';
import { CalendarCopyModule, FieldCipherModule } from '@gov/platform';
import { LettersRepository } from './letters.repository.js';
import { LettersRpcController } from './letters.rpc.controller.js';
import { LettersService } from './letters.service.js';

/** 人民来信 (文秘科): 登记 → 转办/交办 → 回复 → 审核 → 办结, the writer's personal data encrypted with the service's FieldCipher. */
@Module({
  imports: [CalendarCopyModule, FieldCipherModule.forService()],
  controllers: [LettersRpcController],
  providers: [LettersRepository, LettersService],
})
export class LettersModule {}
