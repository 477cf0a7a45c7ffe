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
