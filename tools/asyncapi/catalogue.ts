/**
 * Every event the platform publishes, found in the contracts themselves: each subject `evt.<app>.…` exported by a
 * contracts package (a constant, a member of an `…Events` object, or a function of the producing app such as
 * `TaskEvents.opened(app)`), the dead-letter alert every app publishes, and for each subject the class that
 * validates its payload.
 *
 * Which class: a subject whose payload class is named after it is found by name (`item.closed` →
 * `SupervisionItemClosed.Event`, `task.opened` → `TaskOpened.Event`, `calendar.year-published` →
 * `CalendarYearPublished.Event`), so a new event written that way appears with no change here. The subjects that
 * carry a shared snapshot or a record's view are listed in {@link PAYLOAD_CLASSES}. A subject with neither stops the
 * generator (and CI): no event goes out undocumented.
 */
import * as CommonContracts from '@gov/contracts-common';
import * as DisclosureContracts from '@gov/contracts-disclosure';
import * as DocumentSecretariatContracts from '@gov/contracts-document-secretariat';
import * as DutyAndMeetingsContracts from '@gov/contracts-duty-and-meetings';
import * as FacilitiesAndVehiclesContracts from '@gov/contracts-facilities-and-vehicles';
import * as ForeignAffairsContracts from '@gov/contracts-foreign-affairs';
import * as GatewayContracts from '@gov/contracts-gateway';
import * as InformationContracts from '@gov/contracts-information';
import * as PartyAffairsContracts from '@gov/contracts-party-affairs';
import * as PersonnelFinanceContracts from '@gov/contracts-personnel-finance';
import * as SupervisionContracts from '@gov/contracts-supervision';
import { SERVICE_NAMES, streamOf, type AppName } from '@gov/contracts-common';
import { DeadLetterRecorded, deadLetterRecordedSubject } from '../../libs/platform/src/messaging/dead-letter-alerts.js';
import { EVENT_DESCRIPTIONS } from './descriptions.js';

type Class = new () => object;

/** Every contracts package (tools/asyncapi/asyncapi.spec.ts checks that none in tsconfig.base.json is missing). */
export const CONTRACT_PACKAGES: Record<string, object> = {
  '@gov/contracts-common': CommonContracts,
  '@gov/contracts-document-secretariat': DocumentSecretariatContracts,
  '@gov/contracts-duty-and-meetings': DutyAndMeetingsContracts,
  '@gov/contracts-gateway': GatewayContracts,
  '@gov/contracts-supervision': SupervisionContracts,
  '@gov/contracts-disclosure': DisclosureContracts,
  '@gov/contracts-information': InformationContracts,
  '@gov/contracts-personnel-finance': PersonnelFinanceContracts,
  '@gov/contracts-facilities-and-vehicles': FacilitiesAndVehiclesContracts,
  '@gov/contracts-foreign-affairs': ForeignAffairsContracts,
  '@gov/contracts-party-affairs': PartyAffairsContracts,
};

export const ALL_APPS: AppName[] = [...SERVICE_NAMES, 'gateway'];

const S = SupervisionContracts;
const D = DocumentSecretariatContracts;
const M = DutyAndMeetingsContracts;

/**
 * Payload classes of the subjects not named after their class, by the subject after `evt.<app>.`; `*` stands for one
 * token, as in NATS. Exact keys win over patterns; a class named after the subject wins over a pattern.
 */
export const PAYLOAD_CLASSES: Record<string, Class> = {
  'agreement-review.*': D.AgreementReviewView,
  'archive-legal-rule.added': D.ArchiveLegalRuleView,
  'archive.item.*': D.ArchiveItemView,
  'archive.handover.recorded': D.ArchiveHandoverView,
  'decision.*': D.MajorDecisionChanged.Event,
  'drafting.*': D.DraftingTaskChanged.Event,
  'research-topic.*': D.ResearchTopicChanged.Event,
  'filing.*': D.FilingView,
  'gazette.issue.*': D.GazetteIssueView,
  'outgoing.changed': D.OutgoingDocumentChanged.Event,
  'outgoing.issued': D.OutgoingDocumentIssued.Event,
  'record.step': D.DocumentStepRecorded.Event,
  'routing.deadline-linked': D.RoutingDeadlineLinked.Event,
  'activity.*': M.ActivityView,
  'duty-office.record-changed': M.DutyRecordChanged.Event,
  'leave.*': M.LeaveChanged.Event,
  'meeting-class.changed': M.MeetingClassRuleView,
  'meeting.*': M.MeetingChanged.Event,
  'room.created': M.RoomView,
  'room.deactivated': M.RoomView,
  'room.booked': M.RoomBookingView,
  'room.booking-cancelled': M.RoomBookingView,
  'plan.*': S.SupervisionPlanChanged.Event,
  // Named explicitly: `…ItemChanged` alone would match both (supervision items and the reform ledger's approval items).
  'item.changed': S.SupervisionItemChanged.Event,
  'reform.approval-item-registered': S.ApprovalItemChanged.Event,
  'reform.approval-item-implemented': S.ApprovalItemChanged.Event,
  'reform.approval-item-withdrawn': S.ApprovalItemChanged.Event,
  'reform.approval-item-redated': S.ApprovalItemChanged.Event,
  'reform.*': S.ReformRecordChanged.Event,
  'suggestion.category-set': S.AnswerCategorySet.Event,
  'suggestion.*': S.SuggestionChanged.Event,
  'ops.dead-letter-recorded': DeadLetterRecorded,
};

export interface CatalogueEntry {
  subject: string;
  producer: AppName;
  stream: string;
  /** The subject after `evt.<app>.`. */
  path: string;
  payload: Class;
  /** `SupervisionItemClosed.Event` or the class name, for the document's readers. */
  payloadName: string;
  description: { zh: string; en: string };
}

/** `item.turned-red` → `ItemTurnedRed`. */
export function pascalOf(path: string): string {
  return path
    .split(/[.-]/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');
}

/** NATS-style match of a subject path against a key with `*` tokens. */
function pathMatches(pattern: string, path: string): boolean {
  const p = pattern.split('.');
  const s = path.split('.');
  return p.length === s.length && p.every((token, i) => token === '*' || token === s[i]);
}

function producerOf(subject: string): AppName | undefined {
  const app = subject.split('.')[1];
  return ALL_APPS.find((name) => name === app);
}

/** Every `evt.…` subject the contracts export, with the export that names it. */
export function discoverSubjects(packages: Record<string, object> = CONTRACT_PACKAGES): Map<string, string> {
  const found = new Map<string, string>();
  const take = (value: unknown, where: string): void => {
    if (typeof value === 'string' && value.startsWith('evt.')) found.set(value, where);
  };
  for (const [pkg, contracts] of Object.entries(packages)) {
    for (const [name, value] of Object.entries(contracts)) {
      take(value, `${pkg} ${name}`);
      if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
      for (const [member, subject] of Object.entries(value as Record<string, unknown>)) {
        if (typeof subject === 'function' && subject.length === 1 && /Events$/.test(name)) {
          // A subject of the producing app (`TaskEvents.opened(app)`): every service publishes it.
          for (const app of SERVICE_NAMES) {
            try {
              take((subject as (app: AppName) => unknown)(app), `${pkg} ${name}.${member}(app)`);
            } catch {
              // not a subject function
            }
          }
        } else take(subject, `${pkg} ${name}.${member}`);
      }
    }
  }
  for (const app of ALL_APPS) found.set(deadLetterRecordedSubject(app), 'libs/platform dead-letter-alerts.ts');
  return found;
}

interface NamedClass {
  name: string;
  type: Class;
  pkg: string;
}

/** Classes that validate an event: each namespace's `Event` class (`SupervisionItemClosed.Event`). */
function eventClasses(packages: Record<string, object>): NamedClass[] {
  const out: NamedClass[] = [];
  for (const [pkg, contracts] of Object.entries(packages)) {
    for (const [name, value] of Object.entries(contracts)) {
      const event = value && typeof value === 'object' ? (value as { Event?: unknown }).Event : undefined;
      if (typeof event === 'function') out.push({ name, type: event as Class, pkg });
    }
  }
  return out;
}

/** Each app's contracts package: `@gov/contracts-<app>`. */
const packageOf = (app: AppName) => `@gov/contracts-${app}`;

/**
 * The descriptions a contracts package carries itself (`export const BranchEventDescriptions = { 'branch.created': … }`,
 * as the module generator writes them), keyed by the subject after `evt.<app>.`; tools/asyncapi/descriptions.ts holds
 * those of the services written before the generator.
 */
function packageDescriptions(contracts: object | undefined): Record<string, { zh: string; en: string }> {
  const out: Record<string, { zh: string; en: string }> = {};
  for (const [name, value] of Object.entries(contracts ?? {})) if (name.endsWith('EventDescriptions') && value && typeof value === 'object') Object.assign(out, value);
  return out;
}

/** The catalogue, sorted by subject; throws listing every subject without a payload class or a description. */
export function buildCatalogue(packages: Record<string, object> = CONTRACT_PACKAGES): CatalogueEntry[] {
  const classes = eventClasses(packages);
  const problems: string[] = [];
  const entries: CatalogueEntry[] = [];
  for (const [subject, where] of [...discoverSubjects(packages)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const producer = producerOf(subject);
    if (!producer) {
      problems.push(`${subject} (${where}): not evt.<app>.…`);
      continue;
    }
    const path = subject.slice(`evt.${producer}.`.length);
    let payload: Class | undefined = PAYLOAD_CLASSES[path];
    let payloadName = payload ? namespacedName(payload, packages) : '';
    if (!payload) {
      const suffix = pascalOf(path);
      let candidates = classes.filter((c) => c.name === suffix || c.name.endsWith(suffix));
      if (candidates.length > 1) candidates = candidates.filter((c) => c.pkg === packageOf(producer) || c.pkg === '@gov/contracts-common');
      if (candidates.length > 1) candidates = candidates.filter((c) => c.name === suffix);
      if (candidates.length === 1) {
        payload = candidates[0].type;
        payloadName = `${candidates[0].name}.Event`;
      }
    }
    if (!payload) {
      // The generator's shape: every event of a record (`branch.created`, `branch.updated` …) carries `BranchChanged.Event`.
      const changed = `${pascalOf(path.split('.')[0])}Changed`;
      const found = classes.find((c) => c.pkg === packageOf(producer) && c.name === changed);
      if (found) {
        payload = found.type;
        payloadName = `${found.name}.Event`;
      }
    }
    if (!payload) {
      const pattern = Object.keys(PAYLOAD_CLASSES).find((key) => key.includes('*') && pathMatches(key, path));
      if (pattern) {
        payload = PAYLOAD_CLASSES[pattern];
        payloadName = namespacedName(payload, packages);
      }
    }
    const description = packageDescriptions(packages[packageOf(producer)])[path] ?? EVENT_DESCRIPTIONS[path];
    if (!payload) problems.push(`${subject} (${where}): no payload class — name it after the subject (${pascalOf(path)}.Event) or add it to PAYLOAD_CLASSES in tools/asyncapi/catalogue.ts`);
    if (!description) problems.push(`${subject} (${where}): no description — add '${path}' to the contract's …EventDescriptions (or to tools/asyncapi/descriptions.ts)`);
    if (payload && description) entries.push({ subject, producer, stream: streamOf(producer), path, payload, payloadName, description });
  }
  if (problems.length) throw new Error(`The event catalogue is incomplete:\n${problems.join('\n')}`);
  return entries;
}

/** `SuggestionChanged.Event` for a namespaced class, the class name otherwise. */
function namespacedName(type: Class, packages: Record<string, object>): string {
  for (const contracts of Object.values(packages)) {
    for (const [name, value] of Object.entries(contracts)) {
      if (value === type) return name;
      if (value && typeof value === 'object') for (const [member, inner] of Object.entries(value)) if (inner === type) return `${name}.${member}`;
    }
  }
  return type.name;
}
