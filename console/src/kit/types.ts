/** A column of a ListPage: a property, or a cell slot `cell-<key>` for anything richer. */
export interface ListColumn<Row = Record<string, unknown>> {
  key: string;
  label: string;
  width?: number;
  minWidth?: number;
  /** light: traffic light; due: due date with its explanation (`explanation` names the row's property); date/datetime. */
  kind?: 'text' | 'light' | 'due' | 'date' | 'datetime';
  /** Row → text (cells, export). */
  format?: (row: Row) => string;
  /** Row → console path: the cell becomes a link. */
  link?: (row: Row) => string;
  /** For kind 'due': row → explanation lines. */
  explanation?: (row: Row) => readonly string[] | string | null | undefined;
  /** Left out of the .xlsx export. */
  noExport?: boolean;
}

/** A filter of a ListPage; its value goes into the list's query under `key`. */
export interface ListFilter {
  key: string;
  label: string;
  type: 'input' | 'select' | 'year' | 'date';
  options?: { value: string | number; label: string }[];
  placeholder?: string;
}

/** A field of a FormDialog. */
export interface FormField {
  key: string;
  label: string;
  /** `datetime`: an instant with its offset (ISO 8601, +08:00); `multiselect`: a list of the options' values. */
  type: 'text' | 'textarea' | 'number' | 'date' | 'datetime' | 'select' | 'multiselect';
  required?: boolean;
  options?: { value: string | number; label: string }[];
  min?: number;
  max?: number;
  placeholder?: string;
  help?: string;
}

export interface Page<Row> {
  items: Row[];
  total: number;
  limit?: number;
  offset?: number;
}

/** One line of a record's history (DetailPage's timeline): what was done, by whom, when. */
export interface TimelineEntry {
  at: string;
  title: string;
  actor?: string | null;
  note?: string | null;
  type?: 'primary' | 'success' | 'warning' | 'danger' | 'info';
}

/** A chosen file with its SHA-256 (computed in the browser, to compare with the one the server records). */
export interface ChosenFile {
  file: File;
  name: string;
  size: number;
  sha256: string;
  base64: string;
}

/** The 督办事项 opened from a record of another section, as that record's service keeps it from supervision's changes. */
export interface SupervisedItem {
  itemId: string;
  status: string;
  statusLabel: string;
  light: string;
  lightLabel: string;
  lightReason: string | null;
  dueDate: string | null;
  lastActionLabel: string;
  lastNote: string | null;
  changedAt: string;
  units: { unitId: string; unitName: string | null; role: 'lead' | 'co'; roleLabel: string; reports: number; lastReport: string | null }[];
}

/** The version (the ETag's) and who made and last changed a record, as every record view carries them. */
export interface RecordStamps {
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}
