import type { TaskChange, WaitingStep } from '@gov/platform';
import type { TripRow } from './trips.repository.js';

/**
 * What a trip waits on in its state, for the 待办 list (`publishTaskChanges` turns the lists before and after a step
 * into task opened/closed events): 外事科 reviews, a district leader approves, 外事科 publishes the 公示 and briefs each
 * traveller before departure; after return the unit hands back the passports (7 days) and files the report (1 month),
 * red in 待办 once late.
 */
export function tripTasks(trip: TripRow, latestPublication: string | null = null): WaitingStep[] {
  const link = `/foreign-affairs/trips/${trip.id}`;
  const section = { type: 'role' as const, id: 'section_staff' };
  const applicant = trip.unitId ? { assignee: { type: 'unit' as const, id: trip.unitId } } : { assignee: section, section: 'waishi' };
  const beforeDeparture = { date: trip.departureDate, explanation: `须在出境日 ${trip.departureDate} 前完成` };
  switch (trip.status) {
    case 'submitted':
      return [{ step: 'review', kind: 'trip_review', title: `审核因公出国申请：${trip.title}`, assignee: section, section: 'waishi', deadline: beforeDeparture, link }];
    case 'reviewed':
      return [{ step: 'approve', kind: 'trip_approval', title: `审批因公出国：${trip.title}`, assignee: { type: 'role', id: 'district_leader' }, deadline: beforeDeparture, link }];
    case 'approved':
    case 'publicized': {
      const steps: WaitingStep[] =
        trip.status === 'approved'
          ? [
              {
                step: 'publicize',
                kind: 'trip_publicity',
                title: `发布出访前公示：${trip.title}`,
                assignee: section,
                section: 'waishi',
                deadline: latestPublication
                  ? { date: latestPublication, explanation: `公示不少于 5 个工作日且须在出境日 ${trip.departureDate} 前期满：最晚 ${latestPublication} 发布` }
                  : beforeDeparture,
                link,
              },
            ]
          : [];
      trip.members.forEach((m, i) => {
        if (!m.briefedOn) {
          steps.push({ step: `brief-${i}`, kind: 'trip_briefing', title: `行前教育：${m.name}（${trip.title}）`, assignee: section, section: 'waishi', deadline: beforeDeparture, link });
        }
      });
      return steps;
    }
    case 'returned':
    case 'reported': {
      const steps: WaitingStep[] = [];
      if (trip.status === 'returned') {
        steps.push({
          step: 'report',
          kind: 'trip_report',
          title: `提交出访报告并公开出访情况：${trip.title}`,
          ...applicant,
          deadline: { ...(trip.reportDueOn ? { date: trip.reportDueOn } : {}), ...(trip.reportDueExplanation.length ? { explanation: trip.reportDueExplanation.join('；') } : {}) },
          link,
        });
      }
      if (!trip.passportsReturnedOn) {
        steps.push({ step: 'passports', kind: 'trip_passport_return', title: `交回因公护照：${trip.title}`, ...applicant, deadline: trip.passportDueOn ? { date: trip.passportDueOn, explanation: `回国后按规定期限交回护照（${trip.passportDueOn} 前）` } : {}, link });
      }
      return steps;
    }
    default:
      return [];
  }
}

/** The 待办 change of one step of a trip. */
export function tripTaskChange(before: readonly WaitingStep[], after: TripRow, afterSteps: readonly WaitingStep[], by?: string): TaskChange {
  return { app: 'foreign-affairs', record: { type: 'trip', id: after.id }, before, after: afterSteps, version: after.version, by, outcome: after.status === 'withdrawn' ? 'withdrawn' : after.status === 'draft' ? 'returned' : 'done' };
}
