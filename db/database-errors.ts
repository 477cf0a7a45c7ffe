/** The database was written by a newer version of the app; it is left untouched. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly appVersion: number,
  ) {
    super(`The vault was written by a newer version of KAP Companion (schema ${fileVersion}; this app knows ${appVersion}).`);
    this.name = 'DatabaseTooNewError';
  }
}

/** The key unwrapped correctly but the database does not open with it: damaged or replaced file. */
export class DatabaseUnreadableError extends Error {
  constructor() {
    super('The vault database could not be read with its key.');
    this.name = 'DatabaseUnreadableError';
  }
}

/** The database file is there but holds nothing (zero bytes, or no schema): never treated as a new vault. */
export class DatabaseEmptyError extends Error {
  constructor() {
    super('The vault database file is empty.');
    this.name = 'DatabaseEmptyError';
  }
}

/** The database file is shorter than its own header says (a failed copy, a full disk), or that header is damaged. */
export class DatabaseTruncatedError extends Error {
  constructor() {
    super('The vault database file is shorter than it should be, or its first page is damaged.');
    this.name = 'DatabaseTruncatedError';
  }
}
