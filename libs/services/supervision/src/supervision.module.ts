import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { UnitDirectoryModule } from '@gov/read-model-units';

/** 督查室、政府职能转变协调推进科: supervision items, NPC suggestions and CPPCC proposals, assessment. */
@Module({ imports: [CalendarCopyModule, UnitDirectoryModule] })
export class SupervisionModule {}
