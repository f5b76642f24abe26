import { Permissions } from '@gov/contracts-gateway';

/** The service behind every route of this folder. */
export const DOCUMENT_SECRETARIAT = 'document-secretariat';

/** Anyone who reads some document records: the whole office's readers, liaison staff for their unit's, and drafters for their own. */
export const DOCUMENT_READERS = [Permissions.documentsRead, Permissions.documentsReadOwn, Permissions.outgoingDraft] as const;
