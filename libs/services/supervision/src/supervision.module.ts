import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { UnitDirectoryModule } from '@gov/read-model-units';
import { AssessmentModule } from './modules/assessment/assessment.module.js';
import { ItemsModule } from './modules/items/items.module.js';
import { SourcesModule } from './modules/sources/sources.module.js';
import { WarningsModule } from './modules/warnings/warnings.module.js';
import { SuggestionsModule } from './modules/suggestions/suggestions.module.js';
import { PlansModule } from './modules/plans/plans.module.js';
import { ReformModule } from './modules/reform/reform.module.js';
import { InspectionsModule } from './modules/inspections/inspections.module.js';

/** 督查室、政府职能转变协调推进科: supervision items, NPC suggestions and CPPCC proposals, 督查 and replies to higher inspections, assessment. */
@Module({ imports: [CalendarCopyModule, UnitDirectoryModule, SuggestionsModule, PlansModule, ReformModule, InspectionsModule, ItemsModule, WarningsModule, SourcesModule, AssessmentModule] })
export class SupervisionModule {}
