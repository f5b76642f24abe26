import { DocumentSecretariatPermissions as P } from '@gov/contracts-document-secretariat';

/** Anyone who reads some document records: the whole office's readers, liaison staff for their unit's, and drafters for their own. */
export const DOCUMENT_READERS = [P.documentsRead, P.documentsReadOwn, P.outgoingDraft] as const;
